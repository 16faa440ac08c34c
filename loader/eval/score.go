package eval

import (
	"slices"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// GraphRelation is a relation of the graph under evaluation with the
// sentences and dates of its evidence.
type GraphRelation struct {
	*graph.Relation
	Sentences []string
	Dates     []string
	// Rules are the distinct extraction rules of its asserted and hedged
	// evidence (graph.Evidence.Rule), sorted.
	Rules []string
}

// Counts are the tallies of one group of relations.
type Counts struct {
	TP int `json:"tp"` // graph edges matching a gold relation
	FP int `json:"fp"` // graph edges matching none
	FN int `json:"fn"` // gold relations no graph edge matches
}

func (c *Counts) add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Precision returns TP/(TP+FP), or 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall returns TP/(TP+FN), or 0 when nothing was to be found.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// RuleCounts are the graph edges one extraction rule contributed to: those
// matching a gold relation and those matching none. Misses have no rule.
type RuleCounts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
}

// Precision returns TP/(TP+FP), or 0.
func (c RuleCounts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

func (s *ArticleScore) credit(r GraphRelation, tp bool) {
	if s.ByRule == nil {
		s.ByRule = map[string]RuleCounts{}
	}
	rules := r.Rules
	if len(rules) == 0 {
		rules = []string{"(no rule)"}
	}
	for _, name := range rules {
		c := s.ByRule[name]
		if tp {
			c.TP++
		} else {
			c.FP++
		}
		s.ByRule[name] = c
	}
}

// Agreement counts how often the graph agrees with the gold on a property.
type Agreement struct {
	Agree int `json:"agree"`
	Total int `json:"total"`
}

func (a *Agreement) add(o Agreement) { a.Agree += o.Agree; a.Total += o.Total }

func (a *Agreement) count(ok bool) {
	a.Total++
	if ok {
		a.Agree++
	}
}

// Rate returns Agree/Total, or 0.
func (a Agreement) Rate() float64 { return ratio(a.Agree, a.Total) }

// Edge names a relation in a report, with the sentences behind it.
type Edge struct {
	Article   string   `json:"article"`
	From      string   `json:"from"`
	Type      string   `json:"type"`
	To        string   `json:"to"`
	Hedged    bool     `json:"hedged,omitempty"`
	Negated   bool     `json:"negated,omitempty"`
	Sentences []string `json:"sentences,omitempty"`
	Why       string   `json:"why,omitempty"`
}

// ArticleScore is the evaluation of one gold article.
type ArticleScore struct {
	ID      string                   `json:"id"`
	Lang    string                   `json:"lang"`
	HeldOut bool                     `json:"held_out"`
	ByType  map[graph.RelType]Counts `json:"by_type"`
	// Actors: gold actors, graph actors, matched pairs, and matched pairs
	// of the same kind.
	GoldActors   int `json:"gold_actors"`
	GraphActors  int `json:"graph_actors"`
	MatchedActor int `json:"matched_actors"`
	KindCorrect  int `json:"kind_correct"`
	// DirectionErrors counts graph edges that match a gold relation only
	// when reversed.
	DirectionErrors int       `json:"direction_errors"`
	Hedged          Agreement `json:"hedged"`  // over matched relations
	Negated         Agreement `json:"negated"` // over negated gold relations
	Dates           Agreement `json:"dates"`   // over matched relations the gold dates
	// NegatedAsserted lists negated gold relations the graph asserts.
	NegatedAsserted []Edge `json:"negated_asserted,omitempty"`
	// ByRule credits each graph edge (asserted or hedged) to every rule of
	// its evidence: TP when it matches a gold relation, FP otherwise.
	ByRule   map[string]RuleCounts `json:"by_rule,omitempty"`
	Missed   []Edge                `json:"missed,omitempty"`
	Spurious []Edge                `json:"spurious,omitempty"`
	// Disagreements lists matched relations whose marks differ from the
	// gold's: hedged against asserted, or a gold date none of the
	// evidence carries; Why says which, with both values.
	Disagreements []Edge `json:"disagreements,omitempty"`
}

// Score matches a graph (its actors and relations, negated-only ones
// included) against one gold article.
func Score(g *Gold, actors []*graph.Actor, rels []GraphRelation) *ArticleScore {
	s := &ArticleScore{ID: g.ID, Lang: g.Lang, HeldOut: g.HeldOut, ByType: map[graph.RelType]Counts{},
		GoldActors: len(g.Actors), GraphActors: len(actors)}
	match := matchActors(g, actors) // graph id → gold actor index
	s.MatchedActor = len(match)
	for _, a := range actors {
		if gi, ok := match[a.ID]; ok && g.Actors[gi].Kind == a.Kind {
			s.KindCorrect++
		}
	}
	byName := map[string]int{}
	for i, a := range g.Actors {
		byName[a.Name] = i
	}
	ends := func(names []string) []int {
		var out []int
		for _, n := range names {
			out = append(out, byName[n])
		}
		return out
	}
	// fits reports whether a graph relation matches a gold one (reversed
	// when rev is set).
	fits := func(r GraphRelation, gr *GoldRelation, rev bool) bool {
		if r.Type != gr.Type {
			return false
		}
		fi, fok := match[r.From]
		ti, tok := match[r.To]
		if !fok || !tok {
			return false
		}
		from, to := ends(gr.From), ends(gr.To)
		if rev {
			fi, ti = ti, fi
		}
		if slices.Contains(from, fi) && slices.Contains(to, ti) {
			return true
		}
		return gr.Type.Symmetric() && !rev && slices.Contains(from, ti) && slices.Contains(to, fi)
	}
	used := make([]bool, len(rels))
	edge := func(r GraphRelation) bool { return r.Asserted+r.Hedged > 0 }
	goldEdge := func(gr *GoldRelation, why string) Edge {
		return Edge{Article: g.ID, From: gr.From[0], Type: string(gr.Type), To: gr.To[0], Hedged: gr.Hedged, Negated: gr.Negated,
			Sentences: []string{gr.Evidence}, Why: why}
	}
	for i := range g.Relations {
		gr := &g.Relations[i]
		if gr.Negated {
			continue
		}
		c := s.ByType[gr.Type]
		found := -1
		for j, r := range rels {
			if !used[j] && edge(r) && fits(r, gr, false) {
				found = j
				break
			}
		}
		if found < 0 {
			c.FN++
			s.ByType[gr.Type] = c
			why := "not found"
			for _, r := range rels {
				if edge(r) && fits(r, gr, true) {
					why = "found reversed"
				}
			}
			s.Missed = append(s.Missed, goldEdge(gr, why))
			continue
		}
		used[found] = true
		c.TP++
		s.ByType[gr.Type] = c
		r := rels[found]
		s.credit(r, true)
		hedgeAgrees := gr.Hedged == (r.Asserted == 0)
		s.Hedged.count(hedgeAgrees)
		if !hedgeAgrees {
			why := "hedged in the gold, asserted in the graph"
			if !gr.Hedged {
				why = "asserted in the gold, hedged in the graph"
			}
			s.Disagreements = append(s.Disagreements, goldEdge(gr, why))
		}
		if gr.Date != "" {
			dateAgrees := slices.Contains(r.Dates, gr.Date)
			s.Dates.count(dateAgrees)
			if !dateAgrees {
				got := "undated"
				if len(r.Dates) > 0 {
					got = strings.Join(slices.Compact(slices.Clone(r.Dates)), ", ")
				}
				s.Disagreements = append(s.Disagreements, goldEdge(gr, "date "+gr.Date+" in the gold, "+got+" in the graph"))
			}
		}
	}
	for i := range g.Relations {
		gr := &g.Relations[i]
		if !gr.Negated {
			continue
		}
		denied, asserted := false, false
		for j, r := range rels {
			if !fits(r, gr, false) {
				continue
			}
			if edge(r) {
				asserted = true
				if !used[j] {
					// counted as spurious below, and named here
					s.NegatedAsserted = append(s.NegatedAsserted, goldEdge(gr, "the graph asserts a relation the text denies"))
				}
			} else if r.Negated > 0 {
				denied = true
				used[j] = true
			}
		}
		s.Negated.count(denied && !asserted)
	}
	for j, r := range rels {
		if used[j] || !edge(r) {
			continue
		}
		c := s.ByType[r.Type]
		c.FP++
		s.ByType[r.Type] = c
		s.credit(r, false)
		why := "not in the gold"
		for i := range g.Relations {
			gr := &g.Relations[i]
			switch {
			case gr.Negated && fits(r, gr, false):
				why = "the text denies it"
			case !gr.Negated && !gr.Type.Symmetric() && fits(r, gr, true):
				why = "direction reversed"
			}
		}
		if why == "direction reversed" {
			s.DirectionErrors++
		}
		if _, ok := match[r.From]; !ok {
			why += "; " + r.From + " matches no gold actor"
		}
		if _, ok := match[r.To]; !ok {
			why += "; " + r.To + " matches no gold actor"
		}
		s.Spurious = append(s.Spurious, Edge{Article: g.ID, From: r.From, Type: string(r.Type), To: r.To,
			Hedged: r.Asserted == 0, Sentences: r.Sentences, Why: why})
	}
	return s
}

// matchActors pairs graph actors with gold actors one to one, by the
// number of folded names they share (the graph's id, name and aliases; the
// gold's name and aliases), most shared first, ties in gold then id order:
// a graph actor counts for at most one gold actor, so piling aliases on
// one actor cannot inflate recall.
func matchActors(g *Gold, actors []*graph.Actor) map[string]int {
	goldNames := make([]map[string]bool, len(g.Actors))
	for i, a := range g.Actors {
		goldNames[i] = map[string]bool{}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if f := graph.Fold(n); f != "" {
				goldNames[i][f] = true
			}
		}
	}
	type pair struct {
		gold   int
		id     string
		shared int
	}
	var pairs []pair
	for _, a := range actors {
		names := map[string]bool{graph.Fold(a.ID): true, graph.Fold(a.Name): true}
		for _, al := range a.Aliases {
			names[graph.Fold(al.Form)] = true
		}
		for i := range g.Actors {
			n := 0
			for f := range goldNames[i] {
				if names[f] {
					n++
				}
			}
			if n > 0 {
				pairs = append(pairs, pair{i, a.ID, n})
			}
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		a, b := pairs[i], pairs[j]
		if a.shared != b.shared {
			return a.shared > b.shared
		}
		if a.gold != b.gold {
			return a.gold < b.gold
		}
		return a.id < b.id
	})
	match := map[string]int{}
	goldUsed := map[int]bool{}
	for _, p := range pairs {
		if _, ok := match[p.id]; ok || goldUsed[p.gold] {
			continue
		}
		match[p.id] = p.gold
		goldUsed[p.gold] = true
	}
	return match
}

// MatchActors pairs graph actors with the gold actors of g as Score does
// (graph id → index in g.Actors): for a reader that learns from the gold
// and must name its actors as the scoring will.
func MatchActors(g *Gold, actors []*graph.Actor) map[string]int { return matchActors(g, actors) }
