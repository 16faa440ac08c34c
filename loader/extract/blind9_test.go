package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestBlind9Rules: the constructions of the ninth session's blind
// articles (en-blind-09, en-blind-11, fr-blind-10, fr-blind-11), each in
// both languages where the language has it.
func TestBlind9Rules(t *testing.T) {
	runRelCases(t, []relCase{
		// a short form found in the article, after an elided article
		// opening a sentence (French only: English has no elision)
		{"L'ACR en tête de phrase", "fr", "L'Alliance Fleuve Congo (AFC) contrôle Goma. L'AFC est présidée par Corneille Nangaa.", []rel{
			{"corneille-nangaa", graph.Leads, "alliance-fleuve-congo", ""}}},
		{"L'ACR sujet", "fr", "L'Armée de libération du Kivu (ALK) est apparue en 2020. L'ALK a attaqué le M23 en mars.", []rel{
			{"armee-de-liberation-du-kivu", graph.Opposed, "m23", ""}}},
		// "X movement of PERSON": a head noun between the group and "of"
		{"movement of PERSON", "en", "Hezbollah can still count on the Amal movement of Nabih Berri, the parliament speaker.", []rel{
			{"nabih-berri", graph.Leads, "amal-movement", ""}}},
		{"faction of PERSON", "en", "The Joint Forces include the Sudan Liberation Army faction of Minni Minawi, the governor of Darfur.", []rel{
			{"minni-minawi", graph.Leads, "sudan-liberation-movement", ""}}},
		{"mouvement X de PERSONNE", "fr", "Le Hezbollah compte sur le mouvement Amal de Nabih Berri, le président du Parlement.", []rel{
			{"nabih-berri", graph.Leads, "amal-movement", ""}}},
		// an object relative: the antecedent is the object, also after an
		// apposition of the antecedent
		{"which X has armed", "en", "The M23, which Rwanda has armed since 2022, took Goma.", []rel{
			{"rwanda", graph.Supplies, "m23", ""}}},
		{"apposition, which X has armed", "en", "The M23, a rebel group, which Rwanda has armed since 2022, took Goma.", []rel{
			{"rwanda", graph.Supplies, "m23", ""}}},
		{"que X finance", "fr", "Les FARDC s'appuient sur Wazalendo, que Kinshasa finance depuis 2023.", []rel{
			{"dr-congo", graph.Allied, "wazalendo", ""}, {"dr-congo", graph.Supplies, "wazalendo", ""}}},
		{"apposition, que X arment", "fr", "Le Nigeria s'appuie sur la Civilian Joint Task Force (CJTF), une milice née en 2013 à Maiduguri, que les autorités nigérianes arment.", []rel{
			{"cjtf", graph.Allied, "nigeria", ""}, {"nigeria", graph.Supplies, "cjtf", ""}}},
	})
}
