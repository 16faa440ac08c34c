package extract_test

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

var scrapedDate = regexp.MustCompile(`(?i)^\s*date\s*:?\s*(\d{4}(?:-\d{2}){0,2})\s+`)

// readSample reads one of our sample articles: header lines then a blank
// line, or a first line in the scraped form "date 2024-03 Text...". The
// loader package has the real reader; this is the small part the tests
// need, so that extract does not depend on loader.
func readSample(t testing.TB, path string) *graph.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	text := string(b)
	a := &graph.Article{ID: filepath.Base(path)}
	if m := scrapedDate.FindStringSubmatch(text); m != nil {
		a.Date = graph.MustDate(m[1])
		a.Text = text[len(m[0]):]
		return a
	}
	head, body, ok := strings.Cut(text, "\n\n")
	require.True(t, ok, "%s: no blank line after the header", path)
	sc := bufio.NewScanner(strings.NewReader(head))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		require.True(t, ok, "%s: bad header line %q", path, sc.Text())
		v = strings.TrimSpace(v)
		switch strings.ToLower(k) {
		case "title":
			a.Title = v
		case "date":
			a.Date = graph.MustDate(v)
		case "url":
			a.URL = v
		case "outlet":
			a.Outlet = v
		case "lang":
			a.Lang = v
		default:
			t.Fatalf("%s: unknown header %q", path, k)
		}
	}
	a.Text = body
	return a
}

func samplePaths(t testing.TB) []string {
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	return paths
}
