package lexicon

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
)

// Role says what a form of an actor's name is.
type Role string

// The roles of a form.
const (
	RoleName        Role = "name"        // the canonical name or another name ("Mali", "Türkiye")
	RoleAlias       Role = "alias"       // an acronym or another form ("FAMa", "JNIM")
	RoleDemonym     Role = "demonym"     // an adjective or people form ("malienne", "Turks")
	RoleCapital     Role = "capital"     // the capital standing for the government ("Ankara")
	RoleInstitution Role = "institution" // a phrase standing for the actor ("l'armée malienne")
)

// Form is one way text names an actor.
type Form struct {
	Text string // as written in the data, e.g. "armée malienne"
	Lang string // language code, or "" when the form is used in every language
	Role Role
}

// Actor is an actor the lexicon knows. Callers must not modify it.
type Actor struct {
	ID          string     // slug, e.g. "mali"
	Kind        graph.Kind // state, armed_group, company, person or organisation
	Name        string     // canonical name, e.g. "Mali"
	Country     string     // ISO 3166 alpha-2, or ""
	Wikidata    string     // e.g. "Q912", or ""
	SuccessorOf string     // id of the actor it succeeds, or ""
	// WingOf is the id of the movement whose armed wing it is, or "": a
	// public fact the extractor reads "Hamas's armed wing" with (wing20),
	// never a relation it reports by itself.
	WingOf string
	// Leads lists the actors it heads or headed, in data order: a person
	// a state or a group ("bashar-al-assad" led "syria" until 2024-12-08),
	// a state a coalition or a mission ("kenya" leads "mss-haiti"). They
	// are public facts the extractor reads text with ("Assad's forces",
	// "the Kenya-led mission"), never relations it reports by themselves.
	Leads []Lead
	// Forms lists every form, the canonical name first, then in data
	// order; user dictionaries append theirs.
	Forms []Form
}

// Lead is a leadership fact of the lexicon. Dates are "YYYY", "YYYY-MM"
// or "YYYY-MM-DD".
type Lead struct {
	ID    string // the actor led
	From  string // when the leadership began, or "" when long before any article
	Until string // when it ended, or "" while it lasts
}

// LedAt returns the id of the actor a leads as of date (an article's date
// in the same forms, or "" when unknown): the first leadership in force
// then, in data order; failing that the one that ended last before it
// ("Assad's forces" in an article of 2025 were Syria's); "" when a leads
// nothing begun by then. Dates of different precision compare on the
// common part, so "2024-12" is neither before nor after "2024-12-08": a
// leadership that ends in the article's month is no longer in force then,
// and one that begins in it already is.
func (a *Actor) LedAt(date string) string {
	ended, endedAt := "", ""
	for _, l := range a.Leads {
		if l.From != "" && date != "" && cmpDate(l.From, date) > 0 {
			continue // not begun yet
		}
		if l.Until == "" || (date != "" && cmpDate(date, l.Until) < 0) {
			return l.ID
		}
		if ended == "" || cmpDate(l.Until, endedAt) > 0 {
			ended, endedAt = l.ID, l.Until
		}
	}
	return ended
}

// cmpDate compares two dates of the forms "YYYY", "YYYY-MM" and
// "YYYY-MM-DD" on their common precision: -1, 0 or +1.
func cmpDate(x, y string) int {
	n := min(len(x), len(y))
	return strings.Compare(x[:n], y[:n])
}

// Names returns the noun phrases naming the actor in language lang, most
// natural first: the names of that language, the canonical name, the
// names and aliases of every language, then capitals and institution
// phrases; without duplicates (by [Key]), in data order within each group.
// Demonyms are not included ([Actor.Demonyms]).
func (a *Actor) Names(lang string) []string {
	rank := func(f Form) int {
		switch {
		case f.Role == RoleName && f.Lang == lang && f.Lang != "":
			return 0
		case f.Role == RoleName && f.Text == a.Name && f.Lang == "":
			return 1
		case f.Role == RoleName || f.Role == RoleAlias:
			return 2
		case f.Role == RoleCapital:
			return 3
		case f.Role == RoleInstitution:
			return 4
		}
		return -1
	}
	var out []string
	seen := map[string]bool{}
	for r := 0; r <= 4; r++ {
		for _, f := range a.Forms {
			if rank(f) != r || (f.Lang != "" && f.Lang != lang) {
				continue
			}
			if k := Key(f.Text); k != "" && !seen[k] {
				seen[k] = true
				out = append(out, f.Text)
			}
		}
	}
	return out
}

// Demonyms returns the adjective and people forms of the actor in language
// lang ("malien", "malienne", ...), in data order; nil when it has none.
func (a *Actor) Demonyms(lang string) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range a.Forms {
		if f.Role != RoleDemonym || (f.Lang != "" && f.Lang != lang) {
			continue
		}
		if k := Key(f.Text); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, f.Text)
		}
	}
	return out
}

// Aliases returns every form of the actor other than its canonical name,
// in every language, without exact duplicates and in data order: the
// aliases the extractor reports with the actor.
func (a *Actor) Aliases() []string {
	var out []string
	seen := map[string]bool{a.Name: true}
	for _, f := range a.Forms {
		if !seen[f.Text] {
			seen[f.Text] = true
			out = append(out, f.Text)
		}
	}
	return out
}

// Voice says which of the two actors around a trigger is the source of the
// relation.
type Voice string

// The voices of a trigger.
const (
	// Active: the actor before the phrase is the source ("Turkey supplied Mali").
	Active Voice = "active"
	// Passive: the actor after the phrase is the source ("trained by
	// Russia", "received drones from Turkey", "de fabrication turque").
	Passive Voice = "passive"
)

// Trigger is a phrase that states a relation of one type.
type Trigger struct {
	Lang   string
	Type   graph.RelType
	Voice  Voice
	Phrase string // as written in the data, e.g. "formés par"
}

// Language is the data of one language. Every list keeps the order of the
// data file. Callers must not modify it.
type Language struct {
	Code             string         // e.g. "fr"
	Name             string         // e.g. "français"
	Stopwords        []string       // frequent words, for language identification
	Abbreviations    []string       // words whose final dot does not end a sentence ("M", "Gen")
	Months           map[string]int // month name → 1..12
	DatePrepositions []string       // words after which a lone year is a date ("en", "in")
	Dates            DateWords      // relative dates, periods and spans without a date (see DateWords)
	Hedges           []string       // cues that hedge a sentence ("aurait", "reportedly")
	Negations        []string       // cues that negate a following trigger ("dément", "did not")
	Attributions     []string       // cues followed by a source ("selon", "according to")
	PassiveMarkers   []string       // agent markers ("par", "by")
	Coordinators     []string       // words joining actors in a list ("et", "and")
	PairLinks        []string       // words joining two ends after a trigger ("entre X et Y")
	Determiners      []string       // articles skipped before an actor
	Equipment        []string       // head nouns of supplied things ("drones")
	Credits          []string       // words starting a photo credit ("Image", "Photo")
	Triggers         []Trigger      // by type in the order of graph.RelTypes, active before passive
	// InstitutionNouns are nouns that, with a demonym of a state, stand
	// for that state ("armée" in "l'armée malienne", "troops" in "Malian
	// troops").
	InstitutionNouns []string
	LeaderRoles      []string // role nouns of a leader ("président", "leader", "emir")
	// PluralLeaderRoles are the plurals of leader roles, read only over
	// coordinated actors and persons in the same order: « les présidents
	// congolais et rwandais, Félix Tshisekedi et Paul Kagame ».
	PluralLeaderRoles []string
	MemberRoles       []string // role nouns of a member ("porte-parole", "spokesman")
	AllyRoles         []string // role nouns of an ally ("allié", "ally", "partner")
	SupplierRoles     []string // role nouns of a supplier ("fournisseur", "supplier")
	// Between words let a symmetric trigger relate the two actors after
	// it ("affrontements entre X et Y", "combats opposant X à Y").
	Between []string
	// HomeInstitutions, after a definite article and without a
	// demonym, stand for the article's home state, the state it names
	// most ("la junte", "the army").
	HomeInstitutions []string
	// BareHomeInstitutions stand for the home state without an article
	// too: the forces of a home institution named as a compound
	// ("government forces", "junta troops"), not after a name, a
	// demonym, a determiner or a possessive.
	BareHomeInstitutions []string
	// PersonPossessives before a home institution make it the
	// institution of the state the person named last leads, by the
	// lexicon ("his army": Assad's, Syria's).
	PersonPossessives []string
	// HelpNouns, followed by "de X"/"of X", make X an ally of the actor
	// named before them ("l'action de l'armée malienne ... l'apport
	// décisif de Wagner").
	HelpNouns []string
	// StateHeadTitles before a known person make them lead the state of
	// their country ("President Donald Trump", "le Premier ministre X").
	StateHeadTitles []string
	// OfficialTitles are the titles of a state's officials who act for
	// it ("defence minister", « ministre »): an agreement signed with, a
	// delivery or training by such an official the text names with the
	// state's title is the state's (docs/CODEBOOK.md, "A state acting
	// through its people").
	OfficialTitles []string
	// StatePlacePrepositions before a state make it a place ("en
	// Somalie", "in Syria"); PlacePrepositions are for capitals.
	StatePlacePrepositions []string
	// QuantityWords may stand before the noun of what is sent ("environ",
	// "une centaine de", "about", "hundreds of").
	QuantityWords []string
	// Benefactive words after a fighting verb name whom one fights for
	// ("pour", "for"): no opposition.
	Benefactive []string
	// Prepositions before an actor make it an object, not a subject.
	Prepositions []string
	// NonSecurity words after an allied trigger make the partnership one
	// of trade or economy, not an alliance ("partenaire économique").
	NonSecurity []string
	// ObservationVerbs say that equipment was seen, not held ("UN experts
	// identified Chinese-made bombs", « a retrouvé des drones de
	// fabrication turque »): their subject is no recipient of its origin.
	ObservationVerbs []string
	// SpeechVerbs report speech ("said", « a déclaré »): an actor
	// before one is the speaker, not the subject of the clause it
	// reports ("Haitian police said the assailants belonged to").
	SpeechVerbs []string
	// Naming words open a segment that names what precedes ("baptisée",
	// "dubbed").
	Naming []string
	// Nicknames words introduce a nickname, which names no actor of its
	// own ("surnommé localement al-Shabab", "known as Barbecue").
	Nicknames []string
	// Companions words before an actor between a subject and a verb of
	// fighting make it fight with the subject ("mènent avec la PNH des
	// opérations contre").
	Companions []string
	// SigningVerbs sign or conclude an agreement; with a partner after a
	// companion word before an allied trigger, they make the signer its
	// ally: « La Russie a signé avec le Mali un accord de défense ».
	SigningVerbs []string
	// Anaphors, per kind, are nouns that after an anaphor determiner
	// ("le groupe", "cette alliance", "the group") stand for the last
	// actor of that kind named before them in the article.
	Anaphors           map[graph.Kind][]string
	AnaphorDeterminers []string // "le", "cette", "the", "this"
	// PluralAnaphors, per kind, are plural nouns that after an anaphor
	// determiner and a count ("the three armies", "les deux groupes",
	// "both countries") stand for the last actors of that kind named
	// before them, as many as the count says.
	PluralAnaphors map[graph.Kind][]string
	Counts         map[string]int // "two": 2, "trois": 3
	CountsAlone    []string       // counts that need no determiner: "both"
	// SingularPronouns opening a sentence ("It", "He", « Il ») stand for
	// the subject of the sentence before, when it is of one of the kinds
	// listed (any kind when none is).
	SingularPronouns map[string][]graph.Kind
	// Expletives after a singular pronoun make it stand for nothing ("It
	// is unclear", « Il y a », « Il faut »).
	Expletives []string
	// SubjectPronouns opening a sentence ("Ils", "They") stand for the
	// last armed group or organisation named before.
	SubjectPronouns []string
	// Possessives before a home institution ("son armée", "its air
	// force") make it the institution of the last state named.
	Possessives    []string
	OfWords        []string // genitive prepositions ("de", "du", "of")
	ObjectPronouns []string // pronouns of a recipient before a verb ("lui", "leur")
	// NounVerbs are one-word triggers that are also nouns (« arme »: the
	// weapon, or "arms"): a trigger only as a verb, right after an actor,
	// a comma or one of NounVerbCues (« Washington arme Taïwan », « que
	// l'Iran arme », « qui arme »; not « la moindre arme »).
	NounVerbs []string
	// NounVerbCues are the words after which a noun verb is a verb: a
	// relative, a subject pronoun, a clitic object (« qui », « il », « les »).
	NounVerbCues        []string
	DefiniteArticles    []string // "le", "la", "the"
	IndefiniteArticles  []string // "un", "une", "a": "a JNIM commander" is one of several (member_of)
	RolePrepositions    []string // besides OfWords, what joins a role to its group: "a spokesman for the M23"
	Including           []string // what opens the list of a role's holders: "ECOWAS member states, including Nigeria"
	AccuseVerbs         []string // "accused X of arming": X, not the accuser, is the subject of the trigger after "of"
	AccusationNouns     []string // "rejects accusations that it armed": a denial of others' claims reports them (hedged), it does not negate
	RecipientPronouns   []string // "sent him fighter jets": a pronoun right after a supplies trigger names its recipient (not the home state)
	NegationCancellers  []string // "did not hide its support", « non seulement »: after a negation cue, the negation negates no relation
	FoundingParticiples []string // « formée par », "formed by" after an organisation: its founders, not its trainers
	MergeWords          []string // "merged", « fusionné »: between two armed groups a founding verb founds (« ont fusionné pour former le JNIM »), not trains
	NeighbourNouns      []string // after a possessive, another state named before: "accusing its neighbour of arming"
	// ArmyHeadRoles name the head of a state's army or its chief of
	// staff, who leads nothing as a minister leads nothing: "army
	// chief", "chief of staff", « chef de l'armée », « chef d'état-major ».
	ArmyHeadRoles []string
	// CorefTitles are the titles and roles that name a person of the
	// article on their own, after a definite article ("the French
	// president", « le chef de la junte », "the army chief"): the person
	// the article introduced with that title, or whose leadership the
	// lexicon knows (extract's titles.go).
	CorefTitles []string
	// LeaderTitles are the CorefTitles any leader fits, whatever his
	// office: "the leader", « le chef de la junte », « l'homme fort ».
	LeaderTitles []string
	// TitleArticles are the articles before a title standing for a person
	// ("the", « le », « du »: « la capture du dirigeant vénézuélien »).
	TitleArticles []string
	// TitlePredicates before a title's article make it a predicate, not a
	// mention of a person ("denied being the leader of Senegal", « a été
	// élu président »), besides the copulas.
	TitlePredicates []string
	// TitleCompounds right after a title make it a modifier, no person:
	// "the general election", "the general staff", "the head office".
	TitleCompounds []string
	// ArmyNouns name a state's army after a leader role and its owner:
	// "the commander of Pakistan's army", « chef de l'armée du Pakistan ».
	ArmyNouns []string
	// CombatantNouns sent with a CombatPurposes phrase after them are
	// troops sent to fight for the recipient (allied), not fighters
	// supplied: "sent thousands of fighters to defend the regime".
	CombatantNouns []string
	CombatPurposes []string
	// LooseLinks are member_of triggers that say a link, not a membership,
	// when a state is the linked one or a means follows ("liée à l'ANL par
	// une coopération militaire"): "linked to", « lié à ».
	LooseLinks []string
	// PlaceWords name places, not persons ("North Kivu", « Nord-Kivu »):
	// a name with one after "the M23 of" is no leader.
	PlaceWords []string
	// PlaceNames are names of places that hold the form of an actor
	// ("Lake Chad", « lac Tchad », "Niger Delta", "Puerto Jordán") or of
	// bodies that are no actor of the lexicon ("National Security
	// Council", not the UN's): the words they span name no actor, unless
	// a longer form of an actor starts with them ("Lake Chad Basin
	// Commission"). The extractor reads those of every language.
	PlaceNames []string
	// GivenNameForms are forms of actors that are also given names
	// ("Amal", "Petro"): followed by a capitalised surname that starts no
	// form ("Amal Clooney", "Petro Poroshenko") they name another person,
	// not the actor. The extractor reads those of every language.
	GivenNameForms []string
	// NotSupplied are nouns that, right after a supplies trigger, say
	// nothing was supplied ("received reports of", « a reçu des
	// informations »): the trigger gives no relation.
	NotSupplied []string
	// NotTrained are nouns that, right after a trains trigger, say the
	// verb means "make up" (« forment l'épine dorsale de l'armée », "form
	// the backbone of"): the trigger gives no relation.
	NotTrained []string
	// MediationWords say that the actor after them (past an agent
	// marker, an of-word or an article) brokered or hosted something:
	// "a ceasefire brokered by the United States", « sous l'égide de
	// l'Union africaine ». Such an actor is no party of a trigger.
	MediationWords []string
	// CommandInstitutions are a state's armed institutions ("army",
	// "brigade", « armée »): one who commands them leads no state
	// (docs/CODEBOOK.md, army commanders), unless the lexicon says the
	// person leads it.
	CommandInstitutions []string
	// LocativeRelatives open a relative clause about a place ("where", «
	// où »): a bare institution in one after a state is that state's ("in
	// Sudan, where the army fights the RSF").
	LocativeRelatives []string
	// SourcePrepositions name where something comes from ("from", « en
	// provenance de »): an actor after one is no recipient of a supplies
	// trigger ("rifles smuggled from Yemen").
	SourcePrepositions []string
	LeadershipBodies   []string // a group's leadership body, an alias of the group: "the ELN's Central Command", « son bureau politique »
	// LeaderForces are the nouns that, after a leader's possessive or
	// before a LeaderLinks phrase and the leader, stand for what the
	// leader heads (Actor.Leads): "Assad's forces", « les combattants de
	// Hemetti ».
	LeaderForces []string
	// LeaderLinks join LeaderForces to the leader after them: "of",
	// "loyal to", « de », « fidèles à ».
	LeaderLinks []string
	// LedBy, between a description and a state, say the state leads
	// what the description names: "the coalition led by the United
	// States", « la mission menée par le Kenya ».
	LedBy []string
	// Against names the common enemy after an ally: "fought alongside
	// the army against the AA", « combattent aux côtés de l'armée contre
	// le JNIM ».
	Against            []string
	DeployVerbs        []string // verbs that send troops when troops follow ("deployed 2,000 soldiers"); not triggers otherwise (a deployed drone is used, not supplied)
	PossessiveSuffixes []string // the "s" of "Qatar's"
	// Compounds, per relation type, are words after a hyphen that relate
	// the actor before them to the actor after ("Russian-led CSTO" is
	// member_of, "Iran-backed Houthis" allied); under
	// "member_of_reversed" the actor after is the member ("al-Qaeda-linked
	// JNIM").
	Compounds map[string][]string
	// SourceWords after an organisation's troops name their states
	// ("ATMIS troops from Uganda").
	SourceWords []string
	// TrainingMissions name a mission that trains the state it is in
	// ("training mission in Mali", « mission de formation au Mali »).
	TrainingMissions []string
	// JointTraining are the allied triggers of training together ("trained
	// with"); before a trainer noun they say who trained whom ("trained
	// with Russian instructors").
	JointTraining []string
	// TrainerNouns name people who train others ("instructors",
	// « formateurs »).
	TrainerNouns []string
	// TrainingPurposes say that people sent to an actor go there to be
	// trained ("for training", « pour y être formés »): the actor trains
	// the sender.
	TrainingPurposes []string
	// ContrastNegations, between commas before an actor right after
	// another, set it apart ("Rwanda, not Uganda, supplies", « la
	// Russie, et non la Chine, »): that actor is no argument, and the
	// negation reaches no trigger.
	ContrastNegations []string
	// PassiveDenials, after a trigger in its clause, deny it ("Iran's
	// supply of drones to Russia is denied by Tehran", « démentie par »).
	PassiveDenials []string
	// DenialTails open a trailing clause in which an actor denies what the
	// sentence asserts (", a charge Tehran denies", « , ce que Téhéran
	// dément »): the assertion with its denial is hedged.
	DenialTails []string
	// ViewVerbs say that a party holds a view ("regards", "is seen by",
	// « considère »): with a view marker after them, the relation the view
	// states is hedged, its holder is no party to it, and the relation is
	// about the verb's object ("Turkey regards the YPG as a branch of the
	// PKK").
	ViewVerbs []string
	// ViewMarkers close the object of a view verb ("as", « comme »).
	ViewMarkers []string
	// Copulas before a role noun of membership make it a statement ("X
	// is a member of Y"), not an object ("killed members of Y").
	Copulas           []string
	ParticipleEndings []string // endings of past participles ("é", "ées", "ed")
	// IrregularParticiples are past participles no ending gives ("seen",
	// "known", « vu »).
	IrregularParticiples []string
	GerundEndings        []string // endings of present participles ("ant", "ing")
	// SingularParticipleEndings end past participles that agree with one
	// noun only (« dirigé », « dirigée »; none in English).
	SingularParticipleEndings []string
	// LocativePronouns before a verb of sending troops ("y ont envoyé")
	// stand for the last organisation named.
	LocativePronouns []string
	// CleftPronouns before a copula make the actor after it the subject
	// of its sentence (« c'est l'ISWAP qui », "it was the TTP that").
	CleftPronouns []string
	// HomeModifiers between a definite article and a home institution
	// keep it the home state's ("the new government", « le nouveau
	// gouvernement »).
	HomeModifiers []string
	Titles        []string // words that introduce a person ("général", "President", "Sheikh")
	// PluralTitles introduce several persons, listed after them ("Hezbollah
	// commanders A and B") or after an including phrase ("Hamas officials,
	// among them A"); they are titles too.
	PluralTitles  []string
	NameParticles []string // lower-case words inside names ("al", "bin", "ag", "de")
	// LeadingRelatives open a relative clause saying that the name before
	// its comma leads something ("who leads", « qui dirige »): the name is
	// a person.
	LeadingRelatives []string
	PartyHeads       []string // head nouns of parties ("Party", « Parti »): their names are organisations ("Nationalist Movement Party")
	// OrgHeads lists, per kind, the head nouns of names of actors that no
	// dictionary knows ("Front", "Brigade" → armed_group; "société" →
	// company).
	OrgHeads  map[graph.Kind][]string
	NotNames  []string // capitalised words that never name an actor ("Image", "Lundi")
	Relatives []string // words opening a relative clause ("qui", "which")
	// PossessiveRelatives open a relative clause about something of the
	// antecedent ("whose", "dont"): "the AA, whose commander is X".
	PossessiveRelatives []string
	ClauseBreaks        []string // words opening a new clause with its own subject ("tandis que", "while")
	// PlacePrepositions before a capital make it a place, not its
	// government ("à Bamako", "in Kigali").
	PlacePrepositions []string
	// OriginBefore and OriginAfter mark a state's demonym as the origin
	// of goods: "de fabrication turque" (before the demonym),
	// "Turkish-made" (after it).
	OriginBefore, OriginAfter []string
	Former                    []string // words that make a role a former one ("ancien", "former")
	Alongside                 []string // phrases joining allies in one clause ("aux côtés de", "alongside")
	// Joint marks the actors of one subject as allies ("opérations
	// conjointes", "joint patrols").
	Joint []string
	// Founding verbs make their subjects members of the organisation they
	// found ("ont formé l'AES", "formed the Alliance"), whatever other
	// type the verb has as a trigger.
	Founding []string
	// Intent cues just before a trigger make it an offer, a plan or a
	// threat, not a relation ("plans to train", "a proposé de former").
	Intent []string
	// CounterClaims after a contrast "but" and another speaker's report
	// verb restate what a denial before denies ("Kigali denies it, but
	// UN experts say it does", « mais un rapport affirme le contraire »):
	// a denial and a claim, hedged.
	CounterClaims []string
	// RelativeReports are report verbs read only after the speaker of a
	// relative clause, where a participle follows: « les Houthis, que
	// Washington dit armés par l'Iran » (elsewhere « dit » names: « le
	// groupe dit État islamique »).
	RelativeReports []string
	// Withouts after a negation cue and before a trigger cancel the
	// negation, a double negation ("could not have taken Goma without
	// Rwandan help", « n'aurait pas pu prendre Goma sans l'aide du
	// Rwanda »: the help is asserted).
	Withouts []string
	// IntentCancellers are longer phrases ending with an intent cue that
	// make it none: « même si la Russie a livré » concedes a fact, it
	// states no condition.
	IntentCancellers []string
	// NotIntent are longer phrases an intent cue starts that state no
	// intent ("compte sur", relies on: « compte sur ses alliés russes »).
	NotIntent []string
	// TroopNouns sent or provided make a deployment, not supplies
	// ("a envoyé des soldats", "provides a contingent").
	TroopNouns []string
	// ExpulsionVerbs and ExpulsionEnds make an expulsion, an opposition
	// of the subject to the actor between them: "Bamako ordered France's
	// troops to leave", « Niamey a sommé les soldats français de quitter ».
	ExpulsionVerbs, ExpulsionEnds []string
	// TakingVerbs, with TakingFrom before an actor a few words after
	// them, take a place or a position from that actor, an opposition of
	// the subject to it: "the TNLA took Mogok from the army", « l'armée a
	// repris Kidal aux rebelles ». TakingNot right after the verb makes
	// it no taking ("took part in", « a pris part aux »).
	TakingVerbs, TakingFrom, TakingNot []string
	// InvertedRelatives are object relatives after which the subject may
	// follow the verb: « le JNIM, que dirige Iyad Ag Ghaly » (Iyad Ag
	// Ghaly leads the JNIM).
	InvertedRelatives []string
	// Ellipsis phrases repeat the relation of an earlier clause of the
	// sentence with new subjects: "and Ouagadougou and Niamey followed
	// suit", « et Niamey a fait de même ».
	Ellipsis []string
	// EllipsisInverted phrases repeat it for the subject right after them:
	// "Riyadh has not joined the coalition, and neither has Egypt".
	EllipsisInverted []string
	// InsteadOf phrases right before a trigger deny it, for the subject
	// of the clause they hang on: "Turkey sold drones to Ethiopia instead
	// of supplying Somalia", « Loin d'armer les Houthis, Riyad les
	// combat ».
	InsteadOf []string
	// ContrastButs join the actor a negation sets apart to the one the
	// claim is about: "not Russia but China delivered", « ce n'est pas la
	// Russie mais la Chine qui a livré » (Russia denied, China asserted).
	ContrastButs []string
	// Respectively words pair a list of subjects with a list of objects in
	// order: "Rwanda and Uganda back the M23 and the ADF, respectively".
	Respectively []string
	// EllipsisFinal phrases repeat it for the subject right before them
	// when they end the clause: "and China did not either", « et la
	// Chine non plus »; a phrase of one word only after a comma and a
	// coordinator (« , et la Turquie aussi »).
	EllipsisFinal []string
	// Reciprocal phrases are opposed triggers that relate the actors of
	// their subject to each other when no object follows: "the army and
	// the RSF have been at war", « les deux camps s'affrontent ».
	Reciprocal []string
	// ReciprocalPlaces before an actor after a reciprocal trigger make
	// it the place of the fight, besides PlacePrepositions (« s'affrontent
	// au Mali »: no party), though elsewhere they mark a recipient.
	ReciprocalPlaces []string
	// JoinVerbs join a companion in a fight: "Chad joined Nigeria in an
	// offensive against Boko Haram", « le Tchad s'est joint au Nigeria
	// dans l'offensive contre »: the joiner is the companion's ally and
	// fights the target too.
	JoinVerbs []string
	// DiplomaticWords mark an opposed trigger as a measure rather than
	// a fight ("sanctions", "expelled", "ambassador"): the actors taking
	// it together are not allies for it.
	DiplomaticWords []string
	// TriggerFillers are single words a trigger phrase of several words
	// may hold inside it, at most two ("participent eux aussi à", "have
	// also joined").
	TriggerFillers []string
	// Leaving are the phrases of a completed departure ("left", « ont
	// quitté », "expelled from"): a membership that ended, read as a
	// negated member_of (docs/CODEBOOK.md); LeavingNotBefore are the words
	// that, right after the object, make "left" no departure ("left 20
	// soldiers dead").
	Leaving          []string
	LeavingNotBefore []string
	// InSupport are the words before a help noun that make the subject
	// the helper ("in support of", « en soutien à »), and InSupportTo the
	// prepositions after it besides "of" (« à », « aux »).
	InSupport   []string
	InSupportTo []string
	// HelpLinks join a help noun to its helper besides "of" ("with
	// support from Australia").
	HelpLinks []string
	// CollectiveNouns in an apposition make the actors listed after them
	// members of the actor before: "the AES, an alliance of Mali, Burkina
	// Faso and Niger".
	CollectiveNouns []string
	// ObjectRelatives open a relative clause whose antecedent is the
	// object of its verb: "the EAC, to which both countries belong", «
	// l'alliance, à laquelle le Niger a adhéré ».
	ObjectRelatives []string
	// TroopLinks join a state's troops to the organisation they serve,
	// besides the words for "of": "Kenyan police officers in the MSS", «
	// des soldats tchadiens au sein de la FMM ».
	TroopLinks []string
	// PredicateLinks join a second predicate to the first one's subject
	// ("Russia delivered drones to Mali and trained its soldiers", « a
	// livré des drones au Mali puis formé ses soldats »): the actor before
	// them is the first verb's object, not the second one's subject.
	PredicateLinks []string
	// PronounObjects after a trigger ("fights alongside it", "supplied
	// them") and CliticObjects before an auxiliary before it (« l'avaient
	// repoussée », « les a formés »; Auxiliaries) stand for an actor other
	// than the trigger's subject: the sentence's first actor, else the one
	// opening the sentence before.
	PronounObjects []string
	CliticObjects  []string
	Auxiliaries    []string
	// GenderNumber gives the gender ("m", "f") and number ("s", "p") of
	// the subject pronouns (« elle »: f, s) and of the articles before a
	// name (« la Turquie »: f, s; « les Houthis »: p), so that a pronoun
	// stands only for an actor it agrees with.
	GenderNumber map[string][]string
	// PossessedTargets after a possessive right after a hostile trigger
	// ("attacked its positions", « a bombardé ses camps ») are another
	// actor's, taken as a pronoun object: the sentence's first actor when
	// it is not the subject, else the one opening the sentence before.
	PossessedTargets []string
	// EndingVerbs before an allied trigger end the alliance: "revoked its
	// military cooperation agreement with", « a mis fin à l'accord de
	// défense avec » is opposed (docs/CODEBOOK.md, hostility), not allied.
	EndingVerbs []string
	// SuspensionVerbs are the EndingVerbs that end an alliance with no
	// hostility: "suspended its military cooperation with" is `allied`
	// negated only (docs/CODEBOOK.md, "Rifts that are not hostility").
	SuspensionVerbs []string
	// UnderWords put a group or state under a person opening the
	// sentence or between commas: "Under Naim Qassem, Hezbollah",
	// « Hezbollah, sous Naïm Qassem, » (the person leads it).
	UnderWords []string
	// MemberStateNouns name an organisation's member states ("countries",
	// "member states", « pays »): the organisation they belong to is no
	// party to what they do ("the AES countries left ECOWAS").
	MemberStateNouns []string
	// InstrumentWords introduce what an act is done with ("with", «
	// avec »): a demonym on equipment after one is the goods' origin, no
	// party to the act ("attacked the town with Emirati drones").
	InstrumentWords []string
	// SeizureVerbs say that equipment was taken or destroyed, not
	// received: the actor it was taken from is no recipient of its origin
	// ("Chinese-made rifles seized from JNIM"), nor the taker ("the army
	// captured Emirati-supplied weapons"). Their subject holds no
	// equipment they name, as for ObservationVerbs.
	SeizureVerbs []string
	// DiversionWords say that equipment reached its holder by smuggling,
	// diversion or a resale ("smuggled", "re-exported", « introduites
	// clandestinement », « de contrebande »): the state it was made in
	// supplied no one in that sentence, so an origin there ("Chinese-made
	// components") gives nothing.
	DiversionWords []string
	// RecipientMarkers open a recipient named by a noun after a supplies
	// trigger ("to the", « aux », « à la »): "delivered ammunition to the
	// dissident faction" names its recipient, even when no actor, so the
	// article's home state is not it.
	RecipientMarkers []string
	// NotRecipients are the nouns after a recipient marker that name a
	// time or a place, not a recipient ("to the front", « à l'époque »).
	NotRecipients []string
	// PassiveAuxiliaries before a passive trigger ("were supplied by", «
	// ont été livrés par ») make it a predicate; without one, a participle
	// with an agent qualifies a noun ("weapons supplied by the UAE") and
	// its recipient is the holder of that noun.
	PassiveAuxiliaries []string
	// SourceNouns name who speaks ("officials", « responsables »): a
	// demonym or a state with one before a speech verb ("South Korean
	// officials say") is the source of an attribution, not a party.
	SourceNouns []string
	// ObjectNegations right after a trigger negate it: "has sent no
	// missiles to Russia", « n'a livré aucun drone ».
	ObjectNegations []string
	// ReportVerbs open or close a reporting clause: "A UN report says
	// that ...", "..., officials said.", « ..., affirme le rapport »; what
	// the clause reports is hedged unless the speaker is the actor of the
	// relation (its own declaration).
	ReportVerbs []string
	// StandingWords in a trigger make its relation a standing one (an
	// agreement, sanctions, a border closure, a designation; membership
	// always is): a later ending of it in the article (a departure, an
	// agreement denounced, sanctions lifted) negates it
	// (docs/CODEBOOK.md, "Ended standing relations").
	StandingWords []string
	// BorderNouns and ReopeningVerbs: a border closure (opposed) that a
	// reopening verb follows, in its sentence or in a later one naming no
	// other actor, has ended ("the border was reopened in March").
	BorderNouns    []string
	ReopeningVerbs []string
	// Cessations before a trigger say that a relation has stopped: "no
	// longer", "stopped", « ne ... plus », « a cessé de ». A standing one
	// (membership, an agreement, sanctions) has ended, negated; of any
	// other (deliveries, training, attacks) the past acts still count, so
	// a negation right before a cessation (« ne fournit plus ») does not
	// negate it (docs/CODEBOOK.md, "stopped supplying Mali").
	Cessations []string
	// Refusals are the negation cues that are a refusal ("refused", «
	// refusé »): they deny the relation of the refuser, the actor before
	// them, not one between other actors further on ("Hungary refused
	// to back EU sanctions against Russia": the EU still opposes
	// Russia), unless a permission follows them (Permissions: "refused
	// to let Sweden join NATO", « a refusé de laisser »), which makes
	// the refused act the others' relation.
	Refusals    []string
	Permissions []string
	// AnaphorModifiers between a definite article and an anaphor's noun
	// keep it an anaphor ("the current mission", « l'actuelle mission »).
	AnaphorModifiers []string
	// HoldingParticiples name who holds a place ("held", "controlled", «
	// tenu »): after a passive hostile trigger, the actor after one and
	// its agent marker holds the place, it is not the trigger's agent
	// ("X was shot dead at a camp held by the 444 Brigade").
	HoldingParticiples []string
	// JointSpeech are the nouns of speech a joint cue may qualify ("a
	// joint statement", « une déclaration commune »): words, no joint
	// action, so no alliance (docs/CODEBOOK.md: diplomatic support is no
	// relation).
	JointSpeech []string
	// LegalNouns are legal or civic steps ("lawsuit", « plainte »): an
	// opposed trigger of one word right after one ("a lawsuit against",
	// « une plainte contre ») is no fight (docs/CODEBOOK.md, "Legal steps
	// against persons").
	LegalNouns []string
	// ModifiedBodies are bodies an opposed word of one word may qualify
	// ("the sanctions monitoring team", « le comité des sanctions »): a
	// modifier then, no trigger.
	ModifiedBodies []string
	// NegationEnds make a negation a few words before them a cessation:
	// « ne ... plus », "not ... any more".
	NegationEnds []string
	// TradeGoods are the commodities of trade ("oil", « pétrole »):
	// supplies of them alone, with no equipment beside them, are business,
	// no supplies relation (docs/CODEBOOK.md, "Transit, services,
	// business").
	TradeGoods []string
	// DesignationVerbs with DesignationNouns after their objects: "declared
	// X and Y foreign terrorist organisations", « a classé X organisation
	// terroriste » (opposed, a hostile measure as sanctions are).
	DesignationVerbs []string
	DesignationNouns []string
	// WithdrawalNouns name a departure ("withdrawal", « retrait »): "the
	// withdrawal of Mali from ECOWAS" with a CompletionPhrase later in the
	// sentence ("took effect", « est devenu effectif ») is a completed
	// departure, member_of negated; without one it is only announced.
	WithdrawalNouns   []string
	CompletionPhrases []string
	// InvestitureWords before a state head title ("sworn in as
	// President", « investi président de la République ») make the person
	// named with them head of the state the title names, or of the
	// article's home state when the lexicon says the person heads it.
	InvestitureWords []string
	// PluralPossessives ("their", « leurs ») opening a sentence before a
	// plural anaphor noun ("Their armies") stand for the last list of
	// actors named together, when the sentence before opened with one.
	PluralPossessives []string
	// FacingOpeners open a sentence with the enemy of its first actor
	// after the comma (« Face au JNIM, l'armée malienne ... », "Facing
	// al-Shabaab, the Somali army ..."): opposed.
	FacingOpeners []string
	// SanctionLinks before SanctionNouns name a standing sanction: "X,
	// under US sanctions since 2020", « X, sous sanctions américaines »:
	// the actors named with the noun oppose X.
	SanctionLinks []string
	SanctionNouns []string
	// ObstructionVerbs a few words before a sanction noun ("blocked new
	// EU sanctions against Russia", « s'oppose à de nouvelles sanctions
	// contre ») say a disagreement over the measure, which is no
	// opposition: neither to the measure's author nor to its target.
	ObstructionVerbs []string
	// ReceiveVerbs before a trains or supplies noun make it received
	// ("received military training and equipment from the UAE", «
	// bénéficie d'une formation militaire des Émirats »): the verb's
	// subject is the recipient and the actor after one of the
	// ReceivedSources ("from", « de », « des ») the trainer or supplier.
	ReceiveVerbs    []string
	ReceivedSources []string
	// GiveVerbs before training and equipment ("provides military
	// training and armoured vehicles to Chad", « fournit des drones et
	// une formation à la Somalie ») supply the actor after one of the
	// GivenRecipients ("to", « à »); before training alone they supply
	// nothing (« fournit une formation à »).
	GiveVerbs       []string
	GivenRecipients []string
	// GivenAid are the nouns of military money a give verb may hand to
	// the recipient named right after it, as it hands equipment ("gave
	// the Lebanese army $3 billion in military aid"; not with a
	// NonSecurity word: "humanitarian aid").
	GivenAid []string
	// Reflexives right before a supplies verb, with their auxiliary or
	// not, make its subject the recipient (« le Mali s'approvisionne en
	// armes auprès de la Russie », « se fournit en drones », « s'est
	// approvisionné »): the actor after is the source.
	Reflexives []string
	// DependVerbs, an actor, then one of DependPurposes and equipment
	// ("Mali relies on Russia for weapons", « le Mali dépend de la
	// Russie pour ses armes »): the actor supplies the subject.
	DependVerbs    []string
	DependPurposes []string
	// WelcomeVerbs, like ReceiveVerbs and DependVerbs, take support an
	// actor gives the subject ("Mali welcomed Russia's military support",
	// "thanked Russia for its support", « a salué le soutien russe »):
	// the supporter is allied with the subject.
	WelcomeVerbs []string
	// SupplyQualifiers make support a supply ("logistical support",
	// « un soutien logistique »); support of no stated kind is an
	// alliance only.
	SupplyQualifiers []string
	// ArmingVerbs take the recipient as their object ("armed", "equipped",
	// « a équipé »): troops after one are armed, not sent.
	ArmingVerbs []string
	// PowerPhrases say that a person came to power with no place named
	// ("came to power", "took office", « arrivé au pouvoir »): the person
	// leads the state of the lexicon's country for them.
	PowerPhrases []string
	// SuccessionVerbs before a predecessor, a view marker and a leader
	// role ("succeeded Nasrallah as secretary-general", « a succédé à
	// Nasrallah comme secrétaire général ») make the subject lead what
	// the predecessor led, by the leadership facts.
	SuccessionVerbs []string
	// CountVerbs before an actor and a member role after a view marker
	// or among a possessive's members ("ASEAN still counts Myanmar as a
	// member", « compte le Mali parmi ses membres ») make the actor a
	// member of the verb's subject.
	CountVerbs []string
	// BackerRoles are the ally roles of a backer ("main backer", «
	// principal soutien »): with the goods or money the backer gives in
	// the same sentence, the pair is supplies only, no alliance
	// (docs/CODEBOOK.md, "Main backer").
	BackerRoles []string
	// RankRoles are leader roles that are also ranks or commands of
	// forces ("marshal", "commander", « maréchal »): with a state's
	// demonym they name the person's nationality, not the state's
	// leadership (« le maréchal libyen Khalifa Haftar»; docs/CODEBOOK.md,
	// the demonym on a person).
	RankRoles []string
	// BackingPhrases are the alongside phrases that state support, not
	// fighting ("backed by", « soutenu par »): one backer named by one
	// does not fight the backed party's enemy (docs/CODEBOOK.md, one
	// helper against the enemy).
	BackingPhrases []string
	// TerritoryNouns name a place of the subject's ("territory",
	// "airports", « territoire ») and UsePhrases its use for an act
	// ("to be used to", « serve à »): with both right before a trigger
	// ("its airports were used to deliver"), the subject is not the
	// act's agent.
	TerritoryNouns, UsePhrases []string
	// PermissionVerbs let another act ("allowed", « autorisé »): a
	// subject before one is not the agent of a trigger after it.
	PermissionVerbs []string
	// FalsityFrames deny the clause they open ("it is not true that", «
	// il est faux de dire que »): a negation inside that clause is
	// cancelled by the frame (a double negation asserts).
	FalsityFrames []string
	// DenialVerbs deny a claim ("denied", "rejects", « dément », « a
	// rejeté »): a relation negated by one, or a sentence whose only
	// actor denies with no object but a claim (DenialObjects: "this",
	// "the reports", « ces accusations »; « Téhéran dément. »), makes
	// the assertions of that relation in the article hedged (an
	// assertion and a denial, docs/CODEBOOK.md).
	DenialVerbs, DenialObjects []string
	// WithoutAny deny the help noun or trigger right after them ("without
	// any help from", « sans aucune aide »): the relation is negated,
	// unless a negation before makes it a double one ("could not have
	// advanced without any help").
	WithoutAny []string
	// PayVerbs ("paid", « a payé ») are supplies triggers (money); with a
	// purchase link and goods after their object (PurchaseLinks: "for",
	// « pour »; "paid Turkey for the drones") they name a purchase: the
	// payee supplies the payer.
	PayVerbs, PurchaseLinks []string
	// GenericGoods name supplies of any kind ("weapons", « armes »): a
	// denial of them covers the relation, a denial of particular goods
	// ("denies having delivered planes") does not (docs/CODEBOOK.md,
	// negated goods beside an asserted relation).
	GenericGoods []string
	// AdmissionVerbs admit a relation ("admitted sending", « a reconnu
	// avoir livré »): an admission is asserted despite the party's
	// denials elsewhere in the article (docs/CODEBOOK.md, admission and
	// denial by the supplier).
	AdmissionVerbs []string
	// ContraryClaims set a denial against another's report ("contrary
	// to what", "contradicting", « contrairement à ce qu' »): with a
	// report verb or an accusation noun after them ("contradicting UN
	// experts who had reported such deliveries", « contrairement à ce
	// qu'affirmaient des experts »), the denied relation is hedged, not
	// negated (docs/CODEBOOK.md, a narrator's denial against a reported
	// claim).
	ContraryClaims []string
	// GroupModifiers name a non-state armed group's kind ("rebel",
	// "paramilitary", « rebelle »): beside a leader role with a state's
	// demonym ("Congolese rebel leader X") the role is the group's, the
	// demonym a nationality, so no leads of the state.
	GroupModifiers []string
	// HostVerbs take in forces ("hosted", "welcomed", « a accueilli »):
	// with trainers of a state as object ("Mali welcomed Russian
	// instructors", « Bamako a accueilli des instructeurs russes ») the
	// state trains the subject.
	HostVerbs []string
	// OwnWords mark a possessive as the subject's own ("its own pilots",
	// « ses propres pilotes »): no other actor's forces.
	OwnWords []string
	// ExpertNouns name the experts, panels and investigators an
	// organisation employs ("UN experts", « le groupe d'experts de
	// l'ONU »): the organisation so named is a source, no party to the
	// sentence's relations (docs/CODEBOOK.md, "UN experts").
	ExpertNouns []string
	// CountedPronouns stand alone for the two actors of the last list
	// named ("Both deny backing the M23", « Tous deux reçoivent des armes
	// »): a sentence-opening subject before a verb.
	CountedPronouns []string
	// StateAnaphors are nouns that stand for a state after a definite
	// article ("the country", « le pays »): opening a sentence as its
	// subject, the state opening the sentence before.
	StateAnaphors []string
	// TieParticiples are participles of a tie that make a reduced
	// relative after a name ("Al-Shabaab affiliated with al-Qaeda
	// fights", « Le groupe affilié à Al-Qaïda combat »): their object is
	// no subject of the verb after.
	TieParticiples []string
	// SideNouns are plural nouns that, after a count of two, stand for
	// the two actors of any kinds last named together ("Sudan's army and
	// the RSF ... . The two sides", « les deux camps »).
	SideNouns []string
	// PurposeMarkers open a purpose infinitive ("to", « pour »): an
	// intent cue before the verb whose purpose it is reaches a trigger
	// right after one ("offered to send specialists to train").
	PurposeMarkers []string
	// GenericMemberNouns name an unnamed member of an organisation ("a
	// NATO member", "EU member states", « un membre de l'Otan », « des
	// pays membres de l'UE »): the organisation is no party of the clause.
	GenericMemberNouns []string
	// DocumentHeads end the capitalised name of a treaty or an agreement
	// ("Mutual Defense Treaty", "Ottawa Treaty", « Traité »): the name is
	// no actor, nor a capital or a state glued before the head.
	DocumentHeads []string
	// PastMembershipCues, right before a member_of trigger ("once
	// belonged to", « autrefois affilié à »), say a group's membership
	// has ended: member_of negated, as a completed departure is.
	PastMembershipCues []string
	// OwnedPlaceNouns name a part of a town or a country ("suburbs",
	// "villages", « banlieue »): a capital or a state that owns one
	// ("Beirut's southern suburbs", « des villages du Liban-Sud ») is a
	// place, not the state, when the sentence names a group (open20;
	// PlaceNouns serve wing20's strikes the same ruling).
	OwnedPlaceNouns []string
	// CrossingCues say a striker's troops crossed into a state ("sent
	// ground troops across the border", « troupes au sol »): a state
	// named through a place noun in that sentence stays a party.
	CrossingCues []string
	// HelpPrepositions open a help phrase whose helper is a demonym
	// ("with Russian help", « avec le soutien russe », "without Rwandan
	// support"): the helper is allied with the actor it helps.
	HelpPrepositions []string
	// InstrumentNouns are weapons used as instruments after a help
	// preposition ("fought with Emirati drones", « avec des drones
	// turcs »): their demonym names their origin, not an ally. Platforms
	// that come with their crews ("joint raids with American aircraft")
	// are not among them.
	InstrumentNouns []string
	// RetaliationCues open the act a reprisal answers ("in retaliation
	// for", « en représailles à »): the victim named after that act's
	// noun and an of-word is no party ("in retaliation for the killing of
	// Hezbollah leader Hassan Nasrallah"; prec19).
	RetaliationCues []string
	// PlaceNouns name a part of a state's territory ("southern suburbs",
	// "province", « banlieue sud », « nord »): a state named with one
	// ("Beirut's southern suburbs", « le nord du Mali ») is where a strike
	// fell, no party when a group is hit there (wing20).
	PlaceNouns []string
	// WingNouns name a movement's armed wing ("armed wing", « branche
	// armée »): "Hamas's armed wing" is the wing the lexicon gives Hamas
	// (Actor.WingOf; wing20).
	WingNouns []string
	// VisitVerbs are supplies triggers that also mean receiving a
	// visitor (« a reçu », "hosted"): an actor right after one is a
	// guest, not a supplier.
	VisitVerbs []string
	// PurchaseNouns are supplies triggers that name a purchase (« achat »,
	// "purchase"): an actor after one in the genitive (« les achats de
	// Belgrade ») is the buyer, not the seller.
	PurchaseNouns []string
	// SellerPrepositions name the seller after a purchase noun (« auprès
	// de », "from"): no genitive buyer.
	SellerPrepositions []string
	// TemporalFrames open a time frame ("during", « pendant », « lors
	// des »): a hostile noun after one ("during the fighting") is when
	// the clause happens, not its subject's action.
	TemporalFrames []string
	// EmbargoNouns name an embargo ("embargo", « embargo »): its subject
	// opposes the actor an EmbargoTargets word ("on", « à », « contre »)
	// names after it, unless an EmbargoBlockers word before it breaches,
	// lifts or only asks for it ("violated", « a levé », « réclame »);
	// EmbargoObjects open its object (« sur », "on"): a supplies trigger
	// there (« sur les ventes d'armes ») is no supply.
	EmbargoNouns, EmbargoTargets, EmbargoBlockers, EmbargoObjects []string
	// TrainerArrivals say that people arrived or were deployed somewhere
	// (« sont arrivés », "arrived in"): after trainers of a state
	// (TrainerNouns), the state they arrived in is trained (« des
	// instructeurs russes sont arrivés à Niamey »).
	TrainerArrivals []string
	// StateOpeners open a sentence with the state it happens in (« Au »,
	// "In"); after the state and a comma, an armed group that takes or
	// holds a place (OpenerSeizures: « a pris d'assaut », "stormed";
	// SeizedPlaces: « la ville », "the town", « le camp militaire ») fights
	// that state (« Au Burkina Faso, le JNIM a pris d'assaut la ville de
	// Djibo »).
	StateOpeners, OpenerSeizures, SeizedPlaces []string
	// NamedDocuments name an agreement or a process by a city (« l'accord
	// de Pretoria », « les accords d'Alger », « le processus de
	// Nouakchott »): the capital after one is part of a name, no actor.
	NamedDocuments []string
	// CliticOpposers are forms of a verb that sets two parties against
	// each other (« oppose », « opposent », « a opposé »); after an object
	// clitic (« la guerre qui l'oppose ») their OpposerComplements (« à »,
	// « aux ») name the other party, and the clitic the sentence's first
	// actor.
	CliticOpposers, OpposerComplements []string
	// HostileComplements govern an enemy after a noun (« des clans
	// hostiles au Hamas », "militias opposed to the RSF"): the actor after
	// one is no recipient of a supplies or trains trigger before it.
	HostileComplements []string
	// PresentedAs are view participles opening an apposition (« X,
	// présenté comme le chef du groupe, », "X, described as the leader of
	// Y,"): a view of X with no holder named, so what follows is hedged.
	PresentedAs []string
	// ExpelDiplomatVerbs expel ("expelled", « a expulsé »): before a
	// state's diplomats (DiplomatNouns: "ambassador", « ambassadeur »)
	// they state a diplomatic act, not hostility (docs/CODEBOOK.md,
	// "Diplomatic rifts").
	ExpelDiplomatVerbs []string
	// TiesNouns are nouns of standing ties ("ties", "relations"): an actor
	// after "ties with" is the noun's complement, not a companion of the
	// clause's verb.
	TiesNouns     []string
	DiplomatNouns []string
	// PlaceCompounds end a hyphen compound after a capital or a state
	// that names a place, not an actor ("a Phnom Penh-based
	// conglomerate": "based", "headquartered").
	PlaceCompounds []string
	// RivalRoles are role nouns of an enemy ("rival", "sworn enemy",
	// « rival historique »): between two armed groups, opposed ("Los
	// Lobos are allied with its rival, the CJNG").
	RivalRoles []string
	// EnemyRoles are the rival roles that name an enemy, not a rival
	// ("sworn enemy", "main enemy", « ennemi juré »): opposed whatever
	// the kinds of the holder and of the actor it is the enemy of
	// ("the Houthis, Saudi Arabia's sworn enemy").
	EnemyRoles []string
	// SanctionWords name sanctions in an opposed trigger ("sanctions",
	// "sanctioned", « sanctions »): sanctions on a group "and its
	// chairman, X" name X too.
	SanctionWords []string
	// DeputyPrefixes joined by a hyphen before a leads trigger make a
	// deputy (« vice-président de »): no leads trigger.
	DeputyPrefixes []string
	// GroupGovernmentRoles name the head of a government ("prime
	// minister", « chef du gouvernement »): of an armed group's own
	// government, a member of the group, not its leader
	// (docs/CODEBOOK.md, "A group's own government").
	GroupGovernmentRoles []string
	// AppositionHeads, with the anaphors of a group's kind, are the head
	// nouns of a description in apposition whose possessor leads the
	// group before it ("the SPLM-IO, Mr Machar's party,").
	AppositionHeads []string
	// AlongWith lists actors that share the subject's relation ("Rwanda,
	// along with Uganda, supplies the M23").
	AlongWith []string
	// VerbalSupportVerbs express support in words only ("expressed its
	// support for", « a exprimé son soutien à »): the support noun after
	// them is no alliance (docs/CODEBOOK.md, "allied": verbal support).
	VerbalSupportVerbs []string
	// CoLeaderRoles are leader roles shared by several holders ("a
	// co-chair of the KCK", « coprésidente du KCK »): each holder leads,
	// even after an indefinite article.
	CoLeaderRoles []string
	// LaunchPaths after goods sent name the path of an attack ("sent some
	// 300 drones over the border", « par-dessus la frontière »): what was
	// sent was launched, so the home state is no recipient.
	LaunchPaths []string
	// PlacingVerbs put their object under sanctions ("put Mr Petro under
	// sanctions", « a placé X sous sanctions »): their subject imposes them.
	PlacingVerbs []string
	// DatedNouns are agreements a year dates as a modifier ("under a 2018
	// contract", « un contrat de 2018 »): the year is the event's date.
	DatedNouns []string
	// RoleListVerbs, after a plural role held in an organisation, list
	// the holders ("AUSSOM's troop contributors include Ethiopia and
	// Kenya", « les membres de l'AES comptent le Mali »).
	RoleListVerbs []string
	// ActorQualifiers describe the actor named right after them in a
	// coordination ("the army and the paramilitary RSF", « les FAMa et le
	// groupe jihadiste JNIM »): the list reads on through them.
	ActorQualifiers []string
	// NonFiniteSubordinators open a clause whose verb has the subject of
	// the clause it hangs on ("after expelling", « après avoir chassé »).
	NonFiniteSubordinators []string
	// TransitiveTriggers take an object: with one their clause names no
	// actor ("X and Y have backed rival factions") the coordinated
	// subjects are no reciprocal pair.
	TransitiveTriggers []string
	// ObjectPlacePrepositions before an actor after an allied or opposed
	// trigger's object name a place (« a combattu les jihadistes au Mali »).
	ObjectPlacePrepositions []string
	// ReciprocalPronouns keep coordinated subjects a reciprocal pair
	// ("backed each other").
	ReciprocalPronouns []string
	// NotObjects right after a transitive trigger open no object
	// ("have been fighting since 2012").
	NotObjects []string
	// AsMarks open an apposition naming a role ("Hezbollah, as Iran's
	// ally, attacked": Iran is no party to the attack).
	AsMarks []string
	// SuccessionHeads, after a succession's predecessor, name the
	// successor's leadership of the actor after them (« a succédé à X à
	// la tête du Hezbollah »).
	SuccessionHeads []string
	// DirectObjectTriggers take as object only an actor right after them
	// ("helped Tripoli"; not "helped liberate the area from X").
	DirectObjectTriggers []string
	// HostileNouns name an actor's enemies: an allied trigger's object is
	// not their owner ("backed Mali's enemies").
	HostileNouns []string
	// PartnerIn, after an ally role, names the organisation its holders
	// are members of ("partners in the AES", « au sein de l'AES »).
	PartnerIn []string
	// SupportNouns with a giver after an of-word and a beneficiary after
	// a dative (SupportDatives) ally them (« le soutien du Rwanda au
	// M23 »).
	SupportNouns, SupportDatives []string
	// BenefitVerbs before an owner's help noun ally their subject with
	// the owner ("enjoys Egypt's support", "has Egyptian backing").
	BenefitVerbs []string
	// WithdrawVerbs before a contingent end its membership (« a retiré
	// ses troupes de la FMM »).
	WithdrawVerbs []string
	// MakerPhrases name the maker of equipment ("built by", « fabriqués
	// par »): the actor after one is no object of the trigger before
	// ("delivered IRIS-T systems built by Diehl Defence").
	MakerPhrases []string
	// OfficePhrases between a person and a seat of power (SeatsOfPower)
	// name the person's taking office: "since Donald Trump returned to
	// the White House" (leads the state, of the person's own country).
	OfficePhrases []string
	SeatsOfPower  []string
	// Among with MemberNouns ("Among its members are X and Y", « Parmi ses
	// membres figurent X ») lists members of the group the possessive
	// names.
	Among       []string
	MemberNouns []string
	// LocativeMemberVerbs after a locative pronoun (« la Tanzanie, qui y
	// participait ») make their subject a member of the last
	// organisation named.
	LocativeMemberVerbs []string
	// LocativeStayVerbs after a locative pronoun (« le Tchad y reste, aux
	// côtés du Nigeria ») make their subject a member too, only when they
	// end the clause or an alongside phrase follows (« le JNIM y reste
	// actif » says nothing of membership).
	LocativeStayVerbs []string
	// MemberPlaces are relatives of place after a group noun that list
	// its members ("a banner under which A and B operate", « une
	// bannière sous laquelle A et B combattent »).
	MemberPlaces []string
	// ShareWords name a share of counted troops before a source word
	// ("about 750 from Kenya, the rest from Jamaica"): each share's
	// states are contingents of the force.
	ShareWords []string
	// LocativeLeaving phrases leave the last organisation named, a
	// pronoun standing for it (« le Niger s'en est retiré », "Niger
	// withdrew from it"): a departure, member_of negated.
	LocativeLeaving []string
	// ReactionVerbs speak of an act another did ("Turkey condemned the
	// attack by the RSF", « l'ONU a condamné l'attaque du JNIM »): their
	// subject is not the subject of the opposed noun they govern.
	ReactionVerbs []string
}

// Lexicon is a set of actors and languages. It is immutable and safe for
// concurrent use.
type Lexicon struct {
	actors   []*Actor // sorted by id
	byID     map[string]*Actor
	byKey    map[string][]*Actor
	langs    map[string]*Language
	detKeys  map[string]bool // the keys of every language's determiners, for Lookup
	codes    []string
	agencies []string
	parts    [][]byte // the data digested, in order
	digest   string
}

var defaultLexicon = sync.OnceValues(parseEmbedded)

// Default returns the lexicon of the embedded data, parsed on first use.
// It panics if the embedded data are invalid, which the package's tests
// rule out.
func Default() *Lexicon {
	l, err := defaultLexicon()
	if err != nil {
		panic("lexicon: embedded data: " + err.Error())
	}
	return l
}

// Load returns the default lexicon with the dictionaries at paths added
// in order (see [LoadDictionary] and [Lexicon.With]).
func Load(paths ...string) (*Lexicon, error) {
	dicts := make([]*Dictionary, 0, len(paths))
	for _, p := range paths {
		d, err := LoadDictionary(p)
		if err != nil {
			return nil, err
		}
		dicts = append(dicts, d)
	}
	return Default().With(dicts...)
}

// With returns a new lexicon: l with the dictionaries added in order. An
// entry whose id is new adds an actor (its kind is then required); an entry
// whose id is known adds its name and aliases as aliases of that actor,
// its leadership facts after the known ones, and its country, wikidata
// and successor_of, when given, replace the known ones. An entry that gives a known actor another kind is an error:
// a kind change is a curation decision, not a dictionary entry. l itself
// is not changed.
func (l *Lexicon) With(dicts ...*Dictionary) (*Lexicon, error) {
	if len(dicts) == 0 {
		return l, nil
	}
	actors := make([]*Actor, len(l.actors))
	for i, a := range l.actors {
		c := *a
		c.Forms = slices.Clone(a.Forms)
		c.Leads = slices.Clone(a.Leads)
		actors[i] = &c
	}
	byID := make(map[string]*Actor, len(actors))
	for _, a := range actors {
		byID[a.ID] = a
	}
	parts := slices.Clone(l.parts)
	for _, d := range dicts {
		if d == nil {
			continue
		}
		for i, e := range d.Actors {
			a, known := byID[e.ID]
			if !known {
				if e.Kind == "" || e.Name == "" {
					return nil, d.entryError(i, fmt.Errorf("actor %s is not in the lexicon: its name and kind are required", e.ID))
				}
				a = &Actor{ID: e.ID, Kind: e.Kind, Name: e.Name, Country: e.Country, Wikidata: e.Wikidata, SuccessorOf: e.SuccessorOf}
				a.Forms = append(a.Forms, Form{Text: e.Name, Role: RoleName})
				byID[e.ID] = a
				actors = append(actors, a)
			} else {
				if e.Kind != "" && e.Kind != a.Kind {
					return nil, d.entryError(i, fmt.Errorf("actor %s is %s in the lexicon, not %s (change a kind with a curation decision)", e.ID, a.Kind, e.Kind))
				}
				if e.Name != "" {
					a.Forms = append(a.Forms, Form{Text: e.Name, Role: RoleAlias})
				}
				if e.Country != "" {
					a.Country = e.Country
				}
				if e.Wikidata != "" {
					a.Wikidata = e.Wikidata
				}
				if e.SuccessorOf != "" {
					a.SuccessorOf = e.SuccessorOf
				}
			}
			for _, al := range e.Aliases {
				a.Forms = append(a.Forms, Form{Text: al, Role: RoleAlias})
			}
			a.Leads = append(a.Leads, e.Leads...)
		}
		parts = append(parts, d.data)
	}
	// Leadership facts name actors of any dictionary: checked once all
	// are in.
	for _, d := range dicts {
		if d == nil {
			continue
		}
		for i, e := range d.Actors {
			for _, ld := range e.Leads {
				if err := leadAllowed(byID[e.ID], ld.ID, byID[ld.ID]); err != nil {
					return nil, d.entryError(i, err)
				}
			}
		}
	}
	return build(actors, l.langs, l.agencies, parts), nil
}

// build indexes the actors and computes the digest.
func build(actors []*Actor, langs map[string]*Language, agencies []string, parts [][]byte) *Lexicon {
	sort.Slice(actors, func(i, j int) bool { return actors[i].ID < actors[j].ID })
	l := &Lexicon{
		actors:   actors,
		byID:     make(map[string]*Actor, len(actors)),
		byKey:    map[string][]*Actor{},
		langs:    langs,
		agencies: agencies,
		parts:    parts,
	}
	for _, a := range actors {
		l.byID[a.ID] = a
		for _, f := range a.Forms {
			k := Key(f.Text)
			if k == "" {
				continue
			}
			if !slices.Contains(l.byKey[k], a) {
				l.byKey[k] = append(l.byKey[k], a)
			}
		}
	}
	l.detKeys = map[string]bool{}
	for code, lg := range langs {
		l.codes = append(l.codes, code)
		for _, det := range lg.Determiners {
			l.detKeys[Key(det)] = true
		}
	}
	sort.Strings(l.codes)
	h := sha256.New()
	var n [8]byte
	for _, p := range parts {
		binary.BigEndian.PutUint64(n[:], uint64(len(p)))
		h.Write(n[:])
		h.Write(p)
	}
	l.digest = hex.EncodeToString(h.Sum(nil))
	return l
}

// Digest returns the hex SHA-256 of the lexicon's data: the embedded files
// in a fixed order, then the dictionaries in the order they were added.
// Two lexicons built from the same data have the same digest.
func (l *Lexicon) Digest() string { return l.digest }

// Actor returns the actor with the given id.
func (l *Lexicon) Actor(id string) (*Actor, bool) {
	a, ok := l.byID[id]
	return a, ok
}

// Actors returns every actor, sorted by id. The slice is the caller's.
func (l *Lexicon) Actors() []*Actor { return slices.Clone(l.actors) }

// ActorsByKind returns the actors of one kind, sorted by id; nil when
// there are none.
func (l *Lexicon) ActorsByKind(k graph.Kind) []*Actor {
	var out []*Actor
	for _, a := range l.actors {
		if a.Kind == k {
			out = append(out, a)
		}
	}
	return out
}

// Lookup returns the actors that have a form with the same [Key] as name,
// sorted by id; nil when none has. A leading article of any language is
// skipped when the whole name matches nothing ("l'armée malienne" finds
// the form "armée malienne").
func (l *Lexicon) Lookup(name string) []*Actor {
	terms := Terms(name)
	if got := l.byKey[strings.Join(terms, " ")]; got != nil || len(terms) < 2 {
		return slices.Clone(got)
	}
	if l.detKeys[terms[0]] {
		return slices.Clone(l.byKey[strings.Join(terms[1:], " ")])
	}
	return nil
}

// Count returns len(l.Lookup(name)), building neither the list of terms,
// their key nor the copy of the actors: the key is spelled in a buffer
// on the stack.
func (l *Lexicon) Count(name string) int {
	var buf [64]byte
	key, first, n := buf[:0], 0, 0
	for w, i := NextWord(name, 0); w != ""; w, i = NextWord(name, i) {
		at := len(key)
		if n > 0 {
			key = append(key, ' ')
		}
		if k := len(key); asciiWord(w) {
			// an ASCII word holds letters and digits only: its fold
			// lower-cases A to Z (graph.Fold), spelled in place
			key = append(key, w...)
			for j := k; j < len(key); j++ {
				if c := key[j]; c >= 'A' && c <= 'Z' {
					key[j] = c + 'a' - 'A'
				}
			}
		} else if f := graph.Fold(w); f != "" {
			key = append(key, f...)
		} else {
			key = key[:at]
			continue
		}
		if n++; n == 1 {
			first = len(key)
		}
	}
	if got := l.byKey[string(key)]; got != nil || n < 2 {
		return len(got)
	}
	if l.detKeys[string(key[:first])] {
		return len(l.byKey[string(key[first+1:])])
	}
	return 0
}

// asciiWord reports whether a word holds ASCII bytes only.
func asciiWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Languages returns the codes of the languages with data, sorted.
func (l *Lexicon) Languages() []string { return slices.Clone(l.codes) }

// Language returns the data of a language, or nil when there are none.
func (l *Lexicon) Language(code string) *Language { return l.langs[code] }

// Triggers returns the trigger phrases of one relation type in one
// language, active before passive and in data order; nil when the language
// has none.
func (l *Lexicon) Triggers(lang string, t graph.RelType) []Trigger {
	lg := l.langs[lang]
	if lg == nil {
		return nil
	}
	var out []Trigger
	for _, tr := range lg.Triggers {
		if tr.Type == t {
			out = append(out, tr)
		}
	}
	return out
}

// CreditAgencies returns the agencies named in photo credits ("AFP",
// "Getty Images"), in data order.
func (l *Lexicon) CreditAgencies() []string { return slices.Clone(l.agencies) }
