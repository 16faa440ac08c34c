package stream

import (
	"context"
	"errors"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/actorgraph/actorgraph/loader"
)

// EnqueueSummary counts what [Enqueue] did.
type EnqueueSummary struct {
	Articles   int // articles read and put on the queue
	Published  int // messages JetStream stored
	Duplicates int // messages it had already (same article id and content hash)
	Failed     int
}

// errClaimsInput is the failure of a claims line given to Enqueue.
var errClaimsInput = errors.New("claims need no extraction: publish them with 'actorgraph extract --nats URL FILE'")

// Enqueue reads the articles of paths (as [loader.Read] does) and puts each
// on the work queue [Articles] for the extract workers. Problems with the
// input reach failed and the rest goes on.
func Enqueue(ctx context.Context, nc *nats.Conn, js jetstream.JetStream, paths []string, opts loader.ReadOptions, failed func(*loader.InputError)) (*EnqueueSummary, error) {
	sum := &EnqueueSummary{}
	if _, err := stream(ctx, js, Articles); err != nil {
		return sum, err
	}
	pub := NewPublisher(nc, js)
	fail := func(e *loader.InputError) {
		sum.Failed++
		if failed != nil {
			failed(e)
		}
	}
	err := loader.Read(ctx, paths, opts, func(it loader.Item) error {
		switch {
		case it.Err != nil:
			fail(it.Err)
		case it.Claims != nil:
			fail(&loader.InputError{Path: it.Path, Line: max(it.Line, 1), Err: errClaimsInput})
		case it.Article != nil:
			if err := pub.Article(ctx, it.Article, nil); err != nil {
				if errors.Is(err, ErrMessageTooLarge) {
					fail(&loader.InputError{Path: it.Path, Line: max(it.Line, 1), Err: err})
					return nil
				}
				return err
			}
			sum.Articles++
		}
		return nil
	})
	ferr := pub.Flush(ctx)
	sum.Published, sum.Duplicates = pub.Published, pub.Duplicates
	return sum, errors.Join(err, ferr)
}
