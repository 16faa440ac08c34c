// Package lexicon holds the data the extractor matches text against: the
// actors it knows, with their names in each language, and per language the
// trigger phrases of each relation type, hedging and negation cues, month
// names, abbreviations and stopwords.
//
// The data are files embedded in the binary (data/actors/*.yaml, one per
// kind of actor, read in name order, an id defined once; data/common.yaml;
// and one data/lang/CODE.yaml per language); they state
// public facts in our own words and stay human-editable. An actor may list
// the actors it heads or headed ([Actor.Leads], with dates: a person a
// state or a group, a state a coalition or a mission); [Actor.LedAt]
// gives the one of an article's date. They help the extractor read text
// ("Assad's forces", "the Kenya-led mission") and are never reported as
// relations by themselves. Adding a language
// is adding a file: nothing in the code names French or English.
//
// # Lexicons
//
// [Default] returns the embedded data, parsed once. [Lexicon.With] returns a
// new lexicon that adds user dictionaries ([LoadDictionary]) to it: a user
// entry with a new id adds an actor, one with a known id adds aliases to it.
// A lexicon is immutable and safe for concurrent use; so are the [Actor] and
// [Language] values it hands out, which callers must not modify.
//
// [Lexicon.Digest] is a SHA-256 over the embedded files and the dictionaries
// in the order they were added; the extractor puts it in the extraction
// fingerprint, so that a change of data re-extracts the articles.
//
// # Matching
//
// Forms and phrases are compared word by word after folding: [Terms] splits
// a string into words (runs of letters, digits and marks; apostrophes,
// hyphens, dots and slashes separate words) and folds each with
// [graph.Fold], so "l'armée malienne" is the words "l", "armee", "malienne".
// A form that has a word with two or more capitals ("US", "FAMa", "RSF")
// must be matched with its capitals ([CaseSensitive]), so that the English
// pronoun "us" or the French "eau" are not actors.
//
// # Drawing actors and phrases (for a corpus generator)
//
// A synthetic-corpus generator draws actors by kind with [Lexicon.ActorsByKind]
// and writes them with [Actor.Names] (noun phrases in a language, the most
// natural first) or [Actor.Demonyms]; it draws relation phrases with
// [Lexicon.Triggers], whose [Trigger.Voice] says which actor comes first:
//
//	lex := lexicon.Default()
//	states := lex.ActorsByKind(graph.KindState)
//	for _, tr := range lex.Triggers("en", graph.Trains) {
//		// tr.Voice == lexicon.Active:  "<trainer> <tr.Phrase> <trainee>"
//		// tr.Voice == lexicon.Passive: "<trainee> <tr.Phrase> <trainer>"
//	}
//
// Hedges, negations and month names are in [Language]. Every list keeps the
// order of the data files, so a generator with a seeded random source draws
// the same corpus every time.
package lexicon
