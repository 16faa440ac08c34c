package main

import (
	"context"
	"io"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/schema/server"
)

// csvFlags checks the flags of a CSV export and sets req's part and profile.
func csvFlags(req *server.ExportRequest, part, profile, out string) error {
	var err error
	if req.Profile, err = export.ParseCSVProfile(profile); err != nil {
		return usagef("--profile: want pandas, gephi or neo4j, not %q", profile)
	}
	if part != "" {
		if req.Part, err = export.ParseCSVPart(part); err != nil {
			return usagef("--csv-part: want nodes, relations or evidence, not %q", part)
		}
		return nil
	}
	if out == "" {
		return usagef("--format csv writes nodes.csv, relations.csv and evidence.csv: give --out DIR, " +
			"or --csv-part nodes|relations|evidence for one table on standard output")
	}
	return nil
}

// exportCSVDir writes the three tables of a CSV export into dir (created
// when missing): from one snapshot of st, or, when a server holds the
// database, from three requests to it. On an error no table is left
// behind.
func exportCSVDir(ctx context.Context, st *graph.Store, srv *remote, req *server.ExportRequest, dir string) error {
	var files []dirFile
	for _, part := range export.CSVParts {
		files = append(files, dirFile{
			name:    part.FileName(),
			request: func(r *server.ExportRequest) { r.Part = part },
			write: func(ctx context.Context, w io.Writer, tx *graph.Tx, f export.Filter) error {
				return export.CSV(ctx, w, tx, f, part, export.CSVOptions{Profile: req.Profile})
			},
		})
	}
	return exportDir(ctx, st, srv, req, dir, files)
}
