"""The leeragenda in a real browser: the redacteur drafts a theme, the MT approves it, a klantmanager links a goal
to it, and the MT sees the figure, thresholded. axe-core checks the agenda and dashboard pages."""

import re

from playwright.sync_api import expect
from wagtail.models import WorkflowState

from lms.agenda.models import AgendaPage, ThemePage
from lms.goals.models import Goal

from .conftest import menu_link, problems
from .test_goals_journey import log_in, log_out

THEME = "Grenzen stellen met respect"


def test_agenda_journey_from_draft_to_thresholded_figure(page, demo_site, axe):
    base = demo_site.url
    agenda = AgendaPage.objects.get(slug="agenda")

    # The redacteur drafts a theme in the Wagtail admin and sends it to the MT.
    log_in(page, base, "redacteur")
    page.goto(f"{base}/admin/pages/add/lms_agenda/themepage/{agenda.pk}/")
    page.locator("#id_title").fill(THEME)
    page.locator("#id_summary").fill("Duidelijk zijn over wat wel en niet kan, zonder het contact "
                                                 "te verliezen.")
    why = page.locator("#panel-child-inhoud-why-section [contenteditable=true]")
    why.click()
    why.press_sequentially("Een cliënt weet graag waar hij aan toe is.")
    expect(why).to_contain_text("waar hij aan toe is")
    page.get_by_role("checkbox", name="Zelfstandig verder").check()
    page.locator("#id_suggestions").fill("Ik leg uit waarom iets niet kan en wat wel.")
    # Draftail copies its text into the form 250 ms after the last key; a person pauses longer than that before
    # sending, a test under load may not, so it waits for the copy.
    expect(page.locator("input[name=why]")).to_have_value(re.compile("waar hij aan toe is"))
    page.get_by_role("button", name="Meer acties").click()
    page.get_by_role("button", name="Stuur door naar Leeragenda vaststellen").click()
    expect(page.get_by_text(re.compile("ingediend voor controle")).first).to_be_visible()
    theme = ThemePage.objects.get(title=THEME)
    assert not theme.live
    assert WorkflowState.objects.filter(object_id=str(theme.pk), status="in_progress").exists()
    page.goto(base + "/")
    log_out(page)

    # Not public yet: a klantmanager does not see it.
    log_in(page, base, "klantmanager")
    menu_link(page, "Leeragenda").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Leeragenda")
    expect(page.get_by_text(THEME)).to_have_count(0)
    log_out(page)

    # The MT finds it waiting and approves it in the admin.
    log_in(page, base, "mt")
    expect(page.get_by_text("2 pagina's van de leeragenda wachten op goedkeuring door het MT.")).to_be_visible()
    page.get_by_role("link", name="Naar de beheeromgeving").first.click()
    row = page.locator("tr", has_text=THEME)
    row.get_by_role("button", name="Acties").click()
    row.get_by_role("button", name="Goedkeuren", exact=True).click()
    expect(page.locator("tr", has_text=THEME)).to_have_count(0)  # no longer waiting for the MT
    theme.refresh_from_db()
    assert theme.live
    page.goto(base + "/")
    log_out(page)

    # The klantmanager reads the agenda and writes an own goal on the new theme.
    log_in(page, base, "klantmanager")
    menu_link(page, "Leeragenda").click()
    expect(page.get_by_role("heading", name=THEME)).to_be_visible()
    assert problems(axe(page)) == []
    page.get_by_role("link", name=re.compile(f"Schrijf een eigen doel bij dit thema.*{THEME}")).click()
    expect(page.get_by_label(THEME)).to_be_checked()
    page.get_by_label("Titel").fill("Uitleggen wat niet kan, en meteen zeggen wat wel kan")
    page.get_by_role("button", name="Doel opslaan").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Uitleggen wat niet kan")
    goal = Goal.objects.get(current_version__title__startswith="Uitleggen wat niet kan")
    assert list(goal.themes.values_list("title", flat=True)) == [THEME]
    log_out(page)

    # The MT sees the figure for the theme: one person, so "minder dan 5" and no number; never a name.
    log_in(page, base, "mt")
    menu_link(page, "Cijfers leeragenda").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Cijfers bij de leeragenda")
    row = page.locator("tr", has=page.get_by_role("rowheader", name=THEME, exact=True)).first
    expect(row.locator("td").first).to_have_text("minder dan 5 of afgeschermd")
    expect(page.get_by_text("Sanne")).to_have_count(0)
    assert problems(axe(page)) == []
    page.get_by_label("Team").select_option(label="Team Zuid")
    page.get_by_role("button", name="Toon cijfers").click()
    expect(page.get_by_role("heading", level=2, name=re.compile("Team Zuid"))).to_be_visible()
    assert problems(axe(page)) == []
    page.get_by_role("link", name="Wat de organisatie leert: anonieme bijdragen per thema").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Wat de organisatie leert")
    assert problems(axe(page)) == []
