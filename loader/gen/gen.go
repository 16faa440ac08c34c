package gen

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// MaxArticles is the most articles one corpus may have: indexes are
// written with seven digits.
const MaxArticles = 10_000_000

// Options configure a corpus. The zero value, with Articles set, is a
// corpus of seed 0 in every language with templates, from the default
// lexicon.
type Options struct {
	// Articles is the number of articles to generate.
	Articles int
	// Start is the index of the first article: Generate produces the
	// articles Start, Start+1, ..., Start+Articles-1, each the same as in
	// a corpus generated from 0. Default 0.
	Start int
	// Seed chooses the corpus: the same seed gives the same articles.
	Seed int64
	// Langs are the languages of the articles, each article drawing one;
	// nil means every language with templates ([Languages]).
	Langs []string
	// Lexicon gives the actors and trigger phrases; nil means
	// [lexicon.Default]. A lexicon with user dictionaries adds their
	// actors to the corpus (as actors present in every theatre).
	Lexicon *lexicon.Lexicon
	// Workers is the number of goroutines generating articles; 0 means
	// one per CPU. It does not change the articles.
	Workers int
}

// Languages returns the codes of the languages the generator has
// templates for, sorted.
func Languages() []string {
	codes := make([]string, 0, len(rawLangs))
	for code := range rawLangs {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	return codes
}

// ErrOptions is returned (wrapped) by [New] and [Generate] for options
// that cannot make a corpus.
var ErrOptions = errors.New("gen: bad options")

// Generator makes the articles of one corpus. It is immutable and safe for
// concurrent use; build it with [New].
type Generator struct {
	seed     int64
	seedHash uint64
	langs    []string
	ld       map[string]*langData
	w        *world
	agencies []string
}

// New returns the generator of the corpus o describes (o.Articles, o.Start
// and o.Workers are not used).
func New(o Options) (*Generator, error) {
	lex := o.Lexicon
	if lex == nil {
		lex = lexicon.Default()
	}
	langs := o.Langs
	if len(langs) == 0 {
		langs = Languages()
	}
	g := &Generator{
		seed:     o.Seed,
		seedHash: splitmix64(uint64(o.Seed) ^ 0x5eed),
		ld:       map[string]*langData{},
		agencies: lex.CreditAgencies(),
	}
	for _, code := range langs {
		if slices.Contains(g.langs, code) {
			continue
		}
		raw, ok := rawLangs[code]
		if !ok {
			return nil, fmt.Errorf("%w: no templates for language %q (have %s)", ErrOptions, code, strings.Join(Languages(), ", "))
		}
		if lex.Language(code) == nil {
			return nil, fmt.Errorf("%w: the lexicon has no language %q", ErrOptions, code)
		}
		ld, err := compileLang(raw, lex)
		if err != nil {
			return nil, fmt.Errorf("gen: templates %s: %w", code, err)
		}
		g.langs = append(g.langs, code)
		g.ld[code] = ld
	}
	if len(g.agencies) == 0 {
		g.agencies = []string{"AFP"}
	}
	g.w = newWorld(lex, g.langs)
	return g, nil
}

// Langs returns the languages of the corpus, in the order given.
func (g *Generator) Langs() []string { return slices.Clone(g.langs) }

// rng returns the random source of article i: a PCG seeded from the
// corpus seed and i only.
func (g *Generator) rng(i int) *rand.Rand {
	return rand.New(rand.NewPCG(g.seedHash, splitmix64(uint64(i)^g.seedHash*0x9e3779b97f4a7c15)))
}

// ID returns the id of article i: "gen-<seed>-<i>".
func (g *Generator) ID(i int) string { return fmt.Sprintf("gen-%d-%d", g.seed, i) }

// Article returns article i of the corpus, a function of the seed and i
// only. Its Text ends with a newline; ContentHash and Fingerprint are
// not set.
func (g *Generator) Article(i int) *graph.Article {
	a, _ := g.article(i)
	return a
}

// Generate generates o.Articles articles, from index o.Start on, and calls
// fn with each in index order, from the calling goroutine. Articles are
// made by o.Workers goroutines a batch at a time, so memory stays bounded
// whatever the size of the corpus. Generate stops at the first error fn
// returns, and returns it, or ctx's error when ctx is done.
func Generate(ctx context.Context, o Options, fn func(*graph.Article) error) error {
	if o.Articles < 0 || o.Start < 0 || o.Start+o.Articles > MaxArticles {
		return fmt.Errorf("%w: articles %d from %d: want 0 <= start, start+articles <= %d", ErrOptions, o.Articles, o.Start, MaxArticles)
	}
	g, err := New(o)
	if err != nil {
		return err
	}
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batch := make([]*graph.Article, workers*16)
	for lo := o.Start; lo < o.Start+o.Articles; lo += len(batch) {
		if err := ctx.Err(); err != nil {
			return err
		}
		n := min(len(batch), o.Start+o.Articles-lo)
		var wg sync.WaitGroup
		var next atomic.Int64
		for range min(workers, n) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					k := int(next.Add(1) - 1)
					if k >= n || ctx.Err() != nil {
						return
					}
					batch[k] = g.Article(lo + k)
				}
			}()
		}
		wg.Wait()
		for k := range n {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(batch[k]); err != nil {
				return err
			}
			batch[k] = nil
		}
	}
	return nil
}
