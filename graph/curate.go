package graph

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/actorgraph/actorgraph/graph/internal/keys"
)

// Op names a kind of curation decision.
type Op string

// The curation decisions. Each is kept in the decision log and applied at
// resolution time: to the stored graph when it is made, and to everything
// loaded or re-extracted afterwards.
const (
	// OpMerge merges Actor into Other: its mentions resolve to Other, its
	// id redirects there.
	OpMerge Op = "merge"
	// OpUnmerge undoes the merge of Actor.
	OpUnmerge Op = "unmerge"
	// OpNotSame says Actor and Other are never one: a merge between them is
	// refused, and a dictionary that resolves a form of one to the other is
	// overruled.
	OpNotSame Op = "not-same"
	// OpSplit moves the mentions of Actor in Articles, or named by Form, to
	// the new actor Other (named Name when given): homonyms.
	OpSplit Op = "split"
	// OpAliasAdd makes Form an alias of Actor: a mention discovered under
	// that name resolves to Actor.
	OpAliasAdd Op = "alias-add"
	// OpAliasRemove removes Form from Actor's aliases for good: mentions
	// named only by it no longer resolve to Actor.
	OpAliasRemove Op = "alias-remove"
	// OpRename gives Actor the canonical Name; its id stays.
	OpRename Op = "rename"
	// OpKind gives Actor the Kind; its id stays, and the type rules of its
	// relations are checked again.
	OpKind Op = "kind"
	// OpRetract retracts Article: its evidence goes and loading it again
	// does not bring it back.
	OpRetract Op = "retract"
	// OpUnretract brings a retracted Article back.
	OpUnretract Op = "unretract"
)

// Ops lists the decisions in a fixed order.
var Ops = []Op{OpMerge, OpUnmerge, OpNotSame, OpSplit, OpAliasAdd, OpAliasRemove, OpRename, OpKind, OpRetract, OpUnretract}

// Decision is one entry of the curation log.
type Decision struct {
	Seq    uint64    `json:"seq,omitempty"` // position in the log, set by the store
	Time   time.Time `json:"time"`          // when it was made; zero means now
	Author string    `json:"author,omitempty"`
	Reason string    `json:"reason,omitempty"`
	Op     Op        `json:"op"`
	// Actor is the actor the decision is about (all but retract and unretract).
	Actor string `json:"actor,omitempty"`
	// Other is the merge target, the not-same partner or the split's new actor.
	Other string `json:"other,omitempty"`
	// Form is the alias added or removed, or the surface form a split moves.
	Form string `json:"form,omitempty"`
	// Articles are the articles whose mentions a split moves.
	Articles []string `json:"articles,omitempty"`
	// Name is the new name (rename), or the split actor's name.
	Name string `json:"name,omitempty"`
	// Kind is the new kind.
	Kind Kind `json:"kind,omitempty"`
	// Article is the article retracted or unretracted.
	Article string `json:"article,omitempty"`
}

// String describes the decision in a line.
func (d *Decision) String() string {
	var s string
	switch d.Op {
	case OpMerge:
		s = fmt.Sprintf("merge %s into %s", d.Actor, d.Other)
	case OpUnmerge:
		s = "unmerge " + d.Actor
	case OpNotSame:
		s = fmt.Sprintf("not-same %s %s", d.Actor, d.Other)
	case OpSplit:
		s = fmt.Sprintf("split %s to %s", d.Actor, d.Other)
		if d.Form != "" {
			s += fmt.Sprintf(" form %q", d.Form)
		}
		if len(d.Articles) > 0 {
			s += " articles " + strings.Join(d.Articles, ",")
		}
	case OpAliasAdd:
		s = fmt.Sprintf("alias add %s %q", d.Actor, d.Form)
	case OpAliasRemove:
		s = fmt.Sprintf("alias remove %s %q", d.Actor, d.Form)
	case OpRename:
		s = fmt.Sprintf("rename %s %q", d.Actor, d.Name)
	case OpKind:
		s = fmt.Sprintf("kind %s %s", d.Actor, d.Kind)
	case OpRetract, OpUnretract:
		s = fmt.Sprintf("%s %s", d.Op, d.Article)
	default:
		s = string(d.Op)
	}
	return s
}

// ErrDecision is returned (wrapped) for a decision the store refuses: bad
// ids, merging what is declared not the same, undoing what was not done.
var ErrDecision = errors.New("decision refused")

func refuse(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrDecision, fmt.Sprintf(format, args...))
}

// validate checks a decision's fields, without looking at the store.
func (d *Decision) validate() error {
	if !slices.Contains(Ops, d.Op) {
		return refuse("unknown decision %q", d.Op)
	}
	ids := func(names ...string) error {
		for _, id := range names {
			if !ValidID(id) {
				return fmt.Errorf("%w: %q is not an actor id (lowercase letters, digits, hyphens)", ErrInvalidID, id)
			}
		}
		return nil
	}
	switch d.Op {
	case OpMerge, OpNotSame:
		if err := ids(d.Actor, d.Other); err != nil {
			return err
		}
		if d.Actor == d.Other {
			return refuse("%s: an actor with itself", d.Op)
		}
	case OpSplit:
		if err := ids(d.Actor, d.Other); err != nil {
			return err
		}
		if d.Actor == d.Other {
			return refuse("split: the new actor must have another id")
		}
		if len(d.Articles) == 0 && Fold(d.Form) == "" {
			return refuse("split: name the articles or the surface form to move")
		}
	case OpUnmerge:
		return ids(d.Actor)
	case OpAliasAdd, OpAliasRemove:
		if err := ids(d.Actor); err != nil {
			return err
		}
		if Fold(d.Form) == "" {
			return refuse("%s: empty alias", d.Op)
		}
		if len(d.Form) > MaxNameLen {
			return refuse("%s: alias of %d bytes (at most %d)", d.Op, len(d.Form), MaxNameLen)
		}
	case OpRename:
		if err := ids(d.Actor); err != nil {
			return err
		}
		if strings.TrimSpace(d.Name) == "" {
			return refuse("rename: empty name")
		}
		if len(d.Name) > MaxNameLen {
			return refuse("rename: name of %d bytes (at most %d)", len(d.Name), MaxNameLen)
		}
	case OpKind:
		if err := ids(d.Actor); err != nil {
			return err
		}
		k, err := ParseKind(string(d.Kind))
		if err != nil {
			return refuse("%v", err)
		}
		d.Kind = k
	case OpRetract, OpUnretract:
		if strings.TrimSpace(d.Article) == "" || len(d.Article) > MaxArticleIDLen {
			return fmt.Errorf("%w: bad article id %q", ErrInvalidID, d.Article)
		}
	}
	return nil
}

// curation is the c/ record: what the log decided about one actor.
type curation struct {
	Name    string      `json:"name,omitempty"`
	Kind    Kind        `json:"kind,omitempty"`
	Added   []string    `json:"added,omitempty"`    // curated aliases, by form
	Removed []string    `json:"removed,omitempty"`  // removed aliases, by form
	NotSame []string    `json:"not_same,omitempty"` // ids, sorted
	Splits  []splitRule `json:"splits,omitempty"`   // in log order
}

// splitRule moves some mentions of an actor to another.
type splitRule struct {
	Seq      uint64   `json:"seq"`
	To       string   `json:"to"`
	Articles []string `json:"articles,omitempty"`
	Form     string   `json:"form,omitempty"`
}

func (c *curation) empty() bool {
	return c.Name == "" && c.Kind == "" && len(c.Added) == 0 && len(c.Removed) == 0 && len(c.NotSame) == 0 && len(c.Splits) == 0
}

// removed reports whether the folded form was removed from the actor.
func (c *curation) removed(folded string) bool {
	for _, f := range c.Removed {
		if Fold(f) == folded {
			return true
		}
	}
	return false
}

// withoutFold returns forms without those folding to folded.
func withoutFold(forms []string, folded string) []string {
	out := forms[:0:0]
	for _, f := range forms {
		if Fold(f) != folded {
			out = append(out, f)
		}
	}
	return out
}

// curState is the state the decision log builds: merge redirects, actor
// curations and curated aliases. The store keeps it in keys (r/, c/, u/);
// check rebuilds it in memory by replaying the log.
type curState interface {
	redirect(id string) (string, error)
	setRedirect(id, to string) error // "" deletes
	curation(id string) (*curation, error)
	setCuration(id string, c *curation) error
	curatedAlias(folded string) (string, error)
	setCuratedAlias(folded, id string) error // "" deletes
	redirectsTo(id string) ([]string, error) // the ids merged directly into id
}

// group returns id and every id merged into it, directly or not: the ids
// whose mentions are id's.
func group(st curState, id string) ([]string, error) {
	out, seen := []string{id}, map[string]bool{id: true}
	for i := 0; i < len(out); i++ {
		from, err := st.redirectsTo(out[i])
		if err != nil {
			return nil, err
		}
		for _, f := range from {
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return out, nil
}

// final follows redirects from id.
func final(st curState, id string) (string, error) {
	for range 64 {
		to, err := st.redirect(id)
		if err != nil || to == "" {
			return id, err
		}
		id = to
	}
	return "", fmt.Errorf("graph: redirect loop at %s", id)
}

// transition applies a decision to the state and returns the actors whose
// mentions may resolve differently now. Retract and unretract do not touch
// the state.
func transition(st curState, d *Decision) (touched []string, err error) {
	cur := func(id string) (*curation, error) { return st.curation(id) }
	switch d.Op {
	case OpMerge:
		if to, err := st.redirect(d.Actor); err != nil {
			return nil, err
		} else if to != "" {
			return nil, refuse("%s is already merged into %s: unmerge it first", d.Actor, to)
		}
		fa, err := final(st, d.Actor)
		if err != nil {
			return nil, err
		}
		fb, err := final(st, d.Other)
		if err != nil {
			return nil, err
		}
		if fb == d.Actor || fa == fb {
			return nil, refuse("merging %s into %s would make a loop", d.Actor, d.Other)
		}
		// Every id that is d.Actor becomes one with every id that is fb.
		ga, err := group(st, d.Actor)
		if err != nil {
			return nil, err
		}
		gb, err := group(st, fb)
		if err != nil {
			return nil, err
		}
		for _, a := range ga {
			c, err := cur(a)
			if err != nil {
				return nil, err
			}
			for _, b := range gb {
				if slices.Contains(c.NotSame, b) {
					return nil, refuse("%s and %s are declared not the same", a, b)
				}
			}
		}
		if err := st.setRedirect(d.Actor, d.Other); err != nil {
			return nil, err
		}
		return []string{d.Actor, fb}, nil
	case OpUnmerge:
		to, err := st.redirect(d.Actor)
		if err != nil {
			return nil, err
		}
		if to == "" {
			return nil, refuse("%s is not merged into another actor", d.Actor)
		}
		ft, err := final(st, to)
		if err != nil {
			return nil, err
		}
		return []string{d.Actor, ft}, st.setRedirect(d.Actor, "")
	case OpNotSame:
		fa, err := final(st, d.Actor)
		if err != nil {
			return nil, err
		}
		fb, err := final(st, d.Other)
		if err != nil {
			return nil, err
		}
		if fa == fb {
			return nil, refuse("%s and %s are merged: unmerge first", d.Actor, d.Other)
		}
		for _, pair := range [][2]string{{d.Actor, d.Other}, {d.Other, d.Actor}} {
			c, err := cur(pair[0])
			if err != nil {
				return nil, err
			}
			if !slices.Contains(c.NotSame, pair[1]) {
				c.NotSame = append(c.NotSame, pair[1])
				slices.Sort(c.NotSame)
			}
			if err := st.setCuration(pair[0], c); err != nil {
				return nil, err
			}
		}
		return []string{d.Actor, d.Other}, nil
	case OpSplit:
		if to, err := st.redirect(d.Actor); err != nil {
			return nil, err
		} else if to != "" {
			return nil, refuse("%s is merged into %s: split %s instead", d.Actor, to, to)
		}
		c, err := cur(d.Actor)
		if err != nil {
			return nil, err
		}
		arts := slices.Clone(d.Articles)
		slices.Sort(arts)
		c.Splits = append(c.Splits, splitRule{Seq: d.Seq, To: d.Other, Articles: slices.Compact(arts), Form: d.Form})
		if err := st.setCuration(d.Actor, c); err != nil {
			return nil, err
		}
		if d.Name != "" {
			n, err := cur(d.Other)
			if err != nil {
				return nil, err
			}
			n.Name = strings.TrimSpace(d.Name)
			if err := st.setCuration(d.Other, n); err != nil {
				return nil, err
			}
		}
		return []string{d.Actor, d.Other}, nil
	case OpAliasAdd:
		f := Fold(d.Form)
		prev, err := st.curatedAlias(f)
		if err != nil {
			return nil, err
		}
		c, err := cur(d.Actor)
		if err != nil {
			return nil, err
		}
		c.Removed = withoutFold(c.Removed, f)
		c.Added = append(withoutFold(c.Added, f), strings.TrimSpace(d.Form))
		slices.Sort(c.Added)
		if err := st.setCuration(d.Actor, c); err != nil {
			return nil, err
		}
		if prev != "" && prev != d.Actor {
			pc, err := cur(prev)
			if err != nil {
				return nil, err
			}
			pc.Added = withoutFold(pc.Added, f)
			if err := st.setCuration(prev, pc); err != nil {
				return nil, err
			}
		}
		touched = []string{d.Actor, Slug(d.Form)}
		if prev != "" {
			touched = append(touched, prev)
		}
		return touched, st.setCuratedAlias(f, d.Actor)
	case OpAliasRemove:
		f := Fold(d.Form)
		c, err := cur(d.Actor)
		if err != nil {
			return nil, err
		}
		c.Added = withoutFold(c.Added, f)
		c.Removed = append(withoutFold(c.Removed, f), strings.TrimSpace(d.Form))
		slices.Sort(c.Removed)
		if err := st.setCuration(d.Actor, c); err != nil {
			return nil, err
		}
		if prev, err := st.curatedAlias(f); err != nil {
			return nil, err
		} else if prev == d.Actor {
			if err := st.setCuratedAlias(f, ""); err != nil {
				return nil, err
			}
		}
		return []string{d.Actor, Slug(d.Form)}, nil
	case OpRename, OpKind:
		c, err := cur(d.Actor)
		if err != nil {
			return nil, err
		}
		if d.Op == OpRename {
			// A name changes no resolution: only the actor's record and
			// its alias index, which setCuration takes care of.
			c.Name = strings.TrimSpace(d.Name)
			return nil, st.setCuration(d.Actor, c)
		}
		// A kind changes which relations the type rules allow.
		c.Kind = d.Kind
		return []string{d.Actor}, st.setCuration(d.Actor, c)
	}
	return nil, nil
}

// surfaceForms returns the forms an article named a claimed actor by.
func surfaceForms(ca *ClaimActor) []string {
	if len(ca.Surface) > 0 {
		return ca.Surface
	}
	if ca.ID != "" && ca.Source == SourceDictionary {
		return nil // resolved by a dictionary without saying how
	}
	forms := []string{ca.Name}
	if ca.Source != SourceDictionary {
		forms = append(forms, ca.Aliases...)
	}
	return forms
}

// naturalID returns the id the forms would mint on their own, when they
// all agree; "" otherwise.
func naturalID(forms []string, slug func(string) string) string {
	id := ""
	for _, f := range forms {
		s := slug(f)
		if id != "" && s != id {
			return ""
		}
		id = s
	}
	return id
}

// resolveActor returns the actor a claimed actor of an article is, given
// the decision log's state:
//
//  1. the claim's id (a dictionary's), else the slug of its name; a
//     mention discovered under a curated alias resolves to that alias's
//     actor;
//  2. a dictionary's choice is overruled when every form the text used
//     would on its own be an actor declared not the same, or was removed
//     from the actor's aliases: the mention is that other actor;
//  3. then merge redirects and splits are followed.
//
// overruled reports step 2: the mention is then what the text named, not
// the dictionary's entry (see surfaceActor).
func resolveActor(st curState, ca *ClaimActor, article string) (id string, overruled bool, err error) {
	slug, fold := Slug, Fold
	if m, ok := st.(textMemo); ok {
		slug, fold = m.slug, m.fold
	}
	forms := surfaceForms(ca)
	var base string
	if ca.ID == "" {
		base = slug(ca.Name)
		for _, f := range append([]string{ca.Name}, forms...) {
			a, err := st.curatedAlias(fold(f))
			if err != nil {
				return "", false, err
			}
			if a != "" {
				base = a
				break
			}
		}
	} else {
		base = ca.ID
		c, err := st.curation(base)
		if err != nil {
			return "", false, err
		}
		// Only a removed alias or a not-same decision overrules.
		if len(c.Removed) > 0 || len(c.NotSame) > 0 {
			if nat := naturalID(forms, slug); nat != "" && nat != base {
				allRemoved := len(forms) > 0
				for _, f := range forms {
					allRemoved = allRemoved && c.removed(fold(f))
				}
				if allRemoved || slices.Contains(c.NotSame, nat) {
					base, overruled = nat, true
				}
			}
		}
	}
	// A split by form matches the forms the text used: the dictionary's
	// name stands for them only when the claim does not say.
	var folds map[string]bool // computed when a split needs them
	matchesForm := func(form string) bool {
		if folds == nil {
			folds = map[string]bool{}
			for _, f := range forms {
				folds[fold(f)] = true
			}
			if len(forms) == 0 {
				folds[fold(ca.Name)] = true
			}
		}
		return folds[fold(form)]
	}
	for range 64 {
		to, err := st.redirect(base)
		if err != nil {
			return "", false, err
		}
		if to != "" {
			base = to
			continue
		}
		c, err := st.curation(base)
		if err != nil {
			return "", false, err
		}
		moved := false
		for _, sp := range c.Splits {
			if slices.Contains(sp.Articles, article) || (sp.Form != "" && matchesForm(sp.Form)) {
				base, moved = sp.To, true
				break
			}
		}
		if !moved {
			return base, overruled, nil
		}
	}
	return "", false, fmt.Errorf("graph: resolving %q: decisions loop", ca.Name)
}

// textMemo is implemented by a curState that remembers the slugs and
// folds it has computed (the writer's batches: cache.go).
type textMemo interface {
	slug(string) string
	fold(string) string
}

// surfaceActor returns a dictionary-resolved actor whose dictionary choice
// was overruled as the text presents it: named by the forms the text used,
// without the dictionary's names, aliases, country, Wikidata id or
// succession, which belong to the entry it is declared not to be.
func surfaceActor(ca *ClaimActor) ClaimActor {
	forms := surfaceForms(ca)
	return ClaimActor{Name: forms[0], Kind: ca.Kind, Aliases: forms[1:], Mentions: ca.Mentions, Source: SourceExtracted}
}

// memState is a curState in memory: check replays the log into one.
type memState struct {
	redirects map[string]string
	curations map[string]*curation
	aliases   map[string]string
}

func newMemState() *memState {
	return &memState{redirects: map[string]string{}, curations: map[string]*curation{}, aliases: map[string]string{}}
}

func (m *memState) redirect(id string) (string, error) { return m.redirects[id], nil }
func (m *memState) setRedirect(id, to string) error {
	if to == "" {
		delete(m.redirects, id)
	} else {
		m.redirects[id] = to
	}
	return nil
}
func (m *memState) curation(id string) (*curation, error) {
	if c, ok := m.curations[id]; ok {
		cp := c.clone()
		return cp, nil
	}
	return &curation{}, nil
}
func (m *memState) setCuration(id string, c *curation) error {
	if c.empty() {
		delete(m.curations, id)
	} else {
		m.curations[id] = c.clone()
	}
	return nil
}
func (m *memState) redirectsTo(id string) ([]string, error) {
	var out []string
	for from, to := range m.redirects {
		if to == id {
			out = append(out, from)
		}
	}
	slices.Sort(out)
	return out, nil
}
func (m *memState) curatedAlias(f string) (string, error) { return m.aliases[f], nil }
func (m *memState) setCuratedAlias(f, id string) error {
	if id == "" {
		delete(m.aliases, f)
	} else {
		m.aliases[f] = id
	}
	return nil
}

// clone returns a deep copy, so callers may change it freely.
func (c *curation) clone() *curation {
	cp := *c
	cp.Added = slices.Clone(c.Added)
	cp.Removed = slices.Clone(c.Removed)
	cp.NotSame = slices.Clone(c.NotSame)
	cp.Splits = slices.Clone(c.Splits)
	return &cp
}

// scanRedirectsTo returns the ids the r/ keys redirect to id: a scan of
// every redirect, which are few (an analyst's merges).
func scanRedirectsTo(txn *badger.Txn, id string) ([]string, error) {
	var out []string
	it := txn.NewIterator(badger.IteratorOptions{Prefix: keys.Redirect, PrefetchValues: true})
	defer it.Close()
	for it.Seek(keys.Redirect); it.ValidForPrefix(keys.Redirect); it.Next() {
		err := it.Item().Value(func(v []byte) error {
			if string(v) == id {
				out = append(out, string(it.Item().Key()[len(keys.Redirect):]))
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// The batch writes redirects to its transaction at once, so a scan of it
// sees them.
func (b *batch) redirectsTo(id string) ([]string, error) { return scanRedirectsTo(b.txn, id) }
func (tx *Tx) redirectsTo(id string) ([]string, error)   { return scanRedirectsTo(tx.txn, id) }

// Validate checks a decision's fields without looking at a store: what
// [Store.Decide] refuses before logging anything. Publishers of decisions
// (actorgraph merge --nats) check them with it.
func (d *Decision) Validate() error { return d.validate() }
