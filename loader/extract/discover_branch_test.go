package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestDiscoverArmyHeads: the commander of a state's army or its chief of
// staff leads nothing (docs/CODEBOOK.md, "Army commanders and chiefs of
// staff"); the head of an armed group or of a state still leads it.
func TestDiscoverArmyHeads(t *testing.T) {
	runRelCases(t, []relCase{
		{"X's army chief General Y", "en", "Pakistan's army chief General Asim Munir met the Saudi defence minister in Riyadh on Monday.", nil},
		{"the head of the army, General Y", "en", "Lebanon's head of the army, General Rodolphe Haykal, visited the south.", nil},
		{"chief of staff after the name", "en", "General Asim Munir, Pakistan's army chief of staff, met the Saudi defence minister.", nil},
		{"X's army chief, also head of state", "en", "Sudan's army chief Abdel Fattah al-Burhan rejected the truce.", nil},
		{"le chef de l'armée X, Y", "fr", "Le chef de l'armée pakistanaise, Asim Munir, s'est rendu à Riyad lundi.", nil},
		{"Y, chef d'état-major de l'armée X", "fr", "Le général Asim Munir, chef d'état-major de l'armée pakistanaise, a rencontré le président turc Recep Tayyip Erdogan.", []rel{
			{"recep-tayyip-erdogan", graph.Leads, "turkey", ""}}},
		// the army after the role and its state, or the state's mention
		// holding its army
		{"the commander of X's army", "en", "The commander of Pakistan's army, General Asim Munir, met Saudi officials.", nil},
		{"the chief of the Xi army", "en", "Asim Munir, the chief of the Pakistani army, met Saudi officials.", nil},
		{"chef de l'armée du X", "fr", "Asim Munir, chef de l'armée du Pakistan, a rencontré des responsables saoudiens.", nil},
		// an army chief who holds another head role of the state leads it
		{"chef de l'armée et président du X", "fr", "Le général Abdel Fattah al-Burhane, chef de l'armée et président du Soudan, a rejeté la trêve.", []rel{
			{"abdel-fattah-al-burhan", graph.Leads, "sudan", ""}}},
		// a head of state and the head of an armed group still lead
		{"President still leads", "en", "Pakistani President Asif Ali Zardari met the army chief.", []rel{
			{"asif-ali-zardari", graph.Leads, "pakistan", ""}}},
		{"armed group's commander leads", "en", "The Arakan Army's commander, Twan Mrat Naing, said the group would fight on.", []rel{
			{"twan-mrat-naing", graph.Leads, "arakan-army", ""}}},
		{"the commander of the X Army", "en", "Twan Mrat Naing, the commander of the Arakan Army, said the group would fight on.", []rel{
			{"twan-mrat-naing", graph.Leads, "arakan-army", ""}}},
		{"chef de l'Armée X", "fr", "Le chef de l'Armée nationale libyenne, Khalifa Haftar, a reçu l'émissaire.", []rel{
			{"khalifa-haftar", graph.Leads, "lna", ""}}},
		{"chef d'un groupe armé", "fr", "Le chef du M23, Sultani Makenga, a rejeté l'offre.", []rel{
			{"sultani-makenga", graph.Leads, "m23", ""}}},
	})
}

// TestDiscoverPartiesAndCartels: names of parties and cartels end or open
// with a capitalised head noun (party_heads, org_heads); a party is an
// organisation whatever words of armed groups its name holds. The names
// are made up, so that no dictionary knows them.
func TestDiscoverPartiesAndCartels(t *testing.T) {
	for _, tc := range []struct {
		name, lang, text string
		want             []found
	}{
		{"X Movement Party", "en", "The Zorvan Nationalist Movement Party backed the offensive.",
			[]found{{"Zorvan Nationalist Movement Party", graph.KindOrganisation, nil, 1}}},
		{"party with an acronym it does not spell", "en", "The ruling Halvek Justice and Development Party (AKX) won the vote. The AKX then formed a government.",
			[]found{{"Halvek Justice and Development Party", graph.KindOrganisation, []string{"AKX"}, 3}}},
		{"Parti opening the name", "fr", "Le Parti démocratique du Zanbar a condamné les frappes.",
			[]found{{"Parti démocratique du Zanbar", graph.KindOrganisation, nil, 1}}},
		{"Cartel de los X", "en", "Washington accuses the Cartel de los Zorros of trafficking cocaine.",
			[]found{{"Cartel de los Zorros", graph.KindArmedGroup, nil, 1}}},
		{"Cartel del X fr", "fr", "Le Cartel del Zorro est accusé par Washington.",
			[]found{{"Cartel del Zorro", graph.KindArmedGroup, nil, 1}}},
		{"X Cartel", "en", "The Zorvan Cartel fought the police in Michoacán.",
			[]found{{"Zorvan Cartel", graph.KindArmedGroup, nil, 1}}},
		// no garbage: the head alone, sentence-initial capitals, months
		{"Party alone", "en", "Party officials said the talks had failed.", nil},
		{"the Party congress", "en", "In March the Party congress elected a new leader.", nil},
		{"selon le Parti", "fr", "Selon le Parti, la junte a arrêté onze responsables.", nil},
		{"Party Secretary, Party Congress", "en", "Party Secretary To Lam met Vladimir Putin. The Party Congress opened in Hanoi.", nil},
		{"Former X Party leader", "en", "Former Zorvan Labour Party leader Jeremy Corbyn spoke.",
			[]found{{"Zorvan Labour Party", graph.KindOrganisation, nil, 1}, {"Jeremy Corbyn", graph.KindPerson, nil, 1}}},
		{"Party of X", "en", "The Party of Zorvan Regions was banned.",
			[]found{{"Party of Zorvan Regions", graph.KindOrganisation, nil, 1}}},
		{"Parti au pouvoir", "fr", "Parti au pouvoir depuis 2003, il a perdu la majorité.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assertDiscovered(t, tc.lang, tc.text, tc.want)
		})
	}
}
