package extract

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestRuleWordsAgree: relData.has, read from the word's record in a
// marked document, says what the word sets behind the rule words say of
// the token's fold, on every token of the sample articles (marked and
// plain) and for every language data; every word of those sets is in the
// word table, so a marked token's record knows it.
func TestRuleWordsAgree(t *testing.T) {
	checked, yes := 0, 0
	eachSampleDoc(t, func(x *Extractor, d *doc, ld *langData) {
		r := ld.rel
		for i := range d.toks {
			for k := range rwCount {
				want := r.rwSets[k][d.toks[i].fold]
				require.Equal(t, want, r.has(d, i, k), "%q set %d marked %v", d.toks[i].fold, k, d.marked)
				checked++
				if want {
					yes++
				}
			}
		}
		for k, set := range r.rwSets {
			require.NotNil(t, set, "set %d", k)
			for w := range set {
				wi := x.words[w]
				require.NotNil(t, wi, "%q", w)
				require.NotZero(t, wi.ruleWords(r.idx)&(1<<k), "%q set %d", w, k)
			}
		}
	})
	require.Positive(t, yes)
	require.Greater(t, checked, yes)
}

// TestRuleWordsFit: the rule words fit wordLang.rw, and the months and
// singular pronouns behind rwMonth and rwSingular are those of the data.
func TestRuleWordsFit(t *testing.T) {
	require.LessOrEqual(t, int(rwCount), 32)
	x := New(nil)
	for _, ld := range x.langs {
		r := ld.rel
		for w, n := range ld.months {
			require.Equal(t, n > 0, r.rwSets[rwMonth][w], "%q", w)
		}
		require.Len(t, r.rwSets[rwSingular], len(r.singular))
		require.Equal(t, r.rwSets[rwOf], r.of)
	}
}

// TestHotBits: each field of langData.hotSets (and x.places) has its own
// mask bit, the same in every language data, and a word's mask has that
// bit exactly when a phrase of one of those sets starts with it; the
// other sets use only the bits past them.
func TestHotBits(t *testing.T) {
	x := New(nil)
	lds := []*langData{x.all}
	for _, ld := range x.langs {
		lds = append(lds, ld)
	}
	hot := make([][]phrases, hotBits)
	for _, ld := range lds {
		sets := ld.hotSets()
		require.Len(t, sets, hotBits-1)
		for k, ps := range sets {
			if ps.id != 0 {
				require.Equal(t, uint64(1)<<k, ps.bit, "set %d of %v", k, ld.codes)
				hot[k] = append(hot[k], *ps)
			}
		}
		for _, ps := range []phrases{ld.passive, ld.pairLinks, ld.rel.instNouns, ld.rel.speech, ld.rel.bodies} {
			require.GreaterOrEqual(t, ps.bit, uint64(1)<<hotBits, "set %d", ps.id)
		}
	}
	require.Equal(t, uint64(1)<<(hotBits-1), x.places.bit)
	hot[hotBits-1] = []phrases{x.places}
	n := 0
	for w, wi := range x.words {
		for k, sets := range hot {
			starts := false
			for _, ps := range sets {
				starts = starts || len(ps.m[w]) > 0
			}
			require.Equal(t, starts, wi.mask&(1<<k) != 0, "%q bit %d", w, k)
			if starts {
				n++
			}
		}
	}
	require.Greater(t, n, 100)
}
