package graph_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// TestHostileNames: a name with control characters is stored as given
// (the exporters escape it), relations that name it find it; a name, an
// alias, a rename or an alias decision above MaxNameLen is refused with a
// clear error instead of Badger's key-size error.
func TestHostileNames(t *testing.T) {
	s := graphtest.NewStore(t)
	name := "Line\nBreak\x1b[0m \x00Front ]]> --"
	c := claims("hostile", "2024", "o", actors(actor("", graph.KindArmedGroup, name), actor("mali", graph.KindState, "Mali")),
		rel(name, graph.Opposed, "mali", ev("They fought.", "2024")))
	res, err := s.Ingest(bg, c)
	require.NoError(t, err)
	assert.Equal(t, 1, res.Relations)
	as, err := s.FindActors(bg, name)
	require.NoError(t, err)
	require.Len(t, as, 1)
	assert.Equal(t, name, as[0].Name)

	long := strings.Repeat("x", graph.MaxNameLen+1)
	for _, tc := range []struct {
		name string
		c    *graph.Claims
	}{
		{"name", claims("long", "2024", "o", actors(actor("", graph.KindArmedGroup, long)))},
		{"alias", claims("long-alias", "2024", "o", actors(graph.ClaimActor{Name: "Short", Kind: graph.KindState, Aliases: []string{long}}))},
	} {
		_, err = s.Ingest(bg, tc.c)
		require.ErrorIs(t, err, graph.ErrInvalidClaims, tc.name)
		assert.Contains(t, err.Error(), "at most 1024", tc.name)
	}
	_, err = s.Rename(bg, "mali", long, graph.Meta{})
	require.ErrorIs(t, err, graph.ErrDecision)
	_, err = s.AddAlias(bg, "mali", long, graph.Meta{})
	require.ErrorIs(t, err, graph.ErrDecision)
	graphtest.RequireConsistent(t, s)
}
