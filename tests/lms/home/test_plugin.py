"""The apps as a plugin in a site: one include, the overview at its own address, site settings for the name and
the statements, settings with defaults, a host's own base template, and checks that judge only our apps."""

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.template import engines
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Site

from lms import plugin
from lms.conf import setting
from lms.home.models import PlatformSettings, StatementPage
from lms.privacy import checks

pytestmark = pytest.mark.django_db


def test_the_overview_has_an_address_of_its_own_inside_the_namespace(client, org):
    url = reverse("lms:dashboard")
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith(reverse("lms:account:login"))
    client.force_login(org.owner)
    content = client.get(url).content.decode()
    assert "Waar je staat" in content and 'aria-current="page"' in content


def test_the_footer_links_the_statements_the_site_settings_name(client, org):
    site = Site.objects.get(is_default_site=True)
    assert "Privacyverklaring" not in client.get("/").content.decode()  # nothing set, nothing linked
    privacy = site.root_page.add_child(instance=StatementPage(title="Privacyverklaring", slug="privacy-test",
                                                              body="<p>Wat we bewaren.</p>"))
    PlatformSettings.objects.update_or_create(site=site, defaults={"privacy_page": privacy,
                                                                   "site_name": "Leren bij Gemeente Voorbeeld"})
    client.force_login(org.owner)
    content = client.get(reverse("lms:goals:plan")).content.decode()
    assert f'href="{privacy.url}">Privacyverklaring</a>' in content
    assert "Leren bij Gemeente Voorbeeld</a>" in content and "· Leren bij Gemeente Voorbeeld</title>" in content


def test_reading_the_site_settings_never_writes(client, org):
    client.force_login(org.owner)
    client.get(reverse("lms:goals:plan"))
    assert not PlatformSettings.objects.exists()


def test_every_setting_has_a_default_and_the_group_size_a_floor():
    with override_settings():
        for name in ("VKNZ_BASE_URL", "VKNZ_MIN_GROUP_SIZE", "VKNZ_RECORDING_HOSTS", "VKNZ_EMBED_HOSTS"):
            if hasattr(settings, name):
                delattr(settings, name)
        assert setting("VKNZ_MIN_GROUP_SIZE") == 5
        assert setting("VKNZ_BASE_URL").startswith("http")
        assert "*.sharepoint.com" in setting("VKNZ_RECORDING_HOSTS")
        assert setting("VKNZ_SITE_NAME") == "Van Kijken naar Zien"
    with override_settings(VKNZ_MIN_GROUP_SIZE=1):
        assert setting("VKNZ_MIN_GROUP_SIZE") == 3
    with pytest.raises(KeyError):
        setting("VKNZ_NO_SUCH_THING")


def test_a_missing_required_app_is_named_by_the_checks(monkeypatch):
    assert plugin.required_apps_installed(None) == []
    monkeypatch.setattr(plugin, "REQUIRED_APPS", [*plugin.REQUIRED_APPS, "wagtail.contrib.search_promotions"])
    errors = plugin.required_apps_installed(None)
    assert [e.id for e in errors] == ["lms.E001"] and "wagtail.contrib.search_promotions" in errors[0].msg


def test_the_privacy_check_judges_our_apps_and_the_libraries_not_the_hosts_own(monkeypatch):
    prefixes = checks._checked_prefixes()
    assert {"lms", "courses", "buddy", "wagtail", "axes", "django.contrib.sessions", "django_q"} <= prefixes
    # tests.support stands in for a host's own app with a key to a person and no provider: not ours to judge.
    monkeypatch.setattr(checks, "EXEMPT", checks.EXEMPT - {"support.journal"})
    assert checks.providers_cover_personal_models(None) == []


def test_a_host_shows_the_platform_inside_its_own_base_template(client, org, tmp_path):
    (tmp_path / "lms").mkdir()
    (tmp_path / "base.html").write_text(
        '<!DOCTYPE html><html lang="nl"><head><title>{% block title %}{% endblock %} | Intranet</title>'
        "{% block extra_css %}{% endblock %}</head><body><p>Intranet van de gemeente</p>"
        "{% block content %}{% endblock %}</body></html>")
    (tmp_path / "lms" / "base.html").write_text('{% extends "lms/hosted.html" %}')
    engine = {**settings.TEMPLATES[0], "DIRS": [tmp_path]}
    client.force_login(org.owner)
    with override_settings(TEMPLATES=[engine]):
        content = client.get(reverse("lms:goals:plan")).content.decode()
    assert "Intranet van de gemeente" in content and "| Intranet</title>" in content
    assert 'aria-label="Hoofdmenu"' in content and "nlds/index.css" in content
    assert 'class="vknz-theme' in content and "Mijn ontwikkelplan" in content
    assert "vknz-brand" not in content  # the platform's own header is not there: the host's layout is


def test_a_host_page_shows_the_overview_panels_with_one_tag(rf, org):
    template = engines["django"].from_string("{% load lms_tags %}<h1>Intranet</h1>{% lms_panels %}")
    request = rf.get("/")
    request.user = org.owner
    content = template.render({"request": request}, request)
    assert "Waar je staat" in content and "<h2" in content and content.count("<h1>") == 1
    request.user = AnonymousUser()
    assert "vknz-panel" not in template.render({"request": request}, request)
