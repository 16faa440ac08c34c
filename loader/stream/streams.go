package stream

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// The streams, their subjects and the logs a follower keeps a cursor for.
const (
	// Claims is the stream of extracted claims, one message per article
	// on ClaimsSubject + "." + [Token] of the article id.
	Claims        = "ACTORGRAPH_CLAIMS"
	ClaimsSubject = "actorgraph.claims"
	// Articles is the work queue of articles waiting for extraction, one
	// message per article on ArticlesSubject + "." + [Token] of its id.
	Articles        = "ACTORGRAPH_ARTICLES"
	ArticlesSubject = "actorgraph.articles"
	// Decisions is the stream of curation decisions, in the order every
	// replica applies them, on DecisionsSubject.
	Decisions        = "ACTORGRAPH_DECISIONS"
	DecisionsSubject = "actorgraph.decisions"
	// WorkConsumer is the durable consumer of Articles shared by every
	// extract worker.
	WorkConsumer = "actorgraph-extract"
	// ClaimsLog and DecisionsLog name the follower's cursors in the store
	// ([graph.Store.Cursor]).
	ClaimsLog    = "actorgraph-claims"
	DecisionsLog = "actorgraph-decisions"
)

// Defaults of the streams' limits ([Options]).
const (
	// DefaultMaxMsgSize is the largest message a stream takes: the claims
	// of an article at the loader's limit (5 MB of text) with their JSON.
	// The NATS servers' max_payload must be at least as large (their
	// default is 1 MB: set max_payload: 8MB in their configuration).
	DefaultMaxMsgSize = 8 << 20
	// DefaultDuplicates is the duplicate window of Claims and Articles:
	// a message published again within it (same message id) is dropped
	// by JetStream. Later duplicates are harmless (a follower skips an
	// article it has with the same hash and fingerprint), so the window
	// only saves work; JetStream keeps the ids of the window in memory.
	DefaultDuplicates = 10 * time.Minute
	// DefaultDecisionDuplicates is the duplicate window of Decisions: a
	// decision published twice (a retried command) within it is logged
	// once.
	DefaultDecisionDuplicates = 24 * time.Hour
	// DefaultArticlesMaxAge is how long an article waits in the work
	// queue before JetStream drops it unextracted.
	DefaultArticlesMaxAge = 7 * 24 * time.Hour
	// DefaultMaxDeliver is how many times an article is handed to a
	// worker before it is left aside (an article that kills its workers).
	DefaultMaxDeliver = 5
	// DefaultAckWait is how long a worker holds an article before
	// JetStream gives it to another.
	DefaultAckWait = 30 * time.Second
)

// Options configure [Init]. The zero value gives the defaults.
type Options struct {
	// Replicas of each stream; 0 means 3 when the cluster has at least 3
	// servers, else 1 ([ClusterSize]).
	Replicas int
	// MaxBytes bounds the Claims and Decisions streams (the oldest
	// messages go first); 0 means no limit: they are the source every
	// new replica is built from. Articles is a work queue and keeps only
	// what waits for extraction.
	MaxBytes int64
	// Duplicates is the duplicate window of Claims and Articles; 0 means
	// DefaultDuplicates.
	Duplicates time.Duration
}

// Token returns the subject token of an article id: the first 32 hex
// digits of its SHA-256 (ids hold characters a subject cannot).
func Token(articleID string) string {
	sum := sha256.Sum256([]byte(articleID))
	return hex.EncodeToString(sum[:16])
}

// MsgID returns the JetStream message id of parts joined by "/": each
// part as it is when it is short printable ASCII without spaces, else the
// hex of its SHA-256.
func MsgID(parts ...string) string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = p
		if len(p) > 200 || strings.IndexFunc(p, func(r rune) bool { return r <= ' ' || r >= 0x7f || r == '/' }) >= 0 {
			sum := sha256.Sum256([]byte(p))
			out[i] = hex.EncodeToString(sum[:16])
		}
	}
	return strings.Join(out, "/")
}

// Connect connects to the NATS servers at url (comma-separated URLs of a
// cluster), reconnecting for ever when a server goes away, and returns the
// connection with its JetStream context.
func Connect(ctx context.Context, url, name string) (*nats.Conn, jetstream.JetStream, error) {
	nc, err := nats.Connect(url, nats.Name(name), nats.MaxReconnects(-1), nats.ReconnectWait(250*time.Millisecond),
		nats.RetryOnFailedConnect(false), nats.Timeout(5*time.Second))
	if err != nil {
		return nil, nil, fmt.Errorf("stream: connect to NATS at %s: %w", url, err)
	}
	js, err := jetstream.New(nc, jetstream.WithPublishAsyncTimeout(10*time.Second), jetstream.WithPublishAsyncMaxPending(1024))
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("stream: JetStream at %s: %w", url, err)
	}
	return nc, js, nil
}

// ClusterSize returns how many servers the connection knows in its
// cluster: 1 when the server it reached is not clustered.
func ClusterSize(nc *nats.Conn) int {
	if nc.ConnectedClusterName() == "" {
		return 1
	}
	return max(len(nc.Servers()), 1)
}

// Configs returns the configurations of the three streams for a cluster of
// n servers.
func Configs(n int, o Options) []jetstream.StreamConfig {
	r := o.Replicas
	if r <= 0 {
		r = 1
		if n >= 3 {
			r = 3
		}
	}
	dup := o.Duplicates
	if dup <= 0 {
		dup = DefaultDuplicates
	}
	maxBytes := o.MaxBytes
	if maxBytes <= 0 {
		maxBytes = -1
	}
	return []jetstream.StreamConfig{
		{
			Name:        Claims,
			Description: "actorgraph: the claims of each article, as extracted (the input of every replica)",
			Subjects:    []string{ClaimsSubject + ".>"},
			Retention:   jetstream.LimitsPolicy,
			Storage:     jetstream.FileStorage,
			Replicas:    r,
			MaxBytes:    maxBytes,
			MaxMsgs:     -1,
			MaxMsgSize:  DefaultMaxMsgSize,
			Discard:     jetstream.DiscardOld,
			Duplicates:  dup,
		},
		{
			Name:        Articles,
			Description: "actorgraph: articles waiting for an extract worker (work queue)",
			Subjects:    []string{ArticlesSubject + ".>"},
			Retention:   jetstream.WorkQueuePolicy,
			Storage:     jetstream.FileStorage,
			Replicas:    r,
			MaxBytes:    -1,
			MaxMsgs:     -1,
			MaxAge:      DefaultArticlesMaxAge,
			MaxMsgSize:  DefaultMaxMsgSize,
			Discard:     jetstream.DiscardOld,
			Duplicates:  dup,
		},
		{
			Name:        Decisions,
			Description: "actorgraph: curation decisions, applied by every replica in stream order",
			Subjects:    []string{DecisionsSubject},
			Retention:   jetstream.LimitsPolicy,
			Storage:     jetstream.FileStorage,
			Replicas:    r,
			MaxBytes:    maxBytes,
			MaxMsgs:     -1,
			MaxMsgSize:  1 << 20,
			Discard:     jetstream.DiscardOld,
			Duplicates:  DefaultDecisionDuplicates,
		},
	}
}

// Init creates the three streams, or updates them to the configuration of
// [Configs], and returns their information. Running it again changes
// nothing.
func Init(ctx context.Context, nc *nats.Conn, js jetstream.JetStream, o Options) ([]*jetstream.StreamInfo, error) {
	var infos []*jetstream.StreamInfo
	for _, cfg := range Configs(ClusterSize(nc), o) {
		s, err := js.CreateOrUpdateStream(ctx, cfg)
		if err != nil {
			return infos, fmt.Errorf("stream: create %s (%d replicas): %w", cfg.Name, cfg.Replicas, err)
		}
		info, err := s.Info(ctx)
		if err != nil {
			return infos, fmt.Errorf("stream: %s: %w", cfg.Name, err)
		}
		infos = append(infos, info)
	}
	return infos, nil
}

// ErrNoStream is returned (wrapped) when a stream is missing: run
// actorgraph streams init.
var ErrNoStream = errors.New("stream missing (run 'actorgraph streams init --nats URL')")

// StartupWait is how long workers and followers retry reaching a stream
// when they start while the cluster cannot answer (a server went away and
// the stream is electing a new leader).
const StartupWait = time.Minute

// stream returns the named stream, with a clear error when it is missing.
// It retries other failures for up to StartupWait.
func stream(ctx context.Context, js jetstream.JetStream, name string) (jetstream.Stream, error) {
	var s jetstream.Stream
	err := retrying(ctx, func() error {
		var err error
		s, err = js.Stream(ctx, name)
		return err
	})
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		return nil, fmt.Errorf("stream: %s: %w", name, ErrNoStream)
	}
	if err != nil {
		return nil, fmt.Errorf("stream: %s: %w", name, err)
	}
	return s, nil
}

// retrying calls f until it succeeds, fails with a missing stream, ctx is
// done or StartupWait has passed.
func retrying(ctx context.Context, f func() error) error {
	deadline := time.Now().Add(StartupWait)
	for {
		err := f()
		if err == nil || errors.Is(err, jetstream.ErrStreamNotFound) || ctx.Err() != nil || time.Now().After(deadline) {
			return err
		}
		select {
		case <-time.After(250 * time.Millisecond):
		case <-ctx.Done():
			return err
		}
	}
}

// Status is what [Stat] reports of one stream.
type Status struct {
	Info *jetstream.StreamInfo // nil when the stream does not exist
	// Work is the work consumer of Articles, when it exists.
	Work *jetstream.ConsumerInfo
}

// Stat returns the state of the three streams, in the order Claims,
// Articles, Decisions; a missing stream has a nil Info.
func Stat(ctx context.Context, js jetstream.JetStream) ([]Status, error) {
	var out []Status
	for _, name := range []string{Claims, Articles, Decisions} {
		s, err := js.Stream(ctx, name)
		if errors.Is(err, jetstream.ErrStreamNotFound) {
			out = append(out, Status{})
			continue
		}
		if err != nil {
			return out, fmt.Errorf("stream: %s: %w", name, err)
		}
		info, err := s.Info(ctx)
		if err != nil {
			return out, fmt.Errorf("stream: %s: %w", name, err)
		}
		st := Status{Info: info}
		if name == Articles {
			if c, err := s.Consumer(ctx, WorkConsumer); err == nil {
				st.Work, _ = c.Info(ctx)
			}
		}
		out = append(out, st)
	}
	return out, nil
}
