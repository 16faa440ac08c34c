package main

import (
	"context"
	"encoding/json"

	"github.com/actorgraph/actorgraph/loader/eval"
)

type evalCommand struct{ m *Main }

const evalHelp = `
Measure the extractor against the gold set (docs/CODEBOOK.md,
testdata/gold): each gold article is loaded into a fresh in-memory graph
through the normal loader, actors are matched one to one with the gold's, and
relations are scored: precision, recall and F1 per relation type, per language
and overall; actor precision and recall; kind accuracy; direction errors;
agreement on hedging, negation and dates. The held-out part (HELDOUT.sha256) is
reported apart: measure on it, never tune on it.`

func (c *evalCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("eval", "--gold DIR [flags]", evalHelp)
	gold := fs.String("gold", "testdata/gold", "the gold set `directory`")
	asJSON := fs.Bool("json", false, "print the full report as JSON")
	details := fs.Int("details", 20, "list up to `N` missed and spurious relations (-1: all, 0: none); with held-out articles in the split, none unless set")
	byRule := fs.Bool("by-rule", false, "after the tables, list each extraction rule with the edges it gave that match the gold (tp) and match none (fp); tuning part only")
	split := fs.String("split", "all", "evaluate `part` of the gold set: all, tuning or held-out (tune on tuning only)")
	var dicts listFlag
	fs.Var(&dicts, "dict", "user dictionary of actors and aliases, YAML or JSON (repeatable)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments %q", fs.Args())
	}
	golds, err := eval.ReadGold(*gold)
	if err != nil {
		return err
	}
	if *byRule && *split != "tuning" && len(eval.Part(golds, true)) > 0 {
		// which rule fails where is what one tunes by: never on the
		// held-out part
		return usagef("--by-rule: with held-out articles in %s, use --split tuning", *gold)
	}
	switch *split {
	case "all":
	case "tuning", "held-out":
		golds = eval.Part(golds, *split == "held-out")
	default:
		return usagef("--split: want all, tuning or held-out, not %q", *split)
	}
	ex, err := newExtractor(dicts)
	if err != nil {
		return err
	}
	rep, err := eval.Run(ctx, golds, ex)
	if err != nil {
		return err
	}
	if *split != "tuning" && !flagSet(fs, "details") {
		// the held-out part is measured, never read: its misses are
		// listed only when asked for
		*details = 0
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	if err := rep.WriteText(m.Stdout, *details); err != nil {
		return err
	}
	if *byRule {
		return rep.WriteRules(m.Stdout, map[bool]string{true: "tuning", false: "all"}[*split == "tuning"])
	}
	return nil
}
