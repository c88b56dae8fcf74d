"""A document job: one PDF for one person, rendered in the background, kept for a few days."""

import datetime
import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# How long a made document can be downloaded, and after how long a job still pending counts as stuck (the worker
# died or timed out: django-q2 gives up after its attempts).
KEEP_DAYS = 2
STUCK_AFTER = datetime.timedelta(minutes=10)


class DocumentJob(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Wordt gemaakt")
        READY = "ready", _("Klaar")
        FAILED = "failed", _("Mislukt")

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="document_jobs",
                              verbose_name=_("eigenaar"))
    kind = models.CharField(_("soort document"), max_length=60)
    params = models.JSONField(_("keuzes"), default=dict, blank=True)
    # The same request for the same content is one job: sha256 of kind, choices and the HTML that was measured.
    key = models.CharField(max_length=64, verbose_name=_("sleutel"))
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False, verbose_name=_("downloadsleutel"))
    title = models.CharField(_("titel"), max_length=200)
    source_path = models.CharField(_("gevraagd op"), max_length=500, help_text=_("Waar je het opnieuw kunt vragen."))
    filename = models.CharField(_("bestandsnaam"), max_length=200)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("gemaakt op"))
    expires_at = models.DateTimeField(verbose_name=_("verloopt op"))
    content = models.BinaryField(null=True, blank=True, editable=False, verbose_name=_("inhoud"))

    class Meta:
        verbose_name = _("document in de maak")
        verbose_name_plural = _("documenten in de maak")
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["owner", "key"], name="document_job_once_per_content")]
        indexes = [models.Index(fields=["expires_at"], name="document_job_expiry")]

    def __str__(self):
        return f"{self.kind} {self.pk} ({self.status})"

    def save(self, *args, **kwargs):
        if self.expires_at is None:
            self.expires_at = (self.created_at or timezone.now()) + datetime.timedelta(days=KEEP_DAYS)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("lms:documents:job", args=[self.token])

    @property
    def is_expired(self):
        return self.expires_at <= timezone.now()

    @property
    def is_available(self):
        return self.status == self.Status.READY and not self.is_expired

    @property
    def is_stuck(self):
        return self.status == self.Status.PENDING and self.created_at < timezone.now() - STUCK_AFTER

    @property
    def is_waiting(self):
        return self.status == self.Status.PENDING and not self.is_stuck
