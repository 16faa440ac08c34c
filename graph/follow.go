package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/actorgraph/actorgraph/graph/internal/keys"
)

// This file lets a store follow external ordered logs (actorgraph follow
// reads NATS JetStream streams): each entry of a log is applied in the
// same transaction that moves the log's cursor past it, so a crash never
// applies an entry twice or skips one.

// ErrCursor is returned (wrapped) by [Store.ApplyLog] for an entry that
// does not follow the log's stored position: the caller must read
// [Store.Cursor] and start again from there.
var ErrCursor = errors.New("log entry does not follow the stored position")

// Cursor is a store's position in a log it follows, and what the entries
// up to it did. It is stored under m/cursor/<name>, written in the same
// transaction as each entry it counts.
type Cursor struct {
	// Seq is the sequence number of the last entry applied; 0 before any.
	Seq uint64 `json:"seq"`
	// Applied counts the entries that changed the store: a new, updated,
	// re-extracted or retracted article, a decision logged.
	Applied uint64 `json:"applied"`
	// Duplicates counts the entries that changed nothing: an article whose
	// id, content hash and fingerprint were stored already, a decision
	// that had nothing left to do.
	Duplicates uint64 `json:"duplicates"`
	// Refused counts the entries the store refused (claims breaking the
	// schema, a decision refused); they are passed over.
	Refused uint64 `json:"refused"`
}

// LogEntry is one entry of a followed log: the claims of an article or a
// curation decision (exactly one of them), at Seq. After is the sequence
// number of the entry before it as the follower saw it (0 for the first):
// the entry is applied only when the stored cursor is at After.
type LogEntry struct {
	Seq      uint64
	After    uint64
	Claims   *Claims
	Decision *Decision
	// Unreadable, set instead of Claims and Decision, is why the caller
	// could not read the entry (not JSON, say): it is counted as refused
	// and the cursor moves past it.
	Unreadable error
}

// Outcome says what one log entry did to the store.
type Outcome string

// The outcomes of a log entry, counted in [Cursor].
const (
	OutcomeApplied   Outcome = "applied"
	OutcomeDuplicate Outcome = "duplicate"
	OutcomeRefused   Outcome = "refused"
)

// LogResult reports one entry of [Store.ApplyLog].
type LogResult struct {
	Seq     uint64
	Outcome Outcome
	// Ingest is what ingesting the claims did (claims entries).
	Ingest IngestResult
	// Decision is what the decision did (decision entries, not refused).
	Decision *DecisionResult
	// Err is why the entry was refused.
	Err error
}

// validLogName reports whether name can name a log: a slug.
func validLogName(name string) bool { return ValidID(name) }

// logPos is a write request's place in a followed log.
type logPos struct {
	name       string
	seq, after uint64
	outcome    Outcome
	reason     error
}

// ApplyLog applies entries of the log called name (a slug, e.g.
// "actorgraph-claims") in order, each in the same transaction as the
// cursor that counts it, and returns once all are committed, with one
// result per entry. Claims are ingested as [Store.Ingest] would; a
// decision is applied as [Store.Decide] with DecideOptions.Pending would
// (a decision about actors or articles not loaded yet waits for them), so
// that replicas applying the same logs reach the same graph whatever the
// interleaving of the logs. An entry the store refuses (bad claims, a
// refused decision) is counted as refused and passed over. Entries are
// handed to the writer in order and committed in groups, so one call with
// many entries is much faster than many calls with one.
//
// ApplyLog returns an error wrapping [ErrCursor] when the first entry does
// not follow the stored cursor (nothing of the call is applied then), and
// any error that stopped the writer; the entries before it are committed.
// Calls for one log must not run concurrently.
func (s *Store) ApplyLog(ctx context.Context, name string, entries []LogEntry) ([]LogResult, error) {
	if !validLogName(name) {
		return nil, fmt.Errorf("graph: apply log %q: %w: a log name is a slug", name, ErrInvalidID)
	}
	if s.opts.ReadOnly {
		return nil, fmt.Errorf("graph: apply log %s: %w", name, ErrReadOnly)
	}
	reqs := make([]*writeReq, 0, len(entries))
	for _, e := range entries {
		pos := &logPos{name: name, seq: e.Seq, after: e.After}
		switch {
		case e.Unreadable != nil && e.Claims == nil && e.Decision == nil:
			reqs = append(reqs, &writeReq{ctx: ctx, op: opSkip, skip: e.Unreadable, log: pos})
		case e.Claims != nil && e.Decision == nil && e.Unreadable == nil:
			reqs = append(reqs, &writeReq{ctx: ctx, op: opIngest, claims: e.Claims, log: pos})
		case e.Decision != nil && e.Claims == nil && e.Unreadable == nil:
			d := *e.Decision
			d.Seq = 0 // the store numbers its own log
			reqs = append(reqs, &writeReq{ctx: ctx, op: opDecide, decision: &d, pending: true, log: pos})
		default:
			return nil, fmt.Errorf("graph: apply log %s: entry %d holds %s", name, e.Seq, "not exactly one of claims, decision and unreadable")
		}
		if e.Seq <= e.After {
			return nil, fmt.Errorf("graph: apply log %s: entry %d after %d: sequence numbers must grow", name, e.Seq, e.After)
		}
	}
	// Handed over in order, without waiting: the writer takes requests in
	// the order they come, so the log's entries commit in order.
	s.closeMu.RLock()
	if s.closed {
		s.closeMu.RUnlock()
		return nil, fmt.Errorf("graph: apply log %s: %w", name, ErrClosed)
	}
	sent := 0
	var err error
	for _, r := range reqs {
		r.res = make(chan writeResult, 1)
		select {
		case s.reqs <- r:
			sent++
		case <-ctx.Done():
			err = ctx.Err()
		}
		if err != nil {
			break
		}
	}
	s.closeMu.RUnlock()
	results := make([]LogResult, 0, sent)
	for _, r := range reqs[:sent] {
		w := <-r.res
		lr := LogResult{Seq: r.log.seq, Ingest: w.r, Decision: r.dres}
		werr := w.err
		if r.op == opDecide {
			werr = r.derr
		}
		switch {
		case r.log.outcome != "":
			lr.Outcome, lr.Err = r.log.outcome, r.log.reason
		case err == nil && werr != nil:
			err = fmt.Errorf("graph: apply log %s entry %d: %w", name, r.log.seq, werr)
		case err == nil:
			err = fmt.Errorf("graph: apply log %s entry %d: not applied", name, r.log.seq)
		}
		if lr.Outcome != "" {
			results = append(results, lr)
		}
	}
	return results, err
}

// Cursor returns the stored position of the log called name, the zero
// Cursor when the store never applied an entry of it.
func (s *Store) Cursor(ctx context.Context, name string) (Cursor, error) {
	var c Cursor
	if !validLogName(name) {
		return c, fmt.Errorf("graph: cursor %q: %w: a log name is a slug", name, ErrInvalidID)
	}
	err := s.View(ctx, func(tx *Tx) error {
		_, err := getJSON(tx.txn, keys.CursorKey(name), &c)
		return err
	})
	if err != nil {
		return c, fmt.Errorf("graph: cursor %s: %w", name, err)
	}
	return c, nil
}

// logCursor reads the cursor of a log as the batch sees it.
func (b *batch) logCursor(name string) (Cursor, error) {
	var c Cursor
	_, err := batchJSON(b, keys.CursorKey(name), &c)
	return c, err
}

// checkLog refuses an entry that does not follow the stored cursor.
func (b *batch) checkLog(p *logPos) error {
	c, err := b.logCursor(p.name)
	if err != nil {
		return err
	}
	if c.Seq != p.after {
		return fmt.Errorf("%w: entry %d of %s follows %d, the store is at %d", ErrCursor, p.seq, p.name, p.after, c.Seq)
	}
	return nil
}

// advanceLog moves the cursor past an entry with its outcome, in the
// batch's transaction.
func (b *batch) advanceLog(p *logPos, o Outcome, reason error) error {
	c, err := b.logCursor(p.name)
	if err != nil {
		return err
	}
	c.Seq = p.seq
	switch o {
	case OutcomeApplied:
		c.Applied++
	case OutcomeDuplicate:
		c.Duplicates++
	case OutcomeRefused:
		c.Refused++
	}
	v, err := json.Marshal(c)
	if err != nil {
		return err
	}
	if err := b.set(keys.CursorKey(p.name), v); err != nil {
		return err
	}
	p.outcome, p.reason = o, reason
	return nil
}

// ingestOutcome classifies what ingesting an entry's claims did.
func ingestOutcome(res IngestResult, aerr error) Outcome {
	switch {
	case aerr != nil:
		return OutcomeRefused
	case res.Status == StatusUnchanged:
		return OutcomeDuplicate
	}
	return OutcomeApplied
}

// refusedDecision reports whether err is a decision the store refuses,
// rather than a failure of the store.
func refusedDecision(err error) bool {
	return errors.Is(err, ErrDecision) || errors.Is(err, ErrInvalidID) || errors.Is(err, ErrNotFound)
}

// logRefusedDecision moves a log's cursor past a refused decision, in a
// transaction of its own (the decision's was not committed).
func (s *Store) logRefusedDecision(p *logPos, reason error) error {
	return s.inBatch(false, func(b *batch) error {
		if err := b.checkLog(p); err != nil {
			return err
		}
		return b.advanceLog(p, OutcomeRefused, reason)
	})
}

// Cursors returns the stored cursor of every log the store follows, by
// name (empty when it follows none).
func (s *Store) Cursors(ctx context.Context) (map[string]Cursor, error) {
	out := map[string]Cursor{}
	err := s.View(ctx, func(tx *Tx) error {
		it := tx.txn.NewIterator(badger.IteratorOptions{Prefix: keys.CursorPrefix, PrefetchValues: true})
		defer it.Close()
		for it.Seek(keys.CursorPrefix); it.ValidForPrefix(keys.CursorPrefix); it.Next() {
			var c Cursor
			if err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, &c) }); err != nil {
				return fmt.Errorf("decode %q: %w", it.Item().Key(), err)
			}
			out[string(it.Item().Key()[len(keys.CursorPrefix):])] = c
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("graph: cursors: %w", err)
	}
	return out, nil
}

// SetCursor stores the cursor of a log as given. It is for a store built
// afresh from another that followed the log (rebuild, repair): it holds
// what the cursor counts, and goes on from there.
func (s *Store) SetCursor(ctx context.Context, name string, c Cursor) error {
	if !validLogName(name) {
		return fmt.Errorf("graph: set cursor %q: %w: a log name is a slug", name, ErrInvalidID)
	}
	_, err := s.submit(ctx, &writeReq{ctx: ctx, op: opSetCursor, log: &logPos{name: name}, cursor: &c})
	if err != nil {
		return fmt.Errorf("graph: set cursor %s: %w", name, err)
	}
	return nil
}

// setCursor writes a log's cursor in the batch.
func (b *batch) setCursor(name string, c *Cursor) error {
	v, err := json.Marshal(c)
	if err != nil {
		return err
	}
	return b.set(keys.CursorKey(name), v)
}
