package extract

import (
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"

	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// hedgeRel is the data of the reporting-clause rules of this file,
// compiled with relData.
type hedgeRel struct {
	ok bool
	// report: "said", « affirme » (lexicon.Language.ReportVerbs).
	report phrases
	// standing, border, reopening: lexicon.Language.StandingWords,
	// BorderNouns, ReopeningVerbs.
	standing, border, reopening phrases
	// cessation, negEnd, trade: lexicon.Language.Cessations,
	// NegationEnds, TradeGoods.
	cessation, negEnd, trade phrases
	// locLeaving: lexicon.Language.LocativeLeaving.
	locLeaving phrases
	// refusal, permission: lexicon.Language.Refusals, Permissions.
	refusal, permission phrases
	// holding: lexicon.Language.HoldingParticiples.
	holding phrases
	// jointSpeech, legal, bodies: lexicon.Language.JointSpeech,
	// LegalNouns, ModifiedBodies.
	jointSpeech, legal, bodies phrases
	// contrast, passiveDenial, denialTail: lexicon.Language.ContrastNegations,
	// PassiveDenials, DenialTails.
	contrast, passiveDenial, denialTail phrases
	// view, viewMark: lexicon.Language.ViewVerbs, ViewMarkers.
	view, viewMark phrases
	// counter, without, relReport: lexicon.Language.CounterClaims,
	// Withouts, RelativeReports.
	counter, without, relReport phrases
}

func (r *hedgeRel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.report = newPhraseSet(reg)
		r.standing, r.border, r.reopening = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.cessation, r.negEnd, r.trade = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.locLeaving = newPhraseSet(reg)
		r.refusal, r.permission, r.holding = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.jointSpeech, r.legal, r.bodies = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.contrast, r.passiveDenial, r.denialTail = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.view, r.viewMark = newPhraseSet(reg), newPhraseSet(reg)
		r.counter, r.without, r.relReport = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.ok = true
	}
	for p, ws := range map[*phrases][]string{&r.report: lg.ReportVerbs, &r.standing: lg.StandingWords,
		&r.border: lg.BorderNouns, &r.reopening: lg.ReopeningVerbs, &r.cessation: lg.Cessations, &r.negEnd: lg.NegationEnds, &r.trade: lg.TradeGoods, &r.locLeaving: lg.LocativeLeaving,
		&r.refusal: lg.Refusals, &r.permission: lg.Permissions, &r.holding: lg.HoldingParticiples, &r.jointSpeech: lg.JointSpeech, &r.legal: lg.LegalNouns, &r.bodies: lg.ModifiedBodies, &r.contrast: lg.ContrastNegations, &r.passiveDenial: lg.PassiveDenials, &r.denialTail: lg.DenialTails,
		&r.view: lg.ViewVerbs, &r.viewMark: lg.ViewMarkers, &r.counter: lg.CounterClaims, &r.without: lg.Withouts, &r.relReport: lg.RelativeReports} {
		for _, s := range ws {
			p.add(s, false)
		}
	}
}

// Bounds of a reporting clause, in words: a leading one's speaker and
// verb ("A UN panel of experts said on Monday that"), a trailing or
// parenthetical one between commas (", South Korean officials said
// last week."), and the words after a trailing clause's verb ("said on
// Monday").
const (
	maxLeadReportWords  = 16
	maxTailReportWords  = 12
	maxAfterReportWords = 5
)

// reportClause is a reporting clause of a sentence: the speaker's
// tokens [spk0, spk1) and the tokens [lo, hi) of what it reports.
type reportClause struct {
	spk0, spk1 int
	lo, hi     int
	// seg0, seg1 bound a trailing or parenthetical clause, which reports
	// nothing of itself.
	seg0, seg1 int
}

// reportClauses holds the reporting clauses of a sentence without
// allocating.
type reportClauses struct {
	n  int
	cl [3]reportClause
}

// reportingClauses finds the reporting clauses of the sentence: a leading
// one ("A UN report says (that) ...", "X said on Monday that ...":
// speaker and report verb open the sentence, before any trigger; it
// reports the rest of its clause), and trailing or parenthetical ones
// between commas ("..., a UN report says.", "Rwanda, officials said,
// ...", « ..., affirme le rapport. »: the speaker then the verb and a few
// words, or the verb then the speaker; it reports its clause but
// itself). A speaker is a phrase with no trigger, no relative and no
// pronoun alone.
func (c *sctx) reportingClauses() reportClauses {
	if !c.reportsOK {
		c.reports, c.reportsOK = c.findReportingClauses(), true
	}
	return c.reports
}

// maxRelReportWords is the most words from a relative pronoun to the
// report verb of a speaker inside the relative ("which rights groups
// say").
const maxRelReportWords = 5

// findReportingClauses is reportingClauses without the sentence's record
// (sctx.reports).
func (c *sctx) findReportingClauses() reportClauses {
	var out reportClauses
	r := &c.ld.rel.hg
	if !r.ok || c.d.none(r.report, c.a, c.b) {
		return out
	}
	d := c.d
	// leading
	if cl, ok := c.leadingReport(c.a); ok && !c.clauseJoinIn(c.a, cl.spk1) {
		out.add(cl) // (past ", and" the speaker opens a clause of its own, below)
	}
	// leading, opening a clause coordinated after a comma ("Kinshasa is
	// furious, but UN experts say Rwanda supplies the M23")
	for q := c.a + 1; q+1 < c.b; q++ {
		if !c.comma[q-c.a] || !c.clauseJoin(q) { // (clauseJoin is false with no comma: no call)
			continue
		}
		if c.ld.rel.has(d, q+1, rwSubjectPronouns) {
			continue // ", et nous resterons », a déclaré": the quote's own words
		}
		if cl, ok := c.leadingReport(q + 1); ok && !c.commaIn(q+1, cl.spk1+1) {
			out.add(cl)
		}
	}
	// inside a relative clause: "the militia, which rights groups say was
	// armed by Wagner, ..." reports the rest of the relative, to its
	// closing comma
	for i := c.a + 1; i < c.b; i++ {
		if !c.rel[i-c.a] {
			continue
		}
		for v := i + 1; v < c.b && v <= i+maxRelReportWords; v++ {
			if c.comma[v-c.a] || c.hard[v-c.a] || c.trig[v-c.a] || c.rel[v-c.a] {
				break
			}
			if !r.report.may(d, v) || c.inMention(v) >= 0 {
				continue
			}
			n := r.report.at(d, v, c.b, nil)
			if n == 0 || !c.speakerPhrase(i+1, v) || v+n >= c.b || c.comma[v+n-c.a] {
				continue
			}
			e := v + n
			for e < c.b && !c.comma[e-c.a] && !c.hard[e-c.a] {
				e++
			}
			out.add(reportClause{spk0: i + 1, spk1: v, lo: v + n, hi: e, seg0: -1, seg1: -1})
			break
		}
	}
	// trailing and parenthetical
	for q := c.a + 1; q < c.b; q++ {
		if !c.comma[q-c.a] {
			continue
		}
		e := q + 1
		for e < c.b && !c.comma[e-c.a] && !c.hard[e-c.a] {
			e++
		}
		if e-q > maxTailReportWords {
			q = e - 1 // no comma before e
			continue
		}
		cl, ok := c.tailReport(q, e)
		if ok {
			cl.lo, cl.hi = c.clauseStart(q), c.clauseEnd(e)
			out.add(cl)
		}
		q = e - 1 // no comma before e
	}
	return out
}

// leadingReport reads a reporting clause opening at token s, a speaker
// then a report verb ("A UN report says (that)", « Un responsable a
// affirmé que »), reporting the rest of the clause.
func (c *sctx) leadingReport(s int) (reportClause, bool) {
	r, d := &c.ld.rel.hg, c.d
	for i := s + 1; i < c.b && i < s+maxLeadReportWords; i++ {
		if c.hard[i-c.a] || c.trig[i-c.a] || c.rel[i-c.a] {
			break
		}
		if !r.report.may(d, i) {
			continue
		}
		n := r.report.at(d, i, c.b, nil)
		if n == 0 || c.inMention(i) >= 0 {
			continue
		}
		if c.inFalsityFrame(i) {
			break // "It would be wrong to say that": a denial, no speaker (open19.go)
		}
		if i+n < c.b && c.comma[i+n-c.a] {
			break // "Rwanda, a UN report says, supports": parenthetical
		}
		if c.d.quoteClosesBefore(i) {
			break // « "We will resist", said President X »: the quote is no speaker (gold17fr.go)
		}
		if c.speakerPhrase(s, i) {
			return reportClause{spk0: s, spk1: i, lo: i + n, hi: c.clauseEnd(i + n), seg0: -1, seg1: -1}, true
		}
		break
	}
	return reportClause{}, false
}

// clauseJoin reports whether token q is a coordinator or a contrast
// "but" after a comma (", and", « , mais »): a clause opens after it.
func (c *sctx) clauseJoin(q int) bool {
	d := c.d
	return q > c.a && q < c.b && c.comma[q-c.a] && (c.ld.coord.may(d, q) && c.ld.coord.at(d, q, c.b, nil) == 1 || c.ld.rel.contrastButs.may(d, q) && c.ld.rel.contrastButs.at(d, q, c.b, nil) == 1)
}

// clauseJoinIn reports whether a clauseJoin stands in tokens (lo, hi).
func (c *sctx) clauseJoinIn(lo, hi int) bool {
	for q := lo + 1; q < hi && q < c.b; q++ {
		if q > c.a && c.comma[q-c.a] && c.clauseJoin(q) {
			return true
		}
	}
	return false
}

// commaIn reports whether a comma stands before a token of (lo, hi).
func (c *sctx) commaIn(lo, hi int) bool {
	for k := lo + 1; k < hi && k < c.b; k++ {
		if c.comma[k-c.a] {
			return true
		}
	}
	return false
}

func (rs *reportClauses) add(cl reportClause) {
	if rs.n < len(rs.cl) {
		rs.cl[rs.n] = cl
		rs.n++
	}
}

// tailReport reads tokens [q, e), between commas or a comma and the
// sentence's end, as a reporting clause: speaker then verb (and at most
// maxAfterReportWords words, none opening a reported clause), or verb
// then speaker (« affirme le rapport »).
func (c *sctx) tailReport(q, e int) (reportClause, bool) {
	r := &c.ld.rel.hg
	d := c.d
	for i := q; i < e; i++ {
		if c.trig[i-c.a] && !c.envoyNoun(i) || c.rel[i-c.a] {
			return reportClause{}, false // (« a déclaré l'envoyé soudanais »: a noun, open19.go)
		}
	}
	for v := q; v < e; v++ {
		if !r.report.may(d, v) {
			continue
		}
		n := r.report.at(d, v, e, nil)
		if n == 0 || c.inMention(v) >= 0 {
			continue
		}
		cl := reportClause{seg0: q, seg1: e}
		if v == q {
			cl.spk0, cl.spk1 = v+n, e
		} else {
			if e-(v+n) > maxAfterReportWords {
				return reportClause{}, false
			}
			for j := v + n; j < e; j++ {
				if c.ld.rel.has(d, j, rwComplementizers) || c.ld.rel.has(d, j, rwPronouns) {
					return reportClause{}, false // "said that ...", "said they ...": a reported clause follows
				}
			}
			cl.spk0, cl.spk1 = q, v
		}
		return cl, c.speakerPhrase(cl.spk0, cl.spk1)
	}
	return reportClause{}, false
}

// speakerPhrase reports whether tokens [i, j) may name a speaker: some
// words, not a subject pronoun alone ("they said": whose words is
// unknown) nor a clause break ("but said").
func (c *sctx) speakerPhrase(i, j int) bool {
	if j <= i {
		return false
	}
	for k := i; k < j; k++ {
		if c.brk[k-c.a] {
			return false
		}
	}
	if j-i == 1 && c.ld.rel.has(c.d, i, rwPronouns) {
		return false
	}
	return j-i > 1 || c.inMention(i) >= 0 || isLowerWord(c.d, i) || c.ld.rel.bl.sourceNouns.at(c.d, i, j, nil) > 0 || j-i == 1 && c.pronounSpeaker(i)
}

// clauseStart returns the first token of the clause of token i: after
// the last hard break (";", ":", a dash, a bracket) before it.
func (c *sctx) clauseStart(i int) int {
	for ; i > c.a; i-- {
		if c.hard[i-c.a] {
			return i
		}
	}
	return c.a
}

// clauseEnd returns the end of the clause from token i: the next hard
// break, or the sentence's end.
func (c *sctx) clauseEnd(i int) int {
	for i++; i < c.b; i++ {
		if c.hard[i-c.a] {
			return i
		}
	}
	return c.b
}

// reported tells whether pair p relating from and to (kept mentions) is
// reported by one of the clauses and not the speaker's own declaration,
// and returns the speaker's words. The speaker's own action is asserted
// (docs/CODEBOOK.md, "Who speaks"): a speaker that is the relation's
// actor (either party of a symmetric relation). A title or a possessive
// role naming an actor ("al-Qaeda's branch", "the alliance's
// Secretary-General, X") is the narrator's naming, not reported.
func (c *sctx) reported(rs *reportClauses, kept []mention, p pairCand, from, to *mention) (string, bool) {
	if rs.n == 0 || strings.Contains(p.rule, "/role/") || strings.Contains(p.rule, "/possessive/") || namingRule(p.typ, p.rule) { // (a title, « l'ANL du maréchal Haftar »: open20.go)
		return "", false
	}
	ts, typ := p.ts, p.typ
	for i := 0; i < rs.n; i++ {
		cl := &rs.cl[i]
		if ts < cl.lo || ts >= cl.hi || ts >= cl.seg0 && ts < cl.seg1 {
			continue
		}
		own, named := false, false
		for k := range kept {
			m := &kept[k]
			if m.ts < cl.spk0 || m.te > cl.spk1 {
				continue
			}
			named = true
			if m.actor.ID == from.actor.ID || typ.Symmetric() && m.actor.ID == to.actor.ID {
				own = true
			}
		}
		if !named && c.possessiveSpeaker(cl.spk0, cl.spk1) {
			// "..., its foreign ministry said", « , a affirmé son
			// ministère »: the sentence's first actor speaks
			if f := c.firstArg(); f >= 0 && f < len(kept) && c.speakerGroupHas(kept, f, from, to, typ) {
				own = true // (its group: "Neither X nor Y ..., their governments say"; probe17.go)
			}
		}
		if own && !c.targetSpeaks(kept, cl.spk0, cl.spk1, p, from, to) { // (the target on its attacker: open20.go)
			continue
		}
		return strings.TrimSpace(c.d.tokenText(cl.spk0, cl.spk1)), true
	}
	return "", false
}

// leavingIn reports whether a leaving phrase ("left", « ont quitté »)
// starts in the trigger [ts, te): also after a filler the trigger reads
// through (« ont officiellement quitté », "has formally left").
func (c *sctx) leavingIn(ts, te int) bool {
	for j := ts; j < te && j < c.b; j++ {
		if c.ld.rel.leaving.may(c.d, j) && c.ld.rel.leaving.at(c.d, j, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// standingPair reports whether pair p states a standing relation, one
// that may end (docs/CODEBOOK.md, "Ended standing relations"): a
// membership, a designation, or a trigger with a standing word ("signed
// a defence pact with", "sanctions on", « fermé sa frontière avec »).
// Past events ("fought alongside", "attacked") are not.
func (c *sctx) standingPair(p pairCand) bool {
	if p.typ == graph.MemberOf || strings.Contains(p.rule, "/designation/") {
		return true
	}
	if p.typ != graph.Allied && p.typ != graph.Opposed {
		return false
	}
	return c.phraseIn(c.ld.rel.hg.standing, p.ts, p.te) || jointStanding(p)
}

// borderPair reports whether opposed pair p closes a border (its trigger
// names one: "closed its border with", « fermé sa frontière avec »).
func (c *sctx) borderPair(p pairCand) bool {
	return p.typ == graph.Opposed && c.ld.rel.hg.ok && c.phraseIn(c.ld.rel.hg.border, p.ts, p.te)
}

// reopenedAfter reports whether a reopening verb follows token te in
// the sentence (« avait fermé sa frontière avec le Niger ; elle a été
// rouverte en mars 2024 »).
func (c *sctx) reopenedAfter(te int) bool {
	return c.ld.rel.hg.ok && c.phraseIn(c.ld.rel.hg.reopening, te, c.b)
}

// reopensBorder reports whether tokens [a, b) reopen a border: a
// reopening verb and a border noun ("The border was reopened in March"),
// or a pronoun opening the sentence for it (« Elle a été rouverte »).
func reopensBorder(d *doc, ld *langData, a, b int) bool {
	r := &ld.rel.hg
	if !r.ok || b <= a || d.none(r.reopening, a, b) {
		return false
	}
	pron := ld.rel.has(d, a, rwSingular)
	reopen, border := false, pron
	for i := a; i < b && !(reopen && border); i++ {
		if i = d.nextStart(i, b, r.reopening.bit|r.border.bit); i == b {
			break
		}
		reopen = reopen || r.reopening.at(d, i, b, nil) > 0
		border = border || r.border.at(d, i, b, nil) > 0
	}
	return reopen && border
}

// endStanding is the article-level step after the sentences: when a
// sentence states the end of a standing relation (relation.ended: a
// departure, an agreement denounced, sanctions lifted, a border
// reopened), the evidence of the same relation (type and pair) in the
// sentences before it that states the standing relation is negated
// too: the relation held and has ended, which docs/CODEBOOK.md annotates
// negated ("Ended standing relations"). Past events (fought alongside,
// attacked) stay asserted, and so does evidence after the end (a new
// agreement).
func endStanding(evs []relEvidence) {
	for _, e := range evs {
		if !e.ended || e.ev.SentenceIndex == nil {
			continue
		}
		for j := range evs {
			f := &evs[j]
			if f.rel == e.rel && f.standing && !f.ev.Negated && f.ev.SentenceIndex != nil && *f.ev.SentenceIndex < *e.ev.SentenceIndex {
				f.ev.Negated = true
			}
		}
	}
}

// reopenBorders ends the border closures found so far when a sentence
// reopens a border ("The border was reopened in March", « La frontière a
// été rouverte en mars 2024 ») and names no actor but the closure's
// parties: their evidence is negated.
func reopenBorders(evs []relEvidence, rels []graph.ClaimRelation, ms []mention) {
	for j := range evs {
		f := &evs[j]
		if !f.border || f.ev.Negated {
			continue
		}
		r := &rels[f.rel]
		other := false
		for _, m := range ms {
			if m.actor.ID != r.From && m.actor.ID != r.To {
				other = true
				break
			}
		}
		if !other {
			f.ev.Negated = true
		}
	}
}

// designationEnded reports whether an ending verb ends the designation
// of pair p ("revoked the designation of HTS as a foreign terrorist
// organisation", « a révoqué la désignation de HTS comme organisation
// terroriste »): a standing relation ended, negated.
func (c *sctx) designationEnded(p pairCand) bool {
	return strings.Contains(p.rule, "/designation/") && c.endedAt(p.ts) >= 0
}

// namingRule reports whether a leads or member_of rule reads a title, a
// role or a possessive role naming a person or a member ("Polish Prime
// Minister X", "Its commander, X,", "the mission's spokesman, X"): the
// narrator's naming, which a hedge elsewhere in the sentence does not
// reach. (A supplier or ally role is a claim: "Armenia's largest arms
// supplier, according to officials" stays hedged.)
func namingRule(typ graph.RelType, rule string) bool {
	if typ != graph.Leads && typ != graph.MemberOf {
		return false
	}
	return strings.Contains(rule, "/role/") || strings.Contains(rule, "/title/") || strings.Contains(rule, "/possessive/") ||
		typ == graph.Leads && strings.Contains(rule, "/possessor/") // « l'ANL du maréchal Khalifa Haftar »
}

// maxNamingHedgeGap is the most words between a hedge cue and the role
// it qualifies ("the alleged leader").
const maxNamingHedgeGap = 3

// namingHedged reports whether a hedge cue qualifies the naming pair p
// itself: one in or right before its role ("the alleged leader", « le
// chef présumé »).
func namingHedged(at []int, p pairCand) bool {
	for _, i := range at {
		if i >= p.ts-maxNamingHedgeGap && i <= p.te {
			return true
		}
	}
	return false
}

// maxCessationGap is the most words between a negation and the end
// that makes it a cessation (« ne fournit plus », « n'y participe plus »).
const maxCessationGap = 3

// cessationAt reports whether a cessation cue or a negation end starts in
// [i, i+maxCessationGap]: the negation at i says that a relation has
// stopped ("no longer", « ne ... plus »).
func (c *sctx) cessationAt(i int) bool {
	r := &c.ld.rel.hg
	for j := i; j <= i+maxCessationGap && j < c.b; j++ {
		if r.cessation.may(c.d, j) && c.cessationCue(j) || j > i && r.negEnd.may(c.d, j) && r.negEnd.at(c.d, j, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// cessationCue reports whether a cessation cue starts at token i that no
// longer negation cue starting there holds: "stopped short of arming" is
// a denial (negations), not a stop.
func (c *sctx) cessationCue(i int) bool {
	n := c.ld.rel.hg.cessation.at(c.d, i, c.b, nil)
	return n > 0 && !(c.ld.negations.may(c.d, i) && c.ld.negations.at(c.d, i, c.b, nil) > n)
}

// ceasedIn reports whether tokens [from, to) say that a relation has
// stopped: a cessation cue ("stopped", « a cessé de »), or a negation
// that a cessation or negation end completes ("no longer", « ne ...
// plus »). A standing relation has then ended (negated); of deliveries,
// training or attacks the past acts still count (docs/CODEBOOK.md,
// "stopped supplying Mali"). negs is sorted.
func (c *sctx) ceasedIn(negs []int, from, to int) bool {
	r := &c.ld.rel.hg
	if !r.ok {
		return false
	}
	for i := max(from, c.a); i < to && i < c.b; i++ {
		if r.cessation.may(c.d, i) && c.cessationCue(i) {
			return true
		}
	}
	for k := sort.SearchInts(negs, from); k < len(negs) && negs[k] < to; k++ {
		if c.cessationAt(negs[k]) {
			return true
		}
	}
	return false
}

// deniedPast reports whether a negation in [from, to) denies a relation
// that is no standing one: a negation that a cessation completes («
// ne fournit plus », "no longer supplies") says the acts have stopped,
// not that they never were, and does not count. negs is sorted.
func (c *sctx) deniedPast(negs []int, from, to int) bool {
	for k := sort.SearchInts(negs, from); k < len(negs) && negs[k] < to; k++ {
		if !c.cessationAt(negs[k]) {
			return true
		}
	}
	return false
}

// negatedOutside reports whether a negation cue starts in [from, to)
// outside a relative clause closed before to: a negation inside a
// relative opened by a comma (", which never exceeded 1,000 soldiers,")
// reaches no trigger past the comma that closes it ("..., with
// contingents from Jamaica"; "Rwanda, which has never admitted it,
// supplies the M23"). negs is sorted.
func (c *sctx) negatedOutside(negs []int, from, to int) bool {
	for k := sort.SearchInts(negs, from); k < len(negs) && negs[k] < to; k++ {
		if !c.inClosedRelative(negs[k], from, to) {
			return true
		}
	}
	return false
}

// deniedObjectEnds reports whether token i opens a second predicate, a
// predicate link right before a trigger, one or two lower-case words
// allowed between ("and then attacked", « puis a attaqué »), after the
// negation cue at token n that is a verb with an object of its own, an
// article right after it ("rejected the talks", « a rejeté les
// pourparlers »): the cue denies its object, not the second predicate.
// A relative word or a trigger between them ("denied the reports that
// it supplied") keeps the predicate inside the denial.
func (c *sctx) deniedObjectEnds(n, i int, blocked func(int) bool) bool {
	d, r := c.d, c.ld.rel
	if !r.rc.ok || !r.rc.links.may(d, i) {
		return false
	}
	l := r.rc.links.at(d, i, c.b, nil)
	if l == 0 {
		return false
	}
	e := n + c.ld.negations.at(d, n, c.b, blocked)
	if e >= i || c.ld.determiners.at(d, e, e+1, nil) != 1 {
		return false
	}
	for k := e; k < i; k++ {
		if c.rel[k-c.a] || c.trig[k-c.a] {
			return false
		}
	}
	for k := i + l; k < c.b && k <= i+l+2; k++ {
		if c.trig[k-c.a] {
			return true
		}
		if !isLowerWord(d, k) || c.inMention(k) >= 0 {
			return false
		}
	}
	return false
}

// inClosedRelative reports whether token i, in [from, to), is inside a
// relative clause opened by a comma and a relative word, or an object
// relative (« , que »), after from and closed by a comma before to, at
// its bracket depth.
func (c *sctx) inClosedRelative(i, from, to int) bool {
	open := -1
	for j := i; j > from && j >= c.a; j-- {
		if c.comma[j-c.a] && (c.rel[j-c.a] || c.ld.rel.objRelatives.may(c.d, j) && c.ld.rel.objRelatives.at(c.d, j, c.b, nil) > 0) {
			open = j
			break
		}
		if c.hard[j-c.a] || c.brk[j-c.a] {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for m := i + 1; m <= to && m < c.b; m++ {
		if c.comma[m-c.a] && c.commaDepth[m-c.a] == c.paren[open-c.a] {
			return true
		}
	}
	return false
}

// legalStep reports whether an opposed trigger of one word at token ts
// ("against", « contre ») follows a legal or civic step, one adjective
// allowed between ("Mexico's lawsuit against American gunmakers", « une
// plainte contre l'État »; legal_nouns): no fight.
func (c *sctx) legalStep(ts, te int) bool {
	r := &c.ld.rel.hg
	if !r.ok || te-ts != 1 {
		return false
	}
	for k := 1; k <= 2 && ts-k >= c.a; k++ {
		if r.legal.mayEnd(c.d, ts-k+1) && r.legal.endsAt(c.d, c.a, ts-k+1) > 0 {
			return true
		}
		if c.inMention(ts-k) >= 0 || !isLowerWord(c.d, ts-k) {
			return false
		}
	}
	return false
}

// maxPermissionGap is the most words between a refusal and a permission
// that makes the refused act another's ("refused to let", « a refusé de
// laisser »).
const maxPermissionGap = 3

// refusedByOther reports whether every negation in [from, to) is a
// refusal by another than the relation's parties: a refusal cue
// (lexicon.Language.Refusals) with an actor before it in the clause, both
// parties of the relation after it and no permission right after it
// ("Hungary refused to back new EU sanctions against Russia": what
// Hungary refused is its own support, the EU still opposes Russia; but
// "Turkey refused to let Sweden join NATO" denies the membership).
// negs is sorted; ms are the sentence's mentions.
func (c *sctx) refusedByOther(negs []int, from, to int, ms []mention, f, t mention) bool {
	r := &c.ld.rel.hg
	if !r.ok {
		return false
	}
	k := sort.SearchInts(negs, from)
	if k == len(negs) || negs[k] >= to {
		return false
	}
	for ; k < len(negs) && negs[k] < to; k++ {
		i := negs[k]
		if !r.refusal.may(c.d, i) || r.refusal.at(c.d, i, c.b, nil) == 0 || f.ts < i || t.ts < i {
			return false
		}
		for j := i + 1; j <= i+maxPermissionGap && j < c.b; j++ {
			if r.permission.may(c.d, j) && r.permission.at(c.d, j, c.b, nil) > 0 {
				return false
			}
		}
		refuser := false
		for _, m := range ms {
			if m.ts >= from && m.te <= i && m.actor.ID != f.actor.ID && m.actor.ID != t.actor.ID {
				refuser = true
				break
			}
		}
		if !refuser {
			return false
		}
	}
	return true
}

// maxTradeGoodsWords is the most words after a supplies trigger in which
// its goods are read ("buys a good part of its oil from").
const maxTradeGoodsWords = 7

// tradeOnly reports whether the goods after a supplies trigger ending at
// te are trade commodities with no equipment beside them ("buys oil
// from Azerbaijan", « achète son pétrole à Bakou »): business, no
// supplies relation (docs/CODEBOOK.md, "Transit, services, business").
// The goods end at the first actor, clause break or comma.
func (c *sctx) tradeOnly(te int) bool {
	r := &c.ld.rel.hg
	if !r.ok {
		return false
	}
	d := c.d
	trade := false
	for i := te; i < c.b && i < te+maxTradeGoodsWords; i++ {
		if i > te && (c.comma[i-c.a] || c.hard[i-c.a] || c.brk[i-c.a]) || c.inMention(i) >= 0 {
			break
		}
		if c.ld.equipment.may(d, i) && c.ld.equipment.at(d, i, c.b, nil) > 0 {
			return false
		}
		if r.trade.may(d, i) && r.trade.at(d, i, c.b, nil) > 0 {
			trade = true
		}
	}
	return trade
}

// tradeBefore reports whether a trade commodity ends right before a
// supplies trigger starting at ts, the noun a participle or a nominal
// trigger qualifies ("cut the electricity supplied to towns the group
// held", "halted gas supplies to"): business, no supplies relation, as
// for [sctx.tradeOnly].
func (c *sctx) tradeBefore(ts int) bool {
	r := &c.ld.rel.hg
	if !r.ok {
		return false
	}
	for j := max(ts-2, c.a); j < ts; j++ {
		if c.inMention(j) >= 0 || c.comma[j+1-c.a] && j+1 < ts {
			continue
		}
		if r.trade.may(c.d, j) && j+r.trade.at(c.d, j, ts, nil) == ts && !c.comma[ts-c.a] {
			return true
		}
	}
	return false
}

// locativeLeavingRules reads a departure from the last organisation
// named, a pronoun standing for it (« La FMM combat Boko Haram. Le Niger
// s'en est retiré », "Niger withdrew from it"; locative_leaving): its
// subject is a member_of it, negated as a departure is
// (".../locative/leaving").
func (c *sctx) locativeLeavingRules(lang string) []pairCand {
	r := &c.ld.rel.hg
	if !r.ok || c.recentOrg == nil || c.d.none(r.locLeaving, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for i := c.a + 1; i < c.b; i++ {
		if i = c.d.nextStart(i, c.b, r.locLeaving.bit); i >= c.b {
			break
		}
		if !r.locLeaving.may(c.d, i) {
			continue
		}
		n := r.locLeaving.at(c.d, i, c.b, nil)
		if n == 0 {
			continue
		}
		s := c.subject(i, func(j int) bool { return c.noArg[j] })
		if s < 0 || c.ms[s].actor.ID == c.recentOrg.ID {
			continue
		}
		org := c.topicOrg()
		if c.ms[s].actor.ID == org.ID {
			continue
		}
		o := c.addExtra(mention{ts: i, te: i, actor: org, form: lexicon.Form{Text: org.Name, Role: roleAnaphor}})
		out = append(out, pairCand{from: s, to: o, typ: graph.MemberOf, ts: i, te: i + n, rule: lang + "/locative/leaving"})
		i += n - 1
	}
	return out
}

// locativeLeaving reports whether the sentence holds a locative leaving
// phrase with an organisation named before (locativeLeavingRules): one
// actor then suffices.
func (c *sctx) locativeLeaving() bool {
	r := &c.ld.rel.hg
	return r.ok && c.recentOrg != nil && !c.d.none(r.locLeaving, c.a, c.b)
}

// topicOrg returns the organisation a pronoun for one stands for: the
// one named most in the last two sentences (« la FMM (FMM) ...
// soutenue par l'Union africaine, elle combat ... Le Niger s'en est
// retiré »: the FMM), the latest on a tie, else the last one named.
func (c *sctx) topicOrg() *lexicon.Actor {
	best, most := c.recentOrg, 0
	if c.mem == nil {
		return best
	}
	for _, list := range c.mem.orgs {
		for _, a := range list {
			n := 0
			for _, l := range c.mem.orgs {
				for _, b := range l {
					if b.ID == a.ID {
						n++
					}
				}
			}
			if n >= most {
				best, most = a, n
			}
		}
	}
	return best
}

// appositionNaming reports whether pair p (a leads, member_of or allied
// reading) lies in an apposition between commas that names an actor of
// the phrase before it: "Noor Wali Mehsud, the leader of the TTP, said
// that", « l'ANL du maréchal Khalifa Haftar, allié de longue date des
// Émirats, », "the RSF, a paramilitary group led by Dagalo,". The
// narrator's identification, which a reporting clause or a hedge cue
// outside it does not reach (docs/CODEBOOK.md, "Scope of an
// attribution"). An apposition opened by a relative is a clause, no
// naming.
func (c *sctx) appositionNaming(p pairCand, from, to *mention) bool {
	if p.typ != graph.Leads && p.typ != graph.MemberOf && p.typ != graph.Allied {
		return false
	}
	q, e := c.appositionAt(p.ts)
	if q < 0 || p.te > e {
		return false
	}
	inside := func(m *mention) bool { return m.ts >= q && m.te <= e }
	// before: in the phrase before the apposition, no comma between
	before := func(m *mention) bool {
		return m.te <= q && m.te > q-maxAppositionHead && (m.te == q || c.commas(m.te, q-1) == 0 && !c.breakIn(m.te, q))
	}
	return inside(from) && before(to) || inside(to) && before(from)
}

// maxAppositionHead is the most words of the noun phrase an apposition
// names (« l'ANL du maréchal Khalifa Haftar »).
const maxAppositionHead = 8

// appositionAt returns the tokens [q, e) of the apposition between
// commas that holds token i: opened by a comma after a mention, closed by
// a comma before the sentence's end, with no hard break, relative or
// reporting verb in it; -1, -1 when there is none.
func (c *sctx) appositionAt(i int) (int, int) {
	q := -1
	for k := i; k > c.a; k-- {
		if c.hard[k-c.a] {
			return -1, -1
		}
		if c.comma[k-c.a] {
			q = k
			break
		}
	}
	if q < 0 || c.mentionEndingAt(q) < 0 || c.rel[q-c.a] {
		return -1, -1
	}
	for e := i + 1; e < c.b; e++ {
		if c.hard[e-c.a] {
			return -1, -1
		}
		if c.comma[e-c.a] {
			for k := q; k < e; k++ {
				if c.ld.rel.hg.ok && (c.ld.rel.hg.report.may(c.d, k) && c.ld.rel.hg.report.at(c.d, k, e, nil) > 0) {
					return -1, -1
				}
			}
			return q, e
		}
	}
	// closed by the sentence's end: « ..., contrôlé par l'ANL du maréchal
	// Khalifa Haftar, allié de longue date des Émirats. »
	for k := q; k < c.b; k++ {
		if c.rel[k-c.a] || c.ld.rel.hg.ok && (c.ld.rel.hg.report.may(c.d, k) && c.ld.rel.hg.report.at(c.d, k, c.b, nil) > 0) {
			return -1, -1
		}
	}
	return q, c.b
}

// cueIn reports whether one of the hedge cues at is inside the
// apposition that holds pair p ("X, the alleged leader of Y,").
func (c *sctx) cueIn(at []int, p pairCand) bool {
	q, e := c.appositionAt(p.ts)
	for _, i := range at {
		if i >= q && i < e {
			return true
		}
	}
	return false
}

// cuesReach reports whether one of the hedge cues at (token indexes,
// accusations aside) hedges pair p. A cue does not reach a trigger in
// another clause of the sentence (after a semicolon: « ... lui a vendu des
// drones ; des avions-cargos auraient ..., selon Haaretz »), past a
// relative after the trigger (« a livré des drones, qui auraient permis,
// selon l'état-major, de ... »: the drones' effect is reported), nor from
// after a relative clause on the clause's subject into it (« La Turquie,
// qui avait livré des drones à Niamey, aurait depuis fourni »: the
// narrator's background), nor from inside an apposition or a relative
// clause closed before the trigger (« Les FSR, que les Émirats sont
// accusés d'armer, ont attaqué l'armée »). clause[i-c.a] is the first
// token of token i's clause.
func (c *sctx) cuesReach(at []int, p pairCand, clause []int) bool {
	end := c.subjectRelativeEnd(p.ts)
	for _, i := range at {
		if i < c.a || i >= c.b || clause[i-c.a] != clause[p.ts-c.a] {
			continue
		}
		if i >= p.te && (c.relativeWordIn(p.te, i) || (c.breakIn(p.te, i) || c.commaCoordIn(p.te, i)) && (c.parenthetical(i) || c.opensCoordinated(i))) {
			continue
		}
		if end >= 0 && i >= end {
			continue
		}
		if i < p.ts && (c.closedApposition(i, p.ts) || c.inClosedRelative(i, c.a, p.ts)) {
			continue // "The Houthis, which Iran reportedly arms, fired", « Les FSR, que les Émirats sont accusés d'armer, ont attaqué »: not the main clause
		}
		return true
	}
	return false
}

// closedApposition reports whether the cue at token i stands in a segment
// between commas, closed before token ts, that holds a trigger of its
// own after the cue: « Les rebelles du FACT, présumés formés par Wagner,
// ont attaqué »: the cue qualifies the apposition's training, not the
// attack after it.
func (c *sctx) closedApposition(i, ts int) bool {
	if !c.parenthetical(i) {
		return false
	}
	for e := i + 1; e < ts && e < c.b; e++ {
		if c.comma[e-c.a] || c.hard[e-c.a] {
			return false // the segment closes with no trigger in it
		}
		if c.trig[e-c.a] {
			for f := e + 1; f < ts && f < c.b; f++ {
				if c.hard[f-c.a] {
					return false
				}
				if c.comma[f-c.a] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// parenthetical reports whether token i is inside a segment between
// commas that does not end the sentence (« encadrent, selon une source
// sécuritaire, des soldats »): it qualifies its own clause only.
func (c *sctx) parenthetical(i int) bool {
	open := false
	for k := i; k > c.a; k-- {
		if c.hard[k-c.a] {
			return false
		}
		if c.comma[k-c.a] {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for e := i + 1; e < c.b; e++ {
		if c.hard[e-c.a] {
			return false
		}
		if c.comma[e-c.a] {
			return true
		}
	}
	return false
}

// opensCoordinated reports whether token i opens a clause coordinated
// after a comma, or one a clause break opens: "..., and according to
// Malian officials Turkey trained", "..., but reportedly trained": a cue
// there qualifies that clause only.
func (c *sctx) opensCoordinated(i int) bool {
	k := i - 1
	if k <= c.a || k >= c.b {
		return false
	}
	if c.brk[k-c.a] {
		return true
	}
	return c.comma[k-c.a] && c.ld.coord.may(c.d, k) && c.ld.coord.at(c.d, k, c.b, nil) == 1
}

// commaCoordIn reports whether a comma and a coordinator open a new
// clause in tokens (lo, hi): "..., et des instructeurs français
// encadrent".
func (c *sctx) commaCoordIn(lo, hi int) bool {
	for k := max(lo+1, c.a+1); k < hi && k < c.b; k++ {
		if c.comma[k-c.a] && c.ld.coord.at(c.d, k, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// relativeWordIn reports whether a relative word stands in tokens [lo, hi).
func (c *sctx) relativeWordIn(lo, hi int) bool {
	for k := max(lo, c.a); k < hi && k < c.b; k++ {
		if c.rel[k-c.a] {
			return true
		}
	}
	return false
}

// maxSubjectRelativeStart is the most words before the antecedent of a
// relative clause on the clause's subject (« La Turquie, qui »).
const maxSubjectRelativeStart = 4

// subjectRelativeEnd returns the token that closes a relative clause
// between commas on the subject of the clause holding token i, when i is
// inside it (« La Turquie, qui avait livré ..., aurait depuis fourni »),
// else -1.
func (c *sctx) subjectRelativeEnd(i int) int {
	q := -1
	for k := i; k > c.a; k-- {
		if c.hard[k-c.a] {
			return -1
		}
		if c.comma[k-c.a] {
			q = k
			break
		}
	}
	if q < 0 || !c.rel[q-c.a] {
		return -1
	}
	m := c.mentionEndingAt(q)
	if m < 0 || c.ms[m].ts-c.clauseStart(q) > maxSubjectRelativeStart {
		return -1
	}
	for e := i + 1; e < c.b; e++ {
		if c.hard[e-c.a] {
			return -1
		}
		if c.comma[e-c.a] {
			return e
		}
	}
	return -1
}

// unsentAt returns the trigger tokens [ts, te) of a delivery or a
// deployment whose object is a negation (« Le Bénin, qui avait promis 2
// 000 hommes, n'en a envoyé aucun », "has sent none"; object_negations)
// after troops the sentence names (troop_nouns), or -1, -1.
func (c *sctx) unsentAt() (int, int) {
	r := c.ld.rel
	if !r.bl.ok || c.recentOrg == nil || c.d.none(r.troops, c.a, c.b) {
		return -1, -1
	}
	troops := false
	for j := c.a; j < c.b; j++ {
		if !troops && r.troops.may(c.d, j) && r.troops.at(c.d, j, c.b, nil) > 0 {
			troops = true
			continue
		}
		if !troops || j == c.a || !(c.trig[j-1-c.a] && c.trigType[j-1-c.a] == graph.Supplies || r.deploy.may(c.d, j-1) && r.deploy.at(c.d, j-1, j, nil) == 1) {
			continue
		}
		// the negation alone ends the clause: "has sent none."
		if c.hardOrComma(j) || r.bl.objNeg.at(c.d, j, c.b, nil) != 1 || j+1 < c.b && !c.hardOrComma(j+1) {
			continue
		}
		ts := j - 1
		for ts > c.a && c.trig[ts-1-c.a] && c.trigType[ts-1-c.a] == graph.Supplies {
			ts--
		}
		return ts, j
	}
	return -1, -1
}

// unsentRules reads a promised contribution never sent (unsentAt): its
// subject is a member_of the topic organisation (topicOrg), negated by
// the object negation (docs/CODEBOOK.md, "A completed departure": «
// avait promis 2 000 hommes, n'en a envoyé aucun » is member_of negated;
// ".../unsent/member_of").
func (c *sctx) unsentRules(lang string) []pairCand {
	ts, te := c.unsentAt()
	if ts < 0 {
		return nil
	}
	s := c.subject(ts, func(j int) bool { return c.noArg[j] })
	org := c.topicOrg()
	if s < 0 || org == nil || c.ms[s].actor.ID == org.ID {
		return nil
	}
	o := c.addExtra(mention{ts: ts, te: ts, actor: org, form: lexicon.Form{Text: org.Name, Role: roleAnaphor}})
	return []pairCand{{from: s, to: o, typ: graph.MemberOf, ts: ts, te: te, rule: lang + "/unsent/member_of"}}
}

// unsentFrom reports whether the sentence states a contribution never
// sent (unsentAt): one actor then suffices.
func (c *sctx) unsentFrom() bool {
	ts, _ := c.unsentAt()
	return ts >= 0
}

// contrastAt returns the mention a contrast negation starting at token i
// sets apart, between commas, or -1: the cue opens after a comma, the
// mention follows it past articles, and a comma or the sentence's end
// closes it ("Rwanda, not Uganda, supplies the M23", « C'est la Russie,
// et non la Chine, qui arme le Mali »; contrast_negations). That actor
// is no argument of the sentence's triggers, and the cue negates none.
func (c *sctx) contrastAt(i int) int {
	r := &c.ld.rel.hg
	if !r.ok || i <= c.a || !c.comma[i-c.a] || !r.contrast.may(c.d, i) {
		return -1
	}
	n := r.contrast.at(c.d, i, c.b, nil)
	if n == 0 {
		return -1
	}
	k := c.mentionPastArticles(i + n)
	if k < 0 {
		return -1
	}
	if te := c.ms[k].te; te < c.b && !c.comma[te-c.a] {
		return -1
	}
	return k
}

// contrasted reports whether mention k is set apart by a contrast
// negation before it (contrastAt).
func (c *sctx) contrasted(k int) bool {
	r := &c.ld.rel.hg
	if !r.ok || c.d.none(r.contrast, c.a, c.b) {
		return false
	}
	ts := c.ms[k].ts
	for ts > c.a && c.ld.determiners.at(c.d, ts-1, ts, nil) == 1 {
		ts--
	}
	for i := ts - 1; i >= c.a && i >= ts-3; i-- {
		if c.contrastAt(i) == k {
			return true
		}
	}
	return false
}

// maxPassiveDenialGap is the most words between a trigger's end and a
// passive denial after it ("Iran's supply of drones to Russia has
// repeatedly been denied by Tehran").
const maxPassiveDenialGap = 8

// passiveDenial reports whether a passive denial follows the trigger
// ending at te in its clause, before any other trigger ("Iran's supply
// of drones to Russia is denied by Tehran", « La livraison ... a été
// démentie par Téhéran »; passive_denials): the denial covers it.
func (c *sctx) passiveDenial(te int) bool {
	r := &c.ld.rel.hg
	if !r.ok || c.d.none(r.passiveDenial, c.a, c.b) {
		return false
	}
	for i := te; i < c.b && i < te+maxPassiveDenialGap; i++ {
		if i > te && (c.hard[i-c.a] || c.comma[i-c.a] || c.trig != nil && c.trig[i-c.a]) {
			return false
		}
		if r.passiveDenial.atIf(c.d, i, c.b) > 0 {
			return true
		}
	}
	return false
}

// deniedTail reports whether the sentence ends with a trailing clause,
// after a comma past the trigger ending at te, in which an actor denies
// what the sentence asserts: an opener or none (denial_tails), an actor,
// then a negation cue closing the sentence (", a charge Tehran denies",
// « , ce que Téhéran dément », ", Moscow denies."). The assertion and
// its denial make the relation hedged (docs/CODEBOOK.md).
func (c *sctx) deniedTail(te int) bool {
	r := &c.ld.rel.hg
	if !r.ok || c.d.none(c.ld.negations, c.a, c.b) {
		return false
	}
	i := te
	for i < c.b && !c.comma[i-c.a] {
		if c.hard[i-c.a] && i > te {
			return false
		}
		i++
	}
	first := i // the first comma after the trigger
	for ; i < c.b; i++ {
		if !c.comma[i-c.a] {
			continue
		}
		j := i
		opener := false
		if n := r.denialTail.atIf(c.d, j, c.b); n > 0 {
			j += n
			opener = true
		}
		k := c.inMention(j)
		if k < 0 || c.ms[k].ts != j {
			continue
		}
		e := c.ms[k].te
		if n := c.ld.negations.atIf(c.d, e, c.b); n > 0 && e+n == c.b {
			return true
		}
		if i == first && opener && c.denialTailEnds(e) {
			// ", a charge Asmara has repeatedly denied", ", which Cairo
			// denies," (deny18.go): right after the trigger's clause,
			// not past another clause (", accusée par Bamako d'avoir
			// soutenu les rebelles, ce que Kiev a démenti"), and
			// with an opener: not an apposition's subject (« Leur
			// porte-parole, Yahya Saree, a démenti. »)
			return true
		}
	}
	return false
}

// maxViewGap is the most words between a view verb and its marker
// ("regards the Syrian Kurdish YPG as").
const maxViewGap = 7

// viewFrame is a party's view stated in a sentence ("Turkey regards the
// YPG as a branch of the PKK", "the YPG, which Ankara sees as", « les YPG,
// considérées par la Turquie comme »): mark is the marker's token ("as",
// « comme »; -1 when the sentence states no view), holder the mention of
// the party whose view it is, object the mention the view is about (-1
// when missing).
type viewFrame struct {
	mark, holder, object int
	// hs, he: the holder's words, all the mentions in them its own
	// ("l'administration Trump"); end: where the view's reach ends, at
	// the first comma, relative or clause break after the marker ("Turkey,
	// seen as Mali's main supplier, delivered": the delivery is asserted).
	hs, he, end int
}

// holds reports whether mention k lies in the holder's words.
func (v *viewFrame) holds(ms []mention, k int) bool {
	return v.he > v.hs && ms[k].ts >= v.hs && ms[k].te <= v.he
}

// reaches reports whether the view states the relation of the trigger at
// token ts.
func (v *viewFrame) reaches(ts int) bool { return v.mark >= 0 && ts > v.mark && ts < v.end }

// findView returns the sentence's first view frame: a view verb
// (view_verbs) and, within maxViewGap words in its clause, a view marker
// (view_markers). The holder is the agent after a passive marker right
// after the verb ("regarded by Ankara as") or else the actor right
// before the verb (fillers between: "has long regarded"; none with a
// copula between: in "Turkey is seen as" Turkey is the object); the
// object is the actor between the verb and the marker, or else, for a
// passive verb,
// its subject ("The YPG, the Kurdish militia ..., is seen by Turkey
// as"), or the antecedent of a relative before the holder ("the
// YPG, which Turkey views as").
func (c *sctx) findView() viewFrame {
	none := viewFrame{mark: -1, holder: -1, object: -1}
	r := &c.ld.rel.hg
	d := c.d
	if !r.ok || d.none(r.view, c.a, c.b) {
		return none
	}
	for i := c.a; i < c.b; i++ {
		if i = d.nextStart(i, c.b, r.view.bit); i >= c.b {
			break
		}
		if !r.view.may(d, i) {
			continue
		}
		n := r.view.at(d, i, c.b, nil)
		if n == 0 {
			continue
		}
		f := none
		j := i + n
		passive := j+1 < c.b && c.ld.passive.may(d, j) && c.ld.passive.at(d, j, j+1, nil) == 1
		if passive {
			if f.holder = c.mentionFrom(j + 1); f.holder < 0 {
				continue
			}
			f.hs = j + 1
			j = c.ms[f.holder].te
			f.he = j
		} else if k := c.presentedObject(i); k >= 0 {
			f.object = k // « X, présenté comme le chef du JNIM, »: no holder named (gold19fr.go)
		} else if k, copula := c.mentionBefore(i, true); copula {
			f.object = k // "Turkey is seen as": a view with no holder named
		} else if f.holder = k; k >= 0 {
			f.hs, f.he = c.ms[k].ts, c.ms[k].te
		}
		for m := j; m < c.b && m <= i+n+maxViewGap; m++ {
			if m > j && c.hard[m-c.a] {
				break
			}
			if r.viewMark.may(d, m) && r.viewMark.at(d, m, c.b, nil) > 0 {
				f.mark = m
				break
			}
			if f.object < 0 && !passive {
				if k := c.inMention(m); k >= 0 && k != f.holder {
					f.object = k
				}
			}
		}
		if f.mark < 0 {
			continue
		}
		f.end = c.b
		for m := f.mark + 1; m < c.b; m++ {
			if c.hard[m-c.a] || c.brk[m-c.a] || c.comma[m-c.a] || c.ld.rel.relatives.may(d, m) && c.ld.rel.relatives.at(d, m, m+1, nil) == 1 {
				f.end = m
				break
			}
		}
		switch {
		case f.object >= 0:
		case passive:
			f.object = c.subject(i, nil) // "The YPG, the Kurdish militia ..., is regarded by"
		case f.holder >= 0 && c.ms[f.holder].ts > c.a:
			p := c.ms[f.holder].ts - 1
			for p > c.a && c.ld.determiners.at(d, p, p+1, nil) == 1 {
				p-- // « que la Turquie considère comme »
			}
			if c.ld.rel.relatives.at(d, p, p+1, nil) == 1 || c.ld.rel.invRelatives.at(d, p, p+1, nil) == 1 {
				f.object, _ = c.mentionBefore(p, false)
			}
		}
		return f
	}
	return none
}

// mentionFrom returns the first mention in the noun phrase starting at
// token i (articles and lower-case words before it: "l'administration
// Trump"), or -1.
func (c *sctx) mentionFrom(i int) int {
	for k := i; k < c.b && k < i+5; k++ {
		if m := c.inMention(k); m >= 0 {
			return m
		}
		if c.hard[k-c.a] || k > i && c.comma[k-c.a] || !isLowerWord(c.d, k) {
			return -1
		}
	}
	return -1
}

// mentionBefore returns the mention ending right before token i, or -1,
// and whether a copula stands between: with fillers, auxiliaries and
// copulas between when verb is set ("has long regarded", "is seen"),
// with copulas, auxiliaries and a comma between otherwise ("the YPG,
// which"); not across a clause break.
func (c *sctx) mentionBefore(i int, verb bool) (int, bool) {
	d, r := c.d, c.ld.rel
	copula := false
	for k := i - 1; k >= c.a && k >= i-4; k-- {
		if m := c.inMention(k); m >= 0 {
			return m, copula
		}
		if c.hard[k+1-c.a] || c.brk[k+1-c.a] || verb && c.comma[k+1-c.a] {
			return -1, false
		}
		if r.has(d, k, rwCopulas) {
			copula = true
		} else if !r.has(d, k, rwAuxiliaries) && !(verb && c.ld.fillers[d.toks[k].fold]) {
			return -1, false
		}
	}
	return -1, false
}

// viewPairs reads the pairs whose trigger comes after the view's marker
// as the view states them: a pair names the view's object (the others
// go: « onze personnes présentées par l'administration Trump comme des
// membres du gang »), the holder is no party, and its side is the
// view's object ("Turkey sees the YPG as an offshoot of the PKK": the
// YPG, not Turkey, is a member of the PKK), or the pair goes when the
// view has no object; a holder paired with the object keeps its pair
// (its view of its own relation: "Mali sees Russia as its main
// partner").
func (c *sctx) viewPairs(cands []pairCand, v viewFrame) []pairCand {
	if v.mark < 0 || v.holder < 0 {
		return cands
	}
	out := cands[:0]
	for _, p := range cands {
		fromHolder, toHolder := v.holds(c.ms, p.from), v.holds(c.ms, p.to)
		if v.reaches(p.ts) && !fromHolder && !toHolder && p.from != v.object && p.to != v.object {
			continue // the view is about its object: « onze personnes présentées par l'administration Trump comme des membres du gang »
		}
		if v.reaches(p.ts) && fromHolder != toHolder {
			other := p.to
			if toHolder {
				other = p.from
			}
			if other != v.object {
				if v.object < 0 {
					continue
				}
				if fromHolder {
					p.from = v.object
				} else {
					p.to = v.object
				}
			}
		}
		out = append(out, p)
	}
	return out
}

// maxCounterGap is the most words between a contrast "but" and the
// report verb of a counter-claim ("but UN experts say", « mais un
// rapport de l'ONU affirme »).
const maxCounterGap = 6

// counterClaim reports whether a clause after the trigger ending at te,
// opened by a contrast "but" (contrast_buts), reports through a speaker
// of its own what the sentence denies: "Rwanda denies backing the M23,
// but UN experts say it does", « Les Émirats démentent armer les FSR,
// mais un rapport de l'ONU affirme le contraire ». A denial with
// another's claim is hedged, not negated (docs/CODEBOOK.md); a speaker
// that is a party of the pair, or no speaker ("but said it would"), is
// none, and so is a claim of another relation ("denies supplying the
// M23, but UN experts say its troops fight alongside the rebels": the
// supply stays denied; restates).
func (c *sctx) counterClaim(te int, from, to mention, typ graph.RelType) bool {
	d, ld := c.d, c.ld
	if !ld.rel.hg.ok {
		return false
	}
	for i := te; i < c.b; i++ {
		if i > te && c.hard[i-c.a] {
			return false
		}
		if !ld.rel.contrastButs.may(d, i) || ld.rel.contrastButs.at(d, i, c.b, nil) != 1 {
			continue
		}
		for j := i + 1; j < c.b && j <= i+1+maxCounterGap; j++ {
			if c.hardOrComma(j) || c.trig[j-c.a] {
				return false
			}
			if k := c.inMention(j); k >= 0 && (c.ms[k].actor.ID == from.actor.ID || c.ms[k].actor.ID == to.actor.ID) {
				return false
			}
			if n := ld.rel.hg.report.at(d, j, c.b, nil); n > 0 && ld.rel.hg.report.may(d, j) {
				return j > i+1 && !ld.rel.has(d, j-1, rwSubjectPronouns) && c.restates(j+n, typ)
			}
		}
		return false
	}
	return false
}

// restates reports whether the reported clause from token i restates a
// denied relation of type typ: a counter-claim form right after the
// verb ("say it does", « affirme le contraire »; counter_claims), or a
// trigger of that type in the clause.
func (c *sctx) restates(i int, typ graph.RelType) bool {
	if i >= c.b {
		return false
	}
	if c.ld.rel.hg.counter.may(c.d, i) && c.ld.rel.hg.counter.at(c.d, i, c.b, nil) > 0 {
		return true
	}
	for j := i; j < c.b && !c.hardOrComma(j); j++ {
		if c.trig[j-c.a] && c.trigType[j-c.a] == typ {
			return true
		}
	}
	return false
}

// leadingSpeaker reports whether mention k is among the speakers of a
// leading reporting clause that reports the trigger at ts ("A UN report
// says", "Amnesty International says"): not its subject.
func (c *sctx) leadingSpeaker(k, ts int) bool {
	if !c.ld.rel.hg.ok || c.d.none(c.ld.rel.hg.report, c.a, c.b) {
		return false
	}
	rs := c.reportingClauses()
	m := c.ms[k]
	for _, cl := range rs.cl[:rs.n] {
		if cl.seg0 < 0 && m.ts >= cl.spk0 && m.te <= cl.spk1 && ts >= cl.lo && ts < cl.hi {
			return true
		}
	}
	return false
}

// relativeSpeaker returns the end of the report verb when mention k is
// the speaker of a reporting clause opening a relative clause, right
// after the relative word (or an object relative: « que », « dont »),
// source nouns allowed before the verb ("The Houthis, who Washington
// says are armed by Iran", "which UN experts say is backed by Rwanda",
// « dont Kinshasa affirme qu'il est armé par le Rwanda »): the speaker
// is no argument, the relative's antecedent is the subject; else -1.
func (c *sctx) relativeSpeaker(k int) int {
	r := &c.ld.rel.hg
	if !r.ok || k >= len(c.ms) || c.d.none(r.report, c.a, c.b) && c.d.none(r.relReport, c.a, c.b) {
		return -1 // most sentences: no report verb
	}
	d, m := c.d, c.ms[k]
	p := m.ts - 1
	for p > c.a && c.ld.determiners.may(d, p) && c.ld.determiners.at(d, p, p+1, nil) == 1 {
		p--
	}
	if p <= c.a || !(c.rel[p-c.a] || c.ld.rel.invRelatives.may(d, p) && c.ld.rel.invRelatives.at(d, p, p+1, nil) == 1) || !c.comma[p-c.a] {
		return -1 // the relative word must follow a comma: "The Houthis, who"
	}
	j := m.te
	if j+1 < c.b && c.ld.rel.possessiveSuffix[d.toks[j].fold] && !c.hardOrComma(j+1) {
		// "who Haiti's government says"
		if n := c.ld.rel.instNouns.at(d, j+1, c.b, nil); n > 0 {
			j += 1 + n
		} else if n := c.ld.rel.home.at(d, j+1, c.b, nil); n > 0 {
			j += 1 + n
		}
	}
	if bl := &c.ld.rel.bl; bl.ok && j < c.b && bl.sourceNouns.may(d, j) {
		j += bl.sourceNouns.at(d, j, c.b, nil)
	}
	if j >= c.b || c.hardOrComma(j) {
		return -1
	}
	if n := r.report.at(d, j, c.b, nil); n > 0 && r.report.may(d, j) {
		return j + n
	}
	if n := r.relReport.at(d, j, c.b, nil); n > 0 && r.relReport.may(d, j) {
		return j + n // « que Washington dit armés par l'Iran »
	}
	return -1
}

// relativeSpeakerBefore returns the speaker mention of a relative
// reporting clause whose verb ends before token ts with no comma between
// (relativeSpeaker); else -1.
func (c *sctx) relativeSpeakerBefore(ts int) int {
	r := &c.ld.rel.hg
	if !r.ok || c.d.none(r.report, c.a, c.b) && c.d.none(r.relReport, c.a, c.b) {
		return -1
	}
	for k := range c.ms {
		if c.ms[k].te >= ts || !c.noArg[k] {
			continue
		}
		if e := c.relativeSpeaker(k); e >= 0 && e <= ts && !c.commaIn(e-1, ts+1) {
			return k
		}
	}
	return -1
}

// possessiveSpeaker reports whether a possessive opens the speaker
// phrase [lo, hi) of a reporting clause, or follows its verb there
// ("its foreign ministry said", « a affirmé son ministère »): the
// possessor speaks through its own body.
func (c *sctx) possessiveSpeaker(lo, hi int) bool {
	for i := max(lo, c.a); i < hi && i < c.b; i++ {
		if c.ld.rel.has(c.d, i, rwPossessives) {
			return true
		}
		if !(c.ld.rel.hg.report.may(c.d, i) && c.ld.rel.hg.report.at(c.d, i, c.b, nil) > 0) && !(c.ld.determiners.may(c.d, i) && c.ld.determiners.at(c.d, i, i+1, nil) == 1) {
			return false
		}
	}
	return false
}

// withoutAfterNegation reports whether a without word (withouts) stands
// between the last negation cue in [from, ts) and the trigger at ts: a
// double negation, which asserts ("could not have taken Goma without
// Rwandan help", « n'aurait pas pu prendre Goma sans l'aide du Rwanda »).
// negs is sorted.
func (c *sctx) withoutAfterNegation(negs []int, from, ts int) bool {
	r := &c.ld.rel.hg
	if !r.ok || c.d.none(r.without, c.a, c.b) {
		return false
	}
	last := -1
	for _, n := range negs {
		if n >= from && n < ts {
			last = n
		}
	}
	if last < 0 {
		return false
	}
	for i := last + 1; i < ts; i++ {
		if r.without.may(c.d, i) && r.without.at(c.d, i, ts, nil) > 0 {
			return true
		}
	}
	return false
}
