package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// ledRole says how a mention takes part in a leader's forces.
type ledRole uint8

const (
	notLed ledRole = iota
	// ledForces: the mention is the forces of a leader ("Assad's
	// forces"), standing for the actor the leader heads.
	ledForces
	// ledLeader: the mention is a leader named only to say whose forces
	// ("forces loyal to Assad"): no argument of a trigger.
	ledLeader
	// ledInstitution: the mention is a leader's institution of the home
	// institutions ("Tiani's junta", « la junte du général Tiani »): as
	// ledForces, but the phrase still says the person leads (possessor).
	ledInstitution
)

// leaderMentions adds to ms (sorted, of tokens [a, b)) the forces of the
// leaders the lexicon knows (lexicon.Actor.Leads): "Assad's forces",
// "Hemedti's fighters", « les forces de Goïta », « les combattants du
// général Hemetti », "forces loyal to Haftar" stand for the actor the
// person heads as of the article's date ([lexicon.Actor.LedAt]), as "the
// Malian army" stands for Mali. The mention covers the noun
// (leader_forces) and its form is the whole phrase, an institution of the
// actor; "the Assad regime", « le régime Assad » too. The person keeps
// its mention: after "'s" or "of"/« de » the rules read the noun rather
// than its possessor (possessed, ofPerson); after another link ("loyal
// to", « fidèles à ») or in a compound the person is no argument of
// triggers (ledLeader). The date is formatted only when a leader is
// met: most sentences name none.
//
// formatted is published.String() when the caller has it (extract formats
// the date once an article, memory.date), else "".
func (x *Extractor) leaderMentions(d *doc, ld *langData, a, b int, ms []mention, published graph.Date, formatted string) []mention {
	r := ld.rel
	add := d.addBuf[:0] // the document's, taken back after the merge
	var leaders []int
	plain := func(i int) bool { // no punctuation but an apostrophe before token i
		return !strings.ContainsAny(d.norm[d.toks[i-1].end:d.toks[i].start], ",;:()[]\"")
	}
	free := func(s, e int) bool { // no mention overlaps tokens [s, e)
		for _, m := range ms {
			if m.ts < e && s < m.te {
				return false
			}
		}
		return true
	}
	date, dated := formatted, formatted != "" // published, formatted at the first leader
	for k, m := range ms {
		if m.actor.Kind != graph.KindPerson || len(m.actor.Leads) == 0 {
			continue
		}
		if !dated {
			date, dated = published.String(), true
		}
		led, ok := x.lex.Actor(m.actor.LedAt(date))
		if !ok {
			continue
		}
		form := func(s, e int) lexicon.Form {
			return lexicon.Form{Text: d.tokenText(s, e), Role: lexicon.RoleInstitution}
		}
		role := func(s, e int) ledRole {
			if r.home.at(d, s, b, nil) == e-s {
				return ledInstitution
			}
			return ledForces
		}
		// "Assad's forces", "Assad's loyal forces"
		if i := m.te; i+1 < b && r.has(d, i, rwPossessiveSuffix) && d.norm[d.toks[i-1].end:d.toks[i].start] == "'" && plain(i+1) {
			s := i + 1
			n := r.leaderForces.at(d, s, b, nil)
			if n == 0 && s+1 < b && isLowerWord(d, s) && plain(s+1) {
				s++
				n = r.leaderForces.at(d, s, b, nil)
			}
			if n > 0 && free(s, s+n) {
				add = append(add, mention{ts: s, te: s + n, actor: led, form: form(m.ts, s+n), led: role(s, s+n)})
				continue
			}
		}
		// "Zubaidi, whose forces were armed by the UAE", « Hemetti, dont
		// les combattants »: a possessive relative after a comma
		if i := m.te; i+1 < b && d.norm[d.toks[i-1].end:d.toks[i].start] == ", " && r.possRelatives.at(d, i, i+1, nil) == 1 {
			s := i + 1
			for s < b && ld.determiners.at(d, s, s+1, nil) == 1 && plain(s+1) {
				s++
			}
			if n := r.leaderForces.at(d, s, b, nil); n > 0 && s > i && plain(s) && free(s, s+n) {
				add = append(add, mention{ts: s, te: s + n, actor: led, form: form(m.ts, s+n), led: role(s, s+n)})
				continue
			}
		}
		// "the Assad regime", « le régime Assad »: a determiner, then the
		// leader and the noun in either order; the leader is no argument
		if m.ts-1 >= a && ld.determiners.at(d, m.ts-1, m.ts, nil) == 1 && m.te < b && plain(m.te) {
			if n := r.leaderForces.at(d, m.te, b, nil); n > 0 && free(m.te, m.te+n) {
				add = append(add, mention{ts: m.te, te: m.te + n, actor: led, form: form(m.ts, m.te+n), led: role(m.te, m.te+n)})
				leaders = append(leaders, k)
				continue
			}
		}
		if n := r.leaderForces.endsAt(d, a, m.ts); n > 0 && m.ts-n > a && plain(m.ts) && ld.determiners.at(d, m.ts-n-1, m.ts-n, nil) == 1 && free(m.ts-n, m.ts) {
			add = append(add, mention{ts: m.ts - n, te: m.ts, actor: led, form: form(m.ts-n, m.te), led: role(m.ts-n, m.ts)})
			leaders = append(leaders, k)
			continue
		}
		// « les forces du général Hemetti », "forces loyal to Haftar": a
		// link before the person, or before a title or up to two
		// lower-case words before it
		for p, step := m.ts, 0; p > a+1 && step < 3 && plain(p); step++ {
			if n := r.leaderLinks.endsAt(d, a, p); n > 0 && p-n > a && plain(p-n) {
				if f := r.leaderForces.endsAt(d, a, p-n); f > 0 && free(p-n-f, p-n) {
					add = append(add, mention{ts: p - n - f, te: p - n, actor: led, form: form(p-n-f, m.te), led: role(p-n-f, p-n)})
					if !r.has(d, p-1, rwOf) {
						leaders = append(leaders, k)
					}
				}
				break
			}
			if t := ld.disc.titles.endsAt(d, a, p); t > 0 {
				p -= t
			} else if isLowerWord(d, p-1) {
				p--
			} else {
				break
			}
		}
	}
	if len(add) == 0 {
		return ms
	}
	out := d.mergeMentions(ms, add)
	d.addBuf = add[:0]
	for _, k := range leaders {
		for j := range out {
			if out[j].ts == ms[k].ts && out[j].actor == ms[k].actor {
				out[j].led = ledLeader
			}
		}
	}
	return out
}
