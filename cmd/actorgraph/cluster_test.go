package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/loader/stream"
)

// The cluster test runs actorgraph across machines as it runs in
// production, on loopback: three NATS servers with JetStream (the
// internal/natsnode binary, separate processes), extract workers and
// followers (the built actorgraph), and kills a NATS server, a worker and a
// follower with SIGKILL mid-run. $ACTORGRAPH_CLUSTER_ARTICLES sets the size
// of the synthetic part of the corpus (default 400; test.sh --long: 3000).
const envClusterArticles = "ACTORGRAPH_CLUSTER_ARTICLES"

var natsNodeBin goBuilt

// natsNodeBinary builds internal/natsnode once per test run.
func natsNodeBinary(t *testing.T) string {
	return natsNodeBin.get(t, "natsnode", filepath.Join(repo, "internal", "natsnode"))
}

// proc is a process the test started, with its output in files.
type proc struct {
	t    *testing.T
	name string
	bin  string
	args []string
	dir  string
	cmd  *exec.Cmd
	done chan struct{}
	err  error // the exit status once done is closed
	runs int
}

func startProc(t *testing.T, dir, name, bin string, args ...string) *proc {
	p := &proc{t: t, name: name, bin: bin, args: args, dir: dir}
	p.start()
	t.Cleanup(func() { p.kill() })
	return p
}

func (p *proc) logPath(stream string) string {
	return filepath.Join(p.dir, fmt.Sprintf("%s.%d.%s", p.name, p.runs, stream))
}

func (p *proc) start() {
	p.t.Helper()
	p.runs++
	p.cmd = exec.Command(p.bin, p.args...)
	out, err := os.Create(p.logPath("out"))
	require.NoError(p.t, err)
	errf, err := os.Create(p.logPath("err"))
	require.NoError(p.t, err)
	p.cmd.Stdout, p.cmd.Stderr = out, errf
	require.NoError(p.t, p.cmd.Start(), p.name)
	p.done = make(chan struct{})
	go func() {
		p.err = p.cmd.Wait()
		out.Close()
		errf.Close()
		close(p.done)
	}()
}

func (p *proc) running() bool {
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

// kill sends SIGKILL and waits for the process to go.
func (p *proc) kill() {
	if p.cmd != nil && p.running() {
		_ = p.cmd.Process.Signal(syscall.SIGKILL)
		<-p.done
	}
}

// stop sends SIGTERM and waits up to a minute.
func (p *proc) stop() {
	p.t.Helper()
	if !p.running() {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(time.Minute):
		p.kill()
		p.t.Errorf("%s did not stop on SIGTERM within a minute", p.name)
	}
}

// wait waits for the process to end by itself and requires success.
func (p *proc) wait(limit time.Duration) {
	p.t.Helper()
	select {
	case <-p.done:
	case <-time.After(limit):
		p.kill()
		require.Failf(p.t, "timeout", "%s did not finish within %s:\n%s", p.name, limit, p.output())
	}
	require.NoErrorf(p.t, p.err, "%s:\n%s", p.name, p.output())
}

func (p *proc) output() string {
	var b strings.Builder
	for _, s := range []string{"out", "err"} {
		data, _ := os.ReadFile(p.logPath(s))
		if len(data) > 4000 {
			data = data[len(data)-4000:]
		}
		fmt.Fprintf(&b, "--- %s %s\n%s", p.name, s, data)
	}
	return b.String()
}

// waitReady waits for a natsnode to print "ready".
func (p *proc) waitReady() {
	p.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if data, _ := os.ReadFile(p.logPath("out")); strings.Contains(string(data), "ready") {
			return
		}
		if !p.running() {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	require.Failf(p.t, "not ready", "%s:\n%s", p.name, p.output())
}

// freePorts returns n distinct free TCP ports on loopback.
func freePorts(t *testing.T, n int) []int {
	var ports []int
	var ls []net.Listener
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports
}

// natsCluster is three natsnode processes.
type natsCluster struct {
	nodes []*proc
	url   string
}

func startNATSCluster(t *testing.T, dir string) *natsCluster {
	bin := natsNodeBinary(t)
	ports := freePorts(t, 6)
	var routes, urls []string
	for i := range 3 {
		routes = append(routes, fmt.Sprintf("nats://127.0.0.1:%d", ports[3+i]))
		urls = append(urls, fmt.Sprintf("nats://127.0.0.1:%d", ports[i]))
	}
	c := &natsCluster{url: strings.Join(urls, ",")}
	for i := range 3 {
		c.nodes = append(c.nodes, startProc(t, dir, fmt.Sprintf("nats%d", i+1), bin,
			"-name", fmt.Sprintf("n%d", i+1), "-port", strconv.Itoa(ports[i]), "-cluster-port", strconv.Itoa(ports[3+i]),
			"-routes", strings.Join(routes, ","), "-store", filepath.Join(dir, fmt.Sprintf("jetstream%d", i+1))))
	}
	for _, n := range c.nodes {
		n.waitReady()
	}
	return c
}

// eventually retries f until it succeeds or the limit passes.
func eventually(t *testing.T, limit time.Duration, what string, f func() error) {
	t.Helper()
	deadline := time.Now().Add(limit)
	var err error
	for time.Now().Before(deadline) {
		if err = f(); err == nil {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	require.NoErrorf(t, err, "%s within %s", what, limit)
}

// binTry runs the built binary and returns an error with its output when
// it fails.
func binTry(t *testing.T, args ...string) (string, error) {
	code, out, errs := binRun(t, nil, args...)
	if code != 0 {
		return out, fmt.Errorf("actorgraph %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
	}
	return out + errs, nil
}

// TestCluster is issue 10's acceptance test: two extract workers and two
// followers on a three-node JetStream cluster, with a NATS server, a worker
// and a follower killed mid-run and restarted, and messages published
// twice; both replicas end with exports byte-identical to a single-node
// load of the same corpus (and the same decision), and check passes on
// both. The follower killed and restarted from its own database counts
// applied + duplicates skipped = the messages in the stream.
func TestCluster(t *testing.T) {
	n := 400
	if v := os.Getenv(envClusterArticles); v != "" {
		var err error
		n, err = strconv.Atoi(v)
		require.NoError(t, err, envClusterArticles)
	}
	ag := builtBinary(t)
	dir := t.TempDir()
	started := time.Now()

	// The corpus: the sample articles and the seed, published directly by
	// 'extract --nats'; a synthetic corpus, through the work queue.
	direct := []string{filepath.Join(repo, "testdata", "articles")}
	if _, err := os.Stat(seedDir); err == nil {
		direct = append(direct, seedDir)
	}
	gen := filepath.Join(dir, "gen")
	binMustRun(t, "gen", "--articles", strconv.Itoa(n), "--seed", "10", "--out", gen, "--progress", "never")
	corpus := append(append([]string{}, direct...), gen)

	// The reference: one node, a direct load, then the decision.
	ref := filepath.Join(dir, "ref")
	binMustRun(t, append([]string{"load", "--db", ref}, corpus...)...)
	binMustRun(t, "merge", "--db", ref, "--reason", "cluster test", "africa-corps", "wagner-group")
	want := fullExport(t, ref)

	cl := startNATSCluster(t, dir)
	eventually(t, time.Minute, "streams init", func() error {
		out, err := binTry(t, "streams", "init", "--nats", cl.url)
		if err == nil && !strings.Contains(out, "3 replicas") {
			return fmt.Errorf("streams are not replicated three times:\n%s", out)
		}
		return err
	})
	nc, js, err := stream.Connect(context.Background(), cl.url, "cluster-test")
	require.NoError(t, err)
	defer nc.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	// Two followers from the start, two workers on the queue.
	dbs := []string{filepath.Join(dir, "replica1"), filepath.Join(dir, "replica2")}
	var followers []*proc
	for i, db := range dbs {
		followers = append(followers, startProc(t, dir, fmt.Sprintf("follower%d", i+1), ag, "follow", "--nats", cl.url, "--db", db))
	}
	_, err = binTry(t, "enqueue", "--nats", cl.url, gen)
	require.NoError(t, err)
	var workers []*proc
	for i := range 2 {
		workers = append(workers, startProc(t, dir, fmt.Sprintf("worker%d", i+1), ag,
			"extract", "--nats", cl.url, "--from-stream", "--once", "--workers", "1", "--ack-wait", "3s"))
	}
	out, err := binTry(t, append([]string{"extract", "--nats", cl.url}, direct...)...)
	require.NoError(t, err)
	assert.Contains(t, out, "0 failed")
	_, err = binTry(t, "merge", "--nats", cl.url, "--reason", "cluster test", "africa-corps", "wagner-group")
	require.NoError(t, err)

	// Mid-run, kill a NATS server, a worker and a follower; start them again.
	claimsCount := func() uint64 {
		s, err := js.Stream(ctx, stream.Claims)
		if err != nil {
			return 0
		}
		info, err := s.Info(ctx)
		if err != nil {
			return 0
		}
		return info.State.Msgs
	}
	for claimsCount() < uint64(n/5) && time.Since(started) < 3*time.Minute {
		time.Sleep(10 * time.Millisecond)
	}
	at := claimsCount()
	workerMidRun := workers[0].running()
	if !workerMidRun {
		require.NoErrorf(t, workers[0].err, "worker 1 ended before the kill:\n%s", workers[0].output())
		require.Greaterf(t, at, uint64(n/2), "worker 1 ended with most of the queue left:\n%s", workers[0].output())
	}
	cl.nodes[1].kill()
	workers[0].kill()
	followers[0].kill()
	t.Logf("killed NATS server n2, worker 1 (running: %v) and follower 1 with %d claims in the stream (%d articles of the work queue)", workerMidRun, at, n)
	time.Sleep(500 * time.Millisecond)
	followers[0].start()
	workers[0].start()
	time.Sleep(time.Second)
	cl.nodes[1].start()
	cl.nodes[1].waitReady()

	// Publish messages twice: the sample articles again through extract
	// (JetStream drops them: same message ids), and five claims again
	// without a message id (stored; the followers skip them).
	out, err = binTry(t, append([]string{"extract", "--nats", cl.url}, direct...)...)
	require.NoError(t, err)
	assert.Contains(t, out, "0 published to ACTORGRAPH_CLAIMS")
	cs, err := js.Stream(ctx, stream.Claims)
	require.NoError(t, err)
	const again = 5
	for seq := uint64(1); seq <= again; seq++ {
		m, err := cs.GetMsg(ctx, seq)
		require.NoError(t, err)
		_, err = js.PublishMsg(ctx, &nats.Msg{Subject: m.Subject, Data: m.Data})
		require.NoError(t, err)
	}

	for _, w := range workers {
		w.wait(3 * time.Minute)
	}
	// Let the followers apply what they can live, then stop them and
	// catch up with --once (a follower stopped gracefully or killed goes
	// on the same way).
	info, err := cs.Info(ctx)
	require.NoError(t, err)
	published := info.State.Msgs
	time.Sleep(time.Second)
	for _, f := range followers {
		f.stop()
	}
	for i, db := range dbs {
		rep := filepath.Join(dir, fmt.Sprintf("follow%d.json", i+1))
		eventually(t, time.Minute, "follow --once", func() error {
			_, err := binTry(t, "follow", "--nats", cl.url, "--db", db, "--once", "--report", rep)
			return err
		})
		var r followReport
		data, err := os.ReadFile(rep)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(data, &r))
		c := r.Claims.Cursor
		t.Logf("replica %d: claims at %d of %d: %d applied, %d duplicates skipped, %d refused over all runs; decisions %+v",
			i+1, c.Seq, info.State.LastSeq, c.Applied, c.Duplicates, c.Refused, r.Decisions.Cursor)
		assert.Equal(t, info.State.LastSeq, c.Seq, "replica %d is caught up", i+1)
		assert.Equal(t, published, c.Applied+c.Duplicates+c.Refused, "replica %d: applied + duplicates skipped + refused = messages published", i+1)
		assert.Zero(t, c.Refused, "replica %d refused messages", i+1)
		assert.GreaterOrEqual(t, c.Duplicates, uint64(again), "replica %d: the messages published twice are skipped", i+1)
		assert.Equal(t, uint64(1), r.Decisions.Cursor.Applied, "replica %d applied the decision", i+1)
		got := fullExport(t, db)
		require.Equalf(t, want, got, "replica %d's export differs from a single-node load's", i+1)
		binMustRun(t, "check", "--db", db)
	}
	// A third replica served while it follows: its served export reaches
	// the same graph.
	served := filepath.Join(dir, "replica3")
	srv := startProc(t, dir, "serve", ag, "serve", "--db", served, "--addr", "127.0.0.1:0", "--log-format", "none", "--follow", cl.url)
	eventually(t, 2*time.Minute, "serve --follow reaching the single-node graph", func() error {
		code, got, errs := binRun(t, nil, "export", "--db", served, "--format", "json", "--include-negated", "--isolated")
		switch {
		case code != 0:
			return fmt.Errorf("export through serve --follow: exit %d: %s", code, errs)
		case got != want:
			return fmt.Errorf("served export differs (%d bytes, want %d)", len(got), len(want))
		}
		return nil
	})
	srv.stop()
	require.NoError(t, srv.err, srv.output())
	binMustRun(t, "check", "--db", served)

	_, err = binTry(t, "streams", "status", "--nats", cl.url)
	require.NoError(t, err)
	t.Logf("cluster test: %d claims messages in %s", published, time.Since(started).Round(time.Millisecond))
}
