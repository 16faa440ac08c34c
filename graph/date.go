package graph

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a [Date] is known.
type Precision int

// The precisions of a date, from none to the day.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

// String returns "none", "year", "month" or "day".
func (p Precision) String() string {
	switch p {
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	}
	return "none"
}

// Date is a calendar date that may be partial: "2024", "2024-10" and
// "2024-10-05" are all legal, and "en septembre 2021" is 2021-09 with month
// precision, never a made-up day. The zero Date is unknown.
//
// Dates order by (Year, Month, Day) with missing parts as zero, so 2024
// sorts before 2024-01, which sorts before 2024-01-01.
type Date struct {
	Year  int // 1..9999, 0 when unknown
	Month int // 1..12, 0 when unknown
	Day   int // 1..31, 0 when unknown
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// Precision returns how much of the date is known.
func (d Date) Precision() Precision {
	switch {
	case d.Year == 0:
		return PrecisionNone
	case d.Month == 0:
		return PrecisionYear
	case d.Day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// String formats the date as YYYY, YYYY-MM or YYYY-MM-DD, or "" when unknown.
func (d Date) String() string {
	if d.Year >= 0 && d.Year <= 9999 && d.Month >= 0 && d.Month <= 99 && d.Day >= 0 && d.Day <= 99 {
		// the common case without fmt (the extractor asks for it at
		// every leader it reads): the bytes Sprintf would write
		var b [10]byte
		put := func(at, v, n int) {
			for k := at + n - 1; k >= at; k-- {
				b[k] = byte('0' + v%10)
				v /= 10
			}
		}
		put(0, d.Year, 4)
		switch d.Precision() {
		case PrecisionYear:
			return string(b[:4])
		case PrecisionMonth:
			b[4] = '-'
			put(5, d.Month, 2)
			return string(b[:7])
		case PrecisionDay:
			b[4], b[7] = '-', '-'
			put(5, d.Month, 2)
			put(8, d.Day, 2)
			return string(b[:10])
		}
		return ""
	}
	return d.formatted()
}

// formatted is String through fmt: for the dates String's fast path does
// not cover, and the reference its test compares that path with.
func (d Date) formatted() string {
	switch d.Precision() {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// Compare returns -1, 0 or +1 as d sorts before, with or after e.
func (d Date) Compare(e Date) int {
	if d.Year >= 0 && d.Year <= 9999 && e.Year >= 0 && e.Year <= 9999 &&
		d.Month >= 0 && d.Month <= 99 && e.Month >= 0 && e.Month <= 99 && d.Day >= 0 && d.Day <= 99 && e.Day >= 0 && e.Day <= 99 {
		// The order of the keys, without building them.
		a := d.Year*10000 + d.Month*100 + d.Day
		b := e.Year*10000 + e.Month*100 + e.Day
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	}
	a, b := d.Key(), e.Key()
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Key returns the date as the eight digits YYYYMMDD with zeros for the
// unknown parts, the form used in storage keys.
func (d Date) Key() string {
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		return fmt.Sprintf("%04d%02d%02d", d.Year, d.Month, d.Day)
	}
	var b [8]byte
	y := d.Year
	b[0], b[1], b[2], b[3] = byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10)
	b[4], b[5] = byte('0'+d.Month/10), byte('0'+d.Month%10)
	b[6], b[7] = byte('0'+d.Day/10), byte('0'+d.Day%10)
	return string(b[:])
}

// ParseDateKey parses the eight digits written by [Date.Key].
func ParseDateKey(s string) (Date, error) {
	if len(s) != 8 {
		return Date{}, fmt.Errorf("date key %q: want 8 digits", s)
	}
	var n [3]int
	for i, part := range []string{s[:4], s[4:6], s[6:]} {
		v, err := strconv.Atoi(part)
		if err != nil || !digits(part) {
			return Date{}, fmt.Errorf("date key %q: not digits", s)
		}
		n[i] = v
	}
	d := Date{n[0], n[1], n[2]}
	if err := d.validate(); err != nil {
		return Date{}, fmt.Errorf("date key %q: %w", s, err)
	}
	return d, nil
}

// digits reports whether s is all ASCII digits (strconv.Atoi also takes a sign).
func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func (d Date) validate() error {
	if d.Year == 0 {
		if d.Month != 0 || d.Day != 0 {
			return fmt.Errorf("month or day without a year")
		}
		return nil
	}
	if d.Year < 1 || d.Year > 9999 {
		return fmt.Errorf("year %d out of range", d.Year)
	}
	if d.Month == 0 {
		if d.Day != 0 {
			return fmt.Errorf("day without a month")
		}
		return nil
	}
	if d.Month < 1 || d.Month > 12 {
		return fmt.Errorf("month %d out of range", d.Month)
	}
	if d.Day == 0 {
		return nil
	}
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	if t.Day() != d.Day {
		return fmt.Errorf("day %d out of range for %04d-%02d", d.Day, d.Year, d.Month)
	}
	return nil
}

// ParseDate parses YYYY, YYYY-MM or YYYY-MM-DD (also with "/" or "." as
// separator) and RFC 3339 timestamps, whose date part is kept. The empty
// string is the zero (unknown) Date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return Date{t.Year(), int(t.Month()), t.Day()}, nil
	}
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	norm := strings.NewReplacer("/", "-", ".", "-").Replace(s)
	parts := strings.Split(norm, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("unparseable date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
	}
	var n [3]int
	for i, p := range parts {
		if (i > 0 && len(p) != 2 && len(p) != 1) || p == "" {
			return Date{}, fmt.Errorf("unparseable date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
		}
		v, err := strconv.Atoi(p)
		if err != nil || !digits(p) {
			return Date{}, fmt.Errorf("unparseable date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
		}
		n[i] = v
	}
	d := Date{n[0], n[1], n[2]}
	if d.Year == 0 || (len(parts) > 1 && d.Month == 0) || (len(parts) > 2 && d.Day == 0) {
		return Date{}, fmt.Errorf("unparseable date %q: zero year, month or day", s)
	}
	if err := d.validate(); err != nil {
		return Date{}, fmt.Errorf("unparseable date %q: %w", s, err)
	}
	return d, nil
}

// MustDate is ParseDate for literals known to be valid; it panics otherwise.
// Use it in tests and examples only.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// In reports whether the date falls in the period [since, until], each
// end optional (zero). A partial date is in the period when its first day
// is not after until and its last day is not before since; an unknown date
// is in no bounded period.
func (d Date) In(since, until Date) bool {
	if since.IsZero() && until.IsZero() {
		return true
	}
	if d.IsZero() {
		return false
	}
	if !since.IsZero() && d.last().Compare(since.first()) < 0 {
		return false
	}
	if !until.IsZero() && d.first().Compare(until.last()) > 0 {
		return false
	}
	return true
}

// first returns the first day the date may denote, last the last.
func (d Date) first() Date {
	f := d
	if f.Month == 0 {
		f.Month = 1
	}
	if f.Day == 0 {
		f.Day = 1
	}
	return f
}

func (d Date) last() Date {
	l := d
	if l.Month == 0 {
		l.Month = 12
	}
	if l.Day == 0 {
		l.Day = time.Date(l.Year, time.Month(l.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	}
	return l
}

// MarshalJSON writes the date as a string, or null when unknown.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads a string in any form ParseDate accepts, or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("date: want a string: %w", err)
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
