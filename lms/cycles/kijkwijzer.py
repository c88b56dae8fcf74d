"""The Kijkwijzer in the product: a participant analyses a recording of their own conversation (zelfanalyse).

The action research meant the Kijkwijzer and its Werkblad to take over the analysts' part: after about two cycles
led by analysts, the klantmanager analyses first and the analysts respond; later the klantmanager goes on alone or
in intervisie. A `SelfAnalysis` is that analysis: the same analysekader version as the analysts' (so the
comparison code can set them side by side), the Werkblad's question and tip at each part, and fragments marked
while watching (`Fragment.self_analysis`). It is saved as a draft ("concept") and finished later.

It lives inside a cycle (`cycle`, one per cycle: from cycle VKNZ_SELF_ANALYSIS_FROM_CYCLE on it is a step before
the analysts', see `ReflectionCycle.self_analysis_first`) or on its own, about any recording the participant
keeps in the organisation's storage (then with its own date, link and duration). Who sees it: `rules.py`.
Workflow in `services/self_analysis.py`, pages in `views/self_analysis.py`. The model is imported at the end of
`models.py`, so Django registers it with the app.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from theme.submissions import key_field

from .validators import validate_client_code


class SelfAnalysis(models.Model):
    """One participant's analysis of their own conversation with the Kijkwijzer; `submitted_at` empty: a draft."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="self_analyses",
                              verbose_name=_("deelnemer"))
    cycle = models.OneToOneField("lms_cycles.ReflectionCycle", on_delete=models.CASCADE, null=True, blank=True,
                                 related_name="self_analysis", verbose_name=_("video-reflectie"))
    # The version that was current when it started; the answers name its options, as an analysis's do.
    framework = models.ForeignKey("lms_framework.Framework", on_delete=models.PROTECT, related_name="+",
                                  verbose_name=_("analysekader"))
    answers = models.JSONField(_("antwoorden"), default=dict, blank=True)
    # On its own (inside a cycle, the cycle's client code and recording count).
    client_code = models.CharField(_("cliëntcode of korte naam"), max_length=20, blank=True,
                                   validators=[validate_client_code])
    held_on = models.DateField(_("datum van het gesprek"), null=True, blank=True)
    recording_url = models.URLField(_("link naar de opname"), max_length=500, blank=True)
    duration_seconds = models.PositiveIntegerField(_("duur van de opname (seconden)"), null=True, blank=True)
    created_at = models.DateTimeField(_("begonnen op"), default=timezone.now)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)
    submitted_at = models.DateTimeField(_("afgerond op"), null=True, blank=True)
    submission_key = key_field()

    class Meta:
        verbose_name = _("zelfanalyse met de Kijkwijzer")
        verbose_name_plural = _("zelfanalyses met de Kijkwijzer")
        ordering = ["-updated_at", "-pk"]
        indexes = [models.Index(fields=["owner", "-updated_at"], name="self_analysis_owner_recent")]
        constraints = [
            models.UniqueConstraint(fields=["owner", "submission_key"], name="self_analysis_once_per_form"),
        ]

    def __str__(self):
        if self.cycle_id:
            return _("Zelfanalyse bij %(cycle)s") % {"cycle": self.cycle}
        if self.client_code:
            return _("Zelfanalyse %(name)s") % {"name": self.client_code}
        return _("Zelfanalyse van %(date)s") % {"date": date_format(self.held_on or self.created_at, "j F Y")}

    def get_absolute_url(self):
        name = "lms:cycles:kijkwijzer_edit" if self.is_draft else "lms:cycles:kijkwijzer_view"
        return reverse(name, args=[self.pk])

    @property
    def is_draft(self) -> bool:
        return self.submitted_at is None

    @property
    def status_label(self):
        return _("Concept") if self.is_draft else _("Afgerond")

    @property
    def recording(self):
        """Inside a cycle, the cycle's recording (or None); on its own, None (see `link` and `duration`)."""
        return getattr(self.cycle, "recording", None) if self.cycle_id else None

    @property
    def link(self) -> str:
        recording = self.recording
        return recording.url if recording is not None else self.recording_url

    @property
    def duration(self) -> int | None:
        """How long the recording lasts, in seconds, when known: fragments must end before it."""
        recording = self.recording
        return recording.duration_seconds if recording is not None else self.duration_seconds

    @property
    def duration_label(self) -> str:
        from .models import Fragment

        duration = self.duration
        return Fragment.clock(duration) if duration else ""

    @property
    def conversation_date(self):
        recording = self.recording
        return recording.recorded_on if recording is not None else self.held_on
