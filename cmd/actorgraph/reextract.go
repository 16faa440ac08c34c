package main

import (
	"context"
	"fmt"
	"sync"

	"github.com/schollz/progressbar/v3"

	"github.com/actorgraph/actorgraph/loader"
)

type reextractCommand struct{ m *Main }

const reextractHelp = `
Run the current extractor, with the embedded lexicons and the --dict
dictionaries, again over the texts the database keeps, and replace the
evidence of every article extracted by another version or other lexicons
(all of them with --all). Curation decisions still hold: the new claims
resolve through the decision log. Articles that came as claims are left as
they are; retracted ones are re-extracted and stay retracted.`

func (c *reextractCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("reextract", "[flags]", reextractHelp)
	db := m.dbFlag(fs)
	m.minFreeFlag(fs)
	var dicts listFlag
	fs.Var(&dicts, "dict", "user dictionary of actors and aliases, YAML or JSON (repeatable)")
	all := fs.Bool("all", false, "re-extract every article, even those already extracted by this extractor")
	workers := fs.Int("workers", 0, "extraction goroutines (default: one per core)")
	progress := fs.String("progress", "auto", "show progress: auto (on a terminal), always or never")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments %q", fs.Args())
	}
	ex, err := newExtractor(dicts)
	if err != nil {
		return err
	}
	st, err := m.open(*db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	var report func(done, total int)
	var bar *progressbar.ProgressBar
	if *progress == "always" || (*progress == "auto" && m.Terminal(m.Stderr)) {
		var once sync.Once
		report = func(done, total int) {
			once.Do(func() {
				bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(m.Stderr), progressbar.OptionSetDescription("re-extracting"),
					progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetPredictTime(true), progressbar.OptionClearOnFinish())
			})
			_ = bar.Set(done)
		}
	}
	sum, err := loader.Reextract(ctx, st, ex, *all, *workers, report)
	if bar != nil {
		_ = bar.Finish()
	}
	if sum != nil {
		for _, f := range sum.Failed {
			fmt.Fprintln(m.Stderr, f)
		}
		fmt.Fprintf(m.Stdout, "%d articles: %d re-extracted, %d already current, %d came as claims, %d failed\n",
			sum.Articles, sum.Reextracted, sum.Current, sum.Claims, len(sum.Failed))
	}
	if err != nil {
		return err
	}
	if len(sum.Failed) > 0 {
		return &failedError{msg: "some articles failed"}
	}
	return nil
}
