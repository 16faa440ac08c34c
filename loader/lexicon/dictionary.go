package lexicon

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/actorgraph/actorgraph/graph"
)

// Dictionary is a user dictionary of actors and aliases, read from a YAML
// or JSON file:
//
//	actors:
//	  - id: wagner-group          # optional: the slug of name when absent
//	    name: Wagner Group        # required for an actor the lexicon lacks
//	    kind: armed_group         # required for an actor the lexicon lacks
//	    aliases: [Wagner, PMC Wagner]
//	    country: RU               # ISO 3166 alpha-2
//	    wikidata: Q1234           # optional
//	    successor_of: some-id     # optional
//	  - name: Amadou Diallo       # an invented leader of an invented group
//	    kind: person
//	    leads:                    # optional: what the person heads, with dates
//	      - {actor: front-du-nord, from: 2024-03}
//	  - id: front-du-nord
//	    name: Front du Nord
//	    kind: armed_group
//
// A leadership fact (the actor led; from and until, optional, as YYYY,
// YYYY-MM or YYYY-MM-DD) is read as the lexicon's own ([Actor.Leads]): the
// extractor then reads « les combattants d'Amadou Diallo » as the group's.
// The actor led may be in the lexicon or in any dictionary added with it;
// a person leads a state, an armed group, a company or an organisation, a
// state an organisation or an armed group.
//
// Add it to a lexicon with [Lexicon.With].
type Dictionary struct {
	Path   string            // the file it was read from
	Actors []DictionaryActor // in file order
	data   []byte            // the file's bytes, for the digest
}

// DictionaryActor is one entry of a [Dictionary], validated: ID is a slug,
// Kind a valid kind or empty (for an entry that adds aliases to a known
// actor), Country two upper-case letters or empty.
type DictionaryActor struct {
	ID          string
	Name        string
	Kind        graph.Kind
	Aliases     []string
	Country     string
	Wikidata    string
	SuccessorOf string
	Leads       []Lead // appended to the actor's, after the lexicon's
	Line        int    // line of the entry in the file, 0 when unknown
}

// DictionaryError reports a problem in a dictionary file. It prints as
// "path:line: actor N (id): reason", leaving out what is unknown.
type DictionaryError struct {
	Path  string
	Line  int    // 0 when unknown
	Entry int    // 1-based index of the actor entry, 0 for the file as a whole
	ID    string // the entry's id, when known
	Err   error
}

// Error implements error.
func (e *DictionaryError) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Entry > 0 {
		fmt.Fprintf(&b, "actor %d", e.Entry)
		if e.ID != "" {
			fmt.Fprintf(&b, " (%s)", e.ID)
		}
		b.WriteString(": ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the underlying error.
func (e *DictionaryError) Unwrap() error { return e.Err }

func (d *Dictionary) entryError(i int, err error) error {
	e := d.Actors[i]
	return &DictionaryError{Path: d.Path, Line: e.Line, Entry: i + 1, ID: e.ID, Err: err}
}

// dictEntry is an entry as written.
type dictEntry struct {
	ID          string      `json:"id" yaml:"id"`
	Name        string      `json:"name" yaml:"name"`
	Kind        string      `json:"kind" yaml:"kind"`
	Aliases     []string    `json:"aliases" yaml:"aliases"`
	Country     string      `json:"country" yaml:"country"`
	Wikidata    string      `json:"wikidata" yaml:"wikidata"`
	SuccessorOf string      `json:"successor_of" yaml:"successor_of"`
	Leads       []leadEntry `json:"leads" yaml:"leads"`
}

var dictFields = map[string]bool{"id": true, "name": true, "kind": true, "aliases": true, "country": true, "wikidata": true, "successor_of": true, "leads": true}

var leadFields = map[string]bool{"actor": true, "from": true, "until": true}

// LoadDictionary reads a user dictionary: YAML for .yaml and .yml files,
// JSON for .json files. Parsing is strict: an unknown field, a bad id,
// kind, country or wikidata id, or a duplicate id is an error, reported
// as a [*DictionaryError] naming the file, the line when known and the
// entry; when several entries are bad, the errors are joined.
func LoadDictionary(path string) (*Dictionary, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("lexicon: dictionary: %w", err)
	}
	return ParseDictionary(path, b)
}

// ParseDictionary parses a dictionary held in memory; name is reported in
// errors and its extension chooses the format, as in [LoadDictionary].
func ParseDictionary(name string, data []byte) (*Dictionary, error) {
	var (
		entries []dictEntry
		lines   []int
		err     error
	)
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yaml", ".yml":
		entries, lines, err = parseDictYAML(name, data)
	case ".json":
		entries, lines, err = parseDictJSON(name, data)
	default:
		return nil, &DictionaryError{Path: name, Err: fmt.Errorf("unknown dictionary format %q (want .yaml, .yml or .json)", filepath.Ext(name))}
	}
	if err != nil {
		return nil, err
	}
	d := &Dictionary{Path: name, data: data}
	var errs []error
	first := map[string]int{}
	for i, e := range entries {
		fail := func(format string, args ...any) {
			errs = append(errs, &DictionaryError{Path: name, Line: lines[i], Entry: i + 1, ID: e.ID, Err: fmt.Errorf(format, args...)})
		}
		e.Name = strings.TrimSpace(e.Name)
		if e.ID == "" {
			if e.Name == "" {
				fail("an entry needs an id or a name")
				continue
			}
			e.ID = graph.Slug(e.Name)
		}
		if !graph.ValidID(e.ID) {
			fail("id %q is not a slug (lowercase letters, digits, hyphens)", e.ID)
			continue
		}
		if j, dup := first[e.ID]; dup {
			fail("duplicate id %s (first at actor %d)", e.ID, j+1)
			continue
		}
		first[e.ID] = i
		a := DictionaryActor{ID: e.ID, Name: e.Name, Wikidata: e.Wikidata, SuccessorOf: e.SuccessorOf, Line: lines[i]}
		if e.Kind != "" {
			k, err := graph.ParseKind(e.Kind)
			if err != nil {
				fail("%v", err)
				continue
			}
			a.Kind = k
		}
		if e.Country != "" {
			a.Country = strings.ToUpper(e.Country)
			if !countryRE.MatchString(a.Country) {
				fail("country %q is not an ISO 3166 alpha-2 code", e.Country)
				continue
			}
		}
		if e.Wikidata != "" && !wikidataRE.MatchString(e.Wikidata) {
			fail("wikidata %q is not an item id (Q followed by digits)", e.Wikidata)
			continue
		}
		if e.SuccessorOf != "" && !graph.ValidID(e.SuccessorOf) {
			fail("successor_of %q is not an actor id", e.SuccessorOf)
			continue
		}
		for _, al := range e.Aliases {
			if Key(al) == "" {
				fail("alias %q has no words", al)
			} else {
				a.Aliases = append(a.Aliases, strings.TrimSpace(al))
			}
		}
		for _, le := range e.Leads {
			l, err := le.lead()
			if err != nil {
				fail("%v", err)
				continue
			}
			a.Leads = append(a.Leads, l)
		}
		d.Actors = append(d.Actors, a)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return d, nil
}

// parseDictYAML reads the YAML form, checking the fields itself so that an
// unknown one is reported with its line.
func parseDictYAML(name string, data []byte) ([]dictEntry, []int, error) {
	fileErr := func(line int, err error) error { return &DictionaryError{Path: name, Line: line, Err: err} }
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, nil, fileErr(0, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil, nil // an empty file is an empty dictionary
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, nil, fileErr(root.Line, errors.New("want a mapping with an actors list"))
	}
	var list *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		k := root.Content[i]
		if k.Value != "actors" {
			return nil, nil, fileErr(k.Line, fmt.Errorf("unknown field %q (want actors)", k.Value))
		}
		list = root.Content[i+1]
	}
	if list == nil || (list.Kind == yaml.ScalarNode && list.Tag == "!!null") {
		return nil, nil, nil
	}
	if list.Kind != yaml.SequenceNode {
		return nil, nil, fileErr(list.Line, errors.New("actors: want a list"))
	}
	entries := make([]dictEntry, len(list.Content))
	lines := make([]int, len(list.Content))
	for i, n := range list.Content {
		lines[i] = n.Line
		entryErr := func(line int, err error) error {
			return &DictionaryError{Path: name, Line: line, Entry: i + 1, Err: err}
		}
		if n.Kind != yaml.MappingNode {
			return nil, nil, entryErr(n.Line, errors.New("want a mapping of id, name, kind, aliases, country, wikidata, successor_of, leads"))
		}
		for j := 0; j+1 < len(n.Content); j += 2 {
			if k := n.Content[j]; !dictFields[k.Value] {
				return nil, nil, entryErr(k.Line, fmt.Errorf("unknown field %q", k.Value))
			}
			if n.Content[j].Value == "leads" && n.Content[j+1].Kind == yaml.SequenceNode {
				for _, l := range n.Content[j+1].Content {
					for m := 0; l.Kind == yaml.MappingNode && m+1 < len(l.Content); m += 2 {
						if k := l.Content[m]; !leadFields[k.Value] {
							return nil, nil, entryErr(k.Line, fmt.Errorf("leads: unknown field %q (want actor, from, until)", k.Value))
						}
					}
				}
			}
		}
		if err := n.Decode(&entries[i]); err != nil {
			return nil, nil, entryErr(n.Line, err)
		}
	}
	return entries, lines, nil
}

// parseDictJSON reads the JSON form, walking the tokens so that each entry
// is decoded strictly and known by its line.
func parseDictJSON(name string, data []byte) ([]dictEntry, []int, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	fail := func(entry int, err error) error {
		line := lineAt(data, int(dec.InputOffset()))
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line = lineAt(data, int(se.Offset))
		}
		return &DictionaryError{Path: name, Line: line, Entry: entry, Err: err}
	}
	expect := func(want json.Delim) error {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		if d, ok := t.(json.Delim); !ok || d != want {
			return fmt.Errorf("want %q, found %v", want, t)
		}
		return nil
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil, nil
	}
	if err := expect('{'); err != nil {
		return nil, nil, fail(0, fmt.Errorf("want an object with an actors list: %w", err))
	}
	var (
		entries []dictEntry
		lines   []int
	)
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, nil, fail(0, err)
		}
		if t != "actors" {
			return nil, nil, fail(0, fmt.Errorf("unknown field %q (want actors)", t))
		}
		if err := expect('['); err != nil {
			return nil, nil, fail(0, fmt.Errorf("actors: want a list: %w", err))
		}
		for dec.More() {
			line := lineAt(data, skipSpace(data, int(dec.InputOffset())))
			var e dictEntry
			if err := dec.Decode(&e); err != nil {
				de := fail(len(entries)+1, err).(*DictionaryError)
				de.Line = line
				return nil, nil, de
			}
			entries = append(entries, e)
			lines = append(lines, line)
		}
		if err := expect(']'); err != nil {
			return nil, nil, fail(0, err)
		}
	}
	if err := expect('}'); err != nil {
		return nil, nil, fail(0, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, nil, fail(0, errors.New("data after the end of the object"))
	}
	return entries, lines, nil
}

// skipSpace returns the offset of the first byte at or after off that is
// not JSON white space or a comma.
func skipSpace(data []byte, off int) int {
	for off < len(data) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
		off++
	}
	return off
}

// lineAt returns the 1-based line of a byte offset.
func lineAt(data []byte, off int) int {
	off = min(max(off, 0), len(data))
	return bytes.Count(data[:off], []byte{'\n'}) + 1
}
