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
	Format string // "dot" (the default), "json", "graphml", "gexf", "csv" or "rdf"
	// Part and Profile choose the table and the header conventions of a
	// CSV export (Part is required with format csv).
	Part    export.CSVPart
	Profile export.CSVProfile
	// RDFPart chooses the file of an RDF export, the N-Quads or the DQL
	// schema (required with format rdf; the URL parameter is "part").
	RDFPart  export.RDFPart
	Filter   export.Filter
	ActorRef string // an actor id or name for Filter.Actor, resolved in the snapshot
	// ActorRefs are actor ids or names for Filter.Actors, resolved in the
	// snapshot.
	ActorRefs  []string
	NoEvidence bool // json: leave out the links' evidence; dot: the evidence sentence of the tooltips
	Labels     bool // dot: write the relation type on each edge
	// The other options of a DOT export (see [export.DOTOptions]).
	Cluster        export.Cluster
	LabelMinWeight int
	NoLegend       bool
	Title          string
}

// ParseExportQuery reads an export request from the URL parameters of GET
// /export, named as the flags of "actorgraph export":
//
//	format           dot (default), json, graphml, gexf, csv or rdf
//	part, profile    csv: the table (nodes, relations or evidence; required)
//	                 and the header conventions (pandas, the default, gephi or neo4j);
//	                 rdf: the file (quads or schema; required), no profile
//	types, kinds     comma lists, or the parameter repeated
//	actors           actors (ids or names), a comma list or repeated
//	actor, depth     the ego network of an actor (id or name) to a depth (default 1)
//	since, until     a period: YYYY, YYYY-MM or YYYY-MM-DD
//	min-confidence   a number in [0, 1]
//	min-weight, top  whole numbers, 0 (the default) for no limit
//	cluster          dot: none (default), country or kind
//	label-min-weight dot: a whole number
//	title            dot: a title
//	exclude-hedged, include-negated, isolated, no-evidence, labels, no-legend
//	                 booleans: true, false, 1, 0, or empty for true
//
// An unknown parameter is an error, so that a misspelt filter is not
// silently ignored.
func ParseExportQuery(q url.Values) (*ExportRequest, error) {
	req := &ExportRequest{Format: "dot"}
	known := map[string]bool{"format": true, "types": true, "kinds": true, "actor": true, "depth": true, "since": true, "until": true,
		"min-confidence": true, "exclude-hedged": true, "include-negated": true, "isolated": true, "no-evidence": true, "labels": true,
		"actors": true, "min-weight": true, "top": true, "cluster": true, "label-min-weight": true, "no-legend": true, "title": true,
		"part": true, "profile": true}
	for k := range q {
		if !known[k] {
			return nil, fmt.Errorf("unknown parameter %q (want format, types, kinds, actors, actor, depth, since, until, min-confidence, min-weight, exclude-hedged, include-negated, top, isolated, no-evidence, labels, cluster, label-min-weight, no-legend, title, part or profile)", k)
		}
	}
	if v := q.Get("format"); v != "" {
		if _, ok := exportTypes[v]; !ok {
			return nil, fmt.Errorf("format: want dot, json, graphml, gexf, csv or rdf, not %q", v)
		}
		req.Format = v
	}
	if err := req.parseParts(q.Get("part"), q.Get("profile")); err != nil {
		return nil, err
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
	for name, p := range map[string]*int{"min-weight": &f.MinWeight, "top": &f.Top, "label-min-weight": &req.LabelMinWeight} {
		if v := q.Get(name); v != "" {
			if *p, err = strconv.Atoi(v); err != nil || *p < 0 {
				return nil, fmt.Errorf("%s: want a whole number, 0 or more, not %q", name, v)
			}
		}
	}
	if req.Cluster, err = export.ParseCluster(q.Get("cluster")); err != nil {
		return nil, fmt.Errorf("cluster: want none, country or kind, not %q", q.Get("cluster"))
	}
	req.Title = q.Get("title")
	req.ActorRefs = list(q["actors"])
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
		"no-evidence": &req.NoEvidence, "labels": &req.Labels, "no-legend": &req.NoLegend} {
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
	if req.Part != "" {
		q.Set("part", string(req.Part))
	}
	if req.RDFPart != "" {
		q.Set("part", string(req.RDFPart))
	}
	if req.Profile != "" && req.Profile != export.CSVPandas {
		q.Set("profile", string(req.Profile))
	}
	f := req.Filter
	for _, t := range f.Types {
		q.Add("types", string(t))
	}
	for _, k := range f.Kinds {
		q.Add("kinds", string(k))
	}
	for _, a := range req.ActorRefs {
		q.Add("actors", a)
	}
	if req.ActorRef != "" {
		q.Set("actor", req.ActorRef)
		if f.Depth > 1 {
			q.Set("depth", strconv.Itoa(f.Depth))
		}
	}
	for name, v := range map[string]int{"min-weight": f.MinWeight, "top": f.Top, "label-min-weight": req.LabelMinWeight} {
		if v != 0 {
			q.Set(name, strconv.Itoa(v))
		}
	}
	if req.Cluster != "" && req.Cluster != export.ClusterNone {
		q.Set("cluster", string(req.Cluster))
	}
	if req.Title != "" {
		q.Set("title", req.Title)
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
		"no-evidence": req.NoEvidence, "labels": req.Labels, "no-legend": req.NoLegend} {
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
	for _, ref := range req.ActorRefs {
		id, err := ResolveActor(ctx, tx, ref)
		if err != nil {
			return err
		}
		f.Actors = append(f.Actors, id)
	}
	switch req.Format {
	case "json":
		return export.JSON(ctx, w, tx, f, export.JSONOptions{OmitEvidence: req.NoEvidence})
	case "graphml":
		return export.GraphML(ctx, w, tx, f, export.GraphMLOptions{})
	case "gexf":
		return export.GEXF(ctx, w, tx, f, export.GEXFOptions{})
	case "csv":
		return export.CSV(ctx, w, tx, f, req.Part, export.CSVOptions{Profile: req.Profile})
	case "rdf":
		if req.RDFPart == export.RDFSchema {
			return export.RDFDQLSchema(w)
		}
		return export.RDF(ctx, w, tx, f, export.RDFOptions{OmitEvidence: req.NoEvidence})
	}
	return export.DOT(ctx, w, tx, f, req.DOTOptions())
}

// DOTOptions returns the options of a DOT export that req asks for.
func (req *ExportRequest) DOTOptions() export.DOTOptions {
	return export.DOTOptions{EdgeLabels: req.Labels, Cluster: req.Cluster, LabelMinWeight: req.LabelMinWeight,
		NoLegend: req.NoLegend, Title: req.Title, OmitEvidence: req.NoEvidence}
}

// exportTypes are the export formats and the Content-Type of each.
var exportTypes = map[string]string{
	"dot":     "text/vnd.graphviz; charset=utf-8",
	"json":    "application/json; charset=utf-8",
	"graphml": "application/graphml+xml; charset=utf-8",
	"gexf":    "application/gexf+xml; charset=utf-8",
	"csv":     "text/csv; charset=utf-8; header=present",
	// N-Quads with Dgraph's facets on the relation lines.
	"rdf": "application/n-quads; charset=utf-8",
}

// contentType is the Content-Type of the export req asks for.
func (req *ExportRequest) contentType() string {
	if req.Format == "rdf" && req.RDFPart == export.RDFSchema {
		return "text/plain; charset=utf-8" // a DQL schema
	}
	if ct := exportTypes[req.Format]; ct != "" {
		return ct
	}
	return exportTypes["dot"]
}

// parseParts checks and sets the part and profile of a CSV export, or
// the part of an RDF export; they mean nothing to the other formats.
func (req *ExportRequest) parseParts(part, profile string) error {
	if req.Format == "rdf" {
		if profile != "" {
			return fmt.Errorf("profile: only with format csv")
		}
		if part == "" {
			return fmt.Errorf("part: format rdf exports one file: part=quads (the N-Quads) or schema (the DQL schema)")
		}
		var err error
		if req.RDFPart, err = export.ParseRDFPart(part); err != nil {
			return fmt.Errorf("part: %w", err)
		}
		return nil
	}
	if req.Format != "csv" {
		if part != "" || profile != "" {
			return fmt.Errorf("part and profile: only with format csv or rdf")
		}
		return nil
	}
	if part == "" {
		return fmt.Errorf("part: format csv exports one table: part=nodes, relations or evidence")
	}
	var err error
	if req.Part, err = export.ParseCSVPart(part); err != nil {
		return fmt.Errorf("part: %w", err)
	}
	if req.Profile, err = export.ParseCSVProfile(profile); err != nil {
		return fmt.Errorf("profile: %w", err)
	}
	return nil
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

	out := &streamWriter{w: w, rc: http.NewResponseController(w), ctype: req.contentType()}
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
