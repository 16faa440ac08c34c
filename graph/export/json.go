package export

import (
	"bytes"
	"container/list"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// JSONOptions adjust a JSON export. The zero value writes compact JSON
// with every link's evidence.
type JSONOptions struct {
	// OmitEvidence leaves out the links' "evidence" arrays, for big graphs.
	// The evidence is still read, for the graph's fingerprints.
	OmitEvidence bool
	// Indent, when not empty, pretty-prints the output with this indent
	// (e.g. "  "); the output is then one value per line or more.
	Indent string
}

// articleCacheSize bounds the articles a JSON export keeps for the
// metadata of their evidence: the most recently used ones.
const articleCacheSize = 512

// JSON writes the relations f selects, and their ends, as one networkx
// node-link object (see the package documentation for the layout): nodes
// in id order, links in (from, type, to) order, each with its evidence in
// date order, then the graph object. The output depends only on the graph
// and the arguments. JSON holds no more than the set of node ids, the
// distinct extraction fingerprints and a bounded cache of articles in
// memory; it writes through a buffer and returns the first error of r, of
// w or of ctx.
func JSON(ctx context.Context, w io.Writer, r Reader, f Filter, o JSONOptions) error {
	if strings.Trim(o.Indent, " \t") != "" {
		return fmt.Errorf("export: json: indent %q is not spaces and tabs", o.Indent)
	}
	p, err := f.plan(ctx, r)
	if err != nil {
		return err
	}
	j := &jsonExport{ctx: ctx, r: r, p: p, o: o, out: newWriter(w), arts: newArticleCache(articleCacheSize),
		prints: map[string]bool{}}
	if err := j.run(); err != nil {
		return fmt.Errorf("export: json: %w", err)
	}
	return nil
}

type jsonExport struct {
	ctx    context.Context
	r      Reader
	p      *plan
	o      JSONOptions
	out    *writer
	arts   *articleCache
	prints map[string]bool // distinct fingerprints of the exported evidence's articles
}

func (j *jsonExport) run() error {
	j.out.str("{")
	j.key(1, "directed")
	j.out.str("true,")
	j.key(1, "multigraph")
	j.out.str("true,")
	j.key(1, "nodes")
	j.out.str("[")
	first := true
	if err := j.p.eachNode(j.ctx, j.r, func(a *graph.Actor) error {
		j.sep(&first, 2)
		j.value(2, newNodeJSON(a))
		return j.out.err
	}); err != nil {
		j.out.fail(err)
	}
	j.close(&first, 1, "],")
	j.key(1, "links")
	j.out.str("[")
	first = true
	if j.out.err == nil {
		if err := j.p.eachRelation(j.ctx, j.r, func(rel *graph.Relation) error {
			j.sep(&first, 2)
			return j.link(rel)
		}); err != nil {
			j.out.fail(err)
		}
	}
	j.close(&first, 1, "],")
	j.key(1, "graph")
	prints := make([]string, 0, len(j.prints))
	for fp := range j.prints {
		prints = append(prints, fp)
	}
	sort.Strings(prints)
	j.value(1, graphJSON{Schema: Schema, Filter: j.p.record(), Evidence: !j.o.OmitEvidence, Fingerprints: prints})
	j.nl(0)
	j.out.str("}\n")
	return j.out.flush()
}

// link writes one link; its evidence is streamed, not gathered.
func (j *jsonExport) link(rel *graph.Relation) error {
	head, err := j.marshal(2, newLinkJSON(rel))
	if err != nil {
		return err
	}
	// Reopen the object to append the evidence array after its fields.
	head = bytes.TrimRight(bytes.TrimSuffix(head, []byte("}")), " \t\n")
	j.out.bytes(head)
	if !j.o.OmitEvidence {
		j.out.str(",")
		j.key(3, "evidence")
		j.out.str("[")
	}
	first := true
	err = j.r.EachEvidence(j.ctx, rel.Key(), j.p.ef, func(e *graph.Evidence) error {
		a, err := j.arts.get(j.ctx, j.r, e.Article)
		if err != nil {
			return err
		}
		if a != nil && a.Fingerprint != "" {
			j.prints[a.Fingerprint] = true
		}
		if !j.o.OmitEvidence {
			j.sep(&first, 4)
			j.value(4, newEvidenceJSON(e, a))
		}
		return j.out.err
	})
	if err != nil {
		return fmt.Errorf("evidence of %s: %w", rel.Key(), err)
	}
	if !j.o.OmitEvidence {
		j.close(&first, 3, "]")
	}
	j.nl(2)
	j.out.str("}")
	return j.out.err
}

// nl starts a new line at this depth when indenting.
func (j *jsonExport) nl(depth int) {
	if j.o.Indent != "" {
		j.out.str("\n" + strings.Repeat(j.o.Indent, depth))
	}
}

// key writes an object key at this depth.
func (j *jsonExport) key(depth int, k string) {
	j.nl(depth)
	j.out.str(`"` + k + `":`)
	if j.o.Indent != "" {
		j.out.str(" ")
	}
}

// sep starts an element of an array: a comma after the first.
func (j *jsonExport) sep(first *bool, depth int) {
	if !*first {
		j.out.str(",")
	}
	*first = false
	j.nl(depth)
}

// close ends an array; an empty one stays on the line it opened.
func (j *jsonExport) close(first *bool, depth int, s string) {
	if !*first {
		j.nl(depth)
	}
	j.out.str(s)
}

// value writes v at this depth.
func (j *jsonExport) value(depth int, v any) {
	b, err := j.marshal(depth, v)
	if err != nil {
		j.out.fail(err)
		return
	}
	j.out.bytes(b)
}

// marshal encodes v without HTML escaping, indented for this depth.
func (j *jsonExport) marshal(depth int, v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if j.o.Indent != "" {
		enc.SetIndent(strings.Repeat(j.o.Indent, depth), j.o.Indent)
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// graphJSON is the graph object of the export.
type graphJSON struct {
	Schema       string     `json:"schema"`
	Filter       filterJSON `json:"filter"`
	Evidence     bool       `json:"evidence"`
	Fingerprints []string   `json:"fingerprints"`
}

type nodeJSON struct {
	ID          string        `json:"id"`
	Name        string        `json:"name"`
	Kind        graph.Kind    `json:"kind"`
	Aliases     []graph.Alias `json:"aliases"`
	Country     nullString    `json:"country"`
	Wikidata    nullString    `json:"wikidata"`
	SuccessorOf nullString    `json:"successor_of"`
	FirstSeen   graph.Date    `json:"first_seen"`
	LastSeen    graph.Date    `json:"last_seen"`
	Mentions    int           `json:"mentions"`
	Articles    int           `json:"articles"`
}

func newNodeJSON(a *graph.Actor) nodeJSON {
	n := nodeJSON{ID: a.ID, Name: a.Name, Kind: a.Kind, Aliases: a.Aliases, Country: nullString(a.Country),
		Wikidata: nullString(a.Wikidata), SuccessorOf: nullString(a.SuccessorOf), FirstSeen: a.FirstSeen,
		LastSeen: a.LastSeen, Mentions: a.Mentions, Articles: a.Articles}
	if n.Aliases == nil {
		n.Aliases = []graph.Alias{}
	}
	return n
}

type linkJSON struct {
	Source     string        `json:"source"`
	Target     string        `json:"target"`
	Key        graph.RelType `json:"key"`
	Type       graph.RelType `json:"type"`
	Symmetric  bool          `json:"symmetric"`
	Asserted   int           `json:"asserted"`
	Hedged     int           `json:"hedged"`
	Negated    int           `json:"negated"`
	Articles   int           `json:"articles"`
	Outlets    int           `json:"outlets"`
	Weight     int           `json:"weight"`
	Confidence float64       `json:"confidence"`
	FirstSeen  graph.Date    `json:"first_seen"`
	LastSeen   graph.Date    `json:"last_seen"`
}

func newLinkJSON(r *graph.Relation) linkJSON {
	return linkJSON{Source: r.From, Target: r.To, Key: r.Type, Type: r.Type, Symmetric: r.Type.Symmetric(),
		Asserted: r.Asserted, Hedged: r.Hedged, Negated: r.Negated, Articles: r.Articles, Outlets: r.Outlets,
		Weight: r.Weight, Confidence: r.Confidence, FirstSeen: r.FirstSeen, LastSeen: r.LastSeen}
}

type evidenceJSON struct {
	Article       string      `json:"article"`
	URL           nullString  `json:"url"`
	Title         nullString  `json:"title"`
	Outlet        nullString  `json:"outlet"`
	ArticleDate   graph.Date  `json:"article_date"`
	Sentence      int         `json:"sentence"`
	SentenceText  string      `json:"sentence_text"`
	Start         *int        `json:"start"`
	End           *int        `json:"end"`
	Date          graph.Date  `json:"date"`
	DatePrecision nullString  `json:"date_precision"`
	Hedged        bool        `json:"hedged"`
	Negated       bool        `json:"negated"`
	Attribution   nullString  `json:"attribution"`
	Trigger       nullString  `json:"trigger"`
	Rule          nullString  `json:"rule"`
	Supplied      nullString  `json:"supplied"`
	Extractor     nullString  `json:"extractor"`
	Confidence    nullFloat64 `json:"confidence"`
}

func newEvidenceJSON(e *graph.Evidence, a *graph.Article) evidenceJSON {
	v := evidenceJSON{Article: e.Article, Sentence: e.Sentence, SentenceText: e.Text,
		Date: e.Date, Hedged: e.Hedged, Negated: e.Negated, Attribution: nullString(e.Attribution),
		Trigger: nullString(e.Trigger), Rule: nullString(e.Rule), Supplied: nullString(e.Supplied),
		Extractor: nullString(e.Extractor), Confidence: nullFloat64(e.Confidence)}
	if e.End > 0 { // offsets are both zero when unknown
		v.Start, v.End = &e.Start, &e.End
	}
	if !e.Date.IsZero() {
		v.DatePrecision = nullString(e.Date.Precision().String())
	}
	if a != nil {
		v.URL, v.Title, v.Outlet, v.ArticleDate = nullString(a.URL), nullString(a.Title), nullString(a.Outlet), a.Date
	}
	return v
}

// nullFloat64 is a number written as JSON null when zero (unstated).
type nullFloat64 float64

// MarshalJSON writes the number, or null when it is zero.
func (f nullFloat64) MarshalJSON() ([]byte, error) {
	if f == 0 {
		return []byte("null"), nil
	}
	return json.Marshal(float64(f))
}

// articleCache keeps the most recently used articles, at most size of
// them; a missing article is cached as nil.
type articleCache struct {
	size  int
	order *list.List // of *cached, most recent first
	byID  map[string]*list.Element
}

type cached struct {
	id string
	a  *graph.Article
}

func newArticleCache(size int) *articleCache {
	return &articleCache{size: size, order: list.New(), byID: map[string]*list.Element{}}
}

// get returns the article, or nil when the graph has no record of it.
func (c *articleCache) get(ctx context.Context, r Reader, id string) (*graph.Article, error) {
	if el, ok := c.byID[id]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*cached).a, nil
	}
	a, err := r.Article(ctx, id)
	if errors.Is(err, graph.ErrNotFound) {
		a, err = nil, nil
	}
	if err != nil {
		return nil, err
	}
	c.byID[id] = c.order.PushFront(&cached{id, a})
	if c.order.Len() > c.size {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.byID, last.Value.(*cached).id)
	}
	return a, nil
}
