package extract

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// The speed8 branch changes the document and mention machinery only:
// these tests check its shortcuts against the plain lookups.

// TestMarkPrefetch: markClassify, which hashes every token's word in a
// first pass (wordTable.prefetch), finds for each token the record that
// a lookup of the word alone finds, with pooled hash buffers from a
// longer document and from a shorter one.
func TestMarkPrefetch(t *testing.T) {
	x := New(nil)
	texts := sampleTexts(t)
	found := 0
	for k, text := range texts {
		for _, other := range []string{texts[(k+1)%len(texts)] + " " + text, "Le JNIM."} {
			d := newPooledDoc(other)
			x.markClassify(d, x.all)
			d.release()
		}
		d := newPooledDoc(text)
		x.markClassify(d, x.langData("en"))
		require.Len(t, d.hashBuf, len(d.toks))
		for i, tok := range d.toks {
			require.Equal(t, wordHash(tok.fold), d.hashBuf[i])
			w := x.wordTab.get(tok.fold)
			require.Same(t, w, tok.info, "%q", tok.fold)
			if w != nil {
				found++
			}
		}
		d.release()
	}
	require.Positive(t, found)
}

// TestClaimActorsAliases: claimActors finds a lexicon actor's aliases by
// its record; another record with a lexicon actor's id (a dictionary's
// or discovery's) is still from the dictionary, with its own aliases,
// and one with an id the lexicon lacks is extracted.
func TestClaimActorsAliases(t *testing.T) {
	x := New(nil)
	lexActor, ok := x.lex.Actor("wagner-group")
	require.True(t, ok)
	require.NotEmpty(t, lexActor.Aliases())
	same := *lexActor
	same.Forms = nil
	found := &lexicon.Actor{ID: "new-front", Name: "New Front", Kind: graph.KindArmedGroup}
	for _, a := range []*lexicon.Actor{lexActor, &same, found} {
		require.Equal(t, a.Aliases(), x.actorAliases(a), a.ID)
		out := x.claimActors([]naming{{actor: a, form: a.Name}})
		require.Len(t, out, 1)
		require.Equal(t, a.Aliases(), out[0].Aliases, a.ID)
		src := graph.SourceDictionary
		if a == found {
			src = graph.SourceExtracted
		}
		require.Equal(t, src, out[0].Source, a.ID)
	}
}
