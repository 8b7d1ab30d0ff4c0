#!/usr/bin/env python3
"""Times what users run: `strikemap extract DIR -o out.geojson` (directory walk, reading from disk,
extraction, merge, GeoJSON written to a file) on the realistic corpus of bench/realistic_corpus.py, in its
two shapes (about 150,000 small files; the same bytes in files of 2 MB), on 1 core (taskset) and on all
cores, and flashtext2 (a keyword tagger with a Rust core, from PyPI) over the same files with the embedded
gazetteer's names as keywords, in the same run.

Reports, medians of --runs: MB per CPU-second (user + system) and per wall-second, system time per file,
and peak memory (the child's maximum resident set). Also: one 2 MB document of the corpus alone, `places`
on GeoWebNews (../shared, when present), and `map` and `web` on --events events of the generated corpus
(`strikemap-bench --write-events`, unmerged as `extract --no-merge` gives them), with the page's load in
headless Chromium (bench/web_load.py) when Chromium and Selenium are installed.

Usage: python3 bench/end_to_end.py [--corpus DIR] [--scale F] [--runs N] [--binary PATH] [--events N] [--json FILE]
  The corpus is generated into DIR (default .build/realistic-corpus) when missing; --events 0 skips the
  outputs at scale.
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def corpus_bytes(directory):
    total = files = 0
    for d, _, names in os.walk(directory):
        for n in names:
            total += os.path.getsize(os.path.join(d, n))
            files += 1
    return total, files


def timed(command, env=None):
    """Wall seconds, user and system CPU seconds and peak resident kilobytes of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"end_to_end: {' '.join(command)} failed ({os.waitstatus_to_exitcode(status)})")
    return {"wall": wall, "user": usage.ru_utime, "sys": usage.ru_stime, "rss_kb": usage.ru_maxrss}


def median_of(runs, command, env=None):
    samples = [timed(command, env) for _ in range(runs)]
    return {k: statistics.median(s[k] for s in samples) for k in samples[0]}


def flashtext_available():
    try:
        import flashtext2  # noqa: F401
        return True
    except ImportError:
        pass
    r = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "flashtext2"], capture_output=True, text=True)
    if r.returncode != 0:
        print(f"end_to_end: flashtext2 could not be installed from PyPI ({r.stderr.strip()[-200:]}); its ratio is skipped")
        return False
    return True


def row(name, m, mb, files):
    cpu = m["user"] + m["sys"]
    return {"measure": name, "MB/CPU-s": mb / cpu, "MB/wall-s": mb / m["wall"], "user s": m["user"], "sys s": m["sys"],
            "sys us/file": m["sys"] / files * 1e6, "wall s": m["wall"], "peak MB": m["rss_kb"] / 1024}


def outputs_at_scale(count, runs, binary):
    """`map` and `web` on `count` events of the generated corpus (made once into .build/bench-events), and
    the page's load in headless Chromium when bench/web_load.py can run."""
    directory = os.path.join(REPO, ".build", "bench-events")
    os.makedirs(directory, exist_ok=True)
    events = os.path.join(directory, f"events-{count}.geojson")
    if not os.path.exists(events):
        subprocess.run(["swift", "build", "-c", "release", "--product", "strikemap-bench"], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
        subprocess.run([os.path.join(REPO, ".build", "release", "strikemap-bench"), "--write-events", events, "--events", str(count)],
                       check=True, stdout=subprocess.DEVNULL)
    page, svg = os.path.join(directory, "map.html"), os.path.join(directory, "map.svg")
    rows = [(f"map, {count} events", median_of(runs, [binary, "map", events, "-o", svg])),
            (f"web, {count} events", median_of(runs, [binary, "web", events, "-o", page]))]
    load = os.path.join(HERE, "web_load.py")
    if os.path.exists(load):
        r = subprocess.run(["/usr/bin/python3", load, page], capture_output=True, text=True)
        print(r.stdout.strip() if r.returncode == 0 else f"end_to_end: the page's load was not measured ({(r.stderr or r.stdout).strip()[-300:]})")
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(REPO, ".build", "realistic-corpus"))
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--binary", default=None)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(args.corpus, "small")):
        subprocess.run([sys.executable, os.path.join(HERE, "realistic_corpus.py"), args.corpus, "--scale", str(args.scale)], check=True)
    binary = args.binary
    if binary is None:
        subprocess.run(["swift", "build", "-c", "release", "--product", "strikemap"], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
        binary = os.path.join(REPO, ".build", "release", "strikemap")
    out = os.path.join(args.corpus, "out.geojson")
    rows = []
    cores = os.cpu_count() or 1
    for shape in ("small", "large"):
        directory = os.path.join(args.corpus, shape)
        size, files = corpus_bytes(directory)
        mb = size / 1e6
        command = [binary, "extract", directory, "-o", out]
        rows.append(row(f"extract {shape} ({files} files, {mb:.1f} MB), 1 core", median_of(args.runs, ["taskset", "-c", "0"] + command), mb, files))
        rows.append(row(f"extract {shape}, {cores} cores", median_of(args.runs, command), mb, files))
    # One 2 MB news document alone: the whole process on a single file.
    large = os.path.join(args.corpus, "large")
    first = sorted(n for n in os.listdir(large) if os.path.isfile(os.path.join(large, n)))[0]
    one = os.path.join(large, first)
    mb_one = os.path.getsize(one) / 1e6
    rows.append(row(f"extract one document ({mb_one:.1f} MB), 1 core", median_of(args.runs, ["taskset", "-c", "0", binary, "extract", one, "-o", out]), mb_one, 1))
    gwn = os.path.join(REPO, "..", "shared", "data", "dev", "geowebnews", "docs")
    if os.path.isdir(gwn):
        size, files = corpus_bytes(gwn)
        rows.append(row(f"places, GeoWebNews ({files} files, {size / 1e6:.1f} MB), 1 core",
                        median_of(args.runs, ["taskset", "-c", "0", binary, "places", gwn, "-o", out]), size / 1e6, files))
    else:
        print("end_to_end: ../shared is absent; places on GeoWebNews is skipped")
    if flashtext_available():
        directory = os.path.join(args.corpus, "small")
        size, files = corpus_bytes(directory)
        m = median_of(args.runs, ["taskset", "-c", "0", sys.executable, os.path.join(HERE, "flashtext_tagger.py"), directory])
        rows.append(row("flashtext2 small, 1 core", m, size / 1e6, files))
    print(f"machine: {platform.node()}, {cores} cores, {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"{'measure':<58} {'MB/CPU-s':>9} {'MB/wall-s':>9} {'user s':>7} {'sys s':>6} {'sys us/f':>8} {'peak MB':>8}")
    for r in rows:
        print(f"{r['measure']:<58} {r['MB/CPU-s']:>9.1f} {r['MB/wall-s']:>9.1f} {r['user s']:>7.2f} {r['sys s']:>6.2f} {r['sys us/file']:>8.1f} {r['peak MB']:>8.0f}")
    flash = next((r for r in rows if r["measure"].startswith("flashtext2")), None)
    if flash:
        ours = rows[0]
        print(f"strikemap / flashtext2, small files, 1 core, per CPU-second: {ours['MB/CPU-s'] / flash['MB/CPU-s']:.2f}x")
    one, two = rows[0], rows[1]
    print(f"{cores} cores / 1 core, small files, wall: {one['wall s'] / two['wall s']:.2f}x; "
          f"2 MB files: {rows[2]['wall s'] / rows[3]['wall s']:.2f}x")
    if args.events > 0:
        scale_rows = outputs_at_scale(args.events, args.runs, binary)
        print(f"{'output at scale':<58} {'wall s':>7} {'user s':>7} {'sys s':>6} {'peak MB':>8}")
        for name, m in scale_rows:
            print(f"{name:<58} {m['wall']:>7.2f} {m['user']:>7.2f} {m['sys']:>6.2f} {m['rss_kb'] / 1024:>8.0f}")
        rows += [{"measure": name, "wall s": m["wall"], "user s": m["user"], "sys s": m["sys"], "peak MB": m["rss_kb"] / 1024}
                 for name, m in scale_rows]
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
