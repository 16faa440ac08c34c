package extract

import (
	"reflect"
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

// TestArticleStateReset: the memory, recent actors and heads that a
// pooled document hands Extract for its next article are empty (every
// field of the memory: its maps and arrays empty, the rest zero), after
// an article filled them all.
func TestArticleStateReset(t *testing.T) {
	x := New(nil)
	d := newPooledDoc("Le JNIM.")
	defer d.release()
	mem, recent, heads := d.articleState()
	a, _ := x.lex.Actor("wagner-group")
	for _, k := range graph.Kinds {
		mem.remember(&lexicon.Actor{ID: string(k), Kind: k})
	}
	mem.lists, mem.listAt = append(mem.lists, []*lexicon.Actor{a}), 1
	mem.pairA, mem.pairB, mem.pairAt = a, a, 1
	mem.inst["junta"], mem.instCount["mali"], mem.instBest = a, 2, a
	mem.instShared, mem.instSharedAt = "junta", 1 // (open20.go)
	mem.nameHeads, mem.named, mem.lex, mem.date = x.nameHeads, map[string]bool{"mali": true}, x.lex, "2025-01-01"
	mem.affiliates = map[string][]string{"a": {"b"}}
	mem.prevSubject, mem.prevFeats, mem.prevIntro, mem.prevClitic, mem.cliticObject = a, 1, true, a, a
	mem.prevPossessor = true
	mem.parts, mem.sentence = map[string]part{"a": {a, 1}}, 3
	mem.recipients = map[string]*lexicon.Actor{"a": a}
	mem.homeInst, mem.homeSeen, mem.otherSeen = a, 2, 1
	mem.orgs = [2][]*lexicon.Actor{{a}, {a}}
	mem.titles = append(mem.titles, titleRole{person: a})
	recent[graph.KindArmedGroup] = recentActor{a, 1}
	heads["a"] = "b"
	v := reflect.ValueOf(mem).Elem()
	for k := range v.NumField() {
		require.False(t, v.Field(k).IsZero(), "field %s not filled", v.Type().Field(k).Name)
	}

	mem2, recent2, heads2 := d.articleState()
	require.Same(t, mem, mem2)
	require.Empty(t, recent2)
	require.Empty(t, heads2)
	for k := range v.NumField() {
		f, name := v.Field(k), v.Type().Field(k).Name
		switch f.Kind() {
		case reflect.Map, reflect.Slice:
			require.Zero(t, f.Len(), name)
		case reflect.Array:
			for j := range f.Len() {
				require.Zero(t, f.Index(j).Len(), name)
			}
		default:
			require.True(t, f.IsZero(), name)
		}
	}
}
