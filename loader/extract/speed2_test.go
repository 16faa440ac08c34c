package extract

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestMarkedEndsAtAgrees compares, at every token of the sample and
// generated articles, phrases.endsAt of a marked document (which first
// tests the end mask of the word before, wordInfo.endMask) with that of
// a document not marked, for sets whose phrases end with common words;
// and sentenceTokens (which keeps its last answer) with a search of its
// own, asked in an order that uses and replaces the kept answer.
func TestMarkedEndsAtAgrees(t *testing.T) {
	x := New(nil)
	lds := []*langData{x.all}
	for _, code := range x.lex.Languages() {
		lds = append(lds, x.langs[code])
	}
	for _, text := range sampleTexts(t) {
		marked, plain := newDoc(text), newDoc(text)
		x.markWords(marked)
		n := len(plain.toks)
		for _, ld := range lds {
			r := ld.rel
			sets := []phrases{ld.coord, ld.determiners, ld.equipment, ld.passive, ld.datePreps, r.alongside, r.against,
				r.instNouns, r.leaderRoles, r.memberRoles, r.allyRoles, r.home, r.statePlaces, r.clauseBreaks, r.speech,
				r.troops, r.originBefore, r.former, r.intent, r.stateHeads, r.invRelatives, r.objRelatives, r.companions}
			for i := 0; i <= n; i++ {
				for _, ps := range sets {
					for _, lo := range []int{0, max(0, i-2)} {
						if got, want := ps.endsAt(marked, lo, i), ps.endsAt(plain, lo, i); got != want {
							t.Fatalf("endsAt(%d, %d) of set %d: %d marked, %d plain", lo, i, ps.id, got, want)
						}
					}
				}
			}
		}
		sents := marked.sentences(x.all)
		for k := range sents {
			for _, s := range []span{sents[k], sents[len(sents)-1-k], sents[k]} {
				a := sort.Search(n, func(i int) bool { return marked.toks[i].start >= s.start })
				b := sort.Search(n, func(i int) bool { return marked.toks[i].end > s.end })
				ga, gb := marked.sentenceTokens(s)
				require.Equal(t, [2]int{a, b}, [2]int{ga, gb})
			}
		}
	}
}
