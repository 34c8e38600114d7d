#!/usr/bin/env bash
# Load test of the dashboard's JSON API with wrk (Debian package), against a hello-world
# endpoint of the same server as the ceiling, in one run. Loopback only; every wrk run is
# bounded in time. Prints a Markdown table for bench/README.md.
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

# What-if with random weights: every request recomputes the index on the server (no cache hit).
IDS="$(curl -fs -H "Cookie: $COOKIE" "$BASE/api/figures/potential.weights" | python3 -c \
  'import json,sys; print(" ".join(r[0] for r in json.load(sys.stdin)["rows"]))')"
{
  echo 'math.randomseed(os.time())'
  echo "local ids = {$(for i in $IDS; do printf '"%s",' "$i"; done)}"
  echo 'request = function()'
  echo '  local q = {}'
  echo '  for _, id in ipairs(ids) do q[#q + 1] = "w_" .. id .. "=" .. string.format("%.3f", math.random()) end'
  echo '  return wrk.format("GET", "/api/figures/potential.whatif?" .. table.concat(q, "&"))'
  echo 'end'
} > "$WORK/whatif.lua"

run() { # name, path, [lua script]
  local script=()
  [ -n "${3:-}" ] && script=(-s "$3")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $COOKIE" "${script[@]}" "$BASE$2" > "$WORK/$1.txt"
  local rps p99 errors
  rps="$(awk '/^Requests\/sec/ {print $2}' "$WORK/$1.txt")"
  p99="$(awk '$1 == "99%" {print $2}' "$WORK/$1.txt")"
  errors="$(awk '/Non-2xx/ {print $5}' "$WORK/$1.txt")"
  printf '| %s | `%s` | %s | %s | %s |\n' "$1" "$2" "$rps" "$p99" "${errors:-0}"
  echo "$rps" > "$WORK/$1.rps"
}

# Warm up: JIT, DuckDB, and the result cache of the cached endpoints (steady state is measured).
for path in /api/hello /api/figures/potential.heatmap "/api/figures/potential.ranking?municipality=214" \
    "/api/figures/transactions.history?municipality=214" /api/figures/surveys.results; do
  wrk -t1 -c4 -d2s -H "Cookie: $COOKIE" "$BASE$path" >/dev/null
done
wrk -t1 -c4 -d3s -H "Cookie: $COOKIE" -s "$WORK/whatif.lua" "$BASE/api/figures/potential.whatif" >/dev/null

echo "| endpoint | path | requests/s | p99 | non-2xx |"
echo "|---|---|---|---|---|"
run hello /api/hello
run heatmap /api/figures/potential.heatmap
run ranking "/api/figures/potential.ranking?municipality=214"
run history "/api/figures/transactions.history?municipality=214"
run survey /api/figures/surveys.results
run whatif /api/figures/potential.whatif "$WORK/whatif.lua"

HELLO="$(cat "$WORK/hello.rps")"
echo
for name in heatmap ranking history survey whatif; do
  python3 -c "import sys; print(f'- {sys.argv[1]}: {100 * float(sys.argv[2]) / float(sys.argv[3]):.0f} % of hello-world')" \
    "$name" "$(cat "$WORK/$name.rps")" "$HELLO"
done
HEAP_USED="$(jcmd "$SERVER" GC.heap_info 2>/dev/null | grep -o "used [0-9]*K" | head -1)"
echo "- heap after the run (G1 used): ${HEAP_USED:-n/a}; max heap -Xmx$HEAP; RSS $(awk '/VmRSS/ {print $2, $3}' /proc/$SERVER/status)"
