package extract

import (
	"slices"

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
	// places: "suburbs", « banlieue » (lexicon.Language.OwnedPlaceNouns).
	places phrases
	// crossing: "across the border", « troupes au sol »
	// (lexicon.Language.CrossingCues).
	crossing phrases
	// helpPreps: "with", « avec » (lexicon.Language.HelpPrepositions).
	helpPreps phrases
	// instruments: "drones", « armes » (lexicon.Language.InstrumentNouns).
	instruments phrases
}

func (r *open20Rel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.past, r.places, r.crossing, r.helpPreps, r.instruments = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.past: lg.PastMembershipCues, &r.places: lg.OwnedPlaceNouns, &r.crossing: lg.CrossingCues, &r.helpPreps: lg.HelpPrepositions, &r.instruments: lg.InstrumentNouns})
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

// ownedPlace reports whether the state or capital of mention m owns a
// place noun: a possessive suffix, at most one lower-case word and the
// noun after it ("a strike on Beirut's southern suburbs"), or the noun
// (and at most one lower-case word), an of-word and a determiner before
// it ("the outskirts of Kyiv", « la banlieue sud de Beyrouth », « des
// villages du Liban-Sud »). The state is then a place, no party of the
// strike (docs/CODEBOOK.md, "A strike on a group inside a state"),
// unless the sentence says the striker's troops crossed into it ("and
// sent ground troops across the border": crossedIn).
func (c *sctx) ownedPlace(m mention) bool {
	r := &c.ld.rel.o20
	if !r.ok || m.actor.Kind != graph.KindState || m.form.Role == lexicon.RoleDemonym || m.form.Role == lexicon.RoleInstitution {
		return false
	}
	if !c.ownsPlace(m) || !c.groupNamed(m) {
		return false
	}
	return !c.crossedIn()
}

// groupNamed reports whether the sentence names an armed group, other
// than m's actor: the strike on the place is then one on the group
// (the lead's ruling); a strike on a capital's suburbs with no group
// named keeps the state ("Russian missiles hit Kyiv's suburbs").
func (c *sctx) groupNamed(m mention) bool {
	for k := range c.ms {
		if a := c.ms[k].actor; a.Kind == graph.KindArmedGroup && a.ID != m.actor.ID {
			return true
		}
	}
	return false
}

// crossedIn reports whether a crossing cue stands in the sentence.
func (c *sctx) crossedIn() bool {
	r := &c.ld.rel.o20
	if c.d.none(r.crossing, c.a, c.b) {
		return false
	}
	for i := c.a; i < c.b; i++ {
		if r.crossing.may(c.d, i) && r.crossing.at(c.d, i, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// ownsPlace is ownedPlace's reading of the words around m.
func (c *sctx) ownsPlace(m mention) bool {
	r := &c.ld.rel.o20
	d, rl := c.d, c.ld.rel
	if i := m.te; i+1 < c.b && rl.possessiveSuffix[d.toks[i].fold] && !c.hardOrComma(i+1) {
		j := i + 1
		if r.places.atIf(d, j, c.b) > 0 {
			return true
		}
		return j+1 < c.b && isLowerWord(d, j) && !c.hardOrComma(j+1) && r.places.atIf(d, j+1, c.b) > 0
	}
	p := m.ts - 1
	if p-1 > c.a && !rl.has(d, p, rwOf) && c.ld.determiners.may(d, p) && c.ld.determiners.at(d, p, p+1, nil) == 1 {
		p-- // "of the", « de la »
	} else if p-1 > c.a && !rl.has(d, p, rwOf) && isLowerWord(d, p) && !c.hardOrComma(p) && !c.hardOrComma(p+1) {
		p-- // "of southern Lebanon"
	}
	if p-1 <= c.a || !rl.has(d, p, rwOf) || c.hardOrComma(p) || c.hardOrComma(p+1) {
		return false
	}
	if r.places.mayEnd(d, p) && r.places.endsAt(d, c.a, p) > 0 {
		return true
	}
	return p-2 > c.a && isLowerWord(d, p-1) && !c.hardOrComma(p-1) && r.places.mayEnd(d, p-1) && r.places.endsAt(d, c.a, p-1) > 0
}

// instNamed is an institution phrase a sentence named with a state.
type instNamed struct {
	phrase string
	st     *lexicon.Actor
}

// noteShared records in here[:n] that the sentence named phrase with
// state st, and in mem.instShared the phrase when it names another state
// already; it returns the new count.
func (mem *memory) noteShared(here []instNamed, n int, phrase string, st *lexicon.Actor) int {
	for _, h := range here[:n] {
		if h.phrase == phrase && h.st.ID != st.ID {
			mem.instShared, mem.instSharedAt = phrase, mem.sentence
			return n
		}
	}
	if n < len(here) {
		here[n] = instNamed{phrase, st}
		n++
	}
	return n
}

// sharedInstitution reports whether the institution phrase key (folded)
// was named with two states in this sentence or the one before ("Mali's
// junta and Burkina Faso's junta met in Bamako. The junta then received
// Russian helicopters", « La junte malienne et la junte burkinabè ...
// La junte »): the definite noun names neither.
func (mem *memory) sharedInstitution(key []byte) bool {
	return mem.instShared != "" && mem.sentence-mem.instSharedAt <= 1 && mem.instShared == string(key)
}

// noteOwnInstitution notes (noteShared) the institution noun a state's
// mention ends with ("Mali's junta" read as one mention), for the
// sentence's shared institutions only: mem.inst is left as it was.
func (mem *memory) noteOwnInstitution(d *doc, ld *langData, m mention, here []instNamed, n int) int {
	r := ld.rel
	if m.te-m.ts < 2 {
		return n
	}
	if r.home.mayEnd(d, m.te) {
		if k := r.home.endsAt(d, m.ts+1, m.te); k > 0 {
			return mem.noteShared(here, n, d.foldedText(m.te-k, m.te), m.actor) // "Mali's junta"
		}
	}
	for i := m.ts; i < m.ts+2 && i < m.te-1; i++ {
		if r.home.may(d, i) {
			if k := r.home.at(d, i, m.te-1, nil); k > 0 {
				return mem.noteShared(here, n, d.foldedText(i, i+k), m.actor) // « la junte malienne »
			}
		}
	}
	return n
}

// sharedDescribed reports whether the sentence opens, before token ts,
// with a definite institution noun that the sentence before named with
// two states (sharedInstitution): its recipient is said, by no one's
// name, so no home recipient either (describedSubject).
func (c *sctx) sharedDescribed(ts int) bool {
	d, r := c.d, c.ld.rel
	if c.mem == nil || c.mem.instShared == "" || !r.home.may(d, c.a+1) || c.inMention(c.a+1) >= 0 {
		return false
	}
	n := r.home.at(d, c.a+1, ts, nil)
	if n == 0 {
		return false
	}
	var kb [64]byte
	return c.mem.sharedInstitution(d.appendFolded(kb[:0], c.a+1, c.a+1+n))
}

// demonymHelpCue reports whether the sentence may hold a help phrase
// whose helper is a demonym no rule keeps (demonymHelpRules): a help
// noun, a help preposition and a state's demonym among all its mentions.
func (c *sctx) demonymHelpCue(all []mention) bool {
	r, rl := &c.ld.rel.o20, c.ld.rel
	if !r.ok || c.d.none(rl.help, c.a, c.b) || c.d.none(r.helpPreps, c.a, c.b) {
		return false
	}
	return slices.ContainsFunc(all, func(m mention) bool {
		return m.form.Role == lexicon.RoleDemonym && m.actor.Kind == graph.KindState
	})
}

// demonymHelpRules reads help nouns whose helper is a state's demonym,
// right before the noun ("with Russian help", "With Iranian backing")
// or right after it (« avec le soutien russe », « sans l'appui
// rwandais »), after a help preposition (help_prepositions) and at most
// one determiner; all holds every mention of the sentence, the demonyms
// no rule keeps included. The helper is allied with the nearest state or
// group named before the phrase in its clause ("Mali retook Kidal with
// Russian help"), else, for a phrase opening the sentence, with the first
// actor after its comma ("With Russian help, Mali retook Kidal"), as the
// of-helper of helpRules is (".../help/allied/demonym").
func (c *sctx) demonymHelpRules(lang string, all []mention) []pairCand {
	if !c.demonymHelpCue(all) {
		return nil
	}
	r, rl, d := &c.ld.rel.o20, c.ld.rel, c.d
	var out []pairCand
	for i := c.a; i < c.b; i++ {
		if !rl.help.may(d, i) {
			continue
		}
		n := rl.help.at(d, i, c.b, nil)
		if n == 0 {
			continue
		}
		h, p := -1, i // p: the first word of the phrase after its preposition
		for k := range all {
			m := &all[k]
			if m.form.Role != lexicon.RoleDemonym || m.actor.Kind != graph.KindState {
				continue
			}
			if m.te == i {
				h, p = k, m.ts // "with Russian help"
				break
			}
			if m.ts == i+n {
				h = k // « avec le soutien russe »
				break
			}
		}
		if h < 0 {
			continue
		}
		if p-1 > c.a && c.ld.determiners.may(d, p-1) && c.ld.determiners.at(d, p-1, p, nil) == 1 {
			p--
		}
		if !r.helpPreps.mayEnd(d, p) {
			continue
		}
		np := r.helpPreps.endsAt(d, c.a, p)
		if np == 0 {
			continue
		}
		start, end := p-np, max(i+n, all[h].te)
		helper := all[h].actor
		x := -1
		for k := len(c.ms) - 1; k >= 0; k-- {
			m := c.ms[k]
			if m.te > start || c.noArg[k] || m.actor.ID == helper.ID {
				continue
			}
			if c.hardBetween(m.te, start) || c.comma[start-c.a] {
				break
			}
			if m.actor.Kind == graph.KindState || m.actor.Kind == graph.KindArmedGroup {
				x = k
			}
			break
		}
		if x < 0 && start-c.a <= 1 {
			if x = c.firstAfterComma(end); x >= 0 && c.ms[x].actor.Kind != graph.KindState && c.ms[x].actor.Kind != graph.KindArmedGroup {
				x = -1
			}
		}
		if x < 0 || c.ms[x].actor.ID == helper.ID || c.trainsBetween(c.ms[x].te, start) {
			continue // "Mali trains its soldiers with Russian help": help with training, not read here
		}
		y := c.mentionOf(helper, all[h])
		out = append(out, pairCand{from: y, to: x, typ: graph.Allied, ts: i, te: i + n, rule: lang + "/help/allied/demonym", weak: true})
		i += n - 1
	}
	return out
}

// trainsBetween reports whether a trains trigger stands in tokens [lo, hi).
func (c *sctx) trainsBetween(lo, hi int) bool {
	for i := max(lo, c.a); i < hi && i < c.b; i++ {
		if c.trig[i-c.a] && c.trigType[i-c.a] == graph.Trains {
			return true
		}
	}
	return false
}

// instrumentOrigin reports whether demonym m qualifies weapons used as
// an instrument after a help preposition: "fought with Emirati drones",
// "both fight with Iranian-designed drones", « ont combattu avec des
// drones émiratis ». The demonym is then no party of the sentence's
// triggers (noArg): no ally the "with" joins, no enemy of the fight.
// (Their origin state supplied them, docs/CODEBOOK.md, "Origin by
// adjective only", but the user is the subject, not the nearest actor
// the origin rules would take: "Hamas fired at Israel with Iranian
// rockets"; that supply is left unread.)
func (c *sctx) instrumentOrigin(m mention) bool {
	r, d, ld := &c.ld.rel.o20, c.d, c.ld
	if !r.ok || m.form.Role != lexicon.RoleDemonym || m.actor.Kind != graph.KindState {
		return false
	}
	with := func(p int) bool { // a help preposition (and a determiner) ends before token p
		if p-1 > c.a && ld.determiners.may(d, p-1) && ld.determiners.at(d, p-1, p, nil) == 1 {
			p--
		}
		return r.helpPreps.mayEnd(d, p) && r.helpPreps.endsAt(d, c.a, p) > 0
	}
	// "with Emirati drones", "with Iranian-designed drones"
	if e := m.te; e < c.b && with(m.ts) {
		if e+1 < c.b && d.norm[d.toks[e-1].end:d.toks[e].start] == "-" && isLowerWord(d, e) {
			e++ // "-designed", "-made"
		}
		if e < c.b && r.instruments.may(d, e) && r.instruments.at(d, e, c.b, nil) > 0 {
			return true
		}
	}
	// « avec des drones turcs »
	for n := 1; n <= 3 && m.ts-n > c.a; n++ {
		if r.instruments.at(d, m.ts-n, m.ts, nil) == n {
			return with(m.ts - n)
		}
	}
	return false
}
