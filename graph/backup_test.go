package graph_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// backupFixture fills a store with a corpus and a few curation decisions.
func backupFixture(t *testing.T, s *graph.Store) {
	t.Helper()
	g := newCorpusGen(9, 40, 5)
	ingestAll(t, s, g.corpus(9, 60, 4), 4)
	m := graph.Meta{Author: "test", Reason: "backup round trip"}
	ids := keysWithPrefix(t, s, "n/")
	require.GreaterOrEqual(t, len(ids), 3)
	from, into := strings.TrimPrefix(ids[0], "n/"), strings.TrimPrefix(ids[1], "n/")
	_, err := s.Merge(bg, from, into, m)
	require.NoError(t, err)
	_, err = s.Rename(bg, strings.TrimPrefix(ids[2], "n/"), "Renamed For The Backup", m)
	require.NoError(t, err)
}

func logOf(t *testing.T, s *graph.Store) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, s.ExportLog(bg, &b))
	return b.String()
}

func TestBackupRestoreRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name     string
		seekable bool // restore from a file (verified first) or a stream
		onDisk   bool
	}{
		{"stream in memory", false, false},
		{"file on disk", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := graphtest.NewStore(t, tc.onDisk)
			backupFixture(t, src)
			var buf bytes.Buffer
			info, err := src.Backup(bg, &buf)
			require.NoError(t, err)
			assert.Equal(t, int64(buf.Len()), info.Bytes)
			assert.Equal(t, graph.LayoutVersion, info.Header.Layout)

			vi, err := graph.VerifyBackup(bg, bytes.NewReader(buf.Bytes()))
			require.NoError(t, err)
			assert.Equal(t, info.Bytes, vi.Bytes)
			assert.Greater(t, vi.Keys, 100)
			assert.Equal(t, 2, vi.Decisions)

			dst := graphtest.NewStore(t, tc.onDisk)
			var in interface{ Read([]byte) (int, error) } = bytes.NewBuffer(buf.Bytes())
			if tc.seekable {
				f := filepath.Join(t.TempDir(), "b.backup")
				require.NoError(t, os.WriteFile(f, buf.Bytes(), 0o644))
				fh, err := os.Open(f)
				require.NoError(t, err)
				defer fh.Close()
				in = fh
			}
			res, err := dst.Restore(bg, in, graph.RestoreOptions{})
			require.NoError(t, err)
			assert.False(t, res.Replaced)
			assert.True(t, res.Check.OK())
			assert.Equal(t, string(rawDump(t, src)), string(rawDump(t, dst)))
			assert.Equal(t, string(canonicalDump(t, src)), string(canonicalDump(t, dst)))
			assert.Equal(t, logOf(t, src), logOf(t, dst))

			// The restored store takes new writes and decisions as the
			// original does.
			extra := newCorpusGen(10, 10, 2).corpus(10, 3, 2)
			for _, c := range extra {
				_, err := src.Ingest(bg, cloneClaims(t, c))
				require.NoError(t, err)
				_, err = dst.Ingest(bg, cloneClaims(t, c))
				require.NoError(t, err)
			}
			assert.Equal(t, string(canonicalDump(t, src)), string(canonicalDump(t, dst)))
			graphtest.RequireConsistent(t, dst)
		})
	}
}

// TestRestoreThenIngest: a restore replaces what the store's writer had
// cached of the old database; articles ingested afterwards build on the
// restored records, and check finds nothing wrong.
func TestRestoreThenIngest(t *testing.T) {
	src := graphtest.NewStore(t)
	graphtest.Ingest(t, src, graphtest.Article("a", "2024", "o", []string{"mali:state", "russia:state"}, "russia supplies mali"))
	var buf bytes.Buffer
	_, err := src.Backup(bg, &buf)
	require.NoError(t, err)

	dst := graphtest.NewStore(t)
	for _, id := range []string{"x", "y", "z"} { // the writer caches this relation and these actors
		graphtest.Ingest(t, dst, graphtest.Article(id, "2024", "o", []string{"mali:state", "russia:state"}, "russia supplies mali"))
	}
	_, err = dst.Restore(bg, bytes.NewReader(buf.Bytes()), graph.RestoreOptions{Force: true})
	require.NoError(t, err)
	graphtest.Ingest(t, dst, graphtest.Article("b", "2024", "o", []string{"mali:state", "russia:state"}, "russia supplies mali"))

	rep, err := dst.Check(bg)
	require.NoError(t, err)
	assert.Zero(t, rep.Total, "%v", rep.Differences)
	st, err := dst.Stats(bg)
	require.NoError(t, err)
	assert.Equal(t, 2, st.Articles, "the backup's article and the new one")
}

func TestRestoreRefusals(t *testing.T) {
	src := graphtest.NewStore(t)
	backupFixture(t, src)
	var buf bytes.Buffer
	_, err := src.Backup(bg, &buf)
	require.NoError(t, err)
	good := buf.Bytes()
	header, stream, _ := bytes.Cut(good, []byte("\n"))

	t.Run("not empty", func(t *testing.T) {
		dst := graphtest.NewStore(t)
		graphtest.Ingest(t, dst, graphtest.Article("other", "2024", "o", []string{"mali:state", "russia:state"}, "russia supplies mali"))
		before := canonicalDump(t, dst)
		_, err := dst.Restore(bg, bytes.NewReader(good), graph.RestoreOptions{})
		require.ErrorIs(t, err, graph.ErrNotEmpty)
		assert.Equal(t, string(before), string(canonicalDump(t, dst)), "a refused restore changes nothing")
		res, err := dst.Restore(bg, bytes.NewReader(good), graph.RestoreOptions{Force: true})
		require.NoError(t, err)
		assert.True(t, res.Replaced)
		assert.Equal(t, string(canonicalDump(t, src)), string(canonicalDump(t, dst)))
	})

	for _, tc := range []struct {
		name   string
		input  []byte
		want   error
		detail string
		// stream: the input is not seekable, so it is found bad while
		// loading (the database is left empty, not half restored).
		stream bool
	}{
		{"empty", nil, graph.ErrBadBackup, "empty", false},
		{"no header", []byte("hello\nworld"), graph.ErrBadBackup, "not a backup header", false},
		{"other layout", append([]byte(strings.Replace(string(header), fmt.Sprintf(`"layout":%d`, graph.LayoutVersion), `"layout":99`, 1)+"\n"), stream...), graph.ErrVersion, "layout version 99", false},
		{"other format", append([]byte(strings.Replace(string(header), `"format":1`, `"format":7`, 1)+"\n"), stream...), graph.ErrBadBackup, "format 7", false},
		{"truncated", good[:len(good)-10], graph.ErrBadBackup, "truncated", false},
		{"truncated stream", good[:len(good)-10], graph.ErrBadBackup, "truncated", true},
		{"huge frame", append(append([]byte{}, header...), '\n', 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f), graph.ErrBadBackup, "frame of", false},
		{"huge frame stream", append(append([]byte{}, header...), '\n', 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f), graph.ErrBadBackup, "frame of", true},
		{"garbage frame", append(append([]byte{}, header...), '\n', 4, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff), graph.ErrBadBackup, "", false},
		{"header only", append(append([]byte{}, header...), '\n'), graph.ErrBadBackup, "no layout version", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dst := graphtest.NewStore(t)
			graphtest.Ingest(t, dst, graphtest.Article("keep", "2024", "o", []string{"mali:state", "russia:state"}, "russia supplies mali"))
			before := canonicalDump(t, dst)
			var in interface{ Read([]byte) (int, error) } = bytes.NewReader(tc.input)
			if tc.stream {
				in = bytes.NewBuffer(tc.input)
			}
			_, err := dst.Restore(bg, in, graph.RestoreOptions{Force: true})
			require.Error(t, err)
			assert.True(t, errors.Is(err, tc.want), "%v is not %v", err, tc.want)
			assert.Contains(t, err.Error(), tc.detail)
			if tc.stream {
				st, serr := dst.Stats(bg)
				require.NoError(t, serr)
				assert.Zero(t, st.Articles, "a failed streamed restore leaves an empty database")
				assert.Contains(t, err.Error(), "left empty")
			} else {
				assert.Equal(t, string(before), string(canonicalDump(t, dst)), "a bad file changes nothing")
			}
			graphtest.RequireConsistent(t, dst)
			_, err = graph.VerifyBackup(bg, bytes.NewReader(tc.input))
			assert.Error(t, err)
		})
	}
}

func TestBackupCanceled(t *testing.T) {
	src := graphtest.NewStore(t)
	backupFixture(t, src)
	ctx, cancel := context.WithCancel(bg)
	cancel()
	_, err := src.Backup(ctx, &bytes.Buffer{})
	require.ErrorIs(t, err, context.Canceled)
}

func TestRestoreReadOnly(t *testing.T) {
	dir := t.TempDir()
	s, err := graph.Open(dir, nil)
	require.NoError(t, err)
	require.NoError(t, s.Close())
	ro, err := graph.Open(dir, &graph.Options{ReadOnly: true})
	require.NoError(t, err)
	defer ro.Close()
	var buf bytes.Buffer
	_, err = ro.Backup(bg, &buf)
	require.NoError(t, err, "a read-only store can be backed up")
	_, err = ro.Restore(bg, bytes.NewReader(buf.Bytes()), graph.RestoreOptions{})
	require.ErrorIs(t, err, graph.ErrReadOnly)
}

// FuzzVerifyBackup: any input is either a valid backup or refused with
// ErrBadBackup or ErrVersion; it never panics nor allocates what a hostile
// frame length asks for.
func FuzzVerifyBackup(f *testing.F) {
	s, err := graph.Open("", &graph.Options{InMemory: true})
	if err != nil {
		f.Fatal(err)
	}
	graphtestIngest(f, s)
	var buf bytes.Buffer
	if _, err := s.Backup(bg, &buf); err != nil {
		f.Fatal(err)
	}
	s.Close()
	good := buf.Bytes()
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte("actorgraph-backup {\"format\":1,\"layout\":2}\n\xff\xff\xff\xff\xff\xff\xff\xff"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, b []byte) {
		info, err := graph.VerifyBackup(bg, bytes.NewReader(b))
		if err != nil {
			if !errors.Is(err, graph.ErrBadBackup) && !errors.Is(err, graph.ErrVersion) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if info.Bytes != int64(len(b)) {
			t.Fatalf("verified %d bytes of %d", info.Bytes, len(b))
		}
	})
}

func graphtestIngest(f *testing.F, s *graph.Store) {
	for _, c := range newCorpusGen(3, 6, 2).corpus(3, 3, 2) {
		if _, err := s.Ingest(bg, c); err != nil {
			f.Fatal(err)
		}
	}
}
