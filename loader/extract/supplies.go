package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// suppliesRel is the data of the supplies precision rules of this file,
// compiled with relData.
type suppliesRel struct {
	ok bool
	// seizure: "seized", « saisi »: equipment taken, not received
	// (lexicon.Language.SeizureVerbs).
	seizure phrases
	// diversion: "smuggled", « clandestinement »: equipment that reached
	// its holder by smuggling or a resale (lexicon.Language.DiversionWords).
	diversion phrases
	// recipient: "to the", « aux »: a recipient named by a noun follows
	// (lexicon.Language.RecipientMarkers).
	recipient phrases
	// notRecipient: "front", « époque »: a time or a place after a
	// recipient marker (lexicon.Language.NotRecipients).
	notRecipient phrases
	// recipientFirst holds the first words of the recipient markers
	// ("to", « à »).
	recipientFirst map[string]bool
	// aux: "were", « ont été » before a passive trigger
	// (lexicon.Language.PassiveAuxiliaries).
	aux map[string]bool
}

func (r *suppliesRel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.seizure = newPhraseSet(reg)
		r.diversion = newPhraseSet(reg)
		r.recipient = newPhraseSet(reg)
		r.notRecipient = newPhraseSet(reg)
		r.aux = map[string]bool{}
		r.ok = true
	}
	for _, s := range lg.SeizureVerbs {
		r.seizure.add(s, false)
	}
	for _, s := range lg.DiversionWords {
		r.diversion.add(s, false)
	}
	if r.recipientFirst == nil {
		r.recipientFirst = map[string]bool{}
	}
	for _, s := range lg.RecipientMarkers {
		r.recipient.add(s, false)
		if t := lexicon.Terms(s); len(t) > 0 {
			r.recipientFirst[t[0]] = true
		}
	}
	for _, s := range lg.NotRecipients {
		r.notRecipient.add(s, false)
	}
	for _, w := range lg.PassiveAuxiliaries {
		r.aux[graph.Fold(w)] = true
	}
}

// seized reports whether a seizure verb lies in tokens [lo, hi): the
// equipment named there was taken or destroyed, not received.
func (c *sctx) seized(lo, hi int) bool {
	r := c.ld.rel.sp
	if !r.ok {
		return false
	}
	for i := max(lo, c.a); i < hi && i < c.b; i++ {
		if r.seizure.may(c.d, i) && r.seizure.at(c.d, i, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// diverted reports whether a diversion word stands anywhere in the
// sentence ("Weapons smuggled to the Houthis include Chinese-made
// components", « qui estime qu'elles ont été introduites clandestinement
// »): the equipment it names reached its holder by smuggling or a resale,
// so the state it was made in supplied no one there.
func (c *sctx) diverted() bool {
	r := c.ld.rel.sp
	if !r.ok || c.d.none(r.diversion, c.a, c.b) {
		return false
	}
	for i := c.a; i < c.b; i++ {
		if r.diversion.at(c.d, i, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// nounRecipient reports whether a supplies trigger ending at te names its
// recipient by a noun that is no actor, in its clause, a few words on: a
// recipient marker, then a lower-case word no mention covers ("delivered
// fuel and ammunition to the dissident faction", « a livré des drones aux
// rebelles »), not a time or a place ("to the front", « à l'époque »).
// The recipient is then said, and is not the home state.
func (c *sctx) nounRecipient(te int) bool {
	r := c.ld.rel.sp
	if !r.ok {
		return false
	}
	for i := te; i < c.b && i < te+maxRecipientGap; i++ {
		if i > te && (c.hardOrComma(i) || c.brk[i-c.a] || c.rel[i-c.a]) {
			return false
		}
		if c.inMention(i) >= 0 {
			return false
		}
		n := r.recipient.at(c.d, i, c.b, nil)
		if n == 0 {
			continue
		}
		j := i + n
		return j < c.b && !c.hardOrComma(j) && c.inMention(j) < 0 && isLowerWord(c.d, j) && r.notRecipient.at(c.d, j, c.b, nil) == 0
	}
	return false
}

// placeRecipient reports whether a supplies trigger ending at te sends
// its goods to a place, named before token ts: a recipient marker, then
// up to two lower-case words and a time or a place (not_recipients: "to
// the northern border", « au front »). An actor after it is no recipient
// ("deployed 10,000 troops to the northern border in February to avert
// US tariffs").
func (c *sctx) placeRecipient(te, ts int) bool {
	r := c.ld.rel.sp
	if !r.ok {
		return false
	}
	for i := te; i < ts && i < te+maxRecipientGap; i++ {
		if i > te && (c.hardOrComma(i) || c.brk[i-c.a]) || c.inMention(i) >= 0 {
			return false
		}
		n := r.recipient.at(c.d, i, ts, nil)
		if n == 0 {
			continue
		}
		for j := i + n; j < ts && j <= i+n+2 && isLowerWord(c.d, j) && c.inMention(j) < 0; j++ {
			if r.notRecipient.at(c.d, j, ts, nil) > 0 {
				return true
			}
		}
		return false
	}
	return false
}

// maxRecipientGap is how many words after a supplies trigger a recipient
// marker may stand (what is supplied comes between).
const maxRecipientGap = 8

// seizedFrom reports whether a seizure verb stands in the clause before
// mention j, a few words before it: j is what the equipment was taken
// from or where ("weapons seized from al-Shabaab fighters have included
// Iranian-made rifles", « a saisi dans un camp de l'ELN des fusils de
// fabrication vénézuélienne »), not its recipient.
func (c *sctx) seizedFrom(j int) bool {
	for k := c.ms[j].ts - 1; k >= c.a && k >= c.ms[j].ts-maxSeizedGap; k-- {
		if c.seized(k, k+1) {
			return true
		}
		if c.hardOrComma(k) {
			return false
		}
	}
	return false
}

// maxSeizedGap is how many words a seizure verb may stand before the
// actor it takes equipment from (seizedFrom).
const maxSeizedGap = 10

// reducedPassive reports whether a passive supplies trigger at [ts, te)
// is a participle with an agent that qualifies a noun ("weapons supplied
// by the UAE", « des drones livrés par la Turquie »): the phrase ends
// with an agent marker and no passive auxiliary stands in the two words
// before it ("were supplied by", « ont été livrés par » are predicates).
func (c *sctx) reducedPassive(ts, te int) bool {
	r := c.ld.rel.sp
	if !r.ok || c.ld.passive.endsAt(c.d, c.a, te) == 0 {
		return false
	}
	for k := ts - 1; k >= ts-2 && k >= c.a; k-- {
		if r.aux[c.d.toks[k].fold] {
			return false
		}
		if c.hardOrComma(k + 1) {
			break
		}
	}
	return true
}

// activeAuxBefore reports whether an active auxiliary stands right before
// a trigger at ts, one adverb between allowed (« a acheminé », « a
// longtemps acheminé », "has shipped"), and no passive auxiliary (« a été
// livré », "has been trained"): the trigger is an active predicate.
func (c *sctx) activeAuxBefore(ts int) bool {
	rc, sp := &c.ld.rel.rc, &c.ld.rel.sp
	if !rc.ok {
		return false
	}
	for k := ts - 1; k >= c.a && k >= ts-2; k-- {
		f := c.d.toks[k].fold
		if sp.aux[f] || c.hardOrComma(k+1) {
			return false
		}
		if rc.auxiliaries[f] {
			return true
		}
		if !isLowerWord(c.d, k) {
			return false
		}
	}
	return false
}

// inActiveSupply reports whether a passive supplies hit h ("armes par",
// "supplied by") lies in the clause of an active supplies predicate
// before it, after an active auxiliary (« L'Iran a acheminé des armes
// par la Syrie »): it reads that predicate's object and a route, not a
// passive of its own.
func (c *sctx) inActiveSupply(hits []trigHit, h trigHit) bool {
	for _, g := range hits {
		if g.te > h.ts {
			break
		}
		if g.trig.Type == graph.Supplies && g.trig.Voice == lexicon.Active && g.te <= h.ts && !c.breakIn(g.te, h.ts) && c.commas(g.te, h.ts) == 0 && c.activeAuxBefore(g.ts) {
			return true
		}
	}
	return false
}

// heldByOther reports whether the noun a reduced passive participle at
// ts qualifies belongs to no recipient the nearest actor before it,
// mention j, can be: a hostile, observation or seizure verb stands
// between them ("JNIM attacked a convoy carrying fuel supplied by
// Algeria", "the army seized weapons supplied by the UAE"), or j is the
// object of one ("Mali attacked the JNIM with drones delivered by
// Turkey"). Who holds the noun is then unsaid. Other verbs keep j
// ("trained Nigerien units in the use of a system delivered by Moscow").
func (c *sctx) heldByOther(j, ts int) bool {
	m := c.ms[j]
	if c.notHeld(m.te, ts) || c.seized(m.te, ts) {
		return true
	}
	// the object of such a verb: it ends right before j, articles between
	k := m.ts - 1
	for k > c.a && c.ld.determiners.at(c.d, k, k+1, nil) == 1 && !c.trig[k-c.a] {
		k--
	}
	if k < c.a || k >= m.ts {
		return false
	}
	for s := k; s >= c.a && s > k-3; s-- { // the verb's first word: "shot down"
		if c.notHeld(s, k+1) || c.seized(s, k+1) {
			return true
		}
	}
	return false
}

// originTrigger reports whether a supplies trigger at token ts is the
// passive origin marker of a hyphen compound ("Emirati-supplied
// weapons"): originRules read it, the verb of the clause does not.
func (c *sctx) originTrigger(ts int) bool {
	if ts <= c.a || (!c.ld.rel.originAfter.may(c.d, ts) || c.ld.rel.originAfter.at(c.d, ts, c.b, nil) == 0) {
		return false
	}
	if c.d.norm[c.d.toks[ts-1].end:c.d.toks[ts].start] != "-" {
		return false
	}
	p := c.inMention(ts - 1)
	return p >= 0 && c.origin(c.ms[p])
}

// homeSupplier drops the supplies a fallback gives the home state
// (".../home") in a sentence where the home state is itself a supplier:
// "Turkey delivered drones to Mali while Russia sent jets" does not say
// that Russia supplied Turkey. ms are the sentence's mentions, extra
// ones included.
func homeSupplier(cands []pairCand, ms []mention, home *lexicon.Actor) []pairCand {
	if home == nil {
		return cands
	}
	supplies := false
	for _, p := range cands {
		if p.typ == graph.Supplies && !strings.HasSuffix(p.rule, "/home") && ms[p.from].actor.ID == home.ID {
			supplies = true
			break
		}
	}
	if !supplies {
		return cands
	}
	out := cands[:0]
	for _, p := range cands {
		if p.typ == graph.Supplies && strings.HasSuffix(p.rule, "/home") && ms[p.to].actor.ID == home.ID {
			continue
		}
		out = append(out, p)
	}
	return out
}

// goodsRelative reports whether the actor at token hi, after a supplies
// or trains trigger ending at lo, is inside a restrictive relative on the
// goods or trainees, past the relative's own verb ("supplied the drones
// that have hit Ukrainian cities", « des armes qui ont tué des soldats
// maliens »): that verb's argument, not the recipient. An actor right
// after the relative word, articles aside, is its subject ("the drones
// that the Malian army flies") and stays.
func (c *sctx) goodsRelative(lo, hi int) bool {
	for i := max(lo, c.a) + 1; i < hi && i < c.b; i++ {
		if !c.rel[i-c.a] || c.comma[i-c.a] || !isLowerWord(c.d, i-1) || c.inMention(i-1) >= 0 {
			continue
		}
		for k := i + 1; k < hi; k++ {
			if c.ld.determiners.at(c.d, k, k+1, nil) != 1 {
				return true
			}
		}
		return false
	}
	return false
}

// previousRecipient returns the actor the article last named as the
// recipient of supplier a (memory.recipients), when it is another actor
// than a and the home recipient: a delivery of a's with no recipient
// named is for it, rather than for the home state.
func (c *sctx) previousRecipient(a *lexicon.Actor) *lexicon.Actor {
	if c.mem == nil {
		return nil
	}
	r := c.mem.recipients[a.ID]
	if r == nil || r.ID == a.ID {
		return nil
	}
	return r
}

// maxPossessedWords is the most words between a possessor and the
// supplier or trainer noun it owns ("Armenia's largest arms supplier").
const maxPossessedWords = 4

// possessorBefore reports whether mention k possesses the trigger noun
// at ts: "Armenia's largest arms supplier", with only lower-case words
// between. The possessor of a supplier noun is its recipient.
func (c *sctx) possessorBefore(k, ts int) bool {
	d := c.d
	i := c.ms[k].te
	if i >= ts || !c.ld.rel.has(d, i, rwPossessiveSuffix) || i == 0 || d.norm[d.toks[i-1].end:d.toks[i].start] != "'" {
		return false
	}
	if ts-i-1 > maxPossessedWords {
		return false
	}
	for j := i + 1; j < ts; j++ {
		if c.hardOrComma(j) || !isLowerWord(d, j) || c.inMention(j) >= 0 {
			return false
		}
	}
	return !c.hardOrComma(ts)
}

// possessorIndex returns the mention that possesses the trigger noun at
// ts (possessorBefore), or -1.
func (c *sctx) possessorIndex(ts int) int {
	for k := range c.ms {
		if c.ms[k].te < ts && c.possessorBefore(k, ts) {
			return k
		}
	}
	return -1
}

// supplierNoun reports whether the trigger [ts, te) is a supplier role
// noun ("supplier", « fournisseur »; supplier_roles), which its possessor
// does not hold: "Russia's deliveries" are Russia's, "Armenia's
// supplier" is not Armenia.
func (c *sctx) supplierNoun(ts, te int) bool {
	for j := ts; j < te; j++ {
		if c.ld.rel.supplierRoles.at(c.d, j, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// recipientAfter returns the actor named right after the agent, mention
// j, of a reduced passive supplies participle, past a recipient marker
// or its first word ("rifles sold by Bulgaria to the Ugandan army", «
// des fusils vendus par la Bulgarie à l'armée ougandaise »): the
// recipient the phrase names, whoever holds the noun; -1 when there is
// none.
func (c *sctx) recipientAfter(j int) int {
	r := c.ld.rel.sp
	if !r.ok || j+1 >= len(c.ms) {
		return -1
	}
	at := c.ms[j].te
	if at >= c.b || c.hardOrComma(at) {
		return -1
	}
	n := r.recipient.at(c.d, at, c.b, nil)
	if n == 0 && r.recipientFirst[c.d.toks[at].fold] {
		n = 1
	}
	if n == 0 || c.ms[j+1].ts != at+n || c.noArg[j+1] {
		return -1
	}
	return j + 1
}

// recipientAgent reports whether a passive marker ("by", « par ») follows
// a passive supplies trigger ending at te, a receiving participle that
// does not end with one ("acquired", "received", « acheté »): its agent is
// the recipient ("Turkish drones acquired by Mali", "Iranian drones
// received by Russia", « le drone de la Turquie, acheté par le Mali »),
// and the trigger reads as active.
func (c *sctx) recipientAgent(te int) bool {
	return te < c.b && c.ld.passive.may(c.d, te) && c.ld.passive.at(c.d, te, c.b, nil) == 1
}

// supplyBetween reports whether a supplies trigger of hits starts in
// tokens [lo, hi).
func supplyBetween(hits []trigHit, lo, hi int) bool {
	for _, h := range hits {
		if h.trig.Type == graph.Supplies && h.ts >= lo && h.ts < hi {
			return true
		}
	}
	return false
}

// mentionPastArticles returns the mention that starts at token j, past
// the articles there ("to the Ugandan army", « par la Turquie »), or -1.
func (c *sctx) mentionPastArticles(j int) int {
	for j < c.b && c.ld.determiners.at(c.d, j, j+1, nil) == 1 {
		j++
	}
	if k := c.inMention(j); k >= 0 && c.ms[k].ts == j {
		return k
	}
	return -1
}

// sourceObject reports whether mention j is the object of a source
// preposition ("from Turkey", « en provenance de la Turquie »;
// source_prepositions), past articles: the source of goods, never the
// recipient of a passive supplies trigger after it ("Mali's purchase of
// drones from Turkey was financed by the junta").
func (c *sctx) sourceObject(j int) bool {
	ts := c.ms[j].ts
	for {
		if c.ld.rel.sourcePreps.mayEnd(c.d, ts) && c.ld.rel.sourcePreps.endsAt(c.d, c.a, ts) > 0 {
			return true // (checked past each article: « en provenance de la Serbie », where « de » is one too)
		}
		if ts <= c.a || c.ld.determiners.at(c.d, ts-1, ts, nil) != 1 {
			return false
		}
		ts--
	}
}

// possessiveBefore reports whether a possessive determiner ("its", «
// son »; possessives) stands before the supplier noun at token ts, past
// at most two lower-case words ("its main arms supplier", « son
// principal fournisseur »), with no comma between.
func (c *sctx) possessiveBefore(ts int) bool {
	for k := ts - 1; k >= c.a && k >= ts-3; k-- {
		if c.ld.rel.possessives[c.d.toks[k].fold] {
			return true
		}
		if c.hardOrComma(k+1) || !isLowerWord(c.d, k) || c.inMention(k) >= 0 {
			return false
		}
	}
	return false
}
