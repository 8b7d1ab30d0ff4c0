#!/usr/bin/env bash
# The README's recipes, run as written: every ```sh block under "## Recipes", in a scratch folder holding
# the seeds and the small inputs the recipes name (a monitoring export and a PDF of statements, our own
# text, written below). A recipe that fails, or an output it promises that is missing, fails CI.
# Installs the helpers the recipes use when missing: librsvg2-bin, ffmpeg, gdal-bin, poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  [ "$(id -u)" -eq 0 ] || { echo "recipes: $1 missing (Debian $2) and not root to install it" >&2; exit 1; }
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2"; } >/dev/null
}
need rsvg-convert librsvg2-bin
need ffmpeg ffmpeg
need ogr2ogr gdal-bin
need pdftotext poppler-utils
swift build -c release --product strikemap >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r seeds "$work/"

python3 - "$work" <<'PY'
import csv, sys
work = sys.argv[1]
# A monitoring export as ACLED writes one (our own notes; quoted cells with commas and quotes).
rows = [
    ("UKR1001", "16-Mar-23", "On 16 March 2023, Russian forces shelled Novoandriivka, Zaporizhia. There were no casualties."),
    ("UKR1002", "17-Mar-23", 'On 17 March 2023, Russian forces shelled Kupiansk, Kharkiv, damaging a "school", killing 1 civilian.'),
    ("UKR1003", "18-Mar-23", "Russian military forces shelled near Robotyne, Zaporizhzhia region. Casualties unknown."),
]
with open(work + "/notes.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["event_id_cnty", "event_date", "notes"])
    w.writerows(rows)

# A PDF of statements: two pages of text (a minimal PDF 1.4 with Helvetica, as PDFInputTests writes one).
pages = [["Civilian casualty statements", "Published 30 June 2019"],
         ["June 3, 2019, near Raqqa, Syria: coalition aircraft struck a building,", "killing two civilians."],
         ["June 9, 2019, near Hajin, Syria: a drone strike hit a car, killing one civilian."]]
objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
kids = []
font = 3 + 2 * len(pages)
for k, lines in enumerate(pages):
    page = 3 + 2 * k
    kids.append("%d 0 R" % page)
    text = " ".join("(%s) Tj 0 -16 Td" % l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in lines)
    stream = "BT /F1 11 Tf 40 750 Td %s ET" % text
    objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, page + 1))
    objects.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
objects[1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), len(pages))
objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
out, offsets = "%PDF-1.4\n", []
for k, body in enumerate(objects):
    offsets.append(len(out))
    out += "%d 0 obj\n%s\nendobj\n" % (k + 1, body)
xref = len(out)
out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + "".join("%010d 00000 n \n" % o for o in offsets)
out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(work + "/statements.pdf", "w", encoding="latin-1").write(out)
PY

# Each recipe's block, in README order.
python3 - README.md "$work" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
recipes = text.split("\n## Recipes\n", 1)[1].split("\n## ", 1)[0]
for k, (title, body) in enumerate(re.findall(r"\n### ([^\n]+)\n(.*?)(?=\n### |\Z)", recipes, re.S)):
    blocks = re.findall(r"```sh\n(.*?)```", body, re.S)
    with open("%s/recipe-%02d.sh" % (sys.argv[2], k + 1), "w", encoding="utf-8") as f:
        f.write("# %s\n" % title + "".join(blocks))
PY
cd "$work"
export PATH="$root/.build/release:$PATH"
for r in recipe-*.sh; do
  echo "recipes: $(head -1 "$r" | cut -c3-)"
  bash -euo pipefail "$r" >"$r.log" 2>&1 || { cat "$r.log" >&2; echo "recipes: $r failed" >&2; exit 1; }
done
# What the recipes promise.
for f in report/map.svg report/map.png report/map.html report/strikes.geojson notes.geojson notes.html statements.geojson \
         statements.gpkg statements.qml report/timeline.mp4 report/player.html clinic.geojson syria-iraq.geojson corpus.geojson; do
  test -s "$f" || { echo "recipes: $f was not written" >&2; exit 1; }
done
grep -q '"source":"notes.csv#UKR1001"' notes.geojson || { echo "recipes: notes.geojson does not name its rows" >&2; exit 1; }
grep -q 'statements.pdf#page=' statements.geojson || { echo "recipes: statements.geojson does not name its pages" >&2; exit 1; }
grep -q '"place":"Saint Elias Clinic"' clinic.geojson || { echo "recipes: the place of one's own was not used" >&2; exit 1; }
cmp -s corpus.geojson <(strikemap extract part1 part2 2>/dev/null) || { echo "recipes: merged shards differ from one extract" >&2; exit 1; }
echo "recipes: $(ls recipe-*.sh | wc -l) recipes ran"
