package extract

import (
	"math/rand/v2"
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

// TestWordTests compares plainWord, which tests eight bytes at once, and
// stopScan with the byte tables plainASCII and stopBytes: every byte in
// every position among plain letters, and random words.
func TestWordTests(t *testing.T) {
	check := func(w string) {
		x := load64(w, 0)
		plain, stop := true, false
		for k := range 8 {
			plain = plain && plainASCII[w[k]]
			stop = stop || stopBytes[w[k]]
		}
		require.Equal(t, plain, plainWord(x), "plainWord(%q)", w)
		sc := stopScan{s: w, end: len(w), next: [len(stopChars)]int{-1, -1, -1, -1}}
		require.Equal(t, stop, sc.from(0) < len(w), "stopScan(%q)", w)
	}
	for c := range 256 {
		for k := range 8 {
			b := []byte("abcdefgh")
			b[k] = byte(c)
			check(string(b))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		b := make([]byte, 8)
		for k := range b {
			b[k] = byte(r.IntN(256))
		}
		check(string(b))
	}
}
