package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	graphql "github.com/graph-gophers/graphql-go"
	gqlerrors "github.com/graph-gophers/graphql-go/errors"

	"github.com/actorgraph/actorgraph/schema"
)

// Codes of the errors the server itself returns, in extensions.code.
const (
	CodeBadRequest           = "BAD_REQUEST"            // 400: the request cannot be read as GraphQL
	CodeUnauthenticated      = "UNAUTHENTICATED"        // 401: a mutation without the right bearer token
	CodeWritesDisabled       = "WRITES_DISABLED"        // 403: a mutation on a server without AllowWrites
	CodeOriginNotAllowed     = "ORIGIN_NOT_ALLOWED"     // 403: a CORS preflight from an origin not allowed
	CodeNotFound             = "NOT_FOUND"              // 404: no such page
	CodeMethodNotAllowed     = "METHOD_NOT_ALLOWED"     // 405: a wrong method, or a mutation over GET
	CodeBodyTooLarge         = "BODY_TOO_LARGE"         // 413: a body above MaxBodyBytes
	CodeUnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE" // 415: neither JSON nor GraphQL
	CodeInternal             = "INTERNAL"               // 500: a bug, logged
	CodeBusy                 = "BUSY"                   // 503: MaxConcurrent requests running
	CodeDiskFull             = "DISK_FULL"              // 507: the database's disk is below the store's free-space headroom
	CodeTimeout              = "TIMEOUT"                // 504: the request ran past Timeout
)

// Response is the JSON body of every GraphQL answer and every error of the
// server: data (null when there is none) and, when anything went wrong,
// errors with a message, the query locations and path when they apply,
// and extensions (the server's own errors carry extensions.code).
type Response struct {
	Data       json.RawMessage         `json:"data"`
	Errors     []*gqlerrors.QueryError `json:"errors,omitempty"`
	Extensions map[string]any          `json:"extensions,omitempty"`
}

// NewResponse returns the Response of a schema's answer r.
func NewResponse(r *graphql.Response) *Response {
	out := &Response{Errors: r.Errors, Extensions: r.Extensions}
	if len(r.Data) > 0 {
		out.Data = r.Data
	}
	return out
}

// errorResponse is the Response of one error of the server.
func errorResponse(code, msg string) *Response {
	return &Response{Errors: []*gqlerrors.QueryError{{Message: msg, Extensions: map[string]any{"code": code}}}}
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, errorResponse(code, msg))
}

// requestError is a request the server refuses before executing it.
type requestError struct {
	status int
	code   string
	msg    string
}

func (e *requestError) Error() string { return e.msg }

func badRequest(format string, args ...any) *requestError {
	return &requestError{http.StatusBadRequest, CodeBadRequest, fmt.Sprintf(format, args...)}
}

// serveGraphQL answers /graphql.
func (s *Server) serveGraphQL(w http.ResponseWriter, r *http.Request) {
	req, rerr := s.readRequest(w, r)
	if rerr != nil {
		if rerr.status == http.StatusMethodNotAllowed {
			w.Header().Set("Allow", "GET, POST")
		}
		writeError(w, rerr.status, rerr.code, rerr.msg)
		return
	}
	ctx := r.Context()
	if mut, _ := schema.IsMutation(req); mut { // a query that does not parse is left to Exec to report
		switch {
		case r.Method == http.MethodGet:
			w.Header().Set("Allow", "POST")
			writeError(w, http.StatusMethodNotAllowed, CodeMethodNotAllowed, "mutations are not accepted over GET; send them with POST")
			return
		case !s.cfg.AllowWrites:
			writeError(w, http.StatusForbidden, CodeWritesDisabled, "this server is read-only: mutations need a server started with writes allowed (actorgraph serve --allow-writes)")
			return
		case s.cfg.Token != "":
			if ok, reason := s.authorized(r); !ok {
				w.Header().Set("WWW-Authenticate", `Bearer realm="actorgraph"`)
				writeError(w, http.StatusUnauthorized, CodeUnauthenticated, reason)
				return
			}
		}
		ctx = schema.WithWriteAccess(ctx)
	}

	release, ok := s.acquire(ctx)
	if !ok {
		if ctx.Err() != nil {
			return // the client went away while waiting
		}
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusServiceUnavailable, CodeBusy,
			fmt.Sprintf("the server is busy: %d requests are running, the most it runs at once; try again shortly", s.cfg.MaxConcurrent))
		return
	}
	deadline := time.Now().Add(s.cfg.Timeout)
	ctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()

	// Exec runs in its own goroutine so that the answer leaves at the
	// deadline even if a resolver does not watch its context; the place
	// among MaxConcurrent is released only when Exec returns.
	type result struct {
		resp     *graphql.Response
		panicked bool
	}
	done := make(chan result, 1)
	go func() {
		defer release()
		defer func() {
			if v := recover(); v != nil {
				s.logPanic(r, v, debug.Stack())
				done <- result{panicked: true}
			}
		}()
		done <- result{resp: s.schema.Exec(ctx, req)}
	}()
	var res result
	select {
	case res = <-done:
	case <-ctx.Done():
	}
	if res.panicked {
		writeError(w, http.StatusInternalServerError, CodeInternal, internalMessage)
		return
	}
	if time.Now().After(deadline) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
		writeError(w, http.StatusGatewayTimeout, CodeTimeout,
			fmt.Sprintf("the request took longer than the server's limit of %s; ask for less (smaller pages, fewer hops)", s.cfg.Timeout))
		return
	}
	if res.resp == nil { // the client went away
		return
	}
	writeJSON(w, http.StatusOK, NewResponse(res.resp))
}

// acquire takes a place among the MaxConcurrent, waiting QueueWait at most.
func (s *Server) acquire(ctx context.Context) (release func(), ok bool) {
	release = func() { <-s.sem }
	select {
	case s.sem <- struct{}{}:
		return release, true
	default:
	}
	t := time.NewTimer(s.cfg.QueueWait)
	defer t.Stop()
	select {
	case s.sem <- struct{}{}:
		return release, true
	case <-t.C:
	case <-ctx.Done():
	}
	return nil, false
}

// readRequest reads the GraphQL request of a GET or POST.
func (s *Server) readRequest(w http.ResponseWriter, r *http.Request) (schema.Request, *requestError) {
	var req schema.Request
	q := r.URL.Query()
	fromURL := func() *requestError {
		req.OperationName = q.Get("operationName")
		if v := q.Get("variables"); v != "" {
			if err := json.Unmarshal([]byte(v), &req.Variables); err != nil {
				return badRequest("the variables parameter must be a JSON object: %v", err)
			}
		}
		return nil
	}
	switch r.Method {
	case http.MethodGet:
		req.Query = q.Get("query")
		if err := fromURL(); err != nil {
			return req, err
		}
	case http.MethodPost:
		body, rerr := s.readBody(w, r)
		if rerr != nil {
			return req, rerr
		}
		ct := r.Header.Get("Content-Type")
		mt := "application/json"
		if ct != "" {
			var err error
			if mt, _, err = mime.ParseMediaType(ct); err != nil {
				return req, badRequest("cannot read the Content-Type %q: %v", ct, err)
			}
		}
		switch mt {
		case "application/json":
			if err := decodeJSONRequest(body, &req); err != nil {
				return req, err
			}
		case "application/graphql":
			req.Query = string(body)
			if err := fromURL(); err != nil {
				return req, err
			}
		default:
			return req, &requestError{http.StatusUnsupportedMediaType, CodeUnsupportedMediaType,
				fmt.Sprintf("cannot read a body of type %q: send application/json ({\"query\": …}) or application/graphql", mt)}
		}
	default:
		return req, &requestError{http.StatusMethodNotAllowed, CodeMethodNotAllowed, "method " + r.Method + " not allowed; use GET or POST"}
	}
	if strings.TrimSpace(req.Query) == "" {
		return req, badRequest("no query: send it as the query field of a JSON body, as an application/graphql body, or as the query parameter of a GET")
	}
	return req, nil
}

// readBody reads the body of r up to MaxBodyBytes.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, *requestError) {
	max := s.cfg.MaxBodyBytes
	tooLarge := &requestError{http.StatusRequestEntityTooLarge, CodeBodyTooLarge,
		fmt.Sprintf("the request body is larger than this server's limit of %s", formatBytes(max))}
	if r.ContentLength > max {
		return nil, tooLarge
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return nil, tooLarge
	case err != nil:
		return nil, badRequest("cannot read the request body: %v", err)
	}
	return body, nil
}

// decodeJSONRequest decodes a JSON body into req.
func decodeJSONRequest(body []byte, req *schema.Request) *requestError {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return badRequest(`empty body: send {"query": "…"}`)
	}
	if trimmed[0] == '[' {
		return badRequest("batched requests (a JSON array) are not supported: send one query per request")
	}
	// Variables decode with UseNumber-free defaults, as graphql-go expects.
	dec := json.NewDecoder(bytes.NewReader(trimmed))
	if err := dec.Decode(req); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) && ute.Field != "" {
			return badRequest("the field %q of the JSON body must be %s, not %s", ute.Field, describeType(ute.Field), ute.Value)
		}
		return badRequest(`the body is not a JSON object {"query": …, "operationName": …, "variables": {…}}: %v`, err)
	}
	if dec.More() {
		return badRequest("the body holds more than one JSON value: send one query per request")
	}
	return nil
}

func describeType(field string) string {
	if strings.HasPrefix(field, "variables") {
		return "an object"
	}
	return "a string"
}

// formatBytes writes n bytes the way a person reads them.
func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}
