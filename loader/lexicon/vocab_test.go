package lexicon

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConjugateHedged: a rule's hedged suffixes write active forms that
// are also hedges of the language.
func TestConjugateHedged(t *testing.T) {
	rules := []conjugation{{Ending: "er", Active: []string{"e", "é"}, Passive: []string{"é par"}, Hedged: []string{"erait", "eraient"}}}
	a, p, h, err := conjugateHedged(rules, "livrer")
	require.NoError(t, err)
	assert.Equal(t, []string{"livre", "livré", "livrerait", "livreraient"}, a)
	assert.Equal(t, []string{"livré par"}, p)
	assert.Equal(t, []string{"livrerait", "livreraient"}, h)
	fr := Default().Language("fr")
	for _, f := range []string{"livrerait", "attaqueraient", "fournirait"} {
		assert.True(t, slices.Contains(fr.Hedges, f), f)
	}
}
