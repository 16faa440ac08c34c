package schema

import (
	"fmt"
	"strconv"

	"github.com/actorgraph/actorgraph/graph"
)

// The connections: each holds one page, read in the request's view, with
// the total over all pages and whether more follow.

// pageInfo resolves PageInfo.
type pageInfo struct {
	more bool
	end  string
}

func (p *pageInfo) HasNextPage() bool { return p.more }
func (p *pageInfo) EndCursor() *string {
	if p.end == "" {
		return nil
	}
	return &p.end
}

// edge resolves the XxxEdge types.
type edge[T any] struct {
	cursor string
	node   T
}

func (e *edge[T]) Cursor() string { return e.cursor }
func (e *edge[T]) Node() T        { return e.node }

func edges[T any](nodes []T, cursor func(int) string) []*edge[T] {
	out := make([]*edge[T], len(nodes))
	for i, n := range nodes {
		out[i] = &edge[T]{cursor: cursor(i), node: n}
	}
	return out
}

func info(n int, more bool, cursor func(int) string) *pageInfo {
	p := &pageInfo{more: more}
	if n > 0 {
		p.end = cursor(n - 1)
	}
	return p
}

// actorConn resolves ActorConnection.
type actorConn struct {
	total  int
	more   bool
	actors []*actorR
}

func (c *actorConn) cursor(i int) string { return encodeCursor("actors", c.actors[i].a.ID) }
func (c *actorConn) TotalCount() int32   { return int32(c.total) }
func (c *actorConn) PageInfo() *pageInfo { return info(len(c.actors), c.more, c.cursor) }
func (c *actorConn) Nodes() []*actorR    { return c.actors }
func (c *actorConn) Edges() []*edge[*actorR] {
	return edges(c.actors, c.cursor)
}

// relConn resolves RelationConnection, of Query.relations (cursors are
// relation keys) or Actor.relations (cursors are keys in type then
// neighbour order, in keys).
type relConn struct {
	s     *Schema
	ev    evDefault
	list  string
	total int
	more  bool
	rels  []*graph.Relation
	keys  []string
}

func (c *relConn) cursor(i int) string {
	if c.keys != nil {
		return encodeCursor(c.list, c.keys[i])
	}
	return encodeCursor("relations", relKeyString(c.rels[i].Key()))
}
func (c *relConn) TotalCount() int32   { return int32(c.total) }
func (c *relConn) PageInfo() *pageInfo { return info(len(c.rels), c.more, c.cursor) }
func (c *relConn) Nodes() []*relR      { return c.s.rels(c.rels, c.ev) }
func (c *relConn) Edges() []*edge[*relR] {
	return edges(c.s.rels(c.rels, c.ev), c.cursor)
}

// evConn resolves EvidenceConnection.
type evConn struct {
	s     *Schema
	total int
	more  bool
	evs   []*graph.Evidence
}

func (c *evConn) cursor(i int) string { return encodeCursor("evidence", evCursorKey(c.evs[i])) }
func (c *evConn) TotalCount() int32   { return int32(c.total) }
func (c *evConn) PageInfo() *pageInfo { return info(len(c.evs), c.more, c.cursor) }
func (c *evConn) Nodes() []*evR {
	out := make([]*evR, len(c.evs))
	for i, e := range c.evs {
		out[i] = &evR{s: c.s, e: e}
	}
	return out
}
func (c *evConn) Edges() []*edge[*evR] { return edges(c.Nodes(), c.cursor) }

// neighborConn resolves NeighborConnection.
type neighborConn struct {
	total int
	more  bool
	ns    []*neighbor
}

func (c *neighborConn) cursor(i int) string {
	return encodeCursor("neighbors", fmt.Sprintf("%d:%s", c.ns[i].distance, c.ns[i].id))
}
func (c *neighborConn) TotalCount() int32         { return int32(c.total) }
func (c *neighborConn) PageInfo() *pageInfo       { return info(len(c.ns), c.more, c.cursor) }
func (c *neighborConn) Nodes() []*neighbor        { return c.ns }
func (c *neighborConn) Edges() []*edge[*neighbor] { return edges(c.ns, c.cursor) }

// articleConn resolves ArticleConnection.
type articleConn struct {
	s        *Schema
	total    int
	more     bool
	articles []*graph.Article
}

func (c *articleConn) cursor(i int) string { return encodeCursor("articles", c.articles[i].ID) }
func (c *articleConn) TotalCount() int32   { return int32(c.total) }
func (c *articleConn) PageInfo() *pageInfo { return info(len(c.articles), c.more, c.cursor) }
func (c *articleConn) Nodes() []*articleR {
	out := make([]*articleR, len(c.articles))
	for i, a := range c.articles {
		out[i] = &articleR{s: c.s, a: a}
	}
	return out
}
func (c *articleConn) Edges() []*edge[*articleR] { return edges(c.Nodes(), c.cursor) }

// decisionConn resolves DecisionConnection.
type decisionConn struct {
	total     int
	more      bool
	decisions []*graph.Decision
}

func (c *decisionConn) cursor(i int) string {
	return encodeCursor("decisions", strconv.FormatUint(c.decisions[i].Seq, 10))
}
func (c *decisionConn) TotalCount() int32   { return int32(c.total) }
func (c *decisionConn) PageInfo() *pageInfo { return info(len(c.decisions), c.more, c.cursor) }
func (c *decisionConn) Nodes() []*decisionR {
	out := make([]*decisionR, len(c.decisions))
	for i, d := range c.decisions {
		out[i] = &decisionR{d}
	}
	return out
}
func (c *decisionConn) Edges() []*edge[*decisionR] { return edges(c.Nodes(), c.cursor) }
