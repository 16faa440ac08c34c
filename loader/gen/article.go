package gen

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// Bounds of an article's text, in bytes, and of its paragraphs.
const (
	MinTextBytes  = 2048
	MaxTextBytes  = 8192
	MinParagraphs = 5
	MaxParagraphs = 20
)

// rawLang is the data of one language, as written in lang_*.go.
type rawLang struct {
	code        string
	and         string
	rels        []relTmpl
	noise2      []string // two actors, no relation
	noise1      []string // one actor
	filler      []string // no actor
	quotes      []string // sentences around {quote} and {speaker}
	quoteTexts  []string
	speakers    []string
	captions    []string // a caption line and a credit line
	titles      []string
	hedgeWraps  []string // "{S}" is the sentence, "{src}" the source
	sources     []string
	tails       []string
	creditWords []string
	months      [12]string
	objects     []object
	demHeads    []np // heads for demonym phrases ("les instructeurs" + "russes")
	civil       string
	militaryNP  np // "le général", "Gen."
	thousands   string
	decimal     string
	regions     map[string][2]string // theatre id -> name, "in" phrase
	towns       map[string][]string  // theatre id -> towns (no actor's name)
	pol         map[string][3][2][]string
	outlets     []outlet
	dateFmt     func(r *rand.Rand, d graph.Date, opening bool, months [12]string) string
	moneyFmt    func(r *rand.Rand, ld *langData) string
}

// outlet is an invented news outlet.
type outlet struct {
	name, domain string
	curly        bool // writes typographic apostrophes
}

// langData is a compiled rawLang.
type langData struct {
	*rawLang
	byType                               map[graph.RelType][]*relTmpl
	noise2, noise1, filler, quoteT, caps [][]part
	titles, tails                        [][]part
	regions                              [][2]string // by theatre index
	towns                                [][]string  // by theatre index
	quotes                               []string
}

var rawLangs = map[string]*rawLang{"fr": &frLang, "en": &enLang}

func compileLang(raw *rawLang, lex *lexicon.Lexicon) (*langData, error) {
	ld := &langData{rawLang: raw, byType: map[graph.RelType][]*relTmpl{}, quotes: raw.quoteTexts}
	for i := range raw.rels {
		t := raw.rels[i] // a copy: compile writes into it
		if err := t.compile(lex, raw.code); err != nil {
			return nil, fmt.Errorf("%s template %q: %w", t.typ, t.text, err)
		}
		ld.byType[t.typ] = append(ld.byType[t.typ], &t)
	}
	for _, typ := range graph.RelTypes {
		if len(ld.byType[typ]) == 0 {
			return nil, fmt.Errorf("no template for %s", typ)
		}
	}
	var err error
	comp := func(dst *[][]part, src []string) {
		for _, s := range src {
			p, e := parseTemplate(s)
			if e != nil && err == nil {
				err = e
			}
			*dst = append(*dst, p)
		}
	}
	comp(&ld.noise2, raw.noise2)
	comp(&ld.noise1, raw.noise1)
	comp(&ld.filler, raw.filler)
	comp(&ld.quoteT, raw.quotes)
	comp(&ld.caps, raw.captions)
	comp(&ld.titles, raw.titles)
	comp(&ld.tails, raw.tails)
	if err != nil {
		return nil, err
	}
	for _, t := range theatres {
		ld.regions = append(ld.regions, raw.regions[t.id])
		towns := raw.towns[t.id]
		if len(towns) == 0 {
			return nil, fmt.Errorf("no towns for theatre %s", t.id)
		}
		ld.towns = append(ld.towns, towns)
	}
	return ld, nil
}

// listSep joins the k-th of n items to the one before.
func (ld *langData) listSep(k, n int) string {
	if k == n-1 {
		return " " + ld.and + " "
	}
	return ", "
}

// number writes n with the language's thousands separator ("1.500", "1,500").
func (ld *langData) number(n int) string {
	s := fmt.Sprintf("%d", n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(ld.thousands)
		}
		b.WriteRune(c)
	}
	return b.String()
}

func (ld *langData) money(r *rand.Rand) string { return ld.moneyFmt(r, ld) }

// eventDate writes a date up to two years before the article's, at a
// random precision: " en mars 2023", or "en mars 2023, " when it opens
// the sentence.
func (ld *langData) eventDate(r *rand.Rand, art graph.Date, opening bool) string {
	t := time.Date(art.Year, time.Month(max(art.Month, 1)), max(art.Day, 1), 0, 0, 0, 0, time.UTC)
	t = t.AddDate(0, 0, -r.IntN(730))
	d := graph.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	switch x := r.Float64(); {
	case x < 0.25:
		d.Month, d.Day = 0, 0
	case x < 0.8:
		d.Day = 0
	}
	s := ld.dateFmt(r, d, opening, ld.months)
	if opening {
		return s + ", "
	}
	return " " + s
}

// artState is the state of one article being written.
type artState struct {
	g        *Generator
	r        *rand.Rand
	ld       *langData
	theatres []int
	actors   []*actorInfo
	weights  []float64
	mentions []int
	date     graph.Date
	used     map[string][]bool // sentence templates used, by kind
	curly    bool              // the outlet writes typographic apostrophes
}

func (st *artState) index(ai *actorInfo) int {
	for i, a := range st.actors {
		if a == ai {
			return i
		}
	}
	return -1
}

func (st *artState) mention(ai *actorInfo) {
	if i := st.index(ai); i >= 0 {
		st.mentions[i]++
	}
}

func (st *artState) town() string {
	t := st.theatres[st.r.IntN(len(st.theatres))]
	return pick(st.r, st.ld.towns[t])
}

// article writes article i and returns it with the relations its
// sentences state.
func (g *Generator) article(i int) (*graph.Article, []truth) {
	r := g.rng(i)
	lang := g.langs[r.IntN(len(g.langs))]
	ld := g.ld[lang]
	st := &artState{g: g, r: r, ld: ld}

	day := r.IntN(4018) // 2015-01-01 .. 2025-12-31
	t := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, day)
	st.date = graph.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	artDate := st.date
	if r.Float64() < 0.15 {
		artDate.Day = 0
	}
	out := ld.outlets[zipfIndex(r, len(ld.outlets), 1.1)]

	st.theatres = g.w.drawTheatres(r)
	n := 4 + int(11*math.Pow(r.Float64(), 1.6))
	st.actors, st.weights = g.w.drawActors(r, st.theatres, n)
	st.mentions = make([]int, len(st.actors))

	st.curly = out.curly
	text, rels := st.body()
	title := st.title()
	if out.curly {
		title = strings.ReplaceAll(title, "'", "\u2019")
	}
	a := &graph.Article{
		ID:     g.ID(i),
		URL:    fmt.Sprintf("https://%s/%d/%s-%d", out.domain, artDate.Year, slug(title), i),
		Title:  title,
		Date:   artDate,
		Lang:   lang,
		Outlet: out.name,
		Text:   text,
	}
	return a, rels
}

// zipfIndex draws an index in [0, n) with weight 1/(i+1)^s.
func zipfIndex(r *rand.Rand, n int, s float64) int {
	total := 0.0
	for i := range n {
		total += zipf(i, s)
	}
	x := r.Float64() * total
	for i := range n {
		if x -= zipf(i, s); x < 0 {
			return i
		}
	}
	return n - 1
}

// body writes the paragraphs of the article.
func (st *artState) body() (string, []truth) {
	r := st.r
	target := 2300 + int(5400*math.Pow(r.Float64(), 1.4))
	np := min(MaxParagraphs, max(MinParagraphs, target/(230+r.IntN(320))))
	per := target / np
	paras := make([][]sentence, np)
	for p := range paras {
		l := 0
		for l < per && len(paras[p]) < 7 {
			s := st.next(p == 0 && len(paras[p]) == 0)
			paras[p] = append(paras[p], s)
			l += len(s.text) + 1
		}
	}
	if np < MaxParagraphs && r.Float64() < 0.15 {
		if c, ok := st.caption(); ok {
			at := 1 + r.IntN(min(3, np-1))
			paras = append(paras[:at], append([][]sentence{{c}}, paras[at:]...)...)
		}
	}
	// size is the length of the text body writes below.
	size := func() int {
		n := 1
		for k, p := range paras {
			if k > 0 {
				n += 2
			}
			for j, s := range p {
				if j > 0 {
					n++
				}
				n += len(s.text)
			}
		}
		return n
	}
	for size() < MinTextBytes {
		p := r.IntN(len(paras))
		if len(paras[p]) == 1 && strings.Contains(paras[p][0].text, "\n") {
			continue // the caption
		}
		paras[p] = append(paras[p], st.next(false))
	}
	for size() > MaxTextBytes {
		// Drop the last sentence of the longest paragraph, or the whole
		// paragraph when it has one sentence and enough remain.
		long, ln := 0, -1
		for k, p := range paras {
			n := 0
			for _, s := range p {
				n += len(s.text)
			}
			if n > ln {
				long, ln = k, n
			}
		}
		if len(paras[long]) > 1 {
			paras[long] = paras[long][:len(paras[long])-1]
		} else if len(paras) > MinParagraphs {
			paras = append(paras[:long], paras[long+1:]...)
		} else {
			break
		}
	}
	var b strings.Builder
	var rels []truth
	for k, p := range paras {
		if k > 0 {
			b.WriteString("\n\n")
		}
		for j, s := range p {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s.text)
			rels = append(rels, s.rels...)
		}
	}
	b.WriteByte('\n')
	return b.String(), rels
}

// next writes the next sentence: a relation, actors without a relation,
// a filler sentence or a quote.
func (st *artState) next(relation bool) sentence {
	s := st.next1(relation)
	if st.curly {
		s.text = strings.ReplaceAll(s.text, "'", "\u2019")
	}
	return s
}

func (st *artState) next1(relation bool) sentence {
	r := st.r
	x := r.Float64()
	if relation || x < relationShare {
		if s, ok := st.relSentence(); ok {
			return s
		}
	}
	switch {
	case x < relationShare+0.14:
		if s, ok := st.noiseSentence(2); ok {
			return s
		}
	case x < relationShare+0.24:
		if s, ok := st.noiseSentence(1); ok {
			return s
		}
	case x < relationShare+0.36:
		return st.plain(st.ld.quoteT[st.fresh("quote", len(st.ld.quoteT))])
	}
	return st.plain(st.ld.filler[st.fresh("filler", len(st.ld.filler))])
}

// fresh draws an index in [0, n) not drawn yet for this kind of sentence
// in the article, until all have been.
func (st *artState) fresh(kind string, n int) int {
	if st.used == nil {
		st.used = map[string][]bool{}
	}
	u := st.used[kind]
	if len(u) != n {
		u = make([]bool, n)
		st.used[kind] = u
	}
	free := 0
	for _, b := range u {
		if !b {
			free++
		}
	}
	if free == 0 {
		clear(u)
		free = n
	}
	k := st.r.IntN(free)
	for i, b := range u {
		if b {
			continue
		}
		if k == 0 {
			u[i] = true
			return i
		}
		k--
	}
	return 0
}

// plain renders a template without actors.
func (st *artState) plain(parts []part) sentence {
	var b strings.Builder
	c := &slotCtx{st: st, dateSlot: -1}
	c.render(&b, parts)
	return sentence{text: capitalise(b.String())}
}

// caption writes a photo caption and its credit line.
func (st *artState) caption() (sentence, bool) {
	for range 4 {
		c := &slotCtx{st: st, dateSlot: -1}
		if ai := st.firstState(); ai != nil {
			c.aAct = []*actorInfo{ai}
		}
		parts := pick(st.r, st.ld.caps)
		if c.aAct == nil && usesActor(parts) {
			continue
		}
		var b strings.Builder
		if c.render(&b, parts) {
			if c.aAct != nil && usesActor(parts) {
				st.mention(c.aAct[0])
			}
			text := capitalise(b.String())
			if st.curly {
				text = strings.ReplaceAll(text, "'", "\u2019")
			}
			return sentence{text: text}, true
		}
	}
	return sentence{}, false
}

func usesActor(parts []part) bool {
	for _, p := range parts {
		if p.slot && (p.name == "dem" || p.name == "A") {
			return true
		}
	}
	return false
}

func (st *artState) firstState() *actorInfo {
	for _, a := range st.actors {
		if a.kind == graph.KindState && len(a.surf[st.ld.code].demonyms) > 0 {
			return a
		}
	}
	return nil
}

// title writes the title from the article's two most prominent actors.
func (st *artState) title() string {
	for range 8 {
		parts := pick(st.r, st.ld.titles)
		c := &slotCtx{st: st, dateSlot: -1}
		a, b := st.actors[0], st.actors[1%len(st.actors)]
		c.A = []np{st.chooseNP(a, nil, true)}
		c.B = []np{st.chooseNP(b, nil, true)}
		c.aAct, c.bAct = []*actorInfo{a}, []*actorInfo{b}
		var sb strings.Builder
		if c.render(&sb, parts) {
			return capitalise(sb.String())
		}
	}
	return capitalise(st.ld.regions[st.theatres[0]][0])
}

// slug makes the URL path of a title: folded words joined by hyphens, at
// most eight.
func slug(title string) string {
	words := lexicon.Terms(title)
	var out []string
	for _, w := range words {
		var b strings.Builder
		for _, r := range w {
			if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				b.WriteRune(r)
			}
		}
		if b.Len() > 0 {
			out = append(out, b.String())
		}
		if len(out) == 8 {
			break
		}
	}
	if len(out) == 0 {
		return "article"
	}
	return strings.Join(out, "-")
}

// noiseSentence names n actors with no relation between them.
func (st *artState) noiseSentence(n int) (sentence, bool) {
	if len(st.actors) < n {
		return sentence{}, false
	}
	r := st.r
	src := st.ld.noise1
	if n == 2 {
		src = st.ld.noise2
	}
	a := st.drawActor(nil)
	c := &slotCtx{st: st, dateSlot: -1, subj: 'A'}
	c.aAct = []*actorInfo{a}
	c.A = []np{st.chooseNP(a, nil, false)}
	if n == 2 {
		b := st.drawActor(a)
		c.bAct = []*actorInfo{b}
		c.B = []np{st.chooseNP(b, nil, false)}
	}
	kind := "noise1"
	if n == 2 {
		kind = "noise2"
	}
	parts := src[st.fresh(kind, len(src))]
	for k, p := range parts {
		if p.slot && p.name == "D" && r.Float64() < 0.3 {
			c.dateSlot = k
		}
	}
	var b strings.Builder
	if !c.render(&b, parts) {
		return sentence{}, false
	}
	return sentence{text: capitalise(b.String())}, true
}

// drawActor draws an article actor other than not, favouring prominent
// and not yet mentioned ones.
func (st *artState) drawActor(not *actorInfo) *actorInfo {
	total := 0.0
	for i, a := range st.actors {
		if a != not {
			total += st.weights[i] * st.boost(i)
		}
	}
	x := st.r.Float64() * total
	var last *actorInfo
	for i, a := range st.actors {
		if a == not {
			continue
		}
		last = a
		if x -= st.weights[i] * st.boost(i); x < 0 {
			return a
		}
	}
	return last
}

func (st *artState) boost(i int) float64 {
	if st.mentions[i] == 0 {
		return 2.5
	}
	return 1
}

// headFirst draws an index in [0, n), the first with half the weight: the
// lexicon lists an actor's usual name or acronym first.
func headFirst(r *rand.Rand, n int) int {
	if n == 1 || r.IntN(2) == 0 {
		return 0
	}
	return r.IntN(n)
}

// chooseNP picks how to write an actor: its name, an alias, an
// institution ("l'armée malienne"), a demonym phrase ("les instructeurs
// russes"), its capital. The first mention favours the name. q, when not
// nil, constrains the phrase; the zero np means none fits.
func (st *artState) chooseNP(ai *actorInfo, q *npReq, quiet bool) np {
	r, ld := st.r, st.ld
	s := ai.surf[ld.code]
	idx := st.index(ai)
	first := idx < 0 || st.mentions[idx] == 0
	if !quiet {
		st.mention(ai)
	}
	type option struct {
		list []np
		w    float64
	}
	var dem []np
	if len(s.demonyms) > 0 && ai.kind == graph.KindState {
		h := ld.demHeads[r.IntN(len(ld.demHeads))]
		n := h
		n.role, n.headed = lexicon.RoleDemonym, true
		if ld.code == "fr" {
			n.text = h.text + " " + frDemonym(s.demonyms, h.fem, h.pl)
		} else {
			n.text = s.demonyms[0] + " " + h.text
		}
		dem = []np{n}
	}
	var opts []option
	nameW := 55.0
	if first {
		nameW = 80
	}
	switch ai.kind {
	case graph.KindState:
		opts = []option{{s.names, nameW - 10}, {s.institutions, 18}, {dem, 12}, {s.capitals, 10}, {s.aliases, 8}}
	case graph.KindPerson:
		opts = []option{{s.names, nameW}, {s.aliases, 100 - nameW}}
	default:
		opts = []option{{s.names, nameW}, {s.aliases, 100 - nameW}}
	}
	total := 0.0
	for k := range opts {
		if q != nil {
			var keep []np
			for _, n := range opts[k].list {
				if q.ok(n) {
					keep = append(keep, n)
				}
			}
			opts[k].list = keep
		}
		if len(opts[k].list) == 0 {
			opts[k].w = 0
		}
		total += opts[k].w
	}
	if total == 0 {
		return np{}
	}
	x := r.Float64() * total
	var n np
	for _, o := range opts {
		if o.w == 0 {
			continue
		}
		n = o.list[headFirst(r, len(o.list))]
		if x -= o.w; x < 0 {
			break
		}
	}
	if ai.kind == graph.KindPerson && (q == nil || !q.plain) {
		switch y := r.Float64(); {
		case military[ai.id] && y < 0.15:
			m := ld.militaryNP
			m.text += " " + n.text
			n = m
		case y < 0.27:
			n.text = ld.civil + " " + n.text
		}
	}
	return n
}
