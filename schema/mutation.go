package schema

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	graphql "github.com/graph-gophers/graphql-go"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
)

// The mutations. Each checks write access first, then writes through the
// store's writer; what it returns is read afterwards, in a view of its own.

func (r *resolver) IngestArticle(ctx context.Context, args struct {
	Text                           string
	ID                             *graphql.ID
	URL, Title, Date, Lang, Outlet *string
}) (*ingestR, error) {
	s := r.s
	if !writeAccess(ctx) {
		return nil, errWritesDisabled()
	}
	c, err := s.extract(ctx, args.Text, id(args.ID), str(args.URL), str(args.Title), str(args.Date), str(args.Lang), str(args.Outlet))
	if err != nil {
		return nil, err
	}
	res, err := s.store.Ingest(ctx, c)
	if err != nil {
		return nil, s.fail(ctx, fmt.Errorf("ingest article: %w", err))
	}
	out := &ingestR{s: s, res: res}
	err = s.view(ctx, func(tx *graph.Tx) error {
		a, err := tx.Article(ctx, res.Article)
		if err != nil {
			return fmt.Errorf("read the article back: %w", err)
		}
		out.article = a
		if res.Status == graph.StatusRetracted {
			return nil
		}
		seen := map[graph.RelKey]bool{}
		for _, cr := range c.Relations {
			from, err1 := c.ActorID(cr.From)
			to, err2 := c.ActorID(cr.To)
			if err1 != nil || err2 != nil {
				continue
			}
			if from, err = tx.Resolve(ctx, from); err != nil {
				return err
			}
			if to, err = tx.Resolve(ctx, to); err != nil {
				return err
			}
			k := graph.RelKey{From: from, Type: cr.Type, To: to}.Canonical()
			if seen[k] {
				continue
			}
			seen[k] = true
			rel, err := tx.Relation(ctx, k.From, k.Type, k.To, nil)
			if errors.Is(err, graph.ErrNotFound) {
				continue // dropped by the type rules or by curation
			}
			if err != nil {
				return err
			}
			out.rels = append(out.rels, rel)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// extract reads one article as "actorgraph load" reads a line of a JSONL
// file (the same reader, defaults and checks) and extracts its claims.
func (s *Schema) extract(ctx context.Context, text string, id, url, title, date, lang, outlet string) (*graph.Claims, error) {
	line, err := json.Marshal(map[string]any{"text": text, "id": id, "url": url, "title": title, "date": date, "lang": lang, "outlet": outlet})
	if err != nil {
		return nil, fmt.Errorf("ingest article: %w", err)
	}
	var item loader.Item
	err = loader.ReadFile(ctx, "ingestArticle", strings.NewReader(string(line)), loader.ReadOptions{Format: "jsonl"}, func(it loader.Item) error {
		item = it
		return nil
	})
	if err != nil {
		return nil, s.fail(ctx, fmt.Errorf("ingest article: %w", err))
	}
	switch {
	case item.Err != nil:
		return nil, &Error{Code: CodeInvalid, Message: "ingestArticle: " + item.Err.Err.Error(), Err: item.Err}
	case item.Article == nil:
		return nil, errorf(CodeInvalid, "ingestArticle: no article")
	}
	c, err := s.ex.Extract(ctx, item.Article)
	if err != nil {
		return nil, s.fail(ctx, fmt.Errorf("ingest article: extract: %w", err))
	}
	return c, nil
}

// ingestR resolves IngestResult.
type ingestR struct {
	s       *Schema
	res     graph.IngestResult
	article *graph.Article
	rels    []*graph.Relation
}

func (r *ingestR) Article() *articleR   { return &articleR{s: r.s, a: r.article} }
func (r *ingestR) Status() string       { return strings.ToUpper(string(r.res.Status)) }
func (r *ingestR) ActorCount() int32    { return int32(r.res.Actors) }
func (r *ingestR) RelationCount() int32 { return int32(r.res.Relations) }
func (r *ingestR) EvidenceCount() int32 { return int32(r.res.Evidence) }
func (r *ingestR) Relations() []*relR   { return r.s.rels(r.rels, evDefault{}) }
func (r *ingestR) Rejected() []*ruleR   { return rules(r.res.Rejected) }
func (r *ingestR) Dropped() []*relKeyR  { return relKeys(r.res.Dropped) }

// meta are the arguments every decision takes.
type meta struct {
	Reason, Author *string
}

// decide checks write access, makes the decision and reads back the actor
// it concerns.
func (r *resolver) decide(ctx context.Context, d graph.Decision, m meta) (*decisionResultR, error) {
	s := r.s
	if !writeAccess(ctx) {
		return nil, errWritesDisabled()
	}
	d.Reason, d.Author = str(m.Reason), str(m.Author)
	res, err := s.store.Decide(ctx, d, nil)
	if err != nil {
		return nil, s.fail(ctx, err)
	}
	out := &decisionResultR{s: s, res: res}
	subject := d.Actor
	if d.Op == graph.OpMerge {
		subject = d.Other
	}
	if subject != "" {
		err = s.view(ctx, func(tx *graph.Tx) (err error) { out.actor, err = actorOrNil(ctx, tx, subject); return err })
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (r *resolver) Merge(ctx context.Context, args struct {
	Actor, Into graphql.ID
	meta
}) (*decisionResultR, error) {
	return r.decide(ctx, graph.Decision{Op: graph.OpMerge, Actor: string(args.Actor), Other: string(args.Into)}, args.meta)
}

func (r *resolver) Unmerge(ctx context.Context, args struct {
	Actor graphql.ID
	meta
}) (*decisionResultR, error) {
	return r.decide(ctx, graph.Decision{Op: graph.OpUnmerge, Actor: string(args.Actor)}, args.meta)
}

func (r *resolver) Rename(ctx context.Context, args struct {
	Actor graphql.ID
	Name  string
	meta
}) (*decisionResultR, error) {
	return r.decide(ctx, graph.Decision{Op: graph.OpRename, Actor: string(args.Actor), Name: args.Name}, args.meta)
}

func (r *resolver) SetKind(ctx context.Context, args struct {
	Actor graphql.ID
	Kind  string
	meta
}) (*decisionResultR, error) {
	k, err := kindArg(args.Kind)
	if err != nil {
		return nil, err
	}
	return r.decide(ctx, graph.Decision{Op: graph.OpKind, Actor: string(args.Actor), Kind: k}, args.meta)
}

func (r *resolver) AddAlias(ctx context.Context, args struct {
	Actor graphql.ID
	Form  string
	meta
}) (*decisionResultR, error) {
	return r.decide(ctx, graph.Decision{Op: graph.OpAliasAdd, Actor: string(args.Actor), Form: args.Form}, args.meta)
}

func (r *resolver) RemoveAlias(ctx context.Context, args struct {
	Actor graphql.ID
	Form  string
	meta
}) (*decisionResultR, error) {
	return r.decide(ctx, graph.Decision{Op: graph.OpAliasRemove, Actor: string(args.Actor), Form: args.Form}, args.meta)
}

func (r *resolver) NotSame(ctx context.Context, args struct {
	A, B graphql.ID
	meta
}) (*decisionResultR, error) {
	return r.decide(ctx, graph.Decision{Op: graph.OpNotSame, Actor: string(args.A), Other: string(args.B)}, args.meta)
}

func (r *resolver) Split(ctx context.Context, args struct {
	Actor    graphql.ID
	NewID    graphql.ID
	NewName  *string
	Articles *[]graphql.ID
	Form     *string
	meta
}) (*decisionResultR, error) {
	d := graph.Decision{Op: graph.OpSplit, Actor: string(args.Actor), Other: string(args.NewID), Name: str(args.NewName), Form: str(args.Form)}
	if args.Articles != nil {
		for _, a := range *args.Articles {
			d.Articles = append(d.Articles, string(a))
		}
	}
	return r.decide(ctx, d, args.meta)
}

func (r *resolver) Retract(ctx context.Context, args struct {
	Article graphql.ID
	meta
}) (*decisionResultR, error) {
	return r.decide(ctx, graph.Decision{Op: graph.OpRetract, Article: string(args.Article)}, args.meta)
}

func (r *resolver) Unretract(ctx context.Context, args struct {
	Article graphql.ID
	meta
}) (*decisionResultR, error) {
	return r.decide(ctx, graph.Decision{Op: graph.OpUnretract, Article: string(args.Article)}, args.meta)
}

// decisionResultR resolves DecisionResult.
type decisionResultR struct {
	s     *Schema
	res   *graph.DecisionResult
	actor *graph.Actor
}

func (r *decisionResultR) Decision() *decisionR    { return &decisionR{&r.res.Decision} }
func (r *decisionResultR) Noop() bool              { return r.res.Noop }
func (r *decisionResultR) ArticlesResolved() int32 { return int32(r.res.Articles) }
func (r *decisionResultR) Dropped() []*relKeyR     { return relKeys(r.res.Dropped) }
func (r *decisionResultR) Rejected() []*ruleR      { return rules(r.res.Rejected) }
func (r *decisionResultR) Actor() *actorR {
	if r.actor == nil {
		return nil
	}
	return &actorR{s: r.s, a: r.actor}
}

// relKeyR resolves RelationKey.
type relKeyR struct{ k graph.RelKey }

func (r *relKeyR) From() graphql.ID { return graphql.ID(r.k.From) }
func (r *relKeyR) Type() string     { return relTypeEnum(r.k.Type) }
func (r *relKeyR) To() graphql.ID   { return graphql.ID(r.k.To) }

func relKeys(ks []graph.RelKey) []*relKeyR {
	out := make([]*relKeyR, len(ks))
	for i, k := range ks {
		out[i] = &relKeyR{k}
	}
	return out
}

// ruleR resolves TypeRuleViolation.
type ruleR struct{ e *graph.TypeRuleError }

func (r *ruleR) From() graphql.ID { return graphql.ID(r.e.From) }
func (r *ruleR) FromKind() string { return kindEnum(r.e.FromKind) }
func (r *ruleR) Type() string     { return relTypeEnum(r.e.Type) }
func (r *ruleR) To() graphql.ID   { return graphql.ID(r.e.To) }
func (r *ruleR) ToKind() string   { return kindEnum(r.e.ToKind) }
func (r *ruleR) Message() string  { return r.e.Error() }

func rules(es []*graph.TypeRuleError) []*ruleR {
	out := make([]*ruleR, len(es))
	for i, e := range es {
		out[i] = &ruleR{e}
	}
	return out
}
