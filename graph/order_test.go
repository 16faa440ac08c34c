package graph_test

import (
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// TestLoadOrderDoesNotMatter loads one corpus into fresh stores in
// different orders and with different parallelism, and checks that what
// a user can read — and the stored bytes themselves — are identical
// (DESIGN principle 1).
func TestLoadOrderDoesNotMatter(t *testing.T) {
	const seed = 42
	g := newCorpusGen(seed, 40, 4)
	corpus := g.corpus(seed, 50, 6)

	fresh := func() []*graph.Claims {
		out := make([]*graph.Claims, len(corpus))
		for i, c := range corpus {
			out[i] = cloneClaims(t, c)
		}
		return out
	}

	// Reference: in order, one at a time, in memory.
	ref := graphtest.NewStore(t)
	ingestAll(t, ref, fresh(), 1)
	graphtest.RequireConsistent(t, ref)
	want := canonicalDump(t, ref)
	wantRaw := rawDump(t, ref)

	// Sanity: the corpus exercises what it should.
	st, err := ref.Stats(bg)
	require.NoError(t, err)
	require.Greater(t, st.Relations, 50)
	require.Greater(t, st.NegatedOnly, 0)
	require.Len(t, st.ActorsByKind, len(graph.Kinds))
	require.Len(t, st.RelationsByType, len(graph.RelTypes))

	tests := []struct {
		name     string
		order    func([]*graph.Claims)
		parallel int
		onDisk   bool
	}{
		{"reversed", func(cs []*graph.Claims) {
			for i, j := 0, len(cs)-1; i < j; i, j = i+1, j-1 {
				cs[i], cs[j] = cs[j], cs[i]
			}
		}, 1, false},
		{"shuffled, 8 writers", func(cs []*graph.Claims) {
			rand.New(rand.NewSource(7)).Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
		}, 8, false},
		{"shuffled, 32 writers, on disk", func(cs []*graph.Claims) {
			rand.New(rand.NewSource(8)).Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
		}, 32, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := graphtest.NewStore(t, tt.onDisk)
			cs := fresh()
			tt.order(cs)
			ingestAll(t, s, cs, tt.parallel)
			graphtest.RequireConsistent(t, s)
			assert.Equal(t, string(want), string(canonicalDump(t, s)))
			assert.Equal(t, string(wantRaw), string(rawDump(t, s)), "stored bytes differ")
		})
	}

	t.Run("loading twice changes nothing", func(t *testing.T) {
		_, before := keyCount(t, ref)
		for _, c := range fresh() {
			res, err := ref.Ingest(bg, c)
			require.NoError(t, err)
			assert.Equal(t, graph.StatusUnchanged, res.Status, res.Article)
		}
		_, after := keyCount(t, ref)
		assert.Equal(t, before, after, "no commit may happen")
		assert.Equal(t, string(want), string(canonicalDump(t, ref)))
		assert.Equal(t, string(wantRaw), string(rawDump(t, ref)))
	})
}
