package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/actorgraph/actorgraph/graph"
)

// actorWant is an actor a sentence must give, under its id and kind.
type actorWant struct {
	id   string
	kind graph.Kind
}

// actorCase is a sentence and the actors it must give (other actors may
// come out too).
type actorCase struct {
	name, lang, text string
	want             []actorWant
}

// runActorCases extracts each case's sentence and checks that every
// wanted actor is found with its kind.
func runActorCases(t *testing.T, cases []actorCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := run(t, tc.lang, tc.text)
			kinds := map[string]graph.Kind{}
			for _, a := range c.Actors {
				kinds[a.ID] = a.Kind
			}
			for _, w := range tc.want {
				k, ok := kinds[w.id]
				if assert.True(t, ok, "%s: %s not found (found %v)", tc.text, w.id, actorIDs(c)) {
					assert.Equal(t, w.kind, k, "%s: %s", tc.text, w.id)
				}
			}
		})
	}
}

// TestCoverage20Actors: one short sentence per theatre naming actors the
// dictionary learnt on the coverage20 branch (ministers, army chiefs,
// commanders, factions, units, makers and missions of the 2023–2025 wars);
// each must come out under its dictionary id with its kind.
func TestCoverage20Actors(t *testing.T) {
	runActorCases(t, []actorCase{
		{"Sahel", "fr", "Le général Moussa Salaou Barmou et le général Célestin Simporé ont reçu El Hadj Ag Gamou, qui annonce la Force unifiée de l'AES.", []actorWant{
			{"moussa-salaou-barmou", graph.KindPerson}, {"celestin-simpore", graph.KindPerson}, {"el-hadj-ag-gamou", graph.KindPerson}, {"aes-unified-force", graph.KindOrganisation}}},
		{"Lake Chad", "en", "General Christopher Musa said troops had killed Ali Ngulde, a commander loyal to Bakura Doro.", []actorWant{
			{"christopher-musa", graph.KindPerson}, {"ali-ngulde", graph.KindPerson}, {"bakura-doro", graph.KindPerson}}},
		{"Sudan", "en", "The SLM-Tambour of Mustafa Tambour fought the RSF, while the Sudan Liberation Forces Gathering joined Tasis.", []actorWant{
			{"slm-tambour", graph.KindArmedGroup}, {"mustafa-tambour", graph.KindPerson}, {"sudan-liberation-forces-gathering", graph.KindArmedGroup}}},
		{"Horn", "en", "Field Marshal Birhanu Jula met the Tigray Interim Administration, and Abdulqadir Mumin's fighters fled.", []actorWant{
			{"birhanu-jula", graph.KindPerson}, {"tigray-interim-administration", graph.KindOrganisation}, {"abdulkadir-mumin", graph.KindPerson}}},
		{"Great Lakes", "fr", "Willy Ngoma, porte-parole du M23, a accusé le général Christian Tshiwewe, et Juvénal Marizamunda a répondu.", []actorWant{
			{"willy-ngoma", graph.KindPerson}, {"christian-tshiwewe", graph.KindPerson}, {"juvenal-marizamunda", graph.KindPerson}}},
		{"Mozambique", "en", "The FADM and Rwandan troops pursued Bonomade Machude Omar in Cabo Delgado.", []actorWant{
			{"mozambique", graph.KindState}, {"bonomade-machude-omar", graph.KindPerson}}},
		{"Libya", "en", "Abdel Raouf Kara's Radaa clashed with forces loyal to Emad Trabelsi.", []actorWant{
			{"abdel-raouf-kara", graph.KindPerson}, {"emad-trabelsi", graph.KindPerson}}},
		{"Syria", "en", "The Suwayda Military Council and the Southern Operations Room rejected Anas Khattab's call.", []actorWant{
			{"suwayda-military-council", graph.KindArmedGroup}, {"southern-operations-room", graph.KindArmedGroup}, {"anas-khattab", graph.KindPerson}}},
		{"Lebanon", "en", "Israel killed Ibrahim Aqil, a commander of the Radwan Force, and General Rodolphe Haykal deployed the LAF.", []actorWant{
			{"ibrahim-aqil", graph.KindPerson}, {"radwan-force", graph.KindArmedGroup}, {"rodolphe-haykal", graph.KindPerson}, {"lebanon", graph.KindState}}},
		{"Yemen", "en", "Saad bin Atef al-Awlaki's AQAP attacked the Giants Brigades of Abu Zaraa al-Muharrami.", []actorWant{
			{"saad-bin-atef-al-awlaki", graph.KindPerson}, {"abu-zaraa-al-muharrami", graph.KindPerson}}},
		{"Iran", "en", "The Basij and the Shahid Hemmat Industrial Group answer to Aziz Nasirzadeh.", []actorWant{
			{"iran", graph.KindState}, {"shahid-hemmat-industrial-group", graph.KindCompany}, {"aziz-nasirzadeh", graph.KindPerson}}},
		{"Ukraine", "en", "The Unmanned Systems Forces struck the Alabuga plant, said Robert Brovdi, while PMC Konvoy fought the 3rd Assault Brigade.", []actorWant{
			{"ukraine", graph.KindState}, {"alabuga", graph.KindCompany}, {"robert-brovdi", graph.KindPerson}, {"konvoy", graph.KindArmedGroup}}},
		{"Caucasus", "fr", "Zakir Hasanov et Suren Papikyan se sont parlé; Rêve géorgien a soutenu Bidzina Ivanishvili.", []actorWant{
			{"zakir-hasanov", graph.KindPerson}, {"suren-papikyan", graph.KindPerson}, {"georgian-dream", graph.KindOrganisation}, {"bidzina-ivanishvili", graph.KindPerson}}},
		{"Af-Pak", "en", "Noor Wali Mehsud's TTP and the BLA's Majeed Brigade attacked troops, the ISPR said; Mullah Yaqoob denied it.", []actorWant{
			{"noor-wali-mehsud", graph.KindPerson}, {"majeed-brigade", graph.KindArmedGroup}, {"pakistan", graph.KindState}, {"mohammad-yaqoob", graph.KindPerson}}},
		{"India", "en", "General Upendra Dwivedi said The Resistance Front and the ULFA-I of Paresh Baruah were behind the attacks.", []actorWant{
			{"upendra-dwivedi", graph.KindPerson}, {"the-resistance-front", graph.KindArmedGroup}, {"ulfa-i", graph.KindArmedGroup}, {"paresh-baruah", graph.KindPerson}}},
		{"Myanmar", "en", "The State Administration Council armed Saw Chit Thu's Karen National Army against the Chinland Council.", []actorWant{
			{"myanmar", graph.KindState}, {"saw-chit-thu", graph.KindPerson}, {"karen-national-army", graph.KindArmedGroup}, {"chinland-council", graph.KindArmedGroup}}},
		{"Koreas", "en", "Kim Yo Jong and No Kwang Chol praised the Korean People's Army; Ahn Gyu-back answered.", []actorWant{
			{"kim-yo-jong", graph.KindPerson}, {"no-kwang-chol", graph.KindPerson}, {"north-korea", graph.KindState}, {"ahn-gyu-back", graph.KindPerson}}},
		{"Philippines", "en", "Gilberto Teodoro and General Romeo Brawner said the Armed Forces of the Philippines would respond.", []actorWant{
			{"gilberto-teodoro", graph.KindPerson}, {"romeo-brawner", graph.KindPerson}, {"philippines", graph.KindState}}},
		{"Haiti", "fr", "Le gang de Grand Ravine de Renel Destina a attaqué Kenscoff, selon Rameau Normil.", []actorWant{
			{"grand-ravine", graph.KindArmedGroup}, {"renel-destina", graph.KindPerson}, {"rameau-normil", graph.KindPerson}}},
		{"Venezuela", "en", "Washington says the Cartel de los Soles and Niño Guerrero's Tren de Aragua work with SEBIN.", []actorWant{
			{"cartel-de-los-soles", graph.KindArmedGroup}, {"hector-guerrero-flores", graph.KindPerson}, {"venezuela", graph.KindState}}},
		{"Mexico", "en", "Omar García Harfuch said Los Tlacos and Los Ardillos fought in Guerrero.", []actorWant{
			{"omar-garcia-harfuch", graph.KindPerson}, {"los-tlacos", graph.KindArmedGroup}, {"los-ardillos", graph.KindArmedGroup}}},
		{"Donbas", "en", "Denis Pushilin and Alexander Khodakovsky met Sergei Naryshkin, while Denys Prokopenko's men held the line.", []actorWant{
			{"denis-pushilin", graph.KindPerson}, {"alexander-khodakovsky", graph.KindPerson}, {"sergei-naryshkin", graph.KindPerson}, {"denys-prokopenko", graph.KindPerson}}},
		{"Gaza", "fr", "Oussama Hamdane et Moussa Abou Marzouk ont répondu à Ron Dermer.", []actorWant{
			{"osama-hamdan", graph.KindPerson}, {"mousa-abu-marzouk", graph.KindPerson}, {"ron-dermer", graph.KindPerson}}},
		{"Armenia", "fr", "Ararat Mirzoyan a salué l'EUMA, qui patrouille à la frontière.", []actorWant{
			{"euma", graph.KindOrganisation}, {"ararat-mirzoyan", graph.KindPerson}}},
		{"Sudan makers", "en", "The Defence Industries System and Al Junaid were sanctioned, and Algoney Hamdan Dagalo too.", []actorWant{
			{"defence-industries-system", graph.KindCompany}, {"al-junaid", graph.KindCompany}, {"algoney-hamdan-dagalo", graph.KindPerson}}},
		{"Syria factions", "en", "The Sham Legion and the Levant Front joined the offensive, while the Deir ez-Zor Military Council stayed with the SDF.", []actorWant{
			{"faylaq-al-sham", graph.KindArmedGroup}, {"levant-front", graph.KindArmedGroup}, {"deir-ez-zor-military-council", graph.KindArmedGroup}}},
		{"Yemen south", "fr", "Les forces d'élite de Chabwa et les Brigades des Géants ont repoussé les Houthis, selon Shaya al-Zindani.", []actorWant{
			{"shabwani-elite-forces", graph.KindArmedGroup}}},
		{"Ecuador", "en", "Gian Carlo Loffredo said José Adolfo Macías Villamar had been extradited.", []actorWant{
			{"gian-carlo-loffredo", graph.KindPerson}, {"adolfo-macias", graph.KindPerson}}},
	})
}
