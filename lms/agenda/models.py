"""The leeragenda as Wagtail pages (index → agenda for a period → themes), goals linked to themes, anonymous
contributions, and the dashboard's kept figures.

A redacteur drafts agenda and theme pages; only the MT publishes them, through the workflow that
`workflow.ensure_agenda_workflow` attaches to the index page (see `permissions.AgendaPermissionTester`).
The agenda owns the link between a goal and a theme (`GoalTheme`; goals knows nothing of the agenda): the owner
sets it, the agenda page shows the reader their own goals per theme, the dashboard counts the links, never shows
them.
"""

import datetime

from dateutil.relativedelta import relativedelta
from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from courses.models import ModuleCompletion, ModulePage
from lms.people import access
from theme.submissions import key_field

from .permissions import AgendaPermissionTester

RICH_TEXT = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class AgendaPermissionsMixin:
    """Only the MT (or a superuser) publishes agenda pages; a redacteur submits them for approval."""

    def permissions_for_user(self, user):
        return AgendaPermissionTester(user, self)


class LoginFirstMixin:
    """Agenda pages are for people of the organisation: anyone logged in, nobody else."""

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)


class AgendaIndexPage(LoginFirstMixin, AgendaPermissionsMixin, Page):
    intro = RichTextField(_("introductie"), blank=True, max_length=2000, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["lms_agenda.AgendaPage"]
    template = "agenda/agenda_index_page.html"  # not the label-derived default (lms_...)
    max_count = 1

    class Meta:
        verbose_name = _("overzicht leeragenda's")
        verbose_name_plural = _("overzichten leeragenda's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["agendas"] = AgendaPage.objects.child_of(self).live().order_by("-starts_on")
        return context


class AgendaPage(LoginFirstMixin, AgendaPermissionsMixin, Page):
    """The organisation's learning agenda for one period, introduced by the MT."""

    starts_on = models.DateField(_("begint op"))
    ends_on = models.DateField(_("eindigt op"))
    intro = RichTextField(_("inleiding door het MT"), max_length=10000, features=RICH_TEXT)
    signed_by = models.CharField(_("ondertekening"), max_length=120, blank=True,
                                 help_text=_("Bijvoorbeeld: het managementteam van Werk en Inkomen."))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], heading=_("Periode")),
        FieldPanel("intro"),
        FieldPanel("signed_by"),
    ]
    parent_page_types = ["lms_agenda.AgendaIndexPage"]
    subpage_types = ["lms_agenda.ThemePage"]
    template = "agenda/agenda_page.html"  # not the label-derived default (lms_...)

    class Meta:
        verbose_name = _("leeragenda")
        verbose_name_plural = _("leeragenda's")

    def clean(self):
        """Periods follow calendar quarters and never overlap: the figures then always count in the same fixed
        blocks, so no two agendas can be laid side by side to isolate a few days (or a few people)."""
        super().clean()
        if not (self.starts_on and self.ends_on):
            return
        errors = {}
        if not is_quarter_start(self.starts_on):
            errors["starts_on"] = _("Een leeragenda begint aan het begin van een kwartaal: 1 januari, 1 april, "
                                    "1 juli of 1 oktober.")
        if not is_quarter_end(self.ends_on):
            errors["ends_on"] = _("Een leeragenda eindigt aan het eind van een kwartaal: 31 maart, 30 juni, "
                                  "30 september of 31 december.")
        elif self.ends_on <= self.starts_on:
            errors["ends_on"] = _("De einddatum moet na de begindatum liggen.")
        elif (self.ends_on - self.starts_on).days > 2 * 366:
            errors["ends_on"] = _("Een leeragenda beslaat hoogstens twee jaar.")
        if not errors:
            siblings = AgendaPage.objects.exclude(pk=self.pk).filter(starts_on__lte=self.ends_on,
                                                                      ends_on__gte=self.starts_on)
            overlapping = siblings.first()
            if overlapping is not None:
                errors["starts_on"] = _("Deze periode overlapt met “%(title)s”. Leeragenda's volgen elkaar op.") % {
                    "title": overlapping.title}
        if errors:
            raise ValidationError(errors)

    def themes(self):
        return ThemePage.objects.child_of(self).live().order_by("path")

    def themes_with_modules(self):
        """The themes, each with its live leergang modules in leergang order (one query for all modules)."""
        return self.themes().prefetch_related(Prefetch("modules", ModulePage.objects.live().order_by("path")))

    def quarters(self) -> list["Quarter"]:
        """The agenda's period in blocks of three months (calendar quarters, see clean)."""
        quarters, start, number = [], self.starts_on, 1
        while start <= self.ends_on:
            end = min(self.starts_on + relativedelta(months=3 * number) - datetime.timedelta(days=1), self.ends_on)
            quarters.append(Quarter(number, start, end))
            start, number = end + datetime.timedelta(days=1), number + 1
        return quarters

    def is_current(self, today=None):
        today = today or timezone.localdate()
        return self.starts_on <= today <= self.ends_on

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.for_reader(request.user))
        return context

    def for_reader(self, user) -> dict:
        """Themes with, for a participant, their own goals on each theme and the modules still to do.

        Only the reader's own goals and progress are read; the page is the same for everyone else.
        """
        themes = list(self.themes_with_modules())
        rows = [{"theme": theme, "goals": [], "modules": list(theme.modules.all()), "done": set()} for theme in themes]
        context = {"theme_rows": rows, "is_participant": False, "may_contribute": False, "contributions": []}
        if access.may(user, "goals.keep_plan"):
            context["is_participant"] = True
            by_theme = {row["theme"].pk: row for row in rows}
            links = (GoalTheme.objects.filter(goal__owner=user, goal__status="active", theme__in=themes)
                     .values_list("theme_id", "goal_id", "goal__current_version__title").order_by("goal_id"))
            for theme_id, goal_id, title in links:
                by_theme[theme_id]["goals"].append({"pk": goal_id, "title": title})
            module_ids = {module.pk for row in rows for module in row["modules"]}
            done = set(ModuleCompletion.objects.filter(user=user, module_id__in=module_ids)
                       .values_list("module_id", flat=True))
            for row in rows:
                row["done"] = {module.pk for module in row["modules"] if module.pk in done}
                row["todo"] = [module for module in row["modules"] if module.pk not in done]
        if access.may(user, "agenda.share_anonymously"):
            context["may_contribute"] = True
            context["contributions"] = list(Contribution.objects.filter(contributor=user, theme__in=themes)
                                            .select_related("theme"))
        return context


def quarter_start(day) -> datetime.date:
    """The first day of the calendar quarter `day` falls in."""
    return datetime.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def start_of_day(day) -> datetime.datetime:
    """Midnight at the start of `day`, local time: where a period given in dates begins for timestamps."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def four_quarters_until(day) -> tuple:
    """(start, end) of the four calendar quarters that end with the one `day` falls in."""
    start = quarter_start(day)
    return start - relativedelta(months=9), start + relativedelta(months=3) - datetime.timedelta(days=1)


def is_quarter_start(day) -> bool:
    return day.day == 1 and day.month in (1, 4, 7, 10)


def is_quarter_end(day) -> bool:
    return is_quarter_start(day + datetime.timedelta(days=1))


class Quarter:
    def __init__(self, number, start, end):
        self.number, self.start, self.end = number, start, end

    @property
    def begins_at(self) -> datetime.datetime:
        return start_of_day(self.start)

    @property
    def ends_before(self) -> datetime.datetime:
        """The first moment after the quarter: timestamps in it are < this."""
        return start_of_day(self.end + datetime.timedelta(days=1))

    @property
    def label(self):
        return _("Kwartaal %(number)s (%(start)s – %(end)s)") % {
            "number": self.number, "start": self.start.strftime("%d-%m-%Y"), "end": self.end.strftime("%d-%m-%Y")}

    @property
    def short_label(self):
        return f"K{self.number} {self.start:%m-%Y}"

    def __repr__(self):
        return f"Quarter({self.number}, {self.start}, {self.end})"


class ThemeForm(WagtailAdminPageForm):
    def clean(self):
        """A module serves one theme of an agenda. Shared modules would let two theme figures be subtracted
        into the few people who finished only the module the themes do not share."""
        cleaned = super().clean()
        parent = getattr(self, "parent_page", None)
        chosen = [module.pk for module in cleaned.get("modules") or []]
        if parent is None or not chosen:
            return cleaned
        # values_list reuses the filtered join: the title is that of a chosen module.
        taken = (ThemePage.objects.child_of(parent).exclude(pk=self.instance.pk).filter(modules__in=chosen)
                 .values_list("modules__title", "title").first())
        if taken:
            self.add_error("modules", _("De module “%(module)s” hoort al bij het thema “%(theme)s”. Een module helpt "
                                        "bij één thema van de leeragenda.") % {"module": taken[0], "theme": taken[1]})
        return cleaned


class ThemePage(AgendaPermissionsMixin, Page):
    """One theme of the agenda: what it is, why it matters, what serves it, and goals one could write."""

    base_form_class = ThemeForm

    summary = models.TextField(_("korte omschrijving"), max_length=400,
                               help_text=_("Eén of twee zinnen; staat in het overzicht van de leeragenda."))
    why = RichTextField(_("waarom dit ertoe doet"), max_length=5000, features=RICH_TEXT)
    modules = ParentalManyToManyField("lms_courses.ModulePage", blank=True, related_name="agenda_themes",
                                      verbose_name=_("modules van de leergang die hierbij helpen"))
    trainings = RichTextField(_("trainingen en andere activiteiten"), blank=True, max_length=5000,
                              features=RICH_TEXT)
    suggestions = models.TextField(
        _("voorbeelden van doelen"), blank=True, max_length=3000,
        help_text=_("Eén per regel. Alleen ter inspiratie: een deelnemer schrijft altijd een eigen doel."),
    )
    # Goals their owners linked to this theme (`goal.themes` from the other side). Personal: counted, never shown,
    # and never copied with the page.
    goals = models.ManyToManyField("lms_goals.Goal", through="GoalTheme", related_name="themes", blank=True,
                                   verbose_name=_("doelen"))
    exclude_fields_in_copy = ["goals"]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("why"),
        FieldPanel("modules", widget=forms.CheckboxSelectMultiple),
        FieldPanel("trainings"),
        FieldPanel("suggestions"),
    ]
    parent_page_types = ["lms_agenda.AgendaPage"]
    subpage_types = []
    template = "agenda/theme_page.html"  # not the label-derived default (lms_...)

    class Meta:
        verbose_name = _("thema van de leeragenda")
        verbose_name_plural = _("thema's van de leeragenda")

    def suggestion_list(self):
        return [line.strip() for line in self.suggestions.splitlines() if line.strip()]

    def serve(self, request, *args, **kwargs):
        """A theme is read on its agenda's page, where it sits among the others."""
        parent = self.get_parent()
        return redirect(f"{parent.url}#thema-{self.pk}")


class GoalTheme(models.Model):
    """A goal linked by its owner to a theme of the leeragenda: which theme the goal serves.

    A link, not part of the formulation: linking a goal written before the agenda existed needs no herijking.
    The owner's personal data (the access policy follows the goal); the dashboard counts these links per theme,
    above a threshold. Only through `services.set_goal_themes`.
    """

    # The unique pair serves lookups by goal; the index by theme serves the dashboard's counts per theme.
    goal = models.ForeignKey("lms_goals.Goal", on_delete=models.CASCADE, related_name="theme_links", db_index=False,
                             verbose_name=_("doel"))
    theme = models.ForeignKey(ThemePage, on_delete=models.CASCADE, related_name="goal_links", db_index=False,
                              verbose_name=_("thema"))

    class Meta:
        verbose_name = _("thema van een doel")
        verbose_name_plural = _("thema's van doelen")
        constraints = [models.UniqueConstraint(fields=["goal", "theme"], name="goaltheme_once")]
        indexes = [models.Index(fields=["theme", "goal"], name="goaltheme_theme_goal")]

    def __str__(self):
        return f"{self.goal_id} → {self.theme_id}"


class Contribution(models.Model):
    """An aandachtspunt a participant chose to share, anonymously, for the organisation to learn from.

    `contributor` exists so that its writer can take it back and so that erasure finds it; it is never shown
    to anyone else. Management reads the texts per theme only when there are at least the threshold of them.
    """

    theme = models.ForeignKey(ThemePage, on_delete=models.CASCADE, related_name="contributions",
                              verbose_name=_("thema"))
    contributor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
                                    verbose_name=_("van"))
    text = models.TextField(_("wat je wilt delen"), max_length=600)
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("gemaakt op"))
    submission_key = key_field()

    class Meta:
        verbose_name = _("anonieme bijdrage")
        verbose_name_plural = _("anonieme bijdragen")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["theme"], name="contribution_theme"),
                   models.Index(fields=["contributor"], name="contribution_contributor")]
        constraints = [models.UniqueConstraint(fields=["contributor", "submission_key"],
                                               name="contribution_once_per_form")]

    def __str__(self):
        return _("Bijdrage %(number)s") % {"number": self.pk}


class FigureSnapshot(models.Model):
    """The dashboard's figures for one agenda, as shown: counted and suppressed by a django-q2 job, so that a visit
    to the dashboard does not recount every participant. Holds only shown values (hidden cells are null), never a
    raw count, so keeping it adds nothing to what the MT may know."""

    agenda = models.ForeignKey(AgendaPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("leeragenda"))
    min_group_size = models.PositiveSmallIntegerField(verbose_name=_("minimale groepsgrootte"))
    computed_at = models.DateTimeField(verbose_name=_("berekend op"))
    # What the figures are about (period, themes, modules, metrics), the closed quarters and the team choices; the
    # figures themselves are in one FigureSlice per team, so a visit reads only the slices it shows.
    data = models.JSONField(verbose_name=_("cijfers"))
    # Set when something the figures are about changed (a team made, renamed or removed): the next visit has them
    # counted again by a job, and meanwhile shows these with a note.
    recount = models.BooleanField(_("opnieuw tellen"), default=False)

    class Meta:
        verbose_name = _("bewaard cijferoverzicht")
        verbose_name_plural = _("bewaarde cijferoverzichten")
        constraints = [models.UniqueConstraint(fields=["agenda", "min_group_size"], name="snapshot_once")]

    def __str__(self):
        return f"{self.agenda_id} ({self.computed_at:%Y-%m-%d %H:%M})"


class FigureSlice(models.Model):
    """The kept figures of one part of the organisation (a team, no team, or the whole organisation): every
    metric, theme and quarter of it, as shown. The dashboard reads the slice of the team chosen and the
    organisation's, however many teams there are."""

    snapshot = models.ForeignKey(FigureSnapshot, on_delete=models.CASCADE, related_name="slices",
                                 verbose_name=_("cijferoverzicht"))
    part = models.CharField(_("deel"), max_length=20)  # a team id, "geen-team" or "organisatie"
    data = models.JSONField(verbose_name=_("cijfers"))

    class Meta:
        verbose_name = _("deel van een cijferoverzicht")
        verbose_name_plural = _("delen van cijferoverzichten")
        constraints = [models.UniqueConstraint(fields=["snapshot", "part"], name="figure_slice_once")]

    def __str__(self):
        return f"{self.snapshot_id}: {self.part}"
