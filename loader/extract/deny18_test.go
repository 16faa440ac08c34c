package extract_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// The eighteenth session's denial probes (helper deny18): denials in a
// later sentence or clause covering a relation stated before, negation
// over lists and coordination, contrasts and comparisons, conditionals,
// questions, intent, reported speech, and the direction of supplies and
// trains in paragraphs. Each case is a text, its language and the
// relations wanted at the article's level (the graph's reading: asserted
// when one evidence asserts, hedged when none asserts and one is not
// negated, negated when every evidence is), written
// "from>T>to:mark" with T one of A (allied), O (opposed), S (supplies),
// T (trains), M (member_of), L (leads) and mark "" asserted, "h" hedged,
// "n" negated, "!" not asserted (absent, hedged or negated), "?" any
// reading. A relation the text gives and the case does not list is
// invented.

type denyCase struct {
	lang, text, want string
}

var denyTypes = map[string]graph.RelType{
	"A": graph.Allied, "O": graph.Opposed, "S": graph.Supplies,
	"T": graph.Trains, "M": graph.MemberOf, "L": graph.Leads,
}

// denyKey is one relation, symmetric ones in sorted order.
type denyKey struct {
	from string
	typ  graph.RelType
	to   string
}

func newDenyKey(from string, typ graph.RelType, to string) denyKey {
	if (typ == graph.Allied || typ == graph.Opposed) && to < from {
		from, to = to, from
	}
	return denyKey{from, typ, to}
}

// articleMarks reads claims at the article's level.
func articleMarks(c *graph.Claims) map[denyKey]string {
	out := map[denyKey]string{}
	for _, r := range c.Relations {
		asserted, hedged := false, false
		for _, e := range r.Evidence {
			switch {
			case e.Negated:
			case e.Hedged:
				hedged = true
			default:
				asserted = true
			}
		}
		m := "n"
		if asserted {
			m = ""
		} else if hedged {
			m = "h"
		}
		out[newDenyKey(r.From, r.Type, r.To)] = m
	}
	return out
}

// denyErrors lists a case's wrong readings, each with its class: "denied
// asserted" (a negated or hedged relation asserted: the worst),
// "reversed", "missed", "invented" or "mark".
func denyErrors(t *testing.T, tc denyCase) []string {
	t.Helper()
	got := articleMarks(run(t, tc.lang, tc.text))
	var errs []string
	seen := map[denyKey]bool{}
	for _, w := range strings.Fields(tc.want) {
		parts := strings.SplitN(w, ">", 3)
		last := strings.SplitN(parts[2], ":", 2)
		k := newDenyKey(parts[0], denyTypes[parts[1]], last[0])
		want := last[1]
		seen[k] = true
		g, ok := got[k]
		switch {
		case want == "?":
		case want == "!":
			if ok && g == "" {
				errs = append(errs, fmt.Sprintf("denied asserted: %v", k))
			}
		case !ok:
			rev := denyKey{k.to, k.typ, k.from}
			if _, r := got[rev]; r && k.typ != graph.Allied && k.typ != graph.Opposed {
				errs = append(errs, fmt.Sprintf("reversed: %v", k))
				seen[rev] = true
			} else {
				errs = append(errs, fmt.Sprintf("missed: %v %q", k, want))
			}
		case g == want:
		case g == "" && (want == "n" || want == "h"):
			errs = append(errs, fmt.Sprintf("denied asserted: %v, want %q", k, want))
		default:
			errs = append(errs, fmt.Sprintf("mark: %v got %q want %q", k, g, want))
		}
	}
	for k, g := range got {
		if !seen[k] {
			errs = append(errs, fmt.Sprintf("invented: %v %q", k, g))
		}
	}
	sort.Strings(errs)
	return errs
}

// TestDeny18 holds the cases the extractor reads right; a mend that
// breaks one fails here.
func TestDeny18(t *testing.T) {
	for _, tc := range deny18Cases {
		if deny18Open[tc.text] {
			continue
		}
		if errs := denyErrors(t, tc); len(errs) > 0 {
			t.Errorf("%s (%s): %s", tc.text, tc.lang, strings.Join(errs, "; "))
		}
	}
}

// TestDeny18Open logs the cases still read wrong, with their wrong
// readings; it does not fail, so that a mend shows as a case to take out
// of deny18Open.
func TestDeny18Open(t *testing.T) {
	open, classes := 0, map[string]int{}
	for _, tc := range deny18Cases {
		errs := denyErrors(t, tc)
		if len(errs) == 0 {
			if deny18Open[tc.text] {
				t.Logf("now right, take out of deny18Open: %s", tc.text)
			}
			continue
		}
		open++
		for _, e := range errs {
			classes[strings.SplitN(e, ":", 2)[0]]++
		}
		t.Logf("%s (%s): %s", tc.text, tc.lang, strings.Join(errs, "; "))
	}
	t.Logf("%d cases, %d read wrong; %v", len(deny18Cases), open, classes)
}

// deny18Open are the cases still read wrong (TestDeny18Open logs them).
var deny18Open = map[string]bool{
	"Russia has not armed the RSF and did not hide its support for the Sudanese army.":                                                    true, // invented: {rsf allied sudan} "n"; missed: {russia allied sudan} ""
	"Without Rwandan support, the M23 could not have taken Goma.":                                                                         true, // missed: {m23 allied rwanda} ""
	"Kigali has dismissed as baseless claims that it trains M23 fighters.":                                                                true, // missed: {rwanda trains m23} "h"
	"Iran does not arm the Houthis, Tehran insists, and it has never trained Hezbollah.":                                                  true, // invented: {houthis trains hezbollah} "n"; missed: {iran trains hezbollah} "n"
	"Iran has never trained Hezbollah fighters, but it funds the group.":                                                                  true, // missed: {iran supplies hezbollah} ""
	"Chad chose to host Hungarian troops rather than French ones.":                                                                        true, // missed: {chad allied hungary} ""
	"The UAE denies any role in the war but supplies drones to the RSF, UN experts say.":                                                  true, // missed: {united-arab-emirates supplies rsf} "h"
	"Rwanda has long denied supporting the M23. A UN report, however, documents Rwandan arms deliveries to the group.":                    true, // mark: {m23 allied rwanda} got "n" want "h"; missed: {rwanda supplies m23} "h"
	"The Houthis say they get no weapons from Iran.":                                                                                      true, // missed: {iran supplies houthis} "n"
	"No weapons from Egypt have reached the Sudanese army, Cairo says.":                                                                   true, // missed: {egypt supplies sudan} "n"
	"Unlike Turkey, which sold drones to Niger, China has supplied no weapons to the junta.":                                              true, // invented: {china supplies turkey} "n"; missed: {china supplies niger} "n"
	"As Turkey did for Mali, it delivered drones to Niger.":                                                                               true, // missed: {turkey supplies niger} ""
	"The RSF has acquired Chinese drones through the UAE.":                                                                                true, // missed: {united-arab-emirates supplies rsf} ""
	"The M23 advanced without any Rwandan help.":                                                                                          true, // missed: {m23 allied rwanda} "n"
	"The junta denied that Russian mercenaries had arrived in Niger, but admitted receiving Russian instructors.":                         true, // missed: {russia trains niger} ""
	"Russia ended its support for the Wagner-led operations in Mali in 2023.":                                                             true, // invented: {russia allied wagner-group} "n"
	"The drones were bought by Ethiopia from Turkey.":                                                                                     true, // missed: {turkey supplies ethiopia} ""
	"A UN report documents Rwandan arms deliveries to the M23.":                                                                           true, // missed: {rwanda supplies m23} "h"
	"Mali was handed six drones by Turkey.":                                                                                               true, // missed: {turkey supplies mali} ""
	"The Somali army has Turkish trainers.":                                                                                               true, // missed: {turkey trains somalia} ""
	"Instruction of Nigerien troops by Russian advisers began in 2024.":                                                                   true, // missed: {russia trains niger} ""
	"Six drones ont été remis au Mali par la Turquie.":                                                                                    true, // missed: {turkey supplies mali} ""
	"Les hélicoptères reçus par le Mali viennent de Russie.":                                                                              true, // missed: {russia supplies mali} ""
	"Les rebelles du FLA ont reçu des renseignements de l'Ukraine, ce que Kiev a démenti.":                                                true, // missed: {fla allied ukraine} "h"
	"Le Tchad n'a accueilli ni Wagner ni l'Africa Corps.":                                                                                 true, // missed: {africa-corps allied chad} "n"; missed: {chad allied wagner-group} "n"
	"La Russie n'a pas armé les FSR et n'a pas caché son soutien à l'armée soudanaise.":                                                   true, // invented: {rsf allied sudan} "n"; missed: {russia allied sudan} ""
	"Le Tchad a refusé d'envoyer des troupes au Mali.":                                                                                    true, // missed: {chad allied mali} "n"
	"Sans l'appui du Rwanda, le M23 n'aurait pas pu prendre Goma.":                                                                        true, // mark: {m23 allied rwanda} got "h" want ""
	"L'Érythrée dément avoir envoyé des troupes en Éthiopie.":                                                                             true, // missed: {eritrea allied ethiopia} "n"
	"La Turquie n'a pas formé la police somalienne et ne lui a pas livré de drones.":                                                      true, // missed: {turkey supplies somalia} "n"
	"Ni l'Ouganda ni le Rwanda n'arment ou ne forment le M23, affirment leurs gouvernements.":                                             true, // missed: {rwanda supplies m23} "n"; missed: {uganda supplies m23} "n"
	"L'Égypte et la Turquie n'ont pas envoyé de troupes en Libye.":                                                                        true, // missed: {egypt allied libya} "n"; missed: {libya allied turkey} "n"
	"Le Rwanda nie depuis longtemps soutenir le M23. Un rapport de l'ONU documente pourtant des livraisons d'armes rwandaises au groupe.": true, // denied asserted: {rwanda supplies m23}, want "h"; mark: {m23 allied rwanda} got "n" want "h"
	"Le Tchad a rejeté l'accusation du Soudan selon laquelle il armerait les FSR.":                                                        true, // missed: {chad supplies rsf} "h"
	"Aucun instructeur russe n'a formé l'armée nigérienne, affirme Niamey.":                                                               true, // missed: {russia trains niger} "n"
	"Aucune arme égyptienne n'est parvenue à l'armée soudanaise, assure Le Caire.":                                                        true, // missed: {egypt supplies sudan} "n"
	"Contrairement à la Turquie, qui a vendu des drones au Niger, la Chine n'a livré aucune arme à la junte.":                             true, // invented: {china supplies turkey} "n"; missed: {china supplies niger} "n"
	"Les FSR se sont procuré des drones chinois par l'intermédiaire des Émirats.":                                                         true, // missed: {united-arab-emirates supplies rsf} ""
	"La Somalie bénéficie d'une formation turque.":                                                                                        true, // missed: {turkey trains somalia} ""
	"La Somalie a reçu de la Turquie des drones et une formation.":                                                                        true, // missed: {turkey trains somalia} ""
	"Selon des experts de l'ONU, le Tchad laisse transiter des armes émiraties vers les FSR. N'Djamena dément.":                           true, // missed: {united-arab-emirates supplies rsf} "h"
	"L'Iran n'a pas armé les FSR mais l'armée soudanaise.":                                                                                true, // missed: {iran supplies sudan} ""
	"Le Mali a reçu des hélicoptères. Ils lui ont été livrés par la Russie.":                                                              true, // missed: {russia supplies mali} ""
	"La junte a démenti l'arrivée de mercenaires russes au Niger, mais a reconnu avoir reçu des instructeurs russes.":                     true, // missed: {russia trains niger} ""
	"Les drones ont été achetés par l'Éthiopie à la Turquie.":                                                                             true, // missed: {turkey supplies ethiopia} ""
	"Le Niger s'est équipé de drones turcs et de systèmes de défense aérienne russes.":                                                    true, // missed: {russia supplies niger} ""
	"C'est auprès de la Turquie que le Mali s'est procuré ses drones.":                                                                    true, // missed: {turkey supplies mali} ""
}

var deny18Cases = []denyCase{
	{"en", "Iran has armed the Houthis for years. Tehran denies arming the group.", "iran>S>houthis:h"},
	{"en", "Rwanda supports the M23, according to UN experts. Kigali rejects the charge.", "m23>A>rwanda:h"},
	{"en", "The UAE has supplied weapons to the RSF. Abu Dhabi has dismissed the reports.", "united-arab-emirates>S>rsf:h"},
	{"en", "Turkish drones were delivered to the RSF, UN experts said. The Turkish foreign ministry called the claims baseless.", "turkey>S>rsf:h"},
	{"en", "The UAE is accused of arming the RSF, a charge Abu Dhabi rejects.", "united-arab-emirates>S>rsf:h"},
	{"en", "Rwanda trains M23 fighters, a claim Kigali denies.", "rwanda>T>m23:h"},
	{"en", "Tehran denies arming the Houthis.", "iran>S>houthis:n"},
	{"en", "Kigali denies backing the M23.", "m23>A>rwanda:n"},
	{"en", "Algeria denies arming the Polisario Front.", "algeria>S>polisario-front:n"},
	{"en", "Eritrea denies sending troops to Ethiopia.", "eritrea>A>ethiopia:n"},
	{"en", "Niger said it had never received weapons from Russia.", "russia>S>niger:n"},
	{"en", "Mali did not receive drones from Turkey in 2024, the Malian army said.", "turkey>S>mali:n"},
	{"en", "Burundi denies fighting alongside the Congolese army.", "burundi>A>dr-congo:n"},
	{"en", "Neither Wagner nor Africa Corps has trained the Chadian army.", "wagner-group>T>chad:n africa-corps>T>chad:n"},
	{"en", "Neither Russia nor China has armed Niger's junta.", "russia>S>niger:n china>S>niger:n"},
	{"en", "Russia has not armed the RSF and did not hide its support for the Sudanese army.", "russia>S>rsf:n russia>A>sudan:"},
	{"en", "Turkey has not trained Somali police, nor has it supplied them with drones.", "turkey>T>somalia:n turkey>S>somalia:!"},
	{"en", "Iran no longer supplies the Houthis with missiles.", "iran>S>houthis:"},
	{"en", "Mali is no longer a member of ECOWAS.", "mali>M>ecowas:n"},
	{"en", "France stopped training the Malian army in 2022.", "france>T>mali:"},
	{"en", "Chad refused to send troops to Mali.", "chad>A>mali:n"},
	{"en", "Russia refused to supply weapons to Niger's junta.", "russia>S>niger:n"},
	{"en", "Without Rwandan support, the M23 could not have taken Goma.", "m23>A>rwanda:"},
	{"en", "The M23 advanced without any help from Rwanda, Kigali says.", "m23>A>rwanda:!"},
	{"en", "Unlike neighbouring Mali, Chad has not hired Wagner.", "wagner-group>S>chad:! chad>A>wagner-group:! mali>A>wagner-group:? wagner-group>S>mali:?"},
	{"en", "Russia trains the Burkinabe army, as it did for Mali.", "russia>T>burkina-faso: russia>T>mali:?"},
	{"en", "Niger turned to Russia instead of France for military training.", "russia>T>niger:? niger>A>russia:?"},
	{"en", "Russia plans to supply fighter jets to Mali.", ""},
	{"en", "Turkey offered to train Somali police.", ""},
	{"en", "If Russia supplies jets to Niger, Washington will impose sanctions.", "russia>S>niger:! russia>O>united-states:!"},
	{"en", "Did Iran arm the Houthis? Tehran says it did not.", "iran>S>houthis:!"},
	{"en", "Mali has expanded its air force. It received six Bayraktar TB2 drones from Turkey in 2023.", "turkey>S>mali:"},
	{"en", "The Malian army bought drones from Turkey.", "turkey>S>mali:"},
	{"en", "Nigeria ordered attack helicopters from Turkey.", "turkey>S>nigeria:?"},
	{"en", "Turkey sold armed drones to Ethiopia.", "turkey>S>ethiopia:"},
	{"en", "Ethiopia acquired drones from the UAE and Turkey.", "united-arab-emirates>S>ethiopia: turkey>S>ethiopia:"},
	{"en", "Drones were delivered to Mali by Turkey.", "turkey>S>mali:"},
	{"en", "Somali commandos were trained by Turkish officers.", "turkey>T>somalia:"},
	{"en", "Malian soldiers trained with Russian instructors.", "russia>T>mali:"},
	{"en", "Chadian troops trained alongside French soldiers.", "chad>A>france:?"},
	{"en", "The training of Malian pilots by Turkey began in 2022.", "turkey>T>mali:"},
	{"en", "The RSF received fuel from Haftar's LNA.", "lna>S>rsf: khalifa-haftar>L>lna:?"},
	{"en", "The Houthis obtained missiles from Iran.", "iran>S>houthis:"},
	{"en", "Russia has been supplied with drones by Iran.", "iran>S>russia:"},
	{"en", "Ukraine received F-16 jets from Denmark and the Netherlands.", "denmark>S>ukraine: netherlands>S>ukraine:"},
	{"en", "The Malian junta has expanded its air force. It received Su-24 jets from Russia in 2024.", "russia>S>mali:"},
	{"en", "Russia armed the Central African army, which received helicopters from Moscow in 2020.", "russia>S>central-african-republic:"},
	{"en", "Turkey's drones, which Niger bought in 2022, have changed the war.", "turkey>S>niger:"},
	{"en", "Kenya sent police officers to Haiti on behalf of the United Nations.", "kenya>A>haiti:?"},
	{"en", "Egypt supplied the Sudanese army with drones, sources said. Cairo denied the report.", "egypt>S>sudan:h"},
	{"en", "Egypt supplied the Sudanese army with drones. Cairo denied supplying weapons to either side.", "egypt>S>sudan:h egypt>S>rsf:?"},
	{"en", "The UAE denies arming the RSF. It says its aid to Sudan is humanitarian.", "united-arab-emirates>S>rsf:n"},
	{"en", "Kigali rejects accusations that it arms the M23.", "rwanda>S>m23:h"},
	{"en", "Kigali has dismissed as baseless claims that it trains M23 fighters.", "rwanda>T>m23:h"},
	{"en", "Tehran called the claims that it arms the Houthis baseless.", "iran>S>houthis:h"},
	{"en", "Abu Dhabi has dismissed reports that it supplied drones to the RSF.", "united-arab-emirates>S>rsf:h"},
	{"en", "The ministry called the reports of Turkish drone deliveries to the RSF baseless.", "turkey>S>rsf:!"},
	{"en", "Moscow has denied that Wagner fighters fought alongside the Malian army.", "mali>A>wagner-group:n"},
	{"en", "Russia denies that it trained Sudanese troops.", "russia>T>sudan:n"},
	{"en", "Kiev denied helping the Tuareg rebels of the FLA.", "fla>A>ukraine:n"},
	{"en", "Ukraine helped the FLA rebels, a Ukrainian official suggested. Kiev later denied it.", "fla>A>ukraine:h"},
	{"en", "Chad, which denies arming the RSF, has allowed Emirati planes to land in Amdjarass.", "chad>S>rsf:n"},
	{"en", "The RSF, which the UAE denies arming, attacked El Fasher.", "united-arab-emirates>S>rsf:n"},
	{"en", "Iran does not arm the Houthis, Tehran insists, and it has never trained Hezbollah.", "iran>S>houthis:n iran>T>hezbollah:n"},
	{"en", "Iran has never trained Hezbollah fighters, but it funds the group.", "iran>T>hezbollah:n iran>S>hezbollah:"},
	{"en", "Rwanda has never sent troops into Congo, nor armed the M23, Kigali says.", "rwanda>S>m23:n"},
	{"en", "The army has not been trained by Russia but by Turkey, the Malian ministry said.", "russia>T>mali:? turkey>T>mali:?"},
	{"en", "It was not Russia but Turkey that delivered the drones to Mali.", "russia>S>mali:n turkey>S>mali:"},
	{"en", "Turkey, not Russia, delivered the drones to Mali.", "turkey>S>mali:"},
	{"en", "Mali received its drones from Turkey, not from Russia.", "turkey>S>mali: russia>S>mali:!"},
	{"en", "Niger now buys weapons from Russia instead of France.", "russia>S>niger: france>S>niger:!"},
	{"en", "Instead of arming the RSF, Egypt backed the Sudanese army.", "egypt>S>rsf:! egypt>A>sudan:"},
	{"en", "Chad chose to host Hungarian troops rather than French ones.", "chad>A>hungary: chad>A>france:!"},
	{"en", "Burkina Faso expelled French troops and no longer cooperates with Paris.", "burkina-faso>O>france: burkina-faso>A>france:!"},
	{"en", "Niger has ended its military cooperation with France.", "france>A>niger:n niger>O>france:?"},
	{"en", "Mali has ended its defence agreements with France.", "france>A>mali:n france>O>mali:?"},
	{"en", "The United States stopped supplying intelligence to Ukraine in March.", "united-states>S>ukraine:? ukraine>A>united-states:?"},
	{"en", "Turkey stopped selling drones to Ethiopia after the ceasefire.", "turkey>S>ethiopia:"},
	{"en", "Wagner fighters no longer fight alongside the Malian army.", "mali>A>wagner-group:"},
	{"en", "Russia will train Malian pilots next year.", ""},
	{"en", "Turkey is expected to deliver more drones to Mali.", "turkey>S>mali:!"},
	{"en", "Moscow intends to send military instructors to Niger.", ""},
	{"en", "Ankara is considering selling Akinci drones to Chad.", ""},
	{"en", "Turkey has agreed to sell drones to Niger.", "turkey>S>niger:!"},
	{"en", "Russia promised to supply wheat and weapons to Burkina Faso.", ""},
	{"en", "Mali asked Russia to supply more helicopters.", ""},
	{"en", "Should Turkey deliver drones to the RSF, Sudan would cut ties with Ankara.", "turkey>S>rsf:! sudan>O>turkey:!"},
	{"en", "Would Egypt arm the Sudanese army if the RSF took Khartoum?", "egypt>S>sudan:!"},
	{"en", "Whether Iran armed the Houthis remains unclear.", "iran>S>houthis:h"},
	{"en", "It is unclear whether Turkey trained the Somali commandos.", "turkey>T>somalia:h"},
	{"en", "Nobody knows if Rwanda armed the M23.", "rwanda>S>m23:!"},
	{"en", "Kenya denies that its troops trained Somali soldiers.", "kenya>T>somalia:n"},
	{"en", "Uganda says it has not supplied the M23 and has never trained its fighters.", "uganda>S>m23:n uganda>T>m23:n"},
	{"en", "Uganda has neither supplied nor trained the M23, Kampala says.", "uganda>S>m23:n uganda>T>m23:n"},
	{"en", "Neither Uganda nor Rwanda supplies or trains the M23, their governments say.", "uganda>S>m23:n uganda>T>m23:n rwanda>S>m23:n rwanda>T>m23:n"},
	{"en", "Egypt and Turkey have not sent troops to Libya, officials said.", "egypt>A>libya:n libya>A>turkey:n"},
	{"en", "Neither Chad nor Niger is a member of ECOWAS any more.", "chad>M>ecowas:n niger>M>ecowas:n"},
	{"en", "Mali, Burkina Faso and Niger are no longer members of ECOWAS.", "mali>M>ecowas:n burkina-faso>M>ecowas:n niger>M>ecowas:n"},
	{"en", "Niger left ECOWAS in January.", "niger>M>ecowas:n"},
	{"en", "Turkey has not armed the RSF, a Turkish official said, contradicting UN experts who had reported such deliveries.", "turkey>S>rsf:h"},
	{"en", "The UN experts reported that Turkey armed the RSF. Ankara has not responded.", "turkey>S>rsf:h"},
	{"en", "Egypt's support for the Sudanese army, which Cairo denies, has angered the RSF.", "egypt>A>sudan:h"},
	{"en", "Cairo denies any military support for the Sudanese army.", "egypt>A>sudan:n"},
	{"en", "The UAE, which supplies drones to the RSF, denies any role in the war.", "united-arab-emirates>S>rsf:"},
	{"en", "The UAE supplies drones to the RSF, but denies any role in the war.", "united-arab-emirates>S>rsf:"},
	{"en", "The UAE denies any role in the war but supplies drones to the RSF, UN experts say.", "united-arab-emirates>S>rsf:h"},
	{"en", "Rwanda denies backing the M23, but UN experts say it does.", "m23>A>rwanda:h"},
	{"en", "Rwanda denies backing the M23, but UN experts say Rwandan troops fight alongside the rebels.", "m23>A>rwanda:h"},
	{"en", "Rwanda has long denied supporting the M23. A UN report, however, documents Rwandan arms deliveries to the group.", "m23>A>rwanda:h rwanda>S>m23:h"},
	{"en", "The Houthis are armed by Iran. Tehran rejects this.", "iran>S>houthis:h"},
	{"en", "The Houthis are armed by Iran, which Tehran rejects.", "iran>S>houthis:h"},
	{"en", "The Houthis are armed by Iran, according to Washington, which Tehran denies.", "iran>S>houthis:h"},
	{"en", "Sudan accuses Chad of arming the RSF. N'Djamena has rejected the accusation.", "chad>S>rsf:h"},
	{"en", "Sudan accuses Chad of arming the RSF, an accusation N'Djamena rejects.", "chad>S>rsf:h"},
	{"en", "Chad has rejected Sudan's accusation that it arms the RSF.", "chad>S>rsf:h"},
	{"en", "Chad has rejected Sudan's accusation that it arms the RSF and has called for talks.", "chad>S>rsf:h"},
	{"en", "The RSF denied receiving weapons from the UAE.", "united-arab-emirates>S>rsf:n"},
	{"en", "The RSF say they have never received weapons from the Emirates.", "united-arab-emirates>S>rsf:n"},
	{"en", "The Sudanese army has not received Iranian drones, its spokesman said.", "iran>S>sudan:n"},
	{"en", "Mali says it has not received any weapons from Ukraine.", "ukraine>S>mali:n"},
	{"en", "The Houthis say they get no weapons from Iran.", "iran>S>houthis:n"},
	{"en", "Iran has sent no missiles to the Houthis since 2023, Tehran says.", "iran>S>houthis:!"},
	{"en", "No Russian instructors have trained Niger's army, Niamey says.", "russia>T>niger:n"},
	{"en", "No weapons from Egypt have reached the Sudanese army, Cairo says.", "egypt>S>sudan:n"},
	{"en", "Russian instructors, not French ones, now train the Malian army.", "russia>T>mali: france>T>mali:!"},
	{"en", "Russian instructors now train the Malian army instead of French ones.", "russia>T>mali: france>T>mali:!"},
	{"en", "Russia, unlike France, trains the Malian army.", "russia>T>mali: france>T>mali:!"},
	{"en", "Unlike France, Russia has never trained the Malian army.", "russia>T>mali:n france>T>mali:?"},
	{"en", "Unlike Turkey, which sold drones to Niger, China has supplied no weapons to the junta.", "turkey>S>niger: china>S>niger:n"},
	{"en", "As Turkey did for Mali, it delivered drones to Niger.", "turkey>S>niger: turkey>S>mali:?"},
	{"en", "Turkey delivered drones to Niger, as it had done for Mali.", "turkey>S>niger: turkey>S>mali:?"},
	{"en", "Like Mali, Niger received Turkish drones.", "turkey>S>niger: turkey>S>mali:?"},
	{"en", "Mali received Turkish drones; Niger did not.", "turkey>S>mali: turkey>S>niger:!"},
	{"en", "Mali received Turkish drones, but Niger did not.", "turkey>S>mali: turkey>S>niger:!"},
	{"en", "Turkey armed Mali but did not arm Niger.", "turkey>S>mali: turkey>S>niger:n"},
	{"en", "Turkey armed Mali and not Niger.", "turkey>S>mali: turkey>S>niger:!"},
	{"en", "Russia sold jets to Mali, not to Burkina Faso.", "russia>S>mali: russia>S>burkina-faso:!"},
	{"en", "Hungary, not France, has trained the Chadian army since 2024.", "hungary>T>chad: france>T>chad:!"},
	{"en", "Sudan bought drones from Iran, the army admitted.", "iran>S>sudan:"},
	{"en", "The Sudanese army bought drones from Iran and Turkey.", "iran>S>sudan: turkey>S>sudan:"},
	{"en", "The drones the Sudanese army bought from Iran have changed the war.", "iran>S>sudan:"},
	{"en", "The RSF has acquired Chinese drones through the UAE.", "united-arab-emirates>S>rsf: china>S>rsf:?"},
	{"en", "Weapons sold to the UAE by Bulgaria ended up with the RSF.", "bulgaria>S>united-arab-emirates: united-arab-emirates>S>rsf:? bulgaria>S>rsf:?"},
	{"en", "Iran sold drones to Russia, which used them in Ukraine.", "iran>S>russia: russia>O>ukraine:?"},
	{"en", "Russia bought drones from Iran.", "iran>S>russia:"},
	{"en", "Russia has bought shells from North Korea.", "north-korea>S>russia:"},
	{"en", "North Korea was paid by Russia for the shells it supplied.", "north-korea>S>russia:"},
	{"en", "Turkey received no payment from Mali for the drones.", "turkey>S>mali:?"},
	{"en", "Mali paid Turkey for the drones it delivered.", "turkey>S>mali:"},
	{"en", "Chadian officers were trained in France.", "france>T>chad:?"},
	{"en", "Chadian officers were trained in France by French instructors.", "france>T>chad:"},
	{"en", "Somalia's army is trained by Turkey and Egypt.", "turkey>T>somalia: egypt>T>somalia:"},
	{"en", "Turkey trains the Somali army; Egypt arms it.", "turkey>T>somalia: egypt>S>somalia:"},
	{"en", "Somalia receives training from Turkey.", "turkey>T>somalia:"},
	{"en", "Somalia received training and drones from Turkey.", "turkey>T>somalia: turkey>S>somalia:"},
	{"en", "Turkey provided training to Somali forces.", "turkey>T>somalia:"},
	{"en", "The Somali army receives weapons from Egypt, which also trains its officers.", "egypt>S>somalia: egypt>T>somalia:"},
	{"en", "Rwanda has not trained the M23, it says, but UN experts say Rwandan officers command the group.", "rwanda>T>m23:n rwanda>M>m23:?"},
	{"en", "Wagner's fighters were trained by the Russian army, Moscow denies.", "russia>T>wagner-group:h"},
	{"en", "The Kremlin has denied that Wagner is part of the Russian army.", "wagner-group>M>russia:?"},
	{"en", "Eritrea has repeatedly denied that its troops fought in Tigray alongside the Ethiopian army.", "eritrea>A>ethiopia:n"},
	{"en", "Eritrean troops fought alongside the Ethiopian army, a charge Asmara has repeatedly denied.", "eritrea>A>ethiopia:h"},
	{"en", "Eritrean troops fought alongside the Ethiopian army. Asmara has repeatedly denied this.", "eritrea>A>ethiopia:h"},
	{"en", "Eritrean troops fought alongside the Ethiopian army. Asmara has denied any involvement.", "eritrea>A>ethiopia:?"},
	{"en", "Eritrean troops fought alongside the Ethiopian army. Asmara has not denied it.", "eritrea>A>ethiopia:"},
	{"en", "Iran backs the Houthis. Tehran has denied directing the attacks.", "houthis>A>iran:"},
	{"en", "Eritrean troops fought alongside the Ethiopian army, which Asmara does not deny.", "eritrea>A>ethiopia:"},
	{"en", "The M23 could not have advanced without any help from Rwanda.", "m23>A>rwanda:"},
	{"en", "The M23 advanced without any Rwandan help.", "m23>A>rwanda:n"},
	{"en", "Qatar paid the RSF for its attacks.", "qatar>S>rsf:"},
	{"en", "Mali paid Turkey for six Bayraktar drones.", "turkey>S>mali:"},
	{"en", "Mali cooperates with Russia.", "mali>A>russia:"},
	{"en", "Iran armed the Houthis. Tehran does not deny it.", "iran>S>houthis:"},
	{"en", "Turkey sold drones to Mali. Ankara confirmed the sale in 2023.", "turkey>S>mali:"},
	{"en", "Rwanda denies arming the M23. UN experts say Rwandan troops fight alongside the group.", "rwanda>S>m23:n m23>A>rwanda:h"},
	{"en", "Iran armed the Houthis. Washington denies arming Israel.", "iran>S>houthis: united-states>S>israel:n"},
	{"en", "Iran armed the Houthis. Saudi Arabia rejects this.", "iran>S>houthis:"},
	{"en", "Malian pilots were trained in Turkey by Turkish officers.", "turkey>T>mali:"},
	{"en", "Ukrainian pilots were trained in Denmark, in Britain and in Romania.", ""},
	{"en", "Moscow has sent instructors to Bamako. The Kremlin, however, denies that they train Malian troops.", "russia>T>mali:! mali>A>russia:?"},
	{"en", "Wagner trained the Central African army for years, the UN said. The group has always denied it.", "wagner-group>T>central-african-republic:h"},
	{"en", "Iran supplied drones to Russia in 2022, Western officials said. Tehran initially denied the deliveries but later admitted sending a small number.", "iran>S>russia:"},
	{"en", "The RSF received weapons from the UAE, according to UN experts. The UAE's foreign ministry rejected the report as false.", "united-arab-emirates>S>rsf:h"},
	{"en", "Rwanda's army fights alongside the M23, UN experts say. Kigali denies the charge and accuses Kinshasa of backing the FDLR.", "m23>A>rwanda:h dr-congo>A>fdlr:h"},
	{"en", "The Turkish drones used by the Sudanese army were delivered by Ankara last year. Turkey denies selling arms to Sudan.", "turkey>S>sudan:h"},
	{"en", "Russia did not deliver the helicopters to Mali; Turkey did.", "russia>S>mali:! turkey>S>mali:?"},
	{"en", "It is Turkey, not Russia, that supplies Niger with drones.", "turkey>S>niger: russia>S>niger:!"},
	{"en", "Mali's drones come from Turkey, not Russia.", "turkey>S>mali:? russia>S>mali:!"},
	{"en", "Rwanda, the UN says, has never stopped supporting the M23.", "m23>A>rwanda:h"},
	{"en", "Rwanda has never admitted supporting the M23.", "m23>A>rwanda:h"},
	{"en", "The junta denied that Russian mercenaries had arrived in Niger, but admitted receiving Russian instructors.", "russia>T>niger: russia>S>niger:?"},
	{"en", "Chad denied that its territory was used to arm the RSF.", "chad>S>rsf:!"},
	{"en", "Uganda has not deployed troops alongside the Congolese army since 2023.", "dr-congo>A>uganda:!"},
	{"en", "The Ethiopian government denied Eritrean troops were in Tigray, before admitting it months later.", ""},
	{"en", "Kenya, which denies training Somali militias, hosts a training camp near the border.", "kenya>T>somalia:!"},
	{"en", "Egypt, which has not sent troops to Somalia, nonetheless trains Somali officers.", "egypt>A>somalia:! egypt>T>somalia:"},
	{"en", "Hezbollah is armed by Iran, which does not hide it.", "iran>S>hezbollah:"},
	{"en", "Iran does not deny arming Hezbollah.", "iran>S>hezbollah:"},
	{"en", "No one denies that Iran arms Hezbollah.", "iran>S>hezbollah:"},
	{"en", "Iran denies nothing: it arms Hezbollah openly.", "iran>S>hezbollah:"},
	{"en", "Turkey has stopped short of arming the Syrian National Army directly.", "turkey>S>syrian-national-army:!"},
	{"en", "Russia ended its support for the Wagner-led operations in Mali in 2023.", ""},
	{"en", "Washington halted arms deliveries to Ukraine in March.", "united-states>S>ukraine:"},
	{"en", "Ankara suspended its drone sales to Ethiopia in 2022.", "turkey>S>ethiopia:"},
	{"en", "The UAE has been accused of arming the RSF. Abu Dhabi rejects these accusations.", "united-arab-emirates>S>rsf:h"},
	{"en", "The UAE has been accused of arming the RSF. The Emirates reject the accusations.", "united-arab-emirates>S>rsf:h"},
	{"en", "Sudan's army accuses the UAE of arming the RSF. The UAE rejects the charge and says it has sent only humanitarian aid.", "united-arab-emirates>S>rsf:h"},
	{"en", "Chad received armoured vehicles from the UAE in 2023.", "united-arab-emirates>S>chad:"},
	{"en", "The armoured vehicles Chad received from the UAE were later spotted with the RSF.", "united-arab-emirates>S>chad: united-arab-emirates>S>rsf:?"},
	{"en", "Turkey has trained Somali soldiers since 2017. The Somali army now relies on them.", "turkey>T>somalia:"},
	{"en", "Somalia's commandos, the Gorgor, were trained by Turkey.", "turkey>T>somalia:"},
	{"en", "The Gorgor brigade, trained by Turkish officers, fought al-Shabaab.", "turkey>T>somalia:? somalia>O>al-shabaab:?"},
	{"en", "Turkish officers trained the Gorgor brigade on behalf of the Somali government.", "turkey>T>somalia:"},
	{"en", "The drones were bought by Ethiopia from Turkey.", "turkey>S>ethiopia:"},
	{"en", "Ethiopia's drones were bought from Turkey and the UAE.", "turkey>S>ethiopia: united-arab-emirates>S>ethiopia:"},
	{"en", "Ethiopia ordered Bayraktar drones from Turkey, which delivered them in 2021.", "turkey>S>ethiopia:"},
	{"en", "The UAE sold drones to Ethiopia through a Chinese company.", "united-arab-emirates>S>ethiopia:"},
	{"en", "Niger acquired Turkish drones and Russian air defence systems.", "turkey>S>niger: russia>S>niger:"},
	{"en", "Chinese armoured vehicles were sold to Mali.", "china>S>mali:?"},
	{"en", "Mali sold no weapons to Niger.", "mali>S>niger:n"},
	{"en", "The drones Turkey sold to Mali were used against the FLA.", "turkey>S>mali: fla>O>mali:?"},
	{"en", "Russia ended its support for the RSF in 2023.", "rsf>A>russia:?"},
	{"en", "Niger denounced its military cooperation agreement with France.", "france>A>niger:n france>O>niger:"},
	{"en", "A UN report documents arms deliveries by Rwanda to the M23.", "rwanda>S>m23:h"},
	{"en", "A UN report documents Rwandan arms deliveries to the M23.", "rwanda>S>m23:h"},
	{"en", "A UN report says Rwanda delivered arms to the M23.", "rwanda>S>m23:h"},
	{"en", "Egypt supplied the Sudanese army with drones. Cairo denied training any fighters.", "egypt>S>sudan:"},
	{"en", "Turkey trains the Somali army. Ankara denies arming any militia.", "turkey>T>somalia:"},
	{"en", "Russia supplies weapons to Mali. Moscow denies delivering fighter jets to Mali.", "russia>S>mali:"},
	{"en", "Russia supplies weapons to Mali. Moscow denies delivering weapons to Mali.", "russia>S>mali:h"},
	{"en", "Iran denied supplying drones to Russia. Iran sent drones to Russia.", "iran>S>russia:h"},
	{"en", "Iran denied supplying fighter jets to Russia. Iran sent drones to Russia.", "iran>S>russia:"},
	{"en", "Iran sent drones to Russia. Tehran denies supplying drones.", "iran>S>russia:h"},
	{"en", "Iran long denied supplying drones to Russia. In 2024, Tehran admitted sending drones to Russia.", "iran>S>russia:"},
	{"en", "Mali took delivery of Turkish drones in 2023.", "turkey>S>mali:"},
	{"en", "Mali took delivery of six drones from Turkey.", "turkey>S>mali:"},
	{"en", "Turkey handed over six drones to Mali.", "turkey>S>mali:"},
	{"en", "Six drones were handed over to Mali by Turkey.", "turkey>S>mali:"},
	{"en", "Mali was handed six drones by Turkey.", "turkey>S>mali:"},
	{"en", "Mali got its drones from Turkey.", "turkey>S>mali:"},
	{"en", "Mali turned to Turkey for drones.", "turkey>S>mali:?"},
	{"en", "Mali sourced its drones from Turkey.", "turkey>S>mali:"},
	{"en", "Mali is supplied by Turkey with drones.", "turkey>S>mali:"},
	{"en", "The supplier of Mali's drones is Turkey.", "turkey>S>mali:"},
	{"en", "Turkey is Mali's main drone supplier.", "turkey>S>mali:"},
	{"en", "Mali's main arms supplier, Russia, delivered helicopters in 2024.", "russia>S>mali:"},
	{"en", "Russia, which arms Mali, also trains its pilots.", "russia>S>mali: russia>T>mali:"},
	{"en", "Mali, which Russia arms, received helicopters in 2024.", "russia>S>mali:"},
	{"en", "Mali, armed by Russia, received helicopters in 2024.", "russia>S>mali:"},
	{"en", "The helicopters Mali received came from Russia.", "russia>S>mali:"},
	{"en", "Somalia hosts a Turkish training base where Somali soldiers are trained.", "turkey>T>somalia:? somalia>A>turkey:?"},
	{"en", "Turkish instructors train Somali soldiers at Camp TURKSOM.", "turkey>T>somalia:"},
	{"en", "Somali soldiers are trained at a Turkish base in Mogadishu.", "turkey>T>somalia:?"},
	{"en", "Trained by Turkey, the Somali commandos fought al-Shabaab.", "turkey>T>somalia: al-shabaab>O>somalia:"},
	{"en", "The Somali army has Turkish trainers.", "turkey>T>somalia:"},
	{"en", "Russia's Africa Corps trains the Burkinabe army.", "africa-corps>T>burkina-faso: africa-corps>M>russia:?"},
	{"en", "Burkina Faso's army is being trained by Russia's Africa Corps.", "africa-corps>T>burkina-faso: africa-corps>M>russia:?"},
	{"en", "Niger received training from Russian instructors.", "russia>T>niger:"},
	{"en", "Instruction of Nigerien troops by Russian advisers began in 2024.", "russia>T>niger:"},
	{"fr", "Le Mali a pris livraison de drones turcs en 2023.", "turkey>S>mali:"},
	{"fr", "La Turquie a remis six drones au Mali.", "turkey>S>mali:"},
	{"fr", "Six drones ont été remis au Mali par la Turquie.", "turkey>S>mali:"},
	{"fr", "Le Mali s'approvisionne en drones auprès de la Turquie.", "turkey>S>mali:"},
	{"fr", "Le Mali est approvisionné en drones par la Turquie.", "turkey>S>mali:"},
	{"fr", "La Turquie est le principal fournisseur de drones du Mali.", "turkey>S>mali:"},
	{"fr", "Le principal fournisseur d'armes du Mali, la Russie, a livré des hélicoptères en 2024.", "russia>S>mali:"},
	{"fr", "La Russie, qui arme le Mali, forme aussi ses pilotes.", "russia>S>mali: russia>T>mali:"},
	{"fr", "Le Mali, que la Russie arme, a reçu des hélicoptères en 2024.", "russia>S>mali:"},
	{"fr", "Le Mali, armé par la Russie, a reçu des hélicoptères en 2024.", "russia>S>mali:"},
	{"fr", "Les hélicoptères reçus par le Mali viennent de Russie.", "russia>S>mali:"},
	{"fr", "Des instructeurs turcs forment des soldats somaliens au camp Turksom.", "turkey>T>somalia:"},
	{"fr", "Formés par la Turquie, les commandos somaliens ont combattu les Chabab.", "turkey>T>somalia: al-shabaab>O>somalia:"},
	{"fr", "L'armée burkinabè est formée par l'Africa Corps russe.", "africa-corps>T>burkina-faso: africa-corps>M>russia:?"},
	{"fr", "Le Niger a bénéficié d'une formation dispensée par des instructeurs russes.", "russia>T>niger:"},
	{"fr", "La formation des troupes nigériennes par des conseillers russes a commencé en 2024.", "russia>T>niger:"},
	{"fr", "Le Mali a été livré en drones par la Turquie.", "turkey>S>mali:"},
	{"fr", "C'est la Turquie qui a fourni ses drones au Mali.", "turkey>S>mali:"},
	{"fr", "Le Mali doit ses drones à la Turquie.", "turkey>S>mali:?"},
	{"fr", "Ankara a vendu au Mali des drones Akinci.", "turkey>S>mali:"},
	{"fr", "Au Mali, la Turquie a livré des drones.", "turkey>S>mali:?"},
	{"en", "\"We have never armed the RSF,\" the Emirati minister said.", "united-arab-emirates>S>rsf:!"},
	{"en", "\"Turkey has not sent a single drone to Sudan,\" Ankara said.", "turkey>S>sudan:n"},
	{"en", "Kigali, which has never trained M23 fighters, says it only defends its border.", "rwanda>T>m23:n"},
	{"en", "The M23, which Rwanda has never armed according to Kigali, took Goma.", "rwanda>S>m23:!"},
	{"en", "Neither the UAE nor Egypt, diplomats say, has armed the RSF.", "united-arab-emirates>S>rsf:! egypt>S>rsf:!"},
	{"en", "The UAE has armed neither the RSF nor the Sudanese army.", "united-arab-emirates>S>rsf:n united-arab-emirates>S>sudan:n"},
	{"en", "Egypt has not supplied, and will not supply, weapons to the RSF.", "egypt>S>rsf:n"},
	{"en", "Egypt has neither confirmed nor denied supplying the Sudanese army.", "egypt>S>sudan:!"},
	{"en", "Egypt has never been shown to arm the Sudanese army.", "egypt>S>sudan:!"},
	{"en", "There is no evidence that Egypt armed the Sudanese army.", "egypt>S>sudan:!"},
	{"en", "Allegations that Egypt armed the Sudanese army have not been proven.", "egypt>S>sudan:!"},
	{"en", "Reports that Egypt armed the Sudanese army are false, Cairo says.", "egypt>S>sudan:!"},
	{"en", "Egypt rejects any suggestion that it armed the Sudanese army.", "egypt>S>sudan:!"},
	{"en", "It is false that Egypt armed the Sudanese army, Cairo insists.", "egypt>S>sudan:!"},
	{"en", "Cairo insists it is not arming the Sudanese army.", "egypt>S>sudan:n"},
	{"en", "Cairo says it is not arming the Sudanese army but supports its legitimacy.", "egypt>S>sudan:n egypt>A>sudan:?"},
	{"en", "Few believe Cairo's claim that it does not arm the Sudanese army.", "egypt>S>sudan:!"},
	{"en", "Egypt stopped short of arming the Sudanese army.", "egypt>S>sudan:!"},
	{"en", "Egypt was not the only country to arm the Sudanese army.", "egypt>S>sudan:"},
	{"en", "Egypt is not known to have armed the RSF.", "egypt>S>rsf:!"},
	{"en", "Egypt has refused repeated requests to arm the Sudanese army.", "egypt>S>sudan:!"},
	{"en", "Egypt declined to arm the Sudanese army.", "egypt>S>sudan:!"},
	{"en", "Egypt failed to deliver the promised drones to the Sudanese army.", "egypt>S>sudan:!"},
	{"en", "Egypt never delivered the drones it had promised to the Sudanese army.", "egypt>S>sudan:!"},
	{"fr", "« Nous n'avons jamais armé les FSR », a déclaré le ministre émirati.", "united-arab-emirates>S>rsf:!"},
	{"fr", "Kigali, qui n'a jamais formé de combattants du M23, dit seulement défendre sa frontière.", "rwanda>T>m23:n"},
	{"fr", "Les Émirats n'ont armé ni les FSR ni l'armée soudanaise.", "united-arab-emirates>S>rsf:n united-arab-emirates>S>sudan:n"},
	{"fr", "L'Égypte n'a ni confirmé ni démenti avoir armé l'armée soudanaise.", "egypt>S>sudan:!"},
	{"fr", "Rien ne prouve que l'Égypte ait armé l'armée soudanaise.", "egypt>S>sudan:!"},
	{"fr", "Il est faux que l'Égypte ait armé l'armée soudanaise, insiste Le Caire.", "egypt>S>sudan:!"},
	{"fr", "Le Caire assure ne pas armer l'armée soudanaise.", "egypt>S>sudan:n"},
	{"fr", "L'Égypte s'est abstenue d'armer l'armée soudanaise.", "egypt>S>sudan:!"},
	{"fr", "L'Égypte a refusé d'armer l'armée soudanaise malgré des demandes répétées.", "egypt>S>sudan:!"},
	{"fr", "L'Égypte n'a jamais livré les drones promis à l'armée soudanaise.", "egypt>S>sudan:!"},
	{"fr", "L'Égypte n'a pas été le seul pays à armer l'armée soudanaise.", "egypt>S>sudan:"},
	{"fr", "Les accusations selon lesquelles l'Égypte arme l'armée soudanaise sont fausses, selon Le Caire.", "egypt>S>sudan:!"},
	{"fr", "Aucune preuve ne montre que l'Égypte a armé l'armée soudanaise.", "egypt>S>sudan:!"},
	{"fr", "L'Égypte a décliné la demande d'armer l'armée soudanaise.", "egypt>S>sudan:!"},
	{"fr", "L'Iran arme les Houthis depuis des années. Téhéran dément.", "iran>S>houthis:h"},
	{"fr", "Selon l'ONU, le Rwanda soutient le M23, ce que Kigali a démenti.", "m23>A>rwanda:h"},
	{"fr", "Le Rwanda forme des combattants du M23, ce que Kigali dément.", "rwanda>T>m23:h"},
	{"fr", "Les Émirats arabes unis livrent des armes aux FSR. Abou Dhabi a rejeté ces accusations.", "united-arab-emirates>S>rsf:h"},
	{"fr", "L'Ukraine aurait aidé les rebelles du FLA, ce que Kiev a démenti.", "fla>A>ukraine:h"},
	{"fr", "Les rebelles du FLA ont reçu des renseignements de l'Ukraine, ce que Kiev a démenti.", "fla>A>ukraine:h ukraine>S>fla:?"},
	{"fr", "Alger dément armer le Front Polisario.", "algeria>S>polisario-front:n"},
	{"fr", "Le Tchad n'a accueilli ni Wagner ni l'Africa Corps.", "chad>A>wagner-group:n africa-corps>A>chad:n"},
	{"fr", "Ni la Russie ni la Chine n'ont armé la junte nigérienne.", "russia>S>niger:n china>S>niger:n"},
	{"fr", "La Russie n'a pas armé les FSR et n'a pas caché son soutien à l'armée soudanaise.", "russia>S>rsf:n russia>A>sudan:"},
	{"fr", "Le Mali ne fait plus partie de la CEDEAO.", "mali>M>ecowas:n"},
	{"fr", "La France a cessé de former l'armée malienne en 2022.", "france>T>mali:"},
	{"fr", "Le Tchad a refusé d'envoyer des troupes au Mali.", "chad>A>mali:n"},
	{"fr", "Sans l'appui du Rwanda, le M23 n'aurait pas pu prendre Goma.", "m23>A>rwanda:"},
	{"fr", "Le M23 a progressé sans aucune aide du Rwanda, affirme Kigali.", "m23>A>rwanda:!"},
	{"fr", "Contrairement au Mali, le Tchad n'a pas fait appel à Wagner.", "chad>A>wagner-group:! wagner-group>S>chad:! mali>A>wagner-group:? wagner-group>S>mali:?"},
	{"fr", "La Russie forme l'armée burkinabè, comme elle l'a fait pour le Mali.", "russia>T>burkina-faso: russia>T>mali:?"},
	{"fr", "Le Niger achète désormais ses armes à la Russie à la place de la France.", "russia>S>niger: france>S>niger:!"},
	{"fr", "Moscou envisage de livrer des avions de combat au Mali.", ""},
	{"fr", "La Turquie a proposé de former des policiers somaliens.", ""},
	{"fr", "Si la Russie livre des avions au Niger, Washington imposera des sanctions.", "russia>S>niger:! russia>O>united-states:!"},
	{"fr", "Le Mali s'est procuré des drones auprès de la Turquie.", "turkey>S>mali:"},
	{"fr", "Le Mali a acheté des drones à la Turquie.", "turkey>S>mali:"},
	{"fr", "Les drones ont été livrés au Mali par la Turquie.", "turkey>S>mali:"},
	{"fr", "Des soldats maliens ont été formés par des instructeurs russes.", "russia>T>mali:"},
	{"fr", "La formation des pilotes maliens par la Turquie a commencé en 2022.", "turkey>T>mali:"},
	{"fr", "La Russie a livré des hélicoptères au profit de l'armée malienne.", "russia>S>mali:"},
	{"fr", "Le Mali s'est doté de drones turcs.", "turkey>S>mali:"},
	{"fr", "Le Mali a reçu des drones de la Turquie.", "turkey>S>mali:"},
	{"fr", "L'armée malienne a renforcé sa flotte. Elle a reçu des drones turcs en 2023.", "turkey>S>mali:"},
	{"fr", "Le Burkina Faso s'est fait livrer des blindés par la Russie.", "russia>S>burkina-faso:"},
	{"fr", "Téhéran dément armer les Houthis.", "iran>S>houthis:n"},
	{"fr", "Kigali nie soutenir le M23.", "m23>A>rwanda:n"},
	{"fr", "L'Érythrée dément avoir envoyé des troupes en Éthiopie.", "eritrea>A>ethiopia:n"},
	{"fr", "Le Niger affirme n'avoir jamais reçu d'armes de la Russie.", "russia>S>niger:n"},
	{"fr", "Le Mali n'a pas reçu de drones turcs en 2024, selon l'armée malienne.", "turkey>S>mali:n"},
	{"fr", "Le Burundi dément combattre aux côtés de l'armée congolaise.", "burundi>A>dr-congo:n"},
	{"fr", "Ni Wagner ni l'Africa Corps n'ont formé l'armée tchadienne.", "wagner-group>T>chad:n africa-corps>T>chad:n"},
	{"fr", "La Turquie n'a pas formé la police somalienne et ne lui a pas livré de drones.", "turkey>T>somalia:n turkey>S>somalia:n"},
	{"fr", "L'Iran ne livre plus de missiles aux Houthis.", "iran>S>houthis:"},
	{"fr", "Le Mali n'est plus membre de la CEDEAO.", "mali>M>ecowas:n"},
	{"fr", "La Russie a refusé de livrer des armes à la junte nigérienne.", "russia>S>niger:n"},
	{"fr", "La Russie s'est refusée à armer les FSR.", "russia>S>rsf:n"},
	{"fr", "Moscou compte envoyer des instructeurs militaires au Niger.", ""},
	{"fr", "Ankara envisage de vendre des drones Akinci au Tchad.", ""},
	{"fr", "La Turquie devrait livrer d'autres drones au Mali.", "turkey>S>mali:!"},
	{"fr", "La Russie a promis de livrer des armes au Burkina Faso.", ""},
	{"fr", "Le Mali a demandé à la Russie de livrer davantage d'hélicoptères.", ""},
	{"fr", "Reste à savoir si l'Iran a armé les Houthis.", "iran>S>houthis:h"},
	{"fr", "On ignore si la Turquie a formé les commandos somaliens.", "turkey>T>somalia:h"},
	{"fr", "Le Kenya dément que ses troupes aient formé des soldats somaliens.", "kenya>T>somalia:n"},
	{"fr", "L'Ouganda affirme ne pas avoir armé le M23 et n'avoir jamais formé ses combattants.", "uganda>S>m23:n uganda>T>m23:n"},
	{"fr", "L'Ouganda n'a ni armé ni formé le M23, affirme Kampala.", "uganda>S>m23:n uganda>T>m23:n"},
	{"fr", "Ni l'Ouganda ni le Rwanda n'arment ou ne forment le M23, affirment leurs gouvernements.", "uganda>S>m23:n uganda>T>m23:n rwanda>S>m23:n rwanda>T>m23:n"},
	{"fr", "L'Égypte et la Turquie n'ont pas envoyé de troupes en Libye.", "egypt>A>libya:n libya>A>turkey:n"},
	{"fr", "Le Mali, le Burkina Faso et le Niger ne sont plus membres de la CEDEAO.", "mali>M>ecowas:n burkina-faso>M>ecowas:n niger>M>ecowas:n"},
	{"fr", "Le Niger a quitté la CEDEAO en janvier.", "niger>M>ecowas:n"},
	{"fr", "La Turquie n'a pas armé les FSR, a affirmé un responsable turc, contrairement à ce qu'affirmaient des experts de l'ONU.", "turkey>S>rsf:h"},
	{"fr", "Des experts de l'ONU affirment que la Turquie a armé les FSR. Ankara n'a pas réagi.", "turkey>S>rsf:h"},
	{"fr", "Le soutien de l'Égypte à l'armée soudanaise, que Le Caire dément, irrite les FSR.", "egypt>A>sudan:h"},
	{"fr", "Le Caire dément tout soutien militaire à l'armée soudanaise.", "egypt>A>sudan:n"},
	{"fr", "Les Émirats, qui livrent des drones aux FSR, démentent tout rôle dans la guerre.", "united-arab-emirates>S>rsf:"},
	{"fr", "Le Rwanda dément soutenir le M23, mais les experts de l'ONU affirment le contraire.", "m23>A>rwanda:h"},
	{"fr", "Le Rwanda nie depuis longtemps soutenir le M23. Un rapport de l'ONU documente pourtant des livraisons d'armes rwandaises au groupe.", "m23>A>rwanda:h rwanda>S>m23:h"},
	{"fr", "Les Houthis sont armés par l'Iran. Téhéran le dément.", "iran>S>houthis:h"},
	{"fr", "Les Houthis sont armés par l'Iran, ce que Téhéran conteste.", "iran>S>houthis:h"},
	{"fr", "Les Houthis sont armés par l'Iran, selon Washington, ce que Téhéran dément.", "iran>S>houthis:h"},
	{"fr", "Le Soudan accuse le Tchad d'armer les FSR. N'Djamena a rejeté l'accusation.", "chad>S>rsf:h"},
	{"fr", "Le Soudan accuse le Tchad d'armer les FSR, une accusation que N'Djamena rejette.", "chad>S>rsf:h"},
	{"fr", "Le Tchad a rejeté l'accusation du Soudan selon laquelle il armerait les FSR.", "chad>S>rsf:h"},
	{"fr", "Les FSR ont démenti avoir reçu des armes des Émirats.", "united-arab-emirates>S>rsf:n"},
	{"fr", "Les FSR affirment n'avoir jamais reçu d'armes des Émirats arabes unis.", "united-arab-emirates>S>rsf:n"},
	{"fr", "L'armée soudanaise n'a pas reçu de drones iraniens, a déclaré son porte-parole.", "iran>S>sudan:n"},
	{"fr", "Le Mali affirme n'avoir reçu aucune arme de l'Ukraine.", "ukraine>S>mali:n"},
	{"fr", "Les Houthis disent ne recevoir aucune arme de l'Iran.", "iran>S>houthis:n"},
	{"fr", "Aucun instructeur russe n'a formé l'armée nigérienne, affirme Niamey.", "russia>T>niger:n"},
	{"fr", "Aucune arme égyptienne n'est parvenue à l'armée soudanaise, assure Le Caire.", "egypt>S>sudan:n"},
	{"fr", "Ce sont des instructeurs russes, et non français, qui forment désormais l'armée malienne.", "russia>T>mali: france>T>mali:!"},
	{"fr", "Des instructeurs russes forment désormais l'armée malienne à la place des Français.", "russia>T>mali: france>T>mali:!"},
	{"fr", "Contrairement à la France, la Russie n'a jamais formé l'armée malienne.", "russia>T>mali:n france>T>mali:?"},
	{"fr", "Contrairement à la Turquie, qui a vendu des drones au Niger, la Chine n'a livré aucune arme à la junte.", "turkey>S>niger: china>S>niger:n"},
	{"fr", "Comme pour le Mali, la Turquie a livré des drones au Niger.", "turkey>S>niger: turkey>S>mali:?"},
	{"fr", "Le Mali a reçu des drones turcs ; le Niger, non.", "turkey>S>mali: turkey>S>niger:!"},
	{"fr", "Le Mali a reçu des drones turcs, mais pas le Niger.", "turkey>S>mali: turkey>S>niger:!"},
	{"fr", "La Turquie a armé le Mali mais n'a pas armé le Niger.", "turkey>S>mali: turkey>S>niger:n"},
	{"fr", "La Turquie a armé le Mali et non le Niger.", "turkey>S>mali: turkey>S>niger:!"},
	{"fr", "La Russie a vendu des avions au Mali, pas au Burkina Faso.", "russia>S>mali: russia>S>burkina-faso:!"},
	{"fr", "La Hongrie, et non la France, forme l'armée tchadienne depuis 2024.", "hungary>T>chad: france>T>chad:!"},
	{"fr", "Le Soudan a acheté des drones à l'Iran, a reconnu l'armée.", "iran>S>sudan:"},
	{"fr", "L'armée soudanaise a acheté des drones à l'Iran et à la Turquie.", "iran>S>sudan: turkey>S>sudan:"},
	{"fr", "Les drones que l'armée soudanaise a achetés à l'Iran ont changé la guerre.", "iran>S>sudan:"},
	{"fr", "Les FSR se sont procuré des drones chinois par l'intermédiaire des Émirats.", "united-arab-emirates>S>rsf: china>S>rsf:?"},
	{"fr", "Des armes vendues aux Émirats par la Bulgarie ont fini entre les mains des FSR.", "bulgaria>S>united-arab-emirates: united-arab-emirates>S>rsf:? bulgaria>S>rsf:?"},
	{"fr", "L'Iran a vendu des drones à la Russie, qui les utilise en Ukraine.", "iran>S>russia: russia>O>ukraine:?"},
	{"fr", "La Russie a acheté des obus à la Corée du Nord.", "north-korea>S>russia:"},
	{"fr", "Le Mali a payé la Turquie pour les drones qu'elle a livrés.", "turkey>S>mali:"},
	{"fr", "Des officiers tchadiens ont été formés en France.", "france>T>chad:?"},
	{"fr", "Des officiers tchadiens ont été formés en France par des instructeurs français.", "france>T>chad:"},
	{"fr", "L'armée somalienne est formée par la Turquie et l'Égypte.", "turkey>T>somalia: egypt>T>somalia:"},
	{"fr", "La Turquie forme l'armée somalienne ; l'Égypte l'arme.", "turkey>T>somalia: egypt>S>somalia:"},
	{"fr", "La Somalie bénéficie d'une formation turque.", "turkey>T>somalia:"},
	{"fr", "La Somalie a reçu de la Turquie des drones et une formation.", "turkey>T>somalia: turkey>S>somalia:"},
	{"fr", "La Turquie a assuré la formation des forces somaliennes.", "turkey>T>somalia:"},
	{"fr", "L'armée somalienne reçoit des armes de l'Égypte, qui forme aussi ses officiers.", "egypt>S>somalia: egypt>T>somalia:"},
	{"fr", "Les combattants de Wagner ont été formés par l'armée russe, ce que Moscou dément.", "russia>T>wagner-group:h"},
	{"fr", "L'Érythrée a démenti à plusieurs reprises que ses troupes aient combattu aux côtés de l'armée éthiopienne.", "eritrea>A>ethiopia:n"},
	{"fr", "Les troupes érythréennes ont combattu aux côtés de l'armée éthiopienne, ce qu'Asmara a toujours démenti.", "eritrea>A>ethiopia:h"},
	{"fr", "Les troupes érythréennes ont combattu aux côtés de l'armée éthiopienne. Asmara a toujours démenti.", "eritrea>A>ethiopia:h"},
	{"fr", "Les troupes érythréennes ont combattu aux côtés de l'armée éthiopienne. Asmara ne l'a pas démenti.", "eritrea>A>ethiopia:"},
	{"fr", "Le Tchad, qui dément armer les FSR, a laissé des avions émiratis atterrir à Amdjarass.", "chad>S>rsf:n"},
	{"fr", "Les FSR, que les Émirats nient armer, ont attaqué El-Fasher.", "united-arab-emirates>S>rsf:n"},
	{"fr", "L'Iran n'a jamais formé de combattants du Hezbollah, mais il finance le groupe.", "iran>T>hezbollah:n iran>S>hezbollah:"},
	{"fr", "Ce n'est pas la Russie mais la Turquie qui a livré les drones au Mali.", "russia>S>mali:n turkey>S>mali:"},
	{"fr", "La Turquie, et non la Russie, a livré les drones au Mali.", "turkey>S>mali:"},
	{"fr", "Le Mali a reçu ses drones de la Turquie, et non de la Russie.", "turkey>S>mali: russia>S>mali:!"},
	{"fr", "Au lieu d'armer les FSR, l'Égypte a soutenu l'armée soudanaise.", "egypt>S>rsf:! egypt>A>sudan:"},
	{"fr", "Plutôt que d'armer les FSR, l'Égypte a soutenu l'armée soudanaise.", "egypt>S>rsf:! egypt>A>sudan:"},
	{"fr", "Le Niger a mis fin à sa coopération militaire avec la France.", "france>A>niger:n niger>O>france:?"},
	{"fr", "Le Mali a dénoncé ses accords de défense avec la France.", "france>A>mali:n france>O>mali:?"},
	{"fr", "La Turquie a cessé de vendre des drones à l'Éthiopie après le cessez-le-feu.", "turkey>S>ethiopia:"},
	{"fr", "Les combattants de Wagner ne combattent plus aux côtés de l'armée malienne.", "mali>A>wagner-group:"},
	{"fr", "La Russie formera des pilotes maliens l'an prochain.", ""},
	{"fr", "La Turquie a accepté de vendre des drones au Niger.", "turkey>S>niger:!"},
	{"fr", "Si la Turquie livrait des drones aux FSR, le Soudan romprait avec Ankara.", "turkey>S>rsf:! sudan>O>turkey:!"},
	{"fr", "L'Égypte armerait-elle l'armée soudanaise si les FSR prenaient Khartoum ?", "egypt>S>sudan:!"},
	{"fr", "Personne ne sait si le Rwanda a armé le M23.", "rwanda>S>m23:!"},
	{"fr", "La Russie ne forme pas l'armée malienne, a déclaré Moscou, contrairement à ce qu'affirmait un journal local.", "russia>T>mali:h"},
	{"fr", "Selon des experts de l'ONU, le Tchad laisse transiter des armes émiraties vers les FSR. N'Djamena dément.", "united-arab-emirates>S>rsf:h"},
	{"fr", "La Russie livre des armes au Mali. Elle dément en revanche armer le Burkina Faso.", "russia>S>mali: russia>S>burkina-faso:n"},
	{"fr", "Le Mali reçoit des armes russes. Moscou dément toutefois avoir livré des avions.", "russia>S>mali:"},
	{"fr", "Des drones turcs ont été livrés au Niger en 2022. Ankara n'a jamais nié ces livraisons.", "turkey>S>niger:"},
	{"fr", "La Turquie n'a pas livré de drones aux FSR, mais l'Iran en a livré à l'armée soudanaise.", "turkey>S>rsf:n iran>S>sudan:"},
	{"fr", "L'Iran n'a pas armé les FSR mais l'armée soudanaise.", "iran>S>rsf:n iran>S>sudan:"},
	{"fr", "Le Rwanda ne soutient pas le M23 : c'est la RDC qui soutient les FDLR, affirme Kigali.", "m23>A>rwanda:n dr-congo>A>fdlr:h"},
	{"fr", "Kigali n'a aucun lien avec le M23, assure le gouvernement rwandais.", "rwanda>M>m23:n"},
	{"fr", "Les Émirats ont démenti les informations selon lesquelles ils armeraient les FSR.", "united-arab-emirates>S>rsf:h"},
	{"fr", "Abou Dhabi a qualifié de « sans fondement » les accusations selon lesquelles il livre des armes aux FSR.", "united-arab-emirates>S>rsf:h"},
	{"fr", "Le ministère a jugé infondées les accusations d'un soutien émirati aux FSR.", "united-arab-emirates>A>rsf:!"},
	{"fr", "Le Mali, qui a reçu des drones de la Turquie, n'a pas reçu d'avions de la Russie.", "turkey>S>mali: russia>S>mali:n"},
	{"fr", "Le Mali a reçu des hélicoptères. Ils lui ont été livrés par la Russie.", "russia>S>mali:"},
	{"fr", "Des drones ont été vendus au Mali par la Turquie.", "turkey>S>mali:"},
	{"fr", "La Turquie a vendu des drones au Mali.", "turkey>S>mali:"},
	{"fr", "Le Mali a commandé des drones à la Turquie.", "turkey>S>mali:?"},
	{"fr", "Les forces spéciales maliennes se sont entraînées avec des instructeurs russes.", "russia>T>mali:"},
	{"fr", "Les soldats tchadiens se sont entraînés aux côtés de militaires français.", "chad>A>france:?"},
	{"fr", "Les soldats somaliens formés par la Turquie ont attaqué les Chabab.", "turkey>T>somalia: somalia>O>al-shabaab:"},
	{"fr", "La Turquie a été formée par le Mali.", "mali>T>turkey:"},
	{"fr", "L'armée malienne, formée par la Russie, a repris Kidal.", "russia>T>mali:"},
	{"fr", "Les Houthis se sont procuré des missiles auprès de l'Iran.", "iran>S>houthis:"},
	{"fr", "La Russie s'est vu livrer des drones par l'Iran.", "iran>S>russia:"},
	{"fr", "L'Ukraine a reçu des avions F-16 du Danemark et des Pays-Bas.", "denmark>S>ukraine: netherlands>S>ukraine:"},
	{"fr", "La Russie a armé l'armée centrafricaine, qui a reçu des hélicoptères de Moscou en 2020.", "russia>S>central-african-republic:"},
	{"fr", "Le Kenya a envoyé des policiers en Haïti pour le compte des Nations unies.", "haiti>A>kenya:? kenya>M>united-nations:?"},
	{"fr", "L'Égypte a fourni des drones à l'armée soudanaise, selon des sources. Le Caire a démenti.", "egypt>S>sudan:h"},
	{"fr", "Les Émirats démentent armer les FSR. Ils affirment que leur aide au Soudan est humanitaire.", "united-arab-emirates>S>rsf:n"},
	{"fr", "Kigali rejette les accusations selon lesquelles il armerait le M23.", "rwanda>S>m23:h"},
	{"fr", "Téhéran a qualifié de mensongères les affirmations selon lesquelles il arme les Houthis.", "iran>S>houthis:h"},
	{"fr", "Moscou a démenti que des combattants de Wagner aient combattu aux côtés de l'armée malienne.", "mali>A>wagner-group:n"},
	{"fr", "La Russie dément avoir formé des soldats soudanais.", "russia>T>sudan:n"},
	{"fr", "Kiev a démenti avoir aidé les rebelles du FLA.", "fla>A>ukraine:n"},
	{"fr", "L'Iran n'arme pas les Houthis, insiste Téhéran, et n'a jamais formé le Hezbollah.", "iran>S>houthis:n iran>T>hezbollah:n"},
	{"fr", "Le Burkina Faso ne coopère plus avec la France.", "burkina-faso>A>france:n"},
	{"fr", "Le Mali se fait livrer des drones par la Turquie.", "turkey>S>mali:"},
	{"fr", "L'Iran arme les Houthis. Téhéran a démenti toute implication dans l'attaque.", "iran>S>houthis:"},
	{"fr", "Le Mali a payé la Turquie pour les drones livrés.", "turkey>S>mali:"},
	{"fr", "Les FSR se sont fait livrer des armes par les Émirats.", "united-arab-emirates>S>rsf:"},
	{"fr", "L'Iran arme les Houthis. Téhéran ne le dément pas.", "iran>S>houthis:"},
	{"fr", "Moscou a envoyé des instructeurs à Bamako. Le Kremlin dément toutefois qu'ils forment les soldats maliens.", "russia>T>mali:! mali>A>russia:?"},
	{"fr", "Wagner a formé l'armée centrafricaine pendant des années, selon l'ONU. Le groupe l'a toujours démenti.", "wagner-group>T>central-african-republic:h"},
	{"fr", "Les FSR ont reçu des armes des Émirats, selon des experts de l'ONU. Le ministère émirati des Affaires étrangères a rejeté ce rapport.", "united-arab-emirates>S>rsf:h"},
	{"fr", "L'armée rwandaise combat aux côtés du M23, selon l'ONU. Kigali dément et accuse Kinshasa de soutenir les FDLR.", "m23>A>rwanda:h dr-congo>A>fdlr:h"},
	{"fr", "Les drones turcs utilisés par l'armée soudanaise ont été livrés par Ankara l'an dernier. La Turquie dément vendre des armes au Soudan.", "turkey>S>sudan:h"},
	{"fr", "Ce n'est pas la Russie qui a livré les hélicoptères au Mali, c'est la Turquie.", "russia>S>mali:! turkey>S>mali:?"},
	{"fr", "C'est la Turquie, et non la Russie, qui fournit des drones au Niger.", "turkey>S>niger: russia>S>niger:!"},
	{"fr", "Le Rwanda n'a jamais reconnu soutenir le M23.", "m23>A>rwanda:h"},
	{"fr", "La junte a démenti l'arrivée de mercenaires russes au Niger, mais a reconnu avoir reçu des instructeurs russes.", "russia>T>niger: russia>S>niger:?"},
	{"fr", "Le Tchad dément que son territoire ait servi à armer les FSR.", "chad>S>rsf:!"},
	{"fr", "Le Kenya, qui dément former des milices somaliennes, accueille un camp d'entraînement près de la frontière.", "kenya>T>somalia:!"},
	{"fr", "L'Égypte, qui n'a pas envoyé de troupes en Somalie, forme néanmoins des officiers somaliens.", "egypt>A>somalia:! egypt>T>somalia:"},
	{"fr", "Le Hezbollah est armé par l'Iran, qui ne s'en cache pas.", "iran>S>hezbollah:"},
	{"fr", "L'Iran ne nie pas armer le Hezbollah.", "iran>S>hezbollah:"},
	{"fr", "Personne ne conteste que l'Iran arme le Hezbollah.", "iran>S>hezbollah:"},
	{"fr", "Washington a suspendu ses livraisons d'armes à l'Ukraine en mars.", "united-states>S>ukraine:"},
	{"fr", "Les Émirats ont été accusés d'armer les FSR. Abou Dhabi rejette ces accusations.", "united-arab-emirates>S>rsf:h"},
	{"fr", "L'armée soudanaise accuse les Émirats d'armer les FSR. Abou Dhabi dément et affirme n'envoyer que de l'aide humanitaire.", "united-arab-emirates>S>rsf:h"},
	{"fr", "Le Tchad a reçu des blindés des Émirats en 2023.", "united-arab-emirates>S>chad:"},
	{"fr", "La Turquie forme des soldats somaliens depuis 2017. L'armée somalienne compte désormais sur eux.", "turkey>T>somalia:"},
	{"fr", "Les commandos somaliens Gorgor ont été formés par la Turquie.", "turkey>T>somalia:"},
	{"fr", "Des officiers turcs ont formé la brigade Gorgor pour le compte du gouvernement somalien.", "turkey>T>somalia:"},
	{"fr", "Les drones ont été achetés par l'Éthiopie à la Turquie.", "turkey>S>ethiopia:"},
	{"fr", "Les drones éthiopiens ont été achetés à la Turquie et aux Émirats.", "turkey>S>ethiopia: united-arab-emirates>S>ethiopia:"},
	{"fr", "L'Éthiopie a commandé des drones Bayraktar à la Turquie, qui les a livrés en 2021.", "turkey>S>ethiopia:"},
	{"fr", "Le Niger s'est équipé de drones turcs et de systèmes de défense aérienne russes.", "turkey>S>niger: russia>S>niger:"},
	{"fr", "Le Mali n'a vendu aucune arme au Niger.", "mali>S>niger:n"},
	{"fr", "Les drones que la Turquie a vendus au Mali ont été utilisés contre le FLA.", "turkey>S>mali: fla>O>mali:?"},
	{"fr", "Le Mali a obtenu de la Russie des hélicoptères de combat.", "russia>S>mali:"},
	{"fr", "C'est auprès de la Turquie que le Mali s'est procuré ses drones.", "turkey>S>mali:"},
	{"fr", "La Russie a fourni des armes au Mali, ce que Moscou ne dément pas.", "russia>S>mali:"},
	{"fr", "Les Émirats auraient armé les FSR. Abou Dhabi a toujours nié.", "united-arab-emirates>S>rsf:h"},
	{"fr", "Les Émirats arment les FSR, affirment des experts. Abou Dhabi s'en défend.", "united-arab-emirates>S>rsf:h"},
	{"fr", "Un rapport de l'ONU documente des livraisons d'armes du Rwanda au M23.", "rwanda>S>m23:h"},
	{"fr", "Selon un rapport de l'ONU, le Rwanda a livré des armes au M23.", "rwanda>S>m23:h"},
	{"fr", "L'Égypte a livré des drones à l'armée soudanaise. Le Caire dément avoir livré des armes à l'un ou l'autre camp.", "egypt>S>sudan:h"},
	{"fr", "La Turquie forme l'armée somalienne. Ankara dément armer des milices.", "turkey>T>somalia:"},
}
