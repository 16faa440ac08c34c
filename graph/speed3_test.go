package graph

import (
	"testing"
)

// The extractor reuses the loader's content hash only when it is known to
// be the hash of the article's current text.
func TestKnownContentHash(t *testing.T) {
	a := &Article{ID: "a", Text: "Le Mali et la Russie.\r\n"}
	if _, ok := KnownContentHash(a); ok {
		t.Fatal("a hash no one computed is known")
	}
	a.ContentHash = "0000"
	if _, ok := KnownContentHash(a); ok {
		t.Fatal("a hash set by hand is trusted")
	}
	SetContentHash(a)
	want := ContentHash(a.Text)
	if h, ok := KnownContentHash(a); !ok || h != want || a.ContentHash != want {
		t.Fatalf("KnownContentHash = %q, %v; want %q, true", h, ok, want)
	}
	b := *a // a copy keeps the record
	if h, ok := KnownContentHash(&b); !ok || h != want {
		t.Fatalf("copy: KnownContentHash = %q, %v", h, ok)
	}
	b.Text = "Le Niger et la Russie.\n"
	if _, ok := KnownContentHash(&b); ok {
		t.Fatal("the hash of the old text is known for the new one")
	}
	c := *a
	c.ContentHash = ContentHash("autre")
	if _, ok := KnownContentHash(&c); ok {
		t.Fatal("a changed hash is trusted")
	}
	// the same text in another string is still known
	d := *a
	d.Text = string([]byte(a.Text))
	if h, ok := KnownContentHash(&d); !ok || h != want {
		t.Fatalf("equal text: KnownContentHash = %q, %v", h, ok)
	}
}

// Date.String writes the common dates without fmt: the same strings.
func TestDateStringFast(t *testing.T) {
	for _, y := range []int{-10000, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 2024, 9999, 10000, 123456} {
		for _, m := range []int{-1, 0, 1, 9, 10, 12, 99, 100} {
			for _, dd := range []int{-1, 0, 1, 9, 10, 31, 99, 100} {
				d := Date{Year: y, Month: m, Day: dd}
				if got, want := d.String(), d.formatted(); got != want {
					t.Fatalf("%#v.String() = %q, want %q", d, got, want)
				}
			}
		}
	}
}
