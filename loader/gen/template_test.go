package gen

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// TestTriggersInLexicon checks that every trigger form a template names
// is a trigger of the lexicon with the template's type and voice, or for
// leads, member_of and supplies a role noun of the language ("President",
// "spokesman", "supplier"), which the extractor reads by its role rules ("-" marks a
// form deliberately left out): a lexicon change that drops one shows here
// by name.
func TestTriggersInLexicon(t *testing.T) {
	lex := lexicon.Default()
	for _, code := range Languages() {
		raw := rawLangs[code]
		have := map[string]bool{}
		for _, typ := range graph.RelTypes {
			for _, tr := range lex.Triggers(code, typ) {
				have[string(typ)+"/"+string(tr.Voice)+"/"+lexicon.Key(tr.Phrase)] = true
			}
		}
		for _, r := range lex.Language(code).LeaderRoles {
			have["leads/active/"+lexicon.Key(r)] = true
		}
		for _, r := range lex.Language(code).MemberRoles {
			have["member_of/active/"+lexicon.Key(r)] = true
		}
		for _, r := range lex.Language(code).SupplierRoles {
			have["supplies/active/"+lexicon.Key(r)] = true
		}
		counts := map[graph.RelType]int{}
		for _, tm := range raw.rels {
			counts[tm.typ]++
			for _, o := range tm.trig {
				for _, f := range strings.Split(o, "|") {
					if f == "-" {
						continue
					}
					assert.True(t, have[string(tm.typ)+"/"+string(tm.voice)+"/"+lexicon.Key(f)], "%s %s %s: %q is not a trigger of the lexicon", code, tm.typ, tm.voice, f)
				}
			}
		}
		for _, typ := range graph.RelTypes {
			assert.GreaterOrEqual(t, counts[typ], 5, "%s %s templates", code, typ)
		}
		t.Logf("%s: %d relation templates %v, %d noise, %d filler, %d quote, %d caption, %d title", code, len(raw.rels), counts,
			len(raw.noise1)+len(raw.noise2), len(raw.filler), len(raw.quotes), len(raw.captions), len(raw.titles))
	}
}

// TestTruth generates articles and checks that the extractor reads in
// them exactly the relations the generator meant, with the same hedging
// and negation, and nothing else: templates, noise and filler are written
// so that the extractor can read them.
func TestTruth(t *testing.T) {
	g, err := New(Options{Seed: 11})
	require.NoError(t, err)
	x := extract.New(nil)
	key := func(from string, typ graph.RelType, to string, h, n bool) string {
		return fmt.Sprintf("%s -%s-> %s hedged=%v negated=%v", from, typ, to, h, n)
	}
	var want, found, extra int
	for i := range 300 {
		a, rels := g.article(i)
		c, err := x.Extract(context.Background(), a)
		require.NoError(t, err)
		got := map[string]bool{}
		for _, r := range c.Relations {
			for _, e := range r.Evidence {
				if strings.HasSuffix(e.Rule, "/title/leads") {
					// the generator names leaders by their title
					// ("le président Macron") without meaning a relation
					continue
				}
				got[key(r.From, r.Type, r.To, e.Hedged, e.Negated)] = true
			}
		}
		meant := map[string]string{}
		denied := map[string]bool{}
		for _, r := range rels {
			meant[key(r.From, r.Type, r.To, r.Hedged, r.Negated)] = r.text
			if r.Negated {
				denied[key(r.From, r.Type, r.To, false, false)] = true
			}
		}
		// an assertion of a relation the article also denies is read
		// hedged (docs/CODEBOOK.md, an accusation and a denial in the
		// same article; loader/extract/deny18.go), where the generator
		// means each sentence alone
		hedgedAlso := map[string]bool{}
		for k := range meant {
			if denied[k] {
				hedgedAlso[strings.Replace(k, "hedged=false", "hedged=true", 1)] = true
			}
		}
		for k, s := range meant {
			want++
			if got[k] || denied[k] && got[strings.Replace(k, "hedged=false", "hedged=true", 1)] {
				found++
			} else {
				t.Logf("%s: missed %s in %q", a.ID, k, s)
			}
		}
		for k := range got {
			if _, ok := meant[k]; !ok && !hedgedAlso[k] {
				extra++
				t.Logf("%s: extra %s", a.ID, k)
			}
		}
	}
	// The generator writes a few forms the rules extractor reads by the
	// codebook rather than by the template (troops sent are a deployment,
	// not supplies; an intent cue before a trigger is not a relation), so
	// the bar is 97%, not all. Relations not meant stay under 1.5%: the
	// extractor reads a few more than 1% once actors are also written by
	// their canonical names ("Hamas", "Xi Jinping"), which the generator
	// long left out (38 of 4,300 before, 44 after, on this seed).
	t.Logf("%d of %d relations found, %d not meant", found, want, extra)
	assert.Greater(t, found, 97*want/100, "%d of %d relations found", found, want)
	assert.Less(t, extra, 3*want/200+1, "%d relations not meant", extra)
}

// TestNoActorInNoise checks that filler, quotes, towns and credit lines
// name no actor of the lexicon.
func TestNoActorInNoise(t *testing.T) {
	g, err := New(Options{Seed: 2})
	require.NoError(t, err)
	x := extract.New(nil)
	for _, code := range g.Langs() {
		ld := g.ld[code]
		st := &artState{g: g, r: g.rng(0), ld: ld, theatres: []int{0}, date: graph.Date{Year: 2024, Month: 5, Day: 3}}
		var texts []string
		for _, towns := range ld.towns {
			texts = append(texts, strings.Join(towns, ". ")+".")
		}
		for range 5 {
			for _, p := range ld.filler {
				texts = append(texts, st.plain(p).text)
			}
			for _, p := range ld.quoteT {
				texts = append(texts, st.plain(p).text)
			}
			for k := range ld.caps {
				if !usesActor(ld.caps[k]) {
					texts = append(texts, st.plain(ld.caps[k]).text)
				}
			}
		}
		texts = append(texts, strings.Join(ld.sources, ". "), strings.Join(ld.speakers, ". "))
		for _, tx := range texts {
			c, err := x.Extract(context.Background(), &graph.Article{ID: "n", Lang: code, Text: tx})
			require.NoError(t, err)
			assert.Empty(t, c.Actors, "%s: %q", code, tx)
		}
	}
}

// TestWorld checks that every lexicon actor can appear in a corpus.
func TestWorld(t *testing.T) {
	g, err := New(Options{})
	require.NoError(t, err)
	in := map[string]bool{}
	for _, p := range append(g.w.pools, g.w.global) {
		for _, x := range p {
			in[x.ai.id] = true
		}
	}
	for _, a := range lexicon.Default().Actors() {
		assert.True(t, in[a.ID], a.ID)
	}
	// a person leads exactly whom the data's leadership facts name
	for _, ai := range g.w.actors {
		if ai.kind != graph.KindPerson {
			continue
		}
		var want []string
		for _, l := range ai.a.Leads {
			if !slices.Contains(want, l.ID) {
				want = append(want, l.ID)
			}
		}
		var got []string
		for _, x := range ai.leads {
			got = append(got, x.id)
		}
		assert.Equal(t, want, got, ai.id)
	}
	assert.Empty(t, g.w.byID["valery-gerasimov"].leads, "an army chief leads nothing")
}

// TestCanonicalNames checks that an actor whose canonical name is also an
// alias of every language is written by it in each language ("Hamas",
// "Xi Jinping", "UNMISS"), even when the actor has names of that language
// ("Islamic Resistance Movement"): the extractor must meet the form
// analysts read most.
func TestCanonicalNames(t *testing.T) {
	g, err := New(Options{})
	require.NoError(t, err)
	for _, a := range lexicon.Default().Actors() {
		alias := slices.ContainsFunc(a.Forms, func(f lexicon.Form) bool {
			return f.Role == lexicon.RoleAlias && f.Lang == "" && f.Text == a.Name
		})
		for _, lang := range g.langs {
			if !alias || otherLangAlias[lang][a.Name] {
				continue
			}
			s := g.w.byID[a.ID].surf[lang]
			written := slices.ContainsFunc(append(slices.Clone(s.names), s.aliases...), func(n np) bool { return n.text == a.Name })
			assert.True(t, written, "%s: %s never written %q", lang, a.ID, a.Name)
		}
	}
}

func TestSurfaces(t *testing.T) {
	for _, tc := range []struct {
		forms   []string
		fem, pl bool
		want    string
	}{
		{[]string{"malien", "malienne", "maliens", "maliennes"}, true, true, "maliennes"},
		{[]string{"turc", "turque", "turcs", "turques"}, true, false, "turque"},
		{[]string{"russe", "russes"}, false, true, "russes"},
		{[]string{"nord-coréen", "nord-coréenne", "nord-coréens", "nord-coréennes"}, true, true, "nord-coréennes"},
		{[]string{"kényan", "kényane", "kényans"}, true, true, "kényans"},
		{[]string{"burkinabè", "burkinabé"}, true, true, "burkinabè"},
	} {
		assert.Equal(t, tc.want, frDemonym(tc.forms, tc.fem, tc.pl), "%v", tc.forms)
	}
	for _, tc := range []struct{ form, want, de, a string }{
		{"Mali", "le Mali", "du Mali", "au Mali"},
		{"Turquie", "la Turquie", "de la Turquie", "à la Turquie"},
		{"États-Unis", "les États-Unis", "des États-Unis", "aux États-Unis"},
		{"Iran", "l'Iran", "de l'Iran", "à l'Iran"},
		{"Israël", "Israël", "d'Israël", "à Israël"},
		{"Mozambique", "le Mozambique", "du Mozambique", "au Mozambique"},
		{"armée malienne", "l'armée malienne", "de l'armée malienne", "à l'armée malienne"},
		{"gouvernement malien", "le gouvernement malien", "du gouvernement malien", "au gouvernement malien"},
		{"Union africaine", "l'Union africaine", "de l'Union africaine", "à l'Union africaine"},
		{"FSR", "les FSR", "des FSR", "aux FSR"},
	} {
		n := frNP(lexicon.Form{Text: tc.form, Role: lexicon.RoleName}, graph.KindState)
		assert.Equal(t, tc.want, n.plain(), tc.form)
		assert.Equal(t, tc.de, n.withPrep("de"), tc.form)
		assert.Equal(t, tc.a, n.withPrep("à"), tc.form)
	}
	for _, tc := range []struct{ form, want string }{
		{"United States", "the United States"}, {"Mali", "Mali"}, {"UN", "the UN"}, {"NATO", "NATO"},
		{"UN Security Council", "the UN Security Council"}, {"Saudi Arabia", "Saudi Arabia"},
	} {
		assert.Equal(t, tc.want, enNP(lexicon.Form{Text: tc.form, Role: lexicon.RoleName}, graph.KindOrganisation).plain(), tc.form)
	}
}
