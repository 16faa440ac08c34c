package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// ClaimsVersion is the version of the claims format this package reads and
// writes (docs/CLAIMS.md).
const ClaimsVersion = 1

// Claims is what extraction yields for one article, and one line of a
// claims file (*.claims.jsonl, version 1): the article, the actors it
// mentions and the relations it states, each with its evidence. Relations
// name their ends by the id or the name of an actor of the same Claims.
type Claims struct {
	Version   int             `json:"version"`
	Article   Article         `json:"article"`
	Actors    []ClaimActor    `json:"actors"`
	Relations []ClaimRelation `json:"relations"`
}

// ClaimActor is an actor as one article presents it. ID is optional: the
// store mints the slug of Name when it is empty (see [Slug]).
type ClaimActor struct {
	ID          string   `json:"id,omitempty"`
	Name        string   `json:"name"`
	Kind        Kind     `json:"kind"`
	Aliases     []string `json:"aliases,omitempty"`
	Country     string   `json:"country,omitempty"`
	Wikidata    string   `json:"wikidata,omitempty"`
	SuccessorOf string   `json:"successor_of,omitempty"`
	// Mentions counts the actor's mentions in the article; 0 means 1.
	Mentions int `json:"mentions,omitempty"`
	// Source says where the aliases come from: "extracted" (the default,
	// forms read in the text) or "dictionary".
	Source AliasSource `json:"source,omitempty"`
	// Surface lists the forms the text named the actor by, when the
	// extractor resolved them to ID through a dictionary. Curation
	// decisions use them: a split by form, a removed alias, a not-same
	// decision against the actor the form would be on its own. Without
	// Surface, the name and the extracted aliases stand for it.
	Surface []string `json:"surface,omitempty"`
}

// ClaimRelation is one relation an article states, with its evidence. A
// relation without evidence is one claim with no sentence.
type ClaimRelation struct {
	From     string          `json:"from"`
	Type     RelType         `json:"type"`
	To       string          `json:"to"`
	Evidence []ClaimEvidence `json:"evidence,omitempty"`
}

// ClaimEvidence is one sentence supporting a claimed relation. Start and
// End are byte offsets into Article.Text when it is given. SentenceIndex,
// when set, is the sentence's index in the article; otherwise sentences
// are numbered in the order they first appear in the claims.
type ClaimEvidence struct {
	Sentence      string  `json:"sentence,omitempty"`
	SentenceIndex *int    `json:"sentence_index,omitempty"`
	Start         int     `json:"start,omitempty"`
	End           int     `json:"end,omitempty"`
	Date          Date    `json:"date"`
	Hedged        bool    `json:"hedged,omitempty"`
	Negated       bool    `json:"negated,omitempty"`
	Attribution   string  `json:"attribution,omitempty"`
	Trigger       string  `json:"trigger,omitempty"`
	Rule          string  `json:"rule,omitempty"`
	Supplied      string  `json:"supplied,omitempty"`
	Extractor     string  `json:"extractor,omitempty"`
	Confidence    float64 `json:"confidence,omitempty"`
}

// MaxArticleIDLen is the longest article id, in bytes.
const MaxArticleIDLen = 2048

// MaxNameLen is the longest actor name or alias, in bytes: names go into
// index keys, which Badger bounds, and no real name comes near it.
const MaxNameLen = 1024

// ContentHash returns the hex SHA-256 of the text in Unicode NFC with line
// ends made "\n": the hash that says whether an article changed.
func ContentHash(text string) string {
	t := text
	if strings.IndexByte(t, '\r') >= 0 || !norm.NFC.IsNormalString(t) {
		t = norm.NFC.String(strings.ReplaceAll(t, "\r\n", "\n"))
	}
	return NormalContentHash(t)
}

// hashMemo is a text and its content hash, as SetContentHash computed
// them.
type hashMemo struct{ text, hash string }

// SetContentHash sets a.ContentHash to ContentHash(a.Text) and records
// that it did, so that KnownContentHash can answer without hashing the
// text again (the loader hashes every article it reads; the extractor
// would hash it a second time).
func SetContentHash(a *Article) {
	a.ContentHash = ContentHash(a.Text)
	a.hashed = hashMemo{a.Text, a.ContentHash}
}

// KnownContentHash returns ContentHash(a.Text) and true when
// SetContentHash computed it and neither a.Text nor a.ContentHash has
// changed since (a copy of the article keeps the record); otherwise it
// returns "" and false, and the caller hashes the text. A ContentHash set
// any other way is never trusted.
func KnownContentHash(a *Article) (string, bool) {
	// The texts compare in constant time when they are the same string,
	// as they are when nothing changed.
	if m := a.hashed; m.hash != "" && m.hash == a.ContentHash && m.text == a.Text {
		return m.hash, true
	}
	return "", false
}

// NormalContentHash is ContentHash of a text its caller knows to be in
// NFC with no carriage return (an extractor that has normalised it), so
// that the check is not made twice; for any other text it is not the
// content hash.
func NormalContentHash(t string) string {
	// Hashed in chunks through a buffer on the stack: []byte(t) would copy
	// the whole text.
	h := sha256.New()
	var buf [4096]byte
	for len(t) > 0 {
		n := copy(buf[:], t)
		h.Write(buf[:n])
		t = t[n:]
	}
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0]))
}

// NormalizeURL returns the form of a URL used as an article id: scheme and
// host in lower case, default ports, fragment, "utm_*" parameters and a
// trailing slash removed. A string that does not parse as an absolute URL
// is returned trimmed.
func NormalizeURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if (u.Scheme == "http" && strings.HasSuffix(u.Host, ":80")) || (u.Scheme == "https" && strings.HasSuffix(u.Host, ":443")) {
		u.Host = u.Host[:strings.LastIndexByte(u.Host, ':')]
	}
	u.Fragment = ""
	u.RawFragment = ""
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") {
				q.Del(k)
			}
		}
		u.RawQuery = q.Encode()
	}
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	return u.String()
}

// ArticleID returns the id of an article: its own ID when set, else its
// normalised URL, else "sha256-" and the first 32 hex digits of its
// content hash.
func ArticleID(a *Article) string {
	if id := strings.TrimSpace(a.ID); id != "" {
		return id
	}
	if a.URL != "" {
		if u := NormalizeURL(a.URL); u != "" {
			return u
		}
	}
	h := a.ContentHash
	if h == "" {
		h = ContentHash(a.Text)
	}
	if len(h) > 32 {
		h = h[:32]
	}
	return "sha256-" + h
}

// Problem is one way claims break the schema, located by the index of the
// relation or actor concerned (-1 when it concerns the article).
type Problem struct {
	Actor    int
	Relation int
	Reason   string
}

// ClaimsError lists every schema problem of one Claims. It matches
// [ErrInvalidClaims] with errors.Is.
type ClaimsError struct{ Problems []Problem }

// Error implements error, joining the problems with "; ".
func (e *ClaimsError) Error() string {
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		switch {
		case p.Relation >= 0:
			parts[i] = fmt.Sprintf("relation %d: %s", p.Relation+1, p.Reason)
		case p.Actor >= 0:
			parts[i] = fmt.Sprintf("actor %d: %s", p.Actor+1, p.Reason)
		default:
			parts[i] = p.Reason
		}
	}
	return strings.Join(parts, "; ")
}

// Is reports whether target is ErrInvalidClaims.
func (e *ClaimsError) Is(target error) bool { return target == ErrInvalidClaims }

// Check validates the claims and fills what can be derived: the version
// (0 means 1), the article id ([ArticleID]) and content hash. It returns a
// [*ClaimsError] when the claims break the schema, and separately every
// relation that breaks the type rules, which a caller either rejects
// (a claims file) or drops and counts (the store).
func (c *Claims) Check() (violations []*TypeRuleError, err error) {
	var probs []Problem
	bad := func(actor, rel int, format string, args ...any) {
		probs = append(probs, Problem{actor, rel, fmt.Sprintf(format, args...)})
	}
	if c.Version == 0 {
		c.Version = ClaimsVersion
	}
	if c.Version != ClaimsVersion {
		bad(-1, -1, "claims version %d is not supported (want %d)", c.Version, ClaimsVersion)
	}
	a := &c.Article
	if a.Text != "" && a.ContentHash == "" {
		a.ContentHash = ContentHash(a.Text)
	}
	if strings.TrimSpace(a.ID) == "" && a.URL == "" && a.Text == "" {
		bad(-1, -1, "article has no id, url or text")
	}
	a.ID = ArticleID(a)
	if len(a.ID) > MaxArticleIDLen {
		bad(-1, -1, "article id is %d bytes long (at most %d)", len(a.ID), MaxArticleIDLen)
	}
	ids, kinds, aprobs := c.actorIDs()
	probs = append(probs, aprobs...)
	for i, r := range c.Relations {
		if !r.Type.Valid() {
			if _, perr := ParseRelType(string(r.Type)); perr != nil {
				bad(-1, i, "%v", perr)
				continue
			}
			c.Relations[i].Type, _ = ParseRelType(string(r.Type))
			r.Type = c.Relations[i].Type
		}
		fi, fok := c.lookup(r.From)
		ti, tok := c.lookup(r.To)
		if !fok {
			bad(-1, i, "from %q names no actor of the claims", r.From)
		}
		if !tok {
			bad(-1, i, "to %q names no actor of the claims", r.To)
		}
		if !fok || !tok {
			continue
		}
		if ids[fi] != "" && ids[fi] == ids[ti] {
			bad(-1, i, "%s %s itself", ids[fi], r.Type)
			continue
		}
		for j, e := range r.Evidence {
			if e.Start < 0 || e.End < e.Start {
				bad(-1, i, "evidence %d: offsets %d..%d are not a range", j+1, e.Start, e.End)
			} else if a.Text != "" && e.End > len(a.Text) {
				bad(-1, i, "evidence %d: offsets %d..%d outside the text (%d bytes)", j+1, e.Start, e.End, len(a.Text))
			}
			if !(e.Confidence >= 0 && e.Confidence <= 1) {
				bad(-1, i, "evidence %d: confidence %v outside [0,1]", j+1, e.Confidence)
			}
			if e.SentenceIndex != nil && *e.SentenceIndex < 0 {
				bad(-1, i, "evidence %d: negative sentence_index", j+1)
			}
		}
		fk, tk := kinds[fi], kinds[ti]
		if fk.Valid() && tk.Valid() && !r.Type.Allows(fk, tk) {
			violations = append(violations, &TypeRuleError{From: ids[fi], FromKind: fk, Type: r.Type, To: ids[ti], ToKind: tk})
		}
	}
	if len(probs) > 0 {
		return violations, &ClaimsError{probs}
	}
	return violations, nil
}

// actorIDs returns the id and kind of each actor, and the problems found.
func (c *Claims) actorIDs() ([]string, []Kind, []Problem) {
	var probs []Problem
	ids := make([]string, len(c.Actors))
	kinds := make([]Kind, len(c.Actors))
	seen := map[string]int{}
	for i := range c.Actors {
		ca := &c.Actors[i]
		if strings.TrimSpace(ca.Name) == "" && ca.ID == "" {
			probs = append(probs, Problem{i, -1, "actor has no name"})
			continue
		}
		if strings.TrimSpace(ca.Name) == "" {
			ca.Name = ca.ID
		}
		if len(ca.Name) > MaxNameLen {
			probs = append(probs, Problem{i, -1, fmt.Sprintf("name of %d bytes (at most %d)", len(ca.Name), MaxNameLen)})
			continue
		}
		for _, al := range ca.Aliases {
			if len(al) > MaxNameLen {
				probs = append(probs, Problem{i, -1, fmt.Sprintf("alias of %d bytes (at most %d)", len(al), MaxNameLen)})
			}
		}
		k, err := ParseKind(string(ca.Kind))
		if err != nil {
			probs = append(probs, Problem{i, -1, err.Error()})
		} else {
			ca.Kind = k
		}
		if ca.Source != "" && ca.Source != SourceExtracted && ca.Source != SourceDictionary {
			probs = append(probs, Problem{i, -1, fmt.Sprintf("unknown alias source %q (want extracted or dictionary)", ca.Source)})
		}
		if ca.Mentions < 0 {
			probs = append(probs, Problem{i, -1, "negative mentions"})
		}
		id := ca.ID
		if id == "" {
			id = Slug(ca.Name)
		} else if !ValidID(id) {
			probs = append(probs, Problem{i, -1, fmt.Sprintf("id %q is not a slug (lowercase letters, digits, hyphens)", id)})
			continue
		}
		if ca.SuccessorOf != "" && !ValidID(ca.SuccessorOf) {
			probs = append(probs, Problem{i, -1, fmt.Sprintf("successor_of %q is not an actor id", ca.SuccessorOf)})
		}
		if j, dup := seen[id]; dup && kinds[j] != "" && k != "" && kinds[j] != k {
			probs = append(probs, Problem{i, -1, fmt.Sprintf("actor %s is both %s and %s", id, kinds[j], k)})
		}
		seen[id] = i
		ids[i], kinds[i] = id, k
	}
	return ids, kinds, probs
}

// lookup finds the actor a relation end names: by id, then by name, then
// by folded name.
func (c *Claims) lookup(ref string) (int, bool) {
	if ref == "" {
		return 0, false
	}
	for i, a := range c.Actors {
		if a.ID != "" && a.ID == ref {
			return i, true
		}
	}
	for i, a := range c.Actors {
		if a.Name == ref {
			return i, true
		}
	}
	f := Fold(ref)
	for i, a := range c.Actors {
		if Fold(a.Name) == f || (a.ID == "" && Slug(a.Name) == ref) {
			return i, true
		}
	}
	return 0, false
}

// ActorID returns the id the claims give the actor named ref (an id or a
// name of one of c.Actors), minted by [Slug] when the actor has none.
func (c *Claims) ActorID(ref string) (string, error) {
	i, ok := c.lookup(ref)
	if !ok {
		return "", fmt.Errorf("graph: %q names no actor of the claims: %w", ref, ErrInvalidClaims)
	}
	if c.Actors[i].ID != "" {
		return c.Actors[i].ID, nil
	}
	return Slug(c.Actors[i].Name), nil
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
