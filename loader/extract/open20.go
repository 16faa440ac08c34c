package extract

import "github.com/actorgraph/actorgraph/graph"

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
