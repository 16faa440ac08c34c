package graph_test

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// TestEachRelationAfter pages relations by seeking to a cursor: after
// each relation (and after keys that are not relations) the scan gives
// exactly what follows it in the full scan, with and without an anchor.
func TestEachRelationAfter(t *testing.T) {
	s := graphtest.NewStore(t)
	ingestAll(t, s, newCorpusGen(3, 30, 3).corpus(3, 60, 4), 4)
	for _, tt := range []struct {
		name string
		f    graph.RelationFilter
	}{
		{"all", graph.RelationFilter{IncludeNegated: true}},
		{"edges of one actor", graph.RelationFilter{Actor: "state-5"}},
		{"one type", graph.RelationFilter{Types: []graph.RelType{graph.Allied}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var all []graph.RelKey
			require.NoError(t, s.View(bg, func(tx *graph.Tx) error {
				return tx.EachRelation(bg, tt.f, func(r *graph.Relation) error { all = append(all, r.Key()); return nil })
			}))
			require.NotEmpty(t, all)
			cursors := append([]graph.RelKey{{From: "a"}, {From: "zzz"}, {From: all[0].From, Type: "b"}}, all...)
			for _, after := range cursors {
				var got []graph.RelKey
				require.NoError(t, s.View(bg, func(tx *graph.Tx) error {
					return tx.EachRelationAfter(bg, tt.f, after, func(r *graph.Relation) error { got = append(got, r.Key()); return nil })
				}))
				var want []graph.RelKey
				for _, k := range all {
					if k.From > after.From || (k.From == after.From && (k.Type > after.Type || (k.Type == after.Type && k.To > after.To))) {
						want = append(want, k)
					}
				}
				assert.Equal(t, want, got, "after %v", after)
			}
		})
	}
}

// TestEachArticleAfter pages articles by seeking to the cursor's article,
// and says when that article is gone.
func TestEachArticleAfter(t *testing.T) {
	s := graphtest.NewStore(t)
	ingestAll(t, s, newCorpusGen(4, 20, 3).corpus(4, 25, 2), 4)
	var all []string
	require.NoError(t, s.View(bg, func(tx *graph.Tx) error {
		return tx.EachArticle(bg, func(a *graph.Article) error { all = append(all, a.ID); return nil })
	}))
	require.Len(t, all, 25)
	for i, after := range all {
		var got []string
		require.NoError(t, s.View(bg, func(tx *graph.Tx) error {
			return tx.EachArticleAfter(bg, after, func(a *graph.Article) error { got = append(got, a.ID); return nil })
		}))
		assert.Equal(t, append([]string(nil), all[i+1:]...), got, "after %s", after)
	}
	err := s.View(bg, func(tx *graph.Tx) error {
		return tx.EachArticleAfter(bg, "no-such-article", func(*graph.Article) error { return nil })
	})
	assert.ErrorIs(t, err, graph.ErrNotFound)
}

// TestNeighborsOrder checks, on a random graph with relations both ways
// between the same actors, that neighbours come ordered by type, then
// neighbour, then (from, type, to), in every direction, and are the
// relations EachRelation gives for the actor.
func TestNeighborsOrder(t *testing.T) {
	s := graphtest.NewStore(t)
	ingestAll(t, s, newCorpusGen(6, 12, 3).corpus(6, 120, 5), 4)
	require.NoError(t, s.View(bg, func(tx *graph.Tx) error {
		page, err := tx.Actors(bg, graph.ActorQuery{})
		require.NoError(t, err)
		for _, a := range page.Actors {
			var all []*graph.Relation
			require.NoError(t, tx.EachRelation(bg, graph.RelationFilter{Actor: a.ID}, func(r *graph.Relation) error {
				all = append(all, r)
				return nil
			}))
			for _, dir := range []graph.Direction{graph.Both, graph.Out, graph.In} {
				ns, err := tx.Neighbors(bg, a.ID, dir, graph.RelationFilter{})
				require.NoError(t, err)
				var want []graph.Neighbor
				for _, r := range all {
					if !r.Symmetric && ((dir == graph.Out && r.From != a.ID) || (dir == graph.In && r.To != a.ID)) {
						continue
					}
					other := r.To
					if other == a.ID {
						other = r.From
					}
					want = append(want, graph.Neighbor{Actor: other, Relation: r})
				}
				sort.SliceStable(want, func(i, j int) bool {
					if want[i].Relation.Type != want[j].Relation.Type {
						return want[i].Relation.Type < want[j].Relation.Type
					}
					return want[i].Actor < want[j].Actor
				})
				assert.Equal(t, want, ns, "%s %s", a.ID, dir)
			}
		}
		return nil
	}))
}
