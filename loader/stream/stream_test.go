package stream_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/lexicon"
	"github.com/actorgraph/actorgraph/loader/stream"
)

func TestTokenAndMsgID(t *testing.T) {
	for _, tc := range []struct {
		name  string
		parts []string
		want  string
	}{
		{"plain parts kept", []string{"acme-2024-113", "abc", "rules/1+x"}, "acme-2024-113/abc/" + hash16("rules/1+x")},
		{"spaces hashed", []string{"an id", "h"}, hash16("an id") + "/h"},
		{"URL kept", []string{"https://example.org/a?b=c", "h"}, hash16("https://example.org/a?b=c") + "/h"},
		{"long hashed", []string{strings.Repeat("a", 201)}, hash16(strings.Repeat("a", 201))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, stream.MsgID(tc.parts...))
		})
	}
	assert.Len(t, stream.Token("x"), 32)
	assert.NotEqual(t, stream.Token("a"), stream.Token("b"))
	assert.Equal(t, stream.Token("a.b c"), stream.Token("a.b c"))
}

// hash16 is MsgID's digest of a part: the same as Token's.
func hash16(s string) string { return stream.Token(s) }

func TestConfigs(t *testing.T) {
	for _, tc := range []struct {
		servers, replicas, want int
	}{{1, 0, 1}, {2, 0, 1}, {3, 0, 3}, {5, 0, 3}, {5, 2, 2}} {
		t.Run(fmt.Sprintf("%d servers, --replicas %d", tc.servers, tc.replicas), func(t *testing.T) {
			for _, c := range stream.Configs(tc.servers, stream.Options{Replicas: tc.replicas}) {
				assert.Equal(t, tc.want, c.Replicas, c.Name)
				assert.Equal(t, "File", c.Storage.String(), c.Name)
			}
		})
	}
}

func TestPercentile(t *testing.T) {
	ds := []time.Duration{5, 1, 4, 2, 3}
	assert.Equal(t, time.Duration(3), stream.Percentile(ds, 50))
	assert.Equal(t, time.Duration(5), stream.Percentile(ds, 99))
	assert.Equal(t, time.Duration(1), stream.Percentile(ds, 1))
	assert.Zero(t, stream.Percentile(nil, 50))
}

// natsServer builds internal/natsnode and starts one server with
// JetStream on a free loopback port, stopped at the end of the test.
func natsServer(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	bin := filepath.Join(dir, "natsnode")
	out, err := exec.Command("go", "build", "-o", bin, "../../internal/natsnode").CombinedOutput()
	require.NoError(t, err, string(out))
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(bin, "-name", "solo", "-port", strconv.Itoa(port), "-store", filepath.Join(dir, "js"))
	stdout, err := os.Create(filepath.Join(dir, "out"))
	require.NoError(t, err)
	cmd.Stdout = stdout
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	for i := 0; ; i++ {
		data, _ := os.ReadFile(stdout.Name())
		if strings.Contains(string(data), "ready") {
			break
		}
		require.Less(t, i, 1500, "natsnode not ready")
		time.Sleep(20 * time.Millisecond)
	}
	return fmt.Sprintf("nats://127.0.0.1:%d", port)
}

// TestPublishWorkFollow runs the whole path on one server: articles on the
// work queue, a worker, claims published twice, a decision, and a follower
// that applies every message once, then nothing when run again.
func TestPublishWorkFollow(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	url := natsServer(t)
	nc, js, err := stream.Connect(ctx, url, "test")
	require.NoError(t, err)
	defer nc.Close()
	infos, err := stream.Init(ctx, nc, js, stream.Options{})
	require.NoError(t, err)
	require.Len(t, infos, 3)
	assert.Equal(t, 1, infos[0].Config.Replicas, "one server: one replica")

	dir := t.TempDir()
	texts := map[string]string{
		"a1.txt": "ID: a1\nDate: 2024-03\n\nTurkey supplied drones to Mali.\n",
		"a2.txt": "ID: a2\nDate: 2024-04\n\nRussian instructors trained the Malian army.\n",
		"a3.txt": "ID: a3\nDate: 2024-05\n\nThe Wagner Group fought alongside the Malian army.\n",
	}
	for name, text := range texts {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	esum, err := stream.Enqueue(ctx, nc, js, []string{dir}, loaderOptions(), nil)
	require.NoError(t, err)
	assert.Equal(t, 3, esum.Published)
	esum, err = stream.Enqueue(ctx, nc, js, []string{dir}, loaderOptions(), nil)
	require.NoError(t, err)
	assert.Equal(t, 3, esum.Duplicates, "enqueueing again within the window adds nothing")

	w := &stream.Worker{NC: nc, JS: js, Extractor: extract.New(lexicon.Default()), Workers: 2, Once: true, AckWait: 2 * time.Second}
	wsum, err := w.Run(ctx)
	require.NoError(t, err)
	assert.Equal(t, 3, wsum.Articles)
	assert.Equal(t, 3, wsum.Published)

	// The same claims again: dropped by JetStream (message id) ...
	c, err := extract.New(lexicon.Default()).Extract(ctx, &graph.Article{ID: "a1", Date: graph.MustDate("2024-03"), Text: "Turkey supplied drones to Mali.\n"})
	require.NoError(t, err)
	_, err = c.Check()
	require.NoError(t, err)
	p := stream.NewPublisher(nc, js)
	require.NoError(t, p.Claims(ctx, c, nil))
	require.NoError(t, p.Flush(ctx))
	assert.Equal(t, 1, p.Duplicates)
	// ... or, published without a message id, skipped by the follower.
	cs, err := js.Stream(ctx, stream.Claims)
	require.NoError(t, err)
	m, err := cs.GetMsg(ctx, 1)
	require.NoError(t, err)
	_, err = js.PublishMsg(ctx, &nats.Msg{Subject: m.Subject, Data: m.Data})
	require.NoError(t, err)
	_, err = stream.PublishDecision(ctx, js, graph.Decision{Op: graph.OpRename, Actor: "mali", Name: "Republic of Mali"})
	require.NoError(t, err)
	_, err = stream.PublishDecision(ctx, js, graph.Decision{Op: graph.OpMerge, Actor: "x", Other: "x"})
	require.Error(t, err, "an invalid decision is refused before it is published")

	st := graphtest.NewStore(t, true)
	f := &stream.Follower{JS: js, Store: st, Once: true}
	sum, err := f.Run(ctx)
	require.NoError(t, err)
	assert.Equal(t, 3, sum.Claims.Applied)
	assert.Equal(t, 1, sum.Claims.Duplicates)
	assert.Equal(t, graph.Cursor{Seq: 4, Applied: 3, Duplicates: 1}, sum.Claims.Cursor)
	assert.Equal(t, graph.Cursor{Seq: 1, Applied: 1}, sum.Decisions.Cursor)
	a, err := st.Actor(ctx, "mali")
	require.NoError(t, err)
	assert.Equal(t, "Republic of Mali", a.Name)
	graphtest.RequireConsistent(t, st)

	// Caught up: a second run applies nothing and returns.
	sum, err = f.Run(ctx)
	require.NoError(t, err)
	assert.Zero(t, sum.Claims.Applied+sum.Claims.Duplicates+sum.Decisions.Applied)
}
