"""'Mijn ontwikkelplan': the overview page, its PDF and the evaluation dates as a calendar file."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from lms.documents import services as documents
from lms.extensions.kept_pages import not_kept
from lms.people import access

from ..ics import evaluation_calendar
from ..pdfs import PLAN
from ..rules import KEEP_PLAN
from ..selectors import plan_for


@login_required
def plan(request):
    access.require_capability(request.user, KEEP_PLAN)
    return render(request, "goals/plan.html", {"plan": plan_for(request.user), "today": timezone.localdate()})


@not_kept
@login_required
def plan_pdf(request):
    """The owner's own plan only: there is no URL for anyone else's. Large plans are made by a background job."""
    access.require_capability(request.user, KEEP_PLAN)
    return documents.deliver(request, PLAN)


@not_kept
@login_required
def plan_ics(request):
    access.require_capability(request.user, KEEP_PLAN)
    response = HttpResponse(evaluation_calendar(request.user), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="evaluaties-ontwikkelplan.ics"'
    response["Cache-Control"] = "no-store"
    return response
