package graph_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// sahel returns the claims of a short article about Mali.
func sahel() *graph.Claims {
	text := "Des instructeurs russes formeraient l'armée malienne. La Turquie a livré des drones Bayraktar TB2 au Mali. " +
		"Le colonel Assimi Goïta dirige le Mali depuis 2021."
	s1, s2, s3 := "Des instructeurs russes formeraient l'armée malienne.", "La Turquie a livré des drones Bayraktar TB2 au Mali.",
		"Le colonel Assimi Goïta dirige le Mali depuis 2021."
	span := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	e := func(s string, hedged bool) graph.ClaimEvidence {
		start, end := span(s)
		return graph.ClaimEvidence{Sentence: s, Start: start, End: end, Hedged: hedged}
	}
	return &graph.Claims{
		Version: 1,
		Article: graph.Article{ID: "sahel-2024-10", Date: graph.MustDate("2024-10"), Outlet: "sahel-news", Lang: "fr", Text: text},
		Actors: []graph.ClaimActor{
			{ID: "mali", Name: "Mali", Kind: graph.KindState},
			{ID: "russia", Name: "Russie", Kind: graph.KindState},
			{ID: "turkey", Name: "Turquie", Kind: graph.KindState},
			{ID: "assimi-goita", Name: "Assimi Goïta", Kind: graph.KindPerson, Aliases: []string{"Goïta"}},
		},
		Relations: []graph.ClaimRelation{
			{From: "russia", Type: graph.Trains, To: "mali", Evidence: []graph.ClaimEvidence{e(s1, true)}},
			{From: "turkey", Type: graph.Supplies, To: "mali", Evidence: []graph.ClaimEvidence{e(s2, false)}},
			{From: "assimi-goita", Type: graph.Leads, To: "mali", Evidence: []graph.ClaimEvidence{e(s3, false)}},
		},
	}
}

func ExampleOpen() {
	// An in-memory store, for tests and examples; give a directory and
	// nil options for a database on disk.
	s, err := graph.Open("", &graph.Options{InMemory: true})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("actors:", st.Actors, "relations:", st.Relations)
	// Output:
	// actors: 0 relations: 0
}

func ExampleStore_Ingest() {
	ctx := context.Background()
	s, err := graph.Open("", &graph.Options{InMemory: true})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	res, err := s.Ingest(ctx, sahel())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Article, res.Status, res.Actors, "actors,", res.Relations, "relations")

	// Loading the same article again changes nothing.
	res, err = s.Ingest(ctx, sahel())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Status)

	r, err := s.Relation(ctx, "russia", graph.Trains, "mali")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: hedged %d, weight %d, confidence %.2f, first seen %s\n", r.Key(), r.Hedged, r.Weight, r.Confidence, r.FirstSeen)
	// Output:
	// sahel-2024-10 new 4 actors, 3 relations
	// unchanged
	// russia -trains-> mali: hedged 1, weight 1, confidence 0.40, first seen 2024-10
}

func ExampleStore_Neighbors() {
	ctx := context.Background()
	s, err := graph.Open("", &graph.Options{InMemory: true})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Ingest(ctx, sahel()); err != nil {
		log.Fatal(err)
	}
	// Who acts on Mali?
	ns, err := s.Neighbors(ctx, "mali", graph.In, graph.RelationFilter{})
	if err != nil {
		log.Fatal(err)
	}
	for _, n := range ns {
		fmt.Println(n.Relation.Type, n.Actor)
	}
	// Only asserted evidence: the hedged training claim drops out.
	ns, err = s.Neighbors(ctx, "mali", graph.In, graph.RelationFilter{ExcludeHedged: true})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(ns), "asserted")
	// Output:
	// leads assimi-goita
	// supplies turkey
	// trains russia
	// 2 asserted
}

func ExampleStore_ShortestPath() {
	ctx := context.Background()
	s, err := graph.Open("", &graph.Options{InMemory: true})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Ingest(ctx, sahel()); err != nil {
		log.Fatal(err)
	}
	p, err := s.ShortestPath(ctx, "turkey", "russia", graph.PathQuery{MaxHops: 3})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.Join(p.Actors, " - "))
	for _, r := range p.Relations {
		fmt.Println(r.Key())
	}
	// Following the arrows only, there is no way from Turkey to Russia.
	_, err = s.ShortestPath(ctx, "turkey", "russia", graph.PathQuery{Directed: true})
	fmt.Println(err)
	// Output:
	// turkey - mali - russia
	// turkey -supplies-> mali
	// russia -trains-> mali
	// graph: path turkey to russia within 4 hops: not found
}

func ExampleStore_FindActors() {
	ctx := context.Background()
	s, err := graph.Open("", &graph.Options{InMemory: true})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Ingest(ctx, sahel()); err != nil {
		log.Fatal(err)
	}
	// Names are folded: case, accents and spacing do not matter.
	for _, name := range []string{"GOITA", "assimi goïta", "Turquie", "Tchad"} {
		as, err := s.FindActors(ctx, name)
		if err != nil {
			log.Fatal(err)
		}
		for _, a := range as {
			fmt.Printf("%s: %s (%s, %s)\n", name, a.ID, a.Name, a.Kind)
		}
		if len(as) == 0 {
			fmt.Printf("%s: none\n", name)
		}
	}
	// Output:
	// GOITA: assimi-goita (Assimi Goïta, person)
	// assimi goïta: assimi-goita (Assimi Goïta, person)
	// Turquie: turkey (Turquie, state)
	// Tchad: none
}
