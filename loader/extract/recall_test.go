package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestRecallRules: the seventh session's general constructions
// (recall.go): a second predicate keeps the first one's subject, noun
// appositions name their subject, a phrase inside an apposition
// qualifies its noun, not the verb before it.
func TestRecallRules(t *testing.T) {
	runRelCases(t, []relCase{
		// a second predicate joined by a predicate link
		{"second predicate en", "en", "Russia delivered drones to Mali and later attacked Ukraine.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Opposed, "ukraine", ""}}},
		{"second predicate fr", "fr", "La Russie a livré des drones au Mali puis a attaqué l'Ukraine.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Opposed, "ukraine", ""}}},
		{"second predicate with an auxiliary fr", "fr", "La Turquie a livré des drones au Niger et a formé les soldats du Mali.", []rel{
			{"turkey", graph.Supplies, "niger", ""}, {"turkey", graph.Trains, "mali", ""}}},
		{"a subject of its own that names no actor", "en", "Russia delivered drones to Mali and the rebels attacked Niger.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"a new subject named", "en", "Russia delivered drones to Mali, and Niger attacked the JNIM.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"jnim", graph.Opposed, "niger", ""}}},
		{"a list is one clause", "en", "Russia delivered drones to Mali and Niger.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "niger", ""}}},
		{"a list of subjects is one clause", "en", "Chad and Niger attacked Boko Haram.", []rel{
			{"boko-haram", graph.Opposed, "chad", ""}, {"boko-haram", graph.Opposed, "niger", ""}, {"chad", graph.Allied, "niger", ""}}},
		// noun appositions
		{"apposition after a preposition fr", "fr", "Les forces rwandaises combattent les insurgés d'Ansar al-Sunna, un groupe jihadiste affilié à l'État islamique, dans le nord.", []rel{
			{"islamic-state-mozambique", graph.Opposed, "rwanda", ""}, {"islamic-state-mozambique", graph.MemberOf, "islamic-state", ""}}},
		{"a trigger's with is no companion", "en", "Ansar al-Sunna, a jihadist group affiliated with the Islamic State, attacked Rwandan troops.", []rel{
			{"islamic-state-mozambique", graph.MemberOf, "islamic-state", ""}, {"islamic-state-mozambique", graph.Opposed, "rwanda", ""}}},
		{"backed by in an apposition", "en", "Mali fought the M23, a rebel group backed by Rwanda.", []rel{
			{"m23", graph.Opposed, "mali", ""}, {"m23", graph.Allied, "rwanda", ""}}},
		// pronoun objects
		{"it: the sentence's first actor", "en", "Saudi Arabia went to war against Iran in 2015, with the United Arab Emirates fighting alongside it.", []rel{
			{"iran", graph.Opposed, "saudi-arabia", ""}, {"saudi-arabia", graph.Allied, "united-arab-emirates", ""}, {"iran", graph.Opposed, "united-arab-emirates", ""}}},
		{"a clitic: the actor opening the sentence before", "fr", "Le JNIM a attaqué Bamako en 2020. Les FACA, épaulées par les hommes de Wagner, l'avaient repoussée en janvier 2021.", []rel{
			{"jnim", graph.Opposed, "mali", ""}, {"central-african-republic", graph.Allied, "wagner-group", ""}, {"central-african-republic", graph.Opposed, "jnim", ""}}},
		{"a clitic needs an auxiliary", "fr", "Le JNIM a attaqué Bamako. Les FACA les attaques.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"no pronoun for the subject itself", "en", "Turkey trained it.", nil},
		// ended agreements: the alliance is a standing relation ended,
		// negated (docs/CODEBOOK.md, "Ended standing relations"), and the
		// ending is hostile
		{"an agreement revoked", "en", "Niger revoked its military cooperation agreement with the United States in March.", []rel{
			{"niger", graph.Allied, "united-states", "n"}, {"niger", graph.Opposed, "united-states", ""}}},
		{"an agreement ended fr", "fr", "Le Tchad a mis fin à l'accord de coopération de défense avec la France.", []rel{
			{"chad", graph.Allied, "france", "n"}, {"chad", graph.Opposed, "france", ""}}},
		{"an agreement denounced fr", "fr", "Niamey a dénoncé en mars l'accord de coopération militaire qui le liait aux États-Unis.", []rel{
			{"niger", graph.Allied, "united-states", "n"}, {"niger", graph.Opposed, "united-states", ""}}},
		{"an agreement to be ended", "en", "Niger plans to revoke its military cooperation agreement with the United States.", nil},
		{"an agreement signed", "en", "Niger signed a military cooperation agreement with Russia.", []rel{
			{"niger", graph.Allied, "russia", ""}}},
	})
}
