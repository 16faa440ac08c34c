// Package export writes a graph, or the part of it a [Filter] selects, as
// Graphviz DOT ([DOT]) for drawing and as networkx node-link JSON ([JSON])
// for networkx, pandas and other tools.
//
// The exporters read through [Reader], a narrow interface that
// [*graph.Tx] implements; run them inside [graph.Store.View] so that the
// whole export sees one consistent graph:
//
//	err := store.View(ctx, func(tx *graph.Tx) error {
//		return export.DOT(ctx, w, tx, export.Filter{Actor: "mali", Depth: 2}, export.DOTOptions{})
//	})
//
// # Filters
//
// A [Filter] means the same in every format (the command's flags and the
// GraphQL API are meant to map onto it):
//
//   - Types and Kinds keep relations of these types, and whose two ends both
//     have one of these kinds.
//   - Actor and Depth keep the ego network of an actor: the actors within
//     Depth relations of it (Depth 0 means 1), reached along the relations
//     the rest of the filter selects, and the relations among them. Merge
//     redirects are followed; an unknown actor is an error wrapping
//     graph.ErrNotFound.
//   - Since and Until keep only evidence whose event date falls in the
//     period. The relations are recounted from that evidence (counts,
//     weight, confidence, first and last seen), and a relation with none
//     left is not exported. Undated evidence is in no bounded period.
//   - MinConfidence drops relations below a confidence (as recounted).
//   - ExcludeHedged counts only asserted (and negated) evidence.
//   - IncludeNegated also exports relations whose counted evidence is all
//     negated; by default a denial is not an edge.
//   - Isolated also exports the actors that have no exported relation:
//     every actor matching Kinds, or with Actor, those of the ego set
//     matching Kinds. By default
//     the nodes are exactly the ends of the exported relations.
//
// [Filter.RelationFilter] gives the [graph.RelationFilter] an export uses,
// for callers that want the same selection through the graph API.
//
// # Order, determinism and memory
//
// Both formats write the nodes in id order, then the relations in (from,
// type, to) order, each relation's evidence in date order (undated first),
// then article (in the order of a hash of its id), sentence and index. No
// map order, time or randomness enters the output: the same graph gives
// byte-identical exports, however and in whatever order it was loaded. The exporters stream: they hold the set of
// exported node ids (collected in a first pass over the relations, unless
// Isolated lists the actors directly), the distinct extraction fingerprints
// and a bounded cache of recently used articles, never all relations or
// evidence. Output goes through a buffer; the first error, of the reader,
// of the writer or of the context, stops the export and is returned.
//
// # DOT
//
// [DOT] writes "digraph actorgraph" with rankdir=LR. Node ids are actor ids,
// labels actor names. Every id and string, names included, goes through
// [Quote]: always double-quoted, '"' and '\' escaped, line breaks written
// as \n, other control characters dropped, invalid UTF-8 replaced. A name
// such as "<b>x</b>" is therefore plain text, never an HTML label.
//
// Nodes, by kind (style=filled):
//
//	state         box        #a6cee3 light blue
//	armed_group   octagon    #fb9a99 light red
//	company       component  #fdbf6f light orange
//	person        ellipse    #b2df8a light green
//	organisation  hexagon    #cab2d6 light purple
//
// Edges, by type:
//
//	allied     #33a02c green   dir=none (symmetric)
//	opposed    #e31a1c red     dir=none (symmetric)
//	supplies   #1f78b4 blue    arrowhead=normal
//	trains     #6a3d9a purple  arrowhead=vee
//	member_of  #b15928 brown   arrowhead=onormal
//	leads      #ff7f00 orange  arrowhead=normal
//
// An edge is solid; dashed when its evidence is hedged only (none
// asserted); dotted grey (#9e9e9e) when it is all negated, which only
// IncludeNegated exports. Negated evidence is otherwise never drawn: it
// does not add to the weight. The pen width grows with the logarithm of
// the weight (distinct supporting articles), from 1 to at most 5. Every
// edge has a tooltip with its type, weight, confidence, counts and first
// and last seen; [DOTOptions] can also label edges with type and weight.
// The graph's comment attribute records the schema and the filter applied.
//
// # JSON
//
// [JSON] writes one object in the networkx node-link layout, read by
// networkx.node_link_graph(data, edges="links") (networkx 3.4 and later;
// link="links" or the default in earlier versions) as a MultiDiGraph:
//
//	{"directed": true, "multigraph": true,
//	 "nodes": [{"id", "name", "kind", "aliases": [{"form", "source"}],
//	            "country", "wikidata", "successor_of",
//	            "first_seen", "last_seen", "mentions", "articles"}, ...],
//	 "links": [{"source", "target", "key", "type", "symmetric",
//	            "asserted", "hedged", "negated", "articles", "outlets",
//	            "weight", "confidence", "first_seen", "last_seen",
//	            "evidence": [{"article", "url", "title", "outlet", "article_date",
//	                          "sentence", "sentence_text", "start", "end",
//	                          "date", "date_precision", "hedged", "negated",
//	                          "attribution", "trigger", "rule", "supplied",
//	                          "extractor", "confidence"}, ...]}, ...],
//	 "graph": {"schema": "actorgraph/1", "filter": {...}, "evidence": true,
//	           "fingerprints": [...]}}
//
// A link's "key" is its type, so MultiDiGraph edge keys are stable
// (G.edges["russia", "mali", "trains"]). A symmetric relation (allied,
// opposed) is one link with source < target and "symmetric": true. A
// link's evidence is the evidence its counts were made from: in the
// filter's period, without hedged records under ExcludeHedged, negated
// records included (marked "negated"), so its length is asserted + hedged
// + negated. Dates are strings of their precision ("2024", "2024-10",
// "2024-10-05") or null; what is unknown or unstated is null rather than ""
// or 0 (a missing URL, offsets both zero, an evidence confidence the
// extractor did not give). Strings are not HTML-escaped.
//
// The "graph" object comes last, after "links": its "fingerprints" are the
// sorted distinct extraction fingerprints of the articles of the exported
// evidence, collected while the links are streamed, which spares a pass
// over all the evidence before writing. Key order does not matter to
// networkx or to any JSON reader. Its "filter" records what was applied:
// types and kinds in canonical order, the actor as resolved, the effective
// depth. [JSONOptions] can omit the evidence arrays (the evidence is still
// read for the fingerprints) and indent the output.
package export
