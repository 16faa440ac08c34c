package graph

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// This file holds the primitives of the binary record encodings
// (records_codec.go): varints, length-prefixed strings, dates and sorted
// maps. Every record value starts with a one-byte codec version, so a value
// of another encoding is refused rather than misread.

// codecVersion is the first byte of every binary record value.
const codecVersion = 1

// errCodec is wrapped by every decoding error.
var errCodec = errors.New("bad record encoding")

// enc appends a record's fields to a byte slice.
type enc struct{ b []byte }

func newEnc(size int) *enc {
	e := &enc{b: make([]byte, 1, size)}
	e.b[0] = codecVersion
	return e
}

func (e *enc) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) int(v int)     { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *enc) byte(v byte)   { e.b = append(e.b, v) }

func (e *enc) str(s string) {
	e.uint(uint64(len(s)))
	e.b = append(e.b, s...)
}

func (e *enc) strs(ss []string) {
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *enc) f64(v float64) { e.b = binary.BigEndian.AppendUint64(e.b, math.Float64bits(v)) }

// date writes a date in four bytes: year (two), month, day.
func (e *enc) date(d Date) {
	e.b = append(e.b, byte(d.Year>>8), byte(d.Year), byte(d.Month), byte(d.Day))
}

// votes writes a map of counts in key order, so that equal maps encode to
// equal bytes.
func (e *enc) votes(m map[string]int) {
	e.uint(uint64(len(m)))
	type vote struct {
		v string
		n int
	}
	var buf [16]vote // most vote maps are small: no allocation
	vs := buf[:0]
	for v, n := range m {
		vs = append(vs, vote{v, n})
	}
	slices.SortFunc(vs, func(a, b vote) int { return strings.Compare(a.v, b.v) })
	for _, v := range vs {
		e.str(v.v)
		e.int(v.n)
	}
}

// dec reads what enc wrote. The first error sticks: later reads return
// zero values and err says what went wrong first.
type dec struct {
	b   []byte
	err error
}

// newDec checks the codec version of a record value.
func newDec(b []byte) *dec {
	d := &dec{b: b}
	if len(b) == 0 || b[0] != codecVersion {
		d.fail("codec version")
		return d
	}
	d.b = b[1:]
	return d
}

func (d *dec) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s", errCodec, what)
	}
	d.b = nil
}

func (d *dec) uint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("varint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) int() int {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail("varint")
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

func (d *dec) byte() byte {
	if len(d.b) < 1 {
		d.fail("byte")
		return 0
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v
}

// count reads a length and checks that at least min bytes per element
// remain, so a corrupt length cannot make a huge allocation.
func (d *dec) count(min int) int {
	n := d.uint()
	if n > uint64(len(d.b)/max(min, 1)) {
		d.fail("length")
		return 0
	}
	return int(n)
}

func (d *dec) bytes() []byte {
	n := d.count(1)
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

func (d *dec) str() string { return string(d.bytes()) }

func (d *dec) strs() []string {
	n := d.count(1)
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *dec) f64() float64 {
	if len(d.b) < 8 {
		d.fail("float")
		return 0
	}
	v := math.Float64frombits(binary.BigEndian.Uint64(d.b))
	d.b = d.b[8:]
	return v
}

func (d *dec) date() Date {
	if len(d.b) < 4 {
		d.fail("date")
		return Date{}
	}
	v := Date{Year: int(d.b[0])<<8 | int(d.b[1]), Month: int(d.b[2]), Day: int(d.b[3])}
	d.b = d.b[4:]
	return v
}

// votes reads a map of counts; nil when empty.
func (d *dec) votes() map[string]int {
	n := d.count(2)
	if n == 0 {
		return nil
	}
	m := make(map[string]int, n)
	for range n {
		k := d.str()
		m[k] = d.int()
	}
	return m
}

// kind and relType read a kind or type without allocating for the known ones.
func (d *dec) kind() Kind {
	b := d.bytes()
	for _, k := range Kinds {
		if string(k) == string(b) {
			return k
		}
	}
	return Kind(b)
}

func (d *dec) relType() RelType {
	b := d.bytes()
	for _, t := range RelTypes {
		if string(t) == string(b) {
			return t
		}
	}
	return RelType(b)
}

// end reports the first error, or one when bytes are left over.
func (d *dec) end() error {
	if d.err == nil && len(d.b) != 0 {
		d.fail("trailing bytes")
	}
	return d.err
}

// sortedVoteKeys returns the keys of a nested vote map in order.
func sortedVoteKeys(m map[string]map[AliasSource]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
