"""Extension points of the goal pages, for apps on the floors above (the leeragenda links goals to its themes; the
video-reflectie links an evaluation to a later cycle).

Goals knows none of those apps: they register Wagtail hooks declared here, as `lms.extensions.dashboard` does for
the dashboard's panels.

A row in the goal page's data list (beside status, version, origin), shown to the owner and to the people the goal
is shared with::

    @hooks.register(GOAL_SECTIONS_HOOK)
    def my_section(request, goal, is_owner):
        return GoalSection(template="myapp/goal_row.html", context={...}, order=10)  # or None

The template writes a `<dt>` with its `<dd>`; it gets `context` plus `goal` and `is_owner`.

Fields on the new-goal form, and what to keep once the goal exists::

    @hooks.register(GOAL_FORM_PARTS_HOOK)
    def my_part(request):
        return MyPart()  # a GoalFormPart, or None

Fields on the evaluation form, and what to keep once the evaluation exists (the owner evaluates)::

    @hooks.register(GOAL_EVALUATION_PARTS_HOOK)
    def my_evaluation_part(request, goal):
        return MyEvaluationPart()  # a GoalEvaluationPart, or None

What an app keeps about evaluations, shown under each evaluation in the goal's history (the goal page, the plan
PDF), to the owner and to the people the goal is shared with::

    @hooks.register(GOAL_EVALUATION_NOTES_HOOK)
    def my_notes(user, evaluations):
        return {evaluation.pk: EvaluationNote(template="myapp/evaluation_note.html", context={...}), ...}

`user` is the person the page or document is made for; `evaluations` are the ones they may see, possibly of
several goals. The template gets `context` plus `evaluation`.

Each hook costs at most a query or two: the goal page and the form run every one of them. A notes hook answers for
the whole list at once, never with a query per evaluation.
"""

from dataclasses import dataclass, field

from django.template.loader import render_to_string
from wagtail import hooks

from lms.extensions.sections import Section, render_sections

GOAL_SECTIONS_HOOK = "vknz_goal_sections"
GoalSection = Section  # a row of the goal page: template, context, order
GOAL_FORM_PARTS_HOOK = "vknz_goal_form_parts"
GOAL_EVALUATION_PARTS_HOOK = "vknz_goal_evaluation_parts"
GOAL_EVALUATION_NOTES_HOOK = "vknz_goal_evaluation_notes"


class GoalFormPart:
    """Fields another app adds to the new-goal form, their start values from the address, and what it keeps.

    `save` runs inside the transaction that creates the goal, after the goal exists: a ValidationError there undoes
    the goal as well, and the form shows the error. Field names must not clash with the form's own.
    """

    def fields(self) -> dict:
        return {}

    def initial(self, query) -> dict:
        """Start values from the query string (e.g. the page the writer came from)."""
        return {}

    def save(self, owner, goal, cleaned_data):
        """Keep what the fields chose, for the goal just created by `owner`."""


class GoalEvaluationPart:
    """Fields another app adds to a goal's evaluation form, and what it keeps once the evaluation exists.

    `save` runs inside the transaction that records the evaluation (and carries out its decision), after the
    evaluation exists: a ValidationError there undoes the evaluation as well, and the form shows the error. Field
    names must not clash with the form's own.
    """

    def fields(self) -> dict:
        return {}

    def save(self, owner, evaluation, cleaned_data):
        """Keep what the fields chose, for the evaluation just recorded by `owner`."""


@dataclass
class EvaluationNote:
    template: str
    context: dict = field(default_factory=dict)


def goal_sections(request, goal, is_owner) -> list[str]:
    """The contributed rows of the goal page, rendered, in their order."""
    return render_sections(request, GOAL_SECTIONS_HOOK, goal, is_owner, goal=goal, is_owner=is_owner)


def goal_form_parts(request) -> list[GoalFormPart]:
    return [part for fn in hooks.get_hooks(GOAL_FORM_PARTS_HOOK) if (part := fn(request)) is not None]


def goal_evaluation_parts(request, goal) -> list[GoalEvaluationPart]:
    return [part for fn in hooks.get_hooks(GOAL_EVALUATION_PARTS_HOOK) if (part := fn(request, goal)) is not None]


def attach_evaluation_notes(user, evaluations):
    """Give every evaluation its contributed notes, rendered, as `evaluation.contributed_notes` (a list, often
    empty): what the goal's history shows under it. Each hook answers for the whole list at once."""
    evaluations = list(evaluations)
    for evaluation in evaluations:
        evaluation.contributed_notes = []
    if not evaluations:
        return evaluations
    by_pk = {evaluation.pk: evaluation for evaluation in evaluations}
    for fn in hooks.get_hooks(GOAL_EVALUATION_NOTES_HOOK):
        for pk, note in (fn(user, evaluations) or {}).items():
            if pk in by_pk:
                context = {**note.context, "evaluation": by_pk[pk]}
                by_pk[pk].contributed_notes.append(render_to_string(note.template, context))
    return evaluations
