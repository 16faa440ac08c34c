package graph

import (
	"regexp"
	"strings"
	"testing"
)

// checkFoldASCII checks that the ASCII fast path of Fold gives what the
// general one gives.
func checkFoldASCII(t *testing.T, s string) {
	t.Helper()
	got, ok := foldASCII(s)
	if !ok {
		t.Fatalf("foldASCII(%q) refused an ASCII string", s)
	}
	if want := foldUnicode(s); got != want {
		t.Fatalf("foldASCII(%q) = %q, want %q", s, got, want)
	}
}

// TestFoldASCII compares the two paths on every ASCII string of up to two
// bytes, on every string of up to five bytes over an alphabet of the
// bytes that matter, and on longer strings.
func TestFoldASCII(t *testing.T) {
	checkFoldASCII(t, "")
	for a := range 128 {
		checkFoldASCII(t, string(rune(a)))
		for b := range 128 {
			checkFoldASCII(t, string([]byte{byte(a), byte(b)}))
		}
	}
	alphabet := "aZ1 \t\n\r\v\f`'\x00\x1f\x7f-"
	var rec func(prefix string, n int)
	rec = func(prefix string, n int) {
		checkFoldASCII(t, prefix)
		if n == 0 {
			return
		}
		for i := range len(alphabet) {
			rec(prefix+alphabet[i:i+1], n-1)
		}
	}
	n := 5
	if testing.Short() {
		n = 4
	}
	rec("", n)
	for _, s := range []string{"Groupe Wagner", "  Assimi  GOITA\t", "CSP-DPA", "N`Djamena", "mali", "a b", strings.Repeat("Ab \t`\x01", 100)} {
		checkFoldASCII(t, s)
	}
	if _, ok := foldASCII("Goïta"); ok {
		t.Fatal("foldASCII took a non-ASCII string")
	}
}

// FuzzFoldASCII compares the two paths of Fold.
func FuzzFoldASCII(f *testing.F) {
	for _, s := range []string{"", "Mali", " a  B\t", "`x`", "\x00\x7f", "Goïta"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := foldASCII(s); ok {
			if want := foldUnicode(s); got != want {
				t.Fatalf("foldASCII(%q) = %q, want %q", s, got, want)
			}
		}
		if Fold(s) != foldUnicode(s) {
			t.Fatalf("Fold(%q) differs from foldUnicode", s)
		}
	})
}

// validIDRE is what ValidID checks, as the regexp it replaced.
var validIDRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

func TestValidIDMatchesRegexp(t *testing.T) {
	for _, id := range []string{"", "-", "a", "0", "a-", "-a", "a--b", "groupe-wagner", "A", "a_b", "a b", "a\n", "é",
		"fama\x00", strings.Repeat("a", MaxIDLen), strings.Repeat("a", MaxIDLen+1), "h-0123456789ab"} {
		if got, want := ValidID(id), len(id) <= MaxIDLen && validIDRE.MatchString(id); got != want {
			t.Errorf("ValidID(%q) = %v, want %v", id, got, want)
		}
	}
}

func FuzzValidID(f *testing.F) {
	for _, s := range []string{"a-b", "-a", "A", "a\n", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		if got, want := ValidID(id), len(id) <= MaxIDLen && validIDRE.MatchString(id); got != want {
			t.Errorf("ValidID(%q) = %v, want %v", id, got, want)
		}
	})
}
