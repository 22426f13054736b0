#!/usr/bin/env bash
# Where a batch's memory goes, stage by stage: runs `check DIR --format json --verbose` with a
# release binary, samples its resident memory every INTERVAL seconds (default 0.05), and
# prints the samples, the peak, and the stage times that --verbose gives at the end (the
# stages run in that order, so the samples can be laid against them).
#
# Usage: benches/peak_memory.sh DIR [BIN]   (BIN defaults to target/release/corroborate)
# For the heap itself, by allocation site: build with `--features system-allocator` and run
# `valgrind --tool=massif` on that binary (BENCHMARKS.md, "Issue 17: peak memory").
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?a directory of articles}
bin=${2:-$root/target/release/corroborate}
every=${INTERVAL:-0.05}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$(date +%s%N)
"$bin" check "$dir" --no-config --fail-on never --format json --verbose > /dev/null 2> "$log" &
pid=$!
peak=0
while kill -0 "$pid" 2> /dev/null; do
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2> /dev/null || true)
  if [ -n "$rss" ]; then
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    mb=$(( rss / 1024 ))
    (( mb > peak )) && peak=$mb
    printf '%6d ms %5d MB\n' "$ms" "$mb"
  fi
  sleep "$every"
done
wait "$pid"
echo "peak (sampled): $peak MB"
grep -E "stages:|articles,|checks:" "$log" || true
