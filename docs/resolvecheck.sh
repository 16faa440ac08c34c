#!/bin/bash
# resolvecheck.sh TAG [BASE]: the checks of a resolution change (branch
# resolve15), run from the repository's root: builds the command, then
# writes to $OUT/TAG (default /tmp/resolvecheck) the tuning evaluation
# (with details and rules), the challenge set's tuning half, the
# relations of 1,000 generated articles (gen --seed 11) one evidence a
# line, and `cvrun -misses` (the gold relations no candidate pair
# carries); with BASE, the differences from the run named BASE. Never
# evaluates the held-out split.
export GOMAXPROCS=1
TAG=${1:?usage: resolvecheck.sh TAG [BASE]}
ROOT=${OUT:-/tmp/resolvecheck}
OUTD=$ROOT/$TAG
BIN=$ROOT/actorgraph
mkdir -p "$OUTD"
go build -o "$BIN" ./cmd/actorgraph || exit 1
"$BIN" eval --gold testdata/gold --split tuning > "$OUTD/eval.txt" 2>&1
"$BIN" eval --gold testdata/gold --split tuning --details 400 --by-rule > "$OUTD/details.txt" 2>&1
"$BIN" eval --gold testdata/challenge --split tuning > "$OUTD/chal.txt" 2>&1
[ -d "$ROOT/gen" ] || "$BIN" gen --articles 1000 --seed 11 --out "$ROOT/gen" > /dev/null 2>&1
"$BIN" extract "$ROOT/gen" 2> /dev/null | python3 -c '
import sys, json
for l in sys.stdin:
    o = json.loads(l)
    for r in o.get("relations", []):
        for e in r["evidence"]:
            print(o["article"]["id"], r["from"], r["type"], r["to"], e.get("rule"), e.get("hedged", False), e.get("negated", False), "|", e["sentence"])
' > "$OUTD/gen.txt"
go run ./loader/extract/pairmodel/internal/cvrun -misses > "$OUTD/misses.txt" 2>&1
grep carried "$OUTD/misses.txt"
sed -n '/== tuning/,/^overall/p' "$OUTD/eval.txt"
grep overall "$OUTD/chal.txt" | head -1
if [ -n "$2" ]; then
	B=$ROOT/$2
	echo "== tuning relations changed"; diff "$B/details.txt" "$OUTD/details.txt" | grep -A1 '^[<>] [a-z][a-z]-'
	echo "== generated relations changed"; diff "$B/gen.txt" "$OUTD/gen.txt" | grep -c '^[<>]'
	echo "== misses changed"; diff "$B/misses.txt" "$OUTD/misses.txt" | grep '^[<>]' | cut -c1-200
fi
