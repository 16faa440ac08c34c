package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/actorgraph/actorgraph/graph"
)

// TestObstructedMeasure: a verb that opposes, blocks or rejects a
// sanction (obstruction_verbs) is a disagreement over the measure, which
// is no opposition (docs/CODEBOOK.md, opposed): neither to the measure's
// author nor to its target; the author and the target named after the
// verb still oppose each other, and a hostile act after a coordinator
// keeps its own reading.
func TestObstructedMeasure(t *testing.T) {
	runRelCases(t, []relCase{
		{"opposes new EU sanctions against", "en", "Hungary opposes new EU sanctions against Russia.", []rel{
			{"european-union", graph.Opposed, "russia", ""}}},
		{"has blocked new sanctions against", "en", "Hungary has blocked new sanctions against Russia for months.", nil},
		{"vetoed new sanctions against", "en", "Russia vetoed new sanctions against Mali.", nil},
		{"voted against sanctions on", "en", "China and Russia voted against sanctions on Sudan.", nil},
		{"s'oppose à de nouvelles sanctions de l'UE contre", "fr", "La Hongrie s'oppose à de nouvelles sanctions de l'UE contre la Russie.", []rel{
			{"european-union", graph.Opposed, "russia", ""}}},
		{"bloque les sanctions contre", "fr", "La Hongrie bloque les nouvelles sanctions contre la Russie.", nil},
		// not a measure: the hostile act stands
		{"imposed sanctions", "en", "The EU imposed new sanctions on Russia.", []rel{
			{"european-union", graph.Opposed, "russia", ""}}},
	})
}

// TestDeniedObjectEnds: a denial with an object of its own ("rejected
// the talks") does not reach a second predicate after a predicate link;
// a denial whose object holds the relation, or a denial of the acts
// themselves, still does.
func TestDeniedObjectEnds(t *testing.T) {
	runRelCases(t, []relCase{
		{"rejected the talks and then attacked", "en", "Russia rejected the talks and then attacked Ukraine.", []rel{
			{"russia", graph.Opposed, "ukraine", ""}}},
		{"denied the report and attacked", "en", "Russia denied the report and attacked Ukraine.", []rel{
			{"russia", graph.Opposed, "ukraine", ""}}},
		{"a rejeté les pourparlers et a attaqué", "fr", "La Russie a rejeté les pourparlers et a attaqué l'Ukraine.", []rel{
			{"russia", graph.Opposed, "ukraine", ""}}},
		{"denied supplying and training", "en", "Russia denied supplying Mali and training its army.", []rel{
			{"russia", graph.Supplies, "mali", "n"}, {"russia", graph.Trains, "mali", "n"}}},
		{"dément les livraisons et a formé", "fr", "La Russie dément les livraisons et a formé l'armée malienne.", []rel{
			{"russia", graph.Supplies, "mali", "n"}, {"russia", graph.Trains, "mali", "n"}}},
	})
}

// TestReceivedTraining: a trains noun governed by a receive verb is
// received (receive_verbs, received_sources): the subject is the
// trainee, the source the trainer, in both languages; training alone
// received is no supply, and training coordinated with equipment is both.
func TestReceivedTraining(t *testing.T) {
	runRelCases(t, []relCase{
		{"received training and equipment from", "en", "Chad received military training and equipment from the UAE.", []rel{
			{"united-arab-emirates", graph.Trains, "chad", ""}, {"united-arab-emirates", graph.Supplies, "chad", ""}}},
		{"received drones and training from", "en", "Chad received drones and training from Turkey.", []rel{
			{"turkey", graph.Trains, "chad", ""}, {"turkey", graph.Supplies, "chad", ""}}},
		{"receives training from", "en", "Chad receives military training from the UAE.", []rel{
			{"united-arab-emirates", graph.Trains, "chad", ""}}},
		{"drones from X and training from Y", "en", "Chad received drones from Turkey and training from Russia.", []rel{
			{"turkey", graph.Supplies, "chad", ""}, {"russia", graph.Trains, "chad", ""}}},
		{"reçoit une formation militaire des", "fr", "Le Tchad reçoit une formation militaire des Émirats.", []rel{
			{"united-arab-emirates", graph.Trains, "chad", ""}}},
		{"bénéficie d'une formation de la part de", "fr", "Le Tchad bénéficie d'une formation militaire de la part de la Turquie.", []rel{
			{"turkey", graph.Trains, "chad", ""}}},
		{"reçoit des blindés et une formation", "fr", "Le Tchad reçoit des blindés et une formation militaire des Émirats.", []rel{
			{"united-arab-emirates", graph.Trains, "chad", ""}, {"united-arab-emirates", graph.Supplies, "chad", ""}}},
		// a give verb: training and equipment given supply; training alone does not
		{"provides training and vehicles to", "en", "The UAE provides military training and armoured vehicles to Chad.", []rel{
			{"united-arab-emirates", graph.Trains, "chad", ""}, {"united-arab-emirates", graph.Supplies, "chad", ""}}},
		{"fournit des drones et une formation à", "fr", "La Turquie fournit des drones et une formation à la Somalie.", []rel{
			{"turkey", graph.Trains, "somalia", ""}, {"turkey", graph.Supplies, "somalia", ""}}},
		{"fournit une formation à", "fr", "La Turquie fournit une formation à l'armée somalienne.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		// equipment alone, received or given, with the verbs no trigger lists
		{"gets most of its weapons from", "en", "Hezbollah gets most of its weapons from Iran.", []rel{
			{"iran", graph.Supplies, "hezbollah", ""}}},
		{"gives weapons to", "en", "Iran gives weapons to Hezbollah.", []rel{
			{"iran", graph.Supplies, "hezbollah", ""}}},
		{"plans to give", "en", "Iran plans to give weapons to Hezbollah.", nil},
		{"got no drones from", "en", "Mali got no drones from Turkey.", []rel{
			{"turkey", graph.Supplies, "mali", "n"}}},
		{"received a delegation from", "en", "Mali received a delegation from Russia.", nil},
		// « la formation des soldats »: of the trainees, no receive verb
		{"assure la formation des", "fr", "La Turquie assure la formation des soldats tchadiens.", []rel{
			{"turkey", graph.Trains, "chad", ""}}},
	})
}

// TestTrainersSent: instructors or advisers sent make the sender an ally
// and a trainer of the recipient (docs/CODEBOOK.md, instructors and
// advisers); troops alone make an ally only.
func TestTrainersSent(t *testing.T) {
	runRelCases(t, []relCase{
		{"sent military instructors to", "en", "Turkey sent military instructors to Somalia.", []rel{
			{"somalia", graph.Allied, "turkey", ""}, {"turkey", graph.Trains, "somalia", ""}}},
		{"a envoyé des instructeurs au", "fr", "La Russie a envoyé des instructeurs au Mali.", []rel{
			{"mali", graph.Allied, "russia", ""}, {"russia", graph.Trains, "mali", ""}}},
		{"sent troops to", "en", "Turkey sent troops to Somalia.", []rel{
			{"somalia", graph.Allied, "turkey", ""}}},
	})
}

// TestFrenchDirection: French constructions whose direction was wrong:
// a reflexive supply verb (the subject supplies itself; reflexive_pronouns),
// the agent of a participle after an article (« formés par la Turquie
// ont attaqué »: Turkey attacked no one), participles in -is, -ies
// (participle_endings), a commitment as intent.
func TestFrenchDirection(t *testing.T) {
	runRelCases(t, []relCase{
		{"s'approvisionne auprès de", "fr", "Le Mali s'approvisionne en armes auprès de la Russie.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"se fournit auprès de", "fr", "Le Mali se fournit en drones auprès de la Turquie.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"s'est approvisionné auprès de", "fr", "Le Mali s'est approvisionné en drones auprès de la Turquie.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"fournit des armes au", "fr", "La Russie fournit des armes au Mali.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"formés par la Turquie ont attaqué", "fr", "Les commandos somaliens formés par la Turquie ont attaqué les shebab.", []rel{
			{"turkey", graph.Trains, "somalia", ""}, {"al-shabaab", graph.Opposed, "somalia", ""}}},
		{"livrés par la Turquie ont frappé", "fr", "Les drones livrés par la Turquie ont frappé le JNIM.", nil},
		{"fournis par la Turquie ont frappé", "fr", "Les drones fournis par la Turquie ont frappé le JNIM.", nil},
		{"s'est engagée à livrer", "fr", "La Russie s'est engagée à livrer des armes au Mali.", nil},
	})
}

// TestNeitherNor: "neither ... nor" denies every actor it lists, before
// the trigger or after it; « ni ... ni » lists them in French.
func TestNeitherNor(t *testing.T) {
	runRelCases(t, []relCase{
		{"neither X nor Y supplied", "en", "Neither Russia nor China supplied weapons to Mali.", []rel{
			{"russia", graph.Supplies, "mali", "n"}, {"china", graph.Supplies, "mali", "n"}}},
		{"supplied neither X nor Y", "en", "Russia supplied neither Mali nor Niger.", []rel{
			{"russia", graph.Supplies, "mali", "n"}, {"russia", graph.Supplies, "niger", "n"}}},
		{"ni X ni Y n'ont livré", "fr", "Ni la Russie ni la Chine n'ont livré d'armes au Mali.", []rel{
			{"russia", graph.Supplies, "mali", "n"}, {"china", graph.Supplies, "mali", "n"}}},
		{"n'a livré ni à X ni à Y", "fr", "La Russie n'a livré d'armes ni au Mali ni au Niger.", []rel{
			{"russia", graph.Supplies, "mali", "n"}, {"russia", graph.Supplies, "niger", "n"}}},
	})
}

// TestOriginDelivered: goods of an origin that are the subject of a
// delivery name their recipient after the trigger (deliveredTo).
func TestOriginDelivered(t *testing.T) {
	runRelCases(t, []relCase{
		{"-made were delivered to", "en", "Russian-made helicopters were delivered to Mali.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"de fabrication russe ont été livrés au", "fr", "Des hélicoptères de fabrication russe ont été livrés au Mali.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"-made seized from", "en", "Chinese-made rifles were seized from JNIM.", nil},
		{"-made shot down by", "en", "Russian-made jets were shot down by Ukraine.", nil},
	})
}

// TestReducedParticipleAgent: a participle with no auxiliary names its
// recipient before its agent ("helicopters sold to Mali by Russia").
func TestReducedParticipleAgent(t *testing.T) {
	runRelCases(t, []relCase{
		{"sold to X by Y", "en", "Helicopters sold to Mali by Russia arrived last week.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"vendus au X par Y", "fr", "Des hélicoptères vendus au Mali par la Russie sont arrivés.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"sold to X by the hundreds", "en", "They sold drones to Mali by the hundreds.", nil},
	})
}

// TestPastPossibility: a modal before "have" / « avoir » is a past
// possibility, hedged, not an intent; "reports suggest" and « il semble
// que » hedge.
func TestPastPossibility(t *testing.T) {
	runRelCases(t, []relCase{
		{"may have supplied", "en", "Russia may have supplied drones to Mali.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
		{"may supply", "en", "Russia may supply drones to Mali.", nil},
		{"reports suggest that", "en", "Reports suggest that Russia supplied drones to Mali.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
		{"pourrait avoir livré", "fr", "La Russie pourrait avoir livré des drones au Mali.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
		{"pourrait livrer", "fr", "La Russie pourrait livrer des drones au Mali.", nil},
		{"il semble que", "fr", "Il semble que la Russie ait livré des drones au Mali.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
	})
}

// TestNegationInsideTrigger: « pas », « plus », « jamais » inside a
// French trigger phrase (trigger_fillers) let it match; the « ne » before
// it negates, « ne ... plus » ends the membership.
func TestNegationInsideTrigger(t *testing.T) {
	runRelCases(t, []relCase{
		{"ne fait plus partie de", "fr", "Le Mali ne fait plus partie de la CEDEAO.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}}},
		{"ne fait pas partie de", "fr", "Le Mali ne fait pas partie de la CEDEAO.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}}},
		{"fait partie de", "fr", "Le Mali fait partie de la CEDEAO.", []rel{
			{"mali", graph.MemberOf, "ecowas", ""}}},
	})
}

// TestNamedMission: a mission described by its owner before its noun and
// named in apposition is the object, not its owner; police sent are
// troops.
func TestNamedMission(t *testing.T) {
	runRelCases(t, []relCase{
		{"the UN mission in the CAR, MINUSCA", "en", "Rwanda sent 1,000 troops to the UN mission in the CAR, MINUSCA, in 2024.", []rel{
			{"rwanda", graph.MemberOf, "minusca", ""}, {"minusca", graph.MemberOf, "united-nations", ""}}},
		{"sent police to", "en", "Kenya sent police to the UN mission.", []rel{
			{"kenya", graph.MemberOf, "united-nations", ""}}},
	})
}

// TestLeaderGovernment: "the Trump administration", "the Assad regime"
// opening a sentence stand for the state the leader heads at the
// article's date (docs/CODEBOOK.md, a government named after its head).
func TestLeaderGovernment(t *testing.T) {
	for _, tc := range []struct {
		name, date, text string
		want             []rel
	}{
		{"the Trump administration", "2025-06", "The Trump administration armed Ukraine.", []rel{
			{"united-states", graph.Supplies, "ukraine", ""}}},
		{"the Assad regime", "2023-06", "The Assad regime attacked HTS.", []rel{
			{"hts", graph.Opposed, "syria", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.ElementsMatch(t, tc.want, relations(runDated(t, x, "en", tc.date, tc.text)))
		})
	}
}

// TestDependedOn: a dependence verb, an actor, a purpose and equipment
// make the actor the subject's supplier (depend_verbs, depend_purposes).
func TestDependedOn(t *testing.T) {
	runRelCases(t, []relCase{
		{"relies on X for weapons", "en", "Mali relies on Russia for weapons.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"depends on X for most of its weapons", "en", "Hezbollah depends on Iran for most of its weapons.", []rel{
			{"iran", graph.Supplies, "hezbollah", ""}}},
		{"relies on X for its security", "en", "Mali relies on Russia for its security.", nil},
		{"dépend de X pour ses armes", "fr", "Le Mali dépend de la Russie pour ses armes.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
	})
}
