package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/stretchr/testify/require"
)

// TestWordTableFinds: the table finds every word it indexes, under a
// string of its own (not the key itself), and no word of other lengths
// or with one byte changed; wordHash depends on every byte of words of
// each length from 1 to 20.
func TestWordTableFinds(t *testing.T) {
	x := New(nil)
	n := 0
	for w, wi := range x.words {
		require.Same(t, wi, x.wordTab.get(strings.Clone(w)), "%q", w)
		n++
	}
	require.Greater(t, n, 1000)
	for _, w := range []string{"", "q", "zz", "xqz", "qqqqqqqq", "zzzzzzzzzzzzzzzzz", "combattuz", "alliéz", "signé-zz"} {
		if _, ok := x.words[w]; !ok {
			require.Nil(t, x.wordTab.get(w), "%q", w)
		}
	}
	base := "abcdefghijklmnopqrst"
	for size := 1; size <= len(base); size++ {
		w := base[:size]
		h := wordHash(w)
		for k := range size {
			b := []byte(w)
			b[k] ^= 1
			require.NotEqual(t, h, wordHash(string(b)), "%q: byte %d", w, k)
		}
		if size > 1 {
			require.NotEqual(t, h, wordHash(base[:size-1]), "%q", w)
		}
	}
}

// TestTriggerSecond: each trigger entry of several words holds its second
// word's wordInfo, and one of one word none (speed4_rel_test.go has
// sentences whose triggers the skip must still find).
func TestTriggerSecond(t *testing.T) {
	x := New(nil)
	multi := 0
	for _, code := range x.lex.Languages() {
		for _, list := range x.langs[code].triggers {
			for _, e := range list {
				if len(e.terms) > 1 {
					require.Same(t, e.words[1], e.second, "%v", e.terms)
					multi++
				} else {
					require.Nil(t, e.second, "%v", e.terms)
				}
			}
		}
	}
	require.Positive(t, multi)
}

// TestTriggerSecondSameClaims: the claims of the sample articles are
// those of an extractor whose trigger entries lack their second word
// (every entry tried by match, as before the skip).
func TestTriggerSecondSameClaims(t *testing.T) {
	x, plain := New(nil), New(nil)
	for _, ld := range plain.langs {
		for _, list := range ld.triggers {
			for _, e := range list {
				e.second = nil
			}
		}
	}
	for k, text := range sampleTexts(t) {
		a := &graph.Article{ID: "a", Text: text}
		got, err := x.Extract(context.Background(), a)
		require.NoError(t, err)
		want, err := plain.Extract(context.Background(), a)
		require.NoError(t, err)
		require.Equal(t, want.Relations, got.Relations, "sample %d", k)
	}
}
