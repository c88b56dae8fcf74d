"""Whole pages kept per person (lms.extensions.kept_pages): a page asked again while nothing it read has changed is
served from the cache, without its view. Every write, by any way (a model's save, `update()`, plain SQL), shows on
the very next visit; one person's page is never served to another, nor under other roles, nor after the access it
was made under has ended; messages, forms and the clock keep working as before."""

import datetime
import re

import pytest
import time_machine
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lms.extensions.kept import KEEP_SECONDS
from lms.extensions.kept_pages import KeptPageMiddleware
from lms.goals.choices import Kind
from lms.goals.models import Goal, GoalVersion
from lms.goals.services import create_goal
from lms.people.services import grant_share, revoke_share
from tests.lms.goals.conftest import formulation

pytestmark = pytest.mark.django_db


def logged_in(user, **options):
    client = Client(**options)
    client.force_login(user)
    return client


def visit(client, path):
    """The page and the tables the request read."""
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    tables = set(re.findall(r'FROM "(\w+)"', " ".join(query["sql"] for query in context.captured_queries)))
    return response, tables


# The first visit gets the CSRF cookie that the page's forms are made for, the second gives the tables the page
# read a version, the third is kept under those versions: the fourth is served from the cache.
WARM = 3


def kept_pages() -> int:
    return sum(":lms:kept:page:" in key for key in cache._cache)  # Django's local-memory cache, as in the tests


@pytest.fixture
def goal(org):
    return create_goal(org.owner, Kind.LEARNING, formulation("Stiltes laten vallen"))


def test_a_page_asked_again_is_served_whole_without_its_view(org, goal):
    client = logged_in(org.owner)
    url = reverse("lms:goals:detail", kwargs={"pk": goal.pk})
    for _warm in range(WARM - 1):
        client.get(url)
    second, made_with = visit(client, url)
    third, served_with = visit(client, url)
    assert "lms_goals_goal" in made_with and "lms_goals_goal" not in served_with
    assert served_with <= {"django_session", get_user_model()._meta.db_table, "auth_group", "auth_user_groups"}
    assert third.status_code == 200 and third.content == second.content
    assert "Stiltes laten vallen" in third.content.decode()


def test_every_way_of_writing_shows_on_the_next_visit(org, goal):
    client = logged_in(org.owner)
    url = reverse("lms:goals:detail", kwargs={"pk": goal.pk})
    for _warm in range(WARM):
        client.get(url)
    GoalVersion.objects.filter(goal=goal).update(title="Doorvragen na een ja")  # no signal at all
    assert "Doorvragen na een ja" in client.get(url).content.decode()
    with connection.cursor() as cursor:  # not even the ORM
        cursor.execute(f'UPDATE "{GoalVersion._meta.db_table}" SET "title" = %s WHERE "goal_id" = %s',  # noqa: S608
                       ["Samenvatten", goal.pk])
    assert "Samenvatten" in client.get(url).content.decode()
    org.owner.first_name = "Fenna"  # the person's own name in the page's header: read before the view ran
    org.owner.save()
    assert "Fenna" in client.get(url).content.decode()


def test_one_persons_kept_page_is_never_served_to_another_on_the_same_browser(org, goal):
    client = logged_in(org.owner)
    detail = reverse("lms:goals:detail", kwargs={"pk": goal.pk})
    for _warm in range(WARM):
        for path in ("/overzicht/", reverse("lms:goals:plan"), detail):
            assert client.get(path).status_code == 200
    assert kept_pages() >= 3
    client.force_login(org.colleague)  # the same CSRF cookie, another person
    assert client.get(detail).status_code in (403, 404)
    plan = client.get(reverse("lms:goals:plan")).content.decode()
    assert "Stiltes laten vallen" not in plan
    assert "Stiltes laten vallen" not in client.get("/overzicht/").content.decode()


def test_access_that_ended_is_never_answered_from_the_kept_page(org, goal):
    share = grant_share(org.owner, goal, org.buddy).share
    buddy = logged_in(org.buddy)
    url = reverse("lms:goals:detail", kwargs={"pk": goal.pk})
    for _warm in range(WARM):
        assert buddy.get(url).status_code == 200
    revoke_share(org.owner, share)
    assert buddy.get(url).status_code in (403, 404)
    grant_share(org.owner, goal, org.buddy, expires_on=timezone.localdate())
    for _warm in range(WARM):
        assert buddy.get(url).status_code == 200
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1)):  # the share ended overnight
        buddy.force_login(org.buddy)  # the same browser; a session of today
        assert buddy.get(url).status_code in (403, 404)


def test_a_lost_role_is_never_answered_from_the_page_kept_under_it(org):
    client = logged_in(org.colleague)
    plan = reverse("lms:goals:plan")
    for _warm in range(WARM):
        assert client.get(plan).status_code == 200
    org.colleague.groups.clear()
    assert client.get(plan).status_code in (403, 404)


def test_a_waiting_message_is_shown_not_a_kept_page_without_it(org, goal):
    client = logged_in(org.owner)
    url = reverse("lms:goals:detail", kwargs={"pk": goal.pk})
    for _warm in range(WARM):
        client.get(url)
    storage = CookieStorage(RequestFactory().get("/"))
    client.cookies["messages"] = storage._encode([Message(messages.SUCCESS, "Je wijziging is bewaard.")])
    assert "Je wijziging is bewaard." in client.get(url).content.decode()
    assert "Je wijziging is bewaard." not in client.get(url).content.decode()  # shown once, as always


def test_the_form_on_a_kept_page_is_accepted_when_sent(org):
    from lms.notifications.services import notify

    notify(org.owner, key="kept-page-form", title="Evaluatie gepland", email=False)
    client = logged_in(org.owner, enforce_csrf_checks=True)
    url = reverse("lms:notifications:list")
    for _warm in range(WARM):
        client.get(url)
    served, tables = visit(client, url)
    assert "lms_notifications_notice" not in tables  # from the cache
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', served.content.decode()).group(1)
    answer = client.post(reverse("lms:notifications:mark_all_read"), {"csrfmiddlewaretoken": token})
    assert answer.status_code == 302
    assert "ongelezen" not in client.get("/overzicht/").content.decode()


def test_a_kept_page_is_at_most_a_window_old(org, goal):
    client = logged_in(org.owner)
    url = reverse("lms:goals:detail", kwargs={"pk": goal.pk})
    for _warm in range(WARM):
        client.get(url)
    assert "lms_goals_goal" not in visit(client, url)[1]
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=KEEP_SECONDS + 1)):
        assert "lms_goals_goal" in visit(client, url)[1]


def test_with_a_cache_of_one_process_no_page_is_kept(org, goal, settings):
    settings.VKNZ_KEEP_SECONDS = None  # `make run`: decided by the cache backend, local memory here
    client = logged_in(org.owner)
    url = reverse("lms:goals:detail", kwargs={"pk": goal.pk})
    for _visit in range(3):
        assert "lms_goals_goal" in visit(client, url)[1]
    assert kept_pages() == 0


class TestWhatIsNeverKept:
    """The middleware on its own, around a view that counts how often it runs."""

    def run(self, user, view, method="get", path="/iets/"):
        """Three visits; how often the view ran. A page that may be kept runs twice (the first visit gives its
        tables a version), one that may not runs three times."""
        calls = []

        def counted(request):
            calls.append(request)
            return view(request)

        middleware = KeptPageMiddleware(counted)
        for _visit in range(3):
            request = getattr(RequestFactory(), method)(path)
            request.user, request.session = user, {}
            request.META["CSRF_COOKIE"] = "s" * 32
            middleware(request)
        return len(calls)

    def test_a_plain_page_is_kept(self, org):
        assert self.run(org.owner, lambda request: HttpResponse("<p>Hallo</p>")) == 2

    def test_the_persons_own_name_read_before_the_view_is_followed(self, org):
        """The header names the person, who was read before the page was made (authentication): their row counts."""
        names = []

        def greets(request):
            names.append(request.user.first_name)
            return HttpResponse(f"<p>Hallo {request.user.first_name}</p>")

        assert self.run(org.owner, greets) == 2
        org.owner.first_name = "Fenna"
        org.owner.save()
        assert self.run(org.owner, greets) == 1 and names[-1] == "Fenna"  # made once more, then kept

    def test_a_page_that_wrote_is_made_again(self, org):
        def writes(request):
            Goal.objects.filter(owner=org.owner).update(origin_note="Nieuw")
            return HttpResponse("<p>Bewaard</p>")

        assert self.run(org.owner, writes) == 3

    def test_a_page_with_no_store_a_nonce_a_cookie_or_another_answer_is_made_again(self, org):
        def no_store(request):
            response = HttpResponse("<p>Persoonlijk</p>")
            response["Cache-Control"] = "no-store"
            return response

        def with_nonce(request):
            request._csp_nonce = "abc"
            return HttpResponse("<script nonce='abc'></script>")

        def with_cookie(request):
            response = HttpResponse("<p>Koek</p>")
            response.set_cookie("keuze", "1")
            return response

        for view in (no_store, with_nonce, with_cookie, lambda request: HttpResponse("nee", status=404),
                     lambda request: HttpResponse(b"%PDF-", content_type="application/pdf")):
            assert self.run(org.owner, view) == 3

    def test_a_post_the_admin_and_someone_not_logged_in_are_never_kept(self, org):
        from django.contrib.auth.models import AnonymousUser

        page = lambda request: HttpResponse("<p>Hallo</p>")  # noqa: E731
        assert self.run(org.owner, page, method="post") == 3
        assert self.run(org.owner, page, path="/admin/pages/") == 3
        assert self.run(AnonymousUser(), page) == 3

    def test_an_address_whose_view_is_marked_not_kept_never_asks(self, org):
        page = lambda request: HttpResponse("<p>Hallo</p>")  # noqa: E731
        assert self.run(org.owner, page, path=reverse("lms:goals:plan_ics")) == 3
        assert self.run(org.owner, page, path=reverse("lms:goals:plan")) == 2


def test_a_page_behind_a_password_opens_once_the_password_is_given(org):
    """Wagtail notes the pages opened with a password in the session, which no query shows; it marks both the
    password form and the page behind it "no-store", so neither is kept."""
    from wagtail.models import PageViewRestriction

    from tests.courses.conftest import make_course

    module = make_course().first
    PageViewRestriction.objects.create(page=module, restriction_type=PageViewRestriction.PASSWORD, password="leerpad")
    client = logged_in(org.owner)
    for _warm in range(3):
        assert 'name="password"' in client.get(module.url).content.decode()
    form = client.get(module.url).content.decode()
    action = re.search(r'<form[^>]+action="([^"]*authenticate[^"]*)"', form).group(1)
    client.post(action, {"password": "leerpad", "return_url": module.url})
    opened = client.get(module.url)
    assert 'name="password"' not in opened.content.decode() and "no-store" in opened["Cache-Control"]
