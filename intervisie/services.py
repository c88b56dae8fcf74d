"""Intervisie workflows: forming a group, polling dates, planning the series, roles, session notes, reminders.

Every write to the database happens here. Who may act is the access policy's answer (`rules.py`: members change
what is the group's, the inbrenger adds fragments, a teamcoach forms groups for others); a refusal of the input
or the moment is a `ValidationError` with a code the views react to.
"""

import datetime
import uuid

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.cycles import services as cycle_services
from lms.cycles.models import Fragment
from lms.cycles.rules import FRAGMENT_FOR_COLLEAGUES
from lms.notifications.services import notify
from lms.people import access
from lms.people.models import leader_pairs
from lms.people.naming import display_name
from lms.people.roles import Role
from theme.submissions import create_once
from theme.usertext import normalise_plain

from . import planning
from .models import Answer, IntervisionGroup, IntervisionSession, Membership, Poll, Slot
from .rules import ADD_FRAGMENTS, FORM_GROUPS_FOR_OTHERS

MIN_MEMBERS, MAX_MEMBERS = 4, 8
SERIES_LENGTH = 6


def hierarchy_warning(members) -> str:
    # One query for the whole group; has_role would read each member's roles separately.
    management = set(get_user_model().objects.filter(pk__in=[m.pk for m in members], is_active=True,
                                                     groups__name=Role.MANAGEMENT.value).values_list("pk", flat=True))
    leaders = [m for m in members if m.pk in management]
    if leaders:
        names = ", ".join(display_name(m) for m in leaders)
        return _("Let op: %(names)s heeft een leidinggevende rol. Bespreek in de groep of iedereen zich vrij "
                 "voelt.") % {"names": names}
    return ""


@transaction.atomic
def create_group(creator, *, name, members, cadence_weeks=6, default_method=None, usual_minutes=90,
                 submission_key=None):
    """A group of 4 to 8 colleagues without hierarchy between them. Who forms it is a member, or a teamcoach."""
    members = list(dict.fromkeys([*members]))
    if creator not in members:
        access.require_capability(creator, FORM_GROUPS_FOR_OTHERS)
    if not MIN_MEMBERS <= len(members) <= MAX_MEMBERS:
        raise ValidationError(_("Een intervisiegroep heeft 4 tot 8 leden; je koos er %(count)d.") % {
            "count": len(members)}, code="group_size")
    if not 4 <= cadence_weeks <= 12:
        raise ValidationError(_("Kies een ritme van eens per 4 tot 12 weken."), code="cadence")
    # All hierarchy inside the group in one query; the first pair in member order is named.
    position = {m.pk: i for i, m in enumerate(members)}
    pairs = sorted(leader_pairs(members, leaders=members), key=lambda pair: (position[pair[0]], position[pair[1]]))
    if pairs:
        leader, member = (members[position[pk]] for pk in pairs[0])
        raise ValidationError(_("%(leader)s is de leidinggevende van %(member)s; die horen niet samen in een "
                                "intervisiegroep.") % {"leader": display_name(leader), "member": display_name(member)},
                              code="leader_and_member")
    group = create_once(
        IntervisionGroup.objects.filter(created_by=creator), submission_key,
        lambda: IntervisionGroup.objects.create(name=name.strip(), created_by=creator, cadence_weeks=cadence_weeks,
                                                default_method=default_method, usual_minutes=usual_minutes,
                                                submission_key=submission_key),
        _("Deze intervisiegroep was al aangemaakt."))
    Membership.objects.bulk_create(Membership(group=group, user=m) for m in members)
    return group


def renew_feed_token(user, group):
    """A new secret for the member's calendar feed; the old link stops working at once."""
    access.require(user, access.VIEW, group)
    Membership.objects.filter(group=group, user=user).update(feed_token=uuid.uuid4())


@transaction.atomic
def create_poll(user, group, first_date, slots, submission_key=None):
    """`slots` is a list of (weekday 0-4, time). The series starts on or after `first_date` (not in the past)."""
    access.require(user, access.CHANGE, group)
    if first_date <= timezone.localdate():
        raise ValidationError(_("Kies een startdatum in de toekomst."), code="first_date_not_future")
    if not slots:
        raise ValidationError(_("Geef minstens één moment op."), code="no_slots")
    poll = create_once(
        Poll.objects.filter(group=group), submission_key,
        lambda: Poll.objects.create(group=group, created_by=user, first_date=first_date, submission_key=submission_key),
        _("Deze datumprikker was al gestart."))
    Slot.objects.bulk_create(Slot(poll=poll, weekday=weekday, start_time=start) for weekday, start in slots)
    for membership in group.memberships.select_related("user"):
        notify(membership.user, key=f"intervisie-poll:{poll.pk}:{membership.user_id}",
               title=_("Wanneer kun je naar intervisie?"), body=_("Geef aan welke momenten je passen."),
               link=poll.get_absolute_url(), email=False)
    return poll


@transaction.atomic
def answer_poll(user, poll, choices):
    """`choices`: {slot id: 'yes'|'maybe'|'no'}. Only members answer; answering again replaces the answers."""
    access.require(user, access.CHANGE, poll.group)
    if poll.closed_at:
        raise ValidationError(_("Deze datumprikker is al gesloten."), code="poll_closed")
    slots = {slot.pk: slot for slot in poll.slots.all()}
    for slot_id, choice in choices.items():
        if slot_id not in slots or choice not in Answer.Choice.values:
            raise ValidationError(_("Dit antwoord hoort niet bij deze datumprikker."), code="foreign_answer")
        Answer.objects.update_or_create(slot=slots[slot_id], user=user, defaults={"choice": choice})


def _history(group):
    return list(group.sessions.filter(status="planned").order_by("starts_at")
                .values_list("presenter_id", "facilitator_id", "note_taker_id"))


@transaction.atomic
def close_poll(user, poll):
    """Pick the best slot and plan the series with fair roles. Returns the sessions made."""
    access.require(user, access.CHANGE, poll.group)
    if poll.closed_at:
        raise ValidationError(_("Deze datumprikker is al gesloten."), code="poll_closed")
    group = poll.group
    members = list(group.memberships.order_by("joined_at", "pk").values_list("user_id", flat=True))
    slots = list(poll.slots.all())
    answers = {(a.slot_id, a.user_id): a.choice for a in Answer.objects.filter(slot__poll=poll)}
    best = planning.best_slot([s.pk for s in slots], answers, members)
    if best is None:
        raise ValidationError(_("Geen enkel moment past minstens twee leden. Voeg momenten toe of vraag de leden "
                                "nog eens."), code="no_feasible_slot")
    slot = next(s for s in slots if s.pk == best)
    unavailable = [m for m in members if answers.get((slot.pk, m), "no") == "no"]
    starts, rule = planning.session_starts(poll.first_date, slot.weekday, slot.start_time, group.cadence_weeks,
                                           SERIES_LENGTH, timezone.get_default_timezone())
    history = _history(group)
    sessions = []
    for start in starts:
        roles = planning.rotate_roles(members, history, absent=unavailable)
        history.append(roles)
        session = IntervisionSession.objects.create(
            group=group, starts_at=start, ends_at=start + datetime.timedelta(minutes=group.usual_minutes),
            method=group.default_method, presenter_id=roles[0], facilitator_id=roles[1], note_taker_id=roles[2],
        )
        session.absent.set(unavailable)
        sessions.append(session)
    group.recurrence = rule
    group.save(update_fields=["recurrence"])
    poll.closed_at = timezone.now()
    poll.save(update_fields=["closed_at"])
    for membership in group.memberships.select_related("user"):
        notify(membership.user, key=f"intervisie-planned:{poll.pk}:{membership.user_id}",
               title=_("De intervisie is gepland"), body=_("Zet de bijeenkomsten in je agenda."),
               link=group.get_absolute_url())
    return sessions


@transaction.atomic
def update_session(user, session, **changes):
    """Change time, place or roles (members only); the calendar invitation keeps its UID, SEQUENCE goes up."""
    access.require(user, access.CHANGE, session)
    timing = {"starts_at", "ends_at", "place", "presenter", "facilitator", "note_taker", "status"}
    for field in ("case_text", "report", "advice"):
        if field in changes:
            changes[field] = normalise_plain(changes[field])
    for name, value in changes.items():
        setattr(session, name, value)
    if timing & set(changes):
        session.sequence += 1
    session.save()
    return session


def cancel_session(user, session):
    """The session does not take place; members download the cancellation for their calendars."""
    return update_session(user, session, status="cancelled")


def sessions_to_link(user, cycle):
    """Planned sessions of the user's groups where they are the inbrenger, from a month back on: where this
    cycle can be brought in (one not yet about another cycle)."""
    since = timezone.now() - datetime.timedelta(days=30)
    return (access.visible_to(user, IntervisionSession.objects.filter(presenter=user, status="planned",
                                                                      starts_at__gte=since))
            .filter(Q(cycle__isnull=True) | Q(cycle=cycle)).select_related("group").order_by("starts_at"))


@transaction.atomic
def link_cycle(user, session, cycle):
    """The inbrenger brings their video-reflection into a session of their group."""
    access.require(user, ADD_FRAGMENTS, session)
    access.require(user, access.CHANGE, cycle)
    if not cycle.with_intervision:
        raise ValidationError(_("Bij deze video-reflectie hoort geen intervisie."), code="no_intervision")
    if cycle.step in ("afgerond", "ingetrokken"):
        raise ValidationError(_("Deze video-reflectie is afgesloten."), code="cycle_closed")
    if session.status != "planned":
        raise ValidationError(_("Deze bijeenkomst gaat niet door."), code="session_cancelled")
    if session.cycle_id not in (None, cycle.pk):
        raise ValidationError(_("In deze bijeenkomst breng je al een ander gesprek in."), code="other_cycle")
    session.cycle = cycle
    session.save(update_fields=["cycle"])
    return session


def held_session(cycle):
    """The linked session that took place and has a verslag, or None."""
    return (cycle.intervision_sessions.filter(status="planned", starts_at__lte=timezone.now()).exclude(report="")
            .order_by("-starts_at").first())


@transaction.atomic
def continue_after_session(user, cycle):
    """Once the session on this cycle took place and its verslag is written, the owner goes on to the reflection."""
    if held_session(cycle) is None:
        raise ValidationError(_("Er is nog geen gehouden bijeenkomst met een verslag over dit gesprek. Wie "
                                "notuleert, legt het verslag vast; daarna ga je verder."), code="no_report")
    return cycle_services.complete_intervision(user, cycle)


def own_fragments(user):
    """Fragments the inbrenger marked in their own cycles (never one from an analyst's analysis)."""
    return Fragment.objects.filter(cycle__owner=user, analysis__isnull=True)


def shareable_fragments(user):
    """Of the inbrenger's own fragments, those the client allowed colleagues to see: the pick list."""
    return list(own_fragments(user).filter(FRAGMENT_FOR_COLLEAGUES))


@transaction.atomic
def attach_fragments(user, session, fragments):
    """The inbrenger shares fragments of their own cycle, only where the client allowed colleagues to see them."""
    access.require(user, ADD_FRAGMENTS, session)
    ids = [fragment.pk for fragment in fragments]
    own = set(own_fragments(user).filter(pk__in=ids).values_list("pk", flat=True))
    if any(pk not in own for pk in ids):
        raise ValidationError(_("Je deelt alleen fragmenten die je zelf in je video-reflectie markeerde."),
                              code="not_own_fragment")
    allowed = set(own_fragments(user).filter(FRAGMENT_FOR_COLLEAGUES, pk__in=ids).values_list("pk", flat=True))
    if any(pk not in allowed for pk in ids):
        raise ValidationError(_("De cliënt heeft geen toestemming gegeven om dit fragment met collega's te "
                                "delen."), code="no_consent_for_colleagues")
    session.fragments.add(*fragments)


def visible_fragments(user, session):
    """The session's fragments as the group sees them now, asked of the policy for `user` (a member): consent
    still active and allowing colleagues. The inbrenger sees them the same way, not as the owner of the cycle."""
    return list(access.visible_to(user, session.fragments.all()).filter(FRAGMENT_FOR_COLLEAGUES).order_by("pk"))


def previous_advice(session):
    earlier = (session.group.sessions.filter(starts_at__lt=session.starts_at, status="planned")
               .exclude(advice="").order_by("-starts_at").first())
    return earlier.advice if earlier else ""


def send_reminders(now=None) -> int:
    """Daily: a reminder two days before each session, once per member per session version."""
    now = now or timezone.now()
    window = (now + datetime.timedelta(days=1), now + datetime.timedelta(days=2, hours=12))
    sent = 0
    sessions = IntervisionSession.objects.filter(status="planned", starts_at__range=window).select_related(
        "group").prefetch_related(Prefetch("group__memberships", Membership.objects.select_related("user")))
    for session in sessions:
        for membership in session.group.memberships.all():
            notice = notify(membership.user, key=f"intervisie-reminder:{session.uid}:{membership.user_id}",
                            title=_("Over twee dagen: intervisie"), body=_("Bereid je voor op de bijeenkomst."),
                            link=session.get_absolute_url())
            sent += notice.is_new
    return sent


def member_sessions(user):
    return access.visible_to(user, IntervisionSession.objects.select_related("group")).order_by("starts_at")
