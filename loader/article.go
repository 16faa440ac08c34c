package loader

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// DefaultMaxArticleBytes is the default limit on the text of one article.
const DefaultMaxArticleBytes = 5 << 20

// StdinPath is the path that items and errors read from standard input
// carry.
const StdinPath = "<stdin>"

// The formats, as named in [ReadOptions].Format.
const (
	formatTxt    = "txt"
	formatMD     = "md"
	formatHTML   = "html"
	formatJSONL  = "jsonl"
	formatClaims = "claims"
)

// Item is one unit of input: an article to extract, a claims line to
// ingest, or a problem. Exactly one of Article, Claims and Err is set.
type Item struct {
	Path    string         // the file as named, or [StdinPath]
	Line    int            // the line the article or claims start on (1 for a whole file)
	Article *graph.Article // an article to extract
	Claims  *graph.Claims  // a claims line, checked (see [graph.Claims.Check])
	Err     *InputError    // a problem with the input; reading goes on
}

// Defaults fill what an article lacks: each field applies only to the
// articles whose input does not give it. URL is meant for loading a single
// article: articles without an id share the id of their URL.
type Defaults struct {
	Date   graph.Date
	Lang   string
	URL    string
	Outlet string
}

// ReadOptions configure [Read] and [ReadFile]. The zero value reads every
// format by its extension with the default size limit and no standard
// input.
type ReadOptions struct {
	// Defaults fill what an article lacks.
	Defaults Defaults
	// MaxArticleBytes limits the text of one article; 0 means
	// DefaultMaxArticleBytes (5 MB).
	MaxArticleBytes int
	// Format forces the format of every file read: "txt", "md", "html",
	// "jsonl" or "claims" (folders are still walked for the files with a
	// known extension). Empty means by extension, and for standard input
	// (or a stream without a known extension) by sniffing the content.
	Format string
	// Stdin is read for the path "-"; nil means "-" is an error.
	Stdin io.Reader

	// counter, when set (by the Loader), counts the bytes read from
	// files and standard input, for progress.
	counter *atomic.Int64
}

// counted returns r counting what is read into opts.counter, if set.
func (o *ReadOptions) counted(r io.Reader) io.Reader {
	if o.counter == nil {
		return r
	}
	return countingReader{r, o.counter}
}

func (o *ReadOptions) maxBytes() int {
	if o.MaxArticleBytes <= 0 {
		return DefaultMaxArticleBytes
	}
	return o.MaxArticleBytes
}

// ReadFile reads one stream r, named path in items and errors, and calls fn
// for each article, claims line or problem it holds, in order. The format
// is opts.Format, else the extension of path, else sniffed from the
// content (see the package documentation). Problems with the input reach
// fn as items; ReadFile returns only the error fn returns, ctx's error, or
// an error for an unknown opts.Format.
func ReadFile(ctx context.Context, path string, r io.Reader, opts ReadOptions, fn func(Item) error) error {
	format := opts.Format
	if format != "" && !validFormat(format) {
		return fmt.Errorf("loader: unknown format %q (want txt, md, html, jsonl or claims)", format)
	}
	if format == "" {
		format = formatOf(path)
	}
	if format == "" {
		br := bufio.NewReaderSize(r, sniffSize)
		format, r = sniff(br), br
	}
	e := emitter{path: path, fn: fn}
	if err := ctx.Err(); err != nil {
		return err
	}
	switch format {
	case formatJSONL:
		return readJSONL(ctx, bufio.NewReaderSize(r, 64<<10), opts, e)
	case formatClaims:
		return readClaims(ctx, bufio.NewReaderSize(r, 64<<10), opts, e)
	}
	b, line, err := readWhole(r, format, opts.maxBytes())
	if err != nil {
		return e.fail(line, err)
	}
	var a *graph.Article
	if format == formatHTML {
		a, line, err = parseHTML(b, opts.maxBytes())
	} else {
		a, line, err = parseText(b, format == formatMD, opts.maxBytes())
	}
	if err != nil {
		return e.fail(line, err)
	}
	applyDefaults(a, opts.Defaults)
	return e.article(1, a)
}

func validFormat(f string) bool {
	switch f {
	case formatTxt, formatMD, formatHTML, formatJSONL, formatClaims:
		return true
	}
	return false
}

// formatOf returns the format of a file by its extension, or "".
func formatOf(path string) string {
	name := strings.ToLower(filepath.Base(path))
	if strings.HasSuffix(name, ".claims.jsonl") || strings.HasSuffix(name, ".claims.ndjson") {
		return formatClaims
	}
	switch filepath.Ext(name) {
	case ".txt", ".text":
		return formatTxt
	case ".md", ".markdown":
		return formatMD
	case ".html", ".htm", ".xhtml":
		return formatHTML
	case ".jsonl", ".ndjson":
		return formatJSONL
	}
	return ""
}

// sniffSize is the buffer of a stream, and how far sniffing looks.
const sniffSize = 256 << 10

// sniff guesses the format of a stream from its first bytes: a JSON object
// is a JSONL article, or claims when it has "version" and "article"; an
// HTML tag is HTML; YAML front matter is Markdown; anything else is text.
func sniff(br *bufio.Reader) string {
	head, _ := br.Peek(sniffSize)
	head = bytes.TrimPrefix(head, bom)
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	switch {
	case len(trimmed) == 0:
		return formatTxt
	case trimmed[0] == '{':
		if isClaims(trimmed) {
			return formatClaims
		}
		return formatJSONL
	case trimmed[0] == '<' && looksHTML(trimmed):
		return formatHTML
	case bytes.HasPrefix(head, []byte("---\n")) || bytes.HasPrefix(head, []byte("---\r\n")):
		return formatMD
	}
	return formatTxt
}

// isClaims reports whether the first JSON object of b has the keys
// "version" and "article", reading no further than b.
func isClaims(b []byte) bool {
	var version, article bool
	scanTopKeys(b, func(k string) bool {
		version = version || k == "version"
		article = article || k == "article"
		return !(version && article)
	})
	return version && article
}

func looksHTML(b []byte) bool {
	if len(b) > 512 {
		b = b[:512]
	}
	l := bytes.ToLower(b)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!--", "<p>", "<div", "<article"} {
		if bytes.HasPrefix(l, []byte(p)) {
			return true
		}
	}
	return false
}

var bom = []byte("\uFEFF")

// readWhole reads a whole-file format, up to the size it may have: the
// text limit plus room for a header, four times the limit for HTML
// (markup and scripts weigh more than the text). It returns the line of the
// problem with an error: 1 for a file too large, 0 for a read error.
func readWhole(r io.Reader, format string, max int) ([]byte, int, error) {
	limit, what, shown := int64(max)+64<<10, "article", max
	if format == formatHTML {
		limit, what = 4*int64(max), "HTML file"
		shown = int(limit)
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, 0, fmt.Errorf("read: %w", err)
	}
	if int64(len(b)) > limit {
		rest, err := io.Copy(io.Discard, r)
		if err != nil {
			return nil, 0, fmt.Errorf("read: %w", err)
		}
		return nil, 1, &sizeError{what: what, size: int64(len(b)) + rest, limit: shown}
	}
	return b, 0, nil
}

// checkText reports whether b is text: no NUL byte, not mostly control
// characters or broken UTF-8, and valid UTF-8. It returns the 1-based line
// of the problem. Offsets count from base, the offset of b in its file.
func checkText(b []byte, base int64) (line int, err error) {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return lineAt(b, i), ErrBinary
	}
	if mostlyControl(b) {
		return 1, ErrBinary
	}
	if i := invalidUTF8(b); i >= 0 {
		return lineAt(b, i), fmt.Errorf("%w at byte %d", ErrInvalidUTF8, base+int64(i))
	}
	return 0, nil
}

// mostlyControl reports whether more than one byte in twenty of the first
// 8 KB of b is a control character other than white space: the mark of a
// binary file without NUL bytes. Text, in any language, has almost none.
func mostlyControl(b []byte) bool {
	if len(b) > 8<<10 {
		b = b[:8<<10]
	}
	bad := 0
	for _, c := range b {
		switch {
		case c == '\t', c == '\n', c == '\r', c == '\f', c == '\v', c == 0x1b:
		case c < 0x20, c == 0x7f:
			bad++
		}
	}
	return bad*20 > len(b)
}

// invalidUTF8 returns the offset of the first byte of b that is not UTF-8,
// or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// lineAt returns the 1-based line of offset i in b.
func lineAt(b []byte, i int) int { return 1 + bytes.Count(b[:i], []byte{'\n'}) }

// applyDefaults fills what a lacks from d, and normalises its language.
func applyDefaults(a *graph.Article, d Defaults) {
	if a.Date.IsZero() {
		a.Date = d.Date
	}
	if a.Lang == "" {
		a.Lang = d.Lang
	}
	a.Lang = normLang(a.Lang)
	if a.URL == "" {
		a.URL = d.URL
	}
	if a.Outlet == "" {
		a.Outlet = d.Outlet
	}
}

// normLang returns the primary subtag of a language tag, in lower case:
// "fr-FR" and "FR" are "fr", "en_US" is "en".
func normLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	return s
}

// emitter sends items of one stream to fn.
type emitter struct {
	path string
	fn   func(Item) error
}

func (e emitter) fail(line int, err error) error {
	return e.fn(Item{Path: e.path, Line: line, Err: &InputError{Path: e.path, Line: line, Err: err}})
}

func (e emitter) article(line int, a *graph.Article) error {
	return e.fn(Item{Path: e.path, Line: line, Article: a})
}

func (e emitter) claims(line int, c *graph.Claims) error {
	return e.fn(Item{Path: e.path, Line: line, Claims: c})
}
