package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

// The crash tests kill a built actorgraph with SIGKILL at random points of
// a load (docs/ROBUSTNESS.md). The number of points is
// $ACTORGRAPH_CRASH_POINTS (default 20; test.sh --long runs 200).
const envCrashPoints = "ACTORGRAPH_CRASH_POINTS"

func crashPoints(t *testing.T, def int) int {
	if v := os.Getenv(envCrashPoints); v != "" {
		n, err := strconv.Atoi(v)
		require.NoError(t, err, envCrashPoints)
		return n
	}
	if testing.Short() {
		return max(def/4, 1)
	}
	return def
}

// goBuilt is a program built once per test run with go build.
type goBuilt struct {
	once sync.Once
	path string
	err  error
}

// get builds the package pkg (a directory) as name, the first time, and
// returns the binary's path.
func (b *goBuilt) get(t *testing.T, name, pkg string) string {
	t.Helper()
	b.once.Do(func() {
		dir, err := os.MkdirTemp("", "actorgraph-"+name+"-")
		if err != nil {
			b.err = err
			return
		}
		b.path = filepath.Join(dir, name)
		out, err := exec.Command("go", "build", "-o", b.path, pkg).CombinedOutput()
		if err != nil {
			b.err = fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
		}
	})
	require.NoError(t, b.err)
	return b.path
}

var actorgraphBin goBuilt

// builtBinary builds the command once per test run (without the race
// detector: it is the program under test, run as users run it).
func builtBinary(t *testing.T) string { return actorgraphBin.get(t, "actorgraph", ".") }

// binRun runs the built binary to its end and returns its exit status and
// output.
func binRun(t *testing.T, env []string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(builtBinary(t), args...)
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), out.String(), errb.String()
	}
	require.NoError(t, err)
	return 0, out.String(), errb.String()
}

func binMustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := binRun(t, nil, args...)
	require.Equalf(t, 0, code, "actorgraph %s\nstdout: %s\nstderr: %s", strings.Join(args, " "), out, errs)
	return out
}

// crashCorpus writes a synthetic corpus big enough for a load to take a
// while, as txt files and as one JSONL file.
func crashCorpus(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	binMustRun(t, "gen", "--articles", "160", "--seed", "7", "--out", filepath.Join(dir, "txt"), "--progress", "never")
	binMustRun(t, "gen", "--articles", "160", "--start", "160", "--seed", "7", "--format", "jsonl", "--out", filepath.Join(dir, "jsonl"), "--progress", "never")
	return []string{filepath.Join(dir, "txt"), filepath.Join(dir, "jsonl"), filepath.Join(repo, "testdata", "articles"), filepath.Join(repo, "testdata", "claims")}
}

// killAfter starts the binary with args, sends it SIGKILL after d (unless
// it ended before) and reports whether it was killed.
func killAfter(t *testing.T, d time.Duration, args ...string) (killed bool) {
	t.Helper()
	cmd := exec.Command(builtBinary(t), args...)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	require.NoError(t, cmd.Start())
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		require.NoErrorf(t, err, "actorgraph %s ended on its own with an error: %s", strings.Join(args, " "), errb.String())
		return false
	case <-time.After(d):
	}
	err := cmd.Process.Signal(syscall.SIGKILL)
	if errors.Is(err, os.ErrProcessDone) { // it ended just now, on its own
		require.NoErrorf(t, <-done, "actorgraph %s ended on its own with an error: %s", strings.Join(args, " "), errb.String())
		return false
	}
	require.NoError(t, err)
	<-done
	return true
}

func fullExport(t *testing.T, db string) string {
	t.Helper()
	return binMustRun(t, "export", "--db", db, "--format", "json", "--include-negated", "--isolated")
}

// crashReference loads the crash corpus without interruption: the
// inputs, how long the load took, and the export every crashed load must
// end with.
func crashReference(t *testing.T) (inputs []string, full time.Duration, want string) {
	t.Helper()
	inputs = crashCorpus(t)
	ref := filepath.Join(t.TempDir(), "ref")
	start := time.Now()
	binMustRun(t, append([]string{"load", "--db", ref}, inputs...)...)
	return inputs, time.Since(start), fullExport(t, ref)
}

// TestCrashDuringLoad kills 'actorgraph load' at random points: after each
// kill the database opens and passes check, and once the load is finished
// (by running it again) the export is the export of an uninterrupted load.
func TestCrashDuringLoad(t *testing.T) {
	if testing.Short() && os.Getenv(envCrashPoints) == "" {
		t.Skip("short: no crash points")
	}
	inputs, full, want := crashReference(t)

	points := crashPoints(t, 20)
	seed := time.Now().UnixNano()
	t.Logf("%d crash points, seed %d, an uninterrupted load takes %s", points, seed, full.Round(time.Millisecond))
	r := rand.New(rand.NewSource(seed))
	const perDB = 4 // kills in a row on one database before it is finished
	killed := 0
	for i := 0; i < points; i += perDB {
		db := filepath.Join(t.TempDir(), fmt.Sprintf("db%d", i))
		for j := i; j < min(i+perDB, points); j++ {
			// Anywhere from the start of the process to the end of an
			// uninterrupted load (opening, reading, committing, closing).
			d := time.Duration(r.Int63n(int64(full) + 1))
			if killAfter(t, d, append([]string{"load", "--db", db}, inputs...)...) {
				killed++
			}
			if _, err := os.Stat(db); err != nil {
				continue // killed before it created the database
			}
			code, out, errs := binRun(t, nil, "check", "--db", db)
			require.Equalf(t, 0, code, "check after a kill at %s (point %d, seed %d): %s%s", d, j, seed, out, errs)
		}
		binMustRun(t, append([]string{"load", "--db", db}, inputs...)...)
		require.Equalf(t, want, fullExport(t, db), "the export after kills (points %d-%d, seed %d) differs from an uninterrupted load's", i, min(i+perDB, points)-1, seed)
	}
	t.Logf("%d of %d loads killed before they ended", killed, points)
}

// TestCrashServerDuringIngest kills 'actorgraph serve' while 'actorgraph
// load' sends it articles: the database opens and passes check, and the
// load finished directly gives the export of an uninterrupted load.
func TestCrashServerDuringIngest(t *testing.T) {
	if testing.Short() && os.Getenv(envCrashPoints) == "" {
		t.Skip("short: no crash points")
	}
	inputs, full, want := crashReference(t)

	points := max(crashPoints(t, 20)/4, 1)
	seed := time.Now().UnixNano()
	t.Logf("%d server crash points, seed %d", points, seed)
	r := rand.New(rand.NewSource(seed))
	for i := range points {
		db := filepath.Join(t.TempDir(), fmt.Sprintf("db%d", i))
		srv := exec.Command(builtBinary(t), "serve", "--db", db, "--addr", "127.0.0.1:0", "--allow-writes", "--log-format", "none")
		var srvOut bytes.Buffer
		srv.Stdout, srv.Stderr = &srvOut, &srvOut
		require.NoError(t, srv.Start())
		srvDone := make(chan struct{})
		go func() { _ = srv.Wait(); close(srvDone) }()
		require.Eventually(t, func() bool {
			h, ok := graph.ReadHolder(db)
			return ok && h.Addr != "" && h.PID == srv.Process.Pid
		}, 30*time.Second, 20*time.Millisecond, "the server did not start: %s", &srvOut)

		ctx, cancel := context.WithCancel(context.Background())
		client := exec.CommandContext(ctx, builtBinary(t), append([]string{"load", "--db", db}, inputs...)...)
		clientOut := &lockedBuffer{}
		client.Stdout, client.Stderr = clientOut, clientOut
		require.NoError(t, client.Start())
		clientDone := make(chan error, 1)
		go func() { clientDone <- client.Wait() }()
		// The kill comes once the load goes through the server, anywhere
		// from there to the time of a whole load.
		require.Eventually(t, func() bool { return strings.Contains(clientOut.String(), "held by the server") },
			30*time.Second, 5*time.Millisecond, "the load did not go through the server: %s", clientOut)
		d := time.Duration(r.Int63n(int64(full) + 1))
		select {
		case <-time.After(d):
		case <-clientDone:
			clientDone <- nil
		}
		require.NoError(t, srv.Process.Signal(syscall.SIGKILL))
		<-srvDone
		select {
		case <-clientDone:
		case <-time.After(30 * time.Second):
			cancel()
			<-clientDone
			t.Fatalf("the load did not end after its server was killed: %s", clientOut)
		}
		cancel()

		code, out, errs := binRun(t, nil, "check", "--db", db)
		require.Equalf(t, 0, code, "check after the server was killed at %s (seed %d): %s%s", d, seed, out, errs)
		binMustRun(t, append([]string{"load", "--db", db}, inputs...)...)
		require.Equalf(t, want, fullExport(t, db), "the export after the server was killed at %s (seed %d) differs", d, seed)
	}
}
