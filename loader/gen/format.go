package gen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"

	"github.com/actorgraph/actorgraph/graph"
)

// FilesPerDir is the most article files in one folder of a text corpus.
const FilesPerDir = 1000

// TxtPath returns the path of article i in a text corpus, relative to the
// corpus folder: "NNNN/NNNNNNN.txt", a folder per thousand articles, with
// indexes zero-padded so that lexical order is index order (up to
// [MaxArticles]).
func TxtPath(i int) string {
	return filepath.Join(fmt.Sprintf("%04d", i/FilesPerDir), fmt.Sprintf("%07d.txt", i))
}

// JSONLName returns the name of a JSONL corpus file: "corpus-<seed>.jsonl",
// or "corpus-<seed>-<NNNN>.jsonl" for shard n when shard >= 0.
func JSONLName(seed int64, shard int) string {
	if shard < 0 {
		return fmt.Sprintf("corpus-%d.jsonl", seed)
	}
	return fmt.Sprintf("corpus-%d-%04d.jsonl", seed, shard)
}

// AppendTxt appends the article as a text file: the header lines Title:,
// Date:, URL:, Lang:, Outlet: and ID:, a blank line, then the text. The
// loader reads it back to the same article.
func AppendTxt(b []byte, a *graph.Article) []byte {
	b = fmt.Appendf(b, "Title: %s\nDate: %s\nURL: %s\nLang: %s\nOutlet: %s\nID: %s\n\n", a.Title, a.Date, a.URL, a.Lang, a.Outlet, a.ID)
	return append(b, a.Text...)
}

// jsonArticle is one line of a JSONL corpus, in the loader's field order.
type jsonArticle struct {
	ID     string `json:"id"`
	URL    string `json:"url"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Lang   string `json:"lang"`
	Outlet string `json:"outlet"`
	Text   string `json:"text"`
}

// AppendJSONL appends the article as one JSON line (with the fields id,
// url, title, date, lang, outlet and text) and a newline.
func AppendJSONL(b []byte, a *graph.Article) []byte {
	buf := bytes.NewBuffer(b)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	// Encoding strings cannot fail.
	_ = enc.Encode(jsonArticle{a.ID, a.URL, a.Title, a.Date.String(), a.Lang, a.Outlet, a.Text})
	return buf.Bytes()
}
