package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/stream"
	"github.com/actorgraph/actorgraph/schema"
	"github.com/actorgraph/actorgraph/schema/server"
)

// envToken names the variable that holds the bearer token, read by serve
// (the token it requires) and by the commands that go through a server.
const envToken = "ACTORGRAPH_TOKEN"

type serveCommand struct{ m *Main }

const serveHelp = `
Serve the graph over HTTP until interrupted (SIGINT or SIGTERM, then a
graceful shutdown):

  /graphql        GraphQL, POST (application/json or application/graphql) and GET
  /               a page to write and run queries in a browser (works offline)
  /schema.graphql the schema
  /healthz        status and counts, as JSON
  /ingest         NDJSON ingest (POST; writes), /export and /stats: what
                  'actorgraph load', 'export' and 'stats' use on a served database
  /backup         a backup of the database (GET; the token when one is set)
  /restore        replace the database by a backup (POST; writes, the token;
                  ?force=true over a graph); other requests wait meanwhile

The server records its address in the database directory, so that
'actorgraph query', 'load', 'export' and 'stats' on the same --db go through
it, and other commands say which server holds the database.

Mutations are refused unless --allow-writes is given; then, when a token is
set (--token or $ACTORGRAPH_TOKEN), they need "Authorization: Bearer TOKEN".
Mutations are never accepted over GET. Each request is logged on standard
error (method, path, status, duration, bytes, remote address).

Examples:

  actorgraph serve --db news.db
  actorgraph serve --db news.db --addr :0            # any free port; the URL is printed
  ACTORGRAPH_TOKEN=s3cret actorgraph serve --db news.db --allow-writes
  actorgraph serve --db news.db --cors-origin http://localhost:8888 --timeout 10s
  curl -s localhost:8080/graphql -H 'Content-Type: application/graphql' -d '{ stats { actors } }'`

func (c *serveCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("serve", "[flags]", serveHelp)
	db := m.dbFlag(fs)
	m.minFreeFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `host:port` (:0 picks a free port)")
	allowWrites := fs.Bool("allow-writes", false, "accept mutations (with the token, when one is set)")
	token := fs.String("token", "", "bearer `token` that mutations must carry (default $"+envToken+")")
	var origins listFlag
	fs.Var(&origins, "cors-origin", "let pages from `origin` call the server, e.g. http://localhost:8888; * for any (repeatable or comma list)")
	timeout := fs.Duration("timeout", server.DefaultTimeout, "time limit of one request")
	maxBody := sizeFlag(server.DefaultMaxBodyBytes)
	fs.Var(&maxBody, "max-body", "largest request `size` (bytes, or with KiB, MiB, KB, MB)")
	maxIngest := sizeFlag(server.DefaultMaxIngestBytes)
	fs.Var(&maxIngest, "max-ingest-bytes", "largest body of one NDJSON ingest (what 'actorgraph load' sends through the server), a `size`")
	maxRestore := sizeFlag(server.DefaultMaxRestoreBytes)
	fs.Var(&maxRestore, "max-restore-bytes", "largest backup accepted by POST /restore ('actorgraph restore' through the server), a `size`")
	maxConcurrent := fs.Int("max-concurrent", server.DefaultMaxConcurrent, "requests executed at once; more wait briefly, then get 503")
	maxDepth := fs.Int("max-depth", schema.DefaultMaxDepth, "deepest nesting of fields a query may have")
	maxPage := fs.Int("max-page-size", schema.DefaultMaxPageSize, "largest page (first) a query may ask for; more is an error")
	maxCost := fs.Int("max-cost", schema.DefaultMaxCost, "largest estimated result of a query, in objects (aliases and fragments count)")
	maxParallel := fs.Int("max-parallelism", schema.DefaultMaxParallelism, "resolvers run at once for one query")
	var dicts listFlag
	fs.Var(&dicts, "dict", "user dictionary `file` for articles ingested through mutations, YAML or JSON (repeatable)")
	logFormat := fs.String("log-format", "text", "request log format on standard error: text, json or none")
	follow := fs.String("follow", "", "serve a replica: follow the NATS JetStream claims and decisions streams at `URL` while serving, as 'actorgraph follow' does (the server stops if following fails)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments %q", fs.Args())
	}
	var logger *slog.Logger
	switch *logFormat {
	case "text":
		logger = slog.New(slog.NewTextHandler(m.Stderr, nil))
	case "json":
		logger = slog.New(slog.NewJSONHandler(m.Stderr, nil))
	case "none":
		logger = slog.New(slog.DiscardHandler)
	default:
		return usagef("--log-format: want text, json or none, not %q", *logFormat)
	}
	for name, v := range map[string]int{"max-concurrent": *maxConcurrent, "max-depth": *maxDepth, "max-page-size": *maxPage, "max-cost": *maxCost, "max-parallelism": *maxParallel} {
		if v < 0 {
			return usagef("--%s: want a number ≥ 0, not %d", name, v)
		}
	}
	if *timeout < 0 {
		return usagef("--timeout: want a positive duration, not %s", *timeout)
	}
	tok := *token
	if tok == "" {
		tok = m.Getenv(envToken)
	}
	var ex loader.Extractor // nil: the schema's default extractor
	if len(dicts) > 0 {
		var err error
		if ex, err = newExtractor(dicts); err != nil {
			return err
		}
	}

	st, err := m.open(*db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	sch, err := schema.New(st, schema.Options{
		MaxDepth: *maxDepth, MaxPageSize: *maxPage, MaxCost: *maxCost, MaxParallelism: *maxParallel,
		Timeout: *timeout, Extractor: ex,
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	url := listenURL(ln.Addr())

	srv := server.New(sch, st, server.Config{
		AllowWrites: *allowWrites, Token: tok, CORSOrigins: origins,
		MaxBodyBytes: int64(maxBody), MaxIngestBytes: int64(maxIngest), MaxRestoreBytes: int64(maxRestore), Timeout: *timeout, MaxConcurrent: *maxConcurrent,
		Logger: logger,
	})
	fmt.Fprintf(m.Stdout, "serving %s on %s/ (GraphQL at %s/graphql)\n", *db, url, url)
	switch {
	case !*allowWrites:
		fmt.Fprintln(m.Stdout, "read-only: mutations are refused (--allow-writes accepts them)")
	case tok != "":
		fmt.Fprintln(m.Stdout, "writes allowed with the bearer token")
	default:
		fmt.Fprintf(m.Stdout, "writes allowed WITHOUT a token: anyone who can reach %s can change the graph (set --token or $%s)\n", url, envToken)
	}
	var followErr chan error
	if *follow != "" {
		nc, js, err := stream.Connect(ctx, *follow, programName)
		if err != nil {
			ln.Close()
			return err
		}
		defer nc.Close()
		var cancel context.CancelFunc
		ctx, cancel = context.WithCancel(ctx)
		defer cancel()
		followErr = make(chan error, 1)
		go func() {
			_, err := (&stream.Follower{JS: js, Store: st}).Run(ctx)
			followErr <- err
			cancel() // the server stops with its follower
		}()
		fmt.Fprintf(m.Stdout, "following %s and %s at %s\n", stream.Claims, stream.Decisions, nc.ConnectedUrlRedacted())
	}
	// Recorded once the messages above are out: a client that finds the
	// address finds them too.
	st.SetHolderAddr(url)
	serr := srv.Serve(ctx, ln)
	if followErr != nil {
		if err := <-followErr; err != nil {
			return fmt.Errorf("follow stopped, and the server with it: %w", err)
		}
	}
	if serr != nil {
		return fmt.Errorf("serve: %w", serr)
	}
	fmt.Fprintln(m.Stdout, "stopped")
	return nil
}

// listenURL returns the URL a client on this machine reaches the listener
// at: a wildcard address (":8080", "0.0.0.0:8080") becomes the loopback.
func listenURL(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return "http://" + a.String()
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port)
}

// sizeFlag is a size in bytes, written as a number with an optional unit
// (KiB, MiB, GiB, KB, MB, GB, K, M, G; K and KiB are 1024).
type sizeFlag int64

func (s *sizeFlag) String() string { return strconv.FormatInt(int64(*s), 10) }

func (s *sizeFlag) Set(v string) error {
	t := strings.TrimSpace(v)
	i := len(t)
	for i > 0 && (t[i-1] < '0' || t[i-1] > '9') {
		i--
	}
	n, err := strconv.ParseInt(strings.TrimSpace(t[:i]), 10, 64)
	if err != nil || n <= 0 {
		return fmt.Errorf("want a positive size such as 1048576, 512KiB or 4MiB, not %q", v)
	}
	units := map[string]int64{"": 1, "b": 1, "k": 1 << 10, "kib": 1 << 10, "kb": 1000, "m": 1 << 20, "mib": 1 << 20, "mb": 1000 * 1000, "g": 1 << 30, "gib": 1 << 30, "gb": 1000 * 1000 * 1000}
	mult, ok := units[strings.ToLower(strings.TrimSpace(t[i:]))]
	if !ok {
		return fmt.Errorf("unknown unit in %q (want KiB, MiB, GiB, KB, MB or GB)", v)
	}
	*s = sizeFlag(n * mult)
	return nil
}
