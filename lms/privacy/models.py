"""The audit log of reads of other people's personal data and of access changes, and data export requests."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditEntry(models.Model):
    """Who opened or changed access to someone's personal object, when, and why the policy allowed it."""

    class Action(models.TextChoices):
        VIEW = "view", _("bekeken")
        SHARE = "share", _("gedeeld")
        REVOKE = "revoke", _("delen ingetrokken")
        ASSIGN = "assign", _("analist toegewezen")
        CONSENT = "consent", _("toestemming gewijzigd")
        EXPORT = "export", _("gegevens gedownload")

    at = models.DateTimeField(default=timezone.now, db_index=True, verbose_name=_("moment"))
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
                              verbose_name=_("door"))
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, related_name="+",
                              verbose_name=_("van wie"))
    action = models.CharField(max_length=16, choices=Action.choices, verbose_name=_("handeling"))
    what = models.CharField(max_length=120, verbose_name=_("wat"))  # model label and id, never content
    reason = models.CharField(max_length=200, blank=True, verbose_name=_("reden"))

    class Meta:
        verbose_name = _("vermelding in het logboek")
        verbose_name_plural = _("vermeldingen in het logboek")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["owner", "-at"], name="audit_owner_recent")]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.what}"


class ExportRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Wordt gemaakt")
        READY = "ready", _("Klaar")
        FAILED = "failed", _("Mislukt")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exports",
                             verbose_name=_("gebruiker"))
    token = models.UUIDField(default=uuid.uuid4, unique=True, verbose_name=_("sleutel"))
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING, verbose_name=_("status"))
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("gemaakt op"))
    expires_at = models.DateTimeField(null=True, blank=True, verbose_name=_("verloopt op"))
    content = models.BinaryField(null=True, blank=True, editable=False, verbose_name=_("inhoud"))

    class Meta:
        verbose_name = _("download van je gegevens")
        verbose_name_plural = _("downloads van je gegevens")
        ordering = ["-created_at"]

    def __str__(self):
        return f"export {self.pk} ({self.status})"

    @property
    def is_available(self):
        return self.status == self.Status.READY and self.expires_at and self.expires_at > timezone.now()
