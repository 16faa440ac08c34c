package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader"
	"github.com/stretchr/testify/require"
)

// TestReaderContentHash: the claims of an article the loader read carry
// the hash the loader computed (not computed again), and any other
// content hash an article comes with is replaced by that of its text.
func TestReaderContentHash(t *testing.T) {
	x := New(nil)
	text := "Le Mali et la Russie ont signé un accord de défense.\r\nL'armée malienne a combattu le JNIM."
	var read *graph.Article
	err := loader.ReadFile(context.Background(), "a.txt", strings.NewReader(text), loader.ReadOptions{}, func(it loader.Item) error {
		read = it.Article
		return nil
	})
	require.NoError(t, err)
	require.NotNil(t, read)
	want := graph.ContentHash(read.Text)
	c, err := x.Extract(context.Background(), read)
	require.NoError(t, err)
	require.Equal(t, want, c.Article.ContentHash)

	stale := *read
	stale.ContentHash = graph.ContentHash("another text")
	c, err = x.Extract(context.Background(), &stale)
	require.NoError(t, err)
	require.Equal(t, want, c.Article.ContentHash, "a hash set by hand is not trusted")

	edited := *read
	edited.Text = strings.Replace(read.Text, "Mali", "Niger", 1)
	c, err = x.Extract(context.Background(), &edited)
	require.NoError(t, err)
	require.Equal(t, graph.ContentHash(edited.Text), c.Article.ContentHash, "the reader's hash is of another text")
}
