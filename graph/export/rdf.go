package export

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// RDFPart names one of the two files of an RDF export.
type RDFPart string

// The files of an RDF export.
const (
	RDFQuads  RDFPart = "quads"  // the N-Quads, with Dgraph facets on the relations
	RDFSchema RDFPart = "schema" // the DQL schema: predicates, indexes and types
)

// RDFParts lists the files in the order a directory export writes them.
var RDFParts = []RDFPart{RDFQuads, RDFSchema}

// FileName returns the file's name in a directory export: "graph.rdf" (the
// extension Dgraph's loaders recognise) or "graph.schema".
func (p RDFPart) FileName() string {
	if p == RDFSchema {
		return "graph.schema"
	}
	return "graph.rdf"
}

// ParseRDFPart reads a file name of an RDF export: quads or schema.
func ParseRDFPart(s string) (RDFPart, error) {
	for _, p := range RDFParts {
		if s == string(p) {
			return p, nil
		}
	}
	return "", fmt.Errorf("export: unknown rdf part %q (want quads or schema)", s)
}

// RDFOptions adjust an RDF export. The zero value writes the evidence and
// article nodes.
type RDFOptions struct {
	// OmitEvidence leaves out the evidence and article nodes: only the
	// actors and the relations (with their facets) are written, and the
	// evidence is not read.
	OmitEvidence bool
}

// The table that remembers which articles an RDF export has written:
// rdfSeenSets sets (chosen by the first two bytes of an article's hash) of
// rdfSeenWays hashes of 16 bytes, most recently used first: 4 MiB.
const (
	rdfSeenSets = 1 << 16
	rdfSeenWays = 4
)

// RDF writes the relations f selects, their ends and (unless
// o.OmitEvidence) their evidence and its articles as N-Quads for Dgraph's
// live and bulk loaders (see the package documentation for the
// predicates): a comment line naming the schema and the filter, the actors
// in id order, then each relation in (from, type, to) order followed by
// its evidence in the order of the JSON export. Relation quads carry Dgraph
// facets. The output depends only on the graph and the arguments. RDF
// holds no more than the set of node ids, a bounded cache of articles and
// a fixed 4 MiB table of the articles written in memory; it writes through
// a buffer and returns the first error of r, of w or of ctx. [RDFDQLSchema]
// writes the schema that goes with it.
func RDF(ctx context.Context, w io.Writer, r Reader, f Filter, o RDFOptions) error {
	p, err := f.plan(ctx, r)
	if err != nil {
		return err
	}
	rec, err := json.Marshal(p.record())
	if err != nil {
		return fmt.Errorf("export: rdf: %w", err)
	}
	x := &rdfExport{ctx: ctx, r: r, p: p, o: o, out: newWriter(w), arts: newArticleCache(articleCacheSize)}
	if err := x.run(rec); err != nil {
		return fmt.Errorf("export: rdf: %w", err)
	}
	return nil
}

type rdfExport struct {
	ctx  context.Context
	r    Reader
	p    *plan
	o    RDFOptions
	out  *writer
	arts *articleCache
	// seen remembers, per set (the first two bytes of an article's hash),
	// the hashes of the last rdfSeenWays articles written or cited there:
	// an article is written again only when as many others of its set
	// were cited since it last was.
	seen *[rdfSeenSets][rdfSeenWays][16]byte
	line []byte // the line being built, reused
}

func (x *rdfExport) run(filter []byte) error {
	// The filter record is JSON: no line break can end the comment early.
	x.out.str("# " + Schema + " N-Quads for Dgraph (schema: graph.schema); filter " + string(filter) + "\n")
	if err := x.p.eachNode(x.ctx, x.r, func(a *graph.Actor) error {
		x.actor(a)
		return x.out.err
	}); err != nil {
		x.out.fail(err)
	}
	if !x.o.OmitEvidence {
		x.seen = new([rdfSeenSets][rdfSeenWays][16]byte)
	}
	if x.out.err == nil {
		if err := x.p.eachRelation(x.ctx, x.r, x.relation); err != nil {
			x.out.fail(err)
		}
	}
	return x.out.flush()
}

// actor writes an actor's node.
func (x *rdfExport) actor(a *graph.Actor) {
	s := RDFActorLabel(a.ID)
	x.lit(s, "dgraph.type", "Actor")
	x.lit(s, "dgraph.type", RDFKindType(a.Kind))
	x.lit(s, "Actor.id", a.ID)
	x.lit(s, "Actor.name", a.Name)
	x.lit(s, "Actor.kind", string(a.Kind))
	for _, al := range a.Aliases {
		x.lit(s, "Actor.alias", al.Form)
	}
	x.opt(s, "Actor.country", a.Country)
	x.opt(s, "Actor.wikidata", a.Wikidata)
	x.opt(s, "Actor.successor_of", a.SuccessorOf)
	x.opt(s, "Actor.first_seen", a.FirstSeen.String())
	x.opt(s, "Actor.last_seen", a.LastSeen.String())
	x.lit(s, "Actor.mentions", strconv.Itoa(a.Mentions))
	x.lit(s, "Actor.articles", strconv.Itoa(a.Articles))
}

// relation writes a relation's quad with its facets, then its evidence.
func (x *rdfExport) relation(rel *graph.Relation) error {
	from, to := RDFActorLabel(rel.From), RDFActorLabel(rel.To)
	b := x.line[:0]
	b = append(b, from...)
	b = append(b, " <"...)
	b = append(b, rel.Type...)
	b = append(b, "> "...)
	b = append(b, to...)
	b = append(b, " ("...)
	for _, fc := range []struct {
		k string
		n int
	}{{"asserted", rel.Asserted}, {"hedged", rel.Hedged}, {"negated", rel.Negated}, {"articles", rel.Articles},
		{"outlets", rel.Outlets}, {"weight", rel.Weight}} {
		b = append(b, fc.k...)
		b = append(b, '=')
		b = strconv.AppendInt(b, int64(fc.n), 10)
		b = append(b, ", "...)
	}
	b = append(b, "confidence="...)
	b = append(b, rdfFloat(rel.Confidence)...)
	b = append(b, ", symmetric="...)
	b = strconv.AppendBool(b, rel.Type.Symmetric())
	for _, d := range []struct {
		k string
		d graph.Date
	}{{"first_seen", rel.FirstSeen}, {"last_seen", rel.LastSeen}} {
		if !d.d.IsZero() {
			b = append(b, ", "...)
			b = append(b, d.k...)
			b = append(b, `="`...)
			b = append(b, d.d.String()...)
			b = append(b, '"')
		}
	}
	b = append(b, ") .\n"...)
	x.out.bytes(b)
	x.line = b
	if x.o.OmitEvidence || x.out.err != nil {
		return x.out.err
	}
	err := x.p.eachEvidence(x.ctx, x.r, x.arts, rel, func(e *graph.Evidence, a *graph.Article) error {
		x.evidence(e, a, from, to)
		return x.out.err
	})
	if err != nil {
		return fmt.Errorf("evidence of %s: %w", rel.Key(), err)
	}
	return nil
}

// evidence writes an evidence node, after its article's node when that
// has not been written (or has dropped out of the table since).
func (x *rdfExport) evidence(e *graph.Evidence, a *graph.Article, from, to string) {
	h := articleHash(e.Article)
	art := "_:d." + hex.EncodeToString(h[:])
	if !x.cited(h) {
		x.lit(art, "dgraph.type", "Article")
		x.lit(art, "Article.id", e.Article)
		if a != nil {
			x.opt(art, "Article.url", a.URL)
			x.opt(art, "Article.title", a.Title)
			x.opt(art, "Article.outlet", a.Outlet)
			x.opt(art, "Article.date", a.Date.String())
			x.opt(art, "Article.lang", a.Lang)
			x.opt(art, "Article.fingerprint", a.Fingerprint)
		}
	}
	s := art[:2] + "e" + art[3:] + "." + strconv.Itoa(e.Sentence) + "." + strconv.Itoa(e.K)
	x.lit(s, "dgraph.type", "Evidence")
	x.uid(s, "Evidence.from", from)
	x.lit(s, "Evidence.type", string(e.Type))
	x.uid(s, "Evidence.to", to)
	x.uid(s, "Evidence.article", art)
	x.lit(s, "Evidence.sentence", strconv.Itoa(e.Sentence))
	x.lit(s, "Evidence.text", e.Text)
	if e.End > 0 { // offsets are both zero when unknown
		x.lit(s, "Evidence.start", strconv.Itoa(e.Start))
		x.lit(s, "Evidence.end", strconv.Itoa(e.End))
	}
	if !e.Date.IsZero() {
		x.lit(s, "Evidence.date", e.Date.String())
		x.lit(s, "Evidence.date_precision", e.Date.Precision().String())
	}
	x.lit(s, "Evidence.hedged", strconv.FormatBool(e.Hedged))
	x.lit(s, "Evidence.negated", strconv.FormatBool(e.Negated))
	x.opt(s, "Evidence.attribution", e.Attribution)
	x.opt(s, "Evidence.trigger", e.Trigger)
	x.opt(s, "Evidence.rule", e.Rule)
	x.opt(s, "Evidence.supplied", e.Supplied)
	x.opt(s, "Evidence.extractor", e.Extractor)
	if e.Confidence != 0 { // zero is unstated
		x.lit(s, "Evidence.confidence", rdfFloat(e.Confidence))
	}
}

// cited records that the article of hash h is cited now, and reports
// whether it was written already and is still in the table (then it
// need not be written again).
func (x *rdfExport) cited(h [16]byte) bool {
	set := &x.seen[int(h[0])<<8|int(h[1])]
	i := 0
	for i < rdfSeenWays-1 && set[i] != h {
		i++
	}
	found := set[i] == h
	copy(set[1:i+1], set[:i]) // move the first i down one: the last drops out when not found
	set[0] = h
	return found
}

// lit writes the quad "subject <pred> "value" .".
func (x *rdfExport) lit(subject, pred, value string) {
	b := x.line[:0]
	b = append(b, subject...)
	b = append(b, " <"...)
	b = append(b, pred...)
	b = append(b, "> "...)
	b = AppendRDFLiteral(b, value)
	b = append(b, " .\n"...)
	x.out.bytes(b)
	x.line = b
}

// opt writes a literal quad unless the value is empty (unknown).
func (x *rdfExport) opt(subject, pred, value string) {
	if value != "" {
		x.lit(subject, pred, value)
	}
}

// uid writes the quad "subject <pred> object ." between two nodes.
func (x *rdfExport) uid(subject, pred, object string) {
	x.out.str(subject + " <" + pred + "> " + object + " .\n")
}

// articleHash is the 16-byte hash that names an article's node.
func articleHash(id string) [16]byte {
	sum := sha256.Sum256([]byte(id))
	var h [16]byte
	copy(h[:], sum[:16])
	return h
}

// rdfFloat writes a number as the JSON export does, with a decimal point
// always, so that Dgraph reads a facet of 1 as a float, as it reads 0.5.
func rdfFloat(f float64) string {
	s := formatFloat(f)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// RDFActorLabel returns the blank node label of an actor in the RDF
// export: "_:a." and the id, each byte outside [a-z0-9-] written as "_"
// and two lowercase hex digits ("_:a.mali", "_:a.al_20shabaab" for "al
// shabaab"), or "_:a" for the empty id. Every id, however hostile, gives a
// label of the N-Quads grammar (BLANK_NODE_LABEL), and two ids never give
// the same label. Dgraph's loaders map each label to one node (uid).
func RDFActorLabel(id string) string {
	if id == "" {
		return "_:a"
	}
	clean := true
	for i := 0; i < len(id); i++ {
		if !slugByte(id[i]) {
			clean = false
			break
		}
	}
	if clean {
		return "_:a." + id
	}
	const hexDigits = "0123456789abcdef"
	b := make([]byte, 0, 4+3*len(id))
	b = append(b, "_:a."...)
	for i := 0; i < len(id); i++ {
		c := id[i]
		if slugByte(c) {
			b = append(b, c)
			continue
		}
		b = append(b, '_', hexDigits[c>>4], hexDigits[c&15])
	}
	return string(b)
}

func slugByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' }

// RDFKindType returns the Dgraph type of an actor kind: State, ArmedGroup,
// Company, Person or Organisation (every actor also has the type Actor).
func RDFKindType(k graph.Kind) string {
	var b strings.Builder
	up := true
	for _, c := range string(k) {
		switch {
		case c == '_':
			up = true
		case up && c >= 'a' && c <= 'z':
			b.WriteRune(c - 'a' + 'A')
			up = false
		default:
			b.WriteRune(c)
			up = false
		}
	}
	return b.String()
}

// RDFLiteral returns s as an N-Quads string literal (STRING_LITERAL_QUOTE):
// in double quotes, with '"', '\', line feed, carriage return and tab
// written as \" \\ \n \r \t, the other C0 control characters and DEL as
// \u00XX, and each byte of invalid UTF-8 as U+FFFD (as the JSON export
// does). Every other character is written as it is, so a parser that
// reads the escapes gets s back (less the invalid UTF-8).
func RDFLiteral(s string) string { return string(AppendRDFLiteral(nil, s)) }

// AppendRDFLiteral appends [RDFLiteral](s) to b.
func AppendRDFLiteral(b []byte, s string) []byte {
	const hexDigits = "0123456789ABCDEF"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		if c < utf8.RuneSelf {
			switch c {
			case '"':
				b = append(b, '\\', '"')
			case '\\':
				b = append(b, '\\', '\\')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default: // other C0 controls and DEL
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = utf8.AppendRune(b, utf8.RuneError)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}

// RDFDQLSchema writes the DQL schema of the RDF export, for Dgraph's live
// and bulk loaders (--schema) or its /alter endpoint: every predicate the
// export may use with its type and indexes, then the types (Actor, one per
// actor kind, Article, Evidence). It does not depend on the graph or the
// filter: it declares every predicate any RDF export may use.
func RDFDQLSchema(w io.Writer) error {
	out := newWriter(w)
	out.str(rdfSchemaText)
	if err := out.flush(); err != nil {
		return fmt.Errorf("export: rdf schema: %w", err)
	}
	return nil
}

// rdfPredicates are the predicates of the RDF export and their DQL
// declarations, in the schema's order.
var rdfPredicates = []struct{ name, decl string }{
	{"Actor.id", "string @index(exact) @upsert"},
	{"Actor.name", "string @index(exact, term, trigram)"},
	{"Actor.kind", "string @index(exact)"},
	{"Actor.alias", "[string] @index(exact, term)"},
	{"Actor.country", "string @index(exact)"},
	{"Actor.wikidata", "string @index(exact)"},
	{"Actor.successor_of", "string @index(exact)"},
	{"Actor.first_seen", "string @index(exact)"},
	{"Actor.last_seen", "string @index(exact)"},
	{"Actor.mentions", "int @index(int)"},
	{"Actor.articles", "int @index(int)"},
	{"allied", "[uid] @reverse @count"},
	{"opposed", "[uid] @reverse @count"},
	{"supplies", "[uid] @reverse @count"},
	{"trains", "[uid] @reverse @count"},
	{"member_of", "[uid] @reverse @count"},
	{"leads", "[uid] @reverse @count"},
	{"Article.id", "string @index(exact) @upsert"},
	{"Article.url", "string @index(exact)"},
	{"Article.title", "string @index(term)"},
	{"Article.outlet", "string @index(exact)"},
	{"Article.date", "string @index(exact)"},
	{"Article.lang", "string @index(exact)"},
	{"Article.fingerprint", "string @index(exact)"},
	{"Evidence.from", "uid @reverse"},
	{"Evidence.type", "string @index(exact)"},
	{"Evidence.to", "uid @reverse"},
	{"Evidence.article", "uid @reverse"},
	{"Evidence.sentence", "int"},
	{"Evidence.text", "string @index(term)"},
	{"Evidence.start", "int"},
	{"Evidence.end", "int"},
	{"Evidence.date", "string @index(exact)"},
	{"Evidence.date_precision", "string"},
	{"Evidence.hedged", "bool @index(bool)"},
	{"Evidence.negated", "bool @index(bool)"},
	{"Evidence.attribution", "string"},
	{"Evidence.trigger", "string @index(exact)"},
	{"Evidence.rule", "string @index(exact)"},
	{"Evidence.supplied", "string @index(term)"},
	{"Evidence.extractor", "string @index(exact)"},
	{"Evidence.confidence", "float @index(float)"},
}

// rdfSchemaText is the DQL schema, built once from rdfPredicates.
var rdfSchemaText = func() string {
	var b strings.Builder
	b.WriteString("# " + Schema + " DQL schema for the N-Quads of \"actorgraph export --format rdf\" (graph.rdf)\n")
	var actor, article, evidence []string
	for _, p := range rdfPredicates {
		b.WriteString(p.name + ": " + p.decl + " .\n")
		switch {
		case strings.HasPrefix(p.name, "Article."):
			article = append(article, p.name)
		case strings.HasPrefix(p.name, "Evidence."):
			evidence = append(evidence, p.name)
		default: // Actor.* and the relation types
			actor = append(actor, p.name)
		}
	}
	typ := func(name string, fields []string) {
		b.WriteString("\ntype " + name + " {\n")
		for _, f := range fields {
			b.WriteString("  " + f + "\n")
		}
		b.WriteString("}\n")
	}
	typ("Actor", actor)
	for _, k := range graph.Kinds {
		typ(RDFKindType(k), actor)
	}
	typ("Article", article)
	typ("Evidence", evidence)
	return b.String()
}()
