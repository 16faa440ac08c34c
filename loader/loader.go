package loader

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// Extractor turns an article into claims: the actors it mentions and the
// relations it states, with their evidence. Implementations must be pure
// (the same article, lexicons and dictionaries give the same claims) and
// safe for concurrent use.
type Extractor interface {
	Extract(ctx context.Context, a *graph.Article) (*graph.Claims, error)
}

// Defaults of the [Loader]'s bounds.
const (
	// DefaultPending is the default of [Loader].Pending: enough articles
	// waiting at the store for two full group commits of its default
	// batch (256 articles), so that the writer never waits for the next.
	DefaultPending = 512
	// DefaultMaxPendingBytes is the default of [Loader].MaxPendingBytes.
	DefaultMaxPendingBytes = 64 << 20
	// DefaultMaxFailures is the default of [Loader].MaxFailures.
	DefaultMaxFailures = 1000
)

// Loader reads articles, extracts their claims and ingests them into a
// store, on all cores, streaming: one reader, Workers extraction
// goroutines, and up to Pending extracted articles handed to the store's
// single writer, which commits whole articles in groups.
//
// # Memory
//
// Every queue is bounded, so a load holds a bounded number of articles
// whatever the size of the corpus: the reader runs at most 2×Workers
// articles ahead of the extractors, at most Workers extracted articles
// wait for their turn, and at most Pending wait at the store. Besides, the text of the articles read but not yet committed
// never exceeds MaxPendingBytes (an article larger than that alone is
// loaded by itself). The [Summary] keeps counters and at most MaxFailures
// problems.
//
// # Order
//
// Articles are extracted and committed in an order that depends on timing,
// but the graph does not: the store derives everything from the evidence,
// so a load with 1 worker and one with 8 give the same graph, byte for byte
// in every export.
type Loader struct {
	Store     *graph.Store
	Extractor Extractor // required unless every input is a claims file
	Read      ReadOptions
	// Workers is the number of extraction goroutines; 0 means GOMAXPROCS.
	Workers int
	// Pending is the most extracted articles handed to the store at once,
	// waiting to be group-committed; 0 means DefaultPending. 1 makes the
	// load sequential: each article is committed before the next is
	// handed over.
	Pending int
	// MaxPendingBytes bounds the text of the articles read but not yet
	// committed (queued, being extracted, or waiting at the store); 0 means
	// DefaultMaxPendingBytes.
	MaxPendingBytes int64
	// MaxFailures is the most problems kept in Summary.Failures (the first
	// in path and line order; Summary.Failed counts them all); 0 means
	// DefaultMaxFailures and a negative value keeps them all.
	MaxFailures int
	// Progress, when set, is called from the loader's goroutines (never
	// concurrently) after each article with the running totals.
	Progress func(Progress)
}

// Progress is the state of a load in progress.
type Progress struct {
	Articles int   // articles and claims lines done (ingested or failed)
	Bytes    int64 // bytes of text done
	Failed   int
	// InputBytes is how much of the input files had been read when the
	// furthest article done was read, in bytes: set against the sum of
	// their sizes, it says how far the load is.
	InputBytes int64
	Evidence   int           // evidence records stored
	Elapsed    time.Duration // since the load started
}

// Summary reports a load.
type Summary struct {
	New         int // articles not seen before
	Updated     int // articles whose text changed: evidence replaced
	Reextracted int // articles extracted again with a new extractor or lexicon
	Unchanged   int // articles already loaded as they are
	Retracted   int // articles skipped because they were retracted
	Failed      int // articles or lines that could not be loaded
	// Rejected counts extracted relations dropped for breaking the type
	// rules (a claims file line breaking them fails instead).
	Rejected  int
	Actors    int   // actor mentions stored (over new, updated and re-extracted articles)
	Relations int   // distinct relations per article, summed likewise
	Evidence  int   // evidence records stored
	Bytes     int64 // bytes of article text read
	Elapsed   time.Duration
	// Failures lists the problems, sorted by path and line: all of them,
	// or the first [Loader].MaxFailures when there are more (Failed counts
	// them all).
	Failures []*InputError
}

// Articles returns how many articles were read, failures included.
func (s *Summary) Articles() int {
	return s.New + s.Updated + s.Reextracted + s.Unchanged + s.Retracted + s.Failed
}

// OK reports whether nothing failed.
func (s *Summary) OK() bool { return s.Failed == 0 }

// ErrNoExtractor is returned when an article needs extraction and the
// Loader has no Extractor.
var ErrNoExtractor = errors.New("loader: no extractor configured")

// job is an item on its way through the pipeline.
type job struct {
	it     Item
	claims *graph.Claims
	bytes  int64 // text bytes, for the summary
	weight int64 // bytes held against MaxPendingBytes
	read   int64 // input bytes read when the item was
	fail   *InputError
}

// Load reads every path (files, folders, "-" for standard input), extracts
// and ingests what it finds, and returns the summary. A broken file, line or
// article is counted in the Summary (and listed in Summary.Failures) and
// the rest goes on; Load returns an error only when it could not go on (ctx
// cancelled, the store closed or read-only, the disk below the store's
// headroom: [graph.ErrDiskFull]), with the summary of what was done.
func (l *Loader) Load(ctx context.Context, paths ...string) (*Summary, error) {
	start := time.Now()
	workers := l.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	pending := cmp.Or(max(l.Pending, 0), DefaultPending)
	maxFailures := cmp.Or(l.MaxFailures, DefaultMaxFailures)
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	budget := newByteBudget(ctx, cmp.Or(max(l.MaxPendingBytes, 0), DefaultMaxPendingBytes))
	var input atomic.Int64
	ropts := l.Read
	ropts.counter = &input

	sum := &Summary{}
	var read int64    // the furthest input read for an article done
	var mu sync.Mutex // guards sum, read and progress calls
	record := func(j *job, res *graph.IngestResult) {
		budget.release(j.weight)
		mu.Lock()
		defer mu.Unlock()
		sum.Bytes += j.bytes
		read = max(read, j.read)
		if j.fail != nil {
			sum.Failed++
			sum.Failures = keepFailure(sum.Failures, j.fail, maxFailures)
		} else if res != nil {
			switch res.Status {
			case graph.StatusNew:
				sum.New++
			case graph.StatusUpdated:
				sum.Updated++
			case graph.StatusReextracted:
				sum.Reextracted++
			case graph.StatusUnchanged:
				sum.Unchanged++
			case graph.StatusRetracted:
				sum.Retracted++
			}
			if res.Status != graph.StatusUnchanged && res.Status != graph.StatusRetracted {
				sum.Actors += res.Actors
				sum.Relations += res.Relations
				sum.Evidence += res.Evidence
			}
			sum.Rejected += len(res.Rejected)
		}
		if l.Progress != nil {
			l.Progress(Progress{Articles: sum.Articles(), Bytes: sum.Bytes, Failed: sum.Failed,
				InputBytes: read, Evidence: sum.Evidence, Elapsed: time.Since(start)})
		}
	}

	// Stage 2: extraction, Workers goroutines.
	items := make(chan *job, 2*workers)
	extracted := make(chan *job, workers)
	var extractWG sync.WaitGroup
	for range workers {
		extractWG.Add(1)
		go func() {
			defer extractWG.Done()
			for j := range items {
				if ctx.Err() != nil {
					budget.release(j.weight)
					continue
				}
				if err := l.extract(ctx, j); err != nil {
					budget.release(j.weight)
					cancel(err)
					continue
				}
				if j.fail != nil || j.claims == nil {
					record(j, nil)
					continue
				}
				select {
				case extracted <- j:
				case <-ctx.Done():
					budget.release(j.weight)
				}
			}
		}()
	}
	// Stage 3: Pending goroutines hand the claims to the store, whose
	// writer commits together the articles it finds waiting.
	var ingestWG sync.WaitGroup
	for range pending {
		ingestWG.Add(1)
		go func() {
			defer ingestWG.Done()
			for j := range extracted {
				if ctx.Err() != nil {
					budget.release(j.weight)
					continue
				}
				res, err := l.ingest(ctx, j)
				if err != nil {
					budget.release(j.weight)
					cancel(err)
					continue
				}
				record(j, res)
			}
		}()
	}
	// Stage 1: the reader, in this goroutine.
	readErr := Read(ctx, paths, ropts, func(it Item) error {
		j := &job{it: it, read: input.Load()}
		if it.Article != nil {
			j.weight = int64(len(it.Article.Text))
		} else if it.Claims != nil {
			j.weight = int64(len(it.Claims.Article.Text))
		}
		if err := budget.acquire(j.weight); err != nil {
			return err
		}
		select {
		case items <- j:
			return nil
		case <-ctx.Done():
			budget.release(j.weight)
			return context.Cause(ctx)
		}
	})
	close(items)
	extractWG.Wait()
	close(extracted)
	ingestWG.Wait()
	sum.Elapsed = time.Since(start)
	slices.SortStableFunc(sum.Failures, compareFailures)
	if err := context.Cause(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return sum, err
	}
	if readErr != nil {
		return sum, readErr
	}
	return sum, ctx.Err()
}

func compareFailures(a, b *InputError) int {
	return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line))
}

// keepFailure adds f to fs, kept sorted, holding at most limit (all when
// limit is negative): the first in path and line order.
func keepFailure(fs []*InputError, f *InputError, limit int) []*InputError {
	i, _ := slices.BinarySearchFunc(fs, f, func(a, b *InputError) int {
		// after equal keys, so that equal failures keep their arrival order
		if c := compareFailures(a, b); c != 0 {
			return c
		}
		return -1
	})
	if limit >= 0 && i >= limit {
		return fs
	}
	fs = slices.Insert(fs, i, f)
	if limit >= 0 && len(fs) > limit {
		fs[len(fs)-1] = nil
		fs = fs[:limit]
	}
	return fs
}

// extract fills j.claims, or j.fail for a problem with the item; it
// returns an error only when loading cannot go on.
func (l *Loader) extract(ctx context.Context, j *job) error {
	it := j.it
	if it.Err != nil {
		j.fail = it.Err
		return nil
	}
	j.claims = it.Claims
	if it.Article != nil {
		j.bytes = int64(len(it.Article.Text))
		if l.Extractor == nil {
			return ErrNoExtractor
		}
		c, err := l.Extractor.Extract(ctx, it.Article)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			j.fail = j.failf(fmt.Errorf("extract: %w", err))
			return nil
		}
		j.claims = c
	} else if it.Claims != nil {
		j.bytes = int64(len(it.Claims.Article.Text))
	}
	if j.claims == nil {
		j.fail = j.failf(errors.New("nothing to load"))
	}
	return nil
}

func (j *job) failf(e error) *InputError {
	return &InputError{Path: j.it.Path, Line: max(j.it.Line, 1), Err: e}
}

// ingest stores j's claims. A problem with the article is set as j.fail;
// an error is returned only when loading cannot go on.
func (l *Loader) ingest(ctx context.Context, j *job) (*graph.IngestResult, error) {
	r, err := l.Store.Ingest(ctx, j.claims)
	j.claims = nil // the store is done with them: do not hold them while recording
	switch {
	case err == nil:
		return &r, nil
	case ctx.Err() != nil:
		return nil, ctx.Err()
	case errors.Is(err, graph.ErrInvalidClaims), errors.Is(err, graph.ErrTooLarge), errors.Is(err, graph.ErrTypeRule):
		j.fail = j.failf(err)
		return nil, nil
	case errors.Is(err, graph.ErrClosed), errors.Is(err, graph.ErrReadOnly), errors.Is(err, graph.ErrDiskFull):
		// The store cannot take more: every article after would fail the
		// same way.
		return nil, err
	default:
		// An article-level refusal from the store (e.g. an id collision) is
		// the article's failure; the store stays usable.
		j.fail = j.failf(err)
		return nil, nil
	}
}

// byteBudget is a weighted semaphore of bytes of text in flight. A weight
// above the whole budget is taken alone.
type byteBudget struct {
	mu    sync.Mutex
	cond  *sync.Cond
	ctx   context.Context
	max   int64
	inUse int64
}

func newByteBudget(ctx context.Context, max int64) *byteBudget {
	b := &byteBudget{ctx: ctx, max: max}
	b.cond = sync.NewCond(&b.mu)
	context.AfterFunc(ctx, func() {
		b.mu.Lock()
		b.cond.Broadcast()
		b.mu.Unlock()
	})
	return b
}

// acquire waits until n bytes fit in the budget, or ctx is done.
func (b *byteBudget) acquire(n int64) error {
	n = min(n, b.max)
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.inUse > 0 && b.inUse+n > b.max {
		if b.ctx.Err() != nil {
			return context.Cause(b.ctx)
		}
		b.cond.Wait()
	}
	b.inUse += n
	return nil
}

// release gives n bytes back.
func (b *byteBudget) release(n int64) {
	n = min(n, b.max)
	if n == 0 {
		return
	}
	b.mu.Lock()
	b.inUse -= n
	b.cond.Broadcast()
	b.mu.Unlock()
}

// countingReader counts the bytes read through it into n.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	c.n.Add(int64(k))
	return k, err
}
