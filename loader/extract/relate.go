package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// relData is the compiled data of the relation rules of one language (or
// of all of them).
type relData struct {
	// roleRule[k] is roleLang + "/role/" + graph.RelTypes[k], the rule
	// name of roleRules, spelled once (roleRuleName)
	roleLang         string
	roleRule         [6]string
	titleLeads       string                  // roleLang + "/title/leads" (headRules)
	instNouns        phrases                 // "armée", "troops": with a demonym, the state
	leaderRoles      phrases                 // "président", "leader": leads
	diplomatic       map[string]bool         // "sanctions": an opposed trigger that is no fight
	helpLinks        map[string]bool         // "from": "with support from X", besides "of"
	inSupport        map[string]bool         // "in" (support of), « en » (soutien à): the subject helps
	leaving          phrases                 // "left", « ont quitté »: a membership ended
	leavingNot       map[string]bool         // "dead": after the object, "left" is no departure
	inSupportTo      map[string]bool         // « à », « au », « aux » after « en soutien »
	pluralLeaders    phrases                 // "présidents": leads, respectively
	memberRoles      phrases                 // "porte-parole", "affiliate": member_of
	allyRoles        phrases                 // "allié", "ally": allied
	supplierRoles    phrases                 // "fournisseur", "supplier": supplies
	between          phrases                 // "entre", "between"
	home             phrases                 // "la junte", "the army": the home state
	bareHome         phrases                 // "government forces": the home state's, without an article too
	personPoss       map[string]bool         // "his": a home institution after it is the state its person leads
	help             phrases                 // "l'apport de", "the help of"
	stateHeads       phrases                 // "President", "Premier ministre"
	statePlaces      phrases                 // "en", "in": a state after them is a place
	quantity         map[string]bool         // "environ", "centaine", "about": words of quantity
	benefactive      phrases                 // "pour", "for": fighting for someone
	prepositions     map[string]bool         // "contre", "against": words before an object
	nonSecurity      phrases                 // "économique", "trade": a partnership that is no alliance
	notSupplied      phrases                 // "reports", « informations »: received, not supplied
	notTrained       phrases                 // « l'épine dorsale », "the backbone": made up, not trained
	accusations      phrases                 // "accusations", « allégations »: after a denial, others' claims reported
	negCancellers    phrases                 // "hide", « seulement »: "did not hide", « non seulement » negate nothing
	foundingParts    phrases                 // « formée », "formed": after an organisation, founded, not trained
	merging          phrases                 // « fusionné », "merged": groups founding a group
	mediation        phrases                 // "brokered", « sous l'égide »: the actor after mediates
	command          phrases                 // "army", « brigade »: a state's armed institutions
	locRelatives     map[string]bool         // "where", « où »: a relative clause about a place
	sourcePreps      phrases                 // "from", « en provenance de »: no recipient after
	naming           phrases                 // "baptisée", "dubbed": the name follows
	complementizers  map[string]bool         // "that", « que »: the last word of "said that", « a déclaré que »
	nicknames        phrases                 // "surnommé", "known as": a nickname follows, no actor
	companions       phrases                 // "avec", "with": who acts with the subject
	signing          map[string]bool         // « signé », "signed": a partner named with a companion word is an ally (signedWith)
	anaphors         map[graph.Kind]phrases  // "le groupe", "the alliance": the last actor of a kind
	anaphorDets      map[string]bool         // "le", "cette", "the"
	pronouns         map[string]bool         // "ils", "they" opening a sentence
	possessives      map[string]bool         // "son", "its": a state\'s institution named by its owner
	locatives        map[string]bool         // "y": there, the last organisation
	particles        map[string]bool         // "al", "ben": lower-case words inside names
	of               map[string]bool         // "de", "of": genitive prepositions
	objectPronouns   map[string]bool         // "lui", "leur": the recipient named before
	afterRecipients  map[string]bool         // "him", "them": the recipient named after
	definite         map[string]bool         // "la", "the": definite articles
	indefinite       map[string]bool         // "un", "a": "a JNIM commander" is a member
	roleOf           map[string]bool         // "of", "for": "spokesman for the M23"
	possessiveSuffix map[string]bool         // "s" of "Qatar's"
	compounds        map[string]compound     // "led", "backed": hyphen compounds relating two actors
	participleEnds   []string                // "é", "ed": endings of past participles
	irregularParts   map[string]bool         // "seen", « vu »: past participles no ending gives (lower case)
	gerundEnds       []string                // "ant", "ing": endings of present participles
	singularEnds     []string                // « é », « ée »: participles agreeing with one noun
	sources          map[string]bool         // "from", "venus de": where troops come from
	copulas          map[string]bool         // "is", "est": before a role noun of membership
	cleft            map[string]bool         // "it", « c' »: before a copula, a cleft (« c'est l'ISWAP qui »)
	homeMods         map[string]bool         // "new", « nouveau »: between "the" and a home institution
	anaphorMods      map[string]bool         // "current", « actuelle »: between "the" and an anaphor's noun
	trainingMissions phrases                 // "training mission", "mission de formation"
	jointTraining    phrases                 // "trained with": allied, unless instructors follow
	trainerNouns     phrases                 // "instructors", « formateurs »
	relatives        phrases                 // "qui", "which"
	possRelatives    phrases                 // "dont", "whose"
	clauseBreaks     phrases                 // "tandis que", "while"
	placePreps       phrases                 // "à", "in": a capital after them is a place
	originBefore     phrases                 // "de fabrication" (turque)
	originAfter      phrases                 // (Turkish-)"made"
	former           phrases                 // "ancien", "former"
	alongside        phrases                 // "aux côtés de", "alongside"
	observation      phrases                 // "identified", « retrouvé »: equipment seen, not held
	speech           phrases                 // "said", « a déclaré »: the speaker before
	singular         map[string][]graph.Kind // "it", « il »: the subject of the sentence before
	subjectPronouns  map[string]bool         // the words of pronouns and singular (classPronoun)
	expletives       phrases                 // "is" after "it", « y » after « il »: no actor
	joint            phrases                 // "conjointes", "joint"
	founding         phrases                 // "ont formé", "formed"
	intent           phrases                 // "prêt à", "plans to"
	intentNot        phrases                 // « même si »: no condition (intent_cancellers)
	notIntent        phrases                 // « compte sur »: no intent
	troops           phrases                 // "soldats", "troops"
	expelVerbs       phrases                 // "ordered", "a sommé"
	expelEnds        phrases                 // "to leave", "de quitter"
	takeVerbs        phrases                 // "took", « a repris »
	takeFrom         phrases                 // "from", « aux »
	takeNot          phrases                 // "part", « part »: "took part in" takes nothing
	invRelatives     phrases                 // « que »: « le JNIM, que dirige X »
	ellipsis         phrases                 // "followed suit", "a fait de même"
	ellipsisInv      phrases                 // "neither has", "so did": the subject after
	ellipsisFinal    phrases                 // "did not either", « non plus »: the subject before, at the clause's end
	insteadOf        phrases                 // "instead of", « loin de »: a denied trigger after
	respectively     phrases                 // "respectively": lists paired in order
	contrastButs     phrases                 // "but" of "not X but Y": Y asserted, X denied
	reciprocal       phrases                 // "at war", "s'affrontent": opposed among the subject's actors
	reciprocalPlaces phrases                 // « au »: the place of a reciprocal fight (« s'affrontent au Mali »)
	joinVerbs        phrases                 // "joined", « s'est joint à »: a companion in a fight (joinedSubject)
	including        phrases                 // "including", "dont": a role's holders listed after it
	deploy           phrases                 // "deployed", "déployé": a supplies trigger when troops follow
	neighbour        phrases                 // "its neighbour", « son voisin »: another state named before
	armyHeads        phrases                 // "army chief", « chef d'état-major »: a state's army head leads nothing
	armyNouns        phrases                 // "army", « armée »: "the commander of Pakistan's army" leads nothing
	corefTitles      phrases                 // "the French president", « le chef de la junte »: a person of the article (titles.go)
	leaderTitles     phrases                 // "the leader", « l'homme fort »: any leader fits (titles.go)
	corefTitleForms  titlePrefixes           // coref_titles folded: the title a lexicon form opens with
	formTitles       map[string][]string     // lexicon person id → the titles its names of these languages open with ("President Macron"), made once (formTitleHeads)
	titleArticles    map[string]bool         // "the", « du »: before a title standing for a person
	stateHeadFolds   map[string]bool         // state_head_titles folded: "the minister" is no prime minister (titles.go)
	officialFolds    map[string]bool         // official_titles folded: "defence minister" acts for its state (titles.go)
	titlePredicates  phrases                 // "being", « élu »: a title after them is a predicate
	titleCompounds   phrases                 // "election", "staff": "the general election" names no general
	combatants       phrases                 // "fighters", « combattants »: troops when a combat purpose follows
	purposes         phrases                 // "to defend", « pour défendre »: combatants sent to fight for the recipient
	looseLinks       phrases                 // "linked to", « lié à »: member_of of no state, with no means after
	placeWords       map[string]bool         // "North", « Nord »: a name with one is a place
	bodies           phrases                 // "Central Command", « bureau politique »: a group's leadership body, the group
	accuse           phrases                 // "accused X of arming": X is the trigger's subject
	leaderForces     phrases                 // "forces", « combattants »: what a leader heads ("Assad's forces")
	leaderLinks      phrases                 // "of", "loyal to", « fidèles à » between leader_forces and the leader
	ledBy            phrases                 // "led by", « menée par » after a description and its leader
	against          phrases                 // "against", « contre »: the common enemy of allies
	collectives      phrases                 // "alliance", "coalition" in an apposition
	collectiveWords  map[string]bool         // the one-word collective nouns, folded
	objRelatives     phrases                 // "to which", "auquel"
	troopLinks       phrases                 // "in", "au sein de" after troops
	plural           map[graph.Kind]phrases  // "armies", "groupes", after a count
	counts           map[string]int          // "three": 3
	countWords       phrases                 // the words of counts, to find them fast
	countsAlone      map[string]bool         // "both"
	rc               recallRel               // recall.go
	sp               suppliesRel             // supplies.go
	bl               blindRel                // blind.go
	hg               hedgeRel                // hedge.go
	rv               receivedRel             // received.go
	g16              gold16Rel               // gold16.go
	l17              lead17Rel               // lead17.go
	l18              lead18Rel               // lead18.go
	p17              probe17Rel              // probe17.go
	d18              deny18Rel               // deny18.go
	o19              open19Rel               // open19.go
	p18              probe18Rel              // probe18.go
	g17en            gold17enRel             // gold17en.go
	g18fr            gold18frRel             // gold18fr.go
	g19fr            gold19frRel             // gold19fr.go
	g20fr            gold20frRel             // gold20fr.go
	g18en            gold18enRel             // gold18en.go
	g19en            gold19enRel             // gold19en.go
	p19              prec19Rel               // prec19.go
	r19              recall19Rel             // recall19.go
	w20              wing20Rel               // wing20.go
	o20              open20Rel               // open20.go
	g20en            gold20enRel             // gold20en.go

	// kindNouns: the sets of anaphors and plural, by id, with the OR of
	// their bits (kindNounBits); anaphorBits: the OR of the anaphors'
	// bits. Computed once, for the loops over every token.
	kindNouns    []phrases
	kindNounBits uint64
	anaphorBits  uint64
	// anaphorK and pluralK are anaphors and plural by the index of the
	// kind in graph.Kinds (an empty set for a kind with none), for the
	// loops over every kind: no map look-up of a kind's name.
	anaphorK, pluralK []phrases

	// rwSets are the word sets of ruleWord, by number, and idx the index
	// of r's langData (wordLang): see has.
	rwSets [rwCount]map[string]bool
	idx    int
}

// compileRel compiles the relation data of one or more languages.
func compileRel(reg *setRegistry, langs ...*lexicon.Language) *relData {
	r := &relData{
		instNouns: newPhraseSet(reg), leaderRoles: newPhraseSet(reg), diplomatic: map[string]bool{}, inSupport: map[string]bool{}, leaving: newPhraseSet(reg), leavingNot: map[string]bool{}, inSupportTo: map[string]bool{}, helpLinks: map[string]bool{}, pluralLeaders: newPhraseSet(reg), memberRoles: newPhraseSet(reg), allyRoles: newPhraseSet(reg), supplierRoles: newPhraseSet(reg), between: newPhraseSet(reg), home: newPhraseSet(reg), bareHome: newPhraseSet(reg), personPoss: map[string]bool{}, help: newPhraseSet(reg), stateHeads: newPhraseSet(reg), statePlaces: newPhraseSet(reg), quantity: map[string]bool{}, benefactive: newPhraseSet(reg), prepositions: map[string]bool{}, nonSecurity: newPhraseSet(reg), notSupplied: newPhraseSet(reg), notTrained: newPhraseSet(reg), mediation: newPhraseSet(reg), command: newPhraseSet(reg), locRelatives: map[string]bool{}, sourcePreps: newPhraseSet(reg), naming: newPhraseSet(reg), speech: newPhraseSet(reg), observation: newPhraseSet(reg), singular: map[string][]graph.Kind{}, expletives: newPhraseSet(reg), nicknames: newPhraseSet(reg), companions: newPhraseSet(reg), signing: map[string]bool{}, anaphors: map[graph.Kind]phrases{}, anaphorDets: map[string]bool{}, pronouns: map[string]bool{}, possessives: map[string]bool{}, locatives: map[string]bool{}, particles: map[string]bool{}, of: map[string]bool{}, objectPronouns: map[string]bool{}, afterRecipients: map[string]bool{}, definite: map[string]bool{}, indefinite: map[string]bool{}, roleOf: map[string]bool{}, possessiveSuffix: map[string]bool{}, sources: map[string]bool{}, copulas: map[string]bool{}, cleft: map[string]bool{}, homeMods: map[string]bool{}, stateHeadFolds: map[string]bool{}, titleArticles: map[string]bool{}, trainingMissions: newPhraseSet(reg), jointTraining: newPhraseSet(reg), trainerNouns: newPhraseSet(reg), compounds: map[string]compound{}, relatives: newPhraseSet(reg), possRelatives: newPhraseSet(reg), anaphorMods: map[string]bool{}, officialFolds: map[string]bool{},
		clauseBreaks: newPhraseSet(reg), placePreps: newPhraseSet(reg), originBefore: newPhraseSet(reg), originAfter: newPhraseSet(reg),
		former: newPhraseSet(reg), alongside: newPhraseSet(reg), joint: newPhraseSet(reg), founding: newPhraseSet(reg), intent: newPhraseSet(reg), notIntent: newPhraseSet(reg), intentNot: newPhraseSet(reg), troops: newPhraseSet(reg), expelVerbs: newPhraseSet(reg), expelEnds: newPhraseSet(reg), takeVerbs: newPhraseSet(reg), takeFrom: newPhraseSet(reg), takeNot: newPhraseSet(reg), invRelatives: newPhraseSet(reg), ellipsis: newPhraseSet(reg), ellipsisInv: newPhraseSet(reg), ellipsisFinal: newPhraseSet(reg), insteadOf: newPhraseSet(reg), respectively: newPhraseSet(reg), contrastButs: newPhraseSet(reg), collectives: newPhraseSet(reg), reciprocal: newPhraseSet(reg), reciprocalPlaces: newPhraseSet(reg), joinVerbs: newPhraseSet(reg), including: newPhraseSet(reg), deploy: newPhraseSet(reg), neighbour: newPhraseSet(reg), bodies: newPhraseSet(reg), placeWords: map[string]bool{}, looseLinks: newPhraseSet(reg), combatants: newPhraseSet(reg), purposes: newPhraseSet(reg), accuse: newPhraseSet(reg), accusations: newPhraseSet(reg), negCancellers: newPhraseSet(reg), foundingParts: newPhraseSet(reg), merging: newPhraseSet(reg), leaderForces: newPhraseSet(reg), leaderLinks: newPhraseSet(reg), ledBy: newPhraseSet(reg), against: newPhraseSet(reg), collectiveWords: map[string]bool{}, countWords: newPhraseSet(reg), objRelatives: newPhraseSet(reg), troopLinks: newPhraseSet(reg), plural: map[graph.Kind]phrases{}, counts: map[string]int{}, countsAlone: map[string]bool{}, armyHeads: newPhraseSet(reg), armyNouns: newPhraseSet(reg), corefTitles: newPhraseSet(reg), leaderTitles: newPhraseSet(reg), titlePredicates: newPhraseSet(reg), titleCompounds: newPhraseSet(reg),
	}
	add := func(ps phrases, list []string) {
		for _, s := range list {
			ps.add(s, false)
		}
	}
	for _, lg := range langs {
		add(r.instNouns, lg.InstitutionNouns)
		add(r.leaderRoles, lg.LeaderRoles)
		for _, w := range lg.DiplomaticWords {
			r.diplomatic[graph.Fold(w)] = true
		}
		add(r.leaving, lg.Leaving)
		for _, w := range lg.LeavingNotBefore {
			r.leavingNot[graph.Fold(w)] = true
		}
		for _, w := range lg.InSupport {
			r.inSupport[graph.Fold(w)] = true
		}
		for _, w := range lg.InSupportTo {
			r.inSupportTo[graph.Fold(w)] = true
		}
		for _, w := range lg.HelpLinks {
			r.helpLinks[graph.Fold(w)] = true
		}
		add(r.leaderRoles, lg.PluralLeaderRoles)
		add(r.pluralLeaders, lg.PluralLeaderRoles)
		add(r.memberRoles, lg.MemberRoles)
		add(r.allyRoles, lg.AllyRoles)
		add(r.supplierRoles, lg.SupplierRoles)
		add(r.between, lg.Between)
		add(r.home, lg.HomeInstitutions)
		add(r.bareHome, lg.BareHomeInstitutions)
		add(r.help, lg.HelpNouns)
		add(r.stateHeads, lg.StateHeadTitles)
		add(r.statePlaces, lg.StatePlacePrepositions)
		add(r.benefactive, lg.Benefactive)
		add(r.nonSecurity, lg.NonSecurity)
		add(r.notSupplied, lg.NotSupplied)
		add(r.notTrained, lg.NotTrained)
		add(r.mediation, lg.MediationWords)
		add(r.command, lg.CommandInstitutions)
		add(r.sourcePreps, lg.SourcePrepositions)
		for _, w := range lg.LocativeRelatives {
			r.locRelatives[graph.Fold(w)] = true
		}
		add(r.naming, lg.Naming)
		add(r.speech, lg.SpeechVerbs)
		for _, v := range lg.SpeechVerbs {
			// "said that", « a déclaré qu' »: "that", « que » open a reported clause
			if ws := strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == '\'' }); len(ws) > 1 {
				if r.complementizers == nil {
					r.complementizers = map[string]bool{}
				}
				r.complementizers[graph.Fold(ws[len(ws)-1])] = true
			}
		}
		add(r.observation, lg.ObservationVerbs)
		add(r.expletives, lg.Expletives)
		for w, kinds := range lg.SingularPronouns {
			r.singular[graph.Fold(w)] = kinds
		}
		add(r.nicknames, lg.Nicknames)
		add(r.companions, lg.Companions)
		for k, nouns := range lg.Anaphors {
			if _, ok := r.anaphors[k]; !ok {
				r.anaphors[k] = newPhraseSet(reg)
			}
			add(r.anaphors[k], nouns)
		}
		for _, k := range graph.Kinds { // in a fixed order: set ids follow creation
			nouns, ok := lg.PluralAnaphors[k]
			if !ok {
				continue
			}
			if _, ok := r.plural[k]; !ok {
				r.plural[k] = newPhraseSet(reg)
			}
			add(r.plural[k], nouns)
		}
		for w, n := range lg.Counts {
			r.counts[graph.Fold(w)] = n
			r.countWords.add(w, false)
		}
		for _, w := range lg.CountsAlone {
			r.countsAlone[graph.Fold(w)] = true
		}
		for set, list := range map[*map[string]bool][]string{
			&r.anaphorDets: lg.AnaphorDeterminers, &r.possessives: lg.Possessives, &r.pronouns: lg.SubjectPronouns,
			&r.locatives: lg.LocativePronouns, &r.particles: lg.NameParticles, &r.of: lg.OfWords,
			&r.objectPronouns: lg.ObjectPronouns, &r.afterRecipients: lg.RecipientPronouns, &r.definite: lg.DefiniteArticles, &r.indefinite: lg.IndefiniteArticles, &r.roleOf: append(slices.Clone(lg.OfWords), lg.RolePrepositions...),
			&r.possessiveSuffix: lg.PossessiveSuffixes, &r.sources: lg.SourceWords, &r.copulas: lg.Copulas, &r.cleft: lg.CleftPronouns, &r.homeMods: lg.HomeModifiers, &r.personPoss: lg.PersonPossessives, &r.anaphorMods: lg.AnaphorModifiers,
			&r.stateHeadFolds: lg.StateHeadTitles, &r.titleArticles: lg.TitleArticles, &r.officialFolds: lg.OfficialTitles,
			&r.prepositions: lg.Prepositions, &r.quantity: lg.QuantityWords, &r.signing: lg.SigningVerbs,
		} {
			for _, w := range list {
				(*set)[graph.Fold(w)] = true
			}
		}
		r.participleEnds = append(r.participleEnds, lg.ParticipleEndings...)
		for _, w := range lg.IrregularParticiples {
			if r.irregularParts == nil {
				r.irregularParts = map[string]bool{}
			}
			r.irregularParts[strings.ToLower(w)] = true
		}
		r.gerundEnds = append(r.gerundEnds, lg.GerundEndings...)
		r.singularEnds = append(r.singularEnds, lg.SingularParticipleEndings...)
		add(r.trainingMissions, lg.TrainingMissions)
		add(r.jointTraining, lg.JointTraining)
		add(r.trainerNouns, lg.TrainerNouns)
		for k, words := range lg.Compounds {
			cp := compound{typ: graph.RelType(k)}
			if k == "member_of_reversed" {
				cp = compound{typ: graph.MemberOf, reversed: true}
			}
			for _, w := range words {
				r.compounds[graph.Fold(w)] = cp
			}
		}
		add(r.relatives, lg.Relatives)
		add(r.possRelatives, lg.PossessiveRelatives)
		add(r.clauseBreaks, lg.ClauseBreaks)
		add(r.placePreps, lg.PlacePrepositions)
		add(r.originBefore, lg.OriginBefore)
		add(r.originAfter, lg.OriginAfter)
		add(r.former, lg.Former)
		add(r.alongside, lg.Alongside)
		add(r.joint, lg.Joint)
		add(r.founding, lg.Founding)
		add(r.intent, lg.Intent)
		add(r.intentNot, lg.IntentCancellers)
		add(r.notIntent, lg.NotIntent)
		add(r.troops, lg.TroopNouns)
		add(r.expelVerbs, lg.ExpulsionVerbs)
		add(r.expelEnds, lg.ExpulsionEnds)
		add(r.takeVerbs, lg.TakingVerbs)
		add(r.takeFrom, lg.TakingFrom)
		add(r.takeNot, lg.TakingNot)
		add(r.invRelatives, lg.InvertedRelatives)
		add(r.ellipsis, lg.Ellipsis)
		add(r.ellipsisInv, lg.EllipsisInverted)
		add(r.ellipsisFinal, lg.EllipsisFinal)
		add(r.insteadOf, lg.InsteadOf)
		add(r.respectively, lg.Respectively)
		add(r.contrastButs, lg.ContrastButs)
		add(r.collectives, lg.CollectiveNouns)
		add(r.reciprocal, lg.Reciprocal)
		add(r.reciprocalPlaces, lg.ReciprocalPlaces)
		add(r.joinVerbs, lg.JoinVerbs)
		add(r.including, lg.Including)
		add(r.deploy, lg.DeployVerbs)
		add(r.neighbour, lg.NeighbourNouns)
		add(r.armyHeads, lg.ArmyHeadRoles)
		add(r.armyNouns, lg.ArmyNouns)
		add(r.corefTitles, lg.CorefTitles)
		add(r.leaderTitles, lg.LeaderTitles)
		add(r.titlePredicates, lg.TitlePredicates)
		add(r.titleCompounds, lg.TitleCompounds)
		for _, t := range lg.CorefTitles {
			r.corefTitleForms = append(r.corefTitleForms, graph.Fold(t))
		}
		add(r.bodies, lg.LeadershipBodies)
		for _, w := range lg.PlaceWords {
			r.placeWords[graph.Fold(w)] = true
		}
		add(r.looseLinks, lg.LooseLinks)
		add(r.combatants, lg.CombatantNouns)
		add(r.purposes, lg.CombatPurposes)
		add(r.accuse, lg.AccuseVerbs)
		add(r.accusations, lg.AccusationNouns)
		add(r.negCancellers, lg.NegationCancellers)
		add(r.foundingParts, lg.FoundingParticiples)
		add(r.merging, lg.MergeWords)
		add(r.leaderForces, lg.LeaderForces)
		add(r.leaderLinks, lg.LeaderLinks)
		add(r.ledBy, lg.LedBy)
		add(r.against, lg.Against)
		for _, w := range lg.CollectiveNouns {
			if f := graph.Fold(w); !strings.Contains(f, " ") {
				r.collectiveWords[f] = true
			}
		}
		add(r.objRelatives, lg.ObjectRelatives)
		add(r.troopLinks, lg.TroopLinks)
		r.rc.add(reg, lg)
		r.sp.add(reg, lg)
		r.bl.add(reg, lg)
		r.hg.add(reg, lg)
		r.rv.add(reg, lg)
		r.g16.add(reg, lg)
		r.l17.add(reg, lg)
		r.l18.add(reg, lg)
		r.p17.add(reg, lg)
		r.d18.add(reg, lg)
		r.o19.add(reg, lg)
		r.p18.add(reg, lg)
		r.g17en.add(reg, lg)
		r.g18fr.add(reg, lg)
		r.g19fr.add(reg, lg)
		r.g20fr.add(reg, lg)
		r.g18en.add(reg, lg)
		r.g19en.add(reg, lg)
		r.p19.add(reg, lg)
		r.r19.add(reg, lg)
		r.w20.add(reg, lg)
		r.o20.add(reg, lg)
		r.g20en.add(reg, lg)
	}
	for _, sets := range []map[graph.Kind]phrases{r.anaphors, r.plural} {
		for _, ps := range sets {
			r.kindNouns = append(r.kindNouns, ps)
			r.kindNounBits |= ps.bit
		}
	}
	slices.SortFunc(r.kindNouns, func(p, q phrases) int { return int(p.id) - int(q.id) })
	for _, ps := range r.anaphors {
		r.anaphorBits |= ps.bit
	}
	for _, k := range graph.Kinds {
		r.anaphorK = append(r.anaphorK, r.anaphors[k])
		r.pluralK = append(r.pluralK, r.plural[k])
	}
	r.subjectPronouns = map[string]bool{}
	for w, ok := range r.pronouns {
		r.subjectPronouns[w] = ok
	}
	for w := range r.singular {
		r.subjectPronouns[w] = true
	}
	return r
}

// mayEnd reports whether a phrase of the set may end just before token i
// (its last word i-1): false only where endsAt would answer 0 (no token
// before i, or, in a marked document, a word that ends no phrase of the
// set's bit). It is inlined, endsAt is not: a caller that tests it first
// skips the call at most tokens.
func (ps phrases) mayEnd(d *doc, i int) bool {
	if uint(i-1) >= uint(len(d.toks)) {
		return false
	}
	w := d.toks[i-1].info
	return !d.marked || ps.id == 0 || w != nil && w.endMask&ps.bit != 0
}

// endsAt returns the length of a phrase of ps that ends just before token
// i (its last word is i-1), at most 4 words long, or 0. The end mask of
// the last word and the mask of each first word, tested here, spare most
// calls of at.
func (ps phrases) endsAt(d *doc, lo, i int) int {
	if i-1 < lo {
		return 0
	}
	if d.marked && ps.id != 0 {
		// every word of a registered set's phrases has a wordInfo
		if w := d.toks[i-1].info; w == nil || w.endMask&ps.bit == 0 {
			return 0
		}
	}
	for n := 4; n >= 1; n-- {
		if i-n < lo || !ps.may(d, i-n) {
			continue
		}
		if ps.at(d, i-n, i, nil) == n {
			return n
		}
	}
	return 0
}

// sctx is one sentence under analysis: tokens [a, b), its mentions and
// the punctuation between its tokens.
type sctx struct {
	d     *doc
	ld    *langData
	a, b  int
	ms    []mention
	comma []bool // comma[i-a]: a comma stands between token i-1 and i
	hard  []bool // hard[i-a]: ";", ":", a dash or a bracket stands between token i-1 and i
	brk   []bool // brk[i-a]: token i opens a new clause (a clause-break phrase)
	rel   []bool // rel[i-a]: token i is a relative word
	paren []int  // paren[i-a]: the bracket depth of token i
	// commaDepth[i-a]: the bracket depth of the comma before token i
	commaDepth []int
	// goodsOrigin: the demonym qualifying the goods of the last supplies
	// trigger read (triggerPairs), which is no recipient, or -1
	goodsOrigin int
	// predecessors: the (predecessor, owner) pairs of the sentence's
	// successions, whose leads pairs are dropped (lead18.go)
	predecessors [][2]int
	// noNicknames: no nickname phrase starts in the sentence, as its
	// summary says (keepMention)
	noNicknames bool
	blockedF    func(int) bool // see blockedFn
	// holder[i-a] is 1 + what inMention answers for token i of the
	// sentence (0 for -1), made by inMention's first call from the
	// scratch's array and dropped (nil) whenever ms changes: analyse's
	// kept mentions, extendInstitutions' longer ones. holderBad: ms is
	// not sorted by end, and inMention bisects.
	holder    []int
	holderBad bool
	// reports are the sentence's reporting clauses when reportsOK
	// (reportingClauses, asked by tailSpeakers and by analyse): they
	// depend on the mentions, so dropHolders forgets them too.
	reports   reportClauses
	reportsOK bool
	// noArg[k]: mention k is not an argument of a trigger: a demonym
	// standing for a person by its role ("the Somali president"), an
	// origin ("Turkish-made"), or the source in an attribution ("selon
	// l'ONU,").
	noArg []bool
	// known reports whether an id is an actor of the lexicon.
	known func(id string) bool
	// wings: a movement's armed wing by the movement's id (wing20.go).
	wings map[string]*lexicon.Actor
	// home is the article's home state (homeState), or nil.
	home *lexicon.Actor
	// instHome is the state whose institutions the article has named
	// most so far (memory.instBest), or nil.
	instHome *lexicon.Actor
	// recentOrg is the last organisation named before the sentence.
	recentOrg *lexicon.Actor
	// recent is the last actor of each kind named before the sentence
	// (blind.go's possessives).
	recent map[graph.Kind]recentActor
	// stateOf returns the state of an ISO country code, or nil.
	stateOf func(code string) *lexicon.Actor
	// actorOf returns the lexicon's actor of an id (gold16.go).
	actorOf func(id string) (*lexicon.Actor, bool)
	// trig[i-a]: token i is part of a trigger phrase; trigType[i-a] its
	// type.
	trig     []bool
	trigType []graph.RelType
	// hits are the sentence's trigger hits (nil in some tests).
	hits []trigHit
	// prevSubject is the actor opening the sentence before (memory), or
	// nil: recall.go's pronoun objects.
	prevSubject *lexicon.Actor
	// mem is the article's memory (nil in some tests): the parts of
	// organisations (struct.go); recall.go's clitic objects read and
	// write its cliticObject.
	mem *memory
	// extra holds the states headRules names without a mention in the
	// sentence; pairCand index len(ms)+i is extra[i].
	extra []mention
}

// What newSctx finds in the gap between two tokens (scratch.gaps).
const (
	gapHasComma     uint8 = 1 << iota // a comma
	gapHasSemicolon                   // a semicolon
	gapHard                           // ";", ":", " - " or "--"
)

// newSctx returns the context of the sentence of tokens [a, b) with its
// mentions ms: the punctuation between its tokens and its clause breaks.
func newSctx(d *doc, ld *langData, a, b int, ms []mention) *sctx {
	sc := d.scratch()
	c := &sc.ctx
	*c = sctx{d: d, ld: ld, a: a, b: b, ms: ms,
		comma: sc.comma[a:b], hard: sc.hard[a:b], brk: sc.brk[a:b], rel: sc.rel[a:b],
		paren: sc.paren[a:b], commaDepth: sc.commaDepth[a:b]}
	c.noNicknames = d.none(ld.rel.nicknames, a, b)
	depth := 0
	gaps := sc.gaps[a:b]
	for i := a + 1; i < b; i++ {
		if d.toks[i].space {
			c.paren[i-a] = depth
			gaps[i-a] = 0
			continue
		}
		// one pass over the gap's bytes (the punctuation sought is ASCII,
		// and no byte of a longer UTF-8 sequence is)
		gap := d.norm[d.toks[i-1].end:d.toks[i].start]
		var g uint8
		for j := 0; j < len(gap); j++ {
			switch gap[j] {
			case '(', '[':
				depth++
			case ')', ']':
				depth = max(depth-1, 0)
			case ',':
				c.commaDepth[i-a] = depth // the depth of the gap's comma
				g |= gapHasComma
			case ';':
				g |= gapHasSemicolon | gapHard
			case ':':
				g |= gapHard
			case '-':
				if j+1 < len(gap) && (gap[j+1] == '-' || j > 0 && gap[j-1] == ' ' && gap[j+1] == ' ') {
					g |= gapHard // "--", " - "
				}
			}
		}
		gaps[i-a] = g
		c.paren[i-a] = depth
		if g&gapHasComma != 0 && !(gap == "," && isNumber(d.toks[i-1].fold) && isNumber(d.toks[i].fold)) {
			c.comma[i-a] = true // not in "4,000"
		}
		if g&gapHard != 0 {
			c.hard[i-a] = true
		}
	}
	cuts := ld.rel.clauseBreaks.bit | ld.rel.relatives.bit
	marked := d.marked // startsAny's test, once
	for i := a; i < b; i++ {
		if marked {
			if i = nextMasked(d.toks, i, b, cuts); i == b {
				break
			}
		}
		if !ld.rel.clauseBreaks.may(d, i) {
			// no clause break starts here (at would say 0)
		} else if n := ld.rel.clauseBreaks.at(d, i, b, nil); n > 0 {
			// "since 2014", "after the attack", "avant mars" are
			// prepositions, not clause breaks; a break of several words
			// is a conjunction (« tandis que l'armée », "even as the")
			c.brk[i-a] = true
			if j := i + n; n == 1 && j < b && (isNumber(d.toks[j].fold) || ld.rel.has(d, j, rwMonth) || ld.determiners.at(d, j, j+1, nil) == 1) {
				c.brk[i-a] = false
			}
			if n == 1 && i > a && ld.rel.has(d, i-1, rwAuxiliaries) {
				c.brk[i-a] = false // "has since attacked": an adverb after an auxiliary
			}
			if hg := &ld.rel.hg; n == 1 && i > a && hg.ok && hg.viewMark.at(d, i, i+1, nil) == 1 && hg.view.may(d, i-1) && hg.view.at(d, i-1, i, nil) == 1 {
				c.brk[i-a] = false // "Turkey, seen as Mali's main supplier,": a view's marker
			}
			if n == 1 && i > a && i+1 < b && !c.noNicknames && ld.rel.nicknames.mayEnd(d, i+1) && ld.rel.nicknames.endsAt(d, a, i+1) > 1 {
				c.brk[i-a] = false // "X, formerly known as ISGS, is": a nickname's marker
			}
			if n == 1 && i > a && ld.rel.including.mayEnd(d, i+1) && ld.rel.including.endsAt(d, a, i+1) > 1 {
				c.brk[i-a] = false // "allied with gangs such as Los Tiguerones": examples (gold18en.go)
			}
		}
		if ld.rel.relatives.may(d, i) && ld.rel.relatives.at(d, i, b, nil) > 0 {
			c.rel[i-a] = true
		}
	}
	return c
}

// breakIn reports whether a clause boundary stands between tokens lo and
// hi (lo < hi): hard punctuation, or a clause-break word after a comma
// or at lo itself.
func (c *sctx) breakIn(lo, hi int) bool {
	base := min(c.depth(lo), c.depth(hi))
	for i := lo; i < hi && i < c.b; i++ {
		if i >= c.a && c.paren[i-c.a] > base {
			continue // inside brackets
		}
		if i > lo && c.hard[i-c.a] || i == lo && i > c.a && c.hard[i-c.a] && c.d.gapHas(i, ';') {
			return true // "France trained the Chadian army; the former colonial power supplied": not the army
		}
		if c.brk[i-c.a] && (i == lo || c.comma[i-c.a] || i > lo) {
			return true
		}
	}
	if hi < c.b && hi > lo && c.hard[hi-c.a] {
		return true
	}
	return false
}

// commas counts the commas between the token before lo and token hi: the
// commas after the thing ending at lo and before the thing starting at hi.
func (c *sctx) commas(lo, hi int) int {
	n := 0
	base := c.depth(lo)
	if d := c.depth(hi); d < base {
		base = d
	}
	for i := max(lo, c.a+1); i <= hi && i < c.b; i++ {
		if c.comma[i-c.a] && c.commaDepth[i-c.a] <= base {
			n++ // commas inside brackets do not count
		}
	}
	return n
}

// depth returns the bracket depth at token i (0 outside the sentence).
func (c *sctx) depth(i int) int {
	if i < c.a || i >= c.b {
		return 0
	}
	return c.paren[i-c.a]
}

// relativeIn returns the first relative word in tokens [lo, hi) that
// follows a comma (", qui", ", which"), or -1.
func (c *sctx) relativeIn(lo, hi int) int {
	for i := max(lo, c.a); i < hi && i < c.b; i++ {
		if c.rel[i-c.a] && c.comma[i-c.a] {
			return i
		}
	}
	return -1
}

// parenRelative reports whether tokens [te, ts) are one relative clause
// between commas right after an actor, before a trigger at ts or a few
// lower-case words before it: « Les deux groupes, qui avaient longtemps
// cohabité, s'affrontent », "The two groups, which long coexisted, have
// clashed".
func (c *sctx) parenRelative(te, ts int) bool {
	if te <= c.a || ts >= c.b || te >= ts || c.relativeIn(te, te+1) != te || c.relativeIn(te+1, ts) >= 0 || c.commas(te, ts) != 2 {
		return false
	}
	for q := ts; q > te && q >= ts-maxParenTail; q-- {
		if c.comma[q-c.a] {
			return true
		}
		if !isLowerWord(c.d, q-1) {
			return false
		}
	}
	return false
}

// maxParenTail is the most words between the comma closing a relative
// clause and the trigger after it ("which ..., have clashed").
const maxParenTail = 2

// maxMeansWords is the most words between an agent marker and the
// allied trigger that names a link's means ("by a defence treaty").
const maxMeansWords = 3

// alliedMeans reports whether an allied trigger starts within a few
// lower-case words from token i, in the clause: the means of a loose
// link (« par le traité d'alliance », "by military cooperation").
func (c *sctx) alliedMeans(i int) bool {
	for k := i; k < c.b && k <= i+maxMeansWords; k++ {
		if k > i && c.hardOrComma(k) || c.inMention(k) >= 0 {
			return false
		}
		if c.trig[k-c.a] && (c.trigType[k-c.a] == graph.Allied || c.trigType[k-c.a] == graph.MemberOf) {
			return true // « par le traité d'alliance de Choucha »: "alliance de" lists members
		}
	}
	return false
}

// restrictiveRelative reports whether a relative word with no comma
// before it, after a lower-case noun, lies in tokens [lo, hi): "an
// alliance of factions that shares": the members end before it.
func (c *sctx) restrictiveRelative(lo, hi int) bool {
	for i := max(lo, c.a) + 1; i < hi && i < c.b; i++ {
		if c.rel[i-c.a] && !c.comma[i-c.a] && isLowerWord(c.d, i-1) && c.inMention(i-1) < 0 {
			// "a coalition of movements that includes X" still lists them
			for k := i + 1; k < c.b && k <= i+2; k++ {
				if c.trig[k-c.a] && c.trigType[k-c.a] == graph.MemberOf {
					return false
				}
			}
			return true
		}
	}
	return false
}

// lastCommaBefore returns the token after the last comma in (lo, hi], or -1.
func (c *sctx) lastCommaBefore(lo, hi int) int {
	for i := hi; i > lo; i-- {
		if i < c.b && c.comma[i-c.a] {
			return i
		}
	}
	return -1
}

const (
	maxSubjectGap = 20 // most words between a subject and its trigger
	maxObjectGap  = 16 // most words between a trigger and its object
)

// subject returns the index of the mention that is the subject of a
// trigger at token ts: the nearest actor before it in its clause,
// reading through relative clauses ("X, qui a livré...") and skipping an
// apposition closed by a comma ("X, al-Qaeda's affiliate, attacked");
// -1 when there is none.
func (c *sctx) subject(ts int, skip func(int) bool) int {
	j := sort.Search(len(c.ms), func(i int) bool { return c.ms[i].te > ts }) - 1
	for ; j >= 0 && ((skip != nil && skip(j)) || c.bracketed(j, ts)); j-- {
	}
	if j < 0 {
		return -1
	}
	if j+1 < len(c.ms) && c.ms[j+1].te <= ts && c.ms[j].te < c.b && c.contrastAt(c.ms[j].te) == j+1 && c.commas(c.ms[j+1].te, ts) == 1 {
		return j // « Le Rwanda, et non l'Ouganda, fournit »: the actor before the contrast
	}
	if h := c.ofPerson(j); h >= 0 && (skip == nil || !skip(h)) {
		j = h // « la junte du général Tiani a exigé »: the junta acts
	}
	if j > 0 && c.unitOf(j-1) == j && (skip == nil || !skip(j-1)) {
		j-- // « la force Radwan du Hezbollah a attaqué »: the unit acts (wing20.go)
	}
	if h, led := c.ledHead(j); led {
		// "the junta led by Min Aung Hlaing has responded": the junta
		// acts, named or not
		if h < 0 || (skip != nil && skip(h)) {
			return -1
		}
		j = h
	}
	if h := c.reducedRelativeHead(j, ts); h >= 0 && (skip == nil || !skip(h)) {
		j = h // "Al-Shabaab affiliated with al-Qaeda fights": al-Shabaab (probe18.go)
	}
	if k, ok := c.predicateSubject(j, ts, skip); ok {
		return k // "Russia delivered drones to Mali and trained its soldiers": Russia
	}
	m := c.ms[j]
	if c.span(m.te, ts) > maxSubjectGap || c.breakIn(m.te, ts) {
		return -1
	}
	if c.speaker(m.te, ts) {
		return -1 // "Haitian police said the assailants belonged to"
	}
	if c.commas(m.te, ts) == 0 {
		p := m.ts - 1
		for p-1 > c.a && c.ld.determiners.may(c.d, p) && c.ld.determiners.at(c.d, p, p+1, nil) == 1 && !(c.ld.passive.may(c.d, p) && c.ld.passive.at(c.d, p, c.b, nil) > 0) {
			p-- // « formés par la Turquie »: the article after the marker
		}
		if q := c.participleBefore(p); q > c.a && (c.ld.passive.may(c.d, p) && c.ld.passive.at(c.d, p, c.b, nil) == 1) && !c.trig[q-1-c.a] &&
			c.trig != nil && ts < c.b && c.trig[ts-c.a] && c.trigType[ts-c.a] != graph.Supplies {
			// "Mali used drones supplied by Turkey to strike JNIM": the
			// agent of a participle qualifying a noun is not the subject
			// of another act (but an act's agent is: « les frappes menées
			// par l'armée ont tué »; and a maker or supplier delivers what
			// it made: « des drones fabriqués par Baykar ont été livrés »)
			return c.subject(q, skip)
		}
		if p-2 > c.a && c.ld.passive.may(c.d, p) && c.ld.passive.at(c.d, p, c.b, nil) == 1 && c.ld.rel.sp.aux[c.d.toks[p-2].fold] &&
			c.trig != nil && c.trig[p-1-c.a] && (c.trigType[p-1-c.a] == graph.Supplies || c.trigType[p-1-c.a] == graph.Trains) && ts < c.b && c.trig[ts-c.a] && c.trigType[ts-c.a] == graph.Opposed {
			// "the militia, which was armed by Wagner in 2024 to fight
			// the UPC": the agent of a passive arming is not the one who
			// fights, and the purpose of the arming is no fight
			// (docs/CODEBOOK.md, "Purpose clauses")
			return -1
		}
		if h := c.participleTriggerAt(p); h >= 0 && c.trig != nil && ts < c.b && c.trig[ts-c.a] && (c.hits[h].trig.Type != graph.Supplies || c.trigType[ts-c.a] != graph.Supplies) {
			// « des soldats somaliens formés en Turquie combattent les
			// shebab »: the place or trainer of a participle qualifying
			// the noun is not the subject of another act
			return c.subject(c.hits[h].ts, skip)
		}
		if k := c.destinationSubject(j, ts, skip); k >= 0 {
			return k // "North Korean soldiers deployed to Russia have entered combat": North Korea
		}
		return j
	}
	if k := c.relativeAntecedent(m.ts, ts, skip); k >= 0 {
		return k
	}
	if k := c.participleAdjunct(j, ts, skip); k != -1 {
		return max(k, -1) // « X, réunis au sein de l'AES, ont quitté »: X
	}
	if ts == m.te && c.comma[m.te-c.a] && c.commas(m.te, ts) == 1 && (!c.appositionOf(j) || nameApposition(c.d, c.ld, c.a, c.b, c.ms, j) >= 0) {
		return j // "Al-Shabaab, affilié à Al-Qaïda", "the Houthis, led by"
	}
	// A comma stands between the actor and the trigger.
	if r := c.relativeIn(m.te, ts); r == m.te {
		if k := c.beforeOfApposition(j, ts, skip); k >= 0 {
			return k // "l'ISWAP, branche régionale de l'EI, qui harcèle": ISWAP
		}
		return j // "X, which supplies"
	}
	last := c.lastCommaBefore(m.te, ts)
	if (last >= 0 && c.anyRelative(last, ts)) || (m.te < c.b && c.rel[m.te-c.a]) {
		return j
	}
	if m.te < c.b && c.comma[m.te-c.a] && c.commas(m.te, ts) == 1 && c.ld.determiners.at(c.d, m.te, c.b, nil) > 0 && c.anyRelative(m.te, min(ts+1, m.te+7)) {
		return j // "Y (STC), a movement whose forces fought": an apposition with a relative
	}
	// Is the actor inside an apposition opened by a comma right after
	// another actor? "Al-Shabaab, al-Qaeda's affiliate, has been fighting"
	first := c.commaBefore(m.ts)
	if first > 0 && c.rel[first-c.a] {
		// inside a relative clause: its antecedent is the actor that
		// heads the phrase before the comma ("Somalia's Danab brigade,
		// which operates alongside US advisers, was trained by")
		for k := j - 1; k >= 0; k-- {
			if c.ms[k].te <= first && first-c.ms[k].te <= 5 && c.commas(c.ms[k].te, first-1) == 0 {
				if skip == nil || !skip(k) {
					return k
				}
			}
			if c.ms[k].te < first-5 {
				break
			}
		}
		return -1
	}
	if first > 0 && (j == 0 || c.ms[0].te > first) && c.firstComma() == first && first-c.a <= 5 {
		return j // "Fin juillet, l'armée malienne et ses alliés russes ont subi"
	}
	if k := c.beforeListApposition(j, ts, skip); k >= 0 {
		return k // "Ses soldats, sud-africains, malawites et tanzaniens, avaient combattu"
	}
	if first > 0 {
		// "Al-Shabaab, al-Qaeda's affiliate, has been fighting": the
		// actor before the apposition.
		for k := j - 1; k >= 0; k-- {
			if g := c.d.group(c.ld, c.ms, j, -1); c.ms[k].te == first && slices.Contains(g, k) && !c.breakIn(m.te, ts) {
				if p := c.commaBefore(c.ms[g[0]].ts); p > c.a && c.anyRelative(p, c.ms[g[0]].ts) {
					// "Aspides, to which Greece, France and Italy have
					// contributed frigates, escorts": the antecedent
					if a := c.mentionEndingAt(p); a >= 0 && (skip == nil || !skip(a)) && !c.breakIn(c.ms[a].te, ts) {
						return a
					}
					return -1
				}
				return j // « Le Burkina Faso, le Mali et le Niger, réunis au sein de »: a list, no apposition
			}
			if c.ms[k].te == first && c.commas(c.ms[k].te, ts) == 2 && !c.breakIn(c.ms[k].te, ts) {
				if groupKind(m.actor.Kind) && m.actor.ID != c.ms[k].actor.ID && c.memberRoleOf(k) {
					return j // « La branche armée du Hamas, les Brigades al-Qassam, a tiré »: the wing (wing20.go)
				}
				if skip == nil || !skip(k) {
					return k
				}
			}
			if c.ms[k].te < first {
				break
			}
		}
		// "Another group, the Islamic State West Africa Province (ISWAP),
		// has stepped up": the apposition names the subject.
		k0 := sort.Search(len(c.ms), func(i int) bool { return c.ms[i].ts >= first })
		if k0 <= j && c.ms[k0].ts-first <= 1 && c.ms[k0].actor.ID == m.actor.ID {
			return j
		}
		if c.ld.attributions.at(c.d, first, c.b, nil) == 0 {
			// an apposition whose head is no actor: "Les commandos de la
			// brigade Gorgor, fer de lance de l'armée somalienne dans la
			// lutte contre Al-Shabaab, ont été formés"
			return -1
		}
	}
	// An adverbial between commas ("X a, en mars, livré"): one or two
	// short segments without an actor; an actor after a preposition is
	// no subject ("opération contre la junte, en coordination avec").
	if c.commas(m.te, ts) <= 2 && ts-m.te <= 16 && !c.afterPreposition(m) {
		return j
	}
	if c.nounApposition(j, ts) {
		return j // « les insurgés d'Ansar al-Sunna, un groupe affilié à l'EI »
	}
	return -1
}

// ledHead reports whether person mention j is the agent of a leads
// trigger ending right before it ("the junta led by X", « le groupe
// dirigé par X »), and returns the mention it names as led, or -1 when
// what is led is not named here. A state agent counts only before an
// organisation or a group it leads ("the coalition led by the United
// States", « la mission menée par le Kenya »).
func (c *sctx) ledHead(j int) (int, bool) {
	m := c.ms[j]
	state := m.actor.Kind == graph.KindState // "the coalition led by the United States struck": the coalition
	at := m.ts
	if state && at-1 > c.a && (c.ld.determiners.may(c.d, at-1) && c.ld.determiners.at(c.d, at-1, at, nil) == 1) {
		at-- // "led by the United States", « menée par les États-Unis »
	}
	if m.actor.Kind == graph.KindPerson && c.trig != nil && at-1 > c.a && c.comma[at-c.a] {
		// "the NUG, led by its acting president, Duwa Lashi La,
		// declared": a role between the trigger and the leader
		for k := at - 1; k > c.a && k >= at-6 && isLowerWord(c.d, k) && (k == at-1 || !c.hardOrComma(k+1)); k-- {
			if c.trig[k-1-c.a] && c.trigType[k-1-c.a] == graph.Leads && c.ld.passive.endsAt(c.d, c.a, k) > 0 {
				if c.phraseIn(c.ld.rel.leaderRoles, k, at) {
					at = k
				}
				break
			}
		}
	}
	if (m.actor.Kind != graph.KindPerson && !state) || c.trig == nil || at-1 <= c.a || !c.trig[at-1-c.a] || c.trigType[at-1-c.a] != graph.Leads ||
		c.ld.passive.endsAt(c.d, c.a, at) == 0 {
		return -1, false
	}
	ts := at - 1
	for ts > c.a && c.trig[ts-1-c.a] {
		ts--
	}
	for k := j - 1; k >= 0 && c.ms[k].te >= ts-1; k-- {
		if c.ms[k].te == ts && c.ms[k].actor.Kind != graph.KindPerson && (!state || c.ms[k].actor.Kind == graph.KindOrganisation || c.ms[k].actor.Kind == graph.KindArmedGroup) {
			return k, true
		}
	}
	return -1, !state
}

// notHeld reports whether the words in tokens [lo, hi), between a
// subject and equipment of some origin, say that the subject fought or
// only saw that equipment ("shot down", "identified"), not that it holds it.
func (c *sctx) notHeld(lo, hi int) bool {
	for i := max(lo, c.a); i < hi; i++ {
		if c.trig != nil && c.trig[i-c.a] && c.trigType[i-c.a] == graph.Opposed || (c.ld.rel.observation.may(c.d, i) && c.ld.rel.observation.at(c.d, i, c.b, nil) > 0) {
			return true
		}
	}
	return false
}

// speaker reports whether a speech verb in tokens [lo, hi) is followed
// by a subject of its own before hi ("said the assailants belonged"):
// the actor before lo is the speaker, not the trigger's subject.
func (c *sctx) speaker(lo, hi int) bool {
	if lo >= c.a && c.d.none(c.ld.rel.speech, c.a, c.b) {
		return false // at finds none from c.a to c.b
	}
	for i := lo; i < hi; i++ {
		if !c.ld.rel.speech.may(c.d, i) {
			continue
		}
		n := c.ld.rel.speech.at(c.d, i, c.b, nil)
		if n == 0 {
			continue
		}
		k := i + n // past "that" / « que » when the language lists it with the verb
		if k+1 == hi && k < c.b && c.ld.determiners.at(c.d, k, c.b, nil) == 1 {
			return true // "said the strike was conducted": the trigger is the reported subject
		}
		if hi-2 >= k && c.ld.rel.has(c.d, hi-2, rwComplementizers) && c.ld.determiners.at(c.d, hi-1, c.b, nil) == 1 {
			return true // "said in a speech that the strike would": the same
		}
		return k+1 < hi && c.ld.determiners.at(c.d, k, c.b, nil) > 0 && isLowerWord(c.d, k+1) && c.inMention(k+1) < 0 && !c.trig[k+1-c.a]
	}
	return false
}

// commaBefore returns the token right after the last comma at or before
// token i (a comma before token i counts), or -1 when a hard break or the
// sentence's start comes first.
func (c *sctx) commaBefore(i int) int {
	for ; i > c.a; i-- {
		if c.comma[i-c.a] {
			return i
		}
		if c.hard[i-c.a] {
			return -1
		}
	}
	return -1
}

// beforeOfApposition returns the actor before an apposition whose
// complement is mention j ("ISWAP, a branch of IS, which"), or -1: j
// follows a preposition, and the apposition opened by a comma right
// after the actor closes by a comma before the trigger ts.
func (c *sctx) beforeOfApposition(j, ts int, skip func(int) bool) int {
	m := c.ms[j]
	if !c.afterPreposition(m) {
		return -1
	}
	first := c.commaBefore(m.ts)
	if first < 0 || !isLowerWord(c.d, first) && c.ld.determiners.at(c.d, first, c.b, nil) == 0 {
		return -1
	}
	for k := j - 1; k >= 0 && c.ms[k].te >= first-1; k-- {
		if c.ms[k].te == first && c.commas(c.ms[k].te, ts) == 2 && !c.breakIn(c.ms[k].te, ts) && (skip == nil || !skip(k)) {
			return k
		}
	}
	return -1
}

// afterPreposition reports whether a preposition stands just before a
// mention, articles skipped.
func (c *sctx) afterPreposition(m mention) bool {
	i := m.ts - 1
	for i >= c.a && c.ld.determiners.at(c.d, i, i+1, nil) == 1 && !c.ld.rel.has(c.d, i, rwPrepositions) {
		i--
	}
	return i >= c.a && c.ld.rel.has(c.d, i, rwPrepositions)
}

// object returns the index of the nearest mention after token te in the
// trigger's clause, or -1.
func (c *sctx) object(te int, skip func(int) bool) int {
	j := sort.Search(len(c.ms), func(i int) bool { return c.ms[i].ts >= te })
	for ; j < len(c.ms) && ((skip != nil && skip(j)) || c.bracketed(j, te-1) || c.maker(j, te)); j++ {
	}
	if j >= len(c.ms) {
		return -1
	}
	m := c.ms[j]
	gap := c.span(te, m.ts)
	if te > c.a && te < m.ts && c.comma[te-c.a] {
		// an inserted adverbial right after the trigger does not count:
		// « a financé, au titre de la Facilité européenne pour la paix,
		// des véhicules blindés ... pour les armées béninoise »
		for q := te + 1; q < m.ts && q <= te+maxObjectGap; q++ {
			if c.hard[q-c.a] {
				break
			}
			if c.comma[q-c.a] {
				gap -= c.span(te, q)
				break
			}
		}
	}
	if gap > maxObjectGap || c.breakIn(te, m.ts) {
		return -1
	}
	if c.relativeIn(te, m.ts) >= 0 {
		return -1
	}
	if n := c.commas(te, m.ts); n > 0 {
		// An inserted adverbial between two commas ("a livré, en mars,
		// des drones au Mali") is crossed; a comma right before the
		// actor, or one comma alone ("son partenaire de sécurité, au
		// détriment de la France"), is not.
		if n != 2 || c.comma[m.ts-c.a] || c.comma[te-c.a] && te > c.a {
			if (!(n == 2 && te < c.b && c.comma[te-c.a]) || c.comma[m.ts-c.a]) && !c.verbChain(te, m.ts) && !c.named(te, m.ts) && !c.nounList(te, m.ts) && !c.describedObject(te, j) {
				return -1
			}
		}
	}
	if c.otherTriggerBetween(te, m.ts) {
		return -1 // "partner in the war against IS": IS is against's
	}
	if c.inSupportBetween(te, m.ts) {
		return -1 // "bombed Idlib in support of the Syrian army": an ally
	}
	if h := c.possessed(j); h >= 0 && (skip == nil || !skip(h)) {
		return h // "part of Iran's Axis of Resistance": the Axis
	}
	if k := c.namedDescription(te, j); k >= 0 && (skip == nil || !skip(k)) {
		return k // « un contingent à la mission de l'ONU en Centrafrique, la Minusca »: the Minusca
	}
	return j
}

// maxDescriptionTail is the most words between the owner of a described
// organisation and the comma before its name ("the UN mission in the
// Central African Republic, MINUSCA").
const maxDescriptionTail = 5

// namedDescription returns the organisation named in apposition to a
// description whose owner is mention j, the object of a trigger ending at
// te: an organisation noun of the anaphors and an of-word between the
// trigger and j (articles allowed), or such a noun right after j (a
// modifier or two between: "the UN peacekeeping mission"), then, within
// a few words after j and no other actor, a comma and the
// organisation's name (« à la mission de l'ONU en Centrafrique, la
// Minusca, », "to the UN mission in the CAR, MINUSCA,": the Minusca, not
// the UN); else -1.
func (c *sctx) namedDescription(te, j int) int {
	d, r := c.d, c.ld.rel
	m := c.ms[j]
	i := m.ts
	for i > te && (c.ld.determiners.may(d, i-1) && c.ld.determiners.at(d, i-1, i, nil) == 1) && !r.has(d, i-1, rwOf) {
		i--
	}
	noun := false
	if i > te && r.has(d, i-1, rwOf) {
		for s := te; s < i-1 && !noun; s++ {
			noun = r.anaphors[graph.KindOrganisation].at(d, s, i-1, nil) == i-1-s
		}
	} else {
		// the owner before the noun, a modifier or two between: "the UN
		// (peacekeeping) mission in the CAR, MINUSCA"
		for s := m.te; s < c.b && s <= m.te+2 && !noun; s++ {
			if c.hardOrComma(s) || !isLowerWord(d, s) {
				break
			}
			noun = r.anaphors[graph.KindOrganisation].at(d, s, c.b, nil) > 0
		}
	}
	if !noun || j+1 >= len(c.ms) {
		return -1
	}
	n := c.ms[j+1]
	if n.actor.Kind != graph.KindOrganisation || n.actor.ID == m.actor.ID || n.ts-m.te > maxDescriptionTail+2 || c.hardOrComma(m.te) && n.ts-m.te > 2 {
		return -1
	}
	k := n.ts
	for k > m.te && c.ld.determiners.at(d, k-1, k, nil) == 1 {
		k--
	}
	if !c.comma[k-c.a] || c.commas(m.te, k) != 1 || k-m.te > maxDescriptionTail {
		return -1
	}
	return j + 1
}

// maxDescribedWords is the most words of a described object before the
// name in apposition to it ("the sons' faction").
const maxDescribedWords = 5

// describedObject reports whether mention j, right after a comma, is the
// name in apposition to a described object right after a trigger ending
// at te: lower-case words only, an article among them, the
// apposition closed by a comma or the sentence's end ("has been at war
// with the sons' faction, Los Chapitos, ever since", "supplied the
// rebel coalition, the CSP-DPA,").
func (c *sctx) describedObject(te, j int) bool {
	d, m := c.d, c.ms[j]
	s := m.ts // the apposition's start, past its articles
	for s > te && c.ld.determiners.at(d, s-1, s, nil) == 1 && !c.comma[s-c.a] {
		s--
	}
	if te >= s || !c.comma[s-c.a] || s-te > maxDescribedWords+1 || c.commas(te, m.ts) != 1 {
		return false
	}
	det := false
	for i := te; i < s; i++ {
		if i > te && c.hard[i-c.a] || c.inMention(i) >= 0 || !isLowerWord(d, i) || c.trig != nil && c.trig[i-c.a] || c.ld.rel.placePreps.at(d, i, s, nil) > 0 {
			return false
		}
		det = det || c.ld.determiners.at(d, i, i+1, nil) == 1
	}
	if !det {
		return false
	}
	return m.te >= c.b || c.hardOrComma(m.te)
}

// inSupportBetween reports whether "in support of" (« en soutien à »), a
// help noun after an in-support word, lies in tokens [lo, hi): the actor
// after it is helped, not the trigger's object.
func (c *sctx) inSupportBetween(lo, hi int) bool {
	r := c.ld.rel
	for i := max(lo, c.a); i+1 < hi && i+1 < c.b; i++ {
		if r.help.may(c.d, i+1) && r.has(c.d, i, rwInSupport) && r.help.at(c.d, i+1, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// supplyNear reports whether a supplies trigger starts right after the
// joint cue [i, e) or ends right before it ("Norway and the US together
// provided", "jointly financed", "delivered together"): co-suppliers are
// no allies by it.
func (c *sctx) supplyNear(i, e int) bool {
	if c.trig == nil {
		return false
	}
	for t := max(c.a, i-1); t < min(c.b, e+2); t++ {
		if (t < i || t >= e) && c.trig[t-c.a] && c.trigType[t-c.a] == graph.Supplies {
			return true
		}
	}
	return false
}

// jointBefore reports whether a joint cue ("joint", « conjointes »)
// stands just before token ts: "joint raids with X" names a partner.
func (c *sctx) jointBefore(ts int) bool {
	for k := max(c.a, ts-2); k < ts; k++ {
		if c.ld.rel.joint.at(c.d, k, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// possessed returns the mention that mention j possesses or qualifies,
// right after its "'s" or hyphen compound ("Iran's Axis of Resistance",
// "the Iran-led Axis of Resistance"), or -1.
func (c *sctx) possessed(j int) int {
	d, m := c.d, c.ms[j]
	if j+1 >= len(c.ms) || m.te+1 >= c.b {
		return -1
	}
	possessive := c.ld.rel.has(d, m.te, rwPossessiveSuffix) && d.norm[d.toks[m.te-1].end:d.toks[m.te].start] == "'"
	if !possessive && !isCompound(d, c.ld.rel, m) {
		return -1 // nor "the Iran-led Axis of Resistance"
	}
	h := j + 1
	if c.ms[h].ts == c.ms[h].te || c.ms[h].ts-(m.te+1) > 2 || c.commas(m.te+1, c.ms[h].ts) > 0 || c.ms[h].actor.ID == m.actor.ID {
		return -1
	}
	for i := m.te + 1; i < c.ms[h].ts; i++ {
		if c.trig[i-c.a] {
			return -1
		}
	}
	return h
}

// nounList reports whether the commas in [lo, hi) are those of a list of
// common nouns closed by a coordinator: "supplied weapons, ammunition or
// fighters to the M23", « livré des armes, des munitions et des drones au
// Mali ».
func (c *sctx) nounList(lo, hi int) bool {
	lastComma, coord, prep := -1, false, false
	for i := lo; i < hi && i < c.b; i++ {
		if c.hard[i-c.a] || c.brk[i-c.a] || c.rel[i-c.a] || c.inMention(i) >= 0 || (c.trig != nil && c.trig[i-c.a]) {
			return false
		}
		if !isLowerWord(c.d, i) && !isNumber(c.d.toks[i].fold) {
			return false
		}
		if c.comma[i-c.a] {
			if i-lastComma > 4 && lastComma >= 0 {
				return false // items of at most three words
			}
			lastComma, coord, prep = i, false, false
		}
		if lastComma >= 0 && c.ld.coord.at(c.d, i, i+1, nil) == 1 {
			coord = true
		} else if coord && c.ld.rel.has(c.d, i, rwPrepositions) {
			prep = true // the last item, then "to": the actor is an object
		}
	}
	return lastComma >= 0 && coord && prep && !c.comma[hi-c.a]
}

// otherTriggerBetween reports whether another trigger stands between a
// trigger ending at te and a candidate object at hi, after the chain of
// verbs joined to the trigger ("trained, armed and advised the SDF" is
// one chain).
func (c *sctx) otherTriggerBetween(te, hi int) bool {
	if c.trig == nil || te <= c.a {
		return false
	}
	own := c.trigType[te-1-c.a]
	chain := true
	for i := te; i < hi && i < c.b; i++ {
		switch {
		case c.trig[i-c.a]:
			hyphen := c.d.norm[c.d.toks[i-1].end:c.d.toks[i].start] == "-"
			if !chain && c.trigType[i-c.a] != own && !hyphen && c.ld.rel.alongside.at(c.d, i, c.b, nil) == 0 && !c.targetRole(own, te, i) {
				return true
			}
			if own == graph.Allied && c.trigType[i-c.a] == graph.Opposed && c.ld.rel.against.at(c.d, i, c.b, nil) > 0 {
				return true // "a reliable partner against the JNIM": the JNIM is against's
			}
		case c.ld.coord.may(c.d, i) && c.ld.coord.at(c.d, i, i+1, nil) == 1 || c.ld.determiners.may(c.d, i) && c.ld.determiners.at(c.d, i, i+1, nil) == 1 && chain && i == te:
		default:
			chain = false
		}
	}
	return false
}

// maxTargetRoleWords is the most words between a hostile trigger and
// the role noun of its target ("killed a senior commander of").
const maxTargetRoleWords = 3

// targetRole reports whether the leads or member_of trigger at i is the
// role noun of a hostile trigger's target, ending at te: "killed a senior
// commander of Kataib Hezbollah", « a tué un haut commandant du
// Hezbollah » strike the group (an article, then lower-case words only).
func (c *sctx) targetRole(own graph.RelType, te, i int) bool {
	t := c.trigType[i-c.a]
	for i > te && c.trig[i-1-c.a] && c.trigType[i-1-c.a] == t {
		i-- // the role's first word
	}
	if own != graph.Opposed || t != graph.Leads && t != graph.MemberOf || i-te > maxTargetRoleWords ||
		c.ld.determiners.at(c.d, te, te+1, nil) != 1 && !isNumber(c.d.toks[te].fold) && !c.ld.rel.quantity[c.d.toks[te].fold] {
		return false // (a count opens the target too: « a tué trois membres du PKK », "killed 12 members of")
	}
	for k := te; k < i; k++ {
		if c.comma[k-c.a] && k > te || c.hard[k-c.a] || !isLowerWord(c.d, k) && !(k == te && isNumber(c.d.toks[k].fold)) || c.trig[k-c.a] {
			return false
		}
	}
	return true
}

// keepMention says whether a lexicon mention names an actor here: a
// demonym only with an institution or a role ("Malian troops", "soldats
// maliens", "Nigerian President"), as a people noun ("les Russes", "the
// Turks") or as an origin ("Turkish-made"); a capital not after a place
// preposition ("à Bamako", "in Kigali").
func (c *sctx) keepMention(m mention, trig []bool) bool {
	d, r := c.d, c.ld.rel
	if c.dateline(m) {
		return false // « BOGOTA – Les combats qui opposent l'ELN »: where the story is filed from
	}
	if m.te < c.b && c.ld.rel.documentHead(c.d, m.te) && c.d.norm[c.d.toks[m.te-1].end:c.d.toks[m.te].start] == " " {
		return false // "the Ottawa Treaty": a treaty's name (gold19en.go)
	}
	// a nickname: "surnommé localement al-Shabab", "known as Barbecue"
	for i := m.ts; i >= m.ts-2 && i > c.a && !c.noNicknames; i-- {
		if (r.nicknames.mayEnd(d, i) && r.nicknames.endsAt(d, c.a, i) > 0) && (i == m.ts || isLowerWord(d, i)) {
			return false
		}
	}
	switch m.form.Role {
	case lexicon.RoleDemonym:
		if c.origin(m) || c.ledBy(m) {
			return true
		}
		// after it: "Malian troops", "Nigerian President"
		if m.te < c.b && !c.hardOrComma(m.te) {
			if (r.instNouns.may(d, m.te) && r.instNouns.at(d, m.te, c.b, nil) > 0) || (r.leaderRoles.may(d, m.te) && r.leaderRoles.at(d, m.te, c.b, nil) > 0) || (r.memberRoles.may(d, m.te) && r.memberRoles.at(d, m.te, c.b, nil) > 0) || (r.allyRoles.may(d, m.te) && r.allyRoles.at(d, m.te, c.b, nil) > 0) {
				return true
			}
			// "Turkish military instructors": one adjective between
			if m.te+1 < c.b && !c.hardOrComma(m.te+1) && isLowerWord(d, m.te) && !c.groupNounAt(m.te) &&
				((r.instNouns.may(d, m.te+1) && r.instNouns.at(d, m.te+1, c.b, nil) > 0) || (r.leaderRoles.may(d, m.te+1) && r.leaderRoles.at(d, m.te+1, c.b, nil) > 0)) {
				return true
			}
		}
		// before it: "soldats maliens", "le président malien"
		if !c.hardOrComma(m.ts) {
			if (r.instNouns.mayEnd(d, m.ts) && r.instNouns.endsAt(d, c.a, m.ts) > 0) || (r.leaderRoles.mayEnd(d, m.ts) && r.leaderRoles.endsAt(d, c.a, m.ts) > 0) || (r.memberRoles.mayEnd(d, m.ts) && r.memberRoles.endsAt(d, c.a, m.ts) > 0) || (r.allyRoles.mayEnd(d, m.ts) && r.allyRoles.endsAt(d, c.a, m.ts) > 0) {
				return true
			}
		}
		// an institution a few words away: "forces de réaction rapide
		// mozambicaines", "Mozambican quick reaction forces"
		for n := 2; n <= 4; n++ {
			if p := m.ts - n; p >= c.a && c.lowerRun(p+1, m.ts) && (r.instNouns.may(d, p) && r.instNouns.at(d, p, m.ts, nil) > 0) && !c.placePrepIn(p+1, m.ts) {
				return true
			}
			if p := m.te + n - 1; p < c.b && c.lowerRun(m.te, p) && (r.instNouns.may(d, p) && r.instNouns.at(d, p, c.b, nil) > 0) {
				return true
			}
		}
		// equipment received: "Mali received Turkish drones", « le Mali a
		// acquis des drones turcs »: the maker's state supplies; equipment
		// attacked: "shot down a Malian drone": the state's
		if (c.suppliedBefore(m.ts) || c.opposedBefore(m.ts)) && ((m.te < c.b && !c.hardOrComma(m.te) && c.ld.equipment.at(d, m.te, c.b, nil) > 0) ||
			(!c.hardOrComma(m.ts) && c.ld.equipment.endsAt(d, c.a, m.ts) > 0)) {
			return true
		}
		// a sanction's author: "American sanctions", « sanctions
		// américaines » (sanction_nouns)
		if bl := &r.bl; bl.ok && ((m.te < c.b && !c.hardOrComma(m.te) && bl.sanctionNouns.at(d, m.te, c.b, nil) > 0) ||
			(!c.hardOrComma(m.ts) && (bl.sanctionNouns.mayEnd(d, m.ts) && bl.sanctionNouns.endsAt(d, c.a, m.ts) > 0))) {
			return true
		}
		// a supporter: "Russian military support", « le soutien
		// militaire russe » (supportRules)
		if c.supportDemonym(m) {
			return true
		}
		// a people noun: "les Russes", "the Turks"
		w := d.word(m.ts)
		first, _ := utf8.DecodeRuneInString(w)
		if m.te-m.ts == 1 && unicode.IsUpper(first) && strings.HasSuffix(d.toks[m.ts].fold, "s") && m.ts > c.a &&
			c.ld.determiners.at(d, m.ts-1, m.ts, nil) == 1 {
			return true
		}
		return false
	case lexicon.RoleCapital, lexicon.RoleName, lexicon.RoleAlias:
		return !c.placeNamed(m, trig) && !c.ownBody(m)
	}
	return true
}

// ownBody reports whether m, an organisation's name written in lower
// case, follows a possessive: the body of the owner before it, not the
// organisation (« son conseil de sécurité et de défense »: the Sudanese
// government's, not the UN's).
func (c *sctx) ownBody(m mention) bool {
	return m.actor.Kind == graph.KindOrganisation && m.ts-1 >= c.a && !c.d.toks[m.ts].capital && c.ld.rel.has(c.d, m.ts-1, rwPossessives)
}

// maxDatelineWords is the most words between a dateline's place and its
// dash ("PORT-AU-PRINCE, June 24 (Caribbean Report) —").
const maxDatelineWords = 8

// datelineWeight is what a dateline's capital adds to its state's count
// of mentions when the home state is chosen (homeState).
const datelineWeight = 2

// datelineAt reports whether mention m opens a line of the document and is
// the place of a dateline (see dateline), read on the document alone.
func datelineAt(d *doc, m mention) bool {
	if m.te <= m.ts || m.ts > 0 && strings.IndexByte(d.norm[d.toks[m.ts-1].end:d.toks[m.ts].start], '\n') < 0 {
		return false
	}
	return datelineFrom(d, m, len(d.toks))
}

// datelineFrom reports whether mention m, written in capitals, has a
// dash within maxDatelineWords words after it, before token b.
func datelineFrom(d *doc, m mention, b int) bool {
	txt := d.norm[d.toks[m.ts].start:d.toks[m.te-1].end]
	for k := 0; k < len(txt); k++ {
		if c := txt[k]; c >= 'a' && c <= 'z' {
			return false // ToUpper would change it: not in capitals (and nothing to allocate)
		}
	}
	if len(txt) < 3 || strings.ToUpper(txt) != txt || strings.ToLower(txt) == txt {
		return false
	}
	for i := m.te; i < b && i <= m.te+maxDatelineWords; i++ {
		if strings.Contains(d.norm[d.toks[i-1].end:d.toks[i].start], " - ") {
			return true
		}
	}
	return false
}

// dateline reports whether mention m is the place of a dateline: a name
// written in capitals that opens the sentence, before a dash within a few
// words (« BOGOTA – », "KYIV —", « ADDIS-ABEBA, 14 mai - »): the city the
// story is filed from names no actor, and is no subject of the sentence's
// triggers.
func (c *sctx) dateline(m mention) bool {
	if m.ts != c.a || m.te <= m.ts {
		return false
	}
	return datelineFrom(c.d, m, c.b)
}

// placeNamed reports whether a capital or a state's name names a place:
// after a place preposition ("in northern Syria", « à Bamako »), unless
// the preposition belongs to a trigger ("closed its border with
// Rwanda").
func (c *sctx) placeNamed(m mention, trig []bool) bool {
	d, r := c.d, c.ld.rel
	switch m.form.Role {
	case lexicon.RoleCapital, lexicon.RoleName, lexicon.RoleAlias:
		if m.form.Role != lexicon.RoleCapital && m.actor.Kind != graph.KindState {
			return false
		}
		if c.placeCompound(m) {
			return true // "a Phnom Penh-based conglomerate"
		}
		if c.groupsPlace(m) {
			return true // « les rebelles houthis du Yémen » (prec19.go)
		}
		if c.ownedPlace(m) {
			return true // "Beirut's southern suburbs", « des villages du Liban-Sud » (open20.go)
		}
		if m.form.Role == lexicon.RoleCapital && c.documentCity(m) {
			return true // « l'accord de Pretoria » (gold20fr.go)
		}
		preps := r.placePreps
		if m.form.Role != lexicon.RoleCapital {
			preps = r.statePlaces // "à l'Égypte" is a recipient, "en Égypte" a place
		}
		at := m.ts
		if at-1 > c.a && (c.ld.determiners.may(d, at-1) && c.ld.determiners.at(d, at-1, at, nil) == 1) && preps.endsAt(d, c.a, at) == 0 {
			at-- // "la frontière avec l'Algérie"
		}
		n := preps.endsAt(d, c.a, at)
		if n == 0 && m.form.Role == lexicon.RoleCapital {
			if k := r.statePlaces.endsAt(d, c.a, at); k >= 2 {
				n = k // "in eastern Baghdad", « dans le nord de Bamako »
			}
		}
		if n > 0 {
			// "réceptionnés à Bamako" still names the recipient, and
			// "closed its border with Rwanda" its neighbour; "killed in
			// Beirut" names a place
			if p := at - n; p > c.a && trig != nil && (trig[p-c.a] || (trig[p-1-c.a] && m.form.Role == lexicon.RoleCapital && c.trigType[p-1-c.a] == graph.Supplies)) {
				return false
			}
			if m.form.Role == lexicon.RoleCapital && trig != nil && n == 1 && r.inSupportTo[d.toks[at-1].fold] && c.suppliesTo(at-1) {
				return false // "a envoyé des armes à Mogadiscio": the recipient
			}
			if c.openerSeizureState(at-n, m) {
				return false // "In Burkina Faso, JNIM stormed the town of Djibo": the state fought (gold20fr.go)
			}
			if c.trainersArrivedBefore(at - n) {
				return false // « des instructeurs russes sont arrivés à Niamey »: the trainees (gold20fr.go)
			}
			return true
		}
	}
	return false
}

// suppliesTo reports whether a supplies trigger ends a few words
// before token p in its clause, with what is supplied between ("a envoyé
// des armes à", "delivered drones to"): a capital after p is the
// recipient, not a place.
func (c *sctx) suppliesTo(p int) bool {
	for k := p - 1; k >= c.a && k >= p-maxSuppliedGap; k-- {
		if c.trig[k-c.a] {
			return c.trigType[k-c.a] == graph.Supplies && k < p-1
		}
		if c.hardOrComma(k+1) || c.inMention(k) >= 0 {
			return false
		}
	}
	return false
}

// maxSuppliedGap is the most words between a supplies trigger and the
// preposition of a capital it names as recipient (suppliesTo).
const maxSuppliedGap = 8

// possessesNoun reports whether mention j is a possessor ("Iran's") of
// a noun that is no actor nor institution ("Iran's Supreme National
// Security Council", "Iran's diplomacy"): a role of that noun is not of
// j.
func (c *sctx) possessesNoun(j int) bool {
	d, m := c.d, c.ms[j]
	if m.te+1 >= c.b || !c.ld.rel.has(d, m.te, rwPossessiveSuffix) || d.norm[d.toks[m.te-1].end:d.toks[m.te].start] != "'" {
		return false
	}
	k := m.te + 1
	return c.inMention(k) < 0 && c.ld.rel.instNouns.at(d, k, c.b, nil) == 0 && c.ld.rel.home.at(d, k, c.b, nil) == 0
}

// betweenIn reports whether a between word ("between", « entre »,
// "pitting") stands in tokens [lo, hi): the actors after it are a pair
// the noun before it relates, not the object of a trigger before it.
func (c *sctx) betweenIn(lo, hi int) bool {
	for i := max(lo, c.a); i < hi && i < c.b; i++ {
		if c.ld.rel.between.may(c.d, i) && c.ld.rel.between.at(c.d, i, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// hardOrComma reports whether punctuation stands just before token i.
func (c *sctx) hardOrComma(i int) bool {
	return i > c.a && i < c.b && (c.comma[i-c.a] || c.hard[i-c.a])
}

// origin reports whether a demonym mention names the origin of goods:
// "de fabrication turque", "Turkish-made".
func (c *sctx) origin(m mention) bool {
	r := c.ld.rel
	if m.form.Role != lexicon.RoleDemonym {
		// a name before a hyphen: "US-made", "China-made"
		if m.te < c.b && m.actor.Kind == graph.KindState && (r.originAfter.may(c.d, m.te) && r.originAfter.at(c.d, m.te, c.b, nil) > 0) {
			return c.d.norm[c.d.toks[m.te-1].end:c.d.toks[m.te].start] == "-"
		}
		return false
	}
	if r.originBefore.mayEnd(c.d, m.ts) && r.originBefore.endsAt(c.d, c.a, m.ts) > 0 {
		return true
	}
	if m.te < c.b && (r.originAfter.may(c.d, m.te) && r.originAfter.at(c.d, m.te, c.b, nil) > 0) {
		gap := c.d.norm[c.d.toks[m.te-1].end:c.d.toks[m.te].start]
		return gap == "-"
	}
	// "Turkish- and Iranian-made": a suspended hyphen, a coordinator,
	// then a demonym that names an origin.
	if m.te+1 < c.b && strings.TrimSpace(c.d.norm[c.d.toks[m.te-1].end:c.d.toks[m.te].start]) == "-" &&
		c.ld.coord.at(c.d, m.te, m.te+1, nil) == 1 {
		for _, n := range c.ms {
			if n.ts == m.te+1 && n.form.Role == lexicon.RoleDemonym {
				return c.origin(n)
			}
		}
	}
	// « de fabrication serbe et chinoise »: a demonym listed right after
	// an origin shares it
	for _, n := range c.ms {
		if n.te <= m.ts && n.te > n.ts && n.form.Role == lexicon.RoleDemonym && c.d.gapKind(c.ld, n.te, m.ts) != gapNone && m.ts-n.te <= 1 {
			return c.origin(n)
		}
	}
	return c.possessedOrigin(m)
}

// possessedOrigin reports whether demonym m qualifies equipment a state
// owns: after the state's possessive ("Mali's Turkish drones", "the
// Sudanese army's Iranian drones"), or, in French, after the equipment
// and before an of-word and the state (« les drones turcs de l'armée
// malienne »): the demonym's state supplied them.
func (c *sctx) possessedOrigin(m mention) bool {
	d, ld := c.d, c.ld
	if d.none(ld.equipment, c.a, c.b) {
		return false
	}
	if m.te < c.b && !c.hardOrComma(m.te) && ld.equipment.may(d, m.te) && ld.equipment.at(d, m.te, c.b, nil) > 0 {
		// "Mali's Turkish drones"
		p := m.ts - 1
		if p <= c.a || !ld.rel.possessiveSuffix[d.toks[p].fold] || d.norm[d.toks[p-1].end:d.toks[p].start] != "'" {
			return false
		}
		o := c.inMention(p - 1)
		return o >= 0 && c.ms[o].actor.Kind == graph.KindState && c.ms[o].actor.ID != m.actor.ID
	}
	// « les drones turcs de l'armée malienne »
	if c.hardOrComma(m.ts) || !ld.equipment.mayEnd(d, m.ts) || ld.equipment.endsAt(d, c.a, m.ts) == 0 || m.te >= c.b || !ld.rel.has(d, m.te, rwOf) || c.hardOrComma(m.te) {
		return false
	}
	k := m.te + 1
	for k < c.b && ld.determiners.may(d, k) && ld.determiners.at(d, k, k+1, nil) == 1 {
		k++
	}
	if n := ld.rel.instNouns.at(d, k, c.b, nil); n > 0 && c.inMention(k) < 0 {
		k += n // « de l'armée éthiopienne »: the institution, then its demonym
	}
	o := c.inMention(k)
	return o >= 0 && c.ms[o].ts == k && c.ms[o].actor.Kind == graph.KindState && c.ms[o].actor.ID != m.actor.ID && !c.placeNamed(c.ms[o], c.trig)
}

// compoundWord reports whether the one-word phrase at i (end i+1)
// is hyphenated to a lower-case word after it: « lance-roquettes »,
// "strike-fighters" are nouns, no verbs.
func (d *doc) compoundWord(i, end, b int) bool {
	return end == i+1 && end < b && d.norm[d.toks[i].end:d.toks[end].start] == "-" && isLowerWord(d, end)
}

// isLowerWord reports whether token i is written in lower case.
func isLowerWord(d *doc, i int) bool {
	return isLower(d.word(i))
}

// pairCand is a relation a rule found, before its evidence is written.
type pairCand struct {
	from, to int // mention indexes
	typ      graph.RelType
	ts, te   int    // the trigger's tokens
	rule     string // e.g. "fr/trigger/supplies/passive"
	weak     bool   // a fallback rule: lower confidence
	// cts, cte, when cte > 0, are the tokens of the earlier trigger an
	// ellipsis repeats: its negation and departure cues are read there
	// ("Mali left ECOWAS, and Niger followed suit": Niger left).
	cts, cte int
}

// ofMemberRole reports whether the role starting at token rs completes
// a member role with an of-word (articles and up to two lower-case words
// between: « l'envoyé personnel du secrétaire général de l'ONU », "the
// spokesman of the president of the Commission"): the holder named
// after it holds the member role, not this one.
func (c *sctx) ofMemberRole(rs int) bool {
	d, r := c.d, c.ld.rel
	i := rs
	for i > c.a && c.ld.determiners.at(d, i-1, i, nil) == 1 && !r.has(d, i-1, rwOf) {
		i--
	}
	if i <= c.a || !r.has(d, i-1, rwOf) {
		return false
	}
	return r.memberRoles.endsAt(d, c.a, i-1) > 0
}

// roleRuleName returns lang + "/role/" + string(typ): from the table
// spelled for the language's code when lang is it, with no allocation.
func (r *relData) roleRuleName(lang string, typ graph.RelType) string {
	if lang == r.roleLang && lang != "" {
		if k := slices.Index(graph.RelTypes, typ); k >= 0 && k < len(r.roleRule) {
			return r.roleRule[k]
		}
	}
	return lang + "/role/" + string(typ)
}

// titleLeadsRule returns lang + "/title/leads": the spelling made for the
// language's code when lang is it, with no allocation.
func (r *relData) titleLeadsRule(lang string) string {
	if lang == r.roleLang && lang != "" {
		return r.titleLeads
	}
	return lang + "/title/leads"
}

// roleRules finds leads and member_of stated by role nouns: "Nigerian
// President Bola Tinubu", "le président malien Assimi Goïta", "the emir of
// Qatar, Sheikh Tamim", "Houthi spokesman Yahya Saree", "JNIM, al-Qaeda's
// affiliate in the Sahel", "Poland and Lithuania, both NATO members".
func (c *sctx) roleRules(lang string) []pairCand {
	d, r := c.d, c.ld.rel
	var out []pairCand
	rivals := &r.g18en.rivals // "its rival, the CJNG" (gold18en.go)
	roles := r.leaderRoles.bit | r.memberRoles.bit | r.allyRoles.bit | r.supplierRoles.bit | rivals.bit
	if d.none(r.leaderRoles, c.a, c.b) && d.none(r.memberRoles, c.a, c.b) && d.none(r.allyRoles, c.a, c.b) && d.none(r.supplierRoles, c.a, c.b) && d.none(*rivals, c.a, c.b) {
		return nil
	}
	for i := c.a; i < c.b; i++ {
		if i = d.nextStart(i, c.b, roles); i == c.b {
			break
		}
		if c.inMention(i) >= 0 {
			continue
		}
		// (may first: the four sets share the word's bits with others,
		// and most words pass none)
		typ, n := graph.Leads, 0
		if r.leaderRoles.may(d, i) {
			n = r.leaderRoles.at(d, i, c.b, c.blockedFn())
		}
		if !r.memberRoles.may(d, i) {
		} else if k := r.memberRoles.at(d, i, c.b, c.blockedFn()); k > n {
			n, typ = k, graph.MemberOf
		}
		if !r.allyRoles.may(d, i) {
		} else if k := r.allyRoles.at(d, i, c.b, c.blockedFn()); k > n {
			n, typ = k, graph.Allied
		}
		if !r.supplierRoles.may(d, i) {
		} else if k := r.supplierRoles.at(d, i, c.b, c.blockedFn()); k > n {
			n, typ = k, graph.Supplies
		}
		if !rivals.may(d, i) {
		} else if k := rivals.at(d, i, c.b, c.blockedFn()); k > n {
			n, typ = k, graph.Opposed
		}
		if n == 0 {
			continue
		}
		rs, re := i, i+n
		i = re - 1
		if typ == graph.MemberOf && rs > c.a && re < c.b && c.ld.rel.has(d, rs-1, rwCopulas) && c.trig[rs-c.a] && c.trig[re-c.a] && c.trigType[re-c.a] == graph.MemberOf && r.participleOf(d.word(re-1)) {
			continue // « le JNIM est affilié à al-Qaïda »: a participle, the trigger's
		}
		if c.former(rs) {
			continue // "l'ancien président", "the former rebel leader"
		}
		if typ == graph.Leads && (c.ofMemberRole(rs) || re+1 < c.b && r.has(d, re, rwPossessiveSuffix) && r.memberRoles.at(d, re+1, c.b, nil) > 0) {
			// « l'envoyé personnel du secrétaire général de l'ONU, X »,
			// "X, the UN Secretary-General's special envoy": the envoy is X
			continue
		}
		if typ == graph.Allied && (c.phraseIn(r.nonSecurity, rs-2, re+2)) {
			continue // "premier partenaire économique", "trading partner"
		}
		if typ == graph.MemberOf && c.reportedPluralMembers(rs) {
			continue // "Trump said they were members of Tren de Aragua" (gold20en.go)
		}
		personRole := false
		if typ == graph.Leads && c.indefiniteBefore(rs) && !c.coLeaderRole(rs) {
			typ = graph.MemberOf // "Fuad Shukr, a senior Hezbollah commander": one of several
			personRole = true
		}
		if h, o, ok := c.relativeRoleHolder(rs); ok {
			// « le Mali, dont la Turquie est le principal fournisseur »,
			// "Mali, of which Turkey is the main supplier": the actor of
			// the relative holds the role of its antecedent
			if typ != graph.Leads || c.ms[h].actor.Kind == graph.KindPerson {
				out = append(out, pairCand{from: h, to: o, typ: typ, ts: rs, te: re, rule: lang + "/role/" + string(typ) + "/relative"})
			}
			continue
		}
		org := c.roleOrg(rs, re)
		if org < 0 {
			continue
		}
		if typ == graph.Leads && c.ms[org].actor.Kind == graph.KindState && c.armyHead(rs, re) {
			continue // "Pakistan's army chief General Asim Munir": no relation, as a minister
		}
		if typ == graph.Leads && c.nationalityRank(rs, re, org) {
			continue // « le maréchal libyen Khalifa Haftar »: a nationality (probe17.go)
		}
		if (typ == graph.Leads || typ == graph.MemberOf) && re <= c.ms[org].ts && c.possessesNoun(org) {
			continue // "the head of Iran's Supreme National Security Council", not "Iran's supreme leader"
		}
		if typ == graph.Leads && r.pluralLeaders.at(d, rs, re, nil) == re-rs {
			// a plural role: only "respectively"
			for _, p := range c.respectiveLeaders(re, org) {
				out = append(out, pairCand{from: p[0], to: p[1], typ: typ, ts: rs, te: re, rule: lang + "/role/leads/respective"})
			}
			continue
		}
		if typ == graph.Leads && c.groupGovernmentHead(rs, org) {
			typ = graph.MemberOf // "the Houthis' prime minister" (gold17en.go)
		}
		members := c.roleHolder(rs, re, org, typ)
		if len(members) > 0 {
			members = c.speakerRoleHolders(rs, members)
		}
		if personRole {
			// "a senior commander of Hurras al-Din, al-Qaeda's branch":
			// a commander is a person
			members = slices.DeleteFunc(members, func(k int) bool { return k < len(c.ms) && c.ms[k].actor.Kind != graph.KindPerson }) // k >= len(c.ms): a name read after the role (nameAfter), a person
		}
		if len(members) == 0 && typ == graph.Supplies {
			// "China has become one of Bamako's main suppliers"
			if sj := c.subject(min(rs, c.ms[org].ts), func(k int) bool { return c.noArg[k] || k == org }); sj >= 0 {
				members = c.d.group(c.ld, c.ms, sj, -1)
			}
		}
		for _, p := range members {
			if p == org || typ == graph.Opposed && !c.rivalGroups(p, org) && !c.enemyRole(rs, re, p, org) || typ == graph.Leads && c.ledElsewhere(p, org, rs, re) {
				continue // (ledElsewhere: "Sudanese paramilitary leader X", open19.go)
			}
			out = append(out, pairCand{from: p, to: org, typ: typ, ts: rs, te: re, rule: r.roleRuleName(lang, typ)})
		}
		if len(members) > 0 && typ == graph.Allied {
			// "Washington's main partner against the Islamic State": the
			// partner fights the enemy named after it
			if e := max(re, c.ms[org].te); e < c.b && r.against.may(d, e) {
				if n := r.against.at(d, e, c.b, nil); n > 0 {
					if z := c.mentionFrom(e + n); z >= 0 && z != org {
						for _, p := range members {
							out = append(out, pairCand{from: p, to: z, typ: graph.Opposed, ts: e, te: e + n, rule: lang + "/role/allied/against"})
						}
					}
				}
			}
		}
		if len(members) > 0 && typ != graph.Leads {
			// "one of Bamako's main suppliers, alongside Russia and
			// Turkey": the actors alongside hold the role too
			for _, p := range c.alongsideAfter(max(re, c.ms[org].te)) {
				if p != org && !slices.Contains(members, p) {
					out = append(out, pairCand{from: p, to: org, typ: typ, ts: rs, te: re, rule: lang + "/role/" + string(typ) + "/alongside"})
				}
			}
		}
	}
	return out
}

// armyHead reports whether the leader role at [rs, re) is inside a
// phrase naming the head of an army or its chief of staff: "army chief",
// "chief of staff", « chef de l'armée », « chef d'état-major ».
func (c *sctx) armyHead(rs, re int) bool {
	d, r := c.d, c.ld.rel
	if !d.none(r.armyHeads, c.a, c.b) {
		for s := max(c.a, rs-3); s <= rs; s++ {
			if n := r.armyHeads.at(d, s, c.b, nil); n > 0 && (s+n >= re || s+n == re-1 && r.has(d, re-1, rwOf)) { // ("the army chief of Chad": the trigger "chief of")
				return !c.alsoLeader(s + n)
			}
		}
	}
	if d.none(r.armyNouns, c.a, c.b) {
		return false
	}
	// "the commander of Pakistan's army", "chief of the Pakistani
	// army", « chef de l'armée du Pakistan »: past of-words, articles
	// and the state, an army noun that is no armed group's name
	j := re
	for steps := 0; j < c.b && steps < 5 && !c.hardOrComma(j); steps++ {
		if k := c.inMention(j); k >= 0 && c.ms[k].actor.Kind == graph.KindState && r.armyNouns.at(d, j, c.b, nil) == 0 {
			for t := j; t < c.ms[k].te; t++ {
				if r.armyNouns.at(d, t, c.ms[k].te, nil) > 0 {
					return true // the state's mention holds its army: "the Pakistani army"
				}
			}
			j = c.ms[k].te
			continue
		}
		if c.ld.rel.has(d, j, rwOf) || c.ld.determiners.at(d, j, j+1, nil) == 1 || (j > re && r.has(d, j, rwPossessiveSuffix) && d.norm[d.toks[j-1].end:d.toks[j].start] == "'") {
			j++
			continue
		}
		break
	}
	if j >= c.b || (j == re && !c.ld.rel.has(d, re-1, rwOf)) {
		return false
	}
	n := r.armyNouns.at(d, j, c.b, nil)
	if n == 0 {
		return false
	}
	k := c.inMention(j)
	return (k < 0 || c.ms[k].actor.Kind == graph.KindState) && !c.alsoLeader(j+n)
}

// alsoLeader reports whether a coordinator and a leader role follow the
// army phrase ending at e: « chef de l'armée et président du Conseil de
// souveraineté » leads the state as its president.
func (c *sctx) alsoLeader(e int) bool {
	d, ld := c.d, c.ld
	if e >= c.b || c.hardOrComma(e) {
		return false
	}
	n := ld.coord.at(d, e, c.b, nil)
	if n == 0 {
		return false
	}
	for e += n; e < c.b && ld.determiners.at(d, e, e+1, nil) == 1; e++ {
	}
	return e < c.b && ld.rel.leaderRoles.at(d, e, c.b, nil) > 0
}

// indefiniteBefore reports whether an indefinite article opens the noun
// phrase of a role noun at rs, past adjectives and the actor it belongs
// to: "a senior Hezbollah commander", « un chef du JNIM ».
func (c *sctx) indefiniteBefore(rs int) bool {
	d := c.d
	for i, steps := rs-1, 0; i >= c.a && steps < 4; i, steps = i-1, steps+1 {
		if c.ld.rel.has(d, i, rwIndefinite) {
			return true
		}
		if c.hardOrComma(i+1) || !(isLowerWord(d, i) || c.inMention(i) >= 0) {
			return false
		}
	}
	return false
}

// alongsideAfter returns the actors of the group that an "alongside"
// phrase introduces after token i, in the same clause: ", alongside
// Russia and Turkey".
func (c *sctx) alongsideAfter(i int) []int {
	d, ld := c.d, c.ld
	for j := range c.ms {
		m := c.ms[j]
		if m.ts < i || c.noArg[j] {
			continue
		}
		if c.breakIn(i, m.ts) || c.anyRelative(i, m.ts) {
			return nil
		}
		at := m.ts
		if at-1 > c.a && ld.determiners.at(d, at-1, at, nil) == 1 {
			at--
		}
		n := ld.rel.alongside.endsAt(d, c.a, at)
		if n == 0 || at-n < i {
			return nil // the first actor after i is not alongside
		}
		return d.group(ld, c.ms, j, +1)
	}
	return nil
}

// blockedFn returns a function telling whether a token is inside a
// mention, made once per sentence.
func (c *sctx) blockedFn() func(int) bool {
	if c.blockedF == nil {
		if sc := c.d.sc; sc != nil && c == &sc.ctx {
			// the scratch's sentence: one test serves them all
			if sc.blocked == nil {
				sc.blocked = func(i int) bool { return c.inMention(i) >= 0 }
			}
			c.blockedF = sc.blocked
		} else {
			c.blockedF = func(i int) bool { return c.inMention(i) >= 0 }
		}
	}
	return c.blockedF
}

// inMention returns the index of the mention holding token i, or -1:
// read from the sentence's table of holders when it is made (holder),
// else found by inMentionSlow, whose answers the table holds.
func (c *sctx) inMention(i int) int {
	if k := uint(i - c.a); k < uint(len(c.holder)) {
		return c.holder[k] - 1
	}
	return c.inMentionSlow(i)
}

// dropHolders forgets the table of holders, and the reporting clauses
// found with them, for mentions that changed.
func (c *sctx) dropHolders() { c.holder, c.holderBad, c.reportsOK = nil, false, false }

// inMentionSlow is inMention without the table: it makes the table for
// the sentence's tokens when the mentions lie in order inside the
// sentence, none overlapping another (the token a mention holds is then
// what the bisection below finds), then answers from it; otherwise it
// bisects.
func (c *sctx) inMentionSlow(i int) int {
	if c.holder == nil && !c.holderBad && c.d != nil && c.d.sc != nil && c == &c.d.sc.ctx && c.b <= len(c.d.sc.holder) {
		for k, m := range c.ms {
			if m.ts < c.a || m.te > c.b || m.ts > m.te || k > 0 && m.ts < c.ms[k-1].te {
				c.holderBad = true
				break
			}
		}
		if !c.holderBad {
			h := c.d.sc.holder[c.a:c.b:c.b]
			clear(h)
			for k, m := range c.ms {
				for t := m.ts; t < m.te; t++ {
					h[t-c.a] = k + 1
				}
			}
			c.holder = h
			if k := uint(i - c.a); k < uint(len(c.holder)) {
				return c.holder[k] - 1
			}
		}
	}
	// sort.Search's bisection for the first mention ending after i,
	// written out: no closure call at each step of this hot search
	j, hi := 0, len(c.ms)
	for j < hi {
		h := int(uint(j+hi) >> 1)
		if c.ms[h].te > i {
			hi = h
		} else {
			j = h + 1
		}
	}
	if j < len(c.ms) && c.ms[j].ts <= i {
		return j
	}
	return -1
}

// mentionEndingAt returns the mention whose last token is i-1, skipping a
// possessive "'s" ("Qatar's"), or -1.
func (c *sctx) mentionEndingAt(i int) int {
	if i-1 >= c.a && c.ld.rel.has(c.d, i-1, rwPossessiveSuffix) && i-2 >= c.a && c.d.norm[c.d.toks[i-2].end:c.d.toks[i-1].start] == "'" {
		i--
	}
	for k, m := range c.ms {
		if m.te == i {
			return k
		}
	}
	return -1
}

// relativeRoleHolder reads a role noun at rs after a copula whose
// subject opens a relative on an actor: « le Mali, dont la Turquie est
// (devenue) le principal fournisseur », "Mali, of which Turkey is the
// main supplier". It returns the relative's actor (the holder) and the
// antecedent (whose role it is).
func (c *sctx) relativeRoleHolder(rs int) (holder, org int, ok bool) {
	d, r := c.d, c.ld.rel
	j := rs
	for steps := 0; j > c.a && steps < 4 && !c.hardOrComma(j); steps++ {
		if (!c.ld.determiners.may(d, j-1) || c.ld.determiners.at(d, j-1, j, nil) != 1) && !(isLowerWord(d, j-1) && c.inMention(j-1) < 0 && !r.has(d, j-1, rwCopulas)) {
			break
		}
		j--
	}
	k := j
	for k > c.a && !c.hardOrComma(k) && r.has(d, k-1, rwCopulas) {
		k--
	}
	if k == j || c.hardOrComma(k) {
		return -1, -1, false
	}
	h := c.mentionEndingAt(k)
	if h < 0 {
		return -1, -1, false
	}
	p := c.ms[h].ts
	for p > c.a && !c.hardOrComma(p) && c.ld.determiners.at(d, p-1, p, nil) == 1 {
		p--
	}
	for p-1 > c.a && !c.hardOrComma(p) && d.norm[d.toks[p-1].end:d.toks[p].start] == "-" {
		p-- // the particle of a surname the mention leaves out (« al-Charaa »)
	}
	if p-1 > c.a && !c.hardOrComma(p) && d.toks[p-1].capital && c.ld.abbrev[d.toks[p-1].fold] {
		p-- // « dont M. al-Charaa était le chef » (gold20fr.go)
	}
	if p-1 <= c.a || c.hardOrComma(p) {
		return -1, -1, false
	}
	switch {
	case r.possRelatives.at(d, p-1, p, nil) == 1:
		p--
	case c.rel[p-1-c.a] && p-2 > c.a && !c.hardOrComma(p-1) && (r.has(d, p-2, rwOf) || r.has(d, p-2, rwPrepositions)):
		p -= 2 // "of which", "for which"
	default:
		return -1, -1, false
	}
	at := p
	if !c.comma[p-c.a] {
		if at = c.appositionHeadStart(p); at < 0 { // « HTS, le groupe islamiste dont X était le chef » (gold20fr.go)
			return -1, -1, false
		}
	}
	o := c.mentionEndingAt(at)
	if o < 0 || c.ms[o].actor.ID == c.ms[h].actor.ID {
		return -1, -1, false
	}
	return h, o, true
}

// roleOrg returns the organisation or state a role noun at [rs, re)
// belongs to: "Malian President", "le président malien", "the emir of
// Qatar", "Qatar's emir", "Houthi spokesman", "NATO members"; -1 if none.
func (c *sctx) roleOrg(rs, re int) int {
	d := c.d
	// right after: a demonym ("président malien"), or "of/de [det] X"
	if re < c.b && !c.hardOrComma(re) {
		if k := c.inMention(re); k >= 0 && c.ms[k].ts == re && c.ms[k].form.Role == lexicon.RoleDemonym {
			if g := c.groupAfterDemonym(rs, k); g >= 0 {
				return g // « la branche somalienne d'al-Qaïda » (gold20en.go)
			}
			return k
		}
		j := re
		if j+1 < c.b && isLowerWord(d, j) && c.inMention(j) < 0 && !c.hardOrComma(j+1) && c.ld.rel.has(d, j+1, rwOf) {
			j++ // "porte-parole militaire des Houthis", "branche locale de l'EI"
		} else if j+2 < c.b && isLowerWord(d, j) && isLowerWord(d, j+1) && c.inMention(j) < 0 && c.inMention(j+1) < 0 &&
			d.norm[d.toks[j].end:d.toks[j+1].start] == "-" && !c.hardOrComma(j+2) && c.ld.rel.has(d, j+2, rwOf) {
			j += 2 // a hyphenated adjective: « la branche ouest-africaine de l'EI »
		}
		if c.ld.rel.has(d, j, rwOf) && j+1 < c.b && c.inMention(j+1) < 0 {
			// "la mission de maintien de la paix de l'ONU": a complement
			// in lower case, then "de" and the actor
			for k := j + 1; k < c.b && k <= j+6 && !c.hardOrComma(k) && c.inMention(k) < 0 && isLowerWord(d, k); k++ {
				if c.ld.rel.has(d, k, rwOf) {
					e := k + 1
					for e < c.b && c.ld.determiners.at(d, e, e+1, nil) == 1 {
						e++
					}
					if m := c.inMention(e); m >= 0 && c.ms[m].ts == e && !c.hardOrComma(e) && c.ms[m].actor.Kind != graph.KindPerson {
						j = k
						break
					}
				}
			}
		}
		if c.ld.rel.has(d, j, rwRoleOf) {
			j++
			for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
				j++
			}
			// "chef de la junte malienne", "head of the junta"
			if j < c.b && c.ld.rel.instNouns.at(d, j, c.b, nil) > 0 {
				n := c.ld.rel.instNouns.at(d, j, c.b, nil)
				if k := c.inMention(j + n); k >= 0 && c.ms[k].ts == j+n && !c.hardOrComma(j+n) && c.ms[k].actor.Kind != graph.KindPerson {
					return k
				}
			}
			if k := c.inMention(j); k >= 0 && c.ms[k].ts == j && !c.hardOrComma(j) {
				return c.orgBeforeRole(rs, re, k) // "the UN envoy for Yemen" (gold17en.go)
			}
		}
	}
	// "the AA, whose commander-in-chief is X", "la CPC, dont le
	// coordinateur est X": the antecedent of the relative
	j := rs
	for j > c.a && (c.ld.determiners.may(d, j-1) && c.ld.determiners.at(d, j-1, j, nil) == 1) {
		j--
	}
	if j-1 > c.a && (c.ld.rel.possRelatives.may(d, j-1) && c.ld.rel.possRelatives.at(d, j-1, j, nil) == 1) && c.comma[j-1-c.a] {
		if k := c.mentionEndingAt(j - 1); k >= 0 {
			return k
		}
	}
	// right before: "Malian President", "Houthi military spokesman", "Qatar's emir"
	j = rs
	if r := c.ld.rel; j-1 > c.a && r.has(d, j-1, rwPossessiveSuffix) && !c.hardOrComma(j-1) {
		// "the UN Secretary-General's special envoy": the owner of the
		// leader whose envoy it is
		if n := r.leaderRoles.endsAt(d, c.a, j-1); n > 0 && !c.hardOrComma(j-1-n) {
			if k := c.mentionEndingAt(j - 1 - n); k >= 0 && c.ms[k].actor.Kind != graph.KindPerson && r.memberRoles.at(d, rs, re, nil) > 0 {
				return k
			}
		}
	}
	for step := 0; step < 3 && j > c.a; step++ {
		if c.hardOrComma(j) {
			break
		}
		if k := c.mentionEndingAt(j); k >= 0 {
			if g := c.groupBeforeDemonym(k); g >= 0 {
				return g // "al-Qaeda's Somali affiliate" (gold20en.go)
			}
			return k
		}
		if c.inMention(j-1) >= 0 || (c.ld.coord.may(d, j-1) && c.ld.coord.at(d, j-1, j, nil) == 1) && !c.ld.rel.has(d, j, rwPossessives) {
			break // "X and smaller factions": X is one of them, no owner ("X and its allies": X's)
		}
		if c.ld.rel.has(d, j-1, rwPrepositions) && !c.ld.rel.has(d, j-1, rwOf) {
			break // "a visit to Belgrade by President Macron": a place, no owner (gold18en.go)
		}
		if c.verbBefore(j) {
			break // "Wagner has guarded President Touadera": a verb, no owner (prec19.go)
		}
		j-- // an adjective: "military", "top", "Sahel"
	}
	return -1
}

// roleHolder returns the mentions holding a role: the person right after
// it ("President Bola Tinubu", "leader, Captain Ibrahim Traore"), else the
// actors right before it across a comma ("Sheikh Tamim, the emir of
// Qatar", "JNIM, al-Qaeda's affiliate", "Poland and Lithuania, both NATO
// members").
func (c *sctx) roleHolder(rs, re, org int, typ graph.RelType) []int {
	d := c.d
	after := re
	if c.ms[org].ts >= re {
		after = c.ms[org].te
		if d.bracketAlias(c.ms, org, org+1) {
			after = c.ms[org+1].te // "la mission de la Communauté ... (SADC) en RDC, la SAMIDRC"
		}
	}
	ok := func(k int) bool {
		if k == org {
			return false
		}
		if typ == graph.Leads {
			return c.ms[k].actor.Kind == graph.KindPerson
		}
		return true
	}
	// an apposition right after its holder: "le retrait de la SAMIM, la
	// mission militaire de la SADC, ...", whatever follows it
	if typ != graph.Leads {
		j := rs
		for j-1 > c.a && c.ld.determiners.at(d, j-1, j, nil) == 1 {
			j--
		}
		if j > c.a && c.comma[j-c.a] {
			if k := c.mentionEndingAt(j); k >= 0 && ok(k) && c.ms[org].ts >= rs {
				return []int{k}
			}
		}
	}
	// past the state where the actor acts: « la mission de la SADC au
	// Mozambique, la SAMIM, »
	if after < c.b && c.ld.rel.has(d, after, rwPrepositions) {
		q := after + 1
		for q < c.b && c.ld.determiners.at(d, q, q+1, nil) == 1 {
			q++
		}
		if k := c.inMention(q); k >= 0 && c.ms[k].ts == q && c.ms[k].actor.Kind == graph.KindState && c.ms[k].te < c.b && c.comma[c.ms[k].te-c.a] {
			after = c.ms[k].te
		}
	}
	if after < c.b && typ != graph.Leads && pluralRole(d, rs, re) {
		if v := c.listVerbAfterPlace(after); v > 0 {
			after = v // "Iran's allies in the region include" (recall19.go)
		}
	}
	// after, past at most two title words and a comma, or a copula and a
	// few more ("whose coordinator is the former president X")
	limit := 3
	if after < c.b && (c.ld.rel.has(d, after, rwCopulas) || typ != graph.Leads && pluralRole(d, rs, re) && c.ms[org].te <= rs && c.roleListVerb(after)) {
		limit = 6 // "AUSSOM's troop contributors include Ethiopia" (lead18.go)
	}
	passedComma := false
	for j, steps := after, 0; j < c.b && steps < limit; j, steps = j+1, steps+1 {
		if (c.hard[j-c.a] && j > after) || (c.ld.rel.alongside.may(d, j) && c.ld.rel.alongside.at(d, j, c.b, nil) > 0) {
			break // "one of Bamako's suppliers, alongside Russia": not the holder
		}
		if !passedComma && c.trig != nil && c.trig[j-c.a] && c.trigType[j-c.a] != graph.Leads && c.trigType[j-c.a] != graph.MemberOf {
			break // "factions of the SNA fought the SDF": the verb's object holds no role
		}
		if typ != graph.Leads && c.trig != nil && c.trig[j-c.a] && c.trigType[j-c.a] == graph.Leads {
			break // "commanders of the 3R, led by Sembé Bobbo": the group's leader, no member
		}
		passedComma = passedComma || c.comma[j-c.a]
		if f := j + 1; !passedComma && typ != graph.Leads && c.ld.rel.has(d, j, rwPrepositions) && !c.ld.rel.has(d, j, rwOf) && placeAfter(c, f) {
			// "la mission de la SADC en RDC, la SAMIDRC": a place the
			// sentence keeps no actor of
			e := f
			for e < c.b && c.ld.determiners.at(d, e, e+1, nil) == 1 {
				e++
			}
			for e < c.b && !c.hardOrComma(e) && c.inMention(e) < 0 && !isLowerWord(d, e) {
				e++
			}
			limit += e - j
			steps += e - j - 1
			j = e - 1
			continue
		}
		if n := c.ld.rel.including.at(d, j, c.b, nil); n > 0 && passedComma && typ != graph.Leads {
			// "ECOWAS member states, including Nigeria and Senegal"
			j, steps, limit = j+n-1, 0, 3
			continue
		}
		if (passedComma || c.ms[org].te <= rs && limit == 3 && c.ld.coord.at(d, j, j+1, nil) == 0 && c.ld.rel.leaderRoles.at(d, j, c.b, nil) == 0 && c.ld.rel.memberRoles.at(d, j, c.b, nil) == 0) && c.inMention(j) < 0 && isLowerWord(d, j) && c.ld.determiners.at(d, j, j+1, nil) == 0 {
			// "all members of the AES, left ECOWAS", "Mali's junta
			// leader met Vladimir Putin": a verb, not a title
			break
		}
		if k := c.inMention(j); k >= 0 {
			if !passedComma && typ != graph.Leads && c.ms[k].ts == j && j > after &&
				c.ms[k].actor.Kind == graph.KindState && (c.noArg[k] || c.ld.rel.has(d, j-1, rwPrepositions) && !c.ld.rel.has(d, j-1, rwOf)) {
				// "la mission de la SADC au Mozambique, la SAMIM": a
				// place after the role's actor holds nothing
				limit += c.ms[k].te - j + 1
				steps += c.ms[k].te - j - 1
				j = c.ms[k].te - 1
				continue
			}
			if c.ms[k].ts == j && ok(k) {
				if typ == graph.Leads || !pluralRole(d, rs, re) {
					return []int{k}
				}
				// "ECOWAS member states Nigeria and Senegal"
				return slices.DeleteFunc(c.d.group(c.ld, c.ms, k, +1), func(g int) bool { return !ok(g) })
			}
			break
		}
	}
	// "l'armée malienne et ses alliés russes", "Mali and its allies"
	if typ == graph.Allied && rs-2 > c.a && c.ld.determiners.at(d, rs-1, rs, nil) == 1 && c.ld.coord.at(d, rs-2, rs-1, nil) == 1 {
		if k := c.mentionEndingAt(rs - 2); k >= 0 && ok(k) {
			return []int{k}
		}
	}
	// a name no dictionary knows after the comma: "le secrétaire général
	// de Kataeb Hezbollah, Ahmed al-Hamidawi,"
	// (not past a leads trigger: "commanders of the 3R, led by Sembé
	// Bobbo", the group's leader)
	if (typ == graph.Leads || typ == graph.MemberOf) && !(c.trig != nil && after < c.b && c.trig[after-c.a] && c.trigType[after-c.a] == graph.Leads) {
		if p := c.nameAfter(after); p >= 0 {
			return []int{p}
		}
	}
	// before: "X, [det] [Org's] role" or "X, both NATO members"
	start := rs
	if c.ms[org].te <= rs {
		start = c.ms[org].ts
	}
	// "Sweden became NATO's 32nd member", "ISSP is the Sahel branch of
	// the Islamic State", "is one of the main factions of" (recall19):
	// the subject of a copula
	for j, steps := start, 0; j > c.a && steps < 5; j, steps = j-1, steps+1 {
		if c.hardOrComma(j) || c.inMention(j-1) >= 0 {
			break
		}
		if c.ld.rel.has(d, j-1, rwCopulas) && j-1 > c.a {
			for j-2 > c.a && (c.ld.rel.has(d, j-2, rwCopulas) || c.ld.rel.has(d, j-2, rwStop) && isLowerWord(d, j-2)) && !c.hardOrComma(j-1) && c.inMention(j-2) < 0 {
				j-- // « est devenue », "has become"
			}
			if c.ld.rel.hg.ok && c.ld.rel.hg.viewMark.at(d, j-1, j, nil) == 1 {
				// "acts as", "has emerged as", "is widely seen as":
				// lower-case words before "as" and no trigger
				for n := 0; n < 4 && j-2 > c.a && isLowerWord(d, j-2) && c.inMention(j-2) < 0 && !c.hardOrComma(j-1) && (c.trig == nil || !c.trig[j-2-c.a]); n++ {
					j--
				}
			}
			if k := c.mentionEndingAt(j - 1); k >= 0 && ok(k) && !c.hardOrComma(j-1) {
				return c.d.group(c.ld, c.ms, k, -1)
			}
			break
		}
	}
	j := start
	for steps := 0; j > c.a && steps < 3; steps++ {
		if c.comma[j-c.a] {
			break
		}
		if c.inMention(j-1) >= 0 {
			return nil
		}
		j--
		if c.ld.determiners.at(d, j, j+1, nil) == 0 && (!isLowerWord(d, j) || c.ld.rel.participle(d.word(j))) {
			return nil // "Al Thani, received the Somali president"
		}
		if typ != graph.Leads && c.ld.rel.has(d, j, rwCopulas) && c.ld.rel.has(d, j, rwStop) {
			return nil // « L'Iswap, née d'une scission avec Shekau, est la branche »: not Shekau
		}
	}
	if j <= c.a || !c.comma[j-c.a] {
		return nil
	}
	k := c.mentionEndingAt(j)
	if k < 0 {
		// "Mohamed Hamdan Daglo, dit « Hemedti », commandant des FSR": a
		// nickname between commas stands between the holder and its role
		for p := j - 1; p > c.a && p >= j-8; p-- {
			if c.comma[p-c.a] {
				if c.ld.rel.nicknames.at(d, p, j, nil) > 0 {
					k = c.mentionEndingAt(p)
				}
				break
			}
		}
	}
	if k < 0 || !ok(k) {
		return nil
	}
	if p := c.commaBefore(c.ms[k].ts); p > 0 && (c.anyRelative(p, min(p+2, c.ms[k].ts)) || c.phraseIn(c.ld.rel.possRelatives, p, c.ms[k].ts)) {
		// "the AA, whose commander is X, is a member of": X ends a
		// relative clause the comma opens; not one deeper in the phrase
		// the comma opens (", after a war in which Israel killed X,
		// Hezbollah's leader,": X's apposition)
		return nil
	}
	if typ == graph.Leads || !pluralRole(d, rs, re) {
		// "France, Lebanon, Israel and UNIFIL, the UN peacekeeping
		// force,": a singular role describes the last actor only
		return []int{k}
	}
	grp := c.d.group(c.ld, c.ms, k, -1)
	return grp
}

// respectiveLeaders pairs a plural role over coordinated actors with the
// coordinated persons after it, in order: « les présidents congolais et
// rwandais, Félix Tshisekedi et Paul Kagame », "the Congolese and Rwandan
// presidents, Félix Tshisekedi and Paul Kagame". It returns nothing unless
// the two lists have the same length, at least two.
func (c *sctx) respectiveLeaders(re, org int) [][2]int {
	var orgs, persons []int
	if c.ms[org].ts >= re {
		orgs = c.d.group(c.ld, c.ms, org, +1)
	} else {
		orgs = c.d.group(c.ld, c.ms, org, -1)
	}
	// the group may read on over the comma into the persons
	if k := slices.IndexFunc(orgs, func(o int) bool { return c.ms[o].actor.Kind == graph.KindPerson }); k >= 0 {
		orgs, persons = orgs[:k], orgs[k:]
	}
	if len(orgs) < 2 {
		return nil
	}
	after := c.ms[orgs[len(orgs)-1]].te
	if c.ms[org].ts < re {
		after = re
	}
	// a comma, then the first person at once
	if after >= c.b || !c.comma[after-c.a] {
		return nil
	}
	p := c.inMention(after)
	if p < 0 || c.ms[p].ts != after || c.ms[p].actor.Kind != graph.KindPerson {
		return nil
	}
	if persons == nil {
		persons = c.d.group(c.ld, c.ms, p, +1)
	}
	if len(persons) != len(orgs) || persons[0] != p {
		return nil
	}
	out := make([][2]int, 0, len(orgs))
	for i := range orgs {
		if c.ms[persons[i]].actor.Kind != graph.KindPerson {
			return nil
		}
		out = append(out, [2]int{persons[i], orgs[i]})
	}
	return out
}

// pluralRole reports whether a role noun at [rs, re) is plural ("member
// states", "États membres"): in French and English, a word ending in s
// or x.
func pluralRole(d *doc, rs, re int) bool {
	for i := rs; i < re; i++ {
		if w := d.toks[i].fold; strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") {
			return true
		}
	}
	return false
}

// activeSupplyIn reports whether an active supplies trigger lies in
// tokens [lo, hi).
func activeSupplyIn(hits []trigHit, lo, hi int) bool {
	for _, h := range hits {
		if h.trig.Type == graph.Supplies && h.trig.Voice == lexicon.Active && h.ts >= lo && h.te <= hi {
			return true
		}
	}
	return false
}

// originRules finds "de fabrication turque", "Turkish-made": the state of
// the demonym supplies the recipient, the subject of the clause or the
// next actor ("réceptionnés à Bamako").
func (c *sctx) originRules(lang string, hits []trigHit) []pairCand {
	var out []pairCand
	diverted := -1 // unknown until an origin asks
	for k, m := range c.ms {
		if !c.origin(m) {
			continue
		}
		if diverted < 0 {
			diverted = 0
			if c.diverted() {
				diverted = 1
			}
		}
		if diverted == 1 {
			break // "Weapons smuggled to the Houthis include Chinese-made parts"
		}
		if c.actorsOrigin(m) {
			continue // « un groupe armé d'origine ougandaise »: people, no equipment
		}
		// the source of an attribution ("selon l'ONU, des composants de
		// fabrication iranienne") is no recipient
		// nor is an organisation speaking of it ("A UN report says
		// Chinese-made drones were found in Darfur")
		self := func(j int) bool {
			return c.noArg[j] || c.ms[j].actor.ID == m.actor.ID || c.origin(c.ms[j]) ||
				c.ms[j].actor.Kind == graph.KindOrganisation && c.leadingSpeaker(j, m.ts) ||
				c.demonymSpeaker(j, m.ts) // "Indian officers told reporters that … Turkish-made drones" (gold20en.go)
		}
		to := c.subject(m.ts, self)
		if to >= 0 && c.opensClause(c.equipmentStart(m)) {
			to = -1 // "Egypt has backed the army, and Turkish-made drones have been seen": not Egypt's
		}
		if to >= 0 && (c.notHeld(c.ms[to].te, m.ts) || c.seized(c.ms[to].te, m.ts) || c.seizedFrom(to)) {
			continue // "Ukraine shot down Iranian-made drones": not Ukraine's
		}
		if to >= 0 && activeSupplyIn(hits, c.ms[to].te, m.ts) {
			// « Les EAU, qui avaient fourni des drones de fabrication
			// chinoise à l'armée éthiopienne »: the subject is the
			// supplier; the recipient is named after, or not at all
			to = -1
		}
		if to < 0 {
			to = c.object(m.te, self)
			if to < 0 {
				to = c.deliveredTo(m, hits, self) // "Russian-made helicopters were delivered to Mali"
			}
			if to >= 0 && c.supplySource(to) {
				continue // « des blindés de fabrication chinoise achetés à Norinco »: the seller
			}
			if to >= 0 && c.clauseBetween(m.te, c.ms[to].ts) {
				continue // « des drones de fabrication turque, selon des chercheurs, et l'Égypte lui fournit »: another clause's subject
			}
			if to >= 0 && c.seized(m.te, c.ms[to].ts) {
				continue // "Chinese-made rifles seized from JNIM": a seizure, no delivery
			}
		}
		if to < 0 {
			continue
		}
		out = c.originRecipients(out, k, to, m, lang) // every actor listed with the recipient (gold20fr.go)
	}
	return out
}

// maxDeliveredWords is the most words between an origin and the
// supplies trigger its goods are the subject of ("Russian-made attack
// helicopters were", « de fabrication russe ont été »).
const maxDeliveredWords = 6

// deliveredTo returns the recipient of goods of origin m that are the
// subject of a supplies trigger after them, lower-case words only
// between ("Russian-made helicopters were delivered to Mali", « des
// hélicoptères de fabrication russe ont été livrés au Mali »): the
// trigger's object; else -1.
func (c *sctx) deliveredTo(m mention, hits []trigHit, skip func(int) bool) int {
	for _, h := range hits {
		if h.ts < m.te || h.trig.Type != graph.Supplies {
			continue
		}
		if h.ts-m.te > maxDeliveredWords || c.breakIn(m.te, h.ts) {
			return -1
		}
		for i := m.te; i < h.ts; i++ {
			if c.inMention(i) >= 0 || !isLowerWord(c.d, i) || c.trig[i-c.a] {
				return -1
			}
		}
		return c.object(h.te, skip)
	}
	return -1
}

// actorsOrigin reports whether the origin marker before demonym m
// qualifies a noun of actors (the language's anaphors of any kind,
// troops, combatants): « un groupe armé d'origine ougandaise », « des
// combattants d'origine tchadienne » say where people come from, not
// where equipment was made.
func (c *sctx) actorsOrigin(m mention) bool {
	r := c.ld.rel
	n := r.originBefore.endsAt(c.d, c.a, m.ts)
	if n == 0 {
		return false
	}
	at := m.ts - n
	if r.troops.endsAt(c.d, c.a, at) > 0 || r.combatants.endsAt(c.d, c.a, at) > 0 {
		return true
	}
	for _, ps := range r.anaphors {
		if ps.endsAt(c.d, c.a, at) > 0 {
			return true
		}
	}
	return false
}

// groupRules finds relations inside one subject: "X and Y conducted joint
// operations" (allied, from a joint cue), and the founders of an
// organisation, "Mali, Burkina Faso and Niger formed the AES" (member_of,
// from a founding verb).
func (c *sctx) groupRules(lang string) []pairCand {
	d, r := c.d, c.ld.rel
	if d.none(r.joint, c.a, c.b) && d.none(r.founding, c.a, c.b) {
		return nil
	}
	var out []pairCand
	blocked := c.blockedFn()
	for i := c.a; i < c.b; i++ {
		if i = d.nextStart(i, c.b, r.joint.bit|r.founding.bit); i == c.b {
			break
		}
		if !r.joint.may(d, i) {
		} else if n := r.joint.at(d, i, c.b, blocked); n > 0 {
			// « leur frontière commune »: a joint cue on a measure's
			// noun is no joint action
			measure := (i > c.a && r.has(d, i-1, rwDiplomatic)) || (i+n < c.b && r.has(d, i+n, rwDiplomatic))
			// "in a joint statement", « une déclaration commune »: words
			measure = measure || r.hg.ok && (r.hg.jointSpeech.at(d, i+n, c.b, nil) > 0 || r.hg.jointSpeech.endsAt(d, c.a, i) > 0)
			// "agreed to set up a joint programme": a plan (gold19en)
			measure = measure || c.intended(i)
			s := c.subject(i, nil)
			if sj, comp := c.jointCompanion(s); comp >= 0 && !measure && !c.supplyNear(i, i+n) {
				// « mène avec les FAMa des patrouilles conjointes » (lead18.go)
				for _, x := range c.subjectGroup(sj, c.ms[comp].ts) {
					out = append(out, pairCand{from: x, to: comp, typ: graph.Allied, ts: i, te: i + n, rule: lang + "/joint/allied/with"})
				}
				s = -1
			}
			if s >= 0 && !measure && !c.supplyNear(i, i+n) {
				g := c.subjectGroup(s, i)
				for x := 0; x < len(g); x++ {
					for y := x + 1; y < len(g); y++ {
						out = append(out, pairCand{from: g[x], to: g[y], typ: graph.Allied, ts: i, te: i + n, rule: lang + "/joint/allied"})
					}
				}
			}
			i += n - 1
			continue
		}
		if !r.founding.may(d, i) {
		} else if n := r.founding.at(d, i, c.b, blocked); n > 0 && !d.compoundWord(i, i+n, c.b) {
			if by, ok := c.foundedBy(i, i+n, lang); ok {
				out = append(out, by...)
				i += n - 1
				continue
			}
			if org, comp := c.foundedWith(i, i+n); org >= 0 {
				for _, m := range comp {
					out = append(out, pairCand{from: m, to: org, typ: graph.MemberOf, ts: i, te: i + n, rule: lang + "/founding/member_of/with"})
				}
				i += n - 1
				continue
			}
			if c.nounWithin(r.troops, i+n, 3) || c.nounWithin(r.combatants, i+n, 3) {
				// « Wagner aurait formé des combattants des FSR »: people
				// formed are trained (a trains trigger), no group founded
				i += n - 1
				continue
			}
			s, o := c.subject(i, nil), c.object(i+n, nil)
			// (one group founding another is no member of it, « le
			// Hezbollah a formé les Houthis », "launched an offensive
			// against"; a list of groups is, and so is one forming "the
			// backbone of" another, not_trained, or one merging with
			// others to form it, merge_words: « a fusionné avec d'autres
			// groupes pour former le JNIM »)
			if s >= 0 && o >= 0 && c.ms[o].actor.Kind == graph.KindOrganisation || (o >= 0 && c.ms[o].actor.Kind == graph.KindArmedGroup && s >= 0 && c.ms[s].actor.Kind == graph.KindArmedGroup &&
				(len(d.group(c.ld, c.ms, s, -1)) >= 2 || c.nounWithin(r.notTrained, i+n, 3) || c.phraseIn(r.merging, c.a, c.b))) {
				if c.ms[s].actor.Kind == graph.KindOrganisation {
					// "L'Union européenne a lancé sa mission Aspides"
					out = append(out, pairCand{from: o, to: s, typ: graph.MemberOf, ts: i, te: i + n, rule: lang + "/founding/member_of/mission"})
				} else {
					g := d.group(c.ld, c.ms, s, -1)
					for _, m := range append(c.introCompanions(g[0]), g...) {
						out = append(out, pairCand{from: m, to: o, typ: graph.MemberOf, ts: i, te: i + n, rule: lang + "/founding/member_of"})
					}
					if len(g) >= 2 && c.foundedAs(o) {
						// "formed the AES as a mutual defence pact" (gold19en.go)
						for x := 0; x < len(g); x++ {
							for y := x + 1; y < len(g); y++ {
								out = append(out, pairCand{from: g[x], to: g[y], typ: graph.Allied, ts: i, te: i + n, rule: lang + "/founding/allied"})
							}
						}
					}
				}
			}
			i += n - 1
		}
	}
	return out
}

// foundedBy reads a founding participle with its agents in an apposition
// of a coalition, or right after an organisation ("the AES formed by
// Mali, Burkina Faso and Niger"): "the Tasis alliance, formed by the RSF and its allies,
// among them the SPLM-N", « l'alliance Tasis, créée par les FSR et leurs
// alliés, parmi lesquels le SPLM-N »: the agents, and the actors listed
// after an including phrase right after them, are members of the
// organisation before the comma (".../founding/member_of/by"). ok is
// false when the participle has no such antecedent or no agent marker.
func (c *sctx) foundedBy(ts, te int, lang string) (out []pairCand, ok bool) {
	d, r := c.d, c.ld.rel
	if ts <= c.a || te >= c.b {
		return nil, false
	}
	if !c.comma[ts-c.a] {
		// "the Alliance of Sahel States formed by Mali, Burkina Faso and
		// Niger": a reduced relative right after the coalition
		if k := c.mentionEndingAt(ts); k < 0 || c.ms[k].actor.Kind != graph.KindOrganisation {
			return nil, false
		}
	}
	np := c.ld.passive.at(d, te, c.b, nil)
	if np == 0 {
		np = r.companions.at(d, te, c.b, nil) // "Operation Interflex, run with Canada and Australia"
	}
	org, noun := c.mentionEndingAt(ts), false
	if org < 0 && ts-1 > c.a && r.has(d, ts-1, rwCollectiveWords) {
		org, noun = c.mentionEndingAt(ts-1), true // "the Tasis alliance,"
	}
	if np == 0 || org < 0 || (!noun && !c.coalition(org)) {
		return nil, false
	}
	j := te + np
	for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
		j++
	}
	k := c.inMention(j)
	if k < 0 || c.ms[k].ts != j {
		return nil, true
	}
	g := d.group(c.ld, c.ms, k, +1)
	// "the RSF and its allies, among them the SPLM-N", ", including"
	last := c.ms[g[len(g)-1]].te
	for p := last; p < c.b && p <= last+maxIncludingGap; p++ {
		if (p > last && c.hard[p-c.a]) || c.inMention(p) >= 0 {
			break
		}
		if n := r.including.at(d, p, c.b, nil); n > 0 {
			q := p + n
			for q < c.b && c.ld.determiners.at(d, q, q+1, nil) == 1 {
				q++
			}
			if h := c.inMention(q); h >= 0 && c.ms[h].ts == q {
				g = append(g, d.group(c.ld, c.ms, h, +1)...)
			}
			break
		}
	}
	for _, m := range g {
		if m != org && !c.noArg[m] && c.ms[m].actor.Kind != graph.KindPerson {
			out = append(out, pairCand{from: m, to: org, typ: graph.MemberOf, ts: ts, te: te, rule: lang + "/founding/member_of/by"})
		}
	}
	return out, true
}

// maxIncludingGap is the most words between a list of agents and an
// including phrase that extends it: "the RSF and its allies, among them".
const maxIncludingGap = 4

// coalition reports whether mention k names an organisation, or an armed
// group whose name ends with a collective noun or follows one ("the Joint
// Forces" is not; "the Tasis alliance" and « l'alliance Tasis » are).
func (c *sctx) coalition(k int) bool {
	m := c.ms[k]
	switch m.actor.Kind {
	case graph.KindOrganisation:
		return true
	case graph.KindArmedGroup:
		return c.ld.rel.has(c.d, m.te-1, rwCollectiveWords) ||
			m.ts-1 >= c.a && c.ld.rel.has(c.d, m.ts-1, rwCollectiveWords) && (k == 0 || c.ms[k-1].te < m.ts)
	}
	return false
}

// introCompanions returns the actors listed after a companion word in an
// introductory phrase that ends with a comma right before mention s («
// avec le Mali et le Burkina Faso, il forme l'AES », "With Mali and
// Burkina Faso, Niger formed the AES"): founders with the subject.
func (c *sctx) introCompanions(s int) []int {
	d, r := c.d, c.ld.rel
	if s == 0 || c.ms[s].ts <= c.a || !c.comma[c.ms[s].ts-c.a] || c.ms[s-1].te > c.ms[s].ts {
		return nil
	}
	g := d.group(c.ld, c.ms, s-1, -1)
	first := c.ms[g[0]].ts
	p := wordBefore(d, c.ld, c.a, first) + 1
	for j := p - 1; j >= c.a && j >= p-3; j-- {
		if r.companions.at(d, j, p, nil) == p-j && (j == c.a || clauseOpening(d, c.ld, c.a, j)) {
			var out []int
			for _, m := range g {
				if c.ms[m].actor.Kind != graph.KindPerson {
					out = append(out, m)
				}
			}
			return out
		}
	}
	return nil
}

// foundedWith reads a founding verb whose founders follow a companion
// word, the organisation standing before it in a relative clause («
// l'AES, qu'il forme avec le Mali et le Burkina Faso », "the AES, which
// it formed with Mali and Burkina Faso"): it returns the organisation
// and the founders, those listed after the companion word and, for a
// subject pronoun before the verb, the sentence's first actor. org is -1
// when the words do not read so.
func (c *sctx) foundedWith(ts, te int) (org int, founders []int) {
	d, r := c.d, c.ld.rel
	k := r.companions.at(d, te, c.b, nil)
	if k == 0 || te >= c.b || c.comma[te-c.a] {
		return -1, nil
	}
	o := c.object(te+k, nil)
	s := c.subject(ts, nil)
	if o < 0 || s < 0 || c.ms[s].actor.Kind != graph.KindOrganisation || c.ms[s].te >= ts || ts-c.ms[s].te > 4 {
		return -1, nil
	}
	pronoun := false
	for i := c.ms[s].te; i < ts; i++ {
		sing := r.has(d, i, rwSingular)
		if !isLowerWord(d, i) && !sing {
			return -1, nil
		}
		if r.has(d, i, rwPronouns) || sing {
			pronoun = true
		}
	}
	if pronoun {
		if f := c.firstArg(); f >= 0 && f != s && c.ms[f].te <= c.ms[s].ts && c.ms[f].actor.Kind != graph.KindPerson {
			founders = append(founders, f)
		}
	}
	for _, m := range d.group(c.ld, c.ms, o, +1) {
		if c.ms[m].actor.Kind != graph.KindPerson {
			founders = append(founders, m)
		}
	}
	return s, founders
}

// founded reports whether a trigger at token ts is a founding verb whose
// object is an organisation: "ont formé l'AES" is not training; nor is
// "l'AES, qu'il forme avec le Mali".
func (c *sctx) founded(ts, te int) bool {
	if c.ld.rel.founding.at(c.d, ts, c.b, nil) == 0 {
		return false
	}
	if org, _ := c.foundedWith(ts, te); org >= 0 {
		return true
	}
	o := c.object(te, nil)
	if o >= 0 && c.ms[o].actor.Kind == graph.KindArmedGroup && c.phraseIn(c.ld.rel.merging, c.a, c.b) {
		// « Ansar Dine a fusionné avec d'autres groupes pour former le
		// JNIM »: groups merging to form a group found it (groupRules;
		// merge_words); else « X a formé Y » stays training
		s := c.subject(ts, nil)
		return s >= 0 && c.ms[s].actor.Kind == graph.KindArmedGroup
	}
	return o >= 0 && c.ms[o].actor.Kind == graph.KindOrganisation
}

// placeListed drops a state named right after a coordinator, a
// preposition and articles allowed, when the state before the
// coordinator was dropped as a place ("villages in Mali and Niger", «
// des camions venus du Sénégal et de la Côte d'Ivoire »): the list names
// places. kept[i] says whether ms[i] is kept.
func (c *sctx) placeListed(ms []mention, kept []bool) {
	d, r := c.d, c.ld.rel
	for i := 1; i < len(ms); i++ {
		p, m := ms[i-1], ms[i]
		if kept[i-1] || !kept[i] || !placeable(p) || !placeable(m) || p.te >= m.ts || m.ts-p.te > 3 {
			continue
		}
		if c.ld.coord.at(d, p.te, m.ts, nil) != 1 || c.hardOrComma(p.te) {
			continue
		}
		ok := true
		for k := p.te + 1; k < m.ts && ok; k++ {
			ok = !c.hardOrComma(k) && (r.has(d, k, rwPrepositions) || c.ld.determiners.at(d, k, k+1, nil) == 1)
		}
		if ok {
			kept[i] = false
		}
	}
}

// listGoesOn reports whether the comma before ms[i] lists it: commas
// after it go on to a coordinated mention ("in Iraq, Syria and
// Lebanon"); a comma that closes an opening place phrase lists nothing
// ("In Bamako, Russia supplies Niger", "according to diplomats in
// Bamako, the Kremlin has sent jets").
func (c *sctx) listGoesOn(ms []mention, i int) bool {
	for j := i + 1; j < len(ms); j++ {
		switch c.d.gapKind(c.ld, ms[j-1].te, ms[j].ts) {
		case gapCoord:
			return true
		case gapComma:
			continue
		}
		return false
	}
	return false
}

// placeable reports whether a mention is a state's name, alias or
// capital: the forms a place preposition makes a place.
func placeable(m mention) bool {
	return m.actor.Kind == graph.KindState && (m.form.Role == lexicon.RoleName || m.form.Role == lexicon.RoleAlias || m.form.Role == lexicon.RoleCapital)
}

// keepListed keeps a demonym listed before a kept one: "Malian, Burkinabe
// and Nigerien units". kept[i] says whether ms[i] is kept.
func (c *sctx) keepListed(ms []mention, kept []bool) {
	// "les forces rwandaises et mozambicaines", « des soldats
	// sud-africains, malawites et tanzaniens »
	for i := 1; i < len(ms); i++ {
		if kept[i] || ms[i].form.Role != lexicon.RoleDemonym || !kept[i-1] || ms[i-1].form.Role != lexicon.RoleDemonym {
			continue
		}
		switch c.d.gapKind(c.ld, ms[i-1].te, ms[i].ts) {
		case gapCoord:
			kept[i] = true
		case gapComma:
			// a comma, when the list goes on to a coordinated demonym
			for j := i + 1; j < len(ms) && ms[j].form.Role == lexicon.RoleDemonym; j++ {
				if g := c.d.gapKind(c.ld, ms[j-1].te, ms[j].ts); g == gapCoord {
					kept[i] = true
					break
				} else if g != gapComma {
					break
				}
			}
		}
	}
	// "in Iraq and Syria", « au Mali et au Niger »: places listed
	// after a place are places
	place := false
	for i := range ms {
		if i > 0 && place && kept[i] && ms[i].form.Role != lexicon.RoleDemonym {
			if g := c.d.gapKind(c.ld, ms[i-1].te, ms[i].ts); (g == gapCoord || g == gapComma && c.listGoesOn(ms, i)) && !c.clauseCut(i-1, i) && !c.commaCoordClause(ms, i) {
				if c.placeNamed(ms[i], c.trig) || ms[i].actor.Kind == graph.KindState && (ms[i].form.Role == lexicon.RoleName || ms[i].form.Role == lexicon.RoleCapital || ms[i].form.Role == lexicon.RoleAlias) {
					kept[i] = false
					continue
				}
			}
		}
		place = !kept[i] && c.placeNamed(ms[i], c.trig)
	}
	for i := len(ms) - 2; i >= 0; i-- {
		if kept[i] || ms[i].form.Role != lexicon.RoleDemonym || !kept[i+1] || ms[i+1].form.Role != lexicon.RoleDemonym {
			continue
		}
		if c.d.gapKind(c.ld, ms[i].te, ms[i+1].ts) != gapNone {
			kept[i] = true
		}
	}
}

// looselyLinked reports whether tokens [from, to) join two actors with a
// pair link and at most three other lower-case words, within one clause:
// "l'armée soudanaise aux paramilitaires des FSR".
func (c *sctx) looselyLinked(from, to int) bool {
	if from >= to || to-from > 5 || c.breakIn(from, to) || c.commas(from, to) > 0 {
		return false
	}
	link := false
	for i := from; i < to; i++ {
		if c.ld.pairLinks.at(c.d, i, i+1, nil) == 1 {
			link = true
		} else if !isLowerWord(c.d, i) {
			return false
		}
	}
	return link
}

// former reports whether a former-cue ends within three words before
// token i: "l'ancien président", "la mort du fondateur", "once headed".
func (c *sctx) former(i int) bool {
	for k := i; k >= i-3 && k > c.a; k-- {
		if c.ld.rel.former.mayEnd(c.d, k) && c.ld.rel.former.endsAt(c.d, c.a, k) > 0 {
			return true
		}
	}
	return false
}

// intended reports whether an intent cue ends within two words before
// token i: "plans to train", "a proposé de former"; not a modal that a
// longer hedge starts with ("may have supplied", « pourrait avoir
// livré »: a past possibility, hedged), nor one a longer hedge ends with
// ("unclear if": an open question, hedged), nor one a comma parts from
// the trigger ("Japan pledged aid, and Turkey delivered").
func (c *sctx) intended(i int) bool {
	return c.intendedNear(i) || c.intendedPurpose(i)
}

// intendedNear is intended without the reach of a purpose marker
// (gold19en.go, intendedPurpose).
func (c *sctx) intendedNear(i int) bool {
	for k := i; k >= i-4 && k > c.a; k-- {
		if k < i && c.hardOrComma(k+1) {
			break // "Japan pledged aid, and Turkey delivered": another clause
		}
		if !c.ld.rel.intent.mayEnd(c.d, k) {
		} else if n := c.ld.rel.intent.endsAt(c.d, c.a, k); n > 0 {
			w := k - n
			if c.ld.rel.has(c.d, w, rwMonth) && !isLowerWord(c.d, w) {
				continue // "in May 2022", not "may"
			}
			if c.ld.hedges.at(c.d, w, c.b, nil) > n {
				continue // "may have", « pourrait avoir »
			}
			if c.ld.rel.notIntent.at(c.d, w, c.b, nil) > n {
				continue // « compte sur ses alliés »: relies on, no plan
			}
			if c.ld.hedges.endsAt(c.d, c.a, k) > n {
				continue // "unclear if": an open question, hedged
			}
			if c.ld.rel.intentNot.endsAt(c.d, c.a, k) > n {
				continue // « même si »: a fact conceded
			}
			return true
		}
	}
	return false
}

// troopsSent reports whether what a trigger ending at te provides is
// troops: the first noun after it, past articles and numbers, is a troop
// noun ("a envoyé une centaine de soldats", "sent about 100 soldiers",
// "provides a contingent"); "équipements militaires" is not.
func (c *sctx) troopsSent(te int) bool {
	for i := te; i < c.b && i < te+maxTroopGap; i++ {
		if c.ld.rel.troops.may(c.d, i) && c.ld.rel.troops.at(c.d, i, c.b, nil) > 0 {
			return true
		}
		if n := c.ld.rel.combatants.at(c.d, i, c.b, nil); n > 0 {
			// "sent thousands of fighters to defend the regime": troops
			// sent to fight for the recipient
			return i+n < c.b && c.ld.rel.purposes.at(c.d, i+n, c.b, nil) > 0
		}
		w := c.d.toks[i].fold
		if c.inMention(i) >= 0 || (c.ld.equipment.may(c.d, i) && c.ld.equipment.at(c.d, i, c.b, nil) > 0) || !isLowerWord(c.d, i) && !isNumber(w) {
			return false
		}
	}
	return false
}

// opposedBefore reports whether an opposed trigger ends just before token
// i, articles and one adjective between: "shot down a Malian drone".
func (c *sctx) opposedBefore(i int) bool {
	if c.trig == nil {
		return false
	}
	k := i - 1
	for steps := 0; k > c.a && steps < 2 && !c.trig[k-c.a] && (c.ld.determiners.at(c.d, k, k+1, nil) == 1 || c.ld.rel.has(c.d, k, rwIndefinite)); steps++ {
		k--
	}
	return k >= c.a && c.trig[k-c.a] && c.trigType[k-c.a] == graph.Opposed
}

// suppliedBefore reports whether a supplies trigger comes before token i
// in its sentence.
func (c *sctx) suppliedBefore(i int) bool {
	if c.trig == nil {
		return false
	}
	for k := c.a; k < i; k++ {
		if c.trig[k-c.a] && c.trigType[k-c.a] == graph.Supplies {
			return true
		}
	}
	return false
}

// troopsHeld returns the end of a troop noun a few lower-case words and
// numbers after token i, in its clause and before any other actor ("has
// about 4,000 soldiers", « compte environ 4 000 soldats »), or -1.
func (c *sctx) troopsHeld(i int) int {
	d := c.d
	if i+1 < c.b && c.comma[i-c.a] && c.rel[i-c.a] && !c.hardOrComma(i+1) {
		i++ // "France, which has some 700 soldiers in it": the relative's verb
	}
	for k := i; k < c.b && k < i+8; k++ {
		if c.hardOrComma(k) || c.inMention(k) >= 0 || c.trig[k-c.a] {
			return -1
		}
		if !c.ld.rel.troops.may(d, k) {
			// no troops word starts here (at would say 0)
		} else if n := c.ld.rel.troops.at(d, k, c.b, nil); n > 0 && k > i {
			return k + n
		}
		if !isLowerWord(d, k) && !isNumber(d.toks[k].fold) {
			return -1
		}
	}
	return -1
}

// accusedSubject returns, for a trigger at ts right after "of"/« de »
// that follows an accusation verb ("Bujumbura accused Kigali of arming
// the rebels", « accuse le Rwanda de soutenir le M23 »), the accused: the
// last actor between the verb and the trigger, or -1 when there is none;
// ok is false when no accusation verb governs the trigger.
func (c *sctx) accusedSubject(ts int) (k int, ok bool) {
	d, r := c.d, c.ld.rel
	if d.none(r.accuse, c.a, c.b) {
		return -1, false // no accusation verb in the sentence (every other answer needs one)
	}
	if ts-2 > c.a && (c.ld.rel.has(d, ts-1, rwStop) || r.has(d, ts-1, rwAuxiliaries)) && r.has(d, ts-2, rwOf) {
		ts-- // "of having supplied", « d'avoir fourni »
	}
	if ts+1 < c.b && ts-1 > c.a && r.has(d, ts, rwOf) && !r.has(d, ts-1, rwOf) {
		ts++ // « que Khartoum accuse d'armer les FSR »: the trigger « d'armer » holds the of-word (recall19)
	}
	if ts-1 <= c.a || !r.has(d, ts-1, rwOf) {
		return -1, false
	}
	agents := false // a comma crossed before an agent marker
	for v := ts - 2; v >= c.a && v >= ts-maxAccusedGap; v-- {
		if c.hardOrComma(v + 1) {
			// "accused by the government, by UN investigators and by
			// lawmakers of": a list of agents, each after its marker
			if c.hard[v+1-c.a] || c.ld.passive.at(d, v+1, ts, nil) == 0 {
				return -1, false
			}
			agents = true
		}
		if n := r.accuse.at(d, v, ts, nil); n > 0 {
			if v+n == ts-1 {
				if c.accusedNoun(v) {
					return -1, true // "villagers suspected of collaborating with the army": no actor
				}
				if s := c.subject(v, func(j int) bool { return c.noArg[j] }); s >= 0 {
					if v > c.a && c.ld.rel.sp.aux[d.toks[v-1].fold] {
						// "the RSF, which the UAE is accused of arming":
						// a passive accusation's subject is the accused;
						// the antecedent is the object
						return s, true
					}
					if o := c.relativeObject(s); o >= 0 {
						// "the UAE, which Sudan's government accuses of
						// arming the RSF": the relative's antecedent
						return o, true
					}
				}
				return -1, false // "Wagner, accused of supplying the RSF": the subject before
			}
			if c.ld.passive.at(d, v+n, ts, nil) > 0 {
				// "Ukraine, accused by Bamako of backing the rebels",
				// « l'Ukraine, accusée par Bamako d'avoir soutenu »: the
				// actor before the verb, not its agent
				return c.subject(v, func(j int) bool { return c.noArg[j] }), true
			}
			if agents {
				return -1, false
			}
			for j := range c.ms {
				// the first actor after the verb: the accused, not the
				// object of a first predicate ("accused Egypt of bombing
				// the RSF and of supplying")
				if c.ms[j].ts >= v+n && c.ms[j].te <= ts-1 {
					if h := c.possessed(j); h >= 0 && c.ms[h].te <= ts-1 {
						return h, true // "accuses Sudan's RSF of": the RSF
					}
					return j, true
				}
			}
			return -1, true
		}
	}
	return -1, false
}

// accusedNoun reports whether the accusation participle at v qualifies a
// common noun right before it, itself after an article or an of-word:
// "the villagers suspected of collaborating", « des massacres de
// villageois soupçonnés de collaborer »: the accused are those people,
// not the actor named before them.
func (c *sctx) accusedNoun(v int) bool {
	d, ld := c.d, c.ld
	w := v - 1
	if w-1 < c.a || c.inMention(w) >= 0 || c.hardOrComma(w+1) || c.hardOrComma(w) || !isLowerWord(d, w) || ld.rel.has(d, w, rwStop) {
		return false
	}
	return ld.rel.has(d, w-1, rwOf) || ld.determiners.at(d, w-1, w, nil) == 1
}

// maxAccusedGap is the most words between an accusation verb and the
// trigger it governs: "is accused by the Sudanese government, by UN
// investigators and by several US lawmakers of supplying".
const maxAccusedGap = 20

// reciprocal reports whether a reciprocal phrase holds the trigger h:
// "have been at war", « se sont affrontés ».
func (c *sctx) reciprocal(h trigHit) bool {
	for k := max(c.a, h.ts-3); k <= h.ts; k++ {
		if n := c.ld.rel.reciprocal.atFilled(c.d, k, c.b, c.ld.fillers); n > 0 && k+n > h.ts {
			return true
		}
	}
	return false
}

// maxJoinedGap is the most words between a joined companion and the
// hostile trigger of the fight joined ("in an offensive against").
const maxJoinedGap = 3

// joinedSubject returns, for the subject ms[left] of a hostile trigger at
// ts, the actor that joined it in the fight, or -1: in "Chad joined
// Nigeria in an offensive against Boko Haram", « le Tchad s'est joint au
// Nigeria dans une offensive contre », Chad for Nigeria. The companion
// follows a join verb (join_verbs) and a determiner; the trigger follows
// the companion after a preposition and at most maxJoinedGap lower-case
// words.
func (c *sctx) joinedSubject(left, ts int) int {
	d, r := c.d, c.ld.rel
	m := c.ms[left]
	if ts-m.te < 1 || ts-m.te > maxJoinedGap || !r.prepositions[d.toks[m.te].fold] || !c.lowerRun(m.te, ts) || c.hardOrComma(m.te) {
		return -1
	}
	i := m.ts
	for i > c.a && c.ld.determiners.at(d, i-1, i, nil) == 1 {
		i--
	}
	n := r.joinVerbs.endsAt(d, c.a, i)
	if n == 0 || i-n <= c.a {
		return -1
	}
	s := c.subject(i-n, nil)
	if s < 0 || s == left || c.ms[s].actor.ID == m.actor.ID || c.ms[s].actor.Kind == graph.KindPerson || c.commas(c.ms[s].te, i-n) > 0 {
		return -1
	}
	return s
}

// reciprocalPlace reports whether a place preposition, or a word that
// makes a place after a reciprocal trigger (« au »; reciprocal_places),
// ends right before token i, past determiners: « s'affrontent au Mali ».
func (c *sctx) reciprocalPlace(i int) bool {
	d, r := c.d, c.ld.rel
	for i > c.a && c.ld.determiners.at(d, i-1, i, nil) == 1 {
		i--
	}
	return i > c.a && (r.reciprocalPlaces.endsAt(d, c.a, i) > 0 || r.placePreps.endsAt(d, c.a, i) > 0)
}

// unnamedTrainees reports whether a troop or institution noun names the
// subject of a passive trigger at ts, in its clause and with no actor, or
// opens the sentence: "the crews had been trained by", « les équipages
// ont été formés par ».
func (c *sctx) unnamedTrainees(ts int) bool {
	r := c.ld.rel
	// « Les commandos de la brigade Gorgor, fer de lance de l'armée
	// somalienne ..., ont été formés par »: a troop noun opens the
	// sentence, and its subject was not found
	i := c.a
	for i < ts && c.ld.determiners.at(c.d, i, i+1, nil) == 1 {
		i++
	}
	if i < ts && c.inMention(i) < 0 && (r.troops.at(c.d, i, c.b, nil) > 0 || r.instNouns.at(c.d, i, c.b, nil) > 0) {
		return true
	}
	for i := ts - 1; i >= c.a && i >= ts-6; i-- {
		if c.inMention(i) >= 0 || c.hardOrComma(i+1) {
			return false
		}
		if r.troops.at(c.d, i, c.b, nil) > 0 || r.instNouns.at(c.d, i, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// maxTroopGap is how many tokens after a sending verb its troops may
// come: « a déployé en début d'année environ 150 soldats ».
const maxTroopGap = 8

// countedTrainees reports whether the trainees after an active trains
// trigger ending at te are a count alone ("has trained over 70,000", "had
// trained more than 50,000 recruits", « a formé 3 000 recrues »): a
// number, quantity words around it, then the clause's end, a troop noun
// or words naming no actor.
func (c *sctx) countedTrainees(te int) bool {
	d, r := c.d, c.ld.rel
	j, number := te, false
	for ; j < c.b && j < te+6 && (j == te || !c.hardOrComma(j)); j++ {
		w := d.toks[j].fold
		if isCount(w) {
			number = true
		} else if !r.quantity[w] {
			break
		}
	}
	if !number {
		return false
	}
	if j >= c.b || c.hardOrComma(j) || r.troops.at(d, j, c.b, nil) > 0 {
		return true
	}
	for k := j; k < c.b && k < j+3; k++ {
		if c.inMention(k) >= 0 || c.hardOrComma(k) {
			return false
		}
	}
	return isLowerWord(d, j)
}

// isCount reports whether w is a number, with thousands separators
// ("70,000", "1.500").
func isCount(w string) bool {
	digits := false
	for i := 0; i < len(w); i++ {
		switch {
		case w[i] >= '0' && w[i] <= '9':
			digits = true
		case (w[i] == ',' || w[i] == '.') && i > 0 && i+1 < len(w):
		default:
			return false
		}
	}
	return digits
}

// isNumber reports whether a folded word is written in digits.
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// roleOnly reports whether a demonym stands for a person by its role
// ("the Somali president", "le président turc"): a leads argument only.
func (c *sctx) roleOnly(m mention) bool {
	if m.form.Role != lexicon.RoleDemonym {
		return false
	}
	d, r := c.d, c.ld.rel
	if m.te < c.b && !c.hardOrComma(m.te) && r.instNouns.at(d, m.te, c.b, nil) == 0 &&
		((r.leaderRoles.may(d, m.te) && r.leaderRoles.at(d, m.te, c.b, nil) > 0) || (r.memberRoles.may(d, m.te) && r.memberRoles.at(d, m.te, c.b, nil) > 0)) {
		return true
	}
	if !c.hardOrComma(m.ts) && r.instNouns.endsAt(d, c.a, m.ts) == 0 &&
		(r.leaderRoles.endsAt(d, c.a, m.ts) > 0 || r.memberRoles.endsAt(d, c.a, m.ts) > 0) {
		return true
	}
	return false
}

// attributionSpans returns a function telling whether a token is in the
// source of an attribution: from "selon", "according to" to the next
// comma or the end of the sentence.
func (c *sctx) attributionSpans() func(int) bool {
	var spans [][2]int
	start := c.a
	if c.d.none(c.ld.attributions, c.a, c.b) {
		start = c.b // none starts in the sentence
	}
	for i := start; i < c.b; i++ {
		if i = c.d.nextStart(i, c.b, c.ld.attributions.bit); i >= c.b {
			break
		}
		if !c.ld.attributions.may(c.d, i) {
			continue
		}
		n := c.ld.attributions.at(c.d, i, c.b, nil)
		if n == 0 {
			continue
		}
		j := i + n
		if j+1 < c.b && c.rel[j-c.a] && c.clauseSubjectAt(j+1) {
			// « les accusations selon lesquelles il arme », « un rapport
			// selon lequel le Rwanda a livré »: a clause with its
			// subject, no source
			continue
		}
		for j < c.b && !c.comma[j-c.a] && !c.hard[j-c.a] && !c.sourceEndsBefore(i+n, j) {
			j++
		}
		spans = append(spans, [2]int{i, j})
		i = j - 1
	}
	if len(spans) == 0 {
		return noToken // most sentences: nothing to allocate
	}
	return func(t int) bool {
		for _, s := range spans {
			if t >= s[0] && t < s[1] {
				return true
			}
		}
		return false
	}
}

// sourceEndsBefore reports whether the source of an attribution opened
// at token o ends before token j with no comma: a source noun ends right
// before j and an actor's mention starts at j ("according to Malian
// officials Turkey also trained": Turkey is the clause's subject, not a
// source).
func (c *sctx) sourceEndsBefore(o, j int) bool {
	r := &c.ld.rel.bl
	if j <= o+1 || !r.ok || !r.sourceNouns.mayEnd(c.d, j) || r.sourceNouns.endsAt(c.d, o, j) == 0 {
		return false
	}
	k := c.inMention(j)
	return k >= 0 && c.ms[k].ts == j
}

// noToken is a test of tokens true of none.
func noToken(int) bool { return false }

// clauseSubjectAt reports whether a subject opens at token i: a subject
// pronoun, or an actor after articles.
func (c *sctx) clauseSubjectAt(i int) bool {
	if c.ld.rel.has(c.d, i, rwPronouns) {
		return true
	}
	for i < c.b && c.ld.determiners.at(c.d, i, i+1, nil) == 1 {
		i++
	}
	k := c.inMention(i)
	return k >= 0 && c.ms[k].ts == i
}

// anyRelative reports whether a relative word stands in tokens [lo, hi).
func (c *sctx) anyRelative(lo, hi int) bool {
	for i := max(lo, c.a); i < hi && i < c.b; i++ {
		if c.rel[i-c.a] {
			return true
		}
	}
	return false
}

// betweenCue reports whether a between word stands in tokens [lo, hi):
// the trigger itself ("opposant") or a word after it ("entre").
func (c *sctx) betweenCue(lo, hi int) bool { return c.phraseIn(c.ld.rel.between, lo, hi) }

// pronounBefore reports whether an object pronoun stands just before a
// trigger ("lui a livré", "leur ont fourni"); not one after an auxiliary,
// which stresses the subject (« qui a lui aussi livré », « a lui-même
// formé »).
func (c *sctx) pronounBefore(ts int) bool {
	for i := ts - 1; i >= ts-3 && i >= c.a; i-- {
		if c.ld.rel.has(c.d, i, rwObjectPronouns) {
			return !(i > c.a && c.ld.rel.rc.ok && c.ld.rel.rc.auxiliaries[c.d.toks[i-1].fold])
		}
	}
	return false
}

// firstArg returns the first mention of the sentence that may be an
// argument, or -1.
func (c *sctx) firstArg() int {
	for k := range c.ms {
		if !c.noArg[k] {
			if h := c.possessed(k); h >= 0 && !c.noArg[h] {
				return h // "Yemen's Houthi movement said ...": the Houthis
			}
			return k
		}
	}
	return -1
}

// homeState returns the article's home state: the state its sentences
// name most by name, alias, institution or capital (the first named on a
// tie), or nil.
func homeState(d *doc, ld *langData, ms [][]mention) *lexicon.Actor {
	// the states in order of first mention, with their counts: an
	// article names few, so a slice beats a map
	type tally struct {
		id    string
		count int
	}
	var buf [16]tally
	states := buf[:0]
	var best *lexicon.Actor
	bestK := -1
	for _, sent := range ms {
		for i, m := range sent {
			if m.actor.Kind != graph.KindState || !actingMention(d, ld, sent, i) {
				continue
			}
			k := 0
			for k < len(states) && states[k].id != m.actor.ID {
				k++
			}
			if k == len(states) {
				states = append(states, tally{id: m.actor.ID})
			}
			states[k].count++
			if m.form.Role == lexicon.RoleCapital && datelineAt(d, m) {
				states[k].count += datelineWeight // « BEYROUTH – »: the story is filed from its capital
			}
			// the most counted; among equals the first named (k is the
			// order of first mention)
			if best == nil || states[k].count > states[bestK].count ||
				states[k].count == states[bestK].count && k < bestK {
				best, bestK = m.actor, k
			}
		}
	}
	return best
}

// homeMentions adds to ms (sorted, of tokens [a, b)) the bare
// institutions that stand for the home state: "la junte", "the army",
// after a definite article and without a demonym or "de"/"of" after them.
// personAt reports whether a person's mention starts at token i, or one
// or two lower-case words later: « le gouvernement fédéral du Premier
// ministre Abiy Ahmed », "the junta of General Tiani".
func personAt(d *doc, ld *langData, ms []mention, i, b int) bool {
	for _, m := range ms {
		if m.ts >= i && m.ts <= i+2 && m.ts < b && m.actor.Kind == graph.KindPerson {
			for j := i; j < m.ts; j++ {
				if !isLowerWord(d, j) && ld.disc.titles.at(d, j, m.ts, nil) == 0 {
					return false
				}
			}
			return true
		}
	}
	return false
}

func homeMentions(d *doc, ld *langData, a, b int, ms []mention, home *lexicon.Actor, mem *memory) []mention {
	if home == nil && (mem == nil || len(mem.inst) == 0) || d.none(ld.rel.home, a, b) {
		return ms // (none: the sentence's summary says no home institution starts in it)
	}
	add := d.addBuf[:0] // the document's, taken back after the merge
	k := 0
	for i := a; i < b; i++ {
		if i = d.nextStart(i, b, ld.rel.home.bit); i >= b {
			break
		}
		if !ld.rel.home.may(d, i) {
			continue // no home institution starts here (the common case)
		}
		for k < len(ms) && ms[k].te <= i {
			k++
		}
		if k < len(ms) && ms[k].ts <= i {
			continue // inside a mention
		}
		s := i // "the new government": the modifier is part of the mention
		n := 0
		if i > a && len(ld.rel.personPoss) > 0 && ld.rel.personPoss[d.toks[i-1].fold] {
			// "his army": the state its person leads
			if n = ld.rel.home.at(d, i, b, nil); n > 0 && !(k < len(ms) && ms[k].ts < i+n) {
				if st := personState(ms[:k], mem); st != nil {
					add = append(add, mention{ts: i, te: i + n, actor: st, form: lexicon.Form{Text: d.tokenText(i, i+n), Role: lexicon.RoleInstitution}})
					i += n - 1
				}
			}
			continue
		}
		if i == a || !d.is(i-1, ld, classDefinite) {
			if i-2 >= a && ld.rel.has(d, i-1, rwHomeMods) && d.is(i-2, ld, classDefinite) {
				s = i - 1
			} else if n = bareHome(d, ld, a, b, i, ms[:k]); n == 0 || mem == nil {
				continue
			}
		}
		if n == 0 {
			n = ld.rel.home.at(d, i, b, nil)
		}
		if n == 0 {
			continue
		}
		e := i + n
		if e < b {
			if k < len(ms) && ms[k].ts == e && !strings.ContainsAny(d.norm[d.toks[e-1].end:d.toks[e].start], ",;:()") {
				continue // "l'armée malienne"
			}
			if ld.rel.has(d, e, rwOf) && !strings.ContainsAny(d.norm[d.toks[e-1].end:d.toks[e].start], ",;") && !personAt(d, ld, ms, e+1, b) {
				continue // "le gouvernement de transition", "the army of ..."
			}
		}
		if k < len(ms) && ms[k].ts < e {
			continue
		}
		if e < b && ld.rel.leaderRoles.may(d, e) {
			if n := ld.rel.leaderRoles.at(d, e, b, nil); n > 0 && e+n < b && ld.rel.has(d, e+n, rwOf) {
				continue // "the military chief of the M23": a modifier of a role whose owner follows
			}
		}
		if s < i && e+1 < b && ld.rel.has(d, e, rwPrepositions) && k < len(ms) && (ms[k].ts == e+1 || ms[k].ts == e+2 && ld.determiners.at(d, e+1, e+2, nil) == 1) {
			continue // "the new authorities in Damascus": whose is said after
		}
		to := home
		var kb [64]byte
		key, first := kb[:0], false // the folded phrase (spelled on the stack); first: no state owns it yet
		if mem != nil {
			key = d.appendFolded(key, i, e)
			if mem.sharedInstitution(key) {
				continue // "Mali's junta and Burkina Faso's junta ... . The junta": which? (open20.go)
			}
			if st := mem.inst[string(key)]; st != nil {
				to = st // "the junta" after "Myanmar's junta"
			} else if first = true; mem.instBest != nil {
				to = mem.instBest
			}
		}
		if st := placeRelative(d, ld, a, i, ms); st != nil {
			to, first = st, false // "vers le Soudan, où les FSR combattent l'armée": Sudan's
		} else if st := placeOpener(d, ld, a, s, ms[:k]); st != nil {
			to, first = st, false // « Au Niger, l'armée »: Niger's (gold17fr.go)
		}
		if to == nil {
			continue
		}
		if bare := s == i && (i == a || !d.is(i-1, ld, classDefinite)); bare && mem.homeInst != to && mem.inst[d.foldedText(i, i+1)] != to && !(to == home && mem.homeSeen > 0 && mem.sentence-mem.homeSeen <= 0 && (mem.otherSeen == 0 || mem.sentence-mem.otherSeen >= 2) && !otherState(ms[:k], home)) {
			// a bare one only for the state a definite one named before
			// ("the government ... government forces"), the state named
			// with that institution, or the home state named in the
			// sentence before when no other state was in the last three
			continue
		} else if !bare && mem != nil {
			mem.homeInst = to
			if first {
				// the same institution stays that state's until another
				// state is named with it ("the army" of a Lebanese story
				// after "Israeli troops" and "the Israeli air force")
				mem.inst[string(key)] = to
			}
		}
		add = append(add, mention{ts: s, te: e, actor: to, form: lexicon.Form{Text: d.tokenText(s, e), Role: lexicon.RoleInstitution}})
		i = e - 1
	}
	out := d.mergeMentions(ms, add)
	d.addBuf = add[:0]
	return out
}

// bareHome returns the length of a bare home institution at token i
// ("government forces", "junta troops"; bare_home_institutions), or 0
// when there is none or a word before it says whose forces they are: a
// mention ending right before it ("Syrian army units"), a determiner, a
// possessive, a capitalised word inside the sentence ("Haftar
// government forces"), or a hyphen ("pro-government forces"). before
// are the mentions of the sentence before token i.
func bareHome(d *doc, ld *langData, a, b, i int, before []mention) int {
	r := ld.rel
	if !r.bareHome.may(d, i) {
		return 0
	}
	n := r.bareHome.at(d, i, b, nil)
	if n == 0 || i == a {
		return n
	}
	if len(before) > 0 && before[len(before)-1].te == i || d.norm[d.toks[i-1].end:d.toks[i].start] != " " {
		return 0
	}
	if d.is(i-1, ld, classDefinite|classPossessive|classAnaphorDet) || ld.determiners.at(d, i-1, i, nil) == 1 || r.has(d, i-1, rwIndefinite) || upperFirst(d.word(i-1)) {
		return 0
	}
	return n
}

// personState returns the state that the person named last before a
// person possessive leads, by the lexicon at the article's date (or last
// led: "his army" of Assad after his fall): the last person of before,
// the sentence's mentions before it, else (none there) the person opening the
// sentence before; nil when that is no state's leader.
func personState(before []mention, mem *memory) *lexicon.Actor {
	if mem == nil || mem.lex == nil {
		return nil
	}
	var p *lexicon.Actor
	for j := len(before) - 1; j >= 0 && p == nil; j-- {
		if before[j].actor.Kind == graph.KindPerson {
			p = before[j].actor
		}
	}
	if p == nil && mem.prevSubject != nil && mem.prevSubject.Kind == graph.KindPerson {
		p = mem.prevSubject
	}
	if p == nil {
		return nil
	}
	if st, ok := mem.lex.Actor(p.LedAt(mem.date)); ok && st.Kind == graph.KindState {
		return st
	}
	return nil
}

// otherState reports whether one of ms names a state other than home.
func otherState(ms []mention, home *lexicon.Actor) bool {
	for _, m := range ms {
		if m.actor.Kind == graph.KindState && m.actor != home {
			return true
		}
	}
	return false
}

// placeRelative returns the state a locative relative clause holding
// token i is about: "where" / « où » after a comma and a mention of a
// state, with no comma, semicolon nor colon between ("the
// border with Sudan, where the army fights the RSF", « vers le Soudan,
// où les FSR combattent l'armée »; locative_relatives; a neighbour noun
// may follow the state: « le Soudan voisin, où l'armée »), or nil.
func placeRelative(d *doc, ld *langData, a, i int, ms []mention) *lexicon.Actor {
	for k := i - 1; k > a; k-- {
		if ld.rel.has(d, k, rwLocRelatives) {
			if !strings.Contains(d.norm[d.toks[k-1].end:d.toks[k].start], ",") {
				return nil
			}
			for _, m := range ms {
				if m.actor.Kind == graph.KindState && (m.te == k || m.te < k && ld.rel.neighbour.at(d, m.te, k, nil) == k-m.te) {
					return m.actor // « le Soudan voisin, où l'armée »
				}
			}
			return nil
		}
		if gap := d.norm[d.toks[k-1].end:d.toks[k].start]; strings.ContainsAny(gap, ",;:") {
			return nil
		}
	}
	return nil
}

// bracketed reports whether mention k stands in brackets that token t is
// not in ("Sadat (créée par Adnan Tanriverdi, ...) aurait formé"),
// unless the brackets hold another name of the actor just before them
// ("the Southern Transitional Council (STC)").
func (c *sctx) bracketed(k, t int) bool {
	m := c.ms[k]
	if t < c.a || t >= c.b || c.paren[m.ts-c.a] <= c.paren[t-c.a] {
		return false
	}
	return !(k > 0 && c.ms[k-1].actor.ID == m.actor.ID && c.ms[k-1].te == m.ts)
}

// span counts the tokens in [lo, hi) that are not inside brackets deeper
// than both ends.
func (c *sctx) span(lo, hi int) int {
	base := min(c.depth(lo), c.depth(hi))
	n := 0
	for i := max(lo, c.a); i < hi && i < c.b; i++ {
		if c.paren[i-c.a] <= base {
			n++
		}
	}
	return n
}

// sameLevel returns the dates not inside brackets deeper than token t:
// "Sadat (créée en 2012 ...) aurait formé" is not dated 2012.
func (c *sctx) sameLevel(dates []dateHit, t int) []dateHit {
	base := c.depth(t)
	for _, h := range dates {
		if c.depth(h.pos) > base {
			out := make([]dateHit, 0, len(dates))
			for _, h := range dates {
				if c.depth(h.pos) <= base {
					out = append(out, h)
				}
			}
			return out
		}
	}
	return dates
}

// helpRules finds "l'apport décisif de Wagner", "with the help of Russian
// troops": the helper after the noun is allied with the nearest actor
// named before it in the sentence.
func (c *sctx) helpRules(lang string) []pairCand {
	d, r := c.d, c.ld.rel
	if d.none(r.help, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for i := c.a; i < c.b; i++ {
		if i = d.nextStart(i, c.b, r.help.bit); i >= c.b {
			break
		}
		if !r.help.may(d, i) {
			continue
		}
		n := r.help.at(d, i, c.b, c.blockedFn())
		if n == 0 {
			continue
		}
		j := i + n
		if j < c.b && isLowerWord(d, j) && !r.has(d, j, rwOf) && !r.helpLinks[d.toks[j].fold] && c.inMention(j) < 0 {
			j++ // an adjective: "décisif"
		}
		if c.nonSecurityHelp(i, j) {
			continue // "the humanitarian aid of Japan", « l'aide humanitaire du Japon »: no alliance
		}
		if c.intended(i) {
			continue // « a demandé l'aide de la Russie »: a request, no relation (probe17)
		}
		if x, _, _ := c.nominalSupportAt(i); x >= 0 {
			continue // « le soutien de l'Algérie aux rebelles »: nominalSupportRules (lead18.go)
		}
		if i > c.a && r.has(d, i-1, rwInSupport) {
			// "struck SDF positions in support of the SNA", « en soutien
			// aux FAMa »: the subject helps the actor after
			out = append(out, c.inSupportOf(i, j, lang)...)
			continue
		}
		if j >= c.b || !r.has(d, j, rwOf) && !r.helpLinks[d.toks[j].fold] {
			continue
		}
		j++
		for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
			j++
		}
		for steps := 0; steps < 2 && j+1 < c.b && c.inMention(j) < 0 && isLowerWord(d, j) && !c.hardOrComma(j+1); steps++ {
			j++ // "l'appui des milices wazalendo"
		}
		h := c.inMention(j)
		if h < 0 || c.ms[h].ts != j || c.noArg[h] || c.ms[h].actor.Kind == graph.KindOrganisation || c.ms[h].actor.Kind == graph.KindPerson {
			continue
		}
		found := false
		for k := h - 1; k >= 0; k-- {
			m := c.ms[k]
			if m.te > i || c.noArg[k] || c.bracketed(k, i) {
				continue
			}
			if c.hardBetween(m.te, i) {
				break
			}
			if m.actor.Kind == graph.KindState || m.actor.Kind == graph.KindArmedGroup {
				helpers, helped := []int{h}, []int{k}
				v := c.triggerBefore(m.ts)
				if v < 0 {
					v = c.hostileBeforeTarget(m.ts)
				}
				if v >= 0 {
					// "L'armée congolaise combat le M23 avec l'appui des
					// wazalendo et des FDLR": the helped is the subject;
					// the helpers fight the object too
					if sj := c.subject(v, func(j int) bool { return c.noArg[j] }); sj >= 0 && sj != k {
						helpers = d.group(c.ld, c.ms, h, +1)
						for _, y := range helpers {
							if c.trigType[v-c.a] == graph.Opposed {
								out = append(out, pairCand{from: y, to: k, typ: graph.Opposed, ts: i, te: i + n, rule: lang + "/help/opposed", weak: true})
							}
						}
						// each striker is helped ("The United States and
						// Britain struck ..., with support from Australia")
						helped = c.subjectGroup(sj, v)
					} else if c.trigType[v-c.a] == graph.Opposed {
						// "Puntland forces attacked the Islamic State, with
						// support from American aircraft": the helped
						// subject names no actor; k is the target, which
						// the helpers fight
						for _, y := range d.group(c.ld, c.ms, h, +1) {
							out = append(out, pairCand{from: y, to: k, typ: graph.Opposed, ts: i, te: i + n, rule: lang + "/help/opposed", weak: true})
						}
						helpers = nil
					}
				}
				for _, y := range helpers {
					for _, x := range helped {
						if c.trainerHelper(y) {
							out = append(out, pairCand{from: y, to: x, typ: graph.Trains, ts: i, te: i + n, rule: lang + "/help/trains", weak: true})
							continue
						}
						out = append(out, pairCand{from: y, to: x, typ: graph.Allied, ts: i, te: i + n, rule: lang + "/help/allied", weak: true})
					}
				}
				found = true
			}
			break
		}
		if found || i-c.a > 3 {
			continue
		}
		// "Avec l'appui de Wagner, l'armée malienne a repris Kidal": the
		// sentence opens with the help; the first actor after the comma
		if k := c.firstAfterComma(c.ms[h].te); k >= 0 && (c.ms[k].actor.Kind == graph.KindState || c.ms[k].actor.Kind == graph.KindArmedGroup) {
			if c.trainerHelper(h) {
				// "With the help of Turkish instructors, Somali commandos"
				out = append(out, pairCand{from: h, to: k, typ: graph.Trains, ts: i, te: i + n, rule: lang + "/help/trains", weak: true})
				continue
			}
			out = append(out, pairCand{from: h, to: k, typ: graph.Allied, ts: i, te: i + n, rule: lang + "/help/allied", weak: true})
		}
	}
	return out
}

// hostileBeforeTarget returns the first token of a hostile trigger
// before a target noun that token i's actor owns through an of-word
// (« frappe les positions du JNIM », « des frappes contre les bastions de
// Viv Ansanm »; possessed_targets), or -1: the actor is the trigger's
// object, so a help phrase after it helps the striker (helpRules).
func (c *sctx) hostileBeforeTarget(i int) int {
	d, r := c.d, c.ld.rel
	j := i - 1
	for j > c.a && !r.has(d, j, rwOf) && c.ld.determiners.at(d, j, j+1, nil) == 1 {
		j-- // « les camps de l'EIGS »
	}
	if j <= c.a || c.trig == nil || !r.has(d, j, rwOf) {
		return -1
	}
	n := r.rc.targets.endsAt(d, c.a, j)
	if n == 0 {
		return -1
	}
	j -= n + 1
	for j >= c.a && c.ld.determiners.at(d, j, j+1, nil) == 1 {
		j--
	}
	if j < c.a || !c.trig[j-c.a] || c.trigType[j-c.a] != graph.Opposed || c.hardOrComma(j+1) {
		return -1
	}
	for j > c.a && c.trig[j-1-c.a] && c.trigType[j-1-c.a] == graph.Opposed {
		j--
	}
	return j
}

// trainerHelper reports whether the helper mention h of a help phrase is
// a demonym of trainers (trainer_nouns: "with the help of Turkish
// instructors", « avec l'aide d'instructeurs turcs »): the helper trains
// the helped.
func (c *sctx) trainerHelper(h int) bool {
	d, r := c.d, c.ld.rel
	m := c.ms[h]
	if m.form.Role != lexicon.RoleDemonym {
		return false
	}
	for k := m.ts; k <= m.te && k < c.b; k++ {
		if r.trainerNouns.at(d, k, c.b, nil) > 0 {
			return true // "Turkish instructors"
		}
	}
	return r.trainerNouns.endsAt(d, c.a, m.ts) > 0 // « d'instructeurs turcs »
}

// nonSecurityHelp reports whether a help noun from token i to j (its
// adjective after it included) is qualified as no security, right before
// it or in [i, j) ("humanitarian aid", « l'aide humanitaire »;
// non_security).
func (c *sctx) nonSecurityHelp(i, j int) bool {
	for k := max(c.a, i-1); k < j && k < c.b; k++ {
		if c.ld.rel.nonSecurity.atIf(c.d, k, c.b) > 0 {
			return true
		}
	}
	return false
}

// inSupportOf reads "X struck Y in support of Z", « X a frappé Y en
// soutien aux FAMa »: the help noun ends at token j; Z is helped by the
// subject of the trigger before it (or of the help phrase itself).
func (c *sctx) inSupportOf(i, j int, lang string) []pairCand {
	d, r := c.d, c.ld.rel
	if j >= c.b || !(r.has(d, j, rwOf) || r.inSupportTo[d.toks[j].fold]) {
		return nil
	}
	j++
	for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
		j++
	}
	h := c.inMention(j)
	if h < 0 || c.ms[h].ts != j || c.noArg[h] || c.ms[h].actor.Kind == graph.KindPerson {
		return nil
	}
	noArg := func(k int) bool { return c.noArg[k] }
	at := i
	for k := i - 2; k >= c.a && !c.hard[k-c.a]; k-- {
		if c.trig[k-c.a] {
			for k > c.a && c.trig[k-1-c.a] {
				k--
			}
			at = k // "struck SDF positions in support of": the striker
			break
		}
	}
	sj := c.subject(at, noArg)
	if sj < 0 || sj == h || c.ms[sj].actor.Kind == graph.KindPerson {
		return nil
	}
	var out []pairCand
	for _, y := range c.d.group(c.ld, c.ms, sj, -1) {
		out = append(out, pairCand{from: y, to: h, typ: graph.Allied, ts: i, te: j, rule: lang + "/help/allied/in-support", weak: true})
	}
	return out
}

// inHelpPhrase reports whether trigger h is the noun of a help phrase
// ("avec l'appui de", "with the support of") that helpRules reads.
func (c *sctx) inHelpPhrase(h trigHit) bool {
	r := c.ld.rel
	for k := max(c.a, h.ts-3); k <= h.ts; k++ {
		if n := r.alongside.at(c.d, k, c.b, nil); n > 0 && k+n >= h.te && (r.help.may(c.d, h.ts) && r.help.at(c.d, h.ts, c.b, nil) > 0) {
			return true
		}
	}
	return false
}

// inOpeningParticiple reports whether token i lies in a participle phrase
// opening the sentence, before its first comma: « Déployée en décembre
// 2023 pour épauler l'armée congolaise, la SAMIDRC ... », "Deployed in
// 2023 to support the Congolese army, SAMIDRC ...".
func (c *sctx) inOpeningParticiple(i int) bool {
	if !c.ld.rel.participleOf(c.d.word(c.a)) || c.inMention(c.a) >= 0 || c.trig[0] {
		return false
	}
	for k := c.a + 1; k <= i; k++ {
		if c.hardOrComma(k) {
			return false
		}
	}
	return true
}

// firstAfterComma returns the first mention after the first comma at or
// after token i, when nothing but articles stand between the comma and
// it ("..., l'armée malienne a repris"); -1 otherwise.
func (c *sctx) firstAfterComma(i int) int {
	for ; i < c.b; i++ {
		if c.hard[i-c.a] {
			return -1
		}
		if !c.comma[i-c.a] {
			continue
		}
		if k := c.mentionPastArticles(i); k >= 0 && !c.noArg[k] {
			return k
		}
		return -1
	}
	return -1
}

// hardBetween reports whether hard punctuation stands between tokens lo
// and hi.
func (c *sctx) hardBetween(lo, hi int) bool {
	for i := max(lo, c.a+1); i <= hi && i < c.b; i++ {
		if c.hard[i-c.a] {
			return true
		}
	}
	return false
}

// possessedTitle returns the token of a possessive or a possessive
// relative that owns the title at rs, an article between allowed ("Its
// president, X", « Son président, X », « le Puntland, dont le président
// X », "the region, whose president X"), else -1: the title is then the
// possessor's, which the possessive and role rules read, and names the
// person's own country only when that country is the possessor.
func (c *sctx) possessedTitle(rs int) int {
	r := c.ld.rel
	p := rs - 1
	if p > c.a && c.ld.determiners.at(c.d, p, p+1, nil) == 1 {
		p--
	}
	if p < c.a {
		return -1
	}
	if r.has(c.d, p, rwPossessives) || r.possRelatives.at(c.d, p, p+1, nil) == 1 {
		return p
	}
	// "Somaliland's new president, X": an actor's possessive, up to two
	// adjectives between
	q := rs - 1
	for steps := 0; q > c.a && steps < 2 && isLowerWord(c.d, q) && !r.has(c.d, q, rwPossessiveSuffix); steps++ {
		q--
	}
	if q > c.a && r.has(c.d, q, rwPossessiveSuffix) && c.mentionEndingAt(q+1) >= 0 {
		return q
	}
	return -1
}

// stateBefore reports whether the last mention before token p in the
// sentence names the actor id ("L'Éthiopie voisine, dont le Premier
// ministre": Ethiopia).
func (c *sctx) stateBefore(p int, id string) bool {
	for k := len(c.ms) - 1; k >= 0; k-- {
		if c.ms[k].te <= p && c.ms[k].ts >= c.a {
			return c.ms[k].actor.ID == id
		}
	}
	return false
}

// headRules finds the heads of state named by title: "President Donald
// Trump", "interim President Ahmed al-Sharaa", "le Premier ministre Abiy
// Ahmed": a person of the lexicon with a country, after a title of a head
// of state or government (or holding it in its form), leads that state.
func (c *sctx) headRules(lang string) []pairCand {
	d, r := c.d, c.ld.rel
	var out []pairCand
	for k, m := range c.ms {
		if m.actor.Kind != graph.KindPerson || m.actor.Country == "" || c.stateOf == nil || m.title {
			continue // a title standing for the person: titleRules
		}
		rs := -1
		if n := r.stateHeads.endsAt(d, c.a, m.ts); n > 0 {
			rs = m.ts - n
		} else if r.stateHeads.may(d, m.ts) && r.stateHeads.at(d, m.ts, m.te, nil) > 0 {
			rs = m.ts
		} else if p := c.titleApposition(m.ts); p > 0 && r.stateHeads.endsAt(d, c.a, p) > 0 {
			rs = p - r.stateHeads.endsAt(d, c.a, p) // « le Premier ministre, le général X » (gold17fr.go)
		} else if p := c.titleAfter(m); p > 0 {
			rs = p // "X, the prime minister,", "X, its president," (gold19en.go)
		}
		if rs < 0 || c.former(rs) {
			continue
		}
		st := c.stateOf(m.actor.Country)
		if st == nil || !mayLeadState(m.actor, st) {
			continue
		}
		if p := c.possessedTitle(rs); p >= 0 && rs < m.ts && !c.stateBefore(p, st.ID) {
			continue // "Son président, X": the possessor's head, not X's country's
		}
		to := c.mentionOf(st, mention{ts: rs, te: rs, actor: st, form: lexicon.Form{Text: st.Name, Role: lexicon.RoleName}})
		ts, te := max(rs, c.a), m.te
		if rs > m.ts {
			ts, te = m.ts, rs+r.stateHeads.at(d, rs, c.b, nil) // "X, the prime minister,"
		}
		out = append(out, pairCand{from: k, to: to, typ: graph.Leads, ts: ts, te: te, rule: c.ld.rel.titleLeadsRule(lang), weak: true})
	}
	return out
}

// mayLeadState reports whether a title may make person p lead state st:
// when the lexicon says what p leads, st must be among it ("its acting
// president, Duwa Lashi La" heads Myanmar's parallel government, not
// Myanmar; "the council's vice-president, Aidarous al-Zubaidi" heads the
// STC).
func mayLeadState(p, st *lexicon.Actor) bool {
	if len(p.Leads) == 0 {
		return true
	}
	for _, l := range p.Leads {
		if l.ID == st.ID {
			return true
		}
	}
	return false
}

// compound is a relation a hyphen compound states ("-led", "-backed").
type compound struct {
	typ      graph.RelType
	reversed bool // the actor after is the source ("al-Qaeda-linked JNIM")
}

// possessorRules finds a person possessing a group: "Iyad Ag Ghaly's
// JNIM", "Haftar's LNA", « le JNIM d'Iyad Ag Ghaly » (leads).
func (c *sctx) possessorRules(lang string) []pairCand {
	var out []pairCand
	for k, m := range c.ms {
		if m.actor.Kind != graph.KindPerson || c.noArg[k] || isCompound(c.d, c.ld.rel, m) {
			continue
		}
		h := c.possessed(k)
		if h < 0 || c.noArg[h] || c.ms[h].led == ledForces || c.ms[h].ts != m.te+1 || !graph.Leads.Allows(graph.KindPerson, c.ms[h].actor.Kind) {
			continue
		}
		if hm := c.ms[h]; hm.actor.Kind == graph.KindState && (hm.form.Role == lexicon.RoleName || hm.form.Role == lexicon.RoleAlias || hm.form.Role == lexicon.RoleCapital) {
			continue // a state through an institution only: "Kim Jong Un's government", not "Putin's Russia"
		}
		out = append(out, pairCand{from: k, to: h, typ: graph.Leads, ts: m.te, te: m.te + 1, rule: lang + "/possessor/leads", weak: true})
	}
	// "Le JNIM d'Iyad Ag Ghaly", "the RSF of General Hemedti", « la junte
	// du général Tiani »
	for k := 0; k+1 < len(c.ms); k++ {
		if c.noArg[k] || c.noArg[k+1] || c.ms[k].led == ledForces || c.ofPerson(k+1) != k || c.foreignOwner(k, k+1) {
			continue // (foreignOwner: « le gouvernement de Giorgia Meloni » in a story about Chad; gold17fr.go)
		}
		out = append(out, pairCand{from: k + 1, to: k, typ: graph.Leads, ts: c.ms[k].te, te: c.ms[k].te + 1, rule: lang + "/possessor/leads", weak: true})
	}
	return out
}

// ofPerson returns the actor a person at mention p is the leader of in
// "X of [title] PERSON": « le JNIM d'Iyad Ag Ghaly », "the RSF of General
// Hemedti", « la junte du général Tiani », « les troupes érythréennes du
// président Isaias Afwerki » (a state only through an institution or a
// demonym, not « le Mali de ... »); else -1.
func (c *sctx) ofPerson(p int) int {
	k := p - 1
	if k < 0 || c.ms[p].actor.Kind != graph.KindPerson {
		return -1
	}
	m, q := c.ms[k], c.ms[p]
	e := m.te
	if e < q.ts && isLowerWord(c.d, e) && !c.hardOrComma(e) {
		// a head noun after the name: "the Amal movement of Nabih Berri",
		// "the Sudan Liberation Army faction of Minni Minawi"
		n := max(c.ld.rel.anaphors[m.actor.Kind].at(c.d, e, q.ts, nil), c.ld.rel.memberRoles.at(c.d, e, q.ts, nil), c.ld.rel.collectives.at(c.d, e, q.ts, nil))
		if n > 0 && e+n < q.ts && c.ld.rel.has(c.d, e+n, rwOf) {
			e += n
		}
	}
	if m.actor.Kind == graph.KindPerson || e >= c.b || e >= q.ts || !c.ld.rel.has(c.d, e, rwOf) || c.hardOrComma(e) || q.ts-e > 3 {
		return -1
	}
	if m.actor.Kind == graph.KindState && (m.form.Role == lexicon.RoleName || m.form.Role == lexicon.RoleAlias || m.form.Role == lexicon.RoleCapital) &&
		(m.form.Role == lexicon.RoleCapital || m.ts <= c.a || !c.ld.rel.has(c.d, m.ts-1, rwDefinite)) {
		return -1 // a state named after a definite article is one: « le Togo de Faure Gnassingbé »
	}
	for i := e + 1; i < q.ts; i++ {
		if c.hardOrComma(i) || c.trig[i-c.a] || !(isLowerWord(c.d, i) || c.ld.disc.titles.at(c.d, i, q.ts, nil) > 0) {
			return -1
		}
	}
	if c.hardOrComma(q.ts) {
		return -1
	}
	return k
}

// ledRules finds hyphen compounds: "the Russian-led CSTO" (Russia
// member_of the CSTO), "Iran-backed Houthis" (allied), "al-Qaeda-linked
// JNIM" (JNIM member_of al-Qaeda), "US-trained commandos" of a named
// force.
func (c *sctx) ledRules(lang string) []pairCand {
	var out []pairCand
	for k, m := range c.ms {
		cp, ok := c.compoundAfter(m)
		if !ok {
			continue
		}
		o := c.object(m.te+1, nil)
		if a := c.compoundApposition(k); a >= 0 {
			o = a // "Kataib Hezbollah, the Iran-backed militia that Washington blames"
		} else if o < 0 || c.span(m.te+1, c.ms[o].ts) > 2 && !c.headOf(m.te+1, c.ms[o].ts) || c.relativeIn(m.te+1, c.ms[o].ts) >= 0 {
			continue
		}
		from, to := k, o
		if cp.reversed {
			from, to = o, k
		}
		if cp.typ == graph.MemberOf && !cp.reversed && m.actor.Kind != graph.KindState {
			continue // "-led" makes a state a member ("the US-led coalition")
		}
		out = append(out, pairCand{from: from, to: to, typ: cp.typ, ts: m.te, te: m.te + 1, rule: lang + "/compound/" + string(cp.typ)})
	}
	return out
}

// maxRoleAdjectives is the most lower-case words between a possessor
// and its role noun ("Israel's second-largest arms supplier").
const maxRoleAdjectives = 6

// roleOfPossessor reports whether the trigger at [ts, te), of type t, is
// a supplier or ally role noun that mention k possesses: "Israel's
// second-largest arms supplier", "Kosovo's closest partner" (the
// possessor is the recipient or the ally, not the trigger's subject;
// roleRules reads the role).
func (c *sctx) roleOfPossessor(t graph.RelType, k, ts, te int) bool {
	d, r := c.d, c.ld.rel
	roles := r.supplierRoles
	if t == graph.Allied {
		roles = r.allyRoles
	}
	if k >= len(c.ms) || roles.at(d, ts, te, nil) == 0 {
		return false
	}
	m := c.ms[k]
	if m.te >= ts || !r.has(d, m.te, rwPossessiveSuffix) || d.norm[d.toks[m.te-1].end:d.toks[m.te].start] != "'" {
		return false
	}
	if ts-m.te-1 > maxRoleAdjectives {
		return false
	}
	for i := m.te + 1; i < ts; i++ {
		if c.hardOrComma(i) || !isLowerWord(d, i) || c.inMention(i) >= 0 {
			return false
		}
	}
	return !c.hardOrComma(ts)
}

// subjectPronounBefore reports whether a subject pronoun inside the
// sentence, after a coordinator, stands before a trigger at ts, an
// auxiliary or a filler between ("..., and it received"): the trigger
// has a subject, even when no actor could be found for it.
func (c *sctx) subjectPronounBefore(ts int) bool {
	d, r := c.d, c.ld.rel
	i := ts - 1
	for i > c.a && (r.has(d, i, rwAuxiliaries) || c.ld.fillers[d.toks[i].fold]) && !c.hardOrComma(i+1) {
		i--
	}
	if i <= c.a || c.hardOrComma(i+1) {
		return false
	}
	sing := r.has(d, i, rwSingular)
	return (sing || r.has(d, i, rwPronouns)) && c.ld.coord.at(d, i-1, i, nil) == 1
}

// headOf reports whether the words from i to e are one or two lower-case
// nouns, an of-word and articles: "factions of the" in "Turkish-backed
// factions of the Syrian National Army" (the compound qualifies the
// actor after the of-word).
func (c *sctx) headOf(i, e int) bool {
	d, n := c.d, 0
	for i < e && n < 2 && isLowerWord(d, i) && !c.ld.rel.has(d, i, rwOf) && !c.hardOrComma(i) {
		i, n = i+1, n+1
	}
	if n == 0 || i >= e || !c.ld.rel.has(d, i, rwOf) || c.hardOrComma(i) {
		return false
	}
	for i++; i < e && c.ld.determiners.at(d, i, i+1, nil) == 1 && !c.hardOrComma(i); i++ {
	}
	return i == e && !c.hardOrComma(e)
}

// possessedNoun reports whether mention j possesses a common noun that
// names neither one of its institutions nor an actor of its kind:
// "Pakistan's delegation", "Mali's negotiating team" (not "Mali's army").
func (c *sctx) possessedNoun(j int) bool {
	d, r, m := c.d, c.ld.rel, c.ms[j]
	if m.te+1 >= c.b || !r.has(d, m.te, rwPossessiveSuffix) || d.norm[d.toks[m.te-1].end:d.toks[m.te].start] != "'" || c.hardOrComma(m.te+1) {
		return false
	}
	n := m.te + 1
	if !isLowerWord(d, n) || c.inMention(n) >= 0 || r.instNouns.at(d, n, c.b, nil) > 0 {
		return false
	}
	if a, ok := r.anaphors[m.actor.Kind]; ok && a.at(d, n, c.b, nil) > 0 {
		return false
	}
	return true
}

// compoundApposition returns the actor an apposition opened by the
// hyphen compound of mention k qualifies: ", the Iran-backed militia"
// after Kataib Hezbollah (a comma right after it, an article, the
// compound, a lower-case noun); else -1.
func (c *sctx) compoundApposition(k int) int {
	m := c.ms[k]
	d := c.d
	h := m.te + 1
	for h+1 < c.b && !isLowerWord(d, h) && d.norm[d.toks[h].end:d.toks[h+1].start] == "-" && isLowerWord(d, h+1) {
		h += 2 // "a US-backed Kurdish-led force": another compound before the head (lead18)
	}
	if k == 0 || m.ts-1 <= c.a || h >= c.b || !isLowerWord(d, h) || c.ld.determiners.at(d, m.ts-1, m.ts, nil) != 1 || !c.comma[m.ts-1-c.a] {
		return -1
	}
	if p := c.ms[k-1]; p.te == m.ts-1 && !c.noArg[k-1] {
		return k - 1
	}
	return -1
}

// compoundAfter returns the hyphen compound right after a mention
// ("Russian-led", "Iran-backed").
func (c *sctx) compoundAfter(m mention) (compound, bool) {
	d := c.d
	if m.te >= c.b || d.norm[d.toks[m.te-1].end:d.toks[m.te].start] != "-" {
		return compound{}, false
	}
	cp, ok := c.ld.rel.compounds[d.toks[m.te].fold]
	return cp, ok
}

// ledBy reports whether a hyphen compound follows a mention:
// "Russian-led", "Iran-backed".
func (c *sctx) ledBy(m mention) bool {
	_, ok := c.compoundAfter(m)
	return ok
}

// maxApposition is how many tokens an apposition may hold before the
// mention it ends with: "des groupes d'autodéfense armés par Kinshasa".
const maxApposition = 9

// appositionOf reports whether mention j opens an apposition to the
// mention just before it: "Le JNIM, affilié à Al-Qaïda, a revendiqué"
// (j is Al-Qaïda: its segment opens with a comma right after JNIM).
func (c *sctx) appositionOf(j int) bool {
	m := c.ms[j]
	for i := m.ts; i > c.a && i > m.ts-maxApposition; i-- {
		if c.comma[i-c.a] {
			for k := j - 1; k >= 0; k-- {
				if c.ms[k].te == i {
					// « Le Burkina Faso, le Mali et le Niger, réunis »: a
					// list, not an apposition (struct.go)
					return !slices.Contains(c.d.group(c.ld, c.ms, j, -1), k)
				}
				if c.ms[k].te < i {
					break
				}
			}
			return false
		}
	}
	return false
}

// benefactive reports whether the words after an opposed trigger say
// for whom one fights ("fighting for Assad", "combattent pour"): the
// actor after them is an ally, not an enemy.
func (c *sctx) benefactive(te int) bool {
	return c.ld.rel.benefactive.may(c.d, te) && c.ld.rel.benefactive.at(c.d, te, c.b, nil) > 0
}

// firstComma returns the token after the sentence's first comma, or -1.
func (c *sctx) firstComma() int {
	for i := c.a + 1; i < c.b; i++ {
		if c.comma[i-c.a] {
			return i
		}
	}
	return -1
}

// nonSecurity reports whether a non-security word follows an allied
// trigger within two words: "premier partenaire économique".
func (c *sctx) nonSecurity(te int) bool {
	for i := te; i < te+3 && i < c.b; i++ {
		if c.ld.rel.nonSecurity.may(c.d, i) && c.ld.rel.nonSecurity.at(c.d, i, c.b, nil) > 0 && c.inMention(i) < 0 {
			return true
		}
	}
	return false
}

// maxParticipleGap is the most words (a date, "la même année") between a
// participle and the passive marker of its agent (participleBefore).
const maxParticipleGap = 3

// participleBefore returns the token of a participle right before token
// p (a passive marker), or past a few words of its clause that name no
// actor and hold no trigger when the participle opens an apposition
// after a comma (« la SAMIM, déployée la même année par », "ATMIS,
// deployed in 2022 by"; not « la plainte déposée en mars par »), or -1.
func (c *sctx) participleBefore(p int) int {
	for q := p - 1; q > c.a && q >= p-1-maxParticipleGap; q-- {
		if c.ld.rel.participleOf(c.d.word(q)) {
			if q < p-1 && !c.comma[q-c.a] {
				return -1
			}
			return q
		}
		if c.hardOrComma(q+1) || c.inMention(q) >= 0 || c.trig != nil && c.trig[q-c.a] {
			return -1
		}
	}
	return -1
}

// nonSecurityBefore reports whether a non-security word qualifies an
// allied trigger starting at ts from the few words right before it, in
// its clause: "a civil nuclear cooperation agreement", "an economic
// partnership" (non_security).
func (c *sctx) nonSecurityBefore(ts int) bool {
	for k := ts - 1; k >= c.a && k >= ts-3; k-- {
		if c.hardOrComma(k+1) || c.inMention(k) >= 0 || !isLowerWord(c.d, k) {
			return false
		}
		if c.ld.rel.nonSecurity.may(c.d, k) && c.ld.rel.nonSecurity.at(c.d, k, ts, nil) > 0 {
			return true
		}
	}
	return false
}

// notSupplied reports whether a noun that is no supply follows a
// supplies trigger ending at te within four words, before any actor:
// "received credible reports of", « a reçu des informations »
// (not_supplied).
func (c *sctx) notSupplied(te int) bool { return c.nounWithin(c.ld.rel.notSupplied, te, 4) }

// nounWithin reports whether a phrase of set starts within n words from
// token te, before any actor (notSupplied, notTrained).
func (c *sctx) nounWithin(set phrases, te, n int) bool {
	for i := te; i < te+n && i < c.b && c.inMention(i) < 0; i++ {
		if set.at(c.d, i, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// supplySource reports whether mention j is the source of a passive
// supplies trigger right before it ("bought from Norinco", « achetés à
// Norinco », « fournis par la Turquie »): the goods' seller, never the
// recipient of a participle or origin after it.
func (c *sctx) supplySource(j int) bool {
	ts := c.ms[j].ts
	for ts > c.a && c.ld.determiners.at(c.d, ts-1, ts, nil) == 1 {
		ts--
	}
	for _, h := range c.hits {
		if h.trig.Type != graph.Supplies || h.trig.Voice != lexicon.Passive || h.te > ts {
			continue
		}
		if h.te == ts && h.te-h.ts > 1 || h.te+1 == ts && (c.ld.passive.at(c.d, h.te, ts, nil) == 1 || c.ld.rel.sourcePreps.at(c.d, h.te, ts, nil) == 1) {
			return true
		}
	}
	return false
}

// unresolvedPronounBefore reports whether a subject pronoun that names no
// actor stands within three words before the trigger at ts, after an
// accusation noun past mention left: the trigger's subject is the
// pronoun, which coreference could not resolve, not an actor further
// back ("Egypt, which backed Haftar's offensive on Tripoli, rejects
// accusations that it sent": not Tripoli).
func (c *sctx) unresolvedPronounBefore(left, ts int) bool {
	d, r := c.d, c.ld.rel
	if d.none(r.accusations, c.a, c.b) {
		return false
	}
	for i := max(c.ms[left].te, ts-3, c.a); i < ts; i++ {
		if r.has(d, i, rwSubjectPronouns) && c.inMention(i) < 0 {
			for j := c.ms[left].te; j < i; j++ {
				if r.accusations.at(d, j, i, nil) > 0 {
					return true
				}
			}
			return false
		}
	}
	return false
}

// homeSells reports whether the home state is the source of a passive
// supplies trigger of the sentence (supplySource): « les drones fournis
// par la Turquie », in an article about Turkey, name no recipient.
func (c *sctx) homeSells(home *lexicon.Actor) bool {
	for k := range c.ms {
		if c.ms[k].actor.ID == home.ID && c.supplySource(k) {
			return true
		}
	}
	return false
}

// notTrained reports whether a noun saying "make up" follows a trains
// trigger ending at te within three words, before any actor: « forment
// désormais l'épine dorsale de l'armée », "form the bulk of" (not_trained).
func (c *sctx) notTrained(te int) bool { return c.nounWithin(c.ld.rel.notTrained, te, 3) }

// verbChain reports whether tokens [lo, hi) hold only triggers,
// coordinators, articles and at most one other word: "trained, armed and
// advised the SDF".
func (c *sctx) verbChain(lo, hi int) bool {
	if c.trig == nil {
		return false
	}
	other, verbs := 0, 0
	for i := lo; i < hi && i < c.b; i++ {
		switch {
		case c.trig[i-c.a]:
			verbs++
		case (c.ld.coord.may(c.d, i) && c.ld.coord.at(c.d, i, i+1, nil) == 1) || (c.ld.determiners.may(c.d, i) && c.ld.determiners.at(c.d, i, i+1, nil) == 1):
		default:
			other++
		}
	}
	return other <= 1 && verbs > 0
}

// named reports whether a naming word opens the last comma segment before
// hi ("sa mission navale, baptisée Aspides", "an operation, dubbed X").
func (c *sctx) named(lo, hi int) bool {
	last := c.lastCommaBefore(lo, hi)
	return last >= 0 && c.ld.rel.naming.at(c.d, last, hi, nil) > 0
}

// tokFold returns the folded word of token i if i < b, else "".
func (d *doc) tokFold(i, b int) string {
	if i >= b || i >= len(d.toks) {
		return ""
	}
	return d.toks[i].fold
}

// alliedNounAt reports whether an allied trigger starts at token i
// ("partnership", "cooperation"): a home institution word before it
// qualifies it ("their military partnership").
func alliedNounAt(d *doc, ld *langData, i int) bool {
	for _, e := range ld.triggersAt(d, i) {
		if e.trig.Type == graph.Allied && isLowerWord(d, i) {
			return true
		}
	}
	return false
}

// alliedPhraseOver reports whether an allied trigger longer than n
// tokens starts at token i (before b): "its military ties with Russia"
// holds the trigger "military ties with", not the institution "its
// military".
func alliedPhraseOver(d *doc, ld *langData, i, n, b int) bool {
	for _, e := range ld.triggersAt(d, i) {
		if e.trig.Type == graph.Allied && len(e.terms) > n && d.match(&e.pattern, i, b, nil) {
			return true
		}
	}
	return false
}

// roleAnaphor is the role of the form of a mention made by an anaphor
// ("le groupe"): it is not reported as a name of the actor.
const roleAnaphor lexicon.Role = "anaphor"

// anaphorMentions adds to ms (sorted, of tokens [a, b)) the anaphors of
// the sentence: a noun of a kind after an anaphor determiner ("le
// groupe", "cette alliance", "the group") stands for the last actor of
// that kind named before it, in the sentence or, failing that, in the
// sentences before (recent).
func anaphorMentions(d *doc, ld *langData, a, b int, ms []mention, recent map[graph.Kind]recentActor, mem *memory) []mention {
	r := ld.rel
	if len(r.anaphors) == 0 {
		return ms
	}
	add := countedPronoun(d, ld, a, b, ms, mem) // at a: before the counted anaphors
	add = append(add, stateSubject(d, ld, a, b, ms, mem)...)
	add = append(add, sidesAnaphor(d, ld, a, b, ms, mem)...)
	add = append(add, accusedPronoun(d, ld, a, b, ms, mem)...)
	add = append(add, countedAnaphors(d, ld, a, b, ms, mem)...)
	add = append(add, possessivePlurals(d, ld, a, b, ms, mem)...)
	counted := add         // by position; the loop's own mentions are appended after them
	nouns := r.anaphorBits // the bits of the anaphor sets, to skip words that start none
	if a < b && r.has(d, a, rwPronouns) && (len(ms) == 0 || ms[0].ts > a) {
		// "Ils sont en guerre depuis 2014 contre le gouvernement yéménite"
		best := -1
		var to *lexicon.Actor
		for _, kind := range []graph.Kind{graph.KindArmedGroup, graph.KindOrganisation} {
			if ra, ok := recent[kind]; ok && ra.pos > best {
				best, to = ra.pos, ra.actor
			}
		}
		if p := pluralStateSubject(d, ld, a, mem); p != nil {
			to = p // « Les Émirats arabes unis ont rejeté le rapport. Ils sont accusés » (probe18.go)
		}
		if to != nil {
			add = append(add, mention{ts: a, te: a + 1, actor: to, form: lexicon.Form{Text: d.tokenText(a, a+1), Role: roleAnaphor}})
		}
	}
	if a+1 < b && r.has(d, a, rwSingular) && (len(ms) == 0 || ms[0].ts > a) && mem.prevSubject != nil && !mem.prevIntro &&
		!r.expletiveAt(d, ld, a+1, b) && r.singularAgrees(d.toks[a].fold, mem.prevSubject.Kind) && r.rc.feats[d.toks[a].fold].agrees(mem.prevFeats) {
		// "Al-Shabaab ... . It has also attacked": the subject before,
		// if they agree (« La Turquie ... . Il » names no one)
		add = append(add, mention{ts: a, te: a + 1, actor: mem.prevSubject, form: lexicon.Form{Text: d.tokenText(a, a+1), Role: roleAnaphor}})
	}
	noNeighbour := d.none(r.neighbour, a, b)
	neighbourAt := func(i int) int {
		if noNeighbour {
			return 0
		}
		return r.neighbour.at(d, i, b, nil)
	}
	scan := d.classLD == ld && d.marked // anaphorSkip's tests are the loop's
	k := 0
	classed := d.classLD == ld // d.is reads the tokens' classes
	for i := a + 1; i < b; i++ {
		for k < len(ms) && ms[k].te <= i {
			k++
		}
		if scan {
			// pass the words the tests below would skip, in a tight
			// loop, up to the end of the next mention (where k moves)
			stop, after := b, -1
			if k < len(ms) {
				stop = ms[k].te
			}
			if k > 0 {
				after = ms[k-1].te + 1
			}
			if i = anaphorSkip(d.toks, a, i, stop, after, r.bodies.bit); i == stop {
				i--
				continue
			}
		}
		if k < len(ms) && ms[k].ts <= i {
			i = ms[k].te - 1 // the next tokens are in the mention too
			continue
		}
		for len(counted) > 0 && counted[0].te <= i {
			counted = counted[1:]
		}
		if len(counted) > 0 && counted[0].ts <= i {
			continue // inside a counted anaphor (not before one: « Créée en 2015, elle combat les deux groupes »)
		}
		bodies := d.startsAny(i, r.bodies.bit)
		if !bodies && !(k > 0 && ms[k-1].te == i-1) {
			// what follows needs one of these (most words have none)
			// ("the current mission": a modifier between them)
			if classed {
				// the classes of words i-1 and i in one test, the rare
				// modifier apart
				x := d.toks[i].class&classPronoun | d.toks[i-1].class&(classPossessive|classAnaphorDet)
				if d.toks[i-1].class&classAnaphorMod != 0 && i-2 > a {
					x |= d.toks[i-2].class & classAnaphorDet
				}
				if x == 0 {
					continue
				}
			} else if !d.is(i, ld, classPronoun) && !d.is(i-1, ld, classPossessive|classAnaphorDet) &&
				!(i-2 > a && d.is(i-2, ld, classAnaphorDet) && d.is(i-1, ld, classAnaphorMod)) {
				continue
			}
		}
		if bodies && upperFirst(d.word(i)) {
			// "the ELN's Central Command", « le Bureau politique du
			// Hamas »: a group's leadership body is the group
			if n := r.bodies.at(d, i, b, nil); n > 0 && !(k < len(ms) && ms[k].ts < i+n) {
				if to := bodyOwner(d, ld, i+n, b, ms, k, recent); to != nil {
					add = append(add, mention{ts: i, te: i + n, actor: to, form: lexicon.Form{Text: d.tokenText(i, i+n), Role: roleAnaphor}})
				}
				i += n - 1
				continue
			}
		}
		pronoun := d.is(i, ld, classPronoun) // pronouns and singular: cheap, and rare
		if pronoun && k > 0 && ld.coord.at(d, i-1, i, nil) == 1 && ms[0].actor.Kind != graph.KindPerson && r.has(d, i, rwPronouns) {
			// "Burundi has deployed troops, and they fight the M23": the
			// sentence's first actor
			add = append(add, mention{ts: i, te: i + 1, actor: ms[0].actor, form: lexicon.Form{Text: d.tokenText(i, i+1), Role: roleAnaphor}})
			continue
		}
		if pronoun { // clausePronoun is nil for any other word
			if to := clausePronoun(d, ld, a, b, i, ms[:k], mem); to != nil {
				// "Mali said that it", « En mars, elle a dénoncé »
				add = append(add, mention{ts: i, te: i + 1, actor: to, form: lexicon.Form{Text: d.tokenText(i, i+1), Role: roleAnaphor}})
				continue
			}
		}
		poss := d.is(i-1, ld, classPossessive)
		if n := neighbourAt(i); poss && n > 0 && !(k < len(ms) && ms[k].ts == i+n) {
			// "Burundi closed its border with Rwanda, accusing its
			// neighbour of arming": the last state named that is not the
			// sentence's first actor (the possessor)
			var to *lexicon.Actor
			for j := k - 1; j >= 1 && to == nil; j-- {
				if ms[j].actor.Kind == graph.KindState && ms[j].actor.ID != ms[0].actor.ID {
					to = ms[j].actor
				}
			}
			if to != nil {
				add = append(add, mention{ts: i, te: i + n, actor: to, form: lexicon.Form{Text: d.tokenText(i, i+n), Role: roleAnaphor}})
				i += n - 1
			}
			continue
		}
		if poss {
			// "Its air force", "son armée": the state named last; not
			// before a role ("Their military spokesman": the role's) nor
			// an allied trigger ("their military partnership": a modifier)
			if n := r.home.at(d, i, b, nil); n > 0 && !(i+n < b && ((r.leaderRoles.may(d, i+n) && r.leaderRoles.at(d, i+n, b, nil) > 0) || (r.memberRoles.may(d, i+n) && r.memberRoles.at(d, i+n, b, nil) > 0) || alliedNounAt(d, ld, i+n) || alliedPhraseOver(d, ld, i, n, b))) {
				var to *lexicon.Actor
				for j := k - 1; j >= 0 && to == nil; j-- {
					if ms[j].actor.Kind == graph.KindState {
						to = ms[j].actor
					}
				}
				if to == nil && mem != nil && mem.prevSubject != nil && mem.prevSubject.Kind == graph.KindState && !mem.prevIntro {
					// "Mali expelled French troops. Its army": the state
					// opening the sentence before, not the last one named
					to = mem.prevSubject
				}
				if ra, ok := recent[graph.KindState]; to == nil && ok {
					to = ra.actor
				}
				if to != nil {
					add = append(add, mention{ts: i, te: i + n, actor: to, form: lexicon.Form{Text: d.tokenText(i, i+n), Role: roleAnaphor}})
					i += n - 1
					continue
				}
			}
			// ", and its fighters attacked", « : ses avions de chasse
			// avaient frappé »: forces or equipment opening a clause are
			// the sentence's subject's, else the subject's of the
			// sentence before ("In March, its fighters")
			n := r.leaderForces.at(d, i, b, nil)
			if n == 0 {
				n = ld.equipment.at(d, i, b, nil)
			}
			if n > 0 && (clauseOpening(d, ld, a, i-1) || k == 0 && afterOpeningPhrase(d, ld, a, i-1)) && !(k < len(ms) && ms[k].ts < i+n) {
				if to := possessor(d, a, ms[:k], mem); to != nil {
					add = append(add, mention{ts: i, te: i + n, actor: to, form: lexicon.Form{Text: d.tokenText(i, i+n), Role: roleAnaphor}})
					i += n - 1
				}
			}
			continue
		}
		// "the US-led coalition": a determiner before an actor and its
		// hyphen compound; the noun must then name the antecedent
		det := d.is(i-1, ld, classAnaphorDet)
		compounded := !det && k > 0 && ms[k-1].te == i-1 && ms[k-1].ts > a &&
			isCompound(d, r, ms[k-1]) && r.anaphorDets[d.toks[ms[k-1].ts-1].fold]
		if !det && !compounded && i-2 > a && d.startsAny(i, nouns) && d.is(i-1, ld, classAnaphorMod) && d.is(i-2, ld, classAnaphorDet) {
			det = true // "the current mission", « l'actuelle mission »
		}
		if !det && !compounded || !d.startsAny(i, nouns) {
			continue
		}
		// the kinds the noun may stand for ("alliance": an organisation
		// or an armed group), and its length
		n := 0
		var kinds []graph.Kind
		for ki, kind := range graph.Kinds {
			if ps := r.anaphorK[ki]; !ps.may(d, i) {
			} else if l := ps.at(d, i, b, nil); l > 0 {
				if l > n {
					n, kinds = l, kinds[:0]
				}
				if l == n {
					kinds = append(kinds, kind)
				}
			}
		}
		if n == 0 {
			continue
		}
		e := i + n
		if k < len(ms) && ms[k].ts == e && !strings.ContainsAny(d.norm[d.toks[e-1].end:d.toks[e].start], ",;:()") {
			continue // "le groupe Wagner": a name follows
		}
		if e < b && d.norm[d.toks[e-1].end:d.toks[e].start] == " " && !(k < len(ms) && ms[k].ts == e) && upperFirst(d.word(e)) {
			continue // « l'opération Mirador »: a name no dictionary knows
		}
		if e < b && d.norm[d.toks[e-1].end:d.toks[e].start] == " " && r.joint.may(d, e) && r.joint.at(d, e, b, nil) > 0 {
			continue // « la force conjointe », « l'opération mixte »: a joint body, not one named before
		}
		if e < b && (r.has(d, e, rwOf) || (e+1 < b && isLowerWord(d, e) && r.has(d, e+1, rwOf) && r.placePreps.at(d, e, b, nil) == 0)) {
			continue // "the group of experts", "la mission (militaire) de l'ONU"; not « le groupe près de Saravena »
		}
		if e+1 < b && r.has(d, i-1, rwOf) && d.norm[d.toks[e-1].end:d.toks[e].start] == ", " && r.including.at(d, e, b, nil) > 0 {
			continue // « des dirigeants du mouvement, dont X, président du M23 »: the members listed say whose
		}
		if det {
			// « la coalition menée par les États-Unis », "the mission led
			// by Kenya": the one its leader heads, else one its noun heads
			if n := r.ledBy.at(d, e, b, nil); n > 0 {
				l := e + n
				if l < b && ld.determiners.at(d, l, l+1, nil) == 1 {
					l++
				}
				if k < len(ms) && ms[k].ts == l && ms[k].actor.Kind == graph.KindState {
					to := mem.ledDescription(ms[k].actor, kinds)
					if to == nil && mem != nil {
						to = headedAntecedent(d, r, i, e, kinds, nil, ms[:k], mem)
					}
					if to != nil {
						add = append(add, mention{ts: i, te: e, actor: to, form: lexicon.Form{Text: d.tokenText(i, e), Role: roleAnaphor}})
					}
					i = e - 1
					continue
				}
			}
		}
		if det && k > 0 && ms[k-1].te == i-1 && d.norm[d.toks[i-2].end:d.toks[i-1].start] == ", " && ms[k-1].form.Role != lexicon.RoleDemonym &&
			ms[k-1].actor.Kind != graph.KindState && ms[k-1].actor.Kind != graph.KindPerson && !slices.Contains(kinds, ms[k-1].actor.Kind) {
			// "the Africa Corps, the force run by Russia's defence
			// ministry": an apposition describes the group before it,
			// whatever the kinds its noun names; no other actor
			i = e - 1
			continue
		}
		var to *lexicon.Actor
		// "militias have taken up arms against the militants": the enemy
		// after "against" is none of the actors its clause names before
		opposing := det && i-2 >= a && r.against.at(d, i-2, i-1, nil) == 1
		for j := k - 1; j >= 0 && to == nil; j-- {
			if opposing && sameClause(d, ms[j].te, i) {
				continue
			}
			if ms[j].form.Role != lexicon.RoleDemonym && slices.Contains(kinds, ms[j].actor.Kind) {
				to = ms[j].actor
			}
		}
		listed := false // the antecedent is from a list of the sentence before (probe18.go)
		if to == nil {
			best := -1
			for _, kind := range kinds {
				if ra, ok := recent[kind]; ok && ra.pos > best {
					best, to = ra.pos, ra.actor
				}
			}
			listed = to != nil && !compounded && mem.listedWith(to)
			if opposing && to != nil && slices.ContainsFunc(ms[:k], func(m mention) bool { return m.actor == to && sameClause(d, m.te, i) }) {
				to = nil
			}
		}
		if compounded {
			// the compound's actor is no antecedent; the description is
			// what it leads by the lexicon when the article names that
			// ("the US-led coalition": Operation Prosperity Guardian),
			// else one its noun heads: "The Kenya-led mission" is no
			// other mission named before; else, for a state's demonym,
			// the state ("the Kenyan-led force" acts for Kenya)
			to = nil
			if leader := ms[k-1].actor; r.compounds[d.toks[ms[k-1].te].fold] == (compound{typ: graph.MemberOf}) {
				to = mem.ledDescription(leader, kinds)
				if to == nil && mem != nil {
					to = headedAntecedent(d, r, i, e, kinds, nil, ms[:k-1], mem)
				}
				if to == nil && leader.Kind == graph.KindState && ms[k-1].form.Role == lexicon.RoleDemonym {
					to = leader
				}
			} else if mem != nil {
				to = headedAntecedent(d, r, i, e, kinds, nil, ms[:k-1], mem)
				if to == nil && !slices.Contains(kinds, graph.KindOrganisation) {
					// "the war between Israel and Hezbollah, and the
					// Iran-backed group": a group its backer qualifies is
					// the last group named, its noun naming none
					to = lastOfKinds(ms[:k-1], kinds, recent, ms[k-1].actor)
				}
			}
		} else if to != nil && det && k > 0 && to == ms[k-1].actor && ms[k-1].te == i-1 && d.norm[d.toks[i-2].end:d.toks[i-1].start] == ", " {
			// "the Southern Transitional Council, the separatist movement
			// led by": an apposition describes the actor right before it,
			// whatever other name its noun heads (probe18.go)
		} else if to != nil && mem != nil {
			if listed && !nounHeads(d, r, i, e, kinds, to, mem) {
				// "JNIM and the FLA ... . The group": which one? Only an
				// actor whose name the noun heads, not listed with another
				if to = headedAntecedent(d, r, i, e, kinds, nil, ms[:k], mem); to != nil && mem.listedWith(to) {
					to = nil
				}
			} else {
				to = headedAntecedent(d, r, i, e, kinds, to, ms[:k], mem)
			}
		}
		if to != nil && !compounded && namedAfter(d, ms[k:], e, to) {
			// « le groupe recevrait des fonds de l'État islamique »: a
			// description is no actor the sentence names after it
			to = nil
		}
		if to != nil {
			add = append(add, mention{ts: i, te: e, actor: to, form: lexicon.Form{Text: d.tokenText(i, e), Role: roleAnaphor}})
			i = e - 1
		}
	}
	return d.mergeMentions(ms, add)
}

// lastOfKinds returns the last actor of one of kinds among ms (not a
// demonym), else the most recent of them before the sentence; never
// the actor not (the compound's own).
func lastOfKinds(ms []mention, kinds []graph.Kind, recent map[graph.Kind]recentActor, not *lexicon.Actor) *lexicon.Actor {
	for j := len(ms) - 1; j >= 0; j-- {
		if ms[j].form.Role != lexicon.RoleDemonym && ms[j].actor != not && slices.Contains(kinds, ms[j].actor.Kind) {
			return ms[j].actor
		}
	}
	var to *lexicon.Actor
	best := -1
	for _, kind := range kinds {
		if ra, ok := recent[kind]; ok && ra.pos > best && ra.actor != not {
			best, to = ra.pos, ra.actor
		}
	}
	return to
}

// sameClause reports whether no comma, semicolon, colon nor bracket
// stands between tokens e-1 and i (e <= i).
func sameClause(d *doc, e, i int) bool {
	return !strings.ContainsAny(d.norm[d.toks[e-1].end:d.toks[i].start], ",;:()")
}

// anaphorSkip returns the first token from i to stop (stop if none) that
// anaphorMentions' loop must read in a marked, classified document of
// sentence start a: a word of its bodies (bit bodies), the token after, the
// token two after a mention ending at after-1 (after, or -1), or a word
// whose classes or those of the words before may make an anaphor (a
// pronoun; after a possessive or an anaphor's determiner, with or
// without a modifier between). The loop skips every other token at its
// class test: anaphorSkip makes the same tests without its state.
func anaphorSkip(toks []token, a, i, stop, after int, bodies uint64) int {
	for ; i < stop && i != after; i++ {
		t, p := &toks[i], &toks[i-1]
		if t.mask&bodies != 0 || t.class&classPronoun|p.class&(classPossessive|classAnaphorDet) != 0 ||
			p.class&classAnaphorMod != 0 && i-2 > a && toks[i-2].class&classAnaphorDet != 0 {
			return i
		}
	}
	return i
}

// upperFirst reports whether the first letter of a word (not empty) is
// upper case: unicode.IsUpper([]rune(w)[0]) without converting the word.
func upperFirst(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// namedAfter reports whether to is named, other than by an anaphor, by
// one of ms, the mentions after a definite anaphor ending at token e, in
// its clause: before any comma, semicolon, colon or bracket ("leaders of
// the rebel movement, including X, the president of the M23" may be the
// M23's).
func namedAfter(d *doc, ms []mention, e int, to *lexicon.Actor) bool {
	for _, m := range ms {
		if m.ts > e && strings.ContainsAny(d.norm[d.toks[e-1].end:d.toks[m.ts].start], ",;:()") {
			return false
		}
		if m.actor == to && m.form.Role != roleAnaphor {
			return true
		}
	}
	return false
}

// bodyOwner returns the armed group whose leadership body ends at token
// e: the one named right after it ("of the ELN", « du Hamas »), else the
// last one named before it in the sentence (ms[:k]: "the ELN's Central
// Command"), else the last one named before the sentence; nil when none.
func bodyOwner(d *doc, ld *langData, e, b int, ms []mention, k int, recent map[graph.Kind]recentActor) *lexicon.Actor {
	if e < b && ld.rel.has(d, e, rwOf) {
		j := e + 1
		if j < b && ld.determiners.at(d, j, j+1, nil) == 1 {
			j++
		}
		if k < len(ms) && ms[k].ts == j && ms[k].actor.Kind == graph.KindArmedGroup {
			return ms[k].actor
		}
	}
	for j := k - 1; j >= 0; j-- {
		if ms[j].actor.Kind == graph.KindArmedGroup {
			return ms[j].actor
		}
	}
	if ra, ok := recent[graph.KindArmedGroup]; ok {
		return ra.actor
	}
	return nil
}

// possessor returns the owner of a possessive's forces in a sentence
// starting at token a, before, the mentions before the possessive: the
// actor opening the sentence (its subject: "Turkey has carried out
// incursions, and its drones strike"), else, when the sentence names no
// actor before the possessive, the actor opening the sentence before
// (prevSubject: "Viv Ansanm ... . In March its fighters attacked"); nil
// when that is a person (« son armée »: what the person heads is not
// said) or a demonym, or when the sentence's first actor comes late.
func possessor(d *doc, a int, before []mention, mem *memory) *lexicon.Actor {
	if len(before) > 0 {
		m := before[0]
		if m.ts-a > maxSubjectOpening || m.actor.Kind == graph.KindPerson || m.form.Role == lexicon.RoleDemonym {
			return nil
		}
		return m.actor
	}
	if mem == nil || mem.prevSubject == nil || mem.prevIntro || mem.prevSubject.Kind == graph.KindPerson {
		return nil
	}
	return mem.troopOwner(mem.prevSubject)
}

// clauseOpening reports whether token p, in a sentence starting at token
// a, opens a clause: the sentence's first word, a word after a comma, a
// colon or a semicolon, or after a coordinator that follows a comma
// (", and its drones strike"); not "funding and its armoured vehicles".
func clauseOpening(d *doc, ld *langData, a, p int) bool {
	if p == a {
		return true
	}
	if strings.ContainsAny(d.norm[d.toks[p-1].end:d.toks[p].start], ",;:") {
		return true
	}
	return p-1 > a && ld.coord.at(d, p-1, p, nil) == 1 && strings.Contains(d.norm[d.toks[p-2].end:d.toks[p-1].start], ",")
}

// afterOpeningPhrase reports whether token p, in a sentence starting at
// token a, comes right after a short phrase opened by a preposition with
// no comma after it: "In March and April its fighters attacked", « En
// janvier ses combattants ». The phrase holds at least one word after
// the preposition (not "With its fighters") and at most
// maxSubjectOpening words.
func afterOpeningPhrase(d *doc, ld *langData, a, p int) bool {
	if p-a < 2 || p-a > maxSubjectOpening || !ld.rel.has(d, a, rwPrepositions) {
		return false
	}
	for q := a + 1; q <= p; q++ {
		if strings.ContainsAny(d.norm[d.toks[q-1].end:d.toks[q].start], ",;:()\"") {
			return false
		}
	}
	return true
}

// isCompound reports whether a hyphen compound ends mention m: "US-led".
func isCompound(d *doc, r *relData, m mention) bool {
	if m.te >= len(d.toks) || d.norm[d.toks[m.te-1].end:d.toks[m.te].start] != "-" {
		return false
	}
	_, ok := r.compounds[d.toks[m.te].fold]
	return ok
}

// maxHeadedBack is how many actors of a kind named before a definite
// anaphor are searched for one its noun names.
const maxHeadedBack = 4

// headedAntecedent returns the antecedent of the definite anaphor in tokens [i, e)
// of kinds: to, the last actor of those kinds named, unless to's names do
// not hold the anaphor's noun and one of the few actors of those kinds
// named before does: "Cette alliance" is Viv Ansanm ("la coalition de
// gangs Viv Ansanm") rather than the mission named since; "L'alliance" is
// the Three Brotherhood Alliance. A collective noun matches any other
// ("cette alliance", "coalition").
func headedAntecedent(d *doc, r *relData, i, e int, kinds []graph.Kind, to *lexicon.Actor, before []mention, mem *memory) *lexicon.Actor {
	var heads []string
	collective := false
	for t := i; t < e; t++ {
		for _, kind := range kinds {
			if r.anaphors[kind].at(d, t, t+1, nil) == 1 {
				heads = append(heads, d.toks[t].fold)
				collective = collective || r.collectives.at(d, t, t+1, nil) == 1
				break
			}
		}
	}
	if len(heads) == 0 {
		return to
	}
	// the noun must head one of the actor's names: open it (« Alliance
	// des trois fraternités ») or close it ("Three Brotherhood Alliance"),
	// not stand inside ("Armée de l'alliance démocratique")
	head := func(w string) bool { return slices.Contains(heads, w) || (collective && r.collectiveWords[w]) }
	match := func(a *lexicon.Actor) bool {
		if hs, ok := mem.nameHeads[a]; ok {
			return slices.ContainsFunc(hs, head)
		}
		for _, f := range a.Forms { // an actor no dictionary knows
			words := strings.FieldsFunc(graph.Fold(f.Text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if len(words) > 0 && (head(words[0]) || head(words[len(words)-1])) {
				return true
			}
		}
		return false
	}
	if to != nil && match(to) {
		return to
	}
	for j := len(before) - 1; j >= 0; j-- {
		if a := before[j].actor; before[j].form.Role != lexicon.RoleDemonym && slices.Contains(kinds, a.Kind) && match(a) {
			return a
		}
	}
	for _, kind := range kinds {
		seen := *mem.seen.of(kind)
		for j := len(seen) - 1; j >= 0 && j >= len(seen)-maxHeadedBack; j-- {
			if match(seen[j]) {
				return seen[j]
			}
		}
	}
	return to // nil when to was: only a named antecedent will do
}

// countedAnaphors returns the mentions of counted anaphors in tokens
// [a, b): "the three armies", "ces deux groupes", "both countries" stand
// for as many actors of their kind: the last list of that many named
// together ("Mali, Burkina Faso and Niger"), else the last actors of the
// kind named, in the sentence (ms, sorted) and then before (mem). Each
// gets a mention of the anaphor's words. Without that many actors there
// is none.
func countedAnaphors(d *doc, ld *langData, a, b int, ms []mention, mem *memory) []mention {
	r := ld.rel
	if len(r.counts) == 0 || mem == nil || d.none(r.countWords, a, b) {
		return nil
	}
	var add []mention
	k := 0
	for i := a; i+1 < b; i++ {
		if !r.countWords.may(d, i) {
			continue // (k follows the mentions when needed)
		}
		for k < len(ms) && ms[k].te <= i {
			k++
		}
		if k < len(ms) && ms[k].ts <= i+1 {
			continue
		}
		if r.countWords.at(d, i, b, nil) != 1 {
			continue
		}
		n := r.counts[d.toks[i].fold]
		if !(r.countsAlone[d.toks[i].fold] || (i > a && r.has(d, i-1, rwAnaphorDets))) {
			continue
		}
		l, kind := 0, graph.Kind("")
		for ki, kd := range graph.Kinds {
			if m := r.pluralK[ki].at(d, i+1, b, nil); m > l {
				l, kind = m, kd // (0 for a kind with no set)
			}
		}
		if l == 0 {
			continue
		}
		e := i + 1 + l
		if e < b && r.has(d, e, rwOf) {
			continue // "the two groups of experts"
		}
		to := mem.lastList(kind, n)
		if to == nil {
			if to = mem.lastNamed(ms[:k], kind, n); to != nil && mem.longerList(kind, to) {
				continue // "the two countries" after three: which two? (probe18.go)
			}
		}
		if to == nil {
			continue
		}
		for _, act := range to {
			add = append(add, mention{ts: i, te: e, actor: act, form: lexicon.Form{Text: d.tokenText(i, e), Role: roleAnaphor}})
		}
		mem.lists = append(mem.lists, to)
		mem.listAt = mem.sentence + 1
		i = e - 1
	}
	return add
}

// memory is what an article has named so far, for counted anaphors.
type memory struct {
	seen  kindLists          // per kind, distinct, in the order of their last mention (the last maxSeen)
	lists [][]*lexicon.Actor // the lists of actors of one kind named together, in order
	// listAt is 1 + the count of sentences (sentence) when the last list
	// was named, 0 when none was (probe18.go, longerList).
	listAt int
	// pairA and pairB are the last two actors of any kinds named
	// together, pairAt 1 + the count of sentences then, 0 when none or
	// when more were named together since (probe18.go, sidesAnaphor).
	pairA, pairB *lexicon.Actor
	pairAt       int
	// inst maps a state institution noun, folded ("junta", "armée"), to
	// the state last named with it ("Myanmar's junta", « l'armée
	// birmane »): whose junta a bare "the junta" is.
	inst map[string]*lexicon.Actor
	// instCount counts the times each state was named with one of its
	// institutions, instBest is the one named so most: the state of a
	// bare institution no state was named with ("the military" after
	// "Myanmar's junta").
	instCount map[string]int
	instBest  *lexicon.Actor
	// instShared is an institution noun a sentence named with two
	// states ("Mali's junta and Burkina Faso's junta"), instSharedAt
	// the sentence count then: a bare one after it names neither
	// (open20.go, sharedInstitution).
	instShared   string
	instSharedAt int
	// nameHeads is the extractor's Extractor.nameHeads (nil in tests).
	nameHeads map[*lexicon.Actor][]string
	// affiliates maps an actor's id to the ids of the affiliates it was
	// named the parent of (promoteAffiliates): no other party of a
	// counted anaphor than them.
	affiliates map[string][]string
	// prevSubject is the actor that opens the sentence before, if one
	// does: whom a sentence opening with "It" or « Il » is about;
	// prevFeats the gender and number of its mention (« la Turquie »).
	// prevIntro says that it comes after a long introductory phrase:
	// only pronouns inside a sentence take it then (clausePronoun).
	prevSubject *lexicon.Actor
	prevFeats   feats
	prevIntro   bool
	// prevPossessor: prevSubject was named as a possessor ("NATO's
	// Kosovo Force"), so a pronoun may stand for what it possesses
	// (possessiveCopulaRoles, gold18en.go).
	prevPossessor bool
	// homeInst is the state the last home institution after a definite
	// article stood for ("the government"): the only one a bare one
	// ("government forces") may stand for.
	homeInst *lexicon.Actor
	// homeSeen is 1 + the count of sentences (sentence) when the home
	// state was last named, 0 when it was not.
	homeSeen int
	// otherSeen is the same for any other state.
	otherSeen int
	// prevClitic is the actor a French clitic object stood for in the
	// sentence before, cliticObject the one it stands for in this one
	// (« La France lui a vendu ... L'Inde lui a livré »: the same
	// recipient; recall.go's pronounObject).
	prevClitic, cliticObject *lexicon.Actor
	// named holds the ids of the actors the whole article names (its
	// lexicon and discovered mentions), and lex the extractor's lexicon:
	// which coalition "the US-led coalition" is (ledDescription). Both
	// nil in tests.
	named map[string]bool
	lex   *lexicon.Lexicon
	// parts maps an organisation's id to the last organisation the
	// article made its member (a mission, a force: "UNIFIL, the UN
	// peacekeeping force"), and the sentence that did; sentence counts
	// the sentences read.
	parts    map[string]part
	sentence int
	// recipients maps a supplier's id to the last actor the article
	// named as its recipient (not negated, not a home recipient): whom a
	// later delivery of it with no recipient named is for ("Tehran admits
	// it sent drones to Russia. ... Iran had also delivered missiles").
	recipients map[string]*lexicon.Actor
	// orgs holds the organisations named in the last two sentences, a
	// mention each, the latest last: the topic a pronoun for an
	// organisation stands for (topicOrg).
	orgs [2][]*lexicon.Actor
	// titles are the roles of the persons the article names (titles.go),
	// date the article's date ("" when unknown).
	titles []titleRole
	date   string
	// seenBuf is the array remember cuts the lists of seen from
	seenBuf []*lexicon.Actor
}

// rememberOrgs records the organisations a sentence names (memory.orgs).
func (mem *memory) rememberOrgs(ms []mention) {
	mem.orgs[0] = append(mem.orgs[0][:0], mem.orgs[1]...)
	mem.orgs[1] = mem.orgs[1][:0]
	for _, m := range ms {
		if m.actor.Kind == graph.KindOrganisation {
			mem.orgs[1] = append(mem.orgs[1], m.actor)
		}
	}
}

// part is an organisation that belongs to another, and the index of the
// sentence that said so.
type part struct {
	actor    *lexicon.Actor
	sentence int
}

// ledDescription returns the actor a description led by leader stands
// for ("the US-led coalition", « la mission menée par le Kenya »): the
// first actor of kinds that leader heads by the lexicon (leads facts, in
// data order) and that the article names, before or after; nil when
// there is none.
func (mem *memory) ledDescription(leader *lexicon.Actor, kinds []graph.Kind) *lexicon.Actor {
	if mem == nil || mem.lex == nil {
		return nil
	}
	for _, l := range leader.Leads {
		if a, ok := mem.lex.Actor(l.ID); ok && mem.named[l.ID] && slices.Contains(kinds, a.Kind) {
			return a
		}
	}
	return nil
}

// newMemory returns an empty memory.
func newMemory() *memory {
	return &memory{inst: map[string]*lexicon.Actor{}, instCount: map[string]int{}}
}

// reset makes mem a new memory (newMemory) that keeps the maps and
// arrays of the article before, emptied: an article's memory allocates
// little once its document has served.
func (mem *memory) reset() {
	clear(mem.seen[:])
	clear(mem.inst)
	clear(mem.instCount)
	clear(mem.affiliates)
	clear(mem.parts)
	clear(mem.recipients)
	clear(mem.lists)
	clear(mem.titles)
	clear(mem.seenBuf)
	clear(mem.orgs[0])
	clear(mem.orgs[1])
	*mem = memory{
		seen: mem.seen, inst: mem.inst, instCount: mem.instCount,
		affiliates: mem.affiliates, parts: mem.parts, recipients: mem.recipients,
		lists: mem.lists[:0], titles: mem.titles[:0], seenBuf: mem.seenBuf[:0],
		orgs: [2][]*lexicon.Actor{mem.orgs[0][:0], mem.orgs[1][:0]},
	}
}

// rememberRecipients records the recipients of the sentence's supplies
// relations that are neither negated nor a home recipient (memory.recipients).
func (mem *memory) rememberRecipients(sent sentence) {
	for _, r := range sent.relations {
		if r.typ != graph.Supplies || r.ev.Negated || strings.Contains(r.ev.Rule, "/home") || strings.Contains(r.ev.Rule, "/previous") {
			continue
		}
		for _, m := range sent.mentions {
			if m.actor.ID == r.to {
				if mem.recipients == nil {
					mem.recipients = map[string]*lexicon.Actor{}
				}
				mem.recipients[r.from] = m.actor
				break
			}
		}
	}
}

// kindLists holds a list of actors for each kind, by graph.Kind.Index
// (the last for a kind the lexicon never loads): an array
// rather than a map of kinds, which remember would hash at each mention.
type kindLists [6][]*lexicon.Actor

// of returns the list of kind k.
func (l *kindLists) of(k graph.Kind) *[]*lexicon.Actor { return &l[k.Index()] }

// remember records an actor named.
func (mem *memory) remember(a *lexicon.Actor) {
	at := mem.seen.of(a.Kind)
	list := *at
	if len(list) > 0 && list[len(list)-1] == a {
		return // named last already: the ids of the list are distinct
	}
	if list == nil { // its size for good, cut from one array for every kind
		if cap(mem.seenBuf)-len(mem.seenBuf) < maxSeen+1 {
			mem.seenBuf = make([]*lexicon.Actor, 0, len(graph.Kinds)*(maxSeen+1))
		}
		n := len(mem.seenBuf)
		mem.seenBuf = mem.seenBuf[:n+maxSeen+1]
		list = mem.seenBuf[n : n : n+maxSeen+1]
	}
	list = slices.DeleteFunc(list, func(x *lexicon.Actor) bool { return x.ID == a.ID })
	if len(list) >= maxSeen {
		// drop the oldest in place: list[1:] would shrink the array's
		// capacity at each call, and append reallocate it
		list = list[:copy(list, list[1:])]
	}
	*at = append(list, a)
}

// demote ranks parent as named just before child, when it was named
// after it.
func (mem *memory) demote(parent, child *lexicon.Actor) {
	seen := *mem.seen.of(parent.Kind)
	p := slices.IndexFunc(seen, func(x *lexicon.Actor) bool { return x.ID == parent.ID })
	c := slices.IndexFunc(seen, func(x *lexicon.Actor) bool { return x.ID == child.ID })
	if p < 0 || c < 0 || p < c {
		return
	}
	seen = slices.Delete(seen, p, p+1)
	*mem.seen.of(parent.Kind) = slices.Insert(seen, c, parent)
}

// parentOf reports whether a was named as the parent of one of the
// affiliates in to (promoteAffiliates: "ISGS, the Islamic State's branch").
func (mem *memory) parentOf(a *lexicon.Actor, to []*lexicon.Actor) bool {
	for _, c := range mem.affiliates[a.ID] {
		if slices.ContainsFunc(to, func(x *lexicon.Actor) bool { return x.ID == c }) {
			return true
		}
	}
	return false
}

// rememberInstitutions records in mem.inst the states a sentence names
// with one of their institutions: "Myanmar's junta", "the Myanmar air
// force", "the Burmese military", « l'armée birmane »; in the article's
// title (title set) they count titleWeight, and a demonym does not count
// (« la junte mise sur l'aviation russe »: Russian aircraft).
func (mem *memory) rememberInstitutions(d *doc, ld *langData, ms []mention, title bool) {
	r := ld.rel
	weight := 1
	if title {
		weight = titleWeight
	}
	var here [4]instNamed // the phrases this sentence named (open20.go)
	nHere := 0
	named := func(phrase string, st *lexicon.Actor) {
		nHere = mem.noteShared(here[:], nHere, phrase, st)
		mem.inst[phrase] = st
		mem.instCount[st.ID] += weight
		if mem.instBest == nil || mem.instCount[st.ID] > mem.instCount[mem.instBest.ID] {
			mem.instBest = st
		}
	}
	for _, m := range ms {
		if m.actor.Kind != graph.KindState || m.te <= m.ts {
			continue
		}
		nHere = mem.noteOwnInstitution(d, ld, m, here[:], nHere) // "Mali's junta" as one mention (open20.go)
		i := m.te
		if i+1 < len(d.toks) && r.has(d, i, rwPossessiveSuffix) && d.norm[d.toks[i-1].end:d.toks[i].start] == "'" {
			i++ // "Myanmar's"
		}
		if i < len(d.toks) && d.norm[d.toks[i-1].end:d.toks[i].start] == " " {
			if !r.home.may(d, i) {
			} else if n := r.home.at(d, i, len(d.toks), nil); n > 0 {
				named(d.foldedText(i, i+n), m.actor)
				continue
			}
		}
		if m.ts > 0 && d.norm[d.toks[m.ts-1].end:d.toks[m.ts].start] == " " && !title {
			// (not in a title: « la junte mise sur l'aviation russe »)
			if n := r.home.endsAt(d, 0, m.ts); n > 0 {
				named(d.foldedText(m.ts-n, m.ts), m.actor) // « l'armée birmane »
			}
		}
	}
}

// rememberLists records the lists of a sentence's mentions: actors of one
// kind named together ("Mali, Burkina Faso and Niger").
func (mem *memory) rememberLists(d *doc, ld *langData, sent []mention) {
	if len(sent) < 2 {
		return
	}
	// the mentions of the text, in order (the ones added for a trigger
	// have no words and come last)
	ms := sent
	sorted := true
	for k := 1; k < len(ms) && sorted; k++ {
		sorted = ms[k].te > ms[k].ts && ms[k].ts >= ms[k-1].ts
	}
	if !sorted || ms[0].te <= ms[0].ts {
		ms = slices.DeleteFunc(slices.Clone(sent), func(m mention) bool { return m.te <= m.ts })
		slices.SortStableFunc(ms, func(p, q mention) int { return p.ts - q.ts })
	}
	// origins name where goods come from, not actors named together («
	// des armes de fabrication serbe et chinoise »: not "les deux pays")
	acting := d.actBuf[:0] // the document's, reused sentence after sentence
	for k, m := range ms {
		if m.actor.Kind != graph.KindState || !originMention(d, ld, ms, k) {
			acting = append(acting, m)
		}
	}
	ms = acting
	for i := 0; i < len(ms); i++ {
		g := d.group(ld, ms, i, +1)
		if len(g) < 2 {
			continue
		}
		if len(g) == 2 && ms[g[0]].actor.ID != ms[g[1]].actor.ID && ms[g[0]].actor.Kind != graph.KindPerson && ms[g[1]].actor.Kind != graph.KindPerson {
			// two actors of any kinds named together: "the two sides"
			// (probe18.go, sidesAnaphor)
			mem.pairA, mem.pairB, mem.pairAt = ms[g[0]].actor, ms[g[1]].actor, mem.sentence+1
		} else if len(g) > 2 {
			mem.pairAt = 0 // "the two sides" after three: none
		}
		var buf [maxGroup]*lexicon.Actor // the list, copied when kept
		list := buf[:0]
		for _, j := range g {
			if ms[j].actor.Kind != ms[i].actor.Kind {
				list = nil
				break
			}
			if !slices.ContainsFunc(list, func(x *lexicon.Actor) bool { return x.ID == ms[j].actor.ID }) {
				list = append(list, ms[j].actor)
			}
		}
		if len(list) >= 2 {
			mem.lists = append(mem.lists, slices.Clone(list))
			mem.listAt = mem.sentence + 1
		}
		i = g[len(g)-1]
	}
	clear(acting)
	d.actBuf = acting[:0]
}

// lastList returns the last list of n actors of kind named together, or
// nil.
func (mem *memory) lastList(kind graph.Kind, n int) []*lexicon.Actor {
	for j := len(mem.lists) - 1; j >= 0; j-- {
		if l := mem.lists[j]; len(l) == n && l[0].Kind == kind {
			return l
		}
	}
	return nil
}

// lastNamed returns the last n distinct actors of kind named: in ms (the
// mentions before the anaphor in its sentence), then before it; nil when
// there are fewer.
func (mem *memory) lastNamed(ms []mention, kind graph.Kind, n int) []*lexicon.Actor {
	var to []*lexicon.Actor
	have := func(a *lexicon.Actor) bool {
		return slices.ContainsFunc(to, func(x *lexicon.Actor) bool { return x.ID == a.ID })
	}
	for j := len(ms) - 1; j >= 0 && len(to) < n; j-- {
		if ms[j].actor.Kind == kind && ms[j].form.Role != lexicon.RoleDemonym && !have(ms[j].actor) {
			to = append(to, ms[j].actor)
		}
	}
	hist := *mem.seen.of(kind)
	for j := len(hist) - 1; j >= 0 && len(to) < n; j-- {
		// "JNIM fights ISGS, the Islamic State's branch. The two
		// groups": not the parent of one already taken
		if !have(hist[j]) && !mem.parentOf(hist[j], to) {
			to = append(to, hist[j])
		}
	}
	if len(to) < n {
		return nil
	}
	slices.Reverse(to) // in the order they were named
	return to
}

// maxSeen is the most actors of a kind a memory keeps.
const maxSeen = 8

// recentActor is the last actor of a kind named in an article, and when
// (its mention's order).
type recentActor struct {
	actor *lexicon.Actor
	pos   int
}

// triggerBefore returns the first token of a trigger phrase that ends
// just before token i (articles between skipped), or -1.
// hostileSubjectBefore returns the subject of the last hostile trigger
// before ts in its clause (no semicolon or colon between), the accused
// of an accusation verb governing it ("accused LNA units of attacking"),
// or -1 when there is none or it is named right before ts (a subject
// apposition: "The army, alongside Wagner, attacked").
func (c *sctx) hostileSubjectBefore(ts int, skip func(int) bool) int {
	if c.trig == nil {
		return -1
	}
	for j := ts - 1; j >= c.a; j-- {
		if c.hard[j+1-c.a] && j+1 < ts {
			return -1
		}
		if !c.trig[j-c.a] || c.trigType[j-c.a] != graph.Opposed || j > c.a && c.trig[j-1-c.a] && c.trigType[j-1-c.a] == graph.Opposed {
			continue
		}
		k, ok := c.accusedSubject(j)
		if !ok {
			k = c.subject(j, skip)
		}
		if k < 0 || c.inApposition(k, ts) {
			return -1
		}
		return k
	}
	return -1
}

// hostileBefore returns the first token of a hostile trigger right
// before token i, past articles and one preposition ("a strike on a PMF
// headquarters", « une frappe contre le camp »), or -1.
func (c *sctx) hostileBefore(i int) int {
	j := i - 1
	for j >= c.a && (c.ld.determiners.may(c.d, j) && c.ld.determiners.at(c.d, j, j+1, nil) == 1) && !c.ld.rel.has(c.d, j, rwPrepositions) {
		j--
	}
	if j >= c.a && c.trig != nil && !c.trig[j-c.a] && c.ld.rel.has(c.d, j, rwPrepositions) {
		j--
	}
	if j < c.a || c.trig == nil || !c.trig[j-c.a] || c.trigType[j-c.a] != graph.Opposed || c.hardOrComma(j+1) {
		return -1
	}
	for j > c.a && c.trig[j-1-c.a] && c.trigType[j-1-c.a] == graph.Opposed {
		j--
	}
	return j
}

func (c *sctx) triggerBefore(i int) int {
	j := i - 1
	for j >= c.a && c.ld.determiners.at(c.d, j, j+1, nil) == 1 {
		j--
	}
	if j < c.a || c.trig == nil || !c.trig[j-c.a] {
		return -1
	}
	for j > c.a && c.trig[j-1-c.a] {
		j--
	}
	return j
}

// deployment reads troops sent: to a mission or force, the senders are
// its members ("Chad sent troops to the MNJTF", "le Kenya y a envoyé des
// contingents" with "y" the last organisation named); to a state, they
// are its allies ("Russia sent about 100 soldiers to Ouagadougou").
func (c *sctx) deployment(h trigHit, left, right int) []pairCand {
	if left < 0 || h.trig.Voice != lexicon.Active {
		return nil
	}
	rule := h.trig.Lang + "/deploy/"
	lefts := c.d.group(c.ld, c.ms, left, -1)
	var out []pairCand
	if right < 0 {
		if c.recentOrg == nil || !(c.locativeBefore(h.ts) || c.sentThere(h.ts)) {
			return nil
		}
		right = c.addExtra(mention{ts: h.ts, te: h.ts, actor: c.recentOrg, form: lexicon.Form{Text: c.recentOrg.Name, Role: roleAnaphor}})
		for _, l := range lefts {
			out = append(out, pairCand{from: l, to: right, typ: graph.MemberOf, ts: h.ts, te: h.te, rule: rule + "member_of", weak: true})
		}
		return out
	}
	// each destination of a list ("to the Central African Republic and to
	// Mali")
	for _, r := range c.d.group(c.ld, c.ms, right, +1) {
		typ := graph.Allied
		switch c.ms[r].actor.Kind {
		case graph.KindOrganisation:
			typ = graph.MemberOf
		case graph.KindState:
		default:
			continue
		}
		for _, l := range lefts {
			out = append(out, pairCand{from: l, to: r, typ: typ, ts: h.ts, te: h.te, rule: rule + string(typ), weak: true})
		}
	}
	return out
}

// sentThere reports whether a sending trigger before token i in the
// sentence had a locative pronoun: « le Kenya y a envoyé des contingents,
// et le Guatemala a déployé 150 soldats » (the same destination).
func (c *sctx) sentThere(i int) bool {
	for k := c.a; k < i; k++ {
		if c.trig[k-c.a] && c.trigType[k-c.a] == graph.Supplies && (k == c.a || !c.trig[k-1-c.a]) && c.locativeBefore(k) {
			return true
		}
	}
	return false
}

// locativeBefore reports whether a locative pronoun ("y") stands within
// two words before token i.
func (c *sctx) locativeBefore(i int) bool {
	for k := i - 1; k >= i-3 && k >= c.a; k-- {
		if c.ld.rel.locatives[c.d.toks[k].fold] {
			return true
		}
	}
	return false
}

// nameAfter reads a person's name no dictionary knows right after a
// comma or a copula at token i: two to four capitalised words (name particles
// allowed inside: "Ahmed al-Hamidawi", "Jaafar al-Husseini") ending the
// sentence or followed by punctuation. It adds the person to c.extra and
// returns its index (len(c.ms)+k), or -1.
func (c *sctx) nameAfter(i int) int {
	if i < c.b && c.ld.rel.has(c.d, i, rwCopulas) {
		return c.nameAt(i + 1) // "whose commander-in-chief is Twan Mrat Naing"
	}
	if i >= c.b || !c.comma[i-c.a] {
		return -1
	}
	return c.nameAt(i)
}

// nameAt reads a person's name no dictionary knows at token i (see
// nameAfter), without a comma before it: "dirigé par Jafar Dicko".
func (c *sctx) nameAt(i int) int {
	d := c.d
	if i >= c.b || c.inMention(i) >= 0 {
		return -1
	}
	// "led by former police officer Jimmy Chérizier": a few words in lower
	// case before the name
	for k := 0; k < 4 && i+1 < c.b && (isLowerWord(d, i) || demonymWord(d, i)) && !c.comma[i+1-c.a] && !c.hard[i+1-c.a] && c.inMention(i) < 0; k++ {
		i++ // and "le Kényan Godfrey Otunge"
	}
	j, caps := i, 0
	for j < c.b && j-i < 6 {
		if j > i && (c.comma[j-c.a] || c.hard[j-c.a]) {
			break
		}
		if c.inMention(j) >= 0 {
			return -1
		}
		w := d.word(j)
		switch {
		case !isLower(w) && unicode.IsLetter([]rune(w)[0]):
			caps++
		case c.ld.rel.particles[d.toks[j].fold] && j > i:
		default:
			return -1
		}
		j++
	}
	if caps < 2 || caps > 4 || !upperFirst(d.word(j-1)) {
		return -1
	}
	if j < c.b && !c.comma[j-c.a] && !c.hard[j-c.a] {
		return -1 // the name must end at punctuation or the sentence's end
	}
	name := d.tokenText(i, j)
	id := graph.Slug(name)
	if !graph.ValidID(id) || c.known != nil && c.known(id) {
		return -1
	}
	a := &lexicon.Actor{ID: id, Kind: graph.KindPerson, Name: name, Forms: []lexicon.Form{{Text: name, Role: lexicon.RoleName}}}
	return c.addExtra(mention{ts: i, te: j, actor: a, form: a.Forms[0]})
}

// companion reports whether mention j follows a companion word ("avec",
// "with"), articles skipped.
func (c *sctx) companion(j int) bool {
	i := c.companionStart(j) - 1
	for i > c.a && (c.ld.determiners.may(c.d, i) && c.ld.determiners.at(c.d, i, i+1, nil) == 1) {
		i--
	}
	if i >= c.a && c.trig != nil && c.trig[i-c.a] {
		return false // "a group affiliated with the Islamic State": a trigger's object
	}
	if i >= c.a && c.companionAfterTies(i) {
		return false // "kept close ties with the Giants Brigades" (gold17en.go)
	}
	return i >= c.a && (c.ld.rel.companions.mayEnd(c.d, i+1) && c.ld.rel.companions.endsAt(c.d, c.a, i+1) > 0)
}

// companionStart returns the first token of the phrase naming ms[j]:
// its institution phrase, before a short form in brackets ("la Police
// nationale d'Haïti (PNH)").
func (c *sctx) companionStart(j int) int {
	if j > 0 && c.d.bracketAlias(c.ms, j-1, j) {
		j--
	}
	return c.institutionStart(j)
}

// institutionStart returns the first token of the institution phrase
// that holds mention j as its complement ("la Police nationale d'Haïti",
// "the army of Haiti"), or the mention's first token.
func (c *sctx) institutionStart(j int) int {
	d, r := c.d, c.ld.rel
	ts := c.ms[j].ts
	i := ts - 1
	for i > c.a && (c.ld.determiners.may(d, i) && c.ld.determiners.at(d, i, i+1, nil) == 1) && !r.has(d, i, rwOf) {
		i--
	}
	if i <= c.a || !r.has(d, i, rwOf) || c.hardOrComma(i+1) {
		return ts
	}
	if n := r.instNouns.endsAt(d, c.a, i); n > 0 && c.inMention(i-n) < 0 && !c.trig[i-n-c.a] {
		return i - n
	}
	return ts
}

// extendInstitutions widens a demonym mention over the institution noun
// it qualifies ("forces rwandaises", "Malian troops"), and a state's name
// over a possessive and an institution noun after it ("Sudan's army"), so
// that lists of them join ("les forces rwandaises et l'armée
// mozambicaine", "Egypt and Sudan's army") and the evidence keeps the
// institution.
func (c *sctx) extendInstitutions() {
	d, r := c.d, c.ld.rel
	free := func(i int) bool {
		return i >= c.a && i < c.b && c.inMention(i) < 0 && !c.trig[i-c.a] &&
			(!r.leaderRoles.may(d, i) || r.leaderRoles.at(d, i, c.b, nil) == 0) && (!r.memberRoles.may(d, i) || r.memberRoles.at(d, i, c.b, nil) == 0) && (!r.stateHeads.may(d, i) || r.stateHeads.at(d, i, c.b, nil) == 0)
	}
	for k := range c.ms {
		m := &c.ms[k]
		if m.form.Role != lexicon.RoleDemonym && m.actor.Kind == graph.KindState && !c.noArg[k] && m.te+1 < c.b && !c.hardOrComma(m.te) &&
			r.has(d, m.te, rwPossessiveSuffix) && free(m.te+1) && (k+1 >= len(c.ms) || c.ms[k+1].ts > m.te+1) {
			// "Egypt and Sudan's army are close allies": the state's
			// institution after a possessive
			if n := r.instNouns.at(d, m.te+1, c.b, nil); n > 0 && free(m.te+n) && c.nounPhraseEnds(m.te+1+n) {
				// (not an adjective: "Russia's military support")
				m.te += 1 + n
				c.dropHolders()
			}
			continue
		}
		if m.form.Role != lexicon.RoleDemonym || c.noArg[k] {
			continue
		}
		if m.te < c.b && !c.hardOrComma(m.te) {
			if n := r.instNouns.at(d, m.te, c.b, nil); n > 0 && free(m.te) && free(m.te+n-1) {
				m.te += n
				c.dropHolders()
				continue
			}
		}
		if !c.hardOrComma(m.ts) {
			if n := r.instNouns.endsAt(d, c.a, m.ts); n > 0 && free(m.ts-n) && free(m.ts-1) {
				m.ts -= n
				c.dropHolders()
			}
		}
	}
}

// institutionForm reports whether mention m names a state by one of its
// institutions: an institution form ("the Russian defence ministry"), or
// the state's name widened over a possessive and an institution noun
// ("Russia's defence ministry"; extendInstitutions).
func (c *sctx) institutionForm(m mention) bool {
	if m.form.Role == lexicon.RoleInstitution {
		return true
	}
	d, r := c.d, c.ld.rel
	for i := m.ts; i+1 < m.te; i++ {
		if r.has(d, i, rwPossessiveSuffix) && i+1+r.instNouns.at(d, i+1, c.b, nil) == m.te {
			return true
		}
	}
	return false
}

// nounPhraseEnds reports whether a noun phrase ends before token i: i
// ends the sentence or starts after a comma or a hard break, or is a
// copula, an auxiliary or a coordinator.
func (c *sctx) nounPhraseEnds(i int) bool {
	d, r := c.d, c.ld.rel
	return i >= c.b || c.hardOrComma(i) || r.has(d, i, rwCopulas) || r.has(d, i, rwAuxiliaries) || c.ld.coord.may(d, i) && c.ld.coord.at(d, i, i+1, nil) == 1
}

// memberBefore reports whether a member_of trigger stands before token i
// in the sentence.
func (c *sctx) memberBefore(i int) bool {
	for k := c.a; k < i; k++ {
		if c.trig != nil && c.trig[k-c.a] && c.trigType[k-c.a] == graph.MemberOf {
			return true
		}
	}
	return false
}

// lowerRun reports whether tokens [i, j) are lower-case words outside
// mentions, with no punctuation before any of them.
// placePrepIn reports whether a preposition that is no of-word stands in
// tokens [i, j): "attack on Yemeni soil" (the demonym qualifies the
// place attacked, not the attack), unlike « forces de réaction rapide
// mozambicaines ».
func (c *sctx) placePrepIn(i, j int) bool {
	r := c.ld.rel
	for k := i; k < j; k++ {
		if r.has(c.d, k, rwPrepositions) && !r.has(c.d, k, rwOf) {
			return true
		}
	}
	return false
}

func (c *sctx) lowerRun(i, j int) bool {
	for k := i; k < j; k++ {
		if k < c.a || k >= c.b || !isLowerWord(c.d, k) || c.inMention(k) >= 0 || c.hardOrComma(k) {
			return false
		}
	}
	return true
}

// participle reports whether a word looks like a past participle: a
// lower-case word ending in one of the languages' participle endings
// ("importées", "imported").
// gerund reports whether w ends like a present participle ("killing",
// « tuant »).
func (r *relData) gerund(w string) bool {
	for _, suf := range r.gerundEnds {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return true
		}
	}
	return false
}

// singularParticiple reports whether w, lower case, ends like a past
// participle that agrees with one noun only (« dirigé »).
func (r *relData) singularParticiple(w string) bool {
	for _, suf := range r.singularEnds {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// participleOf is participle(strings.ToLower(w)): an ASCII word of up to
// 32 bytes is lower-cased in a buffer on the stack, not a new string (the
// conversion of a buffer that does not escape is the compiler's, on the
// stack too).
func (r *relData) participleOf(w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return r.participle(strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return r.participle(strings.ToLower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return r.participle(string(buf[:len(w)]))
}

func (r *relData) participle(w string) bool {
	if r.irregularParts[w] {
		return true // w is in lower case, as the endings are
	}
	for _, suf := range r.participleEnds {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// scratch holds per-token working arrays for the whole document: each
// sentence takes the window of its tokens, so a document allocates them
// once. Sentences do not overlap, so a window starts zeroed.
type scratch struct {
	inMention, isTrig, comma, hard, brk, rel []bool
	// adjective[i]: token i belongs to a demonym that names no actor of
	// its sentence ("the Yemeni Houthis", « les Houthis yéménites »): a
	// list may run past it (doc.linked)
	adjective   []bool
	keep, noArg []bool // per mention of a sentence (analyse)
	ctx         sctx   // the sentence under analysis
	// Buffers of one sentence's analysis, reused from sentence to
	// sentence: what analyse returns is read before the next one.
	kept                      []mention
	hits                      []trigHit
	cands, pairs              []pairCand
	relations                 []relation
	trigType                  []graph.RelType
	paren, commaDepth, clause []int
	// gaps[i-a]: what newSctx found in the gap before token i of the
	// sentence (gapHasComma, gapHasSemicolon, gapHard), for analyse's
	// clauses
	gaps []uint8
	// dates: doc.dates' hits, one sentence at a time
	dates []dateHit
	// groups holds the groups doc.group returns (see groupOut): never
	// cleared, a full buffer is replaced
	groups []int
	// blocked is ctx.blockedFn's test, made once: it reads the sentence
	// in ctx when called
	blocked func(int) bool
	// holder: ctx.holder's array, per token (never cleared: inMention
	// writes a sentence's part before reading it)
	holder []int
}

// scratch returns the document's working arrays, made on first use (or
// kept from a pooled document of at least as many tokens).
func (d *doc) scratch() *scratch {
	if d.sc == nil || len(d.sc.comma) < len(d.toks) {
		n := len(d.toks) + len(d.toks)/2
		bools := make([]bool, 9*n)
		ints := make([]int, 3*n)
		d.sc = &scratch{
			inMention: bools[0:n:n], isTrig: bools[n : 2*n : 2*n], comma: bools[2*n : 3*n : 3*n],
			hard: bools[3*n : 4*n : 4*n], brk: bools[4*n : 5*n : 5*n], rel: bools[5*n : 6*n : 6*n],
			keep: bools[6*n : 7*n : 7*n], noArg: bools[7*n : 8*n : 8*n], adjective: bools[8*n : 9*n : 9*n],
			trigType: make([]graph.RelType, n),
			gaps:     make([]uint8, n),
			holder:   make([]int, n),
			paren:    ints[0:n:n], commaDepth: ints[n : 2*n : 2*n], clause: ints[2*n : 3*n : 3*n],
		}
	}
	return d.sc
}

// reset zeroes the first n entries of each array, for the next document.
func (sc *scratch) reset(n int) {
	sc.ctx = sctx{}
	clear(sc.kept[:cap(sc.kept)])
	clear(sc.relations[:cap(sc.relations)])
	n = min(n, len(sc.comma))
	for _, b := range [][]bool{sc.inMention, sc.isTrig, sc.comma, sc.hard, sc.brk, sc.rel, sc.keep, sc.noArg, sc.adjective} {
		clear(b[:n])
	}
	clear(sc.trigType[:n])
	for _, v := range [][]int{sc.paren, sc.commaDepth, sc.clause} {
		clear(v[:n])
	}
}

// equipmentNear reports whether an equipment noun stands within eight
// words of a trigger at [ts, te): what is supplied is military.
func (c *sctx) equipmentNear(ts, te int) bool { return c.phraseIn(c.ld.equipment, ts-8, te+8) }

// equipmentWithTroops reports whether equipment is listed with the troops
// a supplies trigger ending at te sends, before token e (the recipient):
// a coordinator, then an equipment word in the same clause ("sent troops
// and millions of artillery shells to Russia", « a envoyé des soldats et
// des blindés au Mali »).
func (c *sctx) equipmentWithTroops(te, e int) bool {
	d := c.d
	coord := false
	for i := te; i < e && i < c.b; i++ {
		if i > te && c.hard[i-c.a] || c.inMention(i) >= 0 {
			return false
		}
		if !coord {
			coord = c.ld.coord.at(d, i, e, nil) > 0
			continue
		}
		if c.ld.equipment.at(d, i, e, nil) > 0 {
			return true
		}
	}
	return false
}

// troopRules finds contingents: "des soldats ougandais de l'Atmis",
// "Kenyan police officers of the MSS" (the state of the troops is a
// member of the organisation after them), and "ATMIS troops from Uganda,
// Burundi and Kenya" (the states after "from" are members).
func (c *sctx) troopRules(lang string) []pairCand {
	d, r := c.d, c.ld.rel
	var out []pairCand
	for k, m := range c.ms {
		if m.actor.Kind != graph.KindState || c.noArg[k] {
			continue
		}
		// the troop noun around the state's demonym or name
		e := m.te
		n := 0
		if r.troops.may(d, e) {
			n = r.troops.at(d, e, c.b, nil)
		}
		if n > 0 && !c.hardOrComma(e) {
			e += n
		} else {
			// "soldats ougandais", "Kenyan police officers": the mention
			// took in its institution noun (extendInstitutions)
			found := r.troops.mayEnd(d, m.ts) && r.troops.endsAt(d, c.a, m.ts) > 0
			for i := m.ts; i < m.te && !found; i++ {
				found = r.troops.may(d, i) && r.troops.at(d, i, m.te, nil) > 0
			}
			if !found {
				// "Uganda has about 4,000 soldiers in ATMIS": the state
				// holds troops a few lower-case words and numbers on
				e = c.troopsHeld(m.te)
				if e < 0 {
					continue
				}
			}
		}
		if o := c.mentionEndingAt(m.ts); o >= 0 && o != k && c.ms[o].actor.Kind == graph.KindOrganisation && !c.hardOrComma(m.ts) &&
			c.ld.rel.has(d, m.ts-1, rwPossessiveSuffix) {
			// "ATMIS's Ugandan contingent"
			out = append(out, pairCand{from: k, to: o, typ: graph.MemberOf, ts: c.ms[o].ts, te: e, rule: lang + "/troops/member_of"})
			continue
		}
		if e >= c.b || c.hardOrComma(e) {
			continue
		}
		link := 0
		if r.has(d, e, rwOf) {
			link = 1
		} else if n := r.troopLinks.at(d, e, c.b, nil); n > 0 {
			link = n // "Kenyan police officers in the MSS"
		}
		if link == 0 {
			continue
		}
		j := e + link
		for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
			j++
		}
		o := c.inMention(j)
		if o < 0 && j < c.b && j > e+link-1 && c.ld.rel.has(d, j, rwPronounObjects) && (j+1 >= c.b || c.hardOrComma(j+1)) {
			// "France, which has some 700 soldiers in it,": the
			// organisation named last, in the sentence or before it
			var org *lexicon.Actor
			for q := k - 1; q >= 0 && org == nil; q-- {
				if c.ms[q].actor.Kind == graph.KindOrganisation {
					org = c.ms[q].actor
				}
			}
			if org == nil {
				org = c.recentOrg
			}
			if org != nil {
				o = c.addExtra(mention{ts: j, te: j + 1, actor: org, form: lexicon.Form{Text: d.tokenText(j, j+1), Role: roleAnaphor}})
				for _, g := range d.group(c.ld, c.ms, k, -1) {
					if c.ms[g].actor.Kind == graph.KindState && !c.noArg[g] {
						out = append(out, pairCand{from: g, to: o, typ: graph.MemberOf, ts: m.ts, te: j + 1, rule: lang + "/troops/member_of/pronoun"})
					}
				}
			}
			continue
		}
		if o >= 0 && c.ms[o].ts == j && c.ms[o].actor.Kind == graph.KindOrganisation {
			// "Kenyan, Burundian and Ugandan troops of the EACRF"
			for _, g := range d.group(c.ld, c.ms, k, -1) {
				if c.ms[g].actor.Kind == graph.KindState && !c.noArg[g] {
					out = append(out, pairCand{from: g, to: o, typ: graph.MemberOf, ts: m.ts, te: j, rule: lang + "/troops/member_of"})
				}
			}
		}
	}
	for o, m := range c.ms {
		if m.actor.Kind != graph.KindOrganisation || m.te >= c.b || c.hard[m.te-c.a] {
			continue
		}
		// "MNJTF troops from", "ATMIS troops come from", "ATMIS has
		// troops from", "the EAC regional force, with troops from"
		t, n := m.te, 0
		for ; t < c.b && t < m.te+3; t++ {
			if n = r.troops.at(d, t, c.b, nil); n > 0 || c.inMention(t) >= 0 || c.trig[t-c.a] || (t > m.te && c.hardOrComma(t)) || !isLowerWord(d, t) {
				break
			}
		}
		if n == 0 {
			continue
		}
		j := t + n
		if j < c.b && j+1 < c.b && isLowerWord(d, j) && !r.has(d, j, rwSources) && r.has(d, j+1, rwSources) && c.inMention(j) < 0 {
			j++ // "troops come from"
		}
		if j >= c.b || c.ld.rel.has(d, j, rwSources) == false {
			continue
		}
		j++
		for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
			j++
		}
		k := c.inMention(j)
		if k < 0 || c.ms[k].ts != j || c.ms[k].actor.Kind != graph.KindState {
			continue
		}
		for _, g := range d.group(c.ld, c.ms, k, +1) {
			out = append(out, pairCand{from: g, to: o, typ: graph.MemberOf, ts: m.te, te: j, rule: lang + "/troops/member_of"})
		}
	}
	return out
}

// missionRules finds training missions: "the European Union's training
// mission in Mozambique, EUTM Mozambique", « la mission de formation de
// l'UE au Mozambique (EUTM Mozambique) »: the mission, named right after
// the state (the owner is not the mission), trains the state it is in,
// which is no mere place here. all holds every mention of the sentence,
// the states dropped as places included.
func (c *sctx) missionRules(lang string, all []mention) []pairCand {
	d, r := c.d, c.ld.rel
	if d.none(r.trainingMissions, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for i := c.a; i < c.b; i++ {
		if i = d.nextStart(i, c.b, r.trainingMissions.bit); i >= c.b {
			break
		}
		if !r.trainingMissions.may(d, i) {
			continue
		}
		n := r.trainingMissions.at(d, i, c.b, c.blockedFn())
		if n == 0 {
			continue
		}
		e := i + n
		// the state the mission is in: "in Mozambique", "au Mali", past
		// at most one owner ("de l'Union européenne")
		var state *mention
		for k := range all {
			if m := all[k]; m.ts >= e && m.ts <= e+6 && m.actor.Kind == graph.KindState {
				state = &all[k]
				break
			}
		}
		if state == nil {
			continue
		}
		// the mission itself, right after the state, else its owner
		trainer := -1
		for k, m := range c.ms {
			if m.ts >= state.te && m.ts <= state.te+3 && m.actor.Kind == graph.KindOrganisation {
				trainer = k
				break
			}
		}
		if trainer < 0 {
			continue
		}
		to := c.mentionOf(state.actor, *state)
		out = append(out, pairCand{from: trainer, to: to, typ: graph.Trains, ts: i, te: e, rule: lang + "/mission/trains"})
		i = e - 1
	}
	return out
}

// copulaBefore reports whether a copula ("is", "est", "remains") or a
// comma stands just before token i, articles and "also"-like words
// skipped: "X is a member of", "X, a member of", "X remains formally a
// member of".
func (c *sctx) copulaBefore(i int) bool {
	for j, steps := i-1, 0; j >= c.a && steps < 6; j, steps = j-1, steps+1 {
		if c.comma[j+1-c.a] {
			return true
		}
		w := c.d.toks[j].fold
		if c.ld.rel.copulas[w] {
			return true
		}
		if c.ld.determiners.at(c.d, j, j+1, nil) != 1 && !isLowerWord(c.d, j) && c.inMention(j) < 0 {
			return false // a demonym may stand between: "as the Syrian branch of"
		}
	}
	return false
}

// mergeMentions returns ms with add merged in, in token order (ms itself
// when add is empty). The result is cut from one of the document's two
// merge buffers, the one ms does not start: analyse's chain (leader,
// home, anaphor and title mentions) reads each list only until the next
// merge, and nothing keeps a sentence's list past the sentence (its kept
// mentions are a scratch copy too), so two buffers serve every sentence.
func (d *doc) mergeMentions(ms, add []mention) []mention {
	if len(add) == 0 {
		return ms
	}
	k := d.mergeNext
	if buf := d.mergeBuf[k]; len(ms) > 0 && cap(buf) > 0 && &ms[0] == &buf[:1][0] {
		k ^= 1
	}
	d.mergeNext = k ^ 1
	out := d.mergeBuf[k][:0]
	if n := len(ms) + len(add); cap(out) < n {
		out = make([]mention, 0, max(n, 32)) // most sentences hold fewer
	}
	out = append(append(out, ms...), add...)
	d.mergeBuf[k] = out[:0]
	slices.SortStableFunc(out, func(x, y mention) int { return x.ts - y.ts })
	return out
}

// addExtra adds a mention the sentence's text holds no mention for (a
// state named by a title, a name read after a role, a home state) and
// returns its pairCand index.
func (c *sctx) addExtra(m mention) int {
	c.extra = append(c.extra, m)
	return len(c.ms) + len(c.extra) - 1
}

// mentionOf returns the index of a mention of actor a in the sentence,
// or adds m for it (addExtra).
func (c *sctx) mentionOf(a *lexicon.Actor, m mention) int {
	to := -1
	for k, o := range c.ms {
		if o.actor.ID == a.ID {
			to = k
		}
	}
	if to < 0 {
		to = c.addExtra(m)
	}
	return to
}

// phraseIn reports whether a phrase of ps starts in tokens [lo, hi).
func (c *sctx) phraseIn(ps phrases, lo, hi int) bool {
	if c.d.none(ps, c.a, c.b) {
		return false
	}
	for i := max(lo, c.a); i < hi && i < c.b; i++ {
		if ps.at(c.d, i, c.b, nil) > 0 {
			return true
		}
	}
	return false
}

// demonymWord reports whether token i is by itself the demonym of an actor
// ("Kényan", "Malian").
func demonymWord(d *doc, i int) bool {
	if !d.marked || d.toks[i].gaz == nil {
		return false
	}
	for _, e := range d.toks[i].gaz.entries {
		if e.form.Role == lexicon.RoleDemonym {
			return true
		}
	}
	return false
}

// expelRules reads expulsions: an expulsion verb, the actor expelled (its
// troops, diplomats or name) and an expulsion end within a few words:
// "Bamako ordered France's troops to leave", « Niamey a sommé les soldats
// français de quitter le pays ». The subject of the verb is opposed to the
// actor.
func (c *sctx) expelRules(lang string) []pairCand {
	d, r := c.d, c.ld.rel
	if d.none(r.expelVerbs, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for v := c.a; v < c.b; v++ {
		if !r.expelVerbs.may(d, v) {
			continue
		}
		n := r.expelVerbs.at(d, v, c.b, c.blockedFn())
		if n == 0 {
			continue
		}
		// the first actor after the verb, within three words
		o := -1
		for k := range c.ms {
			if c.ms[k].ts >= v+n {
				if c.ms[k].ts-(v+n) <= 3 && !c.hardOrComma(c.ms[k].ts) && !c.noArg[k] {
					o = k
				}
				break
			}
		}
		if o < 0 {
			continue
		}
		end := -1
		for j := c.ms[o].te; j < c.b && j <= c.ms[o].te+4; j++ {
			if c.hard[j-c.a] || (j > c.ms[o].te && c.comma[j-c.a]) || (j > c.ms[o].te && c.inMention(j) >= 0) {
				break
			}
			if r.expelEnds.at(d, j, c.b, nil) > 0 {
				end = j
				break
			}
		}
		if end < 0 {
			continue
		}
		if s := c.subject(v, func(k int) bool { return c.noArg[k] || k == o }); s >= 0 && c.ms[s].actor.ID != c.ms[o].actor.ID {
			out = append(out, pairCand{from: s, to: o, typ: graph.Opposed, ts: v, te: v + n, rule: lang + "/expel/opposed"})
		}
	}
	return out
}

// takeRules returns the oppositions of a taking verb: its subject takes
// a place or a position from the actor right after a taking preposition
// a few words after the verb, in the same clause ("the TNLA took the town
// of Mogok from the army", « l'armée a repris Kidal aux rebelles du FLA
// »; ".../taking/opposed"). A word of TakingNot right after the verb
// makes it no taking ("took part in", « a pris part aux combats »); a
// verb that is a trigger is read as one.
func (c *sctx) takeRules(lang string) []pairCand {
	d, r := c.d, c.ld.rel
	if d.none(r.takeVerbs, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for v := c.a; v < c.b; v++ {
		if c.trig[v-c.a] && c.trigType[v-c.a] != graph.Opposed || !r.takeVerbs.may(d, v) {
			continue // (a hostile trigger may take a place: "captured a base from the army")
		}
		n := r.takeVerbs.at(d, v, c.b, c.blockedFn())
		if n == 0 || r.takeNot.at(d, v+n, c.b, nil) > 0 {
			continue
		}
		o := -1
		for j := v + n + 1; j < c.b && j <= v+n+maxTakingGap; j++ {
			if m := c.inMention(j); m >= 0 && c.ms[m].form.Role == lexicon.RoleCapital && !c.hardOrComma(j) {
				j = c.ms[m].te - 1 // "took back control of Khartoum from the RSF": a place
				continue
			}
			if c.hardOrComma(j) || c.inMention(j) >= 0 || c.trig[j-c.a] && c.trigType[j-c.a] != graph.Opposed {
				break
			}
			k := r.takeFrom.at(d, j, c.b, nil)
			if k == 0 {
				continue
			}
			e := j + k
			for e < c.b && c.ld.determiners.at(d, e, e+1, nil) == 1 {
				e++
			}
			if e+2 < c.b && c.inMention(e) < 0 && isLowerWord(d, e) && r.has(d, e+1, rwOf) {
				e += 2 // "from the rebels of the FLA", « aux rebelles du FLA »
				for e < c.b && c.ld.determiners.at(d, e, e+1, nil) == 1 {
					e++
				}
			}
			if m := c.inMention(e); m >= 0 && c.ms[m].ts == e && !c.noArg[m] && !c.hardOrComma(e) {
				o = m
			}
			break
		}
		if o < 0 {
			continue
		}
		if s := c.subject(v, func(k int) bool { return c.noArg[k] || k == o }); s >= 0 && c.ms[s].actor.ID != c.ms[o].actor.ID {
			out = append(out, pairCand{from: s, to: o, typ: graph.Opposed, ts: v, te: v + n, rule: lang + "/taking/opposed"})
		}
	}
	return out
}

// invertedSubject reports whether the actor `right` after an active
// trigger at h is its subject and `left` its object: the trigger opens an
// object relative of left's, with the subject after the verb (« le JNIM,
// que dirige Iyad Ag Ghaly »; inverted_relatives).
func (c *sctx) invertedSubject(h trigHit, left, right int) bool {
	d, ld := c.d, c.ld
	n := ld.rel.invRelatives.endsAt(d, c.a, h.ts)
	if n == 0 || h.ts-n <= c.a || !c.comma[h.ts-n-c.a] || c.mentionEndingAt(h.ts-n) != left {
		return false
	}
	e := h.te
	for e < c.b && ld.determiners.at(d, e, e+1, nil) == 1 {
		e++
	}
	return c.ms[right].ts == e && !c.hardOrComma(e)
}

// maxTakingGap is the most words between a taking verb and its
// preposition: "took the ruby-mining town of Mogok from".
const maxTakingGap = 8

// ellipsisRules repeats the relations of an earlier clause with the
// subjects of an ellipsis phrase: "Bamako ordered France's troops to
// leave in 2022, and Ouagadougou and Niamey followed suit in 2023" gives
// Ouagadougou and Niamey the opposition of Bamako. The earlier relations
// are those of cands whose trigger stands before the phrase and whose
// subject is one of their ends.
func (c *sctx) ellipsisRules(lang string, cands []pairCand) []pairCand {
	d, r := c.d, c.ld.rel
	if d.none(r.ellipsis, c.a, c.b) && d.none(r.ellipsisInv, c.a, c.b) && d.none(r.ellipsisFinal, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for e := c.a; e < c.b; e++ {
		if e = d.nextStart(e, c.b, r.ellipsis.bit|r.ellipsisInv.bit|r.ellipsisFinal.bit); e == c.b {
			break
		}
		n := 0
		if r.ellipsis.may(d, e) {
			n = r.ellipsis.at(d, e, c.b, c.blockedFn())
		}
		s, dir := -1, -1
		one := false // a single subject, not a list read back past ", and"
		if n > 0 {
			s = c.subject(e, func(k int) bool { return c.noArg[k] })
		} else if f, k := c.finalEllipsis(e); f > 0 {
			n, s, one = f, k, true // "and China did not either"
		} else if !r.ellipsisInv.may(d, e) {
		} else if n = r.ellipsisInv.at(d, e, c.b, c.blockedFn()); n > 0 {
			// "and neither has Egypt": the subject follows
			j := e + n
			for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
				j++
			}
			if k := c.inMention(j); k >= 0 && c.ms[k].ts == j && !c.hardOrComma(j) && !c.noArg[k] {
				s, dir = k, +1
			}
		}
		if n == 0 || s < 0 {
			continue
		}
		subjects := []int{s}
		if !one {
			subjects = d.group(c.ld, c.ms, s, dir)
		}
		for _, p := range cands {
			if p.te > e || p.from >= len(c.ms) || p.to >= len(c.ms) || strings.HasSuffix(p.rule, "/ellipsis") {
				continue
			}
			old := c.subject(p.ts, func(k int) bool { return c.noArg[k] })
			if old < 0 || slices.Contains(subjects, old) {
				continue
			}
			for _, g := range subjects {
				q := p
				switch old {
				case p.from:
					q.from = g
				case p.to:
					q.to = g
				default:
					continue
				}
				if q.from == q.to || c.ms[q.from].actor.ID == c.ms[q.to].actor.ID {
					continue
				}
				// the earlier trigger's cues (negation, departure) are
				// the new subjects' too ("Mali left ECOWAS, and Niger
				// followed suit": Niger left); the date is the ellipsis's
				q.cts, q.cte = p.ts, p.te
				q.ts, q.te, q.rule = e, e+n, p.rule+"/ellipsis"
				out = append(out, q)
			}
		}
		e += n - 1
	}
	return out
}

// insteadBefore returns the first token of an instead-of phrase
// (instead_of: "instead of", « au lieu de », « loin d' ») that ends right
// before the trigger at ts, or at its first word (« loin d'armer », the
// trigger « d'armer »), a clitic allowed between (« plutôt que de
// l'armer »); -1 when there is none. The trigger is denied ("instead of
// supplying Somalia", « loin d'armer les Houthis »).
func (c *sctx) insteadBefore(ts int) int {
	d, r := c.d, c.ld.rel
	if ts <= c.a || d.none(r.insteadOf, c.a, c.b) {
		return -1
	}
	for _, e := range [3]int{ts, ts + 1, ts - 1} {
		if e == ts+1 && (e >= c.b || !r.has(d, ts, rwOf)) || e == ts-1 && (e <= c.a || !r.has(d, e, rwClitics)) {
			continue
		}
		if n := r.insteadOf.endsAt(d, c.a, e); n > 0 {
			return e - n
		}
	}
	return -1
}

// insteadSubject returns the subject of a trigger at ts after an
// instead-of phrase starting at token s: the clause's it hangs on, the
// subject of the trigger before it ("Turkey sold drones to Ethiopia
// instead of supplying Somalia": Turkey), or, when the phrase opens the
// sentence, the first actor after the comma closing its phrase (« Loin
// d'armer les Houthis, l'Arabie saoudite les combat »); -1 when there is
// none.
func (c *sctx) insteadSubject(s, ts int, skip func(int) bool) int {
	for p := s - 1; p >= c.a; p-- {
		if c.hard[p+1-c.a] {
			return -1
		}
		if c.trig[p-c.a] {
			for p > c.a && c.trig[p-1-c.a] {
				p--
			}
			return c.subject(p, skip)
		}
	}
	if s > c.a+1 {
		return -1
	}
	return c.firstAfterComma(ts)
}

// notBut returns the mentions x and y of "not X but Y" before the
// trigger at ts (« ce n'est pas la Russie mais la Chine qui a livré »,
// "It was not Russia but China that delivered"): a negation cue right
// before X (articles between), a contrast but word (contrast_buts) right
// after it, then Y, past articles; the negation is X's, not Y's. -1, -1
// when there is none.
func (c *sctx) notBut(ts int) (x, y int) {
	d, ld := c.d, c.ld
	r := ld.rel
	if d.none(r.contrastButs, c.a, c.b) {
		return -1, -1
	}
	for k := range c.ms {
		m := c.ms[k]
		if m.te >= ts {
			break
		}
		if m.te >= c.b || !r.contrastButs.may(d, m.te) {
			continue
		}
		n := r.contrastButs.at(d, m.te, ts, nil)
		if n == 0 || c.hardOrComma(m.te) {
			continue
		}
		j := c.mentionPastArticles(m.te + n)
		if j < 0 || c.ms[j].te > ts {
			continue
		}
		p := wordBefore(d, ld, c.a, m.ts)
		if p < c.a || ld.negations.endsAt(d, c.a, p+1) == 0 {
			continue
		}
		return k, j
	}
	return -1, -1
}

// notButRules adds, for each pair whose subject is the Y of "not X but
// Y" (notBut), the same pair for X (".../notbut"): the negation before X
// denies it. "Not Russia but China delivered the vehicles to Mali":
// Russia supplies Mali, negated.
func (c *sctx) notButRules(cands []pairCand) []pairCand {
	if c.d.none(c.ld.rel.contrastButs, c.a, c.b) {
		return nil
	}
	var out []pairCand
	for _, p := range cands {
		if p.from >= len(c.ms) || p.cte > 0 {
			continue
		}
		if x, y := c.notBut(p.ts); y == p.from && x != p.to {
			q := p
			q.from, q.rule = x, p.rule+"/notbut"
			out = append(out, q)
		}
	}
	return out
}

// respective keeps, in a sentence with a respectively word
// (respectively), only the pairs of a trigger that match its subjects and
// its objects in order when both are lists of the same length and the
// trigger paired each subject with each object: "Rwanda and Uganda back
// the M23 and the ADF, respectively", « La Russie et la Turquie arment
// respectivement le Mali et la Somalie ». cands is filtered in place.
func (c *sctx) respective(cands []pairCand) []pairCand {
	d, r := c.d, c.ld.rel
	if d.none(r.respectively, c.a, c.b) {
		return cands
	}
	out := cands[:0]
	for i := 0; i < len(cands); {
		j := i
		for j < len(cands) && cands[j].ts == cands[i].ts && cands[j].typ == cands[i].typ {
			j++
		}
		g := cands[i:j]
		// the subjects (before the trigger) and objects of the group
		var subj, obj [8]int
		ns, no, ok := 0, 0, j-i >= 4
		side := func(p pairCand) (s, o int) {
			if p.from < len(c.ms) && c.ms[p.from].ts > p.ts {
				return p.to, p.from
			}
			return p.from, p.to
		}
		for _, p := range g {
			if !ok || p.from >= len(c.ms) || p.to >= len(c.ms) || p.cte > 0 {
				ok = false
				break
			}
			s, o := side(p)
			if !slices.Contains(subj[:ns], s) {
				if ns == len(subj) {
					ok = false
					break
				}
				subj[ns], ns = s, ns+1
			}
			if !slices.Contains(obj[:no], o) {
				if no == len(obj) {
					ok = false
					break
				}
				obj[no], no = o, no+1
			}
		}
		if !ok || ns != no || ns*no != len(g) {
			out = append(out, g...)
			i = j
			continue
		}
		slices.Sort(subj[:ns])
		slices.Sort(obj[:no])
		for _, p := range g {
			s, o := side(p)
			if slices.Index(subj[:ns], s) == slices.Index(obj[:no], o) {
				out = append(out, p)
			}
		}
		i = j
	}
	return out
}

// gapped reports whether mention k opens a gapped clause: after a
// coordinator or a comma, with the verb left out, it is a subject right
// before its object, mention k+1 (articles only between), and the
// object ends the clause (or a place after a preposition does): "Russia
// arms the Malian army and Iran the Houthis", « la Russie arme le Mali,
// l'Iran les Houthis », "and the United States the Houthis in Yemen".
// An active trigger must come before k in the sentence.
func (c *sctx) gapped(k int) bool {
	d, ld := c.d, c.ld
	if len(c.hits) == 0 || k+1 >= len(c.ms) || c.ms[k+1].ts-c.ms[k].te > 2 || k+1 < len(c.noArg) && (c.noArg[k] || c.noArg[k+1]) {
		return false // (two mentions a few articles apart: rare)
	}
	m, o := c.ms[k], c.ms[k+1]
	if m.actor.ID == o.actor.ID || c.mentionPastArticles(m.te) != k+1 || c.hardOrComma(o.ts) || c.paren[o.ts-c.a] != c.paren[m.ts-c.a] {
		return false
	}
	p := wordBefore(d, ld, c.a, m.ts)
	if p < c.a || !(ld.coord.at(d, p, p+1, nil) == 1 || c.comma[p+1-c.a] && !c.hard[p+1-c.a]) {
		return false
	}
	if e := o.te; e < c.b && !c.hardOrComma(e) {
		// a place after a preposition may end the clause: "in Yemen"
		if !ld.rel.has(d, e, rwPrepositions) {
			return false
		}
		q := c.mentionPastArticles(e + 1)
		if q < 0 || c.ms[q].te < c.b && !c.hardOrComma(c.ms[q].te) {
			return false
		}
	}
	first := c.hits[0]
	if first.ts >= m.ts || first.trig.Voice != lexicon.Active {
		return false
	}
	for i := first.te; i < m.ts; i++ {
		if c.hard[i-c.a] {
			return false
		}
	}
	return true
}

// gappingRules repeats, for each gapped clause (gapped), the relation of
// the active trigger before it between the clause's subject and object,
// with the trigger's cues (".../gapping"): "Russia arms the Malian army
// and Iran the Houthis" gives Iran supplies the Houthis.
func (c *sctx) gappingRules(cands []pairCand) []pairCand {
	if len(c.hits) == 0 || len(c.ms) < 3 {
		return nil
	}
	var out []pairCand
	for k := 1; k+1 < len(c.ms); k++ {
		if !c.gapped(k) {
			continue
		}
		// the last trigger before k with a relation of its own
		var src *pairCand
		for i := range cands {
			p := &cands[i]
			if p.te <= c.ms[k].ts && p.cte == 0 && p.from < len(c.ms) && p.to < len(c.ms) && (src == nil || p.ts > src.ts) && strings.Contains(p.rule, "/trigger/") {
				src = p
			}
		}
		if src == nil {
			continue
		}
		q := *src
		if q.typ != graph.Opposed && q.typ != graph.Allied && c.ms[src.to].ts < src.ts {
			continue // a passive or inverted trigger: no plain subject and object
		}
		q.from, q.to = k, k+1
		q.cts, q.cte = src.ts, src.te
		q.rule = src.rule + "/gapping"
		out = append(out, q)
	}
	return out
}

// finalEllipsis returns the length of a final ellipsis phrase at token e
// (ellipsis_final) and the mention of its subject: the phrase ends the
// clause, right after an actor that a coordinator opens ("and China did
// not either", « et la Chine non plus »); a phrase of one word needs a
// comma before the coordinator (« , et la Turquie aussi », not « arme le
// Mali et le Niger aussi »). n is 0 when there is none.
func (c *sctx) finalEllipsis(e int) (n, k int) {
	d, r := c.d, c.ld.rel
	if e <= c.a || !r.ellipsisFinal.may(d, e) {
		return 0, -1
	}
	n = r.ellipsisFinal.at(d, e, c.b, nil)
	if n == 0 || e+n < c.b && !c.hardOrComma(e+n) {
		return 0, -1
	}
	k = c.inMention(e - 1)
	if k < 0 || c.ms[k].te != e || c.noArg[k] || c.hardOrComma(e) {
		return 0, -1
	}
	p := wordBefore(d, c.ld, c.a, c.ms[k].ts)
	if p <= c.a || c.ld.coord.at(d, p, p+1, nil) != 1 || n == 1 && !c.comma[p-c.a] {
		return 0, -1
	}
	return n, k
}

// relativeAntecedent returns the antecedent of a relative clause that
// holds token i and closes with a comma just before the trigger at ts:
// "L'armée nigériane et la FMM, qui regroupe des soldats du Nigeria, du
// Cameroun et du Niger, mènent": the FMM (and, by group, the army). The
// relative word follows a comma right after the antecedent; -1 when there
// is no such clause.
func (c *sctx) relativeAntecedent(i, ts int, skip func(int) bool) int {
	// the comma closing the clause: the last before the trigger, with no
	// actor and at most six words between ("..., mènent des opérations
	// conjointes contre")
	q := c.lastCommaBefore(i, ts)
	if q < 0 || ts-q > 6 || c.hard[q-c.a] {
		return -1
	}
	for k := q; k < ts; k++ {
		if c.inMention(k) >= 0 || c.hard[k-c.a] || c.brk[k-c.a] || c.rel[k-c.a] {
			return -1 // "..., a movement whose forces fought": another clause
		}
	}
	for rw := i; rw > c.a; rw-- {
		if c.hard[rw-c.a] || c.brk[rw-c.a] {
			return -1
		}
		if !c.rel[rw-c.a] || !c.comma[rw-c.a] {
			continue
		}
		if c.depth(rw) != c.depth(ts) {
			return -1
		}
		k := c.mentionEndingAt(rw)
		if k < 0 {
			// "The United Wa State Army (UWSA), the country's largest
			// armed group, which has close ties to Beijing, has been
			// reported to supply": an apposition with no actor between
			k = c.beforeApposition(rw)
		}
		if k < 0 {
			return -1
		}
		if skip != nil && skip(k) {
			return -1
		}
		return k
	}
	return -1
}

// beforeApposition returns the mention that ends at the comma opening an
// apposition with no actor which ends at token rw (its closing comma), or
// -1: in "X, the country's largest armed group, which ...", X.
func (c *sctx) beforeApposition(rw int) int {
	for p := rw - 1; p > c.a && p >= rw-maxApposition; p-- {
		if c.inMention(p) >= 0 || c.hard[p-c.a] {
			return -1
		}
		if c.comma[p-c.a] {
			return c.mentionEndingAt(p)
		}
	}
	return -1
}

// collectiveRules reads an apposition of a collective noun with its
// members: "the AES, an alliance of Mali, Burkina Faso and Niger", «
// l'AES, alliance du Mali, du Burkina Faso et du Niger ». The actors
// listed are members of the actor before the comma. It returns the pairs
// and the tokens of the collective nouns read, where an allied trigger
// ("alliance") must not read the same words as an alliance.
func (c *sctx) collectiveRules(lang string) ([]pairCand, []int) {
	d, r := c.d, c.ld.rel
	var out []pairCand
	var nouns []int
	for o, m := range c.ms {
		if (m.actor.Kind != graph.KindOrganisation && m.actor.Kind != graph.KindArmedGroup) || m.te >= c.b || c.hard[m.te-c.a] {
			continue
		}
		i, n := m.te, 0
		switch {
		case c.comma[m.te-c.a]:
			// "the AES, an alliance of ..."
			for i < c.b && (c.ld.determiners.may(d, i) && c.ld.determiners.at(d, i, i+1, nil) == 1) {
				i++
			}
		case r.has(d, m.te-1, rwCollectiveWords) && r.has(d, m.te, rwOf) && m.te-m.ts > 1:
			// "the Three Brotherhood Alliance of the MNDAA, ...": the
			// name's own collective noun
			i, n = m.te-1, 1
		}
		if n == 0 {
			// "the AES, an alliance of", "the AES confederation of"
			if !r.collectives.may(d, i) {
				continue
			}
			if n = r.collectives.at(d, i, c.b, c.blockedFn()); n == 0 {
				continue
			}
		}
		j := i + n
		if j >= c.b || !r.has(d, j, rwOf) {
			continue
		}
		j++
		for j < c.b && c.ld.determiners.at(d, j, j+1, nil) == 1 {
			j++
		}
		k := c.inMention(j)
		if k < 0 || c.ms[k].ts != j || c.hardOrComma(j) || c.ms[k].actor.Kind == graph.KindPerson {
			continue // "the G9 federation of Jimmy Chérizier": its leader (possessorRules)
		}
		for _, p := range d.group(c.ld, c.ms, k, +1) {
			if p != o && !c.noArg[p] {
				out = append(out, pairCand{from: p, to: o, typ: graph.MemberOf, ts: i, te: i + n, rule: lang + "/collective/member_of"})
			}
		}
		nouns = append(nouns, i)
	}
	return out, nouns
}

// relativeObject returns the antecedent of an object relative before the
// subject at mention s: "the East African Community, to which both
// countries belong" (the EAC); -1 when there is none.
func (c *sctx) relativeObject(s int) int {
	d, ld := c.d, c.ld
	i := c.ms[s].ts
	for i > c.a && (ld.determiners.may(d, i-1) && ld.determiners.at(d, i-1, i, nil) == 1) {
		i--
	}
	if k := c.relativeSpeakerEndingAt(i); k >= 0 {
		// "the Houthis, whom Washington says Iran arms": past the
		// relative's speaker
		i = c.ms[k].ts
		for i > c.a && (ld.determiners.may(d, i-1) && ld.determiners.at(d, i-1, i, nil) == 1) {
			i--
		}
	}
	n := ld.rel.objRelatives.endsAt(d, c.a, i)
	if n > 0 && i-n-1 > c.a && !c.comma[i-n-c.a] && ld.rel.has(d, i-n, rwOf) && ld.rel.quantity[d.toks[i-n-1].fold] && c.comma[i-n-1-c.a] {
		n++ // "militias of the PMF, several of which Iran arms"
	}
	if n == 0 || !c.comma[i-n-c.a] {
		return -1
	}
	if k := c.mentionEndingAt(i - n); k >= 0 {
		return k
	}
	if k := c.placeQualifiedAntecedent(i - n); k >= 0 {
		return k // "The Taliban government in Kabul, which Islamabad accuses of" (gold20en.go)
	}
	// after an apposition opened by an indefinite article, the actor
	// before it: « la CJTF, une milice née en 2013, que les autorités
	// arment », "the CJTF, a militia formed in 2013, which the state arms"
	for p := i - n - 1; p > c.a && p > i-n-maxRelativeApposition; p-- {
		if c.inMention(p) >= 0 || c.hard[p-c.a] {
			return -1
		}
		if c.comma[p-c.a] {
			if !ld.rel.has(d, p, rwIndefinite) {
				return -1
			}
			return c.mentionEndingAt(p)
		}
	}
	return -1
}

// maxRelativeApposition is the most words of an apposition between an
// actor and an object relative about it.
const maxRelativeApposition = 12

// recipientHome returns the state that receives what is delivered with
// no recipient named (".../home"): the one whose institutions the
// article has named most so far, whose "the army" is (homeMentions),
// else the home state.
func (c *sctx) recipientHome() *lexicon.Actor {
	if c.instHome != nil {
		return c.instHome
	}
	return c.home
}

// ruleWord numbers the small word sets that the rules test at many places
// on a token's word (the bit of set k is 1<<k in wordLang.rw): has
// answers from the word's record, found once per token by markWords,
// instead of hashing the word into a Go map at each test. Each is a set
// of relData or of its langData; rwMonth holds the months numbered above
// 0, rwSingular the words of singular.
type ruleWord uint8

const (
	rwOf ruleWord = iota
	rwPrepositions
	rwAuxiliaries
	rwCopulas
	rwPossessiveSuffix
	rwPossessives
	rwDiplomatic
	rwStop
	rwPronouns
	rwMonth
	rwIndefinite
	rwSources
	rwLeavingNot
	rwComplementizers
	rwInSupport
	rwCollectiveWords
	rwSingular
	rwNounVerbs
	rwRoleOf
	rwObjectPronouns
	rwHomeMods
	rwLocRelatives
	rwPronounObjects
	rwClitics
	rwTitleArticles
	rwAnaphorDets
	rwSubjectPronouns
	rwDefinite
	rwCount // past the last; at most 32 (wordLang.rw)
)

// setRuleWords fills r.rwSets from the sets of r and ld, and r.idx, once
// ld is complete and numbered.
func (r *relData) setRuleWords(ld *langData) {
	months, singular := map[string]bool{}, map[string]bool{}
	for w, n := range ld.months {
		if n > 0 {
			months[w] = true
		}
	}
	for w := range r.singular {
		singular[w] = true
	}
	r.idx = ld.idx
	r.rwSets = [rwCount]map[string]bool{
		rwOf: r.of, rwPrepositions: r.prepositions, rwAuxiliaries: r.rc.auxiliaries, rwCopulas: r.copulas,
		rwPossessiveSuffix: r.possessiveSuffix, rwPossessives: r.possessives, rwDiplomatic: r.diplomatic, rwStop: ld.stop,
		rwPronouns: r.pronouns, rwMonth: months, rwIndefinite: r.indefinite,
		rwSources: r.sources, rwLeavingNot: r.leavingNot, rwComplementizers: r.complementizers, rwInSupport: r.inSupport,
		rwCollectiveWords: r.collectiveWords, rwSingular: singular, rwNounVerbs: ld.nounVerbs, rwRoleOf: r.roleOf,
		rwObjectPronouns: r.objectPronouns, rwHomeMods: r.homeMods, rwLocRelatives: r.locRelatives, rwPronounObjects: r.rc.pronounObjects,
		rwClitics: r.rc.clitics, rwTitleArticles: r.titleArticles, rwAnaphorDets: r.anaphorDets, rwSubjectPronouns: r.subjectPronouns,
		rwDefinite: r.definite,
	}
}

// has reports whether token i's word is in the word set k of r (see
// ruleWord): r.rwSets[k][d.toks[i].fold], read from the word's record in
// a marked document.
func (r *relData) has(d *doc, i int, k ruleWord) bool {
	// a token has a word record only in a marked document (markClassify);
	// in one, a word with none is in no set
	t := &d.toks[i]
	if w := t.info; w != nil {
		return w.langs[r.idx].rw>>k&1 != 0
	}
	return !d.marked && r.rwSets[k][t.fold]
}

// ruleWords returns the wordLang.rw of the word for the langData of
// index idx (0 for nil; the words no language's data names share a
// record of zeros, indexWords).
func (wi *wordInfo) ruleWords(idx int) uint32 {
	if wi == nil {
		return 0
	}
	return wi.langs[idx].rw
}

// singularAgrees reports whether the singular pronoun f may stand for an
// actor of kind k (singular names no kinds, or k among them).
func (r *relData) singularAgrees(f string, k graph.Kind) bool {
	kinds := r.singular[f]
	return len(kinds) == 0 || slices.Contains(kinds, k)
}

// participleTriggerAt returns the index in hits of a passive trigger of
// several words opening with a participle that ends at token p (« formés
// en », "trained in"): what follows it is the participle's argument;
// else -1.
func (c *sctx) participleTriggerAt(p int) int {
	if p <= c.a || p >= c.b || c.trig == nil || !c.trig[p-c.a] {
		return -1
	}
	for i, h := range c.hits {
		if h.te == p+1 && h.te-h.ts >= 2 && h.trig.Voice == lexicon.Passive && c.ld.rel.participleOf(c.d.word(h.ts)) {
			return i
		}
	}
	return -1
}

// relativeSpeakerEndingAt returns the mention that speaks in a relative
// reporting clause whose verb ends right before token i
// (relativeSpeaker), or -1.
func (c *sctx) relativeSpeakerEndingAt(i int) int {
	for k := range c.ms {
		if c.ms[k].te >= i {
			break
		}
		if c.noArg[k] && c.relativeSpeaker(k) == i {
			return k
		}
	}
	return -1
}
