package lexicon

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// TestLangListsHoldNoDuplicate: no list of an embedded language file
// holds an item twice. The files' flow lists are long single lines that
// branches extend side by side; a merge that unions two versions of a
// line can double the whole list (it did, in the nineteenth session),
// and one that keeps both versions of an item another branch removed
// brings it back.
func TestLangListsHoldNoDuplicate(t *testing.T) {
	names, err := fs.Glob(dataFS, "data/lang/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	for _, name := range names {
		raw, err := fs.ReadFile(dataFS, name)
		require.NoError(t, err)
		var doc any
		require.NoError(t, yaml.Unmarshal(raw, &doc), name)
		var walk func(path []string, v any)
		walk = func(path []string, v any) {
			switch v := v.(type) {
			case map[string]any:
				for k, x := range v {
					walk(append(path[:len(path):len(path)], k), x)
				}
			case []any:
				seen := map[string]bool{}
				for _, x := range v {
					s, ok := x.(string)
					if !ok {
						walk(path, x)
						continue
					}
					assert.False(t, seen[s], "%s: %s holds %q twice", name, strings.Join(path, "/"), s)
					seen[s] = true
				}
			}
		}
		walk(nil, doc)
	}
}
