package loader

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/actorgraph/actorgraph/graph"
)

func TestInputError(t *testing.T) {
	reason := errors.New("empty article")
	for _, tc := range []struct {
		name string
		err  *InputError
		want string
	}{
		{"line", &InputError{"a/b.txt", 3, reason}, "a/b.txt:3: empty article"},
		{"whole file", &InputError{"a/b.txt", 0, reason}, "a/b.txt: empty article"},
		{"one line", &InputError{"x.jsonl", 2, errors.New("first\nsecond\r\nthird")}, "x.jsonl:2: first; second; third"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.err.Error())
			assert.Same(t, tc.err.Err, errors.Unwrap(tc.err))
		})
	}
	wrapped := fmt.Errorf("load: %w", &InputError{"a.txt", 1, ErrEmpty})
	assert.ErrorIs(t, wrapped, ErrEmpty)
	var ie *InputError
	assert.ErrorAs(t, wrapped, &ie)
}

func TestSizeError(t *testing.T) {
	err := &sizeError{what: "article", size: 5<<20 + 1, limit: 5 << 20}
	assert.Equal(t, "article of 5242881 bytes exceeds the limit of 5 MB", err.Error())
	assert.ErrorIs(t, err, graph.ErrTooLarge)
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{
		0: "0 bytes", 100: "100 bytes", 1 << 10: "1 KB", 1536: "1.5 KB",
		5 << 20: "5 MB", 20 << 20: "20 MB", 3<<19 + 0: "1.5 MB",
	} {
		assert.Equal(t, want, formatSize(n), n)
	}
}

func TestTypeRulesError(t *testing.T) {
	err := typeRulesError{
		{From: "mali", FromKind: graph.KindState, Type: graph.Trains, To: "goita", ToKind: graph.KindPerson},
		{From: "mali", FromKind: graph.KindState, Type: graph.Leads, To: "x", ToKind: graph.KindState},
	}
	assert.ErrorIs(t, err, graph.ErrTypeRule)
	assert.Contains(t, err.Error(), "mali (state) trains goita (person)")
	assert.Contains(t, err.Error(), "; type rule: mali (state) leads x (state)")
}
