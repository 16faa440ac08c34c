package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// Discovery of actors no dictionary knows. Every discovered actor comes
// from a rule that names it, never from capitals alone:
//
//   - "Long Name (ACRONYM)" and "ACRONYM (Long Name)", when the acronym
//     follows the initials of the long name, or the long name starts or
//     ends with a head noun of an organisation;
//   - a person after a title ("le colonel Malick Diaw", "spokesman Khaing
//     Thukha"), or before ", the leader of" ("X Y, a spokesman for"), or
//     before a relative saying it leads ("Brahim Ghali, who leads", «
//     X, qui dirige »; leading_relatives);
//   - a capitalised name with a head noun of an organisation ("the Three
//     Brotherhood Alliance", "Front de libération de l'Azawad"), or a name
//     after or before a common noun that says what it is ("la société
//     turque Atlas Defence", "the Fano militia").
//
// The words of these rules are the data of each language (titles,
// name_particles, org_heads, not_names). A discovered actor is one
// *lexicon.Actor per article, whose later bare mentions (its acronym, a
// person's surname, its name without the title) are mentions too.

const (
	maxNameToks    = 12 // most tokens of a discovered name
	maxNameWords   = 8  // most capitalised words of a discovered name
	maxPersonWords = 4  // most capitalised words of a person's name
	maxLongName    = 15 // most tokens searched back from "(ACRONYM)"
	maxExtension   = 8  // most lower-case tokens between a head noun and the rest of its name
	maxAcronymToks = 3  // most tokens of an acronym ("CSP-DPA")
)

// Flags of a folded word in discData.words.
const (
	wTitle    uint8 = 1 << iota // starts a title
	wHead                       // starts a head noun
	wConn                       // a lower-case word inside organisation names ("de", "of")
	wParticle                   // a particle inside persons' names ("al", "ag", "bin")
	wNotName                    // a capitalised word that never names an actor
	wStop                       // a stopword of the language
	wMonth                      // a month
)

// headEntry is a head noun of organisation names, compiled.
type headEntry struct {
	pattern
	kind graph.Kind
	// generic: written in lower case in the data, a common noun that
	// introduces a name ("la société X", "the X militia").
	generic bool
	// party: a head of political parties (party_heads): the name it ends
	// is an organisation ("Nationalist Movement Party").
	party bool
}

// discData is the compiled discovery data of one or more languages.
type discData struct {
	words  map[string]uint8 // folded word → flags
	titles phrases
	// pluralTitles are the titles that name several persons
	// (plural_titles, also in titles): "Hezbollah commanders, including
	// X", « des hauts responsables du Hamas, A et B ».
	pluralTitles phrases
	leadingRel   phrases // "who leads", « qui dirige »: the name before the comma is a person
	heads        map[string][]*headEntry
	institutions phrases // generic phrases for a state's institutions: never a name
	// cues is a bloom filter of the words that start a title or a head
	// noun, so that most lower-case words cost no map lookup.
	cues [64]uint64
	// nouns: the heads also written as common nouns ("alliance",
	// "coalition"), folded: a name of an organisation by its head noun
	// alone must have one ("Three Brotherhood Alliance"), as others name a
	// state's bodies ("National Assembly", "Conseil national de transition").
	nouns map[string]bool
}

// compileDiscover compiles the discovery data of langs; ld holds the
// other data of the same languages, already compiled.
func compileDiscover(reg *setRegistry, ld *langData, langs ...*lexicon.Language) *discData {
	dd := &discData{words: map[string]uint8{}, titles: newPhraseSet(reg), pluralTitles: newPhraseSet(reg), leadingRel: newPhraseSet(reg), heads: map[string][]*headEntry{}, institutions: newPhraseSet(reg), nouns: map[string]bool{}}
	for _, lg := range langs {
		for _, t := range lg.LeadingRelatives {
			dd.leadingRel.add(t, false)
		}
		for _, t := range lg.PluralTitles {
			dd.pluralTitles.add(t, false)
		}
		for _, t := range append(slices.Clip(lg.Titles), lg.PluralTitles...) {
			// A title written with a capital must be written so ("General",
			// "M."), one in lower case may be either ("président").
			r, _ := utf8.DecodeRuneInString(t)
			p, ok := compile(t, unicode.IsUpper(r))
			if !ok {
				continue
			}
			dd.titles.add(t, unicode.IsUpper(r))
			dd.words[p.terms[0]] |= wTitle
		}
		for _, w := range lg.NameParticles {
			for _, f := range lexicon.Terms(w) {
				dd.words[f] |= wConn
			}
		}
		for _, k := range graph.Kinds {
			for _, h := range lg.OrgHeads[k] {
				p, ok := compile(h, false)
				if !ok {
					continue
				}
				r, _ := utf8.DecodeRuneInString(h)
				dd.heads[p.terms[0]] = append(dd.heads[p.terms[0]], &headEntry{p, k, unicode.IsLower(r), false})
				if unicode.IsLower(r) {
					dd.nouns[strings.Join(p.terms, " ")] = true
				}
				dd.words[p.terms[0]] |= wHead
			}
		}
		for _, h := range lg.PartyHeads {
			// a party is no state body: its head needs no common noun
			if p, ok := compile(h, false); ok {
				dd.heads[p.terms[0]] = append(dd.heads[p.terms[0]], &headEntry{p, graph.KindOrganisation, false, true})
				dd.nouns[strings.Join(p.terms, " ")] = true
				dd.words[p.terms[0]] |= wHead
			}
		}
		for _, w := range lg.NotNames {
			if t := lexicon.Terms(w); len(t) == 1 {
				dd.words[t[0]] |= wNotName
			}
		}
		for _, s := range lg.InstitutionNouns {
			dd.institutions.add(s, false)
		}
	}
	// A particle is one of persons' names unless it is a function word of
	// the language ("de", "of", "et"): "Malick Diaw à Gao" is not a name.
	for w, f := range dd.words {
		if f&wConn == 0 || ld.stop[w] {
			continue
		}
		fn := false
		for _, ps := range []phrases{ld.determiners, ld.coord, ld.pairLinks, ld.passive, ld.datePreps} {
			for _, p := range ps.m[w] {
				fn = fn || len(p.terms) == 1
			}
		}
		if !fn {
			dd.words[w] = f | wParticle
		}
	}
	for _, list := range dd.heads {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].terms) > len(list[j].terms) })
	}
	for w, f := range dd.words {
		if f&(wTitle|wHead) != 0 {
			k1, k2 := cueKeys(w)
			dd.cues[k1>>6] |= 1 << (k1 & 63)
			dd.cues[k2>>6] |= 1 << (k2 & 63)
		}
	}
	for w := range ld.stop {
		dd.words[w] |= wStop
	}
	for m := range ld.months {
		dd.words[m] |= wMonth
	}
	return dd
}

// cueKeys are the two bloom keys of a folded word (12 bits each), from a
// hash of its length, first, middle and last bytes.
func cueKeys(w string) (uint, uint) {
	h := uint32(len(w)) | uint32(w[0])<<8 | uint32(w[len(w)/2])<<16 | uint32(w[len(w)-1])<<24
	return uint((h * 2654435769) >> 20), uint((h * 2246822519) >> 20)
}

// discState is the work of discover on one article.
type discState struct {
	x       *Extractor
	d       *doc
	ld      *langData
	dd      *discData
	ms      [][]mention
	occ     []bool // tokens taken by a mention, or in a credit
	blocked func(int) bool
	adds    [][]mention // mentions added, per sentence
	actors  []*discActor
	bySlug  map[string]*discActor
	acrOf   map[string]*lexicon.Actor // acronyms found for actors of the lexicon
	bounds  [][2]int                  // the tokens of each sentence
	tcSent  int                       // the sentence whose title case is known, or -1
	tc      bool                      // whether sentence tcSent is a title
	weakN   int                       // calls of weak that scanned the article
	lower   map[string]bool           // the words the article writes in lower case, after 8 such calls
}

// discActor is an actor discovered in the article.
type discActor struct {
	a        *lexicon.Actor
	acronyms []string
	person   bool
	words    int      // capitalised words of a person's name
	surnames []string // short forms of a person's name ("Diaw", "Ag Ghaly")
}

// discover adds to ms (the mentions of each sentence, from the lexicon)
// the actors that no dictionary knows, and resolves short forms inside
// the article. Each ms[i] stays sorted and without overlaps.
func (x *Extractor) discover(d *doc, ld *langData, sents []span, ms [][]mention) {
	if ld == nil || ld.disc == nil || len(d.toks) == 0 || len(sents) == 0 {
		return
	}
	occ := d.occBuf[:0]
	if cap(occ) < len(d.toks) {
		occ = make([]bool, len(d.toks))
	}
	occ = occ[:len(d.toks)]
	clear(occ)
	st := &discState{x: x, d: d, ld: ld, dd: ld.disc, ms: ms, occ: occ}
	st.blocked = func(i int) bool { return st.occ[i] }
	bounds := d.boundBuf[:0]
	if cap(bounds) < len(sents) {
		bounds = make([][2]int, len(sents))
	}
	bounds = bounds[:len(sents)]
	clear(bounds)
	d.occBuf, d.boundBuf = occ, bounds
	st.bounds, st.tcSent = bounds, -1
	a := 0
	for si, s := range sents {
		// The tokens of each sentence, in one pass (see sentenceTokens).
		for a < len(d.toks) && d.toks[a].start < s.start {
			a++
		}
		// Tokens in a credit or a mention are taken (only those of
		// sentences are ever looked at).
		b := a
		for b < len(d.toks) && d.toks[b].end <= s.end {
			st.occ[b] = d.toks[b].credit
			b++
		}
		for _, m := range ms[si] {
			for k := m.ts; k < m.te; k++ {
				st.occ[k] = true
			}
		}
		bounds[si] = [2]int{a, b}
		if a >= b {
			continue
		}
		if strings.IndexByte(d.norm[d.toks[a].start:d.toks[b-1].end], '(') >= 0 {
			st.acronyms(si, a, b)
		}
		st.scan(si, a, b)
	}
	st.initialsOfNamed()
	lexSurnames := st.lexiconSurnames()
	if st.adds == nil && len(lexSurnames) == 0 && len(st.acrOf) == 0 {
		return // nothing found: the common case costs no more
	}
	st.resolvePersons(lexSurnames)
	st.shortForms(bounds, lexSurnames)
	if st.adds == nil {
		return // no surname of the lexicon's persons met again
	}
	for si := range ms {
		if len(st.adds[si]) == 0 {
			continue
		}
		add := st.adds[si]
		sort.Slice(add, func(i, j int) bool { return add[i].ts < add[j].ts })
		// cut from the document's buffer of mentions, after every
		// sentence's (capped, so that appending to it copies)
		at := len(d.mbuf)
		out := d.mbuf
		i, j := 0, 0
		for i < len(ms[si]) || j < len(add) {
			if j == len(add) || (i < len(ms[si]) && ms[si][i].ts < add[j].ts) {
				out = append(out, ms[si][i])
				i++
			} else {
				out = append(out, add[j])
				j++
			}
		}
		d.mbuf = out
		ms[si] = out[at:len(out):len(out)]
	}
}

// ---- tokens ----

// word returns the token as written (normalised).
func (st *discState) word(i int) string { return st.d.word(i) }

// capital reports whether token i starts with an upper-case letter.
func (st *discState) capital(i int) bool { return st.d.toks[i].capital }

// lowerTok reports whether token i starts with a lower-case letter.
func (st *discState) lowerTok(i int) bool {
	w := st.d.norm[st.d.toks[i].start:st.d.toks[i].end]
	if c := w[0]; c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// digits reports whether token i is a number.
func (st *discState) digits(i int) bool {
	w := st.word(i)
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return true
}

// gap returns the text between token i-1 and token i (before the first
// token for i = 0).
func (st *discState) gap(i int) string {
	if i == 0 {
		return st.d.norm[:st.d.toks[0].start]
	}
	return st.d.norm[st.d.toks[i-1].end:st.d.toks[i].start]
}

// gapAfter returns the text after token i, up to the next token.
func (st *discState) gapAfter(i int) string {
	if i+1 < len(st.d.toks) {
		return st.d.norm[st.d.toks[i].end:st.d.toks[i+1].start]
	}
	return st.d.norm[st.d.toks[i].end:]
}

// nameGap reports whether a gap keeps two words in one name: a space, a
// hyphen or an apostrophe.
func nameGap(g string) bool {
	return g == " " || g == "-" || g == "'" || g == "  "
}

// tight reports whether a gap glues two words into one ("al-Houthi").
func tight(g string) bool { return g == "-" || g == "'" }

func (st *discState) flags(i int) uint8 { return st.d.discFlags(i, st.ld) }

// cueFlags returns the flags of token i when it may start a title or a
// head noun, else 0 without a map lookup (most words). Its callers read
// only wTitle and wHead, which every word with either passes the bloom
// filter with: a document classified for st.ld has the flags in its
// tokens, so the filter is skipped.
func (st *discState) cueFlags(i int) uint8 {
	if st.d.classLD == st.ld {
		return st.d.toks[i].disc
	}
	k1, k2 := cueKeys(st.d.toks[i].fold)
	if st.dd.cues[k1>>6]&(1<<(k1&63)) == 0 || st.dd.cues[k2>>6]&(1<<(k2&63)) == 0 {
		return 0
	}
	return st.flags(i)
}

// continuation reports whether token i is the lower-case end of the word
// before it ("Ta'ang", "People's", "Jama'at").
func (st *discState) continuation(i int) bool {
	return i > 0 && st.gap(i) == "'" && st.lowerTok(i)
}

// nameWord reports whether token i, capitalised and free, can be a word
// of a name: not a month, a stopword or a word that never names.
func (st *discState) nameWord(i int) bool {
	if st.occ[i] || !st.capital(i) {
		return false
	}
	fl := st.flags(i)
	if fl&(wNotName|wMonth) != 0 || (fl&wConn != 0 && fl&wParticle == 0) {
		return false
	}
	return fl&wStop == 0 || fl&wParticle != 0
}

// title returns the number of tokens of the title at i, or 0.
func (st *discState) title(i, b int) int {
	if i >= b || st.cueFlags(i)&wTitle == 0 {
		return 0
	}
	return st.dd.titles.at(st.d, i, b, st.blocked)
}

// head returns the head noun at i (the longest), or nil: a common noun
// of the data in lower case when generic is true ("société", "militia"),
// else a head of names, capitalised in the data ("Front", "Alliance").
func (st *discState) head(i, limit int, generic bool) *headEntry {
	if i >= limit || st.cueFlags(i)&wHead == 0 {
		return nil
	}
	for _, h := range st.dd.heads[st.d.toks[i].fold] {
		if generic != h.generic {
			continue
		}
		if st.d.match(&h.pattern, i, limit, st.blocked) {
			return h
		}
	}
	return nil
}

// initial reports whether token i opens its sentence, a quotation or a
// line, where any word takes a capital.
func (st *discState) initial(i, a int) bool {
	return i == a || strings.ContainsAny(st.gap(i), "\"«:(\n")
}

// weak reports whether the capitalised token i may be an ordinary word
// capitalised because it opens a sentence: a stopword, or a word the
// article also writes in lower case.
func (st *discState) weak(i int) bool {
	if st.flags(i)&(wStop|wNotName) != 0 {
		return true
	}
	f := st.d.toks[i].fold
	// A few scans of the article; then a set, so that many calls stay
	// linear in the article.
	if st.weakN < 8 {
		st.weakN++
		for k := range st.d.toks {
			if st.d.toks[k].fold == f && st.lowerTok(k) {
				return true
			}
		}
		return false
	}
	if st.lower == nil {
		st.lower = map[string]bool{}
		for k := range st.d.toks {
			if st.lowerTok(k) {
				st.lower[st.d.toks[k].fold] = true
			}
		}
	}
	return st.lower[f]
}

// inTitle reports whether sentence si is a title written with a capital
// to every word but function words ("US and UK Strike Houthi Targets"),
// where capitals say nothing: no rule but acronyms applies there.
func (st *discState) inTitle(si int) bool {
	if st.tcSent != si {
		st.tcSent, st.tc = si, st.titleCase(st.bounds[si][0], st.bounds[si][1])
	}
	return st.tc
}

// titleCase reports whether the tokens [a, b) are a title (see inTitle).
func (st *discState) titleCase(a, b int) bool {
	up := 0
	for i := a; i < b; i++ {
		if st.capital(i) {
			up++
		} else if st.lowerTok(i) && !st.continuation(i) && !st.ld.stop[st.d.toks[i].fold] && st.flags(i)&wConn == 0 {
			return false
		}
	}
	return up >= 4
}

// ---- acronyms ----

// initialsOfNamed makes a bare acronym the article writes, in no
// brackets, a form of the actor of the lexicon it names by a name whose
// capitalised words it spells ("the Arakan Army ... the AA"): one
// token, all capitals, no form of the lexicon, spelled by exactly one
// group, organisation or company the article names.
func (st *discState) initialsOfNamed() {
	var cands []string
	for _, bd := range st.bounds {
		for i := bd[0]; i < bd[1]; i++ {
			if st.occ[i] || !st.capital(i) {
				continue
			}
			w := st.word(i)
			if len(w) < 2 || len(w) > 5 || !upperOnly(w) || !isAcronym(w) || strings.ContainsAny(w, "-0123456789") || slices.Contains(cands, w) {
				continue
			}
			cands = append(cands, w)
		}
	}
	if len(cands) == 0 {
		return
	}
	found := map[string]*lexicon.Actor{}
	var last *lexicon.Actor // mentions of one actor come in runs: spell it once
	for _, sm := range st.ms {
		for _, m := range sm {
			k := m.actor.Kind
			if k != graph.KindArmedGroup && k != graph.KindOrganisation && k != graph.KindCompany || m.actor == last {
				continue
			}
			last = m.actor
			acr := spelledCandidate(m.actor.Name, cands)
			if acr == "" {
				continue
			}
			if a, ok := found[acr]; ok && a != m.actor {
				found[acr] = nil // two actors spell it: neither
				continue
			}
			if _, ok := found[acr]; !ok {
				found[acr] = m.actor
			}
		}
	}
	for _, acr := range cands {
		a := found[acr]
		if a == nil || st.x.lex.Count(acr) > 0 || st.acrOf[acr] != nil {
			continue
		}
		if st.acrOf == nil {
			st.acrOf = map[string]*lexicon.Actor{}
		}
		st.acrOf[acr] = a
	}
}

// nameInitials returns the initials of the capitalised words of a name,
// upper case ("Arakan Army": "AA"; "Union for Peace": "UP"); "" when a
// word opens with no letter.
func nameInitials(name string) string {
	b, ok := appendInitials(nil, name)
	if !ok {
		return ""
	}
	return string(b)
}

// appendInitials appends nameInitials(name) to b; ok is false when a word
// opens with no letter. The words are the runs of bytes other than ' '
// and '-' (both ASCII, so never inside a rune).
func appendInitials(b []byte, name string) ([]byte, bool) {
	for i := 0; i < len(name); {
		if name[i] == ' ' || name[i] == '-' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(name[i:])
		if !unicode.IsLetter(r) {
			return b, false
		}
		if unicode.IsUpper(r) {
			b = utf8.AppendRune(b, r)
		}
		for i += n; i < len(name) && name[i] != ' ' && name[i] != '-'; i++ {
		}
	}
	return b, true
}

// spelledCandidate returns the candidate that nameInitials(name) equals
// when it has two letters or more, else "": initialsOfNamed's test,
// with the initials spelled in a buffer on the stack.
func spelledCandidate(name string, cands []string) string {
	var buf [16]byte
	b, ok := appendInitials(buf[:0], name)
	if !ok || len(b) < 2 {
		return ""
	}
	for _, c := range cands {
		if c == string(b) {
			return c
		}
	}
	return ""
}

// upperOnly reports whether s holds no lower-case letter (as
// strings.ToUpper(s) == s, without building the upper-case copy).
func upperOnly(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) || r != unicode.ToUpper(r) {
			return false
		}
	}
	return true
}

// isAcronym reports whether s looks like an acronym: 2 to 10 letters and
// digits (hyphens allowed), starting with a capital, mostly capitals.
func isAcronym(s string) bool {
	n, up, lo, dig := 0, 0, 0, 0
	for i, r := range s {
		switch {
		case r == '-':
			continue
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			lo++
		case unicode.IsDigit(r):
			dig++
		default:
			return false
		}
		if i == 0 && !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 10 && (up >= 2 || (up == 1 && dig > 0)) && lo*2 <= up
}

// acronymAt returns the end of the acronym starting at token i (its
// tokens joined by hyphens), or i when there is none there.
func (st *discState) acronymAt(i, b int) int {
	j := i + 1
	for j < b && j-i < maxAcronymToks && st.gap(j) == "-" {
		j++
	}
	for ; j > i; j-- {
		if isAcronym(st.d.norm[st.d.toks[i].start:st.d.toks[j-1].end]) {
			return j
		}
	}
	return i
}

// acronyms finds "Long Name (ACRONYM)" and "ACRONYM (Long Name)" in the
// sentence [a, b).
func (st *discState) acronyms(si, a, b int) {
	for i := a; i < b; i++ {
		g := st.gap(i)
		if strings.IndexByte(g, '(') < 0 || strings.TrimSpace(g) != "(" {
			continue
		}
		// The parenthesis [i, j): words joined by spaces, hyphens and
		// apostrophes, closed by ")".
		j := i + 1
		for j < b && j-i < maxLongName && nameGap(st.gap(j)) {
			j++
		}
		if !strings.HasPrefix(strings.TrimLeft(st.gapAfter(j-1), " "), ")") {
			continue
		}
		if e := st.acronymAt(i, j); e == j {
			if i > a {
				st.longBefore(si, a, i, j)
			}
			continue
		}
		// "ACRONYM (Long Name)": the acronym just before the parenthesis.
		if i-1 < a || !st.capital(i) {
			continue
		}
		s := i - 1
		for s > a && st.gap(s) == "-" && i-s < maxAcronymToks {
			s--
		}
		for ; s < i; s++ {
			if st.acronymAt(s, i) == i {
				break
			}
		}
		if s == i || (s > a && tight(st.gap(s))) {
			continue
		}
		spelled := st.initialsMatch(st.acrText(s, i), i, j) > 0
		if spelled || st.head(i, j, false) != nil || st.endsWithHead(i, j) {
			st.pair(si, i, j, s, i, spelled)
		}
	}
}

func (st *discState) acrText(s, e int) string {
	return st.d.norm[st.d.toks[s].start:st.d.toks[e-1].end]
}

// longBefore finds the long name before "(ACRONYM)" at tokens [i, j):
// the start whose initials best spell the acronym, else a name that
// starts or ends with a head noun.
func (st *discState) longBefore(si, a, i, j int) {
	acr := st.acrText(i, j)
	first, _ := utf8.DecodeRuneInString(graph.Fold(acr))
	best, bestScore := -1, 0
	for p := i - 1; p >= a && p >= i-maxLongName; p-- {
		if p < i-1 && !nameGap(st.gap(p+1)) {
			break
		}
		if st.d.toks[p].credit {
			break
		}
		if !st.capital(p) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(st.d.toks[p].fold); r != first {
			continue
		}
		if sc := st.initialsMatch(acr, p, i); sc > bestScore {
			best, bestScore = p, sc
		}
	}
	if best >= 0 {
		best = st.partialAcronymStart(acr, bestScore, a, best) // "Nationalist Movement Party (MHP)" (gold20en.go)
		st.pair(si, best, i, i, j, true)
		return
	}
	// A head noun opening the name ("Mouvement du 23 mars (M23)"), or
	// ending it ("... Brigade (XYZ)").
	for p := i - 1; p >= a && p >= i-maxExtension-2; p-- {
		if p < i-1 && !nameGap(st.gap(p+1)) {
			break
		}
		// (not a party's head alone: "Justice and Development Party
		// (AKP)" is a name ending with its head, below)
		if h := st.head(p, i, false); st.capital(p) && !st.occ[p] && h != nil && !(h.party && p+len(h.terms) == i) {
			st.pair(si, p, i, i, j, false)
			return
		}
	}
	s := -1
	for p := i - 1; p >= a && p >= i-maxNameToks; p-- {
		if p < i-1 && !nameGap(st.gap(p+1)) {
			break
		}
		if st.occ[p] {
			break
		}
		if st.nameWord(p) {
			s = p
		} else if st.flags(p)&wConn == 0 && !st.continuation(p) {
			break
		}
	}
	if s >= 0 && s < i-1 {
		for k := s + 1; k < i; k++ {
			if h := st.head(k, i, false); h != nil && k+len(h.terms) == i && st.capital(k) {
				st.pair(si, s, i, i, j, false)
				return
			}
		}
	}
}

// initialsMatch returns a positive score when the acronym spells the
// initials of the words [s, e): the number of its letters found in order
// among the initials, all of them or all but one (of three or more), the
// first on the first word. It returns 0 otherwise.
func (st *discState) initialsMatch(acr string, s, e int) int {
	var letters [16]rune
	n := 0
	for _, r := range graph.Fold(acr) {
		if r == '-' || n == len(letters) {
			continue
		}
		letters[n] = r
		n++
	}
	var inits [maxLongName + 1]rune
	m := 0
	for k := s; k < e && m < len(inits); k++ {
		if st.continuation(k) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(st.d.toks[k].fold)
		inits[m] = r
		m++
	}
	if n < 2 || m < 2 || inits[0] != letters[0] {
		return 0
	}
	// Longest common subsequence, one row at a time.
	var prev, cur [17]int
	for x := 1; x <= m; x++ {
		for y := 1; y <= n; y++ {
			switch {
			case inits[x-1] == letters[y-1]:
				cur[y] = prev[y-1] + 1
			case prev[y] >= cur[y-1]:
				cur[y] = prev[y]
			default:
				cur[y] = cur[y-1]
			}
		}
		prev = cur
	}
	l := prev[n]
	if l == n || (n >= 3 && l == n-1) {
		return l
	}
	return 0
}

// pair records a long name [ls, le) and its acronym [as, ae); spelled
// says whether the acronym spells the long name's initials.
func (st *discState) pair(si, ls, le, as, ae int, spelled bool) {
	if ls >= le || as >= ae || le-ls > maxLongName {
		return
	}
	for k := ls; k < le; k++ {
		if st.d.toks[k].credit {
			return
		}
	}
	acr := st.acrText(as, ae)
	if st.agency(as, ae) || st.agency(ls, le) || st.flags(as)&wNotName != 0 {
		return
	}
	acrTaken := st.taken(as, ae)
	longFree := true
	for k := ls; k < le; k++ {
		longFree = longFree && !st.occ[k]
	}
	// One of the two is an actor of the lexicon: the other is its form.
	if m, ok := st.exactMention(si, ls, le); ok {
		if spelled && !acrTaken {
			st.addMention(si, as, ae, m.actor, lexicon.RoleAlias)
			if st.acrOf == nil {
				st.acrOf = map[string]*lexicon.Actor{}
			}
			st.acrOf[acr] = m.actor
		}
		return
	}
	if m, ok := st.exactMention(si, as, ae); ok {
		// An acronym of another language's words ("Armée de libération
		// nationale (ELN)") names a long name opening with a head noun.
		if (spelled || (le-ls >= 2 && st.capital(ls) && st.head(ls, le, false) != nil)) && longFree && st.validName(ls, le) {
			st.addMention(si, ls, le, m.actor, lexicon.RoleAlias)
		}
		return
	}
	if acrTaken || (!longFree && !spelled) {
		return
	}
	if spelled && longFree && le == as && ae < len(st.d.toks) && strings.TrimSpace(st.gap(ae)) == ")" && st.lowerTok(ae) {
		// "the Multinational Security Support (MSS) mission": the long
		// name and the noun after the brackets are a form of the lexicon
		if as := st.x.lex.Lookup(st.d.tokenText(ls, le) + " " + st.word(ae)); len(as) == 1 {
			st.addMention(si, ls, le, as[0], lexicon.RoleAlias)
			st.addMention(si, le, ae, as[0], lexicon.RoleAlias)
			if st.acrOf == nil {
				st.acrOf = map[string]*lexicon.Actor{}
			}
			st.acrOf[acr] = as[0]
			return
		}
	}
	if st.x.lex.Count(acr) > 0 || !st.validName(ls, le) {
		return
	}
	// Trim the long name's leading connectors ("of", "de").
	for ls < le && !st.capital(ls) {
		ls++
	}
	if ls >= le {
		return
	}
	name := strings.TrimSpace(st.d.tokenText(ls, le))
	kind := st.kindOf(ls, le, "")
	da := st.actor(name, kind, false)
	if da == nil {
		return
	}
	da.addAcronym(acr)
	if longFree {
		st.addMention(si, ls, le, da.a, lexicon.RoleName)
	}
	st.addMention(si, as, ae, da.a, lexicon.RoleAlias)
}

// taken reports whether a token of [s, e) is taken.
func (st *discState) taken(s, e int) bool {
	for k := s; k < e; k++ {
		if st.occ[k] {
			return true
		}
	}
	return false
}

// exactMention returns the lexicon mention of sentence si spanning
// exactly [s, e).
func (st *discState) exactMention(si, s, e int) (mention, bool) {
	list := st.ms[si]
	k := sort.Search(len(list), func(k int) bool { return list[k].ts >= s })
	if k < len(list) && list[k].ts == s && list[k].te == e {
		return list[k], true
	}
	return mention{}, false
}

// agency reports whether a news agency is named in [s, e).
func (st *discState) agency(s, e int) bool {
	for k := s; k < e; k++ {
		if st.x.agencies.at(st.d, k, e, nil) > 0 {
			return true
		}
	}
	return false
}

// ---- titles, heads and names ----

// scan finds persons after titles, organisations by their head nouns and
// persons before ", the leader of" in the sentence [a, b).
func (st *discState) scan(si, a, b int) {
	classed := st.d.classLD == st.ld // flags and cueFlags read the token's
	for i := a; i < b; {
		if st.occ[i] {
			i++
			continue
		}
		t := &st.d.toks[i]
		capital := t.capital
		var fl uint8
		if classed {
			fl = t.disc
		} else if capital {
			fl = st.flags(i)
		} else {
			fl = st.cueFlags(i)
		}
		if fl&wTitle != 0 {
			if k := st.dd.titles.at(st.d, i, b, st.blocked); k > 0 {
				if e := st.titled(si, a, b, i, k); e > i {
					i = e
				} else if capital && k == 1 && st.titleOpensFirm(i, b) {
					i = max(st.capRun(si, a, b, i), i+1) // "Prince Group": a firm's name, no title (gold18fr.go)
				} else {
					i += k
				}
				continue
			}
		}
		if !capital {
			if fl&wHead == 0 {
				i++
				continue
			}
			if h := st.head(i, b, true); h != nil {
				k := len(h.terms)
				if e := st.afterGeneric(si, b, i+k, h); e > i {
					i = e
				} else {
					i += k
				}
				continue
			}
			i++
			continue
		}
		if st.nameWord(i) {
			i = max(st.capRun(si, a, b, i), i+1)
			continue
		}
		i++
	}
}

// titled reads a person named after the title [i, i+k); it returns the
// end of the name, or 0.
func (st *discState) titled(si, a, b, i, k int) int {
	j := i + k
	// "Lt. Gen.", "army chief General": titles in a row.
	for j < b && !st.occ[j] && len(strings.Trim(st.gap(j), " .")) == 0 {
		k2 := st.title(j, b)
		if k2 == 0 {
			break
		}
		j += k2
	}
	// "le président turc Erdogan": a demonym of the lexicon between.
	if j+1 < b && st.occ[j] && st.lowerTok(j) && !st.occ[j+1] && (st.gap(j+1) == " " || strings.TrimSpace(st.gap(j+1)) == ",") {
		j++ // also before a name between commas: « le Premier ministre thaïlandais, Anutin Charnvirakul, » (gold18fr)
	}
	// "le porte-parole du M23, Lawrence Kanyuka,", "the M23's spokesman,
	// Lawrence Kanyuka,": past the group served, a name between commas
	apposed := false
	if j < b && st.ld.rel.roleOf[st.d.toks[j].fold] && strings.TrimSpace(st.gap(j)) == "" {
		k := j + 1
		for k < b && st.ld.determiners.at(st.d, k, k+1, nil) == 1 {
			k++
		}
		if k < b && st.occ[k] {
			for k < b && st.occ[k] && (k == j+1 || strings.TrimSpace(st.gap(k)) == "") {
				k++
			}
			j = k
		}
	}
	// "Several Hezbollah commanders, including Fuad Shukr,": a plural
	// title's holders listed after an including phrase (".., among them")
	plural := st.dd.pluralTitles.at(st.d, i, b, nil) == k
	if plural && j < b && !st.occ[j] && strings.TrimSpace(st.gap(j)) == "," {
		if n := st.ld.rel.including.at(st.d, j, b, nil); n > 0 && j+n < b && !st.occ[j+n] && strings.TrimSpace(st.gap(j+n)) == "" {
			j += n
			apposed = true // two words at least, as after a comma
		}
	}
	if !apposed && j < b && !st.occ[j] && strings.TrimSpace(st.gap(j)) == "," {
		apposed = true
	} else if !apposed && (j >= b || st.occ[j] || len(st.gap(j)) > 3 || strings.Trim(st.gap(j), " .") != "") {
		return 0
	}
	if !st.nameWord(j) || st.title(j, b) > 0 {
		return 0
	}
	e, words, ok := st.personRun(j, b)
	if !ok || st.hasHead(j, e) || !st.validName(j, e) {
		return 0
	}
	if apposed && (words < 2 || e < b && strings.TrimSpace(st.gap(e)) != "," && !(plural && st.ld.coord.at(st.d, e, b, nil) > 0)) {
		return 0
	}
	st.addPerson(si, j, e, words)
	if plural {
		e = st.coordinatedPersons(si, e, b)
	}
	return e
}

// coordinatedPersons reads, after a plural title's first holder ending
// at e, the names coordinated to it, of two words or more ("Hezbollah
// commanders Fuad Shukr and Ibrahim Aqil", « des responsables du Hamas,
// A, B et C »); it returns the end of the last.
func (st *discState) coordinatedPersons(si, e, b int) int {
	for e < b {
		j := e
		if n := st.ld.coord.at(st.d, j, b, nil); n > 0 {
			j += n
		} else if strings.TrimSpace(st.gap(j)) != "," || j >= b {
			return e
		}
		if j >= b || st.occ[j] || !st.nameWord(j) || st.title(j, b) > 0 {
			return e
		}
		end, words, ok := st.personRun(j, b)
		if !ok || words < 2 || st.hasHead(j, end) || !st.validName(j, end) {
			return e
		}
		st.addPerson(si, j, end, words)
		e = end
	}
	return e
}

// personRun returns the end of the person's name starting at the
// capitalised token j: at most maxPersonWords capitalised words, with
// particles and hyphens ("Abdul-Malik al-Houthi", "Iyad Ag Ghaly", a
// title or stopword hyphenated to a name: "Fils-Aimé"). ok is
// false when the name runs into a mention of the lexicon, which would
// leave a part of it ("Mohamed Hamdan" of "Mohamed Hamdan Dagalo").
func (st *discState) personRun(j, b int) (end, words int, ok bool) {
	last := -1
	for k := j; k < b && k-j < maxNameToks; k++ {
		g := st.gap(k)
		if k > j && !nameGap(g) {
			break
		}
		if st.occ[k] {
			if k > j && (tight(g) || last == k-1) {
				return 0, 0, false
			}
			break
		}
		fl := st.flags(k)
		if st.capital(k) {
			// a word hyphenated to the name is part of it, even a title
			// or a stopword (« Alix Didier Fils-Aimé »)
			glued := k > j && g == "-" || k+1 < b && st.gap(k+1) == "-" && st.capital(k+1) && !st.occ[k+1]
			if !glued && (!st.nameWord(k) || (fl&wTitle != 0 && st.title(k, b) > 0)) {
				break
			}
			if words++; words > maxPersonWords {
				return 0, 0, false
			}
			last = k
			continue
		}
		if g == "'" && st.ld.rel.possessiveSuffix[st.d.toks[k].fold] {
			break // "Mr Abdi's forces": the name ends before the possessive (gold20en)
		}
		if st.continuation(k) && last == k-1 {
			last = k
			continue
		}
		if fl&wParticle != 0 {
			continue
		}
		break
	}
	if last < 0 {
		return 0, 0, false
	}
	return last + 1, words, true
}

// hasHead reports whether a capitalised word of [s, e) is a head noun.
func (st *discState) hasHead(s, e int) bool {
	for k := s; k < e; k++ {
		if st.capital(k) && st.head(k, e, false) != nil {
			return true
		}
	}
	return false
}

// afterGeneric reads the name after a common noun [.., j) that says what
// it is ("la société turque Atlas Defence", "the firm Baykar"); it
// returns the end of the name, or 0.
func (st *discState) afterGeneric(si, b, j int, h *headEntry) int {
	if j+1 < b && st.occ[j] && st.lowerTok(j) && !st.occ[j+1] && st.gap(j+1) == " " {
		j++ // a demonym of the lexicon: "la société turque X"
	}
	if j >= b || st.gap(j) != " " || !st.nameWord(j) || st.title(j, b) > 0 {
		return 0
	}
	e, next, abandoned := st.run(j, b)
	if abandoned || e <= j {
		return max(next, 0)
	}
	if st.capWords(j, e) > 5 || !st.validName(j, e) {
		return e
	}
	st.addOrg(si, j, e, st.kindOf(j, e, h.kind))
	return e
}

// run returns the end of the name made of capitalised words and
// connectors starting at the capitalised token s ("Coalition of Patriots
// for Change", "Tariq Ben Ziyad Brigade"), trailing connectors left out,
// and where it stopped. A head noun ending the words may take lower-case
// words after it up to a capitalised one ("Front de libération de
// l'Azawad"). abandoned is true when the name runs into a mention of the
// lexicon, which would leave a part of it ("Liberation Army" of "Sudan
// Liberation Army").
func (st *discState) run(s, b int) (end, next int, abandoned bool) {
	last := -1
	k := s
	for ; k < b && k-s < maxNameToks; k++ {
		g := st.gap(k)
		if k > s && !nameGap(g) {
			break
		}
		if st.occ[k] {
			if k > s && (tight(g) || last == k-1) {
				return 0, k, true
			}
			break
		}
		fl := st.flags(k)
		if st.capital(k) && st.nameWord(k) {
			if k > s && fl&wTitle != 0 && st.title(k, b) > 0 && !st.surnameTitle(k, b) {
				break
			}
			last = k
			continue
		}
		if g == "'" && st.ld.rel.possessiveSuffix[st.d.toks[k].fold] {
			break // "Johnson André's": the name ends before the possessive
		}
		if st.continuation(k) && last == k-1 {
			last = k
			continue
		}
		if st.digits(k) && last == k-1 {
			last = k
			continue
		}
		if fl&wConn != 0 {
			// "X Army and the Y Front" are two names; "Front for
			// Democracy and Justice" is one.
			if st.ld.coord.at(st.d, k, b, nil) > 0 && (st.endsWithHead(s, last+1) || (k+1 < b && st.ld.determiners.at(st.d, k+1, b, nil) > 0)) {
				break
			}
			continue
		}
		break
	}
	if last < 0 {
		return 0, k, false
	}
	end = last + 1
	// "Front de libération de l'Azawad": lower-case words after a head.
	if end-s < maxNameToks && st.endsWithHead(s, end) {
		if c := st.extension(end, b); c > 0 {
			e2, n2, ab := st.run(c, b)
			if ab {
				return 0, n2, true
			}
			if e2 > c {
				return e2, n2, false
			}
		}
	}
	return end, k, false
}

// endsWithHead reports whether the words [s, e) end with a capitalised
// head noun.
func (st *discState) endsWithHead(s, e int) bool {
	for k := max(s, e-3); k < e; k++ {
		if h := st.head(k, e, false); h != nil && k+len(h.terms) == e && st.capital(k) {
			return true
		}
	}
	return false
}

// extension returns the capitalised token that ends the lower-case words
// after a head noun at e: an adjective right after the head, then
// connectors, each followed by at most one lower-case word ("national de
// libération de l'"), the capitalised word right after a connector. It
// returns 0 when there is none.
func (st *discState) extension(e, b int) int {
	adj, conn := true, false
	for k := e; k < b && k < e+maxExtension; k++ {
		if !nameGap(st.gap(k)) || st.occ[k] || st.ld.coord.at(st.d, k, b, nil) > 0 {
			return 0
		}
		fl := st.flags(k)
		switch {
		case st.capital(k):
			if conn && st.nameWord(k) {
				return k
			}
			return 0
		case fl&wConn != 0:
			adj, conn = true, true
		case st.continuation(k):
		case st.lowerTok(k) && adj && !st.ld.stop[st.d.toks[k].fold]:
			adj, conn = false, false
		default:
			return 0
		}
	}
	return 0
}

// capWords counts the capitalised words of [s, e).
func (st *discState) capWords(s, e int) int {
	n := 0
	for k := s; k < e; k++ {
		if st.capital(k) {
			n++
		}
	}
	return n
}

// capRun reads the name of capitalised words starting at s: an
// organisation by its head noun, a name before a common noun ("the Fano
// militia"), or a person before ", the leader of". It returns where the
// scan goes on.
func (st *discState) capRun(si, a, b, s int) int {
	e, next, abandoned := st.run(s, b)
	if abandoned || e <= s {
		return next
	}
	if st.ld.rel.documentHead(st.d, e-1) {
		return e // "the Mutual Defense Treaty": a treaty, no actor (gold19en.go)
	}
	// A mention of the lexicon glued before: "Sudan" of "Sudan Liberation Army".
	if s > a && st.occ[s-1] && (st.gap(s) == " " || tight(st.gap(s))) && !st.d.toks[s-1].credit && (st.capital(s-1) || tight(st.gap(s))) {
		return e // (a lower-case demonym before is an adjective: « le conglomérat cambodgien Prince Group », gold18fr)
	}
	if c := st.sameHeadCut(s, e); c < e {
		st.classify(si, a, b, s, c) // « Los Choneros et Los Lobos »: two names (gold18fr.go)
		return c
	}
	if st.classify(si, a, b, s, e) {
		return e
	}
	// "Les Forces ...": the first word may only open the sentence.
	if st.initial(s, a) && e-s > 1 && (st.hasHead(s+1, e) || (e < b && (strings.TrimSpace(st.gap(e)) == "," || st.head(e, b, true) != nil))) && st.weak(s) {
		s2 := s + 1
		for s2 < e && !st.nameWord(s2) {
			s2++
		}
		if s2 < e {
			st.classify(si, a, b, s2, e)
		}
	}
	return e
}

// classify makes an actor of the name [s, e) when a rule names it, and
// reports whether it did.
func (st *discState) classify(si, a, b, s, e int) bool {
	// A head noun opening the name, or ending its first part.
	startHead, lastEnd := false, -1
	var endHead *headEntry
	for k := s; k < e; k++ {
		if !st.capital(k) {
			continue
		}
		if h := st.head(k, e, false); h != nil {
			if k == s {
				startHead = true
			}
			if k+len(h.terms) > lastEnd {
				lastEnd = k + len(h.terms)
				endHead = h
			}
		}
	}
	if lastEnd > 0 {
		ne := e
		if !startHead {
			ne = lastEnd // "Arakan Army in ...": the name ends with its head
		}
		for ne > s && !st.capital(ne-1) && !st.digits(ne-1) && !st.continuation(ne-1) {
			ne--
		}
		if st.orgName(si, a, s, ne, endHead, startHead) {
			return true
		}
	}
	// "the Fano militia", "the X rebel group".
	if e < b && !st.occ[e] && st.gap(e) == " " && !st.capital(e) {
		if h := st.head(e, b, true); h != nil {
			if st.initial(s, a) && (e-s == 1 || st.weak(s)) {
				return false
			}
			if st.capWords(s, e) <= 4 && !st.hasHead(s, e) && st.validName(s, e) {
				st.addOrg(si, s, e, st.kindOf(s, e, h.kind))
				return true
			}
			return false
		}
	}
	// « l'UPC d'Ali Darassa, », "the EMC of Néstor Gregorio Vera,": a
	// name after a group and an of-word, ending the phrase, is a person
	// (its leader: possessorRules)
	if st.afterGroupOf(si, a, s) && st.personLike(s, e) && st.phraseEnd(e, b) && !st.placeWord(s, e) && st.validName(s, e) {
		st.addPerson(si, s, e, st.capWords(s, e))
		return true
	}
	// "Johnson André's 5 Segonn": a name possessing an armed group is a
	// person (its leader: possessorRules)
	if e+1 < b && st.gap(e) == "'" && st.ld.rel.possessiveSuffix[st.d.toks[e].fold] && st.groupAt(si, e+1) &&
		st.personLike(s, e) && !st.placeWord(s, e) && !(st.initial(s, a) && st.weak(s)) && st.validName(s, e) {
		st.addPerson(si, s, e, st.capWords(s, e))
		return true
	}
	// "Brahim Ghali, who leads the Polisario", « X, qui dirige »: a person
	if e < b && strings.TrimSpace(st.gap(e)) == "," && st.dd.leadingRel.at(st.d, e, b, nil) > 0 && st.personLike(s, e) &&
		!st.nicknamed(a, s) && !(st.initial(s, a) && st.weak(s)) && !st.placeWord(s, e) && st.validName(s, e) {
		st.addPerson(si, s, e, st.capWords(s, e))
		return true
	}
	// "Khaing Thukha, a spokesman for ...".
	if e < b && strings.TrimSpace(st.gap(e)) == "," && st.personLike(s, e) && !st.nicknamed(a, s) {
		j := e
		if n := st.ld.rel.nicknames.at(st.d, j, b, nil); n > 0 {
			// "Mohammed al-Jasim, better known as Abu Amsha, the
			// commander of": past the nickname between commas
			k := j + n
			for k < b && k < j+n+maxPersonWords && !quotedComma(st.gap(k)) {
				k++
			}
			if k < b && k > j+n && quotedComma(st.gap(k)) {
				j = k
			}
		}
		for n := 0; n < 2 && j < b && st.ld.determiners.at(st.d, j, b, nil) == 1; n++ {
			j++
		}
		if j < b && st.lowerTok(j) && st.title(j, b) == 0 && !st.ld.stop[st.d.toks[j].fold] && st.flags(j)&^wTitle == 0 {
			j++ // "a senior commander"
		}
		for n := 0; n < 3 && j < b && st.occ[j] && st.title(j, b) == 0; n++ {
			j++ // "a senior Hezbollah commander": the group it serves
		}
		if j > e+1 && j < b && st.occ[j-1] && st.gap(j) == "'" && st.ld.rel.possessiveSuffix[st.d.toks[j].fold] {
			j++ // "the ELN's chief negotiator"
		}
		if st.title(j, b) > 0 && st.validName(s, e) {
			if st.initial(s, a) && st.weak(s) {
				return false
			}
			st.addPerson(si, s, e, st.capWords(s, e))
			return true
		}
	}
	return false
}

// nicknamed reports whether a nickname phrase ("better known as", « plus
// connu sous le nom de ») ends right before token s: the name is another
// actor's nickname.
func (st *discState) nicknamed(a, s int) bool {
	for k := s - 1; k >= a && k >= s-8; k-- {
		if st.ld.rel.nicknames.at(st.d, k, s, nil) == s-k {
			return true
		}
	}
	return false
}

// afterGroupOf reports whether an of-word ("de", "d'", "of") right
// before token s follows a mention of an armed group of sentence si
// (its closing bracket allowed between: "(UPC) d'Ali Darassa").
func (st *discState) afterGroupOf(si, a, s int) bool {
	o := s - 1
	if o <= a || !st.ld.rel.of[st.d.toks[o].fold] || (st.gap(s) != " " && st.gap(s) != "'") {
		return false
	}
	if g := strings.TrimSpace(st.gap(o)); g != "" && g != ")" {
		return false
	}
	for _, list := range [][]mention{st.ms[si], st.addsOf(si)} {
		for _, m := range list {
			if m.actor.Kind != graph.KindArmedGroup {
				continue
			}
			if m.te == o {
				return true
			}
			// a head noun of the group between: "the G9 federation of
			// Jimmy Chérizier,", "the Fano faction of"
			if m.te < o && o-m.te <= 2 && strings.TrimSpace(st.gap(m.te)) == "" && st.groupNoun(m.te, o) {
				return true
			}
		}
	}
	return false
}

// groupAt reports whether a mention of an armed group of sentence si
// starts at token j.
func (st *discState) groupAt(si, j int) bool {
	for _, list := range [][]mention{st.ms[si], st.addsOf(si)} {
		for _, m := range list {
			if m.ts == j && m.actor.Kind == graph.KindArmedGroup {
				return true
			}
		}
	}
	return false
}

// groupNoun reports whether the words [s, e) are exactly an armed group's
// anaphor noun, member role or collective noun ("federation", "faction").
func (st *discState) groupNoun(s, e int) bool {
	r := st.ld.rel
	n := max(r.anaphors[graph.KindArmedGroup].at(st.d, s, e, nil), r.memberRoles.at(st.d, s, e, nil), r.collectives.at(st.d, s, e, nil))
	return n == e-s
}

// placeWord reports whether a word of [s, e) names places ("North
// Kivu", « Nord-Kivu »; place_words).
func (st *discState) placeWord(s, e int) bool {
	for k := s; k < e; k++ {
		if st.ld.rel.placeWords[st.d.toks[k].fold] {
			return true
		}
	}
	return false
}

// addsOf returns the mentions added to sentence si so far.
func (st *discState) addsOf(si int) []mention {
	if st.adds == nil {
		return nil
	}
	return st.adds[si]
}

// phraseEnd reports whether a phrase ends before token e (of a sentence
// ending at b): the sentence's end, punctuation or a coordinator.
func (st *discState) phraseEnd(e, b int) bool {
	if e >= b {
		return true
	}
	g := strings.TrimSpace(st.gap(e))
	return g != "" && strings.ContainsAny(g[:1], ",;.:)") || (g == "" && st.ld.coord.at(st.d, e, e+1, nil) == 1)
}

// orgName makes an organisation of the name [s, e) found by its head
// noun, and reports whether it did.
func (st *discState) orgName(si, a, s, e int, endHead *headEntry, startHead bool) bool {
	if e-s < 2 || st.capWords(s, e) < 2 {
		return false
	}
	// One capitalised word at least that is no head noun: "Armed Forces"
	// and "Front" are no names.
	distinct := false
	for k := s; k < e; {
		if !st.capital(k) {
			k++
			continue
		}
		if h := st.head(k, e, false); h != nil {
			k += len(h.terms)
			continue
		}
		distinct = true
		break
	}
	if !distinct {
		return false
	}
	if st.dd.institutions.at(st.d, s, e, nil) == e-s {
		return false // "Security Forces", "Armée de l'Air"
	}
	if h := st.head(s, e, false); startHead && h != nil && h.party && s+len(h.terms) < e && st.capital(s+len(h.terms)) {
		return false // "Party Secretary", "Party Congress": a party's name opens with "of" or an adjective
	}
	kind := st.kindOf(s, e, graph.KindOrganisation)
	if kind == graph.KindOrganisation && (endHead == nil || !st.dd.nouns[strings.Join(endHead.terms, " ")]) {
		return false
	}
	if kind == graph.KindCompany {
		// "Atlas Defence", not "Ministry of Defence".
		for k := s; k < e; k++ {
			if !st.capital(k) && !st.continuation(k) && !st.digits(k) {
				return false
			}
		}
	}
	if st.initial(s, a) && st.weak(s) && !startHead {
		return false
	}
	if !st.validName(s, e) {
		return false
	}
	st.addOrg(si, s, e, kind)
	return true
}

// personLike reports whether [s, e) may be a person's name: two to four
// capitalised words and particles, no head noun.
func (st *discState) personLike(s, e int) bool {
	n := 0
	for k := s; k < e; k++ {
		switch {
		case st.capital(k):
			n++
		case st.continuation(k), st.flags(k)&wParticle != 0:
		default:
			return false
		}
	}
	return n >= 2 && n <= maxPersonWords && !st.hasHead(s, e)
}

// kindOf returns the kind the head nouns of [s, e) give: the head that
// ends the name, else the one that opens it, else any; an organisation
// with a word of armed groups ("Coalition des patriotes") is an armed
// group, unless that head is a party's ("Nationalist Movement Party"). def
// is the kind the common noun around the name says ("la
// société X"), which wins unless it is organisation; organisation when
// nothing says.
func (st *discState) kindOf(s, e int, def graph.Kind) graph.Kind {
	var endK, startK, anyK graph.Kind
	armed, endParty, startParty := false, false, false
	for k := s; k < e; k++ {
		if st.flags(k)&wHead == 0 {
			continue
		}
		for _, h := range st.dd.heads[st.d.toks[k].fold] {
			if !st.d.match(&h.pattern, k, e, nil) {
				continue
			}
			armed = armed || h.kind == graph.KindArmedGroup
			if anyK == "" {
				anyK = h.kind
			}
			if k+len(h.terms) == e {
				endK, endParty = h.kind, h.party
			}
			if k == s {
				startK, startParty = h.kind, h.party
			}
			break
		}
	}
	kind, party := endK, endParty
	if kind == "" {
		kind, party = startK, startParty
	}
	if kind == "" {
		kind = anyK
	}
	if def != "" && (def != graph.KindOrganisation || kind == "") {
		kind = def
	}
	if kind == "" {
		kind = graph.KindOrganisation
	}
	if kind == graph.KindOrganisation && armed && !party {
		kind = graph.KindArmedGroup
	}
	return kind
}

// validName reports whether [s, e) may name an actor no dictionary knows.
func (st *discState) validName(s, e int) bool {
	if e <= s || e-s > maxNameToks {
		return false
	}
	caps := 0
	for k := s; k < e; k++ {
		if st.d.toks[k].credit {
			return false
		}
		if st.capital(k) {
			caps++
			f := st.d.toks[k].fold
			if st.flags(k)&wNotName != 0 {
				return false
			}
			if _, month := st.ld.months[f]; month {
				return false
			}
		}
	}
	if caps == 0 || caps > maxNameWords || st.agency(s, e) {
		return false
	}
	return st.x.lex.Count(st.d.tokenText(s, e)) == 0
}

// ---- actors and mentions ----

// actor returns the discovered actor named name, creating it; nil when
// the name makes no id.
func (st *discState) actor(name string, kind graph.Kind, person bool) *discActor {
	slug := graph.Slug(name)
	if !graph.ValidID(slug) {
		return nil
	}
	if da := st.bySlug[slug]; da != nil {
		return da
	}
	id := slug
	for n := 2; ; n++ {
		if _, known := st.x.lex.Actor(id); !known {
			break
		}
		id = slug + "-" + strconv.Itoa(n)
	}
	da := &discActor{a: &lexicon.Actor{ID: id, Kind: kind, Name: name, Forms: []lexicon.Form{{Text: name, Role: lexicon.RoleName}}}, person: person}
	if st.bySlug == nil {
		st.bySlug = map[string]*discActor{}
	}
	st.bySlug[slug] = da
	st.actors = append(st.actors, da)
	return da
}

func (da *discActor) addAcronym(acr string) {
	for _, a := range da.acronyms {
		if a == acr {
			return
		}
	}
	da.acronyms = append(da.acronyms, acr)
	da.addForm(acr)
}

// addForm adds a form (an alias) to the actor, once.
func (da *discActor) addForm(text string) {
	for _, f := range da.a.Forms {
		if f.Text == text {
			return
		}
	}
	da.a.Forms = append(da.a.Forms, lexicon.Form{Text: text, Role: lexicon.RoleAlias})
}

// addOrg adds an organisation (or armed group, or company) named [s, e).
func (st *discState) addOrg(si, s, e int, kind graph.Kind) {
	if st.inTitle(si) {
		return
	}
	da := st.actor(strings.TrimSpace(st.d.tokenText(s, e)), kind, false)
	if da == nil {
		return
	}
	st.addMention(si, s, e, da.a, lexicon.RoleName)
}

// addPerson adds a person named [s, e), with its surnames: the last word
// with the particles and hyphenated words glued to it ("al-Houthi", "Ag
// Ghaly"), and that word alone.
func (st *discState) addPerson(si, s, e, words int) {
	if st.inTitle(si) {
		return
	}
	da := st.actor(strings.TrimSpace(st.d.tokenText(s, e)), graph.KindPerson, true)
	if da == nil {
		return
	}
	if !da.person {
		return // a name already found for an organisation
	}
	da.words = max(da.words, words)
	if words >= 2 && len(da.surnames) == 0 {
		// The last word with what is glued to it, and a particle before.
		g := e - 1
		for g > s && tight(st.gap(g)) {
			g--
		}
		if g > s && st.flags(g-1)&wParticle != 0 && st.gap(g) == " " {
			g--
		}
		if g > s {
			da.surnames = append(da.surnames, st.d.tokenText(g, e))
			// "al-Houthi" is also "Houthi"; "Ag Ghaly" also "Ghaly".
			if st.flags(g)&wParticle != 0 && g+1 < e && st.capital(g+1) {
				da.surnames = append(da.surnames, st.d.tokenText(g+1, e))
			}
		}
	}
	st.addMention(si, s, e, da.a, lexicon.RoleName)
}

// addMention adds a mention of actor a at tokens [s, e) of sentence si.
func (st *discState) addMention(si, s, e int, a *lexicon.Actor, role lexicon.Role) {
	if st.adds == nil {
		st.adds = make([][]mention, len(st.ms))
	}
	st.adds[si] = append(st.adds[si], mention{ts: s, te: e, actor: a, form: lexicon.Form{Text: st.d.tokenText(s, e), Role: role}})
	for k := s; k < e; k++ {
		st.occ[k] = true
	}
}

// resolvePersons makes one actor of a person named once by one word after
// a title ("le colonel Diaw") and once in full ("Malick Diaw").
//
// A person named by one word after a title (« M. Deni », "Mr Qassem")
// whose word is the surname of a person of the lexicon the article names
// in full (lexSurnames: « Saïd Abdullahi Deni ») is that person, unless a
// person the article names in full and no dictionary knows has the same
// surname (lexiconPersonOf, gold20fr.go).
func (st *discState) resolvePersons(lexSurnames []lexSurname) {
	bySurname := map[string]*discActor{}
	ambiguous := map[string]bool{}
	for _, da := range st.actors {
		if !da.person || da.words < 2 {
			continue
		}
		for _, s := range da.surnames {
			k := graph.Fold(s)
			if o := bySurname[k]; o != nil && o != da {
				ambiguous[k] = true
			}
			bySurname[k] = da
		}
	}
	merged := map[*lexicon.Actor]*lexicon.Actor{}
	for _, da := range st.actors {
		if !da.person || da.words != 1 {
			continue
		}
		k := graph.Fold(da.a.Name)
		if full := bySurname[k]; full != nil && !ambiguous[k] {
			merged[da.a] = full.a
			full.addForm(da.a.Name)
		} else if full == nil {
			if a := lexiconPersonOf(lexSurnames, k); a != nil {
				merged[da.a] = a // « M. Deni » after « Saïd Abdullahi Deni » (gold20fr.go)
			}
		}
	}
	st.givenNameForms(merged, bySurname, ambiguous) // « M. Anutin » after « Anutin Charnvirakul » (gold18fr.go)
	// Surnames that are ambiguous, or forms of the lexicon, resolve nothing.
	for _, da := range st.actors {
		keep := da.surnames[:0]
		for _, s := range da.surnames {
			k := graph.Fold(s)
			if !ambiguous[k] && st.x.lex.Count(s) == 0 && len([]rune(k)) >= 3 && !st.ld.stop[k] && st.dd.words[k]&(wNotName|wTitle|wConn) == 0 {
				if o := st.bySlug[graph.Slug(s)]; o == nil || o == da || merged[o.a] == da.a {
					keep = append(keep, s)
				}
			}
		}
		da.surnames = keep
	}
	if len(merged) == 0 {
		return
	}
	for si := range st.adds {
		for i := range st.adds[si] {
			if to := merged[st.adds[si][i].actor]; to != nil {
				st.adds[si][i].actor = to
				st.adds[si][i].form.Role = lexicon.RoleAlias
			}
		}
	}
	keep := st.actors[:0]
	for _, da := range st.actors {
		if merged[da.a] == nil {
			keep = append(keep, da)
		}
	}
	st.actors = keep
}

// lexSurname is the surname of a person of the lexicon the article names
// in full.
type lexSurname struct {
	text string
	a    *lexicon.Actor
}

// surnameAt returns the surname of a person's name at tokens [s, e): the
// last word with what is glued to it and a particle before ("Diaw", "al
// Houthi"), and without the particle ("Houthi"); none for a name of one
// word.
func (st *discState) surnameAt(s, e int) []string {
	g := e - 1
	for g > s && tight(st.gap(g)) {
		g--
	}
	if g > s && st.flags(g-1)&wParticle != 0 && st.gap(g) == " " {
		g--
	}
	if g <= s {
		return nil
	}
	out := []string{st.d.tokenText(g, e)}
	if st.flags(g)&wParticle != 0 && g+1 < e && st.capital(g+1) {
		out = append(out, st.d.tokenText(g+1, e))
	}
	return out
}

// lexiconSurnames returns the surnames of the persons of the lexicon the
// article names in full ("Naim Qassem": "Qassem"; "Ahmed al-Sharaa":
// "al-Sharaa", "Sharaa"), for their later mentions by surname alone; a
// surname two persons share, or a form of the lexicon, is none. The
// common case, an article naming no such person, allocates nothing.
func (st *discState) lexiconSurnames() []lexSurname {
	// the persons named in full whose last word also stands, capitalised,
	// outside their full names: the common case is none, found without
	// building a string
	type cand struct {
		m          mention
		full, seen int
	}
	var candBuf [8]cand // most articles name few such persons
	cands := candBuf[:0]
	for _, ms := range st.ms {
		for _, m := range ms {
			if m.actor.Kind != graph.KindPerson || m.te-m.ts < 2 || (m.form.Role != lexicon.RoleName && m.form.Role != lexicon.RoleAlias) || !st.capital(m.ts) {
				continue
			}
			last := st.d.toks[m.te-1].fold
			k := slices.IndexFunc(cands, func(c cand) bool { return c.m.actor == m.actor && st.d.toks[c.m.te-1].fold == last })
			if k < 0 {
				cands = append(cands, cand{m: m})
				k = len(cands) - 1
			}
			cands[k].full++
		}
	}
	if len(cands) == 0 {
		return nil
	}
	// a word's tokens share its wordInfo in a marked document (markWords),
	// so that a pointer comparison tells two words known to the
	// extractor apart
	var lastBuf [8]*token
	lasts := lastBuf[:0]
	for k := range cands {
		lasts = append(lasts, &st.d.toks[cands[k].m.te-1])
	}
	marked, toks := st.d.marked, st.d.toks // (the counts written below could alias st.d's)
	for i := range toks {
		t := &toks[i]
		if !t.capital {
			continue
		}
		for k, l := range lasts {
			if marked && t.info != nil && l.info != nil {
				if t.info == l.info {
					cands[k].seen++
				}
			} else if t.fold == l.fold {
				cands[k].seen++
			}
		}
	}
	var out []lexSurname
	for _, c := range cands {
		if c.seen <= c.full {
			continue
		}
		for _, sn := range st.surnameAt(c.m.ts, c.m.te) {
			if !slices.ContainsFunc(out, func(l lexSurname) bool { return l.text == sn && l.a == c.m.actor }) {
				out = append(out, lexSurname{sn, c.m.actor})
			}
		}
	}
	keep := out[:0]
	for _, l := range out {
		k := graph.Fold(l.text)
		if len([]rune(k)) < 3 || st.ld.stop[k] || st.dd.words[k]&(wNotName|wTitle|wConn) != 0 || st.x.lex.Count(l.text) > 0 {
			continue
		}
		if slices.ContainsFunc(out, func(o lexSurname) bool { return o.a != l.a && graph.Fold(o.text) == k }) {
			continue // two persons of the article share it
		}
		keep = append(keep, l)
	}
	return keep
}

// shortEntry is a form of a discovered actor, searched in the whole article.
type shortEntry struct {
	pattern
	da      *discActor // nil for an actor of the lexicon
	a       *lexicon.Actor
	role    lexicon.Role
	surname bool // added to the actor's forms when found
}

// shortForms adds the later (and earlier) mentions of the discovered
// actors: their names, acronyms and surnames, wherever they are free.
func (st *discState) shortForms(bounds [][2]int, lexSurnames []lexSurname) {
	idx := map[string][]*shortEntry{}
	// the entries, cut from one array with room for all of them (no
	// entry moves once its address is taken)
	n := len(lexSurnames) + len(st.acrOf)
	for _, da := range st.actors {
		n += len(da.a.Forms) + len(da.surnames)
	}
	entries := make([]shortEntry, 0, n)
	add := func(text string, da *discActor, a *lexicon.Actor, role lexicon.Role, surname bool) {
		p, ok := compile(text, lexicon.CaseSensitive(text))
		if !ok {
			return
		}
		entries = append(entries, shortEntry{p, da, a, role, surname})
		idx[p.terms[0]] = append(idx[p.terms[0]], &entries[len(entries)-1])
	}
	for _, da := range st.actors {
		for _, f := range da.a.Forms {
			add(f.Text, da, da.a, f.Role, false)
		}
		for _, s := range da.surnames {
			add(s, da, da.a, lexicon.RoleAlias, true)
		}
	}
	for _, l := range lexSurnames {
		k := graph.Fold(l.text)
		if slices.ContainsFunc(st.actors, func(da *discActor) bool {
			return da.person && slices.ContainsFunc(da.surnames, func(s string) bool { return graph.Fold(s) == k })
		}) {
			continue // a person the article names and no dictionary knows shares it
		}
		add(l.text, nil, l.a, lexicon.RoleAlias, false)
	}
	acrs := make([]string, 0, len(st.acrOf))
	for acr := range st.acrOf {
		acrs = append(acrs, acr)
	}
	sort.Strings(acrs)
	for _, acr := range acrs {
		add(acr, nil, st.acrOf[acr], lexicon.RoleAlias, false)
	}
	for _, list := range idx {
		if len(list) > 1 {
			slices.SortStableFunc(list, func(e, f *shortEntry) int { return len(f.terms) - len(e.terms) })
		}
	}
	for si, bd := range bounds {
		for i := bd[0]; i < bd[1]; i++ {
			if st.occ[i] {
				continue
			}
			if !st.capital(i) {
				continue
			}
			list := idx[st.d.toks[i].fold]
			if list == nil {
				continue
			}
			for _, e := range list {
				if !st.d.match(&e.pattern, i, bd[1], st.blocked) {
					continue
				}
				end := i + len(e.terms)
				// Not glued to other capitalised words: "Diaw" is not in "Diaw Ltd".
				if end < bd[1] && nameGap(st.gap(end)) && st.capital(end) {
					break
				}
				// An elided article opening a sentence is no part of a
				// name: « L'AFC a pris Goma ».
				if i > bd[0] && tight(st.gap(i)) && st.capital(i-1) && (st.gap(i) != "'" || st.ld.determiners.at(st.d, i-1, i, nil) != 1) {
					break
				}
				if st.otherGivenName(e.a, i, bd[0]) {
					break // "Masoud Barzani" after "Nechirvan Barzani": another person (gold20en.go)
				}
				if e.surname {
					e.da.addForm(st.d.tokenText(i, end))
				}
				st.addMention(si, i, end, e.a, e.role)
				i = end - 1
				break
			}
		}
	}
}
