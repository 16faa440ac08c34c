package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"

	"github.com/actorgraph/actorgraph/graph"
)

// The disk tests mount file systems (docs/ROBUSTNESS.md, "Disk full and
// read-only disk"): a small tmpfs that fills up, and a read-only bind
// mount. They need root (CI runs as root); elsewhere they skip, but under
// CI (CI=true, set by .ci/run) they fail instead, so that CI never passes
// without them.

// skipOrFail skips the test with the reason, or fails it under CI.
func skipOrFail(t *testing.T, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s: CI must run this test (as root, with mount)", msg)
	}
	t.Skip(msg)
}

// canMount skips (or fails under CI) unless this process may mount.
func canMount(t *testing.T) {
	t.Helper()
	switch {
	case runtime.GOOS != "linux":
		skipOrFail(t, "mounts a tmpfs: Linux only")
	case os.Geteuid() != 0:
		skipOrFail(t, "mounts a tmpfs and a read-only bind mount: needs root")
	}
	if _, err := exec.LookPath("mount"); err != nil {
		skipOrFail(t, "mount(8) is not installed (Debian: mount)")
	}
}

// mount runs mount(8) with args, skipping (or failing under CI) when it is
// not permitted, and unmounts dir at the end of the test.
func mount(t *testing.T, dir string, args ...string) {
	t.Helper()
	out, err := exec.Command("mount", args...).CombinedOutput()
	if err != nil {
		skipOrFail(t, "mount %s: %v: %s", strings.Join(args, " "), err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil && !strings.Contains(string(out), "not mounted") {
			// Something still holds it: detach it now, it goes when freed.
			t.Logf("umount %s: %v: %s; detaching it (umount -l)", dir, err, out)
			_ = exec.Command("umount", "-l", dir).Run()
		}
	})
}

// mountTmpfs mounts a tmpfs of sizeMiB MiB in a new directory.
func mountTmpfs(t *testing.T, sizeMiB int) string {
	t.Helper()
	canMount(t)
	dir := t.TempDir()
	mount(t, dir, "-t", "tmpfs", "-o", fmt.Sprintf("size=%dm", sizeMiB), "tmpfs", dir)
	return dir
}

// freeSpace returns the bytes free on dir's file system.
func freeSpace(t *testing.T, dir string) int64 {
	t.Helper()
	var st unix.Statfs_t
	require.NoError(t, unix.Statfs(dir, &st))
	return int64(st.Bavail) * int64(st.Bsize)
}

// requireNoCrash fails when a command's output shows a panic or a fatal
// runtime error (Badger's SIGBUS on a full disk is "fatal error: fault").
func requireNoCrash(t *testing.T, stderr string) {
	t.Helper()
	for _, s := range []string{"panic", "fatal error", "SIGBUS", "goroutine ", "internal error"} {
		require.NotContainsf(t, stderr, s, "the command crashed:\n%s", firstLines(stderr, 30))
	}
}

// TestDiskFullLoad loads into a database on a 48 MiB tmpfs with a headroom
// of 32 MiB: a small corpus fits; a bigger one fills the disk down to the
// headroom, and the load stops with a clear message (exit status 1, no
// crash) after committing some of it. Every article stored before is
// unchanged, check passes (read-only while the disk is short, then read
// and write), and once the file system is grown the same load finishes,
// loading only what was missing. (Without the headroom,
// --min-free 0, Badger dies of SIGBUS when the tmpfs fills:
// docs/ROBUSTNESS.md.)
func TestDiskFullLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("short: loads 1 800 articles twice")
	}
	tmp := mountTmpfs(t, 48)
	db := filepath.Join(tmp, "db")
	src := t.TempDir()
	small, big := filepath.Join(src, "small"), filepath.Join(src, "big")
	binMustRun(t, "gen", "--articles", "200", "--seed", "1", "--out", small, "--progress", "never")
	binMustRun(t, "gen", "--articles", "1600", "--seed", "2", "--format", "jsonl", "--out", big, "--progress", "never")
	const minFree = "32MiB"

	code, out, errs := binRun(t, nil, "load", "--db", db, "--min-free", minFree, "--progress", "never", small)
	require.Equalf(t, 0, code, "the small load fits: %s%s", out, errs)
	before := storedArticles(t, db)
	require.Len(t, before, 200)
	t.Logf("after the small load: %.1f MiB free of 48", float64(freeSpace(t, tmp))/(1<<20))

	code, out, errs = binRun(t, nil, "load", "--db", db, "--min-free", minFree, "--progress", "never", big)
	t.Logf("the big load: exit %d\n%s%s", code, out, firstLines(errs, 6))
	requireNoCrash(t, errs)
	require.Equal(t, exitFailed, code, "the load that runs out of space fails")
	assert.Contains(t, errs, "not enough free disk space for "+db)
	assert.Regexp(t, `[0-9.]+ MiB free, 32\.0 MiB of headroom needed`, errs)
	assert.Contains(t, errs, "free some space")

	after := storedArticles(t, db)
	t.Logf("%d articles stored when the load stopped (of 1 800); %.1f MiB free", len(after), float64(freeSpace(t, tmp))/(1<<20))
	require.Greater(t, len(after), len(before), "the load stopped part way, not at open")
	require.Less(t, len(after), 1800, "the load stopped before its end")
	for id, rec := range before {
		require.Equalf(t, rec, after[id], "article %s stored before the failing load changed", id)
	}

	// With the default headroom (256 MiB) check cannot open the database
	// for writing on this disk: it checks read-only.
	code, out, errs = binRun(t, nil, "check", "--db", db)
	require.Equalf(t, 0, code, "check: %s%s", out, errs)
	assert.Contains(t, out, "consistent")
	assert.Contains(t, errs, "checking read-only")
	code, out, errs = binRun(t, nil, "check", "--db", db, "--min-free", minFree)
	require.Equalf(t, 0, code, "check, read and write: %s%s", out, errs)
	assert.NotContains(t, errs, "read-only")

	// Room again: the same load finishes (that a finished load gives the
	// graph of an uninterrupted one is TestCrashDuringLoad's business).
	out2, err := exec.Command("mount", "-o", "remount,size=256m", tmp).CombinedOutput()
	require.NoError(t, err, "%s", out2)
	out = binMustRun(t, "load", "--db", db, "--min-free", minFree, "--progress", "never", big)
	assert.Contains(t, out, fmt.Sprintf("%d new", 1800-len(after)), "the articles stored before are not loaded again")
	final := storedArticles(t, db)
	require.Len(t, final, 1800)
	for id, rec := range after {
		require.Equalf(t, rec, final[id], "article %s stored by the stopped load changed", id)
	}
	assert.Contains(t, binMustRun(t, "check", "--db", db), "consistent")
}

// TestDiskFullServer serves a database on a 32 MiB tmpfs with a headroom
// of 8 MiB, then fills the disk: POST /ingest is refused with 507 and the
// ingestArticle mutation with DISK_FULL, 'actorgraph load' through the
// server fails with the server's message, and reads are still answered;
// once space is freed, ingest works again; a disk that fills while an
// ingest streams stops it with DISK_FULL in its summary; check passes.
func TestDiskFullServer(t *testing.T) {
	tmp := mountTmpfs(t, 32)
	db := filepath.Join(tmp, "db")
	mustRun(t, "load", "--db", db, "--min-free", "4MiB", filepath.Join(repo, "testdata", "articles"))
	want := jsonExport(t, db)
	srv := serve(t, db, nil, "--allow-writes", "--min-free", "8MiB", "--log-format", "none")
	base := strings.TrimSuffix(srv.url, "/graphql")

	filler := filepath.Join(tmp, "filler")
	free := freeSpace(t, tmp)
	require.Greater(t, free, int64(12<<20), "the tmpfs has room for the test")
	require.NoError(t, os.WriteFile(filler, make([]byte, free-(4<<20)), 0o600))
	t.Logf("filled the tmpfs: %.1f MiB free", float64(freeSpace(t, tmp))/(1<<20))

	article := `{"id":"disk-full-1","lang":"en","date":"2024-06","text":"The Wagner Group trains the Malian army, officials said."}` + "\n"
	post := func(path, ctype, body string) (int, string) {
		t.Helper()
		resp, err := http.Post(base+path, ctype, strings.NewReader(body))
		require.NoError(t, err)
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return resp.StatusCode, string(b)
	}
	status, body := post("/ingest", "application/x-ndjson", article)
	require.Equal(t, http.StatusInsufficientStorage, status, body)
	var e struct {
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	require.NoError(t, json.Unmarshal([]byte(body), &e), body)
	require.NotEmpty(t, e.Errors, body)
	assert.Equal(t, "DISK_FULL", e.Errors[0].Extensions["code"])
	assert.Contains(t, e.Errors[0].Message, "not enough free disk space for "+db)

	status, body = post("/graphql", "application/json", `{"query":"mutation { ingestArticle(text: \"Turkey supplies drones to Mali.\", id: \"disk-full-2\", lang: \"en\") { status } }"}`)
	require.Equal(t, http.StatusOK, status, body)
	assert.Contains(t, body, `"DISK_FULL"`)

	status, body = post("/graphql", "application/json", `{"query":"{ stats { articles actors } }"}`)
	require.Equal(t, http.StatusOK, status, body)
	assert.NotContains(t, body, `"errors"`)
	assert.Contains(t, body, `"articles"`)

	code, out, errs := run(t, "load", "--db", db, filepath.Join(repo, "testdata", "claims"))
	requireNoCrash(t, errs)
	assert.Equal(t, exitFailed, code, "%s%s", out, errs)
	assert.Contains(t, errs, "not enough free disk space")
	assert.Equal(t, want, jsonExport(t, db), "the export (through the server) still answers, unchanged")

	require.NoError(t, os.Remove(filler))
	status, body = post("/ingest", "application/x-ndjson", article)
	require.Equal(t, http.StatusOK, status, body)
	assert.Contains(t, body, `"ok":true`)

	// The disk fills while an ingest streams: the line after stops the
	// stream, whose summary says DISK_FULL (the status, 200, was sent).
	pr, pw := io.Pipe()
	req, err := http.NewRequest(http.MethodPost, base+"/ingest", pr)
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-ndjson")
	type answer struct {
		resp *http.Response
		err  error
	}
	answered := make(chan answer, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		answered <- answer{resp, err}
	}()
	_, err = io.WriteString(pw, `{"id":"stream-1","lang":"en","text":"Russia supplies helicopters to Mali."}`+"\n")
	require.NoError(t, err)
	a := <-answered
	require.NoError(t, a.err)
	defer a.resp.Body.Close()
	require.Equal(t, http.StatusOK, a.resp.StatusCode)
	lines := bufio.NewScanner(a.resp.Body)
	require.True(t, lines.Scan(), "the answer to the first line")
	require.Contains(t, lines.Text(), `"ok":true`)
	require.NoError(t, os.WriteFile(filler, make([]byte, freeSpace(t, tmp)-(4<<20)), 0o600))
	_, err = io.WriteString(pw, `{"id":"stream-2","lang":"en","text":"Russia supplies helicopters to Niger."}`+"\n")
	require.NoError(t, err)
	require.NoError(t, pw.Close())
	var last string
	for lines.Scan() {
		last = lines.Text()
	}
	assert.Contains(t, last, `"code":"DISK_FULL"`, "the summary line")
	assert.Contains(t, last, "not enough free disk space")
	require.NoError(t, os.Remove(filler))
	require.Equal(t, 0, srv.stop(), srv.stderr.String())
	out = mustRun(t, "check", "--db", db, "--min-free", "4MiB")
	assert.Contains(t, out, "consistent")
}

// TestReadOnlyMount loads a database, bind-mounts it read-only, and runs
// the commands on the read-only path: load (and check --repair, restore)
// fail with "read-only file system" and no crash; export, stats, check and
// backup work and give what the read-write path gives. Unmounted, the
// database opens read and write and passes check.
func TestReadOnlyMount(t *testing.T) {
	canMount(t)
	src := filepath.Join(t.TempDir(), "db")
	mustRun(t, "load", "--db", src, filepath.Join(repo, "testdata", "articles"))
	wantExport := jsonExport(t, src)
	wantStats := mustRun(t, "stats", "--db", src)

	ro := roBind(t, src)
	require.Error(t, os.WriteFile(filepath.Join(ro, "probe"), nil, 0o600), "the bind mount is read-only, even for root")

	tests := []struct {
		name string
		args []string
	}{
		{"load", []string{"load", "--db", ro, filepath.Join(repo, "testdata", "claims")}},
		{"check --repair", []string{"check", "--repair", "--db", ro}},
		{"merge", []string{"merge", "--db", ro, "wagner-group", "mali"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, tt.args...)
			requireNoCrash(t, errs)
			assert.Equal(t, exitFailed, code, "%s%s", out, errs)
			assert.Contains(t, errs, "read-only file system")
			assert.Contains(t, errs, ro)
		})
	}
	backup := filepath.Join(t.TempDir(), "ro.backup")
	mustRun(t, "backup", "--db", ro, backup)
	code, out2, errs := run(t, "restore", "--db", ro, "--force", backup)
	requireNoCrash(t, errs)
	assert.Equal(t, exitFailed, code, "%s%s", out2, errs)
	assert.Contains(t, errs, "read-only file system")

	assert.Equal(t, wantExport, jsonExport(t, ro), "export reads the read-only mount")
	assert.Equal(t, wantStats, mustRun(t, "stats", "--db", ro))
	code, out2, errs = run(t, "check", "--db", ro)
	require.Equalf(t, 0, code, "check on the read-only mount: %s%s", out2, errs)
	assert.Contains(t, out2, "consistent")
	assert.Contains(t, errs, "read-only file system")

	// Nothing was written through the read-only path: unmounted, the
	// database is the one loaded, and takes writes again.
	out, err := exec.Command("umount", ro).CombinedOutput()
	require.NoError(t, err, "%s", out)
	assert.Contains(t, mustRun(t, "check", "--db", src), "consistent")
	assert.Equal(t, wantExport, jsonExport(t, src))
	mustRun(t, "load", "--db", src, filepath.Join(repo, "testdata", "claims"))
	assert.Contains(t, mustRun(t, "check", "--db", src), "consistent")
}

// roBind bind-mounts src read-only on a new directory and returns it.
func roBind(t *testing.T, src string) string {
	t.Helper()
	ro := t.TempDir()
	mount(t, ro, "--bind", src, ro)
	out, err := exec.Command("mount", "-o", "remount,bind,ro", ro).CombinedOutput()
	require.NoError(t, err, "%s", out)
	return ro
}

// TestReadOnlyMountUnclean kills a server (SIGKILL) just after it stored
// an article, so that the database is not closed cleanly, then reads it
// through a read-only mount: Badger's read-only mode cannot finish the
// write-ahead log, and the commands say so and what to do (open it once
// for writing). After one check on the writable path, the read-only
// mount reads the database, the article included.
func TestReadOnlyMountUnclean(t *testing.T) {
	canMount(t)
	db := filepath.Join(t.TempDir(), "db")
	binMustRun(t, "load", "--db", db, filepath.Join(repo, "testdata", "articles"))
	srv := exec.Command(builtBinary(t), "serve", "--db", db, "--addr", "127.0.0.1:0", "--allow-writes", "--log-format", "none")
	require.NoError(t, srv.Start())
	srvDone := make(chan struct{})
	go func() { _ = srv.Wait(); close(srvDone) }()
	t.Cleanup(func() { _ = srv.Process.Kill(); <-srvDone })
	var addr string
	require.Eventually(t, func() bool {
		h, ok := graph.ReadHolder(db)
		addr = h.Addr
		return ok && h.Addr != "" && h.PID == srv.Process.Pid
	}, 30*time.Second, 20*time.Millisecond, "the server did not start")
	resp, err := http.Post(strings.TrimSuffix(addr, "/")+"/ingest", "application/x-ndjson",
		strings.NewReader(`{"id":"unclean-1","lang":"en","date":"2024-06","text":"The Wagner Group trains the Malian army, officials said."}`+"\n"))
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Contains(t, string(body), `"ok":true`)
	require.NoError(t, srv.Process.Signal(unix.SIGKILL))
	<-srvDone

	ro := roBind(t, db)
	code, out, errs := binRun(t, nil, "stats", "--db", ro)
	requireNoCrash(t, errs)
	assert.Equal(t, exitFailed, code, "%s%s", out, errs)
	assert.Contains(t, errs, "not closed cleanly")
	assert.Contains(t, errs, "open it once for writing")
	out2, err := exec.Command("umount", ro).CombinedOutput()
	require.NoError(t, err, "%s", out2)

	assert.Contains(t, binMustRun(t, "check", "--db", db), "consistent")
	ro = roBind(t, db)
	assert.Contains(t, binMustRun(t, "export", "--db", ro, "--format", "json"), "unclean-1")
}
