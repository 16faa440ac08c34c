package graph

import (
	"encoding/json"
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"
)

// This file is how a batch reads and writes: through its transaction,
// which shows it its own writes.

// set and del log every write (scans and the batch hook read the log) and
// pass it on to the transaction.
func (b *batch) set(k, v []byte) error {
	if w := b.s.written.Load(); w != nil && filtered(k) {
		w.add(k)
	}
	b.writes++
	b.bytes += len(k) + len(v)
	b.log = append(b.log, KV{Key: k, Value: v})
	return b.txn.Set(k, v)
}

// rewrite is set for a key the batch found stored (or cached as
// committed): the filter of keys written has it already (absent.go).
func (b *batch) rewrite(k, v []byte) error {
	b.writes++
	b.bytes += len(k) + len(v)
	b.log = append(b.log, KV{Key: k, Value: v})
	return b.txn.Set(k, v)
}

func (b *batch) del(k []byte) error {
	b.writes++
	b.bytes += len(k)
	b.log = append(b.log, KV{Key: k, Delete: true})
	return b.txn.Delete(k)
}

// reserve makes room in the log for the writes of these requests.
func (b *batch) reserve(reqs []*writeReq) {
	n := 0
	for _, r := range reqs {
		if r.claims != nil {
			n += 8 + 2*len(r.claims.Actors)
			for _, rel := range r.claims.Relations {
				n += 2 * max(len(rel.Evidence), 1)
			}
		}
	}
	b.log = make([]KV, 0, n+2*n/10)
	if len(b.rels) == 0 && len(b.actors) == 0 { // sized for the relations and actors of the requests
		rels, actors := 0, 0
		for _, r := range reqs {
			if r.claims != nil {
				rels += len(r.claims.Relations)
				actors += len(r.claims.Actors)
			}
		}
		b.rels, b.actors = make(map[RelKey]*relEntry, rels), make(map[string]*actorEntry, min(actors, 1024))
	}
}

// get returns the value of k as the batch sees it; found is false when
// there is none.
func (b *batch) get(k []byte) (v []byte, found bool, err error) {
	if w := b.s.written.Load(); w != nil && filtered(k) && !w.mayHave(k) {
		return nil, false, nil // never written (absent.go)
	}
	item, err := b.txn.Get(k)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	v, err = item.ValueCopy(nil)
	return v, err == nil, err
}

// batchRecord reads and decodes a binary record as the batch sees it.
func batchRecord[T any](b *batch, k []byte, decode func([]byte) (T, error)) (r T, found bool, err error) {
	v, found, err := b.get(k)
	if err != nil || !found {
		return r, false, err
	}
	if r, err = decode(v); err != nil {
		return r, false, fmt.Errorf("graph: decode %q: %w", k, err)
	}
	return r, true, nil
}

// batchJSON reads a JSON record as the batch sees it.
func batchJSON(b *batch, k []byte, r any) (found bool, err error) {
	v, found, err := b.get(k)
	if err != nil || !found {
		return false, err
	}
	if err := json.Unmarshal(v, r); err != nil {
		return false, fmt.Errorf("graph: decode %q: %w", k, err)
	}
	return true, nil
}

// getString reads a string value; "" when the key is absent.
func (b *batch) getString(k []byte) (string, error) {
	v, _, err := b.get(k)
	return string(v), err
}
