package export_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/graph/internal/keys"
)

var d = graph.MustDate

// goldenCases are the exports kept in testdata/golden, named export_*.
var goldenCases = []struct {
	name string
	f    export.Filter
	dot  export.DOTOptions
	json export.JSONOptions
}{
	{"export_all", export.Filter{}, export.DOTOptions{}, export.JSONOptions{Indent: "  "}},
	{"export_negated_isolated_labels", export.Filter{IncludeNegated: true, Isolated: true},
		export.DOTOptions{EdgeLabels: true}, export.JSONOptions{Indent: "\t"}},
	{"export_ego_mali_2024", export.Filter{Actor: "mali", Since: d("2024"), Types: []graph.RelType{graph.Trains, graph.Supplies, graph.Allied, graph.Leads}},
		export.DOTOptions{FontName: "DejaVu Sans"}, export.JSONOptions{}},
	{"export_no_evidence", export.Filter{MinConfidence: 0.5}, export.DOTOptions{}, export.JSONOptions{OmitEvidence: true, Indent: " "}},
	{"export_cluster_country", export.Filter{IncludeNegated: true, Isolated: true},
		export.DOTOptions{Cluster: export.ClusterCountry, LabelMinWeight: 2, Title: `Fixture "graph" \ <b>`}, export.JSONOptions{}},
	{"export_cluster_kind_top", export.Filter{Top: 5, MinWeight: 1, Actors: []string{"mali", "russia", "china", "un", "turkey", "wagner-group", "jnim"}},
		export.DOTOptions{Cluster: export.ClusterKind, NoLegend: true}, export.JSONOptions{Indent: "  "}},
}

func TestGolden(t *testing.T) {
	s := loadFixture(t)
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			dot := dotOf(t, s, tc.f, tc.dot)
			golden(t, tc.name+".dot", dot)
			js := jsonOf(t, s, tc.f, tc.json)
			golden(t, tc.name+".json", js)
			e := decode(t, js)
			if len(e.Links) == 0 {
				return
			}
			l := e.Links[0]
			nx := readNetworkx(t, js, l.Source, l.Target, l.Key)
			assert.Equal(t, len(e.Nodes), nx.Nodes)
			assert.Equal(t, len(e.Links), nx.Edges)
			require.NotNil(t, nx.Edge)
			assert.EqualValues(t, l.Weight, nx.Edge["weight"])
		})
	}
}

func TestNetworkx(t *testing.T) {
	s := loadFixture(t)
	js := jsonOf(t, s, export.Filter{}, export.JSONOptions{})
	nx := readNetworkx(t, js, "baykar", "mali", "supplies")
	t.Logf("networkx %s", nx.Version)
	assert.True(t, nx.Directed)
	assert.True(t, nx.Multigraph)
	assert.Equal(t, 11, nx.Nodes)
	assert.Equal(t, 11, nx.Edges)
	require.NotNil(t, nx.Edge, "edge baykar -supplies-> mali")
	assert.Equal(t, "supplies", nx.Edge["type"])
	assert.EqualValues(t, 1, nx.Edge["weight"])
	assert.EqualValues(t, 0.9, nx.Edge["confidence"])
	assert.EqualValues(t, 1, nx.Edge["n_evidence"])
	assert.Equal(t, "2024-07-15", nx.Edge["first_seen"])
	assert.Equal(t, nameBaykar, nx.Node["name"])
	assert.Equal(t, "company", nx.Node["kind"])
	assert.Equal(t, "actorgraph/1", nx.Graph["schema"])
	assert.Equal(t, []any{claimsFingerprint(t, s, "a4"), fpExtract1, fpExtract2}, nx.Graph["fingerprints"])

	sym := readNetworkx(t, js, "mali", "russia", "allied")
	require.NotNil(t, sym.Edge, "edge mali -allied-> russia")
	assert.Equal(t, true, sym.Edge["symmetric"])
	assert.EqualValues(t, 2, sym.Edge["weight"])
	assert.EqualValues(t, 2, sym.Edge["n_evidence"])
}

func claimsFingerprint(t *testing.T, s *graph.Store, id string) string {
	a, err := s.Article(context.Background(), id)
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(a.Fingerprint, "claims/1"), a.Fingerprint)
	return a.Fingerprint
}

func TestJSONLayout(t *testing.T) {
	s := loadFixture(t)
	e := decode(t, jsonOf(t, s, export.Filter{}, export.JSONOptions{}))
	assert.True(t, e.Directed)
	assert.True(t, e.Multigraph)
	assert.Equal(t, "actorgraph/1", e.Graph.Schema)
	assert.True(t, e.Graph.Evidence)
	assert.Len(t, e.Graph.Fingerprints, 3)
	assert.Equal(t, map[string]any{"types": []any{}, "kinds": []any{}, "actors": []any{}, "actor": nil, "depth": 0.0, "since": nil, "until": nil,
		"min_confidence": 0.0, "min_weight": 0.0, "exclude_hedged": false, "include_negated": false, "top": 0.0, "isolated": false}, e.Graph.Filter)
	names := map[string]string{}
	for _, n := range e.Nodes {
		names[n.ID] = n.Name
	}
	// Names survive the round trip, except control characters (encoding/json keeps them escaped).
	for id, want := range map[string]string{"wagner-group": nameWagner, "africa-corps": nameAfrica, "csp-dpa": nameCSP,
		"jnim": nameJNIM, "baykar": nameBaykar, "assimi-goita": nameGoita, "un": nameUN, "russia": nameRussia, "china": nameChina} {
		assert.Equal(t, want, names[id], id)
	}
	for _, l := range e.Links {
		assert.Equal(t, string(l.Type), l.Key)
		assert.Equal(t, l.Type.Symmetric(), l.Symmetric)
		if l.Symmetric {
			assert.Less(t, l.Source, l.Target, "a symmetric link appears once, source < target")
		}
		assert.Len(t, l.Evidence, l.Asserted+l.Hedged+l.Negated, "%s %s %s", l.Source, l.Type, l.Target)
	}
	var russia = e.Links[indexOf(t, e.linkKeys(), "russia supplies mali")]
	assert.Equal(t, 1, russia.Asserted)
	assert.Equal(t, 1, russia.Negated)
	assert.Equal(t, 1, russia.Weight)
	require.Len(t, russia.Evidence, 2)
	assert.Equal(t, "2023-04", *russia.Evidence[0].Date, "evidence in date order")
	assert.True(t, russia.Evidence[1].Negated)
	assert.Equal(t, outletA, *russia.Evidence[1].Outlet)

	// The raw form: no HTML escaping, nulls for what is unknown.
	raw := string(jsonOf(t, s, export.Filter{Types: []graph.RelType{graph.Supplies}, Actor: "china"}, export.JSONOptions{}))
	assert.Contains(t, raw, `"source":"china","target":"mali","key":"supplies"`)
	assert.Contains(t, raw, `"url":null,"title":null,"outlet":null,"article_date":null`)
	assert.Contains(t, raw, `"date":null,"date_precision":null`)
	raw = string(jsonOf(t, s, export.Filter{Types: []graph.RelType{graph.Supplies}, Actor: "baykar"}, export.JSONOptions{}))
	assert.Contains(t, raw, `"name":"<b>Baykar</b>"`)
	assert.Contains(t, raw, `"title":"Drones \"TB2\" for <Mali>"`)
	assert.Contains(t, raw, `"date":"2024-07-15","date_precision":"day"`)
	assert.Contains(t, raw, `"supplied":"Bayraktar TB2 drones","extractor":"extract/1","confidence":0.9}`)

	omit := decode(t, jsonOf(t, s, export.Filter{}, export.JSONOptions{OmitEvidence: true}))
	assert.False(t, omit.Graph.Evidence)
	assert.Equal(t, e.Graph.Fingerprints, omit.Graph.Fingerprints, "fingerprints do not depend on writing the evidence")
	for _, l := range omit.Links {
		assert.Nil(t, l.Evidence)
	}
}

func indexOf(t *testing.T, list []string, s string) int {
	t.Helper()
	for i, v := range list {
		if v == s {
			return i
		}
	}
	require.Failf(t, "missing", "%q not in %q", s, list)
	return -1
}

func TestDOTStyle(t *testing.T) {
	s := loadFixture(t)
	dot := string(dotOf(t, s, export.Filter{IncludeNegated: true}, export.DOTOptions{EdgeLabels: true}))
	assert.True(t, strings.HasPrefix(dot, "digraph actorgraph {\n\tgraph [rankdir=\"LR\""), dot)
	assert.True(t, strings.HasSuffix(dot, "\n}\n"))
	line := func(prefix string) string {
		for _, l := range strings.Split(dot, "\n") {
			if strings.HasPrefix(l, "\t"+prefix) {
				return l
			}
		}
		t.Fatalf("no line %q in\n%s", prefix, dot)
		return ""
	}
	assert.Contains(t, line(`"mali" [`), `shape="box", fillcolor="#a6cee3"`)
	assert.Contains(t, line(`"jnim" [`), `shape="octagon", fillcolor="#fb9a99"`)
	assert.Contains(t, line(`"baykar" [`), `shape="component", fillcolor="#fdbf6f"`)
	assert.Contains(t, line(`"assimi-goita" [`), `shape="ellipse", fillcolor="#b2df8a"`)
	assert.Contains(t, line(`"ecowas" [`), `shape="hexagon", fillcolor="#cab2d6"`)

	allied := line(`"mali" -> "russia" [`)
	assert.Contains(t, allied, `color="#33a02c", style="solid", penwidth="2.00", dir="none"`)
	assert.Contains(t, allied, `label="allied (2)"`)
	assert.Contains(t, line(`"csp-dpa" -> "mali" [`), `color="#e31a1c", style="solid", penwidth="1.00", dir="none"`)
	assert.Contains(t, line(`"wagner-group" -> "mali" [`), `color="#6a3d9a", style="dashed"`, "hedged only")
	assert.Contains(t, line(`"mali" -> "ecowas" [`), `color="#9e9e9e", style="dotted"`, "negated only")
	assert.Contains(t, line(`"mali" -> "ecowas" [`), `label="member_of"`)
	assert.Contains(t, line(`"russia" -> "mali" [`), `color="#1f78b4", style="solid"`, "negated evidence is not drawn")
	assert.Contains(t, line(`"assimi-goita" -> "mali" [`), `color="#ff7f00"`)
	assert.Contains(t, line(`"china" -> "un" [`), `color="#b15928", style="solid", penwidth="1.00", arrowhead="onormal"`)
	assert.Contains(t, line(`"turkey" -> "mali" [`), `tooltip="turkey supplies mali\nweight 2, confidence 0.88\nasserted 1, hedged 1, negated 0\nfirst seen 2024-07, last seen 2024-07\n\nstrongest evidence (2024-07):\nAnkara sent drones."`)
}

func TestDOTHostileNames(t *testing.T) {
	s := loadFixture(t)
	dot := dotOf(t, s, export.Filter{Isolated: true, IncludeNegated: true}, export.DOTOptions{EdgeLabels: true})
	text := string(dot)
	for _, want := range []string{
		`"wagner-group" [label="Wagner \"PMC\" Group"`,
		`"africa-corps" [label="Africa Corps\\"`,
		`"csp-dpa" [label="CSP-DPA\nCadre stratégique"`,
		`"baykar" [label="<b>Baykar</b>"`,
		`"assimi-goita" [label="Assimi Goïta\n(a\"b\\c)"`,
		`"ecowas" [label="ECOWAS CEDEAO"`,
		`"un" [label="United Nations \\N"`,
		`"jnim" [label="جماعة نصرة الإسلام\nوالمسلمين"`, // a long name is wrapped at a space
		`"china" [label="中国"`,
	} {
		assert.Contains(t, text, want)
	}
	for _, c := range []string{"\r", "ECOWAS\t", "\x01"} {
		assert.NotContains(t, text, c)
	}
	assert.NotContains(t, text, "=<", "no unquoted HTML label")
	svg := string(renderDOT(t, dot))
	if svg != "" {
		assert.Contains(t, svg, "&lt;b&gt;Baykar&lt;/b&gt;", "the name is text, not an HTML label")
		assert.Contains(t, svg, "Africa Corps\\<", "a trailing backslash stays one backslash")
		assert.Contains(t, svg, "جماعة نصرة الإسلام")
		assert.Contains(t, svg, "والمسلمين")
	}
}

type filterCase struct {
	name  string
	f     export.Filter
	nodes []string
	links []string
}

var allLinks = []string{
	"africa-corps trains mali", "assimi-goita leads mali", "baykar supplies mali", "china member_of un",
	"china supplies mali", "csp-dpa opposed mali", "jnim opposed mali", "mali allied russia",
	"russia supplies mali", "turkey supplies mali", "wagner-group trains mali",
}

var allNodes = []string{"africa-corps", "assimi-goita", "baykar", "china", "csp-dpa", "jnim", "mali", "russia", "turkey", "un", "wagner-group"}

func without(list []string, drop ...string) []string {
	var out []string
	for _, s := range list {
		keep := true
		for _, d := range drop {
			keep = keep && s != d
		}
		if keep {
			out = append(out, s)
		}
	}
	return out
}

func with(list []string, add ...string) []string {
	out := append(append([]string(nil), list...), add...)
	for i := range out { // insertion sort: the lists are tiny
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

var filterCases = []filterCase{
	{"all", export.Filter{}, allNodes, allLinks},
	{"types", export.Filter{Types: []graph.RelType{graph.Trains, graph.Supplies}},
		[]string{"africa-corps", "baykar", "china", "mali", "russia", "turkey", "wagner-group"},
		[]string{"africa-corps trains mali", "baykar supplies mali", "china supplies mali", "russia supplies mali", "turkey supplies mali", "wagner-group trains mali"}},
	{"kinds", export.Filter{Kinds: []graph.Kind{graph.KindState}},
		[]string{"china", "mali", "russia", "turkey"},
		[]string{"china supplies mali", "mali allied russia", "russia supplies mali", "turkey supplies mali"}},
	{"kinds isolated", export.Filter{Kinds: []graph.Kind{graph.KindOrganisation, graph.KindState}, Isolated: true},
		[]string{"china", "ecowas", "lonely", "mali", "russia", "turkey", "un"},
		[]string{"china member_of un", "china supplies mali", "mali allied russia", "russia supplies mali", "turkey supplies mali"}},
	{"isolated", export.Filter{Isolated: true}, with(allNodes, "ecowas", "lonely"), allLinks},
	{"ego depth 0 is 1", export.Filter{Actor: "wagner-group"}, []string{"mali", "wagner-group"}, []string{"wagner-group trains mali"}},
	{"ego depth 2", export.Filter{Actor: "wagner-group", Depth: 2}, without(allNodes, "un"), without(allLinks, "china member_of un")},
	{"ego depth 3", export.Filter{Actor: "wagner-group", Depth: 3}, allNodes, allLinks},
	{"ego follows the filter", export.Filter{Actor: "wagner-group", ExcludeHedged: true}, []string{}, []string{}},
	{"ego isolated", export.Filter{Actor: "wagner-group", ExcludeHedged: true, Isolated: true}, []string{"wagner-group"}, []string{}},
	{"ego kinds", export.Filter{Actor: "mali", Kinds: []graph.Kind{graph.KindState, graph.KindPerson}},
		[]string{"assimi-goita", "china", "mali", "russia", "turkey"},
		[]string{"assimi-goita leads mali", "china supplies mali", "mali allied russia", "russia supplies mali", "turkey supplies mali"}},
	{"ego negated", export.Filter{Actor: "ecowas", IncludeNegated: true}, []string{"ecowas", "mali"}, []string{"mali member_of ecowas"}},
	{"since", export.Filter{Since: d("2024")},
		[]string{"africa-corps", "assimi-goita", "baykar", "jnim", "mali", "russia", "turkey"},
		[]string{"africa-corps trains mali", "assimi-goita leads mali", "baykar supplies mali", "jnim opposed mali", "mali allied russia", "turkey supplies mali"}},
	{"since negated", export.Filter{Since: d("2024"), IncludeNegated: true},
		[]string{"africa-corps", "assimi-goita", "baykar", "ecowas", "jnim", "mali", "russia", "turkey"},
		[]string{"africa-corps trains mali", "assimi-goita leads mali", "baykar supplies mali", "jnim opposed mali", "mali allied russia", "mali member_of ecowas", "russia supplies mali", "turkey supplies mali"}},
	{"until", export.Filter{Until: d("2023-12")},
		[]string{"china", "csp-dpa", "mali", "russia", "un", "wagner-group"},
		[]string{"china member_of un", "csp-dpa opposed mali", "mali allied russia", "russia supplies mali", "wagner-group trains mali"}},
	{"one month", export.Filter{Since: d("2024-07"), Until: d("2024-07")},
		[]string{"assimi-goita", "baykar", "mali", "russia", "turkey"},
		[]string{"assimi-goita leads mali", "baykar supplies mali", "mali allied russia", "turkey supplies mali"}},
	{"min confidence", export.Filter{MinConfidence: 0.5}, without(allNodes, "wagner-group"),
		without(allLinks, "wagner-group trains mali", "russia supplies mali")},
	{"exclude hedged", export.Filter{ExcludeHedged: true}, without(allNodes, "wagner-group"), without(allLinks, "wagner-group trains mali")},
	{"include negated", export.Filter{IncludeNegated: true}, with(allNodes, "ecowas"), with(allLinks, "mali member_of ecowas")},
	{"redirect", export.Filter{Actor: "wagner"}, []string{"mali", "wagner-group"}, []string{"wagner-group trains mali"}},

	// A set of actors: the relations among them.
	{"actors", export.Filter{Actors: []string{"turkey", "mali", "russia"}}, []string{"mali", "russia", "turkey"},
		[]string{"mali allied russia", "russia supplies mali", "turkey supplies mali"}},
	{"actors redirect", export.Filter{Actors: []string{"wagner", "mali", "wagner-group"}}, []string{"mali", "wagner-group"},
		[]string{"wagner-group trains mali"}},
	{"actors isolated", export.Filter{Actors: []string{"lonely", "mali", "china"}, Isolated: true}, []string{"china", "lonely", "mali"},
		[]string{"china supplies mali"}},
	{"actors isolated kinds", export.Filter{Actors: []string{"lonely", "mali", "china"}, Isolated: true, Kinds: []graph.Kind{graph.KindState}},
		[]string{"china", "mali"}, []string{"china supplies mali"}},
	{"actors then ego", export.Filter{Actors: []string{"mali", "russia", "china", "un"}, Actor: "un", Depth: 2},
		[]string{"china", "mali", "un"}, []string{"china member_of un", "china supplies mali"}},
	{"ego outside the actors", export.Filter{Actors: []string{"mali", "russia"}, Actor: "china", Isolated: true}, []string{}, []string{}},

	// Minimum weight, counted as the filter counts.
	{"min weight", export.Filter{MinWeight: 2}, []string{"mali", "russia", "turkey"},
		[]string{"mali allied russia", "turkey supplies mali"}},
	{"min weight in a period", export.Filter{MinWeight: 2, Since: d("2024")}, []string{}, []string{}},
	{"min weight without hedged", export.Filter{MinWeight: 2, ExcludeHedged: true}, []string{"mali", "russia"},
		[]string{"mali allied russia"}},

	// Top N by degree, last, ties broken by id.
	{"top 1", export.Filter{Top: 1}, []string{}, []string{}},
	{"top 1 isolated", export.Filter{Top: 1, Isolated: true}, []string{"mali"}, []string{}},
	{"top 3", export.Filter{Top: 3}, []string{"china", "mali", "russia"},
		[]string{"china supplies mali", "mali allied russia", "russia supplies mali"}},
	{"top 4 ties by id", export.Filter{Top: 4}, []string{"africa-corps", "china", "mali", "russia"},
		[]string{"africa-corps trains mali", "china supplies mali", "mali allied russia", "russia supplies mali"}},
	{"top more than all", export.Filter{Top: 100}, allNodes, allLinks},
	{"top after types", export.Filter{Top: 2, Types: []graph.RelType{graph.Supplies}}, []string{"baykar", "mali"},
		[]string{"baykar supplies mali"}},
	{"top after min weight", export.Filter{Top: 2, MinWeight: 2}, []string{"mali", "russia"}, []string{"mali allied russia"}},
	{"top in an ego network", export.Filter{Top: 3, Actor: "wagner-group", Depth: 2}, []string{"africa-corps", "mali", "russia"},
		[]string{"africa-corps trains mali", "mali allied russia", "russia supplies mali"}},
	{"top among actors", export.Filter{Top: 2, Actors: []string{"china", "un", "turkey", "baykar"}}, []string{"china", "un"},
		[]string{"china member_of un"}},
	{"top isolated fills with the unrelated", export.Filter{Top: 3, Isolated: true, Kinds: []graph.Kind{graph.KindOrganisation}},
		[]string{"ecowas", "lonely", "un"}, []string{}},
}

func TestFilters(t *testing.T) {
	s := loadFixture(t)
	addRedirect(t, s, "wagner", "wagner-group")
	for _, tc := range filterCases {
		t.Run(tc.name, func(t *testing.T) {
			e := decode(t, jsonOf(t, s, tc.f, export.JSONOptions{}))
			assert.Equal(t, tc.nodes, e.nodeIDs(), "nodes")
			assert.Equal(t, tc.links, e.linkKeys(), "links")
			for _, l := range e.Links {
				assert.Len(t, l.Evidence, l.Asserted+l.Hedged+l.Negated, "evidence follows the counts")
				if tc.f.ExcludeHedged {
					assert.Zero(t, l.Hedged)
				}
				if !tc.f.IncludeNegated {
					assert.Positive(t, l.Asserted+l.Hedged, "negated-only relations stay out")
				}
				assert.GreaterOrEqual(t, l.Confidence, tc.f.MinConfidence)
				assert.GreaterOrEqual(t, l.Weight, tc.f.MinWeight)
				for _, ev := range l.Evidence {
					var date graph.Date
					if ev.Date != nil {
						date = d(*ev.Date)
					}
					assert.Truef(t, date.In(tc.f.Since, tc.f.Until), "evidence dated %v outside the period", ev.Date)
					if tc.f.ExcludeHedged {
						assert.False(t, ev.Hedged && !ev.Negated)
					}
				}
			}
			dot := dotOf(t, s, tc.f, export.DOTOptions{})
			assert.Equal(t, tc.links, dotEdges(dot), "DOT edges")
			var dotNodes []string
			for _, line := range strings.Split(string(dot), "\n") {
				if strings.HasPrefix(line, "\t\"") && !strings.Contains(line, " -> ") {
					dotNodes = append(dotNodes, line[2:strings.Index(line[2:], `"`)+2])
				}
			}
			if dotNodes == nil {
				dotNodes = []string{}
			}
			assert.Equal(t, tc.nodes, dotNodes, "DOT nodes")
		})
	}
}

func TestPeriodRecounts(t *testing.T) {
	s := loadFixture(t)
	e := decode(t, jsonOf(t, s, export.Filter{Since: d("2024")}, export.JSONOptions{}))
	l := e.Links[indexOf(t, e.linkKeys(), "mali allied russia")]
	assert.Equal(t, 1, l.Weight, "only the 2024 article counts")
	assert.Equal(t, "2024-07-15", *l.FirstSeen)
	l = e.Links[indexOf(t, e.linkKeys(), "turkey supplies mali")]
	assert.Equal(t, 0, l.Hedged, "the undated hedged evidence is in no period")
	require.Len(t, l.Evidence, 1)
	assert.Equal(t, "2024-07", *l.Evidence[0].Date)
	assert.Equal(t, []string{fpExtract1, fpExtract2}, e.Graph.Fingerprints, "fingerprints of the exported evidence only")
	assert.Equal(t, "2024", e.Graph.Filter["since"])
}

func TestFilterErrors(t *testing.T) {
	s := loadFixture(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		f    export.Filter
		want string
	}{
		{"unknown actor", export.Filter{Actor: "atlantis"}, `export: actor "atlantis": not found`},
		{"type", export.Filter{Types: []graph.RelType{"befriends"}}, `unknown relation type "befriends"`},
		{"kind", export.Filter{Kinds: []graph.Kind{"planet"}}, `unknown actor kind "planet"`},
		{"depth without actor", export.Filter{Depth: 2}, "depth 2 without an actor"},
		{"negative depth", export.Filter{Actor: "mali", Depth: -1}, "negative depth"},
		{"period", export.Filter{Since: d("2024"), Until: d("2023")}, "since 2024 is after until 2023"},
		{"confidence", export.Filter{MinConfidence: 1.5}, "min confidence 1.5 outside [0, 1]"},
		{"weight", export.Filter{MinWeight: -1}, "negative min weight -1"},
		{"top", export.Filter{Top: -2}, "negative top -2"},
		{"unknown actor in the set", export.Filter{Actors: []string{"mali", "atlantis"}}, `export: actor "atlantis": not found`},
		{"empty actor in the set", export.Filter{Actors: []string{"mali", ""}}, "empty actor in the actor set"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := s.View(ctx, func(tx *graph.Tx) error {
				_, err := tc.f.RelationFilter(ctx, tx)
				return err
			})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			if strings.HasPrefix(tc.name, "unknown actor") {
				assert.ErrorIs(t, err, graph.ErrNotFound)
			}
			var b bytes.Buffer
			err = s.View(ctx, func(tx *graph.Tx) error { return export.DOT(ctx, &b, tx, tc.f, export.DOTOptions{}) })
			assert.ErrorContains(t, err, tc.want)
			err = s.View(ctx, func(tx *graph.Tx) error { return export.JSON(ctx, &b, tx, tc.f, export.JSONOptions{}) })
			assert.ErrorContains(t, err, tc.want)
			assert.Zero(t, b.Len(), "nothing written for a bad filter")
		})
	}
	err := s.View(ctx, func(tx *graph.Tx) error {
		return export.JSON(ctx, &bytes.Buffer{}, tx, export.Filter{}, export.JSONOptions{Indent: "->"})
	})
	assert.ErrorContains(t, err, "not spaces and tabs")
}

func TestRelationFilter(t *testing.T) {
	s := loadFixture(t)
	addRedirect(t, s, "wagner", "wagner-group")
	ctx := context.Background()
	require.NoError(t, s.View(ctx, func(tx *graph.Tx) error {
		rf, err := export.Filter{Actor: "wagner", Depth: 1, Types: []graph.RelType{graph.Trains, graph.Allied, graph.Trains},
			Since: d("2023"), ExcludeHedged: false}.RelationFilter(ctx, tx)
		require.NoError(t, err)
		assert.Equal(t, []graph.RelType{graph.Allied, graph.Trains}, rf.Types, "canonical order, once each")
		assert.Equal(t, map[string]bool{"wagner-group": true, "mali": true}, rf.Actors, "the ego set, redirect followed")
		assert.Equal(t, d("2023"), rf.Since)
		var got []string
		require.NoError(t, tx.EachRelation(ctx, rf, func(r *graph.Relation) error { got = append(got, r.Key().String()); return nil }))
		assert.Equal(t, []string{"wagner-group -trains-> mali"}, got, "the filter selects what the export exports")
		return nil
	}))
}

// addRedirect records a merge redirect the way the store's curation does.
func addRedirect(t *testing.T, s *graph.Store, from, to string) {
	require.NoError(t, s.DB().Update(func(txn *badger.Txn) error { return txn.Set(keys.RedirectKey(from), []byte(to)) }))
}

func TestDeterministic(t *testing.T) {
	a := loadFixture(t, 0, 1, 2, 3)
	b := loadFixture(t, 3, 1, 2, 0)
	c := graphtest.NewStore(t) // the four articles ingested concurrently
	var wg sync.WaitGroup
	for _, cl := range fixture() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.Ingest(context.Background(), cl)
			assert.NoError(t, err)
		}()
	}
	wg.Wait()
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			want := dotOf(t, a, tc.f, tc.dot)
			assert.Equal(t, string(want), string(dotOf(t, b, tc.f, tc.dot)))
			assert.Equal(t, string(want), string(dotOf(t, c, tc.f, tc.dot)))
			wantJ := jsonOf(t, a, tc.f, tc.json)
			assert.Equal(t, string(wantJ), string(jsonOf(t, b, tc.f, tc.json)))
			assert.Equal(t, string(wantJ), string(jsonOf(t, c, tc.f, tc.json)))
		})
	}
}

// failWriter accepts n bytes, then fails.
type failWriter struct{ n int }

var errDiskFull = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		n := w.n
		w.n = 0
		return n, errDiskFull
	}
	w.n -= len(p)
	return len(p), nil
}

func TestWriteErrors(t *testing.T) {
	s := loadFixture(t)
	ctx := context.Background()
	dot, js := len(dotOf(t, s, export.Filter{}, export.DOTOptions{})), len(jsonOf(t, s, export.Filter{}, export.JSONOptions{}))
	for _, n := range []int{0, 100, dot - 1} {
		err := s.View(ctx, func(tx *graph.Tx) error {
			return export.DOT(ctx, &failWriter{n}, tx, export.Filter{}, export.DOTOptions{})
		})
		assert.ErrorIs(t, err, errDiskFull, n)
	}
	for _, n := range []int{0, 100, js - 1} {
		err := s.View(ctx, func(tx *graph.Tx) error {
			return export.JSON(ctx, &failWriter{n}, tx, export.Filter{}, export.JSONOptions{})
		})
		assert.ErrorIs(t, err, errDiskFull, n)
	}
	cctx, cancel := context.WithCancel(ctx)
	require.NoError(t, s.View(ctx, func(tx *graph.Tx) error {
		cancel()
		assert.ErrorIs(t, export.DOT(cctx, &bytes.Buffer{}, tx, export.Filter{}, export.DOTOptions{}), context.Canceled)
		assert.ErrorIs(t, export.JSON(cctx, &bytes.Buffer{}, tx, export.Filter{}, export.JSONOptions{}), context.Canceled)
		return nil
	}))
}

func TestEmptyGraph(t *testing.T) {
	s := graphtest.NewStore(t)
	dot := dotOf(t, s, export.Filter{}, export.DOTOptions{})
	assert.Contains(t, string(dot), "digraph actorgraph {")
	e := decode(t, jsonOf(t, s, export.Filter{Isolated: true}, export.JSONOptions{Indent: "  "}))
	assert.Empty(t, e.Nodes)
	assert.Empty(t, e.Links)
	assert.Equal(t, []string{}, e.Graph.Fingerprints)
	nx := readNetworkx(t, jsonOf(t, s, export.Filter{}, export.JSONOptions{}), "x", "y", "allied")
	assert.Zero(t, nx.Nodes)
}
