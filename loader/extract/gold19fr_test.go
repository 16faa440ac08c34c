package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestJointPatrolsCeased: joint patrols or operations that a cessation
// ends (« ne ... plus », "no longer", "stopped") are an ended standing
// cooperation: allied negated, not the past acts asserted (gold19fr.go,
// jointStanding).
func TestJointPatrolsCeased(t *testing.T) {
	runRelCases(t, []relCase{
		{"ne mènent plus", "fr", "Le Niger et le Nigeria ne mènent plus de patrouilles conjointes.", []rel{
			{"niger", graph.Allied, "nigeria", "n"}}},
		{"depuis, ne mènent plus", "fr", "Depuis le coup d'État, le Niger et le Nigeria ne mènent plus d'opérations conjointes le long de la frontière.", []rel{
			{"niger", graph.Allied, "nigeria", "n"}}},
		{"ont cessé", "fr", "Le Mali et l'Algérie ont cessé leurs patrouilles conjointes en 2024.", []rel{
			{"algeria", graph.Allied, "mali", "n"}}},
		{"no longer", "en", "Niger and Nigeria no longer run joint patrols.", []rel{
			{"niger", graph.Allied, "nigeria", "n"}}},
		{"stopped", "en", "Niger and Nigeria have stopped running joint patrols along their border.", []rel{
			{"niger", graph.Allied, "nigeria", "n"}}},
		{"still asserted", "fr", "Le Niger et le Nigeria mènent des patrouilles conjointes.", []rel{
			{"niger", graph.Allied, "nigeria", ""}}},
		{"still asserted en", "en", "Niger and Nigeria run joint patrols along their border.", []rel{
			{"niger", graph.Allied, "nigeria", ""}}},
	})
}

// TestEmbargoOpposes: the subject of an embargo noun opposes the actor a
// target word names after it (« un embargo total sur les ventes d'armes à
// Israël », "a total arms embargo on Israel"); the sales inside its
// object are no supply; breaching, lifting or asking for one gives
// nothing (gold19fr.go, embargoRules; embargo_nouns, embargo_targets,
// embargo_blockers).
func TestEmbargoOpposes(t *testing.T) {
	runRelCases(t, []relCase{
		{"inscrit dans la loi", "fr", "L'Espagne a inscrit dans la loi, en septembre, un embargo total sur les ventes et les achats d'armes à Israël.", []rel{
			{"israel", graph.Opposed, "spain", ""}}},
		{"imposé, ventes à", "fr", "L'Espagne a imposé un embargo total sur les ventes d'armes à Israël.", []rel{
			{"israel", graph.Opposed, "spain", ""}}},
		{"livraisons à la", "fr", "En 2014, l'Union européenne a décrété un embargo sur les livraisons d'armes à la Russie.", []rel{
			{"european-union", graph.Opposed, "russia", ""}}},
		{"visant", "fr", "Le Conseil de sécurité a prolongé l'embargo sur les armes visant le Soudan.", []rel{
			{"sudan", graph.Opposed, "united-nations", ""}}},
		{"violé: nothing", "fr", "La Turquie a violé l'embargo de l'ONU sur les armes à la Libye.", []rel{}},
		{"réclame: nothing", "fr", "L'Union africaine réclame un embargo sur les armes au Soudan.", nil},
		{"negated", "fr", "L'Espagne n'a pas imposé d'embargo sur les armes à Israël.", []rel{
			{"israel", graph.Opposed, "spain", "n"}}},
		{"total arms embargo on", "en", "Spain imposed a total arms embargo on Israel in September.", []rel{
			{"israel", graph.Opposed, "spain", ""}}},
		{"embargo on arms sales to", "en", "Canada imposed an embargo on arms sales to Turkey in 2019.", []rel{
			{"canada", graph.Opposed, "turkey", ""}}},
		{"violated: nothing", "en", "Turkey violated the UN arms embargo on Libya.", nil},
		{"lifted: nothing", "en", "The United States lifted its arms embargo on Cyprus.", nil},
		{"despite: the supply stands", "en", "The UAE delivered drones to the RSF despite the UN arms embargo on Darfur.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
	})
}

// TestRoleOpensNextName: in a list of titled persons, a role phrase
// between two names, followed by a comma and a name, is that name's
// role, not an apposition of the name before it (gold19fr.go,
// dropSharedRoles).
func TestRoleOpensNextName(t *testing.T) {
	runRelCases(t, []relCase{
		{"émir du, fr", "fr", "Le président égyptien, Abdel Fattah al-Sissi, l'émir du Qatar, Tamim ben Hamad Al Thani, et M. Trump ont signé une déclaration.", []rel{
			{"abdel-fattah-el-sisi", graph.Leads, "egypt", ""}, {"tamim-bin-hamad-al-thani", graph.Leads, "qatar", ""}}},
		{"emir of, en", "en", "Egypt's president, Abdel Fattah al-Sisi, the emir of Qatar, Tamim bin Hamad Al Thani, and Mr Trump signed a declaration.", []rel{
			{"abdel-fattah-el-sisi", graph.Leads, "egypt", ""}, {"tamim-bin-hamad-al-thani", graph.Leads, "qatar", ""}}},
		{"président du, fr", "fr", "Étaient présents Emmanuel Macron, le président du Sénégal, Bassirou Diomaye Faye, et le roi du Maroc, Mohammed VI.", []rel{
			{"bassirou-diomaye-faye", graph.Leads, "senegal", ""}, {"mohammed-vi", graph.Leads, "morocco", ""}}},
		{"apposition after the name stays", "fr", "Tamim ben Hamad Al Thani, l'émir du Qatar, a reçu M. Trump.", []rel{
			{"tamim-bin-hamad-al-thani", graph.Leads, "qatar", ""}}},
		{"apposition after the name stays, en", "en", "Tamim bin Hamad Al Thani, the emir of Qatar, received Mr Trump.", []rel{
			{"tamim-bin-hamad-al-thani", graph.Leads, "qatar", ""}}},
	})
}

// TestCliticOpposer: « la guerre qui l'a opposé à A et aux B »: the object
// clitic is the sentence's first actor, opposed to each actor after the
// complement word; those are on one side, not opposed to each other
// (gold19fr.go, cliticOpposer; clitic_opposers, opposer_complements).
func TestCliticOpposer(t *testing.T) {
	runRelCases(t, []relCase{
		{"l'a opposé à A et aux B", "fr", "L'Iran sort diminué de la guerre qui l'a opposé en juin à Israël et aux États-Unis.", []rel{
			{"iran", graph.Opposed, "israel", ""}, {"iran", graph.Opposed, "united-states", ""}}},
		{"l'opposent à A et aux B", "fr", "Le JNIM intensifie les combats qui l'opposent depuis 2021 à l'armée burkinabè et aux VDP.", []rel{
			{"burkina-faso", graph.Opposed, "jnim", ""}, {"jnim", graph.Opposed, "vdp", ""}}},
		{"les oppose à", "fr", "Les Houthis poursuivent la guerre qui les oppose à la coalition menée par l'Arabie saoudite.", []rel{
			{"houthis", graph.Opposed, "saudi-led-coalition", ""}}},
		{"first actor, not the nearest", "fr", "Le Soudan a dénoncé l'Égypte puis relancé la guerre qui l'oppose aux FSR.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
		{"no clitic: the object and the complement", "fr", "Les combats qui opposent le Hamas à Israël ont repris.", []rel{
			{"hamas", graph.Opposed, "israel", ""}}},
	})
}

// TestIncludedRecipients: a supplies or trains trigger whose generic
// object lists its recipients after an including word gives each listed
// actor (« a armé plusieurs milices, dont le M23 »); an actor a hostile
// complement governs in that object is the recipients' enemy, not a
// recipient (gold19fr.go, includedRecipients, hostileComplement;
// including, hostile_complements).
func TestIncludedRecipients(t *testing.T) {
	runRelCases(t, []relCase{
		{"dont", "fr", "La Russie a armé plusieurs milices, dont le M23.", []rel{
			{"russia", graph.Supplies, "m23", ""}}},
		{"including", "en", "Russia armed several militias, including the M23.", []rel{
			{"russia", graph.Supplies, "m23", ""}}},
		{"notamment, a list", "fr", "La Turquie a livré des drones à plusieurs armées africaines, notamment le Mali et le Niger.", []rel{
			{"turkey", graph.Supplies, "mali", ""}, {"turkey", graph.Supplies, "niger", ""}}},
		{"trains, dont", "fr", "Le Rwanda entraîne plusieurs groupes armés, dont le M23 et Twirwaneho.", []rel{
			{"rwanda", graph.Trains, "m23", ""}, {"rwanda", graph.Trains, "twirwaneho", ""}}},
		{"hostiles au, dont", "fr", "Israël a armé des clans hostiles au Hamas, dont le Fatah.", []rel{
			{"israel", graph.Supplies, "fatah", ""}}},
		{"opposed to, including", "en", "The UAE armed militias opposed to the army, including the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"hostile complement: no recipient", "fr", "Israël a armé des clans hostiles au Hamas.", nil},
		{"opposed to: no recipient", "en", "The UAE armed militias opposed to the RSF.", nil},
		{"no including word: nothing", "fr", "La Russie a armé plusieurs milices dans l'est du pays.", nil},
	})
}

// TestRelativeClitic: a recipient clitic in a subject relative («
// Les États-Unis, qui lui fournissent l'essentiel de ses bombes ») stands
// for an actor other than the relative's antecedent, as it does after a
// subject (gold19fr.go, subjectRelativeAt; recall.go, pronounObject).
func TestRelativeClitic(t *testing.T) {
	runRelCases(t, []relCase{
		{"qui lui fournissent", "fr", "Israël n'a jamais manqué de munitions. Les États-Unis, qui lui fournissent l'essentiel de ses bombes, ont approuvé de nouvelles ventes.", []rel{
			{"united-states", graph.Supplies, "israel", ""}}},
		{"qui lui a livré", "fr", "Le Mali manque d'hélicoptères. La Russie, qui lui a livré plusieurs appareils, en promet d'autres.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"qui lui fournit", "fr", "La Somalie reste fragile. La Turquie, qui lui fournit des drones, y a une base.", []rel{
			{"turkey", graph.Supplies, "somalia", ""}}},
		{"a relative on a later actor: not read", "fr", "Des chefs de gangs ont noué des arrangements avec Ansaru, un groupe lié à Al-Qaïda, qui leur fournit des armes.", []rel{
			{"ansaru", graph.MemberOf, "al-qaeda", ""}}},
	})
}

// TestOneMemberState: an organisation named only for one unnamed member
// of it (« un pays membre de l'Otan », "a NATO member state", "a member
// of NATO") does not act; plural member states still act for it, as
// before (gold19fr.go, oneMember; member_state_nouns).
func TestOneMemberState(t *testing.T) {
	runRelCases(t, []relCase{
		{"un pays membre de", "fr", "C'était la première fois qu'un pays membre de l'Otan tirait sur des appareils russes.", nil},
		{"a member of", "en", "It was the first time a member of NATO fired on Russian aircraft.", nil},
		{"a NATO member state", "en", "A NATO member state shot down Russian drones.", nil},
		{"plural member states act", "fr", "Les pays membres de la Cédéao ont imposé des sanctions au Niger.", []rel{
			{"ecowas", graph.Opposed, "niger", ""}}},
		{"plural member states act, en", "en", "ECOWAS member states imposed sanctions on Niger.", []rel{
			{"ecowas", graph.Opposed, "niger", ""}}},
		{"a named member keeps its membership", "fr", "Le Niger, un État membre de l'AES, combat le JNIM.", []rel{
			{"niger", graph.MemberOf, "alliance-of-sahel-states", ""}, {"jnim", graph.Opposed, "niger", ""}}},
	})
}

// TestPresentedAs: a view participle opening an apposition (« X, présenté
// comme le chef du JNIM, », "X, described as the leader of JNIM,") is a
// view of X with no holder named: the role is hedged, not dropped, and
// the clause after the apposition stays asserted (gold19fr.go,
// presentedObject; hedge.go, findView; presented_as).
func TestPresentedAs(t *testing.T) {
	runRelCases(t, []relCase{
		{"présenté comme le chef", "fr", "Iyad Ag Ghaly, présenté comme le chef du JNIM, a été vu à Kidal.", []rel{
			{"iyad-ag-ghaly", graph.Leads, "jnim", "h"}}},
		{"described as the leader", "en", "Iyad Ag Ghaly, described as the leader of JNIM, was seen in Kidal.", []rel{
			{"iyad-ag-ghaly", graph.Leads, "jnim", "h"}}},
		{"the main clause stays asserted", "fr", "Le JNIM, présenté comme le groupe le plus puissant du Sahel, a attaqué l'armée malienne.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"a holder's view, as before", "fr", "Ankara considère les YPG comme une branche du PKK.", []rel{
			{"ypg", graph.MemberOf, "pkk", "h"}}},
	})
}

// TestExercisesAreJoint: military exercises or manoeuvres held by two
// armies named together are a joint action, as « exercices conjoints »
// are: allied (joint; docs/CODEBOOK.md, joint exercises); one army alone
// gives nothing.
func TestExercisesAreJoint(t *testing.T) {
	runRelCases(t, []relCase{
		{"armées russe et biélorusse, manœuvres", "fr", "Les armées russe et biélorusse ont mené des manœuvres en septembre.", []rel{
			{"belarus", graph.Allied, "russia", ""}}},
		{"naval drills", "en", "Russia and China held naval drills in the Sea of Japan.", []rel{
			{"china", graph.Allied, "russia", ""}}},
		{"military exercises", "en", "The United States and South Korea held military exercises in August.", []rel{
			{"south-korea", graph.Allied, "united-states", ""}}},
		{"ended", "fr", "La Russie et la Biélorussie ne mènent plus de manœuvres militaires.", []rel{
			{"belarus", graph.Allied, "russia", "n"}}},
		{"one army: nothing", "fr", "La Pologne a organisé des manœuvres près de la frontière.", nil},
	})
}
