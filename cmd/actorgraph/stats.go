package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/actorgraph/actorgraph/graph"
)

type statsCommand struct{ m *Main }

const statsHelp = `
Print what the graph holds: actors by kind, relations by type, evidence and
articles, then the most mentioned actors and the strongest relations.`

func (c *statsCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("stats", "[flags]", statsHelp)
	db := m.dbFlag(fs)
	asJSON := fs.Bool("json", false, "print the counters as JSON")
	top := fs.Int("top", 10, "how many actors and relations to list")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments %q", fs.Args())
	}
	st, err := m.open(*db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	return st.View(ctx, func(tx *graph.Tx) error {
		s, err := tx.Stats(ctx)
		if err != nil {
			return err
		}
		if *asJSON {
			enc := json.NewEncoder(m.Stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(s)
		}
		return printStats(ctx, m.Stdout, tx, s, *top)
	})
}

func printStats(ctx context.Context, w io.Writer, tx *graph.Tx, s *graph.Stats, top int) error {
	fmt.Fprintf(w, "%d articles (%d retracted), %d evidence records\n", s.Articles, s.Retracted, s.Evidence)
	fmt.Fprintf(w, "%d actors:", s.Actors)
	for _, k := range graph.Kinds {
		if n := s.ActorsByKind[k]; n > 0 {
			fmt.Fprintf(w, " %d %s", n, k)
		}
	}
	fmt.Fprintf(w, "\n%d relations:", s.Relations)
	for _, t := range graph.RelTypes {
		if n := s.RelationsByType[t]; n > 0 {
			fmt.Fprintf(w, " %d %s", n, t)
		}
	}
	fmt.Fprintln(w)
	if s.NegatedOnly > 0 {
		fmt.Fprintf(w, "%d relations with only denials (not edges)\n", s.NegatedOnly)
	}
	if top <= 0 {
		return nil
	}
	var actors []*graph.Actor
	if err := tx.EachActor(ctx, graph.ActorQuery{}, func(a *graph.Actor) error {
		actors = append(actors, a)
		sort.SliceStable(actors, func(i, j int) bool { return actors[i].Articles > actors[j].Articles })
		if len(actors) > top {
			actors = actors[:top]
		}
		return nil
	}); err != nil {
		return err
	}
	if len(actors) > 0 {
		fmt.Fprintf(w, "\nMost mentioned actors:\n")
		for _, a := range actors {
			fmt.Fprintf(w, "  %-28s %-13s %3d articles  %s\n", a.ID, a.Kind, a.Articles, a.Name)
		}
	}
	var rels []*graph.Relation
	if err := tx.EachRelation(ctx, graph.RelationFilter{}, func(r *graph.Relation) error {
		rels = append(rels, r)
		sort.SliceStable(rels, func(i, j int) bool {
			if rels[i].Weight != rels[j].Weight {
				return rels[i].Weight > rels[j].Weight
			}
			return rels[i].Confidence > rels[j].Confidence
		})
		if len(rels) > top {
			rels = rels[:top]
		}
		return nil
	}); err != nil {
		return err
	}
	if len(rels) > 0 {
		fmt.Fprintf(w, "\nStrongest relations:\n")
		for _, r := range rels {
			arrow := " -" + string(r.Type) + "-> "
			if r.Symmetric {
				arrow = " <-" + string(r.Type) + "-> "
			}
			status := ""
			if r.Asserted == 0 {
				status = "  (hedged only)"
			}
			fmt.Fprintf(w, "  %-50s weight %d, confidence %.2f, %s..%s%s\n", r.From+arrow+r.To, r.Weight, r.Confidence, orDash(r.FirstSeen), orDash(r.LastSeen), status)
		}
	}
	return nil
}

func orDash(d graph.Date) string {
	if d.IsZero() {
		return "?"
	}
	return d.String()
}
