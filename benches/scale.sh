#!/usr/bin/env bash
# Wall time and peak memory of one command over generated batches of growing size.
# Usage: benches/scale.sh CORPUS_DIR [SIZES…]   (builds the corpora with examples/gen_corpus)
# Prints one line per size: articles, MB of text, best of 3 wall seconds, peak RSS in MB.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?corpus directory}; shift
sizes=${*:-1000 2000 5000 10000 20000}
polnear=${POLNEAR:-$root/../shared/data/polnear/train.jsonl}
cmd=${CMD:-check --no-config --fail-on never}
bin=$root/target/release/corroborate
gen=$root/target/release/examples/gen_corpus
[ -x "$bin" ] && [ -x "$gen" ] || (cd "$root" && cargo build --release --bins --example gen_corpus)
src=(); [ -f "$polnear" ] && src=(--polnear "$polnear")
for n in $sizes; do
  dir=$out/c$n
  [ -d "$dir" ] || "$gen" "$dir" "$n" "${src[@]}" ${GEN_ARGS:-} 2>/dev/null
  mb=$(cat "$dir"/*.txt | wc -c | awk '{printf "%.1f", $1/1e6}')
  best=; rss=0
  for _ in 1 2 3; do
    /usr/bin/time -o "$out/.time" -f "%e %M" "$bin" $cmd "$dir" >/dev/null 2>&1 || true
    read -r wall kb < "$out/.time"
    best=$(awk -v a="${best:-$wall}" -v b="$wall" 'BEGIN{print (b<a)?b:a}')
    rss=$(( kb > rss ? kb : rss ))
  done
  echo "$n articles  $mb MB  ${best}s  $((rss / 1024)) MB peak"
done
