package schema_test

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/gen"
	"github.com/actorgraph/actorgraph/loader/lexicon"
	"github.com/actorgraph/actorgraph/schema"
	"github.com/actorgraph/actorgraph/schema/internal/fixedq"
)

// The benchmark graph is built with the project's corpus generator
// (loader/gen) and the default extractor, as "actorgraph gen" and
// "actorgraph load" build one. The default is small, so that
// "go test -bench ." is quick. For a graph of 100k relations and more, add
// synthetic dictionary actors (the generator writes them into the articles,
// as "actorgraph gen --dict" does) and more articles:
//
//	ACTORGRAPH_BENCH_ARTICLES=60000 ACTORGRAPH_BENCH_DICT=1500 \
//	    go test ./schema -run '^$' -bench . -benchtime 20x -timeout 2h
//
// (or the flags -schema.articles and -schema.dict). The benchmark logs the
// graph's size and, per query, GraphQL's time over the library's.
var (
	benchArticles = flag.Int("schema.articles", envInt("ACTORGRAPH_BENCH_ARTICLES", 300), "articles in the benchmark corpus")
	benchDict     = flag.Int("schema.dict", envInt("ACTORGRAPH_BENCH_DICT", 0), "synthetic dictionary actors added to the benchmark corpus")
)

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n >= 0 {
		return n
	}
	return def
}

// benchGraph is the benchmark store, the schema over it and the fixed
// arguments of the three queries.
type benchGraph struct {
	st         *graph.Store
	s          *schema.Schema
	hub        string // the actor with the most relations
	hubName    string
	from, to   string // the ends of the path query
	relations  int
	buildTime  time.Duration
	dir        string
	articles   int
	dictActors int
}

var benchOnce struct {
	sync.Once
	g   *benchGraph
	err error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if g := benchOnce.g; g != nil {
		_ = g.st.Close()
		_ = os.RemoveAll(g.dir)
	}
	os.Exit(code)
}

func loadBenchGraph(b *testing.B) *benchGraph {
	b.Helper()
	benchOnce.Do(func() { benchOnce.g, benchOnce.err = buildBenchGraph(*benchArticles, *benchDict) })
	if benchOnce.err != nil {
		b.Fatal(benchOnce.err)
	}
	return benchOnce.g
}

// syllables make the names of synthetic dictionary actors.
var syllables = []string{"ka", "lo", "mi", "tar", "zen", "bu", "ro", "vel", "di", "sa", "nor", "gu", "pe", "xan", "fo", "li"}

// benchDictionary returns n synthetic actors: armed groups, companies and
// organisations in the theatres of a few countries.
func benchDictionary(n int) (*lexicon.Dictionary, error) {
	var y strings.Builder
	y.WriteString("actors:\n")
	kinds := []struct{ kind, head string }{{"armed_group", "Brigade"}, {"company", "Holdings"}, {"organisation", "Council"}}
	countries := []string{"ML", "NE", "BF", "SD", "SO", "CD", "LY", "NG", "TD", "YE"}
	for i := range n {
		var name strings.Builder
		for j, x := 0, i; j < 3; j++ {
			name.WriteString(syllables[x%len(syllables)])
			x /= len(syllables)
			if j == 0 {
				x += i * 7
			}
		}
		word := strings.ToUpper(name.String()[:1]) + name.String()[1:]
		k := kinds[i%len(kinds)]
		fmt.Fprintf(&y, "  - id: bench-%d\n    name: %s %s %d\n    kind: %s\n    country: %s\n", i, word, k.head, i, k.kind, countries[i%len(countries)])
	}
	return lexicon.ParseDictionary("bench.yaml", []byte(y.String()))
}

func buildBenchGraph(articles, dictActors int) (*benchGraph, error) {
	ctx := context.Background()
	start := time.Now()
	lex := lexicon.Default()
	if dictActors > 0 {
		d, err := benchDictionary(dictActors)
		if err != nil {
			return nil, err
		}
		if lex, err = lex.With(d); err != nil {
			return nil, err
		}
	}
	dir, err := os.MkdirTemp("", "actorgraph-schema-bench-")
	if err != nil {
		return nil, err
	}
	st, err := graph.Open(dir, nil)
	if err != nil {
		return nil, err
	}
	x := extract.New(lex)
	items := make(chan *graph.Article, 64)
	errs := make(chan error, 1)
	var wg sync.WaitGroup
	for range 4 * runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range items {
				c, err := x.Extract(ctx, a)
				if err == nil {
					_, err = st.Ingest(ctx, c)
				}
				if err != nil {
					select {
					case errs <- err:
					default:
					}
				}
			}
		}()
	}
	err = gen.Generate(ctx, gen.Options{Articles: articles, Seed: 1, Lexicon: lex}, func(a *graph.Article) error {
		items <- a
		return nil
	})
	close(items)
	wg.Wait()
	if err != nil {
		return nil, err
	}
	select {
	case err := <-errs:
		return nil, err
	default:
	}
	g := &benchGraph{st: st, dir: dir, buildTime: time.Since(start), articles: articles, dictActors: dictActors}
	if g.s, err = schema.New(st, schema.Options{Extractor: x}); err != nil {
		return nil, err
	}
	// The hub has the most relations; the path runs between the two
	// actors with the fewest (ties by id).
	degree := map[string]int{}
	err = st.View(ctx, func(tx *graph.Tx) error {
		return tx.EachRelation(ctx, graph.RelationFilter{}, func(r *graph.Relation) error {
			g.relations++
			degree[r.From]++
			degree[r.To]++
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	var actors []string
	for id := range degree {
		actors = append(actors, id)
	}
	slices.SortFunc(actors, func(a, b string) int { return cmp.Or(cmp.Compare(degree[a], degree[b]), cmp.Compare(a, b)) })
	if len(actors) < 2 {
		return nil, fmt.Errorf("benchmark graph: %d actors with relations", len(actors))
	}
	g.hub, g.from, g.to = actors[len(actors)-1], actors[0], actors[1]
	a, err := st.Actor(ctx, g.hub)
	if err != nil {
		return nil, err
	}
	g.hubName = a.Name
	return g, nil
}

// The three fixed queries and their library side are in package
// schema/internal/fixedq, shared with the benchmark of schema/server.

// BenchmarkQueries runs each fixed query through Schema.Exec and through
// the library (the same reads in one view, the same JSON), after checking
// that both give the same JSON, and logs GraphQL's time over the library's.
func BenchmarkQueries(b *testing.B) {
	g := loadBenchGraph(b)
	b.Logf("graph: %d articles, %d dictionary actors, %d relations (hub %s, path %s → %s), built in %s",
		g.articles, g.dictActors, g.relations, g.hub, g.from, g.to, g.buildTime.Round(time.Millisecond))
	ctx := context.Background()
	queries := []struct {
		name string
		req  schema.Request
		lib  func() (any, error)
	}{
		{"actor-relations-evidence", schema.Request{Query: fixedq.ActorQuery, Variables: map[string]any{"name": g.hubName}},
			func() (any, error) { return fixedq.Actor(ctx, g.st, g.hubName) }},
		{"neighbors-depth2", schema.Request{Query: fixedq.NeighborsQuery, Variables: map[string]any{"id": g.hub}},
			func() (any, error) { return fixedq.Neighbors(ctx, g.st, g.hub) }},
		{"path-4-hops", schema.Request{Query: fixedq.PathQuery, Variables: map[string]any{"from": g.from, "to": g.to}},
			func() (any, error) { return fixedq.Path(ctx, g.st, g.from, g.to) }},
	}
	for _, q := range queries {
		// Both give the same JSON.
		resp := g.s.Exec(ctx, q.req)
		if len(resp.Errors) > 0 {
			b.Fatal(resp.Errors)
		}
		v, err := q.lib()
		if err != nil {
			b.Fatal(err)
		}
		lb, _ := json.Marshal(v)
		var gq, lq any
		_ = json.Unmarshal(resp.Data, &gq)
		_ = json.Unmarshal(lb, &lq)
		if !reflect.DeepEqual(gq, lq) {
			b.Fatalf("%s: GraphQL and library differ:\n%s\n%s", q.name, resp.Data, lb)
		}
		var nsGraphQL, nsLib float64
		b.Run(q.name+"/graphql", func(b *testing.B) {
			for b.Loop() {
				resp := g.s.Exec(ctx, q.req)
				if len(resp.Errors) > 0 {
					b.Fatal(resp.Errors)
				}
				if _, err := json.Marshal(resp); err != nil {
					b.Fatal(err)
				}
			}
			nsGraphQL = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(float64(len(resp.Data)), "bytes")
		})
		b.Run(q.name+"/library", func(b *testing.B) {
			for b.Loop() {
				v, err := q.lib()
				if err != nil {
					b.Fatal(err)
				}
				if _, err := json.Marshal(v); err != nil {
					b.Fatal(err)
				}
			}
			nsLib = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
		})
		if nsLib > 0 {
			b.Logf("%s: GraphQL %.2f ms, library %.2f ms: GraphQL/library = %.2f×", q.name, nsGraphQL/1e6, nsLib/1e6, nsGraphQL/nsLib)
		}
	}
}
