package extract

import (
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
}

func (r *gold18enRel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.placeCompounds = map[string]bool{}
		r.rivals = newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.rivals: lg.RivalRoles})
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
