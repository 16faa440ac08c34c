package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestParallelPronounObjects: a pronoun object of a second clause stands
// for the first clause's object, whatever the first trigger's type and
// even when the subject list could read back past ", and"; with a shared
// subject, for the object between the two triggers; a French clitic
// right after the subject, or after a predicate link, is such an object
// (« le Qatar l'équipe », « l'Iran l'arme », « et leur fournit »), and an
// object list stops before a subject with a clitic and a trigger.
func TestParallelPronounObjects(t *testing.T) {
	runRelCases(t, []relCase{
		{"and Belarus trains it", "en", "Russia supplies Mali, and Belarus trains it.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"belarus", graph.Trains, "mali", ""}}},
		{"backs ..., and Turkey arms it", "en", "Egypt backs the Sudanese army, and Turkey arms it.", []rel{
			{"egypt", graph.Allied, "sudan", ""}, {"turkey", graph.Supplies, "sudan", ""}}},
		{"funds ..., and Iran arms it", "en", "Qatar funds Hamas, and Iran arms it.", []rel{
			{"qatar", graph.Supplies, "hamas", ""}, {"iran", graph.Supplies, "hamas", ""}}},
		{"trains ... and supplies them", "en", "Turkey trains Somali troops and supplies them with drones.", []rel{
			{"turkey", graph.Trains, "somalia", ""}, {"turkey", graph.Supplies, "somalia", ""}}},
		{"trains ... and supplies it", "en", "The Kachin Independence Army trains the People's Defence Force and supplies it with arms.", []rel{
			{"kachin-independence-army", graph.Trains, "peoples-defence-force", ""}, {"kachin-independence-army", graph.Supplies, "peoples-defence-force", ""}}},
		{"le Qatar l'équipe", "fr", "La Turquie forme l'armée somalienne et le Qatar l'équipe.", []rel{
			{"turkey", graph.Trains, "somalia", ""}, {"qatar", graph.Supplies, "somalia", ""}}},
		{"la Biélorussie le forme", "fr", "La Russie livre des armes au Mali, et la Biélorussie le forme.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"belarus", graph.Trains, "mali", ""}}},
		{"soutient ..., et la Turquie l'arme", "fr", "L'Égypte soutient l'armée soudanaise, et la Turquie l'arme.", []rel{
			{"egypt", graph.Allied, "sudan", ""}, {"turkey", graph.Supplies, "sudan", ""}}},
		{"l'Iran l'arme", "fr", "Le Qatar finance le Hamas, et l'Iran l'arme.", []rel{
			{"qatar", graph.Supplies, "hamas", ""}, {"iran", graph.Supplies, "hamas", ""}}},
		{"et leur fournit", "fr", "La Turquie forme les soldats somaliens et leur fournit des drones.", []rel{
			{"turkey", graph.Trains, "somalia", ""}, {"turkey", graph.Supplies, "somalia", ""}}},
		{"et les arme", "fr", "L'Armée de l'indépendance kachin forme les Forces de défense du peuple et les arme.", []rel{
			{"kachin-independence-army", graph.Trains, "peoples-defence-force", ""}, {"kachin-independence-army", graph.Supplies, "peoples-defence-force", ""}}},
		{"; elle les arme", "fr", "La Turquie forme les commandos somaliens ; elle les arme également.", []rel{
			{"turkey", graph.Trains, "somalia", ""}, {"turkey", graph.Supplies, "somalia", ""}}},
		// an article before a noun trigger is no clitic
		{"et le combat continue", "fr", "« Bozizé reste notre chef et le combat continue », assure Serge Bozanga, porte-parole de la CPC.", []rel{
			{"serge-bozanga", graph.MemberOf, "cpc", ""}}},
		{"et la formation des", "fr", "La Turquie a livré des drones au Mali et la formation des pilotes a commencé.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"l'équipe de", "fr", "Au Soudan, l'équipe de l'ONU a enquêté sur les FSR.", nil},
	})
}

// TestFinalEllipsis: a final ellipsis phrase ("and China did not
// either", « et la Chine non plus », « , et la Turquie aussi »;
// ellipsis_final) and "as does", "as is" (ellipsis_inverted) give the
// new subject the earlier clause's relations with their negation; the
// subject of an ellipsis ends an object list ("to Mali, and Niger
// followed suit": Niger is no recipient).
func TestFinalEllipsis(t *testing.T) {
	runRelCases(t, []relCase{
		{"did not either", "en", "Russia did not supply drones to Mali, and China did not either.", []rel{
			{"russia", graph.Supplies, "mali", "n"}, {"china", graph.Supplies, "mali", "n"}}},
		{"did too", "en", "Russia supplied drones to Mali, and China did too.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"china", graph.Supplies, "mali", ""}}},
		{"as does", "en", "Russia trains Malian troops, as does Belarus.", []rel{
			{"russia", graph.Trains, "mali", ""}, {"belarus", graph.Trains, "mali", ""}}},
		{"as is", "en", "The UAE is accused of arming the RSF, as is Chad.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}, {"chad", graph.Supplies, "rsf", "h"}}},
		{"followed suit after a recipient", "en", "Russia supplied drones to Mali, and Niger followed suit.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"niger", graph.Supplies, "mali", ""}}},
		{"non plus", "fr", "La Russie n'a pas livré de drones au Mali, et la Chine non plus.", []rel{
			{"russia", graph.Supplies, "mali", "n"}, {"china", graph.Supplies, "mali", "n"}}},
		{", et la Turquie aussi", "fr", "La Russie livre des armes au Mali et au Niger, et la Turquie aussi.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "niger", ""},
			{"turkey", graph.Supplies, "mali", ""}, {"turkey", graph.Supplies, "niger", ""}}},
		{"a fait de même after a recipient", "fr", "La Russie a livré des drones au Mali, et la Chine a fait de même.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"china", graph.Supplies, "mali", ""}}},
		// an object list with an adverb: no ellipsis
		{"Mali and Niger as well", "en", "Russia armed Mali and Niger as well.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "niger", ""}}},
		{"le Mali et le Niger aussi", "fr", "La Russie arme le Mali et le Niger aussi.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "niger", ""}}},
	})
}

// TestInsteadOf: an instead-of phrase right before a trigger ("instead
// of supplying", « au lieu d'armer », « loin d'armer »; instead_of)
// denies it, for the subject of the clause it hangs on (or, opening the
// sentence, the actor after its comma); before an actor it denies
// nothing.
func TestInsteadOf(t *testing.T) {
	runRelCases(t, []relCase{
		{"instead of supplying", "en", "Turkey sold drones to Ethiopia instead of supplying Somalia.", []rel{
			{"turkey", graph.Supplies, "ethiopia", ""}, {"turkey", graph.Supplies, "somalia", "n"}}},
		{"Instead of supplying, opening", "en", "Instead of supplying Somalia, Turkey sold drones to Ethiopia.", []rel{
			{"turkey", graph.Supplies, "ethiopia", ""}, {"turkey", graph.Supplies, "somalia", "n"}}},
		{"au lieu d'armer", "fr", "La Turquie a vendu des drones à l'Éthiopie au lieu d'armer la Somalie.", []rel{
			{"turkey", graph.Supplies, "ethiopia", ""}, {"turkey", graph.Supplies, "somalia", "n"}}},
		{"loin d'armer", "fr", "Loin d'armer les Houthis, l'Arabie saoudite les combat.", []rel{
			{"saudi-arabia", graph.Supplies, "houthis", "n"}, {"houthis", graph.Opposed, "saudi-arabia", ""}}},
		// before an actor, no denial
		{"instead of Russia", "en", "Instead of Russia, Turkey supplied drones to Mali.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"loin de la frontière", "fr", "Loin de la frontière, la Russie a livré des drones au Mali.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
	})
}

// TestInvertedPronoun: a subject pronoun after an inverted ellipsis
// phrase ("nor did it", "neither has it"; ellipsis_inverted) stands for
// the first clause's subject, not for its object.
func TestInvertedPronoun(t *testing.T) {
	runRelCases(t, []relCase{
		{"nor did it supply", "en", "Russia did not train the Malian army, nor did it supply drones to Niger.", []rel{
			{"russia", graph.Trains, "mali", "n"}, {"russia", graph.Supplies, "niger", "n"}}},
		{"nor did it, no object", "en", "Russia did not train the Malian army, nor did it supply drones.", []rel{
			{"russia", graph.Trains, "mali", "n"}}},
	})
}

// TestGapping: a gapped clause after a coordinator or a comma, a subject
// right before its object and nothing after but a place, repeats the
// active trigger before it with its negation: "Russia arms the Malian
// army and Iran the Houthis" (not Russia supplies Iran).
func TestGapping(t *testing.T) {
	runRelCases(t, []relCase{
		{"and Iran the Houthis", "en", "Russia arms the Malian army and Iran the Houthis.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"iran", graph.Supplies, "houthis", ""}}},
		{", Iran the Houthis", "en", "Russia arms the Malian army, Iran the Houthis.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"iran", graph.Supplies, "houthis", ""}}},
		{"nor Algeria the JNIM", "en", "Russia did not arm the FLA, nor Algeria the JNIM.", []rel{
			{"russia", graph.Supplies, "fla", "n"}, {"algeria", graph.Supplies, "jnim", "n"}}},
		{"and the United States the Houthis", "en", "Israel struck Hezbollah, and the United States the Houthis.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}, {"houthis", graph.Opposed, "united-states", ""}}},
		{", l'Iran les Houthis", "fr", "La Russie arme le Mali, l'Iran les Houthis.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"iran", graph.Supplies, "houthis", ""}}},
		{"et les États-Unis les Houthis au Yémen", "fr", "Israël a frappé le Hezbollah au Liban, et les États-Unis les Houthis au Yémen.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}, {"houthis", graph.Opposed, "united-states", ""}}},
		// a plain list of objects
		{"to Mali and Niger", "en", "Turkey supplied drones to Mali and Niger.", []rel{
			{"turkey", graph.Supplies, "mali", ""}, {"turkey", graph.Supplies, "niger", ""}}},
	})
}

// TestListStopsAtAccuser: an actor followed by an accusation or a report
// verb opens a clause of its own ("and Kinshasa accuses Kigali of
// arming"): it ends the list of the trigger before.
func TestListStopsAtAccuser(t *testing.T) {
	runRelCases(t, []relCase{
		{"and Kinshasa accuses", "en", "Rwandan troops fight alongside the M23, and Kinshasa accuses Kigali of arming the rebels.", []rel{
			{"m23", graph.Allied, "rwanda", ""}, {"rwanda", graph.Supplies, "m23", "h"}}},
		{"et Kinshasa accuse", "fr", "Les troupes rwandaises combattent aux côtés du M23, et Kinshasa accuse Kigali d'armer les rebelles.", []rel{
			{"m23", graph.Allied, "rwanda", ""}, {"rwanda", graph.Supplies, "m23", "h"}}},
	})
}

// TestNotOnlyButAlso: "but also", « mais aussi » coordinate actors:
// "not only Russia but also Turkey" are both subjects (or objects),
// asserted.
func TestNotOnlyButAlso(t *testing.T) {
	runRelCases(t, []relCase{
		{"not only ... but also, subjects", "en", "Not only Russia but also Turkey supplies Mali.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"turkey", graph.Supplies, "mali", ""}}},
		{"not only ... but also, objects", "en", "Russia supplies not only Mali but also Niger.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "niger", ""}}},
		{"non seulement ... mais aussi, sujets", "fr", "Non seulement la Russie mais aussi la Turquie arment le Mali.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"turkey", graph.Supplies, "mali", ""}}},
		{"non seulement ... mais aussi, objets", "fr", "La Russie arme non seulement le Mali mais aussi le Niger.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "niger", ""}}},
	})
}

// TestRespectively: with a respectively word (respectively), a subject
// list and an object list of the same length pair in order, not each
// with each.
func TestRespectively(t *testing.T) {
	runRelCases(t, []relCase{
		{"respectively", "en", "Russia and Turkey supplied Mali and Somalia respectively with drones.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"turkey", graph.Supplies, "somalia", ""}}},
		{"respectivement", "fr", "Le Rwanda et l'Ouganda soutiennent respectivement le M23 et les ADF.", []rel{
			{"m23", graph.Allied, "rwanda", ""}, {"adf", graph.Allied, "uganda", ""}}},
		// no respectively word: each with each
		{"lists", "en", "Russia and Turkey supplied Mali and Somalia with drones.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "somalia", ""},
			{"turkey", graph.Supplies, "mali", ""}, {"turkey", graph.Supplies, "somalia", ""}}},
	})
}

// TestNotXButY: "not X but Y" before a trigger (contrast_buts) denies
// X's claim and asserts Y's: « ce n'est pas la Russie mais la Chine qui
// a livré », "It was not Russia but China that delivered".
func TestNotXButY(t *testing.T) {
	runRelCases(t, []relCase{
		{"ce n'est pas X mais Y qui", "fr", "Ce n'est pas la Russie mais la Chine qui a livré les blindés au Mali.", []rel{
			{"china", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "mali", "n"}}},
		{"it was not X but Y that", "en", "It was not Russia but China that delivered the armoured vehicles to Mali.", []rel{
			{"china", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "mali", "n"}}},
		{"not X but Y", "en", "Not Russia but China delivered the vehicles to Mali.", []rel{
			{"china", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "mali", "n"}}},
		// a but clause after a comma is no contrast of actors
		{", but Y has", "en", "Russia has not supplied Mali, but Turkey has delivered drones to Niger.", []rel{
			{"russia", graph.Supplies, "mali", "n"}, {"turkey", graph.Supplies, "niger", ""}}},
	})
}

// TestHelpOfTrainers: a help phrase whose helper is a demonym of
// trainers ("with the help of Turkish instructors", « avec l'aide
// d'instructeurs turcs ») makes the helper train the helped, not ally.
func TestHelpOfTrainers(t *testing.T) {
	runRelCases(t, []relCase{
		{"with the help of Turkish instructors", "en", "With the help of Turkish instructors, Somali commandos retook the town.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		{"avec l'aide d'instructeurs turcs", "fr", "Avec l'aide d'instructeurs turcs, des commandos somaliens ont repris la ville.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		{"with the help of Wagner", "en", "With the help of Wagner, the Malian army retook Kidal.", []rel{
			{"mali", graph.Allied, "wagner-group", ""}}},
	})
}

// TestModifierBeforeAlliedNoun: a home institution word after a
// possessive right before an allied trigger qualifies the trigger ("their
// military partnership"): no home institution mention, the subjects ally.
func TestModifierBeforeAlliedNoun(t *testing.T) {
	runRelCases(t, []relCase{
		{"their military partnership", "en", "Russia and Iran have deepened their military partnership.", []rel{
			{"iran", graph.Allied, "russia", ""}}},
	})
}
