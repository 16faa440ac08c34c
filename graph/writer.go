package graph

import (
	"errors"
	"fmt"
	"time"

	badger "github.com/dgraph-io/badger/v4"
)

// This file is the store's one writer goroutine: it groups queued articles
// into batches and commits each in one transaction, waiting for Badger.
// (Building the next batch while Badger applied the last, reading through
// the batch in flight, was tried during issue 8: it was correct but showed
// no gain in the ingest benchmark on 2 shared cores, so it went.)

// writer is the one goroutine that writes: it takes whatever requests are
// queued, up to the batch limits, and commits them in one transaction.
func (s *Store) writer() {
	defer close(s.done)
	for req := range s.reqs {
		if req.op == opDecide {
			s.decideIfRoom(req)
			continue
		}
		batch := []*writeReq{req}
		size := req.size()
		var held *writeReq // a decision waits for the articles queued before it
		// take adds a request to the group; it reports whether the group
		// is closed (the queue closed, or a decision came).
		take := func(r *writeReq, ok bool) (closed bool) {
			if !ok {
				return true
			}
			if r.op == opDecide {
				held = r
				return true
			}
			batch = append(batch, r)
			size += r.size()
			return false
		}
		var wait *time.Timer // Options.BatchWait, from the group's first request
	drain:
		for len(batch) < s.opts.MaxBatchArticles && size < s.opts.MaxBatchBytes {
			select {
			case r, ok := <-s.reqs:
				if take(r, ok) {
					break drain
				}
				continue
			default:
			}
			if s.opts.BatchWait <= 0 || len(batch) >= s.opts.MinBatchArticles {
				break drain
			}
			if wait == nil {
				wait = time.NewTimer(s.opts.BatchWait)
			}
			select {
			case r, ok := <-s.reqs:
				if take(r, ok) {
					break drain
				}
			case <-wait.C:
				break drain
			}
		}
		if wait != nil {
			wait.Stop()
		}
		if err := s.checkFreeFor(batch); err != nil {
			for _, r := range batch {
				r.res <- writeResult{err: fmt.Errorf("graph: write %s: %w", r.name(), err)}
			}
		} else {
			s.commit(batch)
		}
		if held != nil {
			s.decideIfRoom(held)
		}
	}
}

// decideIfRoom applies a decision, or refuses it when the disk is below
// the headroom.
func (s *Store) decideIfRoom(req *writeReq) {
	if err := s.checkFree(); err != nil {
		req.derr = fmt.Errorf("graph: %s: %w", req.decision.String(), err)
		req.res <- writeResult{}
		return
	}
	s.decide(req)
}

// checkFreeFor checks the free disk space before a batch is committed
// (one statfs per batch, at most MaxBatchBytes of writes): a batch of
// no-ops only (Store.exclusive) writes nothing and is not checked.
func (s *Store) checkFreeFor(batch []*writeReq) error {
	for _, r := range batch {
		if r.op != opNoop {
			return s.checkFree()
		}
	}
	return nil
}

// commit writes reqs in as few transactions as fit, halving a group that
// overflows Badger's transaction limit or fails (so that the failure of one
// article's write is its own, not its group's). Every request gets an answer.
func (s *Store) commit(reqs []*writeReq) {
	for len(reqs) > 0 {
		n := len(reqs)
		for {
			done, err := s.tryCommit(reqs[:n])
			if err == nil {
				reqs = reqs[done:]
				break
			}
			if n > 1 {
				n /= 2
				continue
			}
			if errors.Is(err, badger.ErrTxnTooBig) {
				err = fmt.Errorf("%w: its writes exceed one transaction", ErrTooLarge)
			}
			for _, r := range reqs[:n] {
				r.res <- writeResult{err: fmt.Errorf("graph: write %s: %w", r.name(), err)}
			}
			reqs = reqs[n:]
			break
		}
	}
}

func (r *writeReq) name() string {
	switch {
	case r.claims != nil:
		return "article " + ArticleID(&r.claims.Article)
	case r.op == opSkip:
		return "unreadable log entry"
	}
	return "decision"
}

// tryCommit applies requests in order in one transaction until the byte
// budget is spent, commits, answers those it applied and returns how many.
func (s *Store) tryCommit(reqs []*writeReq) (done int, err error) {
	results := make([]writeResult, 0, len(reqs))
	commits := s.commits.Load()
	err = s.inBatch(true, func(b *batch) error {
		b.reserve(reqs)
		for _, r := range reqs {
			if len(results) > 0 && b.bytes >= s.opts.MaxBatchBytes {
				break
			}
			if cerr := r.ctx.Err(); cerr != nil {
				results = append(results, writeResult{err: cerr})
				continue
			}
			if r.op == opNoop {
				if s.noopHook != nil {
					s.noopHook()
				}
				results = append(results, writeResult{})
				continue
			}
			if r.op == opSetCursor {
				if err := b.setCursor(r.log.name, r.cursor); err != nil {
					return err
				}
				results = append(results, writeResult{})
				continue
			}
			if r.log != nil {
				if err := b.checkLog(r.log); err != nil {
					results = append(results, writeResult{err: err})
					continue
				}
			}
			if r.op == opSkip {
				if err := b.advanceLog(r.log, OutcomeRefused, r.skip); err != nil {
					return err
				}
				results = append(results, writeResult{})
				continue
			}
			res, aerr, ferr := b.ingest(r.claims, r.validated, r.pre)
			if ferr != nil {
				return ferr
			}
			if r.log != nil {
				if err := b.advanceLog(r.log, ingestOutcome(res, aerr), aerr); err != nil {
					return err
				}
			}
			results = append(results, writeResult{r: res, err: aerr})
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	if s.commits.Load() > commits { // a transaction was committed
		n := 0
		for i, res := range results {
			if res.err == nil && reqs[i].claims != nil {
				n++
			}
		}
		s.committed.Add(int64(n))
	}
	for i, res := range results {
		reqs[i].res <- res
	}
	return len(results), nil
}

// inBatch runs fn in a new write batch, then writes the derived records
// the batch changed and commits. When fn fails (or panics), nothing is
// committed. An ingest batch (useCache) reads through the writer's cache
// and leaves it with what it committed; any other batch (a decision) does
// not use it and drops it (cache.go).
func (s *Store) inBatch(useCache bool, fn func(b *batch) error) (err error) {
	txn := s.db.NewTransaction(true)
	defer txn.Discard()
	b := s.newBatch(txn)
	if useCache {
		b.useCache(s.cache)
	}
	defer b.discard()
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: %v", p)
		}
		if err == nil && useCache {
			s.cache.committed(b)
		} else {
			s.cache.reset()
		}
	}()
	if err := fn(b); err != nil {
		return err
	}
	if err := b.flush(); err != nil {
		return err
	}
	if b.writes == 0 {
		return nil // nothing to commit
	}
	if err := txn.Commit(); err != nil {
		return err
	}
	s.commits.Add(1)
	if s.batchHook != nil {
		s.batchHook(b.log)
	}
	return nil
}
