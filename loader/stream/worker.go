package stream

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

// Worker takes articles from the work queue [Articles], extracts them and
// publishes their claims to [Claims], acknowledging each article once
// JetStream has stored its claims. An article a worker took and did not
// acknowledge (the worker died) goes to another worker after AckWait; one
// handed out DefaultMaxDeliver times is left aside.
type Worker struct {
	NC        *nats.Conn
	JS        jetstream.JetStream
	Extractor loader.Extractor
	// Workers is the number of extraction goroutines; 0 means GOMAXPROCS.
	Workers int
	// AckWait is how long an article stays with a worker unacknowledged;
	// 0 means DefaultAckWait. The work consumer is shared: the last
	// worker to start sets it.
	AckWait time.Duration
	// Once makes Run return when the queue has nothing left, instead of
	// waiting for more.
	Once bool
	// Failed, when set, is called with each article that could not be
	// extracted or published (it is acknowledged as done, not retried).
	Failed func(subject string, err error)
}

// WorkSummary counts what a [Worker] did.
type WorkSummary struct {
	Articles   int // articles extracted and published
	Published  int // claims messages stored by JetStream
	Duplicates int // claims messages JetStream had already
	Failed     int
	Elapsed    time.Duration
}

// Run works until ctx is done (returning nil then) or, with Once, until
// the queue is empty.
func (w *Worker) Run(ctx context.Context) (*WorkSummary, error) {
	start := time.Now()
	sum := &WorkSummary{}
	n := w.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	ackWait := w.AckWait
	if ackWait <= 0 {
		ackWait = DefaultAckWait
	}
	if _, err := stream(ctx, w.JS, Claims); err != nil {
		return sum, err
	}
	s, err := stream(ctx, w.JS, Articles)
	if err != nil {
		return sum, err
	}
	var cons jetstream.Consumer
	err = retrying(ctx, func() error {
		var err error
		cons, err = s.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{
			Durable: WorkConsumer, Description: "actorgraph extract workers",
			AckPolicy: jetstream.AckExplicitPolicy, AckWait: ackWait, MaxDeliver: DefaultMaxDeliver,
			MaxAckPending: 4096,
		})
		return err
	})
	if err != nil {
		return sum, fmt.Errorf("stream: work consumer %s on %s: %w", WorkConsumer, Articles, err)
	}
	pub := NewPublisher(w.NC, w.JS)
	pub.Acked = func(tag any) {
		if m, ok := tag.(jetstream.Msg); ok {
			_ = m.Ack()
		}
	}
	fail := func(m jetstream.Msg, err error) {
		sum.Failed++
		if w.Failed != nil {
			w.Failed(m.Subject(), err)
		}
		_ = m.Term() // the same article would fail again
	}
	defer func() { sum.Elapsed = time.Since(start) }()
	idle := 0 // empty fetches in a row
	for {
		if ctx.Err() != nil {
			return sum, flushed(ctx, pub, sum)
		}
		size := min(max(16*n, 64), 256)
		msgs, ferr := collect(cons.FetchNoWait(size))
		if ferr == nil && len(msgs) == 0 {
			// Nothing waiting: hand over what is in flight (its articles
			// are acknowledged then), and wait for the next article.
			if err := flushed(ctx, pub, sum); err != nil {
				return sum, err
			}
			msgs, ferr = collect(cons.Fetch(1, jetstream.FetchMaxWait(time.Second)))
			if ferr == nil && len(msgs) > 0 {
				more, _ := collect(cons.FetchNoWait(size - 1))
				msgs = append(msgs, more...)
			}
		}
		if ferr != nil && len(msgs) == 0 {
			// The fetch failed (a server went away, the consumer changed
			// leader or was just updated by another worker): not a sign
			// that the queue is empty.
			if ctx.Err() != nil {
				return sum, flushed(ctx, pub, sum)
			}
			select {
			case <-time.After(250 * time.Millisecond):
			case <-ctx.Done():
			}
			continue
		}
		if len(msgs) == 0 {
			if w.Once {
				done, err := w.drained(ctx, s, cons, &idle)
				if err != nil || done {
					return sum, errors.Join(err, flushed(ctx, pub, sum))
				}
			}
			continue
		}
		idle = 0
		claims := make([]*graph.Claims, len(msgs))
		errs := make([]error, len(msgs))
		var wg sync.WaitGroup
		sem := make(chan struct{}, n)
		for i, m := range msgs {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				claims[i], errs[i] = w.extract(ctx, m.Data())
			}()
		}
		wg.Wait()
		for i, m := range msgs {
			if errs[i] != nil {
				if ctx.Err() != nil {
					// interrupted, not failed: the articles left go to
					// another worker after the ack wait
					return sum, flushed(ctx, pub, sum)
				}
				fail(m, errs[i])
				continue
			}
			if err := pub.Claims(ctx, claims[i], m); err != nil {
				if errors.Is(err, ErrMessageTooLarge) {
					fail(m, err)
					continue
				}
				return sum, err
			}
			sum.Articles++
		}
		// With more waiting, the claims of this batch are acknowledged
		// while the next is extracted (their articles as they are);
		// otherwise they are waited for now.
		if len(msgs) < size {
			err = flushed(ctx, pub, sum)
		} else {
			err = pub.Reap(ctx)
		}
		if err != nil {
			return sum, err
		}
	}
}

// flushed waits for the claims in flight and counts them.
func flushed(ctx context.Context, pub *Publisher, sum *WorkSummary) error {
	fctx := ctx
	if ctx.Err() != nil {
		// interrupted: still wait a little for what is in flight, whose
		// articles are acknowledged then
		var cancel context.CancelFunc
		fctx, cancel = context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
	}
	err := pub.Flush(fctx)
	sum.Published, sum.Duplicates = pub.Published, pub.Duplicates
	return err
}

// drained reports whether the work queue is done: no article left in
// the stream (a work queue drops what is acknowledged), or, after three
// empty fetches in a row, none waiting or in a worker's hands (what is
// left was handed out DefaultMaxDeliver times and is left aside). The
// consumer's counts alone are not trusted at once: a consumer just
// created by another worker may report nothing pending for a moment.
func (w *Worker) drained(ctx context.Context, s jetstream.Stream, cons jetstream.Consumer, idle *int) (bool, error) {
	*idle++
	sinfo, err := s.Info(ctx)
	if err != nil {
		return ctx.Err() != nil, nil // a server went away: ask again later
	}
	if sinfo.State.Msgs == 0 {
		return true, nil
	}
	if *idle < 3 {
		return false, nil
	}
	info, err := cons.Info(ctx)
	if err != nil {
		return ctx.Err() != nil, nil
	}
	return info.NumPending == 0 && info.NumAckPending == 0, nil
}

// extract decodes a work message and extracts its article.
func (w *Worker) extract(ctx context.Context, data []byte) (*graph.Claims, error) {
	var a graph.Article
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("not an article: %w", err)
	}
	if w.Extractor == nil {
		return nil, loader.ErrNoExtractor
	}
	c, err := w.Extractor.Extract(ctx, &a)
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", graph.ArticleID(&a), err)
	}
	if _, err := c.Check(); err != nil {
		return nil, fmt.Errorf("article %s: %w", c.Article.ID, err)
	}
	return c, nil
}

// collect reads a fetched batch: its messages, and the error of the fetch
// or of the batch.
func collect(b jetstream.MessageBatch, err error) ([]jetstream.Msg, error) {
	if err != nil {
		return nil, err
	}
	var msgs []jetstream.Msg
	for m := range b.Messages() {
		msgs = append(msgs, m)
	}
	return msgs, b.Error()
}
