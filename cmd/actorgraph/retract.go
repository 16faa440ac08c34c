package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
)

type retractCommand struct{ m *Main }

const retractHelp = `
Retract articles by id (as "actorgraph export --format json" shows them in
evidence): their evidence goes, relations and actors left with nothing go, and
loading the same files again does not bring them back.`

func (c *retractCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("retract", "[flags] ARTICLE-ID...", retractHelp)
	db := m.dbFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("give the ids of the articles to retract")
	}
	st, err := m.open(*db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	failed := 0
	for _, id := range fs.Args() {
		if err := st.Retract(ctx, id); err != nil {
			failed++
			if errors.Is(err, graph.ErrNotFound) {
				fmt.Fprintf(m.Stderr, "%s: no such article\n", id)
				continue
			}
			fmt.Fprintf(m.Stderr, "%s: %v\n", id, err)
			continue
		}
		fmt.Fprintf(m.Stdout, "retracted %s\n", id)
	}
	if failed > 0 {
		return &failedError{msg: fmt.Sprintf("%d not retracted", failed)}
	}
	return nil
}
