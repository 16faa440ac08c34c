package loader

import (
	"cmp"
	"context"
	"errors"
	"fmt"
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

// Loader reads articles, extracts their claims and ingests them into a
// store, on all cores: one reader, Workers extraction goroutines, and the
// store's single writer committing whole articles in groups.
type Loader struct {
	Store     *graph.Store
	Extractor Extractor // required unless every input is a claims file
	Read      ReadOptions
	// Workers is the number of extraction goroutines; 0 means GOMAXPROCS.
	Workers int
	// Progress, when set, is called from the loader's goroutines (never
	// concurrently) after each article with the running totals.
	Progress func(Progress)
}

// Progress is the state of a load in progress.
type Progress struct {
	Articles int   // articles and claims lines done (ingested or failed)
	Bytes    int64 // bytes of text done
	Failed   int
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
	// Failures lists every problem, sorted by path and line.
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

// Load reads every path (files, folders, "-" for standard input), extracts
// and ingests what it finds, and returns the summary. A broken file, line or
// article is listed in Summary.Failures and the rest goes on; Load returns
// an error only when it could not go on (ctx cancelled, the store failing).
func (l *Loader) Load(ctx context.Context, paths ...string) (*Summary, error) {
	start := time.Now()
	workers := l.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	sum := &Summary{}
	var mu sync.Mutex // guards sum and progress calls
	var done atomic.Int64
	record := func(it Item, res *graph.IngestResult, bytes int64, fail *InputError) {
		mu.Lock()
		defer mu.Unlock()
		sum.Bytes += bytes
		if fail != nil {
			sum.Failed++
			sum.Failures = append(sum.Failures, fail)
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
		n := done.Add(1)
		if l.Progress != nil {
			l.Progress(Progress{Articles: int(n), Bytes: sum.Bytes, Failed: sum.Failed})
		}
	}

	items := make(chan Item, 4*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range items {
				if ctx.Err() != nil {
					continue
				}
				res, n, fail, err := l.process(ctx, it)
				if err != nil {
					cancel(err)
					continue
				}
				record(it, res, n, fail)
			}
		}()
	}
	readErr := Read(ctx, paths, l.Read, func(it Item) error {
		select {
		case items <- it:
			return nil
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	})
	close(items)
	wg.Wait()
	sum.Elapsed = time.Since(start)
	slices.SortStableFunc(sum.Failures, func(a, b *InputError) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line))
	})
	if err := context.Cause(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return sum, err
	}
	if readErr != nil {
		return sum, readErr
	}
	return sum, ctx.Err()
}

// process extracts and ingests one item. A problem with the item is
// returned as fail; err is returned only when loading cannot go on.
func (l *Loader) process(ctx context.Context, it Item) (res *graph.IngestResult, bytes int64, fail *InputError, err error) {
	if it.Err != nil {
		return nil, 0, it.Err, nil
	}
	failf := func(e error) *InputError {
		return &InputError{Path: it.Path, Line: max(it.Line, 1), Err: e}
	}
	c := it.Claims
	if it.Article != nil {
		bytes = int64(len(it.Article.Text))
		if l.Extractor == nil {
			return nil, bytes, nil, ErrNoExtractor
		}
		c, err = l.Extractor.Extract(ctx, it.Article)
		if err != nil {
			if ctx.Err() != nil {
				return nil, bytes, nil, ctx.Err()
			}
			return nil, bytes, failf(fmt.Errorf("extract: %w", err)), nil
		}
	} else if c != nil {
		bytes = int64(len(c.Article.Text))
	}
	if c == nil {
		return nil, bytes, failf(errors.New("nothing to load")), nil
	}
	r, err := l.Store.Ingest(ctx, c)
	switch {
	case err == nil:
		return &r, bytes, nil, nil
	case ctx.Err() != nil:
		return nil, bytes, nil, ctx.Err()
	case errors.Is(err, graph.ErrInvalidClaims), errors.Is(err, graph.ErrTooLarge), errors.Is(err, graph.ErrTypeRule):
		return nil, bytes, failf(err), nil
	case errors.Is(err, graph.ErrClosed), errors.Is(err, graph.ErrReadOnly):
		return nil, bytes, nil, err
	default:
		// An article-level refusal from the store (e.g. an id collision) is
		// the article's failure; the store stays usable.
		return nil, bytes, failf(err), nil
	}
}
