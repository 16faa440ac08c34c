package graph

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRecordCodecRoundTrip encodes each binary record, decodes it, and
// checks that the result encodes to the same bytes and equals the input;
// every truncation of the encoding must be refused, never misread.
func TestRecordCodecRoundTrip(t *testing.T) {
	si := 3
	tests := []struct {
		name   string
		v      any
		encode func() []byte
		decode func([]byte) (any, error)
	}{
		{"relation aggregate", &relAgg{Asserted: 3, Hedged: 1, Negated: 2, Articles: 4, Weight: 3,
			Outlets: map[string]*outletAgg{"": {Articles: 1}, "afp": {Articles: 3, Supporting: 3, Support: 2100}},
			First:   Date{2021, 9, 0}, Last: Date{2024, 0, 0}, DeniedFirst: Date{2022, 1, 2}, DeniedLast: Date{2022, 1, 2}},
			nil, func(b []byte) (any, error) { return decodeRelAgg(b) }},
		{"evidence", &Evidence{Article: "a1", Sentence: 7, K: 1, From: "russia", Type: Trains, To: "mali", Start: 10, End: 90,
			Text: "Les « instructeurs » russes…", Date: Date{2021, 9, 0}, Hedged: true, Attribution: "AFP", Trigger: "formés par",
			Rule: "passive", Supplied: "drones", Extractor: "rules/1", Confidence: 0.7},
			nil, func(b []byte) (any, error) { return decodeEvidence(b) }},
		{"mention", &actorMention{Name: "Mali", Kind: KindState, Aliases: []string{"FAMa", "armée malienne"}, Source: SourceDictionary,
			Country: "ML", Wikidata: "Q912", SuccessorOf: "x", Mentions: 4},
			nil, func(b []byte) (any, error) { return decodeMention(b) }},
		{"actor", &actorRec{ID: "mali", Names: map[string]int{"Mali": 3, "Le Mali": 1}, Kinds: map[string]int{"state": 4},
			Countries: map[string]int{"ML": 2}, Aliases: map[string]map[AliasSource]int{"FAMa": {SourceExtracted: 2, SourceDictionary: 1}},
			Mentions: 9, Articles: 4, First: Date{2019, 0, 0}, Last: Date{2024, 10, 5}},
			nil, func(b []byte) (any, error) { return decodeActor(b) }},
		{"article", &articleRec{ID: "a1", URL: "https://x/1", Title: "T", Date: Date{2024, 10, 0}, Lang: "fr", Outlet: "afp",
			ContentHash: "abc", Fingerprint: "rules/1:xyz", Retracted: true, Actors: []string{"mali", "russia"}, Evidence: 3},
			nil, func(b []byte) (any, error) { return decodeArticle(b) }},
		{"text with claims", &textRec{Text: "Le texte.", Claims: &Claims{Version: 1,
			Actors: []ClaimActor{{ID: "mali", Name: "Mali", Kind: KindState, Aliases: []string{"FAMa"}, Mentions: 2, Source: SourceDictionary, Surface: []string{"Bamako"}}},
			Relations: []ClaimRelation{{From: "russia", Type: Trains, To: "mali", Evidence: []ClaimEvidence{
				{Sentence: "s", SentenceIndex: &si, Start: 1, End: 2, Date: Date{2021, 0, 0}, Negated: true, Confidence: 0.25}, {}}}}}},
			nil, func(b []byte) (any, error) { return decodeText(b) }},
		{"text alone", &textRec{Text: "Le texte."}, nil, func(b []byte) (any, error) { return decodeText(b) }},
		{"long text, compressed", &textRec{Text: strings.Repeat("Les FAMa ont reçu des drones turcs. ", 40), Claims: &Claims{Version: 1,
			Actors:    []ClaimActor{{ID: "mali", Name: "Mali", Kind: KindState}},
			Relations: []ClaimRelation{{From: "turkey", Type: Supplies, To: "mali", Evidence: []ClaimEvidence{{Sentence: "Les FAMa ont reçu des drones turcs.", End: 36}}}}}},
			nil, func(b []byte) (any, error) { return decodeText(b) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := encodeAny(tt.v)
			got, err := tt.decode(b)
			require.NoError(t, err)
			assert.Equal(t, tt.v, got)
			assert.Equal(t, b, encodeAny(got), "decoding and encoding again gives the same bytes")
			for n := range len(b) {
				_, err := tt.decode(b[:n])
				assert.ErrorIs(t, err, errCodec, "truncated to %d bytes", n)
			}
			_, err = tt.decode(append(append([]byte(nil), b...), 0))
			assert.ErrorIs(t, err, errCodec, "a trailing byte")
		})
	}
}

func encodeAny(v any) []byte {
	switch r := v.(type) {
	case *relAgg:
		b, _ := encodeRelAgg(r)
		return b
	case *Evidence:
		return encodeEvidence(r)
	case *actorMention:
		return encodeMention(r)
	case *actorRec:
		return encodeActor(r)
	case *articleRec:
		return encodeArticle(r)
	case *textRec:
		return encodeText(r)
	}
	panic("unknown record")
}

// TestRelationSummary checks that the summary prefix of an aggregate (the
// in-neighbour value) gives the same relation as the aggregate.
func TestRelationSummary(t *testing.T) {
	k := RelKey{"russia", Trains, "mali"}
	for _, a := range []*relAgg{
		{Asserted: 2, Hedged: 1, Articles: 2, Weight: 2, Outlets: map[string]*outletAgg{"afp": {Articles: 2, Supporting: 2, Support: 1300}},
			First: Date{2021, 0, 0}, Last: Date{2023, 4, 0}},
		{Negated: 2, Articles: 1, Outlets: map[string]*outletAgg{"": {Articles: 1}}, DeniedFirst: Date{2020, 0, 0}, DeniedLast: Date{2020, 1, 0}},
	} {
		v, n := encodeRelAgg(a)
		want := a.relation(k)
		for _, b := range [][]byte{v, v[:n]} {
			got, err := decodeRelation(k, b)
			require.NoError(t, err)
			assert.Equal(t, want, got)
			assert.Equal(t, want.Edge(), relValueEdge(b))
		}
	}
}

// TestTextCompression checks that long texts are stored compressed, short
// ones plain, and that both decode.
func TestTextCompression(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		compressed bool
	}{
		{"short", "Le texte.", false},
		{"long", strings.Repeat("Bamako a reçu des drones Bayraktar TB2. ", 100), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &textRec{Text: tt.text}
			b := encodeText(r)
			assert.Equal(t, tt.compressed, b[0] == compressedText)
			if tt.compressed {
				assert.Less(t, len(b), len(encodeTextPlain(r)))
			}
			got, err := decodeText(b)
			require.NoError(t, err)
			assert.Equal(t, r, got)
		})
	}
}
