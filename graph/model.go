package graph

// AliasSource says where an alias came from.
type AliasSource string

// The sources of an alias, from the most to the least authoritative.
const (
	SourceCurated    AliasSource = "curated"    // an analyst's decision
	SourceDictionary AliasSource = "dictionary" // a lexicon or a user dictionary
	SourceExtracted  AliasSource = "extracted"  // a surface form read in an article
)

func (s AliasSource) rank() int {
	switch s {
	case SourceCurated:
		return 3
	case SourceDictionary:
		return 2
	case SourceExtracted:
		return 1
	}
	return 0
}

// Alias is one name an actor goes by.
type Alias struct {
	Form   string      `json:"form"`
	Source AliasSource `json:"source"`
}

// Actor is a node of the graph: a state, armed group, company, person or
// organisation. Name, Kind, Country, Wikidata and SuccessorOf are derived
// from every article that mentions the actor (the most frequent value, ties
// broken by the smallest), so they do not depend on the order of loading.
type Actor struct {
	ID          string  `json:"id"`
	Kind        Kind    `json:"kind"`
	Name        string  `json:"name"`
	Aliases     []Alias `json:"aliases"`
	Country     string  `json:"country,omitempty"`      // ISO 3166 alpha-2
	Wikidata    string  `json:"wikidata,omitempty"`     // e.g. Q912
	SuccessorOf string  `json:"successor_of,omitempty"` // id of the actor it succeeds
	FirstSeen   Date    `json:"first_seen"`             // date of the earliest article mentioning it
	LastSeen    Date    `json:"last_seen"`              // date of the latest
	Mentions    int     `json:"mentions"`               // mentions in all articles
	Articles    int     `json:"articles"`               // distinct articles mentioning it
}

// Relation is an edge of the graph, one per (From, Type, To), derived from
// its evidence. Symmetric relations (allied, opposed) have From < To.
type Relation struct {
	From      string  `json:"from"`
	Type      RelType `json:"type"`
	To        string  `json:"to"`
	Symmetric bool    `json:"symmetric"`
	// Asserted, Hedged and Negated count evidence records by status; a
	// negated record counts as negated whether or not it is also hedged.
	Asserted int `json:"asserted"`
	Hedged   int `json:"hedged"`
	Negated  int `json:"negated"`
	// Articles counts distinct articles with any evidence, Outlets distinct
	// outlets among them (articles without an outlet count as one outlet).
	Articles int `json:"articles"`
	Outlets  int `json:"outlets"`
	// Weight counts distinct articles with asserted or hedged evidence.
	Weight int `json:"weight"`
	// Confidence in [0,1]; see [Confidence] for the formula.
	Confidence float64 `json:"confidence"`
	// FirstSeen and LastSeen bound the dates of the non-negated evidence
	// (of the negated evidence for a relation that was only denied).
	FirstSeen Date `json:"first_seen"`
	LastSeen  Date `json:"last_seen"`
}

// Key returns the relation's identity.
func (r *Relation) Key() RelKey { return RelKey{r.From, r.Type, r.To} }

// Edge reports whether the relation counts as an edge: it has evidence that
// is not negated. Relations with only negated evidence are kept (they are
// evidence that something was denied) but are not edges unless asked for.
func (r *Relation) Edge() bool { return r.Asserted+r.Hedged > 0 }

// RelKey identifies a relation.
type RelKey struct {
	From string
	Type RelType
	To   string
}

// Canonical returns the key with the ends of a symmetric type in order.
func (k RelKey) Canonical() RelKey {
	if k.Type.Symmetric() && k.To < k.From {
		k.From, k.To = k.To, k.From
	}
	return k
}

// String formats the key as "from -type-> to".
func (k RelKey) String() string { return k.From + " -" + string(k.Type) + "-> " + k.To }

// Evidence is one sentence of one article supporting (or denying) one
// relation: the primary record everything else is derived from.
type Evidence struct {
	Article  string  `json:"article"`  // article id
	Sentence int     `json:"sentence"` // sentence index in the article
	K        int     `json:"k"`        // index among the relations of the sentence
	From     string  `json:"from"`
	Type     RelType `json:"type"`
	To       string  `json:"to"`
	// Start and End are byte offsets of the sentence in the article's
	// stored text; both are zero when unknown.
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Text        string  `json:"sentence_text"`
	Date        Date    `json:"date"` // the event date, else the article's date
	Hedged      bool    `json:"hedged"`
	Negated     bool    `json:"negated"`
	Attribution string  `json:"attribution,omitempty"`
	Trigger     string  `json:"trigger,omitempty"`
	Rule        string  `json:"rule,omitempty"`
	Supplied    string  `json:"supplied,omitempty"`
	Extractor   string  `json:"extractor,omitempty"`
	Confidence  float64 `json:"confidence"`
}

// Status returns "negated", "hedged" or "asserted".
func (e *Evidence) Status() string {
	switch {
	case e.Negated:
		return "negated"
	case e.Hedged:
		return "hedged"
	}
	return "asserted"
}

// Article is one input article. ID is the id the input gives, else the
// normalised URL, else "sha256-" and 32 hex digits of the content hash
// (see [ArticleID]).
type Article struct {
	ID          string `json:"id"`
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Date        Date   `json:"date"`
	Lang        string `json:"lang,omitempty"`
	Outlet      string `json:"outlet,omitempty"`
	Text        string `json:"text,omitempty"`
	ContentHash string `json:"content_hash,omitempty"`
	Fingerprint string `json:"fingerprint,omitempty"`
	// Retracted is set on a tombstone: the article's evidence is gone and
	// loading it again does not bring it back.
	Retracted bool `json:"retracted,omitempty"`
	// Evidence counts the article's evidence records (read side only).
	Evidence int `json:"evidence,omitempty"`
	// hashed is the text and hash SetContentHash computed, for
	// KnownContentHash (not serialised).
	hashed hashMemo
}
