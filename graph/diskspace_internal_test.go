package graph

import (
	"bytes"
	"context"
	"errors"
	"testing"
)

// TestWriterHeadroom makes the store's headroom larger than any disk once
// the store is open: every kind of write — an ingest batch, a decision, a
// restore — is refused with ErrDiskFull and changes nothing; reads and
// backups go on; with the headroom back, writes go on and the store is
// consistent.
func TestWriterHeadroom(t *testing.T) {
	ctx := context.Background()
	s, err := Open(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	art := func(id string) *Claims {
		return &Claims{Version: 1, Article: Article{ID: id, Date: MustDate("2024-05")},
			Actors: []ClaimActor{{ID: "mali", Name: "Mali", Kind: KindState}, {ID: "niger", Name: "Niger", Kind: KindState}},
			Relations: []ClaimRelation{{From: "mali", Type: Allied, To: "niger",
				Evidence: []ClaimEvidence{{Sentence: "Mali and Niger are allies."}}}}}
	}
	if _, err := s.Ingest(ctx, art("before")); err != nil {
		t.Fatal(err)
	}
	var backup bytes.Buffer
	if _, err := s.Backup(ctx, &backup); err != nil {
		t.Fatal(err)
	}
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}

	saved := s.minFree
	s.minFree = 1 << 60
	if _, err := s.Ingest(ctx, art("refused")); !isDiskFull(err) {
		t.Fatalf("ingest: got %v, want ErrDiskFull", err)
	}
	if _, err := s.Decide(ctx, Decision{Op: OpRetract, Article: "before"}, nil); !isDiskFull(err) {
		t.Fatalf("decide: got %v, want ErrDiskFull", err)
	}
	if _, err := s.Restore(ctx, bytes.NewReader(backup.Bytes()), RestoreOptions{Force: true}); !isDiskFull(err) {
		t.Fatalf("restore: got %v, want ErrDiskFull", err)
	}
	if err := s.CheckFree(); !isDiskFull(err) {
		t.Fatalf("CheckFree: got %v, want ErrDiskFull", err)
	}
	after, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if string(marshal(after)) != string(marshal(before)) {
		t.Fatalf("refused writes changed the graph: %s, was %s", marshal(after), marshal(before))
	}
	if _, err := s.Backup(ctx, &bytes.Buffer{}); err != nil {
		t.Fatalf("a backup only reads: %v", err)
	}

	s.minFree = saved
	if _, err := s.Ingest(ctx, art("after")); err != nil {
		t.Fatal(err)
	}
	rep, err := s.Check(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("check: %v %v", err, rep)
	}
	if st, _ := s.Stats(ctx); st.Articles != 2 {
		t.Fatalf("%d articles, want 2 (before, after)", st.Articles)
	}
}

func isDiskFull(err error) bool {
	var de *DiskFullError
	return err != nil && errors.As(err, &de) && errors.Is(err, ErrDiskFull) && de.Need == 1<<60
}
