"""The leergang as Wagtail pages: the index → a course → its modules, in order.

Serving and progress live in `serving` and `progress`; both work on the page instances they are given and import
no page class, so the pages can use them without an import cycle.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from . import serving
from .blocks import ModuleBodyBlock
from .permissions import CoursePermissionsMixin
from .progress import course_cards, course_progress


class CourseIndexPage(CoursePermissionsMixin, Page):
    intro = RichTextField(_("introductie"), blank=True, max_length=2000, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["lms_courses.CoursePage"]
    template = "courses/course_index_page.html"  # not the label-derived default (lms_...)
    max_count = 1

    class Meta:
        verbose_name = _("overzicht leergangen")
        verbose_name_plural = _("overzichten leergangen")

    def courses(self):
        return CoursePage.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = course_cards(request.user, self)
        return context


class CoursePage(CoursePermissionsMixin, Page):
    intro = RichTextField(_("introductie"), blank=True, max_length=2000,
                          features=["bold", "italic", "link", "ol", "ul"])
    audience = models.CharField(_("voor wie"), max_length=200, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("audience")]
    parent_page_types = ["lms_courses.CourseIndexPage"]
    subpage_types = ["lms_courses.ModulePage"]
    template = "courses/course_page.html"  # not the label-derived default (lms_...)

    class Meta:
        verbose_name = _("leergang")
        verbose_name_plural = _("leergangen")

    def serve(self, request, *args, **kwargs):
        return serving.serve_course(self, request) or super().serve(request, *args, **kwargs)

    def modules(self):
        # ModulePage.objects already yields ModulePage instances: .specific() would only add a query.
        return ModulePage.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["progress"] = course_progress(request.user, self)
        return context


class ModulePage(CoursePermissionsMixin, Page):
    class Kind(models.TextChoices):
        INFORMATION = "voorlichting", _("Voorlichting")
        FIRST_STEPS = "drempelverlagend", _("Eerste kleine stappen")
        FRAMEWORK = "analysekader", _("Training analysekader")
        BUDDY = "buddy", _("Buddy")
        INTERVISION = "intervisie", _("Intervisie")
        VIDEO_CYCLE = "video_cyclus", _("Video-reflectie")
        INDEPENDENT = "zelfstandig", _("Zelfstandig analyseren")

    kind = models.CharField(_("soort module"), max_length=20, choices=Kind.choices)
    duration_minutes = models.PositiveSmallIntegerField(_("geschatte duur (minuten)"), default=30)
    learning_aims = models.TextField(_("leerdoelen van de module"), blank=True, max_length=2000,
                                     help_text=_("Eén per regel."))
    requires_previous = models.BooleanField(
        _("eerst de vorige modules afronden"), default=False,
        help_text=_("Aan: deze module opent pas als alle eerdere modules van de leergang af zijn."),
    )
    body = StreamField(ModuleBodyBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("kind"), FieldPanel("duration_minutes"),
                      FieldPanel("learning_aims"), FieldPanel("requires_previous"), FieldPanel("body")]
    parent_page_types = ["lms_courses.CoursePage"]
    subpage_types = []
    template = "courses/module_page.html"  # not the label-derived default (lms_...)

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def aims(self):
        return [line.strip() for line in self.learning_aims.splitlines() if line.strip()]

    def earlier_modules(self):
        """The live modules before this one in its course, in order; titles only (bodies are not loaded).

        Read by path, so the course itself is not read first."""
        return (ModulePage.objects.sibling_of(self, inclusive=False).live().filter(path__lt=self.path)
                .defer_streamfields().order_by("path"))

    def serve(self, request, *args, **kwargs):
        return serving.serve_module(self, request)

    def serve_preview(self, request, mode_name):
        return serving.preview_module(self, request)
