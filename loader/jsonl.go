package loader

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// jsonArticle is one line of a JSONL file of articles. Unknown fields are
// ignored: scraped data carries many.
type jsonArticle struct {
	ID     jsonString `json:"id"`
	URL    string     `json:"url"`
	Title  string     `json:"title"`
	Date   jsonString `json:"date"`
	Lang   string     `json:"lang"`
	Outlet string     `json:"outlet"`
	Text   *string    `json:"text"`
}

// jsonString is a string that may also be written as a number (an id
// 12345, a year 2024) or null.
type jsonString string

func (s *jsonString) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && (b[0] == '-' || b[0] >= '0' && b[0] <= '9') {
		*s = jsonString(b)
		return nil
	}
	if string(b) == "null" {
		return nil
	}
	var v string
	if err := json.Unmarshal(b, &v); err != nil {
		// The decoder names the field of an UnmarshalTypeError.
		return &json.UnmarshalTypeError{Value: jsonKind(b), Type: reflect.TypeFor[string]()}
	}
	*s = jsonString(v)
	return nil
}

// readJSONL reads a JSONL file of articles, one JSON object a line.
func readJSONL(ctx context.Context, br *bufio.Reader, opts ReadOptions, e emitter) error {
	max := opts.maxBytes()
	return eachLine(ctx, br, max, e, func(line int, b []byte) error {
		var ja jsonArticle
		if err := json.Unmarshal(b, &ja); err != nil {
			return e.fail(line, jsonError(err, b))
		}
		if ja.Text == nil {
			return e.fail(line, fmt.Errorf("%w (no \"text\" field)", ErrEmpty))
		}
		text := string(*ja.Text)
		if len(text) > max {
			return e.fail(line, &sizeError{what: "article", size: int64(len(text)), limit: max})
		}
		if strings.TrimSpace(text) == "" {
			return e.fail(line, ErrEmpty)
		}
		d, err := graph.ParseDate(string(ja.Date))
		if err != nil {
			return e.fail(line, fmt.Errorf("date: %w", err))
		}
		m := meta{id: strings.TrimSpace(string(ja.ID)), url: strings.TrimSpace(ja.URL),
			title: strings.TrimSpace(ja.Title), date: d, lang: ja.Lang, outlet: strings.TrimSpace(ja.Outlet)}
		a := m.article(text)
		applyDefaults(a, opts.Defaults)
		return e.article(line, a)
	})
}

// eachLine calls fn for each line of a JSONL stream that is not blank,
// and reports the problems of the stream itself: a binary file (which stops
// it), a line too long to hold or not UTF-8 (which are skipped). fn reports
// its own problems through e.
func eachLine(ctx context.Context, br *bufio.Reader, max int, e emitter, fn func(line int, b []byte) error) error {
	head, _ := br.Peek(8 << 10)
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return e.fail(lineAt(head, i), ErrBinary)
	}
	if mostlyControl(head) {
		return e.fail(1, ErrBinary)
	}
	lr := NewLineReader(br, 2*max+64<<10)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, size, err := lr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return e.fail(lr.line, fmt.Errorf("read: %w", err))
		}
		if b == nil {
			err = e.fail(lr.line, &sizeError{what: "article", size: size, limit: max})
		} else {
			if lr.line == 1 {
				b = bytes.TrimPrefix(b, bom)
			}
			switch i := invalidUTF8(b); {
			case len(bytes.TrimSpace(b)) == 0:
			case i >= 0:
				err = e.fail(lr.line, fmt.Errorf("%w at byte %d", ErrInvalidUTF8, lr.off+int64(i)))
			default:
				err = fn(lr.line, b)
			}
		}
		if err != nil {
			return err
		}
	}
}

// LineReader reads lines of any length, keeping at most max bytes of one:
// the reader of JSON Lines here and of the server's NDJSON ingest.
type LineReader struct {
	r    *bufio.Reader
	max  int
	line int   // the number of the line last read
	off  int64 // the offset of its first byte
	next int64 // the offset of the next line
	buf  []byte
}

// NewLineReader returns a LineReader of r keeping lines of at most max
// bytes.
func NewLineReader(r *bufio.Reader, max int) *LineReader { return &LineReader{r: r, max: max} }

// Line returns the number of the line last read (1 for the first).
func (lr *LineReader) Line() int { return lr.line }

// Consumed returns the number of bytes read so far, line ends included.
func (lr *LineReader) Consumed() int64 { return lr.next }

// Read returns the next line without its end ("\n" or "\r\n") and its
// size; the line is valid until the next Read. For a line longer than max
// it returns a nil line and the size, having skipped the line without
// holding it. At the end of the stream it returns io.EOF.
func (lr *LineReader) Read() (line []byte, size int64, err error) {
	lr.line++
	lr.off = lr.next
	lr.buf = lr.buf[:0]
	var n int64      // bytes read, end of line included
	var last [2]byte // the last two bytes read
	long := false
	for {
		chunk, err := lr.r.ReadSlice('\n')
		n += int64(len(chunk))
		for _, c := range chunk[max(0, len(chunk)-2):] {
			last[0], last[1] = last[1], c
		}
		if !long && len(lr.buf)+len(chunk) > lr.max+2 { // +2: the end of line
			long, lr.buf = true, lr.buf[:0]
		}
		if !long {
			lr.buf = append(lr.buf, chunk...)
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && n == 0:
			return nil, 0, io.EOF
		case err != nil && err != io.EOF:
			return nil, 0, err
		}
		lr.next += n
		if long {
			if last[1] == '\n' {
				n--
				if last[0] == '\r' {
					n--
				}
			}
			return nil, n, nil
		}
		b := bytes.TrimSuffix(lr.buf, []byte("\n"))
		b = bytes.TrimSuffix(b, []byte("\r"))
		return b, int64(len(b)), nil
	}
}

// jsonError rewrites the error of decoding the JSON line b as a short
// reason.
func jsonError(err error, b []byte) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("invalid JSON at column %d: %s", se.Offset, se.Error())
	case errors.As(err, &te) && te.Field == "":
		return fmt.Errorf("want a JSON object, got %s", te.Value)
	case errors.As(err, &te) && strings.HasPrefix(te.Value, "number") && isNumber(te.Type):
		// A number that does not fit: "number 1e999", "number -1" for an
		// unsigned field, "number 1.5" for a whole one.
		return fmt.Errorf("field %q: %s is out of range (want %s)", te.Field, te.Value, kindName(te.Type))
	case errors.As(err, &te):
		return fmt.Errorf("field %q: want %s, got %s", te.Field, kindName(te.Type), te.Value)
	case errors.Is(err, io.ErrUnexpectedEOF): // from a json.Decoder
		return fmt.Errorf("invalid JSON at column %d: unexpected end of JSON input", len(b)+1)
	}
	// Unknown fields, and errors of the fields' own decoders (dates, kinds).
	return errors.New(strings.TrimPrefix(err.Error(), "json: "))
}

// jsonKind names the kind of a JSON value as the decoder does.
func jsonKind(b []byte) string {
	switch {
	case len(b) == 0:
		return "nothing"
	case b[0] == '{':
		return "object"
	case b[0] == '[':
		return "array"
	case b[0] == '"':
		return "string"
	}
	return "bool"
}

// isNumber reports whether t is a number type (or a pointer to one).
func isNumber(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return true
	}
	return false
}

func kindName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Pointer:
		return kindName(t.Elem())
	case reflect.Float32, reflect.Float64:
		return "a number"
	}
	return "a whole number"
}
