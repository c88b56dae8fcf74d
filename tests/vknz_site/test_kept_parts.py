"""Kept parts of a page (lms.extensions.kept): the menu counts, the dashboard panels, the site, its settings and the
way to each page are read from the cache between requests, and every change a person can make shows on the very
next page, also the changes written without Django's signals (marking all notices read, erasure). One person's
kept part is never another's, and new roles are never served what was kept under the old ones."""

import datetime
import os
import subprocess
import sys

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Site

from lms.goals.choices import Kind
from lms.goals.services import create_goal
from lms.home.models import PlatformSettings
from lms.notifications.models import Notice
from lms.notifications.services import mark_all_read, notify
from lms.people.models import Share
from lms.people.roles import Role
from lms.people.services import grant_share, revoke_share
from lms.privacy.registry import DELETE
from lms.privacy.services import step_out
from tests.courses.conftest import make_course
from tests.lms.goals.conftest import formulation

pytestmark = pytest.mark.django_db


def page(client, path="/"):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def queries(client, path="/"):
    with CaptureQueriesContext(connection) as context:
        assert client.get(path).status_code == 200
    return len(context)


def test_a_second_visit_reads_the_kept_parts_instead_of_the_database(org):
    make_course()
    client = logged_in(org.owner)
    first = queries(client)
    again = queries(client)
    assert again <= first - 8, (first, again)  # panels, menu counts, site, settings, leergang link


def test_with_a_cache_of_one_process_nothing_is_kept(org, settings):
    """`make run`: the web server and the django-q2 worker each have their own local-memory cache, so a notice the
    worker makes could not renew what the web server keeps. There nothing is kept, and every visit counts afresh."""
    settings.VKNZ_KEEP_SECONDS = None  # the default: decided by the cache backend, local memory here
    make_course()
    client = logged_in(org.owner)
    queries(client)
    with CaptureQueriesContext(connection) as again:
        assert client.get("/").status_code == 200
    assert any('FROM "lms_notifications_notice"' in query["sql"] for query in again.captured_queries)
    notify(org.owner, key="kept-worker", title="Herinnering", email=False)
    assert "1 ongelezen" in page(client, "/overzicht/")


def test_the_unread_count_follows_new_notices_and_marking_all_read(org):
    client = logged_in(org.owner)
    assert "ongelezen" not in page(client, "/overzicht/")
    notify(org.owner, key="kept-1", title="Je buddy heeft gereageerd", email=False)
    assert "1 ongelezen" in page(client, "/overzicht/")
    notify(org.owner, key="kept-2", title="Evaluatie gepland", email=False)
    assert "2 ongelezen" in page(client, "/overzicht/")
    assert mark_all_read(org.owner) == 2  # one UPDATE, no signal: the kept count must still go
    assert "ongelezen" not in page(client, "/overzicht/")


def test_each_person_sees_their_own_kept_panels_whoever_came_first(org):
    create_goal(org.owner, Kind.LEARNING, formulation("Stiltes laten vallen"))
    for number in range(3):
        notify(org.colleague, key=f"kept-c-{number}", title=f"Melding {number}", email=False)
    owner, colleague = logged_in(org.owner), logged_in(org.colleague)
    for _round in range(2):
        mine, theirs = page(owner, "/overzicht/"), page(colleague, "/overzicht/")
        assert "Je werkt aan 1 doel." in mine and "3 ongelezen" not in mine
        assert "3 ongelezen" in theirs and "Je werkt aan 1 doel." not in theirs


def test_a_new_goal_shows_in_the_plan_panel_at_once(org):
    client = logged_in(org.owner)
    assert "Je hebt nog geen doelen." in page(client, "/overzicht/")
    create_goal(org.owner, Kind.LEARNING, formulation("Doorvragen na een ja"))
    assert "Je werkt aan 1 doel." in page(client, "/overzicht/")


def test_a_revoked_or_expired_share_leaves_the_grantees_panel_at_once(org):
    goal = create_goal(org.owner, Kind.LEARNING, formulation("Samenvatten"))
    share = grant_share(org.owner, goal, org.buddy).share
    buddy = logged_in(org.buddy)
    assert "Met jou gedeeld" in page(buddy, "/overzicht/")
    revoke_share(org.owner, share)
    assert "Met jou gedeeld" not in page(buddy, "/overzicht/")
    # Shared again until yesterday: no longer active today, whatever was kept before.
    grant_share(org.owner, goal, org.buddy)
    assert "Met jou gedeeld" in page(buddy, "/overzicht/")
    # One UPDATE, no signal: the statement itself renews what is kept (lms/extensions/watch.py).
    Share.objects.filter(grantee=org.buddy).update(expires_on=timezone.localdate() - datetime.timedelta(days=1))
    assert "Met jou gedeeld" not in page(buddy, "/overzicht/")


def test_losing_a_role_is_never_answered_from_what_was_kept_under_it(org):
    client = logged_in(org.colleague)
    assert "Mijn ontwikkelplan" in page(client, "/overzicht/")
    org.colleague.groups.remove(org.colleague.groups.get(name=Role.PARTICIPANT.value))
    assert "Mijn ontwikkelplan" not in page(client, "/overzicht/")


def test_stepping_out_renews_everything_kept(org):
    notify(org.colleague, key="kept-leave", title="Tot ziens", email=False)
    client = logged_in(org.colleague)
    assert "1 ongelezen" in page(client, "/overzicht/")
    before = Notice.objects.count()
    step_out(org.colleague, DELETE)
    assert Notice.objects.count() == before - 1
    client = logged_in(org.owner)
    assert "ongelezen" not in page(client, "/overzicht/")


def test_the_site_name_and_the_way_to_pages_follow_the_editors(org):
    course = make_course()
    client = logged_in(org.owner)
    module_url = course.first.url
    assert page(client, module_url)
    site = Site.objects.get(is_default_site=True)
    PlatformSettings.objects.update_or_create(site=site, defaults={"site_name": "Leren in Tiel"})
    assert "Leren in Tiel" in page(client, module_url)
    course.first.unpublish()
    assert client.get(module_url).status_code == 404
    course.first.refresh_from_db()
    course.first.slug = "eerste-stap"
    course.first.save_revision().publish()
    assert client.get(module_url).status_code == 404
    assert "Voorlichting" in page(client, module_url.replace("voorlichting", "eerste-stap"))
    course_url, index = course.url, course.get_parent()
    assert 'href="/leergang/"' in page(client, "/overzicht/")  # the menu's way to the leergang, kept
    course.unpublish()
    assert client.get(course_url).status_code == 404
    index.unpublish()
    assert 'href="/leergang/"' not in page(client, "/overzicht/")


def test_a_change_anywhere_in_what_a_panel_shows_renews_it(org):
    """Whatever model a panel reads renews it when saved, in any process: the team's new name, the new leader
    (a link between two models), shown at once."""
    client = logged_in(org.owner)
    assert "Team Centrum" in page(client, "/overzicht/")
    org.team.name = "Team Stadshart"
    org.team.save()
    assert "Team Stadshart" in page(client, "/overzicht/")
    org.owner.participant.refresh_from_db()
    org.owner.participant.team = None
    org.owner.participant.save()
    assert "nog geen team" in page(client, "/overzicht/")


def test_every_process_renews_what_is_kept_from_its_start():
    """The statements are watched from the moment a connection opens, not when a page first keeps something: a
    django-q2 worker that never served a page still renews what the web server keeps. A fresh process writes the
    notices' table with plain SQL (no model, no signal; a temporary table of that name) and its version is new."""
    script = (
        "import django; django.setup()\n"
        "from django.db import connection\n"
        "from lms.extensions import kept\n"
        "before = kept._versions(['lms_notifications.notice'])\n"
        "with connection.cursor() as cursor:\n"
        "    cursor.execute('CREATE TEMPORARY TABLE \"lms_notifications_notice\" (id integer)')\n"
        "    cursor.execute('INSERT INTO \"lms_notifications_notice\" (id) VALUES (1)')\n"
        "print(before != kept._versions(['lms_notifications.notice']))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,  # noqa: S603
                          env={**os.environ, "DJANGO_SETTINGS_MODULE": "vknz_site.settings.test"})
    assert done.stdout.strip().endswith("True"), done.stderr[-2000:]
