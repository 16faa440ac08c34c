package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// doc is a text prepared for matching: normalised, with a map back to the
// original bytes, and cut into folded tokens.
type doc struct {
	orig string
	norm string // NFC, typographic quotes and apostrophes made ASCII, no-break spaces made spaces
	off  []int  // off[i] is the offset in orig of norm byte i; len(norm)+1 entries
	toks []token
}

// token is a word of the normalised text.
type token struct {
	start, end int    // byte offsets in norm
	fold       string // graph.Fold of the word
	credit     bool   // inside a photo credit
}

// newDoc normalises and tokenises text.
func newDoc(text string) *doc {
	d := &doc{orig: text}
	d.norm, d.off = normalize(text)
	d.tokenize()
	return d
}

// normalize returns text in NFC with typographic apostrophes, quotes and
// dashes made ASCII (guillemets stay, to tell opening from closing), no-break and thin spaces made spaces, "\r\n" made
// " \n" and a lone "\r" made "\n", soft hyphens and zero-width characters
// dropped; and for each byte of the result the offset of the original
// byte it comes from (plus one entry for the end). The offsets never
// decrease and always fall on rune boundaries of the original.
func normalize(text string) (string, []int) {
	var b strings.Builder
	b.Grow(len(text))
	off := make([]int, 0, len(text)+1)
	var it norm.Iter
	it.InitString(norm.NFC, text)
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		end := it.Pos()
		// When normalisation left the segment as it was, each byte maps
		// to itself; otherwise every byte maps to the segment's start.
		same := end-start == len(seg) && text[start:end] == string(seg)
		for i := 0; i < len(seg); {
			r, w := utf8.DecodeRune(seg[i:])
			o := start
			if same {
				o = start + i
			}
			var rep string
			switch r {
			case '\u2018', '\u2019', '\u201a', '\u201b', '\u02bc', '\u2032', '`', '\u00b4':
				rep = "'"
			case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033':
				rep = `"`
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
				rep = "-"
			case '\u00a0', '\u202f', '\u2007', '\u2009', '\u200a', '\u2002', '\u2003', '\u3000':
				rep = " "
			case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
				rep = ""
			case '\r':
				rep = "\n"
				if same && start+i+1 < len(text) && text[start+i+1] == '\n' {
					rep = " "
				}
			case utf8.RuneError:
				rep = "\ufffd"
			default:
				rep = string(seg[i : i+w])
			}
			b.WriteString(rep)
			for range len(rep) {
				off = append(off, o)
			}
			i += w
		}
	}
	off = append(off, len(text))
	return b.String(), off
}

// tokenize cuts the normalised text into words (see lexicon.IsWordRune),
// dropping words that fold to nothing.
func (d *doc) tokenize() {
	s := d.norm
	start := -1
	cache := map[string]string{}
	flush := func(end int) {
		if start < 0 {
			return
		}
		if f := foldWord(s[start:end], cache); f != "" {
			d.toks = append(d.toks, token{start: start, end: end, fold: f})
		}
		start = -1
	}
	for i, r := range s {
		if lexicon.IsWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
}

// origSpan returns the original text between two normalised offsets, and
// its original offsets.
func (d *doc) origSpan(ns, ne int) (string, int, int) {
	s, e := d.off[ns], d.off[ne]
	return d.orig[s:e], s, e
}

// foldWord returns graph.Fold(w) for a word: for a word of ASCII letters
// and digits that is its lower case, computed directly; other words go
// through graph.Fold once per document (cache).
func foldWord(w string, cache map[string]string) string {
	ascii, upper := true, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			ascii = false
			break
		}
		upper = upper || (c >= 'A' && c <= 'Z')
	}
	if ascii {
		if !upper {
			return w
		}
		return strings.ToLower(w)
	}
	if f, ok := cache[w]; ok {
		return f
	}
	f := graph.Fold(w)
	cache[w] = f
	return f
}

// word returns the token as written in the normalised text.
func (d *doc) word(i int) string { return d.norm[d.toks[i].start:d.toks[i].end] }

// pattern is a phrase compiled for matching: its folded terms and, for a
// case-sensitive phrase, the capitals shape of each word.
type pattern struct {
	terms  []string
	shapes []string // nil unless the phrase is case-sensitive
}

// compile compiles a phrase; ok is false when it has no words.
func compile(phrase string, caseSensitive bool) (pattern, bool) {
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

// joinable reports whether the text between two words of a phrase keeps
// them one phrase: a few spaces, apostrophes, hyphens, dots or slashes.
func joinable(gap string) bool {
	if len(gap) > 3 {
		return false
	}
	for i := 0; i < len(gap); i++ {
		if !strings.ContainsRune(" '-./", rune(gap[i])) {
			return false
		}
	}
	return true
}

// match reports whether pattern p matches the tokens from i on, all below
// limit and none blocked.
func (d *doc) match(p *pattern, i, limit int, blocked func(int) bool) bool {
	n := len(p.terms)
	if i < 0 || i+n > limit {
		return false
	}
	for k := range n {
		t := &d.toks[i+k]
		if t.fold != p.terms[k] || t.credit || (blocked != nil && blocked(i+k)) {
			return false
		}
		if p.shapes != nil && lexicon.CaseShape(d.norm[t.start:t.end]) != p.shapes[k] {
			return false
		}
		if k > 0 && !joinable(d.norm[d.toks[i+k-1].end:t.start]) {
			return false
		}
	}
	return true
}

// phrases is a set of phrases indexed by first term, longest first.
type phrases map[string][]pattern

func newPhrases(lists ...[]string) phrases {
	ps := phrases{}
	for _, list := range lists {
		for _, s := range list {
			ps.add(s, lexicon.CaseSensitive(s))
		}
	}
	return ps
}

func (ps phrases) add(s string, caseSensitive bool) {
	p, ok := compile(s, caseSensitive)
	if !ok {
		return
	}
	list := ps[p.terms[0]]
	for _, q := range list {
		if strings.Join(q.terms, " ") == strings.Join(p.terms, " ") && strings.Join(q.shapes, " ") == strings.Join(p.shapes, " ") {
			return
		}
	}
	// Keep the list longest first; a stable insertion keeps data order
	// among phrases of one length.
	at := len(list)
	for j, q := range list {
		if len(q.terms) < len(p.terms) {
			at = j
			break
		}
	}
	ps[p.terms[0]] = append(list[:at], append([]pattern{p}, list[at:]...)...)
}

// at returns the number of tokens of the longest phrase matching at i, or 0.
func (ps phrases) at(d *doc, i, limit int, blocked func(int) bool) int {
	if i < 0 || i >= limit {
		return 0
	}
	for k := range ps[d.toks[i].fold] {
		if d.match(&ps[d.toks[i].fold][k], i, limit, blocked) {
			return len(ps[d.toks[i].fold][k].terms)
		}
	}
	return 0
}

// isLower reports whether the rune starting s is a lower-case letter.
func isLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
