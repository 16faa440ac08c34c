package export

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/actorgraph/actorgraph/graph"
)

// Reader is what the exporters read: a consistent view of one graph.
// [*graph.Tx] implements it; run an export inside [graph.Store.View] so that
// both passes of an export see the same graph.
type Reader interface {
	// Actor returns an actor, following merge redirects; an error wrapping
	// graph.ErrNotFound when there is none.
	Actor(ctx context.Context, id string) (*graph.Actor, error)
	// EachActor calls fn for the actors q selects, in id order.
	EachActor(ctx context.Context, q graph.ActorQuery, fn func(*graph.Actor) error) error
	// EachRelation calls fn for the relations f selects, in (from, type, to) order.
	EachRelation(ctx context.Context, f graph.RelationFilter, fn func(*graph.Relation) error) error
	// EachEvidence calls fn for the evidence of one relation that f selects.
	EachEvidence(ctx context.Context, k graph.RelKey, f graph.EvidenceFilter, fn func(*graph.Evidence) error) error
	// Ego returns the ids of the actors within depth relations of center.
	Ego(ctx context.Context, center string, depth int, f graph.RelationFilter) (map[string]bool, error)
	// Article returns an article's metadata; an error wrapping
	// graph.ErrNotFound when there is none.
	Article(ctx context.Context, id string) (*graph.Article, error)
}

var _ Reader = (*graph.Tx)(nil)

// Schema names the layout of the exports; it is written in the JSON
// export's graph object and the DOT export's comment.
const Schema = "actorgraph/1"

// Filter selects what an export contains. It means the same for every
// export format. The zero value exports every edge of the graph (every
// relation with evidence that is not negated) and the actors at its ends.
type Filter struct {
	// Types keeps only relations of these types; empty means all.
	Types []graph.RelType
	// Kinds keeps only relations whose two ends both have one of these
	// kinds; empty means all.
	Kinds []graph.Kind
	// Actors, when not empty, keeps only the relations whose two ends are
	// both among these actors (ids; merge redirects are followed, an
	// unknown id is an error wrapping graph.ErrNotFound).
	Actors []string
	// Actor, when set, exports the ego network of this actor (an id; merge
	// redirects are followed): the actors within Depth relations of it,
	// along the relations the rest of the filter selects, and the
	// relations among them. Depth 0 means 1; Depth without Actor is an error.
	Actor string
	Depth int
	// Since and Until bound the period (each optional, inclusive, partial
	// dates allowed): only evidence whose event date falls in it counts,
	// and a relation with none left is not exported. Undated evidence is in
	// no bounded period.
	Since, Until graph.Date
	// MinConfidence drops relations whose confidence, as the filter
	// counts it, is below this value (in [0, 1]).
	MinConfidence float64
	// MinWeight drops relations whose weight (distinct articles with
	// asserted or hedged evidence), as the filter counts it, is below this.
	MinWeight int
	// ExcludeHedged counts only asserted (and negated) evidence.
	ExcludeHedged bool
	// IncludeNegated also exports relations whose counted evidence is all
	// negated (off by default: a denial is not an edge).
	IncludeNegated bool
	// Top, when positive, applies after every other filter: it keeps the
	// Top actors with the most exported relations (ties broken by id) and
	// the relations among them.
	Top int
	// Isolated also exports actors with no exported relation: every actor
	// matching Kinds, or of the actor set (Actors, the ego network, Top)
	// when there is one. Off by default: the nodes are the ends of
	// exported relations.
	Isolated bool
}

// plan is a filter checked and resolved against one graph.
type plan struct {
	f      Filter // normalised: types, kinds and actors sorted and unique, depth effective
	center string // resolved Actor, "" without
	// set is the actors the export is limited to (Actors, the ego network
	// and Top, each within the one before), nil when it is not limited;
	// setIDs lists it in id order.
	set    map[string]bool
	setIDs []string
	rf     graph.RelationFilter
	ef     graph.EvidenceFilter
}

// RelationFilter checks f and returns the [graph.RelationFilter] that
// selects the relations f exports, with the actor set (Actors, the ego
// network of Actor, Top) resolved against r into RelationFilter.Actors.
// An unknown actor gives an error wrapping graph.ErrNotFound.
func (f Filter) RelationFilter(ctx context.Context, r Reader) (graph.RelationFilter, error) {
	p, err := f.plan(ctx, r)
	if err != nil {
		return graph.RelationFilter{}, err
	}
	return p.rf, nil
}

// plan resolves f in the order the package documentation gives: the
// relation filters, then Actors, then the ego network, then Top.
func (f Filter) plan(ctx context.Context, r Reader) (*plan, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	p := &plan{f: f}
	p.f.Types = normTypes(f.Types)
	p.f.Kinds = normKinds(f.Kinds)
	p.f.Actors = nil
	p.rf = graph.RelationFilter{
		Types:          p.f.Types,
		Kinds:          p.f.Kinds,
		Since:          f.Since,
		Until:          f.Until,
		MinConfidence:  f.MinConfidence,
		MinWeight:      f.MinWeight,
		ExcludeHedged:  f.ExcludeHedged,
		IncludeNegated: f.IncludeNegated,
	}
	p.ef = graph.EvidenceFilter{Since: f.Since, Until: f.Until, ExcludeHedged: f.ExcludeHedged}
	if len(f.Actors) > 0 {
		set := map[string]bool{}
		for _, ref := range f.Actors {
			a, err := resolve(ctx, r, ref)
			if err != nil {
				return nil, err
			}
			set[a.ID] = true
		}
		p.limit(set)
		p.f.Actors = p.setIDs
	}
	if f.Actor != "" {
		if p.f.Depth == 0 {
			p.f.Depth = 1
		}
		a, err := resolve(ctx, r, f.Actor)
		if err != nil {
			return nil, err
		}
		p.center = a.ID
		p.f.Actor = a.ID
		ego, err := p.ego(ctx, r, a.ID, p.f.Depth)
		if err != nil {
			return nil, fmt.Errorf("export: ego network of %s: %w", a.ID, err)
		}
		p.limit(ego)
	}
	if f.Top > 0 {
		top, err := p.top(ctx, r, f.Top)
		if err != nil {
			return nil, fmt.Errorf("export: top %d actors: %w", f.Top, err)
		}
		p.limit(top)
	}
	return p, nil
}

// resolve returns the actor of an id, following merge redirects.
func resolve(ctx context.Context, r Reader, id string) (*graph.Actor, error) {
	a, err := r.Actor(ctx, id)
	if err != nil {
		if errors.Is(err, graph.ErrNotFound) {
			return nil, fmt.Errorf("export: actor %q: %w", id, graph.ErrNotFound)
		}
		return nil, fmt.Errorf("export: actor %q: %w", id, err)
	}
	return a, nil
}

// limit restricts the export to the actors of set that it was already
// limited to.
func (p *plan) limit(set map[string]bool) {
	if p.set != nil {
		for id := range set {
			if !p.set[id] {
				delete(set, id)
			}
		}
	}
	p.set = set
	p.setIDs = make([]string, 0, len(set))
	for id := range set {
		p.setIDs = append(p.setIDs, id)
	}
	sort.Strings(p.setIDs)
	p.rf.Actors = set
}

// ego returns the actors within depth relations of center, along the
// relations the plan selects so far.
func (p *plan) ego(ctx context.Context, r Reader, center string, depth int) (map[string]bool, error) {
	if p.set == nil {
		return r.Ego(ctx, center, depth, p.rf)
	}
	// Reader.Ego ignores an actor set: walk the selected relations here.
	set := map[string]bool{center: true}
	frontier := []string{center}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			if !p.set[id] {
				continue // no selected relation touches it
			}
			rf := p.rf
			rf.Actor = id
			err := r.EachRelation(ctx, rf, func(rel *graph.Relation) error {
				for _, n := range []string{rel.From, rel.To} {
					if !set[n] {
						set[n] = true
						next = append(next, n)
					}
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
		sort.Strings(next)
		frontier = next
	}
	return set, nil
}

// top returns the n actors with the most relations the plan selects so
// far (ties broken by id). With Isolated, actors without any count too,
// after the others.
func (p *plan) top(ctx context.Context, r Reader, n int) (map[string]bool, error) {
	degree := map[string]int{}
	err := p.eachRelation(ctx, r, func(rel *graph.Relation) error {
		degree[rel.From]++
		degree[rel.To]++
		return nil
	})
	if err != nil {
		return nil, err
	}
	if p.f.Isolated {
		err := p.eachNodeIn(ctx, r, nil, func(a *graph.Actor) error {
			if _, ok := degree[a.ID]; !ok {
				degree[a.ID] = 0
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	ids := make([]string, 0, len(degree))
	for id := range degree {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if di, dj := degree[ids[i]], degree[ids[j]]; di != dj {
			return di > dj
		}
		return ids[i] < ids[j]
	})
	if len(ids) > n {
		ids = ids[:n]
	}
	set := make(map[string]bool, len(ids))
	for _, id := range ids {
		set[id] = true
	}
	return set, nil
}

// check reports the first thing wrong with f.
func (f Filter) check() error {
	for _, t := range f.Types {
		if !t.Valid() {
			return fmt.Errorf("export: filter: unknown relation type %q", t)
		}
	}
	for _, k := range f.Kinds {
		if !k.Valid() {
			return fmt.Errorf("export: filter: unknown actor kind %q", k)
		}
	}
	for _, a := range f.Actors {
		if a == "" {
			return errors.New("export: filter: empty actor in the actor set")
		}
	}
	if f.Depth < 0 {
		return fmt.Errorf("export: filter: negative depth %d", f.Depth)
	}
	if f.Depth > 0 && f.Actor == "" {
		return fmt.Errorf("export: filter: depth %d without an actor", f.Depth)
	}
	if !f.Since.IsZero() && !f.Until.IsZero() && f.Since.Compare(f.Until) > 0 {
		return fmt.Errorf("export: filter: since %s is after until %s", f.Since, f.Until)
	}
	if math.IsNaN(f.MinConfidence) || f.MinConfidence < 0 || f.MinConfidence > 1 {
		return fmt.Errorf("export: filter: min confidence %v outside [0, 1]", f.MinConfidence)
	}
	if f.MinWeight < 0 {
		return fmt.Errorf("export: filter: negative min weight %d", f.MinWeight)
	}
	if f.Top < 0 {
		return fmt.Errorf("export: filter: negative top %d", f.Top)
	}
	return nil
}

// normTypes returns the types in the order of graph.RelTypes, once each.
func normTypes(ts []graph.RelType) []graph.RelType {
	var out []graph.RelType
	for _, t := range graph.RelTypes {
		if slices.Contains(ts, t) {
			out = append(out, t)
		}
	}
	return out
}

// normKinds returns the kinds in the order of graph.Kinds, once each.
func normKinds(ks []graph.Kind) []graph.Kind {
	var out []graph.Kind
	for _, k := range graph.Kinds {
		if slices.Contains(ks, k) {
			out = append(out, k)
		}
	}
	return out
}

// kindOK reports whether an actor of kind k passes the Kinds filter.
func (p *plan) kindOK(k graph.Kind) bool {
	return len(p.f.Kinds) == 0 || slices.Contains(p.f.Kinds, k)
}

// eachRelation calls fn for every exported relation in (from, type, to)
// order. When the export is limited to a set of actors, the relations are
// read actor by actor (the relations leaving each member, members in id
// order), which gives the same order without scanning the whole graph.
func (p *plan) eachRelation(ctx context.Context, r Reader, fn func(*graph.Relation) error) error {
	if p.set == nil {
		return r.EachRelation(ctx, p.rf, fn)
	}
	for _, id := range p.setIDs {
		rf := p.rf
		rf.From = id
		err := r.EachRelation(ctx, rf, func(rel *graph.Relation) error {
			if rel.From != id {
				return nil // a symmetric relation, met again from its other end
			}
			return fn(rel)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// eachNode calls fn for every exported actor in id order. Without
// Isolated, a first pass over the relations collects the ids of their ends
// (a set of ids is all the export holds in memory).
func (p *plan) eachNode(ctx context.Context, r Reader, fn func(*graph.Actor) error) error {
	var ends []string
	if !p.f.Isolated {
		set := map[string]bool{}
		err := p.eachRelation(ctx, r, func(rel *graph.Relation) error {
			set[rel.From], set[rel.To] = true, true
			return nil
		})
		if err != nil {
			return err
		}
		ends = make([]string, 0, len(set))
		for id := range set {
			ends = append(ends, id)
		}
		sort.Strings(ends)
	}
	return p.eachNodeIn(ctx, r, ends, fn)
}

// eachNodeIn calls fn for every exported actor in id order: those of ends
// (the sorted ends of the exported relations) without Isolated; with it,
// every actor of the set (or of the graph) matching Kinds.
func (p *plan) eachNodeIn(ctx context.Context, r Reader, ends []string, fn func(*graph.Actor) error) error {
	if p.f.Isolated && p.set == nil {
		return r.EachActor(ctx, graph.ActorQuery{}, func(a *graph.Actor) error {
			if !p.kindOK(a.Kind) {
				return nil
			}
			return fn(a)
		})
	}
	ids := ends
	if p.f.Isolated {
		ids = p.setIDs
	}
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, err := r.Actor(ctx, id)
		if err != nil {
			return fmt.Errorf("actor %s: %w", id, err)
		}
		if p.f.Isolated && !p.kindOK(a.Kind) {
			continue
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

// filterJSON is the filter as the exports record it.
type filterJSON struct {
	Types          []graph.RelType `json:"types"`
	Kinds          []graph.Kind    `json:"kinds"`
	Actors         []string        `json:"actors"`
	Actor          nullString      `json:"actor"`
	Depth          int             `json:"depth"`
	Since          graph.Date      `json:"since"`
	Until          graph.Date      `json:"until"`
	MinConfidence  float64         `json:"min_confidence"`
	MinWeight      int             `json:"min_weight"`
	ExcludeHedged  bool            `json:"exclude_hedged"`
	IncludeNegated bool            `json:"include_negated"`
	Top            int             `json:"top"`
	Isolated       bool            `json:"isolated"`
}

// record returns what was applied: types and kinds in their canonical
// order, the actors as resolved (sorted) and the effective depth.
func (p *plan) record() filterJSON {
	fj := filterJSON{Types: p.f.Types, Kinds: p.f.Kinds, Actors: p.f.Actors, Actor: nullString(p.center), Depth: p.f.Depth,
		Since: p.f.Since, Until: p.f.Until, MinConfidence: p.f.MinConfidence, MinWeight: p.f.MinWeight,
		ExcludeHedged: p.f.ExcludeHedged, IncludeNegated: p.f.IncludeNegated, Top: p.f.Top, Isolated: p.f.Isolated}
	if fj.Types == nil {
		fj.Types = []graph.RelType{}
	}
	if fj.Kinds == nil {
		fj.Kinds = []graph.Kind{}
	}
	if fj.Actors == nil {
		fj.Actors = []string{}
	}
	return fj
}

// nullString is a string written as JSON null when empty.
type nullString string

// MarshalJSON writes the string, or null when it is empty.
func (s nullString) MarshalJSON() ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return marshalString(string(s)), nil
}

// marshalString returns s as a JSON string, with <, > and & left as they
// are (the exports are data, not HTML) and invalid UTF-8 replaced by U+FFFD.
func marshalString(s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
