"""teamcoach forms an intervisie group, runs a date poll, members answer, the slot is chosen, sessions appear and
the calendar invitation downloads."""

from playwright.sync_api import expect

from .conftest import menu_link, problems
from .test_goals_journey import log_in, log_out


def test_intervisie_from_group_to_calendar(page, demo_site, axe):
    base = demo_site.url
    log_in(page, base, "teamcoach")
    menu_link(page, "Intervisie").click()
    assert problems(axe(page)) == []
    page.get_by_role("link", name="Nieuwe intervisiegroep").click()
    page.get_by_label("Naam van de groep").fill("Intervisie Centrum-Noord")
    for name in ("Sanne de Jong", "Kees van Dijk", "Yara Bouzid", "Ahmed El Amrani", "Femke Jansen"):
        page.get_by_label(name).check()
    page.get_by_label("Om de hoeveel weken?").fill("6")
    assert problems(axe(page)) == []
    page.get_by_role("button", name="Groep aanmaken").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Intervisie Centrum-Noord")
    group_url = page.url
    assert problems(axe(page)) == []

    page.get_by_label("Eerste bijeenkomst op of na").fill("2027-01-11")
    page.get_by_label("Dag 1").select_option(label="dinsdag")
    page.get_by_label("Tijd 1").fill("14:00")
    page.get_by_label("Dag 2").select_option(label="donderdag")
    page.get_by_label("Tijd 2").fill("09:30")
    page.get_by_role("button", name="Datumprikker starten").click()
    poll_url = page.url
    page.locator("input[name^='slot-'][value='yes']").first.check()
    page.locator("input[name^='slot-'][value='no']").last.check()
    assert problems(axe(page)) == []
    page.get_by_role("button", name="Antwoorden bewaren").click()
    expect(page.get_by_text("Je antwoorden zijn bewaard.")).to_be_visible()
    log_out(page)

    log_in(page, base, "klantmanager")
    page.goto(poll_url)
    page.locator("input[name^='slot-'][value='yes']").first.check()
    page.locator("input[name^='slot-'][value='maybe']").last.check()
    page.get_by_role("button", name="Antwoorden bewaren").click()
    page.get_by_role("button", name="Beste moment kiezen en plannen").click()
    expect(page.get_by_text("6 bijeenkomsten gepland.")).to_be_visible()
    expect(page).to_have_url(group_url)
    expect(page.get_by_role("link", name="dinsdag 12 januari 2027, 14:00")).to_be_visible()
    page.get_by_role("link", name="dinsdag 12 januari 2027, 14:00").click()
    assert problems(axe(page)) == []
    with page.expect_download() as download:
        page.get_by_role("link", name="Uitnodiging voor je agenda (ICS)").click()
    with open(download.value.path(), "rb") as handle:
        body = handle.read()
    assert b"BEGIN:VCALENDAR" in body and b"DTSTART;TZID=Europe/Amsterdam:20270112T140000" in body
