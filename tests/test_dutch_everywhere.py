"""Dutch on every page: a crawl of what a participant, the MT and the redacteur can reach (the site and their Wagtail
admin) finds no common English word and no raw boolean in the visible text.

The demo is loaded once for this module (rolled back afterwards); each person is logged in and every same-site link
from `/` and `/admin/` is followed breadth-first with GET requests (the crawler of tests/lms/agenda/test_mt_crawl.py).
Visible text is the HTML's text outside script, style and template elements, with the `title`, `aria-label` and
`placeholder` attributes a screen reader or a tooltip shows. Words are matched whole and case-sensitively where
case matters ("Live", "None"), so Dutch words that contain them ("annuleren", "livestream") do not count.
"""

import io
import re
from collections import defaultdict, deque
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction
from django.test import Client

from tests.lms.agenda.test_mt_crawl import SKIP_PREFIXES, LinkParser, normalise

pytestmark = pytest.mark.django_db

PEOPLE = ("nieuw", "mt", "redacteur")
MAX_PAGES = 300  # per person
MAX_VARIANTS = 2  # query strings per path: listings' sort orders and filters repeat the same words
# Downloads are checked by their own tests (PDF, ICS, CSV); the crawl reads pages.
SKIP = (*SKIP_PREFIXES, "/admin/logout/")
SKIP_SUFFIXES = (".pdf", ".ics", ".csv", ".xlsx", ".zip")

ENGLISH = ["the", "and", "to", "with", "your", "you", "this", "Save", "Delete", "Edit", "Cancel", "Submit",
           "Add", "Search", "Live", "Draft", "Publish", "Preview", "Settings", "Yes", "No", "None", "True", "False",
           "Page", "Pages", "Status", "Actions", "More", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
           "Sep", "Oct", "Nov", "Dec"]
# Product names and words Dutch uses as they are.
ALLOWED = {"Wagtail", "Draftail", "Status"}
PATTERN = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in ENGLISH if w not in ALLOWED) + r")(?![\w-])")
INVISIBLE = {"script", "style", "template", "noscript"}
SHOWN_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in INVISIBLE:
            self.hidden += 1
        elif not self.hidden:
            self.parts += [value for name, value in attrs if name in SHOWN_ATTRIBUTES and value]

    def handle_endtag(self, tag):
        if tag in INVISIBLE and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible_text(markup):
    parser = VisibleText()
    parser.feed(markup)
    return re.sub(r"\s+", " ", " ".join(parser.parts))


def crawl_as(user):
    client = Client(raise_request_exception=False)
    client.force_login(user)
    queue, seen, variants, found = deque(["/", "/admin/"]), {"/", "/admin/"}, defaultdict(int), {}
    while queue and len(found) < MAX_PAGES:
        url = queue.popleft()
        response = client.get(url)
        links = [response["Location"]] if response.has_header("Location") else []
        if response.status_code == 200 and response.get("Content-Type", "").startswith("text/html"):
            markup = response.content.decode()
            found[url] = visible_text(markup)
            parser = LinkParser()
            parser.feed(markup)
            links += parser.hrefs
        for href in links:
            target = normalise(url, href)
            if target is None or target in seen or target.startswith(SKIP) or \
                    target.partition("?")[0].endswith(SKIP_SUFFIXES):
                continue
            path, _, query = target.partition("?")
            if query:
                if variants[path] >= MAX_VARIANTS:
                    continue
                variants[path] += 1
            seen.add(target)
            queue.append(target)
    return found


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        try:
            with transaction.atomic():
                call_command("demo", stdout=io.StringIO())
                users = get_user_model().objects.in_bulk(PEOPLE, field_name="username")
                result = {username: crawl_as(users[username]) for username in PEOPLE}
                transaction.set_rollback(True)
        finally:
            for cache in caches.all(initialized_only=True):
                cache.clear()
    return result


def test_the_crawl_reaches_the_site_and_the_admin(pages):
    for username, found in pages.items():
        assert any(url.startswith("/admin/") for url in found) or username == "nieuw", username
        assert len(found) > 10, f"{username}: maar {len(found)} pagina's"
    assert any(url.startswith("/admin/pages/") for url in pages["redacteur"])


# Known and not ours to fix here: Wagtail 8's page editor labels its status side panel's toggle with the panel's
# title, which is None for that panel ("Toon/verberg status None"). Only that exact place is excused.
KNOWN = [re.compile(r"Toon/verberg status None")]


def test_no_page_shows_english_words_or_raw_booleans(pages):
    findings = []
    for username, found in pages.items():
        for url, text in found.items():
            for known in KNOWN:
                text = known.sub(" ", text)
            for match in PATTERN.finditer(text):
                context = text[max(0, match.start() - 40):match.end() + 40]
                findings.append(f"{username} {url}: {match.group(0)!r} in …{context}…")
    assert not findings, f"{len(findings)} Engelse woorden:\n" + "\n".join(sorted(set(findings))[:200])
