package loader

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
)

// fingerprintOf returns the extractor's fingerprint, "" when it does not
// say.
func fingerprintOf(ex Extractor) string {
	if f, ok := ex.(Fingerprinter); ok {
		return f.Fingerprint()
	}
	return ""
}

// FamilyNamer is implemented by an extractor that replaced an earlier
// one: its fingerprints and those of the names it lists are its own, so
// articles they extracted are extracted again (the default extractor,
// "rules", replaced "simple").
type FamilyNamer interface {
	FormerNames() []string
}

// extractedBy reports whether an article with the stored fingerprint was
// extracted by the family of the extractor whose fingerprint is current
// (the name before the first "/", or a former name of it), and so may be
// extracted again; articles that came as claims ("claims/1…", another
// tool's) keep their claims.
func extractedBy(stored, current string, former ...string) bool {
	fam, _, _ := strings.Cut(current, "/")
	sfam, _, _ := strings.Cut(stored, "/")
	if current == "" || stored == "" {
		return false
	}
	return fam == sfam || slices.Contains(former, sfam)
}

// formerNames returns the former names of an extractor's family.
func formerNames(ex Extractor) []string {
	if f, ok := ex.(FamilyNamer); ok {
		return f.FormerNames()
	}
	return nil
}

// ReextractSummary reports a re-extraction.
type ReextractSummary struct {
	Articles    int // stored articles looked at
	Reextracted int // extracted again, their evidence replaced
	Current     int // already extracted by this extractor and lexicons
	Claims      int // came as claims (another tool's, or without text): kept
	Failed      []error
}

// Reextract runs ex again over the stored text of every article whose
// extraction fingerprint is not ex's (every article with text when all is
// set), replacing its evidence in the store. Retracted articles are
// re-extracted too and stay retracted, so that unretracting brings back the
// current extraction. Curation decisions hold: the store resolves the new
// claims through the decision log. progress, when set, is called after each
// article with the count done and the total.
func Reextract(ctx context.Context, st *graph.Store, ex Extractor, all bool, workers int, progress func(done, total int)) (*ReextractSummary, error) {
	if ex == nil {
		return nil, ErrNoExtractor
	}
	want := fingerprintOf(ex)
	var ids []string
	err := st.View(ctx, func(tx *graph.Tx) error {
		return tx.EachArticle(ctx, func(a *graph.Article) error {
			if a.ContentHash != "" { // not a bare tombstone
				ids = append(ids, a.ID)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("loader: reextract: %w", err)
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	sum := &ReextractSummary{Articles: len(ids)}
	var mu sync.Mutex
	done := 0
	jobs := make(chan string)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range jobs {
				kind, err := reextractOne(ctx, st, ex, id, want, all)
				mu.Lock()
				switch {
				case err != nil:
					sum.Failed = append(sum.Failed, fmt.Errorf("%s: %w", id, err))
				case kind == "claims":
					sum.Claims++
				case kind == "current":
					sum.Current++
				default:
					sum.Reextracted++
				}
				done++
				if progress != nil {
					progress(done, len(ids))
				}
				mu.Unlock()
			}
		}()
	}
	for _, id := range ids {
		if ctx.Err() != nil {
			break
		}
		jobs <- id
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	return sum, nil
}

func reextractOne(ctx context.Context, st *graph.Store, ex Extractor, id, want string, all bool) (string, error) {
	var c *graph.Claims
	err := st.View(ctx, func(tx *graph.Tx) (err error) {
		c, err = tx.StoredClaims(ctx, id)
		return err
	})
	if err != nil {
		return "", err
	}
	if c == nil || c.Article.Text == "" || !extractedBy(c.Article.Fingerprint, want, formerNames(ex)...) {
		return "claims", nil
	}
	if !all && want != "" && c.Article.Fingerprint == want {
		return "current", nil
	}
	a := c.Article
	a.ContentHash, a.Fingerprint = "", ""
	nc, err := ex.Extract(ctx, &a)
	if err != nil {
		return "", fmt.Errorf("extract: %w", err)
	}
	if _, err := st.Ingest(ctx, nc); err != nil && !errors.Is(err, context.Canceled) {
		return "", err
	}
	return "reextracted", nil
}
