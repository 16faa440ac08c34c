package graph

import (
	"encoding/json"
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"
)

// This file is how a batch reads and writes. A batch with a transaction
// writes into it and reads through it (Badger shows a transaction its own
// writes). A deferred batch (writer.go) only logs its writes until the
// batch in flight has landed; it reads its own writes first, then the
// flight's, then the writer's snapshot.

// set and del log every write (scans, point reads of a deferred batch and
// the batch hook read the log) and pass it on to the transaction, if any.
func (b *batch) set(k, v []byte) error {
	b.writes++
	b.bytes += len(k) + len(v)
	b.log = append(b.log, KV{Key: k, Value: v})
	if b.deferred {
		return nil
	}
	return b.txn.Set(k, v)
}

func (b *batch) del(k []byte) error {
	b.writes++
	b.bytes += len(k)
	b.log = append(b.log, KV{Key: k, Delete: true})
	if b.deferred {
		return nil
	}
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
}

// get returns the value of k as the batch sees it (valid until the next
// write); found is false when there is none.
func (b *batch) get(k []byte) (v []byte, found bool, err error) {
	txn := b.txn
	if b.deferred {
		if kv, ok := b.points.lookup(b.log, k); ok {
			return kv.Value, !kv.Delete, nil
		}
		if f := b.flight; f != nil {
			if kv, ok := f.b.points.lookup(f.b.log, k); ok {
				return kv.Value, !kv.Delete, nil
			}
		}
		txn = b.snapshot()
	}
	item, err := txn.Get(k)
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

// pointIndex finds the last write of a key in a batch's log. It indexes
// the log as it grows, and only the keys a batch reads one by one: not
// evidence, evidence index, in-neighbour or text records, which are many
// and read only by scans (overlay.go) or not at all.
type pointIndex struct {
	m map[string]int // key → position of its last write in the log
	n int            // log entries indexed
}

func pointRead(k []byte) bool {
	if len(k) < 2 {
		return true
	}
	switch k[0] {
	case 'v', 'e', 'i', 't':
		return false
	}
	return true
}

// index indexes the entries of log added since the last call.
func (p *pointIndex) index(log []KV) {
	if p.m == nil {
		p.m = map[string]int{}
	}
	for ; p.n < len(log); p.n++ {
		if pointRead(log[p.n].Key) {
			p.m[string(log[p.n].Key)] = p.n
		}
	}
}

// lookup returns the last write of k in log.
func (p *pointIndex) lookup(log []KV, k []byte) (KV, bool) {
	if !pointRead(k) {
		panic(fmt.Sprintf("graph: point read of %q in a batch", k)) // a scan's key: see overlay.go
	}
	p.index(log)
	i, ok := p.m[string(k)]
	if !ok {
		return KV{}, false
	}
	return log[i], true
}
