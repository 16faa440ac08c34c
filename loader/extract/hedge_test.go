package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestHedgeReporting: a reporting clause hedges what it reports, with
// its speaker as the attribution, unless the speaker is the relation's
// actor (docs/CODEBOOK.md, "Who speaks"); a title or apposition in the
// reported clause is the narrator's.
func TestHedgeReporting(t *testing.T) {
	runRelCases(t, []relCase{
		{"trailing says", "en", "Rwanda supports the M23, a UN report says.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"trailing said with time", "en", "Russia supplied drones to Mali, Ukrainian officials said on Monday.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
		{"parenthetical", "en", "Rwanda, a UN report says, supports the M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"inverted trailing", "en", "Rwanda trained the M23, said the report.", []rel{
			{"rwanda", graph.Trains, "m23", "h"}}},
		{"leading says that", "en", "A UN report says that Rwanda supports the M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"leading, a party about another's action", "en", "A Malian defence official said the crews had been trained by Chinese instructors.", []rel{
			{"china", graph.Trains, "mali", "h"}}},
		{"own declaration", "en", "Turkey said on Monday that it had delivered drones to Niger.", []rel{
			{"turkey", graph.Supplies, "niger", ""}}},
		{"own claim", "en", "The JNIM claimed the attack on the Malian army in Kati.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"unknown pronoun speaker", "en", "Rwanda supports the M23, they said.", []rel{
			{"m23", graph.Allied, "rwanda", ""}}},
		{"affirme le rapport", "fr", "Le Rwanda soutient le M23, affirme le rapport.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"a affirmé le ministre", "fr", "La Turquie a livré des drones au Niger, a affirmé le ministre malien.", []rel{
			{"turkey", graph.Supplies, "niger", "h"}}},
		{"a affirmé que", "fr", "Un responsable congolais a affirmé que le Rwanda soutient le M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"déclaration propre", "fr", "Le Rwanda affirme se protéger contre les FDLR.", []rel{
			{"fdlr", graph.Opposed, "rwanda", ""}}},
		{"a role in the speaker", "fr", "Le porte-parole des Houthis, Yahya Saree, a affirmé que le mouvement avait tiré des missiles contre les États-Unis.", []rel{
			{"yahya-saree", graph.MemberOf, "houthis", ""}, {"houthis", graph.Opposed, "united-states", ""}}},
		{"apposition in a reported clause", "en", "US Central Command said it killed a commander of Hurras al-Din, al-Qaeda's branch in Syria.", []rel{
			{"hurras-al-din", graph.MemberOf, "al-qaeda", ""}, {"hurras-al-din", graph.Opposed, "united-states", ""}}},
	})
}

// TestHedgeAccusationScope: an accusation verb hedges only what comes
// after it: the accused act, not a measure stated before it.
func TestHedgeAccusationScope(t *testing.T) {
	runRelCases(t, []relCase{
		{"closed its border, accusing", "en", "Burundi closed its border with Rwanda in January, accusing Kigali of arming the RED-Tabara.", []rel{
			{"burundi", graph.Opposed, "rwanda", ""}, {"rwanda", graph.Supplies, "red-tabara", "h"}}},
		{"sanctions, accusé de", "fr", "L'Union européenne a imposé des sanctions au groupe Wagner, accusé d'exactions en Centrafrique.", []rel{
			{"european-union", graph.Opposed, "wagner-group", ""}}},
		{"accused of before", "en", "Rwanda is accused of arming the M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"a role before the accusation", "fr", "Le président burundais, Évariste Ndayishimiye, accuse Kigali de soutenir les rebelles de RED-Tabara.", []rel{
			{"evariste-ndayishimiye", graph.Leads, "burundi", ""}, {"red-tabara", graph.Allied, "rwanda", "h"}}},
	})
}

// TestHedgeLeavingFiller: a departure read through a filler inside the
// trigger (« a officiellement quitté ») is still a completed departure:
// member_of negated, never asserted.
func TestHedgeLeavingFiller(t *testing.T) {
	runRelCases(t, []relCase{
		{"a officiellement quitté", "fr", "Le Mali a officiellement quitté la Cédéao en janvier.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}}},
		{"ont officiellement quitté", "fr", "Le Niger et le Mali ont officiellement quitté la Cédéao en janvier.", []rel{
			{"niger", graph.MemberOf, "ecowas", "n"}, {"mali", graph.MemberOf, "ecowas", "n"}}},
	})
}

// TestHedgeEndedStanding: the article-level step (endStanding,
// reopenBorders): a later sentence ending a standing relation negates
// the earlier evidence that states it; past events and a relation
// renewed after the end stay asserted.
func TestHedgeEndedStanding(t *testing.T) {
	runRelCases(t, []relCase{
		{"agreement then revoked", "en", "Niger signed a military cooperation agreement with the United States in 2012. In March 2024, Niamey revoked its military cooperation agreement with Washington.", []rel{
			{"niger", graph.Allied, "united-states", "n"}, {"niger", graph.Allied, "united-states", "n"}, {"niger", graph.Opposed, "united-states", ""}}},
		{"accord puis dénoncé", "fr", "Le Niger a signé un accord de coopération militaire avec les États-Unis en 2012. En mars 2024, Niamey a dénoncé l'accord de coopération militaire avec Washington.", []rel{
			{"niger", graph.Allied, "united-states", "n"}, {"niger", graph.Allied, "united-states", "n"}, {"niger", graph.Opposed, "united-states", ""}}},
		{"joined then left", "en", "Mali joined ECOWAS in 1975. In January 2025, Mali left ECOWAS.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}, {"mali", graph.MemberOf, "ecowas", "n"}}},
		{"left then joined again", "en", "Mali left ECOWAS in January. In March, Mali joined ECOWAS again.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}, {"mali", graph.MemberOf, "ecowas", ""}}},
		{"sanctions then lifted", "en", "The United States imposed sanctions on Syria in 2011. In June, Washington lifted its sanctions on Syria.", []rel{
			{"syria", graph.Opposed, "united-states", "n"}, {"syria", graph.Opposed, "united-states", "n"}}},
		{"past fighting stays asserted", "en", "Rwandan troops fought alongside the M23 in 2013. In 2022, Rwanda revoked its defence agreement with the M23.", []rel{
			{"m23", graph.Allied, "rwanda", ""}, {"m23", graph.Allied, "rwanda", "n"}, {"m23", graph.Opposed, "rwanda", ""}}},
		{"border reopened, same sentence", "fr", "Abuja avait fermé sa frontière avec le Niger en août 2023 ; elle a été rouverte en mars 2024.", []rel{
			{"niger", graph.Opposed, "nigeria", "n"}}},
		{"border reopened, later sentence", "en", "Chad closed its border with Sudan in April. It was reopened in June.", []rel{
			{"chad", graph.Opposed, "sudan", "n"}}},
		{"frontière rouverte, phrase suivante", "fr", "Le Nigeria a fermé sa frontière avec le Niger en août 2023. La frontière a été rouverte en mars 2024.", []rel{
			{"niger", graph.Opposed, "nigeria", "n"}}},
		{"another border reopened", "en", "Chad closed its border with Sudan in April. Cameroon reopened its border with Nigeria in June.", []rel{
			{"chad", graph.Opposed, "sudan", ""}}},
		{"something else reopened", "en", "Chad closed its border with Sudan in April. The airport was reopened in June.", []rel{
			{"chad", graph.Opposed, "sudan", ""}}},
	})
}

// TestHedgeNoLink: cutting ties with a group, or having no link with it,
// is member_of negated (docs/CODEBOOK.md: "Has no link with a group is
// member_of negated"); between states "cut ties with" stays opposed.
func TestHedgeNoLink(t *testing.T) {
	runRelCases(t, []relCase{
		{"cut its ties with", "en", "HTS, which cut its ties with al-Qaeda in 2016, was commanded by Ahmed al-Sharaa.", []rel{
			{"hts", graph.MemberOf, "al-qaeda", "n"}, {"ahmed-al-sharaa", graph.Leads, "hts", ""}}},
		{"has no link with", "en", "The JNIM has no link with the Islamic State.", []rel{
			{"jnim", graph.MemberOf, "islamic-state", "n"}}},
		{"n'a aucun lien avec", "fr", "Le JNIM n'a aucun lien avec l'État islamique.", []rel{
			{"jnim", graph.MemberOf, "islamic-state", "n"}}},
		{"a rompu ses liens avec", "fr", "HTS a rompu ses liens avec al-Qaïda en 2016.", []rel{
			{"hts", graph.MemberOf, "al-qaeda", "n"}}},
		{"states: cut ties is opposed", "en", "Niger cut ties with Ukraine in August.", []rel{
			{"niger", graph.Opposed, "ukraine", ""}}},
	})
}

// TestHedgeDesignationEnded: a designation named by its noun ("the
// designation of X as a terrorist organisation") opposes; an ending verb
// before it (revoked) negates it, and the designation stated earlier in
// the article with it.
func TestHedgeDesignationEnded(t *testing.T) {
	runRelCases(t, []relCase{
		{"designation of", "en", "Washington announced the designation of Viv Ansanm as a foreign terrorist organisation.", []rel{
			{"united-states", graph.Opposed, "viv-ansanm", ""}}},
		{"revoked the designation of", "en", "Washington revoked the designation of HTS as a foreign terrorist organisation.", []rel{
			{"hts", graph.Opposed, "united-states", "n"}}},
		{"a révoqué la désignation de", "fr", "Washington a révoqué la désignation de HTS comme organisation terroriste.", []rel{
			{"hts", graph.Opposed, "united-states", "n"}}},
		{"designated, then revoked", "en", "In 2018 the United States designated HTS a foreign terrorist organisation. In July 2025, Washington revoked the designation of HTS as a foreign terrorist organisation.", []rel{
			{"hts", graph.Opposed, "united-states", "n"}, {"hts", graph.Opposed, "united-states", "n"}}},
	})
}

// TestHedgeNaming: a hedge cue elsewhere in the sentence does not reach a
// title or role naming a leader or a member; one qualifying the role
// does; a supplier role is a claim and stays hedged.
func TestHedgeNaming(t *testing.T) {
	runRelCases(t, []relCase{
		{"title beside an accusation", "en", "Polish Prime Minister Mateusz Morawiecki warned of attempts, and Warsaw accused Minsk of arming Wagner.", []rel{
			{"mateusz-morawiecki", graph.Leads, "poland", ""}, {"belarus", graph.Supplies, "wagner-group", "h"}}},
		{"role beside a conditional", "fr", "Le président de la transition, Mahamat Idriss Déby Itno, aurait quitté N'Djamena dimanche.", []rel{
			{"mahamat-idriss-deby", graph.Leads, "chad", ""}}},
		{"the alleged leader", "en", "The alleged leader of the ADF, Musa Baluku, was killed.", []rel{
			{"musa-baluku", graph.Leads, "adf", "h"}}},
		{"le chef présumé", "fr", "Le chef présumé de l'EIGS, Abou Houzeifa, aurait été tué.", []rel{
			{"abu-huzeifa", graph.Leads, "islamic-state-sahel", "h"}}},
		{"a supplier role stays hedged", "en", "India has become Armenia's largest arms supplier, according to Western defence officials.", []rel{
			{"india", graph.Supplies, "armenia", "h"}}},
	})
}
