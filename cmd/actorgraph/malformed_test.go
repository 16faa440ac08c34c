package main

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
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

const malformedDir = "testdata/malformed"

var bg = context.Background()

// generatedMalformed writes into dir the hostile inputs too big to keep in
// the repository, and returns their paths.
func generatedMalformed(t *testing.T, dir string) []string {
	t.Helper()
	files := map[string]func(*bytes.Buffer){
		// 50 MB on one line: above the article limit, as text and as JSONL.
		"huge-line.txt": func(b *bytes.Buffer) {
			for b.Len() < 50<<20 {
				b.WriteString("Turkey supplied drones to Mali. ")
			}
		},
		"huge-line.jsonl": func(b *bytes.Buffer) {
			b.WriteString(`{"id": "huge", "text": "`)
			for b.Len() < 50<<20 {
				b.WriteString(`Turkey supplied \"drones\" to Mali. `)
			}
			b.WriteString("\"}\n" + `{"id": "after-huge", "text": "Russia supplied weapons to Mali."}` + "\n")
		},
		// Big but under the limit: one long line of sentences, one long
		// word, a flood of sentences, of abbreviations, of header lines, of
		// parentheses and of acronym definitions.
		"long-line.txt": func(b *bytes.Buffer) {
			for b.Len() < 1<<20 {
				b.WriteString("Turkey supplied drones to Mali. ")
			}
		},
		"long-word.txt": func(b *bytes.Buffer) {
			b.WriteString("Turkey " + strings.Repeat("a", 1<<20) + " supplied drones to Mali.\n")
		},
		"many-sentences.txt": func(b *bytes.Buffer) { b.WriteString(strings.Repeat("Mali. ", 200000)) },
		"abbrev-flood.txt": func(b *bytes.Buffer) {
			b.WriteString(strings.Repeat("M. ", 100000) + "Turkey supplied drones to Mali.\n")
		},
		"header-flood.txt": func(b *bytes.Buffer) {
			for i := range 20000 {
				fmt.Fprintf(b, "Title: t%d\n", i)
			}
			b.WriteString("\nTurkey supplied drones to Mali.\n")
		},
		"parens.txt": func(b *bytes.Buffer) {
			b.WriteString(strings.Repeat("(", 50000) + "Turkey supplied drones to Mali" + strings.Repeat(")", 50000) + ". The")
			for i := range 3000 {
				fmt.Fprintf(b, " Front%d Liberation (FL%d)", i, i)
			}
			b.WriteString(" trained soldiers.\n")
		},
		// HTML: 100 000 nested elements, a 1 MB attribute, 100 000 entities.
		"deep.html": func(b *bytes.Buffer) {
			b.WriteString("<html><body>" + strings.Repeat("<div><span>", 100000) + "Turkey supplied drones to Mali." + strings.Repeat("</span></div>", 100000) + "</body></html>")
		},
		"huge-attr.html": func(b *bytes.Buffer) {
			b.WriteString(`<html><body><p title="` + strings.Repeat("x", 1<<20) + `">Turkey supplied drones to Mali.</p></body></html>`)
		},
		"entity-flood.html": func(b *bytes.Buffer) {
			b.WriteString("<p>The Wagner Group trained soldiers in Mali." + strings.Repeat("&amp;&#x202e;&lt;", 100000) + "</p>")
		},
		// A 100 KB actor name, and a line of 50 000 actors.
		"huge-name.claims.jsonl": func(b *bytes.Buffer) {
			name := strings.Repeat("Front ", 20000)
			c := map[string]any{"version": 1, "article": map[string]any{"id": "huge-name"},
				"actors":    []any{map[string]any{"name": name, "kind": "armed_group"}, map[string]any{"name": "Mali", "kind": "state"}},
				"relations": []any{map[string]any{"from": name, "type": "opposed", "to": "Mali"}}}
			line, _ := json.Marshal(c)
			b.Write(append(line, '\n'))
			var actors []any
			for i := range 50000 {
				actors = append(actors, map[string]any{"name": fmt.Sprintf("Actor %d", i), "kind": "company"})
			}
			line, _ = json.Marshal(map[string]any{"version": 1, "article": map[string]any{"id": "many-actors"}, "actors": actors})
			b.Write(append(line, '\n'))
		},
	}
	var paths []string
	for name, fill := range files {
		var b bytes.Buffer
		fill(&b)
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, b.Bytes(), 0o644))
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}

// storedArticles reads every article record of the database, keyed by id.
func storedArticles(t *testing.T, db string) map[string]string {
	t.Helper()
	st, err := graph.Open(db, &graph.Options{ReadOnly: true})
	require.NoError(t, err)
	defer st.Close()
	out := map[string]string{}
	err = st.View(bg, func(tx *graph.Tx) error {
		return tx.EachArticle(bg, func(a *graph.Article) error {
			b, err := json.Marshal(a)
			out[a.ID] = string(b)
			return err
		})
	})
	require.NoError(t, err)
	return out
}

// TestMalformedInputs loads every hostile input of testdata/malformed
// (and bigger ones generated here) into a database that holds the sample
// articles: each is loaded or refused with a message naming its file and
// line, nothing stored before changes, check passes, and every export
// format stays valid with whatever names were loaded.
func TestMalformedInputs(t *testing.T) {
	db, _ := sampleDB(t)
	before := storedArticles(t, db)
	entries, err := os.ReadDir(filepath.Join(repo, malformedDir))
	require.NoError(t, err)
	var files []string
	for _, e := range entries {
		if e.Name() != "README.md" {
			files = append(files, filepath.Join(repo, malformedDir, e.Name()))
		}
	}
	if !testing.Short() {
		files = append(files, generatedMalformed(t, t.TempDir())...)
	}
	// What some inputs must give: a message on standard error.
	want := map[string]string{
		"empty.txt":              "empty.txt:1: empty article",
		"binary.txt":             "binary.txt:1: binary file",
		"invalid-utf8.txt":       "invalid-utf8.txt:3: invalid UTF-8",
		"huge-line.txt":          "huge-line.txt:1: ",
		"huge-line.jsonl":        "huge-line.jsonl:1: ",
		"broken.jsonl":           "broken.jsonl:2: invalid JSON",
		"hostile.claims.jsonl":   "hostile.claims.jsonl:4: ",
		"huge-name.claims.jsonl": "huge-name.claims.jsonl:1: ",
	}
	tried := 0
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			tried++
			code, out, errs := run(t, "load", "--db", db, f)
			assert.NotContains(t, errs, "panic")
			assert.NotContains(t, errs, "internal error")
			switch code {
			case exitOK:
				assert.Empty(t, errs)
			case exitFailed:
				require.NotEmpty(t, errs)
				// Every message names the file, and a line when the
				// problem has one: "path:line: reason" or "path: reason".
				line := regexp.MustCompile(`^` + regexp.QuoteMeta(f) + `(:[0-9]+)?: \S`)
				for _, l := range strings.Split(strings.TrimSpace(errs), "\n") {
					assert.Regexp(t, line, l)
					assert.Less(t, len(l), 2048, "a message is short enough to read")
				}
			default:
				t.Fatalf("load exited with %d: %s%s", code, out, errs)
			}
			if w, ok := want[name]; ok {
				assert.Contains(t, errs, w)
			}
			t.Logf("exit %d: %s", code, firstLines(errs, 3))
		})
	}
	t.Logf("%d malformed inputs tried", tried)
	mustRun(t, "check", "--db", db)
	stats := mustRun(t, "stats", "--db", db, "--top", "1000")
	assert.NotContains(t, stats, "\x1b", "stats writes no raw escape sequence of a name to the terminal")
	assert.Contains(t, stats, `"Ctl\x01\x1b[31mRed"`, "a name with control characters is printed quoted")
	after := storedArticles(t, db)
	for id, a := range before {
		assert.Equal(t, a, after[id], "article %s stored before is unchanged", id)
	}
	assert.Greater(t, len(after), len(before), "the good lines of the malformed inputs loaded")
	requireValidExports(t, db)
}

func firstLines(s string, n int) string {
	ls := strings.SplitN(strings.TrimSpace(s), "\n", n+1)
	if len(ls) > n {
		ls = append(ls[:n], "...")
	}
	out := strings.Join(ls, " | ")
	if len(out) > 300 {
		out = out[:300] + "..."
	}
	return out
}

// requireValidExports exports db in every format and reads each back with
// a real parser: Graphviz for DOT, encoding/xml and networkx for GraphML
// and GEXF, encoding/csv for the CSV tables, encoding/json and networkx for
// JSON, raptor's rapper for the RDF export (graph/export's tests parse it
// strictly). The number of nodes agrees everywhere.
func requireValidExports(t *testing.T, db string) {
	t.Helper()
	js := mustRun(t, "export", "--db", db, "--format", "json", "--include-negated", "--isolated")
	var doc struct {
		Nodes []struct {
			ID   string `json:"id"`
			Name string `json:"name"`
		} `json:"nodes"`
		Links []json.RawMessage `json:"links"`
	}
	require.NoError(t, json.Unmarshal([]byte(js), &doc), "JSON export")
	nodes := len(doc.Nodes)
	require.Greater(t, nodes, 0)
	if n, e := readNetworkx(t, js); n >= 0 {
		assert.Equal(t, nodes, n, "networkx reads every node of the JSON export")
		assert.Equal(t, len(doc.Links), e, "networkx reads every link of the JSON export")
	}

	for _, args := range [][]string{
		{"--format", "dot", "--include-negated", "--isolated"},
		{"--format", "dot", "--labels", "--cluster", "country", "--title", `a "title" ]]> -- {x} \`},
		{"--format", "dot", "--cluster", "kind", "--no-evidence"},
	} {
		dot := mustRun(t, append([]string{"export", "--db", db}, args...)...)
		renderDOT(t, dot)
	}

	for _, format := range []string{"graphml", "gexf"} {
		x := mustRun(t, "export", "--db", db, "--format", format, "--include-negated", "--isolated")
		dec := xml.NewDecoder(strings.NewReader(x))
		xmlNodes := 0
		for {
			tok, err := dec.Token()
			if err != nil {
				require.Equalf(t, "EOF", err.Error(), "%s export is well-formed XML", format)
				break
			}
			if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "node" {
				xmlNodes++
			}
		}
		assert.Equal(t, nodes, xmlNodes, format)
		if n := readXMLNetworkx(t, format, x); n >= 0 {
			assert.Equal(t, nodes, n, "networkx reads every node of the %s export", format)
		}
	}

	rdfDir := filepath.Join(t.TempDir(), "rdf")
	mustRun(t, "export", "--db", db, "--format", "rdf", "--out", rdfDir, "--include-negated", "--isolated")
	quads, err := os.ReadFile(filepath.Join(rdfDir, "graph.rdf"))
	require.NoError(t, err)
	assert.Equal(t, nodes, strings.Count(string(quads), `<dgraph.type> "Actor" .`), "the RDF export has every node")
	if n := readRapper(t, string(quads)); n >= 0 {
		assert.Equal(t, strings.Count(string(quads), "\n")-1, n, "rapper reads every statement of the RDF export")
	}

	for _, profile := range []string{"pandas", "gephi", "neo4j"} {
		dir := filepath.Join(t.TempDir(), profile)
		mustRun(t, "export", "--db", db, "--format", "csv", "--profile", profile, "--out", dir, "--include-negated", "--isolated")
		for _, part := range []string{"nodes", "relations", "evidence"} {
			b, err := os.ReadFile(filepath.Join(dir, part+".csv"))
			require.NoError(t, err)
			r := csv.NewReader(bytes.NewReader(b)) // checks every row has the header's fields
			recs, err := r.ReadAll()
			require.NoErrorf(t, err, "%s %s.csv", profile, part)
			if part == "nodes" {
				assert.Equal(t, nodes+1, len(recs), "%s nodes.csv has a row per node", profile)
			}
		}
	}
}

// readXMLNetworkx reads a GraphML or GEXF document with networkx and
// returns its number of nodes, or -1 when networkx is missing.
func readXMLNetworkx(t *testing.T, format, doc string) int {
	t.Helper()
	py := "/usr/bin/python3"
	if exec.Command(py, "-c", "import networkx").Run() != nil {
		t.Log("python3-networkx is not installed: GraphML and GEXF not read by networkx (CI installs it)")
		return -1
	}
	f := filepath.Join(t.TempDir(), "g."+format)
	require.NoError(t, os.WriteFile(f, []byte(doc), 0o644))
	reader := map[string]string{"graphml": "read_graphml", "gexf": "read_gexf"}[format]
	cmd := exec.Command(py, "-c", "import sys, networkx as nx\ng = nx."+reader+"(sys.argv[1])\nprint(g.number_of_nodes())", f)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	out, err := cmd.Output()
	require.NoErrorf(t, err, "networkx %s: %s", reader, errb.String())
	var n int
	_, err = fmt.Sscan(string(out), &n)
	require.NoError(t, err)
	return n
}

// readRapper reads an RDF export with raptor's rapper, once the Dgraph
// facets are cut out and the bare predicate names made absolute (see
// graph/export's TestRDFRapper), and returns the number of statements it
// read, or -1 when rapper is missing (a failure under CI).
func readRapper(t *testing.T, quads string) int {
	t.Helper()
	rapper, err := exec.LookPath("rapper")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI must read the RDF export with rapper (apt-get install raptor2-utils): %v", err)
		}
		t.Log("raptor2-utils is not installed: the RDF export not read by rapper (CI installs it)")
		return -1
	}
	facets := regexp.MustCompile(` \((?:[a-z_]+=(?:"[^"]*"|[^,)"]*)(?:, )?)+\) \.$`)
	var in strings.Builder
	for _, line := range strings.Split(strings.TrimSuffix(quads, "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		line = facets.ReplaceAllString(line, " .")
		i := strings.Index(line, " <")
		require.Positive(t, i, line)
		in.WriteString(line[:i+2] + "http://actorgraph.invalid/" + line[i+2:] + "\n")
	}
	f := filepath.Join(t.TempDir(), "g.nq")
	require.NoError(t, os.WriteFile(f, []byte(in.String()), 0o644))
	cmd := exec.Command(rapper, "-q", "-i", "nquads", "-o", "nquads", f)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	out, err := cmd.Output()
	require.NoErrorf(t, err, "rapper: %s", errb.String())
	require.Empty(t, errb.String(), "rapper")
	return strings.Count(string(out), "\n")
}
