package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/stream"
)

type followCommand struct{ m *Main }

const followHelp = `
Materialise the NATS JetStream streams ACTORGRAPH_CLAIMS and ACTORGRAPH_DECISIONS
into the database: a replica of the graph that 'actorgraph extract --nats'
workers feed and that curation decisions made with --nats reach. Each message
is applied in the same transaction that stores the database's position in its
stream, so a follower stopped at any point (even killed) goes on from the next
message when started again on its database: no message is applied twice or
skipped. A claims message for an article the database has with the same content
hash and fingerprint is skipped and counted as a duplicate. Decisions are
applied in stream order; one about actors or articles not loaded yet waits for
them.

Without --once, follow runs until interrupted. With --once it returns when
both streams are applied up to their last message. It prints, for each stream,
the messages applied, the duplicates skipped and those refused in this run,
and the position and counts of all runs on this database.`

func (c *followCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("follow", "--nats URL [--db DIR] [--once]", followHelp)
	db := m.dbFlag(fs)
	nf := natsFlags(fs)
	once := fs.Bool("once", false, "return when caught up with both streams instead of following for ever")
	batch := fs.Int("batch", stream.DefaultFollowBatch, "apply at most `N` messages per transaction group")
	report := fs.String("report", "", "write the figures of the run as JSON to `FILE` (- for standard output): counts, positions, messages/s, the delay from JetStream storing a message to its commit here (p50, p99)")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	m.minFreeFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("follow takes no arguments")
	}
	if nf.url == "" {
		return usagef("--nats URL is required")
	}
	st, err := m.open(*db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	nc, js, err := nf.connect(ctx)
	if err != nil {
		return err
	}
	defer nc.Close()
	f := &stream.Follower{JS: js, Store: st, Once: *once, Batch: *batch}
	if !*quiet && m.Terminal(m.Stderr) {
		var mu sync.Mutex
		var last time.Time
		f.Progress = func(log string, cur graph.Cursor) {
			mu.Lock()
			defer mu.Unlock()
			if now := time.Now(); now.Sub(last) > 200*time.Millisecond {
				last = now
				fmt.Fprintf(m.Stderr, "\r%s at %d: %d applied, %d duplicates   ", log, cur.Seq, cur.Applied, cur.Duplicates)
			}
		}
	}
	if !*quiet && !*once {
		fmt.Fprintf(m.Stderr, "following %s and %s at %s into %s\n", stream.Claims, stream.Decisions, nc.ConnectedUrlRedacted(), *db)
	}
	sum, err := f.Run(ctx)
	if f.Progress != nil {
		fmt.Fprintln(m.Stderr)
	}
	if sum != nil && !*quiet {
		out := m.Stdout
		if *report == "-" {
			out = m.Stderr
		}
		for _, ls := range []*stream.LogSummary{&sum.Claims, &sum.Decisions} {
			fmt.Fprintf(out, "%s: %d applied, %d duplicates skipped, %d refused in %s; at %d (all runs: %d applied, %d duplicates skipped, %d refused)\n",
				ls.Stream, ls.Applied, ls.Duplicates, ls.Refused, sum.Elapsed.Round(time.Millisecond),
				ls.Cursor.Seq, ls.Cursor.Applied, ls.Cursor.Duplicates, ls.Cursor.Refused)
		}
	}
	if err != nil {
		return fmt.Errorf("follow stopped: %w", err)
	}
	if *report != "" {
		if err := writeFollowReport(m, *report, sum); err != nil {
			return err
		}
	}
	return nil
}

// followReport is the JSON of follow --report.
type followReport struct {
	Elapsed   float64         `json:"elapsed_s"`
	PerSecond float64         `json:"messages_per_s"`
	Claims    followLogReport `json:"claims"`
	Decisions followLogReport `json:"decisions"`
}

type followLogReport struct {
	Applied    int          `json:"applied"`
	Duplicates int          `json:"duplicates"`
	Refused    int          `json:"refused"`
	Cursor     graph.Cursor `json:"cursor"`
	LagP50     float64      `json:"lag_p50_ms"`
	LagP99     float64      `json:"lag_p99_ms"`
	LagMax     float64      `json:"lag_max_ms"`
}

func logReport(ls *stream.LogSummary) followLogReport {
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	return followLogReport{Applied: ls.Applied, Duplicates: ls.Duplicates, Refused: ls.Refused, Cursor: ls.Cursor,
		LagP50: ms(stream.Percentile(ls.Lags, 50)), LagP99: ms(stream.Percentile(ls.Lags, 99)), LagMax: ms(stream.Percentile(ls.Lags, 100))}
}

func writeFollowReport(m *Main, path string, sum *stream.FollowSummary) error {
	n := sum.Claims.Applied + sum.Claims.Duplicates + sum.Claims.Refused + sum.Decisions.Applied + sum.Decisions.Duplicates + sum.Decisions.Refused
	r := followReport{Elapsed: sum.Elapsed.Seconds(), Claims: logReport(&sum.Claims), Decisions: logReport(&sum.Decisions)}
	if s := sum.Elapsed.Seconds(); s > 0 {
		r.PerSecond = float64(n) / s
	}
	var w io.Writer = m.Stdout
	if path != "-" {
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
