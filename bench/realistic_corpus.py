#!/usr/bin/env python3
"""Writes a realistic corpus for timing strikemap end to end: mostly general news prose, like a day of a
news archive, recombined by sentence from the texts in ../shared (GeoWebNews articles, the coalition
releases and casualty statements) and the seeds, with place names substituted from the embedded gazetteer
and numbers redrawn, so that no two documents are the same (a cache must not see a document twice).

Two shapes of the same documents in the same order:
  OUT/small/NNN/NNNNNN.txt   one document a file, 1,000 files a folder (about 150,000 files);
  OUT/large/part-NNNN.txt    the same documents concatenated into files of about 2 MB.

Sizes: most documents are briefs of one to three sentences (a few hundred bytes); about 0.2% are articles
of 10-100 KB; three are documents of 1-5 MB. At least 70% of the bytes are in documents built from news
prose only (no strike report). The seed is fixed: the same arguments write the same bytes.

Usage: python3 bench/realistic_corpus.py OUT [--scale F] [--seed N] [--shared DIR]
  --scale F   multiplies the number of briefs and articles (default 1: about 150,000 documents, 50 MB)
"""
import argparse
import os
import subprocess
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")
CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?\b")
NUMBER = re.compile(r"\b\d+\b")
WIRE_CITIES = ["BEIRUT", "BAGHDAD", "ISTANBUL", "AMMAN", "CAIRO", "TRIPOLI", "ERBIL", "DAMASCUS", "WASHINGTON", "LONDON"]
WIRES = ["Reuters", "AFP", "AP", "dpa", "Anadolu"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


# Capitalised words never swapped for a place: dates and sentence openers stay readable.
KEPT = set(MONTHS) | set("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday "
                         "Saturday Sunday The In On At A An He She It They We This That But And Coalition".split())


def read_text(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def sentences(text):
    """The prose sentences of a text: lines that are not headers (`date ...`, short titles), split at ends."""
    out = []
    for para in re.split(r"\n\s*\n", text):
        # Hard-wrapped lines are joined; a list item ("- Near X, ...") is a unit of its own.
        units = re.split(r"\n\s*(?=[-*\u2022] )", para)
        for unit in units:
            unit = " ".join(line.strip() for line in unit.splitlines() if line.strip())
            if len(unit) < 40 or unit.startswith("date "):
                continue
            out += [s for s in SENTENCE_END.split(unit) if 20 <= len(s) <= 1200]
    return out


def pool(directory):
    result = []
    for name in sorted(os.listdir(directory)):
        if name.endswith((".txt", ".md", ".html")):
            result += sentences(read_text(os.path.join(directory, name)))
    return result


def gazetteer_rows():
    """The embedded gazetteer's rows (id, name, lat, lon, country, kind, population, admin1), as
    `strikemap-gazetteer --dump` prints them from the binary's compact tables (alternate names are indexed
    there, not stored, so none come back)."""
    built = os.path.join(REPO, ".build", "release", "strikemap-gazetteer")
    command = [built, "--dump"] if os.path.exists(built) else ["swift", "run", "-c", "release", "strikemap-gazetteer", "--dump"]
    text = subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.PIPE).stdout.decode("utf-8")
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) >= 8:
            yield cols


def alternates(cols):
    return [a for a in (cols[8] if len(cols) > 8 else "").split("|") if a]


def gazetteer_names():
    """Names of populated places, provinces, districts and sites, and the one-word ASCII ones among them."""
    names, words = [], set()
    for cols in gazetteer_rows():
        if cols[5] in ("P", "A1", "A2", "S") and cols[1].isascii():
            names.append(cols[1])
            if re.fullmatch(r"[A-Z][a-z]+", cols[1]):
                words.add(cols[1])
    return names, words


class Writer:
    def __init__(self, rng, names, place_words, news, strikes):
        self.rng, self.names, self.place_words = rng, names, place_words
        self.news, self.strikes = news, strikes
        self.seen = set()

    def vary(self, sentence):
        """A sentence with its place names swapped for other gazetteer places and its numbers redrawn."""
        rng = self.rng

        def place(m):
            word = m.group(0)
            if word in KEPT:
                return word
            if word in self.place_words or rng.random() < 0.05:
                return rng.choice(self.names)
            return word

        def number(m):
            digits = m.group(0)
            if len(digits) == 4 and digits[:2] in ("19", "20"):
                return str(rng.randint(2011, 2021))
            return str(rng.randint(1, 9 if len(digits) == 1 else 10 ** min(len(digits), 6) - 1))

        return NUMBER.sub(number, CAPITALISED.sub(place, sentence))

    def paragraph(self, count, strike_share):
        picks = []
        for _ in range(count):
            source = self.strikes if self.rng.random() < strike_share else self.news
            picks.append(self.vary(self.rng.choice(source)))
        return " ".join(picks)

    def lead(self):
        r = self.rng.random()
        if r < 0.2:
            return f"{self.rng.choice(WIRE_CITIES)}, {self.rng.choice(MONTHS)} {self.rng.randint(1, 28)} ({self.rng.choice(WIRES)}) - "
        if r < 0.3:
            return f"Published {self.rng.randint(2014, 2020)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}\n\n"
        return ""

    def document(self, target_bytes, strike_share):
        """A document of about `target_bytes`: paragraphs of 1-6 sentences until the size is reached."""
        while True:
            parts, size = [], 0
            while size < target_bytes:
                # Briefs grow a sentence at a time; articles a paragraph at a time.
                para = self.paragraph(self.rng.randint(1, 6) if target_bytes > 2000 else 1, strike_share)
                parts.append(para)
                size += len(para.encode()) + 2
            text = self.lead() + "\n\n".join(parts) + "\n"
            # Long documents are distinct by construction; briefs are checked.
            if len(text) > 4096 or text not in self.seen:
                if len(text) <= 4096:
                    self.seen.add(text)
                return text


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    args = ap.parse_args()
    dev = os.path.join(args.shared, "data", "dev")
    if not os.path.isdir(dev):
        sys.exit(f"realistic_corpus: {dev} not found (pass --shared DIR)")
    rng = random.Random(args.seed)
    news = pool(os.path.join(dev, "geowebnews", "docs"))
    strikes = (pool(os.path.join(dev, "centcom-releases-2014-2015", "docs"))
               + pool(os.path.join(dev, "casualty-statements-2014-2016", "docs")) + pool(os.path.join(REPO, "seeds")))
    names, words = gazetteer_names()
    w = Writer(rng, names, words, news, strikes)

    briefs, articles = int(150_000 * args.scale), max(1, int(150 * args.scale))
    # (size in bytes, share of strike sentences): strike reports are briefs and articles mixing report and
    # background; one of the three large documents is a compilation of reports, two are news dumps.
    plan = []
    for _ in range(briefs):
        plan.append((int(rng.lognormvariate(4.5, 0.6)), 0.6 if rng.random() < 0.1 else 0.0))
    for _ in range(articles):
        plan.append((int(rng.uniform(10_000, 100_000)), 0.15 if rng.random() < 0.15 else 0.0))
    plan += [(4_000_000, 0.0), (2_500_000, 0.0), (1_200_000, 0.5)]
    rng.shuffle(plan)

    small, large = os.path.join(args.out, "small"), os.path.join(args.out, "large")
    os.makedirs(small, exist_ok=True)
    os.makedirs(large, exist_ok=True)
    total = news_bytes = 0
    part, part_bytes, part_no = None, 0, 0
    for i, (size, strike_share) in enumerate(plan):
        text = w.document(size, strike_share)
        data = text.encode()
        folder = os.path.join(small, f"{i // 1000:03d}")
        if i % 1000 == 0:
            os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{i:06d}.txt"), "wb") as f:
            f.write(data)
        if part is None or part_bytes >= 2_000_000:
            if part:
                part.close()
            part = open(os.path.join(large, f"part-{part_no:04d}.txt"), "wb")
            part_no, part_bytes = part_no + 1, 0
        part.write(data + b"\n")
        part_bytes += len(data) + 1
        total += len(data)
        news_bytes += len(data) if strike_share == 0.0 else 0
    part.close()
    print(f"{len(plan)} documents, {total} bytes ({total / len(plan):.0f} a document), "
          f"{news_bytes / total:.1%} of bytes in news-only documents; {part_no} files of about 2 MB")


if __name__ == "__main__":
    main()
