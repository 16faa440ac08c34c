#!/bin/sh
# Regenerates the pictures of the README: docs/samples.svg (the bundled sample
# articles) and docs/seed.svg (the seed article, read from ../shared/seed, never
# copied into the repository: --no-evidence keeps its sentences out of the
# tooltips). Needs Go and Graphviz (apt-get install graphviz,
# brew install graphviz). Run from anywhere: sh docs/pictures.sh
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/actorgraph" ./cmd/actorgraph
"$tmp/actorgraph" load --db "$tmp/samples" --quiet testdata/articles
"$tmp/actorgraph" render --db "$tmp/samples" --cluster kind --title "actorgraph: the sample articles (testdata/articles)" --out docs/samples.svg
if [ -d ../shared/seed ]; then
	"$tmp/actorgraph" load --db "$tmp/seed" --quiet ../shared/seed
	"$tmp/actorgraph" render --db "$tmp/seed" --cluster country --no-evidence --title "actorgraph: the seed article (Mali, October 2024)" --out docs/seed.svg
else
	echo "../shared/seed is not beside the repository: docs/seed.svg left as it is" >&2
fi
