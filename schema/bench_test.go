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

// The three fixed queries of the acceptance, and the library doing the
// same reads and encoding the same JSON.

const actorQuery = `query($name: String!) { actor(name: $name) { id name kind
  relations(first: 50) { totalCount nodes { from { id name } type to { id name } weight confidence firstSeen lastSeen
    evidence(first: 3) { nodes { sentence trigger rule hedged negated date article { url title outlet date } } } } } } }`

const neighborsQuery = `query($id: ID!) { actor(id: $id) { neighbors(depth: 2, first: 100) {
  totalCount nodes { distance actor { id name kind } relation { type weight } } } } }`

const pathQuery = `query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) {
  length actors { id name } relations { from { id } type to { id } weight confidence } } }`

type obj = map[string]any

func dateOrNil(d graph.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

func strOrNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func libActor(ctx context.Context, st *graph.Store, name string) (any, error) {
	var out obj
	err := st.View(ctx, func(tx *graph.Tx) error {
		as, err := tx.FindActors(ctx, name)
		if err != nil || len(as) != 1 {
			return fmt.Errorf("find %q: %d actors, %v", name, len(as), err)
		}
		a := as[0]
		ns, err := tx.Neighbors(ctx, a.ID, graph.Both, graph.RelationFilter{})
		if err != nil {
			return err
		}
		key := func(n graph.Neighbor) string {
			k := n.Relation.Key()
			return string(k.Type) + "\x00" + n.Actor + "\x00" + k.From + "\x00" + string(k.Type) + "\x00" + k.To
		}
		slices.SortFunc(ns, func(x, y graph.Neighbor) int { return cmp.Compare(key(x), key(y)) })
		nodes := []any{}
		for _, n := range ns[:min(50, len(ns))] {
			r := n.Relation
			from, err := tx.Actor(ctx, r.From)
			if err != nil {
				return err
			}
			to, err := tx.Actor(ctx, r.To)
			if err != nil {
				return err
			}
			evs := []any{}
			err = tx.EachEvidence(ctx, r.Key(), graph.EvidenceFilter{Limit: 3}, func(e *graph.Evidence) error {
				art, err := tx.Article(ctx, e.Article)
				if err != nil {
					return err
				}
				evs = append(evs, obj{"sentence": e.Text, "trigger": strOrNil(e.Trigger), "rule": strOrNil(e.Rule), "hedged": e.Hedged, "negated": e.Negated,
					"date": dateOrNil(e.Date), "article": obj{"url": strOrNil(art.URL), "title": strOrNil(art.Title), "outlet": strOrNil(art.Outlet), "date": dateOrNil(art.Date)}})
				return nil
			})
			if err != nil {
				return err
			}
			nodes = append(nodes, obj{"from": obj{"id": from.ID, "name": from.Name}, "type": strings.ToUpper(string(r.Type)), "to": obj{"id": to.ID, "name": to.Name},
				"weight": r.Weight, "confidence": r.Confidence, "firstSeen": dateOrNil(r.FirstSeen), "lastSeen": dateOrNil(r.LastSeen), "evidence": obj{"nodes": evs}})
		}
		out = obj{"actor": obj{"id": a.ID, "name": a.Name, "kind": strings.ToUpper(string(a.Kind)), "relations": obj{"totalCount": len(ns), "nodes": nodes}}}
		return nil
	})
	return out, err
}

func libNeighbors(ctx context.Context, st *graph.Store, center string) (any, error) {
	var out obj
	err := st.View(ctx, func(tx *graph.Tx) error {
		type found struct {
			id       string
			distance int
			rel      *graph.Relation
		}
		seen := map[string]bool{center: true}
		frontier := []string{center}
		var all []found
		for d := 1; d <= 2; d++ {
			var ring []found
			for _, id := range frontier {
				ns, err := tx.Neighbors(ctx, id, graph.Both, graph.RelationFilter{})
				if err != nil {
					return err
				}
				for _, n := range ns {
					if !seen[n.Actor] {
						seen[n.Actor] = true
						ring = append(ring, found{n.Actor, d, n.Relation})
					}
				}
			}
			slices.SortFunc(ring, func(a, b found) int { return cmp.Compare(a.id, b.id) })
			frontier = frontier[:0]
			for _, f := range ring {
				frontier = append(frontier, f.id)
			}
			all = append(all, ring...)
		}
		nodes := []any{}
		for _, f := range all[:min(100, len(all))] {
			a, err := tx.Actor(ctx, f.id)
			if err != nil {
				return err
			}
			nodes = append(nodes, obj{"distance": f.distance, "actor": obj{"id": a.ID, "name": a.Name, "kind": strings.ToUpper(string(a.Kind))},
				"relation": obj{"type": strings.ToUpper(string(f.rel.Type)), "weight": f.rel.Weight}})
		}
		out = obj{"actor": obj{"neighbors": obj{"totalCount": len(all), "nodes": nodes}}}
		return nil
	})
	return out, err
}

func libPath(ctx context.Context, st *graph.Store, from, to string) (any, error) {
	var out obj
	err := st.View(ctx, func(tx *graph.Tx) error {
		p, err := tx.ShortestPath(ctx, from, to, graph.PathQuery{MaxHops: 4})
		if err != nil {
			out = obj{"path": nil}
			return nil
		}
		actors := []any{}
		for _, id := range p.Actors {
			a, err := tx.Actor(ctx, id)
			if err != nil {
				return err
			}
			actors = append(actors, obj{"id": a.ID, "name": a.Name})
		}
		rels := []any{}
		for _, r := range p.Relations {
			rels = append(rels, obj{"from": obj{"id": r.From}, "type": strings.ToUpper(string(r.Type)), "to": obj{"id": r.To}, "weight": r.Weight, "confidence": r.Confidence})
		}
		out = obj{"path": obj{"length": len(p.Relations), "actors": actors, "relations": rels}}
		return nil
	})
	return out, err
}

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
		{"actor-relations-evidence", schema.Request{Query: actorQuery, Variables: map[string]any{"name": g.hubName}},
			func() (any, error) { return libActor(ctx, g.st, g.hubName) }},
		{"neighbors-depth2", schema.Request{Query: neighborsQuery, Variables: map[string]any{"id": g.hub}},
			func() (any, error) { return libNeighbors(ctx, g.st, g.hub) }},
		{"path-4-hops", schema.Request{Query: pathQuery, Variables: map[string]any{"from": g.from, "to": g.to}},
			func() (any, error) { return libPath(ctx, g.st, g.from, g.to) }},
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
