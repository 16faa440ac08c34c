package pairmodel

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
)

// Example is one labelled candidate: its features and its classes
// (none when empty; a pair may stand in several relations, "France
// trains and arms Chad's army": the target shares its mass among them).
type Example struct {
	Features []string
	Classes  []int
}

// TrainOptions are the settings of [Train]; the zero value takes the
// defaults.
type TrainOptions struct {
	Epochs   int     // passes over the examples (default 30)
	Rate     float64 // the first step size (default 0.05), divided by 1+epoch/2
	L2       float64 // the weight of the L2 penalty (default 1e-4)
	MinCount int     // features seen fewer times are dropped (default 2)
	Seed     uint64  // the seed of the order of the examples
}

// Model is a trained multinomial logistic regression over feature names.
type Model struct {
	Names   []string          // the features, sorted
	Weights [][NClass]float32 // one row per feature
	index   map[string]int
}

// Train fits a model to the examples: the same examples and options
// give the same weights.
func Train(exs []Example, o TrainOptions) *Model {
	if o.Epochs == 0 {
		o.Epochs = 30
	}
	if o.Rate == 0 {
		o.Rate = 0.05
	}
	if o.L2 == 0 {
		o.L2 = 1e-4
	}
	if o.MinCount == 0 {
		o.MinCount = 2
	}
	count := map[string]int{}
	for _, e := range exs {
		for _, f := range e.Features {
			count[f]++
		}
	}
	m := &Model{}
	for f, n := range count {
		if n >= o.MinCount || f == "bias" {
			m.Names = append(m.Names, f)
		}
	}
	sort.Strings(m.Names)
	m.reindex()
	w := make([][NClass]float64, len(m.Names))
	ids := make([][]int, len(exs))
	for i, e := range exs {
		ids[i] = m.ids(e.Features, nil)
	}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	r := rand.New(rand.NewPCG(o.Seed, 0x5eed))
	var z [NClass]float64
	for ep := 0; ep < o.Epochs; ep++ {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		rate := o.Rate / (1 + float64(ep)/2)
		for _, k := range order {
			x := ids[k]
			scores(w, x, &z)
			softmax(&z)
			// the gradient of the log loss: z minus the target
			if cs := exs[k].Classes; len(cs) == 0 {
				z[0]--
			} else {
				for _, c := range cs {
					z[c] -= 1 / float64(len(cs))
				}
			}
			for _, f := range x {
				row := &w[f]
				for c := range row {
					row[c] -= rate * (z[c] + o.L2*row[c])
				}
			}
		}
	}
	m.Weights = make([][NClass]float32, len(w))
	for i := range w {
		for c := range w[i] {
			m.Weights[i][c] = float32(w[i][c])
		}
	}
	return m
}

func (m *Model) reindex() {
	m.index = make(map[string]int, len(m.Names))
	for i, f := range m.Names {
		m.index[f] = i
	}
}

// ids returns the indices of the known features among fs, sorted and
// without repeats.
func (m *Model) ids(fs []string, buf []int) []int {
	out := buf[:0]
	for _, f := range fs {
		if i, ok := m.index[f]; ok {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func scores[T float32 | float64](w [][NClass]T, x []int, z *[NClass]float64) {
	*z = [NClass]float64{}
	for _, f := range x {
		for c, v := range w[f] {
			z[c] += float64(v)
		}
	}
}

func softmax(z *[NClass]float64) {
	top := z[0]
	for _, v := range z {
		top = max(top, v)
	}
	sum := 0.0
	for c := range z {
		z[c] = math.Exp(z[c] - top)
		sum += z[c]
	}
	for c := range z {
		z[c] /= sum
	}
}

// Probs returns the probability of each class for a candidate's
// features.
func (m *Model) Probs(fs []string) [NClass]float64 {
	var z [NClass]float64
	scores(m.Weights, m.ids(fs, nil), &z)
	softmax(&z)
	return z
}

// heavierFirst orders feature ids by their weight for class c, heaviest
// first, ties by id.
func (m *Model) heavierFirst(c int) func(a, b int) int {
	return func(a, b int) int {
		wa, wb := m.Weights[a][c], m.Weights[b][c]
		switch {
		case wa > wb:
			return -1
		case wa < wb:
			return 1
		}
		return a - b
	}
}

// Drivers returns the n known features of fs that weigh most for class
// c, heaviest first (ties by name).
func (m *Model) Drivers(fs []string, c, n int) []string {
	ids := m.ids(fs, nil)
	slices.SortFunc(ids, m.heavierFirst(c))
	var out []string
	for _, i := range ids {
		if len(out) == n || m.Weights[i][c] <= 0 {
			break
		}
		out = append(out, m.Names[i])
	}
	return out
}

// Top returns the n features of heaviest weight for class c, with
// their weights.
func (m *Model) Top(c, n int) ([]string, []float32) {
	ids := make([]int, len(m.Names))
	for i := range ids {
		ids[i] = i
	}
	slices.SortFunc(ids, m.heavierFirst(c))
	var names []string
	var ws []float32
	for _, i := range ids[:min(n, len(ids))] {
		names = append(names, m.Names[i])
		ws = append(ws, m.Weights[i][c])
	}
	return names, ws
}
