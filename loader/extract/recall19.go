package extract

import (
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// The nineteenth session's rules for how news says alliance, membership
// and opposition (recall19_test.go holds the sentences they were made
// on).

// recall19Rel holds the word sets of the recall19 rules.
type recall19Rel struct {
	ok bool
	// enemies: "sworn enemy", « ennemi juré » (lexicon.Language.EnemyRoles).
	enemies phrases
}

func (r *recall19Rel) add(reg *setRegistry, lg *lexicon.Language) {
	if !r.ok {
		r.enemies = newPhraseSet(reg)
		r.ok = true
	}
	addPhraseLists(map[*phrases][]string{&r.enemies: lg.EnemyRoles})
}

// enemyRole reports whether the rival role at [rs, re) names an enemy,
// not a rival ("Saudi Arabia's main enemy", « ennemis jurés de l'Arabie
// saoudite »; enemy_roles), between the holder ms[p] and ms[org], neither
// a person: named enemies are opposed whatever their kinds, where rivals
// are only between armed groups (a rival state is a political rival).
func (c *sctx) enemyRole(rs, re, p, org int) bool {
	r := &c.ld.rel.r19
	if !r.ok || p >= len(c.ms) || c.ms[p].actor.Kind == graph.KindPerson || c.ms[org].actor.Kind == graph.KindPerson {
		return false
	}
	return r.enemies.atIf(c.d, rs, c.b) == re-rs
}
