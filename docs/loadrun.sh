#!/bin/sh
# docs/loadrun.sh: the load run of BENCHMARKS.md ("Load at scale").
#
# For each size (default 1000 10000 100000 articles) it writes a generated
# corpus (actorgraph gen, seed 1, JSONL in shards of 10,000 articles) unless
# it is there already, loads it into a fresh database with
# "actorgraph load --report", and prints one line of figures per size:
# articles/s, MB/s of text, evidence/s, CPU use (user+sys over wall over
# cores: 1.00 is every core busy), CPU time per article (ms, user+sys: what
# the load costs, whatever else the machine runs), peak Go heap, peak live
# heap (found live by a collection), peak RssAnon and RssFile
# (MiB), database size per article. The JSON reports stay in the work
# directory (report-N.json) for a closer look.
#
#   sh docs/loadrun.sh                     # 1k, 10k and 100k
#   sh docs/loadrun.sh 10000               # one size
#   LOADRUN_REPEAT=3 sh docs/loadrun.sh 10000
#   LOADRUN_BADGER=memtable=32MiB,memtables=3 sh docs/loadrun.sh 10000
#
# Environment:
#   LOADRUN_DIR     work directory (default /tmp/actorgraph-loadrun): the
#                   corpora (about 4.8 KB per article), the database of the
#                   last run and the reports. 100k needs about 1.5 GB.
#   LOADRUN_BADGER  Badger options over the store's defaults, as for
#                   "actorgraph load --badger" (to compare settings).
#   LOADRUN_REPEAT  loads per size (default 1): the machine may be shared,
#                   so read the best and the spread.
#   LOADRUN_WORKERS extraction goroutines (default: one per core).
#   LOADRUN_MEMORY_LIMIT  load --memory-limit (default: the command's).
#
# Needs Go. No figure is checked against a threshold: the script measures.
set -eu
cd "$(dirname "$0")/.."

dir=${LOADRUN_DIR:-/tmp/actorgraph-loadrun}
repeat=${LOADRUN_REPEAT:-1}
sizes=${*:-1000 10000 100000}
mkdir -p "$dir"
bin=$dir/actorgraph
go build -o "$bin" ./cmd/actorgraph

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo '+dirty'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
[ -n "${LOADRUN_BADGER:-}" ] && echo "# badger: $LOADRUN_BADGER"
printf '%-8s %-3s %9s %8s %11s %6s %8s %9s %9s %9s %9s %9s %8s\n' articles run 'art/s' 'MB/s' 'evidence/s' 'cpu' 'cpu ms/a' 'heap MiB' 'live MiB' 'anon MiB' 'file MiB' 'db B/art' 'load s'

for n in $sizes; do
	corpus=$dir/corpus-$n
	if [ ! -f "$corpus/.complete" ]; then
		rm -rf "$corpus"
		"$bin" gen --articles "$n" --seed 1 --format jsonl --shard 10000 --out "$corpus" --progress never --quiet
		touch "$corpus/.complete"
	fi
	i=1
	while [ "$i" -le "$repeat" ]; do
		db=$dir/db
		rm -rf "$db"
		report=$dir/report-$n${LOADRUN_BADGER:+-tuned}-$i.json
		set -- load --db "$db" --quiet --progress never --report "$report"
		[ -n "${LOADRUN_BADGER:-}" ] && set -- "$@" --badger "$LOADRUN_BADGER"
		[ -n "${LOADRUN_WORKERS:-}" ] && set -- "$@" --workers "$LOADRUN_WORKERS"
		[ -n "${LOADRUN_MEMORY_LIMIT:-}" ] && set -- "$@" --memory-limit "$LOADRUN_MEMORY_LIMIT"
		"$bin" "$@" "$corpus"
		# The report is indented JSON, one field a line: pick the figures.
		awk -v n="$n" -v i="$i" -F': *' '
			{ gsub(/[",]/, "", $1); gsub(/[ ,]/, "", $1); gsub(/,$/, "", $2); if (!($1 in v)) v[$1] = $2 }
			END {
				mib = 1048576
				printf "%-8s %-3s %9.0f %8.2f %11.0f %6.2f %8.2f %9.0f %9.0f %9.0f %9.0f %9.0f %8.1f\n", n, i,
					v["articles_per_second"], v["text_mb_per_second"], v["evidence_per_second"], v["cpu_use"],
					1000 * (v["cpu_user_seconds"] + v["cpu_sys_seconds"]) / v["articles"],
					v["peak_heap_bytes"] / mib, v["peak_live_heap_bytes"] / mib, v["peak_rss_anon_bytes"] / mib, v["peak_rss_file_bytes"] / mib,
					v["db_bytes_per_article"], v["load_seconds"]
			}' "$report"
		i=$((i + 1))
	done
done
