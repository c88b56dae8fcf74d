"""'Mijn ontwikkelplan': the overview page, its PDF and the evaluation dates as a calendar file."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.text import slugify

from lms.people import access
from lms.people.models import Participant

from ..charts import progress_chart
from ..ics import evaluation_calendar
from ..rules import KEEP_PLAN
from ..selectors import plan_for


@login_required
def plan(request):
    access.require_capability(request.user, KEEP_PLAN)
    return render(request, "goals/plan.html", {"plan": plan_for(request.user), "today": timezone.localdate()})


@login_required
def plan_pdf(request):
    """The owner's own plan only: there is no URL for anyone else's."""
    # WeasyPrint is heavy: it loads on the first PDF, not when the site starts.
    from theme.pdf import pdf_response, render_pdf

    access.require_capability(request.user, KEEP_PLAN)
    current = plan_for(request.user)
    goals = [goal for goal, actions in current.learning for goal in [goal, *actions]] + current.loose_actions
    goals += current.closed
    for goal in goals:
        goal.chart = progress_chart(goal.evaluations.all(), goal.versions.all())
    participant = Participant.objects.select_related("team").filter(user=request.user).first()
    pdf = render_pdf(
        "goals/plan_pdf.html",
        {"goals": goals, "participant": participant, "owner": request.user, "today": timezone.localdate()},
        request=request,
    )
    return pdf_response(pdf, f"ontwikkelplan-{slugify(request.user.username)}-{timezone.localdate():%Y-%m-%d}.pdf")


@login_required
def plan_ics(request):
    access.require_capability(request.user, KEEP_PLAN)
    response = HttpResponse(evaluation_calendar(request.user), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="evaluaties-ontwikkelplan.ics"'
    response["Cache-Control"] = "no-store"
    return response
