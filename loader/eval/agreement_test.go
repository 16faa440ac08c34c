package eval

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The second annotations of testdata/agreement read as gold files, each
// annotates a gold article, and scoring them against the gold runs: the
// agreement figures of docs/QUALITY.md can be measured again.
func TestSecondAnnotationsScore(t *testing.T) {
	golds, err := ReadGold(goldDir)
	require.NoError(t, err)
	byID := map[string]*Gold{}
	for _, g := range golds {
		byID[g.ID] = g
	}
	dirs, err := filepath.Glob(filepath.Join("..", "..", "testdata", "agreement", "*"))
	require.NoError(t, err)
	n := 0
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		n++
		t.Run(filepath.Base(dir), func(t *testing.T) {
			second, err := ReadGold(dir)
			require.NoError(t, err)
			var first []*Gold
			for _, s := range second {
				g := byID[s.ID]
				require.NotNil(t, g, "%s annotates no gold article", s.ID)
				a, err := os.Stat(g.Text)
				require.NoError(t, err)
				b, err := os.Stat(s.Text)
				require.NoError(t, err)
				assert.True(t, os.SameFile(a, b), "%s: the second annotation reads the gold's text", s.ID)
				first = append(first, g)
			}
			ann, err := NewAnnotations(second)
			require.NoError(t, err)
			rep, err := Run(context.Background(), first, ann)
			require.NoError(t, err)
			all := rep.Splits["all"]
			assert.Equal(t, len(second), all.Articles)
			// two careful readers agree on most relations; a broken
			// matching (of actors, of the split, of texts) would not
			assert.Greater(t, all.Overall.F1(), 0.5)
		})
	}
	assert.Equal(t, 3, n, "three sets of second annotations")
}
