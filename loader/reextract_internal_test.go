package loader

import "testing"

// TestExtractedBy checks which stored fingerprints reextract and rebuild
// treat as their extractor's own: the same family, or a former name of it.
func TestExtractedBy(t *testing.T) {
	for _, tc := range []struct {
		stored, current string
		former          []string
		want            bool
	}{
		{"rules/1+aaaa", "rules/1+bbbb", nil, true},
		{"rules/0+aaaa", "rules/1+bbbb", nil, true},
		{"simple/2+aaaa", "rules/1+bbbb", []string{"simple"}, true},
		{"simple/2+aaaa", "rules/1+bbbb", nil, false},
		{"claims/1", "rules/1+bbbb", []string{"simple"}, false},
		{"", "rules/1+bbbb", []string{""}, false},
		{"rules/1+aaaa", "", nil, false},
	} {
		if got := extractedBy(tc.stored, tc.current, tc.former...); got != tc.want {
			t.Errorf("extractedBy(%q, %q, %q) = %v, want %v", tc.stored, tc.current, tc.former, got, tc.want)
		}
	}
}
