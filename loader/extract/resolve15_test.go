package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestPronounBeforeCountedAnaphor: a subject pronoun, a possessive or a
// definite anaphor before a counted anaphor of its sentence ("it fights
// the two groups", « il combat les deux groupes ») is resolved as in any
// other sentence: only the counted anaphor's own words are skipped.
func TestPronounBeforeCountedAnaphor(t *testing.T) {
	runRelCases(t, []relCase{
		{"created in 2015, it fights the two groups", "en",
			"Boko Haram and ISWAP attack villages around Lake Chad. The Multinational Joint Task Force is short of men. Created in 2015, it fights the two groups on the islands.", []rel{
				{"boko-haram", graph.Opposed, "mnjtf", ""}, {"iswap", graph.Opposed, "mnjtf", ""}}},
		{"créée en 2015, elle combat les deux groupes", "fr",
			"Boko Haram et l'Iswap multiplient les attaques autour du lac Tchad. La Force multinationale mixte (FMM) est en perte de vitesse. Créée en 2015, elle combat les deux groupes sur les îles.", []rel{
				{"boko-haram", graph.Opposed, "mnjtf", ""}, {"iswap", graph.Opposed, "mnjtf", ""}}},
		{"depuis 2015, il combat les deux groupes", "fr",
			"Boko Haram et l'Iswap attaquent les villages du lac Tchad. Le Nigeria a envoyé des renforts. Depuis 2015, il combat les deux groupes sur les îles.", []rel{
				{"boko-haram", graph.Opposed, "nigeria", ""}, {"iswap", graph.Opposed, "nigeria", ""}}},
		{"its navy, the two groups", "en",
			"The Houthis and al-Shabaab have built ties across the Gulf of Aden. Iran denies any role. In 2024, its navy intercepted boats carrying weapons to the two groups.", []rel{
				{"houthis", graph.Opposed, "iran", ""}, {"al-shabaab", graph.Opposed, "iran", ""}}},
	})
}
