package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

type loadCommand struct{ m *Main }

const loadHelp = `
Read articles into the graph: .txt (optional header lines Title:, Date:, URL:,
Lang:, Outlet:, ID:, or a leading "date 2024-10" marker), .md, .html (visible
text), .jsonl (one article per line: id, url, title, date, lang, outlet, text)
and .claims.jsonl (relations already extracted, version 1). Folders are read
recursively; "-" reads standard input.

An article already loaded with the same text and extractor is left as it is; a
changed one replaces its evidence; a retracted one stays out. Each problem is
reported as "path:line: reason" and the rest goes on; the exit status is 1 when
anything failed.

When the database is held by a running 'actorgraph serve' (started with
--allow-writes), the files are read here and their articles sent to the
server, which extracts them with its own dictionaries (with $ACTORGRAPH_TOKEN
as the bearer token, if set); a note on standard error says so.`

func (c *loadCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("load", "[flags] PATH...", loadHelp)
	db := m.dbFlag(fs)
	var dicts listFlag
	fs.Var(&dicts, "dict", "user dictionary of actors and aliases, YAML or JSON (repeatable)")
	date := fs.String("date", "", "date for articles that lack one (YYYY, YYYY-MM or YYYY-MM-DD)")
	lang := fs.String("lang", "", "language for articles that lack one (fr, en)")
	url := fs.String("url", "", "URL for an article that lacks one (loading a single article)")
	outlet := fs.String("outlet", "", "outlet for articles that lack one")
	format := fs.String("format", "", "read every input as this format: txt, md, html, jsonl or claims (default: by extension; sniffed on stdin)")
	workers := fs.Int("workers", 0, "extraction goroutines (default: one per core)")
	progress := fs.String("progress", "auto", "show progress: auto (on a terminal), always or never")
	quiet := fs.Bool("quiet", false, "print only failures")
	maxBytes := fs.Int("max-article-bytes", graph.DefaultMaxArticleBytes, "refuse articles with more text than this")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("no input: give files, folders or - for standard input")
	}
	d, err := graph.ParseDate(*date)
	if err != nil {
		return usagef("--date: %v", err)
	}
	switch *progress {
	case "auto", "always", "never":
	default:
		return usagef("--progress: want auto, always or never, not %q", *progress)
	}
	ex, err := newExtractor(dicts)
	if err != nil {
		return err
	}
	st, srv, err := m.openOrRemote("load", *db, false)
	if err != nil {
		return err
	}
	read := loader.ReadOptions{
		Defaults:        loader.Defaults{Date: d, Lang: *lang, URL: *url, Outlet: *outlet},
		MaxArticleBytes: *maxBytes, Format: *format, Stdin: m.Stdin,
	}
	showProgress := *progress == "always" || (*progress == "auto" && m.Terminal(m.Stderr))
	if srv != nil {
		if len(dicts) > 0 {
			return fmt.Errorf("the server at %s extracts with its own dictionaries (actorgraph serve --dict): load without --dict, or stop the server", srv.holder.Addr)
		}
		var bar *progressbar.ProgressBar
		if showProgress && !*quiet {
			bar = newBar(m.Stderr, totalBytes(fs.Args()))
		}
		return srv.load(ctx, fs.Args(), read, bar, *quiet)
	}
	defer st.Close()

	l := &loader.Loader{Store: st, Extractor: ex, Workers: *workers, Read: read}
	var bar *progressbar.ProgressBar
	if showProgress && !*quiet {
		bar = newBar(m.Stderr, totalBytes(fs.Args()))
		var mu sync.Mutex
		var last int64
		l.Progress = func(p loader.Progress) {
			mu.Lock()
			defer mu.Unlock()
			_ = bar.Add64(p.Bytes - last)
			last = p.Bytes
			bar.Describe(fmt.Sprintf("%d articles", p.Articles))
		}
	}
	sum, err := l.Load(ctx, fs.Args()...)
	if bar != nil {
		_ = bar.Finish()
		fmt.Fprintln(m.Stderr)
	}
	if sum != nil {
		for _, f := range sum.Failures {
			fmt.Fprintln(m.Stderr, f)
		}
	}
	if err != nil {
		return fmt.Errorf("load stopped: %w", err)
	}
	if !*quiet {
		stats, serr := st.Stats(ctx)
		if serr != nil {
			return serr
		}
		printSummary(m.Stdout, sum, stats)
	}
	if !sum.OK() {
		return &failedError{msg: fmt.Sprintf("%d failed", sum.Failed)}
	}
	return nil
}

func newBar(w io.Writer, total int64) *progressbar.ProgressBar {
	if total <= 0 {
		total = -1
	}
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionClearOnFinish(),
	)
}

// totalBytes sums the sizes of the input files, for the progress bar's
// estimate; standard input counts nothing.
func totalBytes(paths []string) int64 {
	var n int64
	for _, p := range paths {
		if p == "-" {
			continue
		}
		_ = filepath.WalkDir(p, func(_ string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if info, err := d.Info(); err == nil {
					n += info.Size()
				}
			}
			return nil
		})
	}
	return n
}

func printSummary(w io.Writer, s *loader.Summary, st *graph.Stats) {
	fmt.Fprintf(w, "read %s (%s of text) in %s: %d new, %d updated, %d re-extracted, %d unchanged, %d skipped as retracted, %d failed\n",
		count(s.Articles(), "article"), humanBytes(s.Bytes), s.Elapsed.Round(time.Millisecond), s.New, s.Updated, s.Reextracted, s.Unchanged, s.Retracted, s.Failed)
	if s.New+s.Updated+s.Reextracted > 0 {
		fmt.Fprintf(w, "stored %d evidence records for %d relations; %d actor mentions\n", s.Evidence, s.Relations, s.Actors)
	}
	if s.Rejected > 0 {
		fmt.Fprintf(w, "rejected %d extracted relations breaking the type rules\n", s.Rejected)
	}
	fmt.Fprintf(w, "the graph holds %d actors, %d relations and %d evidence records from %d articles\n",
		st.Actors, st.Relations, st.Evidence, st.Articles)
}

// count writes n and the noun, plural unless n is 1.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
