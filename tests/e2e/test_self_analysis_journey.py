"""The Kijkwijzer in a browser: Yara analyses a recording of her own conversation on her own, marks two fragments
while watching, saves a draft, comes back later, finishes it and reads it back, read-only. axe checks every page."""

import re

from playwright.sync_api import expect

from .conftest import menu_link, problems
from .test_goals_journey import log_in

RECORDING = "https://gemeente.sharepoint.com/sites/video-reflectie/intake.mp4"
CHOICES = {
    "Echtheid van de klantmanager": "4 – overwegend open en eerlijk",
    "Echtheid van de cliënt": "3 – afwisselend: soms gemeend, soms gepast",
    "Gezamenlijk doel": "Verondersteld",
    "Zelfbeeld van de cliënt": "Ik wil wel, maar ik kan het niet",
    "Strategie van de klantmanager": "Leren",
    "Regie in het gesprek": "Vooral de klantmanager",
    "Passende verdeling van de regie": "Deels",
    "Metacommunicatie en gespreksagenda": "Soms",
}


def choose(page, part, option):
    group = page.get_by_role("group", name=part, exact=True)
    group.get_by_role("radio", name=re.compile("^" + option)).check()  # the options hold no regex characters


def mark(page, start, end, name, observation, part):
    page.get_by_label(re.compile(r"^Begin \(verplicht\)")).fill(start)
    page.get_by_label(re.compile(r"^Einde \(verplicht\)")).fill(end)
    page.get_by_label("Naam van het fragment").fill(name)
    page.get_by_label("Wat zie je?").fill(observation)
    page.get_by_role("group", name="Hoort bij").get_by_label(part, exact=True).check()
    page.get_by_role("button", name="Fragment toevoegen").click()


def test_a_self_analysis_with_two_fragments_saved_as_a_draft_and_finished_later(page, demo_site, axe):
    base = demo_site.url
    log_in(page, base, "nieuw")
    menu_link(page, "Video-reflecties").click()
    page.get_by_role("link", name="Mijn zelfanalyses").click()
    expect(page.get_by_text("Je hebt nog geen zelfanalyse")).to_be_visible()
    assert problems(axe(page)) == []
    page.get_by_role("link", name="Nieuwe zelfanalyse").click()
    page.get_by_label("Cliëntcode of korte naam (optioneel)").fill("Intake dinsdag")
    page.get_by_label("Link naar de opname (optioneel)").fill(RECORDING)
    page.get_by_label("Duur van de opname (optioneel)").fill("48:00")
    assert problems(axe(page)) == []
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("heading", level=1, name="Zelfanalyse Intake dinsdag")).to_be_visible()
    expect(page.get_by_text("Zei je wat je echt dacht, of vooral wat gepast voelde?")).to_be_visible()
    page.get_by_text("Tip bij Echtheid van de cliënt").click()  # the tip unfolds
    expect(page.get_by_text("Een snelle 'ja' is vaak nog geen ja.")).to_be_visible()
    assert problems(axe(page)) == []

    # Two fragments while watching; a first try ends past the recording and is refused, nothing typed is lost.
    page.get_by_role("textbox", name="Emoties").fill("De cliënt zucht als het over werk gaat; ik ga door.")
    mark(page, "47:30", "48:30", "Afsluiting", "We spreken niets concreets af.", "Resultaten")
    expect(page.get_by_text("Het fragment loopt tot na het einde van de opname (48:00).")).to_be_visible()
    expect(page.get_by_role("textbox", name="Emoties")).to_have_value(
        "De cliënt zucht als het over werk gaat; ik ga door.")
    assert problems(axe(page)) == []
    page.get_by_label(re.compile(r"^Einde \(verplicht\)")).fill("47:55")
    page.get_by_role("button", name="Fragment toevoegen").click()
    expect(page.get_by_text("Het fragment is toegevoegd. Je antwoorden zijn bewaard.")).to_be_visible()
    mark(page, "12:30", "13:05", "Drie vragen achter elkaar", "Ik vul het antwoord zelf in.",
         "Regie in het gesprek")
    expect(page.get_by_text("12:30–13:05")).to_be_visible()
    expect(page.get_by_text("47:30–47:55")).to_be_visible()
    choose(page, "Regie in het gesprek", "Vooral de klantmanager")
    page.get_by_role("button", name="Opslaan als concept").first.click()
    expect(page.get_by_text("Je zelfanalyse is bewaard als concept.")).to_be_visible()
    assert problems(axe(page)) == []

    # Later: back through the list, where the draft waits.
    page.goto(base + "/")
    menu_link(page, "Video-reflecties").click()
    page.get_by_role("link", name="Mijn zelfanalyses").click()
    row = page.get_by_role("row", name=re.compile("Zelfanalyse Intake dinsdag"))
    expect(row).to_contain_text("Concept")
    expect(row).to_contain_text("2")
    assert problems(axe(page)) == []
    row.get_by_role("link").click()
    regie = page.get_by_role("group", name="Regie in het gesprek", exact=True)
    expect(regie.get_by_role("radio", name="Vooral de klantmanager")).to_be_checked()
    expect(page.get_by_role("textbox", name="Emoties")).to_have_value(
        "De cliënt zucht als het over werk gaat; ik ga door.")
    page.get_by_role("button", name="Afronden").click()  # not every part answered yet
    expect(page.get_by_text(re.compile("Je kunt nog niet afronden.*Nog open: Echtheid van de klantmanager"))) \
        .to_be_visible()
    assert problems(axe(page)) == []
    for part, option in CHOICES.items():
        choose(page, part, option)
    page.get_by_role("textbox", name="Resultaten").fill("Een afspraak, maar ik weet niet of de cliënt erachter "
                                                        "staat.")
    page.get_by_role("button", name="Afronden").click()

    # Finished: read-only, each answer under its question, the fragments with their times.
    expect(page.get_by_text("Je zelfanalyse is afgerond.")).to_be_visible()
    expect(page.get_by_role("heading", level=1, name="Zelfanalyse Intake dinsdag")).to_be_visible()
    expect(page.get_by_text("Afgerond", exact=True)).to_be_visible()
    expect(page.get_by_text("Wie bepaalde in jouw gesprek vooral waar het over ging")).to_be_visible()
    expect(page.get_by_text("Ik wil wel, maar ik kan het niet")).to_be_visible()
    expect(page.get_by_text("Drie vragen achter elkaar")).to_be_visible()
    expect(page.get_by_role("button")).to_have_count(1)  # only "Uitloggen": nothing left to change
    expect(page.get_by_role("textbox")).to_have_count(0)
    assert problems(axe(page)) == []
    page.goto(page.url.replace("/bekijken/", "/"))  # the form's address now shows the read-only page
    expect(page).to_have_url(re.compile(r"/bekijken/$"))
