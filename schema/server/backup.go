package server

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// DefaultMaxRestoreBytes is the default limit on the body of one POST
// /restore (see [Config.MaxRestoreBytes]).
const DefaultMaxRestoreBytes = 64 << 30 // 64 GiB

// Codes of the errors of /restore, in extensions.code of the answer.
const (
	CodeNotEmpty  = "NOT_EMPTY"  // 409: the database holds a graph and force was not given
	CodeBadBackup = "BAD_BACKUP" // 400: the body is not a backup this server reads
)

// gated runs every request but POST /restore under the read side of the
// server's gate, so that a restore (which takes the write side) runs alone:
// Badger's Load must not run beside other transactions. Requests that
// arrive during a restore wait for it.
func (s *Server) gated(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/restore" {
			next.ServeHTTP(w, r)
			return
		}
		s.gate.RLock()
		defer s.gate.RUnlock()
		next.ServeHTTP(w, r)
	})
}

// serveBackup answers GET /backup with a backup of the database (the
// format of "actorgraph backup": see [graph.Store.Backup]), streamed as it
// is made. When the server has a token, the request must carry it, as a
// write does (a backup holds every stored text); it needs no AllowWrites.
func (s *Server) serveBackup(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, "GET")
		return
	}
	if s.cfg.Token != "" {
		if ok, reason := s.authorized(r); !ok {
			w.Header().Set("WWW-Authenticate", `Bearer realm="actorgraph"`)
			writeError(w, http.StatusUnauthorized, CodeUnauthenticated, "a backup needs the server's token: "+reason)
			return
		}
	}
	if r.Method == http.MethodHead {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.WriteHeader(http.StatusOK)
		return
	}
	release, ok := s.acquireOrBusy(w, r)
	if !ok {
		return
	}
	defer release()
	out := &streamWriter{w: w, rc: http.NewResponseController(w), ctype: "application/octet-stream"}
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="actorgraph-%s.backup"`, time.Now().UTC().Format("20060102T150405Z")))
	_ = out.rc.SetWriteDeadline(time.Now().Add(exportIdle))
	bw := bufio.NewWriterSize(out, 256<<10)
	ctx := r.Context()
	_, err := s.store.Backup(ctx, bw)
	if err == nil {
		err = bw.Flush()
	}
	switch {
	case err == nil:
	case ctx.Err() != nil:
		// The client went away.
	case !out.started:
		s.log.Error("backup", "err", err)
		writeError(w, http.StatusInternalServerError, CodeInternal, "backup: "+err.Error())
	default:
		// The client sees a cut stream, which a restore refuses.
		s.log.Error("backup failed after it started; cutting the connection", "err", err)
		panic(http.ErrAbortHandler)
	}
}

// idleReader reads a request body with a fresh read deadline before each
// read, instead of the server's whole-request one.
type idleReader struct {
	r  io.Reader
	rc *http.ResponseController
}

func (ir idleReader) Read(p []byte) (int, error) {
	_ = ir.rc.SetReadDeadline(time.Now().Add(ingestIdle))
	return ir.r.Read(p)
}

// serveRestore answers POST /restore: the body is a backup (as GET /backup
// or "actorgraph backup" write it), which replaces the database. It needs
// AllowWrites and the token, refuses a database that holds a graph unless
// the parameter force is true, and answers the [graph.RestoreResult] as
// JSON. The body is first written to a temporary file and verified whole,
// so that a bad backup changes nothing; then every other request waits
// while the database is replaced and checked.
func (s *Server) serveRestore(w http.ResponseWriter, r *http.Request) {
	if !s.writeAllowed(w, r, "a restore") {
		return
	}
	force := false
	if v := r.URL.Query().Get("force"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			writeError(w, http.StatusBadRequest, CodeBadRequest, fmt.Sprintf("restore: force: want true or false, not %q", v))
			return
		}
		force = b
	}
	max := s.cfg.MaxRestoreBytes
	if r.ContentLength > max {
		writeError(w, http.StatusRequestEntityTooLarge, CodeBodyTooLarge,
			fmt.Sprintf("the backup is larger than this server's limit of %s (actorgraph serve --max-restore-bytes)", formatBytes(max)))
		return
	}
	ctx := r.Context()
	f, err := os.CreateTemp("", "actorgraph-restore-*.backup")
	if err != nil {
		s.log.Error("restore: spool", "err", err)
		writeError(w, http.StatusInternalServerError, CodeInternal, "restore: cannot make a temporary file: "+err.Error())
		return
	}
	defer func() {
		f.Close()
		os.Remove(f.Name())
	}()
	rc := http.NewResponseController(w)
	body := http.MaxBytesReader(w, r.Body, max)
	if _, err := io.Copy(f, idleReader{r: body, rc: rc}); err != nil {
		var mbe *http.MaxBytesError
		switch {
		case errors.As(err, &mbe):
			writeError(w, http.StatusRequestEntityTooLarge, CodeBodyTooLarge,
				fmt.Sprintf("the backup is larger than this server's limit of %s (actorgraph serve --max-restore-bytes)", formatBytes(max)))
		case ctx.Err() != nil:
		default:
			writeError(w, http.StatusBadRequest, CodeBadRequest, "restore: reading the backup: "+err.Error())
		}
		return
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, "restore: "+err.Error())
		return
	}
	_ = rc.SetWriteDeadline(time.Now().Add(exportIdle))
	s.gate.Lock()
	res, err := s.store.Restore(ctx, f, graph.RestoreOptions{Force: force})
	s.gate.Unlock()
	switch {
	case err == nil:
		s.log.Info("restored a backup", "keys", res.Keys, "decisions", res.Decisions, "replaced", res.Replaced)
		writeJSON(w, http.StatusOK, res)
	case errors.Is(err, graph.ErrNotEmpty):
		writeError(w, http.StatusConflict, CodeNotEmpty, err.Error()+" (POST /restore?force=true replaces it)")
	case errors.Is(err, graph.ErrBadBackup), errors.Is(err, graph.ErrVersion):
		writeError(w, http.StatusBadRequest, CodeBadBackup, err.Error())
	case errors.Is(err, graph.ErrDiskFull):
		s.log.Warn("restore refused", "err", err)
		writeError(w, http.StatusInsufficientStorage, CodeDiskFull, "restore: "+err.Error())
	case ctx.Err() != nil:
	default:
		s.log.Error("restore", "err", err)
		writeError(w, http.StatusInternalServerError, CodeInternal, err.Error())
	}
}
