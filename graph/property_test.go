package graph_test

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// smallStore is an in-memory store with a small memtable: the property
// test opens forty of them.
func smallStore(t *testing.T) *graph.Store {
	s, err := graph.Open("", &graph.Options{InMemory: true, Badger: func(o badger.Options) badger.Options {
		return o.WithMemTableSize(8 << 20) // still above the 1 MiB value threshold
	}})
	require.NoError(t, err)
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// propSlot is one article of the property test and what the store should
// know of it.
type propSlot struct {
	i        int
	withText bool
	state    int // slotAbsent, slotLive, slotRetracted
	version  int // content version: a new one is an update
	fp       int // extraction fingerprint: a new one is a re-extraction
	last     []byte
}

const (
	slotAbsent = iota
	slotLive
	slotRetracted
)

type propModel struct {
	seed  int64
	gen   *corpusGen
	slots []*propSlot
}

func (m *propModel) id(sl *propSlot) string { return fmt.Sprintf("prop-%02d", sl.i) }

// claims returns the JSON of the claims of a slot at a version and
// fingerprint: the text and the article's identity, date and outlet depend
// on the version only, the extracted relations on both.
func (m *propModel) claims(t testing.TB, sl *propSlot, version, fp int) []byte {
	rv := rand.New(rand.NewSource(m.seed*7919 + int64(sl.i)*131 + int64(version)))
	a := graph.Article{ID: m.id(sl), Date: randDate(rv), Outlet: m.gen.outlets[rv.Intn(len(m.gen.outlets))],
		Fingerprint: fmt.Sprintf("fp-%d", fp), Title: fmt.Sprintf("v%d", version)}
	var sents []string
	if sl.withText {
		sents = m.gen.sentences(rv, 2+rv.Intn(4))
	}
	seed := m.seed*7919 + int64(sl.i)*131 + int64(version)
	if sl.withText {
		seed = seed*31 + int64(fp) // same text, another extraction
	}
	rc := rand.New(rand.NewSource(seed))
	c := m.gen.claims(rc, a, sents, 1+rc.Intn(5))
	b, err := json.Marshal(c)
	require.NoError(t, err)
	return b
}

func decodeClaims(t testing.TB, b []byte) *graph.Claims {
	var c graph.Claims
	require.NoError(t, json.Unmarshal(b, &c))
	return &c
}

// propOp is one step: the write to make and what it must report.
type propOp struct {
	op      graph.BatchOp
	status  graph.Status // for an ingest
	missing bool         // a retract of an unknown article
	desc    string
}

// next picks a random step on a random slot and updates the model as the
// store must.
func (m *propModel) next(t testing.TB, r *rand.Rand) propOp {
	sl := m.slots[r.Intn(len(m.slots))]
	id := m.id(sl)
	ingest := func(b []byte, st graph.Status, desc string) propOp {
		return propOp{op: graph.BatchOp{Claims: decodeClaims(t, b)}, status: st, desc: desc + " " + id}
	}
	switch sl.state {
	case slotAbsent:
		if r.Intn(6) == 0 {
			return propOp{op: graph.BatchOp{Retract: id}, missing: true, desc: "retract unknown " + id}
		}
		sl.last = m.claims(t, sl, sl.version, sl.fp)
		sl.state = slotLive
		return ingest(sl.last, graph.StatusNew, "new")
	case slotLive:
		switch r.Intn(5) {
		case 0, 1:
			sl.version++
			sl.last = m.claims(t, sl, sl.version, sl.fp)
			return ingest(sl.last, graph.StatusUpdated, "update")
		case 2:
			sl.fp++
			sl.last = m.claims(t, sl, sl.version, sl.fp)
			return ingest(sl.last, graph.StatusReextracted, "re-extract")
		case 3:
			return ingest(sl.last, graph.StatusUnchanged, "unchanged")
		default:
			sl.state = slotRetracted
			return propOp{op: graph.BatchOp{Retract: id}, desc: "retract " + id}
		}
	default:
		if r.Intn(3) == 0 {
			return propOp{op: graph.BatchOp{Retract: id}, desc: "retract again " + id}
		}
		// Any version of a retracted article stays out; the store keeps
		// the newest, to bring back on unretract.
		sl.version += r.Intn(2)
		sl.fp += r.Intn(2)
		sl.last = m.claims(t, sl, sl.version, sl.fp)
		return ingest(sl.last, graph.StatusRetracted, "re-ingest retracted")
	}
}

func checkResult(t testing.TB, op propOp, res graph.IngestResult, err error) {
	t.Helper()
	switch {
	case op.missing:
		require.ErrorIs(t, err, graph.ErrNotFound, op.desc)
	case op.op.Claims == nil:
		require.NoError(t, err, op.desc)
	default:
		require.NoError(t, err, op.desc)
		require.Equal(t, op.status, res.Status, op.desc)
	}
}

// TestIncrementalEqualsRecomputed drives random sequences of ingest, update,
// re-extraction, unchanged re-ingest, retraction and re-ingest of retracted
// articles, some one per transaction and some grouped in one transaction,
// checks the store after every step, and at the end compares it with a
// fresh store loaded with only the final versions: incremental maintenance
// equals recomputation, and removal is the exact inverse of addition.
func TestIncrementalEqualsRecomputed(t *testing.T) {
	seeds, steps := 20, 200
	if testing.Short() {
		seeds, steps = 4, 100
	}
	for seed := int64(1); seed <= int64(seeds); seed++ {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			t.Parallel()
			m := &propModel{seed: seed, gen: newCorpusGen(seed, 10, 3)}
			for i := range 12 {
				m.slots = append(m.slots, &propSlot{i: i, withText: i%2 == 0})
			}
			r := rand.New(rand.NewSource(seed))
			s := smallStore(t)
			for step := 0; step < steps; {
				if r.Intn(4) == 0 {
					// Several writes in one transaction, in a known order.
					n := 2 + r.Intn(5)
					ops := make([]propOp, n)
					batch := make([]graph.BatchOp, n)
					for i := range ops {
						ops[i] = m.next(t, r)
						batch[i] = ops[i].op
					}
					for i, res := range graph.RunBatch(s, batch) {
						checkResult(t, ops[i], res.Result, res.Err)
					}
					step += n
				} else {
					op := m.next(t, r)
					var res graph.IngestResult
					var err error
					if op.op.Claims != nil {
						res, err = s.Ingest(bg, op.op.Claims)
					} else {
						err = s.Retract(bg, op.op.Retract)
					}
					checkResult(t, op, res, err)
					step++
				}
				if step%3 == 0 || step >= steps {
					graphtest.RequireConsistent(t, s)
				}
			}

			// A fresh store with only the final versions: live articles
			// loaded once, retracted ones loaded and retracted.
			want := smallStore(t)
			for _, sl := range m.slots {
				if sl.state == slotAbsent {
					continue
				}
				graphtest.Ingest(t, want, decodeClaims(t, sl.last))
				if sl.state == slotRetracted {
					require.NoError(t, want.Retract(bg, m.id(sl)))
				}
			}
			graphtest.RequireConsistent(t, want)
			assert.Equal(t, string(canonicalDump(t, want)), string(canonicalDump(t, s)))
			assert.Equal(t, string(rawDump(t, want)), string(rawDump(t, s)))
		})
	}
}

// TestRunBatchIsOneTransaction checks the test helper itself: the writes
// it queues are committed in one transaction.
func TestRunBatchIsOneTransaction(t *testing.T) {
	s := graphtest.NewStore(t)
	var batches int
	graph.SetBatchHook(s, func([]graph.KV) { batches++ })
	g := newCorpusGen(1, 10, 2)
	var ops []graph.BatchOp
	for i := range 5 {
		ops = append(ops, graph.BatchOp{Claims: g.article(1, i, 3)})
	}
	ops = append(ops, graph.BatchOp{Retract: "art-0001"})
	for i, res := range graph.RunBatch(s, ops) {
		require.NoError(t, res.Err, i)
	}
	assert.Equal(t, 2, batches, "one batch of articles, then the retraction (a decision commits on its own); the no-op that holds the writer commits nothing")
	graphtest.RequireConsistent(t, s)
}
