package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestPossessiveInstitutionPrevSubject: a possessive institution opening
// a sentence that names no state before it is the institution of the
// state opening the sentence before, not of the last state named.
func TestPossessiveInstitutionPrevSubject(t *testing.T) {
	runRelCases(t, []relCase{
		{"its army after a demonym object", "en", "Mali expelled French troops in 2022. Its army attacked the FLA in Kidal.", []rel{
			{"france", graph.Opposed, "mali", ""}, {"fla", graph.Opposed, "mali", ""}}},
		{"its air force after a place", "en", "Niger expelled French troops in 2023. Its air force later struck ISSP positions.", []rel{
			{"france", graph.Opposed, "niger", ""}, {"islamic-state-sahel", graph.Opposed, "niger", ""}}},
		// the subject of the sentence before is no state: the last state named
		{"no state subject", "en", "The UN accused Rwanda of backing the M23. Its army denies it.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
	})
}
