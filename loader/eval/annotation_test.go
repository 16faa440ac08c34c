package eval

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

// The gold set scored against itself agrees fully: every relation, actor,
// mark and date of the tuning part comes back through the loader.
func TestAnnotationsOfTheGoldAgreeWithIt(t *testing.T) {
	golds, err := ReadGold(goldDir)
	require.NoError(t, err)
	tuning := Part(golds, false)
	ann, err := NewAnnotations(tuning)
	require.NoError(t, err)
	rep, err := Run(context.Background(), tuning, ann)
	require.NoError(t, err)
	s := rep.Splits["tuning"]
	require.NotNil(t, s)
	assert.Equal(t, len(tuning), s.Articles)
	assert.Zero(t, s.Overall.FP)
	assert.Zero(t, s.Overall.FN)
	assert.Positive(t, s.Overall.TP)
	assert.Equal(t, s.GoldActors, s.MatchedActors)
	assert.Equal(t, "annotation", rep.Extractor)
}

// A second annotator who missed one relation, read another backwards and
// added one of their own is scored like an extractor: one miss, one
// direction error, two spurious edges.
func TestSecondAnnotationDisagreements(t *testing.T) {
	first, second := t.TempDir(), t.TempDir()
	text := "ID: a1\nLang: en\nDate: 2024-05\n\nTurkey delivered drones to Mali in February 2024. Russia is Mali's ally. Wagner fought in Libya.\n"
	actors := `[{"name":"Mali","kind":"state"},{"name":"Turkey","kind":"state"},{"name":"Russia","kind":"state"},{"name":"Wagner Group","kind":"company","aliases":["Wagner"]},{"name":"Libya","kind":"state"}]`
	write := func(dir, name, body string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	write(first, "a1.txt", text)
	write(second, "a1.txt", text)
	write(first, "a1.json", `{"id":"a1","lang":"en","date":"2024-05","actors":`+actors+`,"relations":[
{"from":["Turkey"],"type":"supplies","to":["Mali"],"hedged":false,"negated":false,"date":"2024-02","evidence":"Turkey delivered drones to Mali in February 2024."},
{"from":["Russia"],"type":"allied","to":["Mali"],"hedged":false,"negated":false,"evidence":"Russia is Mali's ally."}]}`)
	write(second, "a1.json", `{"id":"a1","lang":"en","date":"2024-05","actors":`+actors+`,"relations":[
{"from":["Mali"],"type":"supplies","to":["Turkey"],"hedged":false,"negated":false,"date":"2024-02","evidence":"Turkey delivered drones to Mali in February 2024."},
{"from":["Wagner Group"],"type":"opposed","to":["Libya"],"hedged":false,"negated":false,"evidence":"Wagner fought in Libya."}]}`)
	g1, err := ReadGold(first)
	require.NoError(t, err)
	g2, err := ReadGold(second)
	require.NoError(t, err)
	ann, err := NewAnnotations(g2)
	require.NoError(t, err)
	rep, err := Run(context.Background(), g1, ann)
	require.NoError(t, err)
	s := rep.Splits["all"]
	assert.Equal(t, Counts{TP: 0, FP: 2, FN: 2}, s.Overall)
	assert.Equal(t, 1, s.DirectionErrors)
	assert.Equal(t, Counts{FP: 1, FN: 1}, s.ByType[graph.Supplies])

	// an article the second annotation lacks is an error naming it
	_, err = ann.Extract(context.Background(), &graph.Article{ID: "zz", Text: "Nothing here."})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"zz"`)
}
