package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// hostileNames break naive writers of one format or another.
var hostileNames = []string{
	`Wagner "PMC" Group`, `back\slash \N \\ ends\`, "{braces} [brackets] (parens)", "<b>angle</b> <!-- x --> ]]> <![CDATA[y]]>",
	"Tom & Jerry's &amp; Co", "line\nfeed", "cr\r\nlf and lone\rcr", "tab\there", "جماعة نصرة الإسلام والمسلمين",
	"צבא ההגנה לישראל", "中国人民解放军", "Россия", "nul\x00 soh\x01 us\x1f del\x7f", "\u202eRTL override\u202c",
	"a,b;c|d", "  spaced  ", `=HYPERLINK("x")`, "\ufeffBOM first", "\u2028\u2029 separators", "bad\xffutf8",
}

// hostileStore holds one organisation per hostile name, each opposed to
// a plain actor, the name also in the aliases, title, outlet and evidence.
func hostileStore(t *testing.T) (*graph.Store, map[string]string) {
	s := graphtest.NewStore(t)
	ctx := context.Background()
	names := map[string]string{}
	for i, name := range hostileNames {
		id := fmt.Sprintf("hostile-%02d", i)
		c := &graph.Claims{Version: 1, Article: graph.Article{ID: "art-" + id, Title: name, Outlet: name, Date: graph.MustDate("2024-05")},
			Actors: []graph.ClaimActor{{ID: id, Name: name, Kind: graph.KindOrganisation, Aliases: []string{name, "alias " + name}},
				{ID: "plain", Name: "Plain", Kind: graph.KindState}},
			Relations: []graph.ClaimRelation{{From: id, Type: graph.Opposed, To: "plain",
				Evidence: []graph.ClaimEvidence{{Sentence: name, Attribution: name, Trigger: name, Supplied: name}}}}}
		graphtest.Ingest(t, s, c)
		a, err := s.Actor(ctx, id)
		require.NoError(t, err)
		names[id] = a.Name
	}
	return s, names
}

// TestHostileNames exports a graph of hostile names to every format and
// reads each back: the names survive, less only what a format cannot
// carry (XML 1.0 has no control characters but tab and line breaks; DOT
// writes line breaks as \n and drops control characters; invalid UTF-8 is
// U+FFFD everywhere).
func TestHostileNames(t *testing.T) {
	s, names := hostileStore(t)
	f := export.Filter{}
	ctx := context.Background()
	names["plain"] = "Plain"
	utf := func(s string) string { return string([]rune(s)) } // U+FFFD for each invalid byte
	csvText := func(s string) string { return strings.ReplaceAll(utf(s), "\x00", "") }

	t.Run("json", func(t *testing.T) {
		fj := decodeFull(t, jsonOf(t, s, f, export.JSONOptions{}))
		require.Len(t, fj.nodes, len(names))
		for id, name := range names {
			assert.Equal(t, utf(name), fj.nodes[id]["name"], id)
		}
	})
	t.Run("dot", func(t *testing.T) {
		dot := dotOf(t, s, f, export.DOTOptions{}) // rendered by dot -Tsvg when installed
		label := regexp.MustCompile(`(?m)^\t"([a-z0-9-]+)" \[label=("(?:[^"\\]|\\.)*")`)
		got := map[string]string{}
		for _, m := range label.FindAllStringSubmatch(string(dot), -1) {
			text, err := parseDOTString(m[2])
			require.NoError(t, err, m[2])
			got[m[1]] = text
		}
		require.Len(t, got, len(names))
		for id, name := range names {
			text, err := parseDOTString(export.Quote(name))
			require.NoError(t, err)
			// Long labels may be wrapped: compare the words.
			assert.Equal(t, strings.Fields(text), strings.Fields(got[id]), id)
		}
	})
	t.Run("graphml", func(t *testing.T) {
		gm := graphmlOf(t, s, f)
		_, nodes, edges := decodeGraphML(t, gm)
		require.Len(t, nodes, len(names))
		require.Len(t, edges, len(hostileNames))
		for id, name := range names {
			assert.Equal(t, export.XMLText(name), nodes[id]["name"], id)
		}
		t.Run("networkx", func(t *testing.T) {
			needPython(t, "networkx")
			var got map[string]*pyGraph
			runPython(t, graphmlScript, &got, writeTemp(t, "h.graphml", gm), "networkx")
			for id, name := range names {
				assert.Equal(t, export.XMLText(name), got["networkx"].Nodes[id]["name"], id)
			}
		})
	})
	t.Run("gexf", func(t *testing.T) {
		gx := gexfOf(t, s, f)
		g := decodeGEXF(t, gx)
		require.Len(t, g.nodes, len(names))
		for id, name := range names {
			assert.Equal(t, export.XMLText(name), g.nodes[id]["label"], id)
		}
		t.Run("networkx", func(t *testing.T) {
			needPython(t, "networkx")
			var nx pyGraph
			runPython(t, gexfScript, &nx, writeTemp(t, "h.gexf", gx))
			for id, name := range names {
				assert.Equal(t, export.XMLText(name), nx.Nodes[id]["name"], id)
			}
		})
	})
	t.Run("csv", func(t *testing.T) {
		var paths []string
		for _, prof := range export.CSVProfiles {
			for _, part := range export.CSVParts {
				b := csvOf(t, s, f, part, prof)
				recs := readCSV(t, b)
				switch part {
				case export.CSVNodes:
					require.Len(t, recs[1:], len(names))
					for _, r := range recs[1:] {
						// encoding/csv reads \r\n inside a quoted field as \n.
						assert.Equal(t, strings.ReplaceAll(csvText(names[r[0]]), "\r\n", "\n"), r[1], r[0])
					}
				case export.CSVEvidence:
					require.Len(t, recs[1:], len(hostileNames))
				}
				p := filepath.Join(t.TempDir(), string(prof)+"-"+part.FileName())
				paths = append(paths, writeTemp(t, filepath.Base(p), b))
			}
		}
		t.Run("pandas", func(t *testing.T) {
			needPython(t, "pandas")
			var rep pandasReport
			runPython(t, pandasScript, &rep, paths...)
			for _, p := range paths {
				got := rep.Files[p]
				if !strings.HasSuffix(p, "nodes.csv") {
					continue
				}
				require.Len(t, got.FirstColumn, len(names), p)
				for i, id := range got.FirstColumn {
					assert.Equal(t, csvText(names[id]), got.SecondColumn[i], "%s: %s", p, id)
				}
			}
		})
	})
	require.NoError(t, ctx.Err())
}

// fuzzStore ingests one actor named name (with the name in its aliases,
// its article's title and outlet and its evidence) and returns its id.
func fuzzStore(t *testing.T, s *graph.Store, n *int, name string) string {
	// Ingest replaces each invalid UTF-8 byte by U+FFFD (three bytes)
	// before it checks the length, as the stored name is the valid one.
	if len(string([]rune(name))) > graph.MaxNameLen {
		t.Skip("a name above graph.MaxNameLen (once valid UTF-8) is refused at ingest")
	}
	*n++
	id := fmt.Sprintf("actor-%d", *n)
	c := &graph.Claims{Version: 1, Article: graph.Article{ID: "fuzz-" + id, Title: name, Outlet: name},
		Actors: []graph.ClaimActor{{ID: id, Name: name, Kind: graph.KindArmedGroup, Aliases: []string{name}},
			{ID: "mali", Name: "Mali", Kind: graph.KindState}},
		Relations: []graph.ClaimRelation{{From: id, Type: graph.Opposed, To: "mali",
			Evidence: []graph.ClaimEvidence{{Sentence: name, Attribution: name, Trigger: name, Rule: name, Supplied: name, Extractor: name}}}}}
	_, err := s.Ingest(context.Background(), c)
	require.NoError(t, err)
	return id
}

func fuzzSeeds(f *testing.F) {
	for _, s := range append([]string{"", "Mali", "]]>", "&#10;", "&amp;", "\"'", "\x00", "\uFFFE\uFFFF", "\xed\xa0\x80"}, hostileNames...) {
		f.Add(s)
	}
}

func FuzzGraphMLNames(f *testing.F) {
	fuzzSeeds(f)
	s := graphtest.NewStore(f)
	n := 0
	f.Fuzz(func(t *testing.T, name string) {
		id := fuzzStore(t, s, &n, name)
		a, err := s.Actor(context.Background(), id)
		require.NoError(t, err)
		_, nodes, edges := decodeGraphML(t, graphmlOf(t, s, export.Filter{Actor: id}))
		require.Len(t, nodes, 2)
		require.Len(t, edges, 1)
		assert.Equal(t, export.XMLText(a.Name), nodes[id]["name"])
	})
}

func FuzzGEXFNames(f *testing.F) {
	fuzzSeeds(f)
	s := graphtest.NewStore(f)
	n := 0
	f.Fuzz(func(t *testing.T, name string) {
		id := fuzzStore(t, s, &n, name)
		a, err := s.Actor(context.Background(), id)
		require.NoError(t, err)
		g := decodeGEXF(t, gexfOf(t, s, export.Filter{Actor: id}))
		require.Len(t, g.nodes, 2)
		require.Len(t, g.edges, 1)
		assert.Equal(t, export.XMLText(a.Name), g.nodes[id]["label"])
		assert.Equal(t, export.XMLText(a.Name), g.nodes[id]["name"])
	})
}

func FuzzCSVNames(f *testing.F) {
	fuzzSeeds(f)
	s := graphtest.NewStore(f)
	n := 0
	f.Fuzz(func(t *testing.T, name string) {
		id := fuzzStore(t, s, &n, name)
		a, err := s.Actor(context.Background(), id)
		require.NoError(t, err)
		csvText := func(s string) string {
			return strings.ReplaceAll(strings.ReplaceAll(string([]rune(s)), "\r\n", "\n"), "\x00", "")
		}
		want := csvText(a.Name)
		for _, prof := range export.CSVProfiles {
			for _, part := range export.CSVParts {
				b := csvOf(t, s, export.Filter{Actor: id}, part, prof)
				r := csv.NewReader(bytes.NewReader(b))
				recs, err := r.ReadAll()
				require.NoErrorf(t, err, "%s %s for %q:\n%s", prof, part, name, b)
				switch part {
				case export.CSVNodes:
					require.Len(t, recs, 3)
					assert.Equal(t, want, recs[1][1], "%s nodes", prof)
				case export.CSVEvidence:
					require.Len(t, recs, 2)
					col := indexOf(t, recs[0], "sentence_text")
					assert.Equal(t, csvText(name), recs[1][col], "%s evidence", prof)
				}
			}
		}
	})
}
