package server

import (
	_ "embed"
	"net/http"
)

// page is the query page served at /: one file, its styles and script
// inline, fetching nothing but /graphql.
//
// Its element ids are stable (tests drive the page by them): textareas
// #query and #variables, inputs #operation and #token, button #run, #status,
// and the answer in <pre id="result">, whose data-state is idle, running,
// done or error.
//
//go:embed page.html
var page []byte

// pagePolicy forbids the page to load anything from anywhere but to post
// to its own server.
const pagePolicy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; " +
	"connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// servePage answers GET / with the query page.
func (s *Server) servePage(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, "GET")
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", pagePolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-cache")
	_, _ = w.Write(page)
}
