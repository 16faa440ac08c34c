package export_test

import (
	"bytes"
	"context"
	"html"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
)

// dotLine returns the line of a DOT export that starts (after its tabs)
// with prefix.
func dotLine(t *testing.T, dot, prefix string) string {
	t.Helper()
	for _, l := range strings.Split(dot, "\n") {
		if strings.HasPrefix(strings.TrimLeft(l, "\t"), prefix) {
			return l
		}
	}
	t.Fatalf("no line %q in\n%s", prefix, dot)
	return ""
}

// dotBlock returns the lines of the subgraph named name.
func dotBlock(t *testing.T, dot, name string) string {
	t.Helper()
	i := strings.Index(dot, "\tsubgraph "+export.Quote(name)+" {\n")
	require.GreaterOrEqualf(t, i, 0, "no subgraph %s in\n%s", name, dot)
	rest := dot[i:]
	return rest[:strings.Index(rest, "\n\t}\n")]
}

func TestDOTForPeople(t *testing.T) {
	s := loadFixture(t)
	dot := string(dotOf(t, s, export.Filter{IncludeNegated: true}, export.DOTOptions{}))

	t.Run("layout", func(t *testing.T) {
		assert.Contains(t, dot, `graph [rankdir="LR", newrank="true"`, "a supply chain reads left to right")
		for _, sym := range []string{`"mali" -> "russia" [`, `"csp-dpa" -> "mali" [`, `"jnim" -> "mali" [`} {
			assert.Contains(t, dotLine(t, dot, sym), `dir="none", constraint="false"`, "symmetric: no arrow, no say in the ranks")
		}
		for _, directed := range []string{`"baykar" -> "mali" [`, `"africa-corps" -> "mali" [`, `"assimi-goita" -> "mali" [`} {
			l := dotLine(t, dot, directed)
			assert.NotContains(t, l, "constraint", "supplies, trains and leads rank their ends")
			assert.NotContains(t, l, `dir="none"`)
		}
	})

	t.Run("font size by degree", func(t *testing.T) {
		assert.Contains(t, dotLine(t, dot, `"mali" [`), `fontsize="17"`, "11 relations: 10 + 2 log2(11)")
		assert.Contains(t, dotLine(t, dot, `"russia" [`), `fontsize="12"`, "2 relations")
		assert.Contains(t, dotLine(t, dot, `"baykar" [`), `fontsize="10"`, "1 relation")
	})

	t.Run("strongest evidence in the tooltip", func(t *testing.T) {
		assert.Contains(t, dotLine(t, dot, `"baykar" -> "mali" [`),
			`\n\nstrongest evidence (2024-07-15, confidence 0.9):\nBaykar delivered TB2 drones to Mali."`)
		russia := dotLine(t, dot, `"russia" -> "mali" [`)
		assert.Contains(t, russia, `strongest evidence (2023-04):\nRussia supplied helicopters in April.`)
		assert.NotContains(t, russia, "did not supply", "negated evidence is never drawn")
		assert.Contains(t, dotLine(t, dot, `"wagner-group" -> "mali" [`), `strongest evidence (2023-05, hedged):\nWagner reportedly trains Malian troops.`)
		assert.Contains(t, dotLine(t, dot, `"mali" -> "ecowas" [`), `\n\ndenied (2024-10):\nMali is no longer a member of ECOWAS."`,
			"a relation only denied, exported on request, shows its denial")
		assert.Contains(t, dotLine(t, dot, `"china" -> "mali" [`), `\n\nstrongest evidence:\nChinese armoured vehicles reached Mali."`, "undated")
		// Highest confidence first, then the latest date.
		turkey := dotLine(t, dot, `"turkey" -> "mali" [`)
		assert.Contains(t, turkey, `strongest evidence (2024-07):\nAnkara sent drones.`, "dated beats undated at equal confidence")
	})

	t.Run("legend", func(t *testing.T) {
		legend := dotBlock(t, dot, "cluster_legend")
		var rows []string
		for _, l := range strings.Split(legend, "\n") {
			if strings.Contains(l, ":name\" [label=") {
				rows = append(rows, l[strings.Index(l, `label="`)+7:strings.LastIndex(l, `"`)])
			}
		}
		assert.Equal(t, []string{"allied", "opposed", "supplies", "trains", "member_of", "leads", "hedged only", "denied only"}, rows)
		assert.Contains(t, legend, `[color="#1f78b4", penwidth="2", arrowhead="normal"]`, "supplies, as drawn")
		assert.Contains(t, legend, `[color="#33a02c", penwidth="2", dir="none"]`, "allied, as drawn")
		assert.Contains(t, legend, `style="dashed"`)
		assert.Contains(t, legend, `[color="#9e9e9e", style="dotted", dir="none"]`)
		for _, k := range []string{"state", "armed_group", "company", "person", "organisation"} {
			assert.Contains(t, legend, `"legend:kind:`+k+`" [label="`+strings.ReplaceAll(k, "_", " ")+`"`)
		}
		assert.True(t, strings.HasSuffix(dot, "\t}\n}\n"), "the legend comes last")

		// Only what the export draws.
		small := string(dotOf(t, s, export.Filter{Types: []graph.RelType{graph.Supplies}, Kinds: []graph.Kind{graph.KindState}}, export.DOTOptions{}))
		legend = dotBlock(t, small, "cluster_legend")
		assert.Contains(t, legend, `[label="supplies"]`)
		assert.Contains(t, legend, `"legend:kind:state"`)
		for _, absent := range []string{"allied", "hedged only", "denied only", "legend:kind:company"} {
			assert.NotContains(t, legend, absent)
		}
		none := string(dotOf(t, s, export.Filter{}, export.DOTOptions{NoLegend: true}))
		assert.NotContains(t, none, "legend")
		empty := string(dotOf(t, s, export.Filter{Since: d("1900"), Until: d("1901")}, export.DOTOptions{}))
		assert.NotContains(t, empty, "legend", "nothing drawn, nothing to explain")
	})

	t.Run("label min weight", func(t *testing.T) {
		dot := string(dotOf(t, s, export.Filter{}, export.DOTOptions{LabelMinWeight: 2}))
		for _, id := range []string{"mali", "russia", "turkey"} { // total weight 12, 3, 2
			assert.NotContains(t, dotLine(t, dot, `"`+id+`" [`), `label=""`, id)
		}
		baykar := dotLine(t, dot, `"baykar" [`)
		assert.Contains(t, baykar, `label="", shape="component", fillcolor="#fdbf6f", width="0.2", height="0.2", fixedsize="true"`)
		assert.Contains(t, baykar, `tooltip="<b>Baykar</b>\ncompany, id baykar`, "the name stays in the tooltip")
		assert.Contains(t, baykar, `1 exported relation, total weight 1`)
	})

	t.Run("clusters by country", func(t *testing.T) {
		dot := string(dotOf(t, s, export.Filter{Isolated: true}, export.DOTOptions{Cluster: export.ClusterCountry}))
		mali := dotBlock(t, dot, "cluster_country_ML")
		assert.Contains(t, mali, `graph [label="Mali (ML)"`, "named after the country's state")
		assert.Contains(t, mali, "\t\t\"mali\" [")
		assert.Contains(t, dotBlock(t, dot, "cluster_country_RU"), `label="Россия (RU)"`)
		assert.Contains(t, dot, "\n\t\"baykar\" [", "no country, no box")
		assert.Less(t, strings.Index(dot, "\t\"wagner-group\" ["), strings.Index(dot, "cluster_country_"), "unclustered nodes first")
		assert.Less(t, strings.Index(dot, "cluster_country_CN"), strings.Index(dot, "cluster_country_ML"), "boxes in code order")
	})

	t.Run("clusters by kind", func(t *testing.T) {
		dot := string(dotOf(t, s, export.Filter{Isolated: true}, export.DOTOptions{Cluster: export.ClusterKind}))
		var order []string
		for _, k := range graph.Kinds { // in this order
			if len(order) > 0 {
				assert.Less(t, strings.Index(dot, "cluster_kind_"+string(graph.Kinds[len(order)-1])), strings.Index(dot, "cluster_kind_"+string(k)))
			}
			order = append(order, dotBlock(t, dot, "cluster_kind_"+string(k)))
		}
		assert.Contains(t, order[0], `label="States"`)
		assert.Contains(t, order[0], "\t\t\"china\" [")
		assert.Contains(t, order[1], `label="Armed groups"`)
		assert.Contains(t, order[3], "\t\t\"assimi-goita\" [")
		assert.Contains(t, order[4], "\t\t\"lonely\" [")
	})

	t.Run("omit evidence", func(t *testing.T) {
		dot := string(dotOf(t, s, export.Filter{IncludeNegated: true}, export.DOTOptions{OmitEvidence: true}))
		assert.NotContains(t, dot, "evidence (")
		assert.NotContains(t, dot, "Baykar delivered")
		assert.Contains(t, dotLine(t, dot, `"baykar" -> "mali" [`), `first seen 2024-07-15, last seen 2024-07-15"];`)
	})

	t.Run("title", func(t *testing.T) {
		dot := string(dotOf(t, s, export.Filter{}, export.DOTOptions{Title: "Mali\n\"2024\""}))
		assert.Contains(t, dot, `label="Mali\n\"2024\"", labelloc="t"`)
	})
}

func TestDOTOptionErrors(t *testing.T) {
	s := loadFixture(t)
	ctx := context.Background()
	for _, tc := range []struct {
		o    export.DOTOptions
		want string
	}{
		{export.DOTOptions{Cluster: "planet"}, `unknown clustering "planet"`},
		{export.DOTOptions{LabelMinWeight: -1}, "negative label min weight"},
	} {
		var b bytes.Buffer
		err := s.View(ctx, func(tx *graph.Tx) error { return export.DOT(ctx, &b, tx, export.Filter{}, tc.o) })
		assert.ErrorContains(t, err, tc.want)
		assert.Zero(t, b.Len())
	}
	for in, want := range map[string]export.Cluster{"": export.ClusterNone, "none": export.ClusterNone, "country": export.ClusterCountry, "kind": export.ClusterKind} {
		c, err := export.ParseCluster(in)
		require.NoError(t, err)
		assert.Equal(t, want, c)
	}
}

// TestDOTStable: the same graph gives the same bytes, exported twice from
// one store and from stores loaded in other orders (TestDeterministic does
// the same for the golden cases, with clusters among them).
func TestDOTStable(t *testing.T) {
	a := loadFixture(t, 0, 1, 2, 3)
	b := loadFixture(t, 2, 3, 0, 1)
	for _, o := range []export.DOTOptions{
		{Cluster: export.ClusterCountry, LabelMinWeight: 2, Title: "t"},
		{Cluster: export.ClusterKind, EdgeLabels: true},
	} {
		f := export.Filter{IncludeNegated: true, Isolated: true}
		first := dotOf(t, a, f, o)
		assert.Equal(t, string(first), string(dotOf(t, a, f, o)), "exported twice")
		assert.Equal(t, string(first), string(dotOf(t, b, f, o)), "loaded in another order")
	}
}

// TestDOTRendersEveryName: Graphviz renders the export, and the SVG shows
// every actor's name: as text on the node, or, for actors left unlabelled
// by LabelMinWeight, in the node's tooltip.
func TestDOTRendersEveryName(t *testing.T) {
	s := loadFixture(t)
	for _, tc := range []struct {
		name string
		o    export.DOTOptions
	}{
		{"labels", export.DOTOptions{Cluster: export.ClusterCountry}},
		{"tooltips", export.DOTOptions{Cluster: export.ClusterKind, LabelMinWeight: 1000}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			svg := html.UnescapeString(string(renderDOT(t, dotOf(t, s, export.Filter{Isolated: true, IncludeNegated: true}, tc.o))))
			if svg == "" {
				t.Skip("no Graphviz")
			}
			for id, a := range fixtureActors {
				for _, word := range strings.Fields(visible(a.Name)) {
					assert.Containsf(t, svg, word, "%s: %q of %q", id, word, a.Name)
				}
			}
		})
	}
}

// visible is a name as a DOT export shows it: control characters dropped.
func visible(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && !unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
