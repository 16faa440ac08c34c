package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
)

// localExport is the export of st as "actorgraph export" writes it.
func localExport(t *testing.T, st *graph.Store, req *ExportRequest) []byte {
	t.Helper()
	var b bytes.Buffer
	bw := bufio.NewWriterSize(&b, 64<<10)
	require.NoError(t, st.View(context.Background(), func(tx *graph.Tx) error {
		f := req.Filter
		if req.ActorRef != "" {
			id, err := ResolveActor(context.Background(), tx, req.ActorRef)
			if err != nil {
				return err
			}
			f.Actor = id
		}
		for _, ref := range req.ActorRefs {
			id, err := ResolveActor(context.Background(), tx, ref)
			if err != nil {
				return err
			}
			f.Actors = append(f.Actors, id)
		}
		switch req.Format {
		case "json":
			return export.JSON(context.Background(), bw, tx, f, export.JSONOptions{OmitEvidence: req.NoEvidence})
		case "graphml":
			return export.GraphML(context.Background(), bw, tx, f, export.GraphMLOptions{})
		case "gexf":
			return export.GEXF(context.Background(), bw, tx, f, export.GEXFOptions{})
		case "csv":
			return export.CSV(context.Background(), bw, tx, f, req.Part, export.CSVOptions{Profile: req.Profile})
		case "rdf":
			if req.RDFPart == export.RDFSchema {
				return export.RDFDQLSchema(bw)
			}
			return export.RDF(context.Background(), bw, tx, f, export.RDFOptions{OmitEvidence: req.NoEvidence})
		}
		return export.DOT(context.Background(), bw, tx, f, export.DOTOptions{EdgeLabels: req.Labels, Cluster: req.Cluster,
			LabelMinWeight: req.LabelMinWeight, NoLegend: req.NoLegend, Title: req.Title, OmitEvidence: req.NoEvidence})
	}))
	require.NoError(t, bw.Flush())
	return b.Bytes()
}

// TestExport: the export through the server is byte for byte the local
// export of the same graph, with the same filters.
func TestExport(t *testing.T) {
	st := readStore(t)
	_, ts := start(t, st, Config{})
	tests := []struct {
		name  string
		query string
		ctype string
	}{
		{"dot by default", "", "text/vnd.graphviz; charset=utf-8"},
		{"json", "format=json", "application/json; charset=utf-8"},
		{"json without evidence", "format=json&no-evidence", "application/json; charset=utf-8"},
		{"dot with labels and types", "format=dot&labels=true&types=supplies,trains", "text/vnd.graphviz; charset=utf-8"},
		{"ego network by name, two steps", "format=json&actor=Mali&depth=2&types=supplies&types=allied", "application/json; charset=utf-8"},
		{"period and strength", "since=2023&until=2024-06&min-confidence=0.3&exclude-hedged=1&kinds=state", "text/vnd.graphviz; charset=utf-8"},
		{"negated and isolated", "format=json&include-negated&isolated&kinds=state,armed_group", "application/json; charset=utf-8"},
		{"nothing selected", "format=json&since=1900&until=1901", "application/json; charset=utf-8"},
		{"actors by id and name, weight, top", "format=json&actors=mali,Russia&actors=turkey&min-weight=1&top=2", "application/json; charset=utf-8"},
		{"dot for people", "cluster=country&label-min-weight=2&no-legend&title=Sahel+%22map%22&top=10&no-evidence", "text/vnd.graphviz; charset=utf-8"},
		{"dot clustered by kind", "cluster=kind&actor=Mali&depth=2", "text/vnd.graphviz; charset=utf-8"},
		{"graphml", "format=graphml&types=supplies", "application/graphml+xml; charset=utf-8"},
		{"gexf", "format=gexf&actor=Mali", "application/gexf+xml; charset=utf-8"},
		{"csv nodes", "format=csv&part=nodes", "text/csv; charset=utf-8; header=present"},
		{"csv relations for gephi", "format=csv&part=relations&profile=gephi", "text/csv; charset=utf-8; header=present"},
		{"csv evidence for neo4j", "format=csv&part=evidence&profile=neo4j&since=2024", "text/csv; charset=utf-8; header=present"},
		{"rdf quads", "format=rdf&part=quads&types=supplies,allied", "application/n-quads; charset=utf-8"},
		{"rdf quads without evidence", "format=rdf&part=quads&no-evidence&actor=Mali", "application/n-quads; charset=utf-8"},
		{"rdf schema", "format=rdf&part=schema", "text/plain; charset=utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := url.ParseQuery(tt.query)
			require.NoError(t, err)
			req, err := ParseExportQuery(q)
			require.NoError(t, err)
			res, err := http.Get(ts.URL + "/export?" + tt.query)
			require.NoError(t, err)
			defer res.Body.Close()
			got, err := io.ReadAll(res.Body)
			require.NoError(t, err)
			require.Equalf(t, http.StatusOK, res.StatusCode, "%s", got)
			assert.Equal(t, tt.ctype, res.Header.Get("Content-Type"))
			want := localExport(t, st, req)
			require.NotEmpty(t, want)
			assert.Equal(t, string(want), string(got))

			// Values writes the same request back.
			back, err := ParseExportQuery(req.Values())
			require.NoError(t, err)
			assert.Equal(t, req, back)
		})
	}
}

func TestExportErrors(t *testing.T) {
	_, ts := start(t, readStore(t), Config{})
	tests := []struct {
		name   string
		method string
		query  string
		status int
		code   string
		msg    string
	}{
		{"POST", http.MethodPost, "", 405, CodeMethodNotAllowed, "GET"},
		{"bad format", http.MethodGet, "format=svg", 400, CodeBadRequest, "want dot, json, graphml, gexf, csv or rdf"},
		{"rdf without part", http.MethodGet, "format=rdf", 400, CodeBadRequest, "part=quads (the N-Quads) or schema"},
		{"bad rdf part", http.MethodGet, "format=rdf&part=nodes", 400, CodeBadRequest, `unknown rdf part "nodes"`},
		{"rdf with a profile", http.MethodGet, "format=rdf&part=quads&profile=neo4j", 400, CodeBadRequest, "profile: only with format csv"},
		{"csv without part", http.MethodGet, "format=csv", 400, CodeBadRequest, "part=nodes, relations or evidence"},
		{"bad part", http.MethodGet, "format=csv&part=edges", 400, CodeBadRequest, `unknown csv part "edges"`},
		{"bad profile", http.MethodGet, "format=csv&part=nodes&profile=excel", 400, CodeBadRequest, `unknown csv profile "excel"`},
		{"part without csv", http.MethodGet, "format=json&part=nodes", 400, CodeBadRequest, "only with format csv or rdf"},
		{"bad type", http.MethodGet, "types=sells", 400, CodeBadRequest, "types"},
		{"bad min weight", http.MethodGet, "min-weight=-1", 400, CodeBadRequest, "min-weight"},
		{"bad top", http.MethodGet, "top=many", 400, CodeBadRequest, "top"},
		{"bad cluster", http.MethodGet, "cluster=continent", 400, CodeBadRequest, "want none, country or kind"},
		{"bad label min weight", http.MethodGet, "label-min-weight=x", 400, CodeBadRequest, "label-min-weight"},
		{"unknown actor in the set", http.MethodGet, "actors=mali,atlantis", 404, CodeNotFound, "atlantis"},
		{"bad kind", http.MethodGet, "kinds=city", 400, CodeBadRequest, "kinds"},
		{"bad date", http.MethodGet, "since=yesterday", 400, CodeBadRequest, "since"},
		{"bad confidence", http.MethodGet, "min-confidence=2", 400, CodeBadRequest, "[0, 1]"},
		{"bad depth", http.MethodGet, "actor=mali&depth=0", 400, CodeBadRequest, "depth"},
		{"bad boolean", http.MethodGet, "isolated=maybe", 400, CodeBadRequest, "want true or false"},
		{"misspelt filter", http.MethodGet, "type=supplies", 400, CodeBadRequest, `unknown parameter "type"`},
		{"unknown actor", http.MethodGet, "actor=Atlantis", 404, CodeNotFound, `no actor is called "Atlantis"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, ts.URL+"/export?"+tt.query, nil)
			require.NoError(t, err)
			a := do(t, req)
			assert.Equal(t, tt.status, a.status)
			assert.Equal(t, tt.code, a.code())
			assert.Contains(t, a.messages(), tt.msg)
		})
	}
}

// TestStatsEndpoint: GET /stats is the report the local stats reads.
func TestStatsEndpoint(t *testing.T) {
	st := readStore(t)
	_, ts := start(t, st, Config{})
	for _, top := range []int{0, 3, 10} {
		var want *StatsReport
		require.NoError(t, st.View(context.Background(), func(tx *graph.Tx) (err error) {
			want, err = ReadStatsReport(context.Background(), tx, top)
			return err
		}))
		u := ts.URL + "/stats"
		if top != 10 {
			u += "?top=" + strconv.Itoa(top)
		}
		a := get(t, u)
		require.Equalf(t, http.StatusOK, a.status, "%s", a.body)
		var got StatsReport
		require.NoError(t, json.Unmarshal(a.body, &got))
		assert.Equal(t, want, &got)
		if top > 0 {
			assert.Len(t, got.Actors, top)
			assert.Len(t, got.Relations, top)
		}
	}
	a := get(t, ts.URL+"/stats?top=-1")
	assert.Equal(t, http.StatusBadRequest, a.status)
	assert.Equal(t, CodeBadRequest, a.code())
	req, err := http.NewRequest(http.MethodPost, ts.URL+"/stats", nil)
	require.NoError(t, err)
	a = do(t, req)
	assert.Equal(t, http.StatusMethodNotAllowed, a.status)
}
