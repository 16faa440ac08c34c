package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestIndefiniteRoleNameAfter: an indefinite leader role whose holder is
// a name no dictionary knows, read after it (« une accusation que son
// homologue algérien, Ahmed Attaf, rejette »), is a mention added past the
// sentence's own: keeping only persons must not index the sentence's
// mentions with it (relate.go, roleRules; it panicked).
func TestIndefiniteRoleNameAfter(t *testing.T) {
	runRelCases(t, []relCase{
		{"homologue", "fr", "Le ministre malien des Affaires étrangères, Abdoulaye Diop, accuse régulièrement Alger de « sponsoriser le terrorisme », une accusation que son homologue algérien, Ahmed Attaf, rejette comme « indigne ».", nil},
	})
}

// TestCoordinatedAttacks: coordinating one's attacks or operations with a
// group (« coordonner ses attaques avec le JNIM ») is allied, as "en
// coordination avec" is, not a hostile "attaques avec" (fr.yaml, allied
// triggers).
func TestCoordinatedAttacks(t *testing.T) {
	runRelCases(t, []relCase{
		{"accusé, démenti", "fr", "La junte accuse le FLA de coordonner ses attaques avec le JNIM, ce que les rebelles démentent.", []rel{
			{"fla", graph.Allied, "jnim", "h"}}},
		{"opérations", "fr", "Le FLA coordonne ses opérations avec le JNIM.", []rel{
			{"fla", graph.Allied, "jnim", ""}}},
	})
}

// TestSupplyCorridor: serving as a group's supply corridor is allied, as a
// rear base is (docs/CODEBOOK.md, "Supply corridors"; fr.yaml).
func TestSupplyCorridor(t *testing.T) {
	runRelCases(t, []relCase{
		{"accusé", "fr", "Le Soudan accuse le Tchad de servir de couloir d'approvisionnement aux FSR.", []rel{
			{"chad", graph.Allied, "rsf", "h"}}},
	})
}

// TestIntelligenceGiven: giving or sharing intelligence is allied, not
// supplies (docs/CODEBOOK.md, "Intelligence sharing"); the bare "échangent
// des renseignements" names no partner and gives nothing.
func TestIntelligenceGiven(t *testing.T) {
	runRelCases(t, []relCase{
		{"fourni des renseignements", "fr", "Selon des médias algériens, l'Ukraine aurait fourni des renseignements au FLA lors des combats.", []rel{
			{"fla", graph.Allied, "ukraine", "h"}}},
		{"drones stay supplies", "fr", "L'Ukraine a fourni des drones au FLA.", []rel{
			{"ukraine", graph.Supplies, "fla", ""}}},
		{"échangent avec", "fr", "La France échange des renseignements avec le Tchad.", []rel{
			{"chad", graph.Allied, "france", ""}}},
		{"no partner", "fr", "Les deux pays continuent d'échanger des renseignements sur la situation au Soudan.", nil},
	})
}

// TestMustFace: « doit faire face à » states a present fight, not an
// obligation to come (fr.yaml, not_intent).
func TestMustFace(t *testing.T) {
	runRelCases(t, []relCase{
		{"doit faire face", "fr", "L'armée nigérienne doit aussi faire face à l'État islamique au Sahel.", []rel{
			{"islamic-state-sahel", graph.Opposed, "niger", ""}}},
	})
}

// TestLexiconGold17fr: actors and leaders the seventeenth session's French
// articles name (the Cemoc; Viktor Orbán heads Hungary's government, so «
// le gouvernement de Viktor Orbán » is Hungary's, not another state's).
func TestLexiconGold17fr(t *testing.T) {
	runRelCases(t, []relCase{
		{"Cemoc", "fr", "Le Mali s'est retiré du Comité d'état-major opérationnel conjoint (Cemoc), une structure basée à Tamanrasset qui réunit l'Algérie, la Mauritanie et le Niger.", []rel{
			{"mali", graph.MemberOf, "cemoc", "n"}, {"algeria", graph.MemberOf, "cemoc", ""}, {"mauritania", graph.MemberOf, "cemoc", ""}, {"niger", graph.MemberOf, "cemoc", ""}}},
		{"gouvernement de Viktor Orbán", "fr", "Le gouvernement de Viktor Orbán accuse le Rwanda.", []rel{
			{"viktor-orban", graph.Leads, "hungary", ""}}},
	})
}

// TestPlaceOpener: a home institution right after a clause that opens on
// a state as its place (« Au Niger, l'armée ... », « ; au Niger, l'armée »)
// is that state's, not the home state's; a companion (« Avec le Niger, »)
// is no place; a neighbour noun may stand between a state and « où » («
// le Soudan voisin, où l'armée ») (gold17fr.go, placeOpener; relate.go,
// placeRelative).
func TestPlaceOpener(t *testing.T) {
	runRelCases(t, []relCase{
		{"au Niger", "fr", "Le Mali est en crise. Au Niger, l'armée combat l'État islamique au Sahel.", []rel{
			{"islamic-state-sahel", graph.Opposed, "niger", ""}}},
		{"after a semicolon", "fr", "Le Mali est en crise. Au Burkina Faso, le JNIM contrôle une large partie du territoire ; au Niger, l'armée doit aussi faire face à l'État islamique au Sahel.", []rel{
			{"burkina-faso", graph.Opposed, "jnim", ""}, // disputed territory (docs/CODEBOOK.md; gold20fr.go, openerStateRules)
			{"islamic-state-sahel", graph.Opposed, "niger", ""}}},
		{"avec is no place", "fr", "Le Mali est en crise. Avec le Niger, l'armée combat l'État islamique au Sahel.", []rel{
			{"islamic-state-sahel", graph.Opposed, "mali", ""}}},
		{"voisin, où", "fr", "Le Tchad reçoit des blindés. Ce rapprochement inquiète le Soudan voisin, où l'armée affronte les FSR.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
	})
}

// TestStatesOfOrganisation: « les États de l'AES » followed by the list
// of them names members, as « les pays de l'AES » does (fr.yaml,
// member_roles).
func TestStatesOfOrganisation(t *testing.T) {
	runRelCases(t, []relCase{
		{"entre tirets", "fr", "Les trois États de l'Alliance des États du Sahel (AES) – le Mali, le Burkina Faso et le Niger – ont rappelé leurs ambassadeurs.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"niger", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		{"autres États", "fr", "Le Niger, comme les autres États de la Cédéao, a été sanctionné.", []rel{
			{"niger", graph.MemberOf, "ecowas", ""}}},
	})
}

// TestTitleApposition: a head-of-state title with the person in
// apposition after a comma, an article and a rank between (« le Premier
// ministre, le général Abdoulaye Maïga ») is a title naming him
// (gold17fr.go, titleApposition; relate.go, headRules).
func TestTitleApposition(t *testing.T) {
	runRelCases(t, []relCase{
		{"Premier ministre, le général", "fr", "Le Premier ministre, le général Abdoulaye Maïga, a parlé.", []rel{
			{"abdoulaye-maiga", graph.Leads, "mali", ""}}},
		{"président, le général", "fr", "Le président, le général Abdourahamane Tiani, a parlé.", []rel{
			{"abdourahamane-tiani", graph.Leads, "niger", ""}}},
		{"homologue is no head", "fr", "Son homologue, le général Tiani, a reçu le ministre.", nil},
	})
}

// TestQuotedWordsBeforeSpeaker: a quotation closed before its speaker
// (« « Nous ne céderons pas », a déclaré le président X », "\"We will
// not yield,\" said President X") is neither the speaker of a leading
// report nor a negation of the title naming the speaker; the quotation's
// own relations stay reported (gold17fr.go, quoteClosesBefore; hedge.go,
// leadingReport; analyse.go).
func TestQuotedWordsBeforeSpeaker(t *testing.T) {
	runRelCases(t, []relCase{
		{"négation citée", "fr", "« Nous ne céderons pas », a déclaré le président Abdelmadjid Tebboune.", []rel{
			{"abdelmadjid-tebboune", graph.Leads, "algeria", ""}}},
		{"citation", "fr", "« Nous résisterons », a déclaré le président Abdelmadjid Tebboune.", []rel{
			{"abdelmadjid-tebboune", graph.Leads, "algeria", ""}}},
		{"en", "en", "\"We will not yield,\" said President Abdelmadjid Tebboune.", []rel{
			{"abdelmadjid-tebboune", graph.Leads, "algeria", ""}}},
		{"Premier ministre", "fr", "« L'État ne discutera pas avec des terroristes », a répété le Premier ministre, le général Abdoulaye Maïga, lors d'une allocution télévisée.", []rel{
			{"abdoulaye-maiga", graph.Leads, "mali", ""}}},
		{"quoted claim stays reported", "fr", "« La Turquie a livré des drones au Burkina Faso », a déclaré le président Assimi Goïta.", []rel{
			{"turkey", graph.Supplies, "burkina-faso", "h"}, {"assimi-goita", graph.Leads, "mali", ""}}},
	})
}

// TestEnvoyObject: expelling an ambassador is not opposed, as recalling
// one is not, and sanctions on an official named by title only give no
// relation with his state; troops and missions expelled stay opposed,
// and a person named after the title is the object (docs/CODEBOOK.md;
// gold17fr.go, envoyObject).
func TestEnvoyObject(t *testing.T) {
	runRelCases(t, []relCase{
		{"ambassadeur de France", "fr", "Bamako a expulsé l'ambassadeur de France en janvier 2022.", nil},
		{"son ambassadeur", "fr", "La France n'a plus de soldats au Mali ; Bamako a expulsé son ambassadeur.", nil},
		{"French ambassador", "en", "Niamey expelled the French ambassador in 2023.", nil},
		{"troops stay", "en", "Niamey expelled French troops in 2023.", []rel{
			{"france", graph.Opposed, "niger", ""}}},
		{"mission stays", "fr", "Le Mali a expulsé la mission de l'ONU.", []rel{
			{"mali", graph.Opposed, "united-nations", ""}}},
		{"minister by title", "fr", "Washington a sanctionné le ministre rwandais.", nil},
		{"minister named", "fr", "Washington a sanctionné le ministre rwandais James Kabarebe.", []rel{
			{"james-kabarebe", graph.Opposed, "united-states", ""}}},
	})
}

// TestContrastClause: a negation does not reach a trigger in a clause
// opened after it by a comma and « mais » / "but" (« n'a pas envoyé de
// carburant, mais le Niger a livré »); a possessive subject opening that
// clause (« , mais ses soldats traquent ») is the sentence's first actor's,
// not the actor right before the comma (gold17fr.go, contrastClause,
// contrastPossessive; analyse.go).
func TestContrastClause(t *testing.T) {
	runRelCases(t, []relCase{
		{"mais le Niger", "fr", "Le Burkina Faso n'a pas envoyé de carburant, mais le Niger a livré des armes au Mali.", []rel{
			{"niger", graph.Supplies, "mali", ""}}},
		{"mais ses soldats", "fr", "Le Burkina Faso n'a pas envoyé de carburant, mais ses soldats mènent des patrouilles conjointes avec les FAMa.", []rel{
			{"burkina-faso", graph.Allied, "mali", ""}}},
		{"but its soldiers", "en", "Burkina Faso has not sent fuel, but its soldiers run joint patrols with the Malian army.", []rel{
			{"burkina-faso", graph.Allied, "mali", ""}}},
		{"possessor is the subject", "fr", "L'Ouganda ne fait pas partie de la mission de la SADC (SAMIDRC), mais ses soldats traquent les ADF en Ituri.", []rel{
			{"uganda", graph.MemberOf, "sadc", "n"}, {"adf", graph.Opposed, "uganda", ""}}},
		{"after a departure", "fr", "Le Burkina Faso a quitté la Cédéao, mais ses soldats combattent le JNIM.", []rel{
			{"burkina-faso", graph.MemberOf, "ecowas", "n"}, {"burkina-faso", graph.Opposed, "jnim", ""}}},
		{"not X but Y", "fr", "Ce n'est pas la Russie mais la Chine qui a livré des drones au Mali.", []rel{
			{"china", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "mali", "n"}}},
		{"the denial stays", "fr", "La Russie n'a pas livré de drones au Mali, mais au Niger.", []rel{
			{"russia", graph.Supplies, "mali", "n"}}},
	})
}

// TestForeignGovernmentOwner: « le gouvernement de X », the institution
// read as the home state, gives X no leadership of it when the lexicon
// makes X a national of another state (a foreign head the lexicon gives no
// leads); a national keeps it (gold17fr.go, foreignOwner; relate.go,
// possessorRules).
func TestForeignGovernmentOwner(t *testing.T) {
	runRelCases(t, []relCase{
		{"foreign", "fr", "Le Tchad reçoit des réfugiés. Le gouvernement de Giorgia Meloni a envoyé des soldats.", nil},
		{"another state after", "fr", "Le gouvernement de Giorgia Meloni accuse le Rwanda.", nil},
		{"national", "fr", "Le Tchad reçoit des réfugiés. Le gouvernement de Succès Masra a démissionné.", []rel{
			{"succes-masra", graph.Leads, "chad", ""}}},
	})
}

// TestLeadsInObjectRelative: a leads verb in an object relative with a
// pronoun subject leads its antecedent; when that is no actor («
// l'opération Haskanite, qu'il a dirigée »), no actor after the verb is
// led (gold17fr.go, nonActorRelativeObject).
func TestLeadsInObjectRelative(t *testing.T) {
	runRelCases(t, []relCase{
		{"opération", "fr", "Le président Déby a alors lancé l'opération Haskanite, qu'il a dirigée en personne depuis les îles du lac, et menacé de retirer son pays de la Force multinationale mixte (FMM).", []rel{
			{"mahamat-idriss-deby", graph.Leads, "chad", ""}}},
		{"inverted subject stays", "fr", "Le JNIM, que dirige Iyad Ag Ghaly, a attaqué Bamako.", []rel{
			{"iyad-ag-ghaly", graph.Leads, "jnim", ""}, {"jnim", graph.Opposed, "mali", ""}}},
	})
}
