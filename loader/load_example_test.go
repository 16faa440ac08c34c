package loader_test

import (
	"context"
	"fmt"
	"log"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
)

// Load the sample articles into an in-memory store with the default
// extractor, then ask who supplies Mali.
func ExampleLoader_Load() {
	ctx := context.Background()
	st, err := graph.Open("", &graph.Options{InMemory: true})
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()

	l := &loader.Loader{Store: st, Extractor: extract.New(nil)}
	sum, err := l.Load(ctx, "../testdata/articles")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(sum.New, "new,", sum.Failed, "failed")

	ns, err := st.Neighbors(ctx, "mali", graph.In, graph.RelationFilter{Types: []graph.RelType{graph.Supplies}})
	if err != nil {
		log.Fatal(err)
	}
	for _, n := range ns {
		fmt.Printf("%s supplies mali (weight %d, first seen %s)\n", n.Actor, n.Relation.Weight, n.Relation.FirstSeen)
	}
	// Output:
	// 13 new, 0 failed
	// russia supplies mali (weight 1, first seen 2024-05)
	// turkey supplies mali (weight 1, first seen 2022-12)
}
