package graph_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

func TestSmoke(t *testing.T) {
	ctx := context.Background()
	s := graphtest.NewStore(t)
	a := graphtest.Article("a1", "2024-10", "outlet-a", []string{"mali:state", "russia:state", "turkey:state"},
		"russia trains mali", "turkey supplies mali", "mali allied russia")
	res := graphtest.Ingest(t, s, a)
	assert.Equal(t, graph.StatusNew, res.Status)
	assert.Equal(t, 3, res.Evidence)
	graphtest.RequireConsistent(t, s)
	res = graphtest.Ingest(t, s, graphtest.Article("a1", "2024-10", "outlet-a", []string{"mali:state", "russia:state", "turkey:state"},
		"russia trains mali", "turkey supplies mali", "mali allied russia"))
	assert.Equal(t, graph.StatusUnchanged, res.Status)
	b := graphtest.Article("a2", "2023-05", "outlet-b", []string{"mali:state", "russia:state"}, "russia trains mali")
	graphtest.Ingest(t, s, b)
	graphtest.RequireConsistent(t, s)
	r, err := s.Relation(ctx, "russia", graph.Trains, "mali")
	require.NoError(t, err)
	assert.Equal(t, 2, r.Weight)
	assert.Equal(t, 2, r.Outlets)
	assert.Equal(t, "2023-05", r.FirstSeen.String())
	assert.Equal(t, "2024-10", r.LastSeen.String())
	t.Logf("%+v", r)
	require.NoError(t, s.Retract(ctx, "a1"))
	graphtest.RequireConsistent(t, s)
	r, err = s.Relation(ctx, "russia", graph.Trains, "mali")
	require.NoError(t, err)
	assert.Equal(t, "2023-05", r.LastSeen.String())
	_, err = s.Relation(ctx, "turkey", graph.Supplies, "mali")
	assert.ErrorIs(t, err, graph.ErrNotFound)
	st, err := s.Stats(ctx)
	require.NoError(t, err)
	t.Logf("%+v", st)
}
