package loader

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Fingerprinter is an Extractor that names its extraction fingerprint, so
// Rebuild knows which stored articles it extracted and may extract again.
type Fingerprinter interface {
	Fingerprint() string
}

// RebuildSummary reports a rebuild.
type RebuildSummary struct {
	Decisions   int // decisions replayed
	Reextracted int // articles extracted again from their text
	Claims      int // articles loaded again from their stored claims
	Retracted   int // retracted articles carried over (still retracted)
	Failed      []string
}

// Rebuild fills the fresh store to from the store from: the decision log
// first (so decisions act as the articles arrive), then every article —
// extracted again from its stored text when the extractor made it (its
// fingerprint has the extractor's name, before the first "+"), otherwise
// loaded from its stored claims as they are. The result equals a store
// built by loading the same articles and replaying the same log.
func Rebuild(ctx context.Context, from, to *graph.Store, ex Extractor) (*RebuildSummary, error) {
	sum := &RebuildSummary{}
	var log bytes.Buffer
	if err := from.ExportLog(ctx, &log); err != nil {
		return sum, err
	}
	rep, err := to.ImportLog(ctx, &log)
	if err != nil {
		return sum, err
	}
	if len(rep.Errors) > 0 {
		return sum, fmt.Errorf("loader: rebuild: replaying the log: %s", strings.Join(rep.Errors, "; "))
	}
	sum.Decisions = rep.Applied + rep.Noop
	current := fingerprintOf(ex)
	err = from.View(ctx, func(tx *graph.Tx) error {
		return tx.EachArticle(ctx, func(a *graph.Article) error {
			c, err := tx.StoredClaims(ctx, a.ID)
			if err != nil {
				return err
			}
			if c == nil {
				return nil // a bare tombstone: the log carried it
			}
			if a.Retracted {
				sum.Retracted++
			}
			if ex != nil && extractedBy(c.Article.Fingerprint, current, formerNames(ex)...) && c.Article.Text != "" {
				art := c.Article
				art.ContentHash, art.Fingerprint = "", ""
				if c, err = ex.Extract(ctx, &art); err != nil {
					sum.Failed = append(sum.Failed, fmt.Sprintf("%s: extract: %v", a.ID, err))
					return nil
				}
				if !a.Retracted {
					sum.Reextracted++
				}
			} else if !a.Retracted {
				sum.Claims++
			}
			if _, err := to.Ingest(ctx, c); err != nil {
				sum.Failed = append(sum.Failed, fmt.Sprintf("%s: %v", a.ID, err))
			}
			return nil
		})
	})
	if err != nil {
		return sum, fmt.Errorf("loader: rebuild: %w", err)
	}
	// A replica rebuilt goes on following its streams from where it was.
	cursors, err := from.Cursors(ctx)
	if err != nil {
		return sum, fmt.Errorf("loader: rebuild: %w", err)
	}
	for _, name := range slices.Sorted(maps.Keys(cursors)) {
		if err := to.SetCursor(ctx, name, cursors[name]); err != nil {
			return sum, fmt.Errorf("loader: rebuild: %w", err)
		}
	}
	return sum, nil
}
