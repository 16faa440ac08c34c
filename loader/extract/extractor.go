package extract

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// The extractor's name and version, recorded in every evidence record and
// in the fingerprint.
const (
	Name    = "rules"
	Version = "1"
	// ID is Name/Version, the value of graph.Evidence.Extractor.
	ID = Name + "/" + Version
)

// Confidence values given to evidence (see the package documentation).
const (
	ConfidenceAsserted = 0.6 // a trigger between two actors, not hedged
	ConfidenceHedged   = 0.4 // the same in a hedged sentence
	FallbackPenalty    = 0.1 // taken off when a fallback pattern fired (…/between, …/kinds)
)

const (
	maxAttributionToks = 12 // longest attribution kept, in words
	supplyLookahead    = 8  // words searched after the later actor for what is supplied
	maxGap             = 12 // most words between a trigger and an actor it relates
	maxGroup           = 8  // most actors taken from one list ("X, Y and Z")
	maxCreditName      = 80 // most bytes of a name before "/AGENCY" in a credit
)

// Extractor is the default extractor: a gazetteer of the lexicon's actors
// and per-language trigger phrases within one sentence. It implements the
// loader's Extractor interface. It is immutable and safe for concurrent
// use; build it once with [New].
type Extractor struct {
	lex         *lexicon.Lexicon
	fingerprint string
	gaz         map[string][]*gazEntry
	trie        *gazNode                  // the forms of gaz, word by word
	words       map[string]*wordInfo      // every word of a form or a phrase
	wordTab     *wordTable                // words, for markWords
	setWords    int                       // the number of 64-bit words of the phrase sets' ids (doc.summarise)
	setNZ       []setWord                 // the words of the wordInfos' setIDs that are not zero (wordInfo.nzAt)
	states      map[string]*lexicon.Actor // ISO country code → its state
	langs       map[string]*langData
	all         *langData // every language, for a text whose language is unknown
	agencies    phrases
	places      phrases              // place_names of every language: no actor inside ("Lake Chad")
	givenNames  map[string]bool      // given_name_forms of every language, folded: "Amal" of "Amal Clooney" names no actor
	known       func(id string) bool // whether the lexicon has an actor of this id
	// nameHeads holds, per lexicon actor, the first and last folded word
	// of each of its forms: the nouns that head its names (headedAntecedent).
	nameHeads map[*lexicon.Actor][]string
	stateFn   func(code string) *lexicon.Actor       // stateOf, made once
	actorFn   func(id string) (*lexicon.Actor, bool) // lex.Actor, made once
	wings     map[string]*lexicon.Actor              // a movement's armed wing by the movement's id (Actor.WingOf; wing20.go)
	// ambiguous holds the folded words of forms that name several
	// actors ("SNA": the Syrian or the Somali National Army), with the
	// actors they name, the preferred first (resolveAmbiguous).
	ambiguous map[string][]*lexicon.Actor
	// ambiguousActors holds the actors of ambiguous's lists.
	ambiguousActors map[*lexicon.Actor]bool
	// aliases holds the aliases of each of the lexicon's actors, keyed by
	// the actor record, so that claimActors knows a lexicon actor and its
	// aliases in one lookup with no string to hash.
	aliases map[*lexicon.Actor][]string
}

// gazEntry is one form of one actor, compiled.
type gazEntry struct {
	pattern
	actor *lexicon.Actor
	form  lexicon.Form
}

// trigEntry is one trigger phrase, compiled.
type trigEntry struct {
	pattern
	trig lexicon.Trigger
	rule string // the trigger's rule name (triggerRule), made once
	// second is the wordInfo of the phrase's second word, or nil for a
	// phrase of one word (indexWords): analyse's trigger loop skips the
	// entry at once when the next token's word is another.
	second *wordInfo
}

// triggerRule is the rule name of the pairs a trigger makes:
// "fr/trigger/supplies/active".
func triggerRule(tr lexicon.Trigger) string {
	return tr.Lang + "/trigger/" + string(tr.Type) + "/" + string(tr.Voice)
}

// langData is the compiled data of one language (or of all of them).
type langData struct {
	codes        []string
	fillers      map[string]bool // words a trigger phrase may hold inside it ("also", « aussi »)
	nounVerbs    map[string]bool // one-word triggers that are also nouns (« arme »): verbs only after an actor, a comma or a cue
	nounVerbCues map[string]bool // the words after which a noun verb is a verb (« qui », « il », « les »)
	stop         map[string]bool
	abbrev       map[string]bool
	months       map[string]int
	datePreps    phrases
	dates        dateData // relative dates, periods, spans without a date (dates.go)
	hedges       phrases
	negations    phrases
	attributions phrases
	passive      phrases
	coord        phrases
	pairLinks    phrases
	determiners  phrases
	equipment    phrases
	credits      phrases
	triggers     map[string][]*trigEntry
	trigID       uint32    // the id of triggers among the trigger sets of the extractor
	idx          int       // the index of this langData in the extractor's (wordInfo.langs)
	rel          *relData  // the data of the relation rules (relate.go)
	disc         *discData // the data of discovery, of actors no dictionary knows (discover.go)
}

// New returns an extractor over a lexicon; nil means [lexicon.Default].
func New(lex *lexicon.Lexicon) *Extractor {
	if lex == nil {
		lex = lexicon.Default()
	}
	reg := &setRegistry{}
	x := &Extractor{
		known:       func(id string) bool { _, ok := lex.Actor(id); return ok },
		lex:         lex,
		fingerprint: ID + "+" + lex.Digest()[:16],
		gaz:         map[string][]*gazEntry{},
		nameHeads:   map[*lexicon.Actor][]string{},
		langs:       map[string]*langData{},
	}
	var entries slab[gazEntry] // the records of x.gaz (see slab)
	for _, a := range lex.Actors() {
		seen := map[string]bool{}
		for _, f := range a.Forms {
			p, ok := compile(f.Text, lexicon.CaseSensitive(f.Text))
			if !ok {
				continue
			}
			k := strings.Join(p.terms, " ") + "|" + strings.Join(p.shapes, " ")
			if seen[k] {
				continue
			}
			seen[k] = true
			x.gaz[p.terms[0]] = append(x.gaz[p.terms[0]], entries.add(gazEntry{p, a, f}))
			x.nameHeads[a] = append(x.nameHeads[a], p.terms[0], p.terms[len(p.terms)-1])
		}
	}
	for _, list := range x.gaz {
		// Longest first; among equals a canonical name before other
		// forms, then by actor id: a fixed rule for ambiguous forms.
		sort.SliceStable(list, func(i, j int) bool {
			a, b := list[i], list[j]
			if len(a.terms) != len(b.terms) {
				return len(a.terms) > len(b.terms)
			}
			an, bn := a.form.Text == a.actor.Name, b.form.Text == b.actor.Name
			if an != bn {
				return an
			}
			return a.actor.ID < b.actor.ID
		})
	}
	trie := &trieBuild{}
	x.aliases = map[*lexicon.Actor][]string{}
	for _, list := range x.gaz {
		for _, e := range list {
			n := trie
			for _, t := range e.terms {
				if n.next == nil {
					n.next = map[string]*trieBuild{}
				}
				if n.next[t] == nil {
					n.next[t] = &trieBuild{}
				}
				n = n.next[t]
			}
			n.entries = append(n.entries, e) // in list order: the preferred first
		}
	}
	x.ambiguous = map[string][]*lexicon.Actor{}
	x.ambiguousActors = map[*lexicon.Actor]bool{}
	var walk func(n *trieBuild)
	walk = func(n *trieBuild) {
		var actors []*lexicon.Actor
		for _, e := range n.entries {
			if !slices.Contains(actors, e.actor) {
				actors = append(actors, e.actor)
			}
		}
		if len(actors) > 1 {
			x.ambiguous[strings.Join(n.entries[0].terms, " ")] = actors
			for _, a := range actors {
				x.ambiguousActors[a] = true
			}
		}
		for _, next := range n.next {
			walk(next)
		}
	}
	walk(trie)
	x.states = map[string]*lexicon.Actor{}
	for _, a := range lex.Actors() {
		if l, ok := lex.Actor(a.ID); ok && l == a {
			x.aliases[a] = a.Aliases()
		}
		if a.Kind == graph.KindState && a.Country != "" && x.states[a.Country] == nil {
			x.states[a.Country] = a
		}
	}
	var all []*lexicon.Language
	for _, code := range lex.Languages() {
		lg := lex.Language(code)
		all = append(all, lg)
		x.langs[code] = compileLangs(reg, lg)
	}
	x.all = compileLangs(reg, all...)
	for _, ld := range x.langs {
		ld.rel.formTitles = formTitleHeads(lex.Actors(), ld)
	}
	x.all.rel.formTitles = formTitleHeads(lex.Actors(), x.all)
	x.agencies = newPhrases(reg, lex.CreditAgencies())
	var places []string
	for _, lg := range all {
		places = append(places, lg.PlaceNames...)
	}
	x.places = newPhrases(reg, places)
	x.givenNames = map[string]bool{}
	for _, lg := range all {
		for _, w := range lg.GivenNameForms {
			x.givenNames[graph.Fold(w)] = true
		}
	}
	x.stateFn = x.stateOf
	x.actorFn = x.lex.Actor // a method value made per sentence is an allocation
	x.wings = map[string]*lexicon.Actor{}
	for _, a := range lex.Actors() {
		if a.WingOf != "" {
			x.wings[a.WingOf] = a
		}
	}
	for _, ld := range reg.langs {
		for k, ps := range ld.hotSets() {
			reg.hot(k, ps)
		}
	}
	reg.hot(len(x.all.hotSets()), &x.places)
	// Every phrase set is built: one lookup per word of a text gives its
	// forms and the phrases that may start there.
	x.indexWords(reg, trie)
	return x
}

// compileLangs compiles the data of one or more languages into one set.
func compileLangs(reg *setRegistry, langs ...*lexicon.Language) *langData {
	ld := &langData{
		stop: map[string]bool{}, abbrev: map[string]bool{}, months: map[string]int{}, fillers: map[string]bool{},
		nounVerbs: map[string]bool{}, nounVerbCues: map[string]bool{},
		datePreps: newPhraseSet(reg), hedges: newPhraseSet(reg), negations: newPhraseSet(reg), attributions: newPhraseSet(reg),
		passive: newPhraseSet(reg), coord: newPhraseSet(reg), pairLinks: newPhraseSet(reg), determiners: newPhraseSet(reg),
		equipment: newPhraseSet(reg), credits: newPhraseSet(reg), triggers: map[string][]*trigEntry{},
	}
	add := func(ps phrases, list []string) {
		for _, s := range list {
			ps.add(s, false)
		}
	}
	for _, lg := range langs {
		ld.codes = append(ld.codes, lg.Code)
		for _, w := range lg.Stopwords {
			ld.stop[graph.Fold(w)] = true
		}
		for _, w := range lg.Abbreviations {
			ld.abbrev[graph.Fold(w)] = true
		}
		for _, w := range lg.TriggerFillers {
			ld.fillers[graph.Fold(w)] = true
		}
		for _, w := range lg.NounVerbs {
			ld.nounVerbs[graph.Fold(w)] = true
		}
		for _, w := range lg.NounVerbCues {
			ld.nounVerbCues[strings.TrimRight(graph.Fold(w), "'")] = true // « qu' » is the word « qu »
		}
		for m, n := range lg.Months {
			ld.months[graph.Fold(m)] = n
		}
		add(ld.datePreps, lg.DatePrepositions)
		ld.dates.add(reg, lg)
		add(ld.hedges, lg.Hedges)
		add(ld.negations, lg.Negations)
		add(ld.attributions, lg.Attributions)
		add(ld.passive, lg.PassiveMarkers)
		add(ld.coord, lg.Coordinators)
		add(ld.pairLinks, lg.PairLinks)
		add(ld.determiners, lg.Determiners)
		add(ld.equipment, lg.Equipment)
		add(ld.credits, lg.Credits)
		for _, tr := range lg.Triggers {
			p, ok := compile(tr.Phrase, false)
			if !ok {
				continue
			}
			ld.triggers[p.terms[0]] = append(ld.triggers[p.terms[0]], reg.trigs.add(trigEntry{pattern: p, trig: tr, rule: triggerRule(tr)}))
		}
		// a departure is a member_of trigger whose evidence is negated
		for _, phrase := range lg.Leaving {
			p, ok := compile(phrase, false)
			if !ok {
				continue
			}
			tr := lexicon.Trigger{Lang: lg.Code, Type: graph.MemberOf, Voice: lexicon.Active, Phrase: phrase}
			ld.triggers[p.terms[0]] = append(ld.triggers[p.terms[0]], reg.trigs.add(trigEntry{pattern: p, trig: tr, rule: triggerRule(tr)}))
		}
	}
	ld.rel = compileRel(reg, langs...)
	ld.disc = compileDiscover(reg, ld, langs...)
	for _, list := range ld.triggers {
		// Longest first; among equals the data order (languages in code
		// order, types in graph.RelTypes order, active before passive).
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].terms) > len(list[j].terms) })
	}
	reg.triggers = append(reg.triggers, ld.triggers)
	ld.trigID = uint32(len(reg.triggers))
	ld.idx = len(reg.langs)
	ld.rel.setRuleWords(ld)
	if len(ld.codes) > 0 {
		ld.rel.roleLang = ld.codes[0]
		ld.rel.titleLeads = ld.codes[0] + "/title/leads"
		for k, t := range graph.RelTypes[:min(len(graph.RelTypes), len(ld.rel.roleRule))] {
			ld.rel.roleRule[k] = ld.codes[0] + "/role/" + string(t)
		}
	}
	reg.langs = append(reg.langs, ld)
	return ld
}

// langData returns the data of a language, or of every language when
// code has none.
func (x *Extractor) langData(code string) *langData {
	if ld := x.langs[code]; ld != nil {
		return ld
	}
	return x.all
}

// Fingerprint returns the extraction fingerprint: "rules/1+" and the
// first 16 hex digits of the lexicon's digest (user dictionaries
// included). Articles extracted with another fingerprint are re-extracted.
func (x *Extractor) Fingerprint() string { return x.fingerprint }

// FormerNames returns the names this extractor's family had before:
// articles extracted by "simple" are extracted again by reextract.
func (x *Extractor) FormerNames() []string { return []string{"simple"} }

// Lexicon returns the lexicon the extractor matches against.
func (x *Extractor) Lexicon() *lexicon.Lexicon { return x.lex }

// Language identifies the language of a text from the stopwords of each
// language with data: the language with the most stopword occurrences,
// or "" when none occurs or two languages tie.
func (x *Extractor) Language(text string) string {
	return x.detect(newDoc(text))
}

func (x *Extractor) detect(d *doc) string {
	best, bestN, tie := "", 0, false
	for _, code := range x.lex.Languages() {
		ld := x.langs[code]
		n := 0
		for i := range d.toks {
			if d.is(i, ld, classStop) {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = code, n, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// ErrNoArticle is returned by [Extractor.Extract] when given a nil article.
var ErrNoArticle = errors.New("extract: nil article")

// Extract reads one article and returns its claims: every actor of the
// lexicon it mentions and the relations its sentences state, each with its
// evidence. The article is copied into the claims with its content hash
// and the extractor's fingerprint set, and its language when it had none
// and one was identified. The same article and lexicon always give the
// same claims. Extract returns ctx's error if ctx is done.
//
// A fault of the rules on some text (a panic) does not reach the caller:
// Extract returns an [ErrInternal] error naming the article, so that a
// load goes on with the next one and the text can be reported.
func (x *Extractor) Extract(ctx context.Context, a *graph.Article) (c *graph.Claims, err error) {
	defer func() {
		if v := recover(); v != nil {
			c, err = nil, fmt.Errorf("extract %s (%q): %w: %v", a.ID, a.Title, ErrInternal, v)
		}
	}()
	return x.extract(ctx, a, nil)
}

// ErrInternal is wrapped by the error [Extractor.Extract] returns when
// its rules fail on an article (a bug: please report the article).
var ErrInternal = errors.New("internal error of the extractor")

// extractFault, when not nil, is called at the start of each extraction
// (tests: a fault of the rules).
var extractFault func(a *graph.Article)

// extract is Extract; view, when not nil, is called after each sentence
// with what the rules read in it and the mentions found before the rules
// chose among them (Read).
func (x *Extractor) extract(ctx context.Context, a *graph.Article, view func(d *doc, ld *langData, si int, s span, sent sentence, found []mention)) (*graph.Claims, error) {
	if a == nil {
		return nil, ErrNoArticle
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract %s: %w", a.ID, err)
	}
	d := newPooledDoc(a.Text)
	defer func() {
		if v := recover(); v != nil {
			panic(v) // a fault: the document is not put back in the pool
		}
		d.release()
	}()
	if extractFault != nil {
		extractFault(a)
	}
	lang := a.Lang
	var ld *langData
	if lang == "" {
		x.markWords(d)
		lang = x.detect(d)
		ld = x.langData(lang)
		d.classify(ld)
	} else {
		ld = x.langData(lang)
		x.markClassify(d, ld) // markWords and classify in one pass
	}
	x.markCredits(d, ld)

	art := *a
	if h, ok := graph.KnownContentHash(a); ok {
		art.ContentHash = h // the reader's (loader), for this very text
	} else if d.nfc {
		art.ContentHash = graph.NormalContentHash(a.Text)
	} else {
		art.ContentHash = graph.ContentHash(a.Text)
	}
	art.Fingerprint = x.fingerprint
	art.Lang = lang
	c := &graph.Claims{Version: graph.ClaimsVersion, Article: art, Actors: []graph.ClaimActor{}, Relations: []graph.ClaimRelation{}}

	rels := d.relIdx // index in relBuf
	if rels == nil {
		rels = map[graph.RelKey]int{}
		d.relIdx = rels
	}
	relBuf, evBuf := d.relBuf[:0], d.evBuf[:0] // the relations, and their evidence in order of finding
	sents := d.sentences(ld)
	d.summariseAll(sents, x.setWords, x.setNZ)
	allMentions := x.findMentions(d, ld, sents)
	names := d.names[:0] // every mention, for the actors' counts and surface forms
	if total := len(d.mbuf) + len(d.mbuf)/2 + 8; cap(names) < total {
		names = make([]naming, 0, total) // the gazetteer's mentions, and room for the others
	}
	// the home state counts who acts and where, not origins (blind.go)
	home := homeState(d, ld, allMentions)
	// the last actor of each kind named so far; the actors and lists
	// named so far, for counted anaphors; person id -> the state they
	// lead, from the leads relations so far
	mem, recent, heads := d.articleState()
	mem.nameHeads = x.nameHeads
	mem.lex = x.lex
	if d.named == nil {
		d.named = map[string]bool{}
	}
	mem.named = d.named
	var lastNamed *lexicon.Actor // a run of mentions of one actor is written once
	for _, ms := range allMentions {
		for _, m := range ms {
			if m.actor != lastNamed {
				lastNamed = m.actor
				if !mem.named[m.actor.ID] { // (a read costs less than a write)
					mem.named[m.actor.ID] = true
				}
			}
		}
	}
	x.titleInstitutions(a.Title, ld, mem)
	mem.date = a.Date.String()
	x.recordTitles(d, ld, sents, allMentions, mem.date, mem)
	order := 0
	d.sentIdx, d.sentCount = nil, len(sents) // the claims keep the last article's
	for si, s := range sents {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("extract %s: %w", a.ID, err)
		}
		sent := x.analyse(d, ld, si, s, allMentions[si], home, recent, mem, a.Date)
		for _, m := range sent.mentions {
			// "le groupe" is no name of the actor: an anaphor counts as a
			// mention, not as a surface form.
			names = append(names, naming{m.actor, m.form.Text, m.form.Role == roleAnaphor, len(names)})
			if m.actor.Kind != graph.KindPerson && m.form.Role != lexicon.RoleDemonym {
				order++
				recent[m.actor.Kind] = recentActor{m.actor, order}
				mem.remember(m.actor)
			}
			if m.actor == home {
				mem.homeSeen = mem.sentence + 1
			} else if m.actor.Kind == graph.KindState {
				mem.otherSeen = mem.sentence + 1
			}
		}
		mem.prevSubject, mem.prevIntro, mem.prevFeats, mem.prevPossessor = nil, false, 0, false // see maxSubjectOpening
		mem.prevClitic, mem.cliticObject = mem.cliticObject, nil
		if sa, sb := d.sentenceTokens(s); len(sent.mentions) > 0 {
			first := 0
			for j, m := range sent.mentions[1:] {
				if m.ts-sa > maxInvertedOpening {
					break
				}
				if cleftSubject(d, ld, sa, m) {
					// "In the Diffa region of Niger, it is ISWAP that":
					// the cleft's focus, not the place before it
					first = j + 1
					break
				}
			}
			if m := sent.mentions[first]; m.ts-sa <= maxSubjectOpening || afterIntroduction(d, ld, sa, m) || invertedSubject(d, ld, sa, m) {
				mem.prevSubject, mem.prevFeats = m.actor, mentionFeats(d, ld, sa, m)
				mem.prevIntro = m.ts-sa > maxSubjectOpening && !invertedSubject(d, ld, sa, m)
				mem.prevPossessor = m.te+1 < sb && ld.rel.has(d, m.te, rwPossessiveSuffix) && d.norm[d.toks[m.te-1].end:d.toks[m.te].start] == "'"
				if t := appositionTopic(d, ld, sa, sb, sent.mentions); t >= 0 {
					// "La mission de la SADC en RDC, la SAMIDRC, ...": the
					// SAMIDRC
					mem.prevSubject, mem.prevFeats = sent.mentions[t].actor, mentionFeats(d, ld, sa, sent.mentions[t])
				}
			}
		}
		mem.rememberLists(d, ld, sent.mentions)
		mem.rememberInstitutions(d, ld, sent.mentions, false)
		order = promoteAffiliates(sent, recent, mem, order)
		for _, m := range sent.mentions {
			// the lexicon's heads of state named in the article
			// ("President Putin sent troops": Russia's)
			if _, ok := heads[m.actor.ID]; !ok && m.actor.Kind == graph.KindPerson && len(m.actor.Leads) > 0 {
				if st, ok := x.lex.Actor(m.actor.LedAt(mem.date)); ok && st.Kind == graph.KindState && mem.named[st.ID] {
					heads[m.actor.ID] = st.ID
				}
			}
		}
		sent.relations = actForState(sent, heads)
		if view != nil {
			view(d, ld, si, s, sent, allMentions[si])
		}
		mem.rememberParts(sent)
		mem.rememberRecipients(sent)
		mem.rememberOrgs(sent.mentions)
		for _, r := range sent.relations {
			key := graph.RelKey{From: r.from, Type: r.typ, To: r.to}
			i, ok := rels[key]
			if !ok {
				i = len(relBuf)
				rels[key] = i
				relBuf = append(relBuf, graph.ClaimRelation{From: r.from, Type: r.typ, To: r.to})
			}
			evBuf = append(evBuf, relEvidence{i, r.ev, r.ended, r.standing, r.border, r.denial, r.goods, r.admitted})
		}
		if len(sent.relations) == 0 && si > 0 && sent.admitter != nil {
			admitPrevious(evBuf, relBuf, si, sent.admitter, sent.admittedType) // open19.go
		}
		if sa, sb := d.sentenceTokens(s); len(sent.relations) == 0 && si > 0 {
			x, typ := sent.denier, sent.denied
			if x == nil {
				x, typ = bareDenial(d, ld, sa, sb, sent.mentions), ""
			}
			if x != nil {
				// "Iran arms the Houthis. Tehran denies.", "Cairo denied
				// supplying weapons to either side": the previous
				// sentence's assertions of the denier's relations (of
				// the type it denies) are hedged (deny18.go)
				for j := len(evBuf) - 1; j >= 0 && evBuf[j].ev.SentenceIndex != nil && *evBuf[j].ev.SentenceIndex == si-1; j-- {
					r := &relBuf[evBuf[j].rel]
					if typ != "" && (r.Type != typ || r.From != x.ID && !(typ.Symmetric() && r.To == x.ID)) {
						continue
					}
					if !sameGoods(sent.deniedGoods, evBuf[j].ev.Supplied) {
						continue // « Moscou dément avoir livré des avions » after « des armes russes »
					}
					if r.From == x.ID || r.To == x.ID {
						hedgeEvidence(&evBuf[j])
					}
				}
			}
		}
		if sa, sb := d.sentenceTokens(s); reopensBorder(d, ld, sa, sb) {
			reopenBorders(evBuf, relBuf, sent.mentions)
		}
	}
	endStanding(evBuf)
	hedgeDenied(evBuf)
	if len(relBuf) > 0 {
		// one array holds the evidence of every relation, each in the
		// order found: count each relation's, cut the array, then fill it
		evs := make([]graph.ClaimEvidence, len(evBuf))
		for _, e := range evBuf {
			relBuf[e.rel].Evidence = evs[:len(relBuf[e.rel].Evidence)+1]
		}
		at := 0
		for i := range relBuf {
			n := len(relBuf[i].Evidence)
			relBuf[i].Evidence = evs[at : at : at+n]
			at += n
		}
		for _, e := range evBuf {
			rel := &relBuf[e.rel]
			rel.Evidence = append(rel.Evidence, e.ev)
		}
		c.Relations = slices.Clone(relBuf)
	}
	clear(relBuf)
	clear(evBuf)
	d.relBuf, d.evBuf = relBuf[:0], evBuf[:0]
	c.Actors = x.claimActors(names)
	clear(names)
	d.names = names[:0]
	return c, nil
}

// articleState returns the document's memory, map of recent actors and
// map of heads of state, empty, for Extract to fill as it reads the
// article (made at the document's first use, reused after).
func (d *doc) articleState() (*memory, map[graph.Kind]recentActor, map[string]string) {
	if d.mem == nil {
		d.mem, d.recent, d.heads = newMemory(), map[graph.Kind]recentActor{}, map[string]string{}
		return d.mem, d.recent, d.heads
	}
	d.mem.reset()
	clear(d.recent)
	clear(d.heads)
	return d.mem, d.recent, d.heads
}

// actForState records the sentence's leaders of states in heads, then
// makes a leader of a state who deploys troops deploy them for the state:
// "Kenyan President William Ruto sent police officers to Haiti" allies
// Kenya with Haiti; the troops are the state's. Other relations of a
// person stay the person's. A relation the state already has from the
// sentence is not repeated.
func actForState(sent sentence, heads map[string]string) []relation {
	kind := func(id string) graph.Kind {
		for _, m := range sent.mentions {
			if m.actor.ID == id {
				return m.actor.Kind
			}
		}
		return ""
	}
	for _, r := range sent.relations {
		if r.typ == graph.Leads && kind(r.to) == graph.KindState && kind(r.from) == graph.KindPerson {
			heads[r.from] = r.to
		}
	}
	if len(heads) == 0 {
		return sent.relations
	}
	out := sent.relations
	for i, r := range sent.relations {
		if r.typ == graph.Leads || r.typ == graph.MemberOf || !strings.Contains(r.ev.Rule, "/deploy/") {
			continue
		}
		from, to := r.from, r.to
		if s, ok := heads[from]; ok {
			from = s
		}
		if s, ok := heads[to]; ok {
			to = s
		}
		if from == r.from && to == r.to {
			continue
		}
		if from == to || slices.ContainsFunc(sent.relations, func(q relation) bool {
			return q.typ == r.typ && (q.from == from && q.to == to || r.typ.Symmetric() && q.from == to && q.to == from)
		}) {
			out[i].typ = "" // dropped below
			continue
		}
		k := graph.RelKey{From: from, Type: r.typ, To: to}.Canonical() // symmetric: From < To
		out[i].from, out[i].to = k.From, k.To
		out[i].ev.Rule += "/head-of-state"
	}
	return slices.DeleteFunc(out, func(r relation) bool { return r.typ == "" })
}

// titleWeight is what a state named with an institution in the title
// counts, against 1 in the text.
const titleWeight = 3

// titleInstitutions records the states the title names with one of
// their institutions ("Fall of Lashio leaves Myanmar's junta reeling as
// Beijing steps in"): the text's "the junta" is theirs.
func (x *Extractor) titleInstitutions(title string, ld *langData, mem *memory) {
	if title == "" {
		return
	}
	td := newPooledDoc(title)
	defer td.release()
	x.markWords(td)
	mem.rememberInstitutions(td, ld, x.gazetteer(td, ld, 0, len(td.toks)), true)
}

// promoteAffiliates ranks the affiliate of a sentence's member_of
// relation as named after its parent: in "JNIM,
// al-Qaeda's affiliate in the Sahel, claimed the attack", JNIM is the
// topic and al-Qaeda background, so "the attackers" of the next sentence
// are JNIM. It returns the mention order after it.
func promoteAffiliates(sent sentence, recent map[graph.Kind]recentActor, mem *memory, order int) int {
	for _, r := range sent.relations {
		if r.typ != graph.MemberOf {
			continue
		}
		child, parent := sent.pairActors(r.from, r.to)
		if child == nil || parent == nil || child.Kind != parent.Kind || child.Kind == graph.KindPerson || child.Kind == graph.KindState {
			continue
		}
		if ra, ok := recent[child.Kind]; ok && ra.actor.ID == parent.ID {
			order++
			recent[child.Kind] = recentActor{child, order}
		}
		mem.demote(parent, child)
		if !slices.Contains(mem.affiliates[parent.ID], child.ID) {
			if mem.affiliates == nil {
				mem.affiliates = map[string][]string{}
			}
			mem.affiliates[parent.ID] = append(mem.affiliates[parent.ID], child.ID)
		}
	}
	return order
}

// pairActors returns the actors of the sentence's mentions with ids from
// and to (nil when none is mentioned).
func (sent sentence) pairActors(from, to string) (a, b *lexicon.Actor) {
	for _, m := range sent.mentions {
		switch m.actor.ID {
		case from:
			a = m.actor
		case to:
			b = m.actor
		}
	}
	return a, b
}

// relEvidence is one evidence of the relation relBuf[rel] (Extract).
type relEvidence struct {
	rel int
	ev  graph.ClaimEvidence
	// the relation's flags (see relation): ended, standing, border, denial
	ended, standing, border, denial bool
	goods                           string
	admitted                        bool
}

// naming is one mention of an actor: the form that named it, unless it
// was an anaphor.
type naming struct {
	actor   *lexicon.Actor
	form    string
	anaphor bool
	seq     int // the order of the mention in the article
}

// claimActors returns the actors of an article's mentions in id order,
// each with its number of mentions and the forms it was named by, sorted.
// Where one id has several records, the last mentioned is kept.
func (x *Extractor) claimActors(names []naming) []graph.ClaimActor {
	// The names are grouped by actor id without sorting them: an
	// article's mentions name few actors, by few records (a scan of the
	// records seen so far finds a name's group), and only the groups are
	// sorted, then each group's forms.
	type group struct {
		id    string
		last  naming // the name of highest seq
		n     int    // names
		forms int    // names that are no anaphor
		at    int    // where its forms start in surfaces
	}
	var groupBuf [32]group
	var recBuf [32]*lexicon.Actor
	var recGroupBuf [32]int
	groups, recs, recGroup := groupBuf[:0], recBuf[:0], recGroupBuf[:0]
	var giBuf [256]int32
	gi := giBuf[:0] // the group of each name
	if len(names) > len(giBuf) {
		gi = make([]int32, 0, len(names))
	}
	forms := 0
	for _, nm := range names {
		g := -1
		for r, a := range recs {
			if a == nm.actor {
				g = recGroup[r]
				break
			}
		}
		if g < 0 {
			for k := range groups {
				if groups[k].id == nm.actor.ID {
					g = k
					break
				}
			}
			if g < 0 {
				g = len(groups)
				groups = append(groups, group{id: nm.actor.ID, last: nm})
			}
			recs = append(recs, nm.actor)
			recGroup = append(recGroup, g)
		}
		gi = append(gi, int32(g))
		gr := &groups[g]
		gr.n++
		if nm.seq > gr.last.seq {
			gr.last = nm
		}
		if !nm.anaphor {
			gr.forms++
			forms++
		}
	}
	var orderBuf, fillBuf [32]int
	order, fill := orderBuf[:0], fillBuf[:] // the groups in id order; each group's forms copied so far
	if len(groups) > len(fillBuf) {
		fill = make([]int, len(groups))
	}
	for k := range groups {
		order = append(order, k)
	}
	slices.SortFunc(order, func(p, q int) int { return strings.Compare(groups[p].id, groups[q].id) })
	at := 0
	for _, k := range order {
		groups[k].at = at
		at += groups[k].forms
	}
	surfaces := make([]string, forms) // every actor's surface forms, by group in id order
	for i, nm := range names {
		if !nm.anaphor {
			g := gi[i]
			surfaces[groups[g].at+fill[g]] = nm.form
			fill[g]++
		}
	}
	out := make([]graph.ClaimActor, 0, len(groups))
	for _, k := range order {
		gr := &groups[k]
		surface := surfaces[gr.at : gr.at+gr.forms : gr.at+gr.forms]
		slices.Sort(surface)
		surface = slices.Compact(surface) // sorted, each form once
		la := gr.last.actor
		src := graph.SourceDictionary
		aliases, lexActor := x.aliases[la] // actorAliases
		if !lexActor {
			if _, known := x.lex.Actor(la.ID); !known {
				src = graph.SourceExtracted // discovered in the text
			}
			aliases = la.Aliases()
		}
		out = append(out, graph.ClaimActor{
			ID: la.ID, Name: la.Name, Kind: la.Kind, Aliases: aliases,
			Country: la.Country, Wikidata: la.Wikidata, SuccessorOf: la.SuccessorOf,
			Mentions: gr.n, Source: src, Surface: surface,
		})
	}
	return out
}

// gazNode is a node of the trie of forms: the forms whose words lead to
// it end here, in order of preference.
//
// The trie is flat (flattenTrie): its nodes are one array, their entries
// cut from one array of entries and their children from one array of
// gazKid, so that the whole trie is a few large objects rather than a
// map, a node and a slice per node for the garbage collector to mark at
// every cycle.
type gazNode struct {
	entries []*gazEntry
	// kids holds the node's children, sorted by word (a cut of the
	// trie's array of children, no capacity past its end). A node with
	// at most maxGazKids finds a child by a scan of the words' wordInfo
	// (a few pointer comparisons, for a marked document), or by
	// bisection on the words (childWord, for a document not marked).
	kids []gazKid
	// next holds the children of a node with more than maxGazKids
	// (the root and a few others) by word, else nil.
	next map[string]*gazNode
	// plain is entries[0] when it has no capitals shape, else nil: the
	// entry longestForm takes here without reading the entries (whose
	// array and records are two more cache lines per node).
	plain *gazEntry
}

// trieBuild is a node of the trie of forms while New builds it, before
// flattenTrie makes it a gazNode.
type trieBuild struct {
	next    map[string]*trieBuild
	entries []*gazEntry
}

// gazKid is an entry of gazNode.kids.
type gazKid struct {
	word *wordInfo
	node *gazNode
}

// maxGazKids is the most children a node finds by a scan of its kids.
const maxGazKids = 16

// child returns the node after n for a word whose wordInfo is w (nil: a
// word of no form), or nil; n has at most maxGazKids kids.
func (n *gazNode) child(w *wordInfo) *gazNode {
	for _, k := range n.kids {
		if k.word == w {
			return k.node
		}
	}
	return nil
}

// childWord returns the node after n for the folded word w, or nil.
func (n *gazNode) childWord(w string) *gazNode {
	k, ok := slices.BinarySearchFunc(n.kids, w, func(k gazKid, w string) int { return strings.Compare(k.word.word, w) })
	if !ok {
		return nil
	}
	return n.kids[k].node
}

// flattenTrie returns the root of the flat trie of root's forms (see
// gazNode); info returns the wordInfo of a word.
func flattenTrie(root *trieBuild, info func(string) *wordInfo) *gazNode {
	var nodes, kids, entries int
	var count func(n *trieBuild)
	count = func(n *trieBuild) {
		nodes++
		kids += len(n.next)
		entries += len(n.entries)
		for _, c := range n.next {
			count(c)
		}
	}
	count(root)
	na := make([]gazNode, 0, nodes)
	ka := make([]gazKid, 0, kids)
	ea := make([]*gazEntry, 0, entries)
	var fill func(n *trieBuild, to *gazNode)
	fill = func(n *trieBuild, to *gazNode) {
		at := len(ea)
		ea = append(ea, n.entries...)
		to.entries = ea[at:len(ea):len(ea)]
		if len(to.entries) > 0 && to.entries[0].shapes == nil {
			to.plain = to.entries[0]
		}
		words := slices.Sorted(maps.Keys(n.next))
		at = len(ka)
		for _, w := range words {
			na = append(na, gazNode{})
			ka = append(ka, gazKid{info(w), &na[len(na)-1]})
		}
		to.kids = ka[at:len(ka):len(ka)]
		if len(words) > maxGazKids {
			to.next = make(map[string]*gazNode, len(words))
			for _, k := range to.kids {
				to.next[k.word.word] = k.node
			}
		}
		for k, w := range words {
			fill(n.next[w], to.kids[k].node)
		}
	}
	na = append(na, gazNode{})
	fill(root, &na[0])
	return &na[0]
}

// actorAliases returns the aliases of an actor: computed once for the
// lexicon's actors.
func (x *Extractor) actorAliases(a *lexicon.Actor) []string {
	if aliases, ok := x.aliases[a]; ok {
		return aliases
	}
	return a.Aliases()
}

// stateOf returns the state of an ISO 3166 country code, or nil.
func (x *Extractor) stateOf(code string) *lexicon.Actor { return x.states[code] }

// maxSubjectOpening is how far into a sentence (in tokens) its first
// actor may start and still be its subject for a pronoun opening the
// next sentence ("Le 12 mars, le JNIM a attaqué ... . Il a aussi").
const maxSubjectOpening = 6

// maxInvertedOpening is the most words of a fronted phrase and its
// copula before the subject they invert ("At the heart of the crisis is
// the TTP").
const maxInvertedOpening = 12

// invertedSubject reports whether m, the first actor of a sentence
// starting at token sa, is the subject of a copula that a fronted phrase
// with no punctuation puts before it ("At the heart of the crisis is the
// TTP, ... . Its fighters": the TTP's; the phrase opens with a
// preposition), or that a cleft pronoun puts after it (« Dans la région
// de Diffa, c'est l'ISWAP qui », cleft_pronouns): the sentence is about
// it.
func invertedSubject(d *doc, ld *langData, sa int, m mention) bool {
	if cleftSubject(d, ld, sa, m) {
		return true
	}
	p := wordBefore(d, ld, sa, m.ts)
	if p <= sa || m.ts-sa > maxInvertedOpening || !ld.rel.copulas[d.toks[p].fold] || !ld.rel.prepositions[d.toks[sa].fold] {
		return false
	}
	for i := sa + 1; i < m.ts; i++ {
		if strings.Trim(d.norm[d.toks[i-1].end:d.toks[i].start], " '") != "" {
			return false
		}
	}
	return true
}

// cleftSubject reports whether m, an actor of a sentence starting at
// token sa, is the focus of a cleft early in it: a cleft pronoun and a
// copula right before it (« Dans la région de Diffa, c'est l'ISWAP qui
// harcèle l'armée », "In Diffa, it is ISWAP that"; cleft_pronouns).
func cleftSubject(d *doc, ld *langData, sa int, m mention) bool {
	p := wordBefore(d, ld, sa, m.ts)
	return p > sa && m.ts-sa <= maxInvertedOpening && ld.rel.copulas[d.toks[p].fold] && ld.rel.cleft[d.toks[p-1].fold]
}

// afterIntroduction reports whether m, the first actor of a sentence
// starting at token sa, comes right after the comma that closes an
// introductory phrase (« Après le coup d'État de juillet 2023, la junte
// ... a exigé »): its subject for the pronouns inside the next sentence
// (clausePronoun), also past maxSubjectOpening.
func afterIntroduction(d *doc, ld *langData, sa int, m mention) bool {
	p := wordBefore(d, ld, sa, m.ts) + 1
	if p > sa && strings.Contains(d.norm[d.toks[p-1].end:d.toks[p].start], ",") {
		return true
	}
	// the owner of a role opening the clause: « Deux jours après
	// l'attaque, le secrétaire général de Kataeb Hezbollah, Ahmed
	// al-Hamidawi, avait annoncé »
	r := ld.rel
	p = m.ts
	if p-1 <= sa || !r.of[d.toks[p-1].fold] {
		return false
	}
	for q := p - 2; q > sa && q >= p-1-maxIntroRole; q-- {
		if !isLowerWord(d, q) && ld.determiners.at(d, q, q+1, nil) == 0 {
			return false
		}
		if r.leaderRoles.at(d, q, p-1, nil) > 0 || r.memberRoles.at(d, q, p-1, nil) > 0 {
			for s := q - 1; s > sa; s-- {
				if ld.determiners.at(d, s, s+1, nil) == 0 {
					return strings.Contains(d.norm[d.toks[s].end:d.toks[s+1].start], ",")
				}
			}
			return false
		}
	}
	return false
}

// maxIntroRole is the most words of a role before its of-word after an
// introductory phrase (« , le secrétaire général de »).
const maxIntroRole = 3
