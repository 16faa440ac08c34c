package extract

import (
	"sort"
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
	led    ledRole // how the mention takes part in a leader's forces (coref.go)
	// title: the mention is a title standing for a person the article
	// names (titles.go: "the French president", « le chef de la junte »).
	title bool
}

// sentenceTokens returns the tokens [a, b) of sentence s.
// The last answer is kept: Extract asks for each sentence's tokens
// several times in a row, and for the sentences in order, so a is
// sought from where the last sentence's tokens end, and b from a: a
// scan of a few tokens, whose loop mispredicts one branch where a
// bisection mispredicts half of them; bisection takes over past
// sentScan tokens, or when the guess is past the answer.
func (d *doc) sentenceTokens(s span) (int, int) {
	m := &d.lastSent
	if m.ok && m.s == s {
		return m.a, m.b
	}
	toks := d.toks
	n := len(toks)
	// the range summariseAll found for the sentence, when s is the next
	// of its sentences or the first (a second walk over them), checked
	// against the tokens at its ends
	for _, k := range [2]int{d.sumCur, 0} {
		if k >= len(d.sumSents) || k >= len(d.sumSpans) || d.sumSents[k] != s {
			continue
		}
		a, b := d.sumSpans[k][0], d.sumSpans[k][1]
		if a <= b && b <= n && (a == 0 || toks[a-1].start < s.start && toks[a-1].end <= s.end) && (a == n || toks[a].start >= s.start) &&
			(b == n || toks[b].end > s.end) && (b == a || toks[b-1].end <= s.end) {
			d.sumCur = k + 1
			d.lastSent = sentTokens{s, a, b, true}
			return a, b
		}
	}
	a := 0
	if m.ok {
		a = m.b
	}
	if a > n || a > 0 && toks[a-1].start >= s.start {
		a = sort.Search(n, func(i int) bool { return toks[i].start >= s.start })
	} else {
		for end := min(a+sentScan, n); a < end && toks[a].start < s.start; a++ {
		}
		if a < n && toks[a].start < s.start {
			a += sort.Search(n-a, func(i int) bool { return toks[a+i].start >= s.start })
		}
	}
	b := a
	if b > 0 && toks[b-1].end > s.end {
		b = sort.Search(n, func(i int) bool { return toks[i].end > s.end })
	} else {
		for end := min(b+sentScan, n); b < end && toks[b].end <= s.end; b++ {
		}
		if b < n && toks[b].end <= s.end {
			b += sort.Search(n-b, func(i int) bool { return toks[b+i].end > s.end })
		}
	}
	d.lastSent = sentTokens{s, a, b, true}
	return a, b
}

// sentScan is how many tokens sentenceTokens reads one by one before it
// bisects: more than most sentences have.
const sentScan = 64

// sentTokens is the answer of sentenceTokens for sentence s.
type sentTokens struct {
	s    span
	a, b int
	ok   bool
}

// findMentions returns the mentions of each sentence, sorted and not
// overlapping: the forms of the lexicon's actors (the longest at each
// word), then the actors no dictionary knows ([Extractor.discover]).
func (x *Extractor) findMentions(d *doc, ld *langData, sents []span) [][]mention {
	out := d.msBuf[:0]
	if cap(out) < len(sents) {
		out = make([][]mention, len(sents))
	}
	out = out[:len(sents)]
	d.msBuf = out
	for si, s := range sents {
		a, b := d.sentenceTokens(s)
		out[si] = otherPersons(d, ld, a, x.gazetteer(d, ld, a, b))
	}
	x.discover(d, ld, sents, out)
	bound := map[string]*lexicon.Actor{}
	for _, ms := range out {
		x.bracketAliases(d, ld, ms, bound)
	}
	if len(bound) > 0 {
		// the same short form elsewhere in the article is the same actor
		var kb [64]byte // the key, spelled on the stack
		for _, ms := range out {
			for k := range ms {
				if a := bound[string(d.appendFolded(kb[:0], ms[k].ts, ms[k].te))]; a != nil {
					ms[k].actor = a
				}
			}
		}
	}
	x.resolveAmbiguous(d, out, bound)
	for _, ms := range out {
		x.successionAppositions(d, ld, ms)
	}
	return out
}

// anyAmbiguous reports whether a mention of out is by an ambiguous form:
// the common case, none, needs no map of the actors named.
func (x *Extractor) anyAmbiguous(d *doc, out [][]mention) bool {
	for _, ms := range out {
		for _, m := range ms {
			if x.ambiguousActors[m.actor] {
				if _, amb := x.ambiguous[d.foldedText(m.ts, m.te)]; amb {
					return true
				}
			}
		}
	}
	return false
}

// successionAppositions gives a definite apposition right after a
// mention, naming a predecessor or a successor of its actor (the
// lexicon's successor_of), the actor of that mention: in « l'Atmis, la
// mission de l'Union africaine en Somalie, » the description is the
// Atmis, though it is also the name of the Amisom before it.
func (x *Extractor) successionAppositions(d *doc, ld *langData, ms []mention) {
	if ld.rel == nil {
		return
	}
	for k := 1; k < len(ms); k++ {
		p, m := ms[k-1], ms[k]
		if m.actor == p.actor || m.ts <= p.te || m.ts-p.te > 2 || !x.succession(p.actor, m.actor) {
			continue
		}
		// ", the" / « , la » / « , l' » and nothing else between
		if !strings.HasPrefix(strings.TrimSpace(d.norm[d.toks[p.te-1].end:d.toks[p.te].start]), ",") {
			continue
		}
		det := true
		for i := p.te; i < m.ts; i++ {
			det = det && ld.rel.definite[d.toks[i].fold]
		}
		if det && m.ts > p.te {
			ms[k].actor = p.actor
		}
	}
}

// succession reports whether one actor succeeds the other, directly or
// through others (the lexicon's successor_of).
func (x *Extractor) succession(a, b *lexicon.Actor) bool {
	after := func(a, b *lexicon.Actor) bool {
		for i, id := 0, a.SuccessorOf; id != "" && i < 8; i++ {
			if id == b.ID {
				return true
			}
			s, ok := x.lex.Actor(id)
			if !ok {
				return false
			}
			id = s.SuccessorOf
		}
		return false
	}
	return after(a, b) || after(b, a)
}

// resolveAmbiguous gives a form that names several actors ("SNA") the
// one the article names otherwise: in an article about the "Syrian
// National Army", "the SNA" is that army, not the Somali one. When none
// or several of them are named otherwise, the preferred actor stays.
func (x *Extractor) resolveAmbiguous(d *doc, out [][]mention, bound map[string]*lexicon.Actor) {
	if len(x.ambiguous) == 0 || !x.anyAmbiguous(d, out) {
		return
	}
	var named map[*lexicon.Actor]bool
	for pass := 0; pass < 2; pass++ {
		for _, ms := range out {
			for k := range ms {
				var key string
				var cands []*lexicon.Actor
				amb := false
				if x.ambiguousActors[ms[k].actor] {
					// only a candidate of an ambiguous form can have one
					key = d.foldedText(ms[k].ts, ms[k].te)
					cands, amb = x.ambiguous[key]
				}
				if pass == 0 {
					if !amb {
						if named == nil {
							named = map[*lexicon.Actor]bool{}
						}
						named[ms[k].actor] = true
					}
					continue
				}
				if !amb || bound[key] != nil || named[ms[k].actor] {
					continue
				}
				var pick *lexicon.Actor
				for _, c := range cands {
					if named[c] {
						if pick != nil {
							pick = nil
							break
						}
						pick = c
					}
				}
				if pick != nil {
					ms[k].actor = pick
				}
			}
		}
	}
}

// appendFolded appends foldedText(i, j) to dst, for a lookup with no new
// string (m[string(b)]).
func (d *doc) appendFolded(dst []byte, i, j int) []byte {
	for k := i; k < j; k++ {
		if k > i {
			dst = append(dst, ' ')
		}
		dst = append(dst, d.toks[k].fold...)
	}
	return dst
}

// foldedText returns the folded words of tokens [i, j) joined by spaces.
func (d *doc) foldedText(i, j int) string {
	if j == i+1 {
		return d.toks[i].fold
	}
	n := j - i - 1 // the spaces
	for k := i; k < j; k++ {
		n += len(d.toks[k].fold)
	}
	var b strings.Builder
	if n > 0 {
		b.Grow(n) // one allocation
	}
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(d.toks[k].fold)
	}
	return b.String()
}

// bracketAliases gives a mention in brackets right after another mention
// the actor of that one: "Syrian National Army (SNA)" is one actor, even
// when "SNA" alone names another one elsewhere. A name found in the text
// before the acronym of an actor of the lexicon is that actor instead
// ("National Liberation Army (ELN)", the ELN's Spanish initials).
func (x *Extractor) bracketAliases(d *doc, ld *langData, ms []mention, bound map[string]*lexicon.Actor) {
	for k := 1; k < len(ms); k++ {
		p, m := ms[k-1], ms[k]
		if p.te != m.ts || m.te >= len(d.toks)+1 {
			continue
		}
		open := strings.TrimSpace(d.norm[d.toks[p.te-1].end:d.toks[m.ts].start])
		if open != "(" {
			continue
		}
		end := len(d.norm)
		if m.te < len(d.toks) {
			end = d.toks[m.te].start
		}
		if !strings.HasPrefix(strings.TrimSpace(d.norm[d.toks[m.te-1].end:end]), ")") {
			continue
		}
		if p.actor.Kind == graph.KindState && m.actor.Kind != graph.KindState && p.form.Role != lexicon.RoleInstitution && ld.rel.statePlaces.endsAt(d, 0, p.ts) > 0 {
			// "the UN mission in Libya (UNSMIL)", « la mission de l'ONU
			// en Libye (Manul) »: the short form of the phrase the place
			// ends, not of the place
			continue
		}
		if m.actor != p.actor && p.actor.Kind != graph.KindPerson && !x.inLexicon(p.actor) && x.inLexicon(m.actor) && isAcronym(d.tokenText(m.ts, m.te)) {
			ms[k-1].actor = m.actor
			bound[d.foldedText(p.ts, p.te)] = m.actor
			continue
		}
		if m.actor != p.actor {
			ms[k].actor = p.actor
			bound[d.foldedText(m.ts, m.te)] = p.actor
		}
	}
}

// inLexicon reports whether a is an actor of the lexicon, not one
// discovered in the article.
func (x *Extractor) inLexicon(a *lexicon.Actor) bool {
	l, ok := x.lex.Actor(a.ID)
	return ok && l == a
}

// gazetteer returns the mentions of the lexicon's actors in tokens [a, b):
// the longest form at each position, left to right.
func (x *Extractor) gazetteer(d *doc, ld *langData, a, b int) []mention {
	// The mentions of every sentence share the document's buffer; each
	// sentence's slice is capped, so appending to it copies.
	start := len(d.mbuf)
	last := -1 // the end of the last match
	for i := a; i < b; {
		if t := &d.toks[i]; d.marked && t.gaz == nil && t.mask&x.places.bit == 0 {
			i++ // no form and no place name starts here: most words
			continue
		}
		if !x.places.may(d, i) {
			// no place name starts here (at would say 0)
		} else if n := x.places.at(d, i, b, nil); n > 0 {
			if e := x.longestForm(d, i, b); e == nil || len(e.terms) <= n {
				i += n // a place name: "Lake Chad" is no mention of Chad
				continue
			}
		}
		if d.marked && d.toks[i].gaz == nil {
			i++ // no form starts with this word: most words
			continue
		}
		if e := x.longestForm(d, i, b); e != nil {
			if x.otherName(d, ld, e, i, b) {
				i++ // "Amal Clooney", "elephant tusk": no mention of the actor
				continue
			}
			if e.actor.Kind == graph.KindOrganisation && len(e.terms) > 1 && inLongerName(d, ld, a, i, last) {
				i += len(e.terms) // "Iran's Supreme National Security Council": not the UN's
				continue
			}
			last = i + len(e.terms)
			d.mbuf = append(d.mbuf, mention{ts: i, te: i + len(e.terms), actor: e.actor, form: e.form})
			i += len(e.terms)
			continue
		}
		i++
	}
	if len(d.mbuf) == start {
		return nil
	}
	return d.mbuf[start:len(d.mbuf):len(d.mbuf)]
}

// otherName reports whether the form e found at token i (before b)
// names someone or something else: a person's form written with no
// capital ("an elephant tusk" is not Donald Tusk), or a form that is also
// a given name (given_name_forms) followed by a capitalised surname,
// joined by a space, that is no stopword, no title and starts no form
// ("Amal Clooney" is not the Amal movement, "Petro Poroshenko" not
// Gustavo Petro).
func (x *Extractor) otherName(d *doc, ld *langData, e *gazEntry, i, b int) bool {
	n := len(e.terms)
	if e.actor.Kind == graph.KindPerson {
		capital := false
		for k := i; k < i+n && k < b; k++ {
			capital = capital || d.toks[k].capital
		}
		if !capital {
			return true
		}
	}
	j := i + 1
	if n != 1 || j >= b || !d.toks[j].capital || d.toks[j].credit || !x.givenNames[d.toks[i].fold] ||
		d.norm[d.toks[i].end:d.toks[j].start] != " " || ld.stop[d.toks[j].fold] {
		return false
	}
	if ld.disc != nil && ld.disc.titles.at(d, j, b, nil) > 0 {
		return false
	}
	return x.longestForm(d, j, b) == nil
}

// inLongerName reports whether an organisation's form of several words
// found at token i ends a longer name: the word before it, not the
// sentence's first nor part of the match before (ending at last), is
// capitalised, no acronym (« l'ONG Amnesty International ») and no
// stopword (not "— The UN Security Council"): "Supreme National Security
// Council" holds the UN's "Security Council". Such a form names another
// body.
func inLongerName(d *doc, ld *langData, a, i, last int) bool {
	p := i - 1
	if p <= a || p < last {
		return false
	}
	w := d.word(p)
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.IndexFunc(w, unicode.IsLower) >= 0 && d.norm[d.toks[p].end:d.toks[i].start] == " " &&
		!ld.stop[d.toks[p].fold] && ld.determiners.at(d, p, p+1, nil) == 0
}

// longestForm returns the longest form of the lexicon matching at token
// i (before limit), the preferred one among forms of one length, or nil.
// Words are compared folded, joined by at most a short gap, outside
// credits; a case-sensitive form must match its capitals.
func (x *Extractor) longestForm(d *doc, i, limit int) *gazEntry {
	var best *gazEntry
	n := x.trie
	for k := i; k < limit; k++ {
		t := &d.toks[k]
		if t.credit || (k > i && !t.space && !joinable(d.norm[d.toks[k-1].end:t.start])) {
			break
		}
		switch {
		case k == i && d.marked:
			n = t.gaz // looked up by markWords
		case n.next != nil:
			n = n.next[t.fold]
		case d.marked:
			n = n.child(t.info) // markWords found every word of a form
		default:
			n = n.childWord(t.fold)
		}
		if n == nil {
			break
		}
		if n.plain != nil {
			best = n.plain // the first entry, with no shapes to match
			continue
		}
		for _, e := range n.entries {
			if e.shapes == nil || d.shapesMatch(&e.pattern, i) {
				best = e
				break
			}
		}
	}
	return best
}

// shapesMatch reports whether the words from token i have the capitals
// of a case-sensitive pattern.
func (d *doc) shapesMatch(p *pattern, i int) bool {
	for k, s := range p.shapes {
		t := &d.toks[i+k]
		if !shapeIs(d.norm[t.start:t.end], s) {
			return false
		}
	}
	return true
}

// otherPersons drops the mentions of persons by part of their name that
// follow another given name: "Abdelrahim Hamdan Daglo" is not "Mohamed
// Hamdan Daglo" (named "Hamdan Daglo" too). The word before must be
// capitalised, inside the sentence (a from its start), joined by a space,
// and neither a title, a stopword nor part of another mention.
func otherPersons(d *doc, ld *langData, a int, ms []mention) []mention {
	out := ms[:0]
	for k, m := range ms {
		if m.actor.Kind == graph.KindPerson && m.ts > a && !strings.EqualFold(m.form.Text, m.actor.Name) &&
			(k == 0 || ms[k-1].te < m.ts) && d.norm[d.toks[m.ts-1].end:d.toks[m.ts].start] == " " {
			p := m.ts - 1
			w := d.word(p)
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) && !ld.stop[d.toks[p].fold] && ld.disc.titles.at(d, p, m.ts, nil) == 0 && !d.toks[p].credit {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}
