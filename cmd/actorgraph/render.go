package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/schema/server"
)

type renderCommand struct{ m *Main }

const renderHelp = `
Draw the graph, or the part the filters select, as SVG or PNG: the DOT export
of "actorgraph export --format dot", with the same filters and DOT options,
streamed into Graphviz's dot. It is the same as

  actorgraph export --format dot [flags] | dot -Tsvg > graph.svg

The format is --format, else the extension of --out (.svg or .png), else SVG.
A PNG is not written to a terminal: give --out.

Graphviz must be installed, its dot on PATH:
  Debian, Ubuntu:  sudo apt-get install graphviz
  macOS:           brew install graphviz
  other systems:   https://graphviz.org/download/

For a picture of a few hundred actors, try --cluster country (or kind),
--label-min-weight 2 and --top 150.`

// errNoGraphviz is returned by render when dot is not on PATH.
var errNoGraphviz = errors.New("Graphviz's dot is not on PATH; install Graphviz " +
	"(Debian, Ubuntu: sudo apt-get install graphviz; macOS: brew install graphviz; others: https://graphviz.org/download/), " +
	"or write DOT with 'actorgraph export --format dot' and render it elsewhere")

func (c *renderCommand) Run(ctx context.Context, args []string) (err error) {
	m := c.m
	fs := m.flagSet("render", "[flags]", renderHelp)
	db := m.dbFlag(fs)
	format := fs.String("format", "", "image `format`: svg or png (default: from --out, else svg)")
	out := fs.String("out", "", "write to this `file` instead of standard output")
	ff := addFilterFlags(fs)
	df := addDOTFlags(fs, "")
	noEvidence := fs.Bool("no-evidence", false, "leave the evidence sentence out of each edge's tooltip")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments %q", fs.Args())
	}
	req, err := ff.request("dot")
	if err != nil {
		return err
	}
	if err := df.options(req); err != nil {
		return err
	}
	req.NoEvidence = *noEvidence
	f := *format
	if f == "" {
		f = strings.TrimPrefix(strings.ToLower(filepath.Ext(*out)), ".")
		if f != "png" {
			f = "svg"
		}
	}
	if f != "svg" && f != "png" {
		return usagef("--format: want svg or png, not %q", f)
	}
	if f == "png" && *out == "" && m.Terminal(m.Stdout) {
		return usagef("a PNG is not for a terminal: give --out FILE.png, or redirect standard output")
	}
	bin, err := exec.LookPath("dot")
	if err != nil {
		return errNoGraphviz
	}

	st, srv, err := m.openOrRemote("render", *db, true)
	if err != nil {
		return err
	}
	if st != nil {
		defer st.Close()
	}
	var w io.Writer = m.Stdout
	if *out != "" {
		file, cerr := os.Create(*out)
		if cerr != nil {
			return cerr
		}
		defer func() {
			if cerr := file.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				os.Remove(*out)
			}
		}()
		w = file
	}

	// dot reads the export as it is written.
	cmd := exec.CommandContext(ctx, bin, "-T"+f)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = w, &stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("run %s: %w", bin, err)
	}
	bw := bufio.NewWriterSize(stdin, 64<<10)
	if srv != nil {
		err = srv.exportTo(ctx, req, bw)
	} else {
		err = st.View(ctx, func(tx *graph.Tx) error {
			f, err := resolve(ctx, tx, req)
			if err != nil {
				return err
			}
			return export.DOT(ctx, bw, tx, f, req.DOTOptions())
		})
	}
	if err == nil {
		err = bw.Flush()
	}
	cerr := stdin.Close()
	werr := cmd.Wait()
	if err != nil && !errors.Is(err, syscall.EPIPE) && !errors.Is(err, os.ErrClosed) {
		return err // the export failed (dot stopping early is reported below)
	}
	if werr != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = werr.Error()
		}
		return fmt.Errorf("dot -T%s failed: %s", f, msg)
	}
	if err != nil {
		return err
	}
	return cerr
}

// exportTo streams the server's export of req into w.
func (r *remote) exportTo(ctx context.Context, req *server.ExportRequest, w io.Writer) error {
	res, err := r.do(ctx, http.MethodGet, "/export", req.Values(), nil, "")
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if _, err := io.Copy(w, res.Body); err != nil {
		return fmt.Errorf("the export from %s was cut short: %w", r.holder.Addr, err)
	}
	return nil
}
