package graph_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

// TestStagedMatchesWriter checks that what the callers of Ingest resolve
// and encode for a store without decisions is what the writer computes
// from an empty decision log, on the claims of the generated corpora
// (ids given and minted, aliases, surface forms, dictionary sources).
func TestStagedMatchesWriter(t *testing.T) {
	arts := curationCorpus(3, 40)
	arts = append(arts, newCorpusGen(5, 60, 4).corpus(5, 200, 4)...)
	for _, c := range arts {
		ok, err := graph.StagedMatches(cloneClaims(t, c))
		require.NoError(t, err)
		require.True(t, ok, "article %s", c.Article.ID)
	}
}

// TestStagedBeforeDecision resolves an article's claims in its caller
// while the store has no decision, then merges one of its actors before
// the writer gets it: the writer must resolve the claims again, and the
// store must equal one that ingested the article after the merge.
func TestStagedBeforeDecision(t *testing.T) {
	arts := curationCorpus(11, 8)
	last := arts[len(arts)-1]
	seen := map[string]bool{} // the actors of the articles before it
	for _, c := range arts[:len(arts)-1] {
		for _, a := range c.Actors {
			id, err := c.ActorID(a.Name)
			require.NoError(t, err)
			seen[id] = true
		}
	}
	var from, into string
	for _, a := range last.Actors {
		if id, _ := last.ActorID(a.Name); seen[id] {
			from = id
			break
		}
	}
	for id := range seen {
		if id != from && (into == "" || id < into) {
			into = id
		}
	}
	require.NotEmpty(t, from, "the last article shares no actor with the others")
	var dumps [2]string
	for i, staged := range []bool{true, false} {
		s, err := graph.Open("", &graph.Options{InMemory: true})
		require.NoError(t, err)
		defer s.Close()
		for _, c := range arts[:len(arts)-1] {
			_, err := s.Ingest(bg, cloneClaims(t, c))
			require.NoError(t, err)
		}
		merge := func() {
			_, err := s.Merge(bg, from, into, graph.Meta{})
			require.NoError(t, err)
		}
		if staged {
			_, err = graph.IngestStagedBefore(bg, s, cloneClaims(t, last), merge)
		} else {
			merge()
			_, err = s.Ingest(bg, cloneClaims(t, last))
		}
		require.NoError(t, err)
		dumps[i] = string(rawDump(t, s))
	}
	require.Equal(t, dumps[1], dumps[0], "the article resolved before the merge was stored as resolved then")
}

// TestWriteCounts: the store counts its group commits and the articles
// they held; a group of unchanged articles writes nothing and is not a
// commit; one caller at a time gives groups of one.
func TestWriteCounts(t *testing.T) {
	s, err := graph.Open(t.TempDir(), nil)
	require.NoError(t, err)
	defer s.Close()
	corpus := newCorpusGen(7, 40, 4).corpus(7, 300, 4)
	ingestAll(t, s, corpus, 64)
	w := s.WriteCounts()
	assert.Equal(t, int64(len(corpus)), w.Articles)
	assert.Positive(t, w.Commits)
	assert.LessOrEqual(t, w.Commits, w.Articles)
	assert.InDelta(t, float64(w.Articles)/float64(w.Commits), w.PerCommit(), 1e-9)

	ingestAll(t, s, corpus, 64) // unchanged: nothing to commit
	assert.Equal(t, w, s.WriteCounts())

	one := newCorpusGen(8, 40, 4).corpus(8, 5, 4)
	for _, c := range one {
		_, err := s.Ingest(bg, c)
		require.NoError(t, err)
	}
	after := s.WriteCounts()
	assert.Equal(t, w.Commits+5, after.Commits)
	assert.Equal(t, w.Articles+5, after.Articles)
	assert.Zero(t, graph.WriteCounts{}.PerCommit())
}

// TestBatchWait: with Options.BatchWait the writer waits for a group of
// MinBatchArticles before it commits; an article alone still commits when
// the wait ends; closing the store ends a wait and loses nothing answered.
func TestBatchWait(t *testing.T) {
	corpus := newCorpusGen(9, 40, 4).corpus(9, 8, 4)

	s, err := graph.Open(t.TempDir(), &graph.Options{BatchWait: time.Minute, MinBatchArticles: len(corpus)})
	require.NoError(t, err)
	ingestAll(t, s, corpus, len(corpus))
	assert.Equal(t, graph.WriteCounts{Commits: 1, Articles: int64(len(corpus))}, s.WriteCounts(),
		"the writer waits for the whole group")
	require.NoError(t, s.Close())

	s, err = graph.Open(t.TempDir(), &graph.Options{BatchWait: 10 * time.Millisecond, MinBatchArticles: 100})
	require.NoError(t, err)
	_, err = s.Ingest(bg, cloneClaims(t, corpus[0]))
	require.NoError(t, err)
	assert.Equal(t, graph.WriteCounts{Commits: 1, Articles: 1}, s.WriteCounts(), "alone, it commits when the wait ends")
	require.NoError(t, s.Close())

	dir := t.TempDir()
	s, err = graph.Open(dir, &graph.Options{BatchWait: time.Hour, MinBatchArticles: 100})
	require.NoError(t, err)
	done := make(chan error, 1)
	go func() { _, err := s.Ingest(bg, cloneClaims(t, corpus[1])); done <- err }()
	time.Sleep(20 * time.Millisecond) // most likely queued by now; either way below holds
	require.NoError(t, s.Close(), "Close ends the wait")
	ierr := <-done
	s, err = graph.Open(dir, nil)
	require.NoError(t, err)
	defer s.Close()
	st, err := s.Stats(bg)
	require.NoError(t, err)
	if ierr == nil {
		assert.Equal(t, 1, st.Articles, "an answered article is stored")
	} else {
		assert.ErrorIs(t, ierr, graph.ErrClosed)
		assert.Zero(t, st.Articles)
	}
}
