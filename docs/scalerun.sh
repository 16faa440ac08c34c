#!/usr/bin/env bash
# scalerun.sh measures actorgraph across machines, on one machine: a
# three-node NATS JetStream cluster on loopback (internal/natsnode), extract
# workers and followers (issue 10; figures for docs/SCALING.md).
#
#   bash docs/scalerun.sh            5000 synthetic articles
#   ARTICLES=20000 bash docs/scalerun.sh
#
# It prints, with the machine's load before each step:
#   1. extract throughput (articles/s): to standard output (no NATS), then
#      through the work queue with 1 worker and with 2 workers (one process
#      each, --workers 1), wall clock from the workers' start to their end;
#   2. follow --once of the whole claims stream into a fresh database, set
#      against a direct 'load' of the same articles (articles/s);
#   3. replica lag under load: a follower running while 2 workers extract
#      a fresh corpus; the delay from JetStream storing each claims message
#      to the follower committing it (p50, p99, max), from follow --report.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${ARTICLES:-5000}
tmp=$(mktemp -d)
pids=""
cleanup() {
	for p in $pids; do kill "$p" 2>/dev/null || true; done
	wait 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT
go build -o "$tmp/actorgraph" ./cmd/actorgraph
go build -o "$tmp/natsnode" ./internal/natsnode
ag() { "$tmp/actorgraph" "$@"; }
now() { date +%s.%N; }
rate() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%d articles in %.2f s: %.0f articles/s", n, b - a, n / (b - a) }'; }
load() { echo "(load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"; }

# Three NATS servers on free ports.
ports=$(/usr/bin/python3 -c 'import socket
ss=[socket.socket() for _ in range(6)]
[s.bind(("127.0.0.1",0)) for s in ss]
print(" ".join(str(s.getsockname()[1]) for s in ss))')
set -- $ports
cports="$1 $2 $3"
rports="$4 $5 $6"
routes=""
for p in $rports; do routes="$routes,nats://127.0.0.1:$p"; done
routes=${routes#,}
url=""
i=0
for p in $cports; do
	i=$((i + 1))
	r=$(echo "$rports" | cut -d' ' -f$i)
	"$tmp/natsnode" -name "n$i" -port "$p" -cluster-port "$r" -routes "$routes" -store "$tmp/js$i" >"$tmp/n$i.out" 2>"$tmp/n$i.err" &
	pids="$pids $!"
	url="$url,nats://127.0.0.1:$p"
done
url=${url#,}
for i in 1 2 3; do
	for _ in $(seq 300); do grep -q ready "$tmp/n$i.out" && break; sleep 0.1; done
done
for _ in $(seq 60); do ag streams init --nats "$url" >"$tmp/init.out" 2>&1 && break; sleep 1; done
cat "$tmp/init.out"

ag gen --articles "$n" --seed 1 --out "$tmp/corpus" --progress never >/dev/null
ag gen --articles "$n" --seed 2 --out "$tmp/corpus2" --progress never >/dev/null
ag gen --articles "$n" --seed 3 --out "$tmp/corpus3" --progress never >/dev/null

echo
echo "== 1. extract throughput $(load)"
ag extract --progress never "$tmp/corpus" >/dev/null 2>&1 # warms the page cache
a=$(now); ag extract --progress never "$tmp/corpus" >"$tmp/claims.jsonl" 2>/dev/null; b=$(now)
echo "extract to standard output (both cores): $(rate "$n" "$a" "$b")"
a=$(now); ag extract --progress never --workers 1 "$tmp/corpus" >/dev/null 2>&1; b=$(now)
echo "extract to standard output (--workers 1): $(rate "$n" "$a" "$b")"

ag enqueue --nats "$url" --quiet "$tmp/corpus"
a=$(now); ag extract --nats "$url" --from-stream --once --workers 1 --quiet; b=$(now)
echo "1 worker through the work queue, --workers 1: $(rate "$n" "$a" "$b")"

ag enqueue --nats "$url" --quiet "$tmp/corpus2"
a=$(now)
"$tmp/actorgraph" extract --nats "$url" --from-stream --once --workers 1 --quiet &
w1=$!
"$tmp/actorgraph" extract --nats "$url" --from-stream --once --workers 1 --quiet &
w2=$!
wait $w1 $w2
b=$(now)
echo "2 workers through the work queue, --workers 1 each: $(rate "$n" "$a" "$b")"

echo
echo "== 2. follow vs direct load $(load)"
total=$((2 * n))
a=$(now); ag follow --nats "$url" --db "$tmp/replica" --once --quiet --report "$tmp/follow.json"; b=$(now)
echo "follow --once of $total claims messages: $(rate "$total" "$a" "$b")"
a=$(now); ag load --db "$tmp/direct" --quiet "$tmp/corpus" "$tmp/corpus2"; b=$(now)
echo "load of the same $total articles: $(rate "$total" "$a" "$b")"
cmp <(ag export --db "$tmp/replica" --format json) <(ag export --db "$tmp/direct" --format json) && echo "replica and direct load: identical JSON exports"

echo
echo "== 3. replica lag under load: a follower while 2 workers extract $n articles $(load)"
"$tmp/actorgraph" follow --nats "$url" --db "$tmp/replica" --quiet --report "$tmp/lag.json" &
f=$!
pids="$pids $f"
sleep 1
ag enqueue --nats "$url" --quiet "$tmp/corpus3"
a=$(now)
"$tmp/actorgraph" extract --nats "$url" --from-stream --once --workers 1 --quiet &
w1=$!
"$tmp/actorgraph" extract --nats "$url" --from-stream --once --workers 1 --quiet &
w2=$!
wait $w1 $w2
b=$(now)
echo "workers: $(rate "$n" "$a" "$b")"
sleep 10 # the follower catches up, or shows how far behind it stays
kill -TERM $f
wait $f || true
/usr/bin/python3 - "$tmp/lag.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["claims"]
print(f"follower applied {r['applied']} of the messages published (others behind after 10 s); lag from stored in JetStream to committed: "
      f"p50 {r['lag_p50_ms']:.0f} ms, p99 {r['lag_p99_ms']:.0f} ms, max {r['lag_max_ms']:.0f} ms")
PY
ag streams status --nats "$url" | head -3
