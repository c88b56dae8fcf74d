"""Buddy workflows: offering places, proposing pairs (optimal matching), accepting, check-ins, ending.

Who may propose pairs and who may offer places are capabilities (rules.py). What a request asks for is checked
here and refused with a ValidationError that carries a code: "capacity", "end_date_past" (the offer), "no_offer",
"hard_rule" (the buddy chosen for a pair), "already_sent", "not_open", "already_closed", "pair_not_active".
"""

import datetime
from collections import defaultdict

from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import ModuleCompletion, ModulePage
from lms.cycles.models import ReflectionCycle, Step
from lms.notifications.services import notify
from lms.people import access
from lms.people.models import leader_pairs
from lms.people.naming import display_name
from lms.people.roles import Role, has_role
from theme.submissions import create_once
from theme.usertext import normalise_plain

from . import matching
from .models import OPEN_STATUSES, BuddyOffer, BuddyPair, CheckIn, CheckInStatus, PairStatus
from .rules import OFFER_PLACES, PROPOSE_PAIRS

PAIR_MONTHS = 6
CHECKIN_GAP_DAYS = 28


@transaction.atomic
def set_offer(user, *, capacity, team_preference, mode, available_until=None, active=True):
    access.require_capability(user, OFFER_PLACES)
    if capacity is None or not 1 <= capacity <= 3:
        raise ValidationError(_("Je kunt 1, 2 of 3 nieuwkomers tegelijk begeleiden."), code="capacity")
    if available_until and available_until < timezone.localdate():
        raise ValidationError(_("De einddatum ligt in het verleden."), code="end_date_past")
    offer, _created = BuddyOffer.objects.update_or_create(user=user, defaults={
        "capacity": capacity, "team_preference": team_preference, "mode": mode,
        "available_until": available_until, "active": active,
    })
    if active and not has_role(user, Role.BUDDY):
        # Not a permission check: whoever offers places gets the buddy role (a group), which the matching reads.
        user.groups.add(Group.objects.get_or_create(name=Role.BUDDY.value)[0])
    return offer


def _eligible_ids(user_ids):
    """Experienced: at least one finished video-reflection, or the whole leergang done."""
    with_cycle = set(ReflectionCycle.objects.filter(owner_id__in=user_ids, step=Step.FINISHED)
                     .values_list("owner_id", flat=True))
    module_count = ModulePage.objects.live().count()
    done_all = set(ModuleCompletion.objects.filter(user_id__in=user_ids).values("user_id")
                   .annotate(n=Count("module_id")).filter(n__gte=max(module_count, 1))
                   .values_list("user_id", flat=True))
    return with_cycle | done_all


def newcomers_without_buddy():
    return (get_user_model().objects.filter(is_active=True, participant__follows_leergang=True)
            .exclude(buddy_pairs_new__status__in=OPEN_STATUSES).select_related("participant"))


def _leaders_by_user(users):
    leaders = defaultdict(set)
    for leader, person in leader_pairs(users):
        leaders[person].add(leader)
    return {u.pk: frozenset(leaders[u.pk]) for u in users}


def _open_offers(today):
    """Open offers, each with its buddy's current number of open pairs (`load`)."""
    return (BuddyOffer.objects.open(today).select_related("user__participant")
            .annotate(load=Count("user__buddy_pairs_as_buddy",
                                 filter=Q(user__buddy_pairs_as_buddy__status__in=OPEN_STATUSES))))


def _team_id(user):
    return getattr(getattr(user, "participant", None), "team_id", None)


def _candidate(offer, eligible):
    return matching.Candidate(offer.user_id, display_name(offer.user), _team_id(offer.user),
                              free=offer.capacity - offer.load, load=offer.load, team_preference=offer.team_preference,
                              mode=offer.mode, eligible=offer.user_id in eligible)


def pool(today=None):
    """The newcomers and candidate buddies as plain data for the matching (a fixed number of queries)."""
    today = today or timezone.localdate()
    newcomers = list(newcomers_without_buddy())
    leaders = _leaders_by_user(newcomers)
    offers = list(_open_offers(today))
    eligible = _eligible_ids([offer.user_id for offer in offers])
    previous = set(BuddyPair.objects.exclude(status=PairStatus.WITHDRAWN).values_list("newcomer_id", "buddy_id"))
    return (
        [matching.Newcomer(u.pk, display_name(u), _team_id(u), leaders[u.pk]) for u in newcomers],
        [_candidate(o, eligible) for o in offers],
        previous,
    )


def _one_pair(newcomer, buddy, today=None):
    """One newcomer and one buddy as `pool` would give them, for checking the hard rules of a single pair.

    The newcomer is built directly: `pool` leaves out newcomers who already have a (proposed) pair. The candidate
    is None when the buddy has no open offer.
    """
    target = matching.Newcomer(newcomer.pk, display_name(newcomer), _team_id(newcomer),
                               _leaders_by_user([newcomer])[newcomer.pk])
    offer = _open_offers(today or timezone.localdate()).filter(user=buddy).first()
    if offer is None:
        return target, None, set()
    previous = set(BuddyPair.objects.filter(newcomer=newcomer, buddy=buddy).exclude(status=PairStatus.WITHDRAWN)
                   .values_list("newcomer_id", "buddy_id"))
    return target, _candidate(offer, _eligible_ids([buddy.pk])), previous


@transaction.atomic
def generate_proposals(coordinator):
    """Replace the coordinator's unsent proposals by a fresh optimal set. Returns the matching result."""
    access.require_capability(coordinator, PROPOSE_PAIRS)
    BuddyPair.objects.filter(status=PairStatus.PROPOSED).update(status=PairStatus.WITHDRAWN)
    newcomers, candidates, previous = pool()
    result = matching.propose(newcomers, candidates, previous)
    for proposal in result.proposals:
        BuddyPair.objects.create(newcomer_id=proposal.newcomer.id, buddy_id=proposal.buddy.id, score=proposal.score,
                                 reasons=proposal.reasons, proposed_by=coordinator)
    return result


def _check_hard_rules(newcomer, buddy):
    """Validation of the teamcoach's choice, not a capability: it is about the person chosen (an open offer,
    experience, room, no leidinggevende, no earlier pair), whoever asks."""
    target, candidate, previous = _one_pair(newcomer, buddy)
    if candidate is None:
        raise ValidationError(_("%(name)s biedt zich nu niet aan als buddy.") % {"name": display_name(buddy)},
                              code="no_offer")
    reason = matching.blocked(target, candidate, previous)
    if reason:
        raise ValidationError(_("Dit koppel kan niet: %(name)s %(reason)s.") % {"name": display_name(buddy),
                                                                                "reason": reason},
                              code="hard_rule")


@transaction.atomic
def change_buddy(coordinator, pair, buddy):
    """The teamcoach swaps the proposed buddy; the hard rules still apply."""
    access.require_capability(coordinator, PROPOSE_PAIRS)
    pair = BuddyPair.objects.select_for_update().get(pk=pair.pk)
    if pair.status != PairStatus.PROPOSED:
        raise ValidationError(_("Alleen een voorstel dat nog niet is verstuurd kan worden aangepast."),
                              code="already_sent")
    _check_hard_rules(pair.newcomer, buddy)
    pair.buddy = buddy
    pair.reasons = [_("gekozen door de teamcoach")]
    pair.save(update_fields=["buddy", "reasons"])
    return pair


@transaction.atomic
def reject_proposal(coordinator, pair):
    access.require_capability(coordinator, PROPOSE_PAIRS)
    BuddyPair.objects.filter(pk=pair.pk, status=PairStatus.PROPOSED).update(status=PairStatus.WITHDRAWN)


@transaction.atomic
def send_proposals(coordinator):
    access.require_capability(coordinator, PROPOSE_PAIRS)
    pairs = list(BuddyPair.objects.filter(status=PairStatus.PROPOSED).select_related("newcomer", "buddy"))
    for pair in pairs:
        pair.status = PairStatus.SENT
        pair.save(update_fields=["status"])
        for person, partner in ((pair.newcomer, pair.buddy), (pair.buddy, pair.newcomer)):
            notify(person, key=f"buddy-proposal:{pair.pk}:{person.pk}", title=_("Voorstel voor een buddykoppel"),
                   body=_("Je bent voorgesteld als buddykoppel met %(name)s. Geef aan of je dat wilt.")
                   % {"name": display_name(partner)}, link=pair.get_absolute_url())
    return len(pairs)


@transaction.atomic
def respond(user, pair, accept, reason=""):
    """Accept or decline a sent proposal. Both must accept before the pair is active."""
    access.require(user, access.CHANGE, pair)
    pair = BuddyPair.objects.select_for_update().get(pk=pair.pk)
    if pair.status != PairStatus.SENT:
        raise ValidationError(_("Dit voorstel staat niet (meer) open; er valt niets te beantwoorden."),
                              code="not_open")
    partner = pair.partner_of(user)
    if not accept:
        pair.status = PairStatus.DECLINED
        pair.decline_reason = normalise_plain(reason)[:300]
        pair.save(update_fields=["status", "decline_reason"])
        notify(partner, key=f"buddy-declined:{pair.pk}", title=_("Het buddyvoorstel gaat niet door"),
               body=_("De teamcoach zoekt een ander koppel."), link=pair.get_absolute_url())
        return pair
    field = "newcomer_accepted_at" if user.pk == pair.newcomer_id else "buddy_accepted_at"
    setattr(pair, field, timezone.now())
    if pair.newcomer_accepted_at and pair.buddy_accepted_at:
        pair.status = PairStatus.ACTIVE
        pair.started_at = timezone.now()
        pair.ends_on = timezone.localdate() + relativedelta(months=PAIR_MONTHS)
        for person in (pair.newcomer, pair.buddy):
            notify(person, key=f"buddy-active:{pair.pk}:{person.pk}", title=_("Jullie buddykoppel is gestart"),
                   body=_("Plan jullie eerste check-in."), link=pair.get_absolute_url())
    pair.save()
    return pair


@transaction.atomic
def end_pair(user, pair, note=""):
    access.require(user, access.CHANGE, pair)
    pair = BuddyPair.objects.select_for_update().get(pk=pair.pk)
    if pair.status not in (PairStatus.ACTIVE, PairStatus.SENT):
        raise ValidationError(_("Dit koppel is al afgesloten."), code="already_closed")
    pair.status = PairStatus.ENDED
    pair.ended_at = timezone.now()
    pair.closing_note = normalise_plain(note)
    MaxLengthValidator(BuddyPair._meta.get_field("closing_note").max_length)(pair.closing_note)  # code "max_length"
    pair.save(update_fields=["status", "ended_at", "closing_note"])
    notify(pair.partner_of(user), key=f"buddy-ended:{pair.pk}", title=_("Jullie buddykoppel is beëindigd"),
           body=_("Bedankt voor jullie tijd samen."), link=pair.get_absolute_url())
    return pair


CHECKIN_MAX_DAYS_AHEAD = 366


def check_planned_on(planned_on, today=None):
    """A check-in is planned from today on, and at most a year ahead (a typo such as 2062 is refused too)."""
    today = today or timezone.localdate()
    if planned_on < today:
        raise ValidationError(_("Deze datum is al voorbij. Kies vandaag of een dag in de toekomst."),
                              code="checkin_in_past")
    if planned_on > today + datetime.timedelta(days=CHECKIN_MAX_DAYS_AHEAD):
        raise ValidationError(_("Plan een check-in hoogstens een jaar vooruit."), code="checkin_too_far")


@transaction.atomic
def plan_checkin(user, pair, *, planned_on, topics="", notes="", submission_key=None):
    access.require(user, access.CHANGE, pair)
    if pair.status != PairStatus.ACTIVE:
        raise ValidationError(_("Check-ins plan je in een actief koppel."), code="pair_not_active")
    check_planned_on(planned_on)
    return create_once(
        CheckIn.objects.filter(pair=pair), submission_key,
        lambda: CheckIn.objects.create(pair=pair, planned_on=planned_on, topics=normalise_plain(topics)[:300],
                                       notes=normalise_plain(notes), created_by=user, submission_key=submission_key),
        _("Deze check-in stond al gepland."))


def end_expired_pairs(today=None) -> int:
    """Daily: pairs past their end date end by themselves, with a note page for both."""
    today = today or timezone.localdate()
    ended = 0
    expired = BuddyPair.objects.filter(status=PairStatus.ACTIVE, ends_on__lt=today).select_related("newcomer", "buddy")
    for pair in expired:
        with transaction.atomic():
            BuddyPair.objects.filter(pk=pair.pk, status=PairStatus.ACTIVE).update(
                status=PairStatus.ENDED, ended_at=timezone.now(),
                closing_note=_("Het koppel is afgelopen op de afgesproken einddatum."))
            for person in (pair.newcomer, pair.buddy):
                notify(person, key=f"buddy-ended:{pair.pk}:{person.pk}", title=_("Jullie buddyperiode is voorbij"),
                       body=_("Kijk samen terug: wat heeft het opgeleverd?"), link=pair.get_absolute_url())
        ended += 1
    return ended


def _open_checkin(user, checkin):
    access.require(user, access.CHANGE, checkin)
    checkin = CheckIn.objects.select_for_update().select_related("pair").get(pk=checkin.pk)
    if checkin.pair.status != PairStatus.ACTIVE:
        raise ValidationError(_("Dit koppel is niet meer actief; de check-ins blijven zoals ze zijn."),
                              code="pair_not_active")
    return checkin


@transaction.atomic
def update_checkin(user, checkin, *, planned_on, topics="", notes="", **_ignored):
    """Change a check-in's date, topics or notes. A new date lies ahead; an unchanged date may be past (notes
    written after a check-in was held)."""
    checkin = _open_checkin(user, checkin)
    if planned_on != checkin.planned_on:
        if checkin.status != CheckInStatus.PLANNED:
            raise ValidationError(_("Een gehouden of afgezegde check-in krijgt geen nieuwe datum. Plan een nieuwe."),
                                  code="checkin_closed")
        check_planned_on(planned_on)
    checkin.planned_on = planned_on
    checkin.topics = normalise_plain(topics)[:300]
    checkin.notes = normalise_plain(notes)
    MaxLengthValidator(CheckIn._meta.get_field("notes").max_length)(checkin.notes)
    checkin.save(update_fields=["planned_on", "topics", "notes"])
    return checkin


@transaction.atomic
def cancel_checkin(user, checkin):
    """Call a planned check-in off. It stays in the list as 'afgezegd'; cancelling twice changes nothing."""
    checkin = _open_checkin(user, checkin)
    if checkin.status == CheckInStatus.HELD:
        raise ValidationError(_("Deze check-in is al gehouden; afzeggen kan niet meer."), code="checkin_held")
    checkin.status = CheckInStatus.CANCELLED
    checkin.save(update_fields=["status"])
    return checkin


@transaction.atomic
def mark_held(user, checkin, today=None):
    """The pair met: the check-in was held. Only on or after its date, and not after it was called off."""
    checkin = _open_checkin(user, checkin)
    if checkin.status == CheckInStatus.CANCELLED:
        raise ValidationError(_("Deze check-in is afgezegd. Plan een nieuwe als jullie toch afspreken."),
                              code="checkin_cancelled")
    if checkin.planned_on > (today or timezone.localdate()):
        raise ValidationError(_("Deze check-in staat nog in de toekomst; markeer hem als gehouden na jullie "
                                "gesprek."), code="checkin_not_yet")
    checkin.status = CheckInStatus.HELD
    checkin.save(update_fields=["status"])
    return checkin


def checkin_reminders(today=None) -> int:
    """Daily: remind active pairs that had no check-in for four weeks, once per quiet period."""
    today = today or timezone.localdate()
    sent = 0
    pairs = (BuddyPair.objects.filter(status=PairStatus.ACTIVE).select_related("newcomer", "buddy")
             .annotate(last=Max("checkins__planned_on", filter=Q(checkins__planned_on__lte=today)
                                          & ~Q(checkins__status=CheckInStatus.CANCELLED))))
    for pair in pairs:
        since = pair.last or (pair.started_at.date() if pair.started_at else today)
        if (today - since).days < CHECKIN_GAP_DAYS:
            continue
        for person in (pair.newcomer, pair.buddy):
            notice = notify(person, key=f"buddy-checkin:{pair.pk}:{person.pk}:{since.isoformat()}",
                            title=_("Tijd voor een check-in met je buddy"),
                            body=_("Jullie hebben al vier weken geen check-in gehad. Plan er een."),
                            link=pair.get_absolute_url())
            sent += notice.is_new
    return sent
