package export

import (
	"strings"
	"unicode/utf8"
)

// xmlEscape returns s as XML 1.0 character data, safe in an element and
// in a double- or single-quoted attribute: '&', '<', '>', '"' and '\”
// become entities, tab, line feed and carriage return become character
// references (so that no XML parser normalises them away: they read back
// as they were), invalid UTF-8 becomes U+FFFD, and the characters XML 1.0
// cannot carry at all (the other C0 control characters, U+FFFE, U+FFFF)
// are dropped, as the DOT export drops them.
func xmlEscape(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x80 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		c, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case c == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case c == '&':
			b.WriteString("&amp;")
		case c == '<':
			b.WriteString("&lt;")
		case c == '>':
			b.WriteString("&gt;")
		case c == '"':
			b.WriteString("&quot;")
		case c == '\'':
			b.WriteString("&apos;")
		case c == '\t':
			b.WriteString("&#9;")
		case c == '\n':
			b.WriteString("&#10;")
		case c == '\r':
			b.WriteString("&#13;")
		case !xmlChar(c):
			// dropped: XML 1.0 has no way to write it
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// xmlChar reports whether c is in XML 1.0's Char production.
func xmlChar(c rune) bool {
	return c == 0x09 || c == 0x0A || c == 0x0D ||
		c >= 0x20 && c <= 0xD7FF ||
		c >= 0xE000 && c <= 0xFFFD ||
		c >= 0x10000 && c <= 0x10FFFF
}

// XMLText returns s as an XML reader reads back what the GraphML and GEXF
// exports write for it: invalid UTF-8 replaced by U+FFFD and the
// characters XML 1.0 cannot carry (C0 control characters other than tab,
// line feed and carriage return; U+FFFE; U+FFFF) dropped. Everything else,
// line breaks, quotes and markup included, survives.
func XMLText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if c == utf8.RuneError && size == 1 || xmlChar(c) {
			b.WriteRune(c)
		}
	}
	return b.String()
}
