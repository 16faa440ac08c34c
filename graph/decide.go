package graph

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"sort"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/actorgraph/actorgraph/graph/internal/keys"
)

// DecideOptions adjust [Store.Decide]. The zero value (or nil) is strict.
type DecideOptions struct {
	// Pending accepts decisions about actors and articles not loaded yet:
	// they wait in the log and act when those arrive (log import, rebuild).
	Pending bool
}

// DecisionResult reports what a decision did.
type DecisionResult struct {
	Decision Decision // as logged, with its Seq and Time
	// Noop is set when the decision changed nothing and was not logged
	// (retracting a retracted article).
	Noop bool
	// Articles counts the articles resolved again.
	Articles int
	// Dropped lists relations dropped because both ends became one actor.
	Dropped []RelKey
	// Rejected lists relations dropped for breaking the type rules (after
	// a change of kind).
	Rejected []*TypeRuleError
}

// Meta is who made a decision and why.
type Meta struct {
	Author string
	Reason string
}

// Decide records a curation decision in the log and applies it at once:
// the articles whose mentions it concerns are resolved again, so the graph
// is what loading every article after the decision would give. It returns
// once the graph reflects the decision. A refused decision (errors wrapping
// ErrDecision, ErrInvalidID or ErrNotFound) leaves the store untouched.
func (s *Store) Decide(ctx context.Context, d Decision, o *DecideOptions) (*DecisionResult, error) {
	if err := d.validate(); err != nil {
		return nil, fmt.Errorf("graph: %s: %w", d.String(), err)
	}
	req := &writeReq{ctx: ctx, op: opDecide, decision: &d, pending: o != nil && o.Pending}
	if _, err := s.submit(ctx, req); err != nil {
		return nil, err
	}
	return req.dres, req.derr
}

// Merge merges actor from into actor into; see [OpMerge].
func (s *Store) Merge(ctx context.Context, from, into string, m Meta) (*DecisionResult, error) {
	return s.Decide(ctx, Decision{Op: OpMerge, Actor: from, Other: into, Author: m.Author, Reason: m.Reason}, nil)
}

// Unmerge undoes the merge of an actor; see [OpUnmerge].
func (s *Store) Unmerge(ctx context.Context, id string, m Meta) (*DecisionResult, error) {
	return s.Decide(ctx, Decision{Op: OpUnmerge, Actor: id, Author: m.Author, Reason: m.Reason}, nil)
}

// NotSame declares two actors distinct for good; see [OpNotSame].
func (s *Store) NotSame(ctx context.Context, a, b string, m Meta) (*DecisionResult, error) {
	return s.Decide(ctx, Decision{Op: OpNotSame, Actor: a, Other: b, Author: m.Author, Reason: m.Reason}, nil)
}

// Split moves the mentions of an actor in some articles, or named by a
// form, to a new actor; see [OpSplit].
func (s *Store) Split(ctx context.Context, id, newID, newName string, articles []string, form string, m Meta) (*DecisionResult, error) {
	return s.Decide(ctx, Decision{Op: OpSplit, Actor: id, Other: newID, Name: newName, Articles: articles, Form: form, Author: m.Author, Reason: m.Reason}, nil)
}

// AddAlias makes form an alias of an actor; see [OpAliasAdd].
func (s *Store) AddAlias(ctx context.Context, id, form string, m Meta) (*DecisionResult, error) {
	return s.Decide(ctx, Decision{Op: OpAliasAdd, Actor: id, Form: form, Author: m.Author, Reason: m.Reason}, nil)
}

// RemoveAlias removes form from an actor's aliases for good; see [OpAliasRemove].
func (s *Store) RemoveAlias(ctx context.Context, id, form string, m Meta) (*DecisionResult, error) {
	return s.Decide(ctx, Decision{Op: OpAliasRemove, Actor: id, Form: form, Author: m.Author, Reason: m.Reason}, nil)
}

// Rename gives an actor a canonical name; see [OpRename].
func (s *Store) Rename(ctx context.Context, id, name string, m Meta) (*DecisionResult, error) {
	return s.Decide(ctx, Decision{Op: OpRename, Actor: id, Name: name, Author: m.Author, Reason: m.Reason}, nil)
}

// SetKind gives an actor a kind; see [OpKind].
func (s *Store) SetKind(ctx context.Context, id string, k Kind, m Meta) (*DecisionResult, error) {
	return s.Decide(ctx, Decision{Op: OpKind, Actor: id, Kind: k, Author: m.Author, Reason: m.Reason}, nil)
}

// Retract removes an article's evidence and leaves a tombstone, so that
// loading the article again does not bring it back; the decision is
// logged. Aggregates follow, and a relation or actor left with nothing
// goes. It returns an error wrapping ErrNotFound for an unknown article;
// retracting twice is a no-op.
func (s *Store) Retract(ctx context.Context, articleID string) error {
	_, err := s.Decide(ctx, Decision{Op: OpRetract, Article: articleID}, nil)
	return err
}

// Unretract brings a retracted article back from its stored claims; see
// [OpUnretract].
func (s *Store) Unretract(ctx context.Context, articleID string, m Meta) (*DecisionResult, error) {
	return s.Decide(ctx, Decision{Op: OpUnretract, Article: articleID, Author: m.Author, Reason: m.Reason}, nil)
}

// decide runs in the writer: it logs and applies one decision, then
// resolves the articles it concerns again, and answers the request.
func (s *Store) decide(req *writeReq) {
	var res *DecisionResult
	err := req.decision.validate()
	if err == nil {
		res, err = s.applyDecision(req.decision, req.pending, req.log)
	}
	if err != nil && req.log != nil && req.log.outcome == "" && refusedDecision(err) {
		// A refused decision of a followed log is passed over: the
		// cursor moves past it alone.
		err = s.logRefusedDecision(req.log, fmt.Errorf("graph: %s: %w", req.decision.String(), err))
		res = nil
	}
	if err == nil && res != nil && !res.Noop {
		err = s.drainPending(res)
	}
	if err != nil {
		err = fmt.Errorf("graph: %s: %w", req.decision.String(), err)
		res = nil
	}
	req.dres, req.derr = res, err
	req.res <- writeResult{}
}

// lastSeq returns the sequence number of the last decision, 0 if none.
func lastSeq(txn *badger.Txn) (uint64, error) {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: keys.Decision, Reverse: true})
	defer it.Close()
	it.Seek(append(append([]byte(nil), keys.Decision...), 0xff))
	if !it.ValidForPrefix(keys.Decision) {
		return 0, nil
	}
	k, err := keys.Parse(it.Item().Key())
	return k.Seq, err
}

// liveActor reports whether the actor id designates (after redirects) an
// actor with mentions.
func (b *batch) liveActor(id string) (bool, error) {
	f, err := final(b, id)
	if err != nil {
		return false, err
	}
	_, found, err := batchRecord(b, keys.ActorKey(f), decodeActor)
	return found, err
}

// applyDecision logs a decision, changes the state, and marks the articles
// to resolve again, in one transaction.
func (s *Store) applyDecision(d *Decision, pending bool, log *logPos) (*DecisionResult, error) {
	res := &DecisionResult{}
	err := s.inBatch(false, func(b *batch) error {
		if log == nil {
			return s.decisionBatch(b, d, pending, res)
		}
		if err := b.checkLog(log); err != nil {
			return err
		}
		if err := s.decisionBatch(b, d, pending, res); err != nil {
			return err
		}
		o := OutcomeApplied
		if res.Noop {
			o = OutcomeDuplicate
		}
		return b.advanceLog(log, o, nil)
	})
	if err != nil {
		if log != nil {
			log.outcome, log.reason = "", nil // nothing was committed
		}
		return nil, err
	}
	res.Decision = *d
	return res, nil
}

// decisionBatch logs a decision, changes the state and marks the articles
// to resolve again, in b.
func (s *Store) decisionBatch(b *batch, d *Decision, pending bool, res *DecisionResult) error {
	if !pending {
		if err := b.checkExists(d); err != nil {
			return err
		}
	}
	var arts []keys.Art
	switch d.Op {
	case OpRetract:
		noop, err := b.retract(d.Article, pending)
		if err != nil || noop {
			res.Noop = noop
			return err
		}
	case OpUnretract:
		h, noop, err := b.unretract(d.Article, pending)
		if err != nil || noop {
			res.Noop = noop
			return err
		}
		if h != nil {
			arts = append(arts, *h)
		}
	default:
		// The mentions a decision moves live where the state before it
		// sends them, and go where the state after it does.
		before, err := b.affected(d, nil)
		if err != nil {
			return err
		}
		touched, err := transition(b, d)
		if err != nil {
			return err
		}
		after, err := b.affected(d, touched)
		if err != nil {
			return err
		}
		for _, id := range sortedKeys(union(before, after)) {
			hs, err := mentioningArticles(b.txn, id)
			if err != nil {
				return err
			}
			arts = append(arts, hs...)
		}
	}
	seq, err := lastSeq(b.txn)
	if err != nil {
		return err
	}
	d.Seq = seq + 1
	if d.Time.IsZero() {
		d.Time = time.Now().UTC().Truncate(time.Millisecond)
	}
	if d.Op == OpSplit {
		// the split rule carries the decision's sequence number
		c, err := b.curation(d.Actor)
		if err != nil {
			return err
		}
		c.Splits[len(c.Splits)-1].Seq = d.Seq
		if err := b.setCuration(d.Actor, c); err != nil {
			return err
		}
	}
	if err := b.set(keys.DecisionKey(d.Seq), marshal(d)); err != nil {
		return err
	}
	for _, h := range arts {
		if err := b.set(keys.PendingKey(h), nil); err != nil {
			return err
		}
	}
	return nil
}

func union(a, b map[string]bool) map[string]bool {
	for k := range b {
		a[k] = true
	}
	return a
}

// affected returns the actors that may hold mentions a decision concerns,
// under the state as it is: the actors the decision names and those
// transition returned; for an alias, the form's own slug, the actor it is
// a curated alias of, and the actors whose mentions use the form (the
// alias index, and the actors that removed it from theirs); each followed
// through its merge redirects and split rules, to where the mentions live.
func (b *batch) affected(d *Decision, touched []string) (map[string]bool, error) {
	seeds := append([]string{d.Actor, d.Other}, touched...)
	if f := Fold(d.Form); f != "" && (d.Op == OpAliasAdd || d.Op == OpAliasRemove) {
		seeds = append(seeds, Slug(d.Form))
		a, err := b.curatedAlias(f)
		if err != nil {
			return nil, err
		}
		seeds = append(seeds, a)
		held, err := b.formHolders(f)
		if err != nil {
			return nil, err
		}
		seeds = append(seeds, held...)
	}
	out := map[string]bool{}
	var walk func(id string) error
	walk = func(id string) error {
		for range 64 {
			if id == "" || out[id] {
				return nil
			}
			out[id] = true
			c, err := b.curation(id)
			if err != nil {
				return err
			}
			for _, sp := range c.Splits {
				if err := walk(sp.To); err != nil {
					return err
				}
			}
			if id, err = b.redirect(id); err != nil {
				return err
			}
		}
		return fmt.Errorf("graph: redirect loop at %s", id)
	}
	for _, id := range seeds {
		if err := walk(id); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// formHolders returns the actors whose mentions may name a folded form:
// those the alias index lists under it, and those that removed it.
func (b *batch) formHolders(folded string) ([]string, error) {
	var out []string
	prefix := keys.AliasExact(folded)
	it := b.txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		out = append(out, string(it.Item().Key()[len(prefix):]))
	}
	it.Close()
	it = b.txn.NewIterator(badger.IteratorOptions{Prefix: keys.Curation, PrefetchValues: true})
	defer it.Close()
	for it.Seek(keys.Curation); it.ValidForPrefix(keys.Curation); it.Next() {
		var c curation
		if err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, &c) }); err != nil {
			return nil, fmt.Errorf("graph: decode curation %q: %w", it.Item().Key(), err)
		}
		if c.removed(folded) {
			out = append(out, string(it.Item().Key()[len(keys.Curation):]))
		}
	}
	return out, nil
}

// checkExists refuses a decision about actors or articles that are not
// in the store (unless they are pending, see DecideOptions).
func (b *batch) checkExists(d *Decision) error {
	need := func(id string) error {
		ok, err := b.liveActor(id)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("%w: no actor %q in the graph", ErrNotFound, id)
		}
		return nil
	}
	switch d.Op {
	case OpMerge:
		if err := need(d.Actor); err != nil {
			return err
		}
		return need(d.Other)
	case OpNotSame:
		// One of the two may be no actor yet when it is what a form the
		// text used for the other would be on its own: "not-same mali
		// fama" when a dictionary resolved every "FAMa" to mali.
		for _, pair := range [][2]string{{d.Actor, d.Other}, {d.Other, d.Actor}} {
			ok, err := b.liveActor(pair[1])
			if err != nil {
				return err
			}
			if !ok {
				if err := need(pair[0]); err != nil {
					return err
				}
				if ok, err := b.surfaceOf(pair[0], pair[1]); err != nil || !ok {
					if err == nil {
						err = need(pair[1])
					}
					return err
				}
			}
		}
	case OpSplit:
		if err := need(d.Actor); err != nil {
			return err
		}
		if ok, err := b.liveActor(d.Other); err != nil {
			return err
		} else if ok {
			return refuse("split: %s already exists; split to a new id, then merge", d.Other)
		}
	case OpAliasAdd, OpAliasRemove, OpRename, OpKind:
		return need(d.Actor)
	case OpUnmerge:
		// checked by the transition: the actor must be merged
	case OpRetract, OpUnretract:
		rec, err := b.getArticle(keys.ArtOf(d.Article))
		if err != nil {
			return err
		}
		if rec == nil || rec.ID != d.Article {
			return fmt.Errorf("%w: no article %q", ErrNotFound, d.Article)
		}
		if d.Op == OpUnretract && !rec.Retracted {
			return refuse("article %q is not retracted", d.Article)
		}
	}
	return nil
}

// surfaceOf reports whether some stored article named actor id, through
// a dictionary, by forms that on their own would be actor nat.
func (b *batch) surfaceOf(id, nat string) (bool, error) {
	fid, err := final(b, id)
	if err != nil {
		return false, err
	}
	hs, err := mentioningArticles(b.txn, fid)
	if err != nil {
		return false, err
	}
	for _, h := range hs {
		rec, err := b.getArticle(h)
		if err != nil || rec == nil || rec.Retracted {
			if err != nil {
				return false, err
			}
			continue
		}
		c, err := storedClaims(b.txn, h, rec)
		if err != nil {
			return false, err
		}
		if c == nil {
			continue
		}
		for i := range c.Actors {
			ca := &c.Actors[i]
			if ca.ID == "" || naturalID(surfaceForms(ca), Slug) != nat {
				continue
			}
			if f, err := final(b, ca.ID); err != nil {
				return false, err
			} else if f == fid {
				return true, nil
			}
		}
	}
	return false, nil
}

// mentioningArticles returns the articles with mentions of an actor.
func mentioningArticles(txn *badger.Txn, id string) ([]keys.Art, error) {
	prefix := keys.MentionPrefix(id)
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	var out []keys.Art
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		k, err := keys.Parse(it.Item().Key())
		if err != nil {
			return nil, err
		}
		out = append(out, k.Art)
	}
	return out, nil
}

// retract removes an article's contributions and leaves a tombstone. A
// pending retraction of an unknown article leaves a tombstone alone.
func (b *batch) retract(id string, pending bool) (noop bool, err error) {
	h := keys.ArtOf(id)
	old, err := b.getArticle(h)
	if err != nil {
		return false, err
	}
	st, err := b.getStats()
	if err != nil {
		return false, err
	}
	switch {
	case old == nil && pending:
		st.Retracted++
		return false, b.set(keys.ArticleKey(h), encodeArticle(&articleRec{ID: id, Retracted: true}))
	case old == nil || old.ID != id:
		return false, fmt.Errorf("%w: no article %q", ErrNotFound, id)
	case old.Retracted:
		return true, nil
	}
	if err := b.removeArticle(h, old); err != nil {
		return false, err
	}
	old.Retracted = true
	old.Actors = nil
	old.Evidence = 0
	st.Retracted++
	return false, b.set(keys.ArticleKey(h), encodeArticle(old))
}

// unretract lifts a tombstone. An article with stored claims becomes live
// and is returned to be resolved again; a bare tombstone goes, so the next
// load brings the article.
func (b *batch) unretract(id string, pending bool) (h *keys.Art, noop bool, err error) {
	a := keys.ArtOf(id)
	old, err := b.getArticle(a)
	if err != nil {
		return nil, false, err
	}
	if old == nil || old.ID != id || !old.Retracted {
		if pending {
			return nil, true, nil
		}
		return nil, false, refuse("article %q is not retracted", id)
	}
	st, err := b.getStats()
	if err != nil {
		return nil, false, err
	}
	st.Retracted--
	if old.ContentHash == "" {
		return nil, false, b.del(keys.ArticleKey(a))
	}
	old.Retracted = false
	st.Articles++
	return &a, false, b.set(keys.ArticleKey(a), encodeArticle(old))
}

// drainPending resolves again, in transactions of a few articles, every
// article a decision marked; it also finishes what a crash interrupted.
func (s *Store) drainPending(res *DecisionResult) error {
	n := 64
	for {
		done, err := s.pendingBatch(n, res)
		switch {
		case err == nil && done == 0:
			if res != nil {
				res.Dropped = uniqueRelKeys(res.Dropped)
			}
			return nil
		case err == nil:
			continue
		case n > 1:
			n /= 2
		default:
			return err
		}
	}
}

func (s *Store) pendingBatch(n int, res *DecisionResult) (done int, err error) {
	var hs []keys.Art
	var dropped []RelKey
	var rejected []*TypeRuleError
	err = s.inBatch(false, func(b *batch) error {
		it := b.txn.NewIterator(badger.IteratorOptions{Prefix: keys.Pending})
		for it.Seek(keys.Pending); it.ValidForPrefix(keys.Pending) && len(hs) < n; it.Next() {
			k, err := keys.Parse(it.Item().Key())
			if err != nil {
				it.Close()
				return err
			}
			hs = append(hs, k.Art)
		}
		it.Close()
		for _, h := range hs {
			p, err := b.reresolve(h)
			if err != nil {
				return err
			}
			if p != nil {
				dropped = append(dropped, p.dropped...)
				rejected = append(rejected, p.rejected...)
			}
			if err := b.del(keys.PendingKey(h)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil || len(hs) == 0 {
		return 0, err
	}
	if res != nil {
		res.Articles += len(hs)
		res.Dropped = append(res.Dropped, dropped...)
		res.Rejected = append(res.Rejected, rejected...)
	}
	return len(hs), nil
}

// storedClaims rebuilds an article's claims from its records: the text and
// claims of t/ under the identity of d/. It returns nil when there are
// none (a bare tombstone).
func storedClaims(txn *badger.Txn, h keys.Art, rec *articleRec) (*Claims, error) {
	tr, found, err := getRecord(txn, keys.TextKey(h), decodeText)
	if err != nil || !found || tr.Claims == nil {
		return nil, err
	}
	return claimsOf(tr, rec), nil
}

// claimsOf returns the claims of a t/ record under the identity of d/.
func claimsOf(tr *textRec, rec *articleRec) *Claims {
	c := *tr.Claims
	c.Article = Article{ID: rec.ID, URL: rec.URL, Title: rec.Title, Date: rec.Date, Lang: rec.Lang, Outlet: rec.Outlet,
		Text: tr.Text, ContentHash: rec.ContentHash, Fingerprint: rec.Fingerprint}
	return &c
}

// reresolve resolves a live article again from its stored claims.
func (b *batch) reresolve(h keys.Art) (*prepared, error) {
	old, err := b.getArticle(h)
	if err != nil || old == nil || old.Retracted {
		return nil, err
	}
	c, err := storedClaims(b.txn, h, old)
	if err != nil || c == nil {
		return nil, err
	}
	p, aerr, ferr := prepare(b, c, b.s.opts.MaxArticleBytes)
	if ferr != nil {
		return nil, ferr
	}
	if aerr != nil {
		return nil, fmt.Errorf("article %s: stored claims: %w", old.ID, aerr)
	}
	if err := b.removeArticle(h, old); err != nil {
		return nil, err
	}
	return p, b.addArticle(h, p)
}

// EachDecision calls fn for every decision of the log, in order.
func (tx *Tx) EachDecision(ctx context.Context, fn func(*Decision) error) error {
	it := tx.txn.NewIterator(badger.IteratorOptions{Prefix: keys.Decision, PrefetchValues: true})
	defer it.Close()
	for it.Seek(keys.Decision); it.ValidForPrefix(keys.Decision); it.Next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		var d Decision
		if err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, &d) }); err != nil {
			return fmt.Errorf("graph: decode decision %q: %w", it.Item().Key(), err)
		}
		if err := fn(&d); err != nil {
			return err
		}
	}
	return nil
}

// Decisions returns the decision log, in order.
func (s *Store) Decisions(ctx context.Context) (ds []Decision, err error) {
	err = s.View(ctx, func(tx *Tx) error {
		return tx.EachDecision(ctx, func(d *Decision) error { ds = append(ds, *d); return nil })
	})
	return ds, err
}

// ExportLog writes the decision log as JSON lines, one decision a line, in
// order: what [Store.ImportLog] reads.
func (s *Store) ExportLog(ctx context.Context, w io.Writer) error {
	bw := bufio.NewWriter(w)
	err := s.View(ctx, func(tx *Tx) error {
		return tx.EachDecision(ctx, func(d *Decision) error {
			b, err := json.Marshal(d)
			if err != nil {
				return err
			}
			bw.Write(b)
			return bw.WriteByte('\n')
		})
	})
	if err != nil {
		return fmt.Errorf("graph: export log: %w", err)
	}
	return bw.Flush()
}

// ImportReport says what [Store.ImportLog] did.
type ImportReport struct {
	Applied int // decisions applied and logged
	Skipped int // decisions already in the log (same op, fields, time and author)
	Noop    int // decisions that changed nothing
	// Errors lists the lines that could not be applied, as "line N: reason".
	Errors []string
}

// ImportLog reads decisions as JSON lines (what [Store.ExportLog] writes)
// and applies each in order, as pending decisions: those about actors or
// articles not loaded yet wait for them. A decision already in the log is
// skipped, so importing the same file twice changes nothing. A line that
// cannot be read or applied is reported and the others go on.
func (s *Store) ImportLog(ctx context.Context, r io.Reader) (*ImportReport, error) {
	existing, err := s.Decisions(ctx)
	if err != nil {
		return nil, err
	}
	seen := make([]Decision, 0, len(existing))
	for _, d := range existing {
		d.Seq = 0
		seen = append(seen, d)
	}
	rep := &ImportReport{}
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		b, rerr := br.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			var d Decision
			dec := json.NewDecoder(bytes.NewReader(b))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&d); err != nil {
				rep.Errors = append(rep.Errors, fmt.Sprintf("line %d: %v", line, err))
			} else {
				d.Seq = 0
				dup := false
				for i := range seen {
					// A decision written by hand without a time matches
					// the one it became whatever time that got.
					cmp := d
					if cmp.Time.IsZero() {
						cmp.Time = seen[i].Time
					}
					if reflect.DeepEqual(seen[i], cmp) {
						dup = true
						break
					}
				}
				if dup {
					rep.Skipped++
				} else if res, err := s.Decide(ctx, d, &DecideOptions{Pending: true}); err != nil {
					if ctx.Err() != nil {
						return rep, ctx.Err()
					}
					rep.Errors = append(rep.Errors, fmt.Sprintf("line %d: %v", line, err))
				} else if res.Noop {
					rep.Noop++
				} else {
					rep.Applied++
					seen = append(seen, d)
				}
			}
		}
		if rerr == io.EOF {
			return rep, nil
		}
		if rerr != nil {
			return rep, fmt.Errorf("graph: import log: %w", rerr)
		}
	}
}

// uniqueRelKeys returns the keys in order, each once.
func uniqueRelKeys(ks []RelKey) []RelKey {
	sort.Slice(ks, func(i, j int) bool { return relLess(ks[i], ks[j]) })
	return slices.Compact(ks)
}
