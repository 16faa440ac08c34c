package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
)

// The tests of the GraphML, GEXF and CSV exports: Go's own decoders check
// their structure, and the tools they are for (networkx, igraph, pandas,
// through Debian's /usr/bin/python3) read them back and are compared with
// the JSON export of the same graph. A test whose Python module is missing
// skips, saying which Debian package brings it; .ci/run installs them all.

const python = "/usr/bin/python3"

// needPython skips t unless /usr/bin/python3 imports every module.
func needPython(t *testing.T, modules ...string) {
	t.Helper()
	for _, m := range modules {
		if err := exec.Command(python, "-c", "import "+m).Run(); err != nil {
			t.Skipf("%s cannot import %s (apt-get install python3-%s): %v", python, m, m, err)
		}
	}
}

// runPython runs a script with arguments and decodes its JSON output into v.
func runPython(t *testing.T, script string, v any, args ...string) {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(python, append([]string{"-c", script}, args...)...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoErrorf(t, err, "python failed: %s", stderr.String())
	require.NoError(t, json.Unmarshal(out, v), "python output: %s", out)
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, data, 0o644))
	return path
}

// exportOf runs one export inside one view.
func exportOf(t *testing.T, s *graph.Store, fn func(ctx context.Context, w *bytes.Buffer, tx *graph.Tx) error) []byte {
	t.Helper()
	var b bytes.Buffer
	ctx := context.Background()
	require.NoError(t, s.View(ctx, func(tx *graph.Tx) error { return fn(ctx, &b, tx) }))
	return b.Bytes()
}

func graphmlOf(t *testing.T, s *graph.Store, f export.Filter) []byte {
	return exportOf(t, s, func(ctx context.Context, w *bytes.Buffer, tx *graph.Tx) error {
		return export.GraphML(ctx, w, tx, f, export.GraphMLOptions{})
	})
}

func gexfOf(t *testing.T, s *graph.Store, f export.Filter) []byte {
	return exportOf(t, s, func(ctx context.Context, w *bytes.Buffer, tx *graph.Tx) error {
		return export.GEXF(ctx, w, tx, f, export.GEXFOptions{})
	})
}

func csvOf(t *testing.T, s *graph.Store, f export.Filter, part export.CSVPart, prof export.CSVProfile) []byte {
	return exportOf(t, s, func(ctx context.Context, w *bytes.Buffer, tx *graph.Tx) error {
		return export.CSV(ctx, w, tx, f, part, export.CSVOptions{Profile: prof})
	})
}

// fullJSON is the JSON export decoded generically: nodes by id, links by
// "from:type:to".
type fullJSON struct {
	nodes    map[string]map[string]any
	links    map[string]map[string]any
	evidence int
}

func decodeFull(t *testing.T, js []byte) *fullJSON {
	var raw struct {
		Nodes []map[string]any `json:"nodes"`
		Links []map[string]any `json:"links"`
	}
	require.NoError(t, json.Unmarshal(js, &raw))
	fj := &fullJSON{nodes: map[string]map[string]any{}, links: map[string]map[string]any{}}
	for _, n := range raw.Nodes {
		fj.nodes[n["id"].(string)] = n
	}
	for _, l := range raw.Links {
		fj.links[fmt.Sprint(l["source"], ":", l["type"], ":", l["target"])] = l
		fj.evidence += len(l["evidence"].([]any))
	}
	return fj
}

// formatCases are the GraphML, GEXF and RDF exports kept in testdata/golden,
// named formats_*.
var formatCases = []struct {
	name string
	f    export.Filter
}{
	{"formats_all", export.Filter{}},
	{"formats_negated_isolated", export.Filter{IncludeNegated: true, Isolated: true}},
	{"formats_ego_mali_2024", export.Filter{Actor: "mali", Since: d("2024"), Types: []graph.RelType{graph.Trains, graph.Supplies, graph.Allied, graph.Leads}}},
	{"formats_min_confidence", export.Filter{MinConfidence: 0.5}},
}

// --- GraphML ---

type graphmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		ID          string      `xml:"id,attr"`
		EdgeDefault string      `xml:"edgedefault,attr"`
		Data        []xmlData   `xml:"data"`
		Nodes       []xmlNode   `xml:"node"`
		Edges       []graphEdge `xml:"edge"`
	} `xml:"graph"`
}

type xmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type xmlNode struct {
	ID   string    `xml:"id,attr"`
	Data []xmlData `xml:"data"`
}

type graphEdge struct {
	ID     string    `xml:"id,attr"`
	Source string    `xml:"source,attr"`
	Target string    `xml:"target,attr"`
	Data   []xmlData `xml:"data"`
}

// decodeGraphML decodes a GraphML export strictly and checks its
// structure: every key declared with for and attr.type, every data
// element's key declared for its element, unique node and edge ids, edge
// ends among the nodes. It returns the values by node or edge id and key
// name.
func decodeGraphML(t *testing.T, b []byte) (doc *graphmlDoc, nodes, edges map[string]map[string]string) {
	t.Helper()
	doc = &graphmlDoc{}
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = true
	require.NoError(t, dec.Decode(doc), "GraphML is well-formed")
	keys := map[string]string{} // id -> for
	names := map[string]string{}
	for _, k := range doc.Keys {
		require.Contains(t, []string{"graph", "node", "edge"}, k.For, "key %s", k.ID)
		require.Contains(t, []string{"string", "int", "double", "boolean"}, k.Type, "key %s", k.ID)
		require.NotContains(t, keys, k.ID, "key ids are unique")
		keys[k.ID], names[k.ID] = k.For, k.Name
	}
	assert.Equal(t, "directed", doc.Graph.EdgeDefault)
	values := func(kind string, data []xmlData) map[string]string {
		m := map[string]string{}
		for _, d := range data {
			require.Equal(t, kind, keys[d.Key], "data key %s is declared for %s", d.Key, kind)
			m[names[d.Key]] = d.Value
		}
		return m
	}
	values("graph", doc.Graph.Data)
	nodes, edges = map[string]map[string]string{}, map[string]map[string]string{}
	for _, n := range doc.Graph.Nodes {
		require.NotContains(t, nodes, n.ID, "node ids are unique")
		nodes[n.ID] = values("node", n.Data)
	}
	for _, e := range doc.Graph.Edges {
		require.NotContains(t, edges, e.ID, "edge ids are unique")
		require.Contains(t, nodes, e.Source)
		require.Contains(t, nodes, e.Target)
		edges[e.ID] = values("edge", e.Data)
		edges[e.ID]["source"], edges[e.ID]["target"] = e.Source, e.Target
	}
	return doc, nodes, edges
}

// graphmlScript reads a GraphML file with networkx and igraph (when
// asked) and prints every node's and edge's attributes, by id.
const graphmlScript = `
import json, math, sys
import networkx as nx
out = {}
g = nx.read_graphml(sys.argv[1], force_multigraph=True)
out["networkx"] = {"version": nx.__version__, "directed": g.is_directed(), "graph": g.graph,
    "nodes": {n: d for n, d in g.nodes(data=True)},
    "edges": {d.get("id", k): dict(d, source=u, target=v, key=k) for u, v, k, d in g.edges(keys=True, data=True)}}
if sys.argv[2] == "igraph":
    import igraph
    ig = igraph.Graph.Read_GraphML(sys.argv[1])
    clean = lambda d: {k: v for k, v in d.items() if v is not None and v != "" and not (isinstance(v, float) and math.isnan(v))}
    out["igraph"] = {"version": igraph.__version__, "directed": ig.is_directed(),
        "graph": {a: ig[a] for a in ig.attributes()},
        "nodes": {v["id"]: clean(v.attributes()) for v in ig.vs},
        "edges": {e["id"]: clean(dict(e.attributes(), source=ig.vs[e.source]["id"], target=ig.vs[e.target]["id"])) for e in ig.es}}
print(json.dumps(out))
`

type pyGraph struct {
	Version  string                    `json:"version"`
	Directed bool                      `json:"directed"`
	Graph    map[string]any            `json:"graph"`
	Nodes    map[string]map[string]any `json:"nodes"`
	Edges    map[string]map[string]any `json:"edges"`
}

// nodeAttrs and linkAttrs are the attributes the JSON export and the
// other formats share (same names, same values).
var (
	nodeAttrs = []string{"name", "kind", "country", "wikidata", "successor_of", "first_seen", "last_seen", "mentions", "articles"}
	linkAttrs = []string{"type", "symmetric", "asserted", "hedged", "negated", "articles", "outlets", "weight", "confidence", "first_seen", "last_seen"}
)

// sameAttrs asserts that got has the JSON export's values of want for the
// attributes, a JSON null being an absent attribute; numbers compare as
// float64 (igraph reads GraphML ints as floats).
func sameAttrs(t *testing.T, what string, attrs []string, want, got map[string]any, text func(string) string) {
	t.Helper()
	for _, a := range attrs {
		w, g := want[a], got[a]
		if w == nil {
			assert.Nil(t, g, "%s %s: null in JSON, absent here", what, a)
			continue
		}
		if s, ok := w.(string); ok && text != nil {
			w = text(s)
		}
		if n, ok := g.(int); ok {
			g = float64(n)
		}
		assert.Equal(t, w, g, "%s %s", what, a)
	}
}

func TestGraphML(t *testing.T) {
	s := loadFixture(t)
	for _, tc := range formatCases {
		t.Run(tc.name, func(t *testing.T) {
			gm := graphmlOf(t, s, tc.f)
			golden(t, tc.name+".graphml", gm)
			fj := decodeFull(t, jsonOf(t, s, tc.f, export.JSONOptions{}))
			_, nodes, edges := decodeGraphML(t, gm)
			require.Len(t, nodes, len(fj.nodes))
			require.Len(t, edges, len(fj.links))
			for id, n := range fj.nodes {
				require.Contains(t, nodes, id)
				assert.Equal(t, export.XMLText(n["name"].(string)), nodes[id]["name"], id)
				assert.Equal(t, nodes[id]["name"], nodes[id]["label"], id)
			}
			for id, l := range fj.links {
				require.Contains(t, edges, id)
				assert.Equal(t, l["source"], edges[id]["source"])
				assert.Equal(t, fmt.Sprint(l["weight"]), edges[id]["weight"])
				assert.Equal(t, fmt.Sprint(l["symmetric"]), edges[id]["symmetric"])
			}

			t.Run("networkx and igraph", func(t *testing.T) {
				needPython(t, "networkx")
				tools := "igraph"
				if err := exec.Command(python, "-c", "import igraph").Run(); err != nil {
					if os.Getenv("CI") != "" {
						t.Fatalf("CI must read GraphML with igraph (apt-get install python3-igraph): %v", err)
					}
					t.Logf("python3-igraph missing: GraphML read back with networkx only")
					tools = "networkx"
				}
				var got map[string]*pyGraph
				runPython(t, graphmlScript, &got, writeTemp(t, "g.graphml", gm), tools)
				for tool, g := range got {
					t.Logf("%s %s: %d nodes, %d edges", tool, g.Version, len(g.Nodes), len(g.Edges))
					assert.True(t, g.Directed, tool)
					assert.Equal(t, export.Schema, g.Graph["schema"], tool)
					require.Len(t, g.Nodes, len(fj.nodes), tool)
					require.Len(t, g.Edges, len(fj.links), tool)
					for id, n := range fj.nodes {
						require.Contains(t, g.Nodes, id, tool)
						sameAttrs(t, tool+" node "+id, nodeAttrs, n, g.Nodes[id], export.XMLText)
					}
					for id, l := range fj.links {
						require.Contains(t, g.Edges, id, tool)
						e := g.Edges[id]
						assert.Equal(t, l["source"], e["source"], tool)
						assert.Equal(t, l["target"], e["target"], tool)
						sameAttrs(t, tool+" edge "+id, linkAttrs, l, e, nil)
					}
				}
			})
		})
	}
}

// --- GEXF ---

type gexfDoc struct {
	XMLName xml.Name `xml:"http://www.gexf.net/1.2draft gexf"`
	Version string   `xml:"version,attr"`
	Meta    struct {
		Creator     string `xml:"creator"`
		Description string `xml:"description"`
	} `xml:"meta"`
	Graph struct {
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		Mode            string `xml:"mode,attr"`
		TimeFormat      string `xml:"timeformat,attr"`
		Attributes      []struct {
			Class string `xml:"class,attr"`
			Attrs []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []struct {
			ID     string     `xml:"id,attr"`
			Label  string     `xml:"label,attr"`
			Values []gexfAttr `xml:"attvalues>attvalue"`
		} `xml:"nodes>node"`
		Edges []struct {
			ID     string     `xml:"id,attr"`
			Source string     `xml:"source,attr"`
			Target string     `xml:"target,attr"`
			Label  string     `xml:"label,attr"`
			Weight string     `xml:"weight,attr"`
			Start  string     `xml:"start,attr"`
			End    string     `xml:"end,attr"`
			Values []gexfAttr `xml:"attvalues>attvalue"`
		} `xml:"edges>edge"`
	} `xml:"graph"`
}

type gexfAttr struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type gexfGraph struct {
	doc          *gexfDoc
	nodes, edges map[string]map[string]string // by id, then attribute title (and label, weight, start, end, source, target)
}

// decodeGEXF decodes a GEXF export strictly and checks its structure.
func decodeGEXF(t *testing.T, b []byte) *gexfGraph {
	t.Helper()
	g := &gexfGraph{doc: &gexfDoc{}, nodes: map[string]map[string]string{}, edges: map[string]map[string]string{}}
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = true
	require.NoError(t, dec.Decode(g.doc), "GEXF is well-formed")
	d := g.doc
	assert.Equal(t, "1.2", d.Version)
	assert.Equal(t, "actorgraph", d.Meta.Creator)
	assert.Equal(t, "directed", d.Graph.DefaultEdgeType)
	assert.Equal(t, "dynamic", d.Graph.Mode)
	assert.Equal(t, "date", d.Graph.TimeFormat)
	titles := map[string]map[string]string{} // class -> id -> title
	for _, as := range d.Graph.Attributes {
		titles[as.Class] = map[string]string{}
		for _, a := range as.Attrs {
			require.Contains(t, []string{"string", "integer", "double", "boolean"}, a.Type)
			titles[as.Class][a.ID] = a.Title
		}
	}
	require.Len(t, titles, 2, "node and edge attributes declared")
	values := func(class string, vs []gexfAttr) map[string]string {
		m := map[string]string{}
		for _, v := range vs {
			require.Contains(t, titles[class], v.For, "attvalue for a declared %s attribute", class)
			m[titles[class][v.For]] = v.Value
		}
		return m
	}
	for _, n := range d.Graph.Nodes {
		require.NotContains(t, g.nodes, n.ID)
		g.nodes[n.ID] = values("node", n.Values)
		g.nodes[n.ID]["label"] = n.Label
	}
	for _, e := range d.Graph.Edges {
		require.NotContains(t, g.edges, e.ID)
		require.Contains(t, g.nodes, e.Source)
		require.Contains(t, g.nodes, e.Target)
		m := values("edge", e.Values)
		m["label"], m["weight"], m["start"], m["end"], m["source"], m["target"] = e.Label, e.Weight, e.Start, e.End, e.Source, e.Target
		if e.Start != "" || e.End != "" {
			require.Regexp(t, `^\d{4}-\d{2}-\d{2}$`, e.Start)
			require.Regexp(t, `^\d{4}-\d{2}-\d{2}$`, e.End)
			require.LessOrEqual(t, e.Start, e.End)
		}
		g.edges[e.ID] = m
	}
	return g
}

const gexfScript = `
import json, sys
import networkx as nx
g = nx.read_gexf(sys.argv[1])
edges = {}
for u, v, d in g.edges(data=True):
    edges[d["id"]] = dict(d, source=u, target=v)
print(json.dumps({"version": nx.__version__, "directed": g.is_directed(), "graph": g.graph,
    "nodes": {n: d for n, d in g.nodes(data=True)}, "edges": edges}))
`

func TestGEXF(t *testing.T) {
	s := loadFixture(t)
	for _, tc := range formatCases {
		t.Run(tc.name, func(t *testing.T) {
			gx := gexfOf(t, s, tc.f)
			golden(t, tc.name+".gexf", gx)
			fj := decodeFull(t, jsonOf(t, s, tc.f, export.JSONOptions{}))
			g := decodeGEXF(t, gx)
			require.Len(t, g.nodes, len(fj.nodes))
			require.Len(t, g.edges, len(fj.links))
			for id, n := range fj.nodes {
				require.Contains(t, g.nodes, id)
				assert.Equal(t, export.XMLText(n["name"].(string)), g.nodes[id]["label"])
				assert.Equal(t, g.nodes[id]["label"], g.nodes[id]["name"])
			}
			for id, l := range fj.links {
				require.Contains(t, g.edges, id)
				e := g.edges[id]
				assert.Equal(t, fmt.Sprint(l["weight"]), e["weight"])
				assert.Equal(t, l["type"], e["label"])
				if l["first_seen"] == nil {
					assert.Empty(t, e["start"], "an undated edge is always there")
				} else {
					assert.True(t, strings.HasPrefix(e["start"], l["first_seen"].(string)), "start %s from first seen %s", e["start"], l["first_seen"])
					assert.True(t, strings.HasPrefix(e["end"], l["last_seen"].(string)), "end %s from last seen %s", e["end"], l["last_seen"])
				}
			}
			t.Run("networkx", func(t *testing.T) {
				needPython(t, "networkx")
				var nx pyGraph
				runPython(t, gexfScript, &nx, writeTemp(t, "g.gexf", gx))
				assert.True(t, nx.Directed)
				assert.Equal(t, "dynamic", nx.Graph["mode"])
				require.Len(t, nx.Nodes, len(fj.nodes))
				require.Len(t, nx.Edges, len(fj.links))
				for id, n := range fj.nodes {
					require.Contains(t, nx.Nodes, id)
					sameAttrs(t, "node "+id, nodeAttrs, n, nx.Nodes[id], export.XMLText)
				}
				for id, l := range fj.links {
					require.Contains(t, nx.Edges, id)
					sameAttrs(t, "edge "+id, linkAttrs, l, nx.Edges[id], nil)
					if start := g.edges[id]["start"]; start != "" {
						assert.Equal(t, start, nx.Edges[id]["start"], id)
						assert.Equal(t, g.edges[id]["end"], nx.Edges[id]["end"], id)
					} else {
						assert.NotContains(t, nx.Edges[id], "start", id)
					}
				}
			})
		})
	}
	// A partial date spans its whole period.
	g := decodeGEXF(t, gexfOf(t, s, export.Filter{}))
	e := g.edges["turkey:supplies:mali"]
	assert.Equal(t, []string{"2024-07-01", "2024-07-31"}, []string{e["start"], e["end"]})
	e = g.edges["china:member_of:un"]
	assert.Equal(t, []string{"2021-01-01", "2021-12-31"}, []string{e["start"], e["end"]})
}

// --- CSV ---

// readCSV reads a CSV export with encoding/csv, strictly: every record
// the header's length, no byte order mark, valid UTF-8.
func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	require.False(t, bytes.HasPrefix(b, []byte("\xef\xbb\xbf")), "no byte order mark")
	require.True(t, strings.HasSuffix(string(b), "\n"))
	r := csv.NewReader(bytes.NewReader(b))
	recs, err := r.ReadAll() // FieldsPerRecord 0: all as long as the header
	require.NoError(t, err)
	require.NotEmpty(t, recs, "a header at least")
	return recs
}

const csvGoldenDir = "testdata/csv"

const pandasScript = `
import json, sys
import pandas as pd
out = {"version": pd.__version__, "files": {}}
for path in sys.argv[1:]:
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    typed = pd.read_csv(path)
    out["files"][path] = {"columns": list(df.columns), "rows": len(df), "first_column": list(df.iloc[:, 0]),
        "second_column": list(df.iloc[:, 1]), "dtypes": {c: str(t) for c, t in typed.dtypes.items()}}
print(json.dumps(out))
`

type pandasReport struct {
	Version string `json:"version"`
	Files   map[string]struct {
		Columns      []string          `json:"columns"`
		Rows         int               `json:"rows"`
		FirstColumn  []string          `json:"first_column"`
		SecondColumn []string          `json:"second_column"`
		Dtypes       map[string]string `json:"dtypes"`
	} `json:"files"`
}

func TestCSVProfiles(t *testing.T) {
	s := loadFixture(t)
	f := export.Filter{IncludeNegated: true, Isolated: true}
	fj := decodeFull(t, jsonOf(t, s, f, export.JSONOptions{}))
	want := map[export.CSVPart]int{export.CSVNodes: len(fj.nodes), export.CSVRelations: len(fj.links), export.CSVEvidence: fj.evidence}
	dir := t.TempDir()
	var paths []string
	headers := map[string][]string{}
	for _, prof := range export.CSVProfiles {
		for _, part := range export.CSVParts {
			name := string(prof) + "/" + part.FileName()
			b := csvOf(t, s, f, part, prof)
			recs := readCSV(t, b)
			assert.Len(t, recs[1:], want[part], name)
			headers[name] = recs[0]
			// The golden header: the first line of the file.
			header := b[:bytes.IndexByte(b, '\n')+1]
			path := filepath.Join(csvGoldenDir, string(prof), string(part)+".header")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, header, 0o644))
			}
			gold, err := os.ReadFile(path)
			require.NoError(t, err, "missing golden header; run go test ./graph/export -update")
			assert.Equal(t, string(gold), string(header), "%s differs; if intended, run go test ./graph/export -update", path)
			p := filepath.Join(dir, string(prof)+"-"+part.FileName())
			require.NoError(t, os.WriteFile(p, b, 0o644))
			paths = append(paths, p)

			if part == export.CSVNodes { // names survive (Go's reader folds \r\n in a quoted field to \n)
				for _, r := range recs[1:] {
					name := r[1]
					assert.Equal(t, strings.ReplaceAll(fj.nodes[r[0]]["name"].(string), "\r\n", "\n"), name, r[0])
				}
			}
		}
	}
	// Each tool's conventions.
	assert.Equal(t, []string{"Id", "Label"}, headers["gephi/nodes.csv"][:2])
	assert.Equal(t, []string{"Source", "Target", "Type", "Id", "Label", "Weight"}, headers["gephi/relations.csv"][:6])
	assert.Equal(t, []string{"id:ID", "name", ":LABEL"}, headers["neo4j/nodes.csv"][:3])
	assert.Equal(t, []string{":START_ID", ":END_ID", ":TYPE"}, headers["neo4j/relations.csv"][:3])
	assert.Contains(t, headers["neo4j/relations.csv"], "weight:int")
	assert.Contains(t, headers["neo4j/relations.csv"], "confidence:float")
	assert.Equal(t, []string{"id", "name", "kind"}, headers["pandas/nodes.csv"][:3])
	for name, h := range headers {
		if strings.HasPrefix(name, "pandas/") {
			for _, c := range h {
				assert.Regexp(t, `^[a-z][a-z_]*$`, c, "pandas: plain snake_case")
			}
		}
	}
	gephi := readCSV(t, csvOf(t, s, f, export.CSVRelations, export.CSVGephi))
	neo := readCSV(t, csvOf(t, s, f, export.CSVRelations, export.CSVNeo4j))
	for i, r := range gephi[1:] {
		want := "Directed"
		if r[4] == "allied" || r[4] == "opposed" {
			want = "Undirected"
		}
		assert.Equal(t, want, r[2], "Gephi's Type is the direction")
		assert.Equal(t, strings.ToUpper(r[4]), neo[i+1][2], "Neo4j's :TYPE")
	}
	neoNodes := readCSV(t, csvOf(t, s, f, export.CSVNodes, export.CSVNeo4j))
	labels := map[string]string{}
	for _, r := range neoNodes[1:] {
		labels[r[0]] = r[2]
	}
	assert.Equal(t, "Actor;ArmedGroup", labels["jnim"])
	assert.Equal(t, "Actor;State", labels["mali"])

	t.Run("pandas", func(t *testing.T) {
		needPython(t, "pandas")
		var rep pandasReport
		runPython(t, pandasScript, &rep, paths...)
		t.Logf("pandas %s", rep.Version)
		for _, p := range paths {
			got := rep.Files[p]
			name := strings.Replace(filepath.Base(p), "-", "/", 1)
			part, _ := export.ParseCSVPart(strings.TrimSuffix(filepath.Base(name), ".csv"))
			assert.Equal(t, headers[name], got.Columns, name)
			assert.Equal(t, want[part], got.Rows, name)
			if part == export.CSVNodes {
				for i, id := range got.FirstColumn {
					assert.Equal(t, fj.nodes[id]["name"], got.SecondColumn[i], "%s: %s's name, exactly", name, id)
				}
			}
		}
		dt := rep.Files[filepath.Join(dir, "pandas-relations.csv")].Dtypes
		assert.Equal(t, "int64", dt["weight"])
		assert.Equal(t, "float64", dt["confidence"])
		assert.Equal(t, "bool", dt["symmetric"])
	})
}

func TestCSVErrors(t *testing.T) {
	s := loadFixture(t)
	ctx := context.Background()
	err := s.View(ctx, func(tx *graph.Tx) error {
		return export.CSV(ctx, &bytes.Buffer{}, tx, export.Filter{}, "edges", export.CSVOptions{})
	})
	assert.ErrorContains(t, err, `unknown csv part "edges"`)
	err = s.View(ctx, func(tx *graph.Tx) error {
		return export.CSV(ctx, &bytes.Buffer{}, tx, export.Filter{}, export.CSVNodes, export.CSVOptions{Profile: "excel"})
	})
	assert.ErrorContains(t, err, `unknown csv profile "excel"`)
	p, err := export.ParseCSVProfile("")
	require.NoError(t, err)
	assert.Equal(t, export.CSVPandas, p)
	for _, n := range []int{0, 100} {
		for _, part := range export.CSVParts {
			err := s.View(ctx, func(tx *graph.Tx) error {
				return export.CSV(ctx, &failWriter{n}, tx, export.Filter{}, part, export.CSVOptions{})
			})
			assert.ErrorIs(t, err, errDiskFull, "%s after %d bytes", part, n)
		}
		err := s.View(ctx, func(tx *graph.Tx) error {
			return export.GraphML(ctx, &failWriter{n}, tx, export.Filter{}, export.GraphMLOptions{})
		})
		assert.ErrorIs(t, err, errDiskFull)
		err = s.View(ctx, func(tx *graph.Tx) error {
			return export.GEXF(ctx, &failWriter{n}, tx, export.Filter{}, export.GEXFOptions{})
		})
		assert.ErrorIs(t, err, errDiskFull)
	}
}

// TestFormatsDeterministic: the same graph loaded in two orders gives the
// same bytes in every new format.
func TestFormatsDeterministic(t *testing.T) {
	a := loadFixture(t, 0, 1, 2, 3)
	b := loadFixture(t, 3, 1, 2, 0)
	for _, tc := range formatCases {
		assert.Equal(t, string(graphmlOf(t, a, tc.f)), string(graphmlOf(t, b, tc.f)), tc.name)
		assert.Equal(t, string(gexfOf(t, a, tc.f)), string(gexfOf(t, b, tc.f)), tc.name)
		for _, prof := range export.CSVProfiles {
			for _, part := range export.CSVParts {
				assert.Equal(t, string(csvOf(t, a, tc.f, part, prof)), string(csvOf(t, b, tc.f, part, prof)), "%s %s %s", tc.name, prof, part)
			}
		}
	}
}
