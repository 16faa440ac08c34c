package graph_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// ---------------------------------------------------------------- open, close

func TestOpenOnDiskAndReopen(t *testing.T) {
	dir := t.TempDir()
	s, err := graph.Open(dir, nil)
	require.NoError(t, err)
	assert.Equal(t, dir, s.Dir())
	graphtest.Ingest(t, s, claims("a1", "2024-10", "acme", actors(mali, russia), rel("russia", graph.Trains, "mali", ev("s", ""))))

	h, ok := graph.ReadHolder(dir)
	require.True(t, ok, "the holder file is written on open")
	assert.Equal(t, os.Getpid(), h.PID)
	assert.Contains(t, h.String(), fmt.Sprintf("pid %d", os.Getpid()))

	require.NoError(t, s.Close())
	require.NoError(t, s.Close(), "closing twice is fine")
	_, ok = graph.ReadHolder(dir)
	assert.False(t, ok, "the holder file is removed on close")
	_, err = s.Ingest(bg, claims("a2", "", "", actors(mali)))
	assert.ErrorIs(t, err, graph.ErrClosed)
	assert.ErrorIs(t, s.Retract(bg, "a1"), graph.ErrClosed)

	s, err = graph.Open(dir, nil)
	require.NoError(t, err)
	defer s.Close()
	r, err := s.Relation(bg, "russia", graph.Trains, "mali")
	require.NoError(t, err, "data survives reopening")
	assert.Equal(t, 1, r.Asserted)
	a, err := s.Article(bg, "a1")
	require.NoError(t, err)
	assert.Equal(t, "acme", a.Outlet)
	graphtest.RequireConsistent(t, s)
}

// rawBadger opens dir with plain Badger, runs fn in an update and closes.
func rawBadger(t *testing.T, dir string, fn func(txn *badger.Txn) error) {
	t.Helper()
	db, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	require.NoError(t, err)
	require.NoError(t, db.Update(fn))
	require.NoError(t, db.Close())
}

func TestOpenVersionMismatch(t *testing.T) {
	dir := t.TempDir()
	rawBadger(t, dir, func(txn *badger.Txn) error { return txn.Set([]byte("m/version"), []byte("99")) })
	s, err := graph.Open(dir, nil)
	require.Error(t, err)
	assert.Nil(t, s)
	assert.ErrorIs(t, err, graph.ErrVersion)
	assert.Contains(t, err.Error(), "layout version 99")
	assert.Contains(t, err.Error(), fmt.Sprintf("reads version %d", graph.LayoutVersion))
	// The failed open released the directory.
	_, err = graph.Open(dir, nil)
	assert.ErrorIs(t, err, graph.ErrVersion)
}

func TestOpenDataWithoutVersion(t *testing.T) {
	dir := t.TempDir()
	rawBadger(t, dir, func(txn *badger.Txn) error { return txn.Set([]byte("something"), []byte("else")) })
	_, err := graph.Open(dir, nil)
	require.Error(t, err)
	assert.ErrorIs(t, err, graph.ErrVersion)
	assert.Contains(t, err.Error(), "without a layout version")
}

func TestOpenEmptyBadgerGetsVersion(t *testing.T) {
	dir := t.TempDir()
	rawBadger(t, dir, func(txn *badger.Txn) error { return nil })
	s, err := graph.Open(dir, nil)
	require.NoError(t, err, "an empty Badger directory is a new graph")
	require.NoError(t, s.Close())
}

func TestOpenNoDir(t *testing.T) {
	_, err := graph.Open("", nil)
	assert.Error(t, err)
	_, err = graph.Open(t.TempDir()+"/none", &graph.Options{ReadOnly: true})
	assert.ErrorIs(t, err, graph.ErrNotFound)
}

func TestOpenLockedInProcess(t *testing.T) {
	dir := t.TempDir()
	s, err := graph.Open(dir, nil)
	require.NoError(t, err)
	defer s.Close()
	// flock(2) locks belong to the open file, so a second open in the same
	// process conflicts too.
	s2, err := graph.Open(dir, nil)
	require.Error(t, err)
	assert.Nil(t, s2)
	assert.ErrorIs(t, err, graph.ErrLocked)
	assert.Contains(t, err.Error(), fmt.Sprintf("pid %d", os.Getpid()))
	_, err = graph.Open(dir, &graph.Options{ReadOnly: true})
	assert.ErrorIs(t, err, graph.ErrLocked, "a reader cannot share with a writer")
}

// TestOpenLockedByAnotherProcess runs a child process (this test binary)
// that holds the database, and checks that Open names it.
func TestOpenLockedByAnotherProcess(t *testing.T) {
	if dir := os.Getenv("GRAPH_TEST_HOLD_DB"); dir != "" {
		s, err := graph.Open(dir, nil)
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println("ready")
		_, _ = io.Copy(io.Discard, os.Stdin) // hold until the parent closes stdin
		_ = s.Close()
		os.Exit(0)
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestOpenLockedByAnotherProcess$")
	cmd.Env = append(os.Environ(), "GRAPH_TEST_HOLD_DB="+dir)
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err)
	require.Equal(t, "ready\n", line)

	_, err = graph.Open(dir, nil)
	require.Error(t, err)
	assert.ErrorIs(t, err, graph.ErrLocked)
	assert.Contains(t, err.Error(), fmt.Sprintf("pid %d", cmd.Process.Pid), "names the holder")

	require.NoError(t, stdin.Close())
	require.NoError(t, cmd.Wait())
	s, err := graph.Open(dir, nil)
	require.NoError(t, err, "free again once the holder exits")
	require.NoError(t, s.Close())
}

func TestReadOnly(t *testing.T) {
	dir := t.TempDir()
	s, err := graph.Open(dir, nil)
	require.NoError(t, err)
	graphtest.Ingest(t, s, claims("a1", "2024", "", actors(mali, russia), rel("mali", graph.Allied, "russia", ev("s", ""))))
	require.NoError(t, s.Close())

	ro, err := graph.Open(dir, &graph.Options{ReadOnly: true})
	require.NoError(t, err)
	defer ro.Close()
	rs, err := ro.Relations(bg, graph.RelationFilter{})
	require.NoError(t, err)
	assert.Len(t, rs, 1)
	_, err = ro.Ingest(bg, claims("a2", "", "", actors(mali)))
	assert.ErrorIs(t, err, graph.ErrReadOnly)
	assert.ErrorIs(t, ro.Retract(bg, "a1"), graph.ErrReadOnly)
	graphtest.RequireConsistent(t, ro)
}

// ------------------------------------------------------------------- ingest

func TestIngestStatuses(t *testing.T) {
	s := graphtest.NewStore(t)
	text1 := "Des instructeurs russes forment l'armée malienne."
	text2 := "La Turquie livre des drones au Mali."
	v1 := func() *graph.Claims {
		c := claims("a1", "2024-03", "acme", actors(mali, russia), rel("russia", graph.Trains, "mali", ev(text1, "")))
		c.Article.Text, c.Article.Fingerprint = text1, "extractor-1"
		return c
	}

	res, err := s.Ingest(bg, v1())
	require.NoError(t, err)
	assert.Equal(t, graph.IngestResult{Article: "a1", Status: graph.StatusNew, Actors: 2, Relations: 1, Evidence: 1}, res)

	t.Run("unchanged writes nothing", func(t *testing.T) {
		keysBefore, versionBefore := keyCount(t, s)
		dumpBefore := rawDump(t, s)
		res, err := s.Ingest(bg, v1())
		require.NoError(t, err)
		assert.Equal(t, graph.StatusUnchanged, res.Status)
		assert.Equal(t, 2, res.Actors)
		assert.Equal(t, 1, res.Evidence)
		keysAfter, versionAfter := keyCount(t, s)
		assert.Equal(t, keysBefore, keysAfter)
		assert.Equal(t, versionBefore, versionAfter, "no transaction was committed")
		assert.Equal(t, string(dumpBefore), string(rawDump(t, s)))
	})

	t.Run("same text, other outlet is unchanged", func(t *testing.T) {
		c := v1()
		c.Article.Outlet = "other"
		res, err := s.Ingest(bg, c)
		require.NoError(t, err)
		assert.Equal(t, graph.StatusUnchanged, res.Status)
	})

	t.Run("updated replaces the evidence", func(t *testing.T) {
		c := claims("a1", "2024-04", "acme", actors(mali, turkey), rel("turkey", graph.Supplies, "mali", ev(text2, "")))
		c.Article.Text, c.Article.Fingerprint = text2, "extractor-1"
		res, err := s.Ingest(bg, c)
		require.NoError(t, err)
		assert.Equal(t, graph.StatusUpdated, res.Status)
		_, err = s.Relation(bg, "russia", graph.Trains, "mali")
		assert.ErrorIs(t, err, graph.ErrNotFound, "old evidence gone")
		_, err = s.Actor(bg, "russia")
		assert.ErrorIs(t, err, graph.ErrNotFound, "actor only the old version mentioned gone")
		r, err := s.Relation(bg, "turkey", graph.Supplies, "mali")
		require.NoError(t, err)
		assert.Equal(t, graph.MustDate("2024-04"), r.FirstSeen)
		es, err := s.Evidence(bg, r.Key(), graph.EvidenceFilter{})
		require.NoError(t, err)
		require.Len(t, es, 1)
		assert.Equal(t, text2, es[0].Text)
		a, err := s.Article(bg, "a1")
		require.NoError(t, err)
		assert.Equal(t, graph.ContentHash(text2), a.ContentHash)
		var cl *graph.Claims
		err = s.View(bg, func(tx *graph.Tx) error {
			var txt string
			txt, cl, err = tx.ArticleText(bg, "a1")
			assert.Equal(t, text2, txt)
			return err
		})
		require.NoError(t, err)
		require.NotNil(t, cl, "an article keeps its claims as extracted, to resolve them again after a decision")
		assert.Equal(t, "turkey", cl.Actors[1].ID)
		graphtest.RequireConsistent(t, s)
	})

	t.Run("reextracted replaces the evidence", func(t *testing.T) {
		c := claims("a1", "2024-04", "acme", actors(mali, turkey, baykar),
			rel("baykar", graph.Supplies, "mali", ev(text2, "", hedged)))
		c.Article.Text, c.Article.Fingerprint = text2, "extractor-2"
		res, err := s.Ingest(bg, c)
		require.NoError(t, err)
		assert.Equal(t, graph.StatusReextracted, res.Status)
		_, err = s.Relation(bg, "turkey", graph.Supplies, "mali")
		assert.ErrorIs(t, err, graph.ErrNotFound)
		r, err := s.Relation(bg, "baykar", graph.Supplies, "mali")
		require.NoError(t, err)
		assert.Equal(t, 1, r.Hedged)
		a, err := s.Article(bg, "a1")
		require.NoError(t, err)
		assert.Equal(t, "extractor-2", a.Fingerprint)
		assert.Equal(t, 1, a.Evidence)
		graphtest.RequireConsistent(t, s)
	})

	t.Run("retracted stays retracted", func(t *testing.T) {
		require.NoError(t, s.Retract(bg, "a1"))
		keysBefore, _ := keyCount(t, s)
		// A new version is kept (for unretract) but adds no evidence...
		c := v1()
		c.Article.Fingerprint = "extractor-9"
		res, err := s.Ingest(bg, c)
		require.NoError(t, err)
		assert.Equal(t, graph.StatusRetracted, res.Status)
		keysAfter, versionAfter := keyCount(t, s)
		assert.Equal(t, keysBefore, keysAfter)
		// ...and the same again writes nothing.
		c = v1()
		c.Article.Fingerprint = "extractor-9"
		res, err = s.Ingest(bg, c)
		require.NoError(t, err)
		assert.Equal(t, graph.StatusRetracted, res.Status)
		keysAgain, versionAgain := keyCount(t, s)
		assert.Equal(t, keysAfter, keysAgain)
		assert.Equal(t, versionAfter, versionAgain)
		a, err := s.Article(bg, "a1")
		require.NoError(t, err)
		assert.True(t, a.Retracted)
		graphtest.RequireConsistent(t, s)
	})
}

func TestIngestClaimsOnlyArticle(t *testing.T) {
	s := graphtest.NewStore(t)
	c := claims("c1", "2024", "", actors(mali, russia), rel("russia", graph.Trains, "mali", ev("s1", "")))
	res := graphtest.Ingest(t, s, cloneClaims(t, c))
	assert.Equal(t, graph.StatusNew, res.Status)
	assert.Equal(t, graph.StatusUnchanged, graphtest.Ingest(t, s, cloneClaims(t, c)).Status)
	// Without text the claims are the content: new claims are an update.
	c.Relations = append(c.Relations, rel("mali", graph.Allied, "russia", ev("s2", "")))
	assert.Equal(t, graph.StatusUpdated, graphtest.Ingest(t, s, cloneClaims(t, c)).Status)
	// The same claims from another extractor are a re-extraction.
	c.Article.Fingerprint = "tool-2"
	assert.Equal(t, graph.StatusReextracted, graphtest.Ingest(t, s, cloneClaims(t, c)).Status)
	err := s.View(bg, func(tx *graph.Tx) error {
		text, cl, err := tx.ArticleText(bg, "c1")
		assert.Empty(t, text)
		require.NotNil(t, cl, "an article without text keeps its claims")
		assert.Len(t, cl.Relations, 2)
		return err
	})
	require.NoError(t, err)
	graphtest.RequireConsistent(t, s)
}

func TestIngestArticleIDFromURL(t *testing.T) {
	s := graphtest.NewStore(t)
	c := claims("", "2024", "acme", actors(mali, russia), rel("russia", graph.Trains, "mali", ev("s", "")))
	c.Article.URL = "HTTPS://Acme.test/news/1/?utm_source=rss"
	res := graphtest.Ingest(t, s, c)
	assert.Equal(t, "https://acme.test/news/1", res.Article)
	a, err := s.Article(bg, "https://acme.test/news/1")
	require.NoError(t, err)
	assert.Equal(t, "HTTPS://Acme.test/news/1/?utm_source=rss", a.URL)
	// The same URL written another way is the same article.
	c2 := claims("", "2024", "acme", actors(mali, russia), rel("russia", graph.Trains, "mali", ev("s", "")))
	c2.Article.URL = "https://acme.test/news/1#comments"
	assert.Equal(t, graph.StatusUnchanged, graphtest.Ingest(t, s, c2).Status)
	// Without id or URL, the text's hash.
	c3 := claims("", "2024", "", actors(mali))
	c3.Article.Text = "Le Mali."
	assert.Equal(t, "sha256-"+graph.ContentHash("Le Mali.")[:32], graphtest.Ingest(t, s, c3).Article)
	require.NoError(t, s.Retract(bg, "https://acme.test/news/1"))
	graphtest.RequireConsistent(t, s)
}

func TestIngestTooLarge(t *testing.T) {
	s, err := graph.Open("", &graph.Options{InMemory: true, MaxArticleBytes: 100})
	require.NoError(t, err)
	defer s.Close()
	keysBefore, _ := keyCount(t, s)
	c := claims("big", "2024", "", actors(mali))
	c.Article.Text = strings.Repeat("x", 101)
	_, err = s.Ingest(bg, c)
	require.Error(t, err)
	assert.ErrorIs(t, err, graph.ErrTooLarge)
	assert.Contains(t, err.Error(), "101 bytes")
	keysAfter, _ := keyCount(t, s)
	assert.Equal(t, keysBefore, keysAfter, "nothing stored")
	_, err = s.Article(bg, "big")
	assert.ErrorIs(t, err, graph.ErrNotFound)

	c = claims("fits", "2024", "", actors(mali))
	c.Article.Text = strings.Repeat("x", 100)
	_, err = s.Ingest(bg, c)
	assert.NoError(t, err, "at the limit is fine")
	assert.Equal(t, 5<<20, graph.DefaultMaxArticleBytes)
}

func TestIngestRefused(t *testing.T) {
	tests := []struct {
		name string
		c    *graph.Claims
		is   error
	}{
		{"nil", nil, graph.ErrInvalidClaims},
		{"invalid UTF-8 text", func() *graph.Claims {
			c := claims("a", "", "", actors(mali))
			c.Article.Text = "Le Mali\xff\xfe."
			return c
		}(), graph.ErrInvalidClaims},
		{"schema error", claims("a", "", "", actors(mali, russia), rel("russia", "bombs", "mali")), graph.ErrInvalidClaims},
		{"no article id", claims("", "", "", actors(mali)), graph.ErrInvalidClaims},
		{"end names nobody", claims("a", "", "", actors(mali), rel("mali", graph.Allied, "chad")), graph.ErrInvalidClaims},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := graphtest.NewStore(t)
			before := rawDump(t, s)
			_, err := s.Ingest(bg, tt.c)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.is)
			assert.Equal(t, string(before), string(rawDump(t, s)), "nothing stored")
		})
	}
}

func TestIngestTypeRules(t *testing.T) {
	s := graphtest.NewStore(t)
	c := claims("a1", "2024", "", actors(mali, russia, goita),
		rel("Assimi Goïta", graph.Trains, "mali", ev("s1", "")), // a person trains nobody
		rel("mali", graph.Leads, "assimi-goita", ev("s2", "")),  // a state leads no person
		rel("russia", graph.Supplies, "mali", ev("s3", "")),
		rel("assimi-goita", graph.Leads, "mali", ev("s4", "")),
	)
	res, err := s.Ingest(bg, c)
	require.NoError(t, err, "the rest of the article is stored")
	require.Len(t, res.Rejected, 2)
	assert.Equal(t, graph.TypeRuleError{From: "assimi-goita", FromKind: graph.KindPerson, Type: graph.Trains, To: "mali", ToKind: graph.KindState}, *res.Rejected[0])
	assert.Equal(t, graph.TypeRuleError{From: "mali", FromKind: graph.KindState, Type: graph.Leads, To: "assimi-goita", ToKind: graph.KindPerson}, *res.Rejected[1])
	assert.Equal(t, 2, res.Relations)
	assert.Equal(t, 2, res.Evidence)
	_, err = s.Relation(bg, "assimi-goita", graph.Trains, "mali")
	assert.ErrorIs(t, err, graph.ErrNotFound)
	_, err = s.Relation(bg, "mali", graph.Leads, "assimi-goita")
	assert.ErrorIs(t, err, graph.ErrNotFound)
	rs, err := s.Relations(bg, graph.RelationFilter{IncludeNegated: true})
	require.NoError(t, err)
	assert.Equal(t, []string{"assimi-goita leads mali", "russia supplies mali"}, relNames(rs))
	graphtest.RequireConsistent(t, s)
}

// -------------------------------------------------------------- derived data

func relNames(rs []*graph.Relation) []string {
	out := []string{}
	for _, r := range rs {
		out = append(out, fmt.Sprintf("%s %s %s", r.From, r.Type, r.To))
	}
	return out
}

func TestRelationAggregate(t *testing.T) {
	s := graphtest.NewStore(t)
	graphtest.Ingest(t, s, claims("a1", "2021-09", "o1", actors(mali, russia),
		rel("russia", graph.Trains, "mali", ev("asserted", "2021-09"), ev("hedged, undated: the article's date", "", hedged))))
	graphtest.Ingest(t, s, claims("a2", "2022", "o1", actors(mali, russia),
		rel("russia", graph.Trains, "mali", ev("asserted", ""))))
	graphtest.Ingest(t, s, claims("a3", "2024-03-05", "o2", actors(mali, russia),
		rel("russia", graph.Trains, "mali", ev("denied", "", negated))))
	r, err := s.Relation(bg, "russia", graph.Trains, "mali")
	require.NoError(t, err)
	assert.Equal(t, &graph.Relation{From: "russia", Type: graph.Trains, To: "mali",
		Asserted: 2, Hedged: 1, Negated: 1, Articles: 3, Outlets: 2,
		Weight:     2,                                                           // the negated-only article adds no weight
		Confidence: 0.6,                                                         // (1 − (1 − 0.8)) × 3 / (3 + 1)
		FirstSeen:  graph.MustDate("2021-09"), LastSeen: graph.MustDate("2022"), // the denial is not "seen"
	}, r)
	assert.True(t, r.Edge())
	graphtest.RequireConsistent(t, s)
}

func TestRelationConfidence(t *testing.T) {
	type art struct {
		outlet string
		evs    []graph.ClaimEvidence
	}
	tests := []struct {
		name string
		arts []art
		want float64
	}{
		{"asserted, default confidence", []art{{"o1", []graph.ClaimEvidence{ev("s", "")}}}, 0.8},
		{"asserted, stated confidence", []art{{"o1", []graph.ClaimEvidence{ev("s", "", conf(0.9))}}}, 0.9},
		{"hedged counts half", []art{{"o1", []graph.ClaimEvidence{ev("s", "", hedged)}}}, 0.4},
		{"best evidence of an article", []art{{"o1", []graph.ClaimEvidence{ev("s1", "", hedged), ev("s2", "", conf(0.7))}}}, 0.7},
		{"two articles, one outlet", []art{{"o1", []graph.ClaimEvidence{ev("s", "")}}, {"o1", []graph.ClaimEvidence{ev("s", "")}}}, 0.8},
		{"one outlet averages", []art{{"o1", []graph.ClaimEvidence{ev("s", "", conf(1))}}, {"o1", []graph.ClaimEvidence{ev("s", "", conf(0.6))}}}, 0.8},
		{"no outlet is one outlet", []art{{"", []graph.ClaimEvidence{ev("s", "")}}, {"", []graph.ClaimEvidence{ev("s", "")}}}, 0.8},
		{"independent outlets corroborate", []art{{"o1", []graph.ClaimEvidence{ev("s", "")}}, {"o2", []graph.ClaimEvidence{ev("s", "")}}}, 0.96},
		{"three outlets", []art{{"o1", []graph.ClaimEvidence{ev("s", "", conf(0.5))}}, {"o2", []graph.ClaimEvidence{ev("s", "", conf(0.5))}}, {"o3", []graph.ClaimEvidence{ev("s", "", conf(0.5))}}}, 0.875},
		{"negated lowers", []art{{"o1", []graph.ClaimEvidence{ev("s", "")}}, {"o2", []graph.ClaimEvidence{ev("s", "", negated)}}}, 0.4},
		{"negated in the same article", []art{{"o1", []graph.ClaimEvidence{ev("s1", ""), ev("s2", "", negated)}}}, 0.4},
		{"negated only", []art{{"o1", []graph.ClaimEvidence{ev("s", "", negated)}}}, 0},
		{"hedged and negated is negated", []art{{"o1", []graph.ClaimEvidence{ev("s", "", hedged, negated)}}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := graphtest.NewStore(t)
			for i, a := range tt.arts {
				graphtest.Ingest(t, s, claims(fmt.Sprint("a", i), "2024", a.outlet, actors(mali, russia),
					rel("russia", graph.Supplies, "mali", a.evs...)))
			}
			r, err := s.Relation(bg, "russia", graph.Supplies, "mali")
			require.NoError(t, err)
			assert.InDelta(t, tt.want, r.Confidence, 1e-9)
		})
	}
}

func TestActorAggregate(t *testing.T) {
	s := graphtest.NewStore(t)
	m := mali
	m.Mentions = 3
	graphtest.Ingest(t, s, claims("a1", "2021-09", "", actors(m, russia)))
	graphtest.Ingest(t, s, claims("a2", "2022", "", actors(mali)))
	graphtest.Ingest(t, s, claims("a3", "", "", actors(mali)))
	a, err := s.Actor(bg, "mali")
	require.NoError(t, err)
	assert.Equal(t, 5, a.Mentions)
	assert.Equal(t, 3, a.Articles)
	assert.Equal(t, graph.MustDate("2021-09"), a.FirstSeen)
	assert.Equal(t, graph.MustDate("2022"), a.LastSeen, "an undated article leaves the dates alone")
	assert.Equal(t, graph.KindState, a.Kind)
	assert.Equal(t, "Mali", a.Name)
	graphtest.RequireConsistent(t, s)
}

// TestActorVotes checks that an actor's name, kind, country and aliases
// are derived by votes of the articles, whatever the order they came in.
func TestActorVotes(t *testing.T) {
	w := func(name string, kind graph.Kind, country string, aliases ...string) graph.ClaimActor {
		return graph.ClaimActor{ID: "wagner-group", Name: name, Kind: kind, Country: country, Aliases: aliases}
	}
	arts := []*graph.Claims{
		claims("a1", "2022", "", actors(w("Wagner", graph.KindArmedGroup, "RU", "PMC Wagner"))),
		claims("a2", "2023", "", actors(w("Groupe Wagner", graph.KindCompany, ""))),
		claims("a3", "2024", "", actors(w("Wagner", graph.KindArmedGroup, "RU"))),
		claims("a4", "2024", "", actors(w("Groupe Wagner", graph.KindCompany, "RU"))),
		claims("a5", "2021", "", actors(w("Wagner", graph.KindArmedGroup, ""))),
	}
	orders := [][]int{{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {1, 3, 0, 4, 2}}
	var first *graph.Actor
	for _, order := range orders {
		s := graphtest.NewStore(t)
		for _, i := range order {
			graphtest.Ingest(t, s, cloneClaims(t, arts[i]))
		}
		a, err := s.Actor(bg, "wagner-group")
		require.NoError(t, err)
		assert.Equal(t, "Wagner", a.Name, "3 votes to 2")
		assert.Equal(t, graph.KindArmedGroup, a.Kind)
		assert.Equal(t, "RU", a.Country)
		assert.Equal(t, []graph.Alias{
			{Form: "Groupe Wagner", Source: graph.SourceExtracted},
			{Form: "PMC Wagner", Source: graph.SourceExtracted},
			{Form: "Wagner", Source: graph.SourceExtracted},
		}, a.Aliases)
		if first == nil {
			first = a
		}
		assert.Equal(t, first, a)
		page, err := s.Actors(bg, graph.ActorQuery{Kind: graph.KindCompany})
		require.NoError(t, err)
		assert.Empty(t, page.Actors, "indexed under its voted kind only")
		graphtest.RequireConsistent(t, s)

		// Retracting two armed_group votes flips the kind, and the kind index follows.
		require.NoError(t, s.Retract(bg, "a1"))
		require.NoError(t, s.Retract(bg, "a3"))
		a, err = s.Actor(bg, "wagner-group")
		require.NoError(t, err)
		assert.Equal(t, graph.KindCompany, a.Kind)
		assert.Equal(t, "Groupe Wagner", a.Name)
		page, err = s.Actors(bg, graph.ActorQuery{Kind: graph.KindCompany})
		require.NoError(t, err)
		require.Len(t, page.Actors, 1)
		st, err := s.Stats(bg)
		require.NoError(t, err)
		assert.Equal(t, map[graph.Kind]int{graph.KindCompany: 1}, st.ActorsByKind)
		graphtest.RequireConsistent(t, s)
	}
	// Ties go to the smallest value.
	s := graphtest.NewStore(t)
	graphtest.Ingest(t, s, claims("b1", "", "", actors(w("Zeta", graph.KindCompany, "RU"))))
	graphtest.Ingest(t, s, claims("b2", "", "", actors(w("Alpha", graph.KindArmedGroup, "FR"))))
	a, err := s.Actor(bg, "wagner-group")
	require.NoError(t, err)
	assert.Equal(t, "Alpha", a.Name)
	assert.Equal(t, graph.KindArmedGroup, a.Kind)
	assert.Equal(t, "FR", a.Country)
}

func TestNegatedOnlyIsNotAnEdge(t *testing.T) {
	s := graphtest.NewStore(t)
	graphtest.Ingest(t, s, claims("a1", "2024", "", actors(mali, france, russia),
		rel("france", graph.Trains, "mali", ev("La France ne forme plus l'armée malienne.", "", negated)),
		rel("russia", graph.Trains, "mali", ev("La Russie forme l'armée malienne.", ""))))

	rs, err := s.Relations(bg, graph.RelationFilter{})
	require.NoError(t, err)
	assert.Equal(t, []string{"russia trains mali"}, relNames(rs))
	ns, err := s.Neighbors(bg, "mali", graph.Both, graph.RelationFilter{})
	require.NoError(t, err)
	require.Len(t, ns, 1)
	assert.Equal(t, "russia", ns[0].Actor)
	_, err = s.ShortestPath(bg, "france", "mali", graph.PathQuery{})
	assert.ErrorIs(t, err, graph.ErrNotFound)

	rs, err = s.Relations(bg, graph.RelationFilter{IncludeNegated: true})
	require.NoError(t, err)
	assert.Equal(t, []string{"france trains mali", "russia trains mali"}, relNames(rs))
	assert.False(t, rs[0].Edge())
	ns, err = s.Neighbors(bg, "mali", graph.In, graph.RelationFilter{IncludeNegated: true})
	require.NoError(t, err)
	assert.Len(t, ns, 2)
	r, err := s.Relation(bg, "france", graph.Trains, "mali")
	require.NoError(t, err, "Relation shows a negated-only relation")
	assert.Equal(t, 1, r.Negated)
	assert.Equal(t, 0, r.Weight)
	assert.Equal(t, 0.0, r.Confidence)

	st, err := s.Stats(bg)
	require.NoError(t, err)
	assert.Equal(t, 1, st.Relations)
	assert.Equal(t, 1, st.NegatedOnly)
	graphtest.RequireConsistent(t, s)
}

// -------------------------------------------------------------------- reads

// fixture loads a small graph:
//
//	R1 russia trains mali          a1 2021-09 o1, a2 2023-05 o2
//	R2 turkey supplies mali        a3 2022-03 o1, hedged
//	R3 mali allied russia          a1 2021-09
//	R4 fla opposed mali            a4 2024 (no outlet)
//	R5 assimi-goita leads mali     a2 2023-05
//	R6 baykar supplies turkey      a3 2022-03, confidence 0.5
//	R7 wagner-group trains fla     a4 2024, negated only
func fixture(t *testing.T) *graph.Store {
	s := graphtest.NewStore(t)
	graphtest.Ingest(t, s, claims("a1", "2021-09", "o1", actors(mali, russia),
		rel("russia", graph.Trains, "mali", ev("r1a", "")), rel("mali", graph.Allied, "russia", ev("r3", ""))))
	graphtest.Ingest(t, s, claims("a2", "2023-05", "o2", actors(mali, russia, goita),
		rel("russia", graph.Trains, "mali", ev("r1b", "")), rel("Assimi Goïta", graph.Leads, "mali", ev("r5", ""))))
	graphtest.Ingest(t, s, claims("a3", "2022-03", "o1", actors(mali, turkey, baykar),
		rel("turkey", graph.Supplies, "mali", ev("r2", "", hedged)), rel("baykar", graph.Supplies, "turkey", ev("r6", "", conf(0.5)))))
	graphtest.Ingest(t, s, claims("a4", "2024", "", actors(mali, fla, wagner),
		rel("fla", graph.Opposed, "mali", ev("r4", "")), rel("wagner-group", graph.Trains, "fla", ev("r7", "", negated))))
	return s
}

const (
	R1 = "russia trains mali"
	R2 = "turkey supplies mali"
	R3 = "mali allied russia"
	R4 = "fla opposed mali"
	R5 = "assimi-goita leads mali"
	R6 = "baykar supplies turkey"
	R7 = "wagner-group trains fla"
)

func TestActorReads(t *testing.T) {
	s := fixture(t)
	a, err := s.Actor(bg, "assimi-goita")
	require.NoError(t, err)
	assert.Equal(t, "Assimi Goïta", a.Name)
	assert.Equal(t, graph.KindPerson, a.Kind)
	assert.Equal(t, []graph.Alias{
		{Form: "Assimi Goïta", Source: graph.SourceExtracted},
		{Form: "Goïta", Source: graph.SourceExtracted},
		{Form: "le colonel Goïta", Source: graph.SourceExtracted},
	}, a.Aliases)
	_, err = s.Actor(bg, "chad")
	assert.ErrorIs(t, err, graph.ErrNotFound)
	_, err = s.Actor(bg, "Not An Id")
	assert.ErrorIs(t, err, graph.ErrNotFound)
}

func TestFindActors(t *testing.T) {
	s := fixture(t)
	// Another actor sharing the alias "Goïta".
	graphtest.Ingest(t, s, claims("a5", "", "", actors(graph.ClaimActor{ID: "goita-sa", Name: "Goïta SA", Kind: graph.KindCompany, Aliases: []string{"GOITA"}})))
	tests := []struct {
		name string
		want []string
	}{
		{"Goita", []string{"assimi-goita", "goita-sa"}},
		{"GOÏTA", []string{"assimi-goita", "goita-sa"}},
		{" goïta ", []string{"assimi-goita", "goita-sa"}},
		{"Assimi Goïta", []string{"assimi-goita"}},
		{"ASSIMI  GOITA", []string{"assimi-goita"}},
		{"assimi-goita", []string{"assimi-goita"}},
		{"Le Colonel Goita", []string{"assimi-goita"}},
		{"Russie", []string{"russia"}},
		{"russia", []string{"russia"}},
		{"Front de liberation de l’Azawad", []string{"fla"}},
		{"Goit", nil},
		{"", nil},
		{"chad", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, err := s.FindActors(bg, tt.name)
			require.NoError(t, err)
			var ids []string
			for _, a := range as {
				ids = append(ids, a.ID)
			}
			assert.Equal(t, tt.want, ids)
		})
	}
}

func TestActorsQuery(t *testing.T) {
	s := fixture(t)
	graphtest.Ingest(t, s, claims("a5", "", "", actors(niger, actor("mauritania", graph.KindState, "Mauritanie"), un)))
	ids := func(p *graph.ActorPage) []string {
		out := []string{}
		for _, a := range p.Actors {
			out = append(out, a.ID)
		}
		return out
	}
	all := []string{"assimi-goita", "baykar", "fla", "mali", "mauritania", "niger", "russia", "turkey", "un", "wagner-group"}
	tests := []struct {
		name    string
		q       graph.ActorQuery
		want    []string
		total   int
		hasMore bool
	}{
		{"all", graph.ActorQuery{}, all, 10, false},
		{"first page", graph.ActorQuery{Limit: 4}, all[:4], 10, true},
		{"second page", graph.ActorQuery{After: "fla", Limit: 4}, all[3:7], 10, true},
		{"last page", graph.ActorQuery{After: "turkey", Limit: 4}, all[8:], 10, false},
		{"exact fit", graph.ActorQuery{After: "russia", Limit: 3}, all[7:], 10, false},
		{"after an absent id", graph.ActorQuery{After: "m", Limit: 2}, []string{"mali", "mauritania"}, 10, true},
		{"after the end", graph.ActorQuery{After: "zzz"}, []string{}, 10, false},
		{"by kind", graph.ActorQuery{Kind: graph.KindState}, []string{"mali", "mauritania", "niger", "russia", "turkey"}, 5, false},
		{"by kind, paged", graph.ActorQuery{Kind: graph.KindState, After: "mauritania", Limit: 2}, []string{"niger", "russia"}, 5, true},
		{"armed groups", graph.ActorQuery{Kind: graph.KindArmedGroup}, []string{"fla", "wagner-group"}, 2, false},
		{"search prefix", graph.ActorQuery{Search: "MA"}, []string{"mali", "mauritania"}, 2, false},
		{"search folds", graph.ActorQuery{Search: "goï"}, []string{"assimi-goita"}, 1, false},
		{"search alias", graph.ActorQuery{Search: "le colonel"}, []string{"assimi-goita"}, 1, false},
		{"search with kind", graph.ActorQuery{Search: "n", Kind: graph.KindOrganisation}, []string{"un"}, 1, false},
		{"search paged", graph.ActorQuery{Search: "m", Limit: 1}, []string{"mali"}, 2, true},
		{"search paged 2", graph.ActorQuery{Search: "m", After: "mali", Limit: 1}, []string{"mauritania"}, 2, false},
		{"search nothing", graph.ActorQuery{Search: "xyz"}, []string{}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := s.Actors(bg, tt.q)
			require.NoError(t, err)
			assert.Equal(t, tt.want, ids(p))
			assert.Equal(t, tt.total, p.Total)
			assert.Equal(t, tt.hasMore, p.HasMore)
			// EachActor visits the same actors.
			var each []string
			err = s.View(bg, func(tx *graph.Tx) error {
				return tx.EachActor(bg, tt.q, func(a *graph.Actor) error { each = append(each, a.ID); return nil })
			})
			require.NoError(t, err)
			if len(tt.want) == 0 {
				assert.Empty(t, each)
			} else {
				assert.Equal(t, tt.want, each)
			}
		})
	}
	// Paging through everything gives everything once.
	var got []string
	q := graph.ActorQuery{Limit: 3}
	for {
		p, err := s.Actors(bg, q)
		require.NoError(t, err)
		got = append(got, ids(p)...)
		if !p.HasMore {
			break
		}
		q.After = p.Actors[len(p.Actors)-1].ID
	}
	assert.Equal(t, all, got)
}

func TestRelationsFilter(t *testing.T) {
	s := fixture(t)
	tests := []struct {
		name string
		f    graph.RelationFilter
		want []string
	}{
		{"all edges", graph.RelationFilter{}, []string{R5, R6, R4, R3, R1, R2}},
		{"with negated", graph.RelationFilter{IncludeNegated: true}, []string{R5, R6, R4, R3, R1, R2, R7}},
		{"type", graph.RelationFilter{Types: []graph.RelType{graph.Trains}}, []string{R1}},
		{"type with negated", graph.RelationFilter{Types: []graph.RelType{graph.Trains}, IncludeNegated: true}, []string{R1, R7}},
		{"two types", graph.RelationFilter{Types: []graph.RelType{graph.Supplies, graph.Leads}}, []string{R5, R6, R2}},
		{"actor", graph.RelationFilter{Actor: "mali"}, []string{R5, R4, R3, R1, R2}},
		{"actor with negated", graph.RelationFilter{Actor: "fla", IncludeNegated: true}, []string{R4, R7}},
		{"actor with no relation", graph.RelationFilter{Actor: "france"}, []string{}},
		{"from", graph.RelationFilter{From: "russia"}, []string{R3, R1}},
		{"from, symmetric either end", graph.RelationFilter{From: "mali"}, []string{R4, R3}},
		{"to", graph.RelationFilter{To: "mali"}, []string{R5, R4, R3, R1, R2}},
		{"from and to", graph.RelationFilter{From: "russia", To: "mali"}, []string{R3, R1}},
		{"from and to, reversed", graph.RelationFilter{From: "mali", To: "russia"}, []string{R3}},
		{"from and to, symmetric reversed", graph.RelationFilter{From: "mali", To: "fla"}, []string{R4}},
		{"kinds", graph.RelationFilter{Kinds: []graph.Kind{graph.KindState}}, []string{R3, R1, R2}},
		{"kinds state and person", graph.RelationFilter{Kinds: []graph.Kind{graph.KindState, graph.KindPerson}}, []string{R5, R3, R1, R2}},
		{"actors set", graph.RelationFilter{Actors: map[string]bool{"mali": true, "russia": true}}, []string{R3, R1}},
		{"since", graph.RelationFilter{Since: graph.MustDate("2023")}, []string{R5, R4, R1}},
		{"until", graph.RelationFilter{Until: graph.MustDate("2021-12")}, []string{R3, R1}},
		{"period", graph.RelationFilter{Since: graph.MustDate("2022-01-01"), Until: graph.MustDate("2022-12-31")}, []string{R6, R2}},
		{"period as a year", graph.RelationFilter{Since: graph.MustDate("2022"), Until: graph.MustDate("2022")}, []string{R6, R2}},
		{"period with negated", graph.RelationFilter{Since: graph.MustDate("2024"), IncludeNegated: true, Types: []graph.RelType{graph.Trains}}, []string{R7}},
		{"empty period", graph.RelationFilter{Since: graph.MustDate("2025")}, []string{}},
		{"period and actor", graph.RelationFilter{Actor: "russia", Until: graph.MustDate("2022")}, []string{R3, R1}},
		{"min confidence", graph.RelationFilter{MinConfidence: 0.7}, []string{R5, R4, R3, R1}},
		{"min weight", graph.RelationFilter{MinWeight: 2}, []string{R1}},
		{"exclude hedged", graph.RelationFilter{ExcludeHedged: true}, []string{R5, R6, R4, R3, R1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := s.Relations(bg, tt.f)
			require.NoError(t, err)
			assert.Equal(t, tt.want, relNames(rs))
		})
	}
}

func TestRelationsPeriodRecounts(t *testing.T) {
	s := fixture(t)
	rs, err := s.Relations(bg, graph.RelationFilter{Types: []graph.RelType{graph.Trains}})
	require.NoError(t, err)
	require.Len(t, rs, 1)
	assert.Equal(t, 2, rs[0].Asserted)
	assert.Equal(t, 2, rs[0].Weight)
	assert.Equal(t, 2, rs[0].Outlets)
	assert.Equal(t, 0.96, rs[0].Confidence)

	rs, err = s.Relations(bg, graph.RelationFilter{Types: []graph.RelType{graph.Trains}, Since: graph.MustDate("2023-01")})
	require.NoError(t, err)
	require.Len(t, rs, 1)
	assert.Equal(t, &graph.Relation{From: "russia", Type: graph.Trains, To: "mali", Asserted: 1, Articles: 1, Outlets: 1, Weight: 1,
		Confidence: 0.8, FirstSeen: graph.MustDate("2023-05"), LastSeen: graph.MustDate("2023-05")}, rs[0])

	rs, err = s.Relations(bg, graph.RelationFilter{Types: []graph.RelType{graph.Trains}, Until: graph.MustDate("2021-09-30")})
	require.NoError(t, err)
	require.Len(t, rs, 1)
	assert.Equal(t, graph.MustDate("2021-09"), rs[0].LastSeen)
	assert.Equal(t, 1, rs[0].Articles)
}

func TestEachEvidence(t *testing.T) {
	s := graphtest.NewStore(t)
	graphtest.Ingest(t, s, claims("a1", "", "o1", actors(mali, russia),
		rel("russia", graph.Trains, "mali", ev("s-undated", ""), ev("s-2022-01-05", "2022-01-05", hedged), ev("s-2021", "2021"))))
	graphtest.Ingest(t, s, claims("a2", "2021-09", "o2", actors(mali, russia),
		rel("russia", graph.Trains, "mali", ev("s-2021-09", ""), ev("s-2023", "2023", negated), ev("s-2021-09-b", "2021-09"))))
	k := graph.RelKey{From: "russia", Type: graph.Trains, To: "mali"}
	texts := func(es []*graph.Evidence) []string {
		out := []string{}
		for _, e := range es {
			out = append(out, e.Text)
		}
		return out
	}
	tests := []struct {
		name string
		f    graph.EvidenceFilter
		want []string
	}{
		{"all, by date, undated first", graph.EvidenceFilter{}, []string{"s-undated", "s-2021", "s-2021-09", "s-2021-09-b", "s-2022-01-05", "s-2023"}},
		{"since", graph.EvidenceFilter{Since: graph.MustDate("2021-10")}, []string{"s-2021", "s-2022-01-05", "s-2023"}},
		{"until", graph.EvidenceFilter{Until: graph.MustDate("2021-08")}, []string{"s-2021"}},
		{"period", graph.EvidenceFilter{Since: graph.MustDate("2022"), Until: graph.MustDate("2022")}, []string{"s-2022-01-05"}},
		{"exclude hedged", graph.EvidenceFilter{ExcludeHedged: true}, []string{"s-undated", "s-2021", "s-2021-09", "s-2021-09-b", "s-2023"}},
		{"exclude negated", graph.EvidenceFilter{ExcludeNegated: true}, []string{"s-undated", "s-2021", "s-2021-09", "s-2021-09-b", "s-2022-01-05"}},
		{"limit", graph.EvidenceFilter{Limit: 2}, []string{"s-undated", "s-2021"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es, err := s.Evidence(bg, k, tt.f)
			require.NoError(t, err)
			assert.Equal(t, tt.want, texts(es))
		})
	}
	t.Run("fields", func(t *testing.T) {
		es, err := s.Evidence(bg, k, graph.EvidenceFilter{Since: graph.MustDate("2023")})
		require.NoError(t, err)
		require.Len(t, es, 1)
		e := es[0]
		assert.Equal(t, "a2", e.Article)
		assert.Equal(t, graph.MustDate("2023"), e.Date)
		assert.True(t, e.Negated)
		assert.Equal(t, "negated", e.Status())
		assert.Equal(t, k, graph.RelKey{From: e.From, Type: e.Type, To: e.To})
	})
	t.Run("pages", func(t *testing.T) {
		var all []*graph.Evidence
		f := graph.EvidenceFilter{Limit: 2}
		for range 10 {
			es, err := s.Evidence(bg, k, f)
			require.NoError(t, err)
			if len(es) == 0 {
				break
			}
			all = append(all, es...)
			last := es[len(es)-1]
			f.After = &graph.EvidenceCursor{Date: last.Date, Article: last.Article, Sentence: last.Sentence, K: last.K}
		}
		assert.Equal(t, []string{"s-undated", "s-2021", "s-2021-09", "s-2021-09-b", "s-2022-01-05", "s-2023"}, texts(all))
	})
	t.Run("symmetric from either end", func(t *testing.T) {
		graphtest.Ingest(t, s, claims("a3", "", "", actors(mali, russia), rel("russia", graph.Allied, "mali", ev("allies", ""))))
		for _, k := range []graph.RelKey{{From: "russia", Type: graph.Allied, To: "mali"}, {From: "mali", Type: graph.Allied, To: "russia"}} {
			es, err := s.Evidence(bg, k, graph.EvidenceFilter{})
			require.NoError(t, err)
			require.Len(t, es, 1)
			assert.Equal(t, "mali", es[0].From, "stored with from < to")
		}
	})
	t.Run("unknown relation", func(t *testing.T) {
		es, err := s.Evidence(bg, graph.RelKey{From: "chad", Type: graph.Trains, To: "mali"}, graph.EvidenceFilter{})
		require.NoError(t, err)
		assert.Empty(t, es)
	})
}

func TestNeighbors(t *testing.T) {
	s := fixture(t)
	type nb = string // "type neighbour"
	names := func(ns []graph.Neighbor) []nb {
		out := []nb{}
		for _, n := range ns {
			out = append(out, string(n.Relation.Type)+" "+n.Actor)
		}
		return out
	}
	tests := []struct {
		name string
		id   string
		dir  graph.Direction
		f    graph.RelationFilter
		want []nb
	}{
		{"mali out: symmetric only", "mali", graph.Out, graph.RelationFilter{}, []nb{"allied russia", "opposed fla"}},
		{"mali in", "mali", graph.In, graph.RelationFilter{}, []nb{"allied russia", "leads assimi-goita", "opposed fla", "supplies turkey", "trains russia"}},
		{"mali both", "mali", graph.Both, graph.RelationFilter{}, []nb{"allied russia", "leads assimi-goita", "opposed fla", "supplies turkey", "trains russia"}},
		{"russia out: symmetric from the other end", "russia", graph.Out, graph.RelationFilter{}, []nb{"allied mali", "trains mali"}},
		{"russia in", "russia", graph.In, graph.RelationFilter{}, []nb{"allied mali"}},
		{"fla both", "fla", graph.Both, graph.RelationFilter{}, []nb{"opposed mali"}},
		{"fla with negated", "fla", graph.Both, graph.RelationFilter{IncludeNegated: true}, []nb{"opposed mali", "trains wagner-group"}},
		{"turkey both", "turkey", graph.Both, graph.RelationFilter{}, []nb{"supplies baykar", "supplies mali"}},
		{"mali by type", "mali", graph.Both, graph.RelationFilter{Types: []graph.RelType{graph.Trains, graph.Supplies}}, []nb{"supplies turkey", "trains russia"}},
		{"mali in a period", "mali", graph.Both, graph.RelationFilter{Since: graph.MustDate("2023")}, []nb{"leads assimi-goita", "opposed fla", "trains russia"}},
		{"filter ends ignored", "mali", graph.Out, graph.RelationFilter{Actor: "chad", From: "x", To: "y"}, []nb{"allied russia", "opposed fla"}},
		{"unknown actor", "chad", graph.Both, graph.RelationFilter{}, []nb{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ns, err := s.Neighbors(bg, tt.id, tt.dir, tt.f)
			require.NoError(t, err)
			assert.Equal(t, tt.want, names(ns))
		})
	}
	for _, d := range []graph.Direction{graph.Both, graph.Out, graph.In} {
		got, err := graph.ParseDirection(d.String())
		require.NoError(t, err)
		assert.Equal(t, d, got)
	}
	_, err := graph.ParseDirection("up")
	assert.Error(t, err)
}

func TestShortestPath(t *testing.T) {
	s := fixture(t)
	tests := []struct {
		name   string
		from   string
		to     string
		q      graph.PathQuery
		actors []string
		rels   []string
	}{
		{"two hops", "assimi-goita", "russia", graph.PathQuery{}, []string{"assimi-goita", "mali", "russia"}, []string{R5, R3}},
		{"directed forwards", "assimi-goita", "russia", graph.PathQuery{Directed: true}, []string{"assimi-goita", "mali", "russia"}, []string{R5, R3}},
		{"by type", "assimi-goita", "russia", graph.PathQuery{Filter: graph.RelationFilter{Types: []graph.RelType{graph.Leads, graph.Trains}}},
			[]string{"assimi-goita", "mali", "russia"}, []string{R5, R1}},
		{"three hops", "baykar", "fla", graph.PathQuery{MaxHops: 3}, []string{"baykar", "turkey", "mali", "fla"}, []string{R6, R2, R4}},
		{"backwards", "fla", "baykar", graph.PathQuery{}, []string{"fla", "mali", "turkey", "baykar"}, []string{R4, R2, R6}},
		{"one hop", "mali", "russia", graph.PathQuery{MaxHops: 1}, []string{"mali", "russia"}, []string{R3}},
		{"to itself", "mali", "mali", graph.PathQuery{}, []string{"mali"}, []string{}},
		{"through negated when asked", "wagner-group", "mali", graph.PathQuery{Filter: graph.RelationFilter{IncludeNegated: true}},
			[]string{"wagner-group", "fla", "mali"}, []string{R7, R4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := s.ShortestPath(bg, tt.from, tt.to, tt.q)
			require.NoError(t, err)
			assert.Equal(t, tt.actors, p.Actors)
			assert.Equal(t, tt.rels, relNames(p.Relations))
		})
	}
	notFound := []struct {
		name     string
		from, to string
		q        graph.PathQuery
	}{
		{"too far", "baykar", "fla", graph.PathQuery{MaxHops: 2}},
		{"directed against the arrows", "russia", "assimi-goita", graph.PathQuery{Directed: true}},
		{"directed, types", "assimi-goita", "russia", graph.PathQuery{Directed: true, Filter: graph.RelationFilter{Types: []graph.RelType{graph.Leads, graph.Trains}}}},
		{"negated is no path", "wagner-group", "mali", graph.PathQuery{}},
		{"period", "baykar", "fla", graph.PathQuery{Filter: graph.RelationFilter{Since: graph.MustDate("2023")}}},
		{"unknown from", "chad", "mali", graph.PathQuery{}},
		{"unknown to", "mali", "chad", graph.PathQuery{}},
	}
	for _, tt := range notFound {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.ShortestPath(bg, tt.from, tt.to, tt.q)
			assert.ErrorIs(t, err, graph.ErrNotFound)
		})
	}
}

func TestSubgraph(t *testing.T) {
	s := fixture(t)
	ids := func(g *graph.Subgraph) []string {
		out := []string{}
		for _, a := range g.Actors {
			out = append(out, a.ID)
		}
		return out
	}
	tests := []struct {
		name   string
		center string
		depth  int
		f      graph.RelationFilter
		actors []string
		rels   []string
	}{
		{"depth 0", "mali", 0, graph.RelationFilter{}, []string{"mali"}, []string{}},
		{"depth 1", "mali", 1, graph.RelationFilter{}, []string{"assimi-goita", "fla", "mali", "russia", "turkey"}, []string{R5, R4, R3, R1, R2}},
		{"depth 2", "mali", 2, graph.RelationFilter{}, []string{"assimi-goita", "baykar", "fla", "mali", "russia", "turkey"}, []string{R5, R6, R4, R3, R1, R2}},
		{"depth 2 with negated", "mali", 2, graph.RelationFilter{IncludeNegated: true},
			[]string{"assimi-goita", "baykar", "fla", "mali", "russia", "turkey", "wagner-group"}, []string{R5, R6, R4, R3, R1, R2, R7}},
		{"depth 1 by type", "turkey", 1, graph.RelationFilter{Types: []graph.RelType{graph.Supplies}}, []string{"baykar", "mali", "turkey"}, []string{R6, R2}},
		{"depth 2 in a period", "russia", 2, graph.RelationFilter{Until: graph.MustDate("2021")}, []string{"mali", "russia"}, []string{R3, R1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := s.Subgraph(bg, tt.center, tt.depth, tt.f)
			require.NoError(t, err)
			assert.Equal(t, tt.actors, ids(g))
			assert.Equal(t, tt.rels, relNames(g.Relations))
		})
	}
	_, err := s.Subgraph(bg, "chad", 1, graph.RelationFilter{})
	assert.ErrorIs(t, err, graph.ErrNotFound)
	err = s.View(bg, func(tx *graph.Tx) error {
		set, err := tx.Ego(bg, "fla", 1, graph.RelationFilter{})
		assert.Equal(t, map[string]bool{"fla": true, "mali": true}, set)
		return err
	})
	require.NoError(t, err)
}

func TestStats(t *testing.T) {
	s := graphtest.NewStore(t)
	st, err := s.Stats(bg)
	require.NoError(t, err)
	assert.Equal(t, &graph.Stats{ActorsByKind: map[graph.Kind]int{}, RelationsByType: map[graph.RelType]int{}}, st, "empty store")

	s = fixture(t)
	require.NoError(t, s.Retract(bg, "a3"))
	st, err = s.Stats(bg)
	require.NoError(t, err)
	assert.Equal(t, &graph.Stats{
		Actors:          5, // mali russia assimi-goita fla wagner-group
		ActorsByKind:    map[graph.Kind]int{graph.KindState: 2, graph.KindPerson: 1, graph.KindArmedGroup: 2},
		Relations:       4,
		RelationsByType: map[graph.RelType]int{graph.Trains: 1, graph.Allied: 1, graph.Leads: 1, graph.Opposed: 1},
		NegatedOnly:     1,
		Evidence:        6,
		Articles:        3,
		Retracted:       1,
	}, st)
}

// -------------------------------------------------------------- retraction

func TestRetract(t *testing.T) {
	s := graphtest.NewStore(t)
	n := niger
	n.Aliases = []string{"République du Niger"}
	graphtest.Ingest(t, s, claims("a1", "2021", "o1", actors(mali, russia),
		rel("russia", graph.Trains, "mali", ev("s", ""))))
	graphtest.Ingest(t, s, claims("a2", "2023-06", "o2", actors(mali, russia, turkey, n),
		rel("russia", graph.Trains, "mali", ev("s", "")),
		rel("turkey", graph.Supplies, "mali", ev("s2", "")),
		rel("niger", graph.Allied, "mali", ev("s3", ""))))
	r, err := s.Relation(bg, "russia", graph.Trains, "mali")
	require.NoError(t, err)
	assert.Equal(t, graph.MustDate("2023-06"), r.LastSeen)

	require.NoError(t, s.Retract(bg, "a2"))

	r, err = s.Relation(bg, "russia", graph.Trains, "mali")
	require.NoError(t, err)
	assert.Equal(t, 1, r.Asserted)
	assert.Equal(t, 1, r.Weight)
	assert.Equal(t, 1, r.Outlets)
	assert.Equal(t, graph.MustDate("2021"), r.FirstSeen)
	assert.Equal(t, graph.MustDate("2021"), r.LastSeen, "recomputed")
	es, err := s.Evidence(bg, r.Key(), graph.EvidenceFilter{})
	require.NoError(t, err)
	require.Len(t, es, 1)
	assert.Equal(t, "a1", es[0].Article)

	_, err = s.Relation(bg, "turkey", graph.Supplies, "mali")
	assert.ErrorIs(t, err, graph.ErrNotFound, "a relation left with nothing goes")
	_, err = s.Relation(bg, "mali", graph.Allied, "niger")
	assert.ErrorIs(t, err, graph.ErrNotFound)

	m, err := s.Actor(bg, "mali")
	require.NoError(t, err)
	assert.Equal(t, 1, m.Articles)
	assert.Equal(t, graph.MustDate("2021"), m.LastSeen, "recomputed")
	for _, id := range []string{"niger", "turkey"} {
		_, err = s.Actor(bg, id)
		assert.ErrorIs(t, err, graph.ErrNotFound, "an actor left with no article goes")
	}
	as, err := s.FindActors(bg, "République du Niger")
	require.NoError(t, err)
	assert.Empty(t, as, "its aliases go")
	p, err := s.Actors(bg, graph.ActorQuery{Kind: graph.KindState})
	require.NoError(t, err)
	assert.Equal(t, 2, p.Total, "and its kind entry")
	for _, prefix := range []string{"a/", "k/", "n/", "x/"} {
		for _, k := range keysWithPrefix(t, s, prefix) {
			assert.NotContains(t, k, "niger", "key %s", k)
			assert.NotContains(t, k, "turkey", "key %s", k)
		}
	}
	assert.Empty(t, keysWithPrefix(t, s, "o/turkey"))
	assert.Empty(t, keysWithPrefix(t, s, "i/mali\x00supplies"))
	a, err := s.Article(bg, "a2")
	require.NoError(t, err)
	assert.True(t, a.Retracted)
	assert.Equal(t, 0, a.Evidence)
	graphtest.RequireConsistent(t, s)

	assert.NoError(t, s.Retract(bg, "a2"), "retracting twice is a no-op")
	err = s.Retract(bg, "a9")
	assert.ErrorIs(t, err, graph.ErrNotFound)
	assert.Contains(t, err.Error(), "a9")

	res := graphtest.Ingest(t, s, claims("a2", "2023-06", "o2", actors(mali, russia), rel("russia", graph.Trains, "mali", ev("s", ""))))
	assert.Equal(t, graph.StatusRetracted, res.Status)
	_, err = s.Actor(bg, "niger")
	assert.ErrorIs(t, err, graph.ErrNotFound)

	// Retracting everything leaves only tombstones and counters.
	require.NoError(t, s.Retract(bg, "a1"))
	graphtest.RequireConsistent(t, s)
	for _, prefix := range []string{"n/", "a/", "k/", "v/", "e/", "o/", "i/", "x/"} {
		assert.Empty(t, keysWithPrefix(t, s, prefix), prefix)
	}
	st, err := s.Stats(bg)
	require.NoError(t, err)
	assert.Equal(t, &graph.Stats{ActorsByKind: map[graph.Kind]int{}, RelationsByType: map[graph.RelType]int{}, Retracted: 2}, st)
}

// ------------------------------------------------------------- concurrency

// TestConcurrentIngestAndRead ingests from many goroutines at once (group
// commit) while others read; run it with -race.
func TestConcurrentIngestAndRead(t *testing.T) {
	const seed, n = 5, 120
	g := newCorpusGen(seed, 30, 3)
	corpus := g.corpus(seed, n, 5)
	s := graphtest.NewStore(t, true)
	var batches atomic.Int64
	graph.SetBatchHook(s, func([]graph.KV) { batches.Add(1) })

	stop := make(chan struct{})
	var readers sync.WaitGroup
	var reads atomic.Int64
	for i := range 4 {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				var err error
				switch i {
				case 0:
					_, err = s.Relations(bg, graph.RelationFilter{Since: graph.MustDate("2021")})
				case 1:
					_, err = s.Neighbors(bg, "armed-group-1", graph.Both, graph.RelationFilter{})
				case 2:
					_, err = s.FindActors(bg, "Alias Ï1")
					if err == nil {
						_, err = s.Actors(bg, graph.ActorQuery{Search: "sahel", Limit: 5})
					}
				case 3:
					var st *graph.Stats
					st, err = s.Stats(bg)
					if err == nil && st.Articles > n {
						err = errors.New("too many articles")
					}
				}
				if err != nil {
					t.Error(err)
					return
				}
				reads.Add(1)
			}
		}()
	}
	var writers sync.WaitGroup
	for w := range 16 {
		writers.Add(1)
		go func() {
			defer writers.Done()
			for i := w; i < n; i += 16 {
				if _, err := s.Ingest(bg, cloneClaims(t, corpus[i])); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	writers.Wait()
	close(stop)
	readers.Wait()
	t.Logf("%d articles in %d batches, %d reads", n, batches.Load(), reads.Load())

	graphtest.RequireConsistent(t, s)
	st, err := s.Stats(bg)
	require.NoError(t, err)
	assert.Equal(t, n, st.Articles)
	want := graphtest.NewStore(t)
	for _, c := range corpus {
		graphtest.Ingest(t, want, cloneClaims(t, c))
	}
	assert.Equal(t, string(canonicalDump(t, want)), string(canonicalDump(t, s)))
}

// noise returns n bytes of letters drawn from a generator seeded with
// seed: text the store's compression cannot shrink much.
func noise(seed, n int) string {
	r := rand.New(rand.NewSource(int64(seed)))
	b := make([]byte, n)
	for i := range b {
		b[i] = 'a' + byte(r.Intn(26))
	}
	return string(b)
}

// TestGroupCommitSplits shrinks Badger's transaction limit so that one
// group of articles overflows it: every article is still committed, and an
// article too big for any transaction fails alone.
func TestGroupCommitSplits(t *testing.T) {
	small := func(o badger.Options) badger.Options {
		// Transactions of at most ~150 KiB or ~1,900 writes; texts below
		// 64 KiB are counted in full.
		return o.WithMemTableSize(1 << 20).WithValueThreshold(64 << 10)
	}
	s, err := graph.Open(t.TempDir(), &graph.Options{Badger: small})
	require.NoError(t, err)
	defer s.Close()
	var batches []int
	graph.SetBatchHook(s, func(kv []graph.KV) { batches = append(batches, len(kv)) })

	g := newCorpusGen(3, 20, 2)
	var ops []graph.BatchOp
	for i := range 60 {
		c := g.article(3, i, 4)
		c.Article.Text += " " + noise(i, 3300) // ~3 KiB each that compression cannot shrink, ~200 KiB in all
		ops = append(ops, graph.BatchOp{Claims: c})
	}
	// An article below MaxArticleBytes whose writes exceed any transaction:
	// 1,500 evidence records, two keys each.
	big := claims("too-big", "2024", "", actors(mali, russia), rel("russia", graph.Trains, "mali"))
	for i := range 1500 {
		big.Relations[0].Evidence = append(big.Relations[0].Evidence, ev(fmt.Sprintf("Sentence %d.", i), ""))
	}
	ops = append(ops[:30], append([]graph.BatchOp{{Claims: big}}, ops[30:]...)...)

	res := graph.RunBatch(s, ops)
	for i, r := range res {
		if ops[i].Claims == big {
			require.Error(t, r.Err)
			assert.ErrorIs(t, r.Err, graph.ErrTooLarge)
			assert.Contains(t, r.Err.Error(), "too-big")
			continue
		}
		require.NoError(t, r.Err, i)
		assert.Equal(t, graph.StatusNew, r.Result.Status)
	}
	assert.Greater(t, len(batches), 3, "the group was split: %v", batches)
	st, err := s.Stats(bg)
	require.NoError(t, err)
	assert.Equal(t, 60, st.Articles)
	_, err = s.Article(bg, "too-big")
	assert.ErrorIs(t, err, graph.ErrNotFound)
	graphtest.RequireConsistent(t, s)
}

// TestIngestCanceled checks that a canceled context stops a write before it
// is queued.
func TestIngestCanceled(t *testing.T) {
	s := graphtest.NewStore(t)
	ctx, cancel := context.WithCancel(bg)
	cancel()
	_, err := s.Ingest(ctx, claims("a1", "", "", actors(mali)))
	assert.ErrorIs(t, err, context.Canceled)
	_, err = s.Article(bg, "a1")
	assert.ErrorIs(t, err, graph.ErrNotFound)
}

// TestIngestSentenceIndexes checks the numbering of sentences: explicit
// indexes are kept, the others numbered in order of appearance around
// them, and two different sentences never share an index.
func TestIngestSentenceIndexes(t *testing.T) {
	zero, five := 0, 5
	s := graphtest.NewStore(t)
	c := claims("a1", "2024", "", actors(mali, russia, turkey),
		rel("russia", graph.Trains, "mali",
			ev("Auto-numbered sentence.", ""),
			graph.ClaimEvidence{Sentence: "A sentence the extractor numbered 0.", SentenceIndex: &zero}),
		rel("turkey", graph.Supplies, "mali",
			ev("Auto-numbered sentence.", ""), // the same sentence as above: one index
			graph.ClaimEvidence{Sentence: "Sentence five.", SentenceIndex: &five},
			ev("Another auto-numbered sentence.", "")))
	res := graphtest.Ingest(t, s, c)
	assert.Equal(t, 5, res.Evidence, "no evidence lost")
	bySentence := map[string]int{}
	for _, k := range []graph.RelKey{{From: "russia", Type: graph.Trains, To: "mali"}, {From: "turkey", Type: graph.Supplies, To: "mali"}} {
		es, err := s.Evidence(bg, k, graph.EvidenceFilter{})
		require.NoError(t, err)
		for _, e := range es {
			if i, ok := bySentence[e.Text]; ok {
				assert.Equal(t, i, e.Sentence, "one sentence, one index")
			}
			bySentence[e.Text] = e.Sentence
		}
	}
	assert.Equal(t, 0, bySentence["A sentence the extractor numbered 0."])
	assert.Equal(t, 5, bySentence["Sentence five."])
	seen := map[int]string{}
	for text, i := range bySentence {
		if other, dup := seen[i]; dup {
			t.Errorf("sentences %q and %q share index %d", text, other, i)
		}
		seen[i] = text
	}
	graphtest.RequireConsistent(t, s)
}

func TestClosedStore(t *testing.T) {
	s, err := graph.Open("", &graph.Options{InMemory: true})
	require.NoError(t, err)
	graphtest.Ingest(t, s, claims("a1", "2024", "", actors(mali, russia), rel("russia", graph.Trains, "mali", ev("s", ""))))
	require.NoError(t, s.Close())
	_, err = s.Ingest(bg, claims("a2", "", "", actors(mali)))
	assert.ErrorIs(t, err, graph.ErrClosed)
	_, err = s.Actor(bg, "mali")
	assert.ErrorIs(t, err, graph.ErrClosed)
	_, err = s.Relations(bg, graph.RelationFilter{})
	assert.ErrorIs(t, err, graph.ErrClosed)
	_, err = s.Check(bg)
	assert.ErrorIs(t, err, graph.ErrClosed)
}

// TestCloseWhileWriting closes the store while writes are in flight: each
// write is either committed or refused with ErrClosed, none is lost
// half-way, and nothing hangs.
func TestCloseWhileWriting(t *testing.T) {
	dir := t.TempDir()
	s, err := graph.Open(dir, nil)
	require.NoError(t, err)
	g := newCorpusGen(9, 20, 2)
	corpus := g.corpus(9, 80, 3)
	var committed sync.Map
	var wg sync.WaitGroup
	for i, c := range corpus {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := s.Ingest(bg, c)
			switch {
			case err == nil:
				committed.Store(res.Article, true)
			case !errors.Is(err, graph.ErrClosed):
				t.Errorf("article %d: %v", i, err)
			}
		}()
	}
	require.NoError(t, s.Close())
	wg.Wait()

	s, err = graph.Open(dir, nil)
	require.NoError(t, err)
	defer s.Close()
	graphtest.RequireConsistent(t, s)
	n := 0
	committed.Range(func(id, _ any) bool {
		n++
		_, err := s.Article(bg, id.(string))
		assert.NoError(t, err, "committed article %s lost", id)
		return true
	})
	st, err := s.Stats(bg)
	require.NoError(t, err)
	assert.Equal(t, n, st.Articles)
}

// TestSeenDatesIgnoreDenials: first/last seen bound the dates of what was
// asserted or reported; a later denial does not make a relation "seen",
// and a relation that was only denied shows when it was denied. Both
// bounds follow when articles go.
func TestSeenDatesIgnoreDenials(t *testing.T) {
	s := graphtest.NewStore(t)
	graphtest.Ingest(t, s, claims("a1", "2021-09", "o1", actors(mali, russia),
		rel("russia", graph.Supplies, "mali", ev("delivered", ""))))
	graphtest.Ingest(t, s, claims("a2", "2024-03", "o2", actors(mali, russia),
		rel("russia", graph.Supplies, "mali", ev("denied", "", negated))))
	graphtest.Ingest(t, s, claims("a3", "2023-01", "o2", actors(mali, russia),
		rel("russia", graph.Supplies, "mali", ev("denied", "", negated))))
	r, err := s.Relation(bg, "russia", graph.Supplies, "mali")
	require.NoError(t, err)
	assert.Equal(t, "2021-09", r.FirstSeen.String())
	assert.Equal(t, "2021-09", r.LastSeen.String())

	require.NoError(t, s.Retract(bg, "a1"))
	r, err = s.Relation(bg, "russia", graph.Supplies, "mali")
	require.NoError(t, err)
	assert.False(t, r.Edge())
	assert.Equal(t, "2023-01", r.FirstSeen.String(), "only denied: the dates of the denials")
	assert.Equal(t, "2024-03", r.LastSeen.String())
	require.NoError(t, s.Retract(bg, "a2"))
	r, err = s.Relation(bg, "russia", graph.Supplies, "mali")
	require.NoError(t, err)
	assert.Equal(t, "2023-01", r.LastSeen.String(), "the denial bound is found again")
	graphtest.RequireConsistent(t, s)
}

// TestOpenOlderLayout opens a database of the previous layout: a plain
// open refuses it and says how to convert it; a read-only open for
// rebuild reads its articles, stored claims and decision log, enough to
// rebuild it into the current layout.
func TestOpenOlderLayout(t *testing.T) {
	dir := t.TempDir()
	graphtest.OlderLayoutDB(t, dir)
	for _, opts := range []*graph.Options{nil, {ReadOnly: true}, {OlderLayout: true}} {
		_, err := graph.Open(dir, opts)
		require.Error(t, err)
		assert.ErrorIs(t, err, graph.ErrVersion)
		assert.Contains(t, err.Error(), "layout version 2")
		assert.Contains(t, err.Error(), "actorgraph rebuild --db "+dir)
	}
	old, err := graph.Open(dir, &graph.Options{ReadOnly: true, OlderLayout: true})
	require.NoError(t, err)
	defer old.Close()
	var ids []string
	var claims []*graph.Claims
	require.NoError(t, old.View(bg, func(tx *graph.Tx) error {
		return tx.EachArticle(bg, func(a *graph.Article) error {
			ids = append(ids, fmt.Sprintf("%s retracted=%v", a.ID, a.Retracted))
			c, err := tx.StoredClaims(bg, a.ID)
			claims = append(claims, c)
			return err
		})
	}))
	assert.ElementsMatch(t, []string{"a1 retracted=false", "a2 retracted=true"}, ids)
	var log bytes.Buffer
	require.NoError(t, old.ExportLog(bg, &log))
	assert.Contains(t, log.String(), `"op":"retract","article":"a2"`)

	fresh := graphtest.NewStore(t)
	_, err = fresh.ImportLog(bg, &log)
	require.NoError(t, err)
	for _, c := range claims {
		graphtest.Ingest(t, fresh, c)
	}
	r, err := fresh.Relation(bg, "russia", graph.Trains, "mali")
	require.NoError(t, err)
	assert.Equal(t, 1, r.Hedged)
	assert.Equal(t, graph.MustDate("2021-10"), r.FirstSeen)
	_, err = fresh.Relation(bg, "turkey", graph.Supplies, "mali")
	assert.ErrorIs(t, err, graph.ErrNotFound, "a2 stays retracted")
	graphtest.RequireConsistent(t, fresh)
}

// TestBadgerOptions checks the Badger options the store opens with: texts
// go to the value log on disk (an in-memory Badger has none, so there
// every value stays in the tree), read-only stores keep a small block
// cache, and Options.Badger has the last word.
func TestBadgerOptions(t *testing.T) {
	tests := []struct {
		name      string
		opts      *graph.Options
		threshold int64
		cache     int64
	}{
		{"on disk", nil, 2 << 10, 64 << 20},
		{"in memory", &graph.Options{InMemory: true}, badger.DefaultOptions("").ValueThreshold, 64 << 20},
		{"read-only", &graph.Options{ReadOnly: true}, 2 << 10, graph.ReadOnlyBlockCacheSize},
		{"adjusted", &graph.Options{Badger: func(o badger.Options) badger.Options { return o.WithValueThreshold(1 << 10) }}, 1 << 10, 64 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := graph.BadgerOptions("/some/dir", tt.opts)
			assert.Equal(t, tt.threshold, o.ValueThreshold)
			assert.Equal(t, tt.cache, o.BlockCacheSize)
			assert.Equal(t, 1, o.NumMemtables)
		})
	}
}
