package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// WriteText writes the report as tables: for each split (all, tuning,
// held-out) the relation scores per type, per language and overall, then
// the actor and agreement figures; then, unless details is 0, up to details
// missed and spurious relations, and found relations whose hedge or date
// differs from the gold's, with their sentences.
func (r *Report) WriteText(w io.Writer, details int) error {
	ew := &errWriter{w: w}
	if r.Extractor != "" {
		ew.printf("extractor %s\n", r.Extractor)
	}
	for _, split := range []string{"all", "tuning", "held-out"} {
		s := r.Splits[split]
		if s == nil {
			continue
		}
		ew.printf("\n== %s: %d articles\n\n", split, s.Articles)
		ew.printf("%-22s %5s %5s %5s  %6s %6s %6s\n", "relations", "tp", "fp", "fn", "P", "R", "F1")
		row := func(name string, c Counts) {
			ew.printf("%-22s %5d %5d %5d  %6.3f %6.3f %6.3f\n", name, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
		}
		for _, t := range graph.RelTypes {
			row(string(t), s.ByType[t])
		}
		var langs []string
		for k := range r.Langs {
			if strings.HasPrefix(k, split+"/") {
				langs = append(langs, k)
			}
		}
		sort.Strings(langs)
		for _, k := range langs {
			row("lang "+strings.TrimPrefix(k, split+"/"), r.Langs[k].Overall)
		}
		row("overall", s.Overall)
		if len(langs) > 1 {
			ew.printf("\n%-22s", "by language")
			for _, k := range langs {
				ew.printf("  %-20s", strings.TrimPrefix(k, split+"/")+" P / R / F1")
			}
			ew.printf("\n")
			for _, t := range graph.RelTypes {
				ew.printf("%-22s", t)
				for _, k := range langs {
					c := r.Langs[k].ByType[t]
					ew.printf("  %5.3f %5.3f %5.3f   ", c.Precision(), c.Recall(), c.F1())
				}
				ew.printf("\n")
			}
		}
		ew.printf("\nactors: precision %.3f, recall %.3f (%d gold, %d found, %d matched); kind accuracy %.3f\n",
			s.ActorPrecision(), s.ActorRecall(), s.GoldActors, s.GraphActors, s.MatchedActors, s.KindAccuracy())
		ew.printf("direction errors: %d; denied relations asserted: %d\n", s.DirectionErrors, s.NegatedAsserted)
		ew.printf("agreement: hedged %s, negated %s, dates %s\n", agree(s.Hedged), agree(s.Negated), agree(s.Dates))
	}
	if details != 0 {
		var missed, spurious, disagreements []Edge
		for _, a := range r.Articles {
			missed = append(missed, a.Missed...)
			spurious = append(spurious, a.Spurious...)
			disagreements = append(disagreements, a.Disagreements...)
		}
		list := func(title string, es []Edge) {
			ew.printf("\n== %s: %d\n", title, len(es))
			for i, e := range es {
				if details > 0 && i >= details {
					ew.printf("... and %d more (--details N)\n", len(es)-i)
					break
				}
				flags := ""
				if e.Hedged {
					flags += " hedged"
				}
				if e.Negated {
					flags += " negated"
				}
				ew.printf("%s: %s -%s-> %s%s (%s)\n", e.Article, e.From, e.Type, e.To, flags, e.Why)
				for j, s := range e.Sentences {
					if j == 2 {
						break
					}
					ew.printf("    %q\n", clip(s, 200))
				}
			}
		}
		list("missed", missed)
		list("spurious", spurious)
		list("found, marks differ (hedge, date)", disagreements)
	}
	return ew.err
}

func agree(a Agreement) string {
	if a.Total == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.3f (%d/%d)", a.Rate(), a.Agree, a.Total)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xc0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

// WriteRules writes, for one split, the graph edges each extraction rule
// contributed to, fewest correct first: rule, edges matching a gold relation
// (tp), edges matching none (fp) and precision. A tuning aid: it names what
// fails where, so use it on the tuning part only.
func (r *Report) WriteRules(w io.Writer, split string) error {
	ew := &errWriter{w: w}
	s := r.Splits[split]
	if s == nil {
		return nil
	}
	names := make([]string, 0, len(s.ByRule))
	width := len("rule")
	for name := range s.ByRule {
		names = append(names, name)
		width = max(width, len(name))
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := s.ByRule[names[i]], s.ByRule[names[j]]
		if a.FP != b.FP {
			return a.FP > b.FP
		}
		if a.TP != b.TP {
			return a.TP < b.TP
		}
		return names[i] < names[j]
	})
	ew.printf("\n== by rule (%s): %d rules\n\n", split, len(names))
	ew.printf("%-*s %5s %5s  %6s\n", width, "rule", "tp", "fp", "P")
	for _, name := range names {
		c := s.ByRule[name]
		ew.printf("%-*s %5d %5d  %6.3f\n", width, name, c.TP, c.FP, c.Precision())
	}
	return ew.err
}
