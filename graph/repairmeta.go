package graph

import (
	"context"
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/actorgraph/actorgraph/graph/internal/keys"
)

// This file lets a writable store open over a garbled derived meta
// record. The counters (m/stats) are the one derived record every write
// batch reads: a record that no longer decodes would refuse every write,
// Open's resumption of pending decisions included, and so the store
// itself, before "actorgraph check --repair" could reach it. They are
// derived, so Open recomputes them (a full check's scan, only then).
// m/version is not derived: a garbled one is refused with ErrVersion.

// repairStats recomputes the counters when their record cannot be read,
// and notes it in s.repaired.
func (s *Store) repairStats(ctx context.Context) error {
	var st Stats
	err := s.db.View(func(txn *badger.Txn) error {
		_, err := getJSON(txn, keys.Stats, &st)
		return err
	})
	if err == nil || !errors.Is(err, errDecode) {
		return err
	}
	var want *Stats
	if verr := s.View(ctx, func(tx *Tx) error {
		c := &checker{tx: tx, r: &CheckReport{}, ctx: ctx, stats: &Stats{}}
		c.stats.init()
		if err := c.run(); err != nil {
			return err
		}
		want = c.stats
		return nil
	}); verr != nil {
		return fmt.Errorf("recompute the counters (%v): %w", err, verr)
	}
	if uerr := s.db.Update(func(txn *badger.Txn) error { return txn.Set(keys.Stats, marshal(want)) }); uerr != nil {
		return fmt.Errorf("write the recomputed counters: %w", uerr)
	}
	note := fmt.Sprintf("the counters (m/stats) could not be read (%v): recomputed from the records", err)
	s.repaired = append(s.repaired, note)
	if s.log != nil {
		s.log.Warn("graph: open " + s.dir + ": " + note)
	}
	return nil
}

// OpenRepairs lists, in words, what [Open] repaired in the database: a
// derived record it could not read and computed again (the counters).
// It is empty for a sound database and for a read-only store, which
// repairs nothing (its reads of such a record fail, and [Store.Check]
// reports it).
func (s *Store) OpenRepairs() []string { return s.repaired }
