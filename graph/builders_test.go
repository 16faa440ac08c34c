package graph_test

import (
	"github.com/actorgraph/actorgraph/graph"
)

// Builders for hand-written claims.

func actor(id string, kind graph.Kind, name ...string) graph.ClaimActor {
	a := graph.ClaimActor{ID: id, Name: id, Kind: kind}
	if len(name) > 0 {
		a.Name = name[0]
	}
	return a
}

type evOpt func(*graph.ClaimEvidence)

var (
	hedged  evOpt = func(e *graph.ClaimEvidence) { e.Hedged = true }
	negated evOpt = func(e *graph.ClaimEvidence) { e.Negated = true }
)

func conf(c float64) evOpt { return func(e *graph.ClaimEvidence) { e.Confidence = c } }

// ev is one evidence sentence; sentences within an article must differ,
// or they are one sentence.
func ev(sentence, date string, opts ...evOpt) graph.ClaimEvidence {
	e := graph.ClaimEvidence{Sentence: sentence, Date: graph.MustDate(date)}
	for _, o := range opts {
		o(&e)
	}
	return e
}

func rel(from string, typ graph.RelType, to string, evs ...graph.ClaimEvidence) graph.ClaimRelation {
	return graph.ClaimRelation{From: from, Type: typ, To: to, Evidence: evs}
}

func claims(id, date, outlet string, actors []graph.ClaimActor, rels ...graph.ClaimRelation) *graph.Claims {
	return &graph.Claims{Version: 1, Article: graph.Article{ID: id, Date: graph.MustDate(date), Outlet: outlet},
		Actors: actors, Relations: rels}
}

// The actors of the hand-written fixtures.
var (
	mali   = actor("mali", graph.KindState, "Mali")
	russia = actor("russia", graph.KindState, "Russie")
	turkey = actor("turkey", graph.KindState, "Turquie")
	france = actor("france", graph.KindState, "France")
	niger  = actor("niger", graph.KindState, "Niger")
	fla    = actor("fla", graph.KindArmedGroup, "Front de libération de l'Azawad")
	wagner = actor("wagner-group", graph.KindArmedGroup, "Wagner")
	goita  = graph.ClaimActor{ID: "assimi-goita", Name: "Assimi Goïta", Kind: graph.KindPerson, Aliases: []string{"Goïta", "le colonel Goïta"}}
	baykar = actor("baykar", graph.KindCompany, "Baykar")
	un     = actor("un", graph.KindOrganisation, "Nations unies")
)

func actors(as ...graph.ClaimActor) []graph.ClaimActor { return as }
