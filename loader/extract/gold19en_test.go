package extract_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestGold19enAircraftForces: a demonym before or after an aircraft's
// model name ("Polish F-16s", "Dutch F-35s", « des F-16 polonais ») names
// the state's forces, as "Polish jets" does (institution_nouns): the
// model name is no proper name that swallows the demonym.
func TestGold19enAircraftForces(t *testing.T) {
	runRelCases(t, []relCase{
		{"Polish F-16s and Dutch F-35s shot down", "en", "Polish F-16s and Dutch F-35s shot down three Russian drones.", []rel{
			{"poland", graph.Opposed, "russia", ""},
			{"netherlands", graph.Opposed, "russia", ""},
			{"netherlands", graph.Allied, "poland", ""}}},
		{"X F-16s shot down", "en", "Polish F-16s shot down three Russian drones.", []rel{
			{"poland", graph.Opposed, "russia", ""}}},
		{"J-10Cs shot down Rafales", "en", "Pakistani J-10Cs shot down Indian Rafales in May.", []rel{
			{"india", graph.Opposed, "pakistan", ""}}},
		{"Su-25s attacked", "en", "Ukrainian Su-25s attacked Russian positions near Kursk.", []rel{
			{"russia", graph.Opposed, "ukraine", ""}}},
		{"F-16s delivered stay goods", "en", "Denmark delivered F-16s to Ukraine in 2024.", []rel{
			{"denmark", graph.Supplies, "ukraine", ""}}},
		{"an incursion escorted away is no fight", "en", "Russian MiG-31s violated Estonian airspace before Italian F-35s escorted them away.", nil},
		{"fr: des F-16 polonais et des F-35 néerlandais", "fr", "Des F-16 polonais et des F-35 néerlandais ont abattu des drones russes.", []rel{
			{"poland", graph.Opposed, "russia", ""},
			{"netherlands", graph.Opposed, "russia", ""},
			{"netherlands", graph.Allied, "poland", ""}}},
		{"fr: les Rafale indiens", "fr", "Les Rafale indiens ont frappé des bases pakistanaises.", []rel{
			{"india", graph.Opposed, "pakistan", ""}}},
	})
}

// TestGold19enRamming: ramming a state's ships and firing water cannon at
// them are attacks ("rammed", "fired water cannon at", « éperonner », « a
// tiré au canon à eau sur »): opposed, as the coast guard confrontations
// of the South China Sea are reported.
func TestGold19enRamming(t *testing.T) {
	runRelCases(t, []relCase{
		{"X ships rammed Y vessels", "en", "Chinese coast guard ships rammed Philippine vessels near Sabina Shoal in August.", []rel{
			{"china", graph.Opposed, "philippines", ""}}},
		{"armed with knives, rammed and boarded", "en", "Chinese coast guard personnel armed with knives, axes and sticks rammed and boarded Philippine navy boats bringing supplies to the outpost.", []rel{
			{"china", graph.Opposed, "philippines", ""}}},
		{"X's coast guard rammed Y's boats", "en", "China's coast guard rammed the Philippine navy's supply boats.", []rel{
			{"china", graph.Opposed, "philippines", ""}}},
		{"fired water cannon at", "en", "Chinese coast guard ships fired water cannon at Philippine navy vessels.", []rel{
			{"china", graph.Opposed, "philippines", ""}}},
		{"was rammed by", "en", "A Philippine navy vessel was rammed by the Chinese coast guard.", []rel{
			{"china", graph.Opposed, "philippines", ""}}},
		{"a ship rammed a pier: no actor", "en", "The ship rammed the pier in Manila.", nil},
		{"fr: ont éperonné", "fr", "Les garde-côtes chinois ont éperonné des navires de la marine philippine.", []rel{
			{"china", graph.Opposed, "philippines", ""}}},
		{"fr: a été éperonnée par", "fr", "Une vedette de la marine philippine a été éperonnée par les garde-côtes chinois.", []rel{
			{"china", graph.Opposed, "philippines", ""}}},
	})
}

// TestGold19enDesignatedAppositive: a designation's object may go on with
// a coordinated possessive noun and an apposition between commas ("X and
// its suicide wing, the Majeed Brigade, as"): the actor it names is
// designated too, and the designation noun is read past it.
func TestGold19enDesignatedAppositive(t *testing.T) {
	runRelCases(t, []relCase{
		{"X and its suicide wing, Y, as", "en", "When the State Department designated the Balochistan Liberation Army and its suicide wing, the Majeed Brigade, as a foreign terrorist organisation on 11 August, officials in Islamabad called it long overdue.", []rel{
			{"bla", graph.Opposed, "united-states", ""},
			{"majeed-brigade", graph.Opposed, "united-states", ""},
			{"majeed-brigade", graph.MemberOf, "bla", ""}}},
		{"an apposition the article does not know", "en", "Washington designated Hezbollah and its elite unit, the Nasr Unit, as a terrorist organisation.", []rel{
			{"hezbollah", graph.Opposed, "united-states", ""}}},
		{"an apposition the dictionary knows (wing20)", "en", "Washington designated Hezbollah and its elite unit, the Radwan Force, as a terrorist organisation.", []rel{
			{"hezbollah", graph.Opposed, "united-states", ""},
			{"radwan-force", graph.Opposed, "united-states", ""},
			{"radwan-force", graph.MemberOf, "hezbollah", ""}}},
		{"X and its leader, Y, as terrorists", "en", "The US designated the BLA and its leader, Bashir Zeb, as terrorists.", []rel{
			{"bashir-zeb", graph.Leads, "bla", ""},
			{"bla", graph.Opposed, "united-states", ""},
			{"bashir-zeb", graph.Opposed, "united-states", ""}}},
		{"a relative clause is no apposition", "en", "The US designated the BLA and its suicide wing, which carried out the attack, as terrorists.", []rel{
			{"bla", graph.Opposed, "united-states", ""}}},
		{"fr: X et sa branche, Y, comme", "fr", "Le Canada a désigné le JNIM et sa branche sahélienne, l'EIGS, comme organisations terroristes.", []rel{
			{"canada", graph.Opposed, "jnim", ""},
			{"canada", graph.Opposed, "islamic-state-sahel", ""},
			{"islamic-state-sahel", graph.MemberOf, "jnim", ""}}},
		{"fr: une apposition inconnue", "fr", "Washington a désigné le Hamas et sa branche armée, les brigades Abou Obeida, comme organisations terroristes.", []rel{
			{"hamas", graph.Opposed, "united-states", ""}}},
		{"fr: la branche armée que le dictionnaire connaît (wing20)", "fr", "Washington a désigné le Hamas et sa branche armée, les brigades Ezzedine al-Qassam, comme organisations terroristes.", []rel{
			{"hamas", graph.Opposed, "united-states", ""},
			{"qassam-brigades", graph.Opposed, "united-states", ""},
			{"qassam-brigades", graph.MemberOf, "hamas", ""}}},
	})
}

// TestGold19enPurposeIntent: an intent cue reaches a trigger that opens a
// purpose infinitive of the verb it governs ("offered to send X to
// train", "has proposed sending X to train", « a proposé d'envoyer X pour
// former »): a plan, no relation; the French intent cues also take their
// elided forms (« a proposé d'entraîner »). A sending that took place
// still trains.
func TestGold19enPurposeIntent(t *testing.T) {
	runRelCases(t, []relCase{
		{"offered to send X drone specialists to train", "en", "Zelensky offered to send Ukrainian drone specialists to train Polish soldiers.", nil},
		{"has proposed sending X officers to train", "en", "Turkey has proposed sending Turkish officers to train the Somali army.", nil},
		{"a comma parts the cue", "en", "Turkey, which had offered to help, sent Turkish officers to train the Somali army.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
		{"fr: a proposé d'entraîner", "fr", "La Turquie a proposé d'entraîner l'armée somalienne.", nil},
		{"fr: envisage d'envoyer X pour former", "fr", "La Turquie envisage d'envoyer des officiers pour former l'armée somalienne.", nil},
		{"fr: afin de former", "fr", "La Turquie a proposé d'envoyer des officiers turcs afin de former l'armée somalienne.", nil},
		{"fr: a envoyé X pour former", "fr", "La Turquie a envoyé des officiers turcs pour former l'armée somalienne.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
	})
}

// TestGold19enTitleAfter: a head of state's or government's title in
// apposition after a known person, with a definite article and no owner
// ("Donald Tusk, the prime minister,", « Donald Tusk, le Premier ministre
// », closing the sentence too) names the state of the person's country,
// as "the prime minister, Donald Tusk," does; not a former one, nor one
// with an owner after it.
func TestGold19enTitleAfter(t *testing.T) {
	runRelCases(t, []relCase{
		{"X, the prime minister,", "en", "Donald Tusk, the prime minister, called the incursion a large-scale provocation.", []rel{
			{"donald-tusk", graph.Leads, "poland", ""}}},
		{"two in one sentence", "en", "Donald Tusk, the prime minister, called the incursion a provocation, and Karol Nawrocki, the president, agreed.", []rel{
			{"donald-tusk", graph.Leads, "poland", ""},
			{"karol-nawrocki", graph.Leads, "poland", ""}}},
		{"closing the sentence", "en", "Kagame met Tshisekedi, the president.", []rel{
			{"felix-tshisekedi", graph.Leads, "dr-congo", ""}}},
		{"the former prime minister", "en", "Donald Tusk, the former prime minister, called the incursion a provocation.", nil},
		{"the prime minister's father", "en", "Hun Sen, the prime minister's father, spoke.", nil},
		{"fr: X, le Premier ministre,", "fr", "Donald Tusk, le Premier ministre, a qualifié l'incursion de provocation.", []rel{
			{"donald-tusk", graph.Leads, "poland", ""}}},
		{"X, its president, after the country", "en", "Belarus has hosted Russian tactical nuclear weapons since 2023, and Alexander Lukashenko, its president, says Russia's new Oreshnik missile will be deployed there by the end of the year.", []rel{
			{"alexander-lukashenko", graph.Leads, "belarus", ""}}},
		{"its president: the person's country, not the nearest name", "en", "Russia attacked Ukraine, and Volodymyr Zelensky, its president, asked for help.", []rel{
			{"russia", graph.Opposed, "ukraine", ""},
			{"volodymyr-zelensky", graph.Leads, "ukraine", ""}}},
		{"its president with no country before", "en", "Assimi Goïta, its president, praised the group.", nil},
		{"fr: X, son président,", "fr", "Le Bélarus accueille des armes russes, et Alexandre Loukachenko, son président, s'en félicite.", []rel{
			{"alexander-lukashenko", graph.Leads, "belarus", ""}}},
	})
}

// TestGold19enGenericMember: an organisation that only qualifies an
// unnamed member after an indefinite article ("a NATO member", « un
// membre de l'Otan », « un pays membre de l'Otan ») is no party of the
// clause; members in the plural still act as the organisation; a
// member named right after, an apposition and a predicate (even denied)
// still give member_of.
func TestGold19enGenericMember(t *testing.T) {
	runRelCases(t, []relCase{
		{"a NATO member had fired on", "en", "It was the first time a NATO member had fired on Russian military assets.", nil},
		{"members in the plural act as the organisation", "en", "ECOWAS member states imposed sanctions on Niger.", []rel{
			{"ecowas", graph.Opposed, "niger", ""}}},
		{"an AU member state attacked", "en", "An African Union member state attacked the M23.", nil},
		{"NATO members X and Y", "en", "NATO members Poland and Romania shot down Russian drones.", []rel{
			{"poland", graph.Opposed, "russia", ""},
			{"romania", graph.Opposed, "russia", ""},
			{"poland", graph.Allied, "romania", ""},
			{"poland", graph.MemberOf, "nato", ""},
			{"romania", graph.MemberOf, "nato", ""}}},
		{"X, a NATO member since 1999,", "en", "Poland, a NATO member since 1999, shot down Russian drones.", []rel{
			{"poland", graph.Opposed, "russia", ""},
			{"poland", graph.MemberOf, "nato", ""}}},
		{"is not a member of", "en", "Serbia is not a member of NATO.", []rel{
			{"serbia", graph.MemberOf, "nato", "n"}}},
		{"fr: un membre de l'OTAN abat", "fr", "C'est la première fois qu'un membre de l'OTAN abat des drones russes.", nil},
		{"fr: un pays membre de l'Otan abat", "fr", "C'est la première fois qu'un pays membre de l'Otan abat des drones russes.", nil},
		{"fr: X, un pays membre de l'Otan,", "fr", "La Pologne, un pays membre de l'Otan, a abattu des drones russes.", []rel{
			{"poland", graph.MemberOf, "nato", ""},
			{"poland", graph.Opposed, "russia", ""}}},
		{"fr: n'est pas membre de", "fr", "La Serbie n'est pas membre de l'OTAN.", []rel{
			{"serbia", graph.MemberOf, "nato", "n"}}},
	})
}

// TestGold19enDocumentNames: a capitalised name that ends with a document
// head is a treaty, no actor ("Mutual Defense Treaty", "Enhanced Defense
// Cooperation Agreement"), and a capital glued before one is part of the
// name, no state ("the Ottawa Treaty", "the Minsk Agreements").
func TestGold19enDocumentNames(t *testing.T) {
	runRelCases(t, []relCase{
		{"a Mutual Defense Treaty covers attacks", "en", "The United States, bound to the Philippines by a Mutual Defense Treaty signed in 1951, has said the treaty covers attacks on Philippine ships.", nil},
		{"a Defence Cooperation Agreement with", "en", "Kenya signed a Defence Cooperation Agreement with Britain.", []rel{
			{"kenya", graph.Allied, "united-kingdom", ""}}},
	})
	for _, tc := range []struct{ name, lang, text string }{
		{"the Ottawa Treaty", "en", "Both countries signed the Ottawa Treaty."},
		{"the Enhanced Defense Cooperation Agreement", "en", "American forces rotate through nine bases under the Enhanced Defense Cooperation Agreement."},
		{"the Minsk Agreements", "en", "The Minsk Agreements were never carried out."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := run(t, tc.lang, tc.text)
			for _, a := range c.Actors {
				if a.ID != "united-states" {
					t.Errorf("%s: actor %s (%s)", tc.text, a.ID, a.Name)
				}
			}
		})
	}
}

// TestGold19enFightingWithNoun: "fighting with" as a noun ("four days of
// fighting with India", "the fighting with", "heavy fighting with") is
// war with the actor after it, not the allied participle ("fighters
// fighting with the Misseriya").
func TestGold19enFightingWithNoun(t *testing.T) {
	runRelCases(t, []relCase{
		{"days of fighting with", "en", "China supplies most of Pakistan's weapons, including the fighters its air force used during four days of fighting with India in May.", []rel{
			{"china", graph.Supplies, "pakistan", ""},
			{"india", graph.Opposed, "pakistan", ""}}},
		{"the participle stays allied", "en", "RSF fighters fighting with the Misseriya militia attacked the army.", []rel{
			{"misseriya", graph.Allied, "rsf", ""}}},
	})
}

// TestGold19enJointPlans: a joint cue under an intent cue is a plan ("the
// two governments agreed to set up a joint programme", "will deploy a
// joint force", « prévoient de mener des patrouilles conjointes »): no
// allied; joint action that takes place still is.
func TestGold19enJointPlans(t *testing.T) {
	runRelCases(t, []relCase{
		{"agreed to set up a joint programme", "en", "Ukraine's president met Poland's president, and the two governments agreed to set up a joint programme.", nil},
		{"plan to hold joint patrols", "en", "Burkina Faso and Niger plan to hold joint patrols along their border.", nil},
		{"run joint patrols", "en", "Burkina Faso and Niger run joint patrols along their border.", []rel{
			{"burkina-faso", graph.Allied, "niger", ""}}},
		{"fr: prévoient de mener des patrouilles conjointes", "fr", "Le Burkina Faso et le Niger prévoient de mener des patrouilles conjointes.", nil},
		{"fr: mènent des patrouilles conjointes", "fr", "Le Burkina Faso et le Niger mènent des patrouilles conjointes.", []rel{
			{"burkina-faso", graph.Allied, "niger", ""}}},
	})
}

// TestGold19enFoundedAs: founders of an organisation formed "as" an
// alliance ("formed the AES as a mutual defence pact", « ont créé l'AES
// comme pacte de défense mutuelle ») are members and allies; formed as
// anything else, members only.
func TestGold19enFoundedAs(t *testing.T) {
	members := []rel{
		{"mali", graph.MemberOf, "alliance-of-sahel-states", ""},
		{"burkina-faso", graph.MemberOf, "alliance-of-sahel-states", ""},
		{"niger", graph.MemberOf, "alliance-of-sahel-states", ""}}
	allies := []rel{
		{"burkina-faso", graph.Allied, "mali", ""},
		{"mali", graph.Allied, "niger", ""},
		{"burkina-faso", graph.Allied, "niger", ""}}
	runRelCases(t, []relCase{
		{"formed X (AES) as a mutual defence pact", "en", "Mali, Burkina Faso and Niger formed the Alliance of Sahel States (AES) as a mutual defence pact in September 2023, after coups in all three countries.", append(append([]rel{}, members...), allies...)},
		{"formed X as a confederation", "en", "Mali, Burkina Faso and Niger formed the Alliance of Sahel States as a confederation in 2024.", members},
		{"fr: ont créé X comme pacte de défense mutuelle", "fr", "Le Mali, le Burkina Faso et le Niger ont créé l'Alliance des États du Sahel comme pacte de défense mutuelle en septembre 2023.", append(append([]rel{}, members...), allies...)},
	})
}
