#!/usr/bin/env python3
"""How fast strikemap's web page loads and responds in headless Chromium (informative, not a test).

Usage: /usr/bin/python3 bench/web_load.py PAGE.html [--runs 3] [--shot FILE.png]

Each run opens the page in a fresh headless Chromium (Debian chromium + chromium-driver, python3-selenium,
as .ci/web-check.py) and reports, in milliseconds from the start of navigation:
  ready    the page's "strikemap-ready" performance mark (the first view drawn), when the page sets it
  painted  the first frame painted after the page's script ran (a requestAnimationFrame after the load event)
  load     the load event's end
and then, on the loaded page, how long the time slider (moved to the middle of its range) and a kind
filter (the first kind unticked) take from the input event to the next painted frame. Medians of
the runs are printed last. Pages of earlier versions (no mark) report painted and load only.
"""
import argparse, os, statistics, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

SLIDER = """
const to = document.getElementById('to');
to.value = Math.round((+to.min + +to.max) / 2);
to.dispatchEvent(new Event('input'));
"""

# The first kind's box (the same on every version of the page).
KIND = "document.querySelector('#kinds input').click();"


def browser():
    o = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"):
        o.add_argument(a)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=o)


def respond(d, action):
    """From the input event to the frame after it: the page's handlers run synchronously in the event's
    dispatch, then a requestAnimationFrame callback and a task after it mark the frame as painted."""
    return d.execute_async_script(
        "const done = arguments[arguments.length - 1]; const t0 = performance.now();"
        + action + "requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));")


def one_run(url, shot):
    d = browser()
    d.set_page_load_timeout(300)
    d.set_script_timeout(120)
    try:
        d.get(url)  # returns after the load event
        painted = d.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));")
        ready = d.execute_script(
            "const m = performance.getEntriesByName('strikemap-ready'); return m.length ? m[0].startTime : null")
        load = d.execute_script(
            "const n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd : null")
        visible = d.execute_script("return document.body.dataset.visible")
        if shot:
            time.sleep(0.5)
            d.save_screenshot(shot)
        slider = respond(d, SLIDER)
        d.execute_script("const to = document.getElementById('to'); to.value = to.max; to.dispatchEvent(new Event('input'));")
        kind = respond(d, KIND)
        return {"ready": ready, "painted": painted, "load": load, "slider": slider, "kind filter": kind, "visible": visible}
    finally:
        d.quit()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("page")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--shot")
    a = ap.parse_args()
    url = "file://" + os.path.abspath(a.page)
    print(f"{a.page}: {os.path.getsize(a.page) / 1e6:.1f} MB")
    runs = []
    for k in range(a.runs):
        r = one_run(url, a.shot if k == 0 else None)
        runs.append(r)
        print("run %d: " % (k + 1) + ", ".join(f"{key} {v:.0f} ms" if isinstance(v, (int, float)) else f"{key} {v}"
                                               for key, v in r.items()))
    keys = ["ready", "painted", "load", "slider", "kind filter"]
    med = {k: statistics.median([r[k] for r in runs]) for k in keys if all(r[k] is not None for r in runs)}
    print("median: " + ", ".join(f"{k} {v:.0f} ms" for k, v in med.items()))


if __name__ == "__main__":
    main()
