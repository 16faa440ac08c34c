package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// The eighteenth session's probe of references across sentences: the
// rules that read a pronoun, a description, a counted anaphor or a role
// naming an actor of the sentences before.

// expletiveAt reports whether the words at token i of a sentence ending
// at b make the pronoun before them an expletive ("It is unclear", « Il
// est probable », « Il y a »): an expletive word (expletives) not
// followed by a participle and a passive marker or an accusation verb,
// which make a passive of which the pronoun is the subject ("It is
// backed by Rwanda", « Il est soutenu par le Rwanda », "It is accused of
// arming"); a hedging participle keeps it one ("It is believed by
// analysts that").
func (r *relData) expletiveAt(d *doc, ld *langData, i, b int) bool {
	n := r.expletives.at(d, i, b, nil)
	if n == 0 {
		return false
	}
	j := i + n
	if j+1 >= b || !r.participle(d.toks[j].fold) {
		return true
	}
	if r.accuse.at(d, j, j+1, nil) > 0 {
		return false // "It is accused of arming"
	}
	// "It is backed by", not "It is believed by analysts that"
	return ld.passive.at(d, j+1, j+2, nil) == 0 || ld.hedges.at(d, j, b, nil) > 0
}

// probe18Rel holds the word sets of the rules added with the eighteenth
// session's probe (probe18_test.go).
type probe18Rel struct {
	ok bool
	// counted: "both", « tous deux » (lexicon.Language.CountedPronouns).
	counted phrases
	// state: "country", « pays » (lexicon.Language.StateAnaphors).
	state phrases
	// tie: "affiliated", « affilié » (lexicon.Language.TieParticiples).
	tie phrases
	// sides: "sides", « camps » (lexicon.Language.SideNouns).
	sides phrases
}

func (r *probe18Rel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.counted, r.state, r.tie, r.sides = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.counted: lg.CountedPronouns, &r.state: lg.StateAnaphors, &r.tie: lg.TieParticiples, &r.sides: lg.SideNouns})
}

// verbAt reports whether token j of a sentence ending at b reads as a
// verb for a subject before it: an auxiliary, a trigger or a trigger
// filler, a participle, a negation or a hedge ("deny", « reçoivent »).
func verbAt(d *doc, ld *langData, j, b int) bool {
	r := ld.rel
	w := d.toks[j].fold
	return r.rc.auxiliaries[w] || ld.fillers[w] || r.participle(w) || len(ld.triggersAt(d, j)) > 0 ||
		ld.negations.at(d, j, b, nil) > 0 || ld.hedges.at(d, j, b, nil) > 0
}

// countedPronoun returns the mentions of a counted pronoun opening the
// sentence [a, b) as its subject, before a verb ("Both deny backing the
// M23", « Tous deux reçoivent des armes de la Russie »): one for each
// actor of the last list named together, when it names two and was named
// in the sentence or the one before; none when the last list names more
// ("Iran, Russia and China ... . Both").
func countedPronoun(d *doc, ld *langData, a, b int, ms []mention, mem *memory) []mention {
	r := &ld.rel.p18
	if !r.ok || mem == nil || len(mem.lists) == 0 || mem.sentence-(mem.listAt-1) > 1 || !r.counted.may(d, a) {
		return nil
	}
	n := r.counted.at(d, a, b, nil)
	j := a + n
	if n == 0 || j >= b || len(ms) > 0 && ms[0].ts < j+1 || !isLowerWord(d, j) || !verbAt(d, ld, j, b) {
		return nil
	}
	for _, p := range ld.rel.pluralK {
		if p.at(d, j, b, nil) > 0 {
			return nil // "both countries": a counted anaphor
		}
	}
	to := mem.lists[len(mem.lists)-1]
	if len(to) != 2 {
		return nil
	}
	add := make([]mention, 0, 2)
	for _, act := range to {
		add = append(add, mention{ts: a, te: j, actor: act, form: lexicon.Form{Text: d.tokenText(a, j), Role: roleAnaphor}})
	}
	return add
}

// longerList reports whether the actors to, taken for a counted anaphor
// from the last ones named, all come from the last list, named in the
// sentence or the one before, of their kind and of more of them: "Mali,
// Burkina Faso and Niger ... . The two countries" names no two of the
// three. A list named further back leaves them be: "Kataib Hezbollah,
// Harakat al-Nujaba, Kataib Sayyid al-Shuhada and smaller factions ... .
// Kataib Hezbollah said ... . Harakat al-Nujaba said ... . Both factions".
func (mem *memory) longerList(kind graph.Kind, to []*lexicon.Actor) bool {
	if len(mem.lists) == 0 || mem.listAt == 0 || mem.sentence-(mem.listAt-1) > 1 {
		return false
	}
	if l := mem.lists[len(mem.lists)-1]; l[0].Kind == kind && len(l) > len(to) {
		for _, a := range to {
			if !slices.ContainsFunc(l, func(x *lexicon.Actor) bool { return x.ID == a.ID }) {
				return false
			}
		}
		return true
	}
	return false
}

// listedWith reports whether actor a, the antecedent a definite
// description takes from the sentences before, was named in the last
// list, in the sentence before or its own, with another actor of its
// kind: "JNIM and the FLA both operate in northern Mali. The group has
// been accused of working with Ukraine", « L'ISWAP et Boko Haram se sont
// affrontés. Le groupe jihadiste » name neither, unless the noun heads
// the antecedent's name (« La MNDAA fait partie de l'Alliance des trois
// fraternités, aux côtés de la TNLA et de l'Armée d'Arakan. L'alliance »;
// nounHeads).
func (mem *memory) listedWith(a *lexicon.Actor) bool {
	if mem == nil || len(mem.lists) == 0 || mem.listAt == 0 || mem.sentence-(mem.listAt-1) > 1 {
		return false
	}
	l := mem.lists[len(mem.lists)-1]
	return len(l) >= 2 && l[0].Kind == a.Kind && slices.ContainsFunc(l, func(x *lexicon.Actor) bool { return x.ID == a.ID })
}

// nounHeads reports whether a noun of the description at tokens [i, e)
// opens or closes one of the names of actor a (as headedAntecedent
// reads it): "the alliance" heads "Three Brotherhood Alliance", « le
// mouvement » no « M23 ».
func nounHeads(d *doc, r *relData, i, e int, kinds []graph.Kind, a *lexicon.Actor, mem *memory) bool {
	var heads []string
	for t := i; t < e; t++ {
		for _, kind := range kinds {
			if r.anaphors[kind].at(d, t, t+1, nil) == 1 {
				heads = append(heads, d.toks[t].fold)
				break
			}
		}
	}
	if len(heads) == 0 {
		return false
	}
	if hs, ok := mem.nameHeads[a]; ok {
		return slices.ContainsFunc(hs, func(w string) bool { return slices.Contains(heads, w) })
	}
	for _, f := range a.Forms {
		words := strings.FieldsFunc(graph.Fold(f.Text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(words) > 0 && (slices.Contains(heads, words[0]) || slices.Contains(heads, words[len(words)-1])) {
			return true
		}
	}
	return false
}

// describedSubject reports whether the sentence opens with a definite
// description no actor was found for ("The group also receives weapons
// from Russia" after "The Houthis and Hezbollah": which group?) before
// token ts: the recipient is said, though by no one's name, so no home
// state stands in for it.
func (c *sctx) describedSubject(ts int) bool {
	d, r := c.d, c.ld.rel
	s := c.a
	if !d.is(s, c.ld, classAnaphorDet) {
		// « Selon des responsables syriens, cette force recevrait des
		// armes d'Israël »: the description opens the clause after a
		// leading attribution (gold20fr.go)
		if s = c.afterOpeningAttribution(ts); s < 0 || !d.is(s, c.ld, classAnaphorDet) {
			return false
		}
	}
	if s+1 >= ts {
		return false
	}
	for _, p := range r.anaphorK {
		if n := p.at(d, s+1, ts, nil); n > 0 {
			return c.inMention(s+1) < 0
		}
	}
	return c.sharedDescribed(ts) // "Mali's junta and Burkina Faso's junta ... . The junta" (open20.go)
}

// ownedLeaderTitle reports whether the title phrase tp names a leader's
// role or a head of state's title (leader_roles, state_head_titles) and
// the actor whose it is, not an army's head: "The Malian president", "the
// RSF commander", « le président tchadien », « le chef des FSR ». Such a
// title fits the person the lexicon has lead that actor at the article's
// date (titleRole.fits), as a generic title ("the junta leader") does:
// "Assimi Goïta received Russian officials. The Malian president later
// flew to Moscow" is Goïta, who leads Mali (titleRules).
func ownedLeaderTitle(d *doc, r *relData, b int, tp titlePhrase) bool {
	if tp.of < 0 || tp.former {
		return false
	}
	if r.armyHeads.at(d, tp.hs, b, nil) > 0 {
		return false // "the army chief": the state's institution
	}
	return r.leaderRoles.endsAt(d, tp.hs, tp.he) > 0 || r.stateHeads.at(d, tp.hs, tp.he, nil) == tp.he-tp.hs
}

// otherTitle reports whether the article gave person p a head of state's
// or government's title other than head ("Israeli Prime Minister
// Benjamin Netanyahu ... . The Israeli president" is not Netanyahu,
// though he leads Israel); a rank is no such title ("General Goïta").
func otherTitle(ts []titleRole, p *lexicon.Actor, head string) bool {
	for k := range ts {
		if ts[k].person.ID == p.ID && ts[k].stateHead && ts[k].head != head {
			return true
		}
	}
	return false
}

// pronounAfterTrigger reports whether an active trigger of hits has a
// pronoun object (pronounObject): right after it ("Israel struck it
// again", "Iran arms them"), or a clitic before it or before its
// auxiliary (« Israël l'a frappé », « L'Iran leur fournit »). A sentence
// naming one actor may then relate it to the subject of the sentence
// before (relatesNothing).
func (c *sctx) pronounAfterTrigger(hits []trigHit) bool {
	d, r := c.d, c.ld.rel
	if !r.rc.ok {
		return false
	}
	// the subject right before the verb: not "Benin promised 2,000
	// troops and sent them", whose pronoun is the troops
	near := func(s int) bool {
		if len(c.ms) == 0 || c.ms[0].te > s || s-c.ms[0].te > 2 {
			return false
		}
		for i := c.ms[0].te; i < s; i++ {
			if c.comma[i-c.a] || c.ld.coord.at(d, i, i+1, nil) == 1 {
				return false
			}
		}
		return true
	}
	for _, h := range hits {
		if h.trig.Voice != lexicon.Active {
			continue
		}
		if h.te < c.b && r.has(d, h.te, rwPronounObjects) && near(h.ts) {
			return true
		}
		// a clitic that is no definite article (« leur fournit », not « les
		// attaques »), or one before an auxiliary (« l'a financé »)
		if p := h.ts - 1; p > c.a && r.has(d, p, rwClitics) && !r.has(d, p, rwDefinite) && near(p) {
			return true
		}
		if p := h.ts - 2; p > c.a && r.has(d, p, rwClitics) && r.has(d, p+1, rwAuxiliaries) && near(p) {
			return true
		}
	}
	return false
}

// sourceMention reports whether mention m of a sentence [a, b) names a
// source rather than an actor: after an attribution opening ("according
// to the UN", « Selon l'ONU, il soutient le M23 ») or before an expert
// noun ("UN experts say it deployed troops"; expert_nouns). A subject
// pronoun after it is no word of the source's (clausePronoun).
func sourceMention(d *doc, ld *langData, a, b int, m mention) bool {
	if p := wordBefore(d, ld, a, m.ts); p >= a && ld.attributions.endsAt(d, a, p+1) > 0 {
		return true
	}
	r := &ld.rel.p17
	return r.ok && m.te < b && r.experts.at(d, m.te, b, nil) > 0
}

// stateSubject returns the mention of a state anaphor opening the
// sentence [a, b) as its subject ("The country has deployed troops", «
// Le pays a déployé des soldats »; state_anaphors): the state opening the
// sentence before, when one did, not after a long introduction, and not
// listed there with another state; none otherwise. The noun must not
// be followed by an of-word or a name (« le pays de Kagame »).
func stateSubject(d *doc, ld *langData, a, b int, ms []mention, mem *memory) []mention {
	r := &ld.rel.p18
	if !r.ok || mem == nil || mem.prevSubject == nil || mem.prevIntro || mem.prevSubject.Kind != graph.KindState || a+2 >= b ||
		!d.is(a, ld, classDefinite) || !r.state.may(d, a+1) {
		return nil
	}
	n := r.state.at(d, a+1, b, nil)
	e := a + 1 + n
	if n == 0 || len(ms) > 0 && ms[0].ts < e+1 || ld.rel.has(d, e, rwOf) || !isLowerWord(d, e) || mem.listedWith(mem.prevSubject) {
		return nil
	}
	return []mention{{ts: a, te: e, actor: mem.prevSubject, form: lexicon.Form{Text: d.tokenText(a, e), Role: roleAnaphor}}}
}

// countedSubjects reports whether the subjects (indexes in ms) are all
// the actors of one counted anaphor or pronoun ("Both groups also attack
// the Malian army", « Les deux pays combattent les ADF »): one mention
// each over the same words, which says each acts, not that they act
// together; no co-fighters (coFighters).
func countedSubjects(ms []mention, subjects []int) bool {
	m0 := ms[subjects[0]]
	if m0.form.Role != roleAnaphor || m0.te <= m0.ts {
		return false
	}
	for _, s := range subjects[1:] {
		if ms[s].ts != m0.ts || ms[s].te != m0.te || ms[s].form.Role != roleAnaphor {
			return false
		}
	}
	return true
}

// pluralStateSubject returns the state that opened the sentence before
// with a plural name or institution (« Les Émirats arabes unis ont
// rejeté le rapport », « Les FAMa ont repris Kidal »), for a plural
// subject pronoun opening the sentence at a that agrees with it (« Ils
// sont accusés d'armer les FSR », « Elles étaient appuyées par Wagner »),
// rather than the last group named; nil otherwise.
func pluralStateSubject(d *doc, ld *langData, a int, mem *memory) *lexicon.Actor {
	if mem == nil || mem.prevSubject == nil || mem.prevIntro || mem.prevSubject.Kind != graph.KindState || mem.prevFeats&featPlur == 0 {
		return nil
	}
	pf, ok := ld.rel.rc.feats[d.toks[a].fold]
	if !ok || pf&featPlur == 0 || !pf.agrees(mem.prevFeats) {
		return nil
	}
	return mem.prevSubject
}

// pronounSpeaker reports whether token i is a subject pronoun that stands
// only for a person ("he", "she"; singular_pronouns) who leads nothing
// the lexicon knows: a speaker, whose words a leading "She says" reports
// (speakerPhrase), as "Aminata Dicko says" does; "it", "they" and « il »
// may be the actor speaking of itself, and a leader's "He said" may be
// his state's own word.
func (c *sctx) pronounSpeaker(i int) bool {
	if !c.d.is(i, c.ld, classPronoun) || !c.ld.rel.has(c.d, i, rwSingular) {
		return false // (the word's class first: most words are none)
	}
	ks, ok := c.ld.rel.singular[c.d.toks[i].fold]
	if !ok || len(ks) != 1 || ks[0] != graph.KindPerson {
		return false
	}
	return c.prevSubject == nil || c.prevSubject.Kind == graph.KindPerson && len(c.prevSubject.Leads) == 0
}

// reducedRelativeHead returns the mention a tie participle
// (tie_participles) and a preposition (no passive marker) qualify when mention j, the nearest before token
// ts, is their object and that mention stands right before the
// participle with no comma ("Al-Shabaab affiliated with al-Qaeda fights
// the government", « Le groupe affilié à Al-Qaïda combat le gouvernement
// »): the head is the subject, not the participle's object; else -1.
func (c *sctx) reducedRelativeHead(j, ts int) int {
	if j < 1 || c.commas(c.ms[j-1].te, ts) > 0 {
		return -1
	}
	d, ld, r := c.d, c.ld, c.ld.rel
	p := c.ms[j].ts - 1
	for p > c.a && ld.determiners.may(d, p) && ld.determiners.at(d, p, p+1, nil) == 1 {
		p-- // « à l'EI », "with the"
	}
	if p-1 <= c.a || ld.passive.at(d, p, p+1, nil) == 1 || !(r.has(d, p, rwPrepositions) || r.has(d, p, rwOf)) {
		return -1
	}
	if q := p - 1; q != c.ms[j-1].te || !r.p18.ok || r.p18.tie.at(d, q, q+1, nil) != 1 {
		return -1 // a tie participle right after the head ("Egypt signed with Somalia a pact": a verb)
	}
	return j - 1
}

// sidesAnaphor returns the mentions of a count of two and a side noun
// opening the sentence [a, b), after a determiner or not ("The two sides
// resumed fighting", « Les deux camps ont repris les combats »;
// side_nouns): one for each of the two actors of any kinds last named
// together, in the sentence before (memory.pairA, pairB); none when more were
// named together since, or when the pair is older.
func sidesAnaphor(d *doc, ld *langData, a, b int, ms []mention, mem *memory) []mention {
	r := &ld.rel.p18
	if !r.ok || mem == nil || mem.pairAt == 0 || mem.sentence-(mem.pairAt-1) != 1 {
		return nil
	}
	i := a
	if i < b && ld.determiners.at(d, i, i+1, nil) == 1 {
		i++
	}
	if i+1 >= b || ld.rel.counts[d.toks[i].fold] != 2 || !r.sides.may(d, i+1) {
		return nil
	}
	n := r.sides.at(d, i+1, b, nil)
	e := i + 1 + n
	if n == 0 || len(ms) > 0 && ms[0].ts < e || e < b && ld.rel.has(d, e, rwOf) {
		return nil
	}
	return []mention{
		{ts: a, te: e, actor: mem.pairA, form: lexicon.Form{Text: d.tokenText(a, e), Role: roleAnaphor}},
		{ts: a, te: e, actor: mem.pairB, form: lexicon.Form{Text: d.tokenText(a, e), Role: roleAnaphor}},
	}
}

// backedObject reports whether the backing phrase at token ts ("backed
// by", backing_phrases) follows mention left with nothing between, not
// even a comma: it qualifies that mention, the object of the trigger
// before ("Al-Shabaab is fighting Somali forces backed by Turkish
// drones": Turkey backs Somalia, not al-Shabaab); after a comma it is
// the subject's ("The Houthis, backed by Iran, fired").
func (c *sctx) backedObject(left, ts int) bool {
	r := &c.ld.rel.p17
	if !r.ok || c.ms[left].te != ts || c.comma[ts-c.a] || c.hard[ts-c.a] {
		return false
	}
	return r.backing.may(c.d, ts) && r.backing.at(c.d, ts, c.b, nil) > 0
}

// accusedPronoun returns the mention of an object pronoun right after an
// accusation verb in the sentence [a, b) ("Pakistan accuses it of
// harbouring TTP fighters"; accuse_verbs, pronoun_objects): the subject
// of the sentence before, when it is no person and not the sentence's
// first actor (the accuser); none otherwise.
func accusedPronoun(d *doc, ld *langData, a, b int, ms []mention, mem *memory) []mention {
	r := ld.rel
	if mem == nil || mem.prevSubject == nil || mem.prevIntro || mem.prevSubject.Kind == graph.KindPerson || len(ms) == 0 {
		return nil
	}
	for i := ms[0].te + 1; i+1 < b && i <= ms[0].te+3; i++ {
		if !r.has(d, i, rwPronounObjects) || r.accuse.at(d, i-1, i, nil) != 1 {
			continue
		}
		if ms[0].actor.ID == mem.prevSubject.ID || len(ms) > 1 && ms[1].ts < i {
			return nil
		}
		return []mention{{ts: i, te: i + 1, actor: mem.prevSubject, form: lexicon.Form{Text: d.tokenText(i, i+1), Role: roleAnaphor}}}
	}
	return nil
}
