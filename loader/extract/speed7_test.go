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

// TestMayEndAgrees: wherever phrases.mayEnd says no phrase of a set may
// end before a token, endsAt finds none, and wherever phrases.may says no
// phrase may start at a token, at finds none, in marked and plain
// documents of the sample articles, for the sets whose callers test them
// first.
func TestMayEndAgrees(t *testing.T) {
	checked, checkedEnd := 0, 0
	eachSampleDoc(t, func(_ *Extractor, d *doc, ld *langData) {
		n := len(d.toks)
		r := ld.rel
		sets := []phrases{r.leaderRoles, r.memberRoles, r.allyRoles, r.supplierRoles, r.ellipsis, r.ellipsisInv,
			r.troops, r.joint, r.founding, r.rc.links, r.rc.ending, r.bl.reaction, r.bl.sourceNouns, r.home,
			r.corefTitles, r.armyHeads, ld.coord, ld.determiners, r.hg.report, r.originAfter, r.instNouns,
			ld.equipment, r.between, ld.passive, r.help, r.alongside, r.stateHeads, r.leaving,
			r.intent, r.former, r.bl.makers, r.nicknames, r.bl.sanctionNouns, r.originBefore, r.companions, r.hg.legal}
		for _, ps := range r.anaphors {
			sets = append(sets, ps)
		}
		sets = append(sets, r.kindNouns...)
		for i := -1; i <= n+1; i++ {
			for _, ps := range sets {
				if !ps.may(d, i) {
					checked++
					if i >= 0 && i < n {
						require.Zero(t, ps.at(d, i, n, nil), "set %d: may(%d) false", ps.id, i)
					}
				}
				if !ps.mayEnd(d, i) && i >= 0 && i <= n {
					checkedEnd++
					require.Zero(t, ps.endsAt(d, 0, i), "set %d: mayEnd(%d) false", ps.id, i)
				}
			}
		}
	})
	require.Positive(t, checked)
	require.Positive(t, checkedEnd)
}

// TestInMentionTable: inMention, which answers from a table of the
// sentence's tokens made at its first call, gives what a bisection of the
// mentions gives, for random mentions inside a sentence of the
// scratch's context (in order, or overlapping, or out of order, or past
// the sentence: the table is then not made), before and after a mention
// grows (dropHolders).
func TestInMentionTable(t *testing.T) {
	d := newDoc(strings.Repeat("w ", 40))
	sc := d.scratch()
	rng := rand.New(rand.NewPCG(7, 13))
	bisect := func(ms []mention, i int) int {
		if j := sort.Search(len(ms), func(k int) bool { return ms[k].te > i }); j < len(ms) && ms[j].ts <= i {
			return j
		}
		return -1
	}
	tables := 0
	for range 3000 {
		a := rng.IntN(10)
		b := a + rng.IntN(20)
		var ms []mention
		at := a + rng.IntN(3) - 1
		for range rng.IntN(6) {
			ts := at + rng.IntN(3) - rng.IntN(2)*rng.IntN(2)
			te := ts + rng.IntN(4)
			ms = append(ms, mention{ts: ts, te: te})
			at = te
		}
		if rng.IntN(4) == 0 {
			rng.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
		}
		c := &sc.ctx
		*c = sctx{d: d, a: a, b: b, ms: ms}
		for round := range 2 {
			for _, i := range rng.Perm(b - a + 6) {
				i += a - 3
				require.Equal(t, bisect(ms, i), c.inMention(i), "token %d of %v in [%d, %d)", i, ms, a, b)
			}
			if c.holder != nil {
				tables++
			}
			if round == 0 && len(ms) > 0 {
				ms[len(ms)-1].te++ // a mention grows, as in extendInstitutions
				c.dropHolders()
			}
		}
	}
	require.Greater(t, tables, 1000)
}
