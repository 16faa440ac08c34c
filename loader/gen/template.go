package gen

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// A template is a sentence with slots in braces. The slots:
//
//	{A} {B}            the actors (A is the source of a directed relation)
//	{à:A} {de:B} ...   an actor after a French preposition, contracted ("au", "des", "d'")
//	{en:A}             French "en" + a state's name without article ("en Turquie")
//	{bare:B}           an actor without determiner; a state as its demonym adjective
//	{dem:A}            a state's demonym: English adjective, French masculine plural
//	{demfs:A}          a French demonym in the feminine singular ("de fabrication turque")
//	{cap:B}            a state's capital (else its name)
//	{T}                the trigger, one of the template's options, agreeing with its subject
//	{O} {O:de} {O:bare} what is supplied: with article, after "de", bare
//	{D} {D,}           an optional event date, inside or opening the sentence
//	{Y}                a year ("depuis 2019")
//	{aux} {etre}       French "a"/"ont", "a été"/"ont été", hedged or negated
//	{has} {be} {adv}   English "has"/"have", "was"/"were", " reportedly"/" never"
//	{v:x|y}            x or y as the subject is singular or plural; four forms
//	                   "ms|fs|mp|fp" agree in gender too; {vA:}, {vB:}, {vO:}
//	                   agree with A, B or the object
//	{nodet:A}          the actor's form without its determiner
//	{de:town} {à:town} a town of the article's theatres after a preposition
//	{tail}             a neutral verb phrase agreeing with the subject
//	{town} {num} {pct} {money} {deg} {n} {month} {year} {quote} {speaker} {src}
//
// Every other character is literal.
type part struct {
	lit       string
	name, arg string
	slot      bool
}

func parseTemplate(s string) ([]part, error) {
	var out []part
	for s != "" {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			out = append(out, part{lit: s})
			break
		}
		if i > 0 {
			out = append(out, part{lit: s[:i]})
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return nil, fmt.Errorf("unclosed slot in %q", s)
		}
		slot := s[i+1 : i+j]
		name, arg, _ := strings.Cut(slot, ":")
		if name[0] == 'v' && name != "v" && name != "vA" && name != "vB" && name != "vO" {
			return nil, fmt.Errorf("unknown slot {%s}", slot)
		}
		if name[0] == 'v' && !strings.Contains(arg, "|") {
			return nil, fmt.Errorf("slot {%s} needs forms x|y", slot)
		}
		out = append(out, part{name: name, arg: arg, slot: true})
		s = s[i+j+1:]
	}
	return out, nil
}

// polarity says how a relation sentence states its relation.
type polarity int

const (
	asserted polarity = iota
	hedged
	negated
)

// relTmpl is a template stating one relation between {A} and {B}.
type relTmpl struct {
	typ   graph.RelType
	voice lexicon.Voice // the voice of the trigger ({T} or the literal one)
	text  string
	trig  []string // options for {T}: "form", "sg|pl" or "ms|fs|mp|fp"; empty when the text holds the trigger
	// subj is the actor verbs agree with ('A' or 'B'); tagree the one {T}
	// agrees with ('A', 'B' or 'O' for the object), subj by default.
	subj, tagree byte
	// req lists constraints, space-separated: "A:state" (kinds, joined
	// by |), "B:sing", "B:art" (has a determiner), "A:noelide" (no
	// "d'" before it), "B:noau" (no "au"/"aux" before it), "A:en" (takes
	// French "en"), "A:dem" (has demonyms), "A:plain" (no title before a
	// person's name), "A:nodem" (not a demonym phrase such as "les
	// soldats maliens": the extractor's pair links and agent markers must
	// touch the name), "A:name" (a name, not a capital or institution),
	// "B:noinst" (not an institution nor a demonym phrase: "the Nigerien
	// army", "Russian troops"),
	// "A:list" (A may be a list of actors).
	req string
	// neg: a denial, always negated; hedge: always hedged.
	neg, hedge bool
	// appo: the relation is the narrator's apposition naming an actor's
	// leader, group or ally ("{A}, the leader of {B}, {tail}."): a hedge
	// wrapped around the sentence does not reach it (docs/CODEBOOK.md,
	// "Scope of an attribution").
	appo bool
	// subjRel: the relation is in a relative clause on the subject ("{B},
	// which brings together {A}, {tail}."): a hedge cue after the clause
	// ("..., according to {src}.") does not reach it.
	subjRel bool

	parts   []part
	opts    [][]string // trigger options, "" where the lexicon lacks the form
	polSlot bool       // has {aux}, {etre}, {has}, {be} or {adv}
	cons    map[byte]*npReq
	list    bool
}

// npReq constrains the noun phrase of one actor slot.
type npReq struct {
	kinds                                           []graph.Kind
	sing, art, noElide, noAu, en, dem, plain, noDem bool
	name                                            bool // a name, not a capital, institution or demonym
	noDet                                           bool // no determiner: inside a list after a comma
	// noInst: not an institution ("the Nigerien army") nor a demonym
	// phrase ("Russian troops"): one who commands a state's army leads no
	// state (docs/CODEBOOK.md)
	noInst bool
}

// with returns a copy of q with the constraints of o added.
func (q *npReq) with(o npReq) *npReq {
	c := o
	if q != nil {
		c.kinds = q.kinds
		c.sing = c.sing || q.sing
		c.art = c.art || q.art
		c.noElide = c.noElide || q.noElide
		c.noAu = c.noAu || q.noAu
		c.en = c.en || q.en
		c.dem = c.dem || q.dem
		c.plain = c.plain || q.plain
		c.noDem = c.noDem || q.noDem
		c.noDet = c.noDet || q.noDet
		c.name = c.name || q.name
		c.noInst = c.noInst || q.noInst
	}
	return &c
}

func (q *npReq) allowsKind(k graph.Kind) bool {
	return q == nil || q.kinds == nil || slices.Contains(q.kinds, k)
}

// ok reports whether a noun phrase meets the constraint.
func (q *npReq) ok(n np) bool {
	if q == nil {
		return true
	}
	switch {
	case q.sing && n.pl,
		q.art && n.det == "",
		q.noElide && n.elides(),
		q.noAu && (n.det == "le" || n.det == "les"),
		q.noDem && n.role == lexicon.RoleDemonym,
		q.noDet && n.det != "",
		q.name && n.role != lexicon.RoleName,
		q.noInst && (n.role == lexicon.RoleInstitution || n.headed),
		q.en && (n.pl || (n.det != "la" && n.det != "l'") || n.role != lexicon.RoleName):
		return false
	}
	return true
}

// compile parses the template and keeps the trigger forms the lexicon has.
func (t *relTmpl) compile(lex *lexicon.Lexicon, lang string) error {
	if t.subj == 0 {
		t.subj = 'A'
	}
	if t.tagree == 0 {
		t.tagree = t.subj
	}
	parts, err := parseTemplate(t.text)
	if err != nil {
		return err
	}
	t.parts = parts
	t.appo = (t.typ == graph.Leads || t.typ == graph.MemberOf || t.typ == graph.Allied) &&
		strings.HasPrefix(t.text, "{") && strings.Contains(t.text, "}, ") && strings.HasSuffix(t.text, ", {tail}.") &&
		!strings.Contains(t.text, "which") && !strings.Contains(t.text, " qui ")
	t.subjRel = strings.HasPrefix(t.text, "{") && strings.HasSuffix(t.text, ", {tail}.") &&
		(strings.Contains(t.text, "}, which ") || strings.Contains(t.text, "}, qui "))
	for _, p := range parts {
		switch p.name {
		case "aux", "etre", "has", "be", "adv":
			t.polSlot = true
		}
	}
	t.cons = map[byte]*npReq{}
	for _, f := range strings.Fields(t.req) {
		who, what, ok := strings.Cut(f, ":")
		if !ok || (who != "A" && who != "B") {
			return fmt.Errorf("bad constraint %q", f)
		}
		q := t.cons[who[0]]
		if q == nil {
			q = &npReq{}
			t.cons[who[0]] = q
		}
		switch what {
		case "sing":
			q.sing = true
		case "art":
			q.art = true
		case "noelide":
			q.noElide = true
		case "noau":
			q.noAu = true
		case "plain":
			q.plain = true
		case "nodem":
			q.noDem = true
		case "name":
			q.name = true
		case "noinst":
			q.noInst = true
		case "en":
			q.en = true
		case "dem":
			q.dem = true
		case "list":
			t.list = true
		default:
			for _, k := range strings.Split(what, "|") {
				kind, err := graph.ParseKind(k)
				if err != nil {
					return fmt.Errorf("constraint %q: %w", f, err)
				}
				q.kinds = append(q.kinds, kind)
			}
		}
	}
	if len(t.trig) == 0 {
		return nil
	}
	have := map[string]bool{}
	for _, tr := range lex.Triggers(lang, t.typ) {
		if tr.Voice == t.voice {
			have[lexicon.Key(tr.Phrase)] = true
		}
	}
	for _, o := range t.trig {
		forms := strings.Split(o, "|")
		keep := false
		for i, f := range forms {
			if !have[lexicon.Key(f)] {
				forms[i] = ""
			} else {
				keep = true
			}
		}
		if keep {
			t.opts = append(t.opts, forms)
		}
	}
	if len(t.opts) == 0 {
		return fmt.Errorf("none of the triggers %q is a %s %s trigger of the lexicon", t.trig, t.voice, t.typ)
	}
	return nil
}

// agreeForm picks the form of "x|y" or "ms|fs|mp|fp" for a phrase of the
// given gender and number; "" when that form is missing.
func agreeForm(forms []string, fem, pl bool) string {
	switch len(forms) {
	case 1:
		return forms[0]
	case 2:
		if pl {
			return forms[1]
		}
		return forms[0]
	case 4:
		i := 0
		if fem {
			i++
		}
		if pl {
			i += 2
		}
		return forms[i]
	}
	return forms[0]
}

// truth is a relation a generated sentence states.
type truth struct {
	From, To        string
	Type            graph.RelType
	Hedged, Negated bool
	text            string // the sentence
}

// sentence is one generated sentence and the relations it states.
type sentence struct {
	text string
	rels []truth
}

// slotCtx is what the slots of one sentence are filled with.
type slotCtx struct {
	st       *artState
	A, B     []np
	aAct     []*actorInfo
	bAct     []*actorInfo
	obj      *object
	trig     []string // the chosen trigger option
	subj     byte
	tagree   byte
	pol      polarity
	negAux   bool
	dateSlot int // index of the part that gets the date, or -1
}

// group returns the actors of a slot with their agreement.
func (c *slotCtx) group(who byte) []np {
	if who == 'B' {
		return c.B
	}
	return c.A
}

func agreement(ns []np) (fem, pl bool) {
	if len(ns) == 0 {
		return false, false
	}
	if len(ns) > 1 {
		fem = true
		for _, n := range ns {
			fem = fem && n.fem
		}
		return fem, true
	}
	return ns[0].fem, ns[0].pl
}

// render fills the parts; false when a slot cannot be filled.
func (c *slotCtx) render(b *strings.Builder, parts []part) bool {
	st, ld, r := c.st, c.st.ld, c.st.r
	for i, p := range parts {
		if !p.slot {
			b.WriteString(p.lit)
			continue
		}
		switch p.name {
		case "A", "B":
			c.writeList(b, c.group(p.name[0]), "")
		case "à", "de", "par", "en":
			if p.arg == "town" {
				t := st.town()
				switch {
				case p.name == "de" && startsWithVowel(t):
					b.WriteString("d'" + t)
				default:
					b.WriteString(p.name + " " + t)
				}
				continue
			}
			ns := c.group(p.arg[0])
			if p.name == "en" {
				for k, n := range ns {
					if k > 0 {
						b.WriteString(ld.listSep(k, len(ns)))
					}
					b.WriteString("en " + n.text)
				}
				continue
			}
			c.writeList(b, ns, p.name)
		case "nodet":
			b.WriteString(c.group(p.arg[0])[0].text)
		case "bare":
			acts := c.bAct
			if p.arg == "A" {
				acts = c.aAct
			}
			ns := c.group(p.arg[0])
			if acts[0].kind == graph.KindState {
				d := acts[0].surf[ld.code].demonyms
				if len(d) == 0 {
					return false
				}
				b.WriteString(d[0])
			} else {
				b.WriteString(ns[0].text)
			}
		case "dem", "demfs":
			acts := c.aAct
			if p.arg == "B" {
				acts = c.bAct
			}
			d := acts[0].surf[ld.code].demonyms
			if len(d) == 0 {
				return false
			}
			switch {
			case ld.code != "fr":
				b.WriteString(d[0])
			case p.name == "demfs":
				b.WriteString(frDemonym(d, true, false))
			default:
				b.WriteString(frDemonym(d, false, true))
			}
		case "cap":
			acts := c.bAct
			if p.arg == "A" {
				acts = c.aAct
			}
			caps := acts[0].surf[ld.code].capitals
			if len(caps) > 0 {
				st.mention(acts[0])
				b.WriteString(caps[r.IntN(len(caps))].plain())
			} else {
				c.writeList(b, c.group(p.arg[0]), "")
			}
		case "T":
			var fem, pl bool
			if c.tagree == 'O' {
				if c.obj == nil {
					return false
				}
				fem, pl = c.obj.fem, c.obj.pl
			} else {
				fem, pl = agreement(c.group(c.tagree))
			}
			f := agreeForm(c.trig, fem, pl)
			if f == "" {
				return false
			}
			b.WriteString(f)
		case "O":
			if c.obj == nil {
				return false
			}
			switch {
			case p.arg == "bare":
				b.WriteString(c.obj.text)
			case p.arg == "de" || (c.negAux && ld.code == "fr"):
				b.WriteString(c.obj.de())
			default:
				b.WriteString(c.obj.withArticle(ld.code))
			}
		case "D", "D,":
			if i == c.dateSlot {
				d := ld.eventDate(r, st.date, p.name == "D,")
				b.WriteString(d)
			}
		case "aux", "etre", "has", "be", "adv":
			_, pl := agreement(c.group(c.subj))
			forms := ld.pol[p.name][c.pol][btoi(pl)]
			b.WriteString(forms[r.IntN(len(forms))])
		case "v", "vA", "vB", "vO":
			var fem, pl bool
			switch p.name {
			case "v":
				fem, pl = agreement(c.group(c.subj))
			case "vO":
				if c.obj == nil {
					return false
				}
				fem, pl = c.obj.fem, c.obj.pl
			default:
				fem, pl = agreement(c.group(p.name[1]))
			}
			b.WriteString(agreeForm(strings.Split(p.arg, "|"), fem, pl))
		case "tail":
			tl := ld.tails[r.IntN(len(ld.tails))]
			sub := &slotCtx{st: st, A: c.group(c.subj), subj: 'A', dateSlot: -1}
			if !sub.render(b, tl) {
				return false
			}
		default:
			if !st.fillCommon(b, p) {
				return false
			}
		}
	}
	return true
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// writeList writes one or more noun phrases joined by commas and a
// coordinator, each after prep.
func (c *slotCtx) writeList(b *strings.Builder, ns []np, prep string) {
	for k, n := range ns {
		if k > 0 {
			b.WriteString(c.st.ld.listSep(k, len(ns)))
		}
		b.WriteString(n.withPrep(prep))
	}
}

// object is something supplied.
type object struct {
	text         string
	fem, pl, mas bool // mas: a mass noun ("du carburant")
}

func (o *object) withArticle(lang string) string {
	if lang != "fr" {
		return o.text
	}
	switch {
	case o.pl:
		return "des " + o.text
	case o.mas && o.fem:
		return "de la " + o.text
	case o.mas:
		return "du " + o.text
	case o.fem:
		return "une " + o.text
	}
	return "un " + o.text
}

func (o *object) de() string {
	if startsWithVowel(o.text) {
		return "d'" + o.text
	}
	return "de " + o.text
}

// fillCommon fills the slots shared by every kind of sentence.
func (st *artState) fillCommon(b *strings.Builder, p part) bool {
	ld, r := st.ld, st.r
	switch p.name {
	case "town":
		b.WriteString(st.town())
	case "num":
		b.WriteString(ld.number(r.IntN(90000) + 120))
	case "smallnum":
		b.WriteString(ld.number(r.IntN(900) + 30))
	case "pct":
		fmt.Fprintf(b, "%d", 3+r.IntN(55))
	case "deg":
		fmt.Fprintf(b, "%d", 38+r.IntN(10))
	case "n":
		fmt.Fprintf(b, "%d", 2+r.IntN(11))
	case "money":
		b.WriteString(ld.money(r))
	case "month":
		b.WriteString(ld.months[r.IntN(12)])
	case "year":
		fmt.Fprintf(b, "%d", st.date.Year-r.IntN(3))
	case "Y":
		fmt.Fprintf(b, "%d", max(2010, st.date.Year-1-r.IntN(6)))
	case "quote":
		b.WriteString(pick(r, ld.quotes))
	case "speaker":
		b.WriteString(pick(r, ld.speakers))
	case "src":
		b.WriteString(pick(r, ld.sources))
	case "region":
		b.WriteString(ld.regions[st.theatres[0]][0])
	case "inregion":
		b.WriteString(ld.regions[st.theatres[0]][1])
	case "photog":
		b.WriteString(pick(r, firstNames) + " " + pick(r, lastNames))
	case "agency":
		b.WriteString(pick(r, st.g.agencies))
	case "credit":
		b.WriteString(pick(r, ld.creditWords))
	default:
		panic("gen: unknown slot {" + p.name + "}")
	}
	return true
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }
