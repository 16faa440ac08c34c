package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/loader"
)

// load --report writes the figures of the load as JSON, to a file or to
// standard output (the summary then going to standard error).
func TestLoadReport(t *testing.T) {
	articles := filepath.Join(repo, "testdata", "articles")
	for _, tc := range []struct {
		name   string
		report func(dir string) string // the --report argument
		extra  []string
	}{
		{"file", func(dir string) string { return filepath.Join(dir, "r.json") }, nil},
		{"stdout", func(string) string { return "-" }, nil},
		{"with badger options", func(dir string) string { return filepath.Join(dir, "r.json") }, []string{"--badger", "memtable=8MiB,memtables=2,blockcache=4MiB,indexcache=4MiB,compression=zstd"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "db")
			path := tc.report(dir)
			args := append([]string{"load", "--db", db, "--report", path}, tc.extra...)
			code, out, errs := run(t, append(args, articles)...)
			require.Equal(t, 0, code, errs)
			var b []byte
			if path == "-" {
				b = []byte(out)
				assert.Contains(t, errs, "the graph holds", "the summary goes to standard error")
			} else {
				var err error
				b, err = os.ReadFile(path)
				require.NoError(t, err)
				assert.Contains(t, out, "the graph holds")
			}
			var r loadReport
			require.NoError(t, json.Unmarshal(b, &r), "%s", b)
			assert.Equal(t, 13, r.Articles)
			assert.Equal(t, 13, r.New)
			assert.Positive(t, r.Evidence)
			assert.Positive(t, r.TextBytes)
			assert.Positive(t, r.ArticlesPerSecond)
			assert.Positive(t, r.EvidencePerSecond)
			assert.Positive(t, r.CPUUserSeconds+r.CPUSysSeconds)
			assert.Positive(t, r.PeakHeapBytes)
			assert.Positive(t, r.Samples)
			assert.Positive(t, r.DBBytes)
			assert.Positive(t, r.Commits)
			assert.GreaterOrEqual(t, r.ArticlesPerCommit, 1.0)
			assert.LessOrEqual(t, r.ArticlesPerCommit, 13.0)
			assert.Positive(t, r.DBBytesPerArticle)
			assert.Positive(t, r.Machine.CPUs)
			require.NotNil(t, r.Graph)
			assert.Equal(t, 13, r.Graph.Articles)
			if _, err := os.Stat("/proc/self/status"); err == nil {
				assert.Positive(t, r.PeakRSSAnonBytes)
			}
			mustRun(t, "check", "--db", db)
		})
	}
}

// --badger takes key=value settings over the store's defaults.
func TestBadgerFlag(t *testing.T) {
	for _, tc := range []struct {
		in    string
		err   string
		check func(t *testing.T, o badger.Options)
	}{
		{in: "memtable=32MiB,memtables=3", check: func(t *testing.T, o badger.Options) {
			assert.Equal(t, int64(32<<20), o.MemTableSize)
			assert.Equal(t, 3, o.NumMemtables)
		}},
		{in: "blockcache=64M, indexcache=16KiB,valuethreshold=1024", check: func(t *testing.T, o badger.Options) {
			assert.Equal(t, int64(64<<20), o.BlockCacheSize)
			assert.Equal(t, int64(16<<10), o.IndexCacheSize)
			assert.Equal(t, int64(1024), o.ValueThreshold)
		}},
		{in: "compression=none,compactors=3,l0=8", check: func(t *testing.T, o badger.Options) {
			assert.Equal(t, options.None, o.Compression)
			assert.Equal(t, 3, o.NumCompactors)
			assert.Equal(t, 8, o.NumLevelZeroTables)
			assert.GreaterOrEqual(t, o.NumLevelZeroTablesStall, 24)
		}},
		{in: "basetable=1MiB,tablemultiplier=1", check: func(t *testing.T, o badger.Options) {
			assert.Equal(t, int64(1<<20), o.BaseTableSize)
			assert.Equal(t, 1, o.TableSizeMultiplier)
		}},
		{in: "memtable", err: "want key=value"},
		{in: "memtable=lots", err: "want a size"},
		{in: "memtables=-1", err: "want a count"},
		{in: "compression=lz4", err: "want none, snappy or zstd"},
		{in: "cache=1", err: "unknown key"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			var f badgerFlag
			err := f.Set(tc.in)
			if tc.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.err)
				return
			}
			require.NoError(t, err)
			tc.check(t, f.apply(badger.DefaultOptions("")))
		})
	}
	code, _, errs := run(t, "load", "--db", t.TempDir(), "--badger", "bogus=1", filepath.Join(repo, "testdata", "articles"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "unknown key")
}

// The progress line gives the articles done, their rate and the evidence.
func TestProgressLine(t *testing.T) {
	for _, tc := range []struct {
		p    loader.Progress
		want string
	}{
		{loader.Progress{Articles: 500, Evidence: 8000, Elapsed: 2 * time.Second}, "500 articles, 250 articles/s, 8000 evidence"},
		{loader.Progress{Articles: 10, Failed: 2, Elapsed: time.Second}, "10 articles, 10 articles/s, 0 evidence, 2 failed"},
		{loader.Progress{}, "0 articles, 0 articles/s, 0 evidence"},
	} {
		assert.Equal(t, tc.want, progressLine(tc.p))
	}
}

// More failures than --max-failures: the first are listed, the rest
// counted.
func TestLoadMaxFailures(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(strings.Repeat("{broken\n", 5)), 0o644))
	code, _, errs := run(t, "load", "--db", filepath.Join(dir, "db"), "--max-failures", "2", in)
	assert.Equal(t, exitFailed, code)
	assert.Equal(t, 2, strings.Count(errs, "bad.jsonl:"), errs)
	assert.Contains(t, errs, "... and 3 more failures not listed (--max-failures 2)")
}
