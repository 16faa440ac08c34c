package loader

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Read reads the articles and claims named by paths and calls fn for each,
// and for each problem with the input, in a deterministic order. A path is
// a file, a folder, or "-" for opts.Stdin.
//
// A folder is walked recursively in lexical order; hidden files and
// folders (named ".…") are skipped, and so are files with an extension the
// loader does not read and symbolic links to folders. A file named
// explicitly with an unknown extension is an [InputError] unless
// opts.Format is set.
//
// Problems with the input reach fn as items with Err set, and reading goes
// on. Read returns only the error fn returns, which stops reading, ctx's
// error when it is cancelled, or an error for an unknown opts.Format. fn is
// called from the caller's goroutine, one item at a time.
func Read(ctx context.Context, paths []string, opts ReadOptions, fn func(Item) error) error {
	if opts.Format != "" && !validFormat(opts.Format) {
		return fmt.Errorf("loader: unknown format %q (want txt, md, html, jsonl or claims)", opts.Format)
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if p == "-" {
			err = readStdin(ctx, opts, fn)
		} else {
			err = readPath(ctx, p, opts, fn)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func readStdin(ctx context.Context, opts ReadOptions, fn func(Item) error) error {
	if opts.Stdin == nil {
		return emitter{StdinPath, fn}.fail(0, errors.New("standard input is not available"))
	}
	return ReadFile(ctx, StdinPath, opts.counted(opts.Stdin), opts, fn)
}

// readPath reads a file or walks a folder named by the user.
func readPath(ctx context.Context, path string, opts ReadOptions, fn func(Item) error) error {
	e := emitter{path, fn}
	info, err := os.Stat(path)
	if err != nil {
		return e.fail(0, pathError(err))
	}
	if !info.IsDir() {
		if opts.Format == "" && formatOf(path) == "" {
			return e.fail(0, fmt.Errorf("%w: extension %q is none of .txt, .md, .html, .htm, .jsonl, .claims.jsonl", ErrUnknownFormat, filepath.Ext(path)))
		}
		return readOne(ctx, path, opts, fn)
	}
	root := WalkRoot(path)
	// stop keeps an error of fn or ctx, so that WalkDir cannot mistake it
	// for one of its own (fs.SkipDir).
	var stop error
	walk := func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			stop = emitter{p, fn}.fail(0, pathError(err))
			if stop == nil && d != nil && d.IsDir() {
				return fs.SkipDir
			}
		} else if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
		} else if !d.IsDir() && formatOf(p) != "" && !isDirLink(p, d) {
			if stop = ctx.Err(); stop == nil {
				stop = readOne(ctx, p, opts, fn)
			}
		}
		if stop != nil {
			return fs.SkipAll
		}
		return nil
	}
	if err := filepath.WalkDir(root, walk); err != nil {
		return err
	}
	return stop
}

// WalkRoot returns the root to walk for a folder the user named: the
// path itself, or, for a symbolic link to a folder, the path with a
// trailing separator, so that the walk enters the folder (a walk does
// not follow links) and names its files under the name given.
func WalkRoot(path string) string {
	if li, err := os.Lstat(path); err == nil && li.Mode()&fs.ModeSymlink != 0 {
		if info, err := os.Stat(path); err == nil && info.IsDir() {
			return strings.TrimRight(path, string(os.PathSeparator)) + string(os.PathSeparator)
		}
	}
	return path
}

// isDirLink reports whether a folder entry is a symbolic link to a folder,
// which the walk does not follow.
func isDirLink(p string, d fs.DirEntry) bool {
	if d.Type()&fs.ModeSymlink == 0 {
		return false
	}
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}

// readOne reads one file.
func readOne(ctx context.Context, path string, opts ReadOptions, fn func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return emitter{path, fn}.fail(0, pathError(err))
	}
	defer f.Close()
	return ReadFile(ctx, path, opts.counted(f), opts, fn)
}

// pathError drops the operation and path of an *fs.PathError, which the
// InputError already names.
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
