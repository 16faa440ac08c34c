package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

var bg = context.Background()

// dumpRelation is a relation with its evidence, as the canonical dump shows it.
type dumpRelation struct {
	*graph.Relation
	Evidence []*graph.Evidence `json:"evidence"`
}

// canonicalDump renders everything a user can read from the store — every
// actor, every relation (negated-only ones included) with its evidence,
// every article and the counters — as indented JSON in a fixed order.
func canonicalDump(t testing.TB, s *graph.Store) []byte {
	t.Helper()
	var d struct {
		Actors    []*graph.Actor   `json:"actors"`
		Relations []dumpRelation   `json:"relations"`
		Articles  []*graph.Article `json:"articles"`
		Stats     *graph.Stats     `json:"stats"`
	}
	err := s.View(bg, func(tx *graph.Tx) error {
		if err := tx.EachActor(bg, graph.ActorQuery{}, func(a *graph.Actor) error {
			d.Actors = append(d.Actors, a)
			return nil
		}); err != nil {
			return err
		}
		if err := tx.EachRelation(bg, graph.RelationFilter{IncludeNegated: true}, func(r *graph.Relation) error {
			dr := dumpRelation{Relation: r}
			err := tx.EachEvidence(bg, r.Key(), graph.EvidenceFilter{}, func(e *graph.Evidence) error {
				dr.Evidence = append(dr.Evidence, e)
				return nil
			})
			d.Relations = append(d.Relations, dr)
			return err
		}); err != nil {
			return err
		}
		if err := tx.EachArticle(bg, func(a *graph.Article) error {
			d.Articles = append(d.Articles, a)
			return nil
		}); err != nil {
			return err
		}
		var err error
		d.Stats, err = tx.Stats(bg)
		return err
	})
	require.NoError(t, err)
	b, err := json.MarshalIndent(d, "", " ")
	require.NoError(t, err)
	return b
}

// rawDump renders every key and value of the store's Badger, in key order.
func rawDump(t testing.TB, s *graph.Store) []byte {
	t.Helper()
	var b bytes.Buffer
	err := s.DB().View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if bytes.HasPrefix(it.Item().Key(), []byte("j/")) {
				continue // the decision log is history: its times differ
			}
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			fmt.Fprintf(&b, "%q = %q\n", it.Item().Key(), v)
		}
		return nil
	})
	require.NoError(t, err)
	return b.Bytes()
}

// keyCount returns the number of keys in the store's Badger and its
// highest commit version.
func keyCount(t testing.TB, s *graph.Store) (int, uint64) {
	t.Helper()
	n := 0
	err := s.DB().View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			n++
		}
		return nil
	})
	require.NoError(t, err)
	return n, s.DB().MaxVersion()
}

// keysWithPrefix returns the keys of the store under prefix, printable.
func keysWithPrefix(t testing.TB, s *graph.Store, prefix string) []string {
	t.Helper()
	var out []string
	err := s.DB().View(func(txn *badger.Txn) error {
		p := []byte(prefix)
		it := txn.NewIterator(badger.IteratorOptions{Prefix: p})
		defer it.Close()
		for it.Seek(p); it.ValidForPrefix(p); it.Next() {
			out = append(out, strings.ReplaceAll(string(it.Item().Key()), "\x00", "|"))
		}
		return nil
	})
	require.NoError(t, err)
	return out
}

// cloneClaims returns a deep copy of c (Ingest fills fields of its argument).
func cloneClaims(t testing.TB, c *graph.Claims) *graph.Claims {
	t.Helper()
	b, err := json.Marshal(c)
	require.NoError(t, err)
	var out graph.Claims
	require.NoError(t, json.Unmarshal(b, &out))
	return &out
}

// ingestAll ingests every article with n goroutines and fails on error.
func ingestAll(t testing.TB, s *graph.Store, arts []*graph.Claims, n int) {
	t.Helper()
	errs := make(chan error, len(arts))
	work := make(chan *graph.Claims)
	done := make(chan struct{})
	for range n {
		go func() {
			defer func() { done <- struct{}{} }()
			for c := range work {
				if _, err := s.Ingest(bg, c); err != nil {
					errs <- err
				}
			}
		}()
	}
	for _, c := range arts {
		work <- c
	}
	close(work)
	for range n {
		<-done
	}
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
}

// genActor is an actor of a generated corpus.
type genActor struct {
	id      string // "" when the claims give no id (the store mints the slug of name)
	name    string
	alt     string // another name some articles use
	kinds   []graph.Kind
	aliases []string
}

// corpusGen generates random but reproducible claims: actors of every
// kind, relations of every type that respect the type rules (and a few
// that break them), hedged and negated evidence, several outlets, partial
// dates, articles with and without text.
type corpusGen struct {
	actors  []genActor
	outlets []string
}

var nameWords = []string{"Sahel", "Azawad", "Liptako", "Gourma", "Kidal", "Menaka", "Tessalit", "Gao", "Niamey", "Bamako",
	"Front", "Union", "Alliance", "Brigade", "Council", "Movement", "Group", "Company", "Bataillon", "Coalition"}

var kindNames = map[graph.Kind]string{graph.KindState: "State", graph.KindArmedGroup: "Front", graph.KindCompany: "Company",
	graph.KindPerson: "Person", graph.KindOrganisation: "Organisation"}

func newCorpusGen(seed int64, nActors, nOutlets int) *corpusGen {
	r := rand.New(rand.NewSource(seed))
	g := &corpusGen{}
	for i := range nActors {
		k := graph.Kinds[i%len(graph.Kinds)]
		name := fmt.Sprintf("%s %s %d", nameWords[r.Intn(10)], kindNames[k], i)
		a := genActor{name: name, kinds: []graph.Kind{k}}
		if i%3 != 0 {
			a.id = fmt.Sprintf("%s-%d", strings.ReplaceAll(string(k), "_", "-"), i)
		}
		switch i % 4 {
		case 1:
			a.alt = strings.ToUpper(name)
		case 2:
			a.alt = "Le " + name
		}
		if i%5 == 1 {
			a.aliases = []string{fmt.Sprintf("A%d", i), fmt.Sprintf("Alias Ï%d", i)}
		}
		if i == 1 {
			// An actor whose kind the articles disagree on.
			a.kinds = []graph.Kind{graph.KindArmedGroup, graph.KindOrganisation}
		}
		g.actors = append(g.actors, a)
	}
	for i := range nOutlets {
		g.outlets = append(g.outlets, fmt.Sprintf("outlet-%d", i))
	}
	g.outlets = append(g.outlets, "") // articles without an outlet
	return g
}

func randDate(r *rand.Rand) graph.Date {
	d := graph.Date{Year: 2019 + r.Intn(6)}
	switch r.Intn(5) {
	case 0:
		return graph.Date{}
	case 1:
		return d
	case 2:
		d.Month = 1 + r.Intn(12)
		return d
	}
	d.Month, d.Day = 1+r.Intn(12), 1+r.Intn(28)
	return d
}

// sentences returns n sentences for an article's text.
func (g *corpusGen) sentences(r *rand.Rand, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("Selon %s, %s et %s « coopèrent » depuis %d (phrase %d).",
			nameWords[r.Intn(len(nameWords))], g.actors[r.Intn(len(g.actors))].name, g.actors[r.Intn(len(g.actors))].name, 2019+r.Intn(6), i)
	}
	return out
}

// claims returns the claims of one article with the identity of a. When
// sents is not nil it is the text, as sentences, the evidence points into.
func (g *corpusGen) claims(r *rand.Rand, a graph.Article, sents []string, nRel int) *graph.Claims {
	c := &graph.Claims{Version: 1, Article: a}
	var offs []int
	if sents != nil {
		var b strings.Builder
		for i, s := range sents {
			if i > 0 {
				b.WriteString(" ")
			}
			offs = append(offs, b.Len())
			b.WriteString(s)
		}
		c.Article.Text = b.String()
	}
	type pick struct {
		ref  string
		kind graph.Kind
	}
	picked := map[int]pick{}
	chosen := map[int]graph.Kind{}
	kindOf := func(i int) graph.Kind {
		if p, ok := picked[i]; ok {
			return p.kind
		}
		if k, ok := chosen[i]; ok {
			return k
		}
		ks := g.actors[i].kinds
		k := ks[r.Intn(len(ks))]
		chosen[i] = k
		return k
	}
	use := func(i int) pick {
		if p, ok := picked[i]; ok {
			return p
		}
		ga := g.actors[i]
		ca := graph.ClaimActor{ID: ga.id, Name: ga.name, Kind: kindOf(i), Mentions: r.Intn(4)}
		if ga.alt != "" && r.Intn(3) == 0 {
			ca.Name = ga.alt
		}
		if len(ga.aliases) > 0 {
			ca.Aliases = ga.aliases[:1+r.Intn(len(ga.aliases))]
			if r.Intn(2) == 0 {
				ca.Source = graph.SourceDictionary
			}
		}
		if r.Intn(4) == 0 {
			ca.Country = []string{"ML", "RU", "TR", "FR"}[r.Intn(4)]
		}
		c.Actors = append(c.Actors, ca)
		ref := ga.id
		if ref == "" || r.Intn(2) == 0 {
			ref = ca.Name
		}
		p := pick{ref, ca.Kind}
		picked[i] = p
		return p
	}
	// A few actors mentioned without any relation.
	for range r.Intn(3) {
		use(r.Intn(len(g.actors)))
	}
	seen := map[string]bool{}
	for range nRel {
		typ := graph.RelTypes[r.Intn(len(graph.RelTypes))]
		breakRule := r.Intn(25) == 0 // a relation the store must reject
		var fi, ti int
		found := false
		for range 50 {
			fi, ti = r.Intn(len(g.actors)), r.Intn(len(g.actors))
			if fi != ti && typ.Allows(kindOf(fi), kindOf(ti)) != breakRule {
				found = true
				break
			}
		}
		if !found {
			continue
		}
		fp, tp := use(fi), use(ti)
		key := fmt.Sprint(fi, typ, ti)
		if seen[key] {
			continue
		}
		seen[key] = true
		cr := graph.ClaimRelation{From: fp.ref, Type: typ, To: tp.ref}
		for range r.Intn(3) {
			ce := graph.ClaimEvidence{
				Date:     randDate(r),
				Hedged:   r.Intn(4) == 0,
				Negated:  r.Intn(7) == 0,
				Trigger:  "forme",
				Rule:     fmt.Sprintf("rule-%d", r.Intn(5)),
				Supplied: []string{"", "", "drones Bayraktar TB2"}[r.Intn(3)],
			}
			if r.Intn(3) > 0 {
				ce.Confidence = float64(30+r.Intn(71)) / 100
			}
			if r.Intn(5) == 0 {
				ce.Attribution = "selon des sources locales"
			}
			if sents != nil {
				j := r.Intn(len(sents))
				ce.Sentence, ce.Start, ce.End = sents[j], offs[j], offs[j]+len(sents[j])
				if r.Intn(2) == 0 {
					jj := j
					ce.SentenceIndex = &jj
				}
			} else {
				ce.Sentence = fmt.Sprintf("Sentence %d of %s.", r.Intn(6), a.ID)
			}
			cr.Evidence = append(cr.Evidence, ce)
		}
		c.Relations = append(c.Relations, cr)
	}
	return c
}

// article returns the claims of article i of a corpus: its identity, date
// and outlet, and whether it has a text, all derived from seed and i.
func (g *corpusGen) article(seed int64, i, nRel int) *graph.Claims {
	r := rand.New(rand.NewSource(seed*1_000_003 + int64(i)))
	a := graph.Article{ID: fmt.Sprintf("art-%04d", i), Date: randDate(r), Outlet: g.outlets[r.Intn(len(g.outlets))], Lang: "fr",
		Title: fmt.Sprintf("Article %d", i)}
	if i%7 == 3 {
		a.ID, a.URL = "", fmt.Sprintf("https://News.test/%d/?utm_source=feed", i)
	}
	var sents []string
	if i%2 == 0 {
		sents = g.sentences(r, 2+r.Intn(6))
		a.Fingerprint = "extractor-1"
	}
	return g.claims(r, a, sents, nRel)
}

// corpus returns n articles of up to nRel relations each.
func (g *corpusGen) corpus(seed int64, n, nRel int) []*graph.Claims {
	out := make([]*graph.Claims, n)
	for i := range out {
		out[i] = g.article(seed, i, nRel)
	}
	return out
}
