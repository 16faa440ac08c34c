package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/gen"
)

// The extractor alone, on one core, against the target of 1 ms per 5 KB
// article that the load pipeline depends on: run with
//
//	go test ./loader/extract -run '^$' -bench 'ExtractGold|ExtractGen' -cpu 1
//
// and read ms/5KB, articles/s and MB/s.

func benchArticles(b *testing.B, arts []*graph.Article) {
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			if _, err := x.Extract(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
	}
	perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(perOp/float64(size)*5120/1e6, "ms/5KB")
	b.ReportMetric(float64(len(arts))*1e9/perOp, "articles/s")
}

// BenchmarkExtractGold extracts the gold set's articles.
func BenchmarkExtractGold(b *testing.B) {
	paths, err := filepath.Glob("../../testdata/gold/*.txt")
	if err != nil || len(paths) == 0 {
		b.Skip("no gold articles")
	}
	var arts []*graph.Article
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		err = loader.ReadFile(context.Background(), p, f, loader.ReadOptions{}, func(it loader.Item) error {
			if it.Article != nil {
				arts = append(arts, it.Article)
			}
			return nil
		})
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
	}
	benchArticles(b, arts)
}

// BenchmarkExtractGen extracts 500 synthetic articles (2–8 KB).
func BenchmarkExtractGen(b *testing.B) {
	var arts []*graph.Article
	err := gen.Generate(context.Background(), gen.Options{Articles: 500, Seed: 1}, func(a *graph.Article) error {
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	benchArticles(b, arts)
}
