package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestOpenQuestionsAndConditions: an open question ("whether", "unclear
// if", « on ignore si », « reste à savoir si ») and "sources close to"
// hedge; a condition ("if", "unless") and an acceptance (« a accepté de
// fournir », as "agreed to") state no relation; "has yet to" and "it is
// false that" (« il est faux que ») deny.
func TestOpenQuestionsAndConditions(t *testing.T) {
	runRelCases(t, []relCase{
		{"unclear whether", "en", "It is unclear whether Turkey delivered the drones to Niger.", []rel{
			{"turkey", graph.Supplies, "niger", "h"}}},
		{"unclear if", "en", "It remains unclear if Turkey delivered the drones to Niger.", []rel{
			{"turkey", graph.Supplies, "niger", "h"}}},
		{"whether ... remains disputed", "en", "Whether Iran armed the Houthis remains disputed.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}}},
		{"on ignore si", "fr", "On ignore si la Turquie a livré les drones au Niger.", []rel{
			{"turkey", graph.Supplies, "niger", "h"}}},
		{"reste à savoir si", "fr", "Reste à savoir si l'Iran a armé les Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}}},
		{"sources close to", "en", "Sources close to the junta say Russia delivered two jets to Niger.", []rel{
			{"russia", graph.Supplies, "niger", "h"}}},
		{"des sources proches de", "fr", "Des sources proches de la junte indiquent que la Russie a livré deux avions au Niger.", []rel{
			{"russia", graph.Supplies, "niger", "h"}}},
		{"if", "en", "If Russia supplies Mali with jets, Algeria will protest.", nil},
		{"unless", "en", "Unless Turkey delivers more drones to Somalia, al-Shabaab will advance.", nil},
		{"a accepté de fournir", "fr", "L'Égypte a accepté de fournir des armes à la Somalie.", nil},
		{"has yet to deliver", "en", "Iran has yet to deliver the missiles to Russia.", []rel{
			{"iran", graph.Supplies, "russia", "n"}}},
		{"it is false that", "en", "It is false that Russia supplied drones to Mali, Moscow said.", []rel{
			{"russia", graph.Supplies, "mali", "n"}}},
		{"il est faux que", "fr", "Il est faux que la Russie a livré des drones au Mali, a déclaré Moscou.", []rel{
			{"russia", graph.Supplies, "mali", "n"}}},
		// the clause after the condition keeps its reading
		{"asserted, then a condition", "en", "Russia supplied drones to Mali; if the war goes on, Moscow will send more.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"it is clear that", "en", "It is clear that Russia supplied drones to Mali.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
	})
}

// TestRecipientAgent: the agent of a receiving participle ("bought by",
// "acquired by", "received by", « acheté par », « acquis par ») is the
// recipient, the actor before it (an owner, an origin, a source) the
// supplier; an actor another supplies trigger took keeps that reading.
func TestRecipientAgent(t *testing.T) {
	runRelCases(t, []relCase{
		{"Turkish drones acquired by", "en", "Turkish drones acquired by Mali struck Kidal.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"Iranian drones received by", "en", "Iranian drones received by Russia hit Kyiv.", []rel{
			{"iran", graph.Supplies, "russia", ""}}},
		{"weapons from X received by", "en", "Weapons from Iran received by the Houthis were seized.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"X's drones, bought by", "en", "Turkey's drones, bought by Mali in 2022, struck Kidal.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"supplied by X, received by Y", "en", "Drones supplied by Turkey were received by Mali.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"acheté par", "fr", "Le drone de la Turquie, acheté par le Mali en 2022, a frappé Kidal.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"chinois acquis par", "fr", "Les blindés chinois acquis par le Burkina Faso ont été présentés.", []rel{
			{"china", graph.Supplies, "burkina-faso", ""}}},
		// another supplies trigger took the actor before
		{"received shells bought by", "en", "Ukraine received shells bought by the Czech Republic.", []rel{
			{"czech-republic", graph.Supplies, "ukraine", ""}}},
		// a passive trigger with its source keeps its reading
		{"received drones from", "en", "Mali received drones from Turkey.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
	})
}

// TestSentForTraining: people sent to an actor for training
// (training_purposes) are trained by it: the host trains the sender, in
// both languages; trainers sent and goods sent keep their readings.
func TestSentForTraining(t *testing.T) {
	runRelCases(t, []relCase{
		{"sent officers to X for training", "en", "Somalia sent 500 officers to Eritrea for training.", []rel{
			{"eritrea", graph.Trains, "somalia", ""}}},
		{"sent its pilots to X for training", "en", "Chad sent its pilots to Turkey for training in 2023.", []rel{
			{"turkey", graph.Trains, "chad", ""}}},
		{"sent recruits to X to be trained", "en", "Somalia has sent thousands of recruits to Eritrea to be trained.", []rel{
			{"eritrea", graph.Trains, "somalia", ""}}},
		{"denied sending soldiers for training", "en", "Somalia denied sending soldiers to Eritrea for training.", []rel{
			{"eritrea", graph.Trains, "somalia", "n"}}},
		{"envoyé des recrues pour y être formées", "fr", "La Somalie a envoyé 5 000 recrues à l'Érythrée pour y être formées.", []rel{
			{"eritrea", graph.Trains, "somalia", ""}}},
		{"envoyé ses pilotes pour une formation", "fr", "Le Tchad a envoyé ses pilotes au Maroc pour une formation.", []rel{
			{"morocco", graph.Trains, "chad", ""}}},
		// trainers sent train the recipient; goods sent supply it
		{"sent instructors for training missions", "en", "Russia sent instructors to Mali for training missions.", []rel{
			{"mali", graph.Allied, "russia", ""}, {"russia", graph.Trains, "mali", ""}}},
		{"sent drones for training purposes", "en", "Turkey sent drones to Mali for training purposes.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
	})
}

// TestFormedPeopleAreTrained: French « former » before people trains
// them: « forme des soldats » is no composition (« formé des »), and no
// founding verb reads people formed as a group founded; a list of groups
// that « ont formé » a group founded it, and did not train it.
func TestFormedPeopleAreTrained(t *testing.T) {
	runRelCases(t, []relCase{
		{"forme des soldats", "fr", "Wagner forme des soldats centrafricains.", []rel{
			{"wagner-group", graph.Trains, "central-african-republic", ""}}},
		{"a démenti que ... forme des soldats", "fr", "Moscou a démenti que Wagner forme des soldats centrafricains.", []rel{
			{"wagner-group", graph.Trains, "central-african-republic", "n"}}},
		{"forme des commandos", "fr", "La Turquie forme des commandos somaliens depuis 2017.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		{"aurait formé des combattants des", "fr", "Wagner aurait formé des combattants des FSR.", []rel{
			{"wagner-group", graph.Trains, "rsf", "h"}}},
		{"groups founding a group", "fr", "Le MNLA et le HCUA ont formé le CSP-DPA en 2021.", []rel{
			{"mnla", graph.MemberOf, "csp-dpa", ""}, {"hcua", graph.MemberOf, "csp-dpa", ""}}},
		// states training a group; a composition stays one
		{"states ont formé a group", "fr", "La Russie et la Biélorussie ont formé les FSR.", []rel{
			{"russia", graph.Trains, "rsf", ""}, {"belarus", graph.Trains, "rsf", ""}}},
		{"formée du", "fr", "L'AES, formée du Mali, du Burkina Faso et du Niger, a été créée en 2023.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"niger", graph.MemberOf, "alliance-of-sahel-states", ""}}},
	})
}

// TestSourceNotRecipient: an actor after a source preposition ("from
// Turkey") is no recipient of a passive supplies trigger after it, nor
// is the home state when it is that actor; another home state still
// receives.
func TestSourceNotRecipient(t *testing.T) {
	runRelCases(t, []relCase{
		{"purchase from X was financed by", "en", "Mali's purchase of drones from Turkey was financed by the junta.", nil},
		{"purchase from X was financed by Y", "en", "The purchase of drones from Turkey was financed by Qatar.", nil},
		{"gets from X and received from Y", "en", "Chad gets weapons from Russia and received jets from Turkey.", []rel{
			{"russia", graph.Supplies, "chad", ""}, {"turkey", graph.Supplies, "chad", ""}}},
		{"from X were received by Y", "en", "Weapons from Iran were received by the Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
	})
}

// TestContrastNegation: a negation between commas that sets an actor
// apart from the one before it ("Rwanda, not Uganda, supplies", « C'est
// la Russie, et non la Chine, qui arme ») negates nothing, and the actor
// it sets apart is no argument; "not surprisingly" asserts.
func TestContrastNegation(t *testing.T) {
	runRelCases(t, []relCase{
		{"X, not Y, supplies", "en", "Rwanda, not Uganda, supplies the M23 with weapons.", []rel{
			{"rwanda", graph.Supplies, "m23", ""}}},
		{"X, not Y, trained", "en", "Russia, not China, trained the Malian pilots.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"c'est X, et non Y, qui arme", "fr", "C'est la Russie, et non la Chine, qui arme le Mali.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"X, et non Y, fournit", "fr", "Le Rwanda, et non l'Ouganda, fournit des armes au M23.", []rel{
			{"rwanda", graph.Supplies, "m23", ""}}},
		{"not surprisingly", "en", "Turkey, not surprisingly, sold drones to Mali.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		// a plain negation still negates
		{"has not armed, X says", "en", "Rwanda has not armed the M23, Kigali says.", []rel{
			{"rwanda", graph.Supplies, "m23", "n"}}},
	})
}

// TestNoGoodsDelivered: "no" before the goods in the subject denies the
// delivery; "no doubt" and "no fewer than" do not.
func TestNoGoodsDelivered(t *testing.T) {
	runRelCases(t, []relCase{
		{"No X drone has been delivered to", "en", "No Turkish drone has been delivered to Kenya.", []rel{
			{"turkey", graph.Supplies, "kenya", "n"}}},
		{"No drones were delivered to ... by", "en", "No drones were delivered to Kenya by Turkey.", []rel{
			{"turkey", graph.Supplies, "kenya", "n"}}},
		{"no doubt that", "en", "There is no doubt that Russia supplied drones to Mali.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"no fewer than", "en", "No fewer than 20 drones were delivered to Mali by Turkey.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"no in a relative clause", "en", "Russia, which has no embassy in Niamey, supplied drones to Mali.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
	})
}

// TestPossessedSupplier: a supplier noun after a possessive determiner,
// the supplier named after it, is the subject's supplier.
func TestPossessedSupplier(t *testing.T) {
	runRelCases(t, []relCase{
		{"a perdu son principal fournisseur, X", "fr", "Le Niger a perdu son principal fournisseur d'armes, la France, après le coup d'État.", []rel{
			{"france", graph.Supplies, "niger", ""}}},
		{"its main supplier, X", "en", "Niger lost its main supplier, France, after the coup.", []rel{
			{"france", graph.Supplies, "niger", ""}}},
		{"X's main arms supplier", "en", "Russia became Mali's main arms supplier.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
	})
}

// TestStressedSubjectAndFronting: a pronoun after an auxiliary stresses
// the subject (« qui a lui aussi livré »), it names no recipient; one
// group founding another is no member of it; « que la Turquie a équipée
// de drones » is active, the fronted object the recipient.
func TestStressedSubjectAndFronting(t *testing.T) {
	runRelCases(t, []relCase{
		{"qui a lui aussi livré", "fr", "La Russie arme le Mali, qui a lui aussi livré des armes au Niger.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"mali", graph.Supplies, "niger", ""}}},
		{"qui a lui-même formé", "fr", "L'Iran a formé le Hezbollah, qui a lui-même formé les Houthis.", []rel{
			{"iran", graph.Trains, "hezbollah", ""}, {"hezbollah", graph.Trains, "houthis", ""}}},
		{"qui lui a livré", "fr", "Ouagadougou s'est tourné vers la Russie, qui lui a livré des hélicoptères.", []rel{
			{"burkina-faso", graph.Allied, "russia", ""}, {"russia", graph.Supplies, "burkina-faso", ""}}},
		{"launched an offensive against", "en", "Al-Shabaab launched an offensive against the ADF.", []rel{
			{"adf", graph.Opposed, "al-shabaab", ""}}},
		{"a lancé une offensive contre", "fr", "Les shebab ont lancé une offensive contre les ADF.", []rel{
			{"adf", graph.Opposed, "al-shabaab", ""}}},
		{"forms the backbone of", "en", "The YPG forms the backbone of the SDF.", []rel{
			{"ypg", graph.MemberOf, "sdf", ""}}},
		{"que X a équipée de", "fr", "L'armée éthiopienne, que la Turquie a équipée de drones, a repris Lalibela.", []rel{
			{"turkey", graph.Supplies, "ethiopia", ""}}},
		{"que X a dotée de", "fr", "L'armée éthiopienne, que la Turquie a dotée de drones, a repris Lalibela.", []rel{
			{"turkey", graph.Supplies, "ethiopia", ""}}},
		{"a été dotée de ... par", "fr", "L'armée éthiopienne a été dotée de drones par la Turquie.", []rel{
			{"turkey", graph.Supplies, "ethiopia", ""}}},
	})
}

// TestPluralReportVerbs: a trailing reporting clause with a plural
// subject (", Sudanese sources claim", « , prétendent des responsables »)
// hedges, as ", officials said" does.
func TestPluralReportVerbs(t *testing.T) {
	runRelCases(t, []relCase{
		{"sources claim", "en", "Eritrean troops were trained by Egypt, Sudanese sources claim.", []rel{
			{"egypt", graph.Trains, "eritrea", "h"}}},
		{"officials allege", "en", "Rwanda arms the M23, Congolese officials allege.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"prétendent des responsables", "fr", "Le Rwanda arme le M23, prétendent des responsables congolais.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"soulignent des experts", "fr", "Le Rwanda arme le M23, soulignent des experts de l'ONU.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		// the speaker's own action stays asserted
		{"Moscow insists", "en", "Russia supplied drones to Mali, Moscow insists.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
	})
}

// TestPassiveDenial: a passive denial after the trigger in its clause
// ("is denied by", "has been denied by") denies it; one in another
// clause does not.
func TestPassiveDenial(t *testing.T) {
	runRelCases(t, []relCase{
		{"is denied by", "en", "Iran's supply of drones to Russia is denied by Tehran.", []rel{
			{"iran", graph.Supplies, "russia", "n"}}},
		{"has been denied by", "en", "Iran's supply of drones to Russia has been denied by Tehran.", []rel{
			{"iran", graph.Supplies, "russia", "n"}}},
		{"denied in another clause", "en", "Iran supplied drones to Russia, and a report on Mali was denied by Bamako.", []rel{
			{"iran", graph.Supplies, "russia", ""}}},
	})
}

// TestBuyingForms: buying and receiving forms the lists lacked ("buying",
// "sourced", « reçues », « réceptionnées ») read as received goods, the
// source after them.
func TestBuyingForms(t *testing.T) {
	runRelCases(t, []relCase{
		{"denied buying from", "en", "The Sudanese army denied buying drones from Iran.", []rel{
			{"iran", graph.Supplies, "sudan", "n"}}},
		{"sourced its drones from", "en", "Mali sourced its drones from Turkey.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"is buying from", "en", "Mali is buying drones from Turkey.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"qu'elles ont reçues des", "fr", "Les FSR utilisent des armes qu'elles ont reçues des Émirats.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
	})
}

// TestTrainingProvided: a training provided by an actor is trains from
// it, not a supply, and its trainee is the owner of the training
// (whose, « dont »); a training financed is a supply.
func TestTrainingProvided(t *testing.T) {
	runRelCases(t, []relCase{
		{"whose training was provided by", "en", "Somali commandos, whose training was provided by Turkey, retook the town.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		{"dont la formation a été assurée par", "fr", "Les commandos somaliens, dont la formation a été assurée par la Turquie, ont repris la ville.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		{"the training of X was provided by", "en", "The training of Somali commandos was provided by Turkey.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		{"the training of X was financed by", "en", "The training of Somali commandos was financed by Turkey.", []rel{
			{"turkey", graph.Supplies, "somalia", ""}}},
	})
}

// TestDeniedTail: a trailing clause in which an actor denies what the
// sentence asserts (", a charge Tehran denies", « , ce que Téhéran
// dément ») hedges it: an assertion with a denial.
func TestDeniedTail(t *testing.T) {
	runRelCases(t, []relCase{
		{"a charge X denies", "en", "Iran has been arming the Houthis for years, a charge Tehran denies.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}}},
		{"which X denies", "en", "Iran arms the Houthis, which Tehran denies.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}}},
		{"ce que X dément", "fr", "L'Iran arme les Houthis, ce que Téhéran dément.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}}},
		{"X denies.", "en", "Russia supplied drones to Mali, Moscow denies.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
		// a relative clause with another verb stays asserted
		{"which attacked", "en", "Iran arms the Houthis, which attacked Israel.", []rel{
			{"iran", graph.Supplies, "houthis", ""}, {"houthis", graph.Opposed, "israel", ""}}},
	})
}

// TestContestAndDefend: « contester » and « se défendre de » deny, and
// so do they in a trailing clause (« ce que Téhéran conteste »: an
// assertion with a denial, hedged); « ne conteste pas » asserts.
func TestContestAndDefend(t *testing.T) {
	runRelCases(t, []relCase{
		{"conteste avoir formé", "fr", "La Russie conteste avoir formé l'armée malienne.", []rel{
			{"russia", graph.Trains, "mali", "n"}}},
		{"s'est toujours défendu d'armer", "fr", "Kigali s'est toujours défendu d'armer le M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "n"}}},
		{"se défend d'armer", "fr", "Le Rwanda se défend d'armer le M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "n"}}},
		{"ne conteste pas", "fr", "La Russie ne conteste pas avoir formé l'armée malienne.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"ce que X conteste", "fr", "L'Iran arme les Houthis, ce que Téhéran conteste.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}}},
	})
}

// TestTrainedOnEquipment: equipment of an origin after a trains trigger
// and a preposition ("trained on Russian jets", « entraînés sur des
// avions russes ») names no trainee; people of a state after the trigger
// still do.
func TestTrainedOnEquipment(t *testing.T) {
	runRelCases(t, []relCase{
		{"trained on Russian jets", "en", "Malian pilots trained on Russian jets.", nil},
		{"entraînés sur des avions russes", "fr", "Les pilotes maliens se sont entraînés sur des avions russes.", nil},
		{"trains the Somali drone operators", "en", "Turkey trains the Somali drone operators.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		{"forme les pilotes sur des avions russes", "fr", "La Russie forme les pilotes maliens sur des avions russes.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
	})
}

// TestBasedIn: a state after « basés au », « présents au » is a place,
// not the trainer of the clause.
func TestBasedIn(t *testing.T) {
	runRelCases(t, []relCase{
		{"basés au", "fr", "Des instructeurs russes basés au Mali forment des soldats burkinabè.", []rel{
			{"russia", graph.Trains, "burkina-faso", ""}}},
		{"présents au", "fr", "Les instructeurs russes présents au Mali forment l'armée malienne.", []rel{
			{"russia", graph.Trains, "mali", ""}}},
		{"livré au", "fr", "La Russie a livré des hélicoptères au Mali.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
	})
}

// TestTrainedInPlaceByAgent: "trained in X by Y" is trained by Y, the
// agent, not by the place; "trained in X" alone keeps X.
func TestTrainedInPlaceByAgent(t *testing.T) {
	runRelCases(t, []relCase{
		{"trained in X by Y", "en", "Burkinabe soldiers are being trained in Mali by Russian instructors.", []rel{
			{"russia", graph.Trains, "burkina-faso", ""}}},
		{"formés au X par Y", "fr", "Des soldats burkinabè sont formés au Mali par des instructeurs russes.", []rel{
			{"russia", graph.Trains, "burkina-faso", ""}}},
		{"trained in X", "en", "Somali commandos were trained in Turkey.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
	})
}

// TestPossessedAccusation: a denial of another's accusation named with a
// possessive ("rejected Sudan's accusation that") hedges, as "rejected the
// accusation that" does; a plain denial negates.
func TestPossessedAccusation(t *testing.T) {
	runRelCases(t, []relCase{
		{"rejected X's accusation that", "en", "Chad rejected Sudan's accusation that it had armed the RSF.", []rel{
			{"chad", graph.Supplies, "rsf", "h"}}},
		{"denied X's claims that", "en", "Chad denied Sudan's claims that it armed the RSF.", []rel{
			{"chad", graph.Supplies, "rsf", "h"}}},
		{"denied arming", "en", "Chad denied arming the RSF.", []rel{
			{"chad", graph.Supplies, "rsf", "n"}}},
	})
}

// TestTurnedToForWeapons: turning to a state for weapons makes it a
// supplier, not an ally; turning to it alone is an alliance.
func TestTurnedToForWeapons(t *testing.T) {
	runRelCases(t, []relCase{
		{"turned to X for weapons", "en", "Mali turned to Russia for weapons after 2021.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"s'est tourné vers X pour ses armes", "fr", "Le Mali s'est tourné vers la Russie pour ses armes.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"s'est tourné vers X", "fr", "Le Mali s'est tourné vers la Russie.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
	})
}

// TestGoodsSourceNoParty: the source of goods ("weapons from Iran") is
// no party to what is done with them or to them; troops from a state
// are its forces.
func TestGoodsSourceNoParty(t *testing.T) {
	runRelCases(t, []relCase{
		{"weapons from X were seized by", "en", "Weapons from Iran were seized by the US Navy.", nil},
		{"arms for Y from X were seized by", "en", "Shipments of arms for the Houthis from Iran were seized by the US Navy.", nil},
		{"drones from X struck", "en", "Drones from Iran struck Ukraine.", nil},
		{"troops from X attacked", "en", "Troops from Kenya attacked al-Shabaab.", []rel{
			{"al-shabaab", graph.Opposed, "kenya", ""}}},
	})
}
