package lexicon_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// speed12Names are names and phrases with the cases the word splitter and
// the lookup key must agree on: punctuation, accents, marks, digits,
// invalid UTF-8, determiners, words that fold to nothing, long keys.
var speed12Names = []string{
	"", " ", "--", "Mali", "  L'Armée  malienne ", "l'armee malienne", "AFC/M23", "M23",
	"the Arakan Army", "The Arakan  Army", "Arakan Army", "les FAMa", "la MINUSMA",
	"Forces armées\u0301 maliennes", "café\xffnoir", "\xff\xfe", "e\u0301tat", "U.S.", "N'Djamena",
	"Groupe de soutien à l'islam et aux musulmans", "Jama'at Nusrat al-Islam wal-Muslimin",
	"the the", "the", "Wagner Group", "Africa Corps", "Hayat Tahrir al-Sham (HTS)",
	"a very long name with many words that spells a key longer than sixty-four bytes on the stack",
	"Ουκρανία", "Україна", "日本", "ß Straße", "١٢٣ x", "\u2019s", "‘RSF’",
}

// TestNextWordAgreesWithWords: walking a string with NextWord gives
// Words' words, in order.
func TestNextWordAgreesWithWords(t *testing.T) {
	for _, s := range speed12Names {
		got := []string{}
		for w, i := lexicon.NextWord(s, 0); w != ""; w, i = lexicon.NextWord(s, i) {
			got = append(got, w)
		}
		require.Equal(t, lexicon.Words(s), got, "%q", s)
	}
}

// TestCountAgreesWithLookup: Count is len(Lookup) for the forms of every
// actor of the default lexicon, written as they are, in lower and upper
// case and after a determiner, and for the table's names.
func TestCountAgreesWithLookup(t *testing.T) {
	l := lexicon.Default()
	names := append([]string(nil), speed12Names...)
	for _, a := range l.Actors() {
		for _, f := range a.Forms {
			names = append(names, f.Text, "the "+f.Text, "la "+f.Text, "L'"+f.Text, "les "+f.Text, "x "+f.Text)
		}
	}
	found := 0
	for _, s := range names {
		n := len(l.Lookup(s))
		require.Equal(t, n, l.Count(s), "%q", s)
		if n > 0 {
			found++
		}
	}
	require.Greater(t, found, 1000)
}
