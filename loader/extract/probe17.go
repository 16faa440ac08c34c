package extract

import (
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// probe17Rel holds the word sets of the rules added with the seventeenth
// session's probes (probe17_test.go).
type probe17Rel struct {
	ok bool
	// rank: "marshal", « maréchal » (lexicon.Language.RankRoles).
	rank phrases
	// backing: "backed by", « soutenu par »
	// (lexicon.Language.BackingPhrases).
	backing phrases
	// territory: "territory", « aéroports »; use: "to be used to", «
	// serve à »; permission: "allowed", « autorisé »
	// (lexicon.Language.TerritoryNouns, UsePhrases, PermissionVerbs).
	territory, use, permission phrases
	// falsity: "it is not true that", « faux de dire que »
	// (lexicon.Language.FalsityFrames).
	falsity phrases
	// visit: "received", « a reçu » (lexicon.Language.VisitVerbs).
	visit phrases
	// experts: "experts", « groupe d'experts »
	// (lexicon.Language.ExpertNouns).
	experts phrases
}

func (r *probe17Rel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.rank, r.backing = newPhraseSet(reg), newPhraseSet(reg)
		r.territory, r.use, r.permission = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.falsity, r.visit, r.experts = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.rank: lg.RankRoles, &r.backing: lg.BackingPhrases, &r.territory: lg.TerritoryNouns, &r.use: lg.UsePhrases,
		&r.permission: lg.PermissionVerbs, &r.falsity: lg.FalsityFrames, &r.visit: lg.VisitVerbs, &r.experts: lg.ExpertNouns})
}

// nationalityRank reports whether the leader role at [rs, re) is a rank
// or a command of forces (rank_roles) and mention org the demonym of a
// state: « le maréchal libyen Khalifa Haftar », "Libyan commander X"
// name the person's nationality, not the state he leads
// (docs/CODEBOOK.md, "La société de l'Américain X").
func (c *sctx) nationalityRank(rs, re, org int) bool {
	r := &c.ld.rel.p17
	if !r.ok || c.ms[org].form.Role != lexicon.RoleDemonym || c.ms[org].actor.Kind != graph.KindState {
		return false
	}
	return r.rank.may(c.d, rs) && r.rank.at(c.d, rs, re, nil) == re-rs
}

// maxBackingGap is how many tokens may stand between a backing phrase
// and the backer it names ("backed by the Rwandan army").
const maxBackingGap = 4

// singleBacker reports whether the helper mention j, named after an
// alongside phrase, is the only one named and the phrase says support
// rather than fighting ("The Houthis, backed by Iran, fired at Israel",
// « Le M23, soutenu par le Rwanda, a attaqué les FARDC »): the backer is
// allied with the backed party only, and the attack is the subject's
// (docs/CODEBOOK.md, one helper against the enemy). Several backers
// stay helpers of one side (« épaulées par Wagner et par le Rwanda »).
func (c *sctx) singleBacker(j int, group []int) bool {
	r := &c.ld.rel.p17
	if !r.ok || len(group) != 1 {
		return false
	}
	d := c.d
	ts := c.ms[j].ts
	for k := ts; k > c.a && k >= ts-maxBackingGap; k-- {
		if k < ts && c.hardOrComma(k) {
			return false
		}
		if r.backing.mayEnd(d, k) && r.backing.endsAt(d, c.a, k) > 0 {
			return true
		}
	}
	return false
}

// maxTerritoryGap is how many tokens may stand between a territory noun
// and the use phrase after it ("its airports were used to": "were").
const maxTerritoryGap = 3

// territoryUsed reports whether a use phrase (use_phrases) ends right
// before the trigger at ts, a territory noun (territory_nouns) a few
// tokens before it, in one clause: "has never allowed its territory to
// be used to arm the RSF", "denied that its airports were used to
// deliver weapons", « que son territoire serve à armer les FSR »: the
// subject lends its ground, it is not the trigger's agent (no relation
// from it).
func (c *sctx) territoryUsed(ts int) bool {
	r := &c.ld.rel.p17
	d := c.d
	if !r.ok || !r.use.mayEnd(d, ts) || d.none(r.territory, c.a, c.b) {
		return false
	}
	n := r.use.endsAt(d, c.a, ts)
	if n == 0 {
		return false
	}
	u := ts - n
	for k := u - 1; k > c.a && k >= u-maxTerritoryGap-1; k-- {
		if c.hardOrComma(k + 1) {
			return false
		}
		if r.territory.may(d, k) {
			if m := r.territory.at(d, k, c.b, nil); m > 0 && k+m <= u && k+m >= u-maxTerritoryGap {
				return true
			}
		}
	}
	return false
}

// permitted reports whether a permission verb (permission_verbs: "allowed",
// « autorisé ») stands between the end of subject mention left and the
// trigger at ts, in one clause: "Chad denies allowing Emirati planes to
// deliver weapons to the RSF", « Le Tchad dément avoir autorisé des
// avions émiratis à livrer des armes »: the subject lets another act and
// is not the agent. An actor named after the verb ("allowed the UAE to
// use its territory to arm") is the agent, found as the nearest subject.
func (c *sctx) permitted(left, ts int) bool {
	r := &c.ld.rel.p17
	d := c.d
	if !r.ok || d.none(r.permission, c.a, c.b) {
		return false
	}
	for k := c.ms[left].te; k < ts; k++ {
		if k > c.ms[left].te && c.hard[k-c.a] {
			return false
		}
		if r.permission.may(d, k) && r.permission.at(d, k, ts, nil) > 0 {
			return true
		}
	}
	return false
}

// visitGuest reports whether the supplies trigger h is a visit verb
// (visit_verbs) whose object, right after it or after one article, is an
// actor named by its name: « Le Mali a reçu le Tchad et le Niger », "Mali
// hosted Chad": a visit, not a delivery. A demonym ("received Turkish
// drones") or a possessor of goods ("received Turkey's drones") is no
// guest.
func (c *sctx) visitGuest(h trigHit, right int) bool {
	r := &c.ld.rel.p17
	d := c.d
	if !r.ok || !r.visit.may(d, h.ts) || r.visit.at(d, h.ts, h.te, nil) != h.te-h.ts {
		return false
	}
	m := c.ms[right]
	i := h.te
	if i < m.ts && c.ld.determiners.at(d, i, i+1, nil) == 1 && !c.ld.rel.has(d, i, rwOf) {
		i++
	}
	if i < m.ts && c.roleAt(i) {
		return true // « a reçu le chef de l'armée soudanaise »: a person
	}
	if i != m.ts || c.hardOrComma(m.ts) || m.form.Role == lexicon.RoleDemonym || m.form.Role == lexicon.RoleInstitution {
		return false // "received Turkish drones", "received Russian military instructors"
	}
	if m.te >= c.b || !c.ld.rel.has(d, m.te, rwPossessiveSuffix) {
		return true
	}
	// "received Turkey's Bayraktar drones": goods after the possessive;
	// "received Niger's defence minister": a guest
	for i := m.te + 1; i < c.b && i <= m.te+maxVisitGoodsGap && !c.hardOrComma(i); i++ {
		if c.ld.equipment.may(d, i) && c.ld.equipment.at(d, i, c.b, nil) > 0 {
			return false
		}
	}
	return true
}

// maxVisitGoodsGap is how many tokens after a possessive the goods of a
// visit verb may start ("Turkey's Bayraktar TB2 drones").
const maxVisitGoodsGap = 4

// maxFrameLead is how many tokens before a falsity frame its own
// negation may start (« n'est pas vrai que », "is untrue that").
const maxFrameLead = 3

// doubleDenial drops the negations a falsity frame cancels: "It is not
// true that Turkey never armed the SNA" and « Il est faux de dire que la
// Turquie n'a jamais armé » assert. The frame's own negation ("not",
// « n'est pas », "is untrue that") goes with the negations inside its
// clause; a frame with no negation inside still denies ("It is not true
// that Turkey armed the SNA").
func (c *sctx) doubleDenial(negs []int) []int {
	r := &c.ld.rel.p17
	d := c.d
	if !r.ok || len(negs) == 0 || d.none(r.falsity, c.a, c.b) {
		return negs
	}
	for f := c.a; f < c.b; f++ {
		if !r.falsity.may(d, f) {
			continue
		}
		n := r.falsity.at(d, f, c.b, nil)
		if n == 0 {
			continue
		}
		own, inner := false, false
		for _, i := range negs {
			if i >= f-maxFrameLead && i < f+n && !c.hardBetween(i, f) {
				own = true
			} else if i >= f+n && !c.hardBetween(f+n, i) {
				inner = true
			}
		}
		if own && !inner {
			inner = c.stopInFrame(f + n) // "It is not true that Iran has stopped arming" (open19.go)
		}
		if !own || !inner {
			continue
		}
		keepOwn := c.frameDeniesFirst(negs, f+n) // open19.go
		out := negs[:0:0]
		for _, i := range negs {
			if i < f-maxFrameLead || i >= f+n && c.hardBetween(f+n, i) || keepOwn && i >= f-maxFrameLead && i < f+n {
				out = append(out, i)
			}
		}
		return out
	}
	return negs
}

// possessedPerson reports whether state mention k only qualifies the
// person named right after its possessive ("Libya's Khalifa Haftar",
// "from Libya's Khalifa Haftar"): the person's nationality or base, not
// the state as a party, unless the lexicon has the person lead that
// state ("Russia's Vladimir Putin"). The state is then no argument of a
// trigger: "The RSF is said to receive fuel from Libya's Khalifa Haftar"
// does not make Libya a supplier.
func (c *sctx) possessedPerson(k int) bool {
	m := c.ms[k]
	d := c.d
	if m.actor.Kind != graph.KindState || m.form.Role == lexicon.RoleDemonym || k+1 >= len(c.ms) || m.te+1 >= c.b {
		return false
	}
	if !c.ld.rel.has(d, m.te, rwPossessiveSuffix) || d.norm[d.toks[m.te-1].end:d.toks[m.te].start] != "'" {
		return false
	}
	p := c.ms[k+1]
	if p.ts != m.te+1 || p.actor.Kind != graph.KindPerson {
		return false
	}
	for _, l := range p.actor.Leads {
		if l.ID == m.actor.ID {
			return false
		}
	}
	return true
}

// foreignInstitution reports whether a leads pair from person to a
// state's institution ("who heads the junta", « qui dirige la junte »)
// reads an institution of another state than the person's: the lexicon
// gives the person a country and the institution's state has another
// ("Min Aung Hlaing, who heads the junta, was received in Moscow": not
// Russia's junta). The institution a person heads is his own state's.
func foreignInstitution(to mention, person *lexicon.Actor) bool {
	if to.actor.Kind != graph.KindState || to.form.Role != lexicon.RoleInstitution || person.Kind != graph.KindPerson {
		return false
	}
	return person.Country != "" && to.actor.Country != "" && person.Country != to.actor.Country
}

// expertsOf reports whether organisation mention k only names the
// employer of experts, a panel or investigators (expert_nouns): "UN
// experts", "a UN panel", « des experts de l'ONU », « le groupe
// d'experts des Nations unies », "a panel of UN experts". The
// organisation stays an actor of the article, but it is a source, no
// party to the sentence's relations (docs/CODEBOOK.md, "UN experts"):
// "UN experts documented Rwandan support for the M23" allies Rwanda
// with the M23, not the UN.
func (c *sctx) expertsOf(k int) bool {
	r := &c.ld.rel.p17
	m := c.ms[k]
	d := c.d
	if !r.ok || m.actor.Kind != graph.KindOrganisation || d.none(r.experts, c.a, c.b) {
		return false
	}
	if m.te < c.b && !c.hardOrComma(m.te) && r.experts.may(d, m.te) && r.experts.at(d, m.te, c.b, nil) > 0 {
		return true // "UN experts"
	}
	i := m.ts
	for i-1 > c.a && c.ld.determiners.may(d, i-1) && c.ld.determiners.at(d, i-1, i, nil) == 1 && !c.ld.rel.has(d, i-1, rwOf) {
		i-- // « de l'ONU », "of the UN"
	}
	if i-1 <= c.a || !c.ld.rel.has(d, i-1, rwOf) || c.hardOrComma(i-1) || c.hardOrComma(i) {
		return false
	}
	return r.experts.mayEnd(d, i-1) && r.experts.endsAt(d, c.a, i-1) > 0 // « experts de l'ONU »
}

// maxOwnDateGap is how many tokens may stand between a trigger and the
// date that follows it as its own ("a defence pact in August").
const maxOwnDateGap = 2

// evidenceDate returns the date of pair p: a date right after its
// trigger, a preposition between at most and no comma ("... with Somalia
// in March and a defence pact in August": the pact's is August), else
// the date nearest the trigger.
func (c *sctx) evidenceDate(dates []dateHit, p pairCand) graph.Date {
	ds := c.sameLevel(dates, p.ts)
	for _, h := range ds {
		if h.pos < p.te || h.pos > p.te+maxOwnDateGap {
			continue
		}
		own := true
		for j := p.te; j <= h.pos; j++ {
			if c.hardOrComma(j) {
				own = false
				break
			}
		}
		if own {
			return h.date
		}
	}
	return nearestDate(ds, p.ts)
}

// roleAt reports whether a leader or member role starts at token i
// ("the head", « le chef », "defence minister").
func (c *sctx) roleAt(i int) bool {
	r := c.ld.rel
	return r.leaderRoles.may(c.d, i) && r.leaderRoles.at(c.d, i, c.b, nil) > 0 ||
		r.memberRoles.may(c.d, i) && r.memberRoles.at(c.d, i, c.b, nil) > 0
}

// afterVisit reports whether a visit or meeting verb (visit_verbs) ends
// right before token ts, one article between at most: "Chad hosted the
// head of the RSF", « Le Mali a rencontré le chef des FSR ». A role noun
// there is the verb's object, a person the subject meets: the subject
// leads nothing and belongs to nothing by it.
func (c *sctx) afterVisit(ts int) bool {
	r := &c.ld.rel.p17
	d := c.d
	if !r.ok {
		return false
	}
	i := ts
	if i-1 > c.a && c.ld.determiners.may(d, i-1) && c.ld.determiners.at(d, i-1, i, nil) == 1 && !c.ld.rel.has(d, i-1, rwOf) {
		i--
	}
	return !c.hardOrComma(i) && r.visit.mayEnd(d, i) && r.visit.endsAt(d, c.a, i) > 0
}

// requestedOf reports whether the trigger at ts is the verb of a request
// made to an actor: an intent cue (« a demandé à », "urged"), the
// addressee, then « de »/"to", a clitic between at most: « Le Niger a
// demandé à la Russie de lui livrer des drones »: a request, no
// relation (docs/CODEBOOK.md, action, not intent). intended finds the cue
// only within a few words, which the addressee pushes past.
func (c *sctx) requestedOf(ts int) bool {
	d, r := c.d, c.ld.rel
	k := ts - 1
	if k > c.a && r.has(d, k, rwObjectPronouns) {
		k-- // « de lui livrer »
	}
	if k <= c.a || !r.has(d, k, rwOf) && !r.has(d, k, rwPrepositions) || c.hardOrComma(k+1) {
		return false
	}
	m := c.mentionEndingAt(k)
	if m < 0 || c.hardOrComma(k) {
		return false
	}
	i := c.ms[m].ts
	for i-1 > c.a && c.ld.determiners.may(d, i-1) && c.ld.determiners.at(d, i-1, i, nil) == 1 {
		i--
	}
	return c.intended(i)
}

// speakerGroupHas reports whether the sentence's first actor f, or an
// actor coordinated with it ("Neither Algeria nor Tunisia has armed the
// RSF, their governments say"), is a party of the pair from-to: a
// possessive speaker then speaks for each coordinated party, and their
// own denial is not hedged (docs/CODEBOOK.md, "Denials covering several
// pairs").
func (c *sctx) speakerGroupHas(kept []mention, f int, from, to *mention, typ graph.RelType) bool {
	for _, g := range c.d.group(c.ld, kept, f, +1) {
		if kept[g].actor.ID == from.actor.ID || typ.Symmetric() && kept[g].actor.ID == to.actor.ID {
			return true
		}
	}
	return false
}

// modifiesHostile reports whether mention j stands right before a
// hostile trigger, with no punctuation between, as the modifier of that
// noun: "joined ECOWAS sanctions against Niger" joins the sanctions, not
// ECOWAS (no member_of); "joined the AES alliance" still joins the AES.
func (c *sctx) modifiesHostile(j int) bool {
	e := c.ms[j].te
	return e < c.b && !c.hardOrComma(e) && c.trig[e-c.a] && c.trigType[e-c.a] == graph.Opposed && c.ms[j].form.Role != lexicon.RoleDemonym
}

// pastDemonym returns the token after a state's demonym mention starting
// at token k ("Russian" in "received Russian help"), else k.
func (c *sctx) pastDemonym(k int) int {
	if m := c.inMention(k); m >= 0 && c.ms[m].ts == k && c.ms[m].form.Role == lexicon.RoleDemonym {
		return c.ms[m].te
	}
	return k
}
