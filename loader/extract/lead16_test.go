package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestPossessiveInstitutionPrevSubject: a possessive institution opening
// a sentence that names no state before it is the institution of the
// state opening the sentence before, not of the last state named.
func TestPossessiveInstitutionPrevSubject(t *testing.T) {
	runRelCases(t, []relCase{
		{"its army after a demonym object", "en", "Mali expelled French troops in 2022. Its army attacked the FLA in Kidal.", []rel{
			{"france", graph.Opposed, "mali", ""}, {"fla", graph.Opposed, "mali", ""}}},
		{"its air force after a place", "en", "Niger expelled French troops in 2023. Its air force later struck ISSP positions.", []rel{
			{"france", graph.Opposed, "niger", ""}, {"islamic-state-sahel", graph.Opposed, "niger", ""}}},
		// the subject of the sentence before is no state: the last state named
		{"no state subject", "en", "The UN accused Rwanda of backing the M23. Its army denies it.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
	})
}

// TestGoodsOriginUsedAgainst: the state whose demonym qualifies goods
// "used against" an actor is the goods' origin, not their user; a model
// code between the goods and the demonym keeps the origin.
func TestGoodsOriginUsedAgainst(t *testing.T) {
	runRelCases(t, []relCase{
		{"used against", "en", "Chinese drones were used against the RSF in Darfur.", nil},
		{"have been used against, model name", "en", "Iranian Mohajer-6 drones have been used against RSF convoys in Kordofan.", nil},
		// the user named: the goods' origin still no party
		{"used by the army against", "en", "Turkish drones were used by the Sudanese army against the RSF.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
		// a state's own drones striking: the state fights
		{"struck", "en", "Turkish drones struck PKK positions in northern Iraq.", []rel{
			{"pkk", graph.Opposed, "turkey", ""}}},
		{"model code before the demonym", "fr", "L'armée pakistanaise a reçu des chasseurs J-10C chinois en 2022.", []rel{
			{"china", graph.Supplies, "pakistan", ""}}},
	})
}

// TestAccusedInObjectRelative: in "X, which Y is accused of arming,"
// the accused Y is the supplier and X the recipient, and the cue of a
// relative clause closed before the main verb hedges or negates only the
// relative's own relation.
func TestAccusedInObjectRelative(t *testing.T) {
	runRelCases(t, []relCase{
		{"is accused of arming", "en", "The RSF, which the UAE is accused of arming, attacked the Sudanese army.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}, {"rsf", graph.Opposed, "sudan", ""}}},
		{"has been accused of arming, no object", "en", "The RSF, which the UAE has been accused of arming, attacked the camp.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"accuses, active", "en", "The UAE, which Sudan's government accuses of arming the RSF, denies it.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"sont accusés d'armer", "fr", "Les FSR, que les Émirats arabes unis sont accusés d'armer, ont attaqué l'armée soudanaise.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}, {"rsf", graph.Opposed, "sudan", ""}}},
		{"conditionnel dans la relative", "fr", "Le M23, que le Rwanda soutiendrait selon l'ONU, a attaqué l'armée congolaise.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}, {"dr-congo", graph.Opposed, "m23", ""}}},
		{"négation dans la relative", "fr", "Le M23, que le Rwanda ne soutient pas selon Kigali, a attaqué l'armée congolaise.", []rel{
			{"m23", graph.Allied, "rwanda", "hn"}, {"dr-congo", graph.Opposed, "m23", ""}}},
		// the cue in the main clause still hedges it
		{"main clause hedged", "en", "The RSF, which the UAE arms, reportedly attacked the Sudanese army.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}, {"rsf", graph.Opposed, "sudan", "h"}}},
	})
}

// TestReciprocalPlace: an actor after a reciprocal trigger and a place
// word (« au », « à », "in") is where the fight is, not a party, and the
// subject's actors fight each other.
func TestReciprocalPlace(t *testing.T) {
	runRelCases(t, []relCase{
		{"s'affrontent au", "fr", "Le Maroc et le Polisario s'affrontent au Sahara occidental depuis 2020.", []rel{
			{"morocco", graph.Opposed, "polisario-front", ""}}},
		{"s'affrontent au Mali", "fr", "Le Maroc et le Polisario s'affrontent au Mali.", []rel{
			{"morocco", graph.Opposed, "polisario-front", ""}}},
		{"clashed in", "en", "Mali and the FLA clashed in Niger.", []rel{
			{"fla", graph.Opposed, "mali", ""}}},
		// an object after « avec » is still a party
		{"s'affrontent avec", "fr", "Les FARDC s'affrontent avec le M23.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}}},
	})
}

// TestSomaliFederalStates: Puntland and Jubaland are states of their own
// (docs/CODEBOOK.md: a self-governing region with its own forces).
func TestSomaliFederalStates(t *testing.T) {
	runRelCases(t, []relCase{
		{"se sont affrontés", "fr", "Le gouvernement somalien et le Jubaland se sont affrontés près de Ras Kamboni.", []rel{
			{"jubaland", graph.Opposed, "somalia", ""}}},
		{"forces clashed with", "en", "Somali troops clashed with Jubaland forces near Ras Kamboni.", []rel{
			{"jubaland", graph.Opposed, "somalia", ""}}},
		{"president of Jubaland", "en", "Jubaland's president, Ahmed Madobe, accused Mogadishu of arming clan militias.", []rel{
			{"ahmed-madobe", graph.Leads, "jubaland", ""}}},
		{"président du Puntland", "fr", "Le président du Puntland, Saïd Abdullahi Deni, a dénoncé l'attaque.", []rel{
			{"said-abdullahi-deni", graph.Leads, "puntland", ""}}},
	})
}

// TestJoinedInFight: "X joined Y in an offensive against Z", « X s'est
// joint à Y dans une offensive contre Z »: X and Y are allies and both
// fight Z; joining an organisation stays a membership.
func TestJoinedInFight(t *testing.T) {
	runRelCases(t, []relCase{
		{"joined in an offensive", "en", "Chad joined Nigeria in an offensive against Boko Haram.", []rel{
			{"chad", graph.Allied, "nigeria", ""}, {"boko-haram", graph.Opposed, "nigeria", ""}, {"boko-haram", graph.Opposed, "chad", ""}}},
		{"troops joined forces", "en", "Chadian troops joined Nigerian forces in an offensive against Boko Haram.", []rel{
			{"chad", graph.Allied, "nigeria", ""}, {"boko-haram", graph.Opposed, "nigeria", ""}, {"boko-haram", graph.Opposed, "chad", ""}}},
		{"target unnamed", "en", "Rwanda joined the Mozambican army in the fight against the insurgents.", []rel{
			{"mozambique", graph.Allied, "rwanda", ""}}},
		{"s'est joint au", "fr", "Le Tchad s'est joint au Nigeria dans une offensive contre Boko Haram.", []rel{
			{"chad", graph.Allied, "nigeria", ""}, {"boko-haram", graph.Opposed, "nigeria", ""}, {"boko-haram", graph.Opposed, "chad", ""}}},
		{"ont rejoint", "fr", "Les soldats tchadiens ont rejoint les forces nigérianes dans une offensive contre Boko Haram.", []rel{
			{"chad", graph.Allied, "nigeria", ""}, {"boko-haram", graph.Opposed, "nigeria", ""}, {"boko-haram", graph.Opposed, "chad", ""}}},
		{"joined an organisation", "en", "Mali joined ECOWAS in 1975.", []rel{
			{"mali", graph.MemberOf, "ecowas", ""}}},
	})
}

// TestGoodsListAndMissilesAt: a give verb's objects may be a list with
// commas ("weapons, money and training to"); "missiles at" fights past
// a quantity ("fired hundreds of missiles at").
func TestGoodsListAndMissilesAt(t *testing.T) {
	runRelCases(t, []relCase{
		{"list of goods with commas", "en", "Iran provides weapons, money and training to the Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""}, {"iran", graph.Trains, "houthis", ""}}},
		{"liste de biens", "fr", "L'Iran fournit des armes, de l'argent et une formation aux Houthis.", []rel{
			{"iran", graph.Supplies, "houthis", ""}, {"iran", graph.Trains, "houthis", ""}}},
		{"hundreds of missiles at", "en", "The Houthis have fired hundreds of missiles at Israel since the start of the Gaza war.", []rel{
			{"houthis", graph.Opposed, "israel", ""}}},
	})
}

// TestAUMissionInSomalia: "the AU mission in Somalia", « la mission de
// l'UA en Somalie » name the mission, not the African Union.
func TestAUMissionInSomalia(t *testing.T) {
	runRelCases(t, []relCase{
		{"AU mission", "en", "Kenya contributes troops to the AU mission in Somalia.", []rel{
			{"kenya", graph.MemberOf, "amisom", ""}}},
		{"mission de l'UA", "fr", "Le Kenya fournit des troupes à la mission de l'UA en Somalie.", []rel{
			{"kenya", graph.MemberOf, "amisom", ""}}},
	})
}

// TestNicknameAsNoBreak: the "as" of a nickname phrase ("better known
// as", "formerly known as") opens no clause: the subject before the
// apposition keeps its verb.
func TestNicknameAsNoBreak(t *testing.T) {
	runRelCases(t, []relCase{
		{"better known as", "en", "Jimmy Chérizier, better known as Barbecue, leads the Viv Ansanm coalition.", []rel{
			{"jimmy-cherizier", graph.Leads, "viv-ansanm", ""}}},
		{"formerly known as an alias", "en", "The Islamic State Sahel Province, formerly known as ISGS, is an affiliate of the Islamic State.", []rel{
			{"islamic-state-sahel", graph.MemberOf, "islamic-state", ""}}},
		// "as" opening a clause still breaks it
		{"as a conjunction", "en", "Mali fought the JNIM as Turkey trained Malian pilots.", []rel{
			{"jnim", graph.Opposed, "mali", ""}, {"turkey", graph.Trains, "mali", ""}}},
	})
}

// TestGoodsOriginNoRecipient: a demonym qualifying the goods after an
// active supplies trigger is their origin, never the recipient: it
// supplies the recipient named after it, with the sender.
func TestGoodsOriginNoRecipient(t *testing.T) {
	runRelCases(t, []relCase{
		{"sent Emirati weapons to", "en", "Libya sent Emirati weapons to the RSF.", []rel{
			{"libya", graph.Supplies, "rsf", ""}, {"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"envoyé des armes émiraties aux", "fr", "La Libye a envoyé des armes émiraties aux FSR.", []rel{
			{"libya", graph.Supplies, "rsf", ""}, {"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"received deliveries of Emirati weapons", "en", "Chad's army has received deliveries of Emirati weapons.", []rel{
			{"united-arab-emirates", graph.Supplies, "chad", ""}}},
		{"a reçu des livraisons d'armes émiraties", "fr", "L'armée tchadienne a reçu des livraisons d'armes émiraties.", []rel{
			{"united-arab-emirates", graph.Supplies, "chad", ""}}},
		// no sender named: the origin supplies
		{"livraisons d'armes turques au Mali", "fr", "Les livraisons d'armes turques au Mali se sont multipliées.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"deliveries of Russian weapons to", "en", "The deliveries of Russian weapons to Mali continued.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		// no recipient read: nothing, rather than the subject supplying the origin
		{"bénéficié de livraisons", "fr", "L'armée tchadienne a bénéficié de livraisons d'armes émiraties.", nil},
		{"dépend des livraisons", "fr", "Le Tchad dépend des livraisons d'armes russes.", nil},
	})
}

// TestPassiveParticipleTrains: an active trains trigger after a passive
// auxiliary is a passive participle: its subject is the trainee
// ("were trained at French military academies"); training qualified by a
// demonym after a receiving verb is trains, not a supply.
func TestPassiveParticipleTrains(t *testing.T) {
	runRelCases(t, []relCase{
		{"were trained at", "en", "Chadian officers were trained at French military academies.", []rel{
			{"france", graph.Trains, "chad", ""}}},
		{"ont été formés dans", "fr", "Des officiers tchadiens ont été formés dans des écoles militaires françaises.", []rel{
			{"france", graph.Trains, "chad", ""}}},
		// an acronym read as "is" is no auxiliary
		{"The IS mentored", "en", "The IS mentored Egypt.", []rel{
			{"islamic-state", graph.Trains, "egypt", ""}}},
		{"received Turkish training", "en", "Malian pilots received Turkish training in 2023.", []rel{
			{"turkey", graph.Trains, "mali", ""}}},
		{"received Turkish drones", "en", "Mali received Turkish drones in 2023.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
	})
}
