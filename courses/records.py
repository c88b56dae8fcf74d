"""Each participant's own records in the leergang: enrolment, finished modules, private answers and ticks.

Reflection answers and ticks are their writer's only; a teamcoach sees which modules a coachee finished, and an
active buddy which modules their newcomer finished, never what they wrote (see rules.py and buddy/rules.py).
The pages are named by label, so this module needs no page class.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments",
                             verbose_name=_("deelnemer"))
    course = models.ForeignKey("lms_courses.CoursePage", on_delete=models.CASCADE, related_name="enrolments",
                               verbose_name=_("leergang"))
    enrolled_at = models.DateTimeField(default=timezone.now, verbose_name=_("ingeschreven op"))

    class Meta:
        verbose_name = _("inschrijving")
        verbose_name_plural = _("inschrijvingen")
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="enrolment_once")]

    def __str__(self):
        return f"{self.user_id} → {self.course_id}"


class ModuleCompletion(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_completions",
                             verbose_name=_("deelnemer"))
    module = models.ForeignKey("lms_courses.ModulePage", on_delete=models.CASCADE, related_name="completions",
                               verbose_name=_("module"))
    completed_at = models.DateTimeField(default=timezone.now, verbose_name=_("afgerond op"))

    class Meta:
        verbose_name = _("afgeronde module")
        verbose_name_plural = _("afgeronde modules")
        constraints = [models.UniqueConstraint(fields=["user", "module"], name="completion_once")]
        indexes = [models.Index(fields=["module", "user"], name="completion_module")]

    def __str__(self):
        return f"{self.user_id} ✓ {self.module_id}"


class ReflectionAnswer(models.Model):
    """A participant's private answer to one reflectievraag block of a module."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflection_answers",
                             verbose_name=_("deelnemer"))
    module = models.ForeignKey("lms_courses.ModulePage", on_delete=models.CASCADE, related_name="answers",
                               verbose_name=_("module"))
    block_id = models.CharField(max_length=64, verbose_name=_("vraag"))
    text = models.TextField(_("je antwoord"), max_length=5000)
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("bijgewerkt op"))

    class Meta:
        verbose_name = _("antwoord op een reflectievraag")
        verbose_name_plural = _("antwoorden op reflectievragen")
        constraints = [models.UniqueConstraint(fields=["user", "module", "block_id"], name="answer_once")]

    def __str__(self):
        return f"{self.user_id}: {self.block_id}"


class ChecklistTick(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="checklist_ticks",
                             verbose_name=_("deelnemer"))
    module = models.ForeignKey("lms_courses.ModulePage", on_delete=models.CASCADE, related_name="ticks",
                               verbose_name=_("module"))
    block_id = models.CharField(max_length=64, verbose_name=_("checklist"))
    item = models.PositiveSmallIntegerField(verbose_name=_("punt"))

    class Meta:
        verbose_name = _("afgevinkt punt")
        verbose_name_plural = _("afgevinkte punten")
        constraints = [models.UniqueConstraint(fields=["user", "module", "block_id", "item"], name="tick_once")]

    def __str__(self):
        return f"{self.user_id}: {self.block_id}#{self.item}"
