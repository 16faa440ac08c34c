package extract

import (
	"context"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// SentenceView is what the rules read in one sentence of an article, for
// a reader beside them (a learned model, loader/extract/pairmodel): the
// sentence, its folded words, its actor mentions as resolved (and those
// the rules dropped), the cues
// and trigger phrases of the lexicon it holds, and the rules' relations.
// Word indices count from the sentence's first word.
type SentenceView struct {
	Index      int    // the sentence's index in the article
	Text       string // the sentence, as in the article
	Start, End int    // its byte offsets in the article's text
	Words      []string
	Mentions   []MentionView
	Triggers   []TriggerView
	Hedges     []int // the words where a hedging cue starts
	Negations  []int // the words where a negation cue starts
	Relations  []RuleRelation
}

// MentionView is one resolved actor mention of a sentence: words
// [Start, End) (empty for an actor the rules supplied with no word of
// its own, such as the home state of an anaphor), and the role of the
// form that named it ("name", "alias", "demonym", "anaphor"...).
// Dropped marks a name the dictionaries found that the rules did not
// keep as an actor of the sentence ("Ukrainian cities": a place).
type MentionView struct {
	ID         string
	Kind       graph.Kind
	Start, End int
	Role       string
	Dropped    bool
}

// TriggerView is a trigger phrase of the lexicon at words [Start, End).
type TriggerView struct {
	Start, End int
	Type       graph.RelType
	Passive    bool
}

// RuleRelation is a relation the rules found in a sentence.
type RuleRelation struct {
	From, To string
	Type     graph.RelType
	Hedged   bool
	Negated  bool
	Rule     string
}

// Read is [Extractor.Extract] that also calls fn after each sentence
// holding a mention with what the rules read in it. The view and its
// slices are fn's to keep. The claims are those of Extract.
func (x *Extractor) Read(ctx context.Context, a *graph.Article, fn func(*SentenceView)) (*graph.Claims, error) {
	return x.extract(ctx, a, func(d *doc, ld *langData, si int, s span, sent sentence, found []mention) {
		if len(sent.mentions) == 0 && len(found) == 0 {
			return
		}
		fn(x.view(d, ld, si, s, sent, found))
	})
}

// view builds the SentenceView of sentence si.
func (x *Extractor) view(d *doc, ld *langData, si int, s span, sent sentence, found []mention) *SentenceView {
	a, b := d.sentenceTokens(s)
	text, start, end := d.origSpan(s.start, s.end)
	v := &SentenceView{Index: si, Text: text, Start: start, End: end, Words: make([]string, 0, b-a)}
	for i := a; i < b; i++ {
		v.Words = append(v.Words, d.toks[i].fold)
	}
	clip := func(i int) int { return min(max(i, a), b) - a }
	for _, m := range sent.mentions {
		v.Mentions = append(v.Mentions, MentionView{ID: m.actor.ID, Kind: m.actor.Kind, Start: clip(m.ts), End: clip(m.te), Role: string(m.form.Role)})
	}
	for _, m := range found {
		if !slices.ContainsFunc(sent.mentions, func(k mention) bool { return k.ts == m.ts && k.te == m.te && k.actor == m.actor }) {
			v.Mentions = append(v.Mentions, MentionView{ID: m.actor.ID, Kind: m.actor.Kind, Start: clip(m.ts), End: clip(m.te), Role: string(m.form.Role), Dropped: true})
		}
	}
	for i := a; i < b; i++ {
		if ld.hedges.at(d, i, b, nil) > 0 {
			v.Hedges = append(v.Hedges, i-a)
		}
		if ld.negations.at(d, i, b, nil) > 0 {
			v.Negations = append(v.Negations, i-a)
		}
		for _, e := range ld.triggersAt(d, i) {
			if d.match(&e.pattern, i, b, nil) {
				v.Triggers = append(v.Triggers, TriggerView{Start: i - a, End: i - a + len(e.terms), Type: e.trig.Type, Passive: e.trig.Voice == lexicon.Passive})
				break
			}
		}
	}
	for _, r := range sent.relations {
		v.Relations = append(v.Relations, RuleRelation{From: r.from, To: r.to, Type: r.typ, Hedged: r.ev.Hedged, Negated: r.ev.Negated, Rule: r.ev.Rule})
	}
	return v
}
