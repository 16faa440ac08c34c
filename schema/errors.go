package schema

import (
	"context"
	"errors"
	"fmt"

	graphql "github.com/graph-gophers/graphql-go"
	gqlerrors "github.com/graph-gophers/graphql-go/errors"

	"github.com/actorgraph/actorgraph/graph"
)

// Code classifies an error of a response; it is the error's
// extensions.code.
type Code string

// The codes of errors in responses.
const (
	// CodeInvalid: the request does not parse or does not validate against
	// the schema, or an argument is malformed (a bad date, a negative page).
	CodeInvalid Code = "BAD_REQUEST"
	// CodeLimit: the request exceeds a limit: depth, page size, cost,
	// query length, or has a fragment cycle.
	CodeLimit Code = "LIMIT_EXCEEDED"
	// CodeNotFound: an actor, relation or article named by an argument
	// does not exist.
	CodeNotFound Code = "NOT_FOUND"
	// CodeForbidden: a mutation without write access.
	CodeForbidden Code = "FORBIDDEN"
	// CodeRefused: the store refused a decision or an article (a merge of
	// actors declared not the same, claims breaking the schema, ...).
	CodeRefused Code = "REFUSED"
	// CodeTimeout: the request ran out of time.
	CodeTimeout Code = "TIMEOUT"
	// CodeDiskFull: the store refused to write because the free space of
	// its disk is below its headroom ([graph.ErrDiskFull]); reads go on.
	CodeDiskFull Code = "DISK_FULL"
	// CodeInternal: anything else, a resolver that panicked included.
	CodeInternal Code = "INTERNAL"
)

// Error is an error a resolver or the limits return: its message goes to
// the response, with its code under extensions.
type Error struct {
	Code    Code
	Message string
	Err     error // the cause, if any
}

func newError(code Code, msg string) *Error { return &Error{Code: code, Message: msg} }

func errorf(code Code, format string, a ...any) *Error {
	err := fmt.Errorf(format, a...)
	return &Error{Code: code, Message: err.Error(), Err: errors.Unwrap(err)}
}

// Error returns the message.
func (e *Error) Error() string { return e.Message }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Extensions returns {"code": ...}; graphql-go copies it into the response.
func (e *Error) Extensions() map[string]any { return map[string]any{"code": e.Code} }

func (e *Error) queryError() *gqlerrors.QueryError {
	return &gqlerrors.QueryError{Message: e.Message, Err: e, Extensions: e.Extensions()}
}

func errorResponse(errs ...*Error) *graphql.Response {
	r := &graphql.Response{}
	for _, e := range errs {
		r.Errors = append(r.Errors, e.queryError())
	}
	return r
}

// resolverError classifies an error of the store for the response.
func (s *Schema) resolverError(ctx context.Context, err error) *Error {
	var e *Error
	switch {
	case err == nil:
		return nil
	case errors.As(err, &e):
		return e
	case errors.Is(err, context.DeadlineExceeded) && errors.Is(ctx.Err(), context.DeadlineExceeded):
		return &Error{Code: CodeTimeout, Message: fmt.Sprintf("request timed out after %s", s.opts.Timeout), Err: err}
	case errors.Is(err, graph.ErrNotFound):
		return &Error{Code: CodeNotFound, Message: err.Error(), Err: err}
	case errors.Is(err, graph.ErrDiskFull):
		return &Error{Code: CodeDiskFull, Message: err.Error(), Err: err}
	case errors.Is(err, graph.ErrDecision), errors.Is(err, graph.ErrInvalidID), errors.Is(err, graph.ErrInvalidClaims),
		errors.Is(err, graph.ErrTooLarge), errors.Is(err, graph.ErrTypeRule), errors.Is(err, graph.ErrReadOnly):
		return &Error{Code: CodeRefused, Message: err.Error(), Err: err}
	}
	return &Error{Code: CodeInternal, Message: err.Error(), Err: err}
}
