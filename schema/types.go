package schema

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	graphql "github.com/graph-gophers/graphql-go"

	"github.com/actorgraph/actorgraph/graph"
)

// The resolvers of the schema's object types: thin adapters over the
// graph's values. Each holds the *Schema (immutable) and the value it
// shows; reads go through the request's view (see view).

// actorR resolves Actor.
type actorR struct {
	s *Schema
	a *graph.Actor
}

func (r *actorR) ID() graphql.ID      { return graphql.ID(r.a.ID) }
func (r *actorR) Kind() string        { return kindEnum(r.a.Kind) }
func (r *actorR) Name() string        { return r.a.Name }
func (r *actorR) Country() *string    { return optString(r.a.Country) }
func (r *actorR) Wikidata() *string   { return optString(r.a.Wikidata) }
func (r *actorR) FirstSeen() *string  { return optDate(r.a.FirstSeen) }
func (r *actorR) LastSeen() *string   { return optDate(r.a.LastSeen) }
func (r *actorR) Mentions() int32     { return int32(r.a.Mentions) }
func (r *actorR) ArticleCount() int32 { return int32(r.a.Articles) }
func (r *actorR) Aliases() []*aliasR {
	out := make([]*aliasR, len(r.a.Aliases))
	for i := range r.a.Aliases {
		out[i] = &aliasR{r.a.Aliases[i]}
	}
	return out
}

func (r *actorR) SuccessorOf(ctx context.Context) (*actorR, error) {
	if r.a.SuccessorOf == "" {
		return nil, nil
	}
	var a *graph.Actor
	err := r.s.view(ctx, func(tx *graph.Tx) (err error) { a, err = actorOrNil(ctx, tx, r.a.SuccessorOf); return err })
	if err != nil || a == nil {
		return nil, err
	}
	return &actorR{s: r.s, a: a}, nil
}

func (r *actorR) Relations(ctx context.Context, args struct {
	relArgs
	Direction string
}) (*relConn, error) {
	s := r.s
	first, err := s.first(args.First)
	if err != nil {
		return nil, err
	}
	f, err := args.filter()
	if err != nil {
		return nil, err
	}
	dir, err := directionArg(args.Direction)
	if err != nil {
		return nil, err
	}
	after, hasAfter, err := decodeCursor("actor-relations", args.After)
	if err != nil {
		return nil, err
	}
	var ns []graph.Neighbor
	if err := s.view(ctx, func(tx *graph.Tx) (err error) { ns, err = tx.Neighbors(ctx, r.a.ID, dir, f); return err }); err != nil {
		return nil, err
	}
	key := func(n graph.Neighbor) string {
		return string(n.Relation.Type) + "\x00" + n.Actor + "\x00" + relKeyString(n.Relation.Key())
	}
	slices.SortFunc(ns, func(a, b graph.Neighbor) int { return cmp.Compare(key(a), key(b)) })
	c := &relConn{s: s, ev: evDefaults(f), list: "actor-relations", total: len(ns)}
	for _, n := range ns {
		if hasAfter && key(n) <= after {
			continue
		}
		if len(c.rels) == first {
			c.more = true
			break
		}
		c.rels = append(c.rels, n.Relation)
		c.keys = append(c.keys, key(n))
	}
	return c, nil
}

func (r *actorR) Neighbors(ctx context.Context, args struct {
	Depth         int32
	Types         *[]string
	Direction     string
	Since, Until  *string
	MinConfidence *float64
	First         int32
	After         *string
}) (*neighborConn, error) {
	s := r.s
	first, err := s.first(args.First)
	if err != nil {
		return nil, err
	}
	depth := int(args.Depth)
	if depth < 1 || depth > MaxNeighborDepth {
		return nil, errorf(CodeLimit, "depth: %d is outside 1 to %d", depth, MaxNeighborDepth)
	}
	var f graph.RelationFilter
	if f.Types, err = relTypesArg(args.Types); err != nil {
		return nil, err
	}
	if f.Since, f.Until, err = period(args.Since, args.Until); err != nil {
		return nil, err
	}
	if args.MinConfidence != nil {
		f.MinConfidence = *args.MinConfidence
	}
	dir, err := directionArg(args.Direction)
	if err != nil {
		return nil, err
	}
	after, hasAfter, err := decodeCursor("neighbors", args.After)
	if err != nil {
		return nil, err
	}
	var afterDist int
	var afterID string
	if hasAfter {
		d, id, ok := strings.Cut(after, ":")
		if afterDist, err = strconv.Atoi(d); err != nil || !ok {
			return nil, errorf(CodeInvalid, "after: %q is not a cursor of this list (neighbors)", *args.After)
		}
		afterID = id
	}
	var ns []*neighbor
	if err := s.view(ctx, func(tx *graph.Tx) (err error) {
		ns, err = neighbours(ctx, tx, r.a.ID, depth, dir, f)
		return err
	}); err != nil {
		return nil, err
	}
	c := &neighborConn{total: len(ns)}
	for _, n := range ns {
		if hasAfter && (n.distance < afterDist || n.distance == afterDist && n.id <= afterID) {
			continue
		}
		if len(c.ns) == first {
			c.more = true
			break
		}
		n.s, n.ev = s, evDefaults(f)
		c.ns = append(c.ns, n)
	}
	return c, nil
}

// aliasR resolves Alias.
type aliasR struct{ a graph.Alias }

func (r *aliasR) Form() string   { return r.a.Form }
func (r *aliasR) Source() string { return strings.ToUpper(string(r.a.Source)) }

// evDefault is how a relation was counted, which its evidence follows by
// default.
type evDefault struct {
	since, until  graph.Date
	excludeHedged bool
}

func evDefaults(f graph.RelationFilter) evDefault {
	return evDefault{since: f.Since, until: f.Until, excludeHedged: f.ExcludeHedged}
}

// relR resolves Relation.
type relR struct {
	s  *Schema
	r  *graph.Relation
	ev evDefault
}

func (r *relR) ID() graphql.ID {
	return graphql.ID(r.r.From + "/" + string(r.r.Type) + "/" + r.r.To)
}
func (r *relR) From(ctx context.Context) (*actorR, error) { return r.s.actorByID(ctx, r.r.From) }
func (r *relR) To(ctx context.Context) (*actorR, error)   { return r.s.actorByID(ctx, r.r.To) }
func (r *relR) Type() string                              { return relTypeEnum(r.r.Type) }
func (r *relR) Symmetric() bool                           { return r.r.Symmetric }
func (r *relR) Asserted() int32                           { return int32(r.r.Asserted) }
func (r *relR) Hedged() int32                             { return int32(r.r.Hedged) }
func (r *relR) Negated() int32                            { return int32(r.r.Negated) }
func (r *relR) EvidenceCount() int32 {
	return int32(r.r.Asserted + r.r.Hedged + r.r.Negated)
}
func (r *relR) ArticleCount() int32 { return int32(r.r.Articles) }
func (r *relR) OutletCount() int32  { return int32(r.r.Outlets) }
func (r *relR) Weight() int32       { return int32(r.r.Weight) }
func (r *relR) Confidence() float64 { return r.r.Confidence }
func (r *relR) FirstSeen() *string  { return optDate(r.r.FirstSeen) }
func (r *relR) LastSeen() *string   { return optDate(r.r.LastSeen) }

func (r *relR) Evidence(ctx context.Context, args struct {
	Since, Until   *string
	IncludeHedged  *bool
	IncludeNegated bool
	First          int32
	After          *string
}) (*evConn, error) {
	s := r.s
	first, err := s.first(args.First)
	if err != nil {
		return nil, err
	}
	f := graph.EvidenceFilter{Since: r.ev.since, Until: r.ev.until, ExcludeHedged: r.ev.excludeHedged}
	if args.Since != nil {
		if f.Since, err = dateArg("since", args.Since); err != nil {
			return nil, err
		}
	}
	if args.Until != nil {
		if f.Until, err = dateArg("until", args.Until); err != nil {
			return nil, err
		}
	}
	if args.IncludeHedged != nil {
		f.ExcludeHedged = !*args.IncludeHedged
	}
	f.ExcludeNegated = !args.IncludeNegated
	if f.After, err = evCursorArg(args.After); err != nil {
		return nil, err
	}
	count := graphql.HasSelectedField(ctx, "totalCount")
	k := r.r.Key()
	c := &evConn{s: s}
	err = s.view(ctx, func(tx *graph.Tx) error {
		page := f
		page.Limit = first + 1
		if err := tx.EachEvidence(ctx, k, page, func(e *graph.Evidence) error {
			c.evs = append(c.evs, e)
			return nil
		}); err != nil {
			return err
		}
		if len(c.evs) > first {
			c.evs, c.more = c.evs[:first], true
		}
		if !count {
			return nil
		}
		all := f
		all.After = nil
		return tx.EachEvidence(ctx, k, all, func(*graph.Evidence) error { c.total++; return nil })
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

func (s *Schema) actorByID(ctx context.Context, id string) (*actorR, error) {
	var a *graph.Actor
	err := s.view(ctx, func(tx *graph.Tx) (err error) { a, err = tx.Actor(ctx, id); return err })
	if err != nil {
		return nil, err
	}
	return &actorR{s: s, a: a}, nil
}

// evR resolves Evidence.
type evR struct {
	s *Schema
	e *graph.Evidence
}

func (r *evR) ID() graphql.ID {
	return graphql.ID(fmt.Sprintf("%s#%d#%d", r.e.Article, r.e.Sentence, r.e.K))
}
func (r *evR) ArticleID() graphql.ID { return graphql.ID(r.e.Article) }
func (r *evR) From() graphql.ID      { return graphql.ID(r.e.From) }
func (r *evR) Type() string          { return relTypeEnum(r.e.Type) }
func (r *evR) To() graphql.ID        { return graphql.ID(r.e.To) }
func (r *evR) SentenceIndex() int32  { return int32(r.e.Sentence) }
func (r *evR) Start() int32          { return int32(r.e.Start) }
func (r *evR) End() int32            { return int32(r.e.End) }
func (r *evR) Sentence() string      { return r.e.Text }
func (r *evR) Date() *string         { return optDate(r.e.Date) }
func (r *evR) DatePrecision() string { return strings.ToUpper(r.e.Date.Precision().String()) }
func (r *evR) Status() string        { return strings.ToUpper(r.e.Status()) }
func (r *evR) Hedged() bool          { return r.e.Hedged }
func (r *evR) Negated() bool         { return r.e.Negated }
func (r *evR) Attribution() *string  { return optString(r.e.Attribution) }
func (r *evR) Trigger() *string      { return optString(r.e.Trigger) }
func (r *evR) Rule() *string         { return optString(r.e.Rule) }
func (r *evR) Supplied() *string     { return optString(r.e.Supplied) }
func (r *evR) Extractor() *string    { return optString(r.e.Extractor) }
func (r *evR) Confidence() float64   { return r.e.Confidence }

func (r *evR) Article(ctx context.Context) (*articleR, error) {
	var a *graph.Article
	err := r.s.view(ctx, func(tx *graph.Tx) error {
		var err error
		a, err = tx.Article(ctx, r.e.Article)
		if errors.Is(err, graph.ErrNotFound) {
			a, err = nil, nil
		}
		return err
	})
	if err != nil || a == nil {
		return nil, err
	}
	return &articleR{s: r.s, a: a}, nil
}

// articleR resolves Article.
type articleR struct {
	s *Schema
	a *graph.Article
}

func (r *articleR) ID() graphql.ID       { return graphql.ID(r.a.ID) }
func (r *articleR) URL() *string         { return optString(r.a.URL) }
func (r *articleR) Title() *string       { return optString(r.a.Title) }
func (r *articleR) Outlet() *string      { return optString(r.a.Outlet) }
func (r *articleR) Date() *string        { return optDate(r.a.Date) }
func (r *articleR) Lang() *string        { return optString(r.a.Lang) }
func (r *articleR) ContentHash() *string { return optString(r.a.ContentHash) }
func (r *articleR) Fingerprint() *string { return optString(r.a.Fingerprint) }
func (r *articleR) Retracted() bool      { return r.a.Retracted }
func (r *articleR) EvidenceCount() int32 { return int32(r.a.Evidence) }
func (r *articleR) Text(ctx context.Context) (*string, error) {
	var text string
	err := r.s.view(ctx, func(tx *graph.Tx) (err error) { text, _, err = tx.ArticleText(ctx, r.a.ID); return err })
	if err != nil {
		return nil, err
	}
	return optString(text), nil
}

// neighbor resolves Neighbor.
type neighbor struct {
	s        *Schema
	ev       evDefault
	id       string
	distance int
	via      string
	rel      *graph.Relation
}

func (n *neighbor) Actor(ctx context.Context) (*actorR, error) { return n.s.actorByID(ctx, n.id) }
func (n *neighbor) Distance() int32                            { return int32(n.distance) }
func (n *neighbor) Via(ctx context.Context) (*actorR, error)   { return n.s.actorByID(ctx, n.via) }
func (n *neighbor) Relation() *relR                            { return &relR{s: n.s, r: n.rel, ev: n.ev} }

// pathR resolves Path.
type pathR struct {
	s      *Schema
	p      *graph.Path
	actors []*graph.Actor
	ev     evDefault
}

func (r *pathR) Length() int32      { return int32(len(r.p.Relations)) }
func (r *pathR) Actors() []*actorR  { return r.s.actors(r.actors) }
func (r *pathR) Relations() []*relR { return r.s.rels(r.p.Relations, r.ev) }

func (s *Schema) rels(rs []*graph.Relation, ev evDefault) []*relR {
	out := make([]*relR, len(rs))
	for i, r := range rs {
		out[i] = &relR{s: s, r: r, ev: ev}
	}
	return out
}

// subgraphR resolves Subgraph.
type subgraphR struct {
	s         *Schema
	ev        evDefault
	center    *graph.Actor
	nodes     []*nodeR
	edges     []*edgeR
	truncated bool
}

// cut keeps the maxNodes actors nearest the centre (then by id) and the
// first maxEdges relations among them.
func (g *subgraphR) cut(sg *graph.Subgraph, center string, maxNodes, maxEdges int) {
	adj := map[string][]string{}
	for _, r := range sg.Relations {
		adj[r.From] = append(adj[r.From], r.To)
		adj[r.To] = append(adj[r.To], r.From)
	}
	dist := map[string]int{center: 0}
	queue := []string{center}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, o := range adj[id] {
			if _, ok := dist[o]; !ok {
				dist[o] = dist[id] + 1
				queue = append(queue, o)
			}
		}
	}
	for _, a := range sg.Actors {
		d, ok := dist[a.ID]
		if !ok {
			d = len(sg.Actors) // unreachable through the kept relations: last
		}
		g.nodes = append(g.nodes, &nodeR{s: g.s, a: a, distance: d})
	}
	slices.SortFunc(g.nodes, func(a, b *nodeR) int {
		return cmp.Or(cmp.Compare(a.distance, b.distance), cmp.Compare(a.a.ID, b.a.ID))
	})
	if len(g.nodes) > maxNodes {
		g.nodes, g.truncated = g.nodes[:maxNodes], true
	}
	kept := map[string]bool{}
	for _, n := range g.nodes {
		kept[n.a.ID] = true
	}
	for _, r := range sg.Relations {
		if !kept[r.From] || !kept[r.To] {
			continue
		}
		if len(g.edges) == maxEdges {
			g.truncated = true
			break
		}
		g.edges = append(g.edges, &edgeR{rel: relR{s: g.s, r: r, ev: g.ev}})
	}
}

func (g *subgraphR) Center() *actorR { return &actorR{s: g.s, a: g.center} }
func (g *subgraphR) Nodes() []*nodeR { return g.nodes }
func (g *subgraphR) Edges() []*edgeR { return g.edges }
func (g *subgraphR) Truncated() bool { return g.truncated }

// nodeR resolves SubgraphNode.
type nodeR struct {
	s        *Schema
	a        *graph.Actor
	distance int
}

func (n *nodeR) ID() graphql.ID      { return graphql.ID(n.a.ID) }
func (n *nodeR) Name() string        { return n.a.Name }
func (n *nodeR) Kind() string        { return kindEnum(n.a.Kind) }
func (n *nodeR) Country() *string    { return optString(n.a.Country) }
func (n *nodeR) Distance() int32     { return int32(n.distance) }
func (n *nodeR) Mentions() int32     { return int32(n.a.Mentions) }
func (n *nodeR) ArticleCount() int32 { return int32(n.a.Articles) }
func (n *nodeR) FirstSeen() *string  { return optDate(n.a.FirstSeen) }
func (n *nodeR) LastSeen() *string   { return optDate(n.a.LastSeen) }
func (n *nodeR) Actor() *actorR      { return &actorR{s: n.s, a: n.a} }

// edgeR resolves SubgraphEdge.
type edgeR struct{ rel relR }

func (e *edgeR) Source() graphql.ID  { return graphql.ID(e.rel.r.From) }
func (e *edgeR) Target() graphql.ID  { return graphql.ID(e.rel.r.To) }
func (e *edgeR) Type() string        { return e.rel.Type() }
func (e *edgeR) Symmetric() bool     { return e.rel.Symmetric() }
func (e *edgeR) Weight() int32       { return e.rel.Weight() }
func (e *edgeR) Confidence() float64 { return e.rel.Confidence() }
func (e *edgeR) Asserted() int32     { return e.rel.Asserted() }
func (e *edgeR) Hedged() int32       { return e.rel.Hedged() }
func (e *edgeR) Negated() int32      { return e.rel.Negated() }
func (e *edgeR) ArticleCount() int32 { return e.rel.ArticleCount() }
func (e *edgeR) OutletCount() int32  { return e.rel.OutletCount() }
func (e *edgeR) FirstSeen() *string  { return e.rel.FirstSeen() }
func (e *edgeR) LastSeen() *string   { return e.rel.LastSeen() }
func (e *edgeR) Relation() *relR     { return &e.rel }

// timelineR resolves Timeline.
type timelineR struct {
	s       *Schema
	a, b    *graph.Actor
	by      string
	points  []*pointR
	undated int
}

// count reads the evidence of a's relations (with b only, when b is set)
// and counts it per period and type.
func (t *timelineR) count(ctx context.Context, tx *graph.Tx, types []graph.RelType, since, until graph.Date) error {
	ns, err := tx.Neighbors(ctx, t.a.ID, graph.Both, graph.RelationFilter{Types: types, IncludeNegated: true})
	if err != nil {
		return err
	}
	type key struct {
		period string
		typ    graph.RelType
	}
	points := map[key]*pointR{}
	arts := map[key]map[string]bool{}
	rels := map[key]map[graph.RelKey]bool{}
	seen := map[graph.RelKey]bool{}
	for _, n := range ns {
		if t.b != nil && n.Actor != t.b.ID {
			continue
		}
		rk := n.Relation.Key()
		if seen[rk] { // a relation of a with itself is listed twice
			continue
		}
		seen[rk] = true
		err := tx.EachEvidence(ctx, rk, graph.EvidenceFilter{Since: since, Until: until}, func(e *graph.Evidence) error {
			p := periodOf(e.Date, t.by)
			if p == "" {
				t.undated++
				return nil
			}
			k := key{p, rk.Type}
			pt := points[k]
			if pt == nil {
				pt = &pointR{period: p, typ: rk.Type}
				points[k], arts[k], rels[k] = pt, map[string]bool{}, map[graph.RelKey]bool{}
			}
			switch e.Status() {
			case "negated":
				pt.negated++
			case "hedged":
				pt.hedged++
			default:
				pt.asserted++
			}
			arts[k][e.Article] = true
			rels[k][rk] = true
			return nil
		})
		if err != nil {
			return err
		}
	}
	for k, pt := range points {
		pt.articles, pt.relations = len(arts[k]), len(rels[k])
		t.points = append(t.points, pt)
	}
	slices.SortFunc(t.points, func(a, b *pointR) int {
		return cmp.Or(cmp.Compare(a.period, b.period), cmp.Compare(slices.Index(graph.RelTypes, a.typ), slices.Index(graph.RelTypes, b.typ)))
	})
	return nil
}

// periodOf returns the period of a date: its month (YYYY-MM) or year, or
// the year alone for a date known only to the year; "" when unknown.
func periodOf(d graph.Date, by string) string {
	switch {
	case d.Year == 0:
		return ""
	case by == "YEAR" || d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	}
	return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
}

func (t *timelineR) A() *actorR {
	return &actorR{s: t.s, a: t.a}
}

func (t *timelineR) B() *actorR {
	if t.b == nil {
		return nil
	}
	return &actorR{s: t.s, a: t.b}
}
func (t *timelineR) By() string        { return t.by }
func (t *timelineR) Points() []*pointR { return t.points }
func (t *timelineR) Undated() int32    { return int32(t.undated) }

// pointR resolves TimelinePoint.
type pointR struct {
	period                    string
	typ                       graph.RelType
	asserted, hedged, negated int
	articles, relations       int
}

func (p *pointR) Period() string   { return p.period }
func (p *pointR) Type() string     { return relTypeEnum(p.typ) }
func (p *pointR) Asserted() int32  { return int32(p.asserted) }
func (p *pointR) Hedged() int32    { return int32(p.hedged) }
func (p *pointR) Negated() int32   { return int32(p.negated) }
func (p *pointR) Total() int32     { return int32(p.asserted + p.hedged + p.negated) }
func (p *pointR) Articles() int32  { return int32(p.articles) }
func (p *pointR) Relations() int32 { return int32(p.relations) }

// statsR resolves Stats.
type statsR struct{ st *graph.Stats }

func (r *statsR) Actors() int32      { return int32(r.st.Actors) }
func (r *statsR) Relations() int32   { return int32(r.st.Relations) }
func (r *statsR) NegatedOnly() int32 { return int32(r.st.NegatedOnly) }
func (r *statsR) Evidence() int32    { return int32(r.st.Evidence) }
func (r *statsR) Articles() int32    { return int32(r.st.Articles) }
func (r *statsR) Retracted() int32   { return int32(r.st.Retracted) }

func (r *statsR) ActorsByKind() []*kindCount {
	out := make([]*kindCount, len(graph.Kinds))
	for i, k := range graph.Kinds {
		out[i] = &kindCount{k, r.st.ActorsByKind[k]}
	}
	return out
}

func (r *statsR) RelationsByType() []*typeCount {
	out := make([]*typeCount, len(graph.RelTypes))
	for i, t := range graph.RelTypes {
		out[i] = &typeCount{t, r.st.RelationsByType[t]}
	}
	return out
}

type kindCount struct {
	k graph.Kind
	n int
}

func (c *kindCount) Kind() string { return kindEnum(c.k) }
func (c *kindCount) Count() int32 { return int32(c.n) }

type typeCount struct {
	t graph.RelType
	n int
}

func (c *typeCount) Type() string { return relTypeEnum(c.t) }
func (c *typeCount) Count() int32 { return int32(c.n) }

// decisionR resolves Decision.
type decisionR struct{ d *graph.Decision }

func (r *decisionR) Seq() int32           { return int32(r.d.Seq) }
func (r *decisionR) Time() string         { return r.d.Time.UTC().Format(time.RFC3339) }
func (r *decisionR) Author() *string      { return optString(r.d.Author) }
func (r *decisionR) Reason() *string      { return optString(r.d.Reason) }
func (r *decisionR) Op() string           { return opEnum(r.d.Op) }
func (r *decisionR) Actor() *graphql.ID   { return optID(r.d.Actor) }
func (r *decisionR) Other() *graphql.ID   { return optID(r.d.Other) }
func (r *decisionR) Form() *string        { return optString(r.d.Form) }
func (r *decisionR) Name() *string        { return optString(r.d.Name) }
func (r *decisionR) Article() *graphql.ID { return optID(r.d.Article) }
func (r *decisionR) Description() string  { return r.d.String() }
func (r *decisionR) Kind() *string {
	if r.d.Kind == "" {
		return nil
	}
	k := kindEnum(r.d.Kind)
	return &k
}
func (r *decisionR) Articles() []graphql.ID {
	out := make([]graphql.ID, len(r.d.Articles))
	for i, a := range r.d.Articles {
		out[i] = graphql.ID(a)
	}
	return out
}

func optID(s string) *graphql.ID {
	if s == "" {
		return nil
	}
	id := graphql.ID(s)
	return &id
}
