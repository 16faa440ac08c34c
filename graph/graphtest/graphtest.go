package graphtest

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

// NewStore opens a fresh store for the test: in memory, or on disk in
// t.TempDir() when onDisk is given and true. It is closed by t.Cleanup.
func NewStore(t testing.TB, onDisk ...bool) *graph.Store {
	t.Helper()
	opts := &graph.Options{InMemory: true}
	dir := ""
	if len(onDisk) > 0 && onDisk[0] {
		opts.InMemory = false
		dir = t.TempDir()
	}
	s, err := graph.Open(dir, opts)
	require.NoError(t, err)
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// Ingest ingests claims and fails the test on error.
func Ingest(t testing.TB, s *graph.Store, c *graph.Claims) graph.IngestResult {
	t.Helper()
	res, err := s.Ingest(context.Background(), c)
	require.NoError(t, err)
	return res
}

// RequireConsistent runs Check and fails the test with the differences
// when the store is not consistent.
func RequireConsistent(t testing.TB, s *graph.Store) {
	t.Helper()
	rep, err := s.Check(context.Background())
	require.NoError(t, err)
	require.Truef(t, rep.OK(), "check found %d differences: %v", rep.Total, rep.Differences)
}

// Article builds claims for a small article: actors are given as
// "id:kind" strings, relations as "from type to" with one asserted
// evidence sentence each.
func Article(id, date, outlet string, actors []string, relations ...string) *graph.Claims {
	c := &graph.Claims{Version: 1, Article: graph.Article{ID: id, Date: graph.MustDate(date), Outlet: outlet}}
	for _, a := range actors {
		var aid, kind string
		for i := range a {
			if a[i] == ':' {
				aid, kind = a[:i], a[i+1:]
			}
		}
		c.Actors = append(c.Actors, graph.ClaimActor{ID: aid, Name: aid, Kind: graph.Kind(kind)})
	}
	for i, r := range relations {
		var from, typ, to string
		fmt.Sscan(r, &from, &typ, &to)
		c.Relations = append(c.Relations, graph.ClaimRelation{From: from, Type: graph.RelType(typ), To: to,
			Evidence: []graph.ClaimEvidence{{Sentence: fmt.Sprintf("%s %s %s (sentence %d).", from, typ, to, i)}}})
	}
	return c
}
