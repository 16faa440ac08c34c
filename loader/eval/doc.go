// Package eval measures an extractor against the gold set: articles
// annotated by docs/CODEBOOK.md with the actors they mention and the
// relations they state (testdata/gold, format in DESIGN.md).
//
// Each gold article is loaded into a fresh in-memory graph through the
// normal loader with the extractor under test; the graph's actors are
// matched one to one with the gold actors (a graph actor counts for at most
// one gold actor, the one whose names it shares most), and its relations
// with the gold relations through that matching. The scores are precision,
// recall and F1 of relations per type, per language and overall, actor
// precision and recall, kind accuracy, direction errors, and agreement on
// hedging, negation and dates; the missed and the spurious relations are
// listed with their sentences.
//
// The held-out part of the gold set is listed, with the SHA-256 of each
// file, in HELDOUT.sha256 beside the gold files: it is measured, never
// tuned on. The package knows nothing of any extractor's internals: it
// takes a [loader.Extractor].
package eval
