package extract

import (
	"context"
	"math/rand/v2"
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
	multi := 0
	eachTrigger(New(nil), func(e *trigEntry) {
		if len(e.terms) > 1 {
			require.Same(t, e.words[1], e.second, "%v", e.terms)
			multi++
		} else {
			require.Nil(t, e.second, "%v", e.terms)
		}
	})
	require.Positive(t, multi)
}

// eachTrigger calls f with every trigger entry of x's languages.
func eachTrigger(x *Extractor, f func(e *trigEntry)) {
	for _, code := range x.lex.Languages() {
		for _, list := range x.langs[code].triggers {
			for _, e := range list {
				f(e)
			}
		}
	}
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

// TestAtGroupsAgree: in a marked document, phrases.at tries the phrases
// whose second word is the next token's, then those of one word
// (setStart's groups); it answers as the same set read from its map in a
// document not marked, for every registered set at every token of the
// sample articles, with the sentence's end or a nearer limit, and with
// tokens blocked or not.
func TestAtGroupsAgree(t *testing.T) {
	x := New(nil)
	sets := map[uint32]phrases{}
	for w, wi := range x.words {
		for _, st := range wi.sets {
			ps, ok := sets[st.id]
			if !ok {
				ps = phrases{m: map[string][]pattern{}, id: st.id, bit: 1 << (st.id % 63)}
				sets[st.id] = ps
			}
			ps.m[w] = st.pats
			n := len(st.singles)
			for k, g := range st.groups {
				require.NotEmpty(t, g)
				for _, p := range g {
					require.Same(t, st.seconds[k], p.words[1])
				}
				n += len(g)
			}
			require.Equal(t, len(st.pats), n, "%q in set %d", w, st.id)
		}
	}
	require.Greater(t, len(sets), 100)
	blockEvery3 := func(i int) bool { return i%3 == 2 }
	matched := 0
	for _, text := range sampleTexts(t) {
		marked, plain := newDoc(text), newDoc(text)
		x.markWords(marked)
		n := len(marked.toks)
		for _, ps := range sets {
			for i := -1; i <= n; i++ {
				if !ps.may(marked, i) {
					continue
				}
				for _, limit := range []int{n, min(i+1, n), min(i+2, n)} {
					for _, blocked := range []func(int) bool{nil, blockEvery3} {
						got, want := ps.at(marked, i, limit, blocked), ps.at(plain, i, limit, blocked)
						if got != want {
							t.Fatalf("set %d at %d (%q), limit %d: %d marked, %d from the map", ps.id, i, marked.toks[i].fold, limit, got, want)
						}
						if got > 1 {
							matched++
						}
					}
				}
			}
		}
	}
	require.Positive(t, matched)
}

// TestOffsetSegments: the segments of the offsets map back every byte of
// the normalised text, and its end, as the array of offsets they stand
// for; a run of ASCII is one segment, and a rune normalised to several
// bytes maps them all to its start.
func TestOffsetSegments(t *testing.T) {
	for _, text := range append([]string{"", "a", "Mali", "L\u2019arme\u0301e\u00a0malienne", "a\r\nb\rc`d", "Bay\u00adkar \u00ab fini \u00bb",
		"\u0645\u0635\u0631 et l\u2019\u00c9gypte", "a\xffb", "2023\u20132024\u2009km"}, sampleTexts(t)[:3]...) {
		d := newDoc(text)
		off := expandOffsets(d.offs, len(d.norm), len(text))
		require.Len(t, off, len(d.norm)+1)
		for q := range off {
			require.Equal(t, off[q], d.origAt(q), "%q: byte %d", text, q)
		}
		for k := 1; k < len(d.offs); k++ {
			require.Less(t, d.offs[k-1].at, d.offs[k].at, "%q", text)
		}
	}
	d := newDoc("Mali and Niger")
	require.Len(t, d.offs, 1)
	d = newDoc("arme\u0301e")
	require.Equal(t, []offSeg{{0, 0, true}, {3, 3, false}, {5, 6, true}}, d.offs) // « arm », « é » from « e\u0301 », « e »
}

// TestMarkClassify: markClassify gives the tokens markWords then classify
// give, for each language's data.
func TestMarkClassify(t *testing.T) {
	x := New(nil)
	lds := []*langData{x.all}
	for _, code := range x.lex.Languages() {
		lds = append(lds, x.langs[code])
	}
	for _, text := range sampleTexts(t) {
		for _, ld := range lds {
			one, two := newDoc(text), newDoc(text)
			x.markClassify(one, ld)
			x.markWords(two)
			two.classify(ld)
			require.Equal(t, two.toks, one.toks)
			require.Same(t, two.classLD, one.classLD)
		}
	}
}

// TestTriggersNext: triggersNext gives, in order, the triggers of
// triggersAt that are of one word or whose second word is the next one.
func TestTriggersNext(t *testing.T) {
	x := New(nil)
	grouped := 0
	for _, text := range sampleTexts(t) {
		d := newDoc(text)
		x.markWords(d)
		for _, code := range x.lex.Languages() {
			ld := x.langs[code]
			for i := range d.toks {
				nexts := []*wordInfo{nil}
				if i+1 < len(d.toks) {
					nexts = append(nexts, d.toks[i+1].info)
				}
				for _, next := range nexts {
					var want []*trigEntry
					for _, e := range ld.triggersAt(d, i) {
						if e.second == nil || e.second == next {
							want = append(want, e)
						}
					}
					got := ld.triggersNext(d, i, next)
					require.Equal(t, len(want), len(got), "%q", d.toks[i].fold)
					for k := range want {
						require.Same(t, want[k], got[k])
					}
					if len(got) > 0 && got[0].second != nil {
						grouped++
					}
				}
			}
		}
	}
	require.Positive(t, grouped)
}

// TestStopScan: stopScan.from gives, for positions that never decrease,
// the first byte of stopBytes at or after each, as a scan byte by byte
// does, in random strings of letters, spaces and stop bytes.
func TestStopScan(t *testing.T) {
	for k := range len(stopChars) {
		require.True(t, stopBytes[stopChars[k]], "%q", stopChars[k])
	}
	n := 0
	for c := range 256 {
		if stopBytes[c] {
			n++
		}
	}
	require.Equal(t, len(stopChars), n)
	r := rand.New(rand.NewPCG(3, 4))
	const alphabet = "ab .!?\xe2\x80\xa6"
	for range 2000 {
		b := make([]byte, r.IntN(40))
		for k := range b {
			b[k] = alphabet[r.IntN(len(alphabet))]
		}
		s := string(b)
		sc := stopScan{s: s, end: len(s), next: [len(stopChars)]int{-1, -1, -1, -1}}
		for i := 0; i < len(s); i += 1 + r.IntN(3) {
			want := i
			for want < len(s) && !stopBytes[s[want]] {
				want++
			}
			require.Equal(t, want, sc.from(i), "%q from %d", s, i)
		}
	}
}

// TestPooledDocMarked: a pooled document, once marked, has the tokens of
// a document made by newDoc and marked, masks included (tokenize writes
// none; newDoc gives every token every bit), also when its buffers come
// from a longer document.
func TestPooledDocMarked(t *testing.T) {
	x := New(nil)
	texts := sampleTexts(t)
	for k, text := range texts {
		long := newPooledDoc(texts[(k+1)%len(texts)] + " " + text)
		x.markWords(long)
		long.release()
		pooled, plain := newPooledDoc(text), newDoc(text)
		for i := range plain.toks {
			require.Equal(t, ^uint64(0), plain.toks[i].mask)
		}
		x.markWords(pooled)
		x.markWords(plain)
		require.Equal(t, plain.toks, pooled.toks)
		pooled.release()
	}
}
