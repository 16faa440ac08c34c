package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// Rules added with the nineteenth session's work on the open cases of
// deny18_test.go, probe17_test.go and probe18_test.go (open19_test.go).

// envoyNoun reports whether the trigger word at token i is a diplomat's
// title right after a determiner, a noun and no verb (« a déclaré
// l'envoyé soudanais », « un envoyé spécial »: "envoyé" is also the
// participle "sent"; diplomat_nouns, determiners).
func (c *sctx) envoyNoun(i int) bool {
	r := &c.ld.rel.g17en
	if !r.ok || i <= c.a || c.ld.determiners.at(c.d, i-1, i, nil) != 1 {
		return false
	}
	return r.diplomats.atIf(c.d, i, c.b) > 0
}

// frameDeniesFirst reports whether a trigger stands between the end e of
// a falsity frame and the first negation inside its clause: the frame
// then denies that trigger, and its own negation is kept ("It is not
// true that Turkey armed the SNA and never trained it": the arming is
// denied; the inner "never" still goes with the frame's).
func (c *sctx) frameDeniesFirst(negs []int, e int) bool {
	if c.trig == nil {
		return false
	}
	first := -1
	for _, i := range negs {
		if i >= e && (first < 0 || i < first) {
			first = i
		}
	}
	for k := e; k < first && k < c.b; k++ {
		if c.trig[k-c.a] && c.inMention(k) < 0 {
			return true
		}
	}
	return false
}

// stopInFrame reports whether a cessation cue ("stopped", « a cessé de »;
// cessations) stands in the clause of a falsity frame ending at e: the
// frame denies the stop, and the two cancel as two negations do ("It is
// not true that Iran has stopped arming the Houthis" asserts the arming;
// docs/CODEBOOK.md, "stopped supplying Mali").
func (c *sctx) stopInFrame(e int) bool {
	r := &c.ld.rel.hg
	if !r.ok || c.d.none(r.cessation, e, c.b) {
		return false
	}
	for i := e; i < c.b && !c.hard[i-c.a]; i++ {
		if r.cessation.may(c.d, i) && c.cessationCue(i) {
			return true
		}
	}
	return false
}

// open19Rel holds the word sets of the rules added with the nineteenth
// session's open cases (open19_test.go).
type open19Rel struct {
	ok bool
	// contrary: "contradicting", « contrairement à ce qu' »
	// (lexicon.Language.ContraryClaims).
	contrary phrases
	// groupMods: "rebel", « rebelle » (lexicon.Language.GroupModifiers).
	groupMods phrases
	// host: "hosted", « a accueilli » (lexicon.Language.HostVerbs).
	host phrases
	// own: "own", « propres » (lexicon.Language.OwnWords).
	own phrases
}

func (r *open19Rel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.contrary, r.groupMods, r.host, r.own = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.contrary: lg.ContraryClaims, &r.groupMods: lg.GroupModifiers, &r.host: lg.HostVerbs, &r.own: lg.OwnWords})
}

// maxContraryGap is the most words from a contrary phrase to the report
// verb or accusation noun it sets the denial against ("contradicting UN
// experts who had reported").
const maxContraryGap = 6

// contraryClaim reports whether the clause of the trigger at [ts, te)
// sets its denial against another's report: a contrary phrase
// (contrary_claims) then, within maxContraryGap words and no comma, a
// report verb or an accusation noun ("Turkey has not armed the RSF, a
// Turkish official said, contradicting UN experts who had reported such
// deliveries", « contrairement à ce qu'affirmaient des experts de
// l'ONU »). A report and a denial are hedged, not negated
// (docs/CODEBOOK.md, "A narrator's denial against a reported claim").
// "Contrairement à la Turquie, qui a vendu des drones" sets an actor
// apart, no report.
func (c *sctx) contraryClaim(ts, te int) bool {
	r := &c.ld.rel.o19
	d := c.d
	if !r.ok || d.none(r.contrary, c.a, c.b) {
		return false
	}
	for i := c.a; i < c.b; i++ {
		if i = d.nextStart(i, c.b, r.contrary.bit); i >= c.b {
			break
		}
		if !r.contrary.may(d, i) {
			continue
		}
		n := r.contrary.at(d, i, c.b, nil)
		if n == 0 || i >= te && c.hardBetween(te, i) || i+n <= ts && c.hardBetween(i+n, ts) {
			continue
		}
		for j := i + n; j < c.b && j <= i+n+maxContraryGap; j++ {
			if j > i+n && c.hardOrComma(j) {
				break
			}
			if c.ld.rel.hg.report.may(d, j) && c.ld.rel.hg.report.at(d, j, c.b, nil) > 0 || c.ld.rel.accusations.may(d, j) && c.ld.rel.accusations.at(d, j, c.b, nil) > 0 {
				return true
			}
		}
	}
	return false
}

// supplierOfGoodsSubject reports whether the actor left found before the
// hostile trigger at ts is the subject of a relative clause on goods
// whose verb is a supplies trigger ("The drones Turkey sold to Mali were
// used against the FLA", « Les drones que la Turquie a vendus au Mali
// ont été utilisés contre le FLA »): the seller is not the one who used
// them, so no party of the hostility. The goods (equipment) end right
// before the actor or before a relative word and determiners before it,
// and an active supplies trigger follows the actor before ts, with no
// comma or clause break between (« Les drones que l'armée soudanaise a
// achetés à la Turquie ont frappé les FSR »: the buyer used them).
func (c *sctx) supplierOfGoodsSubject(left, ts int) bool {
	if left < 0 || left >= len(c.ms) || c.ms[left].te > ts || c.trig == nil {
		return false
	}
	d, r := c.d, c.ld.rel
	for j := c.ms[left].te; j < ts; j++ {
		if c.hardOrComma(j) {
			return false
		}
	}
	sold := false
	for _, h := range c.hits {
		if h.trig.Type == graph.Supplies && h.trig.Voice == lexicon.Active && h.ts >= c.ms[left].te && h.te <= ts {
			sold = true // "sold", « a vendus »; not "bought", « a achetés »: the buyer uses them
			break
		}
	}
	if !sold {
		return false
	}
	j := c.ms[left].ts
	for j > c.a && c.ld.determiners.at(d, j-1, j, nil) == 1 && !c.hardOrComma(j) {
		j--
	}
	if j > c.a && !c.hardOrComma(j) {
		if r.relatives.may(d, j-1) && r.relatives.at(d, j-1, j, nil) == 1 {
			j-- // "that", "which"
		} else if n := r.objRelatives.endsAt(d, c.a, j); n == 1 {
			j-- // « que »
		}
	}
	return j > c.a && !c.hardOrComma(j) && c.ld.equipment.endsAt(d, c.a, j) > 0
}

// maxHelpAgainstGap is the most words from a help noun to the hostile
// trigger after it ("l'aide de la Russie contre").
const maxHelpAgainstGap = 6

// requestedHelpAgainst reports whether the hostile trigger at ts ends a
// help phrase (help_nouns, then the helper, then "against", « contre »)
// that an intent word right before the help noun makes a request, an
// offer or a plan (« L'armée soudanaise a réclamé l'aide de la Russie
// contre les FSR », "asked for Russia's help against"; intent): no
// relation (docs/CODEBOOK.md, "Action, not intent"), so the helper is
// not opposed to the enemy.
func (c *sctx) requestedHelpAgainst(ts int) bool {
	r := c.ld.rel
	d := c.d
	for i := ts - 1; i > c.a && i >= ts-maxHelpAgainstGap; i-- {
		if c.hardOrComma(i + 1) {
			return false
		}
		if r.help.may(d, i) && r.help.at(d, i, ts, nil) > 0 {
			s := i
			for s > c.a && c.ld.determiners.at(d, s-1, s, nil) == 1 {
				s--
			}
			return c.intended(s)
		}
	}
	return false
}

// ledElsewhere reports whether the leader role that mention org owns by
// a state's demonym names a person p the lexicon has lead other actors
// but never that state: the demonym is his nationality, the role his
// group's ("Sudanese paramilitary leader Mohamed Hamdan Dagalo",
// "Congolese rebel leader Corneille Nangaa", "Libyan strongman Khalifa
// Haftar": no leads of Sudan, DR Congo or Libya; docs/CODEBOOK.md, "A
// rival government's army is an armed group", "A state's proxy or ally
// is not the state"); so does a group modifier between the demonym and
// the role [rs, re) ("Congolese rebel leader X", « le chef rebelle
// congolais X »; group_modifiers). A person the lexicon has no
// leadership for keeps the reading ("Malian junta leader X").
func (c *sctx) ledElsewhere(p, org, rs, re int) bool {
	if org < 0 || org >= len(c.ms) || c.ms[org].actor.Kind != graph.KindState || c.ms[org].form.Role != lexicon.RoleDemonym {
		return false
	}
	if r := &c.ld.rel.o19; r.ok && !c.d.none(r.groupMods, c.a, c.b) {
		lo, hi := c.ms[org].te, rs
		if c.ms[org].ts >= re {
			lo, hi = re, c.ms[org].ts
		}
		for i := lo; i < hi && i-lo < 3; i++ {
			if r.groupMods.may(c.d, i) && r.groupMods.at(c.d, i, hi, nil) > 0 {
				return true
			}
		}
	}
	if p < 0 || p >= len(c.ms) {
		return false
	}
	a, st := c.ms[p].actor, c.ms[org].actor
	if a.Kind != graph.KindPerson || len(a.Leads) == 0 {
		return false
	}
	for _, l := range a.Leads {
		if l.ID == st.ID {
			return false
		}
	}
	return true
}

// maxContrastAside is the most words a contrast cue's insertion may hold
// after the cue ("not French ones").
const maxContrastAside = 3

// contrastAside reports whether the negation cue at i is a contrast cue
// opening an insertion between commas, of at most maxContrastAside
// words and no trigger, that names no actor ("Russian instructors, not
// French ones, now train the Malian army": a bare demonym is no
// mention): it sets the words apart and negates none of the sentence's
// triggers, as contrastAt does for an actor.
func (c *sctx) contrastAside(i int) bool {
	r := &c.ld.rel.hg
	if !r.ok || i <= c.a || !c.comma[i-c.a] || !r.contrast.may(c.d, i) {
		return false
	}
	n := r.contrast.at(c.d, i, c.b, nil)
	if n == 0 {
		return false
	}
	for e := i + n; e < c.b && e <= i+n+maxContrastAside; e++ {
		if c.comma[e-c.a] {
			return e > i+n
		}
		if c.hard[e-c.a] || c.trig != nil && c.trig[e-c.a] || c.inMention(e) >= 0 {
			return false
		}
	}
	return false
}

// maxNegPairGap is the most tokens from the first cue of a two-word
// negation to its second (« n'a pas », « ne l'a jamais »): when a
// canceller cancels the second (« n'a pas été le seul pays à armer »,
// negation_cancellers), the first goes with it (cancelNegations).
const maxNegPairGap = 2

// maxFrameSpan is the most words a falsity frame holds before its last
// word ("incorrect to say that").
const maxFrameSpan = 4

// inFalsityFrame reports whether token i lies inside a falsity frame
// (falsity_frames): the "say" of "wrong to say that", « faux de dire
// que » is the frame's, no report verb of a speaker ("It would be wrong
// to say that Russia has never armed the Malian army" asserts, unhedged).
func (c *sctx) inFalsityFrame(i int) bool {
	r := &c.ld.rel.p17
	if !r.ok {
		return false
	}
	for f := max(c.a, i-maxFrameSpan); f <= i; f++ {
		if r.falsity.may(c.d, f) {
			if n := r.falsity.at(c.d, f, c.b, nil); n > 0 && f+n > i {
				return true
			}
		}
	}
	return false
}

// modalFrame reports whether the hedge cue at i is the conditional of a
// falsity frame right after it (« Il serait faux de dire que », "It
// would be wrong to say that"): a polite denial, no hedge.
func (c *sctx) modalFrame(i int) bool {
	r := &c.ld.rel.p17
	if !r.ok || c.d.none(r.falsity, c.a, c.b) {
		return false
	}
	n := c.ld.hedges.at(c.d, i, c.b, nil)
	for f := i + n; f < c.b && f <= i+n+1; f++ {
		if r.falsity.may(c.d, f) && r.falsity.at(c.d, f, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// accusationJoin returns the coordinator before an accusation verb
// (accuse_verbs) in (lo, hi), the negation at lo not reaching past it:
// a denial and then an accusation are two acts, and the accused relation
// after the verb is hedged, not negated (« Kigali dément et accuse
// Kinshasa de soutenir les FDLR », "Kigali denies it and accuses Kinshasa
// of backing the FDLR"); else -1.
func (c *sctx) accusationJoin(lo, hi int) int {
	d, r := c.d, c.ld.rel
	if d.none(r.accuse, lo, hi) {
		return -1
	}
	for k := hi - 1; k > lo+1; k-- {
		if r.accuse.may(d, k) && r.accuse.at(d, k, c.b, nil) > 0 && c.ld.coord.may(d, k-1) && c.ld.coord.at(d, k-1, k, nil) == 1 {
			return k - 1
		}
	}
	return -1
}

// maxHostedGap is the most words (articles, numbers, quantities) between
// a host or receive verb and the trainer noun it takes.
const maxHostedGap = 3

// hostedTrainerRules reads trainers of a state taken in by the subject:
// a host verb (host_verbs) or a receive verb (receive_verbs), a few
// lower-case words, a trainer noun (trainer_nouns) and the state's
// demonym right after it (« Le Niger a reçu des instructeurs russes »,
// « Bamako a accueilli des instructeurs russes »), or, after a host
// verb, the demonym mention ending at or holding the trainer noun ("Mali
// welcomed Russian instructors"; the English receive verbs are
// lead17Pairs'): the state trains the subject (".../hosted/trains";
// docs/CODEBOOK.md, "Instructors and advisers").
func (c *sctx) hostedTrainerRules(lang string) []pairCand {
	r := &c.ld.rel.o19
	d := c.d
	if !r.ok || len(c.ms) < 2 || d.none(c.ld.rel.trainerNouns, c.a, c.b) || d.none(r.host, c.a, c.b) && d.none(c.ld.rel.rv.verbs, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for i := c.a; i < c.b; i++ {
		host := true
		n := r.host.atIf(d, i, c.b)
		if n == 0 {
			host = false
			if n = c.ld.rel.rv.verbs.atIf(d, i, c.b); n == 0 {
				continue
			}
		}
		if c.inMention(i) >= 0 {
			continue
		}
		origin, t := -1, -1
		for j := i + n; j < c.b && j <= i+n+maxHostedGap; j++ {
			if c.hardOrComma(j) || c.trig != nil && c.trig[j-c.a] {
				break
			}
			if m := c.ld.rel.trainerNouns.atIf(d, j, c.b); m > 0 {
				t = j
				if k := c.inMention(j + m); k >= 0 && c.ms[k].ts >= j {
					origin = k // « des instructeurs russes », « instructeurs militaires russes »
				} else if k := c.inMention(j); k >= 0 && (host || c.ms[k].ts == j) {
					origin = k // "Russian instructors", « instructeurs russes » as one mention
				} else if k := c.inMention(j - 1); host && k >= 0 && c.ms[k].te == j {
					origin = k // "Russian military instructors"
				}
				break
			}
			if k := c.inMention(j); k >= 0 {
				if !host {
					break
				}
				continue // "hosted Russian military instructors"
			}
			if !d.toks[j].digit && c.ld.determiners.at(d, j, j+1, nil) != 1 && !c.ld.rel.quantity[d.toks[j].fold] {
				break // "received drones from Russian instructors", « une délégation des instructeurs »: no trainers taken in
			}
		}
		if t < 0 || origin < 0 || c.ms[origin].actor.Kind != graph.KindState { // (a noArg origin too: "Russian military" before "instructors")
			continue
		}
		s := c.subject(i, func(k int) bool { return c.noArg[k] || k == origin })
		if s < 0 || s == origin || c.ms[s].te > i || c.ms[s].actor.ID == c.ms[origin].actor.ID || c.ms[s].actor.Kind == graph.KindPerson || c.commas(c.ms[s].te, i) > 0 {
			continue
		}
		out = append(out, pairCand{from: origin, to: s, typ: graph.Trains, ts: i, te: i + n, rule: lang + "/hosted/trains"})
	}
	return out
}

// goodsBeforeNoun reports whether goods (equipment) end right before the
// nominal trigger at ts, after a determiner, a verb or the clause's
// start ("documents arms deliveries by Rwanda to the M23"): the noun's
// modifier, as an article would be (nominalParties).
func (c *sctx) goodsBeforeNoun(ts int) bool {
	n := c.ld.equipment.endsAt(c.d, c.a, ts)
	if n == 0 || c.inMention(ts-n) >= 0 {
		return false
	}
	for k := ts - n; k < ts; k++ {
		if !isLowerWord(c.d, k) && k != c.a || c.trig != nil && c.trig[k-c.a] {
			return false
		}
	}
	return true
}

// ofSupplier reports whether the nominal supplies trigger h ends with its
// goods (« livraisons d'armes », "arms deliveries") and mention j follows
// it after an of-word and articles only (« des livraisons d'armes du
// Rwanda au M23 »): the of-word names whose deliveries they are, the
// supplier, not the goods.
func (c *sctx) ofSupplier(h trigHit, j int) bool {
	d, ld := c.d, c.ld
	if h.trig.Type != graph.Supplies || ld.equipment.endsAt(d, h.ts, h.te) == 0 && !c.goodsBeforeNoun(h.ts) {
		return false
	}
	k := h.te
	if k >= c.b || !ld.rel.has(d, k, rwOf) {
		return false
	}
	for k++; k < c.b && k < c.ms[j].ts && ld.determiners.at(d, k, k+1, nil) == 1; k++ {
	}
	return k == c.ms[j].ts
}

// possessiveTrainees reads an active trains trigger whose object is a
// possessive and a noun ("trains its pilots", « forme aussi ses pilotes
// »), with no actor after it in its clause, after a supplies or trains
// pair of the sentence whose trigger stands before it: the trainee is
// that pair's recipient, the trainer its supplier ("Russia, which arms
// Mali, also trains its pilots", "The Somali army receives weapons from
// Egypt, which also trains its officers": Egypt trains Somalia), or the
// last actor named between the two triggers ("the TTP received support
// from the Taliban and al-Qaeda had helped train its fighters"). The
// trainer training its own forces is no relation, so "its" is the
// other's (".../trainees/its").
func (c *sctx) possessiveTrainees(cands []pairCand, lang string) []pairCand {
	if len(cands) == 0 || c.trig == nil {
		return nil
	}
	d, r := c.d, c.ld.rel
	var out []pairCand
	for _, h := range c.hits {
		if h.trig.Type != graph.Trains || h.trig.Voice != lexicon.Active || h.te >= c.b {
			continue
		}
		q := -1 // the possessive: in the trigger (« forme ses »), right after it, or past an adverb (« forme aussi ses »)
		for k := h.te - 1; k <= h.te+1 && k+1 < c.b; k++ {
			if k > h.ts && r.has(d, k, rwPossessives) {
				q = k
				break
			}
		}
		if q >= 0 && q+1 < c.b && c.ld.rel.o19.own.atIf(d, q+1, c.b) > 0 {
			continue // « ses propres pilotes »: its own
		}
		if q < 0 || q+1 >= c.b || q == h.te+1 && (!isLowerWord(d, h.te) || c.inMention(h.te) >= 0 || c.trig[h.te-c.a]) || !isLowerWord(d, q+1) || c.inMention(q+1) >= 0 {
			continue
		}
		named := false
		for k := h.te; k < c.b && !c.hardOrComma(k); k++ {
			if c.inMention(k) >= 0 {
				named = true // "trains its pilots and Mali's": an object of its own
				break
			}
		}
		if named {
			continue
		}
		best := -1
		for i, p := range cands {
			if (p.typ == graph.Supplies || p.typ == graph.Trains) && p.te <= h.ts && !strings.Contains(p.rule, "/origin/") && (best < 0 || p.ts > cands[best].ts) {
				best = i
			}
		}
		if best < 0 {
			continue
		}
		p := cands[best]
		if p.typ == graph.Trains && p.ts == h.ts || p.to < 0 || p.to >= len(c.ms) {
			continue
		}
		from := p.from
		for k := range c.ms {
			// "the TTP received support from the Taliban and al-Qaeda had
			// helped train its fighters": a subject of its own between
			if c.ms[k].ts >= p.te && c.ms[k].te <= h.ts && c.ms[k].actor.ID != c.ms[p.to].actor.ID && !c.noArg[k] {
				from = k
			}
		}
		if from < 0 || from >= len(c.ms) || c.ms[from].actor.ID == c.ms[p.to].actor.ID || c.ms[from].actor.Kind == graph.KindPerson {
			continue
		}
		out = append(out, pairCand{from: from, to: p.to, typ: graph.Trains, ts: h.ts, te: h.te, rule: lang + "/trainees/its"})
	}
	return out
}

// smuggledFrom reports whether mention j follows a source preposition
// right after a diversion word, past articles ("weapons smuggled from
// the United States", « des armes introduites en contrebande depuis »;
// diversion_words, source_prepositions): where smuggled goods came from
// is a place, no supplier (docs/CODEBOOK.md, "Transit, services,
// business").
func (c *sctx) smuggledFrom(j int) bool {
	sp := &c.ld.rel.sp
	d := c.d
	if !sp.ok || j < 0 || j >= len(c.ms) || d.none(sp.diversion, c.a, c.ms[j].ts) {
		return false
	}
	k := c.ms[j].ts
	for k > c.a && c.ld.determiners.at(d, k-1, k, nil) == 1 {
		k--
	}
	n := c.ld.rel.sourcePreps.endsAt(d, c.a, k)
	if n == 0 {
		return false
	}
	return sp.diversion.endsAt(d, c.a, k-n) > 0
}

// joinedOthers returns the end of a join verb (join_verbs) in (lo, hi)
// whose subject is neither party of the pair from-to: a negation before
// it denies the joining, not the others' act the trigger after it names
// ("Neither Mali nor Burkina Faso has joined ECOWAS sanctions against
// Niger", « Le Mali n'a pas rejoint les sanctions de la CEDEAO contre le
// Niger »: ECOWAS's sanctions stand); else -1. A subject that is a party
// keeps the negation ("Mali has not joined the offensive against JNIM").
func (c *sctx) joinedOthers(lo, hi int, from, to mention) int {
	d, r := c.d, c.ld.rel
	if d.none(r.joinVerbs, lo, hi) {
		return -1
	}
	for k := lo + 1; k < hi; k++ {
		n := r.joinVerbs.atIf(d, k, hi)
		if n == 0 {
			continue
		}
		s := c.subject(k, func(j int) bool { return c.noArg[j] })
		if s < 0 || c.ms[s].te > k {
			return -1
		}
		for _, g := range d.group(c.ld, c.ms, s, -1) {
			if id := c.ms[g].actor.ID; id == from.actor.ID || id == to.actor.ID {
				return -1
			}
		}
		return k + n
	}
	return -1
}

// maxAdmissionNeg is how many words before an admission verb a
// negation cue denies it ("has not admitted", "never publicly admitted").
const maxAdmissionNeg = 3

// maxAdmittedGap is the most words between an admission verb and the
// trigger it admits ("admitted sending", « a reconnu avoir livré »).
const maxAdmittedGap = 2

// typedAdmission returns the actor of a sentence whose only actor opens
// it and admits a trigger naming no other party ("Tehran initially
// denied the deliveries but later admitted sending a small number", «
// Téhéran a fini par reconnaître avoir livré des drones »;
// admission_verbs) and the trigger's type; or nil.
func (c *sctx) typedAdmission(kept []mention, hits []trigHit) (*lexicon.Actor, graph.RelType) {
	r := &c.ld.rel.d18
	if len(kept) == 0 || len(hits) == 0 || !r.ok || c.d.none(r.admission, c.a, c.b) {
		return nil, ""
	}
	m := kept[0]
	for _, o := range kept[1:] {
		if o.actor.ID != m.actor.ID {
			return nil, ""
		}
	}
	if m.ts-c.a > maxSubjectOpening {
		return nil, ""
	}
	for i := m.te; i < c.b; i++ {
		if i = c.d.nextStart(i, c.b, r.admission.bit); i >= c.b {
			break
		}
		n := r.admission.atIf(c.d, i, c.b)
		if n == 0 {
			continue
		}
		for k := i - 1; k >= m.te && k >= i-maxAdmissionNeg && !c.comma[k+1-c.a]; k-- {
			if c.ld.negations.atIf(c.d, k, c.b) > 0 {
				return nil, "" // "has never admitted sending": no admission (« a démenti, puis a reconnu » is one)
			}
		}
		for _, h := range hits {
			if h.ts >= i+n && h.ts <= i+n+maxAdmittedGap {
				return m.actor, h.trig.Type
			}
		}
	}
	return nil, ""
}

// admitPrevious makes the previous sentence's evidence of the admitter's
// relations of type typ asserted and admitted: a supplier admitting its
// deliveries asserts them, despite its denials and another's sourcing
// ("Iran supplied drones to Russia, Western officials said. Tehran ...
// later admitted sending a small number": asserted; docs/CODEBOOK.md,
// "Admission and denial by the supplier").
func admitPrevious(evs []relEvidence, rels []graph.ClaimRelation, si int, x *lexicon.Actor, typ graph.RelType) {
	for j := len(evs) - 1; j >= 0 && evs[j].ev.SentenceIndex != nil && *evs[j].ev.SentenceIndex == si-1; j-- {
		r := &rels[evs[j].rel]
		if r.Type != typ || r.From != x.ID || evs[j].ev.Negated {
			continue
		}
		evs[j].admitted = true
		if evs[j].ev.Hedged {
			evs[j].ev.Hedged = false
			evs[j].ev.Confidence += ConfidenceAsserted - ConfidenceHedged
		}
	}
}

// maxNounSubject is the most words of a noun subject and of the
// auxiliaries and negations between it and its verb (« que le parti n'a
// reçu »).
const maxNounSubject = 5

// nounSubjectAfterThat reports whether the clause of the trigger at ts
// opens after a complementizer with a determiner and a lower-case noun
// that names no actor, only auxiliaries, negations and adverbs (lower-case
// words) between them and the trigger (« Naïm Qassem assure que le parti
// n'a reçu aucune arme de l'Irak »): the recipient is said, by a noun,
// and is not the article's home state.
func (c *sctx) nounSubjectAfterThat(ts int) bool {
	d, r := c.d, c.ld.rel
	for k := ts - 1; k > c.a && k >= ts-maxNounSubject; k-- {
		if c.hardOrComma(k+1) || c.inMention(k) >= 0 || !isLowerWord(d, k) {
			return false
		}
		if r.has(d, k-1, rwComplementizers) && c.ld.determiners.at(d, k, k+1, nil) == 1 {
			if p := &r.p18; p.ok && p.state.atIf(d, k+1, c.b) > 0 {
				return false // « que le pays a reçu »: the home state
			}
			return k+1 < ts && c.ld.negations.atIf(d, k+1, c.b) == 0 && !c.ld.rel.has(d, k+1, rwAuxiliaries)
		}
	}
	return false
}

// namingHedgedAt is namingHedged but for a hedge cue right after the
// role that opens with a copula or an auxiliary: a verb's hedge ("The
// RSF commander is said to be in Nyala": where he is, not his role), not
// a postposed adjective (« le chef présumé »).
func (c *sctx) namingHedgedAt(at []int, p pairCand) bool {
	for _, i := range at {
		if i >= p.ts-maxNamingHedgeGap && i < p.te || i == p.te && !(c.ld.rel.has(c.d, i, rwCopulas) || c.ld.rel.has(c.d, i, rwAuxiliaries)) {
			return true
		}
	}
	return false
}

// maxHelpTrainGap is the most words between the helped actor and the
// trains trigger after it ("helped Mali to train", « aidé le Mali à
// former »).
const maxHelpTrainGap = 2

// helpedToTrain turns the allied pair of a help trigger whose object is
// followed by a trains trigger with no object actor of its own into
// trains from the helper to the helped ("La Turquie a aidé le Mali à
// former ses pilotes", "Turkey helped Mali train its pilots": Turkey
// trains Mali; ".../helped/trains"): helping an army train its forces is
// training them, no alliance named (docs/CODEBOOK.md, trains).
func (c *sctx) helpedToTrain(cands []pairCand, lang string) {
	if len(cands) == 0 || c.trig == nil {
		return
	}
	for i := range cands {
		p := &cands[i]
		if p.typ != graph.Allied || p.from < 0 || p.to < 0 || p.from >= len(c.ms) || p.to >= len(c.ms) || !c.ld.rel.l18.ok || c.ld.rel.l18.transitive.atIf(c.d, p.ts, c.b) != p.te-p.ts {
			continue // a transitive verb ("helped", « a aidé »), not « abriter des bases »
		}
		helper, helped := p.from, p.to
		if c.ms[helper].ts > c.ms[helped].ts {
			helper, helped = helped, helper
		}
		if c.ms[helper].te > p.ts || c.ms[helped].ts < p.te || c.ms[helped].ts > p.te+1 {
			continue // the helper before the verb, the helped right after it
		}
		e := c.ms[helped].te
		for k := e; k < c.b && k <= e+maxHelpTrainGap; k++ {
			if c.hardOrComma(k) || c.inMention(k) >= 0 {
				break
			}
			if c.trig[k-c.a] && c.trigType[k-c.a] == graph.Trains {
				objected := false
				for j := k + 1; j < c.b && !c.hardOrComma(j); j++ {
					if c.inMention(j) >= 0 {
						objected = true // "helped Mali train Somali troops": whose?
						break
					}
				}
				if !objected {
					p.from, p.to, p.typ, p.rule = helper, helped, graph.Trains, lang+"/helped/trains"
				}
				break
			}
		}
	}
}
