"""nieuw opens the leergang, works through the voorlichting module (a private answer, the checklist), sees the
progress rise and downloads the Kijkwijzer worksheet. axe checks index, course and module pages."""

import re

from playwright.sync_api import expect

from .conftest import menu_link, problems
from .test_goals_journey import log_in


def test_nieuw_works_through_the_voorlichting_module(page, demo_site, axe):
    log_in(page, demo_site.url, "nieuw")
    menu_link(page, "Leergang").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Leergang")
    assert problems(axe(page)) == []
    page.get_by_role("link", name="Leergang Van Kijken naar Zien").click()
    expect(page.get_by_text("0 van 7 modules af")).to_be_visible()
    assert problems(axe(page)) == []

    page.get_by_role("link", name="Begin met de eerste module").click()
    assert problems(axe(page)) == []
    module_url = page.url
    page.get_by_role("button", name="Module afronden").click()
    expect(page.get_by_text("De module is nog niet af. Nog te doen:")).to_be_visible()

    # One form: what is typed and ticked before "Module afronden" is kept, also when the module is not done yet.
    question = page.locator(".vknz-reflection textarea").first
    question.fill("Dat een collega ziet hoe ik praat, maar het helpt dat het om leren gaat.")
    page.locator(".vknz-checklist input[type=checkbox]").first.check()
    page.get_by_role("button", name="Module afronden").click()
    expect(page.get_by_text("Je antwoorden en vinkjes zijn bewaard. De module is nog niet af.")).to_be_visible()
    expect(page.locator(".vknz-reflection textarea").first).to_have_value(
        "Dat een collega ziet hoe ik praat, maar het helpt dat het om leren gaat.")
    expect(page.locator(".vknz-checklist input[type=checkbox]").first).to_be_checked()
    page.locator(".vknz-reflection").first.get_by_role("button", name="Antwoord bewaren").click()
    expect(page.get_by_text("Je antwoorden en vinkjes zijn bewaard.")).to_be_visible()
    for box in page.locator(".vknz-checklist input[type=checkbox]").all():
        box.check()
    remaining = page.locator(".vknz-reflection textarea")
    for i in range(remaining.count()):
        if not remaining.nth(i).input_value():
            remaining.nth(i).fill("Nog een antwoord.")
    page.get_by_role("button", name="Module afronden").click()
    expect(page.get_by_text("Module afgerond. Goed gedaan!")).to_be_visible()
    expect(page.get_by_text("1 van 7 modules af")).to_be_visible()
    assert page.url.startswith(module_url)
    assert problems(axe(page)) == []

    page.goto(demo_site.url + "/")
    expect(page.get_by_role("link", name="Verder waar je was")).to_be_visible()
    page.get_by_role("link", name="Verder waar je was").click()
    expect(page).not_to_have_url(module_url)

    page.get_by_role("link", name=re.compile("Leergang Van Kijken naar Zien")).first.click()
    page.get_by_role("link", name="Kijkwijzer-werkblad (PDF)").click()  # a worker makes it; its page offers it
    expect(page.get_by_role("heading", level=1)).to_have_text("Je document is klaar", timeout=15_000)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download").click()
    assert download.value.suggested_filename == "kijkwijzer-werkblad.pdf"
    with open(download.value.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"
