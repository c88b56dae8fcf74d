"""Buddy pages: my buddy (offer, pairs), one pair with its check-ins, and the teamcoach's proposals."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from courses.models import CoursePage
from courses.progress import progress_seen_by
from lms.people import access
from lms.people.models import Share
from lms.people.naming import display_name
from theme.submissions import AlreadySaved

from . import services
from .forms import CheckInForm, OfferForm, ProposalChoiceForm
from .models import BuddyOffer, BuddyPair, CheckIn, PairStatus
from .rules import PROPOSE_PAIRS, VIEW_DATE


@login_required
def overview(request):
    pairs = list(access.visible_to(request.user, BuddyPair.objects.select_related("newcomer", "buddy"))
                 .filter(Q(newcomer=request.user) | Q(buddy=request.user))
                 .exclude(status__in=[PairStatus.PROPOSED, PairStatus.WITHDRAWN]))
    offer = access.visible_to(request.user, BuddyOffer.objects.filter(user=request.user)).first()
    return render(request, "buddy/overview.html", {"pairs": pairs, "offer": offer})


@login_required
@require_http_methods(["GET", "POST"])
def offer(request):
    existing = access.visible_to(request.user, BuddyOffer.objects.filter(user=request.user)).first()
    initial = {f: getattr(existing, f) for f in ("capacity", "team_preference", "mode", "available_until", "active")} \
        if existing else None
    form = OfferForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.set_offer(request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Je aanbod als buddy is opgeslagen. Dank je!"))
            return redirect("lms:buddy:overview")
    return render(request, "buddy/form.html", {"form": form, "title": _("Buddy worden")})


@login_required
@require_http_methods(["GET", "POST"])
def pair_page(request, pk):
    pair = access.get_for(request.user, BuddyPair.objects.select_related("newcomer", "buddy"), access.VIEW, pk=pk)
    in_pair = request.user.pk in (pair.newcomer_id, pair.buddy_id)
    form = CheckInForm(request.POST or None)
    if request.method == "POST":
        access.require(request.user, access.CHANGE, pair)
        if form.is_valid():
            try:
                services.plan_checkin(request.user, pair, **form.cleaned_data)
            except AlreadySaved as sent_before:
                messages.info(request, sent_before.message)
                return redirect(pair)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("De check-in is gepland."))
                return redirect(pair)
    context = {"pair": pair, "in_pair": in_pair, "form": form, "today": timezone.localdate()}
    if in_pair:
        context["checkins"] = list(access.visible_to(request.user, CheckIn.objects.filter(pair=pair)))
        context["partner"] = pair.partner_of(request.user)
        if request.user.pk == pair.buddy_id and pair.status == PairStatus.ACTIVE:
            # The buddy sees what the newcomer chose to share, and their leergang progress (never answers): both
            # as far as the access policy lets them through (the buddy app grants an active pair's completions).
            context["shared"] = list(access.visible_to(request.user, Share.objects.active())
                                     .filter(owner=pair.newcomer, grantee=request.user).with_targets())
            course = CoursePage.objects.live().order_by("path").first()
            context["progress"] = progress_seen_by(request.user, pair.newcomer, course) if course else None
    else:
        context["checkin_dates"] = list(access.visible_to(request.user, CheckIn.objects.filter(pair=pair), VIEW_DATE)
                                        .values_list("planned_on", flat=True))
    return render(request, "buddy/pair.html", context)


def _checkin(user, pk):
    """One check-in of a pair, for its two members only (the policy's check-in rule)."""
    return access.get_for(user, CheckIn.objects.select_related("pair__newcomer", "pair__buddy"), access.CHANGE,
                          pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def checkin_edit(request, pk):
    checkin = _checkin(request.user, pk)
    form = CheckInForm(request.POST or None, current=checkin,
                       initial={"planned_on": checkin.planned_on, "topics": checkin.topics, "notes": checkin.notes})
    if request.method == "POST" and form.is_valid():
        try:
            services.update_checkin(request.user, checkin, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De check-in is gewijzigd."))
            return redirect(checkin.pair)
    return render(request, "buddy/checkin_form.html", {"form": form, "checkin": checkin, "pair": checkin.pair})


@login_required
@require_http_methods(["GET", "POST"])
def checkin_cancel(request, pk):
    """Calling a check-in off asks first: the other one of the pair may count on it."""
    checkin = _checkin(request.user, pk)
    if request.method == "POST":
        try:
            services.cancel_checkin(request.user, checkin)
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("De check-in is afgezegd."))
        return redirect(checkin.pair)
    return render(request, "theme/confirm.html", {
        "title": _("Check-in afzeggen"),
        "question": _("Wil je de check-in van %(date)s met %(name)s afzeggen? Laat het de ander ook even weten.")
        % {"date": date_format(checkin.planned_on, "j F Y"),
           "name": display_name(checkin.pair.partner_of(request.user))},
        "confirm_label": _("Ja, afzeggen"), "danger": True, "cancel_url": checkin.pair.get_absolute_url(),
    })


@login_required
@require_POST
def checkin_held(request, pk):
    checkin = _checkin(request.user, pk)
    try:
        services.mark_held(request.user, checkin)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("Genoteerd: jullie check-in is gehouden."))
    return redirect(checkin.pair)


@login_required
@require_POST
def respond(request, pk):
    pair = access.get_for(request.user, BuddyPair.objects.all(), access.CHANGE, pk=pk)
    accept = request.POST.get("answer") == "ja"
    try:
        services.respond(request.user, pair, accept, request.POST.get("reason", ""))
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("Je hebt het voorstel geaccepteerd.") if accept
                         else _("Je hebt het voorstel afgewezen. De teamcoach zoekt verder."))
    return redirect(pair)


@login_required
@require_http_methods(["GET", "POST"])
def end(request, pk):
    pair = access.get_for(request.user, BuddyPair.objects.select_related("newcomer", "buddy"), access.CHANGE, pk=pk)
    if request.method == "POST":
        try:
            services.end_pair(request.user, pair, request.POST.get("note", ""))
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("Het buddykoppel is beëindigd."))
        return redirect(pair)
    return render(request, "theme/confirm.html", {
        "title": _("Buddykoppel beëindigen"),
        "question": _("Wil je het buddykoppel met %(name)s beëindigen? Jullie check-ins blijven voor jullie "
                      "tweeën leesbaar.") % {"name": display_name(pair.partner_of(request.user))},
        "confirm_label": _("Ja, beëindigen"), "danger": True, "cancel_url": pair.get_absolute_url(),
    })


@login_required
@require_http_methods(["GET", "POST"])
def proposals(request):
    """The teamcoach's screen: make proposals, swap or reject them, and send them out."""
    access.require_capability(request.user, PROPOSE_PAIRS)
    result = None
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "generate":
                result = services.generate_proposals(request.user)
                count = len(result.proposals)
                messages.success(request, ngettext("%(count)d voorstel gemaakt.", "%(count)d voorstellen gemaakt.",
                                                   count) % {"count": count})
                if result.unmatched:
                    messages.warning(request, result.explanation())
            elif action in ("swap", "reject"):
                chosen = ProposalChoiceForm(request.POST)
                if not chosen.is_valid() or (action == "swap" and chosen.cleaned_data["buddy"] is None):
                    messages.error(request, _("Dit voorstel of deze buddy kennen we niet. Kies opnieuw uit de lijst."))
                    return redirect(reverse("lms:buddy:proposals"))
                pair = get_object_or_404(BuddyPair, pk=chosen.cleaned_data["pair"])
                if action == "swap":
                    buddy = get_object_or_404(get_user_model(), pk=chosen.cleaned_data["buddy"])
                    services.change_buddy(request.user, pair, buddy)
                    messages.success(request, _("De buddy in het voorstel is gewisseld."))
                else:
                    services.reject_proposal(request.user, pair)
                    messages.success(request, _("Het voorstel is geschrapt."))
            elif action == "send":
                count = services.send_proposals(request.user)
                messages.success(request, ngettext("%(count)d voorstel verstuurd.", "%(count)d voorstellen verstuurd.",
                                                   count) % {"count": count})
        except ValidationError as error:
            messages.error(request, error.messages[0])
        return redirect(reverse("lms:buddy:proposals"))
    pairs = access.visible_to(request.user, BuddyPair.objects.select_related("newcomer", "buddy"))
    pending = list(pairs.filter(status=PairStatus.PROPOSED))
    open_pairs = list(pairs.filter(status__in=[PairStatus.SENT, PairStatus.ACTIVE]).order_by("status", "-proposed_at"))
    # Only offers `change_buddy` would accept: an expired one in the list fails with "biedt zich nu niet aan".
    candidates = list(access.visible_to(request.user, BuddyOffer.objects.open()).select_related("user"))
    return render(request, "buddy/proposals.html", {
        "pending": pending, "open_pairs": open_pairs, "candidates": candidates,
        "waiting": services.newcomers_without_buddy().count(),
    })
