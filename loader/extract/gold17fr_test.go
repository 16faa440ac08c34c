package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestIndefiniteRoleNameAfter: an indefinite leader role whose holder is
// a name no dictionary knows, read after it (« une accusation que son
// homologue algérien, Ahmed Attaf, rejette »), is a mention added past the
// sentence's own: keeping only persons must not index the sentence's
// mentions with it (relate.go, roleRules; it panicked).
func TestIndefiniteRoleNameAfter(t *testing.T) {
	runRelCases(t, []relCase{
		{"homologue", "fr", "Le ministre malien des Affaires étrangères, Abdoulaye Diop, accuse régulièrement Alger de « sponsoriser le terrorisme », une accusation que son homologue algérien, Ahmed Attaf, rejette comme « indigne ».", nil},
	})
}

// TestCoordinatedAttacks: coordinating one's attacks or operations with a
// group (« coordonner ses attaques avec le JNIM ») is allied, as "en
// coordination avec" is, not a hostile "attaques avec" (fr.yaml, allied
// triggers).
func TestCoordinatedAttacks(t *testing.T) {
	runRelCases(t, []relCase{
		{"accusé, démenti", "fr", "La junte accuse le FLA de coordonner ses attaques avec le JNIM, ce que les rebelles démentent.", []rel{
			{"fla", graph.Allied, "jnim", "h"}}},
		{"opérations", "fr", "Le FLA coordonne ses opérations avec le JNIM.", []rel{
			{"fla", graph.Allied, "jnim", ""}}},
	})
}

// TestSupplyCorridor: serving as a group's supply corridor is allied, as a
// rear base is (docs/CODEBOOK.md, "Supply corridors"; fr.yaml).
func TestSupplyCorridor(t *testing.T) {
	runRelCases(t, []relCase{
		{"accusé", "fr", "Le Soudan accuse le Tchad de servir de couloir d'approvisionnement aux FSR.", []rel{
			{"chad", graph.Allied, "rsf", "h"}}},
	})
}

// TestIntelligenceGiven: giving or sharing intelligence is allied, not
// supplies (docs/CODEBOOK.md, "Intelligence sharing"); the bare "échangent
// des renseignements" names no partner and gives nothing.
func TestIntelligenceGiven(t *testing.T) {
	runRelCases(t, []relCase{
		{"fourni des renseignements", "fr", "Selon des médias algériens, l'Ukraine aurait fourni des renseignements au FLA lors des combats.", []rel{
			{"fla", graph.Allied, "ukraine", "h"}}},
		{"drones stay supplies", "fr", "L'Ukraine a fourni des drones au FLA.", []rel{
			{"ukraine", graph.Supplies, "fla", ""}}},
		{"échangent avec", "fr", "La France échange des renseignements avec le Tchad.", []rel{
			{"chad", graph.Allied, "france", ""}}},
		{"no partner", "fr", "Les deux pays continuent d'échanger des renseignements sur la situation au Soudan.", nil},
	})
}

// TestMustFace: « doit faire face à » states a present fight, not an
// obligation to come (fr.yaml, not_intent).
func TestMustFace(t *testing.T) {
	runRelCases(t, []relCase{
		{"doit faire face", "fr", "L'armée nigérienne doit aussi faire face à l'État islamique au Sahel.", []rel{
			{"islamic-state-sahel", graph.Opposed, "niger", ""}}},
	})
}

// TestLexiconGold17fr: actors and leaders the seventeenth session's French
// articles name (the Cemoc; Viktor Orbán heads Hungary's government, so «
// le gouvernement de Viktor Orbán » is Hungary's, not another state's).
func TestLexiconGold17fr(t *testing.T) {
	runRelCases(t, []relCase{
		{"Cemoc", "fr", "Le Mali s'est retiré du Comité d'état-major opérationnel conjoint (Cemoc), une structure basée à Tamanrasset qui réunit l'Algérie, la Mauritanie et le Niger.", []rel{
			{"mali", graph.MemberOf, "cemoc", "n"}, {"algeria", graph.MemberOf, "cemoc", ""}, {"mauritania", graph.MemberOf, "cemoc", ""}, {"niger", graph.MemberOf, "cemoc", ""}}},
		{"gouvernement de Viktor Orbán", "fr", "Le gouvernement de Viktor Orbán accuse le Rwanda.", []rel{
			{"viktor-orban", graph.Leads, "hungary", ""}}},
	})
}

// TestPlaceOpener: a home institution right after a clause that opens on
// a state as its place (« Au Niger, l'armée ... », « ; au Niger, l'armée »)
// is that state's, not the home state's; a companion (« Avec le Niger, »)
// is no place; a neighbour noun may stand between a state and « où » («
// le Soudan voisin, où l'armée ») (gold17fr.go, placeOpener; relate.go,
// placeRelative).
func TestPlaceOpener(t *testing.T) {
	runRelCases(t, []relCase{
		{"au Niger", "fr", "Le Mali est en crise. Au Niger, l'armée combat l'État islamique au Sahel.", []rel{
			{"islamic-state-sahel", graph.Opposed, "niger", ""}}},
		{"after a semicolon", "fr", "Le Mali est en crise. Au Burkina Faso, le JNIM contrôle une large partie du territoire ; au Niger, l'armée doit aussi faire face à l'État islamique au Sahel.", []rel{
			{"islamic-state-sahel", graph.Opposed, "niger", ""}}},
		{"avec is no place", "fr", "Le Mali est en crise. Avec le Niger, l'armée combat l'État islamique au Sahel.", []rel{
			{"islamic-state-sahel", graph.Opposed, "mali", ""}}},
		{"voisin, où", "fr", "Le Tchad reçoit des blindés. Ce rapprochement inquiète le Soudan voisin, où l'armée affronte les FSR.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
	})
}
