package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestGold18enLexiconFacts: public facts added to the lexicon: Ecuador's
// gangs (Los Choneros, Los Lobos, Los Tiguerones, Chone Killers, Los
// Lagartos), which the discovery of unknown names cannot see ("Los" is no
// title and the names are plural nouns).
func TestGold18enLexiconFacts(t *testing.T) {
	runRelCases(t, []relCase{
		{"designated X and Y as terrorist organisations", "en", "The United States has designated Los Choneros and Los Lobos as foreign terrorist organisations.", []rel{
			{"los-choneros", graph.Opposed, "united-states", ""},
			{"los-lobos", graph.Opposed, "united-states", ""}}},
		{"the leader of X, Y", "en", "The leader of Los Lobos, Wilmer Chavarría, was arrested in Spain.", []rel{
			{"wilmer-chavarria", graph.Leads, "los-lobos", ""}}},
		{"X clashed with Y", "en", "Los Tiguerones clashed with Los Choneros in Guayaquil in 2022.", []rel{
			{"los-choneros", graph.Opposed, "los-tiguerones", ""}}},
		{"fr: le gang X", "fr", "Le gang Los Lobos a attaqué l'armée équatorienne en mai.", []rel{
			{"ecuador", graph.Opposed, "los-lobos", ""}}},
	})
}

// TestGold18enPlaceCompounds: a capital or a state before "-based" or
// "-headquartered" names where a firm sits, no actor: "its chairman" is
// the firm's, and the place has no relation.
func TestGold18enPlaceCompounds(t *testing.T) {
	runRelCases(t, []relCase{
		{"X, a Phnom Penh-based conglomerate, and its chairman, Y", "en", "Britain imposed sanctions on the Prince Group, a Phnom Penh-based conglomerate, and its chairman, Chen Zhi.", []rel{
			{"prince-group", graph.Opposed, "united-kingdom", ""},
			{"chen-zhi", graph.Opposed, "united-kingdom", ""}, // (TestGold18enSanctionedHolders)
			{"chen-zhi", graph.Leads, "prince-group", ""}}},
		{"X, an Ankara-based firm, and its chairman, Y", "en", "The US sanctioned Sadat, an Ankara-based firm, and its chairman, Adnan Tanriverdi.", []rel{
			{"sadat", graph.Opposed, "united-states", ""},
			{"adnan-tanriverdi", graph.Opposed, "united-states", ""},
			{"adnan-tanriverdi", graph.Leads, "sadat", ""}}},
		{"a Moscow-headquartered firm", "en", "A Moscow-headquartered firm shipped rifles to Mali.", nil},
		// "-led" and "-backed" still relate the state
		{"the Turkish-backed X", "en", "The Turkish-backed Syrian National Army attacked the SDF.", []rel{
			{"syrian-national-army", graph.Allied, "turkey", ""},
			{"sdf", graph.Opposed, "syrian-national-army", ""}}},
	})
}

// TestGold18enLexiconPersons: public facts added to the lexicon: Hun Sen,
// Hun Manet, Paetongtarn Shinawatra, Anutin Charnvirakul, Chen Zhi and the
// Prince Group, Milan Radoičić, the Cambodian People's Party, Bhumjaithai
// and Srpska Lista.
func TestGold18enLexiconPersons(t *testing.T) {
	runRelCases(t, []relCase{
		{"X, Cambodia's prime minister", "en", "Hun Manet, Cambodia's prime minister, asked the court to rule.", []rel{
			{"hun-manet", graph.Leads, "cambodia", ""}}},
		{"X heads the Y party", "en", "Hun Sen heads the Cambodian People's Party.", []rel{
			{"hun-sen", graph.Leads, "cambodian-peoples-party", ""}}},
		{"Srpska Lista, backed by Belgrade", "en", "Srpska Lista, which is backed by Belgrade, won the vote.", []rel{
			{"serbia", graph.Allied, "srpska-lista", ""}}},
	})
}

// TestGold18enTitledAgent: a passive marker after a date, before an agent
// with a title ("led since 2013 by General X"), still names the agent.
func TestGold18enTitledAgent(t *testing.T) {
	runRelCases(t, []relCase{
		{"led since YEAR by General X", "en", "The RSF has been led since 2013 by General Mohamed Hamdan Dagalo.", []rel{
			{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
		{"commanded since MONTH by Major General X", "en", "KFOR has been commanded since October 2024 by Major General Enrico Barduani.", []rel{
			{"enrico-barduani", graph.Leads, "kfor", ""}}},
		{"untitled agent still", "en", "The RSF has been led since 2013 by Mohamed Hamdan Dagalo.", []rel{
			{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
		{"fr: dirigé depuis par le colonel X", "fr", "Le Mali est dirigé depuis 2021 par le colonel Assimi Goïta.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
	})
}

// TestGold18enPossessedUnits: an organisation's possessive right before a
// named mission or force of its own kind states the parent
// (member_of); a state's possessive states none.
func TestGold18enPossessedUnits(t *testing.T) {
	runRelCases(t, []relCase{
		{"NATO's Kosovo Force (KFOR)", "en", "Security rests on NATO's Kosovo Force (KFOR), which has 4,500 troops.", []rel{
			{"kfor", graph.MemberOf, "nato", ""}}},
		{"the UN's MONUSCO", "en", "The UN's MONUSCO withdrew from South Kivu.", []rel{
			{"monusco", graph.MemberOf, "united-nations", ""}}},
		{"the EU's EUTM Mali", "en", "The EU's EUTM Mali trained soldiers.", []rel{
			{"eutm-mali", graph.MemberOf, "european-union", ""}}},
		{"a state's force: none", "en", "Russia's Africa Corps replaced Wagner.", nil},
		{"a role between: the role's relation", "en", "Hamas's ally Hezbollah fired rockets.", []rel{
			{"hamas", graph.Allied, "hezbollah", ""}}},
	})
}

// TestGold18enRivals: armed groups named as each other's rival or sworn
// enemy are opposed; a political rival (a person, a government) is not.
func TestGold18enRivals(t *testing.T) {
	runRelCases(t, []relCase{
		{"X's main rival, Y", "en", "The JNIM's main rival, the Islamic State Sahel Province, attacked Menaka.", []rel{
			{"islamic-state-sahel", graph.Opposed, "jnim", ""}}},
		{"Y, X's bitterest rival", "en", "The CJNG, the Sinaloa cartel's bitterest rival, controls the port.", []rel{
			{"cjng", graph.Opposed, "sinaloa-cartel", ""}}},
		{"X and its sworn enemy, Y", "en", "Hezbollah and its sworn enemy, the Islamic State, fought in Qusayr.", []rel{
			{"hezbollah", graph.Opposed, "islamic-state", ""}}},
		{"fr: X et son rival, Y", "fr", "Le JNIM et son rival, l'État islamique au Sahel, se disputent Ménaka.", []rel{
			{"islamic-state-sahel", graph.Opposed, "jnim", ""}}},
		{"a person's rival: none", "en", "Salva Kiir dismissed his rival, Riek Machar.", nil},
	})
}

// TestGold18enGivenCoordinated: the actors coordinated with the subject of
// a give verb supply too ("Russia and Belarus gave Serbia MiG-29
// fighters": both), as with a supplies trigger.
func TestGold18enGivenCoordinated(t *testing.T) {
	runRelCases(t, []relCase{
		{"X and Y gave Z goods", "en", "Russia and Belarus gave Serbia MiG-29 fighters.", []rel{
			{"russia", graph.Supplies, "serbia", ""},
			{"belarus", graph.Supplies, "serbia", ""}}},
		{"X and Y give goods to Z", "en", "Iran and Russia give weapons to the Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""},
			{"russia", graph.Supplies, "houthis", ""}}},
		{"one giver", "en", "The United States gave Ukraine tanks.", []rel{
			{"united-states", graph.Supplies, "ukraine", ""}}},
	})
}

// TestGold18enRoleAfterPreposition: a role's owner is not found across a
// preposition ("a visit to Belgrade by President Macron": Belgrade is
// where he went, not what he leads).
func TestGold18enRoleAfterPreposition(t *testing.T) {
	runRelCases(t, []relCase{
		{"a visit to CAPITAL by President X", "en", "In August 2024, during a visit to Belgrade by President Emmanuel Macron, Serbia signed a contract.", []rel{
			{"emmanuel-macron", graph.Leads, "france", ""}}},
		{"talks in CAPITAL with President X", "en", "The talks in Kigali with President Paul Kagame ended.", []rel{
			{"paul-kagame", graph.Leads, "rwanda", ""}}},
		{"by DEMONYM junta leader X", "en", "A statement by Malian junta leader Assimi Goïta was read.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
	})
}

// TestGold18enCommaAndClause: a state after ", and" following a place
// that heads no list is the subject of a new clause, not a place listed
// with it ("in Serbia, and Belgrade has refused": Belgrade refuses, so
// the EU's sanctions stand; "in Mali, and Algeria has closed").
func TestGold18enCommaAndClause(t *testing.T) {
	runRelCases(t, []relCase{
		{"in X, and Y has refused to join Z's sanctions", "en", "Russia remains popular in Serbia, and Belgrade has refused to join the European Union's sanctions on Moscow.", []rel{
			{"european-union", graph.Opposed, "russia", ""}}},
		{"in X, and Y has closed", "en", "Jihadists are active in Mali, and Algeria has closed its airspace to Mali.", []rel{
			{"algeria", graph.Opposed, "mali", ""}}},
		{"a list with a serial comma stays places", "en", "Attacks rose in Iraq, Syria, and Lebanon, the UN said.", nil},
	})
}

// TestGold18enCoordRelative: the second verb of a relative clause, after
// a coordinator, has the relative's antecedent for subject, not the
// object of the first verb; a coordinated noun ("et ses alliés") is no
// verb.
func TestGold18enCoordRelative(t *testing.T) {
	runRelCases(t, []relCase{
		{"X, who ruled S ... and still heads O", "en", "Hun Sen, who ruled Cambodia for nearly four decades and still heads the ruling Cambodian People's Party, had the call published himself.", []rel{
			{"hun-sen", graph.Leads, "cambodian-peoples-party", ""}}},
		{"X, which armed A and trains B", "en", "Iran, which armed the Houthis and trains Hezbollah, denied it.", []rel{
			{"iran", graph.Supplies, "houthis", ""},
			{"iran", graph.Trains, "hezbollah", ""}}},
		{"fr: dont ... l'armée et ses alliés russes", "fr", "L'UPC, dont les combattants affrontaient encore l'armée et ses alliés russes dans la Ouaka en 2024, a signé un accord.", []rel{
			{"russia", graph.Opposed, "upc", ""}}},
	})
}

// TestGold18enPossessiveCopulaRoles: "X is its largest troop
// contributor", "X and Y are among its largest contributors": members of
// the actor opening the sentence before.
func TestGold18enPossessiveCopulaRoles(t *testing.T) {
	runRelCases(t, []relCase{
		{"X is its largest troop contributor", "en", "ATMIS lost ten soldiers. Uganda is its largest troop contributor.", []rel{
			{"uganda", graph.MemberOf, "atmis", ""}}},
		{"X, Y and Z are among its largest contributors", "en", "KFOR has 4,500 troops. Italy, the United States and Turkey are among its largest contributors.", []rel{
			{"italy", graph.MemberOf, "kfor", ""},
			{"united-states", graph.MemberOf, "kfor", ""},
			{"turkey", graph.MemberOf, "kfor", ""}}},
		{"X's largest contributors", "en", "Italy and Turkey are among KFOR's largest contributors.", []rel{
			{"italy", graph.MemberOf, "kfor", ""},
			{"turkey", graph.MemberOf, "kfor", ""}}},
		{"its main target: none", "en", "The JNIM attacked Djibo. Burkina Faso is its main target.", nil},
		// a possessor opening the sentence before is not what "its" stands for
		{"after NATO's Kosovo Force: none", "en", "NATO's Kosovo Force has 4,500 troops. Italy and Turkey are among its largest contributors.", []rel{
			{"kfor", graph.MemberOf, "nato", ""}}},
	})
}

// TestGold18enSentAgainst: equipment sent "against" a target has no
// recipient: the home state does not receive it.
func TestGold18enSentAgainst(t *testing.T) {
	runRelCases(t, []relCase{
		{"it had sent combat aircraft against a neighbour", "en", "Thailand answered within hours with strikes by F-16 jets on Cambodian military positions, the first time in years that it had sent combat aircraft against a neighbour.", []rel{
			{"cambodia", graph.Opposed, "thailand", ""}}},
		{"the home state still receives what is delivered", "en", "Mali's junta is stretched. Russia delivered helicopters last year.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
	})
}

// TestGold18enSuchAs: "such as" before a trigger's object lists examples
// of a generic noun; its "as" opens no clause.
func TestGold18enSuchAs(t *testing.T) {
	runRelCases(t, []relCase{
		{"allied themselves with smaller gangs such as X", "en", "Los Lobos have allied themselves with smaller gangs such as Los Tiguerones.", []rel{
			{"los-lobos", graph.Allied, "los-tiguerones", ""}}},
		{"allied with gangs such as X", "en", "Los Lobos allied with gangs such as Los Tiguerones.", []rel{
			{"los-lobos", graph.Allied, "los-tiguerones", ""}}},
		{"trains groups such as X", "en", "Iran trains groups such as Hezbollah.", []rel{
			{"iran", graph.Trains, "hezbollah", ""}}},
	})
}

// TestGold18enInsertedSubject: a relative clause or a short apposition
// between commas after a coordinated subject does not hide it from a
// reciprocal trigger ("X and Y, whose ..., signed a military cooperation
// plan").
func TestGold18enInsertedSubject(t *testing.T) {
	runRelCases(t, []relCase{
		{"X and Y, whose leaders are close, signed", "en", "Serbia and Hungary, whose leaders are close, signed a military cooperation plan.", []rel{
			{"hungary", graph.Allied, "serbia", ""}}},
		{"X and Y, two neighbours, signed", "en", "Serbia and Hungary, two neighbours, signed a military cooperation plan.", []rel{
			{"hungary", graph.Allied, "serbia", ""}}},
		{"a relative with commas and a person inside", "en", "Two weeks later, on 1 April, Serbia and Hungary, whose prime minister, Viktor Orbán, is Mr Vučić's closest ally in the EU, signed a military cooperation plan.", []rel{
			{"hungary", graph.Allied, "serbia", ""},
			{"viktor-orban", graph.Leads, "hungary", ""}}},
		{"fr: X et Y, qui ont quitté Z, ont signé", "fr", "Le Mali et le Niger, qui ont quitté la Cedeao, ont signé un pacte de défense.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"},
			{"niger", graph.MemberOf, "ecowas", "n"},
			{"mali", graph.Allied, "niger", ""}}},
	})
}

// TestGold18enSanctionedHolders: sanctions on a group "and its chairman,
// X" oppose X too (a person named by sanctions); an attack on "X and its
// leader, Y" stays the group's.
func TestGold18enSanctionedHolders(t *testing.T) {
	runRelCases(t, []relCase{
		{"sanctions on X, an apposition, and its chairman, Y", "en", "On 14 October the US Treasury and Britain imposed sanctions on the Prince Group, a Phnom Penh-based conglomerate, and its chairman, Chen Zhi.", []rel{
			{"prince-group", graph.Opposed, "united-states", ""},
			{"prince-group", graph.Opposed, "united-kingdom", ""},
			{"chen-zhi", graph.Opposed, "united-states", ""},
			{"chen-zhi", graph.Opposed, "united-kingdom", ""},
			{"chen-zhi", graph.Leads, "prince-group", ""}}},
		{"sanctioned X and its leader, Y", "en", "The US sanctioned the RSF and its leader, Mohamed Hamdan Dagalo, in January.", []rel{
			{"rsf", graph.Opposed, "united-states", ""},
			{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""},
			{"mohamed-hamdan-dagalo", graph.Opposed, "united-states", ""}}},
		{"fr: des sanctions au groupe X et à son chef, Y", "fr", "L'UE a imposé des sanctions au groupe Wagner et à son chef, Evgueni Prigojine.", []rel{
			{"european-union", graph.Opposed, "wagner-group", ""},
			{"european-union", graph.Opposed, "yevgeny-prigozhin", ""},
			{"yevgeny-prigozhin", graph.Leads, "wagner-group", ""}}},
		{"an attack on X and its leader: the group's", "en", "Israel attacked Hezbollah and its leader, Hassan Nasrallah.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""},
			{"hassan-nasrallah", graph.Leads, "hezbollah", ""}}},
	})
}

// TestGold18enCoordinatedRoles: a second role coordinated with a first
// ("X, Malaysia's prime minister and this year's chair of ASEAN"; "X,
// Nigeria's president and the chairman of ECOWAS") is the same person's;
// "chair" is a leader role.
func TestGold18enCoordinatedRoles(t *testing.T) {
	runRelCases(t, []relCase{
		{"X, S's prime minister and this year's chair of O", "en", "The talks were hosted by Anwar Ibrahim, Malaysia's prime minister and this year's chair of ASEAN.", []rel{
			{"anwar-ibrahim", graph.Leads, "malaysia", ""},
			{"anwar-ibrahim", graph.Leads, "asean", ""}}},
		{"X, S's president and the chairman of O (a trigger)", "en", "Bola Tinubu, Nigeria's president and the chairman of ECOWAS, spoke.", []rel{
			{"bola-tinubu", graph.Leads, "nigeria", ""},
			{"bola-tinubu", graph.Leads, "ecowas", ""}}},
		{"X, the chair of O", "en", "Anwar Ibrahim, the chair of ASEAN, spoke.", []rel{
			{"anwar-ibrahim", graph.Leads, "asean", ""}}},
	})
}

// TestGold18enWhosePossessor: "X, whose Y party ..." states that X heads
// Y, as "X's Y" does; not "whose Y allies" or a state.
func TestGold18enWhosePossessor(t *testing.T) {
	runRelCases(t, []relCase{
		{"X, whose Y party quit", "en", "Anutin Charnvirakul, whose Bhumjaithai party quit the coalition, was elected.", []rel{
			{"anutin-charnvirakul", graph.Leads, "bhumjaithai", ""}}},
		{"X, whose Y has won", "en", "Aung San Suu Kyi, whose NLD has won every election, was detained.", []rel{
			{"aung-san-suu-kyi", graph.Leads, "nld", ""}}},
		{"X, whose Y allies: none", "en", "Bashar al-Assad, whose Hezbollah allies fought in Qusayr, fled.", []rel{
			{"bashar-al-assad", graph.Allied, "hezbollah", ""}}},
	})
}

// TestGold18enDeputies: « vice-président de » is a deputy: a member role,
// no leads trigger.
func TestGold18enDeputies(t *testing.T) {
	runRelCases(t, []relCase{
		{"fr: X, premier vice-président du pays", "fr", "Riek Machar, premier vice-président du Soudan du Sud, a été arrêté.", nil},
		{"fr: X, alors vice-président du parti Y", "fr", "Milan Radoičić, alors vice-président de la Srpska Lista, a parlé.", []rel{
			{"milan-radoicic", graph.MemberOf, "srpska-lista", ""}}},
		{"fr: président still leads", "fr", "Salva Kiir, président du Soudan du Sud, a limogé son adjoint.", []rel{
			{"salva-kiir", graph.Leads, "south-sudan", ""}}},
	})
}

// TestGold18enRoleComplementSubject: the complement of a role in an
// apposition describing a person is not the subject of the verb after
// the apposition: the person is.
func TestGold18enRoleComplementSubject(t *testing.T) {
	runRelCases(t, []relCase{
		{"led by X, former vice-president of Y, ..., attacked Z", "en", "In September 2023 some 30 Serb gunmen led by Milan Radoičić, a businessman and former vice-president of Srpska Lista, the main Kosovo Serb party, attacked Kosovo police near the village of Banjska.", []rel{
			{"kosovo", graph.Opposed, "milan-radoicic", ""}}},
		{"X, the leader of Y, ordered", "en", "Iyad Ag Ghaly, the leader of the JNIM, ordered the attack on the army.", []rel{
			{"iyad-ag-ghaly", graph.Leads, "jnim", ""}}},
	})
}

// TestGold18enRelativeGoods: a give verb in an object relative whose
// antecedent is equipment supplies the actor after the verb ("the MiG-29
// fighters that Russia and Belarus gave Serbia").
func TestGold18enRelativeGoods(t *testing.T) {
	runRelCases(t, []relCase{
		{"the fighters that X and Y gave Z", "en", "Much of Serbia's air force still flies the MiG-29 fighters that Russia and Belarus gave Serbia between 2017 and 2019.", []rel{
			{"russia", graph.Supplies, "serbia", ""},
			{"belarus", graph.Supplies, "serbia", ""}}},
		{"the drones that X gave Z", "en", "The drones that Turkey gave Mali crashed.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"a promise is no equipment", "en", "The promise that Russia gave Serbia was broken.", nil},
	})
}
