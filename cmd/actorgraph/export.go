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
)

type exportCommand struct{ m *Main }

const exportHelp = `
Write the graph, or the part the filters select, to standard output (or --out):

  dot   Graphviz: render with "actorgraph export --format dot | dot -Tsvg > g.svg"
  json  networkx node-link JSON (nodes, links with their evidence): in Python,
        networkx.node_link_graph(json.load(f), edges="links")
  graphml  GraphML for networkx (nx.read_graphml), igraph, Cytoscape, yEd, Gephi
  gexf  GEXF 1.2 for Gephi, with each edge's first to last seen dates on the timeline
  csv   nodes.csv, relations.csv and evidence.csv into the directory --out DIR,
        or one table to standard output with --csv-part nodes|relations|evidence;
        --profile pandas (default), gephi or neo4j chooses the header conventions
        (neo4j-admin database import full --nodes=nodes.csv
        --relationships=relations.csv --relationships=evidence.csv --multiline-fields=true)
  rdf   for Dgraph: graph.rdf (N-Quads, relations with facets for their counts,
        confidence and dates, evidence and article nodes) and graph.schema (the
        DQL schema) into the directory --out DIR, or one file to standard output
        with --rdf-part quads|schema; --no-evidence leaves out the evidence and
        article nodes. Load with: dgraph live -f graph.rdf -s graph.schema
        (or dgraph bulk). See docs/EXPORTS.md; format-tested only, never
        loaded into a running Dgraph here.

Filters mean the same in every format: --types and --kinds select relations
(both ends must have one of the kinds), --actors the relations among a set of
actors, --since/--until a period (only evidence dated in it counts; a relation
with none left is not exported), --min-confidence, --min-weight,
--exclude-hedged; then --actor with --depth keeps the ego network of an actor,
and last --top N the N actors with the most relations left (ties by id) and the
relations among them. Output is deterministic: the same graph gives the same
bytes.

DOT for people: --cluster country|kind groups the actors in boxes, --label-min-weight N
leaves minor actors unlabelled (their name in the tooltip), --title, --no-legend.
"actorgraph render" runs Graphviz for you (SVG or PNG).

When the database is held by a running 'actorgraph serve', the export streams
from that server (the same bytes), and a note on standard error says so.`

func (c *exportCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("export", "[flags]", exportHelp)
	db := m.dbFlag(fs)
	format := fs.String("format", "dot", "output format: dot, json, graphml, gexf, csv or rdf")
	out := fs.String("out", "", "write to this `file` instead of standard output (csv: a directory for the three tables; rdf: a directory for graph.rdf and graph.schema)")
	csvPart := fs.String("csv-part", "", "csv: write only this `table` (nodes, relations or evidence), to standard output or --out")
	profile := fs.String("profile", "", "csv: the header conventions of this `tool`: pandas (default), gephi or neo4j")
	rdfPart := fs.String("rdf-part", "", "rdf: write only this `file` (quads: the N-Quads, or schema: the DQL schema), to standard output or --out")
	ff := addFilterFlags(fs)
	noEvidence := fs.Bool("no-evidence", false, "json: leave out the evidence of each link; rdf: the evidence and article nodes; dot: the evidence sentence of each edge's tooltip")
	df := addDOTFlags(fs, "dot: ")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments %q", fs.Args())
	}
	req, err := ff.request(*format)
	if err != nil {
		return err
	}
	if err := df.options(req); err != nil {
		return err
	}
	req.NoEvidence = *noEvidence
	if *format != "csv" && (*csvPart != "" || *profile != "") {
		return usagef("--csv-part and --profile go with --format csv")
	}
	if *format != "rdf" && *rdfPart != "" {
		return usagef("--rdf-part goes with --format rdf")
	}
	switch *format {
	case "dot", "json", "graphml", "gexf":
	case "csv":
		if err := csvFlags(req, *csvPart, *profile, *out); err != nil {
			return err
		}
	case "rdf":
		if err := rdfFlags(req, *rdfPart, *out); err != nil {
			return err
		}
	default:
		return usagef("--format: want dot, json, graphml, gexf, csv or rdf, not %q", *format)
	}
	if req.RDFPart == export.RDFSchema {
		// The schema is the same for every graph: no database needed.
		return writeOut(m.Stdout, *out, export.RDFDQLSchema)
	}
	st, srv, err := m.openOrRemote("export", *db, true)
	if err != nil {
		return err
	}
	if *format == "csv" && req.Part == "" {
		return exportCSVDir(ctx, st, srv, req, *out)
	}
	if *format == "rdf" && req.RDFPart == "" {
		return exportRDFDir(ctx, st, srv, req, *out)
	}
	if srv != nil {
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
		f, err := resolve(ctx, tx, req)
		if err != nil {
			return err
		}
		switch *format {
		case "json":
			return export.JSON(ctx, bw, tx, f, export.JSONOptions{OmitEvidence: *noEvidence})
		case "graphml":
			return export.GraphML(ctx, bw, tx, f, export.GraphMLOptions{})
		case "gexf":
			return export.GEXF(ctx, bw, tx, f, export.GEXFOptions{})
		case "csv":
			return export.CSV(ctx, bw, tx, f, req.Part, export.CSVOptions{Profile: req.Profile})
		case "rdf":
			if req.RDFPart == export.RDFSchema {
				return export.RDFDQLSchema(bw)
			}
			return export.RDF(ctx, bw, tx, f, export.RDFOptions{OmitEvidence: *noEvidence})
		}
		return export.DOT(ctx, bw, tx, f, req.DOTOptions())
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
