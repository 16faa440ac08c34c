package extract

import (
	"context"
	"errors"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExtractFault: a fault of the rules on one article is an error
// naming it, not a panic, and the next article reads as before.
func TestExtractFault(t *testing.T) {
	x := New(nil)
	bad := &graph.Article{ID: "a-bad", Title: "Bad one", Lang: "en", Text: "Turkey sold drones to Mali."}
	good := &graph.Article{ID: "a-good", Title: "Good one", Lang: "en", Text: "Turkey sold drones to Mali."}
	extractFault = func(a *graph.Article) {
		if a.ID == "a-bad" {
			var s []int
			_ = s[3] // index out of range, as a rule's bug would
		}
	}
	defer func() { extractFault = nil }()
	c, err := x.Extract(context.Background(), bad)
	assert.Nil(t, c)
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrInternal))
	assert.Contains(t, err.Error(), "a-bad")
	assert.Contains(t, err.Error(), "Bad one")
	c, err = x.Extract(context.Background(), good)
	require.NoError(t, err)
	require.Len(t, c.Relations, 1)
	assert.Equal(t, graph.Supplies, c.Relations[0].Type)
}
