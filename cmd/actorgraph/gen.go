package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gen"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

type genCommand struct{ m *Main }

const genHelp = `
Write a synthetic corpus of news-like articles, for benchmarks and tests: the
same --seed always writes the same corpus, byte for byte, and any part of it
can be written alone with --start. Articles are in French and English, 2 to
8 KB each, about the lexicon's actors in one or two theatres (the Sahel,
Sudan, the Great Lakes...), and state relations of every type, some hedged,
some denied, among filler, quotes and photo captions, so that "actorgraph
load" exercises the real extractor. The articles are invented: they are not
news and must not be read as facts.

--format txt writes one file per article, DIR/NNNN/NNNNNNN.txt (a folder per
thousand articles; lexical order is article order), with the header lines
Title:, Date:, URL:, Lang:, Outlet: and ID: before the text. --format jsonl
writes DIR/corpus-SEED.jsonl (or shards of --shard lines,
DIR/corpus-SEED-NNNN.jsonl), one article a line. Article ids are
gen-SEED-INDEX.

The lexicon's actors (about a thousand) bound the graph a corpus makes;
--dict adds a user dictionary's actors to the articles, in the theatre of
their country, for larger graphs (load the corpus with the same --dict).

Examples:

	actorgraph gen --articles 1000 --seed 1 --out corpus-1k
	actorgraph gen --articles 100000 --format jsonl --shard 10000 --out corpus-100k
	actorgraph load --db bench.db corpus-1k`

func (c *genCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("gen", "--articles N --out DIR [flags]", genHelp)
	articles := fs.Int("articles", 0, "number of articles to write (required)")
	seed := fs.Int64("seed", 1, "corpus seed: the same seed writes the same corpus")
	out := fs.String("out", "", "output `directory`, created if missing (required)")
	format := fs.String("format", "txt", "txt (one file per article) or jsonl")
	var langs, dicts listFlag
	fs.Var(&langs, "lang", "languages of the articles, comma-separated (default: fr,en)")
	fs.Var(&dicts, "dict", "user dictionary of actors, YAML or JSON, whose actors the articles name too (repeatable; load with the same --dict)")
	start := fs.Int("start", 0, "index of the first article, to write part of a corpus")
	shard := fs.Int("shard", 0, "jsonl: articles per file (default: one file)")
	workers := fs.Int("workers", 0, "generating goroutines (default: one per core); the corpus does not change")
	force := fs.Bool("force", false, "write into a non-empty directory, replacing files of the same names (others stay)")
	progress := fs.String("progress", "auto", "show progress: auto (on a terminal), always or never")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	if err := parse(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return usagef("unexpected arguments %q", fs.Args())
	case *articles <= 0:
		return usagef("--articles: want a positive number of articles")
	case *start < 0 || *start+*articles > gen.MaxArticles:
		return usagef("--start, --articles: the corpus must fit in %d articles", gen.MaxArticles)
	case *out == "":
		return usagef("--out: give the directory to write")
	case *format != "txt" && *format != "jsonl":
		return usagef("--format: want txt or jsonl, not %q", *format)
	case *shard < 0:
		return usagef("--shard: want a number of articles per file")
	case *shard > 0 && *format != "jsonl":
		return usagef("--shard applies to --format jsonl")
	}
	switch *progress {
	case "auto", "always", "never":
	default:
		return usagef("--progress: want auto, always or never, not %q", *progress)
	}
	o := gen.Options{Articles: *articles, Start: *start, Seed: *seed, Langs: langs, Workers: *workers}
	if len(dicts) > 0 {
		lex, err := lexicon.Load(dicts...)
		if err != nil {
			return fmt.Errorf("--dict: %w", err)
		}
		o.Lexicon = lex
	}
	if _, err := gen.New(o); err != nil {
		if errors.Is(err, gen.ErrOptions) {
			return usagef("%v", err)
		}
		return err
	}
	if err := prepareDir(*out, *force); err != nil {
		return err
	}

	var w corpusWriter
	if *format == "txt" {
		w = &txtWriter{dir: *out}
	} else {
		w = &jsonlWriter{dir: *out, seed: *seed, shard: *shard}
	}
	show := !*quiet && (*progress == "always" || (*progress == "auto" && m.Terminal(m.Stderr)))
	began := time.Now()
	var n int
	var textBytes int64
	var last time.Time
	err := gen.Generate(ctx, o, func(a *graph.Article) error {
		if err := w.write(*start+n, a); err != nil {
			return err
		}
		n++
		textBytes += int64(len(a.Text))
		if show && (n == *articles || time.Since(last) > 100*time.Millisecond) {
			last = time.Now()
			fmt.Fprintf(m.Stderr, "\rgen: %d/%d articles, %s", n, *articles, humanBytes(textBytes))
		}
		return nil
	})
	if show {
		fmt.Fprintln(m.Stderr)
	}
	if cerr := w.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("gen stopped after %d articles: %w", n, err)
	}
	if !*quiet {
		elapsed := time.Since(began)
		fmt.Fprintf(m.Stdout, "wrote %d articles (%s of text, %s of files) to %s in %s (%.0f articles/s)\n",
			n, humanBytes(textBytes), humanBytes(w.bytes()), *out, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds())
	}
	return nil
}

// prepareDir creates dir, or checks that it is empty unless force is set.
func prepareDir(dir string, force bool) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return os.MkdirAll(dir, 0o755)
	case err != nil:
		return err
	case len(entries) > 0 && !force:
		return fmt.Errorf("%s is not empty: use --force to write into it", dir)
	}
	return nil
}

// corpusWriter writes the articles of a corpus in order.
type corpusWriter interface {
	write(i int, a *graph.Article) error
	close() error
	bytes() int64
}

// txtWriter writes one file per article.
type txtWriter struct {
	dir     string
	lastDir string
	buf     []byte
	n       int64
}

func (w *txtWriter) write(i int, a *graph.Article) error {
	p := filepath.Join(w.dir, gen.TxtPath(i))
	if d := filepath.Dir(p); d != w.lastDir {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
		w.lastDir = d
	}
	w.buf = gen.AppendTxt(w.buf[:0], a)
	w.n += int64(len(w.buf))
	return os.WriteFile(p, w.buf, 0o644)
}

func (w *txtWriter) close() error { return nil }
func (w *txtWriter) bytes() int64 { return w.n }

// jsonlWriter writes one JSONL file, or shards: shard k holds the
// articles k*shard to (k+1)*shard-1, whatever index writing started at.
type jsonlWriter struct {
	dir   string
	seed  int64
	shard int // articles per file; 0: one file
	f     *os.File
	bw    *bufio.Writer
	cur   int // the shard open
	buf   []byte
	n     int64
}

func (w *jsonlWriter) write(i int, a *graph.Article) error {
	k := -1
	if w.shard > 0 {
		k = i / w.shard
	}
	if w.f == nil || k != w.cur {
		if err := w.close(); err != nil {
			return err
		}
		f, err := os.Create(filepath.Join(w.dir, gen.JSONLName(w.seed, k)))
		if err != nil {
			return err
		}
		w.f, w.bw, w.cur = f, bufio.NewWriterSize(f, 1<<20), k
	}
	w.buf = gen.AppendJSONL(w.buf[:0], a)
	w.n += int64(len(w.buf))
	_, err := w.bw.Write(w.buf)
	return err
}

func (w *jsonlWriter) close() error {
	if w.f == nil {
		return nil
	}
	err := w.bw.Flush()
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	w.f = nil
	return err
}

func (w *jsonlWriter) bytes() int64 { return w.n }
