package graph_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// firstKeyIn returns the first key under prefix in a closed database.
func firstKeyIn(t *testing.T, dir, prefix string) []byte {
	t.Helper()
	db, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil).WithReadOnly(true))
	require.NoError(t, err)
	defer db.Close()
	var key []byte
	require.NoError(t, db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefix)})
		defer it.Close()
		if it.Rewind(); it.Valid() {
			key = it.Item().KeyCopy(nil)
		}
		return nil
	}))
	require.NotNilf(t, key, "no key under %s", prefix)
	return key
}

// TestGarbledDerivedRecords garbles one derived record of each kind — an
// actor record, a relation aggregate, an in-neighbour summary, an
// evidence index value, a mention, a curation state, a curated alias, the
// counters — and requires that the store still opens for writing and that
// Check reports the record as a difference (which check --repair mends)
// rather than failing: a derived record is never a reason to refuse.
func TestGarbledDerivedRecords(t *testing.T) {
	ctx := context.Background()
	for _, prefix := range []string{"n/", "o/", "i/", "e/", "x/", "c/", "u/", "m/stats"} {
		t.Run(prefix, func(t *testing.T) {
			dir, _ := fixtureDB(t)
			s, err := graph.Open(dir, nil)
			require.NoError(t, err)
			_, err = s.Decide(ctx, graph.Decision{Op: graph.OpAliasAdd, Actor: "mali", Form: "Bamako"}, nil)
			require.NoError(t, err)
			require.NoError(t, s.Close())
			setRaw(t, dir, firstKeyIn(t, dir, prefix), []byte{0xff, 0x00, 0x13})

			s, err = graph.Open(dir, nil)
			require.NoError(t, err, "a garbled %s record does not keep the store from opening", prefix)
			defer s.Close()
			rep, err := s.Check(ctx)
			require.NoError(t, err, "check reports a garbled %s record, it does not fail on it", prefix)
			if prefix == "m/stats" {
				assert.True(t, rep.OK(), "Open recomputed the counters: %v", rep.Differences)
				assert.NotEmpty(t, s.OpenRepairs())
				return
			}
			require.False(t, rep.OK(), "check finds the garbled %s record", prefix)
			assert.Contains(t, fmt.Sprint(rep.Differences), prefix)
		})
	}
}

// TestOpenAfterKillLeavesEmptyLog: a process killed right after Badger
// creates a memtable or value log file leaves it empty, and Badger then
// refuses the directory ("Create a new file"); Open removes the empty
// file, says so, and the graph is all there.
func TestOpenAfterKillLeavesEmptyLog(t *testing.T) {
	ctx := context.Background()
	for _, name := range []string{"00042.mem", "000042.vlog"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			st, err := graph.Open(dir, nil)
			require.NoError(t, err)
			graphtest.Ingest(t, st, graphtest.Article("a1", "2024-05", "", []string{"turkey:state", "mali:state"}, "turkey supplies mali"))
			want, err := st.Stats(ctx)
			require.NoError(t, err)
			require.NoError(t, st.Close())
			require.NoError(t, os.WriteFile(filepath.Join(dir, name), nil, 0o644))

			st, err = graph.Open(dir, nil)
			require.NoError(t, err, "an empty %s keeps the store from opening", name)
			defer st.Close()
			assert.Contains(t, strings.Join(st.OpenRepairs(), "; "), "empty log file")
			got, err := st.Stats(ctx)
			require.NoError(t, err)
			assert.Equal(t, want, got)
			r, err := st.Relation(ctx, "turkey", graph.Supplies, "mali")
			require.NoError(t, err)
			assert.Equal(t, 1, r.Asserted)
			graphtest.RequireConsistent(t, st)
			_, err = os.Stat(filepath.Join(dir, name))
			assert.True(t, os.IsNotExist(err))
		})
	}
}
