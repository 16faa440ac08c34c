package gen

import (
	"fmt"
	"math/rand/v2"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// French templates. A is the source of a directed relation, B its target.
// Written for actorgraph; actors and trigger phrases come from the lexicon.

const (
	active  = lexicon.Active
	passive = lexicon.Passive
)

var frLang = rawLang{
	code: "fr",
	and:  "et",
	rels: []relTmpl{
		// supplies
		{typ: graph.Supplies, voice: active, text: "{D,}{A} {aux} {T} {O} {à:B}.", trig: []string{"livré", "fourni", "vendu", "envoyé", "transféré", "cédé"}},
		{typ: graph.Supplies, voice: active, text: "{A} {aux} {T} {O} {à:B}{D}.", trig: []string{"livré", "fourni", "vendu", "envoyé"}},
		{typ: graph.Supplies, voice: active, text: "{A} {T} régulièrement {O} {à:B}.", trig: []string{"livre|livrent", "fournit|fournissent", "vend|vendent", "envoie|envoient"}},
		{typ: graph.Supplies, voice: active, text: "{A} {aux} {T} {B} en {O:bare}{D}.", trig: []string{"approvisionné"}},
		{typ: graph.Supplies, voice: active, text: "{A} {aux} {T} {B}{D}.", trig: []string{"financé"}},
		{typ: graph.Supplies, voice: active, text: "{A} {T} {B} depuis {Y}.", trig: []string{"finance|financent", "approvisionne|approvisionnent"}},
		{typ: graph.Supplies, voice: active, text: "{A} {v:est|sont} le principal {T} {O:de} {à:B}.", trig: []string{"fournisseur"}},
		{typ: graph.Supplies, voice: active, text: "{A} {v:a|ont} annoncé la {T} {O:de} {à:B}{D}.", trig: []string{"livraison", "vente", "fourniture"}},
		{typ: graph.Supplies, voice: active, text: "{B} {etre} {T} en {O:bare} par {A}{D}.", subj: 'B', req: "A:nodem A:plain", trig: []string{"approvisionné|-|-|-", "financé|-|-|-"}},
		{typ: graph.Supplies, voice: passive, text: "{B} {aux} {T} {O} {de:A}{D}.", subj: 'B', trig: []string{"reçu", "importé"}},
		{typ: graph.Supplies, voice: passive, text: "{D,}{B} {aux} {T} {O} auprès {de:A}.", subj: 'B', trig: []string{"acquis", "acheté", "obtenu"}},
		{typ: graph.Supplies, voice: passive, text: "{B} {T} {O:de} {vO:acheté|achetée|achetés|achetées} {à:A}.", subj: 'B', trig: []string{"s'est doté|s'est dotée|-|-"}},
		{typ: graph.Supplies, voice: passive, text: "{B} {v:a|ont} déployé {O} de fabrication {demfs:A}.", subj: 'B', req: "A:state A:dem"}, // an origin (originRules), no trigger
		{typ: graph.Supplies, voice: passive, text: "{B} {etre} {T} {O:bare} {par:A}{D}.", subj: 'B', trig: []string{"équipé de|équipée de|équipés de|équipées de"}},
		{typ: graph.Supplies, voice: passive, text: "{B} {v:utilise|utilisent} {O} {T} {A}.", subj: 'B', tagree: 'O', trig: []string{"livré par|livrée par|livrés par|livrées par", "fourni par|fournie par|fournis par|fournies par", "vendu par|vendue par|vendus par|vendues par"}},
		{typ: graph.Supplies, voice: passive, text: "{B}, {T} {A}, {tail}.", subj: 'B', trig: []string{"financé par|financée par|financés par|-"}},
		{typ: graph.Supplies, voice: active, neg: true, text: "{A} {v:a démenti|ont démenti} avoir {T} {O} {à:B}.", trig: []string{"livré", "fourni", "vendu", "envoyé"}},
		{typ: graph.Supplies, voice: active, neg: true, text: "{A} {v:dément|démentent} toute {T} {O:de} {à:B}.", trig: []string{"livraison", "fourniture", "vente"}},
		{typ: graph.Supplies, voice: passive, neg: true, text: "{B} {v:nie|nient} avoir {T} {O} {de:A}.", subj: 'B', trig: []string{"reçu"}},

		// trains
		{typ: graph.Trains, voice: active, text: "{A} {aux} {T} {B}{D}.", trig: []string{"formé", "entraîné"}},
		{typ: graph.Trains, voice: active, text: "{A} {T} {B} depuis {Y}.", trig: []string{"entraîne|entraînent", "encadre|encadrent", "instruit|instruisent"}},
		{typ: graph.Trains, voice: active, text: "{D,}{A} {v:assure|assurent} la {T} {de:B}.", trig: []string{"formation"}},
		{typ: graph.Trains, voice: active, text: "{A} {v:a|ont} déployé des instructeurs pour {T} {B}{D}.", trig: []string{"entraîner"}},
		{typ: graph.Trains, voice: passive, text: "{B} {etre} {T} {A}{D}.", subj: 'B', trig: []string{"formé par|formée par|formés par|formées par", "entraîné par|entraînée par|entraînés par|entraînées par"}},
		{typ: graph.Trains, voice: passive, text: "{B}, {T} {A}, {tail}.", subj: 'B', trig: []string{"formé par|formée par|formés par|formées par", "entraîné par|entraînée par|entraînés par|entraînées par", "encadré par|-|encadrés par|-"}},
		{typ: graph.Trains, voice: passive, text: "{D,}plusieurs officiers {dem:B} ont été {T} {nodet:A}.", req: "B:state B:dem A:state A:en", trig: []string{"formés en"}},
		{typ: graph.Trains, voice: active, neg: true, text: "{A} {v:nie|nient} avoir {T} {B}.", trig: []string{"formé", "entraîné"}},

		// allied
		{typ: graph.Allied, voice: active, text: "{A} {T} {B}.", trig: []string{"soutient|soutiennent", "appuie|appuient"}},
		{typ: graph.Allied, voice: active, text: "{A} {aux} {T} {B}{D}.", trig: []string{"soutenu", "appuyé"}},
		{typ: graph.Allied, voice: active, text: "{A} {v:est un|est une|sont des|sont des} {T} {de:B}.", trig: []string{"allié|alliée|alliés|alliées"}},
		{typ: graph.Allied, voice: active, text: "{A} {v:se bat|se battent} aux côtés {de:B}.", req: "B:noelide"},
		{typ: graph.Allied, voice: active, text: "{D,}{A} {aux} signé un accord de défense avec {B}."},
		{typ: graph.Allied, voice: active, text: "{D,}le partenariat entre {A} et {B} s'est renforcé.", req: "A:nodem B:nodem A:plain B:plain"},
		{typ: graph.Allied, voice: active, text: "{A} {v:a réaffirmé son|ont réaffirmé leur} soutien {à:B}{D}."},
		{typ: graph.Allied, voice: active, text: "{A}, partenaire de longue date {de:B}, {tail}."},
		{typ: graph.Allied, voice: active, neg: true, text: "{A} {v:dément|démentent} tout soutien {à:B}."},
		{typ: graph.Allied, voice: active, neg: true, text: "{A} {v:nie|nient} avoir {T} {B}.", trig: []string{"soutenu", "appuyé"}},

		// opposed
		{typ: graph.Opposed, voice: active, text: "{A} {aux} {T} {B}{D}.", trig: []string{"attaqué", "combattu", "affronté", "bombardé", "visé", "ciblé"}},
		{typ: graph.Opposed, voice: active, text: "{D,}des affrontements entre {A} et {B} ont fait plusieurs morts près {de:town}.", req: "A:nodem B:nodem A:plain B:plain"},
		{typ: graph.Opposed, voice: active, text: "{A} {v:a|ont} lancé une offensive contre {B}{D}."},
		{typ: graph.Opposed, voice: active, text: "{A} {v:combat|combattent} {B} dans la région {de:town}.", req: "B:art"},
		{typ: graph.Opposed, voice: active, text: "{A} {v:est|sont} en guerre contre {B} depuis {Y}."},
		{typ: graph.Opposed, voice: active, text: "{D,}les combats entre {A} et {B} se sont intensifiés.", req: "A:nodem B:nodem A:plain B:plain"},
		{typ: graph.Opposed, voice: active, text: "{A} {aux} repoussé une attaque {de:B}{D}."},
		{typ: graph.Opposed, voice: active, text: "{A} {v:a|ont} tendu une embuscade {à:B} près {de:town}{D}."},
		{typ: graph.Opposed, voice: active, text: "{A} {etre} {T} {par:B}{D}.", trig: []string{"attaqué|attaquée|attaqués|-", "visé|-|-|-"}},
		{typ: graph.Opposed, voice: active, neg: true, text: "{A} {v:a démenti|ont démenti} avoir {T} {B}.", trig: []string{"attaqué", "bombardé", "visé", "ciblé"}},

		// member_of
		{typ: graph.MemberOf, voice: active, text: "{A} {v:est membre|sont membres} {de:B}.", req: "A:list B:sing B:noelide"},
		{typ: graph.MemberOf, voice: active, text: "{A} {aux} rejoint {B}{D}."},
		{typ: graph.MemberOf, voice: active, text: "{A} {v:a fait|ont fait} allégeance {à:B}{D}.", req: "A:armed_group|person B:armed_group B:noau"},
		{typ: graph.MemberOf, voice: active, text: "{A} fait partie {de:B}.", req: "A:sing B:sing B:noelide"},
		{typ: graph.MemberOf, voice: active, text: "{A} est une composante {de:B}.", req: "A:armed_group|organisation A:sing B:sing B:noelide"},
		{typ: graph.MemberOf, voice: active, text: "{A} {v:opère|opèrent} au sein {de:B}.", req: "A:armed_group|person|company B:sing B:noelide"},
		{typ: graph.MemberOf, voice: passive, text: "{B} {T} {A}.", subj: 'B', req: "A:list B:sing", trig: []string{"regroupe", "rassemble", "comprend", "réunit", "fédère"}},
		{typ: graph.MemberOf, voice: passive, text: "{B}, {T} {A}, {tail}.", subj: 'B', req: "A:list", trig: []string{"regroupant", "rassemblant", "comprenant"}},
		{typ: graph.MemberOf, voice: active, neg: true, text: "{A} {v:nie|nient} être membre {de:B}.", req: "A:sing B:sing B:noelide"},

		// leads
		{typ: graph.Leads, voice: active, text: "{A}, chef {de:B}, {tail}.", req: "B:noelide B:noinst"},
		{typ: graph.Leads, voice: active, text: "{A} {T} {B} depuis {Y}.", req: "B:noinst", trig: []string{"dirige|dirigent"}},
		{typ: graph.Leads, voice: active, text: "{A}, à la tête {de:B} depuis {Y}, {tail}.", req: "B:sing B:noelide B:noinst"},
		{typ: graph.Leads, voice: active, text: "{A}, président {de:B}, {tail}.", req: "B:sing B:noelide B:noinst"},
		{typ: graph.Leads, voice: active, text: "{D,}{A} {v:a été nommé|ont été nommés} à la tête {de:B}.", req: "B:sing B:noelide B:noinst"},
		{typ: graph.Leads, voice: passive, text: "{B}, {T} {A}, {tail}.", req: "B:noinst", subj: 'B', trig: []string{"dirigé par|dirigée par|dirigés par|dirigées par", "commandé par|commandée par|commandés par|-", "présidé par|présidée par|-|-"}},
		{typ: graph.Leads, voice: passive, text: "{B} {v:est|sont} {T} {A} depuis {Y}.", req: "B:noinst", subj: 'B', trig: []string{"dirigé par|dirigée par|dirigés par|dirigées par", "commandé par|commandée par|commandés par|-"}},
		{typ: graph.Leads, voice: passive, text: "{B}, sous la direction {de:A}, {tail}.", subj: 'B', req: "A:noelide A:plain B:noinst"},
		{typ: graph.Leads, voice: active, neg: true, text: "{A} {v:nie|nient} être à la tête {de:B}.", req: "B:sing B:noelide B:noinst"},
	},
	tails: []string{
		"{v:a|ont} appelé au calme",
		"{v:s'est exprimé|s'est exprimée|se sont exprimés|se sont exprimées} devant la presse",
		"{v:a|ont} promis de nouvelles mesures",
		"{v:a|ont} rencontré des notables locaux à {town}",
		"{v:a étendu son|ont étendu leur} influence dans la région",
		"{v:s'est rendu|s'est rendue|se sont rendus|se sont rendues} à {town}",
	},
	noise2: []string{
		"{A} et {B} ont tenu une réunion à {town}{D}.",
		"{cap:B} {v:a|ont} accueilli une délégation {de:A}{D}.",
		"{A} {v:a|ont} salué la décision {de:B}.",
		"des représentants {de:A} et {de:B} ont participé à une conférence à {town}.",
		"{A} et {B} ont appelé à la retenue.",
		"{A} {v:a|ont} condamné les violences, tout comme {B}.",
		"{A} {v:a|ont} accueilli une rencontre à laquelle {B} {vB:a|ont} aussi assisté.",
		"les positions {de:A} et {de:B} divergent sur ce dossier.",
		"{A} {v:a|ont} pris acte de la déclaration {de:B}{D}.",
	},
	noise1: []string{
		"{A} {v:suit|suivent} de près l'évolution de la situation, a indiqué un porte-parole.",
		"interrogé, un porte-parole {de:A} s'est refusé à tout commentaire.",
		"{A} {v:a|ont} annoncé l'ouverture d'une enquête{D}.",
		"la présence {de:A} dans la zone reste discrète.",
		"{A} {v:a|ont} publié un communiqué dans la soirée.",
	},
	filler: []string{
		"les pluies de la saison ont rendu plusieurs routes impraticables autour {de:town}.",
		"le prix du carburant a augmenté de {pct} % en un an, d'après les commerçants.",
		"plus de {num} personnes ont fui leurs villages depuis le début de l'année.",
		"les écoles de la région restent fermées depuis {n} mois.",
		"le marché {de:town} a rouvert mardi après plusieurs semaines de fermeture.",
		"la récolte de mil devrait être inférieure de {pct} % à la moyenne.",
		"les températures ont dépassé {deg} degrés cette semaine, compliquant l'acheminement de l'aide.",
		"un couvre-feu a été instauré dans la ville {de:town}.",
		"les organisations humanitaires estiment à {num} le nombre de déplacés.",
		"le budget de la défense a atteint {money} cette année.",
		"les communications téléphoniques ont été coupées pendant {n} jours.",
		"plusieurs ONG locales dénoncent des restrictions d'accès.",
		"le ministère de la Santé a recensé {smallnum} cas de choléra.",
		"les cours de l'or ont atteint un niveau record, dopant l'orpaillage artisanal.",
		"à {town}, les habitants font la queue dès l'aube pour puiser de l'eau.",
		"la route reliant {town} à {town} reste coupée.",
		"une dizaine de camions de vivres sont arrivés à {town} lundi.",
		"les autorités locales ont annoncé la réouverture de l'aéroport {de:town}.",
		"la saison sèche a commencé plus tôt que prévu cette année.",
		"les éleveurs se plaignent de la raréfaction des pâturages.",
		"un pont a été emporté par la crue près {de:town}.",
		"les enseignants réclament le paiement de {n} mois d'arriérés de salaire.",
		"la monnaie locale a perdu {pct} % de sa valeur depuis janvier.",
		"l'électricité n'est disponible que {n} heures par jour à {town}.",
		"les rotations aériennes humanitaires ont été suspendues pendant {n} semaines.",
	},
	quotes: []string{
		"« {quote} », a déclaré {speaker}.",
		"« {quote} », confie {speaker}.",
		"« {quote}. Il faut tenir », résume {speaker}.",
	},
	quoteTexts: []string{
		"La situation reste préoccupante",
		"Nous faisons face à une menace qui évolue sans cesse",
		"Les populations sont épuisées",
		"Il faudra du temps pour rétablir la confiance",
		"Nous restons mobilisés",
		"Personne ne sait ce qui va se passer",
		"Chaque semaine apporte son lot de mauvaises nouvelles",
		"On ne peut pas continuer comme ça",
		"Les routes sont devenues trop dangereuses",
		"Nous avons besoin d'aide, maintenant",
	},
	speakers: []string{
		"un responsable sécuritaire sous couvert d'anonymat",
		"un diplomate en poste dans la région",
		"un élu local",
		"un officier qui a requis l'anonymat",
		"une source humanitaire",
		"un habitant joint par téléphone",
	},
	captions: []string{
		"une patrouille dans les rues {de:town}, en {month} {year}.\n{credit} : {photog}/{agency}",
		"des soldats {dem:A} près {de:town}.\n{credit} : {photog}/{agency}",
		"des déplacés dans un camp aux abords {de:town}.\n{credit} : {photog}/{agency}",
	},
	titles: []string{
		"{region} : {A} et {B}, une relation sous surveillance",
		"{region} : le rôle {de:A} en question",
		"ce que l'on sait des liens entre {A} et {B}",
		"{region} : nouvelles tensions autour {de:A}",
		"{inregion}, {A} avance ses pions",
		"{A} face à {B} : le point sur la situation",
	},
	hedgeWraps: []string{"selon {src}, {S}.", "{S}, selon {src}.", "d'après {src}, {S}."},
	sources: []string{
		"des sources sécuritaires", "un rapport confidentiel", "plusieurs diplomates",
		"un groupe d'experts indépendants", "des sources locales", "un responsable régional",
		"des témoins", "une note interne",
	},
	creditWords: []string{"Image", "Photo", "Crédit photo"},
	months:      [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	objects: []object{
		{text: "drones", pl: true}, {text: "drones Bayraktar TB2", pl: true}, {text: "blindés", pl: true},
		{text: "véhicules blindés", pl: true}, {text: "munitions", fem: true, pl: true},
		{text: "armes légères", fem: true, pl: true}, {text: "fusils d'assaut", pl: true},
		{text: "obus d'artillerie", pl: true}, {text: "missiles antichars", pl: true},
		{text: "systèmes de défense aérienne", pl: true}, {text: "radars", pl: true},
		{text: "hélicoptères", pl: true}, {text: "avions légers", pl: true},
		{text: "équipements de vision nocturne", pl: true}, {text: "carburant", mas: true},
		{text: "mortiers", pl: true}, {text: "roquettes", fem: true, pl: true},
	},
	demHeads: []np{
		{text: "autorités", det: "les", fem: true, pl: true}, {text: "militaires", det: "les", pl: true},
		{text: "soldats", det: "les", pl: true}, {text: "forces", det: "les", fem: true, pl: true},
		{text: "instructeurs", det: "les", pl: true}, {text: "troupes", det: "les", fem: true, pl: true},
	},
	civil:      "M.",
	militaryNP: np{text: "général", det: "le"},
	thousands:  ".",
	decimal:    ",",
	regions: map[string][2]string{
		"sahel": {"Sahel", "au Sahel"}, "sudan": {"Soudan", "au Soudan"},
		"great-lakes": {"Grands Lacs", "dans la région des Grands Lacs"},
		"horn":        {"Corne de l'Afrique", "dans la Corne de l'Afrique"},
		"lake-chad":   {"Lac Tchad", "dans le bassin du lac Tchad"}, "libya": {"Libye", "en Libye"},
		"ukraine": {"Ukraine", "en Ukraine"}, "middle-east": {"Moyen-Orient", "au Moyen-Orient"},
		"west-africa":    {"Golfe de Guinée", "dans le golfe de Guinée"},
		"central-africa": {"Centrafrique", "en Centrafrique"}, "mozambique": {"Cabo Delgado", "au Cabo Delgado"},
	},
	towns: map[string][]string{
		"sahel":          {"Gao", "Tombouctou", "Kidal", "Mopti", "Ménaka", "Djibo", "Dori", "Tillabéri", "Agadez", "Ségou"},
		"sudan":          {"El Fasher", "Omdurman", "Nyala", "El Geneina", "Wad Madani", "Kadugli"},
		"great-lakes":    {"Goma", "Bunia", "Beni", "Rutshuru", "Bukavu", "Uvira"},
		"horn":           {"Kismayo", "Baidoa", "Beledweyne", "Garissa", "Galkayo"},
		"lake-chad":      {"Maiduguri", "Diffa", "Bol", "Maroua", "Monguno"},
		"libya":          {"Benghazi", "Misrata", "Syrte", "Sebha", "Derna"},
		"ukraine":        {"Kharkiv", "Zaporijjia", "Kherson", "Odessa", "Dnipro"},
		"middle-east":    {"Hodeïda", "Marib", "Idlib", "Alep", "Taëz"},
		"west-africa":    {"Tanguiéta", "Dapaong", "Bouna", "Kandi", "Bawku"},
		"central-africa": {"Bria", "Bambari", "Kaga-Bandoro", "Birao", "Bossangoa"},
		"mozambique":     {"Palma", "Mocímboa da Praia", "Pemba", "Macomia", "Montepuez"},
	},
	pol: map[string][3][2][]string{
		"aux": {
			asserted: {{"a"}, {"ont"}},
			hedged:   {{"aurait"}, {"auraient"}},
			negated:  {{"n'a pas", "n'a jamais"}, {"n'ont pas", "n'ont jamais"}},
		},
		"etre": {
			asserted: {{"a été"}, {"ont été"}},
			hedged:   {{"aurait été"}, {"auraient été"}},
			negated:  {{"n'a pas été", "n'a jamais été"}, {"n'ont pas été", "n'ont jamais été"}},
		},
	},
	outlets: []outlet{
		{"Le Courrier du Sahel", "courrier-sahel.example", false},
		{"L'Observateur africain", "observateur-africain.example", true},
		{"La Gazette des Grands Lacs", "gazette-grandslacs.example", false},
		{"Horizons Afrique", "horizons-afrique.example", true},
		{"La Dépêche continentale", "depeche-continentale.example", false},
		{"Le Veilleur", "leveilleur.example", false},
		{"Nouvelles du Fleuve", "nouvelles-fleuve.example", true},
		{"Le Républicain d'Afrique", "republicain-afrique.example", false},
		{"Afrique Défense Hebdo", "afrique-defense-hebdo.example", false},
		{"Sahel Matin", "sahel-matin.example", true},
	},
	dateFmt: func(r *rand.Rand, d graph.Date, opening bool, months [12]string) string {
		switch {
		case d.Month == 0:
			return fmt.Sprintf("en %d", d.Year)
		case d.Day == 0:
			return fmt.Sprintf("en %s %d", months[d.Month-1], d.Year)
		case d.Day == 1:
			return fmt.Sprintf("le 1er %s %d", months[d.Month-1], d.Year)
		}
		return fmt.Sprintf("le %d %s %d", d.Day, months[d.Month-1], d.Year)
	},
	moneyFmt: func(r *rand.Rand, ld *langData) string {
		if r.IntN(2) == 0 {
			return fmt.Sprintf("%d,%d milliards de francs CFA", 1+r.IntN(400), r.IntN(10))
		}
		return fmt.Sprintf("%d millions d'euros", 5+r.IntN(900))
	},
}

// Names of photographers in credit lines: invented, and no actor's.
var (
	firstNames = []string{"Jean", "Marie", "Ousmane", "Fatou", "Karim", "Léa", "Samuel", "Aïcha", "Thomas", "Nadia", "Amina", "Sophie", "Hugo", "Grace"}
	lastNames  = []string{"MARTIN", "DIALLO", "BERNARD", "SOW", "PETIT", "MOREAU", "NDIAYE", "LAURENT", "KAMARA", "OKOYE", "MWANGI", "RICHARD", "DUBOIS", "ADEYEMI"}
)
