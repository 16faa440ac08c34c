package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// The speed10 branch changes the lexicon's layout and the tokenizer only:
// these tests check the new structures against plain lookups.

// TestFlatTrie: every form of the gazetteer is reached in the flat trie
// word by word, by the words' wordInfo (a marked document) and by the
// folded words (a document not marked), and ends at a node holding its
// entry; children are sorted by word, cut with no spare capacity, and
// only nodes with more than maxGazKids have a map.
func TestFlatTrie(t *testing.T) {
	x := New(nil)
	forms := 0
	for _, list := range x.gaz {
		for _, e := range list {
			byWord, byInfo := x.trie, (*gazNode)(nil)
			for k, w := range e.terms {
				byWord = byWord.childWord(w)
				require.NotNil(t, byWord, "%q", e.terms)
				wi := x.words[w]
				require.NotNil(t, wi, "%q", w)
				switch {
				case k == 0:
					byInfo = wi.gaz
				case byInfo.next != nil:
					byInfo = byInfo.next[w]
				default:
					byInfo = byInfo.child(wi)
				}
				require.Same(t, byWord, byInfo, "%q", e.terms)
			}
			require.Contains(t, byWord.entries, e)
			forms++
		}
	}
	require.Greater(t, forms, 1000)
	var walk func(n *gazNode)
	walk = func(n *gazNode) {
		require.Equal(t, len(n.kids), cap(n.kids))
		require.Equal(t, len(n.entries), cap(n.entries))
		require.True(t, slices.IsSortedFunc(n.kids, func(a, b gazKid) int { return strings.Compare(a.word.word, b.word.word) }))
		require.Equal(t, len(n.kids) > maxGazKids, n.next != nil)
		if len(n.entries) > 0 && n.entries[0].shapes == nil {
			require.Same(t, n.entries[0], n.plain)
		} else {
			require.Nil(t, n.plain)
		}
		for _, k := range n.kids {
			if n.next != nil {
				require.Same(t, k.node, n.next[k.word.word])
			}
			walk(k.node)
		}
	}
	walk(x.trie)
}

// TestFlatTrieLongestForm: longestForm finds the same form at every token
// of the sample texts in a marked document and in one not marked.
func TestFlatTrieLongestForm(t *testing.T) {
	x := New(nil)
	found := 0
	for _, text := range sampleTexts(t) {
		plain := newDoc(text)
		marked := newDoc(text)
		x.markWords(marked)
		require.Equal(t, len(plain.toks), len(marked.toks))
		for i := range plain.toks {
			e := x.longestForm(marked, i, len(marked.toks))
			require.Same(t, x.longestForm(plain, i, len(plain.toks)), e, "token %d of %.40q", i, text)
			if e != nil {
				found++
			}
		}
	}
	require.Greater(t, found, 100)
}

// refTokens is tokenize as written before speed10, one rune at a time:
// the spans of the words of s (lexicon.IsWordRune).
func refTokens(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !lexicon.IsWordRune(r) {
			i += w
			continue
		}
		start := i
		for i < len(s) {
			r, w := utf8.DecodeRuneInString(s[i:])
			if !lexicon.IsWordRune(r) {
				break
			}
			i += w
		}
		if graph.Fold(s[start:i]) != "" {
			out = append(out, [2]int{start, i})
		}
	}
	return out
}

// TestTokenizeWordBytes: tokenize, which reads eight bytes at a time and
// the runes of two bytes by table, cuts the same words as a plain reading
// rune by rune, on the sample texts and on random strings of letters,
// digits, accented and other runes, punctuation and invalid bytes.
func TestTokenizeWordBytes(t *testing.T) {
	alphabet := []string{"a", "z", "q", "A", "Z", "0", "9", " ", ".", "'", "-", "_", "`", "{", "@", "[", "/",
		"é", "È", "ç", "ß", "×", "÷", "«", "»", "\u00a0", "ʼ", "\u0301", "д", "ا", "\u0660", "中", "\u2019", "😀",
		"\xc3", "\xa9", "\xff", "\xe0\x80", "\xc0\xaf", "abcdefgh", "ABCDEFGH", "01234567"}
	texts := sampleTexts(t)
	rng := rand.New(rand.NewPCG(10, 10))
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		d := &doc{norm: s}
		d.tokenize()
		var got [][2]int
		for _, tok := range d.toks {
			got = append(got, [2]int{tok.start, tok.end})
			require.Equal(t, graph.Fold(s[tok.start:tok.end]), tok.fold)
		}
		require.Equal(t, refTokens(s), got, "%q", s)
	}
}

// TestWordBytes8: wordBytes8 counts the leading bytes of ASCII lower-case
// letters and digits of every word of eight bytes taken from all bytes.
func TestWordBytes8(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	for range 200000 {
		var b [8]byte
		for k := range b {
			switch rng.IntN(3) {
			case 0:
				b[k] = "abcxyz0189"[rng.IntN(10)]
			default:
				b[k] = byte(rng.IntN(256))
			}
		}
		want := 0
		for want < 8 && byteClass[b[want]] == bcLower {
			want++
		}
		require.Equal(t, want, wordBytes8(load64(string(b[:]), 0)), "%q", b[:])
	}
}

// TestSlab: a slab's slices have no capacity past their end, so that an
// append to one never writes into the next; clone keeps nil and the
// values; the records' lists are cut from slabs (no spare capacity).
func TestSlab(t *testing.T) {
	var s slab[int]
	a := s.clone([]int{1, 2, 3})
	b := s.make(2)
	require.Equal(t, []int{1, 2, 3}, a)
	require.Equal(t, 3, cap(a))
	_ = append(a, 9)
	require.Equal(t, []int{0, 0}, b)
	require.Nil(t, s.clone(nil))
	require.NotNil(t, s.clone([]int{}))
	big := s.make(slabLen + 1)
	require.Len(t, big, slabLen+1)
	x := New(nil)
	n := 0
	for _, wi := range x.words {
		require.Equal(t, len(wi.sets), cap(wi.sets))
		for _, st := range wi.sets {
			require.Equal(t, len(st.groups), cap(st.groups))
			for _, g := range st.groups {
				require.Equal(t, len(g), cap(g))
				n++
			}
		}
		for _, ts := range wi.trigs {
			require.Equal(t, len(ts.nexts), cap(ts.nexts))
			require.Len(t, ts.nexts, len(ts.seconds))
		}
	}
	require.Greater(t, n, 100)
}

// TestSentenceTokensSummary: sentenceTokens, which reads summariseAll's
// ranges, answers as its scan alone does, for the sentences in order,
// twice, in reverse order, and for spans that are no sentence.
func TestSentenceTokensSummary(t *testing.T) {
	x := New(nil)
	checked := 0
	for _, text := range sampleTexts(t) {
		d := newPooledDoc(text)
		ld := x.langData("en")
		x.markClassify(d, ld)
		sents := d.sentences(ld)
		d.summariseAll(sents, x.setWords, x.setNZ)
		plain := &doc{toks: d.toks}
		var order []span
		order = append(order, sents...)
		order = append(order, sents...)
		for k := len(sents) - 1; k >= 0; k-- {
			order = append(order, sents[k])
		}
		for _, s := range sents {
			order = append(order, span{s.start + 1, s.end}, span{s.start, max(s.start, s.end-2)}, s)
		}
		for _, s := range order {
			plain.lastSent = sentTokens{}
			a, b := plain.sentenceTokens(s)
			ga, gb := d.sentenceTokens(s)
			require.Equal(t, [2]int{a, b}, [2]int{ga, gb}, "%v", s)
			checked++
		}
		d.release()
	}
	require.Greater(t, checked, 1000)
}
