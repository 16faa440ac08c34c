package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/schema"
)

// DefaultMaxIngestBytes is the default limit on the body of one POST
// /ingest (see [Config.MaxIngestBytes]).
const DefaultMaxIngestBytes = 256 << 20 // 256 MiB

// MaxIngestLineBytes bounds one line of an ingest body: an article of
// loader.DefaultMaxArticleBytes of text, written as JSON (where escapes
// may double it), with its other fields.
const MaxIngestLineBytes = 2*loader.DefaultMaxArticleBytes + 64<<10

// ingestIdle is how long /ingest waits for the next line from the client,
// or for the client to take the next result, before it gives up.
const ingestIdle = 2 * time.Minute

// IngestLineResult is the answer of POST /ingest for one line of its body,
// written as one line of NDJSON, in the order of the lines. Line numbers
// start at 1 and count blank lines, which get no answer. A line that was
// stored has OK set, with the article's id and what the store did; a line
// that was not has Error (and Code, as in extensions.code of GraphQL
// errors: BAD_REQUEST for a line that is not an article, REFUSED for an
// article the store refused).
type IngestLineResult struct {
	Line      int    `json:"line"`
	OK        bool   `json:"ok"`
	Article   string `json:"article,omitempty"`
	Status    string `json:"status,omitempty"` // new, updated, reextracted, unchanged, retracted
	Actors    int    `json:"actors,omitempty"`
	Relations int    `json:"relations,omitempty"`
	Evidence  int    `json:"evidence,omitempty"`
	// Rejected counts the extracted relations dropped for breaking the
	// type rules.
	Rejected int    `json:"rejected,omitempty"`
	Error    string `json:"error,omitempty"`
	Code     string `json:"code,omitempty"`
}

// IngestSummary is the last line of the answer of POST /ingest: the
// counts of the lines by outcome and the graph's totals afterwards. Error
// is set when the ingest stopped before the end of the body (a body above
// the limit, the server shutting down); the lines before it were answered.
type IngestSummary struct {
	Summary IngestCounts `json:"summary"`
	Stats   *IngestStats `json:"stats,omitempty"`
	Error   string       `json:"error,omitempty"`
	Code    string       `json:"code,omitempty"`
}

// IngestCounts counts the lines of an ingest by outcome, as "actorgraph
// load" counts articles: Actors, Relations and Evidence are summed over the
// new, updated and re-extracted articles.
type IngestCounts struct {
	Lines       int   `json:"lines"` // lines answered (blank lines are not)
	New         int   `json:"new"`
	Updated     int   `json:"updated"`
	Reextracted int   `json:"reextracted"`
	Unchanged   int   `json:"unchanged"`
	Retracted   int   `json:"retracted"`
	Failed      int   `json:"failed"`
	Rejected    int   `json:"rejected"`
	Actors      int   `json:"actors"`
	Relations   int   `json:"relations"`
	Evidence    int   `json:"evidence"`
	Bytes       int64 `json:"bytes"` // bytes of the body read
}

// IngestStats are the graph's totals after an ingest.
type IngestStats struct {
	Actors    int `json:"actors"`
	Relations int `json:"relations"`
	Evidence  int `json:"evidence"`
	Articles  int `json:"articles"`
}

func (c *IngestCounts) add(r *IngestLineResult) {
	c.Lines++
	if !r.OK {
		c.Failed++
		return
	}
	switch graph.Status(r.Status) {
	case graph.StatusNew:
		c.New++
	case graph.StatusUpdated:
		c.Updated++
	case graph.StatusReextracted:
		c.Reextracted++
	case graph.StatusUnchanged:
		c.Unchanged++
	case graph.StatusRetracted:
		c.Retracted++
	}
	c.Actors += r.Actors
	c.Relations += r.Relations
	c.Evidence += r.Evidence
	c.Rejected += r.Rejected
}

// acquireOrBusy takes a place among the MaxConcurrent for r, or answers
// 503 (or nothing, when the client went away) and returns false.
func (s *Server) acquireOrBusy(w http.ResponseWriter, r *http.Request) (release func(), ok bool) {
	release, ok = s.acquire(r.Context())
	if !ok && r.Context().Err() == nil {
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusServiceUnavailable, CodeBusy,
			fmt.Sprintf("the server is busy: %d requests are running, the most it runs at once; try again shortly", s.cfg.MaxConcurrent))
	}
	return release, ok
}

// writeAllowed checks that r may write: AllowWrites, the bearer token when
// one is set, and POST. It answers r and returns false when not; what
// names the write in the messages ("ingest", "a restore").
func (s *Server) writeAllowed(w http.ResponseWriter, r *http.Request, what string) bool {
	switch {
	case r.Method != http.MethodPost:
		methodNotAllowed(w, "POST")
		return false
	case !s.cfg.AllowWrites:
		writeError(w, http.StatusForbidden, CodeWritesDisabled, "this server is read-only: "+what+" needs a server started with writes allowed (actorgraph serve --allow-writes)")
		return false
	case s.cfg.Token != "":
		if ok, reason := s.authorized(r); !ok {
			w.Header().Set("WWW-Authenticate", `Bearer realm="actorgraph"`)
			writeError(w, http.StatusUnauthorized, CodeUnauthenticated, strings.Replace(reason, "mutations on this server need", what+" needs", 1))
			return false
		}
	}
	return true
}

// serveIngest answers POST /ingest: NDJSON in, one article a line, each
// ingested as the ingestArticle mutation ingests one (see
// [schema.Schema.IngestLine]); NDJSON out, one [IngestLineResult] a line in
// the order of the lines, then an [IngestSummary]. Lines are extracted and
// ingested on all cores while the body streams in, so two lines of the
// same article land in either order (the first to land is reported
// "new"); send a correction of an article in a later request.
func (s *Server) serveIngest(w http.ResponseWriter, r *http.Request) {
	if !s.writeAllowed(w, r, "ingest") {
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		switch {
		case err != nil:
			writeError(w, http.StatusBadRequest, CodeBadRequest, fmt.Sprintf("cannot read the Content-Type %q: %v", ct, err))
			return
		case mt != "application/x-ndjson" && mt != "application/jsonl" && mt != "application/json" && mt != "text/plain":
			writeError(w, http.StatusUnsupportedMediaType, CodeUnsupportedMediaType,
				fmt.Sprintf("cannot read a body of type %q: send application/x-ndjson, one JSON article a line", mt))
			return
		}
	}
	max := s.cfg.MaxIngestBytes
	if r.ContentLength > max {
		writeError(w, http.StatusRequestEntityTooLarge, CodeBodyTooLarge,
			fmt.Sprintf("the ingest body is larger than this server's limit of %s; send it in parts", formatBytes(max)))
		return
	}
	if err := s.store.CheckFree(); err != nil {
		// Refused before anything is read: the client can send the same
		// body again once there is room. Reads go on being served.
		s.log.Warn("ingest refused", "err", err)
		writeError(w, http.StatusInsufficientStorage, CodeDiskFull, "ingest: "+err.Error()+"; free some space on the server's disk and send it again")
		return
	}
	release, ok := s.acquireOrBusy(w, r)
	if !ok {
		return
	}
	defer release()

	// The answer streams while the body is read: lift the server's
	// whole-request deadlines, and bound instead the wait for each line.
	rc := http.NewResponseController(w)
	_ = rc.EnableFullDuplex()
	_ = rc.SetReadDeadline(time.Now().Add(ingestIdle))
	_ = rc.SetWriteDeadline(time.Now().Add(ingestIdle))
	w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	_ = rc.Flush()

	ctx, cancel := context.WithCancelCause(schema.WithWriteAccess(r.Context()))
	defer cancel(nil)

	type job struct {
		line int
		done chan *IngestLineResult
	}
	jobs := make(chan job, 4*runtime.GOMAXPROCS(0))
	workers := make(chan struct{}, runtime.GOMAXPROCS(0))
	var counts IngestCounts
	var stopErr *schema.Error
	written := make(chan struct{})

	// The writer answers the lines in order.
	go func() {
		defer close(written)
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for j := range jobs {
			res := <-j.done
			if res == nil { // the stream stopped: no answer for this line
				continue
			}
			counts.add(res)
			if r.Context().Err() != nil {
				continue // the client went away
			}
			_ = rc.SetWriteDeadline(time.Now().Add(ingestIdle))
			if err := enc.Encode(res); err != nil {
				cancel(err)
				continue
			}
			if len(jobs) == 0 {
				_ = rc.Flush()
			}
		}
	}()

	var mu sync.Mutex // guards stopErr
	// halt records why the stream stopped early; stop also cancels the
	// lines in flight (the store failing).
	halt := func(e *schema.Error) {
		mu.Lock()
		if stopErr == nil {
			stopErr = e
		}
		mu.Unlock()
	}
	stop := func(e *schema.Error) {
		halt(e)
		cancel(e)
	}

	br := bufio.NewReaderSize(http.MaxBytesReader(w, r.Body, max), 64<<10)
	lr := loader.NewLineReader(br, MaxIngestLineBytes)
	for ctx.Err() == nil {
		_ = rc.SetReadDeadline(time.Now().Add(ingestIdle))
		b, size, err := lr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				halt(&schema.Error{Code: schema.Code(CodeBodyTooLarge), Message: fmt.Sprintf(
					"the ingest body is larger than this server's limit of %s: stopped before line %d; send the rest in another request", formatBytes(max), lr.Line())})
			} else {
				halt(&schema.Error{Code: schema.Code(CodeBadRequest), Message: fmt.Sprintf("cannot read the body at line %d: %v", lr.Line(), err)})
			}
			break
		}
		j := job{line: lr.Line(), done: make(chan *IngestLineResult, 1)}
		if b == nil {
			j.done <- &IngestLineResult{Line: lr.Line(), Code: string(schema.CodeInvalid),
				Error: fmt.Sprintf("the line has %d bytes, more than the limit of %s", size, formatBytes(MaxIngestLineBytes))}
			jobs <- j
			continue
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		select {
		case workers <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		jobs <- j
		b = bytes.Clone(b) // the reader reuses its buffer
		go func(line int, b []byte, done chan<- *IngestLineResult) {
			defer func() { <-workers }()
			done <- s.ingestLine(ctx, line, b, stop)
		}(lr.Line(), b, j.done)
	}
	counts.Bytes = lr.Consumed()
	close(jobs)
	<-written
	// Close the body here, not after the handler returns: net/http then
	// reads what is left of it (256 KiB at most, else it closes the
	// connection after the answer), and in full-duplex mode the end of the
	// body must be reached while the handler runs.
	_ = r.Body.Close()

	sum := IngestSummary{Summary: counts}
	mu.Lock()
	if stopErr != nil {
		sum.Error, sum.Code = stopErr.Message, string(stopErr.Code)
	}
	mu.Unlock()
	if r.Context().Err() != nil {
		return // the client went away
	}
	sctx, scancel := context.WithTimeout(context.WithoutCancel(r.Context()), 10*time.Second)
	defer scancel()
	if st, err := s.store.Stats(sctx); err == nil {
		sum.Stats = &IngestStats{Actors: st.Actors, Relations: st.Relations, Evidence: st.Evidence, Articles: st.Articles}
	} else {
		s.log.Error("ingest: read stats", "err", err)
	}
	_ = rc.SetWriteDeadline(time.Now().Add(ingestIdle))
	b, _ := json.Marshal(sum)
	_, _ = w.Write(append(b, '\n'))
	if sum.Error != "" {
		s.log.Warn("ingest stopped", "lines", counts.Lines, "err", sum.Error)
	}
}

// ingestLine ingests one line, within the server's time limit for one
// request. An error that stops the stream goes to stop, and the line gets
// no answer (nil).
func (s *Server) ingestLine(ctx context.Context, line int, b []byte, stop func(*schema.Error)) (res *IngestLineResult) {
	defer func() {
		if v := recover(); v != nil {
			s.log.Error("panic ingesting a line", "line", line, "panic", fmt.Sprint(v))
			res = &IngestLineResult{Line: line, Code: CodeInternal, Error: internalMessage}
		}
	}()
	lctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	r, err := s.schema.IngestLine(lctx, b)
	if err == nil {
		out := &IngestLineResult{Line: line, OK: true, Article: r.Article, Status: string(r.Status), Rejected: len(r.Rejected)}
		if r.Status != graph.StatusUnchanged && r.Status != graph.StatusRetracted {
			out.Actors, out.Relations, out.Evidence = r.Actors, r.Relations, r.Evidence
		}
		return out
	}
	var e *schema.Error
	if !errors.As(err, &e) {
		e = &schema.Error{Code: schema.CodeInternal, Message: err.Error(), Err: err}
	}
	switch {
	case e.Code == schema.CodeInvalid, e.Code == schema.CodeRefused:
		return &IngestLineResult{Line: line, Code: string(e.Code), Error: e.Message}
	case ctx.Err() == nil && errors.Is(lctx.Err(), context.DeadlineExceeded):
		return &IngestLineResult{Line: line, Code: CodeTimeout,
			Error: fmt.Sprintf("the article took longer than the server's limit of %s", s.cfg.Timeout)}
	case ctx.Err() != nil:
		return nil // stopped by another line, or the client went away
	}
	s.log.Error("ingest stopped", "line", line, "err", err)
	stop(&schema.Error{Code: e.Code, Message: fmt.Sprintf("line %d: %s", line, e.Message)})
	return nil
}
