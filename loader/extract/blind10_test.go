package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestBlind10Rules: the constructions of the tenth session's blind
// articles (en-blind-13, en-blind-14, fr-blind-13, fr-blind-14), with
// fresh sentences in the same style, in both languages where the
// language has them.
func TestBlind10Rules(t *testing.T) {
	runRelCases(t, []relCase{
		// a leader after a group's head noun and an of-word: the person
		// leads the group and is no member of it
		{"federation of PERSON", "en", "The alliance brings together the G9 federation of Jimmy Chérizier, known as Barbecue, and other gangs.", []rel{
			{"jimmy-cherizier", graph.Leads, "g9", ""}}},
		{"coalition de PERSONNE", "fr", "Les policiers kényans affrontent chaque jour la coalition Viv Ansanm de Ti Lapli, qui contrôle Delmas.", []rel{
			{"renel-destina", graph.Leads, "viv-ansanm", ""}, {"kenya", graph.Opposed, "viv-ansanm", ""}}},
		// a name possessing an armed group is a person, its leader
		{"PERSON's GROUP", "en", "Its member gangs, among them 400 Mawozo and Johnson André's 5 Segonn, hold the city.", []rel{
			{"johnson-andre", graph.Leads, "5-segonn", ""}}},
		{"PERSON's GROUP attacked", "en", "On Monday Vitel'Homme Innocent's Kraze Baryè attacked the Haitian National Police in Tabarre.", []rel{
			{"vitel-homme-innocent", graph.Leads, "kraze-barye", ""}, {"haiti", graph.Opposed, "kraze-barye", ""}}},
		// a designation as terrorist past an apposition of the last one
		{"designated X and Y, apposition, as", "en", "On 2 May the United States designated Viv Ansanm and Gran Grif, the gang that has terrorised the Artibonite valley, as foreign terrorist organisations.", []rel{
			{"united-states", graph.Opposed, "viv-ansanm", ""}, {"gran-grif", graph.Opposed, "united-states", ""}}},
		{"désigné X et Y, apposition, comme", "fr", "Washington a désigné Viv Ansanm et Gran Grif, le gang qui terrorise la vallée de l'Artibonite, comme organisations terroristes.", []rel{
			{"united-states", graph.Opposed, "viv-ansanm", ""}, {"gran-grif", graph.Opposed, "united-states", ""}}},
		// standing sanctions: the sanctioning actors oppose the holder
		{"under US sanctions and UN sanctions", "en", "Iyad Ag Ghaly, under US sanctions since 2013 and UN sanctions since 2014, dismissed the move.", []rel{
			{"iyad-ag-ghaly", graph.Opposed, "united-states", ""}, {"iyad-ag-ghaly", graph.Opposed, "united-nations", ""}}},
		{"remains under EU sanctions", "en", "The Wagner Group remains under EU sanctions, but it kept fighting in Mali.", []rel{
			{"european-union", graph.Opposed, "wagner-group", ""}}},
		{"sous sanctions américaines", "fr", "Iyad Ag Ghaly, sous sanctions américaines depuis 2013, a rejeté la décision.", []rel{
			{"iyad-ag-ghaly", graph.Opposed, "united-states", ""}}},
		{"visé par des sanctions de l'ONU", "fr", "Le groupe Wagner, visé par des sanctions de l'Union européenne, reste au Mali.", []rel{
			{"european-union", graph.Opposed, "wagner-group", ""}}},
		{"under no link: under the command of", "en", "The brigade fought under the command of the Rapid Support Forces.", nil},
		// coordinated suppliers: the maker after "built by" is no
		// recipient, a list after ", and" opening its own subject is no
		// part of the one before, and co-suppliers are no allies
		{"delivered X built by M, and A and B together provided", "en", "Germany has delivered several IRIS-T systems built by the manufacturer Diehl Defence to Ukraine, and Norway and the US together provided NASAMS launchers to Kyiv.", []rel{
			{"germany", graph.Supplies, "ukraine", ""}, {"norway", graph.Supplies, "ukraine", ""}, {"united-states", graph.Supplies, "ukraine", ""}}},
		{"a livré des X conçus par M", "fr", "L'Allemagne a livré des systèmes IRIS-T conçus par Diehl Defence à l'Ukraine.", []rel{
			{"germany", graph.Supplies, "ukraine", ""}}},
		{"jointly financed", "en", "The EU and Germany jointly financed armoured vehicles for the Beninese army.", []rel{
			{"european-union", graph.Supplies, "benin", ""}, {"germany", graph.Supplies, "benin", ""}}},
		// a possessive member role with a complement after it
		{"Sa mission de formation, X,", "fr", "L'Union européenne a versé 20 millions d'euros au Rwanda. Sa mission de formation, l'EUTM Mozambique, a commencé en 2021.", []rel{
			{"eutm-mozambique", graph.MemberOf, "european-union", ""}, {"european-union", graph.Supplies, "rwanda", ""}}},
		// trainees counted alone are the home state's
		{"says it has trained over 70,000", "en", "Ukraine's army needs men. The European Union's military assistance mission, EUMAM Ukraine, says it has trained over 70,000.", []rel{
			{"eumam-ukraine", graph.MemberOf, "european-union", ""}, {"eumam-ukraine", graph.Trains, "ukraine", ""}}},
		{"a formé 3 000 recrues", "fr", "Le Mozambique manque de soldats. L'EUTM Mozambique a formé 1 100 soldats depuis 2021.", []rel{
			{"eutm-mozambique", graph.Trains, "mozambique", ""}}},
		{"has trained 18,000: not when another state was named last", "en", "Russia and Iran are allies. France and Germany have trained Malian officers. The EU's training mission, EUTM Mali, has trained 18,000 soldiers since 2013.", []rel{
			{"iran", graph.Allied, "russia", ""}, {"france", graph.Trains, "mali", ""}, {"germany", graph.Trains, "mali", ""}, {"eutm-mali", graph.MemberOf, "european-union", ""}}},
		{"trained 500 men from Mali: no home", "en", "Ukraine's army needs men. The EUTM Mali trained 500 soldiers of Mali in 2019.", []rel{
			{"eutm-mali", graph.Trains, "mali", ""}}},
		// an anaphor noun before a capitalised name is that name's, not
		// the last actor of its kind
		{"l'opération Mirador", "fr", "L'Union européenne finance l'armée béninoise. Des soldats béninois de l'opération Mirador patrouillent à Kandi.", []rel{
			{"european-union", graph.Supplies, "benin", ""}}},
		{"the operation Shujaa", "en", "The EU has launched a new mission. Uganda and Congo lead the operation Shujaa against the ADF.", []rel{
			{"adf", graph.Opposed, "uganda", ""}, {"adf", graph.Opposed, "dr-congo", ""}, {"dr-congo", graph.Allied, "uganda", ""}}},
		// funding: money paid is a supply
		{"a versé N euros au Rwanda", "fr", "L'Union européenne, elle, a versé 20 millions d'euros au Rwanda en décembre 2022 pour soutenir ce déploiement.", []rel{
			{"european-union", graph.Supplies, "rwanda", ""}}},
		{"disbursed N to Somalia", "en", "The European Union disbursed 40 million euros to Somalia last year.", []rel{
			{"european-union", graph.Supplies, "somalia", ""}}},
		// an inserted adverbial after the trigger does not count in the
		// object's distance
		{"a financé, adverbial, des X pour les armées Y et Z", "fr", "L'Union européenne a financé, au titre de la Facilité européenne pour la paix, des véhicules blindés et des équipements de protection pour les armées béninoise et togolaise.", []rel{
			{"european-union", graph.Supplies, "benin", ""}, {"european-union", graph.Supplies, "togo", ""}}},
		{"funded, adverbial, X for the Y army", "en", "The European Union funded, through the European Peace Facility set up in 2021, armoured vehicles and protective equipment for the Beninese army.", []rel{
			{"european-union", graph.Supplies, "benin", ""}}},
		// a role's holder past the state where its organisation acts
		{"la mission de la SADC au Mozambique, la SAMIM,", "fr", "Les soldats de la mission de la SADC au Mozambique, la SAMIM, ont quitté Pemba.", []rel{
			{"samim", graph.MemberOf, "sadc", ""}}},
		{"the SADC's mission in Mozambique, SAMIM,", "en", "The last soldiers of the SADC mission in Mozambique, SAMIM, left Pemba this week.", []rel{
			{"samim", graph.MemberOf, "sadc", ""}}},
		// taking office at a seat of power, for a person of the state's
		// own country only
		{"returned to the White House", "en", "Washington's support has become less certain since Donald Trump returned to the White House.", []rel{
			{"donald-trump", graph.Leads, "united-states", ""}}},
		{"est revenu à la Maison-Blanche", "fr", "Le soutien de Washington est moins sûr depuis que Donald Trump est revenu à la Maison-Blanche.", []rel{
			{"donald-trump", graph.Leads, "united-states", ""}}},
		{"a visitor returned to the White House", "en", "In March Volodymyr Zelensky returned to the White House for talks.", nil},
		// a state after a definite article, then an of-word and a person
		{"le Togo de PERSONNE", "fr", "Le Togo de Faure Gnassingbé a choisi une autre voie.", []rel{
			{"faure-gnassingbe", graph.Leads, "togo", ""}}},
		{"le Burkina Faso du capitaine X", "fr", "Avec le Burkina Faso du capitaine Ibrahim Traoré, les relations sont mauvaises.", []rel{
			{"ibrahim-traore", graph.Leads, "burkina-faso", ""}}},
	})
}
