package extract

import (
	"sort"

	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// mention is an actor named by tokens [ts, te).
type mention struct {
	ts, te int
	actor  *lexicon.Actor
	form   lexicon.Form
}

// sentenceTokens returns the tokens [a, b) of sentence s.
func (d *doc) sentenceTokens(s span) (int, int) {
	a := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= s.start })
	b := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].end > s.end })
	return a, b
}

// findMentions returns the mentions of each sentence, sorted and not
// overlapping: the forms of the lexicon's actors (the longest at each
// word), then the actors no dictionary knows ([Extractor.discover]).
func (x *Extractor) findMentions(d *doc, ld *langData, sents []span) [][]mention {
	out := make([][]mention, len(sents))
	for si, s := range sents {
		a, b := d.sentenceTokens(s)
		out[si] = x.gazetteer(d, a, b)
	}
	x.discover(d, ld, sents, out)
	return out
}

// gazetteer returns the mentions of the lexicon's actors in tokens [a, b):
// the longest form at each position, left to right.
func (x *Extractor) gazetteer(d *doc, a, b int) []mention {
	var out []mention
	for i := a; i < b; {
		if e := x.longestForm(d, i, b); e != nil {
			out = append(out, mention{i, i + len(e.terms), e.actor, e.form})
			i += len(e.terms)
			continue
		}
		i++
	}
	return out
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
		if t.credit || (k > i && !joinable(d.norm[d.toks[k-1].end:t.start])) {
			break
		}
		if k == i && d.marked {
			n = t.gaz // looked up by markWords
		} else {
			n = n.next[t.fold]
		}
		if n == nil {
			break
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
		if lexicon.CaseShape(d.norm[t.start:t.end]) != s {
			return false
		}
	}
	return true
}
