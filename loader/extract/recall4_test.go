package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestRecall4Rules: French constructions and vocabulary met in fresh
// articles written for the audit of recall on unseen French text (the
// recall4 branch), on sentences of our own.
func TestRecall4Rules(t *testing.T) {
	runRelCases(t, []relCase{
		// a pair after a between word reads past a short form in brackets
		{"oppose X (ACR) à Y", "fr", "Les combats opposent l'Armée de libération nationale (ELN) au Front 33.", []rel{
			{"eln", graph.Opposed, "frente-33", ""}}},
		{"entre X (ACR) et Y", "fr", "Les affrontements entre l'Armée de libération nationale (ELN) et le Front 33 ont fait des morts.", []rel{
			{"eln", graph.Opposed, "frente-33", ""}}},
		{"between X (ACR) and Y", "en", "Fighting between the Rapid Support Forces (RSF) and the Sudanese army resumed in El Fasher.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
		// a dateline's place is no actor
		{"dateline", "fr", "BOGOTA – Les combats qui opposent l'ELN au Front 33 ont fait des morts.", []rel{
			{"eln", graph.Opposed, "frente-33", ""}}},
		{"dateline with a date", "fr", "BOGOTA, 3 février – Les combats qui opposent l'ELN au Front 33 ont fait des morts.", []rel{
			{"eln", graph.Opposed, "frente-33", ""}}},
		{"capitals with no dash: an actor", "fr", "BOGOTA a bombardé un camp de l'ELN.", []rel{
			{"colombia", graph.Opposed, "eln", ""}}},
		// an object relative closed by a comma: its antecedent, not the
		// main clause's object
		{"que X finance, combattent Y", "fr", "Les Houthis, que l'Iran finance, combattent Israël.", []rel{
			{"iran", graph.Supplies, "houthis", ""}, {"houthis", graph.Opposed, "israel", ""}}},
		{"que X finance, combattent le M23", "fr", "Les Wazalendo, que Kinshasa finance, combattent le M23.", []rel{
			{"dr-congo", graph.Supplies, "wazalendo", ""}, {"m23", graph.Opposed, "wazalendo", ""}}},
		// « X a signé avec Y un accord »: the signer and its partner
		{"a signé avec Y un accord de défense", "fr", "La Russie a signé avec le Mali un accord de défense.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"a signé en mai avec Y un accord", "fr", "Ankara a signé en mai avec Damas un accord de coopération militaire.", []rel{
			{"syria", graph.Allied, "turkey", ""}}},
		{"a conclu avec Y un accord", "fr", "La Turquie a conclu avec la Somalie un accord de défense en 2024.", []rel{
			{"somalia", graph.Allied, "turkey", ""}}},
		{"a discuté avec Y d'un accord: talks", "fr", "La Russie a discuté avec le Mali d'un accord de défense.", nil},
		{"accord économique: no ally", "fr", "La Chine a signé avec le Niger un accord de coopération économique.", nil},
		{"leaders signing: no ally", "fr", "Kim Jong-un a signé avec Vladimir Poutine un traité de défense mutuelle.", nil},
		// a nominal trigger after a possessive opening the sentence: the
		// actor opening the sentence before
		{"Son partenariat avec X", "fr", "La Chine a appelé à la retenue. Son partenariat avec Islamabad inclut des manœuvres militaires conjointes chaque année.", []rel{
			{"china", graph.Allied, "pakistan", ""}}},
		{"Sa guerre contre X", "fr", "La Russie a renforcé sa présence. Sa guerre contre l'Ukraine entre dans sa quatrième année.", []rel{
			{"russia", graph.Opposed, "ukraine", ""}}},
		{"Its partnership with X", "en", "China called for restraint. Its partnership with Islamabad includes joint exercises.", []rel{
			{"china", graph.Allied, "pakistan", ""}}},
		{"Son ancien partenaire: former", "fr", "Le Mali a changé de cap. Son ancien partenariat avec la France a pris fin.", nil},
		// role nouns: a successor leads, a delegate is a member
		{"Son successeur, X", "fr", "Le chef du M23 a été tué. Son successeur, Bertrand Bisimwa, a promis de venger sa mort.", []rel{
			{"bertrand-bisimwa", graph.Leads, "m23", ""}}},
		{"Son délégué aux pourparlers, X", "fr", "L'ELN a réclamé la reprise des négociations. Son délégué aux pourparlers, Pablo Beltrán, a affirmé que la guérilla ne s'attaque pas aux civils.", []rel{
			{"pablo-beltran", graph.MemberOf, "eln", ""}}},
		{"un émissaire d'un État: no relation", "fr", "Le Mali a envoyé un émissaire, Abdoulaye Diop, à Alger.", nil},
		// a dateline's capital weighs in the home state: « l'armée » is
		// Lebanon's in a story filed from Beirut
		{"dateline home state", "fr", "BEYROUTH – L'armée israélienne a frappé le Sud. Israël dit viser le Hezbollah. L'armée a reçu jeudi des munitions des États-Unis, a indiqué l'ambassade américaine.", []rel{
			{"united-states", graph.Supplies, "lebanon", ""}}},
		// « en » before a membership verb: the last organisation named,
		// for every subject listed
		{"en sont tous deux membres", "fr", "Des observateurs de l'Asean seront déployés. La Thaïlande et le Cambodge en sont tous deux membres depuis les années 1990.", []rel{
			{"thailand", graph.MemberOf, "asean", ""}, {"cambodia", graph.MemberOf, "asean", ""}}},
		{"en font partie", "fr", "L'Alliance des États du Sahel a été créée en 2023. Le Mali, le Burkina Faso et le Niger en font partie.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"niger", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		{"en conteste: no membership", "fr", "L'ONU a publié un rapport. Le Rwanda en conteste les conclusions.", nil},
		// « arme » is a verb only after an actor, a comma or a cue
		// (noun_verbs, noun_verb_cues)
		{"X arme Y", "fr", "Washington arme Taïwan depuis 1979.", []rel{
			{"united-states", graph.Supplies, "taiwan", ""}}},
		{"que X arme", "fr", "Taipei, que Washington arme depuis 1979, a reçu des chars.", []rel{
			{"united-states", graph.Supplies, "taiwan", ""}}},
		{"qu'arme X", "fr", "Le Hamas, qu'arme l'Iran depuis des années, a attaqué Israël.", []rel{
			{"iran", graph.Supplies, "hamas", ""}, {"hamas", graph.Opposed, "israel", ""}}},
		{"X, apposition, arme aussi Y", "fr", "La Turquie, premier fournisseur du Mali, arme aussi le Niger.", []rel{
			{"turkey", graph.Supplies, "mali", ""}, {"turkey", graph.Supplies, "niger", ""}}},
		{"n'arme pas", "fr", "Le Niger n'arme pas le JNIM.", []rel{
			{"niger", graph.Supplies, "jnim", "n"}}},
		{"la moindre arme: a noun", "fr", "Le Hezbollah refuse de déposer la moindre arme devant l'armée libanaise.", nil},
		{"une arme contre: a noun", "fr", "Le JNIM fait du blocus une arme contre les populations et l'armée burkinabè.", []rel{
			{"burkina-faso", graph.Opposed, "jnim", ""}}},
		// allied: a rear base, hosting, joint patrols, defence treaties
		{"servir de base arrière à", "fr", "Bogota accuse Caracas de servir de base arrière à l'ELN.", []rel{
			{"eln", graph.Allied, "venezuela", "h"}}},
		{"accuse d'abriter des bases", "fr", "Le Niger accuse le Bénin d'abriter des bases militaires françaises.", []rel{
			{"benin", graph.Allied, "france", "h"}}},
		{"abrite des réfugiés: no actor", "fr", "Le camp de Farchana abrite des milliers de réfugiés soudanais.", nil},
		{"patrouille avec", "fr", "L'armée tchadienne patrouille avec les soldats nigériens le long de la frontière.", []rel{
			{"chad", graph.Allied, "niger", ""}}},
		{"traité de défense mutuelle", "fr", "Le Niger a signé un traité de défense mutuelle avec le Mali en 2024.", []rel{
			{"mali", graph.Allied, "niger", ""}}},
		{"protectrice de", "fr", "La Russie, protectrice du régime syrien, a livré des avions à Damas.", []rel{
			{"russia", graph.Supplies, "syria", ""}, {"russia", graph.Allied, "syria", ""}}},
		// member_of: an emanation, a unit attached to a group
		{"comme une émanation du", "fr", "Le Front de la résistance (TRF) est considéré par les services indiens comme une émanation du Lashkar-e-Taiba.", []rel{
			{"the-resistance-front", graph.MemberOf, "lashkar-e-taiba", ""}}},
		{"rattachées au", "fr", "Les Forces d'élite hadramies, rattachées au Conseil de transition du Sud, ont pris Moukalla.", []rel{
			{"hadrami-elite-forces", graph.MemberOf, "stc", ""}}},
		// opposed: projectiles fired on a target
		{"missiles balistiques sur", "fr", "L'Iran a répliqué en tirant plus de cinq cents missiles balistiques sur Israël.", []rel{
			{"iran", graph.Opposed, "israel", ""}}},
		{"tiré des missiles vers", "fr", "Le Hezbollah a tiré des missiles vers Israël.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"défense contre les drones: no target", "fr", "Le Tchad a acheté à la Turquie des systèmes de défense contre les drones.", []rel{
			{"turkey", graph.Supplies, "chad", ""}}},
		// a ceasefire or a peace agreement between two parties: at war
		{"accord de cessez-le-feu entre", "fr", "Un mois après l'entrée en vigueur, le 19 janvier, de l'accord de cessez-le-feu entre Israël et le Hamas, la deuxième phase reste suspendue.", []rel{
			{"hamas", graph.Opposed, "israel", ""}}},
		{"trêve entre", "fr", "La trêve entre Israël et le Hezbollah est entrée en vigueur le 27 novembre.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		// supplies: forces paid by a state
		{"payées par", "fr", "Les milices Wazalendo sont payées par Kinshasa.", []rel{
			{"dr-congo", graph.Supplies, "wazalendo", ""}}},
		// institutions: fighter jets and coast guards of a state
		{"chasseurs israéliens", "fr", "Les chasseurs israéliens ont frappé les sites des Gardiens de la révolution.", []rel{
			{"iran", graph.Opposed, "israel", ""}}},
		// actors: the Ambazonia Governing Council, Venezuela's national
		// guard, the Mayiza's leader
		{"AGovC", "fr", "Le Conseil de gouvernement de l'Ambazonie (AGovC) a conclu une alliance avec l'IPOB.", []rel{
			{"ambazonia-governing-council", graph.Allied, "ipob", ""}}},
		{"Garde nationale bolivarienne", "fr", "Des officiers de la Garde nationale bolivarienne fourniraient des armes à l'ELN.", []rel{
			{"venezuela", graph.Supplies, "eln", "h"}}},
		{"Forces de défense du peuple sud-soudanais", "fr", "En mars, l'Armée blanche a pris d'assaut une garnison des Forces de défense du peuple sud-soudanais (SSPDF) à Nasir.", []rel{
			{"south-sudan", graph.Opposed, "white-army", ""}}},
		{"les hommes d'El Mayito Flaco", "fr", "Les Chapitos affrontent les hommes d'El Mayito Flaco.", []rel{
			{"la-mayiza", graph.Opposed, "los-chapitos", ""}}},
	})
}
