"""notify(): one notice per key, one e-mail per notice, nothing lost when sending fails."""

import pytest
from django.core import mail
from django.test import override_settings

from lms.notifications.models import Notice
from lms.notifications.services import notify
from lms.notifications.tasks import send_notice_email, send_pending_emails

# Transactional: on_commit callbacks and another process must see committed rows. Such tests end with a flush,
# so they (and their fixtures) never rely on rows that migrations created.
pytestmark = pytest.mark.django_db(transaction=True)


def test_a_notice_is_shown_and_mailed_once(org):
    notice = notify(org.owner, "test:1", "Je doel is toe aan een evaluatie", body="Kijk even.", link="/")
    assert Notice.objects.get(pk=notice.pk).recipient == org.owner
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["eigenaar@example.org"]
    assert "Je doel is toe aan een evaluatie" in mail.outbox[0].subject
    assert "http://testserver/" in mail.outbox[0].body


def test_the_same_key_twice_gives_one_notice_and_one_mail(org):
    first = notify(org.owner, "test:dup", "Herinnering")
    second = notify(org.owner, "test:dup", "Herinnering")
    assert first.pk == second.pk
    assert Notice.objects.filter(key="test:dup").count() == 1
    assert len(mail.outbox) == 1


def test_running_the_mail_task_again_sends_nothing_more(org):
    notice = notify(org.owner, "test:retry", "Herinnering")
    assert send_notice_email(notice.pk) == "already-sent-or-not-wanted"
    assert len(mail.outbox) == 1


def test_a_notice_without_email_is_only_shown_in_the_site(org):
    notify(org.owner, "test:quiet", "Alleen op de site", email=False)
    assert mail.outbox == []


def test_a_failed_send_keeps_the_notice_and_releases_it_for_a_retry(org):
    with override_settings(EMAIL_BACKEND="tests.support.mail.BrokenEmailBackend"):
        notice = notify(org.owner, "test:down", "Mailserver plat")
    notice.refresh_from_db()
    assert notice.emailed_at is None
    assert Notice.objects.filter(key="test:down").exists()
    # The server is back: the retry sends it, once.
    assert send_notice_email(notice.pk) == "sent"
    assert send_notice_email(notice.pk) == "already-sent-or-not-wanted"
    assert len(mail.outbox) == 1


def test_the_sweeper_queues_mails_whose_task_got_lost(org):
    from datetime import timedelta

    from django.utils import timezone

    with override_settings(EMAIL_BACKEND="tests.support.mail.BrokenEmailBackend"):
        notice = notify(org.owner, "test:lost", "Bijna kwijt")
    Notice.objects.filter(pk=notice.pk).update(created_at=timezone.now() - timedelta(minutes=30))
    assert send_pending_emails() == 1
    assert [m.subject for m in mail.outbox] == ["[Van Kijken naar Zien] Bijna kwijt"]
    assert send_pending_emails() == 0


def test_a_rolled_back_action_never_mails(org):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        notify(org.owner, "test:rollback", "Zou niet mogen")
        raise RuntimeError("de actie mislukt")
    assert not Notice.objects.filter(key="test:rollback").exists()
    assert mail.outbox == []

