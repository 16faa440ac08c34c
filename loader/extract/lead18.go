package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// lead18Rel holds the lexicon of the eighteenth session's lead rules.
type lead18Rel struct {
	ok bool
	// listVerbs: "include", « comptent » (lexicon.Language.RoleListVerbs).
	listVerbs phrases
	// qualifiers: "paramilitary", « groupe jihadiste »
	// (lexicon.Language.ActorQualifiers).
	qualifiers phrases
	// nonFinite: "after", « après avoir »
	// (lexicon.Language.NonFiniteSubordinators).
	nonFinite phrases
}

func (r *lead18Rel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.listVerbs, r.qualifiers, r.nonFinite = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.listVerbs: lg.RoleListVerbs, &r.qualifiers: lg.ActorQualifiers, &r.nonFinite: lg.NonFiniteSubordinators})
}

// roleListVerb reports whether a verb listing a plural role's holders
// starts at token i ("AUSSOM's troop contributors include Ethiopia and
// Kenya": the holders follow the verb, as after a copula; role_list_verbs).
func (c *sctx) roleListVerb(i int) bool {
	r := &c.ld.rel.l18
	return r.ok && i < c.b && r.listVerbs.atIf(c.d, i, c.b) > 0
}

// nonFiniteBefore returns the first token of a subordinator opening a
// non-finite clause (nonfinite_subordinators: "after", "without", «
// après avoir », « avant de », « en ») that ends right before the active
// trigger at ts, or before a clitic right before it (« après les avoir
// chassés »); -1 when there is none. In English the trigger must be a
// gerund ("after expelling"), after French « en » a present participle
// (« en attaquant »).
func (c *sctx) nonFiniteBefore(ts int) int {
	d, r := c.d, &c.ld.rel.l18
	if !r.ok || ts <= c.a || d.none(r.nonFinite, c.a, ts) {
		return -1
	}
	w := d.word(ts)
	for _, e := range [2]int{ts, ts - 1} {
		if e == ts-1 && (e <= c.a || !c.ld.rel.has(d, e, rwClitics)) {
			continue
		}
		n := r.nonFinite.endsAt(d, c.a, e)
		if n == 0 {
			continue
		}
		s := e - n
		switch first := d.word(s); {
		case first == "en" || first == "tout":
			if !strings.HasSuffix(w, "ant") {
				return -1
			}
		case first == "sans":
			if !strings.HasSuffix(w, "er") && !strings.HasSuffix(w, "ir") && !strings.HasSuffix(w, "re") {
				return -1 // « sans l'aide du Rwanda »: a noun
			}
		case isEnglishSubordinator(first):
			if !strings.HasSuffix(w, "ing") {
				return -1
			}
		}
		return s
	}
	return -1
}

// isEnglishSubordinator reports whether w is one of the English
// subordinators of nonfinite_subordinators, which a gerund follows.
func isEnglishSubordinator(w string) bool {
	switch w {
	case "after", "before", "without", "while", "since", "by", "when":
		return true
	}
	return false
}

// nonFiniteSubject returns the subject of an active trigger at ts in a
// non-finite clause opened at token s: the subject of the clause it hangs
// on ("Burkina Faso turned to Russia after expelling French troops":
// Burkina Faso, not Russia; « Wagner a quitté le Mali après avoir combattu
// les rebelles »: Wagner, not Mali) — the subject of the trigger before
// it, or, when the clause opens the sentence, the first actor after its
// comma; with no trigger before, the actor opening the sentence. -1 when
// there is none.
func (c *sctx) nonFiniteSubject(s, ts int, skip func(int) bool) int {
	possessor := func(k int) bool {
		return c.ms[k].te < c.b && c.ld.rel.has(c.d, c.ms[k].te, rwPossessiveSuffix)
	}
	if p := c.insteadSubject(s, ts, skip); p >= 0 {
		if possessor(p) {
			return -1 // "The European Union's training mission ... after training": the mission
		}
		return p
	}
	for k, m := range c.ms {
		if m.ts >= s {
			break
		}
		if m.ts < c.a || skip != nil && skip(k) {
			continue
		}
		for j := c.a; j <= m.ts; j++ {
			if c.hardOrComma(j) && j > c.a {
				return -1
			}
		}
		if possessor(k) {
			return -1
		}
		return k
	}
	return -1
}

// withoutGerund reports whether the trigger at ts is the verb of a
// non-finite clause opened by "without" or « sans » ("Turkey backs
// Somalia without arming its army": supplies denied; lead18.go).
func (c *sctx) withoutGerund(ts int) bool {
	s := c.nonFiniteBefore(ts)
	if s < 0 {
		return false
	}
	w := c.d.word(s)
	return w == "without" || w == "sans"
}
