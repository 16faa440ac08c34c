package schema_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/schema"
)

// FuzzExec runs arbitrary query documents (and variables) under the
// default limits on the sample graph: every answer is JSON and no resolver
// panics (Exec would report an INTERNAL error).
func FuzzExec(f *testing.F) {
	st := loadedStore(f)
	s := newSchema(f, st, schema.Options{Timeout: 5 * time.Second})
	for _, q := range []string{
		`{ stats { actors relations evidence articles } }`,
		`{ actor(name: "goita") { id name relations { nodes { from { id } type to { id } } } } }`,
		`{ path(from: "turkey", to: "wagner-group", maxHops: 3) { length actors { name } } }`,
		`{ subgraph(center: "mali", depth: 2) { nodes { id } edges { source target type } } }`,
		`{ relations(types: [SUPPLIES], first: 3) { totalCount nodes { evidence(first: 1) { nodes { sentence } } } } }`,
		`query T($a: ID!) { timeline(a: $a, by: MONTH) { points { period type } undated } }`,
		nested(40), aliases(300, `actors(first: 50) { nodes { id } }`), fragmentBomb(20),
		`{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`,
		`mutation { ingestArticle(text: "x") { status } }`,
		`{ __schema { types { name fields { name type { name ofType { name } } } } } }`,
		"{" + strings.Repeat(" a {", 40) + " b" + strings.Repeat(" }", 41),
		`{ actors(first: -1, after: "\u0000") { nodes { id } } }`,
	} {
		f.Add(q, `{"a": "mali"}`)
	}
	f.Fuzz(func(t *testing.T, query, vars string) {
		var v map[string]any
		_ = json.Unmarshal([]byte(vars), &v)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		resp := s.Exec(ctx, schema.Request{Query: query, Variables: v})
		b, err := json.Marshal(resp)
		if err != nil {
			t.Fatalf("answer not JSON: %v", err)
		}
		if strings.Contains(string(b), `"INTERNAL"`) {
			t.Fatalf("internal error for %q: %s", query, b)
		}
	})
}
