"""The Wagtail page editor: every rich-text area (Draftail) has an accessible name, in plain fields and in
StreamField blocks (theme/wagtail_hooks.py, until wagtail/wagtail#14205 is fixed in Wagtail itself)."""

import pytest
from playwright.sync_api import expect

from courses.pages import ModulePage
from lms.agenda.models import ThemePage
from lms.home.models import PlatformPage

from .test_goals_journey import log_in

RULE = "aria-input-field-name"


@pytest.fixture
def editor_site(demo_site):
    """The demo, with the editors' page permissions on its tree. A transactional test before this one flushed the
    database, and the flush's post_migrate found no page tree to grant them on; the demo builds the tree after."""
    from lms.people.permissions import grant_role_permissions

    grant_role_permissions()
    return demo_site


def rule_violations(page, axe):
    return [v for v in axe(page) if v["id"] == RULE]


@pytest.mark.parametrize("model", [ThemePage, ModulePage, PlatformPage])
def test_the_redacteur_edits_a_page_whose_rich_text_fields_all_have_a_name(page, editor_site, axe, model):
    base = editor_site.url
    target = model.objects.live().order_by("path").first()
    log_in(page, base, "redacteur")
    page.goto(f"{base}/admin/pages/{target.pk}/edit/")
    editors = page.locator(".Draftail-Editor [contenteditable=true]")
    expect(editors.first).to_be_attached()  # a StreamField block may start collapsed
    expect(page.locator(".Draftail-Editor [contenteditable=true]:not([aria-labelledby]):not([aria-label])")) \
        .to_have_count(0)
    assert rule_violations(page, axe) == []
    for index in range(editors.count()):
        name = editors.nth(index).evaluate(
            "el => el.getAttribute('aria-label') || (document.getElementById(el.getAttribute('aria-labelledby'))"
            " || {}).textContent || ''")
        assert name.strip(), index


def test_the_theme_fields_are_named_after_their_labels(page, editor_site):
    base = editor_site.url
    theme = ThemePage.objects.live().first()
    log_in(page, base, "redacteur")
    page.goto(f"{base}/admin/pages/{theme.pk}/edit/")
    expect(page.get_by_role("textbox", name="Waarom dit ertoe doet")).to_be_visible()


def test_a_text_block_in_a_module_is_named_after_its_block_type_not_its_content(page, editor_site):
    base = editor_site.url
    module = ModulePage.objects.live().order_by("path").first()
    log_in(page, base, "redacteur")
    page.goto(f"{base}/admin/pages/{module.pk}/edit/")
    expect(page.get_by_role("textbox", name="Tekst", exact=True).first).to_be_attached()
