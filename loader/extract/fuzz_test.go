package extract_test

import (
	"context"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

var fuzzSeeds = []string{
	"",
	"La Turquie a livré des drones Bayraktar TB2 au Mali en septembre 2021.",
	"Malian troops were reportedly trained by Russian instructors. Kigali denies supplying M23.",
	"Image : Jean DUPONT/AFP/Getty Images\n\nM. Goïta. U.S. 1.500 ndlr. …",
	"L\u2019arme\u0301e malienne\u00a0: \u00ab\u202fFAMa\u202f\u00bb\r\n\r\n",
	"\xff\xfe invalid \xc3 utf8 Mali Turkey supplied",
	"entre les FSR et l'armée soudanaise; selon X, 12 mars 2024",
	".\u0301 .\u0301 A. b. \n\n\n",
	"Sadat (créée en 2012 par Adnan Tanriverdi, ndlr) aurait formé des soldats maliens. Cette alliance, dont fait partie le gang 400 Mawozo, a revendiqué l'attaque.",
	"The Russian-led CSTO (CSTO), whose commander-in-chief is X Y, fights the gangs alongside Haiti's police. They killed Al-Shabaab, al-Qaeda's affiliate,",
	"Le secrétaire général de Kataeb Hezbollah, Ahmed al-Hamidawi, Le Kenya y a envoyé des contingents, et ses alliés russes (",
	"(((,,, ) ; : - -- « » Its air force, son armée, le groupe, the group of",
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "")
		f.Add(s, "fr")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		a := &graph.Article{ID: "fuzz", Lang: lang, Text: text}
		c, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		again, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		b1, _ := json.Marshal(c)
		b2, _ := json.Marshal(again)
		if string(b1) != string(b2) {
			t.Fatal("not deterministic")
		}
		if h := graph.ContentHash(text); c.Article.ContentHash != h {
			t.Fatalf("content hash %s, want %s", c.Article.ContentHash, h)
		}
		if _, err := c.Check(); err != nil {
			t.Fatalf("claims break the schema: %v", err)
		}
		for _, r := range c.Relations {
			for _, e := range r.Evidence {
				if e.Start < 0 || e.End < e.Start || e.End > len(text) || text[e.Start:e.End] != e.Sentence {
					t.Fatalf("bad offsets %d..%d for %q", e.Start, e.End, e.Sentence)
				}
			}
		}
	})
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		prev := 0
		for _, s := range x.Sentences(text, lang) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("span %d..%d after %d in %d bytes", s.Start, s.End, prev, len(text))
			}
			if utf8.ValidString(text) && (!utf8.ValidString(text[s.Start:s.End])) {
				t.Fatalf("span %d..%d cuts a rune", s.Start, s.End)
			}
			prev = s.End
		}
	})
}
