package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"

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
func exportCSVDir(ctx context.Context, st *graph.Store, srv *remote, req *server.ExportRequest, dir string) (err error) {
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
		for _, part := range export.CSVParts {
			r := *req
			r.Part = part
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
		for _, part := range export.CSVParts {
			path := filepath.Join(dir, part.FileName())
			file, err := os.Create(path)
			if err != nil {
				return err
			}
			written = append(written, path)
			bw := bufio.NewWriterSize(file, 64<<10)
			err = export.CSV(ctx, bw, tx, f, part, export.CSVOptions{Profile: req.Profile})
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
