package export

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// GEXFOptions adjust a GEXF export. The zero value is the default; there
// is nothing to adjust yet.
type GEXFOptions struct{}

var gexfTypes = map[colType]string{colString: "string", colInt: "integer", colDouble: "double", colBool: "boolean"}

// GEXF writes the relations f selects, and their ends, as one GEXF 1.2
// graph in dynamic mode for Gephi's timeline (see the package
// documentation): nodes in id order, then edges in (from, type, to) order,
// each edge alive from its first to its last seen date. The output depends
// only on the graph and the arguments. GEXF holds no more than the set of
// node ids in memory; it writes through a buffer and returns the first
// error of r, of w or of ctx.
func GEXF(ctx context.Context, w io.Writer, r Reader, f Filter, o GEXFOptions) error {
	p, err := f.plan(ctx, r)
	if err != nil {
		return err
	}
	rec, err := json.Marshal(p.record())
	if err != nil {
		return fmt.Errorf("export: gexf: %w", err)
	}
	out := newWriter(w)
	out.str(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">` + "\n")
	out.str("  <meta>\n    <creator>actorgraph</creator>\n")
	out.str("    <description>" + xmlEscape(Schema+" filter "+string(rec)) + "</description>\n  </meta>\n")
	out.str(`  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">` + "\n")
	gexfAttributes(out, "node", "n_", nodeColumns, "")
	gexfAttributes(out, "edge", "e_", relColumns, "weight") // the edge's own weight attribute
	out.str("    <nodes>\n")
	if err := p.eachNode(ctx, r, func(a *graph.Actor) error {
		out.str(`      <node id="` + xmlEscape(a.ID) + `" label="` + xmlEscape(a.Name) + `">` + "\n")
		gexfValues(out, "n_", nodeColumns, nodeRow(a), "")
		out.str("      </node>\n")
		return out.err
	}); err != nil {
		out.fail(err)
	}
	out.str("    </nodes>\n    <edges>\n")
	if out.err == nil {
		if err := p.eachRelation(ctx, r, func(rel *graph.Relation) error {
			out.str(`      <edge id="` + xmlEscape(relationID(rel)) + `" source="` + xmlEscape(rel.From) +
				`" target="` + xmlEscape(rel.To) + `" label="` + string(rel.Type) +
				`" weight="` + strconv.Itoa(rel.Weight) + `"`)
			if !rel.FirstSeen.IsZero() && !rel.LastSeen.IsZero() {
				out.str(` start="` + firstDay(rel.FirstSeen) + `" end="` + lastDay(rel.LastSeen) + `"`)
			}
			out.str(">\n")
			gexfValues(out, "e_", relColumns, relRow(rel), "weight")
			out.str("      </edge>\n")
			return out.err
		}); err != nil {
			out.fail(err)
		}
	}
	out.str("    </edges>\n  </graph>\n</gexf>\n")
	if err := out.flush(); err != nil {
		return fmt.Errorf("export: gexf: %w", err)
	}
	return nil
}

// gexfAttributes declares the columns but skip.
func gexfAttributes(out *writer, class, prefix string, cols []column, skip string) {
	out.str(`    <attributes class="` + class + `" mode="static">` + "\n")
	for _, c := range cols {
		if c.name == skip {
			continue
		}
		out.str(`      <attribute id="` + prefix + c.name + `" title="` + c.name + `" type="` + gexfTypes[c.typ] + `"/>` + "\n")
	}
	out.str("    </attributes>\n")
}

// gexfValues writes one attvalue per known value, but for the column skip.
func gexfValues(out *writer, prefix string, cols []column, row []string, skip string) {
	out.str("        <attvalues>\n")
	for i, c := range cols {
		if row[i] == "" || c.name == skip {
			continue
		}
		out.str(`          <attvalue for="` + prefix + c.name + `" value="` + xmlEscape(row[i]) + `"/>` + "\n")
	}
	out.str("        </attvalues>\n")
}

// firstDay returns the first day a partial date may denote, as
// YYYY-MM-DD; lastDay the last.
func firstDay(d graph.Date) string {
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}

func lastDay(d graph.Date) string {
	switch d.Precision() {
	case graph.PrecisionYear:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
	case graph.PrecisionMonth:
		return time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
	}
	return firstDay(d)
}
