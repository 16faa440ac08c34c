package loader

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// Extraction reads articles and extracts their claims without a store:
// the stateless half of a load, for actorgraph extract. Claims lines in the
// input pass through as they are read (checked).
type Extraction struct {
	Extractor Extractor // required unless every input is a claims file
	Read      ReadOptions
	// Workers is the number of extraction goroutines; 0 means GOMAXPROCS.
	Workers int
	// Progress, when set, is called after each item is emitted (never
	// concurrently) with the running totals (Evidence counts the evidence
	// of the claims emitted).
	Progress func(Progress)
}

// Extracted is one article's outcome: its claims, checked and completed
// (version, article id and content hash filled in, see
// [graph.Claims.Check]), or the problem that kept it from being extracted.
type Extracted struct {
	Path   string // the file as named, or [StdinPath]
	Line   int    // the line the article starts on (1 for a whole file)
	Claims *graph.Claims
	Err    *InputError
}

// ExtractSummary counts what an [Extraction] did.
type ExtractSummary struct {
	Articles int   // articles and claims lines extracted
	Failed   int   // items that could not be extracted
	Bytes    int64 // bytes of article text read
	Elapsed  time.Duration
}

// Run reads every path and extracts its articles on Workers goroutines,
// calling emit once per item, in input order (so two runs on the same
// input emit the same sequence), never concurrently. A problem with one
// item reaches emit as Extracted.Err and the rest goes on. Run stops at
// the first error emit returns, or when ctx is done, and returns it.
// At most 2×Workers items are held at once.
func (x *Extraction) Run(ctx context.Context, paths []string, emit func(Extracted) error) (*ExtractSummary, error) {
	start := time.Now()
	workers := x.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var input atomic.Int64
	ropts := x.Read
	ropts.counter = &input

	type task struct {
		it   Item
		read int64 // input bytes read when the item was
		done chan Extracted
	}
	tasks := make(chan task, workers)
	order := make(chan task, 2*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range tasks {
				t.done <- x.one(ctx, t.it)
			}
		}()
	}
	sum := &ExtractSummary{}
	emitted := make(chan error, 1)
	go func() {
		var err error
		evidence := 0
		for t := range order {
			e := <-t.done
			if err != nil {
				continue // drain
			}
			if e.Err != nil {
				sum.Failed++
			} else {
				sum.Articles++
				sum.Bytes += int64(len(e.Claims.Article.Text))
				for _, r := range e.Claims.Relations {
					evidence += max(len(r.Evidence), 1)
				}
			}
			if err = emit(e); err != nil {
				cancel(err)
				continue
			}
			if x.Progress != nil {
				x.Progress(Progress{Articles: sum.Articles + sum.Failed, Bytes: sum.Bytes, Failed: sum.Failed,
					InputBytes: t.read, Evidence: evidence, Elapsed: time.Since(start)})
			}
		}
		emitted <- err
	}()
	readErr := Read(ctx, paths, ropts, func(it Item) error {
		t := task{it: it, read: input.Load(), done: make(chan Extracted, 1)}
		select {
		case order <- t:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
		select {
		case tasks <- t:
			return nil
		case <-ctx.Done():
			t.done <- Extracted{Path: it.Path, Line: it.Line, Err: &InputError{Path: it.Path, Line: max(it.Line, 1), Err: context.Cause(ctx)}}
			return context.Cause(ctx)
		}
	})
	close(tasks)
	wg.Wait()
	close(order)
	emitErr := <-emitted
	sum.Elapsed = time.Since(start)
	switch {
	case emitErr != nil:
		return sum, emitErr
	case readErr != nil:
		return sum, readErr
	}
	return sum, ctx.Err()
}

// one extracts one item.
func (x *Extraction) one(ctx context.Context, it Item) Extracted {
	e := Extracted{Path: it.Path, Line: it.Line}
	failf := func(err error) Extracted {
		e.Err = &InputError{Path: it.Path, Line: max(it.Line, 1), Err: err}
		return e
	}
	switch {
	case it.Err != nil:
		e.Err = it.Err
		return e
	case it.Claims != nil:
		e.Claims = it.Claims
	case it.Article != nil:
		if x.Extractor == nil {
			return failf(ErrNoExtractor)
		}
		if err := ctx.Err(); err != nil {
			return failf(context.Cause(ctx))
		}
		c, err := x.Extractor.Extract(ctx, it.Article)
		if err != nil {
			return failf(fmt.Errorf("extract: %w", err))
		}
		e.Claims = c
	default:
		return failf(errors.New("nothing to extract"))
	}
	// Completed as the store would (the same function), so that the
	// claims carry their article id and content hash.
	if _, err := e.Claims.Check(); err != nil {
		return failf(err)
	}
	return e
}
