"""Across five people: a new klantmanager (at the start of her path, so the analysts lead) starts a full
video-reflection, records consent, the recording, a fragment and her zelfbeeld; the teamcoach assigns two analysts,
who analyse blind; the comparison shows their agreement; an analyst speaks the client and passes on
aandachtspunten; the reflection on the watched fragment yields an aandachtspunt that becomes a goal. axe checks
every page on the way."""

from playwright.sync_api import expect

from .conftest import menu_link, problems
from .test_goals_journey import log_in, log_out

ANSWERS = {"echtheid-klantmanager": "3", "echtheid-client": "2", "gezamenlijk-doel": "verondersteld",
           "zelfbeeld": "opgegeven", "strategie": "kansen", "regie": "klantmanager", "regie-passend": "deels",
           "metacommunicatie": "soms"}


def analyse(page, base, cycle_url, answers, axe):
    page.goto(cycle_url)
    page.get_by_role("link", name="Analyseren").click()
    assert problems(axe(page)) == []
    for code, value in answers.items():
        page.check(f"input[name='{code}'][value='{value}']")
    page.fill("textarea[name='emoties']", "De cliënt klinkt moe.")
    page.get_by_role("button", name="Analyse indienen").click()
    expect(page.get_by_text("Je analyse is ingediend.", exact=True)).to_be_visible()


def test_a_video_reflection_from_consent_to_goal(page, demo_site, axe):
    base = demo_site.url
    log_in(page, base, "nieuw")
    menu_link(page, "Video-reflecties").click()
    assert problems(axe(page)) == []
    page.get_by_role("link", name="Nieuwe video-reflectie").click()
    page.get_by_label("Gesprek in de spreekkamer").check()
    page.get_by_label("Cliëntcode").fill("Jan de Vries")
    page.get_by_label("Je leervraag").fill("Geef ik de cliënt ruimte om zelf te kiezen?")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("Dit lijkt op een naam")).to_be_visible()  # refused: not a pseudonym
    assert problems(axe(page)) == []
    page.get_by_label("Cliëntcode").fill("C-88")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("heading", name="Wat nu?")).to_be_visible()
    cycle_url = page.url
    assert problems(axe(page)) == []

    page.get_by_role("link", name="Toestemming vastleggen").click()
    page.get_by_label("Datum waarop de cliënt tekende").fill("2026-11-20")
    page.get_by_label("De cliënt mag benaderd worden voor een kort interview").check()
    assert problems(axe(page)) == []
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("De toestemming is vastgelegd.")).to_be_visible()
    page.get_by_role("link", name="Opname vastleggen").click()
    page.get_by_label("Link naar de opname").fill("https://gemeente.sharepoint.com/sites/vr/C-88.mp4")
    page.get_by_label("Duur van de opname").fill("48:10")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("De opname is vastgelegd.")).to_be_visible()
    page.get_by_role("link", name="Fragment markeren").click()
    page.get_by_label("Begin").fill("3:10")
    page.get_by_label("Einde").fill("4:00")
    page.get_by_label("Naam van het fragment").fill("De eerste vraag")
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_role("link", name="Zelfbeeld invullen").click()
    assert problems(axe(page)) == []
    for code, value in {**ANSWERS, "echtheid-klantmanager": "4"}.items():
        page.check(f"input[name='{code}'][value='{value}']")
    page.get_by_role("button", name="Zelfbeeld vastleggen").click()
    expect(page.get_by_text("Je zelfbeeld is vastgelegd.")).to_be_visible()
    log_out(page)

    log_in(page, base, "teamcoach")
    page.goto(base + "/cycli/toewijzen/")
    assert problems(axe(page)) == []
    page.get_by_role("link", name="toewijzen").last.click()
    page.get_by_label("Femke Jansen").check()
    page.get_by_label("Ruud Hoekstra").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("De toewijzing is bewaard")).to_be_visible()
    log_out(page)

    log_in(page, base, "analist1")
    analyse(page, base, cycle_url, ANSWERS, axe)
    response = page.goto(cycle_url.rstrip("/") + "/vergelijking/")
    assert response.status == 403  # blind until the other analyst submits
    log_out(page)

    log_in(page, base, "analist2")
    analyse(page, base, cycle_url, {**ANSWERS, "gezamenlijk-doel": "ingevuld"}, axe)
    page.get_by_role("link", name="Vergelijken").click()
    expect(page.get_by_text("Eens op 7 van de 8 onderdelen.")).to_be_visible()
    assert problems(axe(page)) == []
    page.check("input[name='gezamenlijk-doel'][value='ingevuld']")
    page.get_by_role("button", name="Consensus vastleggen").click()
    page.get_by_role("button", name="Delen met de deelnemer").click()
    page.get_by_role("link", name="Cliëntinterview vastleggen").click()
    page.get_by_label("Hoe heeft u het gesprek ervaren?").fill("Prettig, maar het ging snel.")
    page.get_by_label("Aandachtspunten voor de klantmanager").fill("Laat na een vraag even stilte vallen.")
    assert problems(axe(page)) == []
    page.get_by_role("button", name="Interview vastleggen").click()
    page.get_by_role("link", name="Reflectiegesprek vastleggen").click()
    assert problems(axe(page)) == []
    page.get_by_label("Wat zou je een volgende keer anders doen?").fill("Eén vraag tegelijk stellen.")
    page.get_by_role("button", name="Reflectiegesprek vastleggen").click()
    expect(page.get_by_text("Kies minstens één fragment")).to_be_visible()  # (a): fragments watched back
    page.get_by_label("De eerste vraag", exact=False).check()
    page.get_by_role("button", name="Reflectiegesprek vastleggen").click()
    expect(page.get_by_text("Het reflectiegesprek is vastgelegd.")).to_be_visible()
    log_out(page)

    log_in(page, base, "nieuw")
    page.goto(cycle_url)
    expect(page.get_by_role("heading", name="Analyse van de analisten")).to_be_visible()
    expect(page.get_by_role("heading", name="Drie blikken op het gesprek")).to_be_visible()
    expect(page.get_by_text("Laat na een vraag even stilte vallen.")).to_be_visible()
    expect(page.get_by_text("Prettig, maar het ging snel.")).to_have_count(0)  # the notes stay with the analysts
    page.get_by_label("Wat neem je mee?").fill("Eén vraag tegelijk stellen")
    page.get_by_role("button", name="Aandachtspunt toevoegen").click()
    assert problems(axe(page)) == []
    page.get_by_role("link", name="maak er een doel van").click()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Eén vraag tegelijk stellen")
    expect(page.get_by_text("Aandachtspunt uit video-reflectie")).to_be_visible()
