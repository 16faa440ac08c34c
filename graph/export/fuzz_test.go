package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// parseDOTString reads one double-quoted DOT string that must make up the
// whole of s, and returns its text as a Graphviz label shows it. It
// accepts only the escapes Quote writes (\" \\ \n), so it is stricter
// than Graphviz, and refuses raw control characters and invalid UTF-8.
func parseDOTString(s string) (string, error) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return "", errors.New("not enclosed in double quotes")
	}
	if !utf8.ValidString(s) {
		return "", errors.New("invalid UTF-8")
	}
	var b strings.Builder
	body := s[1 : len(s)-1]
	for i := 0; i < len(body); {
		c, size := utf8.DecodeRuneInString(body[i:])
		switch {
		case c == '"':
			return "", fmt.Errorf("unescaped quote at %d ends the string early", i+1)
		case c == '\\':
			if i+1 >= len(body) {
				return "", errors.New("a lone backslash escapes the closing quote")
			}
			switch body[i+1] {
			case '"':
				b.WriteByte('"')
			case '\\':
				b.WriteByte('\\')
			case 'n':
				b.WriteByte('\n')
			default:
				return "", fmt.Errorf("escape \\%c at %d would be interpreted by Graphviz", body[i+1], i+1)
			}
			i += 2
			continue
		case unicode.IsControl(c):
			return "", fmt.Errorf("raw control character %U at %d", c, i+1)
		}
		b.WriteRune(c)
		i += size
	}
	return b.String(), nil
}

func FuzzDOTEscape(f *testing.F) {
	for _, s := range []string{"", "Mali", `a"b\c`, "line1\nline2", "line1\r\nline2", "cr\ronly", `ends\`, `\\`, `\"`,
		"<b>Evil</b>", "<<TABLE>>", nameJNIM, nameRussia, nameChina, "tab\there", "nul\x00byte", "\x7f\u0085\u2028\u2029",
		"bad\xffutf8", "\xc3", `\N \G \E \l \r`, "\\\n", "\"\"\"", "-- comment */ /*"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := export.Quote(s)
		got, err := parseDOTString(q)
		require.NoErrorf(t, err, "Quote(%q) = %s", s, q)
		assert.NotContains(t, q, "\n", "one line")
		// Nothing is lost but what Quote promises to drop: line breaks are
		// "\n", tabs spaces, other control characters gone, and each byte
		// of invalid UTF-8 is U+FFFD (as []rune converts it).
		var want strings.Builder
		rs := []rune(s)
		for i := 0; i < len(rs); i++ {
			c := rs[i]
			switch {
			case c == '\r':
				if i+1 < len(rs) && rs[i+1] == '\n' {
					i++
				}
				want.WriteByte('\n')
			case c == '\n', c == '\u2028', c == '\u2029':
				want.WriteByte('\n')
			case c == '\t':
				want.WriteByte(' ')
			case unicode.IsControl(c):
			default:
				want.WriteRune(c)
			}
		}
		assert.Equal(t, want.String(), got)
	})
}

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		"":                    `""`,
		"Mali":                `"Mali"`,
		`a"b\c`:               `"a\"b\\c"`,
		"line1\nline2":        `"line1\nline2"`,
		"line1\r\nline2":      `"line1\nline2"`,
		"a\rb":                `"a\nb"`,
		`ends\`:               `"ends\\"`,
		"<b>Evil</b>":         `"<b>Evil</b>"`,
		"tab\tnul\x00del\x7f": `"tab nuldel"`,
		"bad\xffbyte":         "\"bad\uFFFDbyte\"",
		nameJNIM:              `"` + nameJNIM + `"`,
		`\N`:                  `"\\N"`,
	} {
		assert.Equal(t, want, export.Quote(in), "%q", in)
		_, err := parseDOTString(export.Quote(in))
		assert.NoError(t, err)
	}
}

func FuzzJSONNames(f *testing.F) {
	for _, s := range []string{"Mali", `a"b\c`, "line1\nline2", "<b>Evil</b>", nameJNIM, "bad\xffutf8", "\x00", "\u2028", `ends\`, "</script>"} {
		f.Add(s)
	}
	s := graphtest.NewStore(f)
	ctx := context.Background()
	graphtest.Ingest(f, s, graphtest.Article("base", "2024", "", []string{"mali:state"}))
	n := 0
	f.Fuzz(func(t *testing.T, name string) {
		id := fuzzStore(t, s, &n, name)
		var b bytes.Buffer
		for _, o := range []export.JSONOptions{{}, {Indent: "  "}} {
			b.Reset()
			require.NoError(t, s.View(ctx, func(tx *graph.Tx) error {
				return export.JSON(ctx, &b, tx, export.Filter{Actor: id, Isolated: true}, o)
			}))
			require.Truef(t, json.Valid(b.Bytes()), "invalid JSON for name %q:\n%s", name, b.Bytes())
			var e exported
			require.NoError(t, json.Unmarshal(b.Bytes(), &e))
			require.Len(t, e.Nodes, 2)
			a, err := s.Actor(ctx, id)
			require.NoError(t, err)
			assert.Equal(t, strings.ToValidUTF8(a.Name, "\uFFFD"), e.Nodes[0].Name)
		}
	})
}

// TestQuoteGraphviz checks that Graphviz reads what Quote writes, as ids
// and as labels, for strings that break naive escaping.
func TestQuoteGraphviz(t *testing.T) {
	hostile := []string{"", `ends\`, `\\`, `\\\`, `\"`, `"`, `""`, "<b>Evil</b>", "<<TABLE><TR><TD>x</TD></TR></TABLE>>",
		"line1\nline2", "cr\r\nlf", "nul\x00", "bad\xff\xfeutf8", `\N \G \E \T \H \L \l \r`, "{a|b}", "a;b]", "-> --", "//", "/* x",
		"#", "&amp; &lt;", nameJNIM, nameRussia, nameChina, "\u202egnp.exe", "\u2028\u2029", "edge", "node", "graph", "digraph", "subgraph", "strict"}
	var b strings.Builder
	b.WriteString("digraph hostile {\n")
	for i, s := range hostile {
		fmt.Fprintf(&b, "\t%s [label=%s, tooltip=%s];\n", export.Quote(s), export.Quote(s), export.Quote(s))
		fmt.Fprintf(&b, "\t%s -> %s [label=%s];\n", export.Quote(s), export.Quote(fmt.Sprint("n", i)), export.Quote(s))
	}
	b.WriteString("}\n")
	svg := string(renderDOT(t, []byte(b.String())))
	if svg != "" {
		assert.Contains(t, svg, "&lt;b&gt;Evil&lt;/b&gt;")
		assert.Contains(t, svg, ">ends\\<")
	}
}
