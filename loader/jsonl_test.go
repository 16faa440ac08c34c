package loader

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

// summary writes an item as "line: article id text" or "line: error".
func summary(it Item) string {
	switch {
	case it.Err != nil:
		return fmt.Sprintf("%d: error: %v", it.Line, it.Err.Err)
	case it.Article != nil:
		a := it.Article
		return fmt.Sprintf("%d: article %q %s %q", it.Line, a.ID, a.Date, a.Text)
	case it.Claims != nil:
		return fmt.Sprintf("%d: claims %q", it.Line, it.Claims.Article.ID)
	}
	return fmt.Sprintf("%d: nothing", it.Line)
}

func summaries(items []Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, summary(it))
	}
	return out
}

func TestReadJSONL(t *testing.T) {
	for _, tc := range []struct {
		name  string
		input string
		want  []string
	}{
		{"two articles", "{\"id\": \"a\", \"text\": \"A.\"}\n{\"id\": \"b\", \"text\": \"B.\"}\n",
			[]string{`1: article "a"  "A."`, `2: article "b"  "B."`}},
		{"no final newline", `{"id": "a", "text": "A."}`, []string{`1: article "a"  "A."`}},
		{"blank lines and crlf", "\r\n{\"id\": \"a\", \"text\": \"A.\"}\r\n  \r\n\n{\"id\": \"b\", \"text\": \"B.\"}\r\n",
			[]string{`2: article "a"  "A."`, `5: article "b"  "B."`}},
		{"BOM", "\uFEFF{\"id\": \"a\", \"text\": \"A.\"}", []string{`1: article "a"  "A."`}},
		{"numbers for id and date", `{"id": 12345, "date": 2024, "text": "A."}`, []string{`1: article "12345" 2024 "A."`}},
		{"null fields", `{"id": null, "date": null, "title": null, "text": "A."}`, []string{`1: article ""  "A."`}},
		{"unknown fields ignored", `{"id": "a", "text": "A.", "author": {"name": "x"}, "tags": [1]}`, []string{`1: article "a"  "A."`}},
		{"text kept as is", `{"text": "  Le Mali\nsigne.\u00e9 "}`, []string{`1: article ""  "  Le Mali\nsigne.é "`}},
		{"broken lines go on", strings.Join([]string{
			`{"id": "ok-1", "date": "2024-03", "text": "A."}`,
			`{"id": "broken", "text": "unterminated`,
			`[1, 2]`,
			`{"id": "n", "text": 42}`,
			`{"id": "d", "date": "yesterday", "text": "x"}`,
			`{"id": "d2", "date": true, "text": "x"}`,
			`{"id": "e", "text": " "}`,
			`{"id": "f"}`,
			`{"id": "g", "text": "x"} {}`,
			`"text"`,
			`{"id": "ok-2", "date": "2024-10-05T08:00:00Z", "text": "B."}`,
		}, "\n"), []string{
			`1: article "ok-1" 2024-03 "A."`,
			`2: error: invalid JSON at column 38: unexpected end of JSON input`,
			`3: error: want a JSON object, got array`,
			`4: error: field "text": want a string, got number`,
			`5: error: date: unparseable date "yesterday" (want YYYY, YYYY-MM or YYYY-MM-DD)`,
			`6: error: field "date": want a string, got bool`,
			`7: error: empty article`,
			`8: error: empty article (no "text" field)`,
			`9: error: invalid JSON at column 26: invalid character '{' after top-level value`,
			`10: error: want a JSON object, got string`,
			`11: article "ok-2" 2024-10-05 "B."`,
		}},
		{"invalid UTF-8", "{\"text\": \"A.\"}\n{\"text\": \"sign\xe9\"}\n{\"text\": \"B.\"}\n",
			[]string{`1: article ""  "A."`, `2: error: invalid UTF-8 at byte 29`, `3: article ""  "B."`}},
		{"binary", "{\"text\": \"A.\"}\n\x00\x01\x02", []string{`2: error: binary file, not text`}},
		{"empty file", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items := readString(t, "a.jsonl", tc.input, ReadOptions{})
			assert.Equal(t, tc.want, summaries(items))
			for _, it := range items {
				assert.Equal(t, "a.jsonl", it.Path)
				if it.Article != nil {
					assert.Equal(t, graph.ContentHash(it.Article.Text), it.Article.ContentHash)
				}
			}
		})
	}
}

func TestReadJSONLMeta(t *testing.T) {
	in := `{"id": " a-1 ", "url": "https://e.org/a", "title": " T ", "date": "2024-10", "lang": "fr-FR", "outlet": "O", "text": "x"}`
	a := readArticle(t, "a.jsonl", in, ReadOptions{})
	assert.Equal(t, graph.Article{ID: "a-1", URL: "https://e.org/a", Title: "T", Date: graph.MustDate("2024-10"), Lang: "fr", Outlet: "O"}, metaOf(a))
}

func TestReadJSONLSize(t *testing.T) {
	const max = 1000
	line := func(n int) string { return `{"id": "x", "text": "` + strings.Repeat("a", n) + `"}` }
	long := line(3 * (2*max + 64<<10)) // above what a line may hold
	in := strings.Join([]string{line(10), line(max + 1), long, line(max), "{bad"}, "\n") + "\n"
	items := readString(t, "big.jsonl", in, ReadOptions{MaxArticleBytes: max})
	got := make([]string, len(items))
	for i, it := range items {
		if it.Err != nil {
			got[i] = it.Err.Error()
		} else {
			got[i] = fmt.Sprintf("big.jsonl:%d: %d bytes", it.Line, len(it.Article.Text))
		}
	}
	assert.Equal(t, []string{
		"big.jsonl:1: 10 bytes",
		"big.jsonl:2: article of 1001 bytes exceeds the limit of 1000 bytes",
		fmt.Sprintf("big.jsonl:3: article of %d bytes exceeds the limit of 1000 bytes", len(long)),
		"big.jsonl:4: 1000 bytes",
		"big.jsonl:5: invalid JSON at column 2: invalid character 'b' looking for beginning of object key string",
	}, got)
	for _, it := range items {
		if it.Err != nil && it.Line <= 3 {
			assert.ErrorIs(t, it.Err, graph.ErrTooLarge)
		}
	}
}

func TestLineReader(t *testing.T) {
	in := "a\r\n\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\nccccc\r\n" + strings.Repeat("d", 100) + "\n" + strings.Repeat("e", 63) + "\r\nlast"
	type line struct {
		text string
		size int64
		off  int64
		n    int
	}
	var got []line
	lr := NewLineReader(bufio.NewReaderSize(strings.NewReader(in), 16), 50)
	for {
		b, size, err := lr.Read()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		text := string(b)
		if b == nil {
			text = "<long>"
		}
		got = append(got, line{text, size, lr.off, lr.line})
	}
	assert.Equal(t, []line{
		{"a", 1, 0, 1},
		{"", 0, 3, 2},
		{strings.Repeat("b", 42), 42, 4, 3},
		{"ccccc", 5, 47, 4},
		{"<long>", 100, 54, 5},
		{"<long>", 63, 155, 6}, // "\r" and "\n" in two reads
		{"last", 4, 220, 7},
	}, got)
}
