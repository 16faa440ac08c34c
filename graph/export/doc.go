// Package export writes a graph, or the part of it a [Filter] selects, as
// Graphviz DOT ([DOT]) for drawing, as networkx node-link JSON ([JSON])
// for networkx, pandas and other tools, as GraphML ([GraphML]) for
// networkx, igraph, Cytoscape and yEd, as GEXF ([GEXF]) for Gephi's
// timeline, as CSV tables ([CSV]) for pandas, Gephi and Neo4j, and as
// N-Quads with a DQL schema ([RDF], [RDFDQLSchema]) for Dgraph.
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
// server's /export parameters map onto it). Its parts apply in this order:
//
//  1. Each relation on its own: Types keeps relations of these types;
//     Kinds those whose two ends both have one of these kinds; Actors
//     those whose two ends are both in this set (ids, merge redirects
//     followed; an unknown one is an error wrapping graph.ErrNotFound).
//     Since and Until keep only evidence whose event date falls in the
//     period, ExcludeHedged drops hedged evidence, and the relation is
//     recounted from what is left (counts, weight, confidence, first and
//     last seen): a relation with none left is not exported, nor one whose
//     counted evidence is all negated unless IncludeNegated. Undated
//     evidence is in no bounded period. MinConfidence and MinWeight then
//     drop relations below a confidence or a weight, as recounted.
//  2. Actor and Depth keep the ego network of an actor: the actors within
//     Depth relations of it (Depth 0 means 1), reached along the relations
//     step 1 keeps, and the relations among them. Merge redirects are
//     followed; an unknown actor is an error wrapping graph.ErrNotFound.
//  3. Top keeps, among what steps 1 and 2 leave, the Top actors with the
//     most relations (ties broken by id), and the relations among them.
//  4. The nodes are the ends of the exported relations. Isolated also
//     exports the actors that have none: every actor matching Kinds, or
//     when steps 1 to 3 limit the actors (Actors, Actor, Top), those of
//     the set that remains, matching Kinds. With Top, Isolated also lets
//     actors without relations fill the top when fewer have some.
//
// [Filter.RelationFilter] gives the [graph.RelationFilter] an export uses,
// for callers that want the same selection through the graph API.
//
// # Order, determinism and memory
//
// Every format writes the nodes in id order, then the relations in (from,
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
// [DOT] writes "digraph actorgraph", laid out left to right (rankdir=LR)
// so that a supply chain reads from supplier to recipient: supplies,
// trains, member_of and leads rank their ends, while symmetric relations
// (allied, opposed) are drawn without arrows (dir=none) and without a say
// in the ranks (constraint=false). Node ids are actor ids, labels actor
// names, wrapped at spaces past 22 characters, in a font that grows with
// the actor's degree (10 for one relation, up to 20). Every id and string,
// names included, goes through [Quote]: always double-quoted, '"' and '\'
// escaped, line breaks written as \n, other control characters dropped,
// invalid UTF-8 replaced; tooltips have their backslashes doubled once
// more, since Graphviz reads them twice. A name such as "<b>x</b>" is
// therefore plain text, never an HTML label.
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
// does not add to the weight and no tooltip quotes it. The pen width grows
// with the logarithm of the weight (distinct supporting articles), from 1
// to at most 5. Every edge has a tooltip with its type, weight,
// confidence, counts, first and last seen, and its strongest evidence:
// the sentence, with its date, of the counted evidence with the highest
// confidence, then the latest date (the denial, for an edge only denied).
// A node's tooltip gives its name, kind, id, country, when it was seen,
// and its exported relations and their total weight.
//
// [DOTOptions] add, for people: clusters (boxes by country, named after
// the country's state when the export has it, or by kind), a legend last
// (subgraph cluster_legend: a sample line of each relation type and line
// style drawn, and a sample shape of each kind), LabelMinWeight (actors
// whose relations weigh less in all are small unlabelled shapes, their
// name in the tooltip, so that a few hundred nodes stay readable), edge
// labels and a title. The nodes come in id order, or cluster by cluster
// (unclustered first, then by country code or in the order of
// graph.Kinds), each in id order. The graph's comment attribute records
// the schema and the filter applied. DOT holds a few numbers per node
// (degree, weight, cluster), never the relations or the evidence.
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
//
// # GraphML, GEXF and CSV: the shared attributes
//
// These formats have no lists and no nested records; they carry the same
// attributes under the same names as the JSON export, typed:
//
//	node      name, kind, aliases, country, wikidata, successor_of,
//	          first_seen, last_seen (strings), mentions, articles (integers)
//	relation  type (string), symmetric (boolean), asserted, hedged, negated,
//	          articles, outlets, weight (integers), confidence (double),
//	          first_seen, last_seen (strings)
//	evidence  (CSV only) article, url, title, outlet, article_date,
//	          sentence (integer, its index), sentence_text, start, end
//	          (integers, byte offsets), date, date_precision, hedged,
//	          negated (booleans), attribution, trigger, rule, supplied,
//	          extractor, confidence (double)
//
// A node's aliases are its alias forms joined with [AliasSeparator] ("; ";
// the JSON export keeps the list and each form's source). Dates are
// strings of their precision ("2024", "2024-10", "2024-10-05"). What JSON
// writes as null is left out: no data element in GraphML, no attvalue in
// GEXF, an empty field in CSV. A relation's id is "from:type:to" (actor
// ids are slugs). A symmetric relation is one directed edge with source <
// target and symmetric true, as in JSON: networkx reads neither GraphML
// nor GEXF with mixed directed and undirected edges. The GraphML and GEXF
// exports leave out the evidence and the fingerprints (no pass over the
// evidence); the CSV evidence table has it.
//
// XML (GraphML, GEXF) cannot carry every character: strings are escaped
// so that quotes, '&', '<' and '>' survive, tab, line feed and carriage
// return are written as character references (an XML reader would
// otherwise normalise them), invalid UTF-8 becomes U+FFFD and the other
// C0 control characters, U+FFFE and U+FFFF, which XML 1.0 cannot carry
// at all, are dropped ([XMLText] says what reads back).
//
// # GraphML
//
// [GraphML] writes one <graph edgedefault="directed"> whose keys are all
// declared with for (graph, node, edge) and attr.type (string, int,
// double, boolean): key ids are "n_" or "e_" and the attribute name. Nodes
// also have a label (the name) and edges a label (the type), for Gephi,
// Cytoscape and yEd; the graph has "schema" and "filter" (the filter
// applied, as the JSON export records it). networkx.read_graphml(path)
// gives a DiGraph (a MultiDiGraph, keyed by edge id, when two relations
// join the same pair in the same direction; force_multigraph=True always
// gives one); igraph.Graph.Read_GraphML(path) names the vertices' and
// edges' XML ids "id", and reads int attributes as floats.
//
// # GEXF
//
// [GEXF] writes GEXF 1.2 (the version networkx and Gephi both read) with
// mode="dynamic" and timeformat="date": every edge with dates lives from
// the first day of its first_seen to the last day of its last_seen (2024-10
// spans 2024-10-01 to 2024-10-31), so Gephi's timeline shows relations
// appear and end; an undated edge is always there, and so are the nodes
// (an actor's own first and last seen come from article dates, which may
// be later than the event dates of its relations; they are attributes).
// Attributes are declared per class (node, edge) with ids "n_"/"e_" and
// the name as title; an edge's weight is its weight XML attribute, its
// label its type. networkx.read_gexf(path) reads it (start and end as
// strings).
//
// # CSV
//
// [CSV] writes one table: [CSVNodes] (one row per exported actor),
// [CSVRelations] (one per exported relation) or [CSVEvidence] (one per
// evidence record of an exported relation, with its article's metadata, in
// the JSON export's order). Files are UTF-8 without a byte order mark,
// quoted as RFC 4180 says by encoding/csv, one header row, records ending
// in "\n" (which pandas, Gephi and neo4j-admin all read; a "\r\n" inside a
// quoted field is kept as it is). NUL characters are dropped, since C
// readers, pandas' among them, end a field at one. The profiles
// ([CSVProfile]) name the columns for the tool that imports them; the
// golden headers are in testdata/csv/PROFILE/PART.header:
//
//	pandas  snake_case, as in JSON: nodes "id", "name", ...; relations
//	        "source", "target", "type", ...; evidence "source", "target",
//	        "type", "article", ...
//	gephi   nodes "Id", "Label" (the name), then the attributes; relations
//	        "Source", "Target", "Type" (Directed, or Undirected for a
//	        symmetric relation), "Id", "Label" (the relation type),
//	        "Weight", then the attributes; evidence "Source", "Target",
//	        "Type", "Label", then its attributes with start and end named
//	        offset_start and offset_end (not Gephi's time columns)
//	neo4j   neo4j-admin database import: nodes "id:ID", "name", ":LABEL"
//	        ("Actor;State", "Actor;ArmedGroup", ...); relations
//	        ":START_ID", ":END_ID", ":TYPE" ("SUPPLIES", "MEMBER_OF", ...);
//	        evidence the same with ":TYPE" EVIDENCE and a "relation"
//	        column, so that it imports as relationships too; numbers and
//	        booleans typed ("weight:int", "confidence:float",
//	        "symmetric:boolean"); import with --multiline-fields=true when
//	        a sentence or name has a line break
//
// # RDF
//
// [RDF] writes N-Quads for Dgraph's live and bulk loaders ("dgraph live -f
// graph.rdf -s graph.schema"), and [RDFDQLSchema] the DQL schema that goes
// with them (it declares every predicate any RDF export may use, so it
// does not depend on the graph or the filter). The layout, in Dgraph's
// style (bare predicate names, types in dgraph.type):
//
//	actor     _:a.<id>  dgraph.type "Actor" and one of "State", "ArmedGroup",
//	          "Company", "Person", "Organisation"; Actor.id, Actor.name,
//	          Actor.kind, Actor.alias (one per form), Actor.country,
//	          Actor.wikidata, Actor.successor_of (an id), Actor.first_seen,
//	          Actor.last_seen, Actor.mentions, Actor.articles
//	relation  _:a.<from> <type> _:a.<to> (asserted=, hedged=, negated=,
//	          articles=, outlets=, weight=, confidence=, symmetric=,
//	          first_seen="...", last_seen="...")
//	article   _:d.<hash>  dgraph.type "Article"; Article.id, Article.url,
//	          Article.title, Article.outlet, Article.date, Article.lang,
//	          Article.fingerprint
//	evidence  _:e.<hash>.<sentence>.<k>  dgraph.type "Evidence";
//	          Evidence.from, Evidence.to (the relation's ends),
//	          Evidence.type, Evidence.article (the article's node),
//	          Evidence.sentence, Evidence.text, Evidence.start, Evidence.end,
//	          Evidence.date, Evidence.date_precision, Evidence.hedged,
//	          Evidence.negated, Evidence.attribution, Evidence.trigger,
//	          Evidence.rule, Evidence.supplied, Evidence.extractor,
//	          Evidence.confidence
//
// The relation types are uid predicates with @reverse, so ~supplies gives
// a recipient's suppliers. A symmetric relation (allied, opposed) is one
// quad with from < to and the facet symmetric=true, as in the JSON export:
// query both allied and ~allied for an actor's allies. An actor's label
// is [RDFActorLabel] of its id (any byte outside [a-z0-9-] escaped, so
// every id gives a valid, distinct blank node label); an article's is the
// first 16 bytes of the SHA-256 of its id, in hex; an evidence record's
// its article's hash, sentence index and index in the sentence. A
// relation's evidence (with its article's metadata) follows the relation,
// in the order of the JSON export, negated records included; an article
// is written before the first evidence that cites it, and again only when
// it has dropped out of a fixed table of the articles cited (65,536 sets,
// chosen by its hash's first two bytes, of the 4 most recently cited):
// repeated quads are the same quads, which RDF and Dgraph read as one. [RDFOptions].OmitEvidence leaves out the
// evidence and article nodes.
//
// Literals are plain strings (no datatype): Dgraph converts them to the
// schema's types (int, float, bool); numbers are written as the JSON
// export writes them. [RDFLiteral] escapes '"', '\', line breaks and tab
// with the N-Quads ECHARs, other control characters as \u00XX, and
// replaces invalid UTF-8 with U+FFFD; nothing else is lost. Dates,
// partial ones included, are strings of their precision ("2024-10"), in
// the data and in the facets (quoted, so that Dgraph keeps them as strings
// rather than reading a date; an unquoted value would be read as a
// datetime or a number). What JSON writes as null is left out. The first
// line is a comment naming the schema and the filter applied. No quad has
// a graph label (Dgraph reads one as a namespace).
//
// Facets, the "(key=value, ...)" before a relation quad's final '.', are
// Dgraph's extension: strict N-Quads tools refuse them, and refuse the
// bare predicate names too (the W3C text asks for absolute IRIs; the
// grammar's IRIREF production accepts them, and Dgraph requires them).
// The tests parse every line with a strict N-Quads parser, facets parsed
// apart, check every predicate and value against the schema, compare the
// graph read back with the JSON export, and have raptor's rapper read the
// export with the facets cut out and the predicates made absolute. No
// running Dgraph has loaded it: Dgraph is not installable where it was
// built.
package export
