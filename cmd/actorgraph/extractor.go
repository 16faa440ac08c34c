package main

import (
	"fmt"

	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/loader/extract"
	"github.com/actorgraph/actorgraph/loader/lexicon"
)

// newExtractor builds the default extractor over the embedded lexicon and
// the user dictionaries given with --dict.
func newExtractor(dicts []string) (loader.Extractor, error) {
	lex := lexicon.Default()
	if len(dicts) > 0 {
		var ds []*lexicon.Dictionary
		for _, p := range dicts {
			d, err := lexicon.LoadDictionary(p)
			if err != nil {
				return nil, fmt.Errorf("--dict: %w", err)
			}
			ds = append(ds, d)
		}
		var err error
		if lex, err = lex.With(ds...); err != nil {
			return nil, fmt.Errorf("--dict: %w", err)
		}
	}
	return extract.New(lex), nil
}
