package graph_test

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

func claimsEntry(seq, after uint64, c *graph.Claims) graph.LogEntry {
	return graph.LogEntry{Seq: seq, After: after, Claims: c}
}

func decisionEntry(seq, after uint64, d graph.Decision) graph.LogEntry {
	d.Time = time.Date(2026, 11, 26, 7, 0, 0, 0, time.UTC)
	return graph.LogEntry{Seq: seq, After: after, Decision: &d}
}

func logArticles() []*graph.Claims {
	return []*graph.Claims{
		graphtest.Article("a1", "2024-01", "o1", []string{"mali:state", "wagner-group:armed_group"}, "wagner-group trains mali"),
		graphtest.Article("a2", "2024-02", "o2", []string{"mali:state", "turkey:state", "africa-corps:armed_group"}, "turkey supplies mali", "africa-corps trains mali"),
		graphtest.Article("a3", "2024-03", "o1", []string{"mali:state", "russia:state"}, "russia allied mali"),
	}
}

func TestApplyLogCursor(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := graph.Open(dir, nil)
	require.NoError(t, err)
	arts := logArticles()
	bad := &graph.Claims{Article: graph.Article{ID: "bad"}, Actors: []graph.ClaimActor{{Name: "X", Kind: "planet"}}}

	steps := []struct {
		name    string
		log     string
		entries []graph.LogEntry
		want    []graph.Outcome
		err     error
		cursor  graph.Cursor
	}{
		{"first entries, with a gap in the sequence", "claims",
			[]graph.LogEntry{claimsEntry(1, 0, arts[0]), claimsEntry(3, 1, arts[1])},
			[]graph.Outcome{graph.OutcomeApplied, graph.OutcomeApplied}, nil,
			graph.Cursor{Seq: 3, Applied: 2}},
		{"a duplicate and a refused entry advance the cursor", "claims",
			[]graph.LogEntry{claimsEntry(4, 3, logArticles()[0]), claimsEntry(5, 4, bad), {Seq: 6, After: 5, Unreadable: errors.New("not JSON")}},
			[]graph.Outcome{graph.OutcomeDuplicate, graph.OutcomeRefused, graph.OutcomeRefused}, nil,
			graph.Cursor{Seq: 6, Applied: 2, Duplicates: 1, Refused: 2}},
		{"an entry that does not follow the cursor is not applied", "claims",
			[]graph.LogEntry{claimsEntry(8, 7, arts[2])},
			nil, graph.ErrCursor,
			graph.Cursor{Seq: 6, Applied: 2, Duplicates: 1, Refused: 2}},
		{"an entry already applied is not applied again", "claims",
			[]graph.LogEntry{claimsEntry(6, 5, arts[2])},
			nil, graph.ErrCursor,
			graph.Cursor{Seq: 6, Applied: 2, Duplicates: 1, Refused: 2}},
		{"decisions: one about actors not loaded yet waits, a refused one and a no-op are passed over", "decisions",
			[]graph.LogEntry{
				decisionEntry(1, 0, graph.Decision{Op: graph.OpMerge, Actor: "africa-corps", Other: "wagner-group"}),
				decisionEntry(2, 1, graph.Decision{Op: graph.OpMerge, Actor: "russia", Other: "russia"}),
				decisionEntry(3, 2, graph.Decision{Op: graph.OpRename, Actor: "not-loaded-yet", Name: "Later"}),
				decisionEntry(4, 3, graph.Decision{Op: graph.OpRetract, Article: "a2"}),
				decisionEntry(5, 4, graph.Decision{Op: graph.OpRetract, Article: "a2"}),
			},
			[]graph.Outcome{graph.OutcomeApplied, graph.OutcomeRefused, graph.OutcomeApplied, graph.OutcomeApplied, graph.OutcomeDuplicate}, nil,
			graph.Cursor{Seq: 5, Applied: 3, Duplicates: 1, Refused: 1}},
		{"the claims log goes on after the decisions", "claims",
			[]graph.LogEntry{claimsEntry(7, 6, arts[2])},
			[]graph.Outcome{graph.OutcomeApplied}, nil,
			graph.Cursor{Seq: 7, Applied: 3, Duplicates: 1, Refused: 2}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			res, err := s.ApplyLog(ctx, st.log, st.entries)
			if st.err != nil {
				require.ErrorIs(t, err, st.err)
			} else {
				require.NoError(t, err)
			}
			var got []graph.Outcome
			for _, r := range res {
				got = append(got, r.Outcome)
			}
			assert.Equal(t, st.want, got)
			c, err := s.Cursor(ctx, st.log)
			require.NoError(t, err)
			assert.Equal(t, st.cursor, c)
		})
	}
	graphtest.RequireConsistent(t, s)
	a, err := s.Actor(ctx, "africa-corps")
	require.NoError(t, err)
	assert.Equal(t, "wagner-group", a.ID, "the merge decided before africa-corps came applies")
	require.NoError(t, s.Close())

	// The cursors survive a restart.
	s, err = graph.Open(dir, nil)
	require.NoError(t, err)
	defer s.Close()
	c, err := s.Cursor(ctx, "claims")
	require.NoError(t, err)
	assert.Equal(t, graph.Cursor{Seq: 7, Applied: 3, Duplicates: 1, Refused: 2}, c)
	_, err = s.ApplyLog(ctx, "Not A Slug", nil)
	assert.ErrorIs(t, err, graph.ErrInvalidID)
}

// Two replicas that interleave the claims log and the decisions log
// differently reach the same graph.
func TestApplyLogInterleavings(t *testing.T) {
	ctx := context.Background()
	decisions := []graph.LogEntry{
		decisionEntry(1, 0, graph.Decision{Op: graph.OpMerge, Actor: "africa-corps", Other: "wagner-group"}),
		decisionEntry(2, 1, graph.Decision{Op: graph.OpRename, Actor: "mali", Name: "République du Mali"}),
	}
	claims := func() []graph.LogEntry {
		var es []graph.LogEntry
		for i, c := range logArticles() {
			es = append(es, claimsEntry(uint64(i+1), uint64(i), c))
		}
		return es
	}
	exportOf := func(order func(s *graph.Store)) string {
		s := graphtest.NewStore(t)
		order(s)
		graphtest.RequireConsistent(t, s)
		var b bytes.Buffer
		require.NoError(t, s.View(ctx, func(tx *graph.Tx) error {
			return export.JSON(ctx, &b, tx, export.Filter{}, export.JSONOptions{})
		}))
		return b.String()
	}
	apply := func(s *graph.Store, log string, es []graph.LogEntry) {
		_, err := s.ApplyLog(ctx, log, es)
		require.NoError(t, err)
	}
	claimsFirst := exportOf(func(s *graph.Store) { apply(s, "claims", claims()); apply(s, "decisions", decisions) })
	decisionsFirst := exportOf(func(s *graph.Store) { apply(s, "decisions", decisions); apply(s, "claims", claims()) })
	mixed := exportOf(func(s *graph.Store) {
		cs := claims()
		apply(s, "claims", cs[:1])
		apply(s, "decisions", decisions[:1])
		apply(s, "claims", cs[1:])
		apply(s, "decisions", decisions[1:])
	})
	assert.Equal(t, claimsFirst, decisionsFirst)
	assert.Equal(t, claimsFirst, mixed)
	assert.Contains(t, claimsFirst, "République du Mali")
}

func TestApplyLogRejectsMalformedEntries(t *testing.T) {
	s := graphtest.NewStore(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		e    graph.LogEntry
	}{
		{"neither claims nor decision", graph.LogEntry{Seq: 1}},
		{"both", graph.LogEntry{Seq: 1, Claims: logArticles()[0], Decision: &graph.Decision{Op: graph.OpRetract, Article: "a1"}}},
		{"sequence not growing", graph.LogEntry{Seq: 1, After: 1, Claims: logArticles()[0]}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.ApplyLog(ctx, "claims", []graph.LogEntry{tc.e})
			require.Error(t, err)
			assert.False(t, errors.Is(err, graph.ErrCursor))
			c, err := s.Cursor(ctx, "claims")
			require.NoError(t, err)
			assert.Zero(t, c)
		})
	}
}

func TestCursorsAndSetCursor(t *testing.T) {
	ctx := context.Background()
	a, b := graphtest.NewStore(t), graphtest.NewStore(t)
	_, err := a.ApplyLog(ctx, "claims", []graph.LogEntry{claimsEntry(2, 0, logArticles()[0])})
	require.NoError(t, err)
	_, err = a.ApplyLog(ctx, "decisions", []graph.LogEntry{decisionEntry(1, 0, graph.Decision{Op: graph.OpRetract, Article: "a1"})})
	require.NoError(t, err)
	cs, err := a.Cursors(ctx)
	require.NoError(t, err)
	assert.Equal(t, map[string]graph.Cursor{"claims": {Seq: 2, Applied: 1}, "decisions": {Seq: 1, Applied: 1}}, cs)
	for name, c := range cs {
		require.NoError(t, b.SetCursor(ctx, name, c))
	}
	got, err := b.Cursors(ctx)
	require.NoError(t, err)
	assert.Equal(t, cs, got)
	// b goes on from the copied position.
	_, err = b.ApplyLog(ctx, "claims", []graph.LogEntry{claimsEntry(3, 2, logArticles()[1])})
	require.NoError(t, err)
	assert.ErrorIs(t, b.SetCursor(ctx, "Bad Name", graph.Cursor{}), graph.ErrInvalidID)
}
