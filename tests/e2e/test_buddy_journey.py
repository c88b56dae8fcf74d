"""teamcoach makes buddy proposals, nieuw and buddy accept, they plan a check-in, buddy sees a goal nieuw shared."""

from playwright.sync_api import expect

from .conftest import menu_link, problems
from .test_goals_journey import log_in, log_out


def test_buddy_pairing_from_proposal_to_shared_goal(page, demo_site, axe):
    base = demo_site.url
    log_in(page, base, "teamcoach")
    menu_link(page, "Buddykoppels").click()
    assert problems(axe(page)) == []
    page.get_by_role("button", name="Maak voorstellen").click()
    expect(page.get_by_text("Yara Bouzid ↔ Kees van Dijk")).to_be_visible()
    expect(page.get_by_text("ander team, zoals de buddy wil")).to_be_visible()
    assert problems(axe(page)) == []
    page.get_by_role("button", name="Voorstellen versturen").click()
    expect(page.get_by_text("1 voorstel verstuurd.")).to_be_visible()
    log_out(page)

    log_in(page, base, "nieuw")
    menu_link(page, "Buddy").click()
    page.get_by_role("link", name="Met Kees van Dijk als buddy").click()
    assert problems(axe(page)) == []
    page.get_by_role("button", name="Ja, graag").click()
    expect(page.get_by_text("Nu wachten op Kees van Dijk")).to_be_visible()
    pair_url = page.url
    page.goto(base + "/ontwikkelplan/nieuw/?soort=learning")
    page.get_by_label("Titel").fill("Rustig blijven als een cliënt boos wordt")
    page.get_by_role("button", name="Doel opslaan").click()
    page.get_by_role("link", name="Delen", exact=True).click()
    page.get_by_label("Delen met").select_option(label="Kees van Dijk")
    page.get_by_role("button", name="Delen").click()
    expect(page.get_by_text("Je doel is gedeeld met Kees van Dijk.")).to_be_visible()
    log_out(page)

    log_in(page, base, "buddy")
    page.goto(pair_url)
    page.get_by_role("button", name="Ja, graag").click()
    expect(page.get_by_text("Actief")).to_be_visible()
    page.get_by_label("Datum").fill("2026-12-03")
    page.get_by_label("Onderwerpen").fill("Kennismaken en de eerste week")
    page.get_by_role("button", name="Check-in plannen").click()
    expect(page.get_by_text("De check-in is gepland.")).to_be_visible()
    expect(page.get_by_role("link", name="Rustig blijven als een cliënt boos wordt")).to_be_visible()
    assert problems(axe(page)) == []
