package loader

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"

	"github.com/actorgraph/actorgraph/graph"
)

// readClaims reads a claims file (*.claims.jsonl, version 1): one
// [graph.Claims] a line, decoded strictly and checked. A line that breaks
// the schema or the type rules is reported and not ingested.
func readClaims(ctx context.Context, br *bufio.Reader, opts ReadOptions, e emitter) error {
	max := opts.maxBytes()
	return eachLine(ctx, br, max, e, func(line int, b []byte) error {
		c, err := decodeClaims(b, max, opts.Defaults)
		if err != nil {
			return e.fail(line, err)
		}
		return e.claims(line, c)
	})
}

// decodeClaims decodes and checks one claims line.
func decodeClaims(b []byte, max int, d Defaults) (*graph.Claims, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var c graph.Claims
	if err := dec.Decode(&c); err != nil {
		return nil, jsonError(err, b)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("invalid JSON: data after the object")
	}
	if n := len(c.Article.Text); n > max {
		return nil, &sizeError{what: "article", size: int64(n), limit: max}
	}
	applyDefaults(&c.Article, d)
	violations, err := c.Check()
	switch {
	case err != nil:
		return nil, err
	case len(violations) == 1:
		return nil, violations[0]
	case len(violations) > 1:
		return nil, typeRulesError(violations)
	}
	return &c, nil
}

// scanTopKeys calls f with each key of the JSON object at the start of b,
// in order, until f returns false or b ends.
func scanTopKeys(b []byte, f func(key string) bool) {
	dec := json.NewDecoder(bytes.NewReader(b))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return
		}
		k, ok := t.(string)
		if !ok || !f(k) {
			return
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return
		}
	}
}
