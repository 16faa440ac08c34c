package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// feats is the gender and number of a pronoun or of the article before a
// name (lexicon.Language.GenderNumber), one bit each; none is known when
// no bit of a pair is set.
type feats uint8

const (
	featMasc feats = 1 << iota
	featFem
	featSing
	featPlur
)

// parseFeats reads "m", "f", "s", "p".
func parseFeats(fs []string) feats {
	var f feats
	for _, s := range fs {
		switch s {
		case "m":
			f |= featMasc
		case "f":
			f |= featFem
		case "s":
			f |= featSing
		case "p":
			f |= featPlur
		}
	}
	return f
}

// agrees reports whether a pronoun of features p may stand for a name of
// features n: neither their genders nor their numbers differ (« il » is
// no « la Turquie » nor « les Houthis », « ils » no « le groupe »).
// Unknown features agree with anything.
func (p feats) agrees(n feats) bool {
	for _, pair := range []feats{featMasc | featFem, featSing | featPlur} {
		if p&pair != 0 && n&pair != 0 && p&n&pair == 0 {
			return false
		}
	}
	return true
}

// mentionFeats returns the gender and number of mention m of a sentence
// starting at token a: its own pronoun's for a pronoun anaphor, else the
// article's before the noun phrase it ends (« la junte du Niger », « les
// rebelles de l'ELN »: the article of the noun its name completes), else
// the article's right before it (« la Turquie », « au Mali »), or before
// the noun a demonym qualifies (« les commandos somaliens »), else none.
func mentionFeats(d *doc, ld *langData, a int, m mention) feats {
	r := ld.rel
	fs := r.rc.feats
	if len(fs) == 0 {
		return 0
	}
	if m.form.Role == roleAnaphor && m.te == m.ts+1 {
		if f, ok := fs[d.toks[m.ts].fold]; ok {
			return f
		}
	}
	if m.ts <= a {
		return 0
	}
	q := m.ts - 1
	if !r.has(d, q, rwOf) && q > a && r.has(d, q-1, rwOf) {
		q-- // « de l'ELN »
	}
	if r.has(d, q, rwOf) && q-2 >= a && isLowerWord(d, q-1) {
		if f, ok := fs[d.toks[q-2].fold]; ok {
			return f
		}
	}
	if f, ok := fs[d.toks[m.ts-1].fold]; ok || m.form.Role != lexicon.RoleDemonym || m.ts-2 < a || !isLowerWord(d, m.ts-1) {
		return f
	}
	return fs[d.toks[m.ts-2].fold] // « les commandos somaliens »: the noun's article
}

// pronounKinds returns the kinds of actor a subject pronoun may stand
// for ("it": not a person, "he": a person, « il »: any; plural ones an
// armed group or an organisation), ok false for a word that is none.
func pronounKinds(r *relData, f string) (kinds []graph.Kind, ok bool) {
	if ks, ok := r.singular[f]; ok {
		return ks, true
	}
	if r.pronouns[f] {
		return []graph.Kind{graph.KindArmedGroup, graph.KindOrganisation}, true
	}
	return nil, false
}

// clausePronoun returns the actor a subject pronoun at token i inside a
// sentence [a, b) stands for, or nil ("Mali said that it had attacked",
// "after it revoked", « En mars 2024, elle a dénoncé », « Chassés de
// Kidal, ils ont attaqué », « avec le Mali et le Burkina Faso, il forme
// »). The pronoun must be a subject: no preposition before it, nor an
// actor and one word (a relative: « l'AES, qu'il forme »), no
// punctuation, expletive, preposition or determiner after it, and a word
// that is also an object pronoun ("it") must have a verb after it (an
// auxiliary, a trigger filler, a participle or a trigger). It stands for
// the sentence's subject, its first actor when no preposition comes
// before it (before, the mentions before the pronoun), when no other
// actor before the pronoun could be meant; else, when no actor opens the
// sentence, for the subject of the sentence before (mem.prevSubject).
// After an inverted ellipsis phrase ("nor did it", "and so has it";
// ellipsis_inverted) it stands for the sentence's first actor, the first
// clause's subject, whatever other actor could be meant.
// The actor must be of a kind the pronoun may name ("it" never a person,
// "he" only one) and agree with it in gender and number (« la Turquie »
// is no « il »).
func clausePronoun(d *doc, ld *langData, a, b, i int, before []mention, mem *memory) *lexicon.Actor {
	if !d.is(i, ld, classPronoun) {
		return nil // no pronoun: the common case, without a map look-up
	}
	r := ld.rel
	f := d.toks[i].fold
	kinds, ok := pronounKinds(r, f)
	if !ok || i <= a || i+1 >= b {
		return nil
	}
	if r.has(d, i-1, rwPrepositions) || r.has(d, i-1, rwOf) ||
		strings.ContainsAny(d.norm[d.toks[i].end:d.toks[i+1].start], ",;:()\"") {
		return nil // « quant à elle », « elle, reste fermée »
	}
	next := d.toks[i+1].fold
	verb := r.rc.auxiliaries[next] || ld.fillers[next] || r.participle(next) || len(ld.triggersAt(d, i+1)) > 0 ||
		i+2 < b && r.has(d, i+1, rwClitics) && (r.rc.auxiliaries[d.toks[i+2].fold] || len(ld.triggersAt(d, i+2)) > 0) // « elle les arme »
	if r.expletives.at(d, i+1, b, nil) > 0 || !verb && (r.prepositions[next] || r.of[next] || ld.determiners.at(d, i+1, i+2, nil) == 1) {
		return nil // "It is", "struck it in", "calls it a"; « elle a » is an auxiliary
	}
	if r.rc.pronounObjects[f] && !verb {
		return nil // "it" may be an object: a verb must follow
	}
	if len(before) > 0 && before[len(before)-1].te == i-1 && r.clauseBreaks.endsAt(d, a, i) > 0 {
		before = before[:len(before)-1] // "deployed in Congo, where they fight": not Congo
	}
	if len(before) > 0 && before[len(before)-1].te == i-1 ||
		r.relatives.at(d, i-1, i, nil) == 1 && r.speech.endsAt(d, a, i) == 0 && (i-1 <= a || ld.attributions.endsAt(d, a, i-1) == 0) {
		return nil // « l'AES, qu'il forme », "the port, which it described": a relative clause, not "said that it" nor « selon lesquelles il"
	}
	pf := r.rc.feats[f]
	fits := func(m mention, nf feats) bool {
		return (len(kinds) == 0 || slices.Contains(kinds, m.actor.Kind)) && pf.agrees(nf)
	}
	if len(before) > 0 && i-1 > a && r.ellipsisInv.endsAt(d, a, i) > 0 && before[0].form.Role != lexicon.RoleDemonym && fits(before[0], mentionFeats(d, ld, a, before[0])) {
		return before[0].actor // "Russia did not train the army, nor did it supply drones": the first clause's subject
	}
	if len(before) > 0 {
		s := before[0]
		if p := wordBefore(d, ld, a, s.ts); p >= a && (r.has(d, p, rwPrepositions) || r.has(d, p, rwOf)) {
			// « Avec le Mali et le Burkina Faso, il »: no subject yet
			return prevPronoun(mem, kinds, pf)
		}
		if sourceMention(d, ld, a, b, s) {
			// « Selon l'ONU, il soutient », "UN experts say it": the
			// source is no subject (probe18.go)
			return prevPronoun(mem, kinds, pf)
		}
		troops := (s.form.Role == lexicon.RoleDemonym || s.form.Role == lexicon.RoleInstitution) && r.pronouns[f] && s.actor.Kind == graph.KindState
		if !troops && (s.form.Role == lexicon.RoleDemonym || !fits(s, mentionFeats(d, ld, a, s))) {
			return nil // "Burundian troops ..., where they fight", « les soldats tchadiens ..., mais ils »: the troops' state
		}
		companion := false // the actors after "with", « avec » are not the subject
		for _, m := range before[1:] {
			if p := wordBefore(d, ld, a, m.ts); p >= a && r.companions.at(d, p, m.ts, nil) > 0 {
				companion = true
			} else if !(companion && p >= a && ld.coord.at(d, p, p+1, nil) == 1) {
				companion = false
			}
			if !companion && m.actor.ID != s.actor.ID && fits(m, mentionFeats(d, ld, a, m)) {
				return nil // "Mali accused Niger ..., and it": which one?
			}
		}
		return s.actor
	}
	return prevPronoun(mem, kinds, pf)
}

// prevPronoun returns the subject of the sentence before when a pronoun
// of kinds and features pf may stand for it, else nil.
func prevPronoun(mem *memory, kinds []graph.Kind, pf feats) *lexicon.Actor {
	if mem == nil || mem.prevSubject == nil {
		return nil
	}
	if len(kinds) > 0 && !slices.Contains(kinds, mem.prevSubject.Kind) || !pf.agrees(mem.prevFeats) {
		return nil
	}
	return mem.prevSubject
}

// wordBefore returns the token before the determiners that precede token
// t in a sentence starting at a, or a-1.
func wordBefore(d *doc, ld *langData, a, t int) int {
	p := t - 1
	for p >= a && (ld.determiners.may(d, p) && ld.determiners.at(d, p, p+1, nil) == 1) {
		p--
	}
	return p
}
