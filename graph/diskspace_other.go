//go:build !linux

package graph

// freeBytes is not implemented on this system: the free-space check is
// skipped.
func freeBytes(string) (int64, bool) { return 0, false }

// mountedReadOnly is not implemented on this system: a read-only mount
// shows as Badger's own error when it writes.
func mountedReadOnly(string) bool { return false }
