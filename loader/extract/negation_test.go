package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestNegationDirection: a relation is read in no direction the text does
// not give: trade in a relative clause is no supply, a training followed
// is received, and goods that hit an actor are not delivered to it.
func TestNegationDirection(t *testing.T) {
	runRelCases(t, []relCase{
		{"trade bought in a relative", "fr", "Israël, qui achète une bonne partie de son pétrole à Bakou, lui a vendu des drones kamikazes Harop.", []rel{
			{"israel", graph.Supplies, "azerbaijan", ""}}},
		{"oil bought is business", "en", "Israel buys most of its oil from Azerbaijan.", nil},
		{"fuel and drones bought are supplies", "en", "Mali bought fuel and drones from Turkey.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"suivi des formations", "fr", "Des officiers de l'ANL ont suivi des formations dans des académies militaires turques.", []rel{
			{"turkey", graph.Trains, "lna", ""}}},
		{"attended courses at", "en", "Libyan officers attended courses at Turkish military academies.", []rel{
			{"turkey", graph.Trains, "libya", ""}}},
		// "trained with" is joint training (allied, recall3_test.go),
		// unless the partner is named by trainers
		{"trained with instructors", "en", "Mali mainly trained with Russian instructors.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"trained with instructors of a company", "en", "Malian troops trained with Wagner instructors in 2022.", []rel{
			{"wagner-group", graph.Trains, "mali", ""}}},
		{"trained with an army", "en", "Cambodian soldiers have trained with the People's Liberation Army since 2016.", []rel{
			{"cambodia", graph.Allied, "china", ""}}},
		{"broke away in a year from", "en", "The Estado Mayor de Bloques y Frentes (EMBF) broke away in 2024 from the Estado Mayor Central (EMC).", []rel{
			{"embf", graph.MemberOf, "farc-emc", "n"}}},
		{"goods that hit an actor", "en", "Iran supplied the drones that have hit Ukrainian cities since 2022.", nil},
		{"goods that hit the home state", "en", "Ukraine's army needs air defence. Iran supplied the drones that have hit Ukrainian cities since 2022.", nil},
		{"the subject of a relative on the goods", "en", "Turkey sold Mali the drones that the Malian army flies.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"a supplier's previous recipient", "en", "Ukraine's army needs drones. Tehran admits that it sent drones to Russia. Iran also delivered missiles, Washington said.", []rel{
			{"iran", graph.Supplies, "russia", ""}, {"iran", graph.Supplies, "russia", "h"}}},
		{"no previous recipient: home", "en", "Ukraine's army needs drones. Iran delivered missiles, Washington said.", []rel{
			{"iran", graph.Supplies, "ukraine", "h"}}},
	})
}

// TestNegationCessation: a standing relation that has stopped is negated;
// of deliveries and attacks the past acts count (docs/CODEBOOK.md,
// "stopped supplying Mali").
func TestNegationCessation(t *testing.T) {
	runRelCases(t, []relCase{
		{"no longer a member", "en", "Mali is no longer a member of ECOWAS.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}}},
		{"n'est plus membre", "fr", "Le Mali n'est plus membre de la Cédéao.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}}},
		{"no longer supplies", "en", "Russia no longer supplies weapons to Armenia.", []rel{
			{"russia", graph.Supplies, "armenia", ""}}},
		{"ne fournit plus", "fr", "La Russie ne fournit plus d'armes à l'Arménie.", []rel{
			{"russia", graph.Supplies, "armenia", ""}}},
		{"plus de, no cessation", "fr", "Plus de 500 soldats tchadiens participent à la FMM.", []rel{
			{"chad", graph.MemberOf, "mnjtf", ""}}},
		{"stopped a cooperation", "en", "Chad stopped its defence cooperation with France in 2024.", []rel{
			{"chad", graph.Allied, "france", "n"}}},
		{"a cessé sa coopération", "fr", "Le Niger a cessé sa coopération militaire avec les États-Unis.", []rel{
			{"niger", graph.Allied, "united-states", "n"}}},
		{"stopped attacking", "en", "Niger has stopped attacking Boko Haram.", []rel{
			{"boko-haram", graph.Opposed, "niger", ""}}},
		{"an ended membership negates the one before", "en", "Mali is a member of ECOWAS. Since January, Mali is no longer a member of ECOWAS.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}, {"mali", graph.MemberOf, "ecowas", "n"}}},
	})
}

// TestNegationDenials: refusals and the absence of evidence deny.
func TestNegationDenials(t *testing.T) {
	runRelCases(t, []relCase{
		{"refused to supply", "en", "Germany refused to supply tanks to Ukraine.", []rel{
			{"germany", graph.Supplies, "ukraine", "n"}}},
		{"a refusé de livrer", "fr", "L'Allemagne a refusé de livrer des chars à l'Ukraine.", []rel{
			{"germany", graph.Supplies, "ukraine", "n"}}},
		{"no evidence that", "en", "There is no evidence that Iran supplied missiles to the Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", "n"}}},
		{"aucune preuve que", "fr", "Il existe aucune preuve que l'Iran a livré des missiles aux Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", "n"}}},
	})
}

// TestNegationRoleDirection: a role read after a relative's copula is the
// relative's actor's, and a phrase read both ways keeps its role reading.
func TestNegationRoleDirection(t *testing.T) {
	runRelCases(t, []relCase{
		{"whose main supplier is", "en", "Mali, whose main supplier is Turkey, received drones.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"dont le principal fournisseur est", "fr", "Le Mali, dont le principal fournisseur est la Turquie, a reçu des drones.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"dont X est le principal allié", "fr", "Le Mali, dont la Russie est le principal allié, a reçu des drones.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"dont X est le chef", "fr", "Le JNIM, dont Iyad Ag Ghaly est le chef, a attaqué Kayes.", []rel{
			{"iyad-ag-ghaly", graph.Leads, "jnim", ""}}},
		{"a supplier noun's possessor receives", "en", "Armenia's largest arms supplier, according to officials, is Russia.", []rel{
			{"russia", graph.Supplies, "armenia", "h"}}},
		{"a delivery's possessor supplies", "en", "Russia's deliveries to Mali continued.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"of which X is the main supplier", "en", "Mali, of which Turkey is the main supplier, received drones.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
	})
}

// TestNegationEllipsisAndLocative: an ellipsis repeats the earlier
// trigger's negation and departure; a departure from a pronoun for an
// organisation leaves the topic organisation.
func TestNegationEllipsisAndLocative(t *testing.T) {
	runRelCases(t, []relCase{
		{"followed suit on a departure", "en", "Mali left ECOWAS, and Niger followed suit.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}, {"niger", graph.MemberOf, "ecowas", "n"}}},
		{"and neither has", "en", "Saudi Arabia has not joined Operation Prosperity Guardian, and neither has Egypt.", []rel{
			{"saudi-arabia", graph.MemberOf, "operation-prosperity-guardian", "n"}, {"egypt", graph.MemberOf, "operation-prosperity-guardian", "n"}}},
		{"and neither is", "en", "Niger is no longer part of the G5 Sahel, and neither is Burkina Faso.", []rel{
			{"niger", graph.MemberOf, "g5-sahel", "n"}, {"burkina-faso", graph.MemberOf, "g5-sahel", "n"}}},
		{"and so did", "en", "Saudi Arabia joined Operation Prosperity Guardian, and so did Egypt.", []rel{
			{"saudi-arabia", graph.MemberOf, "operation-prosperity-guardian", ""}, {"egypt", graph.MemberOf, "operation-prosperity-guardian", ""}}},
		{"s'en est retiré", "fr", "La Force multinationale mixte combat Boko Haram. Le Niger s'en est retiré en mars dernier.", []rel{
			{"boko-haram", graph.Opposed, "mnjtf", ""}, {"niger", graph.MemberOf, "mnjtf", "n"}}},
		{"s'en est retiré: the topic, not the last named", "fr", "La Force multinationale mixte (FMM) faiblit. Soutenue par l'Union africaine, elle combat Boko Haram. Le Niger s'en est retiré en mars.", []rel{
			{"boko-haram", graph.Opposed, "mnjtf", ""}, {"african-union", graph.Allied, "mnjtf", ""}, {"niger", graph.MemberOf, "mnjtf", "n"}}},
		{"a démenti avoir formé", "fr", "Ankara a démenti avoir formé des pilotes nigériens.", []rel{
			{"turkey", graph.Trains, "niger", "n"}}},
	})
}

// TestNegationHedgeScope: the narrator's appositions naming a leader, a
// group or an ally stay asserted in attributed sentences, and a hedge
// reaches only its clause (docs/CODEBOOK.md, "Scope of an attribution").
func TestNegationHedgeScope(t *testing.T) {
	runRelCases(t, []relCase{
		{"leader in apposition, reported", "en", "Officials said that Noor Wali Mehsud, the leader of the TTP, had ordered the attack on Pakistan.", []rel{
			{"noor-wali-mehsud", graph.Leads, "ttp", ""}, {"noor-wali-mehsud", graph.Opposed, "pakistan", "h"}}},
		{"leader in apposition, according to", "en", "According to the UN, Noor Wali Mehsud, the leader of the TTP, ordered the attack.", []rel{
			{"noor-wali-mehsud", graph.Leads, "ttp", ""}}},
		{"the alleged leader stays hedged", "en", "According to the UN, Noor Wali Mehsud, the alleged leader of the TTP, ordered the attack.", []rel{
			{"noor-wali-mehsud", graph.Leads, "ttp", "h"}}},
		{"ally in apposition, conditional", "fr", "Le Hezbollah, allié de l'Iran, aurait reçu des missiles, selon Israël.", []rel{
			{"hezbollah", graph.Allied, "iran", ""}}},
		{"affiliate in apposition", "fr", "Le JNIM, affilié à al-Qaïda, aurait attaqué l'armée malienne.", []rel{
			{"jnim", graph.MemberOf, "al-qaeda", ""}, {"jnim", graph.Opposed, "mali", "h"}}},
		{"led by, in apposition", "en", "The RSF, a paramilitary group led by Mohamed Hamdan Dagalo, attacked El Fasher, the UN said.", []rel{
			{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
		{"apposition closing the sentence", "fr", "Selon des ONG, du carburant parvient aux FSR depuis le sud-est de la Libye, contrôlé par l'Armée nationale libyenne (ANL) du maréchal Khalifa Haftar, allié de longue date des Émirats.", []rel{
			{"khalifa-haftar", graph.Allied, "united-arab-emirates", ""}, {"khalifa-haftar", graph.Leads, "lna", ""}}},
		{"a relative on the object stays reported", "en", "Western officials say several brigades take orders from Hezbollah, which Iran has supplied with drones.", []rel{
			{"iran", graph.Supplies, "hezbollah", "h"}}},
		{"subject's relative, then a conditional", "fr", "La Turquie, qui avait livré dès 2022 des drones Bayraktar TB2 à Niamey, aurait depuis fourni des drones Aksungur, selon le ministère nigérien de la Défense.", []rel{
			{"turkey", graph.Supplies, "niger", ""}}},
		{"a cue in a relative after the trigger", "fr", "La Turquie a livré à l'armée burkinabée des drones Bayraktar TB2, qui auraient permis, selon l'état-major, de neutraliser des centaines de terroristes.", []rel{
			{"turkey", graph.Supplies, "burkina-faso", ""}}},
		{"a cue after a semicolon", "fr", "Israël a vendu des drones Harop à l'Azerbaïdjan ; des avions-cargos azerbaïdjanais auraient fait la navette avec la base d'Ovda, selon le quotidien Haaretz.", []rel{
			{"israel", graph.Supplies, "azerbaijan", ""}}},
		{"a parenthetical cue in the next clause", "fr", "Les États-Unis forment des unités béninoises, et des instructeurs français encadrent, selon une source sécuritaire, des soldats béninois.", []rel{
			{"united-states", graph.Trains, "benin", ""}, {"france", graph.Trains, "benin", "h"}}},
		{"a plain hedge", "en", "Russia reportedly delivered drones to Mali.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
	})
}

// TestNegationEndedCooperation: a cooperation broken off is an ended
// standing alliance (negated) and a hostile act; a suspended one only an
// ended alliance (docs/CODEBOOK.md, "Rifts that are not hostility";
// lead17).
func TestNegationEndedCooperation(t *testing.T) {
	runRelCases(t, []relCase{
		{"broke off its military cooperation", "en", "Niger broke off its military cooperation with the United States.", []rel{
			{"niger", graph.Allied, "united-states", "n"}, {"niger", graph.Opposed, "united-states", ""}}},
		{"a suspendu sa coopération militaire", "fr", "Le Mali a suspendu sa coopération militaire avec la France.", []rel{
			{"france", graph.Allied, "mali", "n"}}},
		{"a rompu sa coopération militaire", "fr", "Le Mali a rompu sa coopération militaire avec la France.", []rel{
			{"france", graph.Allied, "mali", "n"}, {"france", graph.Opposed, "mali", ""}}},
	})
}

// TestNegationSelonLesquelles: « selon lesquelles » with a subject after
// it opens a clause, not a source; its pronoun is the denier.
func TestNegationSelonLesquelles(t *testing.T) {
	runRelCases(t, []relCase{
		// an accusation and its denial: hedged (docs/CODEBOOK.md; the
		// twelfth session's challenge set)
		{"a rejeté les accusations selon lesquelles il", "fr", "Le Rwanda a rejeté les accusations selon lesquelles il aurait armé le M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"un rapport selon lequel X", "fr", "L'ONU a publié un rapport selon lequel le Rwanda a livré des armes au M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"a démenti avoir armé", "fr", "Le Rwanda a toujours nié avoir armé le M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "n"}}},
	})
}

// TestNegationUnsent: a promised contribution never sent is a membership
// denied (docs/CODEBOOK.md, "A completed departure").
func TestNegationUnsent(t *testing.T) {
	runRelCases(t, []relCase{
		{"n'en a envoyé aucun", "fr", "La MMAS compte un millier de personnels. Le Kenya et la Jamaïque y ont envoyé des contingents. Le Bénin, qui avait promis 2 000 hommes, n'en a envoyé aucun.", []rel{
			{"kenya", graph.MemberOf, "mss-haiti", ""}, {"jamaica", graph.MemberOf, "mss-haiti", ""}, {"benin", graph.MemberOf, "mss-haiti", "n"}}},
		{"has sent none", "en", "The Multinational Security Support mission has some 1,000 personnel. Benin, which had promised 2,000 troops, has sent none.", []rel{
			{"benin", graph.MemberOf, "mss-haiti", "n"}}},
		{"sent them: no denial", "en", "The Multinational Security Support mission has some 1,000 personnel. Benin promised 2,000 troops and sent them in May.", nil},
	})
}

// TestNegationOwnedTroops: troops a possessive owns right after a trains
// or supplies trigger are the first actor's, not the subject's, and the
// subject's own give no relation.
func TestNegationOwnedTroops(t *testing.T) {
	runRelCases(t, []relCase{
		{"a démenti que Wagner encadre ses troupes", "fr", "Le gouvernement burkinabè a démenti que des instructeurs du groupe Wagner encadrent ses troupes.", []rel{
			{"wagner-group", graph.Trains, "burkina-faso", "n"}}},
		{"denied that instructors trained its troops", "en", "Niger denied that Turkish instructors trained its troops.", []rel{
			{"turkey", graph.Trains, "niger", "n"}}},
		{"the subject's own soldiers", "en", "Mali trains its soldiers with Russian help.", nil},
		{"its own, no one else", "en", "Russia has trained its soldiers for years.", nil},
	})
}
