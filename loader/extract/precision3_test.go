package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestPrecision3Rules: the causes of wrong edges found by auditing fresh
// articles (branch precision3), each case a sentence of none of them.
func TestPrecision3Rules(t *testing.T) {
	runRelCases(t, []relCase{
		// a religious or ethnic adjective before a head noun names no
		// group
		{"mostly Shia militias", "en", "Kataib Hezbollah belongs to a coalition of mostly Shia militias that fought the Islamic State group.", []rel{
			{"islamic-state", graph.Opposed, "kataib-hezbollah", ""}}},
		// a form that is also a given name, before a surname, names
		// another person; a person's form needs a capital
		{"Amal Clooney", "en", "The lawyer Amal Clooney said the RSF had attacked civilians in Darfur.", nil},
		{"Petro Poroshenko", "en", "Petro Poroshenko said Russia had attacked Ukraine in 2014.", []rel{
			{"russia", graph.Opposed, "ukraine", "h"}}},
		{"elephant tusk", "en", "An elephant tusk was seized by Kenyan police in a raid on al-Shabaab fighters.", nil},
		{"Amal fighters: the group", "en", "Amal fighters fought alongside Hezbollah in the south.", []rel{
			{"amal-movement", graph.Allied, "hezbollah", ""}}},
	})
}
