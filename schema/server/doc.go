// Package server serves the actorgraph GraphQL schema over HTTP, with the
// limits a long-running endpoint needs.
//
// # Endpoints
//
//	POST /graphql        a query: application/json {"query", "operationName", "variables"},
//	                     or application/graphql (the body is the query; operationName and
//	                     variables may come as URL parameters)
//	GET  /graphql        a query in the URL parameters query, operationName and
//	                     variables (a JSON object); never a mutation
//	GET  /               a page to write and run queries in a browser; it fetches nothing
//	                     but /graphql, so it works offline
//	GET  /schema.graphql the schema in SDL
//	GET  /healthz        {"status": "ok", "db": {counts}} (503 when the store cannot be read)
//	POST /ingest         NDJSON articles in (the fields of the ingestArticle mutation, or
//	                     claims lines), NDJSON results out: one per line, then a summary
//	GET  /export         the export of "actorgraph export" (format=dot, json, graphml,
//	                     gexf, csv with part=nodes|relations|evidence, or rdf with
//	                     part=quads|schema, and its filters as URL parameters),
//	                     streamed from one snapshot
//	GET  /stats          what "actorgraph stats" prints, as JSON ([StatsReport])
//	GET  /backup         a backup of the database ([graph.Store.Backup]), streamed;
//	                     with the token when one is set
//	POST /restore        a backup in, replacing the database (writes and the token;
//	                     ?force=true over a graph); the [graph.RestoreResult] out
//
// The last five serve the command line when a server holds the database
// ("actorgraph load", "export", "stats", "backup" and "restore" go through
// them). A restore runs alone: requests that arrive meanwhile wait for it.
//
// Every answer of /graphql, and every error of the server, is JSON of the form
// {"data": …, "errors": [{"message": …, "extensions": {"code": …}}]} (see
// [Response]): errors of the query come with status 200; errors of the request
// with the status that says what went wrong — 400 a malformed request, 401 a
// missing or wrong token, 403 writes disabled, 405 a wrong method or a mutation
// over GET, 409 a restore over a graph without force, 413 a body above the limit, 415 an unknown content type, 503 the
// server busy, 504 the request past its time limit, 500 a bug (a panic,
// recovered and logged).
//
// # Writes
//
// A mutation is refused unless [Config.AllowWrites] is set; then, when
// [Config.Token] is set, it must carry the header "Authorization: Bearer
// TOKEN" (compared in constant time). Mutations are never accepted over GET,
// so that a link or an image cannot change the graph. Queries need no token.
//
// # Limits
//
// Each request has a body limit ([Config.MaxBodyBytes], 1 MiB by default), a
// time limit ([Config.Timeout], 30 s) and a place among at most
// [Config.MaxConcurrent] running queries (16): a query that finds them all
// taken waits [Config.QueueWait] (2 s) for one, then gets 503. A client
// has [Config.ReadHeaderTimeout] (10 s) to send its headers, so slow
// clients cannot hold connections open; a body still being sent holds no
// place among MaxConcurrent. Limits on the
// query itself (depth, page size, cost) belong to the schema ([schema.Options]).
//
// # Logs and CORS
//
// Each request is logged with log/slog at level Info (Warn for 5xx): method,
// path, status, duration, bytes written and remote address; never headers,
// so never the token. Cross-origin requests (a notebook served from another
// host) are allowed from [Config.CORSOrigins], with preflight requests answered
// and the Authorization header allowed.
//
// # Running
//
// [Server.Serve] serves on a listener until its context is done, then shuts
// down gracefully. A [Server] is safe for concurrent use.
package server
