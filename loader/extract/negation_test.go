package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestNegationDirection: a relation is read in no direction the text does
// not give: trade in a relative clause is no supply, a training followed
// is received, and goods that hit an actor are not delivered to it.
func TestNegationDirection(t *testing.T) {
	runRelCases(t, []relCase{
		{"trade bought in a relative", "fr", "Israël, qui achète une bonne partie de son pétrole à Bakou, lui a vendu des drones kamikazes Harop.", []rel{
			{"israel", graph.Supplies, "azerbaijan", ""}}},
		{"oil bought is business", "en", "Israel buys most of its oil from Azerbaijan.", nil},
		{"fuel and drones bought are supplies", "en", "Mali bought fuel and drones from Turkey.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"suivi des formations", "fr", "Des officiers de l'ANL ont suivi des formations dans des académies militaires turques.", []rel{
			{"turkey", graph.Trains, "lna", ""}}},
		{"attended courses at", "en", "Libyan officers attended courses at Turkish military academies.", []rel{
			{"turkey", graph.Trains, "libya", ""}}},
		{"goods that hit an actor", "en", "Iran supplied the drones that have hit Ukrainian cities since 2022.", nil},
		{"goods that hit the home state", "en", "Ukraine's army needs air defence. Iran supplied the drones that have hit Ukrainian cities since 2022.", nil},
		{"the subject of a relative on the goods", "en", "Turkey sold Mali the drones that the Malian army flies.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"a supplier's previous recipient", "en", "Ukraine's army needs drones. Tehran admits that it sent drones to Russia. Iran also delivered missiles, Washington said.", []rel{
			{"iran", graph.Supplies, "russia", ""}, {"iran", graph.Supplies, "russia", "h"}}},
		{"no previous recipient: home", "en", "Ukraine's army needs drones. Iran delivered missiles, Washington said.", []rel{
			{"iran", graph.Supplies, "ukraine", "h"}}},
	})
}

// TestNegationCessation: a standing relation that has stopped is negated;
// of deliveries and attacks the past acts count (docs/CODEBOOK.md,
// "stopped supplying Mali").
func TestNegationCessation(t *testing.T) {
	runRelCases(t, []relCase{
		{"no longer a member", "en", "Mali is no longer a member of ECOWAS.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}}},
		{"n'est plus membre", "fr", "Le Mali n'est plus membre de la Cédéao.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}}},
		{"no longer supplies", "en", "Russia no longer supplies weapons to Armenia.", []rel{
			{"russia", graph.Supplies, "armenia", ""}}},
		{"ne fournit plus", "fr", "La Russie ne fournit plus d'armes à l'Arménie.", []rel{
			{"russia", graph.Supplies, "armenia", ""}}},
		{"plus de, no cessation", "fr", "Plus de 500 soldats tchadiens participent à la FMM.", []rel{
			{"chad", graph.MemberOf, "mnjtf", ""}}},
		{"stopped a cooperation", "en", "Chad stopped its defence cooperation with France in 2024.", []rel{
			{"chad", graph.Allied, "france", "n"}}},
		{"a cessé sa coopération", "fr", "Le Niger a cessé sa coopération militaire avec les États-Unis.", []rel{
			{"niger", graph.Allied, "united-states", "n"}}},
		{"stopped attacking", "en", "Niger has stopped attacking Boko Haram.", []rel{
			{"boko-haram", graph.Opposed, "niger", ""}}},
		{"an ended membership negates the one before", "en", "Mali is a member of ECOWAS. Since January, Mali is no longer a member of ECOWAS.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}, {"mali", graph.MemberOf, "ecowas", "n"}}},
	})
}

// TestNegationDenials: refusals and the absence of evidence deny.
func TestNegationDenials(t *testing.T) {
	runRelCases(t, []relCase{
		{"refused to supply", "en", "Germany refused to supply tanks to Ukraine.", []rel{
			{"germany", graph.Supplies, "ukraine", "n"}}},
		{"a refusé de livrer", "fr", "L'Allemagne a refusé de livrer des chars à l'Ukraine.", []rel{
			{"germany", graph.Supplies, "ukraine", "n"}}},
		{"no evidence that", "en", "There is no evidence that Iran supplied missiles to the Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", "n"}}},
		{"aucune preuve que", "fr", "Il existe aucune preuve que l'Iran a livré des missiles aux Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", "n"}}},
	})
}

// TestNegationRoleDirection: a role read after a relative's copula is the
// relative's actor's, and a phrase read both ways keeps its role reading.
func TestNegationRoleDirection(t *testing.T) {
	runRelCases(t, []relCase{
		{"whose main supplier is", "en", "Mali, whose main supplier is Turkey, received drones.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"dont le principal fournisseur est", "fr", "Le Mali, dont le principal fournisseur est la Turquie, a reçu des drones.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"dont X est le principal allié", "fr", "Le Mali, dont la Russie est le principal allié, a reçu des drones.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"dont X est le chef", "fr", "Le JNIM, dont Iyad Ag Ghaly est le chef, a attaqué Kayes.", []rel{
			{"iyad-ag-ghaly", graph.Leads, "jnim", ""}}},
		{"of which X is the main supplier", "en", "Mali, of which Turkey is the main supplier, received drones.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
	})
}

// TestNegationEllipsisAndLocative: an ellipsis repeats the earlier
// trigger's negation and departure; a departure from a pronoun for an
// organisation leaves the topic organisation.
func TestNegationEllipsisAndLocative(t *testing.T) {
	runRelCases(t, []relCase{
		{"followed suit on a departure", "en", "Mali left ECOWAS, and Niger followed suit.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}, {"niger", graph.MemberOf, "ecowas", "n"}}},
		{"and neither has", "en", "Saudi Arabia has not joined Operation Prosperity Guardian, and neither has Egypt.", []rel{
			{"saudi-arabia", graph.MemberOf, "operation-prosperity-guardian", "n"}, {"egypt", graph.MemberOf, "operation-prosperity-guardian", "n"}}},
		{"and so did", "en", "Saudi Arabia joined Operation Prosperity Guardian, and so did Egypt.", []rel{
			{"saudi-arabia", graph.MemberOf, "operation-prosperity-guardian", ""}, {"egypt", graph.MemberOf, "operation-prosperity-guardian", ""}}},
		{"s'en est retiré", "fr", "La Force multinationale mixte combat Boko Haram. Le Niger s'en est retiré en mars dernier.", []rel{
			{"boko-haram", graph.Opposed, "mnjtf", ""}, {"niger", graph.MemberOf, "mnjtf", "n"}}},
		{"s'en est retiré: the topic, not the last named", "fr", "La Force multinationale mixte (FMM) faiblit. Soutenue par l'Union africaine, elle combat Boko Haram. Le Niger s'en est retiré en mars.", []rel{
			{"boko-haram", graph.Opposed, "mnjtf", ""}, {"african-union", graph.Allied, "mnjtf", ""}, {"niger", graph.MemberOf, "mnjtf", "n"}}},
		{"a démenti avoir formé", "fr", "Ankara a démenti avoir formé des pilotes nigériens.", []rel{
			{"turkey", graph.Trains, "niger", "n"}}},
	})
}
