package extract

// The eighteenth session's probe of references across sentences: the
// rules that read a pronoun, a description, a counted anaphor or a role
// naming an actor of the sentences before.

// expletiveAt reports whether the words at token i of a sentence ending
// at b make the pronoun before them an expletive ("It is unclear", « Il
// est probable », « Il y a »): an expletive word (expletives) not
// followed by a participle and a passive marker or an accusation verb,
// which make a passive of which the pronoun is the subject ("It is
// backed by Rwanda", « Il est soutenu par le Rwanda », "It is accused of
// arming"); a hedging participle keeps it one ("It is believed by
// analysts that").
func (r *relData) expletiveAt(d *doc, ld *langData, i, b int) bool {
	n := r.expletives.at(d, i, b, nil)
	if n == 0 {
		return false
	}
	j := i + n
	if j+1 >= b || !r.participle(d.toks[j].fold) {
		return true
	}
	if r.accuse.at(d, j, j+1, nil) > 0 {
		return false // "It is accused of arming"
	}
	// "It is backed by", not "It is believed by analysts that"
	return ld.passive.at(d, j+1, j+2, nil) == 0 || ld.hedges.at(d, j, b, nil) > 0
}
