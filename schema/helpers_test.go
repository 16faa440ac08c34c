package schema_test

import (
	"context"
	"encoding/json"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/lexicon"
	"github.com/actorgraph/actorgraph/schema"
)

var bg = context.Background()

// extractor is the default extractor, built once.
var extractor = sync.OnceValue(func() *extract.Extractor { return extract.New(lexicon.Default()) })

// loadedStore returns a fresh store on disk with the bundled sample
// articles loaded through the loader, as "actorgraph load" loads them.
func loadedStore(t testing.TB) *graph.Store {
	t.Helper()
	st := graphtest.NewStore(t, true)
	l := &loader.Loader{Store: st, Extractor: extractor(), Workers: 2}
	sum, err := l.Load(bg, "../testdata/articles")
	require.NoError(t, err)
	require.True(t, sum.OK(), "load: %v", sum.Failures)
	return st
}

// newSchema builds the schema over st with opts.
func newSchema(t testing.TB, st *graph.Store, opts schema.Options) *schema.Schema {
	t.Helper()
	if opts.Extractor == nil {
		opts.Extractor = extractor()
	}
	s, err := schema.New(st, opts)
	require.NoError(t, err)
	return s
}

// exec runs a query that must succeed and returns its data decoded.
func exec(t testing.TB, s *schema.Schema, ctx context.Context, q string, vars map[string]any) map[string]any {
	t.Helper()
	resp := s.Exec(ctx, schema.Request{Query: q, Variables: vars})
	require.Empty(t, resp.Errors, "query %s", q)
	var data map[string]any
	require.NoError(t, json.Unmarshal(resp.Data, &data))
	return data
}

// execErr runs a query that must fail and returns its first error's
// message and code.
func execErr(t testing.TB, s *schema.Schema, ctx context.Context, q string, vars map[string]any) (string, any) {
	t.Helper()
	resp := s.Exec(ctx, schema.Request{Query: q, Variables: vars})
	require.NotEmpty(t, resp.Errors, "query %s: want an error, got %s", q, resp.Data)
	return resp.Errors[0].Message, resp.Errors[0].Extensions["code"]
}

// get walks decoded JSON: get(m, "a", "b", 0, "c").
func get(v any, path ...any) any {
	for _, p := range path {
		switch p := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[p]
		case int:
			l, ok := v.([]any)
			if !ok || p >= len(l) {
				return nil
			}
			v = l[p]
		}
	}
	return v
}

// loadedStoreEmpty returns a fresh, empty store on disk.
func loadedStoreEmpty(t testing.TB) *graph.Store {
	t.Helper()
	return graphtest.NewStore(t, true)
}
