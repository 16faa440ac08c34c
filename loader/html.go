package loader

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/actorgraph/actorgraph/graph"
)

// parseHTML reads an HTML page: its visible text, and what its title and
// meta tags say. It returns the line of the problem with the error.
func parseHTML(b []byte, max int) (*graph.Article, int, error) {
	b, err := decodeCharset(b)
	if err != nil {
		return nil, 1, err
	}
	if line, err := checkText(b, 0); err != nil {
		return nil, line, err
	}
	p := htmlPage{metas: map[string]string{}}
	p.parse(bytes.TrimPrefix(b, bom))
	text := p.w.b.String()
	if len(text) > max {
		return nil, 1, &sizeError{what: "article", size: int64(len(text)), limit: max}
	}
	if strings.TrimSpace(text) == "" {
		return nil, 1, fmt.Errorf("%w (no visible text)", ErrEmpty)
	}
	return p.meta().article(text), 1, nil
}

// decodeCharset converts a page that declares another character set than
// UTF-8 (by a byte order mark or a <meta charset>) to UTF-8, unless it is
// valid UTF-8 all the same. Other pages are returned as they are.
func decodeCharset(b []byte) ([]byte, error) {
	e, name, certain := charset.DetermineEncoding(b, "")
	if name == "utf-8" {
		return b, nil
	}
	head := b[:min(len(b), 1024)]
	declared := certain || bytes.Contains(bytes.ToLower(head), []byte("charset"))
	if !declared || utf8.Valid(b) {
		return b, nil
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	return out, nil
}

// htmlPage gathers the text and the metadata of a page.
type htmlPage struct {
	w        textWriter
	title    strings.Builder
	inTitle  bool
	gotTitle bool
	lang     string
	link     string // <link rel=canonical>
	metas    map[string]string
}

// skipped are the elements whose content is not visible text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Canvas: true, atom.Nav: true, atom.Select: true, atom.Button: true,
}

// inHead are the elements a <head> holds; any other ends it.
var inHead = map[atom.Atom]bool{
	atom.Title: true, atom.Meta: true, atom.Link: true, atom.Style: true, atom.Script: true,
	atom.Base: true, atom.Noscript: true, atom.Template: true,
}

// breaks gives the line breaks an element stands for: 2 for a paragraph,
// 1 for a line.
var breaks = map[atom.Atom]int{
	atom.P: 2, atom.H1: 2, atom.H2: 2, atom.H3: 2, atom.H4: 2, atom.H5: 2, atom.H6: 2,
	atom.Blockquote: 2, atom.Pre: 2, atom.Table: 2, atom.Ul: 2, atom.Ol: 2, atom.Dl: 2,
	atom.Figure: 2, atom.Figcaption: 2, atom.Hr: 2, atom.Section: 2, atom.Article: 2,
	atom.Header: 2, atom.Footer: 2, atom.Main: 2, atom.Aside: 2, atom.Address: 2,
	atom.Details: 2, atom.Fieldset: 2, atom.Form: 2, atom.Hgroup: 2, atom.Center: 2,
	atom.Div: 1, atom.Br: 1, atom.Li: 1, atom.Tr: 1, atom.Td: 1, atom.Th: 1, atom.Dt: 1,
	atom.Dd: 1, atom.Caption: 1, atom.Summary: 1, atom.Legend: 1, atom.Option: 1,
	atom.Body: 2, atom.Html: 2,
}

// breakout are the HTML elements that end an unclosed <svg> or <math>, as
// in a browser.
var breakout = map[atom.Atom]bool{
	atom.B: true, atom.Big: true, atom.Blockquote: true, atom.Body: true, atom.Br: true,
	atom.Center: true, atom.Code: true, atom.Dd: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Em: true, atom.Embed: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Head: true,
	atom.Hr: true, atom.I: true, atom.Img: true, atom.Li: true, atom.Listing: true,
	atom.Menu: true, atom.Meta: true, atom.Nobr: true, atom.Ol: true, atom.P: true,
	atom.Pre: true, atom.Ruby: true, atom.S: true, atom.Small: true, atom.Span: true,
	atom.Strong: true, atom.Strike: true, atom.Sub: true, atom.Sup: true, atom.Table: true,
	atom.Tt: true, atom.U: true, atom.Ul: true, atom.Var: true,
}

// void are the elements that have no end tag.
var void = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// parse walks the tokens of the page. It keeps no stack of elements, only
// counters, so deep nesting costs nothing.
func (p *htmlPage) parse(b []byte) {
	z := html.NewTokenizer(bytes.NewReader(b))
	var (
		skip    int       // depth of the skipped element
		skipTag atom.Atom // the skipped element
		head    bool      // inside <head>
	)
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return // io.EOF: the reader is in memory, nothing else can fail
		case html.TextToken:
			if skip > 0 {
				continue
			}
			if p.inTitle {
				p.title.Write(z.Text())
				continue
			}
			t := z.Text()
			if head {
				if len(bytes.Trim(t, " \t\r\n\f")) == 0 {
					continue
				}
				head = false
			}
			p.w.text(t)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := atom.Lookup(name)
			attrs := readAttrs(z, hasAttr)
			if skip > 0 {
				switch {
				case tag == skipTag && tt == html.StartTagToken:
					skip++
					continue
				case (skipTag == atom.Svg || skipTag == atom.Math) && breakout[tag]:
					skip = 0
				default:
					continue
				}
			}
			switch tag {
			case atom.Html:
				p.lang = attrs["lang"]
			case atom.Head:
				head = true
				continue
			case atom.Body:
				head = false
			case atom.Title:
				if tt == html.StartTagToken && p.gotTitle {
					skip, skipTag = 1, tag // a second title is not text
				}
				p.inTitle = tt == html.StartTagToken && !p.gotTitle
				continue
			case atom.Meta:
				p.addMeta(attrs)
				continue
			case atom.Link:
				if strings.EqualFold(attrs["rel"], "canonical") && p.link == "" {
					p.link = attrs["href"]
				}
				continue
			}
			if head && !inHead[tag] {
				head = false
			}
			if skipped[tag] || hidden(attrs) {
				if tt == html.StartTagToken && !void[tag] {
					skip, skipTag = 1, tag
				}
				continue
			}
			if head {
				continue
			}
			p.w.start(tag)
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := atom.Lookup(name)
			if skip > 0 {
				if tag == skipTag {
					skip--
				}
				continue
			}
			switch tag {
			case atom.Title:
				p.inTitle = false
				p.gotTitle = p.gotTitle || strings.TrimSpace(p.title.String()) != ""
			case atom.Head:
				head = false
			}
			p.w.end(tag)
		}
	}
}

func readAttrs(z *html.Tokenizer, more bool) map[string]string {
	if !more {
		return nil
	}
	attrs := map[string]string{}
	for more {
		var k, v []byte
		k, v, more = z.TagAttr()
		if _, dup := attrs[string(k)]; !dup {
			attrs[string(k)] = string(v)
		}
	}
	return attrs
}

// hidden reports whether attributes hide an element.
func hidden(attrs map[string]string) bool {
	if _, ok := attrs["hidden"]; ok {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attrs["style"], " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

func (p *htmlPage) addMeta(attrs map[string]string) {
	key := attrs["property"]
	if key == "" {
		key = attrs["name"]
	}
	if key == "" {
		key = attrs["itemprop"]
	}
	key = strings.ToLower(strings.TrimSpace(key))
	if _, dup := p.metas[key]; key != "" && !dup {
		p.metas[key] = strings.TrimSpace(attrs["content"])
	}
}

// dateMetas are the meta tags that give the publication date, in order of
// preference.
var dateMetas = []string{
	"article:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
	"dcterms.date", "dcterms.created", "pubdate", "publishdate", "publish-date",
	"publish_date", "parsely-pub-date", "sailthru.date",
}

// meta returns what the page says about itself. A meta date that does not
// parse is ignored: pages are scraped, not written for the loader.
func (p *htmlPage) meta() *meta {
	m := &meta{
		title:  strings.Join(strings.Fields(p.title.String()), " "),
		lang:   p.lang,
		url:    p.metas["og:url"],
		outlet: p.metas["og:site_name"],
	}
	if m.title == "" {
		m.title = strings.Join(strings.Fields(p.metas["og:title"]), " ")
	}
	if m.lang == "" {
		m.lang = p.metas["og:locale"]
	}
	if m.url == "" {
		m.url = strings.TrimSpace(p.link)
	}
	for _, k := range dateMetas {
		if d, err := graph.ParseDate(p.metas[k]); err == nil && !d.IsZero() {
			m.date = d
			break
		}
	}
	return m
}

// textWriter writes the visible text of a page: runs of white space made
// one space, except in <pre>, and block elements made line breaks.
type textWriter struct {
	b     strings.Builder
	space bool // a space is due before the next word
	brk   int  // line breaks due before the next word
	pre   int  // depth of <pre>
}

func (w *textWriter) start(tag atom.Atom) {
	if tag == atom.Br {
		w.brk = min(w.brk+1, 2)
		return
	}
	w.brk = max(w.brk, breaks[tag])
	if tag == atom.Pre {
		w.pre++
	}
}

func (w *textWriter) end(tag atom.Atom) {
	if tag == atom.Br {
		return
	}
	w.brk = max(w.brk, breaks[tag])
	if tag == atom.Pre && w.pre > 0 {
		w.pre--
	}
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func (w *textWriter) text(t []byte) {
	if w.pre > 0 {
		if len(t) > 0 {
			w.flush()
			w.b.Write(t)
		}
		return
	}
	for len(t) > 0 {
		i := 0
		for i < len(t) && isHTMLSpace(t[i]) {
			i++
		}
		if i > 0 {
			w.space = true
			t = t[i:]
		}
		j := 0
		for j < len(t) && !isHTMLSpace(t[j]) {
			j++
		}
		if j > 0 {
			w.flush()
			w.b.Write(t[:j])
			t = t[j:]
		}
	}
}

// flush writes the breaks or the space due before a word.
func (w *textWriter) flush() {
	switch {
	case w.b.Len() == 0:
	case w.brk > 0:
		w.b.WriteString("\n\n"[:w.brk])
	case w.space:
		w.b.WriteByte(' ')
	}
	w.brk, w.space = 0, false
}
