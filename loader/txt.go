package loader

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/encoding/unicode"

	"github.com/actorgraph/actorgraph/graph"
)

// meta is what a header or front matter says about an article.
type meta struct {
	id, url, title, lang, outlet string
	date                         graph.Date
}

func (m *meta) article(text string) *graph.Article {
	a := &graph.Article{
		ID:     m.id,
		URL:    m.url,
		Title:  m.title,
		Date:   m.date,
		Lang:   m.lang,
		Outlet: m.outlet,
		Text:   text,
	}
	graph.SetContentHash(a) // recorded: the extractor need not hash it again
	return a
}

// set records the value of a known key, and reports whether the key is
// known. A date that does not parse is an error.
func (m *meta) set(key, value string) (bool, error) {
	value = strings.TrimSpace(value)
	switch strings.ToLower(key) {
	case "title":
		m.title = value
	case "url":
		m.url = value
	case "lang", "language":
		m.lang = value
	case "outlet":
		m.outlet = value
	case "id":
		m.id = value
	case "date":
		d, err := graph.ParseDate(value)
		if err != nil {
			return true, fmt.Errorf("date: %w", err)
		}
		m.date = d
	default:
		return false, nil
	}
	return true, nil
}

// parseText reads a .txt or, when md is set, a .md article. It returns the
// line of the problem with the error.
func parseText(b []byte, md bool, max int) (*graph.Article, int, error) {
	b, err := decodeUTF16(b)
	if err != nil {
		return nil, 1, err
	}
	if line, err := checkText(b, 0); err != nil {
		return nil, line, err
	}
	s := string(bytes.TrimPrefix(b, bom))
	var (
		m     meta
		start int
		found bool
		line  int
	)
	if md {
		start, found, line, err = frontMatter(s, &m)
	}
	if err == nil && !found {
		start, found, line, err = header(s, &m)
	}
	if err != nil {
		return nil, line, err
	}
	text := s[start:]
	if len(text) > max {
		return nil, 1, &sizeError{what: "article", size: int64(len(text)), limit: max}
	}
	if strings.TrimSpace(text) == "" {
		if found {
			return nil, 1, fmt.Errorf("%w (only a header)", ErrEmpty)
		}
		return nil, 1, ErrEmpty
	}
	if md && m.title == "" {
		m.title = firstHeading(text)
	}
	return m.article(text), 1, nil
}

var (
	utf16LE = []byte{0xFF, 0xFE}
	utf16BE = []byte{0xFE, 0xFF}
)

// decodeUTF16 converts text that starts with a UTF-16 byte order mark (as
// Windows editors save "Unicode" text) to UTF-8; other text is returned as
// is.
func decodeUTF16(b []byte) ([]byte, error) {
	var e unicode.Endianness
	switch {
	case bytes.HasPrefix(b, utf16LE):
		e = unicode.LittleEndian
	case bytes.HasPrefix(b, utf16BE):
		e = unicode.BigEndian
	default:
		return b, nil
	}
	out, err := unicode.UTF16(e, unicode.ExpectBOM).NewDecoder().Bytes(b)
	if err != nil {
		return nil, fmt.Errorf("UTF-16 text: %w", err)
	}
	return out, nil
}

var (
	// markerRE matches a leading date marker, "date 2024-10" in any case,
	// with an optional colon, and the white space after it.
	markerRE = regexp.MustCompile(`^[ \t\r\n]*(?i:date)[ \t]*:?[ \t]*(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?:[ \t\r\n]+|$)`)
	// yamlLineRE finds the line in a YAML error.
	yamlLineRE = regexp.MustCompile(`^yaml: line (\d+):`)
	// keyRE matches a header line "Key: value".
	keyRE = regexp.MustCompile(`^[ \t]*([A-Za-z][A-Za-z0-9_-]{0,23})[ \t]*:(.*)$`)
)

// header reads the header lines or the date marker at the start of s. It
// returns the offset of the text, whether there was a header, and the line
// of an error.
//
// A header is a run of "Key: value" lines, the first with a known key,
// ended by a blank line (which is removed) or by the first line that is not
// a "Key: value" line. Unknown keys are ignored when a blank line ends the
// header; otherwise the lines after the last known key are text.
func header(s string, m *meta) (start int, found bool, line int, err error) {
	first, _, _ := strings.Cut(s, "\n")
	if k := keyRE.FindStringSubmatch(first); k != nil && known(k[1]) && !isMarkerLine(k, s) {
		return headerLines(s, m)
	}
	loc := markerRE.FindStringSubmatchIndex(s)
	if loc == nil {
		return 0, false, 0, nil
	}
	d, err := graph.ParseDate(s[loc[2]:loc[3]])
	if err != nil {
		return 0, false, lineAt([]byte(s), loc[2]), fmt.Errorf("date marker: %w", err)
	}
	m.date = d
	return loc[1], true, 0, nil
}

// isMarkerLine reports whether a first line "Date: 2024 text..." is a date
// marker followed by text rather than a header line.
func isMarkerLine(k []string, s string) bool {
	if !strings.EqualFold(k[1], "date") {
		return false
	}
	if _, err := graph.ParseDate(k[2]); err == nil {
		return false
	}
	return markerRE.MatchString(s)
}

func known(key string) bool {
	var m meta
	ok, _ := m.set(key, "")
	return ok
}

// headerLines reads a header (see [header]).
func headerLines(s string, m *meta) (start int, found bool, line int, err error) {
	pos, end := 0, 0 // end: the offset after the last known key line
	for n := 1; ; n++ {
		if pos >= len(s) {
			return len(s), true, 0, nil
		}
		l, next := s[pos:], len(s)
		if i := strings.IndexByte(l, '\n'); i >= 0 {
			l, next = l[:i], pos+i+1
		}
		if strings.TrimSpace(l) == "" {
			return next, true, 0, nil
		}
		k := keyRE.FindStringSubmatch(l)
		if k == nil {
			return end, true, 0, nil
		}
		ok, err := m.set(k[1], strings.TrimSuffix(k[2], "\r"))
		if err != nil {
			return 0, true, n, err
		}
		if ok {
			end = next
		}
		pos = next
	}
}

// frontMatter reads YAML front matter: a first line "---", YAML, and a line
// "---" or "...". It returns the offset of the text, whether there was
// front matter, and the line of an error.
func frontMatter(s string, m *meta) (start int, found bool, line int, err error) {
	body, ok := strings.CutPrefix(s, "---\n")
	if !ok {
		body, ok = strings.CutPrefix(s, "---\r\n")
	}
	if !ok {
		return 0, false, 0, nil
	}
	off := len(s) - len(body)
	var yamlText string
	end := -1
	for pos := 0; pos < len(body); {
		l, next := body[pos:], len(body)
		if i := strings.IndexByte(l, '\n'); i >= 0 {
			l, next = l[:i], pos+i+1
		}
		if t := strings.TrimRight(l, " \t\r"); t == "---" || t == "..." {
			yamlText, end = body[:pos], off+next
			break
		}
		pos = next
	}
	if end < 0 {
		return 0, false, 0, nil // no closing line: a horizontal rule, not front matter
	}
	var doc yaml.Node
	if err = yaml.Unmarshal([]byte(yamlText), &doc); err != nil {
		line = 1
		if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
			n, _ := strconv.Atoi(m[1])
			line += n
		}
		return 0, false, line, fmt.Errorf("front matter: %w", err)
	}
	if len(doc.Content) == 1 && doc.Content[0].Kind == yaml.MappingNode {
		c := doc.Content[0].Content
		for i := 0; i+1 < len(c); i += 2 {
			k, v := c[i], c[i+1]
			if !known(k.Value) {
				continue
			}
			line := 1 + k.Line
			if v.Kind != yaml.ScalarNode {
				return 0, false, line, fmt.Errorf("front matter: %s: want a single value", k.Value)
			}
			if _, err = m.set(k.Value, v.Value); err != nil {
				return 0, false, line, fmt.Errorf("front matter: %w", err)
			}
		}
	} else if len(doc.Content) > 0 && !(doc.Content[0].Kind == yaml.ScalarNode && doc.Content[0].Tag == "!!null") {
		return 0, false, 1, fmt.Errorf("front matter: want key: value lines")
	}
	return skipBlankLine(s, end), true, 0, nil
}

// skipBlankLine returns the offset after the line starting at i when it is
// blank, else i.
func skipBlankLine(s string, i int) int {
	l := s[i:]
	j := strings.IndexByte(l, '\n')
	if j < 0 {
		return i
	}
	if strings.TrimSpace(l[:j]) == "" {
		return i + j + 1
	}
	return i
}

// firstHeading returns the text of the first Markdown heading "# Title".
func firstHeading(text string) string {
	for l := range strings.Lines(text) {
		if rest, ok := strings.CutPrefix(l, "# "); ok {
			return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(rest), "#"))
		}
	}
	return ""
}
