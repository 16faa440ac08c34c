package graph

import (
	"hash/maphash"
)

// This file lets the writer skip Badger reads of keys it knows are absent.
// Loading into an empty store, nearly every article, most relations and
// the first mention of each actor are new, and each costs a point read
// that misses: through the memtables, then the Bloom filter of every
// level-0 table and of one table per level, which is more work the larger
// the database.
//
// When the store is empty at Open (nothing but m/ records), every record
// it will hold is written by its own batches, through batch.set. The
// store then keeps a Bloom filter (writtenFilter) of the keys its batches
// set under the prefixes point reads look up (d/, o/, n/, c/, r/, u/): a
// key the filter has never seen was never written, so batch.get answers
// "absent" without reading. The filter errs only the safe way: a key it
// may have seen is read from Badger as before (a false positive, a key
// set by a batch that then failed, a key deleted since). Anything that
// writes the database around the batches drops the filter for good:
// Store.exclusive (restore, repair) and Store.DB do; a store opened on a
// database that holds anything never has one. Only the writer goroutine
// reads it.

// writtenFilterBits is the size of the filter of a store on disk in bits
// (8 MiB), fixed whatever the corpus: with four probes a key, about 0.2%
// false positives at 3.7 million keys (the d/ and o/ keys of a million
// generated articles), 5% at 10 million. Past that it still answers
// correctly, only less often "absent". An in-memory store (tests,
// examples) has a filter of memWrittenFilterBits (64 KiB).
const (
	writtenFilterBits    = 1 << 26
	memWrittenFilterBits = 1 << 19
)

// writtenFilter is a Bloom filter of keys.
type writtenFilter struct {
	seed maphash.Seed
	n    uint64 // bits
	bits []uint64
}

func newWrittenFilter(bits uint64) *writtenFilter {
	return &writtenFilter{seed: maphash.MakeSeed(), n: bits, bits: make([]uint64, bits/64)}
}

// filtered reports whether keys with k's prefix are tracked: those that
// point reads look up while ingesting.
func filtered(k []byte) bool {
	if len(k) < 2 || k[1] != '/' {
		return false
	}
	switch k[0] {
	case 'd', 'o', 'n', 'c', 'r', 'u':
		return true
	}
	return false
}

// probes calls f with the four bit positions of k.
func (w *writtenFilter) probes(k []byte, f func(bit uint64) bool) bool {
	h := maphash.Bytes(w.seed, k)
	h1, h2 := h&0xffffffff, h>>32|1
	for i := range uint64(4) {
		if !f((h1 + i*h2) % w.n) {
			return false
		}
	}
	return true
}

// add records that k was written.
func (w *writtenFilter) add(k []byte) {
	w.probes(k, func(bit uint64) bool {
		w.bits[bit/64] |= 1 << (bit % 64)
		return true
	})
}

// mayHave is false when k was never added.
func (w *writtenFilter) mayHave(k []byte) bool {
	return w.probes(k, func(bit uint64) bool { return w.bits[bit/64]&(1<<(bit%64)) != 0 })
}
