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

// dirFile is one file of an export written to a directory (the CSV
// tables, the RDF quads and schema).
type dirFile struct {
	name string
	// request sets the part of a server request that gives this file.
	request func(r *server.ExportRequest)
	// write writes the file from a snapshot of the store.
	write func(ctx context.Context, w io.Writer, tx *graph.Tx, f export.Filter) error
}

// exportDir writes the files of an export into dir (created when
// missing): from one snapshot of st, or, when a server holds the
// database, from one request to it per file. On an error no file is left
// behind.
func exportDir(ctx context.Context, st *graph.Store, srv *remote, req *server.ExportRequest, dir string, files []dirFile) (err error) {
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
		for _, df := range files {
			r := *req
			df.request(&r)
			path := filepath.Join(dir, df.name)
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
		for _, df := range files {
			path := filepath.Join(dir, df.name)
			file, err := os.Create(path)
			if err != nil {
				return err
			}
			written = append(written, path)
			bw := bufio.NewWriterSize(file, 64<<10)
			err = df.write(ctx, bw, tx, f)
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
