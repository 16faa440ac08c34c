package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// gold18enRel holds the word sets of the rules added with the eighteenth
// session's English blind articles.
type gold18enRel struct {
	ok bool
	// placeCompounds: "based", "headquartered"
	// (lexicon.Language.PlaceCompounds).
	placeCompounds map[string]bool
	// rivals: "rival", "sworn enemy" (lexicon.Language.RivalRoles).
	rivals phrases
	// sanctions: "sanctions", "sanctioned" (lexicon.Language.SanctionWords).
	sanctions phrases
	// deputies: "vice" (lexicon.Language.DeputyPrefixes).
	deputies map[string]bool
}

func (r *gold18enRel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.placeCompounds = map[string]bool{}
		r.rivals, r.sanctions = newPhraseSet(reg), newPhraseSet(reg)
		r.deputies = map[string]bool{}
		r.ok = true
	}
	for _, s := range lg.DeputyPrefixes {
		r.deputies[graph.Fold(s)] = true
	}
	addPhraseLists(map[*phrases][]string{&r.rivals: lg.RivalRoles, &r.sanctions: lg.SanctionWords})
	for _, s := range lg.PlaceCompounds {
		r.placeCompounds[graph.Fold(s)] = true
	}
}

// placeCompound reports whether mention m ends a hyphen compound that
// names a place ("a Phnom Penh-based conglomerate", "an Ankara-based
// firm"; place_compounds): the capital or state is where the firm sits,
// no actor of the sentence (its "its chairman" is the firm's).
func (c *sctx) placeCompound(m mention) bool {
	d := c.d
	r := &c.ld.rel.g18en
	if !r.ok || m.te >= len(d.toks) || m.te >= c.b || d.norm[d.toks[m.te-1].end:d.toks[m.te].start] != "-" {
		return false
	}
	return r.placeCompounds[d.toks[m.te].fold]
}

// possessedUnits finds an organisation or armed group possessing a named
// actor of its own kind right after its possessive: its mission, force
// or unit ("NATO's Kosovo Force", "the African Union's ATMIS",
// "Hezbollah's Radwan Force"): member_of the possessor (docs/CODEBOOK.md,
// "Missions and agencies of an organisation"; a named unit of a group).
// A state's possessive is no parent ("Russia's Africa Corps": no
// member_of a state).
func (c *sctx) possessedUnits(lang string) []pairCand {
	var out []pairCand
	d := c.d
	for k := 0; k+1 < len(c.ms); k++ {
		m, h := c.ms[k], c.ms[k+1]
		if m.actor.Kind != graph.KindOrganisation && m.actor.Kind != graph.KindArmedGroup || c.noArg[k] || c.noArg[k+1] {
			continue
		}
		if h.actor.Kind != m.actor.Kind || h.actor.ID == m.actor.ID || h.ts != m.te+1 || h.ts >= c.b || h.form.Role == lexicon.RoleDemonym {
			continue
		}
		if !c.ld.rel.has(d, m.te, rwPossessiveSuffix) || d.norm[d.toks[m.te-1].end:d.toks[m.te].start] != "'" {
			continue
		}
		out = append(out, pairCand{from: k + 1, to: k, typ: graph.MemberOf, ts: m.te, te: m.te + 1, rule: lang + "/possessor/member_of", weak: true})
	}
	return out
}

// rivalGroups reports whether the holder p of a rival role and the actor
// org it is the rival of are both armed groups: groups named as each
// other's rivals are opposed (docs/CODEBOOK.md, "Cartels and gangs");
// a rival of a state or a person is a political rival, no relation.
func (c *sctx) rivalGroups(p, org int) bool {
	return p < len(c.ms) && c.ms[p].actor.Kind == graph.KindArmedGroup && c.ms[org].actor.Kind == graph.KindArmedGroup
}

// givenSubjects returns the subject s of a give or receive verb at token
// i with the actors coordinated with it ("Russia and Belarus gave Serbia
// MiG-29 fighters": both), less the verb's other party.
func (c *sctx) givenSubjects(s, i, other int) []int {
	g := c.cutLeft(c.subjectGroup(s, i))
	if len(g) <= 1 {
		return []int{s}
	}
	out := g[:0:0]
	for _, k := range g {
		if k != other && !c.noArg[k] && c.ms[k].actor.ID != c.ms[other].actor.ID {
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		return []int{s}
	}
	return out
}

// commaCoordClause reports whether a comma and a coordinator between
// ms[i-1], a place, and ms[i] open a new clause rather than go on with a
// list: the place before the comma is listed with nothing before it ("in
// Serbia, and Belgrade has refused": Belgrade is a subject; "in Iraq,
// Syria, and Lebanon" lists).
func (c *sctx) commaCoordClause(ms []mention, i int) bool {
	d := c.d
	if i < 1 || ms[i-1].te >= ms[i].ts || !strings.Contains(d.norm[d.toks[ms[i-1].te-1].end:d.toks[ms[i].ts].start], ",") {
		return false
	}
	if i >= 2 && ms[i-2].te <= ms[i-1].ts {
		if g := d.gapKind(c.ld, ms[i-2].te, ms[i-1].ts); g == gapComma || g == gapCoord {
			return false
		}
	}
	return true
}

// maxCoordAdverbs bounds the words between a coordinator and the second
// verb of a relative clause ("and still heads"; coordRelativeSubject).
const maxCoordAdverbs = 2

// coordRelativeSubject returns, for an active trigger that is the second
// verb of a relative clause ("Hun Sen, who ruled Cambodia for four
// decades and still heads the CPP"), the relative's antecedent instead of
// left, the object of the first verb; else left. The trigger follows a
// coordinator (adverbs allowed between), the words from left to it are
// lower-case with no comma, and a comma and a relative word open the
// clause a few words before left's verb.
func (c *sctx) coordRelativeSubject(h trigHit, left int) int {
	if left < 0 || c.ms[left].te > h.ts || h.trig.Voice != lexicon.Active {
		return left
	}
	d := c.d
	// the coordinator before the trigger
	k := h.ts - 1
	for n := 0; n < maxCoordAdverbs && k > c.ms[left].te && c.ld.coord.at(d, k, k+1, nil) != 1; n++ {
		k--
	}
	if k < c.ms[left].te || c.ld.coord.at(d, k, k+1, nil) != 1 {
		return left
	}
	for i := k + 1; i < h.ts; i++ {
		if c.ld.determiners.at(d, i, i+1, nil) == 1 || c.ld.rel.has(d, i, rwPossessives) {
			return left // "l'armée et ses alliés russes": a noun, no second verb
		}
	}
	for i := c.ms[left].te; i < h.ts; i++ {
		if c.hardOrComma(i+1) && i+1 <= h.ts || c.inMention(i) >= 0 || !isLowerWord(d, i) {
			return left
		}
	}
	// left is the object of a verb right before it (articles allowed)
	v := c.ms[left].ts - 1
	for v > c.a && c.ld.determiners.at(d, v, v+1, nil) == 1 {
		v--
	}
	if v <= c.a || !isLowerWord(d, v) || c.inMention(v) >= 0 || c.hardOrComma(c.ms[left].ts) {
		return left
	}
	for p := v; p > c.a && p >= v-maxCommandGap; p-- {
		if c.inMention(p) >= 0 {
			return left
		}
		if c.comma[p-c.a] && c.ld.rel.relatives.at(d, p, c.b, nil) > 0 {
			if a := c.mentionEndingAt(p); a >= 0 && a != left && h.trig.Type.Allows(c.ms[a].actor.Kind, graph.KindOrganisation) {
				return a
			}
			return left
		}
	}
	return left
}

// possessiveCopulaRoles finds a membership stated by a copula and a
// member role with a possessive pronoun that stands for the actor
// opening the sentence before, not after an introduction ("ATMIS lost ten soldiers. Uganda is its
// largest troop contributor."; "Italy and Turkey are among its largest
// contributors"): the subject and the actors listed with it are members
// of that actor (".../possessive/member_of").
func (c *sctx) possessiveCopulaRoles(lang string) []pairCand {
	r, d := c.ld.rel, c.d
	a := c.prevSubject
	if a == nil || c.mem != nil && (c.mem.prevIntro || c.mem.prevPossessor) || !graph.MemberOf.Allows(graph.KindState, a.Kind) || d.none(r.memberRoles, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for p := c.a + 1; p+1 < c.b; p++ {
		if !d.is(p, c.ld, classPossessive) {
			continue
		}
		// the copula before ("is", "are among")
		j := p - 1
		for j > c.a && j >= p-3 && r.has(d, j, rwCopulas) {
			j--
		}
		if j == p-1 || c.hardOrComma(j+1) {
			continue
		}
		s := c.mentionEndingAt(j + 1)
		if s < 0 || c.noArg[s] {
			continue
		}
		// at most two adjectives, then the role, ending the clause
		q := p + 1
		n := 0
		for ; q < c.b && q <= p+3; q++ {
			if n = r.memberRoles.at(d, q, c.b, nil); n > 0 || !isLowerWord(d, q) || c.inMention(q) >= 0 {
				break
			}
		}
		if n == 0 || q+n < c.b && !c.hardOrComma(q+n) {
			continue
		}
		members := c.d.group(c.ld, c.ms, s, -1)
		owner := -1
		for _, k := range members {
			if c.ms[k].actor.ID == a.ID {
				members = nil
				break
			}
		}
		for o := range c.ms {
			if c.ms[o].te <= p && !slices.Contains(members, o) && !c.noArg[o] {
				members = nil // another actor before: the pronoun may be its
			}
		}
		for _, k := range members {
			if c.noArg[k] || !graph.MemberOf.Allows(c.ms[k].actor.Kind, a.Kind) {
				continue
			}
			if owner < 0 {
				owner = c.addExtra(mention{ts: p, te: p, actor: a, form: lexicon.Form{Text: a.Name, Role: roleAnaphor}})
			}
			out = append(out, pairCand{from: k, to: owner, typ: graph.MemberOf, ts: p, te: q + n, rule: lang + "/possessive/member_of"})
		}
	}
	return out
}

// possessiveIn reports whether a possessive pronoun stands in tokens
// [a, b) (relatesNothing: a lone member with "its" may belong to the
// subject of the sentence before).
func (c *sctx) possessiveIn(a, b int) bool {
	for p := a; p < b; p++ {
		if c.d.is(p, c.ld, classPossessive) {
			return true
		}
	}
	return false
}

// maxAgainstGap bounds the words between a supplies trigger and an
// "against" that names its target (againstAfter).
const maxAgainstGap = 5

// againstAfter reports whether "against" (« contre ») follows the
// supplies trigger ending at te within a few words of its clause ("had
// sent combat aircraft against a neighbour"): what was sent was sent at
// a target, so the home state is no recipient.
func (c *sctx) againstAfter(te int) bool {
	r, d := c.ld.rel, c.d
	for k := te; k < c.b && k <= te+maxAgainstGap; k++ {
		if k > te && c.hardOrComma(k) || c.inMention(k) >= 0 {
			return false
		}
		if r.against.may(d, k) && r.against.at(d, k, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// maxInsertionWords bounds the words of an insertion between commas that
// insertedSubject crosses back.
const maxInsertionWords = 24

// maxVerbWords bounds the lower-case words between the comma closing an
// insertion and the trigger ("signed a military cooperation plan").
const maxVerbWords = 5

// insertedSubject returns the subject of the verb phrase starting a few
// words before the trigger at ts when an insertion between commas stands
// between them: a relative clause opened by a comma and a relative word
// ("Serbia and Hungary, whose prime minister, Viktor Orbán, is Mr
// Vučić's closest ally, signed a military cooperation plan"), or an
// apposition of lower-case words naming no actor ("Serbia and Hungary,
// two neighbours, signed"). The subject is the mention ending at the
// opening comma; else -1.
func (c *sctx) insertedSubject(ts int) int {
	d := c.d
	// the closing comma: right before the verb, lower-case words between
	k := ts
	for k > c.a && k >= ts-maxVerbWords && !c.comma[k-c.a] {
		if c.hard[k-c.a] || c.inMention(k-1) >= 0 || !isLowerWord(d, k-1) {
			return -1
		}
		k--
	}
	if k <= c.a || !c.comma[k-c.a] {
		return -1
	}
	closing := k
	first, rels := true, 0
	for p := closing - 1; p > c.a && p >= closing-maxInsertionWords; p-- {
		if c.hard[p-c.a] {
			return -1
		}
		if !c.comma[p-c.a] {
			continue
		}
		s := c.mentionEndingAt(p)
		relative := c.ld.rel.relatives.at(d, p, closing, nil) > 0
		if relative && rels > 0 {
			return -1 // not past two relatives
		}
		if s < 0 {
			first = false
			if relative {
				rels++
			}
			continue
		}
		if relative {
			return s // a relative clause, commas inside it allowed
		}
		// an apposition: a few lower-case words, no actor, no trigger
		ok := first && closing-p <= 4
		for q := p; q < closing && ok; q++ {
			ok = isLowerWord(d, q) && c.inMention(q) < 0 && !c.trig[q-c.a]
		}
		if ok {
			return s
		}
		first = false
	}
	return -1
}

// maxSanctionedApposition bounds an apposition between commas after a
// sanctioned object (sanctionedHolders).
const maxSanctionedApposition = 8

// sanctionedHolders adds, for an opposed pair from a sanctions trigger
// whose object is followed by a coordinator, a possessive and a leader
// role naming a person ("imposed sanctions on the Prince Group and its
// chairman, Chen Zhi"), the same opposition with that person: sanctions
// that name a person oppose him (docs/CODEBOOK.md, "Legal steps against
// persons"). An attack on "X and its leader, Y" stays X's alone.
func (c *sctx) sanctionedHolders(lang string, cands []pairCand) []pairCand {
	r, d := c.ld.rel, c.d
	g := &r.g18en
	if !g.ok || d.none(g.sanctions, c.a, c.b) || d.none(r.leaderRoles, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for _, p := range cands {
		if p.typ != graph.Opposed || p.from >= len(c.ms) || p.to >= len(c.ms) || !strings.Contains(p.rule, "/trigger/") && !strings.Contains(p.rule, "/sanction") {
			continue
		}
		sanction := false
		for i := p.ts; i < p.te && !sanction; i++ {
			sanction = g.sanctions.at(d, i, p.te, nil) > 0
		}
		if !sanction {
			continue
		}
		obj, subj := p.to, p.from
		if c.ms[p.from].ts > c.ms[p.to].ts {
			obj, subj = p.from, p.to
		}
		if c.ms[obj].ts < p.te {
			continue // the object follows the trigger
		}
		k := c.ms[obj].te
		if k < c.b && c.comma[k-c.a] {
			// an apposition between commas: ", a Phnom Penh-based
			// conglomerate,"
			e := k + 1
			for e < c.b && e <= k+maxSanctionedApposition && !c.comma[e-c.a] && !c.hard[e-c.a] {
				if m := c.inMention(e); m >= 0 && !c.noArg[m] {
					break
				}
				e++
			}
			if e < c.b && c.comma[e-c.a] {
				k = e
			}
		}
		if k+3 >= c.b || c.ld.coord.at(d, k, k+1, nil) != 1 {
			continue
		}
		q := k + 1
		if r.has(d, q, rwPrepositions) {
			q++ // « et à son chef »
		}
		if !d.is(q, c.ld, classPossessive) {
			continue
		}
		n := r.leaderRoles.at(d, q+1, c.b, nil)
		if n == 0 || q+1+n >= c.b || !c.comma[q+1+n-c.a] {
			continue
		}
		h := c.inMention(q + 1 + n)
		if h < 0 || c.ms[h].ts != q+1+n || c.ms[h].actor.Kind != graph.KindPerson || c.noArg[h] {
			continue
		}
		out = append(out, pairCand{from: subj, to: h, typ: graph.Opposed, ts: p.ts, te: p.te, rule: lang + "/sanction/opposed/holder"})
	}
	return out
}

// coordRoleHolder returns, for an active leads trigger after a
// coordinator whose nearest subject is the possessor of a first role
// ("Bola Tinubu, Nigeria's president and the chairman of ECOWAS"), the
// person the two roles describe: the mention ending at the comma before
// the possessor. Else left.
func (c *sctx) coordRoleHolder(h trigHit, left int) int {
	if left < 0 || h.trig.Type != graph.Leads || h.trig.Voice != lexicon.Active || c.ms[left].actor.Kind == graph.KindPerson || c.ms[left].te > h.ts {
		return left
	}
	d, r := c.d, c.ld.rel
	m := c.ms[left]
	if m.te+2 >= h.ts || !r.has(d, m.te, rwPossessiveSuffix) || d.norm[d.toks[m.te-1].end:d.toks[m.te].start] != "'" {
		return left
	}
	n := r.leaderRoles.at(d, m.te+1, h.ts, nil)
	if n == 0 {
		return left
	}
	k := m.te + 1 + n
	if k >= h.ts || c.hardOrComma(k) || c.ld.coord.at(d, k, k+1, nil) != 1 {
		return left // "X, Nigeria's president, and the head of ECOWAS": two persons
	}
	for i := k + 1; i < h.ts; i++ {
		if c.ld.determiners.at(d, i, i+1, nil) != 1 && !isLowerWord(d, i) {
			return left
		}
	}
	if m.ts <= c.a || !c.comma[m.ts-c.a] {
		return left
	}
	if p := c.mentionEndingAt(m.ts); p >= 0 && c.ms[p].actor.Kind == graph.KindPerson && !c.noArg[p] {
		return p
	}
	return left
}

// coordRoles adds, for a leads pair a role states ("Anwar Ibrahim,
// Malaysia's prime minister and this year's chair of ASEAN"), the second
// role coordinated with it and its complement: a coordinator, an article
// or a possessive time word ("this year's") allowed, a leader role, an
// of-word and the organisation (".../role/leads/coordinated").
func (c *sctx) coordRoles(lang string, cands []pairCand) []pairCand {
	r, d := c.ld.rel, c.d
	var out []pairCand
	for _, p := range cands {
		if p.typ != graph.Leads || !strings.Contains(p.rule, "/role/leads") || p.from >= len(c.ms) || p.te+3 >= c.b {
			continue
		}
		k := p.te
		if o := p.to; o < len(c.ms) && c.ms[o].ts >= k && c.ms[o].ts <= k+2 {
			k = c.ms[o].te // "the president of Nigeria and chairman of ECOWAS"
		}
		if k >= c.b || c.hardOrComma(k) || c.ld.coord.at(d, k, k+1, nil) != 1 {
			continue
		}
		q := k + 1
		for n := 0; n < 3 && q < c.b && !c.hardOrComma(q); n++ {
			if c.ld.determiners.at(d, q, q+1, nil) == 1 {
				q++
			} else if q+1 < c.b && isLowerWord(d, q) && c.inMention(q) < 0 && r.has(d, q+1, rwPossessiveSuffix) {
				q += 2 // "this year's"
			} else if isLowerWord(d, q) && c.inMention(q) < 0 && r.leaderRoles.at(d, q, c.b, nil) == 0 {
				q++ // "this", "current"
			} else {
				break
			}
		}
		n := r.leaderRoles.at(d, q, c.b, nil)
		if n == 0 || q+n+1 >= c.b || c.hardOrComma(q+n) || !r.has(d, q+n, rwOf) {
			continue
		}
		e := q + n + 1
		for e < c.b && c.ld.determiners.at(d, e, e+1, nil) == 1 {
			e++
		}
		o := c.inMention(e)
		if o < 0 || c.ms[o].ts != e || c.noArg[o] || c.ms[o].actor.Kind == graph.KindPerson || c.ms[o].actor.ID == c.ms[p.from].actor.ID {
			continue
		}
		out = append(out, pairCand{from: p.from, to: o, typ: graph.Leads, ts: q, te: q + n, rule: lang + "/role/leads/coordinated"})
	}
	return out
}

// whosePossessorRules finds a person possessing a group through a
// possessive relative right after his name ("Anutin Charnvirakul, whose
// Bhumjaithai party quit the coalition", "Aung San Suu Kyi, whose NLD
// won"): leads, as "Suu Kyi's NLD" (".../possessor/leads/whose"). A
// state so named is no group of his ("Putin, whose Russia").
func (c *sctx) whosePossessorRules(lang string) []pairCand {
	r, d := c.ld.rel, c.d
	var out []pairCand
	for k := 0; k+1 < len(c.ms); k++ {
		m, h := c.ms[k], c.ms[k+1]
		if m.actor.Kind != graph.KindPerson || c.noArg[k] || c.noArg[k+1] || h.ts != m.te+1 || m.te >= c.b || !c.comma[m.te-c.a] {
			continue
		}
		if !r.possRelatives.may(d, m.te) || r.possRelatives.at(d, m.te, m.te+1, nil) != 1 {
			continue
		}
		if kind := h.actor.Kind; kind != graph.KindArmedGroup && kind != graph.KindOrganisation && kind != graph.KindCompany {
			continue
		}
		// the group, then its head noun ("whose Bhumjaithai party"), an
		// auxiliary or a trigger ("whose SPLM-IO fought"): not "whose
		// Wagner mercenaries", "whose Hezbollah allies"
		e := h.te
		if e >= c.b || !(r.g17en.ok && r.g17en.heads.at(d, e, c.b, nil) > 0 || r.has(d, e, rwAuxiliaries) || c.trig[e-c.a]) ||
			r.allyRoles.at(d, e, c.b, nil) > 0 || r.memberRoles.at(d, e, c.b, nil) > 0 || r.supplierRoles.at(d, e, c.b, nil) > 0 {
			continue
		}
		out = append(out, pairCand{from: k, to: k + 1, typ: graph.Leads, ts: m.te, te: m.te + 1, rule: lang + "/possessor/leads/whose", weak: true})
	}
	return out
}

// deputyPrefix reports whether token i, the start of a leads trigger,
// follows a deputy prefix joined by a hyphen (« vice-président de »,
// "vice-president of"; deputy_prefixes): a deputy, no head.
func (r *gold18enRel) deputyPrefix(d *doc, a, i int) bool {
	return r.ok && i-1 >= a && d.norm[d.toks[i-1].end:d.toks[i].start] == "-" && r.deputies[d.toks[i-1].fold]
}

// maxRoleApposition bounds the words from the comma after a person to
// the role of an apposition describing him (roleComplementSubject).
const maxRoleApposition = 8

// roleComplementSubject returns, for an active trigger whose nearest
// subject is the complement of a role in an apposition describing a
// person ("led by Milan Radoičić, a businessman and former vice-president
// of Srpska Lista, the main Kosovo Serb party, attacked Kosovo police";
// « mené par Milan Radoičić, alors vice-président de la Srpska Lista,
// ..., a attaqué »), that person; else left. A comma must separate the
// complement from the trigger.
func (c *sctx) roleComplementSubject(h trigHit, left int) int {
	if left < 0 || h.trig.Voice != lexicon.Active || c.ms[left].actor.Kind == graph.KindPerson || c.ms[left].te > h.ts || c.commas(c.ms[left].te, h.ts) == 0 {
		return left
	}
	d, r := c.d, c.ld.rel
	// the of-word and the role before the complement
	j := c.ms[left].ts
	for j-1 > c.a && c.ld.determiners.at(d, j-1, j, nil) == 1 {
		j--
	}
	if j-1 <= c.a || !r.has(d, j-1, rwOf) {
		return left
	}
	role := j - 1
	if r.leaderRoles.endsAt(d, c.a, role) == 0 && r.memberRoles.endsAt(d, c.a, role) == 0 {
		return left
	}
	for p := role - 1; p > c.a && p >= role-maxRoleApposition; p-- {
		if c.hard[p-c.a] || c.inMention(p) >= 0 && c.comma[p+1-c.a] == false && !c.noArg[c.inMention(p)] {
			return left
		}
		if c.comma[p-c.a] {
			if k := c.mentionEndingAt(p); k >= 0 && c.ms[k].actor.Kind == graph.KindPerson && !c.noArg[k] {
				return k
			}
			return left
		}
	}
	return left
}

// relativeGoodsRecipient returns the recipient of a give verb at [i,
// i+n) in an object relative whose antecedent is equipment ("the MiG-29
// fighters that Russia and Belarus gave Serbia"): the actor right after
// the verb, when the subject's list opens right after the relative word
// and equipment ends right before it; else -1.
func (c *sctx) relativeGoodsRecipient(i, n int) int {
	d, ld := c.d, c.ld
	e := i + n
	for e < c.b && c.inMention(e) < 0 && ld.determiners.at(d, e, e+1, nil) == 1 {
		e++
	}
	j := c.inMention(e)
	if j < 0 || c.ms[j].ts != e || c.ms[j].actor.Kind == graph.KindPerson || c.noArg[j] {
		return -1
	}
	s := c.subject(i, func(k int) bool { return c.noArg[k] })
	if s < 0 || c.ms[s].te > i {
		return -1
	}
	start := c.ms[s].ts
	for _, k := range d.group(ld, c.ms, s, -1) {
		start = min(start, c.ms[k].ts)
	}
	p := start - 1
	if p <= c.a || ld.rel.objRelatives.at(d, p, p+1, nil) != 1 {
		return -1
	}
	if ld.equipment.endsAt(d, c.a, p) == 0 {
		return -1
	}
	return j
}
