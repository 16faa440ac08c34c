package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/lexicon"
	"github.com/actorgraph/actorgraph/schema"
)

// The sample articles, loaded once into a store on disk that the read-only
// tests share; tests that write open their own.
var (
	sharedOnce  sync.Once
	sharedStore *graph.Store
	sharedErr   error
	sharedDir   string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if sharedStore != nil {
		_ = sharedStore.Close()
	}
	if sharedDir != "" {
		_ = os.RemoveAll(sharedDir)
	}
	os.Exit(code)
}

// loadArticles loads testdata/articles into st.
func loadArticles(st *graph.Store) error {
	l := &loader.Loader{Store: st, Extractor: extract.New(lexicon.Default())}
	sum, err := l.Load(context.Background(), "../../testdata/articles")
	if err != nil {
		return err
	}
	if !sum.OK() || sum.New == 0 {
		return fmt.Errorf("loading the sample articles: %+v", sum)
	}
	return nil
}

// readStore returns the shared store with the sample articles.
func readStore(t *testing.T) *graph.Store {
	t.Helper()
	sharedOnce.Do(func() {
		if sharedDir, sharedErr = os.MkdirTemp("", "actorgraph-server-test"); sharedErr != nil {
			return
		}
		if sharedStore, sharedErr = graph.Open(sharedDir, nil); sharedErr != nil {
			return
		}
		sharedErr = loadArticles(sharedStore)
	})
	require.NoError(t, sharedErr)
	return sharedStore
}

// writeStore returns a fresh store of the test with the sample articles.
func writeStore(t *testing.T) *graph.Store {
	t.Helper()
	st, err := graph.Open(t.TempDir(), nil)
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	require.NoError(t, loadArticles(st))
	return st
}

// start serves st with cfg on a real listener.
func start(t *testing.T, st *graph.Store, cfg Config) (*Server, *httptest.Server) {
	t.Helper()
	sch, err := schema.New(st, schema.Options{Timeout: cfg.Timeout})
	require.NoError(t, err)
	s := New(sch, st, cfg)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

// answer is a decoded HTTP answer.
type answer struct {
	status int
	header http.Header
	body   []byte
	resp   Response
}

func (a answer) code() string {
	if len(a.resp.Errors) == 0 {
		return ""
	}
	c, _ := a.resp.Errors[0].Extensions["code"].(string)
	return c
}

func (a answer) messages() string {
	var ms []string
	for _, e := range a.resp.Errors {
		ms = append(ms, e.Message)
	}
	return strings.Join(ms, "; ")
}

func do(t *testing.T, req *http.Request) answer {
	t.Helper()
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	a := answer{status: res.StatusCode, header: res.Header, body: b}
	if strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
		require.NoErrorf(t, json.Unmarshal(b, &a.resp), "body: %s", b)
	}
	return a
}

func post(t *testing.T, base, contentType, body string, header ...string) answer {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, base+"/graphql", strings.NewReader(body))
	require.NoError(t, err)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return do(t, req)
}

func get(t *testing.T, u string, header ...string) answer {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, u, nil)
	require.NoError(t, err)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return do(t, req)
}

func jsonBody(t *testing.T, query string, vars map[string]any) string {
	b, err := json.Marshal(schema.Request{Query: query, Variables: vars})
	require.NoError(t, err)
	return string(b)
}

const (
	statsQuery = `{ stats { actors relations articles } }`
	actorQuery = `query One($id: ID) { actor(id: $id) { id name kind } }`
)

func TestQueries(t *testing.T) {
	_, ts := start(t, readStore(t), Config{})
	vars := url.Values{"query": {actorQuery}, "variables": {`{"id": "mali"}`}}
	tests := []struct {
		name string
		do   func() answer
		want string // a fragment of data
	}{
		{"POST JSON", func() answer { return post(t, ts.URL, "application/json", jsonBody(t, statsQuery, nil)) }, `"stats":{"actors":`},
		{"POST JSON with charset", func() answer {
			return post(t, ts.URL, "application/json; charset=utf-8", jsonBody(t, actorQuery, map[string]any{"id": "mali"}))
		}, `"id":"mali"`},
		{"POST JSON without Content-Type", func() answer { return post(t, ts.URL, "", jsonBody(t, statsQuery, nil)) }, `"stats":{"actors":`},
		{"POST JSON with operationName", func() answer {
			body := `{"query": "query A { stats { actors } } query B { actor(id: \"mali\") { name } }", "operationName": "B"}`
			return post(t, ts.URL, "application/json", body)
		}, `"actor":{"name":"Mali"}`},
		{"POST application/graphql", func() answer { return post(t, ts.URL, "application/graphql", statsQuery) }, `"stats":{"actors":`},
		{"POST application/graphql with variables in the URL", func() answer {
			req, err := http.NewRequest(http.MethodPost, ts.URL+"/graphql?variables="+url.QueryEscape(`{"id":"mali"}`), strings.NewReader(actorQuery))
			require.NoError(t, err)
			req.Header.Set("Content-Type", "application/graphql")
			return do(t, req)
		}, `"id":"mali"`},
		{"GET", func() answer { return get(t, ts.URL+"/graphql?query="+url.QueryEscape(statsQuery)) }, `"stats":{"actors":`},
		{"GET with variables", func() answer { return get(t, ts.URL+"/graphql?"+vars.Encode()) }, `"kind":"STATE"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.do()
			require.Equalf(t, http.StatusOK, a.status, "body: %s", a.body)
			assert.Empty(t, a.resp.Errors)
			assert.Contains(t, string(a.resp.Data), tt.want)
			assert.True(t, strings.HasPrefix(string(a.body), `{"data":`), "body: %s", a.body)
		})
	}

	t.Run("an error of the query is a GraphQL error with status 200", func(t *testing.T) {
		a := post(t, ts.URL, "application/graphql", `{ nosuchfield }`)
		assert.Equal(t, http.StatusOK, a.status)
		require.NotEmpty(t, a.resp.Errors)
		assert.Contains(t, a.messages(), "nosuchfield")
		assert.Contains(t, string(a.body), `"data":null`)
	})
}

func TestBadRequests(t *testing.T) {
	_, ts := start(t, readStore(t), Config{})
	tests := []struct {
		name, method, path, contentType, body string
		status                                int
		code, message                         string
	}{
		{"empty JSON body", "POST", "/graphql", "application/json", "", 400, CodeBadRequest, "empty body"},
		{"not JSON", "POST", "/graphql", "application/json", "{query", 400, CodeBadRequest, "not a JSON object"},
		{"batch", "POST", "/graphql", "application/json", `[{"query": "{ stats { actors } }"}]`, 400, CodeBadRequest, "batched"},
		{"two values", "POST", "/graphql", "application/json", `{"query": "{ stats { actors } }"} {}`, 400, CodeBadRequest, "more than one JSON value"},
		{"query of the wrong type", "POST", "/graphql", "application/json", `{"query": 3}`, 400, CodeBadRequest, `"query" of the JSON body must be a string`},
		{"variables of the wrong type", "POST", "/graphql", "application/json", `{"query": "{ stats { actors } }", "variables": [1]}`, 400, CodeBadRequest, "must be an object"},
		{"no query", "POST", "/graphql", "application/json", `{"variables": {}}`, 400, CodeBadRequest, "no query"},
		{"empty GraphQL body", "POST", "/graphql", "application/graphql", "  ", 400, CodeBadRequest, "no query"},
		{"form", "POST", "/graphql", "application/x-www-form-urlencoded", "query=x", 415, CodeUnsupportedMediaType, "application/json"},
		{"bad content type", "POST", "/graphql", "application/json; =", "{}", 400, CodeBadRequest, "Content-Type"},
		{"GET without query", "GET", "/graphql", "", "", 400, CodeBadRequest, "no query"},
		{"GET with bad variables", "GET", "/graphql?query=%7Bstats%7Bactors%7D%7D&variables=nope", "", "", 400, CodeBadRequest, "variables parameter must be a JSON object"},
		{"PUT", "PUT", "/graphql", "application/json", "{}", 405, CodeMethodNotAllowed, "use GET or POST"},
		{"DELETE healthz", "DELETE", "/healthz", "", "", 405, CodeMethodNotAllowed, "use GET"},
		{"POST page", "POST", "/", "", "", 405, CodeMethodNotAllowed, "use GET"},
		{"unknown page", "GET", "/nope", "", "", 404, CodeNotFound, "/graphql"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, ts.URL+tt.path, strings.NewReader(tt.body))
			require.NoError(t, err)
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			a := do(t, req)
			assert.Equalf(t, tt.status, a.status, "body: %s", a.body)
			assert.Equal(t, tt.code, a.code())
			assert.Contains(t, a.messages(), tt.message)
			assert.Contains(t, string(a.body), `"data":null`)
		})
	}
}

// assetURL finds what would make the page fetch something from elsewhere.
var assetURL = regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}|@import|<link|src=`)

func TestPage(t *testing.T) {
	_, ts := start(t, readStore(t), Config{})
	res, err := http.Get(ts.URL + "/")
	require.NoError(t, err)
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "text/html; charset=utf-8", res.Header.Get("Content-Type"))
	assert.Contains(t, res.Header.Get("Content-Security-Policy"), "default-src 'none'")
	assert.Contains(t, res.Header.Get("Content-Security-Policy"), "connect-src 'self'")
	html := string(body)
	for _, id := range []string{`id="query"`, `id="variables"`, `id="run"`, `id="result"`, `id="token"`, `id="status"`, `<pre id="result"`} {
		assert.Contains(t, html, id)
	}
	assert.NotContains(t, html, "http://")
	assert.NotContains(t, html, "https://")
	assert.Empty(t, assetURL.FindAllString(html, -1), "the page must fetch nothing but /graphql")
	assert.Contains(t, html, `fetch("graphql"`)
	assert.Contains(t, html, "ctrlKey")

	// The query the page starts with runs.
	m := regexp.MustCompile(`(?s)<textarea id="query"[^>]*>(.*?)</textarea>`).FindStringSubmatch(html)
	require.Len(t, m, 2)
	a := post(t, ts.URL, "application/graphql", m[1])
	assert.Equal(t, http.StatusOK, a.status)
	assert.Empty(t, a.resp.Errors)

	sdl := get(t, ts.URL+"/schema.graphql")
	assert.Equal(t, http.StatusOK, sdl.status)
	assert.Equal(t, schema.SDL(), string(sdl.body))
}

func TestHealthz(t *testing.T) {
	st := readStore(t)
	want, err := st.Stats(context.Background())
	require.NoError(t, err)
	for _, writes := range []bool{false, true} {
		_, ts := start(t, st, Config{AllowWrites: writes})
		a := get(t, ts.URL+"/healthz")
		assert.Equal(t, http.StatusOK, a.status)
		var h struct {
			Status string         `json:"status"`
			Writes bool           `json:"writes"`
			DB     map[string]int `json:"db"`
		}
		require.NoError(t, json.Unmarshal(a.body, &h))
		assert.Equal(t, "ok", h.Status)
		assert.Equal(t, writes, h.Writes)
		assert.Equal(t, want.Actors, h.DB["actors"])
		assert.Equal(t, want.Relations, h.DB["relations"])
		assert.Equal(t, want.Articles, h.DB["articles"])
		assert.Equal(t, want.Evidence, h.DB["evidence"])
		assert.Positive(t, h.DB["relations"])
	}
}

func TestCORS(t *testing.T) {
	const notebook = "http://localhost:8888"
	preflight := func(t *testing.T, base, origin string) answer {
		req, err := http.NewRequest(http.MethodOptions, base+"/graphql", nil)
		require.NoError(t, err)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
		return do(t, req)
	}
	tests := []struct {
		name    string
		origins []string
		origin  string
		allowed bool
	}{
		{"listed", []string{"https://other.example", notebook}, notebook, true},
		{"listed with a slash", []string{notebook + "/"}, notebook, true},
		{"any", []string{"*"}, "https://anything.example", true},
		{"not listed", []string{notebook}, "https://evil.example", false},
		{"none configured", nil, notebook, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ts := start(t, readStore(t), Config{CORSOrigins: tt.origins})
			p := preflight(t, ts.URL, tt.origin)
			a := post(t, ts.URL, "application/json", jsonBody(t, statsQuery, nil), "Origin", tt.origin)
			assert.Equal(t, http.StatusOK, a.status, "the request itself is served; the browser decides")
			assert.Contains(t, a.header.Values("Vary"), "Origin")
			if tt.allowed {
				assert.Equal(t, http.StatusNoContent, p.status)
				assert.Equal(t, tt.origin, p.header.Get("Access-Control-Allow-Origin"))
				assert.Contains(t, p.header.Get("Access-Control-Allow-Headers"), "Authorization")
				assert.Contains(t, p.header.Get("Access-Control-Allow-Headers"), "Content-Type")
				assert.Contains(t, p.header.Get("Access-Control-Allow-Methods"), "POST")
				assert.Equal(t, tt.origin, a.header.Get("Access-Control-Allow-Origin"))
			} else {
				assert.Equal(t, http.StatusForbidden, p.status)
				assert.Equal(t, CodeOriginNotAllowed, p.code())
				assert.Contains(t, p.messages(), tt.origin)
				assert.Empty(t, p.header.Get("Access-Control-Allow-Origin"))
				assert.Empty(t, a.header.Get("Access-Control-Allow-Origin"))
			}
		})
	}
}

func TestBodyLimit(t *testing.T) {
	_, ts := start(t, readStore(t), Config{})
	big := `{"query": "{ stats { actors } }", "variables": {"pad": "` + strings.Repeat("x", 10<<20) + `"}}`
	tests := []struct {
		name string
		body io.Reader
	}{
		{"with Content-Length", strings.NewReader(big)},
		{"chunked", io.MultiReader(strings.NewReader(big))}, // no length known: read up to the limit
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(http.MethodPost, ts.URL+"/graphql", tt.body)
			require.NoError(t, err)
			req.Header.Set("Content-Type", "application/json")
			a := do(t, req)
			assert.Equal(t, http.StatusRequestEntityTooLarge, a.status)
			assert.Equal(t, CodeBodyTooLarge, a.code())
			assert.Contains(t, a.messages(), "larger than this server's limit of 1 MiB")

			ok := post(t, ts.URL, "application/json", jsonBody(t, statsQuery, nil))
			assert.Equal(t, http.StatusOK, ok.status, "the server keeps answering")
		})
	}

	t.Run("a body just under a configured limit", func(t *testing.T) {
		_, ts := start(t, readStore(t), Config{MaxBodyBytes: 4 << 10})
		body := jsonBody(t, statsQuery, map[string]any{"pad": strings.Repeat("x", 3<<10)})
		assert.Equal(t, http.StatusOK, post(t, ts.URL, "application/json", body).status)
		body = jsonBody(t, statsQuery, map[string]any{"pad": strings.Repeat("x", 5<<10)})
		a := post(t, ts.URL, "application/json", body)
		assert.Equal(t, http.StatusRequestEntityTooLarge, a.status)
		assert.Contains(t, a.messages(), "4 KiB")
	})
}

const ingest = `mutation Ingest($text: String!) {
  ingestArticle(text: $text, id: "http-test-1", date: "2024-06", lang: "en") {
    status evidenceCount article { id }
  }
}`

const ingestText = "The Wagner Group trains the Malian army, officials said on Monday."

func TestWrites(t *testing.T) {
	const token = "s3cret-token"
	body := func(t *testing.T) string { return jsonBody(t, ingest, map[string]any{"text": ingestText}) }
	getMutation := func(base string) string {
		return base + "/graphql?" + url.Values{"query": {ingest}, "variables": {`{"text": "x"}`}}.Encode()
	}
	tests := []struct {
		name   string
		cfg    Config
		get    bool
		header []string
		status int
		code   string
		msg    string
	}{
		{"writes disabled", Config{}, false, nil, 403, CodeWritesDisabled, "--allow-writes"},
		{"writes disabled, with a token", Config{Token: token}, false, []string{"Authorization", "Bearer " + token}, 403, CodeWritesDisabled, "read-only"},
		{"over GET, writes disabled", Config{}, true, nil, 405, CodeMethodNotAllowed, "not accepted over GET"},
		{"over GET with the token", Config{AllowWrites: true, Token: token}, true, []string{"Authorization", "Bearer " + token}, 405, CodeMethodNotAllowed, "POST"},
		{"no token", Config{AllowWrites: true, Token: token}, false, nil, 401, CodeUnauthenticated, "Authorization: Bearer"},
		{"wrong token", Config{AllowWrites: true, Token: token}, false, []string{"Authorization", "Bearer nope"}, 401, CodeUnauthenticated, "wrong"},
		{"token as a prefix", Config{AllowWrites: true, Token: token}, false, []string{"Authorization", "Bearer " + token[:5]}, 401, CodeUnauthenticated, "wrong"},
		{"other scheme", Config{AllowWrites: true, Token: token}, false, []string{"Authorization", "Basic " + token}, 401, CodeUnauthenticated, "Bearer"},
		{"right token", Config{AllowWrites: true, Token: token}, false, []string{"Authorization", "Bearer " + token}, 200, "", ""},
		{"right token, scheme in lower case", Config{AllowWrites: true, Token: token}, false, []string{"Authorization", "bearer " + token}, 200, "", ""},
		{"writes without a token configured", Config{AllowWrites: true}, false, nil, 200, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := writeStore(t)
			before, err := st.Stats(context.Background())
			require.NoError(t, err)
			_, ts := start(t, st, tt.cfg)
			var a answer
			if tt.get {
				a = get(t, getMutation(ts.URL), tt.header...)
			} else {
				a = post(t, ts.URL, "application/json", body(t), tt.header...)
			}
			require.Equalf(t, tt.status, a.status, "body: %s", a.body)
			after, err := st.Stats(context.Background())
			require.NoError(t, err)
			if tt.status != http.StatusOK {
				assert.Equal(t, tt.code, a.code())
				assert.Contains(t, a.messages(), tt.msg)
				assert.NotContains(t, string(a.body), token, "the token is never echoed")
				assert.Equal(t, before.Articles, after.Articles, "nothing written")
				if tt.status == http.StatusUnauthorized {
					assert.Contains(t, a.header.Get("WWW-Authenticate"), "Bearer")
				}
				return
			}
			require.Emptyf(t, a.resp.Errors, "%s", a.body)
			assert.Contains(t, string(a.resp.Data), `"id":"http-test-1"`)
			assert.Equal(t, before.Articles+1, after.Articles)
			// Queries need no token.
			q := post(t, ts.URL, "application/graphql", statsQuery)
			assert.Equal(t, http.StatusOK, q.status)
		})
	}
}

func TestTimeout(t *testing.T) {
	_, ts := start(t, readStore(t), Config{Timeout: time.Nanosecond})
	a := post(t, ts.URL, "application/json", jsonBody(t, statsQuery, nil))
	assert.Equal(t, http.StatusGatewayTimeout, a.status)
	assert.Equal(t, CodeTimeout, a.code())
	assert.Contains(t, a.messages(), "longer than the server's limit of 1ns")
	// Pages other than /graphql are not bound by it.
	assert.Equal(t, http.StatusOK, get(t, ts.URL+"/healthz").status)
}

func TestConcurrencyLimit(t *testing.T) {
	s, ts := start(t, readStore(t), Config{MaxConcurrent: 2, QueueWait: 100 * time.Millisecond})
	fill := func() {
		for i := 0; i < cap(s.sem); i++ {
			s.sem <- struct{}{}
		}
	}
	drain := func() {
		for i := 0; i < cap(s.sem); i++ {
			<-s.sem
		}
	}

	fill()
	start := time.Now()
	a := post(t, ts.URL, "application/json", jsonBody(t, statsQuery, nil))
	assert.Equal(t, http.StatusServiceUnavailable, a.status)
	assert.Equal(t, CodeBusy, a.code())
	assert.Contains(t, a.messages(), "busy: 2 requests are running")
	assert.Equal(t, "1", a.header.Get("Retry-After"))
	assert.GreaterOrEqual(t, time.Since(start), 100*time.Millisecond, "it waited before giving up")
	assert.Equal(t, http.StatusOK, get(t, ts.URL+"/healthz").status, "health is not queued")

	// A request that finds a place within the wait goes through.
	go func() {
		time.Sleep(20 * time.Millisecond)
		<-s.sem
	}()
	a = post(t, ts.URL, "application/json", jsonBody(t, statsQuery, nil))
	assert.Equal(t, http.StatusOK, a.status)
	s.sem <- struct{}{} // the place the goroutine freed, for drain
	drain()

	// Places are given back: many requests in a row all succeed.
	var wg sync.WaitGroup
	statuses := make([]int, 8)
	for i := range statuses {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := http.Post(ts.URL+"/graphql", "application/graphql", strings.NewReader(statsQuery))
			if err == nil {
				statuses[i] = res.StatusCode
				res.Body.Close()
			}
		}()
	}
	wg.Wait()
	for _, st := range statuses {
		assert.Contains(t, []int{http.StatusOK, http.StatusServiceUnavailable}, st)
	}
	assert.Eventually(t, func() bool { return len(s.sem) == 0 }, time.Second, 10*time.Millisecond, "every place is released")
	assert.Equal(t, http.StatusOK, post(t, ts.URL, "application/graphql", statsQuery).status)
}

// syncBuffer is a buffer the server's goroutines write logs to.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func TestPanicRecovered(t *testing.T) {
	var logs syncBuffer
	s, ts := start(t, readStore(t), Config{Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	// A handler of the server that panics, behind the same middleware.
	h := s.logRequests(s.recoverPanics(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var m map[string]int
		m["boom"]++ // a nil map: a real bug
	})))
	panicking := httptest.NewServer(h)
	defer panicking.Close()

	a := get(t, panicking.URL+"/anything")
	assert.Equal(t, http.StatusInternalServerError, a.status)
	assert.Equal(t, CodeInternal, a.code())
	assert.Contains(t, a.messages(), "internal server error")
	assert.NotContains(t, string(a.body), "nil map", "details stay in the log")
	assert.Eventually(t, func() bool { return strings.Contains(logs.String(), "assignment to entry in nil map") }, time.Second, 10*time.Millisecond)
	assert.Contains(t, logs.String(), `"stack":"goroutine`)

	// A panic after the header was written cannot change the status, but is
	// recovered and logged all the same.
	late := httptest.NewServer(s.logRequests(s.recoverPanics(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusAccepted)
		panic("late")
	}))))
	defer late.Close()
	res, err := http.Get(late.URL)
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusAccepted, res.StatusCode)
	assert.Eventually(t, func() bool { return strings.Contains(logs.String(), `"panic":"late"`) }, time.Second, 10*time.Millisecond)

	// Inputs that could trip a parser are errors, not panics.
	for _, q := range []string{"{", "{ actor(id: ) }", "query($x: [[[Int]]]) { stats { actors } }", strings.Repeat("{", 5000), "\x00\xff", `{ __typename }`} {
		a := post(t, ts.URL, "application/graphql", q)
		assert.Contains(t, []int{http.StatusOK, http.StatusBadRequest}, a.status, "query %.40q: %s", q, a.body)
	}
	assert.Equal(t, 2, strings.Count(logs.String(), "panic serving a request"), "only the two panics above")
	assert.Equal(t, http.StatusOK, post(t, ts.URL, "application/graphql", statsQuery).status)
}

func TestRequestLogs(t *testing.T) {
	var logs syncBuffer
	const token = "do-not-log-me"
	_, ts := start(t, writeStore(t), Config{AllowWrites: true, Token: token, Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	a := post(t, ts.URL, "application/json", jsonBody(t, ingest, map[string]any{"text": ingestText}), "Authorization", "Bearer "+token)
	require.Equal(t, http.StatusOK, a.status)
	a = get(t, ts.URL+"/graphql?query="+url.QueryEscape(statsQuery)+"&token="+token)
	require.Equal(t, http.StatusOK, a.status)

	var records []map[string]any
	require.Eventually(t, func() bool {
		records = records[:0]
		for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
			var r map[string]any
			if json.Unmarshal([]byte(line), &r) == nil && r["msg"] == "request" {
				records = append(records, r)
			}
		}
		return len(records) == 2
	}, time.Second, 10*time.Millisecond)
	r := records[0]
	assert.Equal(t, "POST", r["method"])
	assert.Equal(t, "/graphql", r["path"])
	assert.EqualValues(t, 200, r["status"])
	assert.Positive(t, r["duration"])
	assert.EqualValues(t, len(a.body), records[1]["bytes"])
	host, _, err := net.SplitHostPort(r["remote"].(string))
	require.NoError(t, err)
	assert.Equal(t, "127.0.0.1", host)
	assert.NotContains(t, logs.String(), token)
}

func TestServeShutsDownOnCancel(t *testing.T) {
	st := readStore(t)
	sch, err := schema.New(st, schema.Options{})
	require.NoError(t, err)
	s := New(sch, st, Config{ShutdownTimeout: 5 * time.Second})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()

	base := "http://" + ln.Addr().String()
	a := post(t, base, "application/graphql", statsQuery)
	assert.Equal(t, http.StatusOK, a.status)
	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after its context was canceled")
	}
	_, err = http.Get(base + "/healthz")
	assert.Error(t, err, "the listener is closed")
}
