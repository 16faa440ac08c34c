package lexicon_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

func TestLoadDictionary(t *testing.T) {
	for _, tc := range []struct {
		name, file, content string
		want                []lexicon.DictionaryActor
	}{
		{
			name: "yaml", file: "d.yaml",
			content: `# my actors
actors:
  - id: wagner-group
    aliases: [Orchestre]
  - name: Front de libération du Nord
    kind: armed-group
    country: ml
    wikidata: Q123
    successor_of: csp-dpa
`,
			want: []lexicon.DictionaryActor{
				{ID: "wagner-group", Aliases: []string{"Orchestre"}, Line: 3},
				{ID: "front-de-liberation-du-nord", Name: "Front de libération du Nord", Kind: graph.KindArmedGroup, Country: "ML", Wikidata: "Q123", SuccessorOf: "csp-dpa", Line: 5},
			},
		},
		{
			name: "json", file: "d.json",
			content: `{"actors": [
  {"id": "baykar", "aliases": ["Baykar Makina"]},
  {"id": "acme-arms", "name": "Acme Arms", "kind": "company", "country": "US"}
]}`,
			want: []lexicon.DictionaryActor{
				{ID: "baykar", Aliases: []string{"Baykar Makina"}, Line: 2},
				{ID: "acme-arms", Name: "Acme Arms", Kind: graph.KindCompany, Country: "US", Line: 3},
			},
		},
		{name: "empty yaml", file: "d.yml", content: ""},
		{name: "empty list", file: "d.yaml", content: "actors: []\n"},
		{name: "empty json", file: "d.json", content: `{"actors": []}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, tc.file, tc.content)
			d, err := lexicon.LoadDictionary(p)
			require.NoError(t, err)
			assert.Equal(t, p, d.Path)
			assert.Equal(t, tc.want, d.Actors)
		})
	}
}

func TestLoadDictionaryErrors(t *testing.T) {
	for _, tc := range []struct {
		name, file, content string
		line                int
		want                string
	}{
		{"unknown field yaml", "d.yaml", "actors:\n  - id: mali\n    alias: [x]\n", 3, `actor 1: unknown field "alias"`},
		{"unknown top field yaml", "d.yaml", "actor:\n  - id: mali\n", 1, `unknown field "actor"`},
		{"not a list", "d.yaml", "actors: mali\n", 1, "actors: want a list"},
		{"bad yaml", "d.yaml", "actors: [\n", 0, "yaml"},
		{"bad id", "d.yaml", "actors:\n  - id: Mali_Army\n    kind: state\n", 2, `actor 1 (Mali_Army): id "Mali_Army" is not a slug`},
		{"bad kind", "d.yaml", "actors:\n  - id: x\n    kind: militia\n", 2, `actor 1 (x): unknown actor kind "militia"`},
		{"bad country", "d.yaml", "actors:\n  - id: x\n    kind: state\n    country: Mali\n", 2, "is not an ISO 3166 alpha-2 code"},
		{"bad wikidata", "d.yaml", "actors:\n  - id: x\n    kind: state\n    wikidata: 912\n", 2, "is not an item id"},
		{"duplicate", "d.yaml", "actors:\n  - id: x\n    kind: state\n  - id: x\n    kind: state\n", 4, "actor 2 (x): duplicate id x (first at actor 1)"},
		{"no id no name", "d.yaml", "actors:\n  - kind: state\n", 2, "an entry needs an id or a name"},
		{"unknown field json", "d.json", "{\"actors\": [\n  {\"id\": \"x\"},\n  {\"id\": \"y\", \"alias\": []}\n]}", 3, `actor 2: json: unknown field "alias"`},
		{"unknown top field json", "d.json", `{"actor": []}`, 1, `unknown field "actor"`},
		{"trailing json", "d.json", `{"actors": []} {}`, 1, "data after the end"},
		{"bad json", "d.json", "{\"actors\": [\n  {\"id\": }\n]}", 2, "invalid character"},
		{"extension", "d.txt", "actors: []", 0, "unknown dictionary format"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, tc.file, tc.content)
			_, err := lexicon.LoadDictionary(p)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			var de *lexicon.DictionaryError
			require.True(t, errors.As(err, &de), "%T", err)
			assert.Equal(t, p, de.Path)
			assert.Equal(t, tc.line, de.Line, err.Error())
		})
	}
	_, err := lexicon.LoadDictionary("/nonexistent/dict.yaml")
	assert.Error(t, err)
}

func TestDictionaryErrorsJoined(t *testing.T) {
	p := writeFile(t, "d.yaml", "actors:\n  - id: A\n  - id: b\n    kind: nope\n")
	_, err := lexicon.LoadDictionary(p)
	require.Error(t, err)
	assert.Contains(t, err.Error(), p+":2: actor 1 (A)")
	assert.Contains(t, err.Error(), p+":3: actor 2 (b)")
}
