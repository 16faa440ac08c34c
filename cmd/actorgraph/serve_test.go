package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

// lockedBuffer is an output the server's goroutines write to while the
// test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// runEnv runs the command in-process with the environment env.
func runEnv(t *testing.T, env map[string]string, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain(strings.NewReader(stdin), &out, &errb)
	m.Getenv = func(k string) string { return env[k] }
	code = m.Run(context.Background(), args)
	return code, out.String(), errb.String()
}

// served is an 'actorgraph serve' running in-process.
type served struct {
	url            string
	stdout, stderr *lockedBuffer
	stop           func() int // cancels its context and returns its exit status
}

// serve starts 'actorgraph serve --db db --addr 127.0.0.1:0 args...' and
// waits until it has recorded its address in the database directory.
func serve(t *testing.T, db string, env map[string]string, args ...string) *served {
	t.Helper()
	s := &served{stdout: &lockedBuffer{}, stderr: &lockedBuffer{}}
	m := NewMain(strings.NewReader(""), s.stdout, s.stderr)
	m.Getenv = func(k string) string { return env[k] }
	ctx, cancel := context.WithCancel(context.Background())
	code := make(chan int, 1)
	go func() {
		code <- m.Run(ctx, append([]string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, args...))
	}()
	var stopped bool
	var exit int
	s.stop = func() int {
		if !stopped {
			stopped = true
			cancel()
			select {
			case exit = <-code:
			case <-time.After(20 * time.Second):
				t.Fatal("serve did not stop after its context was canceled")
			}
		}
		return exit
	}
	t.Cleanup(func() { s.stop() })
	require.Eventually(t, func() bool {
		select {
		case c := <-code:
			stopped = true
			t.Fatalf("serve exited with %d: %s", c, s.stderr)
		default:
		}
		h, ok := graph.ReadHolder(db)
		s.url = h.Addr
		return ok && h.Addr != ""
	}, 20*time.Second, 20*time.Millisecond)
	return s
}

// decode decodes the JSON answer printed by query.
func decode(t *testing.T, out string) (data map[string]any, errs []map[string]any) {
	t.Helper()
	var r struct {
		Data   map[string]any   `json:"data"`
		Errors []map[string]any `json:"errors"`
	}
	require.NoErrorf(t, json.Unmarshal([]byte(out), &r), "output: %s", out)
	return r.Data, r.Errors
}

const ingestMutation = `mutation { ingestArticle(text: "The Wagner Group trains the Malian army, officials said.", id: "cli-test-1", lang: "en", date: "2024-06") { status article { id } } }`

// TestServeAndQuery runs serve on a free port, then query (and other
// commands) on the same database: they go through the server or say who
// holds it; writes need --allow-writes and the token; the server stops on
// its context and the database is free again.
func TestServeAndQuery(t *testing.T) {
	db, _ := sampleDB(t)
	const token = "cli-s3cret"
	srv := serve(t, db, map[string]string{envToken: token}, "--allow-writes", "--log-format", "json")
	assert.True(t, strings.HasPrefix(srv.url, "http://127.0.0.1:"), srv.url)
	assert.NotContains(t, srv.url, ":0", "the port picked is recorded")
	assert.Contains(t, srv.stdout.String(), "serving "+db+" on "+srv.url+"/")
	assert.Contains(t, srv.stdout.String(), "writes allowed with the bearer token")

	// A query goes through the server.
	code, out, errs := runEnv(t, nil, "", "query", "--db", db, `{ actor(id: "mali") { id name } }`)
	require.Equalf(t, 0, code, "stderr: %s", errs)
	assert.Contains(t, errs, "held by the server at "+srv.url)
	data, gqlErrs := decode(t, out)
	assert.Empty(t, gqlErrs)
	assert.Equal(t, map[string]any{"id": "mali", "name": "Mali"}, data["actor"])

	// A mutation: refused without the token, accepted with it.
	code, out, errs = runEnv(t, nil, "", "query", "--db", db, ingestMutation)
	assert.Equal(t, exitFailed, code)
	_, gqlErrs = decode(t, out)
	require.NotEmpty(t, gqlErrs)
	assert.Equal(t, "UNAUTHENTICATED", gqlErrs[0]["extensions"].(map[string]any)["code"])
	assert.Contains(t, errs, "set $"+envToken)
	code, out, errs = runEnv(t, map[string]string{envToken: "wrong"}, "", "query", "--db", db, ingestMutation)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, "the bearer token is wrong")
	code, out, errs = runEnv(t, map[string]string{envToken: token}, "", "query", "--db", db, ingestMutation)
	require.Equalf(t, 0, code, "stdout: %s\nstderr: %s", out, errs)
	assert.Contains(t, out, `"cli-test-1"`)

	// Other commands say which server holds the database.
	code, _, errs = run(t, "check", "--db", db)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, errs, "serving on "+srv.url)

	// The server logged each request, without the token.
	assert.Eventually(t, func() bool { return strings.Count(srv.stderr.String(), `"msg":"request"`) >= 4 }, 5*time.Second, 20*time.Millisecond)
	assert.NotContains(t, srv.stderr.String(), token)

	require.Equal(t, 0, srv.stop())
	assert.Contains(t, srv.stdout.String(), "stopped")
	_, held := graph.ReadHolder(db)
	assert.False(t, held, "the holder file is removed")

	// The database is free: query reads it directly, with the article the
	// mutation added.
	code, out, errs = runEnv(t, nil, "", "query", "--db", db, `{ article(id: "cli-test-1") { id } }`)
	require.Equalf(t, 0, code, "stderr: %s", errs)
	assert.NotContains(t, errs, "held by the server")
	assert.Contains(t, out, `"cli-test-1"`)
	_, err := http.Get(srv.url + "/healthz")
	assert.Error(t, err, "the server is gone")
}

func TestServeReadOnly(t *testing.T) {
	db, _ := sampleDB(t)
	srv := serve(t, db, nil, "--log-format", "none", "--cors-origin", "http://localhost:8888,http://jupyter.local")
	assert.Contains(t, srv.stdout.String(), "read-only")

	code, out, _ := runEnv(t, map[string]string{envToken: "any"}, "", "query", "--db", db, ingestMutation)
	assert.Equal(t, exitFailed, code)
	assert.Contains(t, out, "WRITES_DISABLED")

	req, err := http.NewRequest(http.MethodOptions, srv.url+"/graphql", nil)
	require.NoError(t, err)
	req.Header.Set("Origin", "http://jupyter.local")
	req.Header.Set("Access-Control-Request-Method", "POST")
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusNoContent, res.StatusCode)
	assert.Equal(t, "http://jupyter.local", res.Header.Get("Access-Control-Allow-Origin"))

	res, err = http.Get(srv.url + "/")
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, 0, srv.stop())
	assert.Empty(t, srv.stderr.String(), "--log-format none")
}

func TestServeUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"extra argument", []string{"serve", "--db", db, "extra"}, exitUsage, "unexpected arguments"},
		{"bad log format", []string{"serve", "--db", db, "--log-format", "xml"}, exitUsage, "want text, json or none"},
		{"bad size", []string{"serve", "--db", db, "--max-body", "lots"}, exitUsage, "want a positive size"},
		{"bad unit", []string{"serve", "--db", db, "--max-body", "3PB"}, exitUsage, "unknown unit"},
		{"negative limit", []string{"serve", "--db", db, "--max-depth", "-1"}, exitUsage, "--max-depth"},
		{"address in use or bad", []string{"serve", "--db", db, "--addr", "256.0.0.1:99999"}, exitFailed, "listen on 256.0.0.1:99999"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := run(t, tt.args...)
			assert.Equal(t, tt.code, code)
			assert.Contains(t, errs, tt.msg)
		})
	}
}

func TestSizeFlag(t *testing.T) {
	for in, want := range map[string]int64{"1048576": 1 << 20, "512KiB": 512 << 10, "4MiB": 4 << 20, "2 MB": 2_000_000, "1k": 1024, "1G": 1 << 30} {
		var s sizeFlag
		require.NoError(t, s.Set(in), in)
		assert.Equal(t, want, int64(s), in)
	}
	for _, in := range []string{"", "0", "-5", "MiB", "1.5MiB", "3PB"} {
		var s sizeFlag
		assert.Error(t, s.Set(in), in)
	}
}

// TestQuery runs query on a database no server holds.
func TestQuery(t *testing.T) {
	db, _ := sampleDB(t)
	file := filepath.Join(t.TempDir(), "one.graphql")
	require.NoError(t, os.WriteFile(file, []byte(`query One($id: ID, $first: Int) { actor(id: $id) { id relations(first: $first) { totalCount } } }`), 0o644))
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		want  []string // fragments of stdout
		err   string   // a fragment of stderr
	}{
		{"argument", "", []string{`{ actor(id: "mali") { id kind } }`}, 0, []string{`{"data":{"actor":{"id":"mali","kind":"STATE"}}}`}, ""},
		{"flags after the query", "", []string{`{ actor(id: "mali") { id } }`, "--pretty"}, 0, []string{"{\n  \"data\": {\n    \"actor\": {\n      \"id\": \"mali\""}, ""},
		{"file and --var", "", []string{"-f", file, "--var", "id=mali", "--var", "first=2"}, 0, []string{`"id":"mali"`, `"totalCount":`}, ""},
		{"--vars-json, --var wins", "", []string{"--file", file, "--vars-json", `{"id": "niger", "first": 1}`, "--var", "id=mali"}, 0, []string{`"id":"mali"`}, ""},
		{"standard input", `{ stats { actors } }`, []string{"-f", "-"}, 0, []string{`{"data":{"stats":{"actors":`}, ""},
		{"operation", "", []string{"--operation", "B", `query A { stats { actors } } query B { actor(id: "mali") { name } }`}, 0, []string{`{"data":{"actor":{"name":"Mali"}}}`}, ""},
		{"a string variable that looks like a number", "", []string{"--var", `n="2022"`, `query($n: String!) { findActors(name: $n) { id } }`}, 0, []string{`{"data":{"findActors":[]}}`}, ""},
		{"errors exit 1", "", []string{`{ nosuchfield }`}, exitFailed, []string{`"data":null`, `"errors":[{"message":`}, "nosuchfield"},
		{"wrong variable type", "", []string{"-f", file, "--var", "first=many"}, exitFailed, []string{`"errors"`}, "int32"},
		{"no query", "", nil, exitUsage, nil, "no query"},
		{"two queries", "", []string{"{ a }", "{ b }"}, exitUsage, nil, "give one query"},
		{"query and file", "", []string{"-f", file, "{ a }"}, exitUsage, nil, "not both"},
		{"empty query", "", []string{"  "}, exitUsage, nil, "empty"},
		{"bad --var", "", []string{"--var", "novalue", "{ stats { actors } }"}, exitUsage, nil, "want name=value"},
		{"bad --vars-json", "", []string{"--vars-json", "[1]", "{ stats { actors } }"}, exitUsage, nil, "want a JSON object"},
		{"missing file", "", []string{"-f", filepath.Join(t.TempDir(), "nope.graphql")}, exitFailed, nil, "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runEnv(t, nil, tt.stdin, append([]string{"query", "--db", db}, tt.args...)...)
			assert.Equalf(t, tt.code, code, "stdout: %s\nstderr: %s", out, errs)
			for _, w := range tt.want {
				assert.Contains(t, out, w)
			}
			assert.Contains(t, errs, tt.err)
			assert.NotContains(t, errs, "held by the server")
		})
	}

	t.Run("no database", func(t *testing.T) {
		code, _, errs := run(t, "query", "--db", filepath.Join(t.TempDir(), "none"), "{ stats { actors } }")
		assert.Equal(t, exitFailed, code)
		assert.Contains(t, errs, "no database there")
	})

	t.Run("a mutation writes locally", func(t *testing.T) {
		db, _ := sampleDB(t)
		out := mustRun(t, "query", "--db", db, ingestMutation)
		assert.Contains(t, out, `"cli-test-1"`)
		out = mustRun(t, "query", "--db", db, `{ article(id: "cli-test-1") { id } }`)
		assert.Contains(t, out, `"cli-test-1"`)
	})
}

func TestServeQueryHelp(t *testing.T) {
	for _, name := range []string{"serve", "query"} {
		code, _, errs := run(t, name, "--help")
		assert.Equal(t, 0, code)
		assert.Contains(t, errs, "Usage: actorgraph "+name)
		assert.Contains(t, errs, "Examples:")
		assert.Contains(t, errs, "actorgraph "+name+" ")
		assert.Contains(t, errs, "ACTORGRAPH_TOKEN")
	}
	_, _, errs := run(t, "serve", "--help")
	for _, flag := range []string{"-addr", "-allow-writes", "-token", "-cors-origin", "-timeout", "-max-body", "-max-concurrent", "-max-depth", "-max-page-size", "-max-cost", "-max-parallelism"} {
		assert.Contains(t, errs, flag)
	}
	assert.Contains(t, errs, `(default "127.0.0.1:8080")`)
	_, _, errs = run(t, "query", "--help")
	for _, flag := range []string{"-f file", "-var name=value", "-vars-json", "-pretty", "-operation"} {
		assert.Contains(t, errs, flag)
	}
}
