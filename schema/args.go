package schema

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"

	graphql "github.com/graph-gophers/graphql-go"

	"github.com/actorgraph/actorgraph/graph"
)

// Conversions between the schema's enums and arguments and the graph's
// types.

func relTypeEnum(t graph.RelType) string { return strings.ToUpper(string(t)) }
func kindEnum(k graph.Kind) string       { return strings.ToUpper(string(k)) }
func opEnum(o graph.Op) string           { return strings.ToUpper(strings.ReplaceAll(string(o), "-", "_")) }

func relTypeArg(s string) (graph.RelType, error) {
	t, err := graph.ParseRelType(strings.ToLower(s))
	if err != nil {
		return "", errorf(CodeInvalid, "type: %v", err)
	}
	return t, nil
}

func relTypesArg(ss *[]string) ([]graph.RelType, error) {
	if ss == nil {
		return nil, nil
	}
	var ts []graph.RelType
	for _, s := range *ss {
		t, err := relTypeArg(s)
		if err != nil {
			return nil, err
		}
		ts = append(ts, t)
	}
	return ts, nil
}

func kindArg(s string) (graph.Kind, error) {
	k, err := graph.ParseKind(strings.ToLower(s))
	if err != nil {
		return "", errorf(CodeInvalid, "kind: %v", err)
	}
	return k, nil
}

func kindsArg(ss *[]string) ([]graph.Kind, error) {
	if ss == nil {
		return nil, nil
	}
	var ks []graph.Kind
	for _, s := range *ss {
		k, err := kindArg(s)
		if err != nil {
			return nil, err
		}
		ks = append(ks, k)
	}
	return ks, nil
}

func directionArg(s string) (graph.Direction, error) {
	d, err := graph.ParseDirection(strings.ToLower(s))
	if err != nil {
		return graph.Both, errorf(CodeInvalid, "direction: %v", err)
	}
	return d, nil
}

func dateArg(name string, s *string) (graph.Date, error) {
	if s == nil {
		return graph.Date{}, nil
	}
	d, err := graph.ParseDate(strings.TrimSpace(*s))
	if err != nil {
		return graph.Date{}, errorf(CodeInvalid, "%s: %v", name, err)
	}
	return d, nil
}

func period(since, until *string) (graph.Date, graph.Date, error) {
	s, err := dateArg("since", since)
	if err != nil {
		return s, s, err
	}
	u, err := dateArg("until", until)
	return s, u, err
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func id(p *graphql.ID) string {
	if p == nil {
		return ""
	}
	return string(*p)
}

func intOr(p *int32, def int) int {
	if p == nil {
		return def
	}
	return int(*p)
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func optDate(d graph.Date) *string {
	if d.IsZero() {
		return nil
	}
	s := d.String()
	return &s
}

// first reads first and checks it against the maximum page size.
func (s *Schema) first(first int32) (int, error) {
	n := int(first)
	if err := checkFirst(n, s.opts.MaxPageSize); err != nil {
		return 0, err
	}
	return n, nil
}

// Cursors are opaque to clients: base64 (URL alphabet) of a list's name and
// the key of the item in the list's order, so a cursor of one list given to
// another is an error rather than a wrong page.

func encodeCursor(list, key string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(list + ":" + key))
}

func decodeCursor(list string, after *string) (string, bool, error) {
	if after == nil || *after == "" {
		return "", false, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(*after)
	if err != nil || !strings.HasPrefix(string(b), list+":") {
		return "", false, errorf(CodeInvalid, "after: %q is not a cursor of this list (%s)", *after, list)
	}
	return string(b[len(list)+1:]), true, nil
}

// relKeyString is the cursor key of a relation, ordered as the graph orders
// relations: the parts are joined by NUL, which sorts first.
func relKeyString(k graph.RelKey) string {
	return k.From + "\x00" + string(k.Type) + "\x00" + k.To
}

// relKeyOf reads the key relKeyString wrote.
func relKeyOf(key string) (graph.RelKey, error) {
	parts := strings.Split(key, "\x00")
	if len(parts) != 3 {
		return graph.RelKey{}, errorf(CodeInvalid, "after: not a cursor of this list (relations)")
	}
	return graph.RelKey{From: parts[0], Type: graph.RelType(parts[1]), To: parts[2]}, nil
}

func evCursorKey(e *graph.Evidence) string {
	b, _ := json.Marshal(graph.EvidenceCursor{Date: e.Date, Article: e.Article, Sentence: e.Sentence, K: e.K})
	return string(b)
}

func evCursorArg(after *string) (*graph.EvidenceCursor, error) {
	key, ok, err := decodeCursor("evidence", after)
	if err != nil || !ok {
		return nil, err
	}
	var c graph.EvidenceCursor
	if err := json.Unmarshal([]byte(key), &c); err != nil {
		return nil, errorf(CodeInvalid, "after: %q is not a cursor of this list (evidence): %v", *after, err)
	}
	return &c, nil
}

func notFoundf(format string, a ...any) error {
	return &Error{Code: CodeNotFound, Message: fmt.Sprintf(format, a...), Err: graph.ErrNotFound}
}
