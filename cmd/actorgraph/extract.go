package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/stream"
)

type extractCommand struct{ m *Main }

const extractHelp = `
Extract the claims of articles without a database: the stateless half of
'actorgraph load', to run on any machine. The inputs are read as 'load' reads
them (.txt, .md, .html, .jsonl, .claims.jsonl; folders; "-" for standard
input), and each article's claims are written in the claims format, version 1
(one JSON object a line, with the article's text, content hash and extraction
fingerprint, and each evidence's rule and confidence), in input order:
'actorgraph load' of that output builds the graph a direct load of the
articles would, byte for byte.

Each problem is reported on standard error as "path:line: reason" and the rest
goes on; the exit status is 1 when anything failed. On a terminal a progress
bar shows on standard error.

With --nats URL, the claims are published to the JetStream stream
ACTORGRAPH_CLAIMS instead (see 'actorgraph streams init'), one message per
article on the subject actorgraph.claims.<hash of the article id>, with the
message id <article id>/<content hash>/<fingerprint>: JetStream drops a
duplicate within its window, and a replica ('actorgraph follow') skips any
other as unchanged. With --nats URL --from-stream (and no PATH), the articles
come from the work stream ACTORGRAPH_ARTICLES ('actorgraph enqueue'): each is
acknowledged once its claims are stored in ACTORGRAPH_CLAIMS, so the articles
of a worker that dies are redelivered to another after --ack-wait. Any number
of workers may run at once, on any machines.`

func (c *extractCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("extract", "[flags] PATH...", extractHelp)
	var dicts listFlag
	fs.Var(&dicts, "dict", "user dictionary of actors and aliases, YAML or JSON (repeatable)")
	date := fs.String("date", "", "date for articles that lack one (YYYY, YYYY-MM or YYYY-MM-DD)")
	lang := fs.String("lang", "", "language for articles that lack one (fr, en)")
	url := fs.String("url", "", "URL for an article that lacks one (extracting a single article)")
	outlet := fs.String("outlet", "", "outlet for articles that lack one")
	format := fs.String("format", "", "read every input as this format: txt, md, html, jsonl or claims (default: by extension; sniffed on stdin)")
	workers := fs.Int("workers", 0, "extraction goroutines (default: one per core)")
	progress := fs.String("progress", "auto", "show progress on standard error: auto (on a terminal), always or never")
	quiet := fs.Bool("quiet", false, "print only failures")
	maxBytes := fs.Int("max-article-bytes", graph.DefaultMaxArticleBytes, "refuse articles with more text than this")
	out := fs.String("out", "-", "write the claims to `FILE` (- for standard output)")
	nf := natsFlags(fs)
	fromStream := fs.Bool("from-stream", false, "with --nats: take the articles from the work stream ACTORGRAPH_ARTICLES instead of PATHs, acknowledging each once its claims are published")
	once := fs.Bool("once", false, "with --from-stream: stop when the work stream has nothing left for this worker, instead of waiting for more")
	ackWait := fs.Duration("ack-wait", defaultAckWait, "with --from-stream: how long an article taken by a worker stays unacknowledged before JetStream gives it to another worker")
	if err := parse(fs, args); err != nil {
		return err
	}
	switch {
	case *fromStream && nf.url == "":
		return usagef("--from-stream needs --nats URL")
	case *fromStream && fs.NArg() > 0:
		return usagef("--from-stream takes the articles from the stream: give no PATH")
	case *once && !*fromStream:
		return usagef("--once goes with --from-stream")
	case !*fromStream && fs.NArg() == 0:
		return usagef("no input: give files, folders or - for standard input")
	case nf.url != "" && *out != "-":
		return usagef("--out and --nats: the claims go to one place, choose one")
	}
	d, err := readFlags(*date, *progress)
	if err != nil {
		return err
	}
	ex, err := newExtractor(dicts)
	if err != nil {
		return err
	}
	if *fromStream {
		return c.worker(ctx, nf, ex, *workers, *once, *ackWait, *quiet)
	}
	x := &loader.Extraction{
		Extractor: ex,
		Workers:   *workers,
		Read: loader.ReadOptions{
			Defaults:        loader.Defaults{Date: d, Lang: *lang, URL: *url, Outlet: *outlet},
			MaxArticleBytes: *maxBytes, Format: *format, Stdin: m.Stdin,
		},
	}
	var bar *progressbar.ProgressBar
	if !*quiet && (*progress == "always" || (*progress == "auto" && m.Terminal(m.Stderr))) {
		bar = newBar(m.Stderr, totalBytes(fs.Args()))
		x.Progress = extractProgress(bar)
	}
	var sink claimsSink
	if nf.url != "" {
		p, err := nf.publisher(ctx)
		if err != nil {
			return err
		}
		defer p.Close()
		sink = p
	} else {
		w := m.Stdout
		if *out != "-" {
			f, err := os.Create(*out)
			if err != nil {
				return err
			}
			defer f.Close()
			w = f
		}
		sink = newJSONLSink(w)
	}
	var failures []*loader.InputError
	sum := &loader.ExtractSummary{}
	run, err := x.Run(ctx, fs.Args(), func(e loader.Extracted) error {
		if e.Err != nil {
			failures = append(failures, e.Err)
			if bar == nil {
				fmt.Fprintln(m.Stderr, e.Err)
			}
			return nil
		}
		if err := sink.Put(ctx, e.Claims); err != nil {
			if !errors.Is(err, stream.ErrMessageTooLarge) {
				return err
			}
			sum.Failed++ // counted here: the extraction itself went well
			f := &loader.InputError{Path: e.Path, Line: max(e.Line, 1), Err: err}
			failures = append(failures, f)
			if bar == nil {
				fmt.Fprintln(m.Stderr, f)
			}
		}
		return nil
	})
	tooLarge := sum.Failed
	sum = run
	sum.Failed += tooLarge
	sum.Articles -= tooLarge
	ferr := sink.Flush(ctx)
	if bar != nil {
		_ = bar.Finish()
		fmt.Fprintln(m.Stderr)
		for _, f := range failures {
			fmt.Fprintln(m.Stderr, f)
		}
	}
	if err == nil {
		err = ferr
	}
	if err != nil {
		return fmt.Errorf("extract stopped: %w", err)
	}
	if !*quiet {
		fmt.Fprintf(m.Stderr, "extracted %s (%s of text) in %s, %d failed%s\n", count(sum.Articles, "article"),
			humanBytes(sum.Bytes), sum.Elapsed.Round(time.Millisecond), sum.Failed, sink.Summary())
	}
	if sum.Failed > 0 {
		return &failedError{msg: fmt.Sprintf("%d failed", sum.Failed)}
	}
	return nil
}

// claimsSink is where extract puts claims: standard output or a stream.
type claimsSink interface {
	Put(ctx context.Context, c *graph.Claims) error
	// Flush waits until everything put is written (or acknowledged).
	Flush(ctx context.Context) error
	// Summary adds to extract's summary line (", 12 published").
	Summary() string
}

// jsonlSink writes claims as JSON lines.
type jsonlSink struct {
	w   *bufio.Writer
	enc *json.Encoder
}

func newJSONLSink(w io.Writer) *jsonlSink {
	bw := bufio.NewWriterSize(w, 256<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlSink{w: bw, enc: enc}
}

// Put writes one line of claims.
func (s *jsonlSink) Put(_ context.Context, c *graph.Claims) error {
	if err := s.enc.Encode(c); err != nil {
		return fmt.Errorf("write claims of %s: %w", c.Article.ID, err)
	}
	return nil
}

// Flush writes out what is buffered.
func (s *jsonlSink) Flush(context.Context) error { return s.w.Flush() }

// Summary adds nothing.
func (s *jsonlSink) Summary() string { return "" }

// extractProgress advances bar with the input read and describes the
// articles done.
func extractProgress(bar *progressbar.ProgressBar) func(loader.Progress) {
	var last int64
	var lastShown time.Time
	return func(p loader.Progress) {
		_ = bar.Add64(p.InputBytes - last)
		last = p.InputBytes
		if now := time.Now(); now.Sub(lastShown) >= 100*time.Millisecond {
			lastShown = now
			rate := 0.0
			if s := p.Elapsed.Seconds(); s > 0 {
				rate = float64(p.Articles) / s
			}
			line := fmt.Sprintf("%d articles, %.0f articles/s", p.Articles, rate)
			if p.Failed > 0 {
				line += fmt.Sprintf(", %d failed", p.Failed)
			}
			bar.Describe(line)
		}
	}
}

// worker runs extract --from-stream: articles from the work queue, claims
// to the claims stream.
func (c *extractCommand) worker(ctx context.Context, nf *natsFlag, ex loader.Extractor, workers int, once bool, ackWait time.Duration, quiet bool) error {
	m := c.m
	nc, js, err := nf.connect(ctx)
	if err != nil {
		return err
	}
	defer nc.Close()
	w := &stream.Worker{NC: nc, JS: js, Extractor: ex, Workers: workers, AckWait: ackWait, Once: once,
		Failed: func(subject string, err error) { fmt.Fprintf(m.Stderr, "%s: %v\n", subject, err) }}
	if !quiet {
		fmt.Fprintf(m.Stderr, "extract: taking articles from %s at %s\n", stream.Articles, nc.ConnectedUrlRedacted())
	}
	sum, err := w.Run(ctx)
	if !quiet || err != nil {
		fmt.Fprintf(m.Stderr, "extracted %s from %s in %s: %d published to %s, %d there already, %d failed\n",
			count(sum.Articles, "article"), stream.Articles, sum.Elapsed.Round(time.Millisecond), sum.Published, stream.Claims, sum.Duplicates, sum.Failed)
	}
	if err != nil {
		return fmt.Errorf("extract stopped: %w", err)
	}
	if sum.Failed > 0 {
		return &failedError{msg: fmt.Sprintf("%d failed", sum.Failed)}
	}
	return nil
}
