package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// maxHeadWords is the most words a described head may take before the
// apposition that names it ("La mission militaire d'assistance de l'UE en
// RDC,").
const maxHeadWords = 18

// nameApposition reports whether mention j of ms (the mentions of the
// sentence of tokens [a, b), in order) is a name in apposition to a
// described head: a noun phrase opening a clause whose head is an
// organisation or group noun of the language (member roles, anaphors)
// and whose actors are only its complements ("La mission de la SADC en
// RDC, la SAMIDRC, a achevé", "The SADC mission in Mozambique, SAMIM,
// left", « La mission militaire d'assistance de l'UE, l'EUMAM, a
// formé »). The name, not the owner named in the head, is what the
// phrase stands for. It returns the index of the first mention of the
// head, or -1.
func nameApposition(d *doc, ld *langData, a, b int, ms []mention, j int) int {
	m := ms[j]
	if m.ts <= a || m.te >= b || m.actor.Kind != graph.KindOrganisation && m.actor.Kind != graph.KindArmedGroup {
		return -1
	}
	gap := func(i int) string { return d.norm[d.toks[i-1].end:d.toks[i].start] }
	// a comma, at most one article, the name, then a comma or a bracket
	p := m.ts
	if p-1 > a && ld.determiners.at(d, p-1, p, nil) == 1 && !strings.ContainsAny(gap(p), ",;:()") {
		p--
	}
	if !strings.Contains(gap(p), ",") || strings.ContainsAny(gap(p), ";:()") {
		return -1
	}
	if after := gap(m.te); !strings.Contains(after, ",") && !strings.Contains(after, "(") {
		return -1
	}
	// the head: from the clause's start (the sentence's start or a
	// comma) to the comma before the name, a determiner first
	s := p - 1
	for s > a && p-s < maxHeadWords && !strings.ContainsAny(gap(s), ",;:") {
		s--
	}
	if s > a && !strings.Contains(gap(s), ",") || ld.determiners.at(d, s, s+1, nil) == 0 {
		return -1
	}
	r := ld.rel
	head, first := false, -1
	k := 0
	for i := s; i < p; i++ {
		for k < len(ms) && ms[k].te <= i {
			k++
		}
		if k < len(ms) && ms[k].ts <= i && k > 0 && d.bracketAlias(ms, k-1, k) {
			i = ms[k].te - 1 // "(SADC)"
			continue
		}
		if k < len(ms) && ms[k].ts <= i {
			// an actor of the head must be a complement: after an
			// of-word or a preposition, articles skipped, or before the
			// head noun ("The SADC mission")
			q := ms[k].ts - 1
			for q > s && ld.determiners.at(d, q, q+1, nil) == 1 && !r.has(d, q, rwPrepositions) {
				q--
			}
			if !r.has(d, q, rwPrepositions) && !(q == s && !head) {
				return -1
			}
			if first < 0 {
				first = k
			}
			i = ms[k].te - 1
			continue
		}
		if !head && isLowerWord(d, i) && (r.memberRoles.at(d, i, p, nil) > 0 || r.anaphors[graph.KindOrganisation].at(d, i, p, nil) > 0 ||
			r.anaphors[graph.KindArmedGroup].at(d, i, p, nil) > 0) {
			head = true
		}
	}
	if !head || first < 0 {
		return -1
	}
	return first
}

// appositionTopic returns the mention a sentence of tokens [a, b) is
// about when its first mention is the complement of a described head
// named by an apposition ("La mission de la SADC en RDC, la SAMIDRC, a
// achevé son retrait": the SAMIDRC, whose are the soldiers of the next
// sentence's « Ses soldats »), or -1.
func appositionTopic(d *doc, ld *langData, a, b int, ms []mention) int {
	for j := 1; j < len(ms) && j < 4; j++ {
		if ms[j].te <= ms[j].ts {
			break // an extra mention, no words
		}
		if first := nameApposition(d, ld, a, b, ms, j); first == 0 {
			return j
		}
	}
	return -1
}

// namesActor reports whether an actor no demonym is named at token i,
// articles skipped (not a preposition: « du Botswana » is a complement).
func (c *sctx) namesActor(i int) bool {
	for i < c.b && c.ld.determiners.at(c.d, i, i+1, nil) == 1 && !c.ld.rel.has(c.d, i, rwPrepositions) {
		i++
	}
	k := c.inMention(i)
	return k >= 0 && c.ms[k].ts == i && c.ms[k].form.Role != lexicon.RoleDemonym
}

// maxListPiece is the most words of one item of a list apposition.
const maxListPiece = 7

// beforeListApposition returns the actor before an apposition holding a
// list, the subject of trigger ts ("Ses soldats, sud-africains, malawites
// et tanzaniens, avaient combattu le M23", "Its soldiers, drawn from
// South Africa, Malawi and Tanzania, fought"), or -1: mention k ends at a
// comma, the commas after it up to the one right before the trigger
// separate short items without a trigger, the last one after a
// coordinator. j is the mention nearest the trigger (or the actor
// itself, when the list names none).
func (c *sctx) beforeListApposition(j, ts int, skip func(int) bool) int {
	// the comma closing the apposition: before the trigger or its
	// auxiliary (« tanzaniens, avaient combattu »)
	for q := ts; ; q-- {
		if q <= c.a || q < ts-2 || c.inMention(q) >= 0 || !isLowerWord(c.d, q) {
			return -1
		}
		if c.comma[q-c.a] {
			ts = q
			break
		}
	}
	for k := j; k >= 0 && k >= j-8; k-- {
		e := c.ms[k].te
		if e >= ts || !c.comma[e-c.a] {
			continue
		}
		if skip != nil && skip(k) || c.breakIn(e, ts) {
			return -1
		}
		pieces, coord, n, named := 1, false, 0, false
		for i := e; i < ts && !named; i++ {
			if i > e && c.comma[i-c.a] {
				pieces, n = pieces+1, 0
			}
			if n == 0 && c.namesActor(i) {
				// « Les pays de l'AES, le Mali, le Burkina Faso et le
				// Niger, ont quitté »: the list names the subjects
				named = true
			}
			if c.trig[i-c.a] || c.hard[i-c.a] && i > e {
				return -1
			}
			if c.ld.coord.at(c.d, i, i+1, nil) == 1 {
				coord = true
			}
			if n++; n > maxListPiece {
				return -1
			}
		}
		if pieces >= 2 && coord && !named {
			return k
		}
	}
	return -1
}

// maxPartDistance is the most sentences back an organisation's part
// may have been said to belong to it and still stand for its troops.
const maxPartDistance = 3

// rememberParts records the organisations a sentence made members of
// other organisations ("UNIFIL, the UN peacekeeping force": UNIFIL is the
// UN's part), and counts the sentence.
func (mem *memory) rememberParts(sent sentence) {
	if mem == nil {
		return
	}
	mem.sentence++
	for _, r := range sent.relations {
		if r.typ != graph.MemberOf {
			continue
		}
		from, to := sent.pairActors(r.from, r.to)
		if from == nil || to == nil || from.Kind != graph.KindOrganisation || to.Kind != graph.KindOrganisation || r.ev.Negated {
			continue
		}
		if mem.parts == nil {
			mem.parts = map[string]part{}
		}
		mem.parts[to.ID] = part{from, mem.sentence}
	}
}

// troopOwner returns whose troops an organisation's possessive names: a
// part of a (a mission, a force) the article named as its member in the
// last sentences, else a itself. "UNIFIL, the UN peacekeeping force ...
// The Security Council is expected to wind it down. Its 10,000 troops":
// UNIFIL's, not the UN's.
func (mem *memory) troopOwner(a *lexicon.Actor) *lexicon.Actor {
	if mem == nil || a == nil || a.Kind != graph.KindOrganisation {
		return a
	}
	if p, ok := mem.parts[a.ID]; ok && mem.sentence-p.sentence < maxPartDistance {
		return p.actor
	}
	return a
}

// mentionAt returns mention k of the sentence, an extra one (addExtra)
// included.
func (c *sctx) mentionAt(k int) mention {
	if k >= len(c.ms) {
		return c.extra[k-len(c.ms)]
	}
	return c.ms[k]
}

// possessiveOpening returns the possessive that opens the clause of a
// noun phrase ending before token e ("Its 10,000 troops, whose"), or -1.
func (c *sctx) possessiveOpening(e int) int {
	for p := e - 1; p >= c.a && p >= e-1-maxContingentWords; p-- {
		if c.ld.rel.has(c.d, p, rwPossessives) {
			if p == c.a || c.hardOrComma(p) {
				return p
			}
			return -1
		}
		if c.inMention(p) >= 0 || (p > c.a && c.hardOrComma(p)) {
			return -1
		}
	}
	return -1
}

// placeAfter reports whether a place the sentence keeps no actor of
// starts at token f, articles skipped: capitalised words outside any
// mention, in the same clause ("in the Central African Republic,").
func placeAfter(c *sctx, f int) bool {
	for f < c.b && !c.hardOrComma(f) && c.ld.determiners.at(c.d, f, f+1, nil) == 1 {
		f++
	}
	return f < c.b && !c.hardOrComma(f) && c.inMention(f) < 0 && !isLowerWord(c.d, f)
}

// participleAdjunct returns the subject before a participle phrase
// between commas whose trigger takes mention j as its object, the
// subject of trigger ts after it (« Le Burkina Faso, le Mali et le
// Niger, réunis au sein de l'AES, ont quitté la Cedeao », "Mali, backed
// since 2021 by Russia, attacked"), or -1: the phrase opens with a
// lower-case word (no preposition, coordinator or clause break) after a
// comma that follows the subject, a trigger of its own stands before j,
// and one comma closes it before ts. It returns -2 when no actor stands
// before the phrase (no other subject may then be read).
func (c *sctx) participleAdjunct(j, ts int, skip func(int) bool) int {
	m := c.ms[j]
	if m.te > ts || ts-m.te > 1 || c.commas(m.te, ts) != 1 || c.breakIn(m.te, ts) {
		return -1 // the phrase ends with its object: "..., with support from Y, attacked"
	}
	if j > 0 && c.d.bracketAlias(c.ms, j-1, j) {
		j = j - 1 // "l'Alliance des États du Sahel (AES)"
	}
	j = c.d.group(c.ld, c.ms, j, -1)[0] // "X, made up of Chad, Niger and Nigeria, fought"
	first := c.commaBefore(c.ms[j].ts)
	if first <= c.a || !isLowerWord(c.d, first) || c.rel[first-c.a] || c.ld.determiners.at(c.d, first, first+1, nil) == 1 {
		return -1
	}
	trig := false
	for i := first; i < c.ms[j].ts; i++ {
		if c.trig[i-c.a] {
			trig = true
		}
		if c.hard[i-c.a] && i > first {
			return -1
		}
	}
	w := c.d.toks[first].fold
	if !trig || c.brk[first-c.a] || c.ld.rel.prepositions[w] || c.ld.coord.at(c.d, first, first+1, nil) == 1 || c.inMention(first) >= 0 {
		return -1 // ", and Russia attacked", ", selon l'ONU,"
	}
	for k := j - 1; k >= 0 && c.ms[k].te >= first; k-- {
		if c.ms[k].te == first && (skip == nil || !skip(k)) {
			return k
		}
	}
	return -2
}

// demonymContingents finds the states a force's troops are said to come
// from by a list of demonyms in apposition to a possessive troop noun
// opening a clause (« Ses soldats, sud-africains, malawites et
// tanzaniens, avaient combattu »; ".../contingents/member_of/demonyms"):
// each state is a member of the organisation the possessive names (as
// for contingents, its part named in the last sentences). all holds
// every mention of the sentence, the demonyms no rule keeps included.
func (c *sctx) demonymContingents(lang string, all []mention) []pairCand {
	r, rl := &c.ld.rel.bl, c.ld.rel
	if !r.ok || c.d.none(rl.troops, c.a, c.b) {
		return nil
	}
	d := c.d
	var out []pairCand
	for p := c.a; p+1 < c.b; p++ {
		if !d.is(p, c.ld, classPossessive) || p > c.a && !c.hardOrComma(p) { // rl.possessives
			continue
		}
		t := p + 1
		if !rl.troops.may(d, t) {
			continue
		}
		n := rl.troops.at(d, t, c.b, nil)
		if n == 0 || t+n >= c.b || !c.comma[t+n-c.a] {
			continue
		}
		// the list: demonyms of states, joined by commas and a
		// coordinator, closed by a comma
		var states []mention
		j := t + n
		for k := 0; k < len(all) && j < c.b; k++ {
			m := all[k]
			if m.ts < j {
				continue
			}
			if m.ts != j || m.form.Role != lexicon.RoleDemonym || m.actor.Kind != graph.KindState {
				break
			}
			states = append(states, m)
			j = m.te
			if j < c.b && c.ld.coord.at(d, j, j+1, nil) == 1 && !c.comma[j-c.a] {
				j++
			} else if j >= c.b || !c.comma[j-c.a] {
				break
			}
		}
		if len(states) < 2 || j >= c.b || !c.comma[j-c.a] {
			continue
		}
		o := c.possessiveGroup(t, graph.KindOrganisation)
		if o < 0 {
			continue
		}
		if g := c.mentionAt(o).actor; c.mem != nil && c.mem.troopOwner(g).ID != g.ID {
			a := c.mem.troopOwner(g)
			o = c.addExtra(mention{ts: t, te: t, actor: a, form: lexicon.Form{Text: a.Name, Role: roleAnaphor}})
		}
		for _, m := range states {
			out = append(out, pairCand{from: c.mentionOf(m.actor, m), to: o, typ: graph.MemberOf, ts: t, te: t + n, rule: lang + "/contingents/member_of/demonyms"})
		}
	}
	return out
}
