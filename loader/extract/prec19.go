package extract

import (
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// The nineteenth session's probe of precision (prec19_test.go): dense
// paragraphs of wire copy in which most actors are co-mentions, places,
// mediators or victims. The rules below narrow readings that joined them.

// groupsPlace reports whether the state (or capital) mention m is the
// place of the armed group or company named right before it through an
// of-word ("les rebelles houthis du Yémen", "Le Hezbollah du Liban",
// "the Houthis of Yemen", « le JNIM du Mali »): the group is the head of
// the phrase, and the state its place, no actor of the sentence's
// triggers (as "in Yemen" is). A state of-word after a noun that is no
// actor ("l'armée du Mali", "the government of Niger") is not concerned.
func (c *sctx) groupsPlace(m mention) bool {
	if m.actor.Kind != graph.KindState {
		return false
	}
	d := c.d
	p := m.ts - 1
	if p-1 > c.a && !c.ld.rel.has(d, p, rwOf) && c.ld.determiners.may(d, p) && c.ld.determiners.at(d, p, p+1, nil) == 1 {
		p-- // "du groupe État islamique de la Libye"
	}
	if p-1 <= c.a || !c.ld.rel.has(d, p, rwOf) || c.hardOrComma(p) || c.hardOrComma(p+1) {
		return false
	}
	k := c.inMention(p - 1)
	if k < 0 || c.ms[k].te != p || c.ms[k].actor.ID == m.actor.ID {
		return false
	}
	switch c.ms[k].actor.Kind {
	case graph.KindArmedGroup, graph.KindCompany:
		return true
	}
	return false
}

// brokeredPair narrows a trigger that meets a pair a mediator brought
// together: an active support verb whose object is past a between word
// («  les États-Unis ont parrainé en juin un accord entre le Rwanda et la
// RDC », "sponsored talks between Kinshasa and the M23") names a pair
// the noun before the between word relates, no one the subject backs,
// as a supply does (betweenIn); and a pair trigger ending in a between
// word ("ceasefire between", « cessez-le-feu entre ») takes no party
// before it past a mediation word ("China brokered a ceasefire between
// the military and the group", « la Turquie a négocié une trêve entre »;
// mediation_words): the mediator is no party (docs/CODEBOOK.md: mediators
// and guarantors of talks have no relation). It returns the left and
// right mentions, -1 for a dropped one.
func (c *sctx) brokeredPair(h trigHit, left, right int) (int, int) {
	if h.trig.Type != graph.Allied && h.trig.Type != graph.Opposed || h.trig.Voice != lexicon.Active {
		return left, right
	}
	if h.trig.Type == graph.Allied && right >= 0 && c.ms[right].ts > h.te && !c.betweenIn(h.ts, h.te) && c.betweenIn(h.te, c.ms[right].ts) {
		right = -1
	}
	if left >= 0 && c.ms[left].te <= h.ts && c.betweenIn(h.ts, h.te) && (c.mediationIn(c.ms[left].te, h.ts) || c.genericPairAfter(h.te)) {
		left = -1
	}
	return left, right
}

// mediationIn reports whether a mediation word stands in tokens [lo, hi)
// of the sentence (mediation_words).
func (c *sctx) mediationIn(lo, hi int) bool {
	d, r := c.d, c.ld.rel
	for i := max(lo, c.a); i < hi && i < c.b; i++ {
		if r.mediation.may(d, i) && r.mediation.at(d, i, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// prec19Rel holds the word sets of the rules added with the nineteenth
// session's precision probe.
type prec19Rel struct {
	ok bool
	// retaliation: "in retaliation for", « en représailles à »
	// (lexicon.Language.RetaliationCues).
	retaliation phrases
}

func (r *prec19Rel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.retaliation = newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.retaliation: lg.RetaliationCues})
}

// retaliatedVictim reports whether mention right, the object of the
// opposed trigger h, is the victim of the act a reprisal answers: a
// retaliation cue ends right before the trigger, articles between ("in
// retaliation for the killing", « en représailles à l'assassinat »),
// and the mention follows the trigger past an of-word, with no agent
// marker between ("the killing of Hezbollah leader Hassan Nasrallah", «
// l'assassinat du chef du Hezbollah »). The act's agent stays a party
// ("in retaliation for US strikes", « en représailles aux frappes
// américaines », "in response to the attack by Hamas").
func (c *sctx) retaliatedVictim(h trigHit, right int) bool {
	d, r := c.d, &c.ld.rel.p19
	if !r.ok || c.ms[right].ts <= h.te || h.te >= c.b || !c.ld.rel.has(d, h.te, rwOf) {
		return false
	}
	p := h.ts
	for p-1 > c.a && c.ld.determiners.may(d, p-1) && c.ld.determiners.at(d, p-1, p, nil) == 1 {
		p--
	}
	if !r.retaliation.mayEnd(d, p) || r.retaliation.endsAt(d, c.a, p) == 0 {
		return false
	}
	for i := h.te; i < c.ms[right].ts; i++ {
		if c.ld.passive.at(d, i, c.b, nil) > 0 || c.hardOrComma(i) {
			return false
		}
	}
	return true
}

// headNounAway reports whether the leads trigger h is a head noun after
// an article (« le chef du Hamas », "the leader of Hezbollah") with the
// state m before it but not next to it: the noun names a person, the
// one beside it, and the state, the subject of another verb, is no head
// nor member of the group (« Israël ... en représailles à l'assassinat
// du chef du Hamas »).
func (c *sctx) headNounAway(h trigHit, m mention) bool {
	d := c.d
	if m.te >= h.ts || h.ts-1 <= c.a || m.te == h.ts-1 {
		return false
	}
	if !c.ld.determiners.may(d, h.ts-1) || c.ld.determiners.at(d, h.ts-1, h.ts, nil) != 1 {
		return false
	}
	// "The United States is the leader of NATO", "Nigeria, the leader of
	// ECOWAS": a copula or an apposition makes the state the holder
	for i := m.te; i < h.ts-1; i++ {
		if !c.ld.rel.has(d, i, rwCopulas) && !c.ld.rel.has(d, i, rwAuxiliaries) {
			return true
		}
	}
	return false
}

// verbBefore reports whether the word before token j is an auxiliary, a
// copula or a trigger word right after an actor: a role's owner is not sought past it
// ("Wagner has guarded President Touadera", "The RSF attacked President
// al-Burhan's convoy": the actor before the verb owns no role after it;
// roleOrg steps back only over adjectives: "Houthi military
// spokesman").
func (c *sctx) verbBefore(j int) bool {
	i := j - 1
	if i < c.a {
		return false
	}
	r := c.ld.rel
	if r.has(c.d, i, rwAuxiliaries) || r.has(c.d, i, rwCopulas) {
		return true
	}
	// a trigger right after an actor is its verb ("The RSF attacked
	// President"); "the European Union's training mission" is a modifier
	return c.trig != nil && i-c.a < len(c.trig) && c.trig[i-c.a] && c.mentionEndingAt(i) >= 0 && !r.has(c.d, i-1, rwPossessiveSuffix)
}

// groupNounAt reports whether token i is a one-word noun of armed groups
// ("gang", "militia"; the armed_group anaphors): between a demonym and a
// role it makes the role a group's, not the state's ("two Haitian gang
// leaders", "Sudanese militia leaders": no Haiti, no Sudan).
func (c *sctx) groupNounAt(i int) bool {
	ps, ok := c.ld.rel.anaphors[graph.KindArmedGroup]
	return ok && ps.at(c.d, i, i+1, nil) == 1
}

// namedMission returns the organisation named right after the
// organisation mention j and one of its nouns ("the African Union
// mission AUSSOM", "the UN mission, MONUSCO"; the organisation
// anaphors), or -1: a contributor joins the mission, not its parent.
func (c *sctx) namedMission(j int) int {
	d, m := c.d, c.ms[j]
	ps, ok := c.ld.rel.anaphors[graph.KindOrganisation]
	if !ok || m.actor.Kind != graph.KindOrganisation || m.te >= c.b || c.hard[m.te-c.a] || c.comma[m.te-c.a] {
		return -1
	}
	n := ps.at(d, m.te, c.b, nil)
	if n == 0 {
		return -1
	}
	q := m.te + n
	if q >= c.b || c.hard[q-c.a] {
		return -1
	}
	k := c.inMention(q)
	if k < 0 || k == j || c.ms[k].ts != q || c.ms[k].actor.Kind != graph.KindOrganisation {
		return -1
	}
	return k
}

// genericPairAfter reports whether the pair after a between word ending
// at token i is an actor and a common noun (« les combats entre l'armée
// malienne et les groupes jihadistes »): the second party is named by no
// actor, and the subject before the trigger does not stand in for it.
func (c *sctx) genericPairAfter(i int) bool {
	d := c.d
	for i < c.b && c.ld.determiners.may(d, i) && c.ld.determiners.at(d, i, i+1, nil) == 1 {
		i++
	}
	k := c.inMention(i)
	if k < 0 || c.ms[k].ts != i {
		return false
	}
	j := c.ms[k].te
	if j+1 >= c.b || c.hardOrComma(j) || !c.ld.coord.may(d, j) || c.ld.coord.at(d, j, j+1, nil) != 1 {
		return false
	}
	j++
	for j < c.b && c.ld.determiners.may(d, j) && c.ld.determiners.at(d, j, j+1, nil) == 1 {
		j++
	}
	return j < c.b && !c.hardOrComma(j) && isLowerWord(d, j) && c.inMention(j) < 0
}
