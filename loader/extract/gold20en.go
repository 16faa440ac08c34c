package extract

import (
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// Rules added with the twentieth session's English blind articles
// (en-blind-37 … 39).

// gold20enRel holds the word sets of the rules added with the twentieth
// session's English blind articles.
type gold20enRel struct {
	ok bool
	// voiced: "expressed", « exprimé » (lexicon.Language.VerbalSupportVerbs).
	voiced phrases
	// coRoles: "co-chair", « coprésidente » (lexicon.Language.CoLeaderRoles).
	coRoles phrases
	// arming: "armed", « a armé » (lexicon.Language.ArmingVerbs).
	arming phrases
	// purpose: "to", « pour » (lexicon.Language.PurposeMarkers).
	purpose phrases
	// speech: "said", « a déclaré que » (lexicon.Language.SpeechVerbs).
	speech phrases
	// plural: "they", « ils » (lexicon.Language.SubjectPronouns).
	plural phrases
	// that: « qu' » (lexicon.Language.InvertedRelatives), besides the
	// complementizers of the speech verbs ("that").
	that phrases
	// paths: "over the border", « par-dessus la frontière »
	// (lexicon.Language.LaunchPaths).
	paths phrases
	// placing: "put", « a placé » (lexicon.Language.PlacingVerbs).
	placing phrases
	// titles: "Mr", "President", « M. » (lexicon.Language.Titles).
	titles phrases
	// dated: "contract", « contrat » (lexicon.Language.DatedNouns).
	dated phrases
}

func (r *gold20enRel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.voiced, r.coRoles, r.arming = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.purpose, r.speech, r.plural, r.that = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.paths, r.placing, r.titles, r.dated = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.voiced: lg.VerbalSupportVerbs, &r.coRoles: lg.CoLeaderRoles,
		&r.arming: lg.ArmingVerbs, &r.purpose: lg.PurposeMarkers, &r.speech: lg.SpeechVerbs, &r.plural: lg.SubjectPronouns, &r.that: lg.InvertedRelatives})
	addPhraseLists(map[*phrases][]string{&r.speech: lg.ReportVerbs, &r.paths: lg.LaunchPaths, &r.placing: lg.PlacingVerbs, &r.titles: lg.Titles, &r.dated: lg.DatedNouns})
}

// maxVerbalSupportGap is the most lower-case words (a possessive, an
// adjective) between a verb of speech and the support noun it governs
// ("expressed its full support for").
const maxVerbalSupportGap = 3

// verbalSupport reports whether the allied trigger at token ts is a
// support noun that a verb of expression governs, past at most
// maxVerbalSupportGap lower-case words and no punctuation: "Azerbaijan,
// which also voiced support for Pakistan", "Turkey expressed its
// support for Pakistan", « l'Azerbaïdjan a exprimé son soutien au
// Pakistan »: support in words, no alliance (docs/CODEBOOK.md, allied:
// "verbal support"). Support given ("backed", "supports") and support
// thanked for are other rules'.
func (c *sctx) verbalSupport(ts int) bool {
	r := &c.ld.rel.g20en
	if !r.ok || ts-1 <= c.a || !isLowerWord(c.d, ts) {
		return false
	}
	d := c.d
	for j, steps := ts, 0; j > c.a && steps <= maxVerbalSupportGap; j, steps = j-1, steps+1 {
		if c.hardOrComma(j) {
			return false
		}
		if r.voiced.mayEnd(d, j) && r.voiced.endsAt(d, c.a, j) > 0 {
			return true
		}
		if !isLowerWord(d, j-1) || c.inMention(j-1) >= 0 {
			return false
		}
	}
	return false
}

// maxArmedPurposeReach is the most words between an arming verb or a
// trains trigger and the purpose marker of the hostile trigger after it
// ("armed by the United States to fight").
const maxArmedPurposeReach = 8

// armedPurpose reports whether the opposed trigger at token ts is a
// purpose infinitive ("to fight", « pour combattre ») of an arming verb
// or a trains trigger before it in the clause, within
// maxArmedPurposeReach words and no punctuation: "the Kurdish-led
// militia that the United States armed to fight the Islamic State",
// "armed by Wagner in 2024 to fight the UPC", « une milice armée par
// l'armée pour combattre le JNIM »: the purpose is not the fighting, no
// opposed for the armed group nor for its backer (docs/CODEBOOK.md,
// "Purpose clauses"); the supply stays. Other supplies verbs take the
// goods, whose user the purpose may name ("Mali used drones supplied by
// Turkey to strike JNIM": Mali strikes).
func (c *sctx) armedPurpose(ts int) bool {
	r := &c.ld.rel.g20en
	if !r.ok || ts-1 <= c.a || !r.purpose.mayEnd(c.d, ts) {
		return false
	}
	d := c.d
	n := r.purpose.endsAt(d, c.a, ts)
	if n == 0 || c.hardOrComma(ts) || c.hardOrComma(ts-n) {
		return false
	}
	for j := ts - n; j > c.a && j >= ts-n-maxArmedPurposeReach; j-- {
		if c.trig[j-c.a-1] && c.trigType[j-c.a-1] == graph.Trains {
			return true
		}
		if r.arming.mayEnd(d, j) && r.arming.endsAt(d, c.a, j) > 0 {
			return true
		}
		if c.hardOrComma(j - 1) {
			return false
		}
	}
	return false
}

// reportedPluralMembers reports whether the member_of trigger at token ts
// follows a plural subject pronoun and its copula right after a speech
// verb whose subject is a person: "President Donald Trump said they were
// members of Tren de Aragua", « Donald Trump a affirmé qu'ils étaient
// membres du Tren de Aragua »: the members are the people "they" names,
// not the speaker, who cannot be a plural "they".
func (c *sctx) reportedPluralMembers(ts int) bool {
	r := &c.ld.rel.g20en
	if !r.ok || ts-3 <= c.a {
		return false
	}
	d := c.d
	p := ts - 1 // the copula
	if c.ld.rel.has(d, p, rwIndefinite) || c.ld.determiners.at(d, p, p+1, nil) == 1 {
		p-- // « qu'ils étaient des membres »
	}
	if p-2 <= c.a || !c.ld.rel.has(d, p, rwCopulas) {
		return false
	}
	n := r.plural.endsAt(d, c.a, p)
	if n == 0 || c.hardOrComma(p) {
		return false
	}
	q := p - n // the pronoun's first token
	if (c.ld.rel.has(d, q-1, rwComplementizers) || r.that.at(d, q-1, q, nil) == 1) && !c.hardOrComma(q) {
		q-- // "said that they were", « a affirmé qu'ils étaient »
	}
	s := r.speech.endsAt(d, c.a, q)
	if s == 0 || c.hardOrComma(q) {
		return false
	}
	k := c.inMention(q - s - 1)
	return k >= 0 && c.ms[k].te == q-s && c.ms[k].actor.Kind == graph.KindPerson
}

// coLeaderRole reports whether a shared leader role opens at token rs ("a
// co-chair of the KCK"): the indefinite article does not make its holder
// one of several members (roleRules).
func (c *sctx) coLeaderRole(rs int) bool {
	r := &c.ld.rel.g20en
	return r.ok && r.coRoles.may(c.d, rs) && r.coRoles.at(c.d, rs, c.b, nil) > 0
}

// maxAcronymExtension is the most name words partialAcronymStart adds
// before the start the acronym's initials chose.
const maxAcronymExtension = 2

// partialAcronymStart returns the start of the long name before an
// acronym whose letters its initials spell only in part (score below the
// acronym's letters: an acronym of another language, "Nationalist Movement
// Party (MHP)", Milliyetçi Hareket Partisi): the capitalised name words
// right before best, at most maxAcronymExtension of them, belong to the
// name, which the initials alone would cut ("Movement Party"). An acronym
// spelled in full ("Kurdistan Democratic Party (KDP)") keeps its start;
// a mention, a stopword ("The") or punctuation ends the name.
func (st *discState) partialAcronymStart(acr string, score, a, best int) int {
	n := 0
	for _, r := range graph.Fold(acr) {
		if r != '-' {
			n++
		}
	}
	if score >= n {
		return best
	}
	for p := best - 1; p >= a && p >= best-maxAcronymExtension; p-- {
		if !nameGap(st.gap(p+1)) || tight(st.gap(p+1)) || st.d.toks[p].credit || !st.nameWord(p) || st.flags(p)&wParticle != 0 {
			break
		}
		best = p
	}
	return best
}

// demonymSpeaker reports whether mention k is a state's people named by a
// demonym ("Indian officers", "Indian officials") who lead a reporting
// clause that reports the origin at ts: "Indian officers told reporters
// that debris showed many of them were Turkish-made Songar drones"
// speaks of the enemy's drones, so the speakers are no recipient of the
// goods (originRules), as an organisation reporting them is not.
func (c *sctx) demonymSpeaker(k, ts int) bool {
	m := c.ms[k]
	return m.form.Role == lexicon.RoleDemonym && m.te < ts && c.leadingSpeaker(k, ts)
}

// launchPathAfter reports whether a launch path follows the supplies
// trigger ending at te within maxAgainstGap words of its clause ("India
// says Pakistan sent some 300 drones over the border on 8 May", « a
// envoyé des drones par-dessus la frontière »): the goods were launched,
// as with "against" (againstAfter), so the home state is no recipient.
func (c *sctx) launchPathAfter(te int) bool {
	r, d := &c.ld.rel.g20en, c.d
	if !r.ok {
		return false
	}
	for k := te; k < c.b && k <= te+maxAgainstGap; k++ {
		if k > te && c.hardOrComma(k) || c.inMention(k) >= 0 {
			return false
		}
		if r.paths.may(d, k) && r.paths.at(d, k, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// maxPlaceQualified bounds the lower-case head words between an actor
// and the place that qualifies it ("Taliban government in Kabul").
const maxPlaceQualified = 2

// placeQualifiedAntecedent returns the actor of a noun phrase that a
// place qualifies, ending at token e (a relative's comma after it): a
// capitalised word that is no mention, a preposition before it, at most
// maxPlaceQualified lower-case words, then a mention ("The Taliban
// government in Kabul, which Islamabad also accuses of sheltering the
// TTP": the Taliban, Afghanistan, not Islamabad); else -1.
func (c *sctx) placeQualifiedAntecedent(e int) int {
	d := c.d
	p := e - 1
	if p-2 <= c.a || c.inMention(p) >= 0 || isLowerWord(d, p) || c.hardOrComma(p) {
		return -1
	}
	p-- // the preposition
	if !c.ld.rel.has(d, p, rwPrepositions) || c.hardOrComma(p+1) || c.hardOrComma(p) {
		return -1
	}
	for q, steps := p, 0; q > c.a && steps <= maxPlaceQualified; q, steps = q-1, steps+1 {
		if k := c.mentionEndingAt(q); k >= 0 {
			return k
		}
		if c.hardOrComma(q) || !isLowerWord(d, q-1) || c.trig[q-1-c.a] {
			return -1
		}
	}
	return -1
}

// groupOwner reports whether mention k may own a branch: a group, an
// organisation or a company, not a state or a person.
func (c *sctx) groupOwner(k int) bool {
	kd := c.ms[k].actor.Kind
	return kd == graph.KindArmedGroup || kd == graph.KindOrganisation || kd == graph.KindCompany
}

// groupBeforeDemonym returns the group that owns, by a possessive, a
// role qualified by demonym mention k right before the role ("al-Qaeda's
// Somali affiliate", "the PKK's Iranian affiliate"): the demonym names
// where the branch is, not its owner; else -1.
func (c *sctx) groupBeforeDemonym(k int) int {
	m, d := c.ms[k], c.d
	if m.form.Role != lexicon.RoleDemonym || m.ts-2 <= c.a || c.hardOrComma(m.ts) || !c.ld.rel.has(d, m.ts-1, rwPossessiveSuffix) {
		return -1
	}
	if g := c.mentionEndingAt(m.ts); g >= 0 && c.groupOwner(g) && c.opensApposition(c.ms[g].ts) {
		return g
	}
	return -1
}

// opensApposition reports whether the noun phrase starting at token i,
// past its articles, follows a comma: an apposition ("PJAK, the PKK's
// Iranian affiliate,"), where the holder of its role is the actor before
// the comma; a phrase in a list ("struck al-Shabaab and the Islamic
// State's Somali branch in … Puntland") names an unnamed branch.
func (c *sctx) opensApposition(i int) bool {
	d := c.d
	for i > c.a && !c.hardOrComma(i) && c.ld.determiners.at(d, i-1, i, nil) == 1 {
		i--
	}
	return i > c.a && c.comma[i-c.a]
}

// groupAfterDemonym returns the group named by an of-word right after
// demonym mention k that follows a role (« la branche somalienne
// d'al-Qaïda », "the Somali branch of al-Qaeda" reads the same way): the
// demonym names where the branch is; else -1.
func (c *sctx) groupAfterDemonym(rs, k int) int {
	m, d := c.ms[k], c.d
	e := m.te
	if e+1 >= c.b || c.hardOrComma(e) || !c.ld.rel.has(d, e, rwOf) {
		return -1
	}
	e++
	for e < c.b && c.ld.determiners.at(d, e, e+1, nil) == 1 {
		e++
	}
	if g := c.inMention(e); g >= 0 && c.ms[g].ts == e && !c.hardOrComma(e) && c.groupOwner(g) && c.opensApposition(rs) {
		return g
	}
	return -1
}

// placedUnderSanctions returns the subject of a placing verb right before
// the holder s of a sanction link at token link ("Washington put Mr Petro
// himself under sanctions on 24 October", « Washington a placé Gustavo
// Petro sous sanctions »): a state or an organisation that imposes them,
// the holder being the verb's object; else -1. Sanctions whose noun
// names its state ("under US sanctions") are sanctionRules' own.
func (c *sctx) placedUnderSanctions(s, link int) int {
	r, d := &c.ld.rel.g20en, c.d
	m := c.ms[s]
	if !r.ok || m.te > link || m.ts-1 <= c.a {
		return -1
	}
	p := m.ts
	if p-1 > c.a && !c.hardOrComma(p) && r.titles.mayEnd(d, p) {
		p -= r.titles.endsAt(d, c.a, p) // "put Mr Petro himself under sanctions"
	}
	for p > c.a && !c.hardOrComma(p) && c.ld.determiners.at(d, p-1, p, nil) == 1 {
		p--
	}
	if c.hardOrComma(p) || !r.placing.mayEnd(d, p) {
		return -1
	}
	n := r.placing.endsAt(d, c.a, p)
	if n == 0 {
		return -1
	}
	k := c.subject(p-n, func(j int) bool { return c.noArg[j] || j == s })
	if k < 0 || (c.ms[k].actor.Kind != graph.KindState && c.ms[k].actor.Kind != graph.KindOrganisation) || c.ms[k].actor.ID == m.actor.ID {
		return -1
	}
	// the subject right before the verb, past auxiliaries and adverbs
	// only ("Washington has now put"): a verb coordinated after another
	// clause ("decertified Colombia … and put Mr Petro") has a subject
	// this reading cannot tell
	for t := c.ms[k].te; t < p-n; t++ {
		if t-c.ms[k].te >= maxPlacingGap || c.hardOrComma(t) || !isLowerWord(d, t) || c.inMention(t) >= 0 || c.ld.coord.at(d, t, t+1, nil) == 1 {
			return -1
		}
	}
	return k
}

// maxPlacingGap is the most words (auxiliaries, adverbs) between the
// subject of a placing verb and the verb.
const maxPlacingGap = 3

// nounYear reports whether the year at token i dates an agreement noun:
// after an article and before the noun ("under a 2018 contract", "the
// 2016 deal"), or after the noun and an of-word (« un contrat de 2018 »,
// « l'accord de 2020 »): the year is the agreement's, a date of the
// sentence (doc.dates), as "in 2018" is.
func (d *doc) nounYear(ld *langData, a, i, b int) bool {
	r := &ld.rel.g20en
	if !r.ok || i-1 < a {
		return false
	}
	if i+1 < b && d.near(i, i+1) && ld.determiners.may(d, i-1) && ld.determiners.at(d, i-1, i, nil) == 1 && d.near(i-1, i) &&
		r.dated.may(d, i+1) && r.dated.at(d, i+1, b, nil) > 0 {
		return true // "a 2018 contract"
	}
	if i-2 >= a && ld.rel.has(d, i-1, rwOf) && d.near(i-1, i) && d.near(i-2, i-1) && r.dated.mayEnd(d, i-1) && r.dated.endsAt(d, a, i-1) > 0 {
		return true // « un contrat de 2018 »
	}
	return false
}

// otherGivenName reports whether a person's short form found at token i
// follows, one space before, a capitalised name word that is no title and
// no mention: "Masoud Barzani" after the article named "Nechirvan
// Barzani" is another person of the family, not a later mention of the
// first (shortForms); "Mr Barzani", "President Barzani" and a surname
// opening a sentence still are.
func (st *discState) otherGivenName(a *lexicon.Actor, i, lo int) bool {
	if a.Kind != graph.KindPerson || i-1 < lo || st.gap(i) != " " || st.occ[i-1] {
		return false
	}
	return st.nameWord(i-1) && st.flags(i-1)&(wTitle|wParticle) == 0
}
