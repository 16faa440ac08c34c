package main

import (
	"errors"
	"flag"
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
)

// envMinFree sets the default of --min-free.
const envMinFree = "ACTORGRAPH_MIN_FREE"

// minFreeFlag is --min-free: the headroom of free disk space the store
// keeps (graph.Options.MinFree). It writes into its Main, which m.open
// reads.
type minFreeFlag struct{ m *Main }

func (f minFreeFlag) String() string {
	if f.m == nil || !f.m.minFreeSet {
		return ""
	}
	return fmt.Sprint(f.m.minFree)
}

func (f minFreeFlag) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	f.m.minFree, f.m.minFreeSet = n, true
	return nil
}

// minFreeFlag declares --min-free on a command that writes.
func (m *Main) minFreeFlag(fs *flag.FlagSet) {
	fs.Var(minFreeFlag{m}, "min-free", fmt.Sprintf("refuse to write when the database's file system has less free space than `SIZE` (e.g. 512MiB); 0 turns the check off, and Badger then dies (SIGBUS) if the disk fills up (default from $%s, else %s: room for Badger's memtable log, a flush and compactions)", envMinFree, fmt.Sprintf("%dMiB", graph.DefaultMinFree>>20)))
}

// minFreeOption returns graph.Options.MinFree for the command line:
// --min-free, else $ACTORGRAPH_MIN_FREE, else 0 (the store's default);
// a size of 0 becomes -1 (the check off).
func (m *Main) minFreeOption() (int64, error) {
	n, set := m.minFree, m.minFreeSet
	if !set {
		if v := m.Getenv(envMinFree); v != "" {
			var err error
			if n, err = parseSize(v); err != nil {
				return 0, usagef("$%s: %v", envMinFree, err)
			}
			set = true
		}
	}
	switch {
	case !set:
		return 0, nil
	case n == 0:
		return -1, nil
	}
	return n, nil
}

// storeOptions returns the options m opens stores with.
func (m *Main) storeOptions(readOnly bool) (*graph.Options, error) {
	mf, err := m.minFreeOption()
	if err != nil {
		return nil, err
	}
	return &graph.Options{ReadOnly: readOnly, MinFree: mf}, nil
}

// errorHint returns advice to print after an error, or "".
func errorHint(err error) string {
	switch {
	case errors.Is(err, graph.ErrDiskFull):
		return "free some space on that file system (or move the database), then run the command again; what was stored before is kept. --min-free lowers the headroom, at the risk of a crash if the disk fills up"
	case errors.Is(err, graph.ErrReadOnlyFS):
		return "export, stats, render, query and check (without --repair) read such a database; writing to it needs a read-write mount"
	}
	return ""
}
