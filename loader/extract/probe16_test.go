package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestStoppedShortOf: "stopped short of" is a denial (negations), not a
// cessation: the cessation cue it starts with does not make the
// deliveries past acts; "stopped supplying" still asserts them.
func TestStoppedShortOf(t *testing.T) {
	runRelCases(t, []relCase{
		{"stopped short of arming", "en", "France stopped short of arming the Kurdish YPG.", []rel{
			{"france", graph.Supplies, "ypg", "n"}}},
		{"has stopped short of training", "en", "Washington has stopped short of training Ukrainian troops inside Ukraine.", []rel{
			{"united-states", graph.Trains, "ukraine", "n"}}},
		{"stopped short of blocking others' sanctions", "en", "Hungary stopped short of blocking EU sanctions against Russia.", []rel{
			{"european-union", graph.Opposed, "russia", ""}}},
		{"stopped supplying still asserts", "en", "Russia stopped supplying the Malian army with helicopters in 2024.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
	})
}

// TestFrenchRefusalAgreement: the refusal participle agrees with its
// subject (« s'est refusée à former », « se sont refusés à livrer »):
// a denial of the refuser's relation.
func TestFrenchRefusalAgreement(t *testing.T) {
	runRelCases(t, []relCase{
		{"s'est refusée à former", "fr", "L'Allemagne s'est refusée à former des soldats ukrainiens.", []rel{
			{"germany", graph.Trains, "ukraine", "n"}}},
		{"se sont refusés à livrer", "fr", "Les États-Unis se sont refusés à livrer des missiles à l'Ukraine.", []rel{
			{"united-states", graph.Supplies, "ukraine", "n"}}},
	})
}

// TestParallelDativeClitic: a dative clitic (« lui », « leur ») of a
// second clause with its own subject stands for the first clause's
// object, not for the sentence's first actor.
func TestParallelDativeClitic(t *testing.T) {
	runRelCases(t, []relCase{
		{"et la Turquie lui vend", "fr", "La Russie forme l'armée malienne, et la Turquie lui vend des drones.", []rel{
			{"russia", graph.Trains, "mali", ""}, {"turkey", graph.Supplies, "mali", ""}}},
		{"et la Turquie leur a livré", "fr", "La Russie forme les soldats maliens et la Turquie leur a livré des drones.", []rel{
			{"russia", graph.Trains, "mali", ""}, {"turkey", graph.Supplies, "mali", ""}}},
		// a relative clitic still takes the sentence's first actor
		{"qui lui a livré", "fr", "Ouagadougou s'est tourné vers la Russie, qui lui a livré des hélicoptères.", []rel{
			{"burkina-faso", graph.Allied, "russia", ""}, {"russia", graph.Supplies, "burkina-faso", ""}}},
	})
}

// TestCoordinatedClauseHedge: a hedge cue opening a clause coordinated
// after a comma ("..., and according to officials Turkey trained", ",
// and reportedly supplied") qualifies that clause only, not the clause
// before it; the source of an attribution with no comma ends at a source
// noun before an actor ("according to Malian officials Turkey").
func TestCoordinatedClauseHedge(t *testing.T) {
	runRelCases(t, []relCase{
		{"and according to officials", "en", "Russia armed the Malian army, and according to Malian officials Turkey also trained the Malian army.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"turkey", graph.Trains, "mali", "h"}}},
		{"and reportedly", "en", "Turkey trained Somali troops, and reportedly supplied them with drones.", []rel{
			{"turkey", graph.Trains, "somalia", ""}, {"turkey", graph.Supplies, "somalia", "h"}}},
		{"but allegedly", "en", "Russia trains the Malian army, but allegedly Turkey supplies drones to Niger.", []rel{
			{"russia", graph.Trains, "mali", ""}, {"turkey", graph.Supplies, "niger", "h"}}},
		{"According to US officials Iran", "en", "According to US officials Iran has sent drones to Russia.", []rel{
			{"iran", graph.Supplies, "russia", "h"}}},
		// a fronted cue still covers the whole sentence
		{"According to officials, both clauses", "en", "According to officials, Russia armed the Malian army and Turkey trained Malian pilots.", []rel{
			{"russia", graph.Supplies, "mali", "h"}, {"turkey", graph.Trains, "mali", "h"}}},
	})
}

// TestPlaceBeforeComma: a state named after a comma that closes an
// opening place phrase is no place ("In Bamako, Russia supplies", «
// Selon des responsables à Kiev, l'Iran »); a list of places with a
// coordinator stays one ("in Iraq, Syria and Lebanon").
func TestPlaceBeforeComma(t *testing.T) {
	runRelCases(t, []relCase{
		{"In Bamako, Russia", "en", "In Bamako, Russia supplies Niger.", []rel{
			{"russia", graph.Supplies, "niger", ""}}},
		{"officials in Kyiv, Iran", "en", "According to officials in Kyiv, Iran has sent drones to Russia.", []rel{
			{"iran", graph.Supplies, "russia", "h"}}},
		{"à Kiev, l'Iran", "fr", "Selon des responsables à Kiev, l'Iran a livré des drones à la Russie.", []rel{
			{"iran", graph.Supplies, "russia", "h"}}},
		{"places listed", "en", "The Islamic State attacked towns in Iraq, Syria and Lebanon.", nil},
	})
}

// TestConditionsAndPlans: a condition (« si », « au cas où », an
// inverted "Should"), a pledge ("pledged", « a promis ») and a French
// future (« formera », « livrera ») state no relation (docs/CODEBOOK.md,
// action, not intent); a concession (« même si », intent_cancellers)
// asserts, and an intent cue a comma parts from the trigger does not
// reach it.
func TestConditionsAndPlans(t *testing.T) {
	runRelCases(t, []relCase{
		{"si ... livrait", "fr", "Si la Russie livrait des avions au Niger, Paris réagirait.", nil},
		{"au cas où", "fr", "Au cas où la Turquie livrerait d'autres drones à l'Éthiopie, l'Égypte a promis de répliquer.", nil},
		{"s'il arme", "fr", "S'il arme le M23, le Rwanda viole l'embargo.", nil},
		{"même si asserts", "fr", "Même si la Russie livre des avions au Niger, Paris reste silencieux.", []rel{
			{"russia", graph.Supplies, "niger", ""}}},
		{"reste à savoir si stays hedged", "fr", "Reste à savoir si la Chine forme des soldats soudanais.", []rel{
			{"china", graph.Trains, "sudan", "h"}}},
		{"formera", "fr", "La Biélorussie formera des forces spéciales maliennes dès le mois prochain.", nil},
		{"livrera", "fr", "La Russie livrera des avions au Niger l'an prochain.", nil},
		{"entraînera", "fr", "La Turquie entraînera les commandos somaliens.", nil},
		{"Should Turkey deliver", "en", "Should Turkey deliver more drones to Ethiopia, Egypt has warned it would respond.", nil},
		{"pledged military aid", "en", "Washington pledged $500 million in military aid to Ukraine.", nil},
		{"pledged allegiance still joins", "en", "Ansaru fighters pledged allegiance to the Islamic State.", []rel{
			{"ansaru", graph.MemberOf, "islamic-state", ""}}},
		{"intent cue past a comma", "en", "Britain plans to sanction Iran, and Turkey delivered drones to Ukraine.", []rel{
			{"turkey", graph.Supplies, "ukraine", ""}}},
		{"pledged aid, and", "en", "Japan pledged aid, and Turkey delivered drones to Ukraine.", []rel{
			{"turkey", graph.Supplies, "ukraine", ""}}},
	})
}

// TestCounterClaim: a denial followed by a contrast "but" and another
// speaker's report restating the relation ("say it does", « affirme le
// contraire », or a trigger of the same type) is an accusation and a
// denial: hedged, not negated; a claim of another relation leaves the
// denial ("denies supplying ..., but UN experts say ... troops fight
// alongside"), and so does the denier's own continuation.
func TestCounterClaim(t *testing.T) {
	runRelCases(t, []relCase{
		{"but UN experts say it does", "en", "Rwanda denies backing the M23, but UN experts say it does.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"but experts say ... fight alongside", "en", "Rwanda denies backing the M23, but UN experts say its troops fight alongside the rebels.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"mais un rapport affirme le contraire", "fr", "Les Émirats démentent armer les FSR, mais un rapport de l'ONU affirme le contraire.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"another relation claimed", "en", "Kigali denies supplying the M23 with weapons, but UN experts say some 4,000 Rwandan troops fight alongside the rebels.", []rel{
			{"rwanda", graph.Supplies, "m23", "n"}, {"m23", graph.Allied, "rwanda", "h"}}},
		{"the denier goes on", "en", "Iran denied arming the Houthis, but said it would keep backing them.", []rel{
			{"iran", graph.Supplies, "houthis", "n"}}},
	})
}

// TestQualifiedAccusation: a denial of others' claims hedges also with a
// few words qualifying the claims between ("dismissed as baseless claims
// that", "rejected as false reports that").
func TestQualifiedAccusation(t *testing.T) {
	runRelCases(t, []relCase{
		{"dismissed as baseless claims", "en", "Tehran dismissed as baseless claims that Iran had armed the Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}}},
		{"rejected as false reports", "en", "Kigali rejected as false reports that Rwanda trains the M23.", []rel{
			{"rwanda", graph.Trains, "m23", "h"}}},
	})
}

// TestCoordinatedLeadingReport: a speaker and a report verb opening a
// clause coordinated after a comma (", but UN experts say", « , mais des
// experts de l'ONU affirment que ») report the rest of that clause:
// hedged, with the speaker as attribution; a subject pronoun after the
// comma opens no report (« , et nous resterons », a déclaré »).
func TestCoordinatedLeadingReport(t *testing.T) {
	runRelCases(t, []relCase{
		{", but UN experts say", "en", "Kinshasa is furious, but UN experts say Rwanda supplies the M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{", and UN experts say", "en", "Kigali is silent, and UN experts say Rwandan troops fight alongside the M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{", mais des experts affirment que", "fr", "Kinshasa est furieux, mais des experts de l'ONU affirment que le Rwanda arme le M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		// the actor's own statement stays asserted
		{", and Turkey says it", "en", "Russia armed Mali, and Turkey says it trained Somali troops.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"turkey", graph.Trains, "somalia", ""}}},
	})
}

// TestLeadingSpeakerNoParty: the speaker of a leading report is no
// supplier when the reported passive names its agent ("A UN report says
// armoured vehicles were delivered to the RSF by the UAE"), nor is an
// organisation speaking the recipient of an origin ("A UN report says
// Chinese-made drones were found"); a speaker with no agent named stays
// the subject ("Turkey says drones were delivered to Somalia").
func TestLeadingSpeakerNoParty(t *testing.T) {
	runRelCases(t, []relCase{
		{"A UN report says ... by the UAE", "en", "A UN report says armoured vehicles were delivered to the RSF by the UAE.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"Amnesty ... Chinese-made ... by the UAE", "en", "A report by Amnesty International says Chinese-made armoured vehicles were delivered to the RSF by the UAE.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}, {"china", graph.Supplies, "rsf", "h"}}},
		{"Chinese-made drones were found", "en", "A UN report says Chinese-made drones were found in Darfur.", nil},
		{"Turkey says drones were delivered", "en", "Turkey says drones were delivered to Somalia.", []rel{
			{"turkey", graph.Supplies, "somalia", ""}}},
	})
}

// TestRelativeSpeaker: a speaker opening a relative clause ("who
// Washington says", "which UN experts say", "who Haiti's government
// says", « dont Kinshasa affirme que ») is no argument: the relative's
// antecedent is the subject of the reported passive, the relation is
// hedged, and the main clause after the relative is not.
func TestRelativeSpeaker(t *testing.T) {
	runRelCases(t, []relCase{
		{"who Washington says are armed by", "en", "The Houthis, who Washington says are armed by Iran, fired missiles at Israel.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}, {"houthis", graph.Opposed, "israel", ""}}},
		{"which UN experts say is backed by", "en", "The M23, which UN experts say is backed by Rwanda, took Goma.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"who Haiti's government says", "en", "Kenya's police, who Haiti's government says were trained by the United States, patrol Port-au-Prince.", []rel{
			{"united-states", graph.Trains, "kenya", "h"}}},
		{"que Washington dit armés par", "fr", "Les Houthis, que Washington dit armés par l'Iran, ont tiré des missiles sur Israël.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}, {"houthis", graph.Opposed, "israel", ""}}},
		{"dont Kinshasa affirme que", "fr", "Le M23, dont Kinshasa affirme qu'il est armé par le Rwanda, a pris Goma.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
	})
}

// TestPossessiveSpeaker: a trailing speaker opened by a possessive ("its
// defence ministry said", « a affirmé son ministère ») is the sentence's
// first actor speaking: its own action stays asserted; another actor's
// body speaking still hedges.
func TestPossessiveSpeaker(t *testing.T) {
	runRelCases(t, []relCase{
		{"its defence ministry said", "en", "Turkey delivered drones to Somalia, its defence ministry said.", []rel{
			{"turkey", graph.Supplies, "somalia", ""}}},
		{"a affirmé son ministère", "fr", "La Turquie a livré des drones à la Somalie, a affirmé son ministère de la Défense.", []rel{
			{"turkey", graph.Supplies, "somalia", ""}}},
		{"Somalia's defence ministry said", "en", "Turkey delivered drones to Somalia, Somalia's defence ministry said.", []rel{
			{"turkey", graph.Supplies, "somalia", "h"}}},
	})
}

// TestClaimDeniedByPassive: a passive denial of a claim the sentence
// names ("The claim that Egypt supplied ... has been denied by Cairo")
// is a claim and a denial: hedged, not negated; a passive denial of the
// relation itself still negates.
func TestClaimDeniedByPassive(t *testing.T) {
	runRelCases(t, []relCase{
		{"The claim that ... has been denied by", "en", "The claim that Egypt supplied drones to the Sudanese army has been denied by Cairo.", []rel{
			{"egypt", graph.Supplies, "sudan", "h"}}},
		{"supply ... is denied by", "en", "Egypt's supply of drones to the Sudanese army is denied by Cairo.", []rel{
			{"egypt", graph.Supplies, "sudan", "n"}}},
	})
}

// TestDealToAndBelief: a deal or contract to deliver is a plan ("signed a
// deal to deliver", « un contrat pour livrer »: intent), and a belief
// that ("analysts believe that") hedges.
func TestDealToAndBelief(t *testing.T) {
	runRelCases(t, []relCase{
		{"signed a deal to deliver", "en", "China has signed a deal to deliver armoured vehicles to Niger, but none have arrived.", nil},
		{"un contrat pour livrer", "fr", "La Chine a signé un contrat pour livrer des blindés au Niger.", nil},
		{"a signed agreement stays", "en", "Russia signed a defence agreement with Mali.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"analysts believe that", "en", "Several analysts believe that Iran trains Houthi fighters.", []rel{
			{"iran", graph.Trains, "houthis", "h"}}},
	})
}

// TestApposedHedge: a hedge cue in an apposition between commas that
// holds a trigger of its own hedges that trigger only, not the main
// clause after the apposition; a parenthetical attribution with no
// trigger still hedges the clause.
func TestApposedHedge(t *testing.T) {
	runRelCases(t, []relCase{
		{"présumés formés par", "fr", "Les rebelles du FACT, présumés formés par Wagner, ont attaqué l'armée tchadienne.", []rel{
			{"wagner-group", graph.Trains, "fact", "h"}, {"chad", graph.Opposed, "fact", ""}}},
		{"selon un diplomate,", "fr", "La Russie, selon un diplomate, livre des blindés au Burkina Faso.", []rel{
			{"russia", graph.Supplies, "burkina-faso", "h"}}},
	})
}

// TestWithoutAfterNegation: a without word between a negation cue and
// the trigger makes a double negation, which asserts ("could not have
// taken Goma without the support of Rwanda", « n'aurait pas pu ... sans
// l'aide du Rwanda »: withouts); « sans jamais armer » still denies.
func TestWithoutAfterNegation(t *testing.T) {
	runRelCases(t, []relCase{
		{"could not have ... without the support of", "en", "The M23 could not have taken Goma without the support of Rwanda.", []rel{
			{"m23", graph.Allied, "rwanda", ""}}},
		{"n'aurait pas pu ... sans l'aide", "fr", "Le M23 n'aurait pas pu prendre Goma sans l'aide du Rwanda.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"sans jamais armer", "fr", "La Russie a soutenu la junte sans jamais armer l'armée nigérienne.", []rel{
			{"russia", graph.Supplies, "niger", "n"}}},
	})
}

// TestUnconfirmed: a refusal or failure to confirm is no denial but a
// hedge ("refused to confirm whether", "did not confirm that", « n'a
// pas confirmé »: negation_cancellers, hedges); the French conditional
// of former hedges (« formerait »); « conseillée par » trains.
func TestUnconfirmed(t *testing.T) {
	runRelCases(t, []relCase{
		{"refused to confirm whether", "en", "Washington refused to confirm whether it had trained Ukrainian special forces.", []rel{
			{"united-states", graph.Trains, "ukraine", "h"}}},
		{"did not confirm that", "en", "Officials did not confirm that Russia supplied the jets to Mali.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
		{"n'a pas confirmé que", "fr", "Bamako n'a pas confirmé que la Russie a livré des avions au Mali.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
		{"formerait", "fr", "La Turquie formerait des forces libyennes fidèles à Tripoli.", []rel{
			{"turkey", graph.Trains, "libya", "h"}}},
		{"armée par ... et conseillée par", "fr", "La junte malienne, armée par la Russie et conseillée par Wagner, a repris Kidal.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"wagner-group", graph.Trains, "mali", ""}}},
	})
}

// TestCombattantNoun: « combattant » after a determiner is the noun («
// n'a formé aucun combattant du M23 » made Uganda fight the M23), a verb
// after a comma or « en » (noun_verbs, noun_verb_cues).
func TestCombattantNoun(t *testing.T) {
	runRelCases(t, []relCase{
		{"aucun combattant du M23", "fr", "L'armée ougandaise n'a formé aucun combattant du M23.", []rel{
			{"uganda", graph.Trains, "m23", "n"}}},
		{"en combattant", "fr", "L'armée malienne a perdu dix soldats en combattant les jihadistes du JNIM.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{", combattant", "fr", "Le M23, combattant l'armée congolaise depuis 2021, contrôle Goma.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}}},
	})
}

// TestPossessedOrigin: equipment of a foreign demonym that a state owns
// ("Mali's Turkish drones", « les drones turcs de l'armée malienne »)
// was supplied by the demonym's state; an ally is no equipment.
func TestPossessedOrigin(t *testing.T) {
	runRelCases(t, []relCase{
		{"Mali's Turkish drones", "en", "Mali's Turkish drones have struck rebel positions near Kidal.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"the Sudanese army's Iranian drones", "en", "The Sudanese army's Iranian drones helped it retake Omdurman.", []rel{
			{"iran", graph.Supplies, "sudan", ""}}},
		{"les drones turcs de l'armée malienne", "fr", "Les drones turcs de l'armée malienne ont frappé des positions rebelles près de Kidal.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"les drones chinois de l'armée éthiopienne", "fr", "Les drones chinois de l'armée éthiopienne ont changé le cours de la guerre.", []rel{
			{"china", graph.Supplies, "ethiopia", ""}}},
		{"Mali's Russian allies", "en", "Mali's Russian allies left.", nil},
	})
}

// TestNotOnlyFiller: "only", « seulement » may stand between the
// auxiliary and the participle of a trigger (trigger_fillers): « n'a pas
// seulement armé » asserts (the canceller cancels the negation).
func TestNotOnlyFiller(t *testing.T) {
	runRelCases(t, []relCase{
		{"n'a pas seulement armé", "fr", "La Russie n'a pas seulement armé l'armée malienne, elle a aussi formé ses pilotes.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Trains, "mali", ""}}}, // « ses pilotes »: Mali's (open19)
		{"a secrètement livré", "fr", "La Turquie a secrètement livré des drones aux FSR.", []rel{
			{"turkey", graph.Supplies, "rsf", ""}}},
	})
}

// TestParticipleArgument: the place or trainer after a participle
// trigger qualifying the subject (« des soldats somaliens formés en
// Turquie ») is no subject of the main verb, and an actor after
// "against", « contre » is no recipient of a supplies trigger (« ont été
// envoyés contre les shebab » made Turkey, then Somalia, supply
// al-Shabaab).
func TestParticipleArgument(t *testing.T) {
	runRelCases(t, []relCase{
		{"formés en Turquie combattent", "fr", "Des soldats somaliens formés en Turquie combattent les shebab.", []rel{
			{"turkey", graph.Trains, "somalia", ""}, {"al-shabaab", graph.Opposed, "somalia", ""}}},
		{"formés en Turquie ont été envoyés contre", "fr", "Des soldats somaliens formés en Turquie ont été envoyés contre les shebab.", []rel{
			{"turkey", graph.Trains, "somalia", ""}, {"al-shabaab", graph.Opposed, "somalia", ""}}},
		{"sent drones to ... against", "en", "Turkey sent drones to Somalia against al-Shabaab.", []rel{
			{"turkey", graph.Supplies, "somalia", ""}, {"al-shabaab", graph.Opposed, "somalia", ""}}},
	})
}

// TestRelativeScope: the object relative after a relative speaker is
// the antecedent ("The Houthis, whom Washington says Iran arms": not
// Israel), and a hedge cue inside a relative clause closed by a comma
// reaches no trigger after it ("which Iran arms according to
// Washington, fired missiles at Israel": the firing is asserted).
func TestRelativeScope(t *testing.T) {
	runRelCases(t, []relCase{
		{"whom Washington says Iran arms", "en", "The Houthis, whom Washington says Iran arms, fired missiles at Israel.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}, {"houthis", graph.Opposed, "israel", ""}}},
		{"which Iran arms according to Washington,", "en", "The Houthis, which Iran arms according to Washington, fired missiles at Israel.", []rel{
			{"iran", graph.Supplies, "houthis", "h"}, {"houthis", graph.Opposed, "israel", ""}}},
		{"Iran, which reportedly arms", "en", "Iran, which reportedly arms the Houthis, supplies Hezbollah too.", []rel{
			{"iran", graph.Supplies, "hezbollah", ""}}},
	})
}
