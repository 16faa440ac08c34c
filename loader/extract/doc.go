// Package extract is the default extractor: it reads an article and
// returns its claims (graph.Claims), the actors the text mentions and the
// relations its sentences state, each with the evidence it came from.
//
// It is deliberately simple, so that every claim can be explained by the
// rule that made it; a later extractor, written against a gold set, will
// be more precise. Extraction is a pure function of the article and the
// lexicon (package lexicon, with the user's dictionaries): the same input
// always gives the same claims, whatever the order or parallelism of
// loading. An [*Extractor] is safe for concurrent use.
//
// # Steps
//
//  1. Normalisation, for matching only: Unicode NFC, typographic
//     apostrophes, quotes and dashes made ASCII, no-break and thin spaces
//     made spaces. A map from every normalised byte back to the original
//     text keeps every offset in the article's text as it was read.
//  2. Language: the article's own, else the language whose stopwords occur
//     most ([Extractor.Language]); when none is identified, or the
//     language has no data, the data of every language are used.
//  3. Sentences ([Extractor.Sentences]): a blank line, or a line end not
//     followed by a lower-case continuation, always ends a sentence, so a
//     title or a photo caption stands alone. Inside a paragraph a sentence
//     ends at ".", "!", "?" or "…" (with closing quotes or brackets)
//     followed by a space and a word not in lower case, except after a
//     single letter ("M.", "U.S.") or an abbreviation of the language
//     ("Gen.", "Mr.", "ndlr."); "1.500" has no space after its dot.
//  4. Photo credits: from "Image :", "Photo:", "Crédit photo :" (the credit
//     words of the language, opening a line or following a sentence) to
//     the end of the line, and any "NAME/AGENCY" run ("Jean Dupont/AFP/Getty
//     Images"), are credits: nothing in them is an actor or a trigger.
//  5. Mentions: at each word, the longest form of an actor of the lexicon,
//     compared word by word after graph.Fold ("Goita" is "Goïta",
//     "l'armée malienne" is Mali, "Ankara" is Turkey). A form with two
//     capitals in a word ("US", "FAMa") must match with its capitals.
//     When two actors share a form (a user dictionary may do that), the
//     one whose canonical name it is wins, then the smaller id. No actor
//     outside the lexicon is discovered.
//  6. Relations, within one sentence: each trigger phrase of the language
//     (longest first) relates the actor named just before it to the one
//     just after it, each at most 12 words away, with the actors listed
//     with them ("le Mali, le Burkina Faso et le Niger"). Active phrases
//     read before → after, passive ones ("formés par", "trained by",
//     "received", "de fabrication") after → before; an active phrase
//     whose second actor follows a passive marker ("par", "by") reads as
//     passive (rule suffix "/by"). For allied and opposed, a trigger
//     before two actors joined by "et", "contre", "and", "against"...
//     relates them ("affrontements entre les FSR et l'armée", suffix
//     "/between"). Pairs the type rules refuse (graph.RelType.Allows) are
//     dropped, except "Malian President Assimi Goïta": a leads title
//     between an organisation and a person, all adjacent, is read person
//     first (suffix "/kinds"). An actor is never related to itself; a
//     sentence gives one record per relation.
//  7. Evidence: the sentence as written with its byte offsets (text[Start:End]
//     is the sentence), its index, the trigger as written, the rule
//     ("fr/trigger/supplies/active", "en/trigger/trains/passive/by"),
//     hedged when a hedge cue of the language is in the sentence
//     ("aurait", "selon", "reportedly", "according to"), negated when a
//     negation cue ("dément", "n'a pas", "denied", "did not") comes before
//     the trigger in its clause (clauses end at ";"), the attribution
//     (the words after "selon", "according to", up to a comma), the event
//     date nearest the trigger ("le 12 mars 2024" day, "en septembre 2021"
//     month, "in 2023" year; none leaves it zero and the store uses the
//     article's date), what was supplied ("drones Bayraktar TB2") and a
//     confidence: [ConfidenceAsserted], [ConfidenceHedged] in a hedged
//     sentence, less [FallbackPenalty] for "/between" and "/kinds".
//  8. Claims: every actor mentioned, related or not, with its lexicon id,
//     kind, name, country, wikidata id, successor_of, the lexicon's
//     aliases (source "dictionary") and its number of mentions, sorted by
//     id; the relations in the order of their first evidence, symmetric
//     ones with From < To; the article copied with its content hash, its
//     language when identified and the fingerprint ([Extractor.Fingerprint]:
//     "simple/2+" and 16 hex digits of the lexicon's digest).
//
// # Known limits
//
// Nearest-actor pairing reads relative clauses and appositions wrongly
// ("ISWAP, which split from Boko Haram, pledged allegiance to the Islamic
// State" relates Boko Haram), ambiguous triggers fire on their other sense
// ("ont formé l'Alliance" is read as training), negation is a cue before
// the trigger, not a parse, and actors absent from the lexicon are not
// found. These are the later extractor's work.
package extract
