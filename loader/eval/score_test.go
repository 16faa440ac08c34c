package eval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// graphOf ingests claims into a real in-memory store and returns what
// Score reads of it.
func graphOf(t *testing.T, c *graph.Claims) ([]*graph.Actor, []GraphRelation) {
	t.Helper()
	s := graphtest.NewStore(t)
	graphtest.Ingest(t, s, c)
	actors, rels, err := readGraph(context.Background(), s)
	require.NoError(t, err)
	return actors, rels
}

func gold() *Gold {
	return &Gold{ID: "g1", Lang: "en",
		Actors: []GoldActor{
			{Name: "Mali", Kind: graph.KindState, Aliases: []string{"Malian army", "Bamako"}},
			{Name: "Turkey", Kind: graph.KindState, Aliases: []string{"Ankara"}},
			{Name: "Sadat", Kind: graph.KindCompany},
			{Name: "Rwanda", Kind: graph.KindState, Aliases: []string{"Kigali"}},
			{Name: "M23", Kind: graph.KindArmedGroup},
		},
		Relations: []GoldRelation{
			{From: []string{"Turkey"}, Type: graph.Supplies, To: []string{"Mali"}, Date: "2024-02", Evidence: "Turkey delivered drones to Mali in February 2024."},
			{From: []string{"Sadat"}, Type: graph.Trains, To: []string{"Mali"}, Hedged: true, Evidence: "Sadat reportedly trained the Malian army."},
			{From: []string{"Rwanda"}, Type: graph.Supplies, To: []string{"M23"}, Negated: true, Evidence: "Kigali denies supplying the M23."},
			{From: []string{"M23"}, Type: graph.Opposed, To: []string{"Mali"}, Evidence: "(a symmetric relation, for the test)"},
		}}
}

type rel struct {
	from, typ, to   string
	hedged, negated bool
	date            string
}

func claimsOf(actors []graph.ClaimActor, rels ...rel) *graph.Claims {
	c := &graph.Claims{Article: graph.Article{ID: "g1", Date: graph.MustDate("2024-05")}, Actors: actors}
	for _, r := range rels {
		c.Relations = append(c.Relations, graph.ClaimRelation{From: r.from, Type: graph.RelType(r.typ), To: r.to,
			Evidence: []graph.ClaimEvidence{{Sentence: r.from + " " + r.typ + " " + r.to, Hedged: r.hedged, Negated: r.negated, Date: dateOf(r.date),
				Rule: "test/" + r.typ}}})
	}
	return c
}

func dateOf(s string) graph.Date {
	d, _ := graph.ParseDate(s)
	return d
}

var claimActors = []graph.ClaimActor{
	{ID: "mali", Name: "Mali", Kind: graph.KindState, Aliases: []string{"Malian army"}},
	{ID: "turkey", Name: "Turkey", Kind: graph.KindState, Aliases: []string{"Ankara"}},
	{ID: "sadat", Name: "Sadat", Kind: graph.KindCompany},
	{ID: "rwanda", Name: "Rwanda", Kind: graph.KindState},
	{ID: "m23", Name: "M23", Kind: graph.KindArmedGroup},
}

func TestPerfectOutputScoresOne(t *testing.T) {
	actors, rels := graphOf(t, claimsOf(claimActors,
		rel{"turkey", "supplies", "mali", false, false, "2024-02"},
		rel{"sadat", "trains", "mali", true, false, ""},
		rel{"rwanda", "supplies", "m23", false, true, ""},
		rel{"mali", "opposed", "m23", false, false, ""}, // either way round
	))
	s := Score(gold(), actors, rels)
	var all Summary
	all.add(s)
	assert.Equal(t, 1.0, all.Overall.Precision())
	assert.Equal(t, 1.0, all.Overall.Recall())
	assert.Equal(t, 1.0, all.Overall.F1())
	assert.Equal(t, 1.0, all.ActorPrecision())
	assert.Equal(t, 1.0, all.ActorRecall())
	assert.Equal(t, 1.0, all.KindAccuracy())
	assert.Equal(t, Agreement{3, 3}, s.Hedged)
	assert.Equal(t, Agreement{1, 1}, s.Negated)
	assert.Equal(t, Agreement{1, 1}, s.Dates)
	assert.Zero(t, s.DirectionErrors)
	assert.Empty(t, s.Missed)
	assert.Empty(t, s.Spurious)
}

func TestReversedSuppliesIsADirectionError(t *testing.T) {
	actors, rels := graphOf(t, claimsOf(claimActors,
		rel{"mali", "supplies", "turkey", false, false, ""},
		rel{"sadat", "trains", "mali", true, false, ""},
	))
	s := Score(gold(), actors, rels)
	assert.Equal(t, 1, s.DirectionErrors)
	assert.Equal(t, Counts{TP: 0, FP: 1, FN: 1}, s.ByType[graph.Supplies])
	require.Len(t, s.Missed, 2)
	assert.Equal(t, "found reversed", s.Missed[0].Why)
	require.Len(t, s.Spurious, 1)
	assert.Equal(t, "direction reversed", s.Spurious[0].Why)
	assert.Equal(t, []string{"mali supplies turkey"}, s.Spurious[0].Sentences)
}

// An actor that piles up the names of two gold actors matches one of
// them only, so it cannot earn the relations of both.
func TestOverMergedActorMatchesOneGoldActor(t *testing.T) {
	merged := []graph.ClaimActor{
		{ID: "mali", Name: "Mali", Kind: graph.KindState, Aliases: []string{"Malian army", "Turkey", "Ankara", "Bamako"}},
		{ID: "sadat", Name: "Sadat", Kind: graph.KindCompany},
	}
	actors, rels := graphOf(t, claimsOf(merged, rel{"sadat", "trains", "mali", true, false, ""}))
	s := Score(gold(), actors, rels)
	assert.Equal(t, 2, s.MatchedActor, "mali matches Mali (3 names shared) and not Turkey (2)")
	assert.Equal(t, 1, s.ByType[graph.Trains].TP)
	assert.Equal(t, 1, s.ByType[graph.Supplies].FN, "Turkey supplies Mali cannot be matched through the merged actor")
}

func TestNegatedGoldAssertedByTheGraphIsReported(t *testing.T) {
	actors, rels := graphOf(t, claimsOf(claimActors, rel{"rwanda", "supplies", "m23", false, false, ""}))
	s := Score(gold(), actors, rels)
	require.Len(t, s.NegatedAsserted, 1)
	assert.Equal(t, "Rwanda", s.NegatedAsserted[0].From)
	assert.Equal(t, Agreement{0, 1}, s.Negated)
	require.Len(t, s.Spurious, 1)
	assert.Equal(t, "the text denies it", s.Spurious[0].Why)
	assert.Equal(t, 1, s.ByType[graph.Supplies].FP)
}

func TestHedgedAndDateDisagreements(t *testing.T) {
	actors, rels := graphOf(t, claimsOf(claimActors,
		rel{"turkey", "supplies", "mali", true, false, "2023"},
		rel{"sadat", "trains", "mali", false, false, ""},
	))
	s := Score(gold(), actors, rels)
	assert.Equal(t, Agreement{0, 2}, s.Hedged)
	assert.Equal(t, Agreement{0, 1}, s.Dates)
	// Each disagreement is listed with both values, for --details.
	var whys []string
	for _, e := range s.Disagreements {
		whys = append(whys, e.From+" "+e.Type+" "+e.To+": "+e.Why)
	}
	assert.ElementsMatch(t, []string{
		"Turkey supplies Mali: asserted in the gold, hedged in the graph",
		"Turkey supplies Mali: date 2024-02 in the gold, 2023 in the graph",
		"Sadat trains Mali: hedged in the gold, asserted in the graph",
	}, whys)
	rep := &Report{Articles: []*ArticleScore{s}}
	var b strings.Builder
	require.NoError(t, rep.WriteText(&b, -1))
	assert.Contains(t, b.String(), "== found, marks differ (hedge, date): 3\ng1: Turkey -supplies-> Mali (asserted in the gold, hedged in the graph)")
}

// fixed is an extractor returning the same claims for any article: the
// scorer's end-to-end path needs one, and must work with any.
type fixed struct{ c *graph.Claims }

func (f fixed) Extract(_ context.Context, a *graph.Article) (*graph.Claims, error) {
	c := *f.c
	c.Article = *a
	return &c, nil
}

func TestRunAndReadGold(t *testing.T) {
	dir := t.TempDir()
	g := gold()
	write := func(name, body string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	write("g1.txt", "Title: test\nLang: en\n\nTurkey delivered drones to Mali in February 2024.\n")
	write("g1.json", `{"id":"g1","lang":"en","date":"2024-05","actors":[{"name":"Mali","kind":"state"},{"name":"Turkey","kind":"state"}],
"relations":[{"from":["Turkey"],"type":"supplies","to":["Mali"],"hedged":false,"negated":false,"evidence":"Turkey delivered drones to Mali in February 2024."}]}`)
	golds, err := ReadGold(dir)
	require.NoError(t, err)
	require.Len(t, golds, 1)
	rep, err := Run(context.Background(), golds, fixed{claimsOf(claimActors[:2], rel{"turkey", "supplies", "mali", false, false, ""})})
	require.NoError(t, err)
	assert.Equal(t, 1.0, rep.Splits["all"].Overall.F1())
	assert.Equal(t, 1.0, rep.Langs["all/en"].Overall.F1())
	var b strings.Builder
	require.NoError(t, rep.WriteText(&b, -1))
	assert.Contains(t, b.String(), "overall")
	_ = g

	for name, body := range map[string]string{
		"unknown kind":  `{"id":"b","lang":"en","actors":[{"name":"X","kind":"tribe"}],"relations":[]}`,
		"unknown name":  `{"id":"b","lang":"en","actors":[{"name":"X","kind":"state"}],"relations":[{"from":["Y"],"type":"allied","to":["X"],"evidence":"."}]}`,
		"type rule":     `{"id":"b","lang":"en","actors":[{"name":"X","kind":"state"},{"name":"P","kind":"person"}],"relations":[{"from":["X"],"type":"trains","to":["P"],"evidence":"."}]}`,
		"no text":       `{"id":"nothing","lang":"en","actors":[],"relations":[]}`,
		"unknown field": `{"id":"b","lang":"en","actors":[],"relations":[],"colour":"red"}`,
		"bad date":      `{"id":"b","lang":"en","date":"yesterday","actors":[],"relations":[]}`,
	} {
		t.Run(name, func(t *testing.T) {
			d := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(d, "b.json"), []byte(body), 0o644))
			require.NoError(t, os.WriteFile(filepath.Join(d, "b.txt"), []byte("x"), 0o644))
			_, err := ReadGold(d)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "b.json")
		})
	}
}

// Every graph edge is credited to the rules of its evidence: correct to
// the rule that found a gold relation, spurious (and reversed) to the rule
// that made it; denials and misses credit no rule.
func TestByRule(t *testing.T) {
	actors, rels := graphOf(t, claimsOf(claimActors,
		rel{"mali", "supplies", "turkey", false, false, ""}, // reversed
		rel{"sadat", "trains", "mali", true, false, ""},
		rel{"rwanda", "supplies", "m23", false, true, ""}, // a denial
		rel{"mali", "opposed", "m23", false, false, ""},
		rel{"turkey", "opposed", "rwanda", false, false, ""}, // not in the gold
	))
	s := Score(gold(), actors, rels)
	assert.Equal(t, map[string]RuleCounts{
		"test/supplies": {FP: 1},
		"test/trains":   {TP: 1},
		"test/opposed":  {TP: 1, FP: 1},
	}, s.ByRule)
	var all Summary
	all.add(s)
	all.add(s)
	assert.Equal(t, RuleCounts{TP: 2, FP: 2}, all.ByRule["test/opposed"])
	assert.Equal(t, 0.5, all.ByRule["test/opposed"].Precision())
}
