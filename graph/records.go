package graph

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
)

// This file holds the records the store keeps under each key prefix and
// the arithmetic that maintains the derived ones incrementally. Every
// derived record is a sum of per-article contributions, so adding and
// removing an article are exact inverses and the result does not depend on
// the order articles arrive in.

// articleRec is the d/ record: an article's identity and bookkeeping.
type articleRec struct {
	ID          string   `json:"id"`
	URL         string   `json:"url,omitempty"`
	Title       string   `json:"title,omitempty"`
	Date        Date     `json:"date"`
	Lang        string   `json:"lang,omitempty"`
	Outlet      string   `json:"outlet,omitempty"`
	ContentHash string   `json:"content_hash"`
	Fingerprint string   `json:"fingerprint"`
	Retracted   bool     `json:"retracted,omitempty"`
	Actors      []string `json:"actors,omitempty"` // ids of the actors mentioned, sorted
	Evidence    int      `json:"evidence"`
}

func (r *articleRec) article() *Article {
	return &Article{ID: r.ID, URL: r.URL, Title: r.Title, Date: r.Date, Lang: r.Lang, Outlet: r.Outlet,
		ContentHash: r.ContentHash, Fingerprint: r.Fingerprint, Retracted: r.Retracted, Evidence: r.Evidence}
}

// textRec is the t/ record: the article's text, or for an article that
// came as claims without text, its claims.
type textRec struct {
	Text   string  `json:"text,omitempty"`
	Claims *Claims `json:"claims,omitempty"`
}

// evSummary is the value of an e/ index key: what aggregation needs of one
// evidence record without reading it.
type evSummary struct {
	Hedged, Negated bool
	Support         int // permille; 0 when negated
	Outlet          string
}

func (e evSummary) encode() []byte {
	b := make([]byte, 3, 3+len(e.Outlet))
	if e.Hedged {
		b[0] |= 1
	}
	if e.Negated {
		b[0] |= 2
	}
	binary.BigEndian.PutUint16(b[1:], uint16(e.Support))
	return append(b, e.Outlet...)
}

func decodeEvSummary(b []byte) (evSummary, error) {
	if len(b) < 3 || b[0]&^3 != 0 {
		return evSummary{}, fmt.Errorf("graph: bad evidence index value %q", b)
	}
	return evSummary{Hedged: b[0]&1 != 0, Negated: b[0]&2 != 0, Support: int(binary.BigEndian.Uint16(b[1:])), Outlet: string(b[3:])}, nil
}

// DefaultEvidenceConfidence is the confidence of an evidence record that
// does not state one.
const DefaultEvidenceConfidence = 0.8

// HedgeFactor scales the support of hedged evidence.
const HedgeFactor = 0.5

// support returns the permille support an evidence record lends its relation.
func support(e *Evidence) int {
	if e.Negated {
		return 0
	}
	c := e.Confidence
	if c <= 0 {
		c = DefaultEvidenceConfidence
	}
	if e.Hedged {
		c *= HedgeFactor
	}
	p := int(math.Round(c * 1000))
	if p < 1 {
		p = 1
	}
	if p > 1000 {
		p = 1000
	}
	return p
}

func summarise(e *Evidence, outlet string) evSummary {
	return evSummary{Hedged: e.Hedged, Negated: e.Negated, Support: support(e), Outlet: outlet}
}

// relContrib is what one article contributes to one relation.
type relContrib struct {
	asserted, hedged, negated int
	support                   int // the best permille support of its non-negated evidence
	outlet                    string
	first, last               Date // over its dated non-negated evidence
	nfirst, nlast             Date // over its dated negated evidence
}

// widen extends [first, last] to include d (ignored when unknown).
func widen(first, last *Date, d Date) {
	if d.IsZero() {
		return
	}
	if first.IsZero() || d.Compare(*first) < 0 {
		*first = d
	}
	if last.IsZero() || d.Compare(*last) > 0 {
		*last = d
	}
}

func (c *relContrib) addEvidence(s evSummary, d Date) {
	switch {
	case s.Negated:
		c.negated++
	case s.Hedged:
		c.hedged++
	default:
		c.asserted++
	}
	if s.Support > c.support {
		c.support = s.Support
	}
	c.outlet = s.Outlet
	if s.Negated {
		widen(&c.nfirst, &c.nlast, d)
	} else {
		widen(&c.first, &c.last, d)
	}
}

// outletAgg sums the contributions of one outlet's articles to a relation.
type outletAgg struct {
	Articles   int `json:"n"`           // articles with any evidence
	Supporting int `json:"s,omitempty"` // articles with non-negated evidence
	Support    int `json:"p,omitempty"` // sum of their permille support
}

// relAgg is the o/ record: a relation's derived aggregate.
type relAgg struct {
	Asserted int                   `json:"asserted"`
	Hedged   int                   `json:"hedged"`
	Negated  int                   `json:"negated"`
	Articles int                   `json:"articles"`
	Weight   int                   `json:"weight"`
	Outlets  map[string]*outletAgg `json:"outlets,omitempty"`
	// First and Last bound the dates of the non-negated evidence,
	// DeniedFirst and DeniedLast those of the negated evidence.
	First       Date `json:"first"`
	Last        Date `json:"last"`
	DeniedFirst Date `json:"denied_first,omitzero"`
	DeniedLast  Date `json:"denied_last,omitzero"`
}

// rescan says which date bounds of an aggregate must be found again in the
// evidence index, because a removed contribution sat on a boundary.
type rescan struct{ supporting, denied bool }

func (r rescan) any() bool { return r.supporting || r.denied }

// add adds (sign +1) or removes (sign -1) one article's contribution.
func (a *relAgg) add(c *relContrib, sign int) rescan {
	a.Asserted += sign * c.asserted
	a.Hedged += sign * c.hedged
	a.Negated += sign * c.negated
	a.Articles += sign
	supporting := c.asserted+c.hedged > 0
	if supporting {
		a.Weight += sign
	}
	if a.Outlets == nil {
		a.Outlets = map[string]*outletAgg{}
	}
	o := a.Outlets[c.outlet]
	if o == nil {
		o = &outletAgg{}
		a.Outlets[c.outlet] = o
	}
	o.Articles += sign
	if supporting {
		o.Supporting += sign
		o.Support += sign * c.support
	}
	if o.Articles <= 0 {
		delete(a.Outlets, c.outlet)
	}
	if sign > 0 {
		widen(&a.First, &a.Last, c.first)
		widen(&a.First, &a.Last, c.last)
		widen(&a.DeniedFirst, &a.DeniedLast, c.nfirst)
		widen(&a.DeniedFirst, &a.DeniedLast, c.nlast)
		return rescan{}
	}
	return rescan{
		supporting: !c.first.IsZero() && (c.first == a.First || c.last == a.Last),
		denied:     !c.nfirst.IsZero() && (c.nfirst == a.DeniedFirst || c.nlast == a.DeniedLast),
	}
}

// Confidence returns a relation's confidence from its aggregate:
//
//	q(o)  = mean support of the supporting articles of outlet o, where an
//	        article's support is the best of its non-negated evidence, each
//	        worth its extractor confidence (DefaultEvidenceConfidence when
//	        unstated), halved when hedged
//	c     = 1 − Π over outlets (1 − q(o))    independent outlets corroborate
//	conf  = c × S / (S + N)                  S non-negated, N negated records
//
// rounded to three decimals. Articles without an outlet count as one
// outlet, so a folder of undated, unattributed files is one source, and
// five copies of one wire story are not five sources.
func (a *relAgg) confidence() float64 { return float64(a.confidencePermille()) / 1000 }

// confidencePermille is the confidence in thousandths (as rounded).
func (a *relAgg) confidencePermille() int {
	if a.Asserted+a.Hedged == 0 {
		return 0
	}
	outlets := make([]string, 0, len(a.Outlets))
	for k := range a.Outlets {
		outlets = append(outlets, k)
	}
	sort.Strings(outlets)
	miss := 1.0
	for _, k := range outlets {
		o := a.Outlets[k]
		if o.Supporting <= 0 {
			continue
		}
		q := float64(o.Support) / float64(o.Supporting) / 1000
		miss *= 1 - q
	}
	s := float64(a.Asserted + a.Hedged)
	c := (1 - miss) * s / (s + float64(a.Negated))
	return int(math.Round(c * 1000))
}

func (a *relAgg) relation(k RelKey) *Relation {
	r := &Relation{From: k.From, Type: k.Type, To: k.To, Symmetric: k.Type.Symmetric(),
		Asserted: a.Asserted, Hedged: a.Hedged, Negated: a.Negated, Articles: a.Articles,
		Outlets: len(a.Outlets), Weight: a.Weight, Confidence: a.confidence(), FirstSeen: a.First, LastSeen: a.Last}
	if a.Asserted+a.Hedged == 0 {
		r.FirstSeen, r.LastSeen = a.DeniedFirst, a.DeniedLast
	}
	return r
}

func (a *relAgg) empty() bool { return a.Articles <= 0 }

// actorMention is the x/ record: how one article presents one actor.
type actorMention struct {
	Name        string      `json:"name"`
	Kind        Kind        `json:"kind"`
	Aliases     []string    `json:"aliases,omitempty"`
	Source      AliasSource `json:"source"`
	Country     string      `json:"country,omitempty"`
	Wikidata    string      `json:"wikidata,omitempty"`
	SuccessorOf string      `json:"successor_of,omitempty"`
	Mentions    int         `json:"mentions"`
}

// actorRec is the n/ record: an actor derived from its mentions. The
// votes are counts of articles giving each value.
type actorRec struct {
	ID         string                         `json:"id"`
	Names      map[string]int                 `json:"names"`
	Kinds      map[string]int                 `json:"kinds"`
	Countries  map[string]int                 `json:"countries,omitempty"`
	Wikidata   map[string]int                 `json:"wikidata,omitempty"`
	Successors map[string]int                 `json:"successors,omitempty"`
	Aliases    map[string]map[AliasSource]int `json:"aliases,omitempty"`
	Mentions   int                            `json:"mentions"`
	Articles   int                            `json:"articles"`
	First      Date                           `json:"first"`
	Last       Date                           `json:"last"`
	// formsChanged is set (in memory only) when add gives the record a
	// name or alias it did not have or takes one away, so that its folded
	// forms must be computed again.
	formsChanged bool
}

func newActorRec(id string) *actorRec {
	return &actorRec{ID: id, Names: map[string]int{}, Kinds: map[string]int{}}
}

// vote adds sign to the votes for v; it reports whether v appeared or
// disappeared.
func vote(m *map[string]int, v string, sign int) (changed bool) {
	if v == "" {
		return false
	}
	if *m == nil {
		*m = map[string]int{}
	}
	n, had := (*m)[v]
	n += sign
	if n <= 0 {
		delete(*m, v)
		return had
	}
	(*m)[v] = n
	return !had
}

// add adds or removes one article's mention; it reports whether first/last
// must be recomputed.
func (r *actorRec) add(m *actorMention, date Date, sign int) (rescanDates bool) {
	if vote(&r.Names, m.Name, sign) {
		r.formsChanged = true
	}
	vote(&r.Kinds, string(m.Kind), sign)
	vote(&r.Countries, m.Country, sign)
	vote(&r.Wikidata, m.Wikidata, sign)
	vote(&r.Successors, m.SuccessorOf, sign)
	src := m.Source
	if src == "" {
		src = SourceExtracted
	}
	for _, f := range m.Aliases {
		if r.Aliases == nil {
			r.Aliases = map[string]map[AliasSource]int{}
		}
		srcs := r.Aliases[f]
		if srcs == nil {
			srcs = map[AliasSource]int{}
			r.Aliases[f] = srcs
			r.formsChanged = true
		}
		srcs[src] += sign
		if srcs[src] <= 0 {
			delete(srcs, src)
		}
		if len(srcs) == 0 {
			delete(r.Aliases, f)
			r.formsChanged = true
		}
	}
	n := m.Mentions
	if n <= 0 {
		n = 1
	}
	r.Mentions += sign * n
	r.Articles += sign
	if date.IsZero() {
		return false
	}
	if sign > 0 {
		if r.First.IsZero() || date.Compare(r.First) < 0 {
			r.First = date
		}
		if r.Last.IsZero() || date.Compare(r.Last) > 0 {
			r.Last = date
		}
		return false
	}
	return date == r.First || date == r.Last
}

func (r *actorRec) empty() bool { return r.Articles <= 0 }

// top returns the value with the most votes, ties broken by the smallest.
func top(m map[string]int) string {
	best, n := "", 0
	for v, c := range m {
		if c > n || (c == n && v < best) {
			best, n = v, c
		}
	}
	return best
}

func (r *actorRec) kind() Kind { return Kind(top(r.Kinds)) }

// kindWith returns the actor's kind, the curated one when the log set it.
func (r *actorRec) kindWith(c *curation) Kind {
	if c != nil && c.Kind != "" {
		return c.Kind
	}
	return r.kind()
}

// view returns the actor as users see it: derived from its mentions, with
// the log's curation (name, kind, added and removed aliases) on top.
func (r *actorRec) view(c *curation) *Actor {
	a := r.actor()
	if c == nil {
		return a
	}
	if c.Name != "" {
		a.Name = c.Name
	}
	a.Kind = r.kindWith(c)
	forms := map[string]AliasSource{}
	for _, al := range a.Aliases {
		if !c.removed(Fold(al.Form)) {
			forms[al.Form] = al.Source
		}
	}
	for _, f := range c.Added {
		forms[f] = SourceCurated
	}
	if c.Name != "" {
		forms[c.Name] = SourceCurated
	}
	a.Aliases = nil
	for _, f := range sortedKeys(forms) {
		a.Aliases = append(a.Aliases, Alias{Form: f, Source: forms[f]})
	}
	return a
}

// foldsWith returns the folded forms the alias index holds for the actor:
// its names and aliases, with the log's added ones and without its
// removed ones.
func (r *actorRec) foldsWith(c *curation) map[string]bool {
	out := r.aliasFolds()
	if c == nil {
		return out
	}
	for _, f := range c.Removed {
		delete(out, Fold(f))
	}
	for _, f := range append(slices.Clone(c.Added), c.Name) {
		if ff := Fold(f); ff != "" {
			out[ff] = true
		}
	}
	return out
}

func (r *actorRec) actor() *Actor {
	a := &Actor{ID: r.ID, Kind: r.kind(), Name: top(r.Names), Country: top(r.Countries),
		Wikidata: top(r.Wikidata), SuccessorOf: top(r.Successors), FirstSeen: r.First, LastSeen: r.Last,
		Mentions: r.Mentions, Articles: r.Articles}
	if a.Name == "" {
		a.Name = r.ID
	}
	forms := map[string]AliasSource{}
	for f, srcs := range r.Aliases {
		for src := range srcs {
			if src.rank() > forms[f].rank() {
				forms[f] = src
			}
		}
	}
	for name := range r.Names {
		if _, ok := forms[name]; !ok {
			forms[name] = SourceExtracted
		}
	}
	for _, f := range sortedKeys(forms) {
		a.Aliases = append(a.Aliases, Alias{Form: f, Source: forms[f]})
	}
	return a
}

// aliasFolds returns the folded forms under which the actor is indexed:
// its names and aliases (FindActors also matches an exact id).
func (r *actorRec) aliasFolds() map[string]bool {
	out := map[string]bool{}
	add := func(s string) {
		if f := Fold(s); f != "" {
			out[f] = true
		}
	}
	for n := range r.Names {
		add(n)
	}
	for f := range r.Aliases {
		add(f)
	}
	return out
}

// Stats counts what the graph holds.
type Stats struct {
	Actors          int             `json:"actors"`
	ActorsByKind    map[Kind]int    `json:"actors_by_kind"`
	Relations       int             `json:"relations"` // edges: relations with non-negated evidence
	RelationsByType map[RelType]int `json:"relations_by_type"`
	NegatedOnly     int             `json:"negated_only"` // relations with only negated evidence
	Evidence        int             `json:"evidence"`
	Articles        int             `json:"articles"` // live articles
	Retracted       int             `json:"retracted"`
}

func (s *Stats) init() {
	if s.ActorsByKind == nil {
		s.ActorsByKind = map[Kind]int{}
	}
	if s.RelationsByType == nil {
		s.RelationsByType = map[RelType]int{}
	}
}

func (s *Stats) addActor(r *actorRec, sign int) {
	if r == nil || r.empty() {
		return
	}
	s.addActorKind(r.kind(), sign)
}

// addActorKind counts one live actor of kind k in or out.
func (s *Stats) addActorKind(k Kind, sign int) {
	s.init()
	s.Actors += sign
	s.ActorsByKind[k] += sign
	if s.ActorsByKind[k] == 0 {
		delete(s.ActorsByKind, k)
	}
}

func (s *Stats) addRelation(t RelType, a *relAgg, sign int) {
	if a == nil || a.empty() {
		return
	}
	s.init()
	if a.Asserted+a.Hedged == 0 {
		s.NegatedOnly += sign
		return
	}
	s.Relations += sign
	s.RelationsByType[t] += sign
	if s.RelationsByType[t] == 0 {
		delete(s.RelationsByType, t)
	}
}

func marshal(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("graph: marshal %T: %v", v, err)) // only plain data types are marshalled
	}
	return b
}
