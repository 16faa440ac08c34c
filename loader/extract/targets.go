package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// servedTargets reads a person struck by a hostile trigger as the actor
// the person serves (docs/CODEBOOK.md, "Attacks on officials"): "a US
// strike ... killed X, a commander of Harakat al-Nujaba" opposes the
// United States to Harakat al-Nujaba, not to X. The served actor is the
// one a leads or member_of pair of the sentence gives the person (a role
// in apposition), else the one the lexicon says the person leads at the
// article's date, when the sentence names it; with none the person
// stays ("Mali targeted X": no role said). A measure (a diplomatic word in or right around the trigger:
// "imposed sanctions on X", « a sanctionné X ») strikes the person
// itself and is kept. The person struck is then no party of the
// sentence's other fights ("... in a strike on Beirut"). Only the
// target is read so: the side after an active trigger, before a passive
// one. The pairs index ms.
func (c *sctx) servedTargets(cands []pairCand, ms []mention, published graph.Date) []pairCand {
	var drop []int
	n := len(cands)
	for k := 0; k < n; k++ {
		p := cands[k]
		if p.typ != graph.Opposed || !strings.Contains(p.rule, "/trigger/opposed/") || c.measureTrigger(p.ts, p.te) {
			continue
		}
		target, other := p.to, p.from
		if ms[p.from].ts >= p.te && ms[p.to].ts < p.ts {
			target, other = p.from, p.to
		}
		passive := strings.Contains(p.rule, "/passive") || c.passiveAux(p.ts)
		if passive && ms[target].ts >= p.te && ms[other].ts < p.ts {
			target, other = other, target // "X was shot dead by Y": X is struck
		}
		if after := ms[target].ts >= p.te; after == passive {
			continue // the subject, or no side after (before) the trigger
		}
		tm, om := ms[target], ms[other]
		if tm.actor.Kind != graph.KindPerson || om.actor.Kind == graph.KindPerson || tm.led != notLed {
			continue
		}
		served := servedBy(cands[:n], ms, target, published)
		if served < 0 {
			continue // no role said: the person stays ("Mali targeted X")
		}
		drop = append(drop, k)
		if ms[served].actor.ID == om.actor.ID {
			continue
		}
		q := p
		if q.from == target {
			q.from = served
		} else {
			q.to = served
		}
		cands = append(cands, q)
	}
	if len(drop) == 0 {
		return cands
	}
	// the person struck is no party of the sentence's other fights
	// either ("Israel killed X, the leader of Hezbollah, in a strike on
	// Beirut": X did not strike Beirut)
	var struck []int
	for _, k := range drop {
		p := cands[k]
		if ms[p.from].actor.Kind == graph.KindPerson {
			struck = append(struck, p.from)
		} else {
			struck = append(struck, p.to)
		}
	}
	out := cands[:0]
	for k, p := range cands {
		if len(drop) > 0 && drop[0] == k {
			drop = drop[1:]
			continue
		}
		if k < n && p.typ == graph.Opposed && strings.Contains(p.rule, "/trigger/opposed/") && (slices.Contains(struck, p.from) || slices.Contains(struck, p.to)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// servedBy returns the mention of the actor the person of mention i
// serves: the object of a leads pair of cands from it, else of a
// member_of one, else a mention of the actor the lexicon says the
// person leads at the date; -1 when the sentence names none.
func servedBy(cands []pairCand, ms []mention, i int, published graph.Date) int {
	member := -1
	for _, p := range cands {
		if p.from != i {
			continue
		}
		switch p.typ {
		case graph.Leads:
			return p.to
		case graph.MemberOf:
			if member < 0 {
				member = p.to
			}
		}
	}
	if member >= 0 {
		return member
	}
	if led := ms[i].actor.LedAt(published.String()); led != "" {
		for k, m := range ms {
			if m.actor.ID == led {
				return k
			}
		}
	}
	return -1
}

// measureTrigger reports whether the trigger [ts, te) is a measure, not a
// fight: a diplomatic word in it, right around it or a few words before
// it in its clause ("imposed sanctions on", « a sanctionné »;
// diplomatic_words).
func (c *sctx) measureTrigger(ts, te int) bool {
	for i := ts - 1; i <= te; i++ {
		if i >= c.a && i < c.b && c.ld.rel.has(c.d, i, rwDiplomatic) {
			return true
		}
	}
	// a few words before, in the clause: « a sanctionné en janvier les
	// deux chefs rivaux »
	for i := ts - 2; i >= c.a && i >= ts-maxMeasureGap && !c.hard[i+1-c.a]; i-- {
		if c.ld.rel.has(c.d, i, rwDiplomatic) {
			return true
		}
	}
	return false
}

// maxMeasureGap is how many words before a hostile trigger a diplomatic
// word makes it a measure (measureTrigger).
const maxMeasureGap = 6

// destinationSubject returns the subject of a sending verb or participle
// whose destination is mention j ("North Korean soldiers deployed to
// Russia have entered combat", "Wagner fighters sent to Mali attacked"):
// the destination is no subject of a trigger after it, the subject of
// the verb is. It returns -1 when j follows no such verb, past a
// preposition (not an agent marker) and an article, and for anything but
// a trigger at ts other than a supplies one (« a réceptionné à Bamako des
// drones de fabrication turque »: Bamako receives).
func (c *sctx) destinationSubject(j, ts int, skip func(int) bool) int {
	d, r := c.d, c.ld.rel
	if c.trig == nil || ts >= c.b || !c.trig[ts-c.a] || c.trigType[ts-c.a] == graph.Supplies {
		return -1
	}
	p := c.ms[j].ts - 1
	if p-1 > c.a && c.ld.determiners.at(d, p, p+1, nil) == 1 {
		p--
	}
	if p-1 <= c.a || !r.has(d, p, rwPrepositions) || r.has(d, p, rwOf) || c.ld.passive.at(d, p, c.b, nil) > 0 || c.hardOrComma(p) || c.hardOrComma(p+1) {
		return -1
	}
	v := p - 1
	send := c.trig != nil && c.trig[v-c.a] && c.trigType[v-c.a] == graph.Supplies || r.deploy.endsAt(d, c.a, v+1) > 0
	if !send && !(r.participleOf(d.word(v)) && (r.troops.endsAt(d, c.a, v) > 0 || r.combatants.endsAt(d, c.a, v) > 0)) {
		return -1
	}
	for v > c.a && c.trig != nil && c.trig[v-1-c.a] && c.trigType[v-1-c.a] == graph.Supplies {
		v-- // the verb's first word
	}
	k := c.subject(v, skip)
	if k >= j {
		return -1
	}
	return k
}

// troopsBefore reports whether the supplies trigger h qualifies troops
// before it and a preposition follows ("Wagner fighters sent to Mali", «
// les combattants de Wagner envoyés au Mali »): troops sent, a
// deployment, not a delivery ("troops delivered weapons to" is one).
func (c *sctx) troopsBefore(h trigHit) bool {
	d, r := c.d, c.ld.rel
	if h.ts <= c.a || h.te >= c.b || c.hardOrComma(h.ts) || !r.has(d, h.te, rwPrepositions) || c.ld.passive.at(d, h.te, c.b, nil) > 0 {
		return false
	}
	return r.troops.endsAt(d, c.a, h.ts) > 0 || r.combatants.endsAt(d, c.a, h.ts) > 0
}

// tailSpeakers marks as no argument the mentions that name the speaker
// of a trailing or parenthetical reporting clause (hedge.go): "ADF
// fighters attacked a church, killing 43 worshippers, the army said",
// « ..., a annoncé la mission des Nations unies en RDC (Monusco) ». The
// speaker reports the act; it takes no part in it, nor does the actor of
// a role in apposition to it at the sentence's end (« , assure Serge
// Bozanga, porte-parole de la CPC. »).
func (c *sctx) tailSpeakers() {
	tails := c.reportingClauses()
	for _, cl := range tails.cl[:tails.n] {
		if cl.seg0 < 0 {
			continue // a leading clause: "Turkey said it delivered" (hedge.go)
		}
		end := cl.spk1
		if cl.spk1 == cl.seg1 && c.roleTail(cl.seg1) {
			end = c.b // "..., said X, a spokesman for the CPC.": the speaker's role
		}
		for k, m := range c.ms {
			if m.ts >= cl.spk0 && m.te <= end {
				c.noArg[k] = true
			}
		}
	}
}

// roleTail reports whether tokens [i, c.b) hold no hard break and no
// trigger but role ones (leads, member_of): an apposition closing the
// sentence.
func (c *sctx) roleTail(i int) bool {
	for k := i; k < c.b; k++ {
		if k > i && c.hard[k-c.a] || c.trig != nil && c.trig[k-c.a] && c.trigType[k-c.a] != graph.Leads && c.trigType[k-c.a] != graph.MemberOf {
			return false
		}
	}
	return true
}

// possessorSlot returns the token where a possessive of an ally noun at
// token ts stands: right before it, or before a demonym that qualifies it
// ("its Russian allies"); p.ts-1 when there is neither. ts > c.a.
func (c *sctx) possessorSlot(ms []mention, ts int) int {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].te == ts && ms[k].form.Role == lexicon.RoleDemonym && ms[k].ts-1 > c.a {
			return ms[k].ts - 1
		}
		if ms[k].te < ts {
			break
		}
	}
	return ts - 1
}

// ownAllies drops the allied pairs of an ally noun after a possessive
// ("its allies", « ses alliés », "its partners", "its Russian allies";
// ally_roles) whose actor
// after the trigger is not right after it: the possessor's allies are
// unnamed there ("Washington and its allies accuse Iran", "France and
// its partners imposed sanctions on Russia"), named only right after («
// ses alliés russes », "its allies, Russia and Burkina Faso", "its
// allies, among them the SPLM-N": actors, articles, coordinators and
// including phrases between). The pairs index ms.
func (c *sctx) ownAllies(cands []pairCand, ms []mention) []pairCand {
	out := cands[:0]
	for _, p := range cands {
		if p.typ != graph.Allied || p.ts <= c.a || p.te > c.b || !c.ld.rel.has(c.d, c.possessorSlot(ms, p.ts), rwPossessives) || c.ld.rel.allyRoles.at(c.d, p.ts, c.b, nil) == 0 {
			out = append(out, p)
			continue
		}
		o := ms[p.to]
		if ms[p.from].ts > o.ts {
			o = ms[p.from]
		}
		far := false
		for i := p.te; i < o.ts && !far; i++ {
			if n := c.ld.rel.including.at(c.d, i, c.b, nil); n > 0 {
				i += n - 1 // "its allies, among them the SPLM-N"
				continue
			}
			far = c.ld.determiners.at(c.d, i, i+1, nil) == 0 && c.ld.coord.at(c.d, i, i+1, nil) == 0 && c.inMention(i) < 0
		}
		if o.ts >= p.te && far {
			continue
		}
		out = append(out, p)
	}
	return out
}

// opensClause reports whether the phrase at token i opens a clause of its
// own, after a comma and a coordinator or a clause break, articles and
// numbers between: "Egypt has backed the army, and Turkish-made drones
// have been seen" (the drones are the new clause's subject, not held by
// the subject before).
func (c *sctx) opensClause(i int) bool {
	k := i - 1
	for k > c.a && (c.ld.determiners.at(c.d, k, k+1, nil) == 1 || isNumber(c.d.toks[k].fold)) && !c.hardOrComma(k) {
		k--
	}
	if k <= c.a {
		return false
	}
	if c.brk[k-c.a] {
		return true
	}
	return c.ld.coord.at(c.d, k, k+1, nil) == 1 && c.comma[k-c.a]
}

// equipmentStart returns the first token of the equipment an origin
// demonym m qualifies: m itself ("Turkish-made drones"), or the equipment
// before its origin marker (« des drones de fabrication turque »: the
// drones).
func (c *sctx) equipmentStart(m mention) int {
	start := m.ts
	if n := c.ld.rel.originBefore.endsAt(c.d, c.a, start); n > 0 {
		start -= n
		if e := c.ld.equipment.endsAt(c.d, c.a, start); e > 0 {
			start -= e
		}
	}
	return start
}

// accusedAct reports whether an accusation verb stands a few words before
// the trigger at ts in its clause ("accuse Tehran of supplying", «
// accuse Kigali de livrer »): the act is the accused's, and its unnamed
// recipient is no home state (the accuser's enemy, most often).
func (c *sctx) accusedAct(ts int) bool {
	for v := ts - 1; v >= c.a && v >= ts-maxAccusedGap; v-- {
		if c.hard[v+1-c.a] {
			return false
		}
		if c.ld.rel.accuse.may(c.d, v) && c.ld.rel.accuse.at(c.d, v, ts, nil) > 0 {
			return true
		}
	}
	return false
}

// pronounRecipient reports whether an object pronoun stands right before
// the trigger at ts, or before its auxiliary (« l'Égypte lui fournit », «
// leur a livré »), or a recipient pronoun right after it, at te ("sent him
// fighter jets"; recipient_pronouns): the recipient is said, by the
// pronoun.
func (c *sctx) pronounRecipient(ts, te int) bool {
	r := c.ld.rel
	if te < c.b && r.afterRecipients[c.d.toks[te].fold] {
		return true // "sent him fighter jets"
	}
	for k := ts - 1; k >= c.a && k >= ts-2; k-- {
		if r.has(c.d, k, rwObjectPronouns) {
			return true
		}
		if !r.has(c.d, k, rwAuxiliaries) {
			return false
		}
	}
	return false
}

// clauseBetween reports whether a new clause opens in tokens [lo, hi): a
// clause break, or a coordinator after a comma (", and Egypt supplies",
// « , et l'Égypte lui fournit »).
func (c *sctx) clauseBetween(lo, hi int) bool {
	if c.breakIn(lo, hi) {
		return true
	}
	for i := lo; i < hi && i < c.b; i++ {
		if c.comma[i-c.a] && c.ld.coord.at(c.d, i, i+1, nil) == 1 {
			return true
		}
	}
	return false
}

// month reports whether token i names a month ("left ECOWAS in January
// and formed": a date inside a predicate).
func (c *sctx) month(i int) bool {
	_, ok := c.ld.months[c.d.toks[i].fold]
	return ok
}

// mediators marks as no argument the actors named right after a
// mediation word, past an agent marker, an of-word and articles, with
// the actors listed with them ("a ceasefire brokered by the United
// States and France", « un cessez-le-feu négocié sous l'égide de l'Union
// africaine »; mediation_words): a mediator is no party of the fight or
// the pact it brokered.
func (c *sctx) mediators() {
	d, r := c.d, c.ld.rel
	if d.none(r.mediation, c.a, c.b) {
		return
	}
	for i := c.a; i < c.b; i++ {
		if i = d.nextStart(i, c.b, r.mediation.bit); i >= c.b {
			break
		}
		if !r.mediation.may(d, i) {
			continue
		}
		n := r.mediation.at(d, i, c.b, nil)
		if n == 0 {
			continue
		}
		if c.mediatorCompound(i) {
			continue // "a US-brokered ceasefire" (recall19.go)
		}
		k := i + n
		for k < c.b && k < i+n+3 && c.inMention(k) < 0 && (c.ld.passive.at(d, k, c.b, nil) > 0 || r.has(d, k, rwOf) || c.ld.determiners.at(d, k, k+1, nil) == 1) {
			k++
		}
		if k >= c.b {
			continue
		}
		j := c.inMention(k)
		if j < 0 || c.ms[j].ts != k {
			continue
		}
		for _, g := range d.group(c.ld, c.ms, j, +1) {
			c.noArg[g] = true
		}
	}
}

// beforePrepositionObject returns the subject before mention j when j
// is the object of a preposition (not an of-word nor an agent marker),
// articles between ("captured the town of Mogok from the army alongside
// the TNLA": the Mandalay PDF, not the army, fought alongside), or -1
// when there is none.
func (c *sctx) beforePrepositionObject(j int, skip func(int) bool) int {
	d, r := c.d, c.ld.rel
	i := c.ms[j].ts - 1
	for i > c.a && c.ld.determiners.at(d, i, i+1, nil) == 1 && !r.has(d, i, rwPrepositions) {
		i--
	}
	if i <= c.a || !r.has(d, i, rwPrepositions) || r.has(d, i, rwOf) || c.ld.passive.at(d, i, c.b, nil) > 0 || c.hardOrComma(i+1) {
		return -1
	}
	k := c.subject(i, skip)
	if k >= j {
		return -1
	}
	return k
}

// commands reports whether mention to names a state by one of its armed
// institutions ("the army", "Brigade 444", « l'armée »;
// command_institutions) and the person does not lead that state by the
// lexicon's leads facts at the date: one who commands the army leads no
// state (docs/CODEBOOK.md, "Army commanders and chiefs of staff").
func (c *sctx) commands(to mention, person *lexicon.Actor, published graph.Date) bool {
	if to.actor.Kind != graph.KindState || to.form.Role != lexicon.RoleInstitution || to.te <= to.ts || !c.phraseIn(c.ld.rel.command, to.ts, to.te) {
		return false
	}
	return person.LedAt(published.String()) != to.actor.ID
}

// fromSource reports whether mention m follows a source preposition,
// articles between ("smuggled from Yemen", « en provenance du Yémen »;
// source_prepositions): where something comes from, not who receives it.
func (c *sctx) fromSource(m mention) bool {
	for i := m.ts; i > c.a; i-- {
		if c.ld.rel.sourcePreps.endsAt(c.d, c.a, i) > 0 {
			return true
		}
		if c.ld.determiners.at(c.d, i-1, i, nil) != 1 {
			return false
		}
	}
	return false
}

// auxBefore returns the passive auxiliary that passiveAux finds before
// token ts (one of the two words before it), or -1.
func (c *sctx) auxBefore(ts int) int {
	for k := ts - 1; k >= ts-2 && k >= c.a; k-- {
		if c.ld.rel.sp.aux[c.d.toks[k].fold] {
			return k
		}
	}
	return -1
}

// lowerAuxBefore reports whether the passive auxiliary before token ts
// is written in lower case: not the acronym in "The IS also mentored".
func (c *sctx) lowerAuxBefore(ts int) bool {
	k := c.auxBefore(ts)
	return k >= 0 && isLowerWord(c.d, k)
}

// reflexiveAux reports whether a reflexive pronoun stands before the
// auxiliary before token ts (« se sont entraînés »): no passive.
func (c *sctx) reflexiveAux(ts int) bool {
	k := c.auxBefore(ts)
	return k > c.a && c.ld.rel.rv.ok && c.ld.rel.rv.reflexives.endsAt(c.d, c.a, k) > 0
}

// passiveAux reports whether a passive auxiliary stands right before
// token ts, or one word before it, and the trigger at ts opens with no
// preposition nor gerund ("was shot dead", "were reportedly killed", «
// a été abattu »; not "is at war with", « est en guerre contre », "is
// fighting"), or the auxiliary and a participle stand before it («
// seraient engagés contre »).
func (c *sctx) passiveAux(ts int) bool {
	aux := c.ld.rel.sp.aux
	if ts <= c.a || !(aux[c.d.toks[ts-1].fold] || ts-1 > c.a && aux[c.d.toks[ts-2].fold]) {
		return false
	}
	if ts-1 > c.a && aux[c.d.toks[ts-2].fold] && c.ld.rel.participleOf(c.d.word(ts-1)) {
		return true // « seraient engagés contre »: a participle before the trigger
	}
	w := c.d.toks[ts].fold
	if c.ld.rel.prepositions[w] || !isLowerWord(c.d, ts) {
		return false
	}
	for _, suf := range c.ld.rel.gerundEnds {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return false
		}
	}
	return true
}

// placeHolders drops the opposed pairs of a passive hostile trigger (a
// passive auxiliary right before it: the subject is the victim) whose
// party after the trigger holds a place named after it: a holding
// participle and an agent marker stand right before that party, past
// the trigger ("Kikli was shot dead at a camp held by the 444 Brigade",
// « a été abattu dans un camp tenu par la brigade 444 »; holding_participles):
// the holder is not the one who killed.
func (c *sctx) placeHolders(cands []pairCand, ms []mention) []pairCand {
	r := &c.ld.rel.hg
	if !r.ok || c.d.none(r.holding, c.a, c.b) {
		return cands
	}
	out := cands[:0]
	for _, p := range cands {
		if p.typ != graph.Opposed || !c.passiveAux(p.ts) {
			out = append(out, p)
			continue
		}
		held := false
		for _, k := range [2]int{p.from, p.to} {
			if k < 0 || k >= len(ms) || ms[k].ts < p.te {
				continue
			}
			i := ms[k].ts - 1
			for i > p.te && c.ld.determiners.at(c.d, i, i+1, nil) == 1 {
				i--
			}
			if i > p.te && c.ld.passive.at(c.d, i, c.b, nil) == 1 && r.holding.endsAt(c.d, p.te, i) > 0 {
				held = true
			}
		}
		if !held {
			out = append(out, p)
		}
	}
	return out
}

// companionBefore reports whether a companion word (companions: "with",
// « avec ») ends right before token ts, articles skipped, after token
// te: the actor at ts acts with the subject, it is not the object of
// the trigger ending at te.
func (c *sctx) companionBefore(te, ts int) bool {
	i := ts
	for i > te && c.ld.determiners.at(c.d, i-1, i, nil) == 1 {
		i--
	}
	return i > te && c.ld.rel.companions.endsAt(c.d, te, i) > 0
}

// nounTarget reports whether an opposed trigger ending at te has for
// object a noun of actors no mention names, right after it (articles
// skipped), and the actor at token ts comes later with no of-word,
// coordinator or including word linking it to that noun: "a fait de la
// lutte contre les groupes jihadistes la priorité de son régime" fights
// the groups, not the regime; "against the rebels of the M23" fights
// the M23.
func (c *sctx) nounTarget(te, ts int) bool {
	d, r := c.d, c.ld.rel
	i := te
	for i < ts && c.ld.determiners.at(d, i, i+1, nil) == 1 {
		i++
	}
	if i >= ts || !isLowerWord(d, i) {
		return false
	}
	n := 0
	for k := range graph.Kinds {
		n = max(n, r.pluralK[k].at(d, i, ts, nil), r.anaphorK[k].at(d, i, ts, nil)) // 0 for a kind with no set
	}
	if n == 0 {
		return false
	}
	j := i + n
	for k := 0; k < 2 && j < ts && isLowerWord(d, j) && c.ld.determiners.at(d, j, j+1, nil) == 0 && !r.has(d, j, rwOf) && c.ld.coord.at(d, j, j+1, nil) == 0 && r.including.at(d, j, ts, nil) == 0 && !c.hardOrComma(j); k++ {
		j++ // adjectives: "les groupes jihadistes"
	}
	if j >= ts {
		return false // the noun right before the actor: "the rebel M23"
	}
	return !(r.has(d, j, rwOf) || c.ld.coord.at(d, j, j+1, nil) == 1 || r.including.at(d, j, ts, nil) > 0 || c.comma[j-c.a] && r.including.at(d, j, ts, nil) > 0)
}
