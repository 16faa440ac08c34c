package loader

import (
	"errors"
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Sentinel reasons of an [InputError]. Match them with [errors.Is]; the
// returned errors wrap them with the details (the byte offset, the
// extension). An article above the size limit matches [graph.ErrTooLarge],
// and a claims line that breaks the schema or the type rules matches
// [graph.ErrInvalidClaims] or [graph.ErrTypeRule].
var (
	// ErrEmpty is returned for an article with no text, or only a header.
	ErrEmpty = errors.New("empty article")
	// ErrBinary is returned for a file that holds NUL bytes or is mostly
	// control characters: an image, an archive, a PDF.
	ErrBinary = errors.New("binary file, not text")
	// ErrInvalidUTF8 is returned for text that is not valid UTF-8 (a file
	// saved as Latin-1 or Windows-1252, say); the message gives the byte
	// offset of the first bad byte, counted from 0 at the start of the file.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrUnknownFormat is returned for a file named explicitly whose
	// extension is none of the formats the loader reads.
	ErrUnknownFormat = errors.New("unknown format")
)

// InputError reports a problem with one input: a file, a line of a JSONL
// file, or standard input. Line counts from 1; it is 0 only when the
// problem concerns the whole file (it cannot be opened or read). The loader
// reports every problem with its input as an InputError and goes on with
// the next article.
type InputError struct {
	Path string // the file as named, or [StdinPath]
	Line int    // 1-based line, 0 when the problem concerns the whole file
	Err  error  // the reason
}

// Error returns "path:line: reason", or "path: reason" when Line is 0,
// always on one line.
func (e *InputError) Error() string {
	var s string
	if e.Line > 0 {
		s = fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	} else {
		s = fmt.Sprintf("%s: %v", e.Path, e.Err)
	}
	return oneLine.Replace(s)
}

// Unwrap returns the reason.
func (e *InputError) Unwrap() error { return e.Err }

var oneLine = strings.NewReplacer("\r\n", "; ", "\n", "; ", "\r", " ")

// sizeError reports an article above the size limit.
type sizeError struct {
	what  string // "article", "HTML file"
	size  int64
	limit int
}

func (e *sizeError) Error() string {
	return fmt.Sprintf("%s of %d bytes exceeds the limit of %s", e.what, e.size, formatSize(int64(e.limit)))
}

// Is reports whether target is graph.ErrTooLarge.
func (e *sizeError) Is(target error) bool { return target == graph.ErrTooLarge }

// formatSize writes n bytes as "5 MB", "1.5 MB", "64 KB" or "100 bytes".
func formatSize(n int64) string {
	unit := func(v int64, shift uint, name string) string {
		if v%(1<<shift) == 0 {
			return fmt.Sprintf("%d %s", v>>shift, name)
		}
		return fmt.Sprintf("%.1f %s", float64(v)/float64(int64(1)<<shift), name)
	}
	switch {
	case n >= 1<<20:
		return unit(n, 20, "MB")
	case n >= 1<<10:
		return unit(n, 10, "KB")
	}
	return fmt.Sprintf("%d bytes", n)
}

// typeRulesError lists the type-rule violations of one claims line.
type typeRulesError []*graph.TypeRuleError

func (e typeRulesError) Error() string {
	parts := make([]string, len(e))
	for i, v := range e {
		parts[i] = v.Error()
	}
	return strings.Join(parts, "; ")
}

// Unwrap returns the violations, so that errors.Is matches graph.ErrTypeRule.
func (e typeRulesError) Unwrap() []error {
	errs := make([]error, len(e))
	for i, v := range e {
		errs[i] = v
	}
	return errs
}
