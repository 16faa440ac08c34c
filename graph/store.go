package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/actorgraph/actorgraph/graph/internal/keys"
)

// LayoutVersion is the storage layout this build reads and writes.
const LayoutVersion = 3

// DefaultMaxArticleBytes is the default limit on an article's text: 5 MiB.
const DefaultMaxArticleBytes = 5 << 20

// HolderFile is the file, in the database directory, where the process
// holding the database records who it is (pid, command, address).
const HolderFile = "actorgraph.holder"

// Options configure [Open]. The zero value (or nil) means: on disk, read
// and write, no fsync on commit, no logging, the default limits.
type Options struct {
	// InMemory keeps the whole database in memory (tests, examples); the
	// directory is ignored.
	InMemory bool
	// ReadOnly opens the database without the writer; writes return
	// ErrReadOnly. Several read-only processes may share a directory.
	// A read-only store keeps a block cache of ReadOnlyBlockCacheSize
	// rather than Badger's 256 MiB: its reads are one-shot (an export, a
	// query from the command line) and a cache that fills with a scan of
	// the whole database is memory for nothing (BENCHMARKS.md, "Export
	// memory"). Badger, below, may set another.
	ReadOnly bool
	// SyncWrites makes every commit wait for fsync: slower, but a power
	// loss cannot lose a committed article.
	SyncWrites bool
	// Logger receives the store's and Badger's messages; nil is silent.
	Logger *slog.Logger
	// MaxArticleBytes refuses articles whose text is longer;
	// 0 means DefaultMaxArticleBytes.
	MaxArticleBytes int
	// MaxBatchArticles and MaxBatchBytes bound one group commit;
	// 0 means 256 articles and 8 MiB of keys and values.
	MaxBatchArticles int
	MaxBatchBytes    int
	// BatchWait, when positive, lets the writer wait up to this long
	// after the first article of a group for more articles, until the
	// group holds MinBatchArticles (0 means half of MaxBatchArticles):
	// fewer, larger commits. Every commit rewrites the records of the hub
	// actors and relations its articles touch, so a stream of small
	// commits writes those records again and again, and Badger compacts
	// every version: a 100k-article load committed groups of 3 articles
	// without it and spent a fifth more CPU per article (BENCHMARKS.md,
	// "Group commits in a load"). For a caller that ingests a stream of
	// articles from many goroutines (actorgraph load: 100 ms, 128); an
	// article ingested alone waits the whole BatchWait, so 0 (no wait) is
	// the default.
	BatchWait        time.Duration
	MinBatchArticles int
	// Badger, when set, adjusts the Badger options before opening
	// (memtable size, cache, compression; see BENCHMARKS.md).
	Badger func(badger.Options) badger.Options
	// OlderLayout lets a ReadOnly store open a database of the layout
	// before this one ([OlderLayoutVersion]), for actorgraph rebuild: such
	// a store serves only what a rebuild reads — [Tx.EachArticle],
	// [Tx.StoredClaims] and the decision log — and its other reads fail.
	OlderLayout bool
	// MinFree is the headroom of free disk space, in bytes, below which a
	// writable store refuses to open and its writes fail with
	// [ErrDiskFull] (checked when it opens and before each batch its
	// writer commits, which is at most MaxBatchBytes). 0 means 4 × Badger's
	// memtable size ([DefaultMinFree], 256 MiB, with the store's Badger
	// options): room for the memtable's write-ahead log, the level-0 table
	// its flush writes and the tables compactions write before they drop
	// the old ones. Negative disables the check: at a truly full disk
	// Badger dies of SIGBUS (docs/ROBUSTNESS.md). Ignored in memory and
	// read-only.
	MinFree int64
}

// OlderLayoutVersion is the layout a store opened with Options.OlderLayout
// may hold: version 2, whose records were JSON.
const OlderLayoutVersion = 2

// textValueThreshold is the Badger value threshold: values of this size or
// more go to the value log, the others into the LSM tree. Texts with
// their claims (the t/ records: about 9 KB an article, 3 KB compressed)
// are above it; every other record is below it (under 1 KiB in generated
// corpora of 100k articles: the largest are actor records of hubs), so
// the records rewritten at every batch stay in the LSM tree and leave no
// garbage in the value log. Texts are the bulk of a database: keeping them
// out of the LSM tree spares Badger from copying them at every flush and
// compaction, and the memory of the table builders that do it
// (BENCHMARKS.md, "Load at scale").
const textValueThreshold = 2 << 10

// ReadOnlyBlockCacheSize is the size of Badger's block cache in a
// read-only store (see Options.ReadOnly).
const ReadOnlyBlockCacheSize = 4 << 20

func (o *Options) withDefaults() Options {
	var v Options
	if o != nil {
		v = *o
	}
	if v.MaxArticleBytes <= 0 {
		v.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if v.MaxBatchArticles <= 0 {
		v.MaxBatchArticles = 256
	}
	if v.MaxBatchBytes <= 0 {
		v.MaxBatchBytes = 8 << 20
	}
	if v.MinBatchArticles <= 0 || v.MinBatchArticles > v.MaxBatchArticles {
		v.MinBatchArticles = max(v.MaxBatchArticles/2, 1)
	}
	return v
}

// Store is one graph in one Badger directory. Reads are concurrent; writes
// go through one writer goroutine that commits whole articles, several per
// transaction. A Store is safe for concurrent use; Close it when done.
type Store struct {
	db   *badger.DB
	dir  string
	opts Options
	log  *slog.Logger
	// older is set on a store of the older layout (Options.OlderLayout).
	older bool
	// minFree is the headroom of free disk space (Options.MinFree
	// resolved against Badger's memtable size); 0 disables the check.
	minFree int64
	// repaired lists what Open repaired (OpenRepairs).
	repaired []string

	reqs    chan *writeReq
	done    chan struct{}
	closeMu sync.RWMutex
	closed  bool

	// cache holds committed records for the writer's ingest batches
	// (cache.go); only the writer goroutine uses it.
	cache *writerCache
	// written, when not nil, remembers the keys the batches wrote since
	// the store opened empty, so that reads of keys never written are
	// skipped (absent.go); only the writer goroutine uses it, and DB and
	// exclusive drop it.
	written atomic.Pointer[writtenFilter]
	// noDecisions is set while the store has no redirect, curation or
	// curated alias (it had none at Open, and no batch wrote one since),
	// so that the callers of Ingest resolve their claims themselves
	// (preIngest). A batch writing any of them clears it for good, before
	// it writes, and so do DB and exclusive; the writer checks it when it
	// applies an article resolved by its caller.
	noDecisions atomic.Bool

	// commits and committed count the transactions the writer committed
	// and the articles they held (WriteCounts).
	commits, committed atomic.Int64

	// batchHook, when set (benchmarks), receives every committed batch's
	// writes in order; noopHook (tests) runs when the writer meets a no-op.
	batchHook func([]KV)
	noopHook  func()
}

// WriteCounts counts the writer's group commits since the store opened.
type WriteCounts struct {
	// Commits is the number of transactions committed; Articles the
	// articles applied in them (changed or not; not the refused ones, nor
	// those of a group that wrote nothing).
	Commits, Articles int64
}

// WriteCounts returns how many transactions the writer committed since
// the store opened, and how many articles they held: Articles/Commits is
// the size of the groups, which decides what a write costs (the hub
// records an article touches are written once per group).
func (s *Store) WriteCounts() WriteCounts {
	return WriteCounts{Commits: s.commits.Load(), Articles: s.committed.Load()}
}

// PerCommit returns the mean articles per commit (0 without commits).
func (w WriteCounts) PerCommit() float64 {
	if w.Commits == 0 {
		return 0
	}
	return float64(w.Articles) / float64(w.Commits)
}

// KV is one write of a committed batch: a key and its value, or a delete.
type KV struct {
	Key, Value []byte
	Delete     bool
}

// Holder describes the process holding a database directory.
type Holder struct {
	PID     int       `json:"pid"`
	Command string    `json:"command"`
	Addr    string    `json:"addr,omitempty"`
	Since   time.Time `json:"since"`
}

// String describes the holder in words.
func (h Holder) String() string {
	s := fmt.Sprintf("pid %d (%s) since %s", h.PID, h.Command, h.Since.Format(time.RFC3339))
	if h.Addr != "" {
		s += ", serving on " + h.Addr
	}
	return s
}

// ReadHolder returns what the holding process recorded in dir, if anything.
func ReadHolder(dir string) (Holder, bool) {
	var h Holder
	b, err := os.ReadFile(filepath.Join(dir, HolderFile))
	if err != nil || json.Unmarshal(b, &h) != nil {
		return Holder{}, false
	}
	return h, true
}

// badgerNewFile is the text of the error Badger gives when it finds an
// empty write-ahead or value log file while opening a directory.
const badgerNewFile = "Create a new file"

// removeEmptyLogs removes the empty memtable and value log files of a
// Badger directory and returns how many it removed. A process killed
// right after creating one leaves it with no bytes, and Badger then
// refuses to open the directory (its failed open sizes the file and may
// write its header). Such a file holds no entry: after its header
// (logHeaderSize bytes) it is all zeros, where a log that was written to
// has its first entry.
func removeEmptyLogs(dir string) int {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".mem") && !strings.HasSuffix(name, ".vlog") {
			continue
		}
		path := filepath.Join(dir, name)
		if e.Type().IsRegular() && noEntry(path) && os.Remove(path) == nil {
			n++
		}
	}
	return n
}

// logHeaderSize is the size of the header Badger writes at the start of
// a memtable or value log file (a key id and an IV).
const logHeaderSize = 20

// noEntry reports whether the first megabyte after a log's header is all
// zeros (or the file is shorter): Badger writes a log from its start, so
// such a log holds no entry.
func noEntry(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := make([]byte, 1<<20)
	k, err := io.ReadFull(f, buf)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return false
	}
	if k <= logHeaderSize {
		return true
	}
	for _, b := range buf[logHeaderSize:k] {
		if b != 0 {
			return false
		}
	}
	return true
}

// Open opens (creating it if needed) the graph in dir. It returns an error
// wrapping ErrLocked, naming the holder, when another process has the
// directory, and one wrapping ErrVersion when the directory holds another
// layout version.
func Open(dir string, opts *Options) (*Store, error) {
	o := opts.withDefaults()
	if !o.InMemory {
		if dir == "" {
			return nil, errors.New("graph: open: no directory given")
		}
		if o.ReadOnly {
			if _, err := os.Stat(filepath.Join(dir, "MANIFEST")); err != nil {
				return nil, fmt.Errorf("graph: open %s: no database there (load articles first): %w", dir, ErrNotFound)
			}
		} else if readOnlyFS(dir) {
			return nil, errReadOnlyFS(dir)
		}
	}
	bo := BadgerOptions(dir, &o)
	minFree := o.minFree(bo.MemTableSize)
	if !o.InMemory && !o.ReadOnly {
		if err := checkFree(dir, minFree); err != nil {
			return nil, fmt.Errorf("graph: open %s: %w", dir, err)
		}
	}
	db, err := badger.Open(bo)
	removedLogs := 0
	if err != nil && !o.ReadOnly && !o.InMemory && strings.Contains(err.Error(), badgerNewFile) {
		// A process killed between creating a log file and writing its
		// header leaves it empty, and Badger then refuses to open the
		// directory: an empty log holds nothing, so it goes.
		removedLogs = removeEmptyLogs(dir)
		if removedLogs > 0 {
			db, err = badger.Open(bo)
		}
	}
	if err != nil {
		if strings.Contains(err.Error(), "Cannot acquire directory lock") || strings.Contains(err.Error(), "resource temporarily unavailable") {
			if h, ok := ReadHolder(dir); ok {
				return nil, fmt.Errorf("graph: open %s: %w: %s; stop it or use another --db", dir, ErrLocked, h)
			}
			return nil, fmt.Errorf("graph: open %s: %w (likely a running actorgraph serve or load); stop it or use another --db", dir, ErrLocked)
		}
		// Badger flattens the errors it wraps into text: match the text.
		if errors.Is(err, syscall.EROFS) || strings.Contains(err.Error(), syscall.EROFS.Error()) {
			return nil, errReadOnlyFS(dir)
		}
		if o.ReadOnly && (errors.Is(err, badger.ErrTruncateNeeded) || strings.Contains(err.Error(), badger.ErrTruncateNeeded.Error())) {
			return nil, fmt.Errorf("graph: open %s: %w (a process writing it died): a read-only open cannot finish its write-ahead log; open it once for writing (e.g. actorgraph check, on a writable mount), then read-only (badger: %v)", dir, ErrUnclean, err)
		}
		return nil, fmt.Errorf("graph: open %s: %w", dir, err)
	}
	s := &Store{db: db, dir: dir, opts: o, log: o.Logger, cache: newWriterCache(), minFree: minFree}
	if removedLogs > 0 {
		note := fmt.Sprintf("removed %d empty log file(s) a killed process left", removedLogs)
		s.repaired = append(s.repaired, note)
		if s.log != nil {
			s.log.Warn("graph: open " + dir + ": " + note)
		}
	}
	if err := s.checkVersion(); err != nil {
		db.Close()
		return nil, err
	}
	if !o.ReadOnly {
		if !o.InMemory {
			s.writeHolder("")
		}
		if err := s.repairStats(context.Background()); err != nil {
			db.Close()
			return nil, fmt.Errorf("graph: open %s: %w", dir, err)
		}
		// Finish applying a decision a crash interrupted.
		if err := s.drainPending(nil); err != nil {
			db.Close()
			return nil, fmt.Errorf("graph: open %s: resume decisions: %w", dir, err)
		}
		if none, err := s.hasNoDecisions(); err == nil && none {
			s.noDecisions.Store(true)
		}
		if empty, err := s.isEmpty(); err == nil && empty {
			bits := uint64(writtenFilterBits)
			if o.InMemory {
				bits = memWrittenFilterBits
			}
			s.written.Store(newWrittenFilter(bits))
		}
		s.reqs = make(chan *writeReq, 1024)
		s.done = make(chan struct{})
		go s.writer()
	}
	return s, nil
}

// BadgerOptions returns the Badger options [Open] uses for a store in dir
// with opts (nil: the defaults), Options.Badger applied last. Benchmarks
// open their raw-Badger baseline with them, so that both sides run with
// the same settings.
func BadgerOptions(dir string, opts *Options) badger.Options {
	o := opts.withDefaults()
	var bo badger.Options
	if o.InMemory {
		bo = badger.DefaultOptions("").WithInMemory(true)
	} else {
		bo = badger.DefaultOptions(dir)
	}
	// Badger's options, chosen by measuring loads of generated corpora
	// (BENCHMARKS.md, "Load at scale"): 64 MiB memtables, as Badger has
	// them (16 or 32 MiB made loads slower and, on a large database,
	// hungrier: more level-0 tables to compact and to search), and one
	// memtable waiting for its flush rather than 5: each memtable is an
	// arena of about 83 MiB on the Go heap, and Badger holds the one being
	// written plus up to NumMemtables waiting, so with 3 a large load,
	// whose flushes fall behind while compactions run, can hold four (the
	// live heap of a 100k-article load peaked at 570-590 MiB, against
	// about 330 MiB at 10k; with 1, at 454-483 MiB, with no change
	// measurable in CPU per article); 10 level-0 tables before compacting
	// them rather than 5 (stalling at 30): on a 100k-article database, a
	// third less CPU per article and a smaller heap, as compactions come
	// half as often (each holds table builders of tens of MiB on the Go
	// heap); a 64 MiB block cache rather than 256, so that the heap of a
	// long load does not grow as a larger cache fills with the database;
	// no index cache (it serves encrypted tables only: table indexes and
	// Bloom filters are read in place from the mapped table files); values
	// of textValueThreshold or more in the value log (texts, compressed by
	// the store); Snappy (zstd: about 17% less disk for more CPU; none: a
	// table builder half the size and no block cache, but 74% more disk at
	// 100k articles); 2 compactors for 2 cores (Badger refuses 1).
	bo = bo.WithNumMemtables(1).WithNumLevelZeroTables(10).WithNumLevelZeroTablesStall(30).
		WithBlockCacheSize(64 << 20)
	if !o.InMemory { // an in-memory Badger has no value log
		bo = bo.WithValueThreshold(textValueThreshold)
	}
	if o.ReadOnly {
		bo = bo.WithBlockCacheSize(ReadOnlyBlockCacheSize)
	}
	bo = bo.WithSyncWrites(o.SyncWrites).WithReadOnly(o.ReadOnly).WithLogger(badgerLogger{o.Logger}).
		WithMetricsEnabled(false).WithNumVersionsToKeep(1).WithDetectConflicts(false).
		WithNumCompactors(2).WithLoggingLevel(badger.WARNING)
	if o.Badger != nil {
		bo = o.Badger(bo)
	}
	return bo
}

func (s *Store) writeHolder(addr string) {
	h := Holder{PID: os.Getpid(), Command: strings.Join(os.Args, " "), Addr: addr, Since: time.Now().UTC().Truncate(time.Second)}
	if b, err := json.Marshal(h); err == nil {
		_ = os.WriteFile(filepath.Join(s.dir, HolderFile), b, 0o644)
	}
}

// SetHolderAddr records in the database directory the address a server
// holding it listens on, so other commands can say where it is.
func (s *Store) SetHolderAddr(addr string) {
	if !s.opts.InMemory && !s.opts.ReadOnly {
		s.writeHolder(addr)
	}
}

// Dir returns the database directory ("" in memory).
func (s *Store) Dir() string { return s.dir }

// DB returns the underlying Badger database, for backups and benchmarks.
// Writing to it directly bypasses every invariant of the store, and the
// records its writer keeps decoded in memory: write only to a closed
// store's directory, or to a store opened read-only. (A store that opened
// empty skips reads of keys its writer never wrote; DB turns that off, as
// the writer cannot know what is written through it.)
func (s *Store) DB() *badger.DB {
	s.written.Store(nil)
	s.noDecisions.Store(false)
	return s.db
}

func (s *Store) checkVersion() error {
	var got []byte
	err := s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(keys.Version)
		if err != nil {
			return err
		}
		got, err = item.ValueCopy(nil)
		return err
	})
	want := fmt.Sprint(LayoutVersion)
	switch {
	case errors.Is(err, badger.ErrKeyNotFound):
		empty := true
		_ = s.db.View(func(txn *badger.Txn) error {
			it := txn.NewIterator(badger.IteratorOptions{})
			defer it.Close()
			it.Rewind()
			empty = !it.Valid()
			return nil
		})
		if !empty {
			return fmt.Errorf("graph: open %s: %w: the directory holds data without a layout version; this build reads version %s", s.dir, ErrVersion, want)
		}
		if s.opts.ReadOnly {
			return nil
		}
		return s.db.Update(func(txn *badger.Txn) error { return txn.Set(keys.Version, []byte(want)) })
	case err != nil:
		return fmt.Errorf("graph: open %s: read version: %w", s.dir, err)
	case string(got) == fmt.Sprint(OlderLayoutVersion) && s.opts.OlderLayout && s.opts.ReadOnly:
		s.older = true
	case string(got) == fmt.Sprint(OlderLayoutVersion):
		return fmt.Errorf("graph: open %s: %w: the database has layout version %s, this build reads version %s: run actorgraph rebuild --db %s to convert it (it keeps the old one as a backup), or load the articles again into a new database", s.dir, ErrVersion, got, want, s.dir)
	case string(got) != want:
		return fmt.Errorf("graph: open %s: %w: the database has layout version %s, this build reads version %s (run a matching actorgraph, or load the articles again into a new database)", s.dir, ErrVersion, got, want)
	}
	return nil
}

// Close stops the writer after the writes already queued and closes the
// database. Close is safe to call twice.
func (s *Store) Close() error {
	s.closeMu.Lock()
	if s.closed {
		s.closeMu.Unlock()
		return nil
	}
	s.closed = true
	s.closeMu.Unlock()
	if s.reqs != nil {
		close(s.reqs)
		<-s.done
		if !s.opts.InMemory {
			_ = os.Remove(filepath.Join(s.dir, HolderFile))
		}
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("graph: close: %w", err)
	}
	return nil
}

// badgerLogger adapts slog to Badger's logger; nil discards.
type badgerLogger struct{ l *slog.Logger }

func (b badgerLogger) Errorf(f string, a ...any) {
	if b.l != nil {
		b.l.Error(strings.TrimSpace(fmt.Sprintf(f, a...)), "component", "badger")
	}
}
func (b badgerLogger) Warningf(f string, a ...any) {
	if b.l != nil {
		b.l.Warn(strings.TrimSpace(fmt.Sprintf(f, a...)), "component", "badger")
	}
}
func (b badgerLogger) Infof(f string, a ...any) {
	if b.l != nil {
		b.l.Debug(strings.TrimSpace(fmt.Sprintf(f, a...)), "component", "badger")
	}
}
func (b badgerLogger) Debugf(string, ...any) {}
