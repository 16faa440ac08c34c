package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/actorgraph/actorgraph/graph"
)

// datesOf returns the dates found in the whole text, in String form, "none"
// for a span without a date.
func datesOf(x *Extractor, lang, text, published string) []string {
	d := newDoc(text)
	hits := d.dates(x.langData(lang), 0, len(d.toks), graph.MustDate(published))
	out := []string{}
	for _, h := range hits {
		s := h.date.String()
		if s == "" {
			s = "none"
		}
		out = append(out, s)
	}
	return out
}

func TestDates(t *testing.T) {
	x := New(nil)
	for _, c := range []struct {
		lang, text, published string
		want                  string // dates found, space-separated
	}{
		// French, absolute.
		{"fr", "La Turquie a livré des drones au Mali le 12 mars 2024.", "2024-05-10", "2024-03-12"},
		{"fr", "Les premiers drones sont arrivés le 1er juin 2023.", "", "2023-06-01"},
		{"fr", "Ils ont été livrés en septembre 2021.", "", "2021-09"},
		{"fr", "Ankara a livré des drones en 2023.", "", "2023"},
		{"fr", "Les formations ont commencé fin juillet 2023.", "", "2023-07"},
		{"fr", "Des livraisons sont prévues début 2024.", "", "2024"},
		{"fr", "Les combats ont repris mi-2023.", "", "2023"},
		{"fr", "Les instructeurs sont arrivés au printemps 2023.", "", "2023"},
		{"fr", "Wagner est présent depuis juin 2022.", "", "2022-06"},
		{"fr", "Le contrat a été signé à la fin de 2023.", "", "2023"},
		{"fr", "Il a été élu le 31 février 2024.", "", "2024-02"},
		// French, a month without a year.
		{"fr", "Les drones ont été livrés en juillet.", "2024-09-02", "2024-07"},
		{"fr", "Les drones ont été livrés en juillet.", "2024-05-02", "2023-07"},
		{"fr", "Les drones ont été livrés fin juillet.", "2024-09", "2024-07"},
		{"fr", "Les combats ont repris début mars.", "2024-05", "2024-03"},
		{"fr", "Les combats ont repris en mars dernier.", "2024-05", "2024-03"},
		{"fr", "Les combats ont repris en mars dernier.", "2024-03", "2023-03"},
		{"fr", "Les combats ont repris en mai.", "2024-05", "2024-05"},
		{"fr", "L'attaque a eu lieu le 3 juillet.", "2024-07-10", "2024-07-03"},
		{"fr", "L'attaque a eu lieu le 3 juillet.", "2024-07-02", "2023-07-03"},
		{"fr", "L'attaque a eu lieu le 3 juillet dernier.", "2024-09", "2024-07-03"},
		{"fr", "Les drones ont été livrés en mars de l'année dernière.", "2024-05", "2023-03"},
		{"fr", "Les drones ont été livrés au mois de février.", "2024-05", "2024-02"},
		{"fr", "Les drones ont été livrés en juillet.", "2024", ""}, // the article's month is unknown
		{"fr", "Les drones seront livrés en juillet prochain.", "2024-05", "none"},
		{"fr", "Les drones ont été livrés en juillet.", "", ""},
		// French, relative.
		{"fr", "Les livraisons ont augmenté cette année.", "2024-05-10", "2024"},
		{"fr", "Au début de cette année, Moscou a livré des hélicoptères.", "2024-05", "2024"},
		{"fr", "Plus tôt cette année, Moscou a livré des hélicoptères.", "2024-05", "2024"},
		{"fr", "Moscou a livré des hélicoptères l'an dernier.", "2024-05", "2023"},
		{"fr", "Moscou a livré des hélicoptères l'année dernière.", "2024-05", "2023"},
		{"fr", "Moscou a livré des hélicoptères l'an passé.", "2024-05", "2023"},
		{"fr", "Moscou a livré des hélicoptères le mois dernier.", "2024-01-15", "2023-12"},
		{"fr", "Moscou a livré des hélicoptères ce mois-ci.", "2024-05-10", "2024-05"},
		{"fr", "Moscou a livré des hélicoptères cette semaine.", "2024-05-10", "2024-05"},
		{"fr", "Moscou a livré des hélicoptères la semaine dernière.", "2024-05-10", "2024-05"},
		{"fr", "L'armée a attaqué lundi les positions rebelles.", "2024-05-10", "2024-05"},
		{"fr", "L'armée a attaqué mardi dernier les positions rebelles.", "2024-05-10", "2024-05"},
		{"fr", "L'armée a attaqué lundi 3 juin 2024 les positions rebelles.", "2024-06-10", "2024-06-03"},
		{"fr", "L'armée a attaqué hier les positions rebelles.", "2024-05-10", "2024-05"},
		{"fr", "La Russie a livré des blindés il y a deux ans.", "2024-05", "2022"},
		{"fr", "La Russie a livré des blindés il y a 3 ans.", "2024-05", "2021"},
		{"fr", "La Russie a livré des blindés il y a un an.", "2024", "2023"},
		{"fr", "La Russie a livré des blindés il y a trois mois.", "2024-02", "2023-11"},
		{"fr", "La Russie a livré des blindés il y a deux semaines.", "2024-02-20", "2024-02"},
		{"fr", "Les livraisons ont augmenté cette année.", "", ""},
		{"fr", "Moscou a livré des hélicoptères le mois dernier.", "2024", ""},
		// French, no date.
		{"fr", "Ces dernières années, la Turquie a livré des drones au Mali.", "2024-05", "none"},
		{"fr", "Cette année-là, la Turquie a livré des drones au Mali.", "2024-05", "none"},
		{"fr", "La Turquie a livré 1.500 drones et 2023 soldats au Mali.", "2024-05", ""},
		{"fr", "La Turquie a livré 2 000 drones au Mali.", "2024-05", ""},
		{"fr", "Le Mali a reçu 12 drones de la Turquie.", "2024-05", ""},
		{"fr", "La Turquie a livré des drones au Mali, selon Reuters.", "2024-05-10", ""},
		{"fr", "Ils sont arrivés en 2 000 exemplaires.", "2024-05", ""},
		// English, absolute.
		{"en", "Turkey delivered drones to Mali on March 12, 2024.", "2024-05-10", "2024-03-12"},
		{"en", "Turkey delivered drones to Mali on 12 March 2024.", "", "2024-03-12"},
		{"en", "The drones arrived on June 1st, 2023.", "", "2023-06-01"},
		{"en", "The drones arrived in September 2021.", "", "2021-09"},
		{"en", "Turkey delivered drones in 2023.", "", "2023"},
		{"en", "Since June 2022, Wagner has trained the army.", "", "2022-06"},
		{"en", "Deliveries resumed in early 2024.", "", "2024"},
		{"en", "Fighting resumed in late 2021.", "", "2021"},
		{"en", "The instructors arrived in the spring of 2023.", "", "2023"},
		{"en", "The instructors arrived in spring 2023.", "", "2023"},
		// English, a month without a year.
		{"en", "The drones were delivered in July.", "2024-09-02", "2024-07"},
		{"en", "The drones were delivered in late July.", "2024-05-02", "2023-07"},
		{"en", "The drones were delivered last March.", "2024-05", "2024-03"},
		{"en", "The drones were delivered last March.", "2024-03-20", "2023-03"},
		{"en", "The attack took place on July 3.", "2024-07-10", "2024-07-03"},
		{"en", "The attack took place on 3 July.", "2024-07-10", "2024-07-03"},
		{"en", "The drones were delivered in March last year.", "2024-05", "2023-03"},
		{"en", "The drones were delivered in March this year.", "2024-05", "2024-03"},
		{"en", "The drones will be delivered next July.", "2024-05", "none"},
		{"en", "Rebels may attack the base, officials said.", "2024-05", ""},
		{"en", "Protesters began a march on the capital.", "2024-05", ""},
		{"en", "Rebels may 3 times attack the base.", "2024-05", ""},
		// English, relative.
		{"en", "Earlier this year, Russia delivered helicopters.", "2024-05-10", "2024"},
		{"en", "Russia delivered helicopters last year.", "2024-05-10", "2023"},
		{"en", "Russia delivered helicopters last month.", "2024-05-10", "2024-04"},
		{"en", "Russia delivered helicopters earlier this month.", "2024-05-10", "2024-05"},
		{"en", "Russia delivered helicopters this week.", "2024-05-10", "2024-05"},
		{"en", "Russia delivered helicopters last week.", "2024-05-10", "2024-05"},
		{"en", "The army attacked rebel positions on Monday.", "2024-05-10", "2024-05"},
		{"en", "The army attacked rebel positions yesterday.", "2024-05-10", "2024-05"},
		{"en", "The army attacked rebel positions on Monday, June 3, 2024.", "2024-06-10", "2024-06-03"},
		{"en", "Russia delivered helicopters two years ago.", "2024-05-10", "2022"},
		{"en", "Russia delivered helicopters 2 years ago.", "2024-05-10", "2022"},
		{"en", "Russia delivered helicopters a year ago.", "2024-05-10", "2023"},
		{"en", "Russia delivered helicopters ten months ago.", "2024-05-10", "2023-07"},
		{"en", "Russia delivered helicopters three days ago.", "2024-05-10", "2024-05"},
		{"en", "Russia delivered helicopters last year.", "", ""},
		{"en", "The army attacked rebel positions on Monday.", "2024", ""},
		// English, no date.
		{"en", "In recent years, Turkey has supplied drones to Mali.", "2024-05", "none"},
		{"en", "Over the past decade, Russia has armed the junta.", "2024-05", "none"},
		{"en", "Over the last year, Russia has armed the junta.", "2024-05", "none"},
		{"en", "Turkey will supply more drones next year.", "2024-05", "none"},
		{"en", "Turkey supplied 2023 soldiers and 1,500 drones.", "2024-05", ""},
		{"en", "Turkey supplied 2,000 drones in 12 batches.", "2024-05", ""},
		{"en", "Turkey supplied drones to Mali, officials said.", "2024-05-10", ""},
		{"en", "Several years ago, Turkey supplied drones to Mali.", "2024-05-10", "none"},
		// Several dates, in order.
		{"fr", "En 2015, le Mali a signé un accord avec la Russie ; ces dernières années, Moscou a livré des hélicoptères.", "2024-05", "2015 none"},
		{"en", "Russia delivered helicopters in March 2022 and drones last year.", "2024-05", "2022-03 2023"},
	} {
		pub := c.published
		want := strings.Fields(c.want)
		if want == nil {
			want = []string{}
		}
		assert.Equal(t, want, datesOf(x, c.lang, c.text, pub), "%s %q published %q", c.lang, c.text, pub)
	}
}

func TestDatesUnknownLanguage(t *testing.T) {
	// With no language, the data of every language are used.
	x := New(nil)
	assert.Equal(t, []string{"2023-03"}, datesOf(x, "", "Les drones ont été livrés en mars dernier.", "2024-03"))
	assert.Equal(t, []string{"2023"}, datesOf(x, "", "Russia delivered helicopters last year.", "2024-05"))
}

func TestNearestDate(t *testing.T) {
	hits := []dateHit{{2, graph.MustDate("2015")}, {10, graph.Date{}}, {20, graph.MustDate("2024-03")}}
	assert.Equal(t, "2015", nearestDate(hits, 0).String())
	assert.Equal(t, "2015", nearestDate(hits, 6).String()) // a tie: the earlier
	assert.True(t, nearestDate(hits, 9).IsZero())
	assert.Equal(t, "2024-03", nearestDate(hits, 30).String())
	assert.True(t, nearestDate(nil, 3).IsZero())
}

func BenchmarkDates(b *testing.B) {
	x := New(nil)
	pub := graph.MustDate("2024-05-10")
	for _, bc := range []struct{ name, lang, text string }{
		{"dense", "fr", "Le 12 mars 2024, plus tôt cette année, la Turquie a livré 1.500 drones au Mali, il y a deux ans, en juillet dernier et lundi, selon des sources sécuritaires citées par l'AFP."},
		{"typical", "en", "The Malian army, which has received Bayraktar TB2 drones from Turkey since 2022, said on Tuesday it had struck positions of the Tuareg-led rebels near Kidal, according to a statement read on state television."},
	} {
		b.Run(bc.name, func(b *testing.B) {
			ld := x.langData(bc.lang)
			d := newDoc(bc.text)
			b.ReportAllocs()
			for b.Loop() {
				d.dates(ld, 0, len(d.toks), pub)
			}
		})
	}
}
