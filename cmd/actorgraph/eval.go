package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/actorgraph/actorgraph/loader"

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
reported apart: measure on it, never tune on it.

With --against DIR, the claims are not the extractor's but a second
annotation of some gold articles (DIR holds ID.json files in the gold format,
each article's text beside it or named by text_path), scored against the
first: the agreement between two annotators, the ceiling an extractor can be
held to. Only the gold articles DIR annotates are scored.`

func (c *evalCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("eval", "--gold DIR [flags]", evalHelp)
	gold := fs.String("gold", "testdata/gold", "the gold set `directory`")
	asJSON := fs.Bool("json", false, "print the full report as JSON")
	details := fs.Int("details", 20, "list up to `N` missed and spurious relations, and found ones whose hedge or date differs from the gold (-1: all, 0: none); with held-out articles in the split, none unless set")
	byRule := fs.Bool("by-rule", false, "after the tables, list each extraction rule with the edges it gave that match the gold (tp) and match none (fp); tuning part only")
	split := fs.String("split", "all", "evaluate `part` of the gold set: all, tuning or held-out (tune on tuning only)")
	against := fs.String("against", "", "score the second annotation of the gold articles in `directory` instead of the extractor (inter-annotator agreement)")
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
	var ex loader.Extractor
	if *against != "" {
		if *byRule {
			return usagef("--by-rule: the rules of a second annotation are all \"annotation\"")
		}
		second, err := eval.ReadGold(*against)
		if err != nil {
			return fmt.Errorf("--against: %w", err)
		}
		ann, err := eval.NewAnnotations(second)
		if err != nil {
			return fmt.Errorf("--against: %w", err)
		}
		var both []*eval.Gold
		for _, g := range golds {
			if ann.Has(g.ID) {
				both = append(both, g)
			}
		}
		if len(both) == 0 {
			return fmt.Errorf("--against: %s annotates none of the %d gold articles of the split", *against, len(golds))
		}
		golds, ex = both, ann
	} else {
		x, err := newExtractor(dicts)
		if err != nil {
			return err
		}
		ex = x
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
