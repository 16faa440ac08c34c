package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// dateHit is a date expression found at token pos. A zero date is a span
// that gives no date ("ces dernières années", "next year"): as the
// expression nearest a trigger it leaves the trigger undated.
type dateHit struct {
	pos  int
	date graph.Date
}

// dateKind is what a relative date phrase stands for.
type dateKind uint8

const (
	kindNoDate    dateKind = iota + 1 // no date: "ces dernières années"
	kindThisYear                      // the article's year: "cette année"
	kindLastYear                      // the year before: "l'an dernier"
	kindThisMonth                     // the article's month: "cette semaine", "hier"
	kindLastMonth                     // the month before: "le mois dernier"
	kindWeekday                       // the article's month, unless a day follows: "lundi"
)

// dateUnit is a unit counted back in "il y a deux ans", "two years ago".
type dateUnit uint8

const (
	unitYear  dateUnit = iota + 1 // year precision
	unitMonth                     // month precision
	unitDay                       // weeks and days: the article's month
)

// datePattern is a relative date phrase, compiled.
type datePattern struct {
	pattern
	kind dateKind
}

// dateData is the compiled "dates:" data of one or more languages
// (lexicon.DateWords), with their month names.
type dateData struct {
	// words holds what each word that may start a date expression (other
	// than digits) starts: most words have no entry, one lookup skips them.
	words     map[string]*dateWord
	last      phrases
	next      phrases
	of        phrases
	periods   phrases
	agoBefore phrases
	agoAfter  phrases
	units     map[string]dateUnit
	ordinals  []string // folded ordinal suffixes
}

// dateWord is what one folded word may start.
type dateWord struct {
	rel     []datePattern // relative phrases, longest first
	ago     bool          // an ago_before phrase ("il y a")
	month   int           // the month it names, or 0
	homonym bool          // a month name only when capitalised ("May")
	number  int           // the number word's value, or 0
}

// word returns the entry of a folded word, made on first use.
func (dd *dateData) word(f string) *dateWord {
	w := dd.words[f]
	if w == nil {
		w = &dateWord{}
		dd.words[f] = w
	}
	return w
}

// add compiles the date words and months of one language into dd.
func (dd *dateData) add(reg *setRegistry, lg *lexicon.Language) {
	w := lg.Dates
	if dd.words == nil {
		*dd = dateData{
			words: map[string]*dateWord{}, last: newPhraseSet(reg), next: newPhraseSet(reg), of: newPhraseSet(reg),
			periods: newPhraseSet(reg), agoBefore: newPhraseSet(reg), agoAfter: newPhraseSet(reg), units: map[string]dateUnit{},
		}
	}
	for _, g := range []struct {
		kind dateKind
		list []string
	}{
		{kindNoDate, w.NoDate}, {kindThisYear, w.ThisYear}, {kindLastYear, w.LastYear},
		{kindThisMonth, w.ThisMonth}, {kindLastMonth, w.LastMonth}, {kindWeekday, w.Weekdays},
	} {
		for _, s := range g.list {
			p, ok := compile(s, false)
			if !ok {
				continue
			}
			e := dd.word(p.terms[0])
			e.rel = append(e.rel, datePattern{p, g.kind})
			// Longest first; among equals the data order.
			sort.SliceStable(e.rel, func(i, j int) bool { return len(e.rel[i].terms) > len(e.rel[j].terms) })
		}
	}
	for _, g := range []struct {
		ps   phrases
		list []string
	}{
		{dd.last, w.Last}, {dd.next, w.Next}, {dd.of, w.Of}, {dd.periods, w.PeriodModifiers},
		{dd.agoBefore, w.AgoBefore}, {dd.agoAfter, w.AgoAfter},
	} {
		for _, s := range g.list {
			g.ps.add(s, false)
		}
	}
	for first := range dd.agoBefore.m {
		dd.word(first).ago = true
	}
	for s, n := range w.Numbers {
		if f := graph.Fold(s); f != "" && n > 0 {
			dd.word(f).number = n
		}
	}
	for s, n := range lg.Months {
		if f := graph.Fold(s); f != "" {
			dd.word(f).month = n
		}
	}
	for _, s := range w.HomonymMonths {
		if f := graph.Fold(s); f != "" {
			dd.word(f).homonym = true
		}
	}
	for _, g := range []struct {
		unit dateUnit
		list []string
	}{{unitYear, w.YearUnits}, {unitMonth, w.MonthUnits}, {unitDay, w.DayUnits}} {
		for _, s := range g.list {
			dd.units[graph.Fold(s)] = g.unit
		}
	}
	for _, s := range w.OrdinalSuffixes {
		if f := graph.Fold(s); f != "" {
			dd.ordinals = append(dd.ordinals, f)
		}
	}
}

// relAt returns the kind and length of the longest relative date phrase
// at token i, or 0, 0.
func (dd *dateData) relAt(d *doc, i, limit int) (dateKind, int) {
	if i >= limit {
		return 0, 0
	}
	return dd.words[d.toks[i].fold].relAt(d, i, limit)
}

// relAt is dateData.relAt for the entry of token i (nil: none).
func (w *dateWord) relAt(d *doc, i, limit int) (dateKind, int) {
	if w == nil {
		return 0, 0
	}
	for k := range w.rel {
		if p := &w.rel[k].pattern; d.marked && len(p.words) > 1 && (i+1 >= limit || d.toks[i+1].info != p.words[1]) {
			continue // the second word differs: match would fail
		}
		if d.match(&w.rel[k].pattern, i, limit, nil) {
			return w.rel[k].kind, len(w.rel[k].terms)
		}
	}
	return 0, 0
}

// dates finds the date expressions of tokens [a, b), in order, each at
// the token it starts (a month with a preposition at the month):
//   - absolute: "12 mars 2024", "March 12, 2024", "le 1er juin 2023"
//     (day); "septembre 2021", "Since June 2022", "fin juillet 2023"
//     (month); a year after a date preposition or a period modifier, "en
//     2023", "début 2024", "mi-2023", "au printemps 2023" (year);
//   - a month without a year, with a day, a preposition or "last" ("le 3
//     juillet", "July 3", "en juillet", "fin juillet", "last March",
//     "mars dernier"): the latest such month (and day) not after the
//     article's date; with a relative year, that year ("en mars de l'an
//     dernier", "in March last year");
//   - relative: "cette année", "this year" (the article's year); "l'an
//     dernier", "last year" (the year before); "cette semaine", "last
//     week", "hier", weekdays (the article's month); "le mois dernier",
//     "last month" (the month before); "il y a deux ans", "two years ago"
//     (counted back, with the unit's precision);
//   - spans with no date, "ces dernières années", "next year", and future
//     months, "juillet prochain": a zero date.
//
// Relative expressions are resolved against published, and dropped when
// it lacks the part they need. A bare number is never a date: a year needs
// a month or a preposition before it, a day a month next to it.
func (d *doc) dates(ld *langData, a, b int, published graph.Date) []dateHit {
	dd := &ld.dates
	sc := d.scratch()
	out := sc.dates[:0] // the scratch's: the hits are read before the next sentence's
	pub := published
	emit := func(pos int, dt graph.Date, ok bool) {
		if ok {
			out = append(out, dateHit{pos, dt})
		}
	}
	marked, idx := d.marked, ld.idx
	classed := marked && d.classLD == ld // the tokens' classDate tells which words have a dateWord
	for i := a; i < b; i++ {
		t := &d.toks[i]
		var w *dateWord // d.wordOf(i, ld).date, read here for a marked document
		inf := t.info
		if !marked {
			w = d.wordOf(i, ld).date
		} else if (!classed || t.class&classDate != 0) && inf != nil && inf.langs != nil {
			w = inf.langs[idx].date
		}
		if w == nil && !t.digit { // t.digit: f[0] is a digit
			continue // nothing starts here: most words
		}
		// Relative phrases and spans without a date.
		if kind, n := w.relAt(d, i, b); n > 0 {
			if kind == kindWeekday {
				j := i + n
				if d.dayAt(dd, j, b) > 0 || d.monthAt(ld, j, b) > 0 || (j < b && d.yearAt(j) > 0) {
					continue // "lundi 3 juin 2024": the day is read next
				}
				if k := dd.next.at(d, j, b, nil); k > 0 && d.near(j-1, j) {
					emit(i, graph.Date{}, true)
					i = j + k - 1
					continue
				}
				if k := dd.last.at(d, j, b, nil); k > 0 && d.near(j-1, j) {
					n += k // "mardi dernier"
				}
			}
			dt, ok := resolveRel(kind, pub)
			emit(i, dt, ok)
			i += n - 1
			continue
		}
		// "il y a deux ans"
		if w != nil && w.ago {
			if n := dd.agoBefore.at(d, i, b, nil); n > 0 {
				if num := d.numberAt(dd, i+n, b); num > 0 && i+n+1 < b {
					if u := dd.units[d.toks[i+n+1].fold]; u > 0 {
						dt, ok := resolveAgo(num, u, pub)
						emit(i, dt, ok)
						i += n + 1
						continue
					}
				}
			}
		}
		// "two years ago"
		if len(dd.agoAfter.m) > 0 && i+2 < b {
			if num := d.numberAt(dd, i, b); num > 0 {
				if u := dd.units[d.toks[i+1].fold]; u > 0 && d.near(i, i+1) {
					if n := dd.agoAfter.at(d, i+2, b, nil); n > 0 {
						dt, ok := resolveAgo(num, u, pub)
						emit(i, dt, ok)
						i += n + 1
						continue
					}
				}
			}
		}
		// Day, month: "12 mars 2024", "le 3 juillet".
		if dy := d.dayAt(dd, i, b); dy > 0 && i+1 < b && d.near(i, i+1) {
			if m := d.monthAt(ld, i+1, b); m > 0 {
				if y := d.yearAt(i + 2); y > 0 && i+2 < b && d.near(i+1, i+2) {
					emit(i, validDay(graph.Date{Year: y, Month: m, Day: dy}), true)
					i += 2
					continue
				}
				dt, ok, n := d.monthWithoutYear(ld, i+2, b, m, dy, pub)
				emit(i, dt, ok)
				i += 1 + n
				continue
			}
		}
		if m := d.monthAt(ld, i, b); m > 0 {
			// Month, day, year: "March 12, 2024"; month, year: "septembre 2021".
			if dy := d.dayAt(dd, i+1, b); dy > 0 && d.near(i, i+1) {
				if y := d.yearAt(i + 2); y > 0 && i+2 < b && d.near(i+1, i+2) {
					emit(i, validDay(graph.Date{Year: y, Month: m, Day: dy}), true)
					i += 2
					continue
				}
			}
			if y := d.yearAt(i + 1); y > 0 && i+1 < b && d.near(i, i+1) {
				emit(i, graph.Date{Year: y, Month: m}, true)
				i++
				continue
			}
			// Month, day: "July 3".
			if dy := d.dayAt(dd, i+1, b); dy > 0 && d.near(i, i+1) {
				dt, ok, n := d.monthWithoutYear(ld, i+2, b, m, dy, pub)
				emit(i, dt, ok)
				i += 1 + n
				continue
			}
			// A month alone is a date after a preposition or "last", or
			// before "dernier", "prochain" or a relative year.
			before := d.endsAt(ld.datePreps, a, i) || d.endsAt(dd.periods, a, i)
			last := d.endsAt(dd.last, a, i)
			if d.endsAt(dd.next, a, i) {
				emit(i, graph.Date{}, true)
				continue
			}
			if dt, ok, n, tail := d.monthTail(ld, i+1, b, m, 0, last, pub); tail || before || last {
				emit(i, dt, ok)
				i += n
				continue
			}
		}
		// A year after a date preposition or a period modifier: "en 2023",
		// "au printemps 2023".
		if y := d.yearAt(i); y > 0 && (d.endsAt(ld.datePreps, a, i) || d.endsAt(dd.periods, a, i) || d.nounYear(ld, a, i, b)) {
			emit(i, graph.Date{Year: y}, true)
		}
	}
	sc.dates = out[:0]
	if len(out) == 0 {
		return nil // as before: no hit, no slice
	}
	return out
}

// monthWithoutYear resolves month m (and day dy, or 0) named without a year,
// reading what follows from token j: see monthTail. n is the number of
// tokens read from j.
func (d *doc) monthWithoutYear(ld *langData, j, b, m, dy int, pub graph.Date) (graph.Date, bool, int) {
	dt, ok, n, _ := d.monthTail(ld, j, b, m, dy, false, pub)
	return dt, ok, n
}

// monthTail reads what follows month m (day dy, or 0), named without a
// year, from token j: a relative year ("de l'an dernier", "this year"),
// "dernier" or "prochain"; and resolves the month against pub: in the
// relative year, none for a future one, else the latest such month (and
// day) not after pub, before pub's month when last. n is the number of
// tokens read; tail reports whether there was something to read.
func (d *doc) monthTail(ld *langData, j, b, m, dy int, last bool, pub graph.Date) (dt graph.Date, ok bool, n int, tail bool) {
	dd := &ld.dates
	if j < b && d.near(j-1, j) {
		k := j
		if o := dd.of.at(d, k, b, nil); o > 0 {
			k += o
		}
		if k < b {
			if kind, r := dd.relAt(d, k, b); kind == kindThisYear || kind == kindLastYear {
				y, ok := resolveRel(kind, pub)
				return validDay(graph.Date{Year: y.Year, Month: m, Day: dy}), ok, k + r - j, true
			}
		}
		if k := dd.next.at(d, j, b, nil); k > 0 {
			return graph.Date{}, true, k, true
		}
		if k := dd.last.at(d, j, b, nil); k > 0 {
			last, n, tail = true, k, true
		}
	}
	if pub.Year == 0 || pub.Month == 0 {
		return graph.Date{}, false, n, tail
	}
	y := pub.Year
	switch {
	case m > pub.Month:
		y--
	case m < pub.Month:
	case dy > 0:
		if pub.Day > 0 && dy > pub.Day {
			y--
		}
	case last:
		y--
	}
	return validDay(graph.Date{Year: y, Month: m, Day: dy}), true, n, tail
}

// resolveRel resolves a relative phrase against the article's date; ok is
// false when pub lacks the part needed. kindNoDate is the zero date.
func resolveRel(kind dateKind, pub graph.Date) (graph.Date, bool) {
	switch kind {
	case kindNoDate:
		return graph.Date{}, true
	case kindThisYear:
		return graph.Date{Year: pub.Year}, pub.Year > 0
	case kindLastYear:
		return graph.Date{Year: pub.Year - 1}, pub.Year > 1
	case kindThisMonth, kindWeekday:
		return graph.Date{Year: pub.Year, Month: pub.Month}, pub.Month > 0
	case kindLastMonth:
		return monthsBack(pub, 1)
	}
	return graph.Date{}, false
}

// resolveAgo counts n units back from the article's date.
func resolveAgo(n int, u dateUnit, pub graph.Date) (graph.Date, bool) {
	switch u {
	case unitYear:
		return graph.Date{Year: pub.Year - n}, pub.Year > n
	case unitMonth:
		return monthsBack(pub, n)
	case unitDay:
		return graph.Date{Year: pub.Year, Month: pub.Month}, pub.Month > 0
	}
	return graph.Date{}, false
}

// monthsBack returns the month n months before pub's.
func monthsBack(pub graph.Date, n int) (graph.Date, bool) {
	if pub.Month == 0 {
		return graph.Date{}, false
	}
	t := pub.Year*12 + pub.Month - 1 - n
	if t < 12 {
		return graph.Date{}, false
	}
	return graph.Date{Year: t / 12, Month: t%12 + 1}, true
}

// validDay returns dt, or its month when its day does not exist.
func validDay(dt graph.Date) graph.Date {
	if dt.Day > 28 {
		last := 31
		switch dt.Month {
		case 4, 6, 9, 11:
			last = 30
		case 2:
			last = 28
			if dt.Year%4 == 0 && (dt.Year%100 != 0 || dt.Year%400 == 0) {
				last = 29
			}
		}
		if dt.Day > last {
			dt.Day = 0
		}
	}
	return dt
}

// near reports whether tokens i and j (i < j) are one expression apart:
// at most a few spaces and commas between them ("March 12, 2024").
func (d *doc) near(i, j int) bool {
	gap := d.norm[d.toks[i].end:d.toks[j].start]
	return len(gap) <= 3 && strings.Trim(gap, " ,-") == ""
}

// endsAt reports whether a phrase of ps ends just before token i (and
// after token a), next to it.
func (d *doc) endsAt(ps phrases, a, i int) bool {
	for n := 1; n <= 4 && i-n >= a; n++ {
		if ps.may(d, i-n) && ps.at(d, i-n, i, nil) == n {
			return d.near(i-1, i)
		}
	}
	return false
}

// monthAt returns the month named by token i, or 0; a month name that is
// also a common word ("may") must be capitalised.
func (d *doc) monthAt(ld *langData, i, b int) int {
	if i >= b {
		return 0
	}
	w := d.wordOf(i, ld).date // ld.dates.words
	if w == nil || w.month == 0 {
		return 0
	}
	if w.homonym {
		r, _ := utf8.DecodeRuneInString(d.word(i))
		if !unicode.IsUpper(r) {
			return 0
		}
	}
	return w.month
}

// yearAt returns the year written by token i, four digits from 1900 to
// 2100 not part of a longer number ("2.023"), or 0.
func (d *doc) yearAt(i int) int {
	if i >= len(d.toks) {
		return 0
	}
	f := d.toks[i].fold
	if len(f) != 4 || d.numberGoesOn(i) {
		return 0
	}
	y, ok := digitsValue(f)
	if !ok || y < 1900 || y > 2100 {
		return 0
	}
	return y
}

// dayAt returns the day of the month written by token i (one or two
// digits, with an ordinal suffix or not: "3", "1er", "3rd"), or 0.
func (d *doc) dayAt(dd *dateData, i, b int) int {
	if i >= b {
		return 0
	}
	f := d.toks[i].fold
	if len(f) > 2 {
		for _, s := range dd.ordinals {
			if len(f) > len(s) && strings.HasSuffix(f, s) {
				f = f[:len(f)-len(s)]
				break
			}
		}
	}
	if len(f) == 0 || len(f) > 2 || d.numberGoesOn(i) {
		return 0
	}
	n, ok := digitsValue(f)
	if !ok || n < 1 || n > 31 {
		return 0
	}
	return n
}

// numberAt returns the count written by token i, a number word or one or
// two digits, or 0.
func (d *doc) numberAt(dd *dateData, i, b int) int {
	if i >= b {
		return 0
	}
	f := d.toks[i].fold
	if w := dd.words[f]; w != nil && w.number > 0 {
		return w.number
	}
	if len(f) > 2 || d.numberGoesOn(i) {
		return 0
	}
	n, _ := digitsValue(f)
	return n
}

// numberGoesOn reports whether token i is followed by more digits of the
// same number ("1.500", "2,000", "2 000"), or preceded by some.
func (d *doc) numberGoesOn(i int) bool {
	digitTok := func(j int) bool {
		f := d.toks[j].fold
		return f != "" && f[0] >= '0' && f[0] <= '9'
	}
	joined := func(j int) bool { // tokens j and j+1 are one number
		gap := d.norm[d.toks[j].end:d.toks[j+1].start]
		return len(gap) == 1 && (gap[0] == '.' || gap[0] == ',' || gap[0] == ' ') &&
			len(d.toks[j+1].fold) == 3 && digitTok(j+1) && digitTok(j)
	}
	return (i+1 < len(d.toks) && joined(i)) || (i > 0 && joined(i-1))
}

// digitsValue returns the value of a string of ASCII digits.
func digitsValue(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// nearestDate returns the date found nearest to token pos (the earlier on
// a tie), or the zero date. dates are sorted by position.
func nearestDate(dates []dateHit, pos int) graph.Date {
	k := sort.Search(len(dates), func(i int) bool { return dates[i].pos >= pos })
	switch {
	case len(dates) == 0:
		return graph.Date{}
	case k == len(dates):
		return dates[k-1].date
	case k == 0:
		return dates[0].date
	case pos-dates[k-1].pos <= dates[k].pos-pos:
		return dates[k-1].date
	}
	return dates[k].date
}
