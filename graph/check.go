package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/actorgraph/actorgraph/graph/internal/keys"
)

// Difference is one inconsistency found by [Store.Check].
type Difference struct {
	Key     string `json:"key"`     // the key concerned, printable
	Problem string `json:"problem"` // what is wrong
}

// String formats the difference as "key: problem".
func (d Difference) String() string { return d.Key + ": " + d.Problem }

// CheckReport is the result of [Store.Check].
type CheckReport struct {
	Keys        int          // keys read
	Articles    int          // article records read
	Evidence    int          // evidence records read
	Relations   int          // relation aggregates checked
	Actors      int          // actor records checked
	Differences []Difference // at most MaxDifferences of them
	Total       int          // differences found, listed or not
}

// MaxDifferences bounds the differences a CheckReport lists.
const MaxDifferences = 1000

// OK reports whether the store is consistent.
func (r *CheckReport) OK() bool { return r.Total == 0 }

func (r *CheckReport) add(key []byte, format string, args ...any) {
	r.Total++
	if len(r.Differences) < MaxDifferences {
		r.Differences = append(r.Differences, Difference{Key: printable(key), Problem: fmt.Sprintf(format, args...)})
	}
}

// printable renders a key with its binary parts escaped.
func printable(k []byte) string {
	var b bytes.Buffer
	for _, c := range k {
		switch {
		case c == keys.Sep:
			b.WriteByte('|')
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\x%02x", c)
		}
	}
	return b.String()
}

// Check recomputes every derived record and index from the evidence and
// mention records and reports each difference: relation aggregates, actor
// records, the alias, kind, neighbour and evidence indexes, and the
// counters. It also replays the decision log and checks its state
// (redirects, curations, curated aliases, retractions) and that every
// article is resolved as its stored claims and the log say. It reads the
// store in one consistent view and does not change it.
func (s *Store) Check(ctx context.Context) (*CheckReport, error) {
	r := &CheckReport{}
	err := s.View(ctx, func(tx *Tx) error {
		c := &checker{tx: tx, r: r, ctx: ctx, stats: &Stats{}}
		c.stats.init()
		return c.run()
	})
	if err != nil {
		return nil, fmt.Errorf("graph: check: %w", err)
	}
	return r, nil
}

// curation reads an actor's curation state; a record that does not
// decode reads as none (the log step reports it: it is derived from the
// decision log).
func (c *checker) curation(id string) (*curation, error) {
	cur, err := c.tx.curation(id)
	if errors.Is(err, errDecode) {
		return &curation{}, nil
	}
	return cur, err
}

// actorRecord reads an actor record; one that does not decode reads as
// absent (the actors step reports it).
func (c *checker) actorRecord(id string) (*actorRec, bool, error) {
	rec, found, err := getRecord(c.tx.txn, keys.ActorKey(id), decodeActor)
	if errors.Is(err, errDecode) {
		return nil, false, nil
	}
	return rec, found, err
}

// run runs every step of the check.
func (c *checker) run() error {
	for _, step := range []func() error{c.keys, c.articles, c.orphans, c.evidenceIndex, c.relations, c.mentions, c.actors, c.indexes, c.counters, c.log, c.resolution} {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

type checker struct {
	tx    *Tx
	r     *CheckReport
	ctx   context.Context
	stats *Stats // recomputed counters
}

// scan iterates the keys under prefix; fn gets the key and, when values is
// set, a copy of the value.
func (c *checker) scan(prefix []byte, values bool, fn func(k, v []byte) error) error {
	it := c.tx.txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: values, PrefetchSize: 64})
	defer it.Close()
	for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
		if err := c.ctx.Err(); err != nil {
			return err
		}
		var v []byte
		var err error
		if values {
			if v, err = it.Item().ValueCopy(nil); err != nil {
				return err
			}
		}
		if err := fn(it.Item().KeyCopy(nil), v); err != nil {
			return err
		}
	}
	return nil
}

func (c *checker) keys() error {
	return c.scan(nil, false, func(k, _ []byte) error {
		c.r.Keys++
		if _, err := keys.Parse(k); err != nil {
			c.r.add(k, "malformed key: %v", err)
		}
		return nil
	})
}

func (c *checker) articles() error {
	return c.scan(keys.ArticleP, true, func(k, v []byte) error {
		c.r.Articles++
		rec, err := decodeArticle(v)
		if err != nil {
			c.r.add(k, "undecodable article record: %v", err)
			return nil
		}
		h := keys.ArtOf(rec.ID)
		if !bytes.Equal(k, keys.ArticleKey(h)) {
			c.r.add(k, "article %q stored under the hash of another id", rec.ID)
		}
		if ok, err := c.tx.exists(keys.TextKey(h)); err != nil {
			return err
		} else if !ok && rec.ContentHash != "" {
			// (a bare tombstone, retracted before it was loaded, has none)
			c.r.add(k, "article %q has no text record", rec.ID)
		}
		evs, err := scanEvidence(c.tx.txn, h)
		if err != nil {
			c.r.add(k, "article %q: %v", rec.ID, err)
			return nil
		}
		if rec.Retracted {
			c.stats.Retracted++
			if len(evs) > 0 || len(rec.Actors) > 0 {
				c.r.add(k, "retracted article %q still has %d evidence records and %d actors", rec.ID, len(evs), len(rec.Actors))
			}
			return nil
		}
		c.stats.Articles++
		c.stats.Evidence += len(evs)
		if len(evs) != rec.Evidence {
			c.r.add(k, "article %q counts %d evidence records, has %d", rec.ID, rec.Evidence, len(evs))
		}
		mentioned := map[string]bool{}
		for _, id := range rec.Actors {
			mentioned[id] = true
			mk := keys.MentionKey(id, rec.Date.Key(), h)
			if ok, err := c.tx.exists(mk); err != nil {
				return err
			} else if !ok {
				c.r.add(mk, "article %q lists actor %s but the mention record is missing", rec.ID, id)
			}
		}
		for _, e := range evs {
			c.r.Evidence++
			ek := keys.EvIndexKey(e.From, string(e.Type), e.To, e.Date.Key(), h, e.Sentence, e.K)
			want := summarise(e, rec.Outlet).encode()
			item, err := c.tx.txn.Get(ek)
			if err == badger.ErrKeyNotFound {
				c.r.add(ek, "evidence %s/%d/%d has no index entry", rec.ID, e.Sentence, e.K)
			} else if err != nil {
				return err
			} else if got, err := item.ValueCopy(nil); err != nil {
				return err
			} else if !bytes.Equal(got, want) {
				c.r.add(ek, "evidence index value %q, want %q", got, want)
			}
			if e.Article != rec.ID {
				c.r.add(keys.EvidenceKey(h, e.Sentence, e.K), "evidence names article %q, stored under %q", e.Article, rec.ID)
			}
			if !mentioned[e.From] || !mentioned[e.To] {
				c.r.add(keys.EvidenceKey(h, e.Sentence, e.K), "evidence joins %s and %s, not both listed as mentioned by %q", e.From, e.To, rec.ID)
			}
			if e.Type.Symmetric() && e.From > e.To {
				c.r.add(keys.EvidenceKey(h, e.Sentence, e.K), "symmetric evidence not in canonical order")
			}
		}
		return nil
	})
}

// orphans checks that every evidence record belongs to a live article and
// every text record to an article: articles() only reads the records of
// the articles it finds.
func (c *checker) orphans() error {
	const missing, retracted, live = 1, 2, 3
	state := map[keys.Art]int{}
	for _, prefix := range [][]byte{keys.EvidenceP, keys.Text} {
		err := c.scan(prefix, false, func(k, _ []byte) error {
			pk, err := keys.Parse(k)
			if err != nil {
				return nil // reported by keys()
			}
			st, ok := state[pk.Art]
			if !ok {
				rec, found, err := getRecord(c.tx.txn, keys.ArticleKey(pk.Art), decodeArticle)
				if err != nil {
					return err
				}
				st = missing
				if found {
					st = live
					if rec.Retracted {
						st = retracted
					}
				}
				state[pk.Art] = st
			}
			switch {
			case pk.Type == 'v' && st != live:
				c.r.add(k, "evidence record of no live article")
			case pk.Type == 't' && st == missing:
				c.r.add(k, "text record of no article")
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// evidenceIndex checks that every index entry has its evidence record and
// recomputes each relation's aggregate from its entries.
func (c *checker) evidenceIndex() error {
	var cur RelKey
	var contribs map[keys.Art]*relContrib
	var order []keys.Art
	started := false
	finish := func() error {
		if !started {
			return nil
		}
		c.r.Relations++
		agg := &relAgg{}
		for _, a := range order {
			agg.add(contribs[a], +1)
		}
		ok := keys.OutKey(cur.From, string(cur.Type), cur.To)
		item, err := c.tx.txn.Get(ok)
		if err == badger.ErrKeyNotFound {
			c.r.add(ok, "relation has evidence but no aggregate")
			return nil
		}
		if err != nil {
			return err
		}
		got, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		want, n := encodeRelAgg(agg)
		if !bytes.Equal(got, want) {
			c.r.add(ok, "aggregate %s, recomputed %s", show(got, decodeRelAgg), show(want, decodeRelAgg))
		}
		ik := keys.InKey(cur.To, string(cur.Type), cur.From)
		item, err = c.tx.txn.Get(ik)
		if err == badger.ErrKeyNotFound {
			return nil // reported by relations()
		}
		if err != nil {
			return err
		}
		if got, err = item.ValueCopy(nil); err != nil {
			return err
		}
		if !bytes.Equal(got, want[:n]) {
			c.r.add(ik, "in-neighbour summary %s, recomputed %s", showRelation(cur, got), showRelation(cur, want))
		}
		c.stats.addRelation(cur.Type, agg, +1)
		return nil
	}
	err := c.scan(keys.EvIndex, true, func(k, v []byte) error {
		pk, err := keys.Parse(k)
		if err != nil {
			return nil // reported by keys()
		}
		rk := RelKey{pk.From, RelType(pk.RelType), pk.To}
		if !started || rk != cur {
			if err := finish(); err != nil {
				return err
			}
			cur, started = rk, true
			contribs, order = map[keys.Art]*relContrib{}, nil
		}
		sum, err := decodeEvSummary(v)
		if err != nil {
			c.r.add(k, "%v", err)
			return nil
		}
		e, found, err := getRecord(c.tx.txn, keys.EvidenceKey(pk.Art, pk.Sentence, pk.K), decodeEvidence)
		if err != nil {
			return err
		}
		if !found {
			c.r.add(k, "index entry without evidence record")
			return nil
		}
		if (RelKey{e.From, e.Type, e.To}) != rk || e.Date.Key() != pk.Date8 {
			c.r.add(k, "index entry does not match its evidence (%s, %s)", RelKey{e.From, e.Type, e.To}, e.Date)
		}
		d, _ := ParseDateKey(pk.Date8)
		cn := contribs[pk.Art]
		if cn == nil {
			cn = &relContrib{}
			contribs[pk.Art] = cn
			order = append(order, pk.Art)
		}
		cn.addEvidence(sum, d)
		return nil
	})
	if err != nil {
		return err
	}
	return finish()
}

// relations checks that every aggregate has evidence and both index keys.
func (c *checker) relations() error {
	it := c.tx.txn.NewIterator(badger.IteratorOptions{Prefix: keys.EvIndex})
	defer it.Close()
	err := c.scan(keys.Out, false, func(k, _ []byte) error {
		pk, err := keys.Parse(k)
		if err != nil {
			return nil
		}
		prefix := keys.RelPrefix(pk.From, pk.RelType, pk.To)
		if it.Seek(prefix); !it.ValidForPrefix(prefix) {
			c.r.add(k, "aggregate without evidence")
		}
		if ok, err := c.tx.exists(keys.InKey(pk.To, pk.RelType, pk.From)); err != nil {
			return err
		} else if !ok {
			c.r.add(k, "relation missing from the in-neighbour index")
		}
		if RelType(pk.RelType).Symmetric() && pk.From > pk.To {
			c.r.add(k, "symmetric relation not in canonical order")
		}
		return nil
	})
	if err != nil {
		return err
	}
	return c.scan(keys.In, false, func(k, _ []byte) error {
		pk, err := keys.Parse(k)
		if err != nil {
			return nil
		}
		if ok, err := c.tx.exists(keys.OutKey(pk.From, pk.RelType, pk.To)); err != nil {
			return err
		} else if !ok {
			c.r.add(k, "in-neighbour entry without relation")
		}
		return nil
	})
}

// mentions recomputes every actor record from its mention records.
func (c *checker) mentions() error {
	var cur string
	var rec *actorRec
	finish := func() error {
		if rec == nil {
			return nil
		}
		c.r.Actors++
		nk := keys.ActorKey(cur)
		item, err := c.tx.txn.Get(nk)
		if err == badger.ErrKeyNotFound {
			c.r.add(nk, "actor has mentions but no record")
			return nil
		}
		if err != nil {
			return err
		}
		got, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		if want := encodeActor(rec); !bytes.Equal(got, want) {
			c.r.add(nk, "actor record %s, recomputed %s", show(got, decodeActor), show(want, decodeActor))
		}
		cur, err := c.curation(rec.ID)
		if err != nil {
			return err
		}
		c.stats.addActorKind(rec.kindWith(cur), +1)
		return nil
	}
	err := c.scan(keys.Mention, true, func(k, v []byte) error {
		pk, err := keys.Parse(k)
		if err != nil {
			return nil
		}
		if rec == nil || pk.Actor != cur {
			if err := finish(); err != nil {
				return err
			}
			cur, rec = pk.Actor, newActorRec(pk.Actor)
		}
		m, err := decodeMention(v)
		if err != nil {
			c.r.add(k, "undecodable mention: %v", err)
			return nil
		}
		art, found, err := getRecord(c.tx.txn, keys.ArticleKey(pk.Art), decodeArticle)
		if err != nil {
			return err
		}
		if !found || art.Retracted || art.Date.Key() != pk.Date8 || !contains(art.Actors, pk.Actor) {
			c.r.add(k, "mention without a live article listing the actor on that date")
		}
		d, _ := ParseDateKey(pk.Date8)
		rec.add(m, d, +1)
		return nil
	})
	if err != nil {
		return err
	}
	return finish()
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// actors checks that every actor record has mentions and its index keys.
func (c *checker) actors() error {
	it := c.tx.txn.NewIterator(badger.IteratorOptions{Prefix: keys.Mention})
	defer it.Close()
	return c.scan(keys.Actor, true, func(k, v []byte) error {
		pk, err := keys.Parse(k)
		if err != nil {
			return nil
		}
		prefix := keys.MentionPrefix(pk.Actor)
		if it.Seek(prefix); !it.ValidForPrefix(prefix) {
			c.r.add(k, "actor record without mentions")
		}
		rec, err := decodeActor(v)
		if err != nil {
			c.r.add(k, "undecodable actor record: %v", err)
			return nil
		}
		cur, err := c.curation(pk.Actor)
		if err != nil {
			return err
		}
		for _, f := range sortedKeys(rec.foldsWith(cur)) {
			ak := keys.AliasKey(f, pk.Actor)
			if ok, err := c.tx.exists(ak); err != nil {
				return err
			} else if !ok {
				c.r.add(ak, "alias index entry missing")
			}
		}
		if kd := rec.kindWith(cur); kd != "" {
			kk := keys.KindKey(string(kd), pk.Actor)
			if ok, err := c.tx.exists(kk); err != nil {
				return err
			} else if !ok {
				c.r.add(kk, "kind index entry missing")
			}
		}
		return nil
	})
}

// indexes checks that every alias and kind index entry is wanted.
func (c *checker) indexes() error {
	err := c.scan(keys.Alias, false, func(k, _ []byte) error {
		pk, err := keys.Parse(k)
		if err != nil {
			return nil
		}
		rec, found, err := c.actorRecord(pk.Actor)
		if err != nil {
			return err
		}
		cur, err := c.curation(pk.Actor)
		if err != nil {
			return err
		}
		if !found || !rec.foldsWith(cur)[pk.Alias] {
			c.r.add(k, "alias index entry for no alias of the actor")
		}
		return nil
	})
	if err != nil {
		return err
	}
	return c.scan(keys.KindIdx, false, func(k, _ []byte) error {
		pk, err := keys.Parse(k)
		if err != nil {
			return nil
		}
		rec, found, err := c.actorRecord(pk.Actor)
		if err != nil {
			return err
		}
		cur, err := c.curation(pk.Actor)
		if err != nil {
			return err
		}
		if !found || string(rec.kindWith(cur)) != pk.Kind {
			c.r.add(k, "kind index entry does not match the actor's kind")
		}
		return nil
	})
}

func (c *checker) counters() error {
	var got Stats
	if _, err := c.tx.get(keys.Stats, &got); err != nil {
		if !errors.Is(err, errDecode) {
			return err
		}
		// A garbled record is a difference like any other (Open, read
		// and write, recomputes it).
		c.r.add(keys.Stats, "counters record unreadable (%v), recomputed %s", err, marshal(c.stats))
		return nil
	}
	got.init()
	want := marshal(c.stats)
	if g := marshal(&got); !bytes.Equal(g, want) {
		c.r.add(keys.Stats, "counters %s, recomputed %s", g, want)
	}
	return nil
}

// log replays the decision log and compares the state it builds with the
// stored one: redirects, curations, curated aliases and tombstones.
func (c *checker) log() error {
	st := newMemState()
	retracted := map[string]bool{}
	var prev uint64
	err := c.tx.EachDecision(c.ctx, func(d *Decision) error {
		k := keys.DecisionKey(d.Seq)
		if d.Seq <= prev {
			c.r.add(k, "decision out of order")
		}
		prev = d.Seq
		switch d.Op {
		case OpRetract:
			retracted[d.Article] = true
		case OpUnretract:
			delete(retracted, d.Article)
		default:
			if _, err := transition(st, d); err != nil {
				c.r.add(k, "decision does not replay: %v", err)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	want := map[string][]byte{}
	for id, to := range st.redirects {
		want[string(keys.RedirectKey(id))] = []byte(to)
	}
	for id, cur := range st.curations {
		want[string(keys.CurationKey(id))] = marshal(cur)
	}
	for f, id := range st.aliases {
		want[string(keys.CuratedKey(f))] = []byte(id)
	}
	for _, prefix := range [][]byte{keys.Redirect, keys.Curation, keys.Curated} {
		err := c.scan(prefix, true, func(k, v []byte) error {
			w, ok := want[string(k)]
			switch {
			case !ok:
				c.r.add(k, "not what the decision log gives (nothing)")
			case !bytes.Equal(w, v):
				c.r.add(k, "%s, the decision log gives %s", v, w)
			}
			delete(want, string(k))
			return nil
		})
		if err != nil {
			return err
		}
	}
	for _, k := range sortedKeys(want) {
		c.r.add([]byte(k), "missing: the decision log gives %s", want[k])
	}
	err = c.scan(keys.ArticleP, true, func(k, v []byte) error {
		rec, err := decodeArticle(v)
		if err != nil {
			return nil // reported by articles()
		}
		if rec.Retracted != retracted[rec.ID] {
			c.r.add(k, "article %q retracted=%v, the decision log says %v", rec.ID, rec.Retracted, retracted[rec.ID])
		}
		delete(retracted, rec.ID)
		return nil
	})
	if err != nil {
		return err
	}
	for _, id := range sortedKeys(retracted) {
		c.r.add(keys.ArticleKey(keys.ArtOf(id)), "article %q retracted by the decision log has no tombstone", id)
	}
	return c.scan(keys.Pending, false, func(k, _ []byte) error {
		c.r.add(k, "a decision is not yet applied to this article")
		return nil
	})
}

// resolution resolves every live article again from its stored claims and
// the decision log, and compares the result with what is stored: the graph
// must be a function of (articles, log).
func (c *checker) resolution() error {
	return c.scan(keys.ArticleP, true, func(k, v []byte) error {
		rec, err := decodeArticle(v)
		if err != nil || rec.Retracted {
			return nil
		}
		h := keys.ArtOf(rec.ID)
		cl, err := storedClaims(c.tx.txn, h, rec)
		if err != nil {
			return err
		}
		if cl == nil {
			c.r.add(keys.TextKey(h), "article %q has no stored claims", rec.ID)
			return nil
		}
		p, aerr, ferr := prepare(c.tx, cl, math.MaxInt)
		if errors.Is(ferr, errDecode) {
			// A derived record it resolves through (a curation state) is
			// garbled: reported by log(); this article is not compared.
			c.r.add(keys.TextKey(h), "stored claims of %q cannot be resolved: %v", rec.ID, ferr)
			return nil
		}
		if ferr != nil {
			return ferr
		}
		if aerr != nil {
			c.r.add(keys.TextKey(h), "stored claims of %q do not load: %v", rec.ID, aerr)
			return nil
		}
		if ids := sortedKeys(p.mentions); !slices.Equal(ids, rec.Actors) {
			c.r.add(k, "article %q mentions %v, its claims resolve to %v", rec.ID, rec.Actors, ids)
		}
		for id, m := range p.mentions {
			mk := keys.MentionKey(id, rec.Date.Key(), h)
			item, err := c.tx.txn.Get(mk)
			if err == badger.ErrKeyNotFound {
				continue // reported by articles()
			}
			if err != nil {
				return err
			}
			got, err := item.ValueCopy(nil)
			if err != nil {
				return err
			}
			if want := encodeMention(m); !bytes.Equal(got, want) {
				c.r.add(mk, "mention %s, its claims give %s", show(got, decodeMention), show(want, decodeMention))
			}
		}
		evs, err := scanEvidence(c.tx.txn, h)
		if err != nil {
			return err
		}
		sort.Slice(p.evidence, func(i, j int) bool {
			a, b := p.evidence[i], p.evidence[j]
			return a.Sentence < b.Sentence || (a.Sentence == b.Sentence && a.K < b.K)
		})
		if len(evs) != len(p.evidence) {
			c.r.add(k, "article %q has %d evidence records, its claims give %d", rec.ID, len(evs), len(p.evidence))
			return nil
		}
		for i, e := range evs {
			if got, want := encodeEvidence(e), encodeEvidence(p.evidence[i]); !bytes.Equal(got, want) {
				c.r.add(keys.EvidenceKey(h, e.Sentence, e.K), "evidence %s, its claims give %s", marshal(e), marshal(p.evidence[i]))
			}
		}
		return nil
	})
}

// show renders a binary record as JSON for a difference's message, or
// quoted when it does not decode.
func show[T any](v []byte, decode func([]byte) (T, error)) string {
	r, err := decode(v)
	if err != nil {
		return fmt.Sprintf("%q (%v)", v, err)
	}
	return string(marshal(r))
}

// showRelation renders the summary of a relation (an o/ or i/ value).
func showRelation(k RelKey, v []byte) string {
	r, err := decodeRelation(k, v)
	if err != nil {
		return fmt.Sprintf("%q (%v)", v, err)
	}
	return string(marshal(r))
}
