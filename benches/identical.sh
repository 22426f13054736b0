#!/usr/bin/env bash
# Shows that a speed change left the findings byte-identical.
#
# Usage: benches/identical.sh OLD_REV [NEW_REV]
#   Builds the release binary of OLD_REV (a commit, branch or tag) and of NEW_REV (default: the
#   working tree) and runs both on the same inputs: the seeds (text and JSON), the ECB+ copy
#   (every format) and a 2,000-article generated batch (JSON and text): 10 reports. Any difference is
#   printed and the script exits 1; identical reports exit 0.
# The generated batch is made by examples/gen_corpus with a fixed seed from the PolNeAR texts,
# so both binaries read the same files. The shared data (ECB+ and PolNeAR) is looked for in
# DATA, then beside the checkout (../shared/data), then beside the main checkout of a git
# worktree (so a run from a worktree checks the same batches as one from main); when it is in
# none of them the script stops with an error rather than skip a batch it names. Set WORK to
# keep the builds and reports somewhere else than /tmp; set OLD_BIN to a release binary
# already built from OLD_REV to skip building it again.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
old=${1:?old revision}; new=${2:-}
work=${WORK:-/tmp/corroborate-identical}
mkdir -p "$work"
# The shared data: DATA, or ../shared/data beside this checkout, or beside the main checkout
# when this one is a git worktree (its common git directory lies in the main checkout).
shared_data() {
  if [ -n "${DATA:-}" ]; then echo "$DATA"; return; fi
  if [ -d "$root/../shared/data" ]; then (cd "$root/../shared/data" && pwd); return; fi
  local common
  common=$(git -C "$root" rev-parse --path-format=absolute --git-common-dir 2> /dev/null) || return 0
  if [ -d "$common/../../shared/data" ]; then (cd "$common/../../shared/data" && pwd); fi
}
data=$(shared_data)
for need in ecbplus polnear/train.jsonl; do
  if [ -z "$data" ] || [ ! -e "$data/$need" ]; then
    echo "identical.sh: no shared data ($need) found: set DATA to the shared data folder" >&2
    exit 2
  fi
done

build() { # REV DIR → builds DIR/target/release/corroborate from REV (or the working tree)
  local rev=$1 dir=$2
  if [ -z "$rev" ]; then
    (cd "$root" && cargo build --release --quiet --bin corroborate --example gen_corpus)
    ln -sfn "$root/target" "$dir.target"
    return
  fi
  if [ ! -d "$dir" ]; then git -C "$root" worktree add --detach --quiet "$dir" "$rev"; fi
  git -C "$dir" checkout --quiet --detach "$rev"
  (cd "$dir" && CARGO_TARGET_DIR="$dir/target" cargo build --release --quiet --bin corroborate)
  ln -sfn "$dir/target" "$dir.target"
}

if [ -n "${OLD_BIN:-}" ]; then
  mkdir -p "$work/old.bin/release"
  cp "$OLD_BIN" "$work/old.bin/release/corroborate"
  ln -sfn "$work/old.bin" "$work/old.target"
else
  build "$old" "$work/old"
fi
build "$new" "$work/new"

batch=$work/c2000-polnear
if [ ! -d "$batch" ]; then
  "$root/target/release/examples/gen_corpus" "$batch" 2000 --seed 7 \
    --polnear "$data/polnear/train.jsonl" > /dev/null
fi

run() { # SIDE → writes the reports of one binary under $work/SIDE.out
  local bin=$work/$1.target/release/corroborate out=$work/$1.out
  rm -rf "$out"; mkdir -p "$out"
  (cd "$root"
   "$bin" check seeds/ --no-config --fail-on never > "$out/seeds.txt"
   "$bin" check seeds/ --no-config --fail-on never --format json > "$out/seeds.json"
   "$bin" claims seeds/ --format json > "$out/claims_seeds.json"
   for f in text json markdown html sarif; do
     "$bin" check "$data/ecbplus" --no-config --fail-on never --format "$f" > "$out/ecb.$f"
   done
   "$bin" check "$batch" --no-config --fail-on never --format json > "$out/c2000.json"
   "$bin" check "$batch" --no-config --fail-on never > "$out/c2000.txt")
}

run old
run new
if diff -r -q "$work/old.out" "$work/new.out"; then
  echo "identical: $(ls "$work/new.out" | wc -l) reports"
else
  echo "the reports differ (diff -r $work/old.out $work/new.out)" >&2
  exit 1
fi
