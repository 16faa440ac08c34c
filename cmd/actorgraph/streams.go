package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/stream"
)

type streamsCommand struct{ m *Main }

const streamsHelp = `
Create or inspect the NATS JetStream streams actorgraph runs on across machines:

  ACTORGRAPH_CLAIMS     actorgraph.claims.<token>    claims of each article ('extract --nats'),
                                                     kept for ever by default: replicas
                                                     ('follow') are built from it
  ACTORGRAPH_ARTICLES   actorgraph.articles.<token>  work queue of articles ('enqueue') for
                                                     the workers ('extract --from-stream')
  ACTORGRAPH_DECISIONS  actorgraph.decisions         curation decisions ('merge --nats', ...)

'init' creates them (or updates their settings): file storage, 3 replicas when
the cluster has 3 servers or more (else 1, or --replicas), messages up to 8 MiB
(set max_payload: 8MB on the servers), a duplicate window of 10 minutes for
claims and articles and 24 hours for decisions, articles dropped after 7 days
in the queue. 'status' prints each stream's messages, bytes, sequence numbers,
replicas and the work queue's consumer.`

func (c *streamsCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("streams", "init|status --nats URL [flags]", streamsHelp)
	nf := natsFlags(fs)
	replicas := fs.Int("replicas", 0, "with init: replicas of each stream (default: 3 when the cluster has 3 servers or more, else 1)")
	maxBytes := fs.String("max-bytes", "0", "with init: bound the claims and decisions streams to `SIZE` (e.g. 50GiB; the oldest messages go first); 0 for no bound")
	dup := fs.Duration("duplicates", stream.DefaultDuplicates, "with init: the duplicate window of the claims and articles streams")
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		if err := parse(fs, args); err != nil {
			return err
		}
		return usagef("want init or status")
	}
	sub := args[0]
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	switch sub {
	case "init", "status":
	default:
		return usagef("unknown subcommand %q: want init or status", sub)
	}
	size, err := parseSize(*maxBytes)
	if err != nil {
		return usagef("--max-bytes: %v", err)
	}
	nc, js, err := nf.connect(ctx)
	if err != nil {
		return err
	}
	defer nc.Close()
	if sub == "init" {
		infos, err := stream.Init(ctx, nc, js, stream.Options{Replicas: *replicas, MaxBytes: size, Duplicates: *dup})
		for _, info := range infos {
			fmt.Fprintf(m.Stdout, "%s ready: %s\n", info.Config.Name, describeConfig(&info.Config))
		}
		return err
	}
	sts, err := stream.Stat(ctx, js)
	if err != nil {
		return err
	}
	missing := 0
	for i, st := range sts {
		name := []string{stream.Claims, stream.Articles, stream.Decisions}[i]
		if st.Info == nil {
			missing++
			fmt.Fprintf(m.Stdout, "%s: missing (run 'actorgraph streams init --nats URL')\n", name)
			continue
		}
		printStreamStatus(m.Stdout, st)
	}
	if missing > 0 {
		return &failedError{msg: fmt.Sprintf("%d streams missing", missing)}
	}
	return nil
}

func describeConfig(c *jetstream.StreamConfig) string {
	limit := "no size limit"
	if c.MaxBytes > 0 {
		limit = "at most " + humanBytes(c.MaxBytes)
	}
	age := ""
	if c.MaxAge > 0 {
		age = fmt.Sprintf(", messages kept %s", c.MaxAge)
	}
	return fmt.Sprintf("subjects %s, %s retention, %s storage, %d replicas, %s%s, messages up to %s, duplicate window %s",
		strings.Join(c.Subjects, " "), c.Retention, c.Storage, c.Replicas, limit, age, humanBytes(int64(c.MaxMsgSize)), c.Duplicates)
}

func printStreamStatus(w io.Writer, st stream.Status) {
	info := st.Info
	s := info.State
	fmt.Fprintf(w, "%s: %d messages, %s, sequence %d..%d, %d consumers\n", info.Config.Name, s.Msgs, humanBytes(int64(s.Bytes)), s.FirstSeq, s.LastSeq, s.Consumers)
	fmt.Fprintf(w, "  %s\n", describeConfig(&info.Config))
	if cl := info.Cluster; cl != nil {
		var peers []string
		for _, p := range cl.Replicas {
			state := "current"
			if !p.Current {
				state = "behind"
			}
			if p.Offline {
				state = "offline"
			}
			peers = append(peers, fmt.Sprintf("%s %s", p.Name, state))
		}
		fmt.Fprintf(w, "  cluster %s, leader %s; replicas: %s\n", cl.Name, cl.Leader, strings.Join(peers, ", "))
	}
	if c := st.Work; c != nil {
		fmt.Fprintf(w, "  workers' consumer %s: %d waiting, %d with a worker, %d redelivered, ack wait %s\n",
			c.Name, c.NumPending, c.NumAckPending, c.NumRedelivered, c.Config.AckWait)
	}
}

type enqueueCommand struct{ m *Main }

const enqueueHelp = `
Put articles on the work queue ACTORGRAPH_ARTICLES, for the extract workers
('actorgraph extract --nats URL --from-stream') to extract. The inputs are read
as 'load' reads them (.txt, .md, .html, .jsonl; folders; "-" for standard
input); each article is one message with the id <article id>/<content hash>, so
enqueueing a file again within the duplicate window adds nothing. Each problem
is reported as "path:line: reason" and the rest goes on.`

func (c *enqueueCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("enqueue", "--nats URL [flags] PATH...", enqueueHelp)
	nf := natsFlags(fs)
	date := fs.String("date", "", "date for articles that lack one (YYYY, YYYY-MM or YYYY-MM-DD)")
	lang := fs.String("lang", "", "language for articles that lack one (fr, en)")
	outlet := fs.String("outlet", "", "outlet for articles that lack one")
	format := fs.String("format", "", "read every input as this format: txt, md, html or jsonl (default: by extension; sniffed on stdin)")
	quiet := fs.Bool("quiet", false, "print only failures")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("no input: give files, folders or - for standard input")
	}
	d, err := graph.ParseDate(*date)
	if err != nil {
		return usagef("--date: %v", err)
	}
	nc, js, err := nf.connect(ctx)
	if err != nil {
		return err
	}
	defer nc.Close()
	start := time.Now()
	opts := loader.ReadOptions{Defaults: loader.Defaults{Date: d, Lang: *lang, Outlet: *outlet}, Format: *format, Stdin: m.Stdin}
	sum, err := stream.Enqueue(ctx, nc, js, fs.Args(), opts, func(e *loader.InputError) { fmt.Fprintln(m.Stderr, e) })
	if !*quiet || err != nil {
		fmt.Fprintf(m.Stderr, "enqueued %s in %s: %d stored in %s, %d there already, %d failed\n",
			count(sum.Articles, "article"), time.Since(start).Round(time.Millisecond), sum.Published, stream.Articles, sum.Duplicates, sum.Failed)
	}
	if err != nil {
		return fmt.Errorf("enqueue stopped: %w", err)
	}
	if sum.Failed > 0 {
		return &failedError{msg: fmt.Sprintf("%d failed", sum.Failed)}
	}
	return nil
}
