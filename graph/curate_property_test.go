package graph_test

import (
	"bytes"
	"fmt"
	"math/rand"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// The curation property test: the graph is a function of (articles, log),
// whatever the order in which articles are loaded, re-extracted and
// decided about.

// cActor is an actor of the curation corpus. With an id and surfaces, it
// stands for a dictionary entry the extractor resolved the surfaces to;
// without an id, for an actor discovered in the text under name or alt.
type cActor struct {
	id       string
	name     string
	alt      string
	kind     graph.Kind
	surfaces []string
	aliases  []string
}

var curationActors = []cActor{
	{id: "mali", name: "Mali", kind: graph.KindState, surfaces: []string{"Bamako", "FAMa", "Mali", "armée malienne"}},
	{id: "wagner-group", name: "Groupe Wagner", kind: graph.KindArmedGroup, surfaces: []string{"Africa Corps", "Groupe Wagner", "Wagner"}},
	{id: "al-shabaab", name: "Al-Shabaab", kind: graph.KindArmedGroup, surfaces: []string{"Al-Shabaab", "Ansar al-Sunna", "Shabaab"}},
	{id: "russia", name: "Russie", kind: graph.KindState, surfaces: []string{"Kremlin", "Moscou", "Russie"}},
	{id: "turkey", name: "Turquie", kind: graph.KindState, surfaces: []string{"Ankara", "Turquie"}},
	{id: "baykar", name: "Baykar", kind: graph.KindCompany, surfaces: []string{"Baykar"}},
	{id: "assimi-goita", name: "Assimi Goïta", kind: graph.KindPerson, surfaces: []string{"Assimi Goïta", "Goïta"}},
	{id: "un", name: "Nations unies", kind: graph.KindOrganisation, aliases: []string{"ONU"}}, // an id, no dictionary
	{name: "CSP-DPA", alt: "Cadre stratégique permanent", kind: graph.KindArmedGroup, aliases: []string{"CSP"}},
	{name: "FLA", alt: "Front de libération de l'Azawad", kind: graph.KindArmedGroup},
	{name: "Katiba Macina", kind: graph.KindArmedGroup},
	{name: "JNIM", alt: "Jama'at Nusrat al-Islam wal-Muslimin", kind: graph.KindArmedGroup},
	{name: "Africa Corps", kind: graph.KindArmedGroup}, // also a surface of wagner-group
	{name: "FAMa", kind: graph.KindState},              // also a surface of mali
	{name: "Iyad Ag Ghaly", alt: "Ag Ghaly", kind: graph.KindPerson},
	{name: "Sahel Logistics", kind: graph.KindCompany},
}

// curationCorpus returns n articles of random claims over curationActors.
func curationCorpus(seed int64, n int) []*graph.Claims {
	r := rand.New(rand.NewSource(seed))
	var out []*graph.Claims
	for i := range n {
		c := &graph.Claims{Version: 1, Article: graph.Article{ID: fmt.Sprintf("cp-%02d", i), Date: randDate(r),
			Outlet: fmt.Sprintf("outlet-%d", r.Intn(4)), Fingerprint: "fp-1"}}
		picked := r.Perm(len(curationActors))[:2+r.Intn(3)]
		refs := make([]string, len(picked))
		for j, k := range picked {
			a := curationActors[k]
			ca := graph.ClaimActor{ID: a.id, Name: a.name, Kind: a.kind, Mentions: 1 + r.Intn(3)}
			switch {
			case a.surfaces != nil:
				ca.Source = graph.SourceDictionary
				ca.Aliases = a.surfaces
				for _, f := range a.surfaces {
					if r.Intn(2) == 0 {
						ca.Surface = append(ca.Surface, f)
					}
				}
				if len(ca.Surface) == 0 {
					ca.Surface = a.surfaces[:1]
				}
			case a.id == "":
				if a.alt != "" && r.Intn(3) == 0 {
					ca.Name = a.alt
				}
				ca.Aliases = slices.Clone(a.aliases)
				if a.alt != "" && ca.Name != a.alt && r.Intn(2) == 0 {
					ca.Aliases = append(ca.Aliases, a.alt)
				}
			default:
				ca.Aliases = a.aliases
			}
			c.Actors = append(c.Actors, ca)
			refs[j] = ca.ID
			if refs[j] == "" {
				refs[j] = ca.Name
			}
		}
		for s := range 1 + r.Intn(4) {
			fi, ti := r.Intn(len(picked)), r.Intn(len(picked))
			if fi == ti {
				continue
			}
			fk, tk := curationActors[picked[fi]].kind, curationActors[picked[ti]].kind
			var typ graph.RelType
			for _, t := range r.Perm(len(graph.RelTypes)) {
				if graph.RelTypes[t].Allows(fk, tk) {
					typ = graph.RelTypes[t]
					break
				}
			}
			if typ == "" {
				continue
			}
			e := graph.ClaimEvidence{Sentence: fmt.Sprintf("Phrase %d de %s.", s, c.Article.ID), Date: randDate(r),
				Hedged: r.Intn(4) == 0, Negated: r.Intn(8) == 0, Confidence: float64(50+r.Intn(50)) / 100}
			c.Relations = append(c.Relations, graph.ClaimRelation{From: refs[fi], Type: typ, To: refs[ti], Evidence: []graph.ClaimEvidence{e}})
		}
		out = append(out, c)
	}
	return out
}

// curationDecisions returns n random decisions about the corpus: most are
// sensible, some are refused (loops, merges of actors declared not the
// same, unmerges of what is not merged), all with fixed times.
func curationDecisions(seed int64, n int, arts []*graph.Claims) []graph.Decision {
	r := rand.New(rand.NewSource(seed))
	var ids, forms []string
	for _, a := range curationActors {
		if a.id != "" {
			ids = append(ids, a.id)
		} else {
			ids = append(ids, graph.Slug(a.name))
		}
		forms = append(forms, a.name)
		forms = append(forms, a.surfaces...)
		forms = append(forms, a.aliases...)
		if a.alt != "" {
			forms = append(forms, a.alt)
		}
	}
	// The natural ids of dictionary surfaces: "fama", "africa-corps", ...
	for _, a := range curationActors {
		for _, f := range a.surfaces {
			if s := graph.Slug(f); !slices.Contains(ids, s) {
				ids = append(ids, s)
			}
		}
	}
	pick := func(s []string) string { return s[r.Intn(len(s))] }
	real := len(curationActors) // ids[:real] are the corpus's own actors
	var merged, retracted []string
	pickID := func() string {
		switch k := r.Intn(8); {
		case k < 2 && len(merged) > 0:
			return pick(merged) // decisions about merged actors: their mentions live elsewhere
		case k < 6:
			return ids[r.Intn(real)]
		}
		return pick(ids)
	}
	surfacesOf := func(id string) []string {
		for _, a := range curationActors {
			if a.id == id && a.surfaces != nil {
				return a.surfaces
			}
		}
		return forms
	}
	var ds []graph.Decision
	for i := 0; len(ds) < n; i++ {
		var d graph.Decision
		switch r.Intn(11) {
		case 0, 1:
			d = graph.Decision{Op: graph.OpMerge, Actor: pickID(), Other: pickID()}
			merged = append(merged, d.Actor, d.Other)
		case 2:
			if len(merged) == 0 {
				continue
			}
			d = graph.Decision{Op: graph.OpUnmerge, Actor: pick(merged)}
		case 3:
			dictA := curationActors[r.Intn(7)]
			d = graph.Decision{Op: graph.OpNotSame, Actor: dictA.id, Other: graph.Slug(pick(dictA.surfaces))}
			if r.Intn(3) == 0 {
				d.Other = pickID()
			}
		case 4:
			d = graph.Decision{Op: graph.OpSplit, Actor: pickID(), Other: fmt.Sprintf("split-%d", i)}
			if r.Intn(2) == 0 {
				d.Form = pick(surfacesOf(d.Actor))
				d.Name = d.Form + " (bis)"
			} else {
				for range 1 + r.Intn(3) {
					d.Articles = append(d.Articles, arts[r.Intn(len(arts))].Article.ID)
				}
			}
		case 5:
			d = graph.Decision{Op: graph.OpAliasAdd, Actor: pickID(), Form: pick(forms)}
		case 6:
			a := pickID()
			d = graph.Decision{Op: graph.OpAliasRemove, Actor: a, Form: pick(surfacesOf(a))}
		case 7:
			d = graph.Decision{Op: graph.OpRename, Actor: pickID(), Name: fmt.Sprintf("Nom %d", i)}
		case 8:
			d = graph.Decision{Op: graph.OpKind, Actor: pickID(), Kind: graph.Kinds[r.Intn(len(graph.Kinds))]}
		case 9:
			d = graph.Decision{Op: graph.OpRetract, Article: arts[r.Intn(len(arts))].Article.ID}
			retracted = append(retracted, d.Article)
		default:
			if len(retracted) == 0 {
				continue
			}
			d = graph.Decision{Op: graph.OpUnretract, Article: pick(retracted)}
		}
		d.Time = time.Date(2025, 3, 1, 0, 0, len(ds), 0, time.UTC)
		d.Author = "prop"
		ds = append(ds, d)
	}
	return ds
}

// curationEvent is one step: a load of claims or a decision.
type curationEvent struct {
	claims   *graph.Claims
	decision *graph.Decision
}

func (e curationEvent) String() string {
	if e.decision != nil {
		return e.decision.String()
	}
	return "load " + e.claims.Article.ID + " " + e.claims.Article.Fingerprint
}

// curationLoads returns, for each article, the loads it gets in order:
// the first extraction, then perhaps re-extractions and plain reloads.
func curationLoads(r *rand.Rand, arts []*graph.Claims) [][]*graph.Claims {
	out := make([][]*graph.Claims, len(arts))
	for i, c := range arts {
		loads := []*graph.Claims{c}
		last := c
		for range r.Intn(3) {
			if r.Intn(2) == 0 {
				cc := *last
				cc.Article.Fingerprint = fmt.Sprintf("fp-%d", len(loads)+1)
				last = &cc
			}
			loads = append(loads, last)
		}
		out[i] = loads
	}
	return out
}

// interleave merges the decisions (in order) with each article's loads
// (each in order) at random.
func interleave(r *rand.Rand, ds []graph.Decision, loads [][]*graph.Claims) []curationEvent {
	queues := make([][]curationEvent, 0, len(loads)+1)
	var dq []curationEvent
	for i := range ds {
		dq = append(dq, curationEvent{decision: &ds[i]})
	}
	queues = append(queues, dq)
	for _, ls := range loads {
		var q []curationEvent
		for _, c := range ls {
			q = append(q, curationEvent{claims: c})
		}
		queues = append(queues, q)
	}
	var out []curationEvent
	for {
		var live []int
		total := 0
		for i, q := range queues {
			if len(q) > 0 {
				live = append(live, i)
				total += len(q)
			}
		}
		if total == 0 {
			return out
		}
		// Pick a queue with weight its length, so decisions spread out.
		k := r.Intn(total)
		for _, i := range live {
			if k < len(queues[i]) {
				out = append(out, queues[i][0])
				queues[i] = queues[i][1:]
				break
			}
			k -= len(queues[i])
		}
	}
}

// runCuration applies the events to a fresh store, checking it every few
// steps, and returns the store and the outcome of each decision.
func runCuration(t *testing.T, events []curationEvent, checkEvery int) (*graph.Store, []string) {
	s := smallStore(t)
	var outcomes []string
	for i, e := range events {
		if e.decision != nil {
			res, err := s.Decide(bg, *e.decision, &graph.DecideOptions{Pending: true})
			switch {
			case err != nil:
				outcomes = append(outcomes, "refused: "+err.Error())
			case res.Noop:
				outcomes = append(outcomes, "noop")
			default:
				outcomes = append(outcomes, fmt.Sprint("applied #", res.Decision.Seq))
			}
		} else {
			_, err := s.Ingest(bg, cloneClaims(t, e.claims))
			require.NoError(t, err, "step %d: %s", i, e)
		}
		if i%checkEvery == checkEvery-1 || i == len(events)-1 {
			rep, err := s.Check(bg)
			require.NoError(t, err)
			require.Truef(t, rep.OK(), "step %d (%s): check found %d differences: %v", i, e, rep.Total, rep.Differences)
		}
	}
	return s, outcomes
}

func TestCurationOrderIndependence(t *testing.T) {
	seeds := int64(3)
	if testing.Short() {
		seeds = 1
	}
	for seed := int64(1); seed <= seeds; seed++ {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			t.Parallel()
			arts := curationCorpus(seed, 12)
			ds := curationDecisions(seed, 48, arts)
			r := rand.New(rand.NewSource(seed))
			loads := curationLoads(r, arts)

			orders := map[string][]curationEvent{
				"interleaved 1": interleave(rand.New(rand.NewSource(seed*101)), ds, loads),
				"interleaved 2": interleave(rand.New(rand.NewSource(seed*211)), ds, loads),
			}
			var first, last []curationEvent
			for i := range ds {
				first = append(first, curationEvent{decision: &ds[i]})
			}
			for _, ls := range slices.Backward(loads) {
				for _, c := range ls {
					first = append(first, curationEvent{claims: c})
					last = append(last, curationEvent{claims: c})
				}
			}
			last = append(last, first[:len(ds)]...)
			orders["decisions first"], orders["decisions last"] = first, last

			want, wantOut := runCuration(t, orders["interleaved 1"], 4)
			applied := 0
			for _, o := range wantOut {
				if o[0] == 'a' {
					applied++
				}
			}
			require.Greater(t, applied, len(ds)/3, "most decisions apply: %v", wantOut)
			wantLog, err := want.Decisions(bg)
			require.NoError(t, err)
			wantC, wantR := canonicalDump(t, want), rawDump(t, want)
			wantDOT, wantJSON := exports(t, want)
			for _, name := range []string{"interleaved 2", "decisions first", "decisions last"} {
				// Checked every few steps, and at the end.
				got, out := runCuration(t, orders[name], 20)
				require.Equal(t, wantOut, out, "%s: decisions have the same outcomes", name)
				gotLog, err := got.Decisions(bg)
				require.NoError(t, err)
				require.Equal(t, wantLog, gotLog, name)
				require.Equal(t, string(wantC), string(canonicalDump(t, got)), name)
				require.Equal(t, string(wantR), string(rawDump(t, got)), name)
				gotDOT, gotJSON := exports(t, got)
				require.Equal(t, wantDOT, gotDOT, "%s: DOT export", name)
				require.Equal(t, wantJSON, gotJSON, "%s: JSON export", name)
				graphtest.RequireConsistent(t, got)
			}
		})
	}
}

// exports returns the DOT and JSON exports of everything in the store.
func exports(t testing.TB, s *graph.Store) (dot, js string) {
	t.Helper()
	var d, j bytes.Buffer
	f := export.Filter{IncludeNegated: true, Isolated: true}
	require.NoError(t, s.View(bg, func(tx *graph.Tx) error {
		if err := export.DOT(bg, &d, tx, f, export.DOTOptions{}); err != nil {
			return err
		}
		return export.JSON(bg, &j, tx, f, export.JSONOptions{})
	}))
	return d.String(), j.String()
}
