package graphtest

import (
	_ "embed"
	"strconv"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/stretchr/testify/require"
)

//go:embed testdata/layout2.txt
var layout2 string

// OlderLayoutDB writes into dir (a fresh directory) a small database of
// layout version 2, the one before the current, as an older actorgraph
// wrote it: article a1 (russia trains mali, hedged, 2021-10), article a2
// retracted, and the decision that retracted it.
func OlderLayoutDB(t testing.TB, dir string) {
	t.Helper()
	db, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	require.NoError(t, err)
	err = db.Update(func(txn *badger.Txn) error {
		for _, line := range strings.Split(strings.TrimSpace(layout2), "\n") {
			k, v, ok := strings.Cut(line, "\t")
			require.True(t, ok, line)
			key, err := strconv.Unquote(`"` + k + `"`)
			require.NoError(t, err, line)
			if err := txn.Set([]byte(key), []byte(v)); err != nil {
				return err
			}
		}
		return nil
	})
	require.NoError(t, err)
	require.NoError(t, db.Close())
}
