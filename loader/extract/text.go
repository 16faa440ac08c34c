package extract

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
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
	// offs maps the bytes of norm back to orig (origAt): a segment for
	// each run of bytes copied one for one and for each rune's normal
	// form, in the order of norm.
	offs []offSeg
	toks []token
	// marked: Extractor.markWords has set each token's noPhrase, mask, gaz
	// and info.
	marked bool
	sc     *scratch  // per-token working arrays of the analysis (relate.go)
	mbuf   []mention // the gazetteer's mentions of every sentence (gazetteer), then discovery's merged lists
	names  []naming  // every mention of the article (Extract)
	// Extract's working maps and arrays, cleared after each use: the
	// relations by key, the relations and their evidence as found, and
	// the ids of the actors named.
	relIdx map[graph.RelKey]int
	relBuf []graph.ClaimRelation
	evBuf  []relEvidence
	named  map[string]bool
	// sentIdx holds the SentenceIndex of the article's evidence, one
	// int a sentence (sentCount of them) in one array allocated afresh
	// for each article when its first relation is kept (analyse): the
	// claims keep pointers into it, so it is never reused.
	sentIdx   []int
	sentCount int
	// The article's arrays that live as long as its extraction: blocks,
	// sentences, each sentence's mentions, and discover's taken tokens
	// and sentence bounds.
	blockBuf []span
	sentBuf  []span
	msBuf    [][]mention
	occBuf   []bool
	boundBuf [][2]int
	// mergeBuf: mergeMentions' two buffers, mergeNext the one it takes
	// next
	mergeBuf  [2][]mention
	mergeNext int
	// addBuf: the mentions leaderMentions, homeMentions or titleMentions
	// add to a sentence's, until mergeMentions has copied them
	addBuf []mention
	// actBuf: rememberLists' mentions of actors acting, one sentence at
	// a time
	actBuf []mention
	// skipClose: gapKind reads a gap that starts with the bracket closing
	// a short form (group).
	skipClose bool
	// lastSent: the last answer of sentenceTokens (the tokens do not
	// change once tokenised)
	lastSent sentTokens
	// sets: the phrase sets with a phrase starting in the sentence that
	// analyse reads (summarise), so that a rule can skip a sentence where
	// its set starts nothing (none).
	sets setSummary

	// sentSums holds, for the document's sentences in order, what
	// summarise computes for each (setWords words of set bits a sentence,
	// from sumSpans' token ranges), made by summariseAll in one pass
	// right after markClassify read the same words' records, while they
	// are still in cache; sumNext is the next sentence summarise expects.
	sentSums []uint64
	sumSpans [][2]int
	sumNext  int
	// sumSents is the sentences of sumSpans (summariseAll's argument),
	// for sentenceTokens to read their token ranges; sumCur is the
	// sentence after the last it found there.
	sumSents []span
	sumCur   int

	// classLD is the langData whose classes and discovery flags classify
	// copied into the tokens, or nil.
	classLD *langData
	// hashBuf holds the word table hash of each token's word, made by
	// markClassify's first pass (pooled); touched is the sum of what that
	// pass read, kept so that its loads are not optimised away.
	hashBuf []uint64
	touched uint64
	// firstBuf holds, for each token, what prefetch found in its word's
	// first slot (pooled): see firstSlot.
	firstBuf []uint32
	// The article's state while Extract reads its sentences, kept with
	// the document so that its maps and arrays are reused (reset by
	// articleState): the memory of what was named, the last actor of
	// each kind, and the persons known to lead a state.
	mem    *memory
	recent map[graph.Kind]recentActor
	heads  map[string]string
	// nfc: orig is in NFC with no carriage return, as normalisation found
	// (no stretch the NFC iterator had to read), so its content hash
	// needs no check of its own.
	nfc bool
}

// setSummary is, for the tokens a to b of a marked document, the bit of
// set id (bit id&63 of word id>>6) of each phrase set a phrase of which
// starts at one of them.
type setSummary struct {
	a, b int
	ok   bool
	ids  []uint64
}

// summarise computes d.sets for the tokens a to b: words is the number
// of 64-bit words of the extractor's set ids.
func (d *doc) summarise(a, b, words int, nz []setWord) {
	d.sets.ok = false
	if !d.marked {
		return
	}
	ids := d.sets.ids[:0]
	if k := d.sumNext; k < len(d.sumSpans) && d.sumSpans[k] == [2]int{a, b} && len(d.sentSums) >= (k+1)*words {
		// made by summariseAll
		d.sumNext++
		ids = append(ids, d.sentSums[k*words:(k+1)*words]...)
		d.sets = setSummary{a: a, b: b, ok: true, ids: ids}
		return
	}
	for range words {
		ids = append(ids, 0)
	}
	for i := a; i < b; i++ {
		if w := d.toks[i].info; w != nil && w.nzN > 0 {
			for _, sw := range nz[w.nzAt : w.nzAt+w.nzN] {
				ids[sw.k] |= sw.bits
			}
		}
	}
	d.sets = setSummary{a: a, b: b, ok: true, ids: ids}
}

// setWord is a word of a wordInfo's setIDs that is not zero, and its
// index (Extractor.setNZ).
type setWord struct {
	k    int
	bits uint64
}

// orSets sets in ids the bits of set ids of the phrases starting at the
// tokens, from each word's setIDs (the summaries read setNZ instead).
func orSets(ids []uint64, toks []token) {
	for i := range toks {
		if w := toks[i].info; w != nil {
			for k, x := range w.setIDs {
				ids[k] |= x
			}
		}
	}
}

// summariseAll computes what summarise gives for each of the sentences
// of a marked document, in order (sentSums, sumSpans), so that summarise
// only copies it; words is the number of 64-bit words of the extractor's
// set ids. The token range of each sentence is sentenceTokens' (the first
// token starting in it, the first ending after it) when the sentences are
// in order and disjoint, found in one walk over the tokens that reads
// each token's record as it goes; summarise checks the range anyway.
func (d *doc) summariseAll(sents []span, words int, nz []setWord) {
	d.sentSums, d.sumSpans, d.sumNext = d.sentSums[:0], d.sumSpans[:0], 0
	d.sumSents, d.sumCur = nil, 0
	if !d.marked {
		return
	}
	d.sumSents = sents
	toks := d.toks
	i := 0
	for _, s := range sents {
		for i < len(toks) && toks[i].start < s.start {
			i++
		}
		a := i
		at := len(d.sentSums)
		for range words {
			d.sentSums = append(d.sentSums, 0)
		}
		ids := d.sentSums[at:]
		for ; i < len(toks) && toks[i].end <= s.end; i++ {
			if w := toks[i].info; w != nil && w.nzN > 0 {
				for _, sw := range nz[w.nzAt : w.nzAt+w.nzN] {
					ids[sw.k] |= sw.bits
				}
			}
		}
		d.sumSpans = append(d.sumSpans, [2]int{a, i})
	}
}

// none reports whether no phrase of set ps starts at any of the tokens a
// to b, as far as the summary of the sentence being analysed tells: false
// when it does not cover exactly these tokens, or for a set that is not
// registered.
func (d *doc) none(ps phrases, a, b int) bool {
	if !d.sets.ok || ps.id == 0 || d.sets.a != a || d.sets.b != b {
		return false
	}
	w := int(ps.id >> 6)
	return w >= len(d.sets.ids) || d.sets.ids[w]&(1<<(ps.id&63)) == 0
}

// token is a word of the normalised text.
type token struct {
	start, end int    // byte offsets in norm
	fold       string // graph.Fold of the word
	credit     bool   // inside a photo credit
	// noPhrase: the word starts no phrase of any phrase set (see
	// markPhraseStarts); phrases.at then looks no further.
	noPhrase bool
	class    wordClass // what the data of the document's classLD says of the word (classify): the rules read the token alone
	disc     uint8     // the word's discovery flags, likewise
	capital  bool      // the word starts with a capital or a title-case letter (tokenize)
	space    bool      // one space, and nothing else, stands between the token before and this one (tokenize)
	digit    bool      // fold starts with an ASCII digit (tokenize): dates reads no word record for the other words with no date
	mask     uint64    // the bits of the phrase sets a phrase of which starts here (markWords); all of them in a document not marked (newDoc), none in a pooled one until marked
	gaz      *gazNode  // the node of the forms starting with this word, or nil
	info     *wordInfo // what the extractor knows of this word, or nil (markWords)
}

// newDoc normalises and tokenises text; its tokens may start a phrase
// of any set until it is marked.
func newDoc(text string) *doc {
	d := &doc{orig: text}
	d.norm, d.offs, d.nfc = normalizeInto(text, nil)
	d.tokenize()
	for i := range d.toks {
		d.toks[i].mask = ^uint64(0)
	}
	return d
}

// docPool recycles the buffers of documents (offsets, tokens, working
// arrays) between extractions: Extract takes one and gives it back, so a
// steady load allocates little.
var docPool = sync.Pool{New: func() any { return new(doc) }}

// newPooledDoc is newDoc with buffers from docPool, for a document that
// is marked at once (markWords or markClassify): until then its tokens
// start no phrase (mask 0; tokenize writes no mask). Give the document
// back with release when nothing refers to it any more.
func newPooledDoc(text string) *doc {
	d := docPool.Get().(*doc)
	offs, toks, sc, mbuf, names := d.offs, d.toks, d.sc, d.mbuf, d.names
	relIdx, relBuf, evBuf, named := d.relIdx, d.relBuf, d.evBuf, d.named
	blockBuf, sentBuf, msBuf, occBuf, boundBuf := d.blockBuf, d.sentBuf, d.msBuf, d.occBuf, d.boundBuf
	setIDs, actBuf := d.sets.ids, d.actBuf
	sentSums, sumSpans, hashBuf, firstBuf := d.sentSums, d.sumSpans, d.hashBuf, d.firstBuf
	mem, recent, heads, mergeBuf, addBuf := d.mem, d.recent, d.heads, d.mergeBuf, d.addBuf
	*d = doc{hashBuf: hashBuf[:0], firstBuf: firstBuf[:0], mem: mem, recent: recent, heads: heads, mergeBuf: mergeBuf, addBuf: addBuf[:0], orig: text, toks: toks[:0], sc: sc, mbuf: mbuf[:0], names: names[:0],
		relIdx: relIdx, relBuf: relBuf[:0], evBuf: evBuf[:0], named: named,
		blockBuf: blockBuf[:0], sentBuf: sentBuf[:0], msBuf: msBuf[:0], occBuf: occBuf[:0], boundBuf: boundBuf[:0],
		actBuf: actBuf[:0], sets: setSummary{ids: setIDs[:0]}, sentSums: sentSums[:0], sumSpans: sumSpans[:0]}
	d.norm, d.offs, d.nfc = normalizeInto(text, offs[:0])
	d.tokenize()
	if d.sc != nil && len(d.sc.comma) < len(d.toks) {
		d.sc = nil // too small: scratch makes a new one
	}
	return d
}

// release clears a pooled document's working arrays and gives it back.
func (d *doc) release() {
	if d.sc != nil {
		d.sc.reset(len(d.toks))
	}
	d.orig, d.norm = "", ""
	d.sets.ok = false
	clear(d.mbuf)
	d.mbuf = d.mbuf[:0]
	clear(d.relIdx)
	clear(d.named)
	clear(d.msBuf[:cap(d.msBuf)])
	for k := range d.mergeBuf {
		clear(d.mergeBuf[k][:cap(d.mergeBuf[k])]) // no actor kept alive
	}
	clear(d.addBuf[:cap(d.addBuf)])
	docPool.Put(d)
}

// normalize returns text in NFC with typographic apostrophes, quotes and
// dashes made ASCII (guillemets stay, to tell opening from closing), no-break and thin spaces made spaces, "\r\n" made
// " \n" and a lone "\r" made "\n", soft hyphens and zero-width characters
// dropped; and for each byte of the result the offset of the original
// byte it comes from (plus one entry for the end). The offsets never
// decrease and always fall on rune boundaries of the original.
//
// NFC works in segments (a starter and the marks after it): a segment
// that normalisation leaves as it is maps byte for byte to the original,
// one that it changes maps wholly to the segment's start. An ASCII byte
// always starts a segment, and one followed by another ASCII byte (or by
// the end) is a segment of its own that NFC leaves alone, so runs of ASCII
// are copied directly. What lies between is a stretch: the ASCII byte
// before it (if any) and the non-ASCII bytes up to the next ASCII byte.
// Both ends of a stretch are segment boundaries, so the NFC iterator run
// over a stretch alone cuts it as it would in the whole text; and a
// stretch of runes that NFC can neither change nor combine (see nfcInert)
// is copied rune by rune without it.
func normalize(text string) (string, []int) {
	s, segs, _ := normalizeInto(text, nil)
	return s, expandOffsets(segs, len(s), len(text))
}

// offSeg is a stretch of the normalised text, from its byte at up to
// the next segment's, whose bytes map back to the original text alike:
// byte q to orig+q-at when linear (bytes copied one for one), every byte
// to orig otherwise (the normal form of one rune, mapped to its start).
type offSeg struct {
	at, orig int
	linear   bool
}

// addOffsets appends to segs the offsets of n bytes of the normalised
// text from q that come from offset o of the original text, one for one
// when linear, else all from o; a linear stretch that goes on from the
// last segment extends it.
func addOffsets(segs []offSeg, q, o, n int, linear bool) []offSeg {
	if n == 0 {
		return segs
	}
	linear = linear || n == 1
	if k := len(segs) - 1; linear && k >= 0 && segs[k].linear && segs[k].orig+q-segs[k].at == o {
		return segs
	}
	return append(segs, offSeg{at: q, orig: o, linear: linear})
}

// origAt returns the offset in orig of byte q of norm, or len(orig)
// for q = len(norm).
func (d *doc) origAt(q int) int {
	if q >= len(d.norm) {
		return len(d.orig)
	}
	segs := d.offs
	lo, hi := 0, len(segs) // segs[lo].at <= q < segs[hi].at
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if segs[m].at <= q {
			lo = m
		} else {
			hi = m
		}
	}
	if s := segs[lo]; s.linear {
		return s.orig + q - s.at
	}
	return segs[lo].orig
}

// expandOffsets returns, for a normalised text of size bytes from an
// original of origSize, the offset in the original of each of its bytes
// and of its end (len(norm)+1 entries), from its segments.
func expandOffsets(segs []offSeg, size, origSize int) []int {
	off := make([]int, 0, size+1)
	for k, s := range segs {
		end := size
		if k+1 < len(segs) {
			end = segs[k+1].at
		}
		for q := s.at; q < end; q++ {
			if s.linear {
				off = append(off, s.orig+q-s.at)
			} else {
				off = append(off, s.orig)
			}
		}
	}
	return append(off, origSize)
}

// load64 returns the eight bytes of s from i, the first in the low byte
// (the compiler makes it one load).
func load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// Bytes repeated in the eight bytes of a word, for the tests of hasByte.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// hasByte reports whether one of the eight bytes of x is c: a byte of
// x^(c*ones) is zero exactly where x has c.
func hasByte(x uint64, c byte) bool {
	v := x ^ ones*uint64(c)
	return (v-ones)&^v&highs != 0
}

// plainWord reports whether the eight bytes of x are plainASCII.
func plainWord(x uint64) bool {
	return x&highs == 0 && !hasByte(x, '`') && !hasByte(x, '\r')
}

// plainASCII marks the ASCII bytes that normalize copies as they are: all
// but '`' and '\r'.
var plainASCII = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c != '`' && c != '\r'
	}
	return t
}()

// normalizeInto is normalize giving the offsets as segments, appended
// to segs (reused); nfc
// reports that text is in NFC and has no carriage return: true when no
// stretch needed the NFC iterator (every rune of the others is inert) and
// no '\r' was met, false otherwise (it may still be).
func normalizeInto(text string, segs []offSeg) (_ string, _ []offSeg, nfc bool) {
	nfc = strings.IndexByte(text, '\r') < 0
	n := len(text)
	buf := normBuf{text: text, lazy: true}
	segs = segs[:0]
	var it *norm.Iter
	for i := 0; i < n; {
		// A run of plain ASCII bytes, each a segment of its own: eight
		// at a time, then one by one.
		j := i
		for j+8 <= n && plainWord(load64(text, j)) {
			j += 8
		}
		for j < n && plainASCII[text[j]] {
			j++
		}
		if j < n && text[j] >= utf8.RuneSelf && j > i {
			j-- // the last ASCII byte starts the stretch that follows
		}
		segs = addOffsets(segs, buf.Len(), i, j-i, true)
		buf.same(text[i:j], i)
		if i = j; i >= n {
			break
		}
		if c := text[i]; c < utf8.RuneSelf && (i+1 == n || text[i+1] < utf8.RuneSelf) {
			// '`' or '\r', a segment of its own.
			segs = addOffsets(segs, buf.Len(), i, 1, true)
			switch {
			case c == '`':
				buf.write("'")
			case c == '\r' && i+1 < n && text[i+1] == '\n':
				buf.write(" ")
			case c == '\r':
				buf.write("\n")
			default:
				buf.same(text[i:i+1], i)
			}
			i++
			continue
		}
		// A stretch: text[i] is ASCII and non-ASCII bytes follow, or i is 0.
		j = i + 1
		for j < n && text[j] >= utf8.RuneSelf {
			j++
		}
		if inertStretch(text[i:j]) {
			for p := i; p < j; {
				r, w := utf8.DecodeRuneInString(text[p:j])
				segs = appendRune(&buf, segs, text, r, text[p:p+w], p, true)
				p += w
			}
		} else {
			if it == nil {
				it = new(norm.Iter)
			}
			nfc = false
			buf.materialise()
			segs = normalizeNFC(&buf, segs, text, i, j, it)
		}
		i = j
	}
	return buf.String(), segs, nfc
}

// normBuf is the output of normalizeInto: while lazy, the output so far is
// the text's first n bytes and nothing is copied, so that a text that
// normalisation leaves as it is (most texts without typographic quotes)
// is returned itself, with no allocation; the first byte that differs
// copies what came before into b, which holds the rest.
type normBuf struct {
	b    strings.Builder
	text string
	n    int // the length of the output so far
	lazy bool
}

// Len returns the length of the output so far.
func (w *normBuf) Len() int { return w.n }

// same appends s, which is text[from:from+len(s)].
func (w *normBuf) same(s string, from int) {
	if w.lazy && from == w.n {
		w.n += len(s)
		return
	}
	w.write(s)
}

// write appends s.
func (w *normBuf) write(s string) {
	w.materialise()
	w.b.WriteString(s)
	w.n += len(s)
}

// materialise ends the lazy state: b gets the output so far.
func (w *normBuf) materialise() {
	if w.lazy {
		w.lazy = false
		w.b.Grow(len(w.text))
		w.b.WriteString(w.text[:w.n])
	}
}

// String returns the output.
func (w *normBuf) String() string {
	if w.lazy {
		return w.text[:w.n]
	}
	return w.b.String()
}

// normalizeNFC appends text[a:b] normalised through the NFC iterator.
func normalizeNFC(buf *normBuf, segs []offSeg, text string, a, b int, it *norm.Iter) []offSeg {
	it.InitString(norm.NFC, text[a:b])
	for !it.Done() {
		start := a + it.Pos()
		seg := it.Next()
		end := a + it.Pos()
		// When normalisation left the segment as it was, each byte maps
		// to itself; otherwise every byte maps to the segment's start.
		same := end-start == len(seg) && text[start:end] == string(seg)
		for i := 0; i < len(seg); {
			r, w := utf8.DecodeRune(seg[i:])
			o := start
			if same {
				o = start + i
			}
			segs = appendRune(buf, segs, text, r, string(seg[i:i+w]), o, same)
			i += w
		}
	}
	return segs
}

// appendRune appends the normal form of rune r, written raw, that comes
// from offset o of text; same tells whether its segment was left as it was.
func appendRune(buf *normBuf, segs []offSeg, text string, r rune, raw string, o int, same bool) []offSeg {
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
		if same && o+1 < len(text) && text[o+1] == '\n' {
			rep = " "
		}
	case utf8.RuneError:
		rep = "\ufffd"
	default:
		segs = addOffsets(segs, buf.Len(), o, len(raw), false)
		// the rune as it is: while buf is lazy (normalizeNFC makes it
		// write), raw is text[o:o+len(raw)]
		buf.same(raw, o)
		return segs
	}
	segs = addOffsets(segs, buf.Len(), o, len(rep), false)
	buf.write(rep)
	return segs
}

// nfcInert marks the runes, below U+0800 and from U+2000 to U+20FF, that
// NFC leaves as they are whatever surrounds them: starters in NFC that no
// rune before them combines with. In a stretch of them, after one ASCII
// byte or none, NFC changes nothing and each rune is a segment.
var nfcInert = func() (t [0x2100]bool) {
	for r := rune(utf8.RuneSelf); r < rune(len(t)); r++ {
		if r >= 0x800 && r < 0x2000 {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		t[r] = p.CCC() == 0 && p.LeadCCC() == 0 && p.BoundaryBefore() &&
			norm.NFC.QuickSpanString(s) == len(s) && norm.NFC.IsNormalString("a"+s+s+"a")
	}
	return t
}()

// inertStretch reports whether the runes of s, but for a first ASCII
// byte, are all valid and inert to NFC (see nfcInert).
func inertStretch(s string) bool {
	i := 0
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		i = 1
	}
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r >= rune(len(nfcInert)) || !nfcInert[r] {
			return false // RuneError, from invalid bytes, is not inert
		}
		i += w
	}
	return true
}

// asciiWord marks the ASCII bytes that are word runes: letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = lexicon.IsWordRune(rune(c))
	}
	return t
}()

// Byte classes for tokenize's inner loop (byteClass).
const (
	bcOther = iota // an ASCII byte that is no word rune
	bcLower        // an ASCII lower-case letter or a digit
	bcUpper        // an ASCII capital
	bcNonASCII
)

// byteClass is the class of every byte for tokenize.
var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = bcNonASCII
		case c >= 'A' && c <= 'Z':
			t[c] = bcUpper
		case asciiWord[c]:
			t[c] = bcLower
		}
	}
	return t
}()

// wordRune2 is lexicon.IsWordRune of the runes below U+0800 (those of
// two bytes in UTF-8), for tokenize.
var wordRune2 = func() (t [0x800]bool) {
	for r := range t {
		t[r] = lexicon.IsWordRune(rune(r))
	}
	return t
}()

// wordBytes8 returns how many of the eight bytes of x, from the first (the
// low byte), are ASCII lower-case letters or digits (bcLower) before any
// other byte: 8 when all are. Each byte's test is an addition to its low
// seven bits that sets its high bit (no carry leaves the byte).
func wordBytes8(x uint64) int {
	l := x &^ highs
	geA := l + ones*(0x80-'a')   // high bit set from 'a' up
	gtZ := l + ones*(0x80-'z'-1) // from past 'z' up
	ge0 := l + ones*(0x80-'0')
	gt9 := l + ones*(0x80-'9'-1)
	ok := (geA&^gtZ | ge0&^gt9) &^ x & highs
	return bits.TrailingZeros64(^ok&highs) >> 3
}

// tokenize cuts the normalised text into words (see lexicon.IsWordRune),
// dropping words that fold to nothing. It leaves the tokens' masks 0:
// newDoc sets them all, markWords those of the words' phrases.
func (d *doc) tokenize() {
	s := d.norm
	// toks is local while it grows, and stored back at the end
	toks := d.toks[:0]
	if cap(toks) < len(s)/5+16 {
		toks = make([]token, 0, len(s)/5+16) // a word and its space take about 6 bytes
	}
	var f folder
	prevEnd := -2 // the end of the last token
	for i := 0; i < len(s); {
		k := byteClass[s[i]]
		if k == bcOther {
			i++
			continue
		}
		if k == bcNonASCII {
			if r, w := utf8.DecodeRuneInString(s[i:]); !lexicon.IsWordRune(r) {
				i += w
				continue
			}
		}
		start := i
		capital := k == bcUpper // startsCapital, for ASCII
		ascii, upper := true, capital
		if k != bcNonASCII {
			i++ // the first byte, classified
		}
		for i < len(s) {
			if i+8 <= len(s) {
				// eight bytes at a time while they are lower-case
				// letters and digits (most of a word's bytes)
				n := wordBytes8(load64(s, i))
				i += n
				if n == 8 {
					continue
				}
				k = byteClass[s[i]] // no bcLower
			} else if k = byteClass[s[i]]; k == bcLower {
				i++
				continue
			}
			if k == bcUpper {
				upper = true
				i++
				continue
			}
			if k == bcOther {
				break
			}
			if c := s[i]; c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
				// a rune of two bytes (the accented letters of Latin
				// scripts), read by table
				if !wordRune2[rune(c&0x1f)<<6|rune(s[i+1]&0x3f)] {
					break
				}
				ascii = false
				i += 2
				continue
			}
			r, w := utf8.DecodeRuneInString(s[i:])
			if !lexicon.IsWordRune(r) {
				break
			}
			ascii = false
			i += w
		}
		w := s[start:i]
		fold := w // a word of lower-case ASCII letters and digits is its own fold
		if !ascii {
			fold = f.fold(w, len(s))
			if w[0] >= utf8.RuneSelf {
				capital = startsCapital(w)
			}
		} else if upper {
			fold = f.lowerASCII(w, len(s))
		}
		if fold != "" {
			space := start-prevEnd == 1 && s[prevEnd] == ' '
			prevEnd = i
			// append(toks, token{...}) field by field: the literal would
			// be built aside, then copied
			n := len(toks)
			if n == cap(toks) {
				toks = slices.Grow(toks, 1)
			}
			toks = toks[:n+1]
			t := &toks[n]
			t.start, t.end, t.fold = start, i, fold
			t.credit, t.noPhrase, t.class, t.disc = false, false, 0, 0
			t.capital, t.space, t.digit = capital, space, fold[0] >= '0' && fold[0] <= '9'
			t.mask, t.gaz, t.info = 0, nil, nil
		}
	}
	d.toks = toks
}

// startsCapital reports whether w starts with an upper-case or a
// title-case letter.
func startsCapital(w string) bool {
	if c := w[0]; c < utf8.RuneSelf {
		return c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// origSpan returns the original text between two normalised offsets, and
// its original offsets.
func (d *doc) origSpan(ns, ne int) (string, int, int) {
	s, e := d.origAt(ns), d.origAt(ne)
	return d.orig[s:e], s, e
}

// folder folds the words of one document to graph.Fold(w): directly for
// words of ASCII letters and digits and of the runes of runeFolds, through
// graph.Fold (once per document and word) for the others. The folds it
// computes are cut from one string it grows.
type folder struct {
	arena   strings.Builder
	scratch []byte
	cache   map[string]string
}

// lowerASCII is fold for a word of ASCII letters and digits with a
// capital: its letters in lower case, cut from the arena.
func (f *folder) lowerASCII(w string, size int) string {
	b := append(f.scratch[:0], w...)
	for k, c := range b {
		b[k] = lowerByte[c]
	}
	f.scratch = b
	if f.arena.Cap() == 0 {
		f.arena.Grow(max(size/2, 64))
	}
	at := f.arena.Len()
	f.arena.Write(b)
	return f.arena.String()[at:]
}

// lowerByte maps the ASCII capitals to lower case and every other byte
// to itself.
var lowerByte = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

// fold returns graph.Fold(w); size, the length of the document, sizes the
// arena.
func (f *folder) fold(w string, size int) string {
	b, ok := appendFold(f.scratch[:0], w)
	f.scratch = b
	if !ok {
		if v, ok := f.cache[w]; ok {
			return v
		}
		if f.cache == nil {
			f.cache = map[string]string{}
		}
		v := graph.Fold(w)
		f.cache[w] = v
		return v
	}
	if string(b) == w {
		return w
	}
	if f.arena.Cap() == 0 {
		f.arena.Grow(max(size/2, 64))
	}
	at := f.arena.Len()
	f.arena.Write(b)
	return f.arena.String()[at:]
}

// appendFold appends graph.Fold(w) to dst when w is made of ASCII letters
// and digits and of runes with an entry in runeFolds, for which Fold
// works rune by rune; ok is false, with dst unchanged, for any other w.
func appendFold(dst []byte, w string) (out []byte, ok bool) {
	n := len(dst)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				dst = append(dst, c)
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			default:
				return dst[:n], false
			}
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(w[i:])
		if r >= rune(len(runeFolds)) {
			return dst[:n], false
		}
		fr := runeFold(r)
		if fr == "" {
			return dst[:n], false
		}
		dst = append(dst, fr...)
		i += sz
	}
	return dst, true
}

// runeFolds holds, once computed, graph.Fold of the letters and digits
// below U+0800 (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic...) for
// which Fold of a word is the folds of its runes put together: those that
// fold to a non-empty string without spaces, alone, doubled and between
// ASCII letters alike. It holds "" for the others, and for runes of other
// kinds. The tests check it against Fold for every pair of them.
var runeFolds [0x800]atomic.Pointer[string]

// runeFold returns the entry of runeFolds for r, computing it on first use.
func runeFold(r rune) string {
	if p := runeFolds[r].Load(); p != nil {
		return *p
	}
	f := ""
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		s := string(r)
		f = graph.Fold(s)
		if f == "" || strings.ContainsAny(f, " \t\n") || graph.Fold(s+s) != f+f ||
			graph.Fold("a"+s+"b") != "a"+f+"b" || graph.Fold("A"+s+"1") != "a"+f+"1" {
			f = ""
		}
	}
	runeFolds[r].Store(&f)
	return f
}

// word returns the token as written in the normalised text.
func (d *doc) word(i int) string { return d.norm[d.toks[i].start:d.toks[i].end] }

// pattern is a phrase compiled for matching: its folded terms and, for a
// case-sensitive phrase, the capitals shape of each word.
type pattern struct {
	terms  []string
	shapes []string // nil unless the phrase is case-sensitive
	// words holds the wordInfo of each term, for a pattern of the
	// extractor's phrase sets or triggers (indexWords), else nil: in a
	// marked document a token's word is a term exactly when its info is
	// the term's.
	words []*wordInfo
}

// compile compiles a phrase; ok is false when it has no words.
// It walks the phrase's words twice (lexicon.NextWord) to give terms
// and shapes their length at once, with no slice of words between.
func compile(phrase string, caseSensitive bool) (pattern, bool) {
	var p pattern
	n := 0
	for w, i := lexicon.NextWord(phrase, 0); w != ""; w, i = lexicon.NextWord(phrase, i) {
		n++
	}
	if n == 0 {
		return p, false
	}
	p.terms = make([]string, 0, n)
	if caseSensitive {
		p.shapes = make([]string, 0, n)
	}
	for w, i := lexicon.NextWord(phrase, 0); w != ""; w, i = lexicon.NextWord(phrase, i) {
		f := graph.Fold(w)
		if f == "" {
			continue
		}
		p.terms = append(p.terms, f)
		if caseSensitive {
			p.shapes = append(p.shapes, lexicon.CaseShape(w))
		}
	}
	if len(p.terms) == 0 {
		return pattern{}, false
	}
	return p, true
}

// joinable reports whether the text between two words of a phrase keeps
// them one phrase: a few spaces, apostrophes, hyphens, dots or slashes.
func joinable(gap string) bool {
	if gap == " " {
		return true
	}
	if len(gap) > 3 {
		return false
	}
	for i := 0; i < len(gap); i++ {
		if !strings.ContainsRune(" '-./\"", rune(gap[i])) {
			return false
		}
	}
	return true
}

// match reports whether pattern p matches the tokens from i on, all below
// limit and none blocked.
func (d *doc) match(p *pattern, i, limit int, blocked func(int) bool) bool {
	return d.matchKnown(p, i, limit, blocked, 0)
}

// matchKnown is match when, in a marked document, the first known words
// of p are known to be those of the tokens from i (their wordInfo is
// the same): it compares the others only.
func (d *doc) matchKnown(p *pattern, i, limit int, blocked func(int) bool, known int) bool {
	n := len(p.terms)
	if i < 0 || i+n > limit {
		return false
	}
	// the words first: most patterns tried fail there
	if d.marked && p.words != nil {
		for k := known; k < n; k++ {
			if d.toks[i+k].info != p.words[k] {
				return false
			}
		}
	} else {
		for k := range n {
			if d.toks[i+k].fold != p.terms[k] {
				return false
			}
		}
	}
	for k := range n {
		t := &d.toks[i+k]
		if t.credit || (blocked != nil && blocked(i+k)) {
			return false
		}
		if p.shapes != nil && !shapeIs(d.norm[t.start:t.end], p.shapes[k]) {
			return false
		}
		if k > 0 && !t.space && !joinable(d.norm[d.toks[i+k-1].end:t.start]) {
			return false
		}
	}
	return true
}

// matchFilled matches a phrase of several words with at most two filler
// words inside it (« participent eux aussi à », "fought directly
// alongside") and returns the end of the match, or -1. Its caller tries
// it only when a filler stands within two words of the phrase's start.
func (d *doc) matchFilled(p *pattern, i, limit int, blocked func(int) bool, fillers map[string]bool) int {
	if len(fillers) == 0 {
		return -1
	}
	j, skipped := i, 0
	for k := range p.terms {
		for k > 0 && j < limit && d.toks[j].fold != p.terms[k] && fillers[d.toks[j].fold] && skipped < 2 {
			j++
			skipped++
		}
		if j >= limit {
			return -1
		}
		t := &d.toks[j]
		if t.fold != p.terms[k] || t.credit || (blocked != nil && blocked(j)) {
			return -1
		}
		if p.shapes != nil && !shapeIs(d.norm[t.start:t.end], p.shapes[k]) {
			return -1
		}
		if j > i && !joinable(d.norm[d.toks[j-1].end:t.start]) {
			return -1
		}
		j++
	}
	if skipped == 0 {
		return -1
	}
	return j
}

// shapeIs reports whether lexicon.CaseShape(word) is shape, without
// building the shape: one 'U' per upper-case letter, one 'l' per other
// rune, marks skipped.
func shapeIs(word, shape string) bool {
	k := 0
	for _, r := range word {
		var c byte
		switch {
		case unicode.IsMark(r):
			continue
		case unicode.IsUpper(r):
			c = 'U'
		default:
			c = 'l'
		}
		if k >= len(shape) || shape[k] != c {
			return false
		}
		k++
	}
	return k == len(shape)
}

// fillable reports whether matchFilled may match p at i: in a marked
// document, p's second word must be one of the three tokens after i
// (matchFilled skips at most two fillers before it); false spares the
// call and its filler look-ups.
func (d *doc) fillable(p *pattern, i, limit int) bool {
	if !d.marked || len(p.words) < 2 {
		return true
	}
	w := p.words[1]
	for j := i + 1; j <= i+3 && j < limit; j++ {
		if d.toks[j].info == w {
			return true
		}
	}
	return false
}

// phrases is a set of phrases indexed by first term, longest first. Each
// set has an id, unique in its extractor, and a bit; markWords gives each
// token the phrase lists of every set with a phrase starting with its word
// (and the mask of their bits), so matching needs no map lookup and skips
// the other sets at once.
type phrases struct {
	m   map[string][]pattern
	bit uint64
	id  uint32
}

// setRegistry collects the phrase sets of one extractor as New builds
// them, so that New can index them by first word.
type setRegistry struct {
	sets     []phrases
	triggers []map[string][]*trigEntry // the triggers of each langData; id = index + 1
	langs    []*langData               // every langData, by idx
	// trigs holds the trigEntry records of every langData (see slab)
	trigs slab[trigEntry]
}

// triggerBit marks the first words of trigger phrases in a word's mask;
// phrase sets use the other bits.
const triggerBit = 1 << 63

// hotBits is the number of mask bits that each belong to one field of
// the phrase sets (langData.hotSets, the same field of every langData
// sharing its bit, and x.places): the sets that the loops over every
// token test most, for which the mask test then rejects the words that
// start only other sets, before may or at reads the word's set ids. The
// other sets share the 63 - hotBits bits left (newPhraseSet).
const hotBits = 35

// hot gives set ps, made by newPhraseSet (id not 0), the mask bit k <
// hotBits, in ps and in reg's copy of it (indexWords makes the words'
// masks from those), before any other copy of ps is made.
func (reg *setRegistry) hot(k int, ps *phrases) {
	if ps.id == 0 {
		return // a set no language data fills
	}
	ps.bit = 1 << k
	reg.sets[ps.id-1].bit = ps.bit
}

// hotSets returns the sets of ld whose fields have a mask bit each (see
// hotBits), in the order of their bits.
func (ld *langData) hotSets() []*phrases {
	r := ld.rel
	return []*phrases{&ld.credits, &ld.determiners, &ld.coord, &ld.negations, &ld.hedges, &ld.attributions, &ld.equipment,
		&r.home, &r.ellipsisInv, &r.ellipsis, &r.relatives, &r.memberRoles, &r.leaderRoles, &r.clauseBreaks, &r.troops,
		&r.corefTitles, &r.supplierRoles, &r.allyRoles, &r.help, &r.deploy, &r.countWords, &r.joint, &r.mediation,
		&r.hg.report, &r.hg.locLeaving, &r.hg.cessation, &r.rv.verbs, &r.rv.depend, &r.bl.makers, &r.bl.memberPlaces,
		&r.bl.locMember, &r.bl.locStay, &r.founding, &r.rv.give}
}

// newPhraseSet returns an empty set of phrases, registered in reg (nil:
// not registered; such a set matches by map lookup only).
func newPhraseSet(reg *setRegistry) phrases {
	ps := phrases{m: map[string][]pattern{}}
	if reg != nil {
		ps.id = uint32(len(reg.sets) + 1) // 0 is never an id
		ps.bit = 1 << (hotBits + ps.id%(63-hotBits))
		reg.sets = append(reg.sets, ps)
	} else {
		ps.bit = ^uint64(0) // at tests the mask only of a marked word
	}
	return ps
}

func newPhrases(reg *setRegistry, lists ...[]string) phrases {
	ps := newPhraseSet(reg)
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
	list := ps.m[p.terms[0]]
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
	ps.m[p.terms[0]] = append(list[:at], append([]pattern{p}, list[at:]...)...)
}

// wordInfo is what the extractor knows of a word before matching: the
// forms of actors starting with it, the phrases starting with it, and
// what the data of each language says of it.
//
// The fields markClassify and summariseAll read for every token (word,
// gaz, mask, lc, sets8) come first, in the struct's first 64 bytes, one
// cache line (the struct's 192 bytes are a size class whose objects start
// at multiples of 64).
type wordInfo struct {
	// word is the word, folded: markWords makes it the fold of the
	// tokens of this word, and the terms of the phrases are the same
	// strings, so that the comparisons of match find equal words equal
	// without reading their bytes.
	word string
	gaz  *gazNode
	mask uint64 // the bits of the phrase sets with a phrase starting with it
	// lc holds the class and discovery flags of langs[k] for the first
	// len(lc) language data (all of them, in practice), so that
	// markClassify reads them from this cache line.
	lc [4]langClass
	// nzAt and nzN locate the words of setIDs that are not zero in
	// Extractor.setNZ, for the summaries (summariseAll) to read from this
	// cache line: most words start the phrases of one or two of the
	// eleven words setIDs may have (an array of eight words a word, read
	// without a loop, served while there were at most 512 sets; sixteen
	// cost a fifth of the gold pass's time in cache misses, BENCHMARKS.md,
	// sixteenth session).
	nzAt, nzN int32
	// short holds the bytes of word when it has at most 15, so that the
	// word table compares a word with them in this cache line rather than
	// with word's bytes, elsewhere; with trigSecond, it keeps the struct
	// at 192 bytes.
	short [15]byte
	// trigSecond: the word is the second word of a trigger, so that
	// trigStart.forNext need not look for it among a trigger word's
	// second words when it is not
	trigSecond bool
	// endMask: the bits of the phrase sets with a phrase ending with it,
	// for endsAt to reject a word at once
	endMask uint64
	sets    []setStart // the phrases starting with it, by set, in the order of set ids
	// setIDs has bit id set for each set of sets: the rank of a set's bit
	// is its index in sets (setPats).
	setIDs []uint64
	// setRank[w] is the number of bits of setIDs[:w], so that the index of
	// a set in sets is read with one popcount (setStartOf).
	setRank []int32
	trigs   []trigStart // the triggers starting with it, by language data
	// langs holds, by langData.idx, what each language's data says of
	// the word; nil when none names it.
	langs []wordLang
}

// langClass is the class and discovery flags of a wordLang, copied into
// the wordInfo (lc).
type langClass struct {
	class wordClass
	disc  uint8
}

// wordLang is what the data of one language (a langData) says of a word:
// the word sets it belongs to, its flags for discovery and the date
// expressions it may start. markWords finds it with the rest of the
// word's wordInfo, so the rules that test these small sets on every token
// need no map lookup of their own.
type wordLang struct {
	class wordClass
	disc  uint8     // discData.words
	rw    uint32    // the word sets of relData.rwSets it belongs to, bit k for set k (relData.has); in the struct's padding
	date  *dateWord // dateData.words
}

// noWord is the wordLang of a word no language's data names.
var noWord wordLang

// wordClass is a set of bits, one for each word set of a langData that
// the rules test on every token (see langData.classWords).
type wordClass uint8

const (
	classFiller     wordClass = 1 << iota // langData.fillers
	classStop                             // langData.stop
	classDefinite                         // relData.definite
	classPossessive                       // relData.possessives
	classAnaphorDet                       // relData.anaphorDets
	classPronoun                          // relData.subjectPronouns
	classAnaphorMod                       // relData.anaphorMods
	classEnd                              // past the last class
)

// classDate marks in a wordLang's class (and so in a classified token's)
// a word that starts a date expression of the language (wordLang.date is
// not nil), so that dates reads the word's wordLang only for those. It is
// no word set of classWords.
const classDate wordClass = 1 << 7

// classWords returns the word set of ld behind class c (one bit).
func (ld *langData) classWords(c wordClass) map[string]bool {
	switch c {
	case classFiller:
		return ld.fillers
	case classStop:
		return ld.stop
	case classDefinite:
		return ld.rel.definite
	case classPossessive:
		return ld.rel.possessives
	case classAnaphorDet:
		return ld.rel.anaphorDets
	case classPronoun:
		return ld.rel.subjectPronouns
	case classAnaphorMod:
		return ld.rel.anaphorMods
	}
	panic("extract: unknown word class")
}

// wordOf returns what ld's data says of token i's word: found by
// markWords, or looked up in ld's maps for a document not marked.
func (d *doc) wordOf(i int, ld *langData) *wordLang {
	if d.marked {
		if w := d.toks[i].info; w != nil && w.langs != nil {
			return &w.langs[ld.idx]
		}
		return &noWord
	}
	return ld.lookupWord(d.toks[i].fold)
}

// lookupWord returns what ld's data says of a folded word, from its maps.
func (ld *langData) lookupWord(f string) *wordLang {
	wl := &wordLang{disc: ld.disc.words[f], date: ld.dates.words[f]}
	for c := wordClass(1); c < classEnd; c <<= 1 {
		if ld.classWords(c)[f] {
			wl.class |= c
		}
	}
	if wl.date != nil {
		wl.class |= classDate
	}
	for k, set := range ld.rel.rwSets {
		if set[f] {
			wl.rw |= 1 << k
		}
	}
	return wl
}

// is reports whether token i's word belongs to the word set of ld behind
// class c.
func (d *doc) is(i int, ld *langData, c wordClass) bool {
	if d.classLD == ld {
		return d.toks[i].class&c != 0
	}
	return d.isOther(i, ld, c)
}

// isOther is is for a document not classified for ld (not inlined, so
// that is is).
//
//go:noinline
func (d *doc) isOther(i int, ld *langData, c wordClass) bool { return d.wordOf(i, ld).class&c != 0 }

// discFlags returns what ld's data for discovery says of token i's word.
func (d *doc) discFlags(i int, ld *langData) uint8 {
	if d.classLD == ld {
		return d.toks[i].disc
	}
	return d.discOther(i, ld)
}

// discOther is discFlags for a document not classified for ld (not
// inlined, so that discFlags is).
//
//go:noinline
func (d *doc) discOther(i int, ld *langData) uint8 { return d.wordOf(i, ld).disc }

// classify copies what ld's data says of each word of a marked document
// into its tokens (class, disc), for is and discFlags.
func (d *doc) classify(ld *langData) {
	if !d.marked {
		return
	}
	for i := range d.toks {
		t := &d.toks[i]
		if w := t.info; w != nil && w.langs != nil {
			wl := &w.langs[ld.idx]
			t.class, t.disc = wl.class, wl.disc
		} else {
			t.class, t.disc = 0, 0
		}
	}
	d.classLD = ld
}

// setPats returns the phrases of set id starting with the word, or nil.
func (wi *wordInfo) setPats(id uint32) []pattern {
	if st := wi.setStartOf(id); st != nil {
		return st.pats
	}
	return nil
}

// trigStart is the triggers of one langData starting with one word.
type trigStart struct {
	id   uint32
	list []*trigEntry
	// The triggers that may match when the next token's word is
	// seconds[k]: those of several words whose second word it is, then
	// those of one word, in the order of list (nexts[k]); singles, those
	// of one word, when the next word is no second word of them.
	seconds []*wordInfo
	nexts   [][]*trigEntry
	singles []*trigEntry
}

// newTrigStart makes the trigStart of the triggers list (longest first,
// its entries' second words set) of the langData of trigger id.
func newTrigStart(id uint32, list []*trigEntry) trigStart {
	ts := trigStart{id: id, list: list}
	for _, e := range list {
		if e.second == nil {
			ts.singles = append(ts.singles, e)
		} else if !slices.Contains(ts.seconds, e.second) {
			ts.seconds = append(ts.seconds, e.second)
		}
	}
	for _, w := range ts.seconds {
		var next []*trigEntry
		for _, e := range list {
			if e.second == w {
				next = append(next, e)
			}
		}
		ts.nexts = append(ts.nexts, append(next, ts.singles...))
	}
	return ts
}

// setStart is the phrases of one set starting with one word.
type setStart struct {
	id   uint32
	pats []pattern
	// The same phrases for phrases.at in a marked document, where only
	// those whose second word is the next token's may match: those of
	// several words grouped by their second word's wordInfo (seconds[k]
	// is the second word of groups[k], in the order of first appearance,
	// each group in the order of pats), then those of one word (singles).
	// pats lists the longest first, so trying the group of the next
	// word, then the singles, tries the phrases that may match in the
	// order of pats.
	seconds []*wordInfo
	groups  [][]pattern
	singles []pattern
}

// newSetStart makes the setStart of set id for pats, whose words are
// interned (indexWords).
func newSetStart(id uint32, pats []pattern) setStart {
	st := setStart{id: id, pats: pats}
	for _, p := range pats {
		if len(p.words) < 2 {
			st.singles = append(st.singles, p)
			continue
		}
		k := slices.Index(st.seconds, p.words[1])
		if k < 0 {
			k = len(st.seconds)
			st.seconds = append(st.seconds, p.words[1])
			st.groups = append(st.groups, nil)
		}
		st.groups[k] = append(st.groups[k], p)
	}
	return st
}

// setStartOf returns the setStart of set id of the word, or nil: the
// set's index in wi.sets is the number of set ids below id.
func (wi *wordInfo) setStartOf(id uint32) *setStart {
	w, b := int(id>>6), id&63
	if w >= len(wi.setIDs) || wi.setIDs[w]&(1<<b) == 0 {
		return nil
	}
	return &wi.sets[int(wi.setRank[w])+bits.OnesCount64(wi.setIDs[w]&(1<<b-1))]
}

// indexWords builds the words table of the extractor: every word of an
// actor form (see gazNode.kids), every word of a phrase of one of the sets of reg
// or of a trigger (whose terms become the table's strings), and the words
// of each language's small sets. It runs once every set is complete.
func (x *Extractor) indexWords(reg *setRegistry, trie *trieBuild) {
	x.words = map[string]*wordInfo{}
	var chunks [][]wordInfo // the records, wordChunk to an array (newWordTable)
	info := func(w string) *wordInfo {
		wi := x.words[w]
		if wi == nil {
			if len(chunks) == 0 || len(chunks[len(chunks)-1]) == wordChunk {
				chunks = append(chunks, make([]wordInfo, 0, wordChunk))
			}
			ch := &chunks[len(chunks)-1]
			*ch = append(*ch, wordInfo{word: w})
			wi = &(*ch)[len(*ch)-1]
			x.words[w] = wi
		}
		return wi
	}
	var words slab[*wordInfo]
	var terms slab[string]
	intern := func(p *pattern) {
		p.words = words.make(len(p.terms))
		for k, w := range p.terms {
			p.words[k] = info(w)
			p.terms[k] = p.words[k].word
		}
		p.terms, p.shapes = terms.clone(p.terms), terms.clone(p.shapes)
	}
	for _, ps := range reg.sets {
		for _, pats := range ps.m {
			for k := range pats {
				intern(&pats[k])
			}
		}
	}
	for _, trigs := range reg.triggers {
		for _, list := range trigs {
			for _, e := range list {
				intern(&e.pattern)
				if len(e.words) > 1 {
					e.second = e.words[1]
					e.second.trigSecond = true
				}
			}
		}
	}
	for _, ps := range reg.sets {
		for w, pats := range ps.m {
			for k := range pats {
				pats[k].words[len(pats[k].words)-1].endMask |= ps.bit
			}
			wi := info(w)
			wi.mask |= ps.bit
			wi.sets = append(wi.sets, newSetStart(ps.id, pats))
			if n := int(ps.id>>6) + 1; len(wi.setIDs) < n {
				wi.setIDs = append(wi.setIDs, make([]uint64, n-len(wi.setIDs))...)
			}
			wi.setIDs[ps.id>>6] |= 1 << (ps.id & 63)
		}
	}
	for _, wi := range x.words {
		wi.setRank = make([]int32, len(wi.setIDs))
		n := 0
		for k, ids := range wi.setIDs {
			wi.setRank[k] = int32(n)
			n += bits.OnesCount64(ids)
		}
	}
	for _, wi := range x.words {
		wi.nzAt = int32(len(x.setNZ))
		for k, ids := range wi.setIDs {
			if ids != 0 {
				x.setNZ = append(x.setNZ, setWord{k, ids})
			}
		}
		wi.nzN = int32(len(x.setNZ)) - wi.nzAt
	}
	for k, trigs := range reg.triggers {
		for w, list := range trigs {
			wi := info(w)
			wi.mask |= triggerBit
			wi.trigs = append(wi.trigs, newTrigStart(uint32(k+1), list))
		}
	}
	// every word of a form is in the table; the nodes of the trie find
	// their children by their wordInfo (gazNode.kids)
	x.trie = flattenTrie(trie, info)
	for _, k := range x.trie.kids {
		k.word.gaz = k.node
	}
	var langs slab[wordLang]
	lang := func(w string, ld *langData) *wordLang {
		wi := info(w)
		if wi.langs == nil {
			wi.langs = langs.make(len(reg.langs))
		}
		return &wi.langs[ld.idx]
	}
	for _, ld := range reg.langs {
		for c := wordClass(1); c < classEnd; c <<= 1 {
			for w := range ld.classWords(c) {
				lang(w, ld).class |= c
			}
		}
		for w, f := range ld.disc.words {
			lang(w, ld).disc = f
		}
		for k, set := range ld.rel.rwSets {
			for w := range set {
				lang(w, ld).rw |= 1 << k
			}
		}
		for w, dw := range ld.dates.words {
			lang(w, ld).date = dw
			lang(w, ld).class |= classDate
			for k := range dw.rel {
				intern(&dw.rel[k].pattern) // match compares their words by wordInfo
			}
		}
	}
	// the words no language's data names share one record of zeros,
	// never written, so that relData.has need not test langs for nil
	none := make([]wordLang, len(reg.langs))
	for _, wi := range x.words {
		if wi.langs == nil {
			wi.langs = none
		}
		copy(wi.short[:], wi.word) // read only when the word fits
		for k := range min(len(wi.langs), len(wi.lc)) {
			wi.lc[k] = langClass{wi.langs[k].class, wi.langs[k].disc}
		}
	}
	compactLists(chunks, &words)
	x.wordTab = newWordTable(x.words, chunks)
	x.setWords = len(reg.sets)>>6 + 1
}

// slab hands out small slices cut from large arrays: the many short
// lists the extractor builds once (a pattern's words, a word's phrases
// by second word...) are then a few large objects rather than tens of
// thousands of small ones for the garbage collector to find and mark
// at every cycle.
type slab[T any] struct{ free []T }

// slabLen is the longest array of a slab: its arrays double from 64
// values up to it, so that the last one, partly used, is at most about
// half empty.
const slabLen = 4096

// make returns a slice of n zero values with no capacity past its end.
func (s *slab[T]) make(n int) []T {
	if n > cap(s.free)-len(s.free) {
		s.free = make([]T, 0, max(n, min(slabLen, 2*cap(s.free)), 64))
	}
	at := len(s.free)
	s.free = s.free[:at+n]
	return s.free[at : at+n : at+n]
}

// add returns a pointer to a copy of v in the slab.
func (s *slab[T]) add(v T) *T {
	p := &s.make(1)[0]
	*p = v
	return p
}

// clone returns a copy of v cut from the slab; nil for nil.
func (s *slab[T]) clone(v []T) []T {
	if v == nil {
		return nil
	}
	out := s.make(len(v))
	copy(out, v)
	return out
}

// compactLists moves the lists of the records of chunks, built by
// appends, into slabs (words holds those of the patterns' words).
func compactLists(chunks [][]wordInfo, words *slab[*wordInfo]) {
	var pats slab[pattern]
	var groups slab[[]pattern]
	var sets slab[setStart]
	var trigs slab[*trigEntry]
	var nexts slab[[]*trigEntry]
	var starts slab[trigStart]
	var ids slab[uint64]
	var ranks slab[int32]
	for _, ch := range chunks {
		for j := range ch {
			wi := &ch[j]
			for k := range wi.sets {
				st := &wi.sets[k]
				st.seconds = words.clone(st.seconds)
				for g := range st.groups {
					st.groups[g] = pats.clone(st.groups[g])
				}
				st.groups = groups.clone(st.groups)
				st.singles = pats.clone(st.singles)
			}
			wi.sets = sets.clone(wi.sets)
			for k := range wi.trigs {
				ts := &wi.trigs[k]
				ts.seconds = words.clone(ts.seconds)
				for g := range ts.nexts {
					ts.nexts[g] = trigs.clone(ts.nexts[g])
				}
				ts.nexts = nexts.clone(ts.nexts)
				ts.singles = trigs.clone(ts.singles)
			}
			wi.trigs = starts.clone(wi.trigs)
			wi.setIDs = ids.clone(wi.setIDs)
			wi.setRank = ranks.clone(wi.setRank)
		}
	}
}

// wordTable is a read-only hash table from words to their wordInfo, made
// for the one lookup per token of markWords: open addressing over a power
// of two of slots, each probed through a 32-bit fingerprint kept beside
// the index of the slot's wordInfo, so that a word absent from the table
// is rejected without touching keys and a word present costs one cache
// line of the table; a slot's key is its wordInfo's word, which markWords
// reads next anyway. The slots hold no pointer (8 bytes each, eight a
// cache line): half the size of slots holding the record's address, and
// nothing for the garbage collector to scan; the records are allocated
// wordChunk to an array, so that an index finds its record with no load
// of its own. Smaller than a Go map of the same words, it stays in cache.
type wordTable struct {
	mask   uint64
	slots  []wordSlot
	chunks [][]wordInfo // the records: index k is chunks[k/wordChunk][k%wordChunk]
}

// wordChunk is the number of wordInfo records of an array of
// wordTable.chunks: a power of two, so that an index splits by shift and
// mask; a large object, whose records start at multiples of 64 bytes.
const wordChunk = 1024

// wordSlot is a slot of a wordTable: the fingerprint of its word (0 when
// empty) and the index of its wordInfo in the table's chunks.
type wordSlot struct {
	fp  uint32
	idx uint32
}

// newWordTable indexes the records of chunks, at a load of at most one
// half; each wordInfo's word is its key, and words maps it to the record.
func newWordTable(words map[string]*wordInfo, chunks [][]wordInfo) *wordTable {
	n := 16
	for n < 2*len(words) {
		n *= 2
	}
	wt := &wordTable{mask: uint64(n - 1), slots: make([]wordSlot, n), chunks: chunks}
	for k, ch := range chunks {
		for j := range ch {
			info := &ch[j]
			if words[info.word] != info {
				panic("extract: a wordInfo under another word")
			}
			h := wordHash(info.word)
			fp := uint32(h>>32) | 1
			for i := h & wt.mask; ; i = (i + 1) & wt.mask {
				if wt.slots[i].fp == 0 {
					wt.slots[i] = wordSlot{fp, uint32(k*wordChunk + j)}
					break
				}
			}
		}
	}
	return wt
}

// rec returns the wordInfo of index idx.
func (wt *wordTable) rec(idx uint32) *wordInfo {
	return &wt.chunks[idx/wordChunk][idx%wordChunk]
}

// wordHash hashes a word for the table: a few loads of several bytes
// (eight at a time, then the last eight, overlapping; or the first and
// last four; or the first, middle and last byte of a short word) with
// its length, mixed so that the low bits (the slot) and the high ones
// (the fingerprint) both depend on every byte. It needs no seed: the
// table's words, not the text, decide how long a probe runs. prefetch
// has a copy inlined (TestMarkPrefetch checks they agree).
func wordHash(w string) uint64 {
	n := len(w)
	h := uint64(n) * 0x9e3779b97f4a7c15
	switch {
	case n > 8:
		for k := 0; k+8 < n; k += 8 {
			h = (h ^ load64(w, k)) * 0xff51afd7ed558ccd
			h ^= h >> 32
		}
		h ^= load64(w, n-8)
	case n >= 4:
		h ^= uint64(load32(w, 0)) | uint64(load32(w, n-4))<<32
	case n > 0:
		h ^= uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

// load32 returns the four bytes of s from i, the first in the low byte
// (one load).
func load32(s string, i int) uint32 {
	b := s[i : i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// get returns the wordInfo of w, or nil.
func (wt *wordTable) get(w string) *wordInfo { return wt.getHashed(w, wordHash(w)) }

// getHashed is get for a word whose wordHash is h.
func (wt *wordTable) getHashed(w string, h uint64) *wordInfo {
	fp := uint32(h>>32) | 1
	for i := h & wt.mask; ; i = (i + 1) & wt.mask {
		switch sl := &wt.slots[i]; sl.fp {
		case 0:
			return nil
		case fp:
			if info := wt.rec(sl.idx); len(info.word) == len(w) && info.is(w) {
				return info
			}
		}
	}
}

// What prefetch found in the first slot of a token's word (d.firstBuf):
// firstEmpty, an empty slot (the word is not in the table);
// firstOther, another word's fingerprint (getHashed probes on); or the
// index plus one of the record whose fingerprint matches, which is the
// word's unless two words share a fingerprint (the lookup compares).
const (
	firstEmpty = 0
	firstOther = ^uint32(0)
)

// prefetch hashes the words of d's tokens into d.hashBuf and returns it,
// after reading the first slot of each word and the record of the word
// that slot holds, when its fingerprint matches: loads that do not depend
// on one another, so that the processor overlaps their cache misses,
// whereas the lookups that follow, one token at a time, each wait for
// theirs (a slot, then a record, for most tokens) before going on. What
// each first slot held is in the second slice (see firstEmpty), so that
// the lookups read no slot again.
func (wt *wordTable) prefetch(d *doc) ([]uint64, []uint32) {
	hs, firsts := d.hashBuf[:0], d.firstBuf[:0]
	if cap(hs) < len(d.toks) {
		hs = make([]uint64, 0, len(d.toks)+len(d.toks)/4)
	}
	if cap(firsts) < len(d.toks) {
		firsts = make([]uint32, 0, len(d.toks)+len(d.toks)/4)
	}
	slots, mask := wt.slots, wt.mask
	var touch uint64
	hs = hs[:len(d.toks)]
	for i := range d.toks {
		// wordHash, inlined: a loop with no call keeps its registers
		w := d.toks[i].fold
		n := len(w)
		h := uint64(n) * 0x9e3779b97f4a7c15
		switch {
		case n > 8:
			for k := 0; k+8 < n; k += 8 {
				h = (h ^ load64(w, k)) * 0xff51afd7ed558ccd
				h ^= h >> 32
			}
			h ^= load64(w, n-8)
		case n >= 4:
			h ^= uint64(load32(w, 0)) | uint64(load32(w, n-4))<<32
		case n > 0:
			h ^= uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
		}
		h ^= h >> 30
		h *= 0xbf58476d1ce4e5b9
		h ^= h >> 27
		h *= 0x94d049bb133111eb
		h ^= h >> 31
		hs[i] = h
		touch += uint64(slots[h&mask].fp)
	}
	firsts = firsts[:len(hs)]
	for i, h := range hs {
		first := uint32(firstEmpty)
		if sl := &slots[h&mask]; sl.fp == uint32(h>>32)|1 {
			touch += wt.rec(sl.idx).mask
			first = sl.idx + 1
		} else if sl.fp != 0 {
			first = firstOther
		}
		firsts[i] = first
	}
	d.hashBuf, d.firstBuf, d.touched = hs, firsts, touch
	return hs, firsts
}

// is reports whether w, of the length of wi.word, is wi.word: compared
// with short when it fits.
func (wi *wordInfo) is(w string) bool {
	if len(w) <= len(wi.short) {
		return string(wi.short[:len(w)]) == w
	}
	return wi.word == w
}

// markWords looks each token's word up once: the actor forms starting
// with it and the phrases starting with it, so that matching skips the rest.
func (x *Extractor) markWords(d *doc) { x.markClassify(d, nil) }

// markClassify is markWords, then classify for ld (unless nil) in the
// same pass over the tokens.
func (x *Extractor) markClassify(d *doc, ld *langData) {
	d.marked = true
	hs, firsts := x.wordTab.prefetch(d)
	firsts = firsts[:len(hs)]
	for i := range d.toks {
		t := &d.toks[i]
		// getHashed, from what prefetch found in the word's first slot
		var w *wordInfo
		if f := firsts[i]; f == firstOther {
			w = x.wordTab.getHashed(t.fold, hs[i])
		} else if f != firstEmpty {
			if w = x.wordTab.rec(f - 1); len(w.word) != len(t.fold) || !w.is(t.fold) {
				w = x.wordTab.getHashed(t.fold, hs[i])
			}
		}
		if w != nil {
			t.noPhrase = w.mask == 0
			t.mask = w.mask
			t.gaz = w.gaz
			t.info = w
			t.fold = w.word // equal, and the string the phrases hold
			if ld != nil {
				if ld.idx < len(w.lc) {
					t.class, t.disc = w.lc[ld.idx].class, w.lc[ld.idx].disc
				} else {
					t.class, t.disc = 0, 0
					if w.langs != nil {
						wl := &w.langs[ld.idx]
						t.class, t.disc = wl.class, wl.disc
					}
				}
			}
		} else {
			t.noPhrase, t.mask, t.gaz, t.info = true, 0, nil, nil
			if ld != nil {
				t.class, t.disc = 0, 0
			}
		}
	}
	if ld != nil {
		d.classLD = ld
	}
}

// nextMasked returns the first of tokens i to b-1 whose mask has one of
// bits, or b: the loops over a marked document's tokens that skip the
// others call it rather than test each token themselves, for a tight loop
// that keeps few registers.
func nextMasked(toks []token, i, b int, bits uint64) int {
	for i < b && toks[i].mask&bits == 0 {
		i++
	}
	return i
}

// nextStart returns the first of tokens i to b-1 where startsAny is
// true for bits, or b (nextMasked in a marked document).
func (d *doc) nextStart(i, b int, bits uint64) int {
	if !d.marked {
		return i
	}
	return nextMasked(d.toks, i, b, bits)
}

// startsAny reports whether a phrase of the sets whose bits are given may
// start at token i: a cheap test, inlined, for the loops over every token
// that try several sets (a document not yet marked may start anything).
func (d *doc) startsAny(i int, bits uint64) bool { return !d.marked || d.toks[i].mask&bits != 0 }

// may reports whether a phrase of the set may start at token i: false
// only where at would answer 0 (i outside the tokens, a word whose mask
// lacks the set's bit, or, in a marked document, a word that starts no
// phrase of the set: most words whose mask has the bit, which other
// sets share). It is inlined, at is not: a hot loop that tests may first
// skips the call at most tokens.
func (ps phrases) may(d *doc, i int) bool {
	if uint(i) >= uint(len(d.toks)) || d.toks[i].mask&ps.bit == 0 {
		return false
	}
	w := d.toks[i].info // nil in a document not marked
	return w == nil || ps.id == 0 || w.starts(ps.id)
}

// starts reports whether the word starts a phrase of set id (setPats is
// not nil).
func (wi *wordInfo) starts(id uint32) bool {
	k := int(id >> 6)
	return k < len(wi.setIDs) && wi.setIDs[k]&(1<<(id&63)) != 0
}

// at returns the number of tokens of the longest phrase matching at i, or 0.
func (ps phrases) at(d *doc, i, limit int, blocked func(int) bool) int {
	if i < 0 || i >= limit {
		return 0
	}
	t := &d.toks[i]
	// One test for the common cases: a word of a marked document that
	// starts no phrase of the set's bit, or none at all (noPhrase: mask 0);
	// the tokens of a document not marked have every bit, and a set not
	// registered all of them.
	if t.mask&ps.bit == 0 {
		return 0
	}
	if d.marked && ps.id != 0 {
		// the phrases whose second word is the next token's, then those
		// of one word (see setStart)
		st := t.info.setStartOf(ps.id)
		if st == nil {
			return 0
		}
		if i+1 < limit && len(st.seconds) > 0 {
			next := d.toks[i+1].info
			for k, w := range st.seconds {
				if w != next {
					continue
				}
				for j := range st.groups[k] {
					if p := &st.groups[k][j]; d.matchKnown(p, i, limit, blocked, 2) {
						return len(p.terms)
					}
				}
				break
			}
		}
		if len(st.singles) == 0 {
			return 0
		}
		// matchKnown of the phrases of this one word, inlined: the token,
		// in range, is their word; it must be outside credits and not
		// blocked, and match a case-sensitive phrase's capitals
		if t.credit || (blocked != nil && blocked(i)) {
			return 0
		}
		for j := range st.singles {
			p := &st.singles[j]
			if p.words == nil {
				if d.matchKnown(p, i, limit, blocked, 1) {
					return 1
				}
			} else if p.shapes == nil || shapeIs(d.norm[t.start:t.end], p.shapes[0]) {
				return 1
			}
		}
		return 0
	}
	list := ps.m[t.fold]
	for k := range list {
		p := &list[k]
		if d.marked && len(p.words) > 1 && (i+1 >= limit || d.toks[i+1].info != p.words[1]) {
			continue // the second word differs: match would fail
		}
		if d.match(p, i, limit, blocked) {
			return len(p.terms)
		}
	}
	return 0
}

// atFilled returns the number of tokens of the longest phrase matching at
// i with up to two fillers inside it (« se sont violemment affrontés »;
// see matchFilled), or 0.
func (ps phrases) atFilled(d *doc, i, limit int, fillers map[string]bool) int {
	if n := ps.at(d, i, limit, nil); n > 0 || i < 0 || i >= limit || d.toks[i].noPhrase {
		return n
	}
	var list []pattern
	if d.marked && ps.id != 0 {
		if d.toks[i].mask&ps.bit == 0 {
			return 0
		}
		list = d.toks[i].info.setPats(ps.id)
	} else {
		list = ps.m[d.toks[i].fold]
	}
	for k := range list {
		if len(list[k].terms) > 1 && d.fillable(&list[k], i, limit) {
			if end := d.matchFilled(&list[k], i, limit, nil, fillers); end > 0 {
				return end - i
			}
		}
	}
	return 0
}

// isLower reports whether the rune starting s is a lower-case letter.
func isLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
