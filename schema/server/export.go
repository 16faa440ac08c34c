package server

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
)

// exportIdle is how long /export waits for the client to take more of the
// export before it gives up.
const exportIdle = 2 * time.Minute

// ExportRequest is what GET /export exports: the format and the filters
// of "actorgraph export", which mean the same here (see [export.Filter]).
type ExportRequest struct {
	Format     string // "dot" (the default) or "json"
	Filter     export.Filter
	ActorRef   string // an actor id or name for Filter.Actor, resolved in the snapshot
	NoEvidence bool   // json: leave out the links' evidence
	Labels     bool   // dot: write the relation type on each edge
}

// ParseExportQuery reads an export request from the URL parameters of GET
// /export, named as the flags of "actorgraph export":
//
//	format           dot (default) or json
//	types, kinds     comma lists, or the parameter repeated
//	actor, depth     the ego network of an actor (id or name) to a depth (default 1)
//	since, until     a period: YYYY, YYYY-MM or YYYY-MM-DD
//	min-confidence   a number in [0, 1]
//	exclude-hedged, include-negated, isolated, no-evidence, labels
//	                 booleans: true, false, 1, 0, or empty for true
//
// An unknown parameter is an error, so that a misspelt filter is not
// silently ignored.
func ParseExportQuery(q url.Values) (*ExportRequest, error) {
	req := &ExportRequest{Format: "dot"}
	known := map[string]bool{"format": true, "types": true, "kinds": true, "actor": true, "depth": true, "since": true, "until": true,
		"min-confidence": true, "exclude-hedged": true, "include-negated": true, "isolated": true, "no-evidence": true, "labels": true}
	for k := range q {
		if !known[k] {
			return nil, fmt.Errorf("unknown parameter %q (want format, types, kinds, actor, depth, since, until, min-confidence, exclude-hedged, include-negated, isolated, no-evidence or labels)", k)
		}
	}
	if v := q.Get("format"); v != "" {
		if v != "dot" && v != "json" {
			return nil, fmt.Errorf("format: want dot or json, not %q", v)
		}
		req.Format = v
	}
	f := &req.Filter
	for _, t := range list(q["types"]) {
		rt, err := graph.ParseRelType(t)
		if err != nil {
			return nil, fmt.Errorf("types: %w", err)
		}
		f.Types = append(f.Types, rt)
	}
	for _, k := range list(q["kinds"]) {
		kd, err := graph.ParseKind(k)
		if err != nil {
			return nil, fmt.Errorf("kinds: %w", err)
		}
		f.Kinds = append(f.Kinds, kd)
	}
	var err error
	if f.Since, err = graph.ParseDate(q.Get("since")); err != nil {
		return nil, fmt.Errorf("since: %w", err)
	}
	if f.Until, err = graph.ParseDate(q.Get("until")); err != nil {
		return nil, fmt.Errorf("until: %w", err)
	}
	if v := q.Get("min-confidence"); v != "" {
		if f.MinConfidence, err = strconv.ParseFloat(v, 64); err != nil || f.MinConfidence < 0 || f.MinConfidence > 1 {
			return nil, fmt.Errorf("min-confidence: want a number in [0, 1], not %q", v)
		}
	}
	req.ActorRef = strings.TrimSpace(q.Get("actor"))
	depth := 1
	if v := q.Get("depth"); v != "" {
		if depth, err = strconv.Atoi(v); err != nil || depth < 1 {
			return nil, fmt.Errorf("depth: want at least 1, not %q", v)
		}
	}
	if req.ActorRef != "" {
		f.Depth = depth
	}
	for name, p := range map[string]*bool{"exclude-hedged": &f.ExcludeHedged, "include-negated": &f.IncludeNegated, "isolated": &f.Isolated,
		"no-evidence": &req.NoEvidence, "labels": &req.Labels} {
		vs, ok := q[name]
		if !ok {
			continue
		}
		v := vs[len(vs)-1]
		if v == "" {
			*p = true
			continue
		}
		if *p, err = strconv.ParseBool(v); err != nil {
			return nil, fmt.Errorf("%s: want true or false, not %q", name, v)
		}
	}
	return req, nil
}

// Values returns the URL parameters that ParseExportQuery reads back as
// req (the default values left out).
func (req *ExportRequest) Values() url.Values {
	q := url.Values{}
	if req.Format != "" && req.Format != "dot" {
		q.Set("format", req.Format)
	}
	f := req.Filter
	for _, t := range f.Types {
		q.Add("types", string(t))
	}
	for _, k := range f.Kinds {
		q.Add("kinds", string(k))
	}
	if req.ActorRef != "" {
		q.Set("actor", req.ActorRef)
		if f.Depth > 1 {
			q.Set("depth", strconv.Itoa(f.Depth))
		}
	}
	if !f.Since.IsZero() {
		q.Set("since", f.Since.String())
	}
	if !f.Until.IsZero() {
		q.Set("until", f.Until.String())
	}
	if f.MinConfidence != 0 {
		q.Set("min-confidence", strconv.FormatFloat(f.MinConfidence, 'g', -1, 64))
	}
	for name, v := range map[string]bool{"exclude-hedged": f.ExcludeHedged, "include-negated": f.IncludeNegated, "isolated": f.Isolated,
		"no-evidence": req.NoEvidence, "labels": req.Labels} {
		if v {
			q.Set(name, "true")
		}
	}
	return q
}

func list(vs []string) []string {
	var out []string
	for _, v := range vs {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// Export writes the export req asks for to w, from tx: the same bytes as
// "actorgraph export" with the same flags writes from the same graph.
func Export(ctx context.Context, w *bufio.Writer, tx *graph.Tx, req *ExportRequest) error {
	f := req.Filter
	if req.ActorRef != "" {
		id, err := ResolveActor(ctx, tx, req.ActorRef)
		if err != nil {
			return err
		}
		f.Actor = id
		if f.Depth == 0 {
			f.Depth = 1
		}
	}
	if req.Format == "json" {
		return export.JSON(ctx, w, tx, f, export.JSONOptions{OmitEvidence: req.NoEvidence})
	}
	return export.DOT(ctx, w, tx, f, export.DOTOptions{EdgeLabels: req.Labels})
}

// errAmbiguous is returned by ResolveActor for a name several actors have.
var errAmbiguous = errors.New("ambiguous actor name")

// ResolveActor finds the actor an id or a name designates. An unknown one
// is an error wrapping graph.ErrNotFound; a name several actors have is an
// error listing them.
func ResolveActor(ctx context.Context, tx *graph.Tx, ref string) (string, error) {
	if a, err := tx.Actor(ctx, ref); err == nil {
		return a.ID, nil
	} else if !errors.Is(err, graph.ErrNotFound) {
		return "", err
	}
	as, err := tx.FindActors(ctx, ref)
	if err != nil {
		return "", err
	}
	switch len(as) {
	case 0:
		return "", fmt.Errorf("no actor is called %q (try actorgraph stats for ids): %w", ref, graph.ErrNotFound)
	case 1:
		return as[0].ID, nil
	}
	var ids []string
	for _, a := range as {
		ids = append(ids, fmt.Sprintf("%s (%s, %s)", a.ID, a.Name, a.Kind))
	}
	return "", fmt.Errorf("%q names several actors; give one id: %s: %w", ref, strings.Join(ids, ", "), errAmbiguous)
}

// serveExport answers GET /export with the export of one snapshot of the
// graph, streamed as it is written. The answer's errors before the export
// starts are JSON ([Response]); an error in the middle of it (rare: the
// store failing) cuts the connection, so that a client never takes a
// truncated export for a whole one.
func (s *Server) serveExport(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, "GET")
		return
	}
	req, err := ParseExportQuery(r.URL.Query())
	if err != nil {
		writeError(w, http.StatusBadRequest, CodeBadRequest, "export: "+err.Error())
		return
	}
	release, ok := s.acquireOrBusy(w, r)
	if !ok {
		return
	}
	defer release()

	ctype := "text/vnd.graphviz; charset=utf-8"
	if req.Format == "json" {
		ctype = "application/json; charset=utf-8"
	}
	out := &streamWriter{w: w, rc: http.NewResponseController(w), ctype: ctype}
	_ = out.rc.SetWriteDeadline(time.Now().Add(exportIdle)) // not the server's whole-request one
	bw := bufio.NewWriterSize(out, 64<<10)
	ctx := r.Context()
	err = s.store.View(ctx, func(tx *graph.Tx) error {
		if err := Export(ctx, bw, tx, req); err != nil {
			return err
		}
		return bw.Flush()
	})
	switch {
	case err == nil:
		if !out.started { // an empty export
			out.start()
		}
	case ctx.Err() != nil:
		// The client went away.
	case !out.started:
		status, code := http.StatusInternalServerError, CodeInternal
		switch {
		case errors.Is(err, graph.ErrNotFound):
			status, code = http.StatusNotFound, CodeNotFound
		case errors.Is(err, errAmbiguous):
			status, code = http.StatusBadRequest, CodeBadRequest
		default:
			s.log.Error("export", "err", err)
		}
		writeError(w, status, code, "export: "+err.Error())
	default:
		s.log.Error("export failed after it started; cutting the connection", "err", err)
		panic(http.ErrAbortHandler)
	}
}

// streamWriter writes a streamed answer: the header at the first write,
// and each write with a fresh write deadline.
type streamWriter struct {
	w       http.ResponseWriter
	rc      *http.ResponseController
	ctype   string
	started bool
}

func (sw *streamWriter) start() {
	sw.started = true
	sw.w.Header().Set("Content-Type", sw.ctype)
	sw.w.Header().Set("X-Content-Type-Options", "nosniff")
	sw.w.WriteHeader(http.StatusOK)
}

func (sw *streamWriter) Write(p []byte) (int, error) {
	if !sw.started {
		sw.start()
	}
	_ = sw.rc.SetWriteDeadline(time.Now().Add(exportIdle))
	return sw.w.Write(p)
}
