package graph_test

import (
	"context"
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

// The size of the benchmark corpora. The defaults keep a run short; for
// a graph of about 138k relations and 1.04M evidence records (40,000 articles
// give 86k relations and 197k evidence records) run
//
//	go test ./graph -run XXX -bench 'Ingest|RawBadger' -benchtime 1x -timeout 2h \
//	    -bench.articles 210000 -bench.actors 200 -bench.rels 4
var (
	benchArticles = flag.Int("bench.articles", 2000, "articles in the ingest benchmark corpus")
	benchActors   = flag.Int("bench.actors", 400, "actors in the ingest benchmark corpus")
	benchRels     = flag.Int("bench.rels", 6, "relations per article (at most) in the ingest benchmark corpus")
	// 512 goroutines ingesting at once, as `actorgraph load` has
	// (loader.DefaultPending): the writer's groups are then as large as in
	// a load (up to Options.MaxBatchArticles, 256). Fewer callers make
	// smaller groups, whose hub records are written more often: the
	// store/raw ratio grows (BENCHMARKS.md).
	benchWriters  = flag.Int("bench.writers", 512, "goroutines ingesting at once (group commit); 512 as in a load")
	benchHub      = flag.Int("bench.hub", 5000, "relations of the hub actor in BenchmarkNeighborsHub")
	benchPath     = flag.Int("bench.pathactors", 5000, "actors in the BenchmarkShortestPath graph")
	benchRounds   = flag.Int("bench.rounds", 1, "rounds of store load and raw replay in BenchmarkRawBadgerWrites (the ratio is their median)")
	benchLargeDir = flag.String("bench.largedir", "", "keep BenchmarkLargeGraph's database in this directory and reuse it when it is there")
	benchHubs     = flag.Int("bench.hubs", 5, "hubs (the actors with the most relations) BenchmarkLargeGraph reads")
)

// benchCorpus returns the ingest corpus, generated once per flag setting.
var benchCorpus = sync.OnceValue(func() []*graph.Claims {
	const seed = 2024
	return newCorpusGen(seed, *benchActors, 8).corpus(seed, *benchArticles, *benchRels)
})

// benchOptions are the store's options for the benchmarks: on disk, no
// fsync per commit.
func benchOptions() *graph.Options { return &graph.Options{SyncWrites: false} }

// rawOptions are the Badger options graph.Open uses with benchOptions,
// for the baseline.
func rawOptions(dir string) badger.Options {
	return graph.BadgerOptions(dir, benchOptions())
}

// loadBench ingests the corpus into a fresh store in dir and returns how
// long it took and what the store holds.
func loadBench(b *testing.B, dir string, hook func([]graph.KV)) (time.Duration, *graph.Stats) {
	d, _, st := loadBenchCPU(b, dir, hook)
	return d, st
}

// loadBenchCPU is loadBench that also returns the CPU time the process
// spent during the load (every goroutine: callers, writer, Badger).
func loadBenchCPU(b *testing.B, dir string, hook func([]graph.KV)) (time.Duration, time.Duration, *graph.Stats) {
	s, err := graph.Open(dir, benchOptions())
	require.NoError(b, err)
	defer s.Close()
	if hook != nil {
		graph.SetBatchHook(s, hook)
	}
	corpus := benchCorpus()
	cpu0 := cpuTime()
	start := time.Now()
	ingestAll(b, s, corpus, *benchWriters)
	d := time.Since(start)
	cpu := cpuTime() - cpu0
	st, err := s.Stats(bg)
	require.NoError(b, err)
	return d, cpu, st
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkIngest loads a synthetic corpus into a fresh store on disk
// with concurrent writers (so that articles are group-committed).
func BenchmarkIngest(b *testing.B) {
	corpus := benchCorpus()
	var st *graph.Stats
	var total time.Duration
	for range b.N {
		var d time.Duration
		d, st = loadBench(b, b.TempDir(), nil)
		total += d
	}
	b.ReportMetric(float64(len(corpus)*b.N)/total.Seconds(), "articles/s")
	b.ReportMetric(float64(st.Evidence*b.N)/total.Seconds(), "evidence/s")
	b.ReportMetric(float64(st.Relations+st.NegatedOnly), "relations")
	b.ReportMetric(float64(st.Evidence), "evidence")
	b.ReportMetric(float64(total.Nanoseconds())/float64(b.N), "ns/load")
}

// BenchmarkRawBadgerWrites is the baseline of BenchmarkIngest: it writes
// exactly the keys and values the store wrote, batch by batch, one
// db.Update per batch, with the same Badger options, into a fresh
// database. The ratio store/raw is what the store's reads, encoding and
// bookkeeping cost on top of Badger. Each of -bench.rounds rounds loads
// the store (capturing its batches) and then replays them raw, so that a
// burst of load from other processes on a shared machine spoils one round,
// not the figure: store/raw is the median of the rounds' ratios. The
// same for the CPU time the process used (store/raw-cpu), which other
// processes on the machine disturb less than the elapsed time.
func BenchmarkRawBadgerWrites(b *testing.B) {
	var ratios, cpuRatios []float64
	var rawTotal time.Duration
	replays, writes, nbatches := 0, 0, 0
	for range max(*benchRounds, 1) {
		var batches [][]graph.KV
		dir, err := os.MkdirTemp("", "actorgraph-bench-")
		require.NoError(b, err)
		// The pprof labels set the two sides apart in a CPU profile
		// (-test.cpuprofile; go tool pprof -tagfocus phase=store): the
		// goroutines Badger starts at Open inherit them.
		var storeTime, storeCPU time.Duration
		pprof.Do(bg, pprof.Labels("phase", "store"), func(context.Context) {
			storeTime, storeCPU, _ = loadBenchCPU(b, dir, func(kv []graph.KV) { batches = append(batches, kv) })
		})
		require.NoError(b, os.RemoveAll(dir))
		writes, nbatches = 0, len(batches)
		for _, batch := range batches {
			writes += len(batch)
		}
		var total, totalCPU time.Duration
		for range b.N {
			var d, cpu time.Duration
			pprof.Do(bg, pprof.Labels("phase", "raw"), func(context.Context) { d, cpu = replayRaw(b, batches) })
			total += d
			totalCPU += cpu
		}
		raw, rawCPU := total/time.Duration(b.N), totalCPU/time.Duration(b.N)
		rawTotal += total
		replays += b.N
		ratios = append(ratios, float64(storeTime)/float64(raw))
		cpuRatios = append(cpuRatios, float64(storeCPU)/float64(rawCPU))
		b.Logf("round %d: store %s (CPU %s), raw %s (CPU %s), store/raw %.2f (CPU %.2f)", len(ratios),
			storeTime.Round(time.Millisecond), storeCPU.Round(time.Millisecond), raw.Round(time.Millisecond), rawCPU.Round(time.Millisecond),
			ratios[len(ratios)-1], cpuRatios[len(cpuRatios)-1])
	}
	slices.Sort(ratios)
	slices.Sort(cpuRatios)
	b.ReportMetric(cpuRatios[len(cpuRatios)/2], "store/raw-cpu")
	b.ReportMetric(float64(writes*replays)/rawTotal.Seconds(), "writes/s")
	b.ReportMetric(float64(nbatches), "batches")
	b.ReportMetric(float64(len(benchCorpus())*replays)/rawTotal.Seconds(), "articles/s")
	b.ReportMetric(ratios[len(ratios)/2], "store/raw")
	if len(ratios) > 1 {
		b.ReportMetric(ratios[0], "store/raw-min")
		b.ReportMetric(ratios[len(ratios)-1], "store/raw-max")
	}
}

// replayRaw writes the batches into a fresh Badger, one db.Update each,
// and returns how long the writes took and the CPU time they used.
func replayRaw(b *testing.B, batches [][]graph.KV) (time.Duration, time.Duration) {
	dir, err := os.MkdirTemp("", "actorgraph-raw-")
	require.NoError(b, err)
	defer os.RemoveAll(dir)
	db, err := badger.Open(rawOptions(dir))
	require.NoError(b, err)
	cpu0 := cpuTime()
	start := time.Now()
	for _, batch := range batches {
		err := db.Update(func(txn *badger.Txn) error {
			for _, kv := range batch {
				var err error
				if kv.Delete {
					err = txn.Delete(kv.Key)
				} else {
					err = txn.Set(kv.Key, kv.Value)
				}
				if err != nil {
					return err
				}
			}
			return nil
		})
		require.NoError(b, err)
	}
	d := time.Since(start)
	cpu := cpuTime() - cpu0
	require.NoError(b, db.Close())
	return d, cpu
}

// hubStore builds a store with one actor, "hub", joined to n others by
// relations of every type, 20 per article.
func hubStore(b *testing.B, n int) *graph.Store {
	s, err := graph.Open(b.TempDir(), benchOptions())
	require.NoError(b, err)
	b.Cleanup(func() { _ = s.Close() })
	r := rand.New(rand.NewSource(1))
	hub := graph.ClaimActor{ID: "hub", Name: "Hub", Kind: graph.KindState}
	var arts []*graph.Claims
	for start := 0; start < n; start += 20 {
		c := &graph.Claims{Article: graph.Article{ID: fmt.Sprintf("hub-%06d", start), Date: graph.Date{Year: 2019 + r.Intn(6), Month: 1 + r.Intn(12)},
			Outlet: fmt.Sprintf("o%d", r.Intn(5))}, Actors: []graph.ClaimActor{hub}}
		for i := start; i < start+20 && i < n; i++ {
			id := fmt.Sprintf("n-%06d", i)
			c.Actors = append(c.Actors, graph.ClaimActor{ID: id, Name: id, Kind: graph.KindArmedGroup})
			typ := graph.RelTypes[i%len(graph.RelTypes)]
			from, to := "hub", id
			switch typ {
			case graph.Leads:
				c.Actors[len(c.Actors)-1].Kind = graph.KindPerson
				from, to = id, "hub"
			case graph.MemberOf:
				from, to = "hub", id
			case graph.Trains:
				if i%2 == 0 {
					from, to = id, "hub"
				}
			}
			c.Relations = append(c.Relations, graph.ClaimRelation{From: from, Type: typ, To: to, Evidence: []graph.ClaimEvidence{
				{Sentence: fmt.Sprintf("s%d", i), Hedged: r.Intn(4) == 0}, {Sentence: fmt.Sprintf("t%d", i), Negated: r.Intn(8) == 0}}})
		}
		arts = append(arts, c)
	}
	ingestAll(b, s, arts, 16)
	return s
}

// BenchmarkNeighborsHub reads the neighbours of an actor with thousands
// of relations, from the stored aggregates and recounted over a period.
func BenchmarkNeighborsHub(b *testing.B) {
	s := hubStore(b, *benchHub)
	for _, bc := range []struct {
		name string
		f    graph.RelationFilter
	}{
		{"stored", graph.RelationFilter{}},
		{"period", graph.RelationFilter{Since: graph.MustDate("2021"), Until: graph.MustDate("2022-06")}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var n int
			for b.Loop() {
				ns, err := s.Neighbors(bg, "hub", graph.Both, bc.f)
				if err != nil {
					b.Fatal(err)
				}
				n = len(ns)
			}
			b.ReportMetric(float64(n), "neighbors/op")
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "neighbors/s")
		})
	}
}

// BenchmarkShortestPath searches paths in a random sparse graph: a ring
// (so that a path exists) plus random chords.
func BenchmarkShortestPath(b *testing.B) {
	n := *benchPath
	s, err := graph.Open(b.TempDir(), benchOptions())
	require.NoError(b, err)
	b.Cleanup(func() { _ = s.Close() })
	r := rand.New(rand.NewSource(7))
	id := func(i int) string { return fmt.Sprintf("p-%06d", (i+n)%n) }
	var arts []*graph.Claims
	var c *graph.Claims
	for i := range n {
		if i%25 == 0 {
			c = &graph.Claims{Article: graph.Article{ID: fmt.Sprintf("path-%06d", i), Date: graph.Date{Year: 2024}}}
			arts = append(arts, c)
		}
		ends := []int{i, i + 1, r.Intn(n)}
		for _, e := range ends {
			c.Actors = append(c.Actors, graph.ClaimActor{ID: id(e), Name: id(e), Kind: graph.KindOrganisation})
		}
		c.Relations = append(c.Relations,
			graph.ClaimRelation{From: id(i), Type: graph.Allied, To: id(i + 1)},
			graph.ClaimRelation{From: id(i), Type: graph.Trains, To: id(ends[2])})
	}
	for _, a := range arts {
		// One claims line names each actor once.
		seen := map[string]bool{}
		out := a.Actors[:0]
		for _, x := range a.Actors {
			if !seen[x.ID] {
				seen[x.ID] = true
				out = append(out, x)
			}
		}
		a.Actors = out
		rels := a.Relations[:0]
		for _, rel := range a.Relations {
			if rel.From != rel.To {
				rels = append(rels, rel)
			}
		}
		a.Relations = rels
	}
	ingestAll(b, s, arts, 16)
	pairs := make([][2]string, 64)
	for i := range pairs {
		pairs[i] = [2]string{id(r.Intn(n)), id(r.Intn(n))}
	}
	hops := 0
	found := 0
	i := 0
	for b.Loop() {
		p := pairs[i%len(pairs)]
		i++
		path, err := s.ShortestPath(bg, p[0], p[1], graph.PathQuery{MaxHops: 8})
		if err == nil {
			found++
			hops += len(path.Relations)
		}
	}
	b.ReportMetric(float64(found)/float64(b.N), "found/op")
	if found > 0 {
		b.ReportMetric(float64(hops)/float64(found), "hops/path")
	}
}

// BenchmarkLargeGraph loads the ingest corpus (with -bench.articles 210000
// -bench.actors 200 -bench.rels 4: over 1M evidence records and 100k
// relations) once, then measures the reads an analyst makes on it: the
// neighbours of the actors with the most relations (the hubs), their
// 2-hop neighbourhoods, and shortest paths between random actors. Each
// sub-benchmark records the latency of every call and reports its p50, p99
// and maximum. With -bench.largedir the database is kept and reused.
func BenchmarkLargeGraph(b *testing.B) {
	dir := *benchLargeDir
	reuse := false
	if dir == "" {
		var err error
		dir, err = os.MkdirTemp("", "actorgraph-bench-")
		require.NoError(b, err)
		defer os.RemoveAll(dir)
	} else if _, err := os.Stat(dir + "/MANIFEST"); err == nil {
		reuse = true
	}
	var loadTime time.Duration
	if !reuse {
		loadTime, _ = loadBench(b, dir, nil)
	}
	// Opened as actorgraph serve opens it (read-write, Badger's block
	// cache), not as the one-shot commands do (read-only, a small cache).
	s, err := graph.Open(dir, benchOptions())
	require.NoError(b, err)
	defer s.Close()
	st, err := s.Stats(bg)
	require.NoError(b, err)

	degree := map[string]int{}
	require.NoError(b, s.View(bg, func(tx *graph.Tx) error {
		return tx.EachRelation(bg, graph.RelationFilter{}, func(r *graph.Relation) error {
			degree[r.From]++
			degree[r.To]++
			return nil
		})
	}))
	var ids []string
	for id := range degree {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	hubs := slices.Clone(ids)
	sort.SliceStable(hubs, func(i, j int) bool { return degree[hubs[i]] > degree[hubs[j]] })
	hubs = hubs[:min(*benchHubs, len(hubs))]
	var hubDegrees []string
	for _, h := range hubs {
		hubDegrees = append(hubDegrees, fmt.Sprintf("%s (%d)", h, degree[h]))
	}
	b.Logf("graph: %d evidence, %d relations, %d actors, loaded in %s (reused: %v); hubs %s",
		st.Evidence, st.Relations, st.Actors, loadTime.Round(time.Second), reuse, strings.Join(hubDegrees, ", "))

	b.Run("neighbors-hub", func(b *testing.B) {
		var lat latencies
		n, i := 0, 0
		for b.Loop() {
			hub := hubs[i%len(hubs)]
			i++
			start := time.Now()
			ns, err := s.Neighbors(bg, hub, graph.Both, graph.RelationFilter{})
			lat.add(time.Since(start))
			require.NoError(b, err)
			n += len(ns)
		}
		lat.report(b)
		b.ReportMetric(float64(n)/float64(i), "neighbors/op")
	})
	b.Run("neighbors-hub-period", func(b *testing.B) {
		var lat latencies
		n, i := 0, 0
		f := graph.RelationFilter{Since: graph.MustDate("2021"), Until: graph.MustDate("2022-06")}
		for b.Loop() {
			hub := hubs[i%len(hubs)]
			i++
			start := time.Now()
			ns, err := s.Neighbors(bg, hub, graph.Both, f)
			lat.add(time.Since(start))
			require.NoError(b, err)
			n += len(ns)
		}
		lat.report(b)
		b.ReportMetric(float64(n)/float64(i), "neighbors/op")
	})
	b.Run("ego2-hub", func(b *testing.B) {
		var lat latencies
		n, i := 0, 0
		for b.Loop() {
			hub := hubs[i%len(hubs)]
			i++
			start := time.Now()
			require.NoError(b, s.View(bg, func(tx *graph.Tx) error {
				set, err := tx.Ego(bg, hub, 2, graph.RelationFilter{})
				n += len(set)
				return err
			}))
			lat.add(time.Since(start))
		}
		lat.report(b)
		b.ReportMetric(float64(n)/float64(i), "actors/op")
	})
	b.Run("path", func(b *testing.B) {
		var lat latencies
		r := rand.New(rand.NewSource(3))
		found, hops, i := 0, 0, 0
		for b.Loop() {
			from, to := ids[r.Intn(len(ids))], ids[r.Intn(len(ids))]
			i++
			start := time.Now()
			p, err := s.ShortestPath(bg, from, to, graph.PathQuery{MaxHops: 4})
			lat.add(time.Since(start))
			if err == nil {
				found++
				hops += len(p.Relations)
			}
		}
		lat.report(b)
		b.ReportMetric(float64(found)/float64(i), "found/op")
		if found > 0 {
			b.ReportMetric(float64(hops)/float64(found), "hops/path")
		}
	})
}

// latencies records the duration of each call of a benchmark.
type latencies []time.Duration

func (l *latencies) add(d time.Duration) { *l = append(*l, d) }

// report reports the median, the 99th percentile and the maximum, in ms.
func (l latencies) report(b *testing.B) {
	if len(l) == 0 {
		return
	}
	s := slices.Clone(l)
	slices.Sort(s)
	q := func(p float64) float64 {
		i := int(math.Ceil(p*float64(len(s)))) - 1
		return float64(s[max(i, 0)]) / float64(time.Millisecond)
	}
	b.ReportMetric(q(0.50), "p50-ms")
	b.ReportMetric(q(0.99), "p99-ms")
	b.ReportMetric(q(1), "max-ms")
	b.ReportMetric(float64(len(s)), "calls")
}
