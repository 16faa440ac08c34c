package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/schema"
)

// Defaults of [Config].
const (
	DefaultMaxBodyBytes    = 1 << 20 // 1 MiB
	DefaultTimeout         = 30 * time.Second
	DefaultMaxConcurrent   = 16
	DefaultQueueWait       = 2 * time.Second
	DefaultShutdownTimeout = 10 * time.Second
	// DefaultReadHeaderTimeout is the default of Config.ReadHeaderTimeout.
	DefaultReadHeaderTimeout = 10 * time.Second
)

// Config configures a [Server]. The zero value is a read-only server with
// the defaults below and no logs.
type Config struct {
	// AllowWrites lets mutations through (with the token, when Token is
	// set). False by default: every mutation is refused with 403.
	AllowWrites bool
	// Token, when not empty, is the bearer token a mutation must carry in
	// "Authorization: Bearer TOKEN". Queries need none.
	Token string
	// CORSOrigins are the origins ("https://notebooks.example.org", scheme,
	// host and port as a browser sends them) allowed to call the server
	// from a page of theirs; "*" allows any. None by default: only pages of
	// the server itself (same origin) can read its answers.
	CORSOrigins []string
	// MaxBodyBytes is the largest request body read; a larger one gets 413.
	// 0 means DefaultMaxBodyBytes (1 MiB).
	MaxBodyBytes int64
	// MaxIngestBytes is the largest body of one POST /ingest, where
	// MaxBodyBytes does not apply (each line is limited to
	// MaxIngestLineBytes instead); past it the ingest stops with an error
	// after answering the lines read. 0 means DefaultMaxIngestBytes
	// (256 MiB).
	MaxIngestBytes int64
	// MaxRestoreBytes is the largest body of one POST /restore (a backup).
	// 0 means DefaultMaxRestoreBytes (64 GiB).
	MaxRestoreBytes int64
	// Timeout bounds the time of one GraphQL request (past it the request
	// gets 504 and its context is canceled) and of one article of an
	// ingest. 0 means DefaultTimeout (30 s).
	Timeout time.Duration
	// MaxConcurrent bounds the GraphQL requests executed at once. 0 means
	// DefaultMaxConcurrent (16).
	MaxConcurrent int
	// QueueWait is how long a request waits for a place among the
	// MaxConcurrent before it gets 503. 0 means DefaultQueueWait (2 s).
	QueueWait time.Duration
	// ReadHeaderTimeout is how long a client may take to send the headers
	// of a request (slow clients are cut off after it). 0 means
	// DefaultReadHeaderTimeout (10 s).
	ReadHeaderTimeout time.Duration
	// ShutdownTimeout is how long [Server.Serve] waits for running
	// requests once its context is done. 0 means DefaultShutdownTimeout
	// (10 s).
	ShutdownTimeout time.Duration
	// Logger receives one record per request and the server's errors; nil
	// means no logs.
	Logger *slog.Logger
}

func (c Config) withDefaults() Config {
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.MaxIngestBytes <= 0 {
		c.MaxIngestBytes = DefaultMaxIngestBytes
	}
	if c.MaxRestoreBytes <= 0 {
		c.MaxRestoreBytes = DefaultMaxRestoreBytes
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxConcurrent <= 0 {
		c.MaxConcurrent = DefaultMaxConcurrent
	}
	if c.QueueWait <= 0 {
		c.QueueWait = DefaultQueueWait
	}
	if c.ReadHeaderTimeout <= 0 {
		c.ReadHeaderTimeout = DefaultReadHeaderTimeout
	}
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = DefaultShutdownTimeout
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// Server is the HTTP handler of actorgraph: GraphQL at /graphql, a query
// page at /, the schema at /schema.graphql, /healthz, and for the command
// line /ingest, /export, /stats, /backup and /restore. Create it with
// [New]; it is safe for concurrent use.
type Server struct {
	cfg     Config
	schema  *schema.Schema
	store   *graph.Store
	log     *slog.Logger
	sem     chan struct{}
	token   [sha256.Size]byte
	handler http.Handler
	// gate keeps every request out while a restore replaces the database
	// (see gated).
	gate sync.RWMutex
}

var _ http.Handler = (*Server)(nil)

// New returns a server executing queries with sch on store (which /healthz
// reads), configured by cfg.
func New(sch *schema.Schema, store *graph.Store, cfg Config) *Server {
	cfg = cfg.withDefaults()
	s := &Server{cfg: cfg, schema: sch, store: store, log: cfg.Logger, sem: make(chan struct{}, cfg.MaxConcurrent)}
	if cfg.Token != "" {
		s.token = sha256.Sum256([]byte(cfg.Token))
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/graphql", s.serveGraphQL)
	mux.HandleFunc("/healthz", s.serveHealth)
	mux.HandleFunc("/schema.graphql", s.serveSDL)
	mux.HandleFunc("/ingest", s.serveIngest)
	mux.HandleFunc("/export", s.serveExport)
	mux.HandleFunc("/stats", s.serveStats)
	mux.HandleFunc("/backup", s.serveBackup)
	mux.HandleFunc("/restore", s.serveRestore)
	mux.HandleFunc("/{$}", s.servePage)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, CodeNotFound, "no such page: "+r.URL.Path+" (GraphQL is at /graphql)")
	})
	s.handler = s.logRequests(s.recoverPanics(s.cors(s.gated(mux))))
	return s
}

// ServeHTTP serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Serve serves HTTP on ln until ctx is done, then stops accepting
// connections, waits up to Config.ShutdownTimeout for the requests in
// flight and returns nil. It returns another error only when serving
// failed. Serve closes ln.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		ReadTimeout:       time.Minute,
		WriteTimeout:      s.cfg.Timeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	err := hs.Shutdown(sctx)
	if errors.Is(err, context.DeadlineExceeded) {
		s.log.Warn("shutdown: requests still running after the grace period; closing them", "grace", s.cfg.ShutdownTimeout)
		err = hs.Close()
	}
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

// serveHealth answers GET /healthz with the status and the counts of the
// database.
func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, "GET")
		return
	}
	type dbStats struct {
		Actors    int `json:"actors"`
		Relations int `json:"relations"`
		Evidence  int `json:"evidence"`
		Articles  int `json:"articles"`
		Retracted int `json:"retracted"`
	}
	type health struct {
		Status string   `json:"status"`
		Writes bool     `json:"writes"`
		DB     *dbStats `json:"db,omitempty"`
		Error  string   `json:"error,omitempty"`
	}
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	st, err := s.store.Stats(ctx)
	if err != nil {
		s.log.Error("healthz: read stats", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, health{Status: "error", Writes: s.cfg.AllowWrites, Error: err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, health{Status: "ok", Writes: s.cfg.AllowWrites, DB: &dbStats{
		Actors: st.Actors, Relations: st.Relations, Evidence: st.Evidence, Articles: st.Articles, Retracted: st.Retracted,
	}})
}

// serveSDL answers GET /schema.graphql with the schema.
func (s *Server) serveSDL(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, "GET")
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = io.WriteString(w, schema.SDL())
}

// authorized reports whether r carries the configured bearer token.
func (s *Server) authorized(r *http.Request) (ok bool, reason string) {
	h := r.Header.Get("Authorization")
	if h == "" {
		return false, "mutations on this server need the header Authorization: Bearer <token>"
	}
	scheme, tok, found := strings.Cut(h, " ")
	if !found || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(tok) == "" {
		return false, "the Authorization header must be: Bearer <token>"
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(tok)))
	if subtle.ConstantTimeCompare(got[:], s.token[:]) != 1 {
		return false, "the bearer token is wrong"
	}
	return true, ""
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"data":null,"errors":[{"message":"cannot encode the response","extensions":{"code":"INTERNAL"}}]}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

func methodNotAllowed(w http.ResponseWriter, allow string) {
	w.Header().Set("Allow", allow)
	writeError(w, http.StatusMethodNotAllowed, CodeMethodNotAllowed, "method not allowed here; use "+strings.ReplaceAll(allow, ", ", " or "))
}
