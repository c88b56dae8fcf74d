"""klantmanager sets a leerdoel with an actiedoel, evaluates it with 'bijstellen', shares it with the teamcoach,
who reads it; mt is refused the same page. axe checks every page on the way."""

import re

from playwright.sync_api import expect

from .conftest import menu_link, problems


def log_in(page, base, username):
    page.goto(base + "/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill("vknz-demo")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welkom")


def log_out(page):
    page.get_by_role("button", name="Uitloggen").click()


def test_goal_journey_from_leerdoel_to_shared_and_refused(page, demo_site, axe):
    base = demo_site.url
    log_in(page, base, "klantmanager")
    menu_link(page, "Mijn ontwikkelplan").click()
    assert problems(axe(page)) == []

    page.get_by_role("link", name="Nieuw leerdoel").click()
    assert problems(axe(page)) == []
    page.get_by_label("Titel").fill("Stiltes laten vallen in het gesprek")
    page.get_by_label("Waarom is dit belangrijk voor je?").fill("Cliënten krijgen dan ruimte om zelf te denken.")
    page.get_by_label("Evalueren elke … weken").fill("4")
    page.get_by_role("button", name="Doel opslaan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Stiltes laten vallen in het gesprek")
    goal_url = page.url
    assert problems(axe(page)) == []

    page.get_by_role("link", name="Actiedoel toevoegen").click()
    page.get_by_label("Titel").fill("Na een vraag tot vijf tellen")
    page.get_by_role("button", name="Doel opslaan").click()
    expect(page.get_by_role("link", name="Stiltes laten vallen in het gesprek")).to_be_visible()

    page.goto(goal_url)
    page.get_by_role("link", name="Evalueren").click()
    assert problems(axe(page)) == []
    page.get_by_label("3 – Halverwege").check()
    page.get_by_label("Wat heb je in de praktijk geprobeerd?").fill("In drie gesprekken bewust gewacht.")
    page.get_by_label("Bijstellen (herijken)").check()
    page.locator("#id_nieuw-title").fill("Stiltes laten vallen na een moeilijke vraag")
    page.get_by_role("button", name="Evaluatie opslaan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Stiltes laten vallen na een moeilijke vraag")
    expect(page.get_by_text("Herijkt: versie 2")).to_be_visible()
    expect(page.get_by_text("“Stiltes laten vallen in het gesprek”")).to_be_visible()

    page.get_by_role("link", name="Delen", exact=True).click()
    assert problems(axe(page)) == []
    page.get_by_label("Delen met").select_option(label="Ahmed El Amrani")
    page.get_by_role("button", name="Delen").click()
    expect(page.get_by_text("Je doel is gedeeld met Ahmed El Amrani.")).to_be_visible()
    assert problems(axe(page)) == []
    log_out(page)

    log_in(page, base, "teamcoach")
    page.goto(goal_url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Stiltes laten vallen na een moeilijke vraag")
    expect(page.get_by_text("Sanne de Jong deelt dit doel met jou.")).to_be_visible()
    expect(page.get_by_role("link", name="Evalueren")).to_have_count(0)
    assert problems(axe(page)) == []
    page.get_by_label("Je reactie").fill("Mooi toegespitst. Wat merk je bij de cliënt?")
    page.get_by_role("button", name="Plaatsen").click()
    expect(page.get_by_text("Je reactie is geplaatst.")).to_be_visible()
    log_out(page)

    log_in(page, base, "mt")
    response = page.goto(goal_url)
    assert response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("Geen toegang")
    expect(page.locator(".vknz-reason")).to_contain_text(re.compile("MT zien nooit persoonlijk leermateriaal"))
    assert problems(axe(page)) == []
