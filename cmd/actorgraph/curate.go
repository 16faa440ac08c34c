package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/stream"
)

// decisionCommand is one curation command: it parses its arguments into a
// decision, which the store logs and applies at once.
type decisionCommand struct {
	m        *Main
	name     string
	synopsis string
	help     string
	nargs    int // positional arguments wanted; -1: one or more
	// flags declares the command's own flags; build turns the arguments
	// into decisions.
	flags func(fs *flag.FlagSet) func(args []string) ([]graph.Decision, error)
}

const curationNote = `
Every decision is kept in the decision log (see "actorgraph log") with its
time, author and reason, and applied at once: the articles it concerns are
resolved again, and everything loaded or re-extracted later resolves through
it, so no reload undoes it. A refused decision changes nothing.`

func (c *decisionCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet(c.name, c.synopsis, c.help+"\n"+curationNote)
	db := m.dbFlag(fs)
	m.minFreeFlag(fs)
	author := fs.String("author", m.Getenv("ACTORGRAPH_AUTHOR"), "who decides (default $ACTORGRAPH_AUTHOR)")
	reason := fs.String("reason", "", "why, in a few words")
	nf := natsFlags(fs)
	fs.Lookup("nats").Usage = "publish the decision to the ACTORGRAPH_DECISIONS stream of the NATS servers at `URL` instead of applying it to --db: every replica ('actorgraph follow') applies it, in stream order"
	build := c.flags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if (c.nargs >= 0 && fs.NArg() != c.nargs) || (c.nargs < 0 && fs.NArg() == 0) {
		return usagef("want %s", c.synopsis)
	}
	ds, err := build(fs.Args())
	if err != nil {
		return err
	}
	if nf.url != "" {
		return c.publish(ctx, nf, ds, *author, *reason)
	}
	st, err := m.open(*db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	failed := 0
	for _, d := range ds {
		d.Author, d.Reason = *author, *reason
		res, err := st.Decide(ctx, d, nil)
		if err != nil {
			failed++
			fmt.Fprintln(m.Stderr, explain(ctx, st, &d, err))
			continue
		}
		printDecision(m, res)
	}
	if failed > 0 {
		return &failedError{msg: fmt.Sprintf("%d refused", failed)}
	}
	return nil
}

// explain adds to a refusal what the analyst needs: for an unknown actor,
// the actors whose name or alias matches the argument.
func explain(ctx context.Context, st *graph.Store, d *graph.Decision, err error) string {
	msg := err.Error()
	if !errors.Is(err, graph.ErrNotFound) && !errors.Is(err, graph.ErrInvalidID) {
		return msg
	}
	var hints []string
	for _, ref := range []string{d.Actor, d.Other} {
		if ref == "" {
			continue
		}
		if _, aerr := st.Actor(ctx, ref); aerr == nil {
			continue
		}
		as, _ := st.FindActors(ctx, ref)
		for _, a := range as {
			hints = append(hints, fmt.Sprintf("%s (%s, %s)", a.ID, a.Name, a.Kind))
		}
	}
	if len(hints) > 0 {
		msg += "; actors with that name: " + strings.Join(hints, ", ")
	}
	return msg
}

func printDecision(m *Main, res *graph.DecisionResult) {
	d := &res.Decision
	if res.Noop {
		fmt.Fprintf(m.Stdout, "%s: nothing to do\n", d)
		return
	}
	fmt.Fprintf(m.Stdout, "#%d %s: %s resolved again\n", d.Seq, d, count(res.Articles, "article"))
	for _, k := range res.Dropped {
		fmt.Fprintf(m.Stdout, "  dropped %s: both ends are now one actor\n", k)
	}
	for _, r := range res.Rejected {
		fmt.Fprintf(m.Stdout, "  dropped %v\n", r)
	}
}

func one(d graph.Decision) ([]graph.Decision, error) { return []graph.Decision{d}, nil }

func (m *Main) curationCommands() map[string]commandInfo {
	dc := func(name, synopsis, help string, nargs int, flags func(fs *flag.FlagSet) func([]string) ([]graph.Decision, error)) func(*Main) command {
		return func(m *Main) command {
			return &decisionCommand{m: m, name: name, synopsis: synopsis, help: help, nargs: nargs, flags: flags}
		}
	}
	noFlags := func(build func([]string) ([]graph.Decision, error)) func(*flag.FlagSet) func([]string) ([]graph.Decision, error) {
		return func(*flag.FlagSet) func([]string) ([]graph.Decision, error) { return build }
	}
	return map[string]commandInfo{
		"merge": {"merge an actor into another (its id redirects there)", dc("merge", "[flags] FROM-ID INTO-ID", `
Merge actor FROM into actor INTO: FROM's mentions, relations, evidence and
aliases move to INTO, and FROM's id redirects to INTO. A relation that would
join INTO to itself is dropped and reported. Refused when the two are declared
not the same. Undo with "actorgraph unmerge FROM".`, 2, noFlags(func(a []string) ([]graph.Decision, error) {
			return one(graph.Decision{Op: graph.OpMerge, Actor: a[0], Other: a[1]})
		}))},
		"unmerge": {"undo a merge", dc("unmerge", "[flags] ID", `
Undo the merge of ID: its mentions come back to it, and the graph is what it
would be had the merge never been made.`, 1, noFlags(func(a []string) ([]graph.Decision, error) {
			return one(graph.Decision{Op: graph.OpUnmerge, Actor: a[0]})
		}))},
		"not-same": {"declare two actors distinct for good", dc("not-same", "[flags] ID OTHER-ID", `
Declare that two actors are never one: merging them is refused, and when a
dictionary resolves to one a name that on its own is the other ("FAMa" as
Mali), the mention stays the other.`, 2, noFlags(func(a []string) ([]graph.Decision, error) {
			return one(graph.Decision{Op: graph.OpNotSame, Actor: a[0], Other: a[1]})
		}))},
		"split": {"move some mentions of an actor to a new actor (homonyms)", dc("split", "[flags] ID NEW-ID", `
Split homonyms: move the mentions of ID in the articles given with --articles,
or named by the surface form given with --form, to a new actor NEW-ID (named
--name). Later articles follow the same rule.`, 2, func(fs *flag.FlagSet) func([]string) ([]graph.Decision, error) {
			var arts listFlag
			fs.Var(&arts, "articles", "move the mentions in these article `ids` (comma-separated or repeated)")
			form := fs.String("form", "", "move the mentions named by this surface `form`")
			name := fs.String("name", "", "the new actor's `name`")
			return func(a []string) ([]graph.Decision, error) {
				if len(arts) == 0 && *form == "" {
					return nil, usagef("give --articles or --form")
				}
				return one(graph.Decision{Op: graph.OpSplit, Actor: a[0], Other: a[1], Articles: arts, Form: *form, Name: *name})
			}
		})},
		"alias": {"add or remove an alias of an actor", dc("alias", "[flags] add|remove ID FORM", `
Add FORM as an alias of ID (a mention discovered under that name then resolves
to ID), or remove it for good (it stays removed whatever later articles or
dictionaries say; mentions named only by it no longer resolve to ID).`, 3, noFlags(func(a []string) ([]graph.Decision, error) {
			switch a[0] {
			case "add":
				return one(graph.Decision{Op: graph.OpAliasAdd, Actor: a[1], Form: a[2]})
			case "remove", "rm":
				return one(graph.Decision{Op: graph.OpAliasRemove, Actor: a[1], Form: a[2]})
			}
			return nil, usagef("want alias add|remove ID FORM, not %q", a[0])
		}))},
		"rename": {"give an actor a canonical name (the id stays)", dc("rename", "[flags] ID NAME", `
Give ID the canonical name NAME. The id never changes.`, 2, noFlags(func(a []string) ([]graph.Decision, error) {
			return one(graph.Decision{Op: graph.OpRename, Actor: a[0], Name: a[1]})
		}))},
		"kind": {"set the kind of an actor (the id stays)", dc("kind", "[flags] ID KIND", `
Set the kind of ID (state, armed_group, company, person, organisation). The id
never changes; relations the new kind cannot join under the type rules are
dropped and reported, and come back if the kind is set back.`, 2, noFlags(func(a []string) ([]graph.Decision, error) {
			k, err := graph.ParseKind(a[1])
			if err != nil {
				return nil, usagef("%v", err)
			}
			return one(graph.Decision{Op: graph.OpKind, Actor: a[0], Kind: k})
		}))},
		"retract": {"remove articles' evidence and keep them out of later loads", dc("retract", "[flags] ARTICLE-ID...", `
Retract articles by id (as "actorgraph export --format json" shows them in
evidence): their evidence goes, relations and actors left with nothing go, and
loading the same files again does not bring them back. Undo with unretract.`, -1, noFlags(func(a []string) ([]graph.Decision, error) {
			var ds []graph.Decision
			for _, id := range a {
				ds = append(ds, graph.Decision{Op: graph.OpRetract, Article: id})
			}
			return ds, nil
		}))},
		"unretract": {"bring retracted articles back", dc("unretract", "[flags] ARTICLE-ID...", `
Bring retracted articles back, from the text and claims the database kept.`, -1, noFlags(func(a []string) ([]graph.Decision, error) {
			var ds []graph.Decision
			for _, id := range a {
				ds = append(ds, graph.Decision{Op: graph.OpUnretract, Article: id})
			}
			return ds, nil
		}))},
	}
}

// publish sends decisions to the decisions stream instead of a database.
func (c *decisionCommand) publish(ctx context.Context, nf *natsFlag, ds []graph.Decision, author, reason string) error {
	m := c.m
	nc, js, err := nf.connect(ctx)
	if err != nil {
		return err
	}
	defer nc.Close()
	for _, d := range ds {
		d.Author, d.Reason = author, reason
		ack, err := stream.PublishDecision(ctx, js, d)
		if err != nil {
			return err
		}
		note := ""
		if ack.Duplicate {
			note = " (published before: logged once)"
		}
		fmt.Fprintf(m.Stdout, "%s: published to %s as message %d%s; every follower applies it\n", d.String(), ack.Stream, ack.Sequence, note)
	}
	return nil
}
