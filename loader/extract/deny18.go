package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// deny18Rel holds the word sets of the rules added with the eighteenth
// session's denial probes (deny18_test.go).
type deny18Rel struct {
	ok bool
	// denial: "denied", « dément »; objects: "this", "the reports", «
	// ces accusations » (lexicon.Language.DenialVerbs, DenialObjects).
	denial, objects phrases
	// withoutAny: "without any", « sans aucune »
	// (lexicon.Language.WithoutAny).
	withoutAny phrases
	// pay: "paid", « a payé »; purchase: "for", « pour »
	// (lexicon.Language.PayVerbs, PurchaseLinks).
	pay, purchase phrases
	// generic: "weapons", « armes » (lexicon.Language.GenericGoods).
	generic phrases
	// admission: "admitted", « a reconnu »
	// (lexicon.Language.AdmissionVerbs).
	admission phrases
}

func (r *deny18Rel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.denial, r.objects, r.withoutAny = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.pay, r.purchase, r.generic = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.admission = newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.denial: lg.DenialVerbs, &r.objects: lg.DenialObjects, &r.withoutAny: lg.WithoutAny,
		&r.pay: lg.PayVerbs, &r.purchase: lg.PurchaseLinks, &r.generic: lg.GenericGoods,
		&r.admission: lg.AdmissionVerbs})
}

// maxDenialGap is the most words between a denier and its denial verb
// ("Asmara has repeatedly denied", « Asmara l'a toujours démenti »).
const maxDenialGap = 3

// deniedBy reports whether a denial verb (denial_verbs) is one of the
// negation cues negs in [from, to): the relation is denied, not merely
// negated ("Tehran denies arming the group", not "Washington has never
// sold the army fighter jets").
func (c *sctx) deniedBy(negs []int, from, to int) bool {
	r := &c.ld.rel.d18
	if !r.ok {
		return false
	}
	for _, i := range negs {
		if i >= from && i < to && r.denial.atIf(c.d, i, c.b) > 0 {
			return true
		}
	}
	return false
}

// denialAfter returns the end of a denial verb right after token e
// within maxDenialGap words that are no negation, comma or actor (the
// denier's auxiliaries and adverbs: "has repeatedly denied", « l'a
// toujours démenti »), or of another negation cue a claim object
// follows ("dismissed the reports"; not "dismissed the commander"), or
// -1.
func denialAfter(d *doc, ld *langData, e, b int) int {
	r := &ld.rel.d18
	if !r.ok {
		return -1
	}
	for j := e; j < b && j <= e+maxDenialGap; j++ {
		if j > e && (d.gapHas(j, ',') || d.gapHas(j, ';') || d.gapHas(j, ':')) {
			return -1
		}
		if n := r.denial.atIf(d, j, b); n > 0 {
			return j + n
		}
		if n := ld.negations.atIf(d, j, b); n > 0 {
			if j+n < b && r.objects.atIf(d, j+n, b) > 0 {
				return j + n // "has dismissed the reports": a claim its object
			}
			return -1 // "does not deny"
		}
	}
	return -1
}

// bareDenial returns the actor whose denial is the whole sentence
// [sa, sb): its only actor, opening it, then a denial verb closing the
// sentence or followed by a claim object alone ("Tehran denies.",
// "Abu Dhabi has dismissed the reports.", "Tehran rejects this.", «
// Téhéran le dément. », « N'Djamena a rejeté l'accusation. »), or nil.
// A denial with an object of its own ("Tehran has denied directing the
// attacks") denies something else (docs/CODEBOOK.md).
func bareDenial(d *doc, ld *langData, sa, sb int, ms []mention) *lexicon.Actor {
	r := &ld.rel.d18
	if !r.ok || len(ms) == 0 || d.none(r.denial, sa, sb) && d.none(ld.negations, sa, sb) {
		return nil
	}
	m := ms[0]
	for _, o := range ms[1:] {
		if o.actor.ID != m.actor.ID {
			return nil
		}
	}
	if m.ts-sa > maxSubjectOpening {
		return nil
	}
	e := denialAfter(d, ld, m.te, sb)
	if e < 0 {
		return nil
	}
	if e < sb {
		n := r.objects.atIf(d, e, sb)
		if n == 0 || e+n < sb {
			return nil
		}
	}
	return m.actor
}

// hedgeDenied makes hedged the assertions of each relation a party
// denies in the article (relEvidence.denial): an assertion and a
// denial are hedged, as an accusation with a denial is
// (docs/CODEBOOK.md, "accusation and denial in the same article").
func hedgeDenied(evs []relEvidence) {
	for _, e := range evs {
		if !e.denial {
			continue
		}
		for j := range evs {
			if f := &evs[j]; f.rel == e.rel && !f.admitted && sameGoods(e.goods, f.ev.Supplied) {
				hedgeEvidence(f)
			}
		}
	}
}

// hedgeEvidence makes an asserted evidence hedged.
func hedgeEvidence(f *relEvidence) {
	if f.ev.Negated || f.ev.Hedged {
		return
	}
	f.ev.Hedged = true
	f.ev.Confidence -= ConfidenceAsserted - ConfidenceHedged
}

// denialTailEnds reports whether the denier's mention ending at token e,
// in a trailing clause, denies with a few words before the verb ("a
// charge Asmara has repeatedly denied", « ce qu'Asmara a toujours
// démenti ») and the verb closes the sentence or its clause before a
// comma ("Egypt's support for the army, which Cairo denies, has
// angered"): denialAfter.
func (c *sctx) denialTailEnds(e int) bool {
	end := denialAfter(c.d, c.ld, e, c.b)
	return end == c.b || end > e && end < c.b && c.comma[end-c.a]
}

// withoutAny reports whether a without-any phrase (without_any) ends
// right before the trigger at ts, or before a mention right before it
// ("advanced without any help from Rwanda", "without any Rwandan help",
// « sans aucune aide du Rwanda »): the help is denied. A bare "without"
// is not ("Without Rwandan support, the M23 could not have taken Goma"
// asserts it).
func (c *sctx) withoutAny(ts int) bool {
	r := &c.ld.rel.d18
	if !r.ok || c.d.none(r.withoutAny, c.a, c.b) {
		return false
	}
	i := ts
	if k := c.inMention(ts - 1); ts > c.a && k >= 0 && c.ms[k].te == ts {
		i = c.ms[k].ts
	}
	return r.withoutAny.mayEnd(c.d, i) && r.withoutAny.endsAt(c.d, c.a, i) > 0
}

// maxGoodsGap is the most words between a purchase link and the goods
// ("for the six Turkish drones").
const maxGoodsGap = 4

// paidFor reports whether the pay verb at [ts, te) pays for goods: a
// purchase link right after its object ending at oe, then goods within
// maxGoodsGap words, no comma between ("Mali paid Turkey for the
// drones", "North Korea was paid by Russia for the shells it
// supplied"): a purchase, whose supplier is the payee.
func (c *sctx) paidFor(ts, te, oe int) bool {
	r := &c.ld.rel.d18
	if !r.ok || !r.pay.may(c.d, ts) || r.pay.at(c.d, ts, c.b, nil) != te-ts || oe >= c.b || c.comma[oe-c.a] {
		return false
	}
	n := r.purchase.atIf(c.d, oe, c.b)
	if n == 0 {
		return false
	}
	for i := oe + n; i < c.b && i <= oe+n+maxGoodsGap; i++ {
		if c.comma[i-c.a] || c.hard[i-c.a] {
			return false
		}
		if c.ld.equipment.atIf(c.d, i, c.b) > 0 {
			return true
		}
	}
	return false
}

// trainingPlace reports whether the actor m a passive trains trigger
// finds is a state named in a list of training places: a state place
// preposition right before it ("in", « en ») and another place
// preposition after a comma or a coordinator right after it
// ("Ukrainian pilots were trained in Denmark, in Britain and at a
// centre in Romania": no trainer, docs/CODEBOOK.md, training places). A
// single place keeps its reading ("Somali commandos were trained in
// Turkey", probe14_test.go).
func (c *sctx) trainingPlace(m mention) bool {
	d, r := c.d, c.ld.rel
	if m.actor.Kind != graph.KindState || m.form.Role == lexicon.RoleDemonym || !r.statePlaces.mayEnd(d, m.ts) || r.statePlaces.endsAt(d, c.a, m.ts) == 0 || m.te >= c.b {
		return false
	}
	i := m.te
	if n := c.ld.coord.atIf(d, i, c.b); n > 0 {
		i += n
	} else if !c.comma[i-c.a] {
		return false
	} else if n := c.ld.coord.atIf(d, i, c.b); n > 0 {
		i += n
	}
	return i < c.b && (r.statePlaces.atIf(d, i, c.b) > 0 || r.placePreps.atIf(d, i, c.b) > 0)
}

// maxDeniedGap is the most words between a denial verb and the trigger it
// denies ("denied having supplied", « dément avoir livré »).
const maxDeniedGap = 2

// typedDenial returns the actor of a sentence whose only actor opens it
// and denies, right after, a trigger that names no other party ("Cairo
// denied supplying weapons to either side", « Le Caire dément livrer
// des armes »), the trigger's type and the particular goods it names
// (particularGoods); or nil.
func (c *sctx) typedDenial(kept []mention, hits []trigHit) (*lexicon.Actor, graph.RelType, string) {
	if len(kept) == 0 || len(hits) == 0 || !c.ld.rel.d18.ok {
		return nil, "", ""
	}
	m := kept[0]
	for _, o := range kept[1:] {
		if o.actor.ID != m.actor.ID {
			return nil, "", ""
		}
	}
	if m.ts-c.a > maxSubjectOpening {
		return nil, "", ""
	}
	e := denialAfter(c.d, c.ld, m.te, c.b)
	if e < 0 {
		return nil, "", ""
	}
	for _, h := range hits {
		if h.ts >= e && h.ts <= e+maxDeniedGap {
			goods := ""
			if h.trig.Type == graph.Supplies {
				goods = c.particularGoods(h.te)
			}
			return m.actor, h.trig.Type, goods
		}
	}
	return nil, "", ""
}

// particularGoods returns the goods, folded, other than generic ones
// (generic_goods: "weapons", « armes »), that follow the trigger ending
// at te within maxGoodsGap words ("denies having delivered planes"), or
// "": a denial of them covers the assertions of those goods only
// (docs/CODEBOOK.md, negated goods beside an asserted relation).
func (c *sctx) particularGoods(te int) string {
	r := &c.ld.rel.d18
	for i := te; i < c.b && i <= te+maxGoodsGap; i++ {
		if c.comma[i-c.a] || c.hard[i-c.a] {
			return ""
		}
		if r.generic.atIf(c.d, i, c.b) > 0 {
			return ""
		}
		if n := c.ld.equipment.atIf(c.d, i, c.b); n > 0 {
			return graph.Fold(c.d.tokenText(i, i+n))
		}
	}
	return ""
}

// sameGoods reports whether denied goods (folded, "" for a generic
// denial) cover an assertion that supplied what: any goods when
// generic, else the same ones.
func sameGoods(goods, supplied string) bool {
	return goods == "" || supplied != "" && strings.Contains(graph.Fold(supplied), goods)
}

// admittedIn reports whether an admission verb (admission_verbs:
// "admitted", « a reconnu ») stands in [from, to), the clause before a
// trigger: "Tehran admitted sending drones to Russia" is asserted
// despite its denials elsewhere (hedgeDenied).
func (c *sctx) admittedIn(from, to int) bool {
	r := &c.ld.rel.d18
	if !r.ok || c.d.none(r.admission, c.a, c.b) {
		return false
	}
	return c.phraseIn(r.admission, from, to)
}
