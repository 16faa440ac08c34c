package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/stretchr/testify/assert"
)

// TestBlind8bRules: general constructions found through the eighth
// session's blind articles (second pass), in both languages where the
// language has them.
func TestBlind8bRules(t *testing.T) {
	runRelCases(t, []relCase{
		// a long name before the acronym of an actor of the lexicon is that actor
		{"long name (lexicon acronym)", "en", "The Colombian army attacked the National Liberation Army (ELN) in Arauca.", []rel{
			{"colombia", graph.Opposed, "eln", ""}}},
		{"nom long (sigle du lexique)", "fr", "L'armée colombienne a attaqué l'Armée de libération nationale (ELN) en Arauca.", []rel{
			{"colombia", graph.Opposed, "eln", ""}}},
		// a group's leadership body is the group
		{"run by its Central Command", "en", "The ELN is run by a five-member Central Command.", nil},
		{"dirigée par son Commandement central", "fr", "L'ELN est dirigée par son Commandement central.", nil},
		{"Central Command of the group", "en", "The Colombian army attacked the Central Command of the ELN.", []rel{
			{"colombia", graph.Opposed, "eln", ""}}},
		{"Bureau politique du groupe", "fr", "L'armée colombienne a attaqué le Commandement central de l'ELN.", []rel{
			{"colombia", graph.Opposed, "eln", ""}}},
	})
}

// TestLongNameOfLexiconAcronym: the long name is a form of the actor of
// the lexicon, not a new actor.
func TestLongNameOfLexiconAcronym(t *testing.T) {
	c := run(t, "en", "In January, columns of the National Liberation Army (ELN) moved through Catatumbo. The National Liberation Army denied it.")
	assert.Equal(t, []string{"eln"}, actorIDs(c))
	c = run(t, "en", "The group is run by a five-member Central Command. The ELN denied it.")
	assert.Equal(t, []string{"eln"}, actorIDs(c))
}
