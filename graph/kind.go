package graph

import (
	"fmt"
	"slices"
)

// Kind is the kind of an actor. The set is closed: [Kinds] lists it.
type Kind string

// The actor kinds.
const (
	KindState        Kind = "state"
	KindArmedGroup   Kind = "armed_group"
	KindCompany      Kind = "company"
	KindPerson       Kind = "person"
	KindOrganisation Kind = "organisation"
)

// Kinds lists every actor kind, in a fixed order.
var Kinds = []Kind{KindState, KindArmedGroup, KindCompany, KindPerson, KindOrganisation}

// Valid reports whether k is one of [Kinds].
func (k Kind) Valid() bool { return slices.Contains(Kinds, k) }

// Index is k's position in [Kinds] (0 to 4), or len(Kinds) for a kind
// not in it: a number for arrays indexed by kind.
func (k Kind) Index() int {
	switch k {
	case KindState:
		return 0
	case KindArmedGroup:
		return 1
	case KindCompany:
		return 2
	case KindPerson:
		return 3
	case KindOrganisation:
		return 4
	}
	return len(Kinds)
}

// ParseKind returns the kind named s, accepting "organization" and
// "armed-group" as spellings of the canonical names.
func ParseKind(s string) (Kind, error) {
	switch s {
	case "organization":
		return KindOrganisation, nil
	case "armed-group", "armedgroup":
		return KindArmedGroup, nil
	}
	k := Kind(s)
	if !k.Valid() {
		return "", fmt.Errorf("unknown actor kind %q (want one of state, armed_group, company, person, organisation)", s)
	}
	return k, nil
}

// RelType is the type of a relation. The set is closed: [RelTypes] lists it.
type RelType string

// The relation types.
const (
	Allied   RelType = "allied"
	Opposed  RelType = "opposed"
	Supplies RelType = "supplies"
	Trains   RelType = "trains"
	MemberOf RelType = "member_of"
	Leads    RelType = "leads"
)

// RelTypes lists every relation type, in a fixed order.
var RelTypes = []RelType{Allied, Opposed, Supplies, Trains, MemberOf, Leads}

// Valid reports whether t is one of [RelTypes].
func (t RelType) Valid() bool { return slices.Contains(RelTypes, t) }

// Symmetric reports whether the type has no direction (allied, opposed).
// Symmetric relations are stored once, with From < To.
func (t RelType) Symmetric() bool { return t == Allied || t == Opposed }

// ParseRelType returns the relation type named s ("member-of" is accepted
// for member_of).
func ParseRelType(s string) (RelType, error) {
	if s == "member-of" || s == "memberof" {
		return MemberOf, nil
	}
	t := RelType(s)
	if !t.Valid() {
		return "", fmt.Errorf("unknown relation type %q (want one of allied, opposed, supplies, trains, member_of, leads)", s)
	}
	return t, nil
}

var anyKind = Kinds

// typeRules gives, per type, the kinds allowed at the from end and at the to end.
var typeRules = map[RelType][2][]Kind{
	Allied:   {anyKind, anyKind},
	Opposed:  {anyKind, anyKind},
	Supplies: {anyKind, {KindState, KindArmedGroup, KindCompany, KindOrganisation}},
	Trains:   {{KindState, KindArmedGroup, KindCompany, KindOrganisation}, {KindState, KindArmedGroup, KindOrganisation}},
	MemberOf: {anyKind, {KindArmedGroup, KindOrganisation, KindCompany}},
	Leads:    {{KindPerson}, {KindState, KindArmedGroup, KindCompany, KindOrganisation}},
}

// Allows reports whether a relation of type t may join an actor of kind
// from to an actor of kind to. For symmetric types the order does not matter.
func (t RelType) Allows(from, to Kind) bool {
	// typeRules written out (TestAllowsTypeRules holds them equal): the
	// extractor asks this for every pair it reads, and a map of strings
	// and two lists of strings cost more than these comparisons
	switch t {
	case Allied, Opposed:
		return from.known() && to.known()
	case Supplies:
		return from.known() && to.known() && to != KindPerson
	case Trains:
		return from.known() && from != KindPerson && (to == KindState || to == KindArmedGroup || to == KindOrganisation)
	case MemberOf:
		return from.known() && (to == KindArmedGroup || to == KindOrganisation || to == KindCompany)
	case Leads:
		return from == KindPerson && to.known() && to != KindPerson
	}
	return false
}

// known is Valid as a switch, for Allows.
func (k Kind) known() bool {
	switch k {
	case KindState, KindArmedGroup, KindCompany, KindPerson, KindOrganisation:
		return true
	}
	return false
}

// RuleText describes in words which kinds the type joins.
func (t RelType) RuleText() string {
	switch t {
	case Allied, Opposed:
		return string(t) + " joins any kinds"
	case Supplies:
		return "supplies joins any kind to state, armed_group, company or organisation"
	case Trains:
		return "trains joins state, armed_group, company or organisation to state, armed_group or organisation"
	case MemberOf:
		return "member_of joins any kind to armed_group, organisation or company"
	case Leads:
		return "leads joins person to state, armed_group, company or organisation"
	}
	return "unknown type"
}
