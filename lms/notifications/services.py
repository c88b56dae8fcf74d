"""The one function other apps call to tell someone something, and marking notices as read."""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone

from lms.people import access

from .models import Notice

logger = logging.getLogger(__name__)


def notify(recipient, key, title, body="", link="", email=True) -> Notice:
    """Give `recipient` a notice, once per `key`, and send it by e-mail through django-q2 when asked.

    Calling again with the same key returns the existing notice (with `is_new` False) and sends nothing: jobs
    may be retried or run twice without the recipient hearing twice. The e-mail is queued only after the
    surrounding transaction commits, so a rolled-back action never mails.
    """
    try:
        with transaction.atomic():
            notice, created = Notice.objects.get_or_create(
                key=key,
                defaults={
                    "recipient": recipient,
                    "title": title,
                    "body": body,
                    "link": link,
                    "email_wanted": bool(email and recipient.email),
                },
            )
    except IntegrityError:
        # Two workers raced on the same key: the other one created it.
        notice, created = Notice.objects.get(key=key), False
    notice.is_new = created  # for callers that count what they sent
    if created and notice.email_wanted:
        # robust: a broker that is down must not undo the user's action; send_pending_emails catches up.
        transaction.on_commit(lambda: queue_email(notice.pk), robust=True)
    return notice


def queue_email(notice_id):
    from django_q.tasks import async_task

    async_task(
        "lms.notifications.tasks.send_notice_email",
        notice_id,
        task_name=f"notice-email-{notice_id}",
        group="notice-email",
    )


def mark_read(user, notice) -> Notice:
    access.require(user, access.CHANGE, notice)
    if notice.read_at is None:
        notice.read_at = timezone.now()
        notice.save(update_fields=["read_at"])
    return notice


def mark_all_read(user) -> int:
    """Mark every unread notice of `user` as read; returns how many changed."""
    unread = access.visible_to(user, Notice.objects.unread(), access.CHANGE)
    marked = unread.update(read_at=timezone.now())
    return marked
