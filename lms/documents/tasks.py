"""django-q2 task of the documents app: render one document job."""

import logging

from .models import DocumentJob
from .services import render

logger = logging.getLogger(__name__)


def render_document(job_id):
    """Idempotent: a job that is no longer pending (made, failed, or removed) is left as it is."""
    job = DocumentJob.objects.select_related("owner").filter(pk=job_id, status=DocumentJob.Status.PENDING).first()
    if job is None:
        return "nothing-to-do"
    try:
        return render(job)
    except Exception:
        DocumentJob.objects.filter(pk=job_id).update(status=DocumentJob.Status.FAILED)
        logger.exception("Document job %s failed", job_id)
        raise
