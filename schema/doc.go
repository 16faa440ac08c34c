// Package schema is actorgraph's GraphQL API: the schema (schema.graphql,
// embedded, see [SDL]) and its resolvers over a [graph.Store], with the limits
// a public endpoint needs. The HTTP server is in package schema/server; the
// command "actorgraph query" runs the same schema without a server.
//
// # Running a request
//
// [New] builds a [Schema] over a store; [Schema.Exec] runs one [Request] and
// returns a graphql-go Response. Every problem — a syntax error, an unknown
// field, a limit exceeded, an actor not found, a resolver that panicked, a
// timeout — is an error in the response, with a clear message and an
// extensions "code" (see [Code]); Exec never panics.
//
// A query reads one consistent snapshot of the graph: Exec opens one
// [graph.Store.View] for the whole request, and the resolvers, which
// graphql-go runs in parallel, take turns on its [graph.Tx]. A mutation
// writes through the store's writer, and what it returns is read afterwards,
// each resolver in a view of its own, so it sees its own writes.
//
// # Limits
//
// [Options] bound what one request may cost: its depth, its page sizes,
// its length, its time and its estimated size. graphql-go has depth and
// parallelism limits but no complexity analysis, so Exec estimates the size
// of the result before running anything ([Schema.Cost]) and refuses a
// request above Options.MaxCost. A `first` above Options.MaxPageSize is an
// error, never silently clamped; so are a fragment cycle and a selection
// deeper than Options.MaxDepth. Every violation is an error of the response
// with the code LIMIT_EXCEEDED, returned before any resolver runs.
//
// # The cost model
//
// The cost of a request is the estimated number of nodes of its result:
// every field of the selected operation counts once per value it will have,
// that is the product of the sizes of the lists it is nested in. Aliases are
// distinct fields and count apart; a fragment counts each time it is spread
// (a fragment cycle is an error); @skip and @include are ignored. The size
// of a list is:
//
//   - for the edges and nodes of a connection, the connection's `first`
//     (literal, variable, variable default or schema default);
//   - for a subgraph's nodes and edges, its maxNodes and maxEdges;
//   - for a path's actors and relations, maxHops+1 and maxHops;
//   - for the lists of introspection, the schema's averages (types, fields
//     per type, arguments per field), so that the standard introspection
//     query stays well within the default (it costs about 29,000);
//   - for the few other lists, a declared bound (20 aliases, 20 actors for
//     findActors, which refuses more, 1,000 timeline points of scalars...),
//     else 100.
//
// So `{ actors(first: 10) { totalCount nodes { id name } } }` costs
// 1 + 1 + 1 + 10×2 = 23, and 5,000 aliases of `actors(first: 50) { nodes {
// id } }` cost about 260,000: refused under the default 100,000.
//
// The cost analysis parses the request with github.com/vektah/gqlparser/v2:
// graphql-go keeps its query parser internal, and gqlparser also loads the
// SDL with the field types (which fields are lists, the arguments' default
// values), so the cost model follows the schema rather than a hand-kept table.
// graphql-go still parses, validates and executes the request.
//
// # Writes
//
// Mutations — ingestArticle and the curation decisions of the decision log —
// run only with a context marked by [WithWriteAccess]; the server marks it
// when it was started with --allow-writes, the bearer token matched and the
// request is a POST. [IsMutation] tells a server which requests are
// mutations before it runs them.
package schema
