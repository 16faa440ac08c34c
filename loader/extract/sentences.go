package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// span is a byte range of the normalised text.
type span struct{ start, end int }

// Span is a sentence: its byte offsets in the original text, so that
// text[Start:End] is the sentence.
type Span struct{ Start, End int }

// Sentences splits text into sentences and returns their offsets in text,
// in order. lang chooses the abbreviations ("M.", "Gen.", "ndlr"); when it
// is empty or has no data, those of every language are used. See the
// package documentation for the rules.
func (x *Extractor) Sentences(text, lang string) []Span {
	d := newDoc(text)
	spans := d.sentences(x.langData(lang))
	if len(spans) == 0 {
		return nil
	}
	out := make([]Span, len(spans))
	for i, s := range spans {
		out[i] = Span{d.origAt(s.start), d.origAt(s.end)}
	}
	return out
}

// sentences splits the normalised text. Paragraphs (a blank line between)
// and lines that do not continue in lower case are blocks of their own, so
// a title or a photo caption is never glued to the text around it. Within
// a block, a sentence ends at ".", "!", "?" or "…" (with any closing quotes
// or brackets) followed by a space and a word that does not start in lower
// case, except after a known abbreviation or a single letter ("M.", "U.S.").
func (d *doc) sentences(ld *langData) []span {
	out := d.sentBuf[:0]
	if cap(out) < len(d.norm)/100+1 {
		out = make([]span, 0, len(d.norm)/100+1)
	}
	blocks := d.blocks()
	for _, b := range blocks {
		out = d.splitBlock(out, b, ld)
	}
	d.blockBuf, d.sentBuf = blocks[:0], out[:0]
	if len(out) == 0 {
		return nil
	}
	return out
}

// blocks cuts the normalised text at blank lines and at line ends that are
// not followed by a lower-case continuation.
func (d *doc) blocks() []span {
	s := d.norm
	out := d.blockBuf[:0]
	start := 0
	for i := 0; i < len(s); i++ {
		k := strings.IndexByte(s[i:], '\n')
		if k < 0 {
			break
		}
		i += k
		rest := strings.TrimLeft(s[i+1:], " \t")
		if rest != "" && rest[0] != '\n' && isLower(rest) && strings.TrimSpace(s[start:i]) != "" {
			continue // a wrapped line goes on
		}
		out = append(out, span{start, i})
		start = i + 1
	}
	return append(out, span{start, len(s)})
}

const closers = `.!?…"')]»`

// stopBytes marks the bytes that may end a sentence: ".", "!", "?" and
// the first byte of "…" (splitBlock's scan skips the others; stopChars
// lists them).
var stopBytes = func() (t [256]bool) {
	for _, c := range []byte{'.', '!', '?', "…"[0]} {
		t[c] = true
	}
	return t
}()

// stopChars are the bytes of stopBytes.
const stopChars = ".!?\xe2"

// stopScan finds the stop bytes (stopChars) of a block in order: it
// remembers where the next of each is, found by strings.IndexByte, and
// looks for one again only once passed.
type stopScan struct {
	s    string
	end  int
	next [len(stopChars)]int // the next of each byte (end for none), or -1 before the first look
}

// from returns the first stop byte at or after i (before end), or end;
// i never decreases from one call to the next.
func (sc *stopScan) from(i int) int {
	first := sc.end
	for k := range len(stopChars) {
		if sc.next[k] < i {
			sc.next[k] = sc.end
			if j := strings.IndexByte(sc.s[i:sc.end], stopChars[k]); j >= 0 {
				sc.next[k] = i + j
			}
		}
		first = min(first, sc.next[k])
	}
	return first
}

// splitBlock appends to out the trimmed, non-empty sentences of a block.
func (d *doc) splitBlock(out []span, b span, ld *langData) []span {
	s := d.norm
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
	stops := stopScan{s: s, end: b.end, next: [len(stopChars)]int{-1, -1, -1, -1}}
	for i := b.start; i < b.end; {
		// Find the next ".", "!", "?" or "…" byte: no byte of another
		// rune is one of theirs, nor the first of "…".
		i = stops.from(i)
		if i == b.end {
			break
		}
		var r rune
		w := 1
		switch c := s[i]; {
		case c == '.' || c == '!' || c == '?':
			r = rune(c)
		case c == "…"[0] && strings.HasPrefix(s[i:b.end], "…"):
			r, w = '…', len("…")
		default:
			i++
			continue
		}
		j := i + w
		for j < b.end {
			r2, w2 := utf8.DecodeRuneInString(s[j:b.end])
			if strings.ContainsRune(closers, r2) {
				j += w2
				continue
			}
			// French spacing: "fini. »" closes with the guillemet.
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
			if r == '.' && j == i+w && d.abbreviation(i, ld) {
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

// abbreviation reports whether the dot at norm offset dot ends a known
// abbreviation or a single letter.
func (d *doc) abbreviation(dot int, ld *langData) bool {
	s := d.norm
	k := dot
	for k > 0 {
		if c := s[k-1]; c < utf8.RuneSelf {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				break
			}
			k--
			continue
		}
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
	var buf [32]byte
	if f, ok := appendFold(buf[:0], word); ok {
		return ld.abbrev[string(f)]
	}
	return ld.abbrev[graph.Fold(word)]
}
