package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// unitLeaders gives the leader a passive leads trigger names after a
// member role to the unit the role describes, not to the group that
// owns the role: "Katiba Macina, a JNIM unit led by Amadou Koufa", «
// une faction du JNIM dirigée par », "a faction of the SLA led by Minni
// Minawi" (".../leads/passive": Koufa leads Katiba Macina, not the JNIM).
// The unit is the actor the role stands in apposition to (the mention
// ending at the comma before the role's phrase); with none named ("the
// RSF attacked a JNIM faction led by X") the pair is dropped.
func (c *sctx) unitLeaders(cands []pairCand, kept []mention) []pairCand {
	r := c.ld.rel
	if c.d.none(r.memberRoles, c.a, c.b) {
		return cands
	}
	for i := range cands {
		p := &cands[i]
		if p.typ != graph.Leads || !strings.Contains(p.rule, "/leads/passive") || p.to >= len(kept) {
			continue
		}
		g := kept[p.to]
		if g.ts < c.a || g.te > c.b || g.te > p.ts {
			continue
		}
		rs := c.unitRoleStart(g, p.ts)
		if rs < 0 {
			continue
		}
		// the apposition's head: ", a JNIM unit", ", une faction du JNIM"
		j := rs
		for j > c.a && c.ld.determiners.at(c.d, j-1, j, nil) == 1 {
			j--
		}
		unit := -1
		if j > c.a && c.comma[j-c.a] {
			for k, m := range kept {
				if m.te == j && m.actor.Kind != graph.KindPerson && k != p.to {
					unit = k
				}
			}
		}
		if unit < 0 {
			p.typ = "" // dropped below
			continue
		}
		p.to = unit
	}
	return slices.DeleteFunc(cands, func(p pairCand) bool { return p.typ == "" })
}

// unitRoleStart returns the first token of a member role tying the group
// mention g to a passive trigger at ts, or -1: the role right after the
// group ("a JNIM unit led by") or the role and an of-word before it ("a
// faction of the SLA led by", « une unité du JNIM dirigée par »; not
// across a comma).
func (c *sctx) unitRoleStart(g mention, ts int) int {
	d, r := c.d, c.ld.rel
	if g.te < ts && r.memberRoles.at(d, g.te, ts, nil) == ts-g.te {
		return g.ts
	}
	if g.te != ts || c.comma[ts-c.a] {
		return -1 // "commanders of the 3R, led by Sembé Bobbo": the 3R's leader
	}
	i := g.ts
	for i > c.a && c.ld.determiners.at(d, i-1, i, nil) == 1 && !r.has(d, i-1, rwOf) {
		i--
	}
	if i <= c.a || !r.has(d, i-1, rwOf) {
		return -1
	}
	if n := r.memberRoles.endsAt(d, c.a, i-1); n > 0 {
		return i - 1 - n
	}
	return -1
}

// backerCompound reports whether a hyphen compound of backing, training
// or supply follows mention m ("Iran-backed militias", "US-trained
// commandos"): the backer is no party to what the backed do or suffer
// ("Israel struck Iran-backed militias": not Iran; docs/CODEBOOK.md, a
// state's proxy is not the state); ledRules reads the compound itself.
// "-led" is not one: "the Russian-led coalition" is Russia's act too.
func (c *sctx) backerCompound(m mention) bool {
	cp, ok := c.compoundAfter(m)
	return ok && cp.typ != graph.MemberOf
}

// memberNotAllied drops the alliance an allied trigger gives between
// actors and an organisation the same sentence makes them members of
// ("Le Mali et le Burkina Faso coopèrent au sein de l'AES", "sealed their
// alliance within the AES"): the members are allied with each other
// (".../allied/active/among", with the trigger's words), not with their
// organisation.
func (c *sctx) memberNotAllied(cands []pairCand, kept []mention) []pairCand {
	member := func(a, b int) bool {
		for _, q := range cands {
			if q.typ == graph.MemberOf && strings.Contains(q.rule, "/trigger/member_of/") && kept[q.from].actor.ID == kept[a].actor.ID && kept[q.to].actor.ID == kept[b].actor.ID {
				return true
			}
		}
		return false
	}
	var members [8]int
	n, org := 0, -1
	var trig pairCand
	out := slices.DeleteFunc(cands, func(p pairCand) bool {
		if p.typ != graph.Allied || !strings.Contains(p.rule, "/trigger/allied/active") || strings.HasSuffix(p.rule, "/among") {
			return false
		}
		m, o := p.from, p.to
		if !member(m, o) {
			m, o = o, m
			if !member(m, o) {
				return false
			}
		}
		if org < 0 || kept[org].actor.ID == kept[o].actor.ID {
			org, trig = o, p
			if n < len(members) {
				members[n] = m
				n++
			}
		}
		return true
	})
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if kept[members[i]].actor.ID == kept[members[j]].actor.ID {
				continue
			}
			q := trig
			q.from, q.to, q.rule = members[i], members[j], trig.rule+"/among"
			out = append(out, q)
		}
	}
	return out
}

// lead17Rel holds the word sets of the rules added with the seventeenth
// session's lead (lead17.go).
type lead17Rel struct {
	ok bool
	// under: "under", « sous » (lexicon.Language.UnderWords).
	under phrases
	// statesOf: "countries", « pays » (lexicon.Language.MemberStateNouns).
	statesOf phrases
	// instrument: "with", « avec » (lexicon.Language.InstrumentWords).
	instrument phrases
}

func (r *lead17Rel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.under, r.statesOf = newPhraseSet(reg), newPhraseSet(reg)
		r.instrument = newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.instrument: lg.InstrumentWords, &r.statesOf: lg.MemberStateNouns, &r.under: lg.UnderWords})
}

// underRules reads a group or state put under a person ("Under Naim
// Qassem, Hezbollah has avoided a war", "Under Naim Qassem, who succeeded
// Nasrallah, Hezbollah", « Hezbollah, sous Naïm Qassem, a évité »): an
// under word opening the sentence or after a comma, a person right after
// it and a comma after the person make the person lead the actor after
// that comma (past a relative clause between commas), or the actor
// ending at the comma before the under word (".../under/leads";
// under_words). A former leader ("under the late X") is no person here:
// the words between must be none. A state is held only by a person of
// its country, and an actor only by a person the lexicon gives no other
// leadership ("Under Assad, Russia intervened": nothing).
func (c *sctx) underRules(lang string) []pairCand {
	r := &c.ld.rel.l17
	if !r.ok || c.d.none(r.under, c.a, c.b) {
		return nil
	}
	d := c.d
	var out []pairCand
	for i := c.a; i < c.b; i++ {
		if i = d.nextStart(i, c.b, r.under.bit); i >= c.b {
			break
		}
		n := r.under.atIf(d, i, c.b)
		if n == 0 || (i > c.a && !c.comma[i-c.a]) {
			continue
		}
		p := c.inMention(i + n)
		if p < 0 || c.ms[p].ts != i+n || c.ms[p].actor.Kind != graph.KindPerson {
			continue
		}
		e := c.ms[p].te
		if e >= c.b || !c.comma[e-c.a] {
			continue
		}
		held := -1
		if i > c.a {
			held = c.mentionEndingAt(i) // "Hezbollah, under Naim Qassem,"
		} else {
			j := e
			if c.ld.rel.relatives.at(d, j, c.b, nil) > 0 {
				// "Under X, who succeeded Y, Hezbollah": past the relative
				for j++; j < c.b && !c.comma[j-c.a] && !c.hard[j-c.a]; j++ {
				}
			}
			for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 && c.inMention(j) < 0 {
				j++
			}
			if k := c.inMention(j); k >= 0 && c.ms[k].ts == j && (j == e || c.comma[j-c.a] || c.ld.determiners.at(d, j-1, j, nil) == 1) {
				held = k
			}
		}
		if held < 0 || held == p || c.ms[held].actor.Kind == graph.KindPerson || c.noArg[held] {
			continue
		}
		// "Under Assad, Russia intervened": a state only when it is the
		// person's own; any actor only among the leadership the lexicon
		// gives the person, when it gives one
		person, h := c.ms[p].actor, c.ms[held].actor
		if h.Kind == graph.KindState && (person.Country == "" || c.stateOf == nil || c.stateOf(person.Country) == nil || c.stateOf(person.Country).ID != h.ID) {
			continue
		}
		if !mayLeadState(person, h) {
			continue
		}
		out = append(out, pairCand{from: p, to: held, typ: graph.Leads, ts: i, te: i + n, rule: lang + "/under/leads"})
	}
	return out
}

// statesNotMembers drops the membership a member_of trigger gives an
// organisation that only names whose member states act ("the AES
// countries left ECOWAS", « les pays de l'AES ont quitté la Cédéao »:
// the states joined or left, not the AES; statesOwner). Other acts of
// such a phrase stay the organisation's ("ECOWAS member states imposed
// sanctions on Niger").
func (c *sctx) statesNotMembers(cands []pairCand, kept []mention) []pairCand {
	r := &c.ld.rel.l17
	if !r.ok || c.d.none(r.statesOf, c.a, c.b) {
		return cands
	}
	return slices.DeleteFunc(cands, func(p pairCand) bool {
		return p.typ == graph.MemberOf && strings.Contains(p.rule, "/trigger/member_of/") && p.from < len(kept) && kept[p.from].ts >= c.a && kept[p.from].te <= c.b && c.statesOwner(kept[p.from])
	})
}

// statesOwner reports whether mention m, no state, names whose member
// states a noun next to it names ("the AES countries", "ECOWAS member
// states", « les pays de l'AES », "the member states of ECOWAS";
// member_state_nouns; docs/CODEBOOK.md, groups of states).
func (c *sctx) statesOwner(m mention) bool {
	r := &c.ld.rel.l17
	if !r.ok || m.actor.Kind == graph.KindState || c.d.none(r.statesOf, c.a, c.b) {
		return false
	}
	d := c.d
	if m.te < c.b && !c.hardOrComma(m.te) && r.statesOf.atIf(d, m.te, c.b) > 0 {
		return true // "the AES countries"
	}
	i := m.ts
	for i > c.a && c.ld.determiners.at(d, i-1, i, nil) == 1 && !c.ld.rel.has(d, i-1, rwOf) {
		i--
	}
	if i <= c.a || !c.ld.rel.has(d, i-1, rwOf) || c.hardOrComma(i) {
		return false
	}
	return r.statesOf.endsAt(d, c.a, i-1) > 0 // « les pays de l'AES »
}

// speakerRoleHolders keeps, of the holders of a role at token rs that
// names a trailing clause's speaker ("..., the group's spokesman said"),
// those inside the speaker's words: the actor before the comma is what
// the speaker speaks of, not the role's holder (the FLA's spokesman is
// no Algerian in "The FLA has received no weapons from Algeria, the
// group's spokesman said").
func (c *sctx) speakerRoleHolders(rs int, members []int) []int {
	rc := c.reportingClauses()
	for i := 0; i < rc.n; i++ {
		cl := &rc.cl[i]
		if cl.seg0 < 0 || rs < cl.spk0 || rs >= cl.spk1 {
			continue
		}
		return slices.DeleteFunc(members, func(k int) bool {
			m := c.mentionAt(k)
			return m.ts < cl.spk0 || m.te > cl.spk1
		})
	}
	return members
}

// lead17Pairs mends three readings of the pairs of a sentence:
//   - a one-word supplies trigger between an article or a deployment
//     verb and equipment qualifies the equipment ("has deployed armed
//     drones", "the armed drones": no supply; adjectiveTrigger);
//   - an opposed pair whose party is a demonym on equipment after an
//     instrument word is dropped: the goods' origin does not fight ("The
//     RSF attacked the town with Emirati drones": not the UAE;
//     instrument_words);
//   - a passive supplies pair whose supplier qualifies trainers received
//     is trains (".../received/trains"; "Mali received Russian
//     instructors": Russia trains Mali,
//     docs/CODEBOOK.md, "Instructors and advisers"; trainer_nouns);
func (c *sctx) lead17Pairs(cands []pairCand, kept []mention) []pairCand {
	r := &c.ld.rel.l17
	if !r.ok || len(cands) == 0 {
		return cands
	}
	d := c.d
	instr := !d.none(r.instrument, c.a, c.b)
	trainers := !d.none(c.ld.rel.trainerNouns, c.a, c.b)
	equipment := !d.none(c.ld.equipment, c.a, c.b)
	if !instr && !trainers && !equipment {
		return cands
	}
	in := func(k int) bool { return k >= 0 && k < len(kept) && kept[k].ts >= c.a && kept[k].te <= c.b }
	for i := range cands {
		p := &cands[i]
		switch {
		case equipment && p.typ == graph.Supplies && p.te == p.ts+1 && c.adjectiveTrigger(p.ts):
			p.typ = "" // "has deployed armed drones": the drones' kind, no arming
		case instr && p.typ == graph.Opposed:
			for _, k := range [2]int{p.from, p.to} {
				if in(k) && k < len(c.ms) && c.instrumentGoods(k, p.te) {
					p.typ = ""
				}
			}
		case trainers && p.typ == graph.Supplies && in(p.from) && strings.Contains(p.rule, "/supplies/passive"):
			// the trainer noun inside the mention ("Russian instructors"
			// as an institution) or right after it, an adjective between;
			// the mention the trigger's object, articles and quantities
			// between ("took delivery of drones from Nigerien
			// instructors": their goods)
			m := kept[p.from]
			if m.ts < p.te || m.ts > p.te+3 || !c.quantityRun(p.te, m.ts) || c.ld.rel.sourcePreps.at(d, m.ts-1, m.ts, nil) > 0 || c.ld.passive.endsAt(d, c.a, p.te) > 0 {
				break // ("financed by Qatari instructors": an agent, no goods)
			}
			for j := m.ts + 1; j < c.b && j <= m.te+1; j++ {
				if c.ld.rel.trainerNouns.atIf(d, j, c.b) > 0 {
					p.typ = graph.Trains
					p.rule = p.rule[:strings.IndexByte(p.rule, '/')] + "/received/trains"
					break
				}
				if j >= m.te && !isLowerWord(d, j) {
					break
				}
			}
		}
	}
	return slices.DeleteFunc(cands, func(p pairCand) bool { return p.typ == "" })
}

// instrumentGoods reports whether mention k is a demonym on equipment
// after an instrument word, articles and quantities between ("with
// Emirati drones", « avec des drones émiratis »), the word past the
// trigger ending at te and its object ("joint raids with American
// aircraft against": companions).
func (c *sctx) instrumentGoods(k, te int) bool {
	m := c.ms[k]
	if m.form.Role != lexicon.RoleDemonym || !c.equipmentOrigin(k) {
		return false
	}
	r := &c.ld.rel.l17
	for i := m.ts - 1; i >= c.a && i >= m.ts-4; i-- {
		if c.hardOrComma(i + 1) {
			return false
		}
		if n := r.instrument.atIf(c.d, i, m.ts); n > 0 {
			return i > te // "joint raids with American aircraft against": companions
		}
		if !isLowerWord(c.d, i) {
			return false
		}
	}
	return false
}

// quantityRun reports whether tokens [i, j) are all lower-case words or
// numbers ("some 400"), with no mention and no comma.
func (c *sctx) quantityRun(i, j int) bool {
	for k := i; k < j; k++ {
		if k < c.a || k >= c.b || c.inMention(k) >= 0 || c.hardOrComma(k) || !(isLowerWord(c.d, k) || c.d.toks[k].digit) {
			return false
		}
	}
	return true
}

// maxListsBack is how many of the article's last lists listedWith reads.
const maxListsBack = 3

// listedWith reports whether actors a and b were named together in one
// of the article's last lists ("L'Égypte et la Turquie"): partners in a
// subject, of which a pronoun object of the one stands for no other.
func (c *sctx) listedWith(a, b *lexicon.Actor) bool {
	if c.mem == nil || a.ID == b.ID {
		return false
	}
	ls := c.mem.lists
	for i := len(ls) - 1; i >= 0 && i >= len(ls)-maxListsBack; i-- {
		var ha, hb bool
		for _, x := range ls[i] {
			ha, hb = ha || x.ID == a.ID, hb || x.ID == b.ID
		}
		if ha && hb {
			return true
		}
	}
	return false
}

// pronounBeforePassive reports whether an object pronoun stands before
// the passive trigger at ts, auxiliaries between (« ces drones leur
// auraient été fournis par les Émirats »): the recipient is said, by the
// pronoun, and is no "/home" recipient.
func (c *sctx) pronounBeforePassive(ts int) bool {
	r := c.ld.rel
	for k := ts - 1; k >= c.a && k >= ts-4; k-- {
		if r.has(c.d, k, rwObjectPronouns) {
			return true
		}
		if !r.has(c.d, k, rwAuxiliaries) && !r.sp.aux[c.d.toks[k].fold] {
			return false
		}
	}
	return false
}

// adjectiveTrigger reports whether the one-word trigger at i stands
// between an article (definite_articles, indefinite_articles: not a
// possessive, which may be a clitic, « elle leur fournit fusils ») or a
// deployment verb and equipment ("deployed armed drones", "the armed
// vehicles"): an adjective of the equipment.
func (c *sctx) adjectiveTrigger(i int) bool {
	d := c.d
	if i <= c.a || i+1 >= c.b || c.hardOrComma(i) || c.hardOrComma(i+1) || c.ld.equipment.at(d, i+1, c.b, nil) == 0 {
		return false
	}
	f := d.toks[i-1].fold
	return c.ld.rel.definite[f] || c.ld.rel.indefinite[f] || c.ld.rel.deploy.endsAt(d, c.a, i) > 0
}

// roleOwnerBefore reports whether mention m, no person, owns a member
// role right after it, other owners coordinated between ("Hungary, a
// NATO and EU member, has refused to send weapons": NATO and the EU are
// whose member Hungary is, no party to the refusal): it is no argument
// of a trigger; the role rules read it.
func (c *sctx) roleOwnerBefore(m mention) bool {
	r := c.ld.rel
	if m.actor.Kind == graph.KindPerson || c.d.none(r.memberRoles, c.a, c.b) && c.d.none(r.allyRoles, c.a, c.b) {
		return false
	}
	d := c.d
	j := m.te
	for steps := 0; j < c.b && steps < 3 && !c.hardOrComma(j); steps++ {
		if n := c.ld.coord.at(d, j, j+1, nil); n == 1 && j+1 < c.b {
			if k := c.inMention(j + 1); k >= 0 && c.ms[k].ts == j+1 && c.ms[k].actor.Kind == m.actor.Kind {
				j = c.ms[k].te
				continue
			}
		}
		break
	}
	if j < c.b && !c.hardOrComma(j) && r.has(d, j, rwPossessiveSuffix) {
		j++ // ", as Iran's ally," (lead18)
	}
	if j >= c.b || c.hardOrComma(j) || r.memberRoles.atIf(d, j, c.b) == 0 && r.allyRoles.atIf(d, j, c.b) == 0 {
		return false
	}
	// only an apposition's role: "X, a NATO member," (an article before
	// the first owner)
	i := m.ts - 1
	for steps := 0; i-1 > c.a && steps < 3 && c.ld.coord.at(d, i, i+1, nil) == 1; steps++ {
		k := c.inMention(i - 1)
		if k < 0 || c.ms[k].te != i || c.ms[k].actor.Kind != m.actor.Kind {
			break
		}
		i = c.ms[k].ts - 1 // "a NATO and EU member": from the EU back to NATO
	}
	if c.ld.rel.l18.ok && i > c.a {
		if n := c.ld.rel.l18.asMarks.endsAt(d, c.a, i+1); n > 0 && i+1-n > c.a && c.comma[i+1-n-c.a] {
			return true // "Hezbollah, as Iran's ally, attacked Israel" (lead18; as_marks)
		}
	}
	return i > c.a && (r.indefinite[d.toks[i].fold] || r.definite[d.toks[i].fold]) && c.comma[i-c.a]
}
