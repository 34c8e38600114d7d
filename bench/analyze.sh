#!/usr/bin/env bash
# Times `kuntadigi analyze` on the national-scale warehouse beside the same aggregations written directly in
# DuckDB SQL (bench/AnalyzeDuckDbBaseline.java: transactions, savings and index, Monte Carlo), in the same run.
# Prepare the warehouse once:
#   bin/kuntadigi generate --scale national          # writes bench/data/national
#   bin/kuntadigi ingest --datasets bench/data/national --warehouse bench/work/warehouse
# Then: bench/analyze.sh [WAREHOUSE]   (results: wall time and peak RSS of each, printed and in bench/work/)
# analyze runs first: the baseline reads a few per-unit inputs from its marts (see the baseline's Javadoc).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WAREHOUSE="${1:-$ROOT/bench/work/warehouse}"
WORK="$ROOT/bench/work"
mkdir -p "$WORK"
[ -d "$WAREHOUSE/transactions" ] || { echo "no warehouse at $WAREHOUSE: see the header of $0" >&2; exit 4; }
DUCKDB_JAR="$(find "$HOME/.m2/repository/org/duckdb/duckdb_jdbc" -name 'duckdb_jdbc-*.jar' | sort | tail -1)"

measure() { # label, command...
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$WORK/$label.time" "$@" > "$WORK/$label.log" 2>&1
  read -r wall rss < "$WORK/$label.time"
  printf '%-10s wall %6.1f s   peak RSS %6.0f MB\n' "$label" "$wall" "$((rss / 1024))"
}

rm -rf "$WORK/duckdb-marts"
# The launcher records its class-data archive on the first batch run after a build (10-15 s slower, see
# docs/operations.md): do that run untimed, so the figures are those of every later run.
if [ "${KUNTADIGI_CDS:-}" != "off" ] && [ ! -f "$ROOT/analytics/target/kuntadigi-batch.jsa" ]; then
  echo "recording the launcher's class-data archive (untimed analyze run)..."
  "$ROOT/bin/kuntadigi" analyze --datasets "$ROOT/datasets" --warehouse "$WAREHOUSE" > "$WORK/warm-up.log" 2>&1
fi
uptime
measure analyze "$ROOT/bin/kuntadigi" analyze --datasets "$ROOT/datasets" --warehouse "$WAREHOUSE"
measure duckdb java -cp "$DUCKDB_JAR" "$ROOT/bench/AnalyzeDuckDbBaseline.java" "$WAREHOUSE" "$WORK/duckdb-marts" \
  "$ROOT/datasets/config/analytics.properties"
uptime
grep '^duckdb ' "$WORK/duckdb.log" | sed 's/^/  /'
python3 - "$(ls -t "$WAREHOUSE"/_runs/*.log.jsonl | head -1)" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    if e.get("event") == "feature_done":
        print(f"  analyze feature {e['feature']:<28} {e['elapsed_ms'] / 1000:6.1f} s")
    elif e.get("event") == "step_done":
        print(f"    step {e['step']:<36} {e['elapsed_ms'] / 1000:6.1f} s")
    elif e.get("event") == "mart_staged" and e["elapsed_ms"] > 1000:
        print(f"    write {e['mart']:<35} {e['elapsed_ms'] / 1000:6.1f} s")
PY
