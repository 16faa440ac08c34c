package extract

import (
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// The nineteenth session's rules for how news says alliance, membership
// and opposition (recall19_test.go holds the sentences they were made
// on).

// recall19Rel holds the word sets of the recall19 rules.
type recall19Rel struct {
	ok bool
	// enemies: "sworn enemy", « ennemi juré » (lexicon.Language.EnemyRoles).
	enemies phrases
}

func (r *recall19Rel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.enemies = newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.enemies: lg.EnemyRoles})
}

// enemyRole reports whether the rival role at [rs, re) names an enemy,
// not a rival ("Saudi Arabia's main enemy", « ennemis jurés de l'Arabie
// saoudite »; enemy_roles), between the holder ms[p] and ms[org], neither
// a person: named enemies are opposed whatever their kinds, where rivals
// are only between armed groups (a rival state is a political rival).
func (c *sctx) enemyRole(rs, re, p, org int) bool {
	r := &c.ld.rel.r19
	if !r.ok || p >= len(c.ms) || c.ms[p].actor.Kind == graph.KindPerson || c.ms[org].actor.Kind == graph.KindPerson {
		return false
	}
	return r.enemies.atIf(c.d, rs, c.b) == re-rs
}

// recall19Rules returns the relations of the recall19 rules that read a
// sentence on their own (suspendedMembers).
func (c *sctx) recall19Rules(lang string) []pairCand {
	if c.d.none(c.ld.rel.rc.suspension, c.a, c.b) {
		return nil
	}
	return c.suspendedMembers(lang)
}

// suspendedMembers reads an organisation suspending a state ("The African
// Union suspended Niger after the coup", « la Cédéao a suspendu le Mali
// de ses instances »): the state is still a member (docs/CODEBOOK.md,
// "Suspended members"), member_of the organisation (".../suspended/
// member_of"), and so is each state listed with it. The state follows the suspension verb (suspension_verbs),
// a determiner at most between, and is no possessor ("suspended Niger's
// budget support"); the subject, the nearest actor before the verb with
// no comma between, is an organisation.
func (c *sctx) suspendedMembers(lang string) []pairCand {
	d, r := c.d, c.ld.rel
	var out []pairCand
	for v := c.a; v < c.b; v++ {
		if !r.rc.suspension.may(d, v) {
			continue
		}
		n := r.rc.suspension.at(d, v, c.b, c.blockedFn())
		if n == 0 {
			continue
		}
		o := -1
		for k := range c.ms {
			if c.ms[k].ts >= v+n {
				if c.ms[k].ts-(v+n) <= 1 && !c.hardOrComma(c.ms[k].ts) && !c.noArg[k] && c.ms[k].actor.Kind == graph.KindState {
					o = k
				}
				break
			}
		}
		if o < 0 {
			continue
		}
		if e := c.ms[o].te; e < c.b && r.has(d, e, rwPossessiveSuffix) && d.norm[d.toks[e-1].end:d.toks[e].start] == "'" {
			continue // "suspended Niger's budget support": the support, no member
		}
		s := c.subject(v, func(k int) bool { return c.noArg[k] || k == o })
		if s < 0 || c.ms[s].te > v || c.ms[s].actor.Kind != graph.KindOrganisation || c.commas(c.ms[s].te, v) > 0 {
			continue
		}
		for _, k := range d.group(c.ld, c.ms, o, 1) {
			if c.ms[k].actor.Kind == graph.KindState && !c.noArg[k] {
				out = append(out, pairCand{from: k, to: s, typ: graph.MemberOf, ts: v, te: v + n, rule: lang + "/suspended/member_of"})
			}
		}
	}
	return out
}

// maxListPlaceWords bounds the words of a place phrase between a plural
// role and its list verb ("in the region", "in the Sahel").
const maxListPlaceWords = 4

// listVerbAfterPlace returns the token of a list verb (role_list_verbs)
// that follows a place phrase opened by the preposition at token p,
// which follows a plural role and its actor ("Iran's allies in the
// region include Hezbollah": the holders follow "include", as right
// after the role); -1 when there is none. The phrase is the preposition
// (no of-word), determiners, and at most maxListPlaceWords lower-case
// words or a state named as the place, no comma.
func (c *sctx) listVerbAfterPlace(p int) int {
	d, r := c.d, c.ld.rel
	if p+1 >= c.b || !r.has(d, p, rwPrepositions) || r.has(d, p, rwOf) {
		return -1
	}
	q := p + 1
	for q < c.b && c.ld.determiners.at(d, q, q+1, nil) == 1 {
		q++
	}
	for steps := 0; q < c.b && steps < maxListPlaceWords && !c.hardOrComma(q); steps++ {
		if c.roleListVerb(q) {
			if q == p+1 {
				return -1
			}
			return q
		}
		if k := c.inMention(q); k >= 0 && c.ms[k].ts == q && c.ms[k].actor.Kind == graph.KindState {
			q = c.ms[k].te
			continue
		}
		if !isLowerWord(d, q) {
			return -1
		}
		q++
	}
	if q < c.b && !c.hardOrComma(q) && c.roleListVerb(q) {
		return q
	}
	return -1
}

// mediatorCompound marks as no argument the actor hyphened to the
// mediation word at token i ("a US-brokered ceasefire", "a
// Qatar-mediated truce"): the mediator of a truce has no relation with
// its parties (docs/CODEBOOK.md), and is no object of the hostile verb
// before it ("Israel and Iran traded strikes in a war that ended with a
// US-brokered ceasefire" opposed both to the United States). It reports
// whether there was one.
func (c *sctx) mediatorCompound(i int) bool {
	d := c.d
	if i <= c.a || d.norm[d.toks[i-1].end:d.toks[i].start] != "-" {
		return false
	}
	k := c.inMention(i - 1)
	if k < 0 || c.ms[k].te != i {
		return false
	}
	c.noArg[k] = true
	return true
}

// possessorStart returns the first token of the possessor of the role
// starting at token i ("Russia's closest ally": Russia's first token),
// or i when no actor and possessive suffix end right before it. The
// holders of the role are then looked for before the possessor.
func (c *sctx) possessorStart(i int) int {
	d := c.d
	if i-2 <= c.a || !c.ld.rel.has(d, i-1, rwPossessiveSuffix) || d.norm[d.toks[i-2].end:d.toks[i-1].start] != "'" {
		return i
	}
	if k := c.mentionEndingAt(i - 1); k >= 0 && c.ms[k].actor.Kind != graph.KindPerson {
		return c.ms[k].ts
	}
	return i
}

// ofPossessorEnd returns the token after the of-complement naming the
// actor whose role ends at re (« alliée de la Russie au sein de
// l'OTSC »: the token after « Russie »), or re when none follows.
func (c *sctx) ofPossessorEnd(re int) int {
	d := c.d
	if re+1 >= c.b || c.hardOrComma(re) || !c.ld.rel.has(d, re, rwOf) {
		return re
	}
	j := c.pastArticles(re + 1)
	if k := c.inMention(j); k >= 0 && c.ms[k].ts == j && c.ms[k].actor.Kind != graph.KindPerson {
		return c.ms[k].te
	}
	return re
}
