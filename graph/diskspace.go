package graph

import (
	"fmt"
	"os"
	"path/filepath"
)

// This file keeps the store off a full disk. Badger maps its write-ahead
// log and its tables into memory: when the file system fills up, a write
// through such a mapping does not return an error, the kernel sends
// SIGBUS and the process dies ("fatal error: fault"), and on tmpfs even
// reopening the database can die the same way until space is freed
// (docs/ROBUSTNESS.md, "Disk full"). So the store checks the free space
// of the database's file system before it writes — when a writable store
// opens, before each batch its writer commits, as a restore loads — and
// refuses with a [*DiskFullError] while the free space is below a headroom.

// minFreeMemtables is the default headroom in memtables: the active
// memtable's write-ahead log (mapped at twice the memtable size, filled
// as the memtable fills), the level-0 table a flush writes (up to a
// memtable), and the new tables compactions write before they drop the
// ones they replace.
const minFreeMemtables = 4

// DefaultMinFree is the default headroom (Options.MinFree) with the
// store's Badger options: 4 × the 64 MiB memtable, 256 MiB.
const DefaultMinFree = minFreeMemtables * (64 << 20)

// DiskFullError reports that the free space of the database's file
// system is below the headroom the store keeps (Options.MinFree). It
// matches [ErrDiskFull] with errors.Is.
type DiskFullError struct {
	Dir  string // the database directory
	Free int64  // bytes available to the process on its file system
	Need int64  // the headroom, in bytes
}

// Error implements error.
func (e *DiskFullError) Error() string {
	return fmt.Sprintf("not enough free disk space for %s: %s free, %s of headroom needed before writing",
		e.Dir, FormatBytes(e.Free), FormatBytes(e.Need))
}

// Is reports whether target is ErrDiskFull.
func (e *DiskFullError) Is(target error) bool { return target == ErrDiskFull }

// FormatBytes writes n bytes in binary units: "512 B", "37.2 MiB".
func FormatBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// minFree returns the headroom of these options for a memtable of
// memtable bytes: Options.MinFree, or minFreeMemtables memtables when it
// is 0; 0 (no check) when it is negative.
func (o *Options) minFree(memtable int64) int64 {
	switch {
	case o.MinFree < 0:
		return 0
	case o.MinFree > 0:
		return o.MinFree
	}
	return minFreeMemtables * memtable
}

// checkFree returns a *DiskFullError when the file system of dir has
// less than need bytes free; need 0 disables the check. A file system
// whose free space cannot be read is not refused.
func checkFree(dir string, need int64) error {
	if need <= 0 {
		return nil
	}
	free, ok := freeBytes(existingDir(dir))
	if !ok || free >= need {
		return nil
	}
	return &DiskFullError{Dir: dir, Free: free, Need: need}
}

// checkFree checks the free space of the store's directory against its
// headroom (a no-op in memory and for a read-only store).
func (s *Store) checkFree() error {
	if s.opts.InMemory || s.opts.ReadOnly {
		return nil
	}
	return checkFree(s.dir, s.minFree)
}

// CheckFree returns an error matching [ErrDiskFull] (a [*DiskFullError])
// when the database's file system has less free space than the store's
// headroom (Options.MinFree), nil otherwise, and always nil for a store in
// memory or read-only. The store checks by itself before it writes;
// callers about to write much outside the store (a rebuild, a repair) can
// ask first.
func (s *Store) CheckFree() error {
	if err := s.checkFree(); err != nil {
		return fmt.Errorf("graph: %w", err)
	}
	return nil
}

// existingDir returns dir, or its nearest ancestor that exists (the
// directory Open is about to create is on its parent's file system).
func existingDir(dir string) string {
	d := filepath.Clean(dir)
	for {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
		p := filepath.Dir(d)
		if p == d {
			return d
		}
		d = p
	}
}

// readOnlyFS reports whether dir (or the nearest ancestor that exists) is
// on a file system mounted read-only.
func readOnlyFS(dir string) bool {
	return mountedReadOnly(existingDir(dir))
}

// errReadOnlyFS is the error of a writable Open on a read-only mount.
func errReadOnlyFS(dir string) error {
	return fmt.Errorf("graph: open %s: %w: the database cannot be written there; open it read-only (Options.ReadOnly) or remount it read-write", dir, ErrReadOnlyFS)
}
