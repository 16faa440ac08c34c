package extract

import (
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
}

func (r *gold18enRel) add(_ *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.placeCompounds = map[string]bool{}
		r.ok = true
	}
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
