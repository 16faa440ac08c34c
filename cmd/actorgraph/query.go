package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/schema"
	"github.com/actorgraph/actorgraph/schema/server"
)

type queryCommand struct{ m *Main }

const queryHelp = `
Run a GraphQL query (or mutation) on the database and print the JSON answer,
{"data": …, "errors": […]}, indented on a terminal or with --pretty. The exit
status is 1 when the answer has errors.

When the database is held by a running 'actorgraph serve', the query goes
through that server (with $ACTORGRAPH_TOKEN as the bearer token, if set), and
a note on standard error says so.

A --var value is read as JSON when it is valid JSON (10, true, null,
["a","b"]), else as a string; quote a string that looks like JSON:
--var 'id="2022"'.

Examples:

  actorgraph query '{ actor(id: "mali") { name kind } }'
  actorgraph query -f who-supplies.graphql --var id=mali --var first=20
  actorgraph query --vars-json '{"id": "mali"}' 'query($id: ID!) { actor(id: $id) { name } }'
  echo '{ stats { actors relations } }' | actorgraph query -f -`

func (c *queryCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("query", "[flags] 'GRAPHQL' | -f FILE", queryHelp)
	db := m.dbFlag(fs)
	m.minFreeFlag(fs)
	var file string
	fs.StringVar(&file, "f", "", "read the query from `file` (- for standard input)")
	fs.StringVar(&file, "file", "", "same as -f")
	vars := varFlag{}
	fs.Var(vars, "var", "set the variable `name=value` (repeatable; value as JSON when it parses, else a string)")
	varsJSON := fs.String("vars-json", "", "variables as a JSON `object` (--var wins over it)")
	operation := fs.String("operation", "", "run the operation of this `name` when the query has several")
	pretty := fs.Bool("pretty", false, "indent the JSON (the default on a terminal)")
	timeout := fs.Duration("timeout", 0, "time limit of the query (0: none)")
	var dicts listFlag
	fs.Var(&dicts, "dict", "user dictionary `file` for articles ingested by a mutation, YAML or JSON (repeatable)")

	// Flags may come after the query too.
	var positional []string
	for {
		if err := parse(fs, args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
	req := schema.Request{OperationName: *operation}
	switch {
	case len(positional) > 1:
		return usagef("give one query (quote it), not %d arguments", len(positional))
	case len(positional) == 1 && file != "":
		return usagef("give the query as an argument or with -f, not both")
	case len(positional) == 1:
		req.Query = positional[0]
	case file == "-":
		b, err := io.ReadAll(m.Stdin)
		if err != nil {
			return fmt.Errorf("read the query from standard input: %w", err)
		}
		req.Query = string(b)
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		req.Query = string(b)
	default:
		return usagef("no query: give it as an argument or with -f FILE")
	}
	if strings.TrimSpace(req.Query) == "" {
		return usagef("the query is empty")
	}
	if *varsJSON != "" {
		if err := json.Unmarshal([]byte(*varsJSON), &req.Variables); err != nil {
			return usagef("--vars-json: want a JSON object: %v", err)
		}
	}
	if len(vars) > 0 && req.Variables == nil {
		req.Variables = map[string]any{}
	}
	for k, v := range vars {
		req.Variables[k] = v
	}
	mutation, _ := schema.IsMutation(req) // a query that does not parse gets its error from Exec

	st, err := m.open(*db, !mutation)
	if err != nil {
		if h, ok := graph.ReadHolder(*db); ok && h.Addr != "" && errors.Is(err, graph.ErrLocked) {
			return c.remote(ctx, *db, h, req, *pretty)
		}
		return err
	}
	defer st.Close()
	opts := schema.Options{Timeout: *timeout}
	if mutation && len(dicts) > 0 {
		if opts.Extractor, err = newExtractor(dicts); err != nil {
			return err
		}
	}
	sch, err := schema.New(st, opts)
	if err != nil {
		return err
	}
	qctx := ctx
	if mutation {
		qctx = schema.WithWriteAccess(ctx) // the local user owns the files anyway
	}
	resp := server.NewResponse(sch.Exec(qctx, req))
	return c.print(resp, *pretty)
}

// remote sends req to the server holding the database.
func (c *queryCommand) remote(ctx context.Context, db string, h graph.Holder, req schema.Request, pretty bool) error {
	m := c.m
	url := h.Addr
	if !strings.Contains(url, "://") {
		url = "http://" + url
	}
	url = strings.TrimSuffix(url, "/") + "/graphql"
	fmt.Fprintf(m.Stderr, "actorgraph query: %s is held by the server at %s (pid %d); sending the query there\n", db, h.Addr, h.PID)
	body, err := json.Marshal(req)
	if err != nil {
		return err
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	hreq.Header.Set("Content-Type", "application/json")
	hreq.Header.Set("Accept", "application/json")
	if tok := m.Getenv(envToken); tok != "" {
		hreq.Header.Set("Authorization", "Bearer "+tok)
	}
	client := &http.Client{Timeout: 10 * time.Minute}
	hresp, err := client.Do(hreq)
	if err != nil {
		return fmt.Errorf("the server holding %s at %s does not answer: %w", db, h.Addr, err)
	}
	defer hresp.Body.Close()
	b, err := io.ReadAll(hresp.Body)
	if err != nil {
		return fmt.Errorf("read the answer of %s: %w", url, err)
	}
	var resp server.Response
	if err := json.Unmarshal(b, &resp); err != nil {
		return fmt.Errorf("%s answered %s with no GraphQL response: %.200s", url, hresp.Status, b)
	}
	if hresp.StatusCode == http.StatusUnauthorized {
		fmt.Fprintf(m.Stderr, "actorgraph query: the server wants a bearer token: set $%s to the token it was started with\n", envToken)
	}
	return c.print(&resp, pretty)
}

// print writes resp as JSON and fails when it has errors.
func (c *queryCommand) print(resp *server.Response, pretty bool) error {
	m := c.m
	enc := json.NewEncoder(m.Stdout)
	enc.SetEscapeHTML(false)
	if pretty || m.Terminal(m.Stdout) {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(resp); err != nil {
		return err
	}
	if len(resp.Errors) > 0 {
		for i, e := range resp.Errors {
			if i == 3 {
				fmt.Fprintf(m.Stderr, "actorgraph query: … and %d more errors\n", len(resp.Errors)-i)
				break
			}
			fmt.Fprintf(m.Stderr, "actorgraph query: %s\n", e.Message)
		}
		return &failedError{msg: "the answer has errors"}
	}
	return nil
}

// varFlag collects --var name=value; a value is JSON when it parses as
// JSON, else a string.
type varFlag map[string]any

func (v varFlag) String() string { return "" }

func (v varFlag) Set(s string) error {
	name, value, ok := strings.Cut(s, "=")
	name = strings.TrimSpace(name)
	if !ok || name == "" {
		return fmt.Errorf("want name=value, not %q", s)
	}
	var x any
	if err := json.Unmarshal([]byte(value), &x); err == nil {
		v[name] = x
	} else {
		v[name] = value
	}
	return nil
}
