package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/stretchr/testify/assert"
)

// TestPluralTitles: a plural title introduces the persons listed after
// it or after an including phrase, and a member role makes them members
// of the group it names.
func TestPluralTitles(t *testing.T) {
	runRelCases(t, []relCase{
		{"including, commas", "en", "Several Hezbollah commanders, including Fuad Shukr, were killed.", []rel{
			{"fuad-shukr", graph.MemberOf, "hezbollah", ""}}},
		{"among them, a list", "en", "Israel killed several Hezbollah commanders, among them Fuad Shukr and Ibrahim Aqil.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}, {"fuad-shukr", graph.MemberOf, "hezbollah", ""}, {"ibrahim-aqil", graph.MemberOf, "hezbollah", ""}}},
		{"names right after", "en", "Hezbollah commanders Fuad Shukr and Ibrahim Aqil were killed.", []rel{
			{"fuad-shukr", graph.MemberOf, "hezbollah", ""}, {"ibrahim-aqil", graph.MemberOf, "hezbollah", ""}}},
		{"dont", "fr", "Plusieurs commandants du Hezbollah, dont Fouad Chokr, ont été tués.", []rel{
			{"fuad-shukr", graph.MemberOf, "hezbollah", ""}}},
		{"apposition de deux noms", "fr", "Des hauts responsables du Hamas, Oussama Hamdane et Bassem Naïm, ont parlé.", []rel{
			{"osama-hamdan", graph.MemberOf, "hamas", ""}, {"basem-naim", graph.MemberOf, "hamas", ""}}},
		{"noms juste après", "fr", "Les commandants du Hezbollah Fouad Chokr et Ibrahim Aqil ont été tués.", []rel{
			{"fuad-shukr", graph.MemberOf, "hezbollah", ""}, {"ibrahim-aqil", graph.MemberOf, "hezbollah", ""}}},
		// a singular French title no longer missing
		{"haut responsable, singulier", "fr", "Un haut responsable du Hamas, Oussama Hamdane, a déclaré que les négociations étaient bloquées.", []rel{
			{"osama-hamdan", graph.MemberOf, "hamas", ""}}},
		// the group's leader after a member role is no member
		{"led by after commanders of", "en", "Commanders of the 3R, led by Sembé Bobbo, are still active.", []rel{
			{"sembe-bobbo", graph.Leads, "3r", ""}}},
		// one word after "including" is no person
		{"including a single word", "en", "Several Hezbollah commanders, including Shukr, were killed.", nil},
	})
}

// TestUnitLeaders: the leader a passive leads trigger names after a
// member role leads the unit in apposition, not the group owning it.
func TestUnitLeaders(t *testing.T) {
	runRelCases(t, []relCase{
		{"a JNIM unit led by", "en", "Katiba Macina, a JNIM unit led by Amadou Koufa, operates in central Mali.", []rel{
			{"amadou-koufa", graph.Leads, "katiba-macina", ""}, {"katiba-macina", graph.MemberOf, "jnim", ""}}},
		{"a faction of the SLA led by", "en", "The SLA-MM, a faction of the SLA led by Minni Minawi, fought the RSF.", []rel{
			{"slm-mm", graph.MemberOf, "sudan-liberation-movement", ""}, {"minni-minawi", graph.Leads, "slm-mm", ""}, {"rsf", graph.Opposed, "slm-mm", ""}}},
		{"no unit named", "en", "The RSF attacked a JNIM faction led by Amadou Koufa.", []rel{
			{"jnim", graph.Opposed, "rsf", ""}}},
		{"une unité du JNIM dirigée par", "fr", "La katiba Macina, une unité du JNIM dirigée par Amadou Koufa, opère dans le centre.", []rel{
			{"amadou-koufa", graph.Leads, "katiba-macina", ""}, {"katiba-macina", graph.MemberOf, "jnim", ""}}},
		// the group itself led by: unchanged
		{"the group led by", "en", "The JNIM, led by Iyad Ag Ghaly, attacked Djibo.", []rel{
			{"iyad-ag-ghaly", graph.Leads, "jnim", ""}}},
	})
}

// TestBackerCompoundNoParty: the backer of a hyphen compound ("Iran-backed
// militias") is no party to what the backed do or suffer; the compound
// still allies a named actor.
func TestBackerCompoundNoParty(t *testing.T) {
	runRelCases(t, []relCase{
		{"struck Iran-backed militias", "en", "Israel struck Iran-backed militias in Syria.", nil},
		{"Iran-backed militias attacked", "en", "Iran-backed militias attacked US bases.", nil},
		{"US-trained commandos", "en", "US-trained commandos attacked al-Shabaab.", nil},
		{"coordinate attacks with", "en", "The Houthis coordinate their attacks with Iran-backed militias in Iraq.", nil},
		{"named actor after the compound", "en", "Israel struck the Iran-backed Houthis.", []rel{
			{"houthis", graph.Opposed, "israel", ""}, {"houthis", graph.Allied, "iran", ""}}},
		{"named subject after the compound", "en", "Iran-backed Houthis attacked Israel.", []rel{
			{"houthis", graph.Opposed, "israel", ""}, {"houthis", graph.Allied, "iran", ""}}},
	})
}

// TestExpulsionNoun: « l'expulsion de X » names no expeller; the verb
// still does.
func TestExpulsionNoun(t *testing.T) {
	runRelCases(t, []relCase{
		{"après l'expulsion, sujet sans État", "fr", "La junte s'est tournée vers la Russie après l'expulsion des forces françaises.", nil},
		{"après l'expulsion, livraison", "fr", "La Russie a livré des avions au Mali après l'expulsion des forces françaises.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"le verbe", "fr", "Le Mali a expulsé les forces françaises en 2022.", []rel{
			{"france", graph.Opposed, "mali", ""}}},
	})
}

// TestMemberNotAllied: actors cooperating within an organisation the
// sentence makes them members of are allied with each other, not with it.
func TestMemberNotAllied(t *testing.T) {
	runRelCases(t, []relCase{
		{"coopèrent au sein de", "fr", "Le Mali et le Burkina Faso coopèrent au sein de l'AES.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.Allied, "mali", ""}}},
		{"scellé leur alliance au sein de", "fr", "Bamako et Ouagadougou ont scellé leur alliance au sein de l'AES.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.Allied, "mali", ""}}},
		// a collaboration between units of a state's army and a group: kept
		{"collaboration entre des unités", "fr", "Des experts ont documenté une collaboration entre des unités des FARDC et les FDLR.", []rel{
			{"dr-congo", graph.Allied, "fdlr", ""}}},
		{"l'ANS", "fr", "La Turquie soutient l'ANS, qui combat les Forces démocratiques syriennes.", []rel{
			{"syrian-national-army", graph.Allied, "turkey", ""}, {"sdf", graph.Opposed, "syrian-national-army", ""}}},
	})
}

// TestCeasefireAgreed: parties agreeing, signing or observing a
// ceasefire are opposed (docs/CODEBOOK.md, "Ceasefires and peace
// declarations"), coordinated or with "with"; routing is fighting.
func TestCeasefireAgreed(t *testing.T) {
	runRelCases(t, []relCase{
		{"agreed a ceasefire", "en", "Hamas and Israel agreed a ceasefire in January.", []rel{{"hamas", graph.Opposed, "israel", ""}}},
		{"agreed to a ceasefire", "en", "Hamas and Israel agreed to a ceasefire.", []rel{{"hamas", graph.Opposed, "israel", ""}}},
		{"observed a truce", "en", "Israel and Hezbollah have observed a truce since November.", []rel{{"hezbollah", graph.Opposed, "israel", ""}}},
		{"agreed a ceasefire with", "en", "Israel agreed a ceasefire with Hamas.", []rel{{"hamas", graph.Opposed, "israel", ""}}},
		{"conclu un cessez-le-feu", "fr", "Le Hamas et Israël ont conclu un cessez-le-feu.", []rel{{"hamas", graph.Opposed, "israel", ""}}},
		{"signé une trêve", "fr", "Israël et le Hamas ont signé une trêve.", []rel{{"hamas", graph.Opposed, "israel", ""}}},
		{"routing", "en", "The M23 took Goma, routing Congolese troops.", []rel{{"dr-congo", graph.Opposed, "m23", ""}}},
		{"mettant en déroute", "fr", "Le M23 a pris Goma, mettant en déroute les troupes congolaises et leurs alliés burundais.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}, {"burundi", graph.Opposed, "m23", ""}, {"burundi", graph.Allied, "dr-congo", ""}}},
	})
}

// TestPossessiveBeforeAlliedPhrase: a possessive before an allied
// trigger that opens with an institution noun ("its military ties with")
// leaves the trigger whole.
func TestPossessiveBeforeAlliedPhrase(t *testing.T) {
	runRelCases(t, []relCase{
		{"its military ties with", "en", "Niger deepened its military ties with Russia.", []rel{{"niger", graph.Allied, "russia", ""}}},
		{"its military cooperation with", "en", "Niger deepened its military cooperation with Russia.", []rel{{"niger", graph.Allied, "russia", ""}}},
		{"its military still an institution", "en", "Mali expelled France. Its military attacked the FLA.", []rel{
			{"france", graph.Opposed, "mali", ""}, {"fla", graph.Opposed, "mali", ""}}},
	})
}

// TestMakerNoSupplier: the maker a maker phrase names supplies only when
// the text says it delivered; a state making the goods makes them its
// own (docs/CODEBOOK.md, "Maker and state of origin").
func TestMakerNoSupplier(t *testing.T) {
	runRelCases(t, []relCase{
		{"made by, were delivered", "en", "The drones, made by Baykar, were delivered to Bamako in 2022.", nil},
		{"fabriqués par, ont été livrés", "fr", "Les drones, fabriqués par Baykar, ont été livrés à Bamako en 2022.", nil},
		{"fabriqués par un État", "fr", "Des drones fabriqués par la Turquie ont été livrés au Mali.", []rel{{"turkey", graph.Supplies, "mali", ""}}},
		{"the agent named", "en", "Drones made by Baykar were delivered to Mali by Turkey.", []rel{{"turkey", graph.Supplies, "mali", ""}}},
		{"the maker delivered", "fr", "Baykar a livré des drones au Mali.", []rel{{"baykar", graph.Supplies, "mali", ""}}},
		{"from the maker", "en", "Drones from Baykar were delivered to Mali.", []rel{{"baykar", graph.Supplies, "mali", ""}}},
	})
}

// TestSuspendedCooperation: suspending military cooperation ends the
// alliance with no hostility (allied negated only; docs/CODEBOOK.md,
// "Rifts that are not hostility"); revoking or denouncing a defence
// agreement is still opposed too.
func TestSuspendedCooperation(t *testing.T) {
	runRelCases(t, []relCase{
		{"suspended its military cooperation with", "en", "Niger suspended its military cooperation with the United States.", []rel{
			{"niger", graph.Allied, "united-states", "n"}}},
		{"a suspendu sa coopération militaire avec", "fr", "Le Niger a suspendu sa coopération militaire avec les États-Unis.", []rel{
			{"niger", graph.Allied, "united-states", "n"}}},
		{"revoked", "en", "Niger revoked its military cooperation agreement with the United States.", []rel{
			{"niger", graph.Opposed, "united-states", ""}, {"niger", graph.Allied, "united-states", "n"}}},
		{"dénoncé l'accord", "fr", "Le Niger a dénoncé l'accord de coopération militaire avec les États-Unis.", []rel{
			{"niger", graph.Opposed, "united-states", ""}, {"niger", graph.Allied, "united-states", "n"}}},
	})
}

// TestUnderLeader: a group or state put under a person opening the
// sentence or between commas is led by the person; a state only by a
// person of its country.
func TestUnderLeader(t *testing.T) {
	runRelCases(t, []relCase{
		{"Under X, group", "en", "Under Naim Qassem, Hezbollah has avoided a new war.", []rel{{"naim-qassem", graph.Leads, "hezbollah", ""}}},
		{"past a relative", "en", "Under Naim Qassem, who succeeded Hassan Nasrallah, Hezbollah has avoided a new war.", []rel{{"naim-qassem", graph.Leads, "hezbollah", ""}}},
		{"between commas", "en", "Hezbollah, under Naim Qassem, has avoided a new war.", []rel{{"naim-qassem", graph.Leads, "hezbollah", ""}}},
		{"sous, État", "fr", "Sous Goïta, le Mali s'est tourné vers la Russie.", []rel{
			{"mali", graph.Allied, "russia", ""}, {"assimi-goita", graph.Leads, "mali", ""}}},
		{"another state", "en", "Under Bashar al-Assad, Russia intervened in Syria.", nil},
		{"no person", "en", "Under UN sanctions, Iran has armed the Houthis.", []rel{{"iran", graph.Supplies, "houthis", ""}}},
		// the French interim titles, and a possessor's title
		{"président par intérim", "fr", "Ahmed al-Charaa, président par intérim de la Syrie, a rencontré Erdogan.", []rel{{"ahmed-al-sharaa", graph.Leads, "syria", ""}}},
		{"a possessor's title", "en", "Somaliland's new president, Abdirahman Irro, took office in December.", []rel{{"abdirahman-cirro", graph.Leads, "somaliland", ""}}},
	})
}

// TestPeaceAgreementSigned: parties signing a peace agreement are
// enemies (docs/CODEBOOK.md: a peace agreement between enemies is not
// allied; peace declarations give opposed); the agreement named by a
// place is no party.
func TestPeaceAgreementSigned(t *testing.T) {
	runRelCases(t, []relCase{
		{"signed a peace agreement with", "en", "Mali signed a peace agreement with the FLA in 2015.", []rel{{"fla", graph.Opposed, "mali", ""}}},
		{"signed a peace deal, coordinated", "en", "Ethiopia and the TPLF signed a peace deal in Pretoria.", []rel{{"ethiopia", graph.Opposed, "tplf", ""}}},
		{"signé un accord de paix avec", "fr", "Le Mali a signé un accord de paix avec le FLA.", []rel{{"fla", graph.Opposed, "mali", ""}}},
		{"ont signé un accord de paix", "fr", "Le gouvernement éthiopien et le TPLF ont signé un accord de paix.", []rel{{"ethiopia", graph.Opposed, "tplf", ""}}},
		{"the Algiers peace agreement", "en", "Mali ended the Algiers peace agreement with the FLA in January 2024.", nil},
		{"an agreement, no peace", "en", "Mali signed an agreement with Russia.", nil},
	})
}

// TestStatesNotMembers: an organisation named only as the owner of the
// member states that join or leave is no member itself.
func TestStatesNotMembers(t *testing.T) {
	runRelCases(t, []relCase{
		{"les pays de l'AES", "fr", "Les trois pays de l'AES, le Mali, le Burkina Faso et le Niger, ont quitté la Cédéao.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}, {"burkina-faso", graph.MemberOf, "ecowas", "n"}, {"niger", graph.MemberOf, "ecowas", "n"},
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"niger", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		{"the AES countries", "en", "The AES countries (Mali, Burkina Faso and Niger) left ECOWAS.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"niger", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		// other acts stay the organisation's
		{"member states imposed sanctions", "en", "ECOWAS member states imposed sanctions on Niger.", []rel{{"ecowas", graph.Opposed, "niger", ""}}},
	})
}

// TestSpeakerRoleHolder: a role naming a trailing clause's speaker holds
// no actor of the clause spoken of.
func TestSpeakerRoleHolder(t *testing.T) {
	runRelCases(t, []relCase{
		{"the group's spokesman said", "en", "The FLA has received no weapons from Algeria, the group's spokesman said.", []rel{
			{"algeria", graph.Supplies, "fla", "hn"}}},
		{"named speaker with the role", "en", "The FLA attacked the army in Kidal, said Mohamed Ramadane, a spokesman for the FLA.", []rel{
			{"mohamed-ramadane", graph.MemberOf, "fla", ""}}},
	})
}

// TestLead17Pairs: goods' origin after an instrument word fights no one;
// trainers received are trained by their state; not admitting is no
// denial but a hedge.
func TestLead17Pairs(t *testing.T) {
	runRelCases(t, []relCase{
		{"attacked with Emirati drones", "en", "The RSF attacked the town with Emirati drones.", nil},
		{"avec des drones émiratis", "fr", "Les FSR ont attaqué la ville avec des drones émiratis.", nil},
		{"the state's army with drones", "en", "The Sudanese army attacked the RSF with Turkish drones.", []rel{{"rsf", graph.Opposed, "sudan", ""}}},
		{"joint raids with aircraft: companions", "en", "In 2024, British jets took part in joint raids with American aircraft against Houthi launch sites.", []rel{
			{"houthis", graph.Opposed, "united-kingdom", ""}, {"houthis", graph.Opposed, "united-states", ""}, {"united-kingdom", graph.Allied, "united-states", ""}}},
		{"received instructors", "en", "Mali received Russian instructors in 2021.", []rel{{"russia", graph.Trains, "mali", ""}}},
		{"received some military instructors", "en", "Mali received some 400 Russian military instructors in 2021.", []rel{{"russia", graph.Trains, "mali", ""}}},
		{"received drones", "en", "Mali received Russian drones in 2021.", []rel{{"russia", graph.Supplies, "mali", ""}}},
		{"funded by instructors: an agent", "en", "Burkina Faso, funded by Qatari instructors, called for calm.", []rel{{"qatar", graph.Supplies, "burkina-faso", ""}}},
		// not admitting is no denial: a hedge, as not confirming
		{"deployed armed drones", "en", "Turkey has deployed armed drones to Somalia.", nil},
		{"the armed drones sold", "en", "Turkey sold the armed drones to Somalia.", []rel{{"turkey", graph.Supplies, "somalia", ""}}},
		{"armed the army", "en", "Turkey armed the Somali army with drones.", []rel{{"turkey", graph.Supplies, "somalia", ""}}},
		{"leur fournit fusils: a clitic", "fr", "L'armée congolaise s'appuie sur les Wazalendo, des milices locales : elle leur fournit fusils et munitions.", []rel{
			{"dr-congo", graph.Allied, "wazalendo", ""}, {"dr-congo", graph.Supplies, "wazalendo", ""}}},
		{"backed by air power", "en", "Puntland's forces, backed by US and Emirati air power, attacked the group.", []rel{
			{"puntland", graph.Allied, "united-states", ""}, {"puntland", graph.Allied, "united-arab-emirates", ""}}},
		{"despite air support: no ally", "fr", "Le M23 a progressé malgré l'appui aérien burundais.", nil},
		// a NATO and EU member: whose member, no party to the refusal
		{"a NATO and EU member", "en", "Hungary, a NATO and EU member, has refused to send weapons to Kyiv.", []rel{{"hungary", graph.Supplies, "ukraine", "n"}}},
		{"mutual defence treaty", "en", "Pyongyang and Moscow signed a mutual defence treaty in June 2024.", []rel{{"north-korea", graph.Allied, "russia", ""}}},
		{"traité de défense mutuelle", "fr", "La Russie et la Corée du Nord ont signé un traité de défense mutuelle en juin 2024.", []rel{{"north-korea", graph.Allied, "russia", ""}}},
		{"never admitted", "en", "Rwanda has never admitted training M23 fighters.", []rel{{"rwanda", graph.Trains, "m23", "h"}}},
		{"admitted", "en", "Rwanda has admitted training M23 fighters.", []rel{{"rwanda", graph.Trains, "m23", ""}}},
		{"denies: still a denial", "en", "Rwanda denies training M23 fighters.", []rel{{"rwanda", graph.Trains, "m23", "n"}}},
		{"n'a jamais reconnu", "fr", "Le Rwanda n'a jamais reconnu avoir formé des combattants du M23.", []rel{{"rwanda", graph.Trains, "m23", "h"}}},
	})
}

// TestCliticReferents: a clitic object stands for no partner of the
// subject in the list opening the sentence before, and a clitic before a
// passive supplies trigger names the recipient (no "/home" one).
func TestCliticReferents(t *testing.T) {
	text := "Les FSR contrôlent le Darfour. Elles ont bombardé Port-Soudan en mai. " +
		"Selon des experts de l'ONU, ces drones leur auraient été fournis par les Émirats arabes unis. " +
		"L'Égypte et la Turquie soutiennent l'armée soudanaise. Ankara lui a livré des drones."
	got := relations(runDated(t, x, "fr", "2025-05-20", text))
	for _, r := range got {
		assert.False(t, r.from == "turkey" && r.to == "egypt", "the clitic is not Turkey's partner Egypt: %v", got)
		assert.False(t, r.from == "united-arab-emirates" && r.to == "sudan", "the clitic names the recipient, not the home state: %v", got)
	}
	assert.Contains(t, got, rel{"egypt", graph.Allied, "sudan", ""})
}
