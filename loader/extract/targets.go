package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// servedTargets reads a person struck by a hostile trigger as the actor
// the person serves (docs/CODEBOOK.md, "Attacks on officials"): "a US
// strike ... killed X, a commander of Harakat al-Nujaba" opposes the
// United States to Harakat al-Nujaba, not to X. The served actor is the
// one a leads or member_of pair of the sentence gives the person (a role
// in apposition), else the one the lexicon says the person leads at the
// article's date, when the sentence names it; with none, the pair is
// dropped. A measure (a diplomatic word in or right around the trigger:
// "imposed sanctions on X", « a sanctionné X ») strikes the person
// itself and is kept. The person struck is then no party of the
// sentence's other fights ("... in a strike on Beirut"). Only the target is read so: the side after an
// active trigger, before a passive one. The pairs index ms.
func (c *sctx) servedTargets(cands []pairCand, ms []mention, published graph.Date) []pairCand {
	var drop []int
	n := len(cands)
	for k := 0; k < n; k++ {
		p := cands[k]
		if p.typ != graph.Opposed || !strings.Contains(p.rule, "/trigger/opposed/") || c.measureTrigger(p.ts, p.te) {
			continue
		}
		target, other := p.to, p.from
		if ms[p.from].ts >= p.te && ms[p.to].ts < p.ts {
			target, other = p.from, p.to
		}
		passive := strings.Contains(p.rule, "/passive")
		if after := ms[target].ts >= p.te; after == passive {
			continue // the subject, or no side after (before) the trigger
		}
		tm, om := ms[target], ms[other]
		if tm.actor.Kind != graph.KindPerson || om.actor.Kind == graph.KindPerson || tm.led != notLed {
			continue
		}
		served := servedBy(cands[:n], ms, target, published)
		drop = append(drop, k)
		if served < 0 || ms[served].actor.ID == om.actor.ID {
			continue
		}
		q := p
		if q.from == target {
			q.from = served
		} else {
			q.to = served
		}
		cands = append(cands, q)
	}
	if len(drop) == 0 {
		return cands
	}
	// the person struck is no party of the sentence's other fights
	// either ("Israel killed X, the leader of Hezbollah, in a strike on
	// Beirut": X did not strike Beirut)
	var struck []int
	for _, k := range drop {
		p := cands[k]
		if ms[p.from].actor.Kind == graph.KindPerson {
			struck = append(struck, p.from)
		} else {
			struck = append(struck, p.to)
		}
	}
	out := cands[:0]
	for k, p := range cands {
		if len(drop) > 0 && drop[0] == k {
			drop = drop[1:]
			continue
		}
		if k < n && p.typ == graph.Opposed && strings.Contains(p.rule, "/trigger/opposed/") && (slices.Contains(struck, p.from) || slices.Contains(struck, p.to)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// servedBy returns the mention of the actor the person of mention i
// serves: the object of a leads pair of cands from it, else of a
// member_of one, else a mention of the actor the lexicon says the
// person leads at the date; -1 when there is none.
func servedBy(cands []pairCand, ms []mention, i int, published graph.Date) int {
	member := -1
	for _, p := range cands {
		if p.from != i {
			continue
		}
		switch p.typ {
		case graph.Leads:
			return p.to
		case graph.MemberOf:
			if member < 0 {
				member = p.to
			}
		}
	}
	if member >= 0 {
		return member
	}
	if led := ms[i].actor.LedAt(published.String()); led != "" {
		for k, m := range ms {
			if m.actor.ID == led {
				return k
			}
		}
	}
	return -1
}

// measureTrigger reports whether the trigger [ts, te) is a measure, not a
// fight: a diplomatic word in it or right around it ("imposed sanctions
// on", « a sanctionné »; diplomatic_words).
func (c *sctx) measureTrigger(ts, te int) bool {
	for i := ts - 1; i <= te; i++ {
		if i >= c.a && i < c.b && c.ld.rel.diplomatic[c.d.toks[i].fold] {
			return true
		}
	}
	return false
}
