"""A notice (melding) to one person: shown in the site and, when asked, sent once by e-mail."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class NoticeQuerySet(models.QuerySet):
    def unread(self):
        return self.filter(read_at__isnull=True)


class Notice(models.Model):
    """One notice for one recipient.

    `key` is unique: the caller builds it from what the notice is about (e.g. "goal-due:42:2026-12-01"), so a
    retried or repeated job finds the existing notice instead of making a second one. Texts are written by the
    product (never copied from personal content), so an e-mail never carries learning content.
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notices", verbose_name=_("ontvanger")
    )
    key = models.CharField(_("sleutel"), max_length=200, unique=True)
    title = models.CharField(_("titel"), max_length=200)
    body = models.TextField(_("tekst"), blank=True, max_length=2000)
    link = models.CharField(_("link"), max_length=500, blank=True, help_text=_("Pad binnen de site."))
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)
    read_at = models.DateTimeField(_("gelezen op"), null=True, blank=True)
    email_wanted = models.BooleanField(_("ook per e-mail"), default=True)
    emailed_at = models.DateTimeField(_("gemaild op"), null=True, blank=True)

    objects = NoticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "-created_at"], name="notice_recipient_recent"),
            models.Index(
                fields=["recipient"], condition=Q(read_at__isnull=True), name="notice_recipient_unread"
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def is_read(self):
        return self.read_at is not None
