package extract_test

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// The names below are made up, so that no dictionary knows them.

var discX = extract.New(nil)

// discovered extracts text and returns its actors that no dictionary
// knows, checking what every claims must satisfy.
func discovered(t *testing.T, x *extract.Extractor, lang, text string) []graph.ClaimActor {
	t.Helper()
	c, err := x.Extract(context.Background(), &graph.Article{ID: "discover", Lang: lang, Text: text})
	require.NoError(t, err)
	_, err = c.Check()
	require.NoError(t, err)
	var out []graph.ClaimActor
	seen := map[string]bool{}
	for _, a := range c.Actors {
		require.False(t, seen[a.ID], "actor %s twice", a.ID)
		seen[a.ID] = true
		if a.Source != graph.SourceExtracted {
			continue
		}
		require.True(t, graph.ValidID(a.ID), "id %q", a.ID)
		_, known := x.Lexicon().Actor(a.ID)
		require.False(t, known, "discovered id %s is the lexicon's", a.ID)
		out = append(out, a)
	}
	return out
}

// found is a discovered actor in a compact form for tables.
type found struct {
	name     string
	kind     graph.Kind
	aliases  []string // the aliases it must have (others allowed)
	mentions int      // 0: not checked
}

func TestDiscover(t *testing.T) {
	for _, tc := range []struct {
		name, lang, text string
		want             []found
	}{
		// Rule 1: "Long Name (ACRONYM)", "ACRONYM (Long Name)".
		{"acronym after fr", "fr",
			"Les combattants de la Coalition des patriotes pour la renaissance (CPR) ont attaqué Bambari. Plus tard, la CPR a reculé.",
			[]found{{"Coalition des patriotes pour la renaissance", graph.KindArmedGroup, []string{"CPR"}, 3}}},
		{"acronym earlier bare mention", "fr",
			"La CPR a reculé. La Coalition des patriotes pour la renaissance (CPR) avait attaqué Bambari.",
			[]found{{"Coalition des patriotes pour la renaissance", graph.KindArmedGroup, []string{"CPR"}, 3}}},
		{"acronym after en", "en",
			"The Zorlu Liberation Front (ZLF) seized the town. ZLF fighters then advanced.",
			[]found{{"Zorlu Liberation Front", graph.KindArmedGroup, []string{"ZLF"}, 3}}},
		{"acronym with apostrophe and hyphen", "en",
			"The Ta'ung Kalay Liberation Army (TKLA-N) attacked. The TKLA-N withdrew.",
			[]found{{"Ta'ung Kalay Liberation Army", graph.KindArmedGroup, []string{"TKLA-N"}, 3}}},
		{"acronym before fr", "fr",
			"Le MPZ (Mouvement patriotique du Zanbar) a attaqué Gao.",
			[]found{{"Mouvement patriotique du Zanbar", graph.KindArmedGroup, []string{"MPZ"}, 2}}},
		{"acronym with digits by head noun", "fr",
			"Le Mouvement du 12 avril (M12) a attaqué Gao.",
			[]found{{"Mouvement du 12 avril", graph.KindArmedGroup, []string{"M12"}, 2}}},
		{"acronym organisation", "en",
			"The Kalay Peace Monitoring Commission (KPMC) met in Lashio.",
			[]found{{"Kalay Peace Monitoring Commission", graph.KindOrganisation, []string{"KPMC"}, 2}}},

		// Rule 2: persons after a title or before ", the leader of".
		{"title fr and surname later", "fr",
			"Le colonel Oumarou Zerbaka a rencontré les chefs. Zerbaka a ensuite quitté Bamako.",
			[]found{{"Oumarou Zerbaka", graph.KindPerson, []string{"Zerbaka"}, 2}}},
		{"surname earlier", "fr",
			"Zerbaka a parlé. Le colonel Oumarou Zerbaka a rencontré les chefs.",
			[]found{{"Oumarou Zerbaka", graph.KindPerson, []string{"Zerbaka"}, 2}}},
		{"single name after a title is the full name", "fr",
			"Le colonel Zerbaka a parlé. Le lendemain, le commandant Oumarou Zerbaka a quitté Gao.",
			[]found{{"Oumarou Zerbaka", graph.KindPerson, []string{"Zerbaka"}, 2}}},
		{"single name after a title", "fr",
			"M. Karamoko a déclaré que le ministre Zobenko avait tort.",
			[]found{{"Karamoko", graph.KindPerson, nil, 1}, {"Zobenko", graph.KindPerson, nil, 1}}},
		{"lower-case title en", "en",
			"Spokesman Khun Thadoe said the town had fallen.",
			[]found{{"Khun Thadoe", graph.KindPerson, nil, 1}}},
		{"titles in a row", "en",
			"Senior General Khin Maung Soe met the delegation. Lt. Gen. Aung Zeya Tun stayed.",
			[]found{{"Aung Zeya Tun", graph.KindPerson, nil, 1}, {"Khin Maung Soe", graph.KindPerson, nil, 1}}},
		{"particles and hyphens", "en",
			"Kourmi leader Abdul-Karim al-Zahrani vowed revenge. Al-Zahrani later said more.",
			[]found{{"Abdul-Karim al-Zahrani", graph.KindPerson, []string{"Al-Zahrani"}, 2}}},
		{"hyphen keeps a title word fr", "fr",
			"Le Premier ministre Oumarou Didier Fils-Zerbo a rencontré les chefs. Fils-Zerbo a ensuite quitté Bamako.",
			[]found{{"Oumarou Didier Fils-Zerbo", graph.KindPerson, []string{"Fils-Zerbo"}, 2}}},
		{"hyphen keeps a title word en", "en",
			"Prime Minister Oumarou Didier Fils-Zerbo met the chiefs.",
			[]found{{"Oumarou Didier Fils-Zerbo", graph.KindPerson, nil, 1}}},
		{"hyphenated given name and surname fr", "fr",
			"Le général Jean-Karim Al-Zerbo a quitté Gao.",
			[]found{{"Jean-Karim Al-Zerbo", graph.KindPerson, nil, 1}}},
		{"person before the leader of", "en",
			"Iyad Zerbo, the leader of JNIM, spoke. Zerbo said more.",
			[]found{{"Iyad Zerbo", graph.KindPerson, []string{"Zerbo"}, 2}}},
		{"person before a spokesman for", "en",
			"Khun Thadoe, a spokesman for the Kalay Army, said the town fell.",
			[]found{{"Kalay Army", graph.KindArmedGroup, nil, 1}, {"Khun Thadoe", graph.KindPerson, nil, 1}}},
		{"person before le chef de", "fr",
			"Amadou Zerbo, le chef du Front de libération du Zanbar, a parlé.",
			[]found{{"Amadou Zerbo", graph.KindPerson, nil, 1}, {"Front de libération du Zanbar", graph.KindArmedGroup, nil, 1}}},
		{"demonym between title and name", "fr",
			"Le président zanbarien Oumar Kassoum a parlé.", nil}, // "zanbarien" is no demonym of the lexicon
		{"title then a place", "fr",
			"« Nous avons gagné », a dit le porte-parole Amadou Zerbo à Gao.",
			[]found{{"Amadou Zerbo", graph.KindPerson, nil, 1}}},

		// Rule 3: head nouns and common nouns.
		{"head noun last", "en",
			"Fighters from the Four Rivers Alliance attacked.",
			[]found{{"Four Rivers Alliance", graph.KindOrganisation, nil, 1}}},
		{"two names joined by and", "en",
			"Fighters from the Kalay Army and the Four Rivers Alliance attacked.",
			[]found{{"Four Rivers Alliance", graph.KindOrganisation, nil, 1}, {"Kalay Army", graph.KindArmedGroup, nil, 1}}},
		{"head noun with particle", "en",
			"Tariq Ben Zanbar Brigade fighters were seen in Sebha.",
			[]found{{"Tariq Ben Zanbar Brigade", graph.KindArmedGroup, nil, 1}}},
		{"head noun first, lower-case words", "fr",
			"Le Mouvement pour le salut du Kourmi a combattu le JNIM à Gao.",
			[]found{{"Mouvement pour le salut du Kourmi", graph.KindArmedGroup, nil, 1}}},
		{"common noun before fr", "fr",
			"La société turque Zentra Defence a livré des drones. Zentra Defence dément.",
			[]found{{"Zentra Defence", graph.KindCompany, nil, 2}}},
		{"common noun before en", "en",
			"The firm Zentra Systems supplied drones to the army.",
			[]found{{"Zentra Systems", graph.KindCompany, nil, 1}}},
		{"common noun after en", "en",
			"The Borno Hunters militia attacked jihadists near Maiduguri.",
			[]found{{"Borno Hunters", graph.KindArmedGroup, nil, 1}}},
		{"armed common noun fr", "fr",
			"Le groupe armé Katiba Zerbaka a revendiqué l'attaque.",
			[]found{{"Katiba Zerbaka", graph.KindArmedGroup, nil, 1}}},

		// No garbage.
		{"weekday and agency", "fr", "Lundi, Reuters a rapporté que rien ne s'était passé.", nil},
		{"photo credit", "fr", "Image : John Smith/AFP", nil},
		{"credit line", "en", "Troops near the border.\nPhoto: Khun Thadoe/Reuters", nil},
		{"a place", "en", "In Bamako, the junta met.", nil},
		{"capitals alone", "en", "Kalay Zanbar and Khun Thadoe met in Lashio on Friday.", nil},
		{"sentence-initial word", "en", "Local militia attacked jihadists near Maiduguri.", nil},
		{"title case headline", "en", "Rebels of the Kalay Army Seize Lashio After Four Rivers Alliance Retreats", nil},
		{"job title alone", "en", "The President said the Minister had left.", nil},
		{"title before no name", "fr", "Le président de la Transition a parlé.", nil},
		{"institution of a state", "en", "Security Forces and the National Assembly met.", nil},
		{"name cut by the lexicon", "en", "The Mali Liberation Army fought. General Mohamed Hamdan Dagalo spoke.", nil},
		{"news agency with acronym", "en", "Agence France-Presse (AFP) reported the deal.", nil},
		{"acronym not spelled", "en", "Officials in Lashio (KPMC) met.", nil},
		{"month", "en", "In March Kalay Army fighters attacked.", []found{{"Kalay Army", graph.KindArmedGroup, nil, 1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assertDiscovered(t, tc.lang, tc.text, tc.want)
		})
	}
}

func TestDiscoverRelations(t *testing.T) {
	c, err := discX.Extract(context.Background(), &graph.Article{ID: "r", Lang: "en",
		Text: "The firm Zentra Systems supplied drones to the Kalay Army."})
	require.NoError(t, err)
	require.Len(t, c.Relations, 1)
	assert.Equal(t, graph.ClaimRelation{From: "zentra-systems", Type: graph.Supplies, To: "kalay-army"},
		graph.ClaimRelation{From: c.Relations[0].From, Type: c.Relations[0].Type, To: c.Relations[0].To})
}

// A discovered name whose slug is the id of another actor of the lexicon
// gets a suffix.
func TestDiscoverIDCollision(t *testing.T) {
	dict, err := lexicon.ParseDictionary("user.yaml", []byte("actors:\n  - id: zentra-systems\n    name: Zentra Holding Group\n    kind: company\n"))
	require.NoError(t, err)
	lex, err := lexicon.Default().With(dict)
	require.NoError(t, err)
	x := extract.New(lex)
	got := discovered(t, x, "en", "The firm Zentra Systems supplied drones.")
	require.Len(t, got, 1)
	assert.Equal(t, "zentra-systems-2", got[0].ID)
	assert.Equal(t, "Zentra Systems", got[0].Name)
}

// Discovery is data: a language without titles, heads or particles
// discovers nothing but acronyms.
func TestDiscoverLanguageData(t *testing.T) {
	lg := lexicon.Default().Language("en")
	require.NotNil(t, lg)
	assert.Contains(t, lg.Titles, "General")
	assert.Contains(t, lg.OrgHeads[graph.KindArmedGroup], "Brigade")
	assert.Contains(t, lg.NameParticles, "al")
	assert.Contains(t, lg.NotNames, "Monday")
	fr := lexicon.Default().Language("fr")
	require.NotNil(t, fr)
	assert.Contains(t, fr.Titles, "colonel")
	assert.Contains(t, fr.OrgHeads[graph.KindCompany], "société")
	assert.Contains(t, fr.NotNames, "Lundi")
}

var discoverSeeds = []string{
	"", "(", ")", "( )", "()", "(ABC)", "(ABC) at start", "Front (", "X (", "((((ABC))))",
	"(Front de libération)", "ABC (", "ABC (Front", "M.", "M. ", "le colonel", "the firm", "le colonel (",
	"Le colonel Zerbaka, le chef", "Zerbo, the leader", ", the leader of", "Army Army Army Army",
	"Le Front de de de de de de de de de de l'", "É (ÉÉ)", "\xff(\xfe)", "Al-", "-Al", "'s Brigade",
	"General General General General General", "The firm The firm", "(A-B-C-D-E-F)", "(M1) (M2) (M3)",
	"Abdul-Karim al-", "Image : Général X/AFP (GX)", "La CPR (CPR) CPR",
}

// No input makes discovery panic, break the claims' schema or lose
// determinism.
func FuzzDiscover(f *testing.F) {
	for _, s := range discoverSeeds {
		f.Add(s, "fr")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		checkDiscover(t, text, lang)
	})
}

func checkDiscover(t *testing.T, text, lang string) {
	t.Helper()
	a := &graph.Article{ID: "fuzz", Lang: lang, Text: text}
	c, err := discX.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	again, err := discX.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	b1, _ := json.Marshal(c)
	b2, _ := json.Marshal(again)
	if string(b1) != string(b2) {
		t.Fatalf("not deterministic on %q", text)
	}
	if _, err := c.Check(); err != nil {
		t.Fatalf("claims break the schema on %q: %v", text, err)
	}
}

// Random texts made of the words the rules look at: titles, head nouns,
// particles, parentheses, capitals, commas and acronyms.
func TestDiscoverRandom(t *testing.T) {
	words := []string{
		"le", "la", "de", "l'", "the", "of", "and", "et", "a", ",", ".", "(", ")", "-", "'", ":", "\n",
		"colonel", "General", "Gen.", "M.", "spokesman", "leader", "chef", "président", "Senior",
		"Front", "Army", "Alliance", "Brigade", "Mouvement", "société", "firm", "militia", "group", "groupe", "armé",
		"Zerbo", "Kalay", "Zanbar", "Oumar", "al", "Al", "bin", "Ag", "Abdul", "Karim",
		"ZLF", "CPR", "M12", "TKLA-N", "Mali", "Turkey", "RSF", "AFP", "Reuters", "Image", "Lundi", "Monday", "March",
		"turque", "Turkish", "libération", "du", "pour", "salut", "Défense", "Systems", "Ltd", "12",
	}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := r.IntN(40); k >= 0; k-- {
			b.WriteString(words[r.IntN(len(words))])
			if r.IntN(4) > 0 {
				b.WriteByte(' ')
			}
		}
		lang := []string{"fr", "en", ""}[r.IntN(3)]
		checkDiscover(t, b.String(), lang)
	}
}

// assertDiscovered checks that the actors discovered in text (those no
// dictionary knows) are exactly want, each with its kind, id, aliases
// and, when given, its number of mentions.
func assertDiscovered(t *testing.T, lang, text string, want []found) {
	t.Helper()
	got := discovered(t, discX, lang, text)
	var names, wantNames []string
	for _, a := range got {
		names = append(names, a.Name)
	}
	for _, f := range want {
		wantNames = append(wantNames, f.name)
	}
	slices.Sort(names)
	slices.Sort(wantNames)
	require.Equal(t, wantNames, names)
	for _, f := range want {
		i := slices.IndexFunc(got, func(a graph.ClaimActor) bool { return a.Name == f.name })
		a := got[i]
		assert.Equal(t, f.kind, a.Kind, f.name)
		assert.Equal(t, graph.Slug(f.name), a.ID)
		for _, al := range f.aliases {
			assert.Contains(t, a.Aliases, al, f.name)
		}
		if f.mentions > 0 {
			assert.Equal(t, f.mentions, a.Mentions, f.name)
		}
	}
}
