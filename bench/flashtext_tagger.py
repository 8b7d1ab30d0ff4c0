#!/usr/bin/env python3
"""The keyword-only baseline of bench/end_to_end.py: flashtext2 (PyPI) tags every place name of the
embedded gazetteer (its names: the compact tables index alternate names but do not store them) in every
file under DIR, read from disk in sorted order.

Usage: python3 bench/flashtext_tagger.py DIR
"""
import os
import sys

from flashtext2 import KeywordProcessor

from realistic_corpus import alternates, gazetteer_rows


def keywords():
    for cols in gazetteer_rows():
        yield cols[1]
        yield from alternates(cols)


def main():
    kp = KeywordProcessor(case_sensitive=False)
    for k in keywords():
        kp.add_keyword(k)
    found = 0
    for d, dirs, names in os.walk(sys.argv[1]):
        dirs.sort()
        for n in sorted(names):
            with open(os.path.join(d, n), encoding="utf-8", errors="replace") as f:
                found += len(kp.extract_keywords(f.read()))
    print(found)


if __name__ == "__main__":
    main()
