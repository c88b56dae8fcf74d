"""Smoke test of the LMS as a plugin of a fresh `wagtail start` site (run by .ci/host-site, not by `make test`).

The host keeps its own home page, Site and user model (django.contrib.auth's User); the LMS lives under /leren/ and
its pages extend the host's base.html through the host's templates/lms/base.html. Each check asks what a person
gets, so a missing template, migration or static file in the wheel fails here.
"""

import os
import sys
import zipfile
from pathlib import Path

import pytest
from django.urls import reverse

REFUSED = (403, 404)


def get(client, user, url):
    client.force_login(user)
    return client.get(url)


# --- The wheel and where the code comes from --------------------------------------------------------------------------

def test_the_wheel_holds_the_apps_and_not_this_sites_project():
    names = zipfile.ZipFile(os.environ["HOST_SITE_WHEEL"]).namelist()
    tops = {name.split("/")[0] for name in names if "/" in name and ".dist-info/" not in name}
    assert tops == {"lms", "courses", "casuistiek", "buddy", "intervisie", "theme"}
    for unwanted in ("vknz_site/", "demo/", "tests/", "bench/", "lms/settings/"):
        assert not [name for name in names if name.startswith(unwanted)], unwanted
    assert "lms/wsgi.py" not in names
    assert "theme/static/nlds/index.css" in names
    assert "theme/static/nlds/html.css" in names
    assert len([name for name in names if "/templates/" in name and name.endswith(".html")]) > 50
    assert [name for name in names if name.startswith("lms/people/migrations/0001")]


def test_the_lms_is_imported_from_the_installed_wheel():
    import lms
    import theme

    for package in (lms, theme):
        assert Path(package.__file__).is_relative_to(sys.prefix), package.__file__


def test_the_nl_design_system_css_comes_from_the_package(settings):
    from django.contrib.staticfiles import finders

    found = Path(finders.find("nlds/index.css"))
    assert found.parts[-4:] == ("theme", "static", "nlds", "index.css")
    assert found.is_relative_to(sys.prefix)
    assert (Path(settings.STATIC_ROOT) / "nlds" / "index.css").stat().st_size > 10_000  # collectstatic found it


# --- The host stays the host ------------------------------------------------------------------------------------------

def test_the_hosts_home_page_and_site_are_untouched(client, org, leergang):
    from wagtail.models import Site

    site = Site.objects.get()
    # As `wagtail start` made it: not renamed, still the only and default site.
    assert (site.hostname, site.site_name or "", site.is_default_site) == ("localhost", "", True)
    assert site.root_page.specific._meta.label == "home.HomePage"
    assert site.root_page.title == "Home"
    for user in (None, org.owner, org.mt):
        if user:
            client.force_login(user)
        response = client.get("/")
        assert response.status_code == 200
        assert "home/home_page.html" in [t.name for t in response.templates]


def test_the_page_types_may_be_placed_under_the_hosts_home_page(host_home):
    from django.apps import apps

    for label in ("lms_courses.CourseIndexPage", "lms_agenda.AgendaIndexPage"):
        assert apps.get_model(label).can_create_at(host_home), label


def test_the_user_model_is_the_hosts(org):
    assert org.owner._meta.label == "auth.User"


# --- A participant and an MT member -----------------------------------------------------------------------------------

def test_a_participant_uses_the_platform_inside_the_hosts_layout(client, org, goal, cycle, leergang):
    index, course, module = leergang
    pages = [reverse("lms:dashboard"), reverse("lms:goals:plan"), reverse("lms:goals:detail", args=[goal.pk]),
             reverse("lms:cycles:detail", args=[cycle.pk]), index.url, course.url, module.url]
    client.force_login(org.owner)
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        templates = [t.name for t in response.templates]
        # The host's base.html around the LMS content, with the packaged NL Design System CSS linked.
        assert "lms/base.html" in templates and "base.html" in templates, (url, templates)
        assert "css/hostsite.css" in html and "nlds/index.css" in html, url
    assert "Doorvragen na een snelle ja" in client.get(pages[2]).content.decode()
    assert client.get(reverse("lms:agenda:dashboard")).status_code == 403


# A host whose base template has other block names writes lms/base.html with the tags itself (README, step 5).
BASE_WITH_TAGS = """{% extends "base.html" %}{% load lms_tags %}
{% block extra_css %}{% lms_stylesheets %}{% endblock %}
{% block content %}{% lms_menu %}{% lms_messages %}{% block lms_content %}{% endblock %}{% endblock %}
"""


def test_a_base_template_written_with_the_tags_works_too(client, org, goal, settings, tmp_path):
    (tmp_path / "lms").mkdir()
    (tmp_path / "lms" / "base.html").write_text(BASE_WITH_TAGS)
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [tmp_path, *engine["DIRS"]]}]
    client.force_login(org.owner)
    response = client.get(reverse("lms:goals:detail", args=[goal.pk]))
    assert response.status_code == 200
    bases = [t.origin.name for t in response.templates if t.name == "lms/base.html"]
    assert bases == [str(tmp_path / "lms" / "base.html")]
    html = response.content.decode()
    assert "css/hostsite.css" in html and "nlds/index.css" in html and "Doorvragen na een snelle ja" in html


def test_the_mt_sees_the_figures_and_the_leergang_but_not_a_participants_goal_or_cycle(client, org, goal, cycle,
                                                                                        leergang):
    client.force_login(org.mt)
    for url in (reverse("lms:dashboard"), reverse("lms:agenda:dashboard"), leergang[0].url, "/"):
        assert client.get(url).status_code == 200, url
    assert client.get(reverse("lms:goals:detail", args=[goal.pk])).status_code in REFUSED
    assert client.get(reverse("lms:cycles:detail", args=[cycle.pk])).status_code in REFUSED


def test_another_participant_cannot_open_the_goal_or_the_cycle(client, org, goal, cycle):
    client.force_login(org.colleague)
    assert client.get(reverse("lms:goals:detail", args=[goal.pk])).status_code in REFUSED
    assert client.get(reverse("lms:cycles:detail", args=[cycle.pk])).status_code in REFUSED


def test_a_buddy_sees_a_goal_only_once_it_is_shared(client, org, goal):
    from django.contrib.contenttypes.models import ContentType

    from lms.people.models import Share

    url = reverse("lms:goals:detail", args=[goal.pk])
    assert get(client, org.buddy, url).status_code in REFUSED
    Share.objects.create(owner=org.owner, grantee=org.buddy, content_type=ContentType.objects.get_for_model(goal),
                         object_id=goal.pk)
    assert get(client, org.buddy, url).status_code == 200


def test_a_visitor_is_sent_to_log_in(client):
    response = client.get(reverse("lms:dashboard"))
    assert response.status_code == 302


# --- System checks ----------------------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_the_system_checks_pass_with_the_privacy_check_among_them():
    from django.core import checks
    from django.core.management import call_command

    registered = {check.__module__ for check in checks.registry.registry.get_checks()}
    assert "lms.privacy.checks" in registered
    call_command("check")  # raises SystemCheckError on any error, privacy.E001 included
    ours = [message for message in checks.run_checks()
            if message.id.split(".")[0] in {"privacy", "lms", "courses", "theme"} or
            str(message.obj).startswith(("lms", "courses", "casuistiek", "buddy", "intervisie", "theme"))]
    assert ours == []
