package gen

import (
	"fmt"
	"math/rand/v2"

	"github.com/actorgraph/actorgraph/graph"
)

// English templates. A is the source of a directed relation, B its target.
// Written for actorgraph; actors and trigger phrases come from the lexicon.

var enLang = rawLang{
	code: "en",
	and:  "and",
	rels: []relTmpl{
		// supplies
		{typ: graph.Supplies, voice: active, text: "{D,}{A}{adv} {T} {O} to {B}.", trig: []string{"supplied", "delivered", "provided", "sold", "shipped", "sent", "transferred"}},
		{typ: graph.Supplies, voice: active, text: "{A} {has} {T} {O} to {B}{D}.", trig: []string{"supplied", "delivered", "provided", "sold", "sent"}},
		{typ: graph.Supplies, voice: active, text: "{A}{adv} {T} {B} with {O}{D}.", trig: []string{"supplied", "armed", "equipped"}},
		{typ: graph.Supplies, voice: active, text: "{A}{adv} {T} {B}{D}.", trig: []string{"financed", "funded", "bankrolled", "armed"}},
		{typ: graph.Supplies, voice: active, text: "{A} {v:is|are} the main {T} of {O} to {B}.", trig: []string{"supplier"}},
		{typ: graph.Supplies, voice: active, text: "{A} {v:continues|continue} to {T} {O} to {B}.", trig: []string{"supply", "deliver", "provide", "sell"}},
		{typ: graph.Supplies, voice: active, text: "{D,}{A} {v:has|have} signed a contract for the {T} of {O} to {B}.", trig: []string{"delivery", "sale"}},
		{typ: graph.Supplies, voice: active, text: "{B} {be} {T} with {O} by {A}{D}.", subj: 'B', trig: []string{"supplied", "armed"}},
		{typ: graph.Supplies, voice: passive, text: "{B} {has} {T} {O} from {A}{D}.", subj: 'B', trig: []string{"received", "acquired", "bought", "purchased", "obtained", "imported"}},
		{typ: graph.Supplies, voice: passive, text: "{D,}{B}{adv} {T} {O} from {A}.", subj: 'B', trig: []string{"received", "acquired", "bought", "purchased", "imported"}},
		{typ: graph.Supplies, voice: passive, text: "{B}{adv} took delivery of {O} from {A}{D}.", subj: 'B'},
		{typ: graph.Supplies, voice: passive, text: "{B} {be} {T} {O} by {A}{D}.", subj: 'B', trig: []string{"equipped with"}},
		{typ: graph.Supplies, voice: passive, text: "{B} {v:has|have} deployed {O} {T} {A}.", subj: 'B', trig: []string{"supplied by", "delivered by", "provided by", "sold by"}},
		{typ: graph.Supplies, voice: passive, text: "{B}, {T} {A}, {tail}.", subj: 'B', trig: []string{"financed by", "funded by"}},
		{typ: graph.Supplies, voice: active, neg: true, text: "{A} denied {T} {O} to {B}.", trig: []string{"supplying", "delivering", "providing", "selling", "sending"}},
		{typ: graph.Supplies, voice: active, neg: true, text: "{A} {v:denies|deny} {T} {B}.", trig: []string{"arming"}},
		{typ: graph.Supplies, voice: passive, neg: true, text: "{B} denied {T} {O} from {A}.", subj: 'B', trig: []string{"receiving"}},
		{typ: graph.Supplies, voice: active, neg: true, hedge: true, text: "{A} rejected accusations that it had {T} {O} to {B}.", trig: []string{"supplied", "delivered", "sold"}},

		// trains
		{typ: graph.Trains, voice: active, text: "{A}{adv} {T} {B}{D}.", trig: []string{"trained", "instructed", "mentored", "drilled"}},
		{typ: graph.Trains, voice: active, text: "{A} {has} {T} {B}{D}.", trig: []string{"trained"}},
		{typ: graph.Trains, voice: active, text: "{A} {v:has|have} been {T} {B} since {Y}.", trig: []string{"training"}},
		{typ: graph.Trains, voice: active, text: "{A} {T} {B} at a base near {town}.", trig: []string{"trains|train"}},
		{typ: graph.Trains, voice: active, text: "{D,}{A} deployed instructors to {T} {B}.", trig: []string{"train"}},
		{typ: graph.Trains, voice: passive, text: "{B} {be} {T} {A}{D}.", subj: 'B', trig: []string{"trained by", "instructed by", "mentored by"}},
		{typ: graph.Trains, voice: passive, text: "{B}, {T} {A}, {tail}.", subj: 'B', trig: []string{"trained by"}},
		{typ: graph.Trains, voice: passive, text: "{D,}officers from {B} were {T} instructors from {A}.", req: "A:state A:name", trig: []string{"trained by"}},
		{typ: graph.Trains, voice: active, neg: true, text: "{A} {v:denies|deny} {T} {B}.", trig: []string{"training"}},
		{typ: graph.Trains, voice: active, neg: true, hedge: true, text: "{A} rejected accusations that it had {T} {B}.", trig: []string{"trained"}},

		// allied
		{typ: graph.Allied, voice: active, text: "{A}{adv} {T} {B}{D}.", trig: []string{"backed", "supported"}},
		{typ: graph.Allied, voice: active, text: "{A} {v:is|are} a close {T} of {B}.", trig: []string{"ally", "partner"}},
		{typ: graph.Allied, voice: active, text: "{A} {has} signed a {T} with {B}{D}.", trig: []string{"defence pact", "defence agreement", "defense agreement"}},
		{typ: graph.Allied, voice: active, text: "{A} {has} {T} {B}{D}.", trig: []string{"fought alongside"}},
		{typ: graph.Allied, voice: active, text: "{D,}cooperation between {A} and {B} has deepened.", req: "A:nodem B:nodem A:plain B:plain"},
		{typ: graph.Allied, voice: active, text: "{A}, a longtime {T} of {B}, {tail}.", trig: []string{"backer", "ally", "partner", "sponsor"}},
		{typ: graph.Allied, voice: active, text: "{A} {v:has stepped up its|have stepped up their} {T} {B}{D}.", trig: []string{"support for"}},
		{typ: graph.Allied, voice: active, neg: true, text: "{A} {v:denies|deny} {T} {B}.", trig: []string{"backing", "supporting"}},
		{typ: graph.Allied, voice: active, neg: true, hedge: true, text: "{A} rejected accusations that it had {T} {B}.", trig: []string{"backed", "supported"}},

		// opposed
		{typ: graph.Opposed, voice: active, text: "{A}{adv} {T} {B}{D}.", trig: []string{"attacked", "ambushed", "shelled", "bombed", "fought", "targeted", "battled"}},
		{typ: graph.Opposed, voice: active, text: "{A} {has} {T} {B}{D}.", trig: []string{"attacked", "fought", "targeted"}},
		{typ: graph.Opposed, voice: active, text: "{A} launched an offensive against {B}{D}."},
		{typ: graph.Opposed, voice: active, text: "{D,}fighting between {A} and {B} intensified near {town}.", req: "A:nodem B:nodem A:plain B:plain"},
		{typ: graph.Opposed, voice: active, text: "{A}{adv} clashed with {B} near {town}{D}."},
		{typ: graph.Opposed, voice: active, text: "{A} {v:has|have} been at war with {B} since {Y}."},
		{typ: graph.Opposed, voice: active, text: "{A} carried out drone strikes on positions held by {B}{D}."},
		{typ: graph.Opposed, voice: active, text: "{A} {v:is|are} a sworn {T} of {B}.", trig: []string{"enemy", "rival"}},
		{typ: graph.Opposed, voice: active, text: "{A} {be} {T} by {B}{D}.", trig: []string{"attacked", "targeted", "ambushed"}},
		{typ: graph.Opposed, voice: active, neg: true, text: "{A} denied {T} {B}.", trig: []string{"attacking", "targeting", "shelling", "bombing"}},

		// member_of
		{typ: graph.MemberOf, voice: active, text: "{A} {v:is a member|are members} of {B}.", req: "A:list"},
		{typ: graph.MemberOf, voice: active, text: "{A}{adv} {T} {B}{D}.", trig: []string{"joined"}},
		{typ: graph.MemberOf, voice: active, text: "{A} {has} {T} {B}{D}.", trig: []string{"joined"}},
		{typ: graph.MemberOf, voice: active, text: "{A} {v:is|are} an affiliate of {B}.", req: "A:armed_group|organisation|company"},
		{typ: graph.MemberOf, voice: active, text: "{A} {v:is|are} part of {B}."},
		{typ: graph.MemberOf, voice: active, text: "{A}{adv} pledged allegiance to {B}{D}.", req: "A:armed_group|person B:armed_group"},
		{typ: graph.MemberOf, voice: active, text: "{A}, a {T} {B}, {tail}.", req: "A:armed_group B:armed_group", trig: []string{"branch of", "faction of", "wing of"}},
		{typ: graph.MemberOf, voice: passive, text: "{B} {T} {A}.", subj: 'B', req: "A:list", trig: []string{"includes|-", "comprises|-"}},
		{typ: graph.MemberOf, voice: passive, text: "{B}, which brings together {A}, {tail}.", subj: 'B', req: "A:list B:sing"},
		{typ: graph.MemberOf, voice: active, neg: true, text: "{A} {v:denies|deny} being part of {B}."},

		// leads
		{typ: graph.Leads, voice: active, text: "{A}, the {T} {B}, {tail}.", req: "B:noinst", trig: []string{"leader of", "head of", "chief of", "commander of", "founder of"}},
		{typ: graph.Leads, voice: active, text: "{A}{adv} {T} {B}.", req: "B:noinst", trig: []string{"leads", "heads", "commands", "led", "headed"}},
		{typ: graph.Leads, voice: active, text: "{bare:B} {T} {A} {tail}.", req: "A:plain B:noinst", trig: []string{"President", "leader", "commander", "chief"}},
		{typ: graph.Leads, voice: passive, text: "{B}, {T} {A}, {tail}.", req: "B:noinst", subj: 'B', trig: []string{"led by", "headed by", "commanded by", "founded by", "run by", "ruled by"}},
		{typ: graph.Leads, voice: passive, text: "{B} {v:has|have} been {T} {A} since {Y}.", req: "B:noinst", subj: 'B', trig: []string{"led by", "headed by", "run by", "ruled by"}},
		{typ: graph.Leads, voice: passive, text: "{B}, under the command of {A}, {tail}.", req: "B:noinst", subj: 'B'},
		{typ: graph.Leads, voice: active, neg: true, text: "{A} denied being the {T} {B}.", req: "B:noinst", trig: []string{"leader of", "head of"}},
	},
	tails: []string{
		"called for calm",
		"addressed reporters in {town}",
		"promised new measures",
		"met community elders in {town}",
		"{v:has expanded its|have expanded their} presence in the region",
		"{v:is|are} expected to travel to {town}",
	},
	noise2: []string{
		"{A} and {B} held talks in {town}{D}.",
		"{cap:B} hosted a delegation from {A}{D}.",
		"{A} welcomed the decision by {B}.",
		"representatives of {A} and {B} attended a conference in {town}.",
		"{A} and {B} both called for restraint.",
		"{A} condemned the violence, as did {B}.",
		"{A} hosted a meeting that {B} also attended.",
		"the positions of {A} and {B} differ on the issue.",
		"{A} took note of the statement issued by {B}{D}.",
	},
	noise1: []string{
		"{A} {v:is|are} monitoring the situation closely, a spokesperson said.",
		"a spokesperson for {A} declined to comment.",
		"{A} announced an investigation{D}.",
		"the presence of {A} in the area remains discreet.",
		"{A} issued a statement late in the evening.",
	},
	filler: []string{
		"seasonal rains have made several roads around {town} impassable.",
		"fuel prices have risen by {pct}% in a year, traders say.",
		"more than {num} people have fled their villages since the start of the year.",
		"schools in the region have been closed for {n} months.",
		"the market in {town} reopened on Tuesday after weeks of closure.",
		"the millet harvest is expected to be {pct}% below average.",
		"temperatures topped {deg} degrees this week, making it harder to move aid.",
		"a curfew has been imposed in {town}.",
		"aid agencies put the number of displaced people at {num}.",
		"the defence budget reached {money} this year.",
		"phone networks were cut for {n} days.",
		"several local NGOs have denounced restrictions on access.",
		"the health ministry has recorded {smallnum} cholera cases.",
		"gold prices have hit a record high, fuelling artisanal mining.",
		"in {town}, residents queue from dawn to fetch water.",
		"the road linking {town} to {town} remains closed.",
		"about a dozen food trucks reached {town} on Monday.",
		"local authorities announced that the airport in {town} would reopen.",
		"the dry season started earlier than expected this year.",
		"herders complain that grazing land is becoming scarce.",
		"a bridge near {town} was washed away by floods.",
		"teachers are demanding {n} months of unpaid salaries.",
		"the local currency has lost {pct}% of its value since January.",
		"electricity is available only {n} hours a day in {town}.",
		"humanitarian flights were suspended for {n} weeks.",
	},
	quotes: []string{
		"“{quote},” {speaker} said.",
		"“{quote},” said {speaker}.",
		"“{quote}. We have to hold on,” {speaker} said.",
	},
	quoteTexts: []string{
		"The situation remains worrying",
		"We face a threat that keeps changing",
		"People are exhausted",
		"It will take time to rebuild trust",
		"We remain on alert",
		"Nobody knows what will happen next",
		"Every week brings more bad news",
		"We cannot go on like this",
		"The roads have become too dangerous",
		"We need help, now",
	},
	speakers: []string{
		"a security official who asked not to be named",
		"a diplomat based in the region",
		"a local councillor",
		"an officer speaking on condition of anonymity",
		"an aid worker",
		"a resident reached by phone",
	},
	captions: []string{
		"a patrol in the streets of {town} in {month} {year}.\n{credit}: {photog}/{agency}",
		"{dem:A} soldiers near {town}.\n{credit}: {photog}/{agency}",
		"displaced people in a camp on the outskirts of {town}.\n{credit}: {photog}/{agency}",
	},
	titles: []string{
		"{region}: {A} and {B} under scrutiny",
		"what we know about {A} and {B}",
		"{region}: new tensions around {A}",
		"{inregion}, {A} makes its move",
		"{A} and {B}: where things stand",
	},
	hedgeWraps: []string{"according to {src}, {S}.", "{S}, according to {src}.", "{S}, {src} claimed.", "{src} reported that {S}."},
	sources: []string{
		"security sources", "a confidential report", "several diplomats", "a panel of independent experts",
		"local sources", "a regional official", "witnesses", "an internal memo",
	},
	creditWords: []string{"Photo", "Image"},
	months:      [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	objects: []object{
		{text: "drones"}, {text: "Bayraktar TB2 drones"}, {text: "armoured vehicles"}, {text: "ammunition"},
		{text: "small arms"}, {text: "automatic rifles"}, {text: "artillery shells"}, {text: "anti-tank missiles"},
		{text: "air defence systems"}, {text: "radars"}, {text: "helicopters"}, {text: "light aircraft"},
		{text: "night-vision equipment"}, {text: "fuel"}, {text: "mortars"}, {text: "rockets"},
	},
	demHeads: []np{
		{text: "officials", pl: true}, {text: "forces", pl: true}, {text: "troops", pl: true},
		{text: "instructors", pl: true}, {text: "authorities", det: "the", pl: true},
	},
	civil:      "Mr.",
	militaryNP: np{text: "Gen."},
	thousands:  ",",
	decimal:    ".",
	regions: map[string][2]string{
		"sahel": {"Sahel", "in the Sahel"}, "sudan": {"Sudan", "in Sudan"},
		"great-lakes": {"Great Lakes", "in the Great Lakes region"}, "horn": {"Horn of Africa", "in the Horn of Africa"},
		"lake-chad": {"Lake Chad", "in the Lake Chad basin"}, "libya": {"Libya", "in Libya"},
		"ukraine": {"Ukraine", "in Ukraine"}, "middle-east": {"Middle East", "in the Middle East"},
		"west-africa": {"Gulf of Guinea", "in the Gulf of Guinea"}, "central-africa": {"Central Africa", "in Central Africa"},
		"mozambique": {"Cabo Delgado", "in Cabo Delgado"},
	},
	towns: map[string][]string{
		"sahel":          {"Gao", "Timbuktu", "Kidal", "Mopti", "Menaka", "Djibo", "Dori", "Tillaberi", "Agadez", "Segou"},
		"sudan":          {"El Fasher", "Omdurman", "Nyala", "El Geneina", "Wad Madani", "Kadugli"},
		"great-lakes":    {"Goma", "Bunia", "Beni", "Rutshuru", "Bukavu", "Uvira"},
		"horn":           {"Kismayo", "Baidoa", "Beledweyne", "Garissa", "Galkayo"},
		"lake-chad":      {"Maiduguri", "Diffa", "Bol", "Maroua", "Monguno"},
		"libya":          {"Benghazi", "Misrata", "Sirte", "Sebha", "Derna"},
		"ukraine":        {"Kharkiv", "Zaporizhzhia", "Kherson", "Odesa", "Dnipro"},
		"middle-east":    {"Hodeidah", "Marib", "Idlib", "Aleppo", "Taiz"},
		"west-africa":    {"Tanguieta", "Dapaong", "Bouna", "Kandi", "Bawku"},
		"central-africa": {"Bria", "Bambari", "Kaga-Bandoro", "Birao", "Bossangoa"},
		"mozambique":     {"Palma", "Mocimboa da Praia", "Pemba", "Macomia", "Montepuez"},
	},
	pol: map[string][3][2][]string{
		"has": {
			asserted: {{"has"}, {"have"}},
			hedged:   {{"has reportedly", "has allegedly", "is said to have", "is believed to have"}, {"have reportedly", "have allegedly", "are said to have", "are believed to have"}},
			negated:  {{"has not", "has never"}, {"have not", "have never"}},
		},
		"be": {
			asserted: {{"was"}, {"were"}},
			hedged:   {{"was reportedly", "was allegedly"}, {"were reportedly", "were allegedly"}},
			negated:  {{"was not", "was never"}, {"were not", "were never"}},
		},
		"adv": {
			asserted: {{""}, {""}},
			hedged:   {{" reportedly", " allegedly", " apparently"}, {" reportedly", " allegedly", " apparently"}},
			negated:  {{" never"}, {" never"}},
		},
	},
	outlets: []outlet{
		{"The Continental Monitor", "continental-monitor.example", false},
		{"Daily Frontline", "daily-frontline.example", true},
		{"Horn Observer", "horn-observer.example", false},
		{"The Savannah Post", "savannah-post.example", true},
		{"Global Security Review", "globalsecurity-review.example", false},
		{"The Lakes Herald", "lakes-herald.example", false},
		{"Desert Wire", "desert-wire.example", false},
		{"Atlas Dispatch", "atlas-dispatch.example", false},
		{"The Meridian Times", "meridian-times.example", false},
		{"Field Report Weekly", "field-report-weekly.example", false},
	},
	dateFmt: func(r *rand.Rand, d graph.Date, opening bool, months [12]string) string {
		switch {
		case d.Month == 0:
			return fmt.Sprintf("in %d", d.Year)
		case d.Day == 0:
			return fmt.Sprintf("in %s %d", months[d.Month-1], d.Year)
		case r.IntN(2) == 0:
			return fmt.Sprintf("on %d %s %d", d.Day, months[d.Month-1], d.Year)
		}
		return fmt.Sprintf("on %s %d, %d", months[d.Month-1], d.Day, d.Year)
	},
	moneyFmt: func(r *rand.Rand, ld *langData) string {
		if r.IntN(2) == 0 {
			return fmt.Sprintf("%d.%d billion dollars", 1+r.IntN(40), r.IntN(10))
		}
		return fmt.Sprintf("%s million dollars", ld.number(5+r.IntN(1900)))
	},
}
