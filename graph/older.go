package graph

import (
	"encoding/json"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/actorgraph/actorgraph/graph/internal/keys"
)

// This file reads what a rebuild needs from a database of the older
// layout (version 2, Options.OlderLayout), whose article and text records
// were JSON: the articles and their stored claims. The decision log has
// not changed.

// articleDecoder returns the decoder of the d/ records of the Tx's layout.
func (tx *Tx) articleDecoder() func([]byte) (*articleRec, error) {
	if tx.older {
		return decodeOlderArticle
	}
	return decodeArticle
}

func decodeOlderArticle(v []byte) (*articleRec, error) {
	var r articleRec
	if err := json.Unmarshal(v, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

func decodeOlderText(v []byte) (*textRec, error) {
	var t textRec
	if err := json.Unmarshal(v, &t); err != nil {
		return nil, err
	}
	return &t, nil
}

// olderStoredClaims is storedClaims for the older layout.
func olderStoredClaims(txn *badger.Txn, h keys.Art, rec *articleRec) (*Claims, error) {
	tr, found, err := getRecord(txn, keys.TextKey(h), decodeOlderText)
	if err != nil || !found || tr.Claims == nil {
		return nil, err
	}
	return claimsOf(tr, rec), nil
}
