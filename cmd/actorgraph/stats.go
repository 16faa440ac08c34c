package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/schema/server"
)

type statsCommand struct{ m *Main }

const statsHelp = `
Print what the graph holds: actors by kind, relations by type, evidence and
articles, then the most mentioned actors and the strongest relations.

When the database is held by a running 'actorgraph serve', the numbers come
from that server, and a note on standard error says so.`

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
	st, srv, err := m.openOrRemote("stats", *db, true)
	if err != nil {
		return err
	}
	var rep *server.StatsReport
	if srv != nil {
		if rep, err = srv.stats(ctx, max(*top, 0)); err != nil {
			return err
		}
	} else {
		defer st.Close()
		err = st.View(ctx, func(tx *graph.Tx) (err error) {
			rep, err = server.ReadStatsReport(ctx, tx, *top)
			return err
		})
		if err != nil {
			return err
		}
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep.Stats)
	}
	printStats(m.Stdout, rep)
	return nil
}

// printStats prints a stats report: the counts, then the most mentioned
// actors and the strongest relations.
func printStats(w io.Writer, rep *server.StatsReport) {
	s := rep.Stats
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
	if len(rep.Actors) > 0 {
		fmt.Fprintf(w, "\nMost mentioned actors:\n")
		for _, a := range rep.Actors {
			fmt.Fprintf(w, "  %-28s %-13s %3d articles  %s\n", a.ID, a.Kind, a.Articles, printableName(a.Name))
		}
	}
	if len(rep.Relations) > 0 {
		fmt.Fprintf(w, "\nStrongest relations:\n")
		for _, r := range rep.Relations {
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
}

// printableName returns name fit for a terminal: a name with control
// characters (an escape sequence, a newline, from a hostile claims file)
// is written quoted, with Go escapes, so it can neither break the table
// nor command the terminal.
func printableName(name string) string {
	if strings.IndexFunc(name, unicode.IsControl) < 0 {
		return name
	}
	return strconv.Quote(name)
}

func orDash(d graph.Date) string {
	if d.IsZero() {
		return "?"
	}
	return d.String()
}
