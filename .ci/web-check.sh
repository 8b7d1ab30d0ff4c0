#!/usr/bin/env bash
# CI, web map (issue 22): the seeds' map.html and a web map of the coalition releases (../shared), each
# opened in headless Chromium through Selenium (.ci/web-check.py): no console error, no network request,
# a kind filter and the time slider change the events shown, a symbol's popup quotes its evidence.
# Installs chromium, chromium-driver, python3-selenium and librsvg2-bin (Debian) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
/usr/bin/python3 -c "import selenium" 2>/dev/null || need+=(python3-selenium)
command -v rsvg-convert >/dev/null 2>&1 || need+=(librsvg2-bin)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "web-check: needs ${need[*]} (run as root to install)" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
swift build -c release --product strikemap
bin=.build/release/strikemap
out=.build/ci-web
rm -rf "$out"; mkdir -p "$out"
"$bin" run seeds --out "$out/seeds" >/dev/null 2>&1 || true
/usr/bin/python3 .ci/web-check.py "$out/seeds/map.html" --expect-time --shots "$out/seeds-shots"
# The chart renders (rsvg-convert reads it as the SVG it claims to be).
rsvg-convert -w 1000 "$out/seeds/chart.svg" -o "$out/seeds-chart.png" && test -s "$out/seeds-chart.png" && echo "web-check: chart.svg renders"
releases=../shared/data/dev/centcom-releases-2014-2015/docs
if [ -d "$releases" ]; then
  "$bin" extract "$releases" -o "$out/releases.geojson" 2>/dev/null
  "$bin" web "$out/releases.geojson" -o "$out/releases.html" --title "Coalition strike releases 2014-2015"
  /usr/bin/python3 .ci/web-check.py "$out/releases.html" --expect-time --shots "$out/releases-shots"
else
  echo "web-check: ../shared is absent; the development-set page is skipped" >&2
fi
