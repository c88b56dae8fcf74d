"""Casuïstiek: training cases with an expert key on the analysekader, and each participant's attempts.

The expert key stays on the server until the participant has submitted their own analysis. A case may use a
fragment of a real cycle only while that cycle's consent allows training groups; otherwise it disappears.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin
from wagtail.search import index

from lms.framework.fields import CodeMappingField


class Case(DraftStateMixin, RevisionMixin, index.Indexed, models.Model):
    class Medium(models.TextChoices):
        CONSULTING_ROOM = "spreekkamer", _("Gesprek in de spreekkamer")
        VIDEO_CALL = "beeldbellen", _("Beeldbellen")

    class Difficulty(models.IntegerChoices):
        BASIC = 1, _("Basis")
        ADVANCED = 2, _("Gevorderd")
        HARD = 3, _("Lastig")

    title = models.CharField(_("titel"), max_length=120)
    slug = models.SlugField(_("korte naam in de link"), unique=True)
    medium = models.CharField(_("soort gesprek"), max_length=20, choices=Medium.choices)
    difficulty = models.PositiveSmallIntegerField(_("moeilijkheid"), choices=Difficulty.choices, default=1)
    situation = models.TextField(_("situatie"), max_length=10000)
    material = models.TextField(
        _("fragment uit het gesprek"), blank=True, max_length=20000,
        help_text=_("Een geanonimiseerd stuk transcript, één beurt per regel ('Klantmanager: …', 'Cliënt: …'), of "
                    "een beschrijving van een videofragment."),
    )
    uses_real_fragment = models.BooleanField(_("gebruikt een fragment uit een echte cyclus"), default=False)
    fragment = models.ForeignKey(
        "lms_cycles.Fragment", on_delete=models.SET_NULL, null=True, blank=True, related_name="training_cases",
        verbose_name=_("fragment"), help_text=_("Alleen als de cliënt toestemming gaf voor gebruik in trainingen."),
    )
    framework = models.ForeignKey("lms_framework.Framework", on_delete=models.PROTECT, related_name="cases",
                                  verbose_name=_("versie van het analysekader"))
    expert_answers = CodeMappingField(
        _("analyse van de expert"), default=dict, blank=True,
        help_text=_("Per regel: onderdeel = antwoord, bijvoorbeeld 'zelfbeeld = opgegeven'."),
    )
    explanations = CodeMappingField(_("toelichting per onderdeel"), default=dict, blank=True,
                                    help_text=_("Per regel: onderdeel = waarom de expert dit koos."))
    critical_moment = models.CharField(_("kritisch moment"), max_length=200, blank=True)

    panels = [FieldPanel("title"), FieldPanel("slug"), FieldPanel("medium"), FieldPanel("difficulty"),
              FieldPanel("situation"), FieldPanel("material"), FieldPanel("uses_real_fragment"),
              FieldPanel("fragment"), FieldPanel("framework"), FieldPanel("expert_answers"),
              FieldPanel("explanations"), FieldPanel("critical_moment")]
    search_fields = [index.SearchField("title"), index.SearchField("situation")]

    class Meta:
        verbose_name = _("casus")
        verbose_name_plural = _("casussen")
        ordering = ["difficulty", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("lms:casuistiek:exercise", args=[self.slug])

    @property
    def fragment_consented(self) -> bool:
        """The fragment's cycle has an active consent that allows training groups (False without a fragment)."""
        consent = getattr(self.fragment.cycle, "consent", None) if self.fragment else None
        return consent is not None and consent.is_active and consent.training_may_view

    def is_available(self) -> bool:
        """Live, and (for a real fragment) only while the client's consent allows training groups."""
        return self.live and (not self.uses_real_fragment or self.fragment_consented)

    def clean(self):
        errors = {}
        if self.uses_real_fragment and self.fragment_id and not self.fragment_consented:
            errors["fragment"] = _("De cliënt heeft geen toestemming gegeven om dit fragment in trainingen te "
                                   "gebruiken.")
        if self.uses_real_fragment and not self.fragment_id:
            errors["fragment"] = _("Kies het fragment, of zet 'gebruikt een fragment' uit.")
        if self.framework_id:
            prefetch_related_objects([self.framework], "dimensions")  # one read for all of framework.dimension()
            for code, value in (self.expert_answers or {}).items():
                dimension = self.framework.dimension(code)
                if dimension is None or (dimension.options and value not in dimension.option_codes):
                    errors["expert_answers"] = _("Onbekend onderdeel of antwoord: %(line)s") % {
                        "line": f"{code} = {value}"}
                    break
        if errors:
            raise ValidationError(errors)


class GroupSession(models.Model):
    """A facilitator opens a case for a group (intervisie or training); members analyse it on their own first."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="group_sessions", verbose_name=_("casus"))
    facilitator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
                                    verbose_name=_("begeleider"))
    title = models.CharField(_("naam van de groep of training"), max_length=120)
    opened_at = models.DateTimeField(default=timezone.now, verbose_name=_("geopend op"))

    class Meta:
        verbose_name = _("groepssessie")
        verbose_name_plural = _("groepssessies")
        ordering = ["-opened_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("lms:casuistiek:group", args=[self.pk])


class CaseAttemptQuerySet(models.QuerySet):
    def with_scores(self):
        """Annotate `agreed` and `scored` from the stored AttemptAgreement rows, so that a score counts exactly
        what the feedback page counts (coded, judged dimensions; several choices compared as a set)."""
        return self.annotate(agreed=models.Count("agreements", filter=models.Q(agreements__agrees=True)),
                             scored=models.Count("agreements"))


class CaseAttempt(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="case_attempts",
                             verbose_name=_("deelnemer"))
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="attempts", verbose_name=_("casus"))
    framework = models.ForeignKey("lms_framework.Framework", on_delete=models.PROTECT, related_name="+",
                                  verbose_name=_("analysekader"))
    answers = models.JSONField(default=dict, verbose_name=_("antwoorden"))
    group_session = models.ForeignKey(GroupSession, on_delete=models.SET_NULL, null=True, blank=True,
                                      related_name="attempts", verbose_name=_("groepssessie"))
    submitted_at = models.DateTimeField(default=timezone.now, verbose_name=_("ingediend op"))

    objects = CaseAttemptQuerySet.as_manager()

    class Meta:
        verbose_name = _("oefenpoging")
        verbose_name_plural = _("oefenpogingen")
        ordering = ["submitted_at", "pk"]
        indexes = [models.Index(fields=["user", "submitted_at"], name="attempt_user_time")]

    def __str__(self):
        return _("Oefening %(case)s") % {"case": self.case}

    def get_absolute_url(self):
        return reverse("lms:casuistiek:attempt", args=[self.pk])

    @property
    def score(self) -> int | None:
        """Percentage of judged dimensions on which the attempt agreed with the expert; needs `with_scores()`."""
        return round(100 * self.agreed / self.scored) if self.scored else None


class AttemptAgreement(models.Model):
    """Whether one attempt agreed with the expert key on one dimension; written once, when the attempt is kept.

    Stored so that organisation-wide calibration (the MT dashboard) is one SQL aggregate instead of comparing
    every attempt's answers in Python.
    """

    attempt = models.ForeignKey(CaseAttempt, on_delete=models.CASCADE, related_name="agreements",
                                verbose_name=_("oefenpoging"))
    dimension = models.CharField(max_length=64, verbose_name=_("onderdeel"))
    agrees = models.BooleanField(verbose_name=_("komt overeen"))

    class Meta:
        verbose_name = _("overeenkomst met de sleutel")
        verbose_name_plural = _("overeenkomsten met de sleutel")
        constraints = [models.UniqueConstraint(fields=["attempt", "dimension"], name="agreement_once")]

    def __str__(self):
        return f"{self.attempt_id}: {self.dimension}"
