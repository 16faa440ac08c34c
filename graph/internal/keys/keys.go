package keys

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
)

// Sep separates the variable-length parts of a key.
const Sep = 0x00

// ArtLen is the length of an article hash in keys.
const ArtLen = 8

// The record-type prefixes.
var (
	Meta      = []byte("m/")
	Actor     = []byte("n/")
	Redirect  = []byte("r/")
	Alias     = []byte("a/")
	KindIdx   = []byte("k/")
	ArticleP  = []byte("d/")
	Text      = []byte("t/")
	EvidenceP = []byte("v/")
	EvIndex   = []byte("e/")
	Out       = []byte("o/")
	In        = []byte("i/")
	Mention   = []byte("x/")
	Decision  = []byte("j/")
	Curation  = []byte("c/")
	Curated   = []byte("u/")
	Pending   = []byte("p/")
)

// Version is the key of the layout version, Stats the key of the counters.
var (
	Version = []byte("m/version")
	Stats   = []byte("m/stats")
)

// Art is the fixed-length hash standing for an article id in keys.
type Art [ArtLen]byte

// ArtOf returns the hash of an article id: the first 8 bytes of its SHA-256.
func ArtOf(id string) Art {
	sum := sha256.Sum256([]byte(id))
	var a Art
	copy(a[:], sum[:ArtLen])
	return a
}

// String returns the hash in hex.
func (a Art) String() string { return fmt.Sprintf("%x", a[:]) }

func cat(parts ...[]byte) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	b := make([]byte, 0, n)
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

var sep = []byte{Sep}

// ActorKey returns n/<id>.
func ActorKey(id string) []byte { return cat(Actor, []byte(id)) }

// RedirectKey returns r/<old>.
func RedirectKey(old string) []byte { return cat(Redirect, []byte(old)) }

// AliasKey returns a/<folded> 0 <id>.
func AliasKey(folded, id string) []byte { return cat(Alias, []byte(folded), sep, []byte(id)) }

// AliasExact returns the prefix of the alias keys of exactly this folded form.
func AliasExact(folded string) []byte { return cat(Alias, []byte(folded), sep) }

// AliasPrefix returns the prefix of the alias keys starting with folded.
func AliasPrefix(folded string) []byte { return cat(Alias, []byte(folded)) }

// KindKey returns k/<kind> 0 <id>.
func KindKey(kind, id string) []byte { return cat(KindIdx, []byte(kind), sep, []byte(id)) }

// KindPrefix returns the prefix of the actors of one kind.
func KindPrefix(kind string) []byte { return cat(KindIdx, []byte(kind), sep) }

// ArticleKey returns d/<art8>.
func ArticleKey(a Art) []byte { return cat(ArticleP, a[:]) }

// TextKey returns t/<art8>.
func TextKey(a Art) []byte { return cat(Text, a[:]) }

func sentK(sent, k int) []byte {
	var b [6]byte
	binary.BigEndian.PutUint32(b[:4], uint32(sent))
	binary.BigEndian.PutUint16(b[4:], uint16(k))
	return b[:]
}

// MaxSentence and MaxK bound the sentence index and the index within a sentence.
const (
	MaxSentence = 1<<32 - 1
	MaxK        = 1<<16 - 1
)

// EvidenceKey returns v/<art8><sent4><k2>.
func EvidenceKey(a Art, sent, k int) []byte { return cat(EvidenceP, a[:], sentK(sent, k)) }

// EvidencePrefix returns the prefix of one article's evidence.
func EvidencePrefix(a Art) []byte { return cat(EvidenceP, a[:]) }

// RelPrefix returns e/<from> 0 <type> 0 <to> 0, the prefix of a relation's
// evidence index.
func RelPrefix(from, typ, to string) []byte {
	return cat(EvIndex, []byte(from), sep, []byte(typ), sep, []byte(to), sep)
}

// EvIndexKey returns e/<from> 0 <type> 0 <to> 0 <date8><art8><sent4><k2>.
func EvIndexKey(from, typ, to, date8 string, a Art, sent, k int) []byte {
	return cat(RelPrefix(from, typ, to), []byte(date8), a[:], sentK(sent, k))
}

// OutKey returns o/<from> 0 <type> 0 <to>.
func OutKey(from, typ, to string) []byte {
	return cat(Out, []byte(from), sep, []byte(typ), sep, []byte(to))
}

// OutPrefix returns the prefix of the relations leaving an actor.
func OutPrefix(from string) []byte { return cat(Out, []byte(from), sep) }

// OutTypePrefix returns the prefix of the relations of one type leaving an actor.
func OutTypePrefix(from, typ string) []byte { return cat(Out, []byte(from), sep, []byte(typ), sep) }

// InKey returns i/<to> 0 <type> 0 <from>.
func InKey(to, typ, from string) []byte {
	return cat(In, []byte(to), sep, []byte(typ), sep, []byte(from))
}

// InPrefix returns the prefix of the relations arriving at an actor.
func InPrefix(to string) []byte { return cat(In, []byte(to), sep) }

// MentionKey returns x/<actor> 0 <date8><art8>.
func MentionKey(actor, date8 string, a Art) []byte {
	return cat(Mention, []byte(actor), sep, []byte(date8), a[:])
}

// MentionPrefix returns the prefix of the mentions of an actor.
func MentionPrefix(actor string) []byte { return cat(Mention, []byte(actor), sep) }

// DecisionKey returns j/<seq8>.
func DecisionKey(seq uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], seq)
	return cat(Decision, b[:])
}

// CurationKey returns c/<id>.
func CurationKey(id string) []byte { return cat(Curation, []byte(id)) }

// CuratedKey returns u/<folded>.
func CuratedKey(folded string) []byte { return cat(Curated, []byte(folded)) }

// PendingKey returns p/<art8>.
func PendingKey(a Art) []byte { return cat(Pending, a[:]) }

// Key is a parsed key. Fields not used by its Type are zero.
type Key struct {
	Type     byte // the prefix letter: 'm', 'n', 'r', 'a', 'k', 'd', 't', 'v', 'e', 'o', 'i', 'x', 'j', 'c', 'u', 'p'
	Name     string
	Actor    string // n, r, a, k, x, c: the actor id
	Alias    string // a, u: the folded alias
	Kind     string // k
	From     string // e, o, i
	RelType  string // e, o, i
	To       string // e, o, i
	Date8    string // e, x
	Art      Art    // d, t, p, v, e, x
	Sentence int    // v, e
	K        int    // v, e
	Seq      uint64 // j
}

// ErrMalformed is returned by Parse for bytes that are not a key of this layout.
var ErrMalformed = errors.New("keys: malformed key")

func bad(b []byte, why string) error {
	return fmt.Errorf("%w %q: %s", ErrMalformed, b, why)
}

func splitN(b []byte, n int) ([][]byte, bool) {
	parts := bytes.SplitN(b, sep, n)
	return parts, len(parts) == n
}

func validID(b []byte) bool {
	if len(b) == 0 || len(b) > 96 {
		return false
	}
	for i, c := range b {
		ok := (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0)
		if !ok {
			return false
		}
	}
	return true
}

func validDate8(b []byte) bool {
	if len(b) != 8 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func validWord(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if !((c >= 'a' && c <= 'z') || c == '_') {
			return false
		}
	}
	return true
}

// Parse decodes a key of this layout, checking every part.
func Parse(b []byte) (Key, error) {
	if len(b) < 2 || b[1] != '/' {
		return Key{}, bad(b, "no prefix")
	}
	k := Key{Type: b[0]}
	rest := b[2:]
	switch b[0] {
	case 'm':
		if len(rest) == 0 || bytes.IndexByte(rest, Sep) >= 0 {
			return Key{}, bad(b, "bad meta name")
		}
		k.Name = string(rest)
	case 'n', 'r', 'c':
		if !validID(rest) {
			return Key{}, bad(b, "bad actor id")
		}
		k.Actor = string(rest)
	case 'a':
		i := bytes.LastIndexByte(rest, Sep)
		if i <= 0 || !validID(rest[i+1:]) {
			return Key{}, bad(b, "bad alias key")
		}
		k.Alias, k.Actor = string(rest[:i]), string(rest[i+1:])
	case 'k':
		p, ok := splitN(rest, 2)
		if !ok || !validWord(p[0]) || !validID(p[1]) {
			return Key{}, bad(b, "bad kind key")
		}
		k.Kind, k.Actor = string(p[0]), string(p[1])
	case 'u':
		if len(rest) == 0 || bytes.IndexByte(rest, Sep) >= 0 {
			return Key{}, bad(b, "bad curated alias key")
		}
		k.Alias = string(rest)
	case 'd', 't', 'p':
		if len(rest) != ArtLen {
			return Key{}, bad(b, "bad article hash")
		}
		copy(k.Art[:], rest)
	case 'v':
		if len(rest) != ArtLen+6 {
			return Key{}, bad(b, "bad evidence key")
		}
		copy(k.Art[:], rest)
		k.Sentence = int(binary.BigEndian.Uint32(rest[ArtLen:]))
		k.K = int(binary.BigEndian.Uint16(rest[ArtLen+4:]))
	case 'e':
		p, ok := splitN(rest, 4)
		if !ok || !validID(p[0]) || !validWord(p[1]) || !validID(p[2]) || len(p[3]) != 8+ArtLen+6 || !validDate8(p[3][:8]) {
			return Key{}, bad(b, "bad evidence index key")
		}
		k.From, k.RelType, k.To = string(p[0]), string(p[1]), string(p[2])
		t := p[3]
		k.Date8 = string(t[:8])
		copy(k.Art[:], t[8:8+ArtLen])
		k.Sentence = int(binary.BigEndian.Uint32(t[8+ArtLen:]))
		k.K = int(binary.BigEndian.Uint16(t[8+ArtLen+4:]))
	case 'o', 'i':
		p, ok := splitN(rest, 3)
		if !ok || !validID(p[0]) || !validWord(p[1]) || !validID(p[2]) {
			return Key{}, bad(b, "bad relation key")
		}
		if b[0] == 'o' {
			k.From, k.RelType, k.To = string(p[0]), string(p[1]), string(p[2])
		} else {
			k.To, k.RelType, k.From = string(p[0]), string(p[1]), string(p[2])
		}
	case 'x':
		p, ok := splitN(rest, 2)
		if !ok || !validID(p[0]) || len(p[1]) != 8+ArtLen || !validDate8(p[1][:8]) {
			return Key{}, bad(b, "bad mention key")
		}
		k.Actor, k.Date8 = string(p[0]), string(p[1][:8])
		copy(k.Art[:], p[1][8:])
	case 'j':
		if len(rest) != 8 {
			return Key{}, bad(b, "bad decision key")
		}
		k.Seq = binary.BigEndian.Uint64(rest)
	default:
		return Key{}, bad(b, "unknown record type")
	}
	return k, nil
}

// PrefixEnd returns the smallest key greater than every key with the prefix,
// for reverse iteration and range ends.
func PrefixEnd(prefix []byte) []byte {
	end := append([]byte(nil), prefix...)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}

// CursorPrefix is the prefix of the cursors of followed logs.
var CursorPrefix = []byte("m/cursor/")

// CursorKey returns m/cursor/<name>: the position of a followed log (name
// is a slug).
func CursorKey(name string) []byte { return cat(CursorPrefix, []byte(name)) }
