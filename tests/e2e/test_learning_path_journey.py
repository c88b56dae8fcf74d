"""Kees, past his fourth finished video-reflection, finds his path from the overview: the platform suggests going
on independently and the start form has that ready. axe checks every page on the way."""

from playwright.sync_api import expect

from .conftest import problems
from .test_goals_journey import log_in


def test_an_experienced_participant_is_pointed_to_independent_learning(page, demo_site, axe):
    base = demo_site.url
    log_in(page, base, "buddy")
    page.get_by_role("link", name="Mijn leerpad: waar sta je?").click()
    expect(page.get_by_role("heading", level=1, name="Mijn leerpad")).to_be_visible()
    expect(page.get_by_text("Tijd om zelfstandig verder te gaan")).to_be_visible()
    expect(page.locator('[aria-current="step"]')).to_have_text("Zelfstandig verder")
    expect(page.get_by_role("table", name="Je afgeronde video-reflecties en met wie je leerde")
           .get_by_role("row")).to_have_count(5)  # a header and four finished cycles
    assert problems(axe(page)) == []
    page.get_by_role("link", name="Start: terugkijken in de intervisie").click()
    expect(page.get_by_role("heading", level=1, name="Video-reflectie aanmelden")).to_be_visible()
    expect(page.get_by_label("Terugkijken in de intervisie", exact=False)).to_be_checked()
    assert problems(axe(page)) == []
    page.goto(base + "/cycli/nieuw/")
    expect(page.get_by_label("Zelfstandig terugkijken met de Kijkwijzer", exact=False)).to_be_checked()
    expect(page.get_by_text("alvast gekozen")).to_be_visible()
    assert problems(axe(page)) == []
