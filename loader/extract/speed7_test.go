package extract

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSentenceTokensScan: sentenceTokens, which scans from its last
// answer, gives what a bisection of the tokens gives, for sentences asked
// in order, backwards, at random, and for spans that start or end inside
// a token, are empty, or run past sentScan tokens.
func TestSentenceTokensScan(t *testing.T) {
	long := strings.Repeat("word ", 3*sentScan)
	d := newDoc("Mali and Niger signed. The junta said so. " + long + "End here. A b c.")
	bisect := func(s span) (int, int) {
		a := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= s.start })
		b := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].end > s.end })
		return a, b
	}
	var spans []span
	n := len(d.norm)
	for _, cut := range []int{0, 6, 9, 22, 42, 43, 300, n - 16, n - 7, n} {
		for _, end := range []int{cut, cut + 1, cut + 4, cut + 40, cut + 5*sentScan, n} {
			if cut <= n && end <= n && cut <= end {
				spans = append(spans, span{start: cut, end: end})
			}
		}
	}
	check := func(order []span) {
		d.lastSent = sentTokens{}
		for _, s := range order {
			a, b := d.sentenceTokens(s)
			wa, wb := bisect(s)
			require.Equal(t, [2]int{wa, wb}, [2]int{a, b}, "span %v", s)
		}
	}
	check(spans)
	rev := make([]span, len(spans))
	for i, s := range spans {
		rev[len(spans)-1-i] = s
	}
	check(rev)
	r := rand.New(rand.NewPCG(7, 7))
	for range 20 {
		r.Shuffle(len(spans), func(i, j int) { spans[i], spans[j] = spans[j], spans[i] })
		check(spans)
	}
	// the sentences themselves, in order
	var sents []span
	for start := 0; start < n; {
		end := strings.Index(d.norm[start:], ". ")
		if end < 0 {
			end = n - start - 1
		}
		sents = append(sents, span{start: start, end: start + end + 1})
		start += end + 2
	}
	check(sents)
}
