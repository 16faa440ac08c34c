package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"

	"github.com/actorgraph/actorgraph/graph"
)

type backupCommand struct{ m *Main }

const backupHelp = `
Write a backup of the whole database to FILE (- for standard output): the
graph, the stored articles with their texts, and the curation log, as one
consistent snapshot (Badger's backup stream after a header line that names
the layout version). Loads, queries and a server may go on meanwhile.

When a running 'actorgraph serve' holds the database, the backup comes from
that server (GET /backup, with $ACTORGRAPH_TOKEN when the server has a
token). The file is written beside FILE, read back and verified, then
renamed to FILE: a backup that was cut short never takes FILE's name.

Examples:

  actorgraph backup --db news.db news-2024-10-01.backup
  actorgraph restore --db copy.db news-2024-10-01.backup`

func (c *backupCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("backup", "[flags] FILE", backupHelp)
	db := m.dbFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("want one FILE to write the backup to (- for standard output)")
	}
	out := fs.Arg(0)
	st, srv, err := m.openOrRemote("backup", *db, true)
	if err != nil {
		return err
	}
	if st != nil {
		defer st.Close()
	}
	write := func(w io.Writer) error {
		if srv != nil {
			res, err := srv.do(ctx, http.MethodGet, "/backup", nil, nil, "")
			if err != nil {
				return err
			}
			defer res.Body.Close()
			if _, err := io.Copy(w, res.Body); err != nil {
				return fmt.Errorf("the backup from %s was cut short: %w", srv.holder.Addr, err)
			}
			return nil
		}
		_, err := st.Backup(ctx, w)
		return err
	}
	if out == "-" {
		return write(m.Stdout)
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*.tmp")
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer os.Remove(tmp.Name()) // once renamed, there is nothing left to remove
	err = write(tmp)
	if err == nil {
		err = tmp.Sync()
	}
	var info *graph.BackupInfo
	if err == nil {
		if _, err = tmp.Seek(0, io.SeekStart); err == nil {
			info, err = graph.VerifyBackup(ctx, tmp)
		}
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("backup of %s: %w", *db, err)
	}
	if err := os.Rename(tmp.Name(), out); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	fmt.Fprintf(m.Stdout, "backed up %s to %s: %s, %s, %s (layout version %d)\n",
		*db, out, count(info.Keys, "key"), count(info.Decisions, "curation decision"), humanBytes(info.Bytes), info.Header.Layout)
	return nil
}

type restoreCommand struct{ m *Main }

const restoreHelp = `
Restore the database from FILE, a backup written by 'actorgraph backup' (or
GET /backup of a server), then check it as 'actorgraph check' does.

The backup is verified whole first (header, layout version, every record),
so a bad or truncated file changes nothing. A database that already holds a
graph is refused unless --force is given; then the backup replaces it. A
backup of another layout version is refused: restore it with the matching
actorgraph, then run 'actorgraph rebuild'.

When a running 'actorgraph serve' holds the database, the restore goes
through that server (POST /restore): the server must allow writes, and
$ACTORGRAPH_TOKEN must hold its token when it has one. Other requests wait
while the restore runs.

Examples:

  actorgraph restore --db copy.db news.backup
  actorgraph restore --db news.db --force news.backup`

func (c *restoreCommand) Run(ctx context.Context, args []string) error {
	m := c.m
	fs := m.flagSet("restore", "[flags] FILE", restoreHelp)
	db := m.dbFlag(fs)
	m.minFreeFlag(fs)
	force := fs.Bool("force", false, "replace the graph the database holds")
	asJSON := fs.Bool("json", false, "print what was restored, and the check report, as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("want one backup FILE to restore")
	}
	in := fs.Arg(0)
	f, err := os.Open(in)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer f.Close()
	// Verify before opening the database, so a bad file is reported
	// without touching it (and without a server round trip).
	if _, err := graph.VerifyBackup(ctx, f); err != nil {
		return fmt.Errorf("restore %s: %w", in, err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	st, srv, err := m.openOrRemote("restore", *db, false)
	if err != nil {
		return err
	}
	var res *graph.RestoreResult
	if srv != nil {
		res, err = srv.restore(ctx, f, *force)
	} else {
		defer st.Close()
		res, err = st.Restore(ctx, f, graph.RestoreOptions{Force: *force})
	}
	if err != nil {
		if errors.Is(err, graph.ErrNotEmpty) {
			return fmt.Errorf("%s is not empty: it holds a graph, which the restore would replace (give --force, or restore into a new --db)", *db)
		}
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	verb := "restored"
	if res.Replaced {
		verb = "replaced the graph of"
	}
	status := "consistent"
	if res.Check != nil && !res.Check.OK() {
		status = fmt.Sprintf("INCONSISTENT: %d differences", res.Check.Total)
	}
	fmt.Fprintf(m.Stdout, "%s %s from %s (made %s): %s, %s; check: %s\n",
		verb, *db, in, res.Header.Created.Format("2006-01-02 15:04:05Z"), count(res.Keys, "key"), count(res.Decisions, "curation decision"), status)
	return nil
}

// restore sends the backup in f to the server's /restore.
func (r *remote) restore(ctx context.Context, f *os.File, force bool) (*graph.RestoreResult, error) {
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("restore: %w", err)
	}
	q := url.Values{}
	if force {
		q.Set("force", strconv.FormatBool(force))
	}
	body := io.NopCloser(f) // the file is closed by the caller
	u := r.base + "/restore?" + q.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, body)
	if err != nil {
		return nil, err
	}
	req.ContentLength = fi.Size()
	res, err := r.send(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var rr graph.RestoreResult
	if err := json.NewDecoder(res.Body).Decode(&rr); err != nil {
		return nil, fmt.Errorf("read the answer of %s/restore: %w", r.base, err)
	}
	return &rr, nil
}
