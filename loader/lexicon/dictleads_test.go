package lexicon_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// TestDictionaryLeads checks that a user dictionary carries who leads what,
// in YAML and JSON, and that With checks the facts against every actor.
func TestDictionaryLeads(t *testing.T) {
	yamlDict := `actors:
  - name: Amadou Diallo
    kind: person
    leads:
      - {actor: front-du-nord, from: 2024-03}
      - actor: mali
        until: "2019"
  - id: front-du-nord
    name: Front du Nord
    kind: armed_group
`
	jsonDict := `{"actors": [
  {"name": "Amadou Diallo", "kind": "person", "leads": [{"actor": "front-du-nord", "from": "2024-03"}, {"actor": "mali", "until": "2019"}]},
  {"id": "front-du-nord", "name": "Front du Nord", "kind": "armed_group"}
]}`
	for _, tc := range []struct{ file, content string }{{"d.yaml", yamlDict}, {"d.json", jsonDict}} {
		t.Run(tc.file, func(t *testing.T) {
			d, err := lexicon.ParseDictionary(tc.file, []byte(tc.content))
			require.NoError(t, err)
			require.Len(t, d.Actors, 2)
			assert.Equal(t, []lexicon.Lead{{ID: "front-du-nord", From: "2024-03"}, {ID: "mali", Until: "2019"}}, d.Actors[0].Leads)
			lex, err := lexicon.Default().With(d)
			require.NoError(t, err)
			a, ok := lex.Actor("amadou-diallo")
			require.True(t, ok)
			assert.Equal(t, "front-du-nord", a.LedAt("2025-01"))
			assert.Equal(t, "mali", a.LedAt("2018"))
			assert.Equal(t, "mali", a.LedAt("2020"), "the leadership that ended last")
		})
	}

	// A dictionary adds a leadership to an actor of the lexicon, after its
	// own, and leaves the lexicon it came from as it was.
	base := lexicon.Default()
	putin, _ := base.Actor("vladimir-putin")
	before := len(putin.Leads)
	d, err := lexicon.ParseDictionary("d.yaml", []byte("actors:\n  - id: vladimir-putin\n    leads: [{actor: wagner-group, from: 2023-08}]\n"))
	require.NoError(t, err)
	lex, err := base.With(d)
	require.NoError(t, err)
	p, _ := lex.Actor("vladimir-putin")
	assert.Len(t, p.Leads, before+1)
	assert.Equal(t, "wagner-group", p.Leads[before].ID)
	putin, _ = base.Actor("vladimir-putin")
	assert.Len(t, putin.Leads, before, "the base lexicon is unchanged")

	for _, tc := range []struct{ name, content, want string }{
		{"bad date", "actors:\n  - id: mali\n  - name: X Y\n    kind: person\n    leads: [{actor: mali, from: May 2020}]\n",
			`d.yaml:3: actor 2 (x-y): leads mali: date "May 2020" is not YYYY, YYYY-MM or YYYY-MM-DD`},
		{"not a slug", "actors:\n  - name: X Y\n    kind: person\n    leads: [{actor: Not A Slug}]\n",
			`d.yaml:2: actor 1 (x-y): leads: actor "Not A Slug" is not a slug`},
		{"from after until", "actors:\n  - name: X Y\n    kind: person\n    leads: [{actor: mali, from: 2021, until: 2020}]\n",
			"d.yaml:2: actor 1 (x-y): leads mali: from 2021 is after until 2020"},
		{"unknown field", "actors:\n  - name: X Y\n    kind: person\n    leads: [{actor: mali, since: 2021}]\n",
			`d.yaml:4: actor 1: leads: unknown field "since" (want actor, from, until)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := lexicon.ParseDictionary("d.yaml", []byte(tc.content))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}

	_, err = lexicon.ParseDictionary("d.json", []byte(`{"actors": [{"name": "X Y", "kind": "person", "leads": [{"actor": "mali", "since": "2021"}]}]}`))
	assert.ErrorContains(t, err, `d.json:1: actor 1: json: unknown field "since"`)

	for _, tc := range []struct{ name, content, want string }{
		{"unknown actor", "actors:\n  - name: X Y\n    kind: person\n    leads: [{actor: nobody-known}]\n",
			`d.yaml:2: actor 1 (x-y): leads "nobody-known", which is not an actor of the lexicon`},
		{"a person cannot lead a person", "actors:\n  - name: X Y\n    kind: person\n    leads: [{actor: vladimir-putin}]\n",
			"d.yaml:2: actor 1 (x-y): cannot lead vladimir-putin (person)"},
		{"a company leads nothing", "actors:\n  - name: Acme Arms\n    kind: company\n    leads: [{actor: mali}]\n",
			"d.yaml:2: actor 1 (acme-arms): cannot lead mali (state)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := lexicon.ParseDictionary("d.yaml", []byte(tc.content))
			require.NoError(t, err)
			_, err = lexicon.Default().With(d)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// TestExampleDictionary keeps examples/dictionary.yaml valid.
func TestExampleDictionary(t *testing.T) {
	d, err := lexicon.LoadDictionary("../../examples/dictionary.yaml")
	require.NoError(t, err)
	lex, err := lexicon.Default().With(d)
	require.NoError(t, err)
	a, ok := lex.Actor("amadou-diallo")
	require.True(t, ok)
	assert.Equal(t, "front-du-nord", a.LedAt("2025"))
}
