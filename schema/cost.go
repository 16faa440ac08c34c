package schema

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	gqlast "github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// The cost model.
//
// The cost of a request is the estimated number of nodes of its result:
// each field of the selected operation counts once per value it will have,
// that is the product of the sizes of the lists it is nested in. Aliases
// are distinct fields and count apart; a fragment counts each time it is
// spread; @skip and @include are ignored (they count as if included).
//
// The size of a list is:
//   - for the edges and nodes of a connection, the connection's `first`
//     (its declared default when omitted); a `first` above MaxPageSize or
//     below 0 is an error;
//   - for a subgraph's nodes and edges, its maxNodes and maxEdges (maxNodes
//     at most MaxPageSize, maxEdges at most ten times as much);
//   - for a path's actors and relations, maxHops+1 and maxHops;
//   - for the lists of the introspection types, the average of the schema
//     (types, fields per type, arguments per field, ...), so that the
//     standard introspection query costs about what it returns;
//   - for the other lists, a bound declared in listBounds below, or
//     defaultListSize.
const defaultListSize = 100

// listBounds are the sizes the cost model gives lists that have no `first`.
// The resolvers hold findActors to its bound; the others are short by nature
// (aliases, counts per kind) or hold only scalars (timeline points).
var listBounds = map[string]int{
	"Query.findActors":        maxFindActors,
	"Actor.aliases":           20,
	"Stats.actorsByKind":      5,
	"Stats.relationsByType":   6,
	"Timeline.points":         1000,
	"Decision.articles":       20,
	"IngestResult.relations":  200,
	"IngestResult.rejected":   200,
	"IngestResult.dropped":    200,
	"DecisionResult.dropped":  200,
	"DecisionResult.rejected": 200,
	"__Directive.locations":   20,
	"__Type.interfaces":       1,
	"__Type.possibleTypes":    1,
}

// introStats are the sizes of the introspection lists, from the schema.
type introStats map[string]int

func newIntroStats(s *gqlast.Schema) introStats {
	avg := func(total, n int) int {
		if n == 0 {
			return 1
		}
		return max(1, int(math.Ceil(float64(total)/float64(n))))
	}
	var fieldTypes, fields, args, inputTypes, inputs, enumTypes, enums, dirArgs int
	for _, t := range s.Types {
		switch t.Kind {
		case gqlast.Object, gqlast.Interface:
			fieldTypes++
			fields += len(t.Fields)
			for _, f := range t.Fields {
				args += len(f.Arguments)
			}
		case gqlast.InputObject:
			inputTypes++
			inputs += len(t.Fields)
		case gqlast.Enum:
			enumTypes++
			enums += len(t.EnumValues)
		}
	}
	for _, d := range s.Directives {
		dirArgs += len(d.Arguments)
	}
	return introStats{
		"__Schema.types":      len(s.Types),
		"__Schema.directives": len(s.Directives),
		"__Type.fields":       avg(fields, fieldTypes),
		"__Type.inputFields":  avg(inputs, inputTypes),
		"__Type.enumValues":   avg(enums, enumTypes),
		"__Field.args":        avg(args, fields),
		"__Directive.args":    avg(dirArgs, len(s.Directives)),
	}
}

// analysis is what Exec learns of a request before running it.
type analysis struct {
	mutation bool
	cost     int
	depth    int
	// omitted: values for the variables declared without a default and
	// not given, taken from the defaults of the arguments they feed.
	omitted map[string]any
}

// Cost returns the estimated number of nodes of the request's result (see
// the package documentation), or the error Exec would return for it before
// running anything: a syntax error, an unknown operation, a limit exceeded.
func (s *Schema) Cost(req Request) (int, error) {
	an, err := s.analyse(req)
	if err != nil {
		return 0, err
	}
	return an.cost, nil
}

// analyse parses the request, selects its operation and estimates its cost.
func (s *Schema) analyse(req Request) (analysis, *Error) {
	doc, qerr := parseQuery(req.Query)
	if qerr != nil {
		return analysis{}, qerr
	}
	op, qerr := selectOperation(doc, req.OperationName)
	if qerr != nil {
		return analysis{}, qerr
	}
	an := analysis{mutation: op.Operation == gqlast.Mutation}
	var root *gqlast.Definition
	switch op.Operation {
	case gqlast.Query:
		root = s.types.Query
	case gqlast.Mutation:
		root = s.types.Mutation
	default:
		return an, newError(CodeInvalid, fmt.Sprintf("%s operations are not supported", op.Operation))
	}
	c := &coster{s: s, doc: doc, op: op, vars: req.Variables}
	if err := c.walk(op.SelectionSet, root, 1, 0, listEnv{}); err != nil {
		return an, err
	}
	an.cost, an.depth = int(c.cost), c.depth
	an.omitted = c.omittedVariables()
	return an, nil
}

func parseQuery(q string) (*gqlast.QueryDocument, *Error) {
	if strings.TrimSpace(q) == "" {
		return nil, newError(CodeInvalid, "empty query")
	}
	doc, err := parser.ParseQuery(&gqlast.Source{Name: "query", Input: q})
	if err != nil {
		msg := err.Error()
		if ge, ok := err.(*gqlerror.Error); ok {
			msg = ge.Message
			if len(ge.Locations) > 0 {
				msg = fmt.Sprintf("syntax error at line %d, column %d: %s", ge.Locations[0].Line, ge.Locations[0].Column, ge.Message)
			}
		}
		return nil, &Error{Code: CodeInvalid, Message: msg, Err: err}
	}
	return doc, nil
}

func selectOperation(doc *gqlast.QueryDocument, name string) (*gqlast.OperationDefinition, *Error) {
	switch {
	case len(doc.Operations) == 0:
		return nil, newError(CodeInvalid, "the query has no operation")
	case name != "":
		op := doc.Operations.ForName(name)
		if op == nil {
			return nil, newError(CodeInvalid, fmt.Sprintf("no operation named %q in the query", name))
		}
		return op, nil
	case len(doc.Operations) > 1:
		return nil, newError(CodeInvalid, "the query has several operations: give operationName")
	}
	return doc.Operations[0], nil
}

// listEnv carries the arguments of a field that bound the lists of the
// object it returns.
type listEnv struct {
	page, maxNodes, maxEdges, maxHops float64
}

// coster walks one operation and adds up its cost.
type coster struct {
	s     *Schema
	doc   *gqlast.QueryDocument
	op    *gqlast.OperationDefinition
	vars  map[string]any
	cost  float64
	steps int
	depth int
	frags []string // the fragments being spread, innermost last
	// defaults: for each variable declared without a default and not
	// given, the schema defaults of the arguments it is passed to (nil
	// for an argument without one).
	defaults map[string][]*gqlast.Value
}

// noteDefaults records, for each argument of field f given by a variable
// that the request declares without a default and does not give, the
// argument's default in the schema.
func (c *coster) noteDefaults(f *gqlast.Field, def *gqlast.FieldDefinition) {
	for _, a := range f.Arguments {
		if a.Value == nil || a.Value.Kind != gqlast.Variable {
			continue
		}
		if _, given := c.vars[a.Value.Raw]; given {
			continue
		}
		vd := c.op.VariableDefinitions.ForName(a.Value.Raw)
		if vd == nil || vd.DefaultValue != nil {
			continue
		}
		var dv *gqlast.Value
		if def != nil {
			if ad := def.Arguments.ForName(a.Name); ad != nil {
				dv = ad.DefaultValue
			}
		}
		if c.defaults == nil {
			c.defaults = map[string][]*gqlast.Value{}
		}
		c.defaults[a.Value.Raw] = append(c.defaults[a.Value.Raw], dv)
	}
}

// omittedVariables returns the values to give the variables a request
// declares without a default and leaves out: by the GraphQL
// specification an argument whose variable is not given takes the
// argument's default, which graphql-go does not do (it passes null). A
// variable passed to arguments of different defaults, or of none, is left
// out.
func (c *coster) omittedVariables() map[string]any {
	var out map[string]any
	for name, dvs := range c.defaults {
		var v any
		ok := true
		for k, dv := range dvs {
			x, good := literal(dv)
			if !good || (k > 0 && x != v) {
				ok = false
				break
			}
			v = x
		}
		if ok && len(dvs) > 0 {
			if out == nil {
				out = map[string]any{}
			}
			out[name] = v
		}
	}
	return out
}

// literal returns the value of a scalar or enum literal as a JSON decoder
// would give it.
func literal(v *gqlast.Value) (any, bool) {
	if v == nil {
		return nil, false
	}
	switch v.Kind {
	case gqlast.IntValue:
		n, err := strconv.ParseInt(v.Raw, 10, 32)
		return float64(n), err == nil
	case gqlast.FloatValue:
		f, err := strconv.ParseFloat(v.Raw, 64)
		return f, err == nil
	case gqlast.BooleanValue:
		return v.Raw == "true", true
	case gqlast.StringValue, gqlast.EnumValue, gqlast.BlockValue:
		return v.Raw, true
	}
	return nil, false
}

func (c *coster) walk(sels gqlast.SelectionSet, parent *gqlast.Definition, mult float64, depth int, env listEnv) *Error {
	o := &c.s.opts
	for _, sel := range sels {
		c.steps++
		if c.steps > o.MaxCost {
			return errorf(CodeLimit, "the query expands to more than %d selections (fragments spread many times?): the maximum cost is %d", o.MaxCost, o.MaxCost)
		}
		switch sel := sel.(type) {
		case *gqlast.Field:
			d := depth + 1
			if d > o.MaxDepth {
				return errorf(CodeLimit, "the query is nested deeper than the maximum depth of %d (at field %q)", o.MaxDepth, sel.Name)
			}
			c.depth = max(c.depth, d)
			c.cost += mult
			if c.cost > float64(o.MaxCost) {
				return c.tooCostly()
			}
			var def *gqlast.FieldDefinition
			if parent != nil {
				def = parent.Fields.ForName(sel.Name)
			}
			c.noteDefaults(sel, def)
			if len(sel.SelectionSet) == 0 {
				continue
			}
			if def == nil {
				// An unknown field: graphql-go's validation reports it;
				// walk on for depth and cost.
				if err := c.walk(sel.SelectionSet, nil, mult, d, listEnv{}); err != nil {
					return err
				}
				continue
			}
			childMult, childEnv, err := c.size(parent, def, sel, mult, env)
			if err != nil {
				return err
			}
			if err := c.walk(sel.SelectionSet, c.s.types.Types[def.Type.Name()], childMult, d, childEnv); err != nil {
				return err
			}
		case *gqlast.InlineFragment:
			t := parent
			if sel.TypeCondition != "" {
				t = c.s.types.Types[sel.TypeCondition]
			}
			if err := c.walk(sel.SelectionSet, t, mult, depth, env); err != nil {
				return err
			}
		case *gqlast.FragmentSpread:
			for i, name := range c.frags {
				if name == sel.Name {
					cycle := append(append([]string{}, c.frags[i:]...), sel.Name)
					return errorf(CodeLimit, "fragment cycle: %s", strings.Join(cycle, " → "))
				}
			}
			f := c.doc.Fragments.ForName(sel.Name)
			if f == nil {
				continue // graphql-go reports the unknown fragment
			}
			c.frags = append(c.frags, sel.Name)
			err := c.walk(f.SelectionSet, c.s.types.Types[f.TypeCondition], mult, depth, env)
			c.frags = c.frags[:len(c.frags)-1]
			if err != nil {
				return err
			}
		}
	}
	return nil
}

func (c *coster) tooCostly() *Error {
	return errorf(CodeLimit, "the query would return more than %d nodes (the maximum cost): each field counts once per value, aliases and fragments apart, times the `first` of the connections it is in; ask for smaller pages, fewer nested lists or fewer aliases", c.s.opts.MaxCost)
}

// size returns the multiplier of a field's children and the bounds its
// arguments set for the lists of the object it returns.
func (c *coster) size(parent *gqlast.Definition, def *gqlast.FieldDefinition, f *gqlast.Field, mult float64, env listEnv) (float64, listEnv, *Error) {
	o := &c.s.opts
	var child listEnv
	n := -1.0 // the list's size, when known
	if def.Arguments.ForName("first") != nil {
		first, err := c.intArg(f, def, "first")
		if err != nil {
			return 0, child, err
		}
		if err := checkFirst(first, o.MaxPageSize); err != nil {
			return 0, child, err
		}
		child.page, n = float64(first), float64(first)
	}
	switch def.Name {
	case "subgraph":
		nodes, err := c.intArg(f, def, "maxNodes")
		if err != nil {
			return 0, child, err
		}
		edges, err := c.intArg(f, def, "maxEdges")
		if err != nil {
			return 0, child, err
		}
		if err := checkSubgraphBounds(nodes, edges, o.MaxPageSize); err != nil {
			return 0, child, err
		}
		child.maxNodes, child.maxEdges = float64(nodes), float64(edges)
	case "path":
		hops, err := c.intArg(f, def, "maxHops")
		if err != nil {
			return 0, child, err
		}
		if err := checkHops(hops); err != nil {
			return 0, child, err
		}
		child.maxHops = float64(hops)
	}
	if def.Type.Elem == nil {
		return mult, child, nil
	}
	key := ""
	if parent != nil {
		key = parent.Name + "." + def.Name
	}
	switch {
	case n >= 0:
	case parent != nil && strings.HasSuffix(parent.Name, "Connection") && (def.Name == "edges" || def.Name == "nodes"):
		n = env.page
	case key == "Subgraph.nodes":
		n = env.maxNodes
	case key == "Subgraph.edges":
		n = env.maxEdges
	case key == "Path.actors":
		n = env.maxHops + 1
	case key == "Path.relations":
		n = env.maxHops
	case c.s.intro[key] > 0:
		n = float64(c.s.intro[key])
	case listBounds[key] > 0:
		n = float64(listBounds[key])
	default:
		n = defaultListSize
	}
	return mult * n, child, nil
}

// intArg returns the value of an integer argument of a field: as written,
// from a variable (or its default), else the argument's default in the
// schema; 0 when there is none. A value too large for an int is MaxInt32+1,
// which every limit refuses.
func (c *coster) intArg(f *gqlast.Field, def *gqlast.FieldDefinition, name string) (int, *Error) {
	var v *gqlast.Value
	if a := f.Arguments.ForName(name); a != nil {
		v = a.Value
	}
	if v != nil && v.Kind == gqlast.Variable {
		if x, ok := c.vars[v.Raw]; ok && x != nil {
			return intOf(x, name)
		}
		vd := c.op.VariableDefinitions.ForName(v.Raw)
		v = nil
		if vd != nil {
			v = vd.DefaultValue
		}
	}
	if v == nil || v.Kind == gqlast.NullValue {
		v = nil
		if ad := def.Arguments.ForName(name); ad != nil {
			v = ad.DefaultValue
		}
	}
	if v == nil {
		return 0, nil
	}
	if v.Kind != gqlast.IntValue {
		return 0, nil // graphql-go's validation reports the wrong type
	}
	n, err := strconv.ParseInt(v.Raw, 10, 64)
	if err != nil || n > math.MaxInt32 {
		return math.MaxInt32 + 1, nil
	}
	return int(n), nil
}

// intOf reads an integer variable as a JSON decoder or a Go caller gives it.
func intOf(x any, name string) (int, *Error) {
	var f float64
	switch x := x.(type) {
	case float64:
		f = x
	case float32:
		f = float64(x)
	case int:
		f = float64(x)
	case int32:
		f = float64(x)
	case int64:
		f = float64(x)
	case json.Number:
		var err error
		if f, err = x.Float64(); err != nil {
			return 0, errorf(CodeInvalid, "%s: %q is not an integer", name, x)
		}
	default:
		return 0, nil // graphql-go reports the wrong type
	}
	if f > math.MaxInt32 {
		return math.MaxInt32 + 1, nil
	}
	if f < math.MinInt32 {
		return math.MinInt32, nil
	}
	return int(f), nil
}

// checkFirst checks a page size against the maximum.
func checkFirst(first, maxPage int) *Error {
	switch {
	case first < 0:
		return errorf(CodeInvalid, "first: %d is negative", first)
	case first > maxPage:
		return errorf(CodeLimit, "first: %d exceeds the maximum page size of %d; page through the results with `after`", first, maxPage)
	}
	return nil
}

// checkSubgraphBounds checks maxNodes and maxEdges of a subgraph.
func checkSubgraphBounds(nodes, edges, maxPage int) *Error {
	switch {
	case nodes < 1:
		return errorf(CodeInvalid, "maxNodes: %d is not positive", nodes)
	case nodes > maxPage:
		return errorf(CodeLimit, "maxNodes: %d exceeds the maximum page size of %d", nodes, maxPage)
	case edges < 0:
		return errorf(CodeInvalid, "maxEdges: %d is negative", edges)
	case edges > 10*maxPage:
		return errorf(CodeLimit, "maxEdges: %d exceeds the maximum of %d (ten times the maximum page size)", edges, 10*maxPage)
	}
	return nil
}

// MaxHops is the longest path the path query looks for.
const MaxHops = 8

// MaxNeighborDepth is the deepest neighbourhood or subgraph a query reads.
const MaxNeighborDepth = 4

func checkHops(h int) *Error {
	if h < 1 || h > MaxHops {
		return errorf(CodeLimit, "maxHops: %d is outside 1 to %d", h, MaxHops)
	}
	return nil
}
