package pairmodel

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/eval"
)

// Rule is the rule name of the model's evidence.
const Rule = "model/pair"

// Mode says how the model's edges and the rules' are combined.
type Mode struct {
	Rules bool    // keep the rules' relations
	Add   float64 // add the model's edges of probability ≥ Add (0: none)
	Keep  float64 // keep a rules' relation only if the model gives it ≥ Keep where it sees the pair (0: all)
}

// Probs holds the model's probabilities for each candidate of each
// sentence of an article.
type Probs [][][NClass]float64

// Predict returns the model's probabilities for the article's
// candidates.
func Predict(m *Model, a *Article) Probs {
	out := make(Probs, len(a.Sents))
	for i, s := range a.Sents {
		for _, f := range s.Feats {
			out[i] = append(out[i], m.Probs(f))
		}
	}
	return out
}

// Combine returns the relations of an article under mode: the rules',
// filtered by the model, and the model's edges.
func Combine(a *Article, p Probs, mode Mode, m *Model) []graph.ClaimRelation {
	kinds := map[string]graph.Kind{}
	for _, ca := range a.Claims.Actors {
		kinds[ca.ID] = ca.Kind
	}
	var out []graph.ClaimRelation
	at := map[graph.RelKey]int{}
	if mode.Rules {
		for _, r := range a.Claims.Relations {
			if mode.Keep > 0 {
				if q, seen := modelSays(a, p, r); seen && q < mode.Keep {
					continue
				}
			}
			at[graph.RelKey{From: r.From, Type: r.Type, To: r.To}.Canonical()] = len(out)
			out = append(out, r)
		}
	}
	if mode.Add <= 0 {
		return out
	}
	for si, s := range a.Sents {
		for pi, pair := range s.Pairs {
			for c := 1; c < NClass; c++ {
				q := p[si][pi][c]
				if q < mode.Add {
					continue
				}
				t, fwd := ClassType(c)
				from, to := s.View.Mentions[pair.A].ID, s.View.Mentions[pair.B].ID
				if !fwd {
					from, to = to, from
				}
				if !t.Allows(kinds[from], kinds[to]) {
					continue
				}
				k := graph.RelKey{From: from, Type: t, To: to}.Canonical()
				ev := graph.ClaimEvidence{Sentence: s.View.Text, SentenceIndex: &s.View.Index, Start: s.View.Start, End: s.View.End,
					Hedged: len(s.View.Hedges) > 0, Rule: Rule, Extractor: ID, Confidence: q}
				if m != nil {
					ev.Trigger = strings.Join(m.Drivers(s.Feats[pi], c, 3), " ")
				}
				if i, ok := at[k]; ok {
					if out[i].Evidence[0].Rule != Rule || mode.Rules {
						continue // the rules' evidence stands
					}
					out[i].Evidence = append(out[i].Evidence, ev)
					continue
				}
				at[k] = len(out)
				out = append(out, graph.ClaimRelation{From: k.From, Type: k.Type, To: k.To, Evidence: []graph.ClaimEvidence{ev}})
			}
		}
	}
	return out
}

// ID is the extractor id of the model's evidence records.
const ID = "pairmodel/1"

// modelSays returns the highest probability the model gives relation r
// over the candidates of the article that pair its two actors, and
// whether any does.
func modelSays(a *Article, p Probs, r graph.ClaimRelation) (float64, bool) {
	best, seen := 0.0, false
	for si, s := range a.Sents {
		for pi, pair := range s.Pairs {
			x, y := s.View.Mentions[pair.A].ID, s.View.Mentions[pair.B].ID
			var c int
			switch {
			case x == r.From && y == r.To:
				c = Class(r.Type, true)
			case x == r.To && y == r.From:
				c = Class(r.Type, false)
			default:
				continue
			}
			seen = true
			best = max(best, p[si][pi][c])
		}
	}
	return best, seen
}

// QuickScore scores relations of an article against its gold as
// eval.Run would after loading them (the actors are the rules').
func QuickScore(a *Article, rels []graph.ClaimRelation) *eval.ArticleScore {
	var grs []eval.GraphRelation
	at := map[graph.RelKey]int{}
	for _, r := range rels {
		k := graph.RelKey{From: r.From, Type: r.Type, To: r.To}.Canonical()
		i, ok := at[k]
		if !ok {
			i = len(grs)
			at[k] = i
			grs = append(grs, eval.GraphRelation{Relation: &graph.Relation{From: k.From, Type: k.Type, To: k.To, Symmetric: k.Type.Symmetric()}})
		}
		g := &grs[i]
		for _, e := range r.Evidence {
			switch {
			case e.Negated:
				g.Negated++
			case e.Hedged:
				g.Hedged++
			default:
				g.Asserted++
			}
			if !e.Negated && !slices.Contains(g.Rules, e.Rule) {
				g.Rules = append(g.Rules, e.Rule)
			}
			g.Sentences = append(g.Sentences, e.Sentence)
		}
	}
	return eval.Score(a.Gold, graphActors(a.Claims), grs)
}

// Totals are counts per type and language and overall.
type Totals struct {
	Overall eval.Counts
	ByType  map[graph.RelType]eval.Counts
	ByLang  map[string]eval.Counts
}

// Add adds an article's score.
func (t *Totals) Add(s *eval.ArticleScore) {
	if t.ByType == nil {
		t.ByType, t.ByLang = map[graph.RelType]eval.Counts{}, map[string]eval.Counts{}
	}
	for ty, c := range s.ByType {
		x := t.ByType[ty]
		x.TP, x.FP, x.FN = x.TP+c.TP, x.FP+c.FP, x.FN+c.FN
		t.ByType[ty] = x
		l := t.ByLang[s.Lang]
		l.TP, l.FP, l.FN = l.TP+c.TP, l.FP+c.FP, l.FN+c.FN
		t.ByLang[s.Lang] = l
		t.Overall.TP, t.Overall.FP, t.Overall.FN = t.Overall.TP+c.TP, t.Overall.FP+c.FP, t.Overall.FN+c.FN
	}
}
