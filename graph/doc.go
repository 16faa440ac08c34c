// Package graph is actorgraph's domain model and its Badger store: the
// actors of armed conflict and politics (states, armed groups, companies,
// people, organisations), the typed relations between them (allied,
// opposed, supplies, trains, member_of, leads) and the evidence every
// relation is derived from.
//
// # The model
//
// [Evidence] is the truth: one record per (sentence, relation) of an
// [Article], with its offsets, event date, hedging, negation, attribution,
// trigger and rule. Everything else is derived from it and maintained
// incrementally: a [Relation] per (from, type, to) with counts by status,
// distinct articles and outlets, weight, confidence and first/last seen; an
// [Actor] per id with its name, kind and aliases (by votes of the articles
// mentioning it, so load order does not matter), mentions and dates.
// [Store.Check] recomputes all of it from the evidence and reports any
// difference.
//
// Relation types have direction rules ([RelType.Allows]): a claim joining
// kinds its type does not allow is rejected and counted, never stored under
// another type. Symmetric types (allied, opposed) are stored once with
// From < To and found from both ends.
//
// # Writing
//
// [Open] a directory (or an in-memory store for tests), then [Store.Ingest]
// one article's [Claims] at a time, from as many goroutines as you like:
// one writer goroutine commits whole articles, several per transaction.
// Ingesting an article again with the same content hash and extraction
// fingerprint changes nothing; a new hash or fingerprint replaces its
// evidence; [Store.Retract] removes it for good.
//
// # Reading
//
// Reads run in a consistent snapshot ([Store.View] and [Tx]) and never wait
// for the writer: actors by id, folded alias ([Fold]: "Goita" finds
// "Goïta"), kind or name prefix; relations selected by a [RelationFilter]
// (types, ends, kinds, a period in which only dated evidence counts,
// minimum confidence, hedged or negated evidence); evidence; neighbours,
// shortest paths and ego subgraphs. The Store methods of the same names run
// one read each.
//
// # Storage
//
// The key layout is documented in package graph/internal/keys and in
// docs/DESIGN-NOTES.md. The layout version ([LayoutVersion]) is kept under
// m/version; [Open] refuses another version with [ErrVersion] and a
// directory held by another process with [ErrLocked]. A database of the
// layout before ([OlderLayoutVersion]) opens read-only with
// Options.OlderLayout for actorgraph rebuild, which converts it.
//
// Badger maps its files into memory, so a full disk would kill the process
// (SIGBUS) rather than fail a write. A writable store therefore keeps a
// headroom of free disk space (Options.MinFree, [DefaultMinFree] by
// default): it refuses to open, and refuses each write batch, decision or
// restore, with [ErrDiskFull] when the free space is below it. A writable
// [Open] on a read-only mount returns [ErrReadOnlyFS]; open such a
// database with Options.ReadOnly. A garbled derived record never keeps a
// store from opening: [Open] recomputes unreadable counters
// ([Store.OpenRepairs]) and [Store.Check] reports the others.
//
// The relations of an actor are read by two prefix scans (out-relations
// with their aggregates, in-relations with a summary of theirs), so
// neighbours, paths and ego networks read no other key; list pages seek to
// their cursor ([Tx.EachRelationAfter], [Tx.EachArticleAfter]).
package graph
