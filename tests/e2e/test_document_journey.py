"""A long ontwikkelplan is made by a worker: the waiting page passes axe (no timed reload), and without a page
reload it shows the download once the job is done; the PDF that comes down is the person's plan."""

import io

from django.urls import reverse
from django_q.conf import Conf
from playwright.sync_api import expect
from pypdf import PdfReader

from .conftest import problems
from .test_goals_journey import log_in


def test_a_long_plan_waits_for_the_worker_then_offers_its_download(page, demo_site, axe, monkeypatch):
    from django.contrib.auth import get_user_model

    from lms.documents.models import DocumentJob
    from lms.documents.tasks import render_document
    from tests.lms.documents.test_document_jobs import make_full_plan

    monkeypatch.setattr(Conf, "SYNC", False)  # the job waits in the queue for "the worker": this test
    owner = get_user_model().objects.get(username="klantmanager")
    make_full_plan(owner)

    base = demo_site.url
    log_in(page, base, "klantmanager")
    page.goto(base + reverse("lms:goals:plan_pdf"))
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
    assert "Doel nummer 5" in "".join(p.extract_text() for p in reader.pages)
