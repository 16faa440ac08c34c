// Package keys is the one place that knows the byte layout of actorgraph's
// Badger keys. Every key starts with a one-letter record type and '/'; the
// parts after it are separated by a zero byte, which no id, type, kind or
// folded alias contains, so prefix scans never cross from one id into a
// longer one ("mali" does not match "mali-x") and keys sort in the order
// of their string parts. Numbers are fixed-width big-endian, dates the eight
// digits YYYYMMDD with zeros for unknown parts, and article ids are
// represented by the first eight bytes of their SHA-256 (the id itself
// lives in the article record). Values are the package graph's business:
// since layout 3 the per-article records are binary (graph/records_codec.go).
//
//	m/version                          layout version
//	m/stats                            counters
//	n/<actor>                          actor record
//	r/<old-actor>                      merge redirect → new id
//	a/<fold(alias)> 0 <actor>          alias index (prefix search)
//	k/<kind> 0 <actor>                 actors by kind
//	d/<art8>                           article record (identity, hashes, tombstone)
//	t/<art8>                           article text and its claims (as extracted, before resolution)
//	v/<art8><sent4><k2>                evidence record, grouped by article
//	e/<from> 0 <type> 0 <to> 0 <date8><art8><sent4><k2>   evidence index per relation, by date
//	o/<from> 0 <type> 0 <to>           relation aggregate (out-neighbours)
//	i/<to> 0 <type> 0 <from>           in-neighbours; the value is the aggregate's summary
//	x/<actor> 0 <date8><art8>          article mentions of an actor, by date
//	j/<seq8>                           curation decision log
//	c/<actor>                          curation state of an actor (from the log)
//	u/<fold(alias)>                    curated alias → actor (from the log)
//	p/<art8>                           article awaiting re-resolution after a decision
package keys
