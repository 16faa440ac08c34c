package extract

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// mention is an actor named by tokens [ts, te).
type mention struct {
	ts, te int
	actor  *lexicon.Actor
	form   lexicon.Form
}

// trigHit is a trigger phrase found at tokens [ts, te).
type trigHit struct {
	ts, te int
	trig   lexicon.Trigger
}

// relation is one relation a sentence states, with its evidence.
type relation struct {
	from, to string
	typ      graph.RelType
	ev       graph.ClaimEvidence
}

// sentence is what one sentence yields.
type sentence struct {
	mentions  []mention
	relations []relation
}

// dateHit is an event date found at token pos.
type dateHit struct {
	pos  int
	date graph.Date
}

// markCredits marks the tokens of photo credits: from a credit word
// followed by a colon ("Image :", "Photo:") to the end of its line, and
// "NAME/AGENCY" runs ("Jean Dupont/AFP/Getty Images").
func (x *Extractor) markCredits(d *doc, ld *langData) {
	s := d.norm
	n := len(d.toks)
	mark := func(start, end int) {
		for i := sort.Search(n, func(i int) bool { return d.toks[i].start >= start }); i < n && d.toks[i].end <= end; i++ {
			d.toks[i].credit = true
		}
	}
	for i := 0; i < n; i++ {
		if d.toks[i].credit {
			continue // already in a credit running to the end of its line
		}
		k := ld.credits.at(d, i, n, nil)
		if k == 0 {
			continue
		}
		// The cue must open its line or follow the end of a sentence or a
		// bracket, and be followed by a colon.
		p := d.toks[i].start
		for p > 0 && (s[p-1] == ' ' || s[p-1] == '\t') {
			p--
		}
		if p > 0 && !strings.ContainsRune("\n.!?(|-", rune(s[p-1])) {
			continue
		}
		after := strings.TrimLeft(s[d.toks[i+k-1].end:], " \t")
		if !strings.HasPrefix(after, ":") {
			continue
		}
		end := strings.IndexByte(s[d.toks[i].start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += d.toks[i].start
		}
		mark(d.toks[i].start, end)
	}
	for p := strings.IndexByte(s, '/'); p >= 0; {
		q := p + 1
		for q < len(s) && s[q] == ' ' {
			q++
		}
		j := sort.Search(n, func(i int) bool { return d.toks[i].start >= q })
		if j < n && d.toks[j].start == q {
			if k := x.agencies.at(d, j, n, nil); k > 0 {
				from := max(0, p-maxCreditName)
				start := from + strings.LastIndexAny(s[from:p], "\n.:(|") + 1
				end := d.toks[j+k-1].end
				mark(start, end)
			}
		}
		next := strings.IndexByte(s[p+1:], '/')
		if next < 0 {
			break
		}
		p += 1 + next
	}
}

// analyse finds the mentions and relations of sentence si.
func (x *Extractor) analyse(d *doc, ld *langData, si int, s span) sentence {
	a := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= s.start })
	b := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].end > s.end })
	var out sentence

	// Mentions: the longest form at each position, left to right.
	inMention := make([]bool, b-a)
	for i := a; i < b; {
		hit := false
		for _, e := range x.gaz[d.toks[i].fold] {
			if d.match(&e.pattern, i, b, nil) {
				m := mention{i, i + len(e.terms), e.actor, e.form}
				out.mentions = append(out.mentions, m)
				for k := m.ts; k < m.te; k++ {
					inMention[k-a] = true
				}
				i = m.te
				hit = true
				break
			}
		}
		if !hit {
			i++
		}
	}
	if len(out.mentions) < 2 {
		return out
	}
	blocked := func(i int) bool { return inMention[i-a] }

	// Triggers, cues and dates.
	var hits []trigHit
	for i := a; i < b; {
		hit := false
		for _, e := range ld.triggers[d.toks[i].fold] {
			if d.match(&e.pattern, i, b, blocked) {
				hits = append(hits, trigHit{i, i + len(e.terms), e.trig})
				i += len(e.terms)
				hit = true
				break
			}
		}
		if !hit {
			i++
		}
	}
	if len(hits) == 0 {
		return out
	}
	hedged := false
	var negs []int
	attribution := ""
	for i := a; i < b; i++ {
		if ld.hedges.at(d, i, b, blocked) > 0 {
			hedged = true
		}
		if ld.negations.at(d, i, b, blocked) > 0 {
			negs = append(negs, i)
		}
		if k := ld.attributions.at(d, i, b, blocked); k > 0 && attribution == "" {
			attribution = d.attribution(ld, i+k, b, s.end)
		}
	}
	dates := d.dates(ld, a, b)
	// clause[i-a] is the first token of the clause of token i: clauses
	// are cut at semicolons.
	clause := make([]int, b-a)
	for i, c := a, a; i < b; i++ {
		if i > a && strings.IndexByte(d.norm[d.toks[i-1].end:d.toks[i].start], ';') >= 0 {
			c = i
		}
		clause[i-a] = c
	}
	text, start, end := d.origSpan(s.start, s.end)

	seen := map[graph.RelKey]bool{}
	for _, h := range hits {
		for _, c := range x.pairs(d, ld, out.mentions, h) {
			key := graph.RelKey{From: c.from.actor.ID, Type: h.trig.Type, To: c.to.actor.ID}.Canonical()
			if seen[key] {
				continue
			}
			seen[key] = true
			idx := si
			ev := graph.ClaimEvidence{
				Sentence:      text,
				SentenceIndex: &idx,
				Start:         start,
				End:           end,
				Date:          nearestDate(dates, h.ts),
				Hedged:        hedged,
				Negated:       negated(negs, clause[h.ts-a], h.ts),
				Attribution:   attribution,
				Trigger:       d.tokenText(h.ts, h.te),
				Rule:          h.trig.Lang + "/trigger/" + string(h.trig.Type) + "/" + string(h.trig.Voice) + c.suffix,
				Extractor:     ID,
				Confidence:    ConfidenceAsserted,
			}
			if hedged {
				ev.Confidence = ConfidenceHedged
			}
			if c.suffix == "/between" || c.suffix == "/kinds" {
				ev.Confidence -= FallbackPenalty
			}
			if h.trig.Type == graph.Supplies {
				ev.Supplied = d.supplied(ld, c.from, c.to, h, b, blocked)
			}
			out.relations = append(out.relations, relation{key.From, key.To, key.Type, ev})
		}
	}
	return out
}

// candidate is a pair of mentions a trigger relates, in relation order.
type candidate struct {
	from, to mention
	suffix   string // added to the rule name: "", "/by", "/between", "/kinds"
}

// pairs returns the pairs of actors a trigger relates: the actors named
// just before it (with the ones listed with them) and just after it, at
// most maxGap words away, ordered by the trigger's voice; failing that,
// for symmetric types, the two actors after the trigger joined by a pair
// link ("entre X et Y"). Pairs the type rules refuse are
// dropped, except that for leads a title between an organisation and a
// person ("Malian President Assimi Goïta") is read person first.
func (x *Extractor) pairs(d *doc, ld *langData, ms []mention, h trigHit) []candidate {
	// Mentions are sorted and do not overlap triggers.
	right := sort.Search(len(ms), func(i int) bool { return ms[i].ts >= h.te })
	left := right - 1
	if left >= 0 && (ms[left].te > h.ts || h.ts-ms[left].te > maxGap) {
		left = -1
	}
	if right == len(ms) || ms[right].ts-h.te > maxGap {
		right = -1
	}
	t := h.trig.Type
	var out []candidate
	try := func(from, to mention, suffix string) {
		if from.actor.ID == to.actor.ID {
			return
		}
		if !t.Allows(from.actor.Kind, to.actor.Kind) {
			// "Malian President Assimi Goïta", "RSF commander Dagalo":
			// a title between an organisation and a person, all adjacent.
			adjacent := (from.te == h.ts && to.ts == h.te) || (to.te == h.ts && from.ts == h.te)
			if t != graph.Leads || !adjacent || !t.Allows(to.actor.Kind, from.actor.Kind) {
				return
			}
			from, to, suffix = to, from, suffix+"/kinds"
		}
		out = append(out, candidate{from, to, suffix})
	}
	if left >= 0 && right >= 0 {
		voice := h.trig.Voice
		suffix := ""
		if voice == lexicon.Active && !t.Symmetric() && d.agentBefore(ld, h.te, ms[right].ts) {
			voice, suffix = lexicon.Passive, "/by"
		}
		for _, l := range d.group(ld, ms, left, -1) {
			for _, r := range d.group(ld, ms, right, +1) {
				if voice == lexicon.Active {
					try(ms[l], ms[r], suffix)
				} else {
					try(ms[r], ms[l], suffix)
				}
			}
		}
	}
	if len(out) == 0 && t.Symmetric() && right >= 0 && right+1 < len(ms) {
		r1, r2 := ms[right], ms[right+1]
		if d.linked(ld, ld.pairLinks, r1.te, r2.ts) {
			try(r1, r2, "/between")
		}
	}
	return out
}

// group returns the indexes of the mentions listed with mention i, going
// left (dir -1) or right (dir +1): "le Mali, le Burkina Faso et le Niger".
// A comma alone joins two mentions only in a list closed by a coordinator.
func (d *doc) group(ld *langData, ms []mention, i, dir int) []int {
	out := []int{i}
	if dir < 0 {
		coord := false
		for j := i - 1; j >= 0 && len(out) < maxGroup; j-- {
			switch d.gapKind(ld, ms[j].te, ms[j+1].ts) {
			case gapCoord:
				coord = true
			case gapComma:
				if !coord {
					return out
				}
			default:
				return out
			}
			out = append([]int{j}, out...)
		}
		return out
	}
	keep := 1
	for j := i + 1; j < len(ms) && len(out) < maxGroup; j++ {
		k := d.gapKind(ld, ms[j-1].te, ms[j].ts)
		if k == gapNone {
			break
		}
		out = append(out, j)
		if k == gapCoord {
			keep = len(out)
		}
	}
	return out[:keep]
}

const (
	gapNone = iota
	gapComma
	gapCoord
)

// gapKind says how the tokens [from, to) between two mentions join them:
// by a coordinator ("et", "and", possibly with articles), by a comma
// alone, or not at all.
func (d *doc) gapKind(ld *langData, from, to int) int {
	if d.linked(ld, ld.coord, from, to) {
		return gapCoord
	}
	if from == to && from > 0 && to < len(d.toks) {
		gap := d.norm[d.toks[from-1].end:d.toks[to].start]
		if strings.Trim(gap, " ") == "," {
			return gapComma
		}
	}
	return gapNone
}

// linked reports whether the tokens [from, to) are one phrase of links
// with articles around it, and no clause punctuation stands between.
func (d *doc) linked(ld *langData, links phrases, from, to int) bool {
	if from >= to || from <= 0 || to >= len(d.toks) {
		return false
	}
	found := false
	for i := from; i < to; {
		if k := links.at(d, i, to, nil); k > 0 && !found {
			found = true
			i += k
			continue
		}
		if k := ld.determiners.at(d, i, to, nil); k > 0 {
			i += k
			continue
		}
		return false
	}
	return found && !strings.ContainsAny(d.norm[d.toks[from-1].end:d.toks[to].start], ";:()[]\"\n!?")
}

// agentBefore reports whether the words just before token r (articles
// skipped), after token from, are a passive marker ("par", "by").
func (d *doc) agentBefore(ld *langData, from, r int) bool {
	j := r - 1
	for j >= from && ld.determiners.at(d, j, j+1, nil) == 1 {
		j--
	}
	for st := j; st >= from && st >= j-2; st-- {
		if ld.passive.at(d, st, j+1, nil) == j+1-st {
			return true
		}
	}
	return false
}

// negated reports whether a negation cue starts in [from, to): between
// the start of the trigger's clause and the trigger. negs is sorted.
func negated(negs []int, from, to int) bool {
	k := sort.SearchInts(negs, from)
	return k < len(negs) && negs[k] < to
}

// attribution returns the source named from token i on: the words up to
// a comma, semicolon, colon or bracket, at most maxAttributionToks.
func (d *doc) attribution(ld *langData, i, b, sentEnd int) string {
	if i >= b {
		return ""
	}
	end := sentEnd
	if k := strings.IndexAny(d.norm[d.toks[i].start:sentEnd], ",;:()"); k >= 0 {
		end = d.toks[i].start + k
	}
	last := i
	for j := i; j < b && j < i+maxAttributionToks && d.toks[j].end <= end; j++ {
		last = j
	}
	if d.toks[last].end > end {
		return ""
	}
	for last > i && ld.determiners.at(d, last, last+1, nil) == 1 {
		last-- // "publié à l'occasion de la" loses its dangling "de la"
	}
	return strings.TrimSpace(d.tokenText(i, last+1))
}

// tokenText returns the original text of tokens [i, j).
func (d *doc) tokenText(i, j int) string {
	s, _, _ := d.origSpan(d.toks[i].start, d.toks[j-1].end)
	return s
}

// supplied returns what a supplies relation names as supplied: an
// equipment noun ("drones") between the two actors, or shortly after the
// later one, with the capitalised or numbered words around it ("drones
// Bayraktar TB2", "Shahed-136 drones").
func (d *doc) supplied(ld *langData, from, to mention, h trigHit, b int, blocked func(int) bool) string {
	first, second := from, to
	if second.ts < first.ts {
		first, second = second, first
	}
	free := func(i int) bool { return !blocked(i) && (i < h.ts || i >= h.te) && !d.toks[i].credit }
	find := func(lo, hi int) (int, int) {
		for i := lo; i < hi; i++ {
			if !free(i) {
				continue
			}
			if k := ld.equipment.at(d, i, hi, func(j int) bool { return !free(j) }); k > 0 {
				return i, i + k
			}
		}
		return -1, -1
	}
	lo, hi := first.te, second.ts
	i, j := find(lo, hi)
	if i < 0 {
		lo = second.te
		hi = lo
		for hi < b && hi < second.te+supplyLookahead {
			if hi > lo && strings.ContainsAny(d.norm[d.toks[hi-1].end:d.toks[hi].start], ",;:") {
				break
			}
			hi++
		}
		i, j = find(lo, hi)
	}
	if i < 0 {
		return ""
	}
	named := func(k int) bool {
		w := d.word(k)
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789")
	}
	close := func(k int) bool {
		gap := d.norm[d.toks[k].end:d.toks[k+1].start]
		return len(gap) <= 2 && strings.Trim(gap, " -") == ""
	}
	for i > lo && free(i-1) && named(i-1) && close(i-1) {
		i--
	}
	for j < hi && free(j) && named(j) && close(j-1) {
		j++
	}
	return d.tokenText(i, j)
}

// dates finds the event dates of tokens [a, b): "12 mars 2024", "March
// 12, 2024" (day), "septembre 2021", "March 2024" (month), and a year
// after a date preposition, "en 2023", "in 2023" (year).
func (d *doc) dates(ld *langData, a, b int) []dateHit {
	var out []dateHit
	near := func(i, j int) bool {
		gap := d.norm[d.toks[i].end:d.toks[j].start]
		return len(gap) <= 3 && strings.Trim(gap, " ,") == ""
	}
	month := func(i int) int {
		if i >= b {
			return 0
		}
		return ld.months[d.toks[i].fold]
	}
	year := func(i int) int {
		if i >= b {
			return 0
		}
		f := d.toks[i].fold
		if len(f) != 4 {
			return 0
		}
		y, err := strconv.Atoi(f)
		if err != nil || y < 1900 || y > 2100 {
			return 0
		}
		return y
	}
	day := func(i int) int {
		if i >= b {
			return 0
		}
		f := strings.TrimSuffix(d.toks[i].fold, "er")
		if len(f) == 0 || len(f) > 2 {
			return 0
		}
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 || n > 31 {
			return 0
		}
		return n
	}
	// add keeps a date with a day that exists, else its month.
	add := func(pos int, dt graph.Date) {
		if _, err := graph.ParseDate(dt.String()); err != nil {
			dt.Day = 0
		}
		out = append(out, dateHit{pos, dt})
	}
	for i := a; i < b; i++ {
		if dd := day(i); dd > 0 && month(i+1) > 0 && year(i+2) > 0 && near(i, i+1) && near(i+1, i+2) {
			add(i, graph.Date{Year: year(i + 2), Month: month(i + 1), Day: dd})
			i += 2
			continue
		}
		if m := month(i); m > 0 {
			if dd := day(i + 1); dd > 0 && year(i+2) > 0 && near(i, i+1) && near(i+1, i+2) {
				add(i, graph.Date{Year: year(i + 2), Month: m, Day: dd})
				i += 2
				continue
			}
			if y := year(i + 1); y > 0 && near(i, i+1) {
				add(i, graph.Date{Year: y, Month: m})
				i++
				continue
			}
		}
		if y := year(i); y > 0 {
			for n := 1; n <= 2; n++ {
				if i-n >= a && ld.datePreps.at(d, i-n, i, nil) == n {
					add(i, graph.Date{Year: y})
					break
				}
			}
		}
	}
	return out
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
