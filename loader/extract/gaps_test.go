package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/stretchr/testify/assert"
)

// TestAccusedAuxiliary: "of having supplied" / « d'avoir livré » is
// governed by the accusation verb like "of supplying"; a passive
// accusation ("accused by Bamako of") accuses the actor before the verb,
// not its agent.
func TestAccusedAuxiliary(t *testing.T) {
	runRelCases(t, []relCase{
		{"of having en", "en", "Sudan accused the UAE at the UN of having delivered weapons to the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"d'avoir fr", "fr", "Le Soudan a accusé les Émirats arabes unis à l'ONU d'avoir livré des armes aux FSR.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"accused by en", "en", "Niger cut ties with Ukraine, accused by Bamako of having backed the CSP-DPA rebels.", []rel{
			{"niger", graph.Opposed, "ukraine", ""}, {"csp-dpa", graph.Allied, "ukraine", "h"}}},
		{"accusée par fr", "fr", "Le Niger a rompu ses relations avec l'Ukraine, accusée par Bamako d'avoir soutenu les rebelles du CSP-DPA.", []rel{
			{"niger", graph.Opposed, "ukraine", ""}, {"csp-dpa", graph.Allied, "ukraine", "h"}}},
	})
}

// TestSuccessionApposition: a definite apposition naming a predecessor or
// successor of the actor before it is that actor; a coordination is not
// an apposition.
func TestSuccessionApposition(t *testing.T) {
	for _, tc := range []struct {
		name, lang, text string
		want             []string
	}{
		{"apposition en", "en", "Kenya sends troops to ATMIS, the African Union Mission in Somalia.", []string{"atmis", "kenya"}},
		{"apposition fr", "fr", "Le Kenya fournit un contingent à l'Atmis, la mission de l'Union africaine en Somalie, depuis 2022.", []string{"atmis", "kenya"}},
		{"a coordination is two actors fr", "fr", "Le Kenya a servi dans l'Atmis et dans la mission de l'Union africaine en Somalie.", []string{"amisom", "atmis", "kenya"}},
		{"not of one succession", "en", "Kenya sends troops to ATMIS, the African Union.", []string{"african-union", "atmis", "kenya"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, actorIDs(run(t, tc.lang, tc.text)))
		})
	}
}

// TestClauseAfterAdverb: a new clause's subject is cut from the list
// before it also when an auxiliary or an adverb stands before its verb;
// present-tense "strike(s)" is an opposed verb; a trigger that is the
// subject of a reported clause ("said the attack", « a déclaré que la
// frappe ») has no speaker as its subject.
func TestClauseAfterAdverb(t *testing.T) {
	runRelCases(t, []relCase{
		{"an adverb before the verb en", "en", "Turkey attacked the YPG, and the SDF regularly attacked Russia.", []rel{
			{"turkey", graph.Opposed, "ypg", ""}, {"russia", graph.Opposed, "sdf", ""}}},
		{"an auxiliary before the verb en", "en", "Russia delivered drones to Mali, and Niger has attacked the JNIM.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"jnim", graph.Opposed, "niger", ""}}},
		{"an auxiliary and an adverb fr", "fr", "Le Tchad a attaqué Boko Haram, et le Niger a régulièrement attaqué l'EI.", []rel{
			{"boko-haram", graph.Opposed, "chad", ""}, {"islamic-state", graph.Opposed, "niger", ""}}},
		{"strike in the present en", "en", "Turkey attacked the YPG in 2016, and its drones regularly strike SDF commanders.", []rel{
			{"turkey", graph.Opposed, "ypg", ""}, {"sdf", graph.Opposed, "turkey", ""}}},
		{"strikes en", "en", "Israel strikes Hezbollah positions in Lebanon.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"said the attack en", "en", "Hezbollah said the attack would not deter Iran.", nil},
		{"said in a statement that the attack en", "en", "Hezbollah said in a statement that the attack would not deter Iran.", nil},
		{"a déclaré que la frappe fr", "fr", "Le Hezbollah a déclaré que la frappe ne dissuaderait pas l'Iran.", nil},
		// the agent of a participle is no subject
		{"an agent is no subject en", "en", "M23 fighters trained by Kigali attacked the DRC.", []rel{
			{"rwanda", graph.Trains, "m23", ""}, {"dr-congo", graph.Opposed, "m23", ""}}},
		{"an agent is no subject fr", "fr", "Des combattants du M23 formés par Kigali ont attaqué la RDC.", []rel{
			{"rwanda", graph.Trains, "m23", ""}, {"dr-congo", graph.Opposed, "m23", ""}}},
		// the maker supplies only when the text says it delivered
		// (docs/CODEBOOK.md, "Maker and state of origin"; lead17)
		{"a maker is not said to deliver what it made en", "en", "Drones built by Baykar were delivered to Mali.", nil},
	})
}

// TestLeaderOfInstitution: a person possessing a home institution leads
// its state ("Kim Jong Un's government"), not a state named by its name;
// a transitional or interim government is a home institution.
func TestLeaderOfInstitution(t *testing.T) {
	runRelCases(t, []relCase{
		{"possessor of a home institution en", "en", "North Korea sent troops to Russia. Kim Jong Un's government has gained experience.", []rel{
			{"north-korea", graph.Allied, "russia", ""}, {"kim-jong-un", graph.Leads, "north-korea", ""}}},
		{"not a state's name en", "en", "Putin's Russia attacked Ukraine.", []rel{
			{"russia", graph.Opposed, "ukraine", ""}}},
		{"the transitional government of en", "en", "Haiti asked for help. Frustrated, the transitional government of Prime Minister Alix Didier Fils-Aimé has turned to private help.", []rel{
			{"alix-didier-fils-aime", graph.Leads, "haiti", ""}}},
		{"le gouvernement de transition fr", "fr", "Le Mali a attaqué le JNIM. Le gouvernement de transition a sanctionné l'Algérie.", []rel{
			{"jnim", graph.Opposed, "mali", ""}, {"algeria", graph.Opposed, "mali", ""}}},
	})
}
