package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// CSVPart names one of the three tables of a CSV export.
type CSVPart string

// The tables of a CSV export.
const (
	CSVNodes     CSVPart = "nodes"     // one row per actor
	CSVRelations CSVPart = "relations" // one row per relation
	CSVEvidence  CSVPart = "evidence"  // one row per evidence record of an exported relation
)

// CSVParts lists the tables in the order a directory export writes them.
var CSVParts = []CSVPart{CSVNodes, CSVRelations, CSVEvidence}

// FileName returns the table's file name in a directory export: "nodes.csv",
// "relations.csv" or "evidence.csv".
func (p CSVPart) FileName() string { return string(p) + ".csv" }

// ParseCSVPart reads a table name: nodes, relations or evidence.
func ParseCSVPart(s string) (CSVPart, error) {
	for _, p := range CSVParts {
		if s == string(p) {
			return p, nil
		}
	}
	return "", fmt.Errorf("export: unknown csv part %q (want nodes, relations or evidence)", s)
}

// CSVProfile chooses the header conventions of a CSV export, for the tool
// that imports it.
type CSVProfile string

// The CSV profiles; see the package documentation for their headers.
const (
	CSVPandas CSVProfile = "pandas" // snake_case names, as in the JSON export
	CSVGephi  CSVProfile = "gephi"  // Gephi's spreadsheet import: Id, Label, Source, Target, Type, Weight
	CSVNeo4j  CSVProfile = "neo4j"  // neo4j-admin database import: id:ID, :LABEL, :START_ID, :END_ID, :TYPE, typed columns
)

// CSVProfiles lists the profiles.
var CSVProfiles = []CSVProfile{CSVPandas, CSVGephi, CSVNeo4j}

// ParseCSVProfile reads a profile name: pandas, gephi or neo4j; "" is pandas.
func ParseCSVProfile(s string) (CSVProfile, error) {
	if s == "" {
		return CSVPandas, nil
	}
	for _, p := range CSVProfiles {
		if s == string(p) {
			return p, nil
		}
	}
	return "", fmt.Errorf("export: unknown csv profile %q (want pandas, gephi or neo4j)", s)
}

// CSVOptions adjust a CSV export. The zero value is the pandas profile.
type CSVOptions struct {
	// Profile chooses the header conventions; "" means CSVPandas.
	Profile CSVProfile
}

// CSV writes one table of the export f selects (see the package
// documentation for the columns of each table and profile): the nodes in
// id order, the relations in (from, type, to) order, or their evidence in
// the order of the JSON export. The output is UTF-8 without a byte order
// mark, RFC 4180 quoted, with one header row; it depends only on the graph
// and the arguments. CSV holds no more than the set of node ids and a
// bounded cache of articles in memory; it writes through a buffer and
// returns the first error of r, of w or of ctx. Run the three tables of
// one export inside the same [graph.Store.View] for a consistent set.
func CSV(ctx context.Context, w io.Writer, r Reader, f Filter, part CSVPart, o CSVOptions) error {
	prof, err := ParseCSVProfile(string(o.Profile))
	if err != nil {
		return err
	}
	if _, err := ParseCSVPart(string(part)); err != nil {
		return err
	}
	p, err := f.plan(ctx, r)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := csv.NewWriter(bw)
	write := func(rec []string) error {
		for i, s := range rec {
			rec[i] = strings.ReplaceAll(validUTF8(s), "\x00", "") // C readers (pandas) end a field at NUL
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
		return ctx.Err()
	}
	err = write(csvHeader(part, prof))
	if err == nil {
		switch part {
		case CSVNodes:
			err = p.eachNode(ctx, r, func(a *graph.Actor) error { return write(csvNodeRow(a, prof)) })
		case CSVRelations:
			err = p.eachRelation(ctx, r, func(rel *graph.Relation) error { return write(csvRelRow(rel, prof)) })
		case CSVEvidence:
			arts := newArticleCache(articleCacheSize)
			err = p.eachRelation(ctx, r, func(rel *graph.Relation) error {
				ends := csvEnds(rel, prof)
				err := p.eachEvidence(ctx, r, arts, rel, func(e *graph.Evidence, a *graph.Article) error {
					return write(csvEvidenceRow(ends, e, a, prof))
				})
				if err != nil {
					return fmt.Errorf("evidence of %s: %w", rel.Key(), err)
				}
				return nil
			})
		}
	}
	cw.Flush()
	if err == nil {
		err = cw.Error()
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("export: csv %s: %w", part, err)
	}
	return nil
}

// neo4jTypes are the neo4j-admin import type suffixes of typed columns.
var neo4jTypes = map[colType]string{colString: "", colInt: ":int", colDouble: ":float", colBool: ":boolean"}

// names returns the column names of cols, typed for neo4j, renamed as
// the map says (a name mapped to "" is left out).
func names(cols []column, prof CSVProfile, rename map[string]string) []string {
	var out []string
	for _, c := range cols {
		n := c.name
		if r, ok := rename[n]; ok {
			if r == "" {
				continue
			}
			n = r
		}
		if prof == CSVNeo4j {
			n += neo4jTypes[c.typ]
		}
		out = append(out, n)
	}
	return out
}

// values returns the row without the columns names leaves out.
func values(cols []column, row []string, rename map[string]string) []string {
	out := row[:0:0]
	for i, c := range cols {
		if r, ok := rename[c.name]; ok && r == "" {
			continue
		}
		out = append(out, row[i])
	}
	return out
}

// What each profile renames (to "": leaves out) of the shared columns.
var (
	gephiNodes     = map[string]string{"name": ""}                                   // the name is the Label
	gephiRelations = map[string]string{"type": "", "weight": ""}                     // in Label and Weight
	gephiEvidence  = map[string]string{"start": "offset_start", "end": "offset_end"} // not Gephi's time columns
	neo4jNodes     = map[string]string{"name": ""}                                   // before :LABEL
	neo4jRelations = map[string]string{"type": ""}                                   // in :TYPE
)

func csvHeader(part CSVPart, prof CSVProfile) []string {
	switch part {
	case CSVNodes:
		switch prof {
		case CSVGephi:
			return append([]string{"Id", "Label"}, names(nodeColumns, prof, gephiNodes)...)
		case CSVNeo4j:
			return append([]string{"id:ID", "name", ":LABEL"}, names(nodeColumns, prof, neo4jNodes)...)
		}
		return append([]string{"id"}, names(nodeColumns, prof, nil)...)
	case CSVRelations:
		switch prof {
		case CSVGephi:
			return append([]string{"Source", "Target", "Type", "Id", "Label", "Weight"}, names(relColumns, prof, gephiRelations)...)
		case CSVNeo4j:
			return append([]string{":START_ID", ":END_ID", ":TYPE"}, names(relColumns, prof, neo4jRelations)...)
		}
		return append([]string{"source", "target"}, names(relColumns, prof, nil)...)
	}
	switch prof {
	case CSVGephi:
		return append([]string{"Source", "Target", "Type", "Label"}, names(evColumns, prof, gephiEvidence)...)
	case CSVNeo4j:
		return append([]string{":START_ID", ":END_ID", ":TYPE", "relation"}, names(evColumns, prof, nil)...)
	}
	return append([]string{"source", "target", "type"}, names(evColumns, prof, nil)...)
}

func csvNodeRow(a *graph.Actor, prof CSVProfile) []string {
	row := nodeRow(a)
	switch prof {
	case CSVGephi:
		return append([]string{a.ID, a.Name}, values(nodeColumns, row, gephiNodes)...)
	case CSVNeo4j:
		return append([]string{a.ID, a.Name, neo4jLabel(a.Kind)}, values(nodeColumns, row, neo4jNodes)...)
	}
	return append([]string{a.ID}, row...)
}

func csvRelRow(r *graph.Relation, prof CSVProfile) []string {
	row := relRow(r)
	switch prof {
	case CSVGephi:
		return append(append(csvEnds(r, prof), relationID(r), string(r.Type), row[7]), values(relColumns, row, gephiRelations)...)
	case CSVNeo4j:
		return append(csvEnds(r, prof), values(relColumns, row, neo4jRelations)...)
	}
	return append([]string{r.From, r.To}, row...)
}

// csvEnds returns the columns that open a row of the evidence table (and
// of the relations table in the Gephi and Neo4j profiles).
func csvEnds(r *graph.Relation, prof CSVProfile) []string {
	switch prof {
	case CSVGephi:
		dir := "Directed"
		if r.Type.Symmetric() {
			dir = "Undirected"
		}
		return []string{r.From, r.To, dir}
	case CSVNeo4j:
		return []string{r.From, r.To, neo4jType(r.Type)}
	}
	return []string{r.From, r.To, string(r.Type)}
}

func csvEvidenceRow(ends []string, e *graph.Evidence, a *graph.Article, prof CSVProfile) []string {
	row := append([]string(nil), ends...)
	switch prof {
	case CSVGephi:
		row = append(row, string(e.Type))
	case CSVNeo4j:
		row[2] = "EVIDENCE"
		row = append(row, string(e.Type))
	}
	return append(row, evRow(e, a)...)
}

// neo4jLabel returns the labels of an actor of kind k: "Actor;State",
// "Actor;ArmedGroup".
func neo4jLabel(k graph.Kind) string {
	var b strings.Builder
	b.WriteString("Actor;")
	for _, w := range strings.Split(string(k), "_") {
		if w != "" {
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
	}
	return b.String()
}

// neo4jType returns the relationship type of t: "SUPPLIES", "MEMBER_OF".
func neo4jType(t graph.RelType) string { return strings.ToUpper(string(t)) }
