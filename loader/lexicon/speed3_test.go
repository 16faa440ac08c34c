package lexicon_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/loader/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Lookup drops a leading determiner of any language (the keys of the
// determiners are computed once, when the lexicon is built), and only a
// determiner.
func TestLookupDeterminer(t *testing.T) {
	l := lexicon.Default()
	for _, form := range []string{"les Forces de soutien rapide", "the Forces de soutien rapide", "Les forces de soutien rapide"} {
		got := l.Lookup(form)
		require.Len(t, got, 1, form)
		assert.Equal(t, "rsf", got[0].ID, form)
	}
	assert.Empty(t, l.Lookup("nouvelles Forces de soutien rapide"), "no determiner")
	assert.Empty(t, l.Lookup("les"), "a determiner alone")
}
