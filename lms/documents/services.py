"""Delivering a document within budget: in the request when its HTML is small, through a django-q2 job when not."""

import hashlib
import json

from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils import timezone

from . import registry
from .models import DocumentJob


def deliver(request, kind, **params):
    """The PDF itself when it is small enough to make now; otherwise a job and a redirect to its waiting page.

    The HTML is made (cheap) and measured before any layout (expensive), so the request's work is bounded by
    INLINE_HTML_BUDGET whatever the person wrote or how many goals they keep.
    """
    from theme import pdf  # imports WeasyPrint (half a second): only when a PDF is asked for, not at start-up

    document = registry.build(kind, request.user, params)
    html = pdf.render_html(document.template, document.context)
    if len(html) <= pdf.INLINE_HTML_BUDGET:
        response = pdf.pdf_response(pdf.html_to_pdf(html), document.filename)
        for name, value in document.headers.items():
            response[name] = value
        return response
    return redirect(request_job(request.user, kind, params, html, document, request.get_full_path()))


def request_job(user, kind, params, html, document, source_path) -> DocumentJob:
    """One job per person and content: asking again (a double click, a reload) finds the same job; a job that
    expired, failed or got stuck makes way for a new one. The job is queued when the transaction commits."""
    key = hashlib.sha256(json.dumps([kind, params, html], sort_keys=True).encode()).hexdigest()
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
    transaction.on_commit(lambda: enqueue(job), robust=True)
    return job


def enqueue(job):
    from django_q.tasks import async_task  # django-q2 loads its broker on import: only when a job is queued

    async_task("lms.documents.tasks.render_document", job.pk, task_name=f"document-{job.pk}")


def render(job) -> str:
    """Build the document again for its owner now (what they may see at this moment) and lay it out, within the
    job's budget. Returns the new status."""
    from theme import pdf  # imports WeasyPrint (half a second): in the worker, when the first job runs

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
