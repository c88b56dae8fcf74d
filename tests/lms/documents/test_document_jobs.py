"""Bounded work per request: the 1 MB goal that took a worker down, and the document job that makes large PDFs.

What a request does is checked, not how long it takes: a large plan is queued, not laid out, in the request.
"""

import datetime
import io
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from lms.documents import tasks
from lms.documents.models import DocumentJob
from lms.documents.privacy import DocumentsProvider
from lms.goals import services
from lms.goals.choices import Kind
from lms.goals.models import FORMULATION_LENGTH, REFLECTION_LENGTH, Goal
from lms.goals.services import Formulation
from tests.support.documents import get_pdf
from theme import pdf

pytestmark = pytest.mark.django_db

MEGABYTE = "Ik vraag door. " * 70_000


def jobs(queued):
    """The work queued on commit, without the renewals of what is kept (lms/extensions/watch.py)."""
    return [callback for callback in queued if not getattr(callback, "kept_renewal", False)]


def pdf_text(content):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def full(text, length):
    """A text of exactly `length` characters: words, as a person writes them (line breaking is what costs)."""
    return (text * (length // len(text) + 1))[:length]


def make_full_plan(owner, goals=6):
    """Goals with every text at its maximum: too much HTML to lay out in a request, never too much for a job."""
    for number in range(goals):
        goal = services.create_goal(owner, Kind.LEARNING, Formulation(
            title=f"Doel nummer {number} " + full("lang ", 140), description=full("Omschrijving ", FORMULATION_LENGTH),
            why=full("Waarom ", FORMULATION_LENGTH), success_criteria=full("Gelukt als ", FORMULATION_LENGTH),
            cadence_weeks=6, dimensions=["echtheid"]))
        services.evaluate_goal(owner, goal, decision="continue", progress=2,
                               tried=full("Geprobeerd ", REFLECTION_LENGTH),
                               happened=full("Gebeurd ", REFLECTION_LENGTH),
                               submission_key=uuid.uuid4())


@pytest.fixture
def full_plan(org):
    make_full_plan(org.owner)
    return org


def test_a_goal_of_a_megabyte_is_refused_by_the_form_and_nothing_is_stored(client, org):
    client.force_login(org.owner)
    response = client.post(reverse("lms:goals:create"), {
        "kind": "learning", "title": "Stiltes laten vallen", "origin": "own_initiative", "cadence_weeks": "6",
        "description": MEGABYTE, "why": "x" * (FORMULATION_LENGTH + 1),
        "success_criteria": MEGABYTE[:FORMULATION_LENGTH]})
    assert response.status_code == 200
    form = response.context["form"]
    assert form.has_error("description", "max_length") and form.has_error("why", "max_length")
    assert not form.has_error("success_criteria")  # exactly the maximum is fine
    assert not Goal.objects.filter(owner=org.owner).exists()


def document_urls(org):
    """Every kind of PDF a participant can ask for, with what each must contain."""
    from lms.agenda.models import AgendaPage
    from lms.cycles import services as cycle_services

    cycle = cycle_services.start_cycle(org.owner, client_code="C-17", medium="spreekkamer", learning_question="Vraag")
    urls = [reverse("lms:goals:plan_pdf"), reverse("lms:courses:worksheet_pdf"), reverse("lms:courses:my_answers_pdf")]
    papers = ("toestemmingsformulier", "folder", "verslag")
    urls += [reverse("lms:cycles:pdf", args=[cycle.pk, paper]) for paper in papers]
    agenda = AgendaPage.objects.live().first()
    if agenda is not None:
        urls.append(reverse("lms:agenda:pdf", args=[agenda.pk]))
    return urls


def test_no_pdf_is_ever_laid_out_in_the_request_even_a_small_one(client, org, django_capture_on_commit_callbacks):
    """Every document URL answers with a waiting page and a queued job; the layout is the worker's."""
    services.create_goal(org.owner, Kind.LEARNING, Formulation(title="Stiltes laten vallen", dimensions=[]))
    client.force_login(org.owner)
    urls = document_urls(org)
    for url in urls:
        with django_capture_on_commit_callbacks() as queued:
            response = client.get(url)
        assert response.status_code == 302, url
        job = DocumentJob.objects.get(owner=org.owner, source_path=url)
        assert response.url == job.get_absolute_url()
        assert job.status == DocumentJob.Status.PENDING and job.content is None and len(jobs(queued)) == 1
    assert DocumentJob.objects.filter(owner=org.owner).count() == len(urls)


def test_a_kept_document_is_handed_over_while_what_it_shows_is_unchanged_and_made_anew_when_it_changes(
        client, org, django_capture_on_commit_callbacks):
    goal = services.create_goal(org.owner, Kind.LEARNING, Formulation(title="Stiltes laten vallen", dimensions=[]))
    client.force_login(org.owner)
    url = reverse("lms:goals:plan_pdf")
    with django_capture_on_commit_callbacks(execute=True):
        client.get(url)
    made = DocumentJob.objects.get(owner=org.owner)
    assert made.status == DocumentJob.Status.READY

    with django_capture_on_commit_callbacks() as queued:
        again = client.get(url)
    assert again["Content-Type"] == "application/pdf" and "Stiltes laten vallen" in pdf_text(again.content)
    assert jobs(queued) == [] and list(DocumentJob.objects.values_list("pk", flat=True)) == [made.pk]  # nothing made

    services.evaluate_goal(org.owner, goal, decision="continue", progress=4, tried="Stilte na een vraag",
                           happened="Ze vertelde meer", submission_key=uuid.uuid4())
    with django_capture_on_commit_callbacks() as queued:
        changed = client.get(url)
    new = DocumentJob.objects.get(owner=org.owner)  # the kept one, showing the plan as it was, is gone
    assert changed.status_code == 302 and changed.url == new.get_absolute_url() and new.pk != made.pk
    assert len(jobs(queued)) == 1
    jobs(queued)[0]()
    final = client.get(url)
    assert "Stilte na een vraag" in pdf_text(final.content)


def test_a_plan_with_every_text_at_its_maximum_is_queued_not_rendered_then_made_by_the_job(
        client, full_plan, django_capture_on_commit_callbacks):
    client.force_login(full_plan.owner)
    with django_capture_on_commit_callbacks() as queued:
        response = client.get(reverse("lms:goals:plan_pdf"))
    job = DocumentJob.objects.get(owner=full_plan.owner)
    # What the request did: it measured the HTML, stored a job and queued it; it laid nothing out.
    assert response.status_code == 302 and response.url == job.get_absolute_url()
    assert job.status == DocumentJob.Status.PENDING and job.content is None
    assert len(jobs(queued)) == 1

    waiting = client.get(job.get_absolute_url())
    assert waiting.status_code == 200
    assert "Je document wordt gemaakt" in waiting.content.decode()
    assert 'data-waiting="true"' in waiting.content.decode() and "documents/job.js" in waiting.content.decode()
    assert 'http-equiv="refresh"' not in waiting.content.decode()  # no timed reload (WCAG 2.2.1)

    jobs(queued)[0]()  # the worker's turn (django-q2 runs inline under the test settings)
    job.refresh_from_db()
    assert job.status == DocumentJob.Status.READY

    ready = client.get(job.get_absolute_url()).content.decode()
    assert "Je document is klaar" in ready and "documents/job.js" not in ready
    download = client.get(reverse("lms:documents:download", args=[job.token]))
    assert download["Content-Type"] == "application/pdf"
    assert download["Cache-Control"] == "no-store"
    reader = PdfReader(io.BytesIO(download.content))
    text = pdf_text(download.content)
    assert all(f"Doel nummer {number}" in text for number in range(6))
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged, as the PDFs made in the request


def test_asking_again_finds_the_same_job_and_a_second_run_of_the_task_does_nothing(
        client, full_plan, django_capture_on_commit_callbacks):
    client.force_login(full_plan.owner)
    with django_capture_on_commit_callbacks() as queued:
        first = client.get(reverse("lms:goals:plan_pdf"))
        second = client.get(reverse("lms:goals:plan_pdf"))
    assert first.url == second.url
    assert DocumentJob.objects.filter(owner=full_plan.owner).count() == 1 and len(jobs(queued)) == 1
    job = DocumentJob.objects.get()
    assert tasks.render_document(job.pk) == DocumentJob.Status.READY
    assert tasks.render_document(job.pk) == "nothing-to-do"
    kept = client.get(reverse("lms:goals:plan_pdf"))  # the made document is handed over, not made again
    assert kept["Content-Type"] == "application/pdf" and DocumentJob.objects.count() == 1


@pytest.mark.parametrize("who", ["colleague", "mt", "teamcoach"])
def test_only_the_owner_of_a_document_job_sees_it_or_downloads_it(client, full_plan, who):
    client.force_login(full_plan.owner)
    client.get(reverse("lms:goals:plan_pdf"))
    job = DocumentJob.objects.get()
    tasks.render_document(job.pk)
    client.force_login(getattr(full_plan, who))
    assert client.get(job.get_absolute_url()).status_code == 403
    assert client.get(reverse("lms:documents:download", args=[job.token])).status_code == 403


def test_a_stranger_without_a_login_is_sent_to_log_in(client, full_plan):
    job = DocumentJob.objects.create(owner=full_plan.owner, kind="goals.plan", key="k", title="Plan",
                                     filename="plan.pdf", source_path="/ontwikkelplan/ontwikkelplan.pdf")
    for url in (job.get_absolute_url(), reverse("lms:documents:download", args=[job.token])):
        response = client.get(url)
        assert response.status_code == 302 and "inloggen" in response.url


def test_an_expired_document_is_no_longer_downloadable_and_retention_removes_it(client, full_plan):
    client.force_login(full_plan.owner)
    client.get(reverse("lms:goals:plan_pdf"))
    job = DocumentJob.objects.get()
    tasks.render_document(job.pk)
    DocumentJob.objects.filter(pk=job.pk).update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    assert client.get(reverse("lms:documents:download", args=[job.token])).status_code == 404
    assert "verlopen" in client.get(job.get_absolute_url()).content.decode()
    assert DocumentsProvider().retention(timezone.localdate()) == {"verlopen documenten": 1}
    assert not DocumentJob.objects.exists()


def test_a_document_over_the_jobs_budget_fails_with_a_page_that_says_so(client, full_plan, monkeypatch):
    client.force_login(full_plan.owner)
    client.get(reverse("lms:goals:plan_pdf"))
    job = DocumentJob.objects.get()
    monkeypatch.setattr(pdf, "JOB_HTML_BUDGET", pdf.INLINE_HTML_BUDGET)  # a smaller worker budget
    assert tasks.render_document(job.pk) == DocumentJob.Status.FAILED
    job.refresh_from_db()
    assert job.content is None
    assert "niet gelukt" in client.get(job.get_absolute_url()).content.decode()


def test_the_layout_itself_refuses_html_over_its_budget():
    with pytest.raises(pdf.DocumentTooLarge):
        pdf.html_to_pdf("<p>" + "x" * pdf.INLINE_HTML_BUDGET + "</p>")


def test_a_person_who_steps_out_takes_their_document_jobs_along(full_plan):
    DocumentJob.objects.create(owner=full_plan.owner, kind="goals.plan", key="k", title="Plan",
                               filename="plan.pdf", source_path="/")
    exported = DocumentsProvider().export(full_plan.owner)
    assert [row["title"] for row in exported["lms_documents.DocumentJob"]] == ["Plan"]
    assert DocumentsProvider().erase(full_plan.owner, "delete") == 1


def test_the_consent_papers_of_a_cycle_with_every_text_at_its_maximum_are_made(client, org):
    """The consent form and leaflet list one cycle's bounded fields: well within a worker's budget."""
    from lms.cycles import services as cycle_services

    cycle = cycle_services.start_cycle(org.owner, client_code="C-17", medium="spreekkamer",
                                       learning_question=full("Leervraag ", 1000), doubts=full("Twijfel ", 2000))
    client.force_login(org.owner)
    for kind in ("toestemmingsformulier", "folder"):
        response = get_pdf(client, reverse("lms:cycles:pdf", args=[cycle.pk, kind]))
        assert response["Content-Type"] == "application/pdf"
        assert "C-17" in pdf_text(response.content) or kind == "folder"
    assert DocumentJob.objects.filter(status=DocumentJob.Status.READY).count() == 2
