package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestPartyViews: a party's view that a group is another's branch, ally
// or proxy ("Turkey regards the YPG as a branch of the PKK", « que la
// Turquie considère comme une émanation du PKK ») is hedged
// (docs/CODEBOOK.md), its holder is no party to it, and the view is
// about the verb's object; what the sentence says outside the view
// stays asserted.
func TestPartyViews(t *testing.T) {
	runRelCases(t, []relCase{
		{"regards as", "en", "Ankara regards the YPG as a branch of the PKK.", []rel{
			{"ypg", graph.MemberOf, "pkk", "h"}}},
		{"has long regarded as", "en", "Turkey has long regarded the YPG as a branch of the PKK.", []rel{
			{"ypg", graph.MemberOf, "pkk", "h"}}},
		{"sees as, a role noun", "en", "Turkey sees the YPG as an offshoot of the PKK.", []rel{
			{"ypg", graph.MemberOf, "pkk", "h"}}},
		{"passive, the holder after by", "en", "The YPG is seen by Turkey as an offshoot of the PKK.", []rel{
			{"ypg", graph.MemberOf, "pkk", "h"}}},
		{"passive after an apposition", "en", "The YPG, the Kurdish militia that forms the backbone of the SDF, is regarded by Ankara as a branch of the outlawed PKK.", []rel{
			{"ypg", graph.MemberOf, "sdf", ""}, {"ypg", graph.MemberOf, "pkk", "h"}}},
		{"a relative's antecedent", "en", "The SDF, which Turkey regards as a branch of the PKK, is allied with the United States.", []rel{
			{"sdf", graph.MemberOf, "pkk", "h"}, {"sdf", graph.Allied, "united-states", ""}}},
		{"views as an ally", "en", "Israel views Hezbollah as Iran's main ally in the region.", []rel{
			{"hezbollah", graph.Allied, "iran", "h"}}},
		{"the view ends at a relative", "en", "Ankara regards the YPG as the Syrian branch of the PKK, which has waged an insurgency against the Turkish state since 1984.", []rel{
			{"ypg", graph.MemberOf, "pkk", "h"}, {"pkk", graph.Opposed, "turkey", ""}}},
		{"considère comme", "fr", "Ankara considère les YPG comme une émanation du PKK.", []rel{
			{"ypg", graph.MemberOf, "pkk", "h"}}},
		{"considérées par ... comme", "fr", "Les YPG sont considérées par la Turquie comme une émanation du PKK.", []rel{
			{"ypg", graph.MemberOf, "pkk", "h"}}},
		{"que ... considère comme", "fr", "Les Forces démocratiques syriennes, que la Turquie considère comme une branche du PKK, sont alliées aux États-Unis.", []rel{
			{"sdf", graph.MemberOf, "pkk", "h"}, {"sdf", graph.Allied, "united-states", ""}}},
		{"considère comme l'allié de", "fr", "Israël considère le Hezbollah comme le principal allié de l'Iran.", []rel{
			{"hezbollah", graph.Allied, "iran", "h"}}},
		// a view of people no actor names: no relation for another actor
		{"présentées par ... comme, no object", "fr", "La frappe a tué onze personnes présentées par l'administration Trump comme des membres du gang Tren de Aragua.", nil},
		// an agentless passive names the view's object, not its holder
		{"is seen as", "en", "Turkey is widely seen as Mali's main drone supplier.", []rel{
			{"turkey", graph.Supplies, "mali", "h"}}},
		{"est considérée comme", "fr", "La Turquie est considérée comme le principal fournisseur de drones du Mali.", []rel{
			{"turkey", graph.Supplies, "mali", "h"}}},
		// "as well as" is no view
		{"as well as", "en", "Russia supplies weapons to Mali as well as to Burkina Faso.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "burkina-faso", ""}}},
	})
}
