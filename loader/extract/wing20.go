package extract

import (
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// Rules added by helper wing20 (twentieth session): armed wings and named
// units of a group, and strikes on a group inside a state.

// groupKind reports whether an actor of kind k may be a movement with a
// wing: an armed group or an organisation.
func groupKind(k graph.Kind) bool {
	return k == graph.KindArmedGroup || k == graph.KindOrganisation
}

// wingAppositionRules reads a group followed by a possessive member role
// in apposition ("the Qassam Brigades, its armed wing,", « les Brigades
// Ezzedine al-Qassam, sa branche armée, »): the group is a member of what
// the possessive names, the nearest armed group or organisation before it
// in the sentence (states and persons skipped: « Dans les quartiers
// évacués par l'armée israélienne, les Brigades …, sa branche armée, »),
// else the subject of the sentence before (".../possessive/member_of/
// apposition"). It is possessiveLeaderRules' order reversed ("Its armed
// wing, the People's Defence Force,").
func (c *sctx) wingAppositionRules(lang string) []pairCand {
	r := c.ld.rel
	if !r.bl.ok || c.d.none(r.memberRoles, c.a, c.b) {
		return nil
	}
	d := c.d
	var out []pairCand
	for k, m := range c.ms {
		p := m.te
		if !groupKind(m.actor.Kind) || c.noArg[k] || p+2 >= c.b || !c.comma[p-c.a] || !d.is(p, c.ld, classPossessive) {
			continue
		}
		// at most two adjectives before the role: "its elite unit"
		n, q := 0, p+1
		for ; q < c.b && q <= p+3; q++ {
			if n = r.memberRoles.at(d, q, c.b, nil); n > 0 {
				break
			}
			if !isLowerWord(d, q) || c.inMention(q) >= 0 || c.hardOrComma(q+1) {
				break
			}
		}
		if n == 0 || c.former(q) {
			continue
		}
		e := q + n
		if e < c.b && !c.comma[e-c.a] && isLowerWord(d, e) && c.inMention(e) < 0 && e+1 < c.b && c.comma[e+1-c.a] {
			e++ // an adjective after: « sa branche militaire armée, »
		}
		if e < c.b && !c.comma[e-c.a] {
			continue // the apposition closes with a comma or the sentence
		}
		owner := -1
		for o := k - 1; o >= 0; o-- {
			if om := c.ms[o]; groupKind(om.actor.Kind) && !c.noArg[o] && om.actor.ID != m.actor.ID {
				owner = o
				break
			}
		}
		if owner < 0 {
			if a := c.prevSubject; a != nil && groupKind(a.Kind) && a.ID != m.actor.ID {
				owner = c.addExtra(mention{ts: p, te: p, actor: a, form: lexicon.Form{Text: a.Name, Role: roleAnaphor}})
			}
		}
		if owner >= 0 {
			out = append(out, pairCand{from: k, to: owner, typ: graph.MemberOf, ts: p, te: q + n, rule: lang + "/possessive/member_of/apposition"})
		}
	}
	return out
}

// wing20Rel holds the word sets of helper wing20's rules.
type wing20Rel struct {
	ok bool
	// places: "southern suburbs", "province", « banlieue sud »
	// (lexicon.Language.PlaceNouns).
	places phrases
	// wingNouns: "armed wing", « branche armée »
	// (lexicon.Language.WingNouns).
	wingNouns phrases
}

func (r *wing20Rel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.places, r.wingNouns = newPhraseSet(reg), newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.places: lg.PlaceNouns, &r.wingNouns: lg.WingNouns})
}

// maxPlaceWords is the most words between a state's possessive and the
// place noun it owns ("Iraq's Kurdistan region", "Afghanistan's Khost
// province").
const maxPlaceWords = 3

// statePlace reports whether mention k names a state as the place where
// a strike fell, not as a party: its capital ("a strike on Beirut"), its
// possessive before a place noun ("Beirut's southern suburbs", "Iraq's
// Kurdistan region"), its name after a place noun and an of-word («la
// banlieue sud de Beyrouth », « le nord du Mali », "the outskirts of
// Damascus"), or after a lower-case place noun ("southern Lebanon", « la
// capitale yéménite »), its demonym before one ("the Yemeni capital");
// and the mention follows a preposition or, within four words, an
// opposed trigger ("struck the Yemeni capital Sanaa").
func (c *sctx) statePlace(k int) bool {
	if k >= len(c.ms) {
		return false
	}
	d, r := c.d, &c.ld.rel.w20
	m := c.ms[k]
	if m.actor.Kind != graph.KindState || m.form.Role == lexicon.RoleInstitution {
		return false
	}
	if !c.afterPreposition(m) && !c.opposedNear(m.ts) {
		return false
	}
	if m.form.Role == lexicon.RoleCapital {
		return true
	}
	if m.form.Role == lexicon.RoleDemonym {
		return m.te < c.b && r.places.at(d, m.te, c.b, nil) > 0 && isLowerWord(d, m.te)
	}
	return c.possessivePlace(m) || c.ofPlace(m)
}

// struckState reports whether mention k names a state by its name
// right after an opposed trigger ("Israeli strikes on Lebanon killed
// dozens of Hezbollah fighters"): a place only when a group is named
// after it past another opposed trigger, no comma between (strikePlaces;
// "lifted its sanctions on Syria …, and revoked the designation of HTS"
// keeps Syria).
func (c *sctx) struckState(k int) bool {
	if k >= len(c.ms) {
		return false
	}
	m := c.ms[k]
	return m.actor.Kind == graph.KindState && (m.form.Role == lexicon.RoleName || m.form.Role == lexicon.RoleAlias) &&
		(c.opposedBefore(m.ts) || c.demonymStrikeBefore(m))
}

// demonymStrikeBefore reports whether mention m follows a preposition
// right after a state demonym that follows an opposed trigger («des
// frappes israéliennes sur le Liban »).
func (c *sctx) demonymStrikeBefore(m mention) bool {
	d := c.d
	i := m.ts - 1
	for i > c.a && c.ld.determiners.at(d, i, i+1, nil) == 1 && !c.ld.rel.has(d, i, rwPrepositions) {
		i--
	}
	if i <= c.a || !c.ld.rel.has(d, i, rwPrepositions) || c.trig == nil {
		return false
	}
	k := c.inMention(i - 1)
	if k < 0 || c.ms[k].te != i || c.ms[k].form.Role != lexicon.RoleDemonym || c.ms[k].actor.Kind != graph.KindState {
		return false
	}
	t := c.ms[k].ts - 1
	return t >= c.a && c.trig[t-c.a] && c.trigType[t-c.a] == graph.Opposed
}

// placeNoun reports whether place mention k is named with a place noun
// (statePlace: "Beirut's southern suburbs", « le nord du Mali »), not
// by its capital or its name alone.
func (c *sctx) placeNoun(k int) bool {
	m := c.ms[k]
	if m.form.Role == lexicon.RoleCapital && !c.ofPlace(m) && !c.possessivePlace(m) {
		return false
	}
	return true
}

// groupsStriker returns a state other than pa opposed with a group that
// is paired with place mention k (« L'armée israélienne a affirmé avoir
// tué un commandant du Hezbollah lors d'une frappe sur la banlieue sud de
// Beyrouth »: Israel), or -1.
func (c *sctx) groupsStriker(cands []pairCand, k int, pa *lexicon.Actor) int {
	for _, p := range cands {
		if p.typ != graph.Opposed || p.from != k && p.to != k {
			continue
		}
		g := p.from + p.to - k
		if !c.groupHit(c.mentionAt(g)) {
			continue
		}
		for _, q := range cands {
			if q.typ != graph.Opposed || q.from != g && q.to != g {
				continue
			}
			s := q.from + q.to - g
			if sm := c.mentionAt(s); sm.actor.Kind == graph.KindState && sm.actor.ID != pa.ID {
				return s
			}
		}
	}
	return -1
}

// opposedNear reports whether an opposed trigger ends at most four
// words before token p, with no comma or break between.
func (c *sctx) opposedNear(p int) bool {
	if c.trig == nil {
		return false
	}
	for i := p - 1; i >= c.a && i >= p-4; i-- {
		if c.trig[i-c.a] && c.trigType[i-c.a] == graph.Opposed {
			return true
		}
		if c.hardOrComma(i) {
			return false
		}
	}
	return false
}

// strikePlaces applies the lead's ruling on a strike on a group inside a
// state (docs/CODEBOOK.md, "A strike on a group inside a state"): when
// an armed group is hit in the sentence, a state named only as the place
// of the strike (statePlace) is no party. The striker's opposed pair with
// the place is dropped, and a pair of the place with the group hit ("An
// Israeli strike on Beirut killed a Hezbollah commander": the place seen
// as the killer) becomes the striker's, when the sentence names it (a
// state paired with the place, or a demonym on the strike: « une frappe
// israélienne »); a group hit after the place, past an opposed trigger
// ("struck Afghanistan's Khost province, targeting TTP militants"), is
// paired with the striker. The state stays a party when its forces are
// hit (an institution is no place) or when troops enter it by another
// mention ("and sent ground troops across the border into Lebanon").
func (c *sctx) strikePlaces(cands []pairCand, lang string) []pairCand {
	if !c.ld.rel.w20.ok {
		return cands
	}
	place, weak := -1, false
	for _, p := range cands {
		if p.typ != graph.Opposed {
			continue
		}
		if c.statePlace(p.to) {
			place = p.to
		} else if c.statePlace(p.from) {
			place = p.from
		} else if c.struckState(p.to) {
			place, weak = p.to, true
		} else if c.struckState(p.from) {
			place, weak = p.from, true
		}
		if place >= 0 {
			break
		}
	}
	if place < 0 {
		return cands
	}
	pa := c.ms[place].actor
	if c.troopsCross(pa) {
		return cands
	}
	// the striker: a state other than the place's, paired with the place;
	// a state named by name is a place only after a demonym's strike
	// ("Israeli strikes on Lebanon killed", not "Iran launched missiles
	// at Israel in retaliation for the killing of Hezbollah's leader")
	striker := -1
	if weak {
		if striker = c.strikeDemonym(pa); striker < 0 {
			return cands
		}
	}
	for _, p := range cands {
		if weak {
			break
		}
		if p.typ != graph.Opposed || p.from != place && p.to != place {
			continue
		}
		o := p.from + p.to - place
		if om := c.mentionAt(o); om.actor.Kind == graph.KindState && om.actor.ID != pa.ID {
			striker = o
			break
		}
	}
	if striker < 0 {
		striker = c.strikeDemonym(pa)
	}
	if striker < 0 && c.placeNoun(place) {
		striker = c.groupsStriker(cands, place, pa)
	}
	if striker < 0 {
		return cands // "AQIM attacked Algiers": the group strikes the state
	}
	for _, m := range c.ms {
		if m.actor.ID == pa.ID && m.form.Role == lexicon.RoleInstitution {
			return cands // "killing Hezbollah and Syrian army fighters": the state's forces are hit
		}
	}
	sa := c.mentionAt(striker).actor
	// the groups hit: after the place past an opposed trigger, or opposed
	// with the striker
	hit := false
	var add []pairCand
	for g, m := range c.ms {
		if !c.groupHit(m) || c.noArg[g] || m.actor.ID == sa.ID {
			continue
		}
		after := m.ts > c.ms[place].te && c.opposedIn(c.ms[place].te, m.ts) && (!weak || c.commas(c.ms[place].te, m.ts) == 0)
		with := !weak && c.opposedWith(cands, g, striker)
		if !after && !with {
			continue
		}
		hit = true
		if !with {
			add = append(add, pairCand{from: striker, to: g, typ: graph.Opposed, ts: c.ms[place].ts, te: c.ms[place].te, rule: lang + "/strike/opposed/place"})
		}
	}
	if !hit {
		return cands
	}
	out := cands[:0]
	for _, p := range cands {
		if p.typ == graph.Opposed && (p.from == place || p.to == place) {
			continue
		}
		out = append(out, p)
	}
	return append(out, add...)
}

// opposedIn reports whether an opposed trigger stands in tokens [lo, hi)
// with no hard break between.
func (c *sctx) opposedIn(lo, hi int) bool {
	for i := max(lo, c.a); i < hi && i < c.b; i++ {
		if c.hard[i-c.a] {
			return false
		}
		if c.trig != nil && c.trig[i-c.a] && c.trigType[i-c.a] == graph.Opposed {
			return true
		}
	}
	return false
}

// opposedWith reports whether an opposed pair of cands joins mentions g
// and s (s may be -1: none).
func (c *sctx) opposedWith(cands []pairCand, g, s int) bool {
	if s < 0 {
		return false
	}
	for _, p := range cands {
		if p.typ == graph.Opposed && (p.from == g && p.to == s || p.from == s && p.to == g) {
			return true
		}
	}
	return false
}

// strikeDemonym returns a state demonym of another state than pa right
// before an opposed trigger or at most three words after one ("an Israeli
// strike", « une frappe israélienne », « une frappe de drone américaine
// »), or -1.
func (c *sctx) strikeDemonym(pa *lexicon.Actor) int {
	if c.trig == nil {
		return -1
	}
	for k, m := range c.ms {
		if m.actor.Kind != graph.KindState || m.form.Role != lexicon.RoleDemonym || m.actor.ID == pa.ID {
			continue
		}
		if m.te < c.b && c.trig[m.te-c.a] && c.trigType[m.te-c.a] == graph.Opposed {
			return k // "an Israeli strike"
		}
		for i := m.ts - 1; i >= c.a && i >= m.ts-3 && !c.hardOrComma(i+1); i-- {
			if c.trig[i-c.a] && c.trigType[i-c.a] == graph.Opposed {
				return k // « une frappe israélienne », « une frappe de drone américaine »
			}
		}
	}
	return -1
}

// groupHit reports whether mention m names a group that a strike may hit
// inside a state: an armed group, or a person the lexicon says leads one
// ("killed Nasrallah in a strike on Beirut's southern suburbs").
func (c *sctx) groupHit(m mention) bool {
	if m.actor.Kind == graph.KindArmedGroup {
		return true
	}
	if m.actor.Kind != graph.KindPerson || c.actorOf == nil {
		return false
	}
	for _, l := range m.actor.Leads {
		if a, ok := c.actorOf(l.ID); ok && a.Kind == graph.KindArmedGroup {
			return true
		}
	}
	return false
}

// troopsCross reports whether the sentence sends troops across a border
// ("and sent ground troops across the border", « des troupes ont franchi
// la frontière »): a troop noun and a border noun. The striker then
// enters the state, opposed with it (docs/CODEBOOK.md, "A strike on a
// group inside a state").
func (c *sctx) troopsCross(pa *lexicon.Actor) bool {
	r := c.ld.rel
	if !r.hg.ok {
		return false
	}
	border, troops := false, -1
	for i := c.a; i < c.b && !(border && troops >= 0); i++ {
		border = border || r.hg.border.may(c.d, i) && r.hg.border.at(c.d, i, c.b, nil) > 0
		if troops < 0 && r.troops.may(c.d, i) && r.troops.at(c.d, i, c.b, nil) > 0 && c.inMention(i) < 0 { // not "Popular Mobilization Forces"
			troops = i
		}
	}
	if troops < 0 {
		return false
	}
	if border {
		return true
	}
	for _, m := range c.ms {
		if m.ts > troops && m.actor.ID == pa.ID && (m.form.Role == lexicon.RoleName || m.form.Role == lexicon.RoleAlias) {
			return true // « a envoyé des troupes au sol au Liban »
		}
	}
	return false
}

// possessivePlace reports whether mention m's possessive owns a place
// noun within maxPlaceWords words ("Beirut's southern suburbs", "Iraq's
// Kurdistan region").
func (c *sctx) possessivePlace(m mention) bool {
	d, r := c.d, &c.ld.rel.w20
	if m.te+1 >= c.b || !c.ld.rel.has(d, m.te, rwPossessiveSuffix) || d.norm[d.toks[m.te-1].end:d.toks[m.te].start] != "'" {
		return false
	}
	for q := m.te + 1; q < c.b && q <= m.te+1+maxPlaceWords; q++ {
		if c.hardOrComma(q) {
			return false
		}
		if r.places.at(d, q, c.b, nil) > 0 {
			return true
		}
		if c.inMention(q) >= 0 {
			return false
		}
	}
	return false
}

// ofPlace reports whether a lower-case place noun ends before mention m,
// an of-word and articles between or not (« la banlieue sud de Beyrouth
// », « le nord du Mali », "southern Lebanon").
func (c *sctx) ofPlace(m mention) bool {
	d, r := c.d, &c.ld.rel.w20
	i := m.ts
	for i-1 > c.a && c.ld.determiners.at(d, i-1, i, nil) == 1 && !c.ld.rel.has(d, i-1, rwOf) {
		i-- // « de la Syrie »
	}
	if i-1 > c.a && c.ld.rel.has(d, i-1, rwOf) {
		i--
	}
	return r.places.mayEnd(d, i) && r.places.endsAt(d, c.a, i) > 0 && isLowerWord(d, i-1)
}

// memberRoleOf reports whether group mention k is the complement of a
// member role before it, an of-word and articles between (« la branche
// armée du Hamas », "the armed wing of Hamas"): an apposition after it
// names the member ("La branche armée du Hamas, les Brigades Ezzedine
// al-Qassam, a tiré": the Brigades fire).
func (c *sctx) memberRoleOf(k int) bool {
	m := c.ms[k]
	if !groupKind(m.actor.Kind) {
		return false
	}
	d, r := c.d, c.ld.rel
	i := m.ts
	for i-1 > c.a && c.ld.determiners.at(d, i-1, i, nil) == 1 && !r.has(d, i-1, rwOf) {
		i--
	}
	if i-1 <= c.a || !r.has(d, i-1, rwOf) {
		return false
	}
	i--
	return r.memberRoles.mayEnd(d, i) && r.memberRoles.endsAt(d, c.a, i) > 0
}

// unitOf returns the group mention right after group mention k past an
// of-word and articles (« la force Radwan du Hezbollah », « les Brigades
// al-Qassam du Hamas », "the Radwan Force of Hezbollah"): k names a unit
// or wing of it, member_of it, as "Hezbollah's Radwan Force"
// (possessedUnits). Both are armed groups, or both organisations; k
// after an of-word is left alone (« le retrait de l'AES de la Cédéao »:
// no member), and so is a group followed by a comma or a word that is no
// trigger, auxiliary or copula ("the 33rd Front of the FARC dissidents":
// the noun after is the head; "The Three Brotherhood Alliance of the
// MNDAA, the TNLA and the Arakan Army": a list of members). It returns
// -1 when there is none.
func (c *sctx) unitOf(k int) int {
	if k+1 >= len(c.ms) || c.noArg[k] || c.noArg[k+1] {
		return -1
	}
	m, h := c.ms[k], c.ms[k+1]
	if !groupKind(m.actor.Kind) || h.actor.Kind != m.actor.Kind || h.actor.ID == m.actor.ID || h.form.Role == lexicon.RoleDemonym || m.te >= c.b {
		return -1
	}
	d, r := c.d, c.ld.rel
	if !r.has(d, m.te, rwOf) || c.hardOrComma(m.te) {
		return -1
	}
	i := m.te + 1
	for i < h.ts && c.ld.determiners.at(d, i, i+1, nil) == 1 && !c.hardOrComma(i) {
		i++
	}
	if i != h.ts || c.hardOrComma(h.ts) {
		return -1
	}
	if e := h.te; e < c.b && (c.comma[e-c.a] || !c.hard[e-c.a] && !(c.trig != nil && c.trig[e-c.a]) && !r.has(d, e, rwAuxiliaries) && !r.has(d, e, rwCopulas) && !r.sp.aux[d.toks[e].fold]) {
		// "the 33rd Front of the FARC dissidents": the dissidents'
		// front; "The Three Brotherhood Alliance of the MNDAA, the TNLA
		// and the Arakan Army": its members
		return -1
	}
	p := m.ts
	for p-1 > c.a && c.ld.determiners.at(d, p-1, p, nil) == 1 && !r.has(d, p-1, rwOf) {
		p--
	}
	if p-1 >= c.a && r.has(d, p-1, rwOf) {
		return -1
	}
	return k + 1
}

// unitRules reads a unit of a group named with an of-word (unitOf):
// member_of (".../of/member_of").
func (c *sctx) unitRules(lang string) []pairCand {
	var out []pairCand
	for k := 0; k+1 < len(c.ms); k++ {
		if h := c.unitOf(k); h >= 0 {
			out = append(out, pairCand{from: k, to: h, typ: graph.MemberOf, ts: c.ms[k].te, te: c.ms[h].ts, rule: lang + "/of/member_of", weak: true})
		}
	}
	return out
}

// wingObjects adds to a trigger's objects the group that a coordinated
// possessive apposition names right after the last of them ("Israel
// fought Hamas and its armed wing, the Qassam Brigades, in Gaza", « Israël
// combat le Hamas et sa branche armée, les Brigades Ezzedine al-Qassam,
// »; coordAppositive): the wing is an object too.
func (c *sctx) wingObjects(rights []int) []int {
	if len(rights) == 0 || !c.ld.rel.g19en.ok {
		return rights
	}
	last := rights[len(rights)-1]
	if last >= len(c.ms) || !groupKind(c.ms[last].actor.Kind) {
		return rights
	}
	o, _, ok := c.coordAppositive(c.ms[last].te)
	if !ok || o < 0 || !groupKind(c.ms[o].actor.Kind) || slices.Contains(rights, o) {
		return rights
	}
	return append(rights[:len(rights):len(rights)], o)
}

// possessorOf reports whether mention a is a group's possessive right
// before group mention b ("Islamic Jihad's Al-Quds Brigades"): in a list
// read backwards the possessor is no item ("The Qassam Brigades and
// Islamic Jihad's Al-Quds Brigades fought": the two Brigades).
func (d *doc) possessorOf(ld *langData, a, b mention) bool {
	return groupKind(a.actor.Kind) && groupKind(b.actor.Kind) && a.te+1 == b.ts && a.te < len(d.toks) &&
		ld.rel.has(d, a.te, rwPossessiveSuffix) && d.norm[d.toks[a.te-1].end:d.toks[a.te].start] == "'"
}

// unnamedWingRules reads a movement's armed wing named by a wing noun
// only ("Hamas's armed wing", "Hamas and its armed wing", "the armed wing
// of Hamas", « la branche armée du Hamas », « le Hamas et sa branche armée
// »): the wing the lexicon gives the movement (lexicon.Actor.WingOf) is
// member_of it (".../wing/member_of"). A wing named in the sentence, or an
// apposition after the wing noun or before it ("the Qassam Brigades, the
// armed wing of Hamas,"), is left to the other rules.
func (c *sctx) unnamedWingRules(lang string) []pairCand {
	r := &c.ld.rel.w20
	if !r.ok || len(c.wings) == 0 || c.d.none(r.wingNouns, c.a, c.b) {
		return nil
	}
	d := c.d
	var out []pairCand
	for k, m := range c.ms {
		w := c.wings[m.actor.ID]
		if w == nil || c.noArg[k] || m.form.Role == roleAnaphor {
			continue // "the group's military wing": not read through an anaphor
		}
		named := false
		for _, o := range c.ms {
			if o.actor.ID == w.ID {
				named = true
			}
		}
		if named {
			continue
		}
		ws, we := -1, -1 // the wing noun's tokens
		if p := m.te; p+1 < c.b && c.ld.rel.has(d, p, rwPossessiveSuffix) && d.norm[d.toks[p-1].end:d.toks[p].start] == "'" {
			if n := r.wingNouns.at(d, p+1, c.b, nil); n > 0 {
				ws, we = p+1, p+1+n // "Hamas's armed wing"
			}
		} else if p := m.te; p+2 < c.b && d.gapKind(c.ld, m.te, p+1) == gapCoord && c.ld.rel.has(d, p+1, rwPossessives) {
			if n := r.wingNouns.at(d, p+2, c.b, nil); n > 0 {
				ws, we = p+2, p+2+n // "Hamas and its armed wing"
			}
		}
		if ws < 0 {
			i := m.ts
			for i-1 > c.a && c.ld.determiners.at(d, i-1, i, nil) == 1 && !c.ld.rel.has(d, i-1, rwOf) {
				i--
			}
			if i-1 > c.a && c.ld.rel.has(d, i-1, rwOf) && r.wingNouns.mayEnd(d, i-1) {
				if n := r.wingNouns.endsAt(d, c.a, i-1); n > 0 {
					ws, we = i-1-n, m.te // "the armed wing of Hamas"
				}
			}
		}
		if ws < 0 || we < c.b && c.comma[we-c.a] || c.apposed(ws) {
			continue
		}
		wing := c.addExtra(mention{ts: ws, te: ws, actor: w, form: lexicon.Form{Text: w.Name, Role: roleAnaphor}})
		out = append(out, pairCand{from: wing, to: k, typ: graph.MemberOf, ts: ws, te: we, rule: lang + "/wing/member_of"})
	}
	return out
}

// apposed reports whether the noun phrase starting at token ws (its
// articles skipped back) follows a comma right after a mention: an
// apposition ("the Qassam Brigades, the armed wing of Hamas").
func (c *sctx) apposed(ws int) bool {
	i := ws
	for i-1 > c.a && c.ld.determiners.at(c.d, i-1, i, nil) == 1 {
		i--
	}
	return i > c.a && c.comma[i-c.a] && c.inMention(i-1) >= 0
}
