package pairmodel_test

import (
	"context"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/eval"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/extract/pairmodel"
)

var x = extract.New(nil)

// tuning returns the first n tuning articles of the gold set, read.
func tuning(t *testing.T, n int) []*pairmodel.Article {
	t.Helper()
	golds, err := eval.ReadGold("../../../testdata/gold")
	require.NoError(t, err)
	part := eval.Part(golds, false)
	require.GreaterOrEqual(t, len(part), n)
	arts, rep, err := pairmodel.Prepare(context.Background(), part[:n], x)
	require.NoError(t, err)
	var quick pairmodel.Totals
	for _, a := range arts {
		quick.Add(pairmodel.QuickScore(a, a.Claims.Relations))
	}
	assert.Equal(t, rep.Splits["tuning"].Overall, quick.Overall, "the quick scorer agrees with eval.Run")
	return arts
}

func TestTrainingIsDeterministic(t *testing.T) {
	arts := tuning(t, 6)
	exs := pairmodel.Examples(arts)
	require.NotEmpty(t, exs)
	pos := 0
	for _, e := range exs {
		if len(e.Classes) > 0 {
			pos++
		}
	}
	assert.Positive(t, pos, "the gold labels some candidates")
	m1 := pairmodel.Train(exs, pairmodel.TrainOptions{Seed: 7})
	m2 := pairmodel.Train(pairmodel.Examples(tuning(t, 6)), pairmodel.TrainOptions{Seed: 7})
	assert.Equal(t, m1.Names, m2.Names)
	assert.Equal(t, m1.Weights, m2.Weights, "same examples and options, same weights")
	// the trained model reads its training articles: most of their
	// labelled candidates get their class
	right, n := 0, 0
	for _, e := range exs {
		if len(e.Classes) == 0 {
			continue
		}
		n++
		p := m1.Probs(e.Features)
		best := 0
		for c := range p {
			if p[c] > p[best] {
				best = c
			}
		}
		if slices.Contains(e.Classes, best) {
			right++
		}
	}
	assert.Greater(t, right, n/2)
}

func TestPrepareRefusesHeldOut(t *testing.T) {
	_, _, err := pairmodel.Prepare(context.Background(), []*eval.Gold{{ID: "sealed", HeldOut: true}}, x)
	assert.ErrorContains(t, err, "held out")
}

func TestClasses(t *testing.T) {
	assert.Equal(t, 0, pairmodel.Class("", true))
	seen := map[int]bool{}
	for _, ty := range pairmodel.Types {
		for _, fwd := range []bool{true, false} {
			c := pairmodel.Class(ty, fwd)
			gt, gf := pairmodel.ClassType(c)
			assert.Equal(t, ty, gt)
			assert.Equal(t, fwd || ty.Symmetric(), gf, "%s %v", ty, fwd)
			seen[c] = true
		}
	}
	assert.Len(t, seen, pairmodel.NClass-1-2, "allied and opposed have one class each")
	assert.Equal(t, "supplies<", pairmodel.ClassName(pairmodel.Class(graph.Supplies, false)))
}

func TestCandidatesAndFeatures(t *testing.T) {
	var v *extract.SentenceView
	_, err := x.Read(context.Background(), &graph.Article{ID: "t", Lang: "en",
		Text: "Russia supplied drones to Mali, and Mali bought more from Russia."}, func(s *extract.SentenceView) { v = s })
	require.NoError(t, err)
	require.NotNil(t, v)
	ps := pairmodel.Candidates(v)
	require.Len(t, ps, 1, "one pair of actors, its closest mentions")
	a, b := v.Mentions[ps[0].A], v.Mentions[ps[0].B]
	assert.Less(t, a.Start, b.Start)
	fs := pairmodel.Features(v, ps[0], "en", nil)
	assert.Contains(t, fs, "kinds=state|state")
	assert.Contains(t, fs, "rule=supplies>")
	assert.Contains(t, fs, "trig@between=supplies/act")
}

func TestFoldsAreBalanced(t *testing.T) {
	var arts []*pairmodel.Article
	for i := 0; i < 20; i++ {
		lang := "en"
		if i%2 == 1 {
			lang = "fr"
		}
		arts = append(arts, &pairmodel.Article{Gold: &eval.Gold{ID: lang + string(rune('a'+i)), Lang: lang}})
	}
	folds := pairmodel.Folds(arts, 5)
	assert.Equal(t, folds, pairmodel.Folds(arts, 5))
	per := map[[2]any]int{}
	for i, f := range folds {
		per[[2]any{f, arts[i].Gold.Lang}]++
	}
	for f := 0; f < 5; f++ {
		assert.Equal(t, 2, per[[2]any{f, "en"}])
		assert.Equal(t, 2, per[[2]any{f, "fr"}])
	}
}

// The model's edges carry the rule model/pair and the features that
// drove them.
func TestCombineAddsModelEdges(t *testing.T) {
	arts := tuning(t, 4)
	m := pairmodel.Train(pairmodel.Examples(arts), pairmodel.TrainOptions{})
	found := false
	for _, a := range arts {
		for _, r := range pairmodel.Combine(a, pairmodel.Predict(m, a), pairmodel.Mode{Add: 0.5}, m) {
			require.NotEmpty(t, r.Evidence)
			e := r.Evidence[0]
			assert.Equal(t, pairmodel.Rule, e.Rule)
			assert.GreaterOrEqual(t, e.Confidence, 0.5)
			assert.NotEmpty(t, e.Trigger, "the drivers")
			found = true
		}
	}
	assert.True(t, found)
}
