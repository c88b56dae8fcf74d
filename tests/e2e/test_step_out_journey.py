"""nieuw downloads their data, then steps out; afterwards buddy sees the pair ended, no trace of nieuw's goal, and
that their own earlier download (which held nieuw's pair) was withdrawn."""

import zipfile

from playwright.sync_api import expect

from .conftest import menu_link, problems
from .test_goals_journey import log_in


def test_nieuw_downloads_and_steps_out(page, demo_site, axe):
    from django.contrib.auth import get_user_model

    from buddy.models import BuddyPair
    from lms.goals import services as goals
    from lms.goals.services import Formulation
    from lms.people.services import grant_share
    from lms.privacy.models import ExportRequest
    from lms.privacy.tasks import build_export

    users = {u.username: u for u in get_user_model().objects.all()}
    BuddyPair.objects.create(newcomer=users["nieuw"], buddy=users["buddy"], status="active")
    goal = goals.create_goal(users["nieuw"], "learning", Formulation(title="Rustig blijven bij boosheid"))
    grant_share(users["nieuw"], goal, users["buddy"])
    buddys_export = ExportRequest.objects.create(user=users["buddy"])
    build_export(buddys_export.pk)  # holds the pair with nieuw

    log_in(page, demo_site.url, "nieuw")
    menu_link(page, "Mijn gegevens").click()
    assert problems(axe(page)) == []
    page.get_by_role("button", name="Maak een download van al mijn gegevens").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="download (ZIP)").click()
    archive = zipfile.ZipFile(download.value.path())
    assert "lms_goals.json" in archive.namelist()
    assert "Rustig blijven bij boosheid" in archive.read("lms_goals.json").decode()

    page.get_by_role("link", name="Uitstappen").click()
    assert problems(axe(page)) == []
    page.get_by_role("button", name="Definitief uitstappen").click()
    expect(page.get_by_text("Kies wat er met je gegevens gebeurt")).to_be_visible()
    page.get_by_label("Alles verwijderen, ook reacties en bijdragen aan anderen").check()
    page.get_by_label("Ik begrijp dat dit niet ongedaan kan worden gemaakt").check()
    page.get_by_role("button", name="Definitief uitstappen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Je bent uitgestapt")
    assert problems(axe(page)) == []

    log_in(page, demo_site.url, "buddy")
    page.goto(demo_site.url + "/buddy/")
    expect(page.get_by_text("Yara")).to_have_count(0)
    page.goto(demo_site.url + "/gedeeld/")
    expect(page.get_by_text("Rustig blijven bij boosheid")).to_have_count(0)
    page.goto(demo_site.url + "/meldingen/")
    expect(page.get_by_role("heading", name="Je buddykoppel is beëindigd")).to_be_visible()
    expect(page.get_by_role("heading", name="Je download is ingetrokken")).to_be_visible()
    page.goto(demo_site.url + "/mijn-gegevens/")
    expect(page.get_by_role("link", name="download (ZIP)")).to_have_count(0)
    assert not ExportRequest.objects.filter(pk=buddys_export.pk).exists()
