"""Extension points of the goal pages, for apps on the floors above (the leeragenda links goals to its themes).

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

Each hook costs at most a query or two: the goal page and the form run every one of them.
"""

from dataclasses import dataclass, field

from django.template.loader import render_to_string
from wagtail import hooks

GOAL_SECTIONS_HOOK = "vknz_goal_sections"
GOAL_FORM_PARTS_HOOK = "vknz_goal_form_parts"


@dataclass
class GoalSection:
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


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


def goal_sections(request, goal, is_owner) -> list[str]:
    """The contributed rows of the goal page, rendered, in their order."""
    sections = [section for fn in hooks.get_hooks(GOAL_SECTIONS_HOOK)
                if (section := fn(request, goal, is_owner)) is not None]
    return [render_to_string(section.template, {**section.context, "goal": goal, "is_owner": is_owner},
                             request=request)
            for section in sorted(sections, key=lambda section: section.order)]


def goal_form_parts(request) -> list[GoalFormPart]:
    return [part for fn in hooks.get_hooks(GOAL_FORM_PARTS_HOOK) if (part := fn(request)) is not None]
