package lexicon_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// A corpus generator draws actors by kind, names them in a language and
// joins them with a trigger phrase whose voice says which comes first.
func ExampleLexicon_Triggers() {
	lex := lexicon.Default()
	turkey, _ := lex.Actor("turkey")
	mali, _ := lex.Actor("mali")
	for _, tr := range lex.Triggers("fr", graph.Trains)[:1] {
		fmt.Println(turkey.Names("fr")[0], tr.Phrase, mali.Names("fr")[0], "→", tr.Voice)
	}
	for _, tr := range lex.Triggers("en", graph.Trains) {
		if tr.Phrase == "trained by" {
			fmt.Println(mali.Names("en")[0], "troops were", tr.Phrase, turkey.Names("en")[0], "→", tr.Voice)
		}
	}
	// Output:
	// Turquie formé Mali → active
	// Mali troops were trained by Turkey → passive
}

func ExampleLexicon_ActorsByKind() {
	lex := lexicon.Default()
	for _, a := range lex.ActorsByKind(graph.KindCompany)[:3] {
		fmt.Println(a.ID, a.Name, a.Country)
	}
	// Output:
	// academi Academi US
	// adani-defence Adani Defence and Aerospace IN
	// aegis-defence-services Aegis Defence Services GB
}
