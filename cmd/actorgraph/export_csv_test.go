package main

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExportFormats: GraphML, GEXF and the CSV tables from the command,
// the tables into a directory or one at a time to standard output.
func TestExportFormats(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, "load", "--db", db, filepath.Join(repo, "testdata", "articles"))
	for _, format := range []string{"graphml", "gexf"} {
		out := mustRun(t, "export", "--db", db, "--format", format, "--types", "supplies,trains")
		dec := xml.NewDecoder(strings.NewReader(out))
		for {
			_, err := dec.Token()
			if err != nil {
				assert.Equal(t, "EOF", err.Error(), format)
				break
			}
		}
		assert.Contains(t, out, "<edge ", format)
	}
	for _, profile := range []string{"pandas", "gephi", "neo4j"} {
		dir := filepath.Join(t.TempDir(), profile)
		assert.Empty(t, mustRun(t, "export", "--db", db, "--format", "csv", "--profile", profile, "--out", dir))
		for _, part := range []string{"nodes", "relations", "evidence"} {
			b, err := os.ReadFile(filepath.Join(dir, part+".csv"))
			require.NoError(t, err)
			recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
			require.NoError(t, err)
			assert.Greater(t, len(recs), 1, "%s %s has rows", profile, part)
			one := mustRun(t, "export", "--db", db, "--format", "csv", "--profile", profile, "--csv-part", part)
			assert.Equal(t, string(b), one, "--csv-part %s writes the same table", part)
		}
	}
	code, _, errs := run(t, "export", "--db", db, "--format", "csv")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "give --out DIR")
	code, _, errs = run(t, "export", "--db", db, "--format", "csv", "--csv-part", "edges")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "--csv-part: want nodes, relations or evidence")
	code, _, errs = run(t, "export", "--db", db, "--format", "json", "--profile", "gephi")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "go with --format csv")
}
