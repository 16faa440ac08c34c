package lexicon

import (
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
)

// IsWordRune reports whether r belongs to a word: a letter, a digit or a
// combining mark. Every other rune (space, punctuation, apostrophe, hyphen,
// dot, slash) separates words.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// Words splits s into its words, as written (see [IsWordRune]).
func Words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !IsWordRune(r) })
}

// NextWord returns the first word of s[i:] as [Words] splits s, and the
// offset just after it; the word is "" when none is left. i must be 0 or
// an offset NextWord returned. It walks s without building a slice:
//
//	for w, i := NextWord(s, 0); w != ""; w, i = NextWord(s, i) { ... }
func NextWord(s string, i int) (string, int) {
	start := -1
	for j, r := range s[i:] {
		if !IsWordRune(r) {
			if start >= 0 {
				return s[i+start : i+j], i + j
			}
		} else if start < 0 {
			start = j
		}
	}
	if start >= 0 {
		return s[i+start:], len(s)
	}
	return "", len(s)
}

// Terms splits s into words and folds each with [graph.Fold], dropping the
// words that fold to nothing. The extractor tokenises text the same way, so
// a form matches text when their terms are equal.
func Terms(s string) []string {
	words := Words(s)
	out := words[:0]
	for _, w := range words {
		if f := graph.Fold(w); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// Key returns the lookup key of a form: its [Terms] joined by one space.
// "L'Armée  malienne" and "l'armee malienne" have the same key.
func Key(s string) string { return strings.Join(Terms(s), " ") }

// CaseSensitive reports whether the form must be matched with its capitals:
// whether one of its words has two or more upper-case letters ("US",
// "FAMa", "AFC/M23" but not "M23" or "Mali").
func CaseSensitive(form string) bool {
	for w, i := NextWord(form, 0); w != ""; w, i = NextWord(form, i) {
		n := 0
		for _, r := range w {
			if unicode.IsUpper(r) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// CaseShape returns the capitals pattern of a word: one 'U' per upper-case
// letter and one 'l' per other letter or digit, marks ignored. A
// case-sensitive form matches a word of the text when their shapes are
// equal.
func CaseShape(word string) string {
	var b strings.Builder
	for _, r := range word {
		switch {
		case unicode.IsMark(r):
		case unicode.IsUpper(r):
			b.WriteByte('U')
		default:
			b.WriteByte('l')
		}
	}
	return b.String()
}
