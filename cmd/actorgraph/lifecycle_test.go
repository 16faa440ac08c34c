package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpus copies the sample articles, the claims fixture and (when present)
// the seed into a fresh folder and returns the paths of its files.
func corpus(t *testing.T) (dir string, files []string) {
	t.Helper()
	dir = t.TempDir()
	var srcs []string
	for _, pattern := range []string{"testdata/articles/*.txt", "testdata/claims/*.jsonl"} {
		m, err := filepath.Glob(filepath.Join(repo, pattern))
		require.NoError(t, err)
		srcs = append(srcs, m...)
	}
	if seeds, _ := filepath.Glob(filepath.Join(seedDir, "*.txt")); len(seeds) > 0 {
		srcs = append(srcs, seeds...)
	}
	require.NotEmpty(t, srcs)
	for _, src := range srcs {
		b, err := os.ReadFile(src)
		require.NoError(t, err)
		dst := filepath.Join(dir, filepath.Base(src))
		require.NoError(t, os.WriteFile(dst, b, 0o644))
		files = append(files, dst)
	}
	return dir, files
}

func exports(t *testing.T, db string) (dot, js string) {
	t.Helper()
	dot = mustRun(t, "export", "--db", db, "--format", "dot", "--include-negated", "--isolated")
	js = mustRun(t, "export", "--db", db, "--format", "json", "--include-negated", "--isolated")
	return dot, js
}

// TestOrderAndLifecycle walks the fourth acceptance item: two fresh
// databases loaded with the same corpus in different orders give
// byte-identical exports; loading again changes nothing; an updated article
// replaces its evidence; a retracted article's evidence is gone and check
// passes.
func TestOrderAndLifecycle(t *testing.T) {
	_, files := corpus(t)
	reversed := make([]string, len(files))
	for i, f := range files {
		reversed[len(files)-1-i] = f
	}
	dbA := filepath.Join(t.TempDir(), "a")
	dbB := filepath.Join(t.TempDir(), "b")
	mustRun(t, append([]string{"load", "--db", dbA, "--workers", "1"}, files...)...)
	// The other order, in several runs and with parallel extraction.
	half := len(reversed) / 2
	mustRun(t, append([]string{"load", "--db", dbB, "--workers", "4"}, reversed[:half]...)...)
	mustRun(t, append([]string{"load", "--db", dbB, "--workers", "3"}, reversed[half:]...)...)
	dotA, jsA := exports(t, dbA)
	dotB, jsB := exports(t, dbB)
	assert.Equal(t, dotA, dotB, "DOT exports differ")
	assert.Equal(t, jsA, jsB, "JSON exports differ")
	assert.Greater(t, strings.Count(jsA, `"source"`), 20)

	// Loading again changes nothing.
	out := mustRun(t, append([]string{"load", "--db", dbA}, files...)...)
	assert.Contains(t, out, " 0 new, 0 updated, 0 re-extracted, ")
	assert.Contains(t, out, "unchanged")
	dot2, js2 := exports(t, dbA)
	assert.Equal(t, dotA, dot2)
	assert.Equal(t, jsA, js2)

	// An updated article replaces its evidence.
	dir := t.TempDir()
	article := filepath.Join(dir, "update.txt")
	write := func(body string) {
		require.NoError(t, os.WriteFile(article, []byte("Title: Update test\nID: update-test\nDate: 2024-05\nOutlet: Test Desk\n\n"+body), 0o644))
	}
	write("Turkey delivered armed drones to Niger in April.\n")
	mustRun(t, "load", "--db", dbA, article)
	_, js := exports(t, dbA)
	assert.Contains(t, js, "Turkey delivered armed drones to Niger in April.")
	write("Russia delivered armed drones to Niger in April.\n")
	out = mustRun(t, "load", "--db", dbA, article)
	assert.Contains(t, out, "1 updated")
	_, js = exports(t, dbA)
	assert.NotContains(t, js, "Turkey delivered armed drones to Niger")
	assert.Contains(t, js, "Russia delivered armed drones to Niger in April.")
	mustRun(t, "check", "--db", dbA)

	// A retracted article's evidence is gone, and stays gone on reload.
	out = mustRun(t, "retract", "--db", dbA, "update-test")
	assert.Contains(t, out, "retract update-test")
	_, js = exports(t, dbA)
	assert.NotContains(t, js, "update-test")
	out = mustRun(t, "load", "--db", dbA, article)
	assert.Contains(t, out, "1 skipped as retracted")
	_, js = exports(t, dbA)
	assert.NotContains(t, js, "update-test")
	out = mustRun(t, "check", "--db", dbA)
	assert.Contains(t, out, "consistent")
	// Back to the corpus alone: identical to the other database.
	dotA2, jsA2 := exports(t, dbA)
	assert.Equal(t, dotB, dotA2)
	assert.Equal(t, jsB, jsA2)

	code, _, errs := run(t, "retract", "--db", dbA, "no-such-article")
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, `no article "no-such-article"`)
}

// TestBadInput walks the last acceptance item: each bad input gets one line
// "path:line: reason", the rest of the batch loads, and the exit status says
// something failed.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(repo, "testdata", "articles")
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, b, 0o644))
		return p
	}
	cases := []struct {
		name, file, want string
	}{
		{"empty file", write("empty.txt", nil), "empty.txt:1: "},
		{"binary file", write("binary.txt", []byte("GIF89a\x00\x01\x02\x00\x00\xff\xfe")), "binary.txt:1: "},
		{"invalid UTF-8", write("latin1.txt", []byte("Title: x\n\nLe Mali a re\xe7u des drones turcs.\n")), "latin1.txt:3: "},
		{"broken JSONL line", write("articles.jsonl", []byte(`{"id":"j1","text":"Turkey supplies drones to Mali."}`+"\n"+`{"id":"j2","text": broken`+"\n"+`{"id":"j3","text":"Russia trains the Malian army."}`+"\n")), "articles.jsonl:2: "},
		{"claims line breaking the type rules", write("bad.claims.jsonl", []byte(`{"version":1,"article":{"id":"c1"},"actors":[{"name":"Mali","kind":"state"},{"name":"Assimi Goita","kind":"person"}],"relations":[{"from":"Mali","type":"trains","to":"Assimi Goita"}]}`+"\n")), "bad.claims.jsonl:1: "},
		{"unparseable date", write("baddate.txt", []byte("Title: x\nDate: last Tuesday\n\nTurkey supplies drones to Mali.\n")), "baddate.txt:2: "},
		{"oversized article", write("huge.txt", append([]byte("Title: huge\n\n"), []byte(strings.Repeat("Turkey supplies drones to Mali. ", 200))...)), "huge.txt:1: "},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "db")
			code, out, errs := run(t, "load", "--db", db, "--max-article-bytes", "4096", tc.file, good)
			assert.Equal(t, exitFailed, code)
			lines := strings.Split(strings.TrimSpace(errs), "\n")
			require.NotEmpty(t, lines)
			var hit []string
			for _, l := range lines {
				if strings.Contains(l, tc.want) {
					hit = append(hit, l)
				}
			}
			require.Lenf(t, hit, 1, "want one line containing %q in:\n%s", tc.want, errs)
			assert.Regexp(t, `^\S+:\d+: \S`, hit[0])
			assert.Regexp(t, `(1[3-9]) new`, out, "the rest of the batch loads")
			mustRun(t, "check", "--db", db)
		})
	}
}

func TestOpenErrors(t *testing.T) {
	code, _, errs := run(t, "stats", "--db", filepath.Join(t.TempDir(), "missing"))
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, "no database there")
}
