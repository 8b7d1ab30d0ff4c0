#!/usr/bin/env python3
"""Checks strikemap's web map in a real browser (Debian chromium + chromium-driver, python3-selenium).

Usage: web-check.py PAGE.html [--shots DIR] [--expect-time]
The page must load with no console error and no network request; a filter (and, with --expect-time, the
time slider) must change the events shown; a click on a symbol must open a popup quoting the evidence.
--shots DIR saves screenshots at three zoom levels.
"""
import argparse, json, os, sys, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By


def browser():
    o = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"):
        o.add_argument(a)
    o.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=o)


def visible(d):
    return int(d.execute_script("return document.body.dataset.visible || -1"))


def fail(msg):
    print("web-check: FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("page")
    ap.add_argument("--shots")
    ap.add_argument("--expect-time", action="store_true")
    a = ap.parse_args()
    url = "file://" + os.path.abspath(a.page)
    d = browser()
    try:
        d.get(url)
        for _ in range(50):
            if visible(d) >= 0:
                break
            time.sleep(0.1)
        n = visible(d)
        if n < 0:
            fail("the page never drew its events")
        errors = [e for e in d.get_log("browser") if e["level"] == "SEVERE"]
        if errors:
            fail("console errors: " + json.dumps(errors)[:2000])
        requests = []
        for entry in d.get_log("performance"):
            m = json.loads(entry["message"])["message"]
            if m.get("method") == "Network.requestWillBeSent":
                u = m["params"]["request"]["url"]
                if u.split("#")[0] != url:
                    requests.append(u)
        if requests:
            fail("network requests: " + ", ".join(requests[:10]))
        print(f"web-check: loaded, {n} events shown, no console error, no request beyond the page itself")
        if a.shots:
            os.makedirs(a.shots, exist_ok=True)
            start = d.execute_script("return map.getZoom()")
            for k, dz in enumerate((0, 2, 4)):
                d.execute_script(f"map.setZoom({start + dz})")
                time.sleep(0.8)
                d.save_screenshot(os.path.join(a.shots, f"zoom-{k + 1}.png"))
            d.execute_script("location.hash = ''; location.reload()")
            time.sleep(1.5)
        # A symbol's popup quotes its evidence: at street level, where symbols are events, not groups.
        # The symbols are painted on a canvas: the page lists where (window.strikemap.symbols), and the
        # check clicks there, as a reader would.
        d.execute_script("""
            for (let i = 0; i < strikemap.count; i++) {
              const e = strikemap.event(i);
              if (e.ll && !e.p.aggregate && e.p.geo_precision <= 3) { map.setView(e.ll, 11); break; }
            }""")
        time.sleep(0.8)
        box = d.find_element(By.ID, "map")
        marks = d.execute_script("""
            const r = document.getElementById('map').getBoundingClientRect();
            return strikemap.symbols().filter(s => !s.area && s.x > 20 && s.y > 20 && s.x < r.width - 20 && s.y < r.height - 20)
              .filter(s => { const t = document.elementFromPoint(r.left + s.x, r.top + s.y); return t && !t.closest('.leaflet-control, #legend, .leaflet-popup'); })
              .map(s => [Math.round(s.x), Math.round(s.y)]);""")
        if not marks:
            fail("no clickable symbol")
        size = box.size
        opened = False
        for x, y in marks[:40]:
            try:
                ActionChains(d).move_to_element_with_offset(box, x - size["width"] // 2, y - size["height"] // 2).click().perform()
            except Exception:
                continue
            time.sleep(0.3)
            quotes = d.find_elements(By.CSS_SELECTOR, ".leaflet-popup-content blockquote")
            if quotes and quotes[0].text.strip():
                evidences = d.execute_script("return Array.from({ length: strikemap.count }, (_, i) => strikemap.event(i).p.evidence)")
                # The page shows a paragraph break of an evidence as a space: compare with runs of white
                # space made one.
                def flat(x): return " ".join((x or "").split())
                if flat(quotes[0].text) not in [flat(e) for e in evidences]:
                    fail("the popup's quote is no event's evidence: " + quotes[0].text[:200])
                print("web-check: a popup quotes the evidence: " + quotes[0].text.strip()[:80] + "...")
                opened = True
                break
            # A group zooms in on click: try the next symbol after the view settles.
            time.sleep(0.4)
        if not opened:
            fail("no popup with evidence opened from the first symbols")
        d.execute_script("""
            const all = Array.from({ length: strikemap.count }, (_, i) => strikemap.event(i).ll).filter(ll => ll);
            map.closePopup(); map.fitBounds(L.latLngBounds(all));""")
        time.sleep(0.5)
        before = visible(d)
        # A filter: unticking the most common kind changes what is shown.
        d.execute_script("""
            const boxes = [...document.querySelectorAll('#kinds input')];
            const events = Array.from({ length: strikemap.count }, (_, i) => strikemap.event(i));
            const count = k => events.filter(e => e.ll && e.p.kind === k).length;
            const box = boxes.sort((a, b) => count(b.value) - count(a.value))[0];
            box.click();""")
        after = visible(d)
        if after >= before:
            fail(f"unticking a kind left {after} of {before} events shown")
        print(f"web-check: a kind filter changed the events shown from {before} to {after}")
        d.execute_script("document.querySelector('#kinds input:not(:checked)').click()")
        if a.expect_time:
            before = visible(d)
            d.execute_script("""
                const to = document.getElementById('to');
                to.value = Math.round((+to.min + +to.max) / 2);
                to.dispatchEvent(new Event('input'));""")
            after = visible(d)
            if after >= before:
                fail(f"moving the slider to the middle left {after} of {before} events shown")
            print(f"web-check: the time slider changed the events shown from {before} to {after}")
            if "t=" not in d.execute_script("return location.hash"):
                fail("the window is not in the link's #")
        errors = [e for e in d.get_log("browser") if e["level"] == "SEVERE"]
        if errors:
            fail("console errors after interaction: " + json.dumps(errors)[:2000])
    finally:
        d.quit()


if __name__ == "__main__":
    main()
