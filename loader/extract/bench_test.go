package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// BenchmarkExtract extracts every sample article once per iteration.
func BenchmarkExtract(b *testing.B) {
	var arts []*graph.Article
	size := 0
	for _, p := range samplePaths(b) {
		a := readSample(b, p)
		arts = append(arts, a)
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			if _, err := x.Extract(context.Background(), a); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestLongSentence guards against work that grows faster than the text:
// one 40,000-word sentence of actors, lists and triggers.
func TestLongSentence(t *testing.T) {
	text := strings.Repeat("Mali and Niger, Turkey supplied Russia and Chad; ne pas selon en 2023 Photo: X/AFP ", 4000)
	c, err := x.Extract(context.Background(), &graph.Article{ID: "long", Lang: "xx", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Relations) == 0 {
		t.Fatal("no relation")
	}
}
