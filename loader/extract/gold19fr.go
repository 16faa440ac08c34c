package extract

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// The nineteenth session's mends from the French blind articles
// (fr-blind-34, fr-blind-35, fr-blind-36); doc.go has a clause for each.

// jointStanding reports whether allied pair p is a joint-operation
// reading ("/joint/allied"): joint patrols and operations are a standing
// cooperation, so a cessation before them ends it (« les deux armées ne
// mènent plus de patrouilles conjointes », "no longer run joint patrols":
// allied negated, docs/CODEBOOK.md, joint patrols "have ceased").
func jointStanding(p pairCand) bool {
	return p.typ == graph.Allied && strings.Contains(p.rule, "/joint/allied")
}
