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
