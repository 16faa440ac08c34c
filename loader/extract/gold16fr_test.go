package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestHelpAfterOwnedTarget: a help phrase after a hostile trigger whose
// object is a target noun an actor owns (« frappe les positions du
// JNIM », « contre les bastions de X ») helps the striker and fights the
// owner; it never allies the owner (relate.go, hostileBeforeTarget).
func TestHelpAfterOwnedTarget(t *testing.T) {
	runRelCases(t, []relCase{
		{"positions du", "fr", "Depuis janvier, l'armée burkinabè bombarde les positions du JNIM avec l'appui de la Turquie.", []rel{
			{"burkina-faso", graph.Opposed, "jnim", ""}, {"jnim", graph.Opposed, "turkey", ""}, {"burkina-faso", graph.Allied, "turkey", ""}}},
		{"no striker named", "fr", "Des frappes aériennes ont visé les camps de l'EIGS, avec le soutien de la France.", []rel{
			{"france", graph.Opposed, "islamic-state-sahel", ""}}},
		{"contre les bastions de", "fr", "Une unité spéciale mène des raids contre les bastions d'al-Shabaab avec l'aide des États-Unis.", []rel{
			{"al-shabaab", graph.Opposed, "united-states", ""}}},
	})
}

// TestJointBodyNoAnaphor: a kind noun with a joint adjective after it
// (« la force conjointe », « l'opération mixte ») is a body the article
// has not named, not an anaphor of the last mission (relate.go,
// anaphorMentions).
func TestJointBodyNoAnaphor(t *testing.T) {
	runRelCases(t, []relCase{
		{"la force conjointe", "fr", "L'Union européenne a déployé sa mission EUCAP Sahel Niger en 2012. Le Niger a apporté un appui logistique à la force conjointe chargée de surveiller la frontière.", nil},
		{"la force seule", "fr", "L'Union européenne a déployé sa mission EUCAP Sahel Niger en 2012. Le Niger a apporté un appui logistique à la force.", []rel{
			{"eucap-sahel-niger", graph.Allied, "niger", ""}}},
	})
}

// TestDesignationPastOwner: a designation list whose last group is owned
// by a named leader (« le gang X de Y, qui ..., parmi les organisations
// terroristes ») still reaches the designation noun (blind.go,
// designationRules).
func TestDesignationPastOwner(t *testing.T) {
	runRelCases(t, []relCase{
		{"gang de", "fr", "Washington a classé le gang 5 Segonn de Johnson André, qui contrôle le bas de la ville, parmi les organisations terroristes.", []rel{
			{"5-segonn", graph.Opposed, "united-states", ""}, {"johnson-andre", graph.Leads, "5-segonn", ""}}},
		{"of a leader", "en", "The United States designated Viv Ansanm and the 5 Segonn gang of Johnson André as terrorist organisations.", []rel{
			{"united-states", graph.Opposed, "viv-ansanm", ""}, {"5-segonn", graph.Opposed, "united-states", ""}, {"johnson-andre", graph.Leads, "5-segonn", ""}}},
	})
}

// TestNonSecurityAgreements: an agreement or partnership qualified as
// civil nuclear or economic, after the trigger or right before it ("a
// civil nuclear cooperation agreement", "an economic partnership"), is
// no alliance; a non-security word inside an actor's name ("la
// Communauté économique des États de l'Afrique de l'Ouest") qualifies
// nothing (non_security; relate.go, nonSecurity, nonSecurityBefore).
func TestNonSecurityAgreements(t *testing.T) {
	runRelCases(t, []relCase{
		{"nucléaire civil", "fr", "Moscou a signé avec Niamey un accord de coopération dans le nucléaire civil.", nil},
		{"civil nuclear before", "en", "Moscow signed a civil nuclear cooperation agreement with Niamey.", nil},
		{"economic before", "en", "Moscow signed an economic cooperation agreement with Niamey.", nil},
		{"military stays", "en", "Moscow signed a military cooperation agreement with Niamey.", []rel{
			{"niger", graph.Allied, "russia", ""}}},
		{"name with économique", "fr", "Le Tchad appuie la Communauté économique des États de l'Afrique centrale.", []rel{
			{"chad", graph.Allied, "eccas", ""}}},
	})
}

// TestHostingBases: hosting a foreign state's bases (« héberge des bases
// militaires françaises », « accueille une base chinoise ») is allied
// (docs/CODEBOOK.md); hosting refugees is nothing.
func TestHostingBases(t *testing.T) {
	runRelCases(t, []relCase{
		{"héberger des bases", "fr", "Le Tchad héberge des bases militaires françaises depuis les années 1980.", []rel{
			{"chad", graph.Allied, "france", ""}}},
		{"accueille une base", "fr", "Djibouti accueille une base navale chinoise.", []rel{
			{"china", graph.Allied, "djibouti", ""}}},
		{"accusé d'héberger", "fr", "Bamako accuse Alger d'héberger des bases de rebelles du FLA.", []rel{
			{"algeria", graph.Allied, "fla", "h"}}},
		{"réfugiés", "fr", "Le Tchad accueille des centaines de milliers de réfugiés soudanais.", nil},
	})
}

// TestDeployedByParent: an organisation in apposition with a deploy
// participle whose agent is another organisation, right after it or past
// a date (« la SAMIM, déployée en 2021 par la SADC »), is a member of it;
// the purpose after the agent is the apposition's head's (relate.go,
// participleBefore; blind.go, deployedByRules), and "y" in the next
// sentence is the mission.
func TestDeployedByParent(t *testing.T) {
	runRelCases(t, []relCase{
		{"déployée en 2021 par", "fr", "La SAMIM, déployée en 2021 par la SADC pour appuyer l'armée mozambicaine, a quitté le pays en 2024. Le Botswana y avait envoyé des troupes.", []rel{
			{"samim", graph.MemberOf, "sadc", ""}, {"mozambique", graph.Allied, "samim", ""}, {"botswana", graph.MemberOf, "samim", ""}}},
		{"deployed in 2022 by", "en", "ATMIS, deployed in 2022 by the African Union to support the Somali army, withdrew in 2024.", []rel{
			{"atmis", graph.MemberOf, "african-union", ""}}},
		// a participle qualifying a noun keeps its agent as the actor
		{"plainte déposée en mars par", "fr", "La plainte déposée en mars par le Soudan contre les Émirats arabes unis a été rejetée.", []rel{
			{"sudan", graph.Opposed, "united-arab-emirates", ""}}},
	})
}

// TestCountsContingents: a mission that "counts contingents of" states
// (« la MINUSCA compte des contingents du Rwanda et du Burundi ») has
// them as members, as « réunit des contingents » does (member_of
// passive triggers).
func TestCountsContingents(t *testing.T) {
	runRelCases(t, []relCase{
		{"compte des contingents", "fr", "La MINUSCA compte des contingents du Rwanda, du Burundi et du Maroc.", []rel{
			{"rwanda", graph.MemberOf, "minusca", ""}, {"burundi", graph.MemberOf, "minusca", ""}, {"morocco", graph.MemberOf, "minusca", ""}}},
		{"a compté des troupes", "fr", "L'AMISOM a compté des troupes de l'Ouganda et du Kenya.", []rel{
			{"uganda", graph.MemberOf, "amisom", ""}, {"kenya", graph.MemberOf, "amisom", ""}}},
	})
}

// TestPaidToForces: money paid to a state's forces (« a versé 20
// millions d'euros aux forces rwandaises », "paid ... to Rwandan
// forces") is supplies to the state, not troops sent (arming_verbs);
// Brussels, the seat of the European Union, stands for it.
func TestPaidToForces(t *testing.T) {
	runRelCases(t, []relCase{
		{"a versé aux forces", "fr", "L'Union européenne a versé 20 millions d'euros aux forces rwandaises en 2022.", []rel{
			{"european-union", graph.Supplies, "rwanda", ""}}},
		{"Bruxelles a débloqué", "fr", "Bruxelles a débloqué 15 millions d'euros pour les soldats mozambicains.", []rel{
			{"european-union", graph.Supplies, "mozambique", ""}}},
		{"paid to forces", "en", "Brussels paid 20 million euros to Rwandan forces in 2022.", []rel{
			{"european-union", graph.Supplies, "rwanda", ""}}},
		{"a place", "fr", "Les ministres de la Défense se sont réunis à Bruxelles.", nil},
	})
}

// TestOwnMissionNoGroup: a member_of trigger whose object is the
// subject's own body (« au sein de sa mission EUTM Mozambique ») makes
// that body a member of the subject, not the subject a member of it.
func TestOwnMissionNoGroup(t *testing.T) {
	runRelCases(t, []relCase{
		{"au sein de sa mission", "fr", "L'Union européenne a formé, de 2013 à 2022, des bataillons maliens au sein de sa mission EUTM Mali.", []rel{
			{"eutm-mali", graph.MemberOf, "european-union", ""}, {"european-union", graph.Trains, "mali", ""}}},
		{"au sein de la mission", "fr", "Le Tchad sert au sein de la MINUSMA.", []rel{
			{"chad", graph.MemberOf, "minusma", ""}}},
	})
}

// TestWithdrawalNoun: a withdrawal named by a noun, with a completion
// phrase later in the sentence, is a completed departure of each actor
// listed (member_of negated); an announced or future one is nothing
// (withdrawal_nouns, completion_phrases; blind.go, withdrawalRules).
func TestWithdrawalNoun(t *testing.T) {
	runRelCases(t, []relCase{
		{"retrait effectif", "fr", "Le 29 janvier, le retrait du Mali et du Niger de la CEDEAO, annoncé un an plus tôt, est devenu effectif.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}, {"niger", graph.MemberOf, "ecowas", "n"}}},
		{"sortie effective depuis", "fr", "La sortie du Tchad de la Force multinationale mixte est effective depuis mars.", []rel{
			{"chad", graph.MemberOf, "mnjtf", "n"}}},
		{"took effect", "en", "The withdrawal of Burkina Faso from ECOWAS took effect in January.", []rel{
			{"burkina-faso", graph.MemberOf, "ecowas", "n"}}},
		{"future", "fr", "Le retrait du Mali de la CEDEAO deviendra effectif en janvier.", nil},
		{"announced", "en", "The withdrawal of Mali from ECOWAS was announced in January.", nil},
	})
}

// TestChiefExecutives: « PDG », "CEO" are leader roles (leader_roles),
// and a possessive role opening a sentence whose sentence before opens
// with no actor names the actor the lexicon says the person heads when
// that one was named last of its kind (blind.go, ledRecent).
func TestChiefExecutives(t *testing.T) {
	runRelCases(t, []relCase{
		{"le PDG de", "fr", "Le PDG de Baykar, Haluk Bayraktar, a présenté un nouveau drone.", []rel{
			{"haluk-bayraktar", graph.Leads, "baykar", ""}}},
		{"CEO", "en", "TotalEnergies CEO Patrick Pouyanné said the project would resume.", []rel{
			{"patrick-pouyanne", graph.Leads, "totalenergies", ""}}},
		{"son PDG", "fr", "Le terminal gazier exploité par TotalEnergies est fermé depuis 2021. Son PDG, Patrick Pouyanné, promet une reprise.", []rel{
			{"patrick-pouyanne", graph.Leads, "totalenergies", ""}}},
	})
}

// TestInvestiture: an investiture word before a state head title makes
// the person head of the state named after the title, or of the home
// state when the lexicon says the person heads it; another body's
// presidency or a foreign leader is nothing (investiture_words; blind.go,
// investitureRules).
func TestInvestiture(t *testing.T) {
	runRelCases(t, []relCase{
		{"investi en tête", "fr", "Le Niger a quitté la CEDEAO. Investi le 26 mars président de la République, le général Abdourahamane Tiani a salué ce départ.", []rel{
			{"niger", graph.MemberOf, "ecowas", "n"}, {"abdourahamane-tiani", graph.Leads, "niger", ""}}},
		{"sworn in as President of", "en", "Mahamat Idriss Déby was sworn in as President of Chad in May 2024.", []rel{
			{"mahamat-idriss-deby", graph.Leads, "chad", ""}}},
		{"another body", "fr", "Le Niger a quitté la CEDEAO. Investi président de l'Assemblée, Abdourahamane Tiani a salué ce départ.", []rel{
			{"niger", graph.MemberOf, "ecowas", "n"}}},
		{"a foreign leader", "fr", "Le Niger a quitté la CEDEAO. Bassirou Diomaye Faye, investi président en avril 2024, a regretté ce départ.", []rel{
			{"niger", graph.MemberOf, "ecowas", "n"}}},
	})
}

// TestCalledByLocals: a name after « d'appeler » (« que les habitants
// continuent d'appeler « al-Shabaab » ») is a nickname of the actor
// before, no actor of its own (nicknames), so « le groupe » after it is
// that actor.
func TestCalledByLocals(t *testing.T) {
	runRelCases(t, []relCase{
		{"d'appeler", "fr", "L'État islamique au Mozambique, que les villageois continuent d'appeler « al-Shabaab », a attaqué Mocímboa da Praia. Le groupe a prêté allégeance à l'État islamique en 2019.", []rel{
			{"islamic-state-mozambique", graph.MemberOf, "islamic-state", ""}}},
	})
}

// TestPossessivePlurals: a plural possessive opening a sentence before a
// plural anaphor noun (« Leurs armées », "Their armies") stands for the
// last list of that kind named together when the sentence before opened
// with one of them (plural_possessives; blind.go, possessivePlurals).
func TestPossessivePlurals(t *testing.T) {
	runRelCases(t, []relCase{
		{"leurs armées", "fr", "Le Tchad et le Niger ont signé un accord en mars. Leurs armées mènent désormais des patrouilles conjointes.", []rel{
			{"chad", graph.Allied, "niger", ""}}},
		{"their armies", "en", "Chad and Niger met in March. Their armies now run joint patrols along the border.", []rel{
			{"chad", graph.Allied, "niger", ""}}},
		// the sentence before opens with no member of the list
		{"no opener", "fr", "Le Bénin observe de près le Tchad et le Niger. Leurs armées mènent désormais des patrouilles conjointes.", nil},
	})
}

// TestTreasury: the US Treasury (« le Trésor américain », "the Treasury
// Department") is an institution of the United States (states.yaml).
func TestTreasury(t *testing.T) {
	runRelCases(t, []relCase{
		{"Trésor américain", "fr", "Le Trésor américain a sanctionné Jimmy Chérizier en 2022.", []rel{
			{"jimmy-cherizier", graph.Opposed, "united-states", ""}}},
		{"Treasury Department", "en", "The Treasury Department sanctioned Jimmy Chérizier in 2022.", []rel{
			{"jimmy-cherizier", graph.Opposed, "united-states", ""}}},
	})
}

// TestReliesOnNoIntent: « compte sur » (relies on) starts with the intent
// cue « compte » but states no plan: the alliance after it stands
// (not_intent); « compte livrer » stays a plan.
func TestReliesOnNoIntent(t *testing.T) {
	runRelCases(t, []relCase{
		{"compte sur ses alliés", "fr", "L'armée centrafricaine compte sur ses alliés rwandais.", []rel{
			{"central-african-republic", graph.Allied, "rwanda", ""}}},
		{"compte d'abord sur", "fr", "Le Mali compte d'abord sur ses partenaires russes.", []rel{
			{"mali", graph.Allied, "russia", ""}}},
		{"compte livrer", "fr", "La Russie compte livrer des drones au Mali.", nil},
	})
}

// TestFacingOpener: a sentence opening with « Face à X, » / "Facing X,"
// (X a state or an armed group, or « lui » for the subject of the
// sentence before) makes the first actor after the comma X's enemy
// (facing_openers; blind.go, facingRules); a thing faced is nothing.
func TestFacingOpener(t *testing.T) {
	runRelCases(t, []relCase{
		{"face au", "fr", "Face au JNIM, l'armée burkinabè a recruté des milliers de volontaires.", []rel{
			{"burkina-faso", graph.Opposed, "jnim", ""}}},
		{"face à lui", "fr", "L'EIGS multiplie les attaques. Face à lui, l'armée nigérienne compte sur ses alliés russes.", []rel{
			{"islamic-state-sahel", graph.Opposed, "niger", ""}, {"niger", graph.Allied, "russia", ""}}},
		{"face à lui, one actor", "fr", "L'EIGS multiplie les attaques. Face à lui, l'armée nigérienne a renforcé ses positions.", []rel{
			{"islamic-state-sahel", graph.Opposed, "niger", ""}}},
		{"facing", "en", "Facing al-Shabaab, the Somali army has recruited thousands of soldiers.", []rel{
			{"al-shabaab", graph.Opposed, "somalia", ""}}},
		{"a thing", "fr", "Face aux critiques de Paris, Bamako a durci le ton.", nil},
	})
}

// TestPossessedUnits: « ses unités », "its units" opening a clause are
// the forces of the subject of the sentence before, as « ses troupes »
// are (leader_forces).
func TestPossessedUnits(t *testing.T) {
	runRelCases(t, []relCase{
		{"ses unités", "fr", "L'armée burkinabè a lancé une offensive dans le Sahel. En mars, ses unités, épaulées par des soldats nigériens, ont repris Djibo.", []rel{
			{"burkina-faso", graph.Allied, "niger", ""}}},
	})
}
