package export

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// DOTOptions adjust the look of a DOT export. The zero value is the
// default look: no edge labels, the default font.
type DOTOptions struct {
	// EdgeLabels writes each edge's type and weight on it ("supplies (3)");
	// by default they are only in the edge's tooltip.
	EdgeLabels bool
	// FontName is the font of every label; "" means [DefaultFont].
	FontName string
}

// DefaultFont is the font of a DOT export when DOTOptions.FontName is empty.
const DefaultFont = "Helvetica,Arial,sans-serif"

// nodeStyle is how an actor kind is drawn.
type nodeStyle struct{ shape, fill string }

var nodeStyles = map[graph.Kind]nodeStyle{
	graph.KindState:        {"box", "#a6cee3"},
	graph.KindArmedGroup:   {"octagon", "#fb9a99"},
	graph.KindCompany:      {"component", "#fdbf6f"},
	graph.KindPerson:       {"ellipse", "#b2df8a"},
	graph.KindOrganisation: {"hexagon", "#cab2d6"},
}

var unknownNode = nodeStyle{"ellipse", "#e0e0e0"}

// edgeStyle is how a relation type is drawn.
type edgeStyle struct{ color, arrowhead string }

var edgeStyles = map[graph.RelType]edgeStyle{
	graph.Allied:   {"#33a02c", "none"},
	graph.Opposed:  {"#e31a1c", "none"},
	graph.Supplies: {"#1f78b4", "normal"},
	graph.Trains:   {"#6a3d9a", "vee"},
	graph.MemberOf: {"#b15928", "onormal"},
	graph.Leads:    {"#ff7f00", "normal"},
}

// negatedColor draws relations whose evidence is all negated.
const negatedColor = "#9e9e9e"

// DOT writes the relations f selects, and their ends, as a Graphviz digraph
// named actorgraph: nodes in id order, then edges in (from, type, to) order.
// See the package documentation for the style. The output depends only on
// the graph and the arguments. DOT holds no more than the set of node ids
// in memory; it writes through a buffer and returns the first error of r,
// of w or of ctx.
func DOT(ctx context.Context, w io.Writer, r Reader, f Filter, o DOTOptions) error {
	p, err := f.plan(ctx, r)
	if err != nil {
		return err
	}
	font := o.FontName
	if font == "" {
		font = DefaultFont
	}
	rec, err := json.Marshal(p.record())
	if err != nil {
		return fmt.Errorf("export: dot: %w", err)
	}
	out := newWriter(w)
	out.str("digraph actorgraph {\n")
	out.str("\tgraph [rankdir=\"LR\", fontname=" + Quote(font) + ", comment=" + Quote(Schema+" filter "+string(rec)) + "];\n")
	out.str("\tnode [style=\"filled\", color=\"#4d4d4d\", penwidth=\"0.8\", fontname=" + Quote(font) + ", fontsize=\"11\"];\n")
	out.str("\tedge [fontname=" + Quote(font) + ", fontsize=\"9\", arrowsize=\"0.8\"];\n")
	if err := p.eachNode(ctx, r, func(a *graph.Actor) error {
		writeDOTNode(out, a)
		return out.err
	}); err != nil {
		out.fail(err)
	}
	if out.err == nil {
		if err := p.eachRelation(ctx, r, func(rel *graph.Relation) error {
			writeDOTEdge(out, rel, o.EdgeLabels)
			return out.err
		}); err != nil {
			out.fail(err)
		}
	}
	out.str("}\n")
	if err := out.flush(); err != nil {
		return fmt.Errorf("export: dot: %w", err)
	}
	return nil
}

func writeDOTNode(out *writer, a *graph.Actor) {
	st, ok := nodeStyles[a.Kind]
	if !ok {
		st = unknownNode
	}
	var tip strings.Builder
	tip.WriteString(a.Name + "\n" + string(a.Kind) + ", id " + a.ID)
	if a.Country != "" {
		tip.WriteString(", country " + a.Country)
	}
	fmt.Fprintf(&tip, "\nseen %s to %s, in %d article%s", dateOr(a.FirstSeen), dateOr(a.LastSeen), a.Articles, plural(a.Articles))
	out.str("\t" + Quote(a.ID) + " [label=" + Quote(a.Name) + ", shape=" + Quote(st.shape) +
		", fillcolor=" + Quote(st.fill) + ", tooltip=" + Quote(tip.String()) + "];\n")
}

func writeDOTEdge(out *writer, r *graph.Relation, labels bool) {
	st, ok := edgeStyles[r.Type]
	if !ok {
		st = edgeStyle{"#000000", "normal"}
	}
	color, style := st.color, "solid"
	status := ""
	switch {
	case !r.Edge():
		color, style, status = negatedColor, "dotted", "\nnegated only"
	case r.Asserted == 0:
		style, status = "dashed", "\nhedged only"
	}
	tip := fmt.Sprintf("%s %s %s\nweight %d, confidence %s\nasserted %d, hedged %d, negated %d\nfirst seen %s, last seen %s%s",
		r.From, r.Type, r.To, r.Weight, strconv.FormatFloat(r.Confidence, 'f', -1, 64),
		r.Asserted, r.Hedged, r.Negated, dateOr(r.FirstSeen), dateOr(r.LastSeen), status)
	var b strings.Builder
	b.WriteString("\t" + Quote(r.From) + " -> " + Quote(r.To) + " [")
	b.WriteString("color=" + Quote(color) + ", style=" + Quote(style) + ", penwidth=" + Quote(penwidth(r.Weight)))
	if r.Type.Symmetric() {
		b.WriteString(", dir=\"none\"")
	} else {
		b.WriteString(", arrowhead=" + Quote(st.arrowhead))
	}
	if labels {
		l := string(r.Type)
		if r.Weight > 0 {
			l += " (" + strconv.Itoa(r.Weight) + ")"
		}
		b.WriteString(", label=" + Quote(l) + ", fontcolor=" + Quote(color))
	}
	b.WriteString(", tooltip=" + Quote(tip) + "];\n")
	out.str(b.String())
}

// penwidth grows with the logarithm of the weight, from 1 to at most 5.
func penwidth(weight int) string {
	w := 1.0
	if weight > 1 {
		w = math.Min(1+math.Log2(float64(weight)), 5)
	}
	return strconv.FormatFloat(w, 'f', 2, 64)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// dateOr returns the date, or "?" when unknown.
func dateOr(d graph.Date) string {
	if d.IsZero() {
		return "?"
	}
	return d.String()
}

// Quote returns s as a double-quoted DOT string, safe as an ID or any
// attribute value: '"' and '\' are escaped with a backslash (so Graphviz's
// escapes such as \N or \l cannot be triggered), a line break (\n, \r\n,
// \r, U+2028, U+2029) becomes \n, a tab a space, other control characters
// are dropped and invalid UTF-8 becomes U+FFFD. The result is always
// quoted, so a name such as "<b>x</b>" is never read as an HTML label.
// Every string of a DOT export goes through Quote.
func Quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); {
		c, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case c == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteString(`\n`)
		case c == '\n', c == '\u2028', c == '\u2029':
			b.WriteString(`\n`)
		case c == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(c):
			// dropped
		default:
			b.WriteRune(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}
