package graph_test

import (
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name string
		in   []string // all fold to want
		want string
	}{
		{"accents and case", []string{"Goïta", "GOITA", " goita ", "goïta", "GOÏTA", "Go\u0069\u0308ta"}, "goita"},
		{"full name", []string{"Assimi Goïta", "ASSIMI  GOITA", "assimi\u00a0goïta", "Assimi\tGoïta\n", "\u202fAssimi\u2003Goïta"}, "assimi goita"},
		{"typographic apostrophes", []string{"N’Djamena", "N'Djamena", "N‘Djamena", "Nʼdjamena", "N`Djamena", "N\u2032Djamena"}, "n'djamena"},
		{"quotes", []string{"«Wagner»", "“Wagner”", "„Wagner“", "\"Wagner\""}, "\"wagner\""},
		{"dashes", []string{"CSP–DPA", "CSP—DPA", "CSP-DPA", "csp‐dpa", "CSP\u2011DPA", "CSP\u2212DPA"}, "csp-dpa"},
		{"compatibility forms", []string{"ﬁnance", "FINANCE", "ｆｉｎａｎｃｅ"}, "finance"},
		{"sharp s", []string{"Straße", "STRASSE", "strasse"}, "strasse"},
		{"control characters dropped", []string{"Ma\u0000li", "Ma\u0007li\u007f", "\u0001Mali"}, "mali"},
		{"invalid UTF-8 dropped", []string{"Ma\xffli", "\xc3Mali", "\xf1Mäli"}, "mali"},
		{"cedilla and others", []string{"Façade Öl Ñandú", "FACADE OL NANDU"}, "facade ol nandu"},
		{"non-latin kept", []string{"Вагнер", "ВАГНЕР"}, "вагнер"},
		{"cherokee both cases", []string{"Ꮔ", "ꮔ"}, "ꮔ"},
		{"greek final sigma", []string{"ΟΔΟΣ", "οδος", "οδοσ"}, "οδοσ"},
		{"nothing", []string{"", "   ", "\u00a0\t\n", "\u0301"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, in := range tt.in {
				assert.Equal(t, tt.want, graph.Fold(in), "Fold(%q)", in)
			}
		})
	}
}

// TestFoldConcurrent calls Fold from several goroutines at once, which the
// race detector checks, and checks the results do not interfere.
func TestFoldConcurrent(t *testing.T) {
	inputs := []string{"Assimi Goïta", "N’Djamena", "Groupe Wagner", "Ansar Dine", strings.Repeat("Élysée ", 200)}
	want := make([]string, len(inputs))
	for i, in := range inputs {
		want[i] = graph.Fold(in)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 300 {
				k := (g + i) % len(inputs)
				if got := graph.Fold(inputs[k]); got != want[k] {
					errs <- got
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("concurrent Fold returned %q", got)
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Groupe Wagner", "groupe-wagner"},
		{"CSP-DPA", "csp-dpa"},
		{"Assimi Goïta", "assimi-goita"},
		{"  Mali  ", "mali"},
		{"Jama'at Nusrat al-Islam wal-Muslimin", "jama-at-nusrat-al-islam-wal-muslimin"},
		{"N’Djamena", "n-djamena"},
		{"G5 Sahel", "g5-sahel"},
		{"--Front (FLA)--", "front-fla"},
		{"Baykar Makina A.Ş.", "baykar-makina-a-s"},
		{"1er Bataillon", "1er-bataillon"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := graph.Slug(tt.in)
			assert.Equal(t, tt.want, got)
			assert.True(t, graph.ValidID(got), "%q is not a valid id", got)
		})
	}
}

func TestSlugHash(t *testing.T) {
	// Names that fold to nothing usable get "h-" and 12 hex digits.
	for _, in := range []string{"Вагнер", "الشباب", "中国", "!!!", "", "   ", "Вагнер x"} {
		t.Run(in, func(t *testing.T) {
			got := graph.Slug(in)
			require.True(t, strings.HasPrefix(got, "h-"), "Slug(%q) = %q", in, got)
			assert.Len(t, got, 2+12)
			assert.True(t, graph.ValidID(got))
			assert.Equal(t, got, graph.Slug(in), "stable")
		})
	}
	assert.NotEqual(t, graph.Slug("Вагнер"), graph.Slug("الشباب"))
	// Surrounding space does not change the hash.
	assert.Equal(t, graph.Slug("Вагнер"), graph.Slug("  Вагнер "))
	// A mostly Latin name keeps a readable slug.
	assert.Equal(t, "wagner-group", graph.Slug("Wagner Group (Вагнер)"))
}

func TestSlugLengthCap(t *testing.T) {
	long := strings.Repeat("Abcdefghij ", 20)
	got := graph.Slug(long)
	assert.LessOrEqual(t, len(got), 64)
	assert.False(t, strings.HasSuffix(got, "-"), "no trailing hyphen after the cut: %q", got)
	assert.True(t, strings.HasPrefix(got, "abcdefghij-abcdefghij-"))
	assert.True(t, graph.ValidID(got))
	// Cut exactly on a hyphen: 63 letters then a hyphen at byte 64.
	name := strings.Repeat("a", 63) + " bbbb"
	got = graph.Slug(name)
	assert.Equal(t, strings.Repeat("a", 63), got)
}

func TestValidID(t *testing.T) {
	tests := []struct {
		id string
		ok bool
	}{
		{"mali", true},
		{"csp-dpa", true},
		{"g5-sahel", true},
		{"1er-bataillon", true},
		{"h-0123456789ab", true},
		{strings.Repeat("a", graph.MaxIDLen), true},
		{strings.Repeat("a", graph.MaxIDLen+1), false},
		{"", false},
		{"-mali", false},
		{"Mali", false},
		{"mali x", false},
		{"mali_x", false},
		{"mali/x", false},
		{"goïta", false},
		{"mali\x00x", false},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			assert.Equal(t, tt.ok, graph.ValidID(tt.id))
		})
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{
		"Goïta", "N’Djamena", " Assimi\u00a0GOÏTA ", "ﬁ", "ß", "İstanbul", "ΐ", "\xff\xfe", "a\u0000b", "\u0345",
		"Ǆ", "\u1e9e", "«x»", "\u2474", "\ufdfa", "한국", "\u0b47\u0b3e", "\u00b4", "ŉ", "\u1fbe", "\u212b", "Ꮔ", "ꮔ", "ᏸ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := graph.Fold(s)
		if !utf8.ValidString(once) {
			t.Fatalf("Fold(%q) = %q is not valid UTF-8", s, once)
		}
		for _, r := range once {
			if unicode.IsControl(r) {
				t.Fatalf("Fold(%q) = %q has control character %U", s, once, r)
			}
			if r == utf8.RuneError {
				t.Fatalf("Fold(%q) = %q has U+FFFD", s, once)
			}
		}
		if strings.HasPrefix(once, " ") || strings.HasSuffix(once, " ") || strings.Contains(once, "  ") {
			t.Fatalf("Fold(%q) = %q has untrimmed space", s, once)
		}
		if twice := graph.Fold(once); twice != once {
			t.Fatalf("Fold is not idempotent: Fold(%q) = %q, Fold of that = %q", s, once, twice)
		}
		slug := graph.Slug(s)
		if !graph.ValidID(slug) || len(slug) > 64 {
			t.Fatalf("Slug(%q) = %q is not a valid id", s, slug)
		}
	})
}
