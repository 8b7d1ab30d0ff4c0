#!/usr/bin/env bash
# The development-set figures of the places issue, with the embedded gazetteer (no --gazetteer): the
# shared scorers on every set, and the share of non-strike notes that give a strike event.
# Usage: bash bench/score_devsets.sh [BIN]   (default .build/release/strikemap; reads ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/strikemap}
shared=../shared
if [ ! -d "$shared/data/dev" ]; then
  echo "skipped: ../shared/data/dev not found (the development sets ship with ../shared, not with the product)"
  exit 0
fi
for set in monitoring-notes-somalia-2025 monitoring-notes-ukraine-2023 casualty-statements-2014-2016; do
  echo "== $set"
  python3 "$shared/tools/score_reports.py" "$bin" "$shared/data/dev/$set" | tail -2
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for set in monitoring-notes-somalia-2025-nonstrike monitoring-notes-ukraine-2023-nonstrike; do
  "$bin" extract --no-merge -o "$tmp/ns.geojson" "$shared/data/dev/$set/docs" 2>/dev/null || true
  python3 - "$tmp/ns.geojson" "$shared/data/dev/$set/docs" "$set" <<'PY'
import json, os, sys
features = json.load(open(sys.argv[1]))["features"]
docs = {os.path.basename(f["properties"]["source"]) for f in features}
n = len(os.listdir(sys.argv[2]))
print("== %s: documents with a strike event %d of %d (%.3f)" % (sys.argv[3], len(docs), n, len(docs) / n))
PY
done
echo "== geowebnews"
# (Into a file, not through head: a closed pipe would fail the script under pipefail.)
python3 "$shared/tools/score_toponyms.py" "$bin" "$shared/data/dev/geowebnews" > "$tmp/gwn.txt"
head -2 "$tmp/gwn.txt"
