package pairmodel

import (
	"slices"
	"strconv"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/extract"
)

// NClass is the number of classes: none, and each type in each
// direction.
const NClass = 1 + 2*6

// Types are the relation types in class order.
var Types = []graph.RelType{graph.Allied, graph.Opposed, graph.Supplies, graph.Trains, graph.MemberOf, graph.Leads}

// Class returns the class of a relation of type t between the first and
// the second actor of a pair, from the first when forward; 0 for none.
// Symmetric types have only their forward class.
func Class(t graph.RelType, forward bool) int {
	i := slices.Index(Types, t)
	if i < 0 {
		return 0
	}
	if forward || t.Symmetric() {
		return 1 + 2*i
	}
	return 2 + 2*i
}

// ClassType returns the type of class c and whether the first actor of
// the pair is its source ("" for none).
func ClassType(c int) (graph.RelType, bool) {
	if c <= 0 || c >= NClass {
		return "", false
	}
	return Types[(c-1)/2], (c-1)%2 == 0
}

// ClassName names class c ("none", "supplies>", "supplies<").
func ClassName(c int) string {
	t, fwd := ClassType(c)
	switch {
	case t == "":
		return "none"
	case fwd:
		return string(t) + ">"
	}
	return string(t) + "<"
}

// Pair is a candidate: mentions A and B of a sentence view, A first.
type Pair struct {
	A, B int
}

// Candidates returns the candidate pairs of a sentence: for each two
// distinct actors mentioned, their two closest mentions, the earlier
// first; in order of the first mention, then the second.
func Candidates(v *extract.SentenceView) []Pair {
	var out []Pair
	best := map[[2]string]int{} // the actors' ids in order → index in out
	for i := range v.Mentions {
		for j := range v.Mentions {
			mi, mj := v.Mentions[i], v.Mentions[j]
			if mi.ID == mj.ID || before(mj, mi) || mi == mj {
				continue
			}
			k := [2]string{mi.ID, mj.ID}
			if mi.ID > mj.ID {
				k = [2]string{mj.ID, mi.ID}
			}
			p := Pair{i, j}
			if at, ok := best[k]; ok {
				if dist(v, p) < dist(v, out[at]) {
					out[at] = p
				}
				continue
			}
			best[k] = len(out)
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(p, q Pair) int {
		if c := cmpMention(v.Mentions[p.A], v.Mentions[q.A]); c != 0 {
			return c
		}
		return cmpMention(v.Mentions[p.B], v.Mentions[q.B])
	})
	return out
}

func cmpMention(a, b extract.MentionView) int {
	switch {
	case a.Start != b.Start:
		return a.Start - b.Start
	case a.End != b.End:
		return a.End - b.End
	case a.ID < b.ID:
		return -1
	case a.ID > b.ID:
		return 1
	}
	return 0
}

// before reports whether mention a comes before b (ties by id).
func before(a, b extract.MentionView) bool { return cmpMention(a, b) < 0 }

func dist(v *extract.SentenceView, p Pair) int {
	return max(0, v.Mentions[p.B].Start-v.Mentions[p.A].End)
}

// maxBetween is the most words between two mentions taken word by word;
// past it, the first and last maxBetween/2.
const maxBetween = 16

// Features returns the feature names of pair p of sentence v of an
// article in language lang, appended to buf.
func Features(v *extract.SentenceView, p Pair, lang string, buf []string) []string {
	a, b := v.Mentions[p.A], v.Mentions[p.B]
	f := append(buf, "bias", "lang="+lang)
	kinds := string(a.Kind) + "|" + string(b.Kind)
	f = append(f, "kinds="+kinds)
	f = append(f, "roleA="+a.Role, "roleB="+b.Role)
	if a.Dropped {
		f = append(f, "droppedA")
	}
	if b.Dropped {
		f = append(f, "droppedB")
	}
	if a.Dropped || b.Dropped {
		f = append(f, "dropped|"+kinds)
	}
	lo, hi := a.End, b.Start
	if hi < lo {
		hi = lo
	}
	n := hi - lo
	f = append(f, "dist="+bucket(n))
	// words between
	prev := "<A>"
	for i := lo; i < hi; i++ {
		if n > maxBetween && i >= lo+maxBetween/2 && i < hi-maxBetween/2 {
			prev = "..."
			continue
		}
		w := v.Words[i]
		f = append(f, "w="+w, "bg="+prev+"_"+w)
		if i == lo {
			f = append(f, "first="+w)
		}
		if i == hi-1 {
			f = append(f, "last="+w)
		}
		prev = w
	}
	f = append(f, "bg="+prev+"_<B>")
	if n == 0 {
		f = append(f, "adjacent|"+kinds)
	}
	for k := 1; k <= 2; k++ {
		if i := a.Start - k; i >= 0 {
			f = append(f, "l"+strconv.Itoa(k)+"="+v.Words[i])
		} else {
			f = append(f, "l"+strconv.Itoa(k)+"=<S>")
		}
		if i := b.End + k - 1; i < len(v.Words) {
			f = append(f, "r"+strconv.Itoa(k)+"="+v.Words[i])
		} else {
			f = append(f, "r"+strconv.Itoa(k)+"=</S>")
		}
	}
	// other mentions between
	others := 0
	for _, m := range v.Mentions {
		if m.Start >= lo && m.End <= hi && m.End > m.Start {
			others++
		}
	}
	f = append(f, "others="+bucket(others))
	// cues
	for _, i := range v.Negations {
		f = append(f, "neg"+where(i, a, b))
	}
	for _, i := range v.Hedges {
		f = append(f, "hedge"+where(i, a, b))
	}
	// trigger phrases of the lexicon
	for _, t := range v.Triggers {
		voice := "act"
		if t.Passive {
			voice = "pas"
		}
		w := where(t.Start, a, b)
		f = append(f, "trig"+w+"="+string(t.Type)+"/"+voice)
		if w == "@between" {
			f = append(f, "trigk="+string(t.Type)+"/"+voice+"|"+kinds)
		}
	}
	// the rules' reading
	ruled := false
	for _, r := range v.Relations {
		var dir string
		switch {
		case r.From == a.ID && r.To == b.ID:
			dir = ">"
		case r.From == b.ID && r.To == a.ID:
			dir = "<"
		default:
			continue
		}
		if r.Type.Symmetric() {
			dir = "="
		}
		st := ""
		if r.Negated {
			st = "/neg"
		} else if r.Hedged {
			st = "/hedged"
		}
		ruled = true
		f = append(f, "rule="+string(r.Type)+dir+st, "rulefam="+ruleFamily(r.Rule)+"|"+string(r.Type)+dir)
	}
	if !ruled {
		f = append(f, "norule")
	}
	return f
}

// ruleFamily returns the first two parts of a rule name ("en/deploy").
func ruleFamily(rule string) string {
	n := 0
	for i := 0; i < len(rule); i++ {
		if rule[i] == '/' {
			n++
			if n == 2 {
				return rule[:i]
			}
		}
	}
	return rule
}

// where places word i against mentions a and b: before, between or after.
func where(i int, a, b extract.MentionView) string {
	switch {
	case i < a.Start:
		return "@before"
	case i >= b.End:
		return "@after"
	case i >= a.End && i < b.Start:
		return "@between"
	}
	return "@in"
}

func bucket(n int) string {
	switch {
	case n <= 2:
		return strconv.Itoa(n)
	case n <= 4:
		return "3-4"
	case n <= 7:
		return "5-7"
	case n <= 12:
		return "8-12"
	}
	return "13+"
}
