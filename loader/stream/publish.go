package stream

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/actorgraph/actorgraph/graph"
)

// ErrMessageTooLarge is returned (wrapped) for an article whose message
// exceeds what the NATS servers take (their max_payload).
var ErrMessageTooLarge = errors.New("message larger than the NATS servers take (max_payload)")

// DefaultInFlight is how many messages a [Publisher] has in flight, not
// yet acknowledged by JetStream, at most.
const DefaultInFlight = 256

// retryFor is how long a message that JetStream did not acknowledge (a
// server went away, a stream changed leader) is published again before
// the publisher gives up. Republishing is safe: the message id makes
// JetStream drop the copies it stored already.
const retryFor = 2 * time.Minute

// Publisher publishes claims and articles to their streams, asynchronously,
// with a message id that makes publishing again harmless. It is not safe
// for concurrent use.
type Publisher struct {
	nc      *nats.Conn
	js      jetstream.JetStream
	pending []*inflight
	// InFlight bounds the messages not yet acknowledged; 0 means
	// DefaultInFlight.
	InFlight int
	// Published counts the messages JetStream stored, Duplicates those it
	// dropped as already stored (same message id within its window).
	Published, Duplicates int
	// Acked, when set, is called (in Publish, Flush or Close) once
	// JetStream has acknowledged a message, with the value given to
	// publish (the worker acknowledges an article's work message then).
	Acked func(tag any)
}

type inflight struct {
	msg    *nats.Msg
	stream string
	fut    jetstream.PubAckFuture
	tag    any
}

// NewPublisher returns a publisher on the connection.
func NewPublisher(nc *nats.Conn, js jetstream.JetStream) *Publisher {
	return &Publisher{nc: nc, js: js}
}

// Claims publishes one article's claims (checked, with their article id:
// see [graph.Claims.Check]) to [Claims] on the subject of the article,
// with the message id <article id>/<content hash>/<fingerprint>.
func (p *Publisher) Claims(ctx context.Context, c *graph.Claims, tag any) error {
	a := &c.Article
	if a.ID == "" {
		return fmt.Errorf("stream: publish claims: article without id (check the claims first)")
	}
	data, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("stream: encode the claims of %s: %w", a.ID, err)
	}
	return p.publish(ctx, Claims, ClaimsSubject+"."+Token(a.ID), MsgID(a.ID, a.ContentHash, a.Fingerprint), data, tag)
}

// Article puts one article on the work queue [Articles], with the message
// id <article id>/<content hash>.
func (p *Publisher) Article(ctx context.Context, a *graph.Article, tag any) error {
	if a.ContentHash == "" {
		a.ContentHash = graph.ContentHash(a.Text)
	}
	id := graph.ArticleID(a)
	data, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("stream: encode article %s: %w", id, err)
	}
	return p.publish(ctx, Articles, ArticlesSubject+"."+Token(id), MsgID(id, a.ContentHash), data, tag)
}

func (p *Publisher) publish(ctx context.Context, stream, subject, id string, data []byte, tag any) error {
	if max := p.nc.MaxPayload(); max > 0 && int64(len(data))+512 > max {
		return fmt.Errorf("stream: %s: %d bytes: %w (%d bytes)", subject, len(data), ErrMessageTooLarge, max)
	}
	m := nats.NewMsg(subject)
	m.Data = data
	m.Header.Set(jetstream.MsgIDHeader, id)
	limit := p.InFlight
	if limit <= 0 {
		limit = DefaultInFlight
	}
	for len(p.pending) >= limit {
		if err := p.waitOldest(ctx); err != nil {
			return err
		}
	}
	in := &inflight{msg: m, stream: stream, tag: tag}
	fut, err := p.js.PublishMsgAsync(m, jetstream.WithExpectStream(stream))
	if err == nil {
		in.fut = fut
	}
	p.pending = append(p.pending, in)
	return nil
}

// Reap counts (and reports to Acked) the messages at the head of those in
// flight that JetStream has acknowledged, without waiting for the others.
func (p *Publisher) Reap(ctx context.Context) error {
	for len(p.pending) > 0 {
		in := p.pending[0]
		if in.fut == nil {
			return nil
		}
		select {
		case ack := <-in.fut.Ok():
			p.pending = p.pending[1:]
			if err := p.done(ctx, in, ack); err != nil {
				return err
			}
		case <-in.fut.Err():
			p.pending = p.pending[1:]
			if err := p.done(ctx, in, nil); err != nil {
				return err
			}
		default:
			return nil
		}
	}
	return nil
}

// waitOldest waits for the acknowledgement of the oldest message in
// flight, publishing it again while JetStream does not acknowledge it.
func (p *Publisher) waitOldest(ctx context.Context) error {
	in := p.pending[0]
	p.pending = p.pending[1:]
	var ack *jetstream.PubAck
	if in.fut != nil {
		select {
		case ack = <-in.fut.Ok():
		case <-in.fut.Err():
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return p.done(ctx, in, ack)
}

// done counts a message in flight once acknowledged: ack, or when nil,
// the acknowledgement of publishing it again.
func (p *Publisher) done(ctx context.Context, in *inflight, ack *jetstream.PubAck) error {
	if ack == nil {
		var err error
		if ack, err = p.retry(ctx, in); err != nil {
			return err
		}
	}
	if ack.Duplicate {
		p.Duplicates++
	} else {
		p.Published++
	}
	if p.Acked != nil {
		p.Acked(in.tag)
	}
	return nil
}

// retry publishes a message synchronously until JetStream acknowledges it
// or retryFor has passed.
func (p *Publisher) retry(ctx context.Context, in *inflight) (*jetstream.PubAck, error) {
	deadline := time.Now().Add(retryFor)
	wait := 100 * time.Millisecond
	for {
		actx, cancel := context.WithTimeout(ctx, 5*time.Second)
		ack, err := p.js.PublishMsg(actx, in.msg, jetstream.WithExpectStream(in.stream))
		cancel()
		if err == nil {
			return ack, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("stream: publish to %s: no acknowledgement for %s: %w", in.stream, retryFor, err)
		}
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		wait = min(2*wait, 2*time.Second)
	}
}

// Flush waits until every message published is acknowledged.
func (p *Publisher) Flush(ctx context.Context) error {
	for len(p.pending) > 0 {
		if err := p.waitOldest(ctx); err != nil {
			return err
		}
	}
	return nil
}

// PublishDecision validates a curation decision and publishes it to
// [Decisions], for every replica to apply in stream order. A decision
// without a time gets the current one; its message id is a digest of the
// decision, so publishing it again (a retried command) logs it once.
func PublishDecision(ctx context.Context, js jetstream.JetStream, d graph.Decision) (*jetstream.PubAck, error) {
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("stream: %s: %w", d.String(), err)
	}
	d.Seq = 0
	if d.Time.IsZero() {
		d.Time = time.Now().UTC().Truncate(time.Millisecond)
	}
	data, err := json.Marshal(d)
	if err != nil {
		return nil, fmt.Errorf("stream: encode %s: %w", d.String(), err)
	}
	sum := sha256.Sum256(data)
	ack, err := js.Publish(ctx, DecisionsSubject, data, jetstream.WithMsgID(hex.EncodeToString(sum[:16])),
		jetstream.WithExpectStream(Decisions), jetstream.WithRetryAttempts(20), jetstream.WithRetryWait(250*time.Millisecond))
	if err != nil {
		return nil, fmt.Errorf("stream: publish %s to %s: %w", d.String(), Decisions, err)
	}
	return ack, nil
}
