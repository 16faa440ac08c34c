package graph

import (
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"
)

// This file is the store's one writer goroutine. It groups queued articles
// into batches and commits each in one transaction, and it pipelines them:
// while Badger applies one batch to its memtable (the flight), the writer
// builds the next one. The next batch reads what the store holds as it
// will be once the flight has landed: its own writes, then the flight's,
// then a snapshot taken after the batch before the flight landed. It is
// committed only once the flight has landed; if the flight failed, it is
// thrown away and built again, and the flight's articles are committed
// again one group at a time, so no answer rests on a write that failed.
// Callers get their answer when their batch has landed. Decisions do not
// take part: the writer lands the flight first and commits them alone.

// flight is an ingest batch Badger is committing.
type flight struct {
	reqs    []*writeReq
	results []writeResult
	b       *batch     // its writes (log, overlay, point index), for reads
	done    chan error // Badger's answer
}

// errStale is returned by a batch that read through a flight that failed:
// it must be built again.
var errStale = errors.New("graph: the batch before failed to commit")

// writer is the one goroutine that writes: it takes whatever requests are
// queued, up to the batch limits, and commits them in one transaction.
func (s *Store) writer() {
	defer close(s.done)
	defer s.dropSnapshot()
	for {
		var req *writeReq
		if s.flight != nil {
			// Build the next batch while the flight lands, if there is
			// one to build; else answer the flight's callers.
			select {
			case r, ok := <-s.reqs:
				if !ok {
					s.land()
					return
				}
				req = r
			case err := <-s.flight.done:
				s.flight.done <- err // land reads it
				s.land()
				continue
			}
		} else {
			r, ok := <-s.reqs
			if !ok {
				return
			}
			req = r
		}
		if req.op == opDecide {
			s.land()
			s.decide(req)
			continue
		}
		batch := []*writeReq{req}
		size := req.size()
		var held *writeReq // a decision waits for the articles queued before it
	drain:
		for len(batch) < s.opts.MaxBatchArticles && size < s.opts.MaxBatchBytes {
			select {
			case r, ok := <-s.reqs:
				if !ok {
					break drain
				}
				if r.op == opDecide {
					held = r
					break drain
				}
				batch = append(batch, r)
				size += r.size()
			default:
				break drain
			}
		}
		s.commit(batch)
		if held != nil {
			s.land()
			s.decide(held)
		}
	}
}

// land waits for the batch in flight, if any, and answers its callers. If
// it failed, its requests are committed again, without the pipeline, and
// land reports errStale: whatever was built on it must be built again.
func (s *Store) land() error {
	f := s.flight
	if f == nil {
		return nil
	}
	s.flight = nil
	err := <-f.done
	if err != nil {
		s.cache.reset()
		s.commitWith(f.reqs, false)
		s.refreshSnapshot()
		return errStale
	}
	s.refreshSnapshot()
	if s.batchHook != nil {
		s.batchHook(f.b.log)
	}
	for i, res := range f.results {
		f.reqs[i].res <- res
	}
	return nil
}

// refreshSnapshot replaces the writer's read snapshot with one that sees
// every landed batch.
func (s *Store) refreshSnapshot() {
	s.dropSnapshot()
	s.snap = s.db.NewTransaction(false)
}

// dropSnapshot discards the writer's read snapshot; the next pipelined
// batch takes a new one.
func (s *Store) dropSnapshot() {
	if s.snap != nil {
		s.snap.Discard()
		s.snap = nil
	}
}

// commit writes reqs in as few transactions as fit, pipelined.
func (s *Store) commit(reqs []*writeReq) { s.commitWith(reqs, true) }

// commitWith writes reqs in as few transactions as fit, halving a group
// that overflows Badger's transaction limit or fails (so that the failure
// of one article's write is its own, not its group's). Every request gets
// an answer: at once, or when its batch lands (pipelined).
func (s *Store) commitWith(reqs []*writeReq, pipelined bool) {
	for len(reqs) > 0 {
		n := len(reqs)
		for {
			done, err := s.tryCommit(reqs[:n], pipelined)
			if err == nil {
				reqs = reqs[done:]
				break
			}
			if errors.Is(err, errStale) {
				continue // built on a failed batch: build it again
			}
			if n > 1 {
				n /= 2
				continue
			}
			if errors.Is(err, badger.ErrTxnTooBig) {
				err = fmt.Errorf("%w: its writes exceed one transaction", ErrTooLarge)
			}
			if perr := s.land(); errors.Is(perr, errStale) {
				continue // answers rest on the flight: wait for it
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
	if r.claims != nil {
		return "article " + ArticleID(&r.claims.Article)
	}
	return "decision"
}

// tryCommit applies requests in order in one batch until the byte budget
// is spent, and commits it; it returns how many it applied. A pipelined
// batch leaves in flight, and its callers are answered when it lands;
// otherwise they are answered once it is committed.
func (s *Store) tryCommit(reqs []*writeReq, pipelined bool) (done int, err error) {
	results := make([]writeResult, 0, len(reqs))
	fn := func(b *batch) error {
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
			res, aerr, ferr := b.ingest(r.claims, r.validated)
			if ferr != nil {
				return ferr
			}
			results = append(results, writeResult{r: res, err: aerr})
		}
		return nil
	}
	if !pipelined {
		if err := s.inBatch(true, fn); err != nil {
			return 0, err
		}
		for i, res := range results {
			reqs[i].res <- res
		}
		return len(results), nil
	}
	f, err := s.inPipelinedBatch(fn)
	if err != nil {
		return 0, err
	}
	if f == nil { // nothing written: answer now (the flight has landed)
		for i, res := range results {
			reqs[i].res <- res
		}
		return len(results), nil
	}
	f.reqs, f.results = reqs[:len(results)], results
	s.flight = f
	return len(results), nil
}

// inBatch runs fn in a new write batch, then writes the derived records
// the batch changed and commits, waiting for Badger. When fn fails (or
// panics), nothing is committed. An ingest batch (useCache) reads through
// the writer's cache and leaves it with what it committed; any other batch
// (a decision) does not use it and drops it (cache.go). There must be no
// batch in flight.
func (s *Store) inBatch(useCache bool, fn func(b *batch) error) (err error) {
	txn := s.db.NewTransaction(true)
	defer txn.Discard()
	b := s.newBatch(txn)
	if useCache {
		b.useCache(s.cache)
	}
	defer b.discard()
	defer s.dropSnapshot() // it no longer sees what the store holds
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
	if s.batchHook != nil {
		s.batchHook(b.log)
	}
	return nil
}

// inPipelinedBatch runs fn in a new ingest batch that reads through the
// flight (deferred writes), then lands the flight, writes the batch into a
// transaction and sends it to Badger without waiting: it returns the new
// flight, or nil when the batch wrote nothing. On any error nothing of
// the batch is committed and the writer's cache is dropped.
func (s *Store) inPipelinedBatch(fn func(b *batch) error) (f *flight, err error) {
	if s.snap == nil {
		s.refreshSnapshot()
	}
	b := s.newBatch(nil)
	b.deferred = true
	b.flight = s.flight
	b.useCache(s.cache)
	var txn *badger.Txn
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: %v", p)
		}
		if err != nil {
			s.cache.reset()
			if txn != nil {
				txn.Discard()
			}
		}
	}()
	if err := fn(b); err != nil {
		return nil, err
	}
	if err := b.flush(); err != nil {
		return nil, err
	}
	// What the batch read assumed the flight landed.
	if err := s.land(); err != nil {
		return nil, err
	}
	b.flight = nil
	if b.writes == 0 {
		s.cache.committed(b)
		return nil, nil
	}
	txn = s.db.NewTransaction(true)
	for _, kv := range b.log {
		var err error
		if kv.Delete {
			err = txn.Delete(kv.Key)
		} else {
			err = txn.Set(kv.Key, kv.Value)
		}
		if err != nil {
			return nil, err
		}
	}
	f = &flight{b: b, done: make(chan error, 1)} // (its overlay and point index are built when read)
	if s.flightHook != nil {
		if err := s.flightHook(); err != nil { // a test: as if Badger failed
			txn.Discard()
			txn = nil
			f.done <- err
			s.cache.committed(b)
			return f, nil
		}
	}
	txn.CommitWith(func(err error) { f.done <- err })
	txn = nil // CommitWith discards it
	s.cache.committed(b)
	return f, nil
}
