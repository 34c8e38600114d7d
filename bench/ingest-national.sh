#!/usr/bin/env bash
# Ingestion benchmark: generates the national-scale datasets (~309 municipalities, ~20 M
# transaction rows) and times `kuntadigi ingest` on them beside DuckDB's own read_csv -> Parquet
# COPY of the same transaction files, in the same run. Prints one summary line per engine.
#   bench/ingest-national.sh            (uses bench/data/national, generating it when missing or outdated)
# Needs: a JDK 17, GNU time (/usr/bin/time; apt-get install time).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DATA="bench/data/national"
WORK="bench/work"
DUCKDB_JAR="$(ls "$HOME"/.m2/repository/org/duckdb/duckdb_jdbc/*/duckdb_jdbc-*.jar | sort -V | tail -1)"
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install -y time)" >&2; exit 1; }

bin/kuntadigi --help > /dev/null   # builds on first use, outside the timings
# Regenerate unless every bundled dataset folder is there (the generator is deterministic).
for d in datasets/*/; do
  name=$(basename "$d")
  [ "$name" = mappings ] || [ "$name" = config ] || [ -d "$DATA/$name" ] || { rm -rf "$DATA"; break; }
done
if [ ! -d "$DATA/transactions" ]; then
  /usr/bin/time -f "generate wall_s=%e peak_rss_mb=%M" bin/kuntadigi generate --scale national --out "$DATA"
fi
rows=$(cat "$DATA"/transactions/*.csv | wc -l); files=$(ls "$DATA"/transactions/*.csv | wc -l)
rows=$((rows - files))
bytes=$(du -sb "$DATA/transactions" | cut -f1)
echo "input: $rows transaction rows in $files files, $((bytes / 1048576)) MiB; all datasets: $(du -sh "$DATA" | cut -f1)"

rm -rf "$WORK" && mkdir -p "$WORK"
# kuntadigi: the whole ingest command (JVM + Spark start, all 21 datasets, validation, quarantine, atomic publish)
/usr/bin/time -o "$WORK/kuntadigi.time" -f "%e %M" \
  bin/kuntadigi ingest --datasets "$DATA" --warehouse "$WORK/warehouse" > "$WORK/kuntadigi.log" 2>&1 || true
read -r k_wall k_rss < "$WORK/kuntadigi.time"
# DuckDB: the whole process (JVM start, read_csv of the transaction files, Parquet COPY partitioned by year)
/usr/bin/time -o "$WORK/duckdb.time" -f "%e %M" \
  java -cp "$DUCKDB_JAR" bench/DuckDbBaseline.java "$DATA" "$WORK/duckdb" > "$WORK/duckdb.log" 2>&1
read -r d_wall d_rss < "$WORK/duckdb.time"

grep -E "^  transactions " "$WORK/kuntadigi.log" || { cat "$WORK/kuntadigi.log"; exit 1; }
printf "kuntadigi ingest: wall %6.1f s  %9.0f rows/s  peak RSS %5d MiB  (heap -Xmx%s)\n" "$k_wall" \
  "$(echo "$rows / $k_wall" | bc -l)" "$((k_rss / 1024))" "${KUNTADIGI_HEAP:-4g}"
printf "duckdb read_csv->COPY: wall %6.1f s  %9.0f rows/s  peak RSS %5d MiB\n" "$d_wall" \
  "$(echo "$rows / $d_wall" | bc -l)" "$((d_rss / 1024))"
printf "ratio kuntadigi/duckdb: %.2f (target <= 4)\n" "$(echo "$k_wall / $d_wall" | bc -l)"
