#!/usr/bin/env bash
# Checks that a change kept every figure and did not slow the batch jobs: builds two commits of this
# repository side by side, runs each one's `ingest` and `analyze` on the same input into a warehouse of its
# own, compares the two warehouses' marts row for row (bench/CompareMarts.java), then times the two
# versions' `analyze` alternately, pair by pair, on their warehouses (/usr/bin/time: wall, CPU, peak RSS).
#
#   bench/compare-versions.sh BEFORE_REV AFTER_REV [DATASETS] [PAIRS]
#   bench/compare-versions.sh --prepare REV [DATASETS]     only build, ingest and analyze one version (reused later)
#
# DATASETS: the input directory (default bench/data/national: `bin/kuntadigi generate --scale national`);
# each version reads its own datasets/config (the method and settings files of that commit).
# PAIRS: timed analyze pairs (default 3). Work files: bench/work/versions/<rev>/ (worktree, warehouse, logs).
# Exit status: CompareMarts's (1 when a mart differs).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -ge 2 ] || { sed -n '2,14p' "$0" >&2; exit 2; }
PREPARE_ONLY=""
if [ "$1" = "--prepare" ]; then PREPARE_ONLY=1; shift; set -- "$1" "$1" "${2:-}"; fi
BEFORE="$(git -C "$ROOT" rev-parse --short "$1")"
AFTER="$(git -C "$ROOT" rev-parse --short "$2")"
DATASETS="$(cd "${3:-$ROOT/bench/data/national}" && pwd)"
PAIRS="${4:-3}"
WORK="$ROOT/bench/work/versions"
DUCKDB_JAR="$(find "$HOME/.m2/repository/org/duckdb/duckdb_jdbc" -name 'duckdb_jdbc-*.jar' | sort | tail -1)"
mkdir -p "$WORK"

timed() { # label, log, command...: one line of wall s, CPU s (user + sys), peak RSS MB
  local label="$1" log="$2"
  shift 2
  /usr/bin/time -f '%e %U %S %M' -o "$log.time" "$@" >> "$log" 2>&1
  read -r wall user sys rss < "$log.time"
  printf '%-28s wall %7.1f s   CPU %7.1f s   peak RSS %6d MB   (load %s)\n' "$label" "$wall" \
    "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$(cut -d' ' -f1 /proc/loadavg)"
}

prepare() { # rev: worktree, build, ingest, a first analyze (records the launcher's class-data archive); once per input
  local rev="$1" dir="$WORK/$1"
  if [ "$(cat "$dir/prepared" 2>/dev/null)" = "$DATASETS" ]; then echo "$rev: prepared earlier on $DATASETS"; return; fi
  [ -d "$dir/src" ] || git -C "$ROOT" worktree add --detach -f "$dir/src" "$rev" > /dev/null
  rm -rf "$dir/warehouse" "$dir"/*.log "$dir"/*.time
  echo "$rev: building"
  "$dir/src/bin/kuntadigi" --help > "$dir/build.log" 2>&1
  timed "$rev ingest" "$dir/ingest.log" "$dir/src/bin/kuntadigi" ingest --datasets "$DATASETS" --warehouse "$dir/warehouse"
  timed "$rev analyze (untimed warm-up)" "$dir/analyze-0.log" \
    "$dir/src/bin/kuntadigi" analyze --datasets "$dir/src/datasets" --warehouse "$dir/warehouse"
  echo "$DATASETS" > "$dir/prepared"
}

analyze() { # rev, pair number
  local rev="$1" dir="$WORK/$1"
  timed "$rev analyze $2" "$dir/analyze-$2.log" \
    "$dir/src/bin/kuntadigi" analyze --datasets "$dir/src/datasets" --warehouse "$dir/warehouse"
}

prepare "$BEFORE"
[ -z "$PREPARE_ONLY" ] || exit 0
prepare "$AFTER"
echo "marts of $BEFORE against $AFTER:"
status=0
java -cp "$DUCKDB_JAR" "$ROOT/bench/CompareMarts.java" "$WORK/$BEFORE/warehouse" "$WORK/$AFTER/warehouse" || status=$?
for i in $(seq 1 "$PAIRS"); do
  analyze "$BEFORE" "$i"
  analyze "$AFTER" "$i"
done
exit "$status"
