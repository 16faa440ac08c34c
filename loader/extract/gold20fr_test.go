package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestTitledChairLeads: a leads trigger whose agent is a head's title
// with a demonym, then the person after a comma (« présidée par le chef
// de l'État sierra-léonais, Julius Maada Bio »), makes the person lead
// the organisation; the state is no member by it (gold20fr.go,
// titledPersonAfter). A state agent alone is still a member.
func TestTitledChairLeads(t *testing.T) {
	runRelCases(t, []relCase{
		{"présidée par le chef de l'État", "fr", "La Cédéao, désormais présidée par le chef de l'État sierra-léonais, Julius Maada Bio, plaide pour le dialogue.", []rel{
			{"julius-maada-bio", graph.Leads, "ecowas", ""}, {"julius-maada-bio", graph.Leads, "sierra-leone", ""}}},
		{"nigérian", "fr", "La Cédéao, présidée par le chef de l'État nigérian, Bola Tinubu, a menacé d'intervenir.", []rel{
			{"bola-tinubu", graph.Leads, "ecowas", ""}, {"bola-tinubu", graph.Leads, "nigeria", ""}}},
		{"Union africaine", "fr", "L'Union africaine, présidée par le chef de l'État angolais, João Lourenço, a appelé au cessez-le-feu.", []rel{
			{"joao-lourenco", graph.Leads, "african-union", ""}, {"joao-lourenco", graph.Leads, "angola", ""}}},
		{"state agent: member", "fr", "La Cédéao, dirigée par le Nigeria, a menacé d'intervenir.", []rel{
			{"nigeria", graph.MemberOf, "ecowas", ""}}},
		{"state agent en: member", "en", "ECOWAS, chaired by Nigeria, urged talks.", []rel{
			{"nigeria", graph.MemberOf, "ecowas", ""}}},
	})
}

// TestConditionalReceives: « recevrait », « recevraient » receive goods
// from a supplier, hedged (supplies passive triggers and hedges).
func TestConditionalReceives(t *testing.T) {
	runRelCases(t, []relCase{
		{"recevrait", "fr", "Le Hezbollah recevrait des armes de l'Iran, selon Israël.", []rel{
			{"iran", graph.Supplies, "hezbollah", "h"}}},
		{"recevraient", "fr", "Les rebelles du M23 recevraient des munitions du Rwanda.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"recevraient, via", "fr", "Les FSR recevraient des drones des Émirats arabes unis via le Tchad.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"l'essentiel de", "fr", "Les Houthis recevraient l'essentiel de leurs missiles de l'Iran.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}}},
		{"a visit: nothing", "fr", "Le président recevrait son homologue russe à Niamey.", nil},
	})
}

// TestDescribedSubjectAfterAttribution: a definite description that opens
// the clause after a leading attribution (« Selon Damas, cette force
// recevrait des armes d'Israël ») is the recipient, unnamed: the
// article's home state does not stand in for it (probe18.go,
// describedSubject; gold20fr.go, afterOpeningAttribution).
func TestDescribedSubjectAfterAttribution(t *testing.T) {
	runRelCases(t, []relCase{
		{"selon, cette force", "fr", "Damas dénonce la Garde nationale. Selon Damas, cette force recevrait des armes d'Israël.", nil},
		{"selon des responsables", "fr", "Selon des responsables syriens, cette force recevrait des armes et de l'argent d'Israël, ce que ses chefs démentent.", nil},
		{"according to, the force", "en", "Damascus condemned the National Guard. According to Syrian officials, the force receives weapons from Israel.", nil},
		{"selon, l'armée: the state", "fr", "Le Mali est en guerre. Selon l'ONU, l'armée a reçu des drones de la Turquie.", []rel{
			{"turkey", graph.Supplies, "mali", "h"}}},
		{"d'après, no subject: home", "fr", "Bamako a annoncé la nouvelle. D'après des sources sécuritaires, des drones ont été livrés par la Turquie.", []rel{
			{"turkey", graph.Supplies, "mali", "h"}}},
	})
}

// TestArrivedTrainers: trainers of an actor who arrived in a state or its
// capital train that state (gold20fr.go, arrivedTrainerRules;
// docs/CODEBOOK.md, "Instructors"); forces with no stated role that only
// arrive are nothing.
func TestArrivedTrainers(t *testing.T) {
	runRelCases(t, []relCase{
		{"à Niamey", "fr", "Au Niger, des instructeurs russes sont arrivés à Niamey en avril 2024 avec un système de défense aérienne.", []rel{
			{"russia", graph.Trains, "niger", ""}}},
		{"au Niger", "fr", "Des instructeurs russes sont arrivés au Niger en avril 2024.", []rel{
			{"russia", graph.Trains, "niger", ""}}},
		{"déployés en", "fr", "Des instructeurs turcs ont été déployés en Somalie.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		{"militaires chinois", "fr", "Des instructeurs militaires chinois sont arrivés à Bamako en mars.", []rel{
			{"china", graph.Trains, "mali", ""}}},
		{"de la Russie", "fr", "Les instructeurs de la Russie sont arrivés à Ouagadougou.", []rel{
			{"russia", graph.Trains, "burkina-faso", ""}}},
		{"arrived in Bangui", "en", "Russian military instructors arrived in Bangui in 2018.", []rel{
			{"russia", graph.Trains, "central-african-republic", ""}}},
		{"deployed to", "en", "Turkish trainers were deployed to Somalia in 2017.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		{"of the Wagner Group", "en", "Instructors of the Wagner Group arrived in Bangui in 2018.", []rel{
			{"wagner-group", graph.Trains, "central-african-republic", ""}}},
		{"soldiers: nothing", "fr", "Des soldats russes sont arrivés à Niamey.", nil},
		{"soldiers en: nothing", "en", "Russian soldiers arrived in Niamey in April.", nil},
		{"from: nothing", "fr", "Des instructeurs russes sont arrivés de Moscou.", nil},
	})
}

// TestPactFoundedInRelative: signatories of a pact whose relative clause
// founds an organisation (« un pacte de défense mutuelle qui a donné
// naissance à l'Alliance des États du Sahel », "a mutual defence pact
// that created the Alliance") are allied among themselves and founding
// members; the organisation is no partner (gold20fr.go,
// foundedInRelative; founding: « a donné naissance à », "gave birth to").
func TestPactFoundedInRelative(t *testing.T) {
	among := []rel{
		{"burkina-faso", graph.Allied, "mali", ""}, {"mali", graph.Allied, "niger", ""}, {"burkina-faso", graph.Allied, "niger", ""},
		{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"niger", graph.MemberOf, "alliance-of-sahel-states", ""}}
	runRelCases(t, []relCase{
		{"charte, pacte qui a donné naissance", "fr", "Le 16 septembre 2023, le Mali, le Burkina Faso et le Niger ont signé la charte du Liptako-Gourma, un pacte de défense mutuelle qui a donné naissance à l'Alliance des États du Sahel.", among},
		{"pacte qui a créé", "fr", "Le Mali, le Burkina Faso et le Niger ont signé un pacte de défense mutuelle qui a créé l'Alliance des États du Sahel.", among},
		{"pact that created", "en", "Mali, Burkina Faso and Niger signed the Liptako-Gourma Charter, a mutual defence pact that created the Alliance of Sahel States.", among},
		{"pact that gave birth to", "en", "Mali, Burkina Faso and Niger signed a mutual defence pact that gave birth to the Alliance of Sahel States.", among},
		{"partner after: kept", "fr", "Le Tchad a signé avec le Niger un pacte de défense.", []rel{
			{"chad", graph.Allied, "niger", ""}}},
	})
}

// TestTitledSurnameOfLexiconPerson: « M. Deni » after « Saïd Abdullahi
// Deni », a person of the lexicon named in full, is that person, not a
// new one (discover.go, resolvePersons; gold20fr.go, lexiconPersonOf).
func TestTitledSurnameOfLexiconPerson(t *testing.T) {
	runRelCases(t, []relCase{
		{"M. Deni", "fr", "Le président du Puntland, Saïd Abdullahi Deni, a lancé l'opération. M. Deni combat les Chabab.", []rel{
			{"said-abdullahi-deni", graph.Leads, "puntland", ""}, {"al-shabaab", graph.Opposed, "said-abdullahi-deni", ""}}},
		{"M. Qassem", "fr", "Le chef du Hezbollah, Naïm Qassem, a parlé. M. Qassem combat Israël.", []rel{
			{"naim-qassem", graph.Leads, "hezbollah", ""}, {"israel", graph.Opposed, "naim-qassem", ""}}},
		{"M. Mohamoud", "fr", "Le président somalien, Hassan Cheikh Mohamoud, a lancé l'opération. M. Mohamoud combat les Chabab.", []rel{
			{"hassan-sheikh-mohamud", graph.Leads, "somalia", ""}, {"al-shabaab", graph.Opposed, "hassan-sheikh-mohamud", ""}}},
		{"another given name: another person", "fr", "Le chef du Hezbollah, Naïm Qassem, a parlé. Son frère, M. Ali Qassem, combat Israël.", []rel{
			{"naim-qassem", graph.Leads, "hezbollah", ""}, {"ali-qassem", graph.Opposed, "israel", ""}}},
	})
}

// TestDesignationNounBeforeActor: a designation noun with what it
// designates as before the actor (« la désignation comme organisation
// terroriste de HTS », "the terrorist designation of HTS") is a
// designation; an ending verb before it negates it (gold20fr.go,
// designatedAfterNoun, designNounBefore; designation_verbs: « désignation
// », "designation").
func TestDesignationNounBeforeActor(t *testing.T) {
	runRelCases(t, []relCase{
		{"révoqué la désignation comme … de", "fr", "Washington a révoqué le 8 juillet la désignation comme organisation terroriste de Hayat Tahrir al-Cham (HTS).", []rel{
			{"hts", graph.Opposed, "united-states", "n"}}},
		{"confirmé", "fr", "Washington a confirmé la désignation comme organisation terroriste de HTS.", []rel{
			{"hts", graph.Opposed, "united-states", ""}}},
		{"revoked the terrorist designation of", "en", "Washington revoked the terrorist designation of HTS in July.", []rel{
			{"hts", graph.Opposed, "united-states", "n"}}},
		{"de X comme: unchanged", "fr", "Washington a révoqué la désignation de HTS comme organisation terroriste.", []rel{
			{"hts", graph.Opposed, "united-states", "n"}}},
		{"no designation noun: nothing", "fr", "Le conseil a confirmé la désignation comme président du général Tiani.", nil},
	})
}

// TestRelativeRoleAfterApposition: a role in a « dont » relative after an
// apposition's head noun (« HTS, le groupe islamiste dont M. al-Charaa
// était le chef ») is held for the actor before the apposition
// (relate.go, relativeRoleHolder; gold20fr.go, appositionHeadStart), past
// a title and a surname's particle.
func TestRelativeRoleAfterApposition(t *testing.T) {
	runRelCases(t, []relCase{
		{"le groupe dont", "fr", "HTS, le groupe dont Ahmed al-Charaa est le chef, a pris Damas.", []rel{
			{"ahmed-al-sharaa", graph.Leads, "hts", ""}}},
		{"la coalition jihadiste dont", "fr", "Le JNIM, la coalition jihadiste dont Iyad Ag Ghaly est le chef, a attaqué Kayes.", []rel{
			{"iyad-ag-ghaly", graph.Leads, "jnim", ""}}},
		{"dont M. al-Charaa", "fr", "Ahmed al-Charaa a parlé. HTS, le groupe islamiste dont M. al-Charaa était le chef, a été dissous.", []rel{
			{"ahmed-al-sharaa", graph.Leads, "hts", ""}}},
		{"dont, no apposition: unchanged", "fr", "Le JNIM, dont Iyad Ag Ghaly est le chef, a attaqué Kayes.", []rel{
			{"iyad-ag-ghaly", graph.Leads, "jnim", ""}}},
		{"no role: nothing", "fr", "Le JNIM, la coalition dont les combattants ont attaqué Kayes, est actif.", nil},
	})
}

// TestOriginListedRecipients: "de fabrication turque", "Turkish-made"
// goods of coordinated subjects or objects are supplied to each of them,
// not to the last one only (relate.go, originRules; gold20fr.go,
// originRecipients).
func TestOriginListedRecipients(t *testing.T) {
	runRelCases(t, []relCase{
		{"Le Mali et le Niger ont reçu", "fr", "Le Mali et le Niger ont reçu des drones de fabrication turque.", []rel{
			{"turkey", graph.Supplies, "mali", ""}, {"turkey", graph.Supplies, "niger", ""}}},
		{"three utilisent", "fr", "Le Mali, le Burkina Faso et le Niger utilisent des drones de fabrication turque.", []rel{
			{"turkey", graph.Supplies, "mali", ""}, {"turkey", graph.Supplies, "burkina-faso", ""}, {"turkey", graph.Supplies, "niger", ""}}},
		{"Mali and Niger have received", "en", "Mali and Niger have received Turkish-made drones.", []rel{
			{"turkey", graph.Supplies, "mali", ""}, {"turkey", graph.Supplies, "niger", ""}}},
		{"one subject, another clause", "fr", "Le Mali a reçu des drones de fabrication turque, et le Niger des blindés.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
	})
}

// TestOpenerStateSeizure: a sentence that opens with the state it happens
// in, then an armed group that takes or holds a place there, states that
// the group fights that state (gold20fr.go, openerStateRules,
// openerSeizureState; docs/CODEBOOK.md, "Disputed territory").
func TestOpenerStateSeizure(t *testing.T) {
	runRelCases(t, []relCase{
		{"contrôle le territoire", "fr", "Au Burkina Faso, le JNIM contrôle une large partie du territoire.", []rel{
			{"burkina-faso", graph.Opposed, "jnim", ""}}},
		{"pris d'assaut la ville", "fr", "Au Burkina Faso, le JNIM a pris d'assaut le 11 mai la ville de Djibo.", []rel{
			{"burkina-faso", graph.Opposed, "jnim", ""}}},
		{"camp militaire", "fr", "Au Mali, le JNIM a pris le 1er juin le camp militaire de Boulkessi.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"En Somalie", "fr", "En Somalie, les Chabab contrôlent de vastes zones du territoire.", []rel{
			{"al-shabaab", graph.Opposed, "somalia", ""}}},
		{"stormed the town", "en", "In Burkina Faso, JNIM stormed the town of Djibo on 11 May.", []rel{
			{"burkina-faso", graph.Opposed, "jnim", ""}}},
		{"seized the city", "en", "In Sudan, the RSF seized the city of El Fasher in October.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
		{"hostages: nothing", "fr", "Au Mali, le JNIM a pris en otage trois ouvriers chinois.", nil},
		{"civilians: nothing", "fr", "Au Niger, l'EIS a tué 44 fidèles dans une mosquée.", nil},
	})
}

// TestMilitaryAgreementSigned: a signed « accord militaire », "military
// agreement", "training agreement" is an agreement in force: allied
// (allied triggers; docs/CODEBOOK.md, "Agreements in force").
func TestMilitaryAgreementSigned(t *testing.T) {
	runRelCases(t, []relCase{
		{"signé avec X un accord militaire", "fr", "La Turquie a signé avec Damas le 13 août un accord militaire.", []rel{
			{"syria", graph.Allied, "turkey", ""}}},
		{"ont signé un accord militaire", "fr", "La Turquie et la Syrie ont signé un accord militaire en août.", []rel{
			{"syria", graph.Allied, "turkey", ""}}},
		{"signed a military agreement", "en", "Turkey and Syria signed a military agreement in August.", []rel{
			{"syria", graph.Allied, "turkey", ""}}},
		{"training agreement with", "en", "Turkey signed a training agreement with Somalia in 2012.", []rel{
			{"somalia", graph.Allied, "turkey", ""}}},
		{"no partner: nothing", "fr", "Le Mali a signé un accord militaire.", nil},
	})
}

// TestPluperfectAllied: « avait aidé », « avait soutenu » state a past
// act, asserted; the pluperfect is no former cue for allied
// (gold20fr.go, formerNotAux). A capital that names an agreement (« l'accord
// de Pretoria ») is no actor (gold20fr.go, documentCity;
// named_documents).
func TestPluperfectAllied(t *testing.T) {
	runRelCases(t, []relCase{
		{"avait aidé", "fr", "La Russie avait aidé le Mali.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"avait soutenu", "fr", "La Russie avait soutenu le Mali.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"laissé entendre, démenti", "fr", "Un porte-parole a laissé entendre que Kiev avait aidé le FLA, ce que Kiev dément.", []rel{
			{"fla", graph.Allied, "ukraine", "h"}}},
		{"ancien allié: nothing", "fr", "Le Tchad et la France, autrefois alliés, se sont brouillés.", nil},
		{"qui avait dirigé: no leads", "fr", "Idriss Déby, qui avait dirigé le Tchad, est mort.", nil},
		{"l'accord de Pretoria: no actor", "fr", "L'Union africaine, qui avait parrainé l'accord de Pretoria, reste discrète.", nil},
		{"accord de défense avec Moscou", "fr", "Le Mali a signé un accord de défense avec Moscou.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
	})
}

// TestProvidingForStipulates: "providing for", an intent cue that starts
// at a supplies trigger, stipulates: no supply (gold20fr.go,
// intentOpensAt).
func TestProvidingForStipulates(t *testing.T) {
	runRelCases(t, []relCase{
		{"agreement providing for", "en", "Turkey signed an agreement with Syria providing for Turkish officers to train the Syrian army.", nil},
		{"military agreement providing for", "en", "Turkey signed a military agreement with Syria providing for Turkish officers to train the Syrian army.", []rel{
			{"syria", graph.Allied, "turkey", ""}}},
		{"providing drones: kept", "en", "Turkey is providing drones to Somalia.", []rel{
			{"turkey", graph.Supplies, "somalia", ""}}},
	})
}
