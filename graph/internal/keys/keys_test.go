package keys

import (
	"bytes"
	"errors"
	"slices"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	art1 = ArtOf("article-1")
	art2 = ArtOf("https://example.com/a")
)

// encode rebuilds the key a parsed Key stands for with its constructor.
func encode(t testing.TB, k Key) []byte {
	t.Helper()
	switch k.Type {
	case 'm':
		return append(append([]byte(nil), Meta...), k.Name...)
	case 'n':
		return ActorKey(k.Actor)
	case 'r':
		return RedirectKey(k.Actor)
	case 'a':
		return AliasKey(k.Alias, k.Actor)
	case 'k':
		return KindKey(k.Kind, k.Actor)
	case 'd':
		return ArticleKey(k.Art)
	case 't':
		return TextKey(k.Art)
	case 'v':
		return EvidenceKey(k.Art, k.Sentence, k.K)
	case 'e':
		return EvIndexKey(k.From, k.RelType, k.To, k.Date8, k.Art, k.Sentence, k.K)
	case 'o':
		return OutKey(k.From, k.RelType, k.To)
	case 'i':
		return InKey(k.To, k.RelType, k.From)
	case 'x':
		return MentionKey(k.Actor, k.Date8, k.Art)
	case 'j':
		return DecisionKey(k.Seq)
	case 'c':
		return CurationKey(k.Actor)
	case 'u':
		return CuratedKey(k.Alias)
	case 'p':
		return PendingKey(k.Art)
	}
	t.Fatalf("no constructor for key type %q", k.Type)
	return nil
}

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		key  []byte
		want Key
	}{
		{"version", Version, Key{Type: 'm', Name: "version"}},
		{"stats", Stats, Key{Type: 'm', Name: "stats"}},
		{"actor", ActorKey("mali"), Key{Type: 'n', Actor: "mali"}},
		{"actor with digits and hyphens", ActorKey("g5-sahel-2"), Key{Type: 'n', Actor: "g5-sahel-2"}},
		{"redirect", RedirectKey("wagner"), Key{Type: 'r', Actor: "wagner"}},
		{"alias", AliasKey("assimi goita", "assimi-goita"), Key{Type: 'a', Alias: "assimi goita", Actor: "assimi-goita"}},
		{"alias non-ascii", AliasKey("вагнер", "h-0123456789ab"), Key{Type: 'a', Alias: "вагнер", Actor: "h-0123456789ab"}},
		{"kind", KindKey("armed_group", "jnim"), Key{Type: 'k', Kind: "armed_group", Actor: "jnim"}},
		{"article", ArticleKey(art1), Key{Type: 'd', Art: art1}},
		{"text", TextKey(art2), Key{Type: 't', Art: art2}},
		{"evidence", EvidenceKey(art1, 7, 2), Key{Type: 'v', Art: art1, Sentence: 7, K: 2}},
		{"evidence max", EvidenceKey(art1, MaxSentence, MaxK), Key{Type: 'v', Art: art1, Sentence: MaxSentence, K: MaxK}},
		{"evidence index", EvIndexKey("russia", "trains", "mali", "20240300", art2, 3, 1),
			Key{Type: 'e', From: "russia", RelType: "trains", To: "mali", Date8: "20240300", Art: art2, Sentence: 3, K: 1}},
		{"evidence index undated", EvIndexKey("a", "member_of", "b", "00000000", art1, 0, 0),
			Key{Type: 'e', From: "a", RelType: "member_of", To: "b", Date8: "00000000", Art: art1}},
		{"out", OutKey("turkey", "supplies", "mali"), Key{Type: 'o', From: "turkey", RelType: "supplies", To: "mali"}},
		{"in", InKey("mali", "supplies", "turkey"), Key{Type: 'i', From: "turkey", RelType: "supplies", To: "mali"}},
		{"mention", MentionKey("mali", "20211000", art1), Key{Type: 'x', Actor: "mali", Date8: "20211000", Art: art1}},
		{"decision", DecisionKey(1<<40 + 3), Key{Type: 'j', Seq: 1<<40 + 3}},
		{"curation", CurationKey("al-shabaab"), Key{Type: 'c', Actor: "al-shabaab"}},
		{"curated alias", CuratedKey("fama"), Key{Type: 'u', Alias: "fama"}},
		{"pending", PendingKey(art1), Key{Type: 'p', Art: art1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.key)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.key, encode(t, got), "re-encoding the parsed key")
		})
	}
}

// TestArtOf checks that the article hash is fixed-length, stable and
// differs between ids.
func TestArtOf(t *testing.T) {
	assert.Equal(t, ArtOf("x"), ArtOf("x"))
	assert.NotEqual(t, ArtOf("x"), ArtOf("y"))
	assert.Len(t, ArtOf("").String(), 2*ArtLen)
	// The first 8 bytes of SHA-256("abc").
	assert.Equal(t, "ba7816bf8f01cfea", ArtOf("abc").String())
}

func sorted(ks [][]byte) bool {
	return sort.SliceIsSorted(ks, func(i, j int) bool { return bytes.Compare(ks[i], ks[j]) < 0 })
}

// TestSortOrder checks that keys sort like their parts: an id sorts before
// every longer id it prefixes, whatever the key type, and the fixed-width
// parts sort numerically and by date.
func TestSortOrder(t *testing.T) {
	tests := []struct {
		name string
		keys [][]byte // in the expected order
	}{
		{"actors", [][]byte{ActorKey("mali"), ActorKey("mali-x"), ActorKey("malia"), ActorKey("mauritania")}},
		{"alias by form then id", [][]byte{
			AliasKey("mali", "mali"), AliasKey("mali", "mali-2"), AliasKey("mali x", "a"), AliasKey("mali-x", "a"), AliasKey("malian", "a"),
		}},
		{"kind then id", [][]byte{
			KindKey("armed_group", "z"), KindKey("company", "a"), KindKey("state", "mali"), KindKey("state", "mali-x"),
		}},
		{"out by from, type, to", [][]byte{
			OutKey("mali", "allied", "russia"),
			OutKey("mali", "allied", "russia-x"),
			OutKey("mali", "opposed", "a"),
			OutKey("mali", "supplies", "a"),
			OutKey("mali-x", "allied", "a"),
			OutKey("malia", "allied", "a"),
		}},
		{"in by to, type, from", [][]byte{
			InKey("mali", "supplies", "russia"), InKey("mali", "trains", "a"), InKey("mali-x", "allied", "a"),
		}},
		{"evidence index by relation then date", [][]byte{
			EvIndexKey("mali", "allied", "russia", "00000000", art2, 9, 9),
			EvIndexKey("mali", "allied", "russia", "20230000", art2, 0, 0),
			EvIndexKey("mali", "allied", "russia", "20240000", art2, 0, 0),
			EvIndexKey("mali", "allied", "russia", "20240100", art1, 0, 0),
			EvIndexKey("mali", "allied", "russia", "20240101", art1, 0, 0),
			EvIndexKey("mali", "allied", "russia", "20240101", art1, 0, 1),
			EvIndexKey("mali", "allied", "russia", "20240101", art1, 1, 0),
			EvIndexKey("mali", "allied", "russia", "20241231", art1, 0, 0),
			EvIndexKey("mali", "allied", "russia-x", "00000000", art1, 0, 0),
		}},
		{"mentions by actor then date", [][]byte{
			MentionKey("mali", "00000000", art2),
			MentionKey("mali", "20210900", art2),
			MentionKey("mali", "20210915", art1),
			MentionKey("mali", "20220000", art1),
			MentionKey("mali-x", "00000000", art1),
		}},
		{"evidence by sentence then k", [][]byte{
			EvidenceKey(art1, 0, 0), EvidenceKey(art1, 0, 1), EvidenceKey(art1, 0, 256), EvidenceKey(art1, 1, 0),
			EvidenceKey(art1, 255, 0), EvidenceKey(art1, 256, 0), EvidenceKey(art1, 1<<24, 0), EvidenceKey(art1, MaxSentence, MaxK),
		}},
		{"decisions by sequence", [][]byte{DecisionKey(0), DecisionKey(1), DecisionKey(255), DecisionKey(256), DecisionKey(1 << 63)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.True(t, sorted(tt.keys), "keys out of order: %q", tt.keys)
			shuffled := slices.Clone(tt.keys)
			slices.Reverse(shuffled)
			slices.SortFunc(shuffled, bytes.Compare)
			assert.Equal(t, tt.keys, shuffled)
		})
	}
}

// TestPrefixes checks that each prefix matches exactly the keys it names:
// "mali" never matches "mali-x".
func TestPrefixes(t *testing.T) {
	tests := []struct {
		name     string
		prefix   []byte
		match    [][]byte
		nonMatch [][]byte
	}{
		{"out of mali", OutPrefix("mali"),
			[][]byte{OutKey("mali", "allied", "russia"), OutKey("mali", "supplies", "mali-x")},
			[][]byte{OutKey("mali-x", "allied", "russia"), OutKey("malia", "allied", "a"), InKey("mali", "allied", "russia")}},
		{"out of mali by type", OutTypePrefix("mali", "allied"),
			[][]byte{OutKey("mali", "allied", "russia")},
			[][]byte{OutKey("mali", "allied_x", "russia"), OutKey("mali", "opposed", "russia")}},
		{"in of mali", InPrefix("mali"),
			[][]byte{InKey("mali", "trains", "russia")},
			[][]byte{InKey("mali-x", "trains", "russia")}},
		{"relation evidence", RelPrefix("a", "trains", "b"),
			[][]byte{EvIndexKey("a", "trains", "b", "20240000", art1, 0, 0)},
			[][]byte{EvIndexKey("a", "trains", "b-c", "20240000", art1, 0, 0), EvIndexKey("a-b", "trains", "b", "20240000", art1, 0, 0)}},
		{"mentions", MentionPrefix("mali"),
			[][]byte{MentionKey("mali", "20240000", art1)},
			[][]byte{MentionKey("mali-x", "20240000", art1)}},
		{"kind", KindPrefix("state"),
			[][]byte{KindKey("state", "mali")},
			[][]byte{KindKey("states", "mali")}},
		{"alias exact", AliasExact("mali"),
			[][]byte{AliasKey("mali", "mali"), AliasKey("mali", "x")},
			[][]byte{AliasKey("malian", "x"), AliasKey("mali x", "x")}},
		{"alias prefix", AliasPrefix("mali"),
			[][]byte{AliasKey("mali", "mali"), AliasKey("malian", "x"), AliasKey("mali x", "x")},
			[][]byte{AliasKey("mal", "x")}},
		{"article evidence", EvidencePrefix(art1),
			[][]byte{EvidenceKey(art1, 0, 0), EvidenceKey(art1, MaxSentence, MaxK)},
			[][]byte{EvidenceKey(art2, 0, 0)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, k := range tt.match {
				assert.True(t, bytes.HasPrefix(k, tt.prefix), "%q should have prefix %q", k, tt.prefix)
			}
			for _, k := range tt.nonMatch {
				assert.False(t, bytes.HasPrefix(k, tt.prefix), "%q should not have prefix %q", k, tt.prefix)
			}
		})
	}
}

func TestParseRejects(t *testing.T) {
	long := bytes.Repeat([]byte("a"), 97)
	tests := []struct {
		name string
		key  []byte
	}{
		{"empty", nil},
		{"one byte", []byte("n")},
		{"no slash", []byte("nmali")},
		{"unknown type", []byte("z/mali")},
		{"empty meta", []byte("m/")},
		{"meta with separator", []byte("m/a\x00b")},
		{"empty actor", []byte("n/")},
		{"upper-case actor", []byte("n/Mali")},
		{"actor with space", []byte("n/ma li")},
		{"actor leading hyphen", []byte("n/-mali")},
		{"actor with separator", []byte("n/mali\x00x")},
		{"actor too long", append([]byte("n/"), long...)},
		{"redirect bad id", []byte("r/Mali")},
		{"alias no separator", []byte("a/mali")},
		{"alias empty form", []byte("a/\x00mali")},
		{"alias bad id", []byte("a/mali\x00Mali")},
		{"alias empty id", []byte("a/mali\x00")},
		{"kind no separator", []byte("k/statemali")},
		{"kind bad word", []byte("k/State\x00mali")},
		{"kind bad id", []byte("k/state\x00mali\x00x")},
		{"article short", append([]byte("d/"), art1[:7]...)},
		{"article long", append(ArticleKey(art1), 0)},
		{"text short", []byte("t/")},
		{"evidence short", EvidenceKey(art1, 1, 1)[:15]},
		{"evidence long", append(EvidenceKey(art1, 1, 1), 0)},
		{"evidence index missing parts", []byte("e/a\x00trains\x00b")},
		{"evidence index short tail", EvIndexKey("a", "trains", "b", "20240000", art1, 0, 0)[:20]},
		{"evidence index long tail", append(EvIndexKey("a", "trains", "b", "20240000", art1, 0, 0), 1)},
		{"evidence index bad date", EvIndexKey("a", "trains", "b", "2024-1-1", art1, 0, 0)},
		{"evidence index bad type", EvIndexKey("a", "Trains", "b", "20240000", art1, 0, 0)},
		{"evidence index bad from", EvIndexKey("A", "trains", "b", "20240000", art1, 0, 0)},
		{"out two parts", []byte("o/a\x00trains")},
		{"out four parts", []byte("o/a\x00trains\x00b\x00c")},
		{"out empty type", []byte("o/a\x00\x00b")},
		{"out type with digit", []byte("o/a\x00tr4ins\x00b")},
		{"in bad id", []byte("i/a\x00trains\x00B")},
		{"mention short", MentionKey("mali", "20240000", art1)[:12]},
		{"mention bad date", MentionKey("mali", "2024000x", art1)},
		{"mention bad actor", MentionKey("Mali", "20240000", art1)},
		{"decision short", []byte("j/1234567")},
		{"decision long", []byte("j/123456789")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := Parse(tt.key)
			require.Error(t, err, "parsed as %+v", k)
			assert.True(t, errors.Is(err, ErrMalformed))
			assert.Equal(t, Key{}, k)
		})
	}
}

func TestPrefixEnd(t *testing.T) {
	tests := []struct {
		name   string
		prefix []byte
		want   []byte
	}{
		{"simple", []byte("o/"), []byte("o0")},
		{"with separator", OutPrefix("mali"), append([]byte("o/mali"), 1)},
		{"trailing 0xff", []byte{'a', 0xff, 0xff}, []byte{'b'}},
		{"all 0xff", []byte{0xff, 0xff}, nil},
		{"empty", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := PrefixEnd(tt.prefix)
			assert.Equal(t, tt.want, got)
			if got == nil {
				return
			}
			// The end is above every key with the prefix and it is not itself one.
			assert.False(t, bytes.HasPrefix(got, tt.prefix))
			for _, suffix := range [][]byte{nil, {0}, {0xff, 0xff, 0xff}, []byte("zzz")} {
				k := append(append([]byte(nil), tt.prefix...), suffix...)
				assert.Less(t, bytes.Compare(k, got), 0, "%q should sort before %q", k, got)
			}
		})
	}
	// PrefixEnd does not modify its argument.
	p := []byte{'a', 0xff}
	PrefixEnd(p)
	assert.Equal(t, []byte{'a', 0xff}, p)
}

func FuzzParseKey(f *testing.F) {
	for _, k := range [][]byte{
		Version, Stats, ActorKey("mali"), RedirectKey("x"), AliasKey("goita", "assimi-goita"), KindKey("state", "mali"),
		ArticleKey(art1), TextKey(art1), EvidenceKey(art1, 3, 1), EvIndexKey("a", "trains", "b", "20240100", art2, 1, 2),
		OutKey("a", "supplies", "b"), InKey("b", "supplies", "a"), MentionKey("a", "00000000", art1), DecisionKey(9),
		CurationKey("mali"), CuratedKey("fama"), PendingKey(art1), []byte("c/0"),
		[]byte("e/a\x00b\x00c\x00"), []byte("a/\x00\x00a"), []byte("x/a\x00"),
	} {
		f.Add(k)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		k, err := Parse(b)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("Parse(%q): error %v does not wrap ErrMalformed", b, err)
			}
			return
		}
		if got := encode(t, k); !bytes.Equal(got, b) {
			t.Fatalf("Parse(%q) = %+v, which encodes as %q", b, k, got)
		}
	})
}
