package extract

import (
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// Rules added by helper wing20 (twentieth session): armed wings and named
// units of a group, and strikes on a group inside a state.

// groupKind reports whether an actor of kind k may be a movement with a
// wing: an armed group or an organisation.
func groupKind(k graph.Kind) bool {
	return k == graph.KindArmedGroup || k == graph.KindOrganisation
}

// wingAppositionRules reads a group followed by a possessive member role
// in apposition ("the Qassam Brigades, its armed wing,", « les Brigades
// Ezzedine al-Qassam, sa branche armée, »): the group is a member of what
// the possessive names, the nearest armed group or organisation before it
// in the sentence (states and persons skipped: « Dans les quartiers
// évacués par l'armée israélienne, les Brigades …, sa branche armée, »),
// else the subject of the sentence before (".../possessive/member_of/
// apposition"). It is possessiveLeaderRules' order reversed ("Its armed
// wing, the People's Defence Force,").
func (c *sctx) wingAppositionRules(lang string) []pairCand {
	r := c.ld.rel
	if !r.bl.ok || c.d.none(r.memberRoles, c.a, c.b) {
		return nil
	}
	d := c.d
	var out []pairCand
	for k, m := range c.ms {
		p := m.te
		if !groupKind(m.actor.Kind) || c.noArg[k] || p+2 >= c.b || !c.comma[p-c.a] || !d.is(p, c.ld, classPossessive) {
			continue
		}
		// at most two adjectives before the role: "its elite unit"
		n, q := 0, p+1
		for ; q < c.b && q <= p+3; q++ {
			if n = r.memberRoles.at(d, q, c.b, nil); n > 0 {
				break
			}
			if !isLowerWord(d, q) || c.inMention(q) >= 0 || c.hardOrComma(q+1) {
				break
			}
		}
		if n == 0 || c.former(q) {
			continue
		}
		e := q + n
		if e < c.b && !c.comma[e-c.a] && isLowerWord(d, e) && c.inMention(e) < 0 && e+1 < c.b && c.comma[e+1-c.a] {
			e++ // an adjective after: « sa branche militaire armée, »
		}
		if e < c.b && !c.comma[e-c.a] {
			continue // the apposition closes with a comma or the sentence
		}
		owner := -1
		for o := k - 1; o >= 0; o-- {
			if om := c.ms[o]; groupKind(om.actor.Kind) && !c.noArg[o] && om.actor.ID != m.actor.ID {
				owner = o
				break
			}
		}
		if owner < 0 {
			if a := c.prevSubject; a != nil && groupKind(a.Kind) && a.ID != m.actor.ID {
				owner = c.addExtra(mention{ts: p, te: p, actor: a, form: lexicon.Form{Text: a.Name, Role: roleAnaphor}})
			}
		}
		if owner >= 0 {
			out = append(out, pairCand{from: k, to: owner, typ: graph.MemberOf, ts: p, te: q + n, rule: lang + "/possessive/member_of/apposition"})
		}
	}
	return out
}
