package schema_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/schema"
)

// nested returns a query n fields deep along actor → relations → nodes →
// from → relations → ...
func nested(n int) string {
	var b strings.Builder
	b.WriteString(`{ actor(id: "mali") `)
	depth := 1
	closing := 1
	for depth+3 <= n {
		b.WriteString(`{ relations(first: 1) { nodes { from `)
		depth += 3
		closing += 3
	}
	b.WriteString(`{ id }`)
	b.WriteString(strings.Repeat(" }", closing))
	return b.String()
}

// aliases returns a query with n aliases of a list field.
func aliases(n int, field string) string {
	var b strings.Builder
	b.WriteString("{ ")
	for i := range n {
		fmt.Fprintf(&b, "a%d: %s ", i, field)
	}
	b.WriteString("}")
	return b.String()
}

// fragmentBomb returns a query whose fragments double at each of n levels.
func fragmentBomb(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "{ ...F%d } fragment F0 on Query { stats { actors } } ", n)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d } ", i, i-1, i-1)
	}
	return b.String()
}

// TestLimits: each hostile request gets a clear error with the
// LIMIT_EXCEEDED code (or BAD_REQUEST), quickly, and the schema goes on
// answering.
func TestLimits(t *testing.T) {
	st := loadedStore(t)
	s := newSchema(t, st, schema.Options{})
	tests := []struct {
		name  string
		query string
		vars  map[string]any
		want  string
	}{
		{"nested 50 deep", nested(50), nil, "maximum depth of 15"},
		{"unknown fields nested 50 deep", "{" + strings.Repeat(" a {", 50) + " b" + strings.Repeat(" }", 51), nil, "maximum depth of 15"},
		{"first 1000000", `{ actors(first: 1000000) { totalCount } }`, nil, "first: 1000000 exceeds the maximum page size of 500"},
		{"first 1000000 in a variable", `query($n: Int) { actors(first: $n) { totalCount } }`, map[string]any{"n": 1e6}, "first: 1000000 exceeds the maximum page size of 500"},
		{"first 1000000 as a variable's default", `query($n: Int = 1000000) { relations(first: $n) { totalCount } }`, nil, "exceeds the maximum page size of 500"},
		{"first above Int", `{ actors(first: 99999999999) { totalCount } }`, nil, "exceeds the maximum page size of 500"},
		{"nested first 1000000", `{ actor(id: "mali") { relations { nodes { evidence(first: 1000000) { totalCount } } } } }`, nil, "first: 1000000 exceeds"},
		{"5000 aliases of a list field", aliases(5000, `actors(first: 50) { nodes { id } }`), nil, "more than 100000 nodes"},
		{"pages within pages", `{ actors(first: 500) { nodes { relations(first: 500) { nodes { id } } } } }`, nil, "more than 100000 nodes"},
		{"fragment cycle", `{ ...A } fragment A on Query { stats { actors } ...B } fragment B on Query { ...A }`, nil, "fragment cycle: A → B → A"},
		{"fragment spreading itself", `{ actor(id: "mali") { ...S } } fragment S on Actor { id successorOf { ...S } }`, nil, "fragment cycle: S → S"},
		{"fragments doubling 40 times", fragmentBomb(40), nil, "maximum cost"},
		{"subgraph maxNodes", `{ subgraph(center: "mali", maxNodes: 501) { truncated } }`, nil, "maxNodes: 501 exceeds the maximum page size of 500"},
		{"subgraph maxEdges", `{ subgraph(center: "mali", maxEdges: 5001) { truncated } }`, nil, "maxEdges: 5001 exceeds the maximum of 5000"},
		{"path maxHops", `{ path(from: "mali", to: "turkey", maxHops: 50) { length } }`, nil, "maxHops: 50 is outside 1 to 8"},
		{"neighbors depth", `{ actor(id: "mali") { neighbors(depth: 9) { totalCount } } }`, nil, "depth: 9 is outside 1 to 4"},
		{"subgraph depth", `{ subgraph(center: "mali", depth: 5) { truncated } }`, nil, "depth: 5 is outside 0 to 4"},
		{"introspection nested", `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`, nil, "more than 100000 nodes"},
	}
	actors := get(exec(t, s, bg, `{ stats { actors } }`, nil), "stats", "actors")
	require.Greater(t, actors, 0.0)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			msg, code := execErr(t, s, bg, tt.query, tt.vars)
			assert.Contains(t, msg, tt.want)
			assert.Contains(t, []any{schema.CodeLimit, schema.CodeInvalid}, code)
			assert.Less(t, time.Since(start), 10*time.Second)
			// The schema goes on answering, with the same graph.
			d := exec(t, s, bg, `{ stats { actors } }`, nil)
			assert.Equal(t, actors, get(d, "stats", "actors"))
		})
	}
}

// TestLimitOptions: the limits follow Options, and the standard
// introspection query passes the default cost.
func TestLimitOptions(t *testing.T) {
	st := loadedStore(t)
	small := newSchema(t, st, schema.Options{MaxDepth: 3, MaxPageSize: 10, MaxCost: 50, MaxQueryBytes: 200})
	tests := []struct{ name, query, want string }{
		{"depth", `{ actor(id: "mali") { relations(first: 1) { nodes { id } } } }`, "maximum depth of 3"},
		{"page", `{ actors(first: 11) { totalCount } }`, "maximum page size of 10"},
		{"default page above the maximum", `{ actors { totalCount } }`, "first: 50 exceeds the maximum page size of 10"},
		{"cost", `{ actors(first: 10) { nodes { id name kind country mentions } } }`, "more than 50 nodes"},
		{"length", `{ stats { actors } }` + strings.Repeat(" ", 200), "exceeds the maximum of 200 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg, code := execErr(t, small, bg, tt.query, nil)
			assert.Contains(t, msg, tt.want)
			assert.Equal(t, schema.CodeLimit, code)
		})
	}
	t.Run("introspection query within the default cost", func(t *testing.T) {
		s := newSchema(t, st, schema.Options{})
		n, err := s.Cost(schema.Request{Query: introspectionQuery})
		require.NoError(t, err)
		assert.Less(t, n, schema.DefaultMaxCost)
		exec(t, s, bg, introspectionQuery, nil)
	})
}

// TestCost checks the cost model on small queries: every field once per
// value it has, lists multiplied by their first or their bound.
func TestCost(t *testing.T) {
	s := newSchema(t, loadedStoreEmpty(t), schema.Options{})
	tests := []struct {
		name  string
		query string
		vars  map[string]any
		cost  int
	}{
		{"scalars", `{ stats { actors relations } }`, nil, 3},
		{"a connection", `{ actors(first: 10) { totalCount nodes { id name } } }`, nil, 1 + 1 + 1 + 10*2},
		{"the default first", `{ actors { nodes { id } } }`, nil, 1 + 1 + 50},
		{"first from a variable", `query($n: Int) { actors(first: $n) { nodes { id } } }`, map[string]any{"n": 7}, 1 + 1 + 7},
		{"edges", `{ actors(first: 10) { edges { cursor node { id } } } }`, nil, 1 + 1 + 10*3},
		{"nested", `{ actors(first: 10) { nodes { relations(first: 5) { nodes { id } } } } }`, nil, 1 + 1 + 10*(1+1+5)},
		{"aliases count apart", `{ a: actors(first: 10) { nodes { id } } b: actors(first: 10) { nodes { id } } }`, nil, 2 * (1 + 1 + 10)},
		{"fragments count where spread", `{ a: actor(id: "x") { ...F } b: actor(id: "y") { ...F } } fragment F on Actor { id name }`, nil, 2 * 3},
		{"path", `{ path(from: "a", to: "b", maxHops: 3) { actors { id } relations { id } } }`, nil, 1 + 1 + 4 + 1 + 3},
		{"subgraph", `{ subgraph(center: "a", maxNodes: 10, maxEdges: 20) { nodes { id } edges { source } } }`, nil, 1 + 1 + 10 + 1 + 20},
		{"other lists by their bound", `{ actor(id: "a") { aliases { form } } }`, nil, 1 + 1 + 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := s.Cost(schema.Request{Query: tt.query, Variables: tt.vars})
			require.NoError(t, err)
			assert.Equal(t, tt.cost, n)
		})
	}
}

// TestTimeout: a request out of time says so.
func TestTimeout(t *testing.T) {
	st := loadedStore(t)
	s := newSchema(t, st, schema.Options{Timeout: time.Nanosecond})
	msg, code := execErr(t, s, bg, `{ stats { actors } }`, nil)
	assert.Contains(t, msg, "timed out")
	assert.Equal(t, schema.CodeTimeout, code)

	s = newSchema(t, st, schema.Options{})
	ctx, cancel := context.WithCancel(bg)
	cancel()
	resp := s.Exec(ctx, schema.Request{Query: `{ stats { actors } }`})
	require.NotEmpty(t, resp.Errors, "a cancelled request")
}

// panicky is an extractor that panics: a resolver's panic must become an
// error of the response.
type panicky struct{}

func (panicky) Extract(context.Context, *graph.Article) (*graph.Claims, error) {
	panic("extractor exploded")
}

func TestPanicRecovered(t *testing.T) {
	st := loadedStoreEmpty(t)
	s := newSchema(t, st, schema.Options{Extractor: panicky{}})
	msg, code := execErr(t, s, schema.WithWriteAccess(bg), `mutation { ingestArticle(text: "Russia supplies Mali.") { status } }`, nil)
	assert.Contains(t, msg, "extractor exploded")
	assert.Equal(t, schema.CodeInternal, code)
	exec(t, s, bg, `{ stats { actors } }`, nil)
}

const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}`
