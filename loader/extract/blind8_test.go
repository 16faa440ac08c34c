package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestBlind8Rules: the constructions of the eighth session's blind
// articles (docs/CODEBOOK.md, "Rulings added with the eighth session's
// blind articles"), each in both languages where the language has it.
func TestBlind8Rules(t *testing.T) {
	runRelCases(t, []relCase{
		// ended standing relations: sanctions lifted are negated
		{"sanctions lifted", "en", "The United States lifted its economic sanctions on Syria on 30 June.", []rel{
			{"syria", graph.Opposed, "united-states", "n"}}},
		{"sanctions levées", "fr", "L'Union européenne a levé les sanctions contre le Niger en mars.", []rel{
			{"european-union", graph.Opposed, "niger", "n"}}},
		{"sanctions imposed stay", "en", "The United States imposed sanctions on Syria.", []rel{
			{"syria", graph.Opposed, "united-states", ""}}},
		// an agent named by examples after a common noun
		{"trained by armies such as", "en", "Many PDF units were trained and armed by older ethnic armies such as the Kachin Independence Army (KIA) and the Arakan Army.", []rel{
			{"kachin-independence-army", graph.Trains, "peoples-defence-force", ""}, {"arakan-army", graph.Trains, "peoples-defence-force", ""},
			{"kachin-independence-army", graph.Supplies, "peoples-defence-force", ""}, {"arakan-army", graph.Supplies, "peoples-defence-force", ""}}},
		{"formées par des armées comme", "fr", "Les unités des PDF ont été formées et armées par des armées ethniques comme la Kachin Independence Army.", []rel{
			{"kachin-independence-army", graph.Trains, "peoples-defence-force", ""}, {"kachin-independence-army", graph.Supplies, "peoples-defence-force", ""}}},
		{"examples of an object", "en", "Turkey trained units such as the Kachin Independence Army.", []rel{
			{"turkey", graph.Trains, "kachin-independence-army", ""}}},
		// founders after a companion word: no training
		{"qu'il forme avec", "fr", "Niamey mise désormais sur l'Alliance des États du Sahel (AES), qu'il forme avec le Mali et le Burkina Faso.", []rel{
			{"niger", graph.MemberOf, "alliance-of-sahel-states", ""}, {"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		{"which it formed with", "en", "Niger now relies on the Alliance of Sahel States (AES), which it formed with Mali and Burkina Faso.", []rel{
			{"niger", graph.MemberOf, "alliance-of-sahel-states", ""}, {"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		{"forme les soldats", "fr", "La Russie forme les soldats du Mali.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		// states that support strikes: allied with each striker, opposed to the target
		{"with support from", "en", "The United States and Britain have struck the Houthis since 12 January, with support from Australia and Canada.", []rel{
			{"houthis", graph.Opposed, "united-states", ""}, {"houthis", graph.Opposed, "united-kingdom", ""}, {"united-kingdom", graph.Allied, "united-states", ""},
			{"australia", graph.Opposed, "houthis", ""}, {"canada", graph.Opposed, "houthis", ""},
			{"australia", graph.Allied, "united-states", ""}, {"australia", graph.Allied, "united-kingdom", ""},
			{"canada", graph.Allied, "united-states", ""}, {"canada", graph.Allied, "united-kingdom", ""}}},
		{"avec le soutien de", "fr", "Les États-Unis et le Royaume-Uni ont frappé les Houthis depuis janvier, avec le soutien de l'Australie.", []rel{
			{"houthis", graph.Opposed, "united-states", ""}, {"houthis", graph.Opposed, "united-kingdom", ""}, {"united-kingdom", graph.Allied, "united-states", ""},
			{"australia", graph.Opposed, "houthis", ""}, {"australia", graph.Allied, "united-states", ""}, {"australia", graph.Allied, "united-kingdom", ""}}},
		// opposed words a journalist uses: overrun, overthrow, « opposer », « renverser »
		{"overrunning", "en", "The M23 is overrunning positions of the Congolese army.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}}},
		{"overthrew", "en", "In 2013 the Seleka overthrew Mohamed Bazoum.", []rel{
			{"mohamed-bazoum", graph.Opposed, "seleka", ""}}},
		{"avait opposé X à Y", "fr", "La guerre avait opposé l'Éthiopie au TPLF.", []rel{
			{"ethiopia", graph.Opposed, "tplf", ""}}},
		{"renversé par", "fr", "En mars 2013, Mohamed Bazoum est renversé par les rebelles de la Séléka.", []rel{
			{"mohamed-bazoum", graph.Opposed, "seleka", ""}}},
		// intent cues
		{"are to train", "en", "Under an agreement signed in August, Turkish officers are to train Syrian army units.", nil},
		{"négociait la vente", "fr", "Niamey négociait la vente de 300 tonnes d'uranium à l'Iran.", nil},
		// « formé des » after an auxiliary is training, not composition
		{"auraient formé des", "fr", "Des instructeurs de l'Africa Corps ont débarqué à Niamey. Ils auraient depuis formé des opérateurs nigériens.", []rel{
			{"africa-corps", graph.Trains, "niger", ""}, // instructors who landed in the capital (docs/CODEBOOK.md, "Instructors"; gold20fr.go)
			{"africa-corps", graph.Trains, "niger", "h"}}},
		// the conditional hedges (docs/CODEBOOK.md; fr-blind-05 marks it hedged)
		{"formeraient", "fr", "Des militaires de l'Africa Corps sont arrivés. Ils formeraient depuis des unités des forces spéciales burkinabées.", []rel{
			{"africa-corps", graph.Trains, "burkina-faso", "h"}}},
	})
}
