package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// folder holds the transformers of one Fold call: they keep state between
// calls (a transform.Chain has buffers, a cases.Caser may too), so each
// call takes its own from folders rather than sharing globals.
type folder struct {
	accents transform.Transformer // decompose, drop combining marks, recompose
	caser   cases.Caser
}

var folders = sync.Pool{New: func() any {
	return &folder{
		accents: transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC),
		caser:   cases.Fold(),
	}
}}

// Fold is the one normalisation of names used to write and to look up
// aliases: Unicode compatibility decomposition, accents removed, case
// folded, typographic apostrophes, quotes and dashes made plain, control
// characters dropped and runs of white space made one space. "Goïta",
// "GOITA" and " goita " fold alike. Fold is safe for concurrent use.
func Fold(s string) string {
	if f, ok := foldASCII(s); ok {
		return f
	}
	return foldUnicode(s)
}

// foldASCII is Fold for a string of ASCII bytes, where decomposition,
// accents and case folding come down to lower-casing A to Z; ok is false
// when s has other bytes. It returns s itself when s is its own fold.
func foldASCII(s string) (f string, ok bool) {
	same := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case c >= 'A' && c <= 'Z', c == '`', c < ' ', c == 0x7f:
			same = false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			same = false
		}
	}
	if same {
		return s, true
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == '`':
			c = '\''
		case c == ' ' || c >= '\t' && c <= '\r':
			space = len(b) > 0
			continue
		case c < ' ' || c == 0x7f:
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return string(b), true
}

// foldUnicode is Fold for any string.
func foldUnicode(s string) string {
	// The accent transform fails on invalid UTF-8, and falling back to the
	// raw input would keep its accents: drop invalid bytes first.
	s = strings.ToValidUTF8(s, "")
	fo := folders.Get().(*folder)
	out, _, err := transform.String(fo.accents, s)
	if err != nil {
		out = s
	}
	// cases.Fold swaps the case of Cherokee letters on every call (Unicode
	// folds them to upper case); lower-casing its output keeps Fold
	// idempotent and gives both cases one form.
	out = strings.ToLower(fo.caser.String(out))
	folders.Put(fo)
	var b strings.Builder
	b.Grow(len(out))
	space := false
	for _, r := range out {
		switch r {
		case '\u2018', '\u2019', '\u201b', '\u02bc', '\u2032', '`', '\u00b4':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
			r = '"'
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
			r = '-'
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if unicode.IsControl(r) || r == unicode.ReplacementChar {
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// MaxIDLen is the longest actor id, in bytes.
const MaxIDLen = 96

// ValidID reports whether id is a valid actor id: a slug of lowercase ASCII
// letters, digits and hyphens, starting with a letter or digit, at most
// [MaxIDLen] bytes (^[a-z0-9][a-z0-9-]*$, checked without a regexp: it runs
// for every actor of every article ingested).
func ValidID(id string) bool {
	if id == "" || len(id) > MaxIDLen || id[0] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

// Slug returns the actor id minted for a canonical name: the name folded
// ([Fold]), every run of characters other than a-z and 0-9 made one hyphen,
// hyphens trimmed, cut to 64 bytes. A name that folds to nothing usable
// (empty, or written only in a non-Latin script) gets "h-" and the first 12
// hex digits of the SHA-256 of the folded name (of the name as written
// when it folds to nothing), so case variants are one actor. Slug("Groupe Wagner")
// is "groupe-wagner"; Slug("CSP-DPA") is "csp-dpa".
func Slug(name string) string {
	f := Fold(name)
	var b strings.Builder
	dash := false
	for _, r := range f {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	s := b.String()
	if len(s) > 64 {
		s = strings.TrimRight(s[:64], "-")
	}
	if s == "" || !hasLatin(f) {
		basis := f
		if basis == "" {
			basis = strings.TrimSpace(name)
		}
		sum := sha256.Sum256([]byte(basis))
		return "h-" + hex.EncodeToString(sum[:6])
	}
	return s
}

// hasLatin reports whether at least half of the letters of s are ASCII
// letters, so that a mostly Arabic or Cyrillic name with a stray Latin
// letter does not mint a misleading one-letter slug.
func hasLatin(s string) bool {
	latin, other := 0, 0
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			latin++
		case unicode.IsLetter(r):
			other++
		}
	}
	return latin > 0 && latin >= other
}
