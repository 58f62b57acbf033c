#!/usr/bin/env python3
"""
First visit of a public page on a phone on a slow network (#24, "first visit"): a fresh headless Chromium at 390 px
with Chrome's "Slow 4G" conditions (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip) and no cache opens each page
twice: once as it is served (compressed), and once asking for no compression (Accept-Encoding: identity), the
baseline of the same run. Prints the bytes, first contentful paint and load for both, and their ratios.

    /usr/bin/python3 bench/first-visit.py [base-url] [path ...]
    e.g. /usr/bin/python3 bench/first-visit.py http://localhost:8080 /verify/PS-CPS-2026-000001 / /login.xhtml

Needs Debian's chromium, chromium-driver and python3-selenium. Target: every public page paints within 2.5 s.
"""
import json
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

SLOW_4G = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8}
MEASURE = """
const nav = performance.getEntriesByType('navigation')[0];
const resources = performance.getEntriesByType('resource');
const paint = performance.getEntriesByName('first-contentful-paint')[0];
return {bytes: nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
        fcp: paint ? paint.startTime : nav.domContentLoadedEventEnd, load: nav.loadEventEnd};
"""


def visit(url, compressed):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=390,844",
                 "--user-data-dir=" + tempfile.mkdtemp(prefix="first-visit")]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions", SLOW_4G)
        if not compressed:
            driver.execute_cdp_cmd("Network.setExtraHTTPHeaders", {"headers": {"Accept-Encoding": "identity"}})
        driver.get(url)
        return driver.execute_script(MEASURE)
    finally:
        driver.quit()


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
    paths = sys.argv[2:] or ["/verify", "/", "/login.xhtml"]
    print(f"{'page':40s} {'bytes':>9s} {'base bytes':>10s} {'ratio':>6s} {'paint ms':>9s} {'base ms':>8s} {'ratio':>6s} target")
    for path in paths:
        served, baseline = visit(base + path, True), visit(base + path, False)
        print(f"{path:40s} {served['bytes']:9d} {baseline['bytes']:10d} {served['bytes'] / baseline['bytes']:6.2f} "
              f"{served['fcp']:9.0f} {baseline['fcp']:8.0f} {served['fcp'] / baseline['fcp']:6.2f} "
              f"{'met' if served['fcp'] <= 2500 else 'MISSED'}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
