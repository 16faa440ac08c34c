package export

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// DOTOptions adjust the look of a DOT export. The zero value is the
// default look: no clusters, a legend, every node labelled, no edge
// labels, the default font.
type DOTOptions struct {
	// EdgeLabels writes each edge's type and weight on it ("supplies (3)");
	// by default they are only in the edge's tooltip.
	EdgeLabels bool
	// FontName is the font of every label; "" means [DefaultFont].
	FontName string
	// Cluster groups the nodes in boxes: by country ([ClusterCountry],
	// actors without a country outside any box) or by kind
	// ([ClusterKind]). "" and [ClusterNone] draw no boxes.
	Cluster Cluster
	// NoLegend leaves out the legend (a box listing the relation types,
	// line styles and actor kinds the export draws).
	NoLegend bool
	// LabelMinWeight, when positive, draws the actors whose total weight
	// (the sum of the weights of their exported relations) is below it as
	// small unlabelled shapes, their name in the tooltip only, so that the
	// labels of a graph of a few hundred nodes stay readable.
	LabelMinWeight int
	// Title, when not empty, is written above the drawing.
	Title string
	// OmitEvidence leaves the strongest evidence's sentence out of the
	// edges' tooltips (for a picture of a text that must not be copied).
	OmitEvidence bool
}

// Cluster is how a DOT export groups its nodes: see [DOTOptions].
type Cluster string

// The clusterings of a DOT export.
const (
	ClusterNone    Cluster = "none"
	ClusterCountry Cluster = "country"
	ClusterKind    Cluster = "kind"
)

// ParseCluster reads a clustering: "none" (or ""), "country" or "kind".
func ParseCluster(s string) (Cluster, error) {
	switch c := Cluster(s); c {
	case "", ClusterNone:
		return ClusterNone, nil
	case ClusterCountry, ClusterKind:
		return c, nil
	}
	return "", fmt.Errorf("export: unknown clustering %q (want none, country or kind)", s)
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

// kindTitles name the kinds in cluster labels.
var kindTitles = map[graph.Kind]string{
	graph.KindState:        "States",
	graph.KindArmedGroup:   "Armed groups",
	graph.KindCompany:      "Companies",
	graph.KindPerson:       "People",
	graph.KindOrganisation: "Organisations",
}

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

// Label layout: names longer than labelWrap runes are broken at spaces;
// tooltip sentences at tipWrap.
const (
	labelWrap = 22
	tipWrap   = 80
)

// dotStats is what the DOT export learns in its first pass over the
// relations: per node, its degree and total weight; what the legend lists.
type dotStats struct {
	degree  map[string]int
	weight  map[string]int
	types   map[graph.RelType]bool
	hedged  bool // some edge is hedged only
	negated bool // some edge is negated only
	kinds   map[graph.Kind]bool
}

// DOT writes the relations f selects, and their ends, as a Graphviz digraph
// named actorgraph: nodes in id order (by cluster, then id, with
// o.Cluster), then edges in (from, type, to) order, then the legend. See
// the package documentation for the style. The output depends only on the
// graph and the arguments. DOT holds no more than a few numbers per node
// in memory; it writes through a buffer and returns the first error of r,
// of w or of ctx.
func DOT(ctx context.Context, w io.Writer, r Reader, f Filter, o DOTOptions) error {
	cl, err := ParseCluster(string(o.Cluster))
	if err != nil {
		return err
	}
	if o.LabelMinWeight < 0 {
		return fmt.Errorf("export: dot: negative label min weight %d", o.LabelMinWeight)
	}
	o.Cluster = cl
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
	d := &dotExport{ctx: ctx, r: r, p: p, o: o, out: newWriter(w)}
	d.st = &dotStats{degree: map[string]int{}, weight: map[string]int{}, types: map[graph.RelType]bool{}, kinds: map[graph.Kind]bool{}}
	if err := p.eachRelation(ctx, r, d.st.add); err != nil {
		return fmt.Errorf("export: dot: %w", err)
	}
	out := d.out
	out.str("digraph actorgraph {\n")
	g := "\tgraph [rankdir=\"LR\", newrank=\"true\", nodesep=\"0.25\", ranksep=\"0.6\", outputorder=\"edgesfirst\", fontname=" + Quote(font)
	if o.Title != "" {
		g += ", label=" + Quote(o.Title) + ", labelloc=\"t\", fontsize=\"16\""
	}
	out.str(g + ", comment=" + Quote(Schema+" filter "+string(rec)) + "];\n")
	out.str("\tnode [style=\"filled\", color=\"#4d4d4d\", penwidth=\"0.8\", fontname=" + Quote(font) + ", fontsize=\"11\"];\n")
	out.str("\tedge [fontname=" + Quote(font) + ", fontsize=\"9\", arrowsize=\"0.8\"];\n")
	if err := d.nodes(); err != nil {
		out.fail(err)
	}
	if out.err == nil {
		if err := p.eachRelation(ctx, r, d.edge); err != nil {
			out.fail(err)
		}
	}
	if !o.NoLegend && out.err == nil {
		d.legend()
	}
	out.str("}\n")
	if err := out.flush(); err != nil {
		return fmt.Errorf("export: dot: %w", err)
	}
	return nil
}

type dotExport struct {
	ctx context.Context
	r   Reader
	p   *plan
	o   DOTOptions
	out *writer
	st  *dotStats
}

func (s *dotStats) add(rel *graph.Relation) error {
	for _, id := range []string{rel.From, rel.To} {
		s.degree[id]++
		s.weight[id] += rel.Weight
	}
	s.types[rel.Type] = true
	switch {
	case !rel.Edge():
		s.negated = true
	case rel.Asserted == 0:
		s.hedged = true
	}
	return nil
}

// nodes writes the nodes: in id order, or grouped in clusters.
func (d *dotExport) nodes() error {
	var ends []string
	if !d.p.f.Isolated {
		ends = make([]string, 0, len(d.st.degree))
		for id := range d.st.degree {
			ends = append(ends, id)
		}
		sort.Strings(ends)
	}
	if d.o.Cluster == ClusterNone {
		return d.p.eachNodeIn(d.ctx, d.r, ends, func(a *graph.Actor) error {
			d.node("\t", a)
			return d.out.err
		})
	}
	// Clusters: a first pass keeps each node's cluster (and, by country,
	// the name of the state of each country, for the box's label); the
	// nodes are then read again and written box by box.
	type member struct{ order, key, id string }
	var members []member
	stateNames := map[string]string{}
	err := d.p.eachNodeIn(d.ctx, d.r, ends, func(a *graph.Actor) error {
		m := member{id: a.ID}
		switch d.o.Cluster {
		case ClusterCountry:
			m.key, m.order = a.Country, a.Country
			if a.Kind == graph.KindState && a.Country != "" && stateNames[a.Country] == "" {
				stateNames[a.Country] = a.Name
			}
		case ClusterKind:
			m.key = string(a.Kind)
			m.order = fmt.Sprintf("%02d", slices.Index(graph.Kinds, a.Kind)+1) // in the order of graph.Kinds
		}
		members = append(members, m)
		return nil
	})
	if err != nil {
		return err
	}
	sort.SliceStable(members, func(i, j int) bool { return members[i].order < members[j].order })
	open := ""
	for _, m := range members {
		if m.key != open {
			if open != "" {
				d.out.str("\t}\n")
			}
			open = m.key
			label := ""
			switch d.o.Cluster {
			case ClusterCountry:
				label = m.key
				if n := stateNames[m.key]; n != "" {
					label = n + " (" + m.key + ")"
				}
			case ClusterKind:
				k := graph.Kind(m.key)
				label = kindTitles[k]
				if label == "" {
					label = string(k)
				}
			}
			d.out.str("\tsubgraph " + Quote("cluster_"+string(d.o.Cluster)+"_"+m.key) + " {\n")
			d.out.str("\t\tgraph [label=" + Quote(label) + ", labeljust=\"l\", fontsize=\"12\", fontcolor=\"#525252\", style=\"rounded,filled\", color=\"#d9d9d9\", fillcolor=\"#f7f7f7\"];\n")
		}
		a, err := d.r.Actor(d.ctx, m.id)
		if err != nil {
			return fmt.Errorf("actor %s: %w", m.id, err)
		}
		indent := "\t"
		if m.key != "" {
			indent = "\t\t"
		}
		d.node(indent, a)
		if d.out.err != nil {
			return d.out.err
		}
	}
	if open != "" {
		d.out.str("\t}\n")
	}
	return d.out.err
}

// node writes one node: its label (wrapped, or none for a minor actor
// under LabelMinWeight), its kind's shape and colour, a font size that
// grows with its degree and a tooltip.
func (d *dotExport) node(indent string, a *graph.Actor) {
	st, ok := nodeStyles[a.Kind]
	if !ok {
		st = unknownNode
	}
	d.st.kinds[a.Kind] = true
	deg, weight := d.st.degree[a.ID], d.st.weight[a.ID]
	var tip strings.Builder
	tip.WriteString(a.Name + "\n" + string(a.Kind) + ", id " + a.ID)
	if a.Country != "" {
		tip.WriteString(", country " + a.Country)
	}
	fmt.Fprintf(&tip, "\nseen %s to %s, in %d article%s", dateOr(a.FirstSeen), dateOr(a.LastSeen), a.Articles, plural(a.Articles))
	fmt.Fprintf(&tip, "\n%d exported relation%s, total weight %d", deg, plural(deg), weight)
	var b strings.Builder
	b.WriteString(indent + Quote(a.ID) + " [")
	if d.o.LabelMinWeight > 0 && weight < d.o.LabelMinWeight {
		b.WriteString("label=\"\", shape=" + Quote(st.shape) + ", fillcolor=" + Quote(st.fill) +
			", width=\"0.2\", height=\"0.2\", fixedsize=\"true\"")
	} else {
		b.WriteString("label=" + Quote(wrap(a.Name, labelWrap)) + ", shape=" + Quote(st.shape) + ", fillcolor=" + Quote(st.fill) +
			", fontsize=" + Quote(fontSize(deg)))
	}
	b.WriteString(", tooltip=" + quoteTip(tip.String()) + "];\n")
	d.out.str(b.String())
}

// fontSize grows with the logarithm of the degree, from 10 to at most 20.
func fontSize(degree int) string {
	s := 10.0
	if degree > 1 {
		s = math.Min(10+2*math.Log2(float64(degree)), 20)
	}
	return strconv.Itoa(int(math.Round(s)))
}

// edge writes one edge with its style, layout hints and tooltip.
func (d *dotExport) edge(rel *graph.Relation) error {
	st, ok := edgeStyles[rel.Type]
	if !ok {
		st = edgeStyle{"#000000", "normal"}
	}
	color, style := st.color, "solid"
	status := ""
	switch {
	case !rel.Edge():
		color, style, status = negatedColor, "dotted", "\nnegated only"
	case rel.Asserted == 0:
		style, status = "dashed", "\nhedged only"
	}
	var strongest *graph.Evidence
	if !d.o.OmitEvidence {
		var err error
		if strongest, err = d.strongest(rel); err != nil {
			return fmt.Errorf("evidence of %s: %w", rel.Key(), err)
		}
	}
	tip := fmt.Sprintf("%s %s %s\nweight %d, confidence %s\nasserted %d, hedged %d, negated %d\nfirst seen %s, last seen %s%s",
		rel.From, rel.Type, rel.To, rel.Weight, strconv.FormatFloat(rel.Confidence, 'f', -1, 64),
		rel.Asserted, rel.Hedged, rel.Negated, dateOr(rel.FirstSeen), dateOr(rel.LastSeen), status)
	if strongest != nil {
		tip += "\n\n" + evidenceTip(strongest)
	}
	var b strings.Builder
	b.WriteString("\t" + Quote(rel.From) + " -> " + Quote(rel.To) + " [")
	b.WriteString("color=" + Quote(color) + ", style=" + Quote(style) + ", penwidth=" + Quote(penwidth(rel.Weight)))
	if rel.Type.Symmetric() {
		// No arrow, and no say in the ranks: a supply chain reads left
		// to right whatever the alliances around it.
		b.WriteString(", dir=\"none\", constraint=\"false\"")
	} else {
		b.WriteString(", arrowhead=" + Quote(st.arrowhead))
	}
	if d.o.EdgeLabels {
		l := string(rel.Type)
		if rel.Weight > 0 {
			l += " (" + strconv.Itoa(rel.Weight) + ")"
		}
		b.WriteString(", label=" + Quote(l) + ", fontcolor=" + Quote(color))
	}
	b.WriteString(", tooltip=" + quoteTip(tip) + "];\n")
	d.out.str(b.String())
	return d.out.err
}

// strongest returns the evidence an edge's tooltip quotes: of the evidence
// the filter counts, not negated (negated only for a relation that was
// only denied), the one with the highest confidence, then the latest
// date, then the first in evidence order; nil when there is none.
func (d *dotExport) strongest(rel *graph.Relation) (*graph.Evidence, error) {
	var best *graph.Evidence
	err := d.r.EachEvidence(d.ctx, rel.Key(), d.p.ef, func(e *graph.Evidence) error {
		if e.Negated == rel.Edge() {
			return nil
		}
		if best == nil || e.Confidence > best.Confidence ||
			(e.Confidence == best.Confidence && e.Date.Compare(best.Date) > 0) {
			c := *e
			best = &c
		}
		return nil
	})
	return best, err
}

// evidenceTip describes one piece of evidence: its date and status, then
// the sentence, wrapped.
func evidenceTip(e *graph.Evidence) string {
	head := "strongest evidence"
	if e.Negated {
		head = "denied"
	}
	var attrs []string
	if !e.Date.IsZero() {
		attrs = append(attrs, e.Date.String())
	}
	if e.Hedged && !e.Negated {
		attrs = append(attrs, "hedged")
	}
	if e.Confidence > 0 {
		attrs = append(attrs, "confidence "+strconv.FormatFloat(e.Confidence, 'f', -1, 64))
	}
	if len(attrs) > 0 {
		head += " (" + strings.Join(attrs, ", ") + ")"
	}
	return head + ":\n" + wrap(e.Text, tipWrap)
}

// legend writes a box with a sample of each relation type, line style and
// actor kind that the export draws, in their canonical order.
func (d *dotExport) legend() {
	type row struct{ label, attrs string }
	var rows []row
	for _, t := range graph.RelTypes {
		if !d.st.types[t] {
			continue
		}
		st := edgeStyles[t]
		a := "color=" + Quote(st.color) + ", penwidth=\"2\""
		if t.Symmetric() {
			a += ", dir=\"none\""
		} else {
			a += ", arrowhead=" + Quote(st.arrowhead)
		}
		rows = append(rows, row{string(t), a})
	}
	if d.st.hedged {
		rows = append(rows, row{"hedged only", "color=\"#4d4d4d\", style=\"dashed\", dir=\"none\""})
	}
	if d.st.negated {
		rows = append(rows, row{"denied only", "color=" + Quote(negatedColor) + ", style=\"dotted\", dir=\"none\""})
	}
	var kinds []graph.Kind
	for _, k := range graph.Kinds {
		if d.st.kinds[k] {
			kinds = append(kinds, k)
		}
	}
	if len(rows) == 0 && len(kinds) == 0 {
		return
	}
	out := d.out
	out.str("\tsubgraph \"cluster_legend\" {\n")
	out.str("\t\tgraph [label=\"Legend\", labeljust=\"l\", fontsize=\"12\", fontcolor=\"#525252\", style=\"rounded\", color=\"#bdbdbd\", margin=\"10\"];\n")
	out.str("\t\tnode [shape=\"plaintext\", style=\"solid\", fontsize=\"9\", width=\"0\", height=\"0.16\", fixedsize=\"false\", margin=\"0.04,0\"];\n")
	out.str("\t\tedge [tooltip=\"\"];\n")
	// A row per relation type and style: a line from an empty node to the
	// name, both of the same height so that the line is straight. The
	// actor kinds, their shapes stacked in a column right of the names.
	var starts, names []string
	for i, r := range rows {
		id := "legend:" + strconv.Itoa(i)
		starts = append(starts, Quote(id))
		names = append(names, Quote(id+":name"))
		out.str("\t\t" + Quote(id) + " [label=\"\", width=\"0.1\", height=\"0.16\", fixedsize=\"true\"];\n")
		out.str("\t\t" + Quote(id+":name") + " [label=" + Quote(r.label) + "];\n")
		out.str("\t\t" + Quote(id) + " -> " + Quote(id+":name") + " [" + r.attrs + "];\n")
	}
	var shapes []string
	for _, k := range kinds {
		st := nodeStyles[k]
		id := Quote("legend:kind:" + string(k))
		out.str("\t\t" + id + " [label=" + Quote(strings.ReplaceAll(string(k), "_", " ")) + ", shape=" + Quote(st.shape) +
			", style=\"filled\", fillcolor=" + Quote(st.fill) + ", color=\"#4d4d4d\", penwidth=\"0.8\", fontsize=\"9\"];\n")
		shapes = append(shapes, id)
	}
	if len(names) > 0 && len(shapes) > 0 {
		// The kinds in a column of their own, right of the names.
		out.str("\t\t" + names[0] + " -> " + shapes[0] + " [style=\"invis\"];\n")
	}
	for _, group := range [][]string{starts, names, shapes} {
		if len(group) > 1 {
			out.str("\t\t{rank=\"same\"; " + strings.Join(group, "; ") + ";}\n")
		}
	}
	out.str("\t}\n")
}

// wrap breaks s at spaces into lines of at most n runes where it can
// (a longer word stays whole); line breaks already in s are kept.
func wrap(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		width := 0
		for j, word := range strings.Fields(line) {
			w := utf8.RuneCountInString(word)
			switch {
			case j == 0:
			case width+1+w > n:
				b.WriteByte('\n')
				width = 0
			default:
				b.WriteByte(' ')
				width++
			}
			b.WriteString(word)
			width += w
		}
	}
	return b.String()
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

// quoteTip quotes a tooltip. Graphviz reads a backslash in a tooltip
// twice (once as a DOT string, once for escapes such as \N, the node's
// name), so each backslash of s is doubled before [Quote] escapes it.
func quoteTip(s string) string { return Quote(strings.ReplaceAll(s, `\`, `\\`)) }

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
