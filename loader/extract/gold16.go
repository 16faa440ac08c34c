package extract

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// gold16Rel holds the word sets of the rules added with the sixteenth
// session's blind articles.
type gold16Rel struct {
	ok bool
	// succession: "succeeded", « a succédé à »
	// (lexicon.Language.SuccessionVerbs).
	succession phrases
	// count: "counts", « compte » (lexicon.Language.CountVerbs).
	count phrases
	// backer: "main backer", « principal soutien »
	// (lexicon.Language.BackerRoles).
	backer phrases
}

func (r *gold16Rel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.succession, r.count, r.backer = newPhraseSet(reg), newPhraseSet(reg), newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.backer: lg.BackerRoles, &r.succession: lg.SuccessionVerbs, &r.count: lg.CountVerbs})
}

// countRules reads a membership counted by the group ("ASEAN, which still
// counts Myanmar as a member", « l'UA compte le Mali parmi ses membres »):
// a count verb, an actor right after it (articles between), then a view
// marker and a member role ("as a member") or "among" and a possessive
// before a member noun ("among its members") make the actor a member of
// the verb's subject, an organisation or a group (".../count/member_of";
// count_verbs).
func (c *sctx) countRules(lang string) []pairCand {
	r := &c.ld.rel.g16
	if !r.ok || !c.ld.rel.hg.ok || !c.ld.rel.bl.ok || len(c.ms) < 2 || c.d.none(r.count, c.a, c.b) {
		return nil
	}
	d, rel := c.d, c.ld.rel
	var out []pairCand
	for i := c.a; i < c.b; i++ {
		if i = d.nextStart(i, c.b, r.count.bit); i >= c.b {
			break
		}
		n := r.count.atIf(d, i, c.b)
		if n == 0 {
			continue
		}
		e := i + n
		for e < c.b && c.inMention(e) < 0 && c.ld.determiners.at(d, e, e+1, nil) == 1 {
			e++
		}
		mb := c.inMention(e)
		if mb < 0 || c.ms[mb].ts != e || c.noArg[mb] {
			continue
		}
		k := c.ms[mb].te
		if k >= c.b || c.hardOrComma(k) {
			continue
		}
		if m := rel.hg.viewMark.at(d, k, c.b, nil); m > 0 {
			k += m
			for k < c.b && c.ld.determiners.at(d, k, k+1, nil) == 1 {
				k++
			}
			if rel.memberRoles.at(d, k, c.b, nil) == 0 {
				continue
			}
		} else if m := rel.bl.among.at(d, k, c.b, nil); m > 0 && k+m+1 < c.b && rel.has(d, k+m, rwPossessives) && rel.bl.memberNouns.at(d, k+m+1, c.b, nil) > 0 {
			k += m + 1
		} else {
			continue
		}
		s := -1
		for q := i - 1; q > c.a && q >= i-2; q-- {
			if rel.relatives.at(d, q, q+1, nil) == 1 {
				// "ASEAN, which still counts": the relative's antecedent
				if p := c.commaBefore(q); p == q {
					s = c.mentionEndingAt(p)
				}
				break
			}
		}
		if s < 0 {
			s = c.subject(i, func(j int) bool { return c.noArg[j] })
		}
		if s < 0 || s == mb {
			continue
		}
		if k := c.ms[s].actor.Kind; k != graph.KindOrganisation && k != graph.KindArmedGroup {
			continue
		}
		out = append(out, pairCand{from: mb, to: s, typ: graph.MemberOf, ts: i, te: i + n, rule: lang + "/count/member_of"})
		i = k
	}
	return out
}

// successionRules reads a succession ("Naim Qassem, who succeeded
// Nasrallah as secretary-general", « X, qui a succédé à Nasrallah comme
// secrétaire général »): a succession verb, a person of the lexicon right
// after it (articles between), a view marker ("as", « comme ») and a
// leader role make the verb's subject, a person, lead what the
// predecessor last led by the lexicon's leadership facts
// (".../succession/leads"; succession_verbs). Nothing when the role
// names its owner after it ("as head of the army": the role rules read
// it) or the predecessor led nothing.
func (c *sctx) successionRules(lang string) []pairCand {
	r := &c.ld.rel.g16
	if !r.ok || c.actorOf == nil || !c.ld.rel.hg.ok || len(c.ms) < 2 || c.d.none(r.succession, c.a, c.b) {
		return nil
	}
	d := c.d
	var out []pairCand
	for i := c.a; i < c.b; i++ {
		if i = d.nextStart(i, c.b, r.succession.bit); i >= c.b {
			break
		}
		n := r.succession.atIf(d, i, c.b)
		if n == 0 {
			continue
		}
		e := i + n
		for e < c.b && c.inMention(e) < 0 && c.ld.determiners.at(d, e, e+1, nil) == 1 {
			e++
		}
		p := c.inMention(e)
		if p < 0 || c.ms[p].ts != e || c.ms[p].actor.Kind != graph.KindPerson {
			continue
		}
		k := c.ms[p].te
		if k >= c.b || c.hardOrComma(k) {
			continue
		}
		if o, te := c.successionOwner(k); o >= 0 {
			// "succeeded Nasrallah as Hezbollah's leader", « à la tête du
			// Hezbollah »: the successor leads the owner named, the
			// predecessor's pair from the same words is dropped (lead18.go)
			if s := c.successor(i); s >= 0 && s != p && s != o && c.ms[o].actor.Kind != graph.KindPerson {
				out = append(out, pairCand{from: s, to: o, typ: graph.Leads, ts: i, te: te, rule: lang + "/succession/leads"})
				c.predecessors = append(c.predecessors, [2]int{p, o})
			}
			i = te - 1
			continue
		}
		if len(c.ms[p].actor.Leads) == 0 {
			continue
		}
		m := c.ld.rel.hg.viewMark.at(d, k, c.b, nil)
		if m == 0 {
			continue
		}
		k += m
		for k < c.b && c.ld.determiners.at(d, k, k+1, nil) == 1 {
			k++
		}
		rn := c.ld.rel.leaderRoles.at(d, k, c.b, nil)
		if rn == 0 || k+rn < c.b && !c.hardOrComma(k+rn) && (c.ld.rel.has(d, k+rn, rwOf) || c.inMention(k+rn) >= 0) {
			continue // "as head of the army": the role's owner follows
		}
		s := c.successor(i)
		if s < 0 || s == p || c.ms[s].actor.Kind != graph.KindPerson {
			continue
		}
		leads := c.ms[p].actor.Leads
		led, ok := c.actorOf(leads[len(leads)-1].ID)
		if !ok || led.ID == c.ms[s].actor.ID {
			continue
		}
		to := c.mentionOf(led, mention{ts: k, te: k + rn, actor: led, form: lexicon.Form{Text: led.Name, Role: roleAnaphor}})
		out = append(out, pairCand{from: s, to: to, typ: graph.Leads, ts: i, te: k + rn, rule: lang + "/succession/leads"})
		i = k + rn - 1
	}
	return out
}

// successor returns the subject of the succession verb at token i: the
// person of a relative before it, else the clause's subject; -1 when it
// is none or no person.
func (c *sctx) successor(i int) int {
	var s int
	if i > c.a && c.ld.rel.relatives.at(c.d, i-1, i, nil) == 1 {
		s = c.relativePerson(i - 1)
	} else {
		s = c.subject(i, func(j int) bool { return c.noArg[j] })
	}
	if s < 0 || c.ms[s].actor.Kind != graph.KindPerson {
		return -1
	}
	return s
}

// backerSupplies drops the alliance a backer role gives when the
// sentence has the backer supply the backed actor ("Washington, the
// army's main foreign backer, has given it $3 billion in aid"): a
// backer named with its goods or money supplies only (docs/CODEBOOK.md,
// "Main backer", "Backers with named goods"; backer_roles).
func (c *sctx) backerSupplies(cands []pairCand, kept []mention) []pairCand {
	r := &c.ld.rel.g16
	if !r.ok || c.d.none(r.backer, c.a, c.b) {
		return cands
	}
	var sup [8][2]string
	n := 0
	for _, q := range cands {
		if q.typ == graph.Supplies && n < len(sup) {
			sup[n] = [2]string{kept[q.from].actor.ID, kept[q.to].actor.ID}
			n++
		}
	}
	if n == 0 {
		return cands
	}
	return slices.DeleteFunc(cands, func(p pairCand) bool {
		if p.typ != graph.Allied || !strings.Contains(p.rule, "/role/allied") || r.backer.at(c.d, p.ts, p.te, nil) != p.te-p.ts {
			return false
		}
		a, b := kept[p.from].actor.ID, kept[p.to].actor.ID
		for _, s := range sup[:n] {
			if s == [2]string{a, b} || s == [2]string{b, a} {
				return true
			}
		}
		return false
	})
}
