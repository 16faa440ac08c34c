package main

import (
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

// TestCheckRepair corrupts derived records and indexes on purpose (a
// relation aggregate deleted, an in-neighbour summary and the counters
// overwritten, an alias index entry deleted, a stray key added), then
// checks that `check` finds it, that `check --repair` mends it, and that
// the graph is the one loaded, curation included.
func TestCheckRepair(t *testing.T) {
	db := curatedDB(t)
	want := jsonExport(t, db)
	code, out, _ := run(t, "check", "--db", db)
	require.Equal(t, 0, code, out)

	st, err := graph.Open(db, nil)
	require.NoError(t, err)
	corrupted := 0
	require.NoError(t, st.DB().Update(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		var del, garble [][]byte
		seen := map[string]bool{}
		for it.Rewind(); it.Valid(); it.Next() {
			k := it.Item().KeyCopy(nil)
			p := string(k[:2])
			switch {
			case (p == "o/" || p == "a/") && !seen[p]:
				del = append(del, k)
			case p == "i/" && !seen[p]:
				garble = append(garble, k)
			default:
				continue
			}
			seen[p] = true
		}
		for _, k := range del {
			if err := txn.Delete(k); err != nil {
				return err
			}
			corrupted++
		}
		for _, k := range garble {
			if err := txn.Set(k, []byte{0xff, 0x00, 0x13}); err != nil {
				return err
			}
			corrupted++
		}
		corrupted += 2
		if err := txn.Set([]byte("m/stats"), []byte("{}")); err != nil { // counters all zero
			return err
		}
		return txn.Set([]byte("k/armed_group\x00no-such-actor"), nil)
	}))
	require.NoError(t, st.Close())
	require.Equal(t, 5, corrupted, "an aggregate, an alias, a summary, the counters and a stray index key")

	code, out, _ = run(t, "check", "--db", db)
	assert.Equal(t, exitFailed, code, "check finds the corruption:\n%s", out)
	assert.Contains(t, out, "INCONSISTENT")

	code, out, errs := run(t, "check", "--db", db, "--repair")
	require.Equal(t, 0, code, "%s\n%s", out, errs)
	assert.Contains(t, errs, "repairing")
	assert.Contains(t, out, "consistent")
	code, out, _ = run(t, "check", "--db", db)
	assert.Equal(t, 0, code, out)
	assert.Equal(t, want, jsonExport(t, db), "the repaired graph is the one loaded")
	_, logOut, _ := run(t, "log", "export", "--db", db)
	assert.Contains(t, logOut, "backup test", "the decision log is kept")
}

// TestRepairGarbledRecords garbles derived records so that they no longer
// decode — the counters, an actor record, a curation state, a relation
// aggregate — which used to keep the database from opening (the counters)
// or check from running (the others). Now a read-only stats names the
// problem, check (which opens read and write) recomputes the counters
// when it opens and says so, reports the rest, and check --repair mends
// them: the export and the log are the ones before.
func TestRepairGarbledRecords(t *testing.T) {
	db := curatedDB(t)
	want, wantLog := jsonExport(t, db), logExport(t, db)

	st, err := graph.Open(db, nil)
	require.NoError(t, err)
	garbled := map[string]bool{}
	require.NoError(t, st.DB().Update(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{})
		var ks [][]byte
		for it.Rewind(); it.Valid(); it.Next() {
			k := it.Item().KeyCopy(nil)
			if p := string(k[:2]); (p == "n/" || p == "c/" || p == "o/") && !garbled[p] {
				garbled[p] = true
				ks = append(ks, k)
			}
		}
		it.Close()
		for _, k := range append(ks, []byte("m/stats")) {
			if err := txn.Set(k, []byte{0xff, 0x00, 0x13}); err != nil {
				return err
			}
		}
		return nil
	}))
	require.NoError(t, st.Close())
	require.Len(t, garbled, 3, "an actor record, a curation state and an aggregate garbled")

	code, out, errs := run(t, "stats", "--db", db)
	assert.Equal(t, exitFailed, code, "%s%s", out, errs)
	assert.Contains(t, errs, `m/stats`)
	assert.Contains(t, errs, "read-write")

	code, out, errs = run(t, "check", "--db", db)
	requireNoCrash(t, errs)
	assert.Equal(t, exitFailed, code, "check reports the garbled records:\n%s%s", out, errs)
	assert.Contains(t, errs, "repaired when opening: the counters (m/stats) could not be read")
	assert.Contains(t, out, "INCONSISTENT")

	code, out, errs = run(t, "check", "--db", db, "--repair")
	require.Equal(t, 0, code, "%s\n%s", out, errs)
	assert.Contains(t, out, "consistent")
	assert.Equal(t, want, jsonExport(t, db), "the repaired graph is the one loaded")
	assert.Equal(t, wantLog, logExport(t, db), "the decision log is kept")
	assert.Contains(t, mustRun(t, "stats", "--db", db), "articles")
}
