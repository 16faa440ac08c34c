package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/loader/gen"
	"github.com/actorgraph/actorgraph/schema"
)

// The load run's size: $ACTORGRAPH_LOAD_REQUESTS requests from
// $ACTORGRAPH_LOAD_CLIENTS clients (test.sh --long: 10000 from 32); the
// normal suite sends 600 from 8.
const (
	envLoadRequests = "ACTORGRAPH_LOAD_REQUESTS"
	envLoadClients  = "ACTORGRAPH_LOAD_CLIENTS"
)

func envInt(t *testing.T, name string, def int) int {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	require.NoError(t, err, name)
	return n
}

// listen serves st with cfg through Serve on a real loopback listener, as
// 'actorgraph serve' does, and returns the base URL; the server stops at
// the end of the test.
func listen(t *testing.T, st *graph.Store, cfg Config) string {
	t.Helper()
	sch, err := schema.New(st, schema.Options{Timeout: cfg.Timeout})
	require.NoError(t, err)
	srv := New(sch, st, cfg)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		assert.NoError(t, <-done)
	})
	return "http://" + ln.Addr().String()
}

// readRequests are the reads the load run mixes: GraphQL queries of every
// kind, and the endpoints the command line uses.
var readRequests = []struct {
	name string
	make func(base string) (*http.Request, error)
}{
	{"stats", gqlRequest(`{ stats { actors relations evidence articles } }`, nil)},
	{"actor", gqlRequest(`query A($n: String) { actor(name: $n) { id name kind relations(first: 5) { totalCount nodes { type from { id } to { id } weight } } } }`, map[string]any{"n": "mali"})},
	{"relations", gqlRequest(`{ relations(types: [SUPPLIES, TRAINS], first: 20) { totalCount nodes { id confidence evidence(first: 2) { nodes { sentence date status } } } } }`, nil)},
	{"neighbors", gqlRequest(`{ actor(id: "russia") { neighbors(depth: 2, first: 20) { totalCount nodes { actor { id } } } } }`, nil)},
	{"path", gqlRequest(`{ path(from: "turkey", to: "wagner-group", maxHops: 4) { length actors { id } } }`, nil)},
	{"subgraph", gqlRequest(`{ subgraph(center: "mali", depth: 2) { nodes { id } edges { source target type } } }`, nil)},
	{"actors", gqlRequest(`{ actors(first: 50) { totalCount nodes { id name mentions } } }`, nil)},
	{"get", func(base string) (*http.Request, error) {
		return http.NewRequest(http.MethodGet, base+"/graphql?query="+url.QueryEscape(`{ stats { actors } }`), nil)
	}},
	{"healthz", func(base string) (*http.Request, error) { return http.NewRequest(http.MethodGet, base+"/healthz", nil) }},
	{"export", func(base string) (*http.Request, error) {
		return http.NewRequest(http.MethodGet, base+"/export?format=json&actor=mali&depth=1", nil)
	}},
	{"stats-endpoint", func(base string) (*http.Request, error) {
		return http.NewRequest(http.MethodGet, base+"/stats?top=3", nil)
	}},
}

func gqlRequest(query string, vars map[string]any) func(string) (*http.Request, error) {
	body, err := json.Marshal(schema.Request{Query: query, Variables: vars})
	if err != nil {
		panic(err)
	}
	return func(base string) (*http.Request, error) {
		req, err := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
		if err == nil {
			req.Header.Set("Content-Type", "application/json")
		}
		return req, err
	}
}

// loadResult is what a load run measured.
type loadResult struct {
	requests, errors int
	busy             int // 503 answers (the concurrency limit), retried
	latencies        []time.Duration
	firstError       string
}

func (r *loadResult) percentile(p float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	slices.Sort(r.latencies)
	return r.latencies[min(len(r.latencies)-1, int(float64(len(r.latencies))*p))]
}

// runLoad sends n read requests from c clients, round robin over
// readRequests, and checks each answer: 200 with a body that decodes, and
// no GraphQL error. A 503 (busy) is counted and retried.
func runLoad(t *testing.T, base string, n, c int) *loadResult {
	t.Helper()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: c, MaxConnsPerHost: c}, Timeout: 2 * time.Minute}
	var next atomic.Int64
	var mu sync.Mutex
	res := &loadResult{}
	var wg sync.WaitGroup
	for range c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lat []time.Duration
			var errs, busy int
			var first string
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					break
				}
				rr := readRequests[i%len(readRequests)]
				for {
					req, err := rr.make(base)
					if err != nil {
						panic(err)
					}
					start := time.Now()
					status, body, err := send(client, req)
					d := time.Since(start)
					if err == nil && status == http.StatusServiceUnavailable {
						busy++
						time.Sleep(10 * time.Millisecond)
						continue
					}
					lat = append(lat, d)
					if msg := checkAnswer(rr.name, status, body, err); msg != "" {
						errs++
						if first == "" {
							first = msg
						}
					}
					break
				}
			}
			mu.Lock()
			res.latencies = append(res.latencies, lat...)
			res.errors += errs
			res.busy += busy
			if res.firstError == "" {
				res.firstError = first
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	res.requests = len(res.latencies)
	return res
}

func send(client *http.Client, req *http.Request) (int, []byte, error) {
	res, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return res.StatusCode, b, err
}

// checkAnswer returns what is wrong with an answer, or "".
func checkAnswer(name string, status int, body []byte, err error) string {
	switch {
	case err != nil:
		return fmt.Sprintf("%s: %v", name, err)
	case status != http.StatusOK:
		return fmt.Sprintf("%s: status %d: %.200s", name, status, body)
	case name == "export" || name == "healthz" || name == "stats-endpoint":
		if !json.Valid(body) {
			return fmt.Sprintf("%s: not JSON: %.200s", name, body)
		}
	default:
		var r Response
		if err := json.Unmarshal(body, &r); err != nil {
			return fmt.Sprintf("%s: %v: %.200s", name, err, body)
		}
		if len(r.Errors) > 0 || len(r.Data) == 0 {
			return fmt.Sprintf("%s: errors: %.300s", name, body)
		}
	}
	return ""
}

// ingestBody returns n generated articles from index start as NDJSON.
func ingestBody(t *testing.T, start, n int) []byte {
	t.Helper()
	var b []byte
	err := gen.Generate(context.Background(), gen.Options{Articles: n, Start: start, Seed: 11}, func(a *graph.Article) error {
		b = gen.AppendJSONL(b, a)
		return nil
	})
	require.NoError(t, err)
	return b
}

// TestConcurrentReadersAndIngest runs readers against a real listener while
// a writer ingests through /ingest and the ingestArticle mutation, and a
// backup streams: every read is answered, every article is stored, and the
// store is consistent afterwards. Run it with -race.
func TestConcurrentReadersAndIngest(t *testing.T) {
	const token = "load-s3cret"
	st := writeStore(t)
	base := listen(t, st, Config{AllowWrites: true, Token: token, MaxConcurrent: 8, QueueWait: 30 * time.Second})
	const batches, perBatch = 6, 10
	var wg sync.WaitGroup
	ctx, stop := context.WithCancel(context.Background())
	defer stop()

	wg.Add(1)
	ingested := 0
	go func() { // the writer
		defer wg.Done()
		defer stop()
		for i := range batches {
			a := postIngest(t, base, bytes.NewReader(ingestBody(t, i*perBatch, perBatch)), "Authorization", "Bearer "+token)
			if !assert.Equal(t, http.StatusOK, a.status, a.body) {
				return
			}
			assert.Equal(t, perBatch, a.summary.Summary.New, a.body)
			ingested += a.summary.Summary.New
			text := fmt.Sprintf("The Wagner Group trained soldiers in Mali in batch %d, officials said.", i)
			body := fmt.Sprintf(`{"query": %q, "variables": {"text": %q, "id": "mut-%d"}}`,
				`mutation M($text: String!, $id: ID) { ingestArticle(text: $text, id: $id, lang: "en") { status } }`, text, i)
			m := post(t, base, "application/json", body, "Authorization", "Bearer "+token)
			assert.Equal(t, http.StatusOK, m.status, string(m.body))
			assert.Empty(t, m.resp.Errors)
		}
	}()

	var reads, readErrs atomic.Int64
	for r := range 6 {
		wg.Add(1)
		go func() { // a reader
			defer wg.Done()
			for i := r; ctx.Err() == nil; i++ {
				rr := readRequests[i%len(readRequests)]
				req, err := rr.make(base)
				require.NoError(t, err)
				status, body, err := send(http.DefaultClient, req)
				reads.Add(1)
				if msg := checkAnswer(rr.name, status, body, err); msg != "" {
					readErrs.Add(1)
					t.Error(msg)
				}
			}
		}()
	}
	wg.Add(1)
	go func() { // a backup while all this goes on
		defer wg.Done()
		req, err := http.NewRequest(http.MethodGet, base+"/backup", nil)
		require.NoError(t, err)
		req.Header.Set("Authorization", "Bearer "+token)
		status, body, err := send(http.DefaultClient, req)
		require.NoError(t, err)
		assert.Equal(t, http.StatusOK, status)
		_, err = graph.VerifyBackup(context.Background(), bytes.NewReader(body))
		assert.NoError(t, err, "a backup taken under load is whole")
	}()
	wg.Wait()
	t.Logf("%d reads (%d errors) while %d articles were ingested", reads.Load(), readErrs.Load(), ingested)
	assert.Equal(t, batches*perBatch, ingested)
	rep, err := st.Check(context.Background())
	require.NoError(t, err)
	assert.True(t, rep.OK(), "check: %v", rep.Differences)
}

// TestLoadRun sends a bounded number of reads from many clients over
// loopback and reports errors and latencies (no threshold on time: the
// figures are logged, docs/ROBUSTNESS.md has them). Every request must be
// answered correctly.
func TestLoadRun(t *testing.T) {
	n := envInt(t, envLoadRequests, 400)
	c := envInt(t, envLoadClients, 8)
	st := readStore(t)
	base := listen(t, st, Config{QueueWait: 30 * time.Second})
	start := time.Now()
	res := runLoad(t, base, n, c)
	elapsed := time.Since(start)
	t.Logf("load run: %d requests from %d clients in %s (%.0f/s): %d errors, %d busy answers retried; p50 %s, p99 %s, max %s",
		res.requests, c, elapsed.Round(time.Millisecond), float64(res.requests)/elapsed.Seconds(), res.errors, res.busy,
		res.percentile(0.50).Round(time.Microsecond), res.percentile(0.99).Round(time.Microsecond), res.percentile(1).Round(time.Microsecond))
	assert.Equal(t, n, res.requests)
	assert.Zero(t, res.errors, "first error: %s", res.firstError)
}

// TestHostileRequests: each hostile request is answered with an error
// within the limits, the server answers a normal query afterwards, and
// the store passes check.
func TestHostileRequests(t *testing.T) {
	const token = "hostile-s3cret"
	st := writeStore(t)
	logs := &syncBuffer{}
	base := listen(t, st, Config{AllowWrites: true, Token: token, MaxBodyBytes: 256 << 10, Timeout: 20 * time.Second,
		ReadHeaderTimeout: 300 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(logs, nil))})

	nest := func(n int) string {
		return `{ actor(id: "mali") ` + strings.Repeat(`{ relations(first: 1) { nodes { from `, n) + `{ id }` + strings.Repeat(" } } }", n) + " }"
	}
	aliases := func(n int) string {
		var b strings.Builder
		b.WriteString("{ ")
		for i := range n {
			fmt.Fprintf(&b, "a%d: actors(first: 100) { nodes { id relations(first: 100) { nodes { id } } } } ", i)
		}
		return b.String() + "}"
	}
	fragments := func(n int) string {
		var b strings.Builder
		fmt.Fprintf(&b, "{ ...F%d } fragment F0 on Query { stats { actors } } ", n)
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d } ", i, i-1, i-1)
		}
		return b.String()
	}
	cycle := `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`
	deepJSON := `{"query": "{ stats { actors } }", "variables": {"x": ` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + `}}`
	mutation := `{"query": "mutation { ingestArticle(text: \"Turkey supplied drones to Mali.\", id: \"evil\") { status } }"}`
	for _, tc := range []struct {
		name    string
		body    string
		ctype   string
		header  []string
		status  []int  // any of these
		message string // in the error message
		code    string // extensions.code of the first error ("" for none)
	}{
		{"deep nesting", jsonBody(t, nest(60), nil), "", nil, []int{http.StatusOK, http.StatusBadRequest}, "depth", "LIMIT_EXCEEDED"},
		{"huge page", jsonBody(t, `{ actors(first: 100000000) { nodes { id } } }`, nil), "", nil, []int{http.StatusOK, http.StatusBadRequest}, "first", "LIMIT_EXCEEDED"},
		{"negative page", jsonBody(t, `{ actors(first: -1) { nodes { id } } }`, nil), "", nil, []int{http.StatusOK, http.StatusBadRequest}, "first", "BAD_REQUEST"},
		{"alias bomb", jsonBody(t, aliases(2000), nil), "", nil, []int{http.StatusOK, http.StatusBadRequest}, "", "LIMIT_EXCEEDED"},
		{"fragment bomb", jsonBody(t, fragments(40), nil), "", nil, []int{http.StatusOK, http.StatusBadRequest}, "", "LIMIT_EXCEEDED"},
		{"fragment cycle", jsonBody(t, cycle, nil), "", nil, []int{http.StatusOK, http.StatusBadRequest}, "cycle", "LIMIT_EXCEEDED"},
		{"oversized body", `{"query": "{ stats { actors } }", "pad": "` + strings.Repeat("x", 1<<20) + `"}`, "", nil, []int{http.StatusRequestEntityTooLarge}, "limit", "BODY_TOO_LARGE"},
		{"deeply nested JSON", deepJSON, "", nil, []int{http.StatusBadRequest, http.StatusRequestEntityTooLarge}, "", "BAD_REQUEST"},
		{"many operations", jsonBody(t, strings.Repeat("query Q { stats { actors } } ", 2000), nil), "", nil, []int{http.StatusOK, http.StatusBadRequest}, "", "BAD_REQUEST"},
		{"huge string literal", jsonBody(t, `{ actor(name: "`+strings.Repeat("é", 100000)+`") { id } }`, nil), "", nil, []int{http.StatusOK}, "", ""},
		{"long path", jsonBody(t, `{ path(from: "mali", to: "turkey", maxHops: 1000000) { length } }`, nil), "", nil, []int{http.StatusOK, http.StatusBadRequest}, "", "LIMIT_EXCEEDED"},
		{"deep neighbors", jsonBody(t, `{ actor(id: "mali") { neighbors(depth: 1000000, first: 1000000) { totalCount } } }`, nil), "", nil, []int{http.StatusOK, http.StatusBadRequest}, "", "LIMIT_EXCEEDED"},
		{"introspection depth", jsonBody(t, `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`, nil), "", nil, []int{http.StatusOK, http.StatusBadRequest}, "", ""},
		{"batch", `[` + jsonBody(t, `{ stats { actors } }`, nil) + `]`, "", nil, []int{http.StatusBadRequest}, "batched", "BAD_REQUEST"},
		{"not JSON", `{"query": `, "", nil, []int{http.StatusBadRequest}, "", "BAD_REQUEST"},
		{"wrong content type", `{ stats { actors } }`, "text/html", nil, []int{http.StatusUnsupportedMediaType}, "", "UNSUPPORTED_MEDIA_TYPE"},
		{"mutation without token", mutation, "", nil, []int{http.StatusUnauthorized}, "Bearer", "UNAUTHENTICATED"},
		{"mutation with a wrong token", mutation, "", []string{"Authorization", "Bearer nope"}, []int{http.StatusUnauthorized}, "wrong", "UNAUTHENTICATED"},
		{"mutation with a malformed header", mutation, "", []string{"Authorization", "Basic " + token}, []int{http.StatusUnauthorized}, "Bearer", "UNAUTHENTICATED"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ct := tc.ctype
			if ct == "" {
				ct = "application/json"
			}
			a := post(t, base, ct, tc.body, tc.header...)
			t.Logf("%d %s: %.200s", a.status, a.code(), a.messages())
			assert.Contains(t, tc.status, a.status, "%.300s", a.body)
			if a.status == http.StatusOK {
				// An answer within the limits; or errors in the answer.
				assert.Less(t, len(a.body), 32<<20, "the answer stays within the result limit")
			} else {
				require.NotEmpty(t, a.resp.Errors, "%.300s", a.body)
				assert.Contains(t, a.messages(), tc.message)
			}
			if tc.message != "" && a.status == http.StatusOK {
				assert.Contains(t, a.messages(), tc.message, "an error in the answer")
			}
			assert.Equal(t, tc.code, a.code())
			assert.NotEqual(t, http.StatusInternalServerError, a.status)
			ok := post(t, base, "application/json", jsonBody(t, statsQuery, nil))
			assert.Equal(t, http.StatusOK, ok.status, "the server keeps answering")
		})
	}

	t.Run("writes refused without the token", func(t *testing.T) {
		for _, path := range []string{"/ingest", "/restore"} {
			req, err := http.NewRequest(http.MethodPost, base+path, strings.NewReader(`{"id": "x", "text": "Turkey supplied drones to Mali."}`))
			require.NoError(t, err)
			a := do(t, req)
			assert.Equal(t, http.StatusUnauthorized, a.status, path)
			req, err = http.NewRequest(http.MethodGet, base+"/backup", nil)
			require.NoError(t, err)
			assert.Equal(t, http.StatusUnauthorized, do(t, req).status, "/backup")
		}
		_, err := st.Article(context.Background(), "x")
		assert.ErrorIs(t, err, graph.ErrNotFound)
		_, err = st.Article(context.Background(), "evil")
		assert.ErrorIs(t, err, graph.ErrNotFound)
	})

	t.Run("huge headers", func(t *testing.T) {
		req, err := http.NewRequest(http.MethodGet, base+"/healthz", nil)
		require.NoError(t, err)
		req.Header.Set("X-Pad", strings.Repeat("x", 1<<20))
		status, _, err := send(http.DefaultClient, req)
		if err == nil { // or the server cut the connection
			assert.Equal(t, http.StatusRequestHeaderFieldsTooLarge, status)
		}
	})

	t.Run("huge GET query", func(t *testing.T) {
		req, err := http.NewRequest(http.MethodGet, base+"/graphql?query="+url.QueryEscape(aliases(5000)), nil)
		require.NoError(t, err)
		status, _, err := send(http.DefaultClient, req)
		if err == nil {
			assert.Contains(t, []int{http.StatusBadRequest, http.StatusRequestHeaderFieldsTooLarge, http.StatusRequestURITooLong}, status)
		}
	})

	t.Run("slow clients", func(t *testing.T) {
		// Connections that send their headers a byte at a time are closed
		// by the server after ReadHeaderTimeout, and do not stop others.
		var conns []net.Conn
		for range 40 {
			c, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
			require.NoError(t, err)
			_, err = io.WriteString(c, "POST /graphql HTTP/1.1\r\nHost: x\r\nX-Slow: ")
			require.NoError(t, err)
			conns = append(conns, c)
		}
		ok := post(t, base, "application/json", jsonBody(t, statsQuery, nil))
		assert.Equal(t, http.StatusOK, ok.status, "served beside slow clients")
		for _, c := range conns {
			closed := false
			// Keep trickling; the server must close the connection (an
			// error on write or read) well before this loop ends.
			for range 600 {
				if _, err := c.Write([]byte("x")); err != nil {
					closed = true
					break
				}
				_ = c.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
				if _, err := bufio.NewReader(c).ReadByte(); err != nil && !isTimeout(err) {
					closed = true
					break
				}
			}
			assert.True(t, closed, "the server closed a slow client's connection")
			c.Close()
		}
	})

	t.Run("slow body", func(t *testing.T) {
		// A body that never ends holds no place among MaxConcurrent:
		// queries go on.
		var conns []net.Conn
		for range 20 {
			c, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
			require.NoError(t, err)
			_, err = io.WriteString(c, "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"query\": ")
			require.NoError(t, err)
			conns = append(conns, c)
		}
		for range 20 {
			ok := post(t, base, "application/json", jsonBody(t, statsQuery, nil))
			assert.Equal(t, http.StatusOK, ok.status)
		}
		for _, c := range conns {
			c.Close()
		}
	})

	assert.NotContains(t, logs.String(), "panic", "no handler panicked")
	rep, err := st.Check(context.Background())
	require.NoError(t, err)
	assert.True(t, rep.OK(), "check: %v", rep.Differences)
}

func isTimeout(err error) bool {
	ne, ok := err.(net.Error)
	return ok && ne.Timeout()
}

// TestRestoreWhileServing: a restore through POST /restore while readers
// query: the readers wait for it and get whole answers (no read sees the
// database half replaced), and afterwards the served graph is the backup's.
func TestRestoreWhileServing(t *testing.T) {
	const token = "restore-s3cret"
	src := readStore(t)
	var backup bytes.Buffer
	_, err := src.Backup(context.Background(), &backup)
	require.NoError(t, err)
	srcStats, err := src.Stats(context.Background())
	require.NoError(t, err)

	st := emptyStore(t)
	_, err = st.Ingest(context.Background(), graphtest.Article("first", "2024", "o", []string{"chad:state", "niger:state"}, "chad supplies niger"))
	require.NoError(t, err)
	base := listen(t, st, Config{AllowWrites: true, Token: token, QueueWait: 30 * time.Second})

	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var reads atomic.Int64
	for r := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := r; ctx.Err() == nil; i++ {
				rr := readRequests[i%len(readRequests)]
				if rr.name == "export" || rr.name == "path" || rr.name == "neighbors" || rr.name == "subgraph" {
					continue // they name actors the first graph lacks
				}
				req, err := rr.make(base)
				require.NoError(t, err)
				status, body, err := send(http.DefaultClient, req)
				reads.Add(1)
				if msg := checkAnswer(rr.name, status, body, err); msg != "" && !strings.Contains(msg, `"actor":null`) {
					t.Error(msg)
				}
			}
		}()
	}
	for _, force := range []string{"", "?force=true"} {
		req, err := http.NewRequest(http.MethodPost, base+"/restore"+force, bytes.NewReader(backup.Bytes()))
		require.NoError(t, err)
		req.Header.Set("Authorization", "Bearer "+token)
		a := do(t, req)
		if force == "" {
			assert.Equal(t, http.StatusConflict, a.status, string(a.body))
			assert.Equal(t, CodeNotEmpty, a.code())
			continue
		}
		require.Equal(t, http.StatusOK, a.status, string(a.body))
		var res graph.RestoreResult
		require.NoError(t, json.Unmarshal(a.body, &res))
		assert.True(t, res.Replaced)
		assert.True(t, res.Check.OK())
	}
	stop()
	wg.Wait()
	t.Logf("%d reads during the restores", reads.Load())
	got, err := st.Stats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, srcStats, got)

	// A bad backup is refused and changes nothing.
	req, err := http.NewRequest(http.MethodPost, base+"/restore?force=true", bytes.NewReader(backup.Bytes()[:backup.Len()/2]))
	require.NoError(t, err)
	req.Header.Set("Authorization", "Bearer "+token)
	a := do(t, req)
	assert.Equal(t, http.StatusBadRequest, a.status)
	assert.Equal(t, CodeBadBackup, a.code())
	assert.Contains(t, a.messages(), "truncated")
	got, err = st.Stats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, srcStats, got)
}
