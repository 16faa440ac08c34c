package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestEdgesRefusal: a refusal denies the refuser's own relation, not one
// between other actors named after it, unless a permission makes the
// refused act theirs.
func TestEdgesRefusal(t *testing.T) {
	runRelCases(t, []relCase{
		{"refused to back sanctions of another", "en", "Hungary refused to back new EU sanctions against Russia.", []rel{
			{"european-union", graph.Opposed, "russia", ""}}},
		{"refused to endorse sanctions of another", "en", "Poland refused to endorse the EU sanctions against Belarus.", []rel{
			{"belarus", graph.Opposed, "european-union", ""}}},
		{"refused to condemn an invasion", "en", "China refused to condemn Russia's invasion of Ukraine.", []rel{
			{"russia", graph.Opposed, "ukraine", ""}}},
		{"the refuser's own act", "en", "Turkey refused to supply drones to Mali.", []rel{
			{"turkey", graph.Supplies, "mali", "n"}}},
		{"refused to let", "en", "Hungary refuses to let Ukraine join the European Union.", []rel{
			{"ukraine", graph.MemberOf, "european-union", "n"}}},
		{"a refusé de soutenir les sanctions d'un autre", "fr", "La Pologne a refusé d'approuver les sanctions de l'UE contre la Biélorussie.", []rel{
			{"belarus", graph.Opposed, "european-union", ""}}},
		{"a refusé de livrer", "fr", "La Turquie a refusé de livrer des drones au Mali.", []rel{
			{"turkey", graph.Supplies, "mali", "n"}}},
		{"refuse de laisser", "fr", "La Hongrie refuse de laisser l'Ukraine adhérer à l'Union européenne.", []rel{
			{"ukraine", graph.MemberOf, "european-union", "n"}}},
		{"refuse que", "fr", "Le Tchad refuse que la France forme l'armée nigérienne.", []rel{
			{"france", graph.Trains, "niger", "n"}}},
	})
}

// TestEdgesQuotedPhrase: quotes inside a trigger phrase do not break it.
func TestEdgesQuotedPhrase(t *testing.T) {
	runRelCases(t, []relCase{
		{"fought in quotes shoulder to shoulder", "en", `North Korean soldiers fought "shoulder to shoulder" with Russian units.`, []rel{
			{"north-korea", graph.Allied, "russia", ""}}},
		{"fought shoulder to shoulder", "en", `North Korean soldiers fought shoulder to shoulder with Russian units.`, []rel{
			{"north-korea", graph.Allied, "russia", ""}}},
	})
}

// TestEdgesNegationRelative: a negation inside a relative clause closed
// by a comma reaches no trigger after it.
func TestEdgesNegationRelative(t *testing.T) {
	runRelCases(t, []relCase{
		{"a closed relative", "en", "Rwanda, which has never admitted it, supplies the M23 with weapons.", []rel{
			{"rwanda", graph.Supplies, "m23", ""}}},
		{"the trigger inside the relative", "en", "The M23, which Rwanda has never supplied, attacked Goma.", []rel{
			{"rwanda", graph.Supplies, "m23", "n"}}},
		{"contingents after a relative", "en", "Kenya leads the Multinational Security Support mission in Haiti. The new force is to replace the current mission, which never exceeded 1,000 soldiers, with smaller contingents from Jamaica and Guatemala.", []rel{
			{"kenya", graph.MemberOf, "mss-haiti", ""}, {"jamaica", graph.MemberOf, "mss-haiti", ""}, {"guatemala", graph.MemberOf, "mss-haiti", ""}}},
		{"une relative fermée", "fr", "Le Rwanda, qui ne l'a jamais reconnu, arme le M23.", []rel{
			{"rwanda", graph.Supplies, "m23", ""}}},
	})
}

// TestEdgesAnaphorModifier: a modifier between the article and an
// anaphor's noun keeps it an anaphor, resolved to the actor its noun
// heads.
func TestEdgesAnaphorModifier(t *testing.T) {
	runRelCases(t, []relCase{
		{"the current mission", "en", "Kenya leads the Multinational Security Support mission in Haiti. Jamaica and Guatemala joined the current mission in 2024.", []rel{
			{"kenya", graph.MemberOf, "mss-haiti", ""}, {"jamaica", graph.MemberOf, "mss-haiti", ""}, {"guatemala", graph.MemberOf, "mss-haiti", ""}}},
		{"the current mission, not a force named since", "en", "Kenya leads the Multinational Security Support mission in Haiti. The UN voted for a Gang Suppression Force. Jamaica joined the current mission in 2024.", []rel{
			{"kenya", graph.MemberOf, "mss-haiti", ""}, {"jamaica", graph.MemberOf, "mss-haiti", ""}}},
		{"l'actuelle mission", "fr", "Le Kenya dirige la Mission multinationale d'appui à la sécurité en Haïti. La Jamaïque a rejoint l'actuelle mission en 2024.", []rel{
			{"kenya", graph.MemberOf, "mss-haiti", ""}, {"jamaica", graph.MemberOf, "mss-haiti", ""}}},
	})
}

// TestEdgesOfficialParty: an official the article names with a state's
// title acts for the state in an agreement, a delivery or a training;
// sanctions stay on the person.
func TestEdgesOfficialParty(t *testing.T) {
	runRelCases(t, []relCase{
		{"with a titled minister", "en", "Somalia signed a defence agreement with Turkish Defence Minister Yasar Guler on Monday.", []rel{
			{"somalia", graph.Allied, "turkey", ""}}},
		{"with a minister in apposition", "en", "Somalia signed a defence agreement with Yasar Guler, the Turkish defence minister, on Monday.", []rel{
			{"somalia", graph.Allied, "turkey", ""}}},
		{"with the minister by his title", "en", "Turkish Defence Minister Yasar Guler visited Mogadishu. Somalia signed a defence agreement with the Turkish defence minister on Monday.", []rel{
			{"somalia", graph.Allied, "turkey", ""}}},
		{"sanctions on a minister", "en", "The United States sanctioned Turkish Defence Minister Yasar Guler.", []rel{
			{"united-states", graph.Opposed, "yasar-guler", ""}}},
		{"avec le ministre en apposition", "fr", "La Somalie a signé un accord de défense avec Yaşar Güler, le ministre turc de la Défense.", []rel{
			{"somalia", graph.Allied, "turkey", ""}}},
	})
}

// TestEdgesStruckLeader: a place held by a group after a passive hostile
// trigger is no agent of it, and the subject of a passive hostile
// trigger is struck: a leader stands for what he leads.
func TestEdgesStruckLeader(t *testing.T) {
	runRelCases(t, []relCase{
		{"a camp held by", "en", "Abdulghani al-Kikli was killed at a camp held by the 444 Brigade.", nil},
		{"un camp tenu par", "fr", "Abdulghani al-Kikli a été tué dans un camp tenu par l'armée libyenne.", nil},
		{"villages held by, active", "en", "Wagner fighters attacked villages held by JNIM.", []rel{
			{"jnim", graph.Opposed, "wagner-group", ""}}},
		{"a leader killed, passive", "en", "Abdulghani al-Kikli, the leader of the Stability Support Apparatus, was killed by the 444 Brigade.", []rel{
			{"abdelghani-al-kikli", graph.Leads, "stability-support-apparatus", ""}, {"libya", graph.Opposed, "stability-support-apparatus", ""}}},
		{"engagés contre, passif", "fr", "Le président de la transition, Mahamat Idriss Déby Itno, a assuré que ces appareils seraient engagés contre Boko Haram.", []rel{
			{"mahamat-idriss-deby", graph.Leads, "chad", ""}, {"boko-haram", graph.Opposed, "chad", "h"}}},
		{"at war with, no passive", "en", "Boko Haram has been at war with Chad since 2015.", []rel{
			{"boko-haram", graph.Opposed, "chad", ""}}},
		{"en guerre contre, pas de passif", "fr", "Le Mali est en guerre contre le JNIM depuis 2012.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
	})
}

// TestEdgesJointSpeech: a joint statement is words, no joint action.
func TestEdgesJointSpeech(t *testing.T) {
	runRelCases(t, []relCase{
		{"a joint statement", "en", "The United States, Japan and South Korea condemned the deployment in a joint statement.", nil},
		{"joint operations", "en", "Mali and Niger conducted joint operations in 2024.", []rel{
			{"mali", graph.Allied, "niger", ""}}},
		{"une déclaration commune", "fr", "Le Mali et le Niger ont condamné l'attaque dans une déclaration commune.", nil},
		{"une déclaration conjointe", "fr", "Le Mali et le Niger ont signé une déclaration conjointe.", nil},
	})
}

// TestEdgesLeaderAdministration: a leader's administration stands for
// the state the leader heads.
func TestEdgesLeaderAdministration(t *testing.T) {
	runRelCases(t, []relCase{
		{"l'administration de X", "fr", "L'administration de Donald Trump a lancé contre le mouvement houthi une campagne aérienne.", []rel{
			{"houthis", graph.Opposed, "united-states", ""}}},
		{"X's administration", "en", "Donald Trump's administration launched air strikes against the Houthis.", []rel{
			{"houthis", graph.Opposed, "united-states", ""}}},
	})
}

// TestEdgesTrainsCompanion: an actor after a companion word is a partner
// of a training verb's subject, not its trainee.
func TestEdgesTrainsCompanion(t *testing.T) {
	runRelCases(t, []relCase{
		{"forme avec ... la Confédération", "fr", "Le Burkina Faso forme avec le Mali et le Niger la Confédération des États du Sahel.", nil},
		{"forme avec un partenaire", "fr", "La France forme avec l'Allemagne des soldats ukrainiens.", nil},
		{"forme un élève", "fr", "La France forme l'armée malienne.", []rel{
			{"france", graph.Trains, "mali", ""}}},
		{"trained with a partner", "en", "Russia trained with Belarus the troops of Mali.", []rel{
			{"belarus", graph.Allied, "russia", ""}}},
	})
}

// TestEdgesNotSupplied: people handed over are no supplies, and goods
// sent to a place have no recipient further on.
func TestEdgesNotSupplied(t *testing.T) {
	runRelCases(t, []relCase{
		{"prisoners sent", "en", "Mexico has sent 55 imprisoned cartel figures to the United States in two mass transfers.", nil},
		{"détenus livrés", "fr", "Le Mexique a livré 29 détenus aux États-Unis.", nil},
		{"troops to the border", "en", "Mexico deployed 10,000 National Guard troops to the northern border in February to avert US tariffs.", nil},
		{"drones to an army", "en", "Turkey delivered drones to the Malian army.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
	})
}

// TestEdgesNamedDescription: an object described by an organisation noun
// and its owner, with its name in apposition, is the named organisation.
func TestEdgesNamedDescription(t *testing.T) {
	runRelCases(t, []relCase{
		{"un contingent à la mission de l'ONU, la Minusca", "fr", "Le Rwanda fournit aussi un important contingent à la mission de l'ONU en Centrafrique, la Minusca, forte de quelque 14 000 Casques bleus.", []rel{
			{"rwanda", graph.MemberOf, "minusca", ""}, {"minusca", graph.MemberOf, "united-nations", ""}}},
		{"joined the mission of the UN, MINUSCA", "en", "Rwanda joined the mission of the United Nations in the Central African Republic, MINUSCA, in 2014.", []rel{
			{"rwanda", graph.MemberOf, "minusca", ""}, {"minusca", graph.MemberOf, "united-nations", ""}}},
		{"la force de la CEDEAO", "fr", "Le Tchad a quitté la force de la CEDEAO en 2024.", []rel{
			{"chad", graph.MemberOf, "ecowas", "n"}}},
	})
}

// TestEdgesLegalStep: a legal step "against" an actor is no fight.
func TestEdgesLegalStep(t *testing.T) {
	runRelCases(t, []relCase{
		{"a lawsuit against", "en", "Mexico's lawsuit against American gunmakers was thrown out by the US Supreme Court in June.", nil},
		{"filed a lawsuit against", "en", "Mexico filed a lawsuit against the United States.", nil},
		{"a campaign against", "en", "Mexico's campaign against the Sinaloa Cartel continues.", []rel{
			{"mexico", graph.Opposed, "sinaloa-cartel", ""}}},
		{"une plainte contre", "fr", "Le Mexique a déposé une plainte contre les États-Unis.", nil},
		{"lutte contre", "fr", "Le Mexique lutte contre le cartel de Sinaloa.", []rel{
			{"mexico", graph.Opposed, "sinaloa-cartel", ""}}},
	})
}

// TestEdgesChiefSpokesman: a chief spokesman is a spokesman, no leader.
func TestEdgesChiefSpokesman(t *testing.T) {
	runRelCases(t, []relCase{
		{"the state's chief spokesman", "en", "Zabihullah Mujahid, the Taliban's chief spokesman, said that.", nil},
		{"a group's chief spokesman", "en", "Yahya Saree, the Houthis' chief spokesman, said that.", []rel{
			{"yahya-saree", graph.MemberOf, "houthis", ""}}},
	})
}

// TestEdgesEnvoy: a leader role completing a member role names the
// member role's holder, who leads nothing; an envoy is a member.
func TestEdgesEnvoy(t *testing.T) {
	runRelCases(t, []relCase{
		{"l'envoyé personnel du secrétaire général", "fr", "L'envoyé personnel du secrétaire général de l'ONU, Staffan de Mistura, doit convoquer des discussions.", []rel{
			{"staffan-de-mistura", graph.MemberOf, "united-nations", ""}}},
		{"le porte-parole du président", "fr", "Le porte-parole du président de la Commission de l'UA, Jean Dupont, a parlé.", []rel{
			{"jean-dupont", graph.MemberOf, "african-union-commission", ""}}},
		{"le président", "fr", "Le président de la Commission de l'UA, Jean Dupont, a parlé.", []rel{
			{"jean-dupont", graph.Leads, "african-union-commission", ""}}},
	})
}

// TestEdgesNounTarget: an opposed trigger whose object is a noun of
// actors fights no actor named later in the sentence.
func TestEdgesNounTarget(t *testing.T) {
	runRelCases(t, []relCase{
		{"la lutte contre les groupes jihadistes ... son régime", "fr", "Le Burkina Faso est dirigé par Ibrahim Traoré. Arrivé au pouvoir en 2022, le capitaine Ibrahim Traoré a fait de la lutte contre les groupes jihadistes la priorité absolue de son régime.", []rel{
			{"ibrahim-traore", graph.Leads, "burkina-faso", ""}, {"ibrahim-traore", graph.Leads, "burkina-faso", ""}}}, // the second: « Arrivé au pouvoir » (lead15_test.go)
		{"les groupes jihadistes du JNIM", "fr", "Le Mali lutte contre les groupes jihadistes du JNIM.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"les rebelles et le JNIM", "fr", "Le Mali lutte contre les rebelles et le JNIM.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"the rebels of the CSP", "en", "Mali fights the rebels of the CSP.", []rel{
			{"csp-dpa", graph.Opposed, "mali", ""}}},
		{"the fight against the rebels ... the army", "en", "Chad made the fight against the rebels the priority of the Nigerien army.", nil},
	})
}

// TestEdgesModifiedBody: an opposed word qualifying a body is no trigger.
func TestEdgesModifiedBody(t *testing.T) {
	runRelCases(t, []relCase{
		{"the sanctions committee", "en", "The UN sanctions committee on the M23 published a report.", nil},
		{"the sanctions monitoring team said", "en", "In a report published in July 2024, the Security Council's sanctions monitoring team said the TTP received weapons from the Taliban authorities.", []rel{
			{"afghanistan", graph.Supplies, "ttp", "h"}}},
		{"imposed sanctions on", "en", "The United States imposed sanctions on the RSF.", []rel{
			{"rsf", graph.Opposed, "united-states", ""}}},
	})
}
