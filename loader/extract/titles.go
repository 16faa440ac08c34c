package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// titleRole is a role a person of the article holds (recordTitles): the
// title's folded words ("president", "army chief", « général »), "" for
// the lexicon's leadership in force (any leader title fits, LeaderTitles),
// and the actor the role is of, when the text or the lexicon says.
type titleRole struct {
	person  *lexicon.Actor
	head    string
	of      string // the actor the text names with the title, or ""
	lead    string // the actor the lexicon says the person leads at the date, or ""
	country string // the id of the person's state (lexicon), or ""
	former  bool   // a former title: "former President X" (only "the former president" fits)
	// stateHead: the head is a head of state's or government's title
	// (state_head_titles), which no shorter title stands for.
	stateHead bool
}

// titlePhrase is a title noun phrase at tokens [s, e): its title [hs, he)
// and the mention naming whose title it is (of, an index in the
// sentence's mentions, or -1): a demonym before or after it ("the French
// president", « le président français »), a possessor ("Sudan's army
// chief", poss) or an of-phrase ("the leader of Hezbollah"); inner is a
// mention inside the title (« chef de la junte »: the junta's state), or -1.
type titlePhrase struct {
	s, e, hs, he int
	of, inner    int
	poss         bool
	// former: a former cue right before the phrase ("the former
	// president", « l'ancien président »); lo is then the cue's first token.
	former bool
	lo     int
}

// mentionEnding returns the index of the mention of ms ending at token
// e, or -1.
func mentionEnding(ms []mention, e int) int {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].te == e && ms[k].ts < e {
			return k
		}
	}
	return -1
}

// mentionStarting returns the index of the mention of ms starting at
// token s, or -1.
func mentionStarting(ms []mention, s int) int {
	for k, m := range ms {
		if m.ts == s && m.te > s {
			return k
		}
	}
	return -1
}

// parseTitle reads the title phrase whose title starts at token hs of a
// sentence [a, b) with mentions ms; ok is false when no title of
// coref_titles starts there or a mention straddles it.
func parseTitle(d *doc, ld *langData, a, b, hs int, ms []mention) (tp titlePhrase, ok bool) {
	r := ld.rel
	if !r.corefTitles.may(d, hs) {
		return tp, false
	}
	n := r.corefTitles.at(d, hs, b, nil)
	if n == 0 || r.memberRoles.may(d, hs) && r.memberRoles.at(d, hs, b, nil) > n || r.leaderRoles.may(d, hs) && r.leaderRoles.at(d, hs, b, nil) > n ||
		r.armyHeads.may(d, hs) && r.armyHeads.at(d, hs, b, nil) > n {
		return tp, false // "chief negotiator": a longer role
	}
	if r.memberRoles.endsAt(d, a, hs+n) > n || r.armyHeads.endsAt(d, a, hs+n) > n {
		return tp, false // "deputy commander", "army chief": a longer role ending here
	}
	tp = titlePhrase{s: hs, e: hs + n, hs: hs, he: hs + n, of: -1, inner: -1}
	for k, m := range ms {
		if m.te <= hs || m.ts >= tp.he || m.title {
			continue
		}
		if m.ts < hs || m.actor.Kind == graph.KindPerson || tp.inner >= 0 {
			return tp, false // a name across the title
		}
		tp.inner = k // « chef de la junte », « chef de l'armée soudanaise »
		tp.e = max(tp.e, m.te)
	}
	plain := func(i int) bool { return d.norm[d.toks[i-1].end:d.toks[i].start] == " " }
	if k := mentionEnding(ms, hs); k >= 0 && ms[k].actor.Kind != graph.KindPerson && plain(hs) &&
		(ms[k].form.Role == lexicon.RoleDemonym || ms[k].actor.Kind == graph.KindArmedGroup || ms[k].actor.Kind == graph.KindOrganisation) {
		tp.of, tp.s = k, ms[k].ts // "the French president", "the RSF commander"
	} else if hs-2 >= a && r.has(d, hs-1, rwPossessiveSuffix) && d.norm[d.toks[hs-2].end:d.toks[hs-1].start] == "'" {
		if k := mentionEnding(ms, hs-1); k >= 0 && ms[k].actor.Kind != graph.KindPerson {
			tp.of, tp.s, tp.poss = k, ms[k].ts, true // "Sudan's army chief"
		}
	}
	if e := tp.he; e < b && e == tp.e && plain(e) {
		if k := mentionStarting(ms, e); k >= 0 && ms[k].actor.Kind != graph.KindPerson && ms[k].form.Role == lexicon.RoleDemonym {
			tp.e = ms[k].te // « le président français »
			if tp.of < 0 {
				tp.of = k
			}
		} else if r.has(d, e, rwOf) && tp.of < 0 {
			q := e + 1
			for q < b && q < e+3 && ld.determiners.at(d, q, q+1, nil) == 1 {
				q++
			}
			if k := mentionStarting(ms, q); k >= 0 && ms[k].actor.Kind != graph.KindPerson {
				tp.of, tp.e = k, ms[k].te // "the leader of Hezbollah"
			}
		}
	}
	if tp.of < 0 && tp.inner >= 0 {
		tp.of = tp.inner
	}
	tp.lo = tp.s
	if n := r.former.endsAt(d, a, tp.s); n > 0 {
		tp.former, tp.lo = true, tp.s-n
	}
	return tp, true
}

// titleHead returns the folded words of tokens [s, e) joined by spaces.
func titleHead(d *doc, s, e int) string {
	if e == s+1 {
		return d.toks[s].fold
	}
	var sb strings.Builder
	for i := s; i < e; i++ {
		if i > s {
			sb.WriteByte(' ')
		}
		sb.WriteString(d.toks[i].fold)
	}
	return sb.String()
}

// leadInForce returns the id of the actor a leads at date (the
// leadership then in force, [lexicon.Actor.LedAt]; none that has ended,
// nor any with an end when the date is unknown), or "".
func leadInForce(a *lexicon.Actor, date string) string {
	id := a.LedAt(date)
	if id == "" {
		return ""
	}
	for _, l := range a.Leads {
		if l.ID != id {
			continue
		}
		if n := min(len(l.From), len(date)); l.From != "" && date != "" && l.From[:n] > date[:n] {
			continue // not begun yet
		}
		if l.Until == "" {
			return id
		}
		if date == "" {
			continue // ended, at an unknown date: not in force
		}
		if n := min(len(l.Until), len(date)); date[:n] < l.Until[:n] {
			return id
		}
	}
	return ""
}

// recordTitles records in mem.titles the roles of the persons the
// article names (all, the mentions of every sentence): the title before
// the name ("President Emmanuel Macron", « le général Assimi Goïta »,
// "French President X", « le président malien X »; also inside the
// lexicon's form, "President Macron"), in apposition after it ("X,
// Sudan's army chief,", "X, the leader of Hezbollah,") or before it
// (« Le président de la transition, X, »), and for a person of the
// lexicon its leadership in force at the date and the titles of its
// forms (head "" for any leader title).
func (x *Extractor) recordTitles(d *doc, ld *langData, sents []span, all [][]mention, date string, mem *memory) {
	r := ld.rel
	mem.titles = mem.titles[:0]
	seen := map[string]bool{}
	add := func(p *lexicon.Actor, head, of string, former bool) {
		t := titleRole{person: p, head: head, of: of, former: former, stateHead: r.stateHeadFolds[head]}
		if p.Country != "" {
			if st := x.stateOf(p.Country); st != nil {
				t.country = st.ID
			}
		}
		if len(p.Leads) > 0 {
			t.lead = leadInForce(p, date)
		}
		for _, o := range mem.titles {
			if o == t {
				return
			}
		}
		mem.titles = append(mem.titles, t)
	}
	ofID := func(ms []mention, tp titlePhrase) string {
		if tp.of < 0 {
			return ""
		}
		return ms[tp.of].actor.ID
	}
	for si, s := range sents {
		ms := all[si]
		var a, b int
		for _, p := range ms {
			if p.actor.Kind != graph.KindPerson {
				continue
			}
			if a == b {
				a, b = d.sentenceTokens(s)
			}
			if !seen[p.actor.ID] {
				seen[p.actor.ID] = true
				if len(p.actor.Leads) > 0 && leadInForce(p.actor, date) != "" {
					add(p.actor, "", "", false)
				}
				heads, ok := r.formTitles[p.actor.ID]
				if !ok {
					heads = titleHeadsOf(p.actor, ld) // a person no dictionary knows
				}
				for _, h := range heads {
					add(p.actor, h, "", false)
				}
			}
			// "President Macron" matched whole
			if n := r.corefTitles.at(d, p.ts, p.te, nil); n > 0 && n < p.te-p.ts {
				of := ""
				if k := mentionEnding(ms, p.ts); k >= 0 && ms[k].form.Role == lexicon.RoleDemonym {
					of = ms[k].actor.ID
				}
				add(p.actor, titleHead(d, p.ts, p.ts+n), of, r.former.endsAt(d, a, p.ts) > 0)
			}
			// a title before the name, a demonym between them or not
			q := p.ts
			if k := mentionEnding(ms, q); k >= 0 && ms[k].form.Role == lexicon.RoleDemonym && ms[k].actor.Kind != graph.KindPerson {
				q = ms[k].ts
			}
			if q > a && d.norm[d.toks[q-1].end:d.toks[q].start] == " " {
				if n := r.corefTitles.endsAt(d, a, q); n > 0 {
					if tp, ok := parseTitle(d, ld, a, b, q-n, ms); ok && tp.he == q {
						add(p.actor, titleHead(d, tp.hs, tp.he), ofID(ms, tp), tp.former)
					}
				}
			}
			// an apposition after the name: "X, the leader of Y,"
			if p.te < b && strings.HasPrefix(d.norm[d.toks[p.te-1].end:d.toks[p.te].start], ",") {
				q, indef := p.te, false
				for q < b && ld.determiners.at(d, q, q+1, nil) == 1 {
					indef = indef || r.has(d, q, rwIndefinite)
					q++
				}
				if indef {
					q = b // "X, a senior Hezbollah commander,": one of several
				}
				for j := q; j < b && j < q+4; j++ {
					if j > q && strings.ContainsAny(d.norm[d.toks[j-1].end:d.toks[j].start], ",;:()") {
						break
					}
					if !d.startsAny(j, r.corefTitles.bit) {
						continue
					}
					if tp, ok := parseTitle(d, ld, a, b, j, ms); ok {
						if tp.lo == q || tp.lo > q && q > p.te && lowerRun(d, q, tp.lo) {
							add(p.actor, titleHead(d, tp.hs, tp.he), ofID(ms, tp), tp.former)
						}
						break
					}
				}
			}
			// an apposition before it: « Le président de la transition, X, »
			if p.ts-1 > a && strings.HasPrefix(d.norm[d.toks[p.ts-1].end:d.toks[p.ts].start], ",") {
				for j := p.ts - 1; j >= a && j >= p.ts-8; j-- {
					if j < p.ts-1 && strings.ContainsAny(d.norm[d.toks[j].end:d.toks[j+1].start], ",;:()") {
						break
					}
					if !d.startsAny(j, r.corefTitles.bit) {
						continue
					}
					if tp, ok := parseTitle(d, ld, a, b, j, ms); ok && tp.e == p.ts && (tp.poss || tp.lo == a || r.has(d, tp.lo-1, rwDefinite)) {
						add(p.actor, titleHead(d, tp.hs, tp.he), ofID(ms, tp), tp.former)
						break
					}
				}
			}
		}
	}
}

// lowerRun reports whether tokens [s, e) are all written in lower case
// ("X, the powerful army chief").
func lowerRun(d *doc, s, e int) bool {
	if e-s > 2 {
		return false
	}
	for i := s; i < e; i++ {
		if !isLowerWord(d, i) {
			return false
		}
	}
	return true
}

// fits reports whether role t fits a title of head whose owner is the
// actor of (or ""); generic: the title is one any leader fits.
func (t *titleRole) fits(head, of string, generic, former bool) bool {
	switch {
	case t.former != former:
		return false // "the president" is not "former President X"
	case t.head == "":
		// the lexicon's leader: of what he leads, not of his country
		// ("the Sudanese leader" is not Hemedti, who leads the RSF)
		return generic && t.lead != "" && (of == "" || of == t.lead)
	case t.head != head && (t.stateHead || !strings.HasSuffix(t.head, " "+head)):
		return false // "the minister" fits "defence minister", not "prime minister"
	}
	return of == "" || of == t.of || t.of == "" && (of == t.lead || of == t.country)
}

// titleMentions adds to ms (sorted, of tokens [a, b)) the titles that
// stand for a person of the article (mem.titles, recordTitles): a title
// of coref_titles after a definite article or a possessor, with no name
// after it nor before it in apposition ("the French president", "the
// RSF commander", "Sudan's de facto leader", "the general"), when exactly
// one person the article names fits it and the sentence does not name
// that person: holds that title (or one it ends: "the minister" for
// "defence minister"; any leader of the lexicon for a title of
// leader_titles), former or not as the title is, and, when the title
// names whose it is, is that actor's (as introduced, else by the
// person's country or the lexicon's leadership). The mention covers the
// title. Not a title followed by an of-phrase naming no actor (« le
// président du parti »), nor one holding a mention (« le chef de la
// junte », "the army chief": the state's institution, as before).
func titleMentions(d *doc, ld *langData, a, b int, ms []mention, mem *memory) []mention {
	r := ld.rel
	if mem == nil || len(mem.titles) == 0 || d.none(r.corefTitles, a, b) {
		return ms
	}
	add := d.addBuf[:0] // the document's, taken back after the merge
	for i := a; i < b; i++ {
		if i = d.nextStart(i, b, r.corefTitles.bit); i == b {
			break // resolveTitle's first test, without the call
		}
		tp, found := resolveTitle(d, ld, a, b, i, ms, mem)
		if tp.he > i {
			i = tp.he - 1
		}
		if found == nil || ownerActs(ms, tp) {
			continue
		}
		add = append(add, mention{ts: tp.hs, te: tp.he, actor: found, form: lexicon.Form{Text: d.tokenText(tp.hs, tp.he), Role: roleAnaphor}, title: true})
	}
	out := d.mergeMentions(ms, add)
	d.addBuf = add[:0]
	return out
}

// ownerActs reports whether the title names its owner with a name before
// it ("the RSF commander", "Sudan's de facto leader"): the owner, an
// argument of the triggers as before, stays the sentence's actor, and
// the title only says who leads it (titleRules); a demonym ("the French
// president") is no argument, and the person is.
func ownerActs(ms []mention, tp titlePhrase) bool {
	return tp.of >= 0 && ms[tp.of].te <= tp.hs && ms[tp.of].form.Role != lexicon.RoleDemonym
}

// resolveTitle returns the title phrase whose title starts at token i of
// a sentence [a, b) with mentions ms, and the person it stands for (nil
// when none; titleMentions).
func resolveTitle(d *doc, ld *langData, a, b, i int, ms []mention, mem *memory) (titlePhrase, *lexicon.Actor) {
	r := ld.rel
	if !r.corefTitles.may(d, i) {
		return titlePhrase{}, nil // (parseTitle would find no title)
	}
	n := r.corefTitles.at(d, i, b, nil)
	for _, m := range ms {
		if m.ts < i && i < m.te || m.ts == i && (m.te > i+n || m.actor.Kind == graph.KindPerson) {
			return titlePhrase{}, nil // a name holding the word; not « la junte » inside « chef de la junte »
		}
	}
	tp, ok := parseTitle(d, ld, a, b, i, ms)
	if !ok {
		return titlePhrase{}, nil
	}
	if tp.inner >= 0 {
		return tp, nil // « le chef de la junte », "the army chief": the state's institution acts, as before
	}
	if !tp.poss && (tp.lo <= a || !r.has(d, tp.lo-1, rwTitleArticles)) {
		return tp, nil // "a general", "President X", "its leader"
	}
	if p := tp.lo - 1; !tp.poss && p > a && (r.has(d, p-1, rwCopulas) || r.titlePredicates.endsAt(d, a, p) > 0) ||
		tp.poss && tp.s > a && (r.has(d, tp.s-1, rwCopulas) || r.titlePredicates.endsAt(d, a, tp.s) > 0) {
		return tp, nil // "X denied being the leader of Senegal", "X is Sudan's army chief": a predicate
	}
	if tp.e < b && tp.of < 0 && r.has(d, tp.e, rwOf) {
		return tp, nil // « le président du parti », "the head of the delegation": another's
	}
	if tp.e < b {
		gap := d.norm[d.toks[tp.e-1].end:d.toks[tp.e].start]
		if gap == " " && !isLowerWord(d, tp.e) {
			return tp, nil // « le général Assimi Goïta »: a name
		}
		if gap == " " && r.titleCompounds.at(d, tp.e, b, nil) > 0 {
			return tp, nil // "the general election", "the head office": a modifier
		}
		if strings.HasPrefix(gap, ",") {
			if k := mentionStarting(ms, tp.e); k >= 0 && ms[k].actor.Kind == graph.KindPerson {
				return tp, nil // "the French president, Emmanuel Macron,"
			}
		}
	}
	if p := tp.lo - 1; !tp.poss && p > a && strings.HasPrefix(d.norm[d.toks[p-1].end:d.toks[p].start], ",") {
		if k := mentionEnding(ms, p); k >= 0 && ms[k].actor.Kind == graph.KindPerson {
			return tp, nil // "Emmanuel Macron, the French president,"
		}
	}
	of := ""
	if tp.of >= 0 {
		of = ms[tp.of].actor.ID
	}
	head := titleHead(d, tp.hs, tp.he)
	generic := r.leaderTitles.at(d, tp.hs, tp.he, nil) == tp.he-tp.hs
	var found *lexicon.Actor
	for k := range mem.titles {
		if mem.titles[k].fits(head, of, generic, tp.former) {
			found = mem.titles[k].person
			break
		}
	}
	if found == nil && !generic && ownedLeaderTitle(d, r, b, tp) && !slices.ContainsFunc(ms, func(m mention) bool { return m.actor.Kind == graph.KindPerson }) {
		// "The Malian president", "the RSF commander": a leader's role or
		// a head of state's title whose owner the title names, with no
		// person in its sentence, fits the person the lexicon has lead
		// that owner, as a generic title does (probe18.go)
		generic = true
		for k := range mem.titles {
			if mem.titles[k].fits(head, of, generic, tp.former) && !otherTitle(mem.titles, mem.titles[k].person, head) {
				found = mem.titles[k].person
				break
			}
		}
	}
	if found == nil || ambiguous(mem.titles, found, head, of, generic, tp.former) {
		return tp, nil // none, or two persons fit
	}
	if slices.ContainsFunc(ms, func(m mention) bool { return m.actor.ID == found.ID }) {
		return tp, nil // "X ... as Syria's interim president": the sentence's rules relate them
	}
	return tp, found
}

// ambiguous reports whether a person other than p fits the title.
func ambiguous(ts []titleRole, p *lexicon.Actor, head, of string, generic, former bool) bool {
	for k := range ts {
		if ts[k].person.ID != p.ID && ts[k].fits(head, of, generic, former) {
			return true
		}
	}
	return false
}

// titleRules finds the leads a title standing for a person states when
// it names whose title it is and the person leads that actor ("the
// French president said", « le chef de la junte malienne »; the lexicon's
// leadership in force, the text's introduction or the person's country;
// ".../role/leads/title"): a leader role (leader_roles), not an army
// head's (army_head_roles), nor a former one ("the former president").
func (c *sctx) titleRules(lang string) []pairCand {
	d, r := c.d, c.ld.rel
	if c.mem == nil || len(c.mem.titles) == 0 || d.none(r.corefTitles, c.a, c.b) {
		return nil
	}
	var out []pairCand
	leads := func(from *lexicon.Actor, tp titlePhrase) bool {
		hs, he := tp.hs, tp.he
		if r.leaderRoles.endsAt(d, hs, he) == 0 && r.leaderTitles.at(d, hs, he, nil) != he-hs {
			return false
		}
		if r.armyHeads.at(d, hs, c.b, nil) > 0 || tp.former || c.former(hs) || tp.of < 0 {
			return false
		}
		o := c.ms[tp.of].actor
		if o.Kind == graph.KindState && r.stateHeads.at(d, hs, he, nil) != he-hs && r.leaderTitles.at(d, hs, he, nil) != he-hs {
			return false // "the Malian commander": a state's commander leads nothing
		}
		return o.ID == leadInForce(from, c.mem.date) || o.ID == c.mem.titleOf(from, o.ID)
	}
	for k, m := range c.ms {
		if !m.title {
			continue
		}
		if tp, ok := parseTitle(d, c.ld, c.a, c.b, m.ts, c.ms); ok && tp.of != k && leads(m.actor, tp) {
			out = append(out, pairCand{from: k, to: tp.of, typ: graph.Leads, ts: m.ts, te: m.te, rule: lang + "/role/leads/title"})
		}
	}
	// "the RSF commander", "Sudan's de facto leader": the owner stays the
	// actor, the person is named for the leads only
	for i := c.a; i < c.b; i++ {
		if i = d.nextStart(i, c.b, r.corefTitles.bit); i == c.b {
			break // resolveTitle's first test, without the call
		}
		tp, p := resolveTitle(d, c.ld, c.a, c.b, i, c.ms, c.mem)
		if tp.he > i {
			i = tp.he - 1
		}
		if p == nil || !ownerActs(c.ms, tp) || !leads(p, tp) {
			continue
		}
		from := c.addExtra(mention{ts: tp.hs, te: tp.hs, actor: p, form: lexicon.Form{Text: p.Name, Role: roleAnaphor}})
		out = append(out, pairCand{from: from, to: tp.of, typ: graph.Leads, ts: tp.hs, te: tp.he, rule: lang + "/role/leads/title"})
	}
	return out
}

// officialState returns the state a person acts for as its official:
// the state the article names with the person's official title
// (official_titles: "Turkish Defence Minister X", "X, the Turkish defence
// minister,", « le ministre turc de la Défense, X, »), when the article
// gives the person no other state's title and no leader's; else nil.
// An agreement signed with, a delivery or a training by such an official
// is the state's (docs/CODEBOOK.md, "A state acting through its
// people"; "Ministers and ambassadors are persons, with no relation to
// their state").
func (c *sctx) officialState(p *lexicon.Actor) *lexicon.Actor {
	if p.Kind != graph.KindPerson || c.mem == nil || len(c.mem.titles) == 0 || len(c.ld.rel.officialFolds) == 0 {
		return nil
	}
	of := ""
	for _, t := range c.mem.titles {
		if t.person.ID != p.ID {
			continue
		}
		if t.head == "" || t.stateHead || t.lead != "" || !c.ld.rel.officialFolds[t.head] {
			if t.head == "" || t.stateHead || t.lead != "" {
				return nil // a leader acts in person
			}
			continue
		}
		if t.of == "" || t.former || of != "" && of != t.of {
			return nil
		}
		of = t.of
	}
	if of == "" || !c.mem.named[of] {
		return nil
	}
	if st, ok := c.mem.lex.Actor(of); ok && st.Kind == graph.KindState {
		return st
	}
	return nil
}

// officialParties makes the state an official acts for (officialState)
// the party of the allied, supplies and trains pairs of cands in the
// official's place: "Somalia signed an agreement with the Turkish defence
// minister" is with Turkey. Hostile pairs keep the person: sanctions on a
// minister are on the person (docs/CODEBOOK.md, "Legal steps against
// persons"), an attack on one is targets.go's.
func (c *sctx) officialParties(cands []pairCand) []pairCand {
	if c.mem == nil || len(c.mem.titles) == 0 {
		return cands
	}
	n := len(c.ms) + len(c.extra)
	at := func(k int) mention {
		if k < len(c.ms) {
			return c.ms[k]
		}
		return c.extra[k-len(c.ms)]
	}
	swap := func(k int) int {
		if k < 0 || k >= n {
			return k
		}
		m := at(k)
		st := c.officialState(m.actor)
		if st == nil {
			return k
		}
		return c.addExtra(mention{ts: m.ts, te: m.ts, actor: st, form: lexicon.Form{Text: st.Name, Role: roleAnaphor}})
	}
	for i := range cands {
		if p := &cands[i]; p.typ == graph.Allied || p.typ == graph.Supplies || p.typ == graph.Trains {
			p.from, p.to = swap(p.from), swap(p.to)
		}
	}
	return cands
}

// titleOf returns id when the article introduced person p with a title
// of actor id, or with a title of no owner and id is p's country (the
// caller checks the title is a head of state's); else "".
func (mem *memory) titleOf(p *lexicon.Actor, id string) string {
	for _, t := range mem.titles {
		if t.person.ID == p.ID && (t.of == id || t.head != "" && t.of == "" && t.country == id) {
			return id
		}
	}
	return ""
}

// titleHeadsOf returns the titles the names and aliases of person a in
// the languages of ld open with ("President Macron": "president"), in
// form order.
func titleHeadsOf(a *lexicon.Actor, ld *langData) []string {
	var heads []string
	for _, f := range a.Forms {
		if f.Role != lexicon.RoleName && f.Role != lexicon.RoleAlias || f.Lang != "" && !slices.Contains(ld.codes, f.Lang) {
			continue
		}
		if h := ld.rel.corefTitleForms.prefix(graph.Fold(f.Text)); h != "" {
			heads = append(heads, h)
		}
	}
	return heads
}

// formTitleHeads returns titleHeadsOf every person of the lexicon, by id,
// made once with the extractor rather than at each article.
func formTitleHeads(actors []*lexicon.Actor, ld *langData) map[string][]string {
	out := map[string][]string{}
	for _, a := range actors {
		if a.Kind == graph.KindPerson {
			out[a.ID] = titleHeadsOf(a, ld)
		}
	}
	return out
}

// titlePrefixes are the folded titles of coref_titles, to read the title
// a form of the lexicon opens with ("President Macron": "president").
type titlePrefixes []string

// prefix returns the longest title that f (folded) opens with, followed
// by a space, or "".
func (tp titlePrefixes) prefix(f string) string {
	best := ""
	for _, t := range tp {
		if len(t) > len(best) && len(f) > len(t) && f[len(t)] == ' ' && strings.HasPrefix(f, t) {
			best = t
		}
	}
	return best
}
