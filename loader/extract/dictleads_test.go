package extract_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// TestDictionaryLeaderForces checks that a leader a user dictionary
// declares stands for what it heads, as the lexicon's leaders do: the
// forces of an invented leader are his invented group's.
func TestDictionaryLeaderForces(t *testing.T) {
	d, err := lexicon.ParseDictionary("d.yaml", []byte(`actors:
  - name: Amadou Diallo
    kind: person
    leads: [{actor: front-du-nord, from: 2024-03}]
  - id: front-du-nord
    name: Front du Nord
    kind: armed_group
`))
	require.NoError(t, err)
	lex, err := lexicon.Default().With(d)
	require.NoError(t, err)
	y := extract.New(lex)
	for _, tc := range []struct {
		name, lang, date, text string
		want                   []rel
	}{
		{"fr", "fr", "2024-06", "Les combattants d'Amadou Diallo ont attaqué l'armée malienne.", []rel{{"front-du-nord", graph.Opposed, "mali", ""}}},
		{"en", "en", "2024-06", "Amadou Diallo's fighters attacked the Malian army.", []rel{{"front-du-nord", graph.Opposed, "mali", ""}}},
		{"before he led it: the person acts", "en", "2023-06", "Amadou Diallo's fighters attacked the Malian army.", []rel{{"amadou-diallo", graph.Opposed, "mali", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, relations(runDated(t, y, tc.lang, tc.date, tc.text)))
		})
	}
	// Without the dictionary's leads, the person is the one who acts.
	c, err := x.Extract(context.Background(), &graph.Article{ID: "test", Lang: "en", Text: "Amadou Diallo's fighters attacked the Malian army."})
	require.NoError(t, err)
	assert.NotContains(t, relations(c), rel{"front-du-nord", graph.Opposed, "mali", ""})
}
