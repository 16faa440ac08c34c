package loader

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

func TestReadText(t *testing.T) {
	d := graph.MustDate
	for _, tc := range []struct {
		name     string
		path     string
		input    string
		wantMeta graph.Article
		wantText string
	}{
		{"plain", "a.txt", "Le Mali et la Russie.\n", graph.Article{}, "Le Mali et la Russie.\n"},
		{"plain keeps leading space", "a.txt", "  Le Mali.\n", graph.Article{}, "  Le Mali.\n"},
		{"full header", "a.txt",
			"Title: Mali: the army retakes Kidal\nDate: 2023-11-14\nURL: https://example.org/k\nLang: EN\nOutlet: Example News\nID: ex-1\n\nThe army said.\n",
			graph.Article{ID: "ex-1", URL: "https://example.org/k", Title: "Mali: the army retakes Kidal", Date: d("2023-11-14"), Lang: "en", Outlet: "Example News"},
			"The army said.\n"},
		{"keys in any case", "a.txt", "TITLE: T\ndate:2024\nurl :  u \n\nBody", graph.Article{Title: "T", Date: d("2024"), URL: "u"}, "Body"},
		{"crlf header", "a.txt", "Title: T\r\nDate: 2024-10\r\n\r\nBody\r\n", graph.Article{Title: "T", Date: d("2024-10")}, "Body\r\n"},
		{"header without blank line", "a.txt", "Title: T\nBody line.\n", graph.Article{Title: "T"}, "Body line.\n"},
		{"unknown keys before a blank line", "a.txt", "Title: T\nAuthor: X\nDate: 2024\n\nBody", graph.Article{Title: "T", Date: d("2024")}, "Body"},
		{"unknown key then text", "a.txt", "Title: T\nNote: x\nBody", graph.Article{Title: "T"}, "Note: x\nBody"},
		{"first line unknown key is text", "a.txt", "Mali: les rebelles attaquent.\n", graph.Article{}, "Mali: les rebelles attaquent.\n"},
		{"only the blank separator is removed", "a.txt", "Title: T\n\n\nBody", graph.Article{Title: "T"}, "\nBody"},
		{"RFC 3339 date", "a.txt", "Date: 2024-10-05T10:00:00+02:00\n\nBody", graph.Article{Date: d("2024-10-05")}, "Body"},
		{"Date header alone", "a.txt", "Date: 2024-10\n\nText", graph.Article{Date: d("2024-10")}, "Text"},
		{"Date header then text", "a.txt", "Date: 2024-10\nText", graph.Article{Date: d("2024-10")}, "Text"},
		{"BOM before header", "a.txt", "\uFEFFTitle: T\n\nBody", graph.Article{Title: "T"}, "Body"},
		{"marker as in the seed", "a.txt", " date 2024-10 Début août, l’aviation", graph.Article{Date: d("2024-10")}, "Début août, l’aviation"},
		{"marker upper case with colon", "a.txt", "DATE: 2024 Les forces maliennes", graph.Article{Date: d("2024")}, "Les forces maliennes"},
		{"marker then newline", "a.txt", "date 2024-10-05\nLes forces", graph.Article{Date: d("2024-10-05")}, "Les forces"},
		{"marker then blank line", "a.txt", "Date 2024-10-05\r\n\r\nLes forces", graph.Article{Date: d("2024-10-05")}, "Les forces"},
		{"marker without space after colon", "a.txt", "date:2024-10 Texte", graph.Article{Date: d("2024-10")}, "Texte"},
		{"marker after BOM and newlines", "a.txt", "\uFEFF\n  Date 2024-1 Texte", graph.Article{Date: d("2024-01")}, "Texte"},
		{"marker alone", "a.txt", "date 2024\nx", graph.Article{Date: d("2024")}, "x"},
		{"not a marker: a word", "a.txt", "date inconnue, le texte", graph.Article{}, "date inconnue, le texte"},
		{"not a marker: five digits", "a.txt", "date 20245 texte", graph.Article{}, "date 20245 texte"},
		{"not a marker: dates", "a.txt", "dates 2024 texte", graph.Article{}, "dates 2024 texte"},
		{"not a marker: later in the text", "a.txt", "Texte.\ndate 2024 x", graph.Article{}, "Texte.\ndate 2024 x"},
		{"UTF-16 LE", "a.txt", utf16LEString("Title: T\n\nLe Mali signé."), graph.Article{Title: "T"}, "Le Mali signé."},
		{"md front matter", "a.md",
			"---\ntitle: \"Le titre\"\ndate: 2024-10-05\nurl: https://example.org/m\nlang: fr\noutlet: O\nid: 123\ntags: [a, b]\n---\n\n# Heading\n\nBody",
			graph.Article{ID: "123", URL: "https://example.org/m", Title: "Le titre", Date: d("2024-10-05"), Lang: "fr", Outlet: "O"},
			"# Heading\n\nBody"},
		{"md front matter in any case, closed by dots", "a.md", "---\nTitle: T\nDATE: 2024\n...\nBody", graph.Article{Title: "T", Date: d("2024")}, "Body"},
		{"md empty front matter", "a.md", "---\n---\nBody", graph.Article{}, "Body"},
		{"md front matter crlf", "a.md", "---\r\ntitle: T\r\n---\r\nBody", graph.Article{Title: "T"}, "Body"},
		{"md unclosed front matter is text", "a.md", "---\nabc\n", graph.Article{}, "---\nabc\n"},
		{"md heading as title", "a.md", "Intro.\n\n# Le  titre #\n\nBody", graph.Article{Title: "Le  titre"}, "Intro.\n\n# Le  titre #\n\nBody"},
		{"md text header", "a.md", "Title: T\nDate: 2024\n\n# H\nBody", graph.Article{Title: "T", Date: d("2024")}, "# H\nBody"},
		{"md date marker", "a.md", "date 2024-10 # H", graph.Article{Title: "H", Date: d("2024-10")}, "# H"},
		{"txt ignores front matter", "a.txt", "---\ntitle: T\n---\nBody", graph.Article{}, "---\ntitle: T\n---\nBody"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := readArticle(t, tc.path, tc.input, ReadOptions{})
			assert.Equal(t, tc.wantMeta, metaOf(a))
			assert.Equal(t, tc.wantText, a.Text)
		})
	}
}

func utf16LEString(s string) string {
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

func TestReadTextErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		path     string
		input    string
		max      int
		wantLine int
		wantIs   error
		wantMsg  string
	}{
		{"empty", "a.txt", "", 0, 1, ErrEmpty, "empty article"},
		{"white space", "a.txt", " \n\t\r\n", 0, 1, ErrEmpty, "empty article"},
		{"only a header", "a.txt", "Title: T\nDate: 2024\n\n  \n", 0, 1, ErrEmpty, "empty article (only a header)"},
		{"only a marker", "a.txt", "date 2024-10   \n", 0, 1, ErrEmpty, "empty article (only a header)"},
		{"only front matter", "a.md", "---\ntitle: T\n---\n", 0, 1, ErrEmpty, "empty article (only a header)"},
		{"bad Date header", "a.txt", "Title: x\nURL: u\nDate: nope\n\nBody", 0, 3, nil, `date: unparseable date "nope" (want YYYY, YYYY-MM or YYYY-MM-DD)`},
		{"bad date after unknown key", "a.txt", "Title: x\nAuthor: y\nDate: 2024-02-30\n\nBody", 0, 3, nil, `date: unparseable date "2024-02-30": day 30 out of range for 2024-02`},
		{"bad date marker", "a.txt", "\n\ndate 2024-13 Texte", 0, 3, nil, `date marker: unparseable date "2024-13": month 13 out of range`},
		{"bad front matter date", "a.md", "---\ntitle: T\ndate: someday\n---\nBody", 0, 3, nil, `front matter: date: unparseable date "someday" (want YYYY, YYYY-MM or YYYY-MM-DD)`},
		{"bad front matter yaml", "a.md", "---\ntitle: T\nurl: [\n---\nBody", 0, 3, nil, "front matter: yaml: line 2: "},
		{"front matter list", "a.md", "---\ndate: [2024]\n---\nBody", 0, 2, nil, "front matter: date: want a single value"},
		{"front matter not a map", "a.md", "---\n- a\n---\nBody", 0, 1, nil, "front matter: want key: value lines"},
		{"NUL", "a.txt", "Title: T\n\nab\x00", 0, 3, ErrBinary, "binary file, not text"},
		{"mostly control", "a.txt", strings.Repeat("\x01\x02\x03abc", 50), 0, 1, ErrBinary, "binary file, not text"},
		{"invalid UTF-8", "a.txt", "Title: T\n\nsign\xe9", 0, 3, ErrInvalidUTF8, "invalid UTF-8 at byte 14"},
		{"invalid UTF-8 after BOM", "a.txt", "\uFEFFab\xff", 0, 1, ErrInvalidUTF8, "invalid UTF-8 at byte 5"},
		{"above the limit", "a.txt", strings.Repeat("x", 101), 100, 1, graph.ErrTooLarge, "article of 101 bytes exceeds the limit of 100 bytes"},
		{"header does not count", "a.txt", "Title: T\n\n" + strings.Repeat("x", 100), 100, 0, nil, ""},
		{"far above the limit", "a.txt", strings.Repeat("x", 100+64<<10+10), 100, 1, graph.ErrTooLarge, "article of 65646 bytes exceeds the limit of 100 bytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := ReadOptions{MaxArticleBytes: tc.max}
			if tc.wantMsg == "" {
				readArticle(t, tc.path, tc.input, opts)
				return
			}
			err := readError(t, tc.path, tc.input, opts)
			assert.Equal(t, tc.wantLine, err.Line)
			assert.Contains(t, err.Err.Error(), tc.wantMsg)
			if tc.wantIs != nil {
				assert.ErrorIs(t, err, tc.wantIs)
			}
		})
	}
}

func TestReadTextDefaultLimit(t *testing.T) {
	text := strings.Repeat("Le Mali. ", DefaultMaxArticleBytes/9+1)
	err := readError(t, "big.txt", text, ReadOptions{})
	assert.Equal(t, "big.txt:1: article of 5242887 bytes exceeds the limit of 5 MB", err.Error())
	assert.ErrorIs(t, err, graph.ErrTooLarge)

	a := readArticle(t, "ok.txt", text[:DefaultMaxArticleBytes], ReadOptions{})
	assert.Len(t, a.Text, DefaultMaxArticleBytes)
}

// seedPath is the seed article, which stays outside the repository.
const seedPath = "../../shared/seed/000_5fd209f8c5059190.txt"

func TestSeed(t *testing.T) {
	raw, err := os.ReadFile(seedPath)
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("seed article absent: ../shared/seed is not beside the repository")
	}
	require.NoError(t, err)
	a := readArticle(t, filepath.Base(seedPath), string(raw), ReadOptions{})
	assert.Equal(t, graph.MustDate("2024-10"), a.Date)
	assert.Equal(t, graph.PrecisionMonth, a.Date.Precision())
	assert.True(t, strings.HasPrefix(a.Text, "Fin juillet"), "text starts with %q", a.Text[:min(len(a.Text), 30)])
	assert.True(t, strings.HasSuffix(string(raw), a.Text), "the text is the file less the marker")
	assert.Empty(t, a.Title)
	assert.Empty(t, a.ID)
}
