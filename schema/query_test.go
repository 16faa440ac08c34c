package schema_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/schema"
)

// ids returns the "id" of every object of a list of decoded JSON objects.
func ids(v any) []string {
	var out []string
	l, _ := v.([]any)
	for _, x := range l {
		out = append(out, get(x, "id").(string))
	}
	return out
}

// TestQueries runs every query field against the bundled sample articles,
// loaded through the loader into a store on disk.
func TestQueries(t *testing.T) {
	st := loadedStore(t)
	s := newSchema(t, st, schema.Options{})
	// The expected figures are the library's reads of the same store, so
	// that the tests hold whatever the extractor finds in the samples.
	count := func(f graph.RelationFilter) float64 {
		rs, err := st.Relations(bg, f)
		require.NoError(t, err)
		return float64(len(rs))
	}
	stats, err := st.Stats(bg)
	require.NoError(t, err)
	maliRussia, err := st.Relation(bg, "mali", graph.Allied, "russia")
	require.NoError(t, err)
	tests := []struct {
		name  string
		query string
		vars  map[string]any
		check func(t *testing.T, d map[string]any)
	}{
		{"actor by id", `{ actor(id: "mali") { id name kind country mentions articleCount firstSeen lastSeen aliases { form source } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, "Mali", get(d, "actor", "name"))
				assert.Equal(t, "STATE", get(d, "actor", "kind"))
				assert.Equal(t, "ML", get(d, "actor", "country"))
				assert.Greater(t, get(d, "actor", "mentions").(float64), 0.0)
				assert.Contains(t, get(d, "actor", "aliases"), map[string]any{"form": "FAMa", "source": "DICTIONARY"})
			}},
		{"actor by name, folded", `{ a: actor(name: "ASSIMI GOITA") { id } b: actor(name: "Goïta") { id } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, "assimi-goita", get(d, "a", "id"))
				assert.Equal(t, "assimi-goita", get(d, "b", "id"))
			}},
		{"unknown actor is null", `{ a: actor(id: "atlantis") { id } b: actor(name: "Atlantis") { id } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Nil(t, d["a"])
				assert.Nil(t, d["b"])
			}},
		{"findActors", `{ findActors(name: "goita") { id name } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, []string{"assimi-goita"}, ids(d["findActors"]))
			}},
		{"actors by kind", `{ actors(kind: COMPANY) { totalCount nodes { id kind } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, 1.0, get(d, "actors", "totalCount"))
				assert.Equal(t, []string{"baykar"}, ids(get(d, "actors", "nodes")))
			}},
		{"actors search by folded prefix", `{ a: actors(search: "bur") { nodes { id } } b: actors(search: "GOÏ") { nodes { id } } c: actors(search: "bur", kind: STATE) { nodes { id } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, []string{"abdel-fattah-al-burhan", "burkina-faso"}, ids(get(d, "a", "nodes")))
				assert.Equal(t, []string{"assimi-goita"}, ids(get(d, "b", "nodes")))
				assert.Equal(t, []string{"burkina-faso"}, ids(get(d, "c", "nodes")))
			}},
		{"relations: all edges, negated only on request", `{ a: relations { totalCount } b: relations(includeNegated: true, first: 500) { totalCount nodes { id negated weight } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, count(graph.RelationFilter{}), get(d, "a", "totalCount"))
				assert.Equal(t, count(graph.RelationFilter{IncludeNegated: true}), get(d, "b", "totalCount"))
				assert.Greater(t, get(d, "b", "totalCount"), get(d, "a", "totalCount"), "the samples hold a denied relation")
				assert.Contains(t, ids(get(d, "b", "nodes")), "rwanda/supplies/m23")
			}},
		{"relations: types and ends", `{ relations(types: [SUPPLIES], to: "mali") { nodes { id from { id } to { name } type symmetric } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, []string{"russia/supplies/mali", "turkey/supplies/mali"}, ids(get(d, "relations", "nodes")))
				assert.Equal(t, "Mali", get(d, "relations", "nodes", 0, "to", "name"))
				assert.Equal(t, false, get(d, "relations", "nodes", 0, "symmetric"))
			}},
		{"relations: symmetric from either end", `{ relations(from: "russia", to: "mali", types: [ALLIED]) { nodes { id symmetric } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, []string{"mali/allied/russia"}, ids(get(d, "relations", "nodes")))
				assert.Equal(t, true, get(d, "relations", "nodes", 0, "symmetric"))
			}},
		{"relations: hedged excluded", `{ relations(types: [SUPPLIES], to: "mali", includeHedged: false) { nodes { id hedged } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, []string{"russia/supplies/mali"}, ids(get(d, "relations", "nodes")))
			}},
		{"relations: period", `{ a: relations(to: "mali", types: [SUPPLIES], since: "2024") { nodes { id firstSeen } } b: relations(to: "mali", types: [SUPPLIES], until: "2022-12") { nodes { id } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, []string{"russia/supplies/mali"}, ids(get(d, "a", "nodes")))
				assert.Equal(t, []string{"turkey/supplies/mali"}, ids(get(d, "b", "nodes")))
			}},
		{"relations: kinds, confidence, weight, actor", `{ k: relations(kinds: [PERSON]) { totalCount } c: relations(minConfidence: 0.8) { totalCount } w: relations(minWeight: 2) { totalCount } a: relations(actor: "turkey") { totalCount } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, count(graph.RelationFilter{Kinds: []graph.Kind{graph.KindPerson}}), get(d, "k", "totalCount"))
				assert.Equal(t, count(graph.RelationFilter{MinConfidence: 0.8}), get(d, "c", "totalCount"))
				assert.Equal(t, count(graph.RelationFilter{MinWeight: 2}), get(d, "w", "totalCount"))
				assert.Equal(t, count(graph.RelationFilter{Actor: "turkey"}), get(d, "a", "totalCount"))
				for _, k := range []string{"k", "c", "w", "a"} {
					assert.Positive(t, get(d, k, "totalCount"), k)
				}
			}},
		{"relation", `{ a: relation(from: "mali", type: SUPPLIES, to: "turkey") { id } b: relation(from: "russia", type: ALLIED, to: "mali") { id asserted hedged negated evidenceCount articleCount outletCount weight confidence firstSeen lastSeen } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Nil(t, d["a"])
				r := maliRussia
				assert.Equal(t, map[string]any{"id": "mali/allied/russia", "asserted": float64(r.Asserted), "hedged": float64(r.Hedged), "negated": float64(r.Negated),
					"evidenceCount": float64(r.Asserted + r.Hedged + r.Negated), "articleCount": float64(r.Articles), "outletCount": float64(r.Outlets),
					"weight": float64(r.Weight), "confidence": r.Confidence, "firstSeen": r.FirstSeen.String(), "lastSeen": r.LastSeen.String()}, d["b"])
				assert.Positive(t, r.Asserted, "the samples assert the alliance (« ses alliés russes » is the narrator's naming, not the coalition's claim)")
			}},
		{"evidence down to the article", `{ relation(from: "turkey", type: SUPPLIES, to: "mali") { evidence { totalCount nodes { id articleId from type to sentenceIndex start end sentence date datePrecision status hedged negated attribution trigger rule supplied extractor confidence article { id url title outlet date lang retracted evidenceCount } } } } }`, nil,
			func(t *testing.T, d map[string]any) {
				e := get(d, "relation", "evidence", "nodes", 0)
				require.NotNil(t, e)
				assert.Equal(t, 1.0, get(d, "relation", "evidence", "totalCount"))
				assert.Equal(t, "HEDGED", get(e, "status"))
				assert.Equal(t, true, get(e, "hedged"))
				assert.Equal(t, "turkey", get(e, "from"))
				assert.Equal(t, "SUPPLIES", get(e, "type"))
				assert.Equal(t, "2022-12", get(e, "date"))
				assert.Equal(t, "MONTH", get(e, "datePrecision"))
				assert.NotEmpty(t, get(e, "sentence"))
				assert.NotEmpty(t, get(e, "trigger"))
				assert.NotEmpty(t, get(e, "rule"))
				assert.Less(t, get(e, "start").(float64), get(e, "end").(float64))
				assert.Equal(t, "https://example.org/sahel/2023/01/bamako-drones-turcs", get(e, "article", "url"))
				assert.Equal(t, "Le Courrier du Sahel (exemple)", get(e, "article", "outlet"))
				assert.Equal(t, "2023-01-12", get(e, "article", "date"))
				assert.Equal(t, "fr", get(e, "article", "lang"))
			}},
		{"actor relations by direction", `{ actor(id: "mali") { all: relations { totalCount } in: relations(direction: IN, types: [SUPPLIES, TRAINS]) { nodes { id } } out: relations(direction: OUT) { totalCount } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, count(graph.RelationFilter{Actor: "mali"}), get(d, "actor", "all", "totalCount"))
				in := ids(get(d, "actor", "in", "nodes"))
				for _, id := range []string{"russia/supplies/mali", "turkey/supplies/mali", "russia/trains/mali", "turkey/trains/mali"} {
					assert.Contains(t, in, id)
				}
				for _, id := range in {
					assert.True(t, strings.HasSuffix(id, "/mali"), "%s is not a relation into mali", id)
				}
				var out float64
				rs, err := st.Relations(bg, graph.RelationFilter{Actor: "mali"})
				require.NoError(t, err)
				for _, r := range rs {
					if r.From == "mali" || r.Symmetric {
						out++ // member_of from mali and the symmetric relations
					}
				}
				assert.Equal(t, out, get(d, "actor", "out", "totalCount"))
			}},
		{"neighbors", `{ actor(id: "turkey") { n1: neighbors { totalCount nodes { distance actor { id } via { id } relation { id } } } n2: neighbors(depth: 2, types: [SUPPLIES, TRAINS]) { totalCount nodes { distance actor { id } } } } }`, nil,
			func(t *testing.T, d map[string]any) {
				n1 := get(d, "actor", "n1", "nodes").([]any)
				var near []string
				for _, n := range n1 {
					assert.Equal(t, 1.0, get(n, "distance"))
					assert.Equal(t, "turkey", get(n, "via", "id"))
					near = append(near, get(n, "actor", "id").(string))
				}
				assert.Equal(t, []string{"libya", "mali", "somalia"}, near)
				assert.Equal(t, "libya/allied/turkey", get(n1, 0, "relation", "id"), "the first relation in (type, id) order")
				n2 := get(d, "actor", "n2", "nodes").([]any)
				assert.Equal(t, 4.0, get(d, "actor", "n2", "totalCount"), "libya, mali, somalia; russia through mali")
				assert.Equal(t, "russia", get(n2, 3, "actor", "id"))
				assert.Equal(t, 2.0, get(n2, 3, "distance"))
			}},
		{"path", `{ p: path(from: "turkey", to: "russia") { length actors { id } relations { id } } none: path(from: "turkey", to: "russia", maxHops: 1) { length } directed: path(from: "turkey", to: "russia", directed: true, types: [SUPPLIES]) { length } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, 2.0, get(d, "p", "length"))
				assert.Equal(t, []string{"turkey", "mali", "russia"}, ids(get(d, "p", "actors")))
				assert.Equal(t, []string{"turkey/supplies/mali", "mali/allied/russia"}, ids(get(d, "p", "relations")))
				assert.Nil(t, d["none"])
				assert.Nil(t, d["directed"])
			}},
		{"subgraph flat", `{ subgraph(center: "turkey", types: [SUPPLIES, TRAINS]) { center { id } truncated nodes { id name kind country distance mentions articleCount firstSeen lastSeen actor { id } } edges { source target type symmetric weight confidence asserted hedged negated articleCount outletCount firstSeen lastSeen relation { id } } } }`, nil,
			func(t *testing.T, d map[string]any) {
				g := d["subgraph"]
				assert.Equal(t, false, get(g, "truncated"))
				assert.Equal(t, []string{"turkey", "libya", "mali", "somalia"}, ids(get(g, "nodes")))
				assert.Equal(t, 0.0, get(g, "nodes", 0, "distance"))
				edges := get(g, "edges").([]any)
				require.Len(t, edges, 5)
				assert.Equal(t, "turkey", get(edges, 0, "source"))
				assert.Equal(t, "libya", get(edges, 0, "target"))
				assert.Equal(t, "SUPPLIES", get(edges, 0, "type"))
				assert.Equal(t, "turkey/supplies/libya", get(edges, 0, "relation", "id"))
			}},
		{"subgraph truncated", `{ subgraph(center: "mali", depth: 2, maxNodes: 3, maxEdges: 1) { truncated nodes { id distance } edges { source target } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, true, get(d, "subgraph", "truncated"))
				assert.Equal(t, []string{"mali", "alliance-of-sahel-states", "assimi-goita"}, ids(get(d, "subgraph", "nodes")))
				assert.Len(t, get(d, "subgraph", "edges"), 1)
			}},
		{"timeline of a pair", `{ timeline(a: "mali", b: "turkey") { a { id } b { id } by undated points { period type asserted hedged negated total articles relations } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, "MONTH", get(d, "timeline", "by"))
				assert.Equal(t, "turkey", get(d, "timeline", "b", "id"))
				assert.Equal(t, []any{
					map[string]any{"period": "2022-12", "type": "SUPPLIES", "asserted": 0.0, "hedged": 1.0, "negated": 0.0, "total": 1.0, "articles": 1.0, "relations": 1.0},
					map[string]any{"period": "2023-01", "type": "TRAINS", "asserted": 0.0, "hedged": 1.0, "negated": 0.0, "total": 1.0, "articles": 1.0, "relations": 1.0},
				}, get(d, "timeline", "points"))
			}},
		{"timeline of an actor by year", `{ timeline(a: "mali", by: YEAR, types: [SUPPLIES, TRAINS], since: "2023") { b { id } points { period type total relations } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Nil(t, get(d, "timeline", "b"))
				assert.Equal(t, []any{
					map[string]any{"period": "2023", "type": "TRAINS", "total": 1.0, "relations": 1.0},
					map[string]any{"period": "2024", "type": "SUPPLIES", "total": 1.0, "relations": 1.0},
					map[string]any{"period": "2024", "type": "TRAINS", "total": 1.0, "relations": 1.0},
				}, get(d, "timeline", "points"))
			}},
		{"articles and article", `{ articles(first: 500) { totalCount nodes { id } } article(id: "https://example.org/sahel/2023/01/bamako-drones-turcs") { id title lang date contentHash fingerprint retracted evidenceCount text } none: article(id: "nope") { id } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, 13.0, get(d, "articles", "totalCount"))
				assert.Len(t, get(d, "articles", "nodes"), 13)
				assert.Equal(t, "Bamako réceptionne un nouveau lot de drones turcs", get(d, "article", "title"))
				assert.Contains(t, get(d, "article", "text"), "Bayraktar")
				assert.Len(t, get(d, "article", "contentHash"), 64)
				assert.Contains(t, get(d, "article", "fingerprint"), "rules/")
				assert.Greater(t, get(d, "article", "evidenceCount").(float64), 0.0)
				assert.Nil(t, d["none"])
			}},
		{"stats", `{ stats { actors actorsByKind { kind count } relations relationsByType { type count } negatedOnly evidence articles retracted } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, float64(stats.Actors), get(d, "stats", "actors"))
				assert.Equal(t, float64(stats.Relations), get(d, "stats", "relations"))
				assert.Equal(t, float64(stats.NegatedOnly), get(d, "stats", "negatedOnly"))
				assert.Equal(t, 13.0, get(d, "stats", "articles"), "the sample articles")
				assert.Equal(t, map[string]any{"kind": "COMPANY", "count": float64(stats.ActorsByKind[graph.KindCompany])}, get(d, "stats", "actorsByKind", 2))
				assert.Len(t, get(d, "stats", "relationsByType"), 6)
			}},
		{"empty decision log", `{ decisions { totalCount pageInfo { hasNextPage endCursor } nodes { seq } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, 0.0, get(d, "decisions", "totalCount"))
				assert.Nil(t, get(d, "decisions", "pageInfo", "endCursor"))
				assert.Equal(t, false, get(d, "decisions", "pageInfo", "hasNextPage"))
			}},
		{"variables and fragments", `query Q($id: ID!, $n: Int) { actor(id: $id) { ...A } } fragment A on Actor { id relations(first: $n) { nodes { id } } }`, map[string]any{"id": "mali", "n": 2},
			func(t *testing.T, d map[string]any) {
				assert.Len(t, get(d, "actor", "relations", "nodes"), 2)
			}},
		{"introspection", `{ __schema { queryType { name } types { name } } __type(name: "Relation") { fields { name description } } }`, nil,
			func(t *testing.T, d map[string]any) {
				assert.Equal(t, "Query", get(d, "__schema", "queryType", "name"))
				assert.NotEmpty(t, get(d, "__type", "fields", 0, "description"))
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.check(t, exec(t, s, bg, tt.query, tt.vars))
		})
	}
}

// TestArgumentErrors: malformed arguments are errors of the request, with
// the BAD_REQUEST or NOT_FOUND code.
func TestArgumentErrors(t *testing.T) {
	st := loadedStore(t)
	s := newSchema(t, st, schema.Options{})
	tests := []struct {
		name, query, want string
		code              schema.Code
	}{
		{"bad date", `{ relations(since: "2024-13") { totalCount } }`, "since:", schema.CodeInvalid},
		{"negative first", `{ actors(first: -1) { totalCount } }`, "negative", schema.CodeInvalid},
		{"bad cursor", `{ actors(after: "!!") { totalCount } }`, "not a cursor", schema.CodeInvalid},
		{"cursor of another list", `{ relations(after: "YWN0b3JzOm1hbGk") { totalCount } }`, "not a cursor of this list", schema.CodeInvalid},
		{"actor without id or name", `{ actor { id } }`, "give an id or a name", schema.CodeInvalid},
		{"unknown path end", `{ path(from: "atlantis", to: "mali") { length } }`, `no actor "atlantis"`, schema.CodeNotFound},
		{"unknown subgraph centre", `{ subgraph(center: "atlantis") { truncated } }`, `no actor "atlantis"`, schema.CodeNotFound},
		{"unknown timeline actor", `{ timeline(a: "mali", b: "atlantis") { undated } }`, `no actor "atlantis"`, schema.CodeNotFound},
		{"unknown field", `{ actor(id: "mali") { colour } }`, "colour", schema.CodeInvalid},
		{"syntax", `{ actor(id: "mali") { id }`, "syntax error", schema.CodeInvalid},
		{"empty", ``, "empty query", schema.CodeInvalid},
		{"several operations", `query A { stats { actors } } query B { stats { actors } }`, "operationName", schema.CodeInvalid},
		{"subscription", `subscription { stats { actors } }`, "not supported", schema.CodeInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg, code := execErr(t, s, bg, tt.query, nil)
			assert.Contains(t, msg, tt.want)
			assert.Equal(t, tt.code, code)
		})
	}
}

// TestSDL: the schema has a description on every type, field, argument
// and enum value of its own.
func TestSDL(t *testing.T) {
	var missing []string
	resp := newSchema(t, loadedStoreEmpty(t), schema.Options{}).Exec(bg, schema.Request{Query: `{ __schema { types { name description
		fields { name description args { name description } } enumValues { name description } } } }`})
	require.Empty(t, resp.Errors)
	var d struct {
		Schema struct {
			Types []struct {
				Name, Description string
				Fields            []struct {
					Name, Description string
					Args              []struct{ Name, Description string }
				}
				EnumValues []struct{ Name, Description string }
			}
		} `json:"__schema"`
	}
	require.NoError(t, json.Unmarshal(resp.Data, &d))
	for _, ty := range d.Schema.Types {
		if ty.Name[0] == '_' || map[string]bool{"String": true, "Int": true, "Float": true, "Boolean": true, "ID": true}[ty.Name] {
			continue
		}
		if ty.Description == "" {
			missing = append(missing, ty.Name)
		}
		for _, f := range ty.Fields {
			if f.Description == "" {
				missing = append(missing, ty.Name+"."+f.Name)
			}
			for _, a := range f.Args {
				if a.Description == "" {
					missing = append(missing, ty.Name+"."+f.Name+"("+a.Name+")")
				}
			}
		}
		for _, v := range ty.EnumValues {
			if v.Description == "" {
				missing = append(missing, ty.Name+"."+v.Name)
			}
		}
	}
	assert.Empty(t, missing, "without a description")
	assert.Contains(t, schema.SDL(), "type Query {")
}

// A variable declared without a default and left out gives its argument
// the argument's default, as the GraphQL specification says.
func TestOmittedVariableTakesArgumentDefault(t *testing.T) {
	s := newSchema(t, loadedStore(t), schema.Options{})
	data := exec(t, s, bg, `query($first: Int, $kind: ActorKind, $hops: Int) {
		actors(first: $first, kind: $kind) { totalCount nodes { id } }
		actor(id: "mali") { relations(first: $first) { totalCount } }
		path(from: "mali", to: "russia", maxHops: $hops) { length }
	}`, nil)
	actors := data["actors"].(map[string]any)
	total := int(actors["totalCount"].(float64))
	require.Positive(t, total)
	require.Len(t, actors["nodes"], min(50, total)) // first defaults to 50
	require.NotNil(t, data["actor"])
}
