package main

import (
	"context"
	"encoding/json"
	"fmt"
)

type checkCommand struct{ m *Main }

const checkHelp = `
Recompute every derived value and index (relation aggregates, actor records,
neighbour, alias and kind indexes, counters) from the evidence and mention
records, and report each difference. Exit status 0 means consistent, 1 not.`

func (c *checkCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("check", "[flags]", checkHelp)
	db := m.dbFlag(fs)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments %q", fs.Args())
	}
	st, err := m.open(*db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	rep, err := st.Check(ctx)
	if err != nil {
		return err
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
