package extract_test

import (
	"testing"
)

// TestIndefiniteRoleNameAfter: an indefinite leader role whose holder is
// a name no dictionary knows, read after it (« une accusation que son
// homologue algérien, Ahmed Attaf, rejette »), is a mention added past the
// sentence's own: keeping only persons must not index the sentence's
// mentions with it (relate.go, roleRules; it panicked).
func TestIndefiniteRoleNameAfter(t *testing.T) {
	runRelCases(t, []relCase{
		{"homologue", "fr", "Le ministre malien des Affaires étrangères, Abdoulaye Diop, accuse régulièrement Alger de « sponsoriser le terrorisme », une accusation que son homologue algérien, Ahmed Attaf, rejette comme « indigne ».", nil},
	})
}
