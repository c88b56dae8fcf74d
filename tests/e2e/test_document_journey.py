"""A long ontwikkelplan is made by a worker: the waiting page passes axe (no timed reload), and without a page
reload it shows the download once the job is done; the PDF that comes down is the person's plan."""

import io
import uuid

from django.urls import reverse
from django_q.conf import Conf
from playwright.sync_api import expect
from pypdf import PdfReader

from .conftest import problems
from .test_goals_journey import log_in


def full(text, length):
    return (text * (length // len(text) + 1))[:length]


def test_a_long_plan_waits_for_the_worker_then_offers_its_download(page, demo_site, axe, monkeypatch):
    from django.contrib.auth import get_user_model

    from lms.documents.models import DocumentJob
    from lms.documents.tasks import render_document
    from lms.goals import services
    from lms.goals.choices import Kind
    from lms.goals.models import FORMULATION_LENGTH, REFLECTION_LENGTH
    from lms.goals.services import Formulation

    monkeypatch.setattr(Conf, "SYNC", False)  # the job waits in the queue for "the worker": this test
    owner = get_user_model().objects.get(username="klantmanager")
    for number in range(6):
        goal = services.create_goal(owner, Kind.LEARNING, Formulation(
            title=f"Lang doel {number}", description=full("Omschrijving ", FORMULATION_LENGTH),
            why=full("Waarom ", FORMULATION_LENGTH), success_criteria=full("Gelukt als ", FORMULATION_LENGTH),
            cadence_weeks=6))
        services.evaluate_goal(owner, goal, decision="continue", progress=2,
                               tried=full("Geprobeerd ", REFLECTION_LENGTH),
                               happened=full("Gebeurd ", REFLECTION_LENGTH), submission_key=uuid.uuid4())

    base = demo_site.url
    log_in(page, base, "klantmanager")
    page.goto(base + reverse("goals:plan_pdf"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Je document wordt gemaakt")
    assert page.locator('meta[http-equiv="refresh"]').count() == 0
    assert problems(axe(page)) == []

    job = DocumentJob.objects.get(owner=owner)
    render_document(job.pk)
    # The page's own script notices the finished job; nobody reloads it.
    expect(page.get_by_role("heading", level=1)).to_have_text("Je document is klaar", timeout=15_000)
    assert problems(axe(page)) == []
    with page.expect_download() as download:
        page.get_by_role("link", name="Download").click()
    reader = PdfReader(io.BytesIO(open(download.value.path(), "rb").read()))  # noqa: SIM115
    assert "Lang doel 5" in "".join(p.extract_text() for p in reader.pages)
