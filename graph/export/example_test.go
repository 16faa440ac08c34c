package export_test

import (
	"context"
	"fmt"
	"os"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
)

func ExampleDOT() {
	ctx := context.Background()
	s, err := graph.Open("", &graph.Options{InMemory: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()
	_, err = s.Ingest(ctx, &graph.Claims{
		Article: graph.Article{ID: "example-1", Date: graph.MustDate("2024-07"), Outlet: "Example News"},
		Actors: []graph.ClaimActor{
			{ID: "turkey", Name: "Turkey", Kind: graph.KindState},
			{ID: "mali", Name: "Mali", Kind: graph.KindState},
			{ID: "baykar", Name: "Baykar", Kind: graph.KindCompany},
		},
		Relations: []graph.ClaimRelation{
			{From: "baykar", Type: graph.Supplies, To: "mali", Evidence: []graph.ClaimEvidence{{Sentence: "Baykar delivered drones to Mali."}}},
			{From: "mali", Type: graph.Allied, To: "turkey", Evidence: []graph.ClaimEvidence{{Sentence: "Mali and Turkey are reportedly close.", Hedged: true}}},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Export Mali's ego network, keeping two relation types (without the
	// legend, to keep the example short).
	err = s.View(ctx, func(tx *graph.Tx) error {
		f := export.Filter{Actor: "mali", Types: []graph.RelType{graph.Supplies, graph.Allied}}
		return export.DOT(ctx, os.Stdout, tx, f, export.DOTOptions{NoLegend: true})
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// digraph actorgraph {
	// 	graph [rankdir="LR", newrank="true", nodesep="0.25", ranksep="0.6", outputorder="edgesfirst", fontname="Helvetica,Arial,sans-serif", comment="actorgraph/1 filter {\"types\":[\"allied\",\"supplies\"],\"kinds\":[],\"actors\":[],\"actor\":\"mali\",\"depth\":1,\"since\":null,\"until\":null,\"min_confidence\":0,\"min_weight\":0,\"exclude_hedged\":false,\"include_negated\":false,\"top\":0,\"isolated\":false}"];
	// 	node [style="filled", color="#4d4d4d", penwidth="0.8", fontname="Helvetica,Arial,sans-serif", fontsize="11"];
	// 	edge [fontname="Helvetica,Arial,sans-serif", fontsize="9", arrowsize="0.8"];
	// 	"baykar" [label="Baykar", shape="component", fillcolor="#fdbf6f", fontsize="10", tooltip="Baykar\ncompany, id baykar\nseen 2024-07 to 2024-07, in 1 article\n1 exported relation, total weight 1"];
	// 	"mali" [label="Mali", shape="box", fillcolor="#a6cee3", fontsize="12", tooltip="Mali\nstate, id mali\nseen 2024-07 to 2024-07, in 1 article\n2 exported relations, total weight 2"];
	// 	"turkey" [label="Turkey", shape="box", fillcolor="#a6cee3", fontsize="10", tooltip="Turkey\nstate, id turkey\nseen 2024-07 to 2024-07, in 1 article\n1 exported relation, total weight 1"];
	// 	"baykar" -> "mali" [color="#1f78b4", style="solid", penwidth="1.00", arrowhead="normal", tooltip="baykar supplies mali\nweight 1, confidence 0.8\nasserted 1, hedged 0, negated 0\nfirst seen 2024-07, last seen 2024-07\n\nstrongest evidence (2024-07):\nBaykar delivered drones to Mali."];
	// 	"mali" -> "turkey" [color="#33a02c", style="dashed", penwidth="1.00", dir="none", constraint="false", tooltip="mali allied turkey\nweight 1, confidence 0.4\nasserted 0, hedged 1, negated 0\nfirst seen 2024-07, last seen 2024-07\nhedged only\n\nstrongest evidence (2024-07, hedged):\nMali and Turkey are reportedly close."];
	// }
}
