"""Publishing the leeragenda: a redacteur drafts and submits, only the MT approves and publishes.

Driven through the Wagtail admin's own views, as the people would use them.
"""

import datetime

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text

from lms.agenda.models import ThemePage
from lms.agenda.tasks import publish_scheduled

from .conftest import make_agenda


def theme_form(title, **extra):
    return nested_form_data({
        "title": title, "slug": title.lower().replace(" ", "-"), "summary": "Waar dit thema over gaat.",
        "why": rich_text("<p>Omdat cliënten het merken.</p>"), "trainings": rich_text(""),
        "suggestions": "Ik vraag door.", **extra,
    })


def add_theme(client, agenda, title, action="action-submit", **extra):
    url = reverse("wagtailadmin_pages:add", args=["lms_agenda", "themepage", agenda.pk])
    return client.post(url, {**theme_form(title, **extra), action: "1"})


def read_as(user, url):
    """What `user` sees, from a browser of their own (no admin messages carried over)."""
    reader = Client()
    reader.force_login(user)
    return reader.get(url).content.decode()


def approve(client, page, action="approve"):
    state = TaskState.objects.filter(workflow_state__object_id=str(page.pk), status="in_progress").get()
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk])
    return client.post(url, {"comment": ""})


@pytest.fixture
def agenda(db):
    return make_agenda(themes=())


def test_a_redacteur_may_draft_and_submit_but_not_publish(org, agenda):
    theme = agenda.add_child(instance=ThemePage(title="Concept", slug="concept", summary="x", why="<p>x</p>",
                                                live=False))
    assert theme.permissions_for_user(org.editor).can_edit()
    assert not theme.permissions_for_user(org.editor).can_publish()
    assert not agenda.permissions_for_user(org.editor).can_publish_subpage()
    assert theme.permissions_for_user(org.mt).can_publish()
    # A participant gets nothing at all in the admin.
    assert not theme.permissions_for_user(org.owner).can_edit()


def test_a_forged_publish_by_the_redacteur_publishes_nothing(client, org, agenda):
    client.force_login(org.editor)
    add_theme(client, agenda, "Echt contact", action="action-publish")
    theme = ThemePage.objects.get(slug="echt-contact")
    assert not theme.live
    assert theme.has_unpublished_changes


def test_a_draft_by_the_redacteur_is_not_public_until_the_mt_approves(client, org, agenda):
    client.force_login(org.editor)
    response = add_theme(client, agenda, "Samen het doel bepalen")
    assert response.status_code == 302
    theme = ThemePage.objects.get(slug="samen-het-doel-bepalen")
    assert not theme.live
    assert WorkflowState.objects.filter(object_id=str(theme.pk), status="in_progress").exists()

    assert "Samen het doel bepalen" not in read_as(org.owner, agenda.url)

    # The redacteur cannot approve their own submission; the MT can.
    client.force_login(org.editor)
    approve(client, theme)
    theme.refresh_from_db()
    assert not theme.live

    client.force_login(org.mt)
    assert approve(client, theme).status_code == 302
    theme.refresh_from_db()
    assert theme.live

    assert "Samen het doel bepalen" in read_as(org.owner, agenda.url)


def test_an_unapproved_revision_never_shows(client, org, agenda):
    client.force_login(org.editor)
    add_theme(client, agenda, "Feedback vragen")
    theme = ThemePage.objects.get(slug="feedback-vragen")
    client.force_login(org.mt)
    approve(client, theme)

    # The redacteur rewrites the live theme and submits the new revision; the MT rejects it.
    client.force_login(org.editor)
    edit = reverse("wagtailadmin_pages:edit", args=[theme.pk])
    client.post(edit, {**theme_form("Feedback vragen", summary="Een tekst die nooit live mag."),
                       "action-submit": "1"})
    assert "Een tekst die nooit live mag." not in read_as(org.owner, agenda.url)
    client.force_login(org.mt)
    approve(client, theme, action="reject")
    page = read_as(org.owner, agenda.url)
    assert "Waar dit thema over gaat." in page
    assert "Een tekst die nooit live mag." not in page


def test_an_approved_agenda_with_a_later_date_goes_live_on_that_date(client, org, agenda):
    client.force_login(org.editor)
    later = timezone.now() + datetime.timedelta(days=3)
    add_theme(client, agenda, "Van elkaar leren", go_live_at=later.strftime("%Y-%m-%d %H:%M"))
    theme = ThemePage.objects.get(slug="van-elkaar-leren")
    client.force_login(org.mt)
    approve(client, theme)
    theme.refresh_from_db()
    assert not theme.live  # approved, but scheduled

    publish_scheduled()
    theme.refresh_from_db()
    assert not theme.live
    with time_machine.travel(later + datetime.timedelta(minutes=11)):
        publish_scheduled()
    theme.refresh_from_db()
    assert theme.live


def test_the_mt_panel_says_what_waits_for_approval(client, org, agenda):
    client.force_login(org.editor)
    add_theme(client, agenda, "Omgaan met weerstand")
    assert "1 pagina van de leeragenda wacht op goedkeuring door het MT." in read_as(org.mt, "/")
    assert "wacht op goedkeuring" not in read_as(org.owner, "/")
