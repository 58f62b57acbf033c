#!/usr/bin/env python3
"""Times sign-ins as a browser makes them: the sign-in page, then the form posted on the same connection.

    bench/signin.py URL PASSWORD alone COUNT EMAIL            one after another
    bench/signin.py URL PASSWORD together ROUNDS EMAIL...     every email at once, ROUNDS times

Prints the seconds of each sign-in, one per line; a sign-in the portal refused prints "refused", one that broke off
(no answer, a page without its form) prints "error: ..." instead. One process
with a thread per person: the shell's curl, grep and sed per sign-in (a dozen processes each) took a share of the
two cores from the server it measured (#24).
"""
import http.client
import re
import sys
import threading
import time
import urllib.parse

VIEW_STATE = re.compile(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"')
NONCE = re.compile(r"'nonce-([^']*)'", re.IGNORECASE)


def sign_in(url, email, password):
    """Seconds from asking for the sign-in page to the portal's answer to the form, or None when it refused."""
    address = urllib.parse.urlsplit(url)
    started = time.monotonic()
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
    try:
        connection.request("GET", "/login.xhtml")
        page = connection.getresponse()
        body = page.read().decode("utf-8")
        cookie = "; ".join(c.split(";", 1)[0] for c in page.headers.get_all("Set-Cookie") or [])
        form = urllib.parse.urlencode({
            "login": "login", "login:email": email, "login:password": password, "login:signIn": "",
            "jakarta.faces.ViewState": VIEW_STATE.search(body).group(1),
            "primefaces.nonce": NONCE.search(page.headers.get("Content-Security-Policy", "")).group(1),
        })
        connection.request("POST", "/login.xhtml", form, {"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
        answer = connection.getresponse()
        answer.read()
        signed_in = answer.status == 302 and "/login.xhtml" not in (answer.getheader("Location") or "/login.xhtml")
        return time.monotonic() - started if signed_in else None
    finally:
        connection.close()


def timed(url, email, password):
    """The line to print for one sign-in."""
    try:
        seconds = sign_in(url, email, password)
    except (OSError, http.client.HTTPException, AttributeError) as broken:
        return f"error: {type(broken).__name__} {broken}".replace("\n", " ")
    return "refused" if seconds is None else f"{seconds:.3f}"


def together(url, password, rounds, emails):
    for _ in range(rounds):
        results = ["error: no answer"] * len(emails)

        def person(i, email):
            results[i] = timed(url, email, password)

        threads = [threading.Thread(target=person, args=(i, e)) for i, e in enumerate(emails)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for line in results:
            print(line, flush=True)


def main(argv):
    url, password, mode = argv[1], argv[2], argv[3]
    if mode == "alone":
        for _ in range(int(argv[4])):
            print(timed(url, argv[5], password), flush=True)
    elif mode == "together":
        together(url, password, int(argv[4]), argv[5:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
