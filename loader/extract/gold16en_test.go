package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestGold16RoleAfterDeepRelative: the holder of a role after a comma is
// kept when the relative clause it ends starts deep in the phrase the
// comma opens, not right after that comma.
func TestGold16RoleAfterDeepRelative(t *testing.T) {
	runRelCases(t, []relCase{
		{"after a year in which X killed Y, Z's leader", "en", "The group is weaker today, after a year in which Israeli jets killed Hassan Nasrallah, Hezbollah's leader, in Beirut.", []rel{
			{"hassan-nasrallah", graph.Leads, "hezbollah", ""}, {"hezbollah", graph.Opposed, "israel", ""}}},
		// a relative right after the comma still closes the holder's clause
		{"whose commander is X, is a member of", "en", "The Arakan Army, whose commander-in-chief is Twan Mrat Naing, is a member of the Three Brotherhood Alliance.", []rel{
			{"arakan-army", graph.MemberOf, "three-brotherhood-alliance", ""}, {"twan-mrat-naing", graph.Leads, "arakan-army", ""}}},
	})
}

// TestGold16TradeBefore: a trade commodity right before a supplies
// participle or noun is business, no supply.
func TestGold16TradeBefore(t *testing.T) {
	runRelCases(t, []relCase{
		{"the electricity supplied to", "en", "Beijing cut the electricity supplied to the towns held by the MNDAA.", nil},
		{"gas supplies to", "en", "Beijing halted gas supplies to the MNDAA.", nil},
		// goods of war stay a supply
		{"the drones supplied to", "en", "Beijing cut the drones supplied to the MNDAA.", []rel{
			{"china", graph.Supplies, "mndaa", ""}}},
	})
}

// TestGold16MinistryRunForce: a force run by a state's ministry is no
// coalition the state heads, and a definite apposition describes the
// group before it, not another actor of the noun's kind.
func TestGold16MinistryRunForce(t *testing.T) {
	runRelCases(t, []relCase{
		{"a force run by Russia's defence ministry", "en", "The Africa Corps, a force run by Russia's defence ministry, arrived in Bamako.", nil},
		{"the force run by the Russian defence ministry", "en", "MINUSCA patrols the east. Moscow wants to fold them into the Africa Corps, the force run by the Russian defence ministry.", nil},
		// a coalition led by a state by name: the state is a member
		{"the coalition led by the United States", "en", "Operation Prosperity Guardian, the coalition led by the United States, shot down drones.", []rel{
			{"united-states", graph.MemberOf, "operation-prosperity-guardian", ""}}},
	})
}
