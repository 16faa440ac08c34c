package extract

// Rules added with the nineteenth session's English blind articles
// (en-blind-34 … 36).

// maxAppositiveHead is the most lower-case words of the noun after a
// possessive in a coordinated apposition ("and its suicide wing, the
// Majeed Brigade,").
const maxAppositiveHead = 3

// coordAppositive reads, after a list of actors ending at token end, a
// coordinator, a possessive, at most maxAppositiveHead lower-case words
// and an apposition between commas: "designated the BLA and its suicide
// wing, the Majeed Brigade, as a foreign terrorist organisation", « le
// Hamas et sa branche armée, les brigades Ezzedine al-Qassam, comme ».
// It returns the mention that opens the apposition (an actor designated
// too) or -1 when it names none the article knows, the token after the
// closing comma, and whether the words were found.
func (c *sctx) coordAppositive(end int) (int, int, bool) {
	d, r := c.d, c.ld.rel
	p := end + 1
	if p+2 >= c.b || end <= c.a || !r.has(d, p, rwPossessives) || d.gapKind(c.ld, end, p) != gapCoord {
		return -1, 0, false
	}
	q := -1
	for t := p + 1; t < c.b && t <= p+maxAppositiveHead+1; t++ {
		if c.comma[t-c.a] {
			q = t
			break
		}
		if c.hard[t-c.a] || !isLowerWord(d, t) || c.inMention(t) >= 0 {
			return -1, 0, false
		}
	}
	if q <= p+1 {
		return -1, 0, false
	}
	e := -1
	for t := q + 1; t < c.b && t <= q+maxDesignationApposition; t++ {
		if c.hard[t-c.a] {
			return -1, 0, false
		}
		if c.comma[t-c.a] {
			e = t
			break
		}
	}
	if e < 0 {
		return -1, 0, false
	}
	for q < e && c.ld.determiners.at(d, q, q+1, nil) == 1 {
		q++
	}
	if k := c.inMention(q); k >= 0 && c.ms[k].ts == q && !c.noArg[k] && c.ms[k].te <= e {
		return k, e, true
	}
	return -1, e, true
}
