"""Changing the leergang: a redacteur submits, another redacteur approves and publishes; nobody approves their own.

Driven through the Wagtail admin's own views, as the redacteuren would use them.
"""

import pytest
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text

from courses.models import CoursePage
from lms.people.roles import Role
from tests.factories import make_user

from .conftest import make_course


@pytest.fixture
def course(db):
    return make_course()


@pytest.fixture
def second_editor(db):
    return make_user("redacteur2", Role.EDITOR, participant=False)


def course_form(course, intro):
    return nested_form_data({"title": course.title, "slug": course.slug, "intro": rich_text(f"<p>{intro}</p>"),
                             "audience": "Nieuwe klantmanagers"})


def edit(client, course, intro, action="action-submit"):
    url = reverse("wagtailadmin_pages:edit", args=[course.pk])
    return client.post(url, {**course_form(course, intro), action: "1"})


def approve(client, page, action="approve"):
    state = TaskState.objects.filter(workflow_state__object_id=str(page.pk), status="in_progress").get()
    return client.post(reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk]),
                       {"comment": ""})


def public_intro(page):
    return CoursePage.objects.get(pk=page.pk).intro


def test_a_redacteur_may_edit_and_submit_the_leergang_but_not_publish_it(org, course):
    for page in (course, course.first, course.get_parent().specific):
        permissions = page.permissions_for_user(org.editor)
        assert permissions.can_edit() and not permissions.can_publish()
    assert not course.permissions_for_user(org.editor).can_publish_subpage()
    assert course.permissions_for_user(org.admin).can_publish()  # the superuser keeps every right


def test_a_forged_publish_by_the_redacteur_publishes_nothing(client, org, course):
    client.force_login(org.editor)
    edit(client, course, "Een tekst zonder tweede lezer.", action="action-publish")
    assert "zonder tweede lezer" not in public_intro(course)


def test_a_change_goes_live_only_when_another_redacteur_approves_it(client, org, course, second_editor):
    client.force_login(org.editor)
    assert edit(client, course, "Nieuwe inleiding voor de leergang.").status_code == 302
    assert WorkflowState.objects.filter(object_id=str(course.pk), status="in_progress").exists()
    assert "Nieuwe inleiding" not in public_intro(course)

    # The author cannot approve their own change, not even by posting the approval directly.
    approve(client, course)  # Wagtail's admin answers a refusal with a redirect and a message
    assert "Nieuwe inleiding" not in public_intro(course)
    assert not TaskState.objects.reviewable_by(org.editor).exists()

    # The other redacteur finds it waiting and approves it: it is published.
    assert TaskState.objects.reviewable_by(second_editor).count() == 1
    client.force_login(second_editor)
    assert approve(client, course).status_code == 302
    assert "Nieuwe inleiding" in public_intro(course)
    assert WorkflowState.objects.get(object_id=str(course.pk)).status == "approved"


def test_the_reviewer_sees_approve_as_the_one_visible_button(client, org, course, second_editor):
    client.force_login(org.editor)
    edit(client, course, "Nog een nieuwe inleiding.")
    client.force_login(second_editor)
    page = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).content.decode()
    footer = page[page.index("footer__container"):]
    # The footer's one visible button is the approval; saving is under "Meer acties".
    assert footer.index('data-workflow-action-name="approve"') < footer.index("Meer acties") < footer.index(
        "action-save")
    # The author gets no approval button at all.
    client.force_login(org.editor)
    assert 'data-workflow-action-name="approve"' not in client.get(
        reverse("wagtailadmin_pages:edit", args=[course.pk])).content.decode()


def test_the_admin_menu_leads_back_to_the_leergang_on_the_site(client, org, course):
    client.force_login(org.editor)
    admin = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Leergang op de site" in admin
    index = course.get_parent()
    assert f'"{index.url}"' in admin or f"&quot;{index.url}&quot;" in admin
