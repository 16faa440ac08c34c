package extract

import (
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// maxIncludedHead is the most words between a possessive, or the comma
// opening an apposition, and the including word after the group noun
// ("a group of about a dozen governments, including").
const maxIncludedHead = 10

// maxIncludedRelative is the most words a relative and its member_of
// verb add to the head (« , qui regroupe à l'origine six des principaux
// groupes armés du pays, dont »).
const maxIncludedRelative = 4

// maxBracketedName is the most words between a name no dictionary knows
// and the bracketed short form that ends it, commas inside the name
// (« Retour, réclamation et réhabilitation (3R) »).
const maxBracketedName = 4

// maxBracketedLong is the most words of a long name no dictionary knows
// before the bracketed short form of an actor (« l'Unité pour la paix en
// Centrafrique (UPC) »).
const maxBracketedLong = 8

// includedMemberRules reads a group's members listed after an including
// word (".../included/member_of"): the actors listed after ", including",
// ", among them", « , dont », « , parmi lesquels » are members of the
// group whose member noun comes before it, with a possessive ("Its member
// gangs, among them 400 Mawozo and 5 Segonn", « plusieurs de ses
// composantes, dont le 3R »: the group the possessive names) or in an
// apposition to an organisation or armed group, opened by a determiner
// or a number, that names its members by a plural noun or a collective
// noun ("the fighter jet coalition, a group of about a dozen governments,
// including the United States, Norway and Belgium", « les forces
// conjointes du Darfour, ces anciens mouvements rebelles, dont le MJE et
// l'ALS »). The group noun is needed: "several countries, including Mali"
// with no group names no membership, nor does an apposition that is a
// clause ("Wagner, which operates in several countries, including").
// A relative of place after the group noun lists members too ("the
// Islamic Resistance in Iraq, a banner under which A, B and C operate";
// member_places).
func (c *sctx) includedMemberRules(lang string) []pairCand {
	d, r := c.d, c.ld.rel
	if !r.bl.ok || d.none(r.including, c.a, c.b) && d.none(r.bl.memberPlaces, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for i := c.a + 2; i < c.b; i++ {
		// (n stays 0 where neither set may start)
		if i = d.nextStart(i, c.b, r.including.bit|r.bl.memberPlaces.bit); i >= c.b {
			break
		}
		if c.trig[i-c.a] {
			continue
		}
		n := 0
		if c.comma[i-c.a] {
			if r.including.may(d, i) {
				n = r.including.at(d, i, c.b, nil)
			}
		} else if r.bl.memberPlaces.may(d, i) && !c.hardOrComma(i) && isLowerWord(d, i-1) {
			// "a banner under which A, B and C operate"
			n = r.bl.memberPlaces.at(d, i, c.b, nil)
		}
		if n == 0 {
			continue
		}
		j := i + n
		for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
			j++
		}
		k := -1
		if j < c.b && !c.hardOrComma(j) {
			k = c.inMention(j)
			if k < 0 && isLowerWord(d, j) {
				// « dont le groupe 3R », "including the rebel group X"
				m := max(r.anaphors[graph.KindArmedGroup].at(d, j, c.b, nil), r.anaphors[graph.KindOrganisation].at(d, j, c.b, nil))
				if m > 0 && j+m < c.b && !c.hardOrComma(j+m) {
					j += m
					k = c.inMention(j)
				}
			}
		}
		if k < 0 && j < c.b && !isLowerWord(d, j) {
			// « dont l'Unité pour la paix en Centrafrique (UPC) »: a long
			// name no dictionary knows, then the short form in brackets
			for q := j + 1; q < c.b && q <= j+maxBracketedLong; q++ {
				if c.comma[q-c.a] {
					break
				}
				if m := c.inMention(q); m >= 0 && c.ms[m].ts == q && c.paren[q-c.a] > c.paren[j-c.a] {
					k, j = m, q
					break
				}
			}
		}
		if k < 0 || c.ms[k].ts != j {
			continue
		}
		g := c.includingGroup(i)
		if g < 0 {
			continue
		}
		for _, o := range c.pastApposition(d.group(c.ld, c.ms, k, +1)) {
			if c.ms[o].actor.Kind == graph.KindPerson && o+1 < len(c.ms) && c.mentionEndingAt(c.ms[o+1].ts) == o {
				o++ // "Johnson André's 5 Segonn": the group its leader possesses
			}
			if q := o + 1; c.known != nil && !c.known(c.ms[o].actor.ID) && q < len(c.ms) && c.ms[q].ts-c.ms[o].te <= maxBracketedName &&
				c.paren[c.ms[q].ts-c.a] > c.paren[c.ms[o].ts-c.a] && c.known(c.ms[q].actor.ID) {
				o = q // « le groupe Retour, réclamation et réhabilitation (3R) »: a name with commas, then its short form
			}
			if o != g && !c.noArg[o] && c.ms[o].actor.Kind != graph.KindPerson && c.ms[o].actor.ID != c.mentionAt(g).actor.ID {
				out = append(out, pairCand{from: o, to: g, typ: graph.MemberOf, ts: i, te: i + n, rule: lang + "/included/member_of"})
			}
		}
	}
	return out
}

// includingGroup returns the group whose members an including word at
// token i lists (includedMemberRules), or -1: the words before it, back to
// a possessive or to the comma after an organisation or armed group, hold
// a member noun, a plural noun of actors or a collective noun, and no
// actor, trigger, relative or hard punctuation.
func (c *sctx) includingGroup(i int) int {
	d, r := c.d, c.ld.rel
	noun, relative := false, false
	for p := i - 1; p >= c.a && p >= i-maxIncludedHead-maxIncludedRelative; p-- {
		if c.inMention(p) >= 0 || c.hard[p+1-c.a] {
			return -1
		}
		if c.rel[p-c.a] {
			// « la CPC, qui regroupe six des principaux groupes armés,
			// dont »: a relative, then a member_of trigger
			if relative || p+1 >= i || !c.trig[p+1-c.a] || c.trigType[p+1-c.a] != graph.MemberOf || !c.comma[p-c.a] {
				return -1
			}
			relative = true
		}
		head := isLowerWord(d, p) && (r.bl.memberNouns.at(d, p, i, nil) > 0 || r.collectives.at(d, p, i, nil) > 0 ||
			r.plural[graph.KindArmedGroup].at(d, p, i, nil) > 0 || r.plural[graph.KindOrganisation].at(d, p, i, nil) > 0 ||
			r.plural[graph.KindState].at(d, p, i, nil) > 0)
		if c.trig[p-c.a] && !head && c.trigType[p-c.a] != graph.MemberOf && c.trigType[p-c.a] != graph.Allied {
			return -1 // "which attacked several groups, including"; not "an alliance of groups"
		}
		noun = noun || head
		if r.has(d, p, rwPossessives) {
			if !noun || relative || p < i-maxIncludedHead {
				return -1
			}
			if p == c.a && c.prevSubject != nil && (c.prevSubject.Kind == graph.KindArmedGroup || c.prevSubject.Kind == graph.KindOrganisation) {
				// "Viv Ansanm, the alliance that brings together the G9
				// and G-Pèp, was formed in 2023. Its member gangs": the
				// subject before, not the group named last
				a := c.prevSubject
				return c.addExtra(mention{ts: p, te: p, actor: a, form: lexicon.Form{Text: a.Name, Role: roleAnaphor}})
			}
			return c.possessiveGroup(p, graph.KindArmedGroup, graph.KindOrganisation)
		}
		if p+1 < i && c.comma[p+1-c.a] {
			return -1 // a comma inside the head: "X, in Mali, several groups, including"
		}
		if c.comma[p-c.a] {
			// an apposition opened by a determiner or a number: "X, a
			// group of", « X, ces anciens mouvements », or a relative
			if !noun || !relative && p < i-maxIncludedHead || !relative && !(c.ld.determiners.at(d, p, p+1, nil) == 1 || r.has(d, p, rwIndefinite) || r.has(d, p, rwAnaphorDets) || isNumber(d.toks[p].fold)) {
				return -1
			}
			g := c.mentionEndingAt(p)
			if g < 0 || c.noArg[g] || (c.ms[g].actor.Kind != graph.KindOrganisation && c.ms[g].actor.Kind != graph.KindArmedGroup) {
				return -1
			}
			return g
		}
	}
	return -1
}

// maxListApposition is the most words of an apposition between the last
// two members of a list ("400 Mawozo, notorious for the kidnapping of
// American missionaries in 2021, and Kraze Baryè").
const maxListApposition = 14

// pastApposition extends a list of members g that stops before an
// apposition naming no actor (a demonym allowed) between commas
// and a coordinator naming one more member: the members after it join
// the list. The list of a membership rule ends where its coordinator
// does, so a mere clause after it adds nothing.
func (c *sctx) pastApposition(g []int) []int {
	d := c.d
	if len(g) == 0 {
		return g
	}
	e := c.ms[g[len(g)-1]].te
	if e >= c.b || !c.comma[e-c.a] {
		return g
	}
	for p := e; p < c.b && p < e+maxListApposition; p++ {
		if p > e && c.hard[p-c.a] {
			return g
		}
		if p > e+1 && c.comma[p-c.a] {
			n := c.ld.coord.at(d, p, c.b, nil)
			if n == 0 {
				return g
			}
			q := p + n
			for q < c.b && c.ld.determiners.at(d, q, q+1, nil) == 1 {
				q++
			}
			if k := c.inMention(q); k >= 0 && c.ms[k].ts == q && !c.hardOrComma(q) {
				return append(g, d.group(c.ld, c.ms, k, +1)...)
			}
			return g
		}
		if k := c.inMention(p); k >= 0 && c.ms[k].form.Role != lexicon.RoleDemonym {
			return g
		}
	}
	return g
}
