package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/stream"
)

// defaultAckWait is the default of extract --ack-wait.
const defaultAckWait = stream.DefaultAckWait

// natsFlag is --nats, shared by the commands that talk to JetStream.
type natsFlag struct {
	url string
}

// natsFlags declares --nats on fs.
func natsFlags(fs *flag.FlagSet) *natsFlag {
	nf := &natsFlag{}
	fs.StringVar(&nf.url, "nats", "", "NATS server `URL`s, comma-separated (e.g. nats://10.0.0.1:4222,nats://10.0.0.2:4222); see 'actorgraph streams init'")
	return nf
}

// connect connects to the servers of --nats.
func (nf *natsFlag) connect(ctx context.Context) (*nats.Conn, jetstream.JetStream, error) {
	if nf.url == "" {
		return nil, nil, usagef("--nats URL is required")
	}
	return stream.Connect(ctx, nf.url, programName)
}

// publisher connects and returns a claims sink publishing to the stream.
func (nf *natsFlag) publisher(ctx context.Context) (*natsSink, error) {
	nc, js, err := nf.connect(ctx)
	if err != nil {
		return nil, err
	}
	return &natsSink{nc: nc, p: stream.NewPublisher(nc, js)}, nil
}

// natsSink publishes extract's claims to ACTORGRAPH_CLAIMS.
type natsSink struct {
	nc *nats.Conn
	p  *stream.Publisher
}

// Put publishes one article's claims (asynchronously).
func (s *natsSink) Put(ctx context.Context, c *graph.Claims) error {
	return s.p.Claims(ctx, c, nil)
}

// Flush waits for JetStream to acknowledge every message.
func (s *natsSink) Flush(ctx context.Context) error { return s.p.Flush(ctx) }

// Summary counts the messages stored and those JetStream had already.
func (s *natsSink) Summary() string {
	return fmt.Sprintf("; %d published to %s, %d there already", s.p.Published, stream.Claims, s.p.Duplicates)
}

// Close closes the connection.
func (s *natsSink) Close() { s.nc.Close() }
