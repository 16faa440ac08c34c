package graph

import (
	"errors"
	"fmt"
)

// Sentinel errors returned by the store. Match them with [errors.Is]; the
// returned errors wrap them with the operation and its arguments.
var (
	// ErrNotFound is returned when an actor, relation or article does not exist.
	ErrNotFound = errors.New("not found")
	// ErrVersion is returned by [Open] when the directory holds a layout this
	// build does not read. The wrapping error names both versions.
	ErrVersion = errors.New("unknown storage layout version")
	// ErrLocked is returned by [Open] when another process holds the database
	// directory (most often a running "actorgraph serve" or "load"). The
	// wrapping error names the holder when it is known.
	ErrLocked = errors.New("database is locked by another process")
	// ErrInvalidID is returned when an actor id is not a slug
	// (^[a-z0-9][a-z0-9-]*$, at most 96 bytes) or an article id is empty or too long.
	ErrInvalidID = errors.New("invalid id")
	// ErrReadOnly is returned by writes on a store opened with Options.ReadOnly.
	ErrReadOnly = errors.New("store is read-only")
	// ErrTooLarge is returned by [Store.Ingest] for an article whose text is
	// above Options.MaxArticleBytes.
	ErrTooLarge = errors.New("article too large")
	// ErrInvalidClaims is returned when claims break the schema: a missing
	// article id, an unknown kind or relation type, an end that names no actor
	// of the claims, offsets outside the text.
	ErrInvalidClaims = errors.New("invalid claims")
	// ErrTypeRule is returned (wrapped in a [*TypeRuleError]) when a relation
	// joins kinds its type does not allow, e.g. a person trained by a state.
	ErrTypeRule = errors.New("type rule violated")
	// ErrClosed is returned by operations on a closed store.
	ErrClosed = errors.New("store is closed")
	// ErrDiskFull is returned (wrapped in a [*DiskFullError], which names
	// the directory, the free space and the headroom) by [Open] for a
	// writable store and by every write when the database's file system
	// has less free space than Options.MinFree: Badger, which maps its
	// files into memory, would otherwise die of SIGBUS when the disk fills.
	ErrDiskFull = errors.New("disk full")
	// ErrReadOnlyFS is returned by [Open] for a writable store in a
	// directory whose file system is mounted read-only; open it with
	// Options.ReadOnly instead.
	ErrReadOnlyFS = errors.New("read-only file system")
	// ErrUnclean is returned by [Open] for a read-only store when the
	// database was not closed cleanly: Badger must finish its write-ahead
	// log, which needs one open for writing first.
	ErrUnclean = errors.New("database not closed cleanly")
)

// TypeRuleError reports a relation whose ends have kinds its type does not
// join. It matches [ErrTypeRule] with errors.Is.
type TypeRuleError struct {
	From     string
	FromKind Kind
	Type     RelType
	To       string
	ToKind   Kind
}

// Error implements error.
func (e *TypeRuleError) Error() string {
	return fmt.Sprintf("type rule: %s (%s) %s %s (%s): %s", e.From, e.FromKind, e.Type, e.To, e.ToKind, e.Type.RuleText())
}

// Is reports whether target is ErrTypeRule.
func (e *TypeRuleError) Is(target error) bool { return target == ErrTypeRule }
