package loader

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeFiles creates files under dir, making folders as needed.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
}

// readAll reads paths and returns "path:line kind" for every item.
func readAll(t *testing.T, dir string, paths []string, opts ReadOptions) []string {
	t.Helper()
	var got []string
	err := Read(context.Background(), paths, opts, func(it Item) error {
		p, err := filepath.Rel(dir, it.Path)
		if err != nil || strings.HasPrefix(p, "..") {
			p = it.Path
		}
		p = filepath.ToSlash(p)
		switch {
		case it.Err != nil:
			got = append(got, p+": "+it.Err.Err.Error())
		case it.Article != nil:
			got = append(got, p+": "+strings.TrimSpace(it.Article.Text))
		case it.Claims != nil:
			got = append(got, p+": claims "+it.Claims.Article.ID)
		}
		return nil
	})
	require.NoError(t, err)
	return got
}

const oneClaims = `{"version": 1, "article": {"id": "c1"}, "actors": [], "relations": []}`

func TestReadWalk(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b/2.txt":               "b2",
		"a.txt":                 "a",
		"a/1.md":                "a1",
		"a/Z.TXT":               "aZ",
		".hidden/x.txt":         "hidden folder",
		".h.txt":                "hidden file",
		"notes.pdf":             "%PDF",
		"README":                "readme",
		"c.html":                "<p>c</p>",
		"d.jsonl":               "{\"text\": \"d1\"}\n{\"text\": \"d2\"}\n",
		"e.claims.jsonl":        oneClaims,
		"sub/deeper/z.htm":      "<p>z</p>",
		"sub/deeper/.git/x.txt": "git",
		"sub/empty.txt":         "",
	})
	want := []string{
		"a/1.md: a1",
		"a/Z.TXT: aZ",
		"a.txt: a",
		"b/2.txt: b2",
		"c.html: c",
		"d.jsonl: d1",
		"d.jsonl: d2",
		"e.claims.jsonl: claims c1",
		"sub/deeper/z.htm: z",
		"sub/empty.txt: empty article",
	}
	assert.Equal(t, want, readAll(t, dir, []string{dir}, ReadOptions{}))

	t.Run("same order twice", func(t *testing.T) {
		assert.Equal(t, want, readAll(t, dir, []string{dir}, ReadOptions{}))
	})
	t.Run("paths in the order given", func(t *testing.T) {
		got := readAll(t, dir, []string{filepath.Join(dir, "c.html"), filepath.Join(dir, "a"), filepath.Join(dir, ".h.txt")}, ReadOptions{})
		assert.Equal(t, []string{"c.html: c", "a/1.md: a1", "a/Z.TXT: aZ", ".h.txt: hidden file"}, got)
	})
	t.Run("hidden folder named explicitly", func(t *testing.T) {
		got := readAll(t, dir, []string{filepath.Join(dir, ".hidden")}, ReadOptions{})
		assert.Equal(t, []string{".hidden/x.txt: hidden folder"}, got)
	})
	t.Run("unknown extension named explicitly", func(t *testing.T) {
		got := readAll(t, dir, []string{filepath.Join(dir, "notes.pdf"), filepath.Join(dir, "README"), filepath.Join(dir, "a.txt")}, ReadOptions{})
		assert.Equal(t, []string{
			`notes.pdf: unknown format: extension ".pdf" is none of .txt, .md, .html, .htm, .jsonl, .claims.jsonl`,
			`README: unknown format: extension "" is none of .txt, .md, .html, .htm, .jsonl, .claims.jsonl`,
			"a.txt: a",
		}, got)
	})
	t.Run("forced format", func(t *testing.T) {
		got := readAll(t, dir, []string{filepath.Join(dir, "README")}, ReadOptions{Format: "txt"})
		assert.Equal(t, []string{"README: readme"}, got)
	})
	t.Run("missing path", func(t *testing.T) {
		var items []Item
		err := Read(context.Background(), []string{filepath.Join(dir, "nope.txt"), filepath.Join(dir, "a.txt")}, ReadOptions{}, func(it Item) error {
			items = append(items, it)
			return nil
		})
		require.NoError(t, err)
		require.Len(t, items, 2)
		require.NotNil(t, items[0].Err)
		assert.Equal(t, filepath.Join(dir, "nope.txt")+": no such file or directory", items[0].Err.Error())
		assert.ErrorIs(t, items[0].Err, os.ErrNotExist)
		assert.Equal(t, 0, items[0].Line)
		assert.NotNil(t, items[1].Article)
	})
	t.Run("unknown format option", func(t *testing.T) {
		err := Read(context.Background(), []string{dir}, ReadOptions{Format: "doc"}, func(Item) error { return nil })
		assert.ErrorContains(t, err, `unknown format "doc"`)
	})
}

func TestReadWalkSymlink(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"real/a.txt": "a", "f/b.txt": "b"})
	if err := os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "f", "link.txt")); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	require.NoError(t, os.Symlink(filepath.Join(dir, "real", "a.txt"), filepath.Join(dir, "f", "c.txt")))
	got := readAll(t, dir, []string{filepath.Join(dir, "f")}, ReadOptions{})
	assert.Equal(t, []string{"f/b.txt: b", "f/c.txt: a"}, got)
}

// A folder named through a symbolic link is read, its files named under
// the name given (inside it, links to folders are still not followed).
func TestReadNamedFolderLink(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"real/a.txt": "a", "real/sub/b.txt": "b"})
	if err := os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "link")); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	got := readAll(t, dir, []string{filepath.Join(dir, "link")}, ReadOptions{})
	assert.Equal(t, []string{"link/a.txt: a", "link/sub/b.txt: b"}, got)
	got = readAll(t, dir, []string{filepath.Join(dir, "link") + "/"}, ReadOptions{})
	assert.Equal(t, []string{"link/a.txt: a", "link/sub/b.txt: b"}, got)
}

func TestReadStops(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": "a", "b.txt": "b", "c.jsonl": "{\"text\": \"c1\"}\n{\"text\": \"c2\"}\n{\"text\": \"c3\"}\n",
	})
	errStop := errors.New("stop")
	t.Run("fn error", func(t *testing.T) {
		calls := 0
		err := Read(context.Background(), []string{dir, dir}, ReadOptions{}, func(Item) error {
			calls++
			if calls == 2 {
				return errStop
			}
			return nil
		})
		assert.ErrorIs(t, err, errStop)
		assert.Equal(t, 2, calls)
	})
	t.Run("fn error in a JSONL file", func(t *testing.T) {
		calls := 0
		err := Read(context.Background(), []string{filepath.Join(dir, "c.jsonl")}, ReadOptions{}, func(Item) error {
			calls++
			return errStop
		})
		assert.ErrorIs(t, err, errStop)
		assert.Equal(t, 1, calls)
	})
	t.Run("fn returns SkipDir", func(t *testing.T) {
		calls := 0
		err := Read(context.Background(), []string{dir}, ReadOptions{}, func(Item) error {
			calls++
			return filepath.SkipDir
		})
		assert.ErrorIs(t, err, filepath.SkipDir)
		assert.Equal(t, 1, calls)
	})
	for _, path := range []string{dir, filepath.Join(dir, "c.jsonl")} {
		t.Run("cancel "+filepath.Base(path), func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			calls := 0
			err := Read(ctx, []string{path, path}, ReadOptions{}, func(Item) error {
				calls++
				cancel()
				return nil
			})
			assert.ErrorIs(t, err, context.Canceled)
			assert.Equal(t, 1, calls)
		})
	}
	t.Run("cancelled before", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		err := Read(ctx, []string{dir}, ReadOptions{}, func(Item) error {
			t.Fatal("fn called")
			return nil
		})
		assert.ErrorIs(t, err, context.Canceled)
	})
}

func TestReadStdin(t *testing.T) {
	for _, tc := range []struct {
		name   string
		input  string
		format string
		want   []string
	}{
		{"text", "Le Mali.", "", []string{"<stdin>: Le Mali."}},
		{"date marker", "date 2024-10 Début août", "", []string{"<stdin>: Début août"}},
		{"jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n", "", []string{"<stdin>: a", "<stdin>: b"}},
		{"claims", oneClaims + "\n", "", []string{"<stdin>: claims c1"}},
		{"html", "<!DOCTYPE html><p>Bamako</p>", "", []string{"<stdin>: Bamako"}},
		{"markdown", "---\ntitle: T\n---\n# Bamako", "", []string{"<stdin>: # Bamako"}},
		{"empty", "", "", []string{"<stdin>: empty article"}},
		{"forced text", "{\"text\": \"a\"}", "txt", []string{"<stdin>: {\"text\": \"a\"}"}},
		{"forced claims", "{\"text\": \"a\"}", "claims", []string{`<stdin>: unknown field "text"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := readAll(t, "", []string{"-"}, ReadOptions{Stdin: strings.NewReader(tc.input), Format: tc.format})
			assert.Equal(t, tc.want, got)
		})
	}
	t.Run("no stdin", func(t *testing.T) {
		got := readAll(t, "", []string{"-"}, ReadOptions{})
		assert.Equal(t, []string{"<stdin>: standard input is not available"}, got)
	})
}
