"""django-q2 tasks for notices. Every task may run twice; the notice row decides whether a mail goes out."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from lms.conf import setting
from lms.extensions import schedules

from .models import Notice
from .services import queue_email

logger = logging.getLogger(__name__)


def send_notice_email(notice_id):
    """Send the e-mail of one notice at most once.

    The row is claimed first (emailed_at set in one UPDATE that only succeeds while it is still empty), so
    a second run of the same task finds nothing to do. If sending fails the claim is released and the error
    raised, so django-q2 retries it.
    """
    now = timezone.now()
    claimed = Notice.objects.filter(pk=notice_id, email_wanted=True, emailed_at__isnull=True).update(
        emailed_at=now
    )
    if not claimed:
        return "already-sent-or-not-wanted"
    notice = Notice.objects.select_related("recipient").get(pk=notice_id)
    try:
        with translation.override(settings.LANGUAGE_CODE):
            context = {"notice": notice, "base_url": setting("VKNZ_BASE_URL")}
            send_mail(
                subject=settings.EMAIL_SUBJECT_PREFIX + notice.title,
                message=render_to_string("notifications/email.txt", context),
                from_email=None,
                recipient_list=[notice.recipient.email],
            )
    except Exception:
        Notice.objects.filter(pk=notice_id, emailed_at=now).update(emailed_at=None)
        logger.warning("E-mail for notice %s failed; released for a retry", notice_id)
        raise
    return "sent"


@schedules.every(minutes=10, name="Meldingen: achtergebleven e-mails versturen")
def send_pending_emails(max_age_days=2):
    """Queue mails whose task got lost (a stopped worker, a crash), and are still worth sending."""
    now = timezone.now()
    pending = Notice.objects.filter(
        email_wanted=True,
        emailed_at__isnull=True,
        created_at__lt=now - timedelta(minutes=10),
        created_at__gte=now - timedelta(days=max_age_days),
    ).values_list("pk", flat=True)[:500]
    count = 0
    for notice_id in pending:
        queue_email(notice_id)
        count += 1
    return count
