package main

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// TestRebuildOlderLayout converts a database of the previous layout: other
// commands refuse it and name the rebuild; rebuild converts it in place.
func TestRebuildOlderLayout(t *testing.T) {
	db := filepath.Join(t.TempDir(), "old.db")
	graphtest.OlderLayoutDB(t, db)
	code, _, errs := run(t, "stats", "--db", db)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "layout version 2")
	assert.Contains(t, errs, "actorgraph rebuild --db "+db)

	out := mustRun(t, "rebuild", "--db", db)
	assert.Contains(t, out, "1 decisions replayed")
	assert.Contains(t, out, "1 kept retracted")
	mustRun(t, "check", "--db", db)
	assert.Contains(t, mustRun(t, "stats", "--db", db, "--json"), `"relations": 1,`)
}
