package graph_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
	"github.com/actorgraph/actorgraph/graph/internal/keys"
)

// editJSON rewrites the record at k with fn, which edits its JSON form.
func editJSON(txn *badger.Txn, k []byte, fn func(map[string]any)) error {
	item, err := txn.Get(k)
	if err != nil {
		return err
	}
	stored, err := item.ValueCopy(nil)
	if err != nil {
		return err
	}
	js, err := graph.RecordJSON(k, stored)
	if err != nil {
		return err
	}
	var v map[string]any
	if err := json.Unmarshal(js, &v); err != nil {
		return err
	}
	fn(v)
	if js, err = json.Marshal(v); err != nil {
		return err
	}
	b, err := graph.RecordFromJSON(k, js)
	if err != nil {
		return err
	}
	return txn.Set(k, b)
}

// setJSON writes the record of the JSON form js at k.
func setJSON(txn *badger.Txn, k []byte, js string) error {
	b, err := graph.RecordFromJSON(k, []byte(js))
	if err != nil {
		return err
	}
	return txn.Set(k, b)
}

// firstKey returns the first key with the prefix.
func firstKey(txn *badger.Txn, prefix []byte) []byte {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	it.Seek(prefix)
	if !it.ValidForPrefix(prefix) {
		return nil
	}
	return it.Item().KeyCopy(nil)
}

// TestCheckDetectsCorruption builds a store on disk, corrupts one derived
// (or primary) record with raw Badger, and checks that Check reports a
// difference naming the key.
func TestCheckDetectsCorruption(t *testing.T) {
	a1 := keys.ArtOf("a1")
	tests := []struct {
		name    string
		corrupt func(txn *badger.Txn) ([]byte, error) // returns the key Check must name
		problem string                                // in the difference
	}{
		{"delete a relation aggregate", func(txn *badger.Txn) ([]byte, error) {
			k := keys.OutKey("russia", "trains", "mali")
			return k, txn.Delete(k)
		}, "no aggregate"},
		{"change a count inside an aggregate", func(txn *badger.Txn) ([]byte, error) {
			k := keys.OutKey("russia", "trains", "mali")
			return k, editJSON(txn, k, func(v map[string]any) { v["asserted"] = v["asserted"].(float64) + 1 })
		}, "recomputed"},
		{"change the dates of an aggregate", func(txn *badger.Txn) ([]byte, error) {
			k := keys.OutKey("russia", "trains", "mali")
			return k, editJSON(txn, k, func(v map[string]any) { v["last"] = "2030" })
		}, "recomputed"},
		{"delete an in-neighbour key", func(txn *badger.Txn) ([]byte, error) {
			return keys.OutKey("russia", "trains", "mali"), txn.Delete(keys.InKey("mali", "trains", "russia"))
		}, "in-neighbour index"},
		{"change the summary on an in-neighbour key", func(txn *badger.Txn) ([]byte, error) {
			k := keys.InKey("mali", "trains", "russia")
			v, err := graph.RecordFromJSON(keys.OutKey("russia", "trains", "mali"), []byte(`{"asserted":9,"articles":1}`))
			if err != nil {
				return nil, err
			}
			return k, txn.Set(k, v)
		}, "in-neighbour summary"},
		{"add a stray in-neighbour key", func(txn *badger.Txn) ([]byte, error) {
			k := keys.InKey("mali", "leads", "russia")
			return k, txn.Set(k, nil)
		}, "without relation"},
		{"add a stray aggregate", func(txn *badger.Txn) ([]byte, error) {
			k := keys.OutKey("mali", "trains", "russia")
			return k, setJSON(txn, k, `{"asserted":1,"articles":1}`)
		}, "without evidence"},
		{"delete an alias key", func(txn *badger.Txn) ([]byte, error) {
			k := keys.AliasKey(graph.Fold("Goïta"), "assimi-goita")
			return k, txn.Delete(k)
		}, "alias index entry missing"},
		{"add a stray alias key", func(txn *badger.Txn) ([]byte, error) {
			k := keys.AliasKey("moscou", "mali")
			return k, txn.Set(k, nil)
		}, "no alias of the actor"},
		{"add a stray kind key", func(txn *badger.Txn) ([]byte, error) {
			k := keys.KindKey("company", "mali")
			return k, txn.Set(k, nil)
		}, "does not match the actor's kind"},
		{"delete a kind key", func(txn *badger.Txn) ([]byte, error) {
			k := keys.KindKey("state", "mali")
			return k, txn.Delete(k)
		}, "kind index entry missing"},
		{"delete an evidence index key", func(txn *badger.Txn) ([]byte, error) {
			k := firstKey(txn, keys.RelPrefix("russia", "trains", "mali"))
			return k, txn.Delete(k)
		}, "no index entry"},
		{"flip the hedged flag in an index value", func(txn *badger.Txn) ([]byte, error) {
			k := firstKey(txn, keys.RelPrefix("russia", "trains", "mali"))
			item, err := txn.Get(k)
			if err != nil {
				return nil, err
			}
			v, err := item.ValueCopy(nil)
			if err != nil {
				return nil, err
			}
			v[0] ^= 1
			return k, txn.Set(k, v)
		}, "evidence index value"},
		{"add a stray evidence index key", func(txn *badger.Txn) ([]byte, error) {
			k := keys.EvIndexKey("russia", "trains", "mali", "20200000", keys.ArtOf("nope"), 0, 0)
			return k, txn.Set(k, []byte{0, 3, 32})
		}, "without evidence record"},
		{"alter the counters", func(txn *badger.Txn) ([]byte, error) {
			return keys.Stats, editJSON(txn, keys.Stats, func(v map[string]any) { v["articles"] = v["articles"].(float64) + 1 })
		}, "counters"},
		{"delete the counters", func(txn *badger.Txn) ([]byte, error) {
			return keys.Stats, txn.Delete(keys.Stats)
		}, "counters"},
		{"delete an actor record", func(txn *badger.Txn) ([]byte, error) {
			k := keys.ActorKey("mali")
			return k, txn.Delete(k)
		}, "no record"},
		{"change an actor record", func(txn *badger.Txn) ([]byte, error) {
			k := keys.ActorKey("mali")
			return k, editJSON(txn, k, func(v map[string]any) { v["mentions"] = 99.0 })
		}, "recomputed"},
		{"add a stray actor", func(txn *badger.Txn) ([]byte, error) {
			k := keys.ActorKey("chad")
			return k, setJSON(txn, k, `{"id":"chad","names":{"Tchad":1},"kinds":{"state":1},"articles":1}`)
		}, "without mentions"},
		{"delete a mention", func(txn *badger.Txn) ([]byte, error) {
			k := keys.MentionKey("russia", graph.MustDate("2021-09").Key(), a1)
			return k, txn.Delete(k)
		}, "mention record is missing"},
		{"add a stray mention", func(txn *badger.Txn) ([]byte, error) {
			k := keys.MentionKey("russia", "20200000", keys.ArtOf("nope"))
			return k, setJSON(txn, k, `{"name":"Russie","kind":"state","source":"extracted","mentions":1}`)
		}, "without a live article"},
		{"delete an article's text", func(txn *badger.Txn) ([]byte, error) {
			k := keys.TextKey(a1)
			return keys.ArticleKey(a1), txn.Delete(k)
		}, "no text record"},
		{"change an evidence record's date", func(txn *badger.Txn) ([]byte, error) {
			k := firstKey(txn, keys.EvidencePrefix(a1))
			if err := editJSON(txn, k, func(v map[string]any) { v["date"] = "2030" }); err != nil {
				return nil, err
			}
			ev := firstKey(txn, keys.RelPrefix("russia", "trains", "mali"))
			return ev, nil
		}, ""},
		{"add a stray evidence record", func(txn *badger.Txn) ([]byte, error) {
			k := keys.EvidenceKey(keys.ArtOf("nope"), 0, 0)
			return k, setJSON(txn, k, `{"article":"nope","from":"russia","type":"trains","to":"mali"}`)
		}, "no live article"},
		{"add a stray text record", func(txn *badger.Txn) ([]byte, error) {
			k := keys.TextKey(keys.ArtOf("nope"))
			return k, setJSON(txn, k, `{"text":"x"}`)
		}, "no article"},
		{"add a malformed key", func(txn *badger.Txn) ([]byte, error) {
			k := []byte("n/Not An Id")
			return k, txn.Set(k, nil)
		}, "malformed key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := graph.Open(dir, nil)
			require.NoError(t, err)
			graphtest.Ingest(t, s, claims("a1", "2021-09", "o1", actors(mali, russia, goita),
				rel("russia", graph.Trains, "mali", ev("s1", ""), ev("s2", "2021-10", hedged)),
				rel("Assimi Goïta", graph.Leads, "mali", ev("s3", ""))))
			graphtest.Ingest(t, s, claims("a2", "2023", "o2", actors(mali, russia),
				rel("russia", graph.Trains, "mali", ev("s1", ""))))
			graphtest.RequireConsistent(t, s)
			require.NoError(t, s.Close())

			var key []byte
			rawBadger(t, dir, func(txn *badger.Txn) error {
				var err error
				key, err = tt.corrupt(txn)
				return err
			})
			require.NotNil(t, key)

			s, err = graph.Open(dir, nil)
			require.NoError(t, err)
			defer s.Close()
			rep, err := s.Check(bg)
			require.NoError(t, err)
			require.False(t, rep.OK(), "corruption not detected")
			assert.Equal(t, rep.Total, len(rep.Differences))
			want := graph.PrintableKey(key)
			found := false
			for _, d := range rep.Differences {
				if d.Key == want && strings.Contains(d.Problem, tt.problem) {
					found = true
				}
			}
			assert.True(t, found, "no difference names %s (%q); got %v", want, tt.problem, rep.Differences)
		})
	}
}

func TestCheckReport(t *testing.T) {
	s := graphtest.NewStore(t)
	rep, err := s.Check(bg)
	require.NoError(t, err)
	assert.True(t, rep.OK(), "an empty store is consistent")
	assert.Equal(t, 1, rep.Keys, "the version key")

	graphtest.Ingest(t, s, claims("a1", "2024", "", actors(mali, russia), rel("russia", graph.Trains, "mali", ev("s1", ""), ev("s2", ""))))
	require.NoError(t, s.Retract(bg, "a1"))
	graphtest.Ingest(t, s, claims("a2", "2024", "", actors(mali, russia), rel("russia", graph.Trains, "mali", ev("s1", ""), ev("s2", ""))))
	rep, err = s.Check(bg)
	require.NoError(t, err)
	assert.True(t, rep.OK(), "%v", rep.Differences)
	assert.Equal(t, 2, rep.Articles)
	assert.Equal(t, 2, rep.Evidence)
	assert.Equal(t, 1, rep.Relations)
	assert.Equal(t, 2, rep.Actors)
	assert.Equal(t, "o/x: y", graph.Difference{Key: "o/x", Problem: "y"}.String())
	assert.True(t, bytes.HasPrefix([]byte(graph.PrintableKey(keys.OutKey("a", "b", "c"))), []byte("o/a|b|c")))
}

// TestBatchIsolatesFailures groups an article whose stored data is corrupt
// (its update cannot be applied) with healthy ones in one transaction: only
// the broken one fails.
func TestBatchIsolatesFailures(t *testing.T) {
	dir := t.TempDir()
	s, err := graph.Open(dir, nil)
	require.NoError(t, err)
	graphtest.Ingest(t, s, claims("a1", "2021-09", "o1", actors(mali, russia), rel("russia", graph.Trains, "mali", ev("s1", ""))))
	require.NoError(t, s.Close())
	rawBadger(t, dir, func(txn *badger.Txn) error {
		return txn.Delete(keys.MentionKey("russia", graph.MustDate("2021-09").Key(), keys.ArtOf("a1")))
	})
	s, err = graph.Open(dir, nil)
	require.NoError(t, err)
	defer s.Close()

	update := claims("a1", "2021-09", "o1", actors(mali, russia), rel("russia", graph.Allied, "mali", ev("s9", "")))
	res := graph.RunBatch(s, []graph.BatchOp{
		{Claims: claims("b1", "2024", "", actors(mali, turkey), rel("turkey", graph.Supplies, "mali", ev("s", "")))},
		{Claims: update},
		{Claims: claims("b2", "2024", "", actors(mali, niger), rel("niger", graph.Allied, "mali", ev("s", "")))},
	})
	assert.NoError(t, res[0].Err)
	assert.Error(t, res[1].Err)
	assert.Contains(t, res[1].Err.Error(), "mention of russia missing")
	assert.NoError(t, res[2].Err)
	for _, id := range []string{"b1", "b2"} {
		_, err := s.Article(bg, id)
		assert.NoError(t, err, id)
	}
}

// TestWriterCacheAfterFailedBatch fails a batch after it changed records
// the writer keeps decoded across batches (a relation and two actors an
// earlier batch cached): the retry must start from what is committed, not
// from the failed batch's changes.
func TestWriterCacheAfterFailedBatch(t *testing.T) {
	dir := t.TempDir()
	s, err := graph.Open(dir, nil)
	require.NoError(t, err)
	graphtest.Ingest(t, s, claims("a1", "2021-09", "o1", actors(mali, russia), rel("russia", graph.Trains, "mali", ev("s1", ""))))
	require.NoError(t, s.Close())
	rawBadger(t, dir, func(txn *badger.Txn) error {
		return txn.Delete(keys.MentionKey("russia", graph.MustDate("2021-09").Key(), keys.ArtOf("a1")))
	})
	s, err = graph.Open(dir, nil)
	require.NoError(t, err)
	defer s.Close()
	// Cache the relation and the actors.
	graphtest.Ingest(t, s, claims("c0", "2022", "o2", actors(mali, russia), rel("russia", graph.Trains, "mali", ev("s1", ""))))

	res := graph.RunBatch(s, []graph.BatchOp{
		{Claims: claims("b1", "2024", "o3", actors(mali, russia), rel("russia", graph.Trains, "mali", ev("s", "")))},
		{Claims: claims("a1", "2021-09", "o1", actors(mali, russia), rel("russia", graph.Allied, "mali", ev("s9", "")))},
	})
	assert.NoError(t, res[0].Err)
	assert.Error(t, res[1].Err)
	r, err := s.Relation(bg, "russia", graph.Trains, "mali")
	require.NoError(t, err)
	assert.Equal(t, 3, r.Articles, "a1, c0 and b1, each once")
	a, err := s.Actor(bg, "russia")
	require.NoError(t, err)
	assert.Equal(t, 3, a.Articles)
	graphtest.Ingest(t, s, claims("b2", "2024", "o3", actors(mali, russia), rel("russia", graph.Trains, "mali", ev("s", ""))))
	r, err = s.Relation(bg, "russia", graph.Trains, "mali")
	require.NoError(t, err)
	assert.Equal(t, 4, r.Articles)
}
