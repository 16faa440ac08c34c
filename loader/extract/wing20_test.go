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
			{"israel", graph.Opposed, "qassam-brigades", ""},
			{"qassam-brigades", graph.MemberOf, "hamas", ""}}},
		{"armed X and its armed wing, Y,", "en", "Iran armed Hamas and its armed wing, the Qassam Brigades, for years.", []rel{
			{"iran", graph.Supplies, "hamas", ""},
			{"iran", graph.Supplies, "qassam-brigades", ""},
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
			{"israel", graph.Opposed, "qassam-brigades", ""},
			{"qassam-brigades", graph.MemberOf, "hamas", ""}}},
		{"fr: la branche nommée seule", "fr", "Les Brigades al-Qassam ont tiré des roquettes sur Israël.", []rel{
			{"israel", graph.Opposed, "qassam-brigades", ""}}},
		{"fr: bras armé du Jihad islamique", "fr", "Les Brigades al-Qods, bras armé du Jihad islamique, ont attaqué des soldats israéliens.", []rel{
			{"al-quds-brigades", graph.MemberOf, "palestinian-islamic-jihad", ""},
			{"al-quds-brigades", graph.Opposed, "israel", ""}}},
		{"fr: les HPG", "fr", "Les HPG, branche armée du PKK, ont attaqué des soldats turcs.", []rel{
			{"hpg", graph.MemberOf, "pkk", ""},
			{"hpg", graph.Opposed, "turkey", ""}}},
		{"a list past a group's possessive", "en", "The Qassam Brigades and Islamic Jihad's Al-Quds Brigades fought Israeli troops in Jabalia.", []rel{
			{"israel", graph.Opposed, "qassam-brigades", ""},
			{"al-quds-brigades", graph.Opposed, "israel", ""},
			{"al-quds-brigades", graph.Allied, "qassam-brigades", ""},
			{"al-quds-brigades", graph.MemberOf, "palestinian-islamic-jihad", ""}}},
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

// TestWing20StrikeInsideState: a strike on a group's commander or
// positions on a state's territory is opposed with the group, not with
// the state (docs/CODEBOOK.md, "A strike on a group inside a state"); the
// state stays a party when its forces are hit or the striker's troops
// cross into it, and a group striking the state's capital opposes it.
func TestWing20StrikeInsideState(t *testing.T) {
	runRelCases(t, []relCase{
		{"killed a commander in a strike on X's southern suburbs", "en", "The Israeli army said it killed a Hezbollah commander in a strike on Beirut's southern suburbs.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"a strike on the capital killed a group's commander", "en", "An Israeli strike on Beirut killed Hezbollah's top military commander.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"a strike on the suburbs, killing a commander", "en", "Israel carried out a strike on Beirut's southern suburbs, killing a Hezbollah commander.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"strikes on a state's region targeting a group", "en", "Turkey launched air strikes on Iraq's Kurdistan region targeting the PKK.", []rel{
			{"pkk", graph.Opposed, "turkey", ""}}},
		{"struck a state's province, targeting a group", "en", "Pakistan struck Afghanistan's Khost province, targeting TTP militants.", []rel{
			{"pakistan", graph.Opposed, "ttp", ""}}},
		{"a group's leader killed in the suburbs", "en", "Israel killed Nasrallah in a strike on Beirut's southern suburbs.", []rel{
			{"hassan-nasrallah", graph.Opposed, "israel", ""}}},
		{"ground troops across the border: the state too", "en", "Israel killed Nasrallah in a strike on Beirut's southern suburbs and sent ground troops across the border.", []rel{
			{"hassan-nasrallah", graph.Opposed, "israel", ""},
			{"israel", graph.Opposed, "lebanon", ""}}},
		{"the state's army hit: the state", "en", "Israel struck Lebanese army positions in the south, killing two soldiers.", []rel{
			{"israel", graph.Opposed, "lebanon", ""}}},
		{"a group attacking the capital opposes the state", "en", "AQIM attacked Algiers.", []rel{
			{"algeria", graph.Opposed, "aqim", ""}}},
		{"positions in a state: the group only", "en", "US forces struck Kataib Hezbollah positions in Iraq, killing two commanders.", []rel{
			{"kataib-hezbollah", graph.Opposed, "united-states", ""}}},
		{"fr: lors d'une frappe sur la banlieue sud", "fr", "L'armée israélienne a affirmé avoir tué un commandant du Hezbollah lors d'une frappe sur la banlieue sud de Beyrouth.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"fr: une frappe israélienne sur la banlieue sud a tué", "fr", "Une frappe israélienne sur la banlieue sud de Beyrouth a tué un commandant du Hezbollah.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"fr: une frappe dans le nord du Mali", "fr", "L'armée française a tué un chef d'Al-Qaïda au Maghreb islamique lors d'une frappe dans le nord du Mali.", []rel{
			{"aqim", graph.Opposed, "france", ""}}},
		{"fr: l'armée libanaise frappée", "fr", "Israël a frappé des positions de l'armée libanaise dans le sud, tuant deux soldats.", []rel{
			{"israel", graph.Opposed, "lebanon", ""}}},
		{"fr: des positions du PKK dans le nord de l'Irak", "fr", "Des drones turcs ont frappé des positions du PKK dans le nord de l'Irak.", []rel{
			{"pkk", graph.Opposed, "turkey", ""}}},
		{"strikes on the outskirts of the capital, killing fighters", "en", "Israel carried out strikes on the outskirts of Damascus, killing three Hezbollah fighters.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"strikes on a state by name killed a group's fighters", "en", "Israeli strikes on Lebanon killed dozens of Hezbollah fighters.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"strikes on a state killed its soldiers: the state", "en", "Israeli strikes on Syria killed Syrian soldiers.", []rel{
			{"israel", graph.Opposed, "syria", ""}}},
		{"a group's name holds a troop noun", "en", "Israel struck Iraq's Popular Mobilization Forces in a drone attack near the Syrian border.", []rel{
			{"israel", graph.Opposed, "popular-mobilization-forces", ""}}},
		{"sanctions on a state, a designation after a comma", "en", "Washington lifted its sanctions on Syria by decree in June, and a month later revoked the listing of HTS as a terrorist group.", []rel{
			{"syria", graph.Opposed, "united-states", "n"}}},
		{"fr: frappes sur le Liban", "fr", "Des frappes israéliennes sur le Liban ont tué des dizaines de combattants du Hezbollah.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"fr: frappe de drone américaine près de Bagdad", "fr", "Une frappe de drone américaine près de l'aéroport de Bagdad a tué le chef de Kataëb Hezbollah.", []rel{
			{"kataib-hezbollah", graph.Opposed, "united-states", ""}}},
		{"fr: la banlieue de Damas", "fr", "Israël a mené des frappes dans la banlieue de Damas, tuant trois combattants du Hezbollah.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"fr: la banlieue sud de Beyrouth, tuant un commandant", "fr", "L'armée israélienne a frappé la banlieue sud de Beyrouth, tuant un haut commandant du Hezbollah.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"fr: un groupe attaque la capitale", "fr", "L'EI a attaqué Bamako.", []rel{
			{"islamic-state", graph.Opposed, "mali", ""}}},
	})
}

// TestWing20UnitOfGroup: a unit named with an of-word before its group
// (« la force Radwan du Hezbollah », "the Radwan Force of Hezbollah") is
// member_of it and acts itself; a role of the group before an apposition
// naming the wing (« La branche armée du Hamas, les Brigades Ezzedine
// al-Qassam, a tiré ») leaves the wing the subject.
func TestWing20UnitOfGroup(t *testing.T) {
	runRelCases(t, []relCase{
		{"fr: la force Radwan du Hezbollah a attaqué", "fr", "La force Radwan du Hezbollah a attaqué des soldats israéliens.", []rel{
			{"radwan-force", graph.MemberOf, "hezbollah", ""},
			{"israel", graph.Opposed, "radwan-force", ""}}},
		{"fr: les Brigades al-Qassam du Hamas ont attaqué", "fr", "Les Brigades al-Qassam du Hamas ont attaqué des soldats israéliens.", []rel{
			{"qassam-brigades", graph.MemberOf, "hamas", ""},
			{"israel", graph.Opposed, "qassam-brigades", ""}}},
		{"the Radwan Force of Hezbollah attacked", "en", "The Radwan Force of Hezbollah attacked Israeli soldiers.", []rel{
			{"radwan-force", graph.MemberOf, "hezbollah", ""},
			{"israel", graph.Opposed, "radwan-force", ""}}},
		{"fr: leaving is no member", "fr", "Le retrait de l'AES de la Cédéao a été acté.", []rel{
			{"alliance-of-sahel-states", graph.MemberOf, "ecowas", "n"}}},
		{"fr: la branche armée de X, Y, a tiré", "fr", "La branche armée du Hamas, les Brigades Ezzedine al-Qassam, a tiré des roquettes sur Israël.", []rel{
			{"qassam-brigades", graph.MemberOf, "hamas", ""},
			{"israel", graph.Opposed, "qassam-brigades", ""}}},
		{"fr: la branche armée du Jihad islamique, Y, a revendiqué", "fr", "La branche armée du Jihad islamique, les Brigades al-Qods, a revendiqué l'attaque contre Israël.", []rel{
			{"al-quds-brigades", graph.MemberOf, "palestinian-islamic-jihad", ""},
			{"al-quds-brigades", graph.Opposed, "israel", ""}}},
	})
}

// TestWing20UnnamedWing: a movement's armed wing named by a wing noun
// only ("Hamas's armed wing", "Hamas and its armed wing", « la branche
// armée du Hamas ») is the wing the lexicon gives the movement (wing_of),
// member_of it; not through an anaphor ("the group's military wing").
func TestWing20UnnamedWing(t *testing.T) {
	runRelCases(t, []relCase{
		{"X's armed wing", "en", "Hamas's armed wing claimed the attack on Israel.", []rel{
			{"hamas", graph.Opposed, "israel", ""},
			{"qassam-brigades", graph.MemberOf, "hamas", ""}}},
		{"X and its armed wing", "en", "Israel fought Hamas and its armed wing in Gaza.", []rel{
			{"hamas", graph.Opposed, "israel", ""},
			{"qassam-brigades", graph.MemberOf, "hamas", ""}}},
		{"the armed wing of X", "en", "The armed wing of the PKK attacked Turkish soldiers.", []rel{
			{"pkk", graph.Opposed, "turkey", ""},
			{"hpg", graph.MemberOf, "pkk", ""}}},
		{"not through an anaphor", "en", "Hamas rejected the plan. Mohammed Sinwar took over the group's military wing.", nil},
		{"fr: X et sa branche armée", "fr", "Israël combat le Hamas et sa branche armée à Gaza.", []rel{
			{"hamas", graph.Opposed, "israel", ""},
			{"qassam-brigades", graph.MemberOf, "hamas", ""}}},
		{"fr: la branche armée de X", "fr", "La branche armée du Hamas a revendiqué l'attaque contre Israël.", []rel{
			{"hamas", graph.Opposed, "israel", ""},
			{"qassam-brigades", graph.MemberOf, "hamas", ""}}},
	})
}
