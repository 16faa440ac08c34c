package extract

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"
)

// The speed6 branch changes the machinery only: these tests pin the
// layouts it relies on and check its shortcuts against the plain data.

// TestWordInfoHotLine keeps what markClassify and summarise read for
// every token (word, gaz, mask, lc, setNZ) in a wordInfo's first 64
// bytes, and the struct at 192 bytes, a size class whose objects start
// at multiples of 64.
func TestWordInfoHotLine(t *testing.T) {
	var wi wordInfo
	require.Equal(t, uintptr(192), unsafe.Sizeof(wi))
	require.LessOrEqual(t, unsafe.Offsetof(wi.setNZ)+unsafe.Sizeof(wi.setNZ), uintptr(64))
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
