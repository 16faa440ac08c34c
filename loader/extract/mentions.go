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
		hit := false
		for _, e := range x.gaz[d.toks[i].fold] {
			if d.match(&e.pattern, i, b, nil) {
				out = append(out, mention{i, i + len(e.terms), e.actor, e.form})
				i += len(e.terms)
				hit = true
				break
			}
		}
		if !hit {
			i++
		}
	}
	return out
}
