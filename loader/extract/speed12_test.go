package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// The speed12 branch changes machinery only: these tests check its
// allocation-free paths against the code they replace.

var speed12Phrases = []string{
	"", " ", "--", "Mali", "  L'Armée  malienne ", "AFC/M23", "M23", "FAMa", "the Arakan Army",
	"Arakan Army", "Union for Peace", "Forces armées\u0301 maliennes", "café\xffnoir", "\xff\xfe",
	"U.S.", "N'Djamena", "Jama'at Nusrat al-Islam wal-Muslimin", "Hayat Tahrir al-Sham (HTS)",
	"Ουκρανία", "日本 Corp", "ß Straße", "١٢٣ x", "\u2019s", "‘RSF’", "al-Shabaab", "Al-Shabaab",
	"Rapid Support Forces", "rapid Support forces", "Front de libération-Nationale", "- Ã‰tat -",
	"ÉTAT ISLAMIQUE", "9 Brigade", "Brigade 9", "Ismaël Wagué", "Ömer Çelik", "X",
}

// compileBefore is compile as it was: the words from lexicon.Words.
func compileBefore(phrase string, caseSensitive bool) (pattern, bool) {
	var p pattern
	for _, w := range lexicon.Words(phrase) {
		f := graph.Fold(w)
		if f == "" {
			continue
		}
		p.terms = append(p.terms, f)
		if caseSensitive {
			p.shapes = append(p.shapes, lexicon.CaseShape(w))
		}
	}
	return p, len(p.terms) > 0
}

// TestCompileAgrees: compile gives the terms and shapes it gave when it
// split the phrase with lexicon.Words, nil shapes included, for the
// table and every form of the default lexicon, case-sensitive or not.
func TestCompileAgrees(t *testing.T) {
	phrases := append([]string(nil), speed12Phrases...)
	for _, a := range lexicon.Default().Actors() {
		for _, f := range a.Forms {
			phrases = append(phrases, f.Text)
		}
	}
	for _, s := range phrases {
		for _, cs := range []bool{false, true, lexicon.CaseSensitive(s)} {
			want, wok := compileBefore(s, cs)
			got, ok := compile(s, cs)
			require.Equal(t, wok, ok, "%q", s)
			require.Equal(t, want.terms, got.terms, "%q", s)
			require.Equal(t, want.shapes, got.shapes, "%q", s)
			require.Equal(t, want.shapes == nil, got.shapes == nil, "%q", s)
			require.Nil(t, got.words)
		}
	}
}

// TestCaseSensitiveAgrees: lexicon.CaseSensitive, which walks the words
// with NextWord, answers as it did over lexicon.Words.
func TestCaseSensitiveAgrees(t *testing.T) {
	for _, s := range speed12Phrases {
		want := false
		for _, w := range lexicon.Words(s) {
			n := 0
			for _, r := range w {
				if unicode.IsUpper(r) {
					n++
				}
			}
			want = want || n >= 2
		}
		require.Equal(t, want, lexicon.CaseSensitive(s), "%q", s)
	}
}

// nameInitialsBefore is nameInitials as it was.
func nameInitialsBefore(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			return ""
		}
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestSpelledCandidate: nameInitials spells what it spelled with
// strings.FieldsFunc, and spelledCandidate finds a candidate exactly
// when initialsOfNamed's test did (two letters or more, in the list).
func TestSpelledCandidate(t *testing.T) {
	names := append([]string(nil), speed12Phrases...)
	names = append(names, "Arakan Army", "Union for Peace", "Union-for-Peace", "A B C D E F G H I J K L M N O P Q R S T",
		"Étoile Ouest", "Ömer Çelik", "9 Brigade", "Arakan  Army", "Arakan Army-", "-Arakan")
	for _, a := range lexicon.Default().Actors() {
		names = append(names, a.Name)
	}
	cands := []string{"AA", "UP", "RSF", "ÉO", "ÖÇ", "ABCDEFGHIJKLMNOPQRST", "HTS", "JNIM", "X"}
	hits := 0
	for _, name := range names {
		want := nameInitialsBefore(name)
		require.Equal(t, want, nameInitials(name), "%q", name)
		wantCand := ""
		for _, c := range cands {
			if len(want) >= 2 && c == want {
				wantCand = c
			}
		}
		require.Equal(t, wantCand, spelledCandidate(name, cands), "%q", name)
		if wantCand != "" {
			hits++
		}
	}
	require.Greater(t, hits, 4)
}

// TestMergeMentionsBuffers: a chain of merges, each reading the list the
// one before it returned (as analyse's leader, home, anaphor and title
// mentions do), gives what merging into new arrays gave, and no merge
// writes over the list it reads.
func TestMergeMentionsBuffers(t *testing.T) {
	mk := func(ts ...int) []mention {
		out := make([]mention, len(ts))
		for i, s := range ts {
			out[i] = mention{ts: s, te: s + 1, form: lexicon.Form{Text: strings.Repeat("x", i+1)}}
		}
		return out
	}
	before := func(ms, add []mention) []mention {
		if len(add) == 0 {
			return ms
		}
		out := append(append(make([]mention, 0, len(ms)+len(add)), ms...), add...)
		sortMentionsStable(out)
		return out
	}
	d := newPooledDoc("Title: t\n\nx")
	defer d.release()
	for round := range 3 { // the buffers are reused from sentence to sentence
		base := mk(2, 5, 9)
		adds := [][]mention{mk(7), nil, mk(1, 5), mk(3, 4, 12), nil, mk(0), mk(5, 6)}
		got, want := base, base
		for _, add := range adds {
			in := slices.Clone(got)
			next := d.mergeMentions(got, add)
			require.Equal(t, in, got, "round %d: a merge wrote over its input", round)
			got, want = next, before(want, add)
			require.Equal(t, want, got, "round %d", round)
		}
		require.Equal(t, mk(2, 5, 9), base, "the sentence's own list is never written")
	}
}

// sortMentionsStable sorts mentions by start, stably.
func sortMentionsStable(ms []mention) {
	slices.SortStableFunc(ms, func(x, y mention) int { return x.ts - y.ts })
}

// TestRoleRuleName: the role rules' names from each language's table are
// the names the rules spelled, for every relation type, and so is the
// title rule's; a code other than the language's own is spelled as
// before.
func TestRoleRuleName(t *testing.T) {
	x := New(nil)
	n := 0
	for _, ld := range append([]*langData{x.all}, x.langData("en"), x.langData("fr")) {
		if ld.rel == nil {
			continue
		}
		for _, lang := range append(append([]string(nil), ld.codes...), "", "xx") {
			for _, typ := range append(append([]graph.RelType(nil), graph.RelTypes...), "other") {
				require.Equal(t, lang+"/role/"+string(typ), ld.rel.roleRuleName(lang, typ))
				n++
			}
			require.Equal(t, lang+"/title/leads", ld.rel.titleLeadsRule(lang))
		}
	}
	require.Greater(t, n, 20)
}

// TestStackSpellings: appendFolded spells foldedText for every span of
// up to four tokens of the sample texts, and participleOf answers as
// participle(strings.ToLower(w)) for every word of them.
func TestStackSpellings(t *testing.T) {
	x := New(nil)
	spans, parts := 0, 0
	for _, text := range sampleTexts(t) {
		ld := x.langData(x.detect(newDoc(text)))
		if ld == nil || ld.rel == nil {
			continue
		}
		d := newPooledDoc(text)
		for i := range d.toks {
			for j := i; j <= i+4 && j <= len(d.toks); j++ {
				require.Equal(t, d.foldedText(i, j), string(d.appendFolded(nil, i, j)))
				spans++
			}
			w := d.word(i)
			for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w + "ed", strings.Repeat(w, 9)} {
				want := ld.rel.participle(strings.ToLower(v))
				require.Equal(t, want, ld.rel.participleOf(v), "%q", v)
				if want {
					parts++
				}
			}
		}
		d.release()
	}
	require.Greater(t, spans, 10000)
	require.Greater(t, parts, 100)
}
