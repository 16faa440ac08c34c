package main

import (
	"context"
	"flag"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/schema/server"
)

// filterFlags are the flags of [export.Filter], the same for export and
// render (and as the query parameters of the server's /export).
type filterFlags struct {
	types, kinds, actors         listFlag
	actor, since, until          *string
	depth, minWeight, top        *int
	minConf                      *float64
	exclHedged, inclNegated, iso *bool
}

func addFilterFlags(fs *flag.FlagSet) *filterFlags {
	ff := &filterFlags{}
	fs.Var(&ff.types, "types", "only these relation `types` (comma-separated: allied, opposed, supplies, trains, member_of, leads)")
	fs.Var(&ff.kinds, "kinds", "only relations between these actor `kinds` (state, armed_group, company, person, organisation)")
	fs.Var(&ff.actors, "actors", "only relations among these `actors` (comma-separated ids or names)")
	ff.actor = fs.String("actor", "", "export the ego network of this actor (id or name)")
	ff.depth = fs.Int("depth", 1, "with --actor: how many relations away from it")
	ff.since = fs.String("since", "", "only evidence dated on or after this `date` (YYYY, YYYY-MM, YYYY-MM-DD)")
	ff.until = fs.String("until", "", "only evidence dated on or before this `date`")
	ff.minConf = fs.Float64("min-confidence", 0, "drop relations with a lower confidence (0..1)")
	ff.minWeight = fs.Int("min-weight", 0, "drop relations supported by fewer `articles` (their weight)")
	ff.exclHedged = fs.Bool("exclude-hedged", false, "count only asserted evidence (drop \"reportedly\", \"aurait\")")
	ff.inclNegated = fs.Bool("include-negated", false, "also export relations that were only denied")
	ff.top = fs.Int("top", 0, "after the other filters, keep the `N` actors with the most relations and the relations among them")
	ff.iso = fs.Bool("isolated", false, "also export actors without any exported relation")
	return ff
}

// request checks the flags and returns the export they ask for, the
// actor names still to resolve (see resolve).
func (ff *filterFlags) request(format string) (*server.ExportRequest, error) {
	req := &server.ExportRequest{Format: format, ActorRef: *ff.actor, ActorRefs: ff.actors}
	f := &req.Filter
	f.MinConfidence, f.MinWeight, f.Top = *ff.minConf, *ff.minWeight, *ff.top
	f.ExcludeHedged, f.IncludeNegated, f.Isolated = *ff.exclHedged, *ff.inclNegated, *ff.iso
	for _, t := range ff.types {
		rt, err := graph.ParseRelType(t)
		if err != nil {
			return nil, usagef("--types: %v", err)
		}
		f.Types = append(f.Types, rt)
	}
	for _, k := range ff.kinds {
		kd, err := graph.ParseKind(k)
		if err != nil {
			return nil, usagef("--kinds: %v", err)
		}
		f.Kinds = append(f.Kinds, kd)
	}
	var err error
	if f.Since, err = graph.ParseDate(*ff.since); err != nil {
		return nil, usagef("--since: %v", err)
	}
	if f.Until, err = graph.ParseDate(*ff.until); err != nil {
		return nil, usagef("--until: %v", err)
	}
	if *ff.minConf < 0 || *ff.minConf > 1 {
		return nil, usagef("--min-confidence: want a number in [0, 1]")
	}
	if *ff.minWeight < 0 {
		return nil, usagef("--min-weight: want 0 or more")
	}
	if *ff.top < 0 {
		return nil, usagef("--top: want 0 (all) or more")
	}
	if *ff.depth < 1 {
		return nil, usagef("--depth: want at least 1")
	}
	if *ff.actor != "" {
		f.Depth = *ff.depth
	}
	return req, nil
}

// resolve returns the filter of req with its actor names resolved in tx:
// Filter.Actor from ActorRef, Filter.Actors from ActorRefs.
func resolve(ctx context.Context, tx *graph.Tx, req *server.ExportRequest) (export.Filter, error) {
	f := req.Filter
	if req.ActorRef != "" {
		id, err := resolveActor(ctx, tx, req.ActorRef)
		if err != nil {
			return f, err
		}
		f.Actor = id
	}
	for _, ref := range req.ActorRefs {
		id, err := resolveActor(ctx, tx, ref)
		if err != nil {
			return f, err
		}
		f.Actors = append(f.Actors, id)
	}
	return f, nil
}

// dotFlags are the flags of [export.DOTOptions], the same for export and
// render.
type dotFlags struct {
	labels, noLegend *bool
	cluster, title   *string
	labelMinWeight   *int
}

func addDOTFlags(fs *flag.FlagSet, prefix string) *dotFlags {
	df := &dotFlags{}
	df.labels = fs.Bool("labels", false, prefix+"write the relation type on each edge")
	df.cluster = fs.String("cluster", "none", prefix+"group the actors in boxes by `country`, by kind, or none")
	df.labelMinWeight = fs.Int("label-min-weight", 0, prefix+"draw actors whose relations weigh less than `N` in all without a label (name in the tooltip)")
	df.noLegend = fs.Bool("no-legend", false, prefix+"leave out the legend")
	df.title = fs.String("title", "", prefix+"a `title` above the drawing")
	return df
}

// options checks the flags and sets the DOT options of req.
func (df *dotFlags) options(req *server.ExportRequest) error {
	c, err := export.ParseCluster(*df.cluster)
	if err != nil {
		return usagef("--cluster: want none, country or kind, not %q", *df.cluster)
	}
	if *df.labelMinWeight < 0 {
		return usagef("--label-min-weight: want 0 or more")
	}
	req.Labels = *df.labels
	req.Cluster, req.LabelMinWeight, req.NoLegend, req.Title = c, *df.labelMinWeight, *df.noLegend, *df.title
	return nil
}
