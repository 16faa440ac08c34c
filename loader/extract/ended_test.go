package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestEndedDated: an ending verb still ends the agreement it governs when
// a date stands between them (docs/CODEBOOK.md, "Ended standing
// relations").
func TestEndedDated(t *testing.T) {
	runRelCases(t, []relCase{
		{"a dénoncé le 28 novembre 2024 son accord", "fr", "N'Djamena a dénoncé le 28 novembre 2024 son accord de coopération en matière de défense avec Paris.", []rel{
			{"chad", graph.Allied, "france", "n"}, {"chad", graph.Opposed, "france", ""}}},
		{"revoked in March 2024 its defence agreement", "en", "Niger revoked in March 2024 its military cooperation agreement with the United States.", []rel{
			{"niger", graph.Allied, "united-states", "n"}, {"niger", graph.Opposed, "united-states", ""}}},
		{"no ending: a date alone", "fr", "Le 28 novembre 2024, le Tchad a signé un accord de coopération en matière de défense avec la France.", []rel{
			{"chad", graph.Allied, "france", ""}}},
	})
}
