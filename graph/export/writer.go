package export

import (
	"bufio"
	"io"
)

// writer buffers output and keeps the first error: after it, writes do
// nothing, and the export loops stop at their next check of err.
type writer struct {
	w   *bufio.Writer
	err error
}

func newWriter(w io.Writer) *writer { return &writer{w: bufio.NewWriterSize(w, 64<<10)} }

func (w *writer) str(s string) {
	if w.err == nil {
		_, w.err = w.w.WriteString(s)
	}
}

func (w *writer) bytes(b []byte) {
	if w.err == nil {
		_, w.err = w.w.Write(b)
	}
}

// fail records err unless an error is already recorded.
func (w *writer) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

// flush writes out the buffer and returns the first error.
func (w *writer) flush() error {
	if w.err == nil {
		w.err = w.w.Flush()
	}
	return w.err
}
