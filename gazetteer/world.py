#!/usr/bin/env python3
"""Write the world gazetteer as a GeoNames dump (19 tab-separated columns) for `strikemap --gazetteer` and the
benchmark: the rows gazetteer/build.py builds (see gazetteer/README.md), in GeoNames' format.

Usage: python3 gazetteer/world.py OUT.txt [--work DIR]
Same as: python3 gazetteer/build.py --work DIR --geonames-dump OUT.txt
GeoNames (geonames.org), CC BY 4.0. Natural Earth, public domain.
"""
import os, subprocess, sys, tempfile


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    work = args[args.index("--work") + 1] if "--work" in args else tempfile.mkdtemp(prefix="strikemap-world-")
    build = os.path.join(os.path.dirname(os.path.abspath(__file__)), "build.py")
    sys.exit(subprocess.call([sys.executable, build, "--work", work, "--geonames-dump", args[0]]))


if __name__ == "__main__":
    main()
