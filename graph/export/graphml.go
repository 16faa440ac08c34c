package export

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/graph"
)

// GraphMLOptions adjust a GraphML export. The zero value is the default;
// there is nothing to adjust yet.
type GraphMLOptions struct{}

var graphmlTypes = map[colType]string{colString: "string", colInt: "int", colDouble: "double", colBool: "boolean"}

// GraphML writes the relations f selects, and their ends, as one GraphML
// graph (see the package documentation for the keys): nodes in id order,
// then edges in (from, type, to) order. The output depends only on the
// graph and the arguments. GraphML holds no more than the set of node ids
// in memory; it writes through a buffer and returns the first error of r,
// of w or of ctx.
func GraphML(ctx context.Context, w io.Writer, r Reader, f Filter, o GraphMLOptions) error {
	p, err := f.plan(ctx, r)
	if err != nil {
		return err
	}
	rec, err := json.Marshal(p.record())
	if err != nil {
		return fmt.Errorf("export: graphml: %w", err)
	}
	out := newWriter(w)
	out.str(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	out.str(`  <key id="g_schema" for="graph" attr.name="schema" attr.type="string"/>` + "\n")
	out.str(`  <key id="g_filter" for="graph" attr.name="filter" attr.type="string"/>` + "\n")
	out.str(`  <key id="n_label" for="node" attr.name="label" attr.type="string"/>` + "\n")
	for _, c := range nodeColumns {
		out.str(`  <key id="n_` + c.name + `" for="node" attr.name="` + c.name + `" attr.type="` + graphmlTypes[c.typ] + `"/>` + "\n")
	}
	out.str(`  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>` + "\n")
	for _, c := range relColumns {
		out.str(`  <key id="e_` + c.name + `" for="edge" attr.name="` + c.name + `" attr.type="` + graphmlTypes[c.typ] + `"/>` + "\n")
	}
	out.str(`  <graph id="actorgraph" edgedefault="directed">` + "\n")
	out.str(`    <data key="g_schema">` + Schema + `</data>` + "\n")
	out.str(`    <data key="g_filter">` + xmlEscape(string(rec)) + `</data>` + "\n")
	if err := p.eachNode(ctx, r, func(a *graph.Actor) error {
		out.str(`    <node id="` + xmlEscape(a.ID) + `">` + "\n")
		out.str(`      <data key="n_label">` + xmlEscape(a.Name) + "</data>\n")
		graphmlData(out, "n_", nodeColumns, nodeRow(a))
		out.str("    </node>\n")
		return out.err
	}); err != nil {
		out.fail(err)
	}
	if out.err == nil {
		if err := p.eachRelation(ctx, r, func(rel *graph.Relation) error {
			out.str(`    <edge id="` + xmlEscape(relationID(rel)) + `" source="` + xmlEscape(rel.From) +
				`" target="` + xmlEscape(rel.To) + `">` + "\n")
			out.str(`      <data key="e_label">` + string(rel.Type) + "</data>\n")
			graphmlData(out, "e_", relColumns, relRow(rel))
			out.str("    </edge>\n")
			return out.err
		}); err != nil {
			out.fail(err)
		}
	}
	out.str("  </graph>\n</graphml>\n")
	if err := out.flush(); err != nil {
		return fmt.Errorf("export: graphml: %w", err)
	}
	return nil
}

// graphmlData writes one data element per known value.
func graphmlData(out *writer, prefix string, cols []column, row []string) {
	for i, c := range cols {
		if row[i] == "" {
			continue
		}
		out.str(`      <data key="` + prefix + c.name + `">` + xmlEscape(row[i]) + "</data>\n")
	}
}
