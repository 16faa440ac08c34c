package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
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
	// transitive: "backed", "fought" (lexicon.Language.TransitiveTriggers).
	transitive phrases
	// placePreps: « au », « aux » (lexicon.Language.ObjectPlacePrepositions).
	placePreps phrases
	// reciprocals: "each other", « mutuellement »
	// (lexicon.Language.ReciprocalPronouns).
	reciprocals phrases
	// notObjects: "since", « depuis » (lexicon.Language.NotObjects).
	notObjects phrases
	// asMarks: "as", « en tant que » (lexicon.Language.AsMarks).
	asMarks phrases
	// succHeads: « à la tête de » (lexicon.Language.SuccessionHeads).
	succHeads phrases
	// direct: "helped", « aidé » (lexicon.Language.DirectObjectTriggers).
	direct phrases
	// hostile: "enemies", « ennemis » (lexicon.Language.HostileNouns).
	hostile phrases
	// partnerIn: "in", « au sein de » (lexicon.Language.PartnerIn).
	partnerIn phrases
	// supportNouns: "support", « soutien » (lexicon.Language.SupportNouns).
	supportNouns phrases
	// datives: "to", « au » (lexicon.Language.SupportDatives).
	datives phrases
	// benefit: "enjoys", "receives" (lexicon.Language.BenefitVerbs).
	benefit phrases
	// withdraw: "withdrew", « retiré » (lexicon.Language.WithdrawVerbs).
	withdraw phrases
}

func (r *lead18Rel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.listVerbs, r.qualifiers, r.nonFinite = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.transitive, r.placePreps, r.reciprocals, r.notObjects = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.asMarks, r.succHeads = newPhraseSet(reg), newPhraseSet(reg)
		r.direct, r.hostile, r.partnerIn = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.supportNouns, r.datives, r.benefit = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.withdraw = newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.listVerbs: lg.RoleListVerbs, &r.qualifiers: lg.ActorQualifiers, &r.nonFinite: lg.NonFiniteSubordinators,
		&r.transitive: lg.TransitiveTriggers, &r.placePreps: lg.ObjectPlacePrepositions, &r.reciprocals: lg.ReciprocalPronouns, &r.notObjects: lg.NotObjects, &r.asMarks: lg.AsMarks, &r.succHeads: lg.SuccessionHeads,
		&r.direct: lg.DirectObjectTriggers, &r.hostile: lg.HostileNouns, &r.partnerIn: lg.PartnerIn,
		&r.supportNouns: lg.SupportNouns, &r.datives: lg.SupportDatives, &r.benefit: lg.BenefitVerbs, &r.withdraw: lg.WithdrawVerbs})
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

// objectAfter reports whether a transitive trigger at [ts, te)
// (transitive_triggers) has an object its clause does not name as an
// actor: a determiner or a lower-case word right after it (past adverbs
// in -ly), or a companion word and such a word ("Saudi Arabia and the UAE
// have backed rival factions", "Mali and Niger clashed with rebels"). Its
// coordinated subjects are then no reciprocal pair (the "/among"
// reading); "each other" keeps them one.
func (c *sctx) objectAfter(ts, te int) bool {
	d, r := c.d, &c.ld.rel.l18
	if !r.ok || r.transitive.atIf(d, ts, te) != te-ts {
		return false
	}
	j := te
	for j < c.b && !c.hardOrComma(j) && strings.HasSuffix(d.word(j), "ly") {
		j++
	}
	if j >= c.b || c.hardOrComma(j) || c.inMention(j) >= 0 || r.reciprocals.atIf(d, j, c.b) > 0 {
		return false
	}
	if c.ld.rel.companions.may(d, j) {
		if n := c.ld.rel.companions.at(d, j, c.b, nil); n > 0 {
			j += n
			if j >= c.b || c.hardOrComma(j) || c.inMention(j) >= 0 || r.reciprocals.atIf(d, j, c.b) > 0 {
				return false
			}
			return c.ld.determiners.at(d, j, j+1, nil) == 1 || isLowerWord(d, j)
		}
	}
	if c.ld.rel.has(d, j, rwPrepositions) && c.ld.determiners.at(d, j, j+1, nil) == 0 || r.notObjects.atIf(d, j, c.b) > 0 {
		return false // "fighting since 2012", "backed by" (not_objects)
	}
	return c.ld.determiners.at(d, j, j+1, nil) == 1 || isLowerWord(d, j)
}

// placeAfterObject reports whether the actor right names a place, not
// the object of the active allied or opposed trigger ending at te: a
// determiner opens an object right after the trigger, words no actor
// follow, and a place preposition (object_place_prepositions, « au », « aux »)
// stands right before the actor (« La France a combattu les jihadistes au
// Mali »: not Mali; « soutenu des factions rivales au Yémen »). A noun
// trigger's « au » is its dative (« son soutien au Mali »): no determiner
// follows it.
func (c *sctx) placeAfterObject(te, right int) bool {
	d, r := c.d, &c.ld.rel.l18
	if !r.ok || right < 0 || right >= len(c.ms) {
		return false
	}
	p := c.ms[right].ts - 1
	if p <= te || r.placePreps.atIf(d, p, p+1) != 1 || r.placePreps.atIf(d, te, te+1) == 1 {
		return false
	}
	if c.ld.determiners.at(d, te, te+1, nil) != 1 && c.ld.determiners.at(d, te-1, te, nil) != 1 {
		return false // (the trigger may end with the object's article: « combat les »)
	}
	for j := te; j < p; j++ {
		if c.hardOrComma(j) || c.inMention(j) >= 0 {
			return false
		}
	}
	return true
}

// goodsRelativeActor reports whether the actor left before the passive
// trigger at ts stands in a restrictive relative clause on the goods
// ("The drones that struck Khartoum were supplied by the UAE", « Les
// drones qui ont frappé Port-Soudan auraient été fournis par les
// Émirats »): the clause's object is a target, no recipient. The
// relative word follows a lower-case noun (the goods), no comma or other
// actor stands between it and the actor, nor a comma between the actor
// and the trigger.
func (c *sctx) goodsRelativeActor(left, ts int) bool {
	if left < 0 || left >= len(c.ms) || c.ms[left].te > ts {
		return false
	}
	d, r := c.d, c.ld.rel
	for j := c.ms[left].te; j < ts; j++ {
		if c.hardOrComma(j) || c.inMention(j) >= 0 {
			return false
		}
	}
	for j := c.ms[left].ts - 1; j > c.a; j-- {
		if c.hardOrComma(j+1) || c.inMention(j) >= 0 {
			return false
		}
		if r.relatives.may(d, j) && r.relatives.at(d, j, j+1, nil) == 1 {
			return !c.hardOrComma(j) && c.ld.equipment.endsAt(d, c.a, j) > 0 // the goods, not "reported that"
		}
	}
	return false
}

// ownedAllyRole reports whether the allied trigger at ts is an ally role
// whose owner, right before it (past a possessive suffix), owns it in an
// apposition ("Hezbollah, an Iranian ally, attacked Israel", "Mali, a
// Russian ally, expelled"; roleOwnerBefore): the role rules read it, and
// the trigger pairs no one.
func (c *sctx) ownedAllyRole(ts int) bool {
	r := c.ld.rel
	if ts <= c.a || !r.allyRoles.may(c.d, ts) || r.allyRoles.at(c.d, ts, c.b, nil) == 0 {
		return false
	}
	e := ts
	if r.has(c.d, e-1, rwPossessiveSuffix) {
		e--
	}
	k := c.inMention(e - 1)
	return k >= 0 && c.ms[k].te == e && c.roleOwnerBefore(c.ms[k])
}

// successionOwner returns the owner of the leader role a succession
// names after the predecessor, from token k, and the end of its words:
// a view marker and the owner's possessive before a leader role ("as
// Hezbollah's leader"), a view marker, a leader role, an of-word and the
// owner ("as leader of Hezbollah", « comme secrétaire général du
// Hezbollah »), or a head phrase and the owner (succession_heads: « à la
// tête du Hezbollah »); -1 when there is none.
func (c *sctx) successionOwner(k int) (int, int) {
	d, r := c.d, c.ld.rel
	l := &r.l18
	if !l.ok || !r.hg.ok {
		return -1, 0
	}
	owner := func(j int) int {
		j = c.pastArticles(j)
		if o := c.inMention(j); o >= 0 && c.ms[o].ts == j {
			return o
		}
		return -1
	}
	if n := l.succHeads.atIf(d, k, c.b); n > 0 {
		if o := owner(k + n); o >= 0 {
			return o, c.ms[o].te
		}
		return -1, 0
	}
	m := r.hg.viewMark.at(d, k, c.b, nil)
	if m == 0 {
		return -1, 0
	}
	j := k + m
	if o := owner(j); o >= 0 {
		// "as Hezbollah's leader"
		e := c.ms[o].te
		if e < c.b && r.has(d, e, rwPossessiveSuffix) {
			e++
		}
		if n := r.leaderRoles.at(d, e, c.b, nil); n > 0 && e > c.ms[o].te {
			return o, e + n
		}
		return -1, 0
	}
	for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
		j++
	}
	n := r.leaderRoles.at(d, j, c.b, nil)
	if n == 0 || j+n >= c.b || !r.has(d, j+n, rwOf) {
		return -1, 0
	}
	if o := owner(j + n + 1); o >= 0 {
		return o, c.ms[o].te
	}
	return -1, 0
}

// dropPredecessors removes the leads pairs a succession's predecessor
// got from the words naming the successor's role ("succeeded Nasrallah
// as Hezbollah's leader": not Nasrallah leads Hezbollah).
func (c *sctx) dropPredecessors(cands []pairCand) []pairCand {
	if len(c.predecessors) == 0 {
		return cands
	}
	return slices.DeleteFunc(cands, func(p pairCand) bool {
		if p.typ != graph.Leads || strings.Contains(p.rule, "/succession/") {
			return false
		}
		for _, q := range c.predecessors {
			if p.from == q[0] && p.to == q[1] {
				return true
			}
		}
		return false
	})
}

// notAlliedObject reports whether the actor right is no object of the
// active allied trigger at [ts, te): a direct-object trigger
// (direct_object_triggers: "helped", « aidé ») takes only an actor right
// after it, articles between ("the soldiers had helped "liberate" the
// area from Ukrainian forces": not Ukraine), and any allied trigger's
// object is not the owner of its enemies (hostile_nouns: "backed Mali's
// enemies", « soutient les ennemis du Mali »).
func (c *sctx) notAlliedObject(ts, te, right int) bool {
	d, r := c.d, &c.ld.rel.l18
	if !r.ok || right < 0 || right >= len(c.ms) || c.ms[right].ts < te {
		return false
	}
	m := c.ms[right]
	if r.direct.atIf(d, ts, te) == te-ts {
		adjacent := true
		for j := te; j < m.ts; j++ {
			if c.ld.determiners.at(d, j, j+1, nil) != 1 && r.qualifiers.atIf(d, j, m.ts) == 0 {
				adjacent = false
			}
		}
		if !adjacent && m.form.Role == lexicon.RoleDemonym {
			return true // "helped shoot down Iranian missiles": the missiles' origin
		}
		for j := te; j < m.ts; j++ {
			if c.hardOrComma(j) || c.ld.rel.has(d, j, rwPrepositions) && c.ld.determiners.at(d, j, j+1, nil) == 0 && r.qualifiers.atIf(d, j-1, m.ts) == 0 {
				return true // past a preposition: "helped liberate the area from X" (not « les rebelles du FLA »)
			}
		}
	}
	if e := m.te; e+1 < c.b && c.ld.rel.has(d, e, rwPossessiveSuffix) && r.hostile.atIf(d, e+1, c.b) > 0 {
		return true // "Mali's enemies"
	}
	j := m.ts - 1
	if j > te && c.ld.rel.has(d, j, rwOf) {
		j-- // « les ennemis du Mali »
		for k := te; k <= j; k++ {
			if n := r.hostile.atIf(d, k, j+1); n > 0 && k+n == j+1 {
				return true
			}
		}
	}
	return false
}

// hostileObject reports whether the opposed trigger at [ts, te) is a
// hostile noun that is the object of an allied trigger right before it,
// articles between (« L'Ukraine soutient les ennemis du Mali », "backs
// the enemies of Mali"): the supporter is no enemy of the owner.
func (c *sctx) hostileObject(ts, te int) bool {
	d, r := c.d, &c.ld.rel.l18
	if !r.ok || r.hostile.atIf(d, ts, te) == 0 {
		return false
	}
	j := ts - 1
	for j > c.a && c.ld.determiners.at(d, j, j+1, nil) == 1 {
		j--
	}
	return j >= c.a && j < ts-1 && c.trig[j-c.a] && c.trigType[j-c.a] == graph.Allied
}

// jointCompanion reads a companion named between a verb and its joint
// object (« Le Burkina Faso mène avec le Mali des patrouilles
// conjointes »): when the actor s nearest before the joint cue follows a
// companion word ("with", « avec »; articles between), it returns s as the
// companion and the subject of the clause before that word; -1, -1
// otherwise.
func (c *sctx) jointCompanion(s int) (subj, comp int) {
	d, r := c.d, c.ld.rel
	if s < 0 {
		return -1, -1
	}
	j := c.ms[s].ts
	for j > c.a && c.ld.determiners.at(d, j-1, j, nil) == 1 {
		j--
	}
	n := r.companions.endsAt(d, c.a, j)
	if n == 0 || c.hardOrComma(j) || c.hardOrComma(j-n) {
		return -1, -1
	}
	sj := c.subject(j-n, nil)
	if sj < 0 || sj == s {
		return -1, -1
	}
	return sj, s
}

// partnersInRules reads an ally role placed in an organisation ("The TNLA
// and the Arakan Army, its partners in the Three Brotherhood Alliance,",
// "Mali and Niger are partners in the AES", « ses partenaires au sein de
// l'AES »): the role's holders — the list ending at the comma before the
// role (a possessive or an article between), or the subject of a copula
// right before it — are members of the organisation named right after
// the role and a partner_in word (".../partners-in/member_of").
func (c *sctx) partnersInRules(lang string) []pairCand {
	d, r := c.d, c.ld.rel
	l := &r.l18
	if !l.ok || d.none(r.allyRoles, c.a, c.b) || d.none(l.partnerIn, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for i := c.a; i < c.b; i++ {
		if !r.allyRoles.may(d, i) || c.inMention(i) >= 0 {
			continue
		}
		n := r.allyRoles.at(d, i, c.b, nil)
		if n == 0 {
			continue
		}
		re := i + n
		pe := c.ofPossessorEnd(re) // « alliée de la Russie au sein de l'OTSC » (recall19.go)
		k := l.partnerIn.atIf(d, pe, c.b)
		if k == 0 {
			continue
		}
		j := pe + k
		j = c.pastArticles(j)
		o := c.inMention(j)
		if o < 0 || c.ms[o].ts != j || c.ms[o].actor.Kind != graph.KindOrganisation && c.ms[o].actor.Kind != graph.KindArmedGroup {
			continue
		}
		// the holders: before the role, past its possessive or article,
		// or its possessor ("Belarus is Russia's closest ally in the
		// CSTO": recall19.go)
		s := c.possessorStart(i)
		for s > c.a && (c.ld.determiners.at(d, s-1, s, nil) == 1 || r.has(d, s-1, rwPossessives)) && c.inMention(s-1) < 0 {
			s--
		}
		var holders []int
		if s > c.a && c.comma[s-c.a] {
			if h := c.mentionEndingAt(s); h >= 0 {
				holders = c.d.group(c.ld, c.ms, h, -1)
			}
		} else if s > c.a+1 && r.has(d, s-1, rwCopulas) && !c.hardOrComma(s-1) {
			if h := c.mentionEndingAt(s - 1); h >= 0 {
				holders = c.d.group(c.ld, c.ms, h, -1)
			}
		}
		holders = slices.DeleteFunc(holders, func(h int) bool {
			return h == o || c.ms[h].actor.ID == c.ms[o].actor.ID || c.ms[h].actor.Kind == graph.KindPerson
		})
		for x, h := range holders {
			out = append(out, pairCand{from: h, to: o, typ: graph.MemberOf, ts: i, te: pe + k, rule: lang + "/partners-in/member_of"})
			for _, y := range holders[x+1:] {
				out = append(out, pairCand{from: h, to: y, typ: graph.Allied, ts: i, te: re, rule: lang + "/partners-in/allied"})
			}
		}
		i = pe + k - 1
	}
	return out
}

// partnersNotAllied drops the allied pairs between the organisation of a
// "partners in" reading and its members (partnersInRules): members are
// partners of each other, not allies of their own organisation.
func partnersNotAllied(cands, partners []pairCand) []pairCand {
	if len(partners) == 0 {
		return cands
	}
	return slices.DeleteFunc(cands, func(p pairCand) bool {
		if p.typ != graph.Allied {
			return false
		}
		for _, q := range partners {
			if q.typ == graph.MemberOf && (p.from == q.from && p.to == q.to || p.from == q.to && p.to == q.from) {
				return true
			}
		}
		return false
	})
}

// nominalSupportRules reads a support noun with its giver after an
// of-word and its beneficiary after a dative (« Le soutien du Rwanda au
// M23 est documenté », « l'appui militaire de l'Égypte à l'armée
// soudanaise », "the support of Rwanda to the M23"): the giver is allied
// with the beneficiary (".../nominal/allied"; support_nouns,
// support_datives). One adjective may stand after the noun.
func (c *sctx) nominalSupportRules(lang string) []pairCand {
	d, r := c.d, c.ld.rel
	l := &r.l18
	if !l.ok || d.none(l.supportNouns, c.a, c.b) || len(c.ms) < 2 {
		return nil
	}
	var out []pairCand
	for i := c.a; i < c.b; i++ {
		x, y, n := c.nominalSupportAt(i)
		if x < 0 {
			continue
		}
		out = append(out, pairCand{from: x, to: y, typ: graph.Allied, ts: i, te: i + n, rule: lang + "/nominal/allied"})
		i = c.ms[y].te - 1
	}
	return out
}

// nominalSupportAt returns the giver and the beneficiary of a support
// noun at token i (nominalSupportRules) and the noun's length; -1, -1, 0
// when it names none.
func (c *sctx) nominalSupportAt(i int) (int, int, int) {
	x, n := c.supportGiver(i)
	if x < 0 {
		return -1, -1, 0
	}
	e := c.ms[x].te
	if e >= c.b || c.hardOrComma(e) {
		return -1, -1, 0
	}
	k := c.ld.rel.l18.datives.atIf(c.d, e, c.b)
	if k == 0 {
		return -1, -1, 0
	}
	y := c.supportParty(e + k)
	if y < 0 || c.ms[y].actor.ID == c.ms[x].actor.ID {
		return -1, -1, 0
	}
	return x, y, n
}

// supportGiver returns the actor an of-word names right after the
// support noun at token i (one adjective may stand between: « le soutien
// militaire de l'Égypte ») and the noun's length; -1, 0 when there is
// none.
func (c *sctx) supportGiver(i int) (int, int) {
	d, r := c.d, c.ld.rel
	if !r.l18.ok {
		return -1, 0
	}
	n := r.l18.supportNouns.atIf(d, i, c.b)
	if n == 0 || c.inMention(i) >= 0 {
		return -1, 0
	}
	j := i + n
	if j < c.b && isLowerWord(d, j) && !r.has(d, j, rwOf) && !c.hardOrComma(j) && c.inMention(j) < 0 {
		j++ // « militaire »
	}
	if j+1 >= c.b || c.hardOrComma(j) || !r.has(d, j, rwOf) {
		return -1, 0
	}
	return c.supportParty(j + 1), n
}

// supportParty returns the actor starting at token j, past articles and
// an actor qualifier (« aux rebelles du FLA »), that is an argument; or
// -1.
func (c *sctx) supportParty(j int) int {
	j = c.pastArticles(j)
	if q := c.ld.rel.l18.qualifiers.atIf(c.d, j, c.b); q > 0 && c.inMention(j) < 0 {
		j = c.pastArticles(j + q)
	}
	if m := c.inMention(j); m >= 0 && c.ms[m].ts == j && !c.noArg[m] {
		return m
	}
	return -1
}

// othersSupport reports whether the allied trigger at ts is a support
// noun whose giver an of-word names right after it (« a dénoncé le
// soutien de l'Algérie aux rebelles »): an ending verb before it condemns
// another's support, it ends no agreement of its subject (endedAt).
func (c *sctx) othersSupport(ts int) bool {
	x, _ := c.supportGiver(ts)
	return x >= 0
}

// objectOfOtherTrigger reports whether the trigger at ts follows another
// trigger of another type right before it, articles between (« Israël a
// tué le chef du Hamas »: the leader noun is the object of the killing,
// and the subject holds no role).
func (c *sctx) objectOfOtherTrigger(ts int) bool {
	j := ts - 1
	for j > c.a && c.ld.determiners.at(c.d, j, j+1, nil) == 1 && c.inMention(j) < 0 {
		j--
	}
	return j >= c.a && j < ts-1 && c.trig[j-c.a] && c.trigType[j-c.a] != graph.Leads && c.trigType[j-c.a] != graph.MemberOf
}

// pastArticles returns the first token from j that is no article outside
// a mention ("the", « les »), or c.b.
func (c *sctx) pastArticles(j int) int {
	for j < c.b && c.ld.determiners.at(c.d, j, j+1, nil) == 1 && c.inMention(j) < 0 {
		j++
	}
	return j
}

// benefitRules reads support a subject receives from an owner named
// before the help noun ("The Sudanese army, which enjoys Egypt's
// support,", "The army has Egyptian backing"): a benefit verb
// (benefit_verbs), an article allowed, the owner's possessive or
// demonym, then a help noun (help_nouns) ally the verb's subject with
// the owner (".../benefit/allied").
func (c *sctx) benefitRules(lang string) []pairCand {
	d, r := c.d, c.ld.rel
	l := &r.l18
	if !l.ok || d.none(l.benefit, c.a, c.b) || d.none(r.help, c.a, c.b) || len(c.ms) < 2 {
		return nil
	}
	var out []pairCand
	for i := c.a; i < c.b; i++ {
		if i = d.nextStart(i, c.b, l.benefit.bit); i >= c.b {
			break
		}
		n := l.benefit.atIf(d, i, c.b)
		if n == 0 {
			continue
		}
		j := c.pastArticles(i + n)
		o := c.inMention(j)
		if o < 0 || c.ms[o].ts != j || c.noArg[o] {
			continue
		}
		e := c.ms[o].te
		if e < c.b && r.has(d, e, rwPossessiveSuffix) {
			e++
		} else if c.ms[o].form.Role != lexicon.RoleDemonym {
			continue
		}
		if e >= c.b || !r.help.may(d, e) || r.help.at(d, e, c.b, nil) == 0 {
			continue
		}
		var s int
		if i > c.a && r.relatives.at(d, i-1, i, nil) == 1 {
			s = c.mentionEndingAt(i - 1)
			if s < 0 && i-1 > c.a && c.comma[i-1-c.a] {
				s = c.mentionEndingAt(i - 1)
			}
		} else {
			s = c.subject(i, func(k int) bool { return c.noArg[k] })
		}
		if s < 0 || s == o || c.ms[s].actor.ID == c.ms[o].actor.ID {
			continue
		}
		out = append(out, pairCand{from: s, to: o, typ: graph.Allied, ts: i, te: e + 1, rule: lang + "/benefit/allied"})
		i = e
	}
	return out
}

// troopsWithdrawn reports whether a contingent's membership (".../troops/
// member_of") is read from troops a withdrawal verb takes out, within a
// few words before the pair's words and no clause break (« Le Tchad a
// retiré ses troupes de la FMM », "Chad pulled its troops out of the
// MNJTF"; withdraw_verbs): a departure, negated as leaving is.
func (c *sctx) troopsWithdrawn(p pairCand) bool {
	l := &c.ld.rel.l18
	if !l.ok || p.typ != graph.MemberOf || !strings.HasSuffix(p.rule, "/troops/member_of") {
		return false
	}
	// between the state and the troops ("Chad withdrew its soldiers
	// from"), or before the state's demonym ("withdrew Chadian troops")
	lo, hi := c.ms[p.from].te, max(p.ts, p.te)
	if c.ms[p.from].form.Role == lexicon.RoleDemonym {
		lo = max(c.a, c.ms[p.from].ts-4)
	}
	for j := lo; j < hi && j < c.b && j <= lo+6; j++ {
		if j > lo && c.hardOrComma(j) {
			return false
		}
		if l.withdraw.atIf(c.d, j, c.b) > 0 {
			return true
		}
	}
	return false
}

// hostileOverGoods reports whether the supplies trigger at ts is the
// object of an opposed trigger right before it, articles and up to two
// lower-case words between and no actor ("JNIM blockaded fuel deliveries
// to Bamako", « Le JNIM bloque les livraisons de carburant »): the
// deliveries are what the hostile act targets, and its subject supplies
// no one.
func (c *sctx) hostileOverGoods(ts int) bool {
	words := 0
	for j := ts - 1; j > c.a && j >= ts-5; j-- {
		if c.hardOrComma(j+1) || c.inMention(j) >= 0 {
			return false
		}
		hostile := c.trig[j-c.a] && c.trigType[j-c.a] == graph.Opposed
		for _, e := range c.ld.triggersAt(c.d, j) {
			hostile = hostile || e.trig.Type == graph.Opposed && e.trig.Voice == lexicon.Active && len(e.terms) == 1 // (a hit the sentence's pass set aside)
		}
		if hostile || c.trig[j-c.a] {
			// a verb: its subject within two words before it ("light
			// attack jets delivered by China": a noun, no verb)
			for k := j - 1; hostile && k >= c.a && k >= j-3; k-- {
				if c.hardOrComma(k + 1) {
					return false
				}
				if m := c.inMention(k); m >= 0 {
					return c.ms[m].te == k+1
				}
			}
			return false
		}
		if c.ld.determiners.at(c.d, j, j+1, nil) == 1 {
			continue
		}
		if words++; words > 2 || !isLowerWord(c.d, j) {
			return false
		}
	}
	return false
}
