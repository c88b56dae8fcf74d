"""What a participant takes away, wherever it comes from (a video-reflection, a Samenleerwijzer-gesprek): adding
an aandachtspunt, and turning one into a leerdoel or actiedoel in one step. The callers bring the point's own
service and where to go back to; the form handling is the same."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from lms.goals.choices import Kind
from lms.goals.extensions import goal_form_parts
from lms.goals.forms import GoalForm


def add_point(request, form, add, back):
    """Handle a one-field aandachtspunt form: `add(text)` keeps it; refusals come back as a message at `back`."""
    if form.is_valid():
        try:
            add(form.cleaned_data["text"])
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("Het aandachtspunt is toegevoegd."))
    else:
        messages.error(request, form.errors["text"][0])
    return redirect(back)


def point_to_goal_page(request, point, *, origin, make_goal, context):
    """The goal form, filled from the point; `make_goal(kind, formulation, parent, on_created)` makes it."""
    if point.goal_id:
        messages.info(request, _("Van dit aandachtspunt is al een doel gemaakt."))
        return redirect(point.goal)
    form = GoalForm(request.POST or None, owner=request.user, parts=goal_form_parts(request),
                    initial={"kind": Kind.ACTION, "title": point.text, "origin": origin})
    if request.method == "POST" and form.is_valid():
        try:
            goal = make_goal(form.cleaned_data["kind"], form.formulation(), form.cleaned_data["parent"],
                             form.parts_to_save(request.user))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Je aandachtspunt is een doel geworden."))
            return redirect(goal)
    return render(request, "cycles/step_form.html", {**context, "form": form,
                                                     "title": _("Van aandachtspunt naar doel")})
