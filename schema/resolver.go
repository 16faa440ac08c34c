package schema

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	graphql "github.com/graph-gophers/graphql-go"

	"github.com/actorgraph/actorgraph/graph"
)

// resolver is the root of the queries and mutations. It holds only what
// does not change across requests; per-request state is in the context.
type resolver struct{ s *Schema }

// maxFindActors bounds the actors findActors returns (and the cost model
// counts): a name shared by more is an error.
const maxFindActors = 20

// fail classifies a resolver's error for the response; nil stays nil.
func (s *Schema) fail(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	return s.resolverError(ctx, err)
}

func (s *Schema) view(ctx context.Context, fn func(*graph.Tx) error) error {
	return s.fail(ctx, view(ctx, s.store, fn))
}

// actorOrNil reads an actor; an unknown one is nil without error.
func actorOrNil(ctx context.Context, tx *graph.Tx, id string) (*graph.Actor, error) {
	a, err := tx.Actor(ctx, id)
	if errors.Is(err, graph.ErrNotFound) {
		return nil, nil
	}
	return a, err
}

// mustActor reads an actor named by an argument; an unknown one is an error.
func mustActor(ctx context.Context, tx *graph.Tx, arg, id string) (*graph.Actor, error) {
	if id == "" {
		return nil, errorf(CodeInvalid, "%s: give an actor id", arg)
	}
	a, err := tx.Actor(ctx, id)
	if errors.Is(err, graph.ErrNotFound) {
		return nil, notFoundf("%s: no actor %q", arg, id)
	}
	return a, err
}

func (r *resolver) Actor(ctx context.Context, args struct {
	ID   *graphql.ID
	Name *string
}) (*actorR, error) {
	s := r.s
	var a *graph.Actor
	err := s.view(ctx, func(tx *graph.Tx) error {
		switch {
		case args.ID != nil:
			var err error
			a, err = actorOrNil(ctx, tx, string(*args.ID))
			return err
		case args.Name != nil:
			as, err := tx.FindActors(ctx, *args.Name)
			if err != nil {
				return err
			}
			switch len(as) {
			case 0:
			case 1:
				a = as[0]
			default:
				ids := make([]string, len(as))
				for i, x := range as {
					ids[i] = x.ID
				}
				return errorf(CodeInvalid, "name %q designates %d actors (%s): give an id, or use findActors", *args.Name, len(as), strings.Join(ids, ", "))
			}
			return nil
		}
		return errorf(CodeInvalid, "actor: give an id or a name")
	})
	if err != nil || a == nil {
		return nil, err
	}
	return &actorR{s: s, a: a}, nil
}

func (r *resolver) FindActors(ctx context.Context, args struct{ Name string }) ([]*actorR, error) {
	s := r.s
	var as []*graph.Actor
	err := s.view(ctx, func(tx *graph.Tx) (err error) {
		as, err = tx.FindActors(ctx, args.Name)
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(as) > maxFindActors {
		return nil, errorf(CodeLimit, "findActors: %q designates %d actors, more than %d: use actors(search:) and page", args.Name, len(as), maxFindActors)
	}
	return s.actors(as), nil
}

func (s *Schema) actors(as []*graph.Actor) []*actorR {
	out := make([]*actorR, len(as))
	for i, a := range as {
		out[i] = &actorR{s: s, a: a}
	}
	return out
}

func (r *resolver) Actors(ctx context.Context, args struct {
	Kind   *string
	Search *string
	First  int32
	After  *string
}) (*actorConn, error) {
	s := r.s
	first, err := s.first(args.First)
	if err != nil {
		return nil, err
	}
	q := graph.ActorQuery{Search: str(args.Search), Limit: max(first, 1)}
	if args.Kind != nil {
		if q.Kind, err = kindArg(*args.Kind); err != nil {
			return nil, err
		}
	}
	if q.After, _, err = decodeCursor("actors", args.After); err != nil {
		return nil, err
	}
	if args.Search != nil && graph.Fold(*args.Search) == "" {
		return nil, errorf(CodeInvalid, "search: %q has nothing to search for", *args.Search)
	}
	var page *graph.ActorPage
	if err := s.view(ctx, func(tx *graph.Tx) (err error) { page, err = tx.Actors(ctx, q); return err }); err != nil {
		return nil, err
	}
	c := &actorConn{total: page.Total, more: page.HasMore}
	if first == 0 {
		c.more = len(page.Actors) > 0
		return c, nil
	}
	c.actors = s.actors(page.Actors)
	return c, nil
}

// relArgs are the filter arguments shared by Query.relations and
// Actor.relations.
type relArgs struct {
	Types          *[]string
	Kinds          *[]string
	Since, Until   *string
	MinConfidence  *float64
	MinWeight      *int32
	IncludeHedged  bool
	IncludeNegated bool
	First          int32
	After          *string
}

func (a *relArgs) filter() (graph.RelationFilter, error) {
	var f graph.RelationFilter
	var err error
	if f.Types, err = relTypesArg(a.Types); err != nil {
		return f, err
	}
	if f.Kinds, err = kindsArg(a.Kinds); err != nil {
		return f, err
	}
	if f.Since, f.Until, err = period(a.Since, a.Until); err != nil {
		return f, err
	}
	if a.MinConfidence != nil {
		f.MinConfidence = *a.MinConfidence
	}
	f.MinWeight = intOr(a.MinWeight, 0)
	f.ExcludeHedged = !a.IncludeHedged
	f.IncludeNegated = a.IncludeNegated
	return f, nil
}

func (r *resolver) Relations(ctx context.Context, args struct {
	relArgs
	From, To, Actor *graphql.ID
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
	after, hasAfter, err := decodeCursor("relations", args.After)
	if err != nil {
		return nil, err
	}
	count := graphql.HasSelectedField(ctx, "totalCount")
	c := &relConn{s: s, ev: evDefaults(f)}
	err = s.view(ctx, func(tx *graph.Tx) error {
		// Ends are resolved through merge redirects, as actor(id:) is.
		var err error
		if f.From, err = resolveArg(ctx, tx, "from", args.From); err != nil {
			return err
		}
		if f.To, err = resolveArg(ctx, tx, "to", args.To); err != nil {
			return err
		}
		if f.Actor, err = resolveArg(ctx, tx, "actor", args.Actor); err != nil {
			return err
		}
		p := page[*graph.Relation]{first: first, count: count}
		add := func(rel *graph.Relation) error {
			return p.add(rel, hasAfter && relKeyString(rel.Key()) <= after)
		}
		if count || !hasAfter {
			err = tx.EachRelation(ctx, f, add) // the total counts every page
		} else {
			var from graph.RelKey
			if from, err = relKeyOf(after); err != nil {
				return err
			}
			err = tx.EachRelationAfter(ctx, f, from, add)
		}
		c.rels, c.total, c.more = p.items, p.total, p.more
		if errors.Is(err, errStop) {
			return nil
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// errStop ends a scan early.
var errStop = errors.New("stop")

// page gathers one page of a connection from a scan in cursor order: it
// counts every item, skips those up to the cursor, keeps the first ones
// and notes whether more follow.
type page[T any] struct {
	first int  // the page size
	count bool // the total is wanted: scan to the end
	items []T
	total int
	more  bool
}

// add takes the next item of the scan; skip says it is at or before the
// cursor. It returns errStop once the page is full and no total is wanted.
func (p *page[T]) add(item T, skip bool) error {
	p.total++
	if skip {
		return nil
	}
	if len(p.items) < p.first {
		p.items = append(p.items, item)
		return nil
	}
	p.more = true
	if !p.count {
		return errStop
	}
	return nil
}

// resolveArg follows merge redirects from an actor id argument.
func resolveArg(ctx context.Context, tx *graph.Tx, name string, p *graphql.ID) (string, error) {
	if p == nil || *p == "" {
		return "", nil
	}
	id, err := tx.Resolve(ctx, string(*p))
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	return id, nil
}

func (r *resolver) Relation(ctx context.Context, args struct {
	From graphql.ID
	Type string
	To   graphql.ID
}) (*relR, error) {
	s := r.s
	t, err := relTypeArg(args.Type)
	if err != nil {
		return nil, err
	}
	var rel *graph.Relation
	err = s.view(ctx, func(tx *graph.Tx) error {
		from, err := tx.Resolve(ctx, string(args.From))
		if err != nil {
			return err
		}
		to, err := tx.Resolve(ctx, string(args.To))
		if err != nil {
			return err
		}
		rel, err = tx.Relation(ctx, from, t, to, nil)
		if errors.Is(err, graph.ErrNotFound) {
			rel, err = nil, nil
		}
		return err
	})
	if err != nil || rel == nil {
		return nil, err
	}
	return &relR{s: s, r: rel, ev: evDefaults(graph.RelationFilter{})}, nil
}

func (r *resolver) Path(ctx context.Context, args struct {
	From, To     graphql.ID
	MaxHops      int32
	Types        *[]string
	Directed     bool
	Since, Until *string
}) (*pathR, error) {
	s := r.s
	q := graph.PathQuery{MaxHops: int(args.MaxHops), Directed: args.Directed}
	if err := checkHops(q.MaxHops); err != nil {
		return nil, err
	}
	var err error
	if q.Filter.Types, err = relTypesArg(args.Types); err != nil {
		return nil, err
	}
	if q.Filter.Since, q.Filter.Until, err = period(args.Since, args.Until); err != nil {
		return nil, err
	}
	var p *graph.Path
	var actors []*graph.Actor
	err = s.view(ctx, func(tx *graph.Tx) error {
		if _, err := mustActor(ctx, tx, "from", string(args.From)); err != nil {
			return err
		}
		if _, err := mustActor(ctx, tx, "to", string(args.To)); err != nil {
			return err
		}
		var err error
		p, err = tx.ShortestPath(ctx, string(args.From), string(args.To), q)
		if errors.Is(err, graph.ErrNotFound) {
			p, err = nil, nil
		}
		if err != nil || p == nil {
			return err
		}
		for _, id := range p.Actors {
			a, err := tx.Actor(ctx, id)
			if err != nil {
				return err
			}
			actors = append(actors, a)
		}
		return nil
	})
	if err != nil || p == nil {
		return nil, err
	}
	return &pathR{s: s, p: p, actors: actors, ev: evDefaults(q.Filter)}, nil
}

func (r *resolver) Subgraph(ctx context.Context, args struct {
	Center         graphql.ID
	Depth          int32
	Types          *[]string
	Since, Until   *string
	MinConfidence  *float64
	IncludeNegated bool
	MaxNodes       int32
	MaxEdges       int32
}) (*subgraphR, error) {
	s := r.s
	depth := int(args.Depth)
	if depth < 0 || depth > MaxNeighborDepth {
		return nil, errorf(CodeLimit, "depth: %d is outside 0 to %d", depth, MaxNeighborDepth)
	}
	maxNodes, maxEdges := int(args.MaxNodes), int(args.MaxEdges)
	if err := checkSubgraphBounds(maxNodes, maxEdges, s.opts.MaxPageSize); err != nil {
		return nil, err
	}
	var f graph.RelationFilter
	var err error
	if f.Types, err = relTypesArg(args.Types); err != nil {
		return nil, err
	}
	if f.Since, f.Until, err = period(args.Since, args.Until); err != nil {
		return nil, err
	}
	if args.MinConfidence != nil {
		f.MinConfidence = *args.MinConfidence
	}
	f.IncludeNegated = args.IncludeNegated
	out := &subgraphR{s: s, ev: evDefaults(f)}
	err = s.view(ctx, func(tx *graph.Tx) error {
		center, err := mustActor(ctx, tx, "center", string(args.Center))
		if err != nil {
			return err
		}
		out.center = center
		g, err := tx.Subgraph(ctx, center.ID, depth, f)
		if err != nil {
			return err
		}
		out.cut(g, center.ID, maxNodes, maxEdges)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (r *resolver) Timeline(ctx context.Context, args struct {
	A            graphql.ID
	B            *graphql.ID
	Types        *[]string
	By           string
	Since, Until *string
}) (*timelineR, error) {
	s := r.s
	types, err := relTypesArg(args.Types)
	if err != nil {
		return nil, err
	}
	since, until, err := period(args.Since, args.Until)
	if err != nil {
		return nil, err
	}
	t := &timelineR{s: s, by: args.By}
	err = s.view(ctx, func(tx *graph.Tx) error {
		var err error
		if t.a, err = mustActor(ctx, tx, "a", string(args.A)); err != nil {
			return err
		}
		if args.B != nil {
			if t.b, err = mustActor(ctx, tx, "b", string(*args.B)); err != nil {
				return err
			}
		}
		return t.count(ctx, tx, types, since, until)
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

func (r *resolver) Articles(ctx context.Context, args struct {
	IncludeRetracted bool
	First            int32
	After            *string
}) (*articleConn, error) {
	s := r.s
	first, err := s.first(args.First)
	if err != nil {
		return nil, err
	}
	after, hasAfter, err := decodeCursor("articles", args.After)
	if err != nil {
		return nil, err
	}
	retracted := args.IncludeRetracted
	count := graphql.HasSelectedField(ctx, "totalCount")
	c := &articleConn{s: s}
	passed := !hasAfter
	err = s.view(ctx, func(tx *graph.Tx) error {
		p := page[*graph.Article]{first: first, count: count}
		add := func(a *graph.Article) error {
			if a.Retracted && !retracted {
				return nil
			}
			skip := !passed
			if !passed {
				passed = a.ID == after
			}
			return p.add(a, skip)
		}
		var err error
		if count || !hasAfter {
			err = tx.EachArticle(ctx, add) // the total counts every page
		} else {
			// Seek to the cursor's article instead of reading the pages
			// before it.
			passed = true
			err = tx.EachArticleAfter(ctx, after, add)
			if errors.Is(err, graph.ErrNotFound) {
				passed, err = false, nil
			}
		}
		c.articles, c.total, c.more = p.items, p.total, p.more
		if errors.Is(err, errStop) {
			return nil
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if !passed {
		return nil, errorf(CodeInvalid, "after: the article of this cursor is gone; start again without after")
	}
	return c, nil
}

func (r *resolver) Article(ctx context.Context, args struct{ ID graphql.ID }) (*articleR, error) {
	s := r.s
	var a *graph.Article
	err := s.view(ctx, func(tx *graph.Tx) error {
		var err error
		a, err = tx.Article(ctx, string(args.ID))
		if errors.Is(err, graph.ErrNotFound) {
			a, err = nil, nil
		}
		return err
	})
	if err != nil || a == nil {
		return nil, err
	}
	return &articleR{s: s, a: a}, nil
}

func (r *resolver) Stats(ctx context.Context) (*statsR, error) {
	var st *graph.Stats
	err := r.s.view(ctx, func(tx *graph.Tx) (err error) { st, err = tx.Stats(ctx); return err })
	if err != nil {
		return nil, err
	}
	return &statsR{st}, nil
}

func (r *resolver) Decisions(ctx context.Context, args struct {
	First int32
	After *string
}) (*decisionConn, error) {
	s := r.s
	first, err := s.first(args.First)
	if err != nil {
		return nil, err
	}
	key, hasAfter, err := decodeCursor("decisions", args.After)
	if err != nil {
		return nil, err
	}
	var after uint64
	if hasAfter {
		if after, err = strconv.ParseUint(key, 10, 64); err != nil {
			return nil, errorf(CodeInvalid, "after: %q is not a cursor of this list (decisions)", *args.After)
		}
	}
	c := &decisionConn{}
	err = s.view(ctx, func(tx *graph.Tx) error {
		p := page[*graph.Decision]{first: first, count: true}
		err := tx.EachDecision(ctx, func(d *graph.Decision) error {
			return p.add(d, hasAfter && d.Seq <= after)
		})
		c.decisions, c.total, c.more = p.items, p.total, p.more
		return err
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// neighbours runs the breadth-first search of Actor.neighbors: every actor
// within depth relations, nearest first then by id, with the actor and
// relation it was first reached by.
func neighbours(ctx context.Context, tx *graph.Tx, center string, depth int, dir graph.Direction, f graph.RelationFilter) ([]*neighbor, error) {
	seen := map[string]bool{center: true}
	frontier := []string{center}
	var out []*neighbor
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		var ring []*neighbor
		for _, id := range frontier {
			ns, err := tx.Neighbors(ctx, id, dir, f)
			if err != nil {
				return nil, err
			}
			for _, n := range ns {
				if seen[n.Actor] {
					continue
				}
				seen[n.Actor] = true
				ring = append(ring, &neighbor{id: n.Actor, distance: d, via: id, rel: n.Relation})
			}
		}
		slices.SortFunc(ring, func(a, b *neighbor) int { return cmp.Compare(a.id, b.id) })
		frontier = frontier[:0]
		for _, n := range ring {
			frontier = append(frontier, n.id)
		}
		out = append(out, ring...)
	}
	return out, nil
}
