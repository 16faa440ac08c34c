package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExtractLoadsAsDirectLoad is issue 10's first property: loading the
// claims 'extract' writes builds exactly the graph a direct load of the
// articles builds, export for export.
func TestExtractLoadsAsDirectLoad(t *testing.T) {
	gen := filepath.Join(t.TempDir(), "gen")
	mustRun(t, "gen", "--articles", "120", "--seed", "11", "--out", gen, "--progress", "never")
	genJSONL := filepath.Join(t.TempDir(), "genjsonl")
	mustRun(t, "gen", "--articles", "40", "--start", "120", "--seed", "11", "--format", "jsonl", "--out", genJSONL, "--progress", "never")
	cases := []struct {
		name   string
		inputs []string
		seed   bool
	}{
		{"sample articles", []string{filepath.Join(repo, "testdata", "articles")}, false},
		{"seed", []string{seedDir}, true},
		{"gen corpus, txt and jsonl", []string{gen, genJSONL}, false},
		{"everything, with claims files passing through", []string{filepath.Join(repo, "testdata", "articles"), gen, filepath.Join(repo, "testdata", "claims")}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.seed {
				seedAvailable(t)
			}
			dir := t.TempDir()
			direct, viaClaims := filepath.Join(dir, "direct"), filepath.Join(dir, "claims-db")
			mustRun(t, append([]string{"load", "--db", direct}, tc.inputs...)...)
			claims := filepath.Join(dir, "out.claims.jsonl")
			_, _, errs := run(t, append([]string{"extract", "--out", claims, "--workers", "3"}, tc.inputs...)...)
			assert.Contains(t, errs, "extracted ")
			out := mustRun(t, "load", "--db", viaClaims, claims)
			assert.Contains(t, out, " 0 failed")
			for _, format := range []string{"json", "dot"} {
				want := mustRun(t, "export", "--db", direct, "--format", format, "--include-negated", "--isolated")
				got := mustRun(t, "export", "--db", viaClaims, "--format", format, "--include-negated", "--isolated")
				require.Equalf(t, want, got, "%s export of load(extract(...)) differs from load(...)", format)
			}
			mustRun(t, "check", "--db", viaClaims)
			// Loading the articles over the claims changes nothing: same
			// ids, hashes and fingerprints.
			out = mustRun(t, append([]string{"load", "--db", viaClaims}, tc.inputs...)...)
			assert.Contains(t, out, " 0 new, 0 updated, 0 re-extracted")
		})
	}
}

func TestExtractOutputAndErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, []byte("Title: One\nDate: 2024-03\n\nTurkey supplied drones to Mali.\n"), 0o644))
	empty := filepath.Join(dir, "empty.txt")
	require.NoError(t, os.WriteFile(empty, []byte("   \n"), 0o644))
	badJSONL := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(badJSONL, []byte("{\"id\":\"x1\",\"text\":\"Russia trains Mali.\"}\nnot json\n"), 0o644))

	code, out, errs := run(t, "extract", good, empty, badJSONL)
	assert.Equal(t, exitFailed, code)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2, "one line per good article, in input order:\n%s", out)
	assert.Contains(t, lines[0], `"title":"One"`)
	assert.Contains(t, lines[0], `"fingerprint":"rules/1+`)
	assert.Contains(t, lines[0], `"content_hash":"`)
	assert.Contains(t, lines[0], `"text":"Turkey supplied drones to Mali.\n"`)
	assert.Contains(t, lines[1], `"id":"x1"`)
	assert.Contains(t, errs, "empty.txt:1: empty article")
	assert.Contains(t, errs, "bad.jsonl:2: invalid JSON")
	assert.Contains(t, errs, "extracted 2 articles")
	assert.Contains(t, errs, "2 failed")

	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no input", []string{"extract"}, "no input"},
		{"from-stream without nats", []string{"extract", "--from-stream"}, "--from-stream needs --nats URL"},
		{"once without from-stream", []string{"extract", "--once", good}, "--once goes with --from-stream"},
		{"out and nats", []string{"extract", "--nats", "nats://127.0.0.1:1", "--out", "x", good}, "choose one"},
		{"follow without nats", []string{"follow", "--db", filepath.Join(dir, "db")}, "--nats URL is required"},
		{"streams without subcommand", []string{"streams"}, "want init or status"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := run(t, tc.args...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, errs, tc.want)
		})
	}
	// An unreachable server is a clear error, not a hang or a panic.
	code, _, errs = run(t, "streams", "status", "--nats", "nats://127.0.0.1:1")
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, "connect to NATS at nats://127.0.0.1:1")
}
