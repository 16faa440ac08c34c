package loader

import (
	"bufio"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

// readString reads input as the file path and returns every item.
func readString(t testing.TB, path, input string, opts ReadOptions) []Item {
	t.Helper()
	var items []Item
	err := ReadFile(context.Background(), path, strings.NewReader(input), opts, func(it Item) error {
		items = append(items, it)
		return nil
	})
	require.NoError(t, err)
	return items
}

// readArticle reads input as the file path and requires one article.
func readArticle(t *testing.T, path, input string, opts ReadOptions) *graph.Article {
	t.Helper()
	items := readString(t, path, input, opts)
	require.Len(t, items, 1)
	require.Nil(t, items[0].Err, "unexpected error")
	require.NotNil(t, items[0].Article)
	a := items[0].Article
	assert.Equal(t, graph.ContentHash(a.Text), a.ContentHash, "content hash")
	return a
}

// readError reads input as the file path and requires one error.
func readError(t *testing.T, path, input string, opts ReadOptions) *InputError {
	t.Helper()
	items := readString(t, path, input, opts)
	require.Len(t, items, 1)
	require.NotNil(t, items[0].Err, "want an error, got %+v", items[0].Article)
	assert.Nil(t, items[0].Article)
	assert.Nil(t, items[0].Claims)
	assert.Equal(t, items[0].Line, items[0].Err.Line)
	assert.Equal(t, path, items[0].Err.Path)
	return items[0].Err
}

// meta returns the fields of an article other than its text and hash.
func metaOf(a *graph.Article) graph.Article {
	// a new article, not a copy: a copy would keep the record of the
	// reader's content hash (graph.SetContentHash)
	return graph.Article{ID: a.ID, URL: a.URL, Title: a.Title, Date: a.Date, Lang: a.Lang, Outlet: a.Outlet,
		Fingerprint: a.Fingerprint, Retracted: a.Retracted, Evidence: a.Evidence}
}

func TestFormatOf(t *testing.T) {
	for path, want := range map[string]string{
		"a.txt":                "txt",
		"dir.d/A.TXT":          "txt",
		"a.text":               "txt",
		"a.md":                 "md",
		"a.markdown":           "md",
		"a.html":               "html",
		"a.HTM":                "html",
		"a.xhtml":              "html",
		"a.jsonl":              "jsonl",
		"a.ndjson":             "jsonl",
		"a.claims.jsonl":       "claims",
		"x/A.Claims.JSONL":     "claims",
		"a.claims.ndjson":      "claims",
		"a.json":               "",
		"a.pdf":                "",
		"README":               "",
		"claims.jsonl.bak":     "",
		"a.claims.jsonl/x.txt": "txt",
	} {
		t.Run(path, func(t *testing.T) {
			assert.Equal(t, want, formatOf(path))
		})
	}
}

func TestSniff(t *testing.T) {
	for _, tc := range []struct {
		name, input, want string
	}{
		{"text", "Le Mali et la Russie.", "txt"},
		{"empty", "", "txt"},
		{"date marker", " date 2024-10 Début août, à Gao", "txt"},
		{"jsonl", `{"id": "a", "text": "x"}` + "\n", "jsonl"},
		{"jsonl after space and BOM", "\uFEFF \n\t{\"text\": \"x\"}", "jsonl"},
		{"claims", `{"version": 1, "article": {"id": "a"}, "actors": []}`, "claims"},
		{"claims, article first", `{"article": {"id": "a", "text": "` + strings.Repeat("x", 1000) + `"}, "version": 1}`, "claims"},
		{"version alone is jsonl", `{"version": 1, "text": "x"}`, "jsonl"},
		{"nested keys do not count", `{"text": "x", "meta": {"version": 1, "article": 2}}`, "jsonl"},
		{"html doctype", "<!DOCTYPE html><html><p>x", "html"},
		{"html tag", "\n<html lang=fr>", "html"},
		{"html paragraph", "<p>Bamako</p>", "html"},
		{"angle text", "<Bamako> est la capitale", "txt"},
		{"front matter", "---\ntitle: T\n---\nBody", "md"},
		{"front matter crlf", "---\r\ntitle: T\r\n---\r\nBody", "md"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			br := bufioReader(tc.input)
			assert.Equal(t, tc.want, sniff(br))
		})
	}
}

func TestReadFileUnknownFormat(t *testing.T) {
	err := ReadFile(context.Background(), "a.txt", strings.NewReader("x"), ReadOptions{Format: "pdf"}, func(Item) error { return nil })
	require.Error(t, err)
	assert.Contains(t, err.Error(), `unknown format "pdf"`)
}

func TestReadFileFormatOverridesExtension(t *testing.T) {
	a := readArticle(t, "page.html", "<p>x</p>", ReadOptions{Format: "txt"})
	assert.Equal(t, "<p>x</p>", a.Text)
}

func TestDefaults(t *testing.T) {
	d := Defaults{Date: graph.MustDate("2023-05"), Lang: "FR", URL: "https://example.org/a", Outlet: "Example"}
	t.Run("fill what lacks", func(t *testing.T) {
		a := readArticle(t, "a.txt", "Texte.", ReadOptions{Defaults: d})
		assert.Equal(t, graph.Article{Date: d.Date, Lang: "fr", URL: d.URL, Outlet: d.Outlet}, metaOf(a))
	})
	t.Run("keep what is given", func(t *testing.T) {
		in := "Date: 2024-10\nLang: en\nURL: https://example.org/b\nOutlet: Own\nID: b-1\n\nText."
		a := readArticle(t, "a.txt", in, ReadOptions{Defaults: d})
		assert.Equal(t, graph.Article{ID: "b-1", Date: graph.MustDate("2024-10"), Lang: "en", URL: "https://example.org/b", Outlet: "Own"}, metaOf(a))
	})
	t.Run("jsonl", func(t *testing.T) {
		a := readArticle(t, "a.jsonl", `{"text": "x", "lang": "en"}`, ReadOptions{Defaults: d})
		assert.Equal(t, graph.Article{Date: d.Date, Lang: "en", URL: d.URL, Outlet: d.Outlet}, metaOf(a))
	})
}

func TestNormLang(t *testing.T) {
	for in, want := range map[string]string{"fr": "fr", "FR": "fr", "fr-FR": "fr", "en_US": "en", " en ": "en", "": ""} {
		assert.Equal(t, want, normLang(in), in)
	}
}

func TestCheckText(t *testing.T) {
	for _, tc := range []struct {
		name     string
		input    string
		wantLine int
		wantErr  string
	}{
		{"text", "Le Mali.\nLa Russie.\n", 0, ""},
		{"NUL on line 3", "a\nb\nc\x00d", 3, "binary file, not text"},
		{"control characters", strings.Repeat("\x01\x02\x03abc", 50), 1, "binary file, not text"},
		{"escape sequences are text", "\x1b[1mBold\x1b[0m text", 0, ""},
		{"latin-1", "a\nsign\xe9", 2, "invalid UTF-8 at byte 6"},
		{"truncated rune at the end", "abc\xc3", 1, "invalid UTF-8 at byte 3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			line, err := checkText([]byte(tc.input), 0)
			if tc.wantErr == "" {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Equal(t, tc.wantErr, err.Error())
			assert.Equal(t, tc.wantLine, line)
		})
	}
}

func bufioReader(s string) *bufio.Reader {
	return bufio.NewReaderSize(strings.NewReader(s), sniffSize)
}
