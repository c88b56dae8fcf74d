"""Intervisie pages: groups, the date poll, sessions with the method guide and verslag, calendar files."""

import datetime
import uuid

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from lms.people import access
from theme.forms import ServerValidatedForm

from . import services
from .ics import feed_ics, session_ics
from .models import Answer, IntervisionGroup, IntervisionSession, Membership, Method, Poll, Slot


class GroupForm(ServerValidatedForm):
    name = forms.CharField(label=gettext_lazy("Naam van de groep"), max_length=80,
                           error_messages={"required": gettext_lazy("Geef de groep een naam.")})
    members = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Leden (4 tot 8)"), queryset=get_user_model().objects.none(),
        widget=forms.CheckboxSelectMultiple, error_messages={"required": gettext_lazy("Kies de leden.")})
    cadence_weeks = forms.IntegerField(label=gettext_lazy("Om de hoeveel weken?"), initial=6)
    default_method = forms.ModelChoiceField(label=gettext_lazy("Vaste methode"), queryset=Method.objects.none(),
                                            required=False)
    usual_minutes = forms.IntegerField(label=gettext_lazy("Duur van een bijeenkomst (minuten)"), initial=90,
                                       min_value=30, max_value=240)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["members"].queryset = (get_user_model().objects.filter(is_active=True, participant__isnull=False)
                                           .order_by("first_name", "last_name"))
        self.fields["default_method"].queryset = Method.objects.filter(live=True)


class SessionForm(ServerValidatedForm):
    case_text = forms.CharField(label=gettext_lazy("De casus van de inbrenger"), required=False,
                                widget=forms.Textarea(attrs={"rows": 3}))
    report = forms.CharField(label=gettext_lazy("Verslag (alleen voor de groep)"), required=False,
                             widget=forms.Textarea(attrs={"rows": 5}))
    advice = forms.CharField(label=gettext_lazy("Adviezen en acties voor de volgende keer"), required=False,
                             widget=forms.Textarea(attrs={"rows": 3}))


class PlanningForm(ServerValidatedForm):
    """Time, place and roles of one session: proposed by the rotation, changed by the group when needed."""

    starts_at = forms.DateTimeField(label=gettext_lazy("Begint"), widget=forms.DateTimeInput(
        attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        error_messages={"invalid": gettext_lazy("Vul een geldige datum en tijd in.")})
    place = forms.CharField(label=gettext_lazy("Plaats of link"), max_length=300, required=False)
    presenter = forms.ModelChoiceField(label=gettext_lazy("Inbrenger"), queryset=get_user_model().objects.none(),
                                       required=False)
    facilitator = forms.ModelChoiceField(label=gettext_lazy("Gespreksleider"),
                                         queryset=get_user_model().objects.none(), required=False)
    note_taker = forms.ModelChoiceField(label=gettext_lazy("Notulist"), queryset=get_user_model().objects.none(),
                                        required=False)

    def __init__(self, *args, group, **kwargs):
        super().__init__(*args, **kwargs)
        members = get_user_model().objects.filter(intervision_memberships__group=group)
        for name in ("presenter", "facilitator", "note_taker"):
            self.fields[name].queryset = members

    def clean_starts_at(self):
        value = self.cleaned_data["starts_at"]
        if value < timezone.now():
            raise forms.ValidationError(_("Een bijeenkomst plan je in de toekomst."))
        return value


@login_required
def group_list(request):
    groups = list(access.visible_to(request.user, IntervisionGroup.objects.annotate(size=Count("memberships"))))
    return render(request, "intervisie/list.html", {"groups": groups,
                                                    "sessions": list(services.member_sessions(request.user)
                                                                     .filter(starts_at__gte=timezone.now())[:5])})


@login_required
@require_http_methods(["GET", "POST"])
def group_new(request):
    form = GroupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            group = services.create_group(request.user, name=data["name"], members=list(data["members"]),
                                          cadence_weeks=data["cadence_weeks"], default_method=data["default_method"],
                                          usual_minutes=data["usual_minutes"])
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


@login_required
def group_page(request, pk):
    group = _group(request.user, pk)
    membership = next(m for m in group.memberships.all() if m.user_id == request.user.pk)
    sessions = list(group.sessions.select_related("presenter", "facilitator", "note_taker", "method")
                    .filter(starts_at__gte=timezone.now() - datetime.timedelta(days=1)))
    return render(request, "intervisie/group.html", {
        "group": group, "sessions": sessions, "open_poll": group.polls.filter(closed_at__isnull=True).first(),
        "feed_url": request.build_absolute_uri(reverse("intervisie:feed", args=[membership.feed_token])),
        "weekdays": Slot.WEEKDAYS,
    })


@login_required
@require_POST
def new_feed_token(request, pk):
    group = _group(request.user, pk)
    Membership.objects.filter(group=group, user=request.user).update(feed_token=uuid.uuid4())
    messages.success(request, _("Je agenda-link is vernieuwd; de oude werkt niet meer."))
    return redirect(group)


@login_required
@require_POST
def poll_new(request, pk):
    group = _group(request.user, pk)
    slots = []
    for weekday, start in zip(request.POST.getlist("weekday"), request.POST.getlist("time"), strict=False):
        if weekday and start:
            try:
                slots.append((int(weekday), datetime.time.fromisoformat(start)))
            except ValueError:
                messages.error(request, _("Vul tijden in als uu:mm."))
                return redirect(group)
    try:
        first = datetime.date.fromisoformat(request.POST.get("first_date", ""))
        poll = services.create_poll(request.user, group, first, slots)
    except ValueError:
        messages.error(request, _("Vul een geldige startdatum in."))
        return redirect(group)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(group)
    return redirect(poll)


@login_required
@require_http_methods(["GET", "POST"])
def poll_page(request, pk):
    poll = get_object_or_404(Poll.objects.select_related("group"), pk=pk)
    access.require(request.user, access.VIEW, poll.group)
    if request.method == "POST":
        try:
            if "sluiten" in request.POST:
                sessions = services.close_poll(request.user, poll)
                messages.success(request, _("%(count)d bijeenkomsten gepland.") % {"count": len(sessions)})
                return redirect(poll.group)
            choices = {int(key.removeprefix("slot-")): value for key, value in request.POST.items()
                       if key.startswith("slot-") and key.removeprefix("slot-").isdigit()}
            services.answer_poll(request.user, poll, choices)
            messages.success(request, _("Je antwoorden zijn bewaard."))
        except ValidationError as error:
            messages.error(request, error.messages[0])
        return redirect(poll)
    slots = list(poll.slots.prefetch_related("answers"))
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
    own_fragments = []
    if session.presenter_id == request.user.pk and session.method and session.method.uses_video_fragments:
        from lms.cycles.models import Fragment
        from lms.cycles.rules import FRAGMENT_FOR_COLLEAGUES

        own_fragments = list(Fragment.objects.filter(FRAGMENT_FOR_COLLEAGUES, cycle__owner=request.user,
                                                     analysis__isnull=True))
    planning_form = PlanningForm(group=session.group, initial={
        "starts_at": timezone.localtime(session.starts_at), "place": session.place,
        "presenter": session.presenter_id, "facilitator": session.facilitator_id,
        "note_taker": session.note_taker_id})
    return render(request, "intervisie/session.html", {
        "session": session, "form": form, "previous_advice": services.previous_advice(session),
        "planning_form": planning_form, "own_fragments": own_fragments,
        "fragments": services.visible_fragments(session),
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
        messages.error(request, " ".join(error for errors in form.errors.values() for error in errors))
    return redirect(session)


@login_required
@require_POST
def session_fragments(request, pk):
    from lms.cycles.models import Fragment

    session = _session(request.user, pk)
    fragments = list(Fragment.objects.filter(pk__in=request.POST.getlist("fragment"), cycle__owner=request.user))
    try:
        services.attach_fragments(request.user, session, fragments)
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, error.messages[0] if hasattr(error, "messages") else str(error))
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
