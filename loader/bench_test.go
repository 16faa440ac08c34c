package loader_test

import (
	"context"
	"os"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
)

// benchArticles is the size of the benchmarks' generated corpus:
// $ACTORGRAPH_BENCH_LOAD_ARTICLES, default 2,000.
func benchArticles(b *testing.B) int {
	n := 2000
	if s := os.Getenv("ACTORGRAPH_BENCH_LOAD_ARTICLES"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil || n <= 0 {
			b.Fatalf("ACTORGRAPH_BENCH_LOAD_ARTICLES=%q: want a number of articles", s)
		}
	}
	return n
}

// extractOnly reads the corpus with the loader's reader and extracts every
// article on workers goroutines, as Loader.Load does, storing nothing. It
// returns the articles and text bytes read and the evidence extracted.
func extractOnly(ctx context.Context, x loader.Extractor, workers int, paths ...string) (articles int, bytes int64, evidence int, err error) {
	items := make(chan loader.Item, 2*workers)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range items {
				if it.Article == nil {
					continue
				}
				c, xerr := x.Extract(ctx, it.Article)
				mu.Lock()
				articles++
				bytes += int64(len(it.Article.Text))
				if xerr == nil {
					for _, r := range c.Relations {
						evidence += len(r.Evidence)
					}
				} else if err == nil {
					err = xerr
				}
				mu.Unlock()
			}
		}()
	}
	rerr := loader.Read(ctx, paths, loader.ReadOptions{}, func(it loader.Item) error {
		items <- it
		return nil
	})
	close(items)
	wg.Wait()
	if err == nil {
		err = rerr
	}
	return articles, bytes, evidence, err
}

// loadOnce loads the corpus into a fresh store on disk (closed before it
// returns, so Badger's flush of its memtables is counted).
func loadOnce(b *testing.B, x loader.Extractor, corpus string) *loader.Summary {
	st, err := graph.Open(b.TempDir(), nil)
	if err != nil {
		b.Fatal(err)
	}
	l := &loader.Loader{Store: st, Extractor: x}
	sum, err := l.Load(context.Background(), corpus)
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		b.Fatal(err)
	}
	if !sum.OK() {
		b.Fatalf("%d failed: %v", sum.Failed, sum.Failures)
	}
	return sum
}

// BenchmarkLoad measures Loader.Load end to end (reading JSONL,
// extraction with the rules extractor on every core, the store's writes,
// Close) on a generated corpus, into a fresh on-disk store each time.
// Compare with BenchmarkExtractOnly on the same articles, or read the ratio
// of both measured in turn in BenchmarkLoadVsExtract:
//
//	go test ./loader -run '^$' -bench 'Load|ExtractOnly' -benchtime 3x
func BenchmarkLoad(b *testing.B) {
	corpus := writeCorpus(b, benchArticles(b), 10000, 1)
	x := extract.New(nil)
	var articles, evidence int
	var bytes int64
	for b.Loop() {
		sum := loadOnce(b, x, corpus)
		articles, evidence, bytes = sum.Articles(), sum.Evidence, sum.Bytes
	}
	secs := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(articles)/secs, "articles/s")
	b.ReportMetric(float64(evidence)/secs, "evidence/s")
	b.ReportMetric(float64(bytes)/1e6/secs, "MB/s")
}

// BenchmarkExtractOnly is BenchmarkLoad's baseline: the same articles read
// by the same reader and extracted on as many goroutines, stored nowhere.
func BenchmarkExtractOnly(b *testing.B) {
	corpus := writeCorpus(b, benchArticles(b), 10000, 1)
	x := extract.New(nil)
	var articles, evidence int
	var bytes int64
	for b.Loop() {
		var err error
		articles, bytes, evidence, err = extractOnly(context.Background(), x, runtime.GOMAXPROCS(0), corpus)
		if err != nil {
			b.Fatal(err)
		}
	}
	secs := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(articles)/secs, "articles/s")
	b.ReportMetric(float64(evidence)/secs, "evidence/s")
	b.ReportMetric(float64(bytes)/1e6/secs, "MB/s")
}

// BenchmarkLoadVsExtract runs, in each iteration, extraction alone and
// then the whole load on the same articles, and reports both rates and
// load time over extraction time ("x-extract": what storing costs, 1 would
// be free), so that the ratio comes from one run on a shared machine.
func BenchmarkLoadVsExtract(b *testing.B) {
	corpus := writeCorpus(b, benchArticles(b), 10000, 1)
	x := extract.New(nil)
	var extractTime, loadTime time.Duration
	var articles int
	for b.Loop() {
		t0 := time.Now()
		n, _, _, err := extractOnly(context.Background(), x, runtime.GOMAXPROCS(0), corpus)
		if err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		sum := loadOnce(b, x, corpus)
		loadTime += time.Since(t1)
		extractTime += t1.Sub(t0)
		if sum.Articles() != n {
			b.Fatalf("extracted %d articles, loaded %d", n, sum.Articles())
		}
		articles = n
	}
	b.ReportMetric(float64(articles)*float64(b.N)/extractTime.Seconds(), "extract-articles/s")
	b.ReportMetric(float64(articles)*float64(b.N)/loadTime.Seconds(), "load-articles/s")
	b.ReportMetric(loadTime.Seconds()/extractTime.Seconds(), "x-extract")
}
