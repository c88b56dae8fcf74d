"""Ontwikkeldoelen: a participant's leerdoelen and actiedoelen, their versions, evaluations and conversations.

A goal's text is never edited in place. Every formulation is a `GoalVersion`; herijking after an evaluation
adds a new version and keeps the old one readable, with the evaluation that led to it. Change goals only
through `services`.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from lms.extensions.choices import QuickChoiceLabels
from theme.submissions import key_field

from .choices import (
    CADENCE_DEFAULT_WEEKS,
    CADENCE_MAX_WEEKS,
    CADENCE_MIN_WEEKS,
    Decision,
    Kind,
    Origin,
    Progress,
    Status,
)
from .dimensions import dimension_names

# Maximum lengths of what a person writes (the forms use the same numbers): a formulation stays a few paragraphs,
# a reflection on an evaluation may be longer. Bounded input keeps every page and PDF built from it bounded.
FORMULATION_LENGTH = 2000
REFLECTION_LENGTH = 5000
COMMENT_LENGTH = 2000


class Goal(QuickChoiceLabels, models.Model):
    """A leerdoel (what I want to learn) or actiedoel (what I will try), owned and written by one person."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="goals", verbose_name=_("eigenaar")
    )
    kind = models.CharField(_("soort"), max_length=16, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="actions",
        verbose_name=_("hoort bij leerdoel"),
    )
    origin = models.CharField(_("herkomst"), max_length=32, choices=Origin.choices, default=Origin.OWN_INITIATIVE)
    origin_note = models.CharField(_("toelichting herkomst"), max_length=200, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE)
    next_evaluation_on = models.DateField(_("volgende evaluatie"), null=True, blank=True)
    current_version = models.OneToOneField(
        "GoalVersion", on_delete=models.PROTECT, null=True, related_name="+", verbose_name=_("huidige versie")
    )
    created_at = models.DateTimeField(_("aangemaakt op"), default=timezone.now)
    closed_at = models.DateTimeField(_("afgesloten op"), null=True, blank=True)
    # The key of the form that set this goal: sending that form again finds this goal (theme.submissions).
    submission_key = key_field()

    class Meta:
        verbose_name = _("ontwikkeldoel")
        verbose_name_plural = _("ontwikkeldoelen")
        ordering = ["next_evaluation_on", "pk"]
        indexes = [
            models.Index(fields=["owner", "status"], name="goal_owner_status"),
            # The daily reminder job scans active goals by evaluation date.
            models.Index(fields=["next_evaluation_on"], condition=Q(status="active"), name="goal_active_due"),
        ]
        constraints = [models.UniqueConstraint(fields=["owner", "submission_key"], name="goal_once_per_form")]

    def __str__(self):
        return self.current_version.title if self.current_version_id else _("Doel zonder tekst")

    def get_absolute_url(self):
        return reverse("lms:goals:detail", args=[self.pk])

    @property
    def is_active(self):
        return self.status == Status.ACTIVE


class GoalVersion(models.Model):
    """One formulation of a goal. Immutable: herijking adds a version, it never edits one."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="versions", verbose_name=_("doel"))
    number = models.PositiveSmallIntegerField(_("versie"))
    title = models.CharField(_("titel"), max_length=160)
    description = models.TextField(_("omschrijving"), blank=True, max_length=FORMULATION_LENGTH)
    why = models.TextField(_("waarom dit belangrijk is"), blank=True, max_length=FORMULATION_LENGTH)
    success_criteria = models.TextField(_("hoe ik merk dat het gelukt is"), blank=True,
                                        max_length=FORMULATION_LENGTH)
    cadence_weeks = models.PositiveSmallIntegerField(
        _("evalueren elke (weken)"),
        default=CADENCE_DEFAULT_WEEKS,
        validators=[MinValueValidator(CADENCE_MIN_WEEKS), MaxValueValidator(CADENCE_MAX_WEEKS)],
    )
    dimensions = models.JSONField(_("onderdelen van het analysekader"), default=list, blank=True)
    after_evaluation = models.OneToOneField(
        "GoalEvaluation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resulting_version",
        verbose_name=_("na evaluatie"),
    )
    created_at = models.DateTimeField(_("vastgelegd op"), default=timezone.now)

    class Meta:
        verbose_name = _("versie van een doel")
        verbose_name_plural = _("versies van doelen")
        ordering = ["goal", "number"]
        constraints = [models.UniqueConstraint(fields=["goal", "number"], name="goalversion_unique_number")]

    def __str__(self):
        return f"{self.title} (v{self.number})"

    @cached_property
    def dimension_labels(self) -> list[str]:
        """The names of the analysekader's dimensions this version links to, as the framework names them (see
        `dimensions.dimension_names`); a code no published version knows is shown as it is. One query, none without
        dimensions; `dimensions.name_dimensions` names those of many versions in one."""
        return self.labels_from(dimension_names(self.dimensions))

    def labels_from(self, names: dict) -> list[str]:
        return [names.get(code, code) for code in self.dimensions]


class GoalEvaluation(QuickChoiceLabels, models.Model):
    """A periodic review of a goal by its owner, ending in a decision."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="evaluations", verbose_name=_("doel"))
    version = models.ForeignKey(GoalVersion, on_delete=models.PROTECT, related_name="evaluations",
                                verbose_name=_("versie"))
    evaluated_on = models.DateField(_("datum"), default=timezone.localdate)
    # The evaluation date the goal had when this evaluation was made: "on time" means evaluated_on <= due_on.
    due_on = models.DateField(_("gepland op"), null=True, blank=True)
    progress = models.PositiveSmallIntegerField(_("voortgang"), choices=Progress.choices)
    tried = models.TextField(_("wat ik in de praktijk heb geprobeerd"), max_length=REFLECTION_LENGTH)
    happened = models.TextField(_("wat er gebeurde"), blank=True, max_length=REFLECTION_LENGTH)
    evidence_link = models.URLField(_("link naar een voorbeeld"), blank=True)
    decision = models.CharField(_("besluit"), max_length=16, choices=Decision.choices)
    # One key per evaluation form shown: a double click or a resent form finds the first one saved.
    submission_key = models.UUIDField(default=uuid.uuid4, editable=False, verbose_name=_("verzendsleutel"))
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("gemaakt op"))

    class Meta:
        verbose_name = _("evaluatie")
        verbose_name_plural = _("evaluaties")
        ordering = ["-evaluated_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["goal", "submission_key"], name="evaluation_once_per_form"),
        ]
        indexes = [
            models.Index(fields=["goal", "-evaluated_on"], name="evaluation_goal_recent"),
            # The MT dashboard counts evaluations made on time per theme and quarter.
            models.Index(fields=["goal", "evaluated_on"], name="evaluation_on_time",
                         condition=Q(due_on__isnull=False, evaluated_on__lte=F("due_on"))),
        ]

    def __str__(self):
        return f"{self.evaluated_on}: {self.get_decision_display()}"


class GoalComment(models.Model):
    """A message in the conversation between a goal's owner and one person it is shared with.

    `reviewer` names that person: the thread is seen by the owner and the reviewer only, never by anyone
    else the goal is shared with.
    """

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="comments", verbose_name=_("doel"))
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
                                 verbose_name=_("meelezer"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
                               verbose_name=_("schrijver"))
    body = models.TextField(_("reactie"), max_length=COMMENT_LENGTH)
    answers = models.ForeignKey(
        "FeedbackRequest", on_delete=models.SET_NULL, null=True, blank=True, related_name="answers"
    , verbose_name=_("antwoorden"))
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("gemaakt op"))

    class Meta:
        verbose_name = _("reactie")
        verbose_name_plural = _("reacties")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["goal", "reviewer"], name="comment_thread")]

    def __str__(self):
        return _("Reactie op doel %(goal)s") % {"goal": self.goal_id}


class FeedbackRequest(models.Model):
    """The owner asks one person the goal is shared with for feedback, usually before an evaluation."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="feedback_requests", verbose_name=_("doel"))
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feedback_requests"
    , verbose_name=_("meelezer"))
    question = models.TextField(_("je vraag"), blank=True, max_length=COMMENT_LENGTH)
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("gevraagd op"))
    answered_at = models.DateTimeField(null=True, blank=True, verbose_name=_("beantwoord op"))
    submission_key = key_field()

    class Meta:
        verbose_name = _("feedbackverzoek")
        verbose_name_plural = _("feedbackverzoeken")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["reviewer", "answered_at"], name="feedback_reviewer_open")]
        constraints = [
            models.UniqueConstraint(
                fields=["goal", "reviewer"], condition=Q(answered_at__isnull=True), name="feedback_one_open"
            ),
            models.UniqueConstraint(fields=["goal", "submission_key"], name="feedback_once_per_form"),
        ]

    def __str__(self):
        return _("Feedbackverzoek voor doel %(goal)s") % {"goal": self.goal_id}

    @property
    def is_open(self):
        return self.answered_at is None
