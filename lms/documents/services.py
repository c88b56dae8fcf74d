"""Delivering a document: never laid out in the person's request. The request makes the document's HTML (cheap, no
PDF) and takes its hash as the key of what the document shows; a document already made for that key is handed
over at once, otherwise a django-q2 job makes it and the person waits on its page, which offers the download when
it is ready. The same content is made once, and anew as soon as anything it shows changes.
"""

import hashlib
import json

from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import get_language

from theme import pdf  # the HTML side only: WeasyPrint is imported by html_to_pdf, in the worker that lays out

from . import registry
from .models import DocumentJob


def deliver(request, kind, **params):
    """The kept PDF when one was made of exactly this content; otherwise a job and a redirect to its waiting page."""
    document = registry.build(kind, request.user, params)
    html = pdf.render_html(document.template, document.context)
    job = request_job(request.user, kind, params, html, document, request.get_full_path())
    if job.is_available:
        response = pdf.pdf_response(bytes(DocumentJob.objects.values_list("content", flat=True).get(pk=job.pk)),
                                    job.filename)
        for name, value in document.headers.items():
            response[name] = value
        return response
    return redirect(job)


def content_key(kind, params, html) -> str:
    """What the document shows, as one hash: its kind and choices, its HTML (charts included), the language and
    the stylesheets it is laid out with (their hashed names change when a deploy changes them)."""
    shown = [kind, params, get_language(), pdf.stylesheet_urls(), html]
    return hashlib.sha256(json.dumps(shown, sort_keys=True).encode()).hexdigest()


def request_job(user, kind, params, html, document, source_path) -> DocumentJob:
    """One job per person and content: asking again (a double click, a reload) finds the same job; a job that
    expired, failed or got stuck makes way for a new one. The job is queued when the transaction commits."""
    key = content_key(kind, params, html)
    DocumentJob.objects.filter(owner=user, expires_at__lte=timezone.now()).delete()
    existing = DocumentJob.objects.defer("content").filter(owner=user, key=key).first()
    if existing is not None and (existing.is_available or existing.is_waiting):
        return existing
    if existing is not None:
        existing.delete()
    try:
        with transaction.atomic():
            job = DocumentJob.objects.create(owner=user, kind=kind, params=params, key=key, title=document.title,
                                             filename=document.filename, source_path=source_path[:500])
    except IntegrityError:  # a parallel request made the same job a moment ago
        return DocumentJob.objects.defer("content").get(owner=user, key=key)
    # What this person had made of the same document before shows what it showed then: it goes (a job still being
    # made stays, its waiting page may be open).
    # (Params are compared here, not in SQL: JSON equality differs between SQLite and PostgreSQL.)
    others = DocumentJob.objects.filter(owner=user, kind=kind).exclude(pk=job.pk).exclude(
        status=DocumentJob.Status.PENDING)
    DocumentJob.objects.filter(pk__in=[pk for pk, old in others.values_list("pk", "params") if old == params]).delete()
    transaction.on_commit(lambda: enqueue(job), robust=True)
    return job


def enqueue(job):
    from django_q.tasks import async_task  # django-q2 loads its broker on import: only when a job is queued

    async_task("lms.documents.tasks.render_document", job.pk, task_name=f"document-{job.pk}")


def render(job) -> str:
    """Build the document again for its owner now (what they may see at this moment) and lay it out, within the
    job's budget. Returns the new status."""
    document = registry.build(job.kind, job.owner, job.params)
    try:
        job.content = pdf.html_to_pdf(pdf.render_html(document.template, document.context),
                                      budget=pdf.JOB_HTML_BUDGET)
    except pdf.DocumentTooLarge:
        job.status = DocumentJob.Status.FAILED
        job.save(update_fields=["status"])
        return job.status
    job.status = DocumentJob.Status.READY
    job.save(update_fields=["content", "status"])
    return job.status
