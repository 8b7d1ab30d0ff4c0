#!/usr/bin/env bash
# CI, GIS formats (issue 7): build with the GDAL trait, export the seeds' events to every format, check
# each with ogrinfo and with a second reader (pyogrio from PyPI), and round-trip GeoJSON -> GeoPackage ->
# GeoJSON (ogr2ogr) -> strikemap map, which must give the same map.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v ogrinfo >/dev/null 2>&1 || need+=(gdal-bin)
pkg-config --exists gdal 2>/dev/null || need+=(libgdal-dev pkg-config)
command -v python3 >/dev/null 2>&1 || need+=(python3)
python3 -m pip --version >/dev/null 2>&1 || need+=(python3-pip)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "gis-check: needs ${need[*]} (run as root to install)" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
if ! python3 -c "import pyogrio" 2>/dev/null; then
  python3 -m pip install --quiet pyogrio 2>/dev/null || python3 -m pip install --quiet --break-system-packages pyogrio
fi
# The default build (no GDAL trait) writes the same formats through ogr2ogr; kept apart to compare below.
swift build --product strikemap
plain=.build/ci-gis-plain
rm -rf "$plain"; mkdir -p "$plain"
cp .build/debug/strikemap "$plain/strikemap"
"$plain/strikemap" run seeds --out "$plain/run" >/dev/null 2>&1 || true
for f in strikes.gpkg strikes.fgb strikes.shp; do "$plain/strikemap" export "$plain/run/strikes.geojson" -o "$plain/$f" 2>>"$plain/warnings.txt"; done
touch Package.swift   # SwiftPM caches pkg-config answers from before libgdal-dev was installed
swift build --traits GDAL --product strikemap
bin=.build/debug/strikemap
out=.build/ci-gis
rm -rf "$out"; mkdir -p "$out"
"$bin" run seeds --out "$out/run" >/dev/null 2>&1 || true
src="$out/run/strikes.geojson"
"$bin" check "$src"
total=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['features']))" "$src")
located=$(python3 -c "import json,sys; print(sum(1 for f in json.load(open(sys.argv[1]))['features'] if f['geometry']))" "$src")
for f in strikes.geojson strikes.geojsonl strikes.csv strikes.kml strikes.gpkg strikes.fgb strikes.shp; do
  "$bin" export "$src" -o "$out/$f" 2>>"$out/warnings.txt"
done
# ogrinfo: feature count and field types.
check_ogr() {  # file expected-count date-type
  local info; info=$(ogrinfo -ro -al -so "$1")
  echo "$info" | grep -q "Feature Count: $2" || { echo "gis-check: $1: expected $2 features" >&2; echo "$info" >&2; exit 1; }
  echo "$info" | grep -Eq "^date: $3" || { echo "gis-check: $1: 'date' is not a $3 field" >&2; exit 1; }
  echo "$info" | grep -Eq "^strikes: Integer" || { echo "gis-check: $1: 'strikes' is not an Integer field" >&2; exit 1; }
  echo "ogrinfo ok: $1 ($2 features, date $3)"
}
check_ogr "$out/strikes.geojson" "$total" Date
check_ogr "$out/strikes.gpkg" "$total" Date
check_ogr "$out/strikes.shp" "$total" Date
check_ogr "$out/strikes.fgb" "$located" DateTime
# KML leaves out totals over long periods (aggregates) and counts them in its description.
placemarks=$(python3 -c "import json,sys; print(sum(1 for f in json.load(open(sys.argv[1]))['features'] if f['geometry'] and not f['properties'].get('aggregate')))" "$src")
ogrinfo -ro -al -so "$out/strikes.kml" | grep -q "Feature Count: $placemarks" || { echo "gis-check: KML count" >&2; exit 1; }
ogrinfo -ro -al -so "$out/strikes.geojsonl" | grep -q "Feature Count: $total" || { echo "gis-check: GeoJSONSeq count" >&2; exit 1; }
# A second reader.
python3 - "$out" "$total" "$located" <<'PY'
import sys, pyogrio
out, total, located = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for name, n in [("strikes.gpkg", total), ("strikes.fgb", located), ("strikes.shp", total), ("strikes.geojson", total), ("strikes.csv", total)]:
    info = pyogrio.read_info(f"{out}/{name}")
    assert info["features"] == n, (name, info["features"], n)
    fields = dict(zip(info["fields"], info["dtypes"]))
    assert "strikes" in fields and "date" in fields, (name, fields)
    print(f"pyogrio ok: {name}: {info['features']} features, strikes {fields['strikes']}, date {fields['date']}")
PY
# Through ogr2ogr (the default build) or through GDAL (the trait): the same features and field types.
# (A boolean's width is not compared: FlatGeobuf keeps the CSV driver's width of 1 where GDAL's API sets none.)
fields() { ogrinfo -ro -al -so "$1" | grep -E '^(Feature Count|Geometry|[a-z_]+: )' | sed -E 's/^([a-z_]+: Integer\(Boolean\)) \([0-9.]+\)$/\1/'; }
for f in strikes.gpkg strikes.fgb strikes.shp; do
  diff <(fields "$out/$f") <(fields "$plain/$f") \
    || { echo "gis-check: $f through ogr2ogr differs from the GDAL build's" >&2; exit 1; }
  echo "ogr2ogr ok: $f has the GDAL build's features and field types"
done
# Round trip through GeoPackage.
ogr2ogr -f GeoJSON "$out/roundtrip.geojson" "$out/strikes.gpkg"
"$bin" map "$src" -o "$out/direct.svg" 2>/dev/null
"$bin" map "$out/roundtrip.geojson" -o "$out/roundtrip.svg" 2>/dev/null
cmp "$out/direct.svg" "$out/roundtrip.svg"
echo "round trip GeoJSON -> GeoPackage -> GeoJSON -> map: same map"
# Field types that do not depend on the data (issue 22): the CSV's (.csvt) are the same for the seeds'
# events and the development set's; in GeoJSON, reals read as Real whatever their values.
releases=../shared/data/dev/centcom-releases-2014-2015/docs
if [ -d "$releases" ]; then
  "$bin" extract "$releases" -o "$out/dev.geojson" 2>/dev/null
  "$bin" export "$out/dev.geojson" -o "$out/dev.csv" 2>/dev/null
  "$bin" export "$out/dev.geojson" -o "$out/dev.gpkg" 2>/dev/null
  types() { ogrinfo -ro -al -so "$1" | grep -E '^[a-z_]+: ' | sort; }
  diff <(types "$out/strikes.csv") <(types "$out/dev.csv") || { echo "gis-check: CSV field types differ between the seeds and the development set" >&2; exit 1; }
  diff <(types "$out/strikes.gpkg") <(types "$out/dev.gpkg") || { echo "gis-check: GeoPackage field types differ between the seeds and the development set" >&2; exit 1; }
  for f in "$out/strikes.geojson" "$out/dev.geojson"; do
    for field in uncertainty_km confidence; do
      types "$f" | grep -q "^$field: Real" || { echo "gis-check: $f: '$field' is not Real" >&2; exit 1; }
    done
  done
  test -s "$out/strikes.qml" && test -s "$out/strikes.csvt"
  echo "typed fields ok: CSV and GeoPackage types are the same for the seeds and the development set; reals are Real in GeoJSON"
else
  echo "gis-check: ../shared is absent; the development set's field types are not compared" >&2
fi
