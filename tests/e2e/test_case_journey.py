"""nieuw does a case from the leergang, sees the feedback, retries, and sees the calibration move."""

from playwright.sync_api import expect

from .conftest import menu_link, problems
from .test_goals_journey import log_in


def finish_first_modules():
    from django.contrib.auth import get_user_model

    from courses.models import ModuleCompletion, ModulePage

    nieuw = get_user_model().objects.get(username="nieuw")
    for module in ModulePage.objects.live().order_by("path")[:2]:
        ModuleCompletion.objects.get_or_create(user=nieuw, module=module)


def expert_key():
    from casuistiek.models import Case
    from courses.models import ModulePage

    module = ModulePage.objects.get(kind="analysekader")
    block = next(b for b in module.body if b.block_type == "case_exercise" and b.value.get("case"))
    return Case.objects.get(pk=block.value["case"].pk).expert_answers


def fill(page, answers):
    for code, value in answers.items():
        page.check(f"input[name='{code}'][value='{value}']")


def test_nieuw_practises_a_case_and_calibration_moves(page, demo_site, axe):
    finish_first_modules()
    key = expert_key()
    log_in(page, demo_site.url, "nieuw")
    menu_link(page, "Leergang").click()
    page.get_by_role("link", name="Leergang Van Kijken naar Zien").click()
    page.get_by_role("link", name="Verder waar je was").click()
    page.get_by_role("link", name="Doe de oefening").first.click()
    assert problems(axe(page)) == []

    wrong = dict(key)
    for code in ("gezamenlijk-doel", "regie"):
        options = {"gezamenlijk-doel": ["uitgesproken", "afwezig"], "regie": ["samen", "client"]}[code]
        wrong[code] = options[0] if key[code] != options[0] else options[1]
    fill(page, wrong)
    page.get_by_role("button", name="Indienen en vergelijken").click()
    expect(page.get_by_text("Je was het op 6 van de 8 onderdelen eens met de expert.")).to_be_visible()
    assert problems(axe(page)) == []

    page.get_by_role("link", name="Nog een keer proberen").click()
    fill(page, key)
    page.get_by_role("button", name="Indienen en vergelijken").click()
    expect(page.get_by_text("Je was het op 8 van de 8 onderdelen eens met de expert.")).to_be_visible()
    page.get_by_role("link", name="Mijn kalibratie").click()
    expect(page.get_by_text("Over 2 pogingen")).to_be_visible()
    chart = page.get_by_role("img", name="Grafiek: percentage eens met de expert over 2 pogingen. 75%, 100%")
    expect(chart).to_be_visible()
    assert problems(axe(page)) == []
