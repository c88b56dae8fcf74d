"""A new klantmanager logs in, finds their dashboard, and logs out: by keyboard-friendly, accessible pages."""

from playwright.sync_api import expect

from .conftest import problems


def test_nieuw_logs_in_sees_the_dashboard_and_logs_out(page, demo_site, axe):
    page.goto(demo_site.url + "/inloggen/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen")
    assert problems(axe(page)) == []

    page.get_by_label("Gebruikersnaam").fill("nieuw")
    page.get_by_label("Wachtwoord").fill("vknz-demo")
    page.get_by_role("button", name="Inloggen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom, Yara")
    expect(page.get_by_role("heading", name="Waar je staat")).to_be_visible()
    expect(page.get_by_role("navigation", name="Hoofdmenu").get_by_role(
        "link", name="Overzicht", include_hidden=True)).to_have_attribute(
        "aria-current", "page"
    )
    assert problems(axe(page)) == []

    # The first Tab lands on the skip link; following it moves focus to the main content.
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Direct naar de inhoud")
    expect(page.locator(":focus")).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator(":focus")).to_have_id("inhoud")

    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen")
    expect(page.get_by_text("Je bent uitgelogd.")).to_be_visible()
    page.goto(demo_site.url + "/meldingen/")
    expect(page).to_have_url(demo_site.url + "/inloggen/?next=/meldingen/")


def test_a_wrong_password_shows_an_accessible_dutch_error(page, demo_site, axe):
    page.goto(demo_site.url + "/inloggen/")
    page.get_by_label("Gebruikersnaam").fill("nieuw")
    page.get_by_label("Wachtwoord").fill("niet-goed")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("alert")).to_contain_text("Voer een juiste gebruikersnaam en wachtwoord in")
    assert problems(axe(page)) == []


def test_the_notices_and_shares_pages_are_accessible(page, demo_site, axe):
    page.goto(demo_site.url + "/inloggen/")
    page.get_by_label("Gebruikersnaam").fill("klantmanager")
    page.get_by_label("Wachtwoord").fill("vknz-demo")
    page.get_by_role("button", name="Inloggen").click()
    for path, heading in [("/meldingen/", "Meldingen"), ("/gedeeld/", "Gedeeld"), ("/profiel/", "Mijn profiel")]:
        page.goto(demo_site.url + path)
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        assert problems(axe(page)) == [], path
