"""Pages of the Kijkwijzer self-analysis (lms/cycles/kijkwijzer.py): the participant's list, starting one on its own
or inside a cycle, the page where it is filled in (draft, fragments, finish), the read-only page and deleting a draft.

Only the owner works on a self-analysis; the read-only page opens also to the analysts of its cycle once it is
finished (the access policy, `rules.SelfAnalysisRule`). The whole self-analysis is one form, so whatever button is
pressed, what was typed is saved first: a refusal never loses an answer.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from lms.people import access
from theme.forms import id_from
from theme.submissions import AlreadySaved

from .. import rules, services
from ..kijkwijzer import SelfAnalysis
from ..kijkwijzer_forms import DETAILS_PREFIX, AnswersForm, DetailsForm, MarkFragmentForm, StartForm
from ..models import Fragment, ReflectionCycle
from ..selectors import self_analysis_rows
from ..services.self_analysis import open_in_cycle

PER_PAGE = 20


def _self_analysis_for(user, pk, action):
    """The self-analysis with what its pages read (framework, cycle and recording, fragments), 404/403 by policy."""
    queryset = SelfAnalysis.objects.select_related(
        "framework", "cycle__recording", "cycle__consent", "owner",
    ).prefetch_related("framework__dimensions", Prefetch("fragments", queryset=Fragment.objects.order_by(
        "start_seconds", "pk")))
    return access.get_for(user, queryset, action, pk=pk)


@login_required
def self_analysis_list(request):
    """Mine, drafts and finished, the most recently worked on first."""
    mine = (access.visible_to(request.user, SelfAnalysis.objects.filter(owner=request.user))
            .select_related("cycle").annotate(fragment_count=Count("fragments")).order_by("-updated_at", "-pk"))
    page = Paginator(mine, PER_PAGE).get_page(request.GET.get("pagina"))
    return render(request, "cycles/kijkwijzer/list.html", {
        "page_obj": page, "may_start": access.may(request.user, rules.START_CYCLE).allowed,
        "worksheet_url": _worksheet_url(),
    })


def _worksheet_url():
    """The printable Kijkwijzer, where the leergang (a floor up, not always installed) offers it."""
    try:
        return reverse("lms:courses:worksheet_pdf")
    except NoReverseMatch:
        return None


@login_required
@require_http_methods(["GET", "POST"])
def self_analysis_start(request):
    """A self-analysis of a conversation outside any video-reflection."""
    access.require_capability(request.user, rules.START_CYCLE)
    form = StartForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            analysis = services.start_self_analysis(request.user, **form.details(),
                                                    submission_key=form.cleaned_data["submission_key"])
        except AlreadySaved as sent_before:
            messages.info(request, sent_before.message)
            return redirect(sent_before.obj)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Je zelfanalyse is begonnen. Bewaar tussendoor als concept; je kunt later "
                                        "verder."))
            return redirect(analysis)
    return render(request, "cycles/step_form.html", {
        "form": form, "title": _("Nieuwe zelfanalyse met de Kijkwijzer"),
        "intro": _("Analyseer een opname van een eigen gesprek, ook buiten een video-reflectie. Eerst een paar "
                   "gegevens over het gesprek; daarna per onderdeel een vraag voor jezelf, een tip, en ruimte om "
                   "fragmenten te markeren."),
        "cancel_url": reverse("lms:cycles:kijkwijzer"),
    })


@login_required
@require_POST
def self_analysis_for_cycle(request, pk):
    """Start (or open again) the self-analysis of one of the participant's own cycles."""
    cycle = access.get_for(request.user, ReflectionCycle.objects.select_related("consent", "recording", "framework"),
                           access.CHANGE, pk=pk)
    try:
        analysis = services.self_analysis_for_cycle(request.user, cycle)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(cycle)
    return redirect(analysis)


def _posted(request, analysis, answers_form, details_form, fragment_form):
    """Carry out one post of the form page; returns the redirect on success, None to show the page again."""
    if not (answers_form.is_valid() and (details_form is None or details_form.is_valid())):
        return None
    details = details_form.details() if details_form is not None else None
    try:
        services.save_self_analysis(request.user, analysis, answers_form.cleaned_data, details)
    except ValidationError as error:
        answers_form.add_error(None, error)
        return None
    here = reverse("lms:cycles:kijkwijzer_edit", args=[analysis.pk])
    done = []
    removed = id_from(request.POST, "verwijder_fragment")
    if removed is not None:
        try:
            services.remove_fragment(request.user, analysis, removed)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            done.append(_("Het fragment is verwijderd."))
    if "fragment_toevoegen" in request.POST or fragment_form.is_filled_in():
        if not fragment_form.is_valid():
            return None
        data = fragment_form.cleaned_data
        try:
            services.mark_fragment(request.user, analysis, start_seconds=data["start"], end_seconds=data["end"],
                                   label=data["label"], observation=data["observation"],
                                   dimensions=data.get("dimensions", []))
        except ValidationError as error:
            fragment_form.add_error(None, error)
            return None
        done.append(_("Het fragment is toegevoegd."))
    if "afronden" in request.POST and removed is None:
        try:
            finished = services.finish_self_analysis(request.user, analysis)
        except ValidationError as error:
            answers_form.add_error(None, error)
            return None
        messages.success(request, _("Je zelfanalyse is afgerond."))
        return redirect(finished)
    if done:
        messages.success(request, " ".join([*map(str, done), _("Je antwoorden zijn bewaard.")]))
        return redirect(f"{here}#fragmenten")
    messages.success(request, _("Je zelfanalyse is bewaard als concept. Je kunt later verder."))
    return redirect(here)


@login_required
@require_http_methods(["GET", "POST"])
def self_analysis_edit(request, pk):
    """The self-analysis itself: facts (on its own), fragments, the answers per part; saved as a draft or finished."""
    analysis = _self_analysis_for(request.user, pk, access.CHANGE)
    if not analysis.is_draft:
        return redirect(analysis)
    if analysis.cycle_id and not open_in_cycle(analysis.cycle):
        messages.info(request, _("Deze video-reflectie is verder: je zelfanalyse kan niet meer veranderen."))
        return redirect("lms:cycles:kijkwijzer_view", pk=analysis.pk)
    data = request.POST if request.method == "POST" else None
    answers_form = AnswersForm(data, framework=analysis.framework, initial=analysis.answers)
    details_form = None if analysis.cycle_id else DetailsForm(data, prefix=DETAILS_PREFIX,
                                                              initial=DetailsForm.initial_for(analysis))
    fragment_form = MarkFragmentForm(data, framework=analysis.framework)
    if data is not None:
        response = _posted(request, analysis, answers_form, details_form, fragment_form)
        if response is not None:
            return response
        analysis = _self_analysis_for(request.user, pk, access.CHANGE)  # the fragments as they are now
    errors = [*answers_form.non_field_errors(), *(details_form.non_field_errors() if details_form else []),
              *fragment_form.non_field_errors()]
    return render(request, "cycles/kijkwijzer/form.html", {
        "analysis": analysis, "cycle": analysis.cycle, "answers_form": answers_form, "details_form": details_form,
        "fragment_form": fragment_form, "fragments": list(analysis.fragments.all()), "errors": errors,
        "labels": {d.code: d.label for d in analysis.framework.dimensions.all()},
    })


@login_required
def self_analysis_view(request, pk):
    """Read-only: the answers under their questions and the fragments. The owner's (a draft too), and once it is
    finished, the analysts' of its cycle."""
    analysis = _self_analysis_for(request.user, pk, access.VIEW)
    is_owner = analysis.owner_id == request.user.pk
    return render(request, "cycles/kijkwijzer/view.html", {
        "analysis": analysis, "cycle": analysis.cycle, "is_owner": is_owner, "rows": self_analysis_rows(analysis),
        "fragments": list(analysis.fragments.all()),
        "labels": {d.code: d.label for d in analysis.framework.dimensions.all()},
        "may_continue": is_owner and analysis.is_draft and (analysis.cycle_id is None
                                                             or open_in_cycle(analysis.cycle)),
    })


@login_required
@require_http_methods(["GET", "POST"])
def self_analysis_delete(request, pk):
    analysis = _self_analysis_for(request.user, pk, access.DELETE)
    if not analysis.is_draft:
        messages.info(request, _("Een afgeronde zelfanalyse kun je niet verwijderen."))
        return redirect(analysis)
    if request.method == "POST":
        try:
            services.delete_self_analysis(request.user, analysis)
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return redirect(analysis)
        messages.success(request, _("Het concept van je zelfanalyse is verwijderd."))
        return redirect(analysis.cycle if analysis.cycle_id else reverse("lms:cycles:kijkwijzer"))
    return render(request, "theme/confirm.html", {
        "title": _("Concept verwijderen"),
        "question": _("Verwijder je het concept van '%(name)s'? Je antwoorden en de fragmenten die je erin "
                      "markeerde, gaan dan verloren.") % {"name": analysis},
        "confirm_label": _("Ja, verwijderen"), "danger": True, "cancel_url": analysis.get_absolute_url(),
    })
