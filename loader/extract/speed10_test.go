package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
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
