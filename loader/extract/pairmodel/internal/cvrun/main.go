// Command cvrun measures the pair model by cross-validation by article
// on the tuning part of the gold set (never the held-out part):
//
//	GOMAXPROCS=1 go run ./loader/extract/pairmodel/internal/cvrun [-gold testdata/gold] [-k 5]
//
// It prints the rules' figures from eval.Run and from the quick scorer
// (they must agree), how many gold relations the candidates carry, and
// per fold and in total the figures of (a) the rules, (b) the model
// alone, (c) the rules and the model's edges, (d) the rules filtered by
// the model, (e) both, with the thresholds chosen on the other folds;
// then the heaviest features of each class of a model trained on every
// tuning article.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/eval"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/extract/pairmodel"
)

func main() {
	gold := flag.String("gold", "testdata/gold", "the gold set directory")
	k := flag.Int("k", 5, "folds")
	top := flag.Int("top", 15, "features shown per class")
	misses := flag.Bool("misses", false, "list the gold relations no candidate carries, and stop")
	noRule := flag.Bool("norule", false, "drop the features of the rules' relations")
	var o pairmodel.TrainOptions
	flag.IntVar(&o.Epochs, "epochs", 0, "training epochs (0: the default)")
	flag.Float64Var(&o.L2, "l2", 0, "L2 weight (0: the default)")
	flag.Float64Var(&o.Rate, "rate", 0, "first step size (0: the default)")
	flag.IntVar(&o.MinCount, "mincount", 0, "fewest occurrences of a feature kept (0: the default)")
	flag.Parse()
	if err := run(*gold, *k, *top, *noRule, *misses, o); err != nil {
		fmt.Fprintln(os.Stderr, "cvrun:", err)
		os.Exit(1)
	}
}

var curve = flag.Float64("curve", 0, "print the model's learning curve at this threshold, and stop")

var byType = flag.Bool("bytype", false, "break the union's curve down by type")

func line(name string, c eval.Counts) string {
	return fmt.Sprintf("%-18s %5d %5d %5d   %.3f %.3f %.3f", name, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
}

func run(dir string, k, top int, noRule, misses bool, o pairmodel.TrainOptions) error {
	golds, err := eval.ReadGold(dir)
	if err != nil {
		return err
	}
	tuning := eval.Part(golds, false)
	ctx := context.Background()
	arts, rep, err := pairmodel.Prepare(ctx, tuning, extract.New(nil))
	if err != nil {
		return err
	}
	var quick pairmodel.Totals
	aligned, rels, cands, pos := 0, 0, 0, 0
	for _, a := range arts {
		quick.Add(pairmodel.QuickScore(a, a.Claims.Relations))
		aligned += a.Aligned
		rels += a.Relations
		for _, s := range a.Sents {
			for _, c := range s.Classes {
				cands++
				if len(c) > 0 {
					pos++
				}
			}
		}
	}
	fmt.Printf("%d tuning articles; %d candidates, %d positive; %d of %d gold relations carried by a candidate\n", len(arts), cands, pos, aligned, rels)
	fmt.Println(line("rules (eval.Run)", rep.Splits["tuning"].Overall))
	fmt.Println(line("rules (quick)", quick.Overall))
	if misses {
		for _, a := range arts {
			for _, u := range a.Unaligned {
				fmt.Println(a.Gold.ID + ": " + u)
			}
		}
		return nil
	}
	if noRule {
		arts = pairmodel.WithoutRules(arts)
	}
	fmt.Printf("options: %+v, without the rules' features: %v\n", o, noRule)
	if *curve > 0 {
		for n, t := range pairmodel.LearningCurve(arts, k, *curve, o) {
			fmt.Println(line(fmt.Sprintf("%d folds", n+1), t.Overall))
		}
		return nil
	}
	res := pairmodel.CrossValidate(arts, k, o)
	fmt.Printf("\n%-18s %5s %5s %5s   %5s %5s %5s\n", "fold/combination", "tp", "fp", "fn", "P", "R", "F1")
	sum := make([]pairmodel.Totals, len(res[0].Choices))
	for _, r := range res {
		for i, c := range r.Choices {
			fmt.Printf("%s   %+v\n", line(fmt.Sprintf("%d %s", r.Fold, c.Name), r.Totals[i].Overall), c.Mode)
			t := &sum[i]
			for ty, x := range r.Totals[i].ByType {
				t.Add(&eval.ArticleScore{Lang: "", ByType: map[graph.RelType]eval.Counts{ty: x}})
			}
			for l, x := range r.Totals[i].ByLang {
				if t.ByLang == nil {
					t.ByLang = map[string]eval.Counts{}
				}
				y := t.ByLang["~"+l]
				y.TP, y.FP, y.FN = y.TP+x.TP, y.FP+x.FP, y.FN+x.FN
				t.ByLang["~"+l] = y
			}
		}
	}
	fmt.Println("\n== all folds")
	for i, c := range res[0].Choices {
		t := sum[i]
		fmt.Println(line(c.Name, t.Overall))
		for _, ty := range pairmodel.Types {
			fmt.Println(line("  "+string(ty), t.ByType[ty]))
		}
		for _, l := range []string{"en", "fr"} {
			fmt.Println(line("  lang "+l, t.ByLang["~"+l]))
		}
	}
	fmt.Println("\n== at fixed thresholds, all folds (a curve for the report, not a choice)")
	for _, th := range pairmodel.Grid {
		for _, mode := range []pairmodel.Mode{{Add: th}, {Rules: true, Add: th}, {Rules: true, Keep: th / 10}} {
			var t pairmodel.Totals
			for _, r := range res {
				for i, a := range r.Test {
					t.Add(pairmodel.QuickScore(a, pairmodel.Combine(a, r.Probs[i], mode, nil)))
				}
			}
			fmt.Printf("%s   %+v\n", line("", t.Overall), mode)
			if mode.Rules && mode.Add > 0 && *byType {
				for _, ty := range pairmodel.Types {
					fmt.Println(line("  "+string(ty), t.ByType[ty]))
				}
			}
		}
	}
	m := pairmodel.Train(pairmodel.Examples(arts), o)
	fmt.Printf("\n== heaviest features per class (model of the %d articles, %d features)\n", len(arts), len(m.Names))
	for c := 1; c < pairmodel.NClass; c++ {
		if t, fwd := pairmodel.ClassType(c); !fwd && t.Symmetric() {
			continue
		}
		names, ws := m.Top(c, top)
		var parts []string
		for i := range names {
			parts = append(parts, fmt.Sprintf("%s %.2f", names[i], ws[i]))
		}
		fmt.Printf("%s: %s\n", pairmodel.ClassName(c), strings.Join(parts, ", "))
	}
	return nil
}
