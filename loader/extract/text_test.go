package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"ascii", "Mali, 2024.", "Mali, 2024."},
		{"apostrophe", "l\u2019armée", "l'armée"},
		{"quotes", "\u201cdrones\u201d", `"drones"`},
		{"guillemets stay", "« fini »", "« fini »"},
		{"nbsp", "Mali\u00a0:\u202fTurquie", "Mali : Turquie"},
		{"nfc", "arme\u0301e", "armée"},
		{"dash", "2023\u20132024", "2023-2024"},
		{"crlf", "a\r\nb\rc", "a \nb\nc"},
		{"soft hyphen", "Bay\u00adkar", "Baykar"},
		{"invalid", "a\xffb", "a\ufffdb"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, off := normalize(tc.in)
			assert.Equal(t, tc.want, got)
			require.Len(t, off, len(got)+1)
			assert.Equal(t, len(tc.in), off[len(got)])
			for i := 1; i < len(off); i++ {
				assert.LessOrEqual(t, off[i-1], off[i], "offsets never decrease")
			}
			for _, o := range off {
				assert.True(t, o == len(tc.in) || utf8.RuneStart(tc.in[o]), "offset %d is a rune start", o)
			}
		})
	}
}

func TestNormalizeMapsBack(t *testing.T) {
	in := "L\u2019arme\u0301e\u00a0malienne"
	d := newDoc(in)
	require.Len(t, d.toks, 3)
	var words []string
	for _, tk := range d.toks {
		s, _, _ := d.origSpan(tk.start, tk.end)
		words = append(words, s)
	}
	assert.Equal(t, []string{"L", "arme\u0301e", "malienne"}, words)
	assert.Equal(t, []string{"l", "armee", "malienne"}, []string{d.toks[0].fold, d.toks[1].fold, d.toks[2].fold})
}

func TestFoldWordIsFold(t *testing.T) {
	cache := map[string]string{}
	for _, w := range []string{"mali", "MALI", "Goïta", "GOÏTA", "TB2", "Türkiye", "ﬁn", "Straße", "İstanbul", "Ǆ", "x\u0301", "K"} {
		assert.Equal(t, graph.Fold(w), foldWord(w, cache), w)
		assert.Equal(t, graph.Fold(w), foldWord(w, cache), w+" (cached)")
	}
}
