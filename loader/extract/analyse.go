package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// trigHit is a trigger phrase found at tokens [ts, te).
type trigHit struct {
	ts, te int
	trig   lexicon.Trigger
	rule   string // triggerRule(trig) when made already (trigEntry.rule), or ""
}

// relation is one relation a sentence states, with its evidence.
type relation struct {
	from, to string
	typ      graph.RelType
	ev       graph.ClaimEvidence
	// ended: the evidence states the end of a standing relation (a
	// departure, an agreement denounced, sanctions lifted, a border
	// reopened); standing: it states a standing relation (standingPair);
	// border: a border closure (borderPair). Extract's endStanding reads
	// them across the article. denial: the evidence is a party's denial
	// (deniedBy), which hedges the relation's assertions (hedgeDenied),
	// those of the particular goods it names if any (goods, folded).
	ended, standing, border, denial bool
	goods                           string
	// admitted: an admission verb before the trigger (admittedIn), which
	// no denial hedges
	admitted bool
}

// sentence is what one sentence yields.
type sentence struct {
	mentions  []mention
	relations []relation
	// denier denies a relation of type denied it names with no other
	// party ("Cairo denied supplying weapons to either side";
	// typedDenial, deny18.go), or is nil.
	denier      *lexicon.Actor
	denied      graph.RelType
	deniedGoods string // the particular goods denied, folded, or ""
	// admitter admits a relation of type admittedType it names with no
	// other party ("Tehran ... later admitted sending a small number";
	// typedAdmission, open19.go), or is nil.
	admitter     *lexicon.Actor
	admittedType graph.RelType
}

// markCredits marks the tokens of photo credits: from a credit word
// followed by a colon ("Image :", "Photo:") to the end of its line, and
// "NAME/AGENCY" runs ("Jean Dupont/AFP/Getty Images").
func (x *Extractor) markCredits(d *doc, ld *langData) {
	s := d.norm
	n := len(d.toks)
	mark := func(start, end int) {
		for i := sort.Search(n, func(i int) bool { return d.toks[i].start >= start }); i < n && d.toks[i].end <= end; i++ {
			d.toks[i].credit = true
		}
	}
	for i := 0; i < n; i++ {
		if i = d.nextStart(i, n, ld.credits.bit); i >= n {
			break
		}
		if !ld.credits.may(d, i) || d.toks[i].credit {
			continue // already in a credit running to the end of its line
		}
		k := ld.credits.at(d, i, n, nil)
		if k == 0 {
			continue
		}
		// The cue must open its line or follow the end of a sentence or a
		// bracket, and be followed by a colon.
		p := d.toks[i].start
		for p > 0 && (s[p-1] == ' ' || s[p-1] == '\t') {
			p--
		}
		if p > 0 && !strings.ContainsRune("\n.!?(|-", rune(s[p-1])) {
			continue
		}
		after := strings.TrimLeft(s[d.toks[i+k-1].end:], " \t")
		if !strings.HasPrefix(after, ":") {
			continue
		}
		end := strings.IndexByte(s[d.toks[i].start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += d.toks[i].start
		}
		mark(d.toks[i].start, end)
	}
	for p := strings.IndexByte(s, '/'); p >= 0; {
		q := p + 1
		for q < len(s) && s[q] == ' ' {
			q++
		}
		j := sort.Search(n, func(i int) bool { return d.toks[i].start >= q })
		if j < n && d.toks[j].start == q {
			if k := x.agencies.at(d, j, n, nil); k > 0 {
				from := max(0, p-maxCreditName)
				start := from + strings.LastIndexAny(s[from:p], "\n.:(|") + 1
				end := d.toks[j+k-1].end
				mark(start, end)
			}
		}
		next := strings.IndexByte(s[p+1:], '/')
		if next < 0 {
			break
		}
		p += 1 + next
	}
}

// analyse finds the relations of sentence si, whose lexicon and
// discovered mentions are ms; the mentions it keeps (see
// [sctx.keepMention]) are returned with them.
func (x *Extractor) analyse(d *doc, ld *langData, si int, s span, ms []mention, home *lexicon.Actor, recent map[graph.Kind]recentActor, mem *memory, published graph.Date) sentence {
	a, b := d.sentenceTokens(s)
	d.summarise(a, b, x.setWords, x.setNZ)
	formatted := ""
	if mem != nil {
		formatted = mem.date // published.String(), formatted once an article
	}
	ms = x.leaderMentions(d, ld, a, b, ms, published, formatted)
	ms = homeMentions(d, ld, a, b, ms, home, mem)
	ms = anaphorMentions(d, ld, a, b, ms, recent, mem)
	ms = titleMentions(d, ld, a, b, ms, mem)
	var out sentence
	if len(ms) == 0 {
		return out
	}
	sc := d.scratch()
	inMention := sc.inMention[a:b]
	for _, m := range ms {
		for k := m.ts; k < m.te; k++ {
			inMention[k-a] = true
		}
	}
	blocked := func(i int) bool { return inMention[i-a] }

	// Triggers.
	hits := sc.hits[:0]
	defer func() { sc.hits = hits[:0] }()
	isTrig := sc.isTrig[a:b]
	trigType := sc.trigType[a:b]
	// trigBit: in a marked document with indexed triggers, a token
	// whose mask lacks the trigger bit starts no trigger (triggersAt
	// would say nil; noPhrase, mask 0, is one of them): one branch
	// where two were taken.
	var trigBit uint64
	if d.marked && ld.trigID != 0 {
		trigBit = triggerBit
	}
	for i := a; i < b; {
		hit := false
		if trigBit != 0 {
			if d.toks[i].mask&trigBit == 0 {
				i++
				continue
			}
		} else if d.toks[i].noPhrase {
			i++
			continue
		}
		// a filler can sit inside a phrase only if one follows its first
		// word within two words (« participent eux aussi à »)
		var ts *trigStart // found once for triggersAt's and triggersNext's answers
		var trigs []*trigEntry
		if trigBit != 0 {
			if ts = ld.trigStartOf(d.toks[i].info); ts != nil {
				trigs = ts.list
			}
		} else {
			trigs = ld.triggersAt(d, i)
		}
		filled := len(trigs) > 0 && (i+1 < b && d.is(i+1, ld, classFiller) || i+2 < b && d.is(i+2, ld, classFiller))
		var next *wordInfo // the next token's word, as e.second is
		if i+1 < b {
			next = d.toks[i+1].info
		}
		if !filled && len(trigs) > 1 {
			// those that may match, in order
			if ts != nil {
				trigs = ts.forNext(next)
			} else {
				trigs = ld.triggersNext(d, i, next)
			}
		}
		for _, e := range trigs {
			// (when the second word differs, match would fail)
			second := !d.marked || e.second == nil || e.second == next
			if !second && !filled {
				continue // nothing can match: the next entry
			}
			end := -1
			if second && d.match(&e.pattern, i, b, blocked) {
				end = i + len(e.terms)
			} else if filled && len(e.terms) > 1 && d.fillable(&e.pattern, i, b) {
				end = d.matchFilled(&e.pattern, i, b, blocked, ld.fillers)
			}
			if end > 0 && e.trig.Type == graph.Opposed && end == i+1 && (end < b && (ld.equipment.may(d, end) && ld.equipment.at(d, end, b, nil) > 0) ||
				i-1 > a && ld.rel.has(d, i-1, rwOf) && ld.equipment.endsAt(d, a, i-1) > 0) {
				end = -1 // "attack drones", « hélicoptères de combat »: a modifier, not a verb
			}
			if end > 0 && e.trig.Type == graph.Opposed && end == i+1 && ld.rel.hg.ok && (end < b && (ld.rel.hg.bodies.may(d, end) && ld.rel.hg.bodies.at(d, end, b, nil) > 0) ||
				i-1 > a && ld.rel.has(d, i-1, rwOf) && ld.rel.hg.bodies.endsAt(d, a, i-1) > 0) {
				end = -1 // "the sanctions monitoring team", « le comité des sanctions »: a body
			}
			if end > 0 && e.trig.Voice == lexicon.Passive && participleAsNoun(d, i, e.trig.Phrase) {
				end = -1 // « une équipe de l'ONU » is no « équipé de »: folding dropped the accent
			}
			if end > 0 && e.trig.Type == graph.Leads && ld.rel.g18en.deputyPrefix(d, a, i) {
				end = -1 // « vice-président de »: a deputy, no head (gold18en.go)
			}
			if end > 0 && d.compoundWord(i, end, b) {
				end = -1 // « lance-roquettes », "strike-fighters": a compound noun, not a verb
			}
			if end == i+1 && inKindNoun(d, ld, a, b, i, blocked) {
				end = -1 // "six armed groups", « groupes armés »: a noun of actors, not a verb
			}
			if end == i+1 && ld.rel.has(d, i, rwNounVerbs) && !verbSlot(d, ld, a, i, blocked) {
				end = -1 // « la moindre arme »: the noun, not « Washington arme Taïwan »
			}
			if end > 0 {
				hits = append(hits, trigHit{i, end, e.trig, e.rule})
				for k := i; k < end; k++ {
					isTrig[k-a] = true
					trigType[k-a] = e.trig.Type
				}
				i = end
				hit = true
				break
			}
		}
		if !hit {
			i++
		}
	}
	hits = x.deployHits(d, ld, a, b, hits, isTrig, trigType, blocked)
	c := newSctx(d, ld, a, b, ms)
	c.trig, c.trigType = isTrig, trigType
	c.hits = hits
	c.home = home
	c.instHome = mem.instBest
	c.known = x.known
	c.wings = x.wings
	c.prevSubject = mem.prevSubject
	c.mem = mem
	if ra, ok := recent[graph.KindOrganisation]; ok {
		c.recentOrg = ra.actor
	}
	c.recent = recent
	keep := d.sc.keep[:len(ms)]
	clear(keep)
	for i, m := range ms {
		keep[i] = c.keepMention(m, isTrig)
	}
	c.keepListed(ms, keep)
	c.placeListed(ms, keep)
	kept := d.sc.kept[:0]
	for i, m := range ms {
		if keep[i] {
			kept = append(kept, m)
		} else if m.form.Role == lexicon.RoleDemonym && (i > 0 && keep[i-1] && ms[i-1].te == m.ts || i+1 < len(ms) && keep[i+1] && ms[i+1].ts == m.te) {
			// "the Yemeni Houthis", « les Houthis yéménites »: an
			// adjective of the actor it touches
			for k := m.ts; k < m.te; k++ {
				sc.adjective[k] = true
			}
		}
	}
	d.sc.kept = kept[:0]
	c.ms = kept
	c.dropHolders() // (inMention's table was ms')
	out.mentions = kept
	out.relations = d.sc.relations[:0]
	// With no demonym among the mentions, what comes before the test of
	// a sentence that relates nothing (the mentions that are no
	// argument, extendInstitutions) changes no mention and nothing the
	// test reads: it comes first then.
	out.denier, out.denied, out.deniedGoods = c.typedDenial(kept, hits)
	if out.admitter, out.admittedType = c.typedAdmission(kept, hits); out.admitter != nil {
		out.denier = nil // "denied the deliveries but later admitted sending": the admission stands (open19.go)
	}
	demonym := slices.ContainsFunc(kept, func(m mention) bool { return m.form.Role == lexicon.RoleDemonym })
	helpCue := c.demonymHelpCue(ms) // "With Russian help, Mali": one kept actor may relate (open20.go)
	if !demonym && !helpCue && c.relatesNothing(kept, hits, home) {
		return out
	}
	c.noArg = d.sc.noArg[:len(kept)]
	clear(c.noArg)
	attr := c.attributionSpans()
	for k, m := range kept {
		c.noArg[k] = c.origin(m) || c.instrumentOrigin(m) || c.roleOnly(m) || attr(m.ts) || (m.form.Role == lexicon.RoleDemonym && c.ledBy(m)) || m.led == ledLeader || c.backerCompound(m) || c.roleOwnerBefore(m) || c.genericMember(m)
	}
	for k := range kept {
		c.noArg[k] = c.noArg[k] || c.speakerSource(k) || c.contrasted(k) || c.relativeSpeaker(k) >= 0 || c.possessedPerson(k) || c.expertsOf(k) // ", South Korean officials say"; ", not Uganda,"; "who Washington says"; "Libya's Khalifa Haftar", "UN experts" (probe17.go)
	}
	c.tailSpeakers() // ", the army said.", « , a annoncé la mission de l'ONU. »
	c.mediators()    // "a ceasefire brokered by the United States and France"
	c.extendInstitutions()
	if demonym && !helpCue && c.relatesNothing(kept, hits, home) {
		return out
	}
	if d.question(s) {
		return out // "Is Iran arming them?": a question states nothing
	}
	lang := ""
	if len(ld.codes) == 1 {
		lang = ld.codes[0]
	}
	cands := sc.cands[:0]
	defer func() { clear(cands); sc.cands = cands[:0] }()
	collective, nouns := c.collectiveRules(lang)
	for _, h := range hits {
		if h.trig.Type == graph.Allied && slices.Contains(nouns, h.ts) {
			continue // "the AES, an alliance of Mali...": members, not allies
		}
		if h.trig.Type == graph.Supplies && h.trig.Voice == lexicon.Passive && c.inActiveSupply(hits, h) {
			continue // « L'Iran a acheminé des armes par la Syrie »: a route
		}
		pairs := c.triggerPairs(h)
		if o := c.goodsOrigin; o >= 0 && len(pairs) > 0 {
			// the goods' origin supplies their recipient too
			// (docs/CODEBOOK.md, origin by adjective only): "Libya sent
			// Emirati weapons to the RSF"
			for _, p := range pairs[:len(pairs):len(pairs)] {
				if p.typ == graph.Supplies && p.from != o && p.to != o && p.to < len(c.ms) && c.ms[p.to].actor.ID != c.ms[o].actor.ID {
					pairs = append(pairs, pairCand{from: o, to: p.to, typ: graph.Supplies, ts: p.ts, te: p.te, rule: lang + "/origin/supplies/goods"})
					break
				}
			}
		}
		if h.trig.Type == graph.Supplies && h.trig.Voice == lexicon.Passive && len(pairs) > 0 && c.trainingProvided(hits, h) {
			// "The training of Somali commandos was provided by Turkey":
			// training given, not goods
			for i := range pairs {
				pairs[i].typ = graph.Trains
				pairs[i].rule += "/training"
			}
		}
		if h.trig.Type == graph.Supplies && h.trig.Voice == lexicon.Passive && len(pairs) > 0 && c.recipientAgent(h.te) {
			// "Turkish drones acquired by Mali", « acheté par le Mali »:
			// the agent of a receiving participle is the recipient
			// (not a left actor another supplies trigger took: "Ukraine
			// received shells bought by the Czech Republic")
			pairs = slices.DeleteFunc(pairs, func(p pairCand) bool { return p.to < len(c.ms) && supplyBetween(hits, c.ms[p.to].te, h.ts) })
			for i := range pairs {
				pairs[i].from, pairs[i].to = pairs[i].to, pairs[i].from
				pairs[i].rule += "/agent"
			}
		}
		if h.trig.Type == graph.Allied && len(pairs) > 0 {
			c.trainersJoined(pairs, h, lang) // "trained with Russian instructors": Russia trains
		}
		if h.trig.Type == graph.Leads && len(pairs) > 0 && c.armyHead(h.ts, h.te) {
			// "X, the chief of the Pakistani army": no relation with the state
			pairs = slices.DeleteFunc(pairs, func(p pairCand) bool { return c.ms[p.to].actor.Kind == graph.KindState })
		}
		cands = append(cands, pairs...)
		if h.trig.Type == graph.Opposed {
			cands = append(cands, c.coFighters(h, pairs, lang)...)
		}
		if h.trig.Type == graph.Allied {
			cands = append(cands, c.endedPairs(h)...) // "revoked its defence agreement with"
		}
	}
	cands = append(cands, collective...)
	cands = append(cands, c.roleRules(lang)...)
	cands = append(cands, c.titleRules(lang)...)
	cands = append(cands, c.originRules(lang, hits)...)
	cands = append(cands, c.groupRules(lang)...)
	cands = append(cands, c.helpRules(lang)...)
	cands = append(cands, c.receivedRules(lang)...)
	cands = dropDependAllies(cands)
	cands = append(cands, c.supportRules(lang)...)
	cands = append(cands, c.ledRules(lang)...)
	cands = append(cands, c.possessorRules(lang)...)
	cands = append(cands, c.possessedUnits(lang)...)
	cands = append(cands, c.unitRules(lang)...) // « la force Radwan du Hezbollah » (wing20.go)
	cands = append(cands, c.whosePossessorRules(lang)...)
	cands = append(cands, c.troopRules(lang)...)
	cands = append(cands, c.contingentRules(lang)...)
	cands = append(cands, c.demonymContingents(lang, ms)...)
	cands = append(cands, c.demonymHelpRules(lang, ms)...) // "With Russian help, Mali retook Kidal" (open20.go)
	cands = append(cands, c.memberListRules(lang)...)
	cands = append(cands, c.includedMemberRules(lang)...)
	cands = append(cands, c.includedRecipients(lang, hits)...)
	cands = append(cands, c.designationRules(lang)...)
	cands = append(cands, c.deployedByRules(lang)...)
	cands = append(cands, c.withdrawalRules(lang)...)
	cands = append(cands, c.investitureRules(lang)...)
	cands = append(cands, c.facingRules(lang)...)
	if sanc := c.sanctionRules(lang); len(sanc) > 0 {
		cands = dropCoSanctioners(cands, sanc)
		cands = append(cands, sanc...)
	}
	cands = append(cands, c.embargoRules(lang)...)
	cands = append(cands, c.arrivedTrainerRules(lang)...)
	cands = append(cands, c.openerStateRules(lang)...)
	cands = append(cands, c.officeRules(lang)...)
	cands = append(cands, c.sanctionedHolders(lang, cands)...)
	cands = append(cands, c.coordRoles(lang, cands)...)
	cands = append(cands, c.possessiveLeaderRules(lang)...)
	cands = append(cands, c.wingAppositionRules(lang)...) // wing20.go
	cands = append(cands, c.unnamedWingRules(lang)...)    // "Hamas's armed wing" (wing20.go)
	cands = append(cands, c.possessiveCopulaRoles(lang)...)
	cands = append(cands, c.appositionPossessorRules(lang)...)
	if loc := c.locativeMemberRules(lang); len(loc) > 0 {
		cands = dropCoMembers(cands, loc)
		cands = append(cands, loc...)
	}
	cands = append(cands, c.locativeLeavingRules(lang)...)
	cands = append(cands, c.unsentRules(lang)...)
	cands = append(cands, c.expelRules(lang)...)
	cands = append(cands, c.takeRules(lang)...)
	cands = append(cands, c.missionRules(lang, ms)...)
	c.stateOf = x.stateFn
	cands = append(cands, c.headRules(lang)...)
	cands = append(cands, c.powerRules(lang)...)
	c.actorOf = x.actorFn
	c.predecessors = c.predecessors[:0]
	cands = append(cands, c.successionRules(lang)...)
	cands = c.dropPredecessors(cands)
	cands = append(cands, c.countRules(lang)...)
	cands = append(cands, c.underRules(lang)...)
	cands = append(cands, c.nominalSupportRules(lang)...)
	cands = append(cands, c.benefitRules(lang)...)
	cands = append(cands, c.recall19Rules(lang)...)
	cands = append(cands, c.hostedTrainerRules(lang)...) // open19.go
	if pin := c.partnersInRules(lang); len(pin) > 0 {
		cands = append(partnersNotAllied(cands, pin), pin...)
	}
	cands = append(cands, c.ellipsisRules(lang, cands)...)
	cands = append(cands, c.gappingRules(cands)...)
	cands = append(cands, c.alongWithRules(cands)...)
	cands = append(cands, c.possessiveTrainees(cands, lang)...) // "X arms Y and trains its pilots" (open19.go)
	c.helpedToTrain(cands, lang)                                // "Turkey helped Mali train its pilots" (open19.go)
	cands = c.respective(cands)                                 // "back the M23 and the ADF, respectively": in order
	cands = append(cands, c.notButRules(cands)...)
	cands = c.officialParties(cands) // "an agreement with the Turkish defence minister": with Turkey
	if len(c.extra) > 0 {
		kept = append(kept, c.extra...)
		out.mentions = kept
	}
	cands = c.placeHolders(cands, kept) // "shot dead at a camp held by X": X holds the camp
	cands = c.servedTargets(cands, kept, published)
	cands = c.ownAllies(cands, kept) // "Washington and its allies accuse Iran": not Iran's
	// "X, the army's main backer, has given it $3 billion": supplies only
	cands = c.backerSupplies(cands, kept)
	// "Katiba Macina, a JNIM unit led by Amadou Koufa": the unit's leader
	cands = c.unitLeaders(cands, kept)
	// "Mali and Burkina Faso cooperate within the AES": allied, members
	cands = c.memberNotAllied(cands, kept)
	// "the AES countries left ECOWAS": the states left, not the AES
	cands = c.statesNotMembers(cands, kept)
	cands = c.dropOneMember(cands, kept) // « un pays membre de l'Otan a abattu »: not NATO (gold19fr.go)
	// "attacked with Emirati drones", "received Russian instructors",
	// "has never admitted training"
	cands = c.lead17Pairs(cands, kept)
	cands = homeSupplier(cands, kept, home)
	cands = dropReversed(cands, kept)
	cands = dropSharedRoles(cands, kept) // « X, l'émir du Qatar, Tamim »: Tamim's role (gold19fr.go)
	cands = c.dropHostileObjects(cands)  // « a armé des clans hostiles au Hamas »: not the Hamas (gold19fr.go)
	cands = c.strikePlaces(cands, lang)  // "a strike on Beirut's southern suburbs": no party (wing20.go)
	if len(cands) == 0 {
		return out
	}
	view := c.findView() // "Turkey regards the YPG as a branch of the PKK"
	if cands = c.viewPairs(cands, view); len(cands) == 0 {
		return out
	}

	// Cues and dates.
	hedged := false
	// accused: the first accusation verb hedging the sentence, or -1;
	// it hedges only the triggers after it ("closed its border with
	// Rwanda, accusing it of arming the rebels": the closure is asserted)
	accused := -1
	// hedgeAt: the first hedge cues (for namingHedged)
	var hedgeAt [4]int
	nHedge := 0
	// hcues: the hedge cues but accusations (for cuesReach); past
	// len(hcues), every pair of the sentence is hedged
	var hcues [8]int
	nCues, cuesOver := 0, false
	var negs []int
	attribution := ""
	cues := ld.hedges.bit | ld.negations.bit | ld.attributions.bit
	marked := d.marked // startsAny's test, once
	for i := a; i < b; i++ {
		if marked {
			if i = nextMasked(d.toks, i, b, cues); i == b {
				break
			}
		}
		if ld.hedges.may(d, i) && ld.hedges.at(d, i, b, blocked) > 0 && !c.modalFrame(i) {
			if nHedge < len(hedgeAt) {
				hedgeAt[nHedge] = i
				nHedge++
			}
			if ld.rel.accuse.at(d, i, b, nil) == 0 {
				hedged = true
				if nCues < len(hcues) {
					hcues[nCues] = i
					nCues++
				} else {
					cuesOver = true
				}
			} else if accused < 0 {
				accused = i
			}
		}
		if ld.negations.may(d, i) && ld.negations.at(d, i, b, blocked) > 0 {
			negs = append(negs, i)
		}
		if !ld.attributions.may(d, i) {
			continue
		}
		if k := ld.attributions.at(d, i, b, blocked); k > 0 && attribution == "" {
			attribution = d.attribution(ld, i+k, b, s.end)
		}
	}
	if ld.rel.p17.ok && !d.none(ld.rel.p17.experts, a, b) {
		// "UN experts documented", « les enquêteurs de l'ONU ont
		// documenté »: what a source of experts reports is hedged
		// (docs/CODEBOOK.md, "UN experts"; lead18.go)
		for k := range c.ms {
			if c.noArg[k] && c.expertsOf(k) {
				hedged = true
				if nCues < len(hcues) {
					hcues[nCues] = c.ms[k].ts
					nCues++
				} else {
					cuesOver = true
				}
				break
			}
		}
	}
	if len(negs) > 0 && !d.none(ld.rel.negCancellers, a, b) {
		negs = cancelNegations(d, ld, a, b, negs)
	}
	if len(negs) > 0 {
		negs = c.doubleDenial(negs) // "It is not true that Turkey never armed" (probe17.go)
	}
	if len(negs) > 0 && ld.rel.hg.ok && !d.none(ld.rel.hg.contrast, a, b) {
		// "Rwanda, not Uganda, supplies": the cue sets an actor apart
		negs = slices.DeleteFunc(negs, func(i int) bool { return c.contrastAt(i) >= 0 || c.contrastAside(i) }) // (open19.go)
	}
	if len(negs) > 0 && !d.none(ld.rel.accusations, a, b) {
		// "rejects accusations that it armed", « dément les allégations
		// selon lesquelles »: a denial of others' claims reports them
		// (hedged), it does not negate (docs/CODEBOOK.md: an accusation
		// and a denial)
		n := 0
		for _, i := range negs {
			j := i + ld.negations.at(d, i, b, blocked)
			for j < b && ld.determiners.at(d, j, j+1, nil) == 1 {
				j++
			}
			if k := c.inMention(j); k >= 0 && c.ms[k].ts == j && c.ms[k].te+1 < b && ld.rel.possessiveSuffix[d.toks[c.ms[k].te].fold] {
				j = c.ms[k].te + 1 // "rejected Sudan's accusation that": the accuser's
			}
			if j < b && ld.rel.accusations.at(d, j, b, nil) == 0 {
				j = c.accusationPast(j) // "dismissed as baseless claims that"
			}
			if j < b && ld.rel.accusations.at(d, j, b, nil) > 0 {
				hedged = true
				if nCues < len(hcues) {
					hcues[nCues] = j
					nCues++
				} else {
					cuesOver = true
				}
				continue
			}
			negs[n] = i
			n++
		}
		negs = negs[:n]
	}
	dates := d.dates(ld, a, b, published)
	// clause[i-a] is the first token of the clause of token i: clauses
	// are cut at semicolons and at clause breaks, a coordinated reporting
	// verb too ("X denied arming Y and said it fought Z", « dément
	// soutenir le M23 et affirme se protéger contre les FDLR », "has not
	// sent weapons to Ukraine, though it has supplied shells to"), and a
	// comma, a coordinator and a subject pronoun ("did not join the
	// sanctions, and it received fighters from Russia"), and a second
	// predicate after a denial with an object of its own ("rejected the
	// talks and then attacked Ukraine"; deniedObjectEnds): a negation
	// before it does not reach past it.
	clause := sc.clause[a:b]
	gaps := sc.gaps[a:b] // newSctx's
	nk := 0              // the negation cues before token i
	for i, cl := a, a; i < b; i++ {
		for nk < len(negs) && negs[nk] < i {
			nk++
		}
		if nk > 0 && negs[nk-1] >= cl && c.deniedObjectEnds(negs[nk-1], i, blocked) {
			cl = i
		}
		if c.brk[i-a] {
			cl = i
		} else if g := gaps[i-a]; i > a && g&(gapHasSemicolon|gapHasComma) != 0 {
			if g&gapHasSemicolon != 0 {
				cl = i
			} else if i+1 < b && (ld.coord.may(d, i) && ld.coord.at(d, i, b, nil) == 1) && ld.rel.has(d, i+1, rwSubjectPronouns) {
				cl = i // ", and it received": a coordinated clause with its own subject
			}
		}
		clause[i-a] = cl
	}
	text, start, end := d.origSpan(s.start, s.end)
	reports := c.reportingClauses() // "A UN report says", ", officials said."

	seen := map[graph.RelKey]int{}
	var sentIdx *int // the evidence's SentenceIndex
	for _, p := range cands {
		from, to := kept[p.from], kept[p.to]
		if from.actor.ID == to.actor.ID || !p.typ.Allows(from.actor.Kind, to.actor.Kind) ||
			(p.typ == graph.Supplies && from.actor.Kind == graph.KindPerson) ||
			(p.typ == graph.MemberOf && from.actor.Kind == graph.KindPerson && len(from.actor.Leads) > 0 && from.actor.LedAt(published.String()) == to.actor.ID) {
			// the lexicon's leader of an actor is no member of it: « Viv
			// Ansanm, la coalition de gangs de Jimmy Chérizier »
			continue
		}
		if p.typ == graph.Leads && c.commands(to, from.actor, published) {
			continue // "his successor at the head of the army, General X": no leader of the state
		}
		if p.typ == graph.Leads && foreignInstitution(to, from.actor) {
			continue // "Min Aung Hlaing, who heads the junta, was received in Moscow" (probe17.go)
		}
		cp := p // where the cues are read: an ellipsis's earlier trigger
		if p.cte > 0 {
			cp.ts, cp.te = p.cts, p.cte
		}
		leaving := p.typ == graph.MemberOf && (c.leavingIn(cp.ts, cp.te) || strings.HasSuffix(p.rule, "/locative/leaving") || strings.HasSuffix(p.rule, "/withdrawal/leaving") || ld.rel.leaving.atFilled(d, cp.ts, b, ld.fillers) > 0 || c.troopsWithdrawn(p) || c.pastMember(cp.ts, from)) // « ont officiellement quitté », « a retiré ses troupes de » (lead18.go); "once belonged to" (open20.go)
		if leaving && to.te < b && (ld.rel.has(d, to.te, rwLeavingNot) || to.te+1 < b && ld.rel.has(d, to.te+1, rwLeavingNot)) {
			continue // "the attack left twenty peacekeepers dead"
		}
		if p.typ == graph.Supplies && c.trainingReceived(cp.ts) {
			continue // "receives military training from the UAE": no supply
		}
		if p.typ == graph.Supplies && strings.Contains(p.rule, "/passive") && c.demonymTraining(cp.ts, cp.te) {
			p.typ, p.rule = graph.Trains, p.rule+"/training" // "Malian pilots received Turkish training"
		}
		if c.buyerAfterPurchase(p, &from) {
			continue // « les achats de Belgrade »: the buyer (gold18fr.go)
		}
		if c.framedHostility(p) {
			continue // "stayed neutral during the fighting and urged the two countries" (gold18fr.go)
		}
		if p.typ == graph.Opposed && c.obstructed(from, to, cp.ts) || strings.HasSuffix(p.rule, "/cofight/allied") && c.obstruction(cp.ts) >= 0 {
			continue // "Hungary has blocked new sanctions against Russia": a disagreement
		}
		key := graph.RelKey{From: from.actor.ID, Type: p.typ, To: to.actor.ID}.Canonical()
		ends := p.typ == graph.Opposed && (c.measureEnded(cp.ts, cp.te) || c.designationEnded(cp)) || p.typ == graph.Allied && c.agreementEnded(cp.ts)
		negFrom := clause[cp.ts-a]
		if strings.HasSuffix(p.rule, "/founding/member_of/by") {
			// "Chad has not joined the AES formed by Mali": the
			// participle is a predication of its own
			negFrom = max(negFrom, p.ts)
		}
		if p.typ == graph.Leads && namingRule(p.typ, p.rule) {
			// a title or a leader's role is the narrator's naming: a
			// negation before a comma and a coordinator does not reach it
			// ("Belgrade denies supplying the group, and President Y has
			// called": Y still leads)
			for i := cp.ts - 1; i > negFrom; i-- {
				if d.gapHas(i, ',') && ld.coord.at(d, i, b, nil) > 0 || d.quoteClosesBefore(i) {
					negFrom = i // also past a closed quotation: « « Nous ne céderons pas », a déclaré le président X » (gold17fr.go)
					break
				}
			}
		}
		if len(negs) > 0 && c.negatedOutside(negs, negFrom, cp.ts) {
			for i := cp.ts - 1; i > negFrom; i-- {
				if c.hard[i-a] && (d.gapHas(i, ':') || d.gapHas(i, ';')) {
					negFrom = i // "Iran denies nothing: it arms Hezbollah openly" (lead18)
					break
				}
			}
		}
		if len(negs) > 0 && c.negatedOutside(negs, negFrom, cp.ts) {
			if i := c.contrastClause(negFrom, cp.ts); i > 0 {
				negFrom = i // « n'a pas envoyé de carburant, mais ses soldats mènent » (gold17fr.go)
			}
		}
		if len(negs) > 0 && c.negatedOutside(negs, negFrom, cp.ts) {
			if i := c.accusationJoin(negFrom, cp.ts); i > 0 {
				negFrom = i // "Kigali denies it and accuses Kinshasa of backing the FDLR" (open19.go)
			} else if i := c.joinedOthers(negFrom, cp.ts, from, to); i > 0 {
				negFrom = i // "Mali has not joined ECOWAS sanctions against Niger": the joining denied (open19.go)
			}
		}
		neg := c.negatedOutside(negs, negFrom, cp.ts) && !c.refusedByOther(negs, negFrom, cp.ts, kept, from, to) && !c.withoutAfterNegation(negs, negFrom, cp.ts)
		if neg && (namingRule(p.typ, p.rule) || p.typ == graph.Leads && c.appositionNaming(p, &from, &to)) && !c.namingNegated(negs, negFrom, cp.ts) {
			neg = false // « ils ont rejeté la proposition du président X »: X leads (gold18fr.go)
		}
		if strings.HasSuffix(p.rule, "/notbut") {
			neg = true // "not Russia but China delivered": Russia's claim is denied
		} else if neg {
			if _, y := c.notBut(cp.ts); y >= 0 && (p.from == y || p.to == y) {
				neg = false // and China's stands
			}
		}
		standing := c.standingPair(cp)
		ceased := !leaving && c.ceasedIn(negs, negFrom, cp.ts)
		if ceased && standing {
			// "Mali is no longer a member of ECOWAS", « a cessé sa
			// coopération »: a standing relation ended
			neg, ends = true, true
		} else if ceased && neg {
			// « ne fournit plus », "no longer supplies": the past
			// deliveries count (docs/CODEBOOK.md)
			neg = c.deniedPast(negs, negFrom, cp.ts)
		}
		pdenied := c.passiveDenial(cp.te)
		claimed := pdenied && !neg && c.phraseIn(ld.rel.accusations, a, cp.ts) // "The claim that Egypt supplied ... has been denied by Cairo"
		if claimed {
			pdenied = false
		}
		if !neg && c.withoutAny(cp.ts) && !c.negatedOutside(negs, negFrom, cp.ts) {
			neg = true // "advanced without any help from Rwanda" (deny18.go)
		}
		denied := (neg || c.objectNegated(cp.te) || pdenied || c.insteadBefore(cp.ts) >= 0 || c.withoutGerund(cp.ts) || ends) != leaving // "did not leave" is a membership
		// "Rwanda denies backing the M23, but UN experts say it does": a
		// denial and another's claim, hedged (docs/CODEBOOK.md)
		counter := denied && !leaving && !ends && (c.counterClaim(cp.te, from, to, p.typ) || c.contraryClaim(cp.ts, cp.te)) // (open19.go)
		if counter {
			denied = false
		}
		ended := denied && (ends || leaving)
		border := c.borderPair(p)
		if border && !denied && c.reopenedAfter(p.te) {
			denied, ended = true, true // « avait fermé sa frontière avec le Niger ; elle a été rouverte »
		}
		if r, ok := seen[key]; ok {
			if denied && !leaving && !out.relations[r].ev.Negated {
				// the sentence denies what another reading of it asserts
				// ("China, which ... providing ..., has never been shown
				// to supply weapons to Moscow"): the denial stands
				out.relations[r].ev.Negated = true
				out.relations[r].ev.Trigger = d.tokenText(p.ts, p.te)
				out.relations[r].ev.Rule = p.rule
				out.relations[r].ended = ended
			}
			continue
		}
		seen[key] = len(out.relations)
		// appo: the narrator's apposition naming an actor's leader, group
		// or ally ("Noor Wali Mehsud, the leader of the TTP, said that",
		// « l'ANL, alliée de longue date des Émirats, aurait reçu »):
		// asserted, unless a cue stands inside it
		appo := c.appositionNaming(p, &from, &to)
		if sentIdx == nil {
			// one for the sentence's evidence: no one writes through it
			if len(d.sentIdx) != d.sentCount {
				d.sentIdx = make([]int, d.sentCount)
			}
			sentIdx = &d.sentIdx[si]
			*sentIdx = si
		}
		ev := graph.ClaimEvidence{
			Sentence:      text,
			SentenceIndex: sentIdx,
			Start:         start,
			End:           end,
			Date:          c.evidenceDate(dates, p), // probe17.go
			Hedged:        (hedged && (cuesOver || c.cuesReach(hcues[:nCues], cp, clause)) || accused >= 0 && p.ts > accused && !c.inClosedRelative(accused, a, p.ts) && !strings.Contains(d.norm[d.toks[accused].end:d.toks[p.ts].start], ";")) && (!(namingRule(p.typ, p.rule) || appo) || c.namingHedgedAt(hedgeAt[:nHedge], p) || appo && c.cueIn(hedgeAt[:nHedge], p)),
			Negated:       denied,
			Attribution:   attribution,
			Trigger:       d.tokenText(p.ts, p.te),
			Rule:          p.rule,
			Extractor:     ID,
			Confidence:    ConfidenceAsserted,
		}
		if counter || claimed {
			ev.Hedged = true // a claim and its denial
		}
		if k := c.relativeSpeakerBefore(cp.ts); k >= 0 {
			ev.Hedged = true // "the Houthis, who Washington says are armed by Iran"
			if ev.Attribution == "" {
				ev.Attribution = d.tokenText(c.ms[k].ts, c.ms[k].te)
			}
		}
		if !ev.Hedged && !denied && c.deniedTail(cp.te) {
			ev.Hedged = true // ", a charge Tehran denies": an assertion and its denial
		}
		if view.reaches(cp.ts) && !view.holds(kept, p.from) && !view.holds(kept, p.to) {
			ev.Hedged = true // a party's view: "Ankara regards the YPG as a branch of the PKK"
			if ev.Attribution == "" && view.holder >= 0 {
				ev.Attribution = d.tokenText(kept[view.holder].ts, kept[view.holder].te)
			}
		}
		if speaker, ok := c.reported(&reports, kept, p, &from, &to); ok && !appo {
			ev.Hedged = true // reported speech of another than the actor
			if ev.Attribution == "" {
				ev.Attribution = speaker
			}
		}
		if ev.Hedged {
			ev.Confidence = ConfidenceHedged
		}
		if p.weak {
			ev.Confidence -= FallbackPenalty
		}
		if p.typ == graph.Supplies {
			ev.Supplied = d.supplied(ld, from, to, trigHit{ts: p.ts, te: p.te}, b, blocked)
		}
		denial := denied && !ended && !leaving && p.typ != graph.Leads && c.deniedBy(negs, negFrom, cp.ts)
		goods := ""
		if denial && p.typ == graph.Supplies {
			goods = c.particularGoods(cp.te)
		}
		admitted := !denied && c.admittedIn(negFrom, cp.ts)
		out.relations = append(out.relations, relation{key.From, key.To, key.Type, ev, ended, standing, border, denial, goods, admitted})
	}
	d.sc.relations = out.relations[:0]
	return out
}

// afterAlongside reports whether an "alongside" phrase ends right before
// token i, or before the one determiner before it ("alongside the FLA",
// « aux côtés du FLA »).
func (c *sctx) afterAlongside(i int) bool {
	d, ld := c.d, c.ld
	return (ld.rel.alongside.mayEnd(d, i) && ld.rel.alongside.endsAt(d, c.a, i) > 0) || (i-1 > c.a && (ld.determiners.may(d, i-1) && ld.determiners.at(d, i-1, i, nil) == 1) && (ld.rel.alongside.mayEnd(d, i-1) && ld.rel.alongside.endsAt(d, c.a, i-1) > 0))
}

// maxOwnedWords is how many lower-case words may name what an actor owns
// between an "alongside" phrase and the actor: « aux côtés des rebelles
// du FLA », "alongside special forces of the army".
const maxOwnedWords = 3

// ofWordBefore returns the of-word right before the mention starting at
// token i, an article between ("of the FLA", « du FLA »), with no comma
// before it; -1 when there is none.
func (c *sctx) ofWordBefore(i int) int {
	d, ld := c.d, c.ld
	if i-1 > c.a && !ld.rel.has(d, i-1, rwOf) && ld.determiners.may(d, i-1) && ld.determiners.at(d, i-1, i, nil) == 1 {
		i-- // "of the FLA"
	}
	if i-1 <= c.a || !ld.rel.has(d, i-1, rwOf) || c.comma[i-1-c.a] {
		return -1
	}
	return i - 1
}

// alongsideOwner reports whether the mention starting at token i owns
// what an "alongside" phrase names: « aux côtés des hommes du FLA »,
// "alongside fighters of the FLA". The FLA is then the ally, not the
// object of the trigger before.
func (c *sctx) alongsideOwner(i int) bool {
	d := c.d
	o := c.ofWordBefore(i)
	if o < 0 {
		return false
	}
	for p, n := o-1, 0; p > c.a && n < maxOwnedWords; p, n = p-1, n+1 {
		if d.toks[p].capital || c.trig[p-c.a] || c.comma[p+1-c.a] || c.inMention(p) >= 0 {
			return false
		}
		if c.afterAlongside(p) {
			return true
		}
	}
	return false
}

// alongsideModified reports whether the mention starting at token i
// ends a noun phrase an "alongside" phrase opens, with up to
// maxOwnedWords lower-case words between that are no preposition,
// trigger or actor: « aux côtés des forces gouvernementales syriennes »,
// "alongside elite Syrian units".
func (c *sctx) alongsideModified(i int) bool {
	d, r := c.d, c.ld.rel
	for p, n := i-1, 0; p > c.a && n < maxOwnedWords; p, n = p-1, n+1 {
		if !isLowerWord(d, p) || c.trig[p-c.a] || c.comma[p+1-c.a] || c.hard[p+1-c.a] || c.inMention(p) >= 0 || r.has(d, p, rwPrepositions) || r.has(d, p, rwOf) {
			return false
		}
		if c.afterAlongside(p) {
			return true
		}
	}
	return false
}

// ownedBySubject reports whether tokens [te, rs) are a possessive and at
// most two lower-case words (« sa mission », "its naval mission"): the
// actor at rs is the subject's own body, after a member_of trigger.
func (c *sctx) ownedBySubject(te, rs int) bool {
	if te >= rs || !c.ld.rel.has(c.d, te, rwPossessives) || rs-te > 3 {
		return false
	}
	for i := te + 1; i < rs; i++ {
		if !isLowerWord(c.d, i) || c.hardOrComma(i) {
			return false
		}
	}
	return !c.hardOrComma(rs)
}

// armingVerb reports whether the supplies trigger h ends with a verb
// whose object is the recipient ("has equipped Somali units", « a équipé
// des unités somaliennes »; arming_verbs): the troops after it are
// armed, not sent.
func (c *sctx) armingVerb(h trigHit) bool {
	rv := &c.ld.rel.rv
	if !rv.ok {
		return false
	}
	for i := h.ts; i < h.te; i++ {
		if rv.arming.may(c.d, i) && rv.arming.at(c.d, i, h.te, nil) == h.te-i {
			return true
		}
	}
	return false
}

// hostileBeforeIn reports whether an opposed trigger stands before token
// i in its clause (no hard or clause break between), with no passive
// marker between: the actor at i is its target, not its agent (« a été
// repoussé ... par les soldats ougandais »).
func (c *sctx) hostileBeforeIn(i int) bool {
	for k := i - 1; k >= c.a; k-- {
		if c.hard[k+1-c.a] || c.brk[k+1-c.a] || c.ld.passive.may(c.d, k) && c.ld.passive.at(c.d, k, k+1, nil) == 1 {
			return false
		}
		if c.trig[k-c.a] && c.trigType[k-c.a] == graph.Opposed {
			return true
		}
	}
	return false
}

// ownedConjunct returns the actor coordinated with what mention k owns
// (up to maxOwnedWords lower-case words and an of-word before k, then a
// coordinator): « l'armée malienne et des combattants du FLA », "the
// Malian army and fighters of the FLA"; -1 when there is none.
func (c *sctx) ownedConjunct(k int) int {
	d, ld := c.d, c.ld
	o := c.ofWordBefore(c.ms[k].ts)
	if o < 0 {
		return -1
	}
	i := o + 1
	p := i - 2
	for n := 0; p > c.a && n < maxOwnedWords && isLowerWord(d, p) && !c.trig[p-c.a] && c.inMention(p) < 0 && !c.comma[p+1-c.a]; n++ {
		if ld.coord.may(d, p) && ld.coord.at(d, p, p+1, nil) == 1 {
			break
		}
		p--
	}
	if p == i-2 {
		return -1 // no owned noun
	}
	if ld.determiners.may(d, p) && ld.determiners.at(d, p, p+1, nil) == 1 && !(ld.coord.may(d, p) && ld.coord.at(d, p, p+1, nil) == 1) {
		p--
	}
	if p <= c.a || !(ld.coord.may(d, p) && ld.coord.at(d, p, p+1, nil) == 1) || c.comma[p-c.a] {
		return -1
	}
	return c.mentionEndingAt(p)
}

// maxNominalGap is the most words between a nominal trigger's agent and
// its recipient marker, or between the recipient and the agent marker
// ("by Turkey of Bayraktar drones to").
const maxNominalGap = 6

// nominalParties reads a supplies or trains noun after an article, with
// no subject, whose object j is its agent (after a passive marker) with a
// recipient marker and an actor a few words later ("The delivery of
// drones by Turkey to Mali", « la livraison par la Russie d'hélicoptères
// au Mali »), or its recipient with the agent after it ("the sale of
// drones to Mali by Turkey"), or, right after the noun's of-word, its
// trainee or recipient with the agent after it ("the training of Somali
// troops by Turkey", "the arming of the RSF by the UAE"): it returns the
// supplier or trainer and the recipient, or -1, -1.
func (c *sctx) nominalParties(h trigHit, j int) (from, to int) {
	d, ld, ms := c.d, c.ld, c.ms
	sp := &ld.rel.sp
	if !sp.ok || h.ts <= c.a || !(ld.determiners.may(d, h.ts-1) && ld.determiners.at(d, h.ts-1, h.ts, nil) == 1 || c.goodsBeforeNoun(h.ts)) || c.activeAuxBefore(h.ts) {
		return -1, -1 // (goodsBeforeNoun: "arms deliveries by Rwanda to", open19.go)
	}
	// the mention after a marker of set within maxNominalGap lower-case
	// words after token at, or -1
	after := func(at int, marker func(int) int) int {
		for k := at; k < c.b && k <= at+maxNominalGap && !c.hardOrComma(k); k++ {
			if n := marker(k); n > 0 {
				e := k + n
				for e < c.b && ld.determiners.at(d, e, e+1, nil) == 1 && c.inMention(e) < 0 {
					e++
				}
				if m := c.inMention(e); m >= 0 && ms[m].ts == e && !c.noArg[m] {
					return m
				}
				return -1
			}
			if c.inMention(k) >= 0 || c.trig[k-c.a] {
				return -1
			}
		}
		return -1
	}
	recipient := func(k int) int {
		n := sp.recipient.at(d, k, c.b, nil)
		if n == 0 && sp.recipientFirst[d.toks[k].fold] {
			n = 1 // "to Mali" (recipient_markers' first words)
		}
		return n
	}
	agent := func(k int) int { return ld.passive.at(d, k, c.b, nil) }
	if d.agentBefore(ld, h.te, ms[j].ts) {
		if r := after(ms[j].te, recipient); r >= 0 && ms[r].actor.ID != ms[j].actor.ID {
			return j, r
		}
		return -1, -1
	}
	if c.ofSupplier(h, j) {
		// « des livraisons d'armes du Rwanda au M23 »: the goods in the
		// noun, its of-word names the supplier (open19.go)
		if r := after(ms[j].te, recipient); r >= 0 && ms[r].actor.ID != ms[j].actor.ID {
			return j, r
		}
	}
	// the recipient first: a recipient marker right before j
	k := ms[j].ts
	for k > h.te && ld.determiners.at(d, k-1, k, nil) == 1 {
		k--
	}
	// "the training of Somali troops by Turkey", « la formation des
	// soldats somaliens par la Turquie »: the noun's of-word, a few
	// lower-case words, then the trainee or recipient
	ofAt := -1
	if ld.rel.has(d, h.te-1, rwOf) {
		ofAt = h.te - 1
	} else if h.te < c.b && ld.rel.has(d, h.te, rwOf) {
		ofAt = h.te
	}
	kj := ms[j].ts
	ofNoun := ofAt >= 0 && kj > ofAt && kj-ofAt <= 3
	for q := ofAt + 1; ofNoun && q < kj; q++ {
		ofNoun = isLowerWord(d, q) && !c.hardOrComma(q) && !c.trig[q-c.a]
	}
	if k < h.te || !ofNoun && (k == h.te || sp.recipient.endsAt(d, h.te, k) == 0 && !sp.recipientFirst[d.toks[k-1].fold]) {
		return -1, -1
	}
	if a := after(ms[j].te, agent); a >= 0 && ms[a].actor.ID != ms[j].actor.ID {
		return a, j
	}
	return -1, -1
}

// selfAnaphor reports whether mention j, after the trigger at token ts,
// is an anaphor standing for an actor the clause names by name before
// the trigger, as its subject (no trigger before it): a clause does not
// name its own actor again by a
// description as the object of its verb (« Wagner a quitté le Mali après
// avoir combattu les rebelles »: the rebels are not Wagner).
func (c *sctx) selfAnaphor(j, ts int) bool {
	m := c.ms[j]
	if m.form.Role != roleAnaphor || m.ts < ts {
		return false
	}
	for k := 0; k < len(c.ms) && c.ms[k].te <= ts; k++ {
		if c.ms[k].actor.ID == m.actor.ID && c.ms[k].form.Role != roleAnaphor && !c.breakIn(c.ms[k].te, ts) && c.noTriggerBefore(c.ms[k].ts) {
			return true
		}
	}
	return false
}

// noTriggerBefore reports whether no trigger stands in the sentence
// before token i: an actor there is a subject, not an earlier verb's
// object ("Russia denied supplying Mali and training its army": its army
// may be Mali's).
func (c *sctx) noTriggerBefore(i int) bool {
	for k := c.a; k < i; k++ {
		if c.trig[k-c.a] {
			return false
		}
	}
	return true
}

// relatesNothing reports whether the sentence, whose kept mentions are
// kept and trigger hits hits, can relate no pair: fewer than two actors,
// and none of the cases where one suffices. It reads neither noArg nor
// what extendInstitutions changes (analyse asks it before them when no
// mention is a demonym).
func (c *sctx) relatesNothing(kept []mention, hits []trigHit, home *lexicon.Actor) bool {
	d, ld, a, b := c.d, c.ld, c.a, c.b
	// A head of state alone may still lead (headRules); "X is led by
	// NAME" (triggerPairs) and "le président irakien, NAME" (roleRules)
	// with a name no dictionary knows, and "Its armed wing, X," the
	// actor before (possessiveLeaderRules); a supplier or trainer alone
	// may supply or train the home state (triggerPairs); one attacking
	// "its positions" or "it" attacks the subject before (pronounObject,
	// pronounAfterTrigger); « Face à
	// lui, X » faces the subject before (facingRules).
	return len(kept) < 2 && (len(kept) == 0 || kept[0].actor.Kind != graph.KindPerson) && !leadsPassive(hits, len(kept)) && !(len(kept) == 1 && (c.phraseIn(ld.rel.leaderRoles, a, b) || (ld.rel.has(d, a, rwPossessives) && c.phraseIn(ld.rel.memberRoles, a, b)))) &&
		!(len(kept) == 1 && home != nil && kept[0].actor.ID != home.ID && toHome(hits)) && !(len(kept) == 1 && (c.locativeMember() || c.locativeLeaving() || c.unsentFrom())) &&
		!(len(kept) == 1 && c.prevSubject != nil && (c.possessedTarget(hits) || c.pronounAfterTrigger(hits))) && !(len(kept) == 1 && c.prevSubject != nil && d.is(a, ld, classPossessive)) &&
		!(len(kept) == 1 && c.prevSubject != nil && ld.rel.bl.ok && ld.rel.bl.facing.at(d, a, b, nil) > 0) && // « Face à lui, X »: facingRules
		!(len(kept) == 1 && c.prevSubject != nil && c.phraseIn(ld.rel.memberRoles, a, b) && c.possessiveIn(a, b)) // "Uganda is its largest troop contributor": possessiveCopulaRoles
}

// hostileIn reports whether an opposed trigger stands in tokens [lo, hi)
// ("to repel": the verb after the infinitive's marker).
func (c *sctx) hostileIn(lo, hi int) bool {
	for i := max(lo, c.a); i < hi && i < c.b; i++ {
		if c.trig[i-c.a] && c.trigType[i-c.a] == graph.Opposed {
			return true
		}
	}
	return false
}

// triggerPairs returns the pairs of actors a trigger relates: its subject
// (with the actors listed with it) and its object (with theirs), ordered
// by the trigger's voice; an active trigger whose object follows a
// passive marker ("par", "by") reads as passive (rule suffix "/by"). An
// ally named by "aux côtés de"/"alongside" is not the object of the
// trigger, and shares the subject's enemies. Failing that, for symmetric
// types, two actors after the trigger joined by a pair link ("entre X et
// Y", suffix "/between"). For leads, a title between an organisation and
// a person ("RSF commander Dagalo") is read person first (suffix "/kinds").
func (c *sctx) triggerPairs(h trigHit) []pairCand {
	d, ld, ms := c.d, c.ld, c.ms
	c.goodsOrigin = -1
	t := h.trig.Type
	rule := h.rule
	if rule == "" {
		rule = triggerRule(h.trig)
	}
	if t == graph.Supplies && c.originTrigger(h.ts) {
		return nil // "Emirati-supplied weapons": an origin (originRules)
	}
	if t == graph.Supplies && (c.tradeOnly(h.te) || c.tradeBefore(h.ts)) {
		return nil // "Israel, which buys oil from Baku,": business (hedge.go)
	}
	if t != graph.MemberOf && ld.rel.memberRoles.may(d, h.ts) && ld.rel.memberRoles.at(d, h.ts, c.b, nil) > h.te-h.ts {
		return nil // "the armed wing of the AFC": a member role (roleRules), not "armed"
	}
	if t == graph.Opposed && c.hostileObject(h.ts, h.te) {
		return nil // « soutient les ennemis du Mali »: no enemy of Mali's (lead18.go)
	}
	if c.qualifyingParticiple(h) {
		return nil // « des fusils acheminés depuis le Pérou par des réseaux du CJNG »: the agent supplies (lead20.go)
	}
	if t == graph.Supplies && c.hostileOverGoods(h.ts) {
		return nil // "JNIM blockaded fuel deliveries to Bamako": the deliveries are the hostile act's object (lead18.go)
	}
	if t == graph.Allied && c.ld.rel.l18.ok && !d.none(c.ld.rel.l18.supportNouns, h.ts, h.te) {
		if x, _, _ := c.nominalSupportAt(h.ts); x >= 0 {
			return nil // « a dénoncé le soutien de l'Algérie aux rebelles »: nominalSupportRules (lead18.go)
		}
	}
	if t == graph.Allied && c.verbalSupport(h.ts) {
		return nil // "voiced support for Pakistan": support in words (gold20en.go)
	}
	if t == graph.Opposed && c.armedPurpose(h.ts) {
		return nil // "the militia that the United States armed to fight the Islamic State": a purpose (gold20en.go)
	}
	if t == graph.MemberOf && c.reportedPluralMembers(h.ts) {
		return nil // "Trump said they were members of Tren de Aragua" (gold20en.go)
	}
	if t == graph.Allied && c.ownedAllyRole(h.ts) {
		return nil // "Hezbollah, an Iranian ally, attacked Israel": a role in apposition (roleRules; lead18.go)
	}
	if k := c.inMention(h.ts - 1); k >= 0 && c.ms[k].te == h.ts && c.noArg[k] && c.backerCompound(c.ms[k]) {
		return nil // "Israel struck the Iran-backed Houthis": ledRules reads "backed"
	}
	if k := c.inMention(h.ts - 1); k >= 0 && c.ms[k].te == h.ts && c.compoundApposition(k) >= 0 {
		if _, ok := c.compoundAfter(c.ms[k]); ok {
			return nil // ", the Iran-backed militia that Washington blames": ledRules
		}
	}
	// allies: mentions right after an "alongside" phrase
	ally := func(j int) bool {
		return c.afterAlongside(ms[j].ts) || c.alongsideOwner(ms[j].ts) || c.alongsideModified(ms[j].ts)
	}
	if t == graph.Leads && c.objectOfOtherTrigger(h.ts) {
		return nil // « Israël a tué le chef du Hamas »: the leader is the verb's object (lead18.go)
	}
	if t == graph.Leads {
		// "the deputy commander of the RSF": a member role holds the
		// trigger; the deputy does not lead
		for k := max(c.a, h.ts-3); k < h.ts; k++ {
			if n := ld.rel.memberRoles.at(d, k, c.b, nil); n > 0 && k+n > h.ts {
				return nil
			}
		}
	}
	if t == graph.Allied && h.ts > c.a && ld.rel.has(d, h.ts-1, rwInSupport) {
		return c.inSupportOf(h.ts, h.te, h.trig.Lang) // « en soutien aux FAMa »
	}
	if t == graph.Allied && c.inHelpPhrase(h) {
		return nil // "combat le M23 avec l'appui des FDLR": helpRules
	}
	if t == graph.Leads && h.trig.Voice == lexicon.Active && c.indefiniteBefore(h.ts) {
		return nil // « Amadou Koufa, un chef du JNIM »: one of several (roleRules)
	}
	if t == graph.Leads && h.trig.Voice == lexicon.Active && c.nonActorRelativeObject(h.ts) {
		return nil // « l'opération Haskanite, qu'il a dirigée »: no actor led (gold17fr.go)
	}
	if t == graph.MemberOf && ld.rel.memberRoles.at(d, h.ts, c.b, nil) > 0 && !c.copulaBefore(h.ts) {
		return nil // "killed members of the VDP": a role noun needs "is", "X, a member of"
	}
	if c.intended(h.ts) || (t == graph.Leads && c.former(h.ts)) || (t == graph.Allied && c.formerNotAux(h.ts)) || (t == graph.Opposed && (c.benefactive(h.te) || c.legalStep(h.ts, h.te) || c.envoyObject(h.ts, h.te) || c.expelledEnvoy(h.ts, h.te))) ||
		(t == graph.Allied && (c.nonSecurity(h.te) || c.nonSecurityBefore(h.ts))) || (t == graph.Supplies && (c.notSupplied(h.te) || c.supportOnly(h.te) || c.embargoed(h.ts) || c.intentOpensAt(h.ts))) || (t == graph.Trains && c.notTrained(h.te)) {
		return nil
	}
	if t == graph.Opposed && c.requestedHelpAgainst(h.ts) {
		return nil // « a réclamé l'aide de la Russie contre les FSR »: a request (open19.go)
	}
	noArg := func(j int) bool { return c.noArg[j] }
	// allyListed: an ally, or an actor listed after one ("aux côtés du
	// M23 et Kigali contrôle"): no object of the trigger
	allyListed := func(j int) bool {
		for ; j >= 0; j-- {
			if ally(j) {
				return true
			}
			if j == 0 || ms[j-1].te > ms[j].ts || d.gapKind(ld, ms[j-1].te, ms[j].ts) == gapNone {
				return false
			}
		}
		return false
	}
	skipObj := func(j int) bool { return c.noArg[j] || (t != graph.Allied && allyListed(j)) }
	left := c.subject(h.ts, noArg)
	if t == graph.Leads && h.trig.Voice == lexicon.Passive {
		left = c.commandAntecedent(h, left) // "X, which fought Y ... under the command of Z" (gold17en.go)
	}
	left = c.coordRelativeSubject(h, left)  // "X, who ruled Cambodia ... and still heads the CPP" (gold18en.go)
	left = c.coordRoleHolder(h, left)       // "Bola Tinubu, Nigeria's president and the chairman of ECOWAS" (gold18en.go)
	left = c.roleComplementSubject(h, left) // "led by X, former vice-president of Srpska Lista, ..., attacked" (gold18en.go)
	right := c.object(h.te, skipObj)
	goodsTarget := false
	if (t == graph.Supplies || t == graph.Trains) && h.trig.Voice == lexicon.Passive && c.goodsRelativeActor(left, h.ts) {
		left, goodsTarget = -1, true // "The drones that struck Khartoum were supplied by": a target, and no home recipient (lead18.go)
	}
	if t == graph.Supplies && right >= 0 && c.smuggledFrom(right) {
		right = -1 // "buys weapons smuggled from the United States": a place the goods left, no supplier (open19.go)
	}
	if t == graph.Opposed && c.supplierOfGoodsSubject(left, h.ts) {
		left = -1 // "The drones Turkey sold to Mali were used against the FLA": the seller is no user (open19.go)
	}
	if t == graph.Allied && h.trig.Voice == lexicon.Active && c.notAlliedObject(h.ts, h.te, right) {
		right = -1 // "helped "liberate" the area from Ukrainian forces", "backed Mali's enemies" (lead18.go)
	}
	if right >= 0 && (t == graph.Opposed || t == graph.Allied) && h.trig.Voice == lexicon.Active && c.placeAfterObject(h.te, right) {
		right = -1 // « a combattu les jihadistes au Mali »: a place (lead18.go)
	}
	if t == graph.Supplies && right >= 0 && c.visitGuest(h, right) {
		return nil // « Le Mali a reçu le Tchad »: a visit (probe17.go)
	}
	if (t == graph.Supplies || t == graph.Trains) && left >= 0 && ms[left].te <= h.ts && c.permitted(left, h.ts) {
		return nil // "Chad denies allowing Emirati planes to deliver weapons": no agent (probe17.go)
	}
	if (t == graph.Supplies || t == graph.Trains) && c.requestedOf(h.ts) {
		return nil // « a demandé à la Russie de lui livrer des drones »: a request (probe17.go)
	}
	if t == graph.Leads && c.afterVisit(h.ts) {
		return nil // "Chad hosted the head of the RSF": a guest (probe17.go)
	}
	if (t == graph.Supplies || t == graph.Trains) && c.territoryUsed(h.ts) {
		return nil // "allowed its territory to be used to arm": no agent (probe17.go)
	}
	if t == graph.Supplies && h.trig.Voice == lexicon.Active && right >= 0 && c.equipmentOrigin(right) {
		// "Libya sent Emirati weapons to the RSF", « des livraisons
		// d'armes émiraties »: the goods' origin, no recipient
		origin := right
		right = c.object(h.te, func(j int) bool { return j == origin || skipObj(j) })
		c.goodsOrigin = origin
		if left < 0 && right >= 0 {
			// « les livraisons d'armes turques au Mali »: no sender
			// named, the origin supplies
			left, c.goodsOrigin = origin, -1
		}
	}
	if t == graph.Trains && h.trig.Voice == lexicon.Active && left >= 0 && right >= 0 && ms[left].te <= h.ts && ms[right].ts >= h.te && c.passiveAux(h.ts) && c.lowerAuxBefore(h.ts) &&
		!d.agentBefore(ld, h.te, ms[right].ts) && !c.equipmentOrigin(right) && !c.reflexiveAux(h.ts) {
		// "Chadian officers were trained at French military academies",
		// « ont été formés dans des écoles françaises »: a passive
		// participle; its subject is the trainee
		left, right = right, left
	}
	if right >= 0 && c.selfAnaphor(right, h.ts) {
		right = -1 // « Wagner a quitté le Mali après avoir combattu les rebelles »: not Wagner
	}
	if t == graph.Trains && h.trig.Voice == lexicon.Active && left >= 0 && right >= 0 && c.foundedGroup(h, left, right) {
		return nil // « Le MNLA et le HCUA ont formé le CSP-DPA »: founded (groupRules), not trained
	}
	if (t == graph.Leads || t == graph.MemberOf) && right >= 0 && c.possessesNoun(right) {
		right = -1 // "the head of Iran's Supreme National Security Council": of the council
	}
	if t == graph.MemberOf && right >= 0 && ms[right].ts >= h.te && c.modifiesHostile(right) {
		right = -1 // "has joined ECOWAS sanctions against Niger": the sanctions (probe17.go)
	}
	if t == graph.Supplies && h.trig.Voice == lexicon.Active && left >= 0 && c.supplierNoun(h.ts, h.te) && c.possessorBefore(left, h.ts) {
		// "Armenia's largest arms supplier, according to officials, is
		// Russia": the possessor receives
		left, right = right, -1
		if left >= 0 {
			right = c.possessorIndex(h.ts)
		}
	}
	if t == graph.Supplies && h.trig.Voice == lexicon.Active && left >= 0 && right >= 0 && ms[left].te <= h.ts && ms[right].ts >= h.te && c.supplierNoun(h.ts, h.te) && c.possessiveBefore(h.ts) {
		// « Le Niger a perdu son principal fournisseur d'armes, la
		// France »: the possessive is the subject's, who receives
		left, right = right, left
	}
	// noHome: the sentence names where the goods went, past a relative
	// on them (goodsRelative): no home recipient then
	noHome := false
	if t == graph.Supplies && h.trig.Voice == lexicon.Passive && left >= 0 && ms[left].te <= h.ts && c.sourceObject(left) && !c.recipientAgent(h.te) {
		// "Mali's purchase of drones from Turkey was financed by the
		// junta": a source receives nothing, nor does the home state
		// when it is that source
		home := c.recipientHome()
		noHome = home != nil && home.ID == ms[left].actor.ID
		left = -1
	}
	if (t == graph.Supplies || t == graph.Trains) && h.trig.Voice == lexicon.Active && right >= 0 && c.goodsRelative(h.te, ms[right].ts) {
		right, noHome = -1, true // "supplied the drones that have hit Ukrainian cities"
	}
	if t == graph.Supplies && right >= 0 && ms[right].ts >= h.te && c.againstBefore(ms[right].ts) {
		right = -1 // « ont été envoyés contre les shebab », "sent against al-Shabaab": an enemy, no recipient
	}
	if t == graph.Supplies && h.trig.Voice == lexicon.Active && right >= 0 && c.placeRecipient(h.te, ms[right].ts) {
		right = -1 // "deployed troops to the northern border in February to avert US tariffs": a place
	}
	if t == graph.MemberOf && h.trig.Voice == lexicon.Active && right >= 0 && ms[right].ts > h.te+1 && c.companionBefore(h.te, ms[right].ts) {
		right = -1 // "took part in talks with the RSF": a partner, not what it belongs to
	}
	if t == graph.Supplies && left >= 0 && left < len(ms) && ms[left].te <= h.ts && ms[left].actor.Kind != graph.KindState && c.maker(left, c.a) {
		// "The drones, made by Baykar, were delivered to Bamako": the
		// maker only if it delivered (docs/CODEBOOK.md); a state making
		// them makes them its own, as "Turkish-made" does
		left = -1
	}
	if t == graph.Opposed && left >= 0 && ms[left].te <= h.ts && c.sourceObject(left) && c.phraseIn(ld.equipment, ms[left].ts-5, ms[left].ts) {
		left = -1 // "Weapons from Iran were seized by the US Navy": the goods' source, no party (docs/CODEBOOK.md, sent but intercepted)
	}
	if t == graph.Opposed && left >= 0 && ms[left].te < h.ts && c.equipmentOrigin(left) {
		if p := c.passiveBetween(ms[left].te, h.ts); p >= 0 {
			// "Chinese drones were used against the RSF": the goods'
			// origin, not who used them; "were used by the army
			// against": the agent
			left = c.agentAfterWord(p)
		}
	}
	if t == graph.Trains && h.trig.Voice == lexicon.Passive && right >= 0 {
		if k := c.agentAfter(right); k >= 0 {
			right = k // "trained in Mali by Russian instructors": the agent trains, not the place
		}
	}
	if t == graph.Trains && h.trig.Voice == lexicon.Active && right >= 0 && ms[right].ts > h.te && h.te < c.b && ld.rel.prepositions[d.toks[h.te].fold] && c.equipmentOrigin(right) {
		right = -1 // "Malian pilots trained on Russian jets", « entraînés sur des avions russes »: the jets' origin
	}
	if t == graph.Trains && h.trig.Voice == lexicon.Active && right >= 0 && c.companionBefore(h.te, ms[right].ts) {
		right = -1 // « forme avec le Mali et le Niger la Confédération », "trains with France": a partner, no trainee
	}
	if (t == graph.Supplies || t == graph.Trains) && right >= 0 && c.betweenIn(h.te, ms[right].ts) {
		right = -1 // "obtained a reconciliation between Addis Ababa and Mogadishu": a pair, no party
	}
	if t == graph.MemberOf && right >= 0 && c.ms[right].ts >= h.te {
		if k := c.namedMission(right); k >= 0 {
			right = k // "contribute troops to the African Union mission AUSSOM": the mission (prec19.go)
		}
	}
	if t == graph.Opposed && right >= 0 && c.retaliatedVictim(h, right) {
		right = -1 // "in retaliation for the killing of Hezbollah leader Hassan Nasrallah": the victim (prec19.go)
	}
	if l, r := c.brokeredPair(h, left, right); l != left || r != right {
		left, right = l, r // « a parrainé un accord entre le Rwanda et la RDC », "China brokered a ceasefire between" (prec19.go)
	}
	if t == graph.MemberOf && h.trig.Voice == lexicon.Passive && right >= 0 && c.restrictiveRelative(h.te, ms[right].ts) {
		right = -1 // "an alliance of Pakistani factions that shares its ideology with the Taliban"
	}
	if t == graph.Opposed && h.trig.Voice == lexicon.Active && right >= 0 && c.nounTarget(h.te, ms[right].ts) {
		right = -1 // « la lutte contre les groupes jihadistes la priorité de son régime »: the groups
	}
	if t == graph.Opposed && right >= 0 && !c.againstBefore(ms[right].ts) {
		for j := right - 1; j >= 0 && ms[j].ts >= h.te; j-- {
			if ally(j) {
				// « combattent aux côtés du M23 et Kigali contrôle le
				// mouvement »: past an ally, the adversary follows
				// "against" (« contre »)
				right = -1
				break
			}
		}
	}
	if l, r, ok := c.reactionSubject(h, left, skipObj); ok {
		left, right = l, r // "Turkey condemned the attack by the RSF on": the RSF attacked
	}
	if (t == graph.Trains || t == graph.Supplies) && h.trig.Voice == lexicon.Active && right >= 0 && c.ms[right].ts > h.te && c.ownedTroopsAt(h.te) {
		right = -1 // "Mali trains its soldiers with Russian help": the trainees are its soldiers (pronounObject)
	}
	if s := c.insteadBefore(h.ts); s >= 0 && h.trig.Voice == lexicon.Active {
		left = c.insteadSubject(s, h.ts, noArg) // "Turkey sold drones to Ethiopia instead of supplying Somalia": Turkey
	} else if s := c.nonFiniteBefore(h.ts); s >= 0 && h.trig.Voice == lexicon.Active {
		if p := c.nonFiniteSubject(s, h.ts, noArg); p >= 0 && p != right {
			left = p // "turned to Russia after expelling French troops": the clause's subject (lead18.go)
		}
	}
	if p, ok := c.pronounObject(h, left, right); ok {
		if p < len(ms) {
			right = p // "with the UAE fighting alongside it": the sentence's first actor
		} else {
			return c.pronounPairs(h, left, p, rule) // « l'avaient repoussée »: the actor before
		}
	}
	if t == graph.Opposed && right >= 0 && c.companion(right) && c.jointBefore(h.ts) {
		right = -1 // "joint raids with American aircraft": a partner
	}
	if h.trig.Voice == lexicon.Active {
		if k, ok := c.accusedSubject(h.ts); ok {
			left = k // the accused, not the accuser; -1 when unnamed
		}
	}
	if left >= 0 && h.trig.Voice == lexicon.Active && c.unresolvedPronounBefore(left, h.ts) {
		// "Egypt, which backed Haftar's offensive on Tripoli, rejects
		// accusations that it sent": the denier, not Tripoli
		if f := c.firstArg(); f >= 0 && f <= left && ms[f].actor.Kind != graph.KindPerson {
			left = f
		} else {
			left = -1
		}
	}
	if left < 0 && right >= 0 && h.ts-c.a <= 1 && (h.trig.Voice == lexicon.Passive || d.agentBefore(ld, h.te, ms[right].ts) || h.te-h.ts > 1 && d.agentBefore(ld, h.te-1, ms[right].ts)) {
		// "Backed by Russian mercenaries, the Malian army retook Kidal",
		// « Formés par la Turquie, les commandos somaliens ... »: the
		// subject follows the participle's clause; the agent marker may
		// end the trigger (« Appuyé par les Émirats, le CTS », recall19)
		if k := c.firstAfterComma(ms[right].te); k >= 0 && k != right {
			left = k
		}
	}
	if (left < 0 || right >= 0 && ms[left].actor.ID == ms[right].actor.ID) && right >= 0 && h.trig.Voice == lexicon.Active && h.ts > c.a && c.comma[h.ts-c.a] && ld.rel.gerund(d.toks[h.ts].fold) {
		// "Boko Haram fighters overran the base, killing 40 Chadian
		// soldiers": a trailing participle clause has the sentence's subject
		if k := c.firstArg(); k >= 0 && k != right && ms[k].te <= h.ts && ms[k].actor.Kind != graph.KindPerson && ms[k].actor.ID != ms[right].actor.ID {
			left = k
		}
	}
	if left < 0 && right >= 0 && h.trig.Voice == lexicon.Active && c.inOpeningParticiple(h.ts) {
		// « Déployée en décembre 2023 pour épauler l'armée congolaise, la
		// SAMIDRC ... »: the subject follows the opening phrase
		if k := c.firstAfterComma(ms[right].te); k >= 0 && k != right {
			left = k
		}
	}
	if left >= 0 && h.trig.Voice == lexicon.Active && c.contrastPossessive(h.ts) {
		// « L'Ouganda ne fait pas partie de la SAMIDRC, mais ses soldats
		// traquent les ADF »: the sentence's first actor (gold17fr.go)
		if f := c.firstArg(); f >= 0 && f < left && ms[f].te <= h.ts && ms[f].actor.Kind != graph.KindPerson {
			left = f
		}
	}
	if left >= 0 && right >= 0 && h.trig.Voice == lexicon.Active && !t.Symmetric() && c.invertedSubject(h, left, right) {
		left, right = right, left // « le JNIM, que dirige Iyad Ag Ghaly »: Iyad Ag Ghaly leads
	}
	if left >= 0 && h.trig.Voice == lexicon.Active && (right < 0 || c.commas(h.te, ms[right].ts) > 0 && ms[right].ts > h.te) {
		// "the EAC, to which both countries belong": the antecedent; also
		// before an actor past the comma that closes the relative, the
		// main clause's (« Les Houthis, que l'Iran finance, combattent
		// Israël »: the Houthis, not Israel)
		if o := c.relativeObject(c.d.group(ld, ms, left, -1)[0]); o >= 0 && !c.noArg[o] {
			right = o
		}
	}
	if t == graph.Trains && h.trig.Voice == lexicon.Passive && left >= 0 && ms[left].te == h.ts && ms[left].actor.Kind == graph.KindOrganisation && ld.rel.foundingParts.at(d, h.ts, c.b, nil) > 0 {
		// « l'AES formée par le Mali, le Burkina Faso et le Niger »:
		// founded (foundedBy), not trained
		if by, ok := c.foundedBy(h.ts, h.ts+1, h.trig.Lang); ok && len(by) > 0 && !slices.ContainsFunc(by, func(p pairCand) bool { return ms[p.from].actor.Kind == graph.KindCompany }) {
			return by // (a company trains: "formée par Aegis Defence Services")
		}
	}
	if t == graph.Supplies && left >= 0 && right < 0 && h.trig.Voice == lexicon.Passive {
		// "Iran, from which Sudan bought drones", « l'Iran, à qui
		// l'armée a acheté des drones »: the antecedent is the source
		if o := c.relativeObject(c.d.group(ld, ms, left, -1)[0]); o >= 0 && !c.noArg[o] {
			right = o
		}
	}
	if left < 0 && right >= 0 && h.trig.Voice == lexicon.Active && t != graph.Leads && t != graph.MemberOf && c.possessiveOpening(h.ts) == c.a && h.ts-c.a <= 2 {
		// « La Chine a appelé à la retenue. Son partenariat avec
		// Islamabad inclut des manœuvres conjointes »: the possessor is
		// the actor opening the sentence before
		if a := c.prevSubject; a != nil && a.Kind != graph.KindPerson && a.ID != ms[right].actor.ID {
			from := c.addExtra(mention{ts: c.a, te: c.a, actor: a, form: lexicon.Form{Text: a.Name, Role: roleAnaphor}})
			var out []pairCand
			for _, g := range c.cutRight(d.group(ld, ms, right, +1)) {
				if ms[g].actor.ID != a.ID {
					out = append(out, pairCand{from: from, to: g, typ: t, ts: h.ts, te: h.te, rule: rule + "/possessive", weak: true})
				}
			}
			return out
		}
	}
	if t == graph.Leads && h.trig.Voice == lexicon.Passive && right < 0 && left >= 0 {
		// "le groupe Ansarul Islam, dirigé par Jafar Dicko": a name no
		// dictionary knows
		if p := c.nameAt(h.te); p >= 0 {
			right = p
			ms = append(c.ms[:len(c.ms):len(c.ms)], c.extra...) // index p is the name
		}
	}
	if (t == graph.Supplies || t == graph.Allied) && h.trig.Voice == lexicon.Active && left >= 0 && c.roleOfPossessor(t, left, h.ts, h.te) {
		// "Germany, Israel's second-largest arms supplier, provided":
		// Israel supplies nothing; "the United States, Kosovo's closest
		// partner, sanctioned X, and Britain followed": Kosovo is no
		// partner of Britain (the role rule reads the role)
		return nil
	}
	if t == graph.Supplies && h.trig.Voice == lexicon.Passive && left >= 0 && right >= 0 && ms[left].te <= h.ts && c.reducedPassive(h.ts, h.te) && c.supplySource(left) {
		left = -1 // « les blindés achetés à Norinco et les drones fournis par la Turquie »: Norinco sold, it received nothing
	}
	if t == graph.Supplies && c.reducedPassive(h.ts, h.te) && h.trig.Voice == lexicon.Passive && left >= 0 && c.heldByOther(left, h.ts) {
		return nil // "the army seized weapons supplied by the UAE": the holder is unsaid (supplies.go)
	}
	if t == graph.Supplies && h.trig.Voice == lexicon.Active && right >= 0 && ms[right].ts >= h.te && c.fromSource(ms[right]) {
		return nil // "rifles that had been smuggled from Yemen": a source, no recipient
	}
	if t == graph.Supplies && h.trig.Voice == lexicon.Passive && right >= 0 && (c.reducedPassive(h.ts, h.te) || left < 0) {
		if k := c.recipientAfter(right); k >= 0 {
			left = k // « des fusils vendus par la Bulgarie à l'armée ougandaise »: Uganda; "the drones were delivered by Turkey to Mali"
		}
	}
	if t == graph.Supplies && h.trig.Voice == lexicon.Passive && left < 0 && right >= 0 && c.subjectPronounBefore(h.ts) {
		// "Belgrade has refused to join ..., and it received fighters
		// from Russia": the pronoun is the first clause's subject, the
		// sentence's first actor (not the home state)
		if f := c.firstArg(); f >= 0 && f < len(c.ms) && c.ms[f].te <= h.ts && c.ms[f].actor.Kind != graph.KindPerson && !slices.Contains(d.group(ld, ms, right, +1), f) {
			left = f
		}
	}
	if home := c.recipientHome(); t == graph.Supplies && (left >= 0) != (right >= 0) && home != nil && !noHome && !(h.trig.Voice == lexicon.Passive && c.subjectPronounBefore(h.ts)) {
		// "Les chasseurs livrés par la Russie frappent chaque jour",
		// "Russia delivered the first of its Su-30 fighters": the
		// recipient left unnamed is the article's home state
		src := left
		if h.trig.Voice == lexicon.Passive || (right >= 0 && d.agentBefore(ld, h.te, ms[right].ts)) {
			src = right
		}
		// the only actor of the sentence must be the trigger's argument
		// in its clause ("Mali is there, and drones were delivered" is not)
		otherClause := len(ms) == 1 && src >= 0 && (c.commas(min(ms[src].te, h.te), max(ms[src].ts, h.ts)) > 0 || c.breakIn(min(ms[src].te, h.te), max(ms[src].ts, h.ts)))
		// "delivered ammunition to the dissident faction": a recipient
		// said by a noun (nounRecipient)
		named := src == left && c.nounRecipient(h.te)
		// "accuse Tehran of supplying missiles", « l'Égypte lui fournit »:
		// an accused act's recipient is the accuser's enemy, a pronoun's
		// is said (targets.go)
		named = named || src == left && (c.accusedAct(h.ts) || c.pronounRecipient(h.ts, h.te))
		named = named || src == right && h.trig.Voice == lexicon.Passive && c.pronounBeforePassive(h.ts) // « ces drones leur auraient été fournis par »
		named = named || src >= 0 && ms[src].ts >= h.te && c.clauseBetween(h.te, ms[src].ts)             // "received drones, and Egypt": no agent
		// "the vehicles bought from Norinco and the drones supplied by
		// Turkey": a home state selling in the sentence receives nothing
		named = named || src >= 0 && c.homeSells(home)
		named = named || goodsTarget
		// "had sent combat aircraft against a neighbour": a target, no
		// recipient (gold18en.go)
		named = named || c.againstAfter(h.te)
		named = named || c.launchPathAfter(h.te)                      // "sent some 300 drones over the border" (gold20en.go)
		named = named || src == right && c.describedSubject(h.ts)     // "The group also receives weapons from Russia": which group? (probe18.go)
		named = named || src == right && c.nounSubjectAfterThat(h.ts) // « assure que le parti n'a reçu aucune arme de l'Irak » (open19.go)
		if src >= 0 && !otherClause && !named && ms[src].actor.ID != home.ID && (ms[src].actor.Kind == graph.KindState || ms[src].actor.Kind == graph.KindCompany) &&
			!c.troopsSent(h.te) && c.equipmentNear(h.ts, h.te) {
			to := c.addExtra(mention{ts: h.ts, te: h.ts, actor: home, form: lexicon.Form{Text: home.Name, Role: roleAnaphor}})
			// "supplied by the United States and Germany": every supplier
			dir := +1
			if src == left {
				dir = -1
			}
			var out []pairCand
			g := d.group(ld, ms, src, dir)
			if dir < 0 {
				g = c.cutLeft(g) // "to Mali, and Russia sent jets": Russia only
			}
			if slices.ContainsFunc(g, func(k int) bool { return ms[k].actor.ID == home.ID }) {
				return nil // "Russia, Turkey and China supply arms to the Sahel juntas": the home state supplies too, it receives nothing (probe18.go)
			}
			for _, g := range g {
				if k := ms[g].actor.Kind; ms[g].actor.ID != home.ID && (k == graph.KindState || k == graph.KindCompany) {
					if prev := c.previousRecipient(ms[g].actor); prev != nil {
						// "Tehran admits it sent drones to Russia. ...
						// Iran had also delivered missiles": Russia
						pm := c.mentionOf(prev, mention{ts: h.ts, te: h.ts, actor: prev, form: lexicon.Form{Text: prev.Name, Role: roleAnaphor}})
						out = append(out, pairCand{from: g, to: pm, typ: t, ts: h.ts, te: h.te, rule: rule + "/previous", weak: true})
						continue
					}
					out = append(out, pairCand{from: g, to: to, typ: t, ts: h.ts, te: h.te, rule: rule + "/home", weak: true})
				}
			}
			return out
		}
	}
	if t == graph.Trains && h.trig.Voice == lexicon.Passive && left < 0 && right >= 0 && c.home != nil && ms[right].actor.ID != c.home.ID &&
		ms[right].actor.Kind != graph.KindPerson && c.unnamedTrainees(h.ts) {
		// "the crews had been trained by Chinese instructors": trainees
		// named by a noun alone are the article's home state's
		to := c.addExtra(mention{ts: h.ts, te: h.ts, actor: c.home, form: lexicon.Form{Text: c.home.Name, Role: roleAnaphor}})
		return []pairCand{{from: right, to: to, typ: t, ts: h.ts, te: h.te, rule: rule + "/home", weak: true}}
	}
	if t == graph.Trains && h.trig.Voice == lexicon.Active && left >= 0 && right < 0 && c.home != nil && !noHome && ms[left].actor.ID != c.home.ID &&
		ms[left].actor.Kind != graph.KindPerson && ms[left].actor.Kind != graph.KindState && c.recent[graph.KindState].actor == c.home && c.countedTrainees(h.te) {
		// "the EU mission says it has trained over 70,000", « a formé 3
		// 000 recrues »: trainees counted alone are the home state's,
		// when it is the last state named before the sentence
		to := c.addExtra(mention{ts: h.ts, te: h.ts, actor: c.home, form: lexicon.Form{Text: c.home.Name, Role: roleAnaphor}})
		return []pairCand{{from: left, to: to, typ: t, ts: h.ts, te: h.te, rule: rule + "/home", weak: true}}
	}
	companion := -1
	if t == graph.Opposed && left >= 0 && c.companion(left) {
		// "X mènent avec Y des opérations contre Z": X is the subject
		if s := c.subject(c.companionStart(left), noArg); s >= 0 {
			companion, left = left, s
		}
	}
	if t == graph.Allied && ld.rel.alongside.at(d, h.ts, c.b, nil) > 0 && c.memberBefore(h.ts) {
		return nil // "a member of X, alongside Y": Y is a member too (below)
	}
	if t == graph.Leads && h.trig.Voice == lexicon.Active && right >= 0 && c.possessedNoun(right) {
		return nil // "who led Pakistan's delegation": the delegation, not Pakistan
	}
	if t == graph.Opposed && left >= 0 && h.trig.Voice == lexicon.Active {
		// "a US strike on a PMF headquarters killed X": the striker kills
		if v := c.hostileBefore(ms[left].ts); v >= 0 && ms[left].te < h.ts && h.ts-ms[left].te <= 6 && c.commas(ms[left].te, h.ts+1) == 0 && !c.breakIn(ms[left].te, h.ts) {
			if k := c.subject(v, noArg); k >= 0 && k != left {
				left = k
			}
		}
	}
	if t == graph.Allied && h.ts > c.a && c.comma[h.ts-c.a] && ld.rel.alongside.at(d, h.ts, c.b, nil) > 0 {
		// "X attacked its positions near the border with Sudan and Egypt,
		// alongside the RSF", « a attaqué ses positions ..., aux côtés
		// des FSR »: a trailing alongside phrase joins the attacker
		if k := c.hostileSubjectBefore(h.ts, noArg); k >= 0 {
			left = k
		} else if left >= 0 && c.hostileBeforeIn(ms[left].ts) {
			left = -1 // "Airstrikes hit al-Shabaab positions, in coordination with the Somali government": the target is no ally
		}
	}
	if t == graph.MemberOf && h.trig.Voice == lexicon.Active && left >= 0 && right >= 0 && ms[left].te <= h.ts && c.ownedBySubject(h.te, ms[right].ts) {
		// « L'UE a formé des bataillons maliens au sein de sa mission
		// EUTM Mali »: the mission is the sentence's subject's (the
		// possessive's), not a group its members join
		if owner := c.firstArg(); owner >= 0 && owner != right && ms[owner].te <= h.ts {
			left, right = right, owner
		} else {
			return nil
		}
	}
	if t == graph.Allied && left >= 0 && ld.rel.alongside.at(d, h.ts, c.b, nil) > 0 && !c.inApposition(left, h.ts) && !c.backedObject(left, h.ts) {
		// "X fights the gangs alongside Y": the gangs are the object of
		// fights; X is the one alongside Y
		if v := c.triggerBefore(ms[left].ts); v >= 0 {
			left = c.subject(v, noArg)
		} else if k := c.beforePrepositionObject(left, noArg); k >= 0 {
			left = k // "captured Mogok from the army alongside the TNLA": the captor
		}
	}
	if (t == graph.Supplies || t == graph.Trains) && h.trig.Voice == lexicon.Active && left >= 0 && c.pronounBefore(h.ts) && (right < 0 || c.parallelPronounObject(h, left) != right) {
		// "Ouagadougou s'est tourné vers la Russie, qui lui a livré des
		// hélicoptères": the recipient is the sentence's first actor;
		// not when the clitic stands for a first clause's object (« La
		// Russie forme l'armée malienne, et la Turquie lui vend des
		// drones »: Mali, parallelPronounObject)
		if first := c.firstArg(); first >= 0 && first != left {
			right = first
		}
	}
	if t == graph.Supplies && h.trig.Voice == lexicon.Active && left >= 0 && right >= 0 && ms[left].te <= h.ts && ms[right].ts >= h.te && c.sentForTraining(h.te, ms[right].ts, ms[right].te) {
		// "Somalia sent 500 officers to Eritrea for training": the
		// host trains the sender (received.go)
		return []pairCand{{from: right, to: left, typ: graph.Trains, ts: h.ts, te: h.te, rule: h.trig.Lang + "/sent/trains"}}
	}
	if t == graph.Supplies && (c.troopsSent(h.te) && !c.armingVerb(h) || c.troopsBefore(h)) {
		out := c.deployment(h, left, right)
		if len(out) > 0 && c.trainersSent(h.te) {
			// "sent military instructors to Somalia": an ally, and a
			// trainer (docs/CODEBOOK.md, instructors and advisers)
			for _, p := range out {
				if p.typ == graph.Allied {
					out = append(out, pairCand{from: p.from, to: p.to, typ: graph.Trains, ts: h.ts, te: h.te, rule: h.trig.Lang + "/deploy/trains", weak: true})
				}
			}
		}
		if len(out) > 0 && right >= 0 && c.equipmentWithTroops(h.te, ms[right].ts) {
			// "has sent troops and millions of artillery shells to
			// Russia": an ally, and a supplier of the equipment
			for _, p := range out {
				if p.typ == graph.Allied {
					out = append(out, pairCand{from: p.from, to: p.to, typ: graph.Supplies, ts: h.ts, te: h.te, rule: h.trig.Lang + "/deploy/supplies", weak: true})
				}
			}
		}
		return out
	}
	// out reuses the document's buffer: the caller reads the pairs
	// before the next trigger's
	sc := d.sc
	out := sc.pairs[:0]
	defer func() { sc.pairs = out[:0] }()
	loose := t == graph.MemberOf && ld.rel.looseLinks.at(d, h.ts, h.te, nil) == h.te-h.ts
	add := func(from, to int, suffix string, weak bool) {
		if ms[from].actor.ID == ms[to].actor.ID {
			return
		}
		if e := max(ms[to].te, ms[from].te); loose && (ms[from].actor.Kind == graph.KindState || ld.passive.at(d, e, c.b, nil) > 0) {
			if n := ld.passive.at(d, e, c.b, nil); n > 0 && c.alliedMeans(e+n) {
				// « liée à l'Azerbaïdjan par le traité d'alliance de
				// Choucha », "linked to the LNA by military cooperation":
				// allies
				out = append(out, pairCand{from: from, to: to, typ: graph.Allied, ts: h.ts, te: h.te, rule: h.trig.Lang + "/loose/allied/means"})
			}
			return // "Egypt is linked to the LNA by military cooperation": a link, no membership
		}
		typ := t
		if fk, tk := ms[from].actor.Kind, ms[to].actor.Kind; t == graph.Leads && fk == graph.KindState && tk == graph.KindArmedGroup && c.institutionForm(ms[from]) {
			// "the Africa Corps, the force run by Russia's defence
			// ministry": a state's institution running a force is no
			// coalition's head; no relation (docs/CODEBOOK.md, a company
			// under a state's ministry)
			return
		}
		if t == graph.Leads && ms[from].actor.Kind == graph.KindState && c.headNounAway(h, ms[from]) {
			return // « en représailles à l'assassinat du chef du Hamas »: the head is a person (prec19.go)
		}
		if fk, tk := ms[from].actor.Kind, ms[to].actor.Kind; t == graph.Leads && fk == graph.KindState && (tk == graph.KindOrganisation || tk == graph.KindArmedGroup) {
			// a state at the head of a coalition or a mission is a member
			// of it ("the coalition led by the United States", as "the
			// US-led coalition"; docs/CODEBOOK.md)
			if p := c.titledPersonAfter(h, from); p >= 0 {
				from, suffix = p, suffix+"/titled" // « présidée par le chef de l'État sierra-léonais, Julius Maada Bio » (gold20fr.go)
			} else {
				typ, suffix = graph.MemberOf, suffix+"/member"
			}
		} else if !t.Allows(ms[from].actor.Kind, ms[to].actor.Kind) {
			adjacent := (ms[from].te == h.ts && ms[to].ts == h.te) || (ms[to].te == h.ts && ms[from].ts == h.te)
			if t != graph.Leads || !adjacent || !t.Allows(ms[to].actor.Kind, ms[from].actor.Kind) {
				return
			}
			from, to, suffix, weak = to, from, suffix+"/kinds", true
		}
		out = append(out, pairCand{from: from, to: to, typ: typ, ts: h.ts, te: h.te, rule: rule + suffix, weak: weak})
	}
	if t == graph.Trains && right >= 0 && c.founded(h.ts, h.te) {
		return nil // "ont formé l'Alliance": founding (groupRules)
	}
	if t == graph.Opposed && right >= 0 {
		if f := c.cliticOpposer(h, right); f >= 0 {
			// « la guerre qui l'a opposé à Israël et aux États-Unis »: the
			// first actor against each (gold19fr.go)
			for _, g := range c.cutRight(d.group(ld, ms, right, +1)) {
				add(f, g, "/clitic", false)
			}
			return out
		}
	}
	if t.Symmetric() && right >= 0 && (ld.rel.between.may(d, h.te-1) && ld.rel.between.at(d, h.te-1, h.te, nil) == 1) {
		// "a bilateral agreement between Bangui and Moscow": the pair is
		// after the trigger
		if next, end := c.pairNext(right); next >= 0 && d.linked(ld, ld.pairLinks, end, ms[next].ts) {
			add(right, next, "/between", false)
			return out
		}
	}
	if t == graph.Allied && left >= 0 && right < 0 {
		if s := c.signedWith(left, h.ts, noArg); s >= 0 {
			// « La Russie a signé avec le Mali un accord de défense »:
			// the signer and its partner
			add(s, left, "/signed", false)
			return out
		}
	}
	if t == graph.Opposed && left >= 0 && right >= 0 && ms[right].ts >= h.te && c.reciprocal(h) && c.reciprocalPlace(ms[right].ts) {
		right = -1 // « Le Maroc et le Polisario s'affrontent au Mali »: the place of the fight
	}
	compound := h.ts > c.a && c.inMention(h.ts-1) >= 0 && d.norm[d.toks[h.ts-1].end:d.toks[h.ts].start] == "-" // "the Iran-backed group"
	// the subjects of a reciprocal reading: the subject right before the
	// trigger, else one an insertion between commas hides ("Serbia and
	// Hungary, whose ..., signed a military cooperation plan"; gold18en.go)
	if t == graph.Allied && right >= 0 && ms[right].ts >= h.te && c.foundedInRelative(h.te, ms[right].ts) {
		right = -1 // « ont signé un pacte de défense qui a donné naissance à l'Alliance »: founded, no partner (gold20fr.go)
	}
	among := -1
	if right < 0 && !compound && (t == graph.Allied && !c.helpTrigger(h) || t == graph.Opposed && c.reciprocal(h)) {
		if left >= 0 && c.span(ms[left].te, h.ts) <= 12 && (c.commas(ms[left].te, h.ts) <= 1 && c.relativeIn(ms[left].te, h.ts+1) < 0 || c.parenRelative(ms[left].te, h.ts)) {
			among = left
		} else {
			among = c.insertedSubject(h.ts)
		}
	}
	if among >= 0 && !c.objectAfter(h.ts, h.te) {
		// "X et Y ont signé un pacte de défense", "X and Y clashed"
		left := among
		g := d.group(ld, ms, left, -1)
		var owned [2]int
		if o := c.ownedConjunct(left); len(g) == 1 && o >= 0 {
			owned = [2]int{o, left} // « l'armée malienne et des combattants du FLA se sont affrontés »
			g = owned[:]
		}
		for x := 0; x < len(g); x++ {
			for y := x + 1; y < len(g); y++ {
				add(g[x], g[y], "/among", true)
			}
		}
	}
	if left >= 0 && left < len(c.ms) && c.leadingSpeaker(left, h.ts) && c.agentAfterObject(h, right) >= 0 {
		// "A UN report says armoured vehicles were delivered to the RSF
		// by the UAE": the speaker yields to the agent named ("EUMAM
		// says 60,000 soldiers have been trained": the speaker's own)
		left = -1
	}
	if left >= 0 && ms[left].te <= h.ts && c.sourceObject(left) && c.agentAfterObject(h, right) >= 0 {
		left = -1 // "Ammunition from Serbia was supplied to Ukraine by the United States": a source, no supplier
	}
	if left < 0 {
		if k := c.agentAfterObject(h, right); k >= 0 {
			// "the drones were supplied to Mali by Turkey" (blind.go)
			for _, g := range c.cutRight(d.group(ld, ms, right, +1)) {
				for _, f := range c.cutRight(d.group(ld, ms, k, +1)) {
					add(f, g, "/by-after", false)
				}
			}
			return out
		}
	}
	if left < 0 && right >= 0 && (t == graph.Supplies || t == graph.Trains) && h.trig.Voice == lexicon.Active {
		// "The delivery of drones by Turkey to Mali", « la livraison par
		// la Russie d'hélicoptères au Mali », "the sale of drones to Mali
		// by Turkey": a noun with its agent and its recipient
		if from, to := c.nominalParties(h, right); from >= 0 {
			add(from, to, "/nominal", false)
			return out
		}
	}
	joined := -1
	if t == graph.Opposed && left >= 0 && ms[left].te <= h.ts {
		if joined = c.joinedSubject(left, h.ts); joined >= 0 {
			// "Chad joined Nigeria in an offensive against": allies
			out = append(out, pairCand{from: joined, to: left, typ: graph.Allied, ts: h.ts, te: h.te, rule: h.trig.Lang + "/joined/allied"})
		}
	}
	if left >= 0 && right >= 0 {
		voice := h.trig.Voice
		suffix := ""
		if voice == lexicon.Active && !t.Symmetric() && d.agentBefore(ld, h.te, ms[right].ts) {
			if c.activeAuxBefore(h.ts) {
				// « L'Iran a acheminé des armes par la Syrie »: an active
				// predicate; "par" names a route, not an agent
				return out
			}
			voice, suffix = lexicon.Passive, "/by"
		}
		if voice == lexicon.Active && (t == graph.Trains || t == graph.Supplies) && c.receivedNoun(h.ts, h.te, ms[right].ts) {
			voice, suffix = lexicon.Passive, "/received" // "received military training from the UAE"
		}
		if voice == lexicon.Active && t == graph.Supplies && c.reflexiveSupply(h.ts) {
			voice, suffix = lexicon.Passive, "/reflexive" // « s'approvisionne en armes auprès de la Russie »
		}
		if voice == lexicon.Passive && t == graph.Trains && c.trainingPlace(ms[right]) {
			return out // "Chadian officers were trained in France": a place (deny18.go)
		}
		if t == graph.Supplies && c.paidFor(h.ts, h.te, ms[right].te) {
			// "Mali paid Turkey for the drones": a purchase (deny18.go)
			if voice == lexicon.Active {
				voice, suffix = lexicon.Passive, suffix+"/paidfor"
			} else {
				voice, suffix = lexicon.Active, suffix+"/paidfor"
			}
		}
		lefts := c.cutLeft(c.subjectGroup(left, h.ts))
		if joined >= 0 && len(lefts) == 1 {
			lefts = append(lefts[:1:1], joined) // and the joiner fights the target too
		}
		rights := c.dropSpeakers(c.cutRight(d.group(ld, ms, right, +1)))
		rights = c.wingObjects(rights) // "fought Hamas and its armed wing, the Qassam Brigades," (wing20.go)
		if t == graph.Supplies || t == graph.Trains {
			// "received missiles from the United States and drones from
			// Türkiye": a second object after the same preposition
			rights = c.parallelObjects(rights, t)
		}
		on := func(g []int, id string) bool {
			for _, k := range g {
				if ms[k].actor.ID == id {
					return true
				}
			}
			return false
		}
		for _, l := range lefts {
			for _, r := range rights {
				if on(rights, ms[l].actor.ID) || on(lefts, ms[r].actor.ID) {
					continue // an actor on both sides: the pairing is confused
				}
				if voice == lexicon.Active {
					add(l, r, suffix, false)
				} else {
					add(r, l, suffix, false)
				}
			}
		}
		// "X is a member of Z, alongside Y": Y is a member of Z too.
		if t == graph.MemberOf && voice == lexicon.Active {
			for j := right + 1; j < len(ms); j++ {
				if !ally(j) || c.relativeIn(ms[right].te, ms[j].ts) >= 0 {
					continue // "belongs to X, which the US designated ..., alongside Y": Y is designated
				}
				for _, k := range d.group(ld, ms, j, +1) {
					for _, r := range rights {
						add(k, r, "/alongside", false)
					}
				}
			}
		}
		// "les policiers kényans mènent avec la PNH des opérations
		// conjointes contre Viv Ansanm": the companion fights Z too, and
		// is the subject's ally.
		if t == graph.Opposed {
			for j := left + 1; j < right && ms[j].ts < h.ts; j++ {
				if c.noArg[j] || !c.companion(j) && j != companion {
					continue
				}
				for _, r := range rights {
					add(j, r, "/with", true)
				}
				if ms[left].actor.ID != ms[j].actor.ID {
					out = append(out, pairCand{from: left, to: j, typ: graph.Allied, ts: h.ts, te: h.te, rule: rule + "/with", weak: true})
				}
			}
		}
		// "X fought alongside Y against Z", « X combat aux côtés de Y
		// contre Z »: an allied trigger ending with an alongside phrase;
		// both fight Z (docs/CODEBOOK.md, several helpers of one side)
		if t == graph.Allied && voice == lexicon.Active && ld.rel.alongside.endsAt(d, c.a, h.te) > 0 {
			last := rights[len(rights)-1]
			if z := last + 1; z < len(ms) && !c.noArg[z] {
				at := ms[z].ts
				if at-1 > ms[last].te && ld.determiners.at(d, at-1, at, nil) == 1 {
					at--
				}
				n := ld.rel.against.endsAt(d, c.a, at)
				if n == 0 && c.span(ms[last].te, at) <= 4 && c.commas(ms[last].te, at) == 0 && !c.breakIn(ms[last].te, at) && c.lowerRun(ms[last].te, at) && c.hostileIn(ms[last].te+1, ms[last].te+2) {
					n = at - ms[last].te // "fought alongside the FACA to repel the CPC": a hostile purpose
				}
				if n > 0 && c.span(ms[last].te, at-n) <= 4 && c.commas(ms[last].te, at) == 0 && !c.breakIn(ms[last].te, at) && (at-n == ms[last].te || c.lowerRun(ms[last].te, at-n)) {
					for _, g := range d.group(ld, ms, z, +1) {
						for _, k := range append(slices.Clone(lefts), rights...) {
							if ms[k].actor.ID != ms[g].actor.ID {
								out = append(out, pairCand{from: k, to: g, typ: graph.Opposed, ts: h.ts, te: h.te, rule: rule + "/against"})
							}
						}
					}
				}
			}
		}
		// "X fight alongside Y against Z": Y fights Z too.
		if t == graph.Opposed {
			for j := left + 1; j < right; j++ {
				if ally(j) {
					// « épaulées par Wagner et par le Rwanda »: each helper
					// listed (struct.go's several helpers); one backer
					// fights no one (probe17.go)
					helpers := d.group(ld, ms, j, +1)
					if c.singleBacker(j, helpers) {
						continue
					}
					for _, g := range helpers {
						if g >= right || c.noArg[g] {
							break
						}
						for _, r := range rights {
							add(g, r, "/alongside", false)
						}
					}
				}
			}
		}
	}
	if len(out) == 0 && t.Symmetric() && right >= 0 && c.betweenCue(h.ts, ms[right].ts) {
		if next, end := c.pairNext(right); next >= 0 && (d.linked(ld, ld.pairLinks, end, ms[next].ts) || c.looselyLinked(end, ms[next].ts)) {
			add(right, next, "/between", true)
		}
	}
	return out
}

// coFighters makes allies of the coordinated subjects of one hostile
// trigger against one adversary: « Les forces rwandaises et l'armée
// mozambicaine ont repoussé une attaque de l'État islamique », "Chad and
// Niger attacked Boko Haram" (".../cofight/allied"). Targets struck
// together are not allies ("Israel struck Hezbollah and Hamas"), nor are
// the two sides of a reciprocal trigger ("Mali and Algeria clashed").
func (c *sctx) coFighters(h trigHit, pairs []pairCand, lang string) []pairCand {
	if len(pairs) < 2 {
		return nil
	}
	for i := h.ts; i < h.te; i++ {
		if c.ld.rel.has(c.d, i, rwDiplomatic) {
			return nil // "imposed sanctions on": a measure, not a fight
		}
	}
	var subjects []int
	adversary := ""
	at := func(k int) mention { // a mention or an extra one (pronounPairs' object)
		if k < len(c.ms) {
			return c.ms[k]
		}
		return c.extra[k-len(c.ms)]
	}
	for _, p := range pairs {
		s, o := p.from, p.to
		if at(s).ts > at(o).ts {
			s, o = o, s
		}
		if s >= len(c.ms) || at(s).te > h.ts || at(o).ts < h.te {
			return nil // both ends on one side: a reciprocal or a list
		}
		if adversary == "" {
			adversary = at(o).actor.ID
		} else if at(o).actor.ID != adversary {
			return nil
		}
		if !slices.Contains(subjects, s) {
			subjects = append(subjects, s)
		}
	}
	if len(subjects) < 2 {
		return nil
	}
	if o := pairs[0].to; at(o).ts >= h.te && c.d.agentBefore(c.ld, h.te, at(o).ts) {
		return nil // "Mali and Burkina Faso have suffered attacks by JNIM": the targets (recall19)
	}
	if countedSubjects(c.ms, subjects) {
		return nil // "JNIM and ISWAP have clashed. Both groups also attack the army": each on its own (probe18.go)
	}
	slices.Sort(subjects)
	if last := c.ms[subjects[len(subjects)-1]].te; c.span(last, h.ts) > 4 || c.commas(last, h.ts) > 0 {
		// « Le JNIM et l'EI au Sahel restent actifs dans ces zones, où
		// les attaques contre ... »: not the subjects of the trigger
		return nil
	}
	g := c.d.group(c.ld, c.ms, subjects[len(subjects)-1], -1)
	for _, s := range subjects {
		if !slices.Contains(g, s) || c.ms[s].actor.Kind == graph.KindPerson {
			return nil
		}
	}
	var out []pairCand
	for x := 0; x < len(subjects); x++ {
		for y := x + 1; y < len(subjects); y++ {
			out = append(out, pairCand{from: subjects[x], to: subjects[y], typ: graph.Allied, ts: h.ts, te: h.te, rule: lang + "/cofight/allied", weak: true})
		}
	}
	return out
}

// subjectGroup returns the mentions listed with the subject ms[left] of a
// trigger at token ts. Backwards a short form in brackets ends a group
// (see group), except when a relative clause closes between the subject
// and the trigger: in "L'armée nigériane et la Force multinationale mixte
// (FMM), qui regroupe ..., mènent des opérations", both lead "mènent".
func (c *sctx) subjectGroup(left, ts int) []int {
	if m := c.ms[left]; m.te == ts && m.te < c.b && c.comma[m.te-c.a] && c.ld.rel.singularParticiple(strings.ToLower(c.d.word(ts))) {
		return []int{left} // « L'ISWAP et Boko Haram, dirigé par »: the one before the comma
	}
	g := c.d.group(c.ld, c.ms, left, -1)
	if len(g) == 1 && left > 0 && c.d.bracketAlias(c.ms, left-1, left) {
		if r := c.relativeIn(c.ms[left].te, ts); r >= 0 && c.commas(r+1, ts) > 0 {
			return c.d.group(c.ld, c.ms, left-1, -1)
		}
	}
	return g
}

// group returns the indexes of the mentions listed with mention i, going
// left (dir -1) or right (dir +1): "le Mali, le Burkina Faso et le Niger".
// A comma alone joins two mentions only in a list closed by a coordinator.
func (d *doc) group(ld *langData, ms []mention, i, dir int) []int {
	var buf [maxGroup]int // the group, made here, then copied to the scratch's (groupOut)
	if dir < 0 {
		// Backwards the group fills buf from its end.
		// Backwards a short form in brackets ends the group: "L'armée
		// nigériane et la Force multinationale mixte (FMM), qui regroupe"
		// is about the FMM alone.
		if r := d.relativeBeforeCoord(ld, ms, i); r >= 0 {
			// « La Croatie, qui a reçu …, et l'Albanie sont » (gold18fr.go)
			n := copy(buf[:maxGroup-1], d.group(ld, ms, r, -1))
			buf[n] = i
			return d.groupOut(buf[:n+1])
		}
		p := maxGroup - 1
		buf[p] = i
		coord := d.unnamedTail(ld, ms, i) // "A, B, C and other countries formed"
		next := i                         // the mention whose start the gap before ends at
		for j := i - 1; j >= 0 && p > 0; j-- {
			if ms[j].ts == ms[j+1].ts && ms[j].te == ms[j+1].te {
				p--
				buf[p] = j // "the three armies"
				continue
			}
			if next == j+1 && d.possessorOf(ld, ms[j], ms[j+1]) {
				next = j // "X and Islamic Jihad's Al-Quds Brigades": past the possessor (wing20.go)
				continue
			}
			switch d.gapKind(ld, ms[j].te, ms[next].ts) {
			case gapCoord:
				if coord && ms[j].te < len(d.toks) && d.gapHas(ms[j].te, ',') {
					return d.groupOut(buf[p:]) // "X, and Norway and the US provided": a list of its own
				}
				coord = true
			case gapComma:
				if !coord {
					return d.groupOut(buf[p:])
				}
			default:
				return d.groupOut(buf[p:])
			}
			p--
			buf[p] = j
			next = j
		}
		return d.groupOut(buf[p:])
	}
	out := append(buf[:0], i)
	keep := 1
	last := i       // the mention whose end the next gap starts at
	commaCoord := 0 // the length of out before a ", and" joined a mention
	for j := i + 1; j < len(ms) && len(out) < maxGroup; j++ {
		if ms[j].ts == ms[last].ts && ms[j].te == ms[last].te {
			out = append(out, j) // "the three armies": one anaphor, several actors
			keep = len(out)
			last = j
			continue
		}
		if d.bracketAlias(ms, last, j) || d.ofPerson(ld, ms, last, j) {
			last = j // "l'ALS de Minni Minnawi et le MJE": the group reads on
			continue
		}
		k := d.gapKindAfter(ld, ms[last].te, ms[j].ts, last != out[len(out)-1])
		if k == gapNone && d.repeatedPreposition(ld, ms[last], ms[j]) {
			k = gapComma // « au Mali, au Niger et au Burkina Faso »
		}
		if k == gapNone {
			break
		}
		if k == gapCoord && ms[last].te < len(d.toks) {
			if commaCoord > 0 {
				// "to Ukraine, and Norway and the US provided": the
				// second list is a subject of its own
				keep = min(keep, commaCoord)
				break
			}
			if d.gapHas(ms[last].te, ',') {
				commaCoord = len(out)
			}
		}
		out = append(out, j)
		last = j
		if k == gapCoord {
			keep = len(out)
		}
	}
	if keep < len(out) && commaCoord == 0 && d.unnamedTail(ld, ms, last) {
		keep = len(out) // "Canada, Australia, New Zealand and several Nordic countries"
	}
	return d.groupOut(out[:keep])
}

// repeatedPreposition reports whether a comma and the preposition before
// mention a (articles after it allowed) stand between a and b: « au Mali,
// au Niger », "to Mali, to Niger".
func (d *doc) repeatedPreposition(ld *langData, a, b mention) bool {
	from, p := a.te, a.ts-1
	if from >= b.ts || p < 0 || from >= len(d.toks) || !d.gapHas(from, ',') || d.toks[from].fold != d.toks[p].fold || !ld.rel.has(d, p, rwPrepositions) {
		return false
	}
	for i := from + 1; i < b.ts; i++ {
		if !ld.determiners.may(d, i) || ld.determiners.at(d, i, i+1, nil) != 1 {
			return false
		}
	}
	return true
}

// groupOut returns a copy of a group in the scratch's buffer of groups,
// capacity clipped so that a caller's append copies it: no allocation per
// group. A full buffer is replaced, never reused, so that no group handed
// out is overwritten.
func (d *doc) groupOut(out []int) []int {
	sc := d.sc
	if sc == nil {
		sc = d.scratch()
	}
	if cap(sc.groups)-len(sc.groups) < len(out) {
		sc.groups = make([]int, 0, groupChunk)
	}
	n := len(sc.groups)
	sc.groups = append(sc.groups, out...)
	return sc.groups[n:len(sc.groups):len(sc.groups)]
}

// groupChunk is the size of the buffers groupOut fills.
const groupChunk = 512

// maxUnnamedTail is the most words of the noun phrase of actors left
// unnamed that ends a list ("and several other European countries").
const maxUnnamedTail = 5

// unnamedTail reports whether a list ending with mention ms[last] ends
// with a coordinator and a noun phrase of actors it does not name ("A, B,
// C and other countries", « A, B, C et d'autres pays »): a plural noun of
// actors within a few words, no actor or punctuation before it. The
// comma-joined mentions before are then the list's.
func (d *doc) unnamedTail(ld *langData, ms []mention, last int) bool {
	e := ms[last].te
	if !ld.coord.may(d, e) {
		return false // (n would be 0)
	}
	n := ld.coord.at(d, e, len(d.toks), nil)
	if n == 0 || e >= len(d.toks) || strings.Trim(d.norm[d.toks[e-1].end:d.toks[e].start], " ,") != "" {
		return false
	}
	end := len(d.toks)
	if last+1 < len(ms) {
		end = ms[last+1].ts
	}
	for i := e + n; i < end && i < e+n+maxUnnamedTail; i++ {
		if i > e+n && strings.Trim(d.norm[d.toks[i-1].end:d.toks[i].start], " '") != "" {
			return false
		}
		for _, k := range []graph.Kind{graph.KindState, graph.KindArmedGroup, graph.KindOrganisation} {
			if ld.rel.plural[k].may(d, i) && ld.rel.plural[k].at(d, i, end, nil) > 0 {
				return true
			}
		}
	}
	return false
}

// ofPerson reports whether mention j is a person joined to the group
// ms[p] by "de"/"of" right after it: « l'ALS de Minni Minnawi ».
func (d *doc) ofPerson(ld *langData, ms []mention, p, j int) bool {
	if p < 0 || j >= len(ms) || ms[j].actor.Kind != graph.KindPerson || ms[p].actor.Kind == graph.KindPerson || ms[p].actor.Kind == graph.KindState {
		return false
	}
	return ms[j].ts == ms[p].te+1 && ld.rel.of[d.toks[ms[p].te].fold] && strings.Trim(d.norm[d.toks[ms[p].te-1].end:d.toks[ms[p].te].start], " )") == ""
}

// bracketAlias reports whether mention j is a short form of mention p in
// brackets right after it: "Myanmar National Democratic Alliance Army
// (MNDAA)".
func (d *doc) bracketAlias(ms []mention, p, j int) bool {
	if p < 0 || j >= len(ms) || ms[p].actor.ID != ms[j].actor.ID || ms[j].ts != ms[p].te || ms[j].te >= len(d.toks) {
		return false
	}
	return strings.TrimSpace(d.norm[d.toks[ms[p].te-1].end:d.toks[ms[j].ts].start]) == "(" &&
		strings.HasPrefix(strings.TrimSpace(d.norm[d.toks[ms[j].te-1].end:d.toks[ms[j].te].start]), ")")
}

// gapKindAfter is gapKind, after a bracketed short form when closed is
// true: the bracket that closes it starts the gap.
func (d *doc) gapKindAfter(ld *langData, from, to int, closed bool) int {
	if !closed {
		return d.gapKind(ld, from, to)
	}
	d.skipClose = true
	k := d.gapKind(ld, from, to)
	d.skipClose = false
	return k
}

const (
	gapNone = iota
	gapComma
	gapCoord
)

// gapKind says how the tokens [from, to) between two mentions join them:
// by a coordinator ("et", "and", possibly with articles), by a comma
// alone, or not at all.
func (d *doc) gapKind(ld *langData, from, to int) int {
	if d.linked(ld, ld.coord, from, to) {
		return gapCoord
	}
	if from > 0 && to < len(d.toks) && from <= to {
		gap := d.norm[d.toks[from-1].end:d.toks[from].start]
		if from == to {
			gap = d.norm[d.toks[from-1].end:d.toks[to].start]
		}
		if d.skipClose {
			gap = strings.TrimPrefix(strings.TrimLeft(gap, " "), ")")
		}
		if strings.Trim(gap, " ") != "," {
			return gapNone
		}
		// ", de la Chine": a comma, then only articles
		for i := from; i < to; i++ {
			if (!ld.determiners.may(d, i) || ld.determiners.at(d, i, i+1, nil) != 1) || (i > from && strings.Trim(d.norm[d.toks[i-1].end:d.toks[i].start], " '") != "") {
				return gapNone
			}
		}
		return gapComma
	}
	return gapNone
}

// gapHas reports whether the text between tokens i-1 and i holds byte c
// (the commonest gap, one space, holds nothing else).
func (d *doc) gapHas(i int, c byte) bool {
	return !d.toks[i].space && strings.IndexByte(d.norm[d.toks[i-1].end:d.toks[i].start], c) >= 0
}

// linked reports whether the tokens [from, to) are one phrase of links
// with articles around it, and no clause punctuation stands between.
func (d *doc) linked(ld *langData, links phrases, from, to int) bool {
	if from >= to || from <= 0 || to >= len(d.toks) {
		return false
	}
	found := false
	for i := from; i < to; {
		// (may first: at is called only where a phrase of its set may start)
		if !found && links.may(d, i) {
			if k := links.at(d, i, to, nil); k > 0 {
				found = true
				i += k
				continue
			}
		}
		if ld.determiners.may(d, i) {
			if k := ld.determiners.at(d, i, to, nil); k > 0 {
				i += k
				continue
			}
		}
		if d.sc != nil && i < len(d.sc.adjective) && d.sc.adjective[i] {
			i++ // "the Houthis and the Palestinian Hamas", « les Houthis yéménites et le Hamas »
			continue
		}
		if found && ld.rel.l18.ok && ld.rel.l18.qualifiers.may(d, i) {
			if k := ld.rel.l18.qualifiers.at(d, i, to, nil); k > 0 {
				i += k // "the army and the paramilitary RSF", « et le groupe jihadiste JNIM » (lead18.go)
				continue
			}
		}
		if found && ld.rel.allyRoles.may(d, i) {
			if k := ld.rel.allyRoles.at(d, i, to, nil); k > 0 {
				i += k // "l'armée malienne et ses alliés russes"
				continue
			}
		}
		if found && i > from && ld.passive.may(d, i) {
			if k := ld.passive.at(d, i, to, nil); k > 0 && ld.coord.endsAt(d, from, i) > 0 {
				i += k // "par Wagner et par la Turquie", "by X and by Y"
				continue
			}
		}
		if found && i > from && ld.rel.has(d, i, rwPrepositions) && ld.coord.endsAt(d, from, i) > 0 {
			i++ // « à l'armée malienne et à Wagner », "to Mali and to Niger"
			continue
		}
		return false
	}
	text := d.norm[d.toks[from-1].end:d.toks[to].start]
	if d.skipClose {
		text = strings.TrimPrefix(strings.TrimLeft(text, " "), ")")
	}
	return found && !strings.ContainsAny(text, ";:()[]\"\n!?")
}

// agentBefore reports whether the words just before token r (articles
// skipped), after token from, are a passive marker ("par", "by").
func (d *doc) agentBefore(ld *langData, from, r int) bool {
	if ld.disc != nil && r > from {
		// "led since 2013 by General Dagalo": the agent's title
		// (gold18en.go)
		r -= ld.disc.titles.endsAt(d, from, r)
	}
	j := r - 1
	for j >= from && ld.determiners.at(d, j, j+1, nil) == 1 {
		j--
	}
	j = d.throughIncluding(ld, from, j)
	for st := j; st >= from && st >= j-2; st-- {
		if ld.passive.at(d, st, j+1, nil) == j+1-st {
			// "des armes importées par Bakou": the agent of another verb,
			// unless that verb is coordinated with the trigger ("trained
			// and equipped by Turkey": the agent of both)
			if st-1 >= from && ld.rel.participle(d.word(st-1)) {
				// "armed, paid and trained by Turkey": a list of
				// participles closed by a coordinator
				if st-2 < from || ld.coord.at(d, st-2, st-1, nil) != 1 {
					return false
				}
				if st-2-from > 2 {
					return false
				}
				for k := from; k < st-2; k++ {
					if !ld.rel.participle(d.word(k)) && !isLowerWord(d, k) {
						return false
					}
				}
				return true
			}
			return true
		}
	}
	return false
}

// maxIncludingNouns is the most words of the common noun an agent's
// examples follow ("by older ethnic armies such as the KIA").
const maxIncludingNouns = 4

// throughIncluding returns the last token of a passive marker before a
// common noun and an including phrase ending at token j ("trained and
// armed by older ethnic armies such as the KIA", « formés par des
// groupes comme le JNIM »): the examples are the agent. Otherwise j.
func (d *doc) throughIncluding(ld *langData, from, j int) int {
	for st := j; st >= from && st >= j-2; st-- {
		if ld.rel.including.at(d, st, j+1, nil) != j+1-st {
			continue
		}
		for k := st - 1; k >= from && k >= st-maxIncludingNouns-2; k-- {
			if strings.ContainsAny(d.norm[d.toks[k].end:d.toks[k+1].start], ",;:()") {
				return j
			}
			for m := k; m >= from && m >= k-2; m-- {
				if ld.passive.at(d, m, k+1, nil) == k+1-m {
					return k
				}
			}
			if !isLowerWord(d, k) {
				return j
			}
		}
		return j
	}
	return j
}

// negated reports whether a negation cue starts in [from, to): between
// the start of the trigger's clause and the trigger. negs is sorted.
func negated(negs []int, from, to int) bool {
	k := sort.SearchInts(negs, from)
	return k < len(negs) && negs[k] < to
}

// attribution returns the source named from token i on: the words up to
// a comma, semicolon, colon or bracket, at most maxAttributionToks.
func (d *doc) attribution(ld *langData, i, b, sentEnd int) string {
	if i >= b {
		return ""
	}
	end := sentEnd
	if k := strings.IndexAny(d.norm[d.toks[i].start:sentEnd], ",;:()"); k >= 0 {
		end = d.toks[i].start + k
	}
	last := i
	for j := i; j < b && j < i+maxAttributionToks && d.toks[j].end <= end; j++ {
		last = j
	}
	if d.toks[last].end > end {
		return ""
	}
	for last > i && ld.determiners.at(d, last, last+1, nil) == 1 {
		last-- // "publié à l'occasion de la" loses its dangling "de la"
	}
	return strings.TrimSpace(d.tokenText(i, last+1))
}

// tokenText returns the original text of tokens [i, j).
func (d *doc) tokenText(i, j int) string {
	s, _, _ := d.origSpan(d.toks[i].start, d.toks[j-1].end)
	return s
}

// supplied returns what a supplies relation names as supplied: an
// equipment noun ("drones") between the two actors, or shortly after the
// later one, with the capitalised or numbered words around it ("drones
// Bayraktar TB2", "Shahed-136 drones").
func (d *doc) supplied(ld *langData, from, to mention, h trigHit, b int, blocked func(int) bool) string {
	first, second := from, to
	if second.ts < first.ts {
		first, second = second, first
	}
	free := func(i int) bool { return !blocked(i) && (i < h.ts || i >= h.te) && !d.toks[i].credit }
	find := func(lo, hi int) (int, int) {
		for i := lo; i < hi; i++ {
			if !free(i) {
				continue
			}
			if k := ld.equipment.at(d, i, hi, func(j int) bool { return !free(j) }); k > 0 {
				return i, i + k
			}
		}
		return -1, -1
	}
	lo, hi := first.te, second.ts
	i, j := find(lo, hi)
	if i < 0 {
		lo = second.te
		hi = lo
		for hi < b && hi < second.te+supplyLookahead {
			if hi > lo && strings.ContainsAny(d.norm[d.toks[hi-1].end:d.toks[hi].start], ",;:") {
				break
			}
			hi++
		}
		i, j = find(lo, hi)
	}
	if i < 0 {
		return ""
	}
	named := func(k int) bool {
		w := d.word(k)
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789")
	}
	close := func(k int) bool {
		gap := d.norm[d.toks[k].end:d.toks[k+1].start]
		return len(gap) <= 2 && strings.Trim(gap, " -") == ""
	}
	for i > lo && free(i-1) && named(i-1) && close(i-1) {
		i--
	}
	for j < hi && free(j) && named(j) && close(j-1) {
		j++
	}
	// a weapon system's name before its noun: "Bayraktar TB2 drones"
	for j < hi && free(j) && close(j-1) {
		k := ld.equipment.at(d, j, hi, func(j int) bool { return !free(j) })
		if k == 0 {
			break
		}
		j += k
	}
	return d.tokenText(i, j)
}

// triggersAt returns the triggers of ld starting with token i, longest
// first.
func (ld *langData) triggersAt(d *doc, i int) []*trigEntry {
	t := &d.toks[i]
	if !d.marked || ld.trigID == 0 {
		return ld.triggers[t.fold]
	}
	if t.mask&triggerBit == 0 {
		return nil
	}
	for _, ts := range t.info.trigs {
		if ts.id == ld.trigID {
			return ts.list
		}
	}
	return nil
}

// triggersNext returns the triggers of ld starting with token i that may
// match with no filler inside when the next token's word is next (its
// wordInfo; nil for none): in a marked document, those whose second word
// it is, then those of one word, in the order of triggersAt.
func (ld *langData) triggersNext(d *doc, i int, next *wordInfo) []*trigEntry {
	t := &d.toks[i]
	if !d.marked || ld.trigID == 0 {
		return ld.triggers[t.fold]
	}
	if t.mask&triggerBit == 0 {
		return nil
	}
	if ts := ld.trigStartOf(t.info); ts != nil {
		return ts.forNext(next)
	}
	return nil
}

// trigStartOf returns the triggers of ld starting with the word w (of a
// token whose mask has the trigger bit, so w is not nil), or nil.
func (ld *langData) trigStartOf(w *wordInfo) *trigStart {
	for k := range w.trigs {
		if ts := &w.trigs[k]; ts.id == ld.trigID {
			return ts
		}
	}
	return nil
}

// forNext returns the triggers of ts that may match with no filler
// inside when the next token's word is next (see triggersNext).
func (ts *trigStart) forNext(next *wordInfo) []*trigEntry {
	if next == nil || !next.trigSecond {
		return ts.singles // (most words are no trigger's second word)
	}
	for j, w := range ts.seconds {
		if w == next {
			return ts.nexts[j]
		}
	}
	return ts.singles
}

// inKindNoun reports whether token i lies inside a noun of actors of a
// kind of two words or more ("armed groups", « groupes armés »; anaphors,
// plural_anaphors) not right after a mention: "the Wagner Group armed
// groups of the CPC" is a verb.
func inKindNoun(d *doc, ld *langData, a, b, i int, blocked func(int) bool) bool {
	r := ld.rel
	for k := max(a, i-1); k <= i; k++ {
		if k > a && blocked(k-1) || !d.startsAny(k, r.kindNounBits) {
			continue
		}
		for _, ps := range r.kindNouns {
			if !ps.may(d, k) {
			} else if n := ps.at(d, k, b, nil); n >= 2 && k+n > i {
				return true
			}
		}
	}
	return false
}

// deployHits adds to hits (sorted) a supplies trigger for each deploy
// verb of tokens [a, b) followed by troops ("Rwanda deployed 2,000
// soldiers to Mozambique"): troops sent are a deployment (triggerPairs),
// while a deployed drone is only used.
func (x *Extractor) deployHits(d *doc, ld *langData, a, b int, hits []trigHit, isTrig []bool, trigType []graph.RelType, blocked func(int) bool) []trigHit {
	r := ld.rel
	if d.none(r.deploy, a, b) {
		return hits
	}
	added := false
	for i := a; i < b; i++ {
		if i = d.nextStart(i, b, r.deploy.bit); i >= b {
			break
		}
		if isTrig[i-a] || !r.deploy.may(d, i) {
			continue
		}
		n := r.deploy.at(d, i, b, blocked)
		if n == 0 {
			continue
		}
		troops := false
		for k := i + n; k < b && k < i+n+maxTroopGap && !troops; k++ {
			if blocked(k) || ld.equipment.at(d, k, b, nil) > 0 {
				break
			}
			troops = r.troops.at(d, k, b, nil) > 0
		}
		if !troops {
			continue
		}
		lang := ""
		if len(ld.codes) == 1 {
			lang = ld.codes[0]
		}
		hits = append(hits, trigHit{ts: i, te: i + n, trig: lexicon.Trigger{Lang: lang, Type: graph.Supplies, Voice: lexicon.Active, Phrase: d.tokenText(i, i+n)}})
		for k := i; k < i+n; k++ {
			isTrig[k-a], trigType[k-a] = true, graph.Supplies
		}
		added = true
	}
	if added {
		slices.SortFunc(hits, func(p, q trigHit) int { return p.ts - q.ts })
	}
	return hits
}

// toHome reports whether a trigger supplies or trains: with one actor
// named, the other may be the article's home state.
func toHome(hits []trigHit) bool {
	for _, h := range hits {
		if h.trig.Type == graph.Supplies || h.trig.Type == graph.Trains {
			return true
		}
	}
	return false
}

// leadsPassive reports whether a sentence with n mentions may still hold a
// relation with a name no dictionary knows: one actor and a passive leads
// trigger ("Viv Ansanm is led by Jimmy Chérizier").
func leadsPassive(hits []trigHit, n int) bool {
	if n != 1 {
		return false
	}
	for _, h := range hits {
		if h.trig.Type == graph.Leads && h.trig.Voice == lexicon.Passive {
			return true
		}
	}
	return false
}

// question reports whether sentence s is a question: it ends with "?",
// closing quotes or brackets aside.
func (d *doc) question(s span) bool {
	return strings.HasSuffix(strings.TrimRight(d.norm[s.start:s.end], " \t\n\"')]»"), "?")
}

// helpTrigger reports whether an allied trigger starts with a help noun
// (help_nouns) or has an object that names no actor (an article right
// after it): help is given by its subject's actors, not shared among
// them (« l'Australie, Bahreïn et le Canada ont apporté un soutien
// logistique à ces frappes », "the UAE and Egypt backed the offensive").
func (c *sctx) helpTrigger(h trigHit) bool {
	return c.ld.rel.help.at(c.d, h.ts, h.te, nil) > 0 || h.te < c.b && c.ld.determiners.at(c.d, h.te, c.b, nil) > 0
}

// againstBefore reports whether "against" (« contre ») stands right
// before token at, an article aside.
func (c *sctx) againstBefore(at int) bool {
	if at-1 > c.a && c.ld.determiners.at(c.d, at-1, at, nil) == 1 {
		at--
	}
	return c.ld.rel.against.endsAt(c.d, c.a, at) > 0
}

// dropCoSanctioners removes the opposed pairs a trigger made between two
// authors of sanctions on the same subject: in "X, under US sanctions
// since 2013 and UN sanctions since 2014," the US and the UN both oppose
// X, not each other.
func dropCoSanctioners(cands, sanc []pairCand) []pairCand {
	author := func(k int) bool {
		return slices.ContainsFunc(sanc, func(p pairCand) bool { return p.from == k })
	}
	return slices.DeleteFunc(cands, func(p pairCand) bool {
		return p.typ == graph.Opposed && author(p.from) && author(p.to)
	})
}

// participleAsNoun reports whether the first word of a passive trigger
// phrase is a participle in -é or -és (« équipé de ») where the text at
// token i has the word in -e or -es (« une équipe de l'ONU », « les
// équipes de »): accent folding made them one word. (Active triggers
// rely on it: « formé » matches « la Turquie forme ».)
func participleAsNoun(d *doc, i int, phrase string) bool {
	w, _, _ := strings.Cut(phrase, " ")
	s := d.word(i)
	return strings.HasSuffix(w, "é") && strings.HasSuffix(s, "e") || strings.HasSuffix(w, "és") && strings.HasSuffix(s, "es")
}

// verbSlot reports whether token i, a noun verb (noun_verbs: « arme »),
// stands where a verb does: right after an actor's mention, after a
// comma, or after a noun-verb cue (noun_verb_cues: a relative, a subject
// pronoun, a clitic object). « Washington arme Taïwan », « Taipei, que
// Washington arme », « La Turquie, son premier fournisseur, arme aussi »
// and « qui les arme » are verbs; « une arme », « la moindre arme » are
// not.
func verbSlot(d *doc, ld *langData, a, i int, blocked func(int) bool) bool {
	if i <= a {
		return false
	}
	if blocked(i-1) || ld.nounVerbCues[d.toks[i-1].fold] {
		return true
	}
	if i-2 >= a && blocked(i-2) && ld.rel.has(d, i-1, rwClitics) && strings.IndexAny(d.norm[d.toks[i-2].end:d.toks[i].start], ",;:(") < 0 {
		return true // « et l'Iran l'arme »: a clitic object right after the subject
	}
	return strings.IndexByte(d.norm[d.toks[i-1].end:d.toks[i].start], ',') >= 0
}

// pairNext returns the mention after mention k that may be its partner in
// a pair ("between X and Y", « oppose X à Y ») and the token where k's
// phrase ends: the next mention, past a short form of the same actor in
// brackets right after k (« entre l'Armée de libération nationale (ELN)
// et le Front 33 »: the Front 33, after the bracket); -1 when there is
// none.
func (c *sctx) pairNext(k int) (int, int) {
	ms := c.ms
	next, end := k+1, ms[k].te
	if next < len(ms) && ms[next].actor.ID == ms[k].actor.ID && ms[next].ts == ms[k].te && c.depth(ms[next].ts) > c.depth(ms[k].ts) {
		next, end = next+1, ms[next].te
	}
	if next >= len(ms) {
		return -1, end
	}
	return next, end
}

// maxSignedGap is the most words between a signing verb and the
// companion word naming the partner, and between the partner and the
// agreement (signedWith).
const maxSignedGap = 6

// signedWith returns the signer when mention k, the nearest actor before
// an allied trigger at ts with no actor after it, is the partner named
// after a companion word that follows a signing verb (signing_verbs): «
// La Russie a signé avec le Mali un accord de défense », « Ankara a
// signé en mai avec Damas un accord de coopération militaire »; -1 when
// it is not, or when either is a person.
func (c *sctx) signedWith(k, ts int, skip func(int) bool) int {
	d, r := c.d, c.ld.rel
	if !c.companion(k) || c.span(c.ms[k].te, ts) > maxSignedGap || c.breakIn(c.ms[k].te, ts) || c.commas(c.ms[k].te, ts) > 0 {
		return -1
	}
	start := c.companionStart(k)
	for i := start - 1; i > c.a && i >= start-maxSignedGap; i-- {
		if c.inMention(i) >= 0 || c.hardOrComma(i+1) {
			return -1
		}
		if r.signing[d.toks[i].fold] {
			s := c.subject(i, skip)
			if s < 0 || s == k || c.ms[s].actor.ID == c.ms[k].actor.ID || c.ms[s].actor.Kind == graph.KindPerson || c.ms[k].actor.Kind == graph.KindPerson {
				return -1 // leaders sign for their states: « Kim Jong-un a signé avec Vladimir Poutine un traité »
			}
			return s
		}
	}
	return -1
}

// dropReversed drops the readings of one phrase (overlapping triggers or
// roles) that relate a pair both
// ways in a directed type: a role reading ("Mali, whose main supplier is
// Turkey": Turkey supplies Mali) wins over a trigger's (Mali supplies
// Turkey), and with no role reading neither stands: the text is
// ambiguous, and no edge is better than a reversed one.
func dropReversed(cands []pairCand, ms []mention) []pairCand {
	var drop []int
	for i, p := range cands {
		if p.typ.Symmetric() {
			continue
		}
		for j := i + 1; j < len(cands); j++ {
			q := cands[j]
			if q.typ != p.typ || q.ts >= max(p.te, p.ts+1) || p.ts >= max(q.te, q.ts+1) || ms[q.from].actor.ID != ms[p.to].actor.ID || ms[q.to].actor.ID != ms[p.from].actor.ID {
				continue
			}
			pr, qr := strings.Contains(p.rule, "/role/"), strings.Contains(q.rule, "/role/")
			if !qr {
				drop = append(drop, j)
			}
			if !pr {
				drop = append(drop, i)
			}
		}
	}
	if len(drop) == 0 {
		return cands
	}
	out := cands[:0]
	for i, p := range cands {
		if !slices.Contains(drop, i) {
			out = append(out, p)
		}
	}
	return out
}

// trainersJoined turns the pairs of a joint-training trigger ("trained
// with") whose partner is named by trainers ("Mali mainly trained with
// Russian instructors") into trains from the trainers' actor: training
// with instructors is being trained by them, not training beside them.
func (c *sctx) trainersJoined(pairs []pairCand, h trigHit, lang string) {
	d, r := c.d, c.ld.rel
	if r.jointTraining.at(d, h.ts, c.b, nil) != h.te-h.ts {
		return
	}
	for i, p := range pairs {
		m := c.ms[p.to]
		if p.typ != graph.Allied || m.ts < h.te {
			continue
		}
		if r.trainerNouns.endsAt(d, m.ts, m.te) > 0 || r.trainerNouns.at(d, m.te, c.b, nil) > 0 || r.trainerNouns.at(d, m.ts, m.te, nil) > 0 || r.trainerNouns.endsAt(d, h.te, m.ts) > 0 { // (« avec des instructeurs russes »: open19)
			pairs[i] = pairCand{from: p.to, to: p.from, typ: graph.Trains, ts: p.ts, te: p.te, rule: lang + "/trigger/trains/instructors", weak: p.weak}
		}
	}
}

// maxCancelGap is the most words between a negation cue and the word that
// cancels it: « n'a pas caché », "did not hide".
const maxCancelGap = 3

// cancelNegations drops the negation cues negs of sentence [a, b) that a
// canceller follows within maxCancelGap words ("did not hide its support
// for", "not only ... but also", « n'a pas caché son soutien », « non
// seulement », « ne nie pas financer »; negation_cancellers), and the cues
// up to the word after it: the sentence asserts what it seems to deny.
func cancelNegations(d *doc, ld *langData, a, b int, negs []int) []int {
	from, to := -1, -1 // the last cancelled span [from, to)
	n := 0
	for k, i := range negs {
		if i >= from && i < to {
			continue
		}
		cancelled := false
		for j := i + 1; j < b && j <= i+maxCancelGap; j++ {
			if m := ld.rel.negCancellers.at(d, j, b, nil); m > 0 {
				from, to, cancelled = i, j+m+1, true
				break
			}
		}
		if cancelled {
			if n > 0 && negs[n-1] >= i-maxNegPairGap {
				n-- // « n'a pas été le seul »: the « n' » of the cancelled « pas » (open19.go)
			}
			continue
		}
		negs[n] = negs[k]
		n++
	}
	return negs[:n]
}

// maxQualifierWords is the most lower-case words between a denial and
// the accusation noun it qualifies ("dismissed as baseless claims").
const maxQualifierWords = 3

// accusationPast returns the token of an accusation noun (accusation_nouns)
// that follows token j past a few lower-case words, no comma, actor or
// trigger between ("dismissed as baseless claims that", "rejected as
// false reports that"); else j.
func (c *sctx) accusationPast(j int) int {
	d, ld := c.d, c.ld
	for k := j + 1; k < c.b && k <= j+maxQualifierWords; k++ {
		if c.hardOrComma(k) || !isLowerWord(d, k-1) || c.inMention(k-1) >= 0 || c.trig[k-1-c.a] {
			return j
		}
		if ld.rel.accusations.may(d, k) && ld.rel.accusations.at(d, k, c.b, nil) > 0 {
			return k
		}
	}
	return j
}
