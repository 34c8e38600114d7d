#!/usr/bin/env bash
# Load test of the dashboard's JSON API with wrk (Debian package), against a hello-world
# endpoint of the same server as the ceiling, in one run (hello-world before and after every
# endpoint). Loopback only; every wrk run is bounded in time. Prints a Markdown table for
# bench/README.md, with the server's CPU time per request.
#
#   bench/dashboard-load.sh [WAREHOUSE]     default bench/work/warehouse (national scale:
#                                           bin/kuntadigi generate --scale national --out bench/data/national,
#                                           then ingest and analyze with --datasets/--warehouse)
# Environment: DURATION (default 15s), CONNECTIONS (50), THREADS (2), PORT (7090), HEAP (512m).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WAREHOUSE="${1:-$ROOT/bench/work/warehouse}"
DURATION="${DURATION:-15s}"; CONNECTIONS="${CONNECTIONS:-50}"; THREADS="${THREADS:-2}"
PORT="${PORT:-7090}"; HEAP="${HEAP:-512m}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"

command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install -y wrk)" >&2; exit 2; }
[ -d "$WAREHOUSE/marts" ] || { echo "bench: no marts in $WAREHOUSE (see the header of this script)" >&2; exit 2; }
[ -f "$ROOT/dashboard/target/kuntadigi-dashboard.jar" ] || "$ROOT/mvnw" -q -B -f "$ROOT/pom.xml" -DskipTests -pl dashboard -am install

# A bench user (random password, cost-4 hash: only for this run).
PASSWORD="bench-$RANDOM-$RANDOM-$RANDOM"
HASH="$(java -cp "$ROOT/dashboard/target/kuntadigi-dashboard.jar:$ROOT/dashboard/target/lib/*" \
  fi.kuntadigi.dashboard.auth.HashPassword "$PASSWORD" </dev/null)"
echo "bench = STEERING:$HASH" > "$WORK/users.properties"

java "-Xmx$HEAP" -cp "$ROOT/dashboard/target/kuntadigi-dashboard.jar:$ROOT/dashboard/target/lib/*" \
  fi.kuntadigi.dashboard.DashboardMain --warehouse "$WAREHOUSE" --port "$PORT" --users "$WORK/users.properties" \
  > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -fs "$BASE/api/hello" >/dev/null 2>&1 && break; sleep 0.1; done

# Log in through the form (CSRF token from the login page) and keep the session cookie.
TOKEN="$(curl -fs -c "$WORK/jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')"
curl -fs -b "$WORK/jar" -c "$WORK/jar" -o /dev/null -d "username=bench&password=$PASSWORD&_csrf=$TOKEN" "$BASE/login"
COOKIE="kd_session=$(awk '$6 == "kd_session" {print $7}' "$WORK/jar")"

# What-if with random weights: every request recomputes the index on the server (no cache hit),
# on the path given to wrk (its filters kept).
IDS="$(curl -fs -H "Cookie: $COOKIE" "$BASE/api/figures/potential.weights" | python3 -c \
  'import json,sys; print(" ".join(r[0] for r in json.load(sys.stdin)["rows"]))')"
{
  echo 'math.randomseed(os.time())'
  echo "local ids = {$(for i in $IDS; do printf '"%s",' "$i"; done)}"
  echo 'request = function()'
  echo '  local q = {}'
  echo '  for _, id in ipairs(ids) do q[#q + 1] = "w_" .. id .. "=" .. string.format("%.3f", math.random()) end'
  echo '  local sep = wrk.path:find("?", 1, true) and "&" or "?"'
  echo '  return wrk.format("GET", wrk.path .. sep .. table.concat(q, "&"))'
  echo 'end'
} > "$WORK/whatif.lua"

# Server CPU time so far (user + system, clock ticks): per request it does not depend on how busy
# the machine is, unlike requests/s.
ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }

run() { # name, path, [lua script], [extra header]
  local script=() header=() before after
  [ -n "${3:-}" ] && script=(-s "$3")
  [ -n "${4:-}" ] && header=(-H "$4")
  before="$(ticks)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $COOKIE" "${header[@]}" "${script[@]}" "$BASE$2" > "$WORK/$1.txt"
  after="$(ticks)"
  awk '/^Requests\/sec/ {print $2}' "$WORK/$1.txt" > "$WORK/$1.rps"
  awk '$1 == "99%" {print $2}' "$WORK/$1.txt" > "$WORK/$1.p99"
  awk '/Non-2xx/ {print $5}' "$WORK/$1.txt" > "$WORK/$1.errors"
  awk -v b="$before" -v a="$after" -v hz="$(getconf CLK_TCK)" '/requests in/ {printf "%.0f\n", (a - b) * 1e6 / hz / $1}' \
    "$WORK/$1.txt" > "$WORK/$1.cpu"
}

# Warm up: JIT, DuckDB, and the result cache of the cached endpoints (steady state is measured).
for path in /api/hello /api/figures/potential.heatmap "/api/figures/potential.ranking?municipality=214" \
    "/api/figures/transactions.history?municipality=214" /api/figures/surveys.results; do
  wrk -t1 -c4 -d2s -H "Cookie: $COOKIE" "$BASE$path" >/dev/null
done
wrk -t1 -c4 -d3s -H "Cookie: $COOKIE" -s "$WORK/whatif.lua" "$BASE/api/figures/potential.whatif" >/dev/null

# Each endpoint runs between two hello-world runs and is compared with their mean: on a shared
# machine the load changes from one run to the next, and a single hello-world run is a poor ceiling.
ETAG="$(curl -fs -D - -o /dev/null -H "Cookie: $COOKIE" "$BASE/api/figures/potential.heatmap" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')"
NAMES=(heatmap ranking history survey whatif heatmap-sector heatmap-304 whatif-municipality)
run hello-0 /api/hello
i=0
for name in "${NAMES[@]}"; do
  case "$name" in
    heatmap) run "$name" /api/figures/potential.heatmap ;;
    ranking) run "$name" "/api/figures/potential.ranking?municipality=214" ;;
    history) run "$name" "/api/figures/transactions.history?municipality=214" ;;
    survey) run "$name" /api/figures/surveys.results ;;
    whatif) run "$name" /api/figures/potential.whatif "$WORK/whatif.lua" ;;
    # Beyond the targets: the heat map of one whole sector (the largest scope without a municipality),
    # a browser revalidating the heat map it holds (ETag, 304), a what-if within one municipality.
    heatmap-sector) run "$name" "/api/figures/potential.heatmap?sector=technical" ;;
    heatmap-304) run "$name" /api/figures/potential.heatmap "" "If-None-Match: $ETAG" ;;
    whatif-municipality) run "$name" "/api/figures/potential.whatif?municipality=214" "$WORK/whatif.lua" ;;
  esac
  i=$((i + 1))
  run "hello-$i" /api/hello
done

python3 - "$WORK" "${NAMES[@]}" <<'PY'
import pathlib, statistics, sys
work, names = pathlib.Path(sys.argv[1]), sys.argv[2:]
read = lambda name, kind: (work / f"{name}.{kind}").read_text().strip()
hellos = [float(read(f"hello-{i}", "rps")) for i in range(len(names) + 1)]
print("| endpoint | requests/s | share of hello (mean of the hello runs before and after) | p99 | server CPU per request | non-2xx |")
print("|---|---|---|---|---|---|")
print(f"| hello (median of {len(hellos)} runs; min {min(hellos):.0f}, max {max(hellos):.0f}) | {statistics.median(hellos):.0f} | 100 % "
      f"| {read('hello-0', 'p99')} | {read('hello-0', 'cpu')} µs | 0 |")
for i, name in enumerate(names):
    rps = float(read(name, "rps"))
    ceiling = (hellos[i] + hellos[i + 1]) / 2
    print(f"| {name} | {rps:.0f} | {100 * rps / ceiling:.0f} % (of {ceiling:.0f}) | {read(name, 'p99')} | {read(name, 'cpu')} µs "
          f"| {read(name, 'errors') or 0} |")
PY
HEAP_USED="$(jcmd "$SERVER" GC.heap_info 2>/dev/null | grep -o "used [0-9]*K" | head -1)"
echo "- heap after the run (G1 used): ${HEAP_USED:-n/a}; max heap -Xmx$HEAP; RSS $(awk '/VmRSS/ {print $2, $3}' /proc/$SERVER/status)"
