package schema_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/schema"
)

// TestPagination pages through every connection with small pages, the
// cursors of one page given as `after` to the next, and checks that the
// pages add up to the whole list in order, with hasNextPage false only on
// the last, and edges' cursors equal to endCursor.
func TestPagination(t *testing.T) {
	st := loadedStore(t)
	s := newSchema(t, st, schema.Options{})
	// Make a decision log to page through.
	w := schema.WithWriteAccess(bg)
	for _, name := range []string{"Mali A", "Mali B", "Mali C", "Mali D", "Mali E"} {
		exec(t, s, w, fmt.Sprintf(`mutation { rename(actor: "mali", name: %q, author: "test") { noop } }`, name), nil)
	}
	tests := []struct {
		name string
		// query has the connection at path, taking $first and $after, and
		// selects key on each node.
		query string
		path  []any
		key   string
	}{
		{"actors", `query($first: Int, $after: String) { c: actors(first: $first, after: $after) { ...P nodes { id } } }`, []any{"c"}, "id"},
		{"actors by search", `query($first: Int, $after: String) { c: actors(search: "a", first: $first, after: $after) { ...P nodes { id } } }`, []any{"c"}, "id"},
		{"relations", `query($first: Int, $after: String) { c: relations(first: $first, after: $after, includeNegated: true) { ...P nodes { id } } }`, []any{"c"}, "id"},
		{"relations of an actor", `query($first: Int, $after: String) { a: actor(id: "mali") { c: relations(first: $first, after: $after) { ...P nodes { id } } } }`, []any{"a", "c"}, "id"},
		{"neighbours", `query($first: Int, $after: String) { a: actor(id: "mali") { c: neighbors(depth: 3, first: $first, after: $after) { ...P nodes { actor { id } } } } }`, []any{"a", "c"}, "actor"},
		{"evidence", `query($first: Int, $after: String) { r: relation(from: "burkina-faso", type: ALLIED, to: "russia") { c: evidence(first: $first, after: $after) { ...P nodes { id } } } }`, []any{"r", "c"}, "id"},
		{"articles", `query($first: Int, $after: String) { c: articles(first: $first, after: $after) { ...P nodes { id } } }`, []any{"c"}, "id"},
		{"decisions", `query($first: Int, $after: String) { c: decisions(first: $first, after: $after) { ...P nodes { seq } } }`, []any{"c"}, "seq"},
	}
	const frag = ` fragment P on %s { totalCount pageInfo { hasNextPage endCursor } edges { cursor } }`
	conns := map[string]string{"actors": "ActorConnection", "actors by search": "ActorConnection", "relations": "RelationConnection",
		"relations of an actor": "RelationConnection", "neighbours": "NeighborConnection", "evidence": "EvidenceConnection",
		"articles": "ArticleConnection", "decisions": "DecisionConnection"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := tt.query + fmt.Sprintf(frag, conns[tt.name])
			whole := get(exec(t, s, bg, q, map[string]any{"first": 500}), tt.path...)
			var want []any
			for _, n := range get(whole, "nodes").([]any) {
				want = append(want, get(n, tt.key))
			}
			total := get(whole, "totalCount").(float64)
			require.Equal(t, int(total), len(want))
			require.GreaterOrEqual(t, len(want), 3, "enough to page")
			assert.Equal(t, false, get(whole, "pageInfo", "hasNextPage"))

			var got []any
			vars := map[string]any{"first": 2}
			for pages := 0; ; pages++ {
				require.Less(t, pages, 500, "pages do not end")
				c := get(exec(t, s, bg, q, vars), tt.path...)
				assert.Equal(t, total, get(c, "totalCount"))
				nodes := get(c, "nodes").([]any)
				for _, n := range nodes {
					got = append(got, get(n, tt.key))
				}
				more := get(c, "pageInfo", "hasNextPage").(bool)
				if len(nodes) > 0 {
					edges := get(c, "edges").([]any)
					assert.Equal(t, get(edges, len(edges)-1, "cursor"), get(c, "pageInfo", "endCursor"))
				}
				if !more {
					break
				}
				assert.Len(t, nodes, 2)
				vars["after"] = get(c, "pageInfo", "endCursor")
			}
			assert.Equal(t, want, got)

			// first: 0 gives the count and whether anything follows.
			c := get(exec(t, s, bg, q, map[string]any{"first": 0}), tt.path...)
			assert.Empty(t, get(c, "nodes"))
			assert.Equal(t, true, get(c, "pageInfo", "hasNextPage"))
			assert.Equal(t, total, get(c, "totalCount"))
		})
	}
}
