package graph

import (
	"bytes"
	"fmt"
	"sort"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/actorgraph/actorgraph/graph/internal/keys"
)

// This file reads the relations of one actor: a prefix scan of its
// out-relations (o/<id>, whose values are the aggregates) and one of its
// in-relations (i/<id>, whose values are the aggregates' summaries). Both
// values start with the summary (records_codec.go), so neither scan reads
// another key: this is what keeps neighbours of a hub and traversals fast.

// incidentRel is one relation of an actor, with its stored value when the
// reader kept it.
type incidentRel struct {
	k     RelKey
	other string // the end that is not the actor
	v     []byte // the o/ or i/ value (incident keeps it, adjacent does not)
}

// eachIncident calls fn for every relation with id at either end (its
// out-relations first, then its in-relations, each in key order). v is
// valid only during the call.
func (tx *Tx) eachIncident(id string, fn func(k RelKey, v []byte) error) error {
	return tx.eachAdjacent(id, func(typ RelType, other []byte, out bool, v []byte) error {
		k := RelKey{From: id, Type: typ, To: string(other)}
		if !out {
			k.From, k.To = k.To, id
		}
		return fn(k, v)
	})
}

// eachAdjacent is eachIncident without building the keys: fn gets the
// type, the other end (valid only during the call), whether the relation
// leaves id, and the value. Values are small and kept in the LSM tree, so
// the scans read them in place (prefetching them would start a goroutine
// per key).
func (tx *Tx) eachAdjacent(id string, fn func(typ RelType, other []byte, out bool, v []byte) error) error {
	for i, prefix := range [][]byte{keys.OutPrefix(id), keys.InPrefix(id)} {
		out := i == 0
		it := tx.txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
			item := it.Item()
			rest := item.Key()[len(prefix):]
			j := bytes.IndexByte(rest, keys.Sep)
			if j <= 0 || j == len(rest)-1 {
				it.Close()
				return fmt.Errorf("graph: malformed relation key %q", item.Key())
			}
			typ, other := relTypeOf(rest[:j]), rest[j+1:]
			err := item.Value(func(v []byte) error { return fn(typ, other, out, v) })
			if err != nil {
				it.Close()
				return err
			}
		}
		it.Close()
	}
	return nil
}

// otherEnd returns the end of k that is not id (id for a loop).
func otherEnd(k RelKey, id string) string {
	if k.From == id {
		return k.To
	}
	return k.From
}

// relTypeOf returns the relation type named b, without allocating for
// the known ones.
func relTypeOf(b []byte) RelType {
	for _, t := range RelTypes {
		if string(t) == string(b) {
			return t
		}
	}
	return RelType(b)
}

// incident returns every relation with id at either end, with its value,
// in (from, type, to) order.
func (tx *Tx) incident(id string) ([]incidentRel, error) {
	var out []incidentRel
	err := tx.eachIncident(id, func(k RelKey, v []byte) error {
		out = append(out, incidentRel{k: k, other: otherEnd(k, id), v: append([]byte(nil), v...)})
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool { return relLess(out[i].k, out[j].k) })
	return out, nil
}

// cheapFilter reports whether f can be decided from a relation's key and
// the flags of its value alone (no counts, no recount).
func (f *RelationFilter) cheapFilter() bool {
	return !f.recounts() && f.MinConfidence <= 0 && f.MinWeight <= 1
}

// keeps reports whether f selects the relation at k with stored value v
// (its o/ or i/ value), decoding the value only when f needs its counts.
func (tx *Tx) keeps(f *RelationFilter, k RelKey, v []byte) (bool, error) {
	ok, err := tx.endsOK(f, k)
	if err != nil || !ok {
		return false, err
	}
	if f.cheapFilter() {
		// A stored aggregate is never empty; weight ≥ 1 for every edge.
		return f.IncludeNegated || relValueEdge(v), nil
	}
	r, err := tx.relation(f, k, v)
	return r != nil, err
}
