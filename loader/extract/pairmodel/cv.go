package pairmodel

import (
	"hash/fnv"
	"slices"
	"strings"
)

// Folds returns the fold (0..k-1) of each article: in each language the
// articles sorted by the FNV-1a hash of their id are dealt in turn, so
// that the folds are fixed and balanced by language.
func Folds(arts []*Article, k int) []int {
	out := make([]int, len(arts))
	byLang := map[string][]int{}
	var langs []string
	for i, a := range arts {
		if _, ok := byLang[a.Gold.Lang]; !ok {
			langs = append(langs, a.Gold.Lang)
		}
		byLang[a.Gold.Lang] = append(byLang[a.Gold.Lang], i)
	}
	slices.Sort(langs)
	hash := func(s string) uint64 { h := fnv.New64a(); h.Write([]byte(s)); return h.Sum64() }
	next := 0
	for _, l := range langs {
		idx := byLang[l]
		slices.SortFunc(idx, func(a, b int) int {
			ha, hb := hash(arts[a].Gold.ID), hash(arts[b].Gold.ID)
			switch {
			case ha < hb:
				return -1
			case ha > hb:
				return 1
			}
			return strings.Compare(arts[a].Gold.ID, arts[b].Gold.ID)
		})
		for _, i := range idx {
			out[i] = next % k
			next++
		}
	}
	return out
}

// Examples returns the labelled candidates of the articles, in order.
func Examples(arts []*Article) []Example {
	var out []Example
	for _, a := range arts {
		for _, s := range a.Sents {
			for i := range s.Pairs {
				out = append(out, Example{Features: s.Feats[i], Classes: s.Classes[i]})
			}
		}
	}
	return out
}

// Score returns the totals of the articles under mode, with their
// probabilities.
func Score(arts []*Article, probs []Probs, mode Mode) Totals {
	var t Totals
	for i, a := range arts {
		t.Add(QuickScore(a, Combine(a, probs[i], mode, nil)))
	}
	return t
}

// Grid is the thresholds swept.
var Grid = []float64{0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95}

// KeepGrid is the thresholds of the filter swept.
var KeepGrid = []float64{0.01, 0.02, 0.05, 0.1, 0.2, 0.3}

// Choice is a combination and its thresholds, chosen on training folds.
type Choice struct {
	Name string
	Mode Mode
}

// Choose sweeps the thresholds of each combination on out-of-fold
// probabilities of training articles and returns, per combination, the
// mode of best F1 (the first of the grid among equals).
func Choose(arts []*Article, probs []Probs) []Choice {
	best := func(modes []Mode) Mode {
		var bm Mode
		bf := -1.0
		for _, m := range modes {
			t := Score(arts, probs, m)
			if f := t.Overall.F1(); f > bf+1e-12 {
				bf, bm = f, m
			}
		}
		return bm
	}
	var b, c, d, e []Mode
	for _, th := range Grid {
		b = append(b, Mode{Add: th})
		c = append(c, Mode{Rules: true, Add: th})
	}
	for _, k := range KeepGrid {
		d = append(d, Mode{Rules: true, Keep: k})
		for _, th := range Grid {
			e = append(e, Mode{Rules: true, Add: th, Keep: k})
		}
	}
	return []Choice{
		{"a rules", Mode{Rules: true}},
		{"b model", best(b)},
		{"c rules+model", best(c)},
		{"d rules-filtered", best(d)},
		{"e both", best(e)},
	}
}

// FoldResult is the measure of one fold: the choices made on the other
// folds, and each one's totals on this fold.
type FoldResult struct {
	Fold    int
	Choices []Choice
	Totals  []Totals
	// Test are the fold's articles and Probs the model's probabilities
	// for them, for curves at fixed thresholds.
	Test  []*Article
	Probs []Probs
}

// CrossValidate measures the combinations by k-fold cross-validation by
// article: for each fold, the thresholds are chosen on out-of-fold
// probabilities of the other folds (an inner cross-validation), the
// model is trained on the other folds, and the fold is scored.
func CrossValidate(arts []*Article, k int, o TrainOptions) []FoldResult {
	folds := Folds(arts, k)
	var out []FoldResult
	for f := 0; f < k; f++ {
		var train, test []*Article
		var trainFold []int
		for i, a := range arts {
			if folds[i] == f {
				test = append(test, a)
			} else {
				train = append(train, a)
				trainFold = append(trainFold, folds[i])
			}
		}
		// out-of-fold probabilities of the training articles
		oof := make([]Probs, len(train))
		for g := 0; g < k; g++ {
			if g == f {
				continue
			}
			var in []*Article
			for i, a := range train {
				if trainFold[i] != g {
					in = append(in, a)
				}
			}
			m := Train(Examples(in), o)
			for i, a := range train {
				if trainFold[i] == g {
					oof[i] = Predict(m, a)
				}
			}
		}
		choices := Choose(train, oof)
		m := Train(Examples(train), o)
		probs := make([]Probs, len(test))
		for i, a := range test {
			probs[i] = Predict(m, a)
		}
		r := FoldResult{Fold: f, Choices: choices, Test: test, Probs: probs}
		for _, c := range choices {
			r.Totals = append(r.Totals, Score(test, probs, c.Mode))
		}
		out = append(out, r)
	}
	return out
}

// WithoutRules returns copies of the articles whose candidates lack the
// features of the rules' reading (rule=, rulefam=, norule): a model of
// them owes nothing to the rules' relations, only to their mentions.
func WithoutRules(arts []*Article) []*Article {
	out := make([]*Article, len(arts))
	for i, a := range arts {
		c := *a
		c.Sents = make([]*Sent, len(a.Sents))
		for j, s := range a.Sents {
			t := *s
			t.Feats = make([][]string, len(s.Feats))
			for k, fs := range s.Feats {
				for _, f := range fs {
					if !strings.HasPrefix(f, "rule") && f != "norule" {
						t.Feats[k] = append(t.Feats[k], f)
					}
				}
			}
			c.Sents[j] = &t
		}
		out[i] = &c
	}
	return out
}

// LearningCurve returns, for n = 1 to k-1 training folds, the totals
// of the model alone (edges of probability ≥ th) over every fold
// scored by a model trained on the n folds after it (cyclically): how
// the model grows with the gold.
func LearningCurve(arts []*Article, k int, th float64, o TrainOptions) []Totals {
	folds := Folds(arts, k)
	out := make([]Totals, k-1)
	for f := 0; f < k; f++ {
		for n := 1; n < k; n++ {
			var train []*Article
			for i, a := range arts {
				if d := (folds[i] - f + k) % k; d >= 1 && d <= n {
					train = append(train, a)
				}
			}
			m := Train(Examples(train), o)
			for i, a := range arts {
				if folds[i] == f {
					out[n-1].Add(QuickScore(a, Combine(a, Predict(m, a), Mode{Add: th}, nil)))
				}
			}
		}
	}
	return out
}
