#!/usr/bin/env bash
# Fuzz one reader for SECONDS: fuzz/run.sh text|geojson|gazetteer SECONDS
# Builds strikemap-fuzz with libFuzzer (release, -DFUZZING) in .build-fuzz, seeds the corpus from the
# seeds, the test fixtures and the curated gazetteer, and keeps it in .build-fuzz/corpus/TARGET between
# runs. A crash leaves crash-* in .build-fuzz/artifacts/TARGET and exits non-zero; replay it with
# `STRIKEMAP_FUZZ=TARGET swift run strikemap-fuzz FILE`.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz/run.sh text|geojson|gazetteer SECONDS}
seconds=${2:-60}
build=.build-fuzz
swift build -c release --sanitize=fuzzer --product strikemap-fuzz --build-path "$build" -Xswiftc -DFUZZING >/dev/null
corpus="$build/corpus/$target"
artifacts="$build/artifacts/$target"
mkdir -p "$corpus" "$artifacts"
if [ -z "$(ls -A "$corpus")" ]; then
  case "$target" in
    text) cp seeds/*.txt "$corpus/" ;;
    geojson) cp Tests/StrikeMapTests/Fixtures/*.geojson "$corpus/"; printf '{"type":"FeatureCollection","features":[]}' > "$corpus/empty.geojson" ;;
    gazetteer) cp gazetteer/curated.tsv gazetteer/extra-names.tsv "$corpus/" ;;
  esac
fi
STRIKEMAP_FUZZ=$target SWIFT_BACKTRACE=enable=no "$build/release/strikemap-fuzz" -max_total_time="$seconds" -max_len=16384 \
  -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" 2>&1 \
  | grep -E "INITED|DONE|Done|stat::|ERROR|SUMMARY|crash|deadly|Test unit written" || true
# grep hides libFuzzer's exit status: a crash leaves an artifact.
# (`ls a b` fails when any one is missing: each kind is looked for on its own.)
found=$(find "$artifacts" -maxdepth 1 \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) 2>/dev/null | head -1 || true)
if [ -n "$found" ]; then
  echo "fuzz/run.sh: $target: a crash was found (see $artifacts)" >&2
  exit 1
fi
