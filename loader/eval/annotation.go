package eval

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Annotations is a [loader.Extractor] whose claims are a second
// annotation of the gold articles, read with [ReadGold] from another
// directory: run through [Run] against the first annotation, it measures
// how far two annotators agree (the ceiling an extractor can be held to).
// A relation of the second annotation whose From or To lists several
// acceptable actors counts as one edge, between the first of each.
type Annotations struct {
	byID   map[string]*Gold
	byText map[string]*Gold // by the text of its article file, for articles with no ID header
}

// NewAnnotations indexes second annotations by article id and by the text
// of their article file. A file that cannot be read is an error naming it.
func NewAnnotations(golds []*Gold) (*Annotations, error) {
	a := &Annotations{byID: make(map[string]*Gold, len(golds)), byText: map[string]*Gold{}}
	for _, g := range golds {
		a.byID[g.ID] = g
		b, err := os.ReadFile(g.Text)
		if err != nil {
			return nil, fmt.Errorf("eval: second annotation %s: %w", g.ID, err)
		}
		a.byText[strings.TrimSpace(string(b))] = g
	}
	return a, nil
}

// Has reports whether the article id has a second annotation.
func (x *Annotations) Has(id string) bool { return x.byID[id] != nil }

// Fingerprint names the reader in a report.
func (x *Annotations) Fingerprint() string { return "annotation" }

// Extract returns the second annotation of the article as claims: its
// actors with their aliases, and its relations with their evidence
// sentence (located in the text when it occurs there), date and marks.
func (x *Annotations) Extract(ctx context.Context, a *graph.Article) (*graph.Claims, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	g := x.byID[a.ID]
	if g == nil {
		// an article file with no ID header: the file whose text holds
		// the article's
		t := strings.TrimSpace(a.Text)
		for file, sg := range x.byText {
			if t != "" && strings.Contains(file, t) && (g == nil || sg.ID < g.ID) {
				g = sg
			}
		}
	}
	if g == nil {
		return nil, fmt.Errorf("eval: no second annotation of article %q", a.ID)
	}
	c := &graph.Claims{Article: *a}
	for _, ga := range g.Actors {
		c.Actors = append(c.Actors, graph.ClaimActor{Name: ga.Name, Kind: ga.Kind, Aliases: ga.Aliases})
	}
	for _, r := range g.Relations {
		if len(r.From) == 0 || len(r.To) == 0 {
			continue
		}
		ev := graph.ClaimEvidence{Sentence: r.Evidence, Hedged: r.Hedged, Negated: r.Negated, Rule: "annotation"}
		if d, err := graph.ParseDate(r.Date); err == nil {
			ev.Date = d
		} else {
			ev.Date = a.Date
		}
		if i := strings.Index(a.Text, r.Evidence); r.Evidence != "" && i >= 0 {
			ev.Start, ev.End = i, i+len(r.Evidence)
		}
		c.Relations = append(c.Relations, graph.ClaimRelation{From: r.From[0], Type: r.Type, To: r.To[0],
			Evidence: []graph.ClaimEvidence{ev}})
	}
	return c, nil
}
