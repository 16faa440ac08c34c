package extract

import "github.com/actorgraph/actorgraph/loader/lexicon"

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
}

func (r *open19Rel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.contrary = newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.contrary: lg.ContraryClaims})
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
