package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

type logCommand struct{ m *Main }

const logHelp = `
List the curation decisions in the order they were made (merge, unmerge,
not-same, split, alias, rename, kind, retract, unretract), or share them:

  actorgraph log [--json]            list the decisions
  actorgraph log export [--out FILE] write them as JSON lines
  actorgraph log import FILE|-       apply decisions from JSON lines

An import applies each decision in order and skips those already in the log,
so importing the same file twice changes nothing. Decisions about actors or
articles not loaded yet wait for them and act when they are loaded.`

func (c *logCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	sub := ""
	if len(args) > 0 && (args[0] == "export" || args[0] == "import") {
		sub, args = args[0], args[1:]
	}
	fs := m.flagSet("log", "[export|import] [flags] [FILE]", logHelp)
	db := m.dbFlag(fs)
	m.minFreeFlag(fs)
	asJSON := fs.Bool("json", false, "list: print each decision as a JSON line")
	out := fs.String("out", "", "export: write to this `file` instead of standard output")
	if err := parse(fs, args); err != nil {
		return err
	}
	switch {
	case sub == "import" && fs.NArg() != 1:
		return usagef("log import wants one FILE (or - for standard input)")
	case sub != "import" && fs.NArg() > 0:
		return usagef("unexpected arguments %q", fs.Args())
	}
	st, err := m.open(*db, sub != "import")
	if err != nil {
		return err
	}
	defer st.Close()
	switch sub {
	case "export":
		var w io.Writer = m.Stdout
		if *out != "" {
			f, err := os.Create(*out)
			if err != nil {
				return err
			}
			defer f.Close()
			w = f
		}
		return st.ExportLog(ctx, w)
	case "import":
		var r io.Reader = m.Stdin
		if fs.Arg(0) != "-" {
			f, err := os.Open(fs.Arg(0))
			if err != nil {
				return err
			}
			defer f.Close()
			r = f
		}
		rep, err := st.ImportLog(ctx, r)
		if rep != nil {
			for _, e := range rep.Errors {
				fmt.Fprintf(m.Stderr, "%s:%s\n", fs.Arg(0), e[len("line"):])
			}
			fmt.Fprintf(m.Stdout, "imported %s: %d applied, %d already in the log, %d without effect, %d refused\n",
				fs.Arg(0), rep.Applied, rep.Skipped, rep.Noop, len(rep.Errors))
		}
		if err != nil {
			return err
		}
		if len(rep.Errors) > 0 {
			return &failedError{msg: "refused decisions"}
		}
		return nil
	}
	return st.View(ctx, func(tx *graph.Tx) error {
		n := 0
		err := tx.EachDecision(ctx, func(d *graph.Decision) error {
			n++
			if *asJSON {
				b, err := json.Marshal(d)
				if err != nil {
					return err
				}
				_, err = fmt.Fprintf(m.Stdout, "%s\n", b)
				return err
			}
			line := fmt.Sprintf("#%-4d %s  %s", d.Seq, d.Time.Format(time.RFC3339), d)
			if d.Author != "" {
				line += "  by " + d.Author
			}
			if d.Reason != "" {
				line += "  (" + d.Reason + ")"
			}
			_, err := fmt.Fprintln(m.Stdout, line)
			return err
		})
		if err == nil && n == 0 && !*asJSON {
			fmt.Fprintln(m.Stdout, "no decisions yet")
		}
		return err
	})
}
