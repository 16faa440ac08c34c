package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// recallRel is the data of the rules of recall.go, compiled with relData.
type recallRel struct {
	ok bool
	// links join a second predicate to the subject of the first
	// ("and", « et », « puis »): lexicon.Language.PredicateLinks.
	links phrases
	// pronounObjects ("it", "them"), clitics (« l' », « les ») and
	// auxiliaries (« avaient », « a ») of pronounObject.
	pronounObjects, clitics, auxiliaries map[string]bool
	// ending: "revoked", « mis fin à » before an allied trigger.
	ending phrases
	// suspension: the ending verbs that end an alliance with no
	// hostility ("suspended", « suspendu »; suspension_verbs).
	suspension phrases
	// feats: the gender and number of pronouns and articles (pronouns.go).
	feats map[string]feats
	// targets: "positions", « camps » after a possessive (pronounObject).
	targets phrases
}

func (r *recallRel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.links = newPhraseSet(reg)
		r.ending = newPhraseSet(reg)
		r.suspension = newPhraseSet(reg)
		r.targets = newPhraseSet(reg)
		r.pronounObjects, r.clitics, r.auxiliaries = map[string]bool{}, map[string]bool{}, map[string]bool{}
		r.feats = map[string]feats{}
		r.ok = true
	}
	for m, ws := range map[*map[string]bool][]string{&r.pronounObjects: lg.PronounObjects, &r.clitics: lg.CliticObjects, &r.auxiliaries: lg.Auxiliaries} {
		for _, w := range ws {
			(*m)[graph.Fold(w)] = true
		}
	}
	for w, fs := range lg.GenderNumber {
		r.feats[graph.Fold(w)] = parseFeats(fs)
	}
	for _, s := range lg.PredicateLinks {
		r.links.add(s, false)
	}
	for _, s := range lg.EndingVerbs {
		r.ending.add(s, false)
	}
	for _, s := range lg.PossessedTargets {
		r.targets.add(s, false)
	}
	for _, s := range lg.SuspensionVerbs {
		r.suspension.add(s, false)
	}
}

// maxPredicateGap is the most words between the first predicate's
// object and a predicate link, and between the link and the second
// trigger ("and has since trained").
const maxPredicateGap = 3

// predicateSubject reads a second predicate joined to a first one
// ("Russia delivered drones to Mali and later trained its soldiers", «
// la Russie a livré des drones au Mali et forme ses soldats »): mention j,
// the nearest actor before the trigger at ts, is then the first verb's
// object, and the subject is the first verb's. ok is false when the words
// do not read so: no predicate link right after j (a few lower-case words
// allowed between) or no trigger before j in its clause. When an article
// or a pronoun after the link opens a subject of its own that names no
// actor ("and the rebels attacked", "and it attacked"), there is no
// subject (-1, true): not j.
func (c *sctx) predicateSubject(j, ts int, skip func(int) bool) (k int, ok bool) {
	d, r := c.d, c.ld.rel
	m := c.ms[j]
	if !r.rc.ok || ts <= m.te || ts-m.te > 2*maxPredicateGap+3 {
		return -1, false
	}
	link, n := -1, 0
	for i := m.te; i < ts && i-m.te <= maxPredicateGap; i++ {
		if c.hard[i-c.a] && i > m.te || c.paren[i-c.a] != c.paren[m.te-c.a] {
			return -1, false // (the depth after j: "left the Economic Community (ECOWAS) in January and formed")
		}
		if !r.rc.links.may(d, i) {
		} else if n = r.rc.links.at(d, i, ts, nil); n > 0 {
			link = i
			break
		}
		if !isLowerWord(d, i) && !isNumber(d.toks[i].fold) && !c.month(i) || c.trig[i-c.a] || c.rel[i-c.a] {
			return -1, false
		}
	}
	if link < 0 {
		return -1, false
	}
	// particles: negation words, fillers and auxiliaries, not counted in
	// the gap (« et ne lui a pas non plus livré »)
	particle := func(i int) bool {
		return c.ld.fillers[d.toks[i].fold] || r.has(d, i, rwAuxiliaries) || c.ld.negations.may(d, i) && c.ld.negations.at(d, i, i+1, nil) == 1
	}
	gap := 0
	for i := link + n; i < ts; i++ {
		if !particle(i) && !c.month(i) {
			gap++
		}
	}
	if gap > maxPredicateGap {
		return -1, false
	}
	ownSubject := false
	for i := link + n; i < ts; i++ {
		f := d.toks[i].fold
		if c.cliticBefore(i, ts) {
			break // « et leur fournit », « et les arme »: an object clitic, the subject is shared
		}
		if t := c.trigType[ts-c.a]; (t == graph.Supplies || t == graph.Trains) && r.has(d, i, rwClitics) && i > link+n &&
			c.onlyParticles(link+n, i, particle) && c.onlyParticles(i+1, ts, particle) {
			break // « et ne lui a pas non plus livré »: negation words around the clitic
		}
		if particle(i) && !r.pronouns[f] && r.singular[f] == nil {
			continue
		}
		if r.of[f] && (i+1 == ts || i+2 == ts && isLowerWord(d, i+1)) {
			break // « et d'avoir fourni », "and of having supplied": an infinitive, no subject
		}
		if c.month(i) || isNumber(f) || i+1 == ts && i > link+n && c.ld.determiners.at(d, i, i+1, nil) == 1 {
			continue // "and in August signed a security pact with": a date, the trigger's own article (gold20en)
		}
		if c.ld.determiners.at(d, i, i+1, nil) == 1 && i+1 < ts || r.pronouns[f] || r.singular[f] != nil {
			// "and the rebels attacked", "and it attacked": a subject
			// of its own, which is no actor here; not j either
			ownSubject = true
			break
		}
		if c.hard[i-c.a] || c.comma[i-c.a] || !isLowerWord(d, i) || c.rel[i-c.a] || c.ld.determiners.at(d, i, i+1, nil) == 1 ||
			r.objectPronouns[f] || r.possessives[f] {
			return -1, false
		}
	}
	// the first predicate: a trigger before j in its clause; with none,
	// j is no object ("Mali and its allies attacked the JNIM": Mali is
	// the subject, with its allies)
	p := m.ts - 1
	for ; p >= c.a && !c.trig[p-c.a]; p-- {
	}
	if p < c.a || c.breakIn(p, m.ts) {
		return -1, false
	}
	if ownSubject {
		if c.ld.rel.contrastButs.at(d, link, link+n, nil) == n {
			return -1, false // ", mais ses soldats traquent": other rules read it (open20.go)
		}
		return -1, true
	}
	for p > c.a && c.trig[p-1-c.a] {
		p--
	}
	return c.subject(p, skip), true
}

// onlyParticles reports whether every token in [lo, hi) is a particle.
func (c *sctx) onlyParticles(lo, hi int, particle func(int) bool) bool {
	for i := lo; i < hi; i++ {
		if !particle(i) {
			return false
		}
	}
	return true
}

// inApposition reports whether the words from mention j to token ts are
// an apposition of j opened by a comma and not closed ("the M23, a rebel
// group backed by Rwanda"): a phrase there qualifies j, not the verb
// before j ("fought the M23, ... backed by Rwanda" does not make Rwanda
// fight beside the army).
func (c *sctx) inApposition(j, ts int) bool {
	m := c.ms[j]
	return m.te < ts && m.te < c.b && c.comma[m.te-c.a] && c.commas(m.te, ts) == 1 && !c.breakIn(m.te, ts)
}

// maxAppositionWords is the most words of a noun apposition before its
// trigger ("a jihadist group affiliated with").
const maxAppositionWords = 5

// nounApposition reports whether the trigger at ts ends a noun
// apposition of mention j: a comma right after j, an article, then only
// lower-case words (« les insurgés d'Ansar al-Sunna, un groupe jihadiste
// affilié à l'État islamique », "the fighters of Ansar al-Sunna, a
// jihadist group affiliated with IS"). The apposition's noun is j, even
// when j follows a preposition.
func (c *sctx) nounApposition(j, ts int) bool {
	d := c.d
	m := c.ms[j]
	s := m.te
	if s >= ts || s >= c.b || !c.comma[s-c.a] || ts-s > maxAppositionWords+1 || c.ld.determiners.at(d, s, ts, nil) != 1 {
		return false
	}
	for i := s + 1; i < ts; i++ {
		if c.comma[i-c.a] || c.hard[i-c.a] || !isLowerWord(d, i) || c.trig[i-c.a] || c.rel[i-c.a] || c.brk[i-c.a] || c.inMention(i) >= 0 {
			return false
		}
	}
	return true
}

// clauseCut reports whether two mentions listed together, p before q,
// belong to two clauses: q is followed at once by a trigger (not a
// preposition such as "against", nor an alongside phrase) and a trigger
// stands a few words before p in its clause ("Russia delivered drones to
// Mali, and Niger attacked the JNIM": Mali is the object of delivered,
// Niger the subject of attacked).
func (c *sctx) clauseCut(p, q int) bool {
	d, r := c.d, c.ld.rel
	e := c.ms[q].te
	// « et la Russie a livré », "and Niger has regularly attacked", « et
	// les FSR ont régulièrement attaqué »: auxiliaries and adverbs
	// (trigger_fillers) before the verb
	for n := 0; n < 3 && e+1 < c.b && !c.comma[e+1-c.a] && c.inMention(e) < 0 && (r.has(d, e, rwAuxiliaries) || d.is(e, c.ld, classFiller) || n == 0 && r.has(d, e, rwClitics)); n++ {
		e++ // (« et la Biélorussie le forme »: a clitic object first)
	}
	if c.ellipsisAfter(q) || c.gapped(q) {
		return true // "and Niger followed suit", "and China did not either": a subject
	}
	if !c.relativeThenPredicate(c.ms[q].te) && (e >= c.b || !c.trig[e-c.a] && !c.accusesAt(e) || c.comma[e-c.a] || c.hard[e-c.a] || !isLowerWord(d, e) || r.has(d, e, rwPrepositions) || r.alongside.at(d, e, c.b, nil) > 0) {
		return false
	}
	s := c.ms[p].ts
	for i := s - 1; i >= c.a && i >= s-maxPredicateGap-3; i-- {
		if c.hard[i+1-c.a] || c.brk[i+1-c.a] || c.inMention(i) >= 0 {
			return false
		}
		if c.trig[i-c.a] {
			return true
		}
	}
	return false
}

// accusesAt reports whether an accusation or a report verb starts at
// token i (accuse_verbs, report_verbs: "and Kinshasa accuses Kigali of
// arming", « et Bamako affirme »): the actor before it is its subject,
// as before a trigger.
func (c *sctx) accusesAt(i int) bool {
	d, r := c.d, c.ld.rel
	return r.accuse.may(d, i) && r.accuse.at(d, i, c.b, nil) > 0 || r.hg.ok && r.hg.report.may(d, i) && r.hg.report.at(d, i, c.b, nil) > 0
}

// ellipsisAfter reports whether an ellipsis phrase follows mention q
// (ellipsis: "and Niger followed suit", « et la Chine a fait de même »;
// ellipsis_final: "and China did not either"): q is its subject.
func (c *sctx) ellipsisAfter(q int) bool {
	d, r := c.d, c.ld.rel
	e := c.ms[q].te
	if e >= c.b || c.hardOrComma(e) {
		return false
	}
	if r.ellipsis.may(d, e) && r.ellipsis.at(d, e, c.b, nil) > 0 {
		return true
	}
	f, k := c.finalEllipsis(e)
	return f > 0 && k == q
}

// relativeThenPredicate reports whether a relative clause between commas
// opens at token e and an auxiliary follows its closing comma: the
// mention before e is the subject of a predicate of its own ("..., and
// the Dominican Republic, which shares the island with Haiti, has
// reinforced its border", « et le Rwanda, qui dément, a fermé »).
func (c *sctx) relativeThenPredicate(e int) bool {
	if e >= c.b || !c.comma[e-c.a] || !c.rel[e-c.a] {
		return false
	}
	for i := e + 1; i < c.b; i++ {
		if c.hard[i-c.a] {
			return false
		}
		if c.comma[i-c.a] {
			return c.ld.rel.has(c.d, i, rwAuxiliaries)
		}
	}
	return false
}

// cutLeft keeps the end of a subject's list from the last clause cut.
func (c *sctx) cutLeft(g []int) []int {
	for x := len(g) - 1; x > 0; x-- {
		if c.clauseCut(g[x-1], g[x]) {
			return g[x:]
		}
	}
	return g
}

// cutRight keeps the start of an object's list up to the first clause cut
// or the first actor that is no argument (an origin, a speaker).
func (c *sctx) cutRight(g []int) []int {
	for x := 1; x < len(g); x++ {
		if c.clauseCut(g[x-1], g[x]) || g[x] < len(c.noArg) && c.noArg[g[x]] {
			return g[:x] // (no argument ends the list: "backed the army, and Turkish-made drones")
		}
	}
	return g
}

// maxParallelWords is the most words between the coordinator and the
// repeated preposition of a parallel object ("and Bayraktar TB2 drones
// from").
const maxParallelWords = 6

// parallelObjects widens the objects g of a supplies or trains trigger
// (one mention listed, or several) to a parallel phrase after them that
// repeats their preposition: "received Javelin missiles from the United
// States and Bayraktar TB2 drones from Türkiye", "sold drones to Mali and
// armoured vehicles to Niger", « des drones au Mali et des blindés au
// Niger »: a coordinator, a few words naming no actor, the same
// preposition, articles, then the actors listed there; not past a
// trigger of another type than t, whose own reading names them ("drones
// from Turkey and training from Russia": Russia trains, it supplies
// nothing). g is returned unchanged when there is none; else a new slice.
func (c *sctx) parallelObjects(g []int, t graph.RelType) []int {
	d, ld := c.d, c.ld
	if slices.ContainsFunc(g, func(k int) bool { return k >= len(c.ms) }) {
		return g // an extra mention (a pronoun, the home state)
	}
	first, last := c.ms[g[0]], c.ms[g[len(g)-1]]
	p := first.ts - 1
	for p > c.a && ld.determiners.at(d, p, p+1, nil) == 1 && !ld.rel.has(d, p, rwPrepositions) {
		p--
	}
	if p <= c.a || !ld.rel.has(d, p, rwPrepositions) || c.hardOrComma(first.ts) {
		return g
	}
	prep := d.toks[p].fold
	i := last.te
	if i >= c.b || c.hard[i-c.a] {
		return g
	}
	n := ld.coord.at(d, i, c.b, nil)
	if n == 0 {
		return g
	}
	for j := i + n; j < c.b && j <= i+n+maxParallelWords; j++ {
		if c.hardOrComma(j) || c.inMention(j) >= 0 || c.trig[j-c.a] && c.trigType[j-c.a] != t {
			return g
		}
		if d.toks[j].fold != prep || j == i+n {
			continue
		}
		k := j + 1
		for k < c.b && ld.determiners.at(d, k, k+1, nil) == 1 && !c.hardOrComma(k) {
			k++
		}
		o := c.inMention(k)
		if o < 0 || c.ms[o].ts != k || c.hardOrComma(k) || c.noArg[o] {
			return g
		}
		return append(slices.Clip(g), c.cutRight(d.group(ld, c.ms, o, +1))...)
	}
	return g
}

// leadingSpeakers returns the end of a leading attribution whose speakers
// open with mention k: mentions (demonyms, states), coordinators, articles
// and a source noun, then a speech verb ("Mexican officials and US
// prosecutors say"); else -1.
func (c *sctx) leadingSpeakers(k int) int {
	if !c.ld.rel.bl.ok {
		return -1
	}
	return c.speakersEnd(c.ms[k].ts, false)
}

// pronounObject reads a pronoun object of an active trigger: after it in
// English ("with the United Arab Emirates fighting alongside it", "the
// KIA ... still fights alongside it"), a clitic before an auxiliary
// before it in French (« les FACA ... l'avaient repoussée »), and a
// possessive before a target right after a hostile trigger ("attacked its
// positions", « a bombardé ses camps »; possessed_targets: no one attacks
// their own). The pronoun
// stands for someone other than the trigger's subject left: the
// sentence's first actor when it comes before the trigger and is not the
// subject, else the actor opening the sentence before (prevSubject). It
// returns the mention's index (an extra mention at the pronoun for the
// sentence before), or ok false.
func (c *sctx) pronounObject(h trigHit, left, right int) (k int, ok bool) {
	d, r := c.d, c.ld.rel
	if !r.rc.ok || h.trig.Voice != lexicon.Active {
		return -1, false
	}
	at, end, clitic := -1, -1, false
	// owned: a possessive before troops right after a trains or supplies
	// trigger (« des instructeurs de Wagner encadrent ses troupes »):
	// only the sentence's first actor, not the subject, owns them
	owned := false
	if h.te < c.b && r.has(d, h.te, rwPronounObjects) && !c.comma[h.te-c.a] && !c.hard[h.te-c.a] {
		at, end = h.te, h.te+1
	} else if p := h.ts - 2; p >= c.a && r.has(d, p, rwClitics) && r.has(d, p+1, rwAuxiliaries) && !c.comma[p+1-c.a] && !c.comma[h.ts-c.a] {
		at, end, clitic = p, p+1, true
	} else if p := h.ts - 1; p > c.a && r.has(d, p, rwClitics) && !c.comma[p-c.a] && !c.comma[h.ts-c.a] && (c.subjectEndsAt(p) || (r.rc.links.endsAt(d, c.a, p) > 0 || c.subjectRelativeAt(p)) && c.cliticBefore(p, h.ts)) {
		at, end, clitic = p, p+1, true // « le Qatar l'équipe », « elle les arme », « et leur fournit », « , qui lui fournissent » (gold19fr.go)
	} else if h.trig.Type == graph.Opposed && h.te+1 < c.b && r.has(d, h.te, rwPossessives) && !c.comma[h.te-c.a] && !c.comma[h.te+1-c.a] {
		if n := r.rc.targets.at(d, h.te+1, c.b, nil); n > 0 && c.inMention(h.te+1) < 0 {
			at, end = h.te, h.te+1+n
		}
	} else if (h.trig.Type == graph.Trains || h.trig.Type == graph.Supplies) && right < 0 && c.ownedTroopsAt(h.te) {
		at, end, owned = h.te, h.te+1+r.troops.at(d, h.te+1, c.b, nil), true
	}
	if at < 0 || c.inMention(at) >= 0 || right >= 0 && c.ms[right].ts < end {
		return -1, false
	}
	subj := func(a *lexicon.Actor) bool {
		if left < 0 {
			return false
		}
		for _, g := range c.subjectGroup(left, h.ts) {
			if c.ms[g].actor.ID == a.ID {
				return true
			}
		}
		return false
	}
	if k := c.parallelPronounObject(h, left); k >= 0 {
		return c.clitic(clitic, k), true // "Turkey trains Somalia's army, and Qatar equips it": the army
	}
	f := c.firstArg()
	if f >= 0 {
		if e := c.leadingSpeakers(f); e > 0 {
			// "Mexican officials and US prosecutors say the Chapitos ...
			// the CJNG, which now supplies them": the first actor of the
			// reported clause, not a speaker
			f = -1
			for k := range c.ms {
				if c.ms[k].ts >= e && !c.noArg[k] {
					f = k
					break
				}
			}
		}
	}
	if f >= 0 && c.ms[f].te <= h.ts && c.ms[f].actor.Kind != graph.KindPerson && !subj(c.ms[f].actor) {
		return c.clitic(clitic, f), true
	}
	if owned {
		return -1, false // "Mali trains its soldiers": the subject's own
	}
	if clitic && (h.trig.Type == graph.Supplies || h.trig.Type == graph.Trains) {
		// « La Turquie, liée à l'Azerbaïdjan par ..., lui a fourni »,
		// « Israël, qui achète son pétrole à Bakou, lui a vendu »: the
		// nearest other actor before; else the one a clitic stood for
		// in the sentence before (« La France lui a vendu ... L'Inde lui
		// a livré »)
		for k := len(c.ms) - 1; k >= 0; k-- {
			if m := c.ms[k]; m.te <= at && !c.noArg[k] && m.actor.Kind != graph.KindPerson && !subj(m.actor) {
				return c.clitic(clitic, k), true
			}
		}
		if p := c.mem; p != nil && p.prevClitic != nil && !subj(p.prevClitic) {
			p.cliticObject = p.prevClitic
			return c.addExtra(mention{ts: at, te: end, actor: p.prevClitic, form: lexicon.Form{Text: d.tokenText(at, end), Role: roleAnaphor}}), true
		}
	}
	if p := c.prevSubject; p != nil && p.Kind != graph.KindPerson && !subj(p) && !(left >= 0 && c.listedWith(p, c.ms[left].actor)) {
		// (not the subject's partner in the list opening the sentence
		// before: « L'Égypte et la Turquie soutiennent l'armée. Ankara lui
		// a livré des drones »: not Egypt; lead17.go)
		if clitic && c.mem != nil {
			c.mem.cliticObject = p
		}
		return c.addExtra(mention{ts: at, te: end, actor: p, form: lexicon.Form{Text: d.tokenText(at, end), Role: roleAnaphor}}), true
	}
	return -1, false
}

// cliticBefore reports whether token i is a clitic object (clitic_objects)
// right before the supplies or trains trigger at ts, or before an
// auxiliary right before it (« et leur fournit », « et lui a livré », «
// et les arme »). A clitic that is also an article (« et la formation
// des soldats », « et le combat continue ») is one only before a verb:
// no of-word after the trigger's word.
func (c *sctx) cliticBefore(i, ts int) bool {
	d, r := c.d, c.ld.rel
	if !(i+1 == ts || i+2 == ts && r.has(d, i+1, rwAuxiliaries)) || !r.has(d, i, rwClitics) || c.comma[ts-c.a] || c.comma[i+1-c.a] {
		return false
	}
	if t := c.trigType[ts-c.a]; t != graph.Supplies && t != graph.Trains {
		return false
	}
	return r.objectPronouns[d.toks[i].fold] || i+2 == ts || ts+1 >= c.b || !r.has(d, ts+1, rwOf)
}

// subjectEndsAt reports whether a subject ends right before token p: a
// mention or a subject pronoun (« le Qatar l'équipe », « elle les
// arme »), so that a clitic at p is an object, not an article.
func (c *sctx) subjectEndsAt(p int) bool {
	if k := c.inMention(p - 1); k >= 0 {
		return c.ms[k].te == p
	}
	r := c.ld.rel
	return p-1 >= c.a && c.d.is(p-1, c.ld, classPronoun) && (r.has(c.d, p-1, rwSingular) || r.has(c.d, p-1, rwPronouns))
}

// clitic remembers the actor of mention k that a French clitic object
// stands for, when it is one (is), for the sentence after; it returns k.
func (c *sctx) clitic(is bool, k int) int {
	if is && c.mem != nil {
		c.mem.cliticObject = c.ms[k].actor
	}
	return k
}

// possessedTarget reports whether a possessive and a target follow one of
// the hostile triggers hits ("attacked its positions"): with one actor
// named, the possessor may be the subject of the sentence before.
func (c *sctx) possessedTarget(hits []trigHit) bool {
	d, r := c.d, c.ld.rel
	for _, h := range hits {
		if h.trig.Type == graph.Opposed && h.te+1 < c.b && r.has(d, h.te, rwPossessives) && r.rc.targets.at(d, h.te+1, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// pronounPairs relates the subject of a trigger (and the actors listed
// with it) to the actor a pronoun object stands for, an extra mention p
// (pronounObject), with the rule suffix "/pronoun".
func (c *sctx) pronounPairs(h trigHit, left, p int, rule string) []pairCand {
	if left < 0 {
		return nil
	}
	to := c.extra[p-len(c.ms)].actor
	var out []pairCand
	for _, l := range c.subjectGroup(left, h.ts) {
		if from := c.ms[l].actor; from.ID != to.ID && h.trig.Type.Allows(from.Kind, to.Kind) {
			out = append(out, pairCand{from: l, to: p, typ: h.trig.Type, ts: h.ts, te: h.te, rule: rule + "/pronoun", weak: true})
		}
	}
	return out
}

// maxEndingGap is the most words between an ending verb and the allied
// trigger it ends ("revoked its military cooperation agreement").
const maxEndingGap = 3

// endedAt returns the first token of an ending verb a few words before
// an allied trigger at ts ("Niger revoked its military cooperation
// agreement with the United States", « N'Djamena a mis fin à l'accord de
// coopération de défense avec la France »), or -1.
func (c *sctx) endedAt(ts int) int {
	r := c.ld.rel
	if !r.rc.ok || c.othersSupport(ts) {
		return -1
	}
	dates := 0 // date words between, not counted: « a dénoncé le 28 novembre 2024 son accord »
	for i := ts - 1; i >= c.a && i >= ts-maxEndingGap-3-dates; i-- {
		if i+1 < ts && (c.comma[i+1-c.a] || c.hard[i+1-c.a]) {
			return -1
		}
		if c.dateWord(i) {
			dates++
			continue
		}
		if !isLowerWord(c.d, i) {
			return -1 // (a lower-case mention may stand between: "its military")
		}
		if !r.rc.ending.may(c.d, i) {
		} else if n := r.rc.ending.at(c.d, i, ts, nil); n > 0 && ts-(i+n)-dates <= maxEndingGap {
			for k := i + n; k < ts; k++ {
				if !isLowerWord(c.d, k) && !c.dateWord(k) {
					return -1
				}
			}
			return i
		}
	}
	return -1
}

// dateWord reports whether token i is a number or a month name ("28",
// "novembre", "2024"), or the article before a day (« le 28 »).
func (c *sctx) dateWord(i int) bool {
	f := c.d.toks[i].fold
	if isNumber(f) || c.ld.rel.has(c.d, i, rwMonth) {
		return true
	}
	return i+1 < c.b && isNumber(c.d.toks[i+1].fold) && c.ld.determiners.at(c.d, i, i+1, nil) == 1
}

// measureEnded reports whether the opposed trigger at [ts, te) is a
// measure (a diplomatic word: "sanctions on", « sanctions contre ») that
// an ending verb a few words before lifts ("lifted its economic sanctions
// on Syria", « a levé les sanctions contre »): a standing relation ended,
// negated (docs/CODEBOOK.md, "Ended standing relations").
func (c *sctx) measureEnded(ts, te int) bool {
	if c.endedAt(ts) < 0 {
		return false
	}
	for i := ts; i < te; i++ {
		if c.ld.rel.has(c.d, i, rwDiplomatic) {
			return true
		}
	}
	return false
}

// maxPartyWords is the most words between an ended agreement and the
// relative or possessive that names its other party unnamed ("the
// agreement that governed their presence").
const maxPartyWords = 4

// unnamedParty returns the other party of an ended agreement ending at
// token te that names none after it but by a relative or a possessive
// (« l'accord qui encadrait leur présence », "the deal under which its
// troops"): the actor opening the sentence, a state or an organisation
// before the ender at mention left, when no other actor stands between
// them; else -1.
func (c *sctx) unnamedParty(left, te int) int {
	d, r := c.d, c.ld.rel
	ok := false
	for i := te; i < c.b && i < te+maxPartyWords && !c.hard[i-c.a]; i++ {
		if c.inMention(i) >= 0 {
			return -1
		}
		if (i == te && c.rel[i-c.a]) || r.has(d, i, rwPossessives) {
			ok = true
			break
		}
	}
	if !ok || left == 0 {
		return -1
	}
	k := 0
	m := c.ms[k]
	if c.noArg[k] || m.ts-c.a > maxSubjectOpening || (m.actor.Kind != graph.KindState && m.actor.Kind != graph.KindOrganisation) || m.actor.ID == c.ms[left].actor.ID {
		return -1
	}
	for j := 1; j < left; j++ {
		if !c.noArg[j] && c.ms[j].actor.ID != m.actor.ID && c.ms[j].actor.Kind != graph.KindPerson {
			return -1
		}
	}
	return k
}

// agreementEnded reports whether an ending verb (not intended) ends the
// allied trigger at ts: "revoked its military cooperation agreement
// with", « a dénoncé l'accord de coopération militaire avec ». The
// alliance is a standing relation ended, negated (docs/CODEBOOK.md,
// "Ended standing relations").
func (c *sctx) agreementEnded(ts int) bool {
	at := c.endedAt(ts)
	return at >= 0 && !c.intended(at)
}

// endedPairs reads an allied trigger after an ending verb as opposed too
// (".../ended"): the subject of the verb against the agreement's other
// party. The trigger's own pairs stay, negated (agreementEnded).
func (c *sctx) endedPairs(h trigHit) []pairCand {
	at := c.endedAt(h.ts)
	if at < 0 || c.intended(at) {
		return nil
	}
	if c.ld.rel.rc.suspension.at(c.d, at, h.ts, nil) > 0 {
		return nil // "suspended its military cooperation with": allied negated only
	}
	if c.ld.rel.hg.ok && !c.phraseIn(c.ld.rel.hg.standing, at, h.te) {
		return nil // "ended its support for the RSF": no agreement denounced, no hostility (deny18.go)
	}
	rule := h.trig.Lang + "/trigger/" + string(h.trig.Type) + "/" + string(h.trig.Voice)
	noArg := func(j int) bool { return c.noArg[j] }
	left := c.subject(at, noArg)
	right := c.object(h.te, noArg)
	var out []pairCand
	if left >= 0 && right < 0 {
		// « Washington, dont les militaires opéraient à Agadez, a dû
		// partir, Niamey ayant dénoncé l'accord qui encadrait leur
		// présence »: the other party opens the sentence
		if right = c.unnamedParty(left, h.te); right >= 0 {
			out = append(out, pairCand{from: left, to: right, typ: graph.Allied, ts: h.ts, te: h.te, rule: rule + "/party"})
		}
	}
	if left < 0 || right < 0 {
		return nil
	}
	for _, l := range c.subjectGroup(left, at) {
		for _, r := range c.d.group(c.ld, c.ms, right, +1) {
			if c.ms[l].actor.ID != c.ms[r].actor.ID {
				out = append(out, pairCand{from: l, to: r, typ: graph.Opposed, ts: at, te: h.te, rule: rule + "/ended"})
			}
		}
	}
	return out
}

// ownedTroopsAt reports whether a possessive and troops start at token i,
// right after a trigger ("trains its soldiers", « encadrent ses
// troupes »; troop_nouns): the trainees or recipients, whose owner the
// possessive names.
func (c *sctx) ownedTroopsAt(i int) bool {
	d, r := c.d, c.ld.rel
	return i+1 < c.b && r.has(d, i, rwPossessives) && !c.comma[i-c.a] && !c.comma[i+1-c.a] &&
		c.inMention(i+1) < 0 && r.troops.at(d, i+1, c.b, nil) > 0
}

// parallelPronounObject returns the object of an earlier active trigger
// of the sentence (of any type), before the subject left of the supplies
// or trains trigger h whose object is a pronoun: the second clause
// supplies or trains the first clause's object ("Turkey trains Somalia's
// army, and Qatar equips it", « la Turquie forme l'armée somalienne et
// le Qatar l'équipe », "Egypt backs the army, and Turkey arms it"), or,
// when the two share the subject, the object between the triggers
// ("Turkey trains Somali troops and supplies them with drones"); -1
// when there is none. The pronoun is not the
// subject left's actor.
func (c *sctx) parallelPronounObject(h trigHit, left int) int {
	t := h.trig.Type
	if left < 0 || t != graph.Supplies && t != graph.Trains {
		return -1
	}
	ls := c.ms[left].ts
	for _, e := range c.hits {
		if e.ts >= h.ts || e.trig.Voice != lexicon.Active {
			continue
		}
		end := ls // the first clause ends at the second one's subject
		if e.te > ls {
			if e.ts < c.ms[left].te {
				continue
			}
			end = h.ts // "Turkey trains Somali troops and supplies them": a shared subject
		}
		for k := range c.ms {
			m := c.ms[k]
			// not subj: a subject list read back past ", and" takes the
			// first clause's object in ("supplies Mali, and Belarus")
			if m.ts >= e.te && m.te <= end && !c.noArg[k] && m.actor.Kind != graph.KindPerson && m.actor.ID != c.ms[left].actor.ID && !c.breakIn(e.te, m.ts) {
				return k
			}
		}
	}
	return -1
}
