package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// gold17enRel holds the word sets of the rules added with the seventeenth
// session's English blind articles.
type gold17enRel struct {
	ok bool
	// ties: "ties", "relations", « relations » (lexicon.Language.TiesNouns).
	ties map[string]bool
	// expel: "expelled", « a expulsé » (lexicon.Language.ExpelDiplomatVerbs).
	expel phrases
	// diplomats: "ambassador", « ambassadeur »
	// (lexicon.Language.DiplomatNouns).
	diplomats phrases
	// groupGov: "prime minister", « chef du gouvernement »
	// (lexicon.Language.GroupGovernmentRoles).
	groupGov phrases
	// heads: "party", « parti » (lexicon.Language.AppositionHeads).
	heads phrases
	// alongWith: "along with" (lexicon.Language.AlongWith).
	alongWith phrases
}

func (r *gold17enRel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.expel, r.diplomats, r.groupGov, r.heads, r.alongWith = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.ties = map[string]bool{}
		r.ok = true
	}
	for _, s := range lg.TiesNouns {
		r.ties[graph.Fold(s)] = true
	}
	addPhraseLists(map[*phrases][]string{&r.expel: lg.ExpelDiplomatVerbs, &r.diplomats: lg.DiplomatNouns, &r.groupGov: lg.GroupGovernmentRoles,
		&r.heads: lg.AppositionHeads, &r.alongWith: lg.AlongWith})
}

// expelledEnvoy reports whether the opposed trigger at [ts, te) is an
// expulsion verb whose object is a state's diplomats, not its forces
// ("expelled Ethiopia's ambassador", "expelled the Ethiopian
// ambassador", « a expulsé l'ambassadeur éthiopien »): a diplomatic act,
// no hostility (docs/CODEBOOK.md, "Diplomatic rifts"; expel_diplomat_verbs,
// diplomat_nouns).
func (c *sctx) expelledEnvoy(ts, te int) bool {
	r := &c.ld.rel.g17en
	if !r.ok || r.expel.atIf(c.d, ts, c.b) != te-ts {
		return false
	}
	d := c.d
	k := te
	for n := 0; n < 3 && k < c.b; n++ {
		if c.ld.determiners.at(d, k, k+1, nil) == 1 {
			k++
			continue
		}
		if m := c.inMention(k); m >= 0 {
			// the state's: "Ethiopia's", "Ethiopian"; or its diplomats
			// named with it ("Swedish diplomats")
			if r.diplomats.endsAt(d, c.ms[m].ts+1, c.ms[m].te) > 0 {
				return true
			}
			k = c.ms[m].te
			if k+1 < c.b && c.ld.rel.has(d, k, rwPossessiveSuffix) {
				k++
			}
			continue
		}
		break
	}
	return r.diplomats.atIf(d, k, c.b) > 0
}

// groupGovernmentHead reports whether the leader role starting at rs is the
// head of a government that the armed group org runs ("the Houthis' prime
// minister", "its prime minister, X" for the movement): he is a member of
// the group, whose own leader leads it (docs/CODEBOOK.md, "A group's own
// government"; group_government_roles).
func (c *sctx) groupGovernmentHead(rs, org int) bool {
	r := &c.ld.rel.g17en
	return r.ok && org >= 0 && c.mentionAt(org).actor.Kind == graph.KindArmedGroup && r.groupGov.atIf(c.d, rs, c.b) > 0
}

// commandAntecedent returns the led actor of a passive leads trigger
// ("under the command of X") standing in a relative clause after the
// object of the clause's verb, past words of its own ("the NRF, which
// have fought the Houthis on the coast since 2018 under the command of
// Tareq Saleh": the NRF, not the Houthis): the antecedent of the
// relative, else left. A participle right after its noun ("the RSF led
// by Hemedti") keeps the noun.
func (c *sctx) commandAntecedent(h trigHit, left int) int {
	if left < 0 || c.ms[left].te > h.ts || h.ts-c.ms[left].te < 2 {
		return left
	}
	d := c.d
	for i := c.ms[left].te; i <= h.ts; i++ {
		if c.hardOrComma(i) {
			return left
		}
	}
	// the verb whose object left is: a trigger right before it
	k := c.ms[left].ts - 1
	for k > c.a && c.ld.determiners.at(d, k, k+1, nil) == 1 {
		k--
	}
	if k <= c.a || !c.trig[k-c.a] {
		return left
	}
	for p := k; p > c.a && p >= k-maxCommandGap; p-- {
		if c.inMention(p) >= 0 {
			return left
		}
		if c.comma[p-c.a] && c.ld.rel.relatives.at(d, p, c.b, nil) > 0 {
			if a := c.mentionEndingAt(p); a >= 0 && a != left && c.ms[a].actor.Kind != graph.KindPerson {
				return a
			}
			return left
		}
	}
	return left
}

// maxCommandGap bounds the words between a relative pronoun and the verb
// of its clause ("which have long fought"; commandAntecedent).
const maxCommandGap = 5

// orgBeforeRole returns, for a role whose "for" names a state (at k), the
// organisation or group named right before the role, which the holder
// serves ("The UN envoy for Yemen, Hans Grundberg", "the UN's special
// envoy for Sudan": the UN's, not Yemen's), else k. "Of" keeps its
// complement ("the head of the UN mission").
func (c *sctx) orgBeforeRole(rs, re, k int) int {
	d := c.d
	if k < 0 || c.ms[k].actor.Kind != graph.KindState || re >= c.b || c.ld.rel.has(d, re, rwOf) {
		return k
	}
	j := rs
	for n := 0; n < 2 && j-1 > c.a && isLowerWord(d, j-1) && c.inMention(j-1) < 0 && !c.hardOrComma(j-1); n++ {
		j-- // "special", "personal"
	}
	if j-1 > c.a && c.ld.rel.has(d, j-1, rwPossessiveSuffix) {
		j--
	}
	if o := c.mentionEndingAt(j); o >= 0 && o != k {
		if kind := c.ms[o].actor.Kind; kind == graph.KindOrganisation || kind == graph.KindArmedGroup {
			return o
		}
	}
	return k
}

// appositionPossessorRules reads a leader named as the possessor of a
// group's description in apposition after it ("the SPLM-IO, Mr Machar's
// party,", "the RSF, Hemedti's paramilitary force,"): the person leads the
// group or organisation before the comma (".../possessor/leads/apposition";
// the group's anaphors, apposition_heads). A state is never so led ("Russia,
// Putin's country").
func (c *sctx) appositionPossessorRules(lang string) []pairCand {
	r := &c.ld.rel.g17en
	if !r.ok || len(c.ms) < 2 {
		return nil
	}
	d, rel := c.d, c.ld.rel
	var out []pairCand
	for p := 1; p < len(c.ms); p++ {
		m := c.ms[p]
		e := m.te
		if m.actor.Kind != graph.KindPerson || e+1 >= c.b || !rel.has(d, e, rwPossessiveSuffix) || d.norm[d.toks[e-1].end:d.toks[e].start] != "'" {
			continue
		}
		s := m.ts
		for s > c.a && !c.comma[s-c.a] && c.inMention(s-1) < 0 && c.ld.disc.titles.at(d, s-1, m.ts, nil) == m.ts-s+1 {
			s-- // "Mr", "General"
		}
		if s <= c.a || !c.comma[s-c.a] {
			continue
		}
		g := c.mentionEndingAt(s)
		if g < 0 || g == p {
			continue
		}
		kind := c.ms[g].actor.Kind
		if kind != graph.KindArmedGroup && kind != graph.KindOrganisation && kind != graph.KindCompany {
			continue
		}
		k := e + 1
		n := 0
		for steps := 0; steps < 3 && k < c.b && !c.hardOrComma(k); steps++ {
			if ps, ok := rel.anaphors[kind]; ok {
				n = ps.at(d, k, c.b, nil)
			}
			if h := r.heads.at(d, k, c.b, nil); h > n {
				n = h
			}
			if n > 0 || !isLowerWord(d, k) || c.inMention(k) >= 0 {
				break
			}
			k++ // "paramilitary", "political"
		}
		if n == 0 || (k+n < c.b && !c.hardOrComma(k+n)) {
			continue
		}
		out = append(out, pairCand{from: p, to: g, typ: graph.Leads, ts: m.ts, te: k + n, rule: lang + "/possessor/leads/apposition"})
	}
	return out
}

// alongWithRules extends a trigger's relation to the actors listed "along
// with" its subject, between commas after the subject ("Rwanda, along
// with Uganda, supplies the M23") or after a comma closing the object
// ("Ethiopia contributes troops to AUSSOM, along with Uganda and Kenya"):
// each listed actor takes the subject's place (".../alongwith";
// along_with).
func (c *sctx) alongWithRules(cands []pairCand) []pairCand {
	r := &c.ld.rel.g17en
	if !r.ok || len(cands) == 0 || c.d.none(r.alongWith, c.a, c.b) {
		return nil
	}
	d := c.d
	var out []pairCand
	for _, p := range cands {
		if p.from >= len(c.ms) || p.to >= len(c.ms) {
			continue
		}
		role := p.typ == graph.MemberOf && strings.HasSuffix(p.rule, "/role/member_of")
		if !role && (!strings.Contains(p.rule, "/trigger/") || !strings.HasSuffix(p.rule, "/active")) {
			continue
		}
		s, o := p.from, p.to
		objEnd := c.ms[o].te
		if role {
			// "Ethiopia is one of AUSSOM's troop contributors, along with
			// Uganda and Kenya": the member holds the role (lead18)
			if c.ms[s].te > p.ts {
				continue
			}
			objEnd = max(objEnd, p.te)
		} else {
			if c.ms[s].te > p.ts {
				s, o = o, s
			}
			if c.ms[s].te > p.ts || c.ms[o].ts < p.te {
				continue // the subject before the verb, the object after it
			}
			objEnd = c.ms[o].te
		}
		var ys []int
		if k := c.ms[s].te; k < p.ts && c.comma[k-c.a] {
			if n := r.alongWith.atIf(d, k, c.b); n > 0 {
				ys = c.alongList(k+n, p.ts)
			}
		}
		if ys == nil && p.typ == graph.MemberOf {
			// after the object only for a membership: "designated X,
			// along with Y," lists objects
			for j := objEnd; j < c.b && j <= objEnd+maxAlongGap; j++ {
				if c.comma[j-c.a] {
					if n := r.alongWith.atIf(d, j, c.b); n > 0 {
						ys = c.alongList(j+n, c.b)
					}
					break
				}
				if c.hard[j-c.a] || c.inMention(j) >= 0 || c.trig[j-c.a] {
					break
				}
			}
		}
		for _, y := range ys {
			if y == s || y == o || c.ms[y].actor.ID == c.ms[o].actor.ID || c.ms[y].actor.ID == c.ms[s].actor.ID {
				continue
			}
			q := p
			q.rule += "/alongwith"
			if q.from == s {
				q.from = y
			} else {
				q.to = y
			}
			out = append(out, q)
		}
	}
	return out
}

// maxAlongGap bounds the words between an object and the comma of a
// trailing "along with" (alongWithRules).
const maxAlongGap = 6

// alongList returns the actors listed from token k (articles skipped),
// ending before token limit at a comma, a clause break or limit, or nil.
func (c *sctx) alongList(k, limit int) []int {
	for k < limit && c.ld.determiners.at(c.d, k, k+1, nil) == 1 {
		k++
	}
	m := c.inMention(k)
	if m < 0 || c.ms[m].ts != k {
		return nil
	}
	g := c.d.group(c.ld, c.ms, m, 1)
	e := c.ms[g[len(g)-1]].te
	if e > limit || e < c.b && e < limit && !c.hardOrComma(e) {
		return nil // "along with Uganda's army": not a list that ends there
	}
	return g
}

// companionAfterTies reports whether the companion phrase ending at token
// i follows a noun of ties ("kept close ties with the Giants Brigades",
// "relations with"; ties_nouns, not "signed an agreement with", the
// signing partner): the actor is that noun's
// complement, not a companion of the clause's verb, and may be the
// subject of a relative after it.
func (c *sctx) companionAfterTies(i int) bool {
	if !c.ld.rel.g17en.ok || !c.ld.rel.companions.mayEnd(c.d, i+1) {
		return false
	}
	n := c.ld.rel.companions.endsAt(c.d, c.a, i+1)
	s := i + 1 - n
	if n == 0 || s-1 < c.a {
		return false
	}
	if c.ld.rel.g17en.ties[c.d.toks[s-1].fold] {
		return true
	}
	// "ties with the STC and with the Giants Brigades": the companion
	// phrase before the coordinator
	if s-2 > c.a && c.ld.coord.at(c.d, s-1, s, nil) == 1 {
		if m := c.mentionEndingAt(s - 1); m >= 0 {
			k := c.ms[m].ts - 1
			for k > c.a && c.ld.determiners.at(c.d, k, k+1, nil) == 1 {
				k--
			}
			return k < i && c.companionAfterTies(k)
		}
	}
	return false
}
