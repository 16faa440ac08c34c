package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// The nineteenth session's mends from the French blind articles
// (fr-blind-34, fr-blind-35, fr-blind-36); doc.go has a clause for each.

// jointStanding reports whether allied pair p is a joint-operation
// reading ("/joint/allied"): joint patrols and operations are a standing
// cooperation, so a cessation before them ends it (« les deux armées ne
// mènent plus de patrouilles conjointes », "no longer run joint patrols":
// allied negated, docs/CODEBOOK.md, joint patrols "have ceased").
func jointStanding(p pairCand) bool {
	return p.typ == graph.Allied && strings.Contains(p.rule, "/joint/allied")
}

// gold19frRel is the data of the rules of gold19fr.go.
type gold19frRel struct {
	ok bool
	// embargo: "embargo", « embargo »; targets: "on", « à », « contre »;
	// blockers: "violated", « a levé », « réclame »
	// (lexicon.Language.EmbargoNouns, EmbargoTargets, EmbargoBlockers).
	embargo, targets, blockers phrases
	// objects: « sur », "on" (lexicon.Language.EmbargoObjects).
	objects phrases
	// opposers: « oppose », « opposent »; complements: « à », « aux »
	// (lexicon.Language.CliticOpposers, OpposerComplements).
	opposers, complements phrases
	// hostile: « hostiles au », "opposed to"
	// (lexicon.Language.HostileComplements); presented: « présenté
	// comme », "described as" (lexicon.Language.PresentedAs).
	hostile, presented phrases
}

func (r *gold19frRel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.embargo, r.targets, r.blockers, r.objects = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.opposers, r.complements, r.hostile, r.presented = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.embargo: lg.EmbargoNouns, &r.targets: lg.EmbargoTargets, &r.blockers: lg.EmbargoBlockers, &r.objects: lg.EmbargoObjects,
		&r.opposers: lg.CliticOpposers, &r.complements: lg.OpposerComplements, &r.hostile: lg.HostileComplements,
		&r.presented: lg.PresentedAs})
}

// maxEmbargoWords is the most words between an embargo noun and the
// actor it targets (« un embargo total sur les ventes et les achats
// d'armes à Israël »).
const maxEmbargoWords = 10

// maxEmbargoBlockerWords is the most words between a blocker and the
// embargo noun it governs ("violated the UN arms embargo").
const maxEmbargoBlockerWords = 5

// embargoRules finds embargoes: the subject of an embargo noun ("Spain
// imposed a total arms embargo on Israel", « L'Espagne a inscrit dans la
// loi un embargo total sur les ventes d'armes à Israël ») opposes the
// first state, group or organisation named after it within
// maxEmbargoWords, right after a target word (embargo_targets: "on",
// « à », « contre », an article allowed between), no comma or hard
// boundary between (".../embargo/opposed"); an arms embargo is a
// sanction (docs/CODEBOOK.md, "Arms embargoes"). A blocker before the
// noun (embargo_blockers: "violated", « a levé », « réclame ») gives
// nothing: breaching, lifting or asking for an embargo is no sanction.
func (c *sctx) embargoRules(lang string) []pairCand {
	r := &c.ld.rel.g19fr
	d := c.d
	if !r.ok || d.none(r.embargo, c.a, c.b) {
		return nil
	}
	var out []pairCand
	noArg := func(j int) bool { return c.noArg[j] }
	for i := c.a; i < c.b; i++ {
		n := r.embargo.at(d, i, c.b, nil)
		if n == 0 || c.embargoBlocked(i) {
			continue
		}
		t := c.embargoTarget(i + n)
		if t < 0 {
			continue
		}
		s := c.subject(i, noArg)
		if s < 0 || s == t || c.ms[s].actor.ID == c.ms[t].actor.ID {
			continue
		}
		out = append(out, pairCand{from: s, to: t, typ: graph.Opposed, ts: i, te: i + n, rule: lang + "/embargo/opposed"})
	}
	return out
}

// embargoBlocked reports whether a blocker stands in the few words before
// the embargo noun at i, no comma or hard boundary between.
func (c *sctx) embargoBlocked(i int) bool {
	r := &c.ld.rel.g19fr
	for j := i - 1; j >= c.a && j >= i-maxEmbargoBlockerWords; j-- {
		if r.blockers.at(c.d, j, i, nil) > 0 {
			return true
		}
		if c.hardOrComma(j) {
			return false
		}
	}
	return false
}

// embargoTarget returns the mention an embargo noun ending at e targets
// (embargoRules), or -1.
func (c *sctx) embargoTarget(e int) int {
	r := &c.ld.rel.g19fr
	d, ld := c.d, c.ld
	for k, m := range c.ms {
		if m.ts < e {
			continue
		}
		if m.ts > e+maxEmbargoWords || c.breakIn(e, m.ts) || c.commas(e, m.ts) > 0 {
			return -1
		}
		if m.form.Role == lexicon.RoleDemonym || m.actor.Kind == graph.KindPerson || m.actor.Kind == graph.KindCompany {
			continue
		}
		for p := m.ts; p >= e && p >= m.ts-1; p-- {
			if p < m.ts && !ld.rel.definite[d.toks[p].fold] {
				break // an article between: « contre la Russie »
			}
			for u := max(e, p-4); u < p; u++ {
				if r.targets.at(d, u, p, nil) == p-u {
					return k
				}
			}
		}
	}
	return -1
}

// maxEmbargoAdjectives is the most words between an embargo noun and the
// word opening its object ("an embargo total sur", "arms embargo on").
const maxEmbargoAdjectives = 1

// maxEmbargoObjectWords is the most words between the word opening an
// embargo's object and a supplies trigger in it (« sur les ventes et les
// achats d'armes »).
const maxEmbargoObjectWords = 6

// embargoed reports whether a supplies trigger at ts stands inside the
// object of an embargo noun, which an object word opens right after it
// or after one adjective (embargo_objects: « un embargo total sur les
// ventes d'armes à Israël », "an embargo on arms sales to Turkey"): no
// supply. An embargo noun the trigger merely follows ("UN experts
// monitoring the arms embargo said the UAE flew weapons") blocks
// nothing.
func (c *sctx) embargoed(ts int) bool {
	r := &c.ld.rel.g19fr
	d := c.d
	if !r.ok || d.none(r.embargo, c.a, c.b) || d.none(r.objects, c.a, c.b) {
		return false
	}
	for j := ts - 1; j >= c.a && j >= ts-maxEmbargoObjectWords-maxEmbargoAdjectives-2; j-- {
		if c.hardOrComma(j + 1) {
			return false
		}
		n := r.embargo.at(d, j, c.b, nil)
		if n == 0 {
			continue
		}
		for o := j + n; o <= j+n+maxEmbargoAdjectives && o < ts; o++ {
			if m := r.objects.at(d, o, c.b, nil); m > 0 && o+m <= ts && ts-(o+m) <= maxEmbargoObjectWords {
				return true
			}
		}
		return false
	}
	return false
}

// dropSharedRoles drops a leads trigger's reading that gives a role
// phrase to the person before it when a role reading of the same phrase
// gives it to a different person right after it: in a list of titled
// persons (« le président égyptien, Abdel Fattah al-Sissi, l'émir du
// Qatar, Tamim ben Hamad Al Thani, et M. Trump », "Egypt's president,
// Abdel Fattah al-Sisi, the emir of Qatar, Tamim bin Hamad Al Thani,
// and Mr Trump") the role opens the next name; it is not an apposition
// of both.
func dropSharedRoles(cands []pairCand, ms []mention) []pairCand {
	n := 0
	for _, p := range cands {
		if p.typ == graph.Leads {
			n++
		}
	}
	if n < 2 {
		return cands
	}
	out := cands[:0]
	for _, p := range cands {
		if !sharedRole(p, cands, ms) {
			out = append(out, p)
		}
	}
	return out
}

// maxRoleNameGap is the most words between a role phrase and the name
// it opens in a list (a comma, an article: « l'émir du Qatar, Tamim »).
const maxRoleNameGap = 2

// sharedRole reports whether leads pair p, a trigger's reading with the
// person before the trigger, shares its phrase with a role reading that
// gives the same led actor to a person named right after it
// (dropSharedRoles).
func sharedRole(p pairCand, cands []pairCand, ms []mention) bool {
	if p.typ != graph.Leads || !strings.Contains(p.rule, "/trigger/leads/active") || ms[p.from].te > p.ts {
		return false
	}
	for _, q := range cands {
		if q.typ != graph.Leads || !strings.Contains(q.rule, "/role/leads") || q.ts >= max(p.te, p.ts+1) || p.ts >= max(q.te, q.ts+1) {
			continue
		}
		f := ms[q.from]
		if ms[q.to].actor.ID == ms[p.to].actor.ID && f.actor.ID != ms[p.from].actor.ID && f.actor.Kind == graph.KindPerson && f.ts >= p.te && f.ts <= max(p.te, q.te)+maxRoleNameGap {
			return true
		}
	}
	return false
}

// cliticOpposer returns the actor an object clitic stands for before an
// opposer ending the trigger h whose object right follows it after a
// complement word (clitic_opposers, opposer_complements: « L'Iran sort
// diminué de la guerre qui l'a opposé en juin à Israël et aux
// États-Unis », « le JNIM intensifie les combats qui l'opposent à
// l'armée et aux VDP »): the sentence's first actor, before the clitic
// and not listed with right; else -1. The actors after the complement
// are all on the other side, not opposed to each other.
func (c *sctx) cliticOpposer(h trigHit, right int) int {
	r := &c.ld.rel.g19fr
	d, ld := c.d, c.ld
	if !r.ok || d.none(r.opposers, c.a, c.b) || r.opposers.at(d, h.te-1, h.te, nil) != 1 {
		return -1
	}
	p := h.te - 2 // the clitic, right before the verb or before its auxiliary
	if p > c.a && ld.rel.has(d, p, rwAuxiliaries) {
		p--
	}
	if p <= c.a || !ld.rel.has(d, p, rwClitics) || c.comma[p+1-c.a] || c.comma[h.te-1-c.a] {
		return -1
	}
	m := c.ms[right]
	q := m.ts - 1
	if q >= h.te && ld.rel.definite[d.toks[q].fold] && r.complements.at(d, q, q+1, nil) == 0 {
		q-- // « à l'armée »
	}
	if q < h.te || r.complements.at(d, q, q+1, nil) != 1 || c.breakIn(h.te, m.ts) {
		return -1
	}
	f := c.firstArg()
	if f < 0 || f == right || c.ms[f].te > p || c.ms[f].actor.ID == m.actor.ID {
		return -1
	}
	return f
}

// includedRecipients reads the recipients or trainees a supplies or
// trains trigger names by an including word after a generic object («
// Israël a armé des clans hostiles au Hamas, dont les Forces populaires »,
// « La Russie a armé plusieurs milices, dont le M23 », "Russia armed
// several militias, including the M23"; including): the subject supplies
// or trains each actor listed after it (".../included/<type>"). The
// object runs from the trigger to the comma before the including word,
// within maxIncludedHead words, with no actor in it but one a hostile
// word governs (« hostiles au Hamas »), no other trigger and no hard
// punctuation.
func (c *sctx) includedRecipients(lang string, hits []trigHit) []pairCand {
	d, ld, r, g19 := c.d, c.ld, c.ld.rel, &c.ld.rel.g19fr
	if d.none(r.including, c.a, c.b) {
		return nil
	}
	var out []pairCand
	noArg := func(j int) bool { return c.noArg[j] }
	for _, h := range hits {
		t := h.trig.Type
		if t != graph.Supplies && t != graph.Trains || h.trig.Voice != lexicon.Active {
			continue
		}
		i, n, hostile := -1, 0, false
		for j := h.te; j < c.b && j <= h.te+maxIncludedHead; j++ {
			if j > h.te && c.hard[j-c.a] {
				break
			}
			if c.comma[j-c.a] {
				if j > h.te && r.including.may(d, j) {
					if n = r.including.at(d, j, c.b, nil); n > 0 {
						i = j
					}
				}
				break
			}
			if g19.ok && g19.hostile.at(d, j, c.b, nil) > 0 {
				hostile = true // « des clans hostiles au Hamas »
			} else if c.trig[j-c.a] && c.trigType[j-c.a] != graph.Opposed && !hostile {
				break
			} else if k := c.inMention(j); k >= 0 && !hostile {
				break
			}
		}
		if i < 0 {
			continue
		}
		j := i + n
		for j < c.b && ld.determiners.at(d, j, j+1, nil) == 1 {
			j++
		}
		k := c.inMention(j)
		if k < 0 || c.ms[k].ts != j {
			continue
		}
		s := c.subject(h.ts, noArg)
		if s < 0 {
			continue
		}
		for _, o := range d.group(ld, c.ms, k, +1) {
			if o != s && !c.noArg[o] && c.ms[o].actor.ID != c.ms[s].actor.ID && t.Allows(c.ms[s].actor.Kind, c.ms[o].actor.Kind) {
				out = append(out, pairCand{from: s, to: o, typ: t, ts: h.ts, te: h.te, rule: lang + "/included/" + string(t)})
			}
		}
	}
	return out
}

// hostileComplement reports whether supplies or trains pair p, read from a
// trigger, takes for its recipient an actor that a hostile complement
// after the trigger governs (hostile_complements: « Israël a armé des
// clans hostiles au Hamas », "armed militias opposed to the RSF": the
// clans' enemy, not the recipient).
func (c *sctx) hostileComplement(p pairCand) bool {
	r := &c.ld.rel.g19fr
	if p.typ != graph.Supplies && p.typ != graph.Trains || p.to >= len(c.ms) || strings.Contains(p.rule, "/included/") || !r.ok || c.d.none(r.hostile, c.a, c.b) {
		return false
	}
	m := c.ms[p.to]
	for j := max(p.te, c.a); j < m.ts && j < c.b; j++ {
		if n := r.hostile.at(c.d, j, c.b, nil); n > 0 && j+n <= m.ts && m.ts-(j+n) <= 1 {
			return true
		}
	}
	return false
}

// dropHostileObjects drops the pairs hostileComplement finds.
func (c *sctx) dropHostileObjects(cands []pairCand) []pairCand {
	out := cands[:0]
	for _, p := range cands {
		if !c.hostileComplement(p) {
			out = append(out, p)
		}
	}
	return out
}

// subjectRelativeAt reports whether a subject relative ends right before
// token p: a relative word after a comma that follows the sentence's
// first actor (« Les États-Unis, qui lui fournissent l'essentiel de ses
// bombes »): a clitic at p is then the object of the relative's verb,
// whose subject is that actor (pronounObject). A relative on a later
// actor (« avec Ansaru, un groupe lié à Al-Qaïda, qui leur fournirait »)
// is not read: its clitic may stand for words that name no actor.
func (c *sctx) subjectRelativeAt(p int) bool {
	q := p - 1
	if q-1 < c.a || !c.rel[q-c.a] || !c.comma[q-c.a] {
		return false
	}
	k := c.inMention(q - 1)
	return k >= 0 && c.ms[k].te == q && k == c.firstArg()
}

// oneMember reports whether mention m, no state, names the organisation
// of one unnamed member state only (statesOwner, an indefinite article
// before the member noun: « un pays membre de l'Otan », "a NATO member
// state", "a member of NATO"): the member acts, not the organisation.
func (c *sctx) oneMember(m mention) bool {
	r := &c.ld.rel.l17
	if !c.statesOwner(m) {
		return false
	}
	d, ld := c.d, c.ld
	if m.te < c.b && r.statesOf.atIf(d, m.te, c.b) > 0 {
		i := m.ts // "a NATO member state"
		return i > c.a && ld.rel.indefinite[d.toks[i-1].fold]
	}
	i := m.ts
	for i > c.a && ld.determiners.at(d, i-1, i, nil) == 1 && !ld.rel.has(d, i-1, rwOf) {
		i--
	}
	n := r.statesOf.endsAt(d, c.a, i-1) // « un pays membre de l'Otan »
	s := i - 1 - n                      // the member noun's first token
	return n > 0 && s-1 >= c.a && ld.rel.indefinite[d.toks[s-1].fold]
}

// dropOneMember drops the pairs other than memberships whose party is
// an organisation named only for one unnamed member of it (oneMember:
// « qu'un pays membre de l'Otan tirait sur des appareils russes »: no
// act of NATO's).
func (c *sctx) dropOneMember(cands []pairCand, kept []mention) []pairCand {
	r := &c.ld.rel.l17
	if !r.ok || c.d.none(r.statesOf, c.a, c.b) {
		return cands
	}
	return slices.DeleteFunc(cands, func(p pairCand) bool {
		if p.typ == graph.MemberOf || p.from >= len(kept) || p.to >= len(kept) {
			return false
		}
		for _, k := range [2]int{p.from, p.to} {
			if m := kept[k]; m.ts >= c.a && m.te <= c.b && m.actor.Kind != graph.KindState && c.oneMember(m) {
				return true
			}
		}
		return false
	})
}

// presentedObject returns the mention a view participle at token i
// presents in an apposition (presented_as: « Iyad Ag Ghaly, présenté
// comme le chef du JNIM, », "X, described as the leader of Y,"): the
// mention that ends right before the comma before it; else -1. The view
// names no holder: what it says of the mention is hedged (findView).
func (c *sctx) presentedObject(i int) int {
	r := &c.ld.rel.g19fr
	if !r.ok || i <= c.a || !c.comma[i-c.a] || r.presented.at(c.d, i, c.b, nil) == 0 {
		return -1
	}
	k := c.inMention(i - 1)
	if k < 0 || c.ms[k].te != i {
		return -1
	}
	return k
}
