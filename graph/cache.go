package graph

// This file keeps, across the writer's batches, the records ingestion
// reads most: the decision log's state (redirects, curations, curated
// aliases), actor records (decoded), relation aggregates (their bytes) and
// the counters (decoded, with their JSON). Without it, every batch reads again from Badger the records of the hub
// actors and relations that nearly every article touches.
//
// Why it is correct:
//   - Only the writer goroutine writes the store, and only it uses the
//     cache, so no lock is needed and nothing changes the records behind
//     its back (except Store.DB, documented as bypassing every invariant).
//   - The cache holds committed state only. An ingest batch takes its
//     entries and may change them in place; when the batch commits, the
//     entries are what it wrote; when it fails in any way (an error, a
//     panic, a failed commit), the whole cache is dropped.
//   - Curation decisions (and the re-resolution they start, and the
//     resumption of an interrupted one at Open) do not use the cache and
//     drop it when they are done: they change the log's state, and what
//     they write is read from Badger again by the next batch.
//   - A rebuild writes a fresh store; check only reads.
//
// The actor and relation caches are bounded by an estimate of their
// memory (writerCacheBudget): when one exceeds it, entries taken at
// random go until it is down to three quarters, so the memory of a load
// does not grow with the corpus beyond the budget.

// memoLimit bounds the entries of the slug and fold memos.
const memoLimit = 1 << 16

// writerCacheBudget bounds the estimated bytes of the actor and of the
// relation cache, each.
const writerCacheBudget = 48 << 20

type writerCache struct {
	redirs map[string]string
	curs   map[string]*curation
	calias map[string]string

	// slugs and folds remember Slug and Fold (pure functions) of the
	// names of the claims; each is emptied at memoLimit entries.
	slugs, folds map[string]string

	actors     map[string]*cachedActor
	actorBytes int
	rels       map[RelKey]*cachedRel
	relBytes   int

	// stats is the committed counters' record, decoded, and statsJSON its
	// value (nil when not known).
	stats     *Stats
	statsJSON []byte
}

// cachedActor is an actor's committed record (nil when it has none) with
// the kind and folded forms its index keys hold.
type cachedActor struct {
	rec   *actorRec
	kind  Kind
	folds map[string]bool
	size  int
}

// cachedRel is a relation's committed value (nil when it has none). Only
// the bytes are kept, decoded again on use: a decoded aggregate with its
// map of outlets takes several times the memory, and decoding is cheap
// next to a read from Badger.
type cachedRel struct {
	value []byte
}

func newWriterCache() *writerCache {
	c := &writerCache{}
	c.reset()
	return c
}

// reset drops everything.
func (c *writerCache) reset() {
	c.redirs, c.curs, c.calias = map[string]string{}, map[string]*curation{}, map[string]string{}
	c.actors, c.actorBytes = map[string]*cachedActor{}, 0
	c.rels, c.relBytes = map[RelKey]*cachedRel{}, 0
	c.stats, c.statsJSON = nil, nil
	if c.slugs == nil { // pure functions: they survive resets
		c.slugs, c.folds = map[string]string{}, map[string]string{}
	}
}

// memo returns f(s), remembered in m.
func memo(m map[string]string, f func(string) string, s string) string {
	if v, ok := m[s]; ok {
		return v
	}
	v := f(s)
	if len(m) >= memoLimit {
		clear(m)
	}
	m[s] = v
	return v
}

// slug and fold make an ingest batch a textMemo.
func (b *batch) slug(s string) string {
	if b.cache == nil {
		return Slug(s)
	}
	return memo(b.cache.slugs, Slug, s)
}

func (b *batch) fold(s string) string {
	if b.cache == nil {
		return Fold(s)
	}
	return memo(b.cache.folds, Fold, s)
}

var _ textMemo = (*batch)(nil)

// committed records what a committed batch wrote: its actor records and
// relation aggregates become the cached committed state.
func (c *writerCache) committed(b *batch) {
	for id, e := range b.actors {
		ca := c.actors[id] // updated in place: a hub is in every batch
		if ca != nil {
			c.actorBytes -= ca.size
		} else {
			ca = &cachedActor{}
			c.actors[id] = ca
		}
		*ca = cachedActor{kind: e.newKind, folds: e.newFolds, size: 256 + 4*e.size}
		if !e.cur.empty() {
			ca.rec = e.cur
		}
		c.actorBytes += ca.size
	}
	if c.actorBytes > writerCacheBudget {
		for id, a := range c.actors { // in Go's random map order
			if c.actorBytes <= writerCacheBudget*3/4 {
				break
			}
			delete(c.actors, id)
			c.actorBytes -= a.size
		}
	}
	if b.stats != nil && b.newStats != nil {
		c.stats, c.statsJSON = b.stats, b.newStats // the batch is done with them
	}
	for k, e := range b.rels {
		// The entry the batch started from; without one, the relation was
		// not cached when the batch took it, and nothing caches it since.
		cr := e.cached
		if cr != nil {
			c.relBytes -= relCacheSize(k, cr)
		} else {
			cr = &cachedRel{}
			c.rels[k] = cr
		}
		cr.value = nil
		if !e.cur.empty() {
			cr.value = e.newValue
		}
		c.relBytes += relCacheSize(k, cr)
	}
	if c.relBytes > writerCacheBudget {
		for k, r := range c.rels {
			if c.relBytes <= writerCacheBudget*3/4 {
				break
			}
			delete(c.rels, k)
			c.relBytes -= relCacheSize(k, r)
		}
	}
}

// relCacheSize estimates the memory of a cached relation: its key and
// value, and the map's entry.
func relCacheSize(k RelKey, c *cachedRel) int {
	return 96 + len(k.From) + len(k.To) + cap(c.value)
}
