#!/usr/bin/env bash
# Scale-out check: the development sets split into shards, each extracted with --no-merge by GNU parallel
# (the same command line runs across hosts with --sshlogin), then `strikemap merge`d; the bytes must equal
# one `extract` of everything, whatever the number of shards and the order they are merged in.
set -euo pipefail
cd "$(dirname "$0")/.."
dev=../shared/data/dev
if [ ! -d "$dev" ]; then
  echo "shards-check: $dev not found; skipped (it needs ../shared beside the repository)"
  exit 0
fi
if ! command -v parallel >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq parallel; } >/dev/null
fi
swift build -c release --product strikemap >/dev/null
bin=$(swift build -c release --show-bin-path)/strikemap
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
find "$dev"/*/docs -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | sort > "$work/list.txt"
echo "shards-check: $(wc -l < "$work/list.txt") documents"
"$bin" extract "$dev"/*/docs -o "$work/single.geojson" 2>/dev/null
for per in 97 250; do
  rm -f "$work"/shard-*.geojson
  # -N: documents a job; {#}: the job's number, which names its shard.
  parallel --will-cite -j2 -N "$per" "'$bin' extract --no-merge {} -o '$work/shard-{#}.geojson' 2>/dev/null" :::: "$work/list.txt"
  shards=$(ls "$work"/shard-*.geojson | wc -l)
  "$bin" merge "$work"/shard-*.geojson -o "$work/merged.geojson"
  cmp "$work/single.geojson" "$work/merged.geojson"
  # The order the shards are named in does not matter.
  ls "$work"/shard-*.geojson | sort -r | xargs "$bin" merge -o "$work/reversed.geojson"
  cmp "$work/single.geojson" "$work/reversed.geojson"
  echo "shards-check: $shards shards of $per documents merged: byte-identical to one extract ($(wc -c < "$work/single.geojson") bytes)"
done
