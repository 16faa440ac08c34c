package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// blindRel is the data of the rules of this file, written for the
// constructions of writers who never saw the extractor (the *-blind-*
// gold articles), compiled with relData.
type blindRel struct {
	ok bool
	// sourceNouns: "officials", « responsables » (lexicon.Language.SourceNouns).
	sourceNouns phrases
	// objNeg: "no", « aucun » right after a trigger.
	objNeg phrases
	// designation, designNouns: "declared ... terrorist organisations".
	designation, designNouns phrases
	// sanctionLinks, sanctionNouns: "under US sanctions".
	sanctionLinks, sanctionNouns phrases
	// obstruct: "blocked", « s'oppose à » before a sanction noun.
	obstruct phrases
	// makers: "built by", « fabriqués par ».
	makers phrases
	// office, seats: "returned to the White House".
	office, seats phrases
	// power: "came to power", « arrivé au pouvoir ».
	power phrases
	// among, memberNouns: "Among its members are".
	among, memberNouns phrases
	// locMember: « participait » after « y ».
	locMember phrases
	// shares: "the rest" before "from" (contingentRules).
	shares phrases
	// locStay: « reste » after « y », at a clause's end.
	locStay phrases
	// memberPlaces: "under which" after a group noun (includedMemberRules).
	memberPlaces phrases
	// reaction: "condemned", « a condamné »: another's act.
	reaction phrases
	// withdrawal, completion: "the withdrawal of X from Y took effect".
	withdrawal, completion phrases
	// investiture: "sworn in as", « investi » before a state head title.
	investiture phrases
	// pluralPoss: "their", « leurs » (possessivePlurals).
	pluralPoss phrases
	// facing: « Face à », "Facing" opening a sentence (facingRules).
	facing phrases
}

func (r *blindRel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.sourceNouns, r.objNeg = newPhraseSet(reg), newPhraseSet(reg)
		r.designation, r.designNouns = newPhraseSet(reg), newPhraseSet(reg)
		r.sanctionLinks, r.sanctionNouns, r.obstruct = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.makers = newPhraseSet(reg)
		r.office, r.seats, r.power = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.among, r.memberNouns = newPhraseSet(reg), newPhraseSet(reg)
		r.locMember, r.reaction = newPhraseSet(reg), newPhraseSet(reg)
		r.shares, r.locStay, r.memberPlaces = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.withdrawal, r.completion, r.investiture = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.pluralPoss, r.facing = newPhraseSet(reg), newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.sourceNouns: lg.SourceNouns, &r.objNeg: lg.ObjectNegations,
		&r.designation: lg.DesignationVerbs, &r.designNouns: lg.DesignationNouns, &r.sanctionLinks: lg.SanctionLinks, &r.sanctionNouns: lg.SanctionNouns, &r.obstruct: lg.ObstructionVerbs, &r.makers: lg.MakerPhrases, &r.office: lg.OfficePhrases, &r.seats: lg.SeatsOfPower, &r.power: lg.PowerPhrases, &r.among: lg.Among, &r.memberNouns: lg.MemberNouns, &r.locMember: lg.LocativeMemberVerbs, &r.reaction: lg.ReactionVerbs, &r.shares: lg.ShareWords, &r.locStay: lg.LocativeStayVerbs, &r.memberPlaces: lg.MemberPlaces, &r.withdrawal: lg.WithdrawalNouns, &r.completion: lg.CompletionPhrases, &r.investiture: lg.InvestitureWords, &r.pluralPoss: lg.PluralPossessives, &r.facing: lg.FacingOpeners})
}

// addPhraseLists adds each list of a lexicon's phrases to its set (the
// rule families' add methods: blind.go, gold16.go, probe17.go,
// gold17en.go, lead17.go).
func addPhraseLists(lists map[*phrases][]string) {
	for p, ws := range lists {
		for _, s := range ws {
			p.add(s, false)
		}
	}
}

// maxSpeakerWords is the most words from a speaker's first mention to
// its speech verb ("South Korean and Ukrainian intelligence officials").
const maxSpeakerWords = 10

// speakerSource reports whether mention k is in the source of a trailing
// attribution: after a comma, a list of actors (demonyms, states) with a
// source noun, then a speech verb ("shipped missiles to Russia, South
// Korean and Ukrainian officials say"). The speakers are no parties.
func (c *sctx) speakerSource(k int) bool {
	r := &c.ld.rel.bl
	if !r.ok {
		return false
	}
	d := c.d
	// back to the first speaker: mentions, coordinators and articles; a
	// comma only between demonyms ("South Korean, Ukrainian and US
	// officials"), since "to Russia, South Korean officials say" lists
	// the object before the speakers
	start := c.ms[k].ts
	for start > c.a {
		p := start - 1
		if c.hard[start-c.a] {
			break
		}
		if c.comma[start-c.a] {
			o := c.inMention(p)
			if o < 0 || c.ms[o].form.Role != lexicon.RoleDemonym {
				break
			}
		}
		if o := c.inMention(p); o >= 0 {
			start = c.ms[o].ts
		} else if c.ld.coord.may(d, p) && c.ld.coord.at(d, p, c.b, nil) == 1 || c.ld.determiners.may(d, p) && c.ld.determiners.at(d, p, p+1, nil) == 1 {
			start = p
		} else {
			break
		}
	}
	if start <= c.a || !c.comma[start-c.a] {
		return false
	}
	return c.speakersEnd(start, true) > 0
}

// speakersEnd returns the end of the speech verb after the speakers
// opening at token start: mentions (demonyms, states), coordinators,
// articles and at least one source noun, then a speech verb ("South
// Korean and Ukrainian intelligence officials say"); else -1. With
// demonymCommas a comma may follow a demonym ("South Korean, Ukrainian
// and US officials"); without, a comma ends the speakers.
func (c *sctx) speakersEnd(start int, demonymCommas bool) int {
	d, r := c.d, &c.ld.rel.bl
	noun := false
	j := start
	for j < c.b && j < start+maxSpeakerWords {
		if j > start && c.hard[j-c.a] {
			return -1
		}
		if j > start && c.comma[j-c.a] && !demonymCommas {
			return -1
		}
		if !r.sourceNouns.may(d, j) {
		} else if n := r.sourceNouns.at(d, j, c.b, nil); n > 0 {
			noun = true
			j += n
			continue
		}
		if j > start && c.comma[j-c.a] {
			if o := c.inMention(j - 1); o < 0 || c.ms[o].form.Role != lexicon.RoleDemonym {
				return -1 // "to Mali, Niger and Chad, US officials said": Niger is no speaker
			}
		}
		if o := c.inMention(j); o >= 0 {
			for i := c.ms[o].ts; i < c.ms[o].te && !noun; i++ {
				noun = (r.sourceNouns.may(d, i) && r.sourceNouns.at(d, i, c.ms[o].te, nil) > 0) // "Kenyan officials" as one mention
			}
			j = c.ms[o].te
			continue
		}
		if n := c.ld.coord.at(d, j, c.b, nil); n > 0 {
			j += n
			continue
		}
		if c.ld.determiners.may(d, j) && c.ld.determiners.at(d, j, j+1, nil) == 1 {
			j++
			continue
		}
		break
	}
	if !noun || j >= c.b || c.hard[j-c.a] || (!demonymCommas && c.comma[j-c.a]) {
		return -1
	}
	if n := c.ld.rel.speech.at(d, j, c.b, nil); n > 0 {
		return j + n
	}
	return -1
}

// objectNegated reports whether an object negation follows a trigger
// ending at te: "has sent no missiles to Russia", « n'a livré aucun
// drone » (a denial of the relation, as a negation before it is).
func (c *sctx) objectNegated(te int) bool {
	r := &c.ld.rel.bl
	return r.ok && te < c.b && te > c.a && !c.hard[te-c.a] && (r.objNeg.may(c.d, te) && r.objNeg.at(c.d, te, c.b, nil) > 0)
}

// maxDesignationGap is the most lower-case words between the actors
// designated and the designation noun ("foreign terrorist").
const maxDesignationGap = 3

// maxDesignationApposition is the most words of an apposition between
// the actors designated and the designation ("Gran Grif, the gang that
// has terrorised the Artibonite valley under Luckson Elan, as").
const maxDesignationApposition = 16

// designationRules finds designations as terrorist ("Washington declared
// Viv Ansanm and Gran Grif foreign terrorist organisations", « a classé
// le Viv Ansanm comme organisation terroriste »): a hostile measure, as a
// sanction is, so the verb's subject opposes each actor designated
// (".../designation/opposed").
func (c *sctx) designationRules(lang string) []pairCand {
	r := &c.ld.rel.bl
	if !r.ok || c.d.none(r.designation, c.a, c.b) {
		return nil
	}
	d := c.d
	var out []pairCand
	noArg := func(j int) bool { return c.noArg[j] }
	for i := c.a; i < c.b; i++ {
		n := r.designation.at(d, i, c.b, nil)
		if n == 0 {
			continue
		}
		j := i + n
		for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
			j++
		}
		k := c.inMention(j)
		if k < 0 {
			if after := c.designatedAfterNoun(lang, i, n, j); len(after) > 0 {
				out = append(out, after...) // « la désignation comme organisation terroriste de HTS » (gold20fr.go)
				continue
			}
			out = append(out, c.relativeDesignation(lang, i, n, j)...)
			continue
		}
		if c.ms[k].ts != j || c.noArg[k] {
			continue
		}
		g := d.group(c.ld, c.ms, k, +1)
		end := c.ms[k].te
		for _, o := range g {
			end = max(end, c.ms[o].te)
		}
		if end+1 < c.b && c.ld.rel.has(d, end, rwOf) {
			// "X and the Gran Grif gang of Luckson Elan, which ...,
			// as": past the leader who owns the last one
			if p := c.inMention(end + 1); p >= 0 && c.ms[p].ts == end+1 && c.ms[p].actor.Kind == graph.KindPerson {
				end = c.ms[p].te
			}
		}
		from := end
		if o, e, ok := c.coordAppositive(end); ok {
			// "X and its suicide wing, the Majeed Brigade, as" (gold19en.go)
			if o >= 0 {
				g = append(g[:len(g):len(g)], o)
			}
			end, from = e, e+1
		} else if end < c.b && end > c.a && c.comma[end-c.a] {
			// "X and Y, the gang that ..., as terrorist organisations":
			// past an apposition of the last one
			for t := end + 1; t < c.b && t <= end+maxDesignationApposition; t++ {
				if c.hard[t-c.a] {
					break
				}
				if c.comma[t-c.a] {
					from = t + 1
					end = t
					break
				}
			}
		}
		found := c.designNounBefore(i, n) // "the terrorist designation of HTS" (gold20fr.go)
		for t := end; !found && t < c.b && t <= end+maxDesignationGap; t++ {
			if (t >= from && c.hardOrComma(t)) || !isLowerWord(d, t) || c.inMention(t) >= 0 {
				break
			}
			if r.designNouns.at(d, t, c.b, nil) > 0 {
				found = true
				break
			}
		}
		if !found {
			continue
		}
		s := c.subject(i, noArg)
		if s < 0 {
			continue
		}
		for _, o := range g {
			if !c.noArg[o] {
				out = append(out, pairCand{from: s, to: o, typ: graph.Opposed, ts: i, te: i + n, rule: lang + "/designation/opposed"})
			}
		}
	}
	return out
}

// relativeDesignation finds a designation whose actor is the antecedent
// of an object relative before the verb's subject: "the Sinaloa Cartel,
// which the United States designated a foreign terrorist organisation",
// "the group, which Pakistan and the United States both list as a
// terrorist organisation" (each subject opposes the antecedent). The
// designation verb is at i (n words); j is the first word after it and
// its articles, which names no actor.
func (c *sctx) relativeDesignation(lang string, i, n, j int) []pairCand {
	r, d := &c.ld.rel.bl, c.d
	found := false
	for t := j; t < c.b && t <= j+maxDesignationGap; t++ {
		if c.hardOrComma(t) || !isLowerWord(d, t) || c.inMention(t) >= 0 {
			break
		}
		if r.designNouns.at(d, t, c.b, nil) > 0 {
			found = true
			break
		}
	}
	if !found {
		return nil
	}
	s := c.subject(i, func(k int) bool { return c.noArg[k] })
	if s < 0 {
		return nil
	}
	subjects := d.group(c.ld, c.ms, s, -1)
	o := c.relativeObject(subjects[0])
	if o < 0 || c.noArg[o] {
		return nil
	}
	var out []pairCand
	for _, k := range subjects {
		if k != o && !c.noArg[k] {
			out = append(out, pairCand{from: k, to: o, typ: graph.Opposed, ts: i, te: i + n, rule: lang + "/designation/opposed/relative"})
		}
	}
	return out
}

// maxSanctionWords is the most words a standing sanction phrase reads
// after its link ("under US sanctions since 2020 and UN sanctions since
// 2022").
const maxSanctionWords = 14

// sanctionRules finds standing sanctions ("Chérizier, under US sanctions
// since 2020 and UN sanctions since 2022", « X, sous sanctions
// américaines »; sanction_links, sanction_nouns): each state or
// organisation named right before or after a sanction noun, in the
// phrase the link opens, opposes the subject before the link
// (".../sanction/opposed"), the trigger being its noun.
func (c *sctx) sanctionRules(lang string) []pairCand {
	r := &c.ld.rel.bl
	if !r.ok || c.d.none(r.sanctionLinks, c.a, c.b) || c.d.none(r.sanctionNouns, c.a, c.b) {
		return nil
	}
	d := c.d
	var out []pairCand
	noArg := func(j int) bool { return c.noArg[j] }
	for i := c.a; i < c.b; i++ {
		n := r.sanctionLinks.at(d, i, c.b, nil)
		if n == 0 {
			continue
		}
		lo, hi := i+n, i+n
		for hi < c.b && hi < lo+maxSanctionWords && (hi == lo || !c.hardOrComma(hi)) {
			hi++
		}
		governed := false // the link governs a sanction noun
		for t := lo; t < hi && t <= lo+3 && !governed; t++ {
			governed = r.sanctionNouns.at(d, t, hi, nil) > 0
		}
		if !governed {
			continue
		}
		s := c.subject(i, noArg)
		if s < 0 {
			continue
		}
		if k := c.placedUnderSanctions(s, i); k >= 0 {
			// "Washington put Mr Petro himself under sanctions" (gold20en.go)
			out = append(out, pairCand{from: k, to: s, typ: graph.Opposed, ts: i, te: i + n, rule: lang + "/sanction/opposed/placed"})
		}
		for k, m := range c.ms {
			if m.ts < lo || m.te > hi || k == s || (m.actor.Kind != graph.KindState && m.actor.Kind != graph.KindOrganisation) {
				continue
			}
			if c.noArg[k] && m.form.Role != lexicon.RoleDemonym {
				continue
			}
			// the noun right after ("US sanctions") or right before
			// (« sanctions américaines »), an article or "of" between
			t, tn := -1, 0
			for u := m.te; u < hi && u <= m.te+1 && t < 0; u++ {
				if tn = r.sanctionNouns.at(d, u, hi, nil); tn > 0 {
					t = u
				}
			}
			for u := m.ts - 1; u >= lo && u >= m.ts-3 && t < 0; u-- {
				if tn = r.sanctionNouns.at(d, u, m.ts, nil); tn > 0 && u+tn >= m.ts-2 {
					t = u
				}
			}
			if t < 0 {
				continue
			}
			out = append(out, pairCand{from: k, to: s, typ: graph.Opposed, ts: t, te: t + tn, rule: lang + "/sanction/opposed"})
		}
	}
	return out
}

// maxObstructedWords is the most words between an obstruction verb and
// the sanction noun it governs ("opposes any new EU sanctions", «
// s'oppose à de nouvelles sanctions »).
const maxObstructedWords = 4

// obstruction returns the first token of an obstruction verb that
// governs a sanction noun a few words after it ("blocked new sanctions",
// "voted against sanctions", « s'oppose à de nouvelles sanctions »;
// obstruction_verbs), when the trigger at ts is in the verb or is the
// noun (with the word after it: "sanctions against"); else -1.
func (c *sctx) obstruction(ts int) int {
	r := &c.ld.rel.bl
	d := c.d
	if !r.ok || d.none(r.obstruct, c.a, c.b) || d.none(r.sanctionNouns, c.a, c.b) {
		return -1
	}
	for i := ts; i >= c.a && i >= ts-maxObstructedWords-3; i-- {
		n := r.obstruct.atIf(d, i, c.b)
		if n == 0 {
			continue
		}
		for t := i + n; t < c.b && t <= i+n+maxObstructedWords && (t == i+n || !c.hardOrComma(t)); t++ {
			if tn := r.sanctionNouns.at(d, t, c.b, nil); tn > 0 {
				if ts < i+n || ts >= t && ts <= t+tn {
					return i
				}
				break
			}
		}
	}
	return -1
}

// obstructed reports whether an opposed pair of mentions x and y, read
// from a trigger at ts, straddles an obstruction verb that governs a
// sanction noun, the trigger being the verb or the noun ("Hungary has
// blocked new sanctions against Russia", "Hungary opposes new EU
// sanctions", « la Hongrie s'oppose à de nouvelles sanctions contre la
// Russie »; obstruction): a disagreement over a measure, which is no
// opposition (docs/CODEBOOK.md, opposed), neither to the measure's
// author nor to its target. The author and the target named after the
// verb still oppose each other ("EU sanctions against Russia").
func (c *sctx) obstructed(x, y mention, ts int) bool {
	i := c.obstruction(ts)
	if i < 0 {
		return false
	}
	if y.ts < x.ts {
		x, y = y, x
	}
	return x.te <= i && y.ts > i && !c.breakIn(x.te, i)
}

// maker reports whether mention j is the agent of a maker phrase right
// before it, an article and lower-case words allowed between ("built by
// the manufacturer Diehl Defence"), that starts at or after token te:
// the equipment's maker, no object of a trigger ending at te.
func (c *sctx) maker(j, te int) bool {
	r := &c.ld.rel.bl
	if !r.ok {
		return false
	}
	ts := c.ms[j].ts
	for e := ts; e >= c.a && e >= ts-3; e-- {
		if e < ts && (c.hardOrComma(e+1) || !isLowerWord(c.d, e)) {
			return false
		}
		if !r.makers.mayEnd(c.d, e) {
		} else if n := r.makers.endsAt(c.d, c.a, e); n > 0 {
			return e-n >= te
		}
	}
	return false
}

// officeRules finds a person taking office at a seat of power ("since
// Donald Trump returned to the White House", « depuis que Donald Trump est
// revenu à la Maison-Blanche »; office_phrases, seats_of_power): the
// person leads the state the seat names, when the lexicon gives the
// person that state's country (a visitor does not: "Zelensky returned
// to the White House") (".../office/leads").
func (c *sctx) officeRules(lang string) []pairCand {
	r := &c.ld.rel.bl
	if !r.ok || c.d.none(r.seats, c.a, c.b) {
		return nil
	}
	d := c.d
	var out []pairCand
	for k, m := range c.ms {
		if m.actor.Kind != graph.KindPerson || m.actor.Country == "" || m.te >= c.b || c.hardOrComma(m.te) {
			continue
		}
		n := r.office.at(d, m.te, c.b, nil)
		if n == 0 {
			continue
		}
		j := m.te + n
		for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
			j++
		}
		if j >= c.b || r.seats.at(d, j, c.b, nil) == 0 {
			continue
		}
		s := c.inMention(j)
		if s < 0 || c.ms[s].actor.Kind != graph.KindState || c.ms[s].actor.Country != m.actor.Country {
			continue
		}
		out = append(out, pairCand{from: k, to: s, typ: graph.Leads, ts: m.te, te: m.te + n, rule: lang + "/office/leads"})
	}
	return out
}

// powerRules finds a person who came to power with no place named
// ("Ibrahim Traoré came to power in a coup in September 2022", « Arrivé
// au pouvoir par un coup d'État, le capitaine Ibrahim Traoré », "Petro,
// who took office in August 2022"; power_phrases): the person leads the
// state of the lexicon's country for them, when the lexicon knows them
// as its leader at some time (".../power/leads"). The person
// is the phrase's subject, or, for a phrase opening the sentence, the
// first person after the comma that closes it; a person the lexicon
// gives no country leads nothing, and a state named right after the
// phrase is left to the leads triggers ("seized power in Niger").
func (c *sctx) powerRules(lang string) []pairCand {
	r := &c.ld.rel.bl
	if !r.ok || c.stateOf == nil || c.d.none(r.power, c.a, c.b) {
		return nil
	}
	d := c.d
	var out []pairCand
	for i := c.a; i < c.b; i++ {
		if i = d.nextStart(i, c.b, r.power.bit); i >= c.b {
			break
		}
		n := r.power.atIf(d, i, c.b)
		if n == 0 {
			continue
		}
		j := i + n
		if j+1 < c.b && c.ld.rel.has(d, j, rwPrepositions) {
			if s := c.mentionFrom(j + 1); s >= 0 && c.ms[s].actor.Kind == graph.KindState {
				continue // "seized power in Niger": a leads trigger's
			}
		}
		var p int
		if i > c.a && c.ld.rel.relatives.at(d, i-1, i, nil) == 1 {
			p = c.relativePerson(i - 1)
		} else {
			p = c.subject(i, func(k int) bool { return c.noArg[k] })
		}
		if p < 0 && c.leadingPhrase(i) {
			p = c.personAfterComma(j)
		}
		if p < 0 || c.ms[p].actor.Kind != graph.KindPerson || c.ms[p].actor.Country == "" {
			continue
		}
		st := c.stateOf(c.ms[p].actor.Country)
		if st == nil || !slices.ContainsFunc(c.ms[p].actor.Leads, func(l lexicon.Lead) bool { return l.ID == st.ID }) {
			continue // "Hemedti rose to power": he leads the RSF, not Sudan
		}
		to := c.mentionOf(st, mention{ts: i, te: i, actor: st, form: lexicon.Form{Text: st.Name, Role: roleAnaphor}})
		out = append(out, pairCand{from: p, to: to, typ: graph.Leads, ts: i, te: j, rule: lang + "/power/leads"})
		i = j - 1
	}
	return out
}

// maxRelativeAppositionWords is the most words of an apposition between a person
// and the relative that ends it ("Petro, a former M-19 guerrilla who").
const maxRelativeAppositionWords = 8

// relativePerson returns the person a relative pronoun at token r stands
// for: the person right before it, or the person before the comma that
// opens the apposition ending at it; -1 when the antecedent is no person.
func (c *sctx) relativePerson(r int) int {
	if k := c.mentionEndingAt(r); k >= 0 {
		if c.ms[k].actor.Kind == graph.KindPerson {
			return k
		}
		if c.comma[r-c.a] {
			return -1
		}
	}
	for k := r; k > c.a && k > r-maxRelativeAppositionWords; k-- {
		if c.hard[k-c.a] || c.brk[k-c.a] {
			return -1
		}
		if c.comma[k-c.a] {
			if m := c.mentionEndingAt(k); m >= 0 && c.ms[m].actor.Kind == graph.KindPerson {
				return m
			}
			return -1
		}
	}
	return -1
}

// leadingPhrase reports whether the phrase at token i opens its sentence:
// no actor and no comma before it (« Arrivé au pouvoir par un coup
// d'État, le capitaine X »).
func (c *sctx) leadingPhrase(i int) bool {
	for k := c.a; k < i; k++ {
		if c.inMention(k) >= 0 || c.comma[k+1-c.a] {
			return false
		}
	}
	return true
}

// personAfterComma returns the first mention after the first comma from
// token j when it names a person, articles and titles between, or -1.
func (c *sctx) personAfterComma(j int) int {
	for ; j < c.b && !c.comma[j-c.a]; j++ {
		if c.hard[j-c.a] || c.brk[j-c.a] {
			return -1
		}
	}
	for k := j; k < c.b && k < j+4; k++ {
		if m := c.inMention(k); m >= 0 {
			if c.ms[m].actor.Kind == graph.KindPerson {
				return m
			}
			return -1
		}
	}
	return -1
}

// possessiveGroup returns the group a possessive before token t names: the
// nearest organisation or armed group before t in the sentence, else the
// last one named before it (an extra mention), or -1.
func (c *sctx) possessiveGroup(t int, kinds ...graph.Kind) int {
	for o := len(c.ms) - 1; o >= 0; o-- {
		if c.ms[o].te <= t && !c.noArg[o] && kindIn(c.ms[o].actor.Kind, kinds) {
			return o
		}
	}
	var best *recentActor
	for _, k := range kinds {
		if ra, ok := c.recent[k]; ok && (best == nil || ra.pos > best.pos) {
			best = &ra
		}
	}
	if best == nil {
		return -1
	}
	return c.addExtra(mention{ts: t, te: t, actor: best.actor, form: lexicon.Form{Text: best.actor.Name, Role: roleAnaphor}})
}

func kindIn(k graph.Kind, ks []graph.Kind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// memberListRules finds lists of members after "Among its members are"
// / « Parmi ses membres figurent »: each actor listed is a member of the
// group the possessive names (".../among/member_of").
func (c *sctx) memberListRules(lang string) []pairCand {
	r := &c.ld.rel.bl
	if !r.ok || c.d.none(r.among, c.a, c.b) {
		return nil
	}
	d := c.d
	var out []pairCand
	for i := c.a; i < c.b; i++ {
		n := r.among.at(d, i, c.b, nil)
		if n == 0 {
			continue
		}
		j := i + n
		if j >= c.b || !c.ld.rel.has(d, j, rwPossessives) {
			continue
		}
		p := j
		j++
		m := r.memberNouns.at(d, j, c.b, nil)
		if m == 0 {
			continue
		}
		j += m
		for w := 0; w < 2 && j < c.b && isLowerWord(d, j) && !c.hardOrComma(j) && c.inMention(j) < 0 && c.ld.determiners.at(d, j, j+1, nil) == 0; w++ {
			j++ // "are", « figurent »
		}
		for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
			j++
		}
		k := c.inMention(j)
		if k < 0 || c.ms[k].ts != j || j >= c.b || c.hard[j-c.a] {
			continue
		}
		g := c.possessiveGroup(p, graph.KindArmedGroup, graph.KindOrganisation)
		if g < 0 {
			continue
		}
		for _, o := range c.pastApposition(d.group(c.ld, c.ms, k, +1)) {
			if !c.noArg[o] {
				out = append(out, pairCand{from: o, to: g, typ: graph.MemberOf, ts: i, te: j, rule: lang + "/among/member_of"})
			}
		}
	}
	return out
}

// maxContingentWords is the most words between "with" or a possessive
// and the troop noun ("with smaller contingents", "its 400 soldiers").
const maxContingentWords = 3

// contingentRules finds the states a force's contingents come from: "with
// smaller contingents from Jamaica, Guatemala and El Salvador", "with
// instructors from Canada, Australia", « Ses soldats, venus notamment
// d'Afrique du Sud, du Botswana » (".../contingents/member_of"). The
// force is the nearest organisation before in the sentence; after a
// possessive, else the last one named before it.
func (c *sctx) contingentRules(lang string) []pairCand {
	r, rl := &c.ld.rel.bl, c.ld.rel
	if !r.ok || c.d.none(rl.troops, c.a, c.b) {
		return nil
	}
	d := c.d
	var out []pairCand
	for t := c.a; t < c.b; t++ {
		if !rl.troops.may(d, t) {
			continue
		}
		n := rl.troops.at(d, t, c.b, nil)
		if n == 0 {
			continue
		}
		how, rel := 0, -1 // how 1: "with", 2: a possessive, 3: a possessive relative at rel, 4: a count
		count, opens := false, false
		for p := t - 1; p >= c.a && p >= t-1-maxContingentWords && !c.hardOrComma(p+1); p-- {
			if (rl.possRelatives.may(d, p) && rl.possRelatives.at(d, p, p+1, nil) == 1) && p > c.a && c.comma[p-c.a] {
				how, rel = 3, p // ", whose largest contingents come from", « , dont les contingents viennent »
				break
			}
			if rl.has(d, p, rwPossessives) {
				if p == c.a || c.hardOrComma(p) {
					how = 2 // « Ses soldats, venus de »; not "withdrew its troops from Yemen"
				}
				break
			}
			if rl.companions.mayEnd(d, p+1) && rl.companions.endsAt(d, c.a, p+1) > 0 {
				how = 1
				break
			}
			if c.inMention(p) >= 0 || c.trig[p-c.a] || !(isLowerWord(d, p) || isNumber(d.toks[p].fold) || p == c.a && rl.quantity[d.toks[p].fold]) {
				break
			}
			count = count || isNumber(d.toks[p].fold)
			opens = p == c.a
		}
		if how == 0 && count {
			how = 4 // "La SAMIM a compté jusqu'à 2 000 militaires, venus de"
		}
		if how == 0 {
			continue
		}
		j, src := t+n, false
		if how == 3 && j+1 < c.b && isLowerWord(d, j) && !rl.has(d, j, rwSources) && rl.has(d, j+1, rwSources) && c.inMention(j) < 0 && !c.hardOrComma(j) {
			j++ // "contingents come from"
		}
		for j < c.b && j < t+n+5 && !c.hard[j-c.a] {
			f := d.toks[j].fold
			if rl.sources[f] {
				src = true
				j++
				continue
			}
			if rl.including.at(d, j, c.b, nil) == 1 || src && (rl.of[f] || c.ld.determiners.at(d, j, j+1, nil) == 1) {
				j++
				continue
			}
			break
		}
		k := -1
		if src && j < c.b {
			k = c.inMention(j)
		}
		var shares []int // "about 750 from Kenya, the rest from Jamaica"
		if how == 4 {
			shares = c.shareSources(j)
		}
		if (k < 0 || c.ms[k].ts != j || c.ms[k].actor.Kind != graph.KindState) && len(shares) == 0 {
			continue
		}
		if k >= 0 && (c.ms[k].ts != j || c.ms[k].actor.Kind != graph.KindState) {
			k = -1
		}
		o, at := -1, t // at: where the possessive's troops stand
		if how == 3 {
			// the relative's antecedent: an organisation, or a possessive
			// opening its clause ("Its 10,000 troops, whose")
			if q := c.mentionEndingAt(rel); q >= 0 && c.ms[q].actor.Kind == graph.KindOrganisation && !c.noArg[q] {
				o = q
			} else if p := c.possessiveOpening(rel); p >= 0 {
				how, at = 2, p+1
			}
		}
		for q := len(c.ms) - 1; q >= 0 && o < 0; q-- {
			if c.ms[q].te <= at && c.ms[q].actor.Kind == graph.KindOrganisation && !c.noArg[q] {
				o = q
			}
		}
		if how == 4 && o >= 0 && !c.countedTroopsOf(o, t) {
			continue
		}
		if a := c.prevSubject; how == 4 && o < 0 && opens && len(shares) > 0 && a != nil && a.Kind == graph.KindOrganisation {
			// "The MSS mission ... . Some 1,000 personnel have deployed:
			// about 750 from Kenya, the rest from Jamaica": the force
			// opening the sentence before
			o = c.addExtra(mention{ts: t, te: t, actor: a, form: lexicon.Form{Text: a.Name, Role: roleAnaphor}})
		}
		if o < 0 && how == 2 {
			o = c.possessiveGroup(at, graph.KindOrganisation)
			if o >= 0 && c.mem != nil {
				if g := c.mentionAt(o).actor; c.mem.troopOwner(g).ID != g.ID {
					a := c.mem.troopOwner(g)
					// "Its 10,000 troops" after "UNIFIL, the UN force":
					// UNIFIL's
					o = c.addExtra(mention{ts: at, te: at, actor: a, form: lexicon.Form{Text: a.Name, Role: roleAnaphor}})
				}
			}
		}
		if o < 0 {
			continue
		}
		if k >= 0 {
			shares = append(shares, k)
		}
		for _, k := range shares {
			for _, g := range d.group(c.ld, c.ms, k, +1) {
				if c.ms[g].actor.Kind == graph.KindState && !c.noArg[g] {
					out = append(out, pairCand{from: g, to: o, typ: graph.MemberOf, ts: t, te: j, rule: lang + "/contingents/member_of"})
				}
			}
		}
	}
	return out
}

// shareSources returns the first states of the shares of counted troops
// listed after token j, to the sentence's end (contingentRules): a
// number or a share word, then a source word and a state ("about 750
// from Kenya, the rest from Jamaica, Guatemala and El Salvador").
func (c *sctx) shareSources(j int) []int {
	d, rl := c.d, c.ld.rel
	var out []int
	for q := j; q+1 < c.b; q++ {
		n := rl.bl.shares.at(d, q, c.b, nil)
		if n == 0 && isCount(d.toks[q].fold) {
			n = 1
		}
		if n == 0 || q+n >= c.b || !rl.has(d, q+n, rwSources) {
			continue
		}
		s := q + n + 1
		for s < c.b && (c.ld.determiners.at(d, s, s+1, nil) == 1 || rl.has(d, s, rwOf)) {
			s++
		}
		if k := c.inMention(s); k >= 0 && c.ms[k].ts == s && c.ms[k].actor.Kind == graph.KindState && !c.hardOrComma(s) {
			out = append(out, k)
		}
	}
	return out
}

// countedTroopsOf reports whether the counted troops at token t are the
// organisation's at mention o (contingentRules): o is the first actor of
// the sentence, and no other actor, trigger or speech verb stands between
// them ("The AU said 20 soldiers from Burundi" is no count of the AU's).
func (c *sctx) countedTroopsOf(o, t int) bool {
	if o > 0 && c.ms[o-1].te > c.a {
		return false
	}
	for i := c.ms[o].te; i < t; i++ {
		if c.inMention(i) >= 0 || c.trig[i-c.a] || c.ld.rel.speech.at(c.d, i, t, nil) > 0 {
			return false
		}
	}
	return true
}

// dropSpeakers drops from a list of objects the speakers of a trailing
// attribution (speakerSource): "to Russia, South Korean and Ukrainian
// officials say" lists Russia only.
func (c *sctx) dropSpeakers(g []int) []int {
	if len(g) < 2 || !c.ld.rel.bl.ok {
		return g
	}
	out := g[:0:0]
	for _, k := range g {
		if k >= len(c.noArg) || !c.noArg[k] || !c.speakerSource(k) {
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		return g
	}
	return out
}

// actingMention reports whether a state's mention may count for the home
// state (homeState): not an origin ("Turkish-made", « de fabrication
// turque »), which names where equipment comes from, not a party.
// (Places stay counted: "in Haiti" is where the article's events happen,
// and "the army" there is Haiti's.)
func actingMention(d *doc, ld *langData, ms []mention, k int) bool {
	return !originMention(d, ld, ms, k)
}

// originMention reports whether demonym ms[k] names an origin, for
// actingMention and memory.rememberLists (sctx.origin reads the same
// within a sentence): also one listed right after an origin («
// de fabrication serbe et chinoise »).
func originMention(d *doc, ld *langData, ms []mention, k int) bool {
	m, r := ms[k], ld.rel
	if m.form.Role != lexicon.RoleDemonym {
		return false
	}
	if r.originBefore.mayEnd(d, m.ts) && r.originBefore.endsAt(d, 0, m.ts) > 0 {
		return true
	}
	if m.te < len(d.toks) && (r.originAfter.may(d, m.te) && r.originAfter.at(d, m.te, len(d.toks), nil) > 0) &&
		d.norm[d.toks[m.te-1].end:d.toks[m.te].start] == "-" {
		return true
	}
	if k > 0 {
		n := ms[k-1]
		if n.te > n.ts && n.te <= m.ts && m.ts-n.te <= 1 && n.form.Role == lexicon.RoleDemonym && d.gapKind(ld, n.te, m.ts) != gapNone {
			return originMention(d, ld, ms, k-1)
		}
	}
	return false
}

// reducedParticiple reports whether the trigger at token ts follows the
// noun it qualifies, a comma allowed between, as a participle with no
// auxiliary does ("helicopters sold to Mali by Russia", "the drones,
// supplied to Mali by Turkey,"): a lower-case word that is no trigger,
// names no actor, and is no relative, pronoun, auxiliary or article.
func (c *sctx) reducedParticiple(ts int) bool {
	k := ts - 1
	if k < c.a || c.inMention(k) >= 0 || c.trig[k-c.a] || c.rel[k-c.a] || !isLowerWord(c.d, k) && k > c.a {
		return false
	}
	if c.hardOrComma(ts) {
		return true
	}
	f := c.d.toks[k].fold
	r := c.ld.rel
	return !r.subjectPronouns[f] && !r.rc.auxiliaries[f] && !r.sp.aux[f] && c.ld.determiners.at(c.d, k, k+1, nil) == 0
}

// agentAfterObject reads a passive supplies or trains predicate whose
// recipient comes before its agent ("the drones were supplied to Mali by
// Turkey", « des armes ont été livrées au Mali par la Turquie »,
// "helicopters sold to Mali by Russia"): an active trigger after a
// passive auxiliary or a reduced participle, its object (right) with the
// actors listed with it, then an agent marker and an actor. It returns
// that actor, the supplier or trainer, or -1.
func (c *sctx) agentAfterObject(h trigHit, right int) int {
	t := h.trig.Type
	if right < 0 || !c.ld.rel.sp.ok || h.trig.Voice != lexicon.Active || t != graph.Supplies && t != graph.Trains {
		return -1
	}
	aux := false
	for k := h.ts - 1; k >= h.ts-2 && k >= c.a && !aux; k-- {
		aux = c.ld.rel.sp.aux[c.d.toks[k].fold]
	}
	if !aux && !c.reducedParticiple(h.ts) {
		return -1
	}
	end := c.ms[right].te
	for _, g := range c.d.group(c.ld, c.ms, right, +1) {
		end = max(end, c.ms[g].te)
	}
	if end >= c.b || c.hardOrComma(end) {
		return -1
	}
	n := c.ld.passive.at(c.d, end, c.b, nil)
	if n == 0 {
		return -1
	}
	k := c.mentionPastArticles(end + n)
	if k < 0 || c.noArg[k] {
		return -1
	}
	return k
}

// possessiveLeaderRules reads a leader or a member named by a possessive
// role ("Its leader, Alexander Lukashenko, has ruled since 1994", « Son
// chef, X, », "Their military spokesman, Yahya Saree,", "Its armed wing,
// the People's Defence Force,"): the person (or, for a member role, the
// group) after the comma leads or is a member of what the possessive
// names, the actor opening the sentence before when the possessive opens
// this one, else the nearest actor before it in the sentence
// (".../possessive/leads", ".../possessive/member_of").
func (c *sctx) possessiveLeaderRules(lang string) []pairCand {
	r := c.ld.rel
	if !r.bl.ok || c.d.none(r.leaderRoles, c.a, c.b) && c.d.none(r.memberRoles, c.a, c.b) {
		return nil
	}
	d := c.d
	var out []pairCand
	for p := c.a; p+2 < c.b; p++ {
		if !d.is(p, c.ld, classPossessive) {
			continue
		}
		// at most two adjectives before the role: "Their military spokesman"
		q := p + 1
		typ := graph.Leads
		n := 0
		for ; q < c.b && q <= p+3; q++ {
			if n = r.leaderRoles.at(d, q, c.b, nil); n > 0 {
				break
			}
			if n = r.memberRoles.at(d, q, c.b, nil); n > 0 {
				typ = graph.MemberOf
				break
			}
			if !isLowerWord(d, q) || c.inMention(q) >= 0 || c.hardOrComma(q+1) {
				break
			}
		}
		if n > 0 && q+n+1 < c.b && !c.comma[q+n-c.a] && isLowerWord(d, q+n) && c.inMention(q+n) < 0 && c.comma[q+n+1-c.a] {
			n++ // an adjective after: « Leur porte-parole militaire, X »
		} else if n > 0 && q+n+2 < c.b && !c.comma[q+n-c.a] && r.has(d, q+n, rwOf) && !c.hardOrComma(q+n+1) && isLowerWord(d, q+n+1) &&
			c.inMention(q+n+1) < 0 && c.comma[q+n+2-c.a] {
			n += 2 // a complement after: « Sa mission de formation, l'EUTM »
		}
		if n == 0 || q+n >= c.b || !c.comma[q+n-c.a] || c.former(q) {
			continue
		}
		h := q + n
		if typ == graph.MemberOf && h+1 < c.b && c.ld.determiners.at(d, h, h+1, nil) == 1 {
			h++ // "Its armed wing, the People's Defence Force"
		}
		k := c.inMention(h)
		if k < 0 && p == c.a {
			k = c.nameAfter(h) // « Son porte-parole militaire, Jaafar al-Husseini, »: a name no dictionary knows
		}
		if k < 0 || c.mentionAt(k).ts != h || c.mentionAt(k).actor.Kind == graph.KindState || (typ == graph.Leads && c.mentionAt(k).actor.Kind != graph.KindPerson) {
			continue
		}
		held := c.mentionAt(k).actor
		owner := -1
		if p == c.a {
			if a := c.prevSubject; a != nil && a.Kind != graph.KindPerson && a.ID != held.ID {
				owner = c.addExtra(mention{ts: p, te: p, actor: a, form: lexicon.Form{Text: a.Name, Role: roleAnaphor}})
			} else if a := c.ledRecent(held); a != nil && typ == graph.Leads {
				// « ... piloté par TotalEnergies ... . Son PDG, Patrick
				// Pouyanné, »: the one the lexicon says he heads, when
				// the sentence before names it but opens with no actor
				owner = c.addExtra(mention{ts: p, te: p, actor: a, form: lexicon.Form{Text: a.Name, Role: roleAnaphor}})
			}
		} else {
			for o := len(c.ms) - 1; o >= 0; o-- {
				if c.ms[o].te <= p && !c.noArg[o] && c.ms[o].actor.Kind != graph.KindPerson && c.ms[o].actor.ID != held.ID {
					owner = o
					break
				}
			}
		}
		if typ == graph.Leads && c.groupGovernmentHead(q, owner) {
			typ = graph.MemberOf // "its prime minister, X" of an armed group (gold17en.go)
		}
		if owner >= 0 {
			out = append(out, pairCand{from: k, to: owner, typ: typ, ts: p, te: q + n, rule: lang + "/possessive/" + string(typ)})
		}
	}
	return out
}

// locativeMemberRules reads a membership whose organisation is a
// locative pronoun (« la Tanzanie, qui y participait », « le Kenya y
// contribue »): the verb's subject is a member of the last organisation
// named before the sentence (".../locative/member_of").
func (c *sctx) locativeMemberRules(lang string) []pairCand {
	r := c.ld.rel
	if !r.bl.ok || c.recentOrg == nil || c.d.none(r.bl.locMember, c.a, c.b) && c.d.none(r.bl.locStay, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for i := c.a + 1; i < c.b; i++ {
		y := c.locativeVerb(i)
		if y < 0 {
			continue
		}
		n := c.locativeVerbLen(i)
		s := c.subject(y, func(j int) bool { return c.noArg[j] })
		if s < 0 {
			continue
		}
		// the last organisation named: in the sentence before the
		// pronoun (« Le Tchad, qui a menacé de quitter la force, y
		// reste »), else before the sentence
		o := -1
		for q := len(c.ms) - 1; q >= 0 && o < 0; q-- {
			if c.ms[q].te <= y && q != s && c.ms[q].actor.Kind == graph.KindOrganisation && !c.noArg[q] {
				o = q
			}
		}
		if o < 0 {
			o = c.addExtra(mention{ts: i, te: i, actor: c.recentOrg, form: lexicon.Form{Text: c.recentOrg.Name, Role: roleAnaphor}})
		}
		org := c.mentionAt(o).actor
		if c.ms[s].actor.ID == org.ID {
			continue
		}
		for _, g := range c.cutLeft(c.d.group(c.ld, c.ms, s, -1)) {
			// every subject listed: « La Thaïlande et le Cambodge en sont
			// tous deux membres »
			if !c.noArg[g] && c.ms[g].actor.ID != org.ID {
				out = append(out, pairCand{from: g, to: o, typ: graph.MemberOf, ts: i, te: i + n, rule: lang + "/locative/member_of"})
			}
		}
		// « le Tchad y reste, aux côtés du Nigeria et du Cameroun »: the
		// actors alongside are members too
		at, an, list := c.alongside(i + n)
		for _, k := range list {
			if c.ms[k].actor.Kind == c.ms[s].actor.Kind && c.ms[k].actor.ID != org.ID {
				out = append(out, pairCand{from: k, to: o, typ: graph.MemberOf, ts: at, te: at + an, rule: lang + "/locative/member_of/alongside"})
			}
		}
	}
	return out
}

// maxAlongsideGap is the most words between a locative member verb and
// the alongside phrase after it (« y reste pour l'instant, aux côtés
// de »).
const maxAlongsideGap = 4

// alongside returns the actors an alongside phrase lists a few words
// after token e in its clause (« , aux côtés du Nigeria, du Cameroun et
// du Bénin »), or nil, and the phrase's first token and length.
func (c *sctx) alongside(e int) (int, int, []int) {
	d, r := c.d, c.ld.rel
	for p := e; p < c.b && p <= e+maxAlongsideGap; p++ {
		if c.inMention(p) >= 0 || c.hard[p-c.a] || (c.brk[p-c.a] && p > e) {
			return -1, 0, nil
		}
		if !r.alongside.may(d, p) {
			continue
		}
		n := r.alongside.at(d, p, c.b, nil)
		if n == 0 {
			continue
		}
		j := p + n
		for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
			j++
		}
		if k := c.inMention(j); k >= 0 && c.ms[k].ts == j && !c.hardOrComma(j) {
			return p, n, d.group(c.ld, c.ms, k, +1)
		}
		return -1, 0, nil
	}
	return -1, 0, nil
}

// dropCoMembers drops the allied pairs of an alongside trigger whose
// actors locativeMemberRules made members alongside the subject («
// le Rwanda y participe, aux côtés du Burundi »: fellow members, not
// allies).
func dropCoMembers(cands, loc []pairCand) []pairCand {
	out := cands[:0]
	for _, p := range cands {
		drop := false
		for _, l := range loc {
			if p.typ == graph.Allied && strings.HasSuffix(l.rule, "/alongside") && p.ts == l.ts {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, p)
		}
	}
	return out
}

// locativeVerbLen returns the length of the locative member verb at
// token i (locative_member_verbs), or of a stay verb there that ends its
// clause or has an alongside phrase after it (locative_stay_verbs: « y
// reste. », « y reste, aux côtés du Nigeria »; not « y reste actif »),
// or 0.
func (c *sctx) locativeVerbLen(i int) int {
	r := c.ld.rel
	if !r.bl.locMember.may(c.d, i) {
		// no locative member verb starts here (at would say 0)
	} else if n := r.bl.locMember.at(c.d, i, c.b, nil); n > 0 {
		return n
	}
	if !r.bl.locStay.may(c.d, i) {
		return 0
	}
	n := r.bl.locStay.at(c.d, i, c.b, nil)
	if n == 0 {
		return 0
	}
	if _, _, list := c.alongside(i + n); i+n < c.b && !c.hardOrComma(i+n) && len(list) == 0 {
		return 0
	}
	return n
}

// locativeVerb returns the token of the locative pronoun before a
// locative member verb at token i (« y participait », « y a participé »:
// one auxiliary between; locativeVerbLen), or -1.
func (c *sctx) locativeVerb(i int) int {
	r := c.ld.rel
	if !r.bl.ok || i >= c.b || c.trig[i-c.a] || c.locativeVerbLen(i) == 0 {
		return -1
	}
	y := i - 1
	if y > c.a && r.has(c.d, y, rwAuxiliaries) {
		y--
	}
	if y < c.a || !r.locatives[c.d.toks[y].fold] {
		return -1
	}
	return y
}

// locativeMember reports whether the sentence holds a locative member
// verb with an organisation named before (locativeMemberRules): one
// actor then suffices.
func (c *sctx) locativeMember() bool {
	if c.recentOrg == nil || c.d.none(c.ld.rel.bl.locMember, c.a, c.b) && c.d.none(c.ld.rel.bl.locStay, c.a, c.b) {
		return false
	}
	for i := c.a + 1; i < c.b; i++ {
		if c.locativeVerb(i) >= 0 {
			return true
		}
	}
	return false
}

// reactionSubject reads an opposed trigger that a reaction verb governs
// ("Turkey condemned the attack by the RSF on El Fasher", « l'ONU a
// condamné l'attaque du JNIM contre l'armée malienne »): the reaction's
// subject did not attack. The subject is the actor named right after the
// trigger by an agent marker or an of-word, the object the actor after
// that; with none, the trigger has no subject. ok is false when no
// reaction verb stands between the subject and the trigger.
func (c *sctx) reactionSubject(h trigHit, left int, skipObj func(int) bool) (l, r int, ok bool) {
	bl := &c.ld.rel.bl
	if left < 0 || h.trig.Type != graph.Opposed || !bl.ok || c.ms[left].te > h.ts {
		return left, -1, false
	}
	found := false
	for i := c.ms[left].te; i < h.ts && !found; i++ {
		found = bl.reaction.may(c.d, i) && bl.reaction.at(c.d, i, h.ts, nil) > 0
	}
	if !found {
		return left, -1, false
	}
	j := h.te
	if j < c.b && !c.hardOrComma(j) {
		if n := c.ld.passive.at(c.d, j, c.b, nil); n > 0 {
			j += n
		} else if c.ld.rel.has(c.d, j, rwOf) {
			j++
		}
	}
	for j < c.b && c.ld.determiners.at(c.d, j, j+1, nil) == 1 {
		j++
	}
	if j > h.te && j < c.b {
		if k := c.inMention(j); k >= 0 && c.ms[k].ts == j && !c.noArg[k] {
			return k, c.object(c.ms[k].te, skipObj), true
		}
	}
	return -1, -1, true
}

// deployedByRules reads a mission deployed by its parent: an
// organisation, then a comma and a deploy participle whose agent, right
// after the participle or past a few words naming no actor (« la SAMIM,
// déployée la même année par la SADC », "the mission, deployed in 2021
// by the African Union"), is another organisation: the first is a
// member of the second (".../deployed-by/member_of"; deploy_verbs).
func (c *sctx) deployedByRules(lang string) []pairCand {
	d, r := c.d, c.ld.rel
	if d.none(r.deploy, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for k, m := range c.ms {
		if m.actor.Kind != graph.KindOrganisation || c.noArg[k] || m.te >= c.b || !c.comma[m.te-c.a] {
			continue
		}
		i := m.te
		n := r.deploy.at(d, i, c.b, nil)
		if n == 0 || !r.participleOf(d.word(i+n-1)) {
			continue
		}
		for p := i + n; p < c.b && p <= i+n+maxParticipleGap; p++ {
			if c.hardOrComma(p) || c.inMention(p) >= 0 {
				break
			}
			if !c.ld.passive.may(d, p) || c.ld.passive.at(d, p, c.b, nil) != 1 {
				continue
			}
			j := p + 1
			for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
				j++
			}
			if h := c.inMention(j); h >= 0 && c.ms[h].ts == j && !c.noArg[h] && c.ms[h].actor.Kind == graph.KindOrganisation && c.ms[h].actor.ID != m.actor.ID {
				out = append(out, pairCand{from: k, to: h, typ: graph.MemberOf, ts: i, te: i + n, rule: lang + "/deployed-by/member_of"})
			}
			break
		}
	}
	return out
}

// withdrawalRules reads a completed departure named by a noun: « le
// retrait du Niger, du Mali et du Burkina Faso de la CEDEAO, annoncé un an
// plus tôt, est devenu effectif », "the withdrawal of Mali from ECOWAS
// took effect": each state or group listed after the noun leaves the
// organisation or group named after the preposition that follows the
// list (member_of, negated as departures are: ".../withdrawal/leaving";
// withdrawal_nouns), when a completion phrase follows later in the
// sentence (completion_phrases); an announced withdrawal is nothing.
func (c *sctx) withdrawalRules(lang string) []pairCand {
	r := &c.ld.rel.bl
	d := c.d
	if !r.ok || d.none(r.withdrawal, c.a, c.b) || d.none(r.completion, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for i := c.a; i < c.b; i++ {
		n := r.withdrawal.at(d, i, c.b, nil)
		if n == 0 || !isLowerWord(d, i) {
			continue
		}
		j := i + n
		if j >= c.b || !c.ld.rel.has(d, j, rwOf) {
			continue
		}
		if c.ld.determiners.at(d, j, j+1, nil) == 0 {
			j++ // "of", not « du »
		}
		for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
			j++
		}
		k := c.inMention(j)
		if k < 0 || c.ms[k].ts != j || c.noArg[k] {
			continue
		}
		g := d.group(c.ld, c.ms, k, +1)
		end := c.ms[k].te
		for _, o := range g {
			end = max(end, c.ms[o].te)
		}
		if end >= c.b || c.hardOrComma(end) || !c.ld.rel.has(d, end, rwPrepositions) {
			continue
		}
		p := end
		if c.ld.determiners.at(d, p, p+1, nil) == 0 {
			p++ // "from", not « de la »
		}
		for p < c.b && c.ld.determiners.at(d, p, p+1, nil) == 1 {
			p++
		}
		h := c.inMention(p)
		if h < 0 || c.ms[h].ts != p || c.noArg[h] || slices.Contains(g, h) {
			continue
		}
		completed := false
		for t := c.ms[h].te; t < c.b && !completed; t++ {
			completed = r.completion.may(d, t) && r.completion.at(d, t, c.b, nil) > 0
		}
		if !completed {
			continue
		}
		for _, o := range g {
			if !c.noArg[o] {
				out = append(out, pairCand{from: o, to: h, typ: graph.MemberOf, ts: i, te: i + n, rule: lang + "/withdrawal/leaving"})
			}
		}
	}
	return out
}

// ledRecent returns the actor the lexicon says person p heads at the
// article's date when it is the last actor of its kind named before the
// sentence, else nil (possessiveLeaderRules).
func (c *sctx) ledRecent(p *lexicon.Actor) *lexicon.Actor {
	if len(p.Leads) == 0 || c.mem == nil {
		return nil
	}
	id := p.LedAt(c.mem.date)
	for _, ra := range c.recent {
		if ra.actor != nil && ra.actor.ID == id {
			return ra.actor
		}
	}
	return nil
}

// investitureRules reads an investiture: an investiture word before a
// state head title (« Investi le 26 mars président de la République, le
// général X », "X was sworn in as President of Y") makes the person the
// head of the state named right after the title, else of the article's
// home state when the lexicon says the person heads it at the article's
// date (".../investiture/leads"; investiture_words, state_head_titles).
// The person is the one the sentence names right before the word, or,
// when the word opens the sentence, the first one after its comma.
func (c *sctx) investitureRules(lang string) []pairCand {
	r := c.ld.rel
	d := c.d
	if !r.bl.ok || d.none(r.bl.investiture, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for i := c.a; i < c.b; i++ {
		if i = d.nextStart(i, c.b, r.bl.investiture.bit); i >= c.b {
			break
		}
		n := r.bl.investiture.atIf(d, i, c.b)
		if n == 0 {
			continue
		}
		// the title within a few words (a date between: « investi le 26
		// mars président »)
		t, tn := -1, 0
		for k := i + n; k < c.b && k <= i+n+4; k++ {
			if c.hardOrComma(k) && k > i+n || c.inMention(k) >= 0 {
				break
			}
			if m := r.stateHeads.at(d, k, c.b, nil); m > 0 {
				t, tn = k, m
				break
			}
		}
		if t < 0 {
			continue
		}
		e := t + tn
		state := -1
		if e < c.b && r.has(d, e, rwOf) {
			j := e
			for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
				j++
			}
			h := c.inMention(j)
			if h < 0 || c.ms[h].ts != j || c.ms[h].actor.Kind != graph.KindState {
				continue // « président de l'Assemblée »: another body
			}
			state = h
		}
		p := -1
		if i == c.a {
			for k := range c.ms {
				if c.ms[k].ts > t && c.commas(t, c.ms[k].ts) == 1 && c.ms[k].actor.Kind == graph.KindPerson {
					p = k
					break
				}
			}
		} else {
			for k := len(c.ms) - 1; k >= 0; k-- {
				if c.ms[k].te <= i && c.ms[k].actor.Kind == graph.KindPerson && c.span(c.ms[k].te, i) <= 4 {
					p = k
					break
				}
				if c.ms[k].te <= i {
					break
				}
			}
		}
		if p < 0 || c.noArg[p] {
			continue
		}
		if state < 0 {
			if c.home == nil || c.mem == nil || c.ms[p].actor.LedAt(c.mem.date) != c.home.ID {
				continue
			}
			state = c.addExtra(mention{ts: t, te: t, actor: c.home, form: lexicon.Form{Text: c.home.Name, Role: roleAnaphor}})
		}
		out = append(out, pairCand{from: p, to: state, typ: graph.Leads, ts: i, te: i + n, rule: lang + "/investiture/leads"})
	}
	return out
}

// possessivePlurals returns, for a plural possessive opening the sentence
// before a plural anaphor noun of a kind (« Leurs armées mènent des
// opérations conjointes », "Their forces"; plural_possessives,
// plural_anaphors), a mention of each actor of the last list of that kind
// named together, when the sentence before opened with one of them
// (mem.prevSubject); none otherwise.
func possessivePlurals(d *doc, ld *langData, a, b int, ms []mention, mem *memory) []mention {
	r := ld.rel
	if !r.bl.ok || mem == nil || mem.prevSubject == nil || len(mem.lists) == 0 || a+1 >= b || (len(ms) > 0 && ms[0].ts <= a+1) {
		return nil
	}
	n := r.bl.pluralPoss.at(d, a, b, nil)
	if n == 0 {
		return nil
	}
	i := a + n
	l, kind := 0, graph.Kind("")
	for ki, kd := range graph.Kinds {
		if m := r.pluralK[ki].at(d, i, b, nil); m > l {
			l, kind = m, kd
		}
	}
	if l == 0 || kind != mem.prevSubject.Kind {
		return nil
	}
	to := mem.lists[len(mem.lists)-1]
	if len(to) < 2 || to[0].Kind != kind || !slices.ContainsFunc(to, func(x *lexicon.Actor) bool { return x.ID == mem.prevSubject.ID }) {
		return nil
	}
	add := make([]mention, 0, len(to))
	for _, act := range to {
		add = append(add, mention{ts: i, te: i + l, actor: act, form: lexicon.Form{Text: d.tokenText(i, i+l), Role: roleAnaphor}})
	}
	return add
}

// facingRules reads a sentence opening with its first actor's enemy: a
// facing opener (« Face au JNIM, l'armée malienne compte sur ses alliés
// russes », "Facing al-Shabaab, the Somali army relies on"; facing_openers)
// then a state or an armed group, or an object pronoun standing for the
// subject of the sentence before (« Face à lui, »), then a comma: the
// first state, armed group or organisation after the comma opposes it
// (".../facing/opposed").
func (c *sctx) facingRules(lang string) []pairCand {
	r := c.ld.rel
	d := c.d
	if !r.bl.ok || c.a+2 >= c.b {
		return nil
	}
	n := r.bl.facing.at(d, c.a, c.b, nil)
	if n == 0 {
		return nil
	}
	i := c.a + n
	for i < c.b && c.ld.determiners.at(d, i, i+1, nil) == 1 {
		i++
	}
	hostile := func(k graph.Kind) bool { return k == graph.KindState || k == graph.KindArmedGroup }
	x, end := -1, -1
	if k := c.inMention(i); k >= 0 && c.ms[k].ts == i && !c.noArg[k] && hostile(c.ms[k].actor.Kind) {
		x, end = k, c.ms[k].te
	} else if i < c.b && r.objectPronouns[d.toks[i].fold] && c.prevSubject != nil && hostile(c.prevSubject.Kind) {
		x, end = c.addExtra(mention{ts: i, te: i + 1, actor: c.prevSubject, form: lexicon.Form{Text: d.tokenText(i, i+1), Role: roleAnaphor}}), i+1
	}
	if x < 0 || end >= c.b || !c.comma[end-c.a] {
		return nil
	}
	for k := range c.ms {
		if c.ms[k].ts < end || c.noArg[k] {
			continue
		}
		if kd := c.ms[k].actor.Kind; (hostile(kd) || kd == graph.KindOrganisation) && c.ms[k].actor != c.mentionAt(x).actor {
			return []pairCand{{from: k, to: x, typ: graph.Opposed, ts: c.a, te: c.a + n, rule: lang + "/facing/opposed"}}
		}
		break
	}
	return nil
}
