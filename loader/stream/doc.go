// Package stream carries actorgraph beyond one machine on NATS JetStream:
// extraction runs as stateless workers anywhere, their claims go to a
// durable, replicated stream, and each query node materialises its own
// store from that stream, keeping its position in the same transaction as
// the data ([graph.Store.ApplyLog]).
//
// # Streams
//
// [Init] creates three streams ([Configs] gives their settings; file
// storage, 3 replicas when the cluster has 3 servers or more, else 1):
//
//	ACTORGRAPH_CLAIMS     actorgraph.claims.<token>    the claims of each article (Limits
//	                                                   retention, kept for ever by default:
//	                                                   every new replica is built from it)
//	ACTORGRAPH_ARTICLES   actorgraph.articles.<token>  articles waiting for extraction
//	                                                   (work queue, 7 days at most)
//	ACTORGRAPH_DECISIONS  actorgraph.decisions         curation decisions, in the order
//	                                                   every replica applies them
//
// <token> is [Token] of the article id. A message is at most 8 MiB
// ([DefaultMaxMsgSize]); the NATS servers must take it (max_payload).
//
// # Exactly once from at least once
//
// JetStream delivers at least once, and publishers retry. A claims message
// has the id <article id>/<content hash>/<fingerprint> ([MsgID]), so
// JetStream drops a copy published within the duplicate window; a copy
// that gets through is an article the store has already, with the same
// hash and fingerprint, which it skips and counts as a duplicate. A
// [Follower] applies message n only when its stored cursor is at the
// message before, in the transaction that moves the cursor to n: after a
// crash it starts from the message after its cursor.
//
// # Decisions
//
// A curation decision made with --nats ([PublishDecision]) is not applied
// where it is made: it goes to ACTORGRAPH_DECISIONS, and every follower,
// the one next to the analyst included, applies it in stream order,
// accepting decisions about actors and articles it has not loaded yet
// (they wait for them), so that replicas that read the two streams at
// different paces reach the same graph.
package stream
