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

from lms.conf import setting
from lms.extensions.choices import QuickChoiceLabels
from lms.goals.models import Goal
from theme.submissions import key_field


class Medium(models.TextChoices):
    CONSULTING_ROOM = "spreekkamer", _("Gesprek in de spreekkamer")
    VIDEO_CALL = "beeldbellen", _("Beeldbellen")
    # The learner is the leidinggevende: a conversation with a colleague, who consents; no client, no client code.
    MANAGER = "leidinggevende", _("Gesprek van een leidinggevende met een medewerker")


class Step(models.TextChoices):
    REGISTERED = "aangemeld", _("Aangemeld")
    CONSENT = "toestemming", _("Toestemming vastgelegd")
    # From cycle VKNZ_SELF_ANALYSIS_FROM_CYCLE on, with analysts and watching back: the participant analyses first.
    SELF_ANALYSIS = "zelfanalyse", _("Zelfanalyse")
    ANALYSIS = "analyse", _("Analyse")
    DISCUSSION = "bespreking", _("Bespreking van de analyses")
    INTERVIEW = "interview", _("Cliëntinterview")
    INTERVISION = "intervisie", _("Intervisie")
    REFLECTION = "reflectie", _("Reflectiegesprek")
    ATTENTION_POINTS = "aandachtspunten", _("Aandachtspunten")
    FINISHED = "afgerond", _("Afgerond")
    WITHDRAWN = "ingetrokken", _("Toestemming ingetrokken")


class ReflectionCycle(QuickChoiceLabels, models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cycles", verbose_name=_("deelnemer")
    )
    client_code = models.CharField(_("cliëntcode"), max_length=20, blank=True)
    medium = models.CharField(_("soort gesprek"), max_length=20, choices=Medium.choices)
    learning_question = models.TextField(_("leervraag"), max_length=1000)
    doubts = models.TextField(_("twijfels of zorgen"), blank=True, max_length=2000)
    # The four ingredients of the report (see variants.py): (a) watching the recording back, (b) the client's
    # feedback through a neutral interviewer, (c) feedback of two analysts or trainers, (d) collegial consultation.
    with_video_analysis = models.BooleanField(_("terugkijken van de opname"), default=True)
    with_client_feedback = models.BooleanField(_("feedback van de cliënt"), default=True)
    with_analyst_feedback = models.BooleanField(_("feedback van analisten of trainers"), default=True)
    with_intervision = models.BooleanField(_("bespreken in intervisie"), default=False)
    interviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("neutrale interviewer"),
    )
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
        if not self.client_code:
            return _("Video-reflectie %(number)s") % {"number": self.number or self.pk}
        return _("Video-reflectie %(number)s (cliënt %(code)s)") % {"number": self.number or self.pk,
                                                                    "code": self.client_code}

    def get_absolute_url(self):
        return reverse("lms:cycles:detail", args=[self.pk])

    @property
    def needs_recording(self):
        """Watching back (a) and the analysts' feedback (c) work on the recording; the other ingredients do not."""
        return self.with_video_analysis or self.with_analyst_feedback

    @property
    def needs_consent(self):
        """Every ingredient but collegial consultation on one's own experience (d alone) involves the client."""
        return self.needs_recording or self.with_client_feedback

    @property
    def needs_assignment(self):
        """Analysts (c) or a neutral interviewer (b) are assigned by a teamcoach before the cycle goes on."""
        return self.with_analyst_feedback or self.with_client_feedback

    @property
    def self_analysis_first(self):
        """From the participant's cycle VKNZ_SELF_ANALYSIS_FROM_CYCLE on (default the third), a cycle with analysts
        (c) and watching back (a) asks the participant to analyse the recording first, with the Kijkwijzer; the
        analysts then respond to that analysis instead of analysing blind. Cycles before it stay as they were."""
        return (self.with_video_analysis and self.with_analyst_feedback
                and (self.number or 0) >= int(setting("VKNZ_SELF_ANALYSIS_FROM_CYCLE")))

    @property
    def offers_self_analysis(self):
        """Watching back with the Kijkwijzer belongs to this cycle: as its own step (`self_analysis_first`), or as
        the way to watch back when no analysts take part (e.g. alone, or before the intervisie)."""
        return self.with_video_analysis and (self.self_analysis_first or not self.with_analyst_feedback)

    @property
    def interview_possible(self):
        consent = getattr(self, "consent", None)
        return (self.with_client_feedback and self.medium != Medium.MANAGER and consent is not None
                and consent.interview_allowed and consent.is_active)

    def steps(self) -> list:
        """The steps this cycle goes through, given its ingredients, medium and consent."""
        steps = [Step.REGISTERED] if self.needs_consent else []
        if self.needs_assignment:
            steps.append(Step.CONSENT)
        # A cycle already at the step keeps it, should the threshold change under way.
        if self.self_analysis_first or self.step == Step.SELF_ANALYSIS:
            steps.append(Step.SELF_ANALYSIS)
        if self.with_analyst_feedback:
            steps += [Step.ANALYSIS, Step.DISCUSSION]
        if self.interview_possible or (self.with_client_feedback and getattr(self, "consent", None) is None):
            steps.append(Step.INTERVIEW)
        if self.with_intervision:
            steps.append(Step.INTERVISION)
        return [*steps, Step.REFLECTION, Step.ATTENTION_POINTS, Step.FINISHED]

    def first_step(self):
        """From the ingredients alone (the consent is not asked for: it cannot exist yet). Every ingredient but
        intervisie on one's own experience involves the client, whose consent comes first."""
        return Step.REGISTERED if self.needs_consent else Step.INTERVISION

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
    # The interviewer's raw notes stay with the interviewer and the analysts unless the client agrees otherwise.
    notes_to_participant = models.BooleanField(
        _("de klantmanager mag de aantekeningen van het interview lezen"), default=False)
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
    for the other analyst until both submitted; the participant's own and the consensus fragments are shared.

    A fragment marked in a Kijkwijzer self-analysis hangs on that self-analysis; inside a cycle it is also one of
    the cycle's fragments (so it can be chosen for the reflection and goes with the recording), on its own it has
    no cycle. Either way it belongs somewhere (a check constraint), and never to two analyses at once."""

    cycle = models.ForeignKey(ReflectionCycle, on_delete=models.CASCADE, related_name="fragments", null=True,
                              blank=True, verbose_name=_("cyclus"))
    analysis = models.ForeignKey(Analysis, on_delete=models.CASCADE, null=True, blank=True, related_name="fragments",
                                 verbose_name=_("analyse"))
    self_analysis = models.ForeignKey("lms_cycles.SelfAnalysis", on_delete=models.CASCADE, null=True, blank=True,
                                      related_name="fragments", verbose_name=_("zelfanalyse"))
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
        constraints = [
            models.CheckConstraint(condition=models.Q(cycle__isnull=False) | models.Q(self_analysis__isnull=False),
                                   name="fragment_of_a_cycle_or_self_analysis"),
            models.CheckConstraint(condition=models.Q(analysis__isnull=True) | models.Q(self_analysis__isnull=True),
                                   name="fragment_of_one_analysis"),
        ]

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


class InterviewFeedback(models.Model):
    """What the neutral interviewer passes on to the participant: aandachtspunten and reflectievragen written
    from the interview, and per part of the analysekader how the client saw it. The raw notes stay behind."""

    cycle = models.OneToOneField(ReflectionCycle, on_delete=models.CASCADE, related_name="interview_feedback",
                                 verbose_name=_("cyclus"))
    points = models.TextField(_("aandachtspunten voor de klantmanager"), max_length=3000)
    questions = models.TextField(_("reflectievragen"), blank=True, max_length=3000)
    client_view = models.JSONField(_("hoe de cliënt het zag, per onderdeel"), default=dict, blank=True)
    framework = models.ForeignKey("lms_framework.Framework", on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="+", verbose_name=_("analysekader"))
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("gemaakt op"))

    class Meta:
        verbose_name = _("terugkoppeling van het interview")
        verbose_name_plural = _("terugkoppelingen van interviews")

    def __str__(self):
        return _("Terugkoppeling bij cyclus %(number)s") % {"number": self.cycle_id}


class SelfAssessment(models.Model):
    """The participant's own view of the conversation on the analysekader (zelfbeeld), scored before the
    reflection: set beside the analysts' consensus and the client's view, the differences are what to talk about."""

    cycle = models.OneToOneField(ReflectionCycle, on_delete=models.CASCADE, related_name="self_assessment",
                                 verbose_name=_("cyclus"))
    framework = models.ForeignKey("lms_framework.Framework", on_delete=models.PROTECT, related_name="+",
                                  verbose_name=_("analysekader"))
    answers = models.JSONField(_("antwoorden"), default=dict)
    submitted_at = models.DateTimeField(default=timezone.now, verbose_name=_("ingevuld op"))

    class Meta:
        verbose_name = _("zelfbeeld")
        verbose_name_plural = _("zelfbeelden")

    def __str__(self):
        return _("Zelfbeeld bij cyclus %(number)s") % {"number": self.cycle_id}


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


class FollowUpCheck(models.Model):
    """In a vervolggesprek with the same client: did an aandachtspunt of the earlier cycle work?"""

    class Outcome(models.TextChoices):
        WORKED = "gelukt", _("Gelukt")
        PARTLY = "deels", _("Deels")
        NOT_YET = "nog-niet", _("Nog niet")

    cycle = models.ForeignKey(ReflectionCycle, on_delete=models.CASCADE, related_name="follow_up_checks",
                              verbose_name=_("vervolgcyclus"))
    point = models.ForeignKey(AttentionPoint, on_delete=models.CASCADE, related_name="checks",
                              verbose_name=_("aandachtspunt"))
    outcome = models.CharField(_("gelukt?"), max_length=10, choices=Outcome.choices)
    note = models.CharField(_("toelichting"), max_length=500, blank=True)
    checked_at = models.DateTimeField(default=timezone.now, verbose_name=_("beoordeeld op"))

    class Meta:
        verbose_name = _("terugblik op een aandachtspunt")
        verbose_name_plural = _("terugblikken op aandachtspunten")
        constraints = [models.UniqueConstraint(fields=["cycle", "point"], name="follow_up_check_once")]

    def __str__(self):
        return f"{self.point_id}: {self.outcome}"


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
from .kijkwijzer import SelfAnalysis  # noqa: E402,F401
from .ratings import RatingInvitation, SessionRating  # noqa: E402,F401
from .samenleerwijzer import CollaborationTalk, SamenleerwijzerCadence, TalkAttentionPoint  # noqa: E402,F401
