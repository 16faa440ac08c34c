package server

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

// emptyStore returns a fresh empty store of the test.
func emptyStore(t *testing.T) *graph.Store {
	t.Helper()
	st, err := graph.Open(t.TempDir(), nil)
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// ingestAnswer is the decoded answer of POST /ingest.
type ingestAnswer struct {
	status  int
	lines   []IngestLineResult
	summary IngestSummary
	body    string
}

func postIngest(t *testing.T, base string, body io.Reader, header ...string) ingestAnswer {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, base+"/ingest", body)
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-ndjson")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	a := ingestAnswer{status: res.StatusCode}
	if res.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(res.Body)
		a.body = string(b)
		return a
	}
	assert.Equal(t, "application/x-ndjson; charset=utf-8", res.Header.Get("Content-Type"))
	sc := bufio.NewScanner(res.Body)
	var raw []string
	for sc.Scan() {
		raw = append(raw, sc.Text())
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, raw, "at least the summary")
	a.body = strings.Join(raw, "\n")
	for _, l := range raw[:len(raw)-1] {
		var r IngestLineResult
		require.NoError(t, json.Unmarshal([]byte(l), &r), l)
		a.lines = append(a.lines, r)
	}
	require.NoError(t, json.Unmarshal([]byte(raw[len(raw)-1]), &a.summary))
	return a
}

func ndjson(t *testing.T, lines ...any) string {
	t.Helper()
	var b strings.Builder
	for _, l := range lines {
		if s, ok := l.(string); ok {
			b.WriteString(s)
		} else {
			j, err := json.Marshal(l)
			require.NoError(t, err)
			b.Write(j)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestIngest sends NDJSON with a broken line in the middle: the broken
// line is answered with its number and reason, the others are stored.
func TestIngest(t *testing.T) {
	const token = "ingest-token"
	st := emptyStore(t)
	_, ts := start(t, st, Config{AllowWrites: true, Token: token})
	body := ndjson(t,
		map[string]any{"id": "ing-1", "text": "The Wagner Group trains the Malian army, officials said.", "lang": "en", "date": "2024-06", "outlet": "Test Wire"},
		`{"id": "ing-broken", "text": "unterminated`,
		"",
		map[string]any{"id": "ing-3", "text": "Turkey supplies drones to Mali, according to the ministry.", "lang": "en", "url": "https://example.org/3", "title": "Drones"},
		map[string]any{"id": "ing-4", "title": "no text"},
		map[string]any{"version": 1, "article": map[string]any{"id": "ing-claims", "lang": "en"},
			"actors":    []any{map[string]any{"name": "Niger", "kind": "state"}, map[string]any{"name": "Chad", "kind": "state"}},
			"relations": []any{map[string]any{"from": "Niger", "type": "allied", "to": "Chad"}}},
		map[string]any{"id": "ing-1", "text": "The Wagner Group trains the Malian army, officials said.", "lang": "en", "date": "2024-06", "outlet": "Test Wire"},
	)
	a := postIngest(t, ts.URL, strings.NewReader(body), "Authorization", "Bearer "+token)
	require.Equalf(t, http.StatusOK, a.status, "%s", a.body)
	require.Lenf(t, a.lines, 6, "%s", a.body)

	assert.Equal(t, 1, a.lines[0].Line)
	assert.True(t, a.lines[0].OK)
	assert.Equal(t, "ing-1", a.lines[0].Article)
	// lines are ingested concurrently: of the two lines of ing-1, the
	// first to land is new and the other unchanged, whichever it is
	first, again := a.lines[0], a.lines[5]
	if first.Status != "new" {
		first, again = again, first
	}
	assert.Equal(t, "new", first.Status)
	assert.Positive(t, first.Relations)
	assert.Equal(t, "unchanged", again.Status)

	assert.Equal(t, 2, a.lines[1].Line, "the broken line is named by its number")
	assert.False(t, a.lines[1].OK)
	assert.Contains(t, a.lines[1].Error, "invalid JSON")
	assert.Equal(t, "BAD_REQUEST", a.lines[1].Code)

	assert.Equal(t, 4, a.lines[2].Line, "blank lines count but get no answer")
	assert.True(t, a.lines[2].OK)
	assert.Equal(t, "ing-3", a.lines[2].Article)

	assert.Equal(t, 5, a.lines[3].Line)
	assert.False(t, a.lines[3].OK)
	assert.Contains(t, a.lines[3].Error, "no \"text\" field")

	assert.Equal(t, 6, a.lines[4].Line, "a claims line")
	assert.Truef(t, a.lines[4].OK, "%+v", a.lines[4])
	assert.Equal(t, "ing-claims", a.lines[4].Article)

	assert.Equal(t, 7, a.lines[5].Line)
	assert.Equal(t, "ing-1", a.lines[5].Article)

	s := a.summary
	assert.Empty(t, s.Error)
	assert.Equal(t, IngestCounts{Lines: 6, New: 3, Unchanged: 1, Failed: 2,
		Actors: s.Summary.Actors, Relations: s.Summary.Relations, Evidence: s.Summary.Evidence, Bytes: int64(len(body))}, s.Summary)
	assert.Equal(t, first.Relations+a.lines[2].Relations+a.lines[4].Relations, s.Summary.Relations)
	require.NotNil(t, s.Stats)
	stats, err := st.Stats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, IngestStats{Actors: stats.Actors, Relations: stats.Relations, Evidence: stats.Evidence, Articles: stats.Articles}, *s.Stats)
	assert.Equal(t, 3, stats.Articles)
	for _, id := range []string{"ing-1", "ing-3", "ing-claims"} {
		_, err := st.Article(context.Background(), id)
		assert.NoError(t, err, id)
	}
	rel, err := st.Relation(context.Background(), "chad", graph.Allied, "niger")
	require.NoError(t, err)
	assert.Equal(t, 1, rel.Articles)
}

// TestIngestRefused: ingest is protected exactly like mutations.
func TestIngestRefused(t *testing.T) {
	const token = "ingest-token"
	line := ndjson(t, map[string]any{"id": "no-1", "text": "Turkey supplies drones to Mali.", "lang": "en"})
	tests := []struct {
		name   string
		cfg    Config
		method string
		header []string
		ctype  string
		status int
		code   string
		msg    string
	}{
		{"writes disabled", Config{Token: token}, http.MethodPost, []string{"Authorization", "Bearer " + token}, "", 403, CodeWritesDisabled, "--allow-writes"},
		{"no token", Config{AllowWrites: true, Token: token}, http.MethodPost, nil, "", 401, CodeUnauthenticated, "Authorization: Bearer"},
		{"wrong token", Config{AllowWrites: true, Token: token}, http.MethodPost, []string{"Authorization", "Bearer nope"}, "", 401, CodeUnauthenticated, "wrong"},
		{"over GET", Config{AllowWrites: true, Token: token}, http.MethodGet, []string{"Authorization", "Bearer " + token}, "", 405, CodeMethodNotAllowed, "POST"},
		{"over PUT", Config{AllowWrites: true}, http.MethodPut, nil, "", 405, CodeMethodNotAllowed, "POST"},
		{"wrong content type", Config{AllowWrites: true}, http.MethodPost, nil, "application/xml", 415, CodeUnsupportedMediaType, "x-ndjson"},
		{"declared body above the limit", Config{AllowWrites: true, MaxIngestBytes: 10}, http.MethodPost, nil, "", 413, CodeBodyTooLarge, "10 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := emptyStore(t)
			_, ts := start(t, st, tt.cfg)
			req, err := http.NewRequest(tt.method, ts.URL+"/ingest", strings.NewReader(line))
			require.NoError(t, err)
			if tt.ctype != "" {
				req.Header.Set("Content-Type", tt.ctype)
			}
			for i := 0; i+1 < len(tt.header); i += 2 {
				req.Header.Set(tt.header[i], tt.header[i+1])
			}
			a := do(t, req)
			assert.Equal(t, tt.status, a.status)
			assert.Equal(t, tt.code, a.code())
			assert.Contains(t, a.messages(), tt.msg)
			assert.NotContains(t, string(a.body), token)
			stats, err := st.Stats(context.Background())
			require.NoError(t, err)
			assert.Zero(t, stats.Articles, "nothing written")
		})
	}
}

// TestIngestBodyLimit: a streamed body above MaxIngestBytes stops the
// ingest with an error in the summary, after the lines read before it.
func TestIngestBodyLimit(t *testing.T) {
	st := emptyStore(t)
	first := ndjson(t, map[string]any{"id": "lim-1", "text": "Turkey supplies drones to Mali.", "lang": "en"})
	_, ts := start(t, st, Config{AllowWrites: true, MaxIngestBytes: int64(len(first) + 20)})
	var body strings.Builder
	body.WriteString(first)
	for range 50 {
		body.WriteString(ndjson(t, map[string]any{"id": "lim-more", "text": "Russia supplies helicopters to Mali.", "lang": "en"}))
	}
	// io.MultiReader hides the length: the body is sent chunked.
	a := postIngest(t, ts.URL, io.MultiReader(strings.NewReader(body.String())))
	require.Equal(t, http.StatusOK, a.status)
	require.NotEmpty(t, a.lines)
	assert.True(t, a.lines[0].OK)
	assert.Equal(t, CodeBodyTooLarge, a.summary.Code)
	assert.Contains(t, a.summary.Error, "larger than this server's limit")
	assert.Contains(t, a.summary.Error, "line 2")
	stats, err := st.Stats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 1, stats.Articles)
}

// TestIngestLongLine: a line above MaxIngestLineBytes is refused by
// number, without holding it, and the next line is read.
func TestIngestLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("sends a line of 10 MiB")
	}
	st := emptyStore(t)
	_, ts := start(t, st, Config{AllowWrites: true})
	long := `{"id": "long", "text": "` + strings.Repeat("a", MaxIngestLineBytes) + `"}` + "\n"
	body := long + ndjson(t, map[string]any{"id": "after-long", "text": "Turkey supplies drones to Mali.", "lang": "en"})
	a := postIngest(t, ts.URL, strings.NewReader(body))
	require.Equal(t, http.StatusOK, a.status)
	require.Len(t, a.lines, 2)
	assert.False(t, a.lines[0].OK)
	assert.Contains(t, a.lines[0].Error, "more than the limit")
	assert.True(t, a.lines[1].OK)
	assert.Equal(t, 2, a.lines[1].Line)
}
