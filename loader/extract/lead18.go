package extract

import (
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// lead18Rel holds the lexicon of the eighteenth session's lead rules.
type lead18Rel struct {
	ok bool
	// listVerbs: "include", « comptent » (lexicon.Language.RoleListVerbs).
	listVerbs phrases
	// qualifiers: "paramilitary", « groupe jihadiste »
	// (lexicon.Language.ActorQualifiers).
	qualifiers phrases
}

func (r *lead18Rel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.listVerbs, r.qualifiers = newPhraseSet(reg), newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.listVerbs: lg.RoleListVerbs, &r.qualifiers: lg.ActorQualifiers})
}

// roleListVerb reports whether a verb listing a plural role's holders
// starts at token i ("AUSSOM's troop contributors include Ethiopia and
// Kenya": the holders follow the verb, as after a copula; role_list_verbs).
func (c *sctx) roleListVerb(i int) bool {
	r := &c.ld.rel.l18
	return r.ok && i < c.b && r.listVerbs.atIf(c.d, i, c.b) > 0
}
