package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestPartnerAgainst: an allied noun followed by "against"/« contre »
// makes the actor after it an enemy, never an ally.
func TestPartnerAgainst(t *testing.T) {
	runRelCases(t, []relCase{
		{"a partner against", "en", "Russia is a reliable partner against the JNIM.", []rel{
			{"jnim", graph.Opposed, "russia", ""}}},
		{"partners against", "en", "Mali and Russia are partners against the JNIM.", []rel{
			{"mali", graph.Allied, "russia", ""}, {"jnim", graph.Opposed, "mali", ""}, {"jnim", graph.Opposed, "russia", ""}}},
		{"un partenaire contre", "fr", "La Russie est un partenaire fiable contre le JNIM.", []rel{
			{"jnim", graph.Opposed, "russia", ""}}},
		{"alliés contre", "fr", "Le Mali et la Russie sont alliés contre le JNIM.", []rel{
			{"mali", graph.Allied, "russia", ""}, {"jnim", graph.Opposed, "mali", ""}, {"jnim", graph.Opposed, "russia", ""}}},
		// a partner named after the noun stays one
		{"a partner of", "en", "Russia is a reliable partner of Mali.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
	})
}

// TestRoleAfterAs: a role after "acts as", "has emerged as", « s'est
// imposée comme » (lower-case words before "as", no trigger) is held by
// the subject, as after a copula.
func TestRoleAfterAs(t *testing.T) {
	runRelCases(t, []relCase{
		{"acts as", "en", "Turkey acts as Mali's main drone supplier.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"has emerged as", "en", "Turkey has emerged as Mali's main drone supplier.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"served as a proxy", "en", "The Wagner Group served as the Kremlin's proxy in Mali.", []rel{
			{"russia", graph.Allied, "wagner-group", ""}}},
		{"s'est imposée comme", "fr", "La Turquie s'est imposée comme le principal fournisseur de drones du Mali.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
	})
}

// TestAlongsideModifiedAndWarBetween: an actor after an "alongside"
// phrase and a few lower-case words is an ally, not the object of the
// hostile verb before (« a combattu aux côtés des forces
// gouvernementales syriennes »); "the war between X and Y", « la guerre
// entre X et Y » oppose the two.
func TestAlongsideModifiedAndWarBetween(t *testing.T) {
	runRelCases(t, []relCase{
		{"aux côtés des forces gouvernementales syriennes", "fr", "Le Hezbollah a combattu aux côtés des forces gouvernementales syriennes.", []rel{
			{"hezbollah", graph.Allied, "syria", ""}}},
		{"alongside elite Syrian units", "en", "Hezbollah fought alongside elite Syrian units.", []rel{
			{"hezbollah", graph.Allied, "syria", ""}}},
		{"war between", "en", "The war between Israel and Hamas entered its second year.", []rel{
			{"hamas", graph.Opposed, "israel", ""}}},
		{"guerre entre", "fr", "La guerre entre Israël et le Hamas est entrée dans sa deuxième année.", []rel{
			{"hamas", graph.Opposed, "israel", ""}}},
	})
}

// TestOwnedConjunct: what an actor owns, coordinated with another actor
// before a reciprocal verb, makes the two the parties (« l'armée malienne
// et des combattants du FLA se sont affrontés »).
func TestOwnedConjunct(t *testing.T) {
	runRelCases(t, []relCase{
		{"et les rebelles du FLA", "fr", "L'armée malienne et les rebelles du FLA se sont affrontés près de Tinzaouatène.", []rel{
			{"fla", graph.Opposed, "mali", ""}}},
		{"and fighters of the FLA", "en", "The Malian army and fighters of the FLA clashed near Tinzaouatene.", []rel{
			{"fla", graph.Opposed, "mali", ""}}},
	})
}

// TestNamedOriginsAndExporters: a state's name before "-made" is an
// origin, as a demonym is ("US-made", "China-made"); "the largest arms
// exporter to", « le premier exportateur d'armes vers » supply.
func TestNamedOriginsAndExporters(t *testing.T) {
	runRelCases(t, []relCase{
		{"US-made", "en", "Ukraine relies on US-made Patriot systems.", []rel{
			{"united-states", graph.Supplies, "ukraine", ""}}},
		{"China-made", "en", "Mali received China-made armoured vehicles in 2024.", []rel{
			{"china", graph.Supplies, "mali", ""}}},
		{"Iran-backed stays an ally", "en", "The Iran-backed Houthis fired missiles at Israel.", []rel{
			{"houthis", graph.Allied, "iran", ""}, {"houthis", graph.Opposed, "israel", ""}}},
		{"arms exporter to", "en", "Russia is the largest arms exporter to Algeria.", []rel{
			{"russia", graph.Supplies, "algeria", ""}}},
		{"exportateur d'armes vers", "fr", "La Russie est le premier exportateur d'armes vers l'Algérie.", []rel{
			{"russia", graph.Supplies, "algeria", ""}}},
	})
}

// TestPartnerRoleAgainst: the holder of an ally role followed by
// "against"/« contre » fights the actor named after it.
func TestPartnerRoleAgainst(t *testing.T) {
	runRelCases(t, []relCase{
		{"Washington's main partner against", "en", "The SDF remains Washington's main partner against the Islamic State group.", []rel{
			{"sdf", graph.Allied, "united-states", ""}, {"islamic-state", graph.Opposed, "sdf", ""}, {"islamic-state", graph.Opposed, "united-states", ""}}},
		{"main ally against the jihadists of", "en", "Russia is Mali's main ally against the jihadists of the JNIM.", []rel{
			{"mali", graph.Allied, "russia", ""}, {"jnim", graph.Opposed, "russia", ""}, {"jnim", graph.Opposed, "mali", ""}}},
		{"partenaire de Washington contre", "fr", "Les Forces démocratiques syriennes restent le principal partenaire de Washington contre l'État islamique.", []rel{
			{"sdf", graph.Allied, "united-states", ""}, {"islamic-state", graph.Opposed, "sdf", ""}, {"islamic-state", graph.Opposed, "united-states", ""}}},
	})
}

// TestCameToPower: a person the lexicon knows as a state's leader who
// "came to power", "took office", « est arrivé au pouvoir », with no place
// named, leads that state; not a person of another rule, nor a person
// the relative does not stand for.
func TestCameToPower(t *testing.T) {
	runRelCases(t, []relCase{
		{"came to power", "en", "Burkina Faso is facing a jihadist insurgency. Ibrahim Traore came to power in a coup in September 2022.", []rel{
			{"ibrahim-traore", graph.Leads, "burkina-faso", ""}}},
		{"who took office, after an apposition", "en", "Colombia's peace talks stalled. Gustavo Petro, a former M-19 guerrilla who took office in August 2022, made peace his priority.", []rel{
			{"gustavo-petro", graph.Leads, "colombia", ""}}},
		{"who had ruled since", "en", "Syria's war ended. Bashar al-Assad, who had ruled since 2000, fled to Moscow.", []rel{
			{"bashar-al-assad", graph.Leads, "syria", ""}}},
		{"Arrivé au pouvoir, opening the sentence", "fr", "Arrivé au pouvoir par un coup d'État le 30 septembre 2022, le capitaine Ibrahim Traoré a fait de la lutte contre les jihadistes sa priorité.", []rel{
			{"ibrahim-traore", graph.Leads, "burkina-faso", ""}}},
		{"a pris le pouvoir", "fr", "Le capitaine Ibrahim Traoré a pris le pouvoir en septembre 2022.", []rel{
			{"ibrahim-traore", graph.Leads, "burkina-faso", ""}}},
		// the lexicon's leader of a group is no state's leader
		{"rose to power, a group's leader", "en", "Sudan is at war. Mohamed Hamdan Dagalo rose to power in the Darfur war.", nil},
		// the relative stands for the officers, not for Putin
		{"the officers who came to power", "en", "Vladimir Putin hosted the officers who came to power in a coup.", nil},
	})
}

// TestLeadingRelative: a name no dictionary knows before ", who leads"
// or « , qui dirige » is a person, and leads what the relative names.
func TestLeadingRelative(t *testing.T) {
	runRelCases(t, []relCase{
		{"who leads both", "en", "Brahim Ghali, who leads both the Polisario and the SADR, lives in Tindouf.", []rel{
			{"brahim-ghali", graph.Leads, "polisario-front", ""}, {"brahim-ghali", graph.Leads, "western-sahara", ""}}},
		{"qui dirige à la fois", "fr", "Brahim Ghali, qui dirige à la fois le Polisario et la RASD, vit à Tindouf.", []rel{
			{"brahim-ghali", graph.Leads, "polisario-front", ""}, {"brahim-ghali", graph.Leads, "western-sahara", ""}}},
		// a known group before the relative stays a group
		{"qui commande, a known group", "fr", "Fano Amhara, qui commande plusieurs milices, a attaqué Bahir Dar.", nil},
	})
}

// TestFormeDes: « forme des », « forme ses », « forme l' » train, as «
// forme les » does.
func TestFormeDes(t *testing.T) {
	runRelCases(t, []relCase{
		{"forme des", "fr", "La Turquie forme des soldats somaliens.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		{"forment des", "fr", "Les Émirats forment des combattants des FSR.", []rel{
			{"united-arab-emirates", graph.Trains, "rsf", ""}}},
		{"forme le gouvernement", "fr", "Le Hezbollah forme le gouvernement avec ses alliés.", nil},
	})
}

// TestArmingVerbs: « a équipé » supplies, and the troops after an arming
// verb are its recipients, not troops sent (no deployment reading).
func TestArmingVerbs(t *testing.T) {
	runRelCases(t, []relCase{
		{"a équipé des unités", "fr", "La Turquie a équipé des unités somaliennes.", []rel{
			{"turkey", graph.Supplies, "somalia", ""}}},
		{"a équipé ... de drones", "fr", "La Turquie a équipé l'armée somalienne de drones.", []rel{
			{"turkey", graph.Supplies, "somalia", ""}}},
		{"financent les soldats", "fr", "Les Émirats financent les soldats tchadiens depuis 2023.", []rel{
			{"united-arab-emirates", graph.Supplies, "chad", ""}}},
		// troops sent stay a deployment
		{"a envoyé des troupes", "fr", "La Russie a envoyé des troupes au Mali.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
	})
}

// TestSemicolonClosesSubject: an actor a semicolon closes is not the
// subject of a trigger after it.
func TestSemicolonClosesSubject(t *testing.T) {
	runRelCases(t, []relCase{
		{"; the former colonial power supplied", "en", "France trained the Chadian army; the former colonial power also supplied jets to Niger.", []rel{
			{"france", graph.Trains, "chad", ""}}},
		{"; ... supplied it", "en", "France trained the Chadian army; the former colonial power also supplied it with jets.", []rel{
			{"france", graph.Trains, "chad", ""}}},
	})
}

// TestSharedSubjectPastNegation: negation words and auxiliaries around a
// clitic after "et" do not count in the gap of a second predicate: its
// subject is the first one's (« et ne lui a pas non plus livré » gave
// Mali supplies Russia).
func TestSharedSubjectPastNegation(t *testing.T) {
	runRelCases(t, []relCase{
		{"et ne lui a pas non plus livré", "fr", "La Russie n'a pas formé l'armée malienne, et ne lui a pas non plus livré de drones.", []rel{
			{"russia", graph.Trains, "mali", "n"}}},
		{"and has not supplied it either", "en", "Russia did not train the Malian army, and has not supplied it with drones either.", []rel{
			{"russia", graph.Trains, "mali", "n"}, {"russia", graph.Supplies, "mali", "n"}}},
	})
}

// TestPossessiveInstitutionInList: a state's name, a possessive and an
// institution noun are one mention, so lists join across it.
func TestPossessiveInstitutionInList(t *testing.T) {
	runRelCases(t, []relCase{
		{"Egypt and Sudan's army", "en", "Egypt and Sudan's army are close allies.", []rel{
			{"egypt", graph.Allied, "sudan", ""}}},
		{"Sudan's army and Egypt", "en", "Sudan's army and Egypt are close allies.", []rel{
			{"egypt", graph.Allied, "sudan", ""}}},
	})
}

// TestViewMarkerAndIrregularParticiples: "as" after a view verb is no
// clause break ("Turkey, seen as Mali's main drone supplier, delivered"),
// and irregular participles ("made", "built") qualify a noun as regular
// ones do: their agent is no subject of another act ("drones made by
// Baykar to strike the JNIM").
func TestViewMarkerAndIrregularParticiples(t *testing.T) {
	runRelCases(t, []relCase{
		{"seen as, an apposition", "en", "Turkey, seen as Mali's main drone supplier, delivered TB2 drones to Mali.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"drones made by X to strike", "en", "Mali used drones made by Baykar to strike the JNIM.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"killed as: a clause break", "en", "Three soldiers were killed as the convoy passed.", nil},
	})
}

// TestAdverbSinceAfterAuxiliary: "since" right after an auxiliary is an
// adverb, no clause break ("have since attacked").
func TestAdverbSinceAfterAuxiliary(t *testing.T) {
	runRelCases(t, []relCase{
		{"have since attacked", "en", "Al-Shabaab fighters have since attacked Kenyan troops near Lamu.", []rel{
			{"al-shabaab", graph.Opposed, "kenya", ""}}},
		{"has since supplied", "en", "Turkey has since supplied drones to Mali.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
	})
}

// TestRepeatedPrepositionList: a list that repeats its preposition after
// each comma (« au Mali, au Niger et au Burkina Faso ») is one list.
func TestRepeatedPrepositionList(t *testing.T) {
	runRelCases(t, []relCase{
		{"au Mali, au Niger et au Burkina Faso", "fr", "La Russie a livré des armes au Mali, au Niger et au Burkina Faso.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "niger", ""}, {"russia", graph.Supplies, "burkina-faso", ""}}},
		{"to Mali, to Niger and to Chad", "en", "Russia delivered weapons to Mali, to Niger and to Chad.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "niger", ""}, {"russia", graph.Supplies, "chad", ""}}},
	})
}

// TestDeploymentList: troops or trainers sent to a list of states make
// each an ally (and a trainee of trainers).
func TestDeploymentList(t *testing.T) {
	runRelCases(t, []relCase{
		{"troops to Mali and Niger", "en", "Russia sent troops to Mali and Niger.", []rel{
			{"mali", graph.Allied, "russia", ""}, {"niger", graph.Allied, "russia", ""}}},
		{"instructors to CAR and to Mali", "en", "Russia sent instructors to the Central African Republic and to Mali.", []rel{
			{"central-african-republic", graph.Allied, "russia", ""}, {"mali", graph.Allied, "russia", ""},
			{"russia", graph.Trains, "central-african-republic", ""}, {"russia", graph.Trains, "mali", ""}}},
	})
}

// TestCommandInstitution: a demonym with "command", « commandement » is
// its state's institution (« le commandement militaire américain pour
// l'Afrique (Africom) a annoncé avoir mené une frappe »).
func TestCommandInstitution(t *testing.T) {
	runRelCases(t, []relCase{
		{"commandement militaire américain", "fr", "Le commandement militaire américain pour l'Afrique (Africom) a annoncé mardi avoir mené une frappe aérienne contre des combattants de l'État islamique en Somalie, en coordination avec le gouvernement fédéral somalien.", []rel{
			{"islamic-state-somalia", graph.Opposed, "united-states", ""}, {"somalia", graph.Allied, "united-states", ""}}},
	})
}

// TestTrailingAlongsideTarget: a trailing "in coordination with" phrase
// after a hostile act whose subject names no actor makes no ally of its
// target; the agent of a passive before it stays one.
func TestTrailingAlongsideTarget(t *testing.T) {
	runRelCases(t, []relCase{
		{"the target is no ally", "en", "Airstrikes hit al-Shabaab positions, in coordination with the Somali government.", nil},
		{"the attacker is", "en", "Kenya attacked al-Shabaab positions, in coordination with the Somali government.", []rel{
			{"al-shabaab", graph.Opposed, "kenya", ""}, {"kenya", graph.Allied, "somalia", ""}}},
	})
}
