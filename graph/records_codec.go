package graph

import (
	"fmt"

	"github.com/klauspost/compress/s2"
)

// This file encodes the records the store writes for every article (layout
// version 3): the relation aggregate (o/) and its summary on the
// in-neighbour index (i/), evidence (v/), mentions (x/), actors (n/),
// articles (d/) and texts with their claims (t/). They are binary (see
// codec.go): JSON cost a quarter of the writer's time. Each encoding is a
// function of the record alone, with maps in key order, so equal records
// encode to equal bytes and check can compare bytes. The counters (m/stats)
// and the decision log's state stay JSON: they are written once per batch
// or per decision.

// relation summary flags.
const relFlagEdge = 1 // the relation has non-negated evidence

// encodeRelAgg returns the o/ value of an aggregate and the length of its
// summary, the prefix of it that is also the i/ value: the flags, the
// counts, the confidence and the dates — everything a [Relation] shows.
// The outlets follow.
func encodeRelAgg(a *relAgg) (v []byte, summary int) {
	e := newEnc(48 + 16*len(a.Outlets))
	var flags byte
	if a.Asserted+a.Hedged > 0 {
		flags |= relFlagEdge
	}
	e.byte(flags)
	e.int(a.Asserted)
	e.int(a.Hedged)
	e.int(a.Negated)
	e.int(a.Articles)
	e.int(a.Weight)
	e.int(len(a.Outlets))
	e.int(a.confidencePermille())
	e.date(a.First)
	e.date(a.Last)
	e.date(a.DeniedFirst)
	e.date(a.DeniedLast)
	summary = len(e.b)
	e.uint(uint64(len(a.Outlets)))
	for _, name := range sortedKeys(a.Outlets) {
		o := a.Outlets[name]
		e.str(name)
		e.int(o.Articles)
		e.int(o.Supporting)
		e.int(o.Support)
	}
	return e.b, summary
}

// relSummary is the decoded summary of a relation aggregate.
type relSummary struct {
	flags                                       byte
	asserted, hedged, negated, articles, weight int
	outlets, confidence                         int // confidence in permille
	first, last, deniedFirst, deniedLast        Date
}

func (d *dec) relSummary() relSummary {
	return relSummary{flags: d.byte(), asserted: d.int(), hedged: d.int(), negated: d.int(), articles: d.int(),
		weight: d.int(), outlets: d.int(), confidence: d.int(),
		first: d.date(), last: d.date(), deniedFirst: d.date(), deniedLast: d.date()}
}

// decodeRelation reads the relation at k from an o/ or i/ value: only the
// summary is decoded.
func decodeRelation(k RelKey, v []byte) (*Relation, error) {
	r := &Relation{}
	if err := decodeRelationInto(r, k, v); err != nil {
		return nil, err
	}
	return r, nil
}

// decodeRelationInto is decodeRelation into r.
func decodeRelationInto(r *Relation, k RelKey, v []byte) error {
	d := newDec(v)
	s := d.relSummary()
	if d.err != nil {
		return fmt.Errorf("graph: decode relation %s: %w", k, d.err)
	}
	*r = Relation{From: k.From, Type: k.Type, To: k.To, Symmetric: k.Type.Symmetric(),
		Asserted: s.asserted, Hedged: s.hedged, Negated: s.negated, Articles: s.articles,
		Outlets: s.outlets, Weight: s.weight, Confidence: float64(s.confidence) / 1000,
		FirstSeen: s.first, LastSeen: s.last}
	if s.asserted+s.hedged == 0 {
		r.FirstSeen, r.LastSeen = s.deniedFirst, s.deniedLast
	}
	return nil
}

// relValueEdge reports whether an o/ or i/ value is that of an edge,
// without decoding it.
func relValueEdge(v []byte) bool { return len(v) > 1 && v[1]&relFlagEdge != 0 }

// decodeRelAgg reads a whole o/ value.
func decodeRelAgg(v []byte) (*relAgg, error) {
	d := newDec(v)
	s := d.relSummary()
	a := &relAgg{Asserted: s.asserted, Hedged: s.hedged, Negated: s.negated, Articles: s.articles, Weight: s.weight,
		First: s.first, Last: s.last, DeniedFirst: s.deniedFirst, DeniedLast: s.deniedLast}
	if n := d.count(4); n > 0 {
		a.Outlets = make(map[string]*outletAgg, n)
		for range n {
			name := d.str()
			a.Outlets[name] = &outletAgg{Articles: d.int(), Supporting: d.int(), Support: d.int()}
		}
	}
	if err := d.end(); err != nil {
		return nil, err
	}
	return a, nil
}

const (
	evFlagHedged  = 1
	evFlagNegated = 2
)

// encodeEvidence returns the v/ value of an evidence record.
func encodeEvidence(ev *Evidence) []byte {
	e := newEnc(64 + len(ev.Article) + len(ev.Text) + len(ev.Trigger) + len(ev.Rule) + len(ev.Attribution) + len(ev.Supplied) + len(ev.Extractor))
	e.str(ev.Article)
	e.int(ev.Sentence)
	e.int(ev.K)
	e.str(ev.From)
	e.str(string(ev.Type))
	e.str(ev.To)
	e.int(ev.Start)
	e.int(ev.End)
	e.str(ev.Text)
	e.date(ev.Date)
	var flags byte
	if ev.Hedged {
		flags |= evFlagHedged
	}
	if ev.Negated {
		flags |= evFlagNegated
	}
	e.byte(flags)
	e.provenance(ev.Attribution, ev.Trigger, ev.Rule, ev.Supplied, ev.Extractor, ev.Confidence)
	return e.b
}

// provenance writes what an evidence record says of where it came from,
// in the order both the v/ records and the claims of t/ records keep it.
func (e *enc) provenance(attribution, trigger, rule, supplied, extractor string, confidence float64) {
	e.str(attribution)
	e.str(trigger)
	e.str(rule)
	e.str(supplied)
	e.str(extractor)
	e.f64(confidence)
}

// decodeEvidence reads a v/ value.
func decodeEvidence(v []byte) (*Evidence, error) {
	d := newDec(v)
	ev := &Evidence{Article: d.str(), Sentence: d.int(), K: d.int(), From: d.str(), Type: d.relType(), To: d.str(),
		Start: d.int(), End: d.int(), Text: d.str(), Date: d.date()}
	flags := d.byte()
	ev.Hedged, ev.Negated = flags&evFlagHedged != 0, flags&evFlagNegated != 0
	ev.Attribution, ev.Trigger, ev.Rule, ev.Supplied, ev.Extractor = d.str(), d.str(), d.str(), d.str(), d.str()
	ev.Confidence = d.f64()
	if err := d.end(); err != nil {
		return nil, err
	}
	return ev, nil
}

// encodeMention returns the x/ value of a mention.
func encodeMention(m *actorMention) []byte {
	e := newEnc(32 + len(m.Name) + 16*len(m.Aliases))
	e.str(m.Name)
	e.str(string(m.Kind))
	e.strs(m.Aliases)
	e.str(string(m.Source))
	e.str(m.Country)
	e.str(m.Wikidata)
	e.str(m.SuccessorOf)
	e.int(m.Mentions)
	return e.b
}

// decodeMention reads an x/ value.
func decodeMention(v []byte) (*actorMention, error) {
	d := newDec(v)
	m := &actorMention{Name: d.str(), Kind: d.kind(), Aliases: d.strs(), Source: AliasSource(d.str()),
		Country: d.str(), Wikidata: d.str(), SuccessorOf: d.str(), Mentions: d.int()}
	if err := d.end(); err != nil {
		return nil, err
	}
	return m, nil
}

// encodeActor returns the n/ value of an actor record.
func encodeActor(r *actorRec) []byte {
	e := newEnc(64 + 24*(len(r.Names)+len(r.Aliases)))
	e.str(r.ID)
	e.votes(r.Names)
	e.votes(r.Kinds)
	e.votes(r.Countries)
	e.votes(r.Wikidata)
	e.votes(r.Successors)
	e.uint(uint64(len(r.Aliases)))
	for _, form := range sortedVoteKeys(r.Aliases) {
		srcs := r.Aliases[form]
		e.str(form)
		e.uint(uint64(len(srcs)))
		for _, src := range sortedSources(srcs) {
			e.str(string(src))
			e.int(srcs[src])
		}
	}
	e.int(r.Mentions)
	e.int(r.Articles)
	e.date(r.First)
	e.date(r.Last)
	return e.b
}

func sortedSources(m map[AliasSource]int) []AliasSource {
	out := make([]AliasSource, 0, len(m))
	for s := range m {
		out = append(out, s)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func (d *dec) source() AliasSource {
	b := d.bytes()
	for _, s := range []AliasSource{SourceExtracted, SourceDictionary, SourceCurated} {
		if string(s) == string(b) {
			return s
		}
	}
	return AliasSource(b)
}

// decodeActor reads an n/ value.
func decodeActor(v []byte) (*actorRec, error) {
	d := newDec(v)
	r := &actorRec{ID: d.str(), Names: d.votes(), Kinds: d.votes(), Countries: d.votes(), Wikidata: d.votes(), Successors: d.votes()}
	if n := d.count(2); n > 0 {
		r.Aliases = make(map[string]map[AliasSource]int, n)
		for range n {
			form := d.str()
			m := d.count(2)
			srcs := make(map[AliasSource]int, m)
			for range m {
				src := d.source()
				srcs[src] = d.int()
			}
			r.Aliases[form] = srcs
		}
	}
	r.Mentions, r.Articles = d.int(), d.int()
	r.First, r.Last = d.date(), d.date()
	if err := d.end(); err != nil {
		return nil, err
	}
	if r.Names == nil {
		r.Names = map[string]int{}
	}
	if r.Kinds == nil {
		r.Kinds = map[string]int{}
	}
	return r, nil
}

// encodeArticle returns the d/ value of an article record.
func encodeArticle(r *articleRec) []byte {
	e := newEnc(96 + len(r.ID) + len(r.URL) + len(r.Title) + 16*len(r.Actors))
	e.str(r.ID)
	e.str(r.URL)
	e.str(r.Title)
	e.date(r.Date)
	e.str(r.Lang)
	e.str(r.Outlet)
	e.str(r.ContentHash)
	e.str(r.Fingerprint)
	var flags byte
	if r.Retracted {
		flags |= 1
	}
	e.byte(flags)
	e.strs(r.Actors)
	e.int(r.Evidence)
	return e.b
}

// decodeArticle reads a d/ value.
func decodeArticle(v []byte) (*articleRec, error) {
	d := newDec(v)
	r := &articleRec{ID: d.str(), URL: d.str(), Title: d.str(), Date: d.date(), Lang: d.str(), Outlet: d.str(),
		ContentHash: d.str(), Fingerprint: d.str()}
	r.Retracted = d.byte()&1 != 0
	r.Actors = d.strs()
	r.Evidence = d.int()
	if err := d.end(); err != nil {
		return nil, err
	}
	return r, nil
}

// compressedText is the first byte of a t/ value compressed as one S2
// block (github.com/klauspost/compress/s2): what follows decodes to a
// record of codecVersion. Texts are the bulk of a database and are read
// rarely (reextract, rebuild, decisions), so they are stored compressed
// and large enough to go to Badger's value log (textValueThreshold):
// the LSM tree, which Badger compacts again and again, then holds only
// the small records.
const compressedText = 0x80 | codecVersion

// minCompressedText is the size under which a t/ value is stored plain.
const minCompressedText = 512

// encodeText returns the t/ value: the text, then the claims (without
// their article, which d/ holds) when there are any; compressed
// (compressedText) when that makes it smaller.
func encodeText(t *textRec) []byte {
	v := encodeTextPlain(t)
	if len(v) < minCompressedText {
		return v
	}
	c := make([]byte, 1, 1+s2.MaxEncodedLen(len(v)))
	c[0] = compressedText
	c = append(c, s2.Encode(c[1:cap(c)], v)...)
	if len(c) >= len(v) {
		return v
	}
	return c
}

// encodeTextPlain is encodeText without compression.
func encodeTextPlain(t *textRec) []byte {
	size := 64 + len(t.Text)
	if c := t.Claims; c != nil {
		size += 64*len(c.Actors) + 256*len(c.Relations)
	}
	e := newEnc(size)
	e.str(t.Text)
	c := t.Claims
	if c == nil {
		e.byte(0)
		return e.b
	}
	e.byte(1)
	e.int(c.Version)
	e.uint(uint64(len(c.Actors)))
	for i := range c.Actors {
		a := &c.Actors[i]
		e.str(a.ID)
		e.str(a.Name)
		e.str(string(a.Kind))
		e.strs(a.Aliases)
		e.str(a.Country)
		e.str(a.Wikidata)
		e.str(a.SuccessorOf)
		e.int(a.Mentions)
		e.str(string(a.Source))
		e.strs(a.Surface)
	}
	e.uint(uint64(len(c.Relations)))
	for i := range c.Relations {
		r := &c.Relations[i]
		e.str(r.From)
		e.str(string(r.Type))
		e.str(r.To)
		e.uint(uint64(len(r.Evidence)))
		for j := range r.Evidence {
			ce := &r.Evidence[j]
			var flags byte
			if ce.Hedged {
				flags |= evFlagHedged
			}
			if ce.Negated {
				flags |= evFlagNegated
			}
			if ce.SentenceIndex != nil {
				flags |= 4
			}
			e.byte(flags)
			if ce.SentenceIndex != nil {
				e.int(*ce.SentenceIndex)
			}
			e.str(ce.Sentence)
			e.int(ce.Start)
			e.int(ce.End)
			e.date(ce.Date)
			e.provenance(ce.Attribution, ce.Trigger, ce.Rule, ce.Supplied, ce.Extractor, ce.Confidence)
		}
	}
	return e.b
}

// decodeText reads a t/ value.
func decodeText(v []byte) (*textRec, error) {
	if len(v) > 0 && v[0] == compressedText {
		plain, err := s2.Decode(nil, v[1:])
		if err != nil {
			return nil, fmt.Errorf("%w: compressed text: %v", errCodec, err)
		}
		if len(plain) > 0 && plain[0] == compressedText {
			return nil, fmt.Errorf("%w: compressed twice", errCodec)
		}
		v = plain
	}
	d := newDec(v)
	t := &textRec{Text: d.str()}
	if d.byte() == 1 {
		c := &Claims{Version: d.int()}
		if n := d.count(10); n > 0 {
			c.Actors = make([]ClaimActor, n)
			for i := range c.Actors {
				a := &c.Actors[i]
				a.ID, a.Name, a.Kind, a.Aliases = d.str(), d.str(), d.kind(), d.strs()
				a.Country, a.Wikidata, a.SuccessorOf, a.Mentions = d.str(), d.str(), d.str(), d.int()
				a.Source, a.Surface = d.source(), d.strs()
			}
		}
		if n := d.count(4); n > 0 {
			c.Relations = make([]ClaimRelation, n)
			for i := range c.Relations {
				r := &c.Relations[i]
				r.From, r.Type, r.To = d.str(), d.relType(), d.str()
				if m := d.count(20); m > 0 {
					r.Evidence = make([]ClaimEvidence, m)
					for j := range r.Evidence {
						ce := &r.Evidence[j]
						flags := d.byte()
						ce.Hedged, ce.Negated = flags&evFlagHedged != 0, flags&evFlagNegated != 0
						if flags&4 != 0 {
							si := d.int()
							ce.SentenceIndex = &si
						}
						ce.Sentence, ce.Start, ce.End, ce.Date = d.str(), d.int(), d.int(), d.date()
						ce.Attribution, ce.Trigger, ce.Rule, ce.Supplied, ce.Extractor = d.str(), d.str(), d.str(), d.str(), d.str()
						ce.Confidence = d.f64()
					}
				}
			}
		}
		t.Claims = c
	}
	if err := d.end(); err != nil {
		return nil, err
	}
	return t, nil
}
