package server

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// MaxStatsTop bounds the top parameter of GET /stats.
const MaxStatsTop = 1000

// StatsReport is what "actorgraph stats" prints, and the JSON answer of GET
// /stats: the graph's counts, its most mentioned actors (by distinct
// articles) and its strongest relations (by weight, then confidence).
type StatsReport struct {
	Stats     *graph.Stats      `json:"stats"`
	Actors    []*graph.Actor    `json:"actors"`
	Relations []*graph.Relation `json:"relations"`
}

// ReadStatsReport reads the report of tx with the top actors and
// relations (none when top ≤ 0). Ties keep id order.
func ReadStatsReport(ctx context.Context, tx *graph.Tx, top int) (*StatsReport, error) {
	s, err := tx.Stats(ctx)
	if err != nil {
		return nil, err
	}
	rep := &StatsReport{Stats: s, Actors: []*graph.Actor{}, Relations: []*graph.Relation{}}
	if top <= 0 {
		return rep, nil
	}
	if err := tx.EachActor(ctx, graph.ActorQuery{}, func(a *graph.Actor) error {
		rep.Actors = append(rep.Actors, a)
		sort.SliceStable(rep.Actors, func(i, j int) bool { return rep.Actors[i].Articles > rep.Actors[j].Articles })
		if len(rep.Actors) > top {
			rep.Actors = rep.Actors[:top]
		}
		return nil
	}); err != nil {
		return nil, err
	}
	rels := rep.Relations
	if err := tx.EachRelation(ctx, graph.RelationFilter{}, func(r *graph.Relation) error {
		rels = append(rels, r)
		sort.SliceStable(rels, func(i, j int) bool {
			if rels[i].Weight != rels[j].Weight {
				return rels[i].Weight > rels[j].Weight
			}
			return rels[i].Confidence > rels[j].Confidence
		})
		if len(rels) > top {
			rels = rels[:top]
		}
		return nil
	}); err != nil {
		return nil, err
	}
	rep.Relations = rels
	return rep, nil
}

// serveStats answers GET /stats?top=N (10 by default) with a
// [StatsReport] of one snapshot.
func (s *Server) serveStats(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, "GET")
		return
	}
	top := 10
	if v := r.URL.Query().Get("top"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > MaxStatsTop {
			writeError(w, http.StatusBadRequest, CodeBadRequest, fmt.Sprintf("top: want a number from 0 to %d, not %q", MaxStatsTop, v))
			return
		}
		top = n
	}
	release, ok := s.acquireOrBusy(w, r)
	if !ok {
		return
	}
	defer release()
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout+10*time.Second)
	defer cancel()
	var rep *StatsReport
	err := s.store.View(ctx, func(tx *graph.Tx) (err error) {
		rep, err = ReadStatsReport(ctx, tx, top)
		return err
	})
	switch {
	case r.Context().Err() != nil:
		return
	case err != nil && ctx.Err() != nil:
		writeError(w, http.StatusGatewayTimeout, CodeTimeout, fmt.Sprintf("the stats took longer than the server's limit of %s", s.cfg.Timeout))
		return
	case err != nil:
		s.log.Error("stats", "err", err)
		writeError(w, http.StatusInternalServerError, CodeInternal, "stats: "+err.Error())
		return
	}
	writeJSON(w, http.StatusOK, rep)
}
