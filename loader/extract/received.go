package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// receivedRel is the data of the rules of this file, compiled with
// relData.
type receivedRel struct {
	ok bool
	// verbs: "received", « bénéficie de » (lexicon.Language.ReceiveVerbs).
	verbs phrases
	// sources: "from", « des » (lexicon.Language.ReceivedSources).
	sources phrases
	// give, recipients: "provides", « fournit »; "to", « à »
	// (lexicon.Language.GiveVerbs, GivenRecipients).
	give, recipients phrases
	// aid: "military aid" (lexicon.Language.GivenAid).
	aid phrases
	// reflexives: « se », « s'est » (lexicon.Language.Reflexives).
	reflexives phrases
	// depend, purposes: "relies on", « dépend de »; "for", « pour »
	// (lexicon.Language.DependVerbs, DependPurposes).
	depend, purposes phrases
	// welcome: "welcomed", « a salué » (lexicon.Language.WelcomeVerbs).
	welcome phrases
	// qualifiers: "logistical", « logistique »
	// (lexicon.Language.SupplyQualifiers).
	qualifiers phrases
	// training: "for training", « pour y être formés »
	// (lexicon.Language.TrainingPurposes).
	training phrases
	// arming: "armed", « a équipé » (lexicon.Language.ArmingVerbs).
	arming phrases
}

func (r *receivedRel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.verbs, r.sources = newPhraseSet(reg), newPhraseSet(reg)
		r.give, r.recipients, r.aid = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.reflexives = newPhraseSet(reg)
		r.depend, r.purposes = newPhraseSet(reg), newPhraseSet(reg)
		r.welcome, r.qualifiers = newPhraseSet(reg), newPhraseSet(reg)
		r.training, r.arming = newPhraseSet(reg), newPhraseSet(reg)
		r.ok = true
	}
	for p, ws := range map[*phrases][]string{&r.verbs: lg.ReceiveVerbs, &r.sources: lg.ReceivedSources, &r.give: lg.GiveVerbs,
		&r.recipients: lg.GivenRecipients, &r.aid: lg.GivenAid, &r.reflexives: lg.Reflexives, &r.depend: lg.DependVerbs, &r.purposes: lg.DependPurposes,
		&r.welcome: lg.WelcomeVerbs, &r.qualifiers: lg.SupplyQualifiers, &r.training: lg.TrainingPurposes, &r.arming: lg.ArmingVerbs} {
		for _, s := range ws {
			p.add(s, false)
		}
	}
}

// maxReceivedWords is the most words between a receive verb and the
// noun it governs ("received military training", « a reçu des drones
// et une formation »).
const maxReceivedWords = 5

// receivedNoun reports whether the active trigger at token ts is a noun
// that a receive verb a few words before governs, lower-case words and
// coordinated objects between, no actor and no comma ("Chad received
// military training and equipment from the UAE", « le Tchad bénéficie
// d'une formation militaire des Émirats »; receive_verbs), and whether
// the actor at token r is named after it by a source preposition, other
// objects allowed between ("from", « des »; received_sources): the
// trigger then reads as passive, the subject being the recipient and r
// the trainer or supplier.
func (c *sctx) receivedNoun(ts, te, r int) bool {
	rv := &c.ld.rel.rv
	if !rv.ok || ts-c.a < 1 || c.d.none(rv.verbs, c.a, c.b) {
		return false
	}
	d := c.d
	// the source right before r: a preposition, then articles
	src := -1
	for st := te; st < r && src < 0 && st-te <= maxReceivedWords; st++ {
		n := rv.sources.at(d, st, r, nil)
		if n == 0 {
			continue
		}
		k := st + n
		for k < r && c.ld.determiners.at(d, k, k+1, nil) == 1 {
			k++
		}
		if k == r {
			src = st
		}
	}
	if src < 0 {
		return false
	}
	for i := te; i < src; i++ {
		// coordinated objects between: "training and equipment from"
		if c.hardOrComma(i) || c.inMention(i) >= 0 || !isLowerWord(d, i) {
			return false
		}
	}
	for i := ts - 1; i >= c.a && i >= ts-maxReceivedWords-3; i-- {
		if c.hardOrComma(i+1) || c.inMention(i) >= 0 {
			return false
		}
		if rv.verbs.may(d, i) {
			if n := rv.verbs.at(d, i, ts, nil); n > 0 && ts-(i+n) <= maxReceivedWords {
				return true
			}
		}
		if !isLowerWord(d, i) {
			return false
		}
	}
	return false
}

// receivedObjects reads the objects of a receive or give verb at token
// i, of n words: up to a preposition of preps (a source: "from"; a
// recipient: "to") before an actor, lower-case words only between (no
// actor, no comma but inside a list of goods: "weapons, money and
// training to"). It returns the actor's mention index (-1 when none),
// whether the objects hold a trains trigger ("military training", « une
// formation ») and whether they hold equipment ("drones", « des
// blindés »).
func (c *sctx) receivedObjects(i, n int, preps phrases) (src int, training, goods bool) {
	d := c.d
	for k := i + n; k < c.b && k <= i+n+2*maxReceivedWords; k++ {
		if k > i+n && c.hardOrComma(k) && (c.hard[k-c.a] || !goods && !training || !isLowerWord(d, k)) || c.inMention(k) >= 0 {
			return -1, false, false // a comma only inside a list of goods: "weapons, money and training to"
		}
		if p := preps.at(d, k, c.b, nil); p > 0 && k > i+n {
			e := k + p
			for e < c.b && c.inMention(e) < 0 && c.ld.determiners.at(d, e, e+1, nil) == 1 {
				e++
			}
			if j := c.inMention(e); j >= 0 && c.ms[j].ts == e {
				return j, training, goods
			}
		}
		if !isLowerWord(d, k) {
			return -1, false, false
		}
		if c.trig[k-c.a] && c.trigType[k-c.a] == graph.Trains {
			training = true
		} else if c.ld.equipment.at(d, k, c.b, nil) > 0 {
			goods = true
		}
	}
	return -1, false, false
}

// receivedRules gives the supplies of a receive verb whose objects hold
// equipment, with training or not ("Hezbollah gets most of its weapons
// from Iran", "Chad received drones and military training from Turkey",
// « le Tchad reçoit des blindés et une formation militaire des
// Émirats »: the trainer's trigger stands between the verb and its
// source, so the verb's passive reading finds no pair): the source
// supplies the subject (".../received/supplies"). So does a give verb:
// its subject supplies the recipient ("Iran gives weapons to Hezbollah",
// "provides military training and armoured vehicles to Chad":
// ".../given/supplies"). Not after an intent cue ("plans to give").
func (c *sctx) receivedRules(lang string) []pairCand {
	rv, d := &c.ld.rel.rv, c.d
	// every reading needs two actors and equipment: most sentences have
	// none, which the summary tells at once
	if !rv.ok || len(c.ms) < 2 || d.none(c.ld.equipment, c.a, c.b) && d.none(rv.aid, c.a, c.b) || d.none(rv.verbs, c.a, c.b) && d.none(rv.give, c.a, c.b) && d.none(rv.depend, c.a, c.b) {
		return nil
	}
	var out []pairCand
	noArg := func(j int) bool { return c.noArg[j] }
	bits := rv.verbs.bit | rv.give.bit | rv.depend.bit
	for i := c.a; i < c.b; i++ {
		if d.marked {
			if i = nextMasked(d.toks, i, c.b, bits); i == c.b {
				break
			}
		}
		if n := rv.verbs.atIf(d, i, c.b); n > 0 {
			src, training, goods := c.receivedObjects(i, n, rv.sources)
			if src < 0 || !goods || c.noArg[src] || c.intended(i) || c.trig[i-c.a] && !training {
				continue // (a trigger's own reading names the pair: "received drones from")
			}
			if s := c.subject(i, noArg); s >= 0 && s != src && c.ownSubject(s, i) {
				for _, g := range c.givenSubjects(s, i, src) {
					out = append(out, pairCand{from: src, to: g, typ: graph.Supplies, ts: i, te: i + n, rule: lang + "/received/supplies"})
				}
			}
			continue
		}
		if n := rv.give.atIf(d, i, c.b); n > 0 {
			to, training, goods := c.receivedObjects(i, n, rv.recipients)
			pron := false
			if to < 0 && !c.trig[i-c.a] {
				to, pron = c.firstObjectGiven(i + n) // "gave Ukraine tanks"
				goods = true
				if to < 0 && !pron {
					to = c.relativeGoodsRecipient(i, n) // "the fighters that Russia gave Serbia" (gold18en.go)
				}
			}
			s := c.subject(i, noArg)
			if pron && s >= 0 {
				to = c.otherActorBefore(s, i) // "Washington, the army's main backer, has given it $3 billion"
			}
			if to < 0 || !goods || c.noArg[to] || c.intended(i) || c.trig[i-c.a] && !training {
				continue
			}
			if s >= 0 && s != to && c.ownSubject(s, i) {
				for _, g := range c.givenSubjects(s, i, to) {
					out = append(out, pairCand{from: g, to: to, typ: graph.Supplies, ts: i, te: i + n, rule: lang + "/given/supplies"})
				}
			}
			continue
		}
		if n := rv.depend.atIf(d, i, c.b); n > 0 && !c.intended(i) {
			if src := c.dependedOn(i + n); src >= 0 {
				if s := c.subject(i, noArg); s >= 0 && s != src && c.ownSubject(s, i) {
					out = append(out, pairCand{from: src, to: s, typ: graph.Supplies, ts: i, te: i + n, rule: lang + "/depend/supplies"})
				}
			}
		}
	}
	return out
}

// firstObjectGiven reads a give verb's two objects, the recipient first
// ("Germany gave Ukraine Leopard tanks", "has given the Lebanese army $3
// billion in military aid"): the actor right after the verb ending at
// token e (articles between), when equipment or military aid follows it
// within a few words, no comma, actor nor security-less word between
// (not "humanitarian aid"; given_aid, non_security). It returns the
// recipient's mention index, or -1; with true when the recipient is an
// object pronoun ("has given it"), whose actor the caller finds.
func (c *sctx) firstObjectGiven(e int) (int, bool) {
	rv, d := &c.ld.rel.rv, c.d
	for e < c.b && c.inMention(e) < 0 && c.ld.determiners.at(d, e, e+1, nil) == 1 {
		e++
	}
	j := c.inMention(e)
	end := -1
	switch {
	case j >= 0 && c.ms[j].ts == e && c.ms[j].actor.Kind != graph.KindPerson:
		end = c.ms[j].te
	case j < 0 && e < c.b && c.ld.rel.has(d, e, rwPronounObjects):
		end = e + 1 // "has given it $3 billion in aid": the caller says who
	default:
		return -1, false
	}
	for k := end; k < c.b && k <= end+2*maxReceivedWords; k++ {
		if c.hardOrComma(k) || c.inMention(k) >= 0 || c.ld.rel.nonSecurity.at(d, k, c.b, nil) > 0 {
			return -1, false
		}
		if c.ld.equipment.at(d, k, c.b, nil) > 0 || rv.aid.atIf(d, k, c.b) > 0 {
			return j, j < 0
		}
	}
	return -1, false
}

// otherActorBefore returns the one actor named before token i, other
// than the subject s, that is no person, no origin nor speaker, for a
// pronoun recipient ("Washington, the army's main foreign backer, has
// given it $3 billion": the army's state); -1 when there is none or
// more than one.
func (c *sctx) otherActorBefore(s, i int) int {
	found := -1
	for k := range c.ms {
		m := c.ms[k]
		if m.te > i {
			break
		}
		if k == s || c.noArg[k] || m.actor.ID == c.ms[s].actor.ID || m.actor.Kind == graph.KindPerson {
			continue
		}
		if found >= 0 && c.ms[found].actor.ID != m.actor.ID {
			return -1
		}
		found = k
	}
	return found
}

// dependedOn returns the actor a dependence verb ending at token e names
// right after it (articles between), when a purpose preposition and
// equipment follow it, a few words at most ("relies on Russia for
// weapons", « dépend de la Russie pour ses armes »; depend_verbs,
// depend_purposes); else -1.
func (c *sctx) dependedOn(e int) int {
	rv, d := &c.ld.rel.rv, c.d
	for e < c.b && c.inMention(e) < 0 && c.ld.determiners.at(d, e, e+1, nil) == 1 {
		e++
	}
	j := c.inMention(e)
	if j < 0 || c.ms[j].ts != e || c.noArg[j] {
		return -1
	}
	k := c.ms[j].te
	if k >= c.b || c.hardOrComma(k) {
		return -1
	}
	p := rv.purposes.at(d, k, c.b, nil)
	if p == 0 {
		return -1
	}
	for i := k + p; i < c.b && i <= k+p+2 && !c.hardOrComma(i); i++ {
		if c.ld.equipment.at(d, i, c.b, nil) > 0 {
			return j
		}
		if c.inMention(i) >= 0 || !isLowerWord(d, i) {
			return -1
		}
	}
	return -1
}

// trainingReceived reports whether the supplies trigger at token ts is a
// receive or give verb whose objects are training alone ("Chad receives
// military training from the UAE", « reçoit une formation militaire des
// Émirats », « fournit une formation à »): training is no supply.
func (c *sctx) trainingReceived(ts int) bool {
	rv := &c.ld.rel.rv
	if !rv.ok || c.d.none(rv.verbs, c.a, c.b) && c.d.none(rv.give, c.a, c.b) {
		return false
	}
	for _, v := range [...]struct{ verbs, preps phrases }{{rv.verbs, rv.sources}, {rv.give, rv.recipients}} {
		if !v.verbs.may(c.d, ts) {
			continue
		}
		if n := v.verbs.at(c.d, ts, c.b, nil); n > 0 {
			if k, training, goods := c.receivedObjects(ts, n, v.preps); k >= 0 && training && !goods {
				return true
			}
		}
	}
	return false
}

// demonymTraining reports whether the objects of a receiving trigger at
// [ts, te) are training qualified by a demonym, with at most two
// articles or lower-case words before it: "received Turkish training", «
// ont reçu une formation turque ». The demonym's state trains.
func (c *sctx) demonymTraining(ts, te int) bool {
	i := te
	for i < c.b && i < te+2 && isLowerWord(c.d, i) && c.inMention(i) < 0 && !c.trig[i-c.a] {
		i++
	}
	if i >= c.b || c.hardOrComma(i) {
		return false
	}
	if k := c.inMention(i); k >= 0 && c.ms[k].ts == i && c.ms[k].form.Role == lexicon.RoleDemonym {
		e := c.ms[k].te // "Turkish training"
		return e < c.b && c.trig[e-c.a] && c.trigType[e-c.a] == graph.Trains && !c.hardOrComma(e)
	}
	if c.trig[i-c.a] && c.trigType[i-c.a] == graph.Trains {
		// « une formation turque »: the demonym after the noun
		for e := i + 1; e < c.b && e <= i+2; e++ {
			if c.hardOrComma(e) {
				return false
			}
			if k := c.inMention(e); k >= 0 {
				return c.ms[k].ts == e && c.ms[k].form.Role == lexicon.RoleDemonym
			}
		}
	}
	return false
}

// trainersSent reports whether the troops sent after a supplies trigger
// ending at te are trainers ("sent military instructors to Somalia", «
// a envoyé des instructeurs au Mali »; trainer_nouns): past articles,
// numbers and lower-case words, as troopsSent reads them.
func (c *sctx) trainersSent(te int) bool {
	for i := te; i < c.b && i < te+maxTroopGap; i++ {
		if c.ld.rel.trainerNouns.at(c.d, i, c.b, nil) > 0 {
			return true
		}
		if c.inMention(i) >= 0 || c.ld.rel.troops.at(c.d, i, c.b, nil) > 0 || !isLowerWord(c.d, i) && !isNumber(c.d.toks[i].fold) {
			return false
		}
	}
	return false
}

// ownSubject reports whether mention s, found as the subject of the verb
// at token i, is not replaced by a pronoun between them ("has rejected
// claims that it sent shells": "it", whom the trigger rules resolve).
func (c *sctx) ownSubject(s, i int) bool {
	r := c.ld.rel
	if c.ms[s].te > i {
		return false
	}
	for k := c.ms[s].te; k < i; k++ {
		if f := c.d.toks[k].fold; r.subjectPronouns[f] || r.objectPronouns[f] {
			return false
		}
	}
	return true
}

// reflexiveSupply reports whether a reflexive pronoun, with its
// auxiliary or not, ends right before the supplies trigger at token ts
// (« le Mali s'approvisionne en armes auprès de la Russie », « se
// fournit en drones auprès de », « s'est approvisionné »;
// reflexive_pronouns): the subject supplies itself, the actor after is
// the source, and the trigger reads as passive.
func (c *sctx) reflexiveSupply(ts int) bool {
	rv := &c.ld.rel.rv
	return rv.ok && ts > c.a && !c.d.none(rv.reflexives, c.a, c.b) && rv.reflexives.endsAt(c.d, c.a, ts) > 0
}

// atIf is at, with no blocked tokens, asked only where may allows a
// phrase of ps to start.
func (ps phrases) atIf(d *doc, i, b int) int {
	if !ps.may(d, i) {
		return 0
	}
	return ps.at(d, i, b, nil)
}

// supportRules reads support the subject receives, relies on, welcomes
// or thanks an actor for ("Mali welcomed Russia's military support",
// "has benefited from Russian support", "thanked Russia for its
// support", « bénéficie du soutien militaire russe », « a remercié la
// Russie pour son soutien »; receive_verbs, depend_verbs, welcome_verbs,
// help_nouns): the supporter is allied with the subject
// (".../support/allied", CODEBOOK: support of an unstated kind). Not
// when the noun names a recipient of its own ("Russia's support for the
// junta") or a kind that is no security (non_security: "humanitarian
// aid"), nor after an intent cue.
func (c *sctx) supportRules(lang string) []pairCand {
	rv, d, r := &c.ld.rel.rv, c.d, c.ld.rel
	if !rv.ok || len(c.ms) < 2 || d.none(r.help, c.a, c.b) || d.none(rv.verbs, c.a, c.b) && d.none(rv.depend, c.a, c.b) && d.none(rv.welcome, c.a, c.b) {
		return nil
	}
	var out []pairCand
	noArg := func(j int) bool { return c.noArg[j] }
	bits := rv.verbs.bit | rv.depend.bit | rv.welcome.bit
	for i := c.a; i < c.b; i++ {
		if d.marked {
			if i = nextMasked(d.toks, i, c.b, bits); i == c.b {
				break
			}
		}
		n := c.supportVerbAt(i)
		if n == 0 || c.intended(i) {
			continue
		}
		h := c.supporter(i + n)
		if h < 0 || c.noArg[h] {
			continue
		}
		if s := c.subject(i, noArg); s >= 0 && s != h && c.ownSubject(s, i) && c.ms[s].actor.ID != c.ms[h].actor.ID && c.ms[s].actor.Kind != graph.KindPerson {
			out = append(out, pairCand{from: h, to: s, typ: graph.Allied, ts: i, te: i + n, rule: lang + "/support/allied", weak: true})
		}
		i += n - 1
	}
	return out
}

// maxSupportWords is the most lower-case words qualifying a help noun
// ("military and logistical support").
const maxSupportWords = 3

// supporter returns the actor whose support the words from token k name,
// or -1: a possessor or a demonym before a help noun ("Russia's military
// support", "Russian support"), an actor then a purpose preposition and
// a possessive before one ("Russia for its support", « la Russie pour son
// soutien »), or a help noun with a demonym after it (« du soutien
// militaire russe »); articles first, lower-case words next to the noun.
func (c *sctx) supporter(k int) int {
	d, r := c.d, c.ld.rel
	for k < c.b && c.inMention(k) < 0 && c.ld.determiners.may(d, k) && c.ld.determiners.at(d, k, k+1, nil) == 1 {
		k++
	}
	if k >= c.b || c.hardOrComma(k) {
		return -1
	}
	j := c.inMention(k)
	if j < 0 {
		// « du soutien militaire russe »: the demonym after the noun
		e := c.supportNoun(k)
		if e < 0 {
			return -1
		}
		for steps := 0; e < c.b && steps < maxSupportWords && !c.hardOrComma(e); steps++ {
			if m := c.inMention(e); m >= 0 {
				if c.ms[m].ts == e && c.ms[m].form.Role == lexicon.RoleDemonym && c.supportEnds(c.ms[m].te) {
					return m
				}
				return -1
			}
			if !isLowerWord(d, e) || r.nonSecurity.at(d, e, c.b, nil) > 0 {
				return -1
			}
			e++
		}
		return -1
	}
	m := c.ms[j]
	if m.ts != k || m.actor.Kind == graph.KindPerson {
		return -1
	}
	e := m.te
	switch {
	case e+1 < c.b && r.has(d, e, rwPossessiveSuffix) && d.norm[d.toks[e-1].end:d.toks[e].start] == "'":
		e++ // "Russia's"
	case m.form.Role == lexicon.RoleDemonym || m.form.Role == lexicon.RoleInstitution && c.supportNoun(e) >= 0:
		// "Russian support", "Russian military support" (an institution's
		// form: "Russian military")
	default:
		// "Russia for its support", « la Russie pour son soutien »
		p := c.ld.rel.rv.purposes.atIf(d, e, c.b)
		if p == 0 || c.hardOrComma(e) {
			return -1
		}
		e += p
		if e < c.b && r.has(d, e, rwPossessives) {
			e++
		} else if !r.has(d, e-1, rwPossessives) {
			return -1 // ("for its" is one purpose phrase)
		}
	}
	if x := c.supportNoun(e); x < 0 || !c.supportEnds(x) {
		return -1
	}
	return j
}

// supportNoun returns the token after a help noun starting at token k,
// past up to maxSupportWords lower-case words before it none of which
// is no security ("military support", not "humanitarian aid"), or -1.
func (c *sctx) supportNoun(k int) int {
	d, r := c.d, c.ld.rel
	for steps := 0; k < c.b && steps <= maxSupportWords; steps++ {
		if k > c.a && c.hardOrComma(k) || c.inMention(k) >= 0 || r.nonSecurity.at(d, k, c.b, nil) > 0 {
			return -1
		}
		if n := r.help.atIf(d, k, c.b); n > 0 {
			return k + n
		}
		if !isLowerWord(d, k) {
			return -1
		}
		k++
	}
	return -1
}

// supportEnds reports whether the support whose words end at token e
// names no recipient of its own right after ("support for the junta",
// « soutien au Mali »; purposes and given recipients) and no kind that
// is no security ("support for humanitarian work").
func (c *sctx) supportEnds(e int) bool {
	if e >= c.b || c.hardOrComma(e) {
		return true
	}
	d, rv := c.d, &c.ld.rel.rv
	return rv.purposes.atIf(d, e, c.b) == 0 && rv.recipients.atIf(d, e, c.b) == 0 && c.ld.rel.nonSecurity.at(d, e, c.b, nil) == 0
}

// supportDemonym reports whether demonym m qualifies a help noun, lower-
// case words between, right after a receive, depend or welcome verb
// ("benefited from Russian military support", « bénéficie du soutien
// militaire russe »; supportRules).
func (c *sctx) supportDemonym(m mention) bool {
	rv, d := &c.ld.rel.rv, c.d
	if !rv.ok || d.none(c.ld.rel.help, c.a, c.b) || d.none(rv.verbs, c.a, c.b) && d.none(rv.depend, c.a, c.b) && d.none(rv.welcome, c.a, c.b) {
		return false
	}
	for i := max(c.a, m.ts-maxSupportWords-6); i < m.ts; i++ {
		n := c.supportVerbAt(i)
		if n == 0 || i+n > m.ts {
			continue
		}
		k := i + n
		for k < m.ts && c.ld.determiners.at(d, k, k+1, nil) == 1 {
			k++
		}
		if k == m.ts {
			// "Russian military support"
			return m.te < c.b && !c.hardOrComma(m.te) && c.supportNoun(m.te) >= 0
		}
		// « du soutien militaire russe »: the noun, then lower-case words
		if e := c.supportNoun(k); e >= 0 && e <= m.ts {
			for ; e < m.ts && isLowerWord(d, e) && !c.hardOrComma(e); e++ {
			}
			return e == m.ts && !c.hardOrComma(m.ts)
		}
	}
	return false
}

// supportOnly reports whether what a supplies trigger ending at te
// provides is support of an unstated kind: articles, then a help noun
// with lower-case words before it, then nothing, a comma, a source or an
// of-word ("received support from Russia", « a reçu le soutien de la
// Russie », "provided military support to"): an alliance (CODEBOOK:
// supplies only when goods, money or training are named), which the
// help and support rules read. Financial, logistical and other qualified
// support (non_security, supply_qualifiers; before the noun or within a
// few words after it) is not support only.
func (c *sctx) supportOnly(te int) bool {
	d := c.d
	if c.d.none(c.ld.rel.help, c.a, c.b) {
		return false
	}
	k := te
	for k < c.b && c.inMention(k) < 0 && c.ld.determiners.may(d, k) && c.ld.determiners.at(d, k, k+1, nil) == 1 {
		k++
	}
	k = c.pastDemonym(k) // "received Russian help" (probe17.go)
	e := c.supportNoun(k)
	if e < 0 {
		return false
	}
	rv := &c.ld.rel.rv
	for i := k; i < e+maxSupportWords && i < c.b && !c.hardOrComma(i); i++ {
		if c.ld.equipment.atIf(d, i, c.b) > 0 || rv.qualifiers.atIf(d, i, c.b) > 0 {
			return false // "logistical support", « un soutien logistique »
		}
	}
	if e < c.b && !c.hardOrComma(e) {
		e = c.pastDemonym(e) // « une aide russe »
	}
	if e >= c.b || c.hardOrComma(e) {
		return true
	}
	return rv.sources.atIf(d, e, c.b) > 0 || rv.recipients.atIf(d, e, c.b) > 0 || c.ld.rel.has(d, e, rwOf) || c.ld.rel.against.atIf(d, e, c.b) > 0
}

// maxPurposeGap is the most words between the end of the destination of
// a sending and a training purpose after it ("sent 500 officers to
// Eritrea last year for training").
const maxPurposeGap = 4

// sentForTraining reports whether the people a supplies trigger ending at
// te sends to the actor ending at re are sent to be trained there: a
// training purpose follows the trigger, before that actor or a few words
// after it, in the clause ("Somalia sent 500 officers to Eritrea for
// training", "sent its pilots to Turkey to be trained"; training_purposes),
// and they are no trainers ("sent instructors to Mali for training
// missions": trainersSent), nor goods ("sent drones to Mali for training
// purposes": equipment between the trigger and the actor at [rs, re)).
func (c *sctx) sentForTraining(te, rs, re int) bool {
	rv := &c.ld.rel.rv
	if !rv.ok || c.d.none(rv.training, c.a, c.b) || c.phraseIn(c.ld.equipment, te, rs) {
		return false
	}
	for i := te; i < c.b && i < re+maxPurposeGap; i++ {
		if i >= re && c.hardOrComma(i) {
			return false
		}
		if rv.training.atIf(c.d, i, c.b) > 0 {
			return !c.trainersSent(te)
		}
	}
	return false
}

// foundedGroup reports whether the active trains trigger h, with subject
// left and object right, is a founding verb (founding: « ont formé »)
// whose subject is a list of actors and whose object an organisation, or
// a group when they are groups (« Le MNLA et le HCUA ont formé le
// CSP-DPA »): founders, whom groupRules makes members, not trainers. One
// trainer stays one (« Wagner a formé les FSR »), and states train a
// group (« la Russie et la Biélorussie ont formé les FSR »).
func (c *sctx) foundedGroup(h trigHit, left, right int) bool {
	r := c.ld.rel
	if k := c.ms[right].actor.Kind; k != graph.KindOrganisation && (k != graph.KindArmedGroup || c.ms[left].actor.Kind != graph.KindArmedGroup) || c.d.none(r.founding, c.a, c.b) || !r.founding.may(c.d, h.ts) || r.founding.at(c.d, h.ts, c.b, nil) == 0 {
		return false
	}
	return len(c.d.group(c.ld, c.ms, left, -1)) >= 2
}

// maxProvidedGap is the most words between a trains noun and the passive
// supplies trigger that provides it ("the training of Somali commandos
// was provided by").
const maxProvidedGap = 8

// trainingProvided reports whether the passive supplies trigger h ("was
// provided by") provides a training: an active trains trigger ends a few
// words before it in its clause, with no equipment between ("The training
// of Somali commandos was provided by Turkey"; give_verbs: not "financed
// by", the training's funder supplies): the pair is trains.
func (c *sctx) trainingProvided(hits []trigHit, h trigHit) bool {
	if rv := &c.ld.rel.rv; !rv.ok || rv.give.atIf(c.d, h.ts, c.b) == 0 {
		return false // a give verb ("provided"), not "financed by"
	}
	for _, t := range hits {
		if t.trig.Type != graph.Trains || t.trig.Voice != lexicon.Active || t.te > h.ts || h.ts-t.te > maxProvidedGap {
			continue
		}
		for i := t.te; i <= h.ts; i++ {
			if c.hardOrComma(i) {
				return false
			}
		}
		return !c.phraseIn(c.ld.equipment, t.ts, h.ts)
	}
	return false
}

// equipmentOrigin reports whether mention k is a demonym that qualifies
// equipment, the equipment noun in it, right after it or right before it
// ("Russian jets", « des avions russes »): the goods' origin, no trainee
// of a trains trigger before it ("trained on Russian jets").
func (c *sctx) equipmentOrigin(k int) bool {
	m := c.ms[k]
	if m.form.Role != lexicon.RoleDemonym {
		return false
	}
	for i := m.ts; i <= m.te && i < c.b; i++ {
		if c.ld.equipment.at(c.d, i, c.b, nil) > 0 {
			return true // "Russian jets", a mention that may hold its noun
		}
	}
	return c.ld.equipment.mayEnd(c.d, m.ts) && c.ld.equipment.endsAt(c.d, c.a, m.ts) > 0
}

// agentAfter returns the mention right after a passive marker that
// follows mention j, past articles ("trained in Mali by Russian
// instructors": Russia), or -1.
func (c *sctx) agentAfter(j int) int {
	return c.agentAfterWord(c.ms[j].te - 1)
}

// passiveBetween returns the participle of a passive auxiliary and
// participle in tokens [lo, hi) of one clause ("were used", « ont été
// utilisés »), or -1.
func (c *sctx) passiveBetween(lo, hi int) int {
	aux := c.ld.rel.sp.aux
	for i := max(lo, c.a); i+1 < hi && i+1 < c.b; i++ {
		if c.hardOrComma(i + 1) {
			return -1
		}
		if aux[c.d.toks[i].fold] && c.ld.rel.participleOf(c.d.word(i+1)) {
			return i + 1
		}
	}
	return -1
}

// agentAfterWord returns the mention right after a passive marker that
// follows token p, past articles ("used by the Sudanese army": Sudan),
// or -1.
func (c *sctx) agentAfterWord(p int) int {
	i := p + 1
	if i >= c.b || c.hardOrComma(i) || !c.ld.passive.may(c.d, i) || c.ld.passive.at(c.d, i, c.b, nil) != 1 {
		return -1
	}
	i++
	for i < c.b && c.ld.determiners.at(c.d, i, i+1, nil) == 1 {
		i++
	}
	if k := c.inMention(i); k >= 0 && c.ms[k].ts == i && !c.noArg[k] {
		return k
	}
	return -1
}

// dropDependAllies drops the allied pairs of a trigger that a depend rule
// reads as a supply ("Mali turned to Russia for weapons", « s'est tourné
// vers la Russie pour ses armes »: Russia supplies Mali; buying arms is
// trade, no alliance, docs/CODEBOOK.md), in place.
func dropDependAllies(cands []pairCand) []pairCand {
	for _, p := range cands {
		if p.typ == graph.Supplies && strings.HasSuffix(p.rule, "/depend/supplies") {
			return slices.DeleteFunc(cands, func(q pairCand) bool {
				return q.typ == graph.Allied && q.ts < p.te && p.ts < q.te && (q.from == p.from && q.to == p.to || q.from == p.to && q.to == p.from)
			})
		}
	}
	return cands
}

// supportVerbAt returns the length of a receive, depend or welcome verb
// starting at token i ("benefited from", "relies on", "welcomed"), or 0:
// the verbs whose object may be support (supportRules, supportDemonym).
func (c *sctx) supportVerbAt(i int) int {
	rv := &c.ld.rel.rv
	if n := rv.verbs.atIf(c.d, i, c.b); n > 0 {
		return n
	}
	if n := rv.depend.atIf(c.d, i, c.b); n > 0 {
		return n
	}
	return rv.welcome.atIf(c.d, i, c.b)
}
