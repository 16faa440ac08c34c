package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestTitleCoref: a person the article names once in full, then by a
// title alone (titles.go), in fresh sentences of both languages.
func TestTitleCoref(t *testing.T) {
	runRelCases(t, []relCase{
		// a leader title naming whose it is: the person, who leads it
		{"the French president", "en", "French President Emmanuel Macron visited Kyiv on Monday. The French president said Paris would keep supplying Ukraine with air defence systems.", []rel{
			{"emmanuel-macron", graph.Leads, "france", ""}, {"emmanuel-macron", graph.Leads, "france", ""}}},
		{"le président français", "fr", "Le président Emmanuel Macron s'est rendu à Kiev lundi. Le président français a ordonné des frappes contre l'État islamique.", []rel{
			{"emmanuel-macron", graph.Leads, "france", ""}, {"emmanuel-macron", graph.Leads, "france", ""}, {"emmanuel-macron", graph.Opposed, "islamic-state", ""}}},
		{"le président malien", "fr", "Le président Assimi Goïta a pris le pouvoir en 2021. Le président malien a ordonné des frappes contre le JNIM.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}, {"assimi-goita", graph.Leads, "mali", ""}, {"assimi-goita", graph.Opposed, "jnim", ""}}},
		// introduced in apposition, after or before the name
		{"the RSF commander", "en", "Mohamed Hamdan Dagalo, the RSF commander, was seen in Nyala. The RSF commander said his fighters would keep attacking the army.", []rel{
			{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}, {"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
		{"le commandant des FSR", "fr", "Le commandant des FSR, Mohamed Hamdan Dagalo, a été vu à Nyala. Le commandant des FSR a ordonné des attaques contre l'armée.", []rel{
			{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}, {"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
		// an owner named before the title stays the actor; the title
		// only says who leads it
		{"Sudan's de facto leader", "en", "General Abdel Fattah al-Burhan flew to Cairo. Sudan's de facto leader ordered air strikes against the RSF.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}, {"abdel-fattah-al-burhan", graph.Leads, "sudan", ""}}},
		// the lexicon's leader named in the article, by a leader title
		{"the Israeli leader", "en", "Benjamin Netanyahu spoke on Sunday. The Israeli leader ordered strikes against Hezbollah.", []rel{
			{"benjamin-netanyahu", graph.Opposed, "hezbollah", ""}, {"benjamin-netanyahu", graph.Leads, "israel", ""}}},
		{"du dirigeant malien", "fr", "Le général Assimi Goïta a reçu l'ambassadeur russe. La capture du dirigeant malien a été annoncée par le JNIM.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
		// the verb after a name and a comma opens no apposition: Fils-Aimé
		// is not "the Kenyan leader"
		{"thanked the Kenyan leader", "en", "Kenyan President William Ruto said the mission would stay. Haiti's prime minister, Alix Didier Fils-Aimé, thanked the Kenyan leader.", []rel{
			{"william-ruto", graph.Leads, "kenya", ""}, {"william-ruto", graph.Leads, "kenya", ""}, {"alix-didier-fils-aime", graph.Leads, "haiti", ""}}},
		{"the powerful Hamas leader", "en", "Yahya Sinwar, the powerful Hamas leader, was killed in Rafah. The Hamas leader had planned the attack on Israel.", []rel{
			{"yahya-sinwar", graph.Leads, "hamas", ""}, {"yahya-sinwar", graph.Leads, "hamas", ""}, {"hamas", graph.Opposed, "israel", ""}}},
		// a title with no owner: the general the article introduced
		{"the general", "en", "General Abdourahamane Tiani took power in Niamey in 2023. The general ordered air strikes against the Islamic State group.", []rel{
			{"abdourahamane-tiani", graph.Leads, "niger", ""}, {"abdourahamane-tiani", graph.Opposed, "islamic-state", ""}}},
		// a minister: no leads; in an agreement he acts for his state
		// (edges_test.go)
		{"the Turkish defence minister", "en", "Turkish Defence Minister Yasar Guler arrived in Mogadishu on Monday. Somalia signed a military cooperation agreement with the Turkish defence minister.", []rel{
			{"somalia", graph.Allied, "turkey", ""}}},

		// a state's commander: the person, who leads nothing by the title
		// (a rank with a demonym is a nationality: probe17.go)
		{"the Malian commander", "en", "Ismael Wague, the Malian commander, toured Kidal. The Malian commander ordered strikes against the Islamic State group.", []rel{
			{"islamic-state", graph.Opposed, "ismael-wague", ""}}},

		// none: two persons fit, none is named, a former title, another's
		// title, an office the person does not hold, a state institution
		{"two presidents", "en", "President Emmanuel Macron and President Volodymyr Zelensky met in Paris. The president ordered strikes against the Islamic State group.", []rel{
			{"emmanuel-macron", graph.Leads, "france", ""}, {"volodymyr-zelensky", graph.Leads, "ukraine", ""}}},
		{"two generals", "en", "General Abdel Fattah al-Burhan met General Mohamed Hamdan Dagalo in Jeddah. The general ordered air strikes against the Islamic State group.", nil},
		{"not named", "en", "Paris hosted a summit on Monday. The French president ordered strikes against the Islamic State group.", nil},
		{"former president", "en", "Former President Joseph Kabila returned to Goma in May. The president ordered strikes against the M23.", nil},
		{"le président du parti", "fr", "Le président Félix Tshisekedi a reçu les délégués. Le président du parti a ordonné des frappes contre le M23.", []rel{
			{"felix-tshisekedi", graph.Leads, "dr-congo", ""}}},
		{"the Israeli president", "en", "Israeli Prime Minister Benjamin Netanyahu spoke on Sunday. The Israeli president ordered strikes against Hezbollah.", []rel{
			{"benjamin-netanyahu", graph.Leads, "israel", ""}}},
		{"the minister is no prime minister", "en", "Prime Minister Alix Didier Fils-Aimé visited Nairobi. The minister ordered strikes against Viv Ansanm.", []rel{
			{"alix-didier-fils-aime", graph.Leads, "haiti", ""}}},
		{"the general election", "en", "General Abdourahamane Tiani took power in Niamey. The general election was postponed after the attack by the Islamic State group.", []rel{
			{"abdourahamane-tiani", graph.Leads, "niger", ""}}},
		{"the army chief", "en", "Abdel Fattah al-Burhan, Sudan's army chief, flew to Ankara on Tuesday. Back in Port Sudan, the army chief ordered air strikes against the RSF in Nyala.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
		{"a senior commander", "en", "Fuad Shukr, a senior Hezbollah commander, was killed in Beirut. The Hezbollah commander had planned attacks on Israel.", []rel{
			{"fuad-shukr", graph.MemberOf, "hezbollah", ""}, {"hezbollah", graph.Opposed, "israel", ""}}},
		{"the deputy commander", "en", "Abdel Rahim Dagalo, the deputy commander of the RSF, was sanctioned. The commander ordered strikes against the Islamic State group.", []rel{
			{"abdelrahim-dagalo", graph.MemberOf, "rsf", ""}}},
		{"the army chief of another", "en", "Abdel Fattah al-Burhan, Sudan's army chief, flew to Ankara on Tuesday. He later met the army chief of Chad.", nil},
		// a predicate, not a mention: another person is said to hold it
		{"denied being the leader", "en", "Abdoulaye Bathily, the leader of Senegal, travelled to Bouna. Macky Sall denied being the leader of Senegal.", []rel{
			{"abdoulaye-bathily", graph.Leads, "senegal", ""}, {"macky-sall", graph.Leads, "senegal", "n"}}},
		{"n'a jamais été le président", "fr", "Le président Félix Tshisekedi a reçu les délégués. Le général Christian Tshiwewe n'a jamais été le président de la RDC.", []rel{
			{"felix-tshisekedi", graph.Leads, "dr-congo", ""}, {"christian-tshiwewe", graph.Leads, "dr-congo", "n"}}},
		// the person named in the sentence: the sentence's rules
		{"as Syria's interim president", "en", "Abu Mohammed al-Jolani now governs under his real name, Ahmed al-Sharaa, as Syria's interim president.", []rel{
			{"ahmed-al-sharaa", graph.Leads, "syria", ""}}},
	})
}
