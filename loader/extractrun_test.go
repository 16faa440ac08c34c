package loader_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// An Extraction emits in input order whatever the number of workers, and
// its claims ingest into the graph a Loader builds.
func TestExtractionOrderAndGraph(t *testing.T) {
	ctx := context.Background()
	dir := writeCorpus(t, 200, 70, 5)
	ex := extract.New(lexicon.Default())
	var ids [][]string
	for _, workers := range []int{1, 4} {
		x := &loader.Extraction{Extractor: ex, Workers: workers}
		var got []string
		var progress int
		x.Progress = func(p loader.Progress) { progress = p.Articles }
		st := graphtest.NewStore(t)
		sum, err := x.Run(ctx, []string{dir}, func(e loader.Extracted) error {
			if e.Err != nil {
				// returned, not required: emit runs on Run's goroutine,
				// where FailNow would leave Run waiting forever
				return e.Err
			}
			got = append(got, e.Claims.Article.ID)
			_, err := st.Ingest(ctx, e.Claims)
			return err
		})
		require.NoError(t, err)
		assert.Equal(t, 200, sum.Articles)
		assert.Equal(t, 200, progress)
		ids = append(ids, got)

		ref := graphtest.NewStore(t)
		_, err = (&loader.Loader{Store: ref, Extractor: ex}).Load(ctx, dir)
		require.NoError(t, err)
		assert.Equal(t, string(exportJSON(t, ref)), string(exportJSON(t, st)), "workers %d", workers)
	}
	assert.Equal(t, ids[0], ids[1], "the same order with 1 and 4 workers")
}

func TestExtractionStopsOnEmitError(t *testing.T) {
	dir := writeCorpus(t, 50, 50, 6)
	boom := errors.New("disk full")
	n := 0
	x := &loader.Extraction{Extractor: extract.New(lexicon.Default()), Workers: 3}
	_, err := x.Run(context.Background(), []string{dir}, func(loader.Extracted) error {
		n++
		if n == 5 {
			return boom
		}
		return nil
	})
	assert.ErrorIs(t, err, boom)
	assert.Equal(t, 5, n, "nothing is emitted after the error")

	// Without an extractor, articles fail one by one; the run goes on.
	sum, err := (&loader.Extraction{}).Run(context.Background(), []string{dir}, func(e loader.Extracted) error {
		assert.ErrorIs(t, e.Err, loader.ErrNoExtractor)
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, 50, sum.Failed)
}

// A replica rebuilt keeps its stream positions.
func TestRebuildKeepsCursors(t *testing.T) {
	ctx := context.Background()
	from, to := graphtest.NewStore(t), graphtest.NewStore(t)
	c := graphtest.Article("a1", "2024-01", "o", []string{"mali:state", "turkey:state"}, "turkey supplies mali")
	_, err := from.ApplyLog(ctx, "actorgraph-claims", []graph.LogEntry{{Seq: 7, After: 0, Claims: c}})
	require.NoError(t, err)
	_, err = loader.Rebuild(ctx, from, to, nil)
	require.NoError(t, err)
	want, err := from.Cursors(ctx)
	require.NoError(t, err)
	got, err := to.Cursors(ctx)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	assert.Equal(t, string(exportJSON(t, from)), string(exportJSON(t, to)))
}
