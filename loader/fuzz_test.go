package loader

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// fuzzMax keeps the size limit small enough for the fuzzer to cross it.
const fuzzMax = 4 << 10

// checkItems reads data as path and checks what any input must give: no
// panic, exactly one of Article, Claims and Err per item, errors that are
// InputErrors on one line at a line ≥ 1, valid articles within the limit.
func checkItems(t *testing.T, path string, data []byte) []Item {
	var items []Item
	err := ReadFile(context.Background(), path, bytes.NewReader(data), ReadOptions{MaxArticleBytes: fuzzMax}, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("ReadFile returned %v", err)
	}
	for _, it := range items {
		set := 0
		for _, ok := range []bool{it.Article != nil, it.Claims != nil, it.Err != nil} {
			if ok {
				set++
			}
		}
		if set != 1 {
			t.Fatalf("item %+v: %d of Article, Claims, Err set", it, set)
		}
		if it.Path != path || it.Line < 1 {
			t.Fatalf("item at %s:%d", it.Path, it.Line)
		}
		switch {
		case it.Err != nil:
			msg := it.Err.Error()
			if it.Err.Line != it.Line || it.Err.Err == nil || strings.ContainsAny(msg, "\r\n") {
				t.Fatalf("bad error %q (line %d)", msg, it.Err.Line)
			}
		case it.Article != nil:
			a := it.Article
			if !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" || len(a.Text) > fuzzMax {
				t.Fatalf("bad article text %q", a.Text)
			}
			if a.ContentHash != graph.ContentHash(a.Text) {
				t.Fatalf("content hash %q", a.ContentHash)
			}
		case it.Claims != nil:
			if it.Claims.Version != graph.ClaimsVersion || it.Claims.Article.ID == "" {
				t.Fatalf("unchecked claims %+v", it.Claims)
			}
		}
	}
	return items
}

func FuzzReadTxt(f *testing.F) {
	for _, s := range []string{
		"Le Mali et la Russie.\n",
		" date 2024-10 Début août, des convois ont quitté Gao",
		"DATE: 2024 Les forces",
		"date 2024-10-05\nLes forces",
		"Title: T\nDate: 2024-10\nURL: https://e.org\nLang: fr\nOutlet: O\nID: x\n\nBody",
		"Title: T\r\nAuthor: A\r\n\r\nBody",
		"Date: nope\n\nx",
		"---\ntitle: T\ndate: 2024\n---\n# H\nBody",
		"---\ntitle: [\n---\n",
		"\uFEFFtext",
		"\xff\xfeT\x00i\x00",
		"a\x00b",
		"sign\xe9",
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, md bool) {
		path := "f.txt"
		if md {
			path = "f.md"
		}
		items := checkItems(t, path, data)
		if len(items) != 1 {
			t.Fatalf("%d items for one file", len(items))
		}
		if a := items[0].Article; a != nil && !bytes.HasPrefix(data, utf16LE) && !bytes.HasPrefix(data, utf16BE) {
			if !strings.HasSuffix(string(data), a.Text) {
				t.Fatalf("text %q is not the end of the file", a.Text)
			}
		}
	})
}

func FuzzReadHTML(f *testing.F) {
	for _, s := range []string{
		page,
		"<p>a</p><p>b</p>",
		"<svg><title>x</title><p>y",
		"<title>T</title><title>U</title><p>x</p>",
		"<meta charset=windows-1252><p>sign\xe9</p>",
		"<pre>\n a\n</pre>",
		"<div hidden><nav><script>x</script></nav></div>tail",
		"<!-- unclosed comment",
		"<p>&amp;&#0;&#xD800;&bogus;</p>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if items := checkItems(t, "f.html", data); len(items) != 1 {
			t.Fatalf("%d items for one file", len(items))
		}
	})
}

func FuzzReadJSONL(f *testing.F) {
	for _, s := range []string{
		"{\"id\": \"a\", \"text\": \"A.\"}\n{\"id\": 2, \"date\": 2024, \"text\": \"B.\"}\n",
		"\uFEFF{\"text\": \"x\", \"extra\": [1, {\"a\": null}]}\r\n\r\n",
		"{\"text\": \"unterminated\n[1]\n\"s\"\n{\"text\": 5}\n",
		"{\"text\": \"sign\xe9\"}\n",
		"{\"date\": \"2024-13\", \"text\": \"x\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, "f.jsonl", data)
	})
}

func FuzzReadClaims(f *testing.F) {
	for _, s := range []string{
		claimsLine,
		`{"version": 1, "article": {"id": "a"}, "actors": [{"name": "Mali", "kind": "state"}, {"name": "A B", "kind": "person"}], "relations": [{"from": "Mali", "type": "trains", "to": "A B"}]}`,
		`{"version": 1, "article": {"id": "a"}, "unknown": 1}`,
		`{"version": 2}`,
		`{"version": 1, "article": {"text": "abc"}, "actors": [{"name": "X", "kind": "state"}, {"name": "Y", "kind": "state"}], "relations": [{"from": "X", "type": "allied", "to": "Y", "evidence": [{"start": 2, "end": 9}]}]}`,
	} {
		f.Add([]byte(s + "\n" + s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, "f.claims.jsonl", data)
	})
}
