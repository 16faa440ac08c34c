package main

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// elapsed is the time in a load summary, the one part that differs from
// run to run.
var elapsed = regexp.MustCompile(`\) in [^:]+:`)

// failures returns the "path:line: reason" lines of a load's stderr.
func failures(stderr string) []string {
	var out []string
	for _, l := range strings.Split(stderr, "\n") {
		if l != "" && !strings.Contains(l, "held by the server") {
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

// TestRemoteLoadExportStats runs load, export and stats on a database held
// by a server: they go through it, and give what they give locally.
func TestRemoteLoadExportStats(t *testing.T) {
	const token = "remote-s3cret"
	env := map[string]string{envToken: token}
	inputs := []string{filepath.Join(repo, "testdata", "articles"), filepath.Join(repo, "testdata", "claims")}
	bad := filepath.Join(repo, "testdata", "bad")
	exports := [][]string{
		{"--format", "json", "--include-negated", "--isolated"},
		{"--format", "dot", "--labels"},
		{"--format", "json", "--actor", "Mali", "--depth", "2", "--types", "supplies,trains", "--since", "2022"},
		{"--format", "dot", "--actors", "Mali,russia", "--actors", "Turkey", "--min-weight", "1", "--top", "3",
			"--cluster", "country", "--label-min-weight", "2", "--title", `Sahel "2024"`, "--no-legend"},
		{"--format", "rdf", "--rdf-part", "quads", "--types", "supplies,allied", "--include-negated"},
	}
	exportAll := func(t *testing.T, db string, env map[string]string, note string) []string {
		t.Helper()
		out := make([]string, len(exports))
		for i, args := range exports {
			code, stdout, errs := runEnv(t, env, "", append([]string{"export", "--db", db}, args...)...)
			require.Equalf(t, 0, code, "export %v: %s", args, errs)
			assert.Contains(t, errs, note)
			out[i] = stdout
		}
		return out
	}

	// The same inputs loaded locally into another database.
	local := filepath.Join(t.TempDir(), "local")
	code, localOut, _ := runEnv(t, nil, "", append([]string{"load", "--db", local}, inputs...)...)
	require.Equal(t, 0, code)
	localExports := exportAll(t, local, nil, "")
	localStats := mustRun(t, "stats", "--db", local, "--top", "5")

	db := filepath.Join(t.TempDir(), "served")
	srv := serve(t, db, env, "--allow-writes", "--log-format", "none")
	note := func(cmd string) string {
		return "actorgraph " + cmd + ": " + db + " is held by the server at " + srv.url
	}

	// load goes through the server, with the token, and says what a local
	// load says.
	code, out, errs := runEnv(t, env, "", append([]string{"load", "--db", db}, inputs...)...)
	require.Equalf(t, 0, code, "stdout: %s\nstderr: %s", out, errs)
	assert.Contains(t, errs, note("load"))
	assert.Equal(t, elapsed.ReplaceAllString(localOut, ") in T:"), elapsed.ReplaceAllString(out, ") in T:"))

	// Loading again changes nothing.
	code, out, _ = runEnv(t, env, "", append([]string{"load", "--db", db}, inputs...)...)
	require.Equal(t, 0, code)
	assert.Contains(t, out, " 0 new, 0 updated, 0 re-extracted, ")

	// export streams from the server the bytes of the local export of the
	// same inputs; stats prints the same.
	assert.Equal(t, localExports, exportAll(t, db, nil, note("export")))
	outFile := filepath.Join(t.TempDir(), "g.dot")
	code, _, errs = runEnv(t, nil, "", "export", "--db", db, "--format", "dot", "--labels", "--out", outFile)
	require.Equalf(t, 0, code, "stderr: %s", errs)
	b, err := os.ReadFile(outFile)
	require.NoError(t, err)
	assert.Equal(t, localExports[1], string(b))
	// An RDF export into a directory: two requests to the server, the same
	// files as the local export.
	rdfDir := filepath.Join(t.TempDir(), "rdf")
	code, _, errs = runEnv(t, nil, "", "export", "--db", db, "--format", "rdf", "--types", "supplies,allied", "--include-negated", "--out", rdfDir)
	require.Equalf(t, 0, code, "stderr: %s", errs)
	localSchema := mustRun(t, "export", "--db", local, "--format", "rdf", "--rdf-part", "schema")
	for name, want := range map[string]string{"graph.rdf": localExports[4], "graph.schema": localSchema} {
		b, err := os.ReadFile(filepath.Join(rdfDir, name))
		require.NoError(t, err)
		assert.Equal(t, want, string(b), name)
	}
	code, _, errs = runEnv(t, nil, "", "export", "--db", db, "--actor", "Atlantis")
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, `no actor is called "Atlantis"`)
	code, out, errs = runEnv(t, nil, "", "stats", "--db", db, "--top", "5")
	require.Equalf(t, 0, code, "stderr: %s", errs)
	assert.Contains(t, errs, note("stats"))
	assert.Equal(t, localStats, out)

	// Broken inputs: each named by path and line, as locally; the rest loaded.
	code, localBadOut, localBadErr := runEnv(t, nil, "", "load", "--db", local, bad)
	require.Equal(t, exitFailed, code)
	code, out, errs = runEnv(t, env, "", "load", "--db", db, bad)
	assert.Equal(t, exitFailed, code)
	assert.Equal(t, failures(localBadErr), failures(errs))
	firstLine := func(s string) string { return elapsed.ReplaceAllString(strings.SplitN(s, "\n", 2)[0], ") in T:") }
	assert.Equal(t, firstLine(localBadOut), firstLine(out))

	// Writes need the token; reads do not.
	code, _, errs = runEnv(t, nil, "", "load", "--db", db, inputs[0])
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, "401")
	assert.Contains(t, errs, "set $"+envToken)

	served := exportAll(t, db, nil, note("export"))
	_, statsOut, _ := runEnv(t, nil, "", "stats", "--db", db, "--top", "5")
	_, statsJSON, _ := runEnv(t, nil, "", "stats", "--db", db, "--json")
	require.Equal(t, 0, srv.stop())

	// The same database read directly gives the same bytes and numbers.
	assert.Equal(t, served, exportAll(t, db, nil, ""))
	assert.Equal(t, statsOut, mustRun(t, "stats", "--db", db, "--top", "5"))
	assert.Equal(t, statsJSON, mustRun(t, "stats", "--db", db, "--json"))
}

// TestRemoteReadOnly: a read-only server refuses a load, with a message
// that says what to do; export and stats go through it.
func TestRemoteReadOnly(t *testing.T) {
	db, inputs := sampleDB(t)
	srv := serve(t, db, nil, "--log-format", "none")
	code, _, errs := runEnv(t, map[string]string{envToken: "any"}, "", "load", "--db", db, inputs[0])
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, "read-only")
	assert.Contains(t, errs, "--allow-writes")
	code, _, errs = runEnv(t, nil, "", "load", "--db", db, "--dict", filepath.Join(t.TempDir(), "none.yaml"), inputs[0])
	assert.Equal(t, exitFailed, code)
	code, out, _ := runEnv(t, nil, "", "stats", "--db", db)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "Most mentioned actors:")
	require.Equal(t, 0, srv.stop())
}
