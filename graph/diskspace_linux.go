//go:build linux

package graph

import "golang.org/x/sys/unix"

// freeBytes returns the bytes of dir's file system available to an
// unprivileged process (statfs's f_bavail), and whether it could tell.
func freeBytes(dir string) (int64, bool) {
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err != nil {
		return 0, false
	}
	return int64(st.Bavail) * int64(st.Bsize), true
}

// mountedReadOnly reports whether dir's file system is mounted read-only.
func mountedReadOnly(dir string) bool {
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err != nil {
		return false
	}
	return st.Flags&unix.ST_RDONLY != 0
}
