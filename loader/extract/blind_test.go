package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/actorgraph/actorgraph/graph"
)

// TestBlindRules: the constructions of writers who never saw the
// extractor (blind.go): speakers of a trailing attribution are no
// parties, denials win over another reading of the sentence, object
// negations, contingents and member lists, designations as terrorist.
func TestBlindRules(t *testing.T) {
	runRelCases(t, []relCase{
		// speakers of a trailing attribution
		{"demonym officials say", "en", "North Korea has shipped artillery shells to Russia, South Korean and Ukrainian officials say.", []rel{
			{"north-korea", graph.Supplies, "russia", "h"}}},
		{"state officials said", "en", "Russia supplied drones to Mali, US officials said.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
		{"a list of objects before the speakers", "en", "Russia supplied drones to Mali, Niger and Chad, US and French officials said.", []rel{
			{"russia", graph.Supplies, "mali", "h"}, {"russia", graph.Supplies, "niger", "h"}, {"russia", graph.Supplies, "chad", "h"}}},
		{"no source noun: a list", "en", "Russia supplied drones to Mali, Niger and Chad.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "niger", ""}, {"russia", graph.Supplies, "chad", ""}}},
		// denials
		{"a denial wins over another reading", "en", "China, which Western capitals accuse of providing the machine tools that keep Russia's arms industry running, has never been shown to supply weapons to Moscow.", []rel{
			// the accusation's relative closes before the denial: not hedged
			{"china", graph.Supplies, "russia", "n"}}},
		{"object negation", "en", "Iran insists that it has sent no missiles to Russia.", []rel{
			{"iran", graph.Supplies, "russia", "n"}}},
		{"object negation fr", "fr", "L'Iran affirme avoir livré aucun missile à la Russie.", []rel{
			{"iran", graph.Supplies, "russia", "n"}}}, // its own declaration: not hedged
		// contingents
		{"with contingents from", "en", "The MSS mission deployed in Haiti with smaller contingents from Jamaica, Guatemala and El Salvador.", []rel{
			{"jamaica", graph.MemberOf, "mss-haiti", ""}, {"guatemala", graph.MemberOf, "mss-haiti", ""}, {"el-salvador", graph.MemberOf, "mss-haiti", ""}}},
		{"possessive contingents fr", "fr", "La SAMIM a quitté le pays en juillet 2024. Ses soldats, venus notamment d'Afrique du Sud, du Botswana et du Lesotho, avaient combattu les insurgés.", []rel{
			{"south-africa", graph.MemberOf, "samim", ""}, {"botswana", graph.MemberOf, "samim", ""}, {"lesotho", graph.MemberOf, "samim", ""}}},
		{"troops withdrawn from a state", "en", "The UN mission was criticised. Abu Dhabi withdrew most of its own troops from Yemen in 2019.", nil},
		// member lists
		{"among its members", "en", "Viv Ansanm attacked the police. Among its members are 400 Mawozo and Kraze Baryè.", []rel{
			{"400-mawozo", graph.MemberOf, "viv-ansanm", ""}, {"kraze-barye", graph.MemberOf, "viv-ansanm", ""}}},
		{"parmi ses membres", "fr", "Le JNIM a attaqué Bamako. Parmi ses membres figurent Katiba Macina et Ansar Dine.", []rel{
			{"jnim", graph.Opposed, "mali", ""}, {"katiba-macina", graph.MemberOf, "jnim", ""}, {"ansar-dine", graph.MemberOf, "jnim", ""}}},
		// designations
		{"declared terrorist organisations", "en", "Washington declared Viv Ansanm and Gran Grif foreign terrorist organisations in May 2025.", []rel{
			{"united-states", graph.Opposed, "viv-ansanm", ""}, {"gran-grif", graph.Opposed, "united-states", ""}}},
		{"classé organisation terroriste", "fr", "Les États-Unis ont classé le Viv Ansanm comme organisation terroriste.", []rel{
			{"united-states", graph.Opposed, "viv-ansanm", ""}}},
		// the recipient before the agent
		{"supplied to X by Y", "en", "Weapons were sent to Mali by Russia and Turkey.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"turkey", graph.Supplies, "mali", ""}}},
		{"livrées au X par Y", "fr", "Des armes ont été livrées au Mali et au Niger par la Turquie.", []rel{
			{"turkey", graph.Supplies, "mali", ""}, {"turkey", graph.Supplies, "niger", ""}}},
		{"no passive auxiliary", "en", "Russia sent weapons to Mali by air.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		// a leader named by a possessive role
		{"its leader", "en", "Belarus hosts Russian troops. Its leader, Alexander Lukashenko, who has ruled since 1994, is expected to win.", []rel{
			{"alexander-lukashenko", graph.Leads, "belarus", ""}}},
		{"son président", "fr", "Le Burkina Faso a rejoint l'AES. Son président, Ibrahim Traoré, a signé.", []rel{
			{"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"ibrahim-traore", graph.Leads, "burkina-faso", ""}}},
		{"its former leader", "en", "Belarus hosts Russian troops. Its former leader, Alexander Lukashenko, met Vladimir Putin.", nil},
		// a locative membership
		{"qui y participait", "fr", "La SAMIM a quitté le pays. La Tanzanie, qui y participait, a maintenu des troupes.", []rel{
			{"tanzania", graph.MemberOf, "samim", ""}}},
		{"n'y participe plus", "fr", "La SAMIM a quitté le pays. La Tanzanie n'y a participé.", []rel{
			{"tanzania", graph.MemberOf, "samim", "n"}}},
		// reactions to another's act
		{"condemned the attack by", "en", "Turkey condemned the attack by the RSF on El Fasher.", nil},
		{"a condamné l'attaque du", "fr", "L'ONU a condamné l'attaque du JNIM contre l'armée malienne.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"claimed the attack", "fr", "Le JNIM a revendiqué l'attaque contre l'armée malienne.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"declared no designation", "en", "Washington declared Viv Ansanm a threat.", nil},
	})
}

// TestHomeStateOrigins: an origin ("Chinese-made") does not count for the
// home state, so "the army" of a text that names no other state is none.
func TestHomeStateOrigins(t *testing.T) {
	c := run(t, "en", "The army received Chinese-made rifles. The army attacked JNIM.")
	assert.NotContains(t, relations(c), rel{"china", graph.Opposed, "jnim", ""})
	assert.NotContains(t, relations(c), rel{"jnim", graph.Opposed, "china", ""})
}
