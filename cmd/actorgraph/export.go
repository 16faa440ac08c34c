package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/schema/server"
)

type exportCommand struct{ m *Main }

const exportHelp = `
Write the graph, or the part the filters select, to standard output (or --out):

  dot   Graphviz: render with "actorgraph export --format dot | dot -Tsvg > g.svg"
  json  networkx node-link JSON (nodes, links with their evidence): in Python,
        networkx.node_link_graph(json.load(f), edges="links")

Filters mean the same in every format: --types and --kinds select relations
(both ends must have one of the kinds), --actor with --depth the ego network of
an actor, --since/--until a period (only evidence dated in it counts; a relation
with none left is not exported), --min-confidence, --exclude-hedged. Output is
deterministic: the same graph gives the same bytes.

When the database is held by a running 'actorgraph serve', the export streams
from that server (the same bytes), and a note on standard error says so.`

func (c *exportCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("export", "[flags]", exportHelp)
	db := m.dbFlag(fs)
	format := fs.String("format", "dot", "output format: dot or json")
	out := fs.String("out", "", "write to this `file` instead of standard output")
	var types, kinds listFlag
	fs.Var(&types, "types", "only these relation `types` (comma-separated: allied, opposed, supplies, trains, member_of, leads)")
	fs.Var(&kinds, "kinds", "only relations between these actor `kinds` (state, armed_group, company, person, organisation)")
	actor := fs.String("actor", "", "export the ego network of this actor (id or name)")
	depth := fs.Int("depth", 1, "with --actor: how many relations away from it")
	since := fs.String("since", "", "only evidence dated on or after this `date` (YYYY, YYYY-MM, YYYY-MM-DD)")
	until := fs.String("until", "", "only evidence dated on or before this `date`")
	minConf := fs.Float64("min-confidence", 0, "drop relations with a lower confidence (0..1)")
	exclHedged := fs.Bool("exclude-hedged", false, "count only asserted evidence (drop \"reportedly\", \"aurait\")")
	inclNegated := fs.Bool("include-negated", false, "also export relations that were only denied")
	isolated := fs.Bool("isolated", false, "also export actors without any exported relation")
	noEvidence := fs.Bool("no-evidence", false, "json: leave out the evidence of each link")
	labels := fs.Bool("labels", false, "dot: write the relation type on each edge")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments %q", fs.Args())
	}
	f := export.Filter{MinConfidence: *minConf, ExcludeHedged: *exclHedged, IncludeNegated: *inclNegated, Isolated: *isolated}
	for _, t := range types {
		rt, err := graph.ParseRelType(t)
		if err != nil {
			return usagef("--types: %v", err)
		}
		f.Types = append(f.Types, rt)
	}
	for _, k := range kinds {
		kd, err := graph.ParseKind(k)
		if err != nil {
			return usagef("--kinds: %v", err)
		}
		f.Kinds = append(f.Kinds, kd)
	}
	var err error
	if f.Since, err = graph.ParseDate(*since); err != nil {
		return usagef("--since: %v", err)
	}
	if f.Until, err = graph.ParseDate(*until); err != nil {
		return usagef("--until: %v", err)
	}
	if *minConf < 0 || *minConf > 1 {
		return usagef("--min-confidence: want a number in [0, 1]")
	}
	if *depth < 1 {
		return usagef("--depth: want at least 1")
	}
	if *format != "dot" && *format != "json" {
		return usagef("--format: want dot or json, not %q", *format)
	}
	st, srv, err := m.openOrRemote("export", *db, true)
	if err != nil {
		return err
	}
	if srv != nil {
		req := &server.ExportRequest{Format: *format, Filter: f, ActorRef: *actor, NoEvidence: *noEvidence, Labels: *labels}
		if *actor != "" {
			req.Filter.Depth = *depth
		}
		return srv.export(ctx, req, *out)
	}
	defer st.Close()

	var w io.Writer = m.Stdout
	var file *os.File
	if *out != "" {
		if file, err = os.Create(*out); err != nil {
			return err
		}
		w = file
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	err = st.View(ctx, func(tx *graph.Tx) error {
		if *actor != "" {
			id, err := resolveActor(ctx, tx, *actor)
			if err != nil {
				return err
			}
			f.Actor, f.Depth = id, *depth
		}
		if *format == "json" {
			return export.JSON(ctx, bw, tx, f, export.JSONOptions{OmitEvidence: *noEvidence})
		}
		return export.DOT(ctx, bw, tx, f, export.DOTOptions{EdgeLabels: *labels})
	})
	if err == nil {
		err = bw.Flush()
	}
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(*out)
		}
	}
	return err
}

// resolveActor finds the actor an id or a name designates, and says which
// ones to choose from when a name is ambiguous.
func resolveActor(ctx context.Context, tx *graph.Tx, ref string) (string, error) {
	if a, err := tx.Actor(ctx, ref); err == nil {
		return a.ID, nil
	} else if !errors.Is(err, graph.ErrNotFound) {
		return "", err
	}
	as, err := tx.FindActors(ctx, ref)
	if err != nil {
		return "", err
	}
	switch len(as) {
	case 0:
		return "", fmt.Errorf("no actor is called %q (try actorgraph stats for ids)", ref)
	case 1:
		return as[0].ID, nil
	}
	var ids []string
	for _, a := range as {
		ids = append(ids, fmt.Sprintf("%s (%s, %s)", a.ID, a.Name, a.Kind))
	}
	return "", fmt.Errorf("%q names several actors; give one id: %s", ref, strings.Join(ids, ", "))
}
