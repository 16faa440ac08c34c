package graph

import (
	"context"
	"encoding/json"
	"reflect"
	"sync"

	"github.com/actorgraph/actorgraph/graph/internal/keys"
)

// This file exposes internals to the external test package graph_test.

// SetBatchHook makes s call f with the writes of every committed batch, in
// order (benchmarks replay them into a raw Badger). Set it before the
// first write, or while no write is in flight.
func SetBatchHook(s *Store, f func([]KV)) { s.batchHook = f }

// BatchOp is one write of RunBatch: Claims to ingest or, when Claims is
// nil, the id of an article to retract (a decision, which the writer
// commits after the articles queued before it).
type BatchOp struct {
	Claims  *Claims
	Retract string
}

// BatchResult is what one BatchOp gave.
type BatchResult struct {
	Result IngestResult
	Err    error
}

// RunBatch queues ops, in order, while the writer is held, so that the
// writer takes them all at once and commits them in one transaction (up to
// the batch limits): it makes group commit deterministic in tests. No other
// write may be in flight.
func RunBatch(s *Store, ops []BatchOp) []BatchResult {
	held, release := make(chan struct{}), make(chan struct{})
	var once sync.Once
	s.noopHook = func() { once.Do(func() { close(held); <-release }) }
	ctx := context.Background()
	// Hold the writer on a no-op write.
	trigger := &writeReq{ctx: ctx, op: opNoop, res: make(chan writeResult, 1)}
	s.reqs <- trigger
	<-held
	reqs := make([]*writeReq, len(ops))
	for i, op := range ops {
		r := &writeReq{ctx: ctx, op: opIngest, claims: op.Claims, res: make(chan writeResult, 1)}
		if op.Claims == nil {
			r.op, r.decision = opDecide, &Decision{Op: OpRetract, Article: op.Retract}
		}
		reqs[i] = r
		s.reqs <- r
	}
	close(release)
	<-trigger.res
	out := make([]BatchResult, len(ops))
	for i, r := range reqs {
		res := <-r.res
		if r.op == opDecide {
			res.err = r.derr
		}
		out[i] = BatchResult{res.r, res.err}
	}
	s.noopHook = nil
	return out
}

// PrintableKey renders a key as Difference.Key does.
func PrintableKey(k []byte) string { return printable(k) }

// RecordJSON renders the binary record stored under k as JSON (the JSON
// form of the record type); values of JSON records are returned as they are.
func RecordJSON(k, v []byte) ([]byte, error) {
	var r any
	var err error
	switch k[0] {
	case 'o':
		r, err = decodeRelAgg(v)
	case 'n':
		r, err = decodeActor(v)
	case 'x':
		r, err = decodeMention(v)
	case 'v':
		r, err = decodeEvidence(v)
	case 'd':
		r, err = decodeArticle(v)
	case 't':
		r, err = decodeText(v)
	default:
		return v, nil
	}
	if err != nil {
		return nil, err
	}
	return json.Marshal(r)
}

// RecordFromJSON encodes the JSON form of the record type of k as the
// store writes it.
func RecordFromJSON(k, js []byte) ([]byte, error) {
	var err error
	switch k[0] {
	case 'o':
		var r relAgg
		if err = json.Unmarshal(js, &r); err == nil {
			v, _ := encodeRelAgg(&r)
			return v, nil
		}
	case 'n':
		var r actorRec
		if err = json.Unmarshal(js, &r); err == nil {
			return encodeActor(&r), nil
		}
	case 'x':
		var r actorMention
		if err = json.Unmarshal(js, &r); err == nil {
			return encodeMention(&r), nil
		}
	case 'v':
		var r Evidence
		if err = json.Unmarshal(js, &r); err == nil {
			return encodeEvidence(&r), nil
		}
	case 'd':
		var r articleRec
		if err = json.Unmarshal(js, &r); err == nil {
			return encodeArticle(&r), nil
		}
	case 't':
		var r textRec
		if err = json.Unmarshal(js, &r); err == nil {
			return encodeText(&r), nil
		}
	default:
		return js, nil
	}
	return nil, err
}

// IngestStagedBefore ingests c as Ingest does, except that between runs
// after the caller's share of the work (preIngest) and before the writer
// gets the article: a decision applied there must make the writer resolve
// the claims again rather than use what the caller resolved.
func IngestStagedBefore(ctx context.Context, s *Store, c *Claims, between func()) (IngestResult, error) {
	if err := validateClaims(c, s.opts.MaxArticleBytes); err != nil {
		return IngestResult{}, err
	}
	pre := s.preIngest(c)
	between()
	return s.submit(ctx, &writeReq{ctx: ctx, op: opIngest, claims: c, validated: true, pre: pre})
}

// StagedMatches validates c and reports whether what the callers of Ingest
// stage for a store without decisions (resolveClaims with noDecisions,
// then stageArticle) equals what the writer computes with an empty
// decision log.
func StagedMatches(c *Claims) (bool, error) {
	if err := validateClaims(c, DefaultMaxArticleBytes); err != nil {
		return false, err
	}
	p1, aerr1, ferr1 := resolveClaims(noDecisions{}, c)
	p2, aerr2, ferr2 := resolveClaims(newMemState(), c)
	if !reflect.DeepEqual(aerr1, aerr2) || !reflect.DeepEqual(ferr1, ferr2) {
		return false, nil
	}
	if p1 == nil || p2 == nil {
		return p1 == p2, nil
	}
	h := keys.ArtOf(c.Article.ID)
	return reflect.DeepEqual(stageArticle(h, p1), stageArticle(h, p2)), nil
}
