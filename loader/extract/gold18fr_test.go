package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/actorgraph/actorgraph/graph"
)

// TestQuotedNicknameApposition: a person no dictionary knows, followed by
// a quoted nickname between commas and then a group role, is found as a
// person past the nickname, as an unquoted nickname already was (discover.go,
// classify; gold18fr.go, quotedComma). The closing guillemet or quote
// before the comma hid the comma.
func TestQuotedNicknameApposition(t *testing.T) {
	runRelCases(t, []relCase{
		{"alias guillemets", "fr", "L'évasion de José Adolfo Macías, alias « Fito », le chef de Los Chapitos, a surpris.", []rel{
			{"jose-adolfo-macias", graph.Leads, "los-chapitos", ""}}},
		{"dit, porte-parole", "fr", "Ousmane Diallo, dit « le Général », porte-parole du JNIM, a démenti.", []rel{
			{"ousmane-diallo", graph.MemberOf, "jnim", ""}}},
		{"known as, quotes", "en", "José Adolfo Macías, known as \"Fito\", the leader of Los Chapitos, escaped.", []rel{
			{"jose-adolfo-macias", graph.Leads, "los-chapitos", ""}}},
		{"alias, commander", "en", "Juan Pérez, alias \"El Flaco\", a commander of the Sinaloa Cartel, was arrested.", []rel{
			{"juan-perez", graph.MemberOf, "sinaloa-cartel", ""}}},
		{"unquoted still", "fr", "José Adolfo Macías, alias Fito, le chef de Los Chapitos, s'est évadé.", []rel{
			{"jose-adolfo-macias", graph.Leads, "los-chapitos", ""}}},
		{"no role, nothing", "fr", "Ahmed Ould Salem, dit « Abou Moussa », a été vu à Gao.", nil},
	})
}

// TestNamingNotNegatedByVerb: a title or an apposition naming a leader
// inside the object of a negated or denying verb is the narrator's naming:
// the clause's negation does not reach it unless a copula makes the
// naming its predicate (analyse.go; gold18fr.go, namingNegated).
func TestNamingNotNegatedByVerb(t *testing.T) {
	runRelCases(t, []relCase{
		{"rejeté la proposition du président", "fr", "Les rebelles ont rejeté la proposition du président Emmanuel Macron.", []rel{
			{"emmanuel-macron", graph.Leads, "france", ""}}},
		{"rejected President's proposal", "en", "The rebels rejected the proposal of President Emmanuel Macron.", []rel{
			{"emmanuel-macron", graph.Leads, "france", ""}}},
		{"n'ont pas suivi", "fr", "Les électeurs n'ont pas suivi le président Emmanuel Macron.", []rel{
			{"emmanuel-macron", graph.Leads, "france", ""}}},
		{"role after demonym", "fr", "Le JNIM a rejeté l'offre du président malien Assimi Goïta.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
		{"apposition in a denied clause", "fr", "Bamako dément que le colonel Assimi Goïta, chef de la junte, ait rencontré Wagner.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
		{"supply denied, leader stands", "fr", "Le Rwanda dément avoir armé le M23, dirigé par Sultani Makenga.", []rel{
			{"rwanda", graph.Supplies, "m23", "n"}, {"sultani-makenga", graph.Leads, "m23", ""}}},
		{"copula keeps the negation", "fr", "Amadou Koufa n'est pas le chef du JNIM.", []rel{
			{"amadou-koufa", graph.Leads, "jnim", "n"}}},
	})
}

// TestReinforcementsAreTroops: reinforcements sent are troops (en.yaml,
// troop_nouns): to a mission their sender is a member of it, to a state
// its ally, not a supplier of fighters.
func TestReinforcementsAreTroops(t *testing.T) {
	runRelCases(t, []relCase{
		{"to a mission, ellipsis", "en", "Turkey sent reinforcements to KFOR, as did Romania.", []rel{
			{"turkey", graph.MemberOf, "kfor", ""}, {"romania", graph.MemberOf, "kfor", ""}}},
		{"to a mission, counted", "en", "Britain sent 200 reinforcements to KFOR after the attack.", []rel{
			{"united-kingdom", graph.MemberOf, "kfor", ""}}},
		{"to a state", "en", "Rwanda sent reinforcements to Mozambique in 2023.", []rel{
			{"mozambique", graph.Allied, "rwanda", ""}}},
		{"to a front: nothing", "en", "The Houthis sent reinforcements to the front near Marib.", nil},
	})
}

// TestFeminineHeadOfGovernment: « la Première ministre » is the title and
// role « le Premier ministre » is (fr.yaml: titles, leader_roles,
// state_head_titles, coref_titles); "première" folds apart from "premier".
func TestFeminineHeadOfGovernment(t *testing.T) {
	runRelCases(t, []relCase{
		{"demonym role", "fr", "La Première ministre italienne Giorgia Meloni a reçu le président tunisien.", []rel{
			{"giorgia-meloni", graph.Leads, "italy", ""}}},
		{"of the state, apposition", "fr", "Judith Suminwa, la Première ministre de la RDC, a dénoncé l'offensive du M23.", []rel{
			{"judith-suminwa", graph.Leads, "dr-congo", ""}, {"judith-suminwa", graph.Opposed, "m23", ""}}},
		{"former leads nothing", "fr", "Sheikh Hasina, l'ancienne Première ministre bangladaise, a fui en Inde.", nil},
	})
}

// TestSpanishArticleNames: a capitalised Spanish plural article opens the
// name of an armed group no dictionary knows, as a head noun does
// (org_heads: "Los", "Las"; "Los Choneros", "Los Lobos"); two such names
// coordinated are two actors (gold18fr.go, sameHeadCut); places named so
// are not names (not_names: "Los Angeles", "Las Vegas").
func TestSpanishArticleNames(t *testing.T) {
	runRelCases(t, []relCase{
		{"sanctioned", "fr", "Le Trésor américain a sanctionné Los Choneros en février 2024.", []rel{
			{"los-choneros", graph.Opposed, "united-states", ""}}},
		{"two names coordinated", "fr", "Washington a désigné Los Choneros et Los Lobos comme organisations terroristes étrangères.", []rel{
			{"los-choneros", graph.Opposed, "united-states", ""}, {"los-lobos", graph.Opposed, "united-states", ""}}},
		{"war between them", "fr", "Los Choneros et Los Lobos se livrent une guerre sans merci.", []rel{
			{"los-choneros", graph.Opposed, "los-lobos", ""}}},
		{"en", "en", "Los Lobos have fought Los Choneros for years.", []rel{
			{"los-choneros", graph.Opposed, "los-lobos", ""}}},
		{"army fights", "fr", "L'armée équatorienne combat Los Lobos depuis janvier 2024.", []rel{
			{"ecuador", graph.Opposed, "los-lobos", ""}}},
		{"a place", "fr", "Le cartel de Sinaloa a attaqué Las Vegas.", nil},
		{"a place en", "en", "The Sinaloa Cartel shipped cocaine to Los Angeles.", nil},
	})
}

// TestGivenNameShortForms: a person named in full after a title and a
// demonym between commas (« le Premier ministre thaïlandais, Anutin
// Charnvirakul, ») is discovered as a person, so that a later polite form
// by the given name (« M. Anutin », Thai, Malay, Cambodian usage) or by
// the surname is the same actor (discover.go, titled; gold18fr.go,
// givenNameForms).
func TestGivenNameShortForms(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"given name after apposition", "Le Premier ministre thaïlandais, Anutin Charnvirakul, a suspendu l'accord. M. Anutin accuse le Cambodge.",
			[]string{"anutin-charnvirakul", "cambodia", "thailand"}},
		{"surname after apposition", "Le Premier ministre thaïlandais, Oumarou Zerbaka, a parlé. M. Zerbaka a ajouté.",
			[]string{"oumarou-zerbaka", "thailand"}},
		{"given name after title", "Le colonel Anutin Charnvirakul a parlé. M. Anutin a ajouté.",
			[]string{"anutin-charnvirakul"}},
		// (names no dictionary knows: since gold18en the lexicon knows
		// Anutin Charnvirakul, and "Anutin" is his alias)
		{"shared given name: nothing merged", "Le colonel Somsak Charoenpol a parlé. Le général Somsak Zerbo a répondu. M. Somsak a ajouté.",
			[]string{"somsak", "somsak-charoenpol", "somsak-zerbo"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := run(t, "fr", tc.text)
			var ids []string
			for _, a := range c.Actors {
				ids = append(ids, a.ID)
			}
			assert.ElementsMatch(t, tc.want, ids)
		})
	}
}

// TestSubjectsAcrossRelative: two subjects coordinated across a relative
// clause between commas that qualifies the first (« A, qui …, et B
// sont ») are one group of subjects: the first was lost (analyse.go,
// group; gold18fr.go, relativeBeforeCoord).
func TestSubjectsAcrossRelative(t *testing.T) {
	runRelCases(t, []relCase{
		{"membres de", "fr", "La Croatie, qui a reçu de la France douze Rafale, et l'Albanie sont membres de l'OTAN.", []rel{
			{"france", graph.Supplies, "croatia", ""}, {"croatia", graph.MemberOf, "nato", ""}, {"albania", graph.MemberOf, "nato", ""}}},
		{"combattent", "fr", "Le Tchad, qui a quitté la force en 2024, et le Niger combattent Boko Haram.", []rel{
			{"boko-haram", graph.Opposed, "chad", ""}, {"boko-haram", graph.Opposed, "niger", ""}, {"chad", graph.Allied, "niger", ""}}},
		{"dont", "fr", "La Turquie, dont les drones ont changé la donne, et l'Égypte ont livré des armes à la Somalie.", []rel{
			{"turkey", graph.Supplies, "somalia", ""}, {"egypt", graph.Supplies, "somalia", ""}}},
		{"ont quitté", "fr", "Le Mali, qui combat le JNIM, et le Niger ont quitté la Cédéao.", []rel{
			{"jnim", graph.Opposed, "mali", ""}, {"mali", graph.MemberOf, "ecowas", "n"}, {"niger", graph.MemberOf, "ecowas", "n"}}},
	})
}

// TestBlacklists: placing an actor on a blacklist is a designation, as
// one as terrorist is (designation_nouns: « liste noire », "blacklist";
// en designation_verbs: placed, added, put): the subject opposes it.
func TestBlacklists(t *testing.T) {
	runRelCases(t, []relCase{
		{"placé sur sa liste noire", "fr", "Washington a placé le groupe Wagner sur sa liste noire en janvier.", []rel{
			{"united-states", graph.Opposed, "wagner-group", ""}}},
		{"in a relative", "fr", "Washington, qui avait placé le groupe Wagner sur sa liste noire en janvier, a sanctionné l'Africa Corps.", []rel{
			{"united-states", graph.Opposed, "wagner-group", ""}, {"africa-corps", graph.Opposed, "united-states", ""}}},
		{"added to its blacklist", "en", "The US added the Houthis to its blacklist in 2024.", []rel{
			{"houthis", graph.Opposed, "united-states", ""}}},
		{"placed on its blacklist", "en", "The EU placed the Wagner Group on its blacklist.", []rel{
			{"european-union", graph.Opposed, "wagner-group", ""}}},
		{"added goods: nothing", "en", "Turkey added drones to the arsenal of Somalia.", nil},
	})
}

// TestTitleWordsInNames: a title word that is a surname ("Erik Prince, le
// fondateur de") or opens a firm's name ending with a head noun ("Prince
// Group") is no title; a lower-case demonym before a name is no part of
// it (« le conglomérat cambodgien Prince Group »); "Group" heads a
// firm's name (org_heads). Real titles stay titles.
func TestTitleWordsInNames(t *testing.T) {
	runRelCases(t, []relCase{
		{"surname", "fr", "Le président a rencontré Erik Prince, le porte-parole de Blackwater.", []rel{
			{"erik-prince", graph.MemberOf, "blackwater", ""}}},
		{"firm after a demonym", "fr", "Le 14 octobre, les États-Unis et le Royaume-Uni ont sanctionné le conglomérat cambodgien Prince Group et son président, Chen Zhi, accusés de diriger un réseau de centres.", []rel{
			{"prince-group", graph.Opposed, "united-states", ""}, {"prince-group", graph.Opposed, "united-kingdom", ""}, {"chen-zhi", graph.Leads, "prince-group", ""},
			// sanctions on "X et son président, Y" reach Y (gold18en's sanction_words)
			{"chen-zhi", graph.Opposed, "united-states", ""}, {"chen-zhi", graph.Opposed, "united-kingdom", ""}}},
		{"firm en", "en", "Washington sanctioned the Prince Group conglomerate and its chairman, Chen Zhi.", []rel{
			{"prince-group", graph.Opposed, "united-states", ""}, {"chen-zhi", graph.Leads, "prince-group", ""}}}, // "chairman" a leader role since gold18en
		{"a real title", "en", "Saudi Crown Prince Mohammed bin Salman met Donald Trump.", []rel{
			{"mohammed-bin-salman", graph.Leads, "saudi-arabia", ""}}},
	})
}

// TestHostileNounInTimeFrame: a hostile noun in a time frame ("during the
// fighting", « pendant les combats »; temporal_frames) is when the clause
// happens: the clause's subject gets no hostility from it, unless the
// noun names its target ("during the fighting against JNIM", "during the
// assault on Tripoli"; gold18fr.go, framedHostility).
func TestHostileNounInTimeFrame(t *testing.T) {
	runRelCases(t, []relCase{
		{"neutral during", "en", "Thailand and Cambodia clashed. China stayed neutral during the fighting and urged the two countries to show restraint.", []rel{
			{"cambodia", graph.Opposed, "thailand", ""}}},
		{"pendant les combats", "fr", "La Thaïlande et le Cambodge se sont affrontés. Pékin s'est gardé de prendre parti pendant les combats et a appelé les deux capitales à la retenue.", []rel{
			{"cambodia", graph.Opposed, "thailand", ""}}},
		{"target named", "fr", "La Russie a livré des drones au Mali pendant les combats contre le JNIM.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"jnim", graph.Opposed, "mali", ""}}},
		{"target named en", "en", "Russia delivered drones to Mali during the fighting against JNIM.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"jnim", graph.Opposed, "mali", ""}}},
		{"a verb stays", "fr", "Le Hezbollah a tiré des roquettes sur Israël pendant la guerre.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
	})
}

// TestElectedHead: being elected or re-elected to a head of state's or
// government's title is an investiture (investiture_words: « a été élu »,
// "was elected"), dated by it; a title of another body is none.
func TestElectedHead(t *testing.T) {
	runRelCases(t, []relCase{
		{"élu président", "fr", "Le Tchad a fermé sa frontière. Mahamat Idriss Déby a été élu président en mai 2024.", []rel{
			{"mahamat-idriss-deby", graph.Leads, "chad", ""}}},
		{"elected president", "en", "Chad closed its border. Mahamat Idriss Déby was elected president in May 2024.", []rel{
			{"mahamat-idriss-deby", graph.Leads, "chad", ""}}},
		{"another body: nothing", "fr", "Le Tchad a fermé sa frontière. Succès Masra a été élu président de l'Assemblée nationale.", nil},
	})
}

// TestPurchaseGenitive: after a purchase noun (purchase_nouns) an actor
// in the genitive is the buyer, not the seller: no supply from it (« les
// achats de Belgrade inquiètent le Kosovo » made Serbia supply Kosovo);
// a seller after « auprès de » or « à » still supplies the buyer
// (seller_prepositions; gold18fr.go, buyerAfterPurchase).
func TestPurchaseGenitive(t *testing.T) {
	runRelCases(t, []relCase{
		{"genitive buyer", "fr", "Les achats de Belgrade inquiètent le Kosovo.", nil},
		{"genitive after goods", "fr", "Le Kosovo s'inquiète des achats d'armes de la Serbie.", nil},
		{"buyer and seller: no reversed pair", "fr", "Les achats d'armes du Mali à la Russie ont augmenté.", nil},
		{"auprès de", "fr", "Le Mali a finalisé l'achat de drones auprès de la Turquie.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"à", "fr", "Le Mali a finalisé l'achat de drones à la Turquie.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
	})
}

// TestHeadOfTheTime: « le président de l'époque, X » is a head of state's
// title (docs/CODEBOOK.md, "Le président de l'époque": leads), as « le
// président, X » is (fr: titles, leader_roles, state_head_titles).
func TestHeadOfTheTime(t *testing.T) {
	runRelCases(t, []relCase{
		{"président de l'époque", "fr", "Le Niger a rompu avec la France. Le président de l'époque, Mohamed Bazoum, a été renversé.", []rel{
			{"france", graph.Opposed, "niger", ""}, {"mohamed-bazoum", graph.Leads, "niger", ""}}},
		{"no name: nothing", "fr", "La Thaïlande a fermé sa frontière. Le président de l'époque a été renversé.", nil},
	})
}
