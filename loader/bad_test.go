package loader

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// badDir holds one malformed input per kind of problem.
const badDir = "../testdata/bad"

func TestBadInputs(t *testing.T) {
	for _, tc := range []struct {
		file string
		want []string // the items, errors as InputError.Error()
	}{
		{"empty.txt", []string{"../testdata/bad/empty.txt:1: empty article"}},
		{"blank.txt", []string{"../testdata/bad/blank.txt:1: empty article"}},
		{"header-only.txt", []string{"../testdata/bad/header-only.txt:1: empty article (only a header)"}},
		{"empty.html", []string{"../testdata/bad/empty.html:1: empty article (no visible text)"}},
		{"binary.txt", []string{"../testdata/bad/binary.txt:3: binary file, not text"}},
		{"latin1.txt", []string{"../testdata/bad/latin1.txt:3: invalid UTF-8 at byte 44"}},
		{"bad-date.txt", []string{`../testdata/bad/bad-date.txt:2: date: unparseable date "hier" (want YYYY, YYYY-MM or YYYY-MM-DD)`}},
		{"bad-marker.txt", []string{`../testdata/bad/bad-marker.txt:1: date marker: unparseable date "2024-13": month 13 out of range`}},
		{"unknown.rtf", []string{`../testdata/bad/unknown.rtf: unknown format: extension ".rtf" is none of .txt, .md, .html, .htm, .jsonl, .claims.jsonl`}},
		{"bad-utf8.jsonl", []string{
			"article ok-1",
			"../testdata/bad/bad-utf8.jsonl:2: invalid UTF-8 at byte 89",
		}},
		{"broken.jsonl", []string{
			"article ok-1",
			"../testdata/bad/broken.jsonl:2: invalid JSON at column 38: unexpected end of JSON input",
			"article ok-3",
			"../testdata/bad/broken.jsonl:4: want a JSON object, got array",
			`../testdata/bad/broken.jsonl:5: field "text": want a string, got number`,
			`../testdata/bad/broken.jsonl:6: date: unparseable date "yesterday" (want YYYY, YYYY-MM or YYYY-MM-DD)`,
		}},
		{"rules.claims.jsonl", []string{
			"claims c-ok",
			"../testdata/bad/rules.claims.jsonl:2: type rule: mali (state) trains assimi-goita (person): trains joins state, armed_group, company or organisation to state, armed_group or organisation",
			`../testdata/bad/rules.claims.jsonl:3: unknown field "source"`,
			`../testdata/bad/rules.claims.jsonl:4: relation 1: to "Russia" names no actor of the claims`,
			"../testdata/bad/rules.claims.jsonl:5: claims version 2 is not supported (want 1)",
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var got []string
			err := Read(context.Background(), []string{badDir + "/" + tc.file}, ReadOptions{}, func(it Item) error {
				switch {
				case it.Err != nil:
					got = append(got, it.Err.Error())
				case it.Article != nil:
					got = append(got, "article "+it.Article.ID)
				case it.Claims != nil:
					got = append(got, "claims "+it.Claims.Article.ID)
				}
				return nil
			})
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestBadFolder loads the whole folder of bad inputs: every problem is
// reported, the good lines load, and nothing stops the batch.
func TestBadFolder(t *testing.T) {
	files := map[string]bool{}
	var articles, claims, problems int
	err := Read(context.Background(), []string{badDir}, ReadOptions{}, func(it Item) error {
		files[filepath.Base(it.Path)] = true
		switch {
		case it.Err != nil:
			problems++
			assert.GreaterOrEqual(t, it.Err.Line, 1, it.Err.Error())
		case it.Article != nil:
			articles++
		case it.Claims != nil:
			claims++
		}
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, 3, articles)
	assert.Equal(t, 1, claims)
	assert.Equal(t, 17, problems)
	assert.False(t, files["unknown.rtf"], "unknown extensions in a folder are skipped")
	assert.Len(t, files, 11)
}

// TestOversized generates an article just above the default limit rather
// than keeping 5 MB in the repository.
func TestOversized(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat("Le Mali. ", DefaultMaxArticleBytes/9+1)[:DefaultMaxArticleBytes] + "x"
	writeFiles(t, dir, map[string]string{
		"big.txt":   big,
		"big.html":  "<p>" + big + "</p>",
		"big.jsonl": "{\"text\": \"ok\"}\n{\"text\": \"" + big + "\"}\n{\"text\": \"ok\"}\n",
	})
	got := readAll(t, dir, []string{dir}, ReadOptions{})
	assert.Equal(t, []string{
		"big.html: article of 5242881 bytes exceeds the limit of 5 MB",
		"big.jsonl: ok",
		"big.jsonl: article of 5242881 bytes exceeds the limit of 5 MB",
		"big.jsonl: ok",
		"big.txt: article of 5242881 bytes exceeds the limit of 5 MB",
	}, got)
}
