// Package fixedq is the library side of the three fixed queries that the
// GraphQL benchmarks of package schema and package schema/server measure:
// the GraphQL text of each query ([ActorQuery], [NeighborsQuery],
// [PathQuery]) and the same reads done directly through [graph.Store] and
// [graph.Tx] in one snapshot ([Actor], [Neighbors], [Path]), returned as
// values that encoding/json encodes into the JSON shape of the GraphQL
// answer's "data". The benchmarks check that both give the same JSON
// before timing them.
//
// The package is internal to schema: package graph must not import it.
package fixedq

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// ActorQuery is the first fixed query: an actor by name ($name) with its
// first 50 relations and 3 evidence records each. [Actor] is its library
// side.
const ActorQuery = `query($name: String!) { actor(name: $name) { id name kind
  relations(first: 50) { totalCount nodes { from { id name } type to { id name } weight confidence firstSeen lastSeen
    evidence(first: 3) { nodes { sentence trigger rule hedged negated date article { url title outlet date } } } } } } }`

// NeighborsQuery is the second fixed query: the neighbours at depth 2 of
// an actor ($id), the first 100. [Neighbors] is its library side.
const NeighborsQuery = `query($id: ID!) { actor(id: $id) { neighbors(depth: 2, first: 100) {
  totalCount nodes { distance actor { id name kind } relation { type weight } } } } }`

// PathQuery is the third fixed query: a shortest path of up to 4 hops
// between two actors ($from, $to). [Path] is its library side.
const PathQuery = `query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) {
  length actors { id name } relations { from { id } type to { id } weight confidence } } }`

// obj is a JSON object.
type obj = map[string]any

// dateOrNil is d as GraphQL encodes a Date: null when zero.
func dateOrNil(d graph.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

// strOrNil is s as GraphQL encodes an optional String: null when empty.
func strOrNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// enum is s as GraphQL encodes an enum value.
func enum[S ~string](s S) string { return strings.ToUpper(string(s)) }

// Actor is the library side of [ActorQuery]: the one actor named name,
// with its first 50 relations (by type, then the other end, then the key)
// and the first 3 evidence records of each, read in one view of st. It
// fails when name does not match exactly one actor.
func Actor(ctx context.Context, st *graph.Store, name string) (map[string]any, error) {
	var out obj
	err := st.View(ctx, func(tx *graph.Tx) error {
		as, err := tx.FindActors(ctx, name)
		if err != nil {
			return fmt.Errorf("find actor %q: %w", name, err)
		}
		if len(as) != 1 {
			return fmt.Errorf("find actor %q: %d actors, want 1", name, len(as))
		}
		a := as[0]
		ns, err := tx.Neighbors(ctx, a.ID, graph.Both, graph.RelationFilter{})
		if err != nil {
			return fmt.Errorf("relations of %s: %w", a.ID, err)
		}
		key := func(n graph.Neighbor) string {
			k := n.Relation.Key()
			return string(k.Type) + "\x00" + n.Actor + "\x00" + k.From + "\x00" + string(k.Type) + "\x00" + k.To
		}
		slices.SortFunc(ns, func(x, y graph.Neighbor) int { return cmp.Compare(key(x), key(y)) })
		nodes := []any{}
		for _, n := range ns[:min(50, len(ns))] {
			r := n.Relation
			from, err := tx.Actor(ctx, r.From)
			if err != nil {
				return fmt.Errorf("actor %s: %w", r.From, err)
			}
			to, err := tx.Actor(ctx, r.To)
			if err != nil {
				return fmt.Errorf("actor %s: %w", r.To, err)
			}
			evs := []any{}
			err = tx.EachEvidence(ctx, r.Key(), graph.EvidenceFilter{Limit: 3}, func(e *graph.Evidence) error {
				art, err := tx.Article(ctx, e.Article)
				if err != nil {
					return fmt.Errorf("article %s: %w", e.Article, err)
				}
				evs = append(evs, obj{"sentence": e.Text, "trigger": strOrNil(e.Trigger), "rule": strOrNil(e.Rule), "hedged": e.Hedged, "negated": e.Negated,
					"date": dateOrNil(e.Date), "article": obj{"url": strOrNil(art.URL), "title": strOrNil(art.Title), "outlet": strOrNil(art.Outlet), "date": dateOrNil(art.Date)}})
				return nil
			})
			if err != nil {
				return fmt.Errorf("evidence of %s %s %s: %w", r.From, r.Type, r.To, err)
			}
			nodes = append(nodes, obj{"from": obj{"id": from.ID, "name": from.Name}, "type": enum(r.Type), "to": obj{"id": to.ID, "name": to.Name},
				"weight": r.Weight, "confidence": r.Confidence, "firstSeen": dateOrNil(r.FirstSeen), "lastSeen": dateOrNil(r.LastSeen), "evidence": obj{"nodes": evs}})
		}
		out = obj{"actor": obj{"id": a.ID, "name": a.Name, "kind": enum(a.Kind), "relations": obj{"totalCount": len(ns), "nodes": nodes}}}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("fixed query actor: %w", err)
	}
	return out, nil
}

// Neighbors is the library side of [NeighborsQuery]: the actors within
// two relations of center, nearest first then by id, the first 100, each
// with the relation it was reached by, read in one view of st.
func Neighbors(ctx context.Context, st *graph.Store, center string) (map[string]any, error) {
	var out obj
	err := st.View(ctx, func(tx *graph.Tx) error {
		type found struct {
			id       string
			distance int
			rel      *graph.Relation
		}
		seen := map[string]bool{center: true}
		frontier := []string{center}
		var all []found
		for d := 1; d <= 2; d++ {
			var ring []found
			for _, id := range frontier {
				ns, err := tx.Neighbors(ctx, id, graph.Both, graph.RelationFilter{})
				if err != nil {
					return fmt.Errorf("neighbours of %s: %w", id, err)
				}
				for _, n := range ns {
					if !seen[n.Actor] {
						seen[n.Actor] = true
						ring = append(ring, found{n.Actor, d, n.Relation})
					}
				}
			}
			slices.SortFunc(ring, func(a, b found) int { return cmp.Compare(a.id, b.id) })
			frontier = frontier[:0]
			for _, f := range ring {
				frontier = append(frontier, f.id)
			}
			all = append(all, ring...)
		}
		nodes := []any{}
		for _, f := range all[:min(100, len(all))] {
			a, err := tx.Actor(ctx, f.id)
			if err != nil {
				return fmt.Errorf("actor %s: %w", f.id, err)
			}
			nodes = append(nodes, obj{"distance": f.distance, "actor": obj{"id": a.ID, "name": a.Name, "kind": enum(a.Kind)},
				"relation": obj{"type": enum(f.rel.Type), "weight": f.rel.Weight}})
		}
		out = obj{"actor": obj{"neighbors": obj{"totalCount": len(all), "nodes": nodes}}}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("fixed query neighbours of %s: %w", center, err)
	}
	return out, nil
}

// Path is the library side of [PathQuery]: a shortest path of up to 4
// hops from from to to, read in one view of st. When
// [graph.Tx.ShortestPath] fails (no path within 4 hops, or an unknown
// end) the path is null, as in the GraphQL answer.
func Path(ctx context.Context, st *graph.Store, from, to string) (map[string]any, error) {
	var out obj
	err := st.View(ctx, func(tx *graph.Tx) error {
		p, err := tx.ShortestPath(ctx, from, to, graph.PathQuery{MaxHops: 4})
		if err != nil {
			out = obj{"path": nil}
			return nil
		}
		actors := []any{}
		for _, id := range p.Actors {
			a, err := tx.Actor(ctx, id)
			if err != nil {
				return fmt.Errorf("actor %s: %w", id, err)
			}
			actors = append(actors, obj{"id": a.ID, "name": a.Name})
		}
		rels := []any{}
		for _, r := range p.Relations {
			rels = append(rels, obj{"from": obj{"id": r.From}, "type": enum(r.Type), "to": obj{"id": r.To}, "weight": r.Weight, "confidence": r.Confidence})
		}
		out = obj{"path": obj{"length": len(p.Relations), "actors": actors, "relations": rels}}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("fixed query path %s → %s: %w", from, to, err)
	}
	return out, nil
}
