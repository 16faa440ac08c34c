package graph

import (
	"fmt"
	"sort"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/actorgraph/actorgraph/graph/internal/keys"
)

// A Badger iterator on a read-write transaction copies and sorts all the
// transaction's pending writes when it is created, so scanning inside a
// batch that has written thousands of keys costs a sort per scan. The batch
// scans its own prefixes (an article's evidence, a relation's evidence
// index, an actor's mentions) instead over a read-only snapshot of the
// store merged with the writes it made, which it tracks by scan group.

// overlay indexes the batch's writes under the scanned prefixes, by scan
// group. It indexes the batch's log when the batch first scans, and what
// was added to it since at each scan after: most batches (new articles)
// never scan.
type overlay struct {
	n       int                          // log entries indexed
	added   map[string]map[string][]byte // scan group → key → value
	deleted map[string]map[string]bool   // scan group → keys deleted
}

// scanGroup returns the prefix a key is scanned under: v/<art8> for
// evidence, e/<from>|<type>|<to>| for the evidence index, x/<actor>| for
// mentions; ok is false for other keys.
func scanGroup(k []byte) (string, bool) {
	switch {
	case len(k) < 2 || k[1] != '/':
		return "", false
	case k[0] == 'v' && len(k) >= 2+keys.ArtLen:
		return string(k[:2+keys.ArtLen]), true
	case k[0] == 'e' && len(k) > 8+keys.ArtLen+6:
		return string(k[:len(k)-(8+keys.ArtLen+6)]), true
	case k[0] == 'x' && len(k) > 8+keys.ArtLen:
		return string(k[:len(k)-(8+keys.ArtLen)]), true
	}
	return "", false
}

func scanned(k []byte) bool { return len(k) > 1 && (k[0] == 'v' || k[0] == 'e' || k[0] == 'x') }

// index applies the writes of log added since the last call.
func (o *overlay) index(log []KV) {
	if o.added == nil {
		o.added, o.deleted = map[string]map[string][]byte{}, map[string]map[string]bool{}
	}
	for ; o.n < len(log); o.n++ {
		kv := &log[o.n]
		if !scanned(kv.Key) {
			continue
		}
		g, ok := scanGroup(kv.Key)
		if !ok {
			continue
		}
		if kv.Delete {
			delete(o.added[g], string(kv.Key))
			if o.deleted[g] == nil {
				o.deleted[g] = map[string]bool{}
			}
			o.deleted[g][string(kv.Key)] = true
			continue
		}
		if o.added[g] == nil {
			o.added[g] = map[string][]byte{}
		}
		o.added[g][string(kv.Key)] = kv.Value
		delete(o.deleted[g], string(kv.Key))
	}
}

// snapshot returns a read-only transaction on the store as the batch found
// it (the writer is the only one to commit, so nothing changes under it).
func (b *batch) snapshot() *badger.Txn {
	if b.snap == nil {
		b.snap = b.s.db.NewTransaction(false)
	}
	return b.snap
}

// discard releases the batch's snapshot.
func (b *batch) discard() {
	if b.snap != nil {
		b.snap.Discard()
		b.snap = nil
	}
}

// ovEntry is a write of a scan group as a batch sees it.
type ovEntry struct {
	v   []byte
	del bool
}

// groupWrites returns the batch's writes of one scan group.
func (b *batch) groupWrites(group string) map[string]ovEntry {
	b.ov.index(b.log)
	eff := map[string]ovEntry{}
	for k := range b.ov.deleted[group] {
		eff[k] = ovEntry{del: true}
	}
	for k, v := range b.ov.added[group] {
		eff[k] = ovEntry{v: v}
	}
	return eff
}

// scan calls fn, in key order (reverse order when reverse is set), for
// the keys of a scan group from seek on, as the batch sees them: the
// snapshot's keys not deleted or rewritten by the batch, merged with the
// batch's own. fn returns false to stop.
func (b *batch) scan(group, seek []byte, reverse bool, fn func(k, v []byte) (bool, error)) error {
	eff := b.groupWrites(string(group))
	var mine []string
	for k, e := range eff {
		if e.del {
			continue
		}
		if (!reverse && k >= string(seek)) || (reverse && k <= string(seek)) {
			mine = append(mine, k)
		}
	}
	sort.Strings(mine)
	if reverse {
		for i, j := 0, len(mine)-1; i < j; i, j = i+1, j-1 {
			mine[i], mine[j] = mine[j], mine[i]
		}
	}
	it := b.snapshot().NewIterator(badger.IteratorOptions{Prefix: group, Reverse: reverse})
	defer it.Close()
	it.Seek(seek)
	before := func(a, c string) bool { // a comes before c in scan order
		if reverse {
			return a > c
		}
		return a < c
	}
	for {
		for it.ValidForPrefix(group) {
			if _, mine := eff[string(it.Item().Key())]; !mine {
				break
			}
			it.Next()
		}
		snapOK := it.ValidForPrefix(group)
		if !snapOK && len(mine) == 0 {
			return nil
		}
		var k string
		var v []byte
		if snapOK && (len(mine) == 0 || before(string(it.Item().Key()), mine[0])) {
			k = string(it.Item().Key())
			var err error
			if v, err = it.Item().ValueCopy(nil); err != nil {
				return err
			}
			it.Next()
		} else {
			k, v = mine[0], eff[mine[0]].v
			mine = mine[1:]
		}
		more, err := fn([]byte(k), v)
		if err != nil || !more {
			return err
		}
	}
}

// articleEvidence reads an article's evidence records in key order, as the
// batch sees them.
func (b *batch) articleEvidence(h keys.Art) ([]*Evidence, error) {
	prefix := keys.EvidencePrefix(h)
	var out []*Evidence
	err := b.scan(prefix, prefix, false, func(k, v []byte) (bool, error) {
		e, err := decodeEvidence(v)
		if err != nil {
			return false, fmt.Errorf("graph: decode evidence %q: %w", k, err)
		}
		out = append(out, e)
		return true, nil
	})
	return out, err
}

// rescanDates returns the first and last known dates among the keys under
// prefix (an e/ or x/ scan group, whose keys go on with a date key),
// counting only the entries whose value match accepts (all when match is
// nil). It seeks from each end, so it reads few keys unless many entries
// are rejected.
func (b *batch) rescanDates(prefix []byte, match func(v []byte) bool) (first, last Date, err error) {
	find := func(reverse bool) (Date, error) {
		seek := append(append([]byte(nil), prefix...), "00000001"...)
		if reverse {
			seek = append(append([]byte(nil), prefix...), 0xff)
		}
		var d Date
		err := b.scan(prefix, seek, reverse, func(k, v []byte) (bool, error) {
			d8 := string(k[len(prefix) : len(prefix)+8])
			if d8 == (Date{}).Key() {
				return false, nil // a reverse scan reached the undated entries
			}
			if match != nil && !match(v) {
				return true, nil
			}
			var err error
			d, err = ParseDateKey(d8)
			return false, err
		})
		return d, err
	}
	if first, err = find(false); err != nil || first.IsZero() {
		return first, first, err
	}
	last, err = find(true)
	return first, last, err
}
