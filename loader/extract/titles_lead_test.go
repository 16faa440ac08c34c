package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// TestLeadInForce: the leadership a title of the lexicon's leader stands
// for is the one in force at the article's date (titles.go).
func TestLeadInForce(t *testing.T) {
	pm := &lexicon.Actor{ID: "pm", Leads: []lexicon.Lead{
		{ID: "israel", From: "1996-06", Until: "1999-07"},
		{ID: "israel", From: "2009-03-31", Until: "2021-06-13"},
		{ID: "israel", From: "2022-12-29"},
	}}
	ousted := &lexicon.Actor{ID: "ousted", Leads: []lexicon.Lead{{ID: "niger", From: "2021-04", Until: "2023-07-26"}}}
	for _, tc := range []struct {
		name string
		a    *lexicon.Actor
		date string
		want string
	}{
		{"in force now", pm, "2025-03", "israel"},
		{"between two terms", pm, "2022-01", ""},
		{"in an earlier term", pm, "2015", "israel"},
		{"begun in the article's month", pm, "2022-12", "israel"},
		{"unknown date, a term without end", pm, "", "israel"},
		{"ended", ousted, "2024-01", ""},
		{"ended in the article's month", ousted, "2023-07", ""},
		{"unknown date, ended", ousted, "", ""},
		{"before the end", ousted, "2022", "niger"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, leadInForce(tc.a, tc.date))
		})
	}
}
