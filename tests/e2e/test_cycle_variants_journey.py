"""The variants in a browser, on the demo organisation: analysis and client interview without watching back with a
neutral interviewer (b+c), watching back in the intervisie (a+d), and the three views side by side. axe checks every
page on the way."""

from playwright.sync_api import expect

from .conftest import menu_link, problems
from .test_cycle_journey import analyse
from .test_goals_journey import log_in, log_out

# Femke's analysis of C-23 in the demo (demo/cycles.py FOLLOW_UP), coded parts.
FEMKE = {"echtheid-klantmanager": "4", "echtheid-client": "4", "gezamenlijk-doel": "uitgesproken",
         "zelfbeeld": "opgegeven", "strategie": "sturen", "regie": "samen", "regie-passend": "ja",
         "metacommunicatie": "ja"}


def open_cycle(page, code):
    menu_link(page, "Video-reflecties").click()
    page.get_by_role("link", name=f"(cliënt {code})").first.click()
    return page.url


def test_b_and_c_the_neutral_interviewer_speaks_the_client_and_the_notes_stay_with_her(page, demo_site, axe):
    base = demo_site.url
    log_in(page, base, "klantmanager")
    cycle_url = open_cycle(page, "C-23")
    expect(page.get_by_text("Noor Smit")).to_be_visible()  # the interviewer, never Sanne herself
    assert page.goto(cycle_url.rstrip("/") + "/interview/").status == 403
    log_out(page)

    log_in(page, base, "analist2")  # Ruud finishes his analysis; it agrees with Femke's, so that is the consensus
    analyse(page, base, cycle_url, FEMKE, axe)
    page.get_by_role("link", name="Vergelijken").click()
    page.get_by_role("button", name="Consensus vastleggen").click()
    page.get_by_role("button", name="Delen met de deelnemer").click()
    expect(page.get_by_text("Een neutrale interviewer vraagt de cliënt")).to_be_visible()
    log_out(page)

    log_in(page, base, "interviewer")
    menu_link(page, "Cliëntinterviews").click()
    assert problems(axe(page)) == []
    page.get_by_role("link", name="(cliënt C-23)").click()
    expect(page.get_by_role("heading", name="Analyse van de analisten")).to_have_count(0)  # no blind work
    assert page.goto(cycle_url.rstrip("/") + "/vergelijking/").status == 403
    page.goto(cycle_url)
    page.get_by_role("link", name="Cliëntinterview vastleggen").click()
    assert problems(axe(page)) == []
    page.get_by_label("Hoe heeft u het gesprek ervaren?").fill("Het scherm viel twee keer weg; ik voelde me wat "
                                                              "alleen.")
    page.get_by_role("button", name="Interview vastleggen").click()
    expect(page.get_by_text("Schrijf de aandachtspunten voor de klantmanager op.")).to_be_visible()
    page.get_by_label("Aandachtspunten voor de klantmanager").fill("Zeg het als je de cliënt kwijt bent op het "
                                                                  "scherm, en vraag hoe het gaat.")
    page.get_by_label("Reflectievragen voor de klantmanager").fill("Wanneer merk je dat iemand afhaakt?")
    page.get_by_role("button", name="Interview vastleggen").click()
    expect(page.get_by_text("Het interview is vastgelegd.")).to_be_visible()
    assert problems(axe(page)) == []
    log_out(page)

    log_in(page, base, "klantmanager")
    page.goto(cycle_url)
    expect(page.get_by_text("Zeg het als je de cliënt kwijt bent")).to_be_visible()
    expect(page.get_by_text("ik voelde me wat alleen")).to_have_count(0)  # the client did not agree to share it
    assert problems(axe(page)) == []
    log_out(page)

    log_in(page, base, "analist1")  # the reflection without watching back: no fragments to choose
    page.goto(cycle_url)
    page.get_by_role("link", name="Reflectiegesprek vastleggen").click()
    expect(page.get_by_text("Teruggekeken fragmenten")).to_have_count(0)
    page.get_by_label("Wat zou je een volgende keer anders doen?").fill("Eerder benoemen dat het beeld hapert.")
    page.get_by_role("button", name="Reflectiegesprek vastleggen").click()
    expect(page.get_by_text("Het reflectiegesprek is vastgelegd.")).to_be_visible()


def test_a_and_d_the_intervisie_verslag_feeds_the_reflection(page, demo_site, axe):
    base = demo_site.url
    log_in(page, base, "klantmanager")  # a member of Kees's group: sees the fragment the client released
    menu_link(page, "Intervisie").click()
    page.get_by_role("link", name="Intervisiegroep De Brug", exact=True).click()
    # Yesterday's session: Kees brought his conversation in, Ahmed led it.
    page.locator("li", has_text="inbrenger: Kees van Dijk, gespreksleider: Ahmed El Amrani").get_by_role(
        "link").first.click()
    expect(page.get_by_text("Drie vragen achter elkaar")).to_be_visible()
    assert problems(axe(page)) == []
    log_out(page)

    log_in(page, base, "buddy")
    open_cycle(page, "K-08")
    expect(page.get_by_role("heading", name="Verslag van de bijeenkomst")).to_be_visible()
    assert problems(axe(page)) == []
    page.get_by_role("button", name="De intervisie is geweest: verder naar je reflectie").click()
    expect(page.get_by_text("Op naar je reflectie.")).to_be_visible()
    page.get_by_role("link", name="Je reflectie vastleggen").click()
    expect(page.get_by_text("Eerst benoemen wat je ziet")).to_be_visible()  # the group's advice, beside the form
    assert problems(axe(page)) == []
    page.get_by_label("Wat was je bedoeling?").fill("Rust brengen door de regels uit te leggen.")
    page.get_by_label("Drie vragen achter elkaar", exact=False).check()
    page.get_by_role("button", name="Reflectiegesprek vastleggen").click()
    expect(page.get_by_text("Het reflectiegesprek is vastgelegd.")).to_be_visible()
    page.get_by_label("Wat neem je mee?").fill("Eerst benoemen wat ik zie")
    page.get_by_role("button", name="Aandachtspunt toevoegen").click()
    expect(page.get_by_text("Het aandachtspunt is toegevoegd.")).to_be_visible()


def test_the_three_views_side_by_side(page, demo_site, axe):
    base = demo_site.url
    log_in(page, base, "klantmanager")
    menu_link(page, "Video-reflecties").click()
    page.get_by_role("link", name="Video-reflectie 2 (cliënt C-17)").click()
    table = page.get_by_role("table", name="Per onderdeel van het analysekader")
    expect(table).to_be_visible()
    expect(table.get_by_role("columnheader")).to_have_text(
        ["Onderdeel", "Eigen blik (zelfbeeld)", "Analisten (consensus)", "Cliënt", "Verschil?"])
    expect(table.get_by_text("Verschilt").first).to_be_visible()
    expect(page.get_by_role("heading", name="Terugblik op Video-reflectie 1 (cliënt C-17)")).to_be_visible()
    assert problems(axe(page)) == []
