package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

// curatedDB is sampleDB with a few curation decisions in its log.
func curatedDB(t *testing.T) string {
	t.Helper()
	db, _ := sampleDB(t)
	mustRun(t, "merge", "--db", db, "--reason", "backup test", "africa-corps", "wagner-group")
	mustRun(t, "rename", "--db", db, "--reason", "backup test", "mali", "République du Mali")
	return db
}

func logExport(t *testing.T, db string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "log.jsonl")
	mustRun(t, "log", "export", "--db", db, "--out", out)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	return string(b)
}

// TestBackupRestore: a backup restored into a new database gives the same
// export and the same curation log; restore refuses a database with a graph
// unless forced, and a bad file changes nothing.
func TestBackupRestore(t *testing.T) {
	db := curatedDB(t)
	want, wantLog := jsonExport(t, db), logExport(t, db)
	require.Contains(t, wantLog, "République du Mali")
	file := filepath.Join(t.TempDir(), "g.backup")
	out := mustRun(t, "backup", "--db", db, file)
	assert.Contains(t, out, "2 curation decisions")

	copyDB := filepath.Join(t.TempDir(), "copy")
	out = mustRun(t, "restore", "--db", copyDB, file)
	assert.Contains(t, out, "check: consistent")
	assert.Equal(t, want, jsonExport(t, copyDB))
	assert.Equal(t, wantLog, logExport(t, copyDB))
	mustRun(t, "check", "--db", copyDB)

	// Not over a graph, unless forced.
	other, _ := sampleDB(t)
	before := jsonExport(t, other)
	code, _, errs := run(t, "restore", "--db", other, file)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, "not empty")
	assert.Contains(t, errs, "--force")
	assert.Equal(t, before, jsonExport(t, other))
	out = mustRun(t, "restore", "--db", other, "--force", file)
	assert.Contains(t, out, "replaced the graph of")
	assert.Equal(t, want, jsonExport(t, other))

	// Bad files are refused before the database is touched.
	b, err := os.ReadFile(file)
	require.NoError(t, err)
	for _, tc := range []struct{ name, content, want string }{
		{"empty", "", "empty"},
		{"text", "Title: not a backup\n\nhello\n", "not a backup header"},
		{"truncated", string(b[:len(b)/2]), "truncated"},
		{"other layout", strings.Replace(string(b), fmt.Sprintf(`"layout":%d`, graph.LayoutVersion), `"layout":1`, 1), "layout version 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := filepath.Join(t.TempDir(), "bad.backup")
			require.NoError(t, os.WriteFile(bad, []byte(tc.content), 0o644))
			code, _, errs := run(t, "restore", "--db", other, "--force", bad)
			assert.Equal(t, exitFailed, code)
			assert.Contains(t, errs, tc.want)
			assert.Equal(t, want, jsonExport(t, other))
		})
	}

	code, _, errs = run(t, "backup", "--db", db)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "want one FILE")
	code, _, errs = run(t, "backup", "--db", filepath.Join(t.TempDir(), "none"), file+"2")
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, "no database there")
	_, err = os.Stat(file + "2")
	assert.True(t, os.IsNotExist(err), "no backup file for a failed backup")
}

// TestBackupRestoreThroughServer: backup and restore on a served database
// go through the server, need its token, and round-trip to the same export
// and log.
func TestBackupRestoreThroughServer(t *testing.T) {
	const token = "backup-s3cret"
	env := map[string]string{envToken: token}
	db := curatedDB(t)
	want, wantLog := jsonExport(t, db), logExport(t, db)
	srv := serve(t, db, nil, "--allow-writes", "--token", token, "--log-format", "none")

	file := filepath.Join(t.TempDir(), "served.backup")
	code, _, errs := runEnv(t, nil, "", "backup", "--db", db, file)
	assert.Equal(t, exitFailed, code, "a backup needs the token")
	assert.Contains(t, errs, "401")
	code, out, errs := runEnv(t, env, "", "backup", "--db", db, file)
	require.Equalf(t, 0, code, "stderr: %s", errs)
	assert.Contains(t, errs, "held by the server")
	assert.Contains(t, out, "2 curation decisions")

	// Restore through a second server, on an empty database.
	empty := filepath.Join(t.TempDir(), "empty")
	srv2 := serve(t, empty, nil, "--allow-writes", "--token", token, "--log-format", "none")
	code, _, errs = runEnv(t, nil, "", "restore", "--db", empty, file)
	assert.Equal(t, exitFailed, code, "a restore needs the token")
	assert.Contains(t, errs, "401")
	code, out, errs = runEnv(t, env, "", "restore", "--db", empty, file)
	require.Equalf(t, 0, code, "stderr: %s", errs)
	assert.Contains(t, out, "check: consistent")
	code, served, _ := runEnv(t, nil, "", "export", "--db", empty, "--format", "json", "--include-negated", "--isolated")
	require.Equal(t, 0, code)
	assert.Equal(t, want, served)

	// Over the served graph: refused unless forced.
	code, _, errs = runEnv(t, env, "", "restore", "--db", db, file)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, "409")
	code, out, errs = runEnv(t, env, "", "restore", "--db", db, "--force", file)
	require.Equalf(t, 0, code, "stderr: %s", errs)
	assert.Contains(t, out, "replaced the graph of")
	require.Equal(t, 0, srv.stop())
	require.Equal(t, 0, srv2.stop())
	assert.Equal(t, want, jsonExport(t, empty))
	assert.Equal(t, wantLog, logExport(t, empty))
	assert.Equal(t, want, jsonExport(t, db))
	mustRun(t, "check", "--db", empty)
}
