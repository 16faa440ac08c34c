package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

type loadCommand struct{ m *Main }

// A load's store commits groups of at least loadMinBatch articles, waiting
// up to loadBatchWait for them (graph.Options.BatchWait): extraction is
// slower than the store, so without a wait the writer commits whatever
// few articles have arrived (groups of 3 in a 100k load) and rewrites the
// hub records every few articles; with it, groups of about 130, a fifth
// less CPU per article and a smaller heap at 100k (BENCHMARKS.md, "Group
// commits in a load"). The loader keeps loader.DefaultPending (512)
// articles at the store, more than loadMinBatch.
const (
	loadBatchWait = 100 * time.Millisecond
	loadMinBatch  = 128
)

// loadBatching sets a load's group commits on store options.
func loadBatching(o *graph.Options) { o.BatchWait, o.MinBatchArticles = loadBatchWait, loadMinBatch }

// defaultLoadMemoryLimit is the default of load --memory-limit. The live
// heap of a load is about 120 MiB between Badger's memtable flushes and
// peaks at 330-345 MiB (10k articles) to 454-483 MiB (100k; 577-640
// during Badger's level-0 to level-0 compactions) while one runs: two
// memtable arenas of 83 MiB, the flush's table builder (124 MiB), the
// table builders of compactions, the block cache and the writer's caches
// filled (BENCHMARKS.md, "Load at scale"). Badger frees tens of MiB at a
// time, and with the runtime's default pacing the heap would reach twice
// the live size caught by a collection during a flush, which is the
// larger the larger the database. The limit bounds that at any size,
// with room above the live peak of a 100k-article load so that the
// collector does not run back to back.
const defaultLoadMemoryLimit = "640MiB"

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

Loading streams: one reader, extraction on every core (--workers), and the
store's single writer committing articles in groups of up to 256 (it waits up
to 100 ms for at least 128, so that the records every article touches are
rewritten once per group, not once per article); the queues between them
are bounded, so memory does not grow with the corpus. On a terminal a
progress bar shows the articles done, their rate and the time left.
--report FILE writes the figures of the load as JSON (docs/loadrun.sh).

When the database is held by a running 'actorgraph serve' (started with
--allow-writes), the files are read here and their articles sent to the
server, which extracts them with its own dictionaries (with $ACTORGRAPH_TOKEN
as the bearer token, if set); a note on standard error says so.`

func (c *loadCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("load", "[flags] PATH...", loadHelp)
	db := m.dbFlag(fs)
	m.minFreeFlag(fs)
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
	maxFailures := fs.Int("max-failures", loader.DefaultMaxFailures, "list at most `N` failures, the first in path and line order (all are counted); -1 lists them all")
	report := fs.String("report", "", "write the load's figures as JSON to `FILE` (- for standard output, the summary then going to standard error): articles/s, MB/s of text, evidence/s, CPU use, peak Go heap, RssAnon and RssFile, database size (docs/loadrun.sh)")
	memLimit := fs.String("memory-limit", defaultLoadMemoryLimit, "a soft limit of `SIZE` (e.g. 512MiB) on the Go heap while loading (the runtime's GOMEMLIMIT): garbage is collected sooner as the heap nears it; 0 for none; $GOMEMLIMIT, when set, wins over the default")
	cpuProfile := fs.String("cpu-profile", "", "for measurements: write a CPU profile of the load (until the store is closed) to `FILE`, for go tool pprof")
	heapProfile := fs.String("heap-profile", "", "for measurements: write a heap profile to `FILE` (go tool pprof) whenever a collection finds the live heap 5% above its largest so far, so that the file shows what the load held at its peak")
	var bopts badgerFlag
	fs.Var(&bopts, "badger", "for measurements: Badger `options` over the defaults, comma-separated key=value among "+badgerKeys+" (sizes take KiB, MiB, GiB)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("no input: give files, folders or - for standard input")
	}
	limit, err := parseSize(*memLimit)
	if err != nil {
		return usagef("--memory-limit: %v", err)
	}
	if limit > 0 && (flagSet(fs, "memory-limit") || m.Getenv("GOMEMLIMIT") == "") {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(limit))
	}
	d, err := readFlags(*date, *progress)
	if err != nil {
		return err
	}
	ex, err := newExtractor(dicts)
	if err != nil {
		return err
	}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
	}
	// The sampler starts before the database opens: Badger allocates its
	// caches and first memtable there.
	var sampler *memSampler
	if *report != "" || *heapProfile != "" {
		var onPeak func()
		if *heapProfile != "" {
			onPeak = func() {
				if err := writeHeapProfile(*heapProfile); err != nil {
					fmt.Fprintln(m.Stderr, err)
				}
			}
		}
		sampler = startSampler(50*time.Millisecond, onPeak)
	}
	var st *graph.Store
	var srv *remote
	if len(bopts) > 0 { // Badger options apply here only, not through a server
		st, err = m.open(*db, false, loadBatching, func(o *graph.Options) { o.Badger = bopts.apply })
	} else {
		st, srv, err = m.openOrRemote("load", *db, false, loadBatching)
	}
	if err != nil {
		return err
	}
	if srv != nil && *report != "" {
		return fmt.Errorf("--report measures a load in this process, but the server at %s holds %s: stop it first", srv.holder.Addr, *db)
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
	closed := false
	defer func() {
		if !closed {
			st.Close()
		}
	}()

	l := &loader.Loader{Store: st, Extractor: ex, Workers: *workers, Read: read, MaxFailures: *maxFailures}
	var bar *progressbar.ProgressBar
	if showProgress && !*quiet {
		bar = newBar(m.Stderr, totalBytes(fs.Args()))
		l.Progress = progressFunc(bar)
	}
	sum, err := l.Load(ctx, fs.Args()...)
	if bar != nil {
		_ = bar.Finish()
		fmt.Fprintln(m.Stderr)
	}
	if sum != nil {
		printFailures(m.Stderr, sum)
	}
	if err != nil {
		return fmt.Errorf("load stopped: %w", err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	out := m.Stdout
	if *report == "-" {
		out = m.Stderr
	}
	if !*quiet {
		printSummary(out, sum, stats)
	}
	if sampler != nil && *report == "" {
		sampler.finish()
	}
	if sampler != nil && *report != "" {
		writes := st.WriteCounts()
		began := time.Now()
		closed = true
		if err := st.Close(); err != nil {
			return err
		}
		closeTime := time.Since(began)
		sampler.finish()
		size, err := dirSize(*db)
		if err != nil {
			return err
		}
		r := newLoadReport(fs.Args(), *workers, sum, sampler, closeTime, size, stats)
		r.Commits, r.ArticlesPerCommit = writes.Commits, writes.PerCommit()
		if err := m.writeLoadReport(ctx, *report, r); err != nil {
			return err
		}
	}
	if !sum.OK() {
		return &failedError{msg: fmt.Sprintf("%d failed", sum.Failed)}
	}
	return nil
}

// progressFunc returns the Loader's progress callback for bar: the bar
// advances by the bytes of input read (its total is the inputs' size, for
// the estimate of the time left), and its description gives the articles
// done and their rate.
func progressFunc(bar *progressbar.ProgressBar) func(loader.Progress) {
	var last int64
	var lastShown time.Time
	return func(p loader.Progress) {
		// The loader never calls this concurrently.
		_ = bar.Add64(p.InputBytes - last)
		last = p.InputBytes
		if now := time.Now(); now.Sub(lastShown) >= 100*time.Millisecond {
			lastShown = now
			bar.Describe(progressLine(p))
		}
	}
}

// progressLine describes a load in progress: articles done, their rate and
// the evidence stored.
func progressLine(p loader.Progress) string {
	rate := 0.0
	if s := p.Elapsed.Seconds(); s > 0 {
		rate = float64(p.Articles) / s
	}
	line := fmt.Sprintf("%d articles, %.0f articles/s, %d evidence", p.Articles, rate, p.Evidence)
	if p.Failed > 0 {
		line += fmt.Sprintf(", %d failed", p.Failed)
	}
	return line
}

// printFailures lists the failures the summary kept, and says how many
// more there were.
func printFailures(w io.Writer, sum *loader.Summary) {
	for _, f := range sum.Failures {
		fmt.Fprintln(w, f)
	}
	if more := sum.Failed - len(sum.Failures); more > 0 && len(sum.Failures) > 0 {
		fmt.Fprintf(w, "... and %s not listed (--max-failures %d)\n", count(more, "more failure"), len(sum.Failures))
	}
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
		progressbar.OptionSetRenderBlankState(true), // shown at once, not at the first update
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
		_ = filepath.WalkDir(loader.WalkRoot(p), func(_ string, d os.DirEntry, err error) error {
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
