package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

type rebuildCommand struct{ m *Main }

const rebuildHelp = `
Build the database afresh from what it keeps: the decision log first, then
every article, extracted again from its stored text with the current extractor
and lexicons (articles that came as claims load from their stored claims). Use
it after a new extractor or lexicon, or a change of storage layout.

Without --out, the new database replaces the old one, which is kept beside it
as DIR.bak-TIME. With --out, the new database is written there and the old one
is left as it is. The result is what loading the same articles and replaying
the same log gives.`

func (c *rebuildCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("rebuild", "[flags]", rebuildHelp)
	db := m.dbFlag(fs)
	m.minFreeFlag(fs)
	out := fs.String("out", "", "write the new database to this `directory` (must not exist) and keep the old one")
	var dicts listFlag
	fs.Var(&dicts, "dict", "user dictionary of actors and aliases, YAML or JSON (repeatable)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments %q", fs.Args())
	}
	target := *out
	if target == "" {
		target = filepath.Clean(*db) + ".rebuild"
	}
	if _, err := os.Stat(target); err == nil {
		return fmt.Errorf("%s exists: remove it or choose another --out", target)
	}
	ex, err := newExtractor(dicts)
	if err != nil {
		return err
	}
	// The source may hold the layout before this build's: a rebuild is how
	// a database moves to the new one.
	from, err := graph.Open(*db, &graph.Options{ReadOnly: true, OlderLayout: true})
	if err != nil {
		return err
	}
	o, err := m.storeOptions(false)
	if err != nil {
		from.Close()
		return err
	}
	to, err := graph.Open(target, o)
	if err != nil {
		from.Close()
		return err
	}
	start := time.Now()
	sum, err := loader.Rebuild(ctx, from, to, ex)
	cerr := to.Close()
	from.Close()
	if err == nil {
		err = cerr
	}
	if err != nil {
		os.RemoveAll(target)
		return fmt.Errorf("rebuild failed, the database is unchanged: %w", err)
	}
	for _, f := range sum.Failed {
		fmt.Fprintln(m.Stderr, f)
	}
	fmt.Fprintf(m.Stdout, "rebuilt in %s: %d decisions replayed, %d articles extracted again, %d loaded from their claims, %d kept retracted, %d failed\n",
		time.Since(start).Round(time.Millisecond), sum.Decisions, sum.Reextracted, sum.Claims, sum.Retracted, len(sum.Failed))
	if *out == "" {
		backup := fmt.Sprintf("%s.bak-%s", filepath.Clean(*db), time.Now().UTC().Format("20060102T150405"))
		if err := os.Rename(*db, backup); err != nil {
			return fmt.Errorf("the rebuilt database is in %s; moving the old one aside: %w", target, err)
		}
		if err := os.Rename(target, *db); err != nil {
			return fmt.Errorf("the rebuilt database is in %s, the old one in %s: %w", target, backup, err)
		}
		fmt.Fprintf(m.Stdout, "%s is rebuilt; the old database is kept in %s\n", *db, backup)
	} else {
		fmt.Fprintf(m.Stdout, "the rebuilt database is in %s\n", target)
	}
	if len(sum.Failed) > 0 {
		return &failedError{msg: "some articles failed"}
	}
	return nil
}
