"""The analysekader as versioned data: a framework, its ordered dimensions, and each dimension's options.

An organisation refines the framework without code by making a new version. A published version is frozen:
analyses point at it, and their answers only keep their meaning if the options they name never change. Change
versions only through `services` (new_version, publish).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from .fields import CodeMappingField, OptionListField

DEFAULT_SLUG = "analysekader"


class Framework(ClusterableModel):
    """One version of an analysis framework. Versions of the same framework share a slug."""

    slug = models.SlugField(
        _("code"), max_length=60, default=DEFAULT_SLUG,
        help_text=_("Alle versies van hetzelfde kader delen deze code."),
    )
    name = models.CharField(_("naam"), max_length=160)
    version = models.PositiveIntegerField(_("versie"), default=1)
    is_published = models.BooleanField(_("gepubliceerd"), default=False)
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)
    introduction = models.TextField(_("inleiding"), blank=True, max_length=5000)
    fit_table = CodeMappingField(
        _("passende strategie per zelfbeeld"), default=dict, blank=True,
        help_text=_('Eén regel per zelfbeeld: "code zelfbeeld = code strategie".'),
    )
    self_image_dimension = models.CharField(
        _("onderdeel zelfbeeld"), max_length=60, blank=True,
        help_text=_("De code van het onderdeel waarin het zelfbeeld van de cliënt staat."),
    )
    strategy_dimension = models.CharField(
        _("onderdeel strategie"), max_length=60, blank=True,
        help_text=_("De code van het onderdeel waarin de strategie van de klantmanager staat."),
    )

    class Meta:
        verbose_name = _("analysekader")
        verbose_name_plural = _("analysekaders")
        ordering = ["slug", "-version"]
        unique_together = [("slug", "version")]

    def __str__(self):
        return f"{self.name} (versie {self.version})"

    @classmethod
    def current(cls, slug=DEFAULT_SLUG):
        """The version new analyses use: the highest published one. Its dimensions come prefetched."""
        return (
            cls.objects.filter(slug=slug, is_published=True)
            .order_by("-version")
            .prefetch_related("dimensions")
            .first()
        )

    def dimension(self, code):
        """The dimension with this code, or None. Reads `dimensions.all()`, so a prefetch saves the query."""
        for dimension in self.dimensions.all():
            if dimension.code == code:
                return dimension
        return None

    @property
    def status_label(self):
        return _("Gepubliceerd") if self.is_published else _("Concept")


class Dimension(Orderable):
    """One question of the framework: a scale, a choice, several choices, or an open observation.

    Options are kept as an ordered JSON list on the dimension itself ({"code", "label"}): they are edited
    together, always read together, and never referred to by id, only by code in stored answers.
    """

    class Kind(models.TextChoices):
        SCALE = "scale", _("Schaal")
        SINGLE = "single", _("Eén keuze")
        MULTIPLE = "multiple", _("Meerdere keuzes")
        TEXT = "text", _("Open observatie")

    class Group(models.TextChoices):
        THEORY = "theory", _("Theoriegestuurd")
        KIJKWIJZER = "kijkwijzer", _("Kijkwijzer (aandachtsgebieden)")

    framework = ParentalKey(Framework, related_name="dimensions", on_delete=models.CASCADE,
                            verbose_name=_("analysekader"))
    code = models.SlugField(_("code"), max_length=60)
    label = models.CharField(_("naam"), max_length=160)
    kind = models.CharField(_("soort"), max_length=16, choices=Kind.choices, default=Kind.SINGLE)
    group = models.CharField(_("groep"), max_length=16, choices=Group.choices, default=Group.THEORY)
    question = models.TextField(_("vraag aan de analist"), blank=True, max_length=1000)
    # The Kijkwijzer's Werkblad: the same part asked of the professional who watches their own conversation back.
    self_question = models.TextField(
        _("vraag voor jezelf"), blank=True, max_length=1000,
        help_text=_("De vraag van het Kijkwijzer-werkblad, aan wie het eigen gesprek terugkijkt (je-vorm)."),
    )
    tip = models.TextField(
        _("tip bij dit onderdeel"), blank=True, max_length=1000,
        help_text=_("Eén concrete tip bij dit onderdeel, voor in het volgende gesprek."),
    )
    options = OptionListField(
        _("antwoordopties"), default=list, blank=True,
        help_text=_('Eén optie per regel: "code = omschrijving". Bij een schaal in volgorde, van laag naar hoog. '
                    "Een open observatie heeft geen opties."),
    )
    ordinal = models.BooleanField(
        _("geordend"), default=False,
        help_text=_("Aan voor een schaal: dan telt hoe ver twee antwoorden uit elkaar liggen."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("onderdeel")
        verbose_name_plural = _("onderdelen")
        unique_together = [("framework", "code")]

    def __str__(self):
        return self.label

    @property
    def option_labels(self) -> dict:
        return {option["code"]: option["label"] for option in self.options}

    @property
    def option_codes(self) -> list:
        return [option["code"] for option in self.options]

    @property
    def is_text(self) -> bool:
        return self.kind == self.Kind.TEXT

    @property
    def question_for_oneself(self) -> str:
        """The Werkblad's question; the analysts' question where no own one was written."""
        return self.self_question or self.question

    def label_for(self, value):
        """Human text for a stored answer: a label for a scale or choice, a list of labels for several
        choices, the text itself for an observation. An unknown code is shown as is rather than hidden."""
        if value is None:
            return [] if self.kind == self.Kind.MULTIPLE else ""
        if self.kind == self.Kind.TEXT:
            return str(value)
        labels = self.option_labels
        if self.kind == self.Kind.MULTIPLE:
            values = [value] if isinstance(value, str) else list(value)
            return [labels.get(str(code), str(code)) for code in values]
        return labels.get(str(value), str(value))

    def clean(self):
        errors = {}
        if self.kind == self.Kind.TEXT and self.options:
            errors["options"] = _("Een open observatie heeft geen antwoordopties.")
        elif self.kind != self.Kind.TEXT and len(self.options or []) < 2:
            errors["options"] = _("Geef minstens twee antwoordopties.")
        if self.ordinal and self.kind in (self.Kind.MULTIPLE, self.Kind.TEXT):
            errors["ordinal"] = _("Alleen een schaal of een enkele keuze kan geordend zijn.")
        if errors:
            raise ValidationError(errors)
