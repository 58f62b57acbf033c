#!/usr/bin/env python3
"""Makes the README's screenshots from a running demo (mvn -Prun): a few pages as their users see them.

    /usr/bin/python3 docs/screenshots.py [--base http://localhost:8080]

Needs Debian's chromium, chromium-driver and python3-selenium (apt-get install -y chromium chromium-driver
python3-selenium). Writes docs/screenshots/*.png at device scale 1 so the files stay small.
"""
import argparse
import pathlib
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

PASSWORD = "PeerCert-Demo-2026"
OUT = pathlib.Path(__file__).resolve().parent / "screenshots"

# (file name, demo role or None for the public, page, width)
SHOTS = [
    ("applicant-progress-phone", "holder", "/applicant/index.xhtml", 390),
    ("staff-home", "staff", "/staff/index.xhtml", 1366),
    ("staff-queue", "staff", "/staff/applications.xhtml", 1366),
    ("agency-roster", "agency", "/agency/roster.xhtml", 1366),
    ("verify-card-phone", None, "/verify/PS-CPS-{year}-000001", 390),
]


def browser(width):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(argument)
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": 900, "pixelRatio": 1}})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def sign_in(driver, base, role):
    driver.get(base + "/login.xhtml")
    driver.find_element(By.ID, "login:email").send_keys(f"{role}@demo.peercert.test")
    driver.find_element(By.ID, "login:password").send_keys(PASSWORD)
    driver.find_element(By.ID, "login:signIn").click()
    for _ in range(50):
        if "login" not in driver.current_url:
            return
        time.sleep(0.2)
    raise SystemExit(f"could not sign in as {role}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://localhost:8080")
    base = parser.parse_args().base.rstrip("/")
    OUT.mkdir(exist_ok=True)
    for name, role, page, width in SHOTS:
        driver = browser(width)
        try:
            if role:
                sign_in(driver, base, role)
            driver.get(base + page.format(year=time.gmtime().tm_year))
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": width, "height": min(height, 1400), "deviceScaleFactor": 1, "mobile": width < 500})
            driver.save_screenshot(str(OUT / f"{name}.png"))
            print(OUT / f"{name}.png")
        finally:
            driver.quit()


if __name__ == "__main__":
    main()
