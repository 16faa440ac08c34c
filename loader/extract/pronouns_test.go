package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestClausePronouns: a subject pronoun inside a sentence stands for the
// sentence's subject after a subordinate clause ("after it revoked", «
// après qu'il a dénoncé »), else, after an introductory phrase, for the
// subject of the sentence before (« En mars 2024, elle a dénoncé », «
// Chassés de la ville, ils ont attaqué »); French gender and number come
// from the article before the name or the noun it completes (« la
// Turquie », « la junte du général Tiani », « les rebelles du CSP-DPA »);
// "it" is never a person; no guess when two actors compete; actors after
// "with" / « avec » in an introductory phrase are co-founders.
func TestClausePronouns(t *testing.T) {
	runRelCases(t, []relCase{
		{"after it en", "en", "Niger expelled the ambassador after it revoked its defence agreement with France.", []rel{
			// an ended agreement: allied negated (CODEBOOK, ended standing relations)
			{"france", graph.Opposed, "niger", ""}, {"france", graph.Allied, "niger", "n"}}},
		{"introductory en", "en", "The ELN rejected the talks. In September 2024, it attacked the Colombian army.", []rel{
			{"colombia", graph.Opposed, "eln", ""}}},
		{"they en", "en", "The Houthis seized the port. Hours later, they attacked a ship of the United States.", []rel{
			{"houthis", graph.Opposed, "united-states", ""}}},
		{"introductory fr", "fr", "La Turquie a choisi son camp. En mars 2024, elle a livré des drones au Mali.", []rel{
			{"turkey", graph.Supplies, "mali", ""}}},
		{"noun completed fr", "fr", "Après le coup d'État de juillet 2023, la junte du général Tiani a exigé le départ des soldats français. En mars 2024, elle a dénoncé l'accord de coopération militaire avec Washington.", []rel{
			{"france", graph.Opposed, "niger", ""}, {"abdourahamane-tiani", graph.Leads, "niger", ""},
			{"niger", graph.Opposed, "united-states", ""}, {"niger", graph.Allied, "united-states", "n"}}},
		{"participle fr", "fr", "Les rebelles du CSP-DPA ont perdu Kidal en 2023. Chassés de la ville, ils ont attaqué l'armée malienne.", []rel{
			{"csp-dpa", graph.Opposed, "mali", ""}}},
		{"companions fr", "fr", "Le Niger a choisi son camp :\n- avec le Mali et le Burkina Faso, il forme l'Alliance des États du Sahel.", []rel{
			{"niger", graph.MemberOf, "alliance-of-sahel-states", ""}, {"mali", graph.MemberOf, "alliance-of-sahel-states", ""},
			{"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		{"companions en", "en", "With Mali and Burkina Faso, Niger formed the Alliance of Sahel States.", []rel{
			{"niger", graph.MemberOf, "alliance-of-sahel-states", ""}, {"mali", graph.MemberOf, "alliance-of-sahel-states", ""},
			{"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		{"gender fr", "fr", "La Turquie a choisi son camp. En mars 2024, il a livré des drones au Mali.", nil},
		{"gender opening fr", "fr", "La Turquie a choisi son camp. Il a livré des drones au Mali.", nil},
		{"number fr", "fr", "Le JNIM a perdu Kidal en 2023. Chassés de la ville, ils ont attaqué l'armée malienne.", nil},
		{"it no person en", "en", "President Tinubu spoke on Monday. In March, it attacked the JNIM.", []rel{
			{"bola-tinubu", graph.Leads, "nigeria", ""}}},
		{"competing en", "en", "Mali accused Niger of harbouring rebels, and in March it attacked the JNIM.", []rel{
			{"jnim", graph.Opposed, "niger", "h"}}},
		{"relative en", "en", "The Houthis hold the port. The Israeli military said its jets had flown some 1,700 kilometres to reach the port, which it described as an entry point for weapons shipped to the group from Iran.", nil},
	})
}

// TestPossessedTargets: a possessive before a target right after a
// hostile trigger ("attacked its positions", « a bombardé ses camps ») is
// another actor's, read as a pronoun object: the sentence's first actor
// when it is not the subject, else the subject of the sentence before;
// not after other triggers, and nothing when no one else is named.
func TestPossessedTargets(t *testing.T) {
	runRelCases(t, []relCase{
		{"sentence before en", "en", "Al-Shabaab controls the port. Israel attacked its bases in March.", []rel{
			{"al-shabaab", graph.Opposed, "israel", ""}}},
		{"their en", "en", "The Houthis control the port. In March, Israel struck their bases.", []rel{
			{"houthis", graph.Opposed, "israel", ""}}},
		{"sentence before fr", "fr", "Plus au sud, le groupe Lakurawa serait lié à l'EIS. L'aviation nigériane a bombardé ses camps dans l'État de Sokoto.", []rel{
			{"lakurawa", graph.Opposed, "nigeria", ""}}},
		{"first actor fr", "fr", "Le chef des FSR, Mohamed Hamdan Daglo, a accusé l'Égypte d'avoir bombardé ses troupes.", []rel{
			{"egypt", graph.Opposed, "rsf", "h"}, {"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
		{"first actor en", "en", "The RSF accused Egypt of bombing its fighters.", []rel{
			{"egypt", graph.Opposed, "rsf", "h"}}},
		{"no one else en", "en", "Turkey attacked its positions.", nil},
		{"not supplies en", "en", "The Houthis control the port. Iran supplied their fighters.", nil},
	})
}

// TestClauseBreakPronouns: "where" opens a clause with its own subject
// (the militias, not the army before it); a pronoun after a clause break
// right after an actor is not that actor ("in Niger, but they"), and a
// plural pronoun may stand for a state's troops named by a demonym.
func TestClauseBreakPronouns(t *testing.T) {
	runRelCases(t, []relCase{
		{"where en", "en", "Somalia's army has fought al-Shabaab for years. In March 2023, the army began flying drones from Mogadishu airport over the Hiraan region, where clan militias known as the macawisley have taken up arms against the militants.", []rel{
			{"al-shabaab", graph.Opposed, "somalia", ""}}},
		{"but they en", "en", "Chadian soldiers are deployed in Niger, but they also train the Malian army.", []rel{
			{"chad", graph.Trains, "mali", ""}}},
		{"mais ils fr", "fr", "Les soldats tchadiens sont déployés au Niger, mais ils entraînent aussi l'armée malienne.", []rel{
			{"chad", graph.Allied, "niger", ""}, {"chad", graph.Trains, "mali", ""}}},
	})
}
