package graph_test

import (
	"bytes"
	"fmt"
	"math/rand"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// TestSkippedReadsChangeNothing loads articles interleaved with curation
// decisions into stores that skip reads of keys their writer never wrote
// (a store opened empty) and into stores that read every key (DB turned
// the skipping off): the databases must be the same, key for key.
func TestSkippedReadsChangeNothing(t *testing.T) {
	tests := []struct {
		name     string
		inMemory bool
	}{
		{"in memory", true},
		{"on disk", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := curationCorpus(7, 12)
			ds := curationDecisions(7, 24, arts)
			events := interleave(rand.New(rand.NewSource(7)), ds, curationLoads(rand.New(rand.NewSource(7)), arts))
			var dumps [2]string
			for i, skip := range []bool{true, false} {
				s, err := graph.Open(t.TempDir(), &graph.Options{InMemory: tt.inMemory})
				require.NoError(t, err)
				defer s.Close()
				if !skip {
					_ = s.DB() // turns the skipping off
				}
				for j, e := range events {
					if e.decision != nil {
						_, _ = s.Decide(bg, *e.decision, &graph.DecideOptions{Pending: true})
						continue
					}
					_, err := s.Ingest(bg, cloneClaims(t, e.claims))
					require.NoError(t, err, "step %d", j)
				}
				// Load every article again, changed: each read of its
				// records must find them.
				for _, c := range arts {
					c := cloneClaims(t, c)
					c.Article.Fingerprint = "fp-2"
					_, err := s.Ingest(bg, c)
					require.NoError(t, err)
				}
				graphtest.RequireConsistent(t, s)
				dumps[i] = string(rawDump(t, s))
			}
			require.Equal(t, dumps[1], dumps[0], "skipping reads changed the database")
		})
	}
}

// TestSkippedReadsAfterRestore restores a backup into a store that opened
// empty: its writer did not write what the restore brought, so it must
// read it (an article loaded again after the restore is unchanged).
func TestSkippedReadsAfterRestore(t *testing.T) {
	src := graphtest.NewStore(t)
	arts := curationCorpus(3, 6)
	for _, c := range arts {
		_, err := src.Ingest(bg, cloneClaims(t, c))
		require.NoError(t, err)
	}
	var buf bytes.Buffer
	_, err := src.Backup(bg, &buf)
	require.NoError(t, err)

	dst, err := graph.Open(t.TempDir(), nil)
	require.NoError(t, err)
	defer dst.Close()
	_, err = dst.Restore(bg, &buf, graph.RestoreOptions{})
	require.NoError(t, err)
	for i, c := range arts {
		res, err := dst.Ingest(bg, cloneClaims(t, c))
		require.NoError(t, err)
		require.Equal(t, graph.StatusUnchanged, res.Status, fmt.Sprint("article ", i))
	}
	graphtest.RequireConsistent(t, dst)
}
