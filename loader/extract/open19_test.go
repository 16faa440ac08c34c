package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// The nineteenth session's fresh variants (helper open19) of the open
// cases mended in open19.go: each family has sentences of its own, other
// actors and verbs, in both languages where the idea is the same, so
// that the rule is not fitted to the one logged sentence.

// TestOpen19DeniedRelative: a bare relative « que »/« qu' » or "which"
// after a comma, a party then a denial verb, hedges the relation the
// noun before states (an assertion and a denial, docs/CODEBOOK.md).
func TestOpen19DeniedRelative(t *testing.T) {
	runRelCases(t, []relCase{
		{"que dément", "fr", "Le soutien du Rwanda au M23, que Kigali dément, inquiète Kinshasa.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"qu' nie", "fr", "L'appui de l'Érythrée à l'armée éthiopienne, qu'Asmara nie, est documenté.", []rel{
			{"eritrea", graph.Allied, "ethiopia", "h"}}},
		{"que conteste", "fr", "Le soutien de l'Ouganda au M23, que Kampala conteste, préoccupe l'ONU.", []rel{
			{"m23", graph.Allied, "uganda", "h"}}},
		{"démentie, agreeing", "fr", "L'aide militaire du Rwanda au M23, que Kigali a toujours démentie, est documentée par l'ONU.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"niée, agreeing", "fr", "La présence de soldats érythréens aux côtés de l'armée éthiopienne, qu'Asmara a longtemps niée, est établie.", []rel{
			{"eritrea", graph.Allied, "ethiopia", "h"}}},
		{"which denies, en", "en", "Rwanda's support for the M23, which Kigali denies, worries Kinshasa.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		// a relative that denounces, or whose verb is no denial, asserts
		{"que dénonce", "fr", "Le soutien du Rwanda au M23, que Kinshasa dénonce, inquiète l'ONU.", []rel{
			{"m23", graph.Allied, "rwanda", ""}}},
		{"que ne reconnaît pas", "fr", "Le Tchad arme les FSR, que Khartoum ne reconnaît pas.", []rel{
			{"chad", graph.Supplies, "rsf", ""}}},
		{"que combat", "fr", "Le Tchad arme les FSR, que l'armée soudanaise combat.", []rel{
			{"chad", graph.Supplies, "rsf", ""}, {"rsf", graph.Opposed, "sudan", ""}}},
	})
}

// TestOpen19ContraryClaim: a denial set against another's report
// (contrary_claims, then a report verb or an accusation noun) is hedged,
// not negated; a contrast with another actor stays negated.
func TestOpen19ContraryClaim(t *testing.T) {
	runRelCases(t, []relCase{
		{"contrary to what claim", "en", "Egypt has never armed the Sudanese army, contrary to what the RSF claim.", []rel{
			{"egypt", graph.Supplies, "sudan", "h"}}},
		{"contradicting a report", "en", "Kigali does not train M23 fighters, contradicting a UN report that said it did.", []rel{
			{"rwanda", graph.Trains, "m23", "h"}}},
		{"contrary to reports, leading", "en", "Contrary to reports by UN experts, Chad has not delivered weapons to the RSF.", []rel{
			{"chad", graph.Supplies, "rsf", "h"}}},
		{"contrairement à ce qu'affirme", "fr", "L'Ouganda n'a jamais formé les combattants du M23, contrairement à ce qu'affirme Kinshasa.", []rel{
			{"uganda", graph.Trains, "m23", "h"}}},
		{"contrairement aux accusations", "fr", "Contrairement aux accusations de Kinshasa, le Rwanda n'a pas livré d'armes au M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"en contradiction avec", "fr", "Le Tchad n'arme pas les FSR, en contradiction avec ce qu'ont rapporté des experts de l'ONU.", []rel{
			{"chad", graph.Supplies, "rsf", "h"}}},
		// an actor set apart, no report: the denial stands
		{"unlike an actor", "en", "Unlike Egypt, Turkey has not armed the Sudanese army.", []rel{
			{"turkey", graph.Supplies, "sudan", "n"}}},
		{"contrary to an actor", "en", "Contrary to Russia, China has not trained the Malian army.", []rel{
			{"china", graph.Trains, "mali", "n"}}},
		{"contrairement à un acteur", "fr", "Contrairement au Rwanda, l'Ouganda n'a pas armé le M23.", []rel{
			{"uganda", graph.Supplies, "m23", "n"}}},
	})
}

// TestOpen19EnvoySpeaker: « l'envoyé » after a determiner in a trailing
// speech clause is the speaker, no supplies participle: the relation is
// reported (hedged).
func TestOpen19EnvoySpeaker(t *testing.T) {
	runRelCases(t, []relCase{
		{"a affirmé l'envoyé", "fr", "Le Rwanda arme le M23, a affirmé l'envoyé congolais.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"a déclaré l'envoyé spécial", "fr", "Les Émirats arment les FSR, a déclaré l'envoyé spécial soudanais.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"a indiqué un envoyé de", "fr", "La Russie forme l'armée centrafricaine, a indiqué un envoyé de l'ONU.", []rel{
			{"russia", graph.Trains, "central-african-republic", "h"}}},
		{"double negation, envoy", "fr", "Il n'est pas exact que les Émirats n'arment pas les FSR, a déclaré l'envoyé soudanais.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		// the participle keeps its verb reading
		{"a envoyé des drones", "fr", "La Turquie a envoyé des drones au Mali.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
	})
}

// TestOpen19FalsityFrame: a falsity frame over a stop cancels it (the
// relation asserted, as "stopped supplying" is); a frame with a trigger
// before the first negation inside it denies that trigger.
func TestOpen19FalsityFrame(t *testing.T) {
	runRelCases(t, []relCase{
		{"not true that stopped", "en", "It is not true that Iran has stopped arming the Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"not true that stopped supplying", "en", "It is not true that Russia has stopped supplying the Malian army.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"false that stopped", "en", "It is false that Iran has stopped arming Hezbollah.", []rel{
			{"iran", graph.Supplies, "hezbollah", ""}}},
		{"faux de dire que a cessé", "fr", "Il est faux de dire que la Turquie a cessé de livrer des drones au Niger.", []rel{
			{"turkey", graph.Supplies, "niger", ""}}},
		{"pas vrai que a cessé", "fr", "Il n'est pas vrai que l'Iran a cessé d'armer les Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"frame then coordinated negation", "en", "It is not true that Egypt trained the Somali army and did not arm it.", []rel{
			{"egypt", graph.Supplies, "somalia", "n"}, {"egypt", graph.Trains, "somalia", "n"}}},
		{"frame then coordinated never", "en", "It is not true that Turkey armed the SNA and never trained it.", []rel{
			{"turkey", graph.Supplies, "somalia", "n"}, {"turkey", graph.Trains, "somalia", "n"}}},
		{"fr frame then coordinated negation", "fr", "Il est faux que la Turquie a livré des drones au Mali et ne forme pas ses pilotes.", []rel{
			{"turkey", graph.Supplies, "mali", "n"}, {"turkey", graph.Trains, "mali", "n"}}},
		// the frame's plain readings stay
		{"not true that never", "en", "It is not true that Turkey never armed the SNA.", []rel{
			{"turkey", graph.Supplies, "somalia", ""}}},
		{"not true that", "en", "It is not true that Turkey armed the Malian army.", []rel{
			{"turkey", graph.Supplies, "mali", "n"}}},
	})
}

// TestOpen19SellerNoUser: the seller named in a relative clause on the
// goods is not the one who used them against someone; the buyer is.
func TestOpen19SellerNoUser(t *testing.T) {
	runRelCases(t, []relCase{
		{"reduced relative, sold", "en", "The drones Turkey sold to Mali were used against the FLA.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"que, vendus", "fr", "Les drones que la Turquie a vendus au Mali ont été utilisés contre le FLA.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"that, supplied, fired at", "en", "The missiles that Iran supplied to the Houthis were fired at Israel.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"reduced relative, delivered", "en", "The rifles Russia delivered to Mali were used against JNIM fighters.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"que, livrés", "fr", "Les blindés que la Chine a livrés au Nigeria ont été utilisés contre Boko Haram.", []rel{
			{"china", graph.Supplies, "nigeria", ""}}},
		{"que, fournis, ont frappé", "fr", "Les drones que les Émirats ont fournis aux FSR ont frappé l'armée soudanaise.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		// the buyer used them
		{"que, achetés", "fr", "Les drones Bayraktar TB2 que l'armée soudanaise a achetés à la Turquie ont frappé lundi des positions des FSR.", []rel{
			{"turkey", graph.Supplies, "sudan", ""}, {"rsf", graph.Opposed, "sudan", ""}}},
		{"reduced relative, bought", "en", "The drones the Sudanese army bought from Turkey struck RSF positions.", []rel{
			{"turkey", graph.Supplies, "sudan", ""}, {"rsf", graph.Opposed, "sudan", ""}}},
	})
}

// TestOpen19RequestedHelp: help against an enemy that is only requested
// is no relation (docs/CODEBOOK.md, "Action, not intent"); help received
// keeps its reading.
func TestOpen19RequestedHelp(t *testing.T) {
	runRelCases(t, []relCase{
		{"a réclamé l'aide", "fr", "L'armée soudanaise a réclamé l'aide de la Russie contre les FSR.", nil},
		{"a demandé l'aide", "fr", "L'armée soudanaise a demandé l'aide de la Russie contre les FSR.", nil},
		{"a sollicité l'appui", "fr", "Le Mali a sollicité l'appui de la Turquie contre le JNIM.", nil},
		{"a demandé le soutien", "fr", "Le Niger a demandé le soutien de la Russie contre l'État islamique.", nil},
		{"sought help", "en", "Somalia sought Turkish help against al-Shabaab.", nil},
		{"requested support", "en", "Niger requested Russia's support against the Islamic State.", nil},
		{"received help", "fr", "L'armée soudanaise a reçu l'aide de la Russie contre les FSR.", []rel{
			{"russia", graph.Allied, "sudan", ""}, {"rsf", graph.Opposed, "russia", ""}}},
	})
}

// TestOpen19GroupLeaderNationality: a state's demonym before the leader
// role of a group names the person's nationality: no leads of the state.
func TestOpen19GroupLeaderNationality(t *testing.T) {
	runRelCases(t, []relCase{
		{"strongman led elsewhere", "en", "Libyan strongman Khalifa Haftar met Russian Deputy Defence Minister Yunus-Bek Yevkurov in Benghazi.", nil},
		{"leader led elsewhere", "en", "Libyan leader Khalifa Haftar met Russian officials.", nil},
		{"homme fort", "fr", "L'homme fort libyen Khalifa Haftar a rencontré des officiels russes.", nil},
		{"paramilitary leader", "en", "Sudanese paramilitary leader Mohamed Hamdan Dagalo visited Nairobi.", nil},
		{"rebel leader", "en", "Congolese rebel leader Corneille Nangaa spoke in Goma.", nil},
		{"jihadist leader", "en", "Malian jihadist leader Iyad Ag Ghaly appeared in a video.", nil},
		{"chef rebelle", "fr", "Le chef rebelle congolais Corneille Nangaa a parlé à Goma.", nil},
		// heads of state keep their reading
		{"junta leader", "en", "Malian junta leader Assimi Goita met Russian officials in Bamako.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
		{"président malien", "fr", "Le président malien Assimi Goïta a reçu des officiels russes.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
		{"Syrian President", "en", "Syrian President Ahmed al-Sharaa met Turkish officials.", []rel{
			{"ahmed-al-sharaa", graph.Leads, "syria", ""}}},
	})
}

// TestOpen19ContrastAside: a contrast cue opening an insertion that names
// no actor ("not French ones") negates none of the sentence's triggers.
func TestOpen19ContrastAside(t *testing.T) {
	runRelCases(t, []relCase{
		{"not French ones", "en", "Russian instructors, not French ones, now train the Malian army.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"not Chinese ones", "en", "Turkish drones, not Chinese ones, now equip the Malian army.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"not French", "en", "Russian instructors, not French, now train the Malian army.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"not an actor", "en", "Rwanda, not Uganda, supplies the M23.", []rel{
			{"rwanda", graph.Supplies, "m23", ""}}},
		{"not an actor, object", "en", "Turkey has armed Mali, not Niger.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
	})
}

// TestOpen19NotTheOnly: "not the only one to" cancels the whole negation
// (« n'a pas été le seul »: the « n' » too): the act is asserted.
func TestOpen19NotTheOnly(t *testing.T) {
	runRelCases(t, []relCase{
		{"n'a pas été le seul pays", "fr", "L'Égypte n'a pas été le seul pays à armer l'armée soudanaise.", []rel{
			{"egypt", graph.Supplies, "sudan", ""}}},
		{"n'est pas le seul pays", "fr", "La Russie n'est pas le seul pays à former l'armée malienne.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"n'a pas été la seule", "fr", "La Turquie n'a pas été la seule à livrer des drones au Mali.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"not the only country", "en", "Egypt was not the only country to arm the Sudanese army.", []rel{
			{"egypt", graph.Supplies, "sudan", ""}}},
		// « seule » far after the negation: a denial still
		{"n'a pas armé seule", "fr", "La Turquie n'a pas armé le Mali seule.", []rel{
			{"turkey", graph.Supplies, "mali", "n"}}},
		{"n'a jamais armé", "fr", "La Turquie n'a jamais armé le Mali.", []rel{
			{"turkey", graph.Supplies, "mali", "n"}}},
	})
}

// TestOpen19PoliteFrame: the conditional of a falsity frame ("It would
// be wrong to say that", « Il serait faux de dire que ») hedges nothing,
// and its "say" names no speaker.
func TestOpen19PoliteFrame(t *testing.T) {
	runRelCases(t, []relCase{
		{"would be wrong, never", "en", "It would be wrong to say that Russia has never armed the Malian army.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"would be wrong", "en", "It would be wrong to say that Turkey trained the Somali army.", []rel{
			{"turkey", graph.Trains, "somalia", "n"}}},
		{"is wrong", "en", "It is wrong to say that Turkey trained the Somali army.", []rel{
			{"turkey", graph.Trains, "somalia", "n"}}},
		{"serait faux, jamais", "fr", "Il serait faux de dire que la Russie n'a jamais armé l'armée malienne.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"serait faux", "fr", "Il serait faux de dire que la Turquie a formé l'armée somalienne.", []rel{
			{"turkey", graph.Trains, "somalia", "n"}}},
		{"a speaker after", "en", "It is incorrect to say that Iran never armed the Houthis, a UN report says.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}}},
		{"a conditional alone", "fr", "La Turquie aurait formé l'armée somalienne.", []rel{
			{"turkey", graph.Trains, "somalia", "h"}}},
	})
}

// TestOpen19DenialThenAccusation: a denial, then a coordinated
// accusation: the accused relation is hedged, not negated.
func TestOpen19DenialThenAccusation(t *testing.T) {
	runRelCases(t, []relCase{
		{"dément et accuse", "fr", "Kigali dément et accuse Kinshasa de soutenir les FDLR.", []rel{
			{"dr-congo", graph.Allied, "fdlr", "h"}}},
		{"denies this and accuses", "en", "Kigali denies this and accuses Kinshasa of backing the FDLR.", []rel{
			{"dr-congo", graph.Allied, "fdlr", "h"}}},
		{"denies and accuses", "en", "Kigali denies and accuses Kinshasa of backing the FDLR.", []rel{
			{"dr-congo", graph.Allied, "fdlr", "h"}}},
		{"dément armer et accuse", "fr", "Kigali dément armer le M23 et accuse Kinshasa de soutenir les FDLR.", []rel{
			{"rwanda", graph.Supplies, "m23", "n"}, {"dr-congo", graph.Allied, "fdlr", "h"}}},
		{"did not arm and accused", "en", "Kigali did not arm the M23 and accused Kinshasa of arming the FDLR.", []rel{
			{"rwanda", graph.Supplies, "m23", "n"}, {"dr-congo", graph.Supplies, "fdlr", "h"}}},
		// a negated accusation stays unasserted
		{"never accused", "en", "Kigali has never accused Kinshasa of backing the FDLR.", []rel{
			{"dr-congo", graph.Allied, "fdlr", "hn"}}},
	})
}

// TestOpen19HostedTrainers: a state's trainers received, hosted or
// welcomed: the state trains the host.
func TestOpen19HostedTrainers(t *testing.T) {
	runRelCases(t, []relCase{
		{"a reçu des instructeurs russes", "fr", "Le Niger a reçu des instructeurs russes en 2024.", []rel{
			{"russia", graph.Trains, "niger", ""}}},
		{"instructeurs militaires russes", "fr", "La junte malienne a reçu des instructeurs militaires russes en 2021.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"une centaine d'instructeurs", "fr", "Le Niger a reçu une centaine d'instructeurs russes.", []rel{
			{"russia", graph.Trains, "niger", ""}}},
		{"a accueilli", "fr", "Bamako a accueilli des instructeurs russes.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"accueille depuis", "fr", "Le Niger accueille des instructeurs militaires russes depuis 2024.", []rel{
			{"russia", graph.Trains, "niger", ""}}},
		{"welcomed", "en", "Mali welcomed Russian instructors in December 2021.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"has hosted", "en", "Niger has hosted Russian military instructors since 2024.", []rel{
			{"russia", graph.Trains, "niger", ""}}},
		{"hosted a number", "en", "Niger has hosted 100 Russian instructors since 2024.", []rel{
			{"russia", graph.Trains, "niger", ""}}},
		{"n'a pas accueilli", "fr", "Le Niger n'a pas accueilli d'instructeurs russes.", []rel{
			{"russia", graph.Trains, "niger", "n"}}},
		// no trainers taken in
		{"une délégation des instructeurs", "fr", "L'IISS ont accueilli une délégation des instructeurs chinois.", nil},
		{"drones from instructors", "fr", "Le Mali a reçu des drones des instructeurs russes.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"soldiers", "fr", "Le Mali a accueilli des soldats russes.", nil},
	})
}

// TestOpen19EndedAgreements: ending a cooperation or defence agreements
// with a state ends a standing alliance (allied negated) and is a hostile
// act (opposed, ".../ended"), whatever the number of agreements.
func TestOpen19EndedAgreements(t *testing.T) {
	ended := func(a, b string) []rel {
		return []rel{{a, graph.Allied, b, "n"}, {a, graph.Opposed, b, ""}}
	}
	runRelCases(t, []relCase{
		{"has ended its military cooperation", "en", "Niger has ended its military cooperation with France.", ended("france", "niger")},
		{"ended military cooperation", "en", "Niger ended military cooperation with France.", ended("france", "niger")},
		{"has ended its defence agreements", "en", "Mali has ended its defence agreements with France.", ended("france", "mali")},
		{"scrapped its defence agreements", "en", "Mali scrapped its defence agreements with France.", ended("france", "mali")},
		{"a mis fin à sa coopération militaire", "fr", "Le Niger a mis fin à sa coopération militaire avec la France.", ended("france", "niger")},
		{"met fin à sa coopération militaire", "fr", "Le Niger met fin à sa coopération militaire avec la France.", ended("france", "niger")},
		{"a dénoncé ses accords de défense", "fr", "Le Mali a dénoncé ses accords de défense avec la France.", ended("france", "mali")},
		{"a dénoncé les accords militaires", "fr", "Le Mali a dénoncé les accords militaires avec la France.", ended("france", "mali")},
		// agreements signed stand
		{"signed defence agreements", "en", "Mali signed defence agreements with Russia.", []rel{{"mali", graph.Allied, "russia", ""}}},
		{"a signé des accords de défense", "fr", "Le Mali a signé des accords de défense avec la Russie.", []rel{{"mali", graph.Allied, "russia", ""}}},
	})
}

// TestOpen19ConditionalArming: « armerait », « équiperait » are supplies
// triggers, hedged as every conditional is (« armer » has no lemma in
// the conjugation: « armée » is the army).
func TestOpen19ConditionalArming(t *testing.T) {
	runRelCases(t, []relCase{
		{"armerait", "fr", "Le Rwanda armerait le M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"armeraient", "fr", "Les Émirats armeraient les FSR.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"équiperait", "fr", "La Turquie équiperait l'armée malienne.", []rel{
			{"turkey", graph.Supplies, "mali", "h"}}},
		{"selon lesquelles il armerait", "fr", "Kigali rejette les accusations selon lesquelles il armerait le M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"démenti, ils armeraient", "fr", "Les Émirats ont démenti les informations selon lesquelles ils armeraient les FSR.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"selon, armerait", "fr", "Selon des informations, le Rwanda armerait le M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
	})
}

// TestOpen19HandedGoods: « a remis », "handed (over)" with goods are give
// verbs: the subject supplies the recipient. Without goods, or in «
// remis en cause », nothing.
func TestOpen19HandedGoods(t *testing.T) {
	runRelCases(t, []relCase{
		{"a remis des drones au", "fr", "La Turquie a remis six drones au Mali.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"ont remis des blindés à", "fr", "Les Émirats ont remis des blindés à l'armée tchadienne.", []rel{
			{"united-arab-emirates", graph.Supplies, "chad", ""}}},
		{"handed drones to", "en", "Turkey handed six drones to Mali.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"handed a recipient goods", "en", "Turkey handed Mali six drones.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"remis en cause", "fr", "Le Mali a remis en cause ses accords avec la France.", nil},
		{"remis le pouvoir", "fr", "La France a remis le pouvoir au Mali en 1960.", nil},
		{"handed power", "en", "Turkey handed power to Mali.", nil},
	})
}

// TestOpen19NominalDeliveries: a deliveries noun with its goods takes its
// supplier from its of-word or "by" phrase and its recipient after it.
func TestOpen19NominalDeliveries(t *testing.T) {
	runRelCases(t, []relCase{
		{"documents arms deliveries by", "en", "A UN report documents arms deliveries by Rwanda to the M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"arms deliveries by, opening", "en", "Arms deliveries by Rwanda to the M23 continued.", []rel{
			{"rwanda", graph.Supplies, "m23", ""}}},
		{"livraisons d'armes du", "fr", "Un rapport de l'ONU documente des livraisons d'armes du Rwanda au M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"livraisons d'armes de la", "fr", "Les livraisons d'armes de la Russie au Mali ont augmenté.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"livraisons d'armes du, se poursuivent", "fr", "Les livraisons d'armes du Rwanda au M23 se poursuivent.", []rel{
			{"rwanda", graph.Supplies, "m23", ""}}},
		// the goods after the noun: the recipient first, the agent by "by"
		{"delivery of drones to by", "en", "The delivery of drones to Mali by Turkey was confirmed.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
	})
}

// TestOpen19PossessiveTrainees: "trains its pilots" after a supply names
// the recipient's forces: the supplier (or an actor named between)
// trains the recipient; "its own pilots" are the trainer's.
func TestOpen19PossessiveTrainees(t *testing.T) {
	runRelCases(t, []relCase{
		{"which arms, also trains its", "en", "Russia, which arms Mali, also trains its pilots.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Trains, "mali", ""}}},
		{"arms and trains its", "en", "Russia arms Mali and also trains its pilots.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Trains, "mali", ""}}},
		{"receives from, which trains its", "en", "The Somali army receives weapons from Egypt, which also trains its officers.", []rel{
			{"egypt", graph.Supplies, "somalia", ""}, {"egypt", graph.Trains, "somalia", ""}}},
		{"qui arme, forme aussi ses", "fr", "La Russie, qui arme le Mali, forme aussi ses pilotes.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Trains, "mali", ""}}},
		{"arme et forme ses", "fr", "La Russie arme le Mali et forme ses pilotes.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Trains, "mali", ""}}},
		{"reçoit de, qui forme ses", "fr", "L'armée somalienne reçoit des armes de l'Égypte, qui forme aussi ses officiers.", []rel{
			{"egypt", graph.Supplies, "somalia", ""}, {"egypt", graph.Trains, "somalia", ""}}},
		{"another trainer between", "en", "Turkey armed Mali, while Russia trains its pilots.", []rel{
			{"turkey", graph.Supplies, "mali", ""}, {"russia", graph.Trains, "mali", ""}}},
		{"reported", "en", "Russia arms Mali and trains its pilots, UN experts say.", []rel{
			{"russia", graph.Supplies, "mali", "h"}, {"russia", graph.Trains, "mali", "h"}}},
		// its own forces
		{"its own pilots", "en", "Turkey delivers drones to Mali and trains its own pilots.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"ses propres pilotes", "fr", "La Turquie livre des drones au Mali et forme ses propres pilotes.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
	})
}

// TestOpen19TrainedWith: training with a state's instructors is being
// trained by that state, in French as in English; training with another
// army is an alliance.
func TestOpen19TrainedWith(t *testing.T) {
	runRelCases(t, []relCase{
		{"se sont entraînées avec des instructeurs", "fr", "Les forces spéciales maliennes se sont entraînées avec des instructeurs russes.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"s'entraînent avec des instructeurs", "fr", "Les soldats maliens s'entraînent avec des instructeurs russes.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"s'est entraînée avec des formateurs", "fr", "L'armée somalienne s'est entraînée avec des formateurs turcs.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		{"trained with instructors", "en", "Malian special forces trained with Russian instructors.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"s'est entraînée avec une armée", "fr", "L'armée malienne s'est entraînée avec l'armée nigérienne.", []rel{
			{"mali", graph.Allied, "niger", ""}}},
	})
}

// TestOpen19SmuggledFrom: where smuggled goods came from is a place, no
// supplier; a seller named without a diversion word stays one.
func TestOpen19SmuggledFrom(t *testing.T) {
	runRelCases(t, []relCase{
		{"buys weapons smuggled from", "en", "The Sinaloa Cartel buys weapons smuggled from the United States.", nil},
		{"receives weapons smuggled from", "en", "Al-Shabaab receives weapons smuggled from Yemen.", nil},
		{"received drones trafficked from", "en", "The RSF received drones trafficked from Libya.", nil},
		{"buys weapons from", "en", "The Sinaloa Cartel buys weapons from the United States.", []rel{
			{"united-states", graph.Supplies, "sinaloa-cartel", ""}}},
	})
}

// TestOpen19JoinedOthers: a negation before a join verb denies the
// joining, not the act of others the noun after it names; a joiner that
// is a party keeps the negation.
func TestOpen19JoinedOthers(t *testing.T) {
	runRelCases(t, []relCase{
		{"neither nor has joined sanctions", "en", "Neither Mali nor Burkina Faso has joined ECOWAS sanctions against Niger.", []rel{
			{"ecowas", graph.Opposed, "niger", ""}}},
		{"has not joined sanctions", "en", "Mali has not joined ECOWAS sanctions against Niger.", []rel{
			{"ecowas", graph.Opposed, "niger", ""}}},
		{"n'a pas rejoint les sanctions", "fr", "Le Mali n'a pas rejoint les sanctions de la CEDEAO contre le Niger.", []rel{
			{"ecowas", graph.Opposed, "niger", ""}}},
		{"not joined the US-led coalition", "en", "Riyadh has not joined the US-led coalition against the Houthis.", []rel{
			{"houthis", graph.Opposed, "united-states", ""}}},
		{"a party joining", "en", "Chad has not joined the coalition fighting Boko Haram.", []rel{
			{"boko-haram", graph.Opposed, "chad", "n"}}},
	})
}

// TestOpen19LaterAdmission: a supplier that admits its deliveries in the
// next sentence, with no other party named, asserts the sourced claim
// before, despite its earlier denial; a negated admission does not.
func TestOpen19LaterAdmission(t *testing.T) {
	runRelCases(t, []relCase{
		{"denied then admitted", "en", "Iran supplied drones to Russia in 2022, Western officials said. Tehran initially denied the deliveries but later admitted sending a small number.", []rel{
			{"iran", graph.Supplies, "russia", ""}}},
		{"admitted", "en", "Iran supplied drones to Russia, Western officials said. Tehran admitted sending drones.", []rel{
			{"iran", graph.Supplies, "russia", ""}}},
		{"a reconnu avoir livré", "fr", "L'Iran a livré des drones à la Russie en 2022, selon des responsables occidentaux. Téhéran a d'abord démenti, puis a reconnu avoir livré quelques drones.", []rel{
			{"iran", graph.Supplies, "russia", ""}}},
		{"never admitted", "en", "Iran supplied drones to Russia, Western officials said. Tehran has never admitted sending drones.", []rel{
			{"iran", graph.Supplies, "russia", "h"}}},
		{"denied only", "en", "Iran supplied drones to Russia in 2022, Western officials said. Tehran denied the deliveries.", []rel{
			{"iran", graph.Supplies, "russia", "h"}}},
	})
}

// TestOpen19NounSubjectAfterThat: a recipient said by a noun after "que"
// is not the article's home state ("/home").
func TestOpen19NounSubjectAfterThat(t *testing.T) {
	runRelCases(t, []relCase{
		{"que le parti n'a reçu", "fr", "Le Liban est un pays. Naïm Qassem assure que le parti n'a reçu aucune arme de l'Irak.", nil},
		{"que le pays a reçu: the home state", "fr", "Le Liban est un pays. Le ministre assure que le pays a reçu des drones de l'Irak.", []rel{
			{"iraq", graph.Supplies, "lebanon", "h"}}},
	})
}

// TestOpen19VerbHedgeAfterTitle: a hedge of the verb after a title ("is
// said to", « aurait ») does not hedge the title's leads (the narrator's
// naming); a postposed adjective (« le chef présumé ») does.
func TestOpen19VerbHedgeAfterTitle(t *testing.T) {
	runRelCases(t, []relCase{
		{"commander is said to", "en", "Mohamed Hamdan Dagalo has not been seen in public for weeks. The RSF commander is said to be in Nyala.", []rel{
			{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
		{"Président X aurait", "fr", "Le président Tinubu aurait ordonné des frappes contre l'IPOB.", []rel{
			{"bola-tinubu", graph.Leads, "nigeria", ""}, {"bola-tinubu", graph.Opposed, "ipob", "h"}}},
		{"le chef présumé", "fr", "Amadou Koufa, le chef présumé de la katiba Macina, a été visé.", []rel{
			{"amadou-koufa", graph.Leads, "katiba-macina", "h"}}},
	})
}

// TestOpen19HelpedToTrain: helping an army train its forces is training
// it; helping it fight stays an alliance; a base that serves to train is
// no help verb.
func TestOpen19HelpedToTrain(t *testing.T) {
	runRelCases(t, []relCase{
		{"a aidé à former", "fr", "La Turquie a aidé le Mali à former ses pilotes.", []rel{
			{"turkey", graph.Trains, "mali", ""}}},
		{"helped train", "en", "Turkey helped Mali train its pilots.", []rel{
			{"turkey", graph.Trains, "mali", ""}}},
		{"helped to train", "en", "Turkey helped Mali to train its pilots.", []rel{
			{"turkey", graph.Trains, "mali", ""}}},
		{"a aidé à combattre", "fr", "La Turquie a aidé le Mali à combattre le JNIM.", []rel{
			{"mali", graph.Allied, "turkey", ""}, {"jnim", graph.Opposed, "mali", ""}}},
		{"helped train another's troops", "en", "Turkey helped Mali train Nigerien troops.", []rel{
			{"mali", graph.Allied, "turkey", ""}, {"mali", graph.Trains, "niger", ""}}},
		{"abriter des bases servant à entraîner", "fr", "Le Niger accuse Cotonou d'abriter des bases militaires françaises servant à « entraîner des terroristes ».", []rel{
			{"benin", graph.Allied, "france", "h"}}},
	})
}
