package extract

import (
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// maxAgentGap is the most words between a qualifying participle and the
// agent marker after it (« acheminés depuis le Pérou par »).
const maxAgentGap = 5

// qualifyingParticiple reports whether the active supplies trigger of
// hit h is a French participle qualifying a noun, with its own agent
// after it: no auxiliary before the participle, and an agent marker
// (« par ») within a few words of it in the clause, its agent named
// further on, past a noun of its own (« Los Lobos
// recevraient des fusils acheminés depuis le Pérou par des réseaux du
// CJNG »). The sentence's subject is then no supplier and the agent no
// recipient: the agent supplies, which the receiving verb or the
// participle's passive reading gives (lead20).
func (c *sctx) qualifyingParticiple(h trigHit) bool {
	if h.trig.Type != graph.Supplies || h.trig.Voice != lexicon.Active || h.trig.Lang != "fr" || h.te-h.ts != 1 || h.ts <= c.a {
		return false
	}
	if !c.ld.rel.participleOf(c.d.word(h.ts)) || c.ld.rel.sp.aux[c.d.toks[h.ts-1].fold] {
		return false
	}
	for k := h.te; k < c.b && k <= h.te+maxAgentGap; k++ {
		if c.hardOrComma(k) || c.inMention(k) >= 0 {
			return false
		}
		if c.ld.passive.may(c.d, k) && c.ld.passive.at(c.d, k, c.b, nil) == 1 {
			// the agent named right after the marker, an article
			// between at most (« livrés en 2021 par les États-Unis »),
			// is read by the trigger's own agent rules
			for j := range c.ms {
				if c.ms[j].ts > k {
					return c.ms[j].ts-k > 2
				}
			}
			return false
		}
	}
	return false
}
