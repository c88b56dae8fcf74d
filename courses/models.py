"""The leergang as Wagtail pages (index → course → modules in order) and each participant's progress in it.

Reflection answers are private: only their writer sees them (see rules.py); a teamcoach sees which modules a
coachee finished, never what they wrote.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .blocks import ModuleBodyBlock


class CourseIndexPage(Page):
    intro = RichTextField(_("introductie"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("overzicht leergangen")

    def get_context(self, request, *args, **kwargs):
        from .progress import course_cards

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = course_cards(request.user, self)
        return context


class CoursePage(Page):
    intro = RichTextField(_("introductie"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    audience = models.CharField(_("voor wie"), max_length=200, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("audience")]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("leergang")

    def serve(self, request, *args, **kwargs):
        from .views import serve_course

        return serve_course(self, request) or super().serve(request, *args, **kwargs)

    def modules(self):
        # ModulePage.objects already yields ModulePage instances: .specific() would only add a query.
        return ModulePage.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        from .progress import course_progress

        context = super().get_context(request, *args, **kwargs)
        context["progress"] = course_progress(request.user, self)
        return context


class ModulePage(Page):
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
    learning_aims = models.TextField(_("leerdoelen van de module"), blank=True, help_text=_("Eén per regel."))
    requires_previous = models.BooleanField(
        _("eerst de vorige modules afronden"), default=False,
        help_text=_("Aan: deze module opent pas als alle eerdere modules van de leergang af zijn."),
    )
    body = StreamField(ModuleBodyBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("kind"), FieldPanel("duration_minutes"),
                      FieldPanel("learning_aims"), FieldPanel("requires_previous"), FieldPanel("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("module")

    def aims(self):
        return [line.strip() for line in self.learning_aims.splitlines() if line.strip()]

    def serve(self, request, *args, **kwargs):
        from .views import serve_module

        return serve_module(self, request)

    def serve_preview(self, request, mode_name):
        """Editors preview the content as a participant would see it, without anyone's progress."""
        from django.template.response import TemplateResponse

        from .progress import ModuleState, missing_for

        state = ModuleState()
        state.missing = missing_for(self, state)
        context = {**self.get_context(request), "state": state, "preview": True}
        return TemplateResponse(request, self.get_template(request), context)


class Enrolment(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="enrolments")
    enrolled_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="enrolment_once")]

    def __str__(self):
        return f"{self.user_id} → {self.course_id}"


class ModuleCompletion(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_completions")
    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "module"], name="completion_once")]
        indexes = [models.Index(fields=["module", "user"], name="completion_module")]

    def __str__(self):
        return f"{self.user_id} ✓ {self.module_id}"


class ReflectionAnswer(models.Model):
    """A participant's private answer to one reflectievraag block of a module."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflection_answers")
    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="answers")
    block_id = models.CharField(max_length=64)
    text = models.TextField(_("je antwoord"))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "module", "block_id"], name="answer_once")]

    def __str__(self):
        return f"{self.user_id}: {self.block_id}"


class ChecklistTick(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="checklist_ticks")
    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="ticks")
    block_id = models.CharField(max_length=64)
    item = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "module", "block_id", "item"], name="tick_once")]

    def __str__(self):
        return f"{self.user_id}: {self.block_id}#{self.item}"
