package graph_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
)

const claimsText = "Des instructeurs russes forment l'armée malienne. La Turquie livre des drones au Mali."

// validClaims returns a small valid article with text and offsets.
func validClaims() *graph.Claims {
	return &graph.Claims{
		Version: 1,
		Article: graph.Article{ID: "acme-1", Outlet: "acme", Date: graph.MustDate("2024-03"), Text: claimsText},
		Actors: []graph.ClaimActor{
			{ID: "mali", Name: "Mali", Kind: graph.KindState},
			{ID: "russia", Name: "Russie", Kind: graph.KindState},
			{Name: "Turquie", Kind: graph.KindState},
			{Name: "Assimi Goïta", Kind: graph.KindPerson},
		},
		Relations: []graph.ClaimRelation{
			{From: "russia", Type: graph.Trains, To: "Mali", Evidence: []graph.ClaimEvidence{{Sentence: claimsText[:49], Start: 0, End: 49, Confidence: 0.9}}},
			{From: "Turquie", Type: graph.Supplies, To: "mali", Evidence: []graph.ClaimEvidence{{Sentence: claimsText[50:], Start: 50, End: len(claimsText)}}},
		},
	}
}

func TestCheckValid(t *testing.T) {
	c := validClaims()
	c.Version = 0
	c.Article.ContentHash = ""
	viol, err := c.Check()
	require.NoError(t, err)
	assert.Empty(t, viol)
	assert.Equal(t, graph.ClaimsVersion, c.Version, "version 0 means 1")
	assert.Equal(t, graph.ContentHash(claimsText), c.Article.ContentHash)
	id, err := c.ActorID("Turquie")
	require.NoError(t, err)
	assert.Equal(t, "turquie", id, "minted slug")
	id, err = c.ActorID("TURQUIE")
	require.NoError(t, err, "folded name finds the actor")
	assert.Equal(t, "turquie", id)
	_, err = c.ActorID("Niger")
	assert.ErrorIs(t, err, graph.ErrInvalidClaims)
}

func TestCheckInvalid(t *testing.T) {
	nan := math.NaN()
	neg := -1
	tests := []struct {
		name   string
		modify func(c *graph.Claims)
		want   string // in the error message
	}{
		{"no id, url or text", func(c *graph.Claims) { c.Article.ID, c.Article.URL, c.Article.Text = "", "", "" }, "no id, url or text"},
		{"blank id and nothing else", func(c *graph.Claims) { c.Article.ID, c.Article.Text = "   ", "" }, "no id, url or text"},
		{"id too long", func(c *graph.Claims) { c.Article.ID = strings.Repeat("x", graph.MaxArticleIDLen+1) }, "article id is"},
		{"version 2", func(c *graph.Claims) { c.Version = 2 }, "claims version 2"},
		{"unknown kind", func(c *graph.Claims) { c.Actors[0].Kind = "country" }, `unknown actor kind "country"`},
		{"actor without name or id", func(c *graph.Claims) { c.Actors[2].Name = " " }, "actor has no name"},
		{"bad id slug", func(c *graph.Claims) { c.Actors[0].ID = "Mali" }, "is not a slug"},
		{"id with space", func(c *graph.Claims) { c.Actors[0].ID = "ma li" }, "is not a slug"},
		{"bad successor", func(c *graph.Claims) { c.Actors[0].SuccessorOf = "Old Mali" }, "successor_of"},
		{"unknown alias source", func(c *graph.Claims) { c.Actors[0].Source = "curated" }, "unknown alias source"},
		{"negative mentions", func(c *graph.Claims) { c.Actors[0].Mentions = -2 }, "negative mentions"},
		{"same id two kinds", func(c *graph.Claims) {
			c.Actors = append(c.Actors, graph.ClaimActor{ID: "mali", Name: "Mali", Kind: graph.KindOrganisation})
		}, "is both"},
		{"unknown type", func(c *graph.Claims) { c.Relations[0].Type = "bombs" }, `unknown relation type "bombs"`},
		{"from names no actor", func(c *graph.Claims) { c.Relations[0].From = "Niger" }, `from "Niger" names no actor`},
		{"to names no actor", func(c *graph.Claims) { c.Relations[1].To = "" }, `to "" names no actor`},
		{"self relation", func(c *graph.Claims) { c.Relations[0].To = "russia" }, "trains itself"},
		{"self relation by name and id", func(c *graph.Claims) { c.Relations[1].From = "mali" }, "supplies itself"},
		{"end before start", func(c *graph.Claims) { c.Relations[0].Evidence[0].Start = 10; c.Relations[0].Evidence[0].End = 5 }, "not a range"},
		{"negative start", func(c *graph.Claims) { c.Relations[0].Evidence[0].Start = -1 }, "not a range"},
		{"offsets outside text", func(c *graph.Claims) { c.Relations[1].Evidence[0].End = len(claimsText) + 1 }, "outside the text"},
		{"confidence NaN", func(c *graph.Claims) { c.Relations[0].Evidence[0].Confidence = nan }, "confidence NaN"},
		{"confidence above 1", func(c *graph.Claims) { c.Relations[0].Evidence[0].Confidence = 1.5 }, "outside [0,1]"},
		{"confidence negative", func(c *graph.Claims) { c.Relations[0].Evidence[0].Confidence = -0.1 }, "outside [0,1]"},
		{"confidence infinite", func(c *graph.Claims) { c.Relations[0].Evidence[0].Confidence = math.Inf(1) }, "outside [0,1]"},
		{"negative sentence index", func(c *graph.Claims) { c.Relations[0].Evidence[0].SentenceIndex = &neg }, "negative sentence_index"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validClaims()
			tt.modify(c)
			_, err := c.Check()
			require.Error(t, err)
			assert.ErrorIs(t, err, graph.ErrInvalidClaims)
			var ce *graph.ClaimsError
			require.True(t, errors.As(err, &ce))
			assert.NotEmpty(t, ce.Problems)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestCheckReportsEveryProblem(t *testing.T) {
	c := validClaims()
	c.Version = 3
	c.Actors[0].Kind = "nation"
	c.Relations[0].Type = "hugs"
	c.Relations[1].Evidence[0].Confidence = 2
	_, err := c.Check()
	var ce *graph.ClaimsError
	require.True(t, errors.As(err, &ce))
	assert.Len(t, ce.Problems, 4)
	assert.Equal(t, graph.Problem{Actor: -1, Relation: -1, Reason: "claims version 3 is not supported (want 1)"}, ce.Problems[0])
	assert.Contains(t, err.Error(), "actor 1: ")
	assert.Contains(t, err.Error(), "relation 1: ")
	assert.Contains(t, err.Error(), "relation 2: evidence 1: ")
}

func TestCheckAcceptsSpellings(t *testing.T) {
	c := validClaims()
	c.Actors[3].Kind = "organization"
	c.Actors = append(c.Actors, graph.ClaimActor{Name: "FLA", Kind: "armed-group"})
	c.Relations = append(c.Relations, graph.ClaimRelation{From: "FLA", Type: "member-of", To: "Assimi Goïta"})
	viol, err := c.Check()
	require.NoError(t, err)
	assert.Empty(t, viol)
	assert.Equal(t, graph.KindOrganisation, c.Actors[3].Kind)
	assert.Equal(t, graph.KindArmedGroup, c.Actors[4].Kind)
	assert.Equal(t, graph.MemberOf, c.Relations[2].Type)
}

func TestCheckTypeRules(t *testing.T) {
	tests := []struct {
		name     string
		fromKind graph.Kind
		typ      graph.RelType
		toKind   graph.Kind
		ok       bool
	}{
		{"state trains state", graph.KindState, graph.Trains, graph.KindState, true},
		{"person trains state", graph.KindPerson, graph.Trains, graph.KindState, false},
		{"state trains person", graph.KindState, graph.Trains, graph.KindPerson, false},
		{"company trains armed group", graph.KindCompany, graph.Trains, graph.KindArmedGroup, true},
		{"state trains company", graph.KindState, graph.Trains, graph.KindCompany, false},
		{"person leads state", graph.KindPerson, graph.Leads, graph.KindState, true},
		{"state leads person", graph.KindState, graph.Leads, graph.KindPerson, false},
		{"person leads person", graph.KindPerson, graph.Leads, graph.KindPerson, false},
		{"person supplies state", graph.KindPerson, graph.Supplies, graph.KindState, true},
		{"state supplies person", graph.KindState, graph.Supplies, graph.KindPerson, false},
		{"person member of armed group", graph.KindPerson, graph.MemberOf, graph.KindArmedGroup, true},
		{"state member of organisation", graph.KindState, graph.MemberOf, graph.KindOrganisation, true},
		{"state member of state", graph.KindState, graph.MemberOf, graph.KindState, false},
		{"person allied company", graph.KindPerson, graph.Allied, graph.KindCompany, true},
		{"person opposed person", graph.KindPerson, graph.Opposed, graph.KindPerson, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.ok, tt.typ.Allows(tt.fromKind, tt.toKind))
			c := &graph.Claims{Article: graph.Article{ID: "x"}, Actors: []graph.ClaimActor{
				{Name: "A", Kind: tt.fromKind}, {Name: "B", Kind: tt.toKind},
			}, Relations: []graph.ClaimRelation{{From: "A", Type: tt.typ, To: "B"}}}
			viol, err := c.Check()
			require.NoError(t, err, "a type-rule violation is not a schema error")
			if tt.ok {
				assert.Empty(t, viol)
				return
			}
			require.Len(t, viol, 1)
			v := viol[0]
			assert.Equal(t, graph.TypeRuleError{From: "a", FromKind: tt.fromKind, Type: tt.typ, To: "b", ToKind: tt.toKind}, *v)
			assert.ErrorIs(t, v, graph.ErrTypeRule)
			assert.Contains(t, v.Error(), tt.typ.RuleText())
		})
	}
}

func TestArticleID(t *testing.T) {
	tests := []struct {
		name string
		a    graph.Article
		want string
	}{
		{"own id first", graph.Article{ID: "acme-2024-113", URL: "https://acme.test/a", Text: "x"}, "acme-2024-113"},
		{"own id trimmed", graph.Article{ID: "  acme-1 \n"}, "acme-1"},
		{"normalised url next", graph.Article{URL: "HTTPS://Acme.Test:443/news/a/?utm_source=rss#top", Text: "x"}, "https://acme.test/news/a"},
		{"hash of text last", graph.Article{Text: "Some text."}, "sha256-" + graph.ContentHash("Some text.")[:32]},
		{"hash ignores line ends", graph.Article{Text: "a\r\nb"}, "sha256-" + graph.ContentHash("a\nb")[:32]},
		{"given content hash used", graph.Article{ContentHash: "0123456789abcdef0123456789abcdef0123"}, "sha256-0123456789abcdef0123456789abcdef"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, graph.ArticleID(&tt.a))
		})
	}
	// Check fills the id the same way.
	c := &graph.Claims{Article: graph.Article{URL: "http://Acme.test:80/a/"}}
	_, err := c.Check()
	require.NoError(t, err)
	assert.Equal(t, "http://acme.test/a", c.Article.ID)
}

func TestContentHash(t *testing.T) {
	// NFC and line ends are normalised: the same text typed two ways hashes alike.
	assert.Equal(t, graph.ContentHash("Goïta\n"), graph.ContentHash("Goi\u0308ta\r\n"))
	assert.NotEqual(t, graph.ContentHash("Goita"), graph.ContentHash("Goïta"))
	assert.Len(t, graph.ContentHash(""), 64)
	// a text in NFC with no carriage return: the same hash without the check
	for _, s := range []string{"", "Goïta\n", "Le Mali.\n\nL'armée « FAMa »", strings.Repeat("x", 5000)} {
		assert.Equal(t, graph.ContentHash(s), graph.NormalContentHash(s))
	}
}

func TestNormalizeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/a", "https://example.com/a"},
		{"  https://example.com/a  ", "https://example.com/a"},
		{"HTTPS://EXAMPLE.COM/Path", "https://example.com/Path"},
		{"https://example.com/a/", "https://example.com/a"},
		{"https://example.com/", "https://example.com"},
		{"http://example.com:80/a", "http://example.com/a"},
		{"https://example.com:443/a", "https://example.com/a"},
		{"https://example.com:8443/a", "https://example.com:8443/a"},
		{"http://example.com:443/a", "http://example.com:443/a"},
		{"https://example.com/a#section", "https://example.com/a"},
		{"https://example.com/a?utm_source=x&utm_Medium=y", "https://example.com/a"},
		{"https://example.com/a?id=3&utm_campaign=z&b=1", "https://example.com/a?b=1&id=3"},
		{"https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"},
		{"not a url", "not a url"},
		{"/relative/path", "/relative/path"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := graph.NormalizeURL(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, got, graph.NormalizeURL(got), "idempotent")
		})
	}
}

func TestParseKindAndType(t *testing.T) {
	for _, k := range graph.Kinds {
		got, err := graph.ParseKind(string(k))
		require.NoError(t, err)
		assert.Equal(t, k, got)
	}
	_, err := graph.ParseKind("State")
	assert.Error(t, err)
	for _, typ := range graph.RelTypes {
		got, err := graph.ParseRelType(string(typ))
		require.NoError(t, err)
		assert.Equal(t, typ, got)
		assert.Equal(t, typ == graph.Allied || typ == graph.Opposed, typ.Symmetric())
		assert.NotEqual(t, "unknown type", typ.RuleText())
	}
	_, err = graph.ParseRelType("funds")
	assert.Error(t, err)
	assert.False(t, graph.RelType("funds").Allows(graph.KindState, graph.KindState))
}

func TestRelKeyCanonical(t *testing.T) {
	assert.Equal(t, graph.RelKey{From: "a", Type: graph.Allied, To: "b"}, graph.RelKey{From: "b", Type: graph.Allied, To: "a"}.Canonical())
	assert.Equal(t, graph.RelKey{From: "a", Type: graph.Opposed, To: "b"}, graph.RelKey{From: "a", Type: graph.Opposed, To: "b"}.Canonical())
	assert.Equal(t, graph.RelKey{From: "b", Type: graph.Trains, To: "a"}, graph.RelKey{From: "b", Type: graph.Trains, To: "a"}.Canonical())
	assert.Equal(t, "b -trains-> a", graph.RelKey{From: "b", Type: graph.Trains, To: "a"}.String())
}
