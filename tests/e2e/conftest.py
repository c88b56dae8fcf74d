"""Browser tests: Playwright for Python driving Debian's chromium, with axe-core for accessibility checks.

Every journey runs twice, on a phone (390 px wide) and on a laptop (1280 px). On every page a journey checks with
`axe(page)`, three things are looked at: axe's WCAG 2.1 A/AA rules, that the page is no wider than the screen (no
sideways scrolling), and the page's HTML, which is kept and validated once at the end of the session by the Nu HTML
Checker (vnu.jar from the npm package vnu-jar, on the JVM): any error it reports fails the run.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

# Playwright's sync API runs an event loop in this thread; the ORM calls in test set-up are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("VKNZ_CHROMIUM", "/usr/bin/chromium")
AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
VNU = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = {"phone": 390, "laptop": 1280}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}; `apt-get install chromium` (see .ci/run).")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"],
    }


@pytest.fixture(params=list(WIDTHS.values()), ids=list(WIDTHS))
def viewport_width(request):
    return request.param


@pytest.fixture
def browser_context_args(browser_context_args, viewport_width):
    # bypass_csp: axe-core is injected as an inline script, which our strict policy (rightly) refuses.
    return {**browser_context_args, "locale": "nl-NL", "viewport": {"width": viewport_width, "height": 900},
            "bypass_csp": True}


class HtmlPages:
    """The HTML of the pages the journeys checked, one file each, validated together at the end (one JVM)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.urls = {}

    def add(self, url, html):
        if "/admin/" in url:
            return  # the Wagtail admin's own markup is Wagtail's, not ours
        name = f"page-{len(self.urls) + 1:04d}.html"
        (self.folder / name).write_text(html, encoding="utf-8")
        self.urls[name] = url

    def errors(self) -> list:
        if not self.urls:
            return []
        java = shutil.which("java")
        if java is None:
            pytest.fail("java not found: the Nu HTML Checker runs on the JVM (`apt-get install default-jre-headless`).")
        if not VNU.exists():
            pytest.fail(f"vnu.jar not found at {VNU}; run `npm ci`.")
        files = [str(self.folder / name) for name in sorted(self.urls)]
        run = subprocess.run(  # noqa: S603 - our own jar over our own files
            [java, "-jar", str(VNU), "--errors-only", "--format", "json", *files],
            capture_output=True, text=True, timeout=600)
        report = json.loads(run.stderr or run.stdout or '{"messages": []}')
        found = []
        for message in report["messages"]:
            name = Path(message.get("url", "")).name
            found.append(f"{self.urls.get(name, name)} line {message.get('lastLine')}: {message['message']} "
                         f"[{message.get('extract', '').strip()}]")
        return found


@pytest.fixture(scope="session")
def html_pages(tmp_path_factory):
    pages = HtmlPages(tmp_path_factory.mktemp("html"))
    yield pages
    errors = pages.errors()
    if errors:
        pytest.fail(f"The Nu HTML Checker found {len(errors)} error(s) in the pages of the journeys:\n"
                    + "\n".join(errors[:50]), pytrace=False)


def wider_than_screen(page):
    """A violation-like entry when the page scrolls sideways, naming the elements that stick out."""
    width = page.viewport_size["width"]
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    if scroll_width <= width:
        return None
    culprits = page.evaluate(
        """width => [...document.body.querySelectorAll('*')]
             .filter(e => e.getBoundingClientRect().right > width + 1)
             .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))""", width)
    return {"id": "page-wider-than-screen", "impact": "serious",
            "help": f"{page.url} is {scroll_width} px wide on a {width} px screen",
            "nodes": [{"target": culprit} for culprit in culprits]}


@pytest.fixture
def axe(html_pages):
    """Check the current page: the violations of axe's WCAG 2.1 A/AA rules (all impacts), plus one entry when the
    page is wider than the screen. Its HTML is kept for the Nu HTML Checker."""
    if not AXE.exists():
        pytest.fail(f"axe-core not found at {AXE}; run `npm ci`.")

    def check(page):
        # A check right after a click may meet the next page still loading: its HTML would be half a document.
        page.wait_for_load_state("load")
        html_pages.add(page.url, page.content())
        too_wide = wider_than_screen(page)
        script = page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
        )
        script.evaluate("element => element.remove()")  # a page checked twice keeps only its own HTML
        return result["violations"] + ([too_wide] if too_wide else [])

    return check


def menu_link(page, name):
    """A link of the main menu, made visible first: on a phone the menu is folded away, and on any screen the
    link may sit in a group that has to be opened, as a person would."""
    nav = page.get_by_role("navigation", name="Hoofdmenu")
    # A link inside a closed disclosure is hidden from the accessibility tree, so it is found with include_hidden.
    link = nav.get_by_role("link", name=name, exact=True, include_hidden=True)
    if not link.is_visible():
        toggle = nav.locator("summary.vknz-nav__toggle")
        if toggle.is_visible():
            toggle.click()
    if not link.is_visible():
        link.locator("xpath=ancestor::details[1]/summary").click()
    return link


def problems(violations):
    """Every axe violation, any impact, as readable lines (the issue asks for no serious or critical ones;
    the pages currently have none at all, and we keep it that way)."""
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
    ]


@pytest.fixture
def demo_site(live_server, transactional_db):
    from django.core.management import call_command

    from lms.people.permissions import grant_role_permissions

    call_command("demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    # The flush after an earlier browser test ran post_migrate without a page tree, so the editors' page
    # permissions (granted on the root page) were not there; every journey now runs twice, so this matters.
    grant_role_permissions()
    return live_server
