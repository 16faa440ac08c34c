package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const goldenDir = "../../testdata/golden"

// Names that break naive DOT and JSON writers.
const (
	nameWagner = `Wagner "PMC" Group`
	nameAfrica = `Africa Corps\`
	nameCSP    = "CSP-DPA\nCadre stratégique"
	nameJNIM   = "جماعة نصرة الإسلام والمسلمين"
	nameBaykar = "<b>Baykar</b>"
	nameGoita  = "Assimi Goïta\r\n(a\"b\\c)"
	nameECOWAS = "ECOWAS\tCEDEAO"
	nameUN     = "United Nations\x01 \\N"
	nameRussia = "Россия"
	nameChina  = "中国"
	nameTurkey = "Türkiye"
	nameMali   = "Mali"
	nameLonely = "Lonely Org"
	fpExtract1 = "extract/1+lex:aaaa"
	fpExtract2 = "extract/2+lex:bbbb"
	outletA    = "Outlet A"
	outletB    = "Outlet B"
)

var fixtureActors = map[string]graph.ClaimActor{
	"mali":         {ID: "mali", Name: nameMali, Kind: graph.KindState, Country: "ML", Wikidata: "Q912"},
	"russia":       {ID: "russia", Name: nameRussia, Kind: graph.KindState, Country: "RU", Aliases: []string{"Russia", "Moscou"}},
	"turkey":       {ID: "turkey", Name: nameTurkey, Kind: graph.KindState, Country: "TR", Aliases: []string{"Ankara"}},
	"china":        {ID: "china", Name: nameChina, Kind: graph.KindState, Country: "CN"},
	"wagner-group": {ID: "wagner-group", Name: nameWagner, Kind: graph.KindArmedGroup},
	"africa-corps": {ID: "africa-corps", Name: nameAfrica, Kind: graph.KindArmedGroup, SuccessorOf: "wagner-group"},
	"csp-dpa":      {ID: "csp-dpa", Name: nameCSP, Kind: graph.KindArmedGroup},
	"jnim":         {ID: "jnim", Name: nameJNIM, Kind: graph.KindArmedGroup},
	"baykar":       {ID: "baykar", Name: nameBaykar, Kind: graph.KindCompany},
	"assimi-goita": {ID: "assimi-goita", Name: nameGoita, Kind: graph.KindPerson},
	"ecowas":       {ID: "ecowas", Name: nameECOWAS, Kind: graph.KindOrganisation},
	"un":           {ID: "un", Name: nameUN, Kind: graph.KindOrganisation},
	"lonely":       {ID: "lonely", Name: nameLonely, Kind: graph.KindOrganisation},
}

func rel(from string, t graph.RelType, to string, evs ...graph.ClaimEvidence) graph.ClaimRelation {
	return graph.ClaimRelation{From: from, Type: t, To: to, Evidence: evs}
}

func article(a graph.Article, actors []string, rels ...graph.ClaimRelation) *graph.Claims {
	c := &graph.Claims{Version: 1, Article: a, Relations: rels}
	for _, id := range actors {
		ca := fixtureActors[id]
		ca.Aliases = append([]string(nil), ca.Aliases...)
		c.Actors = append(c.Actors, ca)
	}
	return c
}

// fixture returns fresh claims of four articles: every kind and type, a
// hedged-only, a negated-only, a mixed and symmetric relations, undated
// evidence, an isolated actor and hostile names.
func fixture() []*graph.Claims {
	d := graph.MustDate
	return []*graph.Claims{
		article(graph.Article{ID: "a1", Date: d("2024-07-15"), Outlet: outletA, URL: "https://example.org/a1",
			Title: `Drones "TB2" for <Mali>`, Lang: "en", Fingerprint: fpExtract1},
			[]string{"mali", "baykar", "turkey", "russia", "assimi-goita"},
			rel("baykar", graph.Supplies, "mali", graph.ClaimEvidence{Sentence: "Baykar delivered TB2 drones to Mali.",
				Start: 0, End: 36, Trigger: "delivered", Rule: "supplies/active", Supplied: "Bayraktar TB2 drones",
				Extractor: "extract/1", Confidence: 0.9}),
			rel("turkey", graph.Supplies, "mali", graph.ClaimEvidence{Sentence: "Ankara sent drones.", Date: d("2024-07")}),
			rel("mali", graph.Allied, "russia", graph.ClaimEvidence{Sentence: "Mali and Russia are allies."}),
			rel("assimi-goita", graph.Leads, "mali", graph.ClaimEvidence{Sentence: "Colonel Goïta leads Mali."}),
			rel("russia", graph.Supplies, "mali", graph.ClaimEvidence{Sentence: "Russia did not supply the drones.", Negated: true}),
		),
		article(graph.Article{ID: "a2", Date: d("2023-05"), Outlet: outletB, Fingerprint: fpExtract1},
			[]string{"mali", "wagner-group", "csp-dpa", "russia"},
			rel("wagner-group", graph.Trains, "mali", graph.ClaimEvidence{Sentence: "Wagner reportedly trains Malian troops.",
				Hedged: true, Attribution: "according to diplomats", Trigger: "trains"}),
			rel("csp-dpa", graph.Opposed, "mali", graph.ClaimEvidence{Sentence: "The CSP-DPA fights the army."}),
			rel("russia", graph.Allied, "mali", graph.ClaimEvidence{Sentence: "Moscow backs Bamako."}),
			rel("russia", graph.Supplies, "mali", graph.ClaimEvidence{Sentence: "Russia supplied helicopters in April.", Date: d("2023-04")}),
		),
		article(graph.Article{ID: "a3", Date: d("2024-10"), Outlet: outletA, Fingerprint: fpExtract2},
			[]string{"mali", "africa-corps", "wagner-group", "jnim", "ecowas", "china", "un", "lonely"},
			rel("africa-corps", graph.Trains, "mali", graph.ClaimEvidence{Sentence: "Africa Corps trains the FAMa.", Date: d("2024-09")}),
			rel("jnim", graph.Opposed, "mali", graph.ClaimEvidence{Sentence: "JNIM attacked the army."}),
			rel("mali", graph.MemberOf, "ecowas", graph.ClaimEvidence{Sentence: "Mali is no longer a member of ECOWAS.", Negated: true}),
			rel("china", graph.MemberOf, "un", graph.ClaimEvidence{Sentence: "China joined the UN in 1971.", Date: d("2021")}),
		),
		article(graph.Article{ID: "a4"},
			[]string{"china", "mali", "turkey"},
			rel("china", graph.Supplies, "mali", graph.ClaimEvidence{Sentence: "Chinese armoured vehicles reached Mali."}),
			rel("turkey", graph.Supplies, "mali", graph.ClaimEvidence{Sentence: "Turkey may have sent more drones.", Hedged: true}),
		),
	}
}

// loadFixture opens a fresh store with the fixture, ingesting the articles
// in the given order (all four, in order, when none is given).
func loadFixture(t testing.TB, order ...int) *graph.Store {
	t.Helper()
	s := graphtest.NewStore(t)
	cs := fixture()
	if len(order) == 0 {
		order = []int{0, 1, 2, 3}
	}
	for _, i := range order {
		res := graphtest.Ingest(t, s, cs[i])
		require.Empty(t, res.Rejected)
	}
	graphtest.RequireConsistent(t, s)
	return s
}

// dotOf exports DOT inside one view and checks that Graphviz renders it.
func dotOf(t *testing.T, s *graph.Store, f export.Filter, o export.DOTOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	ctx := context.Background()
	require.NoError(t, s.View(ctx, func(tx *graph.Tx) error { return export.DOT(ctx, &b, tx, f, o) }))
	renderDOT(t, b.Bytes())
	return b.Bytes()
}

// jsonOf exports JSON inside one view and checks that it is valid JSON.
func jsonOf(t *testing.T, s *graph.Store, f export.Filter, o export.JSONOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	ctx := context.Background()
	require.NoError(t, s.View(ctx, func(tx *graph.Tx) error { return export.JSON(ctx, &b, tx, f, o) }))
	require.Truef(t, json.Valid(b.Bytes()), "invalid JSON:\n%s", b.Bytes())
	return b.Bytes()
}

// renderDOT runs Graphviz on a DOT output and requires it to succeed
// without complaint; it skips (as a subtest) when Graphviz is absent.
func renderDOT(t *testing.T, dot []byte) []byte {
	t.Helper()
	var svg []byte
	t.Run("graphviz", func(t *testing.T) {
		bin, err := exec.LookPath("dot")
		if err != nil {
			t.Skip("Graphviz's dot is not installed (apt-get install graphviz): DOT output not rendered")
		}
		cmd := exec.Command(bin, "-Tsvg")
		cmd.Stdin = bytes.NewReader(dot)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		require.NoErrorf(t, cmd.Run(), "dot -Tsvg failed: %s\ninput:\n%s", stderr.String(), dot)
		for _, bad := range []string{"rror", "syntax", "UTF", "nvalid"} {
			assert.NotContainsf(t, stderr.String(), bad, "dot -Tsvg complained about:\n%s", dot)
		}
		if stderr.Len() > 0 {
			t.Logf("dot -Tsvg: %s", stderr.String())
		}
		assert.Contains(t, stdout.String(), "</svg>")
		svg = stdout.Bytes()
	})
	return svg
}

// nxSummary is what the networkx script reports of a JSON export.
type nxSummary struct {
	Version    string         `json:"version"`
	Directed   bool           `json:"directed"`
	Multigraph bool           `json:"multigraph"`
	Nodes      int            `json:"nodes"`
	Edges      int            `json:"edges"`
	Edge       map[string]any `json:"edge"`
	Node       map[string]any `json:"node"`
	Graph      map[string]any `json:"graph"`
}

const nxScript = `
import json, sys
import networkx as nx
data = json.load(open(sys.argv[1], encoding="utf-8"))
try:
    g = nx.node_link_graph(data, edges="links")  # networkx >= 3.4
except TypeError:
    g = nx.node_link_graph(data, link="links")   # networkx 2.x and early 3.x
u, v, k = sys.argv[2], sys.argv[3], sys.argv[4]
edge = g.get_edge_data(u, v, key=k)
if edge is not None:
    edge = {key: val for key, val in edge.items() if key != "evidence"} | {"n_evidence": len(edge.get("evidence", []))}
print(json.dumps({"version": nx.__version__, "directed": g.is_directed(), "multigraph": g.is_multigraph(),
    "nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "edge": edge,
    "node": g.nodes[u] if u in g else None, "graph": g.graph}))
`

// readNetworkx loads a JSON export with Debian's networkx and reports on
// it and on the edge (u, v, key); it skips when networkx is absent.
func readNetworkx(t *testing.T, data []byte, u, v, key string) *nxSummary {
	t.Helper()
	const python = "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import networkx").Run(); err != nil {
		t.Skipf("%s cannot import networkx (apt-get install python3-networkx): %v", python, err)
	}
	path := filepath.Join(t.TempDir(), "graph.json")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	var stderr bytes.Buffer
	cmd := exec.Command(python, "-c", nxScript, path, u, v, key)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoErrorf(t, err, "networkx failed: %s", stderr.String())
	var sum nxSummary
	require.NoError(t, json.Unmarshal(out, &sum))
	return &sum
}

// golden compares got with testdata/golden/name, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join(goldenDir, name)
	if *update {
		require.NoError(t, os.MkdirAll(goldenDir, 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoErrorf(t, err, "missing golden file; run go test ./graph/export -update")
	if !bytes.Equal(want, got) {
		assert.Equalf(t, string(want), string(got), "%s differs; if the change is intended, run go test ./graph/export -update", path)
	}
}

// exported is the shape of a JSON export, for the tests' assertions.
type exported struct {
	Directed   bool `json:"directed"`
	Multigraph bool `json:"multigraph"`
	Nodes      []struct {
		ID   string     `json:"id"`
		Name string     `json:"name"`
		Kind graph.Kind `json:"kind"`
	} `json:"nodes"`
	Links []struct {
		Source     string         `json:"source"`
		Target     string         `json:"target"`
		Key        string         `json:"key"`
		Type       graph.RelType  `json:"type"`
		Symmetric  bool           `json:"symmetric"`
		Asserted   int            `json:"asserted"`
		Hedged     int            `json:"hedged"`
		Negated    int            `json:"negated"`
		Weight     int            `json:"weight"`
		Confidence float64        `json:"confidence"`
		FirstSeen  *string        `json:"first_seen"`
		LastSeen   *string        `json:"last_seen"`
		Evidence   []evidenceView `json:"evidence"`
	} `json:"links"`
	Graph struct {
		Schema       string         `json:"schema"`
		Fingerprints []string       `json:"fingerprints"`
		Filter       map[string]any `json:"filter"`
		Evidence     bool           `json:"evidence"`
	} `json:"graph"`
}

type evidenceView struct {
	Article  string  `json:"article"`
	Date     *string `json:"date"`
	Hedged   bool    `json:"hedged"`
	Negated  bool    `json:"negated"`
	Outlet   *string `json:"outlet"`
	Sentence string  `json:"sentence_text"`
}

func decode(t *testing.T, b []byte) *exported {
	t.Helper()
	var e exported
	require.NoError(t, json.Unmarshal(b, &e))
	return &e
}

func (e *exported) nodeIDs() []string {
	ids := []string{}
	for _, n := range e.Nodes {
		ids = append(ids, n.ID)
	}
	return ids
}

func (e *exported) linkKeys() []string {
	ks := []string{}
	for _, l := range e.Links {
		ks = append(ks, l.Source+" "+string(l.Type)+" "+l.Target)
	}
	return ks
}

// dotEdges lists the edges of a DOT export as "from type to" (the type
// read from the tooltip's first line).
func dotEdges(dot []byte) []string {
	ks := []string{}
	for _, line := range strings.Split(string(dot), "\n") {
		if !strings.Contains(line, " -> ") || strings.Contains(line, `"legend:`) {
			continue
		}
		i := strings.Index(line, `tooltip="`)
		first := line[i+len(`tooltip="`):]
		first = first[:strings.Index(first, `\n`)]
		ks = append(ks, first)
	}
	return ks
}
