package extract

import (
	"maps"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"
)

// The speed6 branch changes the machinery only: these tests pin the
// layouts it relies on and check its shortcuts against the plain data.

// TestWordInfoHotLine keeps what markClassify and summariseAll read for
// every token (word, gaz, mask, lc, nzAt, nzN) in a wordInfo's first 64
// bytes, and the struct at 192 bytes, a size class whose objects start
// at multiples of 64.
func TestWordInfoHotLine(t *testing.T) {
	var wi wordInfo
	require.Equal(t, uintptr(192), unsafe.Sizeof(wi))
	require.LessOrEqual(t, unsafe.Offsetof(wi.nzN)+unsafe.Sizeof(wi.nzN), uintptr(64))
	for _, off := range []uintptr{unsafe.Offsetof(wi.word), unsafe.Offsetof(wi.gaz), unsafe.Offsetof(wi.mask), unsafe.Offsetof(wi.lc)} {
		require.Less(t, off, uintptr(64))
	}
}

// TestWordInfoLangClass: lc copies the class and discovery flags of
// langs for every word and language data, and every language data has
// an entry in lc.
func TestWordInfoLangClass(t *testing.T) {
	x := New(nil)
	n := 0
	for _, wi := range x.words {
		for k, wl := range wi.langs {
			require.Less(t, k, len(wi.lc))
			require.Equal(t, langClass{wl.class, wl.disc}, wi.lc[k], "%q", wi.word)
			n++
		}
		if wi.langs == nil {
			require.Equal(t, [len(wi.lc)]langClass{}, wi.lc, "%q", wi.word)
		}
	}
	require.Greater(t, n, 100)
	for code, ld := range x.langs {
		require.Less(t, ld.idx, len(wordInfo{}.lc), code)
	}
	require.Less(t, x.all.idx, len(wordInfo{}.lc))
}

// TestSummariseAll: the summaries made for every sentence at once cover
// the token ranges of sentenceTokens and hold the bits summarise finds
// token by token from each word's setIDs (the summaries read the words
// of setIDs that are not zero, in setNZ), and summarise takes them for
// every sentence analysed in order.
func TestSummariseAll(t *testing.T) {
	x := New(nil)
	for wi := range maps.Values(x.words) {
		ids := make([]uint64, len(wi.setIDs))
		for _, sw := range x.setNZ[wi.nzAt : wi.nzAt+wi.nzN] {
			require.NotZero(t, sw.bits, "%q", wi.word)
			ids[sw.k] = sw.bits
		}
		if len(wi.setIDs) > 0 {
			require.Equal(t, wi.setIDs, ids, "%q", wi.word)
		} else {
			require.Zero(t, wi.nzN, "%q", wi.word)
		}
	}
	n := 0
	for _, text := range sampleTexts(t) {
		for _, ld := range []*langData{x.langData("en"), x.langData("fr")} {
			d := newPooledDoc(text)
			x.markClassify(d, ld)
			sents := d.sentences(ld)
			d.summariseAll(sents, x.setWords, x.setNZ)
			require.Len(t, d.sumSpans, len(sents))
			for k, s := range sents {
				a, b := d.sentenceTokens(s)
				require.Equal(t, [2]int{a, b}, d.sumSpans[k])
				want := make([]uint64, x.setWords)
				orSets(want, d.toks[a:b])
				d.summarise(a, b, x.setWords, x.setNZ)
				require.Equal(t, k+1, d.sumNext, "summarise took the summary made")
				require.Equal(t, want, d.sets.ids)
				n++
			}
			d.release()
		}
	}
	require.Greater(t, n, 100)
}

// TestClassDate: a word's class has classDate, for a language data,
// exactly when the data has a dateWord for it, in the word's records and
// from the maps alike; and the word table's short copy is the word.
func TestClassDate(t *testing.T) {
	x := New(nil)
	lds := []*langData{x.all}
	for _, ld := range x.langs {
		lds = append(lds, ld)
	}
	n := 0
	for wi := range maps.Values(x.words) {
		for k, wl := range wi.langs {
			require.Equal(t, wl.date != nil, wl.class&classDate != 0, "%q %d", wi.word, k)
			n += int(wl.class&classDate) >> 7
		}
		for _, ld := range lds {
			wl := ld.lookupWord(wi.word)
			require.Equal(t, wl.date != nil, wl.class&classDate != 0, "%q", wi.word)
		}
		if len(wi.word) <= len(wi.short) {
			require.Equal(t, wi.word, string(wi.short[:len(wi.word)]))
			require.True(t, wi.is(strings.Clone(wi.word)))
			b := []byte(wi.word)
			b[len(b)-1] ^= 1
			require.False(t, wi.is(string(b)))
		}
	}
	require.Greater(t, n, 20)
}

// TestNormalizeLazy: a text normalisation leaves as it is comes back
// itself, not a copy; one that it changes anywhere (first byte, middle,
// last byte, inside an inert stretch, through the NFC iterator) gives
// what the reference gives.
func TestNormalizeLazy(t *testing.T) {
	for _, text := range []string{"", "plain ASCII text.", "Côte d'Ivoire et Bénin, non", "Ελλάδα и Россия"} {
		got, _, _ := normalizeInto(text, nil)
		require.Equal(t, text, got)
		if text != "" {
			require.Equal(t, unsafe.StringData(text), unsafe.StringData(got), "%q copied", text)
		}
	}
	for _, text := range []string{
		"`quoted", "the end\r", "a\r\nb", "l\u2019armée", "Côte d\u2019Ivoire", "e\u0301té", "x\u00a0y", "é\u00ad", "\xffz", "ok \u2014 ok",
		"plain then Côte d\u2019Ivoire then plain", "Bénin\u202f: oui",
	} {
		wantNorm, wantOff := normalizeRef(text)
		got, off := normalize(text)
		require.Equal(t, wantNorm, got, "%q", text)
		require.Equal(t, wantOff, off, "%q", text)
	}
}
