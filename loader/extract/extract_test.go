package extract_test

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// The extractor implements the loader's Extractor interface, which is
// defined in package loader (not imported here, to keep imports one way).
var _ interface {
	Extract(context.Context, *graph.Article) (*graph.Claims, error)
} = (*extract.Extractor)(nil)

var x = extract.New(nil)

func run(t *testing.T, lang, text string) *graph.Claims {
	t.Helper()
	c, err := x.Extract(context.Background(), &graph.Article{ID: "test", Lang: lang, Text: text})
	require.NoError(t, err)
	return c
}

// runDated extracts text as an article of the given date ("2024-06")
// with ex.
func runDated(t *testing.T, ex *extract.Extractor, lang, date, text string) *graph.Claims {
	t.Helper()
	d, err := graph.ParseDate(date)
	require.NoError(t, err)
	c, err := ex.Extract(context.Background(), &graph.Article{ID: "test", Lang: lang, Date: d, Text: text})
	require.NoError(t, err)
	return c
}

func actorIDs(c *graph.Claims) []string {
	var ids []string
	for _, a := range c.Actors {
		ids = append(ids, a.ID)
	}
	return ids
}

// rel is a relation in a compact form for tables.
type rel struct {
	from  string
	typ   graph.RelType
	to    string
	flags string // "h" hedged, "n" negated
}

// relCase is a table case: a sentence and the relations it gives.
type relCase struct {
	name, lang, text string
	want             []rel
}

// runRelCases runs each case as a subtest: the extractor gives exactly
// the relations wanted, in any order, and claims that pass Check.
func runRelCases(t *testing.T, cases []relCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := run(t, tc.lang, tc.text)
			assert.ElementsMatch(t, tc.want, relations(c))
			violations, err := c.Check()
			require.NoError(t, err)
			assert.Empty(t, violations)
		})
	}
}

func relations(c *graph.Claims) []rel {
	var out []rel
	for _, r := range c.Relations {
		for _, e := range r.Evidence {
			f := ""
			if e.Hedged {
				f += "h"
			}
			if e.Negated {
				f += "n"
			}
			out = append(out, rel{r.From, r.Type, r.To, f})
		}
	}
	return out
}

func TestMentions(t *testing.T) {
	for _, tc := range []struct {
		name, lang, text string
		want             []string
	}{
		{"institution fr", "fr", "L'armée malienne a repris la ville.", []string{"mali"}},
		{"typographic apostrophe", "fr", "L’armée malienne a repris la ville.", []string{"mali"}},
		{"acronym", "fr", "Les FAMa ont repris la ville.", []string{"mali"}},
		{"capital", "fr", "Ankara a salué l'accord.", []string{"turkey"}},
		{"capital en", "en", "Moscow welcomed the deal.", []string{"russia"}},
		{"accents folded", "fr", "Le colonel Assimi Goita a parlé.", []string{"assimi-goita"}},
		{"upper case", "fr", "LE COLONEL GOÏTA A PARLÉ.", []string{"assimi-goita"}},
		{"demonym", "fr", "Des instructeurs russes sont arrivés.", []string{"russia"}},
		{"successor is another actor", "en", "Africa Corps replaced Wagner.", []string{"africa-corps", "wagner-group"}},
		{"longest match", "en", "The Islamic State West Africa Province grew.", []string{"iswap"}},
		{"hyphen variants", "en", "Al-Shabaab and al Shabaab and al-Shabab.", []string{"al-shabaab"}},
		{"apostrophe in name", "fr", "N'Djamena a démenti.", []string{"chad"}},
		{"capital as a place", "fr", "Des renforts sont arrivés à N'Djamena.", nil},
		{"us is not US", "en", "They told us nothing.", nil},
		{"US is US", "en", "US forces left.", []string{"united-states"}},
		{"U.S. is US", "en", "U.S. forces left.", []string{"united-states"}},
		{"eau is water", "fr", "Les puits d'eau sont à sec. Eau potable.", nil},
		{"EAU", "fr", "Les EAU ont démenti.", []string{"united-arab-emirates"}},
		{"no actor", "en", "Nothing happened here.", nil},
		{"caption credit", "fr", "Des soldats à Gao.\nImage : Armée malienne/AFP", nil},
		{"credit after caption", "en", "Mogadishu denied it. Photo: Somali Ministry of Defence", []string{"somalia"}},
		{"agency credit", "en", "Fighters in Goma (Jane Doe/AFP/Getty Images).", nil},
		{"credit line keeps text", "fr", "Le Mali a reçu des drones.\nPhoto : Moussa TRAORÉ/Reuters\nLa Turquie a démenti.", []string{"mali", "turkey"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, actorIDs(run(t, tc.lang, tc.text)))
		})
	}
}

func TestClaimActors(t *testing.T) {
	c := run(t, "fr", "Le Mali et les FAMa. L'armée malienne, Bamako et le Mali encore.")
	require.Len(t, c.Actors, 1)
	a := c.Actors[0]
	assert.Equal(t, "mali", a.ID)
	assert.Equal(t, "Mali", a.Name)
	assert.Equal(t, graph.KindState, a.Kind)
	assert.Equal(t, "ML", a.Country)
	assert.Equal(t, "Q912", a.Wikidata)
	assert.Equal(t, 5, a.Mentions)
	assert.Equal(t, graph.SourceDictionary, a.Source)
	assert.Contains(t, a.Aliases, "FAMa")
	assert.Contains(t, a.Aliases, "armée malienne")

	c = run(t, "en", "Africa Corps took over.")
	require.Len(t, c.Actors, 1)
	assert.Equal(t, "wagner-group", c.Actors[0].SuccessorOf)
}

func TestRelations(t *testing.T) {
	for _, tc := range []struct {
		name, lang, text string
		want             []rel
	}{
		{"active fr", "fr", "La Turquie a livré des drones au Mali.", []rel{{"turkey", graph.Supplies, "mali", ""}}},
		{"active en", "en", "Turkey delivered drones to Mali.", []rel{{"turkey", graph.Supplies, "mali", ""}}},
		{"passive fr", "fr", "Les soldats maliens ont été formés par la Turquie.", []rel{{"turkey", graph.Trains, "mali", ""}}},
		{"passive en", "en", "Malian troops were trained by Russian instructors.", []rel{{"russia", graph.Trains, "mali", ""}}},
		{"passive receive", "en", "Mali received drones from Turkey.", []rel{{"turkey", graph.Supplies, "mali", ""}}},
		{"made in", "fr", "Le Mali a déployé des drones de fabrication turque.", []rel{{"turkey", graph.Supplies, "mali", ""}}},
		{"agent after active", "fr", "Le Mali a été équipé par la Turquie.", nil},
		{"agent by", "en", "The RSF were supplied with drones by the UAE.", []rel{{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"list on the left", "en", "Mali, Burkina Faso and Niger are members of the AES.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""},
			{"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""},
			{"niger", graph.MemberOf, "alliance-of-sahel-states", ""},
		}},
		{"between", "fr", "Des affrontements entre les FSR et l'armée soudanaise ont éclaté.", []rel{{"rsf", graph.Opposed, "sudan", ""}}},
		{"symmetric canonical order", "en", "Sudan is fighting the RSF.", []rel{{"rsf", graph.Opposed, "sudan", ""}}},
		{"title apposition", "en", "Malian President Assimi Goita spoke.", []rel{{"assimi-goita", graph.Leads, "mali", ""}}},
		{"leads fr", "fr", "Assimi Goïta dirige la transition malienne.", []rel{{"assimi-goita", graph.Leads, "mali", ""}}},
		{"type rule", "en", "Turkey trained Assimi Goita.", nil},
		{"co-occurrence only", "en", "Mali and Turkey were mentioned.", nil},
		{"two sentences", "en", "Turkey is here. Mali is there, and drones were delivered.", nil},
		{"hedged fr", "fr", "La Turquie aurait livré des drones au Mali.", []rel{{"turkey", graph.Supplies, "mali", "h"}}},
		{"hedged en", "en", "Turkey reportedly delivered drones to Mali.", []rel{{"turkey", graph.Supplies, "mali", "h"}}},
		{"attribution hedges", "en", "According to the UN, the UAE supplied the RSF.", []rel{{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"denial en", "en", "Kigali denies supplying the M23 rebels.", []rel{{"rwanda", graph.Supplies, "m23", "n"}}},
		{"denial fr", "fr", "Kigali a démenti avoir fourni des armes au M23.", []rel{{"rwanda", graph.Supplies, "m23", "n"}}},
		{"ne pas", "fr", "La Turquie n'a pas livré de drones au Niger.", []rel{{"turkey", graph.Supplies, "niger", "n"}}},
		{"did not", "en", "Iran did not supply drones to Sudan.", []rel{{"iran", graph.Supplies, "sudan", "n"}}},
		{"negation other clause", "en", "Iran denies it; Iran supplied drones to Russia.", []rel{{"iran", graph.Supplies, "russia", ""}}},
		{"hedged and negated", "fr", "Selon Kigali, le Rwanda n'a jamais soutenu le M23.", []rel{{"m23", graph.Allied, "rwanda", "hn"}}},
		{"apposition with a relative", "en", "The UAE, which funds the Southern Transitional Council (STC), a separatist movement whose forces have fought the Houthis, stayed silent.", []rel{
			{"united-arab-emirates", graph.Supplies, "stc", ""}, {"houthis", graph.Opposed, "stc", ""}}},
		{"short forms in a group", "en", "The Arakan Army is a member of the Three Brotherhood Alliance, alongside the Myanmar National Democratic Alliance Army (MNDAA) and the Ta'ang National Liberation Army (TNLA).", []rel{
			{"arakan-army", graph.MemberOf, "three-brotherhood-alliance", ""}, {"mndaa", graph.MemberOf, "three-brotherhood-alliance", ""}, {"tnla", graph.MemberOf, "three-brotherhood-alliance", ""}}},
		{"led by an unknown name", "en", "Viv Ansanm is led by former police officer Jimmy Chérizier.", []rel{{"jimmy-cherizier", graph.Leads, "viv-ansanm", ""}}},
		{"whose commander is", "en", "The Arakan Army, whose commander-in-chief is Twan Mrat Naing, fought on.", []rel{{"twan-mrat-naing", graph.Leads, "arakan-army", ""}}},
		{"role alongside", "en", "China is one of Bamako's main suppliers, alongside Russia and Turkey.", []rel{
			{"china", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "mali", ""}, {"turkey", graph.Supplies, "mali", ""}}},
		{"one actor and a role", "fr", "Le président irakien, Mohammed Chia al-Soudani, a parlé.", []rel{{"mohammed-shia-al-sudani", graph.Leads, "iraq", ""}}},
		{"repeated agent", "fr", "L'armée malienne, appuyée par Wagner et par la Turquie, a repris Kidal.", []rel{
			{"mali", graph.Allied, "wagner-group", ""}, {"mali", graph.Allied, "turkey", ""}}},
		{"expulsion and ellipsis", "en", "Bamako ordered France's troops to leave in 2022, and Ouagadougou and Niamey followed suit in 2023.", []rel{
			{"france", graph.Opposed, "mali", ""}, {"burkina-faso", graph.Opposed, "france", ""}, {"france", graph.Opposed, "niger", ""}}},
		{"expulsion fr", "fr", "Niamey a sommé les soldats français de quitter le pays.", []rel{{"france", graph.Opposed, "niger", ""}}},
		{"object relative", "en", "Burundi closed its border with Rwanda. Both states are members of the UN and of the East African Community, to which both countries belong.", []rel{
			{"burundi", graph.Opposed, "rwanda", ""}, {"burundi", graph.MemberOf, "united-nations", ""}, {"burundi", graph.MemberOf, "east-african-community", ""},
			{"rwanda", graph.MemberOf, "united-nations", ""}, {"rwanda", graph.MemberOf, "east-african-community", ""}}},
		{"troops in a mission", "en", "Kenyan police officers in the Multinational Security Support mission have arrived.", []rel{{"kenya", graph.MemberOf, "mss-haiti", ""}}},
		{"troops in a country", "en", "Kenyan police officers in Haiti have arrived.", nil},
		{"another person of the same family name", "fr", "Washington a sanctionné Abdelrahim Hamdan Daglo, numéro deux des FSR.", []rel{
			{"abdelrahim-hamdan-daglo", graph.Opposed, "united-states", ""}, {"abdelrahim-hamdan-daglo", graph.MemberOf, "rsf", ""}}},
		{"a deputy does not lead", "en", "Washington sanctioned Abdelrahim Hamdan Daglo, the deputy commander of the RSF.", []rel{
			{"abdelrahim-hamdan-daglo", graph.Opposed, "united-states", ""}, {"abdelrahim-hamdan-daglo", graph.MemberOf, "rsf", ""}}},
		{"troops of an organisation before", "en", "ATMIS's Ugandan contingent repelled the attack.", []rel{{"uganda", graph.MemberOf, "atmis", ""}}},
		{"one of the founding members", "en", "Mali is one of the founding members of the AES.", []rel{{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		{"received training from", "en", "Somali recruits received training from Turkish instructors.", []rel{{"turkey", graph.Trains, "somalia", ""}}},
		{"formation dispensée par", "fr", "Des militaires somaliens ont suivi une formation dispensée par des instructeurs turcs.", []rel{{"turkey", graph.Trains, "somalia", ""}}},
		{"coordinated participles share the agent", "en", "Somalia's army was trained and equipped by Turkey.", []rel{
			{"turkey", graph.Trains, "somalia", ""}, {"turkey", graph.Supplies, "somalia", ""}}},
		{"coordinated participles share the agent fr", "fr", "Les commandos de l'armée somalienne ont été formés et équipés par la Turquie.", []rel{
			{"turkey", graph.Trains, "somalia", ""}, {"turkey", graph.Supplies, "somalia", ""}}},
		{"opening participle", "en", "Backed by Russia, the Malian army retook Kidal.", []rel{{"mali", graph.Allied, "russia", ""}}},
		{"opening participle fr", "fr", "Formés par la Turquie, les commandos somaliens mènent la lutte.", []rel{{"turkey", graph.Trains, "somalia", ""}}},
		{"opening help", "fr", "Avec l'appui de Wagner, l'armée malienne a repris Kidal.", []rel{{"mali", graph.Allied, "wagner-group", ""}}},
		{"collective apposition", "en", "The AES, an alliance of Mali, Burkina Faso and Niger, met.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"niger", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		{"role complement before the actor", "fr", "La Minusca, la mission de maintien de la paix de l'ONU, est partie.", []rel{{"minusca", graph.MemberOf, "united-nations", ""}}},
		{"role noun not an anaphor", "fr", "La SAMIM, la mission militaire de la SADC, est partie.", []rel{{"samim", graph.MemberOf, "sadc", ""}}},
		{"collective apposition fr", "fr", "L'AES, confédération du Mali, du Burkina Faso et du Niger, s'est réunie.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"niger", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		{"counted anaphor of a list", "en", "Mali, Burkina Faso and Niger formed the AES. Russia supplied the three armies with helicopters.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"niger", graph.MemberOf, "alliance-of-sahel-states", ""},
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "burkina-faso", ""}, {"russia", graph.Supplies, "niger", ""}}},
		{"counted anaphor of the last named", "en", "Burundi closed its border with Rwanda. Both countries belong to the East African Community.", []rel{
			{"burundi", graph.Opposed, "rwanda", ""}, {"burundi", graph.MemberOf, "east-african-community", ""}, {"rwanda", graph.MemberOf, "east-african-community", ""}}},
		{"subject list through a short form after a relative", "fr", "Boko Haram et l'ISWAP ont attaqué Marte. L'armée nigériane et la Force multinationale mixte (FMM), qui regroupe des soldats du Nigeria et du Tchad, mènent des opérations conjointes contre les deux groupes.", []rel{
			{"nigeria", graph.MemberOf, "mnjtf", ""}, {"chad", graph.MemberOf, "mnjtf", ""},
			{"boko-haram", graph.Opposed, "nigeria", ""}, {"iswap", graph.Opposed, "nigeria", ""}, {"boko-haram", graph.Opposed, "mnjtf", ""}, {"iswap", graph.Opposed, "mnjtf", ""},
			{"mnjtf", graph.Allied, "nigeria", ""}}},
		{"companion named by an institution and a short form", "fr", "Sur le terrain, les policiers kényans mènent avec la Police nationale d'Haïti (PNH) des opérations conjointes contre Viv Ansanm.", []rel{
			{"kenya", graph.Opposed, "viv-ansanm", ""}, {"haiti", graph.Opposed, "viv-ansanm", ""}, {"haiti", graph.Allied, "kenya", ""}}},
		{"definite anaphor by its noun", "fr", "La Mission multinationale (MMAS) est arrivée. Viv Ansanm, la coalition de gangs de Jimmy Chérizier, l'a attaquée. Cette alliance, dont fait partie le gang 400 Mawozo, contrôle la capitale.", []rel{
			{"mss-haiti", graph.Opposed, "viv-ansanm", ""}, {"400-mawozo", graph.MemberOf, "viv-ansanm", ""}}},
		{"compound anaphor named by its noun", "en", "The Three Brotherhood Alliance launched an offensive in October. In August, the China-backed alliance captured Lashio.", []rel{
			{"china", graph.Allied, "three-brotherhood-alliance", ""}}},
		{"compound anaphor naming no actor", "en", "The Three Brotherhood Alliance launched an offensive in October. In August, the China-backed mission captured Lashio.", nil},
		{"an affiliate outranks its parent for an anaphor", "en", "JNIM, al-Qaeda's affiliate in the Sahel, ambushed a convoy near Djibo. The attackers also killed members of the VDP.", []rel{
			{"jnim", graph.MemberOf, "al-qaeda", ""}, {"jnim", graph.Opposed, "vdp", ""}}},
		{"an affiliate outranks its parent for a counted anaphor", "fr", "L'ISWAP, affilié à l'État islamique, est né d'une scission de Boko Haram. L'armée nigériane mène des opérations contre les deux groupes.", []rel{
			{"iswap", graph.MemberOf, "islamic-state", ""}, {"iswap", graph.Opposed, "nigeria", ""}, {"boko-haram", graph.Opposed, "nigeria", ""}}},
		{"trainees named by a noun are the home state's", "en", "Mali received two helicopters in March. A Malian defence official said the crews had been trained by Chinese instructors before the handover.", []rel{
			{"china", graph.Trains, "mali", "h"}}},
		{"trainees named by a noun are the home state's fr", "fr", "Le Mali a reçu deux hélicoptères. Les équipages ont été formés par des instructeurs chinois.", []rel{
			{"china", graph.Trains, "mali", ""}}},
		{"no home state for a named trainee", "fr", "Le Mali a reçu deux hélicoptères. Les équipages nigériens ont été formés par des instructeurs chinois.", []rel{
			{"china", graph.Trains, "niger", ""}}},
		{"plural role before a list", "en", "ECOWAS member states Nigeria and Senegal sent envoys.", []rel{
			{"nigeria", graph.MemberOf, "ecowas", ""}, {"senegal", graph.MemberOf, "ecowas", ""}}},
		{"singular role before one", "en", "The force counters al-Qaeda's Sahel affiliate JNIM and the Islamic State.", []rel{
			{"jnim", graph.MemberOf, "al-qaeda", ""}}},
		{"role apposition then a verb", "en", "Mali, Burkina Faso and Niger, all members of the Alliance of Sahel States, left ECOWAS.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"niger", graph.MemberOf, "alliance-of-sahel-states", ""},
			{"mali", graph.MemberOf, "ecowas", "n"}, {"burkina-faso", graph.MemberOf, "ecowas", "n"}, {"niger", graph.MemberOf, "ecowas", "n"}}},
		{"role after a possessor and a place", "en", "ISWAP, the Islamic State's West Africa branch, attacked Chad.", []rel{
			{"chad", graph.Opposed, "iswap", ""}, {"iswap", graph.MemberOf, "islamic-state", ""}}},
		{"object after a possessor", "en", "Hezbollah, part of Iran's Axis of Resistance, fired rockets.", []rel{
			{"hezbollah", graph.MemberOf, "axis-of-resistance", ""}}},
		{"object after a compound", "en", "The Houthis, who are part of the Iran-led Axis of Resistance, attacked ships.", []rel{
			{"houthis", graph.MemberOf, "axis-of-resistance", ""}, {"iran", graph.MemberOf, "axis-of-resistance", ""}}},
		{"reciprocal opposition", "en", "The RSF and the Sudanese army have been at war since April 2023.", []rel{{"rsf", graph.Opposed, "sudan", ""}}},
		{"reciprocal opposition fr", "fr", "Les FSR et l'armée soudanaise s'affrontent depuis avril 2023.", []rel{{"rsf", graph.Opposed, "sudan", ""}}},
		{"no reciprocity without a reciprocal phrase", "en", "The RSF and the Sudanese army attacked in April 2023.", nil},
		{"plural faction role", "en", "Kataib Hezbollah, one of the factions of the Islamic Resistance in Iraq, fired drones.", []rel{{"kataib-hezbollah", graph.MemberOf, "islamic-resistance-in-iraq", ""}}},
		{"fired at", "en", "The Houthis have fired missiles at Israel.", []rel{{"houthis", graph.Opposed, "israel", ""}}},
		{"a head of state acts for the state", "en", "Kenyan President William Ruto sent police officers to Haiti.", []rel{
			{"haiti", graph.Allied, "kenya", ""}, {"william-ruto", graph.Leads, "kenya", ""}}},
		{"a person's group", "en", "Iyad Ag Ghaly's JNIM attacked the army.", []rel{{"iyad-ag-ghaly", graph.Leads, "jnim", ""}}},
		{"one of several commanders", "en", "Amadou Koufa, a JNIM commander, appeared in a video.", []rel{{"amadou-koufa", graph.MemberOf, "jnim", ""}}},
		{"a new person before a role of a group", "en", "Fuad Shukr, a top Hezbollah commander, was killed in Beirut.", []rel{{"fuad-shukr", graph.MemberOf, "hezbollah", ""}}},
		{"a role for a group", "en", "Lawrence Kanyuka, a spokesman for the M23, said the rebels had taken Goma.", []rel{{"lawrence-kanyuka", graph.MemberOf, "m23", ""}}},
		{"a new person after a role and its group", "fr", "Le porte-parole du M23, Lawrence Kanyuka, a annoncé la prise de Goma.", []rel{{"lawrence-kanyuka", graph.MemberOf, "m23", ""}}},
		{"a new person after a possessed role", "en", "The M23's spokesman, Lawrence Kanyuka, announced the capture of Goma.", []rel{{"lawrence-kanyuka", graph.MemberOf, "m23", ""}}},
		{"equipment received from its maker's state", "en", "Mali received Turkish drones in 2022.", []rel{{"turkey", graph.Supplies, "mali", ""}}},
		{"equipment received from its maker's state fr", "fr", "Le Mali a acquis des drones turcs.", []rel{{"turkey", graph.Supplies, "mali", ""}}},
		{"no supplier from equipment alone", "en", "Ukraine shot down Russian drones over Kyiv.", []rel{{"russia", graph.Opposed, "ukraine", ""}}},
		{"a state's weapons strike", "en", "Turkish drones have struck SDF positions.", []rel{{"sdf", graph.Opposed, "turkey", ""}}},
		{"a state's weapons strike fr", "fr", "Les drones turcs ont frappé les positions du FLA.", []rel{{"fla", graph.Opposed, "turkey", ""}}},
		{"an object stops at in support of", "en", "Russian aircraft bombed Idlib in support of the Syrian army.", []rel{{"russia", graph.Allied, "syria", ""}}},
		{"joint raids with a partner", "en", "British jets took part in joint raids with American aircraft against the Houthis.",
			[]rel{{"houthis", graph.Opposed, "united-kingdom", ""}, {"houthis", graph.Opposed, "united-states", ""}, {"united-kingdom", graph.Allied, "united-states", ""}}},
		{"attack drones are no attack", "en", "Russia fired Shahed attack drones of Iranian design.", nil},
		{"combat helicopters are no combat", "fr", "Moscou a livré des hélicoptères de combat aux Forces armées maliennes.", []rel{{"russia", graph.Supplies, "mali", ""}}},
		{"a conjugated verb", "fr", "L'Armée de libération oromo continue de harceler l'armée éthiopienne.", []rel{{"ethiopia", graph.Opposed, "ola", ""}}},
		{"a relative after an apposition of a group", "fr", "C'est l'ISWAP, branche régionale de l'EI, qui harcèle l'armée nigérienne.",
			[]rel{{"iswap", graph.Opposed, "niger", ""}, {"iswap", graph.MemberOf, "islamic-state", ""}}},
		{"a speaker is no subject", "en", "Haitian police said the assailants belonged to Viv Ansanm.", nil},
		{"a speaker is no subject after that", "en", "Haitian police said that the assailants belonged to Viv Ansanm.", nil},
		{"it opening a sentence is the subject before", "en", "Al-Shabaab attacked a base in Mogadishu. It has also attacked Kenyan troops.", []rel{{"al-shabaab", graph.Opposed, "kenya", ""}}},
		{"il opening a sentence is the subject before", "fr", "Le JNIM a attaqué un convoi. Il a aussi attaqué l'armée burkinabè. Il y a des morts.", []rel{{"burkina-faso", graph.Opposed, "jnim", ""}}},
		{"a singular participle names the last of a list", "fr", "L'ISWAP et Boko Haram, dirigé par Bakura Doro, se livrent une guerre sanglante.", []rel{{"bakura-doro", graph.Leads, "boko-haram", ""}}},
		{"the led acts, not its leader", "en", "JNIM, led by Iyad Ag Ghaly, attacked Mali.", []rel{{"iyad-ag-ghaly", graph.Leads, "jnim", ""}, {"jnim", graph.Opposed, "mali", ""}}},
		{"an unnamed led acts, not its leader", "fr", "Le groupe dirigé par Iyad Ag Ghaly a attaqué l'armée malienne.", nil},
		{"equipment shot down is not the shooter's", "en", "Ukraine shot down Iranian-made drones over Kyiv.", nil},
		{"equipment seen is not the observer's", "fr", "Amnesty International a identifié au Darfour des bombes de fabrication chinoise.", nil},
		{"an apposition belongs to the actor before it", "fr", "Après le retrait de la SAMIM, la mission de la SADC, les soldats rwandais sont seuls.", []rel{{"samim", graph.MemberOf, "sadc", ""}}},
		{"considering is no supplying", "en", "Moscow considered sending anti-ship missiles to the Houthis.", nil},
		{"an expletive it is no actor", "en", "Al-Shabaab attacked a base. It is unclear whether Kenyan troops were there.", nil},
		{"a pronoun after and is the first actor", "en", "Burundi has deployed troops in the east, and they fight the M23.", []rel{{"burundi", graph.Opposed, "m23", ""}}},
		{"a trailing participle takes the subject", "fr", "Boko Haram a attaqué la base de Barkaram, sur le lac Tchad, tuant des soldats tchadiens.", []rel{{"boko-haram", graph.Opposed, "chad", ""}}},
		{"a trailing participle takes the subject en", "en", "Boko Haram fighters overran the base at Barkaram, on an island, killing 40 Chadian soldiers.", []rel{{"boko-haram", graph.Opposed, "chad", ""}}},
		{"a group of a person", "fr", "Les FSR du général Hemetti ont pris El-Fasher.", []rel{{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
		{"one of several chiefs", "fr", "Amadou Koufa, un chef du JNIM, est apparu dans une vidéo.", []rel{{"amadou-koufa", graph.MemberOf, "jnim", ""}}},
		{"holders of a role listed after it", "fr", "Les États membres de la CEDEAO, dont le Nigeria et le Sénégal, ont condamné le coup d'État.", []rel{
			{"nigeria", graph.MemberOf, "ecowas", ""}, {"senegal", graph.MemberOf, "ecowas", ""}}},
		{"troops held in a mission", "en", "Uganda has about 4,000 soldiers in ATMIS.", []rel{{"uganda", graph.MemberOf, "atmis", ""}}},
		{"troops held in a mission fr", "fr", "L'Ouganda compte environ 4 000 soldats au sein de l'Atmis.", []rel{{"uganda", graph.MemberOf, "atmis", ""}}},
		{"a collective named with its members", "en", "The AES confederation of Mali, Burkina Faso and Niger was founded in 2024.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"niger", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		{"a collective name and its members", "en", "The Three Brotherhood Alliance of the MNDAA, the TNLA and the Arakan Army launched an offensive.", []rel{
			{"mndaa", graph.MemberOf, "three-brotherhood-alliance", ""}, {"tnla", graph.MemberOf, "three-brotherhood-alliance", ""}, {"arakan-army", graph.MemberOf, "three-brotherhood-alliance", ""}}},
		{"a role after a copula", "en", "Sweden became NATO's 32nd member in March 2024.", []rel{{"sweden", graph.MemberOf, "nato", ""}}},
		{"troops a mission draws from states", "en", "ATMIS troops come from Uganda, Burundi and Kenya.", []rel{
			{"uganda", graph.MemberOf, "atmis", ""}, {"burundi", graph.MemberOf, "atmis", ""}, {"kenya", graph.MemberOf, "atmis", ""}}},
		{"troops of listed states", "en", "Kenyan, Burundian and Ugandan troops of the EACRF left Goma.", []rel{
			{"kenya", graph.MemberOf, "eacrf", ""}, {"burundi", graph.MemberOf, "eacrf", ""}, {"uganda", graph.MemberOf, "eacrf", ""}}},
		{"listed states holding troops", "en", "Uganda, Burundi and Kenya have troops in ATMIS.", []rel{
			{"uganda", graph.MemberOf, "atmis", ""}, {"burundi", graph.MemberOf, "atmis", ""}, {"kenya", graph.MemberOf, "atmis", ""}}},
		{"deployed troops", "en", "Rwanda deployed 2,000 soldiers to Mozambique in 2021.", []rel{{"mozambique", graph.Allied, "rwanda", ""}}},
		{"deployed troops fr", "fr", "Le Rwanda a déployé 2 000 soldats au Mozambique.", []rel{{"mozambique", graph.Allied, "rwanda", ""}}},
		{"deployed equipment is used, not supplied", "en", "Mali deployed Turkish drones over Kidal.", nil},
		{"a role after two copulas", "fr", "La Suède est devenue le 32e membre de l'OTAN en mars 2024.", []rel{{"sweden", graph.MemberOf, "nato", ""}}},
		{"countries of an organisation listed", "fr", "Les pays de l'AES, le Mali, le Burkina Faso et le Niger, ont quitté la CEDEAO.", []rel{
			// each country left; the organisation the countries' noun
			// names left nothing (lead17, statesNotMembers)
			{"mali", graph.MemberOf, "ecowas", "n"}, {"burkina-faso", graph.MemberOf, "ecowas", "n"}, {"niger", graph.MemberOf, "ecowas", "n"},
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"niger", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		{"a state's equipment attacked", "en", "Algeria shot down a Malian drone near the border.", []rel{{"algeria", graph.Opposed, "mali", ""}}},
		{"a partner role after an auxiliary and a copula", "en", "Moscow has become Bamako's main security partner.", []rel{{"mali", graph.Allied, "russia", ""}}},
		{"no alliance from an economic partner", "fr", "La Chine, premier partenaire économique de la Birmanie, joue sa propre partition.", nil},
		{"diplomatic ties cut", "en", "Mali cut diplomatic ties with Ukraine in August.", []rel{{"mali", graph.Opposed, "ukraine", ""}}},
		// disagreement is not opposition (CODEBOOK, opposed)
		{"at loggerheads", "en", "Ethiopia and Eritrea are again at loggerheads.", nil},
		{"à couteaux tirés", "fr", "L'Éthiopie et l'Érythrée sont à couteaux tirés.", nil},
		// recalling an ambassador is not opposed (CODEBOOK, seventh session's rulings)
		{"recalled its ambassador", "en", "Algeria recalled its ambassador from Mali in April.", nil},
		{"rappelé son ambassadeur", "fr", "L'Algérie a rappelé son ambassadeur à Bamako en avril.", nil},
		{"a definite anaphor by the noun heading a name", "fr", "La MNDAA fait partie de l'Alliance des trois fraternités. L'alliance a lancé fin octobre 2023 une offensive, en coordination avec des Forces de défense populaire (PDF).", []rel{
			{"mndaa", graph.MemberOf, "three-brotherhood-alliance", ""}, {"peoples-defence-force", graph.Allied, "three-brotherhood-alliance", ""}}},
		{"a backbone is a member", "en", "The SDF, whose backbone is the Kurdish People's Protection Units (YPG), control a quarter of Syria.", []rel{{"ypg", graph.MemberOf, "sdf", ""}}},
		{"trainees opening the sentence", "fr", "La Somalie reçoit des drones. Les commandos de la brigade Gorgor, fer de lance de l'armée somalienne, ont été formés par des instructeurs turcs.", []rel{{"turkey", graph.Trains, "somalia", ""}}},
		{"a role after a nickname", "fr", "Mohamed Hamdan Daglo, dit « Hemedti », commandant des FSR, a parlé.", []rel{{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
		{"a second sender to the same destination", "fr", "La Mission multinationale d'appui à la sécurité (MMAS) est arrivée. Le Kenya et les Bahamas y ont envoyé des contingents, et le Guatemala a déployé en début d'année environ 150 soldats.", []rel{
			{"kenya", graph.MemberOf, "mss-haiti", ""}, {"bahamas", graph.MemberOf, "mss-haiti", ""}, {"guatemala", graph.MemberOf, "mss-haiti", ""}}},
		{"its neighbour", "en", "Burundi closed its land border with Rwanda on January 11, accusing its neighbour of training and arming the RED-Tabara rebel group.", []rel{
			{"burundi", graph.Opposed, "rwanda", ""}, {"rwanda", graph.Trains, "red-tabara", "h"}, {"rwanda", graph.Supplies, "red-tabara", "h"}}},
		{"the accused acts", "en", "Kinshasa accuses Kigali of backing the M23 rebels.", []rel{{"m23", graph.Allied, "rwanda", "h"}}},
		{"the accused before a participle acts", "en", "The Wagner Group, accused of supplying the RSF, denies it.", []rel{{"wagner-group", graph.Supplies, "rsf", "h"}}},
		{"no neighbour but the possessor", "en", "Burundi accused its neighbour of arming the RED-Tabara rebel group.", nil},
		{"helpers of the subject fight its enemy", "fr", "L'armée congolaise combat le M23 avec l'appui des milices wazalendo et des FDLR.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}, {"m23", graph.Opposed, "wazalendo", ""}, {"fdlr", graph.Opposed, "m23", ""}, {"dr-congo", graph.Allied, "wazalendo", ""}, {"dr-congo", graph.Allied, "fdlr", ""}}},
		{"a repeated preposition in a list", "fr", "Le Front de libération de l'Azawad (FLA) a infligé une lourde défaite à l'armée malienne et à Wagner.", []rel{
			{"fla", graph.Opposed, "mali", ""}, {"fla", graph.Opposed, "wagner-group", ""}}},
		{"cooperation ended", "fr", "Le Tchad a mis fin à sa coopération militaire avec la France.", []rel{{"chad", graph.Allied, "france", "n"}, {"chad", graph.Opposed, "france", ""}}}, // the ended alliance too (docs/CODEBOOK.md, "Ended defence agreements with a departure"; open19)
		{"rapprochement", "fr", "Bamako s'est rapproché de Moscou.", []rel{{"mali", graph.Allied, "russia", ""}}},
		{"armed by", "fr", "Les FSR seraient armées par les Émirats arabes unis.", []rel{{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"the junta is the state named with its junta", "en", "China has sent envoys to the talks. Beijing wants calm on its border. Myanmar's junta lost Lashio. The junta then bombed the TNLA.", []rel{
			{"myanmar", graph.Opposed, "tnla", ""}}},
		{"every supplier to the home state", "en", "Ukraine needs air defence. The Patriot systems, supplied by the United States and Germany, remain the backbone of its defences.", []rel{
			{"united-states", graph.Supplies, "ukraine", ""}, {"germany", graph.Supplies, "ukraine", ""}}},
		{"a list of demonyms with commas", "fr", "La SAMIDRC réunissait des soldats sud-africains, malawites et tanzaniens.", []rel{
			{"south-africa", graph.MemberOf, "samidrc", ""}, {"malawi", graph.MemberOf, "samidrc", ""}, {"tanzania", graph.MemberOf, "samidrc", ""}}},
		{"a force of an organisation", "fr", "La SAMIDRC, la force de la SADC, est partie.", []rel{{"samidrc", graph.MemberOf, "sadc", ""}}},
		{"integrated into", "fr", "Le M23 est intégré depuis décembre 2023 à l'Alliance Fleuve Congo.", []rel{{"m23", graph.MemberOf, "alliance-fleuve-congo", ""}}},
		{"a list reads past a leader", "fr", "Les Forces conjointes comprennent l'Armée de libération du Soudan (ALS) de Minni Minnawi et le Mouvement pour la justice et l'égalité (MJE) de Gibril Ibrahim.", []rel{
			{"sudan-liberation-movement", graph.MemberOf, "darfur-joint-force", ""}, {"jem", graph.MemberOf, "darfur-joint-force", ""},
			{"minni-minawi", graph.Leads, "sudan-liberation-movement", ""}, {"jibril-ibrahim", graph.Leads, "jem", ""}}},
		{"the actor before a long apposition", "fr", "Les Wazalendo, des groupes d'autodéfense armés par Kinshasa, combattent le M23 dans les collines du Nord-Kivu.", []rel{
			{"dr-congo", graph.Supplies, "wazalendo", ""}, {"m23", graph.Opposed, "wazalendo", ""}}},
		{"a denial does not reach past a coordinated reporting verb", "fr", "Le Rwanda dément soutenir le M23 et affirme se protéger contre les Forces démocratiques de libération du Rwanda (FDLR), un groupe armé hostile à Kigali.", []rel{
			{"m23", graph.Allied, "rwanda", "n"}, {"fdlr", graph.Opposed, "rwanda", ""}}},
		{"au côté du", "fr", "Des soldats rwandais combattaient au côté du M23.", []rel{{"m23", graph.Allied, "rwanda", ""}}},
		{"an opening participle phrase with an active trigger", "fr", "Déployée en décembre 2023 pour épauler l'armée congolaise, la SAMIDRC a perdu quatorze soldats.", []rel{{"dr-congo", graph.Allied, "samidrc", ""}}},
		{"the antecedent of a relative after an apposition", "en", "The United Wa State Army (UWSA), the country's largest ethnic armed group, which has close ties to Beijing, has long been reported to supply weapons to the MNDAA and the TNLA.", []rel{
			{"uwsa", graph.Supplies, "mndaa", "h"}, {"uwsa", graph.Supplies, "tnla", "h"}}},
		{"no count without a determiner", "en", "Burundi closed its border with Rwanda. Two countries belong to the East African Community.", []rel{
			{"burundi", graph.Opposed, "rwanda", ""}}},
		{"former partners", "en", "Mali, Burkina Faso and Niger formed the AES. The three governments have turned away from their former partners.", []rel{
			{"mali", graph.MemberOf, "alliance-of-sahel-states", ""}, {"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""}, {"niger", graph.MemberOf, "alliance-of-sahel-states", ""}}},
		{"antecedent of a relative clause", "fr", "La Force multinationale mixte, qui regroupe des soldats du Cameroun et du Tchad, mène des opérations contre Boko Haram.", []rel{
			{"cameroon", graph.MemberOf, "mnjtf", ""}, {"chad", graph.MemberOf, "mnjtf", ""}, {"boko-haram", graph.Opposed, "mnjtf", ""}}},
		{"suspended hyphen of origin", "en", "The Sudanese army flies Turkish- and Iranian-made drones.", []rel{
			{"turkey", graph.Supplies, "sudan", ""}, {"iran", graph.Supplies, "sudan", ""}}},
		{"respective leaders, demonyms after", "fr", "Les présidents congolais et rwandais, Félix Tshisekedi et Paul Kagame, se sont rencontrés à Doha.", []rel{
			{"felix-tshisekedi", graph.Leads, "dr-congo", ""}, {"paul-kagame", graph.Leads, "rwanda", ""}}},
		{"respective leaders, demonyms before", "en", "The Congolese and Rwandan presidents, Félix Tshisekedi and Paul Kagame, met in Doha.", []rel{
			{"felix-tshisekedi", graph.Leads, "dr-congo", ""}, {"paul-kagame", graph.Leads, "rwanda", ""}}},
		{"respective leaders of", "en", "The presidents of Congo and Rwanda, Félix Tshisekedi and Paul Kagame, met in Doha.", []rel{
			{"felix-tshisekedi", graph.Leads, "dr-congo", ""}, {"paul-kagame", graph.Leads, "rwanda", ""}}},
		{"plural leaders without names", "en", "The leaders of Mali and Niger met in Bamako.", nil},
		{"co-fighters are allies", "en", "Chad and Niger attacked Boko Haram near the lake.", []rel{
			{"boko-haram", graph.Opposed, "chad", ""}, {"boko-haram", graph.Opposed, "niger", ""}, {"chad", graph.Allied, "niger", ""}}},
		{"co-fighters in French", "fr", "Les forces rwandaises et l'armée mozambicaine ont repoussé une attaque de l'État islamique.", []rel{
			{"islamic-state", graph.Opposed, "rwanda", ""}, {"islamic-state", graph.Opposed, "mozambique", ""}, {"mozambique", graph.Allied, "rwanda", ""}}},
		{"actors far from a hostile noun are not co-fighters", "fr", "Le JNIM et l'État islamique au Sahel restent actifs dans ces zones, où les attaques contre l'armée malienne se sont multipliées.", []rel{
			{"jnim", graph.Opposed, "mali", ""}, {"islamic-state-sahel", graph.Opposed, "mali", ""}}},
		{"targets struck together are not allies", "en", "Israel struck Hezbollah and Hamas in October.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}, {"hamas", graph.Opposed, "israel", ""}}},
		{"sanctions together are no alliance", "fr", "L'Union européenne et les États-Unis ont imposé des sanctions au groupe Wagner.", []rel{
			{"european-union", graph.Opposed, "wagner-group", ""}, {"united-states", graph.Opposed, "wagner-group", ""}}},
		{"the junta of a general acts", "fr", "Au Niger, la junte du général Abdourahamane Tiani, qui dirige le pays depuis, a exigé le départ des militaires français.", []rel{
			{"france", graph.Opposed, "niger", ""}, {"abdourahamane-tiani", graph.Leads, "niger", ""}}},
		{"the troops of a president fight", "fr", "Les troupes érythréennes du président Isaias Afwerki ont attaqué le TPLF.", []rel{
			{"eritrea", graph.Opposed, "tplf", ""}, {"isaias-afwerki", graph.Leads, "eritrea", ""}}},
		{"the government of a prime minister is the object", "fr", "L'Éthiopie est en guerre. Les milices Fano mènent une insurrection contre le gouvernement fédéral du Premier ministre Abiy Ahmed.", []rel{
			{"ethiopia", graph.Opposed, "fano", ""}, {"abiy-ahmed", graph.Leads, "ethiopia", ""}}},
		{"frigates contributed to a mission", "en", "The EU naval mission Aspides, to which Greece, France and Italy have contributed frigates, escorts merchant vessels.", []rel{
			{"greece", graph.MemberOf, "eunavfor-aspides", ""}, {"france", graph.MemberOf, "eunavfor-aspides", ""}, {"italy", graph.MemberOf, "eunavfor-aspides", ""}, {"eunavfor-aspides", graph.MemberOf, "european-union", ""}}},
		{"an ambiguous acronym is the actor the article names", "en", "The Syrian National Army has been fighting the SDF. Turkey has struck SDF positions in support of the SNA.", []rel{
			{"sdf", graph.Opposed, "syrian-national-army", ""}, {"sdf", graph.Opposed, "turkey", ""}, {"syrian-national-army", graph.Allied, "turkey", ""}}},
		{"an ambiguous acronym keeps its preferred actor", "en", "The SNA attacked al-Shabaab in Hiraan.", []rel{
			{"al-shabaab", graph.Opposed, "somalia", ""}}},
		{"en soutien aux", "fr", "La Russie a frappé les positions du JNIM en soutien aux FAMa.", []rel{
			{"jnim", graph.Opposed, "russia", ""}, {"mali", graph.Allied, "russia", ""}}},
		{"a list of participles shares its agent", "en", "The Syrian National Army, a coalition of factions armed, paid and trained by Turkey, has been fighting the SDF.", []rel{
			{"turkey", graph.Supplies, "syrian-national-army", ""}, {"turkey", graph.Trains, "syrian-national-army", ""}}},
		{"a commander is a person", "en", "US forces killed a senior commander of Hurras al-Din, al-Qaeda's branch in Syria, in a drone strike.", []rel{
			{"hurras-al-din", graph.Opposed, "united-states", ""}, {"hurras-al-din", graph.MemberOf, "al-qaeda", ""}}},
		{"a filler inside a trigger", "fr", "Le Nigeria, le Cameroun et le Niger participent eux aussi à la FMM.", []rel{
			{"nigeria", graph.MemberOf, "mnjtf", ""}, {"cameroon", graph.MemberOf, "mnjtf", ""}, {"niger", graph.MemberOf, "mnjtf", ""}}},
		{"a filler inside an English trigger", "en", "Chadian troops fought directly alongside the French army.", []rel{
			{"chad", graph.Allied, "france", ""}}},
		{"ambushes on patrols", "fr", "L'ISWAP a tendu plusieurs embuscades aux patrouilles nigériennes en janvier.", []rel{
			{"iswap", graph.Opposed, "niger", ""}}},
		{"a departure is a negated membership", "en", "Mali, Burkina Faso and Niger formally left the Economic Community of West African States (ECOWAS) in January 2025.", []rel{
			{"mali", graph.MemberOf, "ecowas", "n"}, {"burkina-faso", graph.MemberOf, "ecowas", "n"}, {"niger", graph.MemberOf, "ecowas", "n"}}},
		{"a departure in French", "fr", "Le Mali a quitté la CEDEAO en janvier.", []rel{{"mali", graph.MemberOf, "ecowas", "n"}}},
		{"not leaving is a membership", "en", "Mali did not leave ECOWAS.", []rel{{"mali", graph.MemberOf, "ecowas", ""}}},
		{"left dead is no departure", "en", "The JNIM attack left twenty MINUSMA peacekeepers dead.", []rel{{"jnim", graph.Opposed, "minusma", ""}}},
		{"an object after a list of nouns", "en", "Uganda's military on Wednesday denied that it had ever supplied weapons, ammunition or fighters to the M23 rebels.", []rel{
			{"uganda", graph.Supplies, "m23", "n"}}},
		{"an object after a list of nouns in French", "fr", "La Russie a livré des armes, des munitions et des drones au Mali.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"a new clause after a list is no object", "fr", "Le Kenya et la Jamaïque y ont envoyé des contingents, et le Guatemala a déployé environ 150 soldats.", nil},
		{"captured from", "en", "The Kachin Independence Army captured the town of Bhamo from the Myanmar army in July.", []rel{
			{"kachin-independence-army", graph.Opposed, "myanmar", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := run(t, tc.lang, tc.text)
			assert.Equal(t, tc.want, relations(c))
			violations, err := c.Check()
			require.NoError(t, err)
			assert.Empty(t, violations)
		})
	}
}

func TestEvidence(t *testing.T) {
	text := "Un titre\n\nSelon des sources sécuritaires, la Turquie a livré en septembre 2021 des drones Bayraktar TB2 à l’armée malienne. Rien d'autre."
	c := run(t, "fr", text)
	require.Len(t, c.Relations, 1)
	r := c.Relations[0]
	assert.Equal(t, graph.ClaimRelation{From: "turkey", Type: graph.Supplies, To: "mali", Evidence: r.Evidence}, r)
	require.Len(t, r.Evidence, 1)
	e := r.Evidence[0]
	assert.Equal(t, text[e.Start:e.End], e.Sentence)
	assert.True(t, strings.HasPrefix(e.Sentence, "Selon des sources"))
	assert.True(t, strings.HasSuffix(e.Sentence, "l’armée malienne."))
	require.NotNil(t, e.SentenceIndex)
	assert.Equal(t, 1, *e.SentenceIndex, "the title is sentence 0")
	assert.Equal(t, "2021-09", e.Date.String())
	assert.Equal(t, graph.PrecisionMonth, e.Date.Precision())
	assert.True(t, e.Hedged)
	assert.False(t, e.Negated)
	assert.Equal(t, "des sources sécuritaires", e.Attribution)
	assert.Equal(t, "livré", e.Trigger)
	assert.Equal(t, "fr/trigger/supplies/active", e.Rule)
	assert.Equal(t, "drones Bayraktar TB2", e.Supplied)
	assert.Equal(t, extract.ID, e.Extractor)
	assert.Equal(t, "rules/1", e.Extractor)
	assert.InDelta(t, extract.ConfidenceHedged, e.Confidence, 1e-9)

	c = run(t, "en", "Malian troops were trained by Russian instructors.")
	e = c.Relations[0].Evidence[0]
	assert.Equal(t, "trained by", e.Trigger)
	assert.Equal(t, "en/trigger/trains/passive", e.Rule)
	assert.InDelta(t, extract.ConfidenceAsserted, e.Confidence, 1e-9)
	assert.True(t, e.Date.IsZero(), "no date in the sentence: the store falls back to the article's")
}

func TestDates(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"fr", "En septembre 2021, la Turquie a livré des drones au Mali.", "2021-09"},
		{"fr", "La Turquie a livré des drones au Mali le 12 mars 2024.", "2024-03-12"},
		{"fr", "La Turquie a livré des drones au Mali le 1er août 2023.", "2023-08-01"},
		{"fr", "La Turquie a livré des drones au Mali en 2023.", "2023"},
		{"fr", "La Turquie a livré 2023 drones au Mali.", ""},
		{"en", "In March 2024 Turkey delivered drones to Mali.", "2024-03"},
		{"en", "Turkey delivered drones to Mali on March 12, 2024.", "2024-03-12"},
		{"en", "Turkey delivered drones to Mali on 12 March 2024.", "2024-03-12"},
		{"en", "Turkey delivered drones to Mali in 2023.", "2023"},
		{"en", "Turkey delivered drones to Mali on February 30, 2024.", "2024-02"},
		{"en", "Turkey delivered drones to Mali.", ""},
		{"en", "In 2019 talks began; in May 2022 Turkey delivered drones to Mali.", "2022-05"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			c := run(t, tc.lang, tc.text)
			require.Len(t, c.Relations, 1)
			assert.Equal(t, tc.want, c.Relations[0].Evidence[0].Date.String())
		})
	}
}

func TestOffsetsSurviveNormalisation(t *testing.T) {
	// Decomposed accents, typographic quotes, no-break spaces and CRLF
	// line ends: matching normalises, offsets stay in the original text.
	text := "Titre\r\n\r\nL\u2019arme\u0301e malienne\u00a0: \u00ab\u202fla Turquie a livre\u0301 des drones au Mali\u202f\u00bb.\r\nSelon l\u2019ONU, la Russie forme les FAMa."
	c := run(t, "fr", text)
	require.Len(t, c.Relations, 2)
	for _, r := range c.Relations {
		for _, e := range r.Evidence {
			assert.Equal(t, text[e.Start:e.End], e.Sentence)
		}
	}
	assert.Equal(t, "livre\u0301", c.Relations[0].Evidence[0].Trigger, "the trigger as written")
	assert.Equal(t, []string{"mali", "russia", "turkey", "united-nations"}, actorIDs(c))
}

func TestArticle(t *testing.T) {
	a := &graph.Article{ID: "a1", URL: "https://example.org/x", Title: "T", Date: graph.MustDate("2024-03"), Outlet: "O", Text: "The Malian army fought JNIM."}
	c, err := x.Extract(context.Background(), a)
	require.NoError(t, err)
	assert.Equal(t, graph.ClaimsVersion, c.Version)
	want := *a
	want.Lang = "en"
	want.ContentHash = graph.ContentHash(a.Text)
	want.Fingerprint = x.Fingerprint()
	assert.Equal(t, want, c.Article)
	assert.Empty(t, a.Fingerprint, "the input is not modified")
	assert.Regexp(t, `^rules/1\+[0-9a-f]{16}$`, x.Fingerprint())
	assert.Equal(t, "rules/1+"+lexicon.Default().Digest()[:16], x.Fingerprint())

	c, err = x.Extract(context.Background(), &graph.Article{ID: "empty"})
	require.NoError(t, err)
	assert.Empty(t, c.Actors)
	assert.Empty(t, c.Relations)

	_, err = x.Extract(context.Background(), nil)
	assert.ErrorIs(t, err, extract.ErrNoArticle)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = x.Extract(ctx, a)
	assert.ErrorIs(t, err, context.Canceled)
}

func TestFingerprintFollowsDictionaries(t *testing.T) {
	d, err := lexicon.ParseDictionary("d.yaml", []byte("actors:\n  - id: katiba-serma\n    name: Katiba Serma\n    kind: armed_group\n"))
	require.NoError(t, err)
	lex, err := lexicon.Default().With(d)
	require.NoError(t, err)
	y := extract.New(lex)
	assert.NotEqual(t, x.Fingerprint(), y.Fingerprint())
	c, err := y.Extract(context.Background(), &graph.Article{ID: "a", Lang: "fr", Text: "La Katiba Serma combat les FAMa."})
	require.NoError(t, err)
	assert.Equal(t, []rel{{"katiba-serma", graph.Opposed, "mali", ""}}, relations(c))
	assert.Equal(t, y.Fingerprint(), c.Article.Fingerprint)
}

func TestLanguage(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"La Turquie a livré des drones au Mali, selon le ministère.", "fr"},
		{"Turkey delivered drones to Mali, the ministry said.", "en"},
		{"Mali Turkey", ""},
		{"", ""},
	} {
		assert.Equal(t, tc.want, x.Language(tc.text), tc.text)
	}
	c := run(t, "", "La Turquie a livré des drones au Mali.")
	assert.Equal(t, "fr", c.Article.Lang)
	assert.Equal(t, "fr/trigger/supplies/active", c.Relations[0].Evidence[0].Rule)
	c = run(t, "xx", "Turkey delivered drones to Mali.")
	assert.Equal(t, "xx", c.Article.Lang, "a given language is kept")
	assert.Equal(t, "en/trigger/supplies/active", c.Relations[0].Evidence[0].Rule, "unknown language: every language's triggers")
}

func TestDeterministic(t *testing.T) {
	var arts []*graph.Article
	for _, p := range samplePaths(t) {
		arts = append(arts, readSample(t, p))
	}
	first := make([][]byte, len(arts))
	for i, a := range arts {
		c, err := x.Extract(context.Background(), a)
		require.NoError(t, err)
		first[i], err = json.Marshal(c)
		require.NoError(t, err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			y := extract.New(nil)
			for i := len(arts) - 1; i >= 0; i-- {
				c, err := y.Extract(context.Background(), arts[i])
				assert.NoError(t, err)
				b, err := json.Marshal(c)
				assert.NoError(t, err)
				assert.Equal(t, string(first[i]), string(b), arts[i].ID)
			}
		}()
	}
	wg.Wait()
}

// TestSamples runs the extractor over every sample article: none panics,
// each yields at least one relation, and the claims pass the schema and
// type rules with offsets that point at their sentences.
func TestSamples(t *testing.T) {
	langs := map[string]int{}
	paths := samplePaths(t)
	assert.GreaterOrEqual(t, len(paths), 12)
	for _, p := range paths {
		a := readSample(t, p)
		t.Run(a.ID, func(t *testing.T) {
			n := len(strings.Fields(a.Text))
			assert.True(t, n >= 150 && n <= 400, "%d words", n)
			assert.False(t, a.Date.IsZero())
			c, err := x.Extract(context.Background(), a)
			require.NoError(t, err)
			langs[c.Article.Lang]++
			assert.NotEmpty(t, c.Relations, "no relation")
			violations, err := c.Check()
			require.NoError(t, err)
			assert.Empty(t, violations)
			for _, r := range c.Relations {
				assert.True(t, slices.ContainsFunc(c.Actors, func(ca graph.ClaimActor) bool { return ca.ID == r.From }))
				assert.True(t, slices.ContainsFunc(c.Actors, func(ca graph.ClaimActor) bool { return ca.ID == r.To }))
				for _, e := range r.Evidence {
					assert.Equal(t, a.Text[e.Start:e.End], e.Sentence)
					assert.NotEmpty(t, e.Trigger)
					assert.Contains(t, e.Sentence, e.Trigger)
				}
			}
		})
	}
	assert.GreaterOrEqual(t, langs["fr"], 6)
	assert.GreaterOrEqual(t, langs["en"], 6)
}

// TestFormerNames checks that the extractor claims the articles of the
// extractor it replaced, so that reextract reads them again.
func TestFormerNames(t *testing.T) {
	// loader.FamilyNamer, written out to keep imports one way
	var fn interface{ FormerNames() []string } = extract.New(nil)
	assert.Contains(t, fn.FormerNames(), "simple")
}

// TestLeaderForces: the forces of a leader the lexicon knows stand for
// what the leader heads at the article's date (lexicon leads facts).
func TestLeaderForces(t *testing.T) {
	for _, tc := range []struct {
		name, lang, date, text string
		want                   []rel
	}{
		{"possessive en", "en", "2023-05", "Iran fought alongside Assad's forces for a decade.", []rel{{"iran", graph.Allied, "syria", ""}}},
		{"after the leader's fall", "en", "2025-02", "Iran fought alongside Assad's forces for a decade.", []rel{{"iran", graph.Allied, "syria", ""}}},
		{"a group's fighters, no leads", "en", "2024-06", "Hemedti's fighters attacked the Sudanese army.", []rel{{"rsf", graph.Opposed, "sudan", ""}}},
		{"a state's troops", "en", "2024-06", "Putin's troops attacked Ukraine in February 2022.", []rel{{"russia", graph.Opposed, "ukraine", ""}}},
		{"an adjective between", "en", "2024-06", "Putin's regular troops attacked Ukraine in February 2022.", []rel{{"russia", graph.Opposed, "ukraine", ""}}},
		{"of fr", "fr", "2024-06", "Les forces de Goïta combattent le JNIM.", []rel{{"jnim", graph.Opposed, "mali", ""}}},
		{"of and a title fr", "fr", "2024-06", "Les combattants du général Hemetti ont attaqué l'armée soudanaise.", []rel{{"rsf", graph.Opposed, "sudan", ""}}},
		{"loyal to", "en", "2024-06", "Forces loyal to Haftar attacked the Chadian army.", []rel{{"chad", graph.Opposed, "lna", ""}}},
		{"fidèles à", "fr", "2024-06", "Des forces fidèles au maréchal Haftar ont attaqué l'armée tchadienne.", []rel{{"chad", graph.Opposed, "lna", ""}}},
		{"the leadership of the date: before", "en", "2024-06", "Al-Sharaa's fighters attacked the Syrian army.", []rel{{"hts", graph.Opposed, "syria", ""}}},
		{"the leadership of the date: after", "en", "2025-03", "Al-Sharaa's forces clashed with the SDF.", []rel{{"sdf", graph.Opposed, "syria", ""}}},
		{"a junta still says who leads it", "fr", "2024-06", "La junte du général Tiani a attaqué le JNIM.", []rel{
			{"jnim", graph.Opposed, "niger", ""}, {"abdourahamane-tiani", graph.Leads, "niger", ""}}},
		{"a compound", "en", "2023-05", "Russia has backed the Assad regime since 2015.", []rel{{"russia", graph.Allied, "syria", ""}}},
		{"a compound fr", "fr", "2023-05", "La Russie soutient le régime Assad depuis 2015.", []rel{{"russia", graph.Allied, "syria", ""}}},
		{"troops a head of state sends", "en", "2024-06", "Russia is a major power. Vladimir Putin deployed troops to Syria in 2015.", []rel{{"russia", graph.Allied, "syria", ""}}},
		{"not a forces noun: the person acts", "en", "2024-06", "Hemedti's brother attacked the Sudanese army.", []rel{{"mohamed-hamdan-dagalo", graph.Opposed, "sudan", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, relations(runDated(t, x, tc.lang, tc.date, tc.text)))
		})
	}
	// The leader stays an actor of the article, and the phrase is a form
	// of the state it stands for.
	date, _ := graph.ParseDate("2023-05")
	c, err := x.Extract(context.Background(), &graph.Article{ID: "test", Lang: "en", Date: date, Text: "Iran fought alongside Assad's forces for a decade."})
	require.NoError(t, err)
	assert.Contains(t, actorIDs(c), "bashar-al-assad")
	for _, a := range c.Actors {
		if a.ID == "syria" {
			assert.Contains(t, a.Surface, "Assad's forces")
		}
	}
}

// TestLedDescriptions: "the US-led coalition", « la coalition menée par
// les États-Unis » are what the lexicon says the state leads when the
// article names it (before or after), else what their noun heads; a
// state's demonym before "-led" stands for the state otherwise.
func TestLedDescriptions(t *testing.T) {
	for _, tc := range []struct {
		name, lang, text string
		want             []rel
	}{
		{"named before", "en", "Operation Prosperity Guardian patrols the Red Sea. Bahrain and Greece have joined the US-led coalition.", []rel{
			{"bahrain", graph.MemberOf, "operation-prosperity-guardian", ""}, {"greece", graph.MemberOf, "operation-prosperity-guardian", ""},
			{"united-states", graph.MemberOf, "operation-prosperity-guardian", ""}}},
		{"named after", "en", "Bahrain and Greece have joined the US-led coalition. Operation Prosperity Guardian patrols the Red Sea.", []rel{
			{"bahrain", graph.MemberOf, "operation-prosperity-guardian", ""}, {"greece", graph.MemberOf, "operation-prosperity-guardian", ""},
			{"united-states", graph.MemberOf, "operation-prosperity-guardian", ""}}},
		{"not the coalition named last", "en", "Operation Prosperity Guardian patrols the Red Sea, and the CMF runs patrols too. Bahrain has joined the US-led coalition.", []rel{
			{"bahrain", graph.MemberOf, "operation-prosperity-guardian", ""}, {"united-states", graph.MemberOf, "operation-prosperity-guardian", ""}}},
		{"led by fr", "fr", "L'opération Prosperity Guardian patrouille en mer Rouge. Bahreïn a rejoint la coalition menée par les États-Unis.", []rel{
			{"bahrain", graph.MemberOf, "operation-prosperity-guardian", ""}, {"united-states", graph.MemberOf, "operation-prosperity-guardian", ""}}},
		{"led by acts", "en", "Operation Prosperity Guardian patrols the Red Sea. The coalition led by the United States has attacked the Houthis.", []rel{
			{"united-states", graph.MemberOf, "operation-prosperity-guardian", ""}, {"houthis", graph.Opposed, "operation-prosperity-guardian", ""}}},
		{"a demonym stands for its state", "en", "The Kenyan-led force fought the Viv Ansanm gangs.", []rel{{"kenya", graph.Opposed, "viv-ansanm", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := run(t, tc.lang, tc.text)
			assert.ElementsMatch(t, tc.want, relations(c))
		})
	}
}

// TestBracketedNameAndNoun: "the Gulf Shield (GS) force" is the actor
// whose form is "Gulf Shield force", and so is "GS" in the article.
func TestBracketedNameAndNoun(t *testing.T) {
	d, err := lexicon.ParseDictionary("d.yaml", []byte("actors:\n  - id: gulf-shield-force\n    name: Gulf Shield force\n    kind: organisation\n"))
	require.NoError(t, err)
	lex, err := lexicon.Default().With(d)
	require.NoError(t, err)
	y := extract.New(lex)
	c, err := y.Extract(context.Background(), &graph.Article{ID: "a", Lang: "en", Text: "Kenyan police officers serving with the Gulf Shield (GS) force repelled an attack. Jamaica joined the GS in May."})
	require.NoError(t, err)
	assert.Equal(t, []rel{{"kenya", graph.MemberOf, "gulf-shield-force", ""}, {"jamaica", graph.MemberOf, "gulf-shield-force", ""}}, relations(c))
	assert.NotContains(t, actorIDs(c), "gs")
}

// TestAlliesAgainst: "X fought alongside Y against Z" makes both fight Z
// (docs/CODEBOOK.md, several helpers of one side).
func TestAlliesAgainst(t *testing.T) {
	for _, tc := range []struct {
		name, lang, text string
		want             []rel
	}{
		{"fr", "fr", "Les Forces conjointes combattent aux côtés de l'armée soudanaise contre les FSR.", []rel{
			{"darfur-joint-force", graph.Allied, "sudan", ""}, {"darfur-joint-force", graph.Opposed, "rsf", ""}, {"rsf", graph.Opposed, "sudan", ""}}},
		{"en, a few words between", "en", "About 2,000 US troops are deployed alongside the SDF in the fight against the Islamic State.", []rel{
			{"sdf", graph.Allied, "united-states", ""}, {"islamic-state", graph.Opposed, "united-states", ""}, {"islamic-state", graph.Opposed, "sdf", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.ElementsMatch(t, tc.want, relations(run(t, tc.lang, tc.text)))
		})
	}
	// not across a comma
	for _, r := range run(t, "en", "Chadian troops fought alongside the French army, and later against Boko Haram.").Relations {
		for _, e := range r.Evidence {
			assert.False(t, strings.HasSuffix(e.Rule, "/against"), "%s %s %s: %s", r.From, r.Type, r.To, e.Rule)
		}
	}
}
