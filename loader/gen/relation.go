package gen

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// typeWeights is how often each relation type is written.
var typeWeights = []struct {
	t graph.RelType
	w float64
}{
	{graph.Opposed, 28}, {graph.Allied, 20}, {graph.Supplies, 20}, {graph.Trains, 12}, {graph.MemberOf, 10}, {graph.Leads, 10},
}

// Shares of sentences stating a relation, and of relation sentences
// hedged, negated and dated.
const (
	relationShare = 0.22
	hedgedShare   = 0.20
	negatedShare  = 0.05
	datedShare    = 0.30
)

// kindIndex numbers the kinds in the order of graph.Kinds; any other
// counts as the last.
func kindIndex(k graph.Kind) int { return min(k.Index(), len(graph.Kinds)-1) }

// prefTable holds kindPref for every type and pair of kinds, zero where
// the type rules refuse the pair.
var prefTable = func() map[graph.RelType]*[5][5]float64 {
	m := map[graph.RelType]*[5][5]float64{}
	for _, t := range graph.RelTypes {
		var tab [5][5]float64
		for _, from := range graph.Kinds {
			for _, to := range graph.Kinds {
				if t.Allows(from, to) {
					tab[kindIndex(from)][kindIndex(to)] = kindPref(t, from, to)
				}
			}
		}
		m[t] = &tab
	}
	return m
}()

// kindPref weighs the kinds at the ends of a relation, within the type
// rules: states and companies supply, states join organisations, armed
// groups join armed groups. No person supplies: the extractor reads a
// person's deliveries as no relation (loader/extract analyse.go), so a
// corpus that grows with the lexicon's persons would measure that policy.
func kindPref(t graph.RelType, from, to graph.Kind) float64 {
	switch t {
	case graph.Supplies:
		return map[graph.Kind]float64{graph.KindState: 1, graph.KindCompany: 1.5, graph.KindArmedGroup: 0.3, graph.KindOrganisation: 0.2}[from] *
			map[graph.Kind]float64{graph.KindState: 1, graph.KindArmedGroup: 1, graph.KindCompany: 0.1, graph.KindOrganisation: 0.2}[to]
	case graph.Trains:
		return map[graph.Kind]float64{graph.KindState: 1, graph.KindCompany: 0.8, graph.KindArmedGroup: 0.4, graph.KindOrganisation: 0.5}[from] *
			map[graph.Kind]float64{graph.KindState: 1, graph.KindArmedGroup: 0.6, graph.KindOrganisation: 0.1}[to]
	case graph.MemberOf:
		switch from {
		case graph.KindState:
			return map[graph.Kind]float64{graph.KindOrganisation: 1}[to]
		case graph.KindArmedGroup:
			return map[graph.Kind]float64{graph.KindArmedGroup: 1, graph.KindOrganisation: 0.05}[to]
		case graph.KindPerson:
			return map[graph.Kind]float64{graph.KindArmedGroup: 0.5, graph.KindOrganisation: 0.3, graph.KindCompany: 0.1}[to]
		case graph.KindCompany:
			return map[graph.Kind]float64{graph.KindCompany: 0.3, graph.KindOrganisation: 0.1}[to]
		case graph.KindOrganisation:
			return map[graph.Kind]float64{graph.KindOrganisation: 0.5}[to]
		}
	case graph.Leads:
		return 1
	case graph.Allied, graph.Opposed:
		f := func(k graph.Kind) float64 {
			switch k {
			case graph.KindPerson:
				return 0.3
			case graph.KindCompany:
				return 0.1
			}
			return 1
		}
		return f(from) * f(to)
	}
	return 0
}

// worldRel is the relation a pair of actors has in this corpus's world,
// a function of the seed and their ids: sentences favour it, so that
// evidence piles up on consistent edges.
func (g *Generator) worldRel(a, b *actorInfo) (graph.RelType, bool) {
	h := splitmix64(g.seedHash ^ a.idHash ^ b.idHash)
	types := []graph.RelType{graph.Allied, graph.Opposed, graph.Opposed, graph.Supplies, graph.Trains, graph.MemberOf}
	t := types[h%uint64(len(types))]
	aFirst := (h>>16)&1 == 0
	return t, aFirst == (a.idHash < b.idHash)
}

func (g *Generator) affinity(t graph.RelType, a, b *actorInfo) float64 {
	if t == graph.Leads {
		for _, x := range a.leads {
			if x == b {
				return 1
			}
		}
		return 0
	}
	wt, aIsFrom := g.worldRel(a, b)
	if wt == t && (t.Symmetric() || aIsFrom) {
		return 6
	}
	return 1
}

// pickPair draws the two ends of a relation of type t among the
// article's actors.
func (st *artState) pickPair(t graph.RelType) (from, to *actorInfo, ok bool) {
	type cand struct {
		i, j int
		w    float64
	}
	cs := make([]cand, 0, 64)
	total := 0.0
	tab := prefTable[t]
	sym := t.Symmetric()
	for i, a := range st.actors {
		ka := kindIndex(a.kind)
		for j, b := range st.actors {
			if i == j || (sym && j < i) {
				continue
			}
			p := tab[ka][kindIndex(b.kind)]
			if p == 0 {
				continue
			}
			if t == graph.Supplies || t == graph.Trains {
				// The powers present everywhere supply and train the
				// region's actors more than the other way round.
				if a.global && !b.global {
					p *= 3
				} else if b.global && !a.global {
					p *= 0.3
				}
			}
			w := st.weights[i] * st.weights[j] * p * st.boost(i) * st.boost(j) * st.g.affinity(t, a, b)
			if w == 0 {
				continue
			}
			cs = append(cs, cand{i, j, w})
			total += w
		}
	}
	if len(cs) == 0 {
		return nil, nil, false
	}
	x := st.r.Float64() * total
	c := cs[len(cs)-1]
	for _, k := range cs {
		if x -= k.w; x < 0 {
			c = k
			break
		}
	}
	from, to = st.actors[c.i], st.actors[c.j]
	if t.Symmetric() && st.r.IntN(2) == 0 {
		from, to = to, from
	}
	return from, to, true
}

func (st *artState) drawType() graph.RelType {
	total := 0.0
	for _, tw := range typeWeights {
		total += tw.w
	}
	x := st.r.Float64() * total
	for _, tw := range typeWeights {
		if x -= tw.w; x < 0 {
			return tw.t
		}
	}
	return graph.Opposed
}

func (st *artState) drawPolarity() polarity {
	switch x := st.r.Float64(); {
	case x < negatedShare:
		return negated
	case x < negatedShare+hedgedShare:
		return hedged
	}
	return asserted
}

// fits reports whether the template can state a relation with polarity p
// between actors of these kinds.
func (t *relTmpl) fits(p polarity, from, to *actorInfo, lang string) bool {
	switch {
	case t.neg && p != negated, !t.neg && t.hedge && p != hedged:
		return false
	case p == negated && !t.neg && !t.polSlot:
		return false
	case !t.cons['A'].allowsKind(from.kind), !t.cons['B'].allowsKind(to.kind):
		return false
	case t.cons['A'] != nil && t.cons['A'].dem && len(from.surf[lang].demonyms) == 0,
		t.cons['B'] != nil && t.cons['B'].dem && len(to.surf[lang].demonyms) == 0:
		return false
	}
	return true
}

// relSentence writes a sentence stating a relation between two of the
// article's actors.
func (st *artState) relSentence() (sentence, bool) {
	r := st.r
	for range 10 {
		typ := st.drawType()
		pol := st.drawPolarity()
		from, to, ok := st.pickPair(typ)
		if !ok {
			continue
		}
		tms := st.ld.byType[typ]
		start := r.IntN(len(tms))
		for k := range tms {
			t := tms[(start+k)%len(tms)]
			if !t.fits(pol, from, to, st.ld.code) {
				continue
			}
			if s, ok := st.renderRel(t, from, to, pol); ok {
				return s, true
			}
		}
	}
	return sentence{}, false
}

// renderRel writes one relation template; false when the actors cannot
// be written as it needs.
func (st *artState) renderRel(t *relTmpl, from, to *actorInfo, pol polarity) (sentence, bool) {
	r, ld := st.r, st.ld
	// A list ("le Mali, le Niger et le Tchad sont membres de l'AES") is
	// written so that the extractor can group it: names that touch their
	// commas and coordinators, no article after a comma.
	var members []*actorInfo
	if t.list && r.Float64() < 0.35 {
		for _, x := range st.actors {
			if len(members) == 2 {
				break
			}
			if x == from || x == to || x.kind != from.kind || !t.typ.Allows(x.kind, to.kind) || r.Float64() < 0.5 {
				continue
			}
			members = append(members, x)
		}
	}
	qa := t.cons['A']
	if len(members) > 0 {
		qa = qa.with(npReq{plain: true, noDem: true})
	}
	a := st.chooseNP(from, qa, true)
	b := st.chooseNP(to, t.cons['B'], true)
	if a.text == "" || b.text == "" {
		return sentence{}, false
	}
	c := &slotCtx{st: st, subj: t.subj, tagree: t.tagree, dateSlot: -1}
	c.A, c.aAct = []np{a}, []*actorInfo{from}
	c.B, c.bAct = []np{b}, []*actorInfo{to}
	for k, x := range members {
		q := qa
		if k < len(members)-1 {
			q = q.with(npReq{noDet: true})
		}
		if n := st.chooseNP(x, q, true); n.text != "" {
			c.A, c.aAct = append(c.A, n), append(c.aAct, x)
		}
	}
	if len(c.A) == 3 && c.A[1].det != "" {
		c.A, c.aAct = c.A[:2], c.aAct[:2]
	}
	if t.typ == graph.Supplies {
		c.obj = &ld.objects[r.IntN(len(ld.objects))]
	}
	if len(t.opts) > 0 {
		var fem, pl bool
		switch t.tagree {
		case 'O':
			if c.obj == nil {
				return sentence{}, false
			}
			fem, pl = c.obj.fem, c.obj.pl
		default:
			fem, pl = agreement(c.group(t.tagree))
		}
		var ok [][]string
		for _, o := range t.opts {
			if agreeForm(o, fem, pl) != "" {
				ok = append(ok, o)
			}
		}
		if len(ok) == 0 {
			return sentence{}, false
		}
		c.trig = ok[r.IntN(len(ok))]
	}
	wrap := false
	switch {
	case t.neg || t.hedge:
		c.pol = asserted
	case pol == hedged:
		if t.polSlot && r.Float64() < 0.5 {
			c.pol = hedged
		} else {
			wrap = true
		}
	case pol == negated:
		c.pol = negated
		c.negAux = true
	}
	if r.Float64() < datedShare {
		var ds []int
		for k, p := range t.parts {
			if p.slot && (p.name == "D" || p.name == "D,") {
				ds = append(ds, k)
			}
		}
		if len(ds) > 0 {
			c.dateSlot = ds[r.IntN(len(ds))]
		}
	}
	var sb strings.Builder
	if !c.render(&sb, t.parts) {
		return sentence{}, false
	}
	text := sb.String()
	// trailingCue: the wrap's hedge cue follows the sentence ("{S},
	// according to {src}."), after a relative clause on its subject
	trailingCue := false
	if wrap {
		w := pick(r, ld.hedgeWraps)
		trailingCue = strings.HasPrefix(w, "{S}, according to") || strings.HasPrefix(w, "{S}, selon")
		w = strings.Replace(w, "{src}", pick(r, ld.sources), 1)
		text = strings.Replace(w, "{S}", strings.TrimSuffix(text, "."), 1)
	}
	for _, x := range c.aAct {
		st.mention(x)
	}
	for _, x := range c.bAct {
		st.mention(x)
	}
	s := sentence{text: capitalise(text)}
	for _, x := range c.aAct {
		// a wrapped attribution does not hedge the narrator's apposition
		tr := truth{From: x.id, Type: t.typ, To: to.id, Hedged: pol == hedged && !(wrap && (t.appo || t.subjRel && trailingCue)) || t.hedge, Negated: pol == negated || t.neg, text: s.text}
		if t.typ.Symmetric() && tr.To < tr.From {
			tr.From, tr.To = tr.To, tr.From
		}
		s.rels = append(s.rels, tr)
	}
	return s, true
}
