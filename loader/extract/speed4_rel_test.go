package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestSpeed4Triggers: triggers of one word, of several and with fillers
// inside (« participent eux aussi à ») are found as before
// analyse's trigger loop skipped an entry on its second word.
func TestSpeed4Triggers(t *testing.T) {
	runRelCases(t, []relCase{
		{"filled French trigger", "fr", "Les soldats tchadiens participent eux aussi à la force conjointe du G5 Sahel.", []rel{
			{"chad", graph.MemberOf, "g5-sahel-joint-force", ""}}},
		{"filled French trigger, reflexive", "fr", "Le Tchad et le Niger se sont violemment affrontés le long de la frontière.", []rel{
			{"chad", graph.Opposed, "niger", ""}}},
		{"two-word English trigger", "en", "Russia has supplied weapons to Mali, officials said.", []rel{
			{"russia", graph.Supplies, "mali", "h"}}},
		{"one-word trigger after a word of two-word triggers", "en", "Kenya backs Somalia in its fight against al-Shabaab.", []rel{
			{"kenya", graph.Allied, "somalia", ""}, {"al-shabaab", graph.Opposed, "somalia", ""}}},
	})
}
