#!/usr/bin/env python3
"""The browser side of bench/cluster.sh (#23): a person using the portal through the balancer while a node dies.

    python3 bench/cluster_session.py failover BALANCER EMAIL PASSWORD NODE_PIDS
        Signs in, opens (or starts) the application and types step 1; then kills (SIGKILL) the node that served it, found from the
        balancer's cookie among NODE_PIDS ("node1=123,node2=456"), and presses "Save and continue". Prints
        "killed=NODE step2=yes|no signin_again=yes|no" and exits 0 when step 2 opened without signing in again.
    python3 bench/cluster_session.py upload BALANCER EMAIL PASSWORD PDF
        Signs in, opens (or starts) the application at its documents step and uploads a one-page PDF written to PDF; prints "node=NODE session=ID link=PATH", the node
        that took the upload, the session and the document's download path (the shell downloads it from the other node).

Uses Debian's chromium and chromedriver from the PATH (never a downloaded driver), headless, with a fresh profile.
"""
import os
import shutil
import signal
import sys
import tempfile

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as seen
from selenium.webdriver.support.ui import Select, WebDriverWait

WAIT_SECONDS = 60
TYPED = {"address": "12 Failover Lane", "city": "Hays", "postalCode": "67601", "phone": "785-555-0123"}


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", "--window-size=1366,900", f"--user-data-dir={tempfile.mkdtemp()}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.set_page_load_timeout(WAIT_SECONDS)
    return driver


def wait_for_text(driver, text):
    # While the next page replaces this one, the body read a moment ago is stale: read it again.
    WebDriverWait(driver, WAIT_SECONDS, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: text in d.find_element(By.TAG_NAME, "body").text)


def sign_in(driver, base, email, password):
    driver.get(base + "/login.xhtml")
    driver.find_element(By.ID, "login:email").send_keys(email)
    driver.find_element(By.ID, "login:password").send_keys(password)
    driver.find_element(By.ID, "login:signIn").click()
    WebDriverWait(driver, WAIT_SECONDS).until(lambda d: "/login.xhtml" not in d.current_url)


def cookie(driver, name):
    found = driver.get_cookie(name)
    return found["value"] if found else ""


def open_draft(driver, base, step):
    """The application's step, started first when the person has none yet (the scenarios run in any order)."""
    if driver.find_elements(By.ID, "start:startApplication"):
        driver.find_element(By.ID, "start:startApplication").click()
        wait_for_text(driver, "Personal details")
    driver.get(f"{base}/applicant/application.xhtml?step={step}")


def type_into(driver, field, text):
    element = driver.find_element(By.ID, "app:" + field)
    element.clear()
    element.send_keys(text)


def failover(base, email, password, node_pids):
    pids = dict(pair.split("=") for pair in node_pids.split(","))
    driver = browser()
    try:
        sign_in(driver, base, email, password)
        open_draft(driver, base, 1)
        wait_for_text(driver, "Personal details")
        for field, text in TYPED.items():
            type_into(driver, field, text)
        Select(driver.find_element(By.ID, "app:state")).select_by_value("KS")
        serving = cookie(driver, "PEERCERT_NODE")
        os.kill(int(pids[serving]), signal.SIGKILL)
        driver.find_element(By.ID, "app:next").click()
        WebDriverWait(driver, WAIT_SECONDS).until(
            lambda d: "/login.xhtml" in d.current_url or "Your recovery statement" in d.find_element(By.TAG_NAME, "body").text)
        step2 = "Your recovery statement" in driver.find_element(By.TAG_NAME, "body").text
        again = "/login.xhtml" in driver.current_url
        print(f"killed={serving} step2={'yes' if step2 else 'no'} signin_again={'yes' if again else 'no'} "
              f"now={cookie(driver, 'PEERCERT_NODE')}")
        return 0 if step2 and not again else 1
    finally:
        driver.quit()


def one_page_pdf(path):
    """A valid one-page PDF (objects, cross-reference table and trailer), written without a PDF library."""
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
               b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(path, "wb") as pdf:
        pdf.write(out)


def upload(base, email, password, pdf):
    one_page_pdf(pdf)
    driver = browser()
    try:
        sign_in(driver, base, email, password)
        open_draft(driver, base, 3)
        wait_for_text(driver, "Upload")
        Select(driver.find_element(By.ID, "app:kind")).select_by_index(1)
        driver.find_element(By.CSS_SELECTOR, "#app input[type=file]").send_keys(pdf)
        driver.find_element(By.ID, "app:upload").click()
        link = WebDriverWait(driver, WAIT_SECONDS).until(
            seen.presence_of_element_located((By.CSS_SELECTOR, "a[href*='/documents/download']")))
        path = link.get_attribute("href").split(base, 1)[-1]
        print(f"node={cookie(driver, 'PEERCERT_NODE')} session={cookie(driver, 'JSESSIONID')} link={path}")
        return 0
    finally:
        driver.quit()


if __name__ == "__main__":
    verb, *arguments = sys.argv[1:]
    sys.exit({"failover": failover, "upload": upload}[verb](*arguments))
