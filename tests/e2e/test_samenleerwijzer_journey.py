"""klantmanager reads the Samenleerwijzer, records a conversation with a client about their collaboration (a date in
the future is refused first), takes an aandachtspunt away, turns it into a goal in one step and finds that goal in
the ontwikkelplan. axe checks every page on the way, on a phone and on a laptop."""

import datetime
import re

from django.utils import timezone
from playwright.sync_api import expect

from .conftest import menu_link, problems
from .test_goals_journey import log_in

POINT = "Eerst vragen wat de cliënt zelf wil"


def test_a_samenleerwijzer_note_becomes_a_goal(page, demo_site, axe):
    base = demo_site.url
    log_in(page, base, "klantmanager")
    menu_link(page, "Samenleerwijzer").click()
    expect(page.get_by_role("heading", level=1, name="Samenleerwijzer")).to_be_visible()
    expect(page.get_by_text("Alleen jij ziet deze gesprekken")).to_be_visible()
    assert problems(axe(page)) == []

    # The guide, on the screen and as it prints: the menu and the buttons fall away.
    page.get_by_role("link", name="De gesprekswijzer lezen of printen").click()
    expect(page.get_by_role("heading", level=1, name="De Samenleerwijzer")).to_be_visible()
    for theme in ("Hoe gaan we met elkaar om?", "Waar werken we samen naar toe?", "Past de aanpak bij jou?",
                  "Wie heeft de regie?"):
        expect(page.get_by_role("heading", level=2, name=re.compile(re.escape(theme)))).to_be_visible()
    assert problems(axe(page)) == []
    page.emulate_media(media="print")
    expect(page.get_by_role("heading", name="Wie heeft de regie?", exact=False)).to_be_visible()
    expect(page.get_by_role("link", name="Gesprek vastleggen")).to_be_hidden()
    page.emulate_media(media="screen")

    # The conversation: first with a date still to come, which is refused in Dutch.
    page.get_by_role("link", name="Gesprek vastleggen").click()
    assert problems(axe(page)) == []
    page.get_by_label("Cliëntcode").fill("C-61")
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    page.get_by_label("Datum van het gesprek").fill(tomorrow.isoformat())
    page.get_by_label("Wie bepaalt volgens jou waar we het over hebben?").fill(
        "Vooral ik, zegt de cliënt. Ze wil zelf vaker het onderwerp kiezen.")
    page.get_by_label("Wat neem ik mee?").fill("Aan het begin vragen waar de cliënt het over wil hebben.")
    page.get_by_role("button", name="Gesprek opslaan").click()
    expect(page.get_by_text("De datum van het gesprek kan niet in de toekomst liggen.")).to_be_visible()
    assert problems(axe(page)) == []
    page.get_by_label("Datum van het gesprek").fill(timezone.localdate().isoformat())
    page.get_by_role("button", name="Gesprek opslaan").click()
    expect(page.get_by_role("heading", level=1, name="Samenleerwijzer-gesprek met C-61")).to_be_visible()
    expect(page.get_by_text("Ze wil zelf vaker het onderwerp kiezen.")).to_be_visible()
    assert problems(axe(page)) == []

    # What she takes away becomes an aandachtspunt, and in one step a goal.
    page.get_by_label("Nieuw aandachtspunt").fill(POINT)
    page.get_by_role("button", name="Aandachtspunt toevoegen").click()
    expect(page.get_by_text("Het aandachtspunt is toegevoegd.")).to_be_visible()
    assert problems(axe(page)) == []
    page.get_by_role("link", name=re.compile(f"^maak er een doel van ?: {POINT}$")).click()
    expect(page.get_by_role("heading", level=1, name="Van aandachtspunt naar doel")).to_be_visible()
    assert problems(axe(page)) == []
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("heading", level=1, name=POINT)).to_be_visible()
    expect(page.get_by_text("Samenleerwijzer-gesprek: Aandachtspunt uit het Samenleerwijzer-gesprek")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Gesprek met C-61"))).to_be_visible()
    assert problems(axe(page)) == []

    menu_link(page, "Mijn ontwikkelplan").click()
    expect(page.get_by_role("link", name=POINT)).to_be_visible()
    assert problems(axe(page)) == []
