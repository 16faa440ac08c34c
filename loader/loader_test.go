package loader_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/gen"
)

// writeCorpus writes n generated articles of seed as JSONL shards of shard
// articles in a new folder, and returns it.
func writeCorpus(t testing.TB, n, shard int, seed int64) string {
	t.Helper()
	dir := t.TempDir()
	var f *os.File
	var w *bufio.Writer
	closeShard := func() {
		if f != nil {
			require.NoError(t, w.Flush())
			require.NoError(t, f.Close())
		}
	}
	i := 0
	var buf []byte
	err := gen.Generate(context.Background(), gen.Options{Articles: n, Seed: seed}, func(a *graph.Article) error {
		if i%shard == 0 {
			closeShard()
			var err error
			f, err = os.Create(filepath.Join(dir, gen.JSONLName(seed, i/shard)))
			require.NoError(t, err)
			w = bufio.NewWriter(f)
		}
		i++
		buf = gen.AppendJSONL(buf[:0], a)
		_, err := w.Write(buf)
		return err
	})
	require.NoError(t, err)
	closeShard()
	return dir
}

// exportJSON returns the whole graph as networkx JSON.
func exportJSON(t testing.TB, st *graph.Store) []byte {
	t.Helper()
	ctx := context.Background()
	var b bytes.Buffer
	require.NoError(t, st.View(ctx, func(tx *graph.Tx) error {
		return export.JSON(ctx, &b, tx, export.Filter{}, export.JSONOptions{})
	}))
	return b.Bytes()
}

// TestLoadParallelSameGraph is the order property of the loader: a
// generated corpus loaded sequentially (one worker, one article at a time
// at the store) and in parallel with various bounds gives byte-identical
// JSON exports, whatever order the articles were extracted and committed in.
func TestLoadParallelSameGraph(t *testing.T) {
	corpus := writeCorpus(t, 240, 100, 7)
	x := extract.New(nil)
	var want []byte
	for _, tc := range []struct {
		name string
		l    loader.Loader
	}{
		{"sequential", loader.Loader{Workers: 1, Pending: 1}},
		{"defaults", loader.Loader{}},
		{"many workers, few pending", loader.Loader{Workers: 8, Pending: 3}},
		{"small byte budget", loader.Loader{Workers: 4, Pending: 64, MaxPendingBytes: 10 << 10}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, err := graph.Open(t.TempDir(), nil)
			require.NoError(t, err)
			defer st.Close()
			l := tc.l
			l.Store, l.Extractor = st, x
			sum, err := l.Load(context.Background(), corpus)
			require.NoError(t, err)
			require.True(t, sum.OK(), "%v", sum.Failures)
			assert.Equal(t, 240, sum.New)
			assert.Positive(t, sum.Evidence)
			graphtest.RequireConsistent(t, st)
			got := exportJSON(t, st)
			if want == nil {
				want = got
				return
			}
			assert.True(t, bytes.Equal(want, got), "the export differs from the sequential load's")
		})
	}
}

// blockingExtractor holds every Extract until ctx is done, counting the
// articles it was given.
type blockingExtractor struct{ started atomic.Int64 }

func (b *blockingExtractor) Extract(ctx context.Context, a *graph.Article) (*graph.Claims, error) {
	b.started.Add(1)
	<-ctx.Done()
	return nil, ctx.Err()
}

// endlessJSONL is an endless JSONL stream of articles, counting the lines
// it has handed out.
type endlessJSONL struct {
	lines atomic.Int64
	buf   []byte
}

func (e *endlessJSONL) Read(p []byte) (int, error) {
	if len(e.buf) == 0 {
		n := e.lines.Add(1)
		e.buf = fmt.Appendf(nil, `{"id":"a%d","lang":"en","text":"Russia supplied drones to Mali in %d. %s"}`+"\n", n, 2000+n%20, bytes.Repeat([]byte("Filler words here. "), 50))
	}
	k := copy(p, e.buf)
	e.buf = e.buf[k:]
	return k, nil
}

// TestLoadBounded reads an endless stream while extraction is stuck: the
// reader must stop a bounded number of articles ahead (the queues are
// bounded), and cancelling the context ends the load.
func TestLoadBounded(t *testing.T) {
	for _, tc := range []struct {
		name    string
		workers int
		budget  int64
		most    int64 // lines read at most: the queues, plus what one read buffer holds
	}{
		{"queues", 2, 0, 2*2 + 2 + 1 + 80},
		{"byte budget", 4, 4 << 10, 4 + 1 + 80},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := graphtest.NewStore(t)
			x := &blockingExtractor{}
			in := &endlessJSONL{}
			l := &loader.Loader{Store: st, Extractor: x, Workers: tc.workers, MaxPendingBytes: tc.budget,
				Read: loader.ReadOptions{Stdin: in, Format: "jsonl"}}
			ctx, cancel := context.WithCancel(context.Background())
			var wg sync.WaitGroup
			wg.Add(1)
			var err error
			go func() {
				defer wg.Done()
				_, err = l.Load(ctx, "-")
			}()
			require.Eventually(t, func() bool { return x.started.Load() > 0 }, 10*time.Second, time.Millisecond)
			// Give the reader every chance to run ahead.
			time.Sleep(100 * time.Millisecond)
			read := in.lines.Load()
			cancel()
			wg.Wait()
			assert.ErrorIs(t, err, context.Canceled)
			assert.LessOrEqual(t, read, tc.most, "lines read while extraction was stuck")
			assert.LessOrEqual(t, x.started.Load(), int64(tc.workers))
		})
	}
}

// TestLoadFailuresBounded: a load with more failures than MaxFailures
// counts them all and keeps the first, in path and line order.
func TestLoadFailuresBounded(t *testing.T) {
	dir := t.TempDir()
	var b bytes.Buffer
	for i := range 30 {
		if i%3 == 0 {
			fmt.Fprintf(&b, `{"id":"ok%d","lang":"en","text":"Russia supplied drones to Mali."}`+"\n", i)
		} else {
			b.WriteString("{broken\n")
		}
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.jsonl"), b.Bytes(), 0o644))
	for _, tc := range []struct {
		name  string
		max   int
		lines []int
	}{
		{"first five", 5, []int{2, 3, 5, 6, 8}},
		{"all", -1, []int{2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 23, 24, 26, 27, 29, 30}},
		{"default keeps all of these", 0, []int{2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 23, 24, 26, 27, 29, 30}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := graphtest.NewStore(t)
			l := &loader.Loader{Store: st, Extractor: extract.New(nil), Workers: 3, MaxFailures: tc.max}
			sum, err := l.Load(context.Background(), dir)
			require.NoError(t, err)
			assert.Equal(t, 20, sum.Failed)
			assert.Equal(t, 10, sum.New)
			var lines []int
			for _, f := range sum.Failures {
				lines = append(lines, f.Line)
			}
			assert.Equal(t, tc.lines, lines)
		})
	}
}

// TestLoadProgress: progress is reported after every article, with the
// input read growing to the size of the input.
func TestLoadProgress(t *testing.T) {
	corpus := writeCorpus(t, 30, 10, 3)
	var size int64
	entries, err := os.ReadDir(corpus)
	require.NoError(t, err)
	for _, e := range entries {
		info, err := e.Info()
		require.NoError(t, err)
		size += info.Size()
	}
	st := graphtest.NewStore(t)
	var calls int
	var last loader.Progress
	l := &loader.Loader{Store: st, Extractor: extract.New(nil), Progress: func(p loader.Progress) {
		calls++
		assert.GreaterOrEqual(t, p.Articles, last.Articles)
		assert.GreaterOrEqual(t, p.InputBytes, last.InputBytes)
		last = p
	}}
	sum, err := l.Load(context.Background(), corpus)
	require.NoError(t, err)
	assert.Equal(t, 30, calls)
	assert.Equal(t, 30, last.Articles)
	assert.Equal(t, size, last.InputBytes)
	assert.Equal(t, sum.Bytes, last.Bytes)
	assert.Equal(t, sum.Evidence, last.Evidence)
	assert.Positive(t, last.Elapsed)
}

var _ io.Reader = (*endlessJSONL)(nil)
