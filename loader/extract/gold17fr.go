package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// placeOpener returns the state a clause opens with as its place when the
// home institution starting at token s (its definite article before it)
// follows it after a comma: « Au Niger, l'armée doit faire face à
// l'EIGS », « ; au Burkina Faso, la junte ... »: that state's institution,
// not the home state's. The clause starts at the sentence's start or after
// a semicolon or a colon; the place is a state after a place preposition
// (reciprocal_places, state_place_prepositions: « au », « en »), an
// article between allowed. Else nil.
func placeOpener(d *doc, ld *langData, a, s int, ms []mention) *lexicon.Actor {
	p := s
	if p-1 > a && d.is(p-1, ld, classDefinite) {
		p--
	}
	if p-1 <= a || !strings.Contains(d.norm[d.toks[p-1].end:d.toks[p].start], ",") {
		return nil
	}
	var st *lexicon.Actor
	q := -1
	for j := len(ms) - 1; j >= 0 && ms[j].te >= p; j-- {
		if ms[j].te == p && ms[j].actor.Kind == graph.KindState {
			st, q = ms[j].actor, ms[j].ts
		}
	}
	if st == nil || q <= a {
		return nil
	}
	if q-1 > a && d.is(q-1, ld, classDefinite) {
		q-- // « dans le Niger voisin »
	}
	r := ld.rel
	n := max(r.reciprocalPlaces.endsAt(d, a, q), r.statePlaces.endsAt(d, a, q))
	if n == 0 {
		return nil
	}
	if o := q - n; o > a && !strings.ContainsAny(d.norm[d.toks[o-1].end:d.toks[o].start], ";:") {
		return nil // « Avec le Niger, l'armée »: not a clause's place
	}
	return st
}

// titleApposition returns the token where a head-of-state title would end
// when a person's mention at token ts stands in apposition to it after a
// comma, with a definite article and a rank between: « le Premier
// ministre, le général Abdoulaye Maïga », « le président, le général
// Tiani » (the rank may be in the person's form); else -1.
func (c *sctx) titleApposition(ts int) int {
	d, ld := c.d, c.ld
	j := ts
	if ld.disc != nil && j-1 > c.a && ld.disc.titles.endsAt(d, c.a, j) > 0 {
		j -= ld.disc.titles.endsAt(d, c.a, j)
	}
	if j-1 <= c.a || !d.is(j-1, ld, classDefinite) {
		return -1
	}
	j--
	if !strings.Contains(d.norm[d.toks[j-1].end:d.toks[j].start], ",") {
		return -1
	}
	return j
}

// quoteClosesBefore reports whether a closing quotation mark (« » », '"',
// '”') stands in the gap before token i: the words before it are a
// quotation, and a speaker named after it (« « Nous ne céderons pas », a
// déclaré le président X ») is neither reported by the quotation nor
// under its negations.
func (d *doc) quoteClosesBefore(i int) bool {
	if i <= 0 || i >= len(d.toks) || d.toks[i].space {
		return false
	}
	g := d.norm[d.toks[i-1].end:d.toks[i].start]
	return strings.Contains(g, "»") || strings.Contains(g, "”") || strings.IndexByte(g, '"') >= 0 && strings.IndexByte(g, ',') >= 0
}

// envoyObject reports whether the hostile trigger [ts, te) is a
// diplomatic measure (a diplomatic word in it: « expulsé », "expelled",
// « sanctionné ») whose object is an official named by title only (an
// official title, official_titles, after at most two articles or
// possessives, a demonym allowed before it): « Bamako a expulsé son
// ambassadeur », « a expulsé l'ambassadeur de France », "expelled the
// Russian ambassador". Expelling an ambassador is not opposed, as
// recalling one is not, and sanctions on an official name him only
// (docs/CODEBOOK.md); a person named after the title is the object ("the
// minister X").
func (c *sctx) envoyObject(ts, te int) bool {
	d, r := c.d, c.ld.rel
	if len(r.officialFolds) == 0 {
		return false
	}
	dip := false
	for i := ts; i < te && !dip; i++ {
		dip = r.diplomatic[d.toks[i].fold]
	}
	if !dip {
		return false
	}
	i := te
	for n := 0; n < 2 && i < c.b && c.ld.determiners.at(d, i, i+1, nil) == 1; n++ {
		i++
	}
	if k := c.inMention(i); k >= 0 && c.ms[k].actor.Kind == graph.KindState && c.ms[k].form.Role == lexicon.RoleDemonym && c.ms[k].te < c.b {
		i = c.ms[k].te // "the Russian ambassador"
	}
	if i >= c.b || c.inMention(i) >= 0 || !r.officialFolds[d.toks[i].fold] {
		return false
	}
	for j := i + 1; j < c.b && j <= i+3; j++ {
		if k := c.inMention(j); k >= 0 {
			return c.ms[k].actor.Kind != graph.KindPerson
		}
	}
	return true
}

// contrastClause returns the last token in (from, ts) that opens a clause
// with a contrast coordinator after a comma (« , mais », ", but";
// contrast_buts), else -1: a negation before it does not reach a trigger
// after it (« Le Burkina Faso n'a pas envoyé de carburant, mais ses
// soldats mènent des patrouilles conjointes avec les FAMa »).
func (c *sctx) contrastClause(from, ts int) int {
	r := c.ld.rel
	for i := ts - 1; i > from && i > c.a; i-- {
		if r.contrastButs.may(c.d, i) && c.d.gapHas(i, ',') && r.contrastButs.at(c.d, i, c.b, nil) == 1 {
			return i
		}
	}
	return -1
}

// contrastPossessive reports whether the subject of the trigger at ts is
// a possessive noun phrase opening a clause after a comma and a
// coordinator (« , mais ses soldats traquent », ", but its soldiers
// hunt"): the possessor is the sentence's first actor, not the actor
// right before the comma (« L'Ouganda ne fait pas partie de la SAMIDRC,
// mais ses soldats traquent les ADF »: Uganda's soldiers).
func (c *sctx) contrastPossessive(ts int) bool {
	d, r := c.d, c.ld.rel
	for p := ts - 1; p > c.a && p >= ts-1-maxContingentWords; p-- {
		if r.has(d, p, rwPossessives) {
			q := p - 1
			return q > c.a && d.gapHas(q, ',') && (r.contrastButs.at(d, q, c.b, nil) == 1 || c.ld.coord.at(d, q, c.b, nil) == 1)
		}
		if c.inMention(p) >= 0 || c.hardOrComma(p) {
			return false
		}
	}
	return false
}

// foreignOwner reports whether mention k is a state read from a bare home
// institution (« le gouvernement », "the government") and person mention
// p owning it (« de Giorgia Meloni ») is, by the lexicon, of another
// country: the institution is not the home state's, so the person leads
// nothing by it (a person whose lexicon leads name a state is read by the
// leader-forces rule, coref.go).
func (c *sctx) foreignOwner(k, p int) bool {
	m, pm := &c.ms[k], &c.ms[p]
	if m.actor.Kind != graph.KindState || m.form.Role != lexicon.RoleInstitution || pm.actor.Kind != graph.KindPerson || pm.actor.Country == "" || m.actor.Country == "" {
		return false
	}
	return pm.actor.Country != m.actor.Country && c.ld.rel.home.at(c.d, m.ts, m.te, nil) == m.te-m.ts
}

// nonActorRelativeObject reports whether the active trigger at ts is the
// verb of an object relative with a pronoun subject (« l'opération
// Haskanite, qu'il a dirigée en personne ») whose antecedent is no actor:
// the verb's object is that antecedent, so an actor named after the verb
// is not its object (« ... qu'il a dirigée ..., et menacé de retirer son
// pays de la FMM »: he does not lead the FMM).
func (c *sctx) nonActorRelativeObject(ts int) bool {
	d, r := c.d, c.ld.rel
	i := ts
	for n := 0; n < 2 && i-1 > c.a && r.has(d, i-1, rwAuxiliaries); n++ {
		i--
	}
	if i-1 <= c.a || !(r.has(d, i-1, rwSingular) || r.has(d, i-1, rwSubjectPronouns)) {
		return false
	}
	i--
	n := r.objRelatives.endsAt(d, c.a, i)
	if n == 0 {
		return false
	}
	o := i - n
	if k := c.inMention(o - 1); k >= 0 && c.ms[k].te == o {
		return false // « le JNIM, qu'il dirige »: the antecedent is an actor
	}
	return c.mentionEndingAt(o) < 0
}
