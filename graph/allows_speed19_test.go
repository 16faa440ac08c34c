package graph

import (
	"slices"
	"testing"
)

// TestAllowsTypeRules checks that Allows, written out as comparisons,
// answers as typeRules says for every type and pair of kinds (and for
// kinds and types outside the closed sets).
func TestAllowsTypeRules(t *testing.T) {
	kinds := append(slices.Clone(Kinds), Kind(""), Kind("organization"), Kind("ghost"))
	types := append(slices.Clone(RelTypes), RelType(""), RelType("member-of"))
	for _, rt := range types {
		for _, from := range kinds {
			for _, to := range kinds {
				r, ok := typeRules[rt]
				want := ok && slices.Contains(r[0], from) && slices.Contains(r[1], to)
				if got := rt.Allows(from, to); got != want {
					t.Errorf("%s.Allows(%q, %q) = %v, typeRules say %v", rt, from, to, got, want)
				}
			}
		}
	}
}

// TestKindIndex: Index is each kind's position in Kinds, and len(Kinds)
// for any other kind.
func TestKindIndex(t *testing.T) {
	for i, k := range Kinds {
		if got := k.Index(); got != i {
			t.Errorf("%q.Index() = %d, want %d", k, got, i)
		}
	}
	for _, k := range []Kind{"", "organization", "ghost"} {
		if got := k.Index(); got != len(Kinds) {
			t.Errorf("%q.Index() = %d, want %d", k, got, len(Kinds))
		}
	}
}
