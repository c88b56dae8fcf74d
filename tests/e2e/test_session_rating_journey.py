"""On a phone (390 px): the klantmanager makes a one-time link for a client, the client answers the four questions
without an account, and the link then no longer works. axe checks every page on the way; the client's pages carry
no platform menu."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import WIDTHS, problems
from .test_goals_journey import log_in, log_out


@pytest.fixture
def viewport_width():
    return WIDTHS["phone"]  # the client fills it in on a phone, right after the conversation


def test_a_client_rates_the_conversation_on_a_phone(page, demo_site, axe):
    base = demo_site.url
    log_in(page, base, "buddy")
    page.goto(base + "/cycli/")
    page.get_by_role("link", name="Gespreksbeoordelingen").click()
    expect(page.get_by_role("heading", level=1, name="Gespreksbeoordelingen")).to_be_visible()
    expect(page.get_by_text("bespreek dit").first).to_be_visible()  # the demo's ratings, with the cut-off marked
    assert problems(axe(page)) == []
    page.get_by_role("link", name="Nieuwe link").click()
    page.get_by_label("Cliëntcode").fill("Jan de Vries")
    page.get_by_role("button", name="Link maken").click()
    expect(page.get_by_text("Dit lijkt op een naam")).to_be_visible()
    assert problems(axe(page)) == []
    page.get_by_label("Cliëntcode").fill("C-52")
    page.get_by_role("button", name="Link maken").click()
    expect(page.get_by_role("heading", name="De link voor je cliënt")).to_be_visible()
    assert problems(axe(page)) == []
    link = page.locator(".vknz-rating-link code").inner_text().strip()
    assert re.fullmatch(r"http://[^/]+/cycli/gesprek-beoordelen/[A-Za-z0-9_-]{43}/", link)
    log_out(page)

    # The client: no account, a phone, plain questions.
    page.context.clear_cookies()
    page.goto(link)
    expect(page.get_by_role("heading", level=1, name="Hoe was het gesprek?")).to_be_visible()
    expect(page.get_by_role("navigation")).to_have_count(0)
    assert problems(axe(page)) == []
    page.get_by_role("button", name="Versturen").click()  # nothing chosen yet
    expect(page.get_by_text("Je hebt nog niet alle vragen beantwoord")).to_be_visible()
    assert problems(axe(page)) == []
    answers = {"Voelde je je gehoord en serieus genomen?": "9",
               "Hebben jullie gepraat over wat voor jou belangrijk is?": "7",
               "Paste de manier van praten en werken bij jou?": "10",
               "Hoe was het gesprek voor jou, alles bij elkaar?": "8"}
    for question, value in answers.items():
        group = page.get_by_role("group", name=re.compile(re.escape(question)))
        group.get_by_label(value, exact=True).check()  # tapping the box with the number
        expect(group.get_by_label(value, exact=True)).to_be_checked()
    # Every box can be tapped: at least 24 px wide and 44 px high on this screen.
    box = page.locator(".vknz-scale__option").first.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 44
    page.get_by_role("button", name="Versturen").click()
    expect(page.get_by_role("heading", name="Bedankt!")).to_be_visible()
    assert problems(axe(page)) == []

    # Once only: the same link now says it does not work, as any wrong link does.
    page.goto(link)
    expect(page.get_by_role("heading", name="Deze link werkt niet (meer)")).to_be_visible()
    assert problems(axe(page)) == []

    log_in(page, base, "buddy")
    page.goto(base + "/cycli/beoordelingen/")
    expect(page.get_by_role("heading", name="C-52")).to_be_visible()
