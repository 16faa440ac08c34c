package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestOpenQuestionsAndConditions: an open question ("whether", "unclear
// if", « on ignore si », « reste à savoir si ») and "sources close to"
// hedge; a condition ("if", "unless") and an acceptance (« a accepté de
// fournir », as "agreed to") state no relation; "has yet to" and "it is
// false that" (« il est faux que ») deny.
func TestOpenQuestionsAndConditions(t *testing.T) {
	runRelCases(t, []relCase{
		{"unclear whether", "en", "It is unclear whether Turkey delivered the drones to Niger.", []rel{
			{"turkey", graph.Supplies, "niger", "h"}}},
		{"unclear if", "en", "It remains unclear if Turkey delivered the drones to Niger.", []rel{
			{"turkey", graph.Supplies, "niger", "h"}}},
		{"whether ... remains disputed", "en", "Whether Iran armed the Houthis remains disputed.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}}},
		{"on ignore si", "fr", "On ignore si la Turquie a livré les drones au Niger.", []rel{
			{"turkey", graph.Supplies, "niger", "h"}}},
		{"reste à savoir si", "fr", "Reste à savoir si l'Iran a armé les Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}}},
		{"sources close to", "en", "Sources close to the junta say Russia delivered two jets to Niger.", []rel{
			{"russia", graph.Supplies, "niger", "h"}}},
		{"des sources proches de", "fr", "Des sources proches de la junte indiquent que la Russie a livré deux avions au Niger.", []rel{
			{"russia", graph.Supplies, "niger", "h"}}},
		{"if", "en", "If Russia supplies Mali with jets, Algeria will protest.", nil},
		{"unless", "en", "Unless Turkey delivers more drones to Somalia, al-Shabaab will advance.", nil},
		{"a accepté de fournir", "fr", "L'Égypte a accepté de fournir des armes à la Somalie.", nil},
		{"has yet to deliver", "en", "Iran has yet to deliver the missiles to Russia.", []rel{
			{"iran", graph.Supplies, "russia", "n"}}},
		{"it is false that", "en", "It is false that Russia supplied drones to Mali, Moscow said.", []rel{
			{"russia", graph.Supplies, "mali", "n"}}},
		{"il est faux que", "fr", "Il est faux que la Russie a livré des drones au Mali, a déclaré Moscou.", []rel{
			{"russia", graph.Supplies, "mali", "n"}}},
		// the clause after the condition keeps its reading
		{"asserted, then a condition", "en", "Russia supplied drones to Mali; if the war goes on, Moscow will send more.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"it is clear that", "en", "It is clear that Russia supplied drones to Mali.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
	})
}
