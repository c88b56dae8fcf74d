"""The MT never sees a participant's learning material: a crawl of everything `mt` can reach in the demo.

Requirement: no view reachable by `mt` contains a participant's name next to a goal, an evaluation, a cycle or an
answer. The demo organisation is loaded once for this module (inside a transaction that is rolled back at the
end), `mt` is logged in, and every same-site link reachable from `/` and from the Wagtail admin is followed
breadth-first with GET requests only; GET forms (the dashboard's filters) are submitted once per choice. Every
response (HTML, CSV, ICS, JSON, PDF, XLSX, ZIP) is turned into text and checked against the learning material
of every other participant, read from the database:

* (a) no page shows a participant's full name together with any of that participant's texts, anonymous
  contributions included;
* (b) stronger: no page shows another participant's learning texts at all (anonymous contributions excepted: the
  organisation is meant to read those, without a name).
"""

import html
import io
import re
import time
import zipfile
from collections import defaultdict, deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction
from django.test import Client

START = ("/", "/admin/")
SAME_SITE_HOSTS = {"", "testserver", "localhost", "127.0.0.1"}
# Never followed: logging out would end the crawl; static files and media are not views.
SKIP_PREFIXES = ("/uitloggen/", "/admin/logout/", "/static/", "/media/")
MAX_PAGES = 600
MAX_QUERY_VARIANTS = 3  # per path, besides the path without a query string
# Per path outside the Wagtail admin: every choice of the site's filter forms (team, quarter) is worth a look. The
# admin's listing filters are many and generic; they count against MAX_QUERY_VARIANTS like its links.
MAX_FORM_VARIANTS = 12
# Shorter texts ("Ja", "Prima") and single words (the framework's answer keys such as "verondersteld") are too
# generic to count as someone's learning material.
MIN_LENGTH = 12
# The site's own help texts use a client code as an example ("bijvoorbeeld 'C-17'"), and so does the demo: that
# example is not a leak of the demo cycle's code, every other occurrence of the code is.
CODE_EXAMPLES = re.compile(r"(?:bijvoorbeeld|zoals) '[^']{1,20}'")
OK_STATUSES = {200, 301, 302, 403, 404}
REDIRECTS = {301, 302, 303, 307, 308}


# --- Crawling ---------------------------------------------------------------------------------------------------


@dataclass
class Page:
    url: str
    status: int
    content_type: str = ""
    location: str = ""
    text: str = ""  # what a reader sees: tags stripped, entities unescaped, whitespace collapsed, casefolded
    raw: str = ""  # the whole document unescaped (attributes, scripts, JSON), collapsed and casefolded
    error: str = ""


@dataclass
class Crawl:
    pages: dict = field(default_factory=dict)
    agenda_url: str = ""
    seconds: float = 0.0
    skipped_variants: int = 0
    capped: bool = False
    people: dict = field(default_factory=dict)  # pk -> Person


class LinkParser(HTMLParser):
    """The hrefs of <a> elements, and the fields of GET forms (filters) with the choices their selects offer."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs = []
        self.forms = []  # (action, [(name, value)] of fixed fields, {select name: [option values]})
        self.form = None
        self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"].strip())
        elif tag == "form":
            get = (attrs.get("method") or "get").lower() == "get"
            self.form = (attrs.get("action") or "", [], {}) if get else None
        elif self.form is None:
            return
        elif tag == "option" and self.select is not None:
            value = attrs.get("value") or ""
            options = self.form[2][self.select]
            # The choice the page makes is the base of every variant.
            options.insert(0, value) if "selected" in attrs else options.append(value)
        elif tag == "select" and attrs.get("name"):
            self.select = attrs["name"]
            self.form[2][self.select] = []
        elif tag == "input" and attrs.get("name") and attrs["name"] != "csrfmiddlewaretoken":
            kind = (attrs.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "file") or (kind in ("checkbox", "radio")
                                                                    and "checked" not in attrs):
                return
            self.form[1].append((attrs["name"], attrs.get("value") or ""))

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "form" and self.form is not None:
            self.forms.append(self.form)
            self.form = None


def form_urls(base, form):
    """A GET form submitted as the page offers it, and once per other choice of each of its selects."""
    action, fixed, selects = form
    chosen = {name: options[0] for name, options in selects.items() if options}
    variants = [chosen]
    for name, options in selects.items():
        variants += [{**chosen, name: option} for option in options[1:]]
    target = urljoin(base, action) if action else base.partition("?")[0]
    return [f"{target.partition('?')[0]}?{urlencode(fixed + list(variant.items()))}" for variant in variants]


def collapse(value):
    return re.sub(r"\s+", " ", value).strip().casefold()


def unescape_js(value):
    """JSON in pages writes non-ASCII letters as \\u00eb; a leak in a data island counts too."""
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), value)


def html_haystacks(markup):
    without_comments = re.sub(r"<!--.*?-->", " ", markup, flags=re.S)
    text = collapse(html.unescape(re.sub(r"<[^>]+>", " ", without_comments)))
    raw = collapse(unescape_js(html.unescape(markup)))
    return text, raw


def pdf_text(content):
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(content)).pages)


def xlsx_text(content):
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    return "\n".join(" | ".join("" if cell is None else str(cell) for cell in row)
                     for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True))


def file_text(content, content_type, name=""):
    """Text of a non-HTML response (or of a file inside a ZIP), as far as it can be read."""
    kind = content_type.split(";")[0].strip().lower()
    name = name.lower()
    if kind == "application/pdf" or name.endswith(".pdf"):
        return pdf_text(content)
    if "spreadsheetml" in kind or name.endswith(".xlsx"):
        return xlsx_text(content)
    if kind in ("application/zip", "application/x-zip-compressed") or name.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return "\n".join(file_text(archive.read(info), "", info.filename) for info in archive.infolist()
                             if not info.is_dir())
    if (kind.startswith("text/") or kind in ("application/json", "application/javascript", "application/xml")
            or name.endswith((".csv", ".txt", ".json", ".ics", ".html", ".md", ".xml"))):
        decoded = content.decode("utf-8-sig", errors="replace")
        if kind == "text/html" or name.endswith(".html"):
            return " ".join(html_haystacks(decoded))
        return unescape_js(decoded)
    return ""


def normalise(base, href):
    """The same-site path (with query, without fragment) an href points to, or None."""
    if href.startswith(("mailto:", "tel:", "javascript:", "data:", "#")):
        return None
    parts = urlsplit(urljoin(base, href))
    if parts.scheme not in ("", "http", "https") or parts.hostname not in SAME_SITE_HOSTS | {None}:
        return None
    path = parts.path or "/"
    if path.startswith(SKIP_PREFIXES):
        return None
    return f"{path}?{parts.query}" if parts.query else path


def fetch(client, url):
    response = client.get(url)
    content_type = response.get("Content-Type", "")
    page = Page(url=url, status=response.status_code, content_type=content_type,
                location=response.get("Location", ""))
    exc_info = getattr(response, "exc_info", None)
    if exc_info:
        page.error = repr(exc_info[1])
    content = b"".join(response.streaming_content) if response.streaming else response.content
    links = []
    if content_type.startswith("text/html"):
        markup = content.decode(response.charset or "utf-8", errors="replace")
        page.text, page.raw = html_haystacks(markup)
        parser = LinkParser()
        parser.feed(markup)
        links = [(href, False) for href in parser.hrefs]
        links += [(href, True) for form in parser.forms for href in form_urls(url, form)]
    elif content and response.status_code == 200:
        try:
            body = collapse(file_text(content, content_type))
        except Exception as error:  # an unreadable file is reported, not fatal
            page.error = f"kon {content_type} niet lezen: {error!r}"
            body = ""
        page.text = page.raw = body
    if page.location:
        links.append((page.location, False))
    return page, links


def crawl_as(user):
    client = Client(raise_request_exception=False)
    client.force_login(user)
    crawl = Crawl()
    queue = deque(START)
    seen = set(START)
    variants = defaultdict(int)
    form_variants = defaultdict(int)
    started = time.monotonic()
    while queue:
        if len(crawl.pages) >= MAX_PAGES:
            crawl.capped = True
            break
        url = queue.popleft()
        page, links = fetch(client, url)
        crawl.pages[url] = page
        for href, from_form in links:
            target = normalise(url, href)
            if target is None or target in seen:
                continue
            path, _, query = target.partition("?")
            if query:
                site_form = from_form and not path.startswith("/admin/")
                counter, cap = (form_variants, MAX_FORM_VARIANTS) if site_form else (variants, MAX_QUERY_VARIANTS)
                if counter[path] >= cap:
                    crawl.skipped_variants += 1
                    continue
                counter[path] += 1
            seen.add(target)
            queue.append(target)
    crawl.seconds = time.monotonic() - started
    agenda = crawl.pages.get("/agenda/")
    if agenda is not None and agenda.status in REDIRECTS:
        crawl.agenda_url = normalise("/agenda/", agenda.location) or ""
    return crawl


# --- What the MT must not see ------------------------------------------------------------------------------------


@dataclass
class Person:
    username: str
    name: str
    texts: dict = field(default_factory=dict)  # needle -> description (learning material, never shown to the MT)
    codes: dict = field(default_factory=dict)  # client codes: short, matched as whole words in the visible text
    contributions: dict = field(default_factory=dict)  # anonymous contributions: may be shown, never with the name


def needles(value):
    """The pieces of a text worth looking for: every line of at least MIN_LENGTH characters and two words."""
    lines = (collapse(line) for line in str(value or "").splitlines())
    return [line for line in lines if len(line) >= MIN_LENGTH and " " in line]


def add(target, value, description):
    for needle in needles(value):
        target.setdefault(needle, description)


def json_texts(data):
    if isinstance(data, dict):
        for value in data.values():
            yield from json_texts(value)
    elif isinstance(data, list | tuple):
        for value in data:
            yield from json_texts(value)
    elif isinstance(data, str):
        yield data


def learning_material(mt):
    """Every participant except `mt`, with their learning texts, from the database."""
    from buddy.models import BuddyPair, CheckIn
    from courses.models import ReflectionAnswer
    from intervisie.models import IntervisionSession
    from lms.agenda.models import Contribution
    from lms.cycles.models import (
        Analysis,
        AttentionPoint,
        ClientInterview,
        CollaborationTalk,
        Fragment,
        ReflectionCycle,
        ReflectionMeeting,
        SelfAnalysis,
        SelfAssessment,
        TalkAttentionPoint,
    )
    from lms.goals.models import FeedbackRequest, GoalComment, GoalEvaluation, GoalVersion

    users = get_user_model().objects.filter(participant__isnull=False)
    people = {user.pk: Person(user.username, user.get_full_name()) for user in users}
    mine = Person(mt.username, mt.get_full_name())
    people[mt.pk] = mine

    def texts_of(owner_id, value, description):
        if owner_id in people:
            add(people[owner_id].texts, value, description)

    for version in GoalVersion.objects.select_related("goal"):
        owner = version.goal.owner_id
        texts_of(owner, version.title, "titel van een doel")
        texts_of(owner, version.description, "omschrijving van een doel")
        texts_of(owner, version.why, "waarom van een doel")
        texts_of(owner, version.success_criteria, "succescriterium van een doel")
        texts_of(owner, version.goal.origin_note, "herkomst van een doel")
    for evaluation in GoalEvaluation.objects.select_related("goal"):
        texts_of(evaluation.goal.owner_id, evaluation.tried, "evaluatie (geprobeerd)")
        texts_of(evaluation.goal.owner_id, evaluation.happened, "evaluatie (gebeurd)")
    for comment in GoalComment.objects.select_related("goal"):
        texts_of(comment.goal.owner_id, comment.body, "reactie op een doel")
    for request in FeedbackRequest.objects.select_related("goal"):
        texts_of(request.goal.owner_id, request.question, "feedbackvraag bij een doel")
    for cycle in ReflectionCycle.objects.all():
        texts_of(cycle.owner_id, cycle.learning_question, "leervraag van een cyclus")
        texts_of(cycle.owner_id, cycle.doubts, "twijfels bij een cyclus")
        if cycle.owner_id in people and cycle.client_code:
            people[cycle.owner_id].codes.setdefault(cycle.client_code.casefold(), "cliëntcode van een cyclus")
    for point in AttentionPoint.objects.select_related("cycle"):
        texts_of(point.cycle.owner_id, point.text, "aandachtspunt")
    for fragment in Fragment.objects.select_related("cycle", "self_analysis"):
        owner = fragment.cycle.owner_id if fragment.cycle_id else fragment.self_analysis.owner_id
        texts_of(owner, fragment.label, "fragment (naam)")
        texts_of(owner, fragment.observation, "fragment (observatie)")
    for assessment in SelfAssessment.objects.select_related("cycle"):
        for value in json_texts(assessment.answers):
            texts_of(assessment.cycle.owner_id, value, "zelfbeeld bij een cyclus")
    for self_analysis in SelfAnalysis.objects.all():
        for value in json_texts(self_analysis.answers):
            texts_of(self_analysis.owner_id, value, "zelfanalyse (Kijkwijzer)")
    for talk in CollaborationTalk.objects.all():
        for value in [*json_texts(talk.notes), talk.takeaway]:
            texts_of(talk.owner_id, value, "Samenleerwijzer-gesprek")
    for point in TalkAttentionPoint.objects.select_related("talk"):
        texts_of(point.talk.owner_id, point.text, "aandachtspunt (Samenleerwijzer)")
    for analysis in Analysis.objects.select_related("cycle"):
        for value in json_texts(analysis.answers):
            texts_of(analysis.cycle.owner_id, value, "analyse van een cyclus")
    for interview in ClientInterview.objects.select_related("cycle"):
        for value in [*json_texts(interview.answers), interview.quotes]:
            texts_of(interview.cycle.owner_id, value, "cliëntinterview")
    for meeting in ReflectionMeeting.objects.select_related("cycle"):
        for value in [*json_texts(meeting.answers), meeting.notes]:
            texts_of(meeting.cycle.owner_id, value, "reflectiegesprek")
    for answer in ReflectionAnswer.objects.all():
        texts_of(answer.user_id, answer.text, "antwoord in de leergang")
    for session in IntervisionSession.objects.all():
        for value, description in ((session.case_text, "casus (intervisie)"), (session.report, "verslag (intervisie)"),
                                   (session.advice, "adviezen (intervisie)")):
            texts_of(session.presenter_id, value, description)
    for pair in BuddyPair.objects.all():
        for owner in (pair.newcomer_id, pair.buddy_id):
            texts_of(owner, pair.closing_note, "afsluitende notitie (buddy)")
            texts_of(owner, pair.decline_reason, "reden van afwijzen (buddy)")
    for checkin in CheckIn.objects.select_related("pair"):
        for owner in (checkin.pair.newcomer_id, checkin.pair.buddy_id):
            texts_of(owner, checkin.topics, "check-in (onderwerpen)")
            texts_of(owner, checkin.notes, "check-in (aantekeningen)")
    for contribution in Contribution.objects.all():
        if contribution.contributor_id in people:
            add(people[contribution.contributor_id].contributions, contribution.text, "anonieme bijdrage")

    # The MT's own material is hers to see; a text someone shared anonymously may be shown (without a name).
    allowed = set(mine.texts) | set(mine.contributions)
    for person in people.values():
        allowed |= set(person.contributions)
    del people[mt.pk]
    for person in people.values():
        person.texts = {needle: what for needle, what in person.texts.items() if needle not in allowed}
        person.codes = {code: what for code, what in person.codes.items() if code not in mine.codes}
    return people


def name_pattern(name):
    return re.compile(rf"(?<!\w){re.escape(collapse(name))}(?!\w)")


def code_pattern(code):
    return re.compile(rf"(?<![\w-]){re.escape(code)}(?![\w-])")


def found_on(page, person, *, with_contributions):
    """(description, text) of this person's material on the page."""
    hits = [(what, needle) for needle, what in person.texts.items() if needle in page.text or needle in page.raw]
    if person.codes:
        text = CODE_EXAMPLES.sub(" ", page.text)
        hits += [(what, code) for code, what in person.codes.items() if code_pattern(code).search(text)]
    if with_contributions:
        hits += [(what, needle) for needle, what in person.contributions.items()
                 if needle in page.text or needle in page.raw]
    return hits


def report(violations):
    lines = [f"{len(violations)} keer persoonlijk leermateriaal voor het MT:"]
    lines += [f"  {url}  [{who}]  {what}: {text!r}" for url, who, what, text in violations[:60]]
    if len(violations) > 60:
        lines.append(f"  ... en nog {len(violations) - 60}")
    return "\n".join(lines)


# --- The crawl, once for this module -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def crawl(django_db_setup, django_db_blocker):
    """Load the demo, crawl as `mt`, read the forbidden material; roll all of it back afterwards."""
    with django_db_blocker.unblock():
        try:
            with transaction.atomic():
                call_command("demo", stdout=io.StringIO())
                mt = get_user_model().objects.get(username="mt")
                result = crawl_as(mt)
                result.people = learning_material(mt)
                transaction.set_rollback(True)
        finally:
            for cache in caches.all(initialized_only=True):
                cache.clear()
    return result


def test_the_crawl_reaches_the_pages_that_matter(crawl):
    ok = {url for url, page in crawl.pages.items() if page.status == 200}
    assert crawl.agenda_url, f"/agenda/ leidt niet naar de leeragenda: {crawl.pages.get('/agenda/')}"
    for url in ("/agenda/dashboard/", "/agenda/wat-we-leren/", crawl.agenda_url, "/admin/"):
        assert url in ok, f"{url} niet gecrawld of niet 200: {crawl.pages.get(url)}"
    assert len(ok) > 40, f"maar {len(ok)} pagina's met 200 gecrawld"
    assert not crawl.capped, f"de crawl stopte bij {MAX_PAGES} pagina's: verhoog MAX_PAGES, anders blijft iets ongezien"
    # The demo's participants are really there: the checks below have something to look for.
    assert sum(len(person.texts) for person in crawl.people.values()) > 30
    assert any(person.contributions for person in crawl.people.values())
    # And the matching works on real pages: the five anonymous contributions on the first theme, which the MT is
    # meant to read, are found on "wat we leren" (without a name, so the checks below still pass).
    learning = crawl.pages["/agenda/wat-we-leren/"]
    shown = [person for person in crawl.people.values() if found_on(learning, person, with_contributions=True)]
    assert len(shown) >= 5, f"de anonieme bijdragen niet gevonden op /agenda/wat-we-leren/: {learning.text[:500]}"


def test_every_page_answers_without_a_server_error(crawl):
    bad = [f"{url}: {page.status} {page.error}" for url, page in crawl.pages.items()
           if page.status not in OK_STATUSES or page.error]
    assert not bad, "Pagina's met een onverwacht antwoord:\n" + "\n".join(bad)


def test_no_page_shows_a_participants_name_with_their_learning_material(crawl):
    violations = []
    for person in crawl.people.values():
        name, pattern = collapse(person.name), name_pattern(person.name)
        for url, page in crawl.pages.items():
            if name not in page.raw or not (pattern.search(page.text) or pattern.search(page.raw)):
                continue
            for what, text in found_on(page, person, with_contributions=True):
                violations.append((url, f"{person.name} ({person.username})", what, text))
    assert not violations, report(violations)


def test_no_page_shows_another_participants_learning_texts(crawl):
    violations = []
    for person in crawl.people.values():
        for url, page in crawl.pages.items():
            for what, text in found_on(page, person, with_contributions=False):
                violations.append((url, f"{person.name} ({person.username})", what, text))
    assert not violations, report(violations)
