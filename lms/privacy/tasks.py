"""django-q2 tasks of the privacy app: building an export, and the daily retention run."""

import datetime
import logging

from django.utils import timezone

from lms.extensions import schedules

from .models import ExportRequest
from .services import EXPORT_DAYS, build_zip, collect, run_retention

logger = logging.getLogger(__name__)


def build_export(export_id):
    """Make the ZIP once; a second run of the same task finds it ready and does nothing."""
    export = ExportRequest.objects.select_related("user").filter(pk=export_id, status="pending").first()
    if export is None:
        return "nothing-to-do"
    try:
        export.content = build_zip(export.user, collect(export.user))
    except Exception:
        ExportRequest.objects.filter(pk=export_id).update(status=ExportRequest.Status.FAILED)
        logger.exception("Export %s failed", export_id)
        raise
    export.status = ExportRequest.Status.READY
    export.expires_at = timezone.now() + datetime.timedelta(days=EXPORT_DAYS)
    export.save(update_fields=["content", "status", "expires_at"])
    return "ready"


@schedules.daily("Privacy: bewaartermijnen toepassen")
def daily_retention():
    """Every provider's retention rules and the audit log's own period (services.run_retention)."""
    report = run_retention()
    logger.info("Retention: %s", report)
    return report
