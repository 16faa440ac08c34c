package extract

import (
	"context"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/lexicon"
	"github.com/stretchr/testify/require"
)

// TestReaderContentHash: the claims of an article the loader read carry
// the hash the loader computed (not computed again), and any other
// content hash an article comes with is replaced by that of its text.
func TestReaderContentHash(t *testing.T) {
	x := New(nil)
	text := "Le Mali et la Russie ont signé un accord de défense.\r\nL'armée malienne a combattu le JNIM."
	var read *graph.Article
	err := loader.ReadFile(context.Background(), "a.txt", strings.NewReader(text), loader.ReadOptions{}, func(it loader.Item) error {
		read = it.Article
		return nil
	})
	require.NoError(t, err)
	require.NotNil(t, read)
	want := graph.ContentHash(read.Text)
	c, err := x.Extract(context.Background(), read)
	require.NoError(t, err)
	require.Equal(t, want, c.Article.ContentHash)

	stale := *read
	stale.ContentHash = graph.ContentHash("another text")
	c, err = x.Extract(context.Background(), &stale)
	require.NoError(t, err)
	require.Equal(t, want, c.Article.ContentHash, "a hash set by hand is not trusted")

	edited := *read
	edited.Text = strings.Replace(read.Text, "Mali", "Niger", 1)
	c, err = x.Extract(context.Background(), &edited)
	require.NoError(t, err)
	require.Equal(t, graph.ContentHash(edited.Text), c.Article.ContentHash, "the reader's hash is of another text")
}

// TestMayAgrees: wherever phrases.may says no phrase of a set may start
// at a token (or outside the tokens), at finds none, in marked and plain
// documents of the sample articles, for the sets whose hot loops test
// may before at; and may is exact in a marked document: it says yes only
// where a phrase of the set starts with the word.
func TestMayAgrees(t *testing.T) {
	checked := 0
	eachSampleDoc(t, func(x *Extractor, d *doc, ld *langData) {
		n := len(d.toks)
		r := ld.rel
		sets := []phrases{r.troops, r.hg.locLeaving, r.alongside, r.hg.report, r.mediation, r.including,
			r.bl.memberPlaces, r.hg.cessation, r.hg.negEnd, ld.coord, ld.determiners, r.clauseBreaks, r.relatives,
			x.places, r.speech, r.deploy, ld.hedges, ld.negations, r.bl.locMember, ld.passive, r.allyRoles,
			r.home, r.leaderRoles, ld.credits, ld.attributions, r.help, r.countWords, r.trainingMissions,
			r.expelVerbs, r.takeVerbs, r.collectives, r.memberRoles, r.supplierRoles}
		for i := -1; i <= n; i++ {
			for _, ps := range sets {
				if ps.may(d, i) {
					if d.marked && ps.id != 0 {
						require.NotNil(t, d.toks[i].info.setPats(ps.id), "set %d at %d", ps.id, i)
					}
					continue
				}
				checked++
				if got := ps.at(d, i, n, nil); got != 0 {
					t.Fatalf("set %d: may(%d) false but at = %d", ps.id, i, got)
				}
			}
		}
	})
	require.Positive(t, checked)
}

// eachSampleDoc calls f for each sample article, marked (markWords) and
// plain, with each language data of a default extractor: the documents
// the tests of phrases.may and mayEnd check their shortcuts on.
func eachSampleDoc(t *testing.T, f func(x *Extractor, d *doc, ld *langData)) {
	t.Helper()
	x := New(nil)
	lds := []*langData{x.all}
	for _, code := range x.lex.Languages() {
		lds = append(lds, x.langs[code])
	}
	for _, text := range sampleTexts(t) {
		marked, plain := newDoc(text), newDoc(text)
		x.markWords(marked)
		for _, d := range []*doc{marked, plain} {
			for _, ld := range lds {
				f(x, d, ld)
			}
		}
	}
}

// TestInMention compares sctx.inMention, a bisection written out, with
// sort.Search over random sorted mentions.
func TestInMention(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for range 2000 {
		var ms []mention
		at := rng.IntN(3)
		for range rng.IntN(6) {
			ts := at + rng.IntN(3)
			te := ts + 1 + rng.IntN(3)
			ms = append(ms, mention{ts: ts, te: te})
			at = te
		}
		c := &sctx{ms: ms}
		for i := -1; i <= at+2; i++ {
			want := -1
			if j := sort.Search(len(ms), func(k int) bool { return ms[k].te > i }); j < len(ms) && ms[j].ts <= i {
				want = j
			}
			require.Equal(t, want, c.inMention(i), "token %d of %v", i, ms)
		}
	}
}

// TestFillableAgrees: wherever fillable rules a trigger out, matchFilled
// finds no match, at every token of the marked sample articles; and a
// phrase with fillers inside is still found.
func TestFillableAgrees(t *testing.T) {
	x := New(nil)
	ruled := 0
	for _, text := range append(sampleTexts(t), "Les soldats tchadiens participent eux aussi à l'opération contre Boko Haram.") {
		d := newDoc(text)
		x.markWords(d)
		n := len(d.toks)
		for _, code := range x.lex.Languages() {
			ld := x.langs[code]
			for i := range d.toks {
				for _, e := range ld.triggersAt(d, i) {
					if d.fillable(&e.pattern, i, n) {
						continue
					}
					ruled++
					require.Equal(t, -1, d.matchFilled(&e.pattern, i, n, nil, ld.fillers), "trigger %v at %d", e.terms, i)
				}
			}
		}
	}
	require.Positive(t, ruled)
	d := newDoc("Les soldats tchadiens participent eux aussi à l'opération.")
	x.markWords(d)
	found := false
	for i := range d.toks {
		for _, e := range x.langs["fr"].triggersAt(d, i) {
			if d.fillable(&e.pattern, i, len(d.toks)) && d.matchFilled(&e.pattern, i, len(d.toks), nil, x.langs["fr"].fillers) > 0 {
				found = true
			}
		}
	}
	require.True(t, found, "« participent eux aussi à »")
}

// TestTriggerRules: each trigger's rule name is made once, with the
// trigger, and is the one triggerPairs would make.
func TestTriggerRules(t *testing.T) {
	n := 0
	eachTrigger(New(nil), func(e *trigEntry) {
		require.Equal(t, triggerRule(e.trig), e.rule)
		n++
	})
	require.Positive(t, n)
	require.Equal(t, "fr/trigger/supplies/active", triggerRule(lexicon.Trigger{Lang: "fr", Type: graph.Supplies, Voice: lexicon.Active}))
}

// TestShapeIs compares shapeIs with lexicon.CaseShape on the words of the
// sample articles against the shapes of other words and of their own.
func TestShapeIs(t *testing.T) {
	words := []string{"", "US", "FAMa", "AFC/M23", "M23", "e\u0301", "E\u0301U", "ǅemal", "İstanbul", "ß", "RDC", "x"}
	for _, text := range sampleTexts(t)[:3] {
		d := newDoc(text)
		for i := range d.toks {
			words = append(words, d.word(i))
		}
	}
	for i, w := range words {
		require.True(t, shapeIs(w, lexicon.CaseShape(w)), "%q", w)
		for _, v := range words[max(0, i-3):min(len(words), i+3)] {
			require.Equal(t, lexicon.CaseShape(w) == lexicon.CaseShape(v), shapeIs(w, lexicon.CaseShape(v)), "%q against %q", w, v)
		}
	}
}

// TestFoldedText: the folded words of a span, joined by spaces, built in
// one allocation; an empty span is "".
func TestFoldedText(t *testing.T) {
	d := newDoc("Les Forces de Soutien Rapide (FSR) attaquent.")
	require.Equal(t, "forces de soutien rapide", d.foldedText(1, 5))
	require.Equal(t, "les", d.foldedText(0, 1))
	require.Equal(t, "", d.foldedText(2, 2))
	require.Equal(t, "", d.foldedText(3, 2))
}
