package loader

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

const claimsLine = `{"version": 1, "article": {"id": "acme-1", "date": "2024-03", "text": "Wagner trains the Malian army."}, ` +
	`"actors": [{"id": "wagner-group", "name": "Wagner Group", "kind": "armed_group", "aliases": ["Wagner"]}, {"name": "Mali", "kind": "state"}], ` +
	`"relations": [{"from": "wagner-group", "type": "trains", "to": "Mali", "evidence": [{"sentence": "Wagner trains the Malian army.", "start": 0, "end": 30, "hedged": true, "confidence": 0.8}]}]}`

func TestReadClaims(t *testing.T) {
	items := readString(t, "a.claims.jsonl", "\n"+claimsLine+"\n", ReadOptions{})
	require.Len(t, items, 1)
	it := items[0]
	require.Nil(t, it.Err)
	require.NotNil(t, it.Claims)
	assert.Nil(t, it.Article)
	assert.Equal(t, 2, it.Line)
	c := it.Claims
	assert.Equal(t, 1, c.Version)
	assert.Equal(t, "acme-1", c.Article.ID)
	assert.Equal(t, graph.MustDate("2024-03"), c.Article.Date)
	assert.Equal(t, graph.ContentHash(c.Article.Text), c.Article.ContentHash)
	require.Len(t, c.Relations, 1)
	assert.Equal(t, graph.Trains, c.Relations[0].Type)
	require.Len(t, c.Relations[0].Evidence, 1)
	assert.True(t, c.Relations[0].Evidence[0].Hedged)
}

func TestReadClaimsDefaults(t *testing.T) {
	in := `{"version": 1, "article": {"url": "https://e.org/a"}, "actors": [], "relations": []}`
	items := readString(t, "a.claims.jsonl", in, ReadOptions{Defaults: Defaults{Date: graph.MustDate("2023"), Lang: "en", URL: "https://e.org/other", Outlet: "O"}})
	require.Len(t, items, 1)
	require.NotNil(t, items[0].Claims)
	a := items[0].Claims.Article
	assert.Equal(t, graph.Article{ID: "https://e.org/a", URL: "https://e.org/a", Date: graph.MustDate("2023"), Lang: "en", Outlet: "O"}, a)
}

func TestReadClaimsErrors(t *testing.T) {
	actors := `"actors": [{"name": "Mali", "kind": "state"}, {"name": "Assimi Goita", "kind": "person"}]`
	for _, tc := range []struct {
		name    string
		line    string
		max     int
		wantIs  error
		wantMsg string
	}{
		{"type rule", `{"version": 1, "article": {"id": "a"}, ` + actors + `, "relations": [{"from": "Mali", "type": "trains", "to": "Assimi Goita"}]}`,
			0, graph.ErrTypeRule, "type rule: mali (state) trains assimi-goita (person): trains joins state, armed_group, company or organisation to state, armed_group or organisation"},
		{"two type rules", `{"version": 1, "article": {"id": "a"}, ` + actors + `, "relations": [{"from": "Mali", "type": "trains", "to": "Assimi Goita"}, {"from": "Mali", "type": "leads", "to": "Assimi Goita"}]}`,
			0, graph.ErrTypeRule, "type rule: mali (state) trains assimi-goita (person): trains joins state, armed_group, company or organisation to state, armed_group or organisation; type rule: mali (state) leads assimi-goita (person): leads joins person to state, armed_group, company or organisation"},
		{"unknown field", `{"version": 1, "article": {"id": "a"}, "actors": [], "relations": [], "source": "x"}`, 0, nil, `unknown field "source"`},
		{"unknown nested field", `{"version": 1, "article": {"id": "a", "author": "x"}, "actors": [], "relations": []}`, 0, nil, `unknown field "author"`},
		{"unknown end", `{"version": 1, "article": {"id": "a"}, ` + actors + `, "relations": [{"from": "Mali", "type": "allied", "to": "Russia"}]}`,
			0, graph.ErrInvalidClaims, `relation 1: to "Russia" names no actor of the claims`},
		{"unknown kind", `{"version": 1, "article": {"id": "a"}, "actors": [{"name": "X", "kind": "tribe"}], "relations": []}`,
			0, graph.ErrInvalidClaims, `actor 1: unknown actor kind "tribe"`},
		{"no article id", `{"version": 1, "article": {}, "actors": [], "relations": []}`, 0, graph.ErrInvalidClaims, "article has no id, url or text"},
		{"version", `{"version": 2, "article": {"id": "a"}}`, 0, graph.ErrInvalidClaims, "claims version 2 is not supported (want 1)"},
		{"bad date", `{"version": 1, "article": {"id": "a", "date": "soon"}}`, 0, nil, `unparseable date "soon"`},
		{"wrong type", `{"version": "1", "article": {"id": "a"}}`, 0, nil, `field "version": want a whole number, got string`},
		{"data after", `{"version": 1, "article": {"id": "a"}} {}`, 0, nil, "invalid JSON: data after the object"},
		{"broken", `{"version": 1, "article": {"id": "a"`, 0, nil, "invalid JSON at column 37: unexpected end of JSON input"},
		{"text above the limit", `{"version": 1, "article": {"id": "a", "text": "` + strings.Repeat("x", 101) + `"}}`, 100, graph.ErrTooLarge, "article of 101 bytes exceeds the limit of 100 bytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items := readString(t, "a.claims.jsonl", claimsLine+"\n"+tc.line+"\n"+claimsLine, ReadOptions{MaxArticleBytes: tc.max})
			require.Len(t, items, 3, "the other lines go on")
			assert.NotNil(t, items[0].Claims)
			assert.NotNil(t, items[2].Claims)
			it := items[1]
			require.NotNil(t, it.Err)
			assert.Nil(t, it.Claims)
			assert.Equal(t, 2, it.Err.Line)
			assert.Contains(t, it.Err.Error(), "a.claims.jsonl:2: "+tc.wantMsg)
			if tc.wantIs != nil {
				assert.ErrorIs(t, it.Err, tc.wantIs)
			}
		})
	}
}
