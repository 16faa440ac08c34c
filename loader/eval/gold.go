package eval

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// GoldActor is an actor the annotator noted, with every name the article
// uses for it.
type GoldActor struct {
	Name    string     `json:"name"`
	Kind    graph.Kind `json:"kind"`
	Aliases []string   `json:"aliases,omitempty"`
}

// GoldRelation is a relation the article states. From and To list the
// acceptable actors by name; allied and opposed match either way round.
type GoldRelation struct {
	From     []string      `json:"from"`
	Type     graph.RelType `json:"type"`
	To       []string      `json:"to"`
	Hedged   bool          `json:"hedged"`
	Negated  bool          `json:"negated"`
	Date     string        `json:"date,omitempty"`
	Evidence string        `json:"evidence"`
}

// Gold is one annotated article.
type Gold struct {
	ID        string         `json:"id"`
	Lang      string         `json:"lang"`
	Date      string         `json:"date,omitempty"`
	TextPath  string         `json:"text_path,omitempty"`
	Note      string         `json:"note,omitempty"`
	Actors    []GoldActor    `json:"actors"`
	Relations []GoldRelation `json:"relations"`

	// File is the gold file, Text the article file it names (ID.txt beside
	// it, or text_path); HeldOut is set for the held-out part.
	File    string `json:"-"`
	Text    string `json:"-"`
	HeldOut bool   `json:"-"`
}

// HeldOutFile is the name of the list of held-out files, in the format of
// sha256sum: "<hex sha256>  <file name>" per line.
const HeldOutFile = "HELDOUT.sha256"

// ReadGold reads every *.json gold file of dir, in name order, checks it
// (kinds, types, names, type rules, dates) and finds its text. Files listed
// in HELDOUT.sha256 are marked HeldOut. A broken file is an error naming
// the file.
func ReadGold(dir string) ([]*Gold, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("eval: no gold files (*.json) in %s", dir)
	}
	sort.Strings(names)
	held, err := ReadHeldOut(dir)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	heldFiles := map[string]bool{}
	for f := range held {
		heldFiles[f] = true
	}
	var out []*Gold
	ids := map[string]string{}
	for _, name := range names {
		g, err := readGoldFile(name)
		if err != nil {
			return nil, err
		}
		if prev, dup := ids[g.ID]; dup {
			return nil, fmt.Errorf("eval: %s: id %q already used by %s", name, g.ID, prev)
		}
		ids[g.ID] = name
		g.HeldOut = heldFiles[filepath.Base(name)] || heldFiles[filepath.Base(g.Text)]
		out = append(out, g)
	}
	return out, nil
}

func readGoldFile(name string) (*Gold, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	var g Gold
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("eval: %s: %w", name, err)
	}
	g.File = name
	bad := func(format string, args ...any) error {
		return fmt.Errorf("eval: %s: %s", name, fmt.Sprintf(format, args...))
	}
	if g.ID == "" {
		return nil, bad("no id")
	}
	if g.Lang == "" {
		return nil, bad("no lang")
	}
	if _, err := graph.ParseDate(g.Date); err != nil {
		return nil, bad("date: %v", err)
	}
	kinds := map[string]graph.Kind{}
	for i, a := range g.Actors {
		k, err := graph.ParseKind(string(a.Kind))
		if err != nil {
			return nil, bad("actor %d (%s): %v", i+1, a.Name, err)
		}
		g.Actors[i].Kind = k
		if strings.TrimSpace(a.Name) == "" {
			return nil, bad("actor %d has no name", i+1)
		}
		if _, dup := kinds[a.Name]; dup {
			return nil, bad("actor name %q given twice", a.Name)
		}
		kinds[a.Name] = k
	}
	for i, r := range g.Relations {
		t, err := graph.ParseRelType(string(r.Type))
		if err != nil {
			return nil, bad("relation %d: %v", i+1, err)
		}
		g.Relations[i].Type = t
		if len(r.From) == 0 || len(r.To) == 0 {
			return nil, bad("relation %d: from and to must name actors", i+1)
		}
		for _, n := range append(append([]string(nil), r.From...), r.To...) {
			if _, ok := kinds[n]; !ok {
				return nil, bad("relation %d: %q is not the name of an actor of the file", i+1, n)
			}
		}
		for _, f := range r.From {
			for _, to := range r.To {
				if !t.Allows(kinds[f], kinds[to]) && !(t.Symmetric()) {
					return nil, bad("relation %d: %s %s %s breaks the type rules (%s)", i+1, f, t, to, t.RuleText())
				}
			}
		}
		if _, err := graph.ParseDate(r.Date); err != nil {
			return nil, bad("relation %d: date: %v", i+1, err)
		}
	}
	if g.Text, err = findText(name, &g); err != nil {
		return nil, bad("%v", err)
	}
	return &g, nil
}

// findText returns the article file of a gold file: text_path, resolved
// against the gold file's folder and then each folder above it (so that
// "../shared/seed/x.txt" works from testdata/gold in a clone with shared/
// beside it), else ID.txt beside the gold file.
func findText(name string, g *Gold) (string, error) {
	dir := filepath.Dir(name)
	if g.TextPath == "" {
		p := filepath.Join(dir, g.ID+".txt")
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("no article file %s", p)
		}
		return p, nil
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := abs; ; d = filepath.Dir(d) {
		p := filepath.Join(d, g.TextPath)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("text_path %s: %w", g.TextPath, os.ErrNotExist)
		}
	}
}

// ReadHeldOut reads HELDOUT.sha256 of dir: file name → hex SHA-256.
func ReadHeldOut(dir string) (map[string]string, error) {
	f, err := os.Open(filepath.Join(dir, HeldOutFile))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		sum, file, ok := strings.Cut(s, "  ")
		if !ok || len(sum) != 64 {
			return nil, fmt.Errorf("eval: %s:%d: want \"<sha256>  <file>\"", HeldOutFile, line)
		}
		out[strings.TrimSpace(file)] = sum
	}
	return out, sc.Err()
}

// FileSHA256 returns the hex SHA-256 of a file.
func FileSHA256(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

// Part returns the gold articles of one part: the held-out ones, or the
// tuning ones (all the others).
func Part(golds []*Gold, heldOut bool) []*Gold {
	var out []*Gold
	for _, g := range golds {
		if g.HeldOut == heldOut {
			out = append(out, g)
		}
	}
	return out
}
