package export_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
)

// The export memory load run (BENCHMARKS.md, "Export memory"): not part
// of the default test run. It builds an on-disk graph of N evidence
// records by writing synthetic claims through graph.Store.Ingest, then
// exports it to every format, each in a fresh process (the test binary
// run again) that opens the database read-only as "actorgraph export"
// does and writes to io.Discard while sampling the Go heap
// (runtime.MemStats.HeapInuse) and RssAnon and RssFile of
// /proc/self/status every 10 ms:
//
//	ACTORGRAPH_EXPORT_MEMORY=1000000 go test ./graph/export -run '^TestExportMemory$' -v -timeout 60m
//	ACTORGRAPH_EXPORT_MEMORY=100000 go test ./graph/export -run '^TestExportMemory$' -v -timeout 60m
//
// ACTORGRAPH_EXPORT_MEMORY_DIR keeps the database there, and reuses it
// when it holds a graph of that size already; ACTORGRAPH_EXPORT_MEMORY_FORMATS
// (e.g. "json,rdf") measures only these formats.

const (
	memEnv      = "ACTORGRAPH_EXPORT_MEMORY"
	memDirEnv   = "ACTORGRAPH_EXPORT_MEMORY_DIR"
	memChildEnv = "ACTORGRAPH_EXPORT_MEMORY_CHILD" // "dir|format"
	memCacheEnv = "ACTORGRAPH_EXPORT_MEMORY_CACHE" // Badger's block cache in MiB (default: graph.ReadOnlyBlockCacheSize)
	memFmtEnv   = "ACTORGRAPH_EXPORT_MEMORY_FORMATS"
)

// memFormats are the exports measured; csv-evidence is the largest table.
var memFormats = []string{"dot", "json", "graphml", "gexf", "csv-nodes", "csv-relations", "csv-evidence", "rdf"}

type memReport struct {
	Format       string  `json:"format"`
	Bytes        int64   `json:"bytes"`
	Seconds      float64 `json:"seconds"`
	BaseHeap     uint64  `json:"base_heap"` // after opening, before exporting
	BaseAnon     uint64  `json:"base_anon"`
	PeakHeap     uint64  `json:"peak_heap"`
	PeakAnon     uint64  `json:"peak_anon"`
	PeakFile     uint64  `json:"peak_file"`
	PeakHeapAnon uint64  `json:"peak_heap_anon"` // the largest sum at one sample
}

func TestExportMemory(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv(memEnv))
	if n <= 0 {
		t.Skipf("the export memory load run: set %s to a number of evidence records (BENCHMARKS.md)", memEnv)
	}
	dir := os.Getenv(memDirEnv)
	if dir == "" {
		dir = t.TempDir()
	}
	dir = filepath.Join(dir, fmt.Sprintf("graph-%d", n))
	if _, err := os.Stat(filepath.Join(dir, "BUILT")); err != nil {
		require.NoError(t, os.RemoveAll(dir))
		start := time.Now()
		rels, evs := buildMemoryGraph(t, dir, n)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "BUILT"), []byte(fmt.Sprintf("%d %d\n", rels, evs)), 0o644))
		t.Logf("built %s: %d evidence records, %d relations in %s", dir, evs, rels, time.Since(start).Round(time.Second))
	}
	built, _ := os.ReadFile(filepath.Join(dir, "BUILT"))
	t.Logf("graph %s: relations and evidence %s", dir, strings.TrimSpace(string(built)))
	mib := func(b uint64) string { return fmt.Sprintf("%.1f", float64(b)/(1<<20)) }
	var table strings.Builder
	table.WriteString("| format | output MiB | time s | Go heap MiB (open → peak) | RssAnon MiB (open → peak) | heap + RssAnon peak MiB | RssFile peak MiB |\n|---|---|---|---|---|---|---|\n")
	formats := memFormats
	if v := os.Getenv(memFmtEnv); v != "" {
		formats = strings.Split(v, ",")
	}
	for _, format := range formats {
		cmd := exec.Command(os.Args[0], "-test.run=^TestExportMemoryChild$", "-test.v")
		cmd.Env = append(os.Environ(), memChildEnv+"="+dir+"|"+format)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		require.NoError(t, err, "%s\n%s", out, stderr.String())
		var rep memReport
		for _, line := range strings.Split(string(out), "\n") {
			if i := strings.Index(line, "MEMREPORT "); i >= 0 {
				require.NoError(t, json.Unmarshal([]byte(line[i+len("MEMREPORT "):]), &rep))
			}
		}
		require.Equal(t, format, rep.Format, "child output:\n%s", out)
		fmt.Fprintf(&table, "| %s | %s | %.1f | %s → %s | %s → %s | %s | %s |\n", format, mib(uint64(rep.Bytes)), rep.Seconds,
			mib(rep.BaseHeap), mib(rep.PeakHeap), mib(rep.BaseAnon), mib(rep.PeakAnon), mib(rep.PeakHeapAnon), mib(rep.PeakFile))
	}
	t.Logf("export memory, %s evidence records:\n%s", strings.TrimSpace(string(built)), table.String())
}

// TestExportMemoryChild is one export of the load run, in its own process.
func TestExportMemoryChild(t *testing.T) {
	arg := os.Getenv(memChildEnv)
	if arg == "" {
		t.Skip("run by TestExportMemory")
	}
	dir, format, _ := strings.Cut(arg, "|")
	ctx := context.Background()
	o := &graph.Options{ReadOnly: true}
	if mib, err := strconv.Atoi(os.Getenv(memCacheEnv)); err == nil {
		o.Badger = func(bo badger.Options) badger.Options { return bo.WithBlockCacheSize(int64(mib) << 20) }
	}
	s, err := graph.Open(dir, o)
	require.NoError(t, err)
	defer s.Close()
	runtime.GC()
	rep := memReport{Format: format}
	rep.BaseHeap, rep.BaseAnon, _ = memSample()
	var stop atomic.Bool
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for !stop.Load() {
			heap, anon, file := memSample()
			rep.PeakHeap, rep.PeakAnon, rep.PeakFile = max(rep.PeakHeap, heap), max(rep.PeakAnon, anon), max(rep.PeakFile, file)
			rep.PeakHeapAnon = max(rep.PeakHeapAnon, heap+anon)
			time.Sleep(10 * time.Millisecond)
		}
	}()
	cw := &countWriter{w: io.Discard}
	start := time.Now()
	err = s.View(ctx, func(tx *graph.Tx) error {
		f := export.Filter{}
		switch format {
		case "dot":
			return export.DOT(ctx, cw, tx, f, export.DOTOptions{})
		case "json":
			return export.JSON(ctx, cw, tx, f, export.JSONOptions{})
		case "graphml":
			return export.GraphML(ctx, cw, tx, f, export.GraphMLOptions{})
		case "gexf":
			return export.GEXF(ctx, cw, tx, f, export.GEXFOptions{})
		case "rdf":
			return export.RDF(ctx, cw, tx, f, export.RDFOptions{})
		}
		part, err := export.ParseCSVPart(strings.TrimPrefix(format, "csv-"))
		if err != nil {
			return err
		}
		return export.CSV(ctx, cw, tx, f, part, export.CSVOptions{})
	})
	rep.Seconds = time.Since(start).Seconds()
	stop.Store(true)
	wg.Wait()
	require.NoError(t, err)
	rep.Bytes = cw.n
	b, err := json.Marshal(rep)
	require.NoError(t, err)
	fmt.Printf("MEMREPORT %s\n", b)
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return c.w.Write(p)
}

// memSample returns the Go heap in use and the process's RssAnon and
// RssFile, in bytes.
func memSample() (heap, anon, file uint64) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	heap = ms.HeapInuse
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return heap, 0, 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		fields := strings.Fields(v)
		if len(fields) == 0 {
			continue
		}
		kb, _ := strconv.ParseUint(fields[0], 10, 64)
		switch k {
		case "RssAnon":
			anon = kb << 10
		case "RssFile":
			file = kb << 10
		}
	}
	return heap, anon, file
}

// buildMemoryGraph writes about n evidence records into a fresh store in
// dir: n/5 distinct relations of four types among n/500 actors (at least
// 200) with skewed degrees, 20 evidence records per article, dated over
// six years, a fifth of them hedged and one in fifty negated. It returns
// the relations and evidence records stored.
func buildMemoryGraph(t *testing.T, dir string, n int) (int, int) {
	ctx := context.Background()
	s, err := graph.Open(dir, nil)
	require.NoError(t, err)
	defer func() { require.NoError(t, s.Close()) }()
	actors := max(n/500, 200)
	rng := rand.New(rand.NewPCG(7, 11))
	type rel struct {
		from, to int
		typ      graph.RelType
	}
	types := []graph.RelType{graph.Allied, graph.Opposed, graph.Supplies, graph.Trains}
	end := func() int { u := rng.Float64(); return int(float64(actors) * u * u) }
	seen := map[rel]bool{}
	var rels []rel
	for len(rels) < max(n/5, 1) {
		r := rel{end(), rng.IntN(actors), types[rng.IntN(len(types))]}
		if r.from == r.to {
			continue
		}
		if r.typ.Symmetric() && r.from > r.to {
			r.from, r.to = r.to, r.from
		}
		if !seen[r] {
			seen[r] = true
			rels = append(rels, r)
		}
	}
	seen = nil
	id := func(i int) string { return fmt.Sprintf("actor-%05d", i) }
	kind := func(i int) graph.Kind {
		if i%3 == 0 {
			return graph.KindArmedGroup
		}
		return graph.KindState
	}
	const perArticle = 20
	articles := make(chan *graph.Claims, 64)
	var failed atomic.Value
	var wg sync.WaitGroup
	for range 2 * runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range articles {
				if _, err := s.Ingest(ctx, c); err != nil {
					failed.Store(err)
				}
			}
		}()
	}
	evidence := 0
	for a := 0; evidence < n; a++ {
		date := graph.MustDate(fmt.Sprintf("%d-%02d-%02d", 2019+a%6, 1+a%12, 1+a%28))
		c := &graph.Claims{Version: graph.ClaimsVersion, Article: graph.Article{
			ID: fmt.Sprintf("mem-%07d", a), URL: fmt.Sprintf("https://example.org/mem/%07d", a),
			Title: fmt.Sprintf("Synthetic article %d", a), Outlet: fmt.Sprintf("Outlet %d", a%40), Date: date, Lang: "en",
		}}
		in := map[int]bool{}
		used := map[int]bool{}
		for k := 0; k < perArticle && evidence < n; k++ {
			ri := rng.IntN(len(rels))
			if used[ri] {
				continue
			}
			used[ri] = true
			r := rels[ri]
			for _, i := range []int{r.from, r.to} {
				if !in[i] {
					in[i] = true
					c.Actors = append(c.Actors, graph.ClaimActor{ID: id(i), Name: fmt.Sprintf("Synthetic Actor %05d", i), Kind: kind(i)})
				}
			}
			c.Relations = append(c.Relations, graph.ClaimRelation{From: id(r.from), Type: r.typ, To: id(r.to),
				Evidence: []graph.ClaimEvidence{{Sentence: fmt.Sprintf("Synthetic Actor %05d %s Synthetic Actor %05d, sources said (sentence %d).", r.from, r.typ, r.to, k),
					Date: date, Hedged: k%5 == 0, Negated: k%50 == 7, Trigger: string(r.typ), Rule: "memory", Confidence: 0.6}}})
			evidence++
		}
		articles <- c
	}
	close(articles)
	wg.Wait()
	if err, ok := failed.Load().(error); ok {
		require.NoError(t, err)
	}
	relations := 0
	require.NoError(t, s.View(ctx, func(tx *graph.Tx) error {
		return tx.EachRelation(ctx, graph.RelationFilter{IncludeNegated: true}, func(*graph.Relation) error { relations++; return nil })
	}))
	return relations, evidence
}
