package lexicon_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

func TestDefaultIsValid(t *testing.T) {
	l := lexicon.Default()
	actors := l.Actors()
	require.GreaterOrEqual(t, len(actors), 60)
	for i, a := range actors {
		assert.True(t, graph.ValidID(a.ID), "id %q", a.ID)
		assert.True(t, a.Kind.Valid(), "%s: kind %q", a.ID, a.Kind)
		assert.NotEmpty(t, a.Name, a.ID)
		assert.Equal(t, a.Name, a.Forms[0].Text, "%s: the canonical name is the first form", a.ID)
		if i > 0 {
			assert.Less(t, actors[i-1].ID, a.ID, "actors sorted by id")
		}
		if a.SuccessorOf != "" {
			_, ok := l.Actor(a.SuccessorOf)
			assert.True(t, ok, "%s: successor_of %s", a.ID, a.SuccessorOf)
		}
	}
	for _, k := range graph.Kinds {
		assert.NotEmpty(t, l.ActorsByKind(k), "no actor of kind %s", k)
	}
	assert.Equal(t, []string{"en", "fr"}, l.Languages())
	for _, code := range l.Languages() {
		lg := l.Language(code)
		require.NotNil(t, lg)
		assert.Equal(t, code, lg.Code)
		assert.NotEmpty(t, lg.Stopwords, code)
		assert.NotEmpty(t, lg.Hedges, code)
		assert.NotEmpty(t, lg.Negations, code)
		months := map[int]bool{}
		for _, n := range lg.Months {
			months[n] = true
		}
		assert.Len(t, months, 12, "%s: every month named", code)
		for _, typ := range graph.RelTypes {
			trs := l.Triggers(code, typ)
			assert.NotEmpty(t, trs, "%s: no trigger for %s", code, typ)
			for _, tr := range trs {
				assert.Equal(t, typ, tr.Type)
				assert.Equal(t, code, tr.Lang)
				if typ.Symmetric() {
					assert.Equal(t, lexicon.Active, tr.Voice, "%s %s %q", code, typ, tr.Phrase)
				}
			}
		}
	}
	assert.Nil(t, l.Language("xx"))
	assert.Nil(t, l.Triggers("xx", graph.Supplies))
	assert.Contains(t, l.CreditAgencies(), "AFP")
	assert.Len(t, l.Digest(), 64)
}

// TestNoAmbiguousForms keeps the embedded data free of forms shared by two
// actors, but for acronyms ("SNA": the Syrian and the Somali National
// Army), which the extractor resolves by the article's other mentions.
func TestNoAmbiguousForms(t *testing.T) {
	l := lexicon.Default()
	for _, a := range l.Actors() {
		for _, f := range a.Forms {
			got := l.Lookup(f.Text)
			if !assert.NotEmpty(t, got, "%s: %q", a.ID, f.Text) {
				continue
			}
			if len(got) > 1 && f.Text == strings.ToUpper(f.Text) && lexicon.CaseSensitive(f.Text) {
				ids := make([]string, len(got))
				for i, g := range got {
					ids[i] = g.ID
				}
				assert.Contains(t, ids, a.ID)
				continue
			}
			assert.Len(t, got, 1, "%q names %d actors", f.Text, len(got))
			assert.Equal(t, a.ID, got[0].ID)
		}
	}
}

func TestLookup(t *testing.T) {
	l := lexicon.Default()
	for _, tc := range []struct{ form, want string }{
		{"Ankara", "turkey"},
		{"l'armée malienne", "mali"},
		{"L’ARMEE MALIENNE", "mali"},
		{"FAMa", "mali"},
		{"Goita", "assimi-goita"},
		{"Moscou", "russia"},
		{"Moscow", "russia"},
		{"Africa Corps", "africa-corps"},
		{"Wagner", "wagner-group"},
		{"Forces de soutien rapide", "rsf"},
		{"Kigali", "rwanda"},
		{"al-Shabab", "al-shabaab"},
		{"N'Djamena", "chad"},
	} {
		t.Run(tc.form, func(t *testing.T) {
			got := l.Lookup(tc.form)
			require.Len(t, got, 1)
			assert.Equal(t, tc.want, got[0].ID)
		})
	}
	assert.Empty(t, l.Lookup("Atlantis"))
}

func TestActorForms(t *testing.T) {
	l := lexicon.Default()
	mali, ok := l.Actor("mali")
	require.True(t, ok)
	assert.Equal(t, graph.KindState, mali.Kind)
	assert.Equal(t, "ML", mali.Country)
	assert.Equal(t, "Q912", mali.Wikidata)

	fr := mali.Names("fr")
	assert.Equal(t, "Mali", fr[0], "canonical name first")
	assert.Contains(t, fr, "armée malienne")
	assert.Contains(t, fr, "Bamako")
	assert.Contains(t, fr, "FAMa")
	assert.NotContains(t, fr, "Malian army", "English forms are not French names")
	assert.NotContains(t, fr, "malienne", "demonyms are not names")
	assert.Equal(t, []string{"malien", "malienne", "maliens", "maliennes"}, mali.Demonyms("fr"))
	assert.Equal(t, []string{"Malian", "Malians"}, mali.Demonyms("en"))
	assert.Contains(t, mali.Names("en"), "Malian army")

	al := mali.Aliases()
	assert.NotContains(t, al, "Mali", "the canonical name is not an alias")
	assert.Contains(t, al, "FAMa")
	assert.Contains(t, al, "maliennes")

	ac, ok := l.Actor("africa-corps")
	require.True(t, ok)
	assert.Equal(t, "wagner-group", ac.SuccessorOf)
	turkey, _ := l.Actor("turkey")
	assert.Contains(t, turkey.Names("fr"), "Ankara")
	assert.Contains(t, turkey.Names("fr"), "Turquie")
}

func TestTerms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"l'armée malienne", []string{"l", "armee", "malienne"}},
		{"L’ARMÉE  Malienne", []string{"l", "armee", "malienne"}},
		{"Al-Shabaab", []string{"al", "shabaab"}},
		{"U.S.", []string{"u", "s"}},
		{"AFC/M23", []string{"afc", "m23"}},
		{"1.500", []string{"1", "500"}},
		{"Goïta", []string{"goita"}},
		{" , ", nil},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got := lexicon.Terms(tc.in)
			if len(tc.want) == 0 {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tc.want, got)
		})
	}
	assert.True(t, lexicon.CaseSensitive("US"))
	assert.True(t, lexicon.CaseSensitive("FAMa"))
	assert.False(t, lexicon.CaseSensitive("M23"))
	assert.False(t, lexicon.CaseSensitive("Mali"))
	assert.Equal(t, "UUUl", lexicon.CaseShape("FAMa"))
}

func TestDefaultConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	digests := make([]string, 8)
	for i := range digests {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l := lexicon.Default()
			_, _ = l.Actor("mali")
			_ = l.Lookup("Ankara")
			digests[i] = l.Digest()
		}()
	}
	wg.Wait()
	for _, d := range digests {
		assert.Equal(t, digests[0], d)
	}
	assert.Same(t, lexicon.Default(), lexicon.Default(), "parsed once")
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

func TestWithDictionary(t *testing.T) {
	base := lexicon.Default()
	p := writeFile(t, "dict.yaml", `actors:
  - id: mali
    aliases: [Maliba]
  - id: katiba-serma
    name: Katiba Serma
    kind: armed_group
    country: ml
    aliases: [Serma]
`)
	l, err := lexicon.Load(p)
	require.NoError(t, err)

	mali, _ := l.Actor("mali")
	assert.Contains(t, mali.Aliases(), "Maliba")
	baseMali, _ := base.Actor("mali")
	assert.NotContains(t, baseMali.Aliases(), "Maliba", "the default lexicon is not changed")

	ks, ok := l.Actor("katiba-serma")
	require.True(t, ok)
	assert.Equal(t, graph.KindArmedGroup, ks.Kind)
	assert.Equal(t, "ML", ks.Country)
	assert.Equal(t, "katiba-serma", l.Lookup("serma")[0].ID)
	_, ok = base.Actor("katiba-serma")
	assert.False(t, ok)

	assert.NotEqual(t, base.Digest(), l.Digest(), "a dictionary changes the digest")
	again, err := lexicon.Load(p)
	require.NoError(t, err)
	assert.Equal(t, l.Digest(), again.Digest(), "same data, same digest")

	same, err := base.With()
	require.NoError(t, err)
	assert.Equal(t, base.Digest(), same.Digest())
}

func TestWithErrors(t *testing.T) {
	for _, tc := range []struct{ name, dict, want string }{
		{"kind change", "actors:\n  - id: mali\n    kind: person\n", "actor 1 (mali): actor mali is state in the lexicon, not person"},
		{"new actor without kind", "actors:\n  - id: nouveau-groupe\n    name: Nouveau groupe\n", "its name and kind are required"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, "d.yaml", tc.dict)
			_, err := lexicon.Load(p)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			assert.Contains(t, err.Error(), p+":2:")
			var de *lexicon.DictionaryError
			assert.ErrorAs(t, err, &de)
		})
	}
}

func TestLeads(t *testing.T) {
	l := lexicon.Default()
	for _, a := range l.Actors() {
		for _, ld := range a.Leads {
			led, ok := l.Actor(ld.ID)
			if assert.True(t, ok, "%s leads unknown %s", a.ID, ld.ID) && a.Kind == graph.KindPerson {
				assert.True(t, graph.Leads.Allows(a.Kind, led.Kind), "%s leads %s", a.ID, ld.ID)
			}
		}
	}
	led := func(id, date string) string {
		a, ok := l.Actor(id)
		require.True(t, ok, id)
		return a.LedAt(date)
	}
	tests := []struct{ id, date, want string }{
		{"bashar-al-assad", "2020-05", "syria"},
		{"bashar-al-assad", "2025-02", "syria"}, // "Assad's forces" after his fall: still Syria's
		{"bashar-al-assad", "", "syria"},
		{"bashar-al-assad", "1999", ""}, // not begun
		{"ahmed-al-sharaa", "2024-06", "hts"},
		{"ahmed-al-sharaa", "2025-03-01", "syria"},
		{"ahmed-al-sharaa", "", "syria"}, // the leadership in force
		{"ahmed-al-sharaa", "2025-01", "syria"},
		{"hassan-sheikh-mohamud", "2015", "somalia"},
		{"hassan-sheikh-mohamud", "2019", "somalia"}, // between two terms: the last one ended
		{"mohamed-hamdan-dagalo", "2024-10-05", "rsf"},
		{"vladimir-putin", "2024", "russia"},
		{"kenya", "2024-10", "mss-haiti"},
		{"united-states", "2024-02", "global-coalition-against-daesh"},
		{"mali", "2024", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, led(tt.id, tt.date), "%s at %q", tt.id, tt.date)
	}
}
