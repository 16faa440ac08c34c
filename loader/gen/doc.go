// Package gen generates a deterministic synthetic corpus of news-like
// articles about the actors of the lexicon, for benchmarks and tests: a
// corpus of any size (a thousand articles, a hundred thousand) that the
// real extractor reads as it reads news, with relations of every type,
// hedged and denied claims, dates, noise and hubs.
//
// # Determinism
//
// Article i is a function of the seed and i only: its random source is a
// PCG seeded from both ([Generator.Article]). So the same seed gives the
// same corpus byte for byte whatever the number of workers, any subset of
// a corpus can be made alone ([Options].Start), and a different seed gives
// a different corpus. Nothing depends on the clock or on map order; the
// corpus does depend on the lexicon (a user dictionary adds actors) and on
// this package's templates, so a benchmark records the version it ran.
//
// [Generate] streams articles to a function in index order, a batch at a
// time made by several goroutines; it never holds the corpus.
//
// # What an article holds
//
// An article is in French or English (drawn per article among
// [Options].Langs), 2 to 8 KB of text ([MinTextBytes], [MaxTextBytes]) in
// 5 to 20 paragraphs, with a title, a date between 2015 and 2025 (month
// only for about one in seven), one of ten invented outlets per language
// drawn with Zipf-like weights (some write typographic apostrophes), a URL
// https://<outlet domain>/<year>/<slug of the title>-<i> on a reserved
// ".example" domain, and the id "gen-<seed>-<i>".
//
// Each article is about one or two theatres (the Sahel, Sudan, the Great
// Lakes, the Horn of Africa, ...): the lexicon's actors whose country is
// one of the theatre's, a few organisations and groups without a country,
// and the powers present everywhere (Russia, France, the United States,
// Turkey, China, the UN, the AU, the EU, the UAE, Iran, their companies and
// leaders). Actors are drawn by Zipf-like weights on their prominence, 4 to
// 15 per article, so a few become hubs with thousands of relations in a
// large corpus; a person brings the actor they lead.
//
// About a third of the sentences state a relation, written from sentence
// templates per language and type with the lexicon's trigger phrases in
// active and passive voice ("a livré ... au", "received ... from", "formés
// par", "de fabrication turque", "led by", lists of members, "between X and
// Y"), and actor forms drawn from the lexicon: names, aliases, capitals,
// institutions ("l'armée malienne") and demonym phrases ("Russian
// instructors"), with titles ("M.", "Gen."). Pairs respect the type rules
// ([graph.RelType.Allows]) and favour, per pair of actors, one relation
// fixed by the seed, so evidence piles up on consistent edges. About 20%
// of relation sentences are hedged ("aurait", "reportedly", "selon des
// sources sécuritaires"), 5% denied ("a démenti avoir livré", "denied
// supplying"), 30% dated ("en mars 2023", "on 12 March 2024"); supplies
// name what is supplied ("des drones", "armoured vehicles").
//
// The rest is noise: actors meeting, visiting or making statements without
// a relation, filler about weather, prices and displacement, quotes from
// unnamed officials, photo captions with a credit line ("Image : NAME/AFP"),
// and numbers written the language's way ("1.500", "1,500"). Filler names
// no actor, and within an article no filler or quote repeats until all
// have been used.
//
// The templates are in lang_fr.go and lang_en.go, written for actorgraph;
// only actor names and trigger phrases come from the lexicon. A template's
// trigger forms that the lexicon lacks are dropped when the generator is
// built, and a template left without any is an error, so a change of the
// lexicon cannot silently empty a relation type.
//
// # Files
//
// The command "actorgraph gen" writes a corpus with [TxtPath] and
// [AppendTxt] (one file per article, "DIR/NNNN/NNNNNNN.txt", a folder per
// thousand articles) or [AppendJSONL] ("DIR/corpus-<seed>.jsonl"); the
// loader reads both back to the same articles.
package gen
