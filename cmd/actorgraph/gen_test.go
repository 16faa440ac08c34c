package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

// readTree returns the files under dir by relative path.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	require.NoError(t, filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[rel] = string(b)
		return err
	}))
	return files
}

func readArticles(t *testing.T, path string) []*graph.Article {
	t.Helper()
	var arts []*graph.Article
	require.NoError(t, loader.Read(context.Background(), []string{path}, loader.ReadOptions{}, func(it loader.Item) error {
		require.Nil(t, it.Err)
		arts = append(arts, it.Article)
		return nil
	}))
	return arts
}

func TestGen(t *testing.T) {
	tmp := t.TempDir()
	a, b := filepath.Join(tmp, "a"), filepath.Join(tmp, "b")

	code, out, errs := run(t, "gen", "--articles", "25", "--seed", "7", "--out", a)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "wrote 25 articles")
	assert.Empty(t, errs, "no progress off a terminal")
	files := readTree(t, a)
	assert.Len(t, files, 25)
	assert.Contains(t, files, filepath.Join("0000", "0000000.txt"))
	assert.Contains(t, files, filepath.Join("0000", "0000024.txt"))
	assert.True(t, strings.HasPrefix(files[filepath.Join("0000", "0000003.txt")], "Title: "))

	code, _, _ = run(t, "gen", "--articles", "25", "--seed", "7", "--out", b, "--workers", "1", "--quiet")
	require.Equal(t, 0, code)
	assert.Equal(t, files, readTree(t, b), "the same seed writes the same corpus")

	code, _, errs = run(t, "gen", "--articles", "5", "--seed", "7", "--out", a)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, "is not empty: use --force")
	code, _, errs = run(t, "gen", "--articles", "5", "--seed", "8", "--out", a, "--force", "--quiet")
	assert.Equal(t, 0, code, errs)
	assert.NotEqual(t, files[filepath.Join("0000", "0000000.txt")], readTree(t, a)[filepath.Join("0000", "0000000.txt")], "overwritten by seed 8")

	// Part of the corpus, alone, is the same part.
	c := filepath.Join(tmp, "c")
	code, _, errs = run(t, "gen", "--articles", "5", "--start", "20", "--seed", "7", "--out", c, "--quiet")
	require.Equal(t, 0, code, errs)
	part := readTree(t, c)
	assert.Len(t, part, 5)
	for name, text := range part {
		assert.Equal(t, files[name], text, name)
	}

	// JSONL, in shards of 10, reads back to the same articles.
	j := filepath.Join(tmp, "j")
	code, out, errs = run(t, "gen", "--articles", "25", "--seed", "7", "--out", j, "--format", "jsonl", "--shard", "10", "--progress", "always")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "wrote 25 articles")
	assert.Contains(t, errs, "gen: 25/25 articles")
	shards := readTree(t, j)
	assert.Len(t, shards, 3)
	assert.Equal(t, 10, strings.Count(shards["corpus-7-0000.jsonl"], "\n"))
	assert.Equal(t, 5, strings.Count(shards["corpus-7-0002.jsonl"], "\n"))
	fromTxt, fromJSONL := readArticles(t, b), readArticles(t, j)
	require.Len(t, fromJSONL, 25)
	require.Len(t, fromTxt, 25)
	for i := range fromTxt {
		assert.Equal(t, fromTxt[i], fromJSONL[i])
	}
	assert.Equal(t, "gen-7-0", fromTxt[0].ID)

	code, _, errs = run(t, "gen", "--articles", "3", "--out", filepath.Join(tmp, "fr"), "--lang", "fr", "--format", "jsonl", "--quiet")
	require.Equal(t, 0, code, errs)
	for _, art := range readArticles(t, filepath.Join(tmp, "fr")) {
		assert.Equal(t, "fr", art.Lang)
	}
}

func TestGenUsage(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "x")
	for _, args := range [][]string{
		{"gen", "--out", dir},
		{"gen", "--articles", "3"},
		{"gen", "--articles", "3", "--out", dir, "--format", "xml"},
		{"gen", "--articles", "3", "--out", dir, "--lang", "de"},
		{"gen", "--articles", "3", "--out", dir, "--shard", "2"},
		{"gen", "--articles", "3", "--out", dir, "extra"},
		{"gen", "--articles", "3", "--out", dir, "--progress", "sometimes"},
	} {
		code, _, errs := run(t, args...)
		assert.Equal(t, exitUsage, code, "%v: %s", args, errs)
	}
	code, _, errs := run(t, "gen", "--articles", "3", "--out", dir, "--dict", filepath.Join(t.TempDir(), "none.yaml"))
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, "--dict")
	_, err := os.Stat(dir)
	assert.ErrorIs(t, err, os.ErrNotExist, "nothing written on a bad command line")
	code, _, errs = run(t, "gen", "--help")
	assert.Equal(t, 0, code)
	assert.Contains(t, errs, "for benchmarks")
}

// TestGenLoad loads a generated corpus: every article loads and yields
// relations.
func TestGenLoad(t *testing.T) {
	tmp := t.TempDir()
	corpus, db := filepath.Join(tmp, "corpus"), filepath.Join(tmp, "db")
	code, _, errs := run(t, "gen", "--articles", "40", "--out", corpus, "--quiet")
	require.Equal(t, 0, code, errs)
	code, out, errs := run(t, "load", "--db", db, "--quiet", corpus)
	require.Equal(t, 0, code, "%s%s", out, errs)
	st, err := graph.Open(db, &graph.Options{ReadOnly: true})
	require.NoError(t, err)
	defer st.Close()
	s, err := st.Stats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 40, s.Articles)
	assert.Greater(t, s.Evidence, 40*5)
	for _, typ := range graph.RelTypes {
		assert.Positive(t, s.RelationsByType[typ], typ)
	}
}
