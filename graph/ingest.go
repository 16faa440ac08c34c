package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"sort"
	"unicode/utf8"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/actorgraph/actorgraph/graph/internal/keys"
)

// Status says what ingesting an article did.
type Status string

// The outcomes of [Store.Ingest].
const (
	StatusNew         Status = "new"         // an article not seen before
	StatusUpdated     Status = "updated"     // a new content hash: its evidence was replaced
	StatusReextracted Status = "reextracted" // same text, new extraction fingerprint: evidence replaced
	StatusUnchanged   Status = "unchanged"   // same id, hash and fingerprint: nothing written
	StatusRetracted   Status = "retracted"   // a retracted article: skipped until unretracted
)

// IngestResult reports what [Store.Ingest] did with one article.
type IngestResult struct {
	Article   string
	Status    Status
	Actors    int // actors the article mentions
	Relations int // distinct relations it has evidence for
	Evidence  int // evidence records stored
	// Rejected lists the claimed relations dropped for breaking the type rules.
	Rejected []*TypeRuleError
	// Dropped lists the claimed relations dropped because curation
	// decisions resolved both their ends to one actor.
	Dropped []RelKey
}

type writeOp int

const (
	opIngest writeOp = iota
	opDecide
	opNoop      // writes nothing (tests hold the writer with it)
	opSkip      // moves a followed log's cursor past an unreadable entry
	opSetCursor // sets a followed log's cursor (a store built afresh)
)

type writeReq struct {
	ctx      context.Context
	op       writeOp
	claims   *Claims
	decision *Decision
	pending  bool // accept a decision about what is not loaded yet
	// validated says that the caller validated the claims already
	// (validateClaims), so the writer only resolves them
	validated bool
	// pre is what the caller computed of the claims (preIngest), or nil
	pre *preIngest
	// log, when set, is the request's place in a followed log (follow.go)
	log    *logPos
	skip   error   // why an opSkip entry is unreadable (follow.go)
	cursor *Cursor // the cursor an opSetCursor request sets
	res    chan writeResult
	dres   *DecisionResult // the decision's outcome, set before res is sent
	derr   error
}

type writeResult struct {
	r   IngestResult
	err error
}

func (r *writeReq) size() int {
	if r.claims == nil {
		return 64
	}
	return len(r.claims.Article.Text) + 256*len(r.claims.Relations) + 1024
}

// Ingest stores one article's claims, replacing what the article had
// before when its content hash or extraction fingerprint changed, and
// returns once the article is committed. Relations breaking the type rules
// are dropped and listed in the result; claims breaking the schema, an
// article above Options.MaxArticleBytes ([ErrTooLarge]) or a text that is
// not UTF-8 are refused whole. Ingest fills the derivable fields of c (see
// [Claims.Check]). Calls from several goroutines are committed together.
func (s *Store) Ingest(ctx context.Context, c *Claims) (IngestResult, error) {
	if c == nil {
		return IngestResult{}, fmt.Errorf("graph: ingest: nil claims: %w", ErrInvalidClaims)
	}
	if s.opts.ReadOnly {
		return IngestResult{}, fmt.Errorf("graph: write: %w", ErrReadOnly)
	}
	if err := validateClaims(c, s.opts.MaxArticleBytes); err != nil {
		return IngestResult{}, err // as the writer would have answered
	}
	return s.submit(ctx, &writeReq{ctx: ctx, op: opIngest, claims: c, validated: true, pre: s.preIngest(c)})
}

// preIngest is what the caller of Ingest computes of its article in its own
// goroutine, so that the one writer does not: the t/ record, which depends
// on the claims alone, and, while the store has no decision
// (Store.noDecisions), the claims resolved and the article's records
// (staged). The writer uses staged only if the store still has no decision
// when it applies the article, and resolves the claims again otherwise.
type preIngest struct {
	text   []byte
	staged *staged
}

// preIngest computes the preIngest of validated claims.
func (s *Store) preIngest(c *Claims) *preIngest {
	pre := &preIngest{text: textRecord(c)}
	if s.noDecisions.Load() {
		p, aerr, ferr := resolveClaims(noDecisions{}, c)
		if aerr == nil && ferr == nil { // else the writer finds the error again
			pre.staged = stageArticle(keys.ArtOf(p.article.ID), p)
		}
	}
	return pre
}

// noDecisions is the decision log's state of a store that has no
// decision: no redirect, curation or curated alias. Its curation is one
// shared empty record, which resolveClaims only reads. As a textMemo it
// slugs names but does not fold forms: resolveActor folds a form only to
// look it up in the state (curatedAlias, a curation's removed forms and
// splits), and every such look-up finds nothing here.
// TestStagedMatchesWriter holds it to the writer's resolution.
type noDecisions struct{}

var noCuration = &curation{}

func (noDecisions) slug(s string) string { return Slug(s) }
func (noDecisions) fold(s string) string { return s }

func (noDecisions) redirect(string) (string, error)      { return "", nil }
func (noDecisions) setRedirect(string, string) error     { return ErrReadOnly }
func (noDecisions) curation(string) (*curation, error)   { return noCuration, nil }
func (noDecisions) setCuration(string, *curation) error  { return ErrReadOnly }
func (noDecisions) curatedAlias(string) (string, error)  { return "", nil }
func (noDecisions) setCuratedAlias(string, string) error { return ErrReadOnly }
func (noDecisions) redirectsTo(string) ([]string, error) { return nil, nil }

func (s *Store) submit(ctx context.Context, req *writeReq) (IngestResult, error) {
	if s.opts.ReadOnly {
		return IngestResult{}, fmt.Errorf("graph: write: %w", ErrReadOnly)
	}
	if err := ctx.Err(); err != nil {
		return IngestResult{}, err
	}
	req.res = make(chan writeResult, 1)
	s.closeMu.RLock()
	if s.closed {
		s.closeMu.RUnlock()
		return IngestResult{}, fmt.Errorf("graph: write: %w", ErrClosed)
	}
	select {
	case s.reqs <- req:
	case <-ctx.Done():
		s.closeMu.RUnlock()
		return IngestResult{}, ctx.Err()
	}
	s.closeMu.RUnlock()
	res := <-req.res
	return res.r, res.err
}

// relEntry is a relation aggregate a batch changes. orig keeps the stored
// counts (no outlets) for the counters and origValue the stored value;
// orig is nil for a new relation.
type relEntry struct {
	orig, cur *relAgg
	origValue []byte
	newValue  []byte // the value flush wrote (origValue when unchanged)
	rescan    rescan
	cached    *cachedRel // the writer's cache entry it came from, if any
}

// actorEntry is an actor record a batch changes, with what the counters and
// indexes need of the stored record (origLive false for a new actor).
type actorEntry struct {
	cur       *actorRec
	origLive  bool
	origKind  Kind
	origFolds map[string]bool
	rescan    bool
	// what flush wrote: the kind and folded forms of the index keys, and
	// the size of the record
	newKind  Kind
	newFolds map[string]bool
	size     int
}

// batch is one write transaction with a cache of the derived records it
// touches, written once at flush.
type batch struct {
	s *Store
	// cache is the writer's cache of committed records when the batch is
	// an ingest batch that may use it (cache.go), else nil.
	cache  *writerCache
	txn    *badger.Txn
	bytes  int
	writes int
	log    []KV // every write, in order
	rels   map[RelKey]*relEntry
	actors map[string]*actorEntry
	stats  *Stats
	// origStats is the counters' record as read, newStats as flush left it
	origStats, newStats []byte
	// the batch's writes under scanned prefixes, and the snapshot it
	// scans them over (see overlay.go)
	ov   overlay
	snap *badger.Txn
	// caches of the decision log's state (r/, c/, u/)
	redirs map[string]string
	curs   map[string]*curation
	calias map[string]string
}

func (s *Store) newBatch(txn *badger.Txn) *batch {
	return &batch{s: s, txn: txn, rels: map[RelKey]*relEntry{}, actors: map[string]*actorEntry{},
		redirs: map[string]string{}, curs: map[string]*curation{}, calias: map[string]string{}}
}

// useCache makes the batch read through the writer's cache.
func (b *batch) useCache(c *writerCache) {
	b.cache = c
	b.redirs, b.curs, b.calias = c.redirs, c.curs, c.calias
}

// getRecord reads and decodes a binary record; found is false when the
// key is absent.
func getRecord[T any](txn *badger.Txn, k []byte, decode func([]byte) (T, error)) (v T, found bool, err error) {
	item, err := txn.Get(k)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return v, false, nil
	}
	if err != nil {
		return v, false, err
	}
	err = item.Value(func(b []byte) (err error) { v, err = decode(b); return err })
	if err != nil {
		return v, false, fmt.Errorf("graph: %w %q: %w", errDecode, k, err)
	}
	return v, true, nil
}

// getJSON reads a JSON value; found is false when the key is absent.
func getJSON(txn *badger.Txn, k []byte, v any) (bool, error) {
	item, err := txn.Get(k)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	err = item.Value(func(b []byte) error { return json.Unmarshal(b, v) })
	if err != nil {
		return false, fmt.Errorf("graph: %w %q: %w", errDecode, k, err)
	}
	return true, nil
}

// errDecode marks an error decoding a stored record (getRecord, getJSON).
var errDecode = errors.New("decode")

func (b *batch) rel(k RelKey) (*relEntry, error) {
	if e, ok := b.rels[k]; ok {
		return e, nil
	}
	if b.cache != nil {
		if c, ok := b.cache.rels[k]; ok {
			e := &relEntry{cached: c}
			if c.value != nil {
				cur, err := decodeRelAgg(c.value)
				if err != nil {
					return nil, fmt.Errorf("graph: decode cached %s: %w", k, err)
				}
				e.cur, e.origValue = cur, c.value
				e.orig = &relAgg{Asserted: cur.Asserted, Hedged: cur.Hedged, Negated: cur.Negated, Articles: cur.Articles}
			} else {
				e.cur = &relAgg{}
			}
			b.rels[k] = e
			return e, nil
		}
	}
	e := &relEntry{cur: &relAgg{}}
	var orig []byte
	cur, found, err := batchRecord(b, keys.OutKey(k.From, string(k.Type), k.To), func(v []byte) (*relAgg, error) {
		orig = v
		return decodeRelAgg(v)
	})
	if err != nil {
		return nil, err
	}
	if found {
		e.cur, e.origValue = cur, orig
		e.orig = &relAgg{Asserted: e.cur.Asserted, Hedged: e.cur.Hedged, Negated: e.cur.Negated, Articles: e.cur.Articles}
	}
	b.rels[k] = e
	return e, nil
}

func (b *batch) actor(id string) (*actorEntry, error) {
	if e, ok := b.actors[id]; ok {
		return e, nil
	}
	if b.cache != nil {
		if c, ok := b.cache.actors[id]; ok {
			e := &actorEntry{cur: c.rec, origLive: true, origKind: c.kind, origFolds: c.folds}
			if c.rec == nil {
				e = &actorEntry{cur: newActorRec(id), origFolds: map[string]bool{}}
			}
			b.actors[id] = e
			return e, nil
		}
	}
	e := &actorEntry{cur: newActorRec(id), origFolds: map[string]bool{}}
	cur, found, err := batchRecord(b, keys.ActorKey(id), decodeActor)
	if err != nil {
		return nil, err
	}
	if found {
		e.cur = cur
	}
	if found && !e.cur.empty() {
		c, err := b.curation(id)
		if err != nil {
			return nil, err
		}
		e.origLive, e.origKind, e.origFolds = true, e.cur.kindWith(c), e.cur.foldsWith(c)
	}
	b.actors[id] = e
	return e, nil
}

func (b *batch) getStats() (*Stats, error) {
	if b.stats == nil && b.cache != nil && b.cache.stats != nil {
		st := *b.cache.stats
		st.ActorsByKind, st.RelationsByType = maps.Clone(st.ActorsByKind), maps.Clone(st.RelationsByType)
		st.init()
		b.stats, b.origStats = &st, b.cache.statsJSON
	}
	if b.stats == nil {
		b.stats = &Stats{}
		if _, err := batchJSON(b, keys.Stats, b.stats); err != nil {
			return nil, err
		}
		b.stats.init()
		b.origStats = marshal(b.stats)
	}
	return b.stats, nil
}

// getString reads a string value; "" when the key is absent.
func getString(txn *badger.Txn, k []byte) (string, error) {
	item, err := txn.Get(k)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	v, err := item.ValueCopy(nil)
	return string(v), err
}

// The batch keeps the decision log's state in keys: it is the store's
// curState.
var _ curState = (*batch)(nil)

func (b *batch) redirect(id string) (string, error) {
	if to, ok := b.redirs[id]; ok {
		return to, nil
	}
	to, err := b.getString(keys.RedirectKey(id))
	if err == nil {
		b.redirs[id] = to
	}
	return to, err
}

func (b *batch) setRedirect(id, to string) error {
	b.s.noDecisions.Store(false)
	b.redirs[id] = to
	if to == "" {
		return b.del(keys.RedirectKey(id))
	}
	return b.set(keys.RedirectKey(id), []byte(to))
}

func (b *batch) curation(id string) (*curation, error) {
	c, ok := b.curs[id]
	if !ok {
		c = &curation{}
		if _, err := batchJSON(b, keys.CurationKey(id), c); err != nil {
			return nil, err
		}
		b.curs[id] = c
	}
	if b.cache != nil {
		return c, nil // an ingest batch only reads curations
	}
	return c.clone(), nil
}

// setCuration writes an actor's curation. The actor's record is loaded
// first, so that its index entries under the old curation are known and
// the flush moves them.
func (b *batch) setCuration(id string, c *curation) error {
	b.s.noDecisions.Store(false)
	if _, err := b.actor(id); err != nil {
		return err
	}
	b.curs[id] = c.clone()
	if c.empty() {
		return b.del(keys.CurationKey(id))
	}
	return b.set(keys.CurationKey(id), marshal(c))
}

func (b *batch) curatedAlias(folded string) (string, error) {
	if id, ok := b.calias[folded]; ok {
		return id, nil
	}
	if folded == "" {
		return "", nil
	}
	id, err := b.getString(keys.CuratedKey(folded))
	if err == nil {
		b.calias[folded] = id
	}
	return id, err
}

func (b *batch) setCuratedAlias(folded, id string) error {
	b.s.noDecisions.Store(false)
	b.calias[folded] = id
	if id == "" {
		return b.del(keys.CuratedKey(folded))
	}
	return b.set(keys.CuratedKey(folded), []byte(id))
}

// prepared is an article's claims resolved to ids and evidence records.
type prepared struct {
	article  Article
	mentions map[string]*actorMention
	evidence []*Evidence
	rejected []*TypeRuleError
	dropped  []RelKey // relations whose ends resolved to one actor
}

func claimsDigest(c *Claims) string {
	return ContentHash(string(marshal(struct {
		A []ClaimActor
		R []ClaimRelation
	}{c.Actors, c.Relations})))
}

// prepare validates claims and resolves them through the decision log's
// state: a pure function of (claims, state). The second error is the
// article's own, the third is fatal.
func prepare(st curState, c *Claims, maxBytes int) (*prepared, error, error) {
	if err := validateClaims(c, maxBytes); err != nil {
		return nil, err, nil
	}
	return resolveClaims(st, c)
}

// validateClaims checks claims against the schema and the limits and fills
// what derives from them alone (see [Claims.Check], and the content hash
// and fingerprint of claims that lack them). It depends on nothing stored,
// so Ingest runs it in the caller's goroutine, not in the writer's.
func validateClaims(c *Claims, maxBytes int) error {
	validUTF8(c)
	if _, err := c.Check(); err != nil {
		return err
	}
	a := &c.Article
	if len(a.Text) > maxBytes {
		return fmt.Errorf("%w: %d bytes of text, the limit is %d", ErrTooLarge, len(a.Text), maxBytes)
	}
	if !utf8.ValidString(a.Text) {
		return fmt.Errorf("%w: article text is not valid UTF-8", ErrInvalidClaims)
	}
	var digest string // claimsDigest(c), computed once
	if a.ContentHash == "" {
		digest = claimsDigest(c)
		a.ContentHash = digest
	}
	if a.Fingerprint == "" {
		// Claims without a fingerprint: with text, the claims themselves
		// are the extraction, so their digest is the fingerprint; without
		// text, the content hash is already their digest.
		a.Fingerprint = "claims/1"
		if a.Text != "" {
			if digest == "" {
				digest = claimsDigest(c)
			}
			a.Fingerprint += ":" + digest[:16]
		}
	}
	return nil
}

// validUTF8 replaces each invalid UTF-8 byte in the names, aliases and
// evidence strings of c by U+FFFD, as encoding/json would (the records
// were JSON before layout 3): every record and export then holds the same
// valid text. (An article's text must be valid UTF-8:
// it is refused otherwise.)
func validUTF8(c *Claims) {
	fix := func(s *string) {
		if !utf8.ValidString(*s) {
			*s = string([]rune(*s)) // each invalid byte becomes U+FFFD
		}
	}
	a := &c.Article
	for _, f := range []*string{&a.Title, &a.Outlet, &a.URL, &a.Lang} {
		fix(f)
	}
	for i := range c.Actors {
		ca := &c.Actors[i]
		fix(&ca.Name)
		for j := range ca.Aliases {
			fix(&ca.Aliases[j])
		}
		for j := range ca.Surface {
			fix(&ca.Surface[j])
		}
	}
	for i := range c.Relations {
		for j := range c.Relations[i].Evidence {
			e := &c.Relations[i].Evidence[j]
			for _, f := range []*string{&e.Sentence, &e.Attribution, &e.Trigger, &e.Rule, &e.Supplied, &e.Extractor} {
				fix(f)
			}
		}
	}
}

// resolveClaims resolves validated claims through the decision log's state.
func resolveClaims(st curState, c *Claims) (*prepared, error, error) {
	a := c.Article
	p := &prepared{article: a, mentions: map[string]*actorMention{}}
	ids := make([]string, len(c.Actors))
	kinds := make([]Kind, len(c.Actors))
	for i, ca := range c.Actors {
		id, overruled, err := resolveActor(st, &c.Actors[i], a.ID)
		if err != nil {
			return nil, nil, err
		}
		if overruled {
			ca = surfaceActor(&c.Actors[i])
		}
		ids[i] = id
		cur, err := st.curation(id)
		if err != nil {
			return nil, nil, err
		}
		kinds[i] = ca.Kind
		if cur.Kind != "" {
			kinds[i] = cur.Kind
		}
		m := p.mentions[id]
		if m == nil {
			src := ca.Source
			if src == "" {
				src = SourceExtracted
			}
			m = &actorMention{Name: ca.Name, Kind: ca.Kind, Source: src, Country: ca.Country, Wikidata: ca.Wikidata, SuccessorOf: ca.SuccessorOf}
			p.mentions[id] = m
		}
		m.Aliases = append(m.Aliases, ca.Aliases...)
		if ca.Name != m.Name {
			m.Aliases = append(m.Aliases, ca.Name)
		}
		n := ca.Mentions
		if n <= 0 {
			n = 1
		}
		m.Mentions += n
	}
	for _, m := range p.mentions {
		m.Aliases = uniqueSorted(m.Aliases, m.Name)
	}
	type sentKey struct {
		start, end int
		text       string
	}
	sentOf := map[sentKey]int{}
	used := map[int]bool{}
	// Reserve the explicit indexes first, so that a sentence numbered in
	// order of appearance never takes the index of a later explicit one.
	for _, r := range c.Relations {
		for _, ce := range r.Evidence {
			if ce.SentenceIndex != nil {
				used[*ce.SentenceIndex] = true
			}
		}
	}
	next := 0
	kOf := map[int]int{}
	seen := map[struct {
		sent int
		rel  RelKey
	}]bool{}
	for _, r := range c.Relations {
		fi, _ := c.lookup(r.From)
		ti, _ := c.lookup(r.To)
		from, to := ids[fi], ids[ti]
		fk, tk := kinds[fi], kinds[ti]
		if from == to {
			p.dropped = append(p.dropped, RelKey{from, r.Type, to})
			continue
		}
		if !r.Type.Allows(fk, tk) {
			p.rejected = append(p.rejected, &TypeRuleError{From: from, FromKind: fk, Type: r.Type, To: to, ToKind: tk})
			continue
		}
		key := RelKey{from, r.Type, to}.Canonical()
		evs := r.Evidence
		if len(evs) == 0 {
			evs = []ClaimEvidence{{}}
		}
		for _, ce := range evs {
			var sent int
			if ce.SentenceIndex != nil {
				sent = *ce.SentenceIndex
			} else {
				sk := sentKey{ce.Start, ce.End, ce.Sentence}
				s, ok := sentOf[sk]
				if !ok {
					for used[next] {
						next++
					}
					s = next
					sentOf[sk] = s
				}
				sent = s
			}
			used[sent] = true
			id := struct {
				sent int
				rel  RelKey
			}{sent, key}
			if seen[id] {
				continue
			}
			seen[id] = true
			k := kOf[sent]
			kOf[sent]++
			if k > keys.MaxK || sent > keys.MaxSentence {
				return nil, fmt.Errorf("%w: too many evidence records in sentence %d", ErrInvalidClaims, sent), nil
			}
			d := ce.Date
			if d.IsZero() {
				d = a.Date
			}
			p.evidence = append(p.evidence, &Evidence{Article: a.ID, Sentence: sent, K: k, From: key.From, Type: key.Type, To: key.To,
				Start: ce.Start, End: ce.End, Text: ce.Sentence, Date: d, Hedged: ce.Hedged, Negated: ce.Negated,
				Attribution: ce.Attribution, Trigger: ce.Trigger, Rule: ce.Rule, Supplied: ce.Supplied, Extractor: ce.Extractor,
				Confidence: ce.Confidence})
		}
	}
	return p, nil, nil
}

func uniqueSorted(in []string, drop string) []string {
	set := map[string]bool{}
	for _, s := range in {
		if s != "" && s != drop {
			set[s] = true
		}
	}
	return sortedKeys(set)
}

func (b *batch) getArticle(h keys.Art) (*articleRec, error) {
	rec, _, err := batchRecord(b, keys.ArticleKey(h), decodeArticle)
	return rec, err
}

// ingest applies one article. The second error is the article's own (no
// write was made); the third is fatal to the batch.
func (b *batch) ingest(c *Claims, validated bool, pre *preIngest) (IngestResult, error, error) {
	var p *prepared
	var sa *staged
	var aerr, ferr error
	switch {
	case pre != nil && pre.staged != nil && b.s.noDecisions.Load():
		sa = pre.staged
		p = sa.p
	case validated:
		p, aerr, ferr = resolveClaims(b, c)
	default:
		p, aerr, ferr = prepare(b, c, b.s.opts.MaxArticleBytes)
	}
	if aerr != nil || ferr != nil {
		return IngestResult{}, aerr, ferr
	}
	a := &p.article
	res := IngestResult{Article: a.ID, Rejected: p.rejected, Dropped: p.dropped}
	h := keys.ArtOf(a.ID)
	var text []byte
	if pre != nil {
		text = pre.text
	}
	old, err := b.getArticle(h)
	if err != nil {
		return res, nil, err
	}
	switch {
	case old == nil:
		res.Status = StatusNew
	case old.ID != a.ID:
		return res, fmt.Errorf("article id %q collides with stored article %q (same key hash); give one of them another id", a.ID, old.ID), nil
	case old.Retracted:
		// Keep the newest content, so that unretracting brings it back.
		res.Status = StatusRetracted
		if old.ContentHash != a.ContentHash || old.Fingerprint != a.Fingerprint {
			old.URL, old.Title, old.Date, old.Lang, old.Outlet = a.URL, a.Title, a.Date, a.Lang, a.Outlet
			old.ContentHash, old.Fingerprint = a.ContentHash, a.Fingerprint
			if err := b.set(keys.ArticleKey(h), encodeArticle(old)); err != nil {
				return res, nil, err
			}
			if err := b.setText(h, c, text); err != nil {
				return res, nil, err
			}
		}
		return res, nil, nil
	case old.ContentHash == a.ContentHash && old.Fingerprint == a.Fingerprint:
		res.Status = StatusUnchanged
		res.Actors, res.Evidence = len(old.Actors), old.Evidence
		return res, nil, nil
	case old.ContentHash != a.ContentHash:
		res.Status = StatusUpdated
	default:
		res.Status = StatusReextracted
	}
	if old != nil {
		if err := b.removeArticle(h, old); err != nil {
			return res, nil, err
		}
	}
	if sa == nil {
		sa = stageArticle(h, p)
	}
	if err := b.addStaged(sa); err != nil {
		return res, nil, err
	}
	res.Actors = len(p.mentions)
	res.Evidence = len(p.evidence)
	res.Relations = sa.rels
	if err := b.setText(h, c, text); err != nil {
		return res, nil, err
	}
	return res, nil, nil
}

// setText keeps an article's text and its claims as extracted (before
// resolution), so that decisions can resolve it again and unretract can
// bring it back without the extractor. v is the record when the caller
// encoded it already (textRecord), else nil.
func (b *batch) setText(h keys.Art, c *Claims, v []byte) error {
	if v == nil {
		v = textRecord(c)
	}
	return b.set(keys.TextKey(h), v)
}

// textRecord returns the t/ record of validated claims.
func textRecord(c *Claims) []byte {
	cc := *c
	cc.Article = Article{}
	return encodeText(&textRec{Text: c.Article.Text, Claims: &cc})
}

func (b *batch) addArticle(h keys.Art, p *prepared) error {
	return b.addStaged(stageArticle(h, p))
}

// staged is an article's records as addArticle writes them, computed from
// its resolved claims alone: the keys and values of its evidence, evidence
// index and mentions and its d/ record, and what it adds to each relation
// aggregate and actor record (which only the writer reads and changes).
type staged struct {
	p        *prepared
	h        keys.Art
	evidence []KV // v/ and e/ entries, in the order they are written
	contribs []stagedContrib
	ids      []string // the actors mentioned, sorted
	mentions []KV     // their x/ entries, in the order of ids
	article  []byte   // the d/ record
	rels     int      // distinct relations
}

type stagedContrib struct {
	k RelKey
	c *relContrib
}

// stageArticle computes an article's staged records. It reads nothing
// stored, so Ingest runs it in the caller's goroutine when it can
// (preIngest).
func stageArticle(h keys.Art, p *prepared) *staged {
	a := &p.article
	s := &staged{p: p, h: h, evidence: make([]KV, 0, 2*len(p.evidence))}
	contribs := make(map[RelKey]*relContrib, len(p.evidence))
	date8 := a.Date.Key()
	for _, e := range p.evidence {
		k := RelKey{e.From, e.Type, e.To}
		sum := summarise(e, a.Outlet)
		s.evidence = append(s.evidence,
			KV{Key: keys.EvidenceKey(h, e.Sentence, e.K), Value: encodeEvidence(e)},
			KV{Key: keys.EvIndexKey(e.From, string(e.Type), e.To, e.Date.Key(), h, e.Sentence, e.K), Value: sum.encode()})
		c := contribs[k]
		if c == nil {
			c = &relContrib{}
			contribs[k] = c
			s.contribs = append(s.contribs, stagedContrib{k, c})
		}
		c.addEvidence(sum, e.Date)
	}
	s.rels = len(contribs)
	s.ids = sortedKeys(p.mentions)
	s.mentions = make([]KV, len(s.ids))
	for i, id := range s.ids {
		s.mentions[i] = KV{Key: keys.MentionKey(id, date8, h), Value: encodeMention(p.mentions[id])}
	}
	rec := articleRec{ID: a.ID, URL: a.URL, Title: a.Title, Date: a.Date, Lang: a.Lang, Outlet: a.Outlet,
		ContentHash: a.ContentHash, Fingerprint: a.Fingerprint, Actors: s.ids, Evidence: len(p.evidence)}
	s.article = encodeArticle(&rec)
	return s
}

// addStaged writes an article's staged records and adds its contributions
// to the relation aggregates, actor records and counters.
func (b *batch) addStaged(s *staged) error {
	p := s.p
	a := &p.article
	st, err := b.getStats()
	if err != nil {
		return err
	}
	for _, kv := range s.evidence {
		if err := b.set(kv.Key, kv.Value); err != nil {
			return err
		}
	}
	for _, sc := range s.contribs {
		e, err := b.rel(sc.k)
		if err != nil {
			return err
		}
		e.cur.add(sc.c, +1)
	}
	for i, id := range s.ids {
		if err := b.set(s.mentions[i].Key, s.mentions[i].Value); err != nil {
			return err
		}
		e, err := b.actor(id)
		if err != nil {
			return err
		}
		e.cur.add(p.mentions[id], a.Date, +1)
	}
	st.Evidence += len(p.evidence)
	st.Articles++
	return b.set(keys.ArticleKey(s.h), s.article)
}

// removeArticle takes away everything an article contributed; the caller
// rewrites or tombstones its record.
func (b *batch) removeArticle(h keys.Art, old *articleRec) error {
	st, err := b.getStats()
	if err != nil {
		return err
	}
	evs, err := b.articleEvidence(h)
	if err != nil {
		return err
	}
	contribs := map[RelKey]*relContrib{}
	for _, e := range evs {
		k := RelKey{e.From, e.Type, e.To}
		if err := b.del(keys.EvidenceKey(h, e.Sentence, e.K)); err != nil {
			return err
		}
		if err := b.del(keys.EvIndexKey(e.From, string(e.Type), e.To, e.Date.Key(), h, e.Sentence, e.K)); err != nil {
			return err
		}
		c := contribs[k]
		if c == nil {
			c = &relContrib{}
			contribs[k] = c
		}
		c.addEvidence(summarise(e, old.Outlet), e.Date)
	}
	for k, c := range contribs {
		e, err := b.rel(k)
		if err != nil {
			return err
		}
		r := e.cur.add(c, -1)
		e.rescan.supporting = e.rescan.supporting || r.supporting
		e.rescan.denied = e.rescan.denied || r.denied
	}
	for _, id := range old.Actors {
		mk := keys.MentionKey(id, old.Date.Key(), h)
		m, found, err := batchRecord(b, mk, decodeMention)
		if err != nil {
			return err
		}
		if !found {
			return fmt.Errorf("graph: article %s: mention of %s missing (run actorgraph check)", old.ID, id)
		}
		if err := b.del(mk); err != nil {
			return err
		}
		e, err := b.actor(id)
		if err != nil {
			return err
		}
		if e.cur.add(m, old.Date, -1) {
			e.rescan = true
		}
	}
	st.Evidence -= len(evs)
	st.Articles--
	return nil
}

// articleEvidence reads an article's evidence records in key order.

func scanEvidence(txn *badger.Txn, h keys.Art) ([]*Evidence, error) {
	prefix := keys.EvidencePrefix(h)
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: false})
	defer it.Close()
	var out []*Evidence
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		var e *Evidence
		if err := it.Item().Value(func(v []byte) (err error) { e, err = decodeEvidence(v); return err }); err != nil {
			return nil, fmt.Errorf("graph: decode evidence %q: %w", it.Item().Key(), err)
		}
		out = append(out, e)
	}
	return out, nil
}

// flush writes the derived records the batch changed and their indexes.
func (b *batch) flush() error {
	st, err := b.getStats()
	if err != nil {
		return err
	}
	relKeys := make([]RelKey, 0, len(b.rels))
	for k := range b.rels {
		relKeys = append(relKeys, k)
	}
	sort.Slice(relKeys, func(i, j int) bool { return relLess(relKeys[i], relKeys[j]) })
	for _, k := range relKeys {
		e := b.rels[k]
		st.addRelation(k.Type, e.orig, -1)
		ok := keys.OutKey(k.From, string(k.Type), k.To)
		if e.cur.empty() {
			if e.orig != nil {
				if err := b.del(ok); err != nil {
					return err
				}
				if err := b.del(keys.InKey(k.To, string(k.Type), k.From)); err != nil {
					return err
				}
			}
			continue
		}
		if e.rescan.supporting || e.rescan.denied {
			prefix := keys.RelPrefix(k.From, string(k.Type), k.To)
			if e.rescan.supporting {
				if e.cur.First, e.cur.Last, err = b.rescanDates(prefix, notNegated); err != nil {
					return err
				}
			}
			if e.rescan.denied {
				if e.cur.DeniedFirst, e.cur.DeniedLast, err = b.rescanDates(prefix, negated); err != nil {
					return err
				}
			}
		}
		st.addRelation(k.Type, e.cur, +1)
		v, n := encodeRelAgg(e.cur)
		e.newValue = v
		if e.orig != nil && string(v) == string(e.origValue) {
			continue // unchanged (an article removed and added again)
		}
		set := b.set
		if e.orig != nil {
			set = b.rewrite
		}
		if err := set(ok, v); err != nil {
			return err
		}
		// The in-neighbour index holds the summary, so that reading the
		// relations of an actor is two prefix scans.
		if e.orig == nil || string(v[:n]) != string(e.origValue[:min(n, len(e.origValue))]) {
			if err := b.set(keys.InKey(k.To, string(k.Type), k.From), v[:n:n]); err != nil {
				return err
			}
		}
	}
	for _, id := range sortedKeys(b.actors) {
		e := b.actors[id]
		if err := b.flushActor(st, id, e); err != nil {
			return err
		}
	}
	b.newStats = marshal(st)
	if string(b.newStats) != string(b.origStats) {
		return b.set(keys.Stats, b.newStats)
	}
	return nil
}

func (b *batch) flushActor(st *Stats, id string, e *actorEntry) error {
	if e.origLive {
		st.addActorKind(e.origKind, -1)
	}
	oldFolds, newFolds := e.origFolds, map[string]bool{}
	oldKind, newKind := e.origKind, Kind("")
	sameFolds := false // newFolds is oldFolds
	if !e.cur.empty() {
		if e.rescan {
			first, last, err := b.rescanDates(keys.MentionPrefix(id), nil)
			if err != nil {
				return err
			}
			e.cur.First, e.cur.Last = first, last
		}
		c, err := b.curation(id)
		if err != nil {
			return err
		}
		newKind = e.cur.kindWith(c)
		if b.cache != nil && e.origLive && !e.cur.formsChanged {
			// An ingest batch does not change curations: the same forms
			// fold to the same keys.
			newFolds, sameFolds = e.origFolds, true
		} else {
			newFolds = e.cur.foldsWith(c)
		}
		e.cur.formsChanged = false
		st.addActorKind(newKind, +1)
		v := encodeActor(e.cur)
		e.size = len(v)
		set := b.set
		if e.origLive {
			set = b.rewrite
		}
		if err := set(keys.ActorKey(id), v); err != nil {
			return err
		}
	} else if e.origLive {
		if err := b.del(keys.ActorKey(id)); err != nil {
			return err
		}
	}
	if err := b.moveFolds(id, oldFolds, newFolds, sameFolds); err != nil {
		return err
	}
	e.newKind, e.newFolds = newKind, newFolds
	if oldKind != newKind {
		if oldKind != "" {
			if err := b.del(keys.KindKey(string(oldKind), id)); err != nil {
				return err
			}
		}
		if newKind != "" {
			if err := b.set(keys.KindKey(string(newKind), id), nil); err != nil {
				return err
			}
		}
	}
	return nil
}

// moveFolds deletes the alias index keys of an actor's old folded forms
// that are not new ones and adds the new ones; same says that the two sets
// are one map (nothing to do).
func (b *batch) moveFolds(id string, oldFolds, newFolds map[string]bool, same bool) error {
	if same {
		return nil
	}
	for _, f := range sortedKeys(oldFolds) {
		if !newFolds[f] {
			if err := b.del(keys.AliasKey(f, id)); err != nil {
				return err
			}
		}
	}
	for _, f := range sortedKeys(newFolds) {
		if !oldFolds[f] {
			if err := b.set(keys.AliasKey(f, id), nil); err != nil {
				return err
			}
		}
	}
	return nil
}

// notNegated and negated select evidence index entries by their value.
func notNegated(v []byte) bool { return len(v) > 0 && v[0]&2 == 0 }
func negated(v []byte) bool    { return len(v) > 0 && v[0]&2 != 0 }

func relLess(a, b RelKey) bool {
	if a.From != b.From {
		return a.From < b.From
	}
	if a.Type != b.Type {
		return a.Type < b.Type
	}
	return a.To < b.To
}
