package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestStateForcesByName: a state's armed forces under their own name are
// the state (Morocco's Forces armées royales), and whoever commands a
// state's named armed corps (Iran's Revolutionary Guards) leads no state
// (docs/CODEBOOK.md, "Army commanders and chiefs of staff").
func TestStateForcesByName(t *testing.T) {
	runRelCases(t, []relCase{
		{"Forces armées royales", "fr", "Les Forces armées royales (FAR) frappent les positions du Front Polisario.", []rel{
			{"morocco", graph.Opposed, "polisario-front", ""}}},
		{"Royal Moroccan Armed Forces", "en", "The Royal Moroccan Armed Forces struck Polisario Front units near the berm.", []rel{
			{"morocco", graph.Opposed, "polisario-front", ""}}},
		{"commander of the IRGC", "en", "The strikes killed Hossein Salami, the commander of the Islamic Revolutionary Guard Corps, on Friday.", nil},
		{"chef des Gardiens de la révolution", "fr", "Le général Hossein Salami, chef des Gardiens de la révolution, a été tué vendredi.", nil},
		{"a state's head still leads", "en", "Iran's president, Masoud Pezeshkian, addressed the Revolutionary Guards on Monday.", []rel{
			{"masoud-pezeshkian", graph.Leads, "iran", ""}}},
	})
}
