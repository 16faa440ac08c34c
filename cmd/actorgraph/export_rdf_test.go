package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExportRDF: the RDF export from the command, both files into a
// directory or one at a time to standard output, and its usage errors.
// graph/export's tests check the content (grammar, schema, round trip).
func TestExportRDF(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, "load", "--db", db, filepath.Join(repo, "testdata", "articles"))
	for _, args := range [][]string{nil, {"--no-evidence"}, {"--actor", "Mali", "--since", "2023"}} {
		dir := filepath.Join(t.TempDir(), "rdf")
		assert.Empty(t, mustRun(t, append([]string{"export", "--db", db, "--format", "rdf", "--out", dir}, args...)...))
		quads, err := os.ReadFile(filepath.Join(dir, "graph.rdf"))
		require.NoError(t, err)
		schema, err := os.ReadFile(filepath.Join(dir, "graph.schema"))
		require.NoError(t, err)
		assert.Contains(t, string(quads), "> _:a.mali (asserted=", args)
		assert.Equal(t, len(args) == 1, !strings.Contains(string(quads), `<dgraph.type> "Evidence" .`), args)
		assert.Contains(t, string(schema), "supplies: [uid] @reverse")
		one := mustRun(t, append([]string{"export", "--db", db, "--format", "rdf", "--rdf-part", "quads"}, args...)...)
		assert.Equal(t, string(quads), one, "--rdf-part quads writes the same file")
		one = mustRun(t, "export", "--db", db, "--format", "rdf", "--rdf-part", "schema")
		assert.Equal(t, string(schema), one, "--rdf-part schema writes the same file")
	}
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"--format", "rdf"}, "give --out DIR"},
		{[]string{"--format", "rdf", "--rdf-part", "nodes"}, "--rdf-part: want quads or schema"},
		{[]string{"--format", "json", "--rdf-part", "quads"}, "--rdf-part goes with --format rdf"},
		{[]string{"--format", "rdf", "--rdf-part", "quads", "--profile", "neo4j"}, "go with --format csv"},
		{[]string{"--format", "turtle"}, "want dot, json, graphml, gexf, csv or rdf"},
	} {
		code, _, errs := run(t, append([]string{"export", "--db", db}, tc.args...)...)
		assert.Equal(t, exitUsage, code, tc.args)
		assert.Contains(t, errs, tc.msg, tc.args)
	}
	// The schema needs no database.
	none := filepath.Join(t.TempDir(), "absent")
	assert.Equal(t, mustRun(t, "export", "--db", db, "--format", "rdf", "--rdf-part", "schema"),
		mustRun(t, "export", "--db", none, "--format", "rdf", "--rdf-part", "schema"))
	_, err := os.Stat(none)
	assert.True(t, os.IsNotExist(err), "no database created")
	schemaFile := filepath.Join(t.TempDir(), "g.schema")
	assert.Empty(t, mustRun(t, "export", "--db", none, "--format", "rdf", "--rdf-part", "schema", "--out", schemaFile))
	b, err := os.ReadFile(schemaFile)
	require.NoError(t, err)
	assert.Contains(t, string(b), "type Evidence {")

	// An unknown actor leaves no file behind.
	dir := filepath.Join(t.TempDir(), "none")
	code, _, errs := run(t, "export", "--db", db, "--format", "rdf", "--out", dir, "--actor", "Atlantis")
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, `no actor is called "Atlantis"`)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Empty(t, entries)
	_, _, help := run(t, "export", "--help")
	for _, want := range []string{"-rdf-part", "graph.rdf", "graph.schema", "dgraph live -f graph.rdf -s graph.schema"} {
		assert.Contains(t, help, want)
	}
}
