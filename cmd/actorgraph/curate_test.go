package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sampleDB loads the sample articles and the claims fixture into a fresh
// database and returns its directory and the corpus paths.
func sampleDB(t *testing.T) (db string, inputs []string) {
	t.Helper()
	db = filepath.Join(t.TempDir(), "db")
	inputs = []string{filepath.Join(repo, "testdata", "articles"), filepath.Join(repo, "testdata", "claims")}
	mustRun(t, append([]string{"load", "--db", db}, inputs...)...)
	return db, inputs
}

func jsonExport(t *testing.T, db string) string {
	t.Helper()
	return mustRun(t, "export", "--db", db, "--format", "json", "--include-negated", "--isolated")
}

// Decisions survive reloading: merge, alias removal and retraction.
func TestCurationSurvivesReload(t *testing.T) {
	db, inputs := sampleDB(t)
	out := mustRun(t, "merge", "--db", db, "--author", "ana", "--reason", "successor", "africa-corps", "wagner-group")
	assert.Contains(t, out, "merge africa-corps into wagner-group")
	mustRun(t, "alias", "--db", db, "remove", "mali", "Bamako")
	mustRun(t, "retract", "--db", db, "wire-2023-0412")
	before := jsonExport(t, db)
	assert.NotContains(t, before, `"id":"africa-corps"`)
	assert.NotContains(t, before, `"form":"Bamako"`)
	assert.NotContains(t, before, "wire-2023-0412")

	out = mustRun(t, append([]string{"load", "--db", db}, inputs...)...)
	assert.Contains(t, out, "1 skipped as retracted")
	assert.Equal(t, before, jsonExport(t, db), "a reload undoes no decision")
	mustRun(t, "check", "--db", db)

	log := mustRun(t, "log", "--db", db)
	assert.Contains(t, log, "#1 ")
	assert.Contains(t, log, "by ana  (successor)")
	assert.Contains(t, log, `alias remove mali "Bamako"`)
	assert.Contains(t, log, "retract wire-2023-0412")
}

// unmerge and unretract restore the graph as it was.
func TestUndo(t *testing.T) {
	db, _ := sampleDB(t)
	orig := jsonExport(t, db)
	mustRun(t, "merge", "--db", db, "africa-corps", "wagner-group")
	mustRun(t, "retract", "--db", db, "wire-2023-0412", "analyst-note-7")
	assert.NotEqual(t, orig, jsonExport(t, db))
	mustRun(t, "unmerge", "--db", db, "africa-corps")
	mustRun(t, "unretract", "--db", db, "wire-2023-0412", "analyst-note-7")
	assert.Equal(t, orig, jsonExport(t, db))
	mustRun(t, "check", "--db", db)
}

// A shared log replayed on a fresh database over the same articles, and
// a rebuild, give the same graph.
func TestLogExportImportAndRebuild(t *testing.T) {
	db, inputs := sampleDB(t)
	mustRun(t, "merge", "--db", db, "africa-corps", "wagner-group")
	mustRun(t, "split", "--db", db, "--form", "Shebab", "--name", "Al-Shabaab (Mozambique)", "al-shabaab", "ansar-al-sunna")
	mustRun(t, "rename", "--db", db, "mali", "République du Mali")
	mustRun(t, "not-same", "--db", db, "russia", "wagner-group")
	mustRun(t, "retract", "--db", db, "analyst-note-7")
	want := jsonExport(t, db)

	logFile := filepath.Join(t.TempDir(), "decisions.jsonl")
	mustRun(t, "log", "export", "--db", db, "--out", logFile)
	b, err := os.ReadFile(logFile)
	require.NoError(t, err)
	assert.Equal(t, 5, strings.Count(string(b), "\n"))

	// Import first, then load: the decisions wait for their actors.
	fresh := filepath.Join(t.TempDir(), "fresh")
	out := mustRun(t, "log", "import", "--db", fresh, logFile)
	assert.Contains(t, out, "5 applied")
	mustRun(t, append([]string{"load", "--db", fresh}, inputs...)...)
	assert.Equal(t, want, jsonExport(t, fresh))
	// Importing again changes nothing.
	out = mustRun(t, "log", "import", "--db", fresh, logFile)
	assert.Contains(t, out, "0 applied, 5 already in the log")
	mustRun(t, "check", "--db", fresh)

	// Load first, then import.
	other := filepath.Join(t.TempDir(), "other")
	mustRun(t, append([]string{"load", "--db", other}, inputs...)...)
	mustRun(t, "log", "import", "--db", other, logFile)
	assert.Equal(t, want, jsonExport(t, other))

	// Rebuild into a new directory, then in place.
	rebuilt := filepath.Join(t.TempDir(), "rebuilt")
	out = mustRun(t, "rebuild", "--db", db, "--out", rebuilt)
	assert.Contains(t, out, "5 decisions replayed")
	assert.Equal(t, want, jsonExport(t, rebuilt))
	mustRun(t, "check", "--db", rebuilt)
	out = mustRun(t, "rebuild", "--db", db)
	assert.Contains(t, out, "the old database is kept in")
	assert.Equal(t, want, jsonExport(t, db))
	assert.Equal(t, mustRun(t, "log", "--db", rebuilt, "--json"), mustRun(t, "log", "--db", db, "--json"))
}

// Bad ids and refused decisions get a clear message and change nothing.
func TestCurationRefusals(t *testing.T) {
	db, _ := sampleDB(t)
	mustRun(t, "not-same", "--db", db, "russia", "wagner-group")
	before := jsonExport(t, db)
	beforeLog := mustRun(t, "log", "--db", db)
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"merge", "Mali Army", "mali"}, exitFailed, "is not an actor id"},
		{[]string{"merge", "no-such-actor", "mali"}, exitFailed, `no actor "no-such-actor"`},
		{[]string{"merge", "wagner-group", "russia"}, exitFailed, "declared not the same"},
		{[]string{"merge", "mali", "mali"}, exitFailed, "an actor with itself"},
		{[]string{"unmerge", "mali"}, exitFailed, "is not merged"},
		{[]string{"split", "mali", "russia", "--form", "FAMa"}, exitFailed, "already exists"},
		{[]string{"split", "mali", "mali-2"}, exitUsage, "give --articles or --form"},
		{[]string{"kind", "mali", "country"}, exitUsage, "unknown actor kind"},
		{[]string{"alias", "rename", "mali", "x"}, exitUsage, "want alias add|remove"},
		{[]string{"rename", "mali"}, exitUsage, "want [flags] ID NAME"},
		{[]string{"retract", "no-such-article"}, exitFailed, `no article "no-such-article"`},
		{[]string{"unretract", "wire-2023-0412"}, exitFailed, "is not retracted"},
	}
	for _, tc := range cases {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			// Flags go before the positional arguments.
			args := append([]string{tc.args[0], "--db", db}, tc.args[1:]...)
			if i := indexOf(tc.args, "--form"); i > 0 {
				args = append([]string{tc.args[0], "--db", db, "--form", tc.args[i+1]}, tc.args[1:i]...)
			}
			code, _, errs := run(t, args...)
			assert.Equal(t, tc.code, code)
			assert.Contains(t, errs, tc.want)
		})
	}
	assert.Equal(t, before, jsonExport(t, db), "refused decisions change nothing")
	assert.Equal(t, beforeLog, mustRun(t, "log", "--db", db))
	mustRun(t, "check", "--db", db)
}

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

// reextract replaces the evidence of articles extracted with other
// lexicons, and curation decisions still hold.
func TestReextract(t *testing.T) {
	db, _ := sampleDB(t)
	out := mustRun(t, "reextract", "--db", db)
	assert.Contains(t, out, "0 re-extracted, 13 already current, 2 came as claims") // the claims file keeps its claims
	mustRun(t, "merge", "--db", db, "africa-corps", "wagner-group")
	before := jsonExport(t, db)

	// A dictionary changes the fingerprint: every text is extracted again.
	dict := filepath.Join(t.TempDir(), "d.yaml")
	require.NoError(t, os.WriteFile(dict, []byte("actors:\n  - id: ktg\n    name: Kel Tamasheq Guard\n    kind: armed_group\n"), 0o644))
	out = mustRun(t, "reextract", "--db", db, "--dict", dict)
	assert.Contains(t, out, "13 re-extracted")
	after := jsonExport(t, db)
	assert.NotContains(t, after, `"id":"africa-corps"`, "the merge holds")
	assert.Equal(t, strings.Count(before, `"source"`), strings.Count(after, `"source"`), "the same relations")
	mustRun(t, "check", "--db", db)
	out = mustRun(t, "reextract", "--db", db, "--dict", dict, "--all")
	assert.Contains(t, out, "13 re-extracted")
}
