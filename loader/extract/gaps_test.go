package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/stretchr/testify/assert"
)

// TestAccusedAuxiliary: "of having supplied" / « d'avoir livré » is
// governed by the accusation verb like "of supplying"; a passive
// accusation ("accused by Bamako of") accuses the actor before the verb,
// not its agent.
func TestAccusedAuxiliary(t *testing.T) {
	runRelCases(t, []relCase{
		{"of having en", "en", "Sudan accused the UAE at the UN of having delivered weapons to the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"d'avoir fr", "fr", "Le Soudan a accusé les Émirats arabes unis à l'ONU d'avoir livré des armes aux FSR.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"accused by en", "en", "Niger cut ties with Ukraine, accused by Bamako of having backed the CSP-DPA rebels.", []rel{
			{"niger", graph.Opposed, "ukraine", "h"}, {"csp-dpa", graph.Allied, "ukraine", "h"}}},
		{"accusée par fr", "fr", "Le Niger a rompu ses relations avec l'Ukraine, accusée par Bamako d'avoir soutenu les rebelles du CSP-DPA.", []rel{
			{"niger", graph.Opposed, "ukraine", "h"}, {"csp-dpa", graph.Allied, "ukraine", "h"}}},
	})
}

// TestSuccessionApposition: a definite apposition naming a predecessor or
// successor of the actor before it is that actor; a coordination is not
// an apposition.
func TestSuccessionApposition(t *testing.T) {
	for _, tc := range []struct {
		name, lang, text string
		want             []string
	}{
		{"apposition en", "en", "Kenya sends troops to ATMIS, the African Union Mission in Somalia.", []string{"atmis", "kenya"}},
		{"apposition fr", "fr", "Le Kenya fournit un contingent à l'Atmis, la mission de l'Union africaine en Somalie, depuis 2022.", []string{"atmis", "kenya"}},
		{"a coordination is two actors fr", "fr", "Le Kenya a servi dans l'Atmis et dans la mission de l'Union africaine en Somalie.", []string{"amisom", "atmis", "kenya"}},
		{"not of one succession", "en", "Kenya sends troops to ATMIS, the African Union.", []string{"african-union", "atmis", "kenya"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, actorIDs(run(t, tc.lang, tc.text)))
		})
	}
}
