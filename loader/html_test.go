package loader

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/actorgraph/actorgraph/graph"
)

const page = `<!doctype html>
<html lang="fr-FR">
<head>
  <meta charset="utf-8">
  <title> Mali :  la Turquie
    livre des drones </title>
  <meta property="og:title" content="Other title">
  <meta name="date" content="2023">
  <meta property="article:published_time" content="2024-10-05T10:00:00+02:00">
  <meta property="og:site_name" content="Le Journal">
  <meta property="og:url" content="https://example.org/mali-drones">
  <link rel="canonical" href="https://example.org/canonical">
  <script>var x = "<p>not text</p>";</script>
  <style>p { color: red }</style>
</head>
<body>
  <nav><a href="/">Accueil</a> | <a href="/afrique">Afrique</a></nav>
  <article>
    <h1>La Turquie livre des drones</h1>
    <p>Début août, l&#8217;aviation du pays a reçu
       des drones&nbsp;TB2.</p>
    <figure><img src="x.jpg"><figcaption>Un drone. Image : X/AFP</figcaption></figure>
    <p>Les <b>rebelles</b> <i>touareg</i> ont attaqué.<br>Deuxième ligne.</p>
    <ul><li>un</li><li>deux</li></ul>
  </article>
  <footer>© Le Journal</footer>
</body>
</html>
`

func TestReadHTML(t *testing.T) {
	d := graph.MustDate
	for _, tc := range []struct {
		name     string
		input    string
		wantMeta graph.Article
		wantText string
	}{
		{"page", page,
			graph.Article{Title: "Mali : la Turquie livre des drones", Date: d("2024-10-05"), Lang: "fr", URL: "https://example.org/mali-drones", Outlet: "Le Journal"},
			"La Turquie livre des drones\n\nDébut août, l\u2019aviation du pays a reçu des drones\u00a0TB2.\n\nUn drone. Image : X/AFP\n\nLes rebelles touareg ont attaqué.\nDeuxième ligne.\n\nun\ndeux\n\n© Le Journal"},
		{"fragment", "<p>Bamako</p>", graph.Article{}, "Bamako"},
		{"entities", "<p>Tom &amp; Jerry &lt;3 &#233;t&#xE9; &eacute;</p>", graph.Article{}, "Tom & Jerry <3 été é"},
		{"paragraphs", "<p>a</p><p>b</p>", graph.Article{}, "a\n\nb"},
		{"divs", "<div>a</div><div>b</div>", graph.Article{}, "a\nb"},
		{"nested blocks make one break", "<div><div><p>a</p></div></div><div><p>b</p></div>", graph.Article{}, "a\n\nb"},
		{"br", "a<br>b<br/><br>c", graph.Article{}, "a\nb\n\nc"},
		{"heading", "<h2>T</h2>text", graph.Article{}, "T\n\ntext"},
		{"table", "<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>", graph.Article{}, "a\nb\nc"},
		{"inline", "<span>a</span><span>b</span> <em>c</em>", graph.Article{}, "ab c"},
		{"white space", "<p>  a \n\t b  </p>", graph.Article{}, "a b"},
		{"pre", "<p>x</p><pre>  a\n    b</pre><p>y</p>", graph.Article{}, "x\n\n  a\n    b\n\ny"},
		{"skipped elements", "<p>a</p><script>s</script><noscript>n</noscript><template><p>t</p></template><iframe>i</iframe><select><option>o</option></select><button>Partager</button><object>o</object><canvas>c</canvas><p>b</p>", graph.Article{}, "a\n\nb"},
		{"svg with title", "<title>Page</title><p>a<svg><title>icon</title><text>svg</text><g><path/></g></svg>b</p>", graph.Article{Title: "Page"}, "ab"},
		{"unclosed svg ends at a paragraph", "<svg><path></path><p>Text</p>", graph.Article{}, "Text"},
		{"nested skipped element", "<nav><nav>x</nav>y</nav>z", graph.Article{}, "z"},
		{"hidden", "<p>a</p><div hidden><p>h</p></div><p style=\"display: none\">n</p><p style=\"visibility:hidden\">v</p><p>b</p>", graph.Article{}, "a\n\nb"},
		{"no head element", "<title>T</title><meta name=date content=2024-10><p>x", graph.Article{Title: "T", Date: d("2024-10")}, "x"},
		{"text ends the head", "<head><title>T</title>Bare text<p>x</p>", graph.Article{Title: "T"}, "Bare text\n\nx"},
		{"og fallbacks", `<html><head><meta property="og:title" content=" OG  title "><meta property="og:locale" content="en_US"><link rel="canonical" href="https://e.org/c"></head><body><p>x</p></body></html>`,
			graph.Article{Title: "OG title", Lang: "en", URL: "https://e.org/c"}, "x"},
		{"itemprop date", `<meta itemprop="datePublished" content="2021-09"><p>x</p>`, graph.Article{Date: d("2021-09")}, "x"},
		{"bad meta date ignored", `<meta name="date" content="Sat, 5 Oct 2024"><p>x</p>`, graph.Article{}, "x"},
		{"first title wins", "<title>A</title><title>B</title><p>x</p>", graph.Article{Title: "A"}, "x"},
		{"windows-1252", "<meta charset=\"windows-1252\"><p>Le Mali a sign\xe9 \x93l\x92accord\x94.</p>", graph.Article{}, "Le Mali a signé \u201cl\u2019accord\u201d."},
		{"iso-8859-1 in http-equiv", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>sign\xe9</p>", graph.Article{}, "signé"},
		{"declared latin-1 but UTF-8", "<meta charset=\"iso-8859-1\"><p>signé</p>", graph.Article{}, "signé"},
		{"UTF-8 BOM", "\uFEFF<p>signé</p>", graph.Article{}, "signé"},
		{"comments", "<p>a<!-- hidden -->b</p>", graph.Article{}, "ab"},
		{"unclosed tags", "<p>a<p>b<div>c", graph.Article{}, "a\n\nb\nc"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := readArticle(t, "a.html", tc.input, ReadOptions{})
			assert.Equal(t, tc.wantMeta, metaOf(a))
			assert.Equal(t, tc.wantText, a.Text)
		})
	}
}

func TestReadHTMLDeepNesting(t *testing.T) {
	const depth = 100_000
	for _, tag := range []string{"div", "b", "svg", "nav"} {
		t.Run(tag, func(t *testing.T) {
			in := "<p>start</p>" + strings.Repeat("<"+tag+">", depth) + "deep" + strings.Repeat("</"+tag+">", depth) + "<p>end</p>"
			a := readArticle(t, "deep.html", in, ReadOptions{MaxArticleBytes: len(in)})
			if tag == "svg" || tag == "nav" {
				assert.Equal(t, "start\n\nend", a.Text)
			} else {
				assert.Equal(t, "start\n\ndeep\n\nend", a.Text)
			}
		})
	}
	t.Run("unclosed", func(t *testing.T) {
		in := strings.Repeat("<div><span><table><tr><td>", depth/5) + "deep"
		a := readArticle(t, "deep.html", in, ReadOptions{MaxArticleBytes: len(in)})
		assert.Equal(t, "deep", a.Text)
	})
}

func TestReadHTMLErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		input    string
		max      int
		wantLine int
		wantIs   error
		wantMsg  string
	}{
		{"empty", "", 0, 1, ErrEmpty, "empty article (no visible text)"},
		{"no visible text", "<html><head><title>T</title><script>x</script></head><body> <nav>menu</nav> </body></html>", 0, 1, ErrEmpty, "empty article (no visible text)"},
		{"NUL", "<p>a</p>\n<p>\x00</p>", 0, 2, ErrBinary, "binary file, not text"},
		{"undeclared latin-1", "<p>a</p>\n<p>sign\xe9</p>", 0, 2, ErrInvalidUTF8, "invalid UTF-8 at byte 16"},
		{"text above the limit", "<p>" + strings.Repeat("x", 101) + "</p>", 100, 1, graph.ErrTooLarge, "article of 101 bytes exceeds the limit of 100 bytes"},
		{"file above its limit", "<script>" + strings.Repeat("x", 400) + "</script><p>x</p>", 100, 1, graph.ErrTooLarge, "HTML file of 425 bytes exceeds the limit of 400 bytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := readError(t, "a.html", tc.input, ReadOptions{MaxArticleBytes: tc.max})
			assert.Equal(t, tc.wantLine, err.Line)
			assert.Equal(t, tc.wantMsg, err.Err.Error())
			assert.ErrorIs(t, err, tc.wantIs)
		})
	}
}
