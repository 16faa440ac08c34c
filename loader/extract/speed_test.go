package extract

import (
	"slices"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"
)

// The machinery of the speed branch gives what the plain maps give: a
// marked document (markWords, classify) finds the same phrases, forms and
// word classes as one read through the maps alone.

// TestTokenSize keeps a token at 64 bytes: class and disc sit in the
// padding after the two flags.
func TestTokenSize(t *testing.T) {
	require.Equal(t, uintptr(64), unsafe.Sizeof(token{}))
}

// TestMarkedPhrasesAgree compares, at every token of the sample and
// generated articles and of the lexicon's words, phrases.at (the mask
// test, pattern.words), the gazetteer (gazNode.kids) and the pronoun
// class of a marked document with those of a document not marked.
func TestMarkedPhrasesAgree(t *testing.T) {
	x := New(nil)
	texts := sampleTexts(t)
	var words []string
	for w := range x.words {
		words = append(words, w)
	}
	slices.Sort(words)
	for k := 0; k < len(words); k += 500 {
		line := ""
		for _, w := range words[k:min(k+500, len(words))] {
			line += w + " "
		}
		texts = append(texts, line)
	}
	lds := []*langData{x.all}
	for _, code := range x.lex.Languages() {
		lds = append(lds, x.langs[code])
	}
	var zero phrases // a set never filled: matches nothing
	for _, text := range texts {
		marked, plain := newDoc(text), newDoc(text)
		x.markWords(marked)
		n := len(plain.toks)
		require.Equal(t, n, len(marked.toks))
		ld := lds[0]
		gm, gp := x.gazetteer(marked, ld, 0, n), x.gazetteer(plain, ld, 0, n)
		require.Equal(t, len(gp), len(gm), "mentions")
		for k := range gp {
			require.Equal(t, gp[k].ts, gm[k].ts)
			require.Equal(t, gp[k].te, gm[k].te)
			require.Same(t, gp[k].actor, gm[k].actor)
		}
		for _, ld := range lds {
			r := ld.rel
			sets := append([]phrases{zero, ld.coord, ld.determiners, ld.equipment, ld.credits, x.agencies,
				r.expletives, r.bodies, r.relatives, r.speech, r.neighbour, r.statePlaces, r.home, r.deploy}, r.kindNouns...)
			for i := range n {
				for _, ps := range sets {
					if got, want := ps.at(marked, i, n, nil), ps.at(plain, i, n, nil); got != want {
						t.Fatalf("at(%q) of set %d: %d marked, %d plain", plain.toks[i].fold, ps.id, got, want)
					}
				}
				_, want := pronounKinds(r, plain.toks[i].fold)
				require.Equal(t, want, marked.is(i, ld, classPronoun), "pronoun %q", plain.toks[i].fold)
			}
		}
	}
}
