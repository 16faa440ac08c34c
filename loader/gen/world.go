package gen

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// theatre is a region of conflict: its states (by ISO code, the most
// prominent first) and the lexicon actors without a country that belong
// to it. Every lexicon actor whose country is one of the codes belongs too.
type theatre struct {
	id        string
	countries []string
	extra     []string
}

// theatres lists the regions, the most written about first: an article
// draws its theatres with a Zipf-like weight on this order.
var theatres = []theatre{
	{"sahel", []string{"ML", "BF", "NE", "MR", "TD"}, []string{"islamic-state-sahel", "aqim", "minusma", "alliance-of-sahel-states", "g5-sahel", "ecowas", "al-qaeda"}},
	{"sudan", []string{"SD", "SS", "TD", "EG", "ET"}, nil},
	{"great-lakes", []string{"CD", "RW", "UG", "BI"}, []string{"adf", "monusco", "east-african-community", "sadc"}},
	{"horn", []string{"SO", "ET", "KE", "DJ", "ER"}, []string{"amisom", "atmis", "aussom", "al-qaeda"}},
	{"lake-chad", []string{"NG", "CM", "TD", "NE"}, []string{"mnjtf", "islamic-state"}},
	{"libya", []string{"LY", "EG", "DZ", "MA"}, []string{"aqim"}},
	{"ukraine", []string{"UA", "RU", "BY", "KP"}, []string{"nato", "european-union"}},
	{"middle-east", []string{"YE", "SA", "IR", "IL", "SY", "QA", "LB", "PS"}, []string{"islamic-state"}},
	{"west-africa", []string{"SN", "CI", "BJ", "TG", "GH"}, []string{"ecowas", "jnim"}},
	{"central-africa", []string{"CF", "CM", "TD"}, nil},
	{"mozambique", []string{"MZ", "RW"}, []string{"sadc", "islamic-state"}},
}

// globalIDs are the actors present in every theatre, the most prominent
// first; lexicon actors from globalCountries follow them, then any actor
// no theatre claims (a user dictionary's, say).
var globalIDs = []string{
	"russia", "france", "united-states", "turkey", "united-nations", "china", "united-arab-emirates",
	"african-union", "european-union", "iran", "wagner-group", "africa-corps", "vladimir-putin",
	"emmanuel-macron", "recep-tayyip-erdogan", "baykar", "united-kingdom", "rosoboronexport",
	"germany", "saudi-arabia", "qatar", "nato", "turkish-aerospace", "sadat", "norinco",
}

var globalCountries = []string{"RU", "FR", "US", "TR", "CN", "AE", "IR", "GB", "DE"}

// military lists the people a military title suits ("Gen.", "le général").
var military = map[string]bool{
	"assimi-goita": true, "abdourahamane-tiani": true, "mahamat-idriss-deby": true,
	"abdel-fattah-al-burhan": true, "mohamed-hamdan-dagalo": true, "khalifa-haftar": true,
}

// actorInfo is a lexicon actor prepared for writing.
type actorInfo struct {
	a       *lexicon.Actor
	id      string
	kind    graph.Kind
	surf    map[string]*surfaces // by language
	leads   []*actorInfo         // whom a person leads
	idHash  uint64
	country string
	global  bool // present in every theatre: a usual supplier and trainer
}

// surfaces are the ways to write an actor in one language.
type surfaces struct {
	names, aliases, capitals, institutions []np
	demonyms                               []string // French: every form; English: the adjective first
}

// pooled is an actor with its weight in a theatre.
type pooled struct {
	ai *actorInfo
	w  float64
}

// world is everything drawn from the lexicon once.
type world struct {
	actors   []*actorInfo // by id
	byID     map[string]*actorInfo
	pools    [][]pooled // by theatre, theatre actors only
	global   []pooled
	theatreW []float64 // cumulative weights of theatres
}

func zipf(rank int, s float64) float64 { return 1 / math.Pow(float64(rank+1), s) }

var kindOrder = map[graph.Kind]int{graph.KindState: 0, graph.KindArmedGroup: 1, graph.KindPerson: 2, graph.KindOrganisation: 3, graph.KindCompany: 4}

func newWorld(lex *lexicon.Lexicon, langs []string) *world {
	w := &world{byID: map[string]*actorInfo{}}
	for _, a := range lex.Actors() {
		ai := &actorInfo{a: a, id: a.ID, kind: a.Kind, country: a.Country, surf: map[string]*surfaces{}, idHash: hashString(a.ID)}
		for _, lang := range langs {
			ai.surf[lang] = buildSurfaces(a, lang)
		}
		w.actors = append(w.actors, ai)
		w.byID[a.ID] = ai
	}
	for _, ai := range w.actors {
		if ai.kind != graph.KindPerson {
			continue
		}
		// whom a person leads is the data's leadership facts, past or
		// present: a minister, a spokesman or an army chief leads nothing
		// (docs/CODEBOOK.md, "Army commanders and chiefs of staff")
		for _, l := range ai.a.Leads {
			if t := w.byID[l.ID]; t != nil && !slices.Contains(ai.leads, t) {
				ai.leads = append(ai.leads, t)
			}
		}
	}

	claimed := map[string]bool{}
	for ti, t := range theatres {
		var states, others []*actorInfo
		pos := map[string]int{}
		for i, c := range t.countries {
			pos[c] = i
		}
		for _, ai := range w.actors {
			p, in := pos[ai.country]
			if !in || ai.country == "" {
				continue
			}
			if ai.kind == graph.KindState {
				states = append(states, ai)
			} else {
				others = append(others, ai)
			}
			_ = p
		}
		sort.SliceStable(states, func(i, j int) bool { return pos[states[i].country] < pos[states[j].country] })
		sort.SliceStable(others, func(i, j int) bool {
			a, b := others[i], others[j]
			if pos[a.country] != pos[b.country] {
				return pos[a.country] < pos[b.country]
			}
			return kindOrder[a.kind] < kindOrder[b.kind]
		})
		for _, id := range t.extra {
			if ai := w.byID[id]; ai != nil && !slices.Contains(others, ai) {
				// Extras rank after the focal country's own actors.
				k := 0
				for k < len(others) && others[k].country == t.countries[0] {
					k++
				}
				others = slices.Insert(others, k, ai)
			}
		}
		var pool []pooled
		for r, ai := range append(states, others...) {
			pool = append(pool, pooled{ai, zipf(r, 0.85)})
			claimed[ai.id] = true
		}
		w.pools = append(w.pools, pool)
		w.theatreW = append(w.theatreW, zipf(ti, 0.9))
	}
	var glob []*actorInfo
	seen := map[string]bool{}
	for _, id := range globalIDs {
		if ai := w.byID[id]; ai != nil {
			glob = append(glob, ai)
			seen[id] = true
		}
	}
	// A user dictionary's actors that no theatre claims come next, so
	// that a corpus made with --dict names them often, not at the tail of
	// the hundreds of lexicon actors from elsewhere.
	def := lexicon.Default()
	for _, ai := range w.actors {
		if !seen[ai.id] && !claimed[ai.id] && !inDefault(def, ai.id) {
			glob = append(glob, ai)
			seen[ai.id] = true
		}
	}
	for _, ai := range w.actors {
		if !seen[ai.id] && slices.Contains(globalCountries, ai.country) {
			glob = append(glob, ai)
			seen[ai.id] = true
		}
	}
	for _, ai := range w.actors {
		if !seen[ai.id] && !claimed[ai.id] {
			glob = append(glob, ai)
			seen[ai.id] = true
		}
	}
	for r, ai := range glob {
		ai.global = true
		w.global = append(w.global, pooled{ai, 0.45 * zipf(r, 0.85)})
	}
	for i := 1; i < len(w.theatreW); i++ {
		w.theatreW[i] += w.theatreW[i-1]
	}
	return w
}

// buildSurfaces sorts an actor's forms in one language by role.
func buildSurfaces(a *lexicon.Actor, lang string) *surfaces {
	s := &surfaces{}
	mk := func(f lexicon.Form) np {
		if lang == "fr" {
			return frNP(f, a.Kind)
		}
		return enNP(f, a.Kind)
	}
	has := func(role lexicon.Role) bool {
		return slices.ContainsFunc(a.Forms, func(f lexicon.Form) bool { return f.Role == role && f.Lang == lang })
	}
	langNames, langCapitals := has(lexicon.RoleName), has(lexicon.RoleCapital)
	seen := map[string]bool{}
	for _, f := range a.Forms {
		if f.Lang != "" && f.Lang != lang {
			continue
		}
		if seen[string(f.Role)+"|"+f.Text] {
			continue
		}
		seen[string(f.Role)+"|"+f.Text] = true
		switch f.Role {
		case lexicon.RoleName:
			if f.Lang == "" && langNames {
				// "Turkey" in French text: the French names say it better.
				// The same text as an alias of every language ("Hamas",
				// "Xi Jinping") is still written.
				delete(seen, string(f.Role)+"|"+f.Text)
				continue
			}
			s.names = append(s.names, mk(f))
		case lexicon.RoleAlias:
			if otherLangAlias[lang][f.Text] || seen[string(lexicon.RoleName)+"|"+f.Text] {
				continue
			}
			s.aliases = append(s.aliases, mk(f))
		case lexicon.RoleCapital:
			if f.Lang == "" && langCapitals {
				continue
			}
			if lang == "fr" && frArticleWord(f.Text) {
				continue // "Le Caire" does not survive "au Caire"
			}
			s.capitals = append(s.capitals, mk(f))
		case lexicon.RoleInstitution:
			if lexicon.CaseSensitive(f.Text) && !slices.ContainsFunc(lexicon.Words(f.Text), func(w string) bool { return len(w) > 4 }) {
				s.aliases = append(s.aliases, mk(f)) // "CNSP", "IRGC": written like aliases
				continue
			}
			s.institutions = append(s.institutions, mk(f))
		case lexicon.RoleDemonym:
			s.demonyms = append(s.demonyms, f.Text)
		}
	}
	if len(s.names) == 0 {
		s.names = []np{mk(lexicon.Form{Text: a.Name, Role: lexicon.RoleName})}
	}
	return s
}

func frArticleWord(s string) bool {
	for _, p := range []string{"Le ", "La ", "Les ", "L'"} {
		if len(s) > len(p) && s[:len(p)] == p {
			return true
		}
	}
	return false
}

// otherLangAlias lists the lexicon's all-language aliases that belong to
// another language than the one written ("ONU" in English text, "NATO"
// in French): the lexicon has no language on aliases.
var otherLangAlias = map[string]map[string]bool{
	"en": set("ONU", "UA", "UE", "OTAN", "Otan", "CEDEAO", "Cedeao", "FSR", "AQMI", "EIGS", "FMM", "Daech", "Shebab", "Shebabs", "Ansar Eddine", "Katiba du Macina", "al-Qaïda", "Hayat Tahrir al-Cham", "Ouaga", "GSIM", "ANL", "EAU", "EIAO", "CSP-PSD"),
	"fr": set("UN", "AU", "EU", "NATO", "Nato", "ECOWAS", "RSF", "AQIM", "ISGS", "ISSP", "MNJTF", "Daesh", "LAAF", "SAF", "RDF", "IDF", "SNA", "Pentagon", "AFRICOM", "Africom", "UAE", "US", "USA", "U.S.", "UK", "ISIS", "ISIL", "PMC Wagner", "Wagner PMC", "Al Qaeda", "al-Qaeda", "al-Qaida", "Hayat Tahrir al-Sham", "Ansarul Islam", "Afrika Corps", "DPRK", "IS-Sahel", "Iswap", "Harakat al-Shabaab al-Mujahideen", "Baykar Defence", "SADAT International Defense Consultancy", "China North Industries", "Turkish Aerospace Industries"),
}

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// drawTheatres picks one theatre, or two with some chance.
func (w *world) drawTheatres(r *rand.Rand) []int {
	pick := func() int {
		x := r.Float64() * w.theatreW[len(w.theatreW)-1]
		i, _ := slices.BinarySearch(w.theatreW, x)
		return min(i, len(w.theatreW)-1)
	}
	t := []int{pick()}
	if r.Float64() < 0.25 {
		if u := pick(); u != t[0] {
			t = append(t, u)
		}
	}
	return t
}

// drawActors picks the actors of an article from its theatres and the
// global actors, by weight and without repetition; a person brings the
// actor they lead.
func (w *world) drawActors(r *rand.Rand, ts []int, n int) ([]*actorInfo, []float64) {
	var cand []pooled
	idx := map[*actorInfo]int{}
	add := func(p pooled, scale float64) {
		if i, ok := idx[p.ai]; ok {
			cand[i].w = max(cand[i].w, p.w*scale)
			return
		}
		idx[p.ai] = len(cand)
		cand = append(cand, pooled{p.ai, p.w * scale})
	}
	for k, t := range ts {
		scale := 1.0
		if k > 0 {
			scale = 0.5
		}
		for _, p := range w.pools[t] {
			add(p, scale)
		}
	}
	for _, p := range w.global {
		add(p, 1)
	}
	var out []*actorInfo
	var ws []float64
	total := 0.0
	for _, c := range cand {
		total += c.w
	}
	taken := make([]bool, len(cand))
	has := func(ai *actorInfo) bool { return slices.Contains(out, ai) }
	for len(out) < n && len(out) < len(cand) {
		x := r.Float64() * total
		k := -1
		for i, c := range cand {
			if taken[i] {
				continue
			}
			k = i
			if x -= c.w; x < 0 {
				break
			}
		}
		if k < 0 {
			break
		}
		taken[k] = true
		total -= cand[k].w
		ai := cand[k].ai
		if has(ai) {
			continue
		}
		out = append(out, ai)
		ws = append(ws, zipf(len(ws), 0.7))
		if ai.kind == graph.KindPerson && len(ai.leads) > 0 && r.Float64() < 0.85 {
			if t := ai.leads[r.IntN(len(ai.leads))]; !has(t) && len(out) < 15 {
				out = append(out, t)
				ws = append(ws, zipf(len(ws), 0.7))
				if i, ok := idx[t]; ok && !taken[i] {
					taken[i] = true
					total -= cand[i].w
				}
			}
		}
	}
	return out, ws
}

// hashString is FNV-1a.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// splitmix64 mixes the bits of x.
func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// inDefault reports whether the default lexicon knows the actor id.
func inDefault(def *lexicon.Lexicon, id string) bool {
	_, ok := def.Actor(id)
	return ok
}
