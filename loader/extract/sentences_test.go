package extract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		name, lang, text string
		want             []string
	}{
		{"simple", "en", "One here. Two there! Three? Four", []string{"One here.", "Two there!", "Three?", "Four"}},
		{"M.", "fr", "M. Goïta a parlé. Le Mali suit.", []string{"M. Goïta a parlé.", "Le Mali suit."}},
		{"Mr. and Gen.", "en", "Mr. Smith met Gen. Haftar. Then he left.", []string{"Mr. Smith met Gen. Haftar.", "Then he left."}},
		{"U.S.", "en", "U.S. forces left. Then the rest.", []string{"U.S. forces left.", "Then the rest."}},
		{"ndlr", "fr", "Le chef (ndlr. du groupe) parle. Fin.", []string{"Le chef (ndlr. du groupe) parle.", "Fin."}},
		{"thousands", "fr", "Il y a 1.500 soldats. Et 2.000 autres.", []string{"Il y a 1.500 soldats.", "Et 2.000 autres."}},
		{"decimal", "en", "It grew 2.5 percent. Fine.", []string{"It grew 2.5 percent.", "Fine."}},
		{"lower case goes on", "en", "He said no. it goes on.", []string{"He said no. it goes on."}},
		{"quotes", "fr", "« C'est fini. » Il part.", []string{"« C'est fini. »", "Il part."}},
		{"paragraphs", "en", "Title without dot\n\nFirst para\nsecond line. Next.\n\nLast", []string{"Title without dot", "First para\nsecond line.", "Next.", "Last"}},
		{"caption line", "fr", "Des soldats à Gao, en 2023\nImage : Jean DUPONT/AFP\nLe texte reprend.", []string{"Des soldats à Gao, en 2023", "Image : Jean DUPONT/AFP", "Le texte reprend."}},
		{"ellipsis", "fr", "Et puis… Rien.", []string{"Et puis…", "Rien."}},
		{"crlf", "en", "One.\r\n\r\nTwo.", []string{"One.", "Two."}},
		{"blank", "en", " \n\n ", nil},
		{"unknown language", "", "Mr. Smith et M. Dupont. Fin.", []string{"Mr. Smith et M. Dupont.", "Fin."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range x.Sentences(tc.text, tc.lang) {
				got = append(got, tc.text[s.Start:s.End])
			}
			assert.Equal(t, tc.want, got)
		})
	}
}
