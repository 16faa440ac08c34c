package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestPrecisionRules: constructions of unseen text that gave spurious
// relations (the precision work of the eighth session): origins of
// seized equipment and listed origins, the recipient home state,
// questions, help given by several actors, a place's bracketed short
// form, an adversary past an ally.
func TestPrecisionRules(t *testing.T) {
	runRelCases(t, []relCase{
		// origins of seized equipment, listed origins
		{"origin seized from the subject", "en", "Weapons seized from al-Shabaab fighters have included Iranian-made rifles.", nil},
		{"origine saisie chez le sujet", "fr", "L'armée colombienne a saisi dans un camp de l'ELN des fusils de fabrication vénézuélienne.", nil},
		{"origin still supplies a recipient", "en", "The Malian army has received Turkish-made drones.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"origines coordonnées saisies", "fr", "Des armes de fabrication serbe et chinoise ont été saisies sur des combattants du M23.", nil},
		{"origines coordonnées reçues", "fr", "L'armée malienne a reçu des drones de fabrication turque et iranienne.", []rel{
			{"turkey", graph.Supplies, "mali", ""}, {"iran", graph.Supplies, "mali", ""}}},
		{"listed origins are no counted list", "fr", "Le Rwanda et le Burundi ont signé un pacte de défense. Des armes de fabrication serbe et chinoise ont été saisies. Les deux pays mènent des patrouilles communes.", []rel{
			{"burundi", graph.Allied, "rwanda", ""}, {"burundi", graph.Allied, "rwanda", ""}}},
		{"frontière commune", "fr", "Le Rwanda et le Burundi ont fermé leur frontière commune.", nil},
		// the home state of an unnamed recipient
		{"home recipient: the state of the institutions", "en", "China hosted the talks in Kunming. China closed border crossings. China cut electricity to the towns. Myanmar's military government agreed a truce. Moscow delivered six Su-30 fighters in December.", []rel{
			{"russia", graph.Supplies, "myanmar", ""}}},
		// questions
		{"une question n'affirme rien", "fr", "Les États-Unis ont frappé les Houthis en janvier. L'Iran leur fournit-il des armes ?", []rel{
			{"houthis", graph.Opposed, "united-states", ""}}},
		{"a question states nothing", "en", "Has Russia sent drones to Mali?", nil},
		// help is given, not shared
		{"soutien apporté à des frappes", "fr", "L'Australie, Bahreïn, le Canada et les Pays-Bas ont apporté un soutien logistique à ces frappes.", nil},
		{"support for the strikes", "en", "Australia, Bahrain and Canada provided support for the strikes.", nil},
		{"backed the offensive", "en", "The UAE and Egypt backed the offensive.", nil},
		{"ont soutenu l'offensive", "fr", "Les Émirats arabes unis et l'Égypte ont soutenu l'offensive.", nil},
		{"a pact is shared", "en", "Turkey and Azerbaijan signed a mutual defence pact in 2021.", []rel{
			{"azerbaijan", graph.Allied, "turkey", ""}}},
		{"allies are mutual", "en", "Russia and Belarus are allies.", []rel{
			{"belarus", graph.Allied, "russia", ""}}},
		// a place's bracketed short form
		{"mission en Libye (Manul)", "fr", "Au moins huit civils ont été tués, selon la mission des Nations unies en Libye (Manul).", []rel{
			{"unsmil", graph.MemberOf, "united-nations", "h"}}},
		{"mission in Libya (UNSMIL)", "en", "The UN mission in Libya (UNSMIL) has had four envoys.", []rel{
			{"unsmil", graph.MemberOf, "united-nations", ""}}},
		// past an ally, the adversary follows "against"
		{"aux côtés du M23 et que Kigali", "fr", "Le M23 a pris Goma. Les experts estiment que 3 000 soldats rwandais combattent aux côtés du M23 dans le Nord-Kivu et que Kigali exerce un contrôle de fait sur les opérations du mouvement.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"aux côtés du M23 contre", "fr", "Des soldats rwandais combattent aux côtés du M23 contre l'armée congolaise.", []rel{
			{"m23", graph.Allied, "rwanda", ""}, {"dr-congo", graph.Opposed, "rwanda", ""}, {"dr-congo", graph.Opposed, "m23", ""}}},
	})
}
