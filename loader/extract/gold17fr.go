package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// placeOpener returns the state a clause opens with as its place when the
// home institution starting at token s (its definite article before it)
// follows it after a comma: « Au Niger, l'armée doit faire face à
// l'EIGS », « ; au Burkina Faso, la junte ... »: that state's institution,
// not the home state's. The clause starts at the sentence's start or after
// a semicolon or a colon; the place is a state after a place preposition
// (reciprocal_places, state_place_prepositions: « au », « en »), an
// article between allowed. Else nil.
func placeOpener(d *doc, ld *langData, a, s int, ms []mention) *lexicon.Actor {
	p := s
	if p-1 > a && d.is(p-1, ld, classDefinite) {
		p--
	}
	if p-1 <= a || !strings.Contains(d.norm[d.toks[p-1].end:d.toks[p].start], ",") {
		return nil
	}
	var st *lexicon.Actor
	q := -1
	for j := len(ms) - 1; j >= 0 && ms[j].te >= p; j-- {
		if ms[j].te == p && ms[j].actor.Kind == graph.KindState {
			st, q = ms[j].actor, ms[j].ts
		}
	}
	if st == nil || q <= a {
		return nil
	}
	if q-1 > a && d.is(q-1, ld, classDefinite) {
		q-- // « dans le Niger voisin »
	}
	r := ld.rel
	n := max(r.reciprocalPlaces.endsAt(d, a, q), r.statePlaces.endsAt(d, a, q))
	if n == 0 {
		return nil
	}
	if o := q - n; o > a && !strings.ContainsAny(d.norm[d.toks[o-1].end:d.toks[o].start], ";:") {
		return nil // « Avec le Niger, l'armée »: not a clause's place
	}
	return st
}
