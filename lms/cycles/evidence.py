"""A goal's evaluation that points to a later video-reflection of its owner: "zo ging het in een later gesprek".

Goals sit a floor below and know no cycles: they offer extension points (`lms.goals.extensions`), and this module
fills them. `wagtail_hooks.py` registers the part of the evaluation form (`LaterCycleChoice`) and the note under
each evaluation in the goal's history (`evaluation_notes`). The model is imported at the end of `models.py`, so
Django registers it with the app.

Who sees the link: it is part of the owner's evaluation, so it is read through the evaluations the goal page (or the
plan PDF) already shows the reader, and the cycle is named only when the access policy shows that cycle to the
reader too; otherwise the note says a video-reflectie that is not shared with them.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from lms.goals.extensions import EvaluationNote, GoalEvaluationPart
from lms.people import access
from theme.forms import is_object_id

from .models import ReflectionCycle

FIELD = "evidence_cycle"
NOT_OWN_CYCLE = _("Kies een van je eigen video-reflecties.")


class EvaluationEvidence(models.Model):
    """The later cycle an evaluation points to: at most one per evaluation, always a cycle of the goal's owner."""

    evaluation = models.OneToOneField("lms_goals.GoalEvaluation", on_delete=models.CASCADE,
                                      related_name="cycle_evidence", verbose_name=_("evaluatie"))
    cycle = models.ForeignKey("lms_cycles.ReflectionCycle", on_delete=models.CASCADE,
                              related_name="evaluation_evidence", verbose_name=_("video-reflectie"))

    class Meta:
        verbose_name = _("video-reflectie bij een evaluatie")
        verbose_name_plural = _("video-reflecties bij evaluaties")

    def __str__(self):
        return _("Video-reflectie bij evaluatie %(number)s") % {"number": self.evaluation_id}


def own_cycles(owner):
    """The cycles `owner` may point an evaluation to: their own, newest first."""
    return access.visible_to(owner, ReflectionCycle.objects.filter(owner=owner)).order_by("-created_at", "-pk")


def link_evaluation_to_cycle(owner, evaluation, cycle) -> EvaluationEvidence:
    """Point `owner`'s evaluation to one of `owner`'s own cycles. Anyone else's cycle is refused."""
    access.require(owner, access.CHANGE, evaluation)
    if cycle.owner_id != owner.pk or evaluation.goal.owner_id != owner.pk:
        raise ValidationError(NOT_OWN_CYCLE, code="not_own_cycle")
    return EvaluationEvidence.objects.create(evaluation=evaluation, cycle=cycle)


class OwnCycleField(forms.ModelChoiceField):
    """One of the owner's cycles by id; an id that is no database id is an invalid choice, not a failing query."""

    def to_python(self, value):
        if value not in self.empty_values and not is_object_id(str(value)):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class LaterCycleChoice(GoalEvaluationPart):
    """On the evaluation form: which of the owner's video-reflecties shows how it went (optional)."""

    def __init__(self, owner, cycles):
        self.owner = owner
        self.cycles = cycles

    def fields(self):
        return {FIELD: OwnCycleField(
            label=_("Video-reflectie waarin je het terugziet (optioneel)"),
            queryset=self.cycles,
            required=False,
            empty_label=_("— geen —"),
            help_text=_("Bijvoorbeeld een vervolggesprek dat je hebt opgenomen. Wie met je doel meeleest, ziet de "
                        "video-reflectie alleen als je die ook deelt."),
            error_messages={"invalid_choice": NOT_OWN_CYCLE},
        )}

    def save(self, owner, evaluation, cleaned_data):
        cycle = cleaned_data.get(FIELD)
        if cycle is not None:
            link_evaluation_to_cycle(owner, evaluation, cycle)


def evaluation_part(request, goal):
    """The part for the goal's owner, when they have a cycle to point to (one query)."""
    if goal.owner_id != request.user.pk:
        return None
    cycles = own_cycles(request.user)
    return LaterCycleChoice(request.user, cycles) if cycles.exists() else None


def evaluation_notes(user, evaluations) -> dict:
    """{evaluation id: the note naming its cycle} for the evaluations that point to one; two queries for the whole
    list (none without evaluations). The cycle is named only when `user` may see it."""
    links = dict(EvaluationEvidence.objects.filter(evaluation_id__in=[evaluation.pk for evaluation in evaluations])
                 .values_list("evaluation_id", "cycle_id"))
    if not links:
        return {}
    shown = {cycle.pk: cycle for cycle in access.visible_to(user, ReflectionCycle.objects.filter(
        pk__in=set(links.values())))}
    return {pk: EvaluationNote(template="cycles/evaluation_note.html", context={"cycle": shown.get(cycle_id)})
            for pk, cycle_id in links.items()}
