"""Intervisie pages: groups, the date poll, sessions with the method guide and verslag, calendar files."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch
from django.forms import BaseFormSet
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from lms.cycles.models import ReflectionCycle
from lms.people import access
from theme.forms import id_from
from theme.submissions import AlreadySaved

from . import rules, services
from .forms import SLOTS_PREFIX, AnswerForm, FragmentsForm, GroupForm, PlanningForm, PollForm, SessionForm, SlotFormSet
from .ics import feed_ics, session_ics
from .models import Answer, IntervisionGroup, IntervisionSession, Membership, Poll


def _error_lists(form):
    if isinstance(form, BaseFormSet):
        yield form.non_form_errors()
        for each in form.forms:
            yield from each.errors.values()
    else:
        yield from form.errors.values()


def _all_errors(*forms):
    """Every message of the forms and formsets, each once: for a page that answers with a redirect."""
    found = []
    for form in forms:
        for errors in _error_lists(form):
            found += [str(error) for error in errors if str(error) not in found]
    return " ".join(found)


@login_required
def group_list(request):
    groups = list(access.visible_to(request.user, IntervisionGroup.objects.annotate(size=Count("memberships"))))
    return render(request, "intervisie/list.html", {"groups": groups,
                                                    "sessions": list(services.member_sessions(request.user)
                                                                     .filter(starts_at__gte=timezone.now())[:5])})


@login_required
@require_http_methods(["GET", "POST"])
def group_new(request):
    form = GroupForm(request.POST or None, creator=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            group = services.create_group(request.user, name=data["name"], members=list(data["members"]),
                                          cadence_weeks=data["cadence_weeks"], default_method=data["default_method"],
                                          usual_minutes=data["usual_minutes"], submission_key=data["submission_key"])
        except AlreadySaved as sent_before:
            messages.info(request, sent_before.message)
            return redirect(sent_before.obj)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De intervisiegroep is aangemaakt."))
            warning = services.hierarchy_warning(list(data["members"]))
            if warning:
                messages.warning(request, warning)
            return redirect(group)
    return render(request, "intervisie/form.html", {"form": form, "title": _("Nieuwe intervisiegroep")})


def _group(user, pk):
    queryset = IntervisionGroup.objects.select_related("default_method").prefetch_related(
        Prefetch("memberships", queryset=Membership.objects.select_related("user").order_by("joined_at", "pk")))
    return access.get_for(user, queryset, access.VIEW, pk=pk)


PAST_SESSIONS = 5


@login_required
def group_page(request, pk):
    group = _group(request.user, pk)
    membership = next(m for m in group.memberships.all() if m.user_id == request.user.pk)
    related = group.sessions.select_related("presenter", "facilitator", "note_taker", "method")
    cutoff = timezone.now() - datetime.timedelta(days=1)
    sessions = list(related.filter(starts_at__gte=cutoff))
    # The last few held sessions stay in reach: their verslag and advice are what the group built on.
    past = list(related.filter(starts_at__lt=cutoff).order_by("-starts_at")[:PAST_SESSIONS])
    return render(request, "intervisie/group.html", {
        "group": group, "sessions": sessions, "past_sessions": past,
        "open_poll": group.polls.filter(closed_at__isnull=True).first(),
        "feed_url": request.build_absolute_uri(reverse("lms:intervisie:feed", args=[membership.feed_token])),
        "poll_form": PollForm(), "slot_formset": SlotFormSet(prefix=SLOTS_PREFIX),
    })


@login_required
@require_POST
def new_feed_token(request, pk):
    group = _group(request.user, pk)
    services.renew_feed_token(request.user, group)
    messages.success(request, _("Je agenda-link is vernieuwd; de oude werkt niet meer."))
    return redirect(group)


@login_required
@require_POST
def poll_new(request, pk):
    """Start a poll from the group page; what is wrong goes back there as a message."""
    group = _group(request.user, pk)
    form = PollForm(request.POST)
    slots = SlotFormSet(request.POST, prefix=SLOTS_PREFIX)
    if not (form.is_valid() and slots.is_valid()):
        messages.error(request, _all_errors(form, slots))
        return redirect(group)
    try:
        poll = services.create_poll(request.user, group, form.cleaned_data["first_date"], slots.moments(),
                                    submission_key=form.cleaned_data["submission_key"])
    except AlreadySaved as sent_before:
        messages.info(request, sent_before.message)
        return redirect(sent_before.obj)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(group)
    return redirect(poll)


@login_required
@require_http_methods(["GET", "POST"])
def poll_page(request, pk):
    poll = get_object_or_404(Poll.objects.select_related("group"), pk=pk)
    access.require(request.user, access.VIEW, poll.group)
    slots = list(poll.slots.prefetch_related("answers"))
    if request.method == "POST":
        form = AnswerForm(request.POST, slots=slots)
        try:
            if "sluiten" in request.POST:
                sessions = services.close_poll(request.user, poll)
                messages.success(request, ngettext("%(count)d bijeenkomst gepland.", "%(count)d bijeenkomsten gepland.",
                                                   len(sessions)) % {"count": len(sessions)})
                return redirect(poll.group)
            if not form.is_valid():
                messages.error(request, _all_errors(form))
                return redirect(poll)
            services.answer_poll(request.user, poll, form.choices())
            messages.success(request, _("Je antwoorden zijn bewaard."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect(poll)
    mine = {a.slot_id: a.choice for slot in slots for a in slot.answers.all() if a.user_id == request.user.pk}
    rows = [(slot, mine.get(slot.pk, ""), sum(a.choice == "yes" for a in slot.answers.all()),
             sum(a.choice == "maybe" for a in slot.answers.all())) for slot in slots]
    return render(request, "intervisie/poll.html", {"poll": poll, "rows": rows, "choices": Answer.Choice.choices})


def _session(user, pk):
    return access.get_for(user, IntervisionSession.objects.select_related(
        "group", "method", "presenter", "facilitator", "note_taker"), access.VIEW, pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def session_page(request, pk):
    session = _session(request.user, pk)
    form = SessionForm(request.POST or None, initial={"case_text": session.case_text, "report": session.report,
                                                      "advice": session.advice})
    if request.method == "POST" and form.is_valid():
        services.update_session(request.user, session, **form.cleaned_data)
        messages.success(request, _("Opgeslagen."))
        return redirect(session)
    uses_video = session.method is not None and session.method.uses_video_fragments
    presenting = uses_video and access.decide(request.user, rules.ADD_FRAGMENTS, session).allowed
    planning_form = PlanningForm(group=session.group, initial={
        "starts_at": timezone.localtime(session.starts_at), "place": session.place,
        "presenter": session.presenter_id, "facilitator": session.facilitator_id,
        "note_taker": session.note_taker_id})
    return render(request, "intervisie/session.html", {
        "session": session, "form": form, "previous_advice": services.previous_advice(session),
        "planning_form": planning_form,
        "own_fragments": services.shareable_fragments(request.user) if presenting else [],
        "fragments": services.visible_fragments(request.user, session),
        "phases": [block.value for block in session.method.phases] if session.method else [],
    })


@login_required
@require_POST
def session_plan(request, pk):
    session = _session(request.user, pk)
    form = PlanningForm(request.POST, group=session.group)
    if form.is_valid():
        data = form.cleaned_data
        services.update_session(request.user, session, starts_at=data["starts_at"],
                                ends_at=data["starts_at"] + (session.ends_at - session.starts_at), place=data["place"],
                                presenter=data["presenter"], facilitator=data["facilitator"],
                                note_taker=data["note_taker"])
        messages.success(request, _("De planning is aangepast. Download de bijgewerkte uitnodiging."))
    else:
        messages.error(request, _all_errors(form))
    return redirect(session)


@login_required
@require_POST
def session_fragments(request, pk):
    """The inbrenger adds fragments; anyone else meets the 403 page with the reason."""
    session = access.require(request.user, rules.ADD_FRAGMENTS, _session(request.user, pk))
    form = FragmentsForm(request.POST, fragments=services.own_fragments(request.user))
    if not form.is_valid():
        messages.error(request, _all_errors(form))
        return redirect(session)
    try:
        services.attach_fragments(request.user, session, list(form.cleaned_data["fragment"]))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("De fragmenten zijn toegevoegd."))
    return redirect(session)


@login_required
@require_POST
def session_cancel(request, pk):
    session = _session(request.user, pk)
    services.cancel_session(request.user, session)
    messages.success(request, _("De bijeenkomst is geannuleerd. Download de annulering voor je agenda."))
    return redirect(session)


@login_required
def session_invite(request, pk):
    session = _session(request.user, pk)
    response = HttpResponse(session_ics(session), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="intervisie-{session.pk}.ics"'
    return response


def feed(request, token):
    """A member's personal calendar feed (no login: the secret token is the key; a new token ends the old)."""
    membership = Membership.objects.filter(feed_token=token).select_related("user").first()
    if membership is None or not membership.user.is_active:
        raise Http404
    sessions = IntervisionSession.objects.filter(group__memberships__user=membership.user).select_related("group")
    response = HttpResponse(feed_ics(sessions, _("Intervisie")), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=900"
    return response


@login_required
@require_POST
def link_cycle(request, pk):
    """From the cycle page: the inbrenger brings this video-reflection into one of their sessions."""
    cycle = access.get_for(request.user, ReflectionCycle.objects.all(), access.CHANGE, pk=pk)
    session = services.sessions_to_link(request.user, cycle).filter(pk=id_from(request.POST, "sessie")).first()
    if session is None:
        messages.error(request, _("Kies een bijeenkomst waarin jij de inbrenger bent."))
        return redirect(cycle)
    try:
        services.link_cycle(request.user, session, cycle)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("Je brengt dit gesprek in bij %(session)s.") % {"session": session})
    return redirect(cycle)


@login_required
@require_POST
def continue_cycle(request, pk):
    """The session on this cycle was held: on to the reflection."""
    cycle = access.get_for(request.user, ReflectionCycle.objects.all(), access.CHANGE, pk=pk)
    try:
        services.continue_after_session(request.user, cycle)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("Op naar je reflectie. Het verslag van de intervisie staat erbij."))
    return redirect(cycle)

