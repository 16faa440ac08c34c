package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestBlind11Rules: the constructions of the tenth session's second
// batch of blind articles (en-blind-15, en-blind-16, fr-blind-15,
// fr-blind-16), on sentences of our own.
func TestBlind11Rules(t *testing.T) {
	runRelCases(t, []relCase{
		// a dative clitic before a supplies verb: the nearest other
		// actor before, else the recipient of the sentence before's
		// clitic, else the actor opening the sentence before
		{"lui a fourni, autre acteur avant", "fr", "La Russie, liée au Mali par un accord de défense, lui a fourni des hélicoptères.", []rel{
			{"mali", graph.Allied, "russia", ""}, {"russia", graph.Supplies, "mali", ""}}},
		{"qui a reconnu X, lui a vendu", "fr", "Israël, qui a reconnu l'Azerbaïdjan en 1991, lui a vendu des drones.", []rel{
			{"israel", graph.Supplies, "azerbaijan", ""}}},
		{"lui a livré, chaîne de phrases", "fr", "Pour se réarmer, le Mali s'est tourné vers d'autres fournisseurs. La Turquie lui a livré des drones. La Chine, de loin son premier partenaire, lui a vendu des blindés.", []rel{
			{"turkey", graph.Supplies, "mali", ""}, {"china", graph.Supplies, "mali", ""}}},
		{"lui a vendu, pas le fabricant", "fr", "L'Arménie cherche des armes. La France lui a vendu trois radars de Thales.", []rel{
			{"france", graph.Supplies, "armenia", ""}}},
		// a trigger word hyphenated to a lower-case word is a noun
		{"lance-roquettes", "fr", "Le Tchad a reçu des lance-roquettes de l'Union européenne.", []rel{
			{"european-union", graph.Supplies, "chad", ""}}},
		{"lance-missiles", "fr", "La Russie vend des lance-missiles à l'Union africaine.", []rel{
			{"russia", graph.Supplies, "african-union", ""}}},
		{"strike-fighters", "en", "Israel sold strike-fighters to the Azerbaijani air force in 2020.", []rel{
			{"israel", graph.Supplies, "azerbaijan", ""}}},
		// a trailing alongside phrase after a hostile trigger's object
		// joins the attacker, not the actor named last
		{"attacked ..., alongside", "en", "The LNA attacked positions of the Sudanese army in the border triangle between Sudan, Libya and Egypt, alongside the RSF.", []rel{
			{"lna", graph.Opposed, "sudan", ""}, {"lna", graph.Allied, "rsf", ""}}},
		{"a attaqué ..., aux côtés de", "fr", "Début juin, l'armée soudanaise a accusé des unités de l'ANL d'avoir attaqué ses positions dans le triangle frontalier entre le Soudan, la Libye et l'Égypte, aux côtés des FSR.", []rel{
			{"lna", graph.Opposed, "sudan", "h"}, {"lna", graph.Allied, "rsf", "h"}}},
		// places listed after a place are places
		{"in Iraq and Syria", "en", "US troops in Iraq and Syria have come under attack from Kataib Hezbollah.", []rel{
			{"kataib-hezbollah", graph.Opposed, "united-states", ""}}},
		{"hit targets in Iraq and Syria", "en", "American bombers hit 85 targets in Iraq and Syria on 2 February.", nil},
		{"en Mauritanie et au Mali", "fr", "Le JNIM a attaqué des soldats en Mauritanie et au Mali.", nil},
		{"in eastern Baghdad", "en", "A US strike on a convoy in eastern Baghdad killed three men.", nil},
		{"dans le nord de Bamako", "fr", "Une frappe française sur un convoi dans le nord de Bamako a tué trois hommes.", nil},
		// a hostile trigger's target named by a role of a group: the group
		{"killed a senior commander of", "en", "Israel killed a senior commander of Hezbollah in Beirut.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"a tué un haut commandant du", "fr", "Israël a tué un haut commandant du Hezbollah.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"sent a senior commander of", "en", "Russia sent a senior commander of its army to Mali.", nil},
		// a hyphen compound opening an apposition qualifies the actor
		// before it, not one after a relative
		{", the Iran-backed militia that X blames", "en", "A strike killed a commander of Kataib Hezbollah, the Iran-backed militia that Washington blames for the attack.", []rel{
			{"iran", graph.Allied, "kataib-hezbollah", ""}}},
		{", the Rwandan-backed group that X calls", "en", "Fighters of the M23, the Rwandan-backed rebel group that Kinshasa calls terrorists, took Goma.", []rel{
			{"m23", graph.Allied, "rwanda", ""}}},
		// a leads trigger whose object possesses a common noun leads
		// that noun's referent, not the possessor
		{"led X's delegation", "en", "Defence Minister Khawaja Asif, who led Pakistan's delegation, said the deal would hold.", nil},
		{"leads X's junta", "en", "Assimi Goita leads Mali's junta.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
		// the members of "an alliance of" end at a restrictive relative
		{"alliance of N that shares", "en", "Pakistan fights the TTP, an alliance of militant factions that shares its ideology with the Afghan Taliban.", []rel{
			{"pakistan", graph.Opposed, "ttp", ""}}},
		{"coalition of N that includes", "en", "The army was backed by the Joint Forces, a coalition of rebel movements that includes the Sudan Liberation Army.", []rel{
			{"sudan-liberation-movement", graph.MemberOf, "darfur-joint-force", ""}}},
		// a loose link whose means is an alliance makes allies
		{"liée à X par le traité d'alliance", "fr", "La Turquie, liée à l'Azerbaïdjan par le traité d'alliance de Choucha, a livré des drones.", []rel{
			{"azerbaijan", graph.Allied, "turkey", ""}}},
		{"liée à X par une coopération militaire", "fr", "L'Égypte est liée à l'ANL par une coopération militaire étroite.", []rel{
			{"egypt", graph.Allied, "lna", ""}}},
		// an agreement providing for training trains no one yet
		{"accord prévoyant la formation", "fr", "Le ministre arménien de la défense a signé avec Paris un accord prévoyant la formation d'officiers arméniens.", nil},
		{"agreement providing for the training", "en", "Armenia signed an agreement with France providing for the training of Armenian officers.", nil},
		// a hostile trigger whose nearest actor before is another hostile
		// trigger's target takes that trigger's subject
		{"a strike on X killed Y", "en", "A US strike on a PMF headquarters killed three Hamas fighters.", []rel{
			{"popular-mobilization-forces", graph.Opposed, "united-states", ""}, {"hamas", graph.Opposed, "united-states", ""}}},
		// the suburbs are where the strike fell: no party (docs/CODEBOOK.md,
		// "A strike on a group inside a state"; wing20.go)
		{"X killed Y in a strike on Z", "en", "Israel killed Nasrallah in a strike on Beirut's southern suburbs.", []rel{
			{"hassan-nasrallah", graph.Opposed, "israel", ""}}},
	})
}
