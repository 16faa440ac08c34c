package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
	"github.com/stretchr/testify/require"
)

// TestGroupOutKeepsGroups: the groups doc.group returns share a buffer of
// the scratch, but none is overwritten by a later group, nor by a
// caller's append, even past the end of a buffer.
func TestGroupOutKeepsGroups(t *testing.T) {
	d := newDoc("Mali, Niger and Chad.")
	var got [][]int
	var want [][]int
	for k := range 3 * groupChunk {
		g := []int{k, k + 1, k + 2}[:1+k%3]
		want = append(want, slices.Clone(g))
		out := d.groupOut(g)
		require.Equal(t, len(out), cap(out), "clipped")
		got = append(got, out)
		_ = append(out, -1) // a caller's append copies
	}
	require.Equal(t, want, got)
}

// TestGroupBackwards: a group read backwards comes out in text order, as
// when it was built by prepending.
func TestGroupBackwards(t *testing.T) {
	x := New(nil)
	ld := x.langData("en")
	d := newDoc("Mali, Niger and Chad signed a pact with Russia.")
	x.markWords(d)
	d.classify(ld)
	a, b := 0, len(d.toks)
	ms := x.gazetteer(d, ld, a, b)
	require.GreaterOrEqual(t, len(ms), 4)
	require.Equal(t, []int{0, 1, 2}, d.group(ld, ms, 2, -1))
	require.Equal(t, []int{0, 1, 2}, d.group(ld, ms, 0, +1))
	require.Equal(t, []int{3}, d.group(ld, ms, 3, -1))
}

// claimActorsSorted is claimActors as it was written before speed5: the
// names sorted by id, form and order.
func claimActorsSorted(x *Extractor, names []naming) []graph.ClaimActor {
	slices.SortFunc(names, func(p, q naming) int {
		if c := strings.Compare(p.actor.ID, q.actor.ID); c != 0 {
			return c
		}
		if c := strings.Compare(p.form, q.form); c != 0 {
			return c
		}
		return p.seq - q.seq
	})
	var out []graph.ClaimActor
	for i := 0; i < len(names); {
		j := i
		var surface []string
		last := names[i]
		for ; j < len(names) && names[j].actor.ID == names[i].actor.ID; j++ {
			nm := names[j]
			if nm.seq > last.seq {
				last = nm
			}
			if !nm.anaphor && (len(surface) == 0 || surface[len(surface)-1] != nm.form) {
				surface = append(surface, nm.form)
			}
		}
		la := last.actor
		src := graph.SourceDictionary
		if _, known := x.lex.Actor(la.ID); !known {
			src = graph.SourceExtracted
		}
		if surface == nil {
			surface = []string{}
		}
		out = append(out, graph.ClaimActor{
			ID: la.ID, Name: la.Name, Kind: la.Kind, Aliases: x.actorAliases(la),
			Country: la.Country, Wikidata: la.Wikidata, SuccessorOf: la.SuccessorOf,
			Mentions: j - i, Source: src, Surface: surface,
		})
		i = j
	}
	return out
}

// TestClaimActorsGroups compares claimActors, which groups the names
// without sorting them, with the sort it replaced, on random names:
// several records of one id (the last named is kept), anaphors (counted,
// no surface form), repeated forms, more actors and names than its
// arrays on the stack hold.
func TestClaimActorsGroups(t *testing.T) {
	x := New(nil)
	rng := rand.New(rand.NewPCG(5, 5))
	lexActors := x.lex.Actors()
	for round := range 300 {
		nActors := 1 + rng.IntN(40)
		var recs []*lexicon.Actor
		for range nActors {
			a := lexActors[rng.IntN(len(lexActors))]
			recs = append(recs, a)
			if rng.IntN(4) == 0 { // another record of the same id
				b := *a
				b.Name = a.Name + " (discovered)"
				recs = append(recs, &b)
			}
		}
		n := rng.IntN(300)
		if round == 0 {
			n = 0
		}
		var names []naming
		forms := []string{"A", "B", "C", "le groupe", "Z"}
		for k := range n {
			a := recs[rng.IntN(len(recs))]
			names = append(names, naming{actor: a, form: forms[rng.IntN(len(forms))], anaphor: rng.IntN(5) == 0, seq: k})
		}
		got := x.claimActors(slices.Clone(names))
		want := claimActorsSorted(x, slices.Clone(names))
		if len(want) == 0 {
			require.Empty(t, got)
			continue
		}
		require.Equal(t, want, got, "round %d", round)
	}
}

// TestSctxGaps compares what newSctx reads in the gaps between tokens, in
// one pass over their bytes, with the tests it replaced.
func TestSctxGaps(t *testing.T) {
	x := New(nil)
	ld := x.langData("fr")
	texts := []string{
		"Le Mali, le Niger ; le Tchad : la Russie - la Turquie -- la France (l'ONU) [sic] 4,000 hommes, « selon » X.",
		"A,B;C:D - E--F ( G ) H, (I, J) K ,L - M",
		"Les armées ‑ malienne – et nigérienne—ont, dit-on; attaqué 12,5 km.",
	}
	for _, text := range texts {
		d := newDoc(text)
		x.markWords(d)
		d.classify(ld)
		a, b := 0, len(d.toks)
		c := newSctx(d, ld, a, b, nil)
		gaps := d.sc.gaps[a:b]
		for i := a + 1; i < b; i++ {
			gap := d.norm[d.toks[i-1].end:d.toks[i].start]
			comma := strings.IndexByte(gap, ',') >= 0 && !(gap == "," && isNumber(d.toks[i-1].fold) && isNumber(d.toks[i].fold))
			hard := strings.ContainsAny(gap, ";:") || strings.Contains(gap, " - ") || strings.Contains(gap, "--")
			require.Equal(t, comma, c.comma[i-a], "comma in %q", gap)
			require.Equal(t, hard, c.hard[i-a], "hard in %q", gap)
			require.Equal(t, d.gapHas(i, ','), gaps[i-a]&gapHasComma != 0, "%q", gap)
			require.Equal(t, d.gapHas(i, ';'), gaps[i-a]&gapHasSemicolon != 0, "%q", gap)
		}
	}
}

// TestRememberLastNamed: naming again the actor named last changes
// nothing; another record of its id takes its place; the list keeps the
// last maxSeen.
func TestRememberLastNamed(t *testing.T) {
	mem := newMemory()
	var as []*lexicon.Actor
	for k := range maxSeen + 3 {
		as = append(as, &lexicon.Actor{ID: string(rune('a' + k)), Kind: graph.KindState})
	}
	for _, a := range as {
		mem.remember(a)
		mem.remember(a)
	}
	require.Equal(t, as[3:], *mem.seen.of(graph.KindState))
	other := *as[5]
	mem.remember(&other)
	want := append(slices.Clone(as[3:5]), as[6:]...)
	want = append(want, &other)
	require.Equal(t, want, *mem.seen.of(graph.KindState))
	require.Same(t, &other, (*mem.seen.of(graph.KindState))[maxSeen-1])
}
