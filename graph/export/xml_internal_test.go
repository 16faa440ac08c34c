package export

import (
	"bytes"
	"encoding/xml"
	"testing"
	"unicode/utf8"
)

// FuzzXMLEscape checks that what xmlEscape writes, as element text and as
// double- and single-quoted attribute values, is well-formed XML that
// reads back as XMLText says.
func FuzzXMLEscape(f *testing.F) {
	for _, s := range []string{"", "Mali", `a"b'c`, "<b>&amp;</b>", "]]>", "line\nfeed\r\ncr\rtab\t", "nul\x00\x01\x1f\x7f",
		"\uFFFE\uFFFF\uFFFD", "bad\xff", "\xed\xa0\x80", "جماعة", "中国", "\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		esc := xmlEscape(s)
		if !utf8.ValidString(esc) {
			t.Fatalf("xmlEscape(%q) = %q: invalid UTF-8", s, esc)
		}
		for _, doc := range []string{`<a v="` + esc + `">` + esc + `</a>`, `<a v='` + esc + `'>` + esc + `</a>`} {
			var v struct {
				V    string `xml:"v,attr"`
				Text string `xml:",chardata"`
			}
			dec := xml.NewDecoder(bytes.NewReader([]byte(doc)))
			dec.Strict = true
			if err := dec.Decode(&v); err != nil {
				t.Fatalf("xmlEscape(%q) = %q: %v", s, esc, err)
			}
			want := XMLText(s)
			if v.V != want || v.Text != want {
				t.Fatalf("xmlEscape(%q): read back attribute %q, text %q, want %q", s, v.V, v.Text, want)
			}
		}
	})
}
