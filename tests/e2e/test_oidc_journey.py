"""A klantmanager logs in with the municipality's account (issue #20): "Inloggen met je gemeente-account", the
provider's own form, back on the dashboard; and logs out of both. The provider is the real one of tests/support
(node's oidc-provider); the pages of the platform are checked with axe, the provider's are not ours."""

from playwright.sync_api import expect

from lms.people.models import GroupMapping, Team
from lms.people.roles import Role

from .conftest import problems


def test_a_klantmanager_logs_in_with_the_municipalitys_account_and_out_of_both(page, browser, demo_site, oidc, axe):
    GroupMapping.objects.create(group="KM-Centrum", team=Team.objects.get(name="Team Centrum"), role=Role.PARTICIPANT)
    oidc.account("fatima", "5f1c-fatima", given_name="Fatima", family_name="El Idrissi", name="Fatima El Idrissi",
                 email="f.elidrissi@gemeente.example", groups=["KM-Centrum"])

    page.goto(demo_site.url + "/inloggen/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen")
    assert problems(axe(page)) == []
    page.get_by_role("link", name="Inloggen met je gemeente-account").click()

    expect(page).to_have_title("Inloggen bij de gemeente")  # the provider's own page
    page.get_by_label("Gebruikersnaam").fill("fatima")
    page.get_by_label("Wachtwoord").fill("gemeente-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Welkom, Fatima")
    expect(page).to_have_url(demo_site.url + "/overzicht/")
    assert problems(axe(page)) == []

    page.goto(demo_site.url + "/profiel/")
    expect(page.get_by_text("met je gemeente-account")).to_be_visible()
    expect(page.get_by_text("Team Centrum")).to_be_visible()
    assert problems(axe(page)) == []

    # Logging out, in a browser that enforces the content security policy (axe's contexts bypass it): the logout
    # form's redirect to the provider must be allowed by form-action.
    strict = browser.new_context(locale="nl-NL", viewport=page.viewport_size)
    strict.add_cookies(page.context.cookies())
    tab = strict.new_page()
    tab.goto(demo_site.url + "/overzicht/")
    expect(tab.get_by_role("heading", level=1)).to_have_text("Welkom, Fatima")
    tab.get_by_role("button", name="Uitloggen").click()
    expect(tab).to_have_title("Uitloggen bij de inlogdienst")  # the provider asks to end its session too
    tab.get_by_role("button", name="Uitloggen").click()
    expect(tab.get_by_role("heading", level=1)).to_have_text("Inloggen")
    expect(tab.get_by_text("Je bent uitgelogd.")).to_be_visible()
    strict.close()


def test_a_refusal_is_an_accessible_dutch_page(page, demo_site, oidc, axe):
    oidc.account("kees", "9a0e-kees", name="Kees Bakker")
    oidc.tamper("signature")
    page.goto(demo_site.url + "/inloggen/")
    page.get_by_role("link", name="Inloggen met je gemeente-account").click()
    page.get_by_label("Gebruikersnaam").fill("kees")
    page.get_by_label("Wachtwoord").fill("gemeente-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen niet gelukt")
    expect(page.get_by_role("link", name="Naar de inlogpagina")).to_be_visible()
    assert problems(axe(page)) == []
