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
