package extract_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// The nineteenth session's probe of how news says alliance, membership
// and opposition: coalitions and blocs ("the Saudi-led coalition", « la
// coalition menée par », "joined", « a adhéré », "suspended", "the bloc's
// members"), co-belligerence ("fought alongside", « aux côtés de », "with
// the support of", "jointly"), alignment ("Iran-aligned", « proche de
// Moscou », "a defence pact", « partenaire stratégique »), fighting
// ("clashes between", "fighting pitted X against Y", « des affrontements
// ont opposé », "at war with", "ambushed", « a revendiqué l'attaque
// contre »), hostility short of war (sanctions, airspace, expelled
// troops; an expelled or recalled ambassador is nothing), persons as
// members ("a senior figure in", « un cadre de »), references across
// sentences, and sentences that must give nothing (a meeting, talks, a
// mediator, an observer, a poll, a shared enemy, a plan).
//
// The table is recall19Paragraphs, in probe18's format, one paragraph a
// block:
//
//	en: text            (or "fr:"; "en?:" / "fr?:" marks an open case)
//	= from type to [h|n|hn]   a claim the codebook wants (the list is exact)
//	~ from type to            a claim that may appear (right, not counted)
//	! from type to            a claim it must not give, whatever its flags
//
// "#" lines name the family of the paragraphs after them.
//
// RECALL19_COUNT=1 go test -run TestRecall19Count counts the wanted claims
// found and the false edges (claims neither wanted nor allowed) over every
// paragraph.
//
// 438 paragraphs: the first 325 (175 en, 150 fr; 62 that must give
// nothing) were written before any mend: the session's starting extractor
// found 280 of their 353 wanted claims with 18 false edges, its end 299
// with 15. 57 wire-style paragraphs of long sentences followed (80
// wanted: 47 found, 9 false edges before; 52 and 4 after), and 56 made
// for the mends. 75 paragraphs stay open (TestRecall19Open).

type recall19Case struct {
	probe18Case
	allowed []rel
}

func parseRecall19(t *testing.T, src string) []recall19Case {
	t.Helper()
	var out []recall19Case
	var keep []string
	flush := func() {
		if len(keep) == 0 {
			return
		}
		cs := parseProbe18(t, strings.Join(keep, "\n"))
		out[len(out)-1].probe18Case = cs[len(cs)-1]
		keep = keep[:0]
	}
	family := ""
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "#"):
			family = line
		case line[0] == '~':
			f := strings.Fields(line[1:])
			if len(out) == 0 || len(f) != 3 {
				t.Fatalf("bad allowed line %q", line)
			}
			out[len(out)-1].allowed = append(out[len(out)-1].allowed, canonRel(rel{f[0], graph.RelType(f[1]), f[2], ""}))
		case line[0] == '=' || line[0] == '!':
			keep = append(keep, line)
		default:
			flush()
			out = append(out, recall19Case{})
			keep = append(keep, family, line)
		}
	}
	flush()
	return out
}

// recall19Wrong is probe18Wrong with the allowed claims taken out of got.
func recall19Wrong(c recall19Case, got []rel) []string {
	var g []rel
	for _, r := range got {
		cr := canonRel(r)
		if slices.ContainsFunc(c.allowed, func(a rel) bool { return a.from == cr.from && a.typ == cr.typ && a.to == cr.to }) {
			continue
		}
		g = append(g, r)
	}
	return probe18Wrong(c.probe18Case, g)
}

// TestRecall19 runs the paragraphs the extractor reads right; each must
// stay right.
func TestRecall19(t *testing.T) {
	runParagraphs(t, parseRecall19(t, recall19Paragraphs), recall19Base, recall19Wrong)
}

// TestRecall19Open logs the paragraphs the extractor still reads wrong,
// with the wrong readings; it does not fail, so that a mend shows as a
// case to move to TestRecall19. RECALL19_ALL=1 classifies every paragraph.
func TestRecall19Open(t *testing.T) {
	logOpenParagraphs(t, parseRecall19(t, recall19Paragraphs), os.Getenv("RECALL19_ALL") != "", recall19Base, recall19Wrong)
}

// recall19Base is the paragraph of a case.
func recall19Base(c recall19Case) probe18Case { return c.probe18Case }

// TestRecall19Count counts, over every paragraph, the wanted claims found
// (the relation, whatever its flags, and with its flags) and the false
// edges: claims neither wanted nor allowed.
func TestRecall19Count(t *testing.T) {
	if os.Getenv("RECALL19_COUNT") == "" {
		t.Skip("RECALL19_COUNT=1 to count")
	}
	paras, wanted, found, exact, falseEdges, forbidden := 0, 0, 0, 0, 0, 0
	byType := map[graph.RelType][2]int{}
	for _, c := range parseRecall19(t, recall19Paragraphs) {
		paras++
		got := relations(run(t, c.lang, c.text))
		for _, w := range c.want {
			wanted++
			bt := byType[w.typ]
			bt[0]++
			hit, hitExact := false, false
			for _, g := range got {
				g = canonRel(g)
				if g.from == w.from && g.typ == w.typ && g.to == w.to {
					hit = true
					if g.flags == w.flags {
						hitExact = true
					}
				}
			}
			if hit {
				found++
				bt[1]++
			}
			if hitExact {
				exact++
			}
			byType[w.typ] = bt
		}
		seen := map[rel]bool{}
		for _, g := range got {
			g = canonRel(g)
			g.flags = ""
			if seen[g] {
				continue
			}
			seen[g] = true
			if slices.ContainsFunc(c.want, func(w rel) bool { return w.from == g.from && w.typ == g.typ && w.to == g.to }) ||
				slices.ContainsFunc(c.allowed, func(w rel) bool { return w.from == g.from && w.typ == g.typ && w.to == g.to }) {
				continue
			}
			falseEdges++
			if slices.ContainsFunc(c.not, func(w rel) bool { return w.from == g.from && w.typ == g.typ && w.to == g.to }) {
				forbidden++
			}
			t.Logf("false edge: %s -%s-> %s  in %q", g.from, g.typ, g.to, c.text)
		}
	}
	t.Logf("paragraphs %d, wanted claims %d, found %d (%d with their flags), false edges %d (%d forbidden)", paras, wanted, found, exact, falseEdges, forbidden)
	for _, ty := range []graph.RelType{graph.Allied, graph.Opposed, graph.MemberOf, graph.Supplies, graph.Leads} {
		t.Logf("  %s: %d of %d", ty, byType[ty][1], byType[ty][0])
	}
	_ = fmt.Sprint
}

const recall19Paragraphs = `
# coalition led by
en: The Saudi-led coalition has fought the Houthis since March 2015.
= houthis opposed saudi-led-coalition
~ saudi-arabia member_of saudi-led-coalition
en: Saudi Arabia leads a military coalition that intervened in Yemen in 2015 against the Houthis.
= houthis opposed saudi-arabia
fr: La coalition menée par l'Arabie saoudite bombarde les positions des Houthis depuis 2015.
= houthis opposed saudi-led-coalition
~ saudi-arabia member_of saudi-led-coalition
fr?: La coalition internationale menée par les États-Unis contre l'État islamique a frappé des cibles en Syrie.
~ islamic-state opposed united-states
= global-coalition-against-daesh opposed islamic-state
~ united-states member_of global-coalition-against-daesh
en?: The US-led coalition against the Islamic State carried out strikes near Raqqa.
~ islamic-state opposed united-states
= global-coalition-against-daesh opposed islamic-state
~ united-states member_of global-coalition-against-daesh
en: The United Arab Emirates was a key member of the Saudi-led coalition in Yemen.
= united-arab-emirates member_of saudi-led-coalition
~ saudi-arabia member_of saudi-led-coalition
fr?: Les Émirats arabes unis, membres de la coalition dirigée par Riyad, ont retiré leurs troupes du Yémen en 2019.
= united-arab-emirates member_of saudi-led-coalition
~ saudi-arabia member_of saudi-led-coalition
en?: Sudan sent thousands of troops to Yemen as part of the Saudi-led coalition.
~ sudan allied yemen
= sudan member_of saudi-led-coalition
~ saudi-arabia member_of saudi-led-coalition
fr?: Le Soudan a envoyé des milliers de soldats au Yémen au sein de la coalition emmenée par l'Arabie saoudite.
~ sudan allied yemen
= sudan member_of saudi-led-coalition
~ saudi-arabia member_of saudi-led-coalition
en?: Kenya leads the multinational force in Haiti, which is fighting the gangs of Viv Ansanm.
= mss-haiti opposed viv-ansanm
~ kenya member_of mss-haiti
# joined, adhered, signatories
en: Finland joined NATO in April 2023.
= finland member_of nato
en: Sweden became NATO's 32nd member in March 2024.
= sweden member_of nato
fr: La Suède a adhéré à l'OTAN en mars 2024.
= sweden member_of nato
fr: La Finlande a rejoint l'Otan en avril 2023, après des décennies de neutralité.
= finland member_of nato
en: Iran was admitted to the Shanghai Cooperation Organisation in 2023.
= iran member_of sco
fr: L'Iran a fait son entrée dans l'Organisation de coopération de Shanghai en 2023.
= iran member_of sco
en: Egypt, Ethiopia, Iran and the United Arab Emirates joined the BRICS bloc in January 2024.
= egypt member_of brics
= ethiopia member_of brics
= iran member_of brics
= united-arab-emirates member_of brics
fr: L'Égypte, l'Éthiopie et l'Iran ont intégré les BRICS en janvier 2024.
= egypt member_of brics
= ethiopia member_of brics
= iran member_of brics
en: The Democratic Republic of Congo became a member of the East African Community in 2022.
= dr-congo member_of east-african-community
fr: La RDC est devenue membre de la Communauté d'Afrique de l'Est en 2022.
= dr-congo member_of east-african-community
en?: Mali, Burkina Faso and Niger are signatories of the Liptako-Gourma Charter that created the Alliance of Sahel States.
= mali member_of alliance-of-sahel-states
= burkina-faso member_of alliance-of-sahel-states
= niger member_of alliance-of-sahel-states
= mali allied burkina-faso
= mali allied niger
= burkina-faso allied niger
fr: Le Mali, le Burkina Faso et le Niger, signataires de la charte du Liptako-Gourma, ont créé l'Alliance des États du Sahel.
= mali member_of alliance-of-sahel-states
= burkina-faso member_of alliance-of-sahel-states
= niger member_of alliance-of-sahel-states
~ mali allied burkina-faso
~ mali allied niger
~ burkina-faso allied niger
en: Ukraine's bid to join NATO has stalled.
! ukraine member_of nato
fr: L'Ukraine n'est pas membre de l'OTAN.
= ukraine member_of nato n
en?: Armenia froze its participation in the CSTO but remains formally a member.
= armenia member_of csto
fr?: L'Arménie a gelé sa participation à l'OTSC mais en reste formellement membre.
= armenia member_of csto
en: Chad contributes troops to the Multinational Joint Task Force.
= chad member_of mnjtf
fr: Le Tchad fournit des troupes à la Force multinationale mixte.
= chad member_of mnjtf
en?: Burundi has troops in the African Union mission in Somalia, AUSSOM.
= burundi member_of aussom
en: Uganda is the largest troop contributor to ATMIS.
= uganda member_of atmis
fr: L'Ouganda est le premier contributeur de troupes de l'Atmis.
= uganda member_of atmis
# suspended, left
en: The African Union suspended Niger after the July 2023 coup.
= niger member_of african-union
fr: L'Union africaine a suspendu le Niger de ses instances après le coup d'État de juillet 2023.
= niger member_of african-union
en: Mali, Burkina Faso and Niger formally left ECOWAS in January 2025.
= mali member_of ecowas n
= burkina-faso member_of ecowas n
= niger member_of ecowas n
fr: Le Mali, le Burkina Faso et le Niger ont officiellement quitté la Cédéao en janvier 2025.
= mali member_of ecowas n
= burkina-faso member_of ecowas n
= niger member_of ecowas n
en: Mali withdrew from the G5 Sahel in 2022.
= mali member_of g5-sahel n
fr: Le Mali s'est retiré du G5 Sahel en mai 2022.
= mali member_of g5-sahel n
fr: Le Mali, le Burkina Faso et le Niger ne sont plus membres de la Cédéao.
= mali member_of ecowas n
= burkina-faso member_of ecowas n
= niger member_of ecowas n
# bloc's members
en: The bloc's three members, Mali, Burkina Faso and Niger, announced a joint force of 5,000 troops.
~ mali allied burkina-faso
~ mali allied niger
~ burkina-faso allied niger
~ mali member_of alliance-of-sahel-states
~ burkina-faso member_of alliance-of-sahel-states
~ niger member_of alliance-of-sahel-states
fr: Les trois pays membres de l'AES, le Mali, le Burkina Faso et le Niger, ont lancé une force unifiée.
= mali member_of alliance-of-sahel-states
= burkina-faso member_of alliance-of-sahel-states
= niger member_of alliance-of-sahel-states
en: NATO members Turkey and Greece have long quarrelled over airspace.
= turkey member_of nato
= greece member_of nato
fr: La Turquie, membre de l'Otan, a acheté des missiles russes S-400.
~ russia supplies turkey
= turkey member_of nato
en?: Qatar, a member of the Gulf Cooperation Council, hosts the largest US base in the region.
= qatar member_of gcc
= qatar allied united-states
fr: Le Qatar, qui abrite la plus grande base américaine de la région, est membre du Conseil de coopération du Golfe.
= qatar member_of gcc
= qatar allied united-states
en: Belarus is Russia's closest ally in the Collective Security Treaty Organisation.
= belarus allied russia
= belarus member_of csto
~ russia member_of csto
# armed groups in coalitions
en: Kataib Hezbollah is part of the Popular Mobilization Forces.
= kataib-hezbollah member_of popular-mobilization-forces
en?: The Islamic Resistance in Iraq, an umbrella of Iran-backed militias, claimed the drone attack on Israel.
= islamic-resistance-in-iraq opposed israel
= iran allied islamic-resistance-in-iraq
fr?: La Résistance islamique en Irak, une coalition de milices soutenues par l'Iran, a revendiqué l'attaque de drone contre Israël.
= islamic-resistance-in-iraq opposed israel
= iran allied islamic-resistance-in-iraq
en: The M23 is part of the Alliance Fleuve Congo, the political-military coalition led by Corneille Nangaa.
= m23 member_of alliance-fleuve-congo
= corneille-nangaa leads alliance-fleuve-congo
fr: Le M23 fait partie de l'Alliance Fleuve Congo, la coalition politico-militaire dirigée par Corneille Nangaa.
= m23 member_of alliance-fleuve-congo
= corneille-nangaa leads alliance-fleuve-congo
en: JNIM, al-Qaeda's affiliate in the Sahel, claimed the attack on the Malian army base.
= jnim member_of al-qaeda
= jnim opposed mali
fr: Le JNIM, affilié à al-Qaïda, a revendiqué l'attaque contre le camp de l'armée malienne.
= jnim member_of al-qaeda
= jnim opposed mali
en: The Islamic State Sahel Province pledged allegiance to the Islamic State in 2015.
= islamic-state-sahel member_of islamic-state
fr: L'État islamique au Sahel a prêté allégeance à l'État islamique en 2015.
= islamic-state-sahel member_of islamic-state
en: Al-Shabaab, al-Qaeda's branch in East Africa, ambushed Kenyan troops near the border.
= al-shabaab member_of al-qaeda
= al-shabaab opposed kenya
fr: Les shebabs, la branche d'al-Qaïda en Afrique de l'Est, ont tendu une embuscade à des soldats kényans.
= al-shabaab member_of al-qaeda
= al-shabaab opposed kenya
en: The MNDAA, the TNLA and the Arakan Army form the Three Brotherhood Alliance.
= mndaa member_of three-brotherhood-alliance
= tnla member_of three-brotherhood-alliance
= arakan-army member_of three-brotherhood-alliance
fr: La MNDAA, la TNLA et l'Armée d'Arakan forment l'Alliance des trois fraternités.
= mndaa member_of three-brotherhood-alliance
= tnla member_of three-brotherhood-alliance
= arakan-army member_of three-brotherhood-alliance
en: The YPG is the backbone of the Syrian Democratic Forces.
= ypg member_of sdf
fr: Les YPG constituent l'épine dorsale des Forces démocratiques syriennes.
= ypg member_of sdf
en?: The Sultan Murad Division is one of the main factions of the Turkish-backed Syrian National Army.
= sultan-murad-division member_of syrian-national-army
= syrian-national-army allied turkey
fr?: La division Sultan Mourad, l'une des principales factions de l'Armée nationale syrienne soutenue par la Turquie.
= sultan-murad-division member_of syrian-national-army
= syrian-national-army allied turkey
en: The 5 Segonn gang is a member of the Viv Ansanm coalition.
= 5-segonn member_of viv-ansanm
fr: Le gang 5 Segonn est membre de la coalition Viv Ansanm.
= 5-segonn member_of viv-ansanm
# co-belligerence
en: Wagner mercenaries fought alongside Malian troops in Moura.
= wagner-group allied mali
fr: Les mercenaires de Wagner ont combattu aux côtés des soldats maliens à Moura.
= wagner-group allied mali
en: North Korean troops are fighting alongside Russian forces in the Kursk region.
= north-korea allied russia
fr: Des soldats nord-coréens combattent aux côtés des forces russes dans la région de Koursk.
= north-korea allied russia
en: Rwandan troops are fighting alongside the M23 rebels in North Kivu, according to UN experts.
= rwanda allied m23 h
fr: Selon des experts de l'ONU, des soldats rwandais combattent aux côtés des rebelles du M23 au Nord-Kivu.
= rwanda allied m23 h
en: Burundian soldiers have been deployed to fight alongside the Congolese army against the M23.
= burundi allied dr-congo
= burundi opposed m23
= dr-congo opposed m23
fr?: Des soldats burundais ont été déployés pour combattre le M23 aux côtés de l'armée congolaise.
= burundi allied dr-congo
= burundi opposed m23
= dr-congo opposed m23
en: The Congolese army and the Wazalendo militias jointly attacked M23 positions near Sake.
= dr-congo allied wazalendo
= dr-congo opposed m23
= wazalendo opposed m23
fr: L'armée congolaise et les miliciens wazalendo ont attaqué conjointement les positions du M23 près de Saké.
= dr-congo allied wazalendo
= dr-congo opposed m23
= wazalendo opposed m23
en?: The Malian army, with the support of Russian instructors, retook Kidal in November 2023.
~ russia trains mali
= mali allied russia
fr: L'armée malienne, avec l'appui de ses partenaires russes, a repris Kidal en novembre 2023.
= mali allied russia
en: Backed by Emirati air power, the Southern Transitional Council seized Aden.
= stc allied united-arab-emirates
fr: Appuyé par l'aviation émiratie, le Conseil de transition du Sud s'est emparé d'Aden.
= stc allied united-arab-emirates
en: Nigerian and Cameroonian troops conducted joint operations against Boko Haram around Lake Chad.
= nigeria allied cameroon
= nigeria opposed boko-haram
= cameroon opposed boko-haram
fr: Les armées nigériane et camerounaise ont mené des opérations conjointes contre Boko Haram autour du lac Tchad.
= nigeria allied cameroon
= nigeria opposed boko-haram
= cameroon opposed boko-haram
en: Burkina Faso and Niger run joint patrols along their shared border.
= burkina-faso allied niger
fr: Le Burkina Faso et le Niger mènent des patrouilles conjointes le long de leur frontière commune.
= burkina-faso allied niger
en: Hezbollah fighters fought on the side of the Syrian army during the civil war.
= hezbollah allied syria
fr: Les combattants du Hezbollah ont combattu du côté de l'armée syrienne pendant la guerre civile.
= hezbollah allied syria
en: Russian jets provided air cover for the Syrian army's offensive on Aleppo.
= russia allied syria
fr?: L'aviation russe a appuyé l'offensive de l'armée syrienne sur Alep.
= russia allied syria
en: Fighters from the Misseriya militia fought side by side with the RSF.
= rsf allied misseriya
fr: Des combattants du FACT ont combattu aux côtés des FSR au Darfour.
= fact allied rsf
en?: SADC troops deployed in eastern Congo to help the government fight the M23.
~ dr-congo opposed m23
= sadc allied dr-congo
= sadc opposed m23
fr?: Les troupes de la SADC ont été déployées dans l'est de la RDC pour aider Kinshasa à combattre le M23.
~ dr-congo opposed m23
= sadc allied dr-congo
= sadc opposed m23
en?: Turkish drones gave the Tripoli government the upper hand against Haftar's forces in 2020.
= turkey allied libya
= libya opposed lna
fr: Les combattants de la division Hamza ont combattu en Libye aux côtés du gouvernement de Tripoli.
= hamza-division allied libya
# alignment
en: The Iran-aligned Houthis fired a ballistic missile at Israel.
= houthis allied iran
= houthis opposed israel
fr: Les Houthis, alliés de l'Iran, ont tiré un missile balistique sur Israël.
= houthis allied iran
= houthis opposed israel
en: Iran-backed Hezbollah has fired rockets at northern Israel since October.
= hezbollah allied iran
= hezbollah opposed israel
fr: Le Hezbollah, soutenu par l'Iran, tire des roquettes sur le nord d'Israël depuis octobre.
= hezbollah allied iran
= hezbollah opposed israel
en?: The pro-Iranian Kataib Hezbollah attacked a US base in Jordan.
= kataib-hezbollah allied iran
= kataib-hezbollah opposed united-states
fr: Les Kataëb Hezbollah, proches de l'Iran, ont attaqué une base américaine en Jordanie.
= kataib-hezbollah allied iran
= kataib-hezbollah opposed united-states
en: Asaib Ahl al-Haq, a Tehran-aligned militia, has threatened US forces in Iraq.
= asaib-ahl-al-haq allied iran
fr: Asaïb Ahl al-Haq, une milice proche de Téhéran, menace les forces américaines en Irak.
= asaib-ahl-al-haq allied iran
en: Russia-backed separatists of the Donetsk People's Republic shelled Ukrainian positions.
= donetsk-peoples-republic allied russia
= donetsk-peoples-republic opposed ukraine
fr?: Les séparatistes prorusses de la république populaire de Donetsk ont bombardé des positions ukrainiennes.
= donetsk-peoples-republic allied russia
= donetsk-peoples-republic opposed ukraine
en: Haftar, a close partner of the Kremlin, hosts Russian forces in eastern Libya.
= khalifa-haftar allied russia
fr: Le maréchal Haftar, proche de Moscou, accueille des forces russes dans l'est libyen.
= khalifa-haftar allied russia
en: Egypt, a close ally of the Sudanese army, has supplied it with drones.
= egypt allied sudan
= egypt supplies sudan
fr: L'Égypte, alliée de l'armée soudanaise, lui a fourni des drones.
= egypt allied sudan
= egypt supplies sudan
en: Russia and North Korea signed a mutual defence pact in June 2024.
= north-korea allied russia
fr: La Russie et la Corée du Nord ont signé un pacte de défense mutuelle en juin 2024.
= north-korea allied russia
en: Niger and Russia signed a military cooperation agreement in January 2024.
= niger allied russia
fr: Le Niger et la Russie ont signé un accord de coopération militaire en janvier 2024.
= niger allied russia
en: Turkey and Somalia have had a defence cooperation agreement in force since February 2024.
= turkey allied somalia
fr: La Turquie et la Somalie sont liées par un accord de défense depuis février 2024.
= turkey allied somalia
en?: China describes Pakistan as an "ironclad" strategic partner.
= china allied pakistan
fr?: Moscou considère Bamako comme un partenaire stratégique dans la lutte contre le terrorisme.
= russia allied mali
en: Rwanda is Mozambique's main security partner in Cabo Delgado, where its troops fight insurgents.
= rwanda allied mozambique
fr: Le Rwanda est le principal partenaire sécuritaire du Mozambique au Cabo Delgado.
= rwanda allied mozambique
en: The United States and Israel are close allies.
= united-states allied israel
fr: Israël, le plus proche allié des États-Unis au Moyen-Orient, a frappé l'Iran.
= united-states allied israel
= israel opposed iran
en: Algeria is the main backer of the Polisario Front.
= algeria allied polisario-front
fr: L'Algérie est le principal soutien du Front Polisario.
= algeria allied polisario-front
en: The Sudanese army and the Joint Forces of the armed movements fight together in El Fasher.
= sudan allied darfur-joint-force
fr: L'armée soudanaise et les Forces conjointes des mouvements armés combattent ensemble à El-Fasher.
= sudan allied darfur-joint-force
en?: Armenia hosts a Russian military base in Gyumri.
= armenia allied russia
fr: Djibouti accueille une base militaire chinoise.
= djibouti allied china
# clashes between
en: Clashes between the Sudanese army and the RSF erupted in Khartoum on April 15, 2023.
= sudan opposed rsf
fr: Des affrontements entre l'armée soudanaise et les FSR ont éclaté à Khartoum le 15 avril 2023.
= sudan opposed rsf
en: Fighting between JNIM and the Islamic State Sahel Province has killed hundreds in Menaka.
= jnim opposed islamic-state-sahel
fr: Les combats entre le JNIM et l'État islamique au Sahel ont fait des centaines de morts à Ménaka.
= jnim opposed islamic-state-sahel
en: Fighting pitted the Malian army against FLA rebels near Tinzaouaten.
= mali opposed fla
fr: Des affrontements ont opposé l'armée malienne aux rebelles du FLA près de Tinzaouatène.
= mali opposed fla
en: Heavy fighting pitted the M23 against the Congolese army and its allies around Goma.
= m23 opposed dr-congo
fr: De violents combats opposent le M23 à l'armée congolaise et à ses alliés autour de Goma.
= m23 opposed dr-congo
en: ISWAP and Boko Haram fighters clashed on islands in Lake Chad.
= iswap opposed boko-haram
fr: Des combattants de l'Iswap et de Boko Haram se sont affrontés sur des îles du lac Tchad.
= iswap opposed boko-haram
en: Hamas and Israel have been at war since October 7, 2023.
= hamas opposed israel
fr: Israël et le Hamas sont en guerre depuis le 7 octobre 2023.
= hamas opposed israel
en: Russia has been at war with Ukraine since February 2022.
= russia opposed ukraine
fr: La Russie est en guerre contre l'Ukraine depuis février 2022.
= russia opposed ukraine
en: The army launched an offensive on RSF positions in Omdurman.
en: The Sudanese army launched an offensive on RSF positions in Omdurman.
= sudan opposed rsf
fr: L'armée soudanaise a lancé une offensive contre les positions des FSR à Omdurman.
= sudan opposed rsf
en: The Burkinabe army shelled positions of the JNIM near Djibo.
= burkina-faso opposed jnim
fr: L'armée burkinabè a pilonné des positions du JNIM près de Djibo.
= burkina-faso opposed jnim
en: JNIM fighters ambushed a Malian army convoy near Tessit.
= jnim opposed mali
fr: Des combattants du JNIM ont tendu une embuscade à un convoi de l'armée malienne près de Tessit.
= jnim opposed mali
en: The Islamic State claimed the attack on the Nigerien army post.
= islamic-state opposed niger
fr: L'État islamique a revendiqué l'attaque contre un poste de l'armée nigérienne.
= islamic-state opposed niger
en: Israeli warplanes struck Hezbollah targets in southern Lebanon.
= israel opposed hezbollah
fr: L'aviation israélienne a frappé des cibles du Hezbollah dans le sud du Liban.
= israel opposed hezbollah
en?: The Houthis have targeted ships linked to Israel in the Red Sea.
= houthis opposed israel
fr?: Les Houthis s'en prennent aux navires liés à Israël en mer Rouge.
= houthis opposed israel
en: Ethiopian forces have been battling Fano militias in Amhara since 2023.
= ethiopia opposed fano
fr: Les forces éthiopiennes combattent les milices Fano en Amhara depuis 2023.
= ethiopia opposed fano
en: The Arakan Army captured the headquarters of the Myanmar junta's Western Command.
= arakan-army opposed myanmar
fr?: L'Armée d'Arakan s'est emparée du quartier général du commandement Ouest de la junte birmane.
= arakan-army opposed myanmar
en: The war between the Sudanese army and the RSF has displaced 12 million people.
= sudan opposed rsf
fr: La guerre qui oppose l'armée soudanaise aux FSR a déplacé 12 millions de personnes.
= sudan opposed rsf
en: Al-Shabaab militants stormed an AU base in Lower Shabelle.
= al-shabaab opposed african-union
fr: Les shebabs ont pris d'assaut une base de l'UA dans le Bas-Shabelle.
= al-shabaab opposed african-union
en: The Colombian army is fighting ELN guerrillas in Catatumbo.
= colombia opposed eln
fr: L'armée colombienne affronte la guérilla de l'ELN dans le Catatumbo.
= colombia opposed eln
en?: ELN guerrillas and FARC dissidents have clashed in Catatumbo since January.
= eln opposed farc-emc
en?: The Houthis, the Saudi-led coalition's enemy, fired missiles at Riyadh.
= houthis opposed saudi-led-coalition
= houthis opposed saudi-arabia
en?: The insurgency waged by the Islamic State in Mozambique has killed thousands since 2017.
= islamic-state-mozambique opposed mozambique
fr?: L'insurrection menée par l'État islamique au Mozambique a fait des milliers de morts depuis 2017.
= islamic-state-mozambique opposed mozambique
en?: Ukrainian drones hit a Russian oil refinery in Saratov.
= ukraine opposed russia
fr: Des drones ukrainiens ont frappé une raffinerie russe à Saratov.
= ukraine opposed russia
en: Azerbaijan and Armenia fought a war over Nagorno-Karabakh in 2020.
= azerbaijan opposed armenia
fr?: L'Azerbaïdjan et l'Arménie se sont livré une guerre pour le Haut-Karabakh en 2020.
= azerbaijan opposed armenia
en: Turkish strikes on PKK positions in northern Iraq continued on Sunday.
= turkey opposed pkk
fr: Les frappes turques contre les positions du PKK dans le nord de l'Irak se sont poursuivies dimanche.
= turkey opposed pkk
en?: The SDF repelled an attack by Turkish-backed factions near Manbij.
= sdf opposed syrian-national-army
en: The Congolese army recaptured the town from the M23 on Friday.
= dr-congo opposed m23
fr: L'armée congolaise a repris la ville au M23 vendredi.
= dr-congo opposed m23
en: A ceasefire between the Congolese government and the M23 was signed in Doha.
= dr-congo opposed m23
fr: Un cessez-le-feu entre le gouvernement congolais et le M23 a été signé à Doha.
= dr-congo opposed m23
en: Israel and Hezbollah agreed a ceasefire in November 2024.
= israel opposed hezbollah
# hostility short of war
en: The United States imposed sanctions on the RSF commander's companies and on the RSF.
= united-states opposed rsf
fr: Les États-Unis ont imposé des sanctions contre les FSR.
= united-states opposed rsf
en: The European Union has sanctioned the Wagner Group for abuses in Africa.
= european-union opposed wagner-group
fr: L'Union européenne a sanctionné le groupe Wagner pour des exactions en Afrique.
= european-union opposed wagner-group
en: Washington designated the Houthis as a foreign terrorist organisation.
= united-states opposed houthis
fr: Washington a désigné les Houthis comme organisation terroriste étrangère.
= united-states opposed houthis
en: Niger ordered French troops to leave the country.
= niger opposed france
fr: Le Niger a exigé le départ des troupes françaises.
= niger opposed france
en: Mali expelled the French ambassador in January 2022.
! mali opposed france
fr: Le Mali a expulsé l'ambassadeur de France en janvier 2022.
! mali opposed france
en: Algeria recalled its ambassador from Bamako.
! algeria opposed mali
fr: Alger a rappelé son ambassadeur à Bamako.
! algeria opposed mali
en: Mali, Burkina Faso and Niger broke off diplomatic relations with Ukraine in August 2024.
= mali opposed ukraine
= burkina-faso opposed ukraine
= niger opposed ukraine
fr: Le Mali a rompu ses relations diplomatiques avec l'Ukraine en août 2024.
= mali opposed ukraine
en: Algeria closed its airspace to Malian aircraft in April 2025.
= algeria opposed mali
fr: L'Algérie a fermé son espace aérien aux aéronefs maliens en avril 2025.
= algeria opposed mali
en?: Benin and Niger remain at odds after Niamey closed its border with its neighbour.
= niger opposed benin
en: Paris criticised the junta's decision to expel the French ambassador.
! france opposed mali
fr: Bamako dénonce un rapport de l'ONU sur les exactions de l'armée.
! mali opposed united-nations
en: The JNIM's blockade of fuel routes to Bamako has choked the Malian capital.
= jnim opposed mali
fr?: Le blocus imposé par le JNIM sur les routes qui relient le Mali aux ports a provoqué une pénurie de carburant.
= jnim opposed mali
en: Mali and Algeria are locked in a bitter diplomatic dispute over a downed drone.
! mali opposed algeria
# persons as members
en?: Yahya Saree, the Houthi military spokesman, said the group fired missiles at Tel Aviv.
= yahya-saree member_of houthis
= houthis opposed israel
fr?: Yahya Saree, porte-parole militaire des Houthis, a revendiqué des tirs de missiles sur Tel-Aviv.
= yahya-saree member_of houthis
= houthis opposed israel
en?: Hashem Safieddine, a senior figure in Hezbollah, was killed in an Israeli strike.
= hashem-safieddine member_of hezbollah
= israel opposed hezbollah
fr: Hachem Safieddine, un haut responsable du Hezbollah, a été tué dans une frappe israélienne.
= hashem-safieddine member_of hezbollah
= israel opposed hezbollah
en: Khalil al-Hayya, a senior Hamas official, led the group's delegation in Cairo.
= khalil-al-hayya member_of hamas
fr: Khalil al-Hayya, un cadre du Hamas, a conduit la délégation du mouvement au Caire.
= khalil-al-hayya member_of hamas
en: Amadou Koufa, a JNIM commander in central Mali, called for jihad against the junta.
= amadou-koufa member_of jnim
fr: Amadou Koufa, un chef du JNIM dans le centre du Mali, appelle au jihad contre la junte.
= amadou-koufa member_of jnim
en: Abdelrahim Dagalo, the deputy commander of the RSF, was sanctioned by Washington.
= abdelrahim-dagalo member_of rsf
= united-states opposed abdelrahim-dagalo
fr: Abdelrahim Dagalo, commandant adjoint des FSR, a été sanctionné par Washington.
= abdelrahim-dagalo member_of rsf
= united-states opposed abdelrahim-dagalo
en: Dmitry Utkin, a co-founder of the Wagner Group, died in the same plane crash.
= dmitry-utkin member_of wagner-group
fr: Dmitri Outkine, cofondateur du groupe Wagner, est mort dans le même accident d'avion.
= dmitry-utkin member_of wagner-group
en: Mohammed Deif, the head of Hamas's military wing, was killed in July 2024.
~ mohammed-deif member_of hamas
~ mohammed-deif leads hamas
fr: Mohammed Deif, chef de la branche armée du Hamas, a été tué en juillet 2024.
~ mohammed-deif member_of hamas
~ mohammed-deif leads hamas
en: Haytham Ali Tabatabai, a top Hezbollah military commander, was killed in Beirut.
= haytham-ali-tabatabai member_of hezbollah
fr: Haytham Ali Tabatabai, un haut commandant militaire du Hezbollah, a été tué à Beyrouth.
= haytham-ali-tabatabai member_of hezbollah
en: Bertrand Bisimwa, the president of the M23, said the rebels would not withdraw from Goma.
= bertrand-bisimwa leads m23
fr: Bertrand Bisimwa, président du M23, a affirmé que les rebelles ne se retireraient pas de Goma.
= bertrand-bisimwa leads m23
en: Andrei Troshev, a former Wagner commander, now works for the Russian defence ministry.
! andrei-troshev member_of wagner-group
en: Alghabass Ag Intalla, a leader of the FLA, rejected talks with the junta.
= alghabass-ag-intalla member_of fla
fr: Alghabass Ag Intalla, l'un des dirigeants du FLA, a rejeté tout dialogue avec la junte.
= alghabass-ag-intalla member_of fla
# across sentences
en: The RSF have besieged El Fasher since May 2024. The paramilitary group is at war with the army of Abdel Fattah al-Burhan.
= rsf opposed sudan
~ abdel-fattah-al-burhan leads sudan
fr: Les FSR assiègent El-Fasher depuis mai 2024. Les paramilitaires sont en guerre contre l'armée du général Abdel Fattah al-Burhan.
= rsf opposed sudan
~ abdel-fattah-al-burhan leads sudan
en: Finland applied in May 2022. It joined NATO eleven months later.
= finland member_of nato
fr: La Suède a déposé sa candidature en mai 2022. Elle a rejoint l'Otan en mars 2024.
= sweden member_of nato
en: The Houthis control most of northern Yemen. The group is part of the Iran-led axis of resistance.
= houthis member_of axis-of-resistance
~ iran member_of axis-of-resistance
~ iran allied houthis
fr: Les Houthis contrôlent le nord du Yémen. Le mouvement fait partie de l'« axe de la résistance » mené par l'Iran.
= houthis member_of axis-of-resistance
~ iran member_of axis-of-resistance
~ iran allied houthis
en: The FLA was formed in late 2024 by Tuareg rebel groups. Its fighters clashed with the Malian army and Wagner near Tinzaouaten.
= fla opposed mali
= fla opposed wagner-group
fr: Le FLA a été créé fin 2024. Ses combattants ont affronté l'armée malienne et Wagner près de Tinzaouatène.
= fla opposed mali
= fla opposed wagner-group
en: Egypt has grown close to the Sudanese army. Cairo signed a defence pact with Khartoum in 2021.
= egypt allied sudan
fr: Le Caire s'est rapproché de l'armée soudanaise. L'Égypte a signé un pacte de défense avec Khartoum en 2021.
= egypt allied sudan
en: Hezbollah was founded in 1982. The movement has fought Israel in several wars.
= hezbollah opposed israel
fr: Le Hezbollah a été fondé en 1982. Le mouvement chiite a affronté Israël lors de plusieurs guerres.
= hezbollah opposed israel
en: The Wazalendo are loosely organised local militias. They fight alongside the Congolese army against the M23.
~ dr-congo opposed m23
= wazalendo allied dr-congo
= wazalendo opposed m23
fr: Les wazalendo sont des milices locales. Ils combattent aux côtés de l'armée congolaise contre le M23.
~ dr-congo opposed m23
= wazalendo allied dr-congo
= wazalendo opposed m23
en: Niger expelled French troops in 2023. The junta has since turned to Moscow, its new strategic partner.
= niger opposed france
= niger allied russia
fr: Le Niger a expulsé les troupes françaises en 2023. La junte s'est depuis tournée vers Moscou, son nouveau partenaire stratégique.
= niger opposed france
= niger allied russia
en: Burkina Faso left ECOWAS in January. The country is now a member of the Alliance of Sahel States.
= burkina-faso member_of ecowas n
= burkina-faso member_of alliance-of-sahel-states
fr: Le Burkina Faso a quitté la Cédéao en janvier. Le pays est désormais membre de l'Alliance des États du Sahel.
= burkina-faso member_of ecowas n
= burkina-faso member_of alliance-of-sahel-states
en?: ISWAP split from Boko Haram in 2016. The two groups have fought each other ever since.
~ iswap member_of boko-haram
= iswap opposed boko-haram
fr: L'Iswap a fait scission de Boko Haram en 2016. Les deux groupes se combattent depuis.
= iswap opposed boko-haram
en: Russia and Iran have deepened their ties. Both signed a comprehensive strategic partnership treaty in January 2025.
= russia allied iran
fr: La Russie et l'Iran ont resserré leurs liens. Les deux pays ont signé un traité de partenariat stratégique global en janvier 2025.
= russia allied iran
en?: Uganda has sent troops to eastern Congo. They conduct joint operations with the Congolese army against the ADF.
= uganda allied dr-congo
= uganda opposed adf
= dr-congo opposed adf
fr?: L'Ouganda a envoyé des troupes dans l'est de la RDC. Elles mènent des opérations conjointes avec l'armée congolaise contre les ADF.
= uganda allied dr-congo
= uganda opposed adf
= dr-congo opposed adf
en?: Israel killed Hassan Nasrallah in September 2024. Naim Qassem succeeded him at the head of Hezbollah.
= israel opposed hezbollah
= naim-qassem leads hezbollah
~ hassan-nasrallah leads hezbollah
# more constructions
en: Chadian troops joined the fight against Boko Haram in 2015.
= chad opposed boko-haram
fr: Le Tchad s'est engagé dans la lutte contre Boko Haram en 2015.
= chad opposed boko-haram
en: Iran's allies in the region include Hezbollah, the Houthis and Iraqi militias.
= iran allied hezbollah
= iran allied houthis
fr: Parmi les alliés de l'Iran dans la région figurent le Hezbollah et les Houthis.
= iran allied hezbollah
= iran allied houthis
en: Russia's war against Ukraine entered its fourth year.
= russia opposed ukraine
fr: La guerre menée par la Russie contre l'Ukraine est entrée dans sa quatrième année.
= russia opposed ukraine
en: The Malian army and its Russian allies retook Kidal from the rebels.
= mali allied russia
fr: L'armée malienne et ses alliés russes ont repris Kidal.
= mali allied russia
en?: The Islamic State's West Africa Province is a rival of Boko Haram.
= iswap opposed boko-haram
= iswap member_of islamic-state
fr?: L'Iswap, rivale de Boko Haram, est la branche de l'État islamique en Afrique de l'Ouest.
= iswap opposed boko-haram
= iswap member_of islamic-state
en: The Houthis are Saudi Arabia's main enemy in Yemen.
= houthis opposed saudi-arabia
fr: Les Houthis, ennemis jurés de l'Arabie saoudite, contrôlent Sanaa.
= houthis opposed saudi-arabia
en: Ukraine's Western allies have pledged more support.
fr: La Biélorussie est l'allié le plus fidèle de la Russie.
= belarus allied russia
en?: Ethiopian troops fought on the side of the Somali government against al-Shabaab.
= ethiopia allied somalia
= ethiopia opposed al-shabaab
= somalia opposed al-shabaab
fr: L'Érythrée a combattu aux côtés de l'armée éthiopienne contre le TPLF au Tigré.
= eritrea allied ethiopia
= eritrea opposed tplf
= ethiopia opposed tplf
en: Hamas and Islamic Jihad fighters jointly attacked Israeli troops in Gaza.
= hamas allied palestinian-islamic-jihad
= hamas opposed israel
= palestinian-islamic-jihad opposed israel
fr: Le Hamas et le Jihad islamique ont mené une attaque conjointe contre les troupes israéliennes à Gaza.
= hamas allied palestinian-islamic-jihad
= hamas opposed israel
= palestinian-islamic-jihad opposed israel
# nothing
en: Malian and Algerian officials met in Algiers to discuss border security.
fr: Des responsables maliens et algériens se sont réunis à Alger pour discuter de la sécurité frontalière.
en: Turkey and Somalia discussed security cooperation on Tuesday.
fr: La Turquie et la Somalie ont discuté de coopération sécuritaire mardi.
en: Qatar mediated the talks between the Congolese government and the M23.
! qatar allied dr-congo
! qatar allied m23
~ dr-congo opposed m23
fr: Le Qatar a servi de médiateur dans les pourparlers entre Kinshasa et le M23.
! qatar allied dr-congo
! qatar allied m23
~ dr-congo opposed m23
en: The Nigerien president received the Russian ambassador in Niamey.
! niger allied russia
fr: Le président nigérien a reçu l'ambassadeur russe à Niamey.
! niger allied russia
en: The United Nations sent observers to monitor the truce.
fr: L'ONU a envoyé des observateurs pour surveiller la trêve.
en: Egypt and Qatar hosted the ceasefire talks between Israel and Hamas.
! egypt allied qatar
! egypt allied israel
! egypt allied hamas
! qatar allied hamas
~ hamas opposed israel
en: A poll found that most Malians trust Russia more than France.
! mali allied russia
! mali opposed france
fr: Un sondage montre que la majorité des Maliens font davantage confiance à la Russie qu'à la France.
! mali allied russia
! mali opposed france
en: Both Mali and Algeria consider the Islamic State Sahel Province an enemy.
! mali allied algeria
~ mali opposed islamic-state-sahel
~ algeria opposed islamic-state-sahel
en: Russia and Ukraine both fight with Iranian-designed drones.
! russia allied ukraine
en: Mali and Niger share a long border with Algeria.
! mali allied niger
fr: Le Mali et le Niger partagent une longue frontière avec l'Algérie.
! mali allied niger
en: Turkey offered to mediate between Sudan and the United Arab Emirates.
! turkey allied sudan
! sudan opposed united-arab-emirates
fr: La Turquie a proposé sa médiation entre le Soudan et les Émirats arabes unis.
! turkey allied sudan
en: Russia plans to sign a defence agreement with Togo.
! russia allied togo
fr: La Russie envisage de signer un accord de défense avec le Togo.
! russia allied togo
en: Ukraine wants to join NATO.
! ukraine member_of nato
fr: L'Ukraine souhaite rejoindre l'Otan.
! ukraine member_of nato
en?: Kenya's president said he supported the African Union's position on Sudan.
! kenya allied african-union
en: Paris criticised Bamako's decision to suspend French media.
! france opposed mali
fr: Paris a critiqué la décision de Bamako de suspendre les médias français.
! france opposed mali
en: The Chinese foreign minister visited Addis Ababa and Asmara last week.
! china allied ethiopia
! china allied eritrea
fr: Le ministre chinois des Affaires étrangères s'est rendu à Addis-Abeba et à Asmara la semaine dernière.
! china allied ethiopia
en: Observers from the African Union monitored the elections in Chad.
! african-union allied chad
en: Mali and Burkina Faso have both suffered attacks by JNIM.
! mali allied burkina-faso
= jnim opposed mali
= jnim opposed burkina-faso
fr?: Le Mali comme le Burkina Faso subissent les attaques du JNIM.
! mali allied burkina-faso
= jnim opposed mali
= jnim opposed burkina-faso
en: A delegation of the Sudanese army travelled to Jeddah for talks with the RSF.
! sudan allied rsf
~ sudan opposed rsf
fr: Une délégation de l'armée soudanaise s'est rendue à Djeddah pour des pourparlers avec les FSR.
! sudan allied rsf
~ sudan opposed rsf
en: Tinubu urged Niger's junta to return to ECOWAS.
! niger member_of ecowas
~ bola-tinubu leads nigeria
en: Washington welcomed the agreement between Kinshasa and Kigali.
! united-states allied dr-congo
! united-states allied rwanda
fr: Washington a salué l'accord entre Kinshasa et Kigali.
! united-states allied dr-congo
en: The EU is Niger's largest trade partner.
! european-union allied niger
fr: L'Union européenne est le premier partenaire commercial du Niger.
! european-union allied niger
en: China is Ethiopia's main trading partner.
! china allied ethiopia
en: The ICRC called on the parties to respect humanitarian law.
fr: Le CICR a appelé les parties à respecter le droit humanitaire.
en: Rwanda and the DRC held talks in Washington in June.
! rwanda allied dr-congo
fr: Le Rwanda et la RDC ont tenu des discussions à Washington en juin.
! rwanda allied dr-congo
en: Ghana remains neutral in the dispute between ECOWAS and the Sahel juntas.
! ghana allied ecowas
fr: Le Sénégal se pose en médiateur entre la Cédéao et l'AES.
! senegal allied ecowas
! senegal allied alliance-of-sahel-states
en: Saudi Arabia and Iran restored diplomatic ties in 2023 under a deal brokered by China.
! saudi-arabia allied iran
! china allied iran
! china allied saudi-arabia
fr: L'Arabie saoudite et l'Iran ont rétabli leurs relations diplomatiques en 2023 grâce à une médiation chinoise.
! saudi-arabia allied iran
en: The Malian junta said it had no contact with the Algerian authorities.
! mali allied algeria
en: The AU Commission chairman met Sudan's army chief in Port Sudan.
! african-union allied sudan
fr: Le président de la Commission de l'UA a rencontré le chef de l'armée soudanaise à Port-Soudan.
! african-union allied sudan
en: Russia and China share a common hostility to the United States.
! russia allied china
en: Turkey and Egypt have mended their ties after a decade of tension.
! turkey allied egypt
! turkey opposed egypt
en: Morocco and Algeria are regional rivals whose border has been closed since 1994.
~ morocco opposed algeria
fr: Le Maroc et l'Algérie se disputent l'influence au Sahel.
! morocco opposed algeria
en: Nigeria's president called Niger's coup leaders to a meeting in Abuja.
! nigeria allied niger
fr: Le Togo accueille les négociations entre Bamako et les groupes armés.
! togo allied mali
en: Hungary and Slovakia have opposed new EU sanctions on Russia.
! hungary opposed european-union
! hungary allied russia
! slovakia allied russia
~ european-union opposed russia
en: Rwanda's army is one of the best trained in Africa.
en: The M23 denied it had received any weapons from Kigali.
= rwanda supplies m23 n
fr: Le M23 a nié avoir reçu des armes de Kigali.
= rwanda supplies m23 n
en: Kenya and Ethiopia signed a trade agreement on Monday.
! kenya allied ethiopia
fr: Le Kenya et l'Éthiopie ont signé un accord commercial lundi.
! kenya allied ethiopia
# joining a fight is no membership
en: Chad joined the war against Boko Haram in 2015.
= boko-haram opposed chad
! chad member_of boko-haram
fr: Le Tchad a rejoint la lutte contre Boko Haram en 2015.
= boko-haram opposed chad
! chad member_of boko-haram
fr: Le Tchad s'est joint à la lutte contre Boko Haram.
= boko-haram opposed chad
! chad member_of boko-haram
en: Ghana joined the ECOWAS standby force in 2015.
= ghana member_of ecowas-standby-force
en: Chad joined the Multinational Joint Task Force in 2015.
= chad member_of mnjtf
# an opening participle whose trigger holds the agent marker
fr: Appuyée par la Russie, l'armée malienne a repris Kidal en novembre 2023.
= mali allied russia
fr: Épaulé par le Rwanda, le M23 a pris Goma en janvier.
= m23 allied rwanda
fr: Appuyé par des drones, le M23 a pris Goma en janvier.
# air support is alliance, not supplies; named missiles fired at an actor
fr: L'aviation russe a fourni un appui aérien à l'armée syrienne.
= russia allied syria
! russia supplies syria
en: The United States provided air support to the SDF in Raqqa.
= sdf allied united-states
! united-states supplies sdf
fr: La France a apporté un soutien aérien aux forces tchadiennes.
= chad allied france
fr: Les Houthis ont tiré un missile balistique sur Israël.
= houthis opposed israel
fr: La Russie a lancé des drones kamikazes contre l'Ukraine.
= russia opposed ukraine
en: Russia fired kamikaze drones at Ukraine overnight.
= russia opposed ukraine
# named enemies are opposed whatever their kinds, rivals only between groups
en: The Houthis, Saudi Arabia's sworn enemies, control Sanaa.
= houthis opposed saudi-arabia
en: Israel is Iran's arch-enemy.
= iran opposed israel
en: Turkey is Greece's main rival in the eastern Mediterranean.
! greece opposed turkey
en: Benjamin Netanyahu, Iran's sworn enemy, spoke in Washington.
! benjamin-netanyahu opposed iran
fr?: Le Maroc est le grand rival de l'Algérie au Maghreb.
! algeria opposed morocco
# a suspended state is still a member
en: ECOWAS suspended Mali, Guinea and Burkina Faso after the coups.
= mali member_of ecowas
= guinea member_of ecowas
= burkina-faso member_of ecowas
en: The European Union suspended Niger's budget support after the coup.
! niger member_of european-union
en: Niger suspended the EU's military mission in July.
! niger member_of european-union
fr: La Cédéao a suspendu la Guinée de ses instances en septembre 2021.
= guinea member_of ecowas
# a place phrase between a plural role and its list verb
en: Russia's partners in the Sahel include Mali, Burkina Faso and Niger.
= mali allied russia
= burkina-faso allied russia
= niger allied russia
en: ATMIS's troop contributors in Somalia include Uganda and Burundi.
= uganda member_of atmis
= burundi member_of atmis
fr: Les alliés de l'Iran dans la région comptent le Hezbollah et les Houthis.
= hezbollah allied iran
= houthis allied iran
fr: Les partenaires de la Russie en Afrique comprennent le Mali et la Centrafrique.
= mali allied russia
= central-african-republic allied russia
en: Iran's allies in the region met in Beirut on Tuesday.
# wire copy, long sentences
en?: BAMAKO, June 3 (Reuters) - Malian troops and their Russian allies from Africa Corps came under fire on Monday near Tessalit, where JNIM fighters ambushed a convoy, security sources said.
= mali allied africa-corps
= jnim opposed mali h
= jnim opposed africa-corps h
fr?: BAMAKO (AFP) - L'armée malienne et ses supplétifs russes d'Africa Corps ont été pris pour cible lundi près de Tessalit par des jihadistes du JNIM, selon des sources sécuritaires.
= mali allied africa-corps
= jnim opposed mali h
= jnim opposed africa-corps h
en: The RSF, which has been at war with the army since April 2023, said on Sunday it had shot down a Turkish-made drone over Nyala.
~ turkey supplies sudan
fr: Les FSR, en guerre contre l'armée depuis avril 2023, affirment avoir abattu dimanche un drone de fabrication turque au-dessus de Nyala.
~ turkey supplies sudan
en?: Goma fell to the M23 in January after a lightning offensive in which the rebels, backed by some 4,000 Rwandan troops according to UN experts, routed the Congolese army and its Burundian allies.
= m23 opposed dr-congo
= m23 allied rwanda h
= dr-congo allied burundi
= m23 opposed burundi
fr?: Goma est tombée aux mains du M23 en janvier, au terme d'une offensive éclair au cours de laquelle les rebelles, appuyés selon l'ONU par quelque 4 000 soldats rwandais, ont mis en déroute l'armée congolaise et ses alliés burundais.
= m23 opposed dr-congo
= m23 allied rwanda h
= dr-congo allied burundi
= m23 opposed burundi
en: Hezbollah, which opened a front against Israel on October 8, 2023, in support of Hamas, lost most of its senior commanders in the war.
= hezbollah opposed israel
= hezbollah allied hamas
fr: Le Hezbollah, qui a ouvert un front contre Israël le 8 octobre 2023 en soutien au Hamas, a perdu la plupart de ses hauts commandants dans la guerre.
= hezbollah opposed israel
= hezbollah allied hamas
en?: Niger, which expelled French troops in 2023 and has since turned to Russia for security, left the G5 Sahel along with Burkina Faso.
= niger opposed france
= niger allied russia
= niger member_of g5-sahel n
= burkina-faso member_of g5-sahel n
fr?: Le Niger, qui a chassé les troupes françaises en 2023 avant de se tourner vers la Russie, a quitté le G5 Sahel en même temps que le Burkina Faso.
= niger opposed france
= niger allied russia
= niger member_of g5-sahel n
= burkina-faso member_of g5-sahel n
en: The Houthis, who control Sanaa and much of Yemen's north, have launched more than 100 attacks on merchant ships since November 2023, saying they act in solidarity with Hamas.
~ houthis allied hamas
fr: Les Houthis, qui contrôlent Sanaa et une grande partie du nord du Yémen, disent agir en solidarité avec le Hamas.
~ houthis allied hamas
en: Fighting between Fano militiamen and federal troops has spread across Amhara, where the army has carried out drone strikes on several towns.
fr: Les combats entre les miliciens Fano et les troupes fédérales se sont étendus à toute la région Amhara.
en?: Kenyan police officers leading the UN-backed mission in Haiti have struggled to push back the Viv Ansanm gang coalition.
= kenya member_of mss-haiti
= mss-haiti opposed viv-ansanm
= kenya opposed viv-ansanm
~ mss-haiti allied united-nations
en?: The Taliban, who returned to power in August 2021, have clashed repeatedly with Pakistani forces along the border since Islamabad accused them of sheltering the TTP.
= afghanistan opposed pakistan
= afghanistan allied ttp h
fr: Les talibans, revenus au pouvoir en août 2021, se sont affrontés à plusieurs reprises avec les forces pakistanaises le long de la frontière.
= afghanistan opposed pakistan
en: Israel and Iran traded strikes in June in a 12-day war that ended with a US-brokered ceasefire.
= israel opposed iran
fr: Israël et l'Iran ont échangé des frappes en juin lors d'une guerre de douze jours.
= israel opposed iran
en?: The SDF, the Kurdish-led force that Washington armed to fight the Islamic State, has integrated into the new Syrian army under a March agreement.
= united-states supplies sdf
= sdf opposed islamic-state
en: Turkey has carried out repeated strikes against the PKK in northern Iraq, where the group has its rear bases.
= turkey opposed pkk
fr: La Turquie multiplie les frappes contre le PKK dans le nord de l'Irak, où le groupe dispose de bases arrière.
= turkey opposed pkk
en?: Burkina Faso's junta, which relies on the Volunteers for the Defence of the Homeland to fight jihadists, has been accused of abuses by Human Rights Watch.
= burkina-faso allied vdp
fr: La junte burkinabè, qui s'appuie sur les Volontaires pour la défense de la patrie pour combattre les jihadistes, est accusée d'exactions par Human Rights Watch.
= burkina-faso allied vdp
en: Al-Shabaab, which has waged an insurgency against the Somali government for nearly two decades, still controls large parts of the south.
= al-shabaab opposed somalia
fr: Les shebab, qui mènent une insurrection contre le gouvernement somalien depuis près de vingt ans, contrôlent encore une large partie du sud.
= al-shabaab opposed somalia
en: Ukraine's forces, supplied with Western weapons, have held the line against Russian troops in Donetsk.
= ukraine opposed russia
fr: Les forces ukrainiennes tiennent la ligne face aux troupes russes dans la région de Donetsk.
= ukraine opposed russia
en?: Chad, a key member of the Multinational Joint Task Force, threatened to pull out of the force after a Boko Haram attack killed 40 of its soldiers.
= chad member_of mnjtf
= boko-haram opposed chad
fr: Le Tchad, pilier de la Force multinationale mixte, a menacé de s'en retirer après une attaque de Boko Haram qui a tué 40 de ses soldats.
= chad member_of mnjtf
= boko-haram opposed chad
en?: The Polisario Front, which Algeria has long backed, ended the 1991 ceasefire with Morocco in November 2020.
= algeria allied polisario-front
= morocco opposed polisario-front
fr: Le Front Polisario, soutenu de longue date par Alger, a rompu en novembre 2020 le cessez-le-feu de 1991 avec le Maroc.
= algeria allied polisario-front
= morocco opposed polisario-front
en: The Wagner Group's fighters, now folded into Africa Corps, have been fighting in Mali since late 2021.
~ wagner-group member_of africa-corps
fr: Les combattants de Wagner, désormais intégrés à Africa Corps, sont présents au Mali depuis fin 2021.
~ wagner-group member_of africa-corps
en: Egypt and Eritrea have moved closer to Somalia, which is at odds with Ethiopia over a port deal with Somaliland.
= egypt allied somalia
= eritrea allied somalia
fr: Le JNIM, qui revendique la plupart des attaques au Mali et au Burkina Faso, a encerclé plusieurs villes.
~ jnim opposed mali
~ jnim opposed burkina-faso
en?: Hamas fighters, along with gunmen from Islamic Jihad, stormed Israeli communities on October 7.
= hamas allied palestinian-islamic-jihad
= hamas opposed israel
= palestinian-islamic-jihad opposed israel
fr?: Des combattants du Hamas, accompagnés d'hommes armés du Jihad islamique, ont pris d'assaut des localités israéliennes le 7 octobre.
= hamas allied palestinian-islamic-jihad
= hamas opposed israel
= palestinian-islamic-jihad opposed israel
en: Rwanda denies backing the M23, but a UN report said Rwandan troops had "de facto control" of the rebels' operations.
~ rwanda allied m23
fr: Le Rwanda dément soutenir le M23, mais un rapport de l'ONU affirme que des soldats rwandais exercent un « contrôle de facto » sur les opérations des rebelles.
~ rwanda allied m23
en?: The Arakan Army, one of the strongest members of the Three Brotherhood Alliance, now controls most of Rakhine State.
= arakan-army member_of three-brotherhood-alliance
fr?: L'Armée d'Arakan, l'un des membres les plus puissants de l'Alliance des trois fraternités, contrôle désormais l'essentiel de l'État Rakhine.
= arakan-army member_of three-brotherhood-alliance
en?: Mali's junta severed diplomatic ties with Ukraine after a Ukrainian official suggested Kyiv had helped the rebels who killed dozens of Wagner fighters at Tinzaouaten.
= mali opposed ukraine
~ ukraine allied fla
~ ukraine allied csp-dpa
fr: La junte malienne a rompu ses relations diplomatiques avec l'Ukraine après qu'un responsable ukrainien a laissé entendre que Kiev avait aidé les rebelles.
= mali opposed ukraine
en: Iraq's Popular Mobilization Forces, an umbrella of mostly Shiite militias, fought alongside the army against the Islamic State.
= popular-mobilization-forces allied iraq
= popular-mobilization-forces opposed islamic-state
= iraq opposed islamic-state
fr?: Les Forces de mobilisation populaire, qui regroupent des milices majoritairement chiites, ont combattu l'État islamique aux côtés de l'armée irakienne.
= popular-mobilization-forces allied iraq
= popular-mobilization-forces opposed islamic-state
= iraq opposed islamic-state
en: Sudan's army chief Abdel Fattah al-Burhan has rejected any talks with the RSF, whose leader, Mohamed Hamdan Dagalo, has set up a rival government.
~ abdel-fattah-al-burhan leads sudan
= mohamed-hamdan-dagalo leads rsf
~ sudan opposed rsf
en: The United Arab Emirates, which Sudan's government accuses of arming the RSF, denies any role in the war.
= united-arab-emirates supplies rsf h
fr: Les Émirats arabes unis, que le gouvernement soudanais accuse d'armer les FSR, nient tout rôle dans la guerre.
= united-arab-emirates supplies rsf h
en: ISWAP, an offshoot of Boko Haram, has become the dominant jihadist force around Lake Chad.
= iswap member_of boko-haram
fr: L'Iswap, une émanation de Boko Haram, est devenue la force jihadiste dominante autour du lac Tchad.
= iswap member_of boko-haram
en: After the coup, Niamey's new rulers ordered the US to withdraw its 1,000 troops from the drone base at Agadez.
= niger opposed united-states
fr: Après le coup d'État, les nouvelles autorités de Niamey ont demandé aux États-Unis de retirer leurs 1 000 soldats de la base de drones d'Agadez.
= niger opposed united-states
en: Colombian troops killed a commander of the ELN's Eastern War Front in Arauca.
= colombia opposed eastern-war-front
= eastern-war-front member_of eln
fr: L'armée colombienne a tué un commandant de l'ELN dans l'Arauca.
= colombia opposed eln
en?: The Sinaloa Cartel has been split by a bloody war between the faction loyal to El Chapo's sons and that of Ismael Zambada.
fr: Le cartel de Sinaloa est déchiré par une guerre sanglante entre factions.
# traded strikes; a mediator hyphened to its truce; ceasefires with; turning to; asked to withdraw
en: Israel and Iran traded strikes in June.
= iran opposed israel
fr: Israël et l'Iran ont échangé des frappes en juin.
= iran opposed israel
en: Israel and Hamas fought until a Qatar-brokered truce in January.
! hamas opposed qatar
! israel opposed qatar
! hamas allied israel
en: Hezbollah agreed a ceasefire with Israel in November 2024.
= hezbollah opposed israel
fr: Le Front Polisario a rompu le cessez-le-feu avec le Maroc en novembre 2020.
= morocco opposed polisario-front
en: Washington called for a ceasefire with Hamas.
! hamas opposed united-states
fr: Le Niger a décidé de se tourner vers la Russie pour sa sécurité.
= niger allied russia
fr: Côté FSR, les regards se tournent vers le groupe Wagner.
! rsf allied wagner-group
fr: Les autorités de Niamey ont demandé aux États-Unis de retirer leurs soldats.
= niger opposed united-states
# the targets of an agent's attacks are no co-fighters
en: Mali and Niger faced deadly attacks by the Islamic State last year.
= islamic-state opposed mali
= islamic-state opposed niger
! mali allied niger
fr: Le Mali et le Niger ont subi des attaques menées par l'État islamique.
= islamic-state opposed mali
= islamic-state opposed niger
! mali allied niger
en: Chad and Niger attacked Boko Haram together in 2015.
= boko-haram opposed chad
= boko-haram opposed niger
= chad allied niger
# an accusation before a trigger that holds its of-word (« d'armer »)
fr: Les Émirats arabes unis, que le Soudan accuse d'armer les FSR, nient tout rôle.
= united-arab-emirates supplies rsf h
! sudan supplies rsf
fr: Les Émirats arabes unis, accusés par Khartoum d'armer les FSR, nient.
= united-arab-emirates supplies rsf h
! sudan supplies rsf
fr: Le Soudan accuse les Émirats arabes unis d'armer les FSR.
= united-arab-emirates supplies rsf h
# the present of pushing back and repelling
en: The Malian army struggled to repel JNIM fighters near Boni.
= jnim opposed mali
en: Kenyan police officers have struggled to push back the Viv Ansanm gang coalition.
= kenya opposed viv-ansanm
! kenya member_of viv-ansanm
# an ally role with its possessor, placed in an organisation
en: Belarus is Russia's closest ally in the CSTO.
= belarus allied russia
= belarus member_of csto
! russia member_of csto
fr: La Biélorussie, alliée de la Russie au sein de l'OTSC, accueille des armes nucléaires russes.
= belarus allied russia
= belarus member_of csto
~ russia member_of csto
# an ally role with its possessor, placed in an organisation
en: Belarus is Russia's closest ally in the CSTO.
= belarus allied russia
= belarus member_of csto
! russia member_of csto
fr: La Biélorussie, alliée de la Russie au sein de l'OTSC, accueille des armes nucléaires russes.
= belarus allied russia
= belarus member_of csto
~ russia member_of csto
# a copula five words before the role ("is one of the main factions of")
en: The Sultan Murad Division is one of the main factions of the Syrian National Army.
= sultan-murad-division member_of syrian-national-army
fr: La division Sultan Mourad est l'une des principales factions de l'Armée nationale syrienne.
= sultan-murad-division member_of syrian-national-army
en: Uganda is one of the largest troop contributors to ATMIS.
= uganda member_of atmis
# an attack on an official is opposed to the group he serves; sanctions stay his (already read so: servedTargets)
en: Hashem Safieddine, a senior figure of Hezbollah, was killed in an Israeli strike.
= hashem-safieddine member_of hezbollah
= hezbollah opposed israel
! hashem-safieddine opposed israel
fr: Hachem Safieddine, un haut responsable du Hezbollah, a été tué dans une frappe israélienne.
= hashem-safieddine member_of hezbollah
= hezbollah opposed israel
! hashem-safieddine opposed israel
en: Israel killed Yahya Sinwar, the leader of Hamas, in October 2024.
= yahya-sinwar leads hamas
= hamas opposed israel
en: Washington sanctioned Abdelrahim Dagalo, the deputy commander of the RSF.
= abdelrahim-dagalo member_of rsf
= abdelrahim-dagalo opposed united-states
! rsf opposed united-states
`
