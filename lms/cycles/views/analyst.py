"""Pages of analysts and teamcoaches: assigning, the blind analysis, the comparison, interview and reflection."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from lms.framework.agreement import agreement_by_dimension, compare_analyses, fit_verdict
from lms.framework.models import Framework
from lms.people import access
from lms.people.naming import display_name

from .. import rules, services
from ..extensions import cycle_sections
from ..forms import AssignForm, InterviewForm, ReflectionForm, analysis_form_class
from ..models import ReflectionCycle, Step
from ..selectors import (
    agreement_pairs,
    analyst_status,
    cycle_for_page,
    page_views,
    participant_self_analysis,
    self_analysis_rows,
    visible_analyses,
    visible_fragments,
    waiting_for_analyst,
    waiting_for_assignment,
    workspace,
)
from ..variants import ingredient_labels


def _cycle_for(user, pk, action):
    """The cycle as its work pages need it, once `user` may see it (404/403) and take `action` on it (403)."""
    cycle = access.get_for(user, ReflectionCycle.objects.select_related("consent", "recording", "framework", "owner")
                           .prefetch_related("framework__dimensions"), access.VIEW, pk=pk)
    return access.require(user, action, cycle)


def _assigned_cycle(user, pk):
    return _cycle_for(user, pk, rules.ANALYSE)


@login_required
def analyst_workspace(request):
    access.require_capability(request.user, rules.INTERVIEW_CLIENTS)  # analysts hold it too
    is_analyst = access.may(request.user, rules.ANALYSE_CYCLES)
    cycles = list(workspace(request.user))
    for cycle in cycles:
        cycle.todo = waiting_for_analyst(cycle, request.user)
        cycle.status_note = analyst_status(cycle)
    framework = Framework.current() if is_analyst else None
    pairs = agreement_pairs(request.user) if is_analyst else []
    return render(request, "cycles/workspace.html", {
        "is_analyst": is_analyst,
        "waiting": [c for c in cycles if c.todo], "others": [c for c in cycles if not c.todo],
        "agreement": agreement_by_dimension(framework, pairs) if framework and pairs else [],
        "pair_count": len(pairs),
    })


@login_required
def assign_list(request):
    access.require_capability(request.user, rules.ASSIGN_ANALYSTS)
    return render(request, "cycles/assign_list.html", {"cycles": list(waiting_for_assignment())})


@login_required
@require_http_methods(["GET", "POST"])
def assign(request, pk):
    access.require_capability(request.user, rules.ASSIGN_ANALYSTS)
    cycle = get_object_or_404(ReflectionCycle.objects.select_related("owner", "consent"), pk=pk)
    form = AssignForm(request.POST or None, cycle=cycle)
    if not form.fields:
        messages.info(request, _("Bij deze cyclus valt niemand meer toe te wijzen."))
        return redirect("lms:cycles:assign_list")
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():  # both or neither
                if "analysts" in form.fields:
                    services.assign_analysts(request.user, cycle, list(form.cleaned_data["analysts"]))
                if form.cleaned_data.get("interviewer"):
                    services.assign_interviewer(request.user, cycle, form.cleaned_data["interviewer"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De toewijzing is bewaard; wie is toegewezen heeft een melding gekregen."))
            return redirect("lms:cycles:assign_list")
    return render(request, "cycles/step_form.html", {
        "form": form, "title": _("Toewijzen"),
        "intro": _("Video-reflectie %(number)s van %(name)s (%(variant)s). Analisten zien de opname binnen de "
                   "toestemming; een neutrale interviewer spreekt de cliënt.")
        % {"number": cycle.number or cycle.pk, "name": display_name(cycle.owner),
           "variant": ", ".join(ingredient_labels(cycle))},
        "cancel_url": reverse("lms:cycles:assign_list"),
    })


@login_required
@require_http_methods(["GET", "POST"])
def analysis(request, pk):
    cycle = _assigned_cycle(request.user, pk)
    if cycle.step == Step.SELF_ANALYSIS:
        messages.info(request, _("De deelnemer analyseert het gesprek eerst zelf met de Kijkwijzer. Zodra die "
                                 "zelfanalyse is afgerond, reageer je daarop met je analyse."))
        return redirect(cycle)
    if cycle.step != Step.ANALYSIS:
        messages.info(request, _("De analysefase van deze cyclus is voorbij."))
        return redirect(cycle)
    own = cycle.analyses.filter(analyst=request.user, is_consensus=False).first()
    if own and own.submitted_at:
        messages.info(request, _("Je analyse is ingediend. Je ziet de andere analyse zodra die ook is ingediend."))
        return redirect(cycle)
    form_class = analysis_form_class(cycle.framework)
    form = form_class(request.POST or None, initial=own.answers if own else None)
    if request.method == "POST" and form.is_valid():
        submit = "indienen" in request.POST
        try:
            services.save_analysis(request.user, cycle, form.cleaned_data, submit=submit)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Je analyse is ingediend.") if submit else _("Je analyse is bewaard."))
            return redirect(cycle) if submit else redirect("lms:cycles:analysis", pk=cycle.pk)
    fragments = visible_fragments(request.user, cycle)
    own = participant_self_analysis(request.user, cycle)  # where the participant analysed first: respond to it
    return render(request, "cycles/analysis.html", {
        "cycle": cycle, "form": form, "recording": getattr(cycle, "recording", None),
        "fragments": [f for f in fragments if f.self_analysis_id is None or own is None],
        "self_analysis": own, "self_analysis_rows": self_analysis_rows(own) if own else [],
        "self_analysis_fragments": list(own.fragments.all()) if own else [],
        "labels": {d.code: d.label for d in cycle.framework.dimensions.all()},
    })


@login_required
@require_http_methods(["GET", "POST"])
def comparison(request, pk):
    """Both analyses side by side per dimension, with agreement, then the consensus and its release."""
    cycle = _assigned_cycle(request.user, pk)
    analyses = visible_analyses(request.user, cycle)
    individual = [a for a in analyses if not a.is_consensus]
    if len(individual) < 2 or any(a.submitted_at is None for a in individual):
        raise PermissionDenied(rules.BLIND)
    consensus = next((a for a in analyses if a.is_consensus), None)
    first, second = sorted(individual, key=lambda a: a.pk)
    rows = compare_analyses(cycle.framework, first.answers, second.answers)
    own = participant_self_analysis(request.user, cycle)
    for row in rows:
        row.first_label = row.dimension.label_for(row.first)
        row.second_label = row.dimension.label_for(row.second)
        row.own_label = row.dimension.label_for(own.answers.get(row.dimension.code)) if own else None
    form_class = analysis_form_class(cycle.framework)
    agreed = {row.dimension.code: row.first for row in rows if row.agree}
    form = form_class(request.POST or None, initial=consensus.answers if consensus else agreed)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_consensus(request.user, cycle, form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De consensus is vastgelegd."))
            return redirect("lms:cycles:comparison", pk=cycle.pk)
    scored = [row for row in rows if row.agree is not None]
    return render(request, "cycles/comparison.html", {
        "cycle": cycle, "rows": rows, "first": first, "second": second, "consensus": consensus, "form": form,
        "agreed_count": sum(1 for row in scored if row.agree), "scored_count": len(scored),
        "fit_first": fit_verdict(cycle.framework, first.answers),
        "fit_second": fit_verdict(cycle.framework, second.answers),
        "can_change": cycle.step == Step.DISCUSSION,
        "self_analysis": own, "fit_own": fit_verdict(cycle.framework, own.answers) if own else None,
    })


@login_required
@require_POST
def release(request, pk):
    cycle = _assigned_cycle(request.user, pk)
    try:
        services.release_consensus(request.user, cycle)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("lms:cycles:comparison", pk=cycle.pk)
    messages.success(request, _("De analyse is gedeeld met de deelnemer."))
    return redirect(cycle)


def _shared_fragments(user, cycle):
    return [f for f in visible_fragments(user, cycle) if f.analysis_id is None or f.analysis.is_consensus]


@login_required
@require_http_methods(["GET", "POST"])
def interview(request, pk):
    """The neutral interviewer's page: notes that stay with them and the analysts, and what goes to the
    participant."""
    cycle = _cycle_for(request.user, pk, rules.INTERVIEW)
    if cycle.step != Step.INTERVIEW:
        messages.info(request, _("Het interview hoort nu niet aan de beurt te zijn."))
        return redirect(cycle)
    form = InterviewForm(request.POST or None, fragments=_shared_fragments(request.user, cycle),
                         framework=cycle.framework)
    if request.method == "POST" and "overslaan" in request.POST:
        try:
            services.skip_interview(request.user, cycle)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        return redirect(cycle)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.record_interview(request.user, cycle, held_on=data["held_on"], answers=form.answers(),
                                      quotes=data["quotes"], fragment_ids=form.fragment_ids(),
                                      points=data["points"], questions=data["questions"],
                                      client_view=form.client_view())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Het interview is vastgelegd. De klantmanager ziet je aandachtspunten en "
                                        "reflectievragen."))
            return redirect(cycle)
    return render(request, "cycles/interview.html", {"cycle": cycle, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def reflection(request, pk):
    # The page shows the cycle's views beside the form: one fetch with everything the page reads.
    cycle = access.require(request.user, rules.LEAD, cycle_for_page(request.user, pk))
    form = ReflectionForm(request.POST or None, fragments=_shared_fragments(request.user, cycle),
                          watch_back=cycle.with_video_analysis)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.record_reflection(request.user, cycle, held_on=data["held_on"], answers=form.answers(),
                                       notes=data["notes"], fragment_ids=form.fragment_ids())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Het reflectiegesprek is vastgelegd. De deelnemer kan nu aandachtspunten "
                                        "noteren."))
            return redirect(cycle)
    context = page_views(request.user, cycle)
    return render(request, "cycles/reflection.html", {
        **context, "form": form, "sections": cycle_sections(request, cycle, cycle.owner_id == request.user.pk),
    })
