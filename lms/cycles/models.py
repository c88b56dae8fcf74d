"""Video-reflection cycles: one recorded conversation with a client and everything the participant learns from it.

What the client signed (`Consent`) decides who may see the recording and its fragments; see `rules.py`. The
recording itself stays in the organisation's own storage: we keep a link, a date and a duration. Change cycles
only through `services`, which checks the order of the steps.
"""

import datetime

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.goals.models import Goal
from theme.submissions import key_field


class Medium(models.TextChoices):
    CONSULTING_ROOM = "spreekkamer", _("Gesprek in de spreekkamer")
    VIDEO_CALL = "beeldbellen", _("Beeldbellen")
    MANAGER = "leidinggevende", _("Gesprek met je leidinggevende")


class Step(models.TextChoices):
    REGISTERED = "aangemeld", _("Aangemeld")
    CONSENT = "toestemming", _("Toestemming vastgelegd")
    ANALYSIS = "analyse", _("Analyse")
    DISCUSSION = "bespreking", _("Bespreking van de analyses")
    INTERVIEW = "interview", _("Cliëntinterview")
    REFLECTION = "reflectie", _("Reflectiegesprek")
    ATTENTION_POINTS = "aandachtspunten", _("Aandachtspunten")
    FINISHED = "afgerond", _("Afgerond")
    WITHDRAWN = "ingetrokken", _("Toestemming ingetrokken")


class ReflectionCycle(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cycles", verbose_name=_("deelnemer")
    )
    client_code = models.CharField(_("cliëntcode"), max_length=20)
    medium = models.CharField(_("soort gesprek"), max_length=20, choices=Medium.choices)
    learning_question = models.TextField(_("leervraag"), max_length=1000)
    doubts = models.TextField(_("twijfels of zorgen"), blank=True, max_length=2000)
    with_video_analysis = models.BooleanField(_("video-analyse door analisten"), default=True)
    with_client_feedback = models.BooleanField(_("feedback van de cliënt"), default=True)
    with_analyst_feedback = models.BooleanField(_("feedback van analisten of trainers"), default=True)
    with_intervision = models.BooleanField(_("bespreken in intervisie"), default=False)
    follows = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="follow_ups",
        verbose_name=_("vervolg op"),
    )
    step = models.CharField(_("stap"), max_length=20, choices=Step.choices, default=Step.REGISTERED)
    framework = models.ForeignKey(
        "lms_framework.Framework", on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("analysekader"),
    )
    consensus_released_at = models.DateTimeField(null=True, blank=True, verbose_name=_("consensus vrijgegeven op"))
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("gemaakt op"))
    finished_at = models.DateTimeField(null=True, blank=True, verbose_name=_("afgerond op"))
    # 1, 2, … per participant, given once when the cycle starts: "Video-reflectie 1" is one's own first cycle.
    number = models.PositiveIntegerField(_("nummer"), null=True, blank=True, editable=False)
    submission_key = key_field()

    class Meta:
        verbose_name = _("video-reflectiecyclus")
        verbose_name_plural = _("video-reflectiecycli")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["owner", "-created_at"], name="cycle_owner_recent"),
            models.Index(fields=["step"], name="cycle_step"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["owner", "number"], name="cycle_number_per_owner"),
            models.UniqueConstraint(fields=["owner", "submission_key"], name="cycle_once_per_form"),
        ]

    def __str__(self):
        return _("Video-reflectie %(number)s (cliënt %(code)s)") % {"number": self.number or self.pk,
                                                                    "code": self.client_code}

    def get_absolute_url(self):
        return reverse("lms:cycles:detail", args=[self.pk])

    @property
    def interview_possible(self):
        consent = getattr(self, "consent", None)
        return (self.with_client_feedback and self.medium != Medium.MANAGER and consent is not None
                and consent.interview_allowed and consent.is_active)

    def steps(self) -> list:
        """The steps this cycle goes through, given its variant, medium and consent."""
        steps = [Step.REGISTERED, Step.CONSENT]
        if self.with_video_analysis:
            steps += [Step.ANALYSIS, Step.DISCUSSION]
        if self.interview_possible:
            steps.append(Step.INTERVIEW)
        return [*steps, Step.REFLECTION, Step.ATTENTION_POINTS, Step.FINISHED]

    def next_step(self):
        steps = self.steps()
        if self.step not in steps or self.step == Step.FINISHED:
            return None
        return steps[steps.index(self.step) + 1]


class Consent(models.Model):
    """What the client signed. Nothing of the recording is shared before it exists, nor after it is withdrawn."""

    cycle = models.OneToOneField(ReflectionCycle, on_delete=models.CASCADE, related_name="consent",
                                 verbose_name=_("cyclus"))
    signed_on = models.DateField(_("datum ondertekend"))
    analysts_may_view = models.BooleanField(_("analisten mogen de opname bekijken"), default=True)
    colleagues_may_view = models.BooleanField(_("collega's (bijvoorbeeld de intervisiegroep) mogen fragmenten zien"),
                                              default=False)
    training_may_view = models.BooleanField(_("fragmenten mogen in trainingen worden gebruikt"), default=False)
    interview_allowed = models.BooleanField(_("de cliënt mag benaderd worden voor een interview"), default=False)
    retention_months = models.PositiveSmallIntegerField(
        _("bewaartermijn na afronding (maanden)"), default=6,
        validators=[MinValueValidator(1), MaxValueValidator(24)],
    )
    recorded_at = models.DateTimeField(default=timezone.now, verbose_name=_("vastgelegd op"))
    withdrawn_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)

    class Meta:
        verbose_name = _("toestemming")
        verbose_name_plural = _("toestemmingen")

    def __str__(self):
        return _("Toestemming voor cyclus %(number)s") % {"number": self.cycle_id}

    @property
    def is_active(self):
        return self.withdrawn_at is None

    def retention_until(self) -> datetime.date | None:
        if self.cycle.finished_at is None:
            return None
        return (self.cycle.finished_at + relativedelta(months=self.retention_months)).date()


class RecordingReference(models.Model):
    """Where the recording is kept (the organisation's storage), when it was made and how long it lasts."""

    cycle = models.OneToOneField(ReflectionCycle, on_delete=models.CASCADE, related_name="recording",
                                 verbose_name=_("cyclus"))
    url = models.URLField(_("link naar de opname"), max_length=500)
    recorded_on = models.DateField(_("datum van het gesprek"))
    duration_seconds = models.PositiveIntegerField(_("duur (seconden)"))

    class Meta:
        verbose_name = _("opname")
        verbose_name_plural = _("opnames")

    def __str__(self):
        return _("Opname van cyclus %(number)s") % {"number": self.cycle_id}

    @property
    def duration_label(self):
        return Fragment.clock(self.duration_seconds)


class AnalystAssignment(models.Model):
    cycle = models.ForeignKey(ReflectionCycle, on_delete=models.CASCADE, related_name="assignments",
                              verbose_name=_("cyclus"))
    analyst = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="analyst_assignments", verbose_name=_("analist"))
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
                                    verbose_name=_("toegewezen door"))
    assigned_at = models.DateTimeField(default=timezone.now, verbose_name=_("toegewezen op"))

    class Meta:
        verbose_name = _("toewijzing aan een analist")
        verbose_name_plural = _("toewijzingen aan analisten")
        constraints = [models.UniqueConstraint(fields=["cycle", "analyst"], name="assignment_once")]
        indexes = [models.Index(fields=["analyst", "cycle"], name="assignment_analyst")]

    def __str__(self):
        return f"{self.cycle_id}: {self.analyst_id}"


class Analysis(models.Model):
    """One analyst's filled-in analysekader, or (analyst empty, is_consensus) the agreed one."""

    cycle = models.ForeignKey(ReflectionCycle, on_delete=models.CASCADE, related_name="analyses",
                              verbose_name=_("cyclus"))
    analyst = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
                                verbose_name=_("analist"))
    is_consensus = models.BooleanField(default=False, verbose_name=_("consensus"))
    framework = models.ForeignKey("lms_framework.Framework", on_delete=models.PROTECT, related_name="analyses",
                                  verbose_name=_("analysekader"))
    answers = models.JSONField(default=dict, verbose_name=_("antwoorden"))
    submitted_at = models.DateTimeField(null=True, blank=True, verbose_name=_("ingediend op"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("bijgewerkt op"))

    class Meta:
        verbose_name = _("analyse")
        verbose_name_plural = _("analyses")
        constraints = [
            models.UniqueConstraint(fields=["cycle", "analyst"], condition=models.Q(is_consensus=False),
                                    name="analysis_one_per_analyst"),
            models.UniqueConstraint(fields=["cycle"], condition=models.Q(is_consensus=True),
                                    name="analysis_one_consensus"),
        ]

    def __str__(self):
        if self.is_consensus:
            return str(_("Consensus"))
        return _("Analyse van cyclus %(number)s") % {"number": self.cycle_id}


class Fragment(models.Model):
    """A marked time span of the recording with an observation. Fragments marked during an analysis stay blind
    for the other analyst until both submitted; the participant's own and the consensus fragments are shared."""

    cycle = models.ForeignKey(ReflectionCycle, on_delete=models.CASCADE, related_name="fragments",
                              verbose_name=_("cyclus"))
    analysis = models.ForeignKey(Analysis, on_delete=models.CASCADE, null=True, blank=True, related_name="fragments",
                                 verbose_name=_("analyse"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
                                   verbose_name=_("gemaakt door"))
    start_seconds = models.PositiveIntegerField(_("begin (seconden)"))
    end_seconds = models.PositiveIntegerField(_("einde (seconden)"))
    label = models.CharField(_("naam"), max_length=120)
    observation = models.TextField(_("observatie"), blank=True, max_length=2000)
    dimensions = models.JSONField(_("onderdelen van het analysekader"), default=list, blank=True)

    class Meta:
        verbose_name = _("fragment")
        verbose_name_plural = _("fragmenten")
        ordering = ["start_seconds", "pk"]

    def __str__(self):
        return f"{self.label} ({self.start_label}–{self.end_label})"

    @staticmethod
    def clock(seconds):
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}" if seconds >= 3600 \
            else f"{seconds // 60}:{seconds % 60:02d}"

    @property
    def start_label(self):
        return self.clock(self.start_seconds)

    @property
    def end_label(self):
        return self.clock(self.end_seconds)


class ClientInterview(models.Model):
    cycle = models.OneToOneField(ReflectionCycle, on_delete=models.CASCADE, related_name="interview",
                                 verbose_name=_("cyclus"))
    interviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
                                    verbose_name=_("interviewer"))
    held_on = models.DateField(_("datum"))
    answers = models.JSONField(_("aantekeningen per vraag"), default=dict)
    quotes = models.TextField(_("opvallende uitspraken"), blank=True, max_length=5000)
    fragments = models.ManyToManyField(Fragment, blank=True, related_name="interviews")
    cancelled_at = models.DateTimeField(null=True, blank=True, verbose_name=_("afgezegd op"))

    class Meta:
        verbose_name = _("cliëntinterview")
        verbose_name_plural = _("cliëntinterviews")

    def __str__(self):
        return _("Interview bij cyclus %(number)s") % {"number": self.cycle_id}


class ReflectionMeeting(models.Model):
    cycle = models.OneToOneField(ReflectionCycle, on_delete=models.CASCADE, related_name="reflection",
                                 verbose_name=_("cyclus"))
    held_on = models.DateField(_("datum"))
    answers = models.JSONField(_("antwoorden op de reflectievragen"), default=dict)
    notes = models.TextField(_("aantekeningen"), blank=True, max_length=10000)
    fragments = models.ManyToManyField(Fragment, blank=True, related_name="reflections")

    class Meta:
        verbose_name = _("reflectiegesprek")
        verbose_name_plural = _("reflectiegesprekken")

    def __str__(self):
        return _("Reflectiegesprek bij cyclus %(number)s") % {"number": self.cycle_id}


class AttentionPoint(models.Model):
    """What the participant takes away. One step turns it into a leerdoel or actiedoel (the goal keeps the link)."""

    cycle = models.ForeignKey(ReflectionCycle, on_delete=models.CASCADE, related_name="attention_points",
                              verbose_name=_("cyclus"))
    text = models.CharField(_("aandachtspunt"), max_length=300)
    goal = models.OneToOneField(Goal, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="attention_point", verbose_name=_("doel"))
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("gemaakt op"))

    class Meta:
        verbose_name = _("aandachtspunt")
        verbose_name_plural = _("aandachtspunten")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text


class CycleEvent(models.Model):
    """The cycle's timeline: which step happened when, by whom. Holds no content, so it survives every purge."""

    cycle = models.ForeignKey(ReflectionCycle, on_delete=models.CASCADE, related_name="events",
                              verbose_name=_("cyclus"))
    at = models.DateTimeField(default=timezone.now, verbose_name=_("moment"))
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
                              verbose_name=_("door"))
    text = models.CharField(max_length=200, verbose_name=_("tekst"))

    class Meta:
        verbose_name = _("gebeurtenis in een cyclus")
        verbose_name_plural = _("gebeurtenissen in cycli")
        ordering = ["at", "pk"]

    def __str__(self):
        return self.text


from .evidence import EvaluationEvidence  # noqa: E402,F401
