"""Pages of the participant who owns a cycle: start it, record consent and the recording, take points away."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from lms.documents import services as documents
from lms.framework.models import Framework
from lms.people import access
from lms.people.sharing import share_page
from theme.submissions import AlreadySaved

from .. import path as learning_path
from .. import rules, services
from ..extensions import cycle_sections
from ..forms import (
    AttentionPointForm,
    ConsentForm,
    CycleForm,
    FollowUpForm,
    FragmentForm,
    RecordingForm,
    VariantForm,
    analysis_form_class,
)
from ..models import AttentionPoint, ReflectionCycle, Step
from ..pdfs import CYCLE_DOCUMENT, KINDS
from ..selectors import cycle_for_page, my_cycles, page_views, shares_of
from ..variants import BY_KEY, INGREDIENTS, variant_of
from .points import add_point, point_to_goal_page


def _owned(user, pk):
    return access.get_for(user, ReflectionCycle.objects.select_related("consent", "recording", "framework"),
                          access.CHANGE, pk=pk)


def _form_step(request, cycle, form, action, success, template="cycles/step_form.html", title=""):
    """Run a step: valid form → service; a refusal from the service becomes a form error, nothing saved."""
    if request.method == "POST" and form.is_valid():
        try:
            action(form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, success)
            return redirect(cycle)
    return render(request, template, {"cycle": cycle, "form": form, "title": title})


@login_required
@require_http_methods(["GET", "POST"])
def cycle_list(request):
    if request.method == "POST" and request.POST.get("bevestigd") != "ja":
        code = request.POST.get("client_code", "")
        return render(request, "theme/confirm.html", {
            "title": _("Toestemming intrekken"),
            "question": _("Trekt cliënt %(code)s de toestemming in? Dan verwijderen we meteen de opnames en fragmenten "
                          "van alle gesprekken met deze cliënt. Je eigen reflecties blijven.") % {"code": code},
            "confirm_label": _("Ja, intrekken"), "danger": True, "cancel_url": reverse("lms:cycles:list"),
            "hidden": [("client_code", code), ("bevestigd", "ja")],
        })
    if request.method == "POST":
        try:
            count = services.withdraw_client(request.user, request.POST.get("client_code", ""))
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, ngettext(
                "Toestemming ingetrokken voor %(count)d gesprek; de opname en de fragmenten zijn verwijderd.",
                "Toestemming ingetrokken voor %(count)d gesprekken; opnames en fragmenten zijn verwijderd.",
                count) % {"count": count})
        return redirect("lms:cycles:list")
    cycles = list(my_cycles(request.user))
    for cycle in cycles:
        cycle.variant = variant_of(cycle)
    codes = sorted({c.client_code for c in cycles if getattr(c, "consent", None) and c.consent.is_active})
    return render(request, "cycles/list.html", {"cycles": cycles, "client_codes": codes})


@login_required
@require_http_methods(["GET", "POST"])
def start(request):
    access.require_capability(request.user, rules.START_CYCLE)
    path = learning_path.path_of(request.user)
    # A route chosen on the path page (?variant=ad), else what the path suggests, else the form's own default.
    chosen = request.GET.get("variant") if request.GET.get("variant") in BY_KEY else path.default_variant
    form = CycleForm(request.POST or None, owner=request.user, initial={"variant": chosen} if chosen else None)
    if request.method == "POST" and form.is_valid():
        try:
            cycle = services.start_cycle(request.user, **form.cycle_values())
        except AlreadySaved as sent_before:
            messages.info(request, sent_before.message)
            return redirect(sent_before.obj)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Je video-reflectie is aangemeld. Leg nu de toestemming vast.")
                             if cycle.step == Step.REGISTERED else _("Je video-reflectie is aangemeld."))
            return redirect(cycle)
    return render(request, "cycles/start.html", {"form": form, "title": _("Video-reflectie aanmelden"),
                                                 "path": path,
                                                 "intro": _("Je leert van een gesprek met een cliënt (of, als "
                                                            "leidinggevende, met een medewerker). Eerst je "
                                                            "leervraag en hoe je wilt leren; daarna geeft de "
                                                            "ander schriftelijk toestemming.")})


@login_required
@require_GET
def path_overview(request):
    """Where the participant stands on the way to learning independently. Theirs alone."""
    access.require_capability(request.user, rules.START_CYCLE)
    return render(request, "cycles/path.html", {"path": learning_path.path_of(request.user)})


@login_required
@require_http_methods(["GET", "POST"])
def variant(request, pk):
    """Before the client signs, the owner may still choose other ingredients."""
    cycle = _owned(request.user, pk)
    current = variant_of(cycle)
    form = VariantForm(request.POST or None, medium=cycle.medium, initial={
        "variant": current.key if current else "eigen", **{name: getattr(cycle, name) for name in INGREDIENTS}})
    return _form_step(request, cycle, form, lambda data: services.change_variant(request.user, cycle,
                                                                                 **form.ingredients()),
                      _("De onderdelen van je video-reflectie zijn gewijzigd."),
                      title=_("Onderdelen van je video-reflectie"))


@login_required
def detail(request, pk):
    cycle = cycle_for_page(request.user, pk)
    context = page_views(request.user, cycle)
    context["sections"] = cycle_sections(request, cycle, context["is_owner"])
    if context["is_owner"]:
        context.update(shares=list(shares_of(cycle)), point_form=AttentionPointForm(),
                       fragment_form=FragmentForm())
        if context["earlier_points"]:
            context["follow_up_form"] = FollowUpForm(points=context["earlier_points"], checks=context["checks"])
    return render(request, "cycles/detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def self_assessment(request, pk):
    """The owner's zelfbeeld: the same analysekader as the analysts', filled in before the reflection."""
    cycle = _owned(request.user, pk)
    if cycle.framework is None:
        messages.error(request, _("Er is nog geen analysekader gepubliceerd."))
        return redirect(cycle)
    form = analysis_form_class(cycle.framework)(request.POST or None)
    return _form_step(request, cycle, form,
                      lambda data: services.save_self_assessment(request.user, cycle, data),
                      _("Je zelfbeeld is vastgelegd."), template="cycles/self_assessment.html",
                      title=_("Je zelfbeeld"))


@login_required
@require_http_methods(["POST"])
def follow_up(request, pk):
    """Per aandachtspunt of the earlier conversation with this client: did it work?"""
    cycle = _owned(request.user, pk)
    points = list(services.earlier_points(cycle))
    form = FollowUpForm(request.POST, points=points)
    if form.is_valid():
        try:
            for point, outcome, note in form.answered():
                services.check_earlier_point(request.user, cycle, point, outcome, note)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("Je terugblik is bewaard."))
    else:
        messages.error(request, form.non_field_errors()[0] if form.non_field_errors() else
                       _("Controleer je terugblik."))
    return redirect(f"{cycle.get_absolute_url()}#terugblik")


@login_required
@require_http_methods(["GET", "POST"])
def consent(request, pk):
    cycle = _owned(request.user, pk)
    form = ConsentForm(request.POST or None, cycle=cycle)
    return _form_step(request, cycle, form,
                      lambda data: services.record_consent(request.user, cycle, **form.consent_values()),
                      _("De toestemming is vastgelegd."), template="cycles/consent_form.html",
                      title=_("Toestemming van de cliënt"))


@login_required
@require_http_methods(["GET", "POST"])
def withdraw(request, pk):
    cycle = _owned(request.user, pk)
    if request.method == "POST":
        try:
            services.withdraw_consent(request.user, cycle)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("De toestemming is ingetrokken. De opname en alle fragmenten zijn verwijderd."))
        return redirect(cycle)
    return render(request, "theme/confirm.html", {
        "title": _("Toestemming intrekken"),
        "question": _("Heeft de cliënt de toestemming ingetrokken? Dan verwijderen we meteen de link naar de opname "
                      "en alle fragmenten, en vervalt een gepland interview. Je leervraag, reflectie en "
                      "aandachtspunten blijven bewaard."),
        "confirm_label": _("Ja, toestemming intrekken"), "danger": True, "cancel_url": cycle.get_absolute_url(),
    })


@login_required
@require_http_methods(["GET", "POST"])
def recording(request, pk):
    cycle = _owned(request.user, pk)
    existing = getattr(cycle, "recording", None)
    initial = {"url": existing.url, "recorded_on": existing.recorded_on,
               "duration": existing.duration_label} if existing else None
    form = RecordingForm(request.POST or None, initial=initial)

    def action(data):
        services.set_recording(request.user, cycle, url=data["url"], recorded_on=data["recorded_on"],
                               duration_seconds=data["duration"])

    return _form_step(request, cycle, form, action, _("De opname is vastgelegd."), title=_("Opname vastleggen"))


@login_required
@require_http_methods(["GET", "POST"])
def fragment(request, pk):
    cycle = access.get_for(request.user, ReflectionCycle.objects.select_related("recording", "framework"),
                           access.VIEW, pk=pk)
    form = FragmentForm(request.POST or None, framework=cycle.framework or Framework.current())

    def action(data):
        services.add_fragment(request.user, cycle, start_seconds=data["start"], end_seconds=data["end"],
                              label=data["label"], observation=data["observation"],
                              dimensions=data.get("dimensions", []))

    return _form_step(request, cycle, form, action, _("Het fragment is toegevoegd."), title=_("Fragment markeren"))


@login_required
@require_http_methods(["POST"])
def attention_point(request, pk):
    cycle = _owned(request.user, pk)
    return add_point(request, AttentionPointForm(request.POST),
                     lambda text: services.add_attention_point(request.user, cycle, text), cycle)


@login_required
@require_http_methods(["GET", "POST"])
def point_to_goal(request, pk):
    point = get_object_or_404(AttentionPoint.objects.select_related("cycle"), pk=pk)
    access.require(request.user, access.CHANGE, point)
    return point_to_goal_page(
        request, point, origin="reflection",
        make_goal=lambda kind, formulation, parent, on_created: services.attention_point_to_goal(
            request.user, point, kind, formulation, parent=parent, on_created=on_created),
        context={"cycle": point.cycle, "intro": _("Maak je aandachtspunt concreet. Het doel onthoudt uit welke "
                                                  "video-reflectie het komt.")})


@login_required
@require_http_methods(["GET", "POST"])
def finish(request, pk):
    cycle = _owned(request.user, pk)
    if request.method == "POST":
        try:
            services.finish_cycle(request.user, cycle)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("Je video-reflectie is afgerond."))
        return redirect(cycle)
    return render(request, "theme/confirm.html", {
        "title": _("Cyclus afronden"),
        "question": _("Rond je deze video-reflectie af? De opname wordt daarna nog %(months)s maanden bewaard en "
                      "dan automatisch verwijderd.") % {"months": cycle.consent.retention_months if hasattr(
                          cycle, "consent") else 6},
        "confirm_label": _("Ja, afronden"), "cancel_url": cycle.get_absolute_url(),
    })


@login_required
@require_http_methods(["GET", "POST"])
def share(request, pk):
    """Share the reflection part with a buddy or teamcoach (never the recording, fragments or analyses)."""
    cycle = access.get_for(request.user, ReflectionCycle.objects.all(), access.SHARE, pk=pk)
    return share_page(request, cycle, "cycles/share.html", {"cycle": cycle},
                      success=_("Je reflectie is gedeeld met %(name)s."))


@login_required
def consent_pdf(request, pk, kind):
    """The consent form, the client leaflet or the report, as PDF (made by lms.documents). Owner only."""
    if kind not in KINDS:
        raise Http404
    return documents.deliver(request, CYCLE_DOCUMENT, pk=pk, paper=kind)


def step_url(cycle):
    """Where the owner continues, for the dashboard."""
    if cycle.step == Step.REGISTERED:
        return reverse("lms:cycles:consent", args=[cycle.pk])
    return cycle.get_absolute_url()
