"""One person at a time over HTTP, for bench/load/run.py: a keep-alive connection with the person's cookies, each
page asked again and made afresh beside the floor, the PDFs beside a minimal WeasyPrint page, and the warm-up."""

import http.client
import time

from bench.load.mix import made_afresh

FLOOR = "/__bench__/floor/"  # bench/load/urls.py
PDF_FLOOR = "/__bench__/pdf-floor/"


def cookies(plan, session) -> str:
    """The person's cookies as their browser sends them: the session, and the CSRF cookie of an earlier page."""
    return f"{plan['session_cookie']}={session['session']}; {plan['csrf_cookie']}={session['csrf']}"


class Browser:
    """One person's keep-alive connection with their cookies."""

    def __init__(self, port, plan, session):
        self.port = port
        self.headers = {"Cookie": cookies(plan, session), "Host": "127.0.0.1"}
        self.connection = None

    def get(self, path):
        for attempt in range(2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            try:
                start = time.perf_counter()
                self.connection.request("GET", path, headers=self.headers)
                response = self.connection.getresponse()
                response.read()
                return (time.perf_counter() - start) * 1000, response.status
            except (http.client.HTTPException, ConnectionError):
                self.connection.close()
                self.connection = None
                if attempt:
                    raise
        raise AssertionError("unreachable")


def one_user(port, plan, rounds):
    """Each page of the probe people (PDFs apart), one request at a time, each followed by the floor with the same
    session: asked again (served from what is kept, as on a return visit) and at a new address (made afresh by
    its view, as after a change)."""
    people = [(plan["probe"], Browser(port, plan, plan["probe"])),
              (plan["probe_mt"], Browser(port, plan, plan["probe_mt"]))]
    times, made = {}, {}
    statuses = {}
    floor = []
    for number in range(rounds):
        for session, browser in people:
            for name, path in session["pages"].items():
                if name.endswith("_pdf"):
                    continue
                for target, samples in ((path, times), (made_afresh(path, f"b{number}"), made)):
                    elapsed, status = browser.get(target)
                    samples.setdefault(name, []).append(elapsed)
                    statuses.setdefault(name, set()).add(status)
                elapsed, status = browser.get(FLOOR)
                floor.append(elapsed)
                statuses.setdefault("floor", set()).add(status)
    return {"pages": times, "made": made, "floor": floor,
            "statuses": {k: sorted(v) for k, v in statuses.items()}}


def pdf_pass(port, plan, rounds, workers, threads, alone):
    """The probe's PDFs, one at a time, each followed by the floor and by the PDF floor (a minimal WeasyPrint page).
    After the load and its memory figures: the PDF floor loads WeasyPrint into every worker, so it is asked for
    first a few times, to measure layout, not the import."""
    browser = Browser(port, plan, plan["probe"])
    for _ in range(2 * workers * threads):
        browser.get(PDF_FLOOR)
    pdf_floor = []
    for _ in range(rounds):
        for name, path in plan["probe"]["pages"].items():
            if not name.endswith("_pdf"):
                continue
            for target, key, samples in ((path, name, alone["pages"].setdefault(name, [])),
                                         (FLOOR, "floor", alone["floor"]), (PDF_FLOOR, "pdf_floor", pdf_floor)):
                elapsed, status = browser.get(target)
                samples.append(elapsed)
                alone["statuses"][key] = sorted(set(alone["statuses"].get(key, [])) | {status})
    alone["pdf_floor"] = pdf_floor


def warm_up(port, plan):
    """Every session asks for each of its pages once (PDFs left out), then the floor: caches and pools as after a
    while of use; the first request of a worker (imports, URLconf) is not what is measured."""
    for session in plan["sessions"]:
        browser = Browser(port, plan, session)
        for name, path in session["pages"].items():
            if not name.endswith("_pdf"):
                browser.get(path)
        browser.get(FLOOR)
