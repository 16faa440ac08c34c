package graph

import (
	"context"
	"fmt"
	"sort"
)

// Direction selects which relations of an actor count as its neighbours.
type Direction int

// The directions. Symmetric relations (allied, opposed) count in every
// direction, from both ends.
const (
	Both Direction = iota // relations at either end
	Out                   // relations from the actor: it supplies, trains, leads...
	In                    // relations to the actor: it is supplied, trained, led...
)

// String returns "both", "out" or "in".
func (d Direction) String() string {
	switch d {
	case Out:
		return "out"
	case In:
		return "in"
	}
	return "both"
}

// ParseDirection reads "both", "out" or "in".
func ParseDirection(s string) (Direction, error) {
	switch s {
	case "both", "":
		return Both, nil
	case "out":
		return Out, nil
	case "in":
		return In, nil
	}
	return Both, fmt.Errorf("unknown direction %q (want both, out or in)", s)
}

// Neighbor is an actor joined to another by a relation.
type Neighbor struct {
	Actor    string    // the neighbour's id
	Relation *Relation // the relation joining them
}

// Neighbors returns the neighbours of an actor along the relations f
// selects (f.Actor, From and To are ignored), ordered by relation type then
// neighbour id. An actor with no relation has no neighbours (nil, no error).
func (tx *Tx) Neighbors(ctx context.Context, id string, dir Direction, f RelationFilter) ([]Neighbor, error) {
	id, err := tx.Resolve(ctx, id)
	if err != nil {
		return nil, err
	}
	f.Actor, f.From, f.To = "", "", ""
	var out []Neighbor
	var slab []Relation
	split := -1 // where the in-relations start
	err = tx.eachAdjacent(id, func(typ RelType, otherb []byte, isOut bool, v []byte) error {
		if !isOut && split < 0 {
			split = len(out)
		}
		if !typ.Symmetric() && ((dir == Out && !isOut) || (dir == In && isOut)) {
			return nil
		}
		other := string(otherb)
		k := RelKey{From: id, Type: typ, To: other}
		if !isOut {
			k.From, k.To = other, id
		}
		ok, err := tx.endsOK(&f, k)
		if err != nil || !ok {
			return err
		}
		var r *Relation
		if f.recounts() {
			if r, err = tx.relation(&f, k, v); err != nil || r == nil {
				return err
			}
		} else {
			// The relations are allocated in slabs: a hub has thousands.
			if len(slab) == cap(slab) {
				slab = make([]Relation, 0, 128)
			}
			slab = slab[:len(slab)+1]
			r = &slab[len(slab)-1]
			if err := decodeRelationInto(r, k, v); err != nil {
				return err
			}
			if !f.keepsStored(r) {
				slab = slab[:len(slab)-1]
				return nil
			}
		}
		out = append(out, Neighbor{Actor: other, Relation: r})
		return nil
	})
	if err != nil {
		return nil, err
	}
	out = mergeRuns(out, split, func(a, b *Neighbor) bool {
		return neighborLess(a.Relation.Type, a.Actor, a.Relation.From, b.Relation.Type, b.Actor, b.Relation.From)
	})
	return out, ctx.Err()
}

// neighborLess orders the relations of one actor by type, then the other
// end, then (from, type, to): the relation from the smaller id first.
func neighborLess(ta RelType, oa, fa string, tb RelType, ob, fb string) bool {
	if ta != tb {
		return ta < tb
	}
	if oa != ob {
		return oa < ob
	}
	return fa < fb
}

// mergeRuns merges s[:split] and s[split:] (split < 0: no second run),
// each already in order, as the scans of o/<id> and i/<id> give them:
// keys sort by type, then by the other end.
func mergeRuns[T any](s []T, split int, less func(a, b *T) bool) []T {
	if split <= 0 || split >= len(s) {
		return s
	}
	out := make([]T, 0, len(s))
	a, b := s[:split], s[split:]
	for len(a) > 0 && len(b) > 0 {
		if less(&b[0], &a[0]) {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	out = append(out, a...)
	return append(out, b...)
}

// adjacent returns the relations of id in direction dir that f selects,
// ordered by relation type, then the other end, then (from, type, to): the
// order of [Tx.Neighbors]. It decodes no aggregate unless f needs counts.
func (tx *Tx) adjacent(ctx context.Context, id string, dir Direction, f *RelationFilter) ([]incidentRel, error) {
	var out []incidentRel
	split := -1 // where the in-relations start
	err := tx.eachAdjacent(id, func(typ RelType, otherb []byte, isOut bool, v []byte) error {
		if !isOut && split < 0 {
			split = len(out)
		}
		if !typ.Symmetric() && ((dir == Out && !isOut) || (dir == In && isOut)) {
			return nil
		}
		other := string(otherb)
		k := RelKey{From: id, Type: typ, To: other}
		if !isOut {
			k.From, k.To = other, id
		}
		ok, err := tx.keeps(f, k, v)
		if err != nil || !ok {
			return err
		}
		out = append(out, incidentRel{k: k, other: other})
		return nil
	})
	if err != nil {
		return nil, err
	}
	out = mergeRuns(out, split, func(a, b *incidentRel) bool {
		return neighborLess(a.k.Type, a.other, a.k.From, b.k.Type, b.other, b.k.From)
	})
	return out, ctx.Err()
}

// PathQuery bounds a path search.
type PathQuery struct {
	MaxHops  int  // 0 means 4
	Directed bool // follow directed relations only forwards (symmetric ones both ways)
	Filter   RelationFilter
}

// Path is a chain of relations from one actor to another.
type Path struct {
	Actors    []string    // from, ..., to
	Relations []*Relation // Relations[i] joins Actors[i] and Actors[i+1]
}

// ShortestPath returns a shortest path from one actor to another within
// q.MaxHops relations, choosing among equally short paths the one first in
// (type, id) order, so the answer is stable. It returns an error wrapping
// ErrNotFound when there is none.
func (tx *Tx) ShortestPath(ctx context.Context, from, to string, q PathQuery) (*Path, error) {
	if q.MaxHops <= 0 {
		q.MaxHops = 4
	}
	var err error
	if from, err = tx.Resolve(ctx, from); err != nil {
		return nil, err
	}
	if to, err = tx.Resolve(ctx, to); err != nil {
		return nil, err
	}
	for _, id := range []string{from, to} {
		if _, err := tx.Actor(ctx, id); err != nil {
			return nil, err
		}
	}
	if from == to {
		return &Path{Actors: []string{from}}, nil
	}
	dir := Both
	if q.Directed {
		dir = Out
	}
	type step struct {
		prev string
		rel  incidentRel
	}
	f := q.Filter
	f.Actor, f.From, f.To = "", "", ""
	prev := map[string]step{from: {}}
	frontier := []string{from}
	for hop := 0; hop < q.MaxHops && len(frontier) > 0; hop++ {
		var next []string
		for _, id := range frontier {
			adj, err := tx.adjacent(ctx, id, dir, &f)
			if err != nil {
				return nil, err
			}
			for _, ir := range adj {
				if _, seen := prev[ir.other]; seen {
					continue
				}
				prev[ir.other] = step{id, ir}
				if ir.other == to {
					p := &Path{}
					for cur := to; cur != from; cur = prev[cur].prev {
						r, err := tx.relation(&f, prev[cur].rel.k, nil)
						if err != nil {
							return nil, err
						}
						p.Actors = append(p.Actors, cur)
						p.Relations = append(p.Relations, r)
					}
					p.Actors = append(p.Actors, from)
					reverse(p.Actors)
					reverse(p.Relations)
					return p, nil
				}
				next = append(next, ir.other)
			}
		}
		frontier = next
	}
	return nil, fmt.Errorf("graph: path %s to %s within %d hops: %w", from, to, q.MaxHops, ErrNotFound)
}

func reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Ego returns the ids of the actors within depth relations of center
// (both directions, along the relations f selects), center included.
func (tx *Tx) Ego(ctx context.Context, center string, depth int, f RelationFilter) (map[string]bool, error) {
	center, err := tx.Resolve(ctx, center)
	if err != nil {
		return nil, err
	}
	if _, err := tx.Actor(ctx, center); err != nil {
		return nil, err
	}
	f.Actors = nil
	f.Actor, f.From, f.To = "", "", ""
	set := map[string]bool{center: true}
	frontier := []string{center}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			err := tx.eachAdjacent(id, func(typ RelType, otherb []byte, out bool, v []byte) error {
				if set[string(otherb)] {
					return nil // (no allocation: most ends are known already)
				}
				other := string(otherb)
				k := RelKey{From: id, Type: typ, To: other}
				if !out {
					k.From, k.To = other, id
				}
				ok, err := tx.keeps(&f, k, v)
				if err != nil || !ok {
					return err
				}
				set[other] = true
				next = append(next, other)
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
		frontier = next
	}
	return set, nil
}

// Subgraph is a set of actors and the relations among them.
type Subgraph struct {
	Actors    []*Actor    // in id order
	Relations []*Relation // in (from, type, to) order
}

// Subgraph returns the ego network of center: the actors within depth
// relations of it and every relation f selects among them.
func (tx *Tx) Subgraph(ctx context.Context, center string, depth int, f RelationFilter) (*Subgraph, error) {
	set, err := tx.Ego(ctx, center, depth, f)
	if err != nil {
		return nil, err
	}
	g := &Subgraph{}
	for _, id := range sortedKeys(set) {
		a, err := tx.Actor(ctx, id)
		if err != nil {
			return nil, err
		}
		g.Actors = append(g.Actors, a)
	}
	f.Actors = set
	f.Actor, f.From, f.To = "", "", ""
	seen := map[RelKey]bool{}
	for _, id := range sortedKeys(set) {
		rels, err := tx.incident(id)
		if err != nil {
			return nil, err
		}
		for _, ir := range rels {
			k := ir.k
			if seen[k] {
				continue
			}
			seen[k] = true
			ok, err := tx.endsOK(&f, k)
			if err != nil || !ok {
				if err != nil {
					return nil, err
				}
				continue
			}
			r, err := tx.relation(&f, k, ir.v)
			if err != nil {
				return nil, err
			}
			if r != nil {
				g.Relations = append(g.Relations, r)
			}
		}
	}
	sort.Slice(g.Relations, func(i, j int) bool { return relLess(g.Relations[i].Key(), g.Relations[j].Key()) })
	return g, nil
}

// Neighbors returns an actor's neighbours; see [Tx.Neighbors].
func (s *Store) Neighbors(ctx context.Context, id string, dir Direction, f RelationFilter) (ns []Neighbor, err error) {
	err = s.View(ctx, func(tx *Tx) error { ns, err = tx.Neighbors(ctx, id, dir, f); return err })
	return ns, err
}

// ShortestPath returns a shortest path; see [Tx.ShortestPath].
func (s *Store) ShortestPath(ctx context.Context, from, to string, q PathQuery) (p *Path, err error) {
	err = s.View(ctx, func(tx *Tx) error { p, err = tx.ShortestPath(ctx, from, to, q); return err })
	return p, err
}

// Subgraph returns an ego network; see [Tx.Subgraph].
func (s *Store) Subgraph(ctx context.Context, center string, depth int, f RelationFilter) (g *Subgraph, err error) {
	err = s.View(ctx, func(tx *Tx) error { g, err = tx.Subgraph(ctx, center, depth, f); return err })
	return g, err
}
