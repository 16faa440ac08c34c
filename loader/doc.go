// Package loader reads articles and claims for actorgraph: text, Markdown,
// HTML and JSONL files, claims files, folders of them and standard input.
//
// [Read] walks the paths it is given and calls a function with one [Item]
// at a time: an article to extract, a claims line to ingest, or a problem
// with the input. Nothing is held beyond the current article, so a folder
// of a hundred thousand files or a JSONL file of a gigabyte reads in
// constant memory. [ReadFile] reads one stream.
//
// # Paths
//
// A path is a file, a folder or "-" for standard input
// ([ReadOptions].Stdin). Folders are walked recursively in lexical order, so
// two runs read the same files in the same order. Hidden files and folders
// (whose name starts with a dot) and symbolic links to folders are skipped,
// and so are files whose extension is none of those below. A file named
// explicitly is always read, hidden or not; if its extension is unknown it
// is an error, unless [ReadOptions].Format says how to read it.
//
// The format of a file comes from its extension (in any case):
//
//	.txt .text           text
//	.md .markdown        Markdown
//	.html .htm .xhtml    HTML
//	.jsonl .ndjson       articles, one JSON object a line
//	.claims.jsonl        claims, one graph.Claims a line (also .claims.ndjson)
//
// [ReadOptions].Format ("txt", "md", "html", "jsonl" or "claims") forces the
// format of every file read. Without it, standard input is sniffed: a first
// JSON object with the keys "version" and "article" makes a claims file,
// any other JSON object a JSONL file of articles; a first HTML tag
// ("<!doctype html", "<html", "<p>", …) makes HTML; a first line "---"
// makes Markdown; anything else is text.
//
// # Text files
//
// A text file is one article. Its stored text ([graph.Article].Text) is the
// file as read, less its header or date marker and a leading byte order
// mark, with no other change: the offsets of evidence point into it. A file
// that starts with a UTF-16 byte order mark is converted to UTF-8.
//
// A header is a run of lines "Key: value" at the top of the file, ended by
// a blank line:
//
//	Title: Mali: the army retakes Kidal
//	Date: 2023-11-14
//	URL: https://example.org/mali-kidal
//	Lang: en
//	Outlet: Example News
//	ID: example-2023-0412
//
//	The Malian army said on Tuesday ...
//
// Keys are read in any case; unknown keys (Author:, Source:) are ignored.
// The first line must have a known key. If a line that is not "Key: value"
// comes before any blank line, the header ends at the last known key and
// that line starts the text. A Date that does not parse is an error at its
// line. Lang is kept as its primary subtag in lower case ("fr-FR" is "fr").
// Without a header the article has no title.
//
// Instead of a header, many scraped files begin with a date marker: the
// word "date" in any case, an optional colon, and a date, possibly after
// white space, with the text going on on the same line or the next:
//
//	 date 2024-10 Début août, à Gao, ...
//	DATE: 2024 Les forces ...
//	date 2024-10-05
//	Les forces ...
//
// The marker and the white space after it are removed from the text, and
// give the article its date.
//
// Dates are YYYY, YYYY-MM or YYYY-MM-DD (see [graph.ParseDate]); partial
// dates keep their precision, so "Date: 2024-10" is October 2024, not
// 2024-10-01.
//
// # Markdown files
//
// A Markdown file is read as text, kept as written, with the same header
// rules, or YAML front matter between two lines "---" (the closing line may
// also be "..."), with the keys title, date, url, lang, outlet and id;
// other keys are ignored. Without a title, the first heading "# ..." gives
// it.
//
// # HTML files
//
// An HTML page is one article, whose text is the visible text of the page:
// the content of script, style, noscript, template, svg, math, iframe,
// object, canvas, nav, select and button elements and of elements with the
// hidden attribute or an inline style display:none is dropped, entities are
// decoded and white space is collapsed (except in pre). Block elements end
// lines (div, li, br, tr, td, ...) or paragraphs (p, h1-h6, blockquote,
// table, section, article, figcaption, ...), so sentences do not run
// together. The page's own title (<title>, else og:title), date (meta
// article:published_time, datePublished, date, dc.date, pubdate, ...), URL
// (og:url, else link rel=canonical), outlet (og:site_name) and language
// (<html lang>, else og:locale) are used when present; a meta date that does
// not parse is ignored. A page that declares another character set than
// UTF-8 (<meta charset="windows-1252">) is converted. The HTML file may be
// four times as large as the article limit.
//
// # JSONL files
//
// A JSONL file holds one article a line, as a JSON object with the fields
// id, url, title, date, lang, outlet and text; other fields are ignored.
// The id and the date may also be numbers. Blank lines are skipped. A line
// that breaks (not JSON, no text, a bad date) is reported with its number,
// and the other lines go on.
//
// # Claims files
//
// A claims file (name ending in .claims.jsonl) holds one [graph.Claims] a
// line, in version 1 of the claims format. Lines are decoded strictly (an
// unknown field is an error that names it) and checked with
// [graph.Claims.Check]: a line that breaks the schema or the type rules
// (a person trained by a state, say) is reported with its line number and
// not ingested, and the other lines go on. [Item].Claims holds the checked
// claims, with the article id and content hash filled in.
//
// # Defaults
//
// [ReadOptions].Defaults give the date, language, URL and outlet of the
// articles whose input lacks them, claims included. An article keeps the id
// its input gives (header ID:, JSONL id, claims article.id) or none; the
// store derives a missing id from the URL or the content hash
// ([graph.ArticleID]). The loader sets [graph.Article].ContentHash.
//
// # Problems with the input
//
// Every problem with the input is an [InputError] printed on one line as
// "path:line: reason" (or "path: reason" when it concerns the whole file,
// such as a file that cannot be opened), delivered as an [Item] so that the
// rest of the input still loads. Reading never panics on bad input. The
// reasons:
//
//	empty article                  nothing but white space, or only a header
//	binary file, not text          a NUL byte (at its line), or mostly control characters
//	invalid UTF-8 at byte N        N counts bytes from 0 at the start of the file
//	date: unparseable date "..."   a Date header, date marker or JSONL date
//	article of N bytes exceeds the limit of 5 MB
//	invalid JSON at column N: ...  a broken JSONL or claims line
//	unknown field "..."            a claims line with a field the format lacks
//	type rule: ...                 a claims relation joining kinds its type does not
//
// The article limit is [ReadOptions].MaxArticleBytes (5 MB by default) of
// text. A JSONL line is held up to twice the limit (JSON escapes take
// room); a longer line is skipped without being held, and reported with its
// size. The sentinels [ErrEmpty], [ErrBinary], [ErrInvalidUTF8] and
// [ErrUnknownFormat], and [graph.ErrTooLarge], [graph.ErrInvalidClaims] and
// [graph.ErrTypeRule], match the reasons with [errors.Is].
package loader
