package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestLead20QualifyingParticiple: a French supplies participle qualifying
// the goods, with its agent named past a noun after « par », makes the
// agent the supplier and never the sentence's subject (a direction error
// of the twentieth session's merge, fr-blind-31); an agent named right
// after « par », and a participle after an auxiliary, keep their readings.
func TestLead20QualifyingParticiple(t *testing.T) {
	runRelCases(t, []relCase{
		{"acheminés depuis … par des réseaux du", "fr", "Los Lobos reçoivent des fusils acheminés depuis la Colombie par des réseaux du CJNG.", []rel{
			{"cjng", graph.Supplies, "los-lobos", ""}}},
		{"recevraient … acheminés … par des réseaux du", "fr", "Selon le renseignement militaire, Los Lobos recevraient des explosifs acheminés depuis le Pérou par des réseaux du CJNG.", []rel{
			{"cjng", graph.Supplies, "los-lobos", "h"}}},
		{"livrés depuis … par des intermédiaires de", "fr", "Les FSR ont reçu des drones livrés depuis le Tchad par des intermédiaires des Émirats arabes unis.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"agent right after par", "fr", "Le Mali a reçu des drones livrés depuis Ankara par la Turquie.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"after an auxiliary", "fr", "La Turquie a acheminé des drones au Mali par avion.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
	})
}
