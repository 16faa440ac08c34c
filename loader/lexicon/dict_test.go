package lexicon_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// TestDictPlaceNames: each language lists the place names that hold an
// actor's form ("Lake Chad"), and each of them names a place, not an
// actor, of its own.
func TestDictPlaceNames(t *testing.T) {
	l := lexicon.Default()
	assert.Contains(t, l.Language("en").PlaceNames, "Lake Chad")
	assert.Contains(t, l.Language("fr").PlaceNames, "lac Tchad")
	assert.Empty(t, l.Lookup("Foreign"), "a comma inside a form is no list separator")
	for _, code := range l.Languages() {
		for _, p := range l.Language(code).PlaceNames {
			assert.Empty(t, l.Lookup(p), "%s: place name %q is also an actor's form", code, p)
		}
	}
}

// TestDictActors: known wrong readings of the dictionaries and a few of
// the actors added on the dict branch.
func TestDictActors(t *testing.T) {
	l := lexicon.Default()
	for _, tc := range []struct{ form, want string }{
		{"KNLA", "knla"},
		{"Karen National Union", "knu"},
		{"NUG", "national-unity-government"},
		{"GUN", "libya"},
		{"gouvernement d'union nationale", "libya"},
		{"Russia's Security Council", "russia"},
		{"Security Council", "united-nations"},
		{"Palestinian Authority", "palestine"},
		{"Operation Interflex", "operation-interflex"},
		{"Jimmy Chérizier", "jimmy-cherizier"},
		{"Organisation populaire Fano Amhara", "afpo"},
		{"Amal", "amal-movement"},
		{"Tasis", "tasis"},
		{"Brigade 444", "libya"}, // a unit of the GNU's defence ministry: the state
		{"PNH", "haiti"},
		{"Police nationale d'Haïti", "haiti"},
		{"Armée nationale tchadienne", "chad"},
		{"SBU", "ukraine"},
		{"FSB", "russia"},
		{"Foreign, Commonwealth and Development Office", "united-kingdom"},
		{"Islamic State in Iraq and Syria", "islamic-state"},
		{"État islamique en Irak et au Levant", "islamic-state"},
	} {
		got := l.Lookup(tc.form)
		if assert.Len(t, got, 1, tc.form) {
			assert.Equal(t, tc.want, got[0].ID, tc.form)
		}
	}
	for id, led := range map[string]string{"jimmy-cherizier": "viv-ansanm", "duwa-lashi-la": "national-unity-government", "gustavo-petro": "colombia", "qais-al-khazali": "asaib-ahl-al-haq"} {
		a, ok := l.Actor(id)
		require.True(t, ok, id)
		assert.Equal(t, led, a.LedAt("2025-06"), id)
	}
	uk, _ := l.Actor("united-kingdom")
	assert.Equal(t, "operation-interflex", uk.LedAt("2025"))
}
