package extract_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// The nineteenth session's probe of precision: dense paragraphs in the
// style of wire copy (Reuters, AFP, Le Monde, Jeune Afrique) on varied
// conflicts, each naming five to ten actors and stating zero to three
// relations among them; the rest are co-mentions, places, victims,
// mediators, speakers, sources, neutral parties, events and history.
// The claims were annotated by the codebook before the extractor ran.
//
// The table is prec19Paragraphs, in probe18's format (parseProbe18):
//
//	en: text            (or "fr:"; "en?:" / "fr?:" marks an open case)
//	= from type to [h|n|hn]   a claim the codebook wants (the list is exact)
//	! from type to            a claim it must not give, whatever its flags
//
// TestPrec19 keeps the paragraphs read right right; TestPrec19Open logs
// the open ones; PREC19_PRINT=1 prints every claim with its rule.
//
// 191 paragraphs (100 en, 91 fr), 397 wanted claims. The session's
// starting extractor made 296 claims on them, 251 of them wanted; of the
// 45 others, 11 name a lexicon actor for a more specific one (Islamic
// State for its Mozambique or Somalia branch, the FARC for the EMC
// dissidents, a spelling not in the lexicon) and 5 are cases the
// codebook leaves open (two states striking one enemy together; troops
// deployed "to repel"; a "US-led coalition against" a group), which
// leaves 29 false edges: a place read as an actor 5, a victim or a
// nationality as an enemy 4, a mediator as a party 3, a vague support
// word 3, a hypothetical or refusal 3, a list or apposition 3, a far
// co-mention 3, a relative clause's subject 2, a role misattached 2, a
// court as a party 1. After the session's mends it makes 286 claims, 255
// wanted, and 15 false edges (places 3, victims 2, vague support 3,
// hypothetical 1, list 1, far co-mention 2, relative clause 2, court 1);
// 126 paragraphs stay open, most for claims missed.

// TestPrec19 runs the paragraphs the extractor reads right; each must
// stay right.
func TestPrec19(t *testing.T) {
	for _, c := range parseProbe18(t, prec19Paragraphs) {
		if c.open {
			continue
		}
		t.Run(c.text, func(t *testing.T) {
			if wrong := probe18Wrong(c, relations(run(t, c.lang, c.text))); len(wrong) > 0 {
				t.Errorf("%s (%s): %s", c.text, c.family, strings.Join(wrong, "; "))
			}
		})
	}
}

// TestPrec19Open logs the paragraphs the extractor still reads wrong;
// it does not fail. PREC19_ALL=1 classifies every paragraph and
// PREC19_PRINT=1 prints each claim with its rule.
func TestPrec19Open(t *testing.T) {
	all := os.Getenv("PREC19_ALL") != ""
	print := os.Getenv("PREC19_PRINT") != ""
	open, n := 0, 0
	for i, c := range parseProbe18(t, prec19Paragraphs) {
		if !c.open && !all {
			continue
		}
		n++
		cl := run(t, c.lang, c.text)
		if print {
			var b strings.Builder
			for _, r := range cl.Relations {
				for _, e := range r.Evidence {
					fmt.Fprintf(&b, "\n    CLAIM %s -%s-> %s h=%v n=%v rule=%s trig=%q", r.From, r.Type, r.To, e.Hedged, e.Negated, e.Rule, e.Trigger)
				}
			}
			t.Logf("P%d [%s]%s", i, c.lang, b.String())
		}
		if wrong := probe18Wrong(c, relations(cl)); len(wrong) > 0 {
			open++
			t.Logf("P%d [%s] %s (%s): %s", i, c.lang, c.text, c.family, strings.Join(wrong, "; "))
		} else if all && c.open {
			t.Logf("NOW RIGHT: %s", c.text)
		}
	}
	t.Logf("%d of %d paragraphs read wrong", open, n)
}

// TestGroupsPlace: a state named through an of-word right after an
// armed group or a company is the group's place, no actor of the
// sentence's triggers; after a noun that is no actor it stays the state.
func TestGroupsPlace(t *testing.T) {
	runRelCases(t, []relCase{
		{"houthis du Yémen", "fr", "Les Houthis du Yémen ont tiré un missile sur Israël.", []rel{
			{"houthis", graph.Opposed, "israel", ""}}},
		{"rebelles houthis du Yémen, soutenus par", "fr", "Les rebelles houthis du Yémen, soutenus par l'Iran, ont revendiqué l'attaque.", []rel{
			{"houthis", graph.Allied, "iran", ""}}},
		{"Hezbollah du Liban", "fr", "Le Hezbollah du Liban a tiré des roquettes sur Israël.", []rel{
			{"hezbollah", graph.Opposed, "israel", ""}}},
		{"Houthis of Yemen", "en", "The Houthis of Yemen fired a missile at Israel.", []rel{
			{"houthis", graph.Opposed, "israel", ""}}},
		{"JNIM du Mali", "fr", "Les jihadistes du JNIM du Mali ont attaqué l'armée burkinabè.", []rel{
			{"burkina-faso", graph.Opposed, "jnim", ""}}},
		{"l'armée du Mali stays", "fr", "L'armée du Mali a attaqué le JNIM.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
		{"government of Niger stays", "en", "The government of Niger expelled French troops.", []rel{
			{"france", graph.Opposed, "niger", ""}}},
	})
}

// TestBrokeredPair: a mediator is no party of the pair it brought
// together: a support verb whose object is past a between word, and a
// pair trigger ending in a between word past a mediation word, take no
// subject.
func TestBrokeredPair(t *testing.T) {
	runRelCases(t, []relCase{
		{"parrainé un accord entre", "fr", "Les États-Unis ont parrainé en juin un accord distinct entre le Rwanda et la RDC.", nil},
		{"sponsored talks between", "en", "Turkey sponsored talks between Kinshasa and the M23.", nil},
		{"brokered a ceasefire between, one party named", "en", "China brokered a ceasefire between the military and the ethnic armed group in January.", nil},
		{"négocié un cessez-le-feu entre, one party named", "fr", "La Chine a négocié en janvier un cessez-le-feu entre l'armée et le groupe armé.", nil},
		{"brokered a ceasefire between two", "en", "Qatar brokered a ceasefire between Israel and Hamas.", []rel{
			{"hamas", graph.Opposed, "israel", ""}}},
		{"parrainé les rebelles stays", "fr", "La Turquie a parrainé les rebelles de l'ANS.", []rel{
			{"syrian-national-army", graph.Allied, "turkey", ""}}},
		{"backed against stays", "en", "Turkey backed the M23 against Kinshasa.", []rel{
			{"m23", graph.Allied, "turkey", ""}, {"dr-congo", graph.Opposed, "m23", ""}}},
	})
}

// TestRetaliatedVictim: the victim of the act a reprisal answers, named
// after the act's noun and an of-word, is no party; the act's agent
// stays one.
func TestRetaliatedVictim(t *testing.T) {
	runRelCases(t, []relCase{
		{"retaliation for the killing of", "en", "Iran launched missiles at Israel in retaliation for the killing of Hezbollah leader Hassan Nasrallah.", []rel{
			{"iran", graph.Opposed, "israel", ""}}},
		{"en représailles à l'assassinat du", "fr", "L'Iran a tiré des missiles sur Israël en représailles à l'assassinat du chef du Hamas.", []rel{
			{"iran", graph.Opposed, "israel", ""}}},
		{"response to the attack by", "en", "Israel struck Gaza in response to the attack by Hamas on Israel.", []rel{
			{"hamas", graph.Opposed, "israel", ""}}},
		{"représailles aux frappes américaines", "fr", "L'Iran avait tiré une salve de missiles en représailles aux frappes américaines sur ses sites nucléaires.", []rel{
			{"iran", graph.Opposed, "united-states", ""}}},
	})
}

// TestHeadNounAway: a leads noun after an article with a state before
// it, not beside it nor joined by a copula, names a person: the state
// neither heads nor joins the group.
func TestHeadNounAway(t *testing.T) {
	runRelCases(t, []relCase{
		{"l'assassinat du chef du Hamas", "fr", "Le Qatar a condamné l'assassinat du chef du Hamas.", nil},
		{"is the leader of stays", "en", "The United States is the leader of NATO.", []rel{
			{"united-states", graph.MemberOf, "nato", ""}}},
		{"apposition stays", "fr", "Le Nigeria, le chef de file de la Cédéao, a envoyé des troupes.", []rel{
			{"nigeria", graph.MemberOf, "ecowas", ""}}},
	})
}

// TestIntentionNouns: "no intention of", « l'intention de » are intent
// cues: no relation, not a negated one.
func TestIntentionNouns(t *testing.T) {
	runRelCases(t, []relCase{
		{"no intention of invading", "en", "Ethiopia's Prime Minister Abiy Ahmed said his country had no intention of invading Eritrea.", []rel{
			{"abiy-ahmed", graph.Leads, "ethiopia", ""}}},
		{"pas l'intention d'envahir", "fr", "Abiy Ahmed a assuré que l'Éthiopie n'avait pas l'intention d'envahir l'Érythrée.", nil},
	})
}

// TestRoleOwnerPastVerb: a role's owner is not sought past an auxiliary,
// a copula or a trigger right after an actor; adjectives and a trigger
// used as a modifier are stepped over.
func TestRoleOwnerPastVerb(t *testing.T) {
	runRelCases(t, []relCase{
		{"has guarded President", "en", "Wagner has guarded President Faustin-Archange Touadera since 2018.", []rel{
			{"faustin-archange-touadera", graph.Leads, "central-african-republic", ""}}},
		{"attacked President's convoy", "en", "The RSF attacked President Abdel Fattah al-Burhan's convoy.", []rel{
			{"abdel-fattah-al-burhan", graph.Leads, "sudan", ""}, {"rsf", graph.Opposed, "sudan", ""}}},
		{"training mission stays", "en", "The European Union's training mission, EUTM RCA, has trained FACA battalions.", []rel{
			{"eutm-rca", graph.Trains, "central-african-republic", ""}, {"eutm-rca", graph.MemberOf, "european-union", ""}}},
		{"military spokesman stays", "en", "Houthi military spokesman Yahya Saree said the group fired.", []rel{
			{"yahya-saree", graph.MemberOf, "houthis", ""}}},
	})
}

// TestGroupNounRole: a group noun between a demonym and a role makes
// the role a group's: the demonym names no state.
func TestGroupNounRole(t *testing.T) {
	runRelCases(t, []relCase{
		{"Haitian gang leaders", "en", "The United States imposed sanctions on two Haitian gang leaders.", nil},
		{"Sudanese militia leaders", "en", "The United States imposed sanctions on Sudanese militia leaders.", nil},
		{"Sudanese army commanders stays", "en", "The United States imposed sanctions on Sudanese army commanders.", []rel{
			{"sudan", graph.Opposed, "united-states", ""}}},
		{"Turkish military instructors stays", "en", "Turkish military instructors trained Somali commandos.", []rel{
			{"turkey", graph.Trains, "somalia", ""}}},
	})
}

// TestPrec19NamedMission: a contributor joins the mission named right after
// its parent and one of its nouns, not the parent.
func TestPrec19NamedMission(t *testing.T) {
	runRelCases(t, []relCase{
		{"AU mission AUSSOM", "en", "Ethiopia and Kenya contribute troops to the African Union mission AUSSOM.", []rel{
			{"ethiopia", graph.MemberOf, "aussom", ""}, {"kenya", graph.MemberOf, "aussom", ""}, {"aussom", graph.MemberOf, "african-union", ""}}},
		{"member of the AU stays", "en", "Chad is a member of the African Union.", []rel{
			{"chad", graph.MemberOf, "african-union", ""}}},
	})
}

// TestLeaderGroup: « le groupe de X », "the group of X" stand for the
// group X leads, not for X (leader_forces).
func TestLeaderGroup(t *testing.T) {
	runRelCases(t, []relCase{
		{"le groupe d'Ali Darassa", "fr", "Le groupe d'Ali Darassa a attaqué l'armée centrafricaine.", []rel{
			{"central-african-republic", graph.Opposed, "upc", ""}}},
		{"the group of Ali Darassa", "en", "The group of Ali Darassa attacked the Central African army.", []rel{
			{"central-african-republic", graph.Opposed, "upc", ""}}},
	})
}

// TestGenericPair: a pair trigger whose pair is an actor and a common
// noun takes no subject before it for the second party.
func TestGenericPair(t *testing.T) {
	runRelCases(t, []relCase{
		{"combats entre l'armée et les groupes", "fr", "La Mauritanie a accueilli des réfugiés maliens fuyant les combats entre l'armée malienne et les groupes jihadistes.", nil},
		{"war between the army and the paramilitaries", "en", "Chad hosts refugees fleeing the war between the Sudanese army and the paramilitaries.", nil},
		{"combats entre l'armée et le JNIM stays", "fr", "Les combats entre l'armée malienne et le JNIM ont repris.", []rel{
			{"jnim", graph.Opposed, "mali", ""}}},
	})
}

const prec19Paragraphs = `
# dense news paragraphs, English
en?: Gunmen attacked a military post near Djibo in northern Burkina Faso on Sunday, killing at least 20 soldiers. JNIM, al-Qaeda's affiliate in the Sahel, claimed the attack. Niger and Mali condemned the assault, and the United Nations called for restraint.
= jnim opposed burkina-faso
= jnim member_of al-qaeda
en: Sudan's army and the Rapid Support Forces clashed again in El Fasher on Tuesday. The World Food Programme said it had suspended deliveries to the Zamzam camp. Egypt and Saudi Arabia, which co-host talks with the United States, urged both sides to return to Jeddah.
= sudan opposed rsf
en: Rwandan President Paul Kagame met Kenyan President William Ruto in Nairobi on Monday to discuss the crisis in eastern Congo. The M23 rebels, who seized Goma in January, were not invited. Congo's government boycotted the meeting.
= paul-kagame leads rwanda
= william-ruto leads kenya
en?: Israeli air strikes killed at least 30 people in Gaza on Wednesday, the territory's civil defence agency said. Qatar and Egypt, which mediate between Israel and Hamas, said talks on a ceasefire would resume in Cairo. The United States has sent its envoy Steve Witkoff to the region.
= hamas opposed israel h
! israel opposed qatar
! israel opposed egypt
! hamas allied qatar
en?: Hezbollah fired rockets at northern Israel on Friday, and Israel responded with strikes on villages in southern Lebanon. The Lebanese army deployed troops along the border. UNIFIL, the UN peacekeeping force, reported damage to one of its positions.
= hezbollah opposed israel
= unifil member_of united-nations
! israel opposed lebanon
! hezbollah opposed lebanon
en?: Turkey's defence ministry said its drones struck PKK positions in northern Iraq on Thursday. Iraq's foreign ministry summoned the Turkish ambassador in Baghdad. The Kurdistan Regional Government did not comment.
= turkey opposed pkk
! turkey opposed iraq
en: Ukrainian forces hit an oil depot in Russia's Bryansk region with drones overnight, the regional governor said. Russia launched 120 drones and four missiles at Ukraine, the Ukrainian air force said. Poland scrambled jets as a precaution.
= russia opposed ukraine h
! poland opposed russia
en: Houthi rebels in Yemen fired a ballistic missile at Israel on Saturday, the Israeli military said. The group, which is backed by Iran, has attacked shipping in the Red Sea since November 2023. The European Union's Aspides mission escorts merchant vessels in the area.
= houthis opposed israel h
= houthis allied iran
= eunavfor-aspides member_of european-union
! iran opposed israel
en: Somali special forces trained by Turkey retook the town of Adan Yabaal from al-Shabaab, state media reported. Ethiopia and Kenya contribute troops to the African Union mission AUSSOM. Egypt has also pledged troops for the mission.
= turkey trains somalia h
= somalia opposed al-shabaab h
= ethiopia member_of aussom
= kenya member_of aussom
= aussom member_of african-union
! egypt member_of aussom
en?: Myanmar's junta carried out air strikes on Lashio, which the MNDAA captured last year. China, which borders the region, brokered a ceasefire between the military and the ethnic armed group in January. Thailand said it had received refugees.
= myanmar opposed mndaa
! china opposed mndaa
! china allied myanmar
en: The Arakan Army said it had captured the border town of Maungdaw from Myanmar's military. Bangladesh said Rohingya refugees were crossing the border. The United Nations expressed concern about the fate of civilians in Rakhine state.
= arakan-army opposed myanmar
! bangladesh opposed arakan-army
en: French troops completed their withdrawal from Chad on Friday, ending decades of military presence. Chad ended its defence cooperation agreement with France in November. Senegal has also asked French forces to leave.
= chad opposed france
= chad allied france n
= france opposed senegal
en?: Niger's junta, led by General Abdourahamane Tiani, expelled French troops in 2023 and has since turned to Russia. Russian military instructors arrived in Niamey in April 2024. The United States withdrew its forces from Niger in August.
= abdourahamane-tiani leads niger
= france opposed niger
! niger trains russia
en: At least 50 civilians were killed in an attack on the village of Barsalogho, in central Burkina Faso. Witnesses said the villagers were digging trenches on the army's orders when JNIM fighters opened fire. Amnesty International called for an investigation.
! jnim opposed burkina-faso
! amnesty-international opposed jnim
en?: Kenyan police officers leading the multinational mission in Haiti exchanged fire with gangs of the Viv Ansanm coalition in Port-au-Prince. Jimmy Cherizier, who leads the coalition, said his fighters would not lay down arms. Jamaica and Belize have sent personnel to the mission.
= kenya opposed viv-ansanm
= kenya member_of mss-haiti
= jimmy-cherizier leads viv-ansanm
= jamaica member_of mss-haiti
= belize member_of mss-haiti
en?: Colombian President Gustavo Petro suspended peace talks with the ELN after the group attacked a military base in Arauca. Venezuela, which hosted earlier rounds, called for calm. Cuba and Norway are guarantors of the process.
= gustavo-petro leads colombia
= colombia opposed eln
! cuba allied eln
! norway allied eln
en?: Azerbaijan and Armenia initialled a peace agreement in Washington, ending decades of conflict over Nagorno-Karabakh. Russia, which long had peacekeepers in the region, was not involved. Turkey welcomed the deal.
! russia opposed armenia
! azerbaijan allied armenia
= azerbaijan opposed armenia
en?: Israel struck targets near Damascus on Monday, the Syrian foreign ministry said, condemning a violation of its sovereignty. The strikes followed clashes between Druze fighters and government forces in Sweida. Jordan and Saudi Arabia condemned the attack.
= israel opposed syria h
! jordan opposed israel
! saudi-arabia opposed israel
en?: The Syrian Democratic Forces, led by Mazloum Abdi, signed an agreement with Damascus to integrate into the state's institutions. The United States, which has backed the SDF against Islamic State, welcomed the deal. Turkey considers the group an offshoot of the PKK.
= mazloum-abdi leads sdf
= sdf allied united-states
= sdf opposed islamic-state
= sdf member_of pkk h
en?: Pakistan's military said it killed 12 militants of the Pakistani Taliban in North Waziristan. Islamabad accuses Kabul of harbouring the group, which the Taliban government denies. China urged both neighbours to resolve their differences through dialogue.
= pakistan opposed ttp
= afghanistan allied ttp h
! china opposed pakistan
en?: Iran launched missiles at Israel on Tuesday in retaliation for the killing of Hezbollah leader Hassan Nasrallah. Jordan said it intercepted several projectiles over its territory. The United States helped Israel shoot down most of the missiles.
= iran opposed israel
= hassan-nasrallah leads hezbollah
= israel allied united-states
! jordan opposed israel
! iran opposed jordan
en?: Wagner fighters and Malian soldiers suffered heavy losses in clashes with Tuareg rebels near Tinzaouaten in July. The rebels of the FLA said they had killed dozens of Russians. Algeria, which borders the area, called for a return to the Algiers agreement.
= mali allied wagner-group
= fla opposed wagner-group
= fla opposed mali
! algeria opposed fla
en: Ethiopian federal troops clashed with Fano militiamen in the Amhara region, residents said. The fighting began in August 2023 after the government moved to disband regional forces. Eritrea, which fought alongside Ethiopia in Tigray, denies any role.
= ethiopia opposed fano h
= eritrea allied ethiopia
en?: Rwandan troops and the Mozambican army retook the port of Mocimboa da Praia from Islamic State fighters in 2021. The European Union has funded the Rwandan deployment. TotalEnergies suspended its gas project in the province.
= mozambique allied rwanda
= islamic-state-mozambique opposed rwanda
= islamic-state-mozambique opposed mozambique
= european-union supplies rwanda
! totalenergies opposed islamic-state-mozambique
en: Nigerian troops killed 30 Boko Haram fighters near Lake Chad, the army said. The Multinational Joint Task Force, which fights the group, includes soldiers from Cameroon, Chad and Niger.
= nigeria opposed boko-haram
= boko-haram opposed mnjtf
= cameroon member_of mnjtf
= chad member_of mnjtf
= niger member_of mnjtf
en: The Houthis seized a cargo ship in the Red Sea, its Israeli-linked owner said. The United States and Britain have struck Houthi targets in Yemen since January 2024. Oman has mediated between Washington and the group.
= houthis opposed united-states
= houthis opposed united-kingdom
= united-kingdom allied united-states
! oman allied houthis
! oman allied united-states
en?: Russia deployed North Korean troops to its Kursk region to repel a Ukrainian incursion, Seoul's intelligence service said. South Korea and Japan condemned the deployment. China said it was not aware of the situation.
= north-korea allied russia h
= russia opposed ukraine h
! south-korea opposed north-korea
en?: The Libyan National Army of Khalifa Haftar received Russian air defence systems in the east, a UN panel of experts said. Turkey backs the rival Government of National Unity in Tripoli. Italy and Egypt have both hosted Haftar this year.
= khalifa-haftar leads lna
= russia supplies lna h
= turkey allied libya
! italy allied lna
! egypt allied lna
en?: Burundian soldiers fought alongside the Congolese army against the M23 in South Kivu, according to local officials. Rwanda denies supporting the rebels, despite a UN report. South Africa withdrew its SADC troops from Goma in April.
= burundi allied dr-congo h
= burundi opposed m23 h
= dr-congo opposed m23 h
= m23 allied rwanda hn
= south-africa member_of sadc
en: The UN Security Council imposed sanctions on two Haitian gang leaders on Thursday. Gangs control most of Port-au-Prince, where they have killed more than 4,000 people this year. The Dominican Republic has closed its border with Haiti.
= dominican-republic opposed haiti
en?: Benin said eight soldiers were killed when jihadists attacked a post in the W National Park near the border with Niger and Burkina Faso. The JNIM group claimed the attack. Cotonou accuses Niamey of failing to police the border.
= benin opposed jnim
! benin opposed niger
! jnim opposed niger
! jnim opposed burkina-faso
en?: China and Russia held joint naval drills in the Sea of Japan this week, Tokyo said. Japan scrambled fighter jets as Russian bombers flew near its airspace. The United States and South Korea held their own exercises on the peninsula.
= china allied russia h
= south-korea allied united-states
! japan opposed russia
en?: Kataib Hezbollah, an Iraqi militia backed by Iran, claimed a drone attack on a US base in Syria. The Pentagon said no troops were hurt. Iraq's prime minister Mohammed Shia al-Sudani condemned the attack.
= kataib-hezbollah allied iran
= kataib-hezbollah opposed united-states
= mohammed-shia-al-sudani leads iraq
! iraq opposed kataib-hezbollah
en?: Al-Shabaab fighters attacked a Kenyan army convoy in Lamu county, killing four soldiers. Kenya has troops in Somalia as part of the African Union force. Somalia's president Hassan Sheikh Mohamud visited Nairobi last week.
= al-shabaab opposed kenya
= kenya member_of african-union
= hassan-sheikh-mohamud leads somalia
en?: Ethiopia signed a memorandum with Somaliland in January to lease a stretch of coast for a naval base. Somalia called the deal an act of aggression and expelled the Ethiopian ambassador. Egypt and Eritrea backed Mogadishu.
= ethiopia opposed somalia
! ethiopia allied somaliland
en: Saudi-led coalition warplanes struck Houthi positions in Marib province, the coalition said. The United Arab Emirates, a member of the coalition, backs the Southern Transitional Council in Aden. The UN envoy Hans Grundberg met Houthi negotiators in Muscat.
= houthis opposed saudi-led-coalition
= united-arab-emirates member_of saudi-led-coalition
= stc allied united-arab-emirates
= hans-grundberg member_of united-nations
! hans-grundberg opposed houthis
en: Hamas said it had handed over three Israeli hostages to the Red Cross in Khan Younis. The International Committee of the Red Cross transported them to Israeli forces. Egypt and Qatar oversee the truce.
! hamas allied icrc
! icrc allied israel
en?: The European Union imposed sanctions on members of the Wagner Group over abuses in the Central African Republic. Wagner has guarded President Faustin-Archange Touadera since 2018. Rwanda also has troops in the country.
= european-union opposed wagner-group
= faustin-archange-touadera leads central-african-republic
= central-african-republic allied wagner-group
en?: Turkey delivered Bayraktar Akinci drones to Mali's army, which used them against rebels in the north, a Malian official said. The FLA accuses the junta of killing civilians in drone strikes. Algeria says a Malian drone entered its airspace and shot it down.
= turkey supplies mali h
= algeria opposed mali
! fla opposed turkey
en: The International Criminal Court issued an arrest warrant for Israeli Prime Minister Benjamin Netanyahu over the war in Gaza. Hungary said it would not enforce the warrant. France and Italy said they would study it.
= benjamin-netanyahu leads israel
! icc opposed israel
en?: Uganda deployed more troops to Ituri province in eastern Congo to fight the ADF, an Islamic State affiliate. Congo's army joined the operation. Human Rights Watch said civilians had been displaced.
= uganda opposed adf
= adf member_of islamic-state
= dr-congo allied uganda
= adf opposed dr-congo
en?: Chad's President Mahamat Idriss Deby visited Moscow in January and met Vladimir Putin. The two leaders discussed trade and security. Chad has expelled French troops and hosts Sudanese refugees.
= mahamat-idriss-deby leads chad
= vladimir-putin leads russia
= chad opposed france
! chad allied russia
en?: Pro-Ukrainian Russian fighters of the Freedom of Russia Legion crossed into the Belgorod region, Moscow said. Ukraine denies arming the units. Belarus put its troops on alert.
= freedom-of-russia-legion opposed russia h
= ukraine supplies freedom-of-russia-legion n
! belarus opposed ukraine
en: Islamic State Sahel Province fighters killed 12 Malian soldiers in an ambush near Menaka, security sources said. The group has been fighting JNIM for control of the area. Mauritania said it had reinforced its border.
= islamic-state-sahel opposed mali h
= islamic-state-sahel opposed jnim
en?: The Kachin Independence Army captured a rare earth mining hub near the Chinese border, residents said. Beijing has pressed the KIA to halt its offensive. Myanmar's military has lost much of Kachin state.
= kachin-independence-army opposed myanmar
! china opposed kachin-independence-army
en: Egypt's President Abdel Fattah el-Sisi received Sudan's army chief Abdel Fattah al-Burhan in Cairo on Thursday. Cairo denies supplying the Sudanese army with drones. The RSF accuses Egypt of bombing its positions.
= abdel-fattah-el-sisi leads egypt
! abdel-fattah-al-burhan leads sudan
= egypt supplies sudan n
= egypt opposed rsf h
en?: Wagner and the Central African army fought the CPC rebel coalition near Bambari in 2021. François Bozizé, the former president, leads the coalition from exile in Chad. MINUSCA peacekeepers protected civilians in the town.
= central-african-republic allied wagner-group
= cpc opposed wagner-group
= central-african-republic opposed cpc
= francois-bozize leads cpc
! chad allied cpc
en?: The United States struck Islamic State targets in Somalia's Puntland region in coordination with the regional government, AFRICOM said. Puntland forces have been fighting the group in the Cal Miskaad mountains. Ethiopia's troops remain in the country.
= united-states opposed islamic-state-somalia
= puntland allied united-states
= puntland opposed islamic-state-somalia
en: Iran seized an oil tanker in the Gulf of Oman, its navy said. The United Kingdom and France condemned the seizure. Iran's foreign minister Abbas Araghchi said the tanker had violated maritime law.
! iran opposed united-kingdom
! iran opposed france
en: Hundreds of Tigrayan fighters of the TPLF have rejoined their families after demobilisation, the African Union said. Eritrea's troops remain in parts of Tigray, according to residents. Ethiopia and the TPLF signed a peace deal in Pretoria in 2022.
! eritrea opposed tplf
! ethiopia allied tplf
= ethiopia opposed tplf
en?: Mauritanian troops arrested Malian soldiers and Wagner fighters who crossed the border while pursuing JNIM militants, a source in Nouakchott said. Mali's foreign minister Abdoulaye Diop flew to Nouakchott. The two governments pledged to cooperate.
= mali allied wagner-group h
= jnim opposed mali h
= jnim opposed wagner-group h
! mauritania allied mali
# dense news paragraphs, French
fr?: Des hommes armés ont attaqué dimanche un poste de l'armée burkinabè près de Djibo, tuant au moins vingt soldats. Le JNIM, affilié à Al-Qaïda, a revendiqué l'attaque. Le Mali et le Niger ont condamné l'assaut, tandis que l'ONU a appelé à la retenue.
= jnim opposed burkina-faso
= jnim member_of al-qaeda
fr?: L'armée soudanaise et les Forces de soutien rapide (FSR) se sont de nouveau affrontées mardi à El-Facher. Le Programme alimentaire mondial a suspendu ses livraisons au camp de Zamzam. L'Égypte et l'Arabie saoudite, qui coparrainent les pourparlers avec les États-Unis, ont appelé les deux camps à revenir à Djeddah.
= sudan opposed rsf
fr: Le président rwandais Paul Kagame a rencontré lundi à Nairobi son homologue kényan William Ruto pour évoquer la crise dans l'est de la RDC. Les rebelles du M23, qui ont pris Goma en janvier, n'étaient pas invités. Kinshasa a boycotté la réunion.
= paul-kagame leads rwanda
= william-ruto leads kenya
fr?: Des frappes israéliennes ont tué au moins trente personnes mercredi dans la bande de Gaza, selon la défense civile. Le Qatar et l'Égypte, médiateurs entre Israël et le Hamas, ont annoncé la reprise des discussions au Caire. Washington a dépêché son émissaire dans la région.
! israel opposed qatar
! israel opposed egypt
! hamas allied qatar
! hamas allied egypt
= hamas opposed israel
fr: Le Hezbollah a tiré vendredi des roquettes sur le nord d'Israël, qui a riposté par des frappes sur des villages du Liban-Sud. L'armée libanaise a déployé des renforts le long de la frontière. La Finul a signalé des dégâts sur l'une de ses positions.
= hezbollah opposed israel
! israel opposed lebanon
! hezbollah opposed lebanon
fr: Des drones turcs ont frappé jeudi des positions du PKK dans le nord de l'Irak, a indiqué le ministère turc de la Défense. Bagdad a convoqué l'ambassadeur de Turquie. Le gouvernement régional du Kurdistan n'a pas réagi.
= turkey opposed pkk
! turkey opposed iraq
fr: La Russie a lancé dans la nuit 120 drones et quatre missiles sur l'Ukraine, selon l'armée de l'air ukrainienne. La Pologne a fait décoller ses avions par précaution. La Moldavie a signalé la chute d'un drone sur son territoire.
= russia opposed ukraine h
! poland opposed russia
! moldova opposed russia
fr?: Les rebelles houthis du Yémen, soutenus par l'Iran, ont tiré samedi un missile balistique sur Israël. Le groupe attaque les navires en mer Rouge depuis novembre 2023. La mission européenne Aspides escorte les navires marchands dans la zone.
= houthis opposed israel
= houthis allied iran
! iran opposed israel
fr: Les forces spéciales somaliennes, formées par la Turquie, ont repris la localité d'Adan Yabaal aux Chebab. L'Éthiopie et le Kenya fournissent des troupes à la mission de l'Union africaine. L'Égypte a promis d'y envoyer des soldats.
= turkey trains somalia
= somalia opposed al-shabaab
= ethiopia member_of african-union
= kenya member_of african-union
! egypt member_of african-union
fr?: La junte birmane a mené des frappes aériennes sur Lashio, ville prise l'an dernier par la MNDAA. La Chine, voisine de la région, a négocié en janvier un cessez-le-feu entre l'armée et le groupe armé. La Thaïlande a accueilli des réfugiés.
= myanmar opposed mndaa
! china opposed mndaa
! china allied myanmar
fr: Les derniers soldats français ont quitté le Tchad vendredi. N'Djamena avait dénoncé en novembre son accord de coopération militaire avec Paris. Le Sénégal a lui aussi demandé le départ des forces françaises.
= chad opposed france
= chad allied france n
= france opposed senegal
fr: La junte nigérienne du général Abdourahamane Tiani a expulsé les troupes françaises en 2023 avant de se tourner vers la Russie. Des instructeurs russes sont arrivés à Niamey en avril 2024. Les États-Unis ont retiré leurs forces du Niger en août.
= abdourahamane-tiani leads niger
= france opposed niger
= russia trains niger
! niger trains russia
fr: Au moins cinquante civils ont été tués dans une attaque contre le village de Barsalogho, dans le centre du Burkina Faso. Selon des témoins, les habitants creusaient des tranchées à la demande de l'armée quand des combattants du JNIM ont ouvert le feu. Amnesty International a réclamé une enquête.
! jnim opposed burkina-faso
! amnesty-international opposed jnim
fr?: Le président colombien Gustavo Petro a suspendu les pourparlers de paix avec l'ELN après une attaque du groupe contre une base militaire en Arauca. Le Venezuela, qui a accueilli de précédentes sessions, a appelé au calme. Cuba et la Norvège sont garants du processus.
= gustavo-petro leads colombia
= colombia opposed eln
! cuba allied eln
! norway allied eln
fr?: Israël a frappé lundi des cibles près de Damas, a affirmé le ministère syrien des Affaires étrangères, dénonçant une violation de sa souveraineté. Les frappes ont suivi des affrontements entre combattants druzes et forces gouvernementales à Soueïda. La Jordanie et l'Arabie saoudite ont condamné l'attaque.
= israel opposed syria h
! jordan opposed israel
! saudi-arabia opposed israel
fr: L'armée pakistanaise a affirmé avoir tué douze combattants du TTP dans le Nord-Waziristan. Islamabad accuse Kaboul d'abriter le groupe, ce que les talibans démentent. La Chine a appelé les deux voisins au dialogue.
= pakistan opposed ttp
= afghanistan allied ttp h
! china opposed pakistan
fr?: Les combattants de Wagner et les soldats maliens ont subi de lourdes pertes face aux rebelles touareg du FLA près de Tinzaouaten en juillet. Le FLA affirme avoir tué des dizaines de Russes. L'Algérie, frontalière de la zone, a appelé à revenir à l'accord d'Alger.
= mali allied wagner-group
= fla opposed wagner-group
= fla opposed mali
! algeria opposed fla
fr: Des troupes fédérales éthiopiennes ont affronté des miliciens Fano dans la région Amhara, selon des habitants. L'Érythrée, qui a combattu aux côtés de l'Éthiopie au Tigré, dément tout rôle. Les États-Unis ont appelé à la désescalade.
= ethiopia opposed fano h
= eritrea allied ethiopia
fr?: Les soldats rwandais et l'armée mozambicaine ont repris en 2021 le port de Mocimboa da Praia aux combattants de l'État islamique. L'Union européenne finance le déploiement rwandais. TotalEnergies a suspendu son projet gazier dans la province.
= mozambique allied rwanda
= islamic-state-mozambique opposed rwanda
= islamic-state-mozambique opposed mozambique
= european-union supplies rwanda
! totalenergies opposed islamic-state-mozambique
fr?: Selon Séoul, la Russie a déployé des soldats nord-coréens dans la région de Koursk pour repousser une incursion ukrainienne. La Corée du Sud et le Japon ont condamné ce déploiement. Pékin a dit ne pas être au courant.
= north-korea allied russia h
= russia opposed ukraine h
! south-korea opposed north-korea
fr?: L'Armée nationale libyenne du maréchal Khalifa Haftar a reçu des systèmes de défense aérienne russes, selon un groupe d'experts de l'ONU. La Turquie soutient le gouvernement rival de Tripoli. L'Italie et l'Égypte ont toutes deux reçu Haftar cette année.
= khalifa-haftar leads lna
= russia supplies lna h
= turkey allied libya
! italy allied lna
! egypt allied lna
fr?: Des soldats burundais ont combattu aux côtés de l'armée congolaise contre le M23 au Sud-Kivu, selon des responsables locaux. Le Rwanda dément soutenir les rebelles, malgré un rapport de l'ONU. L'Afrique du Sud a retiré ses troupes de la SADC de Goma en avril.
= burundi allied dr-congo h
= burundi opposed m23 h
= dr-congo opposed m23 h
= m23 allied rwanda hn
= south-africa member_of sadc
fr?: Le Bénin a annoncé la mort de huit soldats dans l'attaque d'un poste du parc W, près de la frontière avec le Niger et le Burkina Faso. Le JNIM a revendiqué l'attaque. Cotonou reproche à Niamey de ne pas surveiller sa frontière.
= benin opposed jnim
! benin opposed niger
! jnim opposed niger
! jnim opposed burkina-faso
fr?: Les Kataeb Hezbollah, une milice irakienne soutenue par l'Iran, ont revendiqué une attaque de drone contre une base américaine en Syrie. Le Pentagone a indiqué qu'aucun soldat n'avait été blessé. Le Premier ministre irakien Mohammed Chia al-Soudani a condamné l'attaque.
= kataib-hezbollah allied iran
= kataib-hezbollah opposed united-states
= mohammed-shia-al-sudani leads iraq
! iraq opposed kataib-hezbollah
! syria opposed kataib-hezbollah
fr: Les Chebab ont attaqué un convoi de l'armée kényane dans le comté de Lamu, tuant quatre soldats. Le Kenya déploie des troupes en Somalie au sein de la force de l'Union africaine. Le président somalien Hassan Cheikh Mohamoud s'est rendu à Nairobi la semaine dernière.
= al-shabaab opposed kenya
= kenya member_of african-union
= hassan-sheikh-mohamud leads somalia
fr?: L'Éthiopie a signé en janvier un protocole d'accord avec le Somaliland pour louer une portion de côte. La Somalie a qualifié l'accord d'agression et expulsé l'ambassadeur éthiopien. L'Égypte et l'Érythrée ont apporté leur soutien à Mogadiscio.
= ethiopia opposed somalia
! ethiopia allied somaliland
fr?: L'Union européenne a sanctionné des membres du groupe Wagner pour des exactions en Centrafrique. Wagner assure la protection du président Faustin-Archange Touadéra depuis 2018. Le Rwanda a aussi des troupes dans le pays.
= european-union opposed wagner-group
= faustin-archange-touadera leads central-african-republic
= central-african-republic allied wagner-group
fr?: La Turquie a livré des drones Akinci à l'armée malienne, qui les a utilisés contre les rebelles dans le nord, selon un responsable malien. Le FLA accuse la junte de tuer des civils lors de frappes de drones. Alger affirme avoir abattu un drone malien qui avait pénétré son espace aérien.
= turkey supplies mali h
= algeria opposed mali
! fla opposed turkey
fr?: L'Ouganda a déployé de nouvelles troupes en Ituri, dans l'est de la RDC, pour combattre les ADF, affiliées à l'État islamique. L'armée congolaise participe à l'opération. Human Rights Watch a fait état de déplacements de civils.
= uganda opposed adf
= adf member_of islamic-state
= dr-congo allied uganda
= adf opposed dr-congo
fr: Le président tchadien Mahamat Idriss Déby s'est rendu à Moscou en janvier, où il a rencontré Vladimir Poutine. Les deux dirigeants ont évoqué le commerce et la sécurité. Le Tchad, qui a expulsé les troupes françaises, accueille des réfugiés soudanais.
= mahamat-idriss-deby leads chad
= chad opposed france
! chad allied russia
! chad opposed sudan
fr?: Des combattants de l'État islamique au Sahel ont tué douze soldats maliens dans une embuscade près de Ménaka, de sources sécuritaires. Le groupe dispute le contrôle de la zone au JNIM. La Mauritanie a renforcé sa frontière.
= islamic-state-sahel opposed mali h
= islamic-state-sahel opposed jnim
! mauritania opposed islamic-state-sahel
fr: Le président égyptien Abdel Fattah al-Sissi a reçu jeudi au Caire le chef de l'armée soudanaise, le général Abdel Fattah al-Burhane. Le Caire dément fournir des drones à l'armée soudanaise. Les FSR accusent l'Égypte de bombarder leurs positions.
= abdel-fattah-el-sisi leads egypt
! abdel-fattah-al-burhan leads sudan
= egypt supplies sudan n
= egypt opposed rsf h
fr?: Les États-Unis ont frappé des cibles de l'État islamique dans la région somalienne du Puntland, en coordination avec les autorités régionales, a indiqué l'Africom. Les forces du Puntland combattent le groupe dans les monts Cal Miskaad. Les troupes éthiopiennes restent présentes dans le pays.
= united-states opposed islamic-state-somalia
= puntland allied united-states
= puntland opposed islamic-state-somalia
fr: Des milliers de combattants tigréens du TPLF ont été démobilisés, a indiqué l'Union africaine. Des troupes érythréennes restent présentes dans certaines zones du Tigré, selon des habitants. L'Éthiopie et le TPLF ont signé un accord de paix à Pretoria en 2022.
! eritrea opposed tplf
! ethiopia allied tplf
= ethiopia opposed tplf
fr?: Des soldats maliens et des combattants de Wagner ont été interpellés par l'armée mauritanienne alors qu'ils poursuivaient des jihadistes du JNIM de l'autre côté de la frontière, selon une source à Nouakchott. Le ministre malien des Affaires étrangères Abdoulaye Diop s'est rendu en Mauritanie.
= mali allied wagner-group h
= jnim opposed mali h
= jnim opposed wagner-group h
! mauritania allied mali
! abdoulaye-diop leads mali
fr: Le Front Polisario a revendiqué des tirs contre des positions de l'armée marocaine près de Mahbès. L'Algérie, qui accueille les camps de réfugiés sahraouis à Tindouf, soutient le mouvement. La France a reconnu la souveraineté marocaine sur le Sahara occidental.
= morocco opposed polisario-front
= algeria allied polisario-front
! france allied morocco
! algeria opposed morocco
fr: Le chef de la junte guinéenne Mamadi Doumbouya a reçu mardi à Conakry une délégation de la Cédéao. L'organisation régionale a salué le calendrier de la transition. Le Mali, le Burkina Faso et le Niger ont quitté la Cédéao en janvier 2025.
= mamadi-doumbouya leads guinea
= mali member_of ecowas n
= burkina-faso member_of ecowas n
= niger member_of ecowas n
fr: Des hommes armés ont enlevé un ressortissant autrichien à Agadez, au Niger, selon des sources locales. L'attaque n'a pas été revendiquée, mais l'État islamique au Sahel est actif dans la zone. L'Autriche a dépêché une cellule de crise.
! islamic-state-sahel opposed austria
! austria opposed niger
fr?: L'armée nigériane a annoncé avoir tué trente combattants de Boko Haram près du lac Tchad. La Force multinationale mixte, qui combat le groupe, compte des soldats camerounais, tchadiens et nigériens.
= nigeria opposed boko-haram
= boko-haram opposed mnjtf
= cameroon member_of mnjtf
= chad member_of mnjtf
= niger member_of mnjtf
fr: Les Émirats arabes unis sont accusés par l'armée soudanaise d'armer les FSR, ce qu'Abou Dhabi dément. Le Kenya a accueilli à Nairobi une réunion des FSR et de leurs alliés. Le Tchad sert de point de transit aux livraisons, selon des experts de l'ONU.
= united-arab-emirates supplies rsf h
! kenya allied rsf
! chad supplies rsf
fr?: L'Azerbaïdjan et l'Arménie ont paraphé un accord de paix à Washington, mettant fin à des décennies de conflit autour du Haut-Karabakh. La Russie, qui avait déployé des soldats de la paix dans la région, n'a pas été associée. La Turquie a salué l'accord.
! russia opposed armenia
! azerbaijan allied armenia
= azerbaijan opposed armenia
fr?: Les États-Unis et le Royaume-Uni frappent les Houthis au Yémen depuis janvier 2024. Oman sert de médiateur entre Washington et les rebelles. L'Arabie saoudite, qui a combattu le groupe de 2015 à 2022, observe une trêve.
= houthis opposed united-states
= houthis opposed united-kingdom
= united-kingdom allied united-states
= houthis opposed saudi-arabia
! oman allied houthis
! oman allied united-states
fr: Le président ukrainien Volodymyr Zelensky a rencontré Emmanuel Macron à Paris. La France a livré des canons Caesar et des avions Mirage à l'Ukraine. L'Allemagne et le Royaume-Uni ont promis de nouvelles aides.
= volodymyr-zelensky leads ukraine
! emmanuel-macron leads france
= france supplies ukraine
! germany supplies ukraine
! united-kingdom supplies ukraine
fr?: La MINUSCA a dénoncé des exactions commises par des combattants de l'UPC dans la préfecture de la Ouaka. Le groupe d'Ali Darassa a signé un accord de paix avec Bangui en 2019. Les paysans peuls sont les premières victimes des violences.
= ali-darassa leads upc
= upc opposed central-african-republic
! minusca opposed upc
fr?: Le Hamas a remis trois otages israéliens au Comité international de la Croix-Rouge à Khan Younès. Le CICR les a transférés aux forces israéliennes. L'Égypte et le Qatar supervisent la trêve.
! hamas allied icrc
! icrc allied israel
# dense news paragraphs, English, second batch
en: Gunmen believed to belong to Islamic State West Africa Province killed 15 farmers near Maiduguri, the capital of Borno state. The governor Babagana Zulum visited the site. Nigeria's army said it was pursuing the attackers, and Cameroon closed a border crossing.
! iswap opposed nigeria
! cameroon opposed nigeria
! cameroon opposed iswap
en?: The Sudanese army's drone strike hit a market in Nyala, the RSF said, killing dozens. The paramilitary group, led by Mohamed Hamdan Dagalo, controls most of Darfur. Chad and Libya, which border the region, have seen an influx of refugees.
= sudan opposed rsf h
= mohamed-hamdan-dagalo leads rsf
! chad allied rsf
! libya allied rsf
en?: Speaking in Kigali, Rwanda's foreign minister Olivier Nduhungirehe said his country would not withdraw its defensive measures on the border with Congo. Qatar is hosting talks between Kinshasa and the M23. The United States brokered a separate deal between Rwanda and Congo in June.
= dr-congo opposed m23
! qatar allied m23
! qatar allied dr-congo
! united-states allied rwanda
! united-states allied dr-congo
en: Hamas leader Yahya Sinwar was killed by Israeli troops in Rafah in October 2024, the Israeli military said. His brother Mohammed Sinwar took over the group's military wing. Iran vowed revenge.
= yahya-sinwar leads hamas
= hamas opposed israel
! iran opposed israel
en?: A report by UN experts said that the United Arab Emirates had supplied weapons to the RSF through airstrips in eastern Chad. Abu Dhabi rejected the report as baseless. Sudan's army has filed a case against the UAE at the International Court of Justice.
= united-arab-emirates supplies rsf h
= sudan opposed united-arab-emirates
! chad supplies rsf
! icj opposed united-arab-emirates
en?: Malian President Assimi Goita said in a speech in Bamako that the army had regained control of Kidal from the rebels of the CSP. Russia's Africa Corps, which replaced Wagner in June, took part in the operation. Algeria, the former mediator, criticised the offensive.
= assimi-goita leads mali
= csp-dpa opposed mali
= africa-corps allied mali
= africa-corps opposed csp-dpa
! algeria opposed mali
en: Thousands of people marched in Niamey on Saturday to demand the departure of US troops. Protesters waved Russian flags. The junta's spokesman Amadou Abdramane read a statement on state television.
! niger opposed united-states
! niger allied russia
en: Ukraine's military intelligence said a North Korean soldier captured in Kursk had been trained in Russia. Kyiv has offered to exchange him for Ukrainian prisoners. South Korea's spy agency confirmed the capture.
= russia trains north-korea h
! south-korea opposed north-korea
en: The Israeli army said it killed a Hezbollah commander in a strike on Beirut's southern suburbs on Tuesday. Lebanon's prime minister Nawaf Salam condemned the strike as a violation of the ceasefire. France and the United States, which sponsor the truce, called for calm.
= hezbollah opposed israel
= nawaf-salam leads lebanon
! israel opposed lebanon
! france allied hezbollah
en: The Arakan Army is one of the three members of the Three Brotherhood Alliance, along with the TNLA and the MNDAA. China has pressed the alliance to halt its offensive. India, which shares a border with Rakhine, has stayed silent.
= arakan-army member_of three-brotherhood-alliance
= tnla member_of three-brotherhood-alliance
= mndaa member_of three-brotherhood-alliance
! china opposed three-brotherhood-alliance
en: Fighters of the Islamic State in Mozambique beheaded villagers in Cabo Delgado province last week. The SADC mission withdrew from the country in July, leaving Rwandan troops to fight the insurgents. Tanzania has reinforced its southern border.
= rwanda opposed islamic-state-mozambique
! tanzania opposed islamic-state-mozambique
en: Turkey's President Recep Tayyip Erdogan hosted Somali and Ethiopian leaders in Ankara, where they agreed to end their dispute over Somaliland. The deal was welcomed by the African Union and the United States. Al-Shabaab denounced it.
= recep-tayyip-erdogan leads turkey
! turkey allied somalia
! turkey allied ethiopia
! al-shabaab opposed turkey
en?: Chinese-made drones operated by the RSF struck Port Sudan in May, according to Amnesty International. The army-backed government had moved to the Red Sea city in 2023. Saudi Arabia and Egypt condemned the attacks.
= china supplies rsf h
= rsf opposed sudan h
! saudi-arabia opposed rsf
! egypt opposed rsf
en: A US drone strike killed a senior al-Qaeda leader in Idlib, Syria's northwestern province controlled by Hayat Tahrir al-Sham, the Pentagon said. HTS, which once belonged to al-Qaeda, cut ties with the network in 2016. Turkey maintains observation posts in the area.
= united-states opposed al-qaeda
= hts member_of al-qaeda n
! united-states opposed hts
! turkey allied hts
en?: The ceasefire between Israel and Hezbollah, brokered by the United States and France in November, has largely held. Israel still occupies five hilltops in southern Lebanon. The Lebanese army has deployed to the south with support from UNIFIL.
= hezbollah opposed israel
= lebanon allied unifil
! israel opposed united-states
! france opposed hezbollah
en: Russia's defence minister Andrei Belousov visited Pyongyang and met Kim Jong Un, North Korean state media said. The two countries signed a mutual defence treaty in June 2024. Ukraine and South Korea say North Korea has sent artillery shells to Russia.
! kim-jong-un leads north-korea
= north-korea allied russia
= north-korea supplies russia h
en?: In Burkina Faso, the VDP militia, which fights alongside the army, was accused by Human Rights Watch of killing civilians in Solenzo. The army denied the accusation. JNIM has recruited among the Fulani communities targeted by the militia.
= burkina-faso allied vdp
! human-rights-watch opposed vdp
! jnim allied vdp
en?: Haiti's transitional council named Alix Didier Fils-Aime prime minister in November. The gang coalition Viv Ansanm, led by Jimmy Cherizier, has attacked several towns since. The United States designated the coalition a terrorist organisation.
= alix-didier-fils-aime leads haiti
= jimmy-cherizier leads viv-ansanm
= united-states opposed viv-ansanm
! haiti allied viv-ansanm
en?: Iran's Revolutionary Guards said they seized a tanker carrying fuel smuggled from Iraq. The United States has sanctioned the Guards since 2019. Iraq denied that the tanker belonged to it.
= iran opposed united-states
! iran opposed iraq
en?: The Congolese army and allied Wazalendo militias retook the town of Walikale from the M23, residents said. Kinshasa accuses Kigali of deploying 4,000 troops alongside the rebels. Burundi has also sent troops to help Congo.
= dr-congo allied wazalendo h
= dr-congo opposed m23 h
= wazalendo opposed m23 h
= m23 allied rwanda h
= burundi allied dr-congo
en?: The European Union extended its training mission in Mozambique, which has trained eleven Mozambican army units since 2021. The mission's mandate runs until 2026. Portugal provides most of the instructors.
= eutm-mozambique member_of european-union
= eutm-mozambique trains mozambique
= portugal member_of eutm-mozambique
en?: Pakistan and Afghanistan exchanged fire at the Torkham border crossing on Sunday, officials on both sides said. The Pakistani Taliban, who Islamabad says operate from Afghan soil, claimed an attack on a checkpoint in Khyber the day before. Qatar and Turkey mediated a truce in October.
= afghanistan opposed pakistan
= pakistan opposed ttp
! qatar opposed pakistan
! turkey opposed afghanistan
en: Ethiopia's Prime Minister Abiy Ahmed told parliament his country had no intention of invading Eritrea, but needed access to the sea. Eritrea's president Isaias Afwerki has mobilised troops. Egypt signed a defence pact with Eritrea in October.
= abiy-ahmed leads ethiopia
= isaias-afwerki leads eritrea
= egypt allied eritrea
! ethiopia opposed eritrea
en?: Colombia's army killed 10 FARC dissidents of the Estado Mayor Central in Cauca, the defence ministry said. The group led by Ivan Mordisco has attacked police stations across the southwest. Ecuador has deployed troops along the border.
= colombia opposed farc-emc
= ivan-mordisco leads farc-emc
! ecuador opposed farc-emc
en?: The Houthis claimed a drone attack on the Israeli port of Eilat and said they had shot down a US MQ-9 Reaper drone over Yemen. Israel struck the port of Hodeidah in retaliation. Saudi Arabia, which has kept a truce with the group since 2022, did not comment.
= houthis opposed israel
= houthis opposed united-states
= houthis opposed saudi-arabia
! israel opposed yemen
en: Twenty soldiers were killed when their convoy hit a roadside bomb in the Tillaberi region of Niger near the border with Mali, the defence ministry said. The attack was not claimed, but the Islamic State Sahel Province operates in the area. Niger has since closed its border with Benin.
= benin opposed niger
! islamic-state-sahel opposed niger
! mali opposed niger
en?: Moscow supplies the Central African Republic with instructors and weapons, officials in Bangui say. President Touadera won a third term in a referendum that the opposition boycotted. France cut budget aid in 2021.
= russia supplies central-african-republic h
= russia trains central-african-republic h
= faustin-archange-touadera leads central-african-republic
! france opposed central-african-republic
en?: Kenyan Defence Forces killed six al-Shabaab militants in Boni forest in Lamu county, the military said. The group has also attacked Somali troops in Lower Shabelle. Uganda, Burundi and Ethiopia also have soldiers in Somalia.
= al-shabaab opposed kenya
= al-shabaab opposed somalia
! uganda opposed al-shabaab
en: Azerbaijani forces retook Nagorno-Karabakh in a one-day offensive in September 2023, prompting the exodus of more than 100,000 Armenians. Russian peacekeepers stationed in the region did not intervene. Turkey, Baku's main ally, praised the operation.
= turkey allied azerbaijan
! russia opposed azerbaijan
! azerbaijan opposed russia
en?: Hezbollah's secretary-general Naim Qassem said the group would not disarm while Israel occupies Lebanese land. Iran, which funds the group, has lost its land route through Syria since the fall of Bashar al-Assad. The Lebanese president Joseph Aoun wants the state to have a monopoly on weapons.
= naim-qassem leads hezbollah
= hezbollah opposed israel
= iran supplies hezbollah
= joseph-aoun leads lebanon
! iran opposed syria
en?: Rebels of the TNLA handed the town of Mogok back to Myanmar's military under a ceasefire brokered by China. The junta has bombed areas held by the People's Defence Forces, allies of the National Unity Government. Thailand has hosted talks between the two sides.
= myanmar opposed tnla
= myanmar opposed peoples-defence-force
= national-unity-government allied peoples-defence-force
! china opposed tnla
! thailand allied myanmar
en: Wagner's founder Yevgeny Prigozhin died in a plane crash north of Moscow in August 2023, two months after his mutiny against the Russian army's leadership. The Kremlin denied any involvement. Belarus had briefly hosted his fighters.
= yevgeny-prigozhin leads wagner-group
= yevgeny-prigozhin opposed russia
! belarus allied wagner-group
en?: Police in Mogadishu arrested three men suspected of planning attacks for al-Shabaab, the government said. The group, which is linked to al-Qaeda, has carried out a bomb attack on a hotel in the capital in March. The United Nations mission, UNSOM, was not targeted.
= somalia opposed al-shabaab
= al-shabaab member_of al-qaeda
= unsom member_of united-nations
! al-shabaab opposed united-nations
en?: Ukraine used US-made ATACMS missiles to strike an airfield in Russia's Kursk region, the Russian defence ministry said. Washington authorised the use of the missiles in November. Germany has refused to send its Taurus missiles.
= united-states supplies ukraine
= russia opposed ukraine h
! germany supplies ukraine
en?: Iraqi Shiite militias of the Popular Mobilization Forces, some of them close to Iran, guard the border with Syria. Baghdad has integrated the PMF into the state's security forces. The US-led coalition against Islamic State is due to leave Iraq by September 2026.
! united-states opposed iraq
en: Somaliland's president Abdirahman Irro said his government was ready to host a US military base in Berbera. The self-declared republic seeks recognition from Washington. Somalia rejected the idea.
= abdirahman-cirro leads somaliland
! somaliland allied united-states
! somalia opposed somaliland
en: JNIM fighters blockaded the town of Kayes and attacked army-escorted fuel convoys heading to Bamako from Senegal and Ivory Coast, the army said. Malian truck drivers were killed. Senegal has urged the Alliance of Sahel States to secure the corridor.
= jnim opposed mali h
! jnim opposed senegal
! jnim opposed cote-d-ivoire
en: Israel's defence minister Israel Katz said the army had struck Houthi targets at Sanaa airport. The World Health Organization's chief Tedros was at the airport during the strike but unharmed. The United Nations condemned the attack.
= houthis opposed israel
= tedros leads world-health-organization
! israel opposed world-health-organization
! israel opposed united-nations
en: Former Sudanese prime minister Abdalla Hamdok heads a civilian coalition that calls for an end to the war between the army and the RSF. The coalition has met RSF leaders in Addis Ababa. The army accuses it of being a political wing of the paramilitaries.
= sudan opposed rsf
! abdalla-hamdok leads sudan
en: Eritrean troops fought alongside Ethiopian federal forces against the TPLF during the 2020-2022 war in Tigray, according to human rights groups. The African Union brokered the Pretoria agreement that ended the war. The TPLF has since split into rival factions.
= eritrea allied ethiopia h
= eritrea opposed tplf h
= ethiopia opposed tplf h
! african-union opposed tplf
en?: A French court sentenced a former Lafarge executive for financing Islamic State in Syria. The cement maker pleaded guilty in the United States in 2022 to paying the group. Syria's new authorities were not involved.
= lafarge supplies islamic-state
! france opposed islamic-state
! united-states opposed islamic-state
en?: The Lebanese army took over Hezbollah weapons depots south of the Litani river, a military source said. The United States has increased aid to the Lebanese army, which it sees as a counterweight to the group. Israel says the army is not doing enough.
= united-states supplies lebanon
! israel opposed lebanon
en?: Russia's Wagner group recruited prisoners to fight in Ukraine, where it seized Bakhmut in May 2023. Ukraine's army said Wagner suffered heavy losses. Syria and Libya also hosted Wagner fighters.
= wagner-group opposed ukraine
! syria allied wagner-group
! libya allied wagner-group
en: Bangladesh's interim leader Muhammad Yunus met Myanmar's junta chief Min Aung Hlaing in Bangkok on the sidelines of a regional summit. The Arakan Army controls most of the border with Bangladesh. The Rohingya militant group ARSA has clashed with the Arakan Army.
= muhammad-yunus leads bangladesh
= min-aung-hlaing leads myanmar
= arakan-army opposed arsa
! bangladesh opposed arakan-army
en?: Ukrainian drones struck a refinery in Russia's Saratov region, the regional governor said. Kazakhstan said oil exports via the Caspian pipeline had been disrupted. Hungary, which depends on Russian oil, protested to Kyiv.
= russia opposed ukraine h
! kazakhstan opposed ukraine
! hungary opposed ukraine
en?: The Ugandan army chief Muhoozi Kainerugaba threatened on X to attack Kisangani. Uganda's troops are in Congo's Ituri province to fight the ADF alongside the Congolese army. The M23 has denied any links with Kampala.
= uganda opposed adf
= dr-congo allied uganda
= m23 allied uganda n
! uganda opposed dr-congo
en?: The Southern Transitional Council, backed by the United Arab Emirates, seized control of Hadramout province from forces loyal to the Saudi-backed government. Saudi Arabia called the move an escalation. The Houthis were not involved.
= stc allied united-arab-emirates
= saudi-arabia allied yemen
= stc opposed yemen
! houthis opposed stc
en: Burkina Faso's junta leader Ibrahim Traore accused Ivory Coast of harbouring plotters seeking to overthrow him. Ivorian authorities rejected the accusation. Ghana, which mediates between Ouagadougou and its neighbours, called for dialogue.
= ibrahim-traore leads burkina-faso
! ghana allied burkina-faso
! burkina-faso opposed cote-d-ivoire
en?: A Russian court sentenced in absentia the Azov regiment's commander to 20 years in prison. Russia has designated the unit, part of Ukraine's National Guard, a terrorist organisation. Azov fighters defended Mariupol in 2022.
= russia opposed azov-brigade
# dense news paragraphs, French, second batch
fr: Des hommes armés présumés de l'État islamique en Afrique de l'Ouest ont tué quinze agriculteurs près de Maiduguri, capitale de l'État de Borno. Le gouverneur Babagana Zulum s'est rendu sur place. L'armée nigériane affirme poursuivre les assaillants, et le Cameroun a fermé un poste frontière.
! iswap opposed nigeria
! cameroon opposed nigeria
! cameroon opposed iswap
fr?: Une frappe de drone de l'armée soudanaise a touché un marché de Nyala, selon les FSR, faisant des dizaines de morts. Le groupe paramilitaire, dirigé par Mohamed Hamdan Daglo, contrôle la majeure partie du Darfour. Le Tchad et la Libye, frontaliers de la région, ont vu affluer des réfugiés.
= sudan opposed rsf h
= mohamed-hamdan-dagalo leads rsf
! chad allied rsf
! libya allied rsf
fr?: S'exprimant à Kigali, le ministre rwandais des Affaires étrangères Olivier Nduhungirehe a affirmé que son pays ne retirerait pas ses mesures défensives à la frontière avec la RDC. Le Qatar accueille des pourparlers entre Kinshasa et le M23. Les États-Unis ont parrainé en juin un accord distinct entre le Rwanda et la RDC.
= dr-congo opposed m23
! qatar allied m23
! qatar allied dr-congo
! united-states allied rwanda
! united-states allied dr-congo
fr?: Le chef du Hamas Yahya Sinouar a été tué par des soldats israéliens à Rafah en octobre 2024, selon l'armée israélienne. Son frère Mohammed Sinouar a pris la tête de la branche armée. L'Iran a promis de le venger.
= yahya-sinwar leads hamas
= hamas opposed israel
! iran opposed israel
fr?: Selon un rapport d'experts de l'ONU, les Émirats arabes unis ont fourni des armes aux FSR via des pistes d'atterrissage dans l'est du Tchad. Abou Dhabi a rejeté le rapport. L'armée soudanaise a saisi la Cour internationale de justice contre les Émirats.
= united-arab-emirates supplies rsf h
= sudan opposed united-arab-emirates
! chad supplies rsf
! icj opposed united-arab-emirates
fr?: Le président de la transition malienne Assimi Goïta a affirmé à Bamako que l'armée avait repris Kidal aux rebelles du CSP. L'Africa Corps russe, qui a remplacé Wagner en juin, a participé à l'opération. L'Algérie, ancienne médiatrice, a critiqué l'offensive.
= assimi-goita leads mali
= csp-dpa opposed mali
= africa-corps allied mali
= africa-corps opposed csp-dpa
! algeria opposed mali
fr: Des milliers de personnes ont manifesté samedi à Niamey pour réclamer le départ des troupes américaines. Des manifestants brandissaient des drapeaux russes. Le porte-parole de la junte, le colonel Amadou Abdramane, a lu un communiqué à la télévision.
! niger opposed united-states
! niger allied russia
fr?: Le renseignement militaire ukrainien affirme qu'un soldat nord-coréen capturé dans la région de Koursk avait été formé en Russie. Kiev a proposé de l'échanger contre des prisonniers ukrainiens. Le service de renseignement sud-coréen a confirmé la capture.
= russia trains north-korea h
! south-korea opposed north-korea
fr: L'armée israélienne a affirmé avoir tué un commandant du Hezbollah dans une frappe sur la banlieue sud de Beyrouth mardi. Le Premier ministre libanais Nawaf Salam a condamné une violation du cessez-le-feu. La France et les États-Unis, parrains de la trêve, ont appelé au calme.
= hezbollah opposed israel
= nawaf-salam leads lebanon
! israel opposed lebanon
! france allied hezbollah
fr: L'Armée d'Arakan est l'un des trois membres de l'Alliance des trois fraternités, avec la TNLA et la MNDAA. La Chine a fait pression sur l'alliance pour qu'elle cesse son offensive. L'Inde, frontalière de l'Arakan, est restée silencieuse.
= arakan-army member_of three-brotherhood-alliance
= tnla member_of three-brotherhood-alliance
= mndaa member_of three-brotherhood-alliance
! china opposed three-brotherhood-alliance
fr: Le président turc Recep Tayyip Erdogan a reçu à Ankara les dirigeants somalien et éthiopien, qui ont accepté de mettre fin à leur différend sur le Somaliland. L'accord a été salué par l'Union africaine et les États-Unis. Les Chebab l'ont dénoncé.
= recep-tayyip-erdogan leads turkey
! turkey allied somalia
! turkey allied ethiopia
! al-shabaab opposed turkey
fr?: Des drones de fabrication chinoise utilisés par les FSR ont frappé Port-Soudan en mai, selon Amnesty International. Le gouvernement soutenu par l'armée s'y était installé en 2023. L'Arabie saoudite et l'Égypte ont condamné les attaques.
= china supplies rsf h
= rsf opposed sudan h
! saudi-arabia opposed rsf
! egypt opposed rsf
fr: Une frappe de drone américaine a tué un haut responsable d'Al-Qaïda à Idleb, province du nord-ouest de la Syrie contrôlée par Hayat Tahrir al-Cham, a indiqué le Pentagone. HTS, autrefois affilié à Al-Qaïda, a rompu avec le réseau en 2016. La Turquie maintient des postes d'observation dans la zone.
= united-states opposed al-qaeda
= hts member_of al-qaeda n
! united-states opposed hts
! turkey allied hts
fr: Le cessez-le-feu entre Israël et le Hezbollah, négocié par les États-Unis et la France en novembre, a globalement tenu. Israël occupe toujours cinq collines dans le sud du Liban. L'armée libanaise s'est déployée dans le sud.
= hezbollah opposed israel
! israel opposed united-states
! france opposed hezbollah
fr?: Le ministre russe de la Défense Andreï Belooussov s'est rendu à Pyongyang où il a rencontré Kim Jong-un, selon les médias d'État nord-coréens. Les deux pays ont signé un traité de défense mutuelle en juin 2024. L'Ukraine et la Corée du Sud affirment que la Corée du Nord a fourni des obus d'artillerie à la Russie.
! kim-jong-un leads north-korea
= north-korea allied russia
= north-korea supplies russia h
fr?: Au Burkina Faso, les VDP, supplétifs civils de l'armée, sont accusés par Human Rights Watch d'avoir tué des civils à Solenzo. L'armée a démenti. Le JNIM recrute parmi les communautés peules visées par la milice.
= burkina-faso allied vdp
! human-rights-watch opposed vdp
! jnim allied vdp
fr?: Le conseil présidentiel de transition haïtien a nommé Alix Didier Fils-Aimé Premier ministre en novembre. La coalition de gangs Viv Ansanm, dirigée par Jimmy Chérizier, a depuis attaqué plusieurs villes. Les États-Unis ont désigné la coalition comme organisation terroriste.
= alix-didier-fils-aime leads haiti
= jimmy-cherizier leads viv-ansanm
= united-states opposed viv-ansanm
! haiti allied viv-ansanm
fr?: Les Gardiens de la révolution iraniens ont saisi un pétrolier transportant du carburant de contrebande venu d'Irak. Les États-Unis sanctionnent les Gardiens depuis 2019. Bagdad a démenti que le navire lui appartenait.
= iran opposed united-states
! iran opposed iraq
fr?: L'armée congolaise et les miliciens wazalendo, ses alliés, ont repris la localité de Walikale au M23, selon des habitants. Kinshasa accuse Kigali d'avoir déployé 4 000 soldats aux côtés des rebelles. Le Burundi a également envoyé des troupes pour aider la RDC.
= dr-congo allied wazalendo h
= dr-congo opposed m23 h
= wazalendo opposed m23 h
= m23 allied rwanda h
= burundi allied dr-congo
fr?: Le Pakistan et l'Afghanistan ont échangé des tirs dimanche au poste frontière de Torkham. Le TTP a revendiqué la veille une attaque contre un poste de contrôle dans la province de Khyber. Le Qatar et la Turquie ont négocié une trêve en octobre.
= afghanistan opposed pakistan
= pakistan opposed ttp
! qatar opposed pakistan
! turkey opposed afghanistan
fr: Le Premier ministre éthiopien Abiy Ahmed a assuré devant le Parlement que son pays n'avait pas l'intention d'envahir l'Érythrée. Le président érythréen Isaias Afwerki a mobilisé des troupes. L'Égypte a signé un pacte de défense avec l'Érythrée en octobre.
= abiy-ahmed leads ethiopia
= isaias-afwerki leads eritrea
= egypt allied eritrea
! ethiopia opposed eritrea
fr?: L'armée colombienne a tué dix dissidents des FARC de l'État-major central dans le Cauca, selon le ministère de la Défense. Le groupe dirigé par Iván Mordisco a attaqué des commissariats dans tout le sud-ouest. L'Équateur a déployé des troupes à la frontière.
= colombia opposed farc-emc
= ivan-mordisco leads farc-emc
! ecuador opposed farc-emc
fr?: Les Houthis ont revendiqué une attaque de drone contre le port israélien d'Eilat et affirmé avoir abattu un drone américain MQ-9 au-dessus du Yémen. Israël a frappé le port de Hodeïda en représailles. L'Arabie saoudite, qui observe une trêve avec le groupe depuis 2022, n'a pas réagi.
= houthis opposed israel
= houthis opposed united-states
= houthis opposed saudi-arabia
! israel opposed yemen
fr: Vingt soldats nigériens ont été tués lorsque leur convoi a sauté sur un engin explosif dans la région de Tillabéri, près de la frontière malienne, selon le ministère de la Défense. L'attaque n'a pas été revendiquée, mais l'État islamique au Sahel opère dans la zone. Le Niger a depuis fermé sa frontière avec le Bénin.
= benin opposed niger
! islamic-state-sahel opposed niger
! mali opposed niger
fr?: Moscou fournit à la Centrafrique des instructeurs et des armes, selon des responsables à Bangui. Le président Touadéra a obtenu un troisième mandat lors d'un référendum boycotté par l'opposition. La France a suspendu son aide budgétaire en 2021.
= russia supplies central-african-republic h
= russia trains central-african-republic h
= faustin-archange-touadera leads central-african-republic
! france opposed central-african-republic
fr?: Les forces de défense kényanes ont tué six militants chebab dans la forêt de Boni, selon l'armée. Le groupe a aussi attaqué des troupes somaliennes dans le Bas-Chébéli. L'Ouganda, le Burundi et l'Éthiopie ont également des soldats en Somalie.
= al-shabaab opposed kenya
= al-shabaab opposed somalia
! uganda opposed al-shabaab
fr?: Le secrétaire général du Hezbollah Naïm Qassem a affirmé que le groupe ne désarmerait pas tant qu'Israël occuperait des terres libanaises. L'Iran, qui finance le mouvement, a perdu sa route terrestre à travers la Syrie depuis la chute de Bachar al-Assad. Le président libanais Joseph Aoun souhaite que l'État ait le monopole des armes.
= naim-qassem leads hezbollah
= hezbollah opposed israel
= iran supplies hezbollah
= joseph-aoun leads lebanon
! iran opposed syria
fr?: Les rebelles de la TNLA ont rendu la ville de Mogok à l'armée birmane dans le cadre d'un cessez-le-feu négocié par la Chine. La junte bombarde les zones tenues par les Forces de défense du peuple, alliées du gouvernement d'unité nationale. La Thaïlande a accueilli des discussions entre les deux camps.
= myanmar opposed tnla
= myanmar opposed peoples-defence-force
= national-unity-government allied peoples-defence-force
! china opposed tnla
! thailand allied myanmar
fr: Le fondateur de Wagner, Evguéni Prigojine, est mort dans un accident d'avion au nord de Moscou en août 2023, deux mois après sa mutinerie contre l'état-major russe. Le Kremlin a nié toute implication. La Biélorussie avait brièvement accueilli ses combattants.
= yevgeny-prigozhin leads wagner-group
= yevgeny-prigozhin opposed russia
! belarus allied wagner-group
fr?: La police de Mogadiscio a arrêté trois hommes soupçonnés de préparer des attentats pour les Chebab, selon le gouvernement. Le groupe, affilié à Al-Qaïda, a commis en mars un attentat à la bombe contre un hôtel de la capitale. La mission de l'ONU n'a pas été visée.
= somalia opposed al-shabaab
= al-shabaab member_of al-qaeda
! al-shabaab opposed united-nations
fr?: L'Ukraine a utilisé des missiles ATACMS de fabrication américaine pour frapper un aérodrome de la région russe de Koursk, selon le ministère russe de la Défense. Washington a autorisé leur utilisation en novembre. L'Allemagne refuse d'envoyer ses missiles Taurus.
= united-states supplies ukraine
= russia opposed ukraine h
! germany supplies ukraine
fr: Le président du Somaliland Abdirahman Irro s'est dit prêt à accueillir une base militaire américaine à Berbera. La république autoproclamée cherche à être reconnue par Washington. La Somalie a rejeté l'idée.
= abdirahman-cirro leads somaliland
! somaliland allied united-states
! somalia opposed somaliland
fr: Les combattants du JNIM ont imposé un blocus à Kayes et attaqué des convois de carburant escortés par l'armée en route vers Bamako depuis le Sénégal et la Côte d'Ivoire, selon l'armée. Des chauffeurs maliens ont été tués. Le Sénégal a exhorté l'Alliance des États du Sahel à sécuriser le corridor.
= jnim opposed mali h
! jnim opposed senegal
! jnim opposed cote-d-ivoire
fr?: Le ministre israélien de la Défense Israël Katz a annoncé que l'armée avait frappé des cibles houthies à l'aéroport de Sanaa. Le directeur de l'Organisation mondiale de la santé se trouvait à l'aéroport mais est indemne. L'ONU a condamné l'attaque.
= houthis opposed israel
! israel opposed world-health-organization
! israel opposed united-nations
fr: Des soldats érythréens ont combattu aux côtés des forces fédérales éthiopiennes contre le TPLF pendant la guerre du Tigré de 2020 à 2022, selon des organisations de défense des droits humains. L'Union africaine a négocié l'accord de Pretoria qui a mis fin à la guerre. Le TPLF s'est depuis divisé en factions rivales.
= eritrea allied ethiopia h
= eritrea opposed tplf h
= ethiopia opposed tplf h
! african-union opposed tplf
fr: L'armée libanaise a pris le contrôle de dépôts d'armes du Hezbollah au sud du Litani, selon une source militaire. Les États-Unis ont accru leur aide militaire à l'armée libanaise. Israël estime que l'armée n'en fait pas assez.
= united-states supplies lebanon
! israel opposed lebanon
fr?: Le groupe russe Wagner a recruté des détenus pour combattre en Ukraine, où il a pris Bakhmout en mai 2023. L'armée ukrainienne affirme que Wagner a subi de lourdes pertes. La Syrie et la Libye ont également accueilli des combattants de Wagner.
= wagner-group opposed ukraine
! syria allied wagner-group
! libya allied wagner-group
fr: Le chef du gouvernement intérimaire du Bangladesh Muhammad Yunus a rencontré le chef de la junte birmane Min Aung Hlaing à Bangkok, en marge d'un sommet régional. L'Armée d'Arakan contrôle la majeure partie de la frontière avec le Bangladesh. Le groupe rohingya ARSA a affronté l'Armée d'Arakan.
= muhammad-yunus leads bangladesh
= min-aung-hlaing leads myanmar
= arakan-army opposed arsa
! bangladesh opposed arakan-army
fr?: Des drones ukrainiens ont frappé une raffinerie dans la région russe de Saratov, selon le gouverneur. Le Kazakhstan a signalé des perturbations de ses exportations de pétrole. La Hongrie, dépendante du pétrole russe, a protesté auprès de Kiev.
= russia opposed ukraine h
! kazakhstan opposed ukraine
! hungary opposed ukraine
fr?: Le Conseil de transition du Sud, soutenu par les Émirats arabes unis, a pris le contrôle de la province du Hadramaout aux forces loyales au gouvernement appuyé par Riyad. L'Arabie saoudite a dénoncé une escalade. Les Houthis ne sont pas impliqués.
= stc allied united-arab-emirates
= saudi-arabia allied yemen
= stc opposed yemen
! houthis opposed stc
fr: Le chef de la junte burkinabè Ibrahim Traoré a accusé la Côte d'Ivoire d'abriter des comploteurs. Abidjan a rejeté l'accusation. Le Ghana, médiateur entre Ouagadougou et ses voisins, a appelé au dialogue.
= ibrahim-traore leads burkina-faso
! ghana allied burkina-faso
! burkina-faso opposed cote-d-ivoire
fr?: Un tribunal russe a condamné par contumace le commandant du régiment Azov à vingt ans de prison. La Russie a désigné l'unité, rattachée à la Garde nationale ukrainienne, comme organisation terroriste. Les combattants d'Azov ont défendu Marioupol en 2022.
= russia opposed azov-brigade
fr?: La Mauritanie a accueilli des dizaines de milliers de réfugiés maliens fuyant les combats entre l'armée malienne et les groupes jihadistes. Nouakchott reste membre du G5 Sahel dissous. Le Maroc a proposé aux pays du Sahel un accès à l'Atlantique.
= mauritania member_of g5-sahel
! mauritania allied mali
! morocco allied mali
fr: Les forces de l'ordre sénégalaises ont arrêté des ressortissants maliens soupçonnés d'appartenir au JNIM, a annoncé le parquet de Dakar. Le Sénégal partage une longue frontière avec le Mali. Bamako n'a pas réagi.
! senegal opposed mali
! jnim opposed senegal
fr?: Le Tchad a repoussé une incursion de rebelles du FACT venus de Libye, a indiqué l'état-major tchadien. Le groupe est basé dans le sud libyen, où il a combattu aux côtés des forces du maréchal Haftar. La Libye a démenti abriter des rebelles tchadiens.
= chad opposed fact
= fact allied lna
= fact allied libya n
! chad opposed libya
fr: La Russie a livré des avions de combat Su-24 au Niger, a annoncé la télévision nationale nigérienne. L'Iran et la Turquie ont également conclu des contrats d'armement avec Niamey. La France, ancien partenaire, n'est plus présente dans le pays.
= russia supplies niger
! iran supplies niger
! turkey supplies niger
`
