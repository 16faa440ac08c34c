package gen

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// TestLeadsNoInstitution: a leads relation the generator means never
// names the led state by an institution ("the chief of the Nigerien
// army"): one who commands a state's army leads no state
// (docs/CODEBOOK.md), so the truth would be wrong.
func TestLeadsNoInstitution(t *testing.T) {
	g, err := New(Options{Seed: 11})
	require.NoError(t, err)
	n := 0
	for i := range 300 {
		a, rels := g.article(i)
		for _, r := range rels {
			ai := g.w.byID[r.To]
			if r.Type != graph.Leads || ai == nil || ai.kind != graph.KindState {
				continue
			}
			n++
			for _, f := range ai.a.Forms {
				if f.Role == lexicon.RoleInstitution && len(f.Text) > 8 {
					assert.NotContains(t, strings.ToLower(r.text), strings.ToLower(f.Text), "%s leads %s", r.From, r.To)
				}
			}
			for _, h := range g.ld[a.Lang].demHeads {
				for _, dm := range ai.surf[a.Lang].demonyms {
					assert.NotContains(t, r.text, dm+" "+h.text, "%s leads %s", r.From, r.To)
					assert.NotContains(t, r.text, h.text+" "+dm, "%s leads %s", r.From, r.To)
				}
			}
		}
	}
	assert.Positive(t, n, "leads of states generated")
}
