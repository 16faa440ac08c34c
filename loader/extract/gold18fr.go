package extract

import (
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// Rules added with the eighteenth session's French blind articles
// (fr-blind-31…33): see doc.go.

// quotedComma reports whether a gap between two tokens is a comma, possibly
// after the closing quote of a nickname: "X, alias « Fito », le chef de",
// `X, known as "Fito", the leader of` (guillemets stay in the normalised
// text; curly quotes are made '"').
func quotedComma(g string) bool {
	comma := false
	for i := 0; i < len(g); i++ {
		switch c := g[i]; {
		case c == ' ' || c == '"':
		case c == ',' && !comma:
			comma = true
		case c == 0xC2 && i+1 < len(g) && g[i+1] == 0xBB && !comma: // "»" before the comma
			i++
		default:
			return false
		}
	}
	return comma
}

// namingNegated reports whether a negation cue of the clause reaches a
// naming pair (a title or a role naming a leader or a member, namingRule)
// that starts at token ts: only as a predicate, a copula standing between
// the cue (or just before it) and the naming ("n'est pas le chef du
// groupe", "is no longer the group's leader"). A negation of the clause's
// verb denies its object, not the narrator's naming inside it: « ils ont
// rejeté la proposition du président Daniel Noboa », "the rebels rejected
// President Macron's proposal", « n'ont pas suivi le président X »: X
// still leads.
func (c *sctx) namingNegated(negs []int, from, ts int) bool {
	d, ld := c.d, c.ld
	for k := sort.SearchInts(negs, from); k < len(negs) && negs[k] < ts; k++ {
		if c.inClosedRelative(negs[k], from, ts) {
			continue
		}
		for i := max(from, negs[k]-2); i < ts; i++ {
			if ld.rel.copulas[d.toks[i].fold] {
				return true
			}
		}
	}
	return false
}

// sameHeadCut returns where a name opened by a head noun at token s and
// running to e ends: before a coordinator followed by the same head,
// which opens a second name (« Los Choneros et Los Lobos », "Los Lobos
// and Los Tiguerones"), else e.
func (st *discState) sameHeadCut(s, e int) int {
	h := st.head(s, e, false)
	if h == nil {
		return e
	}
	for k := s + len(h.terms); k+1 < e; k++ {
		if n := st.ld.coord.at(st.d, k, e, nil); n > 0 && k+n < e && st.capital(k+n) && st.head(k+n, e, false) == h {
			return k
		}
	}
	return e
}

// givenNameForms makes one actor of a person named once by one word after
// a title and once in full when the word is the first of the full name
// and no surname of the article: where the given name is the polite short
// form (Thai, Malay, Cambodian names: « M. Anutin » after « Anutin
// Charnvirakul », "Mr Anwar" after "Anwar Ibrahim", « Mme Paetongtarn »).
// A given name two persons share, or a word that is another person's
// surname, resolves nothing.
func (st *discState) givenNameForms(merged map[*lexicon.Actor]*lexicon.Actor, bySurname map[string]*discActor, ambiguous map[string]bool) {
	var byGiven map[string]*discActor
	for _, da := range st.actors {
		if !da.person || da.words != 1 || merged[da.a] != nil {
			continue
		}
		k := graph.Fold(da.a.Name)
		if bySurname[k] != nil || ambiguous[k] {
			continue
		}
		if byGiven == nil {
			byGiven = map[string]*discActor{}
			for _, full := range st.actors {
				if !full.person || full.words < 2 {
					continue
				}
				first, _, _ := strings.Cut(graph.Fold(full.a.Name), " ")
				if o, ok := byGiven[first]; ok && o != full {
					byGiven[first] = nil // two persons share it
					continue
				}
				byGiven[first] = full
			}
		}
		if full := byGiven[k]; full != nil {
			merged[da.a] = full.a
			full.addForm(da.a.Name)
		}
	}
}

// maxRelativeSkip is the most tokens of a relative clause between two
// coordinated subjects (relativeBeforeCoord).
const maxRelativeSkip = 30

// relativeBeforeCoord returns the mention that a relative clause between
// commas separates from mention i, coordinated to it: « La Croatie, qui a
// reçu de la France douze Rafale, et l'Albanie sont membres de l'OTAN »,
// "Turkey, which has a base in Mogadishu, and Egypt have delivered" (the
// mention before "qui"/"which", whose comma opens the relative, and a
// comma and a coordinator right before i, articles aside); else -1. The
// relative holds no other comma.
func (d *doc) relativeBeforeCoord(ld *langData, ms []mention, i int) int {
	k := ms[i].ts - 1
	for k > 0 && ld.determiners.at(d, k, k+1, nil) == 1 && !d.gapHas(k+1, ',') {
		k--
	}
	if k < 1 || !d.gapHas(k, ',') || ld.coord.at(d, k, ms[i].ts, nil) != 1 {
		return -1
	}
	for r := k - 1; r > 0 && r >= k-maxRelativeSkip; r-- {
		if !d.gapHas(r, ',') {
			continue
		}
		if ld.rel.relatives.at(d, r, k, nil) == 0 {
			return -1
		}
		for j := i - 1; j >= 0 && ms[j].te >= r; j-- {
			if ms[j].te == r && (j == 0 || ms[j-1].te < ms[j].ts) {
				return j
			}
		}
		return -1
	}
	return -1
}

// surnameTitle reports whether the one-word title at token k, inside a
// run of capitalised words, is a surname: right after a name word that is
// neither a title nor a head noun, and ending the run ("Erik Prince, le
// fondateur de", not "Crown Prince Mohammed" nor "Kalay Army Commander
// Zaw").
func (st *discState) surnameTitle(k, b int) bool {
	if st.title(k, b) != 1 || k < 1 || !st.nameWord(k-1) || st.gap(k) != " " || st.flags(k-1)&(wTitle|wHead) != 0 || st.head(k-1, k, false) != nil {
		return false
	}
	return k+1 >= b || !st.capital(k+1) || !nameGap(st.gap(k+1))
}

// titleOpensFirm reports whether the capitalised one-word title at token
// i opens a run of capitalised words that ends with a head noun: a name
// such as "Prince Group", no person after a title.
func (st *discState) titleOpensFirm(i, b int) bool {
	e := i + 1
	for e < b && e-i < maxNameWords && st.nameWord(e) && st.gap(e) == " " {
		e++
	}
	return e > i+1 && st.endsWithHead(i, e)
}

// gold18frRel is the data of the rules of gold18fr.go.
type gold18frRel struct {
	ok bool
	// frames: "during", « pendant » (lexicon.Language.TemporalFrames).
	frames phrases
	// purchases: « achat », "purchase" (lexicon.Language.PurchaseNouns);
	// sellers: « auprès de » (lexicon.Language.SellerPrepositions).
	purchases, sellers phrases
}

func (r *gold18frRel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.frames, r.purchases, r.sellers = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.frames: lg.TemporalFrames, &r.purchases: lg.PurchaseNouns, &r.sellers: lg.SellerPrepositions})
}

// framedHostility reports whether the opposed trigger p is a noun in a
// time frame ("during the fighting", « pendant les combats », articles
// between) and one of its actors stands before the frame: "China stayed
// neutral during the fighting and urged the two countries to show
// restraint" is no hostility of China's. A frame whose noun names its
// target ("during the fighting against the JNIM") keeps its pairs.
func (c *sctx) framedHostility(p pairCand) bool {
	r := &c.ld.rel.g18fr
	if !r.ok || p.typ != graph.Opposed || p.from >= len(c.ms) || p.to >= len(c.ms) {
		return false
	}
	d := c.d
	k := p.ts
	for k > c.a && c.ld.determiners.at(d, k-1, k, nil) == 1 {
		k--
	}
	n := r.frames.endsAt(d, c.a, k)
	if n == 0 {
		return false
	}
	f := k - n
	if c.ms[p.from].ts >= f && c.ms[p.to].ts >= f {
		return false
	}
	// « pendant les combats contre le JNIM », "during the fighting
	// against JNIM", "during the assault on Tripoli": the noun's own
	// complement names its target
	k = p.te
	if k < c.b && c.ld.rel.against.at(d, k, c.b, nil) > 0 {
		k += c.ld.rel.against.at(d, k, c.b, nil)
	} else if k < c.b && c.ld.rel.has(d, k, rwPrepositions) {
		k++ // "during the assault on Tripoli"
	}
	for k < c.b && c.ld.determiners.at(d, k, k+1, nil) == 1 {
		k++
	}
	return c.ms[p.from].ts != k && c.ms[p.to].ts != k
}

// buyerAfterPurchase reports whether the supplies pair p comes from a
// purchase noun (purchase_nouns) and its supplier stands after the noun
// in the genitive, an of-word right before it, with no "à", "auprès de",
// "from" between: « les achats de Belgrade inquiètent le Kosovo », « les
// achats d'armes du Mali à la Russie »: that actor is the buyer, so the
// pair is wrong (the seller after « à » is read as such by the trigger).
func (c *sctx) buyerAfterPurchase(p pairCand, from *mention) bool {
	r := &c.ld.rel.g18fr
	if !r.ok || p.typ != graph.Supplies || r.purchases.at(c.d, p.ts, c.b, nil) == 0 || from.ts < p.te {
		return false
	}
	k := from.ts
	for k-1 > p.te && c.ld.determiners.at(c.d, k-1, k, nil) == 1 && !c.ld.rel.has(c.d, k-1, rwOf) {
		k--
	}
	if k-1 < p.te || !c.ld.rel.has(c.d, k-1, rwOf) {
		return false
	}
	// not the of-word of a preposition naming the seller: « auprès de »,
	// « en provenance de » (seller_prepositions)
	return r.sellers.endsAt(c.d, p.te, k) < 2
}
