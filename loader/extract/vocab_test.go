package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestVocabOpposed: ways news say armed conflict and hostility that the
// trigger lists lacked (fresh sentences, both languages).
func TestVocabOpposed(t *testing.T) {
	runRelCases(t, []relCase{
		{"exchanged fire (reciprocal)", "en", "Israel and Hezbollah traded fire across the border on Sunday.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"échangent des tirs (réciproque)", "fr", "Israël et le Hezbollah échangent des tirs presque chaque jour.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"opened fire on", "en", "Somali troops opened fire on Al-Shabaab fighters near Afgooye.", []rel{
			{"al-shabaab", graph.Opposed, "somalia", ""}}},
		{"ouvert le feu sur", "fr", "Des soldats somaliens ont ouvert le feu sur des combattants shebab près d'Afgooye.", []rel{
			{"al-shabaab", graph.Opposed, "somalia", ""}}},
		{"neutralised", "en", "The Malian army said it had neutralised 20 JNIM fighters near Ségou.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"neutralisé", "fr", "L'armée malienne a neutralisé une vingtaine de terroristes du JNIM.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"laid siege to", "en", "The RSF laid siege to the Sudanese army's last garrison in Darfur.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
		{"sealed its border with", "en", "The Dominican Republic sealed its border with Haiti in 2023.", []rel{
			{"dominican-republic", graph.Opposed, "haiti", ""}}},
		{"fermé son espace aérien aux", "fr", "Le Niger a fermé son espace aérien aux avions français.", []rel{
			{"france", graph.Opposed, "niger", ""}}},
		{"se livrent une guerre", "fr", "L'ISWAP et Boko Haram se livrent une guerre sanglante pour le contrôle des îles.", []rel{
			{"boko-haram", graph.Opposed, "iswap", ""}}},
		{"heurts entre", "fr", "De violents heurts entre les FSR et l'armée soudanaise ont éclaté à Omdurman.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
		{"exchanged fire with", "en", "Turkish troops exchanged fire with PKK fighters near the border.", []rel{
			{"pkk", graph.Opposed, "turkey", ""}}},
		{"tanks of a state (institution noun)", "en", "Israeli tanks fired on UNIFIL positions in Naqoura.", []rel{
			{"israel", graph.Opposed, "unifil", ""}}},
		{"base d'un État (nom d'institution)", "fr", "Boko Haram a attaqué la base tchadienne de Barkaram.", []rel{
			{"boko-haram", graph.Opposed, "chad", ""}}},
		{"reconquis", "fr", "L'armée malienne a reconquis Kidal sur les rebelles du FLA.", []rel{
			{"fla", graph.Opposed, "mali", ""}}},
	})
}

// TestVocabAllied: alliance phrases, and the people a suspicion of
// collaboration names, who are no actor.
func TestVocabAllied(t *testing.T) {
	runRelCases(t, []relCase{
		{"joined forces with", "en", "Niger joined forces with Mali to fight the jihadists.", []rel{
			{"mali", graph.Allied, "niger", ""}}},
		{"uni ses forces à", "fr", "Le Niger a uni ses forces à celles du Mali.", []rel{
			{"mali", graph.Allied, "niger", ""}}},
		{"fight on the side of", "en", "Burundian troops are fighting on the side of the Congolese army.", []rel{
			{"burundi", graph.Allied, "dr-congo", ""}}},
		{"se battent du côté de", "fr", "Les soldats burundais se battent du côté de l'armée congolaise.", []rel{
			{"burundi", graph.Allied, "dr-congo", ""}}},
		{"thrown its weight behind", "en", "The UAE has thrown its weight behind the RSF.", []rel{
			{"rsf", graph.Allied, "united-arab-emirates", ""}}},
		{"côte à côte avec", "fr", "Les troupes érythréennes ont combattu côte à côte avec l'armée éthiopienne.", []rel{
			{"eritrea", graph.Allied, "ethiopia", ""}}},
		{"prêté main-forte à", "fr", "Les paramilitaires de Wagner ont prêté main-forte à l'armée malienne.", []rel{
			{"mali", graph.Allied, "wagner-group", ""}}},
		{"parraine", "fr", "La Turquie parraine l'Armée nationale syrienne.", []rel{
			{"syrian-national-army", graph.Allied, "turkey", ""}}},
		{"collaborer avec", "fr", "Des experts accusent l'armée congolaise de collaborer avec les FDLR.", []rel{
			{"dr-congo", graph.Allied, "fdlr", "h"}}},
		{"collaboration entre", "fr", "Les experts ont documenté une collaboration entre les FARDC et les FDLR.", []rel{
			{"dr-congo", graph.Allied, "fdlr", ""}}},
		{"villagers suspected of collaborating", "en", "JNIM killed dozens of villagers suspected of collaborating with the Malian army.", nil},
		{"villageois soupçonnés de collaborer", "fr", "Le JNIM a tué des dizaines de villageois soupçonnés de collaborer avec l'armée malienne.", nil},
	})
}

// TestVocabMemberOf: membership phrases, role nouns, and a member role
// that holds a trigger word ("armed wing").
func TestVocabMemberOf(t *testing.T) {
	runRelCases(t, []relCase{
		{"serve under", "en", "Ethiopian soldiers serve under ATMIS in Somalia.", []rel{
			{"ethiopia", graph.MemberOf, "atmis", ""}}},
		{"acceded to", "en", "Finland acceded to NATO in April 2023.", []rel{
			{"finland", graph.MemberOf, "nato", ""}}},
		{"appartient à", "fr", "Le Kenya appartient à la Communauté d'Afrique de l'Est.", []rel{
			{"kenya", graph.MemberOf, "east-african-community", ""}}},
		{"pilier militaire de", "fr", "Le M23, pilier militaire de l'Alliance Fleuve Congo, a pris Goma.", []rel{
			{"m23", graph.MemberOf, "alliance-fleuve-congo", ""}}},
		{"armed wing: no supplies", "en", "The M23 is the armed wing of the Alliance Fleuve Congo.", []rel{
			{"m23", graph.MemberOf, "alliance-fleuve-congo", ""}}},
		{"est affilié à: the trigger, not the role reversed", "fr", "Les shebab sont affiliés à al-Qaïda.", []rel{
			{"al-shabaab", graph.MemberOf, "al-qaeda", ""}}},
		{"constituent groups", "en", "The Katiba Macina is one of the constituent groups of JNIM.", []rel{
			{"katiba-macina", graph.MemberOf, "jnim", ""}}},
	})
}

// TestVocabSuppliesTrains: supply, training and leadership phrases.
func TestVocabSuppliesTrains(t *testing.T) {
	runRelCases(t, []relCase{
		{"furnished", "en", "Rwanda furnished the M23 with heavy weapons.", []rel{
			{"rwanda", graph.Supplies, "m23", ""}}},
		{"shipping weapons to", "en", "The UAE has been shipping weapons to the RSF through Chad.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"fait parvenir", "fr", "L'Iran fait parvenir des missiles aux Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"fait don de", "fr", "La Russie a fait don de véhicules blindés à l'armée centrafricaine.", []rel{
			{"russia", graph.Supplies, "central-african-republic", ""}}},
		{"procuré", "fr", "Wagner a procuré des missiles sol-air aux FSR.", []rel{
			{"wagner-group", graph.Supplies, "rsf", ""}}},
		{"s'est procuré auprès de (passif)", "fr", "Le M23 s'est procuré des drones auprès du Rwanda.", []rel{
			{"rwanda", graph.Supplies, "m23", ""}}},
		{"received training in", "en", "Hezbollah fighters received training in Iran.", []rel{
			{"iran", graph.Trains, "hezbollah", ""}}},
		{"suivi une formation en", "fr", "Des commandos somaliens ont suivi une formation en Turquie.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		{"assure l'instruction des", "fr", "La Russie assure l'instruction des soldats maliens.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"underwent training in", "en", "Somali commandos underwent training in Turkey.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		{"commandées par", "fr", "Les FSR, commandées par Mohamed Hamdan Dagalo, ont pris Nyala.", []rel{
			{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
	})
}

// TestVocabForms: forms the conjugation rules now write (the French
// conditional, a hedge; new lemmas of both languages), fighting verbs
// before an ally's side, and « constitue » as a copula before a role.
func TestVocabForms(t *testing.T) {
	runRelCases(t, []relCase{
		{"conditionnel: livrerait (hedged)", "fr", "L'Iran livrerait des missiles aux Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}}},
		{"conditionnel: fournirait (hedged)", "fr", "Le Tchad fournirait des armes aux FSR.", []rel{
			{"chad", graph.Supplies, "rsf", "h"}}},
		{"conditionnel: attaqueraient (hedged)", "fr", "Les shebab attaqueraient les positions de l'armée somalienne.", []rel{
			{"al-shabaab", graph.Opposed, "somalia", "h"}}},
		{"feraient parvenir (hedged)", "fr", "Les Émirats arabes unis feraient parvenir des armes aux FSR via le Tchad.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"finançaient (financer)", "fr", "Les Émirats arabes unis finançaient les FSR depuis des années.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"délogeait (déloger)", "fr", "Le M23 délogeait les FARDC de leurs positions autour de Sake.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}}},
		{"éliminé (éliminer)", "fr", "L'armée malienne a éliminé plusieurs terroristes du JNIM à Nara.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"envahissait (envahir)", "fr", "L'ISWAP envahissait régulièrement les bases de l'armée nigériane.", []rel{
			{"iswap", graph.Opposed, "nigeria", ""}}},
		{"eliminated (eliminate)", "en", "The Nigerian army said it had eliminated dozens of Boko Haram militants.", []rel{
			{"boko-haram", graph.Opposed, "nigeria", ""}}},
		{"resupplying (resupply)", "en", "The UAE has been resupplying the RSF by air.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"combattent du côté des", "fr", "Des soldats burundais combattent du côté des FARDC au Sud-Kivu.", []rel{
			{"burundi", graph.Allied, "dr-congo", ""}}},
		{"constitue le bras armé de", "fr", "Le M23 constitue le bras armé de l'Alliance Fleuve Congo.", []rel{
			{"m23", graph.MemberOf, "alliance-fleuve-congo", ""}}},
	})
}

// TestVocabRoles: a French role noun with a hyphenated adjective before
// its group, and a copula between a role and an apposition that names
// another actor.
func TestVocabRoles(t *testing.T) {
	runRelCases(t, []relCase{
		{"branche sahélo-saharienne de", "fr", "Le JNIM est la branche sahélo-saharienne d'al-Qaïda.", []rel{
			{"jnim", graph.MemberOf, "al-qaeda", ""}}},
		{"branche ouest-africaine de", "fr", "L'ISWAP est la branche ouest-africaine de l'État islamique.", []rel{
			{"iswap", graph.MemberOf, "islamic-state", ""}}},
		{"no role across a copula: not Shekau", "fr", "L'Iswap, née d'une scission avec Abubakar Shekau, est la branche locale de l'État islamique.", nil},
	})
}

// TestVocabMore: a second batch of phrases (fresh sentences), and
// reciprocal phrases with a filler inside.
func TestVocabMore(t *testing.T) {
	runRelCases(t, []relCase{
		{"se sont violemment accrochés (filler in a reciprocal)", "fr", "Les FAMa et le JNIM se sont violemment accrochés près de Nioro.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"échangent quotidiennement des tirs", "fr", "Les FAMa et le JNIM échangent quotidiennement des tirs près de Nioro.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"coûté la vie à", "fr", "Une embuscade des shebab a coûté la vie à douze soldats kényans.", []rel{
			{"al-shabaab", graph.Opposed, "kenya", ""}}},
		{"détachement (nom d'institution)", "fr", "Le JNIM a revendiqué l'assaut contre le détachement militaire burkinabè de Djibo.", []rel{
			{"burkina-faso", graph.Opposed, "jnim", ""}}},
		{"at the hands of", "en", "Congolese troops suffered heavy losses at the hands of the M23.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}}},
		{"demanded the withdrawal of", "en", "Niamey demanded the withdrawal of French troops.", []rel{
			{"france", graph.Opposed, "niger", ""}}},
		{"provides military support to: allied, not supplies", "en", "Kigali provides military support to the M23.", []rel{
			{"m23", graph.Allied, "rwanda", ""}}},
		{"operate jointly with", "en", "Ugandan troops operate jointly with the Congolese army in Ituri.", []rel{
			{"dr-congo", graph.Allied, "uganda", ""}}},
		{"opèrent conjointement avec", "fr", "Les troupes ougandaises opèrent conjointement avec les FARDC en Ituri.", []rel{
			{"dr-congo", graph.Allied, "uganda", ""}}},
		{"mutual assistance pact", "en", "Mali and Burkina Faso concluded a mutual assistance pact.", []rel{
			{"burkina-faso", graph.Allied, "mali", ""}}},
		{"pacte d'assistance mutuelle", "fr", "Le Mali et le Burkina Faso ont conclu un pacte d'assistance mutuelle.", []rel{
			{"burkina-faso", graph.Allied, "mali", ""}}},
	})
}

// TestVocabNotAllied: what the new allied phrases must not read as an
// alliance: a vote, a joint organisation of talks, health cooperation.
func TestVocabNotAllied(t *testing.T) {
	runRelCases(t, []relCase{
		{"voté en faveur de", "fr", "Le Sénégal a voté en faveur de la résolution de l'ONU.", nil},
		{"jointly with (talks)", "en", "The African Union, jointly with the United Nations, organised talks in Addis Ababa.", nil},
		{"collaborating with a health ministry", "en", "The UN has been collaborating with Mali's health ministry on vaccination.", nil},
		{"intervenue en faveur de", "fr", "La Russie est intervenue en faveur du régime syrien en 2015.", []rel{
			{"russia", graph.Allied, "syria", ""}}},
	})
}

// TestVocabLeads: leadership verbs and roles.
func TestVocabLeads(t *testing.T) {
	runRelCases(t, []relCase{
		{"qui gouverne", "fr", "Paul Kagame, qui gouverne le Rwanda depuis 2000, a démenti.", []rel{
			{"paul-kagame", graph.Leads, "rwanda", ""}}},
		{"gouverné par", "fr", "Le Rwanda, gouverné par Paul Kagame depuis 2000, dément.", []rel{
			{"paul-kagame", graph.Leads, "rwanda", ""}}},
	})
}

// TestVocabTaking: a place or a position taken from an actor
// (".../taking/opposed"), and the takings that are not.
func TestVocabTaking(t *testing.T) {
	runRelCases(t, []relCase{
		{"took X from Y", "en", "The TNLA took the ruby-mining town of Mogok from the Myanmar army.", []rel{
			{"myanmar", graph.Opposed, "tnla", ""}}},
		{"took X back from the rebels of Y", "en", "The Malian army took Kidal back from the rebels of the FLA.", []rel{
			{"fla", graph.Opposed, "mali", ""}}},
		{"a repris X aux rebelles de Y", "fr", "L'armée malienne a repris Kidal aux rebelles du FLA.", []rel{
			{"fla", graph.Opposed, "mali", ""}}},
		{"a pris X à Y", "fr", "Le M23 a pris Goma aux FARDC en janvier.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}}},
		{"drove X out of", "en", "JNIM drove Burkinabe soldiers out of Djibo after days of fighting.", []rel{
			{"burkina-faso", graph.Opposed, "jnim", ""}}},
		{"a pris part aux: no taking", "fr", "Le Tchad a pris part aux opérations de l'armée nigériane.", nil},
		{"took a loan from: no taking", "en", "Mali took a loan from Russia.", nil},
	})
}

// TestVocabInversion: a French object relative with the subject after
// the verb (inverted_relatives).
func TestVocabInversion(t *testing.T) {
	runRelCases(t, []relCase{
		{"que dirige X", "fr", "Le JNIM, que dirige Iyad Ag Ghaly, a revendiqué l'attaque.", []rel{
			{"iyad-ag-ghaly", graph.Leads, "jnim", ""}}},
		{"que financent X", "fr", "Les FSR, que financent les Émirats arabes unis, ont pris El Fasher.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"que X finance (no inversion)", "fr", "Le Rwanda, que le M23 finance, dément.", []rel{
			{"m23", graph.Supplies, "rwanda", ""}}},
	})
}
