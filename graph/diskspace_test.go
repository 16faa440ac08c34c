package graph_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// fixtureDB writes a database of a few articles in a new directory and
// closes it.
func fixtureDB(t *testing.T) (dir string, want *graph.Stats) {
	t.Helper()
	dir = t.TempDir()
	s, err := graph.Open(dir, nil)
	require.NoError(t, err)
	for i := range 5 {
		graphtest.Ingest(t, s, graphtest.Article(fmt.Sprintf("a%d", i), "2024-0"+fmt.Sprint(i+1), "outlet",
			[]string{"mali:state", "wagner-group:armed_group", "turkey:state"},
			"wagner-group trains mali", "turkey supplies mali", "mali allied turkey"))
	}
	want, err = s.Stats(context.Background())
	require.NoError(t, err)
	require.NoError(t, s.Close())
	return dir, want
}

// setRaw writes key=value into a closed database directly.
func setRaw(t *testing.T, dir string, key, value []byte) {
	t.Helper()
	db, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	require.NoError(t, err)
	require.NoError(t, db.Update(func(txn *badger.Txn) error { return txn.Set(key, value) }))
	require.NoError(t, db.Close())
}

// TestGarbledCounters garbles the counters record (m/stats, derived): a
// read-only store says what is wrong and Check reports it without
// failing; a writable store opens (it used to fail: "resume decisions"),
// recomputes the counters, says so, and is consistent.
func TestGarbledCounters(t *testing.T) {
	for _, garbage := range [][]byte{{0xff, 0x00, 0x13}, []byte(`{"actors": "many"`), nil} {
		t.Run(fmt.Sprintf("%q", garbage), func(t *testing.T) {
			ctx := context.Background()
			dir, want := fixtureDB(t)
			setRaw(t, dir, []byte("m/stats"), garbage)

			ro, err := graph.Open(dir, &graph.Options{ReadOnly: true})
			require.NoError(t, err)
			_, err = ro.Stats(ctx)
			require.Error(t, err)
			assert.Contains(t, err.Error(), `m/stats`)
			assert.Contains(t, err.Error(), "read-write")
			rep, err := ro.Check(ctx)
			require.NoError(t, err, "check reports a garbled counters record, it does not fail on it")
			require.False(t, rep.OK())
			assert.Equal(t, 1, rep.Total, "%v", rep.Differences)
			assert.Contains(t, fmt.Sprint(rep.Differences), "counters record unreadable")
			assert.Empty(t, ro.OpenRepairs(), "a read-only store repairs nothing")
			require.NoError(t, ro.Close())

			s, err := graph.Open(dir, nil)
			require.NoError(t, err, "a garbled derived record does not keep the store from opening")
			require.Len(t, s.OpenRepairs(), 1)
			assert.Contains(t, s.OpenRepairs()[0], "m/stats")
			got, err := s.Stats(ctx)
			require.NoError(t, err)
			assert.Equal(t, want, got, "the counters are recomputed")
			graphtest.RequireConsistent(t, s)
			graphtest.Ingest(t, s, graphtest.Article("a9", "2024-09", "outlet", []string{"mali:state", "niger:state"}, "mali allied niger"))
			graphtest.RequireConsistent(t, s)
			require.NoError(t, s.Close())

			s, err = graph.Open(dir, nil)
			require.NoError(t, err)
			assert.Empty(t, s.OpenRepairs(), "repaired once")
			require.NoError(t, s.Close())
		})
	}
}

// TestMinFree opens and writes with a headroom no disk has: Open refuses
// a writable store with ErrDiskFull naming the directory, the writer
// refuses a batch, and read-only and in-memory stores are not checked.
func TestMinFree(t *testing.T) {
	ctx := context.Background()
	dir, want := fixtureDB(t)
	huge := int64(1) << 60

	_, err := graph.Open(dir, &graph.Options{MinFree: huge})
	require.ErrorIs(t, err, graph.ErrDiskFull)
	var de *graph.DiskFullError
	require.True(t, errors.As(err, &de))
	assert.Equal(t, dir, de.Dir)
	assert.Equal(t, huge, de.Need)
	assert.Contains(t, err.Error(), dir)
	assert.Contains(t, err.Error(), "free")

	ro, err := graph.Open(dir, &graph.Options{ReadOnly: true, MinFree: huge})
	require.NoError(t, err, "reading needs no headroom")
	got, err := ro.Stats(ctx)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	require.NoError(t, ro.CheckFree())
	require.NoError(t, ro.Close())

	mem, err := graph.Open("", &graph.Options{InMemory: true, MinFree: huge})
	require.NoError(t, err)
	graphtest.Ingest(t, mem, graphtest.Article("m1", "2024", "o", []string{"mali:state", "niger:state"}, "mali allied niger"))
	require.NoError(t, mem.Close())

	// -1: no check at all.
	s, err := graph.Open(dir, &graph.Options{MinFree: -1})
	require.NoError(t, err)
	require.NoError(t, s.CheckFree())
	require.NoError(t, s.Close())
}

// TestDiskFullError checks the message and matching of the error.
func TestDiskFullError(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{&graph.DiskFullError{Dir: "/d", Free: 37 << 20, Need: 256 << 20}, "not enough free disk space for /d: 37.0 MiB free, 256.0 MiB of headroom needed before writing"},
		{&graph.DiskFullError{Dir: "x", Free: 512, Need: 2 << 30}, "not enough free disk space for x: 512 B free, 2.0 GiB of headroom needed before writing"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.err.Error())
		assert.ErrorIs(t, fmt.Errorf("wrapped: %w", tt.err), graph.ErrDiskFull)
		assert.NotErrorIs(t, tt.err, graph.ErrReadOnly)
	}
	assert.Equal(t, int64(256<<20), int64(graph.DefaultMinFree))
}
