package extract

import (
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// Rules added with the twentieth session's work on the logged open cases
// (open20_test.go).

// targetSpeaks reports whether the speaker of a reporting clause that
// names a party of an opposed pair names only its target, the party the
// trigger acts on, and not its agent: "Houthi rebels fired a missile at
// Israel, the Israeli military said", « le JNIM a attaqué un convoi de
// l'armée, a indiqué l'armée malienne ». A party speaking of another's
// action is hedged (docs/CODEBOOK.md, "Who speaks"); the agent speaking
// of its own attack stays asserted. The agent stands before the trigger
// and the target after it, or the other way round past a passive marker
// ("Israel was attacked by Hezbollah, the Israeli army said").
func (c *sctx) targetSpeaks(kept []mention, spk0, spk1 int, p pairCand, from, to *mention) bool {
	if p.typ != graph.Opposed || from.actor.ID == to.actor.ID {
		return false
	}
	before, after := from, to
	if to.te <= p.ts && from.ts >= p.te {
		before, after = to, from
	} else if !(from.te <= p.ts && to.ts >= p.te) {
		return false
	}
	agent, target := before, after
	for k := p.ts; k < after.ts && k < c.b; k++ {
		if c.ld.passive.may(c.d, k) && c.ld.passive.at(c.d, k, c.b, nil) > 0 {
			agent, target = after, before
			break
		}
	}
	saysTarget := false
	for k := range kept {
		m := &kept[k]
		if m.ts < spk0 || m.te > spk1 {
			continue
		}
		if m.actor.ID == agent.actor.ID {
			return false
		}
		if m.actor.ID == target.actor.ID {
			saysTarget = true
		}
	}
	return saysTarget
}

// open20Rel holds the word sets of the rules added with the twentieth
// session's open cases.
type open20Rel struct {
	ok bool
	// past: "once", « autrefois » (lexicon.Language.PastMembershipCues).
	past phrases
}

func (r *open20Rel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.past = newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.past: lg.PastMembershipCues})
}

// pastMember reports whether a past-membership cue ends right before
// the member_of trigger at ts ("HTS, which once belonged to al-Qaeda",
// « HTS, autrefois affilié à Al-Qaïda »), the member being no person: the
// membership has ended, member_of negated as a completed departure is
// (docs/CODEBOOK.md, "A completed departure"); a former member who is a
// person gives none (the former-members ruling), which the caller's
// person rules already keep.
func (c *sctx) pastMember(ts int, from mention) bool {
	r := &c.ld.rel.o20
	if !r.ok || ts <= c.a || from.actor.Kind == graph.KindPerson || !r.past.mayEnd(c.d, ts) {
		return false
	}
	return r.past.endsAt(c.d, c.a, ts) > 0
}
