#!/usr/bin/env bash
# test.sh runs everything CI checks: formatting, vet, the import direction,
# the race-enabled test suite (with the real Graphviz and networkx where
# installed), brief fuzzing of every fuzz target, and an end-to-end run of the
# command on the sample articles and the seed, and the real clients of the
# GraphQL server (the reference graphql package, headless Chromium, a Jupyter
# notebook) against a running `actorgraph serve`.
#
#   ./test.sh            the CI run (well under 45 minutes on 2 cores)
#   FUZZTIME=60s ./test.sh   longer fuzzing
#   FUZZTIME_BASELINE=60s    the time for a target whose seeds alone took
#                            all of FUZZTIME (default 30s)
#   ./test.sh --long     also the benchmarks (long; see BENCHMARKS.md), 200
#                        crash points and the 10 000-request load run
#                        (docs/ROBUSTNESS.md)
#
# Variables read by the tests (docs/ROBUSTNESS.md):
#   ACTORGRAPH_CRASH_POINTS=N     SIGKILLs of 'actorgraph load' in the crash
#                                 test (default 20; N/4 of a server under ingest)
#   ACTORGRAPH_LOAD_REQUESTS=N    requests of the load run (default 400)
#   ACTORGRAPH_LOAD_CLIENTS=N     its concurrent clients (default 8)
#   ACTORGRAPH_CLUSTER_ARTICLES=N synthetic articles of the NATS cluster test
#                                 (default 400; --long runs 3000)
set -euo pipefail
cd "$(dirname "$0")"

long=0
[ "${1:-}" = "--long" ] && long=1
fuzztime=${FUZZTIME:-5s}
fuzzbaseline=${FUZZTIME_BASELINE:-30s}
step() { printf '\n== %s\n' "$*"; }

step "gofmt"
bad=$(gofmt -l $(find . -name '*.go' -not -path './.git/*'))
if [ -n "$bad" ]; then echo "gofmt would change:"; echo "$bad"; exit 1; fi

step "go vet"
go vet ./...

step "import direction (graph imports no other actorgraph package)"
if go list -deps ./graph/... | grep 'github.com/actorgraph/actorgraph/' | grep -v '^github.com/actorgraph/actorgraph/graph'; then
	echo "graph must not import the packages above"; exit 1
fi
if go list -deps ./loader/... | grep -E 'github.com/actorgraph/actorgraph/(cmd|schema)'; then
	echo "loader must not import cmd or schema"; exit 1
fi

step "tools for the real-client tests"
command -v dot >/dev/null && dot -V || echo "graphviz missing: DOT rendering tests will skip (run .ci/run to install)"
command -v rapper >/dev/null && echo "rapper $(rapper --version)" || echo "raptor2-utils missing: the RDF export is not read by rapper (CI fails instead; run .ci/run to install)"
/usr/bin/python3 -c 'import networkx; print("networkx", networkx.__version__)' 2>/dev/null || echo "python3-networkx missing: networkx tests will skip"
/usr/bin/python3 -c 'import igraph; print("igraph", igraph.__version__)' 2>/dev/null || echo "python3-igraph missing: GraphML is read back with networkx only"
/usr/bin/python3 -c 'import pandas; print("pandas", pandas.__version__)' 2>/dev/null || echo "python3-pandas missing: CSV profile tests will skip"
if command -v mount >/dev/null && [ "$(id -u)" = 0 ]; then
	echo "root with mount(8): the disk-full (tmpfs) and read-only mount tests run"
else
	echo "not root, or no mount(8): the disk-full and read-only mount tests skip (docs/ROBUSTNESS.md)"
	if [ -n "${CI:-}" ]; then echo "CI must run them: as root, with mount (.ci/run installs it)"; exit 1; fi
fi

step "go test -race"
# cmd/actorgraph runs the built binary through crashes, hostile inputs and a
# full disk: on a loaded machine it can pass go test's default 10 minutes.
go test -race -count=1 -timeout 30m ./...

step "fuzzing, $fuzztime per target"
grep -rl --include='*_test.go' '^func Fuzz' . | sort | while read -r file; do
	pkg=./$(dirname "${file#./}")
	for name in $(grep -o '^func Fuzz[A-Za-z0-9_]*' "$file" | cut -d' ' -f2); do
		echo "-- $pkg $name"
		# Go's fuzzing engine sometimes reports "context deadline exceeded"
		# when a worker is slow to stop at the end of -fuzztime on a loaded
		# machine, with no failing input: such a run is tried once more. A
		# real failure names its input under testdata/fuzz and fails.
		if ! go test -run='^$' -fuzz="^${name}\$" -fuzztime="$fuzztime" "$pkg" >/tmp/actorgraph-fuzz.log 2>&1; then
			if grep -q 'context deadline exceeded' /tmp/actorgraph-fuzz.log && ! grep -q 'Failing input written' /tmp/actorgraph-fuzz.log; then
				echo "   (fuzzing engine timed out stopping; once more)"
				go test -run='^$' -fuzz="^${name}\$" -fuzztime="$fuzztime" "$pkg" >/tmp/actorgraph-fuzz.log 2>&1 || { cat /tmp/actorgraph-fuzz.log; exit 1; }
			else
				cat /tmp/actorgraph-fuzz.log
				exit 1
			fi
		fi
		# A target with a large seed corpus (the gold articles) may spend
		# all of $FUZZTIME running its seeds ("gathering baseline
		# coverage") without fuzzing: it runs again, longer.
		if grep -o 'elapsed: .*' /tmp/actorgraph-fuzz.log | tail -1 | grep -q 'gathering baseline'; then
			echo "   (the seeds took all of $fuzztime; again for $fuzzbaseline)"
			go test -run='^$' -fuzz="^${name}\$" -fuzztime="$fuzzbaseline" "$pkg" >/tmp/actorgraph-fuzz.log 2>&1 || { cat /tmp/actorgraph-fuzz.log; exit 1; }
		fi
		# the engine's last progress line: executions and coverage
		grep -o 'elapsed: .*' /tmp/actorgraph-fuzz.log | tail -1 | sed 's/^/   /' || true
	done
done

step "end to end: the command on the sample articles and the seed"
tmp=$(mktemp -d)
server_pids=""
# stop PID: SIGTERM (a graceful shutdown), then SIGKILL after 15 s.
stop() {
	kill "$1" 2>/dev/null || return 0
	for _ in $(seq 150); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
	kill -9 "$1" 2>/dev/null || true
	wait "$1" 2>/dev/null || true
}
cleanup() {
	for pid in $server_pids; do stop "$pid"; done
	rm -rf "$tmp"
}
trap cleanup EXIT
go build -o "$tmp/actorgraph" ./cmd/actorgraph
ag() { "$tmp/actorgraph" "$@"; }
ag load --db "$tmp/db" testdata/articles
ag load --db "$tmp/db" testdata/articles | grep ' 0 new,' >/dev/null # loading again changes nothing (grep reads it all: no SIGPIPE)
if [ -d ../shared/seed ]; then ag load --db "$tmp/db" ../shared/seed; fi
ag check --db "$tmp/db"
ag stats --db "$tmp/db" --top 3
if command -v dot >/dev/null; then
	ag export --db "$tmp/db" --format dot | dot -Tsvg >"$tmp/graph.svg"
	echo "DOT rendered by Graphviz: $(wc -c <"$tmp/graph.svg") bytes of SVG"
fi
if /usr/bin/python3 -c 'import networkx' 2>/dev/null; then
	ag export --db "$tmp/db" --format json >"$tmp/graph.json"
	/usr/bin/python3 - "$tmp/graph.json" <<'PY'
import json, sys
import networkx as nx
data = json.load(open(sys.argv[1]))
try:
    g = nx.node_link_graph(data, edges="links")
except TypeError:
    g = nx.node_link_graph(data)
assert g.number_of_nodes() > 0 and g.number_of_edges() > 0, "empty graph"
print("networkx read", g.number_of_nodes(), "nodes and", g.number_of_edges(), "edges")
PY
	ag export --db "$tmp/db" --format graphml >"$tmp/graph.graphml"
	ag export --db "$tmp/db" --format gexf >"$tmp/graph.gexf"
	/usr/bin/python3 - "$tmp/graph.graphml" "$tmp/graph.gexf" <<'PY'
import sys
import networkx as nx
g, x = nx.read_graphml(sys.argv[1]), nx.read_gexf(sys.argv[2])
assert g.number_of_nodes() == x.number_of_nodes() > 0 and g.number_of_edges() == x.number_of_edges() > 0
print("networkx read GraphML and GEXF:", g.number_of_nodes(), "nodes and", g.number_of_edges(), "edges")
PY
fi
if /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
	for profile in pandas gephi neo4j; do
		ag export --db "$tmp/db" --format csv --profile "$profile" --out "$tmp/csv-$profile"
	done
	/usr/bin/python3 - "$tmp" <<'PY'
import sys
import pandas as pd
for profile in ("pandas", "gephi", "neo4j"):
    sizes = [len(pd.read_csv(f"{sys.argv[1]}/csv-{profile}/{part}.csv")) for part in ("nodes", "relations", "evidence")]
    assert all(sizes), (profile, sizes)
    print("pandas read the", profile, "CSV tables:", sizes, "rows")
PY
fi

# curation survives reloading, and a shared log rebuilds the same graph
ag merge --db "$tmp/db" --reason "test.sh" africa-corps wagner-group
ag load --db "$tmp/db" testdata/articles >/dev/null
# (into a file: a grep -q that stops reading early would make the export's
# SIGPIPE fail the pipeline, and the check could never fire)
ag export --db "$tmp/db" --format json >"$tmp/merged.json"
grep -q '"id":"africa-corps"' "$tmp/merged.json" && { echo "merge undone by a reload"; exit 1; }
ag log export --db "$tmp/db" --out "$tmp/log.jsonl"
ag rebuild --db "$tmp/db" --out "$tmp/rebuilt"
cmp <(ag export --db "$tmp/db" --format json) <(ag export --db "$tmp/rebuilt" --format json)
ag check --db "$tmp/rebuilt"

# a backup restores to the same export and the same curation log
ag backup --db "$tmp/db" "$tmp/graph.backup"
ag restore --db "$tmp/restored" "$tmp/graph.backup"
cmp <(ag export --db "$tmp/db" --format json) <(ag export --db "$tmp/restored" --format json)
ag log export --db "$tmp/restored" --out "$tmp/log-restored.jsonl"
cmp "$tmp/log.jsonl" "$tmp/log-restored.jsonl"

step "eval: the extractor against the gold set (docs/QUALITY.md)"
ag eval --gold testdata/gold --details 0
step "eval: the challenge set of direction, negation and hedging (testdata/challenge)"
ag eval --gold testdata/challenge --details 0
ag eval --gold testdata/gold --json >"$tmp/eval.json"
if command -v /usr/bin/python3 >/dev/null; then
	/usr/bin/python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("eval --json is valid JSON:", len(r["articles"]), "articles")' "$tmp/eval.json"
fi

step "real clients: graphql (npm), headless Chromium and a notebook against a running server"
# Each client is skipped with a message when its tool is missing here; under
# CI (CI=true, where .ci/run installs them all) a missing tool fails instead.
t0=$SECONDS
skipped=0
skip() {
	echo "SKIP $*"
	skipped=1
	if [ -n "${CI:-}" ]; then echo "CI must run every real client: .ci/run installs the tools"; exit 1; fi
}
healthy() {
	if command -v curl >/dev/null; then curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; return; fi
	/usr/bin/python3 -c 'import sys, urllib.request; sys.exit(urllib.request.urlopen(sys.argv[1], timeout=2).status != 200)' "$1" 2>/dev/null
}
# serve DB NAME [FLAGS]: start `actorgraph serve` on DB in the background,
# wait for /healthz, and set NAME_url and NAME_pid (killed by cleanup).
serve() {
	local db=$1 name=$2 out="$tmp/$2.out" url="" pid
	shift 2
	"$tmp/actorgraph" serve --db "$db" --addr 127.0.0.1:0 --log-format none "$@" >"$out" 2>&1 &
	pid=$!
	server_pids="$server_pids $pid"
	for _ in $(seq 100); do
		url=$(sed -n 's/.*(GraphQL at \(http[^)]*\)).*/\1/p' "$out")
		[ -n "$url" ] && break
		kill -0 "$pid" 2>/dev/null || { cat "$out"; echo "actorgraph serve exited"; exit 1; }
		sleep 0.1
	done
	[ -n "$url" ] || { cat "$out"; echo "actorgraph serve printed no URL"; exit 1; }
	for _ in $(seq 100); do
		if healthy "${url%/graphql}/healthz"; then
			printf -v "${name}_url" %s "$url"
			printf -v "${name}_pid" %s "$pid"
			echo "actorgraph serve${*:+ $*} on $url"
			return
		fi
		sleep 0.1
	done
	cat "$out"; echo "${url%/graphql}/healthz did not answer"; exit 1
}
ag load --db "$tmp/served.db" testdata/articles >/dev/null
if [ -d ../shared/seed ]; then ag load --db "$tmp/served.db" ../shared/seed >/dev/null; fi
serve "$tmp/served.db" reader
url=$reader_url
base=${url%/graphql}

node_ok=0
if command -v node >/dev/null && command -v npm >/dev/null; then
	if [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ]; then
		node_ok=1
		conf=.ci/conformance
		# npm ci only when node_modules is missing or older than the lock file.
		if [ ! -f "$conf/node_modules/.package-lock.json" ] || [ "$conf/package-lock.json" -nt "$conf/node_modules/.package-lock.json" ]; then
			(cd "$conf" && npm ci --no-audit --no-fund --loglevel=error)
		fi
	else
		skip "graphql conformance and Chromium: node $(node --version) is older than 20"
	fi
else
	skip "graphql conformance and Chromium: node or npm missing (Debian: nodejs npm)"
fi

if [ "$node_ok" = 1 ]; then
	echo "-- conformance: every query of README.md and docs/*.md, validated by graphql-js and run"
	# Mutations run on a second server, with writes and a token, on a copy.
	ag load --db "$tmp/writable.db" testdata/articles >/dev/null
	serve "$tmp/writable.db" writer --allow-writes --token conformance-token
	CONFORMANCE_WRITE_URL=$writer_url CONFORMANCE_WRITE_TOKEN=conformance-token \
		node .ci/conformance/conformance.mjs "$url"
	stop "$writer_pid"
	# The failure path: an invalid query is reported with its file and line.
	if node .ci/conformance/conformance.mjs "$url" .ci/conformance/testdata/invalid.md >"$tmp/invalid.out" 2>&1; then
		cat "$tmp/invalid.out"; echo "conformance passed a file with an invalid query"; exit 1
	fi
	grep -q 'FAIL .ci/conformance/testdata/invalid.md:[0-9]* query Broken' "$tmp/invalid.out" || { cat "$tmp/invalid.out"; echo "conformance did not name the invalid query"; exit 1; }
	echo "conformance rejects an invalid query, naming it: ok"
fi

chromium=${CHROMIUM:-/usr/bin/chromium}
if [ "$node_ok" = 1 ] && [ -x "$chromium" ]; then
	echo "-- the page at / in headless Chromium, network cut off"
	CHROMIUM=$chromium node .ci/conformance/page.mjs "$base/"
elif [ "$node_ok" = 1 ]; then
	skip "the page in Chromium: $chromium missing (Debian: chromium)"
fi

if [ ! -x /usr/bin/jupyter-nbconvert ]; then
	skip "the notebook: jupyter nbconvert missing (Debian: jupyter-nbconvert python3-ipykernel)"
elif ! /usr/bin/python3 -c 'import ipykernel, requests, pandas, networkx, matplotlib' 2>/dev/null; then
	skip "the notebook: /usr/bin/python3 lacks ipykernel, requests, pandas, networkx or matplotlib (Debian: python3-ipykernel python3-requests python3-pandas python3-networkx python3-matplotlib)"
else
	echo "-- examples/notebook.ipynb executed by jupyter nbconvert"
	# JUPYTER_PATH first: Debian's kernel, which runs /usr/bin/python3, not
	# a python3 that comes first on PATH.
	if ! JUPYTER_PATH=/usr/share/jupyter PYDEVD_DISABLE_FILE_VALIDATION=1 \
		ACTORGRAPH_URL="$url" ACTORGRAPH_FIGURE="$tmp/mali.png" \
		/usr/bin/jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=120 \
		--output-dir "$tmp" --output notebook.executed.ipynb examples/notebook.ipynb >"$tmp/nbconvert.log" 2>&1; then
		grep -v '^0.00s - ' "$tmp/nbconvert.log"; echo "examples/notebook.ipynb failed"; exit 1
	fi
	grep -q 'python /usr/bin/python3 ' "$tmp/notebook.executed.ipynb" || { echo "the notebook ran on another python than /usr/bin/python3"; exit 1; }
	[ -s "$tmp/mali.png" ] || { echo "the notebook drew nothing"; exit 1; }
	echo "notebook ran; drawing: $(wc -c <"$tmp/mali.png") bytes of PNG"
fi
stop "$reader_pid"
echo "real clients done in $((SECONDS - t0))s$([ "$skipped" = 1 ] && echo ", some skipped (see SKIP above)")"

if [ "$long" = 1 ]; then
	step "crash consistency, 200 points (long)"
	ACTORGRAPH_CRASH_POINTS=200 go test -count=1 -timeout=60m -run='^TestCrash' -v ./cmd/actorgraph | grep -E '^(---|=== RUN|ok|FAIL|\s+crash_test.go)'
	step "NATS cluster: 3000 synthetic articles through workers and followers, with kills (long)"
	ACTORGRAPH_CLUSTER_ARTICLES=3000 go test -count=1 -timeout=30m -run='^TestCluster$' -v ./cmd/actorgraph | grep -E '^(---|ok|FAIL|\s+cluster_test.go)'
	step "load run: 10 000 requests from 32 clients (long)"
	ACTORGRAPH_LOAD_REQUESTS=10000 ACTORGRAPH_LOAD_CLIENTS=32 go test -count=1 -run='^TestLoadRun$' -v ./schema/server | grep -E '^(---|ok|FAIL|\s+load_test.go)'
	step "benchmarks (long)"
	go test -run='^$' -bench=. -benchtime=1x ./...
fi
step "all green"
