package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

type checkCommand struct{ m *Main }

const checkHelp = `
Recompute every derived value and index (relation aggregates, actor records,
neighbour, alias and kind indexes, counters) from the evidence and mention
records, and report each difference. Exit status 0 means consistent, 1 not.

With --repair, an inconsistent database is rebuilt: every derived value and
index is computed again from the articles' stored claims and the decision
log (as "actorgraph rebuild" does, into a temporary database beside it),
the result replaces the database's content, and the check runs again. The
articles, their claims and the decision log are what is kept; stop any
server on the database first.`

func (c *checkCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("check", "[flags]", checkHelp)
	db := m.dbFlag(fs)
	m.minFreeFlag(fs)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	repair := fs.Bool("repair", false, "when inconsistent, rebuild the derived values and indexes from the stored claims and the decision log, then check again")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments %q", fs.Args())
	}
	st, err := m.open(*db, false)
	if !*repair && (errors.Is(err, graph.ErrReadOnlyFS) || errors.Is(err, graph.ErrDiskFull)) {
		// Checking only reads: do it read-only (a decision a crash left
		// half applied then shows as differences, not finished).
		why := "is on a read-only file system"
		if errors.Is(err, graph.ErrDiskFull) {
			why = "is short of disk space (" + err.Error() + ")"
		}
		fmt.Fprintf(m.Stderr, "actorgraph check: %s %s: checking read-only\n", *db, why)
		st, err = m.open(*db, true)
	}
	if err != nil {
		return err
	}
	defer st.Close()
	for _, r := range st.OpenRepairs() {
		fmt.Fprintf(m.Stderr, "actorgraph check: repaired when opening: %s\n", r)
	}
	rep, err := st.Check(ctx)
	if err != nil {
		return err
	}
	if !rep.OK() && *repair {
		fmt.Fprintf(m.Stderr, "actorgraph check: %d differences; repairing\n", rep.Total)
		if rep, err = m.repairStore(ctx, st, *db); err != nil {
			return err
		}
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		for _, d := range rep.Differences {
			fmt.Fprintln(m.Stdout, d)
		}
		if rep.Total > len(rep.Differences) {
			fmt.Fprintf(m.Stdout, "... and %d more\n", rep.Total-len(rep.Differences))
		}
		status := "consistent"
		if !rep.OK() {
			status = fmt.Sprintf("INCONSISTENT: %d differences", rep.Total)
		}
		fmt.Fprintf(m.Stdout, "checked %d keys, %d articles, %d evidence records, %d relations, %d actors: %s\n",
			rep.Keys, rep.Articles, rep.Evidence, rep.Relations, rep.Actors, status)
	}
	if !rep.OK() {
		return &failedError{msg: "inconsistent"}
	}
	return nil
}

// repairStore rebuilds st's derived values and indexes: the articles'
// stored claims and the decision log are loaded into a fresh database in a
// temporary directory beside dir, which then replaces st's content through
// a backup stream; it returns the check of the result.
func (m *Main) repairStore(ctx context.Context, st *graph.Store, dir string) (*graph.CheckReport, error) {
	if err := st.CheckFree(); err != nil {
		return nil, fmt.Errorf("repair: %w", err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(filepath.Clean(dir)), ".actorgraph-repair-")
	if err != nil {
		return nil, fmt.Errorf("repair: %w", err)
	}
	defer os.RemoveAll(tmp)
	o, err := m.storeOptions(false)
	if err != nil {
		return nil, err
	}
	fresh, err := graph.Open(filepath.Join(tmp, "db"), o)
	if err != nil {
		return nil, fmt.Errorf("repair: %w", err)
	}
	defer fresh.Close()
	sum, err := loader.Rebuild(ctx, st, fresh, nil)
	if err != nil {
		return nil, fmt.Errorf("repair: rebuilding: %w", err)
	}
	if len(sum.Failed) > 0 {
		return nil, fmt.Errorf("repair: rebuilding: %d articles failed: %v", len(sum.Failed), sum.Failed)
	}
	f, err := os.CreateTemp(tmp, "backup-")
	if err != nil {
		return nil, fmt.Errorf("repair: %w", err)
	}
	defer f.Close()
	if _, err := fresh.Backup(ctx, f); err != nil {
		return nil, fmt.Errorf("repair: %w", err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("repair: %w", err)
	}
	if _, err := st.Restore(ctx, f, graph.RestoreOptions{Force: true}); err != nil {
		return nil, fmt.Errorf("repair: replacing the content: %w", err)
	}
	return st.Check(ctx)
}
