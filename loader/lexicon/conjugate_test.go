package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

func TestConjugate(t *testing.T) {
	rules := []conjugation{
		{Ending: "", Active: []string{"", "s", "ed"}, Passive: []string{"ed by"}},
		{Ending: "y", Active: []string{"y", "ies", "ied"}, Passive: []string{"ied by"}},
		{Ending: "e", Active: []string{"e", "es", "ed"}, Passive: []string{"ed by"}},
	}
	for _, tc := range []struct {
		lemma           string
		active, passive []string
	}{
		{"attack", []string{"attack", "attacks", "attacked"}, []string{"attacked by"}},
		{"supply", []string{"supply", "supplies", "supplied"}, []string{"supplied by"}},
		{"advise", []string{"advise", "advises", "advised"}, []string{"advised by"}},
	} {
		a, p, err := conjugate(rules, tc.lemma)
		require.NoError(t, err, tc.lemma)
		assert.Equal(t, tc.active, a, tc.lemma)
		assert.Equal(t, tc.passive, p, tc.lemma)
	}
	_, _, err := conjugate(rules[1:], "attack")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `verb "attack": no conjugation rule fits it`)
}

// TestVerbForms checks that the embedded languages' verbs give their
// forms as triggers, passive ones under passive, and under active for a
// symmetric type.
func TestVerbForms(t *testing.T) {
	has := func(lang string, typ graph.RelType, voice Voice, phrase string) bool {
		for _, tr := range Default().Language(lang).Triggers {
			if tr.Type == typ && tr.Voice == voice && Key(tr.Phrase) == Key(phrase) {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		lang   string
		typ    graph.RelType
		voice  Voice
		phrase string
	}{
		{"fr", graph.Opposed, Active, "harcèle"},
		{"fr", graph.Opposed, Active, "traquaient"},
		{"fr", graph.Opposed, Active, "harcelés par"},
		{"fr", graph.Supplies, Passive, "acheminées par"},
		{"fr", graph.Supplies, Active, "fournissent"},
		{"fr", graph.Opposed, Active, "combattu"},
		{"en", graph.Supplies, Passive, "funded by"},
		{"en", graph.Opposed, Active, "harassing"},
		{"en", graph.Trains, Active, "coaches"},
	} {
		assert.True(t, has(tc.lang, tc.typ, tc.voice, tc.phrase), "%s %s %v %q", tc.lang, tc.typ, tc.voice, tc.phrase)
	}
}
