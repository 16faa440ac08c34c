package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"golang.org/x/term"

	"github.com/actorgraph/actorgraph/graph"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailed  = 1 // something failed (bad input, inconsistent store...)
	exitUsage   = 2 // the command line is wrong
	defaultDB   = "actorgraph.db"
	envDB       = "ACTORGRAPH_DB"
	programName = "actorgraph"
)

// Main is the program with its standard streams and environment, so tests
// run it in-process.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads the environment; os.Getenv by default.
	Getenv func(string) string
	// Terminal reports whether w is a terminal (progress is shown only
	// there); by default it checks os.File descriptors.
	Terminal func(w io.Writer) bool

	// minFree is --min-free of the command being run, when minFreeSet.
	minFree    int64
	minFreeSet bool
}

// NewMain returns a Main on the given streams and the process environment.
func NewMain(stdin io.Reader, stdout, stderr io.Writer) *Main {
	return &Main{Stdin: stdin, Stdout: stdout, Stderr: stderr, Getenv: os.Getenv, Terminal: isTerminal}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// command is one subcommand.
type command interface {
	// Run runs the command with its arguments (after the command name).
	Run(ctx context.Context, args []string) error
}

type commandInfo struct {
	summary string
	make    func(*Main) command
}

func (m *Main) commands() map[string]commandInfo {
	cmds := map[string]commandInfo{
		"load":      {"read articles (txt, md, html, jsonl, claims) into the graph", func(m *Main) command { return &loadCommand{m: m} }},
		"export":    {"write the graph (or a filtered part) as DOT, JSON, GraphML, GEXF, CSV or RDF", func(m *Main) command { return &exportCommand{m: m} }},
		"render":    {"draw the graph (or a filtered part) as SVG or PNG with Graphviz", func(m *Main) command { return &renderCommand{m: m} }},
		"stats":     {"print what the graph holds", func(m *Main) command { return &statsCommand{m: m} }},
		"check":     {"recompute every derived value from evidence and report differences", func(m *Main) command { return &checkCommand{m: m} }},
		"gen":       {"write a deterministic synthetic corpus of articles", func(m *Main) command { return &genCommand{m: m} }},
		"log":       {"list, export or import the curation decision log", func(m *Main) command { return &logCommand{m: m} }},
		"rebuild":   {"build the database afresh from its stored articles and decision log", func(m *Main) command { return &rebuildCommand{m: m} }},
		"eval":      {"measure the extractor against the gold set", func(m *Main) command { return &evalCommand{m: m} }},
		"reextract": {"run the current extractor again over the stored texts", func(m *Main) command { return &reextractCommand{m: m} }},
		"serve":     {"serve GraphQL over HTTP, with a query page, until interrupted", func(m *Main) command { return &serveCommand{m: m} }},
		"query":     {"run a GraphQL query on the graph (through its server when one holds it)", func(m *Main) command { return &queryCommand{m: m} }},
		"backup":    {"write a backup of the database (graph, articles, curation log) to a file", func(m *Main) command { return &backupCommand{m: m} }},
		"restore":   {"restore the database from a backup file, then check it", func(m *Main) command { return &restoreCommand{m: m} }},
		"extract":   {"write articles' claims (JSON lines), or publish them to NATS JetStream", func(m *Main) command { return &extractCommand{m: m} }},
		"enqueue":   {"put articles on the NATS JetStream work queue for extract workers", func(m *Main) command { return &enqueueCommand{m: m} }},
		"streams":   {"create or inspect the NATS JetStream streams (claims, articles, decisions)", func(m *Main) command { return &streamsCommand{m: m} }},
		"follow":    {"materialise the NATS JetStream claims and decisions into the database", func(m *Main) command { return &followCommand{m: m} }},
	}
	for name, info := range m.curationCommands() {
		cmds[name] = info
	}
	return cmds
}

// usageError is a mistake on the command line: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// failedError means the command ran but something failed, and said so
// already: exit status code (1 unless set) with nothing more printed.
type failedError struct {
	msg  string
	code int
}

func (e *failedError) Error() string { return e.msg }

// Run runs the command line args (without the program name) and returns
// the exit status.
func (m *Main) Run(ctx context.Context, args []string) int {
	if m.Getenv == nil {
		m.Getenv = os.Getenv
	}
	if m.Terminal == nil {
		m.Terminal = isTerminal
	}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		if len(args) > 1 {
			return m.Run(ctx, []string{args[1], "--help"})
		}
		m.usage(m.Stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	if args[0] == "version" || args[0] == "--version" {
		fmt.Fprintln(m.Stdout, programName, version)
		return exitOK
	}
	info, ok := m.commands()[args[0]]
	if !ok {
		fmt.Fprintf(m.Stderr, "%s: unknown command %q\n\n", programName, args[0])
		m.usage(m.Stderr)
		return exitUsage
	}
	m.minFree, m.minFreeSet = 0, false
	err := info.make(m).Run(ctx, args[1:])
	var ue *usageError
	var fe *failedError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(m.Stderr, "%s %s: %v\nRun '%s %s --help' for usage.\n", programName, args[0], err, programName, args[0])
		return exitUsage
	case errors.As(err, &fe):
		if fe.code != 0 {
			return fe.code
		}
		return exitFailed
	default:
		fmt.Fprintf(m.Stderr, "%s %s: %v\n", programName, args[0], err)
		if h := errorHint(err); h != "" {
			fmt.Fprintf(m.Stderr, "%s %s: %s\n", programName, args[0], h)
		}
		return exitFailed
	}
}

// version is the program version, set at build time with -ldflags.
var version = "dev"

func (m *Main) usage(w io.Writer) {
	fmt.Fprintf(w, `actorgraph keeps a knowledge graph of the actors of conflicts (states, armed
groups, companies, people, organisations) and their relations (allied, opposed,
supplies, trains, member_of, leads), read from news articles, with the evidence
for every edge.

Usage:

	actorgraph <command> [flags] [arguments]

Commands:

`)
	cmds := m.commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "\t%-10s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintf(w, `
Every command takes --db DIR (default ./%s, or $%s).
Run 'actorgraph <command> --help' for the flags of a command.
`, defaultDB, envDB)
}

// flagSet returns a FlagSet for a subcommand with its usage text.
func (m *Main) flagSet(name, synopsis, description string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "Usage: actorgraph %s %s\n\n%s\n\nFlags:\n", name, synopsis, strings.TrimSpace(description))
		fs.PrintDefaults()
	}
	return fs
}

// flagSet reports whether flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// parse parses flags, turning flag errors into usage errors (the flag
// package has printed them and the usage already).
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return &failedError{msg: err.Error(), code: exitUsage}
	}
	return nil
}

// dbFlag declares --db with its default from the environment.
func (m *Main) dbFlag(fs *flag.FlagSet) *string {
	def := m.Getenv(envDB)
	if def == "" {
		def = defaultDB
	}
	return fs.String("db", def, "database `directory` ($"+envDB+" sets the default)")
}

// open opens the store in dir, with the headroom of --min-free; adjust
// changes the options before.
func (m *Main) open(dir string, readOnly bool, adjust ...func(*graph.Options)) (*graph.Store, error) {
	o, err := m.storeOptions(readOnly)
	if err != nil {
		return nil, err
	}
	for _, f := range adjust {
		f(o)
	}
	return graph.Open(dir, o)
}

// listFlag is a repeatable flag that also splits on commas.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

// readFlags checks the flags shared by the commands that read articles
// (load, extract): --date, parsed, and --progress.
func readFlags(date, progress string) (graph.Date, error) {
	d, err := graph.ParseDate(date)
	if err != nil {
		return d, usagef("--date: %v", err)
	}
	switch progress {
	case "auto", "always", "never":
	default:
		return d, usagef("--progress: want auto, always or never, not %q", progress)
	}
	return d, nil
}
