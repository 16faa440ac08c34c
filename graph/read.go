package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/actorgraph/actorgraph/graph/internal/keys"
)

// Tx is a consistent, read-only view of the store: everything read through
// one Tx sees the graph as it was when the Tx began, whatever is written
// meanwhile. A Tx is valid only inside the function given to [Store.View]
// and must not be used from several goroutines at once.
type Tx struct {
	txn   *badger.Txn
	kinds map[string]Kind
	older bool // the store holds the older layout (Options.OlderLayout)
}

// View runs fn with a read-only view of the store.
func (s *Store) View(ctx context.Context, fn func(*Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.closeMu.RLock()
	closed := s.closed
	s.closeMu.RUnlock()
	if closed {
		return fmt.Errorf("graph: read: %w", ErrClosed)
	}
	return s.db.View(func(txn *badger.Txn) error {
		return fn(&Tx{txn: txn, kinds: map[string]Kind{}, older: s.older})
	})
}

func (tx *Tx) get(k []byte, v any) (bool, error) { return getJSON(tx.txn, k, v) }

func (tx *Tx) exists(k []byte) (bool, error) {
	_, err := tx.txn.Get(k)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	return err == nil, err
}

// Resolve follows merge redirects from id and returns the live id.
func (tx *Tx) Resolve(ctx context.Context, id string) (string, error) {
	cur := id
	for range 32 {
		item, err := tx.txn.Get(keys.RedirectKey(cur))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return cur, nil
		}
		if err != nil {
			return "", err
		}
		next, err := item.ValueCopy(nil)
		if err != nil {
			return "", err
		}
		cur = string(next)
	}
	return cur, nil
}

// Actor returns the actor with this id, following merge redirects. It
// returns an error wrapping ErrNotFound when there is none.
func (tx *Tx) Actor(ctx context.Context, id string) (*Actor, error) {
	live, err := tx.Resolve(ctx, id)
	if err != nil {
		return nil, err
	}
	rec, found, err := getRecord(tx.txn, keys.ActorKey(live), decodeActor)
	if err != nil {
		return nil, fmt.Errorf("graph: actor %s: %w", id, err)
	}
	if !found {
		return nil, fmt.Errorf("graph: actor %q: %w", id, ErrNotFound)
	}
	c, err := tx.curation(live)
	if err != nil {
		return nil, err
	}
	return rec.view(c), nil
}

// A Tx reads the decision log's state; it cannot change it.
var _ curState = (*Tx)(nil)

func (tx *Tx) redirect(id string) (string, error) { return getString(tx.txn, keys.RedirectKey(id)) }

func (tx *Tx) curation(id string) (*curation, error) {
	c := &curation{}
	_, err := tx.get(keys.CurationKey(id), c)
	return c, err
}

func (tx *Tx) curatedAlias(folded string) (string, error) {
	if folded == "" {
		return "", nil
	}
	return getString(tx.txn, keys.CuratedKey(folded))
}

func (tx *Tx) setRedirect(string, string) error     { return ErrReadOnly }
func (tx *Tx) setCuration(string, *curation) error  { return ErrReadOnly }
func (tx *Tx) setCuratedAlias(string, string) error { return ErrReadOnly }

// kind returns an actor's kind, cached for the Tx; "" when it does not exist.
func (tx *Tx) kind(id string) (Kind, error) {
	if k, ok := tx.kinds[id]; ok {
		return k, nil
	}
	rec, found, err := getRecord(tx.txn, keys.ActorKey(id), decodeActor)
	if err != nil {
		return "", err
	}
	var k Kind
	if found {
		c, err := tx.curation(id)
		if err != nil {
			return "", err
		}
		k = rec.kindWith(c)
	}
	tx.kinds[id] = k
	return k, nil
}

// FindActors returns the actors whose id, name or an alias folds ([Fold])
// to the same form as name, in id order: "Goita" finds "Goïta".
func (tx *Tx) FindActors(ctx context.Context, name string) ([]*Actor, error) {
	f := Fold(name)
	if f == "" {
		return nil, nil
	}
	ids := map[string]bool{}
	prefix := keys.AliasExact(f)
	it := tx.txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		ids[string(it.Item().Key()[len(prefix):])] = true
	}
	it.Close()
	if ValidID(name) {
		if ok, err := tx.exists(keys.ActorKey(name)); err != nil {
			return nil, err
		} else if ok {
			ids[name] = true
		}
	}
	var out []*Actor
	for _, id := range sortedKeys(ids) {
		a, err := tx.Actor(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// ActorQuery selects actors. The zero value selects all, in id order.
type ActorQuery struct {
	Kind   Kind   // only actors of this kind
	Search string // only actors with a name or alias starting with this (folded) text
	After  string // only ids after this one (a page cursor)
	Limit  int    // at most this many; 0 means no limit
}

// ActorPage is one page of actors.
type ActorPage struct {
	Actors  []*Actor
	Total   int  // actors matching, over all pages
	HasMore bool // more actors follow the last of this page
}

// Actors returns the actors matching q, in id order.
func (tx *Tx) Actors(ctx context.Context, q ActorQuery) (*ActorPage, error) {
	ids, err := tx.actorIDs(ctx, q)
	if err != nil {
		return nil, err
	}
	page := &ActorPage{Total: len(ids)}
	start := sort.SearchStrings(ids, q.After)
	if q.After != "" && start < len(ids) && ids[start] == q.After {
		start++
	}
	ids = ids[start:]
	if q.Limit > 0 && len(ids) > q.Limit {
		ids, page.HasMore = ids[:q.Limit], true
	}
	for _, id := range ids {
		a, err := tx.Actor(ctx, id)
		if err != nil {
			return nil, err
		}
		page.Actors = append(page.Actors, a)
	}
	return page, nil
}

// actorIDs returns the sorted ids matching the kind and search of q.
func (tx *Tx) actorIDs(ctx context.Context, q ActorQuery) ([]string, error) {
	var ids []string
	if q.Search != "" {
		set := map[string]bool{}
		prefix := keys.AliasPrefix(Fold(q.Search))
		it := tx.txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
			k := it.Item().Key()
			set[string(k[bytes.LastIndexByte(k, keys.Sep)+1:])] = true
		}
		it.Close()
		for _, id := range sortedKeys(set) {
			if q.Kind != "" {
				k, err := tx.kind(id)
				if err != nil {
					return nil, err
				}
				if k != q.Kind {
					continue
				}
			}
			ids = append(ids, id)
		}
		return ids, ctx.Err()
	}
	prefix := keys.Actor
	if q.Kind != "" {
		prefix = keys.KindPrefix(string(q.Kind))
	}
	it := tx.txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		ids = append(ids, string(it.Item().Key()[len(prefix):]))
	}
	return ids, ctx.Err()
}

// EachActor calls fn for every actor matching q (After and Limit apply),
// in id order, stopping at fn's first error.
func (tx *Tx) EachActor(ctx context.Context, q ActorQuery, fn func(*Actor) error) error {
	if q.Search != "" || q.Kind != "" {
		page, err := tx.Actors(ctx, q)
		if err != nil {
			return err
		}
		for _, a := range page.Actors {
			if err := fn(a); err != nil {
				return err
			}
		}
		return nil
	}
	prefix := keys.Actor
	it := tx.txn.NewIterator(badger.IteratorOptions{Prefix: prefix}) // small values, read in place
	defer it.Close()
	seek := prefix
	if q.After != "" {
		seek = append(keys.ActorKey(q.After), 0)
	}
	n := 0
	for it.Seek(seek); it.ValidForPrefix(prefix); it.Next() {
		if q.Limit > 0 && n >= q.Limit {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		var rec *actorRec
		if err := it.Item().Value(func(v []byte) (err error) { rec, err = decodeActor(v); return err }); err != nil {
			return fmt.Errorf("graph: decode actor %q: %w", it.Item().Key(), err)
		}
		n++
		c, err := tx.curation(rec.ID)
		if err != nil {
			return err
		}
		if err := fn(rec.view(c)); err != nil {
			return err
		}
	}
	return nil
}

// RelationFilter selects relations and says which evidence counts. The
// zero value selects every edge (relations with non-negated evidence),
// counting all its evidence. Filters mean the same in every read and export.
type RelationFilter struct {
	Types []RelType // only these types; empty means all
	// Actor keeps relations with this actor at either end.
	Actor string
	// From and To keep relations with these ends; a symmetric relation
	// matches in either order.
	From, To string
	// Kinds keeps relations whose two ends both have one of these kinds.
	Kinds []Kind
	// Actors keeps relations whose two ends are both in the set; nil means any.
	Actors map[string]bool
	// Since and Until keep only evidence whose date falls in the period
	// (see [Date.In]); a relation with none left is not returned.
	Since, Until Date
	// MinConfidence and MinWeight drop weaker relations.
	MinConfidence float64
	MinWeight     int
	// ExcludeHedged counts only asserted (and negated) evidence.
	ExcludeHedged bool
	// IncludeNegated also returns relations whose counted evidence is all negated.
	IncludeNegated bool
}

// recounts reports whether the filter changes which evidence counts, so
// aggregates must be recomputed from the evidence index.
func (f *RelationFilter) recounts() bool {
	return !f.Since.IsZero() || !f.Until.IsZero() || f.ExcludeHedged
}

func (f *RelationFilter) typeOK(t RelType) bool {
	return len(f.Types) == 0 || slices.Contains(f.Types, t)
}

// endsOK checks the end, kind and set conditions of f on a relation key.
func (tx *Tx) endsOK(f *RelationFilter, k RelKey) (bool, error) {
	if !f.typeOK(k.Type) {
		return false, nil
	}
	sym := k.Type.Symmetric()
	if f.Actor != "" && k.From != f.Actor && k.To != f.Actor {
		return false, nil
	}
	if f.From != "" && k.From != f.From && !(sym && k.To == f.From) {
		return false, nil
	}
	if f.To != "" && k.To != f.To && !(sym && k.From == f.To) {
		return false, nil
	}
	if f.From != "" && f.To != "" && sym && !((k.From == f.From && k.To == f.To) || (k.From == f.To && k.To == f.From)) {
		return false, nil
	}
	if f.Actors != nil && (!f.Actors[k.From] || !f.Actors[k.To]) {
		return false, nil
	}
	if len(f.Kinds) > 0 {
		for _, id := range []string{k.From, k.To} {
			kd, err := tx.kind(id)
			if err != nil {
				return false, err
			}
			if !slices.Contains(f.Kinds, kd) {
				return false, nil
			}
		}
	}
	return true, nil
}

// relation returns the relation at k as f counts it, or nil when f drops
// it. stored is its o/ or i/ value when the caller has read it (nil to
// read it here).
func (tx *Tx) relation(f *RelationFilter, k RelKey, stored []byte) (*Relation, error) {
	var r *Relation
	if f.recounts() {
		agg, err := tx.recount(k, f.Since, f.Until, f.ExcludeHedged)
		if err != nil {
			return nil, err
		}
		if agg.empty() {
			return nil, nil
		}
		r = agg.relation(k)
	} else {
		if stored == nil {
			item, err := tx.txn.Get(keys.OutKey(k.From, string(k.Type), k.To))
			if errors.Is(err, badger.ErrKeyNotFound) {
				return nil, nil
			}
			if err != nil {
				return nil, err
			}
			err = item.Value(func(v []byte) (err error) { r, err = decodeRelation(k, v); return err })
			if err != nil {
				return nil, err
			}
		} else {
			var err error
			if r, err = decodeRelation(k, stored); err != nil {
				return nil, err
			}
		}
	}
	if !f.keepsStored(r) {
		return nil, nil
	}
	return r, nil
}

// keepsStored reports whether f keeps a relation with these counts.
func (f *RelationFilter) keepsStored(r *Relation) bool {
	switch {
	case r.Articles <= 0:
		return false
	case !r.Edge() && !f.IncludeNegated:
		return false
	case r.Confidence < f.MinConfidence || r.Weight < f.MinWeight:
		return false
	}
	return true
}

// recount computes a relation's aggregate from the evidence in a period.
func (tx *Tx) recount(k RelKey, since, until Date, excludeHedged bool) (*relAgg, error) {
	prefix := keys.RelPrefix(k.From, string(k.Type), k.To)
	seek := prefix
	if !since.IsZero() {
		seek = append(append([]byte(nil), prefix...), Date{Year: since.Year}.Key()...)
	}
	var stop string
	if !until.IsZero() {
		stop = until.last().Key()
	}
	contribs := map[keys.Art]*relContrib{}
	var order []keys.Art
	it := tx.txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	for it.Seek(seek); it.ValidForPrefix(prefix); it.Next() {
		key := it.Item().Key()
		rest := key[len(prefix):]
		d8 := string(rest[:8])
		if stop != "" && d8 > stop {
			break
		}
		d, err := ParseDateKey(d8)
		if err != nil {
			return nil, err
		}
		if !d.In(since, until) {
			continue
		}
		var sum evSummary
		if err := it.Item().Value(func(v []byte) (err error) { sum, err = decodeEvSummary(v); return }); err != nil {
			return nil, err
		}
		if excludeHedged && sum.Hedged && !sum.Negated {
			continue
		}
		var art keys.Art
		copy(art[:], rest[8:8+keys.ArtLen])
		c := contribs[art]
		if c == nil {
			c = &relContrib{}
			contribs[art] = c
			order = append(order, art)
		}
		c.addEvidence(sum, d)
	}
	agg := &relAgg{}
	for _, a := range order {
		agg.add(contribs[a], +1)
	}
	return agg, nil
}

// Relation returns one relation as f counts it (f may be nil), with the
// ends of a symmetric type in either order. It returns an error wrapping
// ErrNotFound when there is no such relation or f drops it.
func (tx *Tx) Relation(ctx context.Context, from string, t RelType, to string, f *RelationFilter) (*Relation, error) {
	if f == nil {
		f = &RelationFilter{IncludeNegated: true}
	}
	k := RelKey{from, t, to}.Canonical()
	r, err := tx.relation(f, k, nil)
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, fmt.Errorf("graph: relation %s: %w", k, ErrNotFound)
	}
	return r, nil
}

// EachRelation calls fn for every relation f selects, in (from, type, to)
// order, stopping at fn's first error.
func (tx *Tx) EachRelation(ctx context.Context, f RelationFilter, fn func(*Relation) error) error {
	return tx.EachRelationAfter(ctx, f, RelKey{}, fn)
}

// EachRelationAfter is [Tx.EachRelation] starting after the relation
// after (a page cursor: the key of the last relation of the previous
// page, which need not exist any more); the zero RelKey starts at the
// beginning. It seeks to the cursor instead of reading what precedes it.
func (tx *Tx) EachRelationAfter(ctx context.Context, f RelationFilter, after RelKey, fn func(*Relation) error) error {
	started := after == RelKey{}
	anchor := f.Actor
	if anchor == "" {
		anchor = f.From
	}
	if anchor == "" && f.To != "" {
		anchor = f.To
	}
	if anchor != "" {
		rels, err := tx.incident(anchor)
		if err != nil {
			return err
		}
		for _, ir := range rels {
			if err := ctx.Err(); err != nil {
				return err
			}
			if !started && !relLess(after, ir.k) {
				continue
			}
			ok, err := tx.endsOK(&f, ir.k)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			r, err := tx.relation(&f, ir.k, ir.v)
			if err != nil {
				return err
			}
			if r != nil {
				if err := fn(r); err != nil {
					return err
				}
			}
		}
		return nil
	}
	prefix := keys.Out
	// (values are small and in the LSM tree: read in place, not prefetched)
	it := tx.txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	seek := prefix
	if !started {
		// The keys sort as (from, type, to) do: the parts are joined by
		// a byte below every byte of an id or a type.
		seek = append(keys.OutKey(after.From, string(after.Type), after.To), 0)
	}
	for it.Seek(seek); it.ValidForPrefix(prefix); it.Next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		pk, err := keys.Parse(it.Item().Key())
		if err != nil {
			return err
		}
		k := RelKey{pk.From, RelType(pk.RelType), pk.To}
		ok, err := tx.endsOK(&f, k)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		var r *Relation
		if f.recounts() {
			r, err = tx.relation(&f, k, nil)
		} else {
			err = it.Item().Value(func(v []byte) (err error) { r, err = tx.relation(&f, k, v); return err })
		}
		if err != nil {
			return err
		}
		if r != nil {
			if err := fn(r); err != nil {
				return err
			}
		}
	}
	return nil
}

// EvidenceFilter selects evidence records. The zero value selects all.
type EvidenceFilter struct {
	Since, Until   Date // only evidence dated in the period
	ExcludeHedged  bool // drop hedged (not negated) records
	ExcludeNegated bool // drop negated records
	After          *EvidenceCursor
	Limit          int // 0: no limit
}

// EvidenceCursor marks a position in a relation's evidence, for paging.
type EvidenceCursor struct {
	Date        Date
	Article     string
	Sentence, K int
}

// EachEvidence calls fn for the evidence of one relation, ordered by date
// (undated first), then article, sentence and index.
func (tx *Tx) EachEvidence(ctx context.Context, k RelKey, f EvidenceFilter, fn func(*Evidence) error) error {
	k = k.Canonical()
	prefix := keys.RelPrefix(k.From, string(k.Type), k.To)
	seek := prefix
	if f.After != nil {
		seek = append(keys.EvIndexKey(k.From, string(k.Type), k.To, f.After.Date.Key(), keys.ArtOf(f.After.Article), f.After.Sentence, f.After.K), 0)
	} else if !f.Since.IsZero() {
		seek = append(append([]byte(nil), prefix...), Date{Year: f.Since.Year}.Key()...)
	}
	it := tx.txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	n := 0
	for it.Seek(seek); it.ValidForPrefix(prefix); it.Next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		if f.Limit > 0 && n >= f.Limit {
			return nil
		}
		pk, err := keys.Parse(it.Item().Key())
		if err != nil {
			return err
		}
		d, err := ParseDateKey(pk.Date8)
		if err != nil {
			return err
		}
		if !d.In(f.Since, f.Until) {
			if !f.Until.IsZero() && d.first().Compare(f.Until.last()) > 0 {
				return nil
			}
			continue
		}
		var sum evSummary
		if err := it.Item().Value(func(v []byte) (err error) { sum, err = decodeEvSummary(v); return }); err != nil {
			return err
		}
		if (f.ExcludeNegated && sum.Negated) || (f.ExcludeHedged && sum.Hedged && !sum.Negated) {
			continue
		}
		e, found, err := getRecord(tx.txn, keys.EvidenceKey(pk.Art, pk.Sentence, pk.K), decodeEvidence)
		if err != nil {
			return err
		}
		if !found {
			return fmt.Errorf("graph: evidence index %q has no record (run actorgraph check)", it.Item().Key())
		}
		n++
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// Article returns the article with this id (without its text), or an
// error wrapping ErrNotFound.
func (tx *Tx) Article(ctx context.Context, id string) (*Article, error) {
	rec, found, err := getRecord(tx.txn, keys.ArticleKey(keys.ArtOf(id)), decodeArticle)
	if err != nil {
		return nil, err
	}
	if !found || rec.ID != id {
		return nil, fmt.Errorf("graph: article %q: %w", id, ErrNotFound)
	}
	return rec.article(), nil
}

// StoredClaims returns an article's claims as they were ingested (before
// resolution), with its article record and text: what re-resolution,
// unretract and rebuild start from. It returns nil, nil for a bare
// tombstone (an article retracted before it was loaded).
func (tx *Tx) StoredClaims(ctx context.Context, id string) (*Claims, error) {
	h := keys.ArtOf(id)
	rec, found, err := getRecord(tx.txn, keys.ArticleKey(h), tx.articleDecoder())
	if err != nil {
		return nil, err
	}
	if !found || rec.ID != id {
		return nil, fmt.Errorf("graph: article %q: %w", id, ErrNotFound)
	}
	if tx.older {
		return olderStoredClaims(tx.txn, h, rec)
	}
	return storedClaims(tx.txn, h, rec)
}

// ArticleText returns the stored text of an article and its claims as
// extracted (before resolution).
func (tx *Tx) ArticleText(ctx context.Context, id string) (string, *Claims, error) {
	if _, err := tx.Article(ctx, id); err != nil {
		return "", nil, err
	}
	t, found, err := getRecord(tx.txn, keys.TextKey(keys.ArtOf(id)), decodeText)
	if err != nil || !found {
		return "", nil, err
	}
	return t.Text, t.Claims, nil
}

// EachArticle calls fn for every article (retracted ones included), in
// the order of their key hashes — stable, but not alphabetical.
func (tx *Tx) EachArticle(ctx context.Context, fn func(*Article) error) error {
	return tx.eachArticle(ctx, keys.ArticleP, "", fn)
}

// EachArticleAfter is [Tx.EachArticle] starting after the article with id
// after (a page cursor): it seeks to it instead of reading what precedes
// it. It returns an error wrapping ErrNotFound when that article is gone.
func (tx *Tx) EachArticleAfter(ctx context.Context, after string, fn func(*Article) error) error {
	return tx.eachArticle(ctx, keys.ArticleKey(keys.ArtOf(after)), after, fn)
}

// eachArticle scans the articles from seek; when after is set, the first
// must be that article, and is skipped.
func (tx *Tx) eachArticle(ctx context.Context, seek []byte, after string, fn func(*Article) error) error {
	prefix := keys.ArticleP
	it := tx.txn.NewIterator(badger.IteratorOptions{Prefix: prefix}) // small values, read in place
	defer it.Close()
	decode := tx.articleDecoder()
	gone := fmt.Errorf("graph: article %q: %w", after, ErrNotFound)
	found := after == ""
	for it.Seek(seek); it.ValidForPrefix(prefix); it.Next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		var rec *articleRec
		if err := it.Item().Value(func(v []byte) (err error) { rec, err = decode(v); return err }); err != nil {
			return fmt.Errorf("graph: decode article %q: %w", it.Item().Key(), err)
		}
		if !found {
			if rec.ID != after {
				return gone
			}
			found = true
			continue
		}
		if err := fn(rec.article()); err != nil {
			return err
		}
	}
	if !found {
		return gone
	}
	return nil
}

// Stats returns the counters of the graph.
func (tx *Tx) Stats(ctx context.Context) (*Stats, error) {
	st := &Stats{}
	if _, err := tx.get(keys.Stats, st); err != nil {
		if errors.Is(err, errDecode) {
			return nil, fmt.Errorf("%w (the counters are derived: opening the database read-write, e.g. with actorgraph check, computes them again)", err)
		}
		return nil, err
	}
	st.init()
	return st, nil
}

// Store-level shortcuts: each runs one read in its own view.

// Actor returns the actor with this id; see [Tx.Actor].
func (s *Store) Actor(ctx context.Context, id string) (a *Actor, err error) {
	err = s.View(ctx, func(tx *Tx) error { a, err = tx.Actor(ctx, id); return err })
	return a, err
}

// FindActors returns the actors a name or alias designates; see [Tx.FindActors].
func (s *Store) FindActors(ctx context.Context, name string) (as []*Actor, err error) {
	err = s.View(ctx, func(tx *Tx) error { as, err = tx.FindActors(ctx, name); return err })
	return as, err
}

// Actors returns a page of actors; see [Tx.Actors].
func (s *Store) Actors(ctx context.Context, q ActorQuery) (p *ActorPage, err error) {
	err = s.View(ctx, func(tx *Tx) error { p, err = tx.Actors(ctx, q); return err })
	return p, err
}

// Relations returns the relations f selects, in (from, type, to) order.
func (s *Store) Relations(ctx context.Context, f RelationFilter) (rs []*Relation, err error) {
	err = s.View(ctx, func(tx *Tx) error {
		return tx.EachRelation(ctx, f, func(r *Relation) error { rs = append(rs, r); return nil })
	})
	return rs, err
}

// Relation returns one relation; see [Tx.Relation].
func (s *Store) Relation(ctx context.Context, from string, t RelType, to string) (r *Relation, err error) {
	err = s.View(ctx, func(tx *Tx) error { r, err = tx.Relation(ctx, from, t, to, nil); return err })
	return r, err
}

// Evidence returns a relation's evidence; see [Tx.EachEvidence].
func (s *Store) Evidence(ctx context.Context, k RelKey, f EvidenceFilter) (es []*Evidence, err error) {
	err = s.View(ctx, func(tx *Tx) error {
		return tx.EachEvidence(ctx, k, f, func(e *Evidence) error { es = append(es, e); return nil })
	})
	return es, err
}

// Article returns an article; see [Tx.Article].
func (s *Store) Article(ctx context.Context, id string) (a *Article, err error) {
	err = s.View(ctx, func(tx *Tx) error { a, err = tx.Article(ctx, id); return err })
	return a, err
}

// Stats returns the counters of the graph.
func (s *Store) Stats(ctx context.Context) (st *Stats, err error) {
	err = s.View(ctx, func(tx *Tx) error { st, err = tx.Stats(ctx); return err })
	return st, err
}
