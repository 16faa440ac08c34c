package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// run runs the command in-process and returns its exit status and output.
func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain(strings.NewReader(""), &out, &errb)
	m.Getenv = func(string) string { return "" }
	code = m.Run(context.Background(), args)
	return code, out.String(), errb.String()
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := run(t, args...)
	require.Equalf(t, 0, code, "actorgraph %s\nstdout: %s\nstderr: %s", strings.Join(args, " "), out, errs)
	return out
}

const repo = "../.."

var seedDir = filepath.Join(repo, "..", "shared", "seed")

func seedAvailable(t *testing.T) {
	if _, err := os.Stat(seedDir); err != nil {
		t.Skip("../shared/seed is not beside the repository")
	}
}

func TestHelpEverywhere(t *testing.T) {
	code, out, _ := run(t, "help")
	assert.Equal(t, 0, code)
	for name := range NewMain(nil, nil, nil).commands() {
		assert.Contains(t, out, name)
		code, _, errs := run(t, name, "--help")
		assert.Equalf(t, 0, code, "%s --help", name)
		assert.Containsf(t, errs, "Usage: actorgraph "+name, "%s --help", name)
	}
	code, _, errs := run(t, "frobnicate")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, `unknown command "frobnicate"`)
	code, _, _ = run(t, "export", "--bogus")
	assert.Equal(t, exitUsage, code)
	code, _, errs = run(t, "export", "--db", t.TempDir(), "--format", "pdf")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "want dot, json, graphml, gexf, csv or rdf")
}

// TestSeed is the first acceptance item: the seed loads with its date read
// from the file, the DOT export renders with Graphviz, and the JSON export
// loads with networkx.
func TestSeed(t *testing.T) {
	seedAvailable(t)
	db := filepath.Join(t.TempDir(), "db")
	out := mustRun(t, "load", "--db", db, seedDir)
	assert.Contains(t, out, "1 new")
	js := mustRun(t, "export", "--db", db, "--format", "json", "--isolated")
	var doc struct {
		Links []struct {
			Evidence []struct {
				ArticleDate *string `json:"article_date"`
			} `json:"evidence"`
		} `json:"links"`
	}
	require.NoError(t, json.Unmarshal([]byte(js), &doc))
	require.NotEmpty(t, doc.Links, "the seed yields relations")
	require.NotEmpty(t, doc.Links[0].Evidence)
	require.NotNil(t, doc.Links[0].Evidence[0].ArticleDate)
	assert.Equal(t, "2024-10", *doc.Links[0].Evidence[0].ArticleDate)

	dot := mustRun(t, "export", "--db", db, "--format", "dot")
	renderDOT(t, dot)
	readNetworkx(t, js)
	mustRun(t, "check", "--db", db)
}

func renderDOT(t *testing.T, dot string) {
	t.Helper()
	bin, err := exec.LookPath("dot")
	if err != nil {
		t.Log("graphviz is not installed: DOT not rendered (CI installs it)")
		return
	}
	cmd := exec.Command(bin, "-Tsvg")
	cmd.Stdin = strings.NewReader(dot)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	svg, err := cmd.Output()
	require.NoErrorf(t, err, "dot -Tsvg: %s", errb.String())
	assert.Contains(t, string(svg), "<svg")
	assert.Empty(t, errb.String())
}

func readNetworkx(t *testing.T, js string) (nodes, edges int) {
	t.Helper()
	py := "/usr/bin/python3"
	if exec.Command(py, "-c", "import networkx").Run() != nil {
		t.Log("python3-networkx is not installed: JSON not read by networkx (CI installs it)")
		return -1, -1
	}
	cmd := exec.Command(py, "-c", `
import json, sys
import networkx as nx
data = json.load(sys.stdin)
try:
    g = nx.node_link_graph(data, edges="links")
except TypeError:
    g = nx.node_link_graph(data, link="links")
print(g.number_of_nodes(), g.number_of_edges())
`)
	cmd.Stdin = strings.NewReader(js)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	out, err := cmd.Output()
	require.NoErrorf(t, err, "networkx: %s", errb.String())
	_, err = fmt.Sscan(string(out), &nodes, &edges)
	require.NoError(t, err)
	return nodes, edges
}

// TestClaimsRoundTrip: a claims file's actors and relations, with their
// evidence, come back out of the JSON export.
func TestClaimsRoundTrip(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, "load", "--db", db, filepath.Join(repo, "testdata", "claims", "roundtrip.claims.jsonl"))
	js := mustRun(t, "export", "--db", db, "--format", "json", "--include-negated", "--isolated")
	var doc exportDoc
	require.NoError(t, json.Unmarshal([]byte(js), &doc))

	ids := map[string]exportNode{}
	for _, n := range doc.Nodes {
		ids[n.ID] = n
	}
	for _, id := range []string{"turkey", "burkina-faso", "russia", "mali", "rwanda", "m23", "wagner-group", "africa-corps", "assimi-goita"} {
		assert.Containsf(t, ids, id, "actor %s", id)
	}
	assert.Equal(t, "wagner-group", ids["africa-corps"].SuccessorOf)
	assert.Equal(t, "person", ids["assimi-goita"].Kind)
	assert.Equal(t, "Assimi Goïta", ids["assimi-goita"].Name)

	links := map[string]exportLink{}
	for _, l := range doc.Links {
		links[l.Source+" "+l.Type+" "+l.Target] = l
	}
	keys := make([]string, 0, len(links))
	for k := range links {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	assert.Equal(t, []string{
		"africa-corps allied mali",
		"assimi-goita leads mali",
		"russia trains mali",
		"rwanda supplies m23",
		"turkey supplies burkina-faso",
		"wagner-group trains mali",
	}, keys)

	sup := links["turkey supplies burkina-faso"]
	require.Len(t, sup.Evidence, 1)
	e := sup.Evidence[0]
	assert.Equal(t, "Turkey delivered Bayraktar TB2 drones to Burkina Faso in March.", e.SentenceText)
	assert.Equal(t, "wire-2023-0412", e.Article)
	assert.Equal(t, "2023-03", e.Date)
	assert.Equal(t, "Bayraktar TB2 drones", e.Supplied)
	assert.Equal(t, "delivered", e.Trigger)
	assert.Equal(t, 0, *e.Start)
	assert.Equal(t, 63, *e.End)
	assert.Equal(t, "Example Wire", *e.Outlet)

	tr := links["russia trains mali"]
	require.Len(t, tr.Evidence, 1)
	assert.True(t, tr.Evidence[0].Hedged)
	assert.Equal(t, 0, tr.Asserted)
	assert.Equal(t, 1, tr.Hedged)

	neg := links["rwanda supplies m23"]
	assert.Equal(t, 1, neg.Negated)
	require.Len(t, neg.Evidence, 1)
	assert.True(t, neg.Evidence[0].Negated)
	assert.Equal(t, "Kigali", neg.Evidence[0].Attribution)

	w := links["wagner-group trains mali"]
	assert.Len(t, w.Evidence, 2)
	assert.Equal(t, 1, w.Asserted)
	assert.Equal(t, 1, w.Hedged)
	// Evidence without a date takes the article's.
	assert.ElementsMatch(t, []string{"2022", "2024"}, []string{w.Evidence[0].Date, w.Evidence[1].Date})

	// Without --include-negated, the denial is not an edge.
	js = mustRun(t, "export", "--db", db, "--format", "json")
	require.NoError(t, json.Unmarshal([]byte(js), &doc))
	for _, l := range doc.Links {
		assert.NotEqual(t, "rwanda", l.Source)
	}
}

type exportDoc struct {
	Nodes []exportNode `json:"nodes"`
	Links []exportLink `json:"links"`
}

type exportNode struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Kind        string `json:"kind"`
	SuccessorOf string `json:"successor_of"`
}

type exportLink struct {
	Source, Target, Type string
	Asserted             int `json:"asserted"`
	Hedged               int `json:"hedged"`
	Negated              int `json:"negated"`
	Evidence             []struct {
		Article      string  `json:"article"`
		SentenceText string  `json:"sentence_text"`
		Date         string  `json:"date"`
		Supplied     string  `json:"supplied"`
		Trigger      string  `json:"trigger"`
		Attribution  string  `json:"attribution"`
		Start        *int    `json:"start"`
		End          *int    `json:"end"`
		Outlet       *string `json:"outlet"`
		Hedged       bool    `json:"hedged"`
		Negated      bool    `json:"negated"`
	} `json:"evidence"`
}
