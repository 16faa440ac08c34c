package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/actorgraph/actorgraph/schema/server"
)

// remote is the server holding a database, for the commands that go
// through it (load, export, stats; query has its own).
type remote struct {
	m      *Main
	cmd    string // the command, for messages
	db     string
	holder graph.Holder
	base   string // the server's URL, without a trailing slash
	client *http.Client
}

// openOrRemote opens the store in dir; when another process holds it and
// that process is a server with an address, it returns the server instead
// (and says so on standard error).
func (m *Main) openOrRemote(cmd, dir string, readOnly bool, adjust ...func(*graph.Options)) (*graph.Store, *remote, error) {
	st, err := m.open(dir, readOnly, adjust...)
	if err == nil {
		return st, nil, nil
	}
	h, ok := graph.ReadHolder(dir)
	if !ok || h.Addr == "" || !errors.Is(err, graph.ErrLocked) {
		return nil, nil, err
	}
	base := h.Addr
	if !strings.Contains(base, "://") {
		base = "http://" + base
	}
	fmt.Fprintf(m.Stderr, "actorgraph %s: %s is held by the server at %s (pid %d); going through it\n", cmd, dir, h.Addr, h.PID)
	return nil, &remote{m: m, cmd: cmd, db: dir, holder: h, base: strings.TrimSuffix(base, "/"), client: &http.Client{}}, nil
}

// do sends a request to the server and returns its answer when its status
// is 200; another status is returned as an error with the server's message.
func (r *remote) do(ctx context.Context, method, path string, query url.Values, body io.Reader, ctype string) (*http.Response, error) {
	u := r.base + path
	if len(query) > 0 {
		u += "?" + query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, method, u, body)
	if err != nil {
		return nil, err
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	return r.send(req)
}

// send sends req to the server with the token of the environment, and
// returns the answer when its status is 200, as do does.
func (r *remote) send(req *http.Request) (*http.Response, error) {
	if tok := r.m.Getenv(envToken); tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	res, err := r.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("the server holding %s at %s does not answer: %w", r.db, r.holder.Addr, err)
	}
	if res.StatusCode == http.StatusOK {
		return res, nil
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(res.Body, 64<<10))
	var resp server.Response
	msg := strings.TrimSpace(string(b))
	if json.Unmarshal(b, &resp) == nil && len(resp.Errors) > 0 {
		msg = resp.Errors[0].Message
	}
	err = fmt.Errorf("the server at %s answered %s: %s", r.holder.Addr, res.Status, msg)
	switch res.StatusCode {
	case http.StatusUnauthorized:
		err = fmt.Errorf("%w (set $%s to the token the server was started with)", err, envToken)
	case http.StatusForbidden:
		err = fmt.Errorf("%w (or stop the server to write to %s directly)", err, r.db)
	}
	return nil, err
}

// Batches of a remote load: a request ends after this many articles or
// bytes, whichever comes first.
const (
	remoteBatchArticles = 500
	remoteBatchBytes    = 16 << 20
)

// remoteLoad is a load through the server.
type remoteLoad struct {
	r    *remote
	sum  *loader.Summary
	last *server.IngestStats
	bar  *progressbar.ProgressBar

	buf     bytes.Buffer
	origins []origin // the input of each line of buf
}

// origin is where a line sent to the server comes from.
type origin struct {
	path  string
	line  int
	bytes int64 // bytes of text
}

// load reads paths locally (as a local load reads them) and sends the
// articles to the server's /ingest in batches, then prints the summary a
// local load prints.
func (r *remote) load(ctx context.Context, paths []string, opts loader.ReadOptions, bar *progressbar.ProgressBar, quiet bool) error {
	m := r.m
	start := time.Now()
	l := &remoteLoad{r: r, sum: &loader.Summary{}, bar: bar}
	err := loader.Read(ctx, paths, opts, func(it loader.Item) error {
		switch {
		case it.Err != nil:
			l.fail(it.Err)
			return nil
		case it.Article != nil:
			a := it.Article
			line, err := json.Marshal(struct {
				Text   string     `json:"text"`
				ID     string     `json:"id,omitempty"`
				URL    string     `json:"url,omitempty"`
				Title  string     `json:"title,omitempty"`
				Date   graph.Date `json:"date"`
				Lang   string     `json:"lang,omitempty"`
				Outlet string     `json:"outlet,omitempty"`
			}{a.Text, a.ID, a.URL, a.Title, a.Date, a.Lang, a.Outlet})
			if err != nil {
				return err
			}
			return l.add(ctx, line, origin{it.Path, max(it.Line, 1), int64(len(a.Text))})
		case it.Claims != nil:
			line, err := json.Marshal(it.Claims)
			if err != nil {
				return err
			}
			return l.add(ctx, line, origin{it.Path, max(it.Line, 1), int64(len(it.Claims.Article.Text))})
		}
		return nil
	})
	if err == nil {
		err = l.send(ctx)
	}
	l.sum.Elapsed = time.Since(start)
	if bar != nil {
		_ = bar.Finish()
		fmt.Fprintln(m.Stderr)
	}
	slices.SortStableFunc(l.sum.Failures, func(a, b *loader.InputError) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line))
	})
	for _, f := range l.sum.Failures {
		fmt.Fprintln(m.Stderr, f)
	}
	if err != nil {
		return fmt.Errorf("load stopped: %w", err)
	}
	if !quiet {
		st := l.last
		if st == nil { // nothing was sent: ask for the totals
			rep, err := r.stats(ctx, 0)
			if err != nil {
				return err
			}
			st = &server.IngestStats{Actors: rep.Stats.Actors, Relations: rep.Stats.Relations, Evidence: rep.Stats.Evidence, Articles: rep.Stats.Articles}
		}
		printSummary(m.Stdout, l.sum, &graph.Stats{Actors: st.Actors, Relations: st.Relations, Evidence: st.Evidence, Articles: st.Articles})
	}
	if !l.sum.OK() {
		return &failedError{msg: fmt.Sprintf("%d failed", l.sum.Failed)}
	}
	return nil
}

func (l *remoteLoad) fail(e *loader.InputError) {
	l.sum.Failed++
	l.sum.Failures = append(l.sum.Failures, e)
	if l.bar != nil {
		l.bar.Describe(fmt.Sprintf("%d articles", l.sum.Articles()))
	}
}

// add queues one line, sending the batch when it is full.
func (l *remoteLoad) add(ctx context.Context, line []byte, o origin) error {
	l.buf.Write(line)
	l.buf.WriteByte('\n')
	l.origins = append(l.origins, o)
	if len(l.origins) >= remoteBatchArticles || l.buf.Len() >= remoteBatchBytes {
		return l.send(ctx)
	}
	return nil
}

// send sends the queued lines and reads the server's answer line by line.
func (l *remoteLoad) send(ctx context.Context) error {
	if len(l.origins) == 0 {
		return nil
	}
	defer func() {
		l.buf.Reset()
		l.origins = l.origins[:0]
	}()
	res, err := l.r.do(ctx, http.MethodPost, "/ingest", nil, bytes.NewReader(l.buf.Bytes()), "application/x-ndjson")
	if err != nil {
		return err
	}
	defer res.Body.Close()
	answered := make([]bool, len(l.origins))
	br := bufio.NewReaderSize(res.Body, 64<<10)
	var summary *server.IngestSummary
	for {
		b, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			if bytes.HasPrefix(b, []byte(`{"summary"`)) {
				summary = &server.IngestSummary{}
				if err := json.Unmarshal(b, summary); err != nil {
					return fmt.Errorf("read the answer of %s/ingest: %w", l.r.base, err)
				}
				break
			}
			var lr server.IngestLineResult
			if err := json.Unmarshal(b, &lr); err != nil {
				return fmt.Errorf("read the answer of %s/ingest: %w", l.r.base, err)
			}
			if lr.Line < 1 || lr.Line > len(l.origins) {
				return fmt.Errorf("read the answer of %s/ingest: an answer for line %d of %d", l.r.base, lr.Line, len(l.origins))
			}
			answered[lr.Line-1] = true
			l.record(&lr, l.origins[lr.Line-1])
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("read the answer of %s/ingest: %w", l.r.base, err)
		}
	}
	if summary == nil {
		return fmt.Errorf("the server at %s stopped answering before the end of the batch", l.r.holder.Addr)
	}
	if summary.Error != "" {
		return fmt.Errorf("the server at %s stopped the ingest: %s", l.r.holder.Addr, summary.Error)
	}
	for i, ok := range answered {
		if !ok {
			return fmt.Errorf("the server at %s did not answer for %s:%d", l.r.holder.Addr, l.origins[i].path, l.origins[i].line)
		}
	}
	l.last = summary.Stats
	return nil
}

// record counts the answer for one line as a local load counts an article.
func (l *remoteLoad) record(lr *server.IngestLineResult, o origin) {
	s := l.sum
	s.Bytes += o.bytes
	if l.bar != nil {
		_ = l.bar.Add64(o.bytes)
	}
	if !lr.OK {
		l.fail(&loader.InputError{Path: o.path, Line: o.line, Err: errors.New(lr.Error)})
		return
	}
	switch graph.Status(lr.Status) {
	case graph.StatusNew:
		s.New++
	case graph.StatusUpdated:
		s.Updated++
	case graph.StatusReextracted:
		s.Reextracted++
	case graph.StatusUnchanged:
		s.Unchanged++
	case graph.StatusRetracted:
		s.Retracted++
	}
	s.Actors += lr.Actors
	s.Relations += lr.Relations
	s.Evidence += lr.Evidence
	s.Rejected += lr.Rejected
	if l.bar != nil {
		l.bar.Describe(fmt.Sprintf("%d articles", s.Articles()))
	}
}

// export streams the server's export of req to out (standard output when
// empty).
func (r *remote) export(ctx context.Context, req *server.ExportRequest, out string) (err error) {
	res, err := r.do(ctx, http.MethodGet, "/export", req.Values(), nil, "")
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var w io.Writer = r.m.Stdout
	if out != "" {
		f, err := os.Create(out)
		if err != nil {
			return err
		}
		defer func() {
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				os.Remove(out)
			}
		}()
		w = f
	}
	if _, err := io.Copy(w, res.Body); err != nil {
		return fmt.Errorf("the export from %s was cut short: %w", r.holder.Addr, err)
	}
	return nil
}

// stats reads the server's stats report.
func (r *remote) stats(ctx context.Context, top int) (*server.StatsReport, error) {
	res, err := r.do(ctx, http.MethodGet, "/stats", url.Values{"top": {strconv.Itoa(top)}}, nil, "")
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var rep server.StatsReport
	if err := json.NewDecoder(res.Body).Decode(&rep); err != nil {
		return nil, fmt.Errorf("read the stats of %s: %w", r.holder.Addr, err)
	}
	if rep.Stats == nil {
		return nil, fmt.Errorf("read the stats of %s: no stats in the answer", r.holder.Addr)
	}
	return &rep, nil
}
