package extract

import (
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// The twentieth session's mends from the French blind articles
// (fr-blind-37, fr-blind-38, fr-blind-39); doc.go has a clause for each.

// maxTitledGap is the most words between the end of a state mention that
// stands in a leader's title and the person named after it (« le chef de
// l'État sierra-léonais, Julius Maada Bio »: one comma; "Sierra Leone's
// president, Julius Maada Bio": the possessive, the title and a comma).
const maxTitledGap = 4

// titledPersonAfter returns the mention of the person a leader's title
// names right after the state mention `from` that is the agent of the
// leads trigger h, or -1. The agent is a title phrase (a state head's or
// leader's title among the words from the trigger to the person: « la
// Cédéao, désormais présidée par le chef de l'État sierra-léonais, Julius
// Maada Bio », "ECOWAS, chaired by Sierra Leone's president, Julius Maada
// Bio"), the person follows after a comma within maxTitledGap words with
// no hard break: the person leads the organisation, and the state, whose
// demonym only qualifies the title, is no member by it (docs/CODEBOOK.md,
// "A coalition and its leader": "Tinubu chairs ECOWAS" is leads; the
// chair's state's membership is not stated by it).
func (c *sctx) titledPersonAfter(h trigHit, from int) int {
	ms, d, r := c.ms, c.d, c.ld.rel
	if from < 0 || from+1 >= len(ms) || ms[from].ts < h.te {
		return -1
	}
	p := from + 1
	if ms[p].actor == nil || ms[p].actor.Kind != graph.KindPerson || ms[p].ts-ms[from].te > maxTitledGap {
		return -1
	}
	comma := false
	for j := ms[from].te; j <= ms[p].ts; j++ {
		if j > c.a && j < c.b && c.hard[j-c.a] {
			return -1
		}
		if j > c.a && j < c.b && c.comma[j-c.a] {
			comma = true
		}
	}
	if !comma {
		return -1
	}
	for j := h.te; j < ms[p].ts; j++ {
		if r.stateHeads.may(d, j) && r.stateHeads.at(d, j, ms[p].ts, nil) > 0 || r.leaderTitles.may(d, j) && r.leaderTitles.at(d, j, ms[p].ts, nil) > 0 {
			return p
		}
	}
	return -1
}

// afterOpeningAttribution returns the first token after the comma that
// closes an attribution opening the sentence (« Selon des responsables
// syriens, … », "According to Syrian officials, …"), before token ts, or
// -1 when the sentence opens otherwise or no comma closes it first.
func (c *sctx) afterOpeningAttribution(ts int) int {
	d := c.d
	if !c.ld.attributions.may(d, c.a) || c.ld.attributions.at(d, c.a, c.b, nil) == 0 {
		return -1
	}
	for i := c.a + 1; i < ts; i++ {
		if c.hard[i-c.a] {
			return -1
		}
		if c.comma[i-c.a] {
			return i
		}
	}
	return -1
}

// gold20frRel holds the word sets of gold20fr.go's rules.
type gold20frRel struct {
	ok bool
	// arrivals: « sont arrivés », "arrived in"
	// (lexicon.Language.TrainerArrivals).
	arrivals phrases
	// openers: « Au », "In"; seizures: « a pris d'assaut », "stormed";
	// places: « ville », "town" (lexicon.Language.StateOpeners,
	// OpenerSeizures, SeizedPlaces).
	openers, seizures, places phrases
	// docs: « accord de », "treaty of" (lexicon.Language.NamedDocuments).
	docs phrases
}

func (r *gold20frRel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.arrivals = newPhraseSet(reg)
		r.openers, r.seizures, r.places, r.docs = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.arrivals: lg.TrainerArrivals, &r.openers: lg.StateOpeners, &r.seizures: lg.OpenerSeizures, &r.places: lg.SeizedPlaces, &r.docs: lg.NamedDocuments})
}

// maxArrivalGap is the most words between the trainers' phrase and their
// arrival verb (« des instructeurs russes sont arrivés », "Russian
// military instructors have arrived": none; « des instructeurs russes,
// une centaine, sont arrivés » is not read).
const maxArrivalGap = 1

// maxArrivalPlaceGap is the most words between an arrival verb and the
// state or capital it names (« sont arrivés à Niamey », "arrived in
// Bangui", "were deployed to Somalia").
const maxArrivalPlaceGap = 2

// arrivedTrainerRules reads trainers of a state who arrived in another:
// a trainer noun (trainer_nouns) whose state is the demonym right after
// it or the mention holding or ending at it (« des instructeurs russes »,
// "Russian military instructors", « les instructeurs de la Russie »; a
// state, a group, a firm or an organisation), an arrival verb (trainer_arrivals)
// right after, then within maxArrivalPlaceGap words a state or its
// capital: the trainers' state trains that state (".../arrived/trains";
// docs/CODEBOOK.md, "Instructors": "a force whose instructors arrived in
// a capital … trains that state (the role is in the noun)"). Forces with
// no stated role that only arrive stay nothing.
func (c *sctx) arrivedTrainerRules(lang string) []pairCand {
	r := &c.ld.rel.g20fr
	d := c.d
	if !r.ok || len(c.ms) < 2 || d.none(c.ld.rel.trainerNouns, c.a, c.b) || d.none(r.arrivals, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for j := c.a; j < c.b; j++ {
		m := c.ld.rel.trainerNouns.atIf(d, j, c.b)
		if m == 0 {
			continue
		}
		origin, end := -1, j+m
		if k := c.inMention(j + m); k >= 0 && c.ms[k].ts >= j {
			origin, end = k, c.ms[k].te // « des instructeurs russes », « instructeurs militaires chinois »
		} else if k := c.ofOwner(j + m); k >= 0 {
			origin, end = k, c.ms[k].te // « les instructeurs de la Russie »
		} else if k := c.inMention(j); k >= 0 {
			origin, end = k, max(c.ms[k].te, j+m) // "Russian instructors" as one mention
		} else if k := c.inMention(j - 1); k >= 0 && c.ms[k].te == j {
			origin = k // "Russian military instructors"
		}
		if origin < 0 || c.ms[origin].actor.Kind == graph.KindPerson {
			continue
		}
		for v := end; v < c.b && v <= end+maxArrivalGap; v++ {
			if c.hardOrComma(v) {
				break
			}
			n := r.arrivals.atIf(d, v, c.b)
			if n == 0 {
				continue
			}
			for p := v + n; p < c.b && p <= v+n+maxArrivalPlaceGap; p++ {
				if c.hardOrComma(p) {
					break
				}
				k := c.inMention(p)
				if k < 0 {
					continue
				}
				if st := c.ms[k]; st.actor.Kind == graph.KindState && st.actor.ID != c.ms[origin].actor.ID {
					out = append(out, pairCand{from: origin, to: k, typ: graph.Trains, ts: v, te: v + n, rule: lang + "/arrived/trains"})
				}
				break
			}
			break
		}
		j = end - 1
	}
	return out
}

// maxArrivedTrainerWords is the most words from the trainer noun to the
// end of the arrival phrase trainersArrivedBefore looks back over
// (« instructeurs militaires chinois sont arrivés »).
const maxArrivedTrainerWords = 6

// trainersArrivedBefore reports whether an arrival phrase
// (trainer_arrivals) ends right before token p, a place preposition, with
// a trainer noun (trainer_nouns) a few words before it and no comma or
// hard break between: the state or capital after the preposition is
// where the trainers arrived, so the state trained (arrivedTrainerRules),
// not a mere place (placeNamed).
func (c *sctx) trainersArrivedBefore(p int) bool {
	r := &c.ld.rel.g20fr
	d := c.d
	if !r.ok || p <= c.a || p >= c.b || !r.arrivals.mayEnd(d, p) {
		return false
	}
	n := r.arrivals.endsAt(d, c.a, p)
	if n == 0 {
		return false
	}
	for j := p - n - 1; j >= c.a && j >= p-n-maxArrivedTrainerWords; j-- {
		if c.hardOrComma(j + 1) {
			return false
		}
		if c.ld.rel.trainerNouns.may(d, j) && c.ld.rel.trainerNouns.at(d, j, p-n, nil) > 0 {
			return true
		}
	}
	return false
}

// ofOwner returns the mention an of-word at token i introduces, after at
// most one determiner (« de la Russie », "of Russia"), or -1.
func (c *sctx) ofOwner(i int) int {
	d := c.d
	if i >= c.b || c.hardOrComma(i) || !c.ld.rel.has(d, i, rwOf) {
		return -1
	}
	j := i + 1
	if j < c.b && c.inMention(j) < 0 && c.ld.determiners.at(d, j, j+1, nil) == 1 {
		j++
	}
	if k := c.inMention(j); k >= 0 && c.ms[k].ts == j && !c.hardOrComma(j) {
		return k
	}
	return -1
}

// foundedInRelative reports whether a relative word stands in [te, ts)
// and a founding phrase (founding) follows it before ts, with no hard
// break: the actor at ts is what the pact founded, not a partner
// (« Le Mali, le Burkina Faso et le Niger ont signé la charte du
// Liptako-Gourma, un pacte de défense mutuelle qui a donné naissance à
// l'Alliance des États du Sahel », "… a mutual defence pact that created
// the Alliance of Sahel States"): the signatories are allied among
// themselves and founding members (docs/CODEBOOK.md, founding members).
func (c *sctx) foundedInRelative(te, ts int) bool {
	d, r := c.d, c.ld.rel
	if d.none(r.founding, te, ts) {
		return false
	}
	for i := te; i < ts && i < c.b; i++ {
		if i > c.a && c.hard[i-c.a] {
			return false
		}
		if !c.rel[i-c.a] {
			continue
		}
		for j := i + 1; j < ts; j++ {
			if r.founding.may(d, j) && r.founding.at(d, j, ts, nil) > 0 {
				return true
			}
		}
		return false
	}
	return false
}

// lexiconPersonOf returns the person of the lexicon whose surname, folded,
// is k among the surnames of the persons the article names in full
// (lexiconSurnames), or nil when none or two share it: « M. Deni » after
// « Saïd Abdullahi Deni » is that person, not a new one (resolvePersons).
func lexiconPersonOf(ls []lexSurname, k string) *lexicon.Actor {
	var a *lexicon.Actor
	for _, l := range ls {
		if graph.Fold(l.text) != k {
			continue
		}
		if a != nil && a != l.a {
			return nil
		}
		a = l.a
	}
	return a
}

// maxDesignationNounWords is the most words of the designation phrase
// between a designation noun and the of-word naming the designated actor
// (« comme organisation terroriste étrangère de »).
const maxDesignationNounWords = 5

// designatedAfterNoun reads a designation noun followed by what it
// designates as, then the actor after an of-word (« Washington a révoqué
// le 8 juillet la désignation comme organisation terroriste de Hayat
// Tahrir al-Cham »): an optional as-mark (as_marks), lower-case words with
// a designation noun (designation_nouns), an of-word, articles, then the
// actor: the subject of the clause opposes each actor listed there
// (".../designation/opposed"; an ending verb before negates it,
// designationEnded). i is the designation phrase (n words) and j the
// first word after it and its articles.
func (c *sctx) designatedAfterNoun(lang string, i, n, j int) []pairCand {
	r, d := &c.ld.rel.bl, c.d
	t := j
	if c.ld.rel.l18.ok {
		if m := c.ld.rel.l18.asMarks.atIf(d, t, c.b); m > 0 {
			t += m
		}
	}
	found := false
	for ; t < c.b && t <= j+maxDesignationNounWords; t++ {
		if c.hardOrComma(t) || c.inMention(t) >= 0 || !isLowerWord(d, t) {
			return nil
		}
		if r.designNouns.atIf(d, t, c.b) > 0 {
			found = true
		}
		if found && c.ld.rel.has(d, t, rwOf) {
			break
		}
	}
	if !found || t >= c.b || !c.ld.rel.has(d, t, rwOf) {
		return nil
	}
	t++
	for t < c.b && c.inMention(t) < 0 && c.ld.determiners.at(d, t, t+1, nil) == 1 {
		t++
	}
	k := c.inMention(t)
	if k < 0 || c.ms[k].ts != t || c.noArg[k] || c.hardOrComma(t) {
		return nil
	}
	s := c.subject(i, func(q int) bool { return c.noArg[q] })
	if s < 0 || s == k {
		return nil
	}
	var out []pairCand
	for _, o := range d.group(c.ld, c.ms, k, +1) {
		if !c.noArg[o] && o != s {
			out = append(out, pairCand{from: s, to: o, typ: graph.Opposed, ts: i, te: i + n, rule: lang + "/designation/opposed"})
		}
	}
	return out
}

// designNounBefore reports whether a designation noun (designation_nouns)
// stands right before a designation phrase at i (n words) that ends with
// an of-word, with only lower-case words between ("revoked the foreign
// terrorist designation of HTS"): the actor after the of-word is
// designated.
func (c *sctx) designNounBefore(i, n int) bool {
	r, d := &c.ld.rel.bl, c.d
	if n == 0 || !c.ld.rel.has(d, i+n-1, rwOf) {
		return false
	}
	for s := i - 1; s >= c.a && s >= i-2; s-- {
		if !isLowerWord(d, s) || c.inMention(s) >= 0 {
			return false
		}
		if r.designNouns.atIf(d, s, i) > 0 {
			return true
		}
	}
	return false
}

// maxAppositionHeadWords is the most words of an apposition's head noun
// phrase before a relative (« le groupe islamiste », "the armed group").
const maxAppositionHeadWords = 4

// appositionHeadStart returns the first token of an apposition's head noun
// phrase that ends right before token p (a relative word): a determiner
// and lower-case words naming no actor, after a comma (« HTS, le groupe
// islamiste dont … »), or -1. The actor before the comma is then the
// antecedent of the relative (relativeRoleHolder).
func (c *sctx) appositionHeadStart(p int) int {
	d := c.d
	if m := c.mentionEndingAt(p); m >= 0 {
		// the head noun read as an anaphor of the antecedent (« le
		// groupe »): an apposition when a comma opens it
		q := c.ms[m].ts
		for q-1 > c.a && !c.comma[q-c.a] && c.ld.determiners.at(d, q-1, q, nil) == 1 {
			q--
		}
		if q > c.a && c.comma[q-c.a] && q < c.ms[m].ts {
			return q
		}
		return -1
	}
	for q := p - 1; q > c.a && q >= p-maxAppositionHeadWords; q-- {
		if c.hard[q-c.a] || !isLowerWord(d, q) {
			return -1 // (a lower-case mention is the head noun read as an anaphor: « le groupe islamiste »)
		}
		if c.comma[q-c.a] {
			if c.ld.determiners.at(d, q, q+1, nil) == 1 && q+1 < p {
				return q
			}
			return -1
		}
		if q < p-1 && c.comma[q+1-c.a] {
			return -1
		}
	}
	return -1
}

// originRecipients returns the supplies pairs from the origin state k
// (mention m, "de fabrication turque") to the recipient `to` and to every
// actor listed with it (« Le Mali, le Burkina Faso et le Niger ont reçu
// des drones de fabrication turque », "Mali and Niger have received
// Turkish-made drones", « Les trois armées ont reçu … » after the three
// states): a recipient before the origin lists leftwards, one after it
// rightwards (originRules).
func (c *sctx) originRecipients(out []pairCand, k, to int, m mention, lang string) []pairCand {
	var g []int
	if c.ms[to].te <= m.ts {
		g = c.subjectGroup(to, m.ts)
	} else {
		g = c.d.group(c.ld, c.ms, to, +1)
	}
	for _, r := range g {
		if r == k || c.noArg[r] || c.ms[r].actor.ID == m.actor.ID || c.origin(c.ms[r]) || !graph.Supplies.Allows(c.ms[k].actor.Kind, c.ms[r].actor.Kind) {
			continue
		}
		out = append(out, pairCand{from: k, to: r, typ: graph.Supplies, ts: m.ts, te: m.te, rule: lang + "/origin/supplies"})
	}
	return out
}

// maxSeizureGap is the most words between an armed group and its seizure
// verb (« le JNIM a pris d'assaut »: "a" is one), and maxOpenerPlaceGap the
// most words between the verb and the place noun (« a pris d'assaut le 11
// mai la ville »).
const (
	maxSeizureGap     = 2
	maxOpenerPlaceGap = 6
)

// openerStateRules reads a sentence that opens with the state it happens
// in, then an armed group that takes or holds a place there: a state
// opener (state_openers: « Au », « En », "In"), the state's mention and a
// comma, the group right after, a seizure verb (opener_seizures: « a pris
// d'assaut », « contrôle », "stormed", "overran") and, a few lower-case
// words or a date later, a place noun (seized_places: « la ville », « le
// camp militaire », « une large partie du territoire », "the town"): the
// group fights that state (".../opener/opposed"; docs/CODEBOOK.md,
// "Disputed territory": « Au Burkina Faso, le JNIM contrôle ou dispute une
// large partie du territoire » is opposed).
func (c *sctx) openerStateRules(lang string) []pairCand {
	r := &c.ld.rel.g20fr
	d, ms := c.d, c.ms
	if !r.ok || len(ms) < 2 || d.none(r.seizures, c.a, c.b) || d.none(r.places, c.a, c.b) {
		return nil
	}
	n := r.openers.atIf(d, c.a, c.b)
	if n == 0 {
		return nil
	}
	k := c.inMention(c.a + n)
	if k < 0 || ms[k].ts != c.a+n || ms[k].actor.Kind != graph.KindState || k+1 >= len(ms) {
		return nil
	}
	e := ms[k].te
	if e >= c.b || !c.comma[e-c.a] {
		return nil
	}
	s := k + 1
	if ms[s].actor.Kind != graph.KindArmedGroup || c.noArg[s] || ms[s].ts-e > 1 || c.hardBetween(e+1, ms[s].ts) {
		return nil
	}
	for v := ms[s].te; v < c.b && v <= ms[s].te+maxSeizureGap; v++ {
		if c.hardOrComma(v) || c.inMention(v) >= 0 {
			return nil
		}
		m := r.seizures.atIf(d, v, c.b)
		if m == 0 {
			continue
		}
		for p := v + m; p < c.b && p <= v+m+maxOpenerPlaceGap; p++ {
			if c.hard[p-c.a] || c.inMention(p) >= 0 {
				return nil
			}
			if r.places.atIf(d, p, c.b) > 0 {
				return []pairCand{{from: s, to: k, typ: graph.Opposed, ts: v, te: v + m, rule: lang + "/opener/opposed"}}
			}
		}
		return nil
	}
	return nil
}

// openerSeizureState reports whether the state mention m, after a place
// preposition at p, opens the sentence as openerStateRules reads it: p is
// the sentence's first word and a state opener (state_openers), a comma
// follows m, and the sentence holds a seizure verb and a seized place
// (opener_seizures, seized_places). The state is then fought, not a mere
// place (placeNamed).
func (c *sctx) openerSeizureState(p int, m mention) bool {
	r := &c.ld.rel.g20fr
	d := c.d
	if !r.ok || p != c.a || m.te >= c.b || !c.comma[m.te-c.a] || m.actor.Kind != graph.KindState {
		return false
	}
	if n := r.openers.atIf(d, p, c.b); n == 0 || p+n > m.ts {
		return false
	}
	return !d.none(r.seizures, c.a, c.b) && !d.none(r.places, c.a, c.b)
}

// formerNotAux is former without an auxiliary alone as the cue: « Kiev
// avait aidé les rebelles », "la Russie avait soutenu le Mali" state a
// past act, asserted (docs/CODEBOOK.md, "Past events … stay asserted");
// « l'ancien allié », « autrefois alliés » still speak of what is over.
// The pluperfect stays a former cue for leads (« qui avait dirigé le
// pays »).
func (c *sctx) formerNotAux(i int) bool {
	r := c.ld.rel
	for k := i; k >= i-3 && k > c.a; k-- {
		if !r.former.mayEnd(c.d, k) {
			continue
		}
		n := r.former.endsAt(c.d, c.a, k)
		if n == 0 {
			continue
		}
		if n == 1 && r.has(c.d, k-1, rwAuxiliaries) {
			continue // « avait », a tense
		}
		return true
	}
	return false
}

// documentCity reports whether the capital mention m names an agreement
// or a process (« l'accord de Pretoria », « les accords d'Alger », "the
// Treaty of Moscow"): a named-document phrase (named_documents) ends
// right before it, so the capital is part of a name, no actor
// (placeNamed).
func (c *sctx) documentCity(m mention) bool {
	r := &c.ld.rel.g20fr
	return r.ok && m.ts > c.a && r.docs.mayEnd(c.d, m.ts) && r.docs.endsAt(c.d, c.a, m.ts) > 0
}

// intentOpensAt reports whether an intent cue (intent) starts at the
// trigger's first word and runs past it: "an agreement providing for
// Turkish officers to train the army" ("providing for"; "provides for")
// stipulates, it supplies nothing.
func (c *sctx) intentOpensAt(ts int) bool {
	r := c.ld.rel
	return r.intent.may(c.d, ts) && r.intent.at(c.d, ts, c.b, nil) > 1
}
