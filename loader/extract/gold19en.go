package extract

import (
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// Rules added with the nineteenth session's English blind articles
// (en-blind-34 … 36).

// maxAppositiveHead is the most lower-case words of the noun after a
// possessive in a coordinated apposition ("and its suicide wing, the
// Majeed Brigade,").
const maxAppositiveHead = 3

// coordAppositive reads, after a list of actors ending at token end, a
// coordinator, a possessive, at most maxAppositiveHead lower-case words
// and an apposition between commas: "designated the BLA and its suicide
// wing, the Majeed Brigade, as a foreign terrorist organisation", « le
// Hamas et sa branche armée, les brigades Ezzedine al-Qassam, comme ».
// It returns the mention that opens the apposition (an actor designated
// too) or -1 when it names none the article knows, the token after the
// closing comma, and whether the words were found.
func (c *sctx) coordAppositive(end int) (int, int, bool) {
	d, r := c.d, c.ld.rel
	p := end + 1
	if p+2 >= c.b || end <= c.a || !r.has(d, p, rwPossessives) || d.gapKind(c.ld, end, p) != gapCoord {
		return -1, 0, false
	}
	q := -1
	for t := p + 1; t < c.b && t <= p+maxAppositiveHead+1; t++ {
		if c.comma[t-c.a] {
			q = t
			break
		}
		if c.hard[t-c.a] || !isLowerWord(d, t) || c.inMention(t) >= 0 {
			return -1, 0, false
		}
	}
	if q <= p+1 {
		return -1, 0, false
	}
	e := -1
	for t := q + 1; t < c.b && t <= q+maxDesignationApposition; t++ {
		if c.hard[t-c.a] {
			return -1, 0, false
		}
		if c.comma[t-c.a] {
			e = t
			break
		}
	}
	if e < 0 {
		return -1, 0, false
	}
	for q < e && c.ld.determiners.at(d, q, q+1, nil) == 1 {
		q++
	}
	if k := c.inMention(q); k >= 0 && c.ms[k].ts == q && !c.noArg[k] && c.ms[k].te <= e {
		return k, e, true
	}
	return -1, e, true
}

// gold19enRel holds the word sets of the rules added with the nineteenth
// session's English blind articles.
type gold19enRel struct {
	ok bool
	// purpose: "to", « pour » (lexicon.Language.PurposeMarkers).
	purpose phrases
	// members: "member", « pays membres »
	// (lexicon.Language.GenericMemberNouns).
	members phrases
	// documents: "Treaty", « Accord » (lexicon.Language.DocumentHeads).
	documents phrases
}

func (r *gold19enRel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.purpose, r.members, r.documents = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.purpose: lg.PurposeMarkers, &r.members: lg.GenericMemberNouns, &r.documents: lg.DocumentHeads})
}

// maxPurposeReach is the most words between an intent cue and the purpose
// marker of the trigger it reaches ("offered after the incursion to send
// Ukrainian drone specialists to train").
const maxPurposeReach = 8

// intendedPurpose reports whether the trigger at token i opens a purpose
// infinitive right after a purpose marker whose verb an intent cue
// governs, within maxPurposeReach words and no comma: "offered to send
// Ukrainian drone specialists to train Polish soldiers", "has proposed
// sending Turkish officers to train the Somali army", « a proposé
// d'envoyer des instructeurs pour former »: the training is the purpose
// of a plan, no relation (docs/CODEBOOK.md, "Action, not intent").
func (c *sctx) intendedPurpose(i int) bool {
	r := &c.ld.rel.g19en
	if !r.ok || i-1 <= c.a || !r.purpose.mayEnd(c.d, i) {
		return false
	}
	n := r.purpose.endsAt(c.d, c.a, i)
	if n == 0 || c.hardOrComma(i-n) || c.hardOrComma(i) {
		return false
	}
	for j := i - n; j > c.a && j >= i-n-maxPurposeReach; j -= 4 {
		if c.intendedNear(j) {
			return true
		}
		for t := max(j-3, c.a+1); t <= j; t++ {
			if c.hardOrComma(t) {
				return false
			}
		}
	}
	return false
}

// titleAfter returns the first token of a head of state's or
// government's title in apposition right after person mention m, between
// commas or closing the sentence, with a definite article and no owner
// ("Donald Tusk, the prime minister, called", « Donald Tusk, le Premier
// ministre, a qualifié »), else -1: the title then names the state of
// the person's country, as "the prime minister, Donald Tusk," does
// (headRules). A possessive stands for the article only when the
// person's country is named before the person in the sentence ("Belarus
// has hosted …, and Alexander Lukashenko, its president, says":
// countryBefore). An owner after the title ("the president of X"), an
// indefinite or a former cue ("a former president") leave it to the
// other rules.
func (c *sctx) titleAfter(m mention) int {
	d, r := c.d, c.ld.rel
	q := m.te
	if q+1 >= c.b || !c.comma[q-c.a] {
		return -1
	}
	if !r.has(d, q, rwDefinite) && !(r.has(d, q, rwPossessives) && c.countryBefore(m)) {
		return -1
	}
	n := r.stateHeads.at(d, q+1, c.b, nil)
	if n == 0 {
		return -1
	}
	if e := q + 1 + n; e < c.b && !c.hardOrComma(e) {
		return -1 // "the president of X", "the prime minister said"
	}
	return q + 1
}

// genericMember reports whether organisation mention m only qualifies an
// unnamed member, after an indefinite article ("It was the first time a
// NATO member had fired on Russian military assets", « un pays membre de
// l'Otan a abattu »): the clause's party is the member, which the text
// does not name, not the organisation (docs/CODEBOOK.md, "Groups of
// states"). Members in the plural act together, as the organisation
// ("ECOWAS member states imposed sanctions on Niger"). Not when a member is named right after ("NATO member
// Poland") nor when the phrase is an apposition or a predicate ("Poland,
// a NATO member since 1999,", "Poland is a NATO member", « la Pologne,
// membre de l'Otan »), which the role rules read as member_of.
func (c *sctx) genericMember(m mention) bool {
	d, r := c.d, &c.ld.rel.g19en
	if !r.ok || m.actor.Kind != graph.KindOrganisation {
		return false
	}
	var start int // the first token of the noun phrase
	if n := r.members.at(d, m.te, c.b, nil); n > 0 && m.te < c.b && !c.hardOrComma(m.te) {
		// "a NATO member", "NATO member states"
		if e := m.te + n; e < c.b && !c.hardOrComma(e) && c.inMention(e) >= 0 {
			return false // "NATO member Poland"
		}
		start = m.ts
	} else {
		// « un membre de l'Otan », « un pays membre de l'Otan »
		q := m.ts
		for q > c.a && c.ld.determiners.at(d, q-1, q, nil) == 1 && !c.ld.rel.has(d, q-1, rwOf) {
			q-- // « l' », not « de », a determiner too
		}
		if q-1 <= c.a || !c.ld.rel.has(d, q-1, rwOf) || c.hardOrComma(q) || c.hardOrComma(q-1) {
			return false
		}
		n := r.members.endsAt(d, c.a, q-1)
		if n == 0 {
			return false
		}
		start = q - 1 - n
	}
	for start > c.a && c.ld.determiners.at(d, start-1, start, nil) == 1 {
		start--
	}
	if !c.ld.rel.has(d, start, rwIndefinite) {
		return false // "ECOWAS member states imposed sanctions": the members together, the organisation's act (lead17)
	}
	if start > c.a && (c.hardOrComma(start) || c.inMention(start-1) >= 0) {
		return false // "Poland, a NATO member"
	}
	for t := start - 1; t > c.a && t >= start-maxCopulaGap; t-- {
		if c.ld.rel.has(d, t, rwCopulas) {
			return false // "is a NATO member", "is not a member of NATO", « n'est pas membre de »
		}
		if c.hardOrComma(t) {
			break
		}
	}
	return true
}

// maxCopulaGap is the most words from a copula to the noun phrase it
// makes a predicate ("is not yet a member of": genericMember).
const maxCopulaGap = 3

// documentHead reports whether token i is a capitalised document head
// (document_heads: "Treaty", "Agreement", « Traité »): a capitalised
// name that ends with one is a treaty's ("the Mutual Defense Treaty",
// "the Enhanced Defense Cooperation Agreement": no discovered actor), and
// a capital or a state right before one is part of it ("the Ottawa
// Treaty": no Canada; relate.go, keepMention).
func (r *relData) documentHead(d *doc, i int) bool {
	g := &r.g19en
	return g.ok && i >= 0 && i < len(d.toks) && d.toks[i].capital && g.documents.at(d, i, i+1, nil) == 1
}

// foundedAs reports whether the organisation mention o, the object of a
// founding verb, is followed by "as" and an allied trigger ("Mali,
// Burkina Faso and Niger formed the Alliance of Sahel States (AES) as a
// mutual defence pact in September 2023", « ont créé l'AES comme pacte de
// défense mutuelle »): the founders declare themselves allies, besides
// their membership (".../founding/allied").
func (c *sctx) foundedAs(o int) bool {
	d := c.d
	j := c.ms[o].te
	for j < c.b {
		k := c.inMention(j)
		if k < 0 || c.ms[k].actor.ID != c.ms[o].actor.ID {
			break
		}
		j = c.ms[k].te // "(AES)"
	}
	if j >= c.b || c.hardOrComma(j) || !c.ld.rel.has(d, j, rwCopulas) {
		return false
	}
	j++
	for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
		j++
	}
	for _, h := range c.hits {
		if h.ts == j && h.trig.Type == graph.Allied {
			return true
		}
	}
	return false
}

// countryBefore reports whether the state of person m's country (the
// lexicon's) is named by a mention before m in the sentence: the owner
// of a possessive title after the person ("Alexander Lukashenko, its
// president": Belarus, named before; "Russia attacked Ukraine, and
// Volodymyr Zelensky, its president," is Ukraine by his country, not
// Russia by the nearest name).
func (c *sctx) countryBefore(m mention) bool {
	if m.actor.Country == "" || c.stateOf == nil {
		return false
	}
	st := c.stateOf(m.actor.Country)
	if st == nil {
		return false
	}
	for _, n := range c.ms {
		if n.ts >= m.ts {
			break
		}
		if n.ts >= c.a && n.actor.ID == st.ID {
			return true
		}
	}
	return false
}
