package pairmodel

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/eval"
	"github.com/actorgraph/actorgraph/loader/extract"
)

// Article is one gold article as the rules read it: its gold, the
// rules' claims, and its sentences with their candidates.
type Article struct {
	Gold   *eval.Gold
	Text   string // the article's text as the loader gave it
	Claims *graph.Claims
	Sents  []*Sent
	// Aligned counts the gold relations (not negated) whose evidence
	// sentence and actors a candidate carries: what a reader of pairs
	// could find at most.
	Aligned, Relations int
	// Unaligned lists the others, each with why: "no sentence" (no
	// sentence of the rules is its evidence), "no actor" (an actor of it
	// matches none of the rules'), "not in the sentence" (the two are
	// not both mentioned there).
	Unaligned []string
}

// Sent is one sentence of an article with its candidates, their
// features and their gold classes.
type Sent struct {
	View    *extract.SentenceView
	Pairs   []Pair
	Feats   [][]string
	Classes [][]int // the classes of each candidate: none when empty, several when the gold states several relations of the pair
}

// recorder is a loader.Extractor that keeps what the rules read.
type recorder struct {
	x    *extract.Extractor
	arts []*Article
}

func (r *recorder) Extract(ctx context.Context, a *graph.Article) (*graph.Claims, error) {
	art := &Article{Text: a.Text}
	c, err := r.x.Read(ctx, a, func(v *extract.SentenceView) { art.Sents = append(art.Sents, &Sent{View: v}) })
	if err != nil {
		return nil, err
	}
	art.Claims = c
	r.arts = append(r.arts, art)
	return c, nil
}

// Prepare reads each gold article with the rules through eval.Run (so
// that the article is the one the evaluation loads) and labels its
// candidates from the gold. It refuses held-out articles. It also
// returns the rules' report.
func Prepare(ctx context.Context, golds []*eval.Gold, x *extract.Extractor) ([]*Article, *eval.Report, error) {
	for _, g := range golds {
		if g.HeldOut {
			return nil, nil, fmt.Errorf("pairmodel: %s is held out: train and measure on the tuning part only", g.ID)
		}
	}
	rec := &recorder{x: x}
	rep, err := eval.Run(ctx, golds, rec)
	if err != nil {
		return nil, nil, fmt.Errorf("pairmodel: reading the gold: %w", err)
	}
	if len(rec.arts) != len(golds) {
		return nil, nil, fmt.Errorf("pairmodel: %d articles read for %d gold files", len(rec.arts), len(golds))
	}
	for i, a := range rec.arts {
		a.Gold = golds[i]
		a.label()
	}
	return rec.arts, rep, nil
}

// graphActors returns the actors of claims as the graph would hold them
// for the actor matching of the scoring.
func graphActors(c *graph.Claims) []*graph.Actor {
	var out []*graph.Actor
	for _, ca := range c.Actors {
		a := &graph.Actor{ID: ca.ID, Kind: ca.Kind, Name: ca.Name}
		for _, f := range ca.Aliases {
			a.Aliases = append(a.Aliases, graph.Alias{Form: f})
		}
		for _, f := range ca.Surface {
			a.Aliases = append(a.Aliases, graph.Alias{Form: f})
		}
		out = append(out, a)
	}
	return out
}

// label computes the candidates, features and classes of the article.
func (a *Article) label() {
	g := a.Gold
	match := eval.MatchActors(g, graphActors(a.Claims))
	byName := map[string]int{}
	for i, ga := range g.Actors {
		byName[ga.Name] = i
	}
	idx := func(names []string) []int {
		var out []int
		for _, n := range names {
			out = append(out, byName[n])
		}
		return out
	}
	evWords := make([][]string, len(g.Relations))
	for i, r := range g.Relations {
		evWords[i] = words(r.Evidence)
		if !r.Negated {
			a.Relations++
		}
	}
	found := make([]bool, len(g.Relations))
	for _, s := range a.Sents {
		s.Pairs = Candidates(s.View)
		sw := words(s.View.Text)
		var here []int
		for i := range g.Relations {
			if !g.Relations[i].Negated && aligned(evWords[i], sw) {
				here = append(here, i)
			}
		}
		for _, p := range s.Pairs {
			s.Feats = append(s.Feats, Features(s.View, p, g.Lang, nil))
			var classes []int
			ga, aok := match[s.View.Mentions[p.A].ID]
			gb, bok := match[s.View.Mentions[p.B].ID]
			for _, i := range here {
				if !aok || !bok {
					break
				}
				r := &g.Relations[i]
				from, to := idx(r.From), idx(r.To)
				var c int
				switch {
				case slices.Contains(from, ga) && slices.Contains(to, gb):
					c = Class(r.Type, true)
				case slices.Contains(from, gb) && slices.Contains(to, ga):
					c = Class(r.Type, false)
				default:
					continue
				}
				found[i] = true
				if !slices.Contains(classes, c) {
					classes = append(classes, c)
				}
			}
			slices.Sort(classes)
			s.Classes = append(s.Classes, classes)
		}
	}
	for i, f := range found {
		r := &g.Relations[i]
		if f {
			a.Aligned++
			continue
		}
		if r.Negated {
			continue
		}
		why := "no sentence"
		for _, s := range a.Sents {
			if aligned(evWords[i], words(s.View.Text)) {
				why = "not in the sentence"
			}
		}
		if why != "no sentence" {
			matched := func(names []string) bool {
				for id, gi := range match {
					_ = id
					if slices.Contains(idx(names), gi) {
						return true
					}
				}
				return false
			}
			if !matched(r.From) || !matched(r.To) {
				why = "no actor"
			}
		}
		a.Unaligned = append(a.Unaligned, why+": "+r.From[0]+" "+string(r.Type)+" "+r.To[0]+" | "+r.Evidence)
	}
}

// words returns the folded words of a text.
func words(s string) []string {
	return strings.FieldsFunc(graph.Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// aligned reports whether a gold evidence and a sentence are the same
// text, or one holds the other: most of the words of the shorter are in
// the longer.
func aligned(ev, sent []string) bool {
	if len(ev) == 0 || len(sent) == 0 {
		return false
	}
	short, long := ev, sent
	if len(short) > len(long) {
		short, long = long, short
	}
	in := map[string]bool{}
	for _, w := range long {
		in[w] = true
	}
	n := 0
	for _, w := range short {
		if in[w] {
			n++
		}
	}
	return n >= 3 && float64(n) >= 0.8*float64(len(short))
}
