package extract_test

import (
	"context"

	"fmt"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/extract"
	"os"
	"strings"
	"testing"
)

func TestZZScratch(t *testing.T) {
	b, err := os.ReadFile("/tmp/r15/paras.txt")
	if err != nil {
		t.Skip()
	}
	for _, blk := range strings.Split(string(b), "\n\n") {
		lines := strings.SplitN(strings.TrimSpace(blk), "\n", 2)
		if len(lines) < 2 {
			continue
		}
		h := strings.SplitN(lines[0], "|", 3)
		c := run(t, h[0], lines[1])
		var got []string
		for _, r := range c.Relations {
			for _, e := range r.Evidence {
				f := ""
				if e.Hedged {
					f += "h"
				}
				if e.Negated {
					f += "n"
				}
				si := -1
				if e.SentenceIndex != nil {
					si = *e.SentenceIndex
				}
				got = append(got, fmt.Sprintf("%s %s %s%s@%d[%s]", r.From, r.Type, r.To, map[bool]string{true: "/" + f, false: ""}[f != ""], si, e.Rule))
			}
		}
		fmt.Printf("## %s\n   want: %s\n   got:  %s\n", h[1], h[2], strings.Join(got, "; "))
	}
}

func TestZZView(t *testing.T) {
	path := os.Getenv("ART")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	greps := strings.Split(os.Getenv("GREP"), "|")
	var views []*extract.SentenceView
	_, err := x.Read(context.Background(), &graph.Article{ID: "v", Lang: os.Getenv("LANG2"), Text: string(b)}, func(v *extract.SentenceView) { views = append(views, v) })
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range views {
		hit := false
		for _, g := range greps {
			for j := i; j < len(views) && j <= i+2; j++ {
				if g != "" && strings.Contains(views[j].Text, g) {
					hit = true
				}
			}
		}
		if !hit {
			continue
		}
		fmt.Printf("[%d] %s\n", v.Index, v.Text)
		for _, m := range v.Mentions {
			w := ""
			if m.End > m.Start {
				w = strings.Join(v.Words[m.Start:m.End], " ")
			}
			d := ""
			if m.Dropped {
				d = " DROPPED"
			}
			fmt.Printf("     %s=%s (%s)%s\n", w, m.ID, m.Role, d)
		}
		for _, r := range v.Relations {
			fmt.Printf("     REL %s %s %s [%s]\n", r.From, r.Type, r.To, r.Rule)
		}
	}
}
