package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestAlongsideOwner: an actor named as the owner of what an "alongside"
// phrase names (« aux côtés des hommes du FLA », "alongside fighters of
// the FLA") is the ally, not the object of the verb before: the army
// fighting alongside the FLA's men does not fight the FLA.
func TestAlongsideOwner(t *testing.T) {
	runRelCases(t, []relCase{
		{"aux côtés des rebelles du", "fr", "L'armée malienne combat aux côtés des rebelles du FLA contre le JNIM.", []rel{
			{"fla", graph.Allied, "mali", ""}, {"jnim", graph.Opposed, "mali", ""}, {"fla", graph.Opposed, "jnim", ""}}},
		{"aux côtés des hommes du", "fr", "L'armée malienne combat aux côtés des hommes du FLA.", []rel{
			{"fla", graph.Allied, "mali", ""}}},
		{"alongside fighters of the", "en", "The Malian army fights alongside fighters of the FLA against the JNIM.", []rel{
			{"fla", graph.Allied, "mali", ""}, {"jnim", graph.Opposed, "mali", ""}, {"fla", graph.Opposed, "jnim", ""}}},
		// the owned words end at a capital: the FLA is fought
		{"combat le FLA", "fr", "L'armée malienne combat le FLA aux côtés des soldats russes.", []rel{
			{"fla", graph.Opposed, "mali", ""}, {"mali", graph.Allied, "russia", ""}}},
	})
}

// TestOwnAlliesSubject: "X and its allies" before a verb is the verb's
// subject with X in it; a second predicate needs a first one before X
// ("Russia delivered drones to Mali and the rebels attacked": no subject).
func TestOwnAlliesSubject(t *testing.T) {
	runRelCases(t, []relCase{
		{"and its allies attacked", "en", "Mali and its allies attacked the JNIM.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"and its soldiers have attacked", "en", "Mali and its soldiers have attacked the JNIM.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"army and its allies repelled", "en", "The Sudanese army and its allies repelled the RSF.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
		{"et ses voisins ont attaqué", "fr", "Le Mali et ses voisins ont attaqué le JNIM.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"second predicate with a subject of its own", "en", "Russia delivered drones to Mali and the rebels attacked the JNIM.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		// "its Russian allies": the possessor's allies are Russia, not the JNIM attacked
		{"its Russian allies attacked", "en", "Mali and its Russian allies attacked the JNIM.", []rel{
			{"jnim", graph.Opposed, "mali", ""}, {"jnim", graph.Opposed, "russia", ""}, {"mali", graph.Allied, "russia", ""}}},
	})
}

// TestOwnBody: an organisation's name in lower case after a possessive is
// the owner's own body (« son conseil de sécurité »), not the organisation.
func TestOwnBody(t *testing.T) {
	runRelCases(t, []relCase{
		{"son conseil de sécurité", "fr", "Son conseil de sécurité a rompu les relations avec le Tchad.", nil},
		{"le Conseil de sécurité", "fr", "Le Conseil de sécurité a sanctionné le Mali.", []rel{
			{"mali", graph.Opposed, "united-nations", ""}}},
	})
}

// TestSecurityPact: a security pact is an alliance (CODEBOOK: defence
// pacts and security agreements).
func TestSecurityPact(t *testing.T) {
	runRelCases(t, []relCase{
		{"signed a security pact", "en", "Ethiopia and Eritrea signed a security pact.", []rel{
			{"eritrea", graph.Allied, "ethiopia", ""}}},
		{"pacte de sécurité", "fr", "L'Éthiopie et l'Érythrée ont signé un pacte de sécurité.", []rel{
			{"eritrea", graph.Allied, "ethiopia", ""}}},
		{"pacte de défense mutuelle", "fr", "L'Éthiopie et l'Érythrée ont signé un pacte de défense mutuelle.", []rel{
			{"eritrea", graph.Allied, "ethiopia", ""}}},
	})
}
