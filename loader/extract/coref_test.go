package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestPossessiveForces: forces or equipment named by a possessive that
// opens a clause are the sentence's subject's, else the subject's of the
// sentence before; a possessive inside a noun list stays unresolved.
func TestPossessiveForces(t *testing.T) {
	runRelCases(t, []relCase{
		{"its fighters: the subject before", "en", "Viv Ansanm controls most of the capital. In March, its fighters attacked Haitian police.", []rel{
			{"haiti", graph.Opposed, "viv-ansanm", ""}}},
		{"its fighters after a comma and a coordinator", "en", "Turkey attacked the YPG, and its drones attacked the SDF.", []rel{
			{"turkey", graph.Opposed, "ypg", ""}, {"sdf", graph.Opposed, "turkey", ""}}},
		{"ses avions after a colon fr", "fr", "L'Égypte soutient l'ANL : ses avions de chasse ont frappé l'État islamique en 2015.", []rel{
			{"egypt", graph.Allied, "lna", ""}, {"egypt", graph.Opposed, "islamic-state", ""}}},
		{"ses combattants: the subject before fr", "fr", "Le JNIM contrôle le centre du pays. Ses combattants ont attaqué l'armée malienne.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"after a short opening with no comma", "en", "Viv Ansanm controls most of the capital. In March its fighters attacked Haitian police.", []rel{
			{"haiti", graph.Opposed, "viv-ansanm", ""}}},
		{"not a person's", "en", "Assimi Goita spoke on Monday. Its fighters attacked Niger.", nil},
		{"not inside a noun list", "en", "The United States has provided most of the mission's funding and its armoured vehicles.", nil},
	})
}

// TestAccusedSecondPredicate: "X accused Y of A-ing Z and of B-ing W"
// makes Y the subject of both predicates, also in French with « et
// d'avoir ».
func TestAccusedSecondPredicate(t *testing.T) {
	runRelCases(t, []relCase{
		{"of supplying after a first object en", "en", "Sudan accused Egypt of bombing the RSF and of supplying aircraft to Chad.", []rel{
			{"egypt", graph.Opposed, "rsf", "h"}, {"egypt", graph.Supplies, "chad", "h"}}},
		{"et d'avoir fr", "fr", "Le Soudan accuse l'Égypte d'avoir bombardé les FSR et d'avoir fourni des avions au Tchad.", []rel{
			{"egypt", graph.Opposed, "rsf", "h"}, {"egypt", graph.Supplies, "chad", "h"}}},
		{"a possessor gives way to its head", "en", "Bangui accuses Sudan's Rapid Support Forces of supplying weapons to Chad.", []rel{
			{"rsf", graph.Supplies, "chad", "h"}}},
	})
}
