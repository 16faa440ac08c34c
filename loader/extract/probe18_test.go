package extract_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// The eighteenth session's probe of references across sentences: short
// paragraphs in which a relation's sentence names its actor by a pronoun
// ("It", "its", « il », « elle », « leur »), a definite description ("the
// group", « le mouvement », « les jihadistes », « la confédération »), a
// counted or plural anaphor ("the two countries", "both", « les trois
// juntes ») or a role ("the Malian president", « le chef de l'État »),
// and paragraphs where the reference must not resolve (a pronoun for a
// place, an event or a person who is no actor; "the two countries" after
// three; a description that fits two actors).
//
// The table is probe18Paragraphs, one paragraph a block:
//
//	en: text            (or "fr:"; "en?:" / "fr?:" marks an open case)
//	= from type to [h|n|hn]   a claim the codebook wants (the list is exact)
//	! from type to            a claim it must not give, whatever its flags
//
// "#" lines name the family of the paragraphs after them.
//
// 271 paragraphs (140 en, 131 fr; 73 where a reference must not
// resolve): the session's starting extractor read 103 wrong (83 claims
// missed, 17 wrong actors, 23 forbidden and 10 invented claims, one
// article lost to a panic); after its mends 48 stay open
// (TestProbe18Open).

type probe18Case struct {
	family, lang, text string
	open               bool
	want, not          []rel
}

func parseProbe18(t *testing.T, src string) []probe18Case {
	t.Helper()
	var out []probe18Case
	family := ""
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "#"):
			family = strings.TrimSpace(line[1:])
		case line[0] == '=' || line[0] == '!':
			f := strings.Fields(line[1:])
			if len(out) == 0 || len(f) < 3 || len(f) > 4 {
				t.Fatalf("bad claim line %q", line)
			}
			r := rel{f[0], graph.RelType(f[1]), f[2], ""}
			if _, err := graph.ParseRelType(f[1]); err != nil {
				t.Fatalf("bad type in %q", line)
			}
			if len(f) == 4 {
				r.flags = f[3]
			}
			c := &out[len(out)-1]
			if line[0] == '=' {
				c.want = append(c.want, canonRel(r))
			} else {
				c.not = append(c.not, canonRel(r))
			}
		default:
			lang, text, ok := strings.Cut(line, ":")
			if !ok {
				t.Fatalf("bad line %q", line)
			}
			open := strings.HasSuffix(lang, "?")
			lang = strings.TrimSuffix(lang, "?")
			out = append(out, probe18Case{family: family, lang: lang, text: strings.TrimSpace(text), open: open})
		}
	}
	return out
}

// canonRel orders the ends of a symmetric relation.
func canonRel(r rel) rel {
	if r.typ.Symmetric() && r.to < r.from {
		r.from, r.to = r.to, r.from
	}
	return r
}

// probe18Wrong returns the readings of got that differ from the case, one
// line each, classified: missed, wrong actor, wrong direction, wrong
// flags, invented, forbidden; none when the reading is right.
func probe18Wrong(c probe18Case, got []rel) []string {
	// one claim per relation, its flags the article's (codebook, General
	// rules): asserted when one evidence is, else hedged when one is,
	// else negated
	var g []rel
	for _, r := range got {
		r = canonRel(r)
		k := slices.IndexFunc(g, func(x rel) bool { return x.from == r.from && x.typ == r.typ && x.to == r.to })
		switch {
		case k < 0:
			g = append(g, r)
		case r.flags == "" || g[k].flags == "":
			g[k].flags = ""
		case strings.Contains(r.flags, "h") || strings.Contains(g[k].flags, "h"):
			g[k].flags = "h"
		}
	}
	var out []string
	used := make([]bool, len(g))
	var missed []rel
	for _, w := range c.want {
		if k := slices.Index(g, w); k >= 0 && !used[k] {
			used[k] = true
			continue
		}
		missed = append(missed, w)
	}
	var extra []rel
	for k, r := range g {
		if !used[k] {
			extra = append(extra, r)
		}
	}
	for _, w := range missed {
		kind := "missed"
		for k, r := range extra {
			if r.typ != w.typ {
				continue
			}
			switch {
			case r.from == w.from && r.to == w.to:
				kind = "wrong flags"
			case r.from == w.to && r.to == w.from:
				kind = "wrong direction"
			case r.from == w.from || r.to == w.to:
				kind = "wrong actor"
			default:
				continue
			}
			extra = slices.Delete(extra, k, k+1)
			break
		}
		out = append(out, fmt.Sprintf("%s: want %v", kind, w))
	}
	for _, r := range extra {
		kind := "invented"
		for _, n := range c.not {
			if n.from == r.from && n.typ == r.typ && n.to == r.to {
				kind = "forbidden"
			}
		}
		out = append(out, fmt.Sprintf("%s: got %v", kind, r))
	}
	return out
}

// TestProbe18 runs the paragraphs the extractor reads right; each must
// stay right.
func TestProbe18(t *testing.T) {
	runParagraphs(t, parseProbe18(t, probe18Paragraphs), func(c probe18Case) probe18Case { return c }, probe18Wrong)
}

// TestProbe18Open logs the paragraphs the extractor still reads wrong,
// with the wrong readings; it does not fail, so that a mend shows as a
// case to move to TestProbe18. PROBE18_ALL=1 classifies every paragraph.
func TestProbe18Open(t *testing.T) {
	logOpenParagraphs(t, parseProbe18(t, probe18Paragraphs), os.Getenv("PROBE18_ALL") != "", func(c probe18Case) probe18Case { return c }, probe18Wrong)
}

// runParagraphs runs the cases of a paragraph table that are not open:
// each must read right by wrong (base gives a case's paragraph).
func runParagraphs[C any](t *testing.T, cases []C, base func(C) probe18Case, wrong func(C, []rel) []string) {
	t.Helper()
	for _, c := range cases {
		p := base(c)
		if p.open {
			continue
		}
		t.Run(p.text, func(t *testing.T) {
			if w := wrong(c, relations(run(t, p.lang, p.text))); len(w) > 0 {
				t.Errorf("%s (%s): %s", p.text, p.family, strings.Join(w, "; "))
			}
		})
	}
}

// logOpenParagraphs logs the open cases of a paragraph table that still
// read wrong, with the wrong readings, and their count; it does not fail.
// With all it classifies every case and names the open ones now right.
func logOpenParagraphs[C any](t *testing.T, cases []C, all bool, base func(C) probe18Case, wrong func(C, []rel) []string) {
	t.Helper()
	open, n := 0, 0
	for _, c := range cases {
		p := base(c)
		if !p.open && !all {
			continue
		}
		n++
		if w := wrong(c, relations(run(t, p.lang, p.text))); len(w) > 0 {
			open++
			t.Logf("[%s] %s (%s): %s", p.lang, p.text, p.family, strings.Join(w, "; "))
		} else if all && p.open {
			t.Logf("NOW RIGHT: %s", p.text)
		}
	}
	t.Logf("%d of %d paragraphs read wrong", open, n)
}

// TestPassivePronoun: a sentence-opening pronoun before a copula, a
// participle and a passive marker (or an accusation verb) is the subject
// of a passive, not an expletive; "It is unclear", "It is believed by"
// stay expletives.
func TestPassivePronoun(t *testing.T) {
	runRelCases(t, []relCase{
		{"It is backed by", "en", "The M23 seized Goma in January. It is backed by Rwanda.", []rel{
			{"m23", graph.Allied, "rwanda", ""}}},
		{"It is accused of", "en", "The United Arab Emirates has rejected the report. It is accused of arming the RSF.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"Il est soutenu par", "fr", "Le Front Polisario a proclamé sa république en 1976. Il est soutenu par l'Algérie.", []rel{
			{"algeria", graph.Allied, "polisario-front", ""}}},
		{"Elle est soutenue par", "fr", "L'armée soudanaise a repris Khartoum. Elle est soutenue par l'Égypte.", []rel{
			{"egypt", graph.Allied, "sudan", ""}}},
		{"It is unclear", "en", "The M23 seized Goma in January. It is unclear whether Rwanda backs the rebels.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"Il est probable", "fr", "Le M23 a pris Goma. Il est probable que le Rwanda a livré des armes.", nil},
		{"It is believed by", "en", "The M23 took Goma. It is believed by many in Kinshasa that the war will last.", nil},
	})
}

// TestCountedReferences: a bare "both" / « tous deux » opening a sentence
// before its verb stands for the two actors of the list just named;
// "the two countries" after three named together, or "both" after three,
// names none; new plural nouns ("the two powers", « les deux monarchies
// »); a counted anaphor after a list further back still takes the last
// ones named.
func TestCountedReferences(t *testing.T) {
	runRelCases(t, []relCase{
		{"Both deny", "en", "Rwanda and Uganda met in Kampala on Tuesday. Both deny backing the M23.", []rel{
			{"m23", graph.Allied, "rwanda", "n"}, {"m23", graph.Allied, "uganda", "n"}}},
		{"Tous deux", "fr", "Le Mali et le Niger ont rappelé leurs ambassadeurs. Tous deux reçoivent des armes de la Russie.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"russia", graph.Supplies, "niger", ""}}},
		{"Both after three", "en", "Iran, Russia and China held naval drills. Both have armed the Houthis.", []rel{
			// the drills are joint exercises (gold19fr.go, joint); "Both" still resolves to none
			{"china", graph.Allied, "iran", ""}, {"china", graph.Allied, "russia", ""}, {"iran", graph.Allied, "russia", ""}}},
		{"Both after a list far back", "en", "Rwanda and Uganda met in Kampala. The talks lasted two days. Officials were upbeat. Both deny backing the M23.", nil},
		{"two countries after three", "en", "Mali, Burkina Faso and Niger recalled their envoys. The two countries signed a defence pact with Russia.", nil},
		{"deux pays after three", "fr", "L'Iran, la Russie et la Chine ont organisé des manœuvres. Les deux pays ont armé les Houthis.", []rel{
			// the manœuvres are joint exercises (gold19fr.go, joint); « les deux pays » still resolves to none
			{"china", graph.Allied, "iran", ""}, {"china", graph.Allied, "russia", ""}, {"iran", graph.Allied, "russia", ""}}},
		{"the two powers", "en", "Russia and Turkey met in Ankara. The two powers have armed Mali since 2021.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"turkey", graph.Supplies, "mali", ""}}},
		{"les deux monarchies", "fr", "L'Arabie saoudite et les Émirats arabes unis sont intervenus au Yémen. Les deux monarchies combattent les Houthis.", []rel{
			{"houthis", graph.Opposed, "saudi-arabia", ""}, {"houthis", graph.Opposed, "united-arab-emirates", ""}}},
		{"three named far back, two named since", "en", "Kataib Hezbollah, Harakat al-Nujaba and Kataib Sayyid al-Shuhada operate in Iraq. Kataib Hezbollah paused its attacks. Harakat al-Nujaba said it would keep fighting. Both factions are part of the Popular Mobilization Forces.", []rel{
			{"kataib-hezbollah", graph.MemberOf, "popular-mobilization-forces", ""}, {"harakat-al-nujaba", graph.MemberOf, "popular-mobilization-forces", ""}}},
	})
}

// TestListedDescription: a definite description after a list of actors
// of its kind named in the sentence before names none of them, unless
// its noun heads the name of one not in the list; a recipient so
// described is no home state either.
func TestListedDescription(t *testing.T) {
	runRelCases(t, []relCase{
		{"The group after two", "en", "JNIM and the FLA both operate in northern Mali. The group fought alongside Ukraine.", nil},
		{"Le groupe jihadiste after two", "fr", "L'ISWAP et Boko Haram se sont affrontés près du lac Tchad. Le groupe jihadiste a ensuite attaqué une base de l'armée nigériane.", []rel{
			{"boko-haram", graph.Opposed, "iswap", ""}}},
		{"The group receives, no home", "en", "The Houthis and Hezbollah are both armed by Iran. The group also receives weapons from Russia.", []rel{
			{"iran", graph.Supplies, "houthis", ""}, {"iran", graph.Supplies, "hezbollah", ""}}},
		{"one group named", "en", "JNIM operates in northern Mali. The group fought the Malian army.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"L'alliance heads a name outside the list", "fr", "La MNDAA fait partie de l'Alliance des trois fraternités, aux côtés de la TNLA et de l'Armée d'Arakan. L'alliance a lancé une offensive contre la junte birmane.", []rel{
			{"mndaa", graph.MemberOf, "three-brotherhood-alliance", ""}, {"tnla", graph.MemberOf, "three-brotherhood-alliance", ""}, {"arakan-army", graph.MemberOf, "three-brotherhood-alliance", ""}, {"myanmar", graph.Opposed, "three-brotherhood-alliance", ""}}},
	})
}

// TestDescriptionNouns: descriptions of armed groups with a modifier or
// a noun of their members ("the force", "the paramilitary force", "the mercenaries",
// « les miliciens », « les ex-rebelles ») stand for the last group named;
// in apposition right after a group they describe it, whatever other
// name their noun heads.
func TestDescriptionNouns(t *testing.T) {
	runRelCases(t, []relCase{
		{"the paramilitary force", "en", "The RSF control most of Darfur. The paramilitary force receives weapons from the United Arab Emirates.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", ""}}},
		{"the mercenaries", "en", "The Wagner Group lost dozens of men. The mercenaries had fought beside the Malian army since 2021.", []rel{
			{"mali", graph.Allied, "wagner-group", ""}}},
		{"the militiamen", "en", "The Fano militias have seized several towns in Amhara. The militiamen are fighting the Ethiopian army.", []rel{
			{"ethiopia", graph.Opposed, "fano", ""}}},
		{"la force paramilitaire", "fr", "Les FSR contrôlent la majeure partie du Darfour. La force paramilitaire a reçu des armes de la Russie.", []rel{
			{"russia", graph.Supplies, "rsf", ""}}},
		{"the force, a group", "en", "The LNA controls eastern Libya. The force has received weapons from Russia.", []rel{
			{"russia", graph.Supplies, "lna", ""}}},
		{"la force, a group", "fr", "L'ANL contrôle l'est de la Libye. La force a reçu des armes de la Russie.", []rel{
			{"russia", graph.Supplies, "lna", ""}}},
		{"the force, a mission", "en", "The SADC mission arrived in Goma in 2023. The force fought the M23.", []rel{
			{"m23", graph.Opposed, "sadc", ""}}},
		{"les ex-rebelles", "fr", "Le CSP-DPA a été dissous en 2024. Les ex-rebelles ont rejoint le FLA.", []rel{
			{"csp-dpa", graph.MemberOf, "fla", ""}}},
		{"apposition heads another name", "en", "Its partner is the Southern Transitional Council, the separatist movement led by Aidarous al-Zubaidi. The Houthis attacked Aden.", []rel{
			{"aidarous-al-zubaidi", graph.Leads, "stc", ""}}},
	})
}

// TestOwnedTitle: a leader's role or a head of state's title naming its
// owner ("The Malian president", "the RSF commander", « le président
// tchadien ») in a sentence naming no person stands for the person named
// before whom the lexicon has lead that owner, and leads it; not "the
// president" alone, nor a title whose sentence names a person.
func TestOwnedTitle(t *testing.T) {
	runRelCases(t, []relCase{
		{"The Malian president", "en", "Assimi Goita received Russian officials in Bamako on Monday. The Malian president later flew to Moscow.", []rel{
			{"assimi-goita", graph.Leads, "mali", ""}}},
		{"The LNA commander", "en", "Khalifa Haftar met Russian officials in Benghazi. The LNA commander later flew to Moscow.", []rel{
			{"khalifa-haftar", graph.Leads, "lna", ""}}},
		{"The Congolese president, two named", "en", "Felix Tshisekedi met Paul Kagame in Washington in June. The Congolese president then flew to Kinshasa.", []rel{
			{"felix-tshisekedi", graph.Leads, "dr-congo", ""}}},
		{"le président tchadien", "fr", "Mahamat Idriss Déby a reçu l'ambassadeur turc. Le président tchadien s'est ensuite rendu à Ankara.", []rel{
			{"mahamat-idriss-deby", graph.Leads, "chad", ""}}},
		{"le chef des FSR", "fr", "Mohamed Hamdan Daglo n'a pas été vu depuis des semaines. Le chef des FSR est à Nyala.", []rel{
			{"mohamed-hamdan-dagalo", graph.Leads, "rsf", ""}}},
		{"the president, two named", "en", "Felix Tshisekedi met Paul Kagame in Washington in June. The president then flew home.", nil},
		{"a person in the sentence", "en", "Assimi Goita flew to Moscow. The Malian president's envoy, Abdoulaye Diop, stayed in Bamako.", nil},
		{"no person named", "en", "Mali's army retook Kidal. The Malian president thanked the troops.", nil},
	})
}

// TestPronounObjectAlone: a sentence naming one actor, whose active
// trigger has a pronoun object ("Israel struck it", "Iran supplies them",
// « L'Iran leur fournit », « l'a financé »), relates it to the subject of
// the sentence before; with no actor opening that sentence, to none.
func TestPronounObjectAlone(t *testing.T) {
	runRelCases(t, []relCase{
		{"struck it", "en", "Hezbollah is Lebanon's strongest armed force. Israel struck it again on Tuesday.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"supplies them", "en", "The Houthis have kept up their campaign. Iran supplies them with missiles and drones.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"leur fournit", "fr", "Les Houthis poursuivent leur campagne. L'Iran leur fournit des missiles et des drones.", []rel{
			{"iran", graph.Supplies, "houthis", ""}}},
		{"l'a financé", "fr", "Le Hamas a perdu ses commandants. L'Iran l'a financé pendant des années.", []rel{
			{"iran", graph.Supplies, "hamas", ""}}},
		{"no subject before", "en", "The offensive began in October. Russia supported it.", nil},
		{"a person before", "en", "Assimi Goita spoke in Bamako. Russia supported him.", nil},
	})
}

// TestSourceBeforePronoun: a source opening the sentence ("According to
// the UN", « Selon l'ONU », "UN experts say") is no antecedent of a
// subject pronoun after it, which stands for the subject of the sentence
// before; a speaker still is ("Mali said that it").
func TestSourceBeforePronoun(t *testing.T) {
	runRelCases(t, []relCase{
		{"UN experts say it", "en", "Rwanda rejected the claims. UN experts say it deployed thousands of troops alongside the M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"According to the UN, it", "en", "Rwanda rejected the claims. According to the UN, it has backed the M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"Selon l'ONU, il", "fr", "Le Rwanda a rejeté ces accusations. Selon l'ONU, il soutient le M23.", []rel{
			{"m23", graph.Allied, "rwanda", "h"}}},
		{"a speaker is the subject", "en", "Mali said that it had attacked the FLA.", []rel{
			{"fla", graph.Opposed, "mali", ""}}},
		{"no subject before", "en", "The talks failed. UN experts say it deployed troops alongside the M23.", nil},
	})
}

// TestCofightPronounObject: coordinated subjects fighting a clitic
// object stood for by an extra mention (pronounPairs) made coFighters
// index the sentence's mentions past their end (a panic, the article
// lost); the pronoun's actor is fought.
func TestCofightPronounObject(t *testing.T) {
	runRelCases(t, []relCase{
		{"les combattent", "fr", "Les ADF sont installées en Ituri. Les armées ougandaise et congolaise les combattent depuis 2021.", []rel{
			{"adf", graph.Opposed, "uganda", ""}, {"adf", graph.Opposed, "dr-congo", ""}}},
	})
}

// TestStateSubject: "the country" / « le pays » opening a sentence as
// its subject stands for the state opening the sentence before; not one
// listed there with another state, nor after no state.
func TestStateSubject(t *testing.T) {
	runRelCases(t, []relCase{
		{"The country has deployed", "en", "Rwanda denies any link with the rebels. The country has deployed troops alongside the M23.", []rel{
			{"m23", graph.Allied, "rwanda", ""}}},
		{"Le pays a déployé", "fr", "Le Rwanda nie tout lien avec les rebelles. Le pays a déployé des soldats aux côtés du M23.", []rel{
			{"m23", graph.Allied, "rwanda", ""}}},
		{"two states before", "en", "Mali and Niger met in Niamey. The country backs Russia.", nil},
		{"a group before", "en", "The M23 took Goma. The country has deployed troops alongside the rebels.", nil},
		{"the country's", "en", "Rwanda denies any link. The country of a thousand hills backs the M23.", nil},
	})
}

// TestCountedNoCofight: the actors of one counted anaphor or pronoun
// fighting one adversary are not made allies ("Both groups also attack
// the Malian army" after "JNIM and ISWAP have clashed"); coordinated
// names still are ("Chad and Niger attacked Boko Haram"), and a joint cue
// makes them allies ("The two groups have coordinated attacks", joint).
func TestCountedNoCofight(t *testing.T) {
	runRelCases(t, []relCase{
		{"Both groups attack", "en", "JNIM and ISWAP have clashed repeatedly in central Mali. Both groups also attack the Malian army.", []rel{
			{"iswap", graph.Opposed, "jnim", ""}, {"jnim", graph.Opposed, "mali", ""}, {"iswap", graph.Opposed, "mali", ""}}},
		{"Les deux voisins combattent", "fr", "Le Tchad et le Cameroun ont reçu des délégations du Nigeria. Les deux voisins combattent Boko Haram.", []rel{
			{"boko-haram", graph.Opposed, "chad", ""}, {"boko-haram", graph.Opposed, "cameroon", ""}}},
		{"The two groups have coordinated", "en", "The FLA and JNIM share a common enemy. The two groups have coordinated attacks against the Malian army.", []rel{
			{"fla", graph.Opposed, "mali", ""}, {"jnim", graph.Opposed, "mali", ""}, {"fla", graph.Allied, "jnim", ""}}},
		{"les deux groupes ont coordonné", "fr", "Le FLA et le JNIM ont un ennemi commun. Les deux groupes ont coordonné des attaques contre l'armée malienne.", []rel{
			{"fla", graph.Opposed, "mali", ""}, {"jnim", graph.Opposed, "mali", ""}, {"fla", graph.Allied, "jnim", ""}}},
		{"coordinated names", "en", "Chad and Niger attacked Boko Haram.", []rel{
			{"boko-haram", graph.Opposed, "chad", ""}, {"boko-haram", graph.Opposed, "niger", ""}, {"chad", graph.Allied, "niger", ""}}},
	})
}

// TestHomeSupplierNoRecipient: a supplier list that holds the home state
// gives no "/home" recipient ("Russia, Turkey and China supply arms to
// the Sahel juntas" made Russia receive from Turkey and China).
func TestHomeSupplierNoRecipient(t *testing.T) {
	runRelCases(t, []relCase{
		{"home among the suppliers", "en", "Russia, Turkey and China supply arms to the Sahel juntas.", nil},
		{"two suppliers, home first", "en", "Russia and Turkey supply arms to the Sahel juntas.", nil},
		{"a named recipient", "en", "Russia, Turkey and China supply arms to Mali.", []rel{
			{"russia", graph.Supplies, "mali", ""}, {"turkey", graph.Supplies, "mali", ""}, {"china", graph.Supplies, "mali", ""}}},
	})
}

// TestPluralStatePronoun: « Ils » / « Elles » opening a sentence stand for
// a state that opened the sentence before with a plural name or
// institution and agrees with them (« Les Émirats arabes unis », « Les
// FAMa »); not one of another number (« La Turquie ... . Ils »).
func TestPluralStatePronoun(t *testing.T) {
	runRelCases(t, []relCase{
		{"Ils sont accusés", "fr", "Les Émirats arabes unis ont rejeté le rapport. Ils sont accusés d'armer les FSR via le Tchad.", []rel{
			{"united-arab-emirates", graph.Supplies, "rsf", "h"}}},
		{"Elles étaient appuyées", "fr", "Les FAMa ont repris Kidal en novembre 2023. Elles étaient appuyées par des combattants de Wagner.", []rel{
			{"mali", graph.Allied, "wagner-group", ""}}},
		{"a singular state", "fr", "La Turquie a rejeté le rapport. Ils sont accusés d'armer les FSR.", nil},
		{"a group before still", "fr", "Le M23 a pris Goma. Ils sont soutenus par le Rwanda.", []rel{
			{"m23", graph.Allied, "rwanda", ""}}},
	})
}

// TestRulersInstitution: a state's rulers or military leaders are its
// institution ("Mali's rulers", "Niger's military leaders", « les
// dirigeants militaires maliens »), so that "the junta" after them is
// that state's.
func TestRulersInstitution(t *testing.T) {
	runRelCases(t, []relCase{
		{"Mali's rulers ... the junta", "en", "Mali's rulers have grown close to Moscow. The junta received fighter jets from Russia.", []rel{
			{"russia", graph.Supplies, "mali", ""}}},
		{"Niger's military leaders ... the junta", "en", "Niger's military leaders closed the border. The junta has trained with Russian instructors since 2024.", []rel{
			{"russia", graph.Trains, "niger", ""}}},
	})
}

// TestPronounSpeaker: "She says" / "He says" opening a sentence reports
// the rest (hedged) as "Aminata Dicko says" does, when the person leads
// nothing the lexicon knows; a leader's "He said" stays as before.
func TestPronounSpeaker(t *testing.T) {
	runRelCases(t, []relCase{
		{"She says", "en", "A lawyer, Aminata Dicko, has documented abuses. She says the Malian army and Wagner fighters worked together in Moura.", []rel{
			{"mali", graph.Allied, "wagner-group", "h"}}},
		{"He says, no one before", "en", "The report was published on Monday. He says Rwanda trains the M23.", []rel{
			{"rwanda", graph.Trains, "m23", "h"}}},
		{"a leader's He said", "en", "Russian President Vladimir Putin spoke on Monday. He said Russia arms Mali.", []rel{
			{"vladimir-putin", graph.Leads, "russia", ""}, {"russia", graph.Supplies, "mali", ""}}},
	})
}

// TestReducedRelative: a participle and a preposition (no passive
// marker) right after a name make a reduced relative whose object is no
// subject of the verb after it ("Al-Shabaab affiliated with al-Qaeda
// fights the Somali government": al-Shabaab fights).
func TestReducedRelative(t *testing.T) {
	runRelCases(t, []relCase{
		{"affiliated with", "en", "Al-Shabaab affiliated with al-Qaeda fights the Somali government.", []rel{
			{"al-shabaab", graph.Opposed, "somalia", ""}}},
		{"the group affiliated with", "en", "Al-Shabaab claimed the attack. The group affiliated with al-Qaeda fights the Somali government.", []rel{
			{"al-shabaab", graph.Opposed, "somalia", ""}}},
		{"affiliés à", "fr", "Les Shebab affiliés à Al-Qaïda combattent le gouvernement somalien.", []rel{
			{"al-shabaab", graph.Opposed, "somalia", ""}}},
		{"supplied by: as before", "en", "Mali used drones supplied by Turkey to strike JNIM.", []rel{
			{"turkey", graph.Supplies, "mali", ""}, {"jnim", graph.Opposed, "mali", ""}}},
	})
}

// TestSidesAnaphor: "the two sides" / « les deux camps » opening a
// sentence stand for the two actors of any kinds named together in the
// sentence before; not after three named together, nor after an older
// pair.
func TestSidesAnaphor(t *testing.T) {
	runRelCases(t, []relCase{
		{"The two sides clashed", "en", "Sudan's army and the RSF met in Jeddah in May 2023. The two sides clashed near the border.", []rel{
			{"rsf", graph.Opposed, "sudan", ""}}},
		{"Les deux camps", "fr", "L'armée soudanaise et les FSR se sont rencontrées à Djeddah. Les deux camps ont attaqué l'Égypte.", []rel{
			{"egypt", graph.Opposed, "sudan", ""}, {"egypt", graph.Opposed, "rsf", ""}}},
		{"three named", "en", "Sudan's army, the RSF and Egypt met in Jeddah. The two sides clashed near the border.", nil},
		{"an older pair", "en", "Sudan's army and the RSF met in Jeddah. Talks failed. The two sides clashed near the border.", nil},
	})
}

// TestBackedObject: a backing phrase right after a trigger's object, no
// comma between, qualifies the object ("Al-Shabaab is fighting Somali
// forces backed by Turkish drones": Turkey backs Somalia); after a comma
// it is the subject's, as before.
func TestBackedObject(t *testing.T) {
	runRelCases(t, []relCase{
		{"object backed by", "en", "Al-Shabaab is fighting Somali forces backed by Turkish drones.", []rel{
			{"al-shabaab", graph.Opposed, "somalia", ""}, {"somalia", graph.Allied, "turkey", ""}}},
		{"the army backed by", "en", "The M23 attacked the Congolese army backed by Burundian troops.", []rel{
			{"dr-congo", graph.Opposed, "m23", ""}, {"burundi", graph.Allied, "dr-congo", ""}}},
		{"subject backed by, commas", "en", "The Houthis, backed by Iran, fired missiles at Israel.", []rel{
			{"houthis", graph.Allied, "iran", ""}, {"houthis", graph.Opposed, "israel", ""}}},
	})
}

// TestAccusedPronoun: an object pronoun right after an accusation verb
// ("Kinshasa accuses it of arming the M23") stands for the subject of the
// sentence before, when that is not the accuser.
func TestAccusedPronoun(t *testing.T) {
	runRelCases(t, []relCase{
		{"accuses it of arming", "en", "Rwanda denies the claims. Kinshasa accuses it of arming the M23.", []rel{
			{"rwanda", graph.Supplies, "m23", "h"}}},
		{"the accuser itself", "en", "Kinshasa held talks on Monday. Kinshasa accuses it of arming the M23.", nil},
		{"no subject before", "en", "The talks failed. Kinshasa accuses it of arming the M23.", nil},
	})
}

const probe18Paragraphs = `
# pronouns: it / its / they / their
en: The M23 seized Goma in January. It is backed by Rwanda, according to UN experts.
= m23 allied rwanda h
en: Turkey has become a major arms exporter in Africa. It delivered Bayraktar TB2 drones to Mali in 2022.
= turkey supplies mali
en: Iran denies any role in the Red Sea attacks. But it has armed the Houthis for years, Western officials say.
= iran supplies houthis h
en: Hezbollah buried three commanders on Sunday. Its fighters clashed with Israeli troops near the border the next day.
= hezbollah opposed israel
en: Al-Shabaab controls much of rural southern Somalia. It has fought the Somali government since 2007.
= al-shabaab opposed somalia
en: Russia has expanded its footprint in the Sahel. It now trains the armies of Burkina Faso and Niger.
= russia trains burkina-faso
= russia trains niger
en: The Houthis seized a cargo ship in November 2023. They have since fired missiles at Israel.
= houthis opposed israel
en: The RSF took control of El Fasher in October. They have fought the Sudanese army since April 2023.
= rsf opposed sudan
en: The United Arab Emirates has rejected the report. It is accused of arming the RSF through Chad.
= united-arab-emirates supplies rsf h
en: Rwanda has repeatedly rejected the claims. UN experts say it deployed thousands of troops alongside the M23.
= m23 allied rwanda h
en: Egypt hosted Somali officials in Cairo in August 2024. It then sent two shipments of weapons to Mogadishu.
= egypt supplies somalia
en: The SDF control most of north-eastern Syria. Their fighters are trained by US special forces.
= united-states trains sdf
en: JNIM blockaded fuel deliveries to Bamako in September. Its fighters have attacked convoys of the Malian army.
= jnim opposed mali
en: Burkina Faso's junta took power in 2022. Its army now receives drones from Turkey.
= turkey supplies burkina-faso
en: The ADF pledged allegiance to the Islamic State in 2019. It has killed thousands of civilians in Ituri and North Kivu.
= adf member_of islamic-state
en: The Polisario Front proclaimed its republic in 1976. It is backed by Algeria, which hosts its camps in Tindouf.
= algeria allied polisario-front
en?: Boko Haram split in 2016. Its rival, ISWAP, now attacks the Nigerian army in Borno.
= iswap opposed nigeria
= boko-haram opposed iswap
en: Chad expelled its French garrison in January. It has since bought Turkish drones.
= turkey supplies chad
= chad opposed france
en: The Arakan Army controls most of Rakhine State. It has fought the Myanmar military since 2018.
= arakan-army opposed myanmar
en?: Wagner arrived in the Central African Republic in 2018. It trains the country's army and guards the president.
= wagner-group trains central-african-republic
en?: The TTP has stepped up its attacks in Khyber Pakhtunkhwa. Pakistan says it is sheltered by the Taliban government in Kabul.
= afghanistan allied ttp h
en: The Houthis have kept up their campaign for more than a year. Iran supplies them with missiles and drones, US officials say.
= iran supplies houthis h
en: Hamas has lost most of its commanders. Iran funded it for years, Israeli officials say.
= iran supplies hamas h
en: Hezbollah is Lebanon's strongest armed force. Israel struck it again on Tuesday.
= hezbollah opposed israel
en: The FDLR were founded by Rwandan Hutu exiles. Congolese army officers have supplied them with ammunition, UN experts say.
= dr-congo supplies fdlr h
en: Mali's junta has cut ties with Kyiv. It accuses Ukraine of backing the separatists.
= mali opposed ukraine
en: Niger was once France's closest partner in the Sahel. In 2023 it expelled the French ambassador and ordered French troops out.
= france opposed niger
en: ISWAP runs a shadow administration around Lake Chad. In March its fighters overran a Nigerian army base.
= iswap opposed nigeria
en: Turkey trains the Somali army at Camp TURKSOM. It has also sent drones to Mogadishu.
= turkey trains somalia
= turkey supplies somalia
en: The Sudanese army recaptured Khartoum in March. It is backed by Egypt and receives drones from Iran.
= egypt allied sudan
= iran supplies sudan
en: Eritrea fought alongside Ethiopia in Tigray. Since the war ended, it has armed the Fano militias, Addis Ababa says.
= eritrea allied ethiopia
= eritrea supplies fano h
en?: The Taliban government took over Kabul in August 2021. Pakistan accuses it of harbouring TTP fighters.
= afghanistan allied ttp h
# descriptions
en: The M23 took Bukavu in February. The group is led by Sultani Makenga.
= sultani-makenga leads m23
en: ISWAP has grown since Shekau's death. The jihadist group attacked a Nigerian army base in Borno last week.
= iswap opposed nigeria
en: The Arakan Army now controls most of Rakhine State. The rebel group has fought the Myanmar military since 2018.
= arakan-army opposed myanmar
en: The ELN has about 6,000 fighters. The guerrilla group has fought the Colombian army for six decades.
= colombia opposed eln
en: Hamas ran Gaza from 2007. The movement receives weapons and money from Iran, Israeli officials say.
= iran supplies hamas h
en: Hezbollah's arsenal was badly hit in 2024. The militia is still funded by Tehran.
= iran supplies hezbollah
en: Al-Shabaab struck a hotel in Mogadishu on Friday. The insurgents have fought the Somali government since 2007.
= al-shabaab opposed somalia
en: The Houthis control Sanaa and most of northern Yemen. The rebels have attacked ships in the Red Sea and fired missiles at Israel.
= houthis opposed israel
en?: AUSSOM replaced ATMIS in January 2025. The mission supports the Somali army against al-Shabaab.
= aussom allied somalia
= aussom opposed al-shabaab
en: The Alliance of Sahel States was founded in September 2023. The confederation has since been joined by no other country.
en: The RSF control most of Darfur. The paramilitary force receives weapons from the United Arab Emirates, UN experts say.
= united-arab-emirates supplies rsf h
en: The Wagner Group lost dozens of men at Tinzaouaten in July 2024. The mercenary group had fought beside the Malian army since 2021.
= mali allied wagner-group
en?: JNIM claimed the attack on the Bamako airport. The al-Qaeda affiliate has fought the Malian army since 2017.
= jnim opposed mali
= jnim member_of al-qaeda
en: Niger's military leaders closed the border on Monday. The junta has hosted Russian military instructors since 2024.
= russia trains niger
en: Mali's rulers have grown close to Moscow. The junta receives fighter jets and helicopters from Russia.
= russia supplies mali
en: Rwanda denies any link with the rebels. The country has deployed troops alongside the M23, UN experts say.
= m23 allied rwanda h
en: Algeria closed its airspace to Malian aircraft in April. The country accuses Mali of shooting down an Algerian drone.
= algeria opposed mali
en: The ADF are based in the forests of Ituri. The Islamist group has pledged allegiance to the Islamic State.
= adf member_of islamic-state
en?: The SDF hold Raqqa and Hasakah. The Kurdish-led force is backed by the United States.
= sdf allied united-states
en: The Fano militias have seized several towns in Amhara. The militiamen are fighting the Ethiopian army.
= ethiopia opposed fano
en: The LNA controls eastern Libya. The force has received weapons from the United Arab Emirates and Russia, UN experts say.
= united-arab-emirates supplies lna h
= russia supplies lna h
en: ECOWAS lifted its sanctions on Niger in February 2024. The bloc had threatened to use force against the junta.
= ecowas opposed niger n
en?: The FLA was formed in late 2024 by several Tuareg groups. The separatist coalition is fighting the Malian army and its Russian allies.
= fla opposed mali
= fla opposed russia
= mali allied russia
en: Hezbollah fighters withdrew south of the Litani in December. The Iran-backed group is now under pressure to disarm.
= hezbollah allied iran
en: The Houthis seized another ship in July. The Iranian-backed rebels say they act in support of Gaza.
= houthis allied iran
en: Boko Haram attacked a camp near Bama on Monday. The jihadists killed twelve soldiers of the Nigerian army.
= boko-haram opposed nigeria
en: Al-Shabaab lost the town of Adan Yabaal in 2022 and retook it in 2025. The jihadists are fighting Somali forces backed by Turkish drones.
= al-shabaab opposed somalia
= somalia allied turkey
en: The M23 rebels entered Goma in January. The movement is backed by Rwanda, according to UN experts.
= m23 allied rwanda h
en?: Hamas released four hostages on Saturday. The Palestinian group has been backed by Iran for decades.
= hamas allied iran
en: Mali's army retook Kidal in November 2023. The FAMa were backed by Wagner fighters and Turkish drones.
= mali allied wagner-group
= mali allied turkey
en: Turkey's Baykar makes the TB2 drone. The company has sold drones to Mali, Niger and Burkina Faso.
= baykar supplies mali
= baykar supplies niger
= baykar supplies burkina-faso
en: The PKK announced its dissolution in May 2025. The group had fought the Turkish state since 1984.
= pkk opposed turkey
en: The Sinaloa Cartel is split between two factions. The cartel buys weapons smuggled from the United States.
# plural anaphors
en?: Mali and Burkina Faso recalled their ambassadors from Paris. The two countries now buy drones from Turkey.
= turkey supplies mali
= turkey supplies burkina-faso
en: Rwanda and Uganda met in Kampala on Tuesday. Both deny backing the M23.
= m23 allied rwanda n
= m23 allied uganda n
en?: Sudan's army and the RSF met in Jeddah in May 2023. The two sides resumed fighting within days.
= rsf opposed sudan
en: Mali, Burkina Faso and Niger met in Niamey in July 2024. The three juntas then founded a confederation, the Alliance of Sahel States.
= mali member_of alliance-of-sahel-states
= burkina-faso member_of alliance-of-sahel-states
= niger member_of alliance-of-sahel-states
en: The M23 and Twirwaneho held a rally in Minembwe. The two movements are fighting the Congolese army.
= m23 opposed dr-congo
= twirwaneho opposed dr-congo
! m23 allied twirwaneho
en: Iran and Russia hosted Houthi delegations this year. Both countries supply the Houthis with weapons, US officials say.
= iran supplies houthis h
= russia supplies houthis h
en: Egypt and Eritrea signed a security pact with Somalia in October 2024. The two countries have also sent weapons to Mogadishu.
= egypt allied somalia
= eritrea allied somalia
= egypt supplies somalia
= eritrea supplies somalia
en: JNIM and ISWAP have clashed repeatedly in central Mali. Both groups also attack the Malian army.
= jnim opposed iswap
= jnim opposed mali
= iswap opposed mali
en: Russia and Turkey are the main suppliers of the Sahel juntas. The two powers have armed Mali since 2021.
= russia supplies mali
= turkey supplies mali
en: Hamas and Islamic Jihad fired rockets from Gaza in October. Both groups are funded by Iran, Israeli officials say.
= iran supplies hamas h
= iran supplies palestinian-islamic-jihad h
en: Niger and Chad held talks in N'Djamena. The two neighbours agreed to fight Boko Haram together.
en: Hezbollah and the Houthis have both lost senior commanders this year. The two groups are armed by Iran.
= iran supplies hezbollah
= iran supplies houthis
en: The SAF and the RSF have fought since April 2023. The two forces are accused of war crimes in Darfur.
= rsf opposed sudan
en: Burkina Faso and Niger bought Turkish drones in 2023. Both armies also received Russian helicopters.
= turkey supplies burkina-faso
= turkey supplies niger
= russia supplies burkina-faso
= russia supplies niger
en: The FLA and JNIM share a common enemy in Bamako. The two groups have coordinated attacks against the Malian army, analysts say.
= fla allied jnim h
= fla opposed mali h
= jnim opposed mali h
en: The United States and France trained Nigerien special forces for years. Both countries withdrew their troops from Niger in 2024.
= united-states trains niger
= france trains niger
en?: Uganda and Burundi have troops in eastern Congo. The two countries fight the ADF and the RED-Tabara alongside Congolese forces.
= uganda opposed adf
= burundi opposed adf
= uganda opposed red-tabara
= burundi opposed red-tabara
= uganda allied dr-congo
= burundi allied dr-congo
! burundi allied uganda
en: Saudi Arabia and the United Arab Emirates intervened in Yemen in 2015. The two Gulf states have fought the Houthis since then.
= saudi-arabia opposed houthis
= united-arab-emirates opposed houthis
! saudi-arabia allied united-arab-emirates
# roles
en: Mohamed Hamdan Dagalo has not been seen in public for weeks. The RSF commander is said to be in Nyala.
= mohamed-hamdan-dagalo leads rsf
en: Assimi Goita received Russian officials in Bamako on Monday. The Malian president later flew to Moscow.
= assimi-goita leads mali
en: Abdourahamane Tiani seized power in July 2023. The head of the Nigerien junta has since expelled French troops.
= abdourahamane-tiani leads niger
= france opposed niger
en?: Sultani Makenga has rarely spoken in public. The M23's military chief is under UN sanctions.
= sultani-makenga leads m23
= sultani-makenga opposed united-nations
! m23 opposed united-nations
en?: Ibrahim Traore has ruled Burkina Faso since 2022. The captain has welcomed Russian instructors to Ouagadougou.
= russia trains burkina-faso
en: Abdel Fattah al-Burhan met Egyptian officials in Cairo. The army chief then returned to Port Sudan.
! abdel-fattah-al-burhan leads sudan
en?: Hassan Nasrallah was killed in an Israeli strike in September 2024. The Hezbollah leader had led the group since 1992.
= hassan-nasrallah leads hezbollah
= hezbollah opposed israel
en: Abdul-Malik al-Houthi gave a televised speech on Thursday. The Houthi leader vowed to keep attacking Israel.
= abdul-malik-al-houthi leads houthis
en: Felix Tshisekedi met Paul Kagame in Washington in June. The Congolese president then accused Rwanda of backing the M23.
= felix-tshisekedi leads dr-congo
= m23 allied rwanda h
en: Khalifa Haftar met Russian officials in Benghazi. The LNA commander has hosted Russian fighters since 2019.
= khalifa-haftar leads lna
# must not resolve
en: The ceasefire was signed in Doha in March. It was backed by Qatar and the United States.
en: The offensive on Goma began in January. It was supported by Rwandan troops, the UN said.
en: Mali, Burkina Faso and Niger have left ECOWAS. The two countries also signed a defence pact with Russia.
= mali member_of ecowas n
= burkina-faso member_of ecowas n
= niger member_of ecowas n
! burkina-faso allied russia
! niger allied russia
en: JNIM and the FLA both operate in northern Mali. The group has been accused of working with Ukraine.
! jnim allied ukraine
! fla allied ukraine
en: ISWAP and Boko Haram clashed near Lake Chad. The jihadist group later attacked a Nigerian army base.
= boko-haram opposed iswap
! iswap opposed nigeria
! boko-haram opposed nigeria
en: Felix Tshisekedi and Paul Kagame met in Washington in June. The president said the deal would hold.
! felix-tshisekedi leads dr-congo
! paul-kagame leads rwanda
en: Thousands of refugees crossed into Chad from Darfur. They were attacked by the RSF on the way.
! chad opposed rsf
en: The Kidal region is rich in gold. Its mines are guarded by Wagner fighters.
en: Iran, Russia and China held naval drills in March. Both countries have armed the Houthis, US officials say.
= iran allied russia
= china allied iran
= china allied russia
! iran supplies houthis
! russia supplies houthis
! china supplies houthis
en: The convoy left Gao on Monday. It was attacked by JNIM fighters near Ansongo.
! jnim opposed mali
en: Mali's new constitution was adopted in 2023. It was criticised by ECOWAS.
! ecowas opposed mali
en: The drone strike killed eight civilians in Darfur. It was blamed on the RSF, which denied it.
en: Kidal fell to the Malian army in November 2023. It had been held by Tuareg rebels for a decade.
en: The Wagner mutiny failed in June 2023. It was led by Yevgeny Prigozhin.
! yevgeny-prigozhin leads wagner-group
en: Russia's war in Ukraine entered its fourth year. It has drawn in North Korean troops.
! north-korea opposed russia
en: The peace deal was signed in Washington in June. It was backed by Qatar, which hosted talks with the M23.
en: Aminata Dicko, a human rights lawyer, has documented abuses in central Mali. She says the army and Wagner fighters worked together in Moura.
= mali allied wagner-group h
en: A UN report was published on Tuesday. It says Rwanda trains M23 fighters.
= rwanda trains m23 h
en: Mali accused Algeria of harbouring terrorists in April. It has also closed its airspace.
en: Russia, Turkey and China supply arms to the Sahel juntas. The two countries also train Malian pilots.
! russia trains mali
! turkey trains mali
! china trains mali
en: The Houthis and Hezbollah are both armed by Iran. The group also receives weapons from Russia, US officials say.
= iran supplies houthis
= iran supplies hezbollah
! russia supplies houthis
! russia supplies hezbollah
en: Sudan's army and Egypt's army held joint drills. The army also receives Turkish drones.
= egypt allied sudan
! turkey supplies egypt
en: The election was held in December. It was won by Faustin-Archange Touadera, who is backed by Wagner.
= faustin-archange-touadera allied wagner-group
en: The Tuareg rebellion began in 2012. It was backed by Algeria, Malian officials say.
en: Burkina Faso's gold exports rose in 2024. They are shipped to Russia and the United Arab Emirates.
en: The border with Algeria has been closed since April. It is patrolled by the FLA.
en: Emmanuel Macron withdrew French troops from Mali. He said France would keep fighting the jihadists.
! france opposed jnim
# pronoms : il / elle / ils / leur / son
fr: Le M23 a pris Goma en janvier. Il est soutenu par le Rwanda, selon des experts de l'ONU.
= m23 allied rwanda h
fr: La Turquie est devenue un grand exportateur d'armes en Afrique. Elle a livré des drones Bayraktar TB2 au Mali en 2022.
= turkey supplies mali
fr: Le Hezbollah a enterré trois commandants dimanche. Ses combattants ont affronté des soldats israéliens près de la frontière le lendemain.
= hezbollah opposed israel
fr: Les Shebab contrôlent une grande partie du sud de la Somalie. Ils combattent le gouvernement somalien depuis 2007.
= al-shabaab opposed somalia
fr: La Russie a étendu sa présence au Sahel. Elle forme désormais les armées du Burkina Faso et du Niger.
= russia trains burkina-faso
= russia trains niger
fr: Les Houthis ont saisi un navire marchand en novembre 2023. Ils ont depuis tiré des missiles sur Israël.
= houthis opposed israel
fr: Les FSR ont pris El Fasher en octobre. Elles combattent l'armée soudanaise depuis avril 2023.
= rsf opposed sudan
fr: Les Émirats arabes unis ont rejeté le rapport. Ils sont accusés d'armer les FSR via le Tchad.
= united-arab-emirates supplies rsf h
fr?: Le Rwanda a rejeté ces accusations à plusieurs reprises. Selon les experts de l'ONU, il a déployé des milliers de soldats aux côtés du M23.
= m23 allied rwanda h
fr: L'Égypte a reçu des responsables somaliens au Caire en août 2024. Elle a ensuite envoyé deux cargaisons d'armes à Mogadiscio.
= egypt supplies somalia
fr: Les Forces démocratiques syriennes (FDS) contrôlent la majeure partie du nord-est de la Syrie. Leurs combattants sont formés par les forces spéciales américaines.
= united-states trains sdf
fr: Le JNIM a imposé un blocus sur le carburant à Bamako en septembre. Ses combattants attaquent les convois de l'armée malienne.
= jnim opposed mali
fr: La junte burkinabè a pris le pouvoir en 2022. Son armée reçoit désormais des drones de la Turquie.
= turkey supplies burkina-faso
fr: Les ADF ont prêté allégeance à l'État islamique en 2019. Elles ont tué des milliers de civils en Ituri et au Nord-Kivu.
= adf member_of islamic-state
fr: Le Front Polisario a proclamé sa république en 1976. Il est soutenu par l'Algérie, qui accueille ses camps à Tindouf.
= algeria allied polisario-front
fr: Le Tchad a expulsé la garnison française en janvier. Il a depuis acheté des drones turcs.
= turkey supplies chad
= chad opposed france
fr: L'Arakan Army contrôle la majeure partie de l'État Rakhine. Elle combat l'armée birmane depuis 2018.
= arakan-army opposed myanmar
fr?: Wagner est arrivé en Centrafrique en 2018. Il forme l'armée du pays et assure la garde du président.
= wagner-group trains central-african-republic
fr?: Le TTP a intensifié ses attaques dans le Khyber Pakhtunkhwa. Le Pakistan affirme qu'il est abrité par le gouvernement taliban de Kaboul.
= afghanistan allied ttp h
fr: Les Houthis poursuivent leur campagne depuis plus d'un an. L'Iran leur fournit des missiles et des drones, selon des responsables américains.
= iran supplies houthis h
fr: Le Hamas a perdu la plupart de ses commandants. L'Iran l'a financé pendant des années, selon des responsables israéliens.
= iran supplies hamas h
fr?: Le Hezbollah est la principale force armée du Liban. Israël l'a de nouveau frappé mardi.
= hezbollah opposed israel
fr: Les FDLR ont été fondées par des exilés hutu rwandais. Des officiers de l'armée congolaise leur ont fourni des munitions, selon des experts de l'ONU.
= dr-congo supplies fdlr h
fr: La junte malienne a rompu ses relations avec Kiev. Elle accuse l'Ukraine de soutenir les séparatistes.
= mali opposed ukraine
fr: Le Niger a changé de régime en juillet 2023. La même année, il a expulsé l'ambassadeur français et exigé le départ des troupes françaises.
= france opposed niger
fr?: L'ISWAP administre une partie des rives du lac Tchad. En mars, ses combattants ont pris une base de l'armée nigériane.
= iswap opposed nigeria
fr: La Turquie forme l'armée somalienne au camp TURKSOM. Elle a aussi envoyé des drones à Mogadiscio.
= turkey trains somalia
= turkey supplies somalia
fr: L'armée soudanaise a repris Khartoum en mars. Elle est soutenue par l'Égypte et reçoit des drones de l'Iran.
= egypt allied sudan
= iran supplies sudan
fr: L'Érythrée a combattu aux côtés de l'Éthiopie au Tigré. Depuis la fin de la guerre, elle arme les milices Fano, selon Addis-Abeba.
= eritrea allied ethiopia
= eritrea supplies fano h
fr: Le JNIM a revendiqué l'attaque contre l'aéroport de Bamako. Il combat l'armée malienne depuis 2017.
= jnim opposed mali
fr: L'Algérie a fermé son espace aérien aux avions maliens en avril. Elle accuse le Mali d'avoir abattu un drone algérien.
= algeria opposed mali
fr: Le Burkina Faso a suspendu plusieurs médias français. Il a aussi accueilli des instructeurs russes à Ouagadougou.
= russia trains burkina-faso
fr: Les FAMa ont repris Kidal en novembre 2023. Elles étaient appuyées par des combattants de Wagner et des drones turcs.
= mali allied wagner-group
= mali allied turkey
fr: L'Iran nie toute implication. Mais il arme les Houthis depuis des années, selon des responsables occidentaux.
= iran supplies houthis h
fr?: Les Shebab ont perdu la ville d'Adan Yabaal en 2022. Ils combattent les forces somaliennes, appuyées par des drones turcs.
= al-shabaab opposed somalia
= somalia allied turkey
# descriptions
fr: Le M23 a pris Bukavu en février. Le mouvement est dirigé par Sultani Makenga.
= sultani-makenga leads m23
fr: L'ISWAP a grandi depuis la mort de Shekau. Le groupe jihadiste a attaqué une base de l'armée nigériane dans le Borno la semaine dernière.
= iswap opposed nigeria
fr: Le JNIM a revendiqué l'attaque de Kayes. Le mouvement combat l'armée malienne depuis 2017.
= jnim opposed mali
fr?: Le Hamas a dirigé Gaza à partir de 2007. Le mouvement reçoit des armes et de l'argent de l'Iran, selon des responsables israéliens.
= iran supplies hamas h
fr: Les Shebab ont attaqué un hôtel de Mogadiscio vendredi. Les jihadistes combattent le gouvernement somalien depuis 2007.
= al-shabaab opposed somalia
fr: Les Houthis contrôlent Sanaa et le nord du Yémen. Les rebelles ont attaqué des navires en mer Rouge et tiré des missiles sur Israël.
= houthis opposed israel
fr?: L'AES a été créée en septembre 2023. La confédération a signé un pacte de défense avec la Russie en 2025.
= alliance-of-sahel-states allied russia
fr?: Les FSR contrôlent la majeure partie du Darfour. La force paramilitaire reçoit des armes des Émirats arabes unis, selon des experts de l'ONU.
= united-arab-emirates supplies rsf h
fr: Le groupe Wagner a perdu des dizaines d'hommes à Tinzaouaten en juillet 2024. Les mercenaires combattaient aux côtés de l'armée malienne depuis 2021.
= mali allied wagner-group
fr: Les militaires au pouvoir à Niamey ont fermé la frontière lundi. La junte accueille des instructeurs militaires russes depuis 2024.
= russia trains niger
fr?: Les dirigeants maliens se sont rapprochés de Moscou. La junte reçoit des avions de combat et des hélicoptères de la Russie.
= russia supplies mali
fr: Le Rwanda nie tout lien avec les rebelles. Le pays a déployé des soldats aux côtés du M23, selon les experts de l'ONU.
= m23 allied rwanda h
fr: Les ADF sont installées dans les forêts de l'Ituri. Le groupe islamiste a prêté allégeance à l'État islamique.
= adf member_of islamic-state
fr: Les Forces démocratiques syriennes (FDS) tiennent Raqqa et Hassaké. La coalition dominée par les Kurdes est soutenue par les États-Unis.
= sdf allied united-states
fr: Les milices Fano ont pris plusieurs villes de l'Amhara. Les miliciens combattent l'armée éthiopienne.
= ethiopia opposed fano
fr: L'ANL contrôle l'est de la Libye. La force a reçu des armes des Émirats arabes unis et de la Russie, selon des experts de l'ONU.
= united-arab-emirates supplies lna h
= russia supplies lna h
fr: Le FLA a été créé fin 2024 par plusieurs groupes touareg. La coalition séparatiste combat l'armée malienne et ses alliés russes.
= fla opposed mali
= fla opposed russia
= mali allied russia
fr: Les combattants du Hezbollah se sont retirés au sud du Litani en décembre. Le mouvement chiite, soutenu par l'Iran, est sommé de désarmer.
= hezbollah allied iran
fr: Boko Haram a attaqué un camp près de Bama lundi. Les jihadistes ont tué douze soldats de l'armée nigériane.
= boko-haram opposed nigeria
fr: Le M23 est entré dans Goma en janvier. La rébellion est soutenue par le Rwanda, selon des experts de l'ONU.
= m23 allied rwanda h
fr?: Le Hamas a libéré quatre otages samedi. Le mouvement palestinien est soutenu par l'Iran depuis des décennies.
= hamas allied iran
fr: Le PKK a annoncé sa dissolution en mai 2025. Le groupe combattait l'État turc depuis 1984.
= pkk opposed turkey
fr: L'armée soudanaise a repris le palais présidentiel en mars. Les FAS sont soutenues par l'Égypte.
= egypt allied sudan
fr: Le CSP-DPA a été dissous en 2024. Les ex-rebelles ont rejoint le FLA.
= csp-dpa member_of fla
fr: Le Front Polisario réclame l'indépendance du Sahara occidental. Le mouvement indépendantiste combat le Maroc depuis 1975.
= morocco opposed polisario-front
fr?: Les Shebab ont revendiqué l'attentat. Le groupe affilié à Al-Qaïda combat le gouvernement fédéral somalien.
= al-shabaab opposed somalia
= al-shabaab member_of al-qaeda
fr: La Minusma a quitté le Mali fin 2023. La mission de l'ONU avait été chassée par la junte.
fr: Baykar fabrique le drone TB2. L'entreprise a vendu des drones au Mali, au Niger et au Burkina Faso.
= baykar supplies mali
= baykar supplies niger
= baykar supplies burkina-faso
fr: Les Houthis ont saisi un autre navire en juillet. Les rebelles soutenus par l'Iran disent agir en soutien à Gaza.
= houthis allied iran
fr: L'État islamique au Sahel a tué des dizaines de soldats nigériens à Tillabéri. Le groupe jihadiste combat l'armée du Niger depuis 2015.
= islamic-state-sahel opposed niger
# anaphores plurielles
fr: Le Mali et le Burkina Faso ont rappelé leurs ambassadeurs à Paris. Les deux pays achètent désormais des drones à la Turquie.
= turkey supplies mali
= turkey supplies burkina-faso
fr: Le Rwanda et l'Ouganda se sont réunis à Kampala mardi. Les deux pays nient soutenir le M23.
= m23 allied rwanda n
= m23 allied uganda n
fr?: L'armée soudanaise et les FSR se sont rencontrées à Djeddah en mai 2023. Les deux camps ont repris les combats quelques jours plus tard.
= rsf opposed sudan
fr: Le Mali, le Burkina Faso et le Niger se sont réunis à Niamey en juillet 2024. Les trois juntes ont ensuite fondé une confédération, l'AES.
= mali member_of alliance-of-sahel-states
= burkina-faso member_of alliance-of-sahel-states
= niger member_of alliance-of-sahel-states
fr: Le M23 et Twirwaneho ont tenu un meeting à Minembwe. Les deux mouvements combattent l'armée congolaise.
= m23 opposed dr-congo
= twirwaneho opposed dr-congo
! m23 allied twirwaneho
fr: L'Iran et la Russie ont reçu des délégations houthies cette année. Les deux pays fournissent des armes aux Houthis, selon des responsables américains.
= iran supplies houthis h
= russia supplies houthis h
fr?: Le JNIM et l'EIS s'affrontent régulièrement dans le centre du Mali. Les deux groupes attaquent aussi l'armée malienne.
= jnim opposed islamic-state-sahel
= jnim opposed mali
= islamic-state-sahel opposed mali
fr: La Russie et la Turquie sont les principaux fournisseurs des juntes sahéliennes. Les deux puissances arment le Mali depuis 2021.
= russia supplies mali
= turkey supplies mali
fr: Le Hamas et le Jihad islamique ont tiré des roquettes depuis Gaza en octobre. Les deux mouvements sont financés par l'Iran, selon des responsables israéliens.
= iran supplies hamas h
= iran supplies palestinian-islamic-jihad h
fr: Le Hezbollah et les Houthis ont perdu des commandants cette année. Les deux groupes sont armés par l'Iran.
= iran supplies hezbollah
= iran supplies houthis
fr: Le Burkina Faso et le Niger ont acheté des drones turcs en 2023. Les deux armées ont aussi reçu des hélicoptères russes.
= turkey supplies burkina-faso
= turkey supplies niger
= russia supplies burkina-faso
= russia supplies niger
fr: Les États-Unis et la France ont formé les forces spéciales nigériennes pendant des années. Les deux pays ont retiré leurs troupes du Niger en 2024.
= united-states trains niger
= france trains niger
fr: L'Ouganda et le Burundi ont des troupes dans l'est du Congo. Les deux pays combattent les ADF aux côtés des forces congolaises.
= uganda opposed adf
= burundi opposed adf
= uganda allied dr-congo
= burundi allied dr-congo
! burundi allied uganda
fr: L'Arabie saoudite et les Émirats arabes unis sont intervenus au Yémen en 2015. Les deux monarchies combattent les Houthis depuis.
= saudi-arabia opposed houthis
= united-arab-emirates opposed houthis
! saudi-arabia allied united-arab-emirates
fr: Le Mali, le Burkina Faso et le Niger ont expulsé les soldats français. Les trois pays ont ensuite signé un pacte de défense avec la Russie.
= france opposed mali
= burkina-faso opposed france
= france opposed niger
= mali allied russia
= burkina-faso allied russia
= niger allied russia
fr: Le Mali et le Niger ont quitté la Cédéao en janvier 2025. Tous deux reçoivent des armes de la Russie.
= mali member_of ecowas n
= niger member_of ecowas n
= russia supplies mali
= russia supplies niger
fr: Le FLA et le JNIM ont un ennemi commun à Bamako. Les deux groupes ont coordonné des attaques contre l'armée malienne, selon des analystes.
= fla allied jnim h
= fla opposed mali h
= jnim opposed mali h
fr: Le Tchad et le Cameroun ont reçu des délégations du Nigeria. Les deux voisins combattent Boko Haram dans le bassin du lac Tchad.
= chad opposed boko-haram
= cameroon opposed boko-haram
! cameroon allied chad
# rôles
fr: Mohamed Hamdan Daglo n'a pas été vu en public depuis des semaines. Le chef des FSR se trouverait à Nyala.
= mohamed-hamdan-dagalo leads rsf
fr: Assimi Goïta a reçu des responsables russes à Bamako lundi. Le chef de l'État malien s'est ensuite rendu à Moscou.
= assimi-goita leads mali
fr: Abdourahamane Tiani a pris le pouvoir en juillet 2023. Le chef de la junte nigérienne a depuis expulsé les troupes françaises.
= abdourahamane-tiani leads niger
= france opposed niger
fr?: Sultani Makenga parle rarement en public. Le chef militaire du M23 est sous sanctions de l'ONU.
= sultani-makenga leads m23
= sultani-makenga opposed united-nations
! m23 opposed united-nations
fr: Abdel Fattah al-Burhane a rencontré des responsables égyptiens au Caire. Le chef de l'armée soudanaise est ensuite rentré à Port-Soudan.
! abdel-fattah-al-burhan leads sudan
fr?: Hassan Nasrallah a été tué par une frappe israélienne en septembre 2024. Le chef du Hezbollah dirigeait le mouvement depuis 1992.
= hassan-nasrallah leads hezbollah
= hezbollah opposed israel
fr: Félix Tshisekedi a rencontré Paul Kagame à Washington en juin. Le président congolais a ensuite accusé le Rwanda de soutenir le M23.
= felix-tshisekedi leads dr-congo
= m23 allied rwanda h
fr: Ibrahim Traoré a reçu l'ambassadeur russe à Ouagadougou. Le chef de l'État burkinabè a salué la coopération militaire avec Moscou.
= ibrahim-traore leads burkina-faso
= burkina-faso allied russia
fr: Khalifa Haftar a reçu des responsables russes à Benghazi. Le maréchal accueille des combattants russes depuis 2019.
fr: Mahamat Idriss Déby a reçu l'ambassadeur turc en novembre 2024. Le président tchadien s'est ensuite rendu à Ankara.
= mahamat-idriss-deby leads chad
# ne doivent pas se résoudre
fr: Le cessez-le-feu a été signé à Doha en mars. Il a été soutenu par le Qatar et les États-Unis.
fr: L'offensive sur Goma a commencé en janvier. Elle a été appuyée par des soldats rwandais, selon l'ONU.
fr: Le Mali, le Burkina Faso et le Niger ont quitté la Cédéao. Les deux pays ont aussi signé un pacte de défense avec la Russie.
= mali member_of ecowas n
= burkina-faso member_of ecowas n
= niger member_of ecowas n
! burkina-faso allied russia
! niger allied russia
fr: Le JNIM et le FLA sont tous deux présents dans le nord du Mali. Le groupe est accusé de collaborer avec l'Ukraine.
! jnim allied ukraine
! fla allied ukraine
fr: L'ISWAP et Boko Haram se sont affrontés près du lac Tchad. Le groupe jihadiste a ensuite attaqué une base de l'armée nigériane.
= boko-haram opposed iswap
! iswap opposed nigeria
! boko-haram opposed nigeria
fr: Félix Tshisekedi et Paul Kagame se sont rencontrés à Washington en juin. Le président a assuré que l'accord tiendrait.
! felix-tshisekedi leads dr-congo
! paul-kagame leads rwanda
fr: Des milliers de réfugiés sont arrivés au Tchad depuis le Darfour. Ils ont été attaqués par les FSR en chemin.
! chad opposed rsf
fr: La région de Kidal est riche en or. Ses mines sont gardées par des combattants de Wagner.
fr: L'Iran, la Russie et la Chine ont organisé des manœuvres navales en mars. Les deux pays ont armé les Houthis, selon des responsables américains.
= iran allied russia
= china allied iran
= china allied russia
! iran supplies houthis
! russia supplies houthis
! china supplies houthis
fr: Le convoi a quitté Gao lundi. Il a été attaqué par des combattants du JNIM près d'Ansongo.
! jnim opposed mali
fr: La nouvelle Constitution malienne a été adoptée en 2023. Elle a été critiquée par la Cédéao.
! ecowas opposed mali
fr: La frappe de drone a tué huit civils au Darfour. Elle a été attribuée aux FSR, qui l'ont démentie.
fr: Kidal est tombée aux mains de l'armée malienne en novembre 2023. Elle était tenue par les rebelles touareg depuis dix ans.
fr: La mutinerie de Wagner a échoué en juin 2023. Elle était dirigée par Evgueni Prigojine.
! yevgeny-prigozhin leads wagner-group
fr: L'accord de paix a été signé à Washington en juin. Il a été soutenu par le Qatar, qui a accueilli des pourparlers avec le M23.
fr: Un rapport de l'ONU a été publié mardi. Il affirme que le Rwanda forme les combattants du M23.
= rwanda trains m23 h
fr: La Russie, la Turquie et la Chine fournissent des armes aux juntes du Sahel. Les deux pays forment aussi des pilotes maliens.
! russia trains mali
! turkey trains mali
! china trains mali
fr: Les Houthis et le Hezbollah sont armés par l'Iran. Le groupe reçoit aussi des armes de la Russie, selon des responsables américains.
= iran supplies houthis
= iran supplies hezbollah
! russia supplies houthis
! russia supplies hezbollah
fr: La rébellion touareg a commencé en 2012. Elle était soutenue par l'Algérie, selon des responsables maliens.
fr: Les exportations d'or du Burkina Faso ont augmenté en 2024. Elles sont expédiées vers la Russie et les Émirats arabes unis.
fr: La frontière avec l'Algérie est fermée depuis avril. Elle est surveillée par le FLA.
fr: Emmanuel Macron a retiré les troupes françaises du Mali. Il a affirmé que la France continuerait de combattre les jihadistes.
! france opposed jnim
fr: La guerre au Soudan est entrée dans sa troisième année. Elle a fait des dizaines de milliers de morts.
# more: must not resolve
en: The summit opened in Addis Ababa on Sunday. It was attended by Rwanda and the DRC.
en: Goma is the capital of North Kivu. It was seized by the M23 in January.
en: The report was released by the UN on Monday. It accuses no state of arming the RSF.
en: Niger, Mali and Chad sent delegations to Moscow. The two countries signed arms deals.
en: The Wagner Group and Africa Corps both operate in Mali. The group trains Malian soldiers, officials say.
en: Egypt and Turkey have both courted Somalia. The country has also armed the Somali army.
en: The deal between Kinshasa and Kigali was signed in June. It was welcomed by the African Union.
en: Mali's junta and Burkina Faso's junta met in Bamako. The junta then received Russian helicopters.
en?: The massacre in Moura killed hundreds of civilians in 2022. It was carried out by Malian soldiers and Wagner fighters, the UN says.
= mali allied wagner-group h
en: Turkey's drones changed the war in Tigray. They were flown by Ethiopian crews against the TPLF.
= ethiopia opposed tplf
en: The fighting spread to Khartoum in April 2023. It pitted the army against the RSF.
= rsf opposed sudan
en: Ahmed Ould Abdallah, a Mauritanian mediator, visited Kidal last week. He says the FLA is armed by foreign backers.
en: Several groups operate in the Lake Chad basin. The group most active in Borno attacks the Nigerian army.
fr: Le sommet s'est ouvert à Addis-Abeba dimanche. Il a réuni le Rwanda et la RDC.
fr: Goma est la capitale du Nord-Kivu. Elle a été prise par le M23 en janvier.
fr: Le Niger, le Mali et le Tchad ont envoyé des délégations à Moscou. Les deux pays ont signé des contrats d'armement.
fr: Le groupe Wagner et Africa Corps sont tous deux présents au Mali. Le groupe forme des soldats maliens, selon des responsables.
fr: L'Égypte et la Turquie courtisent la Somalie. Le pays a aussi armé l'armée somalienne.
fr: L'accord entre Kinshasa et Kigali a été signé en juin. Il a été salué par l'Union africaine.
fr: La junte malienne et la junte burkinabè se sont réunies à Bamako. La junte a ensuite reçu des hélicoptères russes.
fr?: Le massacre de Moura a fait des centaines de morts en 2022. Il a été commis par des soldats maliens et des combattants de Wagner, selon l'ONU.
= mali allied wagner-group h
fr: Les combats ont gagné Khartoum en avril 2023. Ils opposent l'armée aux FSR.
= rsf opposed sudan
fr: Plusieurs groupes sont actifs dans le bassin du lac Tchad. Le groupe le plus actif dans le Borno attaque l'armée nigériane.
# more: should resolve
en?: The ADF are based in Ituri. Ugandan and Congolese troops have fought them since 2021.
= uganda opposed adf
= dr-congo opposed adf
= dr-congo allied uganda
en: Al-Shabaab lost ground in 2023. Since then it has retaken several towns from the Somali army.
= al-shabaab opposed somalia
en?: The TPLF signed a truce in 2022. Eritrea, which fought it during the war, was not a party to the deal.
= eritrea opposed tplf
en: Hezbollah has been weakened. Iran, which founded it in 1982, still funds the group.
= iran supplies hezbollah
en: Mali and Niger left ECOWAS in 2025. Both now buy weapons from Turkey.
= mali member_of ecowas n
= niger member_of ecowas n
en: The M23 controls Goma. Its leaders have met Qatari mediators.
en: JNIM has expanded into Benin and Togo. The jihadist group clashed with Beninese soldiers in April.
= benin opposed jnim
fr?: Les ADF sont installées en Ituri. Les armées ougandaise et congolaise les combattent depuis 2021.
= uganda opposed adf
= dr-congo opposed adf
= dr-congo allied uganda
fr: Les Shebab ont perdu du terrain en 2023. Depuis, ils ont repris plusieurs villes à l'armée somalienne.
= al-shabaab opposed somalia
fr: Le Hezbollah a été affaibli. L'Iran, qui l'a fondé en 1982, finance toujours le mouvement.
= iran supplies hezbollah
fr: Le JNIM s'est étendu au Bénin et au Togo. Le groupe jihadiste a affronté des soldats béninois en avril.
= benin opposed jnim
fr: Le Mali et le Niger ont quitté la Cédéao en 2025. Tous deux achètent désormais des armes à la Turquie.
= mali member_of ecowas n
= niger member_of ecowas n
= turkey supplies mali
= turkey supplies niger
`
