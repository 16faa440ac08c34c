// Command actorgraph reads news articles into a knowledge graph of the
// actors of armed conflict and politics and the relations between them,
// kept in Badger, and exports it.
//
// Usage:
//
//	actorgraph load [--db DIR] [--dict FILE] PATH...   read articles (txt, md, html, jsonl, claims)
//	actorgraph export [--db DIR] --format FORMAT        write the graph or a filtered part
//	                                                    (dot, json, graphml, gexf, csv, rdf)
//	actorgraph stats [--db DIR]                         what the graph holds
//	actorgraph retract [--db DIR] ID...                 remove articles for good
//	actorgraph check [--db DIR]                         recompute derived data, report differences
//	actorgraph gen --articles N --seed S --out DIR      a synthetic corpus
//
// --db defaults to $ACTORGRAPH_DB, else ./actorgraph.db. Every command has
// --help. The exit status is 0 on success, 1 when something failed, 2 for a
// wrong command line.
//
// The program is a thin layer over packages graph, graph/export and
// loader: main.go sets up signals, cli.go dispatches, and each subcommand
// lives in a file of its own.
package main
