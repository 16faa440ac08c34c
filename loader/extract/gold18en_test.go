package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestGold18enLexiconFacts: public facts added to the lexicon: Ecuador's
// gangs (Los Choneros, Los Lobos, Los Tiguerones, Chone Killers, Los
// Lagartos), which the discovery of unknown names cannot see ("Los" is no
// title and the names are plural nouns).
func TestGold18enLexiconFacts(t *testing.T) {
	runRelCases(t, []relCase{
		{"designated X and Y as terrorist organisations", "en", "The United States has designated Los Choneros and Los Lobos as foreign terrorist organisations.", []rel{
			{"los-choneros", graph.Opposed, "united-states", ""},
			{"los-lobos", graph.Opposed, "united-states", ""}}},
		{"the leader of X, Y", "en", "The leader of Los Lobos, Wilmer Chavarría, was arrested in Spain.", []rel{
			{"wilmer-chavarria", graph.Leads, "los-lobos", ""}}},
		{"X clashed with Y", "en", "Los Tiguerones clashed with Los Choneros in Guayaquil in 2022.", []rel{
			{"los-choneros", graph.Opposed, "los-tiguerones", ""}}},
		{"fr: le gang X", "fr", "Le gang Los Lobos a attaqué l'armée équatorienne en mai.", []rel{
			{"ecuador", graph.Opposed, "los-lobos", ""}}},
	})
}
