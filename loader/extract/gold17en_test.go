package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestGold17enViceRoles: a vice-president or vice-chairman is a deputy,
// not the head: no leads of the state; of a group, a member.
func TestGold17enViceRoles(t *testing.T) {
	runRelCases(t, []relCase{
		{"X, who was the country's first vice-president", "en", "Riek Machar, who was South Sudan's first vice-president until he was suspended, appeared before a court.", nil},
		{"X, the US vice president", "en", "Kamala Harris, the US vice president, visited Kyiv.", nil},
		{"the group's vice-chairman, X,", "en", "The SPLM-IO's vice-chairman, Henry Odwar, said the party would fight.", []rel{
			{"henry-odwar", graph.MemberOf, "splm-io", ""}}},
		// the head's own title still leads
		{"the country's president", "en", "Salva Kiir, South Sudan's president, sacked his army chief.", []rel{
			{"salva-kiir", graph.Leads, "south-sudan", ""}}},
	})
}

// TestGold17enExpelledDiplomats: expelling a state's diplomats is a
// diplomatic act, not hostility; expelling its troops stays opposed.
func TestGold17enExpelledDiplomats(t *testing.T) {
	runRelCases(t, []relCase{
		{"expelled X's ambassador", "en", "In April 2024 Somalia expelled Ethiopia's ambassador.", nil},
		{"expelled the X ambassador", "en", "Niger expelled the French ambassador in 2023.", nil},
		{"expelled X diplomats", "en", "Mali expelled Swedish diplomats in 2023.", nil},
		{"a expulsé l'ambassadeur", "fr", "En 2023, le Niger a expulsé l'ambassadeur français.", nil},
		{"expelled X troops", "en", "Niger expelled French troops in 2023.", []rel{
			{"france", graph.Opposed, "niger", ""}}},
	})
}

// TestGold17enGroupGovernmentHead: the prime minister of the government
// an armed group runs is a member of the group; a state's prime minister
// still leads it.
func TestGold17enGroupGovernmentHead(t *testing.T) {
	runRelCases(t, []relCase{
		{"the group's prime minister, X,", "en", "The Houthis confirmed that their prime minister, Ahmed Ghaleb al-Rahawi, had been killed.", []rel{
			{"ahmed-al-rahawi", graph.MemberOf, "houthis", ""}}},
		{"its prime minister, X, after the movement", "en", "The Houthis named a new cabinet. The movement later confirmed that its prime minister, Ahmed Ghaleb al-Rahawi, had been killed.", []rel{
			{"ahmed-al-rahawi", graph.MemberOf, "houthis", ""}}},
		{"a state's prime minister", "en", "Mali's prime minister, Choguel Maiga, spoke in Bamako.", []rel{
			{"choguel-maiga", graph.Leads, "mali", ""}}},
	})
}

// TestGold17enNoSupplyPanels: sending a panel, mediators or observers is
// no supply.
func TestGold17enNoSupplyPanels(t *testing.T) {
	runRelCases(t, []relCase{
		{"sent a panel of", "en", "The African Union sent a panel of senior figures to Juba.", nil},
		{"sent mediators", "en", "Kenya sent mediators to South Sudan.", nil},
		{"sent observers", "en", "The African Union sent observers to Somalia.", nil},
		// weapons sent stay a supply
		{"sent weapons", "en", "Egypt sent weapons to Somalia.", []rel{
			{"egypt", graph.Supplies, "somalia", ""}}},
	})
}

// TestGold17enLexiconFacts: public facts added to the lexicon: the heads
// of Somaliland, and Yemen's Presidential Leadership Council (the state's
// collective presidency).
func TestGold17enLexiconFacts(t *testing.T) {
	runRelCases(t, []relCase{
		{"Somaliland's new president, X", "en", "Somaliland's new president, Abdirahman Mohamed Abdullahi, has said little about the deal.", []rel{
			{"abdirahman-cirro", graph.Leads, "somaliland", ""}}},
		{"the Presidential Leadership Council, chaired by X", "en", "The government is run by the Presidential Leadership Council, chaired by Rashad al-Alimi.", []rel{
			{"rashad-al-alimi", graph.Leads, "yemen", ""}}},
	})
}

// TestGold17enArmedWing: the SPLA-IO is the SPLM-IO's armed wing, its own
// actor (docs/CODEBOOK.md: an armed wing is member_of its movement).
func TestGold17enArmedWing(t *testing.T) {
	runRelCases(t, []relCase{
		{"the movement and its armed wing, the SPLA-IO", "en", "The government blamed the Sudan People's Liberation Movement-in-Opposition (SPLM-IO) and its armed wing, the SPLA-IO.", []rel{
			{"spla-io", graph.MemberOf, "splm-io", ""}}},
		{"the army fought the SPLA-IO", "en", "South Sudan's army has fought the SPLA-IO since 2013.", []rel{
			{"south-sudan", graph.Opposed, "spla-io", ""}}},
	})
}

// TestGold17enCommandInRelative: "under the command of X" at the end of a
// relative clause, past the object of its verb and words of its own, is
// said of the relative's antecedent; a participle right after a noun
// stays that noun's.
func TestGold17enCommandInRelative(t *testing.T) {
	runRelCases(t, []relCase{
		{"X, which fought Y ... under the command of Z", "en", "The National Resistance Forces, which have fought the Houthis on the Red Sea coast since 2018 under the command of Tareq Saleh, seized a ship.", []rel{
			{"houthis", graph.Opposed, "national-resistance-forces", ""}, {"tareq-saleh", graph.Leads, "national-resistance-forces", ""}}},
		{"X, which fought Y led by Z", "en", "The army, which fought the RSF led by Hemedti, retook Khartoum.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}, {"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
	})
}

// TestGold17enFoughtBeside: "fought beside X against Y" is an alliance
// with X and a fight with Y, as "fought alongside" is.
func TestGold17enFoughtBeside(t *testing.T) {
	runRelCases(t, []relCase{
		{"fought beside X against Y", "en", "Wagner fought beside the FAMa against the FLA.", []rel{
			{"mali", graph.Allied, "wagner-group", ""}, {"fla", graph.Opposed, "wagner-group", ""}, {"fla", graph.Opposed, "mali", ""}}},
		{"fought side by side with X", "en", "Chadian troops fought side by side with the Malian army.", []rel{
			{"chad", graph.Allied, "mali", ""}}},
		{"sat beside", "en", "The army chief sat beside the RSF envoy at the talks.", nil},
	})
}

// TestGold17enArmsEmbargo: imposing or renewing an arms embargo on a
// state is a sanction, opposed; breaching one, or lifting it, is not.
func TestGold17enArmsEmbargo(t *testing.T) {
	runRelCases(t, []relCase{
		{"renewed its arms embargo on X", "en", "In May the UN Security Council renewed its arms embargo on South Sudan for another year.", []rel{
			{"south-sudan", graph.Opposed, "united-nations", ""}}},
		{"imposed an arms embargo on X", "en", "The UN imposed an arms embargo on South Sudan in 2018.", []rel{
			{"south-sudan", graph.Opposed, "united-nations", ""}}},
		{"breached the arms embargo on X", "en", "The UAE breached the arms embargo on Libya.", nil},
	})
}

// TestGold17enEnvoyForState: an organisation's envoy "for" a state serves
// the organisation; a state's envoy has no relation.
func TestGold17enEnvoyForState(t *testing.T) {
	runRelCases(t, []relCase{
		{"the UN envoy for X, Y,", "en", "The UN envoy for Yemen, Hans Grundberg, called the detentions unacceptable.", []rel{
			{"hans-grundberg", graph.MemberOf, "united-nations", ""}}},
		{"the UN's special envoy for X, Y,", "en", "The UN's special envoy for Sudan, Ramtane Lamamra, met the army.", []rel{
			{"ramtane-lamamra", graph.MemberOf, "united-nations", ""}}},
		{"the US special envoy for X, Y,", "en", "The US special envoy for Sudan, Tom Perriello, met the army.", nil},
	})
}

// TestGold17enAppositionPossessor: a person possessing a group's
// description in apposition leads the group; never a state.
func TestGold17enAppositionPossessor(t *testing.T) {
	runRelCases(t, []relCase{
		{"the SPLM-IO, Mr Machar's party,", "en", "The government blamed the SPLM-IO, Mr Machar's party, for the attack.", []rel{
			{"riek-machar", graph.Leads, "splm-io", ""}}},
		{"the RSF, Hemedti's paramilitary force,", "en", "The army fought the RSF, Hemedti's paramilitary force, in Khartoum.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}, {"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
		{"a state: Russia, Putin's country,", "en", "Russia, Putin's country, attacked Ukraine.", []rel{
			{"russia", graph.Opposed, "ukraine", ""}}},
		{"a list after the possessor", "en", "The army fought the RSF, Hemedti's forces and their allies.", nil},
	})
}

// TestGold17enFightingSince: "X and Y have been fighting since" is a war
// between them; "have fought together" is not.
func TestGold17enFightingSince(t *testing.T) {
	runRelCases(t, []relCase{
		{"X and Y have been fighting since", "en", "Sudan's army and the RSF have been fighting since April 2023.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
		{"X and Y have fought together since", "en", "Chad and Niger have fought together since 2015.", []rel{
			{"chad", graph.Allied, "niger", ""}}},
	})
}

// TestGold17enAlongWith: actors listed "along with" the subject, between
// commas, share its relation; after the object, only a membership.
func TestGold17enAlongWith(t *testing.T) {
	runRelCases(t, []relCase{
		{"X, along with Y, supplies Z", "en", "Rwanda, along with Uganda, supplies the M23.", []rel{
			{"rwanda", graph.Supplies, "m23", ""}, {"uganda", graph.Supplies, "m23", ""}}},
		{"X contributes troops to Z, along with A and B", "en", "Ethiopia contributes troops to AUSSOM, along with Uganda and Kenya.", []rel{
			{"ethiopia", graph.MemberOf, "aussom", ""}, {"uganda", graph.MemberOf, "aussom", ""}, {"kenya", graph.MemberOf, "aussom", ""}}},
		// goods after "along with" are no actor
		{"X sent arms to Z, along with ammunition", "en", "Egypt sent arms to Somalia, along with ammunition.", []rel{
			{"egypt", graph.Supplies, "somalia", ""}}},
		// after a supply's object, "along with" may extend the object: nothing added
		{"X sent arms to Z, along with Y", "en", "Egypt sent arms to Somalia, along with Eritrea.", []rel{
			{"egypt", graph.Supplies, "somalia", ""}}},
	})
}

// TestGold17enTiesWith: an actor after "ties with" is the noun's
// complement, not a companion of the clause's verb: it may be the
// subject of a relative after it, and it is no ally of the subject.
func TestGold17enTiesWith(t *testing.T) {
	runRelCases(t, []relCase{
		{"kept close ties with X, a force that drove Y out", "en", "The UAE kept close ties with the Giants Brigades, a force that drove the Houthis out of Shabwa.", []rel{
			{"giants-brigades", graph.Opposed, "houthis", ""}}},
		// a companion still fights with the subject
		{"X lead with Y operations against Z", "en", "Kenyan police lead with the PNH joint operations against Viv Ansanm.", []rel{
			{"kenya", graph.Opposed, "viv-ansanm", ""}, {"haiti", graph.Opposed, "viv-ansanm", ""}, {"haiti", graph.Allied, "kenya", ""}}},
	})
}
