package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestListsRules: membership lists, passive accusations without a comma.
func TestListsRules(t *testing.T) {
	runRelCases(t, []relCase{
		{"accused by X of supplying", "en", "The United Arab Emirates is accused by the Sudanese government of supplying the RSF with weapons.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"accused by X, by Y and by Z of supplying", "en", "The United Arab Emirates is accused by the Sudanese government, by UN investigators and by US lawmakers of supplying the RSF with weapons.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"accusé par X de livrer", "fr", "Les Émirats arabes unis sont accusés par le gouvernement soudanais, par des enquêteurs de l'ONU et par des élus américains de fournir des armes aux FSR.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"formed by X and its allies, among them Y", "en", "The Tasis alliance, formed by the RSF and its allies, among them the SPLM-N, named a rival government.", []rel{
			{"rsf", graph.MemberOf, "tasis", ""}, {"splm-n-al-hilu", graph.MemberOf, "tasis", ""}, {"rsf", graph.Allied, "splm-n-al-hilu", ""}}},
		{"créée par X et ses alliés, parmi lesquels Y", "fr", "L'alliance Tasis, créée par les FSR et leurs alliés, parmi lesquels le SPLM-N, a nommé un gouvernement rival.", []rel{
			{"rsf", graph.MemberOf, "tasis", ""}, {"splm-n-al-hilu", graph.MemberOf, "tasis", ""}, {"rsf", graph.Allied, "splm-n-al-hilu", ""}}},
		{"group created by a state: no member", "en", "Hezbollah, created by Iran in 1982, fought Israel.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
	})
}
