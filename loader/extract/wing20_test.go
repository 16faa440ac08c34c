package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestWing20ArmedWings: an armed wing or a named unit is its own actor,
// member_of its movement where the text says so, and named alone it is
// not the movement (docs/CODEBOOK.md, "Parallel governments and political
// movements", "Leadership bodies and units of a group"): the dictionary
// keeps the Qassam Brigades apart from Hamas, the Al-Quds Brigades from
// Islamic Jihad, the HPG from the PKK, the Radwan Force from Hezbollah,
// the SPLA-N from the SPLM-N, the Shan State Armies from their parties,
// and « l'AFC/M23 » is the coalition (docs/CODEBOOK.md, "Combined names").
func TestWing20ArmedWings(t *testing.T) {
	runRelCases(t, []relCase{
		{"X's armed wing, Y,", "en", "Hamas's armed wing, the Qassam Brigades, fired rockets at Israel.", []rel{
			{"qassam-brigades", graph.MemberOf, "hamas", ""},
			{"israel", graph.Opposed, "qassam-brigades", ""}}},
		{"Y, the armed wing of X,", "en", "The Qassam Brigades, the armed wing of Hamas, fired rockets at Israel.", []rel{
			{"qassam-brigades", graph.MemberOf, "hamas", ""},
			{"israel", graph.Opposed, "qassam-brigades", ""}}},
		{"X and its armed wing, Y,", "en", "Israel fought Hamas and its armed wing, the Qassam Brigades, in Gaza.", []rel{
			{"hamas", graph.Opposed, "israel", ""},
			{"qassam-brigades", graph.MemberOf, "hamas", ""}}},
		{"the wing named alone is not the movement", "en", "The Qassam Brigades fired rockets at Israel.", []rel{
			{"israel", graph.Opposed, "qassam-brigades", ""}}},
		{"Islamic Jihad's wing", "en", "The Al-Quds Brigades, Islamic Jihad's armed wing, attacked Israeli troops.", []rel{
			{"al-quds-brigades", graph.MemberOf, "palestinian-islamic-jihad", ""},
			{"al-quds-brigades", graph.Opposed, "israel", ""}}},
		{"the PKK's HPG", "en", "The HPG, the armed wing of the PKK, attacked Turkish soldiers.", []rel{
			{"hpg", graph.MemberOf, "pkk", ""},
			{"hpg", graph.Opposed, "turkey", ""}}},
		{"Hezbollah's Radwan Force", "en", "Israel struck Hezbollah's Radwan Force.", []rel{
			{"radwan-force", graph.MemberOf, "hezbollah", ""},
			{"israel", graph.Opposed, "radwan-force", ""}}},
		{"the SPLA-N", "en", "The SPLA-N, the armed wing of the SPLM-N, attacked the army.", []rel{
			{"spla-n", graph.MemberOf, "splm-n-al-hilu", ""}}},
		{"the Shan State Army-North", "en", "The Shan State Army-North, the armed wing of the Shan State Progress Party, fought the TNLA.", []rel{
			{"ssa-n", graph.MemberOf, "sspp", ""},
			{"ssa-n", graph.Opposed, "tnla", ""}}},
		{"AFC/M23 is the coalition", "en", "The M23 is part of the AFC/M23.", []rel{
			{"m23", graph.MemberOf, "alliance-fleuve-congo", ""}}},
		{"fr: Y, branche armée de X,", "fr", "Les Brigades al-Qassam, branche armée du Hamas, ont tiré des roquettes sur Israël.", []rel{
			{"qassam-brigades", graph.MemberOf, "hamas", ""},
			{"israel", graph.Opposed, "qassam-brigades", ""}}},
		{"fr: X et sa branche armée, Y,", "fr", "Israël combat le Hamas et sa branche armée, les Brigades Ezzedine al-Qassam, à Gaza.", []rel{
			{"hamas", graph.Opposed, "israel", ""},
			{"qassam-brigades", graph.MemberOf, "hamas", ""}}},
		{"fr: la branche nommée seule", "fr", "Les Brigades al-Qassam ont tiré des roquettes sur Israël.", []rel{
			{"israel", graph.Opposed, "qassam-brigades", ""}}},
		{"fr: bras armé du Jihad islamique", "fr", "Les Brigades al-Qods, bras armé du Jihad islamique, ont attaqué des soldats israéliens.", []rel{
			{"al-quds-brigades", graph.MemberOf, "palestinian-islamic-jihad", ""},
			{"al-quds-brigades", graph.Opposed, "israel", ""}}},
		{"fr: les HPG", "fr", "Les HPG, branche armée du PKK, ont attaqué des soldats turcs.", []rel{
			{"hpg", graph.MemberOf, "pkk", ""},
			{"hpg", graph.Opposed, "turkey", ""}}},
		{"fr: la force Radwan", "fr", "La force Radwan, unité d'élite du Hezbollah, a attaqué des soldats israéliens.", []rel{
			{"radwan-force", graph.MemberOf, "hezbollah", ""},
			{"israel", graph.Opposed, "radwan-force", ""}}},
	})
}

// TestWing20WingApposition: a group followed by a possessive member role
// in apposition ("the Qassam Brigades, its armed wing,") is a member of
// the nearest group before it in the sentence, else of the subject of
// the sentence before; a state before it is no parent.
func TestWing20WingApposition(t *testing.T) {
	runRelCases(t, []relCase{
		{"Y, its armed wing, after the movement's sentence", "en", "Hamas controls Gaza. The Qassam Brigades, its armed wing, fought rival clans.", []rel{
			{"qassam-brigades", graph.MemberOf, "hamas", ""}}},
		{"Y, its armed wing, in the movement's sentence", "en", "Israel bombed Hamas positions, and the Qassam Brigades, its armed wing, fired rockets.", []rel{
			{"hamas", graph.Opposed, "israel", ""},
			{"qassam-brigades", graph.MemberOf, "hamas", ""}}},
		{"the SPLA-IO, its armed wing", "en", "The SPLM-IO rejected the deal. The SPLA-IO, its armed wing, attacked the army.", []rel{
			{"spla-io", graph.MemberOf, "splm-io", ""}}},
		{"fr: Y, sa branche armée, a state before", "fr", "Le Hamas contrôle la bande de Gaza. Dans les quartiers évacués par l'armée israélienne, les Brigades Ezzedine al-Qassam, sa branche armée, ont repris position.", []rel{
			{"qassam-brigades", graph.MemberOf, "hamas", ""}}},
		{"fr: Y, sa branche armée,", "fr", "Le Hamas contrôle la bande de Gaza. Les Brigades Ezzedine al-Qassam, sa branche armée, ont affronté des clans rivaux.", []rel{
			{"qassam-brigades", graph.MemberOf, "hamas", ""}}},
	})
}
