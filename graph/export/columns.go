package export

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// The columns of the tabular and XML formats (GraphML, GEXF, CSV): one
// list per record type, so that every format names and types an attribute
// the same way. A value is written as a string; "" means unknown, and the
// formats leave it out (XML) or write an empty field (CSV).

// colType is the type of a column's values.
type colType int

const (
	colString colType = iota
	colInt
	colDouble
	colBool
)

// column is one attribute of a node, relation or evidence record.
type column struct {
	name string // snake_case, as in the JSON export
	typ  colType
}

// AliasSeparator joins an actor's alias forms into one string in the
// GraphML, GEXF and CSV exports, which have no lists: "Russia; Moscou".
// A form is written as it is, so a form that itself contains "; " cannot
// be told apart from two; the JSON export keeps the list (with each
// form's source).
const AliasSeparator = "; "

// nodeColumns are an actor's attributes, after its id.
var nodeColumns = []column{
	{"name", colString}, {"kind", colString}, {"aliases", colString}, {"country", colString},
	{"wikidata", colString}, {"successor_of", colString}, {"first_seen", colString}, {"last_seen", colString},
	{"mentions", colInt}, {"articles", colInt},
}

func nodeRow(a *graph.Actor) []string {
	forms := make([]string, len(a.Aliases))
	for i, al := range a.Aliases {
		forms[i] = al.Form
	}
	return []string{a.Name, string(a.Kind), strings.Join(forms, AliasSeparator), a.Country,
		a.Wikidata, a.SuccessorOf, a.FirstSeen.String(), a.LastSeen.String(),
		strconv.Itoa(a.Mentions), strconv.Itoa(a.Articles)}
}

// relColumns are a relation's attributes, after its ends.
var relColumns = []column{
	{"type", colString}, {"symmetric", colBool}, {"asserted", colInt}, {"hedged", colInt}, {"negated", colInt},
	{"articles", colInt}, {"outlets", colInt}, {"weight", colInt}, {"confidence", colDouble},
	{"first_seen", colString}, {"last_seen", colString},
}

func relRow(r *graph.Relation) []string {
	return []string{string(r.Type), strconv.FormatBool(r.Type.Symmetric()), strconv.Itoa(r.Asserted),
		strconv.Itoa(r.Hedged), strconv.Itoa(r.Negated), strconv.Itoa(r.Articles), strconv.Itoa(r.Outlets),
		strconv.Itoa(r.Weight), formatFloat(r.Confidence), r.FirstSeen.String(), r.LastSeen.String()}
}

// evColumns are an evidence record's attributes, after its relation's
// ends and type, with its article's metadata.
var evColumns = []column{
	{"article", colString}, {"url", colString}, {"title", colString}, {"outlet", colString},
	{"article_date", colString}, {"sentence", colInt}, {"sentence_text", colString}, {"start", colInt},
	{"end", colInt}, {"date", colString}, {"date_precision", colString}, {"hedged", colBool},
	{"negated", colBool}, {"attribution", colString}, {"trigger", colString}, {"rule", colString},
	{"supplied", colString}, {"extractor", colString}, {"confidence", colDouble},
}

func evRow(e *graph.Evidence, a *graph.Article) []string {
	row := []string{e.Article, "", "", "", "", strconv.Itoa(e.Sentence), e.Text, "", "", e.Date.String(), "",
		strconv.FormatBool(e.Hedged), strconv.FormatBool(e.Negated), e.Attribution, e.Trigger, e.Rule,
		e.Supplied, e.Extractor, ""}
	if a != nil {
		row[1], row[2], row[3], row[4] = a.URL, a.Title, a.Outlet, a.Date.String()
	}
	if e.End > 0 { // offsets are both zero when unknown
		row[7], row[8] = strconv.Itoa(e.Start), strconv.Itoa(e.End)
	}
	if !e.Date.IsZero() {
		row[10] = e.Date.Precision().String()
	}
	if e.Confidence != 0 { // zero is unstated
		row[18] = formatFloat(e.Confidence)
	}
	return row
}

// formatFloat writes a number as the JSON export does: the shortest
// decimal that reads back as the same float64, without an exponent.
func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// validUTF8 replaces each invalid byte of s by U+FFFD, as the JSON export does.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c, size := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(c) // RuneError for an invalid byte
		i += size
	}
	return b.String()
}

// relationID is a relation's id in the GraphML, GEXF and CSV exports:
// "from:type:to". Actor ids are slugs and types words, so the colons
// cannot be ambiguous.
func relationID(r *graph.Relation) string { return r.From + ":" + string(r.Type) + ":" + r.To }

// eachEvidence calls fn for the exported evidence of rel, in the order of
// the JSON export, with its article (nil when the graph has no record of it).
func (p *plan) eachEvidence(ctx context.Context, r Reader, arts *articleCache, rel *graph.Relation,
	fn func(*graph.Evidence, *graph.Article) error) error {
	return r.EachEvidence(ctx, rel.Key(), p.ef, func(e *graph.Evidence) error {
		a, err := arts.get(ctx, r, e.Article)
		if err != nil {
			return err
		}
		return fn(e, a)
	})
}
