package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRender draws the sample articles with Graphviz, in SVG and PNG,
// with filters and DOT options.
func TestRender(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("Graphviz's dot is not installed (apt-get install graphviz)")
	}
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, "load", "--db", db, filepath.Join(repo, "testdata", "articles"))

	dir := t.TempDir()
	svgFile := filepath.Join(dir, "g.svg")
	mustRun(t, "render", "--db", db, "--cluster", "country", "--label-min-weight", "1", "--title", "Samples", "--out", svgFile)
	svg, err := os.ReadFile(svgFile)
	require.NoError(t, err)
	assert.Contains(t, string(svg), "<svg")
	assert.Contains(t, string(svg), ">Samples</text>")
	assert.Contains(t, string(svg), ">Mali</text>")
	assert.Contains(t, string(svg), "cluster_legend")

	// The same picture on standard output, and as the DOT export drawn by hand.
	out := mustRun(t, "render", "--db", db, "--cluster", "country", "--label-min-weight", "1", "--title", "Samples")
	assert.Equal(t, string(svg), out)
	dot := mustRun(t, "export", "--db", db, "--cluster", "country", "--label-min-weight", "1", "--title", "Samples")
	cmd := exec.Command("dot", "-Tsvg")
	cmd.Stdin = strings.NewReader(dot)
	byHand, err := cmd.Output()
	require.NoError(t, err)
	assert.Equal(t, string(byHand), out)

	// PNG, from the extension of --out; filters apply.
	pngFile := filepath.Join(dir, "g.png")
	mustRun(t, "render", "--db", db, "--actor", "Mali", "--types", "supplies,trains", "--top", "8", "--out", pngFile)
	png, err := os.ReadFile(pngFile)
	require.NoError(t, err)
	require.Greater(t, len(png), 8)
	assert.Equal(t, "\x89PNG\r\n\x1a\n", string(png[:8]))

	// Errors: of the command line, of the filter (no file left behind).
	code, _, errs := run(t, "render", "--db", db, "--format", "pdf")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "want svg or png")
	code, _, errs = run(t, "render", "--db", db, "--cluster", "planet")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "want none, country or kind")
	bad := filepath.Join(dir, "bad.svg")
	code, _, errs = run(t, "render", "--db", db, "--actors", "Mali,Atlantis", "--out", bad)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, `no actor is called "Atlantis"`)
	assert.NoFileExists(t, bad)
}

// TestRenderWithoutGraphviz: without dot on PATH, render says how to
// install Graphviz and exits with status 1.
func TestRenderWithoutGraphviz(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	db := filepath.Join(t.TempDir(), "db")
	code, out, errs := run(t, "render", "--db", db, "--out", filepath.Join(t.TempDir(), "g.svg"))
	assert.Equal(t, exitFailed, code)
	assert.Empty(t, out)
	assert.Contains(t, errs, "Graphviz's dot is not on PATH")
	assert.Contains(t, errs, "apt-get install graphviz")
	assert.Contains(t, errs, "brew install graphviz")
	assert.NoDirExists(t, db, "nothing opened or created")
}
