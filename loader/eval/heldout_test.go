package eval

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const goldDir = "../../testdata/gold"

// TestHeldOutSealed fails when a held-out gold file changes: the held-out
// third is measured, never tuned on, and never edited after sealing.
func TestHeldOutSealed(t *testing.T) {
	held, err := ReadHeldOut(goldDir)
	require.NoError(t, err, "testdata/gold/HELDOUT.sha256 must exist")
	golds, err := ReadGold(goldDir)
	require.NoError(t, err)
	heldArticles := 0
	for _, g := range golds {
		if g.HeldOut {
			heldArticles++
			assert.Contains(t, held, filepath.Base(g.Text), "%s: its text must be sealed with it", g.ID)
		}
	}
	assert.GreaterOrEqual(t, heldArticles*3, len(golds)-1, "a third of the gold articles are held out")
	for file, want := range held {
		got, err := FileSHA256(filepath.Join(goldDir, file))
		require.NoError(t, err, "held-out file %s is missing", file)
		assert.Equal(t, want, got, "held-out file %s changed after sealing: restore it (git checkout) — held-out files are never edited", file)
		assert.False(t, strings.Contains(file, "/"), "held-out entries are file names in testdata/gold")
	}
}

// TestChallengeSealed: the challenge set (testdata/challenge) keeps half
// its items sealed, like the gold's held-out third, and parses.
func TestChallengeSealed(t *testing.T) {
	const dir = "../../testdata/challenge"
	held, err := ReadHeldOut(dir)
	require.NoError(t, err, "testdata/challenge/HELDOUT.sha256 must exist")
	golds, err := ReadGold(dir)
	require.NoError(t, err)
	sealed := 0
	for _, g := range golds {
		if g.HeldOut {
			sealed++
		}
		text := readText(t, g.Text)
		for i, r := range g.Relations {
			assert.Contains(t, text, r.Evidence, "%s relation %d: evidence must be verbatim", g.ID, i+1)
		}
	}
	assert.Equal(t, len(golds), 2*sealed, "half the challenge items are sealed")
	for file, want := range held {
		got, err := FileSHA256(filepath.Join(dir, file))
		require.NoError(t, err, "sealed file %s is missing", file)
		assert.Equal(t, want, got, "sealed file %s changed: restore it (git checkout)", file)
	}
}

// TestGoldIsWellFormed reads the whole gold set: every file parses, names
// its actors, respects the type rules and has its text; in our own
// articles every evidence is a verbatim sentence of the text.
func TestGoldIsWellFormed(t *testing.T) {
	golds, err := ReadGold(goldDir)
	require.NoError(t, err)
	perLang := map[string]int{}
	types := map[string]int{}
	for _, g := range golds {
		perLang[g.Lang]++
		for _, r := range g.Relations {
			types[g.Lang+" "+string(r.Type)]++
		}
		if g.TextPath != "" {
			continue // someone else's text: the evidence is a paraphrase
		}
		text := readText(t, g.Text)
		for i, r := range g.Relations {
			assert.Contains(t, text, r.Evidence, "%s relation %d: evidence must be verbatim", g.ID, i+1)
		}
	}
	assert.GreaterOrEqual(t, perLang["fr"], 30)
	assert.GreaterOrEqual(t, perLang["en"], 30)
	for _, lang := range []string{"fr", "en"} {
		assert.GreaterOrEqual(t, types[lang+" supplies"], 15, "%s supplies relations", lang)
		assert.GreaterOrEqual(t, types[lang+" trains"], 10, "%s trains relations", lang)
	}
}
