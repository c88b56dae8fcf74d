"""The leergang's pages beside the Wagtail pages: the teamcoach's progress overview and two PDFs.

The module and course pages themselves are served by `serving` (through the page types' `serve()`).
"""

from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.template.response import TemplateResponse

from lms.documents import services as documents
from lms.people import access
from lms.people.models import Participant

from . import rules
from .models import ModuleCompletion, ModulePage
from .pdfs import MY_ANSWERS, WORKSHEET


@login_required
def team_progress(request):
    """For teamcoaches: which modules the members of their teams finished. Never their answers.

    The members and their completions are both what the access policy lets the teamcoach see."""
    access.require_capability(request.user, rules.VIEW_TEAM_PROGRESS)
    coachees = Participant.objects.filter(team__coaches=request.user)
    members = list(
        access.visible_to(request.user, coachees).select_related("user", "team")
        .prefetch_related(Prefetch("user__module_completions",
                                   queryset=access.visible_to(request.user, ModuleCompletion.objects.all())))
        .order_by("team__name", "user__first_name")
    )
    modules = list(ModulePage.objects.live().defer_streamfields().order_by("path"))  # titles only
    rows = []
    for member in members:
        done = {c.module_id for c in member.user.module_completions.all()}
        rows.append({"member": member, "done": done, "count": len(done)})
    return TemplateResponse(request, "courses/team_progress.html", {"rows": rows, "modules": modules})


@login_required
def worksheet_pdf(request):
    """The Kijkwijzer worksheet as PDF, for analysing on one's own (made by lms.documents)."""
    return documents.deliver(request, WORKSHEET)


@login_required
def my_answers_pdf(request):
    """The participant's own answers to the reflection questions of the leergang, as PDF. Only their own."""
    return documents.deliver(request, MY_ANSWERS)
