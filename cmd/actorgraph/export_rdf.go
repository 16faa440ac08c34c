package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

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
func exportRDFDir(ctx context.Context, st *graph.Store, srv *remote, req *server.ExportRequest, dir string) (err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var written []string
	defer func() {
		if err != nil {
			for _, p := range written {
				os.Remove(p)
			}
		}
	}()
	if srv != nil {
		for _, part := range export.RDFParts {
			r := *req
			r.RDFPart = part
			path := filepath.Join(dir, part.FileName())
			written = append(written, path)
			if err := srv.export(ctx, &r, path); err != nil {
				return err
			}
		}
		return nil
	}
	defer st.Close()
	return st.View(ctx, func(tx *graph.Tx) error {
		f, err := resolve(ctx, tx, req)
		if err != nil {
			return err
		}
		for _, part := range export.RDFParts {
			path := filepath.Join(dir, part.FileName())
			file, err := os.Create(path)
			if err != nil {
				return err
			}
			written = append(written, path)
			bw := bufio.NewWriterSize(file, 64<<10)
			if part == export.RDFSchema {
				err = export.RDFDQLSchema(bw)
			} else {
				err = export.RDF(ctx, bw, tx, f, export.RDFOptions{OmitEvidence: req.NoEvidence})
			}
			if err == nil {
				err = bw.Flush()
			}
			if cerr := file.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
		}
		return nil
	})
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
