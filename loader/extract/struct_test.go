package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestStructRules: structure across clauses and sentences (branch
// struct): the name in apposition to a described head, possessives
// across sentences, possessive relatives of contingents, list
// appositions between a subject and its verb.
func TestStructRules(t *testing.T) {
	runRelCases(t, []relCase{
		{"mission of X in a place, NAME: member", "fr", "La mission de la SADC au Mozambique, la SAMIM, a quitté le pays en juillet.", []rel{
			{"samim", graph.MemberOf, "sadc", ""}}},
		{"mission of X (ACR) in a place, NAME: member", "fr", "La mission de la Communauté de développement de l'Afrique australe (SADC) en RDC, la SAMIDRC, a achevé son retrait en juin.", []rel{
			{"samidrc", graph.MemberOf, "sadc", ""}}},
		{"mission adjective of-complement of X, NAME acts", "fr", "La mission militaire d'assistance de l'UE, l'EUMAM Mozambique, a formé onze compagnies de forces de réaction rapide mozambicaines.", []rel{
			{"eutm-mozambique", graph.MemberOf, "european-union", ""}, {"eutm-mozambique", graph.Trains, "mozambique", ""}}},
		{"mission of X in a place, NAME: en", "en", "The UN's mission in the Central African Republic, MINUSCA, has 14,000 peacekeepers.", []rel{
			{"minusca", graph.MemberOf, "united-nations", ""}}},
		{"mission of the UN in a place (ACR) after selon", "fr", "Au moins huit civils ont été tués, selon la mission des Nations unies en Libye (Manul).", []rel{
			{"unsmil", graph.MemberOf, "united-nations", "h"}}},
		{"the apposition's name is the next sentence's possessor", "fr", "La mission de la SADC en RDC, la SAMIDRC, a achevé son retrait en juin. Ses soldats avaient combattu le M23 autour de Sake.", []rel{
			{"samidrc", graph.MemberOf, "sadc", ""}, {"m23", graph.Opposed, "samidrc", ""}}},
		{"the apposition's name is the next sentence's possessor: en", "en", "The SADC mission in Mozambique, SAMIM, left the country in July. Its soldiers had fought the insurgents of Ansar al-Sunna.", []rel{
			{"samim", graph.MemberOf, "sadc", ""}, {"islamic-state-mozambique", graph.Opposed, "samim", ""}}},
		{"a list apposition between the subject and its verb", "fr", "La SAMIDRC a achevé son retrait en juin. Ses soldats, des Sud-Africains, des Malawites et des Tanzaniens, avaient combattu le M23.", []rel{
			{"m23", graph.Opposed, "samidrc", ""}}},
		{"a list apposition with places between the subject and its verb", "fr", "La SAMIM a quitté le pays. Ses soldats, venus notamment d'Afrique du Sud, du Botswana et du Lesotho, avaient combattu les insurgés d'Ansar al-Sunna.", []rel{
			{"south-africa", graph.MemberOf, "samim", ""}, {"botswana", graph.MemberOf, "samim", ""}, {"lesotho", graph.MemberOf, "samim", ""},
			{"islamic-state-mozambique", graph.Opposed, "samim", ""}}},
		{"its troops are the part's, not the parent's", "en", "UNIFIL, the UN peacekeeping force deployed in the south since 1978, will not be there to help. The Security Council is expected to vote this month to wind it down. Its 10,000 troops, whose largest contingents come from Indonesia, Italy and India, have been caught in the crossfire.", []rel{
			{"unifil", graph.MemberOf, "united-nations", ""}, {"indonesia", graph.MemberOf, "unifil", ""}, {"italy", graph.MemberOf, "unifil", ""}, {"india", graph.MemberOf, "unifil", ""}}},
		{"its soldiers after the parent's sentence are the part's", "en", "UNIFIL, the UN peacekeeping force in Lebanon, has 10,000 troops. The Security Council will vote on its future this month. Its soldiers were attacked by Hezbollah.", []rel{
			{"unifil", graph.MemberOf, "united-nations", ""}, {"hezbollah", graph.Opposed, "unifil", ""}}},
		{"whose contingents come from: the antecedent", "fr", "La Minusca, dont les principaux contingents viennent du Rwanda et du Bangladesh, a été attaquée par la CPC.", []rel{
			{"rwanda", graph.MemberOf, "minusca", ""}, {"bangladesh", graph.MemberOf, "minusca", ""}, {"cpc", graph.Opposed, "minusca", ""}}},
		{"its troops withdrew from: no member", "en", "MINUSMA left Mali in 2023. Its troops withdrew from Mali, whose junta had demanded it.", nil},
		{"demonyms in apposition to a possessive's troops", "fr", "La SAMIDRC a achevé son retrait en juin. Ses soldats, sud-africains, malawites et tanzaniens, avaient combattu le M23 autour de Sake.", []rel{
			{"m23", graph.Opposed, "samidrc", ""}, {"south-africa", graph.MemberOf, "samidrc", ""}, {"malawi", graph.MemberOf, "samidrc", ""}, {"tanzania", graph.MemberOf, "samidrc", ""}}},
		{"demonyms in apposition to a possessive's troops: en", "en", "The EACRF has left Goma. Its soldiers, Kenyan, Burundian and Ugandan, had fought the M23 for a year.", []rel{
			{"eacrf", graph.Opposed, "m23", ""}, {"kenya", graph.MemberOf, "eacrf", ""}, {"burundi", graph.MemberOf, "eacrf", ""}, {"uganda", graph.MemberOf, "eacrf", ""}}},
		{"demonyms in apposition to a state's soldiers: no membership", "fr", "Le Mali a reçu des drones. Ses soldats, maliens et burkinabè, ont attaqué le JNIM.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"a subject list before a participle phrase is no apposition", "fr", "Le Burkina Faso, le Mali et le Niger, réunis depuis septembre 2023 au sein de l'Alliance des États du Sahel (AES), ont officiellement quitté la Cédéao.", []rel{
			{"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"niger", graph.MemberOf, "alliance-of-sahel-states", ""},
			{"burkina-faso", graph.MemberOf, "ecowas", "n"}, {"mali", graph.MemberOf, "ecowas", "n"}, {"niger", graph.MemberOf, "ecowas", "n"}}},
		{"a subject list before a participle phrase: en", "en", "Burkina Faso, Mali and Niger, united since 2023 within the Alliance of Sahel States (AES), formally left ECOWAS in January.", []rel{
			{"burkina-faso", graph.MemberOf, "ecowas", "n"}, {"mali", graph.MemberOf, "ecowas", "n"}, {"niger", graph.MemberOf, "ecowas", "n"}}},
		{"a departure with a filler is negated", "fr", "Le Tchad a officiellement quitté la Cedeao.", []rel{
			{"chad", graph.MemberOf, "ecowas", "n"}}},
		{"a list in a relative clause is no subject of the main verb", "en", "The EU naval mission Aspides, to which Greece, France and Italy have contributed frigates, escorts merchant vessels and has shot down Houthi drones.", []rel{
			{"greece", graph.MemberOf, "eunavfor-aspides", ""}, {"france", graph.MemberOf, "eunavfor-aspides", ""}, {"italy", graph.MemberOf, "eunavfor-aspides", ""},
			{"eunavfor-aspides", graph.Opposed, "houthis", ""}, {"eunavfor-aspides", graph.MemberOf, "european-union", ""}}},
		// one backer fights no one (docs/CODEBOOK.md, one helper against
		// the enemy; probe17.go)
		{"a participle phrase after a subject list", "en", "Chad, Niger and Nigeria, backed by France, attacked Boko Haram.", []rel{
			{"chad", graph.Allied, "france", ""}, {"france", graph.Allied, "niger", ""}, {"france", graph.Allied, "nigeria", ""},
			{"boko-haram", graph.Opposed, "chad", ""}, {"boko-haram", graph.Opposed, "niger", ""}, {"boko-haram", graph.Opposed, "nigeria", ""}}},
		{"a participle phrase after a subject list, two backers", "en", "Chad, Niger and Nigeria, backed by France and the United States, attacked Boko Haram.", []rel{
			{"chad", graph.Allied, "france", ""}, {"france", graph.Allied, "niger", ""}, {"france", graph.Allied, "nigeria", ""},
			{"chad", graph.Allied, "united-states", ""}, {"niger", graph.Allied, "united-states", ""}, {"nigeria", graph.Allied, "united-states", ""},
			{"boko-haram", graph.Opposed, "chad", ""}, {"boko-haram", graph.Opposed, "niger", ""}, {"boko-haram", graph.Opposed, "nigeria", ""},
			{"boko-haram", graph.Opposed, "france", ""}, {"boko-haram", graph.Opposed, "united-states", ""}}},
		{"a participle phrase listing members after the subject", "en", "The MNJTF, made up of Chad, Niger and Nigeria, fought Boko Haram.", []rel{
			{"chad", graph.MemberOf, "mnjtf", ""}, {"niger", graph.MemberOf, "mnjtf", ""}, {"nigeria", graph.MemberOf, "mnjtf", ""}, {"boko-haram", graph.Opposed, "mnjtf", ""}}},
		{"a participle phrase listing members after the subject: fr", "fr", "La FMM, composée du Nigeria, du Tchad et du Cameroun, combat Boko Haram.", []rel{
			{"chad", graph.MemberOf, "mnjtf", ""}, {"nigeria", graph.MemberOf, "mnjtf", ""}, {"cameroon", graph.MemberOf, "mnjtf", ""}, {"boko-haram", graph.Opposed, "mnjtf", ""}}},
		{"every helper listed fights the enemy", "fr", "Les FACA, épaulées par Wagner et par le Rwanda, ont repoussé la CPC.", []rel{
			{"central-african-republic", graph.Allied, "wagner-group", ""}, {"central-african-republic", graph.Opposed, "cpc", ""},
			{"cpc", graph.Opposed, "wagner-group", ""}, {"cpc", graph.Opposed, "rwanda", ""}}},
		{"every helper listed fights the enemy: en", "en", "The Central African army, backed by Wagner fighters and Rwandan troops, repelled the CPC.", []rel{
			{"central-african-republic", graph.Allied, "wagner-group", ""}, {"central-african-republic", graph.Allied, "rwanda", ""}, {"central-african-republic", graph.Opposed, "cpc", ""},
			{"cpc", graph.Opposed, "wagner-group", ""}, {"cpc", graph.Opposed, "rwanda", ""}}},
		{"a possessive role holder no dictionary knows", "fr", "Le Hezbollah a annoncé une trêve. Son porte-parole militaire, Jaafar al-Husseini, a toutefois prévenu que le groupe continuerait.", []rel{
			{"jaafar-al-husseini", graph.MemberOf, "hezbollah", ""}}},
		{"a described head with its own verb keeps its subject", "en", "Al-Shabaab, al-Qaeda's affiliate, has been fighting the Somali army.", []rel{
			{"al-shabaab", graph.MemberOf, "al-qaeda", ""}, {"al-shabaab", graph.Opposed, "somalia", ""}}},
	})
}
