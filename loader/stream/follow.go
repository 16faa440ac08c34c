package stream

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/actorgraph/actorgraph/graph"
)

// DefaultFollowBatch is the most stream messages a [Follower] applies in
// one call to [graph.Store.ApplyLog].
const DefaultFollowBatch = 256

// Follower materialises the [Claims] and [Decisions] streams into a
// store: every message is applied in the same transaction that moves the
// store's cursor of its stream ([graph.Store.ApplyLog]), so a follower
// killed at any point and started again on its database goes on from the
// next message, never applying one twice nor skipping one. Claims are
// ingested as 'actorgraph load' would ingest them; decisions are applied
// in stream order, waiting for the actors and articles they name when
// those are not loaded yet.
type Follower struct {
	JS    jetstream.JetStream
	Store *graph.Store
	// Once makes Run return when both streams are applied up to the
	// messages they held when it reached them, instead of following for
	// ever.
	Once bool
	// Batch is the most messages applied together; 0 means
	// DefaultFollowBatch.
	Batch int
	// Progress, when set, is called after each batch applied (from the
	// goroutine of its stream: calls may run concurrently).
	Progress func(log string, c graph.Cursor)
}

// LogSummary reports what a [Follower] did with one stream in one run.
type LogSummary struct {
	Stream     string
	Applied    int
	Duplicates int
	Refused    int
	// Cursor is the stored position at the end, with the counts of every
	// run on this database.
	Cursor graph.Cursor
	// Lags are the delays from JetStream storing each message to the
	// store committing it, in order of application.
	Lags []time.Duration
}

// FollowSummary reports a [Follower]'s run: the claims, then the decisions.
type FollowSummary struct {
	Claims, Decisions LogSummary
	Elapsed           time.Duration
}

// Run follows both streams until ctx is done (returning nil then) or, with
// Once, until caught up.
func (f *Follower) Run(ctx context.Context) (*FollowSummary, error) {
	start := time.Now()
	sum := &FollowSummary{Claims: LogSummary{Stream: Claims}, Decisions: LogSummary{Stream: Decisions}}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, ls := range []*LogSummary{&sum.Claims, &sum.Decisions} {
		log := ClaimsLog
		if i == 1 {
			log = DecisionsLog
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f.follow(ctx, ls.Stream, log, ls); err != nil {
				errs[i] = err
				cancel(err)
			}
		}()
	}
	wg.Wait()
	sum.Elapsed = time.Since(start)
	return sum, errors.Join(errs...)
}

// follow applies one stream to its log's cursor.
func (f *Follower) follow(ctx context.Context, name, log string, ls *LogSummary) error {
	batch := f.Batch
	if batch <= 0 {
		batch = DefaultFollowBatch
	}
	cur, err := f.Store.Cursor(ctx, log)
	if err != nil {
		return err
	}
	ls.Cursor = cur
	prev := cur.Seq
	s, err := stream(ctx, f.JS, name)
	if err != nil {
		return quiet(ctx, err)
	}
	caughtUp := func() (bool, error) {
		info, err := s.Info(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return false, nil
			}
			return false, nil // a server went away: ask again later
		}
		return info.State.LastSeq <= prev, nil
	}
	if f.Once {
		if done, err := caughtUp(); err != nil || done {
			return err
		}
	}
	cfg := jetstream.OrderedConsumerConfig{}
	if prev > 0 {
		cfg.DeliverPolicy = jetstream.DeliverByStartSequencePolicy
		cfg.OptStartSeq = prev + 1
	}
	var cons jetstream.Consumer
	err = retrying(ctx, func() error {
		var err error
		cons, err = s.OrderedConsumer(ctx, cfg)
		return err
	})
	if err != nil {
		return quiet(ctx, fmt.Errorf("stream: consumer of %s: %w", name, err))
	}
	msgs := make(chan jetstream.Msg, 2*batch)
	stop := make(chan struct{})
	defer close(stop)
	cc, err := cons.Consume(func(m jetstream.Msg) {
		select {
		case msgs <- m:
		case <-stop:
		}
	}, jetstream.ConsumeErrHandler(func(jetstream.ConsumeContext, error) {
		// The ordered consumer recreates itself after a server goes away,
		// from the message after the last one it delivered.
	}))
	if err != nil {
		return quiet(ctx, fmt.Errorf("stream: consume %s: %w", name, err))
	}
	defer cc.Stop()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	var pending []jetstream.Msg
	for {
		pending = pending[:0]
		select {
		case m := <-msgs:
			pending = append(pending, m)
		case <-tick.C:
			if f.Once {
				if done, err := caughtUp(); err != nil || done {
					return err
				}
			}
			continue
		case <-ctx.Done():
			return nil
		}
	drain:
		for len(pending) < batch {
			select {
			case m := <-msgs:
				pending = append(pending, m)
			default:
				break drain
			}
		}
		entries := make([]graph.LogEntry, 0, len(pending))
		stored := make([]time.Time, 0, len(pending))
		var left uint64
		for _, m := range pending {
			meta, err := m.Metadata()
			if err != nil {
				return fmt.Errorf("stream: %s: message without metadata: %w", name, err)
			}
			seq := meta.Sequence.Stream
			if seq <= prev {
				continue // delivered again after a reset
			}
			e := graph.LogEntry{Seq: seq, After: prev}
			if name == Decisions {
				var d graph.Decision
				if err := json.Unmarshal(m.Data(), &d); err != nil {
					e.Unreadable = fmt.Errorf("%s message %d: not a decision: %w", name, seq, err)
				} else {
					e.Decision = &d
				}
			} else {
				var c graph.Claims
				if err := json.Unmarshal(m.Data(), &c); err != nil {
					e.Unreadable = fmt.Errorf("%s message %d: not claims: %w", name, seq, err)
				} else {
					e.Claims = &c
				}
			}
			entries = append(entries, e)
			stored = append(stored, meta.Timestamp)
			prev, left = seq, meta.NumPending
		}
		if len(entries) == 0 {
			continue
		}
		res, err := f.Store.ApplyLog(ctx, log, entries)
		now := time.Now()
		for i, r := range res {
			switch r.Outcome {
			case graph.OutcomeApplied:
				ls.Applied++
			case graph.OutcomeDuplicate:
				ls.Duplicates++
			case graph.OutcomeRefused:
				ls.Refused++
			}
			ls.Lags = append(ls.Lags, now.Sub(stored[i]))
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("stream: apply %s: %w", name, err)
		}
		if ls.Cursor, err = f.Store.Cursor(ctx, log); err != nil {
			return err
		}
		if f.Progress != nil {
			f.Progress(log, ls.Cursor)
		}
		if f.Once && left == 0 && len(msgs) == 0 {
			return nil
		}
	}
}

// quiet drops an error caused by ctx being done.
func quiet(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return nil
	}
	return err
}

// Percentile returns the p-th percentile (0 < p <= 100) of ds, 0 for none.
func Percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(float64(len(s))*p/100+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}
