package main

import (
	"context"
	"io"
	"os"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/schema/server"
)

// rdfFlags checks the flags of an RDF export and sets req's part.
func rdfFlags(req *server.ExportRequest, part, out string) error {
	if part != "" {
		var err error
		if req.RDFPart, err = export.ParseRDFPart(part); err != nil {
			return usagef("--rdf-part: want quads or schema, not %q", part)
		}
		return nil
	}
	if out == "" {
		return usagef("--format rdf writes graph.rdf and graph.schema: give --out DIR, " +
			"or --rdf-part quads|schema for one of them on standard output")
	}
	return nil
}

// exportRDFDir writes the two files of an RDF export into dir (created
// when missing): from one snapshot of st, or, when a server holds the
// database, from two requests to it (the schema does not depend on the
// graph). On an error neither file is left behind.
func exportRDFDir(ctx context.Context, st *graph.Store, srv *remote, req *server.ExportRequest, dir string) error {
	var files []dirFile
	for _, part := range export.RDFParts {
		files = append(files, dirFile{
			name:    part.FileName(),
			request: func(r *server.ExportRequest) { r.RDFPart = part },
			write: func(ctx context.Context, w io.Writer, tx *graph.Tx, f export.Filter) error {
				if part == export.RDFSchema {
					return export.RDFDQLSchema(w)
				}
				return export.RDF(ctx, w, tx, f, export.RDFOptions{OmitEvidence: req.NoEvidence})
			},
		})
	}
	return exportDir(ctx, st, srv, req, dir, files)
}

// writeOut writes with write to the file out (removed on an error), or to
// stdout when out is empty.
func writeOut(stdout io.Writer, out string, write func(io.Writer) error) (err error) {
	if out == "" {
		return write(stdout)
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(out)
	}
	return err
}
