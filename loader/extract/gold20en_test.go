package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestGold20enVerbalSupport: support expressed in words ("voiced support
// for", "expressed its support for", « a exprimé son soutien à ») is no
// alliance (docs/CODEBOOK.md, allied: "verbal support"); support given
// or thanked for still is.
func TestGold20enVerbalSupport(t *testing.T) {
	runRelCases(t, []relCase{
		{"voiced support for", "en", "Azerbaijan voiced support for Pakistan.", nil},
		{"which also voiced support for", "en", "Indian agents urged customers to shun Turkey and Azerbaijan, which also voiced support for Pakistan.", nil},
		{"expressed its full support for", "en", "Turkey expressed its full support for Pakistan.", nil},
		{"declared its support for", "en", "Egypt declared its support for Somalia.", nil},
		{"supports stays", "en", "Turkey supports Pakistan.", []rel{{"pakistan", graph.Allied, "turkey", ""}}},
		{"thanked for its support stays", "en", "Iran thanked Russia for its support.", []rel{{"iran", graph.Allied, "russia", ""}}},
		{"fr: a exprimé son soutien au", "fr", "L'Azerbaïdjan a exprimé son soutien au Pakistan.", nil},
		{"fr: a affiché son soutien au", "fr", "La Turquie a affiché son soutien au Pakistan.", nil},
		{"fr: soutient reste", "fr", "La Turquie soutient le Pakistan.", []rel{{"pakistan", graph.Allied, "turkey", ""}}},
		{"fr: un soutien militaire reste", "fr", "La Turquie apporte un soutien militaire au Pakistan.", []rel{{"pakistan", graph.Allied, "turkey", ""}}},
	})
}

// TestGold20enArmedPurpose: "armed by X to fight Y", "the militia that X
// armed to fight Y", « armée par X pour combattre Y »: the fighting is the
// purpose of the arming, no opposed for the militia nor its backer
// (docs/CODEBOOK.md, "Purpose clauses"); the supplies stays.
func TestGold20enArmedPurpose(t *testing.T) {
	runRelCases(t, []relCase{
		{"the militia that X armed to fight Y", "en", "The SDF, the militia that the United States armed to fight the Islamic State, is built around the YPG.", []rel{
			{"ypg", graph.MemberOf, "sdf", ""}}},
		{"armed by X to fight Y", "en", "The SDF, armed by the United States to fight the Islamic State, attacked the town.", []rel{
			{"united-states", graph.Supplies, "sdf", ""}}},
		{"was armed by X in 2024 to fight Y", "en", "The Ani Kpi Gbe militia was armed by Wagner in 2024 to fight the UPC.", []rel{
			{"wagner-group", graph.Supplies, "ani-kpi-gbe", ""}}},
		{"trained X to fight Y", "en", "The United States trained Iraqi forces to fight the Islamic State.", []rel{
			{"united-states", graph.Trains, "iraq", ""}}},
		{"used goods supplied by X to strike Y stays", "en", "Mali used drones supplied by Turkey to strike JNIM.", []rel{
			{"turkey", graph.Supplies, "mali", ""}, {"jnim", graph.Opposed, "mali", ""}}},
		{"fought Y stays", "en", "The SDF fought the Islamic State in Raqqa.", []rel{
			{"islamic-state", graph.Opposed, "sdf", ""}}},
		{"fr: armée par X pour combattre Y", "fr", "Une milice armée par l'armée pour combattre le JNIM a attaqué Djibo.", nil},
	})
}

// TestGold20enReportedMembers: "President Donald Trump said they were
// members of Tren de Aragua": the members are those "they" names, not the
// speaker, a person who cannot be a plural "they"; states that speak of
// themselves ("Chad and Niger said they were members") stay members.
func TestGold20enReportedMembers(t *testing.T) {
	runRelCases(t, []relCase{
		{"said they were members of", "en", "President Donald Trump said they were members of Tren de Aragua.", []rel{
			{"donald-trump", graph.Leads, "united-states", ""}}},
		{"said that they were members of", "en", "Mr Hegseth said that they were members of the ELN.", nil},
		{"says they are members of", "en", "Gustavo Petro says they are members of the Clan del Golfo.", nil},
		{"states speaking of themselves stay", "en", "Chad and Niger said they were members of the MNJTF.", []rel{
			{"chad", graph.MemberOf, "mnjtf", ""}, {"niger", graph.MemberOf, "mnjtf", ""}}},
		{"fr: a affirmé qu'ils étaient membres du", "fr", "Donald Trump a affirmé qu'ils étaient membres du Tren de Aragua.", nil},
		{"fr: a déclaré qu'ils étaient des membres du", "fr", "Donald Trump a déclaré qu'ils étaient des membres du Tren de Aragua.", nil},
	})
}

// TestGold20enCoLeaders: each co-chair leads ("a co-chair of the KCK",
// "the co-chairman of the PKK", « coprésidente du KCK »): the indefinite
// article of a shared role does not make its holder one member among
// several, as "a chairman of ECOWAS" does.
func TestGold20enCoLeaders(t *testing.T) {
	runRelCases(t, []relCase{
		{"a co-chair of", "en", "Bese Hozat, a co-chair of the Kurdistan Communities Union (KCK), burned her rifle.", []rel{
			{"bese-hozat", graph.Leads, "kurdistan-communities-union", ""}}},
		{"the co-chairman of", "en", "Cemil Bayik, the co-chairman of the PKK, spoke.", []rel{
			{"cemil-bayik", graph.Leads, "pkk", ""}}},
		{"a co-chair of a known organisation", "en", "Muhammadu Buhari, a co-chair of ECOWAS, spoke.", []rel{
			{"muhammadu-buhari", graph.Leads, "ecowas", ""}}},
		{"a chairman stays one of several", "en", "Muhammadu Buhari, a chairman of ECOWAS, spoke.", []rel{
			{"muhammadu-buhari", graph.MemberOf, "ecowas", ""}}},
		{"fr: coprésidente de", "fr", "Bese Hozat, coprésidente de l'Union des communautés du Kurdistan (KCK), a brûlé son fusil.", []rel{
			{"bese-hozat", graph.Leads, "union-des-communautes-du-kurdistan", ""}}},
		{"fr: un coprésident de", "fr", "Muhammadu Buhari, un coprésident de la CEDEAO, a parlé.", []rel{
			{"muhammadu-buhari", graph.Leads, "ecowas", ""}}},
	})
}

// TestGold20enBuiltAround: a coalition "built around" a group
// ("the SDF is built around the YPG", « une coalition formée autour des
// YPG ») has that group as a member: member_of, the group first.
func TestGold20enBuiltAround(t *testing.T) {
	runRelCases(t, []relCase{
		{"is built around", "en", "The SDF is built around the YPG.", []rel{{"ypg", graph.MemberOf, "sdf", ""}}},
		{"a coalition built around", "en", "The SDF, a coalition built around the YPG, holds Raqqa.", []rel{{"ypg", graph.MemberOf, "sdf", ""}}},
		{"which was formed around", "en", "The SDF, which was formed around the YPG in 2015, holds Raqqa.", []rel{{"ypg", graph.MemberOf, "sdf", ""}}},
		{"fr: une coalition formée autour des", "fr", "Les Forces démocratiques syriennes (FDS), une coalition formée autour des YPG, tiennent Raqqa.", []rel{{"ypg", graph.MemberOf, "sdf", ""}}},
		{"fr: structurées autour des", "fr", "Les Forces démocratiques syriennes (FDS) sont structurées autour des YPG.", []rel{{"ypg", graph.MemberOf, "sdf", ""}}},
	})
}

// TestGold20enHasRuled: "has ruled X since", "who has ruled X for 43
// years" state a present rule: leads; "ruled X for decades" (past) and
// "has ruled out" do not.
func TestGold20enHasRuled(t *testing.T) {
	runRelCases(t, []relCase{
		{"has ruled X since", "en", "Nicolás Maduro has ruled Venezuela since 2013.", []rel{{"nicolas-maduro", graph.Leads, "venezuela", ""}}},
		{"who has ruled X since", "en", "The reward was for the arrest of Nicolás Maduro, who has ruled Venezuela since 2013.", []rel{{"nicolas-maduro", graph.Leads, "venezuela", ""}}},
		{"who has ruled X for", "en", "Paul Biya, who has ruled Cameroon for 43 years, won again.", []rel{{"paul-biya", graph.Leads, "cameroon", ""}}},
		{"has ruled out: no rule", "en", "Claudia Sheinbaum has ruled out any US military action on Mexican soil.", nil},
		{"ruled, past: former", "en", "Hun Sen, who ruled Cambodia for nearly four decades, still heads the CPP.", []rel{{"hun-sen", graph.Leads, "cambodian-peoples-party", ""}}},
	})
}

// TestGold20enTitledSurnames: "Mr Abdi" after "Mazloum Abdi", "Mr
// Sharaa's" after "Ahmed al-Sharaa" are the lexicon's person, not a new
// one, and a discovered name ends before the possessive ("Mr Abdi's
// forces" names Abdi, not "Abdi's").
func TestGold20enTitledSurnames(t *testing.T) {
	runRelCases(t, []relCase{
		{"Mr X leads", "en", "Mazloum Abdi, the SDF's commander, spoke. Mr Abdi leads the SDF.", []rel{
			{"mazloum-abdi", graph.Leads, "sdf", ""}, {"mazloum-abdi", graph.Leads, "sdf", ""}}},
		{"Mr X's forces", "en", "Mazloum Abdi, the SDF's commander, spoke. Turkey attacked Mr Abdi's forces.", []rel{
			{"mazloum-abdi", graph.Leads, "sdf", ""}, {"sdf", graph.Opposed, "turkey", ""}}},
		{"Mr X's main foreign backer", "en", "Ahmed al-Sharaa, Syria's interim president, spoke. Turkey is Mr Sharaa's main foreign backer.", []rel{
			{"ahmed-al-sharaa", graph.Leads, "syria", ""}, {"ahmed-al-sharaa", graph.Allied, "turkey", ""}}},
		{"fr: M. X", "fr", "Ahmed al-Charaa, le président syrien par intérim, a parlé. La Turquie soutient M. Charaa.", []rel{
			{"ahmed-al-sharaa", graph.Leads, "syria", ""}, {"ahmed-al-sharaa", graph.Allied, "turkey", ""}}},
	})
}

// TestGold20enPartialAcronym: an acronym of another language whose letters
// the English initials spell only in part keeps the whole capitalised
// name ("Nationalist Movement Party (MHP)", not "Movement Party"); one
// spelled in full keeps its start.
func TestGold20enPartialAcronym(t *testing.T) {
	runRelCases(t, []relCase{
		{"Nationalist Movement Party (MHP)", "en", "Devlet Bahçeli, the leader of the Nationalist Movement Party (MHP), backs Erdoğan.", []rel{
			{"devlet-bahceli", graph.Leads, "nationalist-movement-party", ""},
			{"devlet-bahceli", graph.Allied, "recep-tayyip-erdogan", ""}}},
		{"spelled in full", "en", "Iraq's Kurdistan Democratic Party (KDP) backs Turkey.", []rel{
			{"kurdistan-democratic-party", graph.Allied, "turkey", ""}}},
	})
}

// TestGold20enDemonymSpeakers: a state's officials who report that the
// enemy's weapons were foreign-made ("Indian officers told reporters that
// debris showed many of them were Turkish-made drones", "Thai military
// officials said some rockets came from Chinese-made launchers") are no
// recipient of them; a recipient the reported clause names stays.
func TestGold20enDemonymSpeakers(t *testing.T) {
	runRelCases(t, []relCase{
		{"officers told reporters that … Turkish-made", "en", "Indian officers told reporters that debris showed many of them were Turkish-made Songar drones, a claim Ankara did not address.", nil},
		{"officials said … came from Chinese-made", "en", "Thai military officials said some of the rockets fired in July came from Chinese-made launchers.", nil},
		{"the enemy's drones named", "en", "Indian officials said many of the Pakistani drones were Turkish-made.", []rel{
			{"turkey", graph.Supplies, "pakistan", "h"}}},
		{"the army had received", "en", "Malian officials said the army had received Turkish-made drones.", []rel{
			{"turkey", graph.Supplies, "mali", "h"}}},
	})
}

// TestGold20enLaunchPaths: goods sent "over the border", "across the Line
// of Control", « par-dessus la frontière » were launched, not delivered:
// the home state (the speaker) is no recipient; a delivery stays.
func TestGold20enLaunchPaths(t *testing.T) {
	runRelCases(t, []relCase{
		{"sent drones over the border", "en", "India says Pakistan sent some 300 drones over the border on 8 May.", nil},
		{"sent drones across the Line of Control", "en", "India says Pakistan sent waves of drones across the Line of Control.", nil},
		{"sent drones across the front line", "en", "Ukraine says Russia sent 500 drones across the front line overnight.", nil},
		{"a delivery stays", "en", "Mali says Russia delivered four helicopters last week.", []rel{{"russia", graph.Supplies, "mali", "h"}}},
		{"fr: par-dessus la frontière", "fr", "L'Inde affirme que le Pakistan a envoyé quelque 300 drones par-dessus la frontière le 8 mai.", nil},
		{"fr: une livraison reste", "fr", "Le Mali affirme que la Russie a livré quatre hélicoptères.", []rel{{"russia", graph.Supplies, "mali", "h"}}},
	})
}

// TestGold20enSharedSubjectSigned: "X banned Y in March 2024 and (in
// August) signed a security pact with Z": the second predicate's subject
// is X, past a month and the trigger's own article, not Y.
func TestGold20enSharedSubjectSigned(t *testing.T) {
	runRelCases(t, []relCase{
		{"and signed a security pact with", "en", "Iraq banned the PKK in March 2024 and signed a security pact with Turkey.", []rel{
			{"iraq", graph.Opposed, "pkk", ""}, {"iraq", graph.Allied, "turkey", ""}}},
		{"and in August signed a security pact with", "en", "Iraq banned the PKK in March 2024 and in August signed a security pact with Turkey.", []rel{
			{"iraq", graph.Opposed, "pkk", ""}, {"iraq", graph.Allied, "turkey", ""}}},
		{"expelled and signed", "en", "Niger expelled French troops and signed a defence pact with Russia.", []rel{
			{"france", graph.Opposed, "niger", ""}, {"niger", graph.Allied, "russia", ""}}},
		{"a noun subject of its own", "en", "Mali attacked the JNIM and the alliance with Russia held.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
	})
}

// TestGold20enHarbouring: harbouring or sheltering a group is allied
// (docs/CODEBOOK.md, "Harbouring fighters"), hedged as an accusation,
// negated when only denied; the accused of a relative on a government
// qualified by its capital is that government ("The Taliban government in
// Kabul, which Islamabad accuses of sheltering the TTP").
func TestGold20enHarbouring(t *testing.T) {
	runRelCases(t, []relCase{
		{"is accused by X of harbouring", "en", "The Patriotic Union of Kurdistan (PUK) is accused by Turkey of harbouring the PKK, which it denies.", []rel{
			{"patriotic-union-of-kurdistan", graph.Allied, "pkk", "h"}}},
		{"which X accuses of sheltering", "en", "The Taliban government in Kabul, which Islamabad accuses of sheltering the TTP, denies it.", []rel{
			{"afghanistan", graph.Allied, "ttp", "h"}}},
		{"denies harbouring", "en", "Chad denies harbouring the RSF.", []rel{
			{"chad", graph.Allied, "rsf", "n"}}},
		{"sheltered civilians: no actor", "en", "The UN sheltered civilians in its bases in Juba.", nil},
		{"fr: accusé d'abriter (as before)", "fr", "Le Rwanda est accusé par le Burundi d'abriter les rebelles de RED-Tabara.", []rel{
			{"red-tabara", graph.Allied, "rwanda", "h"}}},
	})
}

// TestGold20enDemonymBranches: a demonym inside an apposed branch role
// names where the branch is, not its owner ("PJAK, the PKK's Iranian
// affiliate", "Al-Shabaab, al-Qaeda's Somali affiliate", « les shebab, la
// branche somalienne d'al-Qaïda »): member_of the group; a branch in a
// list, with no name, gives no member ("struck … the Islamic State's
// Somali branch in … Puntland").
func TestGold20enDemonymBranches(t *testing.T) {
	runRelCases(t, []relCase{
		{"X, Y's Iranian affiliate", "en", "PJAK, the PKK's Iranian affiliate, said it would not disarm.", []rel{{"pjak", graph.MemberOf, "pkk", ""}}},
		{"X, Y's Somali affiliate", "en", "Al-Shabaab, al-Qaeda's Somali affiliate, attacked the base.", []rel{{"al-shabaab", graph.MemberOf, "al-qaeda", ""}}},
		{"a branch in a list", "en", "The US struck al-Shabaab around Mogadishu and the Islamic State's Somali branch in the Cal Miskaad mountains of Puntland.", []rel{
			{"al-shabaab", graph.Opposed, "united-states", ""}}},
		{"the Malian president stays", "en", "Assimi Goïta, the Malian president, spoke.", []rel{{"assimi-goita", graph.Leads, "mali", ""}}},
		{"fr: la branche iranienne du", "fr", "Le PJAK, la branche iranienne du PKK, refuse de désarmer.", []rel{{"pjak", graph.MemberOf, "pkk", ""}}},
		{"fr: la branche somalienne d'", "fr", "Les shebab, la branche somalienne d'al-Qaïda, ont attaqué la base.", []rel{{"al-shabaab", graph.MemberOf, "al-qaeda", ""}}},
		{"fr: le président malien de la transition reste", "fr", "Assimi Goïta, le président malien de la transition, a parlé.", []rel{{"assimi-goita", graph.Leads, "mali", ""}}},
	})
}

// TestGold20enPlacedUnderSanctions: "Washington put X under sanctions", «
// l'UE a placé les FSR sous sanctions »: the placing verb's subject
// imposes them (opposed); a verb coordinated after another clause, whose
// subject this reading cannot tell, gives none.
func TestGold20enPlacedUnderSanctions(t *testing.T) {
	runRelCases(t, []relCase{
		{"put X under sanctions", "en", "Washington put Gustavo Petro under sanctions on 24 October.", []rel{
			{"gustavo-petro", graph.Opposed, "united-states", ""}}},
		{"has now put X under sanctions", "en", "Washington has now put Gustavo Petro under sanctions.", []rel{
			{"gustavo-petro", graph.Opposed, "united-states", ""}}},
		{"placed X under sanctions", "en", "The EU placed the RSF under sanctions in 2024.", []rel{
			{"european-union", graph.Opposed, "rsf", ""}}},
		{"under US sanctions stays", "en", "Gustavo Petro was placed under US sanctions in October.", []rel{
			{"gustavo-petro", graph.Opposed, "united-states", ""}}},
		{"fr: a placé X sous sanctions", "fr", "L'UE a placé les FSR sous sanctions en 2024.", []rel{
			{"european-union", graph.Opposed, "rsf", ""}}},
		{"fr: a placé M. X sous sanctions", "fr", "Washington a placé M. Petro sous sanctions le 24 octobre.", []rel{
			{"gustavo-petro", graph.Opposed, "united-states", ""}}},
	})
}

// TestGold20enNounYears: a year that modifies an agreement noun ("under a
// 2018 contract", « un contrat de 2018 ») is a date of the sentence, as
// "in 2018" is; a year before another noun is none.
func TestGold20enNounYears(t *testing.T) {
	for _, tc := range []struct{ name, lang, text, want string }{
		{"a 2018 contract", "en", "India's S-400 air-defence systems, bought from Russia under a 2018 contract, were credited with stopping most of them.", "2018"},
		{"the 2024 deal", "en", "Serbia bought Rafale jets from France under the 2024 deal.", "2024"},
		{"fr: un contrat de 2018", "fr", "Les systèmes S-400 de l'Inde, achetés à la Russie dans le cadre d'un contrat de 2018, ont arrêté la plupart des drones.", "2018"},
		{"no agreement noun", "en", "Russia, which had 2018 troops in Syria, supplies Syria.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := run(t, tc.lang, tc.text)
			if len(c.Relations) == 0 || len(c.Relations[0].Evidence) == 0 {
				t.Fatalf("no relation")
			}
			if got := c.Relations[0].Evidence[0].Date.String(); got != tc.want {
				t.Errorf("date %q, want %q", got, tc.want)
			}
		})
	}
}

// TestGold20enOtherGivenName: a surname after another capitalised given
// name is another person of the family ("Masoud Barzani" after "Nechirvan
// Barzani"), not a later mention of the first; "Mr Barzani" and a bare
// "Barzani" still are.
func TestGold20enOtherGivenName(t *testing.T) {
	runRelCases(t, []relCase{
		{"another given name", "en", "Nechirvan Barzani, the region's president, spoke. Masoud Barzani has long cooperated with Turkey.", nil},
		{"Mr X stays", "en", "Nechirvan Barzani, the region's president, spoke. Mr Barzani has long cooperated with Turkey.", []rel{
			{"nechirvan-barzani", graph.Allied, "turkey", ""}}},
		{"a bare surname stays", "en", "Nechirvan Barzani, the region's president, spoke. Barzani has long cooperated with Turkey.", []rel{
			{"nechirvan-barzani", graph.Allied, "turkey", ""}}},
	})
}
