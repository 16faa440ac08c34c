package graph

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/pb"
	"google.golang.org/protobuf/proto"

	"github.com/actorgraph/actorgraph/graph/internal/keys"
)

// A backup file is one header line, then Badger's backup stream (what
// badger.DB.Backup writes: frames of an 8-byte little-endian length and a
// protobuf KVList):
//
//	actorgraph-backup {"format":1,"layout":2,"created":"2026-11-26T03:40:00Z"}\n
//	<badger backup stream>
//
// The header lets a restore refuse a backup of another layout before it
// touches the database.
const (
	backupMagic = "actorgraph-backup "
	// BackupFormat is the version of the backup file format this build
	// writes and reads.
	BackupFormat = 1
	// maxBackupFrame bounds one frame of the stream (Badger writes frames of
	// about 16 to 100 MiB): a corrupt or hostile length is refused instead of
	// being allocated.
	maxBackupFrame = 512 << 20
	// maxBackupHeader bounds the header line.
	maxBackupHeader = 4 << 10
	// bitDelete marks a delete in a KV's Meta (Badger's bitDelete).
	bitDelete = 1
)

// ErrBadBackup is returned by [Store.Restore] and [VerifyBackup] when the
// input is not a backup this build reads: no header, a truncated or corrupt
// stream, a key outside the layout.
var ErrBadBackup = errors.New("not a valid actorgraph backup")

// ErrNotEmpty is returned by [Store.Restore] when the database already
// holds a graph and RestoreOptions.Force is not set.
var ErrNotEmpty = errors.New("database is not empty")

// BackupHeader is the first line of a backup file.
type BackupHeader struct {
	// Format is the backup file format (BackupFormat).
	Format int `json:"format"`
	// Layout is the storage layout version of the database backed up
	// (LayoutVersion of the build that wrote it).
	Layout int `json:"layout"`
	// Created is when the backup started, UTC.
	Created time.Time `json:"created"`
}

// BackupInfo describes a backup written by [Store.Backup] or read by
// [VerifyBackup] and [Store.Restore].
type BackupInfo struct {
	Header BackupHeader `json:"header"`
	// Bytes is the size of the backup, header included.
	Bytes int64 `json:"bytes"`
	// Keys counts the key versions in the stream (VerifyBackup and Restore
	// of a seekable input only; 0 otherwise).
	Keys int `json:"keys,omitempty"`
	// Decisions counts the curation decisions (j/ keys) among them.
	Decisions int `json:"decisions,omitempty"`
}

// RestoreOptions configure [Store.Restore]. The zero value refuses to
// restore over a database that holds a graph.
type RestoreOptions struct {
	// Force replaces whatever the database holds by the backup.
	Force bool
}

// RestoreResult is what [Store.Restore] did.
type RestoreResult struct {
	BackupInfo
	// Replaced is set when a non-empty database was replaced (Force).
	Replaced bool `json:"replaced"`
	// Check is the consistency check run on the restored database.
	Check *CheckReport `json:"check"`
}

// ctxWriter fails its writes once ctx is done, so that a backup stops
// when its caller goes away (Badger's Stream.Backup takes no context).
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
	n   int64
}

func (w *ctxWriter) Write(p []byte) (int, error) {
	if err := w.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := w.w.Write(p)
	w.n += int64(n)
	return n, err
}

// Backup writes a consistent snapshot of the whole database (graph,
// articles with their texts, curation log) to w: a header line, then
// Badger's backup stream. Writes and reads go on meanwhile; what is
// committed after the snapshot is not in the backup. Backup works on a
// read-only store too.
func (s *Store) Backup(ctx context.Context, w io.Writer) (*BackupInfo, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("graph: backup: %w", err)
	}
	h := BackupHeader{Format: BackupFormat, Layout: LayoutVersion, Created: time.Now().UTC().Truncate(time.Second)}
	hb, err := json.Marshal(h)
	if err != nil {
		return nil, fmt.Errorf("graph: backup: %w", err)
	}
	cw := &ctxWriter{ctx: ctx, w: w}
	if _, err := io.WriteString(cw, backupMagic+string(hb)+"\n"); err != nil {
		return nil, fmt.Errorf("graph: backup: write header: %w", err)
	}
	stream := s.db.NewStream()
	stream.LogPrefix = "actorgraph backup"
	if _, err := stream.Backup(cw, 0); err != nil {
		if cerr := ctx.Err(); cerr != nil {
			err = cerr
		}
		return nil, fmt.Errorf("graph: backup: %w", err)
	}
	return &BackupInfo{Header: h, Bytes: cw.n}, nil
}

// readBackupHeader reads and checks the header line of a backup.
func readBackupHeader(br *bufio.Reader) (BackupHeader, int64, error) {
	var h BackupHeader
	line, err := br.ReadSlice('\n')
	if err != nil {
		if errors.Is(err, bufio.ErrBufferFull) || len(line) >= maxBackupHeader {
			return h, 0, fmt.Errorf("%w: the first line is not a backup header", ErrBadBackup)
		}
		if len(line) == 0 {
			return h, 0, fmt.Errorf("%w: the file is empty", ErrBadBackup)
		}
		return h, 0, fmt.Errorf("%w: the first line is not a backup header", ErrBadBackup)
	}
	n := int64(len(line))
	rest, ok := bytes.CutPrefix(bytes.TrimRight(line, "\r\n"), []byte(backupMagic))
	if !ok {
		return h, n, fmt.Errorf("%w: the first line is not a backup header (made by 'actorgraph backup'?)", ErrBadBackup)
	}
	if err := json.Unmarshal(rest, &h); err != nil {
		return h, n, fmt.Errorf("%w: header: %v", ErrBadBackup, err)
	}
	if h.Format != BackupFormat {
		return h, n, fmt.Errorf("%w: backup format %d, this build reads format %d", ErrBadBackup, h.Format, BackupFormat)
	}
	if h.Layout != LayoutVersion {
		return h, n, fmt.Errorf("%w: the backup has layout version %d, this build reads version %d (restore it with a matching actorgraph, then run actorgraph rebuild)", ErrVersion, h.Layout, LayoutVersion)
	}
	return h, n, nil
}

// frameReader reads Badger's backup stream one whole frame at a time and
// checks each (its length, its protobuf, every key) before passing it on,
// so that Badger's Load only ever sees whole, valid frames. A bad or
// truncated frame, or the end of ctx, ends the stream early, as a clean
// end of file for Load, with the reason in err: Load then finishes
// normally (a Load that fails half way leaves Badger waiting forever for
// its watermark) and the caller drops what was loaded.
type frameReader struct {
	ctx     context.Context
	r       io.Reader
	n       int64 // bytes of the stream read
	buf     bytes.Buffer
	pending []byte
	err     error
	info    *BackupInfo
	version []byte
	// free, when set (a restore), checks the free disk space every
	// freeEvery bytes of the stream: Badger's Load writes as it reads.
	free    func() error
	checked int64
}

// freeEvery is how often a restore checks the free disk space, in bytes
// of the backup stream.
const freeEvery = 8 << 20

func (f *frameReader) Read(p []byte) (int, error) {
	for len(f.pending) == 0 {
		if f.err != nil {
			return 0, io.EOF
		}
		frame, err := f.next()
		if err != nil {
			if err != io.EOF {
				f.err = err
			}
			return 0, io.EOF
		}
		f.pending = frame
	}
	n := copy(p, f.pending)
	f.pending = f.pending[n:]
	return n, nil
}

// next reads and checks one frame, returning it with its length; io.EOF
// at the clean end of the stream.
func (f *frameReader) next() ([]byte, error) {
	if err := f.ctx.Err(); err != nil {
		return nil, err
	}
	if f.free != nil && f.n-f.checked >= freeEvery {
		f.checked = f.n
		if err := f.free(); err != nil {
			return nil, err
		}
	}
	var lb [8]byte
	n, err := io.ReadFull(f.r, lb[:])
	f.n += int64(n)
	if err == io.EOF {
		return nil, io.EOF
	}
	if err != nil {
		return nil, fmt.Errorf("%w: truncated at byte %d of the stream", ErrBadBackup, f.n)
	}
	sz := binary.LittleEndian.Uint64(lb[:])
	if sz > maxBackupFrame {
		return nil, fmt.Errorf("%w: a frame of %d bytes at byte %d of the stream (the limit is %d)", ErrBadBackup, sz, f.n-8, maxBackupFrame)
	}
	// The buffer grows with what is read, not with what the length
	// claims: a short hostile input allocates little.
	f.buf.Reset()
	f.buf.Write(lb[:])
	m, err := io.CopyN(&f.buf, f.r, int64(sz))
	f.n += m
	if err != nil {
		if cerr := f.ctx.Err(); cerr != nil {
			return nil, cerr
		}
		return nil, fmt.Errorf("%w: truncated at byte %d of the stream", ErrBadBackup, f.n)
	}
	frame := f.buf.Bytes()
	var list pb.KVList
	if err := proto.Unmarshal(frame[8:], &list); err != nil {
		return nil, fmt.Errorf("%w: corrupt frame at byte %d of the stream: %v", ErrBadBackup, f.n-int64(sz)-8, err)
	}
	for _, kv := range list.Kv {
		if len(kv.Meta) > 0 && kv.Meta[0]&bitDelete != 0 {
			continue // a delete marker
		}
		if _, err := keys.Parse(kv.Key); err != nil {
			return nil, fmt.Errorf("%w: key %s: %v", ErrBadBackup, printable(kv.Key), err)
		}
		f.info.Keys++
		if bytes.HasPrefix(kv.Key, []byte("j/")) {
			f.info.Decisions++
		}
		if bytes.Equal(kv.Key, keys.Version) {
			f.version = append([]byte(nil), kv.Value...)
		}
	}
	return frame, nil
}

// checkVersion checks the layout version the stream held.
func (f *frameReader) checkVersion() error {
	if f.version == nil {
		return fmt.Errorf("%w: no layout version in the stream (an empty or truncated backup)", ErrBadBackup)
	}
	if want := fmt.Sprint(LayoutVersion); string(f.version) != want {
		return fmt.Errorf("%w: the stream holds layout version %s, this build reads version %s", ErrVersion, f.version, want)
	}
	return nil
}

// VerifyBackup reads a whole backup from r and checks it: the header, the
// layout version, every frame of the stream, and that every key belongs to
// the layout. It writes nothing.
func VerifyBackup(ctx context.Context, r io.Reader) (*BackupInfo, error) {
	info, err := verifyBackup(ctx, r)
	if err != nil {
		return nil, fmt.Errorf("graph: verify backup: %w", err)
	}
	return info, nil
}

func verifyBackup(ctx context.Context, r io.Reader) (*BackupInfo, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	h, hn, err := readBackupHeader(br)
	if err != nil {
		return nil, err
	}
	info := &BackupInfo{Header: h}
	f := &frameReader{ctx: ctx, r: br, info: info}
	for {
		_, err := f.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	info.Bytes = hn + f.n
	if err := f.checkVersion(); err != nil {
		return nil, err
	}
	return info, nil
}

// isEmpty reports whether the database holds nothing but its metadata
// (m/ keys): no article, actor or decision.
func (s *Store) isEmpty() (bool, error) {
	empty := true
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if !bytes.HasPrefix(it.Item().Key(), []byte("m/")) {
				empty = false
				return nil
			}
		}
		return nil
	})
	return empty, err
}

// hasNoDecisions reports whether the database holds no redirect, curation
// or curated alias (the state the decision log leaves).
func (s *Store) hasNoDecisions() (bool, error) {
	none := true
	err := s.db.View(func(txn *badger.Txn) error {
		for _, prefix := range [][]byte{keys.Redirect, keys.Curation, keys.Curated} {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
			it.Seek(prefix)
			found := it.ValidForPrefix(prefix)
			it.Close()
			if found {
				none = false
				return nil
			}
		}
		return nil
	})
	return none, err
}

// exclusive runs fn with the writer idle and no write queued: new writes
// wait until fn returns. Reads are not stopped; the caller keeps them out
// when fn rewrites the database (the server does).
func (s *Store) exclusive(ctx context.Context, fn func() error) error {
	if s.opts.ReadOnly {
		return ErrReadOnly
	}
	s.closeMu.Lock()
	defer s.closeMu.Unlock()
	if s.closed {
		return ErrClosed
	}
	// A request that writes nothing, queued behind every write already
	// queued: once it is answered, the writer waits on the (now closed to
	// others) queue.
	req := &writeReq{ctx: context.WithoutCancel(ctx), op: opNoop, res: make(chan writeResult, 1)}
	s.reqs <- req
	<-req.res
	err := fn()
	// fn may have rewritten the database under the writer's cache of
	// committed records: drop it (the writer is idle, and the next
	// request reaches it after closeMu is released).
	s.cache.reset()
	// Nor does the filter of keys written know what fn wrote (absent.go),
	// nor whether it wrote decisions.
	s.written.Store(nil)
	s.noDecisions.Store(false)
	return err
}

// Restore replaces the database by the backup read from r (as written by
// [Store.Backup]) and checks the result.
//
// It refuses, with an error wrapping [ErrVersion], a backup of another
// layout version, and, with one wrapping [ErrNotEmpty], a database that
// holds a graph unless o.Force is set. When r is an [io.ReadSeeker] (a
// file), the whole backup is verified ([VerifyBackup]) before anything is
// replaced; otherwise a backup found corrupt half way leaves the database
// empty (never half restored). Writes wait while the restore runs; reads
// must be kept out by the caller (Badger's Load wants no concurrent
// transaction), as the server does.
//
// It refuses with an error matching [ErrDiskFull] when the free disk
// space is below the store's headroom (Options.MinFree), before it
// replaces anything and then every 8 MiB of the stream as it loads (a
// restore stopped there leaves the database empty).
//
// Pending curation decisions in the backup are applied, then [Store.Check]
// runs; its report is in the result, and an inconsistent result is an
// error too.
func (s *Store) Restore(ctx context.Context, r io.Reader, o RestoreOptions) (*RestoreResult, error) {
	res := &RestoreResult{}
	if rs, ok := r.(io.ReadSeeker); ok {
		start, err := rs.Seek(0, io.SeekCurrent)
		if err != nil {
			return nil, fmt.Errorf("graph: restore: %w", err)
		}
		if _, err := verifyBackup(ctx, rs); err != nil {
			return nil, fmt.Errorf("graph: restore: %w", err)
		}
		if _, err := rs.Seek(start, io.SeekStart); err != nil {
			return nil, fmt.Errorf("graph: restore: %w", err)
		}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	h, hn, err := readBackupHeader(br)
	if err != nil {
		return nil, fmt.Errorf("graph: restore: %w", err)
	}
	res.Header = h
	err = s.exclusive(ctx, func() error {
		empty, err := s.isEmpty()
		if err != nil {
			return err
		}
		if !empty && !o.Force {
			return fmt.Errorf("%w: it holds a graph; restoring would replace it (use --force, or restore into a new --db)", ErrNotEmpty)
		}
		res.Replaced = !empty
		if err := s.checkFree(); err != nil {
			return err
		}
		if err := s.db.DropAll(); err != nil {
			return fmt.Errorf("drop the database: %w", err)
		}
		res.BackupInfo = BackupInfo{Header: h}
		fr := &frameReader{ctx: ctx, r: br, info: &res.BackupInfo, free: s.checkFree}
		lerr := s.db.Load(fr, 256)
		if lerr == nil {
			lerr = fr.err
		}
		if lerr == nil {
			lerr = fr.checkVersion()
		}
		if lerr == nil {
			lerr = s.checkVersion()
		}
		if lerr != nil {
			// Leave an empty database, not half a backup.
			if derr := s.db.DropAll(); derr != nil {
				return fmt.Errorf("%w; and emptying the half-restored database failed: %v", lerr, derr)
			}
			if verr := s.checkVersion(); verr != nil {
				return fmt.Errorf("%w; and resetting the database failed: %v", lerr, verr)
			}
			return fmt.Errorf("%w (the database is left empty)", lerr)
		}
		res.Bytes = hn + fr.n
		// Finish applying a decision the backup caught half applied.
		if err := s.drainPending(nil); err != nil {
			return fmt.Errorf("resume decisions: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("graph: restore: %w", err)
	}
	rep, err := s.Check(ctx)
	if err != nil {
		return res, fmt.Errorf("graph: restore: check: %w", err)
	}
	res.Check = rep
	if !rep.OK() {
		return res, fmt.Errorf("graph: restore: the restored database is inconsistent: %d differences (first: %s)", rep.Total, rep.Differences[0])
	}
	return res, nil
}
