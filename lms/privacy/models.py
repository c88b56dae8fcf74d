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

    at = models.DateTimeField(default=timezone.now, db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, related_name="+")
    action = models.CharField(max_length=16, choices=Action.choices)
    what = models.CharField(max_length=120)  # model label and id, never content
    reason = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["owner", "-at"], name="audit_owner_recent")]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.what}"


class ExportRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Wordt gemaakt")
        READY = "ready", _("Klaar")
        FAILED = "failed", _("Mislukt")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exports")
    token = models.UUIDField(default=uuid.uuid4, unique=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(null=True, blank=True)
    content = models.BinaryField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"export {self.pk} ({self.status})"

    @property
    def is_available(self):
        return self.status == self.Status.READY and self.expires_at and self.expires_at > timezone.now()
