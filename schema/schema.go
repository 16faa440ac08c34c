package schema

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"maps"
	"sync"
	"time"

	graphql "github.com/graph-gophers/graphql-go"
	gqlerrors "github.com/graph-gophers/graphql-go/errors"
	gqlast "github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/validator"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

//go:embed schema.graphql
var sdl string

// SDL returns the schema text (schema/schema.graphql), with a description on
// every type and field.
func SDL() string { return sdl }

// The default limits; see [Options].
const (
	DefaultMaxDepth       = 15
	DefaultMaxPageSize    = 500
	DefaultMaxCost        = 100_000
	DefaultMaxParallelism = 8
	DefaultMaxQueryBytes  = 256 << 10
)

// Options bound what one request may cost. Zero values mean the defaults.
type Options struct {
	// MaxDepth bounds the nesting of fields (fragments do not count, their
	// fields do); a deeper selection is an error. 0 means DefaultMaxDepth (15).
	MaxDepth int
	// MaxPageSize bounds `first` on every connection (and `maxNodes` of a
	// subgraph; `maxEdges` may be ten times as much): a larger value is an
	// error, never clamped silently. 0 means DefaultMaxPageSize (500).
	// The schema's default page is 50 (20 for evidence): a maximum below
	// that makes the queries that omit `first` fail.
	MaxPageSize int
	// MaxCost bounds the estimated number of nodes of the result (see
	// [Schema.Cost]): every field of the operation, aliases and fragment
	// expansions counted apart, times the sizes of the lists it is in.
	// 0 means DefaultMaxCost (100,000).
	MaxCost int
	// MaxParallelism is the number of resolvers of one request graphql-go
	// runs at once. 0 means DefaultMaxParallelism (8).
	MaxParallelism int
	// MaxQueryBytes bounds the length of the query text. 0 means
	// DefaultMaxQueryBytes (256 KiB).
	MaxQueryBytes int
	// Timeout bounds one request; 0 means none (the server passes its own).
	Timeout time.Duration
	// Extractor extracts the articles of the ingestArticle mutation; nil
	// means the default rules extractor over lexicon.Default(), as
	// "actorgraph load" uses without --dict.
	Extractor loader.Extractor
}

func (o Options) withDefaults() Options {
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxPageSize <= 0 {
		o.MaxPageSize = DefaultMaxPageSize
	}
	if o.MaxCost <= 0 {
		o.MaxCost = DefaultMaxCost
	}
	if o.MaxParallelism <= 0 {
		o.MaxParallelism = DefaultMaxParallelism
	}
	if o.MaxQueryBytes <= 0 {
		o.MaxQueryBytes = DefaultMaxQueryBytes
	}
	return o
}

// Schema is the GraphQL schema bound to one store. It is safe for
// concurrent use: per-request state lives in the request's context.
type Schema struct {
	store *graph.Store
	opts  Options
	ex    loader.Extractor
	gql   *graphql.Schema
	types *gqlast.Schema // the SDL as gqlparser reads it, for the cost analysis
	intro introStats
}

// New builds the schema over store with the limits of opts.
func New(store *graph.Store, opts Options) (*Schema, error) {
	if store == nil {
		return nil, errors.New("schema: nil store")
	}
	s := &Schema{store: store, opts: opts.withDefaults(), ex: opts.Extractor}
	if s.ex == nil {
		s.ex = extract.New(lexicon.Default())
	}
	types, err := validator.LoadSchema(validator.Prelude, &gqlast.Source{Name: "schema.graphql", Input: sdl})
	if err != nil {
		return nil, fmt.Errorf("schema: load schema for cost analysis: %w", err)
	}
	s.types = types
	s.intro = newIntroStats(types)
	s.gql, err = graphql.ParseSchema(sdl, &resolver{s: s},
		graphql.UseStringDescriptions(),
		graphql.MaxDepth(s.opts.MaxDepth),
		graphql.MaxParallelism(s.opts.MaxParallelism),
		graphql.MaxQueryLength(s.opts.MaxQueryBytes),
		graphql.OverlapValidationLimit(100_000),
		graphql.PanicHandler(panicHandler{}),
		graphql.Logger(quietLogger{}),
	)
	if err != nil {
		return nil, fmt.Errorf("schema: parse schema: %w", err)
	}
	return s, nil
}

// Request is one GraphQL request, as POSTed in JSON.
type Request struct {
	Query         string         `json:"query"`
	OperationName string         `json:"operationName,omitempty"`
	Variables     map[string]any `json:"variables,omitempty"`
}

// Exec runs one request. Errors — of syntax, validation, limits, resolvers,
// panics and timeouts — are in the response, each with an extensions "code";
// Exec never panics. A query runs in one snapshot of the store; a mutation
// runs only on a context marked by [WithWriteAccess].
func (s *Schema) Exec(ctx context.Context, req Request) (resp *graphql.Response) {
	defer func() {
		if v := recover(); v != nil {
			resp = errorResponse(newError(CodeInternal, fmt.Sprintf("internal error: %v", v)))
		}
	}()
	if len(req.Query) > s.opts.MaxQueryBytes {
		return errorResponse(newError(CodeLimit, fmt.Sprintf("query of %d bytes exceeds the maximum of %d bytes", len(req.Query), s.opts.MaxQueryBytes)))
	}
	an, qerr := s.analyse(req)
	if qerr != nil {
		return errorResponse(qerr)
	}
	if an.mutation && !writeAccess(ctx) {
		return errorResponse(errWritesDisabled())
	}
	if len(an.omitted) > 0 {
		vars := make(map[string]any, len(req.Variables)+len(an.omitted))
		maps.Copy(vars, req.Variables)
		maps.Copy(vars, an.omitted)
		req.Variables = vars
	}
	if s.opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, s.opts.Timeout)
		defer cancel()
	}
	run := func(r *reader) *graphql.Response {
		resp := s.gql.Exec(withReader(ctx, r), req.Query, req.OperationName, req.Variables)
		s.finish(ctx, resp)
		return resp
	}
	if an.mutation {
		return run(&reader{store: s.store})
	}
	err := s.store.View(ctx, func(tx *graph.Tx) error {
		resp = run(&reader{store: s.store, tx: tx})
		return nil
	})
	if err != nil {
		return errorResponse(s.resolverError(ctx, err))
	}
	return resp
}

// finish makes the errors of a response uniform: a timeout says so, and
// every error carries a code.
func (s *Schema) finish(ctx context.Context, resp *graphql.Response) {
	timedOut := errors.Is(ctx.Err(), context.DeadlineExceeded)
	for _, e := range resp.Errors {
		if timedOut && (errors.Is(e.ResolverError, context.DeadlineExceeded) || e.Message == context.DeadlineExceeded.Error()) {
			e.Message = fmt.Sprintf("request timed out after %s", s.opts.Timeout)
			e.Extensions = map[string]any{"code": CodeTimeout}
		}
		if e.Extensions == nil || e.Extensions["code"] == nil {
			code := CodeInvalid
			if e.ResolverError != nil || len(e.Path) > 0 {
				code = CodeInternal
			}
			if e.Extensions == nil {
				e.Extensions = map[string]any{}
			}
			e.Extensions["code"] = code
		}
	}
}

// IsMutation reports whether the request's selected operation is a
// mutation. It returns an error when the query does not parse or names no
// operation it holds.
func IsMutation(req Request) (bool, error) {
	doc, qerr := parseQuery(req.Query)
	if qerr != nil {
		return false, qerr
	}
	op, qerr := selectOperation(doc, req.OperationName)
	if qerr != nil {
		return false, qerr
	}
	return op.Operation == gqlast.Mutation, nil
}

type writeKey struct{}

// WithWriteAccess marks ctx as allowed to run mutations. The server calls it
// only when it was started with --allow-writes, the bearer token matched and
// the request is a POST. Without it every mutation is refused.
func WithWriteAccess(ctx context.Context) context.Context {
	return context.WithValue(ctx, writeKey{}, true)
}

func writeAccess(ctx context.Context) bool {
	ok, _ := ctx.Value(writeKey{}).(bool)
	return ok
}

func errWritesDisabled() *Error {
	return newError(CodeForbidden, "writes are disabled on this server: mutations need write access (a server started with --allow-writes, its bearer token, and a POST request)")
}

// reader gives the resolvers of one request their reads: one shared
// snapshot for a query (the resolvers, which graphql-go runs in parallel,
// take turns on it), a fresh view per read for a mutation, so that what a
// mutation returns shows its own writes.
type reader struct {
	store *graph.Store
	mu    sync.Mutex
	tx    *graph.Tx
}

type readerKey struct{}

func withReader(ctx context.Context, r *reader) context.Context {
	return context.WithValue(ctx, readerKey{}, r)
}

// view runs fn with the request's view. fn must not call view again.
func view(ctx context.Context, s *graph.Store, fn func(*graph.Tx) error) error {
	r, _ := ctx.Value(readerKey{}).(*reader)
	if r == nil || r.tx == nil {
		return s.View(ctx, fn)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return err
	}
	return fn(r.tx)
}

// panicHandler turns a resolver's panic into an error of the response.
type panicHandler struct{}

func (panicHandler) MakePanicError(_ context.Context, v any) *gqlerrors.QueryError {
	return &gqlerrors.QueryError{
		Message:    fmt.Sprintf("internal error: %v", v),
		Extensions: map[string]any{"code": CodeInternal},
	}
}

// quietLogger drops graphql-go's log of panics: they are in the response.
type quietLogger struct{}

func (quietLogger) LogPanic(context.Context, any) {}
