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
