"""Exercise pages: the list of cases, an exercise (the key stays hidden until you submit), feedback per attempt,
calibration over time, and group exercises."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from lms.cycles.forms import analysis_form_class
from lms.framework.models import Framework
from lms.people import access

from . import services
from .charts import trend_chart
from .models import Case, CaseAttempt, GroupSession
from .rules import LEAD_GROUP_EXERCISE


def _case(slug):
    # The form, the answer check and the stored agreements all walk the dimensions: read them once.
    case = get_object_or_404(Case.objects.select_related("framework", "fragment__cycle__consent")
                             .prefetch_related("framework__dimensions"), slug=slug)
    if not case.is_available():
        raise Http404(services.UNAVAILABLE)
    return case


def _coded_form(case, data=None):
    """The analysekader form with only the dimensions the expert key covers (no free-text observations)."""
    form = analysis_form_class(case.framework)(data)
    for code in [name for name in form.fields if name not in case.expert_answers]:
        del form.fields[code]
    return form


@login_required
def case_list(request):
    cases = services.available_cases()
    mine = {}
    for attempt in access.visible_to(request.user, CaseAttempt.objects.filter(user=request.user)).with_scores():
        mine.setdefault(attempt.case_id, []).append(attempt.score)
    return render(request, "casuistiek/list.html", {"cases": [(case, mine.get(case.pk, [])) for case in cases]})


@login_required
@require_http_methods(["GET", "POST"])
def exercise(request, slug, session=None):
    case = _case(slug)
    form = _coded_form(case, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            attempt = services.submit_attempt(request.user, case, form.cleaned_data,
                                              request.POST.get("framework"), group_session=session)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect(session or attempt)
    previous = access.visible_to(request.user, CaseAttempt.objects.filter(user=request.user, case=case)).count()
    return render(request, "casuistiek/exercise.html", {"case": case, "form": form, "previous": previous,
                                                       "session": session})


@login_required
def attempt_page(request, pk):
    attempt = access.get_for(request.user, CaseAttempt.objects.select_related("case", "framework"), access.VIEW, pk=pk)
    return render(request, "casuistiek/feedback.html", {"attempt": attempt, **services.feedback(attempt)})


@login_required
def calibration(request):
    framework = Framework.current()
    data = services.calibration(request.user, framework) if framework else {"attempts": []}
    if len(data.get("trend", [])) >= 2:
        data["chart"] = trend_chart(data["trend"])
    return render(request, "casuistiek/calibration.html", data)


@login_required
@require_http_methods(["GET", "POST"])
def group_new(request):
    cases = services.available_cases()
    if request.method == "POST":
        case = next((c for c in cases if str(c.pk) == request.POST.get("case")), None)
        if case is None:
            messages.error(request, _("Kies een casus."))
        else:
            try:
                session = services.open_group_session(request.user, case, request.POST.get("title", ""))
            except ValidationError as error:
                messages.error(request, error.messages[0])
            else:
                return redirect(session)
    else:
        access.require_capability(request.user, LEAD_GROUP_EXERCISE)
    return render(request, "casuistiek/group_new.html", {"cases": cases})


@login_required
@require_http_methods(["GET", "POST"])
def group(request, pk):
    """Members analyse on their own; the distribution (no names) appears once they submitted."""
    session = get_object_or_404(GroupSession.objects.select_related("case__framework"), pk=pk)
    mine = session.attempts.filter(user=request.user).first()
    is_facilitator = session.facilitator_id == request.user.pk
    if mine is None and not is_facilitator:
        return exercise(request, session.case.slug, session=session)
    return render(request, "casuistiek/group.html", {
        "session": session, "mine": mine, "is_facilitator": is_facilitator,
        **services.group_distribution(session),
    })
