package lexicon

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/actorgraph/actorgraph/graph"
)

//go:embed data
var dataFS embed.FS

// The embedded files.
const (
	actorsDir  = "data/actors"
	commonFile = "data/common.yaml"
	langDir    = "data/lang"
)

type actorsDoc struct {
	Actors []actorEntry `yaml:"actors"`
}

type actorEntry struct {
	ID          string               `yaml:"id"`
	Kind        string               `yaml:"kind"`
	Name        string               `yaml:"name"`
	Country     string               `yaml:"country"`
	Wikidata    string               `yaml:"wikidata"`
	SuccessorOf string               `yaml:"successor_of"`
	WingOf      string               `yaml:"wing_of"`
	Aliases     []string             `yaml:"aliases"`
	Capital     string               `yaml:"capital"`
	Leads       []leadEntry          `yaml:"leads"`
	Langs       map[string]langForms `yaml:",inline"`
}

// leadEntry is one leadership fact: {actor: syria, from: 2000-07, until: 2024-12-08}.
type leadEntry struct {
	Actor string `json:"actor" yaml:"actor"`
	From  string `json:"from" yaml:"from"`
	Until string `json:"until" yaml:"until"`
}

// lead checks a leadership entry's form (the actor a slug, dates of the
// forms YYYY, YYYY-MM or YYYY-MM-DD, from not after until) and returns it.
// Whether the actor led exists and may be led is checked once every actor
// is known ([leadAllowed]).
func (e leadEntry) lead() (Lead, error) {
	if !graph.ValidID(e.Actor) {
		return Lead{}, fmt.Errorf("leads: actor %q is not a slug", e.Actor)
	}
	for _, dt := range []string{e.From, e.Until} {
		if dt != "" && !leadDateRE.MatchString(dt) {
			return Lead{}, fmt.Errorf("leads %s: date %q is not YYYY, YYYY-MM or YYYY-MM-DD", e.Actor, dt)
		}
	}
	if e.From != "" && e.Until != "" && cmpDate(e.From, e.Until) > 0 {
		return Lead{}, fmt.Errorf("leads %s: from %s is after until %s", e.Actor, e.From, e.Until)
	}
	return Lead{ID: e.Actor, From: e.From, Until: e.Until}, nil
}

type langForms struct {
	Names        []string `yaml:"names"`
	Demonyms     []string `yaml:"demonyms"`
	Capital      []string `yaml:"capital"`
	Institutions []string `yaml:"institutions"`
}

type commonDoc struct {
	CreditAgencies []string `yaml:"credit_agencies"`
	WeaponSystems  []string `yaml:"weapon_systems"`
}

type langDoc struct {
	Code              string                `yaml:"code"`
	Name              string                `yaml:"name"`
	Stopwords         []string              `yaml:"stopwords"`
	Abbreviations     []string              `yaml:"abbreviations"`
	Months            map[string]int        `yaml:"months"`
	DatePrepositions  []string              `yaml:"date_prepositions"`
	Dates             DateWords             `yaml:"dates"`
	Hedges            []string              `yaml:"hedges"`
	Negations         []string              `yaml:"negations"`
	Attributions      []string              `yaml:"attributions"`
	PassiveMarkers    []string              `yaml:"passive_markers"`
	Coordinators      []string              `yaml:"coordinators"`
	PairLinks         []string              `yaml:"pair_links"`
	Determiners       []string              `yaml:"determiners"`
	Equipment         []string              `yaml:"equipment"`
	Credits           []string              `yaml:"credits"`
	Triggers          map[string]voiceLists `yaml:"triggers"`
	Conjugation       []conjugation         `yaml:"conjugation"`
	InstitutionNouns  []string              `yaml:"institution_nouns"`
	LeaderRoles       []string              `yaml:"leader_roles"`
	PluralLeaders     []string              `yaml:"plural_leader_roles"`
	MemberRoles       []string              `yaml:"member_roles"`
	AllyRoles         []string              `yaml:"ally_roles"`
	SupplierRoles     []string              `yaml:"supplier_roles"`
	Between           []string              `yaml:"between"`
	HomeInstitutions  []string              `yaml:"home_institutions"`
	BareHome          []string              `yaml:"bare_home_institutions"`
	PersonPoss        []string              `yaml:"person_possessives"`
	HelpNouns         []string              `yaml:"help_nouns"`
	StateHeadTitles   []string              `yaml:"state_head_titles"`
	OfficialTitles    []string              `yaml:"official_titles"`
	StatePlacePreps   []string              `yaml:"state_place_prepositions"`
	QuantityWords     []string              `yaml:"quantity_words"`
	Benefactive       []string              `yaml:"benefactive"`
	Prepositions      []string              `yaml:"prepositions"`
	NonSecurity       []string              `yaml:"non_security"`
	Naming            []string              `yaml:"naming"`
	SpeechVerbs       []string              `yaml:"speech_verbs"`
	Observation       []string              `yaml:"observation_verbs"`
	Nicknames         []string              `yaml:"nicknames"`
	Companions        []string              `yaml:"companions"`
	SigningVerbs      []string              `yaml:"signing_verbs"`
	Anaphors          map[string][]string   `yaml:"anaphors"`
	AnaphorDets       []string              `yaml:"anaphor_determiners"`
	PluralAnaphors    map[string][]string   `yaml:"plural_anaphors"`
	Counts            map[string]int        `yaml:"counts"`
	CountsAlone       []string              `yaml:"counts_alone"`
	SubjectPronouns   []string              `yaml:"subject_pronouns"`
	SingularPronouns  map[string][]string   `yaml:"singular_pronouns"`
	Expletives        []string              `yaml:"expletives"`
	Possessives       []string              `yaml:"possessives"`
	OfWords           []string              `yaml:"of_words"`
	ObjectPronouns    []string              `yaml:"object_pronouns"`
	NounVerbs         []string              `yaml:"noun_verbs"`
	NounVerbCues      []string              `yaml:"noun_verb_cues"`
	DefiniteArticles  []string              `yaml:"definite_articles"`
	IndefArticles     []string              `yaml:"indefinite_articles"`
	RolePreps         []string              `yaml:"role_prepositions"`
	Including         []string              `yaml:"including"`
	DeployVerbs       []string              `yaml:"deploy_verbs"`
	NeighbourNouns    []string              `yaml:"neighbour_nouns"`
	ArmyHeadRoles     []string              `yaml:"army_head_roles"`
	CorefTitles       []string              `yaml:"coref_titles"`
	LeaderTitles      []string              `yaml:"leader_titles"`
	TitleArticles     []string              `yaml:"title_articles"`
	TitlePredicates   []string              `yaml:"title_predicates"`
	TitleCompounds    []string              `yaml:"title_compounds"`
	ArmyNouns         []string              `yaml:"army_nouns"`
	LeadershipBodies  []string              `yaml:"leadership_bodies"`
	LooseLinks        []string              `yaml:"loose_links"`
	PlaceWords        []string              `yaml:"place_words"`
	PlaceNames        []string              `yaml:"place_names"`
	GivenNameForms    []string              `yaml:"given_name_forms"`
	NotSupplied       []string              `yaml:"not_supplied"`
	NotTrained        []string              `yaml:"not_trained"`
	MediationWords    []string              `yaml:"mediation_words"`
	CommandInsts      []string              `yaml:"command_institutions"`
	LocRelatives      []string              `yaml:"locative_relatives"`
	SourcePreps       []string              `yaml:"source_prepositions"`
	CombatantNouns    []string              `yaml:"combatant_nouns"`
	CombatPurposes    []string              `yaml:"combat_purposes"`
	LeaderForces      []string              `yaml:"leader_forces"`
	LeaderLinks       []string              `yaml:"leader_links"`
	LedBy             []string              `yaml:"led_by"`
	Against           []string              `yaml:"against"`
	PredicateLinks    []string              `yaml:"predicate_links"`
	PronounObjects    []string              `yaml:"pronoun_objects"`
	CliticObjects     []string              `yaml:"clitic_objects"`
	Auxiliaries       []string              `yaml:"auxiliaries"`
	GenderNumber      map[string][]string   `yaml:"gender_number"`
	PossessedTargets  []string              `yaml:"possessed_targets"`
	EndingVerbs       []string              `yaml:"ending_verbs"`
	SuspensionVerbs   []string              `yaml:"suspension_verbs"`
	UnderWords        []string              `yaml:"under_words"`
	MemberStateNouns  []string              `yaml:"member_state_nouns"`
	InstrumentWords   []string              `yaml:"instrument_words"`
	SeizureVerbs      []string              `yaml:"seizure_verbs"`
	DiversionWords    []string              `yaml:"diversion_words"`
	RecipientMarks    []string              `yaml:"recipient_markers"`
	NotRecipients     []string              `yaml:"not_recipients"`
	PassiveAux        []string              `yaml:"passive_auxiliaries"`
	SourceNouns       []string              `yaml:"source_nouns"`
	ObjectNegations   []string              `yaml:"object_negations"`
	ReportVerbs       []string              `yaml:"report_verbs"`
	StandingWords     []string              `yaml:"standing_words"`
	BorderNouns       []string              `yaml:"border_nouns"`
	ReopeningVerbs    []string              `yaml:"reopening_verbs"`
	Cessations        []string              `yaml:"cessations"`
	HoldingParts      []string              `yaml:"holding_participles"`
	JointSpeech       []string              `yaml:"joint_speech"`
	LegalNouns        []string              `yaml:"legal_nouns"`
	ModifiedBodies    []string              `yaml:"modified_bodies"`
	Refusals          []string              `yaml:"refusals"`
	Permissions       []string              `yaml:"permissions"`
	NegationEnds      []string              `yaml:"negation_ends"`
	TradeGoods        []string              `yaml:"trade_goods"`
	DesignationVerbs  []string              `yaml:"designation_verbs"`
	DesignationNouns  []string              `yaml:"designation_nouns"`
	WithdrawalNouns   []string              `yaml:"withdrawal_nouns"`
	CompletionPhrases []string              `yaml:"completion_phrases"`
	InvestitureWords  []string              `yaml:"investiture_words"`
	PluralPossess     []string              `yaml:"plural_possessives"`
	FacingOpeners     []string              `yaml:"facing_openers"`
	SanctionLinks     []string              `yaml:"sanction_links"`
	SanctionNouns     []string              `yaml:"sanction_nouns"`
	ObstructionVerbs  []string              `yaml:"obstruction_verbs"`
	ReceiveVerbs      []string              `yaml:"receive_verbs"`
	ReceivedSources   []string              `yaml:"received_sources"`
	GiveVerbs         []string              `yaml:"give_verbs"`
	GivenRecipients   []string              `yaml:"given_recipients"`
	GivenAid          []string              `yaml:"given_aid"`
	Reflexives        []string              `yaml:"reflexive_pronouns"`
	DependVerbs       []string              `yaml:"depend_verbs"`
	DependPurposes    []string              `yaml:"depend_purposes"`
	WelcomeVerbs      []string              `yaml:"welcome_verbs"`
	PowerPhrases      []string              `yaml:"power_phrases"`
	SuccessionVerbs   []string              `yaml:"succession_verbs"`
	CountVerbs        []string              `yaml:"count_verbs"`
	BackerRoles       []string              `yaml:"backer_roles"`
	ExpelDiplomats    []string              `yaml:"expel_diplomat_verbs"`
	TemporalFrames    []string              `yaml:"temporal_frames"`
	PurchaseNouns     []string              `yaml:"purchase_nouns"`
	SellerPreps       []string              `yaml:"seller_prepositions"`
	EmbargoNouns      []string              `yaml:"embargo_nouns"`
	EmbargoTargets    []string              `yaml:"embargo_targets"`
	EmbargoBlockers   []string              `yaml:"embargo_blockers"`
	EmbargoObjects    []string              `yaml:"embargo_objects"`
	TrainerArrivals   []string              `yaml:"trainer_arrivals"`
	StateOpeners      []string              `yaml:"state_openers"`
	OpenerSeizures    []string              `yaml:"opener_seizures"`
	SeizedPlaces      []string              `yaml:"seized_places"`
	NamedDocuments    []string              `yaml:"named_documents"`
	CliticOpposers    []string              `yaml:"clitic_opposers"`
	OpposerComplement []string              `yaml:"opposer_complements"`
	HostileComplement []string              `yaml:"hostile_complements"`
	PresentedAs       []string              `yaml:"presented_as"`
	TiesNouns         []string              `yaml:"ties_nouns"`
	PlaceCompounds    []string              `yaml:"place_compounds"`
	PurposeMarkers    []string              `yaml:"purpose_markers"`
	GenericMembers    []string              `yaml:"generic_member_nouns"`
	DocumentHeads     []string              `yaml:"document_heads"`
	PastMembership    []string              `yaml:"past_membership_cues"`
	OwnedPlaceNouns   []string              `yaml:"owned_place_nouns"`
	CrossingCues      []string              `yaml:"crossing_cues"`
	HelpPreps         []string              `yaml:"help_prepositions"`
	InstrumentNouns   []string              `yaml:"instrument_nouns"`
	RetaliationCues   []string              `yaml:"retaliation_cues"`
	PlaceNouns        []string              `yaml:"place_nouns"`
	WingNouns         []string              `yaml:"wing_nouns"`
	RivalRoles        []string              `yaml:"rival_roles"`
	EnemyRoles        []string              `yaml:"enemy_roles"`
	SanctionWords     []string              `yaml:"sanction_words"`
	DeputyPrefixes    []string              `yaml:"deputy_prefixes"`
	DiplomatNouns     []string              `yaml:"diplomat_nouns"`
	GroupGovRoles     []string              `yaml:"group_government_roles"`
	AppositionHeads   []string              `yaml:"apposition_heads"`
	AlongWith         []string              `yaml:"along_with"`
	VerbalSupport     []string              `yaml:"verbal_support_verbs"`
	CoLeaderRoles     []string              `yaml:"co_leader_roles"`
	LaunchPaths       []string              `yaml:"launch_paths"`
	PlacingVerbs      []string              `yaml:"placing_verbs"`
	DatedNouns        []string              `yaml:"dated_nouns"`
	RoleListVerbs     []string              `yaml:"role_list_verbs"`
	ActorQualifiers   []string              `yaml:"actor_qualifiers"`
	NonFiniteSubs     []string              `yaml:"nonfinite_subordinators"`
	TransitiveTrigs   []string              `yaml:"transitive_triggers"`
	ObjectPlacePreps  []string              `yaml:"object_place_prepositions"`
	ReciprocalProns   []string              `yaml:"reciprocal_pronouns"`
	NotObjects        []string              `yaml:"not_objects"`
	AsMarks           []string              `yaml:"as_marks"`
	SuccessionHeads   []string              `yaml:"succession_heads"`
	DirectObjTrigs    []string              `yaml:"direct_object_triggers"`
	HostileNouns      []string              `yaml:"hostile_nouns"`
	PartnerIn         []string              `yaml:"partner_in"`
	SupportNouns      []string              `yaml:"support_nouns"`
	SupportDatives    []string              `yaml:"support_datives"`
	BenefitVerbs      []string              `yaml:"benefit_verbs"`
	WithdrawVerbs     []string              `yaml:"withdraw_verbs"`
	ArmingVerbs       []string              `yaml:"arming_verbs"`
	SupplyQualifiers  []string              `yaml:"supply_qualifiers"`
	MakerPhrases      []string              `yaml:"maker_phrases"`
	RankRoles         []string              `yaml:"rank_roles"`
	BackingPhrases    []string              `yaml:"backing_phrases"`
	TerritoryNouns    []string              `yaml:"territory_nouns"`
	UsePhrases        []string              `yaml:"use_phrases"`
	PermissionVerbs   []string              `yaml:"permission_verbs"`
	FalsityFrames     []string              `yaml:"falsity_frames"`
	VisitVerbs        []string              `yaml:"visit_verbs"`
	ExpertNouns       []string              `yaml:"expert_nouns"`
	CountedPronouns   []string              `yaml:"counted_pronouns"`
	StateAnaphors     []string              `yaml:"state_anaphors"`
	TieParticiples    []string              `yaml:"tie_participles"`
	SideNouns         []string              `yaml:"side_nouns"`
	OfficePhrases     []string              `yaml:"office_phrases"`
	SeatsOfPower      []string              `yaml:"seats_of_power"`
	Among             []string              `yaml:"among"`
	MemberNouns       []string              `yaml:"member_nouns"`
	LocativeMember    []string              `yaml:"locative_member_verbs"`
	ShareWords        []string              `yaml:"share_words"`
	LocativeStay      []string              `yaml:"locative_stay_verbs"`
	MemberPlaces      []string              `yaml:"member_places"`
	LocativeLeaving   []string              `yaml:"locative_leaving"`
	DenialVerbs       []string              `yaml:"denial_verbs"`
	DenialObjects     []string              `yaml:"denial_objects"`
	WithoutAny        []string              `yaml:"without_any"`
	PayVerbs          []string              `yaml:"pay_verbs"`
	PurchaseLinks     []string              `yaml:"purchase_links"`
	GenericGoods      []string              `yaml:"generic_goods"`
	AdmissionVerbs    []string              `yaml:"admission_verbs"`
	ContraryClaims    []string              `yaml:"contrary_claims"`
	GroupModifiers    []string              `yaml:"group_modifiers"`
	HostVerbs         []string              `yaml:"host_verbs"`
	OwnWords          []string              `yaml:"own_words"`
	ReactionVerbs     []string              `yaml:"reaction_verbs"`
	AccuseVerbs       []string              `yaml:"accuse_verbs"`
	AccusationNouns   []string              `yaml:"accusation_nouns"`
	AfterRecipients   []string              `yaml:"recipient_pronouns"`
	NegCancellers     []string              `yaml:"negation_cancellers"`
	FoundingParts     []string              `yaml:"founding_participles"`
	MergeWords        []string              `yaml:"merge_words"`
	PossessiveSuffix  []string              `yaml:"possessive_suffixes"`
	Compounds         map[string][]string   `yaml:"compounds"`
	SourceWords       []string              `yaml:"source_words"`
	TrainingMissions  []string              `yaml:"training_missions"`
	JointTraining     []string              `yaml:"joint_training"`
	TrainerNouns      []string              `yaml:"trainer_nouns"`
	TrainingPurposes  []string              `yaml:"training_purposes"`
	ContrastNegations []string              `yaml:"contrast_negations"`
	PassiveDenials    []string              `yaml:"passive_denials"`
	DenialTails       []string              `yaml:"denial_tails"`
	ViewVerbs         []string              `yaml:"view_verbs"`
	ViewMarkers       []string              `yaml:"view_markers"`
	IrregularParts    []string              `yaml:"irregular_participles"`
	Copulas           []string              `yaml:"copulas"`
	ParticipleEnds    []string              `yaml:"participle_endings"`
	GerundEnds        []string              `yaml:"gerund_endings"`
	SingularEnds      []string              `yaml:"singular_participle_endings"`
	LocativePronouns  []string              `yaml:"locative_pronouns"`
	CleftPronouns     []string              `yaml:"cleft_pronouns"`
	HomeModifiers     []string              `yaml:"home_modifiers"`
	AnaphorModifiers  []string              `yaml:"anaphor_modifiers"`
	Titles            []string              `yaml:"titles"`
	PluralTitles      []string              `yaml:"plural_titles"`
	NameParticles     []string              `yaml:"name_particles"`
	LeadingRelatives  []string              `yaml:"leading_relatives"`
	OrgHeads          map[string][]string   `yaml:"org_heads"`
	PartyHeads        []string              `yaml:"party_heads"`
	NotNames          []string              `yaml:"not_names"`
	Relatives         []string              `yaml:"relatives"`
	PossRelatives     []string              `yaml:"possessive_relatives"`
	ClauseBreaks      []string              `yaml:"clause_breaks"`
	PlacePreps        []string              `yaml:"place_prepositions"`
	OriginMarkers     voiceLists            `yaml:"origin_markers"`
	Former            []string              `yaml:"former"`
	Alongside         []string              `yaml:"alongside"`
	Joint             []string              `yaml:"joint"`
	Founding          []string              `yaml:"founding"`
	Intent            []string              `yaml:"intent"`
	IntentNot         []string              `yaml:"intent_cancellers"`
	CounterClaims     []string              `yaml:"counter_claims"`
	Withouts          []string              `yaml:"withouts"`
	RelReports        []string              `yaml:"relative_reports"`
	NotIntent         []string              `yaml:"not_intent"`
	TroopNouns        []string              `yaml:"troop_nouns"`
	ExpelVerbs        []string              `yaml:"expulsion_verbs"`
	ExpelEnds         []string              `yaml:"expulsion_ends"`
	TakingVerbs       []string              `yaml:"taking_verbs"`
	TakingFrom        []string              `yaml:"taking_from"`
	TakingNot         []string              `yaml:"taking_not"`
	InvRelatives      []string              `yaml:"inverted_relatives"`
	Ellipsis          []string              `yaml:"ellipsis"`
	EllipsisInv       []string              `yaml:"ellipsis_inverted"`
	EllipsisFinal     []string              `yaml:"ellipsis_final"`
	InsteadOf         []string              `yaml:"instead_of"`
	Respectively      []string              `yaml:"respectively"`
	ContrastButs      []string              `yaml:"contrast_buts"`
	Reciprocal        []string              `yaml:"reciprocal"`
	ReciprocalPlaces  []string              `yaml:"reciprocal_places"`
	JoinVerbs         []string              `yaml:"join_verbs"`
	Diplomatic        []string              `yaml:"diplomatic_words"`
	Fillers           []string              `yaml:"trigger_fillers"`
	Leaving           []string              `yaml:"leaving"`
	LeavingNot        []string              `yaml:"leaving_not_before"`
	InSupport         []string              `yaml:"in_support"`
	InSupportTo       []string              `yaml:"in_support_to"`
	HelpLinks         []string              `yaml:"help_links"`
	Collectives       []string              `yaml:"collective_nouns"`
	ObjRelatives      []string              `yaml:"object_relatives"`
	TroopLinks        []string              `yaml:"troop_links"`
}

type voiceLists struct {
	Active  []string `yaml:"active"`
	Passive []string `yaml:"passive"`
	// Verbs are lemmas whose forms the language's conjugation rules
	// write: "attaquer" gives "attaque", "attaquent", "attaqué par", ...
	Verbs []string `yaml:"verbs"`
}

// conjugation is one rule of a language's conjugation: a lemma ending
// in Ending has the forms made of its stem (the lemma without the
// ending) and each suffix; the longest ending that fits a lemma wins.
type conjugation struct {
	Ending  string   `yaml:"ending"`
	Active  []string `yaml:"active"`
	Passive []string `yaml:"passive"`
	// Hedged suffixes write forms that are active triggers and hedge the
	// sentence too: the French conditional ("livrerait", "attaqueraient")
	// does not assert what it says.
	Hedged []string `yaml:"hedged"`
}

// conjugate returns the active and passive forms of lemma by the rule of
// rules with the longest ending that fits it; the active forms end with
// the rule's hedged forms.
func conjugate(rules []conjugation, lemma string) (active, passive []string, err error) {
	active, passive, _, err = conjugateHedged(rules, lemma)
	return active, passive, err
}

// conjugateHedged is conjugate, with the hedged forms also apart.
func conjugateHedged(rules []conjugation, lemma string) (active, passive, hedged []string, err error) {
	best := -1
	for i, r := range rules {
		if strings.HasSuffix(lemma, r.Ending) && len(r.Ending) < len(lemma) && (best < 0 || len(r.Ending) > len(rules[best].Ending)) {
			best = i
		}
	}
	if best < 0 {
		return nil, nil, nil, fmt.Errorf("verb %q: no conjugation rule fits it", lemma)
	}
	r := rules[best]
	stem := strings.TrimSuffix(lemma, r.Ending)
	for _, s := range r.Active {
		active = append(active, stem+s)
	}
	for _, s := range r.Hedged {
		hedged = append(hedged, stem+s)
	}
	active = append(active, hedged...)
	for _, s := range r.Passive {
		passive = append(passive, stem+s)
	}
	return active, passive, hedged, nil
}

// decodeStrict decodes one YAML document, refusing unknown fields.
func decodeStrict(name string, data []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// parseEmbedded reads the embedded files into the default lexicon.
func parseEmbedded() (*Lexicon, error) {
	var parts [][]byte
	read := func(name string) ([]byte, error) {
		b, err := dataFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		// The digest covers the file names too, so moving data between
		// files changes it.
		parts = append(parts, []byte(name), b)
		return b, nil
	}
	// Languages first: the actor file may use only known language codes.
	names, err := fs.Glob(dataFS, langDir+"/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	langs := map[string]*Language{}
	for _, name := range names {
		b, err := read(name)
		if err != nil {
			return nil, err
		}
		lg, err := parseLanguage(name, b)
		if err != nil {
			return nil, err
		}
		if want := strings.TrimSuffix(path.Base(name), ".yaml"); lg.Code != want {
			return nil, fmt.Errorf("%s: code %q does not match the file name", name, lg.Code)
		}
		langs[lg.Code] = lg
	}
	b, err := read(commonFile)
	if err != nil {
		return nil, err
	}
	var common commonDoc
	if err := decodeStrict(commonFile, b, &common); err != nil {
		return nil, err
	}
	for _, lg := range langs {
		// the names of weapon systems are supplied things in every language
		lg.Equipment = append(lg.Equipment, common.WeaponSystems...)
	}
	// The actor files, in name order; an id may be defined once only.
	files, err := fs.Glob(dataFS, actorsDir+"/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var actors []*Actor
	defined := map[string]string{}
	for _, name := range files {
		b, err := read(name)
		if err != nil {
			return nil, err
		}
		as, err := parseActors(name, b, langs)
		if err != nil {
			return nil, err
		}
		for _, a := range as {
			if prev, dup := defined[a.ID]; dup {
				return nil, fmt.Errorf("%s: actor %s is already defined in %s", name, a.ID, prev)
			}
			defined[a.ID] = name
		}
		actors = append(actors, as...)
	}
	if err := checkLeads(actors); err != nil {
		return nil, err
	}
	return build(actors, langs, common.CreditAgencies, parts), nil
}

// parseLanguage reads one language file.
func parseLanguage(name string, b []byte) (*Language, error) {
	var d langDoc
	if err := decodeStrict(name, b, &d); err != nil {
		return nil, err
	}
	if d.Code == "" || Key(d.Code) != d.Code {
		return nil, fmt.Errorf("%s: code %q is not a lower-case language code", name, d.Code)
	}
	lg := &Language{
		Code: d.Code, Name: d.Name,
		Stopwords: d.Stopwords, Abbreviations: d.Abbreviations,
		Months:           map[string]int{},
		DatePrepositions: d.DatePrepositions,
		Dates:            d.Dates,
		Hedges:           d.Hedges, Negations: d.Negations, Attributions: d.Attributions,
		PassiveMarkers: d.PassiveMarkers, Coordinators: d.Coordinators, PairLinks: d.PairLinks,
		Determiners: d.Determiners, Equipment: d.Equipment, Credits: d.Credits,
		InstitutionNouns: d.InstitutionNouns, LeaderRoles: d.LeaderRoles, PluralLeaderRoles: d.PluralLeaders, MemberRoles: d.MemberRoles, AllyRoles: d.AllyRoles, SupplierRoles: d.SupplierRoles, Between: d.Between, HomeInstitutions: d.HomeInstitutions, BareHomeInstitutions: d.BareHome, PersonPossessives: d.PersonPoss, HelpNouns: d.HelpNouns, StateHeadTitles: d.StateHeadTitles, StatePlacePrepositions: d.StatePlacePreps, QuantityWords: d.QuantityWords, Benefactive: d.Benefactive, Prepositions: d.Prepositions, NonSecurity: d.NonSecurity, Naming: d.Naming, SpeechVerbs: d.SpeechVerbs, ObservationVerbs: d.Observation, Nicknames: d.Nicknames, Companions: d.Companions, SigningVerbs: d.SigningVerbs, Anaphors: map[graph.Kind][]string{}, AnaphorDeterminers: d.AnaphorDets, SubjectPronouns: d.SubjectPronouns, Expletives: d.Expletives, Possessives: d.Possessives, OfficialTitles: d.OfficialTitles,
		OfWords: d.OfWords, ObjectPronouns: d.ObjectPronouns, NounVerbs: d.NounVerbs, NounVerbCues: d.NounVerbCues, DefiniteArticles: d.DefiniteArticles, IndefiniteArticles: d.IndefArticles, RolePrepositions: d.RolePreps, Including: d.Including, DeployVerbs: d.DeployVerbs, NeighbourNouns: d.NeighbourNouns, LeadershipBodies: d.LeadershipBodies, LooseLinks: d.LooseLinks, PlaceWords: d.PlaceWords, PlaceNames: d.PlaceNames, GivenNameForms: d.GivenNameForms, NotSupplied: d.NotSupplied, NotTrained: d.NotTrained, MediationWords: d.MediationWords, CommandInstitutions: d.CommandInsts, LocativeRelatives: d.LocRelatives, SourcePrepositions: d.SourcePreps, CombatantNouns: d.CombatantNouns, CombatPurposes: d.CombatPurposes, AccuseVerbs: d.AccuseVerbs, AccusationNouns: d.AccusationNouns, RecipientPronouns: d.AfterRecipients, NegationCancellers: d.NegCancellers, FoundingParticiples: d.FoundingParts, MergeWords: d.MergeWords, LeaderForces: d.LeaderForces, LeaderLinks: d.LeaderLinks, LedBy: d.LedBy, Against: d.Against, ArmyHeadRoles: d.ArmyHeadRoles, ArmyNouns: d.ArmyNouns, CorefTitles: d.CorefTitles, LeaderTitles: d.LeaderTitles, TitleArticles: d.TitleArticles, TitlePredicates: d.TitlePredicates, TitleCompounds: d.TitleCompounds,
		PossessiveSuffixes: d.PossessiveSuffix, Compounds: d.Compounds, SourceWords: d.SourceWords, TrainingMissions: d.TrainingMissions, JointTraining: d.JointTraining, TrainerNouns: d.TrainerNouns, TrainingPurposes: d.TrainingPurposes, ContrastNegations: d.ContrastNegations, PassiveDenials: d.PassiveDenials, DenialTails: d.DenialTails, ViewVerbs: d.ViewVerbs, ViewMarkers: d.ViewMarkers, Copulas: d.Copulas, ParticipleEndings: d.ParticipleEnds, IrregularParticiples: d.IrregularParts, GerundEndings: d.GerundEnds, SingularParticipleEndings: d.SingularEnds, LocativePronouns: d.LocativePronouns, CleftPronouns: d.CleftPronouns, HomeModifiers: d.HomeModifiers, AnaphorModifiers: d.AnaphorModifiers,
		Titles: d.Titles, PluralTitles: d.PluralTitles, NameParticles: d.NameParticles, LeadingRelatives: d.LeadingRelatives, PartyHeads: d.PartyHeads, OrgHeads: map[graph.Kind][]string{},
		NotNames: d.NotNames, Relatives: d.Relatives, PossessiveRelatives: d.PossRelatives, ClauseBreaks: d.ClauseBreaks,
		PlacePrepositions: d.PlacePreps, OriginBefore: d.OriginMarkers.Active, OriginAfter: d.OriginMarkers.Passive,
		Former: d.Former, Alongside: d.Alongside, Joint: d.Joint, Founding: d.Founding,
		Intent: d.Intent, NotIntent: d.NotIntent, IntentCancellers: d.IntentNot, CounterClaims: d.CounterClaims, Withouts: d.Withouts, RelativeReports: d.RelReports, TroopNouns: d.TroopNouns, ExpulsionVerbs: d.ExpelVerbs, ExpulsionEnds: d.ExpelEnds, TakingVerbs: d.TakingVerbs, TakingFrom: d.TakingFrom, TakingNot: d.TakingNot, InvertedRelatives: d.InvRelatives, Ellipsis: d.Ellipsis, EllipsisInverted: d.EllipsisInv, EllipsisFinal: d.EllipsisFinal, InsteadOf: d.InsteadOf, Respectively: d.Respectively, ContrastButs: d.ContrastButs, Reciprocal: d.Reciprocal, ReciprocalPlaces: d.ReciprocalPlaces, JoinVerbs: d.JoinVerbs, DiplomaticWords: d.Diplomatic, TriggerFillers: d.Fillers, Leaving: d.Leaving, LeavingNotBefore: d.LeavingNot, InSupport: d.InSupport, InSupportTo: d.InSupportTo, HelpLinks: d.HelpLinks, CollectiveNouns: d.Collectives, ObjectRelatives: d.ObjRelatives, TroopLinks: d.TroopLinks,
	}
	lg.PredicateLinks = d.PredicateLinks
	lg.PronounObjects, lg.CliticObjects, lg.Auxiliaries = d.PronounObjects, d.CliticObjects, d.Auxiliaries
	lg.GenderNumber, lg.PossessedTargets = d.GenderNumber, d.PossessedTargets
	for w, fs := range d.GenderNumber {
		for _, f := range fs {
			if f != "m" && f != "f" && f != "s" && f != "p" {
				return nil, fmt.Errorf("%s: gender_number: %s: %q is none of m, f, s, p", name, w, f)
			}
		}
	}
	lg.EndingVerbs = d.EndingVerbs
	lg.SuspensionVerbs = d.SuspensionVerbs
	lg.UnderWords = d.UnderWords
	lg.MemberStateNouns = d.MemberStateNouns
	lg.InstrumentWords = d.InstrumentWords
	lg.SeizureVerbs, lg.PassiveAuxiliaries = d.SeizureVerbs, d.PassiveAux
	lg.DiversionWords, lg.RecipientMarkers, lg.NotRecipients = d.DiversionWords, d.RecipientMarks, d.NotRecipients
	lg.SourceNouns, lg.ObjectNegations = d.SourceNouns, d.ObjectNegations
	lg.DesignationVerbs, lg.DesignationNouns = d.DesignationVerbs, d.DesignationNouns
	lg.WithdrawalNouns, lg.CompletionPhrases = d.WithdrawalNouns, d.CompletionPhrases
	lg.InvestitureWords, lg.PluralPossessives = d.InvestitureWords, d.PluralPossess
	lg.FacingOpeners = d.FacingOpeners
	lg.SanctionLinks, lg.SanctionNouns = d.SanctionLinks, d.SanctionNouns
	lg.ObstructionVerbs = d.ObstructionVerbs
	lg.ReceiveVerbs, lg.ReceivedSources = d.ReceiveVerbs, d.ReceivedSources
	lg.GiveVerbs, lg.GivenRecipients, lg.GivenAid = d.GiveVerbs, d.GivenRecipients, d.GivenAid
	lg.Reflexives = d.Reflexives
	lg.DependVerbs, lg.DependPurposes = d.DependVerbs, d.DependPurposes
	lg.WelcomeVerbs, lg.SupplyQualifiers = d.WelcomeVerbs, d.SupplyQualifiers
	lg.MakerPhrases, lg.PowerPhrases, lg.ArmingVerbs = d.MakerPhrases, d.PowerPhrases, d.ArmingVerbs
	lg.RankRoles, lg.BackingPhrases = d.RankRoles, d.BackingPhrases
	lg.TerritoryNouns, lg.UsePhrases, lg.PermissionVerbs = d.TerritoryNouns, d.UsePhrases, d.PermissionVerbs
	lg.FalsityFrames, lg.VisitVerbs, lg.ExpertNouns = d.FalsityFrames, d.VisitVerbs, d.ExpertNouns
	lg.CountedPronouns, lg.StateAnaphors, lg.TieParticiples, lg.SideNouns = d.CountedPronouns, d.StateAnaphors, d.TieParticiples, d.SideNouns
	lg.SuccessionVerbs, lg.CountVerbs, lg.BackerRoles = d.SuccessionVerbs, d.CountVerbs, d.BackerRoles
	lg.ExpelDiplomatVerbs, lg.DiplomatNouns, lg.GroupGovernmentRoles = d.ExpelDiplomats, d.DiplomatNouns, d.GroupGovRoles
	lg.TemporalFrames, lg.PurchaseNouns, lg.SellerPrepositions = d.TemporalFrames, d.PurchaseNouns, d.SellerPreps
	lg.EmbargoNouns, lg.EmbargoTargets, lg.EmbargoBlockers, lg.EmbargoObjects = d.EmbargoNouns, d.EmbargoTargets, d.EmbargoBlockers, d.EmbargoObjects
	lg.TrainerArrivals = d.TrainerArrivals
	lg.StateOpeners, lg.OpenerSeizures, lg.SeizedPlaces = d.StateOpeners, d.OpenerSeizures, d.SeizedPlaces
	lg.NamedDocuments = d.NamedDocuments
	lg.CliticOpposers, lg.OpposerComplements = d.CliticOpposers, d.OpposerComplement
	lg.HostileComplements, lg.PresentedAs = d.HostileComplement, d.PresentedAs
	lg.TiesNouns, lg.PlaceCompounds, lg.RivalRoles, lg.SanctionWords = d.TiesNouns, d.PlaceCompounds, d.RivalRoles, d.SanctionWords
	lg.DeputyPrefixes, lg.PurposeMarkers, lg.GenericMemberNouns, lg.DocumentHeads = d.DeputyPrefixes, d.PurposeMarkers, d.GenericMembers, d.DocumentHeads
	lg.RetaliationCues = d.RetaliationCues
	lg.PlaceNouns, lg.WingNouns = d.PlaceNouns, d.WingNouns
	lg.PastMembershipCues, lg.OwnedPlaceNouns, lg.CrossingCues = d.PastMembership, d.OwnedPlaceNouns, d.CrossingCues
	lg.HelpPrepositions, lg.InstrumentNouns = d.HelpPreps, d.InstrumentNouns
	lg.EnemyRoles = d.EnemyRoles
	lg.AppositionHeads, lg.AlongWith = d.AppositionHeads, d.AlongWith
	lg.VerbalSupportVerbs, lg.CoLeaderRoles, lg.LaunchPaths = d.VerbalSupport, d.CoLeaderRoles, d.LaunchPaths
	lg.PlacingVerbs, lg.DatedNouns = d.PlacingVerbs, d.DatedNouns
	lg.RoleListVerbs, lg.ActorQualifiers, lg.NonFiniteSubordinators = d.RoleListVerbs, d.ActorQualifiers, d.NonFiniteSubs
	lg.TransitiveTriggers, lg.ObjectPlacePrepositions, lg.ReciprocalPronouns = d.TransitiveTrigs, d.ObjectPlacePreps, d.ReciprocalProns
	lg.NotObjects, lg.AsMarks, lg.SuccessionHeads = d.NotObjects, d.AsMarks, d.SuccessionHeads
	lg.DirectObjectTriggers, lg.HostileNouns, lg.PartnerIn = d.DirectObjTrigs, d.HostileNouns, d.PartnerIn
	lg.SupportNouns, lg.SupportDatives, lg.BenefitVerbs = d.SupportNouns, d.SupportDatives, d.BenefitVerbs
	lg.WithdrawVerbs = d.WithdrawVerbs
	lg.OfficePhrases, lg.SeatsOfPower = d.OfficePhrases, d.SeatsOfPower
	lg.Among, lg.MemberNouns, lg.LocativeMemberVerbs = d.Among, d.MemberNouns, d.LocativeMember
	lg.ShareWords, lg.LocativeStayVerbs, lg.MemberPlaces = d.ShareWords, d.LocativeStay, d.MemberPlaces
	lg.ReactionVerbs, lg.ReportVerbs = d.ReactionVerbs, d.ReportVerbs
	lg.StandingWords, lg.BorderNouns, lg.ReopeningVerbs = d.StandingWords, d.BorderNouns, d.ReopeningVerbs
	lg.Cessations, lg.NegationEnds, lg.TradeGoods = d.Cessations, d.NegationEnds, d.TradeGoods
	lg.DenialVerbs, lg.DenialObjects, lg.WithoutAny = d.DenialVerbs, d.DenialObjects, d.WithoutAny
	lg.PayVerbs, lg.PurchaseLinks, lg.GenericGoods = d.PayVerbs, d.PurchaseLinks, d.GenericGoods
	lg.AdmissionVerbs = d.AdmissionVerbs
	lg.ContraryClaims, lg.GroupModifiers, lg.HostVerbs, lg.OwnWords = d.ContraryClaims, d.GroupModifiers, d.HostVerbs, d.OwnWords
	lg.LocativeLeaving = d.LocativeLeaving
	lg.Refusals, lg.Permissions = d.Refusals, d.Permissions
	lg.HoldingParticiples, lg.JointSpeech, lg.LegalNouns = d.HoldingParts, d.JointSpeech, d.LegalNouns
	lg.ModifiedBodies = d.ModifiedBodies
	for k := range d.Compounds {
		if k != "member_of_reversed" {
			if _, err := graph.ParseRelType(k); err != nil {
				return nil, fmt.Errorf("%s: compounds: %w", name, err)
			}
		}
	}
	for k, nouns := range d.Anaphors {
		kind, err := graph.ParseKind(k)
		if err != nil {
			return nil, fmt.Errorf("%s: anaphors: %w", name, err)
		}
		lg.Anaphors[kind] = nouns
	}
	lg.PluralAnaphors = map[graph.Kind][]string{}
	for k, nouns := range d.PluralAnaphors {
		kind, err := graph.ParseKind(k)
		if err != nil {
			return nil, fmt.Errorf("%s: plural_anaphors: %w", name, err)
		}
		lg.PluralAnaphors[kind] = nouns
	}
	for w, n := range d.Counts {
		if n < 2 || n > 9 {
			return nil, fmt.Errorf("%s: counts: %q is %d (want 2..9)", name, w, n)
		}
	}
	lg.Counts, lg.CountsAlone = d.Counts, d.CountsAlone
	for k, heads := range d.OrgHeads {
		kind, err := graph.ParseKind(k)
		if err != nil {
			return nil, fmt.Errorf("%s: org_heads: %w", name, err)
		}
		lg.OrgHeads[kind] = heads
	}
	for m, n := range d.Months {
		if n < 1 || n > 12 {
			return nil, fmt.Errorf("%s: month %q is %d (want 1..12)", name, m, n)
		}
		lg.Months[m] = n
	}
	for t := range d.Triggers {
		if _, err := graph.ParseRelType(t); err != nil {
			return nil, fmt.Errorf("%s: triggers: %w", name, err)
		}
	}
	for _, t := range graph.RelTypes {
		v := d.Triggers[string(t)]
		if t.Symmetric() && len(v.Passive) > 0 {
			return nil, fmt.Errorf("%s: triggers: %s is symmetric: list its phrases under active", name, t)
		}
		active, passive := v.Active, v.Passive
		seen := map[string]bool{}
		for _, p := range append(append([]string(nil), active...), passive...) {
			seen[Key(p)] = true
		}
		for _, lemma := range v.Verbs {
			a, p, h, err := conjugateHedged(d.Conjugation, lemma)
			if err != nil {
				return nil, fmt.Errorf("%s: triggers: %s: %w", name, t, err)
			}
			for _, f := range h {
				if !slices.Contains(lg.Hedges, f) {
					lg.Hedges = append(lg.Hedges[:len(lg.Hedges):len(lg.Hedges)], f)
				}
			}
			if t.Symmetric() {
				a, p = append(a, p...), nil // the direction does not matter
			}
			for _, f := range a {
				if !seen[Key(f)] {
					seen[Key(f)] = true
					active = append(active[:len(active):len(active)], f)
				}
			}
			for _, f := range p {
				if !seen[Key(f)] {
					seen[Key(f)] = true
					passive = append(passive[:len(passive):len(passive)], f)
				}
			}
		}
		for _, p := range active {
			lg.Triggers = append(lg.Triggers, Trigger{Lang: d.Code, Type: t, Voice: Active, Phrase: p})
		}
		for _, p := range passive {
			lg.Triggers = append(lg.Triggers, Trigger{Lang: d.Code, Type: t, Voice: Passive, Phrase: p})
		}
	}
	lg.SingularPronouns = map[string][]graph.Kind{}
	for pr, kinds := range d.SingularPronouns {
		ks := []graph.Kind{}
		for _, k := range kinds {
			kind, err := graph.ParseKind(k)
			if err != nil {
				return nil, fmt.Errorf("%s: singular_pronouns: %s: %w", name, pr, err)
			}
			ks = append(ks, kind)
		}
		lg.SingularPronouns[pr] = ks
	}
	for _, tr := range lg.Triggers {
		if Key(tr.Phrase) == "" {
			return nil, fmt.Errorf("%s: %s trigger %q has no words", name, tr.Type, tr.Phrase)
		}
	}
	return lg, nil
}

var (
	countryRE  = regexp.MustCompile(`^[A-Z]{2}$`)
	wikidataRE = regexp.MustCompile(`^Q[1-9][0-9]*$`)
	leadDateRE = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)
)

// parseActors reads the embedded actor file.
func parseActors(name string, b []byte, langs map[string]*Language) ([]*Actor, error) {
	var d actorsDoc
	if err := decodeStrict(name, b, &d); err != nil {
		return nil, err
	}
	var errs []error
	bad := func(i int, e actorEntry, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: actor %d (%s): %s", name, i+1, e.ID, fmt.Sprintf(format, args...)))
	}
	seen := map[string]bool{}
	var actors []*Actor
	for i, e := range d.Actors {
		if !graph.ValidID(e.ID) {
			bad(i, e, "id %q is not a slug", e.ID)
			continue
		}
		if seen[e.ID] {
			bad(i, e, "duplicate id")
		}
		seen[e.ID] = true
		k, err := graph.ParseKind(e.Kind)
		if err != nil {
			bad(i, e, "%v", err)
		}
		if strings.TrimSpace(e.Name) == "" {
			bad(i, e, "no name")
		}
		if e.Country != "" && !countryRE.MatchString(e.Country) {
			bad(i, e, "country %q is not an ISO 3166 alpha-2 code", e.Country)
		}
		if e.Wikidata != "" && !wikidataRE.MatchString(e.Wikidata) {
			bad(i, e, "wikidata %q is not an item id (Q...)", e.Wikidata)
		}
		a := &Actor{ID: e.ID, Kind: k, Name: e.Name, Country: e.Country, Wikidata: e.Wikidata, SuccessorOf: e.SuccessorOf, WingOf: e.WingOf}
		for _, le := range e.Leads {
			l, err := le.lead()
			if err != nil {
				bad(i, e, "%v", err)
				continue
			}
			a.Leads = append(a.Leads, l)
		}
		a.Forms = append(a.Forms, Form{Text: e.Name, Role: RoleName})
		for _, s := range e.Aliases {
			a.Forms = append(a.Forms, Form{Text: s, Role: RoleAlias})
		}
		if e.Capital != "" {
			a.Forms = append(a.Forms, Form{Text: e.Capital, Role: RoleCapital})
		}
		codes := make([]string, 0, len(e.Langs))
		for code := range e.Langs {
			codes = append(codes, code)
		}
		sort.Strings(codes)
		for _, code := range codes {
			if langs[code] == nil {
				bad(i, e, "unknown field or language %q", code)
				continue
			}
			lf := e.Langs[code]
			for _, s := range lf.Names {
				a.Forms = append(a.Forms, Form{Text: s, Lang: code, Role: RoleName})
			}
			for _, s := range lf.Demonyms {
				a.Forms = append(a.Forms, Form{Text: s, Lang: code, Role: RoleDemonym})
			}
			for _, s := range lf.Capital {
				a.Forms = append(a.Forms, Form{Text: s, Lang: code, Role: RoleCapital})
			}
			for _, s := range lf.Institutions {
				a.Forms = append(a.Forms, Form{Text: s, Lang: code, Role: RoleInstitution})
			}
		}
		for _, f := range a.Forms {
			if Key(f.Text) == "" {
				bad(i, e, "form %q has no words", f.Text)
			}
		}
		actors = append(actors, a)
	}
	for i, e := range d.Actors {
		if e.SuccessorOf != "" && !seen[e.SuccessorOf] {
			bad(i, e, "successor_of %q is not an actor of the file", e.SuccessorOf)
		}
		if e.WingOf != "" && !seen[e.WingOf] {
			bad(i, e, "wing_of %q is not an actor of the file", e.WingOf)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return actors, nil
}

// checkLeads checks the leadership facts of the actors against each other:
// the actor led exists, a person leads a state, an armed group, a company
// or an organisation, and a state leads an organisation or an armed group
// (the coalition or mission it heads: "the US-led coalition").
func checkLeads(actors []*Actor) error {
	byID := make(map[string]*Actor, len(actors))
	for _, a := range actors {
		byID[a.ID] = a
	}
	var errs []error
	for _, a := range actors {
		for _, l := range a.Leads {
			if err := leadAllowed(a, l.ID, byID[l.ID]); err != nil {
				errs = append(errs, fmt.Errorf("actor %s (%s): %w", a.ID, a.Kind, err))
			}
		}
	}
	return errors.Join(errs...)
}

// leadAllowed says why a cannot lead the actor id (led, nil when no actor
// has that id), or nil when it can: a person leads a state, an armed
// group, a company or an organisation; a state leads an organisation or
// an armed group.
func leadAllowed(a *Actor, id string, led *Actor) error {
	switch {
	case led == nil:
		return fmt.Errorf("leads %q, which is not an actor of the lexicon", id)
	case a.Kind == graph.KindPerson && graph.Leads.Allows(a.Kind, led.Kind):
	case a.Kind == graph.KindState && (led.Kind == graph.KindOrganisation || led.Kind == graph.KindArmedGroup):
	default:
		return fmt.Errorf("cannot lead %s (%s)", id, led.Kind)
	}
	return nil
}
