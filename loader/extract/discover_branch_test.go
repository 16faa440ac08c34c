package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestDiscoverArmyHeads: the commander of a state's army or its chief of
// staff leads nothing (docs/CODEBOOK.md, "Army commanders and chiefs of
// staff"); the head of an armed group or of a state still leads it.
func TestDiscoverArmyHeads(t *testing.T) {
	runRelCases(t, []relCase{
		{"X's army chief General Y", "en", "Pakistan's army chief General Asim Munir met the Saudi defence minister in Riyadh on Monday.", nil},
		{"the head of the army, General Y", "en", "Lebanon's head of the army, General Rodolphe Haykal, visited the south.", nil},
		{"chief of staff after the name", "en", "General Asim Munir, Pakistan's army chief of staff, met the Saudi defence minister.", nil},
		{"le chef de l'armée X, Y", "fr", "Le chef de l'armée pakistanaise, Asim Munir, s'est rendu à Riyad lundi.", nil},
		{"Y, chef d'état-major de l'armée X", "fr", "Le général Asim Munir, chef d'état-major de l'armée pakistanaise, a rencontré le président turc Recep Tayyip Erdogan.", []rel{
			{"recep-tayyip-erdogan", graph.Leads, "turkey", ""}}},
		// a head of state and the head of an armed group still lead
		{"President still leads", "en", "Pakistani President Asif Ali Zardari met the army chief.", []rel{
			{"asif-ali-zardari", graph.Leads, "pakistan", ""}}},
		{"armed group's commander leads", "en", "The Arakan Army's commander, Twan Mrat Naing, said the group would fight on.", []rel{
			{"twan-mrat-naing", graph.Leads, "arakan-army", ""}}},
		{"chef d'un groupe armé", "fr", "Le chef du M23, Sultani Makenga, a rejeté l'offre.", []rel{
			{"sultani-makenga", graph.Leads, "m23", ""}}},
	})
}
