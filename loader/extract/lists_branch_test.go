package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestListsBranchIncluded: members listed after an including word, with
// a possessive member noun or an apposition naming a group of actors.
func TestListsBranchIncluded(t *testing.T) {
	runRelCases(t, []relCase{
		{"Its member gangs, among them", "en", "Viv Ansanm controls most of the capital. Its member gangs, among them 400 Mawozo and Johnson André's 5 Segonn, now hold the port.", []rel{
			{"johnson-andre", graph.Leads, "5-segonn", ""}, {"400-mawozo", graph.MemberOf, "viv-ansanm", ""}, {"5-segonn", graph.MemberOf, "viv-ansanm", ""}}},
		{"Its member gangs: the subject before, not the group named last", "en", "Viv Ansanm, the alliance that brings together the G9 and G-Pèp, was formed in 2023. Its member gangs, among them 400 Mawozo, now hold the port.", []rel{
			{"g9", graph.MemberOf, "viv-ansanm", ""}, {"g-pep", graph.MemberOf, "viv-ansanm", ""}, {"400-mawozo", graph.MemberOf, "viv-ansanm", ""}}},
		{"plusieurs de ses composantes, dont", "fr", "La CPC a été créée en 2020. Plusieurs de ses composantes, dont le groupe 3R et le MPC, ont signé l'accord.", []rel{
			{"3r", graph.MemberOf, "cpc", ""}, {"mpc", graph.MemberOf, "cpc", ""}}},
		{"a name with commas, then its short form", "fr", "La CPC a été créée en 2020. Plusieurs de ses composantes, dont le groupe Retour, réclamation et réhabilitation (3R), ont signé l'accord.", []rel{
			{"3r", graph.MemberOf, "cpc", ""}}},
		{"X, ces anciens mouvements rebelles, dont", "fr", "Des officiers ont des parents dans les rangs des forces conjointes du Darfour, ces anciens mouvements rebelles, dont le Mouvement pour la justice et l'égalité (MJE) et l'Armée de libération du Soudan (ALS).", []rel{
			{"jem", graph.MemberOf, "darfur-joint-force", ""}, {"sudan-liberation-movement", graph.MemberOf, "darfur-joint-force", ""}}},
		{"X, an alliance of groups, among them", "en", "JNIM, an alliance of jihadist groups, among them Ansar Dine and the Macina Liberation Front, attacked Malian troops.", []rel{
			{"ansar-dine", graph.Opposed, "mali", ""}, {"katiba-macina", graph.Opposed, "mali", ""},
			{"ansar-dine", graph.MemberOf, "jnim", ""}, {"katiba-macina", graph.MemberOf, "jnim", ""}}},
		{"X, a bloc of 15 states, including", "en", "ECOWAS, a bloc of 15 states, including Nigeria and Ghana, met in Abuja.", []rel{
			{"nigeria", graph.MemberOf, "ecowas", ""}, {"ghana", graph.MemberOf, "ecowas", ""}}},
		{"X, un bloc de quinze pays, dont", "fr", "La Cédéao, un bloc de quinze pays, dont le Nigeria et le Ghana, s'est réunie à Abuja.", []rel{
			{"nigeria", graph.MemberOf, "ecowas", ""}, {"ghana", graph.MemberOf, "ecowas", ""}}},
		{"X, qui regroupe six groupes armés, dont", "fr", "La CPC, qui regroupe à l'origine six des principaux groupes armés du pays, dont l'UPC et le MPC, a été créée en 2020.", []rel{
			{"upc", graph.MemberOf, "cpc", ""}, {"mpc", graph.MemberOf, "cpc", ""}}},
		{"dont l'Unité pour la paix en Centrafrique (UPC): a long name, then its short form", "fr", "La CPC, qui regroupe six groupes armés, dont l'Unité pour la paix en Centrafrique (UPC), a été créée en 2020.", []rel{
			{"upc", graph.MemberOf, "cpc", ""}}},
		{"X, which attacked several groups, including: no group", "en", "The CPC, which attacked several armed groups, including the UPC, was founded in 2020.", nil},
		// no group: a mere enumeration
		{"several countries, including: no group", "en", "Wagner, which operates in several countries, including Mali and Libya, was renamed Africa Corps.", nil},
		{"armed groups, including: no group", "en", "The RSF and several armed groups, including the SPLM-N, met in Nairobi.", nil},
		{"plusieurs pays, dont: pas de groupe (the listed recipients, gold19fr.go)", "fr", "La Russie a livré des armes à plusieurs pays, dont le Mali et le Niger.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "niger", ""}}},
		{"its allies, including: no members", "en", "Hezbollah, backed by its allies, including Iran, fought on.", nil},
	})
}

// TestListsBranchCoalitionNames: the coalition against the Islamic
// State named by its description is the Global Coalition, not the group.
func TestListsBranchCoalitionNames(t *testing.T) {
	runRelCases(t, []relCase{
		{"the coalition against the Islamic State group, which includes", "en", "Some 2,500 US troops serve in the coalition against the Islamic State group, which also includes soldiers from Britain.", []rel{
			{"united-states", graph.MemberOf, "global-coalition-against-daesh", ""}, {"united-kingdom", graph.MemberOf, "global-coalition-against-daesh", ""}}},
		{"la coalition contre le groupe État islamique", "fr", "La France a quitté la coalition contre le groupe État islamique en 2024.", []rel{
			{"france", graph.MemberOf, "global-coalition-against-daesh", "n"}}},
	})
}

// TestListsBranchCountedContingents: counted troops of an organisation
// and the shares they come from.
func TestListsBranchCountedContingents(t *testing.T) {
	runRelCases(t, []relCase{
		{"X a compté 2 000 militaires, venus de", "fr", "La SAMIM a compté jusqu'à 2 000 militaires, venus notamment d'Afrique du Sud, du Botswana et du Lesotho.", []rel{
			{"south-africa", graph.MemberOf, "samim", ""}, {"botswana", graph.MemberOf, "samim", ""}, {"lesotho", graph.MemberOf, "samim", ""}}},
		{"X has 1,000 personnel from", "en", "The MSS mission has 1,000 personnel from Kenya, Jamaica and Guatemala.", []rel{
			{"kenya", graph.MemberOf, "mss-haiti", ""}, {"jamaica", graph.MemberOf, "mss-haiti", ""}, {"guatemala", graph.MemberOf, "mss-haiti", ""}}},
		{"shares: about 750 from A, the rest from B and C", "en", "The Multinational Security Support mission was set up in 2023. Some 1,000 personnel have deployed: about 750 from Kenya, the rest from Jamaica, the Bahamas and Belize.", []rel{
			{"kenya", graph.MemberOf, "mss-haiti", ""}, {"jamaica", graph.MemberOf, "mss-haiti", ""}, {"bahamas", graph.MemberOf, "mss-haiti", ""}, {"belize", graph.MemberOf, "mss-haiti", ""}}},
		{"parts : environ 750 originaires du Kenya, les autres originaires de", "fr", "La mission multinationale d'appui à la sécurité a été créée en 2023. Quelque 1 000 policiers sont déployés : environ 750 originaires du Kenya, les autres originaires de Jamaïque, des Bahamas et du Belize.", []rel{
			{"kenya", graph.MemberOf, "mss-haiti", ""}, {"jamaica", graph.MemberOf, "mss-haiti", ""}, {"bahamas", graph.MemberOf, "mss-haiti", ""}, {"belize", graph.MemberOf, "mss-haiti", ""}}},
		// not the organisation's troops
		{"X said 20 soldiers from: a speaker", "en", "UNIFIL said 20 soldiers from Lebanon were wounded.", nil},
		{"shares after a state: no force", "en", "Haiti asked for help in 2023. Some 1,000 personnel have deployed: about 750 from Kenya, the rest from Jamaica.", nil},
	})
}

// TestListsBranchUnnamedTail: a list ending with a noun phrase of actors
// it does not name keeps every actor named before.
func TestListsBranchUnnamedTail(t *testing.T) {
	runRelCases(t, []relCase{
		{"with instructors from A, B, C and several Nordic countries", "en", "Operation Interflex has trained recruits since 2022, with instructors from Canada, Australia, New Zealand and several Nordic countries.", []rel{
			{"canada", graph.MemberOf, "operation-interflex", ""}, {"australia", graph.MemberOf, "operation-interflex", ""}, {"new-zealand", graph.MemberOf, "operation-interflex", ""}}},
		{"A, B, C and other countries formed", "en", "Mali, Burkina Faso, Niger and other countries formed the AES in 2023.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"niger", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		// no list without the noun of actors
		{"A, B and the rest of the world: no tail", "en", "Operation Interflex has trained recruits since 2022, with instructors from Canada, Australia and the rest of the world.", []rel{
			{"canada", graph.MemberOf, "operation-interflex", ""}}},
	})
}

// TestListsBranchLocativeStay: a member staying in the organisation the
// locative pronoun names, and the actors alongside it.
func TestListsBranchLocativeStay(t *testing.T) {
	runRelCases(t, []relCase{
		{"y reste, aux côtés de A, B et C", "fr", "La Force multinationale mixte combat Boko Haram. Le Tchad, qui avait menacé en novembre de quitter la force, y reste pour l'instant, aux côtés du Nigeria, du Cameroun et du Bénin.", []rel{
			{"boko-haram", graph.Opposed, "mnjtf", ""}, {"chad", graph.MemberOf, "mnjtf", ""}, {"nigeria", graph.MemberOf, "mnjtf", ""},
			{"cameroon", graph.MemberOf, "mnjtf", ""}, {"benin", graph.MemberOf, "mnjtf", ""}}},
		{"y participe, aux côtés de A et B", "fr", "La Minusca est déployée depuis 2014. Le Rwanda y participe, aux côtés du Burundi et du Maroc.", []rel{
			{"rwanda", graph.MemberOf, "minusca", ""}, {"burundi", graph.MemberOf, "minusca", ""}, {"morocco", graph.MemberOf, "minusca", ""}}},
		{"mais le Tchad y reste.", "fr", "La Force multinationale mixte combat Boko Haram. Le Niger a annoncé son départ, mais le Tchad y reste.", []rel{
			{"boko-haram", graph.Opposed, "mnjtf", ""}, {"chad", graph.MemberOf, "mnjtf", ""}}},
		// a state, not a membership
		{"y reste actif", "fr", "La Minusma a quitté Gao en 2023. Le JNIM y reste très actif.", nil},
		{"y reste suspendu", "fr", "L'Union africaine a tenu un sommet à Addis-Abeba. Le Mali y reste suspendu.", nil},
	})
}

// TestListsBranchInvertedSubject: the subject a fronted phrase and a
// copula put last opens the sentence for the possessives after it.
func TestListsBranchInvertedSubject(t *testing.T) {
	runRelCases(t, []relCase{
		{"At the heart of the crisis is X. Its fighters", "en", "At the heart of the crisis is the TTP, an alliance of militant factions. Its fighters have killed hundreds of Pakistani soldiers.", []rel{
			{"pakistan", graph.Opposed, "ttp", ""}}},
		{"Its fighters, who pledge allegiance to a leader, NAME, have killed", "en", "At the heart of the crisis is the TTP. Its fighters, who pledge allegiance to the Taliban's supreme leader, Hibatullah Akhundzada, have killed hundreds of Pakistani soldiers.", []rel{
			{"pakistan", graph.Opposed, "ttp", ""}, {"hibatullah-akhundzada", graph.Leads, "afghanistan", ""}}},
		// no copula: the actor is no subject
		{"At the heart of the crisis lies a dispute over X", "en", "At the heart of the crisis lies a long dispute between Kabul and Islamabad over the TTP. Its fighters attacked Pakistani troops.", nil},
	})
}

// TestListsBranchIntroRole: after an introductory phrase, the owner of
// the role opening the clause opens the sentence for the possessive
// roles of the next.
func TestListsBranchIntroRole(t *testing.T) {
	runRelCases(t, []relCase{
		{"Deux jours après, le secrétaire général de X, NAME, ... . Son porte-parole", "fr", "Deux jours après l'attaque, le secrétaire général de Kataeb Hezbollah, Ahmed al-Hamidawi, avait annoncé une pause. Son porte-parole militaire, Jaafar al-Husseini, a toutefois prévenu que le groupe n'avait pas renoncé.", []rel{
			{"ahmed-al-hamidawi", graph.Leads, "kataib-hezbollah", ""}, {"jaafar-al-husseini", graph.MemberOf, "kataib-hezbollah", ""}}},
		{"Two days later, the leader of X, NAME, ... . Its spokesman", "en", "Two days after the attack, the leader of Kataib Hezbollah, Ahmed al-Hamidawi, announced a pause. Its military spokesman, Jaafar al-Husseini, warned that the group had not given up.", []rel{
			{"ahmed-al-hamidawi", graph.Leads, "kataib-hezbollah", ""}, {"jaafar-al-husseini", graph.MemberOf, "kataib-hezbollah", ""}}},
		// a place after the introduction is no owner
		{"Deux jours après, à Bagdad, NAME ... . Son porte-parole", "fr", "Deux jours après l'attaque, près de Bagdad, des hommes ont défilé. Son porte-parole militaire, Jaafar al-Husseini, a prévenu.", nil},
	})
}

// TestListsBranchUnnamedParty: an ended agreement whose other party is
// named only by a relative or a possessive after it ends the alliance
// with the actor opening the sentence.
func TestListsBranchUnnamedParty(t *testing.T) {
	runRelCases(t, []relCase{
		{"X ..., Niamey ayant dénoncé l'accord qui encadrait leur présence", "fr", "Washington, dont le millier de militaires opérait depuis Agadez, a dû partir en août 2024, Niamey ayant dénoncé en mars l'accord de coopération militaire qui encadrait leur présence.", []rel{
			{"niger", graph.Allied, "united-states", "n"}, {"niger", graph.Opposed, "united-states", ""}}},
		{"X withdrew after Y revoked the agreement that governed its troops", "en", "Washington withdrew its drones in 2024 after Niamey revoked the military cooperation agreement that governed their presence.", []rel{
			{"niger", graph.Allied, "united-states", "n"}, {"niger", graph.Opposed, "united-states", ""}}},
		// no relative nor possessive: the party is unsaid (the hostile
		// "revoked" stays)
		{"Y revoked the agreement.", "en", "Washington withdrew its drones in 2024 after Niamey revoked the military cooperation agreement in March.", []rel{
			{"niger", graph.Opposed, "united-states", ""}}},
		// another actor between: not the opener's
		{"X, Z: Y revoked the agreement that governed their presence", "en", "Washington praised Chad in 2024 after Niamey revoked the military cooperation agreement that governed their presence.", []rel{
			{"niger", graph.Opposed, "united-states", ""}}},
	})
}

// TestListsBranchMemberPlaces: a relative of place after the group noun
// of an apposition lists members; "X and smaller factions" names no
// owner of the factions.
func TestListsBranchMemberPlaces(t *testing.T) {
	runRelCases(t, []relCase{
		{"X, a banner under which A, B, C and smaller factions operate", "en", "The attacks were the work of the Islamic Resistance in Iraq, a banner under which Kataib Hezbollah, Harakat al-Nujaba, Kataib Sayyid al-Shuhada and smaller factions operate.", []rel{
			{"kataib-hezbollah", graph.MemberOf, "islamic-resistance-in-iraq", ""}, {"harakat-al-nujaba", graph.MemberOf, "islamic-resistance-in-iraq", ""},
			{"kataib-sayyid-al-shuhada", graph.MemberOf, "islamic-resistance-in-iraq", ""}}},
		{"X, une bannière sous laquelle A et B combattent", "fr", "La CPC, une bannière sous laquelle l'UPC et le MPC combattent, a été créée en 2020.", []rel{
			{"upc", graph.MemberOf, "cpc", ""}, {"mpc", graph.MemberOf, "cpc", ""}}},
		{"A, B and smaller factions: no owner", "en", "Harakat al-Nujaba, Kataib Sayyid al-Shuhada and smaller factions operate in Iraq.", nil},
		// no group noun: a place
		{"X, a city under which", "en", "JNIM attacked Mali, a country in which Wagner and the army operate.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
	})
}

// TestListsBranchRunWith: a founding participle with a companion word in
// the apposition of a coalition lists its members.
func TestListsBranchRunWith(t *testing.T) {
	runRelCases(t, []relCase{
		{"X, run with A, B, C and several European countries", "en", "Britain's Operation Interflex, run with Canada, Australia, New Zealand and several European countries, had trained more than 50,000 recruits by the end of 2024.", []rel{
			{"canada", graph.MemberOf, "operation-interflex", ""}, {"australia", graph.MemberOf, "operation-interflex", ""}, {"new-zealand", graph.MemberOf, "operation-interflex", ""}}},
		{"the Tasis alliance, set up with X", "en", "The Tasis alliance, set up with the SPLM-N, named a government.", []rel{
			{"splm-n-al-hilu", graph.MemberOf, "tasis", ""}}},
		{"A and B run C", "en", "Mali, Burkina Faso and Niger run the AES confederation.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"niger", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		// with no actor: nothing; "run" on no organisation: nothing
		{"run with support", "en", "The AES, run with Russian support, expelled France.", []rel{
			{"alliance-of-sahel-states", graph.Opposed, "france", ""}}},
		{"A and B run mines", "en", "Mali and Wagner run the gold mines of Intahaka.", nil},
	})
}

// TestListsBranchPastApposition: a member list reads on past an
// apposition naming no actor to the member its coordinator adds.
func TestListsBranchPastApposition(t *testing.T) {
	runRelCases(t, []relCase{
		{"Among its members are A, notorious for ..., and B", "en", "Viv Ansanm was formed in 2023. Among its members are 400 Mawozo, notorious for the kidnapping of American missionaries in 2021, and Kraze Baryè.", []rel{
			{"400-mawozo", graph.MemberOf, "viv-ansanm", ""}, {"kraze-barye", graph.MemberOf, "viv-ansanm", ""}}},
		{"Parmi ses membres figurent A, connu pour ..., et B", "fr", "Viv Ansanm a été créée en 2023. Parmi ses membres figurent 400 Mawozo, connu pour l'enlèvement de missionnaires américains en 2021, et Kraze Baryè.", []rel{
			{"400-mawozo", graph.MemberOf, "viv-ansanm", ""}, {"kraze-barye", graph.MemberOf, "viv-ansanm", ""}}},
		// an actor in the apposition ends the list; a clause is no member
		{"A, allied with C, and B: not past an actor", "en", "Viv Ansanm was formed in 2023. Among its members are 400 Mawozo, long allied with the G9, and Kraze Baryè.", []rel{
			{"400-mawozo", graph.MemberOf, "viv-ansanm", ""}, {"400-mawozo", graph.Allied, "g9", ""}, {"400-mawozo", graph.Allied, "kraze-barye", ""}}},
	})
}

// TestListsBranchBackbone: "the backbone of" is a member role.
func TestListsBranchBackbone(t *testing.T) {
	runRelCases(t, []relCase{
		{"X, the backbone of Y", "en", "The YPG, the backbone of the SDF, fought the Islamic State.", []rel{
			{"islamic-state", graph.Opposed, "ypg", ""}, {"ypg", graph.MemberOf, "sdf", ""}}},
	})
}
