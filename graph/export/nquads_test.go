package export_test

// A strict parser of W3C RDF 1.1 N-Quads (https://www.w3.org/TR/n-quads/),
// with Dgraph's facets parsed separately, and a strict checker of the DQL
// schema lines the RDF export writes. Both are written here, in the test,
// so that the export is checked against the grammar rather than against
// its own writer.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// termKind is the kind of an RDF term.
type termKind int

const (
	termIRI termKind = iota
	termBlank
	termLiteral
)

// rdfTerm is one term of a quad: an IRI or a blank node label (Value, the
// IRI's escapes decoded, the label without "_:"), or a literal (Value its
// text with the escapes decoded, Datatype or Lang when given).
type rdfTerm struct {
	Kind     termKind
	Value    string
	Datatype string
	Lang     string
}

// facetValue is one Dgraph facet value: Kind is "int", "float", "bool" or
// "string"; Raw its text as written (a string without its quotes).
type facetValue struct {
	Kind string
	Raw  string
}

// quad is one statement; Graph is nil when the statement has no graph
// label; Facets is nil when the line has none.
type quad struct {
	Line                 int
	Subject, Predicate   rdfTerm
	Object               rdfTerm
	Graph                *rdfTerm
	Facets               map[string]facetValue
	FacetKeys            []string // in the order written
	FacetStart, FacetEnd int      // byte offsets of "(...)" in the line
}

// parseNQuads parses a whole N-Quads document with Dgraph facets: every
// line is a statement, a comment or empty, and must parse; the document
// must be valid UTF-8 and end with a line break. With facets, each
// statement's line is also parsed again with its facets cut out, with
// facets refused: the rest must be strict N-Quads.
func parseNQuads(doc []byte) ([]quad, error) {
	if !utf8.Valid(doc) {
		return nil, errors.New("document: invalid UTF-8")
	}
	if len(doc) > 0 && doc[len(doc)-1] != '\n' {
		return nil, errors.New("document: no line break at the end")
	}
	var quads []quad
	sc := bufio.NewScanner(bytes.NewReader(doc))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.ContainsRune(line, '\r') {
			return nil, fmt.Errorf("line %d: carriage return in a line", n)
		}
		q, ok, err := parseNQuadLine(line, true)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w\n%s", n, err, line)
		}
		if !ok {
			continue
		}
		if q.Facets != nil {
			stripped := line[:q.FacetStart] + line[q.FacetEnd:]
			s, ok, err := parseNQuadLine(stripped, false)
			if err != nil || !ok {
				return nil, fmt.Errorf("line %d without its facets is not N-Quads: %v\n%s", n, err, stripped)
			}
			if s.Subject != q.Subject || s.Predicate != q.Predicate || s.Object != q.Object {
				return nil, fmt.Errorf("line %d: a different statement without its facets", n)
			}
		}
		q.Line = n
		quads = append(quads, q)
	}
	return quads, sc.Err()
}

// nqParser reads one line.
type nqParser struct {
	s   string
	pos int
}

func (p *nqParser) errorf(format string, args ...any) error {
	return fmt.Errorf("column %d: %s", p.pos+1, fmt.Sprintf(format, args...))
}

// ws skips spaces and tabs (the grammar's WS, less line breaks).
func (p *nqParser) ws() {
	for p.pos < len(p.s) && (p.s[p.pos] == ' ' || p.s[p.pos] == '\t') {
		p.pos++
	}
}

func (p *nqParser) peek() byte {
	if p.pos < len(p.s) {
		return p.s[p.pos]
	}
	return 0
}

// parseNQuadLine parses one line: ok is false for an empty line or a
// comment. With facets, a Dgraph facet list may follow the object or the
// graph label, before the final '.'.
func parseNQuadLine(line string, facets bool) (q quad, ok bool, err error) {
	p := &nqParser{s: line}
	p.ws()
	if p.pos == len(p.s) || p.peek() == '#' {
		return q, false, nil
	}
	if q.Subject, err = p.term("subject", true, true, false); err != nil {
		return q, false, err
	}
	p.ws()
	if q.Predicate, err = p.term("predicate", true, false, false); err != nil {
		return q, false, err
	}
	p.ws()
	if q.Object, err = p.term("object", true, true, true); err != nil {
		return q, false, err
	}
	p.ws()
	if c := p.peek(); c == '<' || c == '_' {
		g, err := p.term("graph label", true, true, false)
		if err != nil {
			return q, false, err
		}
		q.Graph = &g
		p.ws()
	}
	if p.peek() == '(' {
		if !facets {
			return q, false, p.errorf("'(' is not N-Quads (a Dgraph facet list)")
		}
		q.FacetStart = p.pos
		if q.Facets, q.FacetKeys, err = p.facets(); err != nil {
			return q, false, err
		}
		q.FacetEnd = p.pos
		p.ws()
	}
	if p.peek() != '.' {
		return q, false, p.errorf("want '.' to end the statement")
	}
	p.pos++
	p.ws()
	if p.pos < len(p.s) && p.s[p.pos] != '#' {
		return q, false, p.errorf("text after the statement's '.'")
	}
	return q, true, nil
}

// term reads an IRIREF, a BLANK_NODE_LABEL or a literal, as allowed.
func (p *nqParser) term(what string, iri, blank, literal bool) (rdfTerm, error) {
	switch c := p.peek(); {
	case c == '<' && iri:
		v, err := p.iriref()
		return rdfTerm{Kind: termIRI, Value: v}, err
	case c == '_' && blank:
		v, err := p.blankNode()
		return rdfTerm{Kind: termBlank, Value: v}, err
	case c == '"' && literal:
		return p.literal()
	}
	return rdfTerm{}, p.errorf("want a %s", what)
}

// iriref reads IRIREF ::= '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>'.
func (p *nqParser) iriref() (string, error) {
	p.pos++ // '<'
	var b strings.Builder
	for {
		if p.pos >= len(p.s) {
			return "", p.errorf("IRI not closed by '>'")
		}
		c := p.s[p.pos]
		switch {
		case c == '>':
			p.pos++
			return b.String(), nil
		case c == '\\':
			r, err := p.uchar()
			if err != nil {
				return "", err
			}
			if r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r) {
				return "", p.errorf("UCHAR %U is not allowed in an IRI", r)
			}
			b.WriteRune(r)
		case c <= 0x20 || strings.IndexByte("<\"{}|^`", c) >= 0:
			return "", p.errorf("character %q is not allowed in an IRI", c)
		default:
			r, size := utf8.DecodeRuneInString(p.s[p.pos:])
			b.WriteRune(r)
			p.pos += size
		}
	}
}

// uchar reads UCHAR ::= '\u' HEX{4} | '\U' HEX{8} at a backslash.
func (p *nqParser) uchar() (rune, error) {
	if p.pos+1 >= len(p.s) {
		return 0, p.errorf("lone backslash")
	}
	n := 0
	switch p.s[p.pos+1] {
	case 'u':
		n = 4
	case 'U':
		n = 8
	default:
		return 0, p.errorf("escape \\%c is not a UCHAR", p.s[p.pos+1])
	}
	if p.pos+2+n > len(p.s) {
		return 0, p.errorf("short UCHAR")
	}
	h := p.s[p.pos+2 : p.pos+2+n]
	for i := 0; i < len(h); i++ {
		if !isHex(h[i]) {
			return 0, p.errorf("UCHAR %q has a non-hex digit", h)
		}
	}
	v, _ := strconv.ParseUint(h, 16, 32)
	if v > 0x10FFFF || v >= 0xD800 && v <= 0xDFFF {
		return 0, p.errorf("UCHAR %q is not a Unicode scalar value", h)
	}
	p.pos += 2 + n
	return rune(v), nil
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// blankNode reads BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9])
// ((PN_CHARS | '.')* PN_CHARS)?. A '.' is part of the label only when a
// PN_CHARS follows it somewhere later; the label ends at its last PN_CHARS.
func (p *nqParser) blankNode() (string, error) {
	if !strings.HasPrefix(p.s[p.pos:], "_:") {
		return "", p.errorf("want '_:'")
	}
	start := p.pos + 2
	if start >= len(p.s) {
		return "", p.errorf("empty blank node label")
	}
	r, size := utf8.DecodeRuneInString(p.s[start:])
	if !(pnCharsU(r) || r >= '0' && r <= '9') {
		return "", p.errorf("blank node label must start with PN_CHARS_U or a digit")
	}
	end := start + size // just past the last PN_CHARS
	i := end
	for i < len(p.s) {
		r, size := utf8.DecodeRuneInString(p.s[i:])
		if r == '.' {
			i += size
			continue
		}
		if !pnChars(r) {
			break
		}
		i += size
		end = i
	}
	p.pos = end
	return p.s[start:end], nil
}

func pnCharsBase(r rune) bool {
	return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0xC0 && r <= 0xD6 || r >= 0xD8 && r <= 0xF6 ||
		r >= 0xF8 && r <= 0x2FF || r >= 0x370 && r <= 0x37D || r >= 0x37F && r <= 0x1FFF || r >= 0x200C && r <= 0x200D ||
		r >= 0x2070 && r <= 0x218F || r >= 0x2C00 && r <= 0x2FEF || r >= 0x3001 && r <= 0xD7FF || r >= 0xF900 && r <= 0xFDCF ||
		r >= 0xFDF0 && r <= 0xFFFD || r >= 0x10000 && r <= 0xEFFFF
}

func pnCharsU(r rune) bool { return pnCharsBase(r) || r == '_' || r == ':' }

func pnChars(r rune) bool {
	return pnCharsU(r) || r == '-' || r >= '0' && r <= '9' || r == 0xB7 || r >= 0x300 && r <= 0x36F || r >= 0x203F && r <= 0x2040
}

// literal reads STRING_LITERAL_QUOTE ('^^' IRIREF | LANGTAG)?, with
// STRING_LITERAL_QUOTE ::= '"' ([^#x22#x5C#xA#xD] | ECHAR | UCHAR)* '"'.
func (p *nqParser) literal() (rdfTerm, error) {
	p.pos++ // '"'
	var b strings.Builder
	for {
		if p.pos >= len(p.s) {
			return rdfTerm{}, p.errorf("string literal not closed")
		}
		c := p.s[p.pos]
		switch c {
		case '"':
			p.pos++
			t := rdfTerm{Kind: termLiteral, Value: b.String()}
			switch {
			case strings.HasPrefix(p.s[p.pos:], "^^"):
				p.pos += 2
				if p.peek() != '<' {
					return t, p.errorf("'^^' must be followed by an IRI")
				}
				dt, err := p.iriref()
				if err != nil {
					return t, err
				}
				t.Datatype = dt
			case p.peek() == '@':
				lang, err := p.langtag()
				if err != nil {
					return t, err
				}
				t.Lang = lang
			}
			return t, nil
		case '\n', '\r':
			return rdfTerm{}, p.errorf("raw line break in a string literal")
		case '\\':
			if p.pos+1 >= len(p.s) {
				return rdfTerm{}, p.errorf("lone backslash in a string literal")
			}
			if e := p.s[p.pos+1]; e == 'u' || e == 'U' {
				r, err := p.uchar()
				if err != nil {
					return rdfTerm{}, err
				}
				b.WriteRune(r)
				continue
			}
			// ECHAR ::= '\' [tbnrf"'\]
			r, ok := map[byte]rune{'t': '\t', 'b': '\b', 'n': '\n', 'r': '\r', 'f': '\f', '"': '"', '\'': '\'', '\\': '\\'}[p.s[p.pos+1]]
			if !ok {
				return rdfTerm{}, p.errorf("escape \\%c is not an ECHAR", p.s[p.pos+1])
			}
			b.WriteRune(r)
			p.pos += 2
		default:
			r, size := utf8.DecodeRuneInString(p.s[p.pos:])
			b.WriteRune(r)
			p.pos += size
		}
	}
}

// langtag reads LANGTAG ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.
func (p *nqParser) langtag() (string, error) {
	p.pos++ // '@'
	start := p.pos
	alpha := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	for p.pos < len(p.s) && alpha(p.s[p.pos]) {
		p.pos++
	}
	if p.pos == start {
		return "", p.errorf("empty language tag")
	}
	for p.peek() == '-' {
		p.pos++
		s := p.pos
		for p.pos < len(p.s) && (alpha(p.s[p.pos]) || p.s[p.pos] >= '0' && p.s[p.pos] <= '9') {
			p.pos++
		}
		if p.pos == s {
			return "", p.errorf("empty language subtag")
		}
	}
	return p.s[start:p.pos], nil
}

// facets reads a Dgraph facet list: '(' key '=' value (',' key '=' value)*
// ')', the keys [A-Za-z_][A-Za-z0-9_]* and unique, the values an integer,
// a decimal number with a point, true or false, or a double-quoted string
// without quotes, backslashes or control characters (all the export
// writes). It is stricter than Dgraph.
func (p *nqParser) facets() (map[string]facetValue, []string, error) {
	p.pos++ // '('
	m := map[string]facetValue{}
	var order []string
	for {
		p.ws()
		start := p.pos
		for p.pos < len(p.s) {
			c := p.s[p.pos]
			if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || p.pos > start && c >= '0' && c <= '9') {
				break
			}
			p.pos++
		}
		key := p.s[start:p.pos]
		if key == "" {
			return nil, nil, p.errorf("want a facet key")
		}
		if _, dup := m[key]; dup {
			return nil, nil, p.errorf("facet %q given twice", key)
		}
		p.ws()
		if p.peek() != '=' {
			return nil, nil, p.errorf("want '=' after facet %q", key)
		}
		p.pos++
		p.ws()
		v, err := p.facetValue()
		if err != nil {
			return nil, nil, fmt.Errorf("facet %q: %w", key, err)
		}
		m[key] = v
		order = append(order, key)
		p.ws()
		switch p.peek() {
		case ',':
			p.pos++
			continue
		case ')':
			p.pos++
			return m, order, nil
		}
		return nil, nil, p.errorf("want ',' or ')' in the facet list")
	}
}

func (p *nqParser) facetValue() (facetValue, error) {
	if p.peek() == '"' {
		end := strings.IndexByte(p.s[p.pos+1:], '"')
		if end < 0 {
			return facetValue{}, p.errorf("string not closed")
		}
		raw := p.s[p.pos+1 : p.pos+1+end]
		for _, r := range raw {
			if r == '\\' || r < 0x20 || r == 0x7f {
				return facetValue{}, p.errorf("string facet with %q", r)
			}
		}
		p.pos += end + 2
		return facetValue{"string", raw}, nil
	}
	start := p.pos
	for p.pos < len(p.s) && strings.IndexByte(",) \t", p.s[p.pos]) < 0 {
		p.pos++
	}
	raw := p.s[start:p.pos]
	switch {
	case raw == "true" || raw == "false":
		return facetValue{"bool", raw}, nil
	case isInt(raw):
		return facetValue{"int", raw}, nil
	case isDecimal(raw):
		return facetValue{"float", raw}, nil
	}
	return facetValue{}, p.errorf("value %q is not an int, a decimal, a boolean or a string", raw)
}

func isInt(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isDecimal(s string) bool {
	i, f, ok := strings.Cut(s, ".")
	return ok && isInt(i) && f != "" && isInt(f) && f[0] != '-'
}

// --- the DQL schema ---

// dqlPredicate is one predicate declaration.
type dqlPredicate struct {
	Type    string // string, int, float, bool, datetime, uid, ...
	List    bool
	Indexes []string
	Reverse bool
	Upsert  bool
	Count   bool
}

// dqlSchema is a parsed DQL schema.
type dqlSchema struct {
	Predicates map[string]*dqlPredicate
	Types      map[string][]string
}

// dqlTokenizers are the index tokenizers Dgraph has for each scalar type.
var dqlTokenizers = map[string][]string{
	"string":   {"exact", "hash", "term", "fulltext", "trigram"},
	"int":      {"int"},
	"float":    {"float"},
	"bool":     {"bool"},
	"datetime": {"year", "month", "day", "hour"},
}

// parseDQLSchema parses the schema lines the export writes: comments,
// empty lines, "name: type @directive... ." and "type Name { fields }"
// with one field per line, strictly. Every predicate is declared once,
// every type once; index tokenizers must suit the type, @reverse goes
// only with uid, @upsert only with an index, and a type's fields must be
// declared predicates.
func parseDQLSchema(doc []byte) (*dqlSchema, error) {
	s := &dqlSchema{Predicates: map[string]*dqlPredicate{}, Types: map[string][]string{}}
	lines := strings.Split(string(doc), "\n")
	if len(lines) == 0 || lines[len(lines)-1] != "" {
		return nil, errors.New("schema: no line break at the end")
	}
	validName := func(n string) bool {
		if n == "" || !(n[0] == '_' || n[0] >= 'a' && n[0] <= 'z' || n[0] >= 'A' && n[0] <= 'Z') {
			return false
		}
		for i := 0; i < len(n); i++ {
			c := n[i]
			if !(c == '_' || c == '.' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return false
			}
		}
		return !strings.HasPrefix(n, "dgraph.") && n[len(n)-1] != '.'
	}
	var inType string
	for i, line := range lines[:len(lines)-1] {
		n := i + 1
		fail := func(format string, args ...any) error {
			return fmt.Errorf("schema line %d: %s\n%s", n, fmt.Sprintf(format, args...), line)
		}
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		if inType != "" {
			if trimmed == "}" {
				inType = ""
				continue
			}
			if !validName(trimmed) {
				return nil, fail("bad field name %q", trimmed)
			}
			if _, ok := s.Predicates[trimmed]; !ok {
				return nil, fail("type %s: field %s is not a declared predicate", inType, trimmed)
			}
			s.Types[inType] = append(s.Types[inType], trimmed)
			continue
		}
		if rest, ok := strings.CutPrefix(trimmed, "type "); ok {
			tn, brace, ok := strings.Cut(rest, " ")
			if !ok || brace != "{" || !validName(tn) || strings.Contains(tn, ".") {
				return nil, fail("want \"type Name {\"")
			}
			if _, dup := s.Types[tn]; dup {
				return nil, fail("type %s declared twice", tn)
			}
			s.Types[tn] = []string{}
			inType = tn
			continue
		}
		pn, decl, ok := strings.Cut(trimmed, ": ")
		if !ok || !validName(pn) {
			return nil, fail("want \"predicate: type ... .\"")
		}
		if _, dup := s.Predicates[pn]; dup {
			return nil, fail("predicate %s declared twice", pn)
		}
		decl, ok = strings.CutSuffix(decl, " .")
		if !ok {
			return nil, fail("declaration must end with \" .\"")
		}
		fields := strings.Fields(decl)
		p := &dqlPredicate{Type: fields[0]}
		if t, ok := strings.CutPrefix(p.Type, "["); ok {
			if p.Type, ok = strings.CutSuffix(t, "]"); !ok {
				return nil, fail("unclosed list type")
			}
			p.List = true
		}
		if _, scalar := dqlTokenizers[p.Type]; !scalar && p.Type != "uid" {
			return nil, fail("unknown type %q", p.Type)
		}
		for j := 1; j < len(fields); j++ {
			d := fields[j]
			switch {
			case d == "@reverse":
				if p.Type != "uid" {
					return nil, fail("@reverse on a %s predicate", p.Type)
				}
				p.Reverse = true
			case d == "@upsert":
				p.Upsert = true
			case d == "@count":
				p.Count = true
			case strings.HasPrefix(d, "@index("):
				// The tokenizers may be split by the spaces after commas.
				for !strings.HasSuffix(d, ")") && j+1 < len(fields) {
					j++
					d += " " + fields[j]
				}
				inner, ok := strings.CutSuffix(strings.TrimPrefix(d, "@index("), ")")
				if !ok {
					return nil, fail("unclosed @index")
				}
				for _, tok := range strings.Split(inner, ",") {
					tok = strings.TrimSpace(tok)
					allowed := false
					for _, a := range dqlTokenizers[p.Type] {
						allowed = allowed || a == tok
					}
					if !allowed {
						return nil, fail("tokenizer %q does not index %s", tok, p.Type)
					}
					p.Indexes = append(p.Indexes, tok)
				}
			default:
				return nil, fail("unknown directive %q", d)
			}
		}
		if p.Upsert && len(p.Indexes) == 0 {
			return nil, fail("@upsert needs an index")
		}
		s.Predicates[pn] = p
	}
	if inType != "" {
		return nil, fmt.Errorf("schema: type %s not closed", inType)
	}
	return s, nil
}
