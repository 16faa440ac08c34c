package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestPronounBeforeCountedAnaphor: a subject pronoun, a possessive or a
// definite anaphor before a counted anaphor of its sentence ("it fights
// the two groups", « il combat les deux groupes ») is resolved as in any
// other sentence: only the counted anaphor's own words are skipped.
func TestPronounBeforeCountedAnaphor(t *testing.T) {
	runRelCases(t, []relCase{
		{"created in 2015, it fights the two groups", "en",
			"Boko Haram and ISWAP attack villages around Lake Chad. The Multinational Joint Task Force is short of men. Created in 2015, it fights the two groups on the islands.", []rel{
				{"boko-haram", graph.Opposed, "mnjtf", ""}, {"iswap", graph.Opposed, "mnjtf", ""}}},
		{"créée en 2015, elle combat les deux groupes", "fr",
			"Boko Haram et l'Iswap multiplient les attaques autour du lac Tchad. La Force multinationale mixte (FMM) est en perte de vitesse. Créée en 2015, elle combat les deux groupes sur les îles.", []rel{
				{"boko-haram", graph.Opposed, "mnjtf", ""}, {"iswap", graph.Opposed, "mnjtf", ""}}},
		{"depuis 2015, il combat les deux groupes", "fr",
			"Boko Haram et l'Iswap attaquent les villages du lac Tchad. Le Nigeria a envoyé des renforts. Depuis 2015, il combat les deux groupes sur les îles.", []rel{
				{"boko-haram", graph.Opposed, "nigeria", ""}, {"iswap", graph.Opposed, "nigeria", ""}}},
		{"its navy, the two groups", "en",
			"The Houthis and al-Shabaab have built ties across the Gulf of Aden. Iran denies any role. In 2024, its navy intercepted boats carrying weapons to the two groups.", []rel{
				{"houthis", graph.Opposed, "iran", ""}, {"al-shabaab", graph.Opposed, "iran", ""}}},
	})
}

// TestBareHomeInstitution: the forces of a home institution named as a
// compound without an article ("government forces", "junta troops";
// bare_home_institutions) are the home state's when the article called
// that state so before ("Myanmar's junta", "the government"), or named
// it in the sentence before with no other state in the last three; not
// after a name, a demonym, a determiner, a possessive or a hyphen.
func TestBareHomeInstitution(t *testing.T) {
	runRelCases(t, []relCase{
		{"government forces after the government of Sudan", "en",
			"The government of Sudan has lost Darfur. Government forces retook Khartoum from the RSF in March.", []rel{
				{"rsf", graph.Opposed, "sudan", ""}}},
		{"junta troops after Myanmar's junta", "en",
			"Myanmar's junta has lost ground in Rakhine. The Arakan Army has overrun several bases held by junta troops.", []rel{
				{"arakan-army", graph.Opposed, "myanmar", ""}}},
		{"regime forces", "en",
			"Syria's war has entered its fourteenth year. HTS fighters attacked regime forces near Aleppo.", []rel{
				{"hts", graph.Opposed, "syria", ""}}},
		{"federal forces", "en",
			"Ethiopia's federal government declared a state of emergency in Amhara. Fano militias have fought federal forces since August.", []rel{
				{"ethiopia", graph.Opposed, "fano", ""}}},
		{"pro-government forces are no state", "en",
			"Yemen's government controls Marib. The Houthis attacked pro-government forces near Marib.", nil},
		{"home state not named lately", "en",
			"The Sahel has suffered for a decade. Mali signed a deal with Russia in 2021. Fuel prices rose. Markets closed. The harvest failed. JNIM attacked government forces near Mopti.", nil},
		{"another state named lately", "en",
			"Chad and Sudan share a long border. Chad has hosted refugees. The RSF attacked government forces in El Fasher.", nil},
	})
}

// TestPossessiveWarships: warships and a navy after a possessive opening
// a sentence are, as forces (leader_forces), those of the actor opening
// the sentence before ("Its warships", « Ses frégates », « sa marine »).
func TestPossessiveWarships(t *testing.T) {
	runRelCases(t, []relCase{
		{"its warships", "en",
			"The European Union launched Operation Aspides in February 2024 to protect shipping in the Red Sea. Its warships have nonetheless downed several Houthi drones since March.", []rel{
				{"eunavfor-aspides", graph.MemberOf, "european-union", ""}, {"eunavfor-aspides", graph.Opposed, "houthis", ""}}},
		{"ses frégates", "fr",
			"L'Union européenne a lancé l'opération Aspides en février 2024. Ses frégates, dont des navires français, italiens et grecs, escortent les navires marchands et ont abattu plusieurs drones des Houthis.", []rel{
				{"eunavfor-aspides", graph.MemberOf, "european-union", ""}, {"eunavfor-aspides", graph.Opposed, "houthis", ""}}},
		{"sa marine", "fr",
			"L'Iran a saisi un pétrolier en avril. En mai, sa marine a attaqué un navire israélien.", []rel{
				{"iran", graph.Opposed, "israel", ""}}},
		{"with its warships: no subject", "en",
			"The European Union launched Operation Aspides in February 2024. With its warships in the area, shipping has resumed.", []rel{
				{"eunavfor-aspides", graph.MemberOf, "european-union", ""}}},
	})
}

// TestDuAnaphor: « du » is a definite article for an anaphor (« le chef
// du mouvement », « les activités du groupe »: anaphor_determiners),
// but not before a comma and a list of members (« des dirigeants du
// mouvement rebelle, dont X, président du M23 »: the list says whose).
func TestDuAnaphor(t *testing.T) {
	runRelCases(t, []relCase{
		{"le chef du mouvement", "fr",
			"Les Houthis ont tiré des missiles vers Israël. Le chef du mouvement, Abdel Malek al-Houthi, a promis une « vengeance ».", []rel{
				{"houthis", graph.Opposed, "israel", ""}, {"abdul-malik-al-houthi", graph.Leads, "houthis", ""}}},
		{"les activités du groupe", "fr",
			"Le groupe Wagner est présent en Centrafrique depuis 2018. Washington a sanctionné la société minière Midas Ressources, soupçonnée de financer les activités du groupe dans le pays.", []rel{
				{"midas-resources", graph.Opposed, "united-states", ""}, {"midas-resources", graph.Supplies, "wagner-group", "h"}}},
		{"les combattants du groupe", "fr",
			"Ansar al-Sunna a été fondé en 2017 dans le nord du Mozambique. Les combattants du groupe ont attaqué l'armée mozambicaine à Palma.", []rel{
				{"islamic-state-mozambique", graph.Opposed, "mozambique", ""}}},
		{"du mouvement, dont: the list's", "fr",
			"Le M23 contrôle Goma. Kinshasa a visé des dirigeants du mouvement rebelle, dont Bertrand Bisimwa, président du M23.", []rel{
				{"bertrand-bisimwa", graph.Leads, "m23", ""}}},
		{"du groupe de travail: no anaphor", "fr",
			"Le JNIM a attaqué Djibo. Les experts du groupe de travail de l'ONU ont publié un rapport.", nil},
	})
}

// TestCartelGuerrillaAnaphors: "the cartel", "the guerrillas", « la
// guérilla » and the counted "both cartels", « les deux cartels » stand
// for the armed groups named before (anaphors, plural_anaphors).
func TestCartelGuerrillaAnaphors(t *testing.T) {
	runRelCases(t, []relCase{
		{"both cartels", "en",
			"The Sinaloa cartel and the CJNG control much of the fentanyl trade. In February the US State Department designated both cartels as terrorist organisations.", []rel{
				{"sinaloa-cartel", graph.Opposed, "united-states", ""}, {"cjng", graph.Opposed, "united-states", ""}}},
		{"les deux cartels", "fr",
			"Le cartel de Sinaloa et le CJNG contrôlent le trafic de fentanyl. En février, Washington a désigné les deux cartels comme organisations terroristes.", []rel{
				{"sinaloa-cartel", graph.Opposed, "united-states", ""}, {"cjng", graph.Opposed, "united-states", ""}}},
		{"the guerrillas", "en",
			"The ELN bombed a military base in Arauca in September. Colombia's army launched an offensive against the guerrillas.", []rel{
				{"colombia", graph.Opposed, "eln", ""}}},
		{"la guérilla", "fr",
			"L'ELN a attaqué une base militaire en Arauca. L'armée colombienne a lancé une offensive contre la guérilla.", []rel{
				{"colombia", graph.Opposed, "eln", ""}}},
		{"a drug cartel: no anaphor", "en",
			"Mexico's army has deployed troops to Sinaloa. Analysts say a drug cartel may be behind the killings.", nil},
	})
}

// TestAnaphorAfterAgainst: a definite anaphor right after "against" /
// « contre » is none of the actors its clause names before it (the ones
// fighting it): the last one of its kind named before the sentence,
// unless that is one of them.
func TestAnaphorAfterAgainst(t *testing.T) {
	runRelCases(t, []relCase{
		{"raids against the jihadists", "en",
			"ISWAP controls the islands of Lake Chad. Boko Haram fighters launched raids against the jihadists in March.", []rel{
				{"boko-haram", graph.Opposed, "iswap", ""}}},
		{"opérations contre les jihadistes", "fr",
			"Le JNIM a attaqué Kati en 2022. Le groupe Wagner a mené des opérations contre les jihadistes dans le centre.", []rel{
				{"jnim", graph.Opposed, "wagner-group", ""}}},
		{"a state against the jihadists, as before", "en",
			"ISWAP controls the islands of Lake Chad. Nigeria launched raids against the jihadists in March.", []rel{
				{"iswap", graph.Opposed, "nigeria", ""}}},
		{"the only candidate is the clause's own", "en",
			"Boko Haram controls the islands of Lake Chad. Boko Haram fighters launched raids against the jihadists in March.", nil},
	})
}

// TestHomeInstitutionKept: a home institution keeps the state it first
// stood for ("the army" of a Lebanese story), even once another state is
// named more often with institutions, until a state is named with that
// very institution.
func TestHomeInstitutionKept(t *testing.T) {
	runRelCases(t, []relCase{
		{"the army stays Lebanon's", "en",
			"BEIRUT — Lebanon's cabinet met on Tuesday. The cabinet asked the army to draw up a plan. Israeli troops still hold five hilltops, and Israeli troops and the Israeli air force strike almost daily. Israeli drones attacked the army near Naqoura.", []rel{
				{"israel", graph.Opposed, "lebanon", ""}}},
		{"until named with it", "en",
			"BEIRUT — Lebanon's cabinet met on Tuesday. The cabinet asked the army to draw up a plan. Israel's army still holds five hilltops. Hezbollah fired rockets at the army.", []rel{
				{"hezbollah", graph.Opposed, "israel", ""}}},
	})
}

// TestPersonPossessive: a home institution after "his" / "her"
// (person_possessives) is the state the person named last leads by the
// lexicon (the one in the sentence before it, else the one opening the
// sentence before; a leadership ended before the article counts: "his
// army" of Assad after his fall), never a state named in between, and
// nothing for a person who leads no state.
func TestPersonPossessive(t *testing.T) {
	runRelCases(t, []relCase{
		{"his army after Assad", "en",
			"Bashar al-Assad fled to Moscow in December. Iran had armed his army for a decade.", []rel{
				{"iran", graph.Supplies, "syria", ""}}},
		{"his army, Lukashenko", "en",
			"Alexander Lukashenko met Vladimir Putin in Minsk. Russia has trained his army since 2022.", []rel{
				{"russia", graph.Trains, "belarus", ""}}},
		{"a state named between", "en",
			"Bashar al-Assad ruled Syria until 2024. Russia bombed Aleppo, and Iran armed his army.", []rel{
				{"iran", graph.Supplies, "syria", ""}}},
		{"a rebel leader's army: no state", "en",
			"Hemedti leads the RSF. The UAE has armed his army.", []rel{
				{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
	})
}

// TestAnaphorBeforePlace: a definite anaphor followed by a place
// preposition ending in an of-word (« le groupe près de Saravena », "the
// group north of Goma"; place_prepositions) is resolved: only a modifier
// before an of-word makes the noun another's (« la mission militaire de
// l'ONU »).
func TestAnaphorBeforePlace(t *testing.T) {
	runRelCases(t, []relCase{
		{"le groupe près de", "fr",
			"L'ELN est actif en Arauca. La Colombie attaque le groupe près de Saravena.", []rel{
				{"colombia", graph.Opposed, "eln", ""}}},
		{"la guérilla près de", "fr",
			"L'ELN a attaqué une base en Arauca. La Colombie a attaqué la guérilla près de Saravena.", []rel{
				{"colombia", graph.Opposed, "eln", ""}}},
		{"the group north of", "en",
			"The M23 has taken Goma. Burundian troops attacked the group north of Goma.", []rel{
				{"burundi", graph.Opposed, "m23", ""}}},
	})
}
