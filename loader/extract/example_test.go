package extract_test

import (
	"context"
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/extract"
)

func Example() {
	x := extract.New(nil) // the default lexicon
	a := &graph.Article{
		ID:   "example-1",
		Date: graph.MustDate("2024-10"),
		Text: "Selon des sources sécuritaires, des soldats maliens auraient été formés par des instructeurs turcs en juillet 2024. Kigali a démenti avoir livré des armes au M23.",
	}
	c, err := x.Extract(context.Background(), a)
	if err != nil {
		panic(err)
	}
	fmt.Println("lang:", c.Article.Lang)
	for _, r := range c.Relations {
		e := r.Evidence[0]
		fmt.Printf("%s %s %s: %s, date %s, hedged %v, negated %v, rule %s\n",
			r.From, r.Type, r.To, e.Trigger, e.Date, e.Hedged, e.Negated, e.Rule)
	}
	// Output:
	// lang: fr
	// turkey trains mali: formés par, date 2024-07, hedged true, negated false, rule fr/trigger/trains/passive
	// rwanda supplies m23: livré, date , hedged false, negated true, rule fr/trigger/supplies/active
}
