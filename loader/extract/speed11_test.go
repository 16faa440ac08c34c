package extract

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The speed11 branch changes machinery only: these tests check its
// shortcuts against the per-token tests they replace. (prefetch's inlined
// wordHash is checked by TestMarkPrefetch.)

// TestAnaphorSkip: anaphorSkip stops at the first token that
// anaphorMentions' class test would not skip, as that test reads it (a
// body's start, the token two after a mention's end, a pronoun, a word
// after a possessive or an anaphor's determiner, or after a modifier
// after such a determiner), in every sentence of the sample texts, from
// every token and for every bound.
func TestAnaphorSkip(t *testing.T) {
	x := New(nil)
	stops := 0
	for _, text := range sampleTexts(t) {
		ld := x.langData(x.detect(newDoc(text)))
		if ld == nil || ld.rel == nil {
			continue
		}
		d := newPooledDoc(text)
		x.markClassify(d, ld)
		bodies := ld.rel.bodies.bit
		// the loop's test, as anaphorMentions wrote it before anaphorSkip
		reads := func(a, i, after int) bool {
			if i == after || d.toks[i].mask&bodies != 0 {
				return true
			}
			c := d.toks[i].class&classPronoun | d.toks[i-1].class&(classPossessive|classAnaphorDet)
			if d.toks[i-1].class&classAnaphorMod != 0 && i-2 > a {
				c |= d.toks[i-2].class & classAnaphorDet
			}
			return c != 0
		}
		for _, s := range d.sentences(ld) {
			a, b := d.sentenceTokens(s)
			for i := a + 1; i < b; i++ {
				for _, stop := range []int{i, i + 1, (i + b) / 2, b} {
					for _, after := range []int{-1, i, i + 2} {
						want := i
						for want < stop && !reads(a, want, after) {
							want++
						}
						require.Equal(t, want, anaphorSkip(d.toks, a, i, stop, after, bodies), "%q from %d", d.tokenText(a, b), i)
						if want < stop {
							stops++
						}
					}
				}
			}
		}
		d.release()
	}
	require.Greater(t, stops, 1000)
}

// TestNextStart: nextStart and nextMasked find the next token where
// startsAny is true, in a marked document and in one not marked (every
// token), for single bits and for unions of them.
func TestNextStart(t *testing.T) {
	x := New(nil)
	ld := x.langData("en")
	sets := ld.hotSets()
	found := 0
	for _, text := range sampleTexts(t)[:8] {
		for _, marked := range []bool{true, false} {
			d := newDoc(text)
			if marked {
				x.markClassify(d, ld)
			}
			for k, ps := range sets {
				bits := ps.bit | sets[(k+7)%len(sets)].bit
				for _, b := range []int{len(d.toks), len(d.toks) / 2} {
					for i := 0; i < b; i++ {
						want := i
						for want < b && !d.startsAny(want, bits) {
							want++
						}
						require.Equal(t, want, d.nextStart(i, b, bits))
						if marked {
							require.Equal(t, want, nextMasked(d.toks, i, b, bits))
						}
						if want < b {
							found++
						}
					}
				}
			}
		}
	}
	require.Greater(t, found, 1000)
}

// TestAtSingles: phrases.at, which matches a set's phrases of one word
// itself in a marked document, answers as in a document not marked
// (matchKnown over the set's phrases), with and without blocked tokens
// and credits, for the sets analyse reads most, in both languages.
func TestAtSingles(t *testing.T) {
	x := New(nil)
	ones := 0
	for _, code := range []string{"en", "fr"} {
		ld := x.langData(code)
		sets := append(ld.hotSets(), &ld.rel.bodies, &ld.rel.neighbour, &ld.rel.nicknames, &ld.rel.leaderForces, &ld.passive, &ld.pairLinks, &ld.datePreps, &x.places)
		for _, text := range sampleTexts(t) {
			plain, marked := newDoc(text), newDoc(text)
			x.markClassify(marked, ld)
			for _, d := range []*doc{plain, marked} {
				for i := range d.toks {
					d.toks[i].credit = i%17 == 5
				}
			}
			every3 := func(i int) bool { return i%3 == 1 }
			for _, ps := range sets {
				for i := range plain.toks {
					for _, blocked := range []func(int) bool{nil, every3} {
						want := ps.at(plain, i, len(plain.toks), blocked)
						require.Equal(t, want, ps.at(marked, i, len(marked.toks), blocked), "%q at %d", plain.tokenText(i, min(i+3, len(plain.toks))), i)
						if want == 1 {
							ones++
						}
					}
				}
			}
		}
	}
	require.Greater(t, ones, 1000)
}
