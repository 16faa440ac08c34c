package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestStoppedShortOf: "stopped short of" is a denial (negations), not a
// cessation: the cessation cue it starts with does not make the
// deliveries past acts; "stopped supplying" still asserts them.
func TestStoppedShortOf(t *testing.T) {
	runRelCases(t, []relCase{
		{"stopped short of arming", "en", "France stopped short of arming the Kurdish YPG.", []rel{
			{"france", graph.Supplies, "ypg", "n"}}},
		{"has stopped short of training", "en", "Washington has stopped short of training Ukrainian troops inside Ukraine.", []rel{
			{"united-states", graph.Trains, "ukraine", "n"}}},
		{"stopped supplying still asserts", "en", "Russia stopped supplying the Malian army with helicopters in 2024.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
	})
}

// TestFrenchRefusalAgreement: the refusal participle agrees with its
// subject (« s'est refusée à former », « se sont refusés à livrer »):
// a denial of the refuser's relation.
func TestFrenchRefusalAgreement(t *testing.T) {
	runRelCases(t, []relCase{
		{"s'est refusée à former", "fr", "L'Allemagne s'est refusée à former des soldats ukrainiens.", []rel{
			{"germany", graph.Trains, "ukraine", "n"}}},
		{"se sont refusés à livrer", "fr", "Les États-Unis se sont refusés à livrer des missiles à l'Ukraine.", []rel{
			{"united-states", graph.Supplies, "ukraine", "n"}}},
	})
}

// TestParallelDativeClitic: a dative clitic (« lui », « leur ») of a
// second clause with its own subject stands for the first clause's
// object, not for the sentence's first actor.
func TestParallelDativeClitic(t *testing.T) {
	runRelCases(t, []relCase{
		{"et la Turquie lui vend", "fr", "La Russie forme l'armée malienne, et la Turquie lui vend des drones.", []rel{
			{"russia", graph.Trains, "mali", ""}, {"turkey", graph.Supplies, "mali", ""}}},
		{"et la Turquie leur a livré", "fr", "La Russie forme les soldats maliens et la Turquie leur a livré des drones.", []rel{
			{"russia", graph.Trains, "mali", ""}, {"turkey", graph.Supplies, "mali", ""}}},
		// a relative clitic still takes the sentence's first actor
		{"qui lui a livré", "fr", "Ouagadougou s'est tourné vers la Russie, qui lui a livré des hélicoptères.", []rel{
			{"burkina-faso", graph.Allied, "russia", ""}, {"russia", graph.Supplies, "burkina-faso", ""}}},
	})
}
