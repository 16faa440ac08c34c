package eval

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

// Summary aggregates article scores.
type Summary struct {
	Articles        int                      `json:"articles"`
	Overall         Counts                   `json:"overall"`
	ByType          map[graph.RelType]Counts `json:"by_type"`
	GoldActors      int                      `json:"gold_actors"`
	GraphActors     int                      `json:"graph_actors"`
	MatchedActors   int                      `json:"matched_actors"`
	KindCorrect     int                      `json:"kind_correct"`
	DirectionErrors int                      `json:"direction_errors"`
	Hedged          Agreement                `json:"hedged"`
	Negated         Agreement                `json:"negated"`
	Dates           Agreement                `json:"dates"`
	NegatedAsserted int                      `json:"negated_asserted"`
	ByRule          map[string]RuleCounts    `json:"by_rule,omitempty"`
}

// ActorPrecision returns matched graph actors over graph actors.
func (s *Summary) ActorPrecision() float64 { return ratio(s.MatchedActors, s.GraphActors) }

// ActorRecall returns matched gold actors over gold actors.
func (s *Summary) ActorRecall() float64 { return ratio(s.MatchedActors, s.GoldActors) }

// KindAccuracy returns matched actors of the right kind over matched actors.
func (s *Summary) KindAccuracy() float64 { return ratio(s.KindCorrect, s.MatchedActors) }

func (s *Summary) add(a *ArticleScore) {
	if s.ByType == nil {
		s.ByType = map[graph.RelType]Counts{}
	}
	s.Articles++
	for t, c := range a.ByType {
		x := s.ByType[t]
		x.add(c)
		s.ByType[t] = x
		s.Overall.add(c)
	}
	s.GoldActors += a.GoldActors
	s.GraphActors += a.GraphActors
	s.MatchedActors += a.MatchedActor
	s.KindCorrect += a.KindCorrect
	s.DirectionErrors += a.DirectionErrors
	s.Hedged.add(a.Hedged)
	s.Negated.add(a.Negated)
	s.Dates.add(a.Dates)
	s.NegatedAsserted += len(a.NegatedAsserted)
	for name, c := range a.ByRule {
		if s.ByRule == nil {
			s.ByRule = map[string]RuleCounts{}
		}
		x := s.ByRule[name]
		x.TP += c.TP
		x.FP += c.FP
		s.ByRule[name] = x
	}
}

// Report is the evaluation of a gold set.
type Report struct {
	Extractor string `json:"extractor,omitempty"` // its fingerprint, when known
	// Splits summarise "all", "tuning" and "held-out"; Langs summarise each
	// language within each split ("tuning/fr", "held-out/en", "all/fr"...).
	Splits   map[string]*Summary `json:"splits"`
	Langs    map[string]*Summary `json:"langs"`
	Articles []*ArticleScore     `json:"articles"`
}

// Run evaluates ex on every gold article: each is loaded into a fresh
// in-memory graph through the normal loader (with the gold's language and
// date for what the file lacks), and scored.
func Run(ctx context.Context, golds []*Gold, ex loader.Extractor) (*Report, error) {
	rep := &Report{Splits: map[string]*Summary{}, Langs: map[string]*Summary{}}
	if f, ok := ex.(loader.Fingerprinter); ok {
		rep.Extractor = f.Fingerprint()
	}
	for _, g := range golds {
		s, err := evaluate(ctx, g, ex)
		if err != nil {
			return nil, err
		}
		rep.Articles = append(rep.Articles, s)
		split := "tuning"
		if g.HeldOut {
			split = "held-out"
		}
		for _, sp := range []string{"all", split} {
			if rep.Splits[sp] == nil {
				rep.Splits[sp] = &Summary{}
			}
			rep.Splits[sp].add(s)
			k := sp + "/" + g.Lang
			if rep.Langs[k] == nil {
				rep.Langs[k] = &Summary{}
			}
			rep.Langs[k].add(s)
		}
	}
	return rep, nil
}

func evaluate(ctx context.Context, g *Gold, ex loader.Extractor) (*ArticleScore, error) {
	st, err := graph.Open("", &graph.Options{InMemory: true})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	d, _ := graph.ParseDate(g.Date)
	l := &loader.Loader{Store: st, Extractor: ex, Workers: 1,
		Read: loader.ReadOptions{Defaults: loader.Defaults{Date: d, Lang: g.Lang}, Format: "txt"}}
	sum, err := l.Load(ctx, g.Text)
	if err != nil {
		return nil, fmt.Errorf("eval: %s: %w", g.ID, err)
	}
	if !sum.OK() {
		return nil, fmt.Errorf("eval: %s: %v", g.ID, sum.Failures[0])
	}
	actors, rels, err := readGraph(ctx, st)
	if err != nil {
		return nil, err
	}
	return Score(g, actors, rels), nil
}

// readGraph reads what Score needs of a store: its actors, and its
// relations (negated-only ones included) with their evidence's sentences,
// dates and rules.
func readGraph(ctx context.Context, st *graph.Store) ([]*graph.Actor, []GraphRelation, error) {
	var actors []*graph.Actor
	var rels []GraphRelation
	err := st.View(ctx, func(tx *graph.Tx) error {
		if err := tx.EachActor(ctx, graph.ActorQuery{}, func(a *graph.Actor) error {
			actors = append(actors, a)
			return nil
		}); err != nil {
			return err
		}
		return tx.EachRelation(ctx, graph.RelationFilter{IncludeNegated: true}, func(r *graph.Relation) error {
			gr := GraphRelation{Relation: r}
			err := tx.EachEvidence(ctx, r.Key(), graph.EvidenceFilter{}, func(e *graph.Evidence) error {
				gr.Sentences = append(gr.Sentences, e.Text)
				if !e.Negated && e.Rule != "" && !slices.Contains(gr.Rules, e.Rule) {
					gr.Rules = append(gr.Rules, e.Rule)
				}
				if !e.Date.IsZero() {
					gr.Dates = append(gr.Dates, e.Date.String())
				}
				return nil
			})
			sort.Strings(gr.Dates)
			sort.Strings(gr.Rules)
			rels = append(rels, gr)
			return err
		})
	})
	return actors, rels, err
}
