package gen_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/gen"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// collect generates a corpus into memory (tests only: corpora are small).
func collect(t testing.TB, o gen.Options) []*graph.Article {
	t.Helper()
	var out []*graph.Article
	require.NoError(t, gen.Generate(context.Background(), o, func(a *graph.Article) error {
		out = append(out, a)
		return nil
	}))
	return out
}

func jsonl(arts []*graph.Article) []byte {
	var b []byte
	for _, a := range arts {
		b = gen.AppendJSONL(b, a)
	}
	return b
}

func TestDeterministic(t *testing.T) {
	a := collect(t, gen.Options{Articles: 60, Seed: 42, Workers: 1})
	b := collect(t, gen.Options{Articles: 60, Seed: 42, Workers: 7})
	require.Len(t, a, 60)
	assert.Equal(t, string(jsonl(a)), string(jsonl(b)), "same seed, other parallelism: same corpus")

	c := collect(t, gen.Options{Articles: 60, Seed: 43})
	assert.NotEqual(t, string(jsonl(a)), string(jsonl(c)), "another seed: another corpus")
	same := 0
	for i := range a {
		if a[i].Text == c[i].Text {
			same++
		}
	}
	assert.Zero(t, same, "no article is shared between seeds")
	for i, x := range a {
		assert.Equal(t, fmt.Sprintf("gen-42-%d", i), x.ID)
	}
}

func TestSubset(t *testing.T) {
	all := collect(t, gen.Options{Articles: 40, Seed: 5})
	part := collect(t, gen.Options{Start: 25, Articles: 10, Seed: 5, Workers: 3})
	require.Len(t, part, 10)
	assert.Equal(t, string(jsonl(all[25:35])), string(jsonl(part)))

	g, err := gen.New(gen.Options{Seed: 5})
	require.NoError(t, err)
	for _, i := range []int{0, 17, 39} {
		assert.Equal(t, all[i], g.Article(i), "article %d alone", i)
	}
	assert.Equal(t, g.Article(123456), g.Article(123456))
}

func TestOptions(t *testing.T) {
	_, err := gen.New(gen.Options{Langs: []string{"de"}})
	assert.ErrorIs(t, err, gen.ErrOptions)
	assert.ErrorContains(t, err, `"de"`)
	err = gen.Generate(context.Background(), gen.Options{Articles: -1}, func(*graph.Article) error { return nil })
	assert.ErrorIs(t, err, gen.ErrOptions)
	err = gen.Generate(context.Background(), gen.Options{Articles: 2, Start: gen.MaxArticles - 1}, func(*graph.Article) error { return nil })
	assert.ErrorIs(t, err, gen.ErrOptions)

	assert.Equal(t, []string{"en", "fr"}, gen.Languages())
	for _, a := range collect(t, gen.Options{Articles: 20, Langs: []string{"fr"}}) {
		assert.Equal(t, "fr", a.Lang)
	}

	stop := fmt.Errorf("stop")
	n := 0
	err = gen.Generate(context.Background(), gen.Options{Articles: 100}, func(*graph.Article) error {
		if n++; n == 3 {
			return stop
		}
		return nil
	})
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 3, n)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = gen.Generate(ctx, gen.Options{Articles: 10}, func(*graph.Article) error { return nil })
	assert.ErrorIs(t, err, context.Canceled)
}

var urlRE = regexp.MustCompile(`^https://[a-z0-9-]+\.example/(\d{4})/[a-z0-9-]+-(\d+)$`)

func TestShape(t *testing.T) {
	arts := collect(t, gen.Options{Articles: 400, Seed: 1})
	langs := map[string]int{}
	outlets := map[string]int{}
	monthOnly := 0
	for i, a := range arts {
		n := len(a.Text)
		assert.True(t, n >= gen.MinTextBytes && n <= gen.MaxTextBytes, "%s: %d bytes", a.ID, n)
		paras := strings.Split(strings.TrimSuffix(a.Text, "\n"), "\n\n")
		assert.True(t, len(paras) >= gen.MinParagraphs && len(paras) <= gen.MaxParagraphs, "%s: %d paragraphs", a.ID, len(paras))
		assert.True(t, strings.HasSuffix(a.Text, "\n"))
		assert.NotEmpty(t, a.Title)
		assert.NotContains(t, a.Title, "\n")
		assert.True(t, a.Date.Year >= 2015 && a.Date.Year <= 2025, "%s: %s", a.ID, a.Date)
		if a.Date.Precision() == graph.PrecisionMonth {
			monthOnly++
		}
		m := urlRE.FindStringSubmatch(a.URL)
		if assert.NotNil(t, m, a.URL) {
			assert.Equal(t, fmt.Sprint(a.Date.Year), m[1])
			assert.Equal(t, fmt.Sprint(i), m[2])
		}
		langs[a.Lang]++
		outlets[a.Outlet]++
	}
	assert.Greater(t, langs["fr"], 120)
	assert.Greater(t, langs["en"], 120)
	assert.Greater(t, monthOnly, 20)
	assert.Less(t, monthOnly, 120)
	assert.GreaterOrEqual(t, len(outlets), 15)
	counts := make([]int, 0, len(outlets))
	for _, n := range outlets {
		counts = append(counts, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(counts)))
	assert.Greater(t, counts[0], 3*counts[len(counts)-1], "a Zipf-like draw of outlets: %v", counts)
}

// TestReadBack writes a corpus as text files and as JSONL and reads both
// with the loader: the same articles come back.
func TestReadBack(t *testing.T) {
	arts := collect(t, gen.Options{Articles: 30, Seed: 9})
	dir := t.TempDir()
	for i, a := range arts {
		p := filepath.Join(dir, "txt", gen.TxtPath(i))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, gen.AppendTxt(nil, a), 0o644))
	}
	jp := filepath.Join(dir, gen.JSONLName(9, -1))
	require.NoError(t, os.WriteFile(jp, jsonl(arts), 0o644))
	assert.Equal(t, "corpus-9.jsonl", filepath.Base(jp))
	assert.Equal(t, "corpus-9-0003.jsonl", gen.JSONLName(9, 3))
	assert.Equal(t, filepath.Join("0012", "0012345.txt"), gen.TxtPath(12345))

	for _, path := range []string{filepath.Join(dir, "txt"), jp} {
		var got []*graph.Article
		require.NoError(t, loader.Read(context.Background(), []string{path}, loader.ReadOptions{}, func(it loader.Item) error {
			require.Nil(t, it.Err)
			got = append(got, it.Article)
			return nil
		}))
		require.Len(t, got, len(arts), path)
		for i, a := range arts {
			g := got[i]
			assert.Equal(t, a.ID, g.ID)
			assert.Equal(t, a.URL, g.URL)
			assert.Equal(t, a.Title, g.Title)
			assert.Equal(t, a.Date, g.Date)
			assert.Equal(t, a.Lang, g.Lang)
			assert.Equal(t, a.Outlet, g.Outlet)
			assert.Equal(t, a.Text, g.Text, "%s: %s", path, a.ID)
		}
	}
}

// TestExtractorYield is the point of the generator: the real extractor
// finds in generated articles several relations each, of every type, some
// hedged, some denied, with dates and supplied things, and hubs emerge.
func TestExtractorYield(t *testing.T) {
	const n = 200
	x := extract.New(nil)
	byType := map[graph.RelType]int{}
	var evidence, hedged, negated, dated, supplied, actors int
	articlesOf := map[string]int{}
	rules := map[string]bool{}
	for _, a := range collect(t, gen.Options{Articles: n, Seed: 3}) {
		c, err := x.Extract(context.Background(), a)
		require.NoError(t, err)
		violations, err := c.Check()
		require.NoError(t, err)
		assert.Empty(t, violations)
		actors += len(c.Actors)
		for _, ca := range c.Actors {
			articlesOf[ca.ID]++
		}
		for _, r := range c.Relations {
			for _, e := range r.Evidence {
				evidence++
				byType[r.Type]++
				if e.Hedged {
					hedged++
				}
				if e.Negated {
					negated++
				}
				if !e.Date.IsZero() {
					dated++
				}
				if e.Supplied != "" {
					supplied++
				}
				rules[strings.TrimPrefix(strings.TrimPrefix(e.Rule, "fr/"), "en/")] = true
				assert.Equal(t, a.Text[e.Start:e.End], e.Sentence)
			}
		}
	}
	t.Logf("%.1f evidence/article, by type %v; hedged %.1f%%, negated %.1f%%, dated %.1f%%, %.1f actors/article",
		float64(evidence)/n, byType, 100*float64(hedged)/float64(evidence), 100*float64(negated)/float64(evidence),
		100*float64(dated)/float64(evidence), float64(actors)/n)
	assert.Greater(t, evidence, 5*n, "several relations per article")
	for _, typ := range graph.RelTypes {
		assert.Greater(t, byType[typ], n/4, "%s", typ)
	}
	assert.Greater(t, hedged, evidence/10)
	assert.Greater(t, negated, evidence/50)
	assert.Greater(t, dated, evidence/10)
	assert.Greater(t, supplied, byType[graph.Supplies]/3)
	assert.Greater(t, actors, 4*n, "at least 4 actors per article on average")
	// "title/leads", not "role/leads": with seed 3 the latter fired only on
	// filler misreadings ("Ali Darass, the head of the UPC, is expected to
	// travel to Kaga-Bandoro": the town leading the UPC), so any lexicon
	// change that reshuffles the corpus could silence it.
	for _, rule := range []string{"trigger/supplies/passive", "title/leads", "trigger/opposed/active/between", "trigger/supplies/active/by", "trigger/trains/passive"} {
		assert.True(t, rules[rule], "rule %s never fired", rule)
	}
	var counts []int
	for _, k := range articlesOf {
		counts = append(counts, k)
	}
	slices.Sort(counts)
	assert.Greater(t, counts[len(counts)-1], n/5, "a hub is in a fifth of the articles")
}

// TestDictionaryActors: a user dictionary's actors join the corpus (in
// the theatre of their country) and an extractor with the same
// dictionary finds their relations.
func TestDictionaryActors(t *testing.T) {
	d, err := lexicon.ParseDictionary("d.yaml", []byte(`actors:
  - id: katiba-serma
    name: Katiba Serma
    kind: armed_group
    country: ML
  - id: acme-arms
    name: Acme Arms
    kind: company
`))
	require.NoError(t, err)
	lex, err := lexicon.Default().With(d)
	require.NoError(t, err)
	x := extract.New(lex)
	rels := map[string]int{}
	for _, a := range collect(t, gen.Options{Articles: 300, Seed: 4, Lexicon: lex}) {
		c, err := x.Extract(context.Background(), a)
		require.NoError(t, err)
		for _, r := range c.Relations {
			for _, id := range []string{"katiba-serma", "acme-arms"} {
				if r.From == id || r.To == id {
					rels[id]++
				}
			}
		}
	}
	assert.Positive(t, rels["katiba-serma"], "an actor of the Sahel")
	assert.Positive(t, rels["acme-arms"], "an actor without a country: present everywhere")
}

func ExampleGenerate() {
	err := gen.Generate(context.Background(), gen.Options{Articles: 3, Seed: 1}, func(a *graph.Article) error {
		fmt.Println(a.ID, a.Lang, a.Date.Year >= 2015, len(a.Text) >= gen.MinTextBytes)
		return nil
	})
	fmt.Println(err)
	// Output:
	// gen-1-0 en true true
	// gen-1-1 en true true
	// gen-1-2 en true true
	// <nil>
}

// BenchmarkGenerate measures generation on one goroutine.
func BenchmarkGenerate(b *testing.B) {
	g, err := gen.New(gen.Options{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	i, size := 0, 0
	for b.Loop() {
		size += len(g.Article(i).Text)
		i++
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(size)/1e6/b.Elapsed().Seconds(), "MB/s")
}

// BenchmarkGenerateParallel measures Generate with every CPU, writing
// JSONL to memory.
func BenchmarkGenerateParallel(b *testing.B) {
	const n = 2000
	var buf bytes.Buffer
	size := 0
	for b.Loop() {
		buf.Reset()
		err := gen.Generate(context.Background(), gen.Options{Articles: n, Seed: 1}, func(a *graph.Article) error {
			size += len(a.Text)
			buf.Write(gen.AppendJSONL(nil, a))
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(size)/1e6/b.Elapsed().Seconds(), "MB/s")
}
