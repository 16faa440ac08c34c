package extract_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/extract"
)

// Read gives the claims of Extract and, per sentence with a mention, the
// rules' reading of it: words, mentions, cues, triggers and relations.
func TestReadViews(t *testing.T) {
	cases := []struct {
		name, lang, text string
		words            int
		mentions         []string
		trigger          graph.RelType
		rel              extract.RuleRelation
		hedged, negated  bool
	}{
		{name: "en supplies", lang: "en", text: "Iran supplied drones to Russia.", words: 5,
			mentions: []string{"iran", "russia"}, trigger: graph.Supplies,
			rel: extract.RuleRelation{From: "iran", To: "russia", Type: graph.Supplies}},
		{name: "fr hedged", lang: "fr", text: "Selon Paris, la Russie aurait livré des armes au Mali.", words: 10,
			mentions: []string{"france", "russia", "mali"}, trigger: graph.Supplies, hedged: true,
			rel: extract.RuleRelation{From: "russia", To: "mali", Type: graph.Supplies, Hedged: true}},
		{name: "en denied", lang: "en", text: "Iran denies that it has sent missiles to Russia.", words: 9,
			mentions: []string{"iran", "russia"}, trigger: graph.Supplies, negated: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := &graph.Article{ID: "test", Lang: tc.lang, Text: tc.text}
			var views []*extract.SentenceView
			c, err := x.Read(context.Background(), a, func(v *extract.SentenceView) { views = append(views, v) })
			require.NoError(t, err)
			want, err := x.Extract(context.Background(), a)
			require.NoError(t, err)
			assert.Equal(t, want, c, "Read's claims are Extract's")
			require.Len(t, views, 1)
			v := views[0]
			assert.Equal(t, tc.text, v.Text)
			assert.Len(t, v.Words, tc.words)
			var ids []string
			for _, m := range v.Mentions {
				ids = append(ids, m.ID)
				assert.LessOrEqual(t, m.Start, m.End)
				assert.LessOrEqual(t, m.End, len(v.Words))
			}
			assert.Subset(t, ids, tc.mentions)
			var types []graph.RelType
			for _, tr := range v.Triggers {
				types = append(types, tr.Type)
			}
			assert.Contains(t, types, tc.trigger)
			assert.Equal(t, tc.hedged, len(v.Hedges) > 0, "hedges")
			assert.Equal(t, tc.negated, len(v.Negations) > 0, "negations")
			if tc.rel.From != "" {
				require.NotEmpty(t, v.Relations)
				got := v.Relations[0]
				got.Rule = ""
				assert.Equal(t, tc.rel, got)
			}
		})
	}
}
