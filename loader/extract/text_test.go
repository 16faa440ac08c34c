package extract

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gen"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"ascii", "Mali, 2024.", "Mali, 2024."},
		{"apostrophe", "l\u2019armée", "l'armée"},
		{"quotes", "\u201cdrones\u201d", `"drones"`},
		{"guillemets stay", "« fini »", "« fini »"},
		{"nbsp", "Mali\u00a0:\u202fTurquie", "Mali : Turquie"},
		{"nfc", "arme\u0301e", "armée"},
		{"dash", "2023\u20132024", "2023-2024"},
		{"crlf", "a\r\nb\rc", "a \nb\nc"},
		{"soft hyphen", "Bay\u00adkar", "Baykar"},
		{"invalid", "a\xffb", "a\ufffdb"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, off := normalize(tc.in)
			assert.Equal(t, tc.want, got)
			require.Len(t, off, len(got)+1)
			assert.Equal(t, len(tc.in), off[len(got)])
			for i := 1; i < len(off); i++ {
				assert.LessOrEqual(t, off[i-1], off[i], "offsets never decrease")
			}
			for _, o := range off {
				assert.True(t, o == len(tc.in) || utf8.RuneStart(tc.in[o]), "offset %d is a rune start", o)
			}
		})
	}
}

func TestNormalizeMapsBack(t *testing.T) {
	in := "L\u2019arme\u0301e\u00a0malienne"
	d := newDoc(in)
	require.Len(t, d.toks, 3)
	var words []string
	for _, tk := range d.toks {
		s, _, _ := d.origSpan(tk.start, tk.end)
		words = append(words, s)
	}
	assert.Equal(t, []string{"L", "arme\u0301e", "malienne"}, words)
	assert.Equal(t, []string{"l", "armee", "malienne"}, []string{d.toks[0].fold, d.toks[1].fold, d.toks[2].fold})
}

func TestFoldWordIsFold(t *testing.T) {
	var f folder
	for _, w := range []string{"mali", "MALI", "Goïta", "GOÏTA", "TB2", "Türkiye", "ﬁn", "Straße", "İstanbul", "Ǆ", "x\u0301", "K",
		"ŉ", "ŀa", "Ωμέγα", "ΣΊΣΥΦΟΣ", "Ёлка", "Йемен", "الأمم", "ʼa", "ͺ", "ǅa", "ǰ", "ﬀ", "µ", "ª", "٣", "Ⅻ", "ﬃx"} {
		assert.Equal(t, graph.Fold(w), f.fold(w, 100), w)
		assert.Equal(t, graph.Fold(w), f.fold(w, 100), w+" (cached)")
	}
}

// normalizeRef is normalize as first written, over the NFC iterator alone:
// the reference that normalize must match.
func normalizeRef(text string) (string, []int) {
	var b strings.Builder
	b.Grow(len(text))
	off := make([]int, 0, len(text)+1)
	var it norm.Iter
	it.InitString(norm.NFC, text)
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		end := it.Pos()
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

// tokenizeRef is tokenize as first written, folding every word with
// graph.Fold.
func tokenizeRef(s string) []token {
	var toks []token
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		if f := graph.Fold(s[start:end]); f != "" {
			r, _ := utf8.DecodeRuneInString(s[start:end])
			space := len(toks) > 0 && s[toks[len(toks)-1].end:start] == " "
			toks = append(toks, token{start: start, end: end, fold: f, mask: ^uint64(0), capital: unicode.IsUpper(r) || unicode.IsTitle(r), space: space, digit: f[0] >= '0' && f[0] <= '9'})
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
	return toks
}

// sentencesRef is doc.sentences as first written: the reference.
func (d *doc) sentencesRef(ld *langData) []span {
	var out []span
	for _, b := range d.blocksRef() {
		out = append(out, d.splitBlockRef(b, ld)...)
	}
	return out
}

func (d *doc) blocksRef() []span {
	s := d.norm
	var out []span
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '\n' {
			continue
		}
		rest := strings.TrimLeft(s[i+1:], " \t")
		if rest != "" && rest[0] != '\n' && isLower(rest) && strings.TrimSpace(s[start:i]) != "" {
			continue
		}
		out = append(out, span{start, i})
		start = i + 1
	}
	return append(out, span{start, len(s)})
}

func (d *doc) splitBlockRef(b span, ld *langData) []span {
	s := d.norm
	var out []span
	emit := func(start, end int) {
		for start < end {
			r, w := utf8.DecodeRuneInString(s[start:end])
			if !unicode.IsSpace(r) {
				break
			}
			start += w
		}
		for end > start {
			r, w := utf8.DecodeLastRuneInString(s[start:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= w
		}
		if start < end {
			out = append(out, span{start, end})
		}
	}
	start := b.start
	for i := b.start; i < b.end; {
		r, w := utf8.DecodeRuneInString(s[i:b.end])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += w
			continue
		}
		j := i + w
		for j < b.end {
			r2, w2 := utf8.DecodeRuneInString(s[j:b.end])
			if strings.ContainsRune(closers, r2) {
				j += w2
				continue
			}
			if k := len(s[j:b.end]) - len(strings.TrimLeft(s[j:b.end], " ")); k > 0 && strings.HasPrefix(s[j+k:b.end], "»") {
				j += k + len("»")
				continue
			}
			break
		}
		if j < b.end {
			r2, _ := utf8.DecodeRuneInString(s[j:b.end])
			if !unicode.IsSpace(r2) {
				i = j
				continue
			}
			k := j
			for k < b.end {
				r3, w3 := utf8.DecodeRuneInString(s[k:b.end])
				if !unicode.IsSpace(r3) {
					break
				}
				k += w3
			}
			if k < b.end && isLower(s[k:b.end]) {
				i = j
				continue
			}
			if r == '.' && j == i+w && d.abbreviationRef(i, ld) {
				i = j
				continue
			}
		}
		emit(start, j)
		start = j
		i = j
	}
	emit(start, b.end)
	return out
}

func (d *doc) abbreviationRef(dot int, ld *langData) bool {
	s := d.norm
	k := dot
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		k -= w
	}
	word := s[k:dot]
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		return true
	}
	return ld.abbrev[graph.Fold(word)]
}

// refLangs are the language data the sentence splitter is checked with.
var refLangs = func() []*langData {
	x := New(nil)
	return []*langData{x.langData("fr"), x.langData("en"), x.langData("")}
}()

// checkDoc checks newDoc(text) against the reference normalisation,
// tokenisation and sentence splitting, and the fold of the whole text (as
// one word) against Fold.
func checkDoc(t *testing.T, text string) {
	t.Helper()
	wantNorm, wantOff := normalizeRef(text)
	d := newDoc(text)
	if d.norm != wantNorm {
		t.Fatalf("normalize(%q) = %q, want %q", text, d.norm, wantNorm)
	}
	if off := expandOffsets(d.offs, len(d.norm), len(text)); !slices.Equal(off, wantOff) {
		t.Fatalf("normalize(%q) offsets %v, want %v", text, off, wantOff)
	}
	if d.nfc && (strings.IndexByte(text, '\r') >= 0 || !norm.NFC.IsNormalString(text)) {
		t.Fatalf("normalize(%q) says NFC without carriage returns", text)
	}
	if want := tokenizeRef(wantNorm); !reflect.DeepEqual(d.toks, want) && (len(d.toks) > 0 || len(want) > 0) {
		t.Fatalf("tokens of %q: %v, want %v", text, d.toks, want)
	}
	for _, ld := range refLangs {
		if got, want := d.sentences(ld), d.sentencesRef(ld); !slices.Equal(got, want) {
			t.Fatalf("sentences of %q: %v, want %v", text, got, want)
		}
	}
	var f folder
	if got, want := f.fold(text, len(text)), graph.Fold(text); got != want {
		t.Fatalf("fold(%q) = %q, want %q", text, got, want)
	}
}

// TestDocIsReference compares the text layer with the reference on the
// sample articles, a generated corpus, the lexicon data and edge cases.
func TestDocIsReference(t *testing.T) {
	var texts []string
	paths, _ := filepath.Glob("../../testdata/articles/*.txt")
	data, _ := filepath.Glob("../lexicon/data/*/*.yaml")
	more, _ := filepath.Glob("../lexicon/data/*.yaml")
	for _, p := range append(append(paths, data...), more...) {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	require.NotEmpty(t, texts)
	n := 200
	if testing.Short() {
		n = 20
	}
	texts = append(texts, genTexts(t, n)...)
	texts = append(texts, fuzzTexts...)
	for _, text := range texts {
		checkDoc(t, text)
		// Every cut of the text at a line, and the lines in capitals.
		for line := range strings.Lines(text) {
			checkDoc(t, line)
			checkDoc(t, strings.ToUpper(line))
		}
	}
}

// fuzzTexts are edge cases of normalisation and folding.
var fuzzTexts = []string{
	"", "a", "é", "\r", "\r\n", "`", "x`\r\ry\r\n", "\r\u0301\n", "e\u0301\r\n", "\u0301", "\u0301e", "a\u0301\u0301b",
	"Ḉ\u0323x", "ḉ\u0323\u0301", "a\u0323\u0301é", "\xff", "é\xff", "a\xe9b", "\xc3", "a\xc3", "\xe2\x80", "\u2019\u00a0\u202f\u00ad",
	"Goïta\u00a0: « fini » — l\u2019armée", "가각\u1100\u1161\u11a8", "\u0915\u093c\u0928", "ﬁn Straße İstanbul Ǆ K",
	"\u0f73\u0f71\u0f72", "\uff9e\uff9f", "a" + strings.Repeat("\u0301", 40) + "b", strings.Repeat("\u0323\u0301", 20),
	"\u212b\u2126\u0340\u0374\u037e", "Å Ω ́ ʹ ;", "\u0b47\u0b3e", "ŉ ŀ ͺ ǰ ʼ", "\u00a8\u0300",
	"é\u0301", "\u00e9\u0327", "ü\u0304", "\u1e9b\u0323",
}

// TestDocIsReferenceRandom compares the text layer with the reference on
// random short strings of runes that normalisation, folding or splitting
// treat apart: combining marks, composable and compatibility characters,
// Hangul jamo, typographic punctuation, line ends, invalid bytes.
func TestDocIsReferenceRandom(t *testing.T) {
	pieces := []string{
		"a", "e", "E", "i", "I", "o", "u", "z", "C", "1", " ", " ", "\n", "\r", "\t", ".", "!", "?", "…", "'", "`", "-", "»", "«", ")", "\"",
		"é", "É", "è", "ç", "ï", "ô", "à", "ß", "ø", "İ", "ı", "ŉ", "ŀ", "ǅ", "ǰ", "ʼ", "ͺ", "µ", "ª", "ﬁ", "Å", "Ω", "K", "Ḉ", "ṩ",
		"\u0300", "\u0301", "\u0308", "\u0323", "\u0327", "\u0345", "\u034f", "\u0334", "\u05b0", "\u0651", "\u093c", "\u0f73",
		"\u1100", "\u1161", "\u11a8", "가", "\u0b47", "\u0b3e", "\uff9e", "\u3099", "Σ", "ς", "й", "Ё", "أ", "٣", "ⅻ", "Ꮔ",
		"\u2019", "\u201c", "\u2013", "\u00a0", "\u202f", "\u00ad", "\u200b", "\ufeff", "\u2212", "\u00b4", "\ufffd",
		"\xff", "\xc3", "\xe2\x80", "\xcc",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	var b strings.Builder
	for range n {
		b.Reset()
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		checkDoc(t, b.String())
	}
}

// TestRuneFoldsCompose checks that Fold works rune by rune on the runes
// with an entry in runeFolds: for every pair of them, and for each after
// and before ASCII letters and digits. It tries every third pair (every
// 17th with -short); set FOLD_ALL_PAIRS to try them all.
func TestRuneFoldsCompose(t *testing.T) {
	var rs []rune
	for r := rune(utf8.RuneSelf); r < rune(len(runeFolds)); r++ {
		if runeFold(r) != "" {
			rs = append(rs, r)
		}
	}
	t.Logf("%d runes fold rune by rune", len(rs))
	require.Greater(t, len(rs), 1000)
	step := 3
	if testing.Short() {
		step = 17
	}
	if os.Getenv("FOLD_ALL_PAIRS") != "" {
		step = 1
	}
	var buf []byte
	for i, r1 := range rs {
		for _, w := range []string{string(r1), "a" + string(r1), string(r1) + "Z9", "I" + string(r1) + "i"} {
			buf, _ = appendFold(buf[:0], w)
			require.Equal(t, graph.Fold(w), string(buf), "%q", w)
		}
		for j := i % step; j < len(rs); j += step {
			w := string(r1) + string(rs[j])
			b, ok := appendFold(buf[:0], w)
			require.True(t, ok)
			if string(b) != graph.Fold(w) {
				t.Fatalf("fold of %q (%U %U) is %q, want %q", w, r1, rs[j], b, graph.Fold(w))
			}
			buf = b
		}
	}
}

// TestFoldConcurrent fills runeFolds from several goroutines at once,
// which the race detector checks, and checks the folds.
func TestFoldConcurrent(t *testing.T) {
	for i := range runeFolds {
		runeFolds[i].Store(nil)
	}
	var words []string
	for _, text := range append(genTexts(t, 20), fuzzTexts...) {
		words = append(words, lexicon.Words(text)...)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			var f folder
			for i := range words {
				w := words[(i+g*len(words)/4)%len(words)]
				if got, want := f.fold(w, 100), graph.Fold(w); got != want {
					t.Errorf("fold(%q) = %q, want %q", w, got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

// FuzzDoc compares the text layer with the reference.
func FuzzDoc(f *testing.F) {
	for _, s := range fuzzTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkDoc(t, text)
	})
}

// FuzzFold compares the folding of words with graph.Fold.
func FuzzFold(f *testing.F) {
	for _, s := range fuzzTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var fo folder
		for _, w := range append(lexicon.Words(text), text) {
			if got, want := fo.fold(w, len(text)), graph.Fold(w); got != want {
				t.Fatalf("fold(%q) = %q, want %q", w, got, want)
			}
		}
	})
}

// genTexts returns the texts of n generated articles.
func genTexts(tb testing.TB, n int) []string {
	tb.Helper()
	var texts []string
	err := gen.Generate(context.Background(), gen.Options{Articles: n, Seed: 1}, func(a *graph.Article) error {
		texts = append(texts, a.Text)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return texts
}

// sampleTexts returns the texts of the bundled sample articles
// (testdata/articles) followed by those of 20 generated articles: the
// corpus the tests comparing two ways of reading the same words run on.
func sampleTexts(tb testing.TB) []string {
	tb.Helper()
	var texts []string
	paths, err := filepath.Glob("../../testdata/articles/*.txt")
	require.NoError(tb, err)
	require.NotEmpty(tb, paths, "no sample articles in testdata/articles")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(tb, err)
		texts = append(texts, string(b))
	}
	return append(texts, genTexts(tb, 20)...)
}

// BenchmarkTextLayer measures the text layer alone on generated articles:
// normalisation, tokenisation and folding, and sentence splitting.
func BenchmarkTextLayer(b *testing.B) {
	texts := genTexts(b, 500)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	ld := New(nil).langData("fr")
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			d := newDoc(t)
			d.sentences(ld)
		}
	}
	perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(perOp/float64(size)*5120/1e6, "ms/5KB")
}

// TestMarkedWordsAreMaps checks that what markWords gives each token
// agrees with the maps it is built from: for every language's data,
// wordOf on a marked document (the word table) and on the same text not
// marked (the maps), and the triggers starting at each token. It reads
// the sample articles, a generated corpus and the lexicon's words. It
// checks too that setPats finds each word's phrases of each set.
func TestMarkedWordsAreMaps(t *testing.T) {
	x := New(nil)
	maxID := uint32(0)
	for _, wi := range x.words {
		for _, st := range wi.sets {
			maxID = max(maxID, st.id)
		}
	}
	for w, wi := range x.words {
		k := 0
		for id := uint32(1); id <= maxID+64; id++ {
			got := wi.setPats(id)
			if k < len(wi.sets) && wi.sets[k].id == id {
				require.Equal(t, len(wi.sets[k].pats), len(got), "setPats(%d) of %q", id, w)
				require.Same(t, &wi.sets[k].pats[0], &got[0], "setPats(%d) of %q", id, w)
				k++
			} else {
				require.Nil(t, got, "setPats(%d) of %q", id, w)
			}
		}
		require.Equal(t, len(wi.sets), k, "the sets of %q in the order of ids", w)
	}
	lds := []*langData{x.all}
	for _, code := range x.lex.Languages() {
		lds = append(lds, x.langs[code])
	}
	texts := sampleTexts(t)
	var words []string
	for w := range x.words {
		words = append(words, w, strings.ToUpper(w))
	}
	slices.Sort(words)
	texts = append(texts, strings.Join(words, " "))
	for _, text := range texts {
		marked, plain := newDoc(text), newDoc(text)
		x.markWords(marked)
		require.Equal(t, len(plain.toks), len(marked.toks))
		for i, tok := range plain.toks {
			for _, ld := range lds {
				if got, want := *marked.wordOf(i, ld), *plain.wordOf(i, ld); got != want {
					t.Fatalf("wordOf(%q) in %v: %+v marked, %+v from the maps", tok.fold, ld.codes, got, want)
				}
				if got, want := ld.triggersAt(marked, i), ld.triggersAt(plain, i); !slices.Equal(got, want) {
					t.Fatalf("triggersAt(%q) in %v: %d marked, %d from the maps", tok.fold, ld.codes, len(got), len(want))
				}
			}
		}
		// the classes and flags copied into the tokens for one langData
		for _, ld := range lds {
			marked.classify(ld)
			for i, tok := range plain.toks {
				for _, other := range lds {
					for c := wordClass(1); c < classEnd; c <<= 1 {
						if got, want := marked.is(i, other, c), plain.is(i, other, c); got != want {
							t.Fatalf("is(%q, %v, %d) classified for %v: %v, %v from the maps", tok.fold, other.codes, c, ld.codes, got, want)
						}
					}
					if got, want := marked.discFlags(i, other), plain.discFlags(i, other); got != want {
						t.Fatalf("discFlags(%q, %v) classified for %v: %d, %d from the maps", tok.fold, other.codes, ld.codes, got, want)
					}
				}
			}
		}
	}
}
