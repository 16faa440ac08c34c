package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestSuppliesPrecision: sentences in the style of wire copy where
// weapons are named but nobody supplies anybody, or supplies someone
// else than the nearest actors (supplies.go), with what docs/CODEBOOK.md
// says they give.
func TestSuppliesPrecision(t *testing.T) {
	runRelCases(t, []relCase{
		// equipment used, shot down or worn out: no supplies
		{"equipment used, no origin", "en", "Malian troops used Turkish drones in the offensive.", nil},
		{"equipment shot down", "en", "The drones were shot down over Kidal.", nil},
		{"stocks depleted", "en", "Russia's war in Ukraine depleted its stocks of drones.", nil},
		{"two clauses, no recipient", "en", "Mali bought drones; Russia sent instructors.", nil},
		{"equipment used fr", "fr", "Les soldats maliens ont utilisé des drones turcs lors de l'offensive.", nil},
		// origins: the holder is the recipient (CODEBOOK, "Turkish-made")
		{"origin held", "en", "Malian troops used Turkish-made drones in the offensive.", []rel{{"turkey", graph.Supplies, "mali", ""}}},
		{"origin received fr", "fr", "Le Mali a réceptionné une vingtaine de drones de fabrication turque.", []rel{{"turkey", graph.Supplies, "mali", ""}}},
		{"origin launched", "en", "Russia launched Iranian-made drones at Ukraine.", []rel{
			{"iran", graph.Supplies, "russia", ""}, {"russia", graph.Opposed, "ukraine", ""}}},
		{"origin destroyed", "en", "Ukrainian forces destroyed Iranian-made drones.", nil},
		{"origin intercepted", "en", "Israel intercepted Iranian-made missiles fired by the Houthis.", []rel{
			{"houthis", graph.Opposed, "israel", ""}}}, // intercepting is hostile (recall3); the origin supplies nothing
		{"origin destroyed fr", "fr", "Les forces ukrainiennes ont détruit des drones de fabrication iranienne lancés par la Russie.", nil},
		{"origin intercepted fr", "fr", "Israël a intercepté des missiles de fabrication iranienne tirés par les Houthis.", nil},
		{"origin seized from", "en", "Chinese-made rifles were seized from JNIM fighters.", nil},
		{"origin seized from fr", "fr", "Des fusils de fabrication chinoise ont été saisis sur des combattants du JNIM.", nil},
		{"origin seized by the subject fr", "fr", "L'armée malienne a saisi des fusils de fabrication chinoise au JNIM.", nil},
		{"origin named by an attribution source", "fr", "Selon un rapport de l'ONU, des composants de fabrication iranienne ont été retrouvés.", nil},
		{"origin fired fr", "fr", "Les Houthis ont tiré des missiles de fabrication iranienne sur Israël.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"a hyphen compound is an origin", "en", "The Sudanese army captured Emirati-supplied weapons from the RSF.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
		// a participle with an agent qualifies a noun: its holder, not the
		// nearest actor
		{"participle after a hostile verb", "en", "JNIM attacked a convoy carrying fuel supplied by Algeria.", nil},
		{"participle after a hostile verb fr", "fr", "Le JNIM a attaqué un convoi transportant du carburant livré par l'Algérie.", nil},
		{"participle after a seizure", "en", "The Sudanese army seized weapons supplied by the UAE.", nil},
		{"participle after a seizure fr", "fr", "L'armée soudanaise a saisi des armes livrées par les Émirats.", nil},
		{"participle on the object of a hostile verb fr", "fr", "Le Mali a attaqué le JNIM avec des drones livrés par la Turquie.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"participle used", "en", "Mali used drones supplied by Turkey to strike JNIM.", []rel{
			{"turkey", graph.Supplies, "mali", ""}, {"jnim", graph.Opposed, "mali", ""}}},
		{"participle after training", "en", "Russian instructors trained Nigerien units in the use of an air-defence system delivered by Moscow.", []rel{
			{"russia", graph.Trains, "niger", ""}, {"russia", graph.Supplies, "niger", ""}}},
		{"a passive predicate", "en", "The RSF were supplied with drones by the UAE.", []rel{{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		// the home state is no recipient when it supplies in the sentence
		{"home state supplies", "en", "Turkey delivered drones to Mali while Russia sent jets.", []rel{{"turkey", graph.Supplies, "mali", ""}}},
		{"home state supplies fr", "fr", "La Turquie a livré des drones au Mali tandis que la Russie a envoyé des avions.", []rel{{"turkey", graph.Supplies, "mali", ""}}},
		{"a new clause after an auxiliary fr", "fr", "La Turquie a livré des drones au Mali, et la Russie a envoyé des avions.", []rel{{"turkey", graph.Supplies, "mali", ""}}},
		{"a new clause en", "en", "Turkey delivered drones to Mali, and Russia sent jets.", []rel{{"turkey", graph.Supplies, "mali", ""}}},
		{"home state receives", "en", "Mali received drones. Turkey delivered drones to Mali while Russia sent jets.", []rel{
			{"turkey", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "mali", ""}}},
		// what still holds
		{"hedged and negated", "en", "Turkey did not deliver drones to Mali.", []rel{{"turkey", graph.Supplies, "mali", "n"}}},
		{"intent", "en", "Turkey plans to deliver drones to Mali.", nil},
		{"intent fr", "fr", "La Turquie pourrait livrer des drones au Mali l'an prochain.", nil},
		{"a supplier in a relative clause", "en", "Mali received drones from Turkey, which also trained its pilots.", []rel{{"turkey", graph.Supplies, "mali", ""}, {"turkey", graph.Trains, "mali", ""}}}, // "its pilots": Mali's (open19)
		{"a recipient in a relative clause fr", "fr", "Le Mali, qui a reçu des drones de la Turquie, a attaqué le JNIM.", []rel{
			{"turkey", graph.Supplies, "mali", ""}, {"jnim", graph.Opposed, "mali", ""}}},
	})
}
