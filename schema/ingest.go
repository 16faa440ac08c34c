package schema

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

// IngestLine ingests one line of an NDJSON stream of articles, as the
// ingestArticle mutation ingests one article: the line is read as a line
// of a JSONL file of articles ("actorgraph load" reads those the same way),
// with the fields of the mutation (text, id, url, title, date, lang,
// outlet; unknown fields are ignored), and extracted by the schema's
// extractor. A line with "version" and "article" fields is instead a line
// of a claims file (*.claims.jsonl, version 1) and is ingested as it is,
// without extraction. A text above loader.DefaultMaxArticleBytes is
// refused.
//
// IngestLine needs write access (see [WithWriteAccess]). It returns an
// [*Error]: with [CodeInvalid] when the line cannot be read as an article
// (or claims), [CodeRefused] when the store refuses it (claims breaking the
// schema or the type rules, a text too large); a caller reading a stream
// reports those and goes on. Any other error ([CodeDiskFull], [CodeForbidden],
// [CodeTimeout], [CodeInternal]: no write access, the context done, the
// store closed or failing) means the stream cannot go on. IngestLine is
// safe for concurrent use; concurrent calls are committed together by the
// store's writer.
func (s *Schema) IngestLine(ctx context.Context, line []byte) (graph.IngestResult, error) {
	if !writeAccess(ctx) {
		return graph.IngestResult{}, errWritesDisabled()
	}
	format := "jsonl"
	if isClaimsLine(line) {
		format = "claims"
	}
	var item loader.Item
	err := loader.ReadFile(ctx, "ingest", bytes.NewReader(line), loader.ReadOptions{Format: format}, func(it loader.Item) error {
		if item.Path == "" { // the first item; a line holds one
			item = it
		}
		return nil
	})
	if err != nil {
		return graph.IngestResult{}, s.stop(err)
	}
	c := item.Claims
	switch {
	case item.Err != nil:
		return graph.IngestResult{}, &Error{Code: CodeInvalid, Message: item.Err.Err.Error(), Err: item.Err}
	case item.Article != nil:
		if c, err = s.ex.Extract(ctx, item.Article); err != nil {
			if ctx.Err() != nil {
				return graph.IngestResult{}, s.stop(err)
			}
			return graph.IngestResult{}, &Error{Code: CodeRefused, Message: "extract: " + err.Error(), Err: err}
		}
	case c == nil:
		return graph.IngestResult{}, newError(CodeInvalid, "an empty line")
	}
	res, err := s.store.Ingest(ctx, c)
	switch {
	case err == nil:
		return res, nil
	case ctx.Err() != nil, errors.Is(err, graph.ErrClosed), errors.Is(err, graph.ErrReadOnly):
		return res, s.stop(err)
	case errors.Is(err, graph.ErrDiskFull):
		// Every line after would be refused the same way.
		return res, &Error{Code: CodeDiskFull, Message: err.Error(), Err: err}
	}
	// An article-level refusal (claims breaking the schema, a text too
	// large, an id collision): the store stays usable.
	return res, &Error{Code: CodeRefused, Message: err.Error(), Err: err}
}

// stop classifies an error that ends a stream of IngestLine calls.
func (s *Schema) stop(err error) *Error {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return &Error{Code: CodeTimeout, Message: "ingest: " + err.Error(), Err: err}
	case errors.Is(err, context.Canceled):
		return &Error{Code: CodeInternal, Message: "ingest: canceled", Err: err}
	}
	return &Error{Code: CodeInternal, Message: fmt.Sprintf("ingest: %v", err), Err: err}
}

// isClaimsLine reports whether a JSON line is a claims line: an object
// with "version" and "article" fields (an article line has "text").
func isClaimsLine(line []byte) bool {
	if !bytes.Contains(line, []byte(`"article"`)) {
		return false
	}
	var probe struct {
		Version json.RawMessage `json:"version"`
		Article json.RawMessage `json:"article"`
	}
	if json.Unmarshal(line, &probe) != nil {
		return false
	}
	return probe.Version != nil && probe.Article != nil
}
